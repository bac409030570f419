"""XML exports read as records, as a JSON export's are; hostile XML read as text, never
expanded."""

from __future__ import annotations

from conftest import Run, findings_and_people

CUSTOMERS = """<?xml version="1.0" encoding="Shift_JIS"?>
<customers exported="2024-05-20T03:00:00+09:00">
  <customer id="1000" rank="GOLD">
    <name><family>高橋</family><given>亮介</given></name>
    <kana>タカハシ リョウスケ</kana>
    <birthday>1971/05/19</birthday>
    <contact type="mobile">070-3980-8273</contact>
    <contact type="email">ryosuke.takahashi207@ezweb.ne.jp</contact>
    <address zip="7797364">秋田県長生郡白子町百村3-30-19 シャルム1001</address>
  </customer>
  <customer id="1001" rank="REGULAR">
    <name><family>山田</family><given>真綾</given></name>
    <birthday>1944/10/16</birthday>
    <contact type="mobile">090-4361-9351</contact>
  </customer>
  <note>お問い合わせは <b>佐藤 花子</b> 様まで。TEL 080-1111-2222</note>
</customers>
"""



def test_a_shift_jis_export_is_a_list_of_records(tmp_path):
    path = tmp_path / "customers.xml"
    path.write_bytes(CUSTOMERS.encode("cp932"))
    found, people = findings_and_people(path)
    first = {"record": "customers.customer[0]"}
    assert found[:3] == [
        ("person_name", "高橋亮介", {**first, "key": "name.family+given"}),
        ("person_name", "タカハシリョウスケ", {**first, "key": "kana"}),
        ("date_of_birth", "1971-05-19", {**first, "key": "birthday"})]
    assert ("postal_code", "7797364", {**first, "key": "address.zip"}) in found
    assert ("person_name", "山田真綾", {"record": "customers.customer[1]",
                                      "key": "name.family+given"}) in found
    # mixed content keeps the text around an element: the phone after 佐藤 花子
    assert {("person_name", "佐藤花子"), ("phone_number", "08011112222")} <= {
        (c, v) for c, v, _ in found}
    assert people == 3


def test_entities_are_refused_and_the_text_still_read(tmp_path):
    path = tmp_path / "bomb.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
                    "<r><x>&b;</x><tel>090-1234-5678</tel></r>\n", encoding="utf-8")
    run = Run(path)
    assert run.messages() == "bomb.xml: XML with entities or a DTD (not expanded); read as text"
    assert "aaaaaaaaaa" * 10 not in run.joined()  # never expanded
    assert "090-1234-5678" in run.joined()


def test_a_cut_file_is_read_as_text_and_says_why(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_bytes(CUSTOMERS.encode("cp932")[:400])
    run = Run(path)
    assert run.messages().startswith("cut.xml: XML not well-formed (")
    assert "070-3980-8273" in run.joined()


BOOKINGS = """<?xml version="1.0" encoding="UTF-8"?>
<BookingRetrievalRS><Bookings>
<Booking id="1"><PrimaryGuest><Name givenName="Taro" surname="Yamada"/>
<Phone countryCode="81" cityAreaCode="90" number="12345678"/>
<Email>taro.yamada@gmail.com</Email></PrimaryGuest></Booking>
<Booking id="2"><PrimaryGuest><Name givenName="John" surname="Smith"/>
<Phone countryCode="1" number="2065550101"/></PrimaryGuest></Booking>
</Bookings></BookingRetrievalRS>
"""


def test_an_otas_name_and_phone_in_attributes_are_one_value_each(tmp_path):
    # a name's halves under givenName / surname; a phone's country and area code beside its
    # number: a Japanese mobile, and a US number (not 02065550101, a 0 put before it)
    path = tmp_path / "bookings.xml"
    path.write_text(BOOKINGS, encoding="utf-8")
    (tmp_path / "register.csv").write_text(  # the same guest, a passport's order of his name
        "氏名,電話番号,旅券番号\nSMITH John,+1 206 555 0101,TK1234567\n", encoding="utf-8")
    found, people = findings_and_people(tmp_path)
    values = sorted((category, value) for category, value, _ in found
                    if category in ("person_name", "phone_number"))
    assert values == [("person_name", "JohnSmith"), ("person_name", "SMITHJohn"),
                      ("person_name", "TaroYamada"), ("phone_number", "09012345678"),
                      ("phone_number", "12065550101"), ("phone_number", "12065550101")]
    assert people == 2
