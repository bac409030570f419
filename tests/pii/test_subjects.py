"""本人の数: records are people; people are linked across files by strong identifiers."""

from __future__ import annotations

from subject_paths import linker_path  # noqa: F401  (every test on both paths)

from leakscope.pii.finding import Finding
from leakscope.pii.subjects import SubjectLinker


def row(linker, path, record, **values):
    for category, value in values.items():
        linker.add(Finding(category, value, path, {"row": record}, 0.9, "t", f"{path}#{record}"))


def text(linker, path, line, category, value, **loc):
    linker.add(Finding(category, value, path, {"line": line, **loc}, 0.9, "t"))


def test_rows_are_people_and_shared_identifiers_link_them():
    linker = SubjectLinker()
    row(linker, "a.csv", 1, person_name="山田太郎", email_address="t@x.jp")
    row(linker, "a.csv", 2, person_name="鈴木一郎", phone_number="09011112222",
        date_of_birth="1975-05-05")  # (born another day: not the one of c and d by name)
    row(linker, "b.tsv", 1, person_name="TaroYamada", email_address="t@x.jp")  # same e-mail
    row(linker, "c.csv", 7, person_name="鈴木一郎", date_of_birth="1980-01-01")
    row(linker, "d.csv", 3, person_name="鈴木一郎", date_of_birth="1980-01-01")  # name + dob
    # a name alone is one of the two 鈴木一郎 (which one cannot be told), not a third, and
    # does not join them
    row(linker, "e.csv", 1, person_name="鈴木一郎")
    assert linker.count() == 3


def test_ids_that_are_not_people_do_not_count():
    linker = SubjectLinker()
    row(linker, "log.jsonl", 1, ip_address="203.0.113.1")
    linker.add(Finding("corporate_number", "7000012050002", "x", {}, 0.9, "t", personal=False))
    assert linker.count() == 0


def test_free_text_groups_per_person():
    linker = SubjectLinker()
    text(linker, "mail.txt", 1, "person_name", "山田太郎", header="From")
    text(linker, "mail.txt", 3, "person_name", "山田", body="text/plain")  # same mail, surname
    text(linker, "mail.txt", 4, "phone_number", "09011112222", body="text/plain")
    text(linker, "mail.txt", 9, "person_name", "佐藤花子", body="text/plain")  # another person
    text(linker, "mail.txt", 10, "email_address", "hanako@x.jp", body="text/plain")
    text(linker, "other.txt", 1, "email_address", "hanako@x.jp")  # the same 佐藤花子
    assert linker.count() == 2


def test_a_romanized_card_holder_is_the_one_customer_whose_kana_reads_the_same():
    linker = SubjectLinker()
    customers = (("井上宗太郎", "イノウエソウタロウ"), ("森康弘", "モリヤスヒロ"),
                 ("森康弘", "モリヤスヒロ"))
    for r, (name, kana) in enumerate(customers, 1):
        row(linker, "customers.csv", r, person_name=name, email_address=f"{r}@x.jp")
        row(linker, "customers.csv", r, person_name=kana)
    row(linker, "cards.csv", 1, person_name="SotaroInoue", credit_card_number="4111111111111111")
    row(linker, "cards.csv", 2, person_name="YasuhiroMori", credit_card_number="5500000000000004")
    # Inoue joins his one namesake; Mori has two: he is one of them (which, cannot be told)
    assert linker.count() == 3


def test_every_thin_record_finds_its_person_whatever_was_read_first():
    """A payroll's months (a kana name and an account: thin records) of staff whom five files
    name with their reading: every month joins its employee, whether the payroll was read
    before those files or after them (then a name's first kept groups were all substantial
    and no month found anyone)."""
    staff = (("井上宗太郎", "イノウエソウタロウ"), ("森康弘", "モリヤスヒロ"),
             ("佐藤花子", "サトウハナコ"))
    for payroll_first in (True, False):
        linker = SubjectLinker()

        def payroll(linker=linker):
            for month in range(1, 7):
                for r, (_, kana) in enumerate(staff, 1):
                    row(linker, f"給与/2024{month:02d}.csv", r, person_name=kana,
                        bank_account=f"{1234560 + r}")

        if payroll_first:
            payroll()
        for path in ("db.sql", "登録者.csv", "backup.csv", "export.tsv", "人事.xlsx"):
            for r, (name, kana) in enumerate(staff, 1):
                row(linker, path, r, person_name=name, email_address=f"{r}@x.jp")
                row(linker, path, r, person_name=kana)
        if not payroll_first:
            payroll()
        assert linker.count() == len(staff)


def test_a_card_holder_in_capitals_and_a_foreign_name_in_kana_find_their_person():
    """Cards and passports write names in capitals, and a name's spaces are gone from its
    value (NAOKIYAMAMOTO): its reading is split by a known surname, either order; kana has
    no l, so リー ナー is LI NA."""
    linker = SubjectLinker()
    staff = (("山本直樹", "ヤマモトナオキ", "NAOKIYAMAMOTO"), ("李娜", "リーナー", "LINA"))
    for r, (name, kana, _) in enumerate(staff, 1):
        row(linker, "staff.csv", r, person_name=name, email_address=f"{r}@x.jp")
        row(linker, "staff.csv", r, person_name=kana)
    for r, (*_, latin) in enumerate(staff, 1):
        row(linker, "cards.csv", r, person_name=latin,
            credit_card_number=("4111111111111111", "5500000000000004")[r - 1])
    assert linker.count() == 2


def test_a_foreign_name_in_kana_with_vu_and_small_vowels_has_a_reading():
    """ホアン ヴァン ナム and ファム ティ ラン in a staff list's フリガナ and on a payroll: one
    reading each (ヴ, and a small vowel after a syllable: ヴァ va, ティ ti), so the payroll's
    thin rows find them (without a reading they were people of their own)."""
    linker = SubjectLinker()
    staff = (("HOANGVANNAM", "ホアンヴァンナム"), ("PHAMTHILAN", "ファムティラン"))
    for r, (latin, kana) in enumerate(staff, 1):
        row(linker, "staff.csv", r, person_name=latin, email_address=f"{r}@x.jp")
        row(linker, "staff.csv", r, person_name=kana)
        row(linker, "furikomi.csv", r, person_name=kana, bank_account=f"{1234560 + r}")
    assert linker.count() == 2


def test_a_kana_name_alone_is_one_person_across_files_as_a_kanji_one_is():
    """Three months of direct debits (口座振替) name the same payers in kana only, each with
    their account: a kana full name alone is one person however often, as 山田太郎 is."""
    linker = SubjectLinker()
    for month in range(1, 4):
        for r, kana in enumerate(("ヤマダタロウ", "サトウハナコ"), 1):
            row(linker, f"振替_2024{month:02d}.csv", r, person_name=kana,
                bank_account=f"{1234560 + r}")
    assert linker.count() == 2
