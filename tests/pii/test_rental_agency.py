"""A rental management company's files (blind corpus 28): an arrears sheet under a title and a
row of column groups, a guarantor company's JSON screening results, move-out settlements,
management memos and a tenant portal's dump."""

from __future__ import annotations

import openpyxl

from leakscope import pii


def _found(path) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in pii.scan([path], workers=1)
            if isinstance(f, pii.Finding)}


def test_a_sheet_under_a_title_and_a_row_of_column_groups_is_a_list(tmp_path):
    """Title, then 契約者情報 | 滞納状況 | 対応 merged over 管理番号 | 物件名 | 氏名 | …: the group
    row read as a form's label | value pairs lost the header (before: every Luhn-valid 管理番号
    a card, no tenant's name, 滞納状況 a person)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["家賃滞納者一覧（2024年10月末時点）　株式会社みなと住宅管理 管理部"])
    sheet.append(["契約者情報", None, None, None, None, "滞納状況", None, None, "対応", None])
    sheet.append(["管理番号", "物件名", "号室", "氏名", "電話番号", "滞納額", "滞納月数",
                  "最終入金日", "督促状況", "担当"])
    sheet.append(["4701579121546698", "サンコーポⅡ", 101, "池田修平", "070-1149-0098", 152000,
                  2, "2024/08/01", "電話督促済、応答なし", "松本"])
    sheet.append(["4318676025928587", "ロイヤルハイツ", 301, "石井康弘", "08087559322", 85000, 1,
                  "2024/09/01", "分納の申出あり", "佐藤"])
    for cells in ("A1:J1", "A2:E2", "F2:H2", "I2:J2"):
        sheet.merge_cells(cells)
    book.save(tmp_path / "家賃滞納者リスト.xlsx")
    found = _found(tmp_path / "家賃滞納者リスト.xlsx")
    assert {("person_name", "池田修平"), ("person_name", "石井康弘"),
            ("phone_number", "07011490098")} <= found
    assert not {c for c, v in found if c == "credit_card_number"}
    assert ("person_name", "滞納状況") not in found


def test_a_json_objects_members_say_what_they_hold(tmp_path):
    """Under 返金口座 the 名義 (ﾌｼﾞｲﾐｷ, no space) is the holder's name, not an account; under
    申込者 a 国籍 or a 年収 is no name (before: the holder missed, ベトナム and 万円 names)."""
    (tmp_path / "退去精算.json").write_text(
        '{"data": [{"契約者": "藤井幹", "連絡先": "070-9218-6904",'
        ' "返金口座": {"銀行": "三菱UFJ銀行", "支店": "目黒支店", "種別": "普通",'
        ' "番号": "6975369", "名義": "ﾌｼﾞｲﾐｷ"}}]}',
        encoding="utf-8")
    (tmp_path / "審査結果.jsonl").write_text(
        '{"審査番号": "S-1", "申込者": {"氏名": "TRAN THI MAI", "カナ": "チャン ティ マイ",'
        ' "生年月日": "1982-02-28", "携帯": "08034305231", "勤務先": "合同会社中川ガス",'
        ' "年収": "600万円", "国籍": "ベトナム"}}\n', encoding="utf-8")
    found = _found(tmp_path)
    assert {("person_name", "フジイミキ"), ("person_name", "藤井幹"),
            ("bank_account", "6975369"), ("person_name", "TRANTHIMAI"),
            ("phone_number", "08034305231")} <= found
    names = {v for c, v in found if c == "person_name"}
    assert not names & {"ベトナム", "万円", "600万円", "合同会社中川ガス"}


def test_a_listing_number_in_an_english_inquiry_is_no_card():
    """「(listing no. 4488199621667180)」: a property's number, Luhn-valid, as a Japanese mail's
    お問い合わせ番号 is (before: a credit card)."""
    text = "> and I am interested in サンコーポⅡ (listing no. 4488199621667180).\n"
    assert not [f for f in pii.detect(text) if f.category == "credit_card_number"]
    assert [f.value for f in pii.detect("Card: 4488199621667180 exp 12/27")
            if f.category == "credit_card_number"] == ["4488199621667180"]


def test_role_mailboxes_are_nobody(tmp_path):
    """A portal's inquiry From: noreply@… To: chintai@…: two desks' mailboxes, reported as not
    personal; the applicant the body names is the one person (before: three)."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"] = "noreply@sumai-navi.example.jp", "chintai@minato.example.jp"
    message["Subject"] = "【ポータル】お問い合わせ"
    message.set_content("お名前：山田 花子\n電話番号：090-1234-5678\n"
                        "メール：hanako.y@example.com\n")
    (tmp_path / "inquiry.eml").write_bytes(bytes(message))
    run = pii.scan([tmp_path], workers=1)
    mails = {f.value: f.personal for f in run
             if isinstance(f, pii.Finding) and f.category == "email_address"}
    assert mails == {"noreply@sumai-navi.example.jp": False, "chintai@minato.example.jp": False,
                     "hanako.y@example.com": True}
    assert run.summary.subjects == 1
    assert [f.personal for f in pii.detect("taro.info@gmail.com")] == [True]


def test_a_foreign_tenant_in_capitals_before_an_honorific():
    """「GURUNG BIKASH様よりお電話」: a Latin name before 様 is a name without GiNZA's say (it
    calls none there); a desk's is not (before: nothing)."""
    def names(text: str) -> list[str]:
        return [f.value for f in pii.detect(text) if f.category == "person_name"]

    assert names("  GURUNG BIKASH様よりお電話：カード払いに変更希望。") == ["GURUNGBIKASH"]
    assert names("Emily Carter様") == ["EmilyCarter"]
    assert names("Customer Support様") == []


MEMO = ("■ 令和６年６月３日　佐藤記\n"
        "サンコーポⅡ２０２号室　山口　晃様（昭和５５年４月１５日生）より連絡。\n\n"
        "■ 令和６年７月１９日　坂本裕美子（リバーレジデンス第2）\n"
        "生活保護受給開始のため、家賃は福祉事務所から代理納付へ切替。\n"
        "本人携帯 080―3695―2264、生年月日 S60.12.27。\n\n"
        "■ R6.8.2 山下 結衣様 退去立会い。鍵番号 461496239650 返却済。\n"
        "敷金返還先：ゆうちょ銀行品川支店 普通 ２４２２８４９\n\n"
        "■ 2024.10.11 鈴木工業（見積）\n・11/18　中村聡太郎\n"
        "入居者 林涼平 090-7341-2210 より騒音の苦情。山田町 090-1111-2222 の業者へ連絡。\n")


def test_a_memos_entry_names_the_person_after_its_day(tmp_path):
    """A management memo's entry begins with its day and the tenant (「■ 令和6年7月19日
    坂本裕美子（物件）」), or a name and its phone share a line unspaced; the note's writer
    (佐藤記), a company (鈴木工業) and a town (山田町) are no one."""
    (tmp_path / "管理メモ.txt").write_text(MEMO, encoding="utf-8")
    names = {value for category, value in _found(tmp_path) if category == "person_name"}
    assert names == {"山口晃", "坂本裕美子", "山下結衣", "中村聡太郎", "林涼平"}


def test_a_memos_entries_are_each_their_own_persons(tmp_path):
    """The phone and the birth date under 坂本裕美子's entry are hers: before, she was not
    found, and they went to the next entry's 山下 結衣 (one person of the two)."""
    (tmp_path / "管理メモ.txt").write_text(MEMO, encoding="utf-8")
    (tmp_path / "契約台帳.csv").write_text(
        "契約者名,携帯電話,生年月日\n坂本 裕美子,080-3695-2264,1985/12/27\n"
        "山下 結衣,080-4485-4270,1968/08/23\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run.batches())
    assert run.summary.subjects == 5  # was 4: 坂本 and 山下 one
