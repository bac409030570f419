"""A row's note that gives someone else's contact (a vet's ledger's 備考 「緊急連絡先 千代様（娘）
090-…」): the daughter is a person of her own, not a second phone of the row's client.
Checked on both table paths."""

from __future__ import annotations

from documents import distinct_names
from table_paths import BOTH, scan_findings, scan_people

LEDGER_HEAD = "顧客番号,飼い主氏名,電話番号,携帯電話,備考\n"
NOTES = ["既往：腎不全 緊急連絡先 千代様（娘）090-4851-{i:04d} 噛みつき注意",
         "緊急連絡先 {other}（妻）070-1015-{i:04d}",
         "緊急連絡先 勤務先 080-2222-{i:04d}",
         ""]


@BOTH
def test_an_emergency_contact_in_a_note_is_a_person_of_their_own(tmp_path, monkeypatch, table):
    """Of 60 clients, 15 give a daughter and 15 a wife as their emergency contact: 90 people
    (before: 60); 「緊急連絡先 勤務先 080-…」 is the client's own work phone, no one new."""
    names = distinct_names(120, 37)
    path = tmp_path / "顧客台帳.csv"
    path.write_text(LEDGER_HEAD + "".join(
        f"{10000 + i},{names[i]},03-3289-{i:04d},070-3915-{i:04d},"
        f"{NOTES[i % len(NOTES)].format(i=i, other=names[60 + i])}\n" for i in range(60)),
        encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    record = {f.value: f.record for f in found}
    assert record["09048510000"] == record["07039150000"] + "/緊急連絡先"
    assert record["08022220002"] == record["07039150002"]
    assert scan_people(path, monkeypatch, table) == 90


@BOTH
def test_a_contact_a_note_names_again_elsewhere_is_one_person(tmp_path, monkeypatch, table):
    """The wife a note gives (her name, her mobile) is the client of another row: one person."""
    names = distinct_names(60, 37)
    path = tmp_path / "顧客台帳.csv"
    path.write_text(LEDGER_HEAD + "".join(
        f"{10000 + i},{names[i]},03-3289-{i:04d},070-3915-{i:04d},"
        f"緊急連絡先 {names[30 + i]}（妻）070-1015-{i:04d}\n"
        f"{20000 + i},{names[30 + i]},03-3289-{i:04d},070-1015-{i:04d},\n" for i in range(30)),
        encoding="utf-8")
    assert scan_people(path, monkeypatch, table) == 60
