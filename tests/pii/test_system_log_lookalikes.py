"""What a system log writes that only looks like PII: a repository's SSH remote is no mailbox,
a build number no host; the real ones beside them still are."""

from __future__ import annotations

import pytest

from leakscope import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.category, f.value) for f in pii.detect(text)]


@pytest.mark.parametrize("text", [
    "deploy: git remote=git@github.com:hanamizuki/shop-api.git",
    "scp backup.tar.gz ops@backup.example.com:/srv/backup/",
    "app ok build=2.3.1.4 fw=10.0.19041.1",
    "Release 10.1.2.3 rolled out",
])
def test_remotes_and_build_numbers_are_not_personal_data(text):
    assert _found(text) == []


def test_the_real_ones_beside_them_are_found(tmp_path):
    path = tmp_path / "system_health.log"
    path.write_text("2024-05-21 03:00 deploy git remote=git@github.com:shop/api.git build=2.3.1.4\n"
                    "2024-05-21 03:01 login from 203.0.113.9 by sato.hanako@example.jp\n",
                    encoding="utf-8")
    found = [(f.category, f.value, f.location["line"])
             for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    assert found == [("ip_address", "203.0.113.9", 2),
                     ("email_address", "sato.hanako@example.jp", 2)]
