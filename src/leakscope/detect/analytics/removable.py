"""Removable media: a USB disk plugged in is how an insider walks out with the data."""

from __future__ import annotations

from collections.abc import Iterable

from leakscope.detect.analytics.base import Event, analytic_detection, raw_of
from leakscope.detect.model import Detection

TAGS = ["attack.exfiltration", "attack.t1052.001"]
# (channel, EventID): Security "external device recognized", driver install for USB storage,
# partition arrival (Partition/Diagnostic 1006), Kernel-PnP device configured.
_DEVICE_EVENTS = {
    ("security", 6416), ("microsoft-windows-partition/diagnostic", 1006),
    ("microsoft-windows-driverframeworks-usermode/operational", 2003),
    ("microsoft-windows-driverframeworks-usermode/operational", 2100),
    ("microsoft-windows-kernel-pnp/configuration", 400),
    ("microsoft-windows-kernel-pnp/configuration", 410),
    ("system", 20001), ("system", 20003),
}
_USB_MARKERS = ("usbstor", "removable", "usb\\", "wpdbusenum")


class RemovableMedia:
    id = "leakscope.removable"

    def feed(self, event: Event) -> Iterable[Detection]:
        raw = raw_of(event)
        channel = str(raw.get("Channel") or "").lower()
        try:
            eid = int(raw.get("EventID"))
        except (TypeError, ValueError):
            return ()
        if (channel, eid) not in _DEVICE_EVENTS:
            return ()
        text = " ".join(str(v) for v in raw.values()).lower()
        if eid != 1006 and not any(marker in text for marker in _USB_MARKERS):
            return ()
        device = raw.get("DeviceDescription") or raw.get("Model") or raw.get("DeviceId") or ""
        return [analytic_detection(
            "leakscope.removable.device", "Removable storage connected", "medium", TAGS,
            event, [event], f"removable device {device} attached (EventID {eid})".strip())]

    def finish(self) -> Iterable[Detection]:
        return ()
