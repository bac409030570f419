"""Leak analytics beyond Sigma: one module per analytic, each a streaming pass over events."""

from __future__ import annotations

from pathlib import Path

from leakscope.detect.analytics.auth import CredentialAttacks
from leakscope.detect.analytics.base import Analytic
from leakscope.detect.analytics.cloud import SensitiveCloudApi
from leakscope.detect.analytics.directory import DirectoryChanges
from leakscope.detect.analytics.geo import GeoLogons, GeoLookup
from leakscope.detect.analytics.offhours import OffHoursAccess
from leakscope.detect.analytics.removable import RemovableMedia
from leakscope.detect.analytics.tamper import LogTampering
from leakscope.detect.analytics.transfer import DataTransfer
from leakscope.detect.analytics.web import WebAttacks

__all__ = ["Analytic", "default_analytics"]


def default_analytics(geoip: list[Path] | None = None,
                      timezone: str = "Asia/Tokyo") -> list[Analytic]:
    """Every analytic; the geo one only when MaxMind databases are given."""
    found: list[Analytic] = [CredentialAttacks(), WebAttacks(), DataTransfer(), LogTampering(),
                             RemovableMedia(), OffHoursAccess(timezone),
                             SensitiveCloudApi(), DirectoryChanges()]
    if geoip:
        found.append(GeoLogons(GeoLookup(geoip)))
    return found
