"""A temple's share (blind corpus 54): a 墓地使用台帳's 承継者, a 檀家's 宗旨 and sect, a 法要
booking's 担当 副住職, a funeral home's 「…様（享年82）ご逝去」, minutes' 「…氏」, a LINE export's
lines; and a moving company's (blind corpus 55): a crew sheet's 班員, a damage report's
作業リーダー, call memos' 「前田様（前田涼平）」 and 「山本くん（真綾）」, a manual's 「… の形式で
入力」."""

from __future__ import annotations

from documents import detected, scanned, values_of
from table_paths import BOTH, scan_findings

from leakscope import pii


@BOTH
def test_a_cemetery_ledgers_successor_and_a_bookings_staff(tmp_path, monkeypatch, table):
    """承継者 and 施主 name people, 担当 「住職」 / 「副住職」 no one, 宗旨 is a 檀家's creed
    (before: no successor, the two titles names, no creed)."""
    path = tmp_path / "墓地使用台帳.csv"
    path.write_text("区画,施主,承継者,電話,宗旨,担当\nA-12,中野茂,中野幸子,090-5555-1234,日蓮宗,住職\n"
                    "B-03,小川誠,小川博,080-6666-2345,曹洞宗,副住職\n", encoding="utf-8")
    found = scan_findings(path, monkeypatch, table)
    assert values_of(found, "person_name") == {"中野茂", "中野幸子", "小川誠", "小川博"}
    assert values_of(found, "sensitive") == {"日蓮宗", "曹洞宗"}


def test_a_temple_systems_sect_key(tmp_path):
    """{"sect": "真言宗豊山派"} beside a 檀家's name is a creed (before: not read)."""
    path = tmp_path / "danka.json"
    path.write_text('{"items": [{"danka_no": "D1001", "head": {"name": "武田拓也", '
                    '"tel": "09044445678"}, "sect": "真言宗豊山派"}]}', encoding="utf-8")
    assert values_of(scanned(path)[0], "sensitive") == {"真言宗豊山派"}


def test_the_dead_by_their_age_at_death_and_minutes_names_by_shi(tmp_path):
    """「村上信之様（享年82）ご逝去」 is one who died, no one the count counts; minutes'
    「総代 渡辺清氏、山田節子氏」 are people (before: neither name), 氏名 and 彼氏 are none."""
    path = tmp_path / "ご逝去.txt"
    path.write_text("このたび村上家より、村上信之様（享年82）ご逝去のご連絡がございました。\n"
                    "喪主：村上晴彦様（080-7165-8487）\n", encoding="utf-8")
    found, people = scanned(path)
    assert "村上信之" in values_of(found, "person_name") and people == 1
    assert detected("出席者：総代 渡辺清氏、山田節子氏、酒井和夫氏\n", "person_name") \
        == ["渡辺清", "山田節子", "酒井和夫"]
    assert detected("氏名：中村裕太\n彼氏と来店。\n", "person_name") == ["中村裕太"]


def test_a_line_exports_lines_name_their_speakers():
    """「10:15\t村上晴彦\tお世話になります。」: a full name speaking (before: only the surname
    in the message); the temple's 「浄念寺 寺務所」 is no one."""
    text = ("[LINE] 浄念寺 寺務所のトーク履歴\n\n2024/09/03(火)\n"
            "10:15\t村上晴彦\tお世話になります。\n10:20\t浄念寺 寺務所\tご希望の日はありますか？\n")
    assert detected(text, "person_name") == ["村上晴彦"]


@BOTH
def test_a_crew_sheets_members_and_a_reports_leader(tmp_path, monkeypatch, table):
    """班員 and 作業リーダー name the crew (before: neither)."""
    path = tmp_path / "作業指示書.csv"
    path.write_text("班員,役割,携帯\n高橋 英樹,リーダー,090-7734-1613\n"
                    "小林京助,ドライバー,080-1234-5678\n", encoding="utf-8")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"高橋英樹", "小林京助"}
    assert [f.value for f in pii.detect("高橋 英樹", label="作業リーダー")] == ["高橋英樹"]


def test_a_surname_then_its_whole_or_given_name_in_brackets():
    """「前田様（前田涼平）」 and 「山本くん（真綾）」 are 前田涼平 and 山本真綾 (before: the
    surnames); 「山田様（長男）」 stays 山田."""
    assert detected("・前田様（前田涼平）　07075966186　再見積希望。\n", "person_name") \
        == ["前田涼平"]
    assert detected("山本くん（真綾）　090-3333-4444　土日のみ\n", "person_name") == ["山本真綾"]
    assert detected("山田様（長男）\n", "person_name") == ["山田"]


def test_a_manuals_examples_by_their_format_and_between_examples(tmp_path):
    """「メール：test@example.com の形式で入力」 and an address between two example lines are a
    manual's, no one's (before: a person each)."""
    path = tmp_path / "操作マニュアル.txt"
    path.write_text("1. 顧客登録\n  氏名欄：例）引越 太郎\n"
                    "  メール：test@example.com の形式で入力\n\n2. 保護者の登録\n"
                    "  氏名：保育 太郎（例）\n  電話番号：090-0000-0000\n"
                    "  メール：test@example.com\n  生年月日：2020/01/01（例）\n", encoding="utf-8")
    found, people = scanned(path)
    assert [f for f in found if f.personal] == [] and people == 0


@BOTH
def test_a_family_cells_members_with_their_relations(tmp_path, monkeypatch, table):
    """家族 「松田勝(夫)・松田千代（長女）」: 松田勝 and 松田千代; 「豊(長男)・森田美穂（長女）」:
    森田美穂 (a given name alone is no one's whole name; before: one name of both)."""
    path = tmp_path / "檀家名簿.csv"
    path.write_text("檀家番号,施主氏名,電話番号,家族\n"
                    "D1001,松田 勝,090-1111-2345,松田勝(夫)・松田千代（長女）\n"
                    "D1008,森田 和子,080-2222-3456,豊(長男)・森田美穂（長女）\n", encoding="cp932")
    assert values_of(scan_findings(path, monkeypatch, table), "person_name") \
        == {"松田勝", "松田千代", "森田和子", "森田美穂"}
