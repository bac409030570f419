"""A judicial scrivener's share (blind corpus 71: 相続, 成年後見, 登記, 債務整理) and a town's
ふるさと納税 desk (blind corpus 70): who in a row died, who asked the court, a company's
officers, a lender's row, an order's items, a town's desk."""

from __future__ import annotations

import json

import docx
from documents import detected, distinct_names, scanned, values_of, write_docx
from table_paths import BOTH, scan_findings, scan_people


def test_a_companys_officers_before_their_names():
    """A 登記申請書's 「代表取締役　高橋亮介」 and 「取締役　岡田結衣」 (before: no one)."""
    text = ("株式会社変更登記申請書\n令和6年10月1日次の者就任\n   取締役    岡田結衣\n"
            "申請人     株式会社ミナトテック\n代表取締役     高橋亮介\n")
    assert detected(text, "person_name") == ["岡田結衣", "高橋亮介"]
    assert detected("株式会社ミナトテック\n代表取締役 殿\n", "person_name") == []
    # (a company's representative after its name in passing: as before, no one of the form's)
    assert detected("事業主：有限会社東邦ロジスティクス 代表取締役 高橋 直人  証明日\n",
                    "person_name") == []


def test_a_name_cell_of_a_company_its_officer_and_their_name(tmp_path):
    """A 香典帳's ご芳名 「医療法人健生会 代表取締役 山崎 太郎」 (before: no one)."""
    path = tmp_path / "香典帳.csv"
    path.write_text("No,ご芳名,ご住所,金額\n1,鈴木 加奈,北海道札幌市北区北上野3-11-15,10000\n"
                    "2,医療法人健生会 代表取締役 山崎 太郎,埼玉県川越市西浅草1-4-7,10000\n"
                    "3,川越第一建設株式会社 代表取締役 橋本 舞,埼玉県川越市明石町3-9-1,10000\n",
                    encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"鈴木加奈", "山崎太郎", "橋本舞"}
    assert people == 3


@BOTH
def test_an_estates_heir_beside_the_one_who_died(tmp_path, monkeypatch, table):
    """A 相続案件 list: 被相続人 | 死亡日 | 最後の住所 | 相続人代表 | 代表者電話. The heir is a
    living person with the phone; the one who died and their last address are no one the
    count counts (before: the heir's name missed, the whole row the deceased's: 0 people)."""
    count = 300 if table else 6
    names = distinct_names(2 * count, 71)
    rows = ["案件,被相続人,死亡日,最後の住所,相続人代表,代表者電話,進捗"]
    rows += [f"{i}家,{names[2 * i]},R5/3/{i % 28 + 1},府中市丸の内{i % 9 + 1}-{i % 20 + 1}-{i},"
             f"{names[2 * i + 1]},090-{3000 + i:04d}-{4410 + i:04d},戸籍収集" for i in range(count)]
    path = tmp_path / "相続案件_進捗表.csv"
    path.write_text("\n".join(rows) + "\n", encoding="cp932")
    found = scan_findings(path, monkeypatch, table)
    heirs = {names[2 * i + 1].replace(" ", "") for i in range(count)}
    assert heirs <= values_of(found, "person_name")
    assert scan_people(path, monkeypatch, table) == count


@BOTH
def test_a_guardianships_applicant_and_guardian_are_their_own(tmp_path, monkeypatch, table):
    """被後見人 | 生年月日 | 居所 | 申立人 | 続柄 | 申立人電話 | 後見人: the ward's row holds the
    applicant (their phone) and the appointed guardian, one scrivener for many wards (before:
    every name the ward's, the guardian a person per row)."""
    count = 300 if table else 6
    names = distinct_names(2 * count + 1, 70)
    guardian = names[-1]
    rows = ["被後見人,生年月日,居所,申立人,続柄,申立人電話,後見人"]
    rows += [f"{names[2 * i]},S18.2.{i % 28 + 1},町田市千束{i % 9 + 1}-1-{i + 1},"
             f"{names[2 * i + 1]},長女,080-{1000 + i:04d}-{7964 + i:04d},{guardian}"
             for i in range(count)]
    path = tmp_path / "被後見人一覧.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert scan_people(path, monkeypatch, table) == 2 * count + 1


@BOTH
def test_a_lenders_row_is_no_one(tmp_path, monkeypatch, table):
    """A 債務整理 sheet's 債権者 | 振込先銀行 | 支店 | 口座番号 | 担当部署 | 電話: a lender's
    account and free dial are the company's (before: a person a row)."""
    lenders = [("アコム株式会社", "三菱UFJ銀行", "本店"),
               ("プロミス(SMBCコンシューマーファイナンス)", "三井住友銀行", "東京営業部"),
               ("株式会社ジャックス", "りそな銀行", "渋谷支店")]
    count = 300 if table else 6
    rows = ["債権者,振込先銀行,支店,口座番号,担当部署,電話"]
    rows += [f"{name},{bank},{branch},{1234567 + i},債権管理部,0120-{280 + i % 700:03d}-{861 + i}"
             for i, (name, bank, branch) in ((i, lenders[i % 3]) for i in range(count))]
    path = tmp_path / "債権者一覧.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert {f.category for f in found if f.personal is not False} == set()
    assert scan_people(path, monkeypatch, table) == 0


def test_an_orders_items_and_its_town_are_no_names(tmp_path):
    """A portal's order API: items[].name 「清流鮎の甘露煮セット」 and municipality.name 「北山町」
    were people's names; a gift's producer phone (事業者電話) is the business's."""
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({
        "municipality": {"name": "北山町", "code": "215040"},
        "orders": [{"order_id": "202401613104",
                    "donor": {"name": "高橋 亮介", "tel": "07080636083"},
                    "items": [{"name": "清流鮎の甘露煮セット", "qty": 1},
                              {"name": "天然ひのき まな板", "qty": 1}]}]}, ensure_ascii=False),
        encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"高橋亮介"}
    assert people == 1
    master = tmp_path / "返礼品マスタ.csv"
    master.write_text("返礼品コード,品名,寄附額,事業者,事業者電話\n"
                      "4523489029401499,飛騨牛切り落とし 500g,30000,北山精肉店,0574-16-7204\n"
                      "4512879376027587,鮎の甘露煮セット,10000,清流工房,0574-85-7244\n",
                      encoding="utf-8")
    found, people = scanned(master)
    assert [f.personal for f in found] == [False, False] and people == 0


def test_a_donors_column_beside_whom_the_gift_goes_to(tmp_path):
    """A 送付先指定 sheet: 寄附者 | 送付先氏名 | 送付先住所: the donor's name too (before: the
    recipient's only)."""
    path = tmp_path / "送付先指定.csv"
    path.write_text("寄附者,送付先氏名,送付先住所\n"
                    "田中 康弘,田中 裕太,静岡県浜松市中区元城町3-5-2\n"
                    "小林 花子,小林 真綾,愛知県豊橋市八町通2-16-1\n", encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "person_name") == {"田中康弘", "田中裕太", "小林花子", "小林真綾"}
    assert people == 4


def test_a_letter_to_a_town_halls_desk_names_no_one():
    assert detected("北山町 ふるさと納税係 様\n", "person_name") == []  # (before: 納税)
    assert detected("北山町 総務係 様\n", "person_name") == []  # (before: 北山町)
    assert detected("長谷部 様\n", "person_name") == ["長谷部"]  # (a surname ending so)
    assert detected("申告特例申請事項変更届出書\n北山町長　殿\n", "person_name") == []  # (北山)


def test_a_manuals_documentation_address_is_no_ones(tmp_path):
    """A portal manual's 「メール：test@example.com」 on a line of its own (before: a person)."""
    path = tmp_path / "操作マニュアル.txt"
    path.write_text("1. 寄附者情報の登録\n  氏名：山田 太郎（入力例）\n"
                    "  メール：test@example.com\n", encoding="utf-8")
    found, people = scanned(path)
    assert [f.personal for f in found if f.category == "email_address"] == [False]
    assert people == 0


def test_the_day_one_died_is_no_birth_date():
    text = "父の生年月日は昭和9年1月14日、亡くなったのは令和5年12月19日です。\n"
    assert detected(text, "date_of_birth") == ["1934-01-14"]  # (before: both)


def test_an_offices_account_name_in_kana_is_no_one():
    text = "報酬振込先：三井住友銀行 田町支店 普通預金 7412086 名義 サクライシホウショシジムショ\n"
    assert detected(text, "person_name") == []  # (before: サクライシホ)
    assert detected("名義：ムラカミ アスカ\n", "person_name") == ["ムラカミアスカ"]


def test_a_manuals_code_in_brackets_after_its_example_mark(tmp_path):
    path = tmp_path / "運用マニュアル.txt"
    path.write_text("3. 返礼品コードは16桁（例 4594014912879371）。Luhnチェック付き。\n",
                    encoding="utf-8")
    found, _ = scanned(path)
    assert values_of(found, "credit_card_number") == set()  # (before: a card)


def test_a_word_before_a_sentences_end_labels_nothing_after_it():
    """「…医療費の請求。申立人の井上春香さん ０９０ー…」: 請求 (a hard negative's word) in the
    sentence before took the phone (before: no phone)."""
    text = "・施設から医療費の請求。申立人の井上春香さん ０９０ー１６０２ー５０７８\n"
    assert detected(text, "phone_number") == ["09016025078"]
    # (many at once, as dense text is walked in numpy)
    assert len(detected(text * 150, "phone_number")) == 150
    # a label's own sentence does not end its reach, as a hard negative's does
    text = "登録の生年月日が間違っていました。正しくは1999年2月18日です。\n"
    assert detected(text, "date_of_birth") == ["1999-02-18"]
    assert len(detected(text * 150, "date_of_birth")) == 150


def test_an_address_of_its_town_and_block_alone(tmp_path):
    """A pickup route's 「渡辺さん（幹） 浅草１‐１７‐８」, a complaint's 「霞ケ丘2-29-10 グリーン
    ハイツ205の太田さん宅」 (before: nothing); a chat's 「森さんの家、芝中田4-28-8」 is where a
    family the share names in full lives, no one more."""
    assert detected("・渡辺さん（幹）　浅草１‐１７‐８　℡０９０－８５３０－５７４７\n",
                    "address") == ["浅草1-17-8"]
    assert detected("霞ケ丘2-29-10 グリーンハイツ205の太田さん宅ですが、毎晩\n",
                    "address") == ["霞ケ丘2-29-10グリーンハイツ205"]
    for text in ("詳しくは資料3-1-2を参照してください。山田さん\n",
                 "受付 電話03-3038-9057 山田さん\n", "住所 ○○県○○市○○町1-2-3（山田さん）\n",
                 "令和6-10-1 山田さん\n", "浅草1-17-8\n"):
        assert detected(text, "address") == [], text
    path = tmp_path / "chat.json"
    path.write_text(json.dumps({"messages": [
        {"user": "佐藤智也", "text": "了解です。森さんの家、芝中田4-28-8 コート704でしたっけ？"}]},
        ensure_ascii=False), encoding="utf-8")
    found, people = scanned(path)
    assert values_of(found, "address") == {"芝中田4-28-8コート704"}
    assert people == 1


def test_a_reports_table_row_of_an_account_is_its_persons(tmp_path):
    """A 後見事務報告書 names its ward in its text; its table's 「預貯金 | 城南信用金庫 … 8077361」
    row is hers, no one more (before: a person of its own)."""
    path = write_docx(tmp_path / "後見事務報告書.docx", [
        "後見事務報告書", "成年被後見人　鈴木　千代", "成年後見人　桜井　京助",
        "本人は特別養護老人ホームに入所中である。"])
    document = docx.Document(path)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, (("項目", "内容", "金額"),
                                       ("預貯金", "城南信用金庫 大森支店 普通 8077361", "116万円"),
                                       ("年金", "老齢基礎年金", "月額 193896円")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(path)
    found, people = scanned(path)
    assert values_of(found, "bank_account") == {"8077361"}
    assert people == 2


def test_names_after_a_clinics_department_before_a_title_after_a_relation():
    assert detected("医師：さくら記念病院 神経内科　高橋結衣\n", "person_name") == ["高橋結衣"]
    assert detected("株式会社ホクト建設の役員変更、小林洋介社長の就任承諾書まだ？\n",
                    "person_name") == ["小林洋介"]
    assert detected("石川太一です。妻の石川 直子もそれぞれ寄附をしております。\n",
                    "person_name") == ["石川太一", "石川直子"]
