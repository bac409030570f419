"""A staffing agency's drive (blind corpus 21): a 派遣契約's people in charge, a client's hiring
contact, an expense claim's applicant, a 履歴書's address reading, a relative in a memo, a
pregnancy by its month."""

from __future__ import annotations

import csv

import docx
from documents import write_xlsx
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def _names(text: str) -> list[str]:
    return [f.value for f in pii.detect(text) if f.category == "person_name"]


def test_a_dispatch_contracts_people_in_charge_are_named():
    assert _names("派遣先責任者：青木　晃\n指揮命令者：林　加奈\n派遣元責任者：高橋　亮介\n") == [
        "青木晃", "林加奈", "高橋亮介"]


def _contract(tmp_path, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The findings of a 派遣個別契約書 whose table holds ``rows`` (label | value)."""
    document = docx.Document()
    document.add_paragraph("労働者派遣個別契約書")
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    path = tmp_path / "個別契約書.docx"
    document.save(path)
    return [(f.category, f.value) for f in pii.scan([path], workers=1)
            if isinstance(f, pii.Finding)]


def test_a_contract_tables_people_keep_their_title_and_phone_apart(tmp_path):
    found = _contract(tmp_path, [("派遣先責任者", "総務部長　青木　晃　TEL 03-3188-8920"),
                                 ("指揮命令者", "医療 課長　林　加奈"),
                                 ("派遣元責任者", "高橋　亮介　TEL 03-5338-4120")])
    assert [value for category, value in found if category == "person_name"] == [
        "青木晃", "林加奈", "高橋亮介"]
    assert ("phone_number", "0331888920") in found


@BOTH
def test_a_clients_hiring_contact_and_a_claims_applicant_are_names(tmp_path, monkeypatch,
                                                                   table):
    clients = tmp_path / "取引先一覧.xlsx"
    write_xlsx(clients, ["取引先名", "代表電話", "人事担当者", "メール"],
               [("東邦ロジ株式会社", "03-4985-4604", "阿部　知実", "abe@toho-logi.example.jp")])
    claims = tmp_path / "経費精算.csv"
    with open(claims, "w", encoding="cp932", newline="") as out:
        csv.writer(out).writerows([["申請日", "申請者", "金額", "内容"],
                                   ["2024/11/05", "渡辺　直樹", "3200", "交通費"]])
    names = {f.value for path in (clients, claims)
             for f in scan_findings(path, monkeypatch, table) if f.category == "person_name"}
    assert names == {"阿部知実", "渡辺直樹"}
    assert scan_people(claims, monkeypatch, table) == 1


def test_a_resumes_address_reading_is_no_name():
    text = ("ふりがな ふくだ　ももこ\n氏名 福田　桃子\n生年月日 1996年3月4日生（満28歳）\n"
            "ふりがな とうきょうと しんじゅくく にししんじゅく\n現住所 〒160-0023\n")
    assert _names(text) == ["ふくだももこ", "福田桃子"]
    # a name that begins as a prefecture's reading is still one
    assert _names("ふりがな：ちば けんじ\n") == ["ちばけんじ"]
    assert _names("ふりがな：おおさか ふみこ\n") == ["おおさかふみこ"]


def test_a_relative_after_where_they_live_is_named():
    text = ("同居の母 中村　聡太郎（要介護2、週3日デイサービス）の介護のため17時退社希望。"
            "緊急時は母の携帯 070-5201-1873。")
    assert _names(text) == ["中村聡太郎"]
    assert _names("学校の先生 山田 太郎") == []


def test_a_pregnancy_by_its_month_is_sensitive():
    found = [(f.category, f.value) for f in pii.detect(
        "■10/13　小林　明美様（28歳）\n現在妊娠5か月。立ち仕事は不可。")]
    assert ("sensitive", "妊娠5か月") in found


def test_a_mails_latin_sender_and_kanji_signature_are_one_person(tmp_path):
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"] = "Hideki FUJITA <hideki.fujita20@example.jp>"
    mail["To"] = "info@bridge-career.example.jp"
    mail["Subject"] = "連絡先変更のお知らせ"
    mail.set_content("ブリッジキャリア ご担当者様\n\nお世話になっております。藤田英樹です。\n"
                     "携帯番号が変わりましたので、今後はこちら（０９０－９１３４－２６３２）に"
                     "ご連絡ください。\n\n藤田英樹\n")
    path = tmp_path / "連絡先変更.eml"
    path.write_bytes(bytes(mail))
    run = pii.scan([path], workers=1)
    names = {f.value for f in run if isinstance(f, pii.Finding) and f.category == "person_name"}
    assert names == {"HidekiFUJITA", "藤田英樹"}
    assert run.summary.subjects == 1


# Blind corpus 31 (a staffing agency's file server): each failed on ae6ae25.

def _found(text: str) -> list[tuple[str, str]]:
    return [(f.category, f.value) for f in pii.detect(text)]


def test_a_latin_name_before_its_honorific_is_whole():
    """A 就業条件明示書's 「REYES JOHN PAUL 殿」 (before: YESJOHNPAUL, one more person)."""
    assert _names("就業条件明示書\nREYES JOHN PAUL 殿\n") == ["REYESJOHNPAUL"]
    assert _names("Reyes John Paul 様") == ["ReyesJohnPaul"]


def test_a_contract_cells_name_before_its_phone_or_mail_in_brackets(tmp_path):
    found = _contract(tmp_path, [
        ("指揮命令者", "人事部 課長 松田 里佳（TEL 03-4771-5094）"),
        ("派遣元責任者", "営業部 営業課長 山崎 拓真（TEL 03-5321-8872）"),
        ("苦情処理申出先", "乙：人事部 木村 京助（kimura@axis-career.co.jp）")])
    assert [v for c, v in found if c == "person_name"] == ["松田里佳", "山崎拓真", "木村京助"]
    assert ("phone_number", "0347715094") in found


def test_a_server_memos_look_alikes_are_no_one():
    """A Luhn-valid 問い合わせ番号 is no card; a firmware's version is no IP address."""
    memo = ("受付番号：075629529365　保守契約番号：6538814739724\n"
            "問い合わせ番号：4023783065786333\n"
            "ファームウェア 4.10.2.1 へ更新。接続元 192.168.10.21\n")
    assert _found(memo) == [("ip_address", "192.168.10.21")]


def test_a_residence_card_under_a_cards_label():
    """「新しいカード番号：FK76076643EU」 in a forwarded mail: no credit card has its letters."""
    assert _found("在留カードを更新しました。\n新しいカード番号：FK76076643EU\n") == [
        ("residence_card_number", "FK76076643EU")]
    assert _found("注文番号：FK76076643EU") == []


def test_menieres_disease_is_sensitive():
    assert ("sensitive", "メニエール病") in _found("松田 里佳さん 本人申告：メニエール病で通院中。")


@BOTH
def test_a_sheet_that_lost_its_header_still_names_its_people(tmp_path, monkeypatch, table):
    """A title, a merged 「年金・保険 番号」 over three columns, then rows: names and birth
    dates are told by their values (before: nothing found in the whole sheet)."""
    rows = [["社会保険・雇用保険 加入者一覧（2024年10月1日現在）"],
            [None, None, None, "年金・保険 番号"]]
    names = ["佐藤　充", "小川　香織", "山口　明美", "中村　健一", "青木　春香", "加藤　直人"]
    rows += [[f"S1{i:04d}", name, f"19{80 + i}/0{1 + i}/1{i}", f"8235-55{i:04d}",
              f"1301-28{i:04d}-8", "2022/11/20", 200000] for i, name in enumerate(names)]
    write_xlsx(tmp_path / "加入者一覧.xlsx", rows[0], rows[1:])
    found = scan_findings(tmp_path, monkeypatch, table)
    assert [f.value for f in found if f.category == "person_name"] == [
        name.replace("　", "") for name in names]
    assert sum(f.category == "date_of_birth" for f in found) == len(names)


def test_a_memos_foreign_names_written_whole_in_katakana():
    """A dated entry's 「レイエスジョンポールさん」 (no 「・」 between the names); a katakana word
    SudachiDict knows (ボランティアさん) is no one."""
    memo = ("９月１０日　レイエスジョンポールさん（S18045）来社面談\n"
            "１０月３日　ヴーティマイさん（S18949）来社面談\n９月１１日　ボランティアさん来社\n")
    assert _names(memo) == ["レイエスジョンポール", "ヴーティマイ"]


def test_a_forwarded_mails_sender_is_not_the_signature_above_it(tmp_path):
    """「---------- Forwarded message ---------」 / 「From: OLIVEIRA ANA PAULA <…>」 after the
    forwarder's signature: her card and phone below are hers, and she is no one of his (before:
    she and the forwarder were one person, who signs with his mailbox and address)."""
    body = ("山崎さん\n\nオリヴェイラさんから在留カード更新の連絡がありました。\n\n--\n"
            "株式会社アクシスキャリア 営業部\n山田 直人（ヤマダ ナオト）\n"
            "TEL: 03-5321-8887（直通） / 代表 03-5321-8870\n"
            "E-mail: yamada.n@axis-career.co.jp\n〒163-1009 東京都新宿区西新宿6丁目14番1号\n\n"
            "---------- Forwarded message ---------\n"
            "From: OLIVEIRA ANA PAULA <ana.oliveira131@yahoo.com>\n"
            "To: yamada.n@axis-career.co.jp\n\n山田さん\n在留カードを更新しました。\n"
            "新しいカード番号：FK76076643EU\n電話：09021848153\nOLIVEIRA ANA PAULA\n")
    (tmp_path / "fwd.eml").write_text(
        "From: yamada.n@axis-career.co.jp\nTo: 山崎 拓真 <yamazaki.t@axis-career.co.jp>\n"
        "Cc: matsuda.r@axis-career.co.jp\nSubject: Fwd\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body, encoding="utf-8")
    (tmp_path / "staff.csv").write_text(
        "氏名,メール\n山田 直人,yamada.n@axis-career.co.jp\nオリヴェイラ・アナ・パウラ,"
        "ana.oliveira131@yahoo.com\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    # 山田, Oliveira, 山崎 and the Cc's matsuda.r@ (「山田さん」 atop her mail greets him)
    assert run.summary.subjects == 4


def test_a_kanji_name_lines_after_a_katakana_ones_data_is_the_next_person(tmp_path):
    """A reading is its name's only on the line beside the name, not beside the last line of
    the person before (before: ヴー・ティ・マイ's block and 佐藤陽子's were one person)."""
    (tmp_path / "面談メモ.txt").write_text(
        "１０月３日　ヴー・ティ・マイさん（S18949）来社面談\n・生年月日 2001年5月3日（23歳）。\n"
        "・携帯が変わった → ０９０ー５４７７ー３９５５　メールは thi.vu953@yahoo.com のまま\n"
        "・転居：〒１２０－４７６３　足立区梅島４‐１６‐１３\n\n"
        "９月１６日　佐藤陽子さん（S11970）来社面談\n・生年月日 昭和62年4月27日（37歳）。\n"
        "・携帯が変わった → ０９０ー８１２０ー５４９７　メールは yokosato69@docomo.ne.jp のまま\n",
        encoding="utf-8")
    (tmp_path / "台帳.csv").write_text(  # (the ledger ties each mobile to its name)
        "氏名,携帯\nヴー・ティ・マイ,090-5477-3955\n佐藤 陽子,090-8120-5497\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == 2
