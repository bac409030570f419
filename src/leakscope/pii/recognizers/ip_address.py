"""IPv4 and IPv6 addresses (validated by ``ipaddress``); version strings are hard negatives."""

import ipaddress
import re

from .base import Candidate, Recognizer

_V4 = re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])")
_V6 = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?![0-9A-Fa-f:])")
_NOT_HOSTS = {"0.0.0.0", "255.255.255.255", "127.0.0.1", "::", "::1"}
# A product's version in a user agent or a path: "Chrome/124.0.0.0", "Safari/537.36".
_PRODUCT_BEFORE = re.compile(r"[A-Za-z]/\Z")
# A word of its own just before the address ("v1.2.3.4", "version 10.0.19041.1"), not the end
# of a token ("…hash/.v" then a newline).
# (Gecko's in a user agent: "(Windows NT 6.1; rv:1.9.0.20) Gecko/20100101 Firefox/3.0.20")
_VERSION_PREFIX = re.compile(r"(?<![0-9A-Za-z/.$])(?:v|ver|version|バージョン|build|release|rev|rv"
                             r"|revision|firmware|fw|app_version|ファームウェア|ファーム)"
                             r"[ .:=：　]*\Z", re.IGNORECASE)


class IpAddressRecognizer(Recognizer):
    category = "ip_address"
    detector = "ip_address_parse"
    triggers = (
        r"[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]",
        r"[0-9A-Fa-f]::",
        r"::[0-9A-Fa-f]",
        r"[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:",
    )
    context = ("ip", "ip address", "ipアドレス", "src_ip", "client_ip", "remote_addr", "接続元")
    numeric = False
    negated = True  # "version": "3.2.1.0"
    confidence = 0.8

    def parse(self, text, start, end):
        pattern = _V4 if text[start:end].count(".") == 3 and ":" not in text[start:end] else _V6
        m = pattern.search(text, max(0, start - 40), end + 40)
        while m and m.end() < end:
            m = pattern.search(text, m.end(), end + 40)
        if not m or m.start() > start:
            return
        token = m.group(0)
        try:
            address = ipaddress.ip_address(token)
        except ValueError:
            return
        if str(address) in _NOT_HOSTS:
            return
        if _VERSION_PREFIX.search(text, max(0, m.start() - 12), m.start()) or \
                _PRODUCT_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            return
        yield Candidate(m.start(), m.end(), str(address))
