"""The marriage agency's system exports: the 全銀 口座振替 file, the card payments CSV and the
bank's 入金明細 TSV (half-width kana), the member app's login log, the matching system's SQL
dump and last year's backup zip (an old CP932 台帳 and a 退会者メモ)."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime

from .identifiers import luhn_number
from .japanese import bank_kana, half_width_kana, wareki, wareki_short
from .marriage_agency_people import BANKS, Agency
from .share import csv_text, sql_create

LOGIN_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"


def transfer_file(s: Agency) -> None:
    """全銀 口座振替 (CP932, 120-byte records but the header) of 28 members: holder in
    half-width kana, account number, 会員番号 as the customer number."""
    R = s.rng
    path = "経理/口座振替/ZENGIN_202406.txt"
    lines = ["1" + "91" + "0" + "1234567890" + "ｶ)ﾌﾞﾗｲﾀﾞﾙｴﾝ".ljust(40) + "0627" + "0005"
             + "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ".ljust(15) + "101" + "ｱｵﾔﾏ".ljust(15) + "1" + "1122334" + " " * 17]
    s.debited = R.sample(s.members, 28)
    total = 0
    for p in s.debited:
        bank = R.choice(BANKS)
        acct = f"{R.randint(0, 9999999):07d}"
        holder = bank_kana(p.kana())
        amount = R.choice([11000, 16500, 22000])
        total += amount
        lines.append("2" + bank[0] + bank[1].ljust(15) + f"{R.randint(1, 999):03d}"
                     + "ｼﾃﾝ".ljust(15) + " " * 4 + "1" + acct + holder.ljust(30)
                     + f"{amount:010d}" + "0" + p.mno.ljust(20) + "0" + " " * 8)
        s.add(path, "bank_account", acct, p)
        s.add(path, "person_name", holder, p)
    lines.append("8" + f"{len(s.debited):06d}" + f"{total:012d}" + "0" * 36 + " " * 65)
    lines.append("9" + " " * 119)
    text = "\r\n".join(line.ljust(120)[:120] if i else line for i, line in enumerate(lines))
    s.share.write(path, text + "\r\n", "cp932")


def card_payments(s: Agency) -> None:
    """クレジット決済 (UTF-8 with BOM) of 22 members not on 口座振替: kana holder, the number
    grouped by four 40% of the time, expiry MM/YY; 請求書番号 passes Luhn."""
    R = s.rng
    path = "経理/クレジット決済_2024上期.csv"
    s.carded = R.sample([m for m in s.members if m not in s.debited], 22)
    rows = [["請求書番号", "会員番号", "カード名義", "カード番号", "有効期限", "金額", "決済日",
             "区分"]]
    for p in s.carded:
        invoice = luhn_number(R, "4", 16)
        num = s.card(R.choice(["visa", "visa", "mc", "jcb", "amex"]))
        exp = f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"
        p.card = (num, exp)
        shown = num if R.random() < 0.6 else " ".join(num[i:i + 4] for i in range(0, len(num), 4))
        rows.append([invoice, p.mno, p.kana(), shown, exp, R.choice([110000, 16500, 33000]),
                     s.between(date(2024, 1, 1), date(2024, 6, 30)).isoformat(),
                     R.choice(["入会金", "月会費", "成婚料"])])
        s.rows(path, p, [("person_name", p.kana()), ("credit_card_number", num),
                         ("card_expiry", exp)])
    s.share.write(path, csv_text(rows), "utf-8-sig")


def deposits(s: Agency) -> None:
    """入金明細 (TSV, LF) of 15 members' 入会金: the payer in half-width kana; 振込依頼番号
    passes Luhn."""
    R = s.rng
    path = "経理/入金明細_202405.tsv"
    lines = ["振込依頼番号\t入金日\t振込依頼人\t金額\t会員番号\t備考"]
    for p in R.sample(s.members, 15):
        ref = luhn_number(R, "5" + str(R.randint(1, 5)), 16)
        holder = bank_kana(p.kana())
        lines.append(f"{ref}\t2024/05/{R.randint(1, 31):02d}\t{holder}\t"
                     f"{R.choice([110000, 220000])}\t{p.mno}\t入会金")
        s.add(path, "person_name", holder, p)
    s.share.write(path, "\n".join(lines) + "\n")


def login_log(s: Agency) -> None:
    """The member app's June log (JSONL): 30 members, one to three logins from one address each
    (three ranges drawn, one kept)."""
    R = s.rng
    path = "システム/logs/member_login_202406.jsonl"
    out = []
    for p in R.sample(s.members, 30):
        ranges = [f"126.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                  f"153.{R.randint(128, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                  f"49.{R.randint(96, 111)}.{R.randint(0, 255)}.{R.randint(1, 254)}"]
        ip = R.choice(ranges)
        for _ in range(R.randint(1, 3)):
            ts = datetime(2024, 6, R.randint(1, 30), R.randint(0, 23), R.randint(0, 59),
                          R.randint(0, 59))
            result = R.choice(["success", "success", "fail"])
            version = f"3.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(100, 250)}"
            out.append(json.dumps({"ts": ts.isoformat() + "+09:00", "event": "login",
                                   "member_id": p.mno, "ip": ip, "result": result,
                                   "app_version": version, "ua": LOGIN_UA}, ensure_ascii=False))
        s.add(path, "ip_address", ip, p)
    s.share.write(path, "".join(line + "\n" for line in out))


def matching_dump(s: Agency) -> None:
    """The matching system's dump: every member (birthday, mail, unhyphened tel), 40 photos and
    the first 20 introductions (お見合い pairs)."""
    R = s.rng
    path = "システム/db/matching_20240601.sql"
    out = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Database: matching", "",
           "DROP TABLE IF EXISTS `members`;",
           sql_create("members", "member_id varchar(12) NOT NULL, name varchar(64), "
                      "name_kana varchar(64), birthday date, email varchar(255), tel varchar(20), "
                      "pref varchar(10), income int, created_at datetime", key="member_id",
                      lines=True)]
    values = []
    for p in s.members:
        values.append(f"('{p.mno}','{p.name('')}','{p.kana('')}','{p.born.isoformat()}',"
                      f"'{p.email}','{p.mobile.replace('-', '')}','{p.addr.pref}',{p.income},"
                      f"'{p.join.isoformat()} 10:00:00')")
        s.rows(path, p, [("person_name", p.name("")), ("person_name", p.kana("")),
                         ("date_of_birth", p.born), ("email_address", p.email),
                         ("phone_number", p.mobile)])
    out.append("INSERT INTO `members` VALUES " + ",\n".join(values) + ";")
    out += ["", sql_create("photos", "photo_id int NOT NULL, member_id varchar(12), "
                           "path varchar(255), uploaded_at datetime", lines=True)]
    photos = [f"({k + 1},'{p.mno}','/photos/{p.mno}_{k % 3 + 1}.jpg',"
              f"'2024-0{R.randint(1, 5)}-1{R.randint(0, 9)} 12:00:00')"
              for k, p in enumerate(R.sample(s.members, 40))]
    out.append("INSERT INTO `photos` VALUES " + ",\n".join(photos) + ";")
    out += ["", sql_create("introductions", "intro_id int, from_member varchar(12), "
                           "to_member varchar(12), sent_on date, status varchar(10)", lines=True)]
    intros = [f"({k + 1},'{m.mno}','{f.mno}','2024-05-{R.randint(10, 28)}',"
              f"'{R.choice(['sent', 'accepted', 'declined'])}')"
              for k, (m, f) in enumerate(s.omiai[:20])]
    out.append("INSERT INTO `introductions` VALUES " + ",\n".join(intros) + ";")
    s.share.write(path, "\n".join(out) + "\n")


def backup(s: Agency) -> None:
    """backup_20231231.zip: the 2023 台帳 (CP932; half-width kana with small kana left
    full-width, R/H/S births, unhyphened tel) of 20 members, and a 退会者メモ of five others
    (a heart condition sensitive)."""
    R = s.rng
    path = "バックアップ/backup_20231231.zip"
    old = R.sample(s.members, 20)
    ledger, memo = "backup/旧会員台帳_2023.csv", "backup/退会者メモ.txt"
    rows = [["会員番号", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "TEL", "住所"]]
    for p in old:
        kana = half_width_kana(p.kana(), small=False)
        rows.append([p.mno, p.name(""), kana, wareki_short(p.born, padded=False),
                     p.mobile.replace("-", ""), p.addr.short()])
        s.rows(f"{path}!{ledger}", p, [("person_name", p.name("")), ("person_name", kana),
                                       ("date_of_birth", p.born), ("phone_number", p.mobile),
                                       ("address", p.addr.short())])
    lines = ["退会者メモ（2023年度）", ""]
    for p in R.sample([m for m in s.members if m not in old], 5):
        left = s.between(date(2023, 4, 1), date(2023, 12, 20))
        reason = R.choice(["他社で成婚", "転勤のため", "体調不良（持病の心臓病悪化）", "活動休止"])
        lines.append(f"{wareki(left)}退会　{p.name()}（{wareki(p.born)}生）　理由：{reason}")
        s.rows(f"{path}!{memo}", p, [("person_name", p.name()), ("date_of_birth", p.born)])
        if "心臓病" in reason:
            s.add(f"{path}!{memo}", "sensitive", "心臓病", p)
    s.share.write_zip(path, [(ledger, csv_text(rows).encode("cp932")),
                             (memo, "\n".join(lines).encode("utf-8"))], zipfile.ZIP_DEFLATED)
