"""本人の数 counts living people (APPI's 個人情報 is a living person's): a row or a form that
says its person died (a 死亡日, 転帰 死亡) is no one, nor is any record linked to them; their
family in the row is someone, and their values are still reported (blind corpus 27: a
hospital's 死亡退院 list and summaries counted +6 / +5 people a seed)."""

from __future__ import annotations

import docx
import openpyxl
from faker import Faker
from table_paths import BOTH, scan_findings, scan_people

from leakscope import pii


def _patients(count: int, seed: int) -> list[tuple[str, str, str]]:
    """(name, birth date, address) of ``count`` distinct patients."""
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    people, names = [], set()
    while len(people) < count:
        name = f"{fake.last_name()} {fake.first_name()}"
        if name not in names:
            names.add(name)
            people.append((name, fake.date_of_birth(minimum_age=40, maximum_age=95).isoformat(),
                           fake.address().split(" ")[0]))
    return people


@BOTH
def test_an_admission_list_counts_the_patients_who_left_alive(tmp_path, monkeypatch, table):
    """30 patients, 4 of whom 転帰 says died (first, middle and last rows: each way a row
    reaches the count), under one doctor: 26 + 1."""
    patients = _patients(30, seed=5)
    died = {0, 11, 12, 29}
    rows = ["患者ID,氏名,生年月日,住所,入院日,転帰,主治医"] + [
        f"{6600000000 + i},{name},{born},{home},2026/10/01,"
        f"{'死亡' if i in died else '軽快'},伊藤 裕太"
        for i, (name, born, home) in enumerate(patients)]
    path = tmp_path / "入院患者一覧.csv"
    path.write_bytes("\r\n".join(rows).encode("cp932"))
    assert scan_people(path, monkeypatch, table) == 26 + 1
    names = {f.value for f in scan_findings(path, monkeypatch, table)
             if f.category == "person_name"}
    assert patients[0][0].replace(" ", "") in names  # (what leaked is still reported)


@BOTH
def test_a_death_list_counts_the_family_and_unlinks_the_dead_elsewhere(tmp_path, monkeypatch,
                                                                      table):
    """A 死亡退院 list (死亡日 filled) beside a ward list naming the same patients by name and
    birth date: neither counts them; the 届出人 in the row and the living patients count."""
    patients = _patients(8, seed=7)
    (tmp_path / "死亡退院.csv").write_text(
        "患者ID,氏名,生年月日,死亡日,死因,届出人,続柄,届出人連絡先\n" + "".join(
            f"{4700000000 + i},{name},{born},2026/09/1{i},肺炎,"
            + (f"{name.split()[0]} 春香,妻,090-2312-825{i}\n" if i % 2 else ",,\n")
            for i, (name, born, _) in enumerate(patients[:4])), encoding="utf-8")
    (tmp_path / "病棟一覧.csv").write_text("氏名,生年月日,住所\n" + "".join(
        f"{name},{born},{home}\n" for name, born, home in patients), encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 4 + 2  # the living, the two 届出人


def _summary(path, name: str, outcome: str, died_on: str | None) -> None:
    document = docx.Document()
    document.add_paragraph("退院時サマリー")
    rows = [("患者ID", "6605918573"), ("氏名", name), ("生年月日", "昭和29年11月13日"),
            ("転帰", outcome), *([("死亡日時", died_on)] if died_on else []),
            ("主治医", "伊藤 裕太"), ("記載看護師", "山本 裕美子")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.save(path)


def test_a_discharge_summary_whose_outcome_is_death_names_no_living_patient(tmp_path):
    """A summary form 転帰 | 死亡 (死亡日時 | 令和8年…): its patient is no one, its doctor and
    nurse are; a summary 転帰 | 軽快 counts its patient."""
    dead, alive = tmp_path / "dead", tmp_path / "alive"
    dead.mkdir()
    alive.mkdir()
    _summary(dead / "サマリー.docx", "森 香織", "死亡", "令和8年11月14日 4時12分")
    _summary(alive / "サマリー.docx", "森 香織", "軽快", None)
    for folder, people in ((dead, 2), (alive, 3)):
        run = pii.scan([folder], workers=1)
        assert "森香織" in {f.value for f in run if isinstance(f, pii.Finding)}
        assert run.summary.subjects == people, folder.name


@BOTH
def test_what_does_not_say_a_person_died(tmp_path, monkeypatch, table):
    """A blank 死亡日, 転帰 軽快 or 死亡なし, a 死亡保険金受取人 column and an employee's 事由
    「父死亡」 (a relative's death) leave every row's person counted."""
    patients = _patients(6, seed=9)
    (tmp_path / "一覧.csv").write_text(
        "氏名,生年月日,死亡日,転帰,死亡保険金受取人,事由\n"
        f"{patients[0][0]},{patients[0][1]},,軽快,,\n"
        f"{patients[1][0]},{patients[1][1]},,死亡なし,,\n"
        f"{patients[2][0]},{patients[2][1]},　,,,父死亡\n"
        f"{patients[3][0]},{patients[3][1]},-,,{patients[4][0]},\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 5


@BOTH
def test_an_inheritance_list_counts_the_heirs_not_the_deceased(tmp_path, monkeypatch, table):
    """A 相続 working list (相続人氏名 | 続柄 | 生年月日 | 被相続人氏名 | 死亡日): the 被相続人 is
    no one living and the 死亡日 is theirs, not the heir's; a list of 被相続人 alone is no one."""
    (tmp_path / "相続人一覧.csv").write_text(
        "相続人氏名,続柄,生年月日,被相続人氏名,死亡日\n"
        "山田 花子,妻,1950-02-03,山田 太郎,2025-05-02\n"
        "山田 一郎,長男,1975-04-05,山田 太郎,2025-05-02\n"
        "佐藤 健,長男,1970-01-02,佐藤 次郎,2025-08-09\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 3
    (tmp_path / "被相続人.csv").write_text(
        "被相続人氏名,生年月日,最後の住所\n山田 太郎,1948-01-02,東京都新宿区西新宿2-8-1\n",
        encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 3


def test_an_inheritance_form_counts_its_heir(tmp_path):
    """A 相続税 form (被相続人 | 山田 太郎, 死亡年月日 | 令和7年5月2日, 相続人 | 山田 花子 …): one
    person, the heir; the form is not the deceased's because it gives a death day."""
    book = openpyxl.Workbook()
    for row in (("相続税申告 作業票",), ("被相続人", "山田 太郎"), ("死亡年月日", "令和7年5月2日"),
                ("相続人氏名", "山田 花子"), ("生年月日", "昭和25年2月3日"),
                ("住所", "東京都新宿区西新宿2-8-1"), ("電話", "090-1234-5678")):
        book.active.append(row)
    book.save(tmp_path / "作業票.xlsx")
    run = pii.scan([tmp_path], workers=1)
    assert {"山田太郎", "山田花子"} <= {f.value for f in run if isinstance(f, pii.Finding)}
    assert run.summary.subjects == 1
