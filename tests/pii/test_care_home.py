"""A care home's share (blind corpus 47): a hand-typed waiting list, former residents and
their 身元引受人, a visitor log, reports signed by the 施設長, a family's mail about a
resident's condition."""

from __future__ import annotations

import json

import docx
from documents import detected, values_of
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def test_a_waiting_lists_applicant_before_their_birth_date():
    """「1. 三浦あすか S13/01/27生」: the applicant of a numbered row, as well as the 申込者
    after its label (before: only the 申込者 was found); a place is no applicant."""
    text = ("入居申込 待機者（手入力メモ）\n"
            "1. 三浦あすか S13/01/27生 要介護3  申込者：坂本 知実（長女） 08003286883\n"
            "2. 佐々木 直人 昭和１４年５月２３日生 要介護5  申込者：中村洋介（甥） 070(7264)1466\n")
    assert detected(text, "person_name") == ["三浦あすか", "坂本知実", "佐々木直人", "中村洋介"]
    assert detected("2. 東京都港区 1985/01/02生\n", "person_name") == []


@BOTH
def test_former_residents_guarantors_and_who_died(tmp_path, monkeypatch, table):
    """A 身元引受人 column names a person of their own, whose phone after it is theirs; a
    resident whose 退去理由 is 死亡 is no one the count counts (before: the guarantors were
    not read and the dead resident was a person)."""
    path = tmp_path / "退去者.csv"
    path.write_text("氏名,フリガナ,生年月日,退去理由,身元引受人,続柄,連絡先\n"
                    "井上裕美子,イノウエ ユミコ,S12.5.19,死亡,伊藤 明美,長女,070(3691)2951\n"
                    "鈴木 英樹,スズキ ヒデキ,S3.10.17,他施設へ転居,石川 晃,長男,09078362231\n",
                    encoding="utf-8")
    assert {"伊藤明美", "石川晃"} <= values_of(scan_findings(path, monkeypatch, table),
                                              "person_name")
    assert scan_people(path, monkeypatch, table) == 3


def test_a_visitor_log_names_its_visitors(tmp_path):
    """The visitor field of a JSON Lines log is a name; a vendor's visit is no one's (before:
    no visitor found)."""
    path = tmp_path / "visitor_log.jsonl"
    rows = [{"visitor": "渡辺千代", "relation": "長女", "resident": "吉田様", "tel": "09012345678"},
            {"visitor": "業者（リネン交換）", "relation": "業者", "tel": "0120-123-456"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"渡辺千代", "吉田"}
    run = pii.scan([path], workers=1)
    list(run)
    assert run.summary.subjects == 1


def test_a_head_of_a_facility_signing_and_a_name_before_a_copula():
    """「施設長 三浦 舞　印」 under a report; 「理事長は佐藤です」 is 佐藤, not 佐藤です."""
    assert detected("再発防止策：2人介助とする。\n施設長 三浦 舞\u3000印\n", "person_name") \
        == ["三浦舞"]
    assert detected("当マンションの理事長は佐藤です。\n", "person_name") == ["佐藤"]
    assert detected("管理員は佐藤でございます。\n", "person_name") == ["佐藤"]


def test_a_relative_named_with_whose_relative_in_brackets():
    assert detected("岡田 真綾（岡田の長女）\n", "person_name") == ["岡田真綾"]


def test_a_familys_mail_about_a_residents_condition():
    """A condition told before a question is a condition (「…と聞きましたが、…でしょうか」),
    not a form's question; and an old person's conditions are known (前立腺肥大症)."""
    text = ("405号室 遠藤 裕美子（昭和10年4月21日生）の家族です。\n"
            "慢性心不全の薬が変わったと聞きましたが、副作用は大丈夫でしょうか。\n")
    assert detected(text, "sensitive") == ["慢性心不全"]
    assert detected("氏名：山田太郎\n糖尿病はありますか？\n", "sensitive") == []
    assert detected("山田太郎さんは前立腺肥大症で通院中\n", "sensitive") == ["前立腺肥大症"]


def test_a_two_cell_rows_value_is_a_value_whatever_it_reads_as(tmp_path):
    """A letter's table of label | value rows (a 保護決定通知書): 理由 | 傷病（双極性障害）により…
    is the reason, its condition found, though 傷病 is a label's word too (before, once such
    tables were read as forms: the value was taken for a label and the condition lost)."""
    document = docx.Document()
    document.add_paragraph("〒418-5760\n静岡県富士宮市宮原18番3号\n林 和也 様")
    table = document.add_table(rows=0, cols=2)
    for label, value in [("ケース番号", "C-2781"), ("決定日", "令和6年9月30日"),
                         ("理由", "傷病（双極性障害）により稼働不能のため")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    path = tmp_path / "保護決定通知書.docx"
    document.save(path)
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "sensitive") == {"双極性障害"}


@BOTH
def test_a_care_manager_column_names_a_person_of_their_own(tmp_path, monkeypatch, table):
    """A care system's export names each resident's 担当CM: one person however many rows
    name her, not part of each resident (before: the column was not read)."""
    path = tmp_path / "kaigo_riyousha.csv"
    path.write_text("利用者ID,氏名,カナ氏名,生年月日,要介護度,居室,担当CM\n"
                    "100200,林 健一,ハヤシ ケンイチ,T15.8.26,要支援2,205,松本 あすか\n"
                    "100201,太田 英樹,オオタ ヒデキ,S20.6.10,要介護3,312,松本 あすか\n",
                    encoding="cp932")
    assert "松本あすか" in values_of(scan_findings(path, monkeypatch, table), "person_name")
    assert scan_people(path, monkeypatch, table) == 3


def test_a_familys_mail_names_the_resident_it_is_about():
    """The resident before 「の次女の」 or before their birth date in brackets, a given name in
    kana too (before: only the writer was found)."""
    assert detected("411号室 田中 知実の次女の田中浩です。\n", "person_name") \
        == ["田中知実", "田中浩"]
    assert detected("406号室 高橋 あすか（昭和15年9月27日生）の家族です。\n",
                    "person_name") == ["高橋あすか"]
    assert detected("ご主人の高橋さん（昭和15年9月27日生）の件\n", "person_name") == []


def test_doctors_and_relatives_named_with_a_title_or_an_honorific():
    """「三浦亮介先生に連絡」, 「渡辺幹先生」 and 「夫の林幹様へ」 (幹: a trunk to the tokenizer),
    a referral's 「医師 山田 拓真」; a doctor by surname only names no one after it."""
    assert detected("411の高橋さん、37.8℃です。三浦亮介先生に連絡しました\n",
                    "person_name") == ["高橋", "三浦亮介"]
    assert detected("307の藤原さん、渡辺幹先生に連絡しました\n", "person_name") \
        == ["藤原", "渡辺幹"]
    assert detected("夫の林幹様へ電話連絡した。\n", "person_name") == ["林幹"]
    assert detected("相原メディカルクリニック 医師 山田 拓真\n", "person_name") == ["山田拓真"]
    assert detected("まちだ在宅診療所 高橋医師 往診\n", "person_name") == []
    assert detected("担当の三浦先生に連絡\n", "person_name") == []


def test_a_day_services_drivers_and_their_phones():
    """「（運転：太田涼平　携帯070-…）」: the driver, the label after the name cut (before: a
    name glued to 携帯 was no name)."""
    text = ("■ 近藤号車（運転：近藤 翔太　携帯070‐7752‐3783）\n"
            "■ 太田号車（運転：太田涼平　携帯070‐6344‐5303）\n")
    assert detected(text, "person_name") == ["近藤翔太", "太田涼平"]
    assert detected("担当者：太田涼平 携帯070-6344-5303\n", "person_name") == ["太田涼平"]
    assert detected("運転：可\n", "person_name") == []


def test_a_chat_exports_messages_name_others_than_their_sender(tmp_path):
    """A message's text under a sender's user {name, email} is about others: a family's
    phone in it and the doctor it names are people of their own, not the sender's."""
    path = tmp_path / "chat_export.json"
    messages = [
        {"id": 1, "user": {"name": "藤原 春香", "email": "staff04@example-care.jp"},
         "text": "鈴木様のご家族（次男）から電話あり、折り返しお願いします 080-5176-2587"},
        {"id": 2, "user": {"name": "藤原 春香", "email": "staff04@example-care.jp"},
         "text": "木村様のご家族（長男の妻）から電話あり 090-6151-9133"},
        {"id": 3, "user": {"name": "近藤 裕美子", "email": "staff05@example-care.jp"},
         "text": "309の渡辺さん、今朝から37.8℃です。三浦亮介先生に連絡しました"}]
    path.write_text(json.dumps({"room": "介護フロア", "messages": messages},
                               ensure_ascii=False), encoding="utf-8")
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert {"藤原春香", "近藤裕美子", "三浦亮介"} <= values_of(found, "person_name")
    assert run.summary.subjects == 5  # two staff, two relatives by phone, the doctor


def test_a_meetings_attendees_in_a_documents_table(tmp_path):
    """A minutes' 出席者 | 所属 table is a list of people (before: 「三浦 舞 | 施設長」, a name
    with no honorific, was not read)."""
    document = docx.Document()
    document.add_paragraph("運営推進会議 議事録")
    table = document.add_table(rows=0, cols=2)
    for name, role in [("出席者", "所属"), ("鈴木充 様", "小山ヶ丘町内会長"),
                       ("三浦 舞", "施設長"), ("近藤 あすか 様", "地域包括支援センター")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, role
    path = tmp_path / "議事録.docx"
    document.save(path)
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    assert values_of(found, "person_name") == {"鈴木充", "三浦舞", "近藤あすか"}
