"""本人の数 and households: a family's members sharing the home's landline are people of their own.

A landline links people only with a name (as an address does); a mobile number stays a
person's own. Checked end to end on real files, on the table path and cell by cell.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from faker import Faker
from table_paths import scan_findings
from table_paths import scan_people as _people

from leakscope import pii
from leakscope.pii.household_identifiers import is_landline, landline_at

HEADER = "氏名,フリガナ,自宅電話,携帯電話,メール,住所\n"


def _household_csv(tmp_path, households: int = 30) -> tuple:
    fake = Faker("ja_JP")
    Faker.seed(12)
    rows = []
    for h in range(households):
        surname, home = fake.last_name(), f"03-{3000 + h:04d}-{1000 + h:04d}"
        address = fake.address()
        for m in range(3):  # parents and a child: own names, the home's number and address
            mobile = f"090-{h:04d}-{m:04d}" if m < 2 else ""
            mail = f"m{h}_{m}@example.jp" if m == 0 else ""
            rows.append(f"{surname} {fake.first_name()},,{home},{mobile},{mail},{address}\n")
    path = tmp_path / "家族.csv"
    path.write_text(HEADER + "".join(rows), encoding="cp932")
    return path, households * 3


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_family_sharing_the_home_number_is_its_members(tmp_path, monkeypatch, table):
    path, members = _household_csv(tmp_path)
    assert _people(path, monkeypatch, table) == members  # before: one person a household


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_the_same_name_at_the_same_number_is_one_person(tmp_path, monkeypatch, table):
    (tmp_path / "a.csv").write_text(
        "氏名,電話番号\n" + "".join(f"顧客 {i}郎,06-6{i:03d}-0000\n" for i in range(40)),
        encoding="utf-8")
    (tmp_path / "b.csv").write_text(  # the same people again, another export
        "name,tel\n" + "".join(f"顧客 {i}郎,0666{i:03d}0000\n" for i in range(40)),
        encoding="utf-8")
    (tmp_path / "c.csv").write_text(  # no names: rows sharing a number are one person
        "電話番号,備考\n" + "".join(f"011-2{i % 5:02d}-0000,メモ\n" for i in range(20)),
        encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == 40 + 5


def test_in_free_text_too_and_a_mobile_stays_one_persons(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text("山田 太郎様 自宅 03-1234-5678\n山田 花子様 自宅 03-1234-5678\n"
                    + "\n" * 60
                    + "佐藤 一郎様 携帯 090-1111-2222\n" + "\n" * 60
                    + "佐藤 イチロウ様 携帯 090-1111-2222\n", encoding="utf-8")
    run = pii.scan([path], workers=1)
    list(run)
    assert run.summary.subjects == 3  # two Yamadas at one home; one Sato, written twice


def test_landlines_are_ten_digit_geographic_numbers():
    values = ["0312345678", "0466123456", "09012345678", "05012345678", "0120123456",
              "031234567", "+81312345678", "", "0012345678", "０３１２３４５６７８"]
    expected = [True, True, False, False, True, False, False, False, False, False]
    assert [is_landline(v) for v in values] == expected  # (0120: a desk's, dropped before)
    array = pa.chunked_array([values[:4], values[4:]])
    assert landline_at(array, np.arange(len(values))).tolist() == expected
    assert landline_at(pa.array(["", ""]), np.arange(2)).tolist() == [False, False]


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_home_number_without_a_name_is_its_one_named_owner(tmp_path, monkeypatch, table):
    (tmp_path / "顧客.csv").write_text(
        "氏名,自宅電話\n" + "".join(f"顧客 {i}郎,06-6{i:03d}-0000\n" for i in range(40)),
        encoding="utf-8")
    (tmp_path / "着信履歴.csv").write_text(  # a call log: the customers' numbers, no names
        "発信番号,日時\n" + "".join(f"066{i % 50:03d}0000,2024-04-0{i % 9 + 1}\n"
                                  for i in range(120)), encoding="utf-8")
    # 40 customers; the 10 numbers no customer holds are 10 callers more
    assert _people(tmp_path, monkeypatch, table) == 40 + 10


def test_a_familys_number_without_a_name_joins_no_one_of_them(tmp_path):
    _, members = _household_csv(tmp_path, households=4)
    (tmp_path / "着信.csv").write_text("発信番号,日時\n03-3000-1000,2024-04-01\n",
                                     encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == members + 1  # which member called is not in the data


def test_in_free_text_a_later_mention_without_a_name_joins_the_owner(tmp_path):
    (tmp_path / "a.txt").write_text("鈴木 次郎様 ご自宅 045-123-4567\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("折り返し先 045-123-4567 までお願いします\n", encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == 1


def _roster(tmp_path, families: int) -> tuple[list, int]:
    """A school roster (students, their guardian's name and mobile, the home's number and
    address), a residents' list of the guardians, and a 連絡網 naming each guardian by the
    home's number; the count: the students, and each guardian once."""
    fake = Faker("ja_JP")
    fake.seed_instance(21)
    roster, residents, chain, students = [], [], [], 0
    for f in range(families):
        surname, guardian = fake.last_name(), fake.first_name()
        home, address = f"03-{4000 + f:04d}-{2000 + f:04d}", fake.address()
        children = 2 if f % 3 == 0 else 1
        for child in range(children):
            roster.append(f"{surname} {('一郎', '花子')[child]},{surname} {guardian},"
                          f"090-{5000 + f:04d}-{6000 + f:04d},{home},{address}\n")
        students += children
        residents.append(f"{surname} {guardian},19{70 + f % 20}-0{f % 9 + 1}-1{f % 9},"
                         f"{address}\n")
        chain.append(f"{f + 1}  保護者 {surname} {guardian}様  {home}\n" + "\n" * 45)
    (tmp_path / "生徒名簿.csv").write_text(
        "生徒氏名,保護者氏名,緊急連絡先,自宅電話,住所\n" + "".join(roster), encoding="cp932")
    (tmp_path / "住民.csv").write_text("氏名,生年月日,住所\n" + "".join(residents),
                                     encoding="utf-8")
    (tmp_path / "連絡網.txt").write_text("".join(chain), encoding="utf-8")
    return roster, students + families


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_guardian_shares_the_home_of_the_students_row(tmp_path, monkeypatch, table):
    _, people = _roster(tmp_path, families=90)
    # the roster's guardian has a name and a mobile; the residents' list a name and the
    # address, the 連絡網 a name and the home's number: one person in all three (before: three)
    assert _people(tmp_path, monkeypatch, table) == people


def test_a_guarantor_lives_elsewhere(tmp_path):
    (tmp_path / "入居者.csv").write_text(
        "氏名,住所,連帯保証人氏名,連帯保証人電話,連帯保証人生年月日\n"
        "田中 一郎,東京都新宿区西新宿2丁目8番1号,田中 次郎,090-1111-2222,1950-04-01\n",
        encoding="utf-8")
    (tmp_path / "住民.csv").write_text(  # another 田中 次郎, at the tenant's address? (born on
        # another day: not one person by the name alone, subject_compatible)
        "氏名,住所,電話,生年月日\n"
        "田中 次郎,東京都新宿区西新宿2丁目8番1号,080-3333-4444,1988-09-09\n",
        encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == 3  # a guarantor's is not the tenant's home: no link


def test_a_list_under_a_schools_numbers_is_not_theirs(tmp_path):
    (tmp_path / "生徒名簿.csv").write_text(
        "生徒氏名,生年月日,保護者氏名,緊急連絡先\n前田 美加子,2009-03-01,前田 晃,080-9753-2872\n"
        "井上 加奈,2009-05-02,井上 里佳,080-1111-2222\n", encoding="utf-8")
    (tmp_path / "連絡網.txt").write_text(
        "学校代表 045-526-1746\u3000FAX 045-907-6472\n順番 生徒氏名 保護者氏名 電話番号\n"
        "1 前田 美加子 前田 晃 080-9753-2872 ↓\n2 井上 加奈 井上 里佳 080-1111-2222\n",
        encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    # the first student listed took the school's numbers, and was a person more
    assert run.summary.subjects == 4


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_companys_row_is_no_person(tmp_path, monkeypatch, table):
    rows = "".join(f"V{i:04d},株式会社テスト{i},{corporate},03-5{i:03d}-0000,東京都港区海岸3-1-{i},"
                   f"{'' if i % 4 else '山田 太郎'}\n" for i, corporate in enumerate(
                       ["8149207037087", "8843605698288", "1033155898541"] * 40))
    header = "取引先コード,取引先名,法人番号,代表電話,所在地,担当者名\n"
    (tmp_path / "取引先マスタ.csv").write_text(header + rows, encoding="utf-8")
    # a vendor's phone, address and account are the company's; its named contacts are people
    assert _people(tmp_path / "取引先マスタ.csv", monkeypatch, table) == 30


def test_the_sellers_invoice_number_on_every_order_is_no_companys_row(tmp_path):
    (tmp_path / "注文.csv").write_text("メール,電話番号,登録番号\n" + "".join(
        f"c{i}@example.jp,090-1234-{i:04d},T7000012050002\n" for i in range(20)),
        encoding="utf-8")
    run = pii.scan([tmp_path], workers=1)
    list(run)
    assert run.summary.subjects == 20


def _valid_my_number(seed: int) -> str:
    body = f"{seed * 7919 + 100_000_000_00:011d}"[-11:]
    r = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return body + str(0 if r <= 1 else 11 - r)


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_each_dependent_of_a_tax_form_row_is_a_person(tmp_path, monkeypatch, table):
    # 扶養控除申告書: an employee, a spouse and numbered dependents on one row, each with
    # their own My Number; the row was counted as two people (the employee, the spouse)
    rows, people = [], 0
    for i in range(30):
        spouse = ("", "") if i % 3 == 0 else (f"社員 {i}子", _valid_my_number(1000 + i))
        second = ("", "") if i % 2 else (f"社員 {i}次郎", _valid_my_number(3000 + i))
        people += 2 + bool(spouse[0]) + bool(second[0])
        rows.append(",".join([f"社員 {i}郎", _valid_my_number(i), *spouse,
                              f"社員 {i}太郎", _valid_my_number(2000 + i), *second]) + "\n")
    header = "氏名,個人番号,配偶者氏名,配偶者個人番号,扶養親族1氏名,扶養親族1個人番号," \
             "扶養親族2氏名,扶養親族2個人番号\n"
    path = tmp_path / "扶養控除申告_2024.csv"
    path.write_text(header + "".join(rows), encoding="cp932")
    assert _people(path, monkeypatch, table) == people


def test_numbered_family_members_of_an_insurance_sheet_are_people(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["契約者", "契約者生年月日", "家族1", "家族1続柄", "家族1生年月日", "家族2",
                  "家族2続柄", "家族2生年月日", "電話"])
    for i in range(12):
        sheet.append([f"契約 {i}郎", f"1960/01/{i + 1:02d}", f"契約 {i}子", "配偶者",
                      f"1962/02/{i + 1:02d}", f"契約 {i}太", "子", f"1990/03/{i + 1:02d}",
                      f"090-5{i:03d}-1234"])
    book.save(tmp_path / "家族構成.xlsx")
    run = pii.scan([tmp_path / "家族構成.xlsx"], workers=1)
    list(run)
    assert run.summary.subjects == 36  # was 12: a row was one person


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_childs_row_holds_its_guardians_contacts(tmp_path, monkeypatch, table):
    # a PTA 連絡網: the phone and mail of a child's row are the parent's; read as the child's,
    # each child and parent were one person (the officers' list linked them by the phone)
    given = ["幹", "千代", "和也", "晃", "加奈", "太郎", "結衣", "明美"]
    parents = ["吉田 あすか", "加藤 結衣", "山崎 舞", "岡田 学", "加藤 晃", "阿部 零",
               "橋本 翔太", "中村 直人"]
    rows = "".join(f"{child},{parent},090-31{i:02d}-4444,p{i}@example.jp\n"
                   for i, (child, parent) in enumerate(zip(given, parents, strict=True)))
    (tmp_path / "連絡網.csv").write_text("児童名,保護者名,連絡先,メール\n" + rows,
                                        encoding="utf-8")
    (tmp_path / "役員名簿.csv").write_text("役職,氏名,電話\n" + "".join(
        f"役員,{parent},090-31{i:02d}-4444\n" for i, parent in enumerate(parents[:4])),
        encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == 16


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_full_name_written_alone_is_one_person_however_often(tmp_path, monkeypatch, table):
    # a sign-in sheet: the same names on many rows with nothing else are as many people as
    # names, whether the surname is a common one or not (鬼頭, 勅使河原: SudachiDict's); a
    # surname or a given name alone is no one of its own (as 「山田様」 in a mail is not, nor a
    # day service's record of 「千代ちゃん」: someone named in full elsewhere, blind corpus 58)
    rows = "".join(f"{name},{i}\n" for i, name in enumerate(
        ["山田 太郎", "佐藤 花子", "鬼頭 守", "勅使河原 恵子", "山田", "鬼頭", "千代"] * 40))
    path = tmp_path / "受付記録.csv"
    path.write_text("氏名,受付番号\n" + rows, encoding="utf-8")
    assert _people(path, monkeypatch, table) == 4


_FAMILIES = ("中村", "加藤", "鈴木", "佐藤", "高橋", "田中", "伊藤", "渡辺", "山本", "小林",
             "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水")
_GIVEN = ("陽子", "健一", "直樹", "美穂", "翔太", "結衣", "大輔", "彩", "拓也", "真由美", "浩二",
          "由美子", "隆", "恵", "誠", "和也", "千尋", "裕子", "学", "舞")


def _names(count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` distinct full names (family, given)."""
    return [(_FAMILIES[i], _GIVEN[(i + seed) % len(_GIVEN)]) for i in range(count)]


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_payee_is_the_rows_own_and_a_childs_account_holder_a_parents(tmp_path, monkeypatch,
                                                                       table):
    # a payroll transfer: 受取人名 (the bank's kana of the employee's name) is the employee,
    # not a second person; a cram school's direct debit: the 口座名義人 of a pupil is a parent
    payroll = "".join(f"HS-{i}\t{family} {given}\tｲｹﾀﾞ ﾊﾙｶ\t94781{i:02d}\tp{i}@example.jp\n"
                      for i, (family, given) in enumerate(_names(20, 5)))
    (tmp_path / "給与振込.tsv").write_text(
        "社員番号\t氏名\t受取人名\t口座番号\t振込通知先\n" + payroll, encoding="utf-16")
    assert _people(tmp_path / "給与振込.tsv", monkeypatch, table) == 20
    holders = [f"{family} {given}" for family in ("ﾅｶﾑﾗ", "ｻﾄｳ", "ｽｽﾞｷ", "ﾀｶﾊｼ")
               for given in ("ﾐｷ", "ﾕｲ", "ｱｵｲ", "ﾊﾙｶ", "ﾋﾅ")]  # (a name alone is one person)
    debits = "".join(f"S{i},{family} {given},{holders[i]},12345{i:02d}\n"
                     for i, (family, given) in enumerate(_names(20, 6)))
    (tmp_path / "口座振替.csv").write_text("生徒番号,生徒氏名,口座名義人,口座番号\n" + debits,
                                          encoding="cp932")
    assert _people(tmp_path / "口座振替.csv", monkeypatch, table) == 40


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_copy_asked_for_a_family_member_is_that_members(tmp_path, monkeypatch, table):
    # 住民票の写し交付請求: the requester and the person the copy is about; the same person
    # asking on another row at the same address is that one person again
    rows = []
    for i, (family, given) in enumerate(_names(15, 7)):
        home, day = f"青森県青森市金沢{i + 1}丁目21-22", i + 1
        rows.append(f"{family}　太郎,{home},090-1484-{i:04d},{family} {given},昭和47年4月{day}日\n")
        rows.append(f"{family}　{given},{home},080-2222-{i:04d},{family} 美咲,平成20年5月{day}日\n")
    (tmp_path / "交付請求.csv").write_text(
        "請求者氏名,請求者住所,請求者電話,対象者氏名,対象者生年月日\n" + "".join(rows),
        encoding="cp932")
    assert _people(tmp_path / "交付請求.csv", monkeypatch, table) == 45  # was 15: one a home


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_hotel_guests_companion_is_another_person(tmp_path, monkeypatch, table):
    rows = "".join(f"R{i},{family} {given},080-4106-{i:04d},{family} 陽一\n"
                   for i, (family, given) in enumerate(_names(20, 3)))
    (tmp_path / "宿泊者名簿.csv").write_text("予約番号,氏名,電話番号,同行者\n" + rows,
                                           encoding="utf-8")
    assert _people(tmp_path / "宿泊者名簿.csv", monkeypatch, table) == 40


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_who_calls_in_an_absence_or_picks_a_child_up_is_a_person_of_their_own(
        tmp_path, monkeypatch, table):
    (tmp_path / "欠席連絡.csv").write_text(
        "日付,生徒名,連絡者,連絡先,理由\n6/3,山田 英樹,山田 直子（母）,080-7680-4470,発熱\n"
        "6/4,山田 京助,山田 直子（母）,080-7680-4470,通院\n", encoding="utf-8")
    (tmp_path / "送迎.csv").write_text(
        "生徒名,学年,お迎え,続柄,連絡先\n青木 裕美子,小4,青木 香織,祖母,090-3395-4794\n",
        encoding="utf-8")
    # two brothers and their mother; a girl and her grandmother (not 2 and 1)
    assert _people(tmp_path, monkeypatch, table) == 5


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_surname_alone_row_after_row_is_no_one_of_its_own(tmp_path, monkeypatch, table):
    (tmp_path / "教材発注.csv").write_text("発注番号,品名,数量,担当\n" + "".join(
        f"A{i:04d},小6算数ドリル,{i + 1},{name}\n"
        for i, name in enumerate(["山口", "山口", "松本", "佐々木", "山口"])), encoding="utf-8")
    (tmp_path / "講師名簿.csv").write_text(
        "氏名,携帯\n山口 健一,090-5555-0001\n松本 浩,090-5555-0002\n", encoding="utf-8")
    (tmp_path / "返金.csv").write_text(  # a surname with an account: someone's
        "氏名,銀行コード,支店コード,口座番号\n佐藤,0005,001,1234567\n", encoding="utf-8")
    assert _people(tmp_path, monkeypatch, table) == 3  # the roster's two, the refund's one


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_siblings_signed_in_with_their_mothers_mail_are_not_her(tmp_path, monkeypatch, table):
    (tmp_path / "users.csv").write_text(
        "user_id,mail,display_name,grade\n1,hanako.y@example.jp,山田 太郎,中2\n"
        "2,hanako.y@example.jp,山田 次郎,小5\n3,k.sato@example.jp,佐藤 健,高1\n",
        encoding="utf-8")
    (tmp_path / "保護者.csv").write_text(
        "保護者氏名,メール,携帯\n山田 花子,hanako.y@example.jp,090-1111-2222\n"
        "佐藤 美加,k.sato@example.jp,\n", encoding="utf-8")
    (tmp_path / "生徒台帳.csv").write_text(  # a high-schooler's own mobile is theirs
        "生徒氏名,保護者氏名,生徒携帯,保護者携帯\n佐藤 健,佐藤 美加,080-7777-0001,080-7777-0002\n",
        encoding="utf-8")
    # 太郎, 次郎, their mother; 佐藤 健 and his mother (the mail his account holds is hers)
    assert _people(tmp_path, monkeypatch, table) == 5


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_numbered_companions_and_guarantors_are_each_a_person(tmp_path, monkeypatch, table):
    # 同行者1氏名 | 同行者2氏名 | 同行者3氏名: up to three other guests a row, not one
    rows = "".join(f"R{i},{family} {given},080-4106-{i:04d},{family} 陽一,,{family} 美咲\n"
                   for i, (family, given) in enumerate(_names(10, 3)))
    (tmp_path / "宿泊者名簿.csv").write_text(
        "予約番号,氏名,電話番号,同行者1氏名,同行者1旅券番号,同行者2氏名\n" + rows,
        encoding="utf-8")
    assert _people(tmp_path / "宿泊者名簿.csv", monkeypatch, table) == 30  # was 20
    (tmp_path / "宿泊者名簿.csv").unlink()
    (tmp_path / "入居申込.csv").write_text(
        "申込者氏名,携帯,連帯保証人1氏名,連帯保証人1電話,連帯保証人2氏名,連帯保証人2電話\n"
        "帷子 真綾,090-6664-7094,帷子 健,03-3333-1111,鬼頭 守,06-6666-2222\n",
        encoding="utf-8")
    assert _people(tmp_path / "入居申込.csv", monkeypatch, table) == 3


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_staff_column_is_no_one_of_the_rows_household(tmp_path, monkeypatch, table):
    """A customer master's 担当者: the staff in charge by surname, a common one or one no
    dictionary knows (四月一日), row after row; on the table path it was a household member
    paired with the row's home, one person more a row (blind corpus 14: 115 for 58)."""
    rows = "".join(f"顧客 {i}郎,090-{i:04d}-0000,東京都新宿区西新宿{i % 9 + 1}丁目{i + 1}番1号,"
                   f"03-{i + 1000:04d}-1111,{('田中', '四月一日', '釈迦郡')[i % 3]}\n"
                   for i in range(60))
    (tmp_path / "顧客マスタ.csv").write_text("契約者氏名,携帯電話,住所,自宅電話,担当者\n" + rows,
                                           encoding="cp932")
    assert _people(tmp_path, monkeypatch, table) == 60


@pytest.mark.parametrize("table", [True, False], ids=["table path", "cell by cell"])
def test_a_members_relation_after_a_slash_is_cut(tmp_path, monkeypatch, table):
    """A 住民票 extract's 「氏名／続柄」 cell holds the member and their relation
    (「山田 花子／妻」): the member is named, beside the head of household's column, so each
    member keeps their own birth date (before: no name, and the head split by birth date)."""
    path = tmp_path / "世帯一覧.csv"
    path.write_text("世帯番号,世帯主の氏名,氏名／続柄,生年月日\n"
                    "1001,山田 太郎,山田 太郎／世帯主,1975-04-01\n"
                    "1001,山田 太郎,山田 花子／妻,1977-07-07\n"
                    "1001,山田 太郎,山田 翔太/子,2010-01-15\n", encoding="cp932")
    names = {(f.location["row"], f.value) for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name" and f.location["field"] == "氏名／続柄"}
    assert names == {(2, "山田太郎"), (3, "山田花子"), (4, "山田翔太")}
    assert _people(path, monkeypatch, table) == 3
