"""A building after a blank, then a particle in prose: 「… 3-30-19　シャルム1001です。」 keeps its
building; a number or a word after the blank that names no building does not join."""

from __future__ import annotations

import pytest

from leakscope import pii


def _addresses(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "address"]


@pytest.mark.parametrize("text,address", [
    ("住所は〒７７９－７３６４　秋田県長生郡白子町百村３－３０－１９　シャルム１００１です。",
     "秋田県長生郡白子町百村3-30-19シャルム1001"),
    ("住所は長崎県長崎市平河町9-10-24 コーポ202に住んでいるとのこと",
     "長崎県長崎市平河町9-10-24コーポ202"),
    ("新潟県新潟市中央区戸山７−１５−３　アーバン４０６です。生年月日は…",
     "新潟県新潟市中央区戸山7-15-3アーバン406"),
    ("東京都港区芝5-1-13 サンハイツ 506まで送ってください", "東京都港区芝5-1-13サンハイツ506"),
])
def test_a_building_before_a_particle_is_the_address_s(text, address):
    assert _addresses(text) == [address]


@pytest.mark.parametrize("text,address", [
    ("住所は秋田県長生郡白子町百村3-30-19 123の件で連絡", "秋田県長生郡白子町百村3-30-19"),
    ("住所は秋田県長生郡白子町百村3-30-19 までお越しください", "秋田県長生郡白子町百村3-30-19"),
    ("東京都千代田区千代田1-1 メール1件があります", "東京都千代田区千代田1-1"),
])
def test_what_names_no_building_stays_out(text, address):
    assert _addresses(text) == [address]
