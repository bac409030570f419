"""A business's block in a letter or a mail (its name's line, then its 〒, address, TEL, FAX):
the company's values, not personal; a staff member named under the company keeps theirs."""

from __future__ import annotations

import docx

from leakscope import pii

FOOTER = ("株式会社みどり住宅サービス（法人番号 5010901012345）\n"
          "〒154-0015 東京都世田谷区桜新町1丁目14番7号 みどりビル3F\n"
          "TEL 03-3427-8810  FAX 03-3427-8811  フリーダイヤル 0120-558-031")


def _personal(path) -> dict[tuple[str, str], bool]:
    run = pii.scan([path], workers=1)
    return {(f.category, f.value): f.personal for f in run if isinstance(f, pii.Finding)}


def test_a_letters_footer_is_the_companys_and_its_addressee_is_a_person(tmp_path):
    letter = docx.Document()
    for line in ("〒154-0015", "東京都世田谷区桜丘3丁目12番5号 メゾン桜101", "饗庭 くみ子 様",
                 "家賃お支払いのお願い", "携帯 090-3311-2456 へもご連絡しましたが、", "",
                 *FOOTER.split("\n")):
        letter.add_paragraph(line)
    letter.save(tmp_path / "督促状.docx")
    found = _personal(tmp_path / "督促状.docx")
    assert found[("address", "東京都世田谷区桜丘3丁目12番5号メゾン桜101")] is True
    assert found[("phone_number", "09033112456")] is True
    assert found[("person_name", "饗庭くみ子")] is True
    assert found[("address", "東京都世田谷区桜新町1丁目14番7号みどりビル3F")] is False
    assert found[("phone_number", "0334278810")] is False
    assert found[("phone_number", "0334278811")] is False


def test_a_staff_member_under_the_companys_name_keeps_their_contacts(tmp_path):
    (tmp_path / "memo.txt").write_text(
        "修繕の件、下記業者へ依頼済み。\n\n"
        "株式会社東和設備\n大野 健太\n携帯 080-5512-7781\n\n"
        + FOOTER + "\n", encoding="utf-8")
    found = _personal(tmp_path / "memo.txt")
    assert found[("phone_number", "08055127781")] is True  # (the staff member's own)
    assert found[("phone_number", "0334278810")] is False
    assert found[("postal_code", "1540015")] is False
    # a line that only mentions a company is no block: 「…株式会社ABCにお勤めの方」 and on
    (tmp_path / "memo.txt").write_text(
        "お客様は株式会社東和設備にお勤めとのこと。\n携帯 080-5512-7781\n", encoding="utf-8")
    assert _personal(tmp_path / "memo.txt")[("phone_number", "08055127781")] is True
