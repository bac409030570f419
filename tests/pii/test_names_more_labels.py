"""Names under labels the scan did not know (同行者, 被疑者, 世帯主 / 世帯員, 名義, a passport's
Surname / Given names, Customer, recipient), a child's くん / ちゃん, joint names in one cell
(連名), and what sits in a name's place but is no one (本人, a shop's display name, the labels
of a label,value file); tables on the table path as on the row reader."""

from __future__ import annotations

import json
import sqlite3

import openpyxl
from test_households import _people

import leakscope.pii.columnar as columnar
from leakscope import pii
from leakscope.pii import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.category == "person_name"]


def _scan(path, monkeypatch, table: bool) -> list[tuple]:
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        return sorted((f.category, f.value, tuple(f.location.items()), f.record or "",
                       f.detector) for f in pii.scan([path], workers=1)
                      if isinstance(f, pii.Finding))


def _names_in(found: list[tuple]) -> list[str]:
    """The names of ``_scan``'s findings, in its (sorted) order."""
    return [value for category, value, *_ in found if category == "person_name"]


def _both_paths(path, monkeypatch) -> list[tuple]:
    table, rows = _scan(path, monkeypatch, True), _scan(path, monkeypatch, False)
    assert table == rows
    return table


# -- text ------------------------------------------------------------------------------------

def test_a_household_register_names_its_head_and_members_under_the_heads_surname():
    register = ("世帯番号: 4281993809\n住所: 〒819-6336 石川県金沢市日光8-10-20\n"
                "  世帯主: 小川　春香（昭和53年1月22日生・女）\n"
                "  夫: 小川　浩二（昭和46年8月4日生・男）\n"
                "世帯番号: 2595222379\n"
                "  世帯主 遠藤聡太郎(S47.10.24) 世帯員 英樹(S51.3.24) 世帯員 健一(H29.4.5)\n")
    assert _names(register) == ["小川春香", "小川浩二", "遠藤聡太郎", "遠藤英樹", "遠藤健一"]
    # a member's given name with no head in its block: the given name, less sure
    found = [(f.value, f.confidence) for f in detect("世帯番号: 1\n  世帯員 英樹(S51.3.24)\n")
             if f.category == "person_name"]
    assert found == [("英樹", 0.7)]
    # the head of another block is not this member's
    assert _names("世帯主 田中一郎\n\n世帯員 花子(S60.1.1)\n") == ["田中一郎", "花子"]
    # a member written in full keeps their own surname (a spouse's maiden name)
    assert _names("世帯主 田中一郎 世帯員 佐藤 花子(S60.1.1)\n") == ["田中一郎", "佐藤花子"]


def test_what_a_household_label_without_a_name_is():
    assert _names("世帯主との続柄：長男\n世帯主は本人です。\n世帯主：本人\n世帯員 3名\n") == []
    # an honorific and what follows it are not the name (「世帯主 村上 さゆり様の妻」)
    assert _names("村上 浩様（世帯主 村上 さゆり様の妻）より電話") == ["村上浩", "村上さゆり"]


def test_no_one_in_a_names_place_in_text():
    assert _names("本人確認のため、免許証をご提示ください。\n氏名：本人\n対象者：同上\n") == []
    # a life policy's beneficiary by law, not by name; a named one is someone
    assert _names("死亡保険金受取人：法定相続人\n受取人：山田 花子（妻）") == ["山田花子"]
    # a katakana product's name is no one's, before a label or not
    assert _names("商品名：ルミエール クリーム\nルミエールのご購入ありがとうございます。") == []


def test_an_incident_reports_parties_and_a_companion_are_people():
    report = ("事案No.2024-031\n被疑者　渡辺　直子（34歳）　生年月日 平成2年4月3日\n"
              "住所　埼玉県所沢市浅草1丁目37-27\n")
    assert _names(report) == ["渡辺直子"]
    assert _names("被害者：佐藤 花子\n同行者：鈴木一郎\n") == ["佐藤花子", "鈴木一郎"]
    # the words in prose, no name after them
    assert _names("被疑者は店外へ逃走した。同行者は2名です。被害者の話では、") == []


def test_latin_capitals_under_a_holder_or_a_bilingual_label():
    assert _names("カード番号：4980 0000 0000 0008\n名義：YAMADA SHOHEI\n") == ["YAMADASHOHEI"]
    assert _names("在留カード RESIDENCE CARD\n氏名 NAME LIU YANG\n生年月日 1995年03月04日") \
        == ["LIUYANG"]
    assert _names("名義変更の手続きをお願いします。名義 の確認") == []


def test_a_passports_surname_and_given_names_are_one_name_family_name_first():
    page = ("PASSPORT\nPassport No. M45100626\nSurname KIM\nGiven names MINJUN\n"
            "Date of birth 07 APR 1956\nP<KORKIM<<MINJUN<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n")
    assert _names(page) == ["KIMMINJUN"]
    assert _names("Surname: LIU / Given names: YANG") == ["LIUYANG"]
    assert _names("Surname / 姓\nYAMADA\nGiven name / 名\nTARO\n") == ["YAMADATARO"]
    # a blank template, a word in prose
    assert _names("Surname\nGiven names\nDate of birth\n") == []
    assert _names("Your surname KIM is required. Given names are optional.") == []


def test_a_childs_honorific_after_a_known_surname():
    note = "10月5日 中村健一くん（小6）の保護者、中村　幹様と面談。"
    assert _names(note) == ["中村健一", "中村幹"]
    assert _names("田中くんが来た。中村ゆいちゃんは元気。") == ["田中", "中村ゆい"]
    # no name before it: a word, a family word, a phrase
    for text in ("このくんせいは美味しい", "赤ちゃんが泣く", "お兄ちゃんと遊ぶ", "諸君、聞け",
                 "今日君が来た", "君が代を歌う", "祖母ちゃんの家", "ゆいちゃん"):
        assert _names(text) == [], text


# -- tables, both paths ----------------------------------------------------------------------

def test_joint_names_in_one_cell_are_each_a_person_on_both_table_paths(tmp_path, monkeypatch):
    cells = ["山口 真綾・洋介", "山口 真綾、洋介", "山口真綾・山口洋介", "マイケル・ジョーダン",
             "佐藤 花子", "田中・佐藤"]
    path = tmp_path / "guests.csv"
    path.write_text("氏名,関係,電話\n" + "".join(
        f"{cell},新郎友人,080-2472-{3850 + i:04d}\n" for i, cell in enumerate(cells)),
        encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    names = [(dict(location)["row"], value) for category, value, location, *_ in found
             if category == "person_name"]
    assert sorted(names) == [(2, "山口洋介"), (2, "山口真綾"), (3, "山口洋介"), (3, "山口真綾"),
                             (4, "山口洋介"), (4, "山口真綾"), (5, "マイケル・ジョーダン"),
                             (6, "佐藤花子"), (7, "佐藤"), (7, "田中")]  # (surnames alone)

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["氏名", "関係", "住所"])
    sheet.append(["山口 真綾・洋介", "新郎友人", "茨城県水戸市鳥越9丁目27-12"])
    book.save(tmp_path / "guests.xlsx")
    found = _both_paths(tmp_path / "guests.xlsx", monkeypatch)
    assert _names_in(found) == ["山口洋介", "山口真綾"]


def test_new_name_columns_and_no_one_in_a_names_place(tmp_path, monkeypatch):
    path = tmp_path / "requests.csv"
    path.write_text("請求者氏名,請求者電話,対象者氏名,同行者,被疑者\n"
                    "小林　香織,090-1564-6179,本人,佐藤 陽一,渡辺 直子\n"
                    "山田 太郎,090-1564-6180,同上,,\n"
                    "鈴木 一郎,090-1564-6181,鈴木 花子,なし,不明\n", encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    assert _names_in(found) == sorted([
        "小林香織", "山田太郎", "佐藤陽一", "渡辺直子", "鈴木一郎", "鈴木花子"])


def test_a_json_recipient_and_a_markdown_customer_column(tmp_path, monkeypatch):
    path = tmp_path / "api.jsonl"
    path.write_text("".join(json.dumps(
        {"path": "/api/v1/me/address", "body": {"shipping": {
            "zip": "150-0001", "address1": "東京都渋谷区神宮前1-2-3", "recipient": name},
            "email": f"user{i}@gmail.com"}}, ensure_ascii=False) + "\n"
        for i, name in enumerate(["後藤 修平", "井上 真央"])), encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    assert _names_in(found) == ["井上真央", "後藤修平"]

    markdown = tmp_path / "tickets.md"
    markdown.write_text("# Refunds\n\n| Date | Customer | Contact | Issue |\n"
                        "| --- | --- | --- | --- |\n"
                        "| 2024-10-10 | Hideki Kobayashi | +81 90 2222 3333 | refund |\n"
                        "| 2024-10-11 | Minjun Kim | minjun.kim@gmail.com | refund |\n",
                        encoding="utf-8")
    assert [f.value for f in pii.scan([markdown]) if isinstance(f, pii.Finding)
            and f.category == "person_name"] == ["HidekiKobayashi", "MinjunKim"]


def test_a_label_value_file_is_one_persons_form(tmp_path, monkeypatch):
    path = tmp_path / "henpin.csv"
    path.write_bytes("返品申請書\r\n氏名,山田 太郎\r\n電話,090-1234-5678\r\n"
                     "住所,東京都新宿区西新宿2-8-1\r\n返金口座,みずほ銀行 新宿支店 普通 1234567\r\n"
                     "理由,サイズ違い\r\n".encode("cp932"))
    found = _both_paths(path, monkeypatch)
    assert _names_in(found) == ["山田太郎"]
    assert {c for c, *_ in found} >= {"person_name", "phone_number", "address"}
    assert len({record for *_, record, _ in found}) == 1  # one record: one person
    assert _people(path, monkeypatch, True) == _people(path, monkeypatch, False) == 1


def test_a_two_column_list_stays_a_list(tmp_path, monkeypatch):
    # its header is two labels, its rows one person each (not label, value)
    path = tmp_path / "people.csv"
    path.write_text("氏名,電話\n" + "".join(f"佐藤 花子{i},090-1234-{5670 + i:04d}\n"
                                           for i in range(4)), encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    assert len({record for *_, record, _ in found}) == 4
    # a list whose first column reads as a label of one kind (Customer 1, Customer 2)
    path = tmp_path / "people.tsv"
    path.write_text("Name\tPhone Number\n" + "".join(f"Customer {i}\t090-1234-{5670 + i:04d}\n"
                                                    for i in range(4)), encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    assert sum(c == "phone_number" for c, *_ in found) == 4
    assert len({record for *_, record, _ in found}) == 4


# -- mail ------------------------------------------------------------------------------------

def _mail(tmp_path, sender: str) -> list[str]:
    path = tmp_path / "notice.eml"
    path.write_text(f"From: {sender}\nTo: 山田 太郎 <taro.yamada@gmail.com>\n"
                    "Subject: order\nContent-Type: text/plain; charset=utf-8\n\n"
                    "ご注文ありがとうございます。\n", encoding="utf-8")
    return [f.value for f in pii.scan([path]) if isinstance(f, pii.Finding)
            and f.category == "person_name"]


def test_a_shops_display_name_is_no_person_a_katakana_given_name_is(tmp_path):
    assert _mail(tmp_path, "ルミエール <orders@lumiere-shop.jp>") == ["山田太郎"]
    assert _mail(tmp_path, "Lumiere <support@lumiere-shop.jp>") == ["山田太郎"]
    assert _mail(tmp_path, "ケンジ <kenji.k@gmail.com>") == ["ケンジ", "山田太郎"]
    assert _mail(tmp_path, "ヤマダ タロウ <taro@example.jp>") == ["ヤマダタロウ", "山田太郎"]
    assert _mail(tmp_path, "佐藤 花子 <info@sato-juku.jp>") == ["佐藤花子", "山田太郎"]


def _people_of(paths, monkeypatch, table: bool) -> int:
    with monkeypatch.context() as patch:
        if not table:
            patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
        run = pii.scan(paths, workers=1)
        list(run.batches())
        return run.summary.subjects


_HOMES = [("山口 真綾・洋介", "茨城県水戸市鳥越9丁目27-12", "029-123-4501"),
          ("佐藤 健太", "大阪府大阪市北区梅田1-1-1", "06-1234-5678"),
          ("田中 花子・一郎・次郎", "京都府京都市中京区御池町1-2-3", "075-123-4567"),
          ("鈴木 一郎・一郎", "北海道札幌市中央区北1条西2-1", "011-222-3333")]


def test_each_person_of_joint_names_is_one_with_the_rows_home(tmp_path, monkeypatch):
    """A New Year's card list (年賀状) writes a household a row, its people in one cell: each
    is a person, whether the cell comes first or last, and 「一郎・一郎」 is one."""
    first, last = tmp_path / "nenga.csv", tmp_path / "guests.csv"
    first.write_text("宛名,住所,電話\n" + "".join(f"{n},{a},{p}\n" for n, a, p in _HOMES),
                     encoding="utf-8")
    last.write_text("住所,電話,氏名\n" + "".join(f"{a},{p},{n}\n" for n, a, p in _HOMES),
                    encoding="utf-8")
    for path in (first, last):
        assert _both_paths(path, monkeypatch)  # (the same findings and records both ways)
        assert _people_of([path], monkeypatch, True) == 7
        assert _people_of([path], monkeypatch, False) == 7
    # the same households, the same people
    assert _people_of([first, last], monkeypatch, True) == 7
    # 洋介 at the same home in another list is the same person: named and housed alike
    members = tmp_path / "members.csv"
    members.write_text("氏名,住所\n山口 洋介,茨城県水戸市鳥越9丁目27-12\n"
                       "山口 洋介,福岡県福岡市博多区1-1-1\n", encoding="utf-8")
    assert _people_of([first, members], monkeypatch, True) == 8


def test_a_household_member_with_its_home_is_not_a_name_alone(tmp_path, monkeypatch):
    """Two households' second people of one name are two people: each pairs with its own
    home, not with every other 山田 花子 (as a name written alone would)."""
    path = tmp_path / "nenga.csv"
    path.write_text("宛名,住所,電話\n"
                    "山田 太郎・花子,東京都新宿区西新宿2-8-1,03-1111-2222\n"
                    "山田 次郎・花子,大阪府大阪市北区梅田1-1-1,06-3333-4444\n"
                    "山田 花子,沖縄県那覇市泉崎1-2-2,\n", encoding="utf-8")
    assert _people_of([path], monkeypatch, True) == _people_of([path], monkeypatch, False) == 5


def test_a_payrolls_company_row_is_no_person(tmp_path, monkeypatch):
    """A bank transfer file (全銀) writes the paying company as its first row, in half-width
    kana with its legal form abbreviated (ｶ) for 株式会社): no person's name, and its account
    not personal; the staff rows are people."""
    path = tmp_path / "furikomi_202404.csv"
    path.write_text("区分,銀行コード,支店コード,口座番号,受取人名,金額\n"
                    "1,0005,123,7654321,ｶ)ﾐﾗｲｽﾀｯﾌ,0\n"
                    "2,0009,456,1234567,ﾔﾏﾀﾞ ﾀﾛｳ,250000\n"
                    "2,0001,789,2345678,ｻﾄｳ ﾊﾅｺ(ﾄﾞ,0\n"
                    "2,0001,789,3456789,ｽｽﾞｷ ｲﾁﾛｳ,230000\n", encoding="cp932")
    found = _both_paths(path, monkeypatch)
    assert _names_in(found) == ["スズキイチロウ", "ヤマダタロウ"]
    assert _people_of([path], monkeypatch, True) == _people_of([path], monkeypatch, False) == 2


def test_a_workbooks_sample_sheet_is_nobodys(tmp_path, monkeypatch):
    """An HR workbook's 記入例 tab, and a sheet under a 【記入例】 title, show how to fill it
    in: their values are nobody's (not personal, below the default confidence), and no one
    is counted for them; the real sheet's people are."""
    book = openpyxl.Workbook()
    staff = book.active
    staff.title = "社員"
    staff.append(["氏名", "生年月日", "メール"])
    staff.append(["佐藤 健一", "1985-04-02", "k.sato@gmail.com"])
    for title, first in (("記入例", ["氏名", "生年月日", "メール"]),
                         ("登録シート", ["スタッフ登録シート【記入例】"])):
        sheet = book.create_sheet(title)
        sheet.append(first)
        if len(first) == 1:
            sheet.append(["氏名", "生年月日", "メール"])
        sheet.append(["山田 太郎", "1990-01-01", "t.yamada@example.com"])
    path = tmp_path / "社員名簿.xlsx"
    book.save(path)
    for table in (True, False):
        with monkeypatch.context() as patch:
            if not table:
                patch.setattr(columnar, "plan_file", lambda _path, _kind: None)
            found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
        assert {f.value for f in found if f.personal} == {"佐藤健一", "1985-04-02",
                                                          "k.sato@gmail.com"}
        assert _people_of([path], monkeypatch, table) == 1


def test_the_staff_a_row_names_are_people_of_their_own(tmp_path, monkeypatch):
    """A client list's 担当者 (with the contact's mail and mobile) is a person, its company
    row no one; an ID check's 確認者 is the staff member, one person however many rows they
    checked, not a part of each checked person."""
    clients = tmp_path / "取引先一覧.csv"
    clients.write_text("会社名,法人番号,代表電話,担当者,担当者メール,担当者携帯\n"
                       "株式会社山本銀行,3822731928534,06-8287-3060,伊藤 英樹,"
                       "hideki.ito@yamamoto.co.jp,090-6621-2822\n"
                       "株式会社山本銀行,3822731928534,06-8287-3060,斎藤 裕樹,"
                       "yuki.saito@yamamoto.co.jp,070-6280-1788\n", encoding="utf-8")
    checks = tmp_path / "本人確認記録.csv"
    checks.write_text("氏名,確認書類,確認日,確認者\n"
                      "後藤 陽子,運転免許証,2023-10-09,渡辺 幹\n"
                      "山下 花子,運転免許証,2023-11-25,渡辺 幹\n"
                      "中村 一郎,パスポート,2023-12-01,渡辺 幹\n", encoding="utf-8")
    for path, names, people in ((clients, ["伊藤英樹", "斎藤裕樹"], 2),
                                (checks, ["中村一郎", "山下花子", "後藤陽子", *["渡辺幹"] * 3], 4)):
        found = _both_paths(path, monkeypatch)
        assert _names_in(found) == sorted(names)
        assert _people_of([path], monkeypatch, True) == people
        assert _people_of([path], monkeypatch, False) == people


def test_a_list_in_a_pdfs_text_names_its_people_by_their_sex_column():
    """A notice's table as its PDF text gives it (「氏名 性別 年齢 …」, then 「山田 翔太 男 …」):
    each row's name beside its sex is a name, the header's next labels are none."""
    text = ("氏名 性別 年齢 健康保険 厚生年金\n山田 翔太 男 18歳以上45歳未満 有 有\n"
            "中島 真綾 女 45歳以上 有 有\n")
    assert _names(text) == ["山田翔太", "中島真綾"]
    assert _names("田中 部長 男性社員の件で") == []  # (a title is no given name)


def test_a_care_lists_key_person_and_care_manager_are_people_of_their_own(tmp_path, monkeypatch):
    """A home-visit list names the patient, a family key person and the care manager, each
    with a phone: three people a row, and one care manager's phone in many rows does not make
    their patients one person; a clinic's desk (「あおば歯科クリニック受付」) is no one."""
    path = tmp_path / "訪問先一覧.csv"
    path.write_text(
        "患者氏名,生年月日,キーパーソン,続柄,キーパーソン連絡先,担当ケアマネ,ケアマネ連絡先\n"
        "林 直樹,1935-12-09,佐藤 花子,長女,090-4379-1260,鈴木 零,090-4972-8055\n"
        "鈴木 真綾,1947-07-03,鈴木 学,長男,070-1144-3669,鈴木 零,090-4972-8055\n"
        "高橋 一郎,1940-01-20,高橋 陽子,妻,080-1111-2222,山本 直子,080-2551-4654\n"
        "あおば歯科クリニック受付,,,,,,\n", encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    names = _names_in(found)
    assert names == sorted(["林直樹", "佐藤花子", "鈴木零", "鈴木真綾", "鈴木学", "鈴木零",
                            "高橋一郎", "高橋陽子", "山本直子"])
    assert _people_of([path], monkeypatch, True) == _people_of([path], monkeypatch, False) == 8


def test_joint_names_before_an_honorific_column(tmp_path, monkeypatch):
    """A 年賀状 list writes 様 in a column of its own: 「伊藤 拓真・千代」 is still 伊藤拓真 and
    伊藤千代 (the honorific's reading, 「千代」 alone, gives way to the column's)."""
    path = tmp_path / "年賀状宛名.tsv"
    path.write_text("宛名\t敬称\t住所\n"
                    "中村 治・香織\t様\t東京都世田谷区上馬1丁目17番8号\n"
                    "伊藤 拓真・千代\t様\t東京都渋谷区幡ヶ谷3丁目29番12号\n", encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    assert _names_in(found) == sorted(
        ["中村治", "中村香織", "伊藤拓真", "伊藤千代"])
    assert _people_of([path], monkeypatch, True) == 4


def test_a_signatures_desk_and_clerk_name_the_clerk():
    """A clinic's reply signs 「受付 伊藤 和也」 under its name: the clerk is a person (so the
    signature is theirs, not the patient's greeted above it); 「受付 10:00-18:00」 is no one."""
    assert _names("井上 さゆり 様\n\nご予約を変更いたしました。\n\n--\n"
                  "医療法人社団青葉会 あおば歯科クリニック\n受付 伊藤 和也\n"
                  "TEL 03-5432-1180\n") == ["井上さゆり", "伊藤和也"]
    assert _names("受付 10:00-18:00（土日祝休）") == []


def test_a_guardians_reading_is_a_name_of_the_guardians(tmp_path, monkeypatch):
    path = tmp_path / "兄弟割引.csv"
    path.write_text("保護者氏名,保護者カナ,割引率,連絡先\n"
                    "渡辺 裕美子,ワタナベ ユミコ,10%,080-5546-7555\n"
                    "伊藤 健一,イトウ ケンイチ,10%,070-8290-6569\n", encoding="utf-8")
    found = _both_paths(path, monkeypatch)
    assert [f[1] for f in found if f[0] == "person_name"] == [
        "イトウケンイチ", "ワタナベユミコ", "伊藤健一", "渡辺裕美子"]
    assert _people(path, monkeypatch, True) == 2  # a guardian and her reading: one person


def test_a_relation_before_a_companions_name_is_not_the_name(tmp_path, monkeypatch):
    # a register's 同行者 column writes whose relative each is; the same people plainly in
    # another file are the same people (not 「妻前田久美子」, a person of her own)
    (tmp_path / "松風.csv").write_text(
        "氏名,電話,同行者（続柄・氏名）\n"
        "前田 直樹,090-1111-2222,妻 前田久美子、長男 前田 太一\n"
        "鬼頭 守,090-3333-4444,妻：鬼頭 恵\n"
        "孫 正義,090-5555-6666,\n", encoding="utf-8")
    found = _both_paths(tmp_path / "松風.csv", monkeypatch)
    assert _names_in(found) == [
        "前田久美子", "前田太一", "前田直樹", "孫正義", "鬼頭守", "鬼頭恵"]
    (tmp_path / "予約.csv").write_text(
        "氏名,生年月日\n前田 久美子,1972/03/04\n前田 太一,2010/05/06\n鬼頭 恵,1980/01/02\n",
        encoding="utf-8")
    assert _people(tmp_path, monkeypatch, True) == 6
    assert _people(tmp_path, monkeypatch, False) == 6


def test_an_otas_and_a_pmss_guests_in_one_cell_are_each_a_person(tmp_path, monkeypatch):
    (tmp_path / "booking.csv").write_text(
        "Book number,Booked by,Guest name(s),Phone number\n"
        '3045453827,Kaori Takahashi,"Kaori Takahashi, Tsubasa Takahashi",+81 90 4803 7851\n'
        '3045453828,John Smith,"John Smith; Mary Smith",+1 206 555 0101\n'
        '3045453829,"Smith, Anna","Smith, Anna",+1 206 555 0199\n', encoding="utf-8")
    found = _both_paths(tmp_path / "booking.csv", monkeypatch)
    assert sorted(set(_names_in(found))) == [
        "JohnSmith", "KaoriTakahashi", "MarySmith", "Smith,Anna", "TsubasaTakahashi"]
    assert _people(tmp_path / "booking.csv", monkeypatch, True) == 5  # was 3: a row a person
    database = sqlite3.connect(tmp_path / "pms.sqlite3")
    database.executescript(
        "CREATE TABLE stays (stay_no text, guests integer, companions text);"
        "INSERT INTO stays VALUES ('123456789018', 3, '山田 花子;山田 健太');")
    database.commit()
    database.close()
    found = _scan(tmp_path / "pms.sqlite3", monkeypatch, True)
    assert _names_in(found) == ["山田健太", "山田花子"]


def test_a_passports_order_of_a_latin_name_meets_the_card_holders(tmp_path, monkeypatch):
    (tmp_path / "register.csv").write_text(
        "氏名,電話番号,旅券番号\nSMITH John,+1 206 555 0101,TK1234567\n"
        "SMITH Mary,+1 206 555 0199,TK1234568\n", encoding="utf-8")
    (tmp_path / "cards.csv").write_text(
        "card_holder,card_number,expiry\nJOHN SMITH,4111111111111111,12/27\n"
        "Mary Smith,5555555555554444,01/28\n", encoding="utf-8")
    assert _people(tmp_path, monkeypatch, True) == 2  # was 4: SMITH John read as "john"
    assert _people(tmp_path, monkeypatch, False) == 2


def test_a_companion_in_latin_letters_is_the_companion_in_kana_elsewhere(tmp_path, monkeypatch):
    # each companion is written with nothing else in both files: a register's in kanji and
    # kana, an OTA's in Latin letters, given name first
    families = ["高橋", "佐藤", "伊藤", "渡辺", "中村"]
    readings = ["タカハシ", "サトウ", "イトウ", "ワタナベ", "ナカムラ"]
    latin = ["Takahashi", "Sato", "Ito", "Watanabe", "Nakamura"]
    (tmp_path / "register.csv").write_text("氏名,電話番号,同行者1氏名,同行者1フリガナ\n" + "".join(
        f"{family} 香織,090-4803-{i:04d},{family} 翼,{reading} ツバサ\n"
        for i, (family, reading) in enumerate(zip(families, readings, strict=True))),
        encoding="utf-8")
    (tmp_path / "booking.csv").write_text("Book number,Guest name(s),Phone number\n" + "".join(
        f'30454538{i},"Kaori {name}, Tsubasa {name}",+81 90 4803 {i:04d}\n'
        for i, name in enumerate(latin)), encoding="utf-8")
    (tmp_path / "bus.csv").write_text("Guest,Seats\n" + "".join(  # (John: a word, no name)
        f"Tsubasa {name},1\nJohn,1\n" for name in latin), encoding="utf-8")
    assert _people(tmp_path, monkeypatch, True) == 10  # was 15
    assert _people(tmp_path, monkeypatch, False) == 10


def test_a_rental_companys_payers_owners_borrowers_and_contacts_are_named(tmp_path,
                                                                          monkeypatch):
    (tmp_path / "入金明細.csv").write_text(
        "取引日,取引番号,振込依頼人名,金額\n2024/09/24,985471169656,ｺﾊﾞﾔｼ ﾊﾙｶ,63000\n"
        "2024/09/22,173172703951,101ｷﾑﾗ ｱｷﾗ,103000\n", encoding="cp932")
    found = _both_paths(tmp_path / "入金明細.csv", monkeypatch)
    assert _names_in(found) == ["キムラアキラ", "コバヤシハルカ"]
    (tmp_path / "入金明細.csv").unlink()
    (tmp_path / "契約一覧.csv").write_text(
        "契約者名,携帯番号,勤務先電話,勤務先所在地,緊急連絡先,緊急連絡先電話,オーナー\n"
        "饗庭 くみ子,090-3311-2456,03-5544-8821,東京都港区芝公園4-2-8,饗庭 光子,"
        "0466-22-3141,五百旗頭 亮介\n"
        "西村 浩,080-4521-7788,03-5544-8821,東京都港区芝公園4-2-8,090-7788-1234,,"
        "五百旗頭 亮介\n", encoding="utf-8")
    found = _both_paths(tmp_path / "契約一覧.csv", monkeypatch)
    assert _names_in(found) == [
        "五百旗頭亮介", "五百旗頭亮介", "西村浩", "饗庭くみ子", "饗庭光子"]
    phones = sorted(v for c, v, *_ in found if c == "phone_number")
    assert "09077881234" in phones  # (a contact's number alone under 緊急連絡先)
    # the employer's phone and address are where the tenant works: the company's, not theirs
    personal = {(f.category, f.value) for f in pii.scan([tmp_path / "契約一覧.csv"], workers=1)
                if isinstance(f, pii.Finding) and f.personal}
    assert ("phone_number", "0355448821") not in personal
    assert not any(category == "address" for category, _ in personal)
