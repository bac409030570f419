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
