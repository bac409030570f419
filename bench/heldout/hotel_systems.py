"""The hotel's systems: the guest Wi-Fi portal's log (JSON lines), the PMS's SQL dump, the
front's September backup zip (宿泊者名簿 and a VIP memo) and the shuttle shift TSV (licence
look-alikes as 管理番号)."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta

from .hotel_people import ROOMS, Hotel
from .hotel_tables import register_csv
from .japanese import FULL_WIDTH, wareki
from .share import sql_create


def wifi(s: Hotel) -> None:
    """25 guests' sessions: private and public IP, the surname in capitals (neutral), every
    third guest's mail."""
    R = s.rng
    path = "システム/wifi_portal_202410.jsonl"
    lines = []
    for i, g in enumerate(s.guests[:25]):
        room = R.choice(ROOMS)
        mac = ":".join(f"{R.randint(0, 255):02x}" for _ in range(6))
        ip = f"10.20.{R.randint(1, 9)}.{R.randint(2, 250)}"
        public = (f"{R.choice([110, 126, 153, 180, 219])}.{R.randint(0, 255)}."
                  f"{R.randint(0, 255)}.{R.randint(1, 254)}")
        record = {"ts": f"2024-10-{R.randint(1, 30):02d}T{R.randint(0, 23):02d}:"
                        f"{R.randint(0, 59):02d}:00+09:00",
                  "room": room, "client_mac": mac, "client_ip": ip, "nat_ip": public,
                  "auth": "room_no+surname", "surname": g.last_roman.upper(),
                  "bytes_up": R.randint(10**5, 10**8)}
        if i % 3 == 0:
            record["email"] = g.email
            s.add(path, "email_address", g.email, g)
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        s.rows(path, g, [("ip_address", ip), ("ip_address", public)])
        s.add(path, "person_name", g.last_roman.upper(), g, neutral=True)
    s.share.write(path, "".join(lines))


def pms_dump(s: Hotel) -> None:
    """guests (45 guests and four of the group; 会員番号 passes the 法人番号 check) and stays
    (確認番号 the My Number check; one allergy note)."""
    R = s.rng
    path = "システム/pms_backup_20241031.sql"
    out = ["-- PMS backup (MySQL dump) 2024-10-31", "SET NAMES utf8mb4;", "",
           sql_create("guests", "guest_id int, name_kanji varchar(64), name_kana varchar(64), "
                      "birth_date date, tel varchar(20), email varchar(128), zip char(8), "
                      "address varchar(255), member_no char(13)"),
           sql_create("stays", "stay_id int, guest_id int, room_no varchar(5), checkin_date date, "
                      "checkout_date date, confirmation_no char(12), note varchar(255)"), ""]
    ids: dict[str, int] = {}
    values = []
    for i, g in enumerate(s.guests[:45] + s.group[:4]):
        ids[g.id] = 10001 + i
        values.append(f"({ids[g.id]},'{g.name()}','{g.kana()}','{g.born.isoformat()}',"
                      f"'{g.mobile.replace('-', '')}','{g.email}','{g.addr.postal}',"
                      f"'{g.addr.full()}','{s.corporate_number()}')")
        s.rows(path, g, [("person_name", g.name()), ("person_name", g.kana()),
                         ("address", g.addr.full()), ("postal_code", g.addr.postal),
                         ("phone_number", g.mobile), ("email_address", g.email),
                         ("date_of_birth", g.born)])
    out.append("INSERT INTO `guests` VALUES " + ",\n".join(values) + ";")
    stays = []
    for i, g in enumerate(s.guests[:45]):
        d = s.stay()
        note = ""
        if i == 3:
            note = "アレルギー：卵"
            s.add(path, "sensitive", "アレルギー", g)
        stays.append(f"({500 + i},{ids[g.id]},'{R.choice(ROOMS)}','{d.isoformat()}',"
                     f"'{(d + timedelta(days=1)).isoformat()}','{s.my_number()}','{note}')")
    out.append("INSERT INTO `stays` VALUES " + ",\n".join(stays) + ";")
    s.share.write(path, "\n".join(out) + "\n")


def backup(s: Hotel) -> None:
    """September's 宿泊者名簿 (twelve guests, three foreign) and the VIP memo: a guest's 和暦
    birth, pacemaker and full-width mobile, another's rumoured record (前科); deflated."""
    path = "バックアップ/フロント_202409.zip"
    register_name, memo_name = "202409/宿泊者名簿_202409.csv", "202409/VIPメモ.txt"
    register = register_csv(s, f"{path}!{register_name}", s.guests[50:58] + s.guests[:4],
                            s.foreign[6:9], 9)
    v, w = s.guests[56], s.guests[57]
    memo = (f"VIP・要注意顧客メモ（2024年9月）\n"
            f"・{v.name()}様（{v.kana('')}）… 毎年9月に来館。{wareki(v.born, gannen=False)}生まれ。"
            f"ペースメーカー使用のため電磁調理器を避ける。\n"
            f"  連絡先 {v.mobile.translate(FULL_WIDTH)}\n"
            f"・{w.name()}様 … 過去に料金未払いあり（2023年）。"
            f"前科があるとの噂は未確認なので口外しないこと。\n"
            f"・株式会社サンプル商事様の会員番号 {s.corporate_number()} は法人割引対象。\n")
    inner = f"{path}!{memo_name}"
    s.rows(inner, v, [("person_name", v.name()), ("person_name", v.kana("")),
                      ("date_of_birth", v.born), ("sensitive", "ペースメーカー"),
                      ("phone_number", v.mobile)])
    s.rows(inner, w, [("person_name", w.name()), ("sensitive", "前科")])
    s.share.write_zip(path, [(register_name, register.encode("cp932")),
                             (memo_name, memo.encode())], zipfile.ZIP_DEFLATED)


def shuttle(s: Hotel) -> None:
    """送迎シフト: the first four employees by surname (neutral); the 管理番号 are licence
    numbers in form (check digit and all) but no one's licence."""
    R = s.rng
    path = "総務/送迎シフト_202410.tsv"
    lines = ["日付\t運転者\t車両\t管理番号\t行先\t乗車人数\n"]
    for i in range(10):
        driver = s.staff[i % 4]
        lines.append(f"2024-10-{i + 1:02d}\t{driver.last}\t品川300あ{R.randint(1000, 9999)}\t"
                     f"{s.licence()}\t{R.choice(['品川駅', '羽田空港', '東京駅'])}\t"
                     f"{R.randint(1, 9)}\n")
        s.add(path, "person_name", driver.last, driver, neutral=True)
    s.share.write(path, "".join(lines))
