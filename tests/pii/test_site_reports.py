"""Names a contractor's and a care office's reports and mails write in passing (blind corpus
18): a name with its reading in brackets, a forwarded mail's sender, a title after a name, an
accident report's 発見者 and 報告者, who are the staff of the lists, not new people."""

from __future__ import annotations

import csv
from email.message import EmailMessage

import docx
from documents import personal_of
from openpyxl import Workbook
from subject_paths import linker_path  # noqa: F401  (each test on both linkers)
from table_paths import BOTH, scan_people

from leakscope import pii


def _names(text: str) -> set[str]:
    return {f.value for f in pii.detect(text) if f.category == "person_name"}


def _people(*paths) -> int:
    run = pii.scan(paths, workers=1)
    for _ in run:
        pass
    return run.summary.subjects


def test_a_name_with_its_reading_in_brackets_is_a_name_wherever_it_is():
    text = ("ご依頼の作業員名簿を下記のとおりお送りします。\n"
            "・橋本 直子（ハシモトナオコ）昭和52年9月25日生 東京都町田市大倉山4丁目26番6号\n"
            "・東海林 里佳（ショウジ リカ）平成2年4月1日生\n"
            "年末調整の件で、作業員 林　涼平（ハヤシ リョウヘイ）の書類をお送りします。\n"
            "弊社の五月女知実（サオトメトモミ）が伺います。\n"
            "・松本 零（マツモトレイ）平成5年5月12日生\n")  # (松本: a city's name first)
    assert _names(text) == {"橋本直子", "ハシモトナオコ", "東海林里佳", "ショウジリカ", "林涼平",
                            "ハヤシリョウヘイ", "五月女知実", "サオトメトモミ", "松本零",
                            "マツモトレイ"}


def test_a_place_a_company_or_a_wrong_reading_in_brackets_is_no_name():
    text = ("集合は東京駅（トウキョウエキ）の丸の内口です。\n"
            "施工は大和田建設（オオワダケンセツ）、納品は山田商店（ヤマダショウテン）。\n"
            "旧姓の表記：田中太郎（スズキタロウ）\n"
            "見学は松本城（マツモトジョウ）、昼は老舗の森田屋（モリタヤ）で。\n")
    assert _names(text) == set()


def test_a_forwarded_mails_sender_in_its_body_is_a_name():
    text = ("-------- Forwarded Message --------\n"
            "From: 佐藤 充 <shokucho@minato-katawaku.jp>\n"
            "Subject: 追加作業員の件\n\n"
            "From: Order Desk <orders@example.com>\n"
            "From Tokyo Station to the site, 20 minutes.\n")
    assert _names(text) == {"佐藤充"}


def test_a_name_with_a_title_after_it_is_a_name_and_keeps_its_mobile(tmp_path):
    message = EmailMessage()
    message["From"], message["To"] = "site@example.jp", "office@example.jp"
    message["Subject"] = "追加作業員の件"
    message.set_content("お世話になります。来週から1名を入場させます。\n\n"
                        "株式会社ミナト型枠\n佐藤 充 職長\n携帯 070-5423-1480\n")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message))
    found = personal_of(path)
    assert found[("person_name", "佐藤充")] is True
    assert found[("phone_number", "07054231480")] is True  # the foreman's own, not the firm's
    prose = ("被災者は鉄筋の結束作業中に右手を挟まれた。直ちに 池田　翼 職長が作業を中止させた。"
             "ご家族（姉 佐藤　結衣）には電話連絡済み。")
    assert _names(prose) == {"池田翼", "佐藤結衣"}


def test_a_foreign_name_and_its_reading_after_a_label():
    names = _names("氏名：NGUYEN VAN DUC（グエン・ヴァン・ドゥック）\n生年月日：2000年9月21日\n")
    assert names == {"NGUYENVANDUC", "グエン・ヴァン・ドゥック"}


def test_a_role_label_names_a_rare_surname_and_a_doctor_before_their_clinic():
    text = ("管理者確認：五月女　京助\n"
            "講師：渡辺　直樹（株式会社大和田建設 安全衛生担当）\n"
            "有限会社青葉内装　職長 百目鬼　涼平　090-7529-3629\n"
            "講師：未定\n"
            "主治医 西村　加奈（医療法人社団 和光会 別所内科、TEL 048-836-3268）に報告した。\n"
            "担当：営業部\n")
    assert _names(text) == {"五月女京助", "渡辺直樹", "百目鬼涼平", "西村加奈"}


def _staff_list(path, staff) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(("氏名", "携帯電話", "住所"))
    for name, phone, address in staff:
        sheet.append((name, phone, address))
    book.save(path)


def test_an_accident_reports_finder_and_reporter_are_the_staff_of_the_list(tmp_path):
    staff = [("山下 千代", "090-1111-2222", "埼玉県川口市本町1丁目2番3号"),
             ("鈴木 明美", "080-3333-4444", "埼玉県川口市栄町2丁目3番4号")]
    _staff_list(tmp_path / "職員名簿.xlsx", staff)
    report = docx.Document()
    report.add_paragraph("事故報告書")
    table = report.add_table(rows=0, cols=2)
    for label, value in (("利用者氏名", "栗花落　太郎"), ("生年月日", "昭和14年1月9日"),
                         ("発見者", "山下　千代（看護職員）"), ("報告者", "鈴木　明美")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    report.save(tmp_path / "事故報告書.docx")
    assert _people(tmp_path / "事故報告書.docx") == 3
    assert _people(tmp_path / "職員名簿.xlsx", tmp_path / "事故報告書.docx") == 3


def test_a_name_alone_that_two_people_share_is_one_of_them_not_a_third(tmp_path):
    path = tmp_path / "顧客.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("氏名", "電話番号", "住所"))
        writer.writerow(("山田 太郎", "090-1234-5678", "東京都新宿区西新宿2丁目8番1号"))
        writer.writerow(("山田 太郎", "080-8765-4321", "大阪府大阪市北区梅田1丁目1番1号"))
    mail = tmp_path / "お歳暮.txt"
    mail.write_text("お歳暮の送り先です。\n・山田 太郎（ヤマダタロウ）\n", "utf-8")
    assert _people(path) == 2
    assert _people(mail) == 1
    assert _people(path, mail) == 2


@BOTH
def test_a_dependant_is_the_family_contact_of_the_same_name_in_the_roster(tmp_path, monkeypatch,
                                                                          table):
    """作業員名簿's 家族連絡先 (a name and a phone) and a 扶養控除 list's 扶養親族 (a name, a
    birth date and a My Number) of the same worker: one relative, not two."""
    workers = (("太田 結衣", "昭和57年5月25日", "埼玉県川口市本町5丁目24番7号", "080-8446-5666",
                "太田 桃子", "母", "070-3796-9136", "1951/08/15"),
               ("岡本 智也", "昭和47年8月20日", "神奈川県相模原市中央区本町4丁目15番7号",
                "080-8722-3641", "岡本 くみ子", "妻", "070-9934-2037", "1964/10/05"),
               ("高橋 康弘", "昭和42年10月24日", "神奈川県相模原市中央区鶴見中央3丁目4番1号",
                "070-5192-5617", "高橋 亮介", "兄", "070-1894-9966", None))
    with (tmp_path / "作業員名簿.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("氏名", "生年月日", "現住所", "電話番号", "家族連絡先氏名", "続柄",
                         "家族連絡先電話"))
        writer.writerows(worker[:7] for worker in workers)
    with (tmp_path / "扶養控除.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("氏名", "生年月日", "住所", "扶養親族氏名", "続柄", "扶養親族生年月日"))
        writer.writerows((name, born, address, *((relative, relation, dependant_born)
                                                  if dependant_born else ("", "", "")))
                         for name, born, address, _, relative, relation, _, dependant_born
                         in workers)
    assert scan_people(tmp_path, monkeypatch, table) == 6  # three workers, three relatives
