"""A school's and a PTA's lists (blind corpus 23): a parent's row names their children under
お子さん or 対象児童生徒, a grade and class after each name; a teacher after 担任 or 教頭."""

from __future__ import annotations

from email.message import EmailMessage

from documents import write_pdf
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


@BOTH
def test_a_pta_members_children_are_people_of_their_own(tmp_path, monkeypatch, table):
    path = tmp_path / "PTA会費.csv"
    path.write_text("会員氏名,お子さん,会費\n田中 美加子,田中翼 小3-2,3000\n"
                    "佐藤 健,佐藤結衣（中1年）、佐藤陽太（小4年）,3000\n", encoding="utf-8")
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert names == {"田中美加子", "田中翼", "佐藤健", "佐藤結衣", "佐藤陽太"}
    assert scan_people(path, monkeypatch, table) == 5


@BOTH
def test_a_school_aid_lists_children_are_the_applicants_household(tmp_path, monkeypatch,
                                                                  table):
    path = tmp_path / "就学援助一覧.csv"
    path.write_text("申請者氏名,対象児童生徒,電話\n"
                    "村上 さゆり,村上直人（中3年）、村上陽子（小1年）,090-1234-5678\n",
                    encoding="utf-8")
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert names == {"村上さゆり", "村上直人", "村上陽子"}
    assert scan_people(path, monkeypatch, table) == 3


def test_a_child_column_first_is_the_rows_own_and_the_phone_a_parents(tmp_path):
    path = tmp_path / "連絡網.csv"
    path.write_text("お子さん,保護者名,電話\n前田 晃,前田 結衣,090-1111-2222\n"
                    "前田 翼,前田 結衣,090-1111-2222\n", encoding="utf-8")
    run = pii.scan([path], workers=1)
    list(run.batches())
    assert run.summary.subjects == 3  # (two siblings and their mother, who holds the phone)


def test_a_teacher_after_a_school_role_word():
    text = ("児童生徒：村上　直人　3年1組\n担任 山田 明美 確認済\n校長 井上 拓真　教頭 小林 直子\n"
            "顧問：佐藤 修平（第一中学校長）、田中 直樹（第二小学校長）\n")
    names = [f.value for f in pii.detect(text) if f.category == "person_name"]
    assert names == ["村上直人", "山田明美", "井上拓真", "小林直子", "佐藤修平", "田中直樹"]


def test_role_words_in_a_sentence_are_no_label():
    text = "児童生徒は全員下校しました。担任は職員室へ。顧問は不在。指導員 2名体制。\n"
    assert [f for f in pii.detect(text) if f.category == "person_name"] == []


def test_a_pupil_in_a_guidance_record_and_a_parents_mail():
    """No honorific: a pupil's class in brackets after their name, a parent's relation
    before theirs, a parent writing about their child."""
    text = ("10月25日（三者面談）　加藤知実（1組）、母 加藤くみ子と来校。第一志望は県立高校。\n"
            "2年1組 前田　晃の母です。本日は欠席します。\n長男の坂本　和也です。\n")
    names = [f.value for f in pii.detect(text) if f.category == "person_name"]
    assert names == ["加藤知実", "加藤くみ子", "前田晃", "坂本和也"]


def test_a_pdf_schedule_of_names_only_is_read_as_its_table(tmp_path):
    """A 個人面談 schedule: no phone, no mail, two names' columns (blind corpus 23: unread)."""
    rows = "".join(f"<tr><td>{n}</td><td>{child}</td><td>{parent}</td><td></td></tr>"
                   for n, child, parent in [(1, "加藤　陽一", "加藤　くみ子"),
                                            (2, "近藤　裕太", "近藤　七夏")])
    path = write_pdf(tmp_path / "面談日程.pdf", "<h3>個人面談日程（11月）</h3><table>"
                     f"<tr><td>番</td><td>児童氏名</td><td>保護者氏名</td><td>備考</td></tr>"
                     f"{rows}</table>")
    run = pii.scan([path], workers=1)
    names = {f.value for f in run if isinstance(f, pii.Finding) and f.category == "person_name"}
    assert names == {"加藤陽一", "加藤くみ子", "近藤裕太", "近藤七夏"}
    assert run.summary.subjects == 4


def test_a_health_surveys_childhood_conditions_are_sensitive():
    text = ("児童氏名 前田 晃\n既往症 川崎病（3歳）\nアレルギー アトピー性皮膚炎\n"
            "心室中隔欠損症 経過観察\n")
    sensitive = {f.value for f in pii.detect(text) if f.category == "sensitive"}
    assert sensitive == {"川崎病", "アトピー性皮膚炎", "心室中隔欠損症"}


def test_a_sender_signing_alone_under_the_last_sentence():
    text = ("いつもお世話になっております。\n本日は欠席させていただきます。\n\n前田　結衣\n"
            "---\nよろしくお願いします。\n\n住所 東京都新宿区\n")
    names = [f.value for f in pii.detect(text) if f.category == "person_name"]
    assert names == ["前田結衣"]


def test_a_parents_mail_about_their_child_is_the_parents_not_the_childs(tmp_path):
    """The child a parent names (「近藤太一の母です」) is no owner of the phone and the
    signature after it: two people (before: the mother's phone and name were the child's)."""
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = ("Asuka Kondo <asuka.kondo12@example.jp>",
                                                 "coach@example.jp", "欠席")
    mail.set_content("長谷川先生\n\nいつもお世話になっております。\n3年2組 近藤太一の母です。\n"
                     "太一は発熱のため欠席させていただきます。\n"
                     "何かありましたら090-6260-1235までご連絡ください。\n\n近藤　あすか\n")
    (tmp_path / "欠席.eml").write_bytes(bytes(mail))
    roster = tmp_path / "名簿.csv"
    roster.write_text("児童氏名,保護者氏名,携帯\n近藤 太一,近藤 あすか,090-6260-1235\n"
                      "近藤 花子,近藤 あすか,090-6260-1235\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run.batches())
    assert run.summary.subjects == 4  # (and the coach's address)
