"""vCard contacts: one person a card, as a phone or a mail client exports them."""

from __future__ import annotations

import quopri

from conftest import Run, findings_and_people

CARD_30 = """BEGIN:VCARD\r
VERSION:3.0\r
N:佐藤;太郎;;;\r
FN:佐藤 太郎\r
X-PHONETIC-LAST-NAME:サトウ\r
X-PHONETIC-FIRST-NAME:タロウ\r
TEL;TYPE=CELL:080-9748-1466\r
item1.EMAIL;TYPE=INTERNET:taro.sato40@i.softbank.jp\r
ADR;TYPE=HOME:;コート1105;京橋2丁目14番25号;練馬区;東京都;176-0001;日本\r
BDAY:19610215\r
NOTE:取引先の紹介。持病あり\\, 通院中\r
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r
 /2wBDAAgGBgcGBQgHBwcJCQgKDAwMCwoLCw\r
END:VCARD\r
"""


def _feature_phone_card() -> bytes:
    """vCard 2.1 as a Japanese feature phone wrote it: Shift_JIS, quoted-printable, a soft
    line break, and no FN."""
    name = quopri.encodestring("山田;花子".encode("cp932")).decode()
    address = quopri.encodestring(";;神宮前1-2-3 メゾン101;渋谷区;東京都;150-0001;".encode(
        "cp932")).decode()
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{name}\r\n"
            f"ADR;HOME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{address[:30]}=\r\n"
            f"{address[30:]}\r\n"
            "TEL;CELL:09012345678\r\nEND:VCARD\r\n").encode("ascii")



def test_a_card_is_one_person_with_every_property_labelled(tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(CARD_30 * 2, encoding="utf-8")
    found, people = findings_and_people(path)
    assert found[:8] == [
        ("person_name", "サトウタロウ", {"record": "1", "key": "X-PHONETIC"}),
        ("person_name", "佐藤太郎", {"record": "1", "key": "FN"}),
        ("phone_number", "08097481466", {"record": "1", "key": "TEL"}),
        ("email_address", "taro.sato40@i.softbank.jp", {"record": "1", "key": "EMAIL"}),
        ("postal_code", "1760001", {"record": "1", "key": "ADR"}),
        ("address", "東京都練馬区京橋2丁目14番25号コート1105", {"record": "1", "key": "ADR"}),
        ("date_of_birth", "1961-02-15", {"record": "1", "key": "BDAY"}),
        ("sensitive", "持病", {"record": "1", "key": "NOTE"})]
    assert len(found) == 16 and people == 1  # the same card twice: one person


def test_a_feature_phones_shift_jis_quoted_printable_card(tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_bytes(_feature_phone_card())
    found, people = findings_and_people(path)
    assert [(c, v) for c, v, _ in found] == [
        ("person_name", "山田花子"), ("postal_code", "1500001"),
        ("address", "東京都渋谷区神宮前1-2-3メゾン101"), ("phone_number", "09012345678")]
    assert people == 1


def test_a_cut_file_keeps_its_last_card_and_says_so(tmp_path):
    path = tmp_path / "cut.vcf"
    path.write_text(CARD_30 + CARD_30[:160], encoding="utf-8")
    run = Run(path)
    assert run.messages() == "cut.vcf: card 2: no END:VCARD (file cut short?); what it holds " \
        "is read"
    assert "佐藤 太郎" in [u.text for u in run.units if u.location["record"] == "2"]
