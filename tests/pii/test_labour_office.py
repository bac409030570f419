"""A 社会保険労務士 office's drive (blind corpus 20): an 算定基礎届 column of My Numbers or pension
numbers, officers and professionals named after their title, a client list's staff."""

from __future__ import annotations

from documents import write_pdf, write_xlsx
from hypothesis import given, settings
from hypothesis import strategies as st
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii
from leakscope.pii.extract.pdf_layout import Run, page_rows


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


@BOTH
def test_a_column_of_my_numbers_or_pension_numbers_holds_both(tmp_path, monkeypatch, table):
    path = tmp_path / "算定基礎届.csv"
    path.write_text("被保険者整理番号,被保険者氏名（カナ）,個人番号又は基礎年金番号\n"
                    "1,サカモト　ハルト,494650049317\n"
                    "2,ナカノ　ケイコ,7017-475003\n"
                    "3,ヤマダ　ハナコ,4946 5004 9318\n", encoding="cp932")
    found = {(f.category, f.value) for f in scan_findings(path, monkeypatch, table)}
    assert ("my_number", "494650049317") in found
    assert ("basic_pension_number", "7017475003") in found
    assert not any(category == "my_number" and value.endswith("9318")
                   for category, value in found)  # (its check digit is wrong)


def test_either_label_reads_each_cell_in_text_too():
    found = {(f.category, f.value) for f in pii.detect(
        "基礎年金番号又は個人番号：494650049317")}
    assert found == {("my_number", "494650049317")}


def test_an_officer_or_a_professional_is_named_without_the_title():
    assert _names("事業主の氏名　代表取締役　岡田　直樹\n") == ["岡田直樹"]
    assert _names("受任者\n氏名　社会保険労務士　吉田　裕太\n") == ["吉田裕太"]
    assert _names("担当：看護師 田中 美咲\n") == ["田中美咲"]


@BOTH
def test_a_client_lists_officers_and_its_own_staff(tmp_path, monkeypatch, table):
    path = tmp_path / "顧問先一覧.xlsx"
    write_xlsx(path, ["顧問先名", "代表者", "担当者", "担当者メール", "当事務所担当"],
           [("有限会社小松工務店", "取締役　中島　彩", "代表者に同じ",
             "", "中山　麻衣"),
            ("株式会社タカミ精工", "代表取締役　原　美加子", "佐藤　一郎", "sato@takami.example.jp",
             "後藤　美加子")])
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert {"中島彩", "原美加子", "佐藤一郎", "中山麻衣", "後藤美加子"} <= names
    assert not any("取締役" in name or "同じ" in name for name in names)
    # the client's contact and the office's staff of a row are two people
    assert scan_people(path, monkeypatch, table) == 5


_DEPENDANTS = [  # (区分, reading, name, 続柄, 生年月日, 個人番号, 同居・別居, 住所)
    ("A 源泉控除対象配偶者", "モリモト　カズコ", "森本　和子", "妻", "S48.2.27", "1492 4931 9400",
     "同居", ""),
    ("16歳未満", "モリモト　アヤ", "森本　彩", "長女", "H26.9.14", "3123 0665 5827", "同居", ""),
    ("B 控除対象扶養親族", "モリモト　シゲル", "森本　茂", "長男", "H18.1.26", "2517 5334 2861",
     "別居", "〒192-0364 東京都八王子市南大沢4-10-9"),
]


def _scanned(path) -> tuple[dict, int]:
    """Per (category, value), the finding a scan of ``path`` gives; and its people."""
    run = pii.scan([path], workers=1)
    found = {(f.category, f.value): f for f in run if isinstance(f, pii.Finding)}
    return found, run.summary.subjects


def _declaration_pdf(path):
    """A 扶養控除等申告書 as WeasyPrint lays it out: the employee's stacked フリガナ／氏名 beside
    a stacked reading and name, and a table of dependants with readings over names."""
    rows = "".join(
        f"<tr><td>{kind}</td><td>{reading}<br>{name}</td><td>{relation}</td><td>{born}</td>"
        f"<td>{number}</td><td>{living}</td><td>{address}</td></tr>"
        for kind, reading, name, relation, born, number, living, address in _DEPENDANTS)
    return write_pdf(path, size="8pt", body=(
        "<h3>令和7年分 給与所得者の扶養控除等（異動）申告書</h3><table>"
        "<tr><td>給与の支払者の名称</td><td>株式会社さくら食品</td>"
        "<td>給与の支払者の法人番号</td><td>2973529297820</td></tr>"
        "<tr><td>給与の支払者の所在地</td><td>〒273-0015 千葉県船橋市日の出2丁目3番11号</td></tr>"
        "<tr><td>（フリガナ）<br>あなたの氏名</td><td>モリモト　タクマ<br>森本　拓真</td>"
        "<td>あなたの個人番号</td><td>4946 5004 9317</td></tr>"
        "<tr><td>あなたの生年月日</td><td>S45.6.2</td></tr>"
        "<tr><td>あなたの住所又は居所</td>"
        "<td>〒274-0063 千葉県船橋市習志野台3丁目20番17号</td></tr>"
        "</table><p>主たる給与から控除を受ける</p><table>"
        "<tr><td>区分</td><td>（フリガナ）氏名</td><td>続柄</td><td>生年月日</td><td>個人番号</td>"
        f"<td>同居・別居</td><td>住所又は居所</td></tr>{rows}</table>"
        "<p>提出日　令和6年11月6日</p>"))


def test_a_declaration_pdfs_dependants_are_read_as_its_table(tmp_path):
    values, people = _scanned(_declaration_pdf(tmp_path / "扶養控除等申告書.pdf"))
    for name, born, number in [("森本和子", "1973-02-27", "149249319400"),
                               ("森本彩", "2014-09-14", "312306655827"),
                               ("森本茂", "2006-01-26", "251753342861")]:
        assert values[("person_name", name)].location["field"] == "氏名"
        assert values[("date_of_birth", born)].location["field"] == "生年月日"
        assert values[("my_number", number)].location["field"] == "個人番号"
    assert ("person_name", "モリモトカズコ") in values
    assert values[("person_name", "森本拓真")].location["page"] == 1
    assert ("my_number", "494650049317") in values and ("date_of_birth", "1970-06-02") in values
    assert values[("address", "千葉県船橋市習志野台3丁目20番17号")].personal  # the employee's
    assert not values[("address", "千葉県船橋市日の出2丁目3番11号")].personal  # the employer's
    assert values[("address", "東京都八王子市南大沢4-10-9")].personal  # 別居 son's
    assert people == 1 + len(_DEPENDANTS)


def test_a_delivery_slips_table_leaves_its_page_text_as_it_was(tmp_path):
    found, _ = _scanned(write_pdf(tmp_path / "納品書.pdf", (
        "<p>〒273-7337<br>神奈川県川崎市中原区西川4丁目19番7号<br>村上　康弘 様</p><table>"
        "<tr><td>JAN</td><td>商品名</td><td>数量</td><td>金額</td></tr>"
        "<tr><td>4900564543509</td><td>季節の地酒頒布会</td><td>1</td><td>6,600円</td></tr>"
        "</table><p>有限会社 酒田屋本店<br>〒998-0044 山形県酒田市中町二丁目4番10号<br>"
        "TEL 0234-22-1187　FAX 0234-22-1188</p>")))
    assert "row" not in found[("person_name", "村上康弘")].location  # (its line, as it was)
    assert not found[("phone_number", "0234221187")].personal  # the shop's


@BOTH
def test_a_client_lists_contact_and_office_staff_are_not_one_record(tmp_path, monkeypatch,
                                                                    table):
    folder = tmp_path / "share"
    folder.mkdir()
    write_xlsx(folder / "顧問先一覧.xlsx",
               ["顧問先名", "代表者", "担当者", "担当者メール", "当事務所担当"],
               [("株式会社タカミ精工", "代表取締役　原　美加子", "中野　恵子",
                 "keiko.nakano@takami.example.jp", "横山　明美"),
                ("株式会社さくら食品", "代表取締役　林　健一", "小川　香織",
                 "kaori.ogawa@sakura.example.jp", "横山　明美")])
    write_xlsx(folder / "事務所職員.xlsx", ["氏名", "メール"],
               [("横山　明美", "a.yokoyama@minato-sr.example.jp")])
    assert scan_people(folder, monkeypatch, table) == 5  # 横山 明美 once


@BOTH
def test_a_birth_dates_era_code_and_date_in_two_columns_are_one_date(tmp_path, monkeypatch,
                                                                     table):
    path = tmp_path / "算定基礎届.csv"
    path.write_text("被保険者整理番号,被保険者氏名（カナ）,生年月日元号,生年月日,報酬月額\n"
                    "1,サカモト　ハルト,7,140207,345400\n"
                    "2,ナカノ　ケイコ,5,521205,414400\n"
                    "3,ヤマダ　タロウ,9,060230,201000\n", encoding="cp932")  # (no 30 February)
    births = {f.value: f.location["field"] for f in scan_findings(path, monkeypatch, table)
              if f.category == "date_of_birth"}
    assert births == {"2002-02-07": "生年月日元号+生年月日", "1977-12-05": "生年月日元号+生年月日"}


def test_a_power_of_attorneys_client_block_is_the_clients():
    text = ("（委任者）\n所在地　〒150-0043 東京都渋谷区道玄坂1-16-10 渋谷DTビル8F\n"
            "名称　株式会社ネクサスリンク\n法人番号　1109833369020\n"
            "代表者　代表取締役社長　中山　和也\n電話　03-6416-8607\n")
    personal = {f.value: f.personal for f in pii.detect(text)}
    assert personal["1500043"] is False and personal["0364168607"] is False
    assert personal["東京都渋谷区道玄坂1-16-10渋谷DTビル8F"] is False
    assert personal["中山和也"] is not False
    # a person's own address above a name line stays theirs
    own = {f.value: f.personal for f in pii.detect(
        "住所　〒150-0043 東京都渋谷区道玄坂1-16-10\n氏名　中山　和也\n電話　090-6416-8607\n")}
    assert own["1500043"] is not False and own["09064168607"] is not False


@BOTH
def test_a_new_hires_dependant_cell_is_a_person_of_their_own(tmp_path, monkeypatch, table):
    path = tmp_path / "入社連絡票.xlsx"
    write_xlsx(path, ["氏名", "生年月日", "扶養家族"],
               [("森本　桃子", "昭和37年3月1日", "配偶者 森本　拓真（昭和36年5月26日）")])
    names = {f.value: f.location["field"] for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert names == {"森本桃子": "氏名", "森本拓真": "扶養家族"}
    assert scan_people(path, monkeypatch, table) == 2


def test_an_associations_newsletter_sender_is_no_one(tmp_path):
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"] = "東京都社会保険労務士会 <news@tokyo-sr.example.jp>"
    mail["To"] = "info@minato-sr.example.jp"
    mail["Subject"] = "会報11月号"
    mail.set_content("会員各位\n\n研修会のご案内です。\n")
    path = tmp_path / "会報.eml"
    path.write_bytes(bytes(mail))
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    assert [f.value for f in found if f.category == "person_name"] == []


def test_a_declaration_pdf_whose_runs_cannot_be_placed_is_read_as_its_text(tmp_path,
                                                                          monkeypatch):
    import pypdfium2 as pdfium

    from leakscope.pii.extract import pdf

    def unplaced(_textpage):
        raise pdfium.PdfiumError("cannot get rects")

    monkeypatch.setattr(pdf, "page_runs", unplaced)  # (the forked reader inherits it)
    path = _declaration_pdf(tmp_path / "扶養控除等申告書.pdf")
    items = list(pii.scan([path], workers=1))
    assert not [item for item in items if isinstance(item, pii.ScanError)]
    found = {(f.category, f.value) for f in items if isinstance(f, pii.Finding)}
    assert ("my_number", "494650049317") in found  # (on its label's line in the text)


def test_a_form_pdfs_stacked_label_reaches_its_stacked_value(tmp_path):
    found, people = _scanned(write_pdf(tmp_path / "履歴書.pdf", (
        "<h3>履歴書</h3><table>"
        "<tr><td>ふりがな<br>氏名</td><td>もりもと　たくま<br>森本　拓真</td></tr>"
        "<tr><td>生年月日</td><td>昭和45年6月2日生（満54歳）</td></tr>"
        "<tr><td>連絡先</td><td>090-1234-5678</td></tr></table>")))
    assert found[("person_name", "森本拓真")].location["field"] == "氏名"
    assert ("person_name", "もりもとたくま") in found
    assert ("date_of_birth", "1970-06-02") in found
    assert people == 1


_RUN_WORDS = ["氏名", "住所", "生年月日", "個人番号", "電話", "山田 太郎", "123",
              "（フリガナ）氏名", "ヤマダ タロウ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_RUN_WORDS), st.floats(0, 600), st.floats(0, 800),
                          st.sampled_from([0.0, 7.5, 12.0])), max_size=40), st.booleans())
def test_any_page_of_runs_is_read_as_rows_or_left_as_text(runs, form):
    """Runs anywhere on a page, of any height (0 too), overlapping or not: rows of text or
    None, never an error."""
    rows = page_rows([Run(text, left, bottom, bottom + height)
                      for text, left, bottom, height in runs], form)
    assert rows is None or all(isinstance(cell, str) for row in rows for cell in row)
