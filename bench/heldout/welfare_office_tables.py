"""The welfare division's tables: a SQL dump, CSV/TSV exports, xlsx ledgers, JSONL and SQLite."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from openpyxl.styles import Alignment

from .identifiers import corporate_number
from .japanese import half_width_kana, wareki, wareki_short
from .share import csv_text, sql_create, workbook
from .welfare_office_people import CITY, TOWNS, Office

SH_KIND = ["視覚障害", "聴覚障害", "肢体不自由", "内部障害（心臓）", "内部障害（じん臓）",
           "知的障害", "精神障害", "音声・言語機能障害"]
PROVIDER_NAMES = ["社会福祉法人 富士の里", "医療法人社団 白糸会", "株式会社ケアネット富士",
                  "社会福祉法人 あさぎり福祉会", "有限会社 ひだまり介護"]


def seiho_dump(o: Office) -> None:
    """生活保護 recipients' database dump, with the case workers' logins."""
    R = o.rng
    rel = "保護係/db/seiho_backup_20241031.sql"
    lines = ["-- MySQL dump 10.13  Distrib 5.7.44", "-- Host: 10.20.1.15    Database: seiho",
             "SET NAMES utf8mb4;",
             sql_create("jukyusha", "case_no varchar(10), atena_no char(12), shimei varchar(40), "
                        "kana varchar(60), seinengappi date, jusho varchar(120), tel varchar(15), "
                        "byomei varchar(40), kaishi_bi date, tanto varchar(20)"),
             "INSERT INTO `jukyusha` VALUES"]
    vals = []
    for h in o.seiho:
        p = h.head
        an = o.atena()
        o.add(rel, "my_number", an, None, True)
        vals.append(f"('{h.case}','{an}','{p.full('　')}','{p.kana()}','{p.dob}','{h.addr_city}',"
                    f"'{o.phone(h.home, 1)}','{h.disease}','{h.start}','{h.tanto.full('')}')")
        o.add(rel, "person_name", p.full(), p.id)
        o.add(rel, "person_name", p.kana(), p.id)
        o.add(rel, "date_of_birth", p.dob.isoformat(), p.id)
        o.add(rel, "address", h.addr_city, p.id)
        o.add(rel, "phone_number", h.home, p.id)
        o.add(rel, "sensitive", h.disease, p.id)
        o.add(rel, "person_name", h.tanto.full(), h.tanto.id)
    lines.append(",\n".join(vals) + ";")
    lines.append(sql_create("users", "login varchar(20), pw_hash varchar(64), last_ip varchar(15)"))
    users = []
    for s in o.staff[:4]:
        login = s.mail.split("@")[0]
        pw = f"Fuji{R.randint(1000, 9999)}!{R.choice('abcxyz')}"
        ip = f"10.20.{R.randint(1, 9)}.{R.randint(10, 250)}"
        users.append(f"('{login}','{pw}','{ip}')")
        o.add(rel, "credential", pw, s.id)
        o.add(rel, "ip_address", ip, s.id)
    lines.append("INSERT INTO `users` VALUES " + ",".join(users) + ";")
    o.add(rel, "ip_address", "10.20.1.15", None, True)
    o.share.write(rel, "\n".join(lines) + "\n")


def shogai_ledger(o: Office) -> None:
    """障害者手帳 ledger: three sheets, a merged title and a two-row header."""
    R = o.rng
    chosen = R.sample([p for p in o.people if p.hh], 26)
    rel = "障害福祉係/身体障害者手帳_交付台帳.xlsx"
    wb, ws = workbook("身体", "身体障害者手帳 交付台帳（令和6年10月末現在）", "A1:I1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("C2:D2")
    ws["C2"] = "氏名"
    ws.append(["手帳番号", "宛名番号", "漢字", "フリガナ", "生年月日", "住所", "障害名", "等級",
               "交付日"])
    ws2 = wb.create_sheet("精神")
    ws2.append(["精神障害者保健福祉手帳", None, None, None, None, None])
    ws2.append(["手帳番号", "氏名", "生年月日", "住所", "電話", "病名", "等級"])
    ws3 = wb.create_sheet("療育")
    ws3.append(["療育手帳番号", "氏名", "かな", "生年月日", "保護者", "判定"])
    for i, p in enumerate(chosen):
        h = p.hh
        kind = R.choice(SH_KIND)
        if i % 3 == 0:
            ws2.append([f"静{R.randint(10000, 99999)}", p.full(" "), wareki(p.dob), h.addr,
                        o.phone(h.home, 1), h.disease, f"{R.randint(1, 3)}級"])
            o.add(rel, "person_name", p.full(), p.id)
            o.add(rel, "date_of_birth", p.dob.isoformat(), p.id)
            o.add(rel, "address", h.addr, p.id)
            o.add(rel, "phone_number", h.home, p.id)
            o.add(rel, "sensitive", h.disease, p.id)
            o.add(rel, "sensitive", "精神障害者保健福祉手帳", None, True)
        elif i % 5 == 1 and p.dob.year > 2005 and h.head is not p:
            ws3.append([f"A{R.randint(100, 999)}", p.full("　"), p.kana(" "), p.dob,
                        h.head.full("　"), "B1"])
            o.add(rel, "person_name", p.full(), p.id)
            o.add(rel, "person_name", p.kana(), p.id)
            o.add(rel, "date_of_birth", p.dob.isoformat(), p.id)
            o.add(rel, "person_name", h.head.full(), h.head.id)
        else:
            an = o.atena()
            ws.append([f"第{R.randint(100000, 999999)}号", an, p.full("　"), p.kana(), p.dob,
                       h.addr_city, kind, f"{R.randint(1, 6)}級",
                       o.rdate(date(2010, 1, 1), date(2024, 9, 30))])
            o.add(rel, "my_number", an, None, True)
            o.add(rel, "person_name", p.full(), p.id)
            o.add(rel, "person_name", p.kana(), p.id)
            o.add(rel, "date_of_birth", p.dob.isoformat(), p.id)
            o.add(rel, "address", h.addr_city, p.id)
            o.add(rel, "sensitive", kind, p.id)
    o.share.save(rel, wb)


def kokuho_list(o: Office) -> None:
    """国保 insured list, a CP932 Excel export with 宛名番号 that pass the My Number check."""
    rel = "国保係/国保被保険者一覧_202410.csv"
    rows = [["記号", "被保険者番号", "宛名番号", "氏名", "氏名カナ", "性別", "生年月日", "郵便番号",
             "住所", "電話番号", "基礎年金番号", "資格取得日"]]
    for h in o.kokuho:
        for p in h.members:
            an = o.atena()
            rows.append(["富宮", p.hins, an, p.full("　"), p.kana(" "),
                         "男" if p.sex == "M" else "女", p.dob.strftime("%Y/%m/%d"),
                         f"{h.postal[:3]}-{h.postal[3:]}", h.addr,
                         o.phone(h.home, 1), f"{p.pension[:4]}-{p.pension[4:]}",
                         o.rdate(date(2000, 4, 1), date(2024, 4, 1)).strftime("%Y/%m/%d")])
            o.add(rel, "my_number", an, None, True)
            for c, v in [("person_name", p.full()), ("person_name", p.kana()),
                         ("date_of_birth", p.dob.isoformat()), ("postal_code", h.postal),
                         ("address", h.addr), ("phone_number", h.home),
                         ("basic_pension_number", p.pension),
                         ("health_insurance_number", p.hins)]:
                o.add(rel, c, v, p.id)
    o.share.write(rel, csv_text(rows), "cp932")


def kaigo_list(o: Office) -> None:
    """要介護 certified list (TSV), naming the care providers with their 法人番号."""
    R = o.rng
    for i in range(5):
        name = R.choice(PROVIDER_NAMES) + ("" if i < 3 else f" {i}")
        number = "22" + o.nd(8)
        o.providers.append((name, number, corporate_number(R)))
    rel = "介護保険係/要介護認定者一覧.tsv"
    rows = [["被保険者番号", "氏名", "フリガナ", "生年月日", "性別", "住所", "要介護度",
             "認定有効期間", "居宅介護支援事業所", "事業所番号", "法人番号", "主治医意見書_病名"]]
    for h in o.elders:
        for p in h.members:
            pr = R.choice(o.providers)
            kh = "0" + o.nd(9)
            p.kaigo = kh
            rows.append([kh, p.full(""), p.kana(""), wareki_short(p.dob),
                         "男" if p.sex == "M" else "女", h.addr_short,
                         R.choice(["要支援1", "要介護1", "要介護2", "要介護3", "要介護4"]),
                         f"{wareki(date(2024, 4, 1))}～{wareki(date(2025, 3, 31))}",
                         pr[0], pr[1], pr[2], h.disease])
            for c, v in [("person_name", p.full()), ("person_name", p.kana()),
                         ("date_of_birth", p.dob.isoformat()), ("address", h.addr_short),
                         ("health_insurance_number", kh), ("sensitive", h.disease)]:
                o.add(rel, c, v, p.id)
            o.add(rel, "corporate_number", pr[2], None, True)
            o.add(rel, "person_name", pr[0], None, True)
    o.share.write(rel, csv_text(rows, "\t"))


def jidou_list(o: Office) -> None:
    """児童手当 recipients (xlsx) and one label|value form sheet."""
    rel = "子ども未来課/児童手当/受給者一覧_R6.xlsx"
    wb, ws = workbook("一覧")
    ws.append(["受付番号", "請求者", "請求者個人番号", "児童氏名", "児童生年月日", "児童個人番号",
               "口座番号"])
    for h in o.families:
        p = h.members[0]
        acct = o.nd(7)
        for ch in h.members[2:]:
            rn = o.atena()
            ws.append([rn, p.full("　"), p.mn, ch.full("　"), ch.dob, ch.mn, acct])
            o.add(rel, "my_number", rn, None, True)
            for c, v, who in [("person_name", p.full(), p), ("my_number", p.mn, p),
                              ("person_name", ch.full(), ch),
                              ("date_of_birth", ch.dob.isoformat(), ch),
                              ("my_number", ch.mn, ch), ("bank_account", acct, p)]:
                o.add(rel, c, v, who.id)
    form = wb.create_sheet("様式_個票")
    h = o.families[-1]
    p = h.members[0]
    for k, v in [("請求者氏名", p.full(" ")), ("生年月日", wareki(p.dob)), ("個人番号", p.mn),
                 ("住所", h.addr), ("電話", o.phone(h.home, 1)),
                 ("受付日", wareki(date(2024, 6, 3)))]:
        form.append([k, v])
    for c, v in [("person_name", p.full()), ("date_of_birth", p.dob.isoformat()),
                 ("my_number", p.mn), ("address", h.addr), ("phone_number", h.home)]:
        o.add(rel, c, v, p.id)
    o.share.save(rel, wb)


def juminhyo_extract(o: Office) -> None:
    """住民票 households extract (JSONL) from the 市民課 link."""
    rel = "市民課連携/住民票抽出_世帯.jsonl"
    out = []
    for h in o.households[:20]:
        hd = h.head
        for i, p in enumerate(h.members):
            relation = "世帯主" if i == 0 else ("妻" if p.sex == "F" else "夫") if i == 1 else "子"
            out.append(json.dumps({
                "atena_no": o.atena(), "setai_no": o.nd(10), "shimei": p.full("　"),
                "kana": p.kana(), "seinengappi": p.dob.strftime("%Y%m%d"), "zokugara": relation,
                "setainushi": hd.full("　"), "jusho": h.addr, "yubin": h.postal,
                "tennyu_bi": o.rdate(date(1990, 1, 1), date(2024, 1, 1)).isoformat(),
            }, ensure_ascii=False))
            for c, v in [("person_name", p.full()), ("person_name", p.kana()),
                         ("date_of_birth", p.dob.isoformat()), ("address", h.addr),
                         ("postal_code", h.postal)]:
                o.add(rel, c, v, p.id)
            o.add(rel, "person_name", hd.full(), hd.id)
    for line in out:
        o.add(rel, "my_number", json.loads(line)["atena_no"], None, True)
    o.share.write(rel, "\n".join(out) + "\n")


def minsei_roster(o: Office) -> None:
    """民生委員 roster, UTF-8 with a BOM as Excel saves it."""
    rel = "福祉総務/民生委員児童委員名簿.csv"
    rows = [["地区", "氏名", "ふりがな", "住所", "電話", "携帯", "委嘱日", "生年月日"]]
    for m in o.minsei:
        rows.append([m.town + "地区", m.full(" "), m.kana(" "), m.addr, o.phone(m.home, 1),
                     o.phone(m.mobile, 0), wareki(date(2022, 12, 1)), wareki(m.dob)])
        for c, v in [("person_name", m.full()), ("person_name", m.kana()), ("address", m.addr),
                     ("phone_number", m.home), ("phone_number", m.mobile),
                     ("date_of_birth", m.dob.isoformat())]:
            o.add(rel, c, v, m.id)
    o.share.write(rel, "\ufeff" + csv_text(rows))


def transfer_export(o: Office) -> None:
    """口座振替 export: CP932 with half-width kana headers and names, as banks take them."""
    R = o.rng
    rel = "国保係/口座振替/KZFR_202410.csv"
    rows = [["ｷｮｳｸﾞｺｰﾄﾞ", "ｷﾝﾕｳｷｶﾝｺｰﾄﾞ", "ｼﾃﾝｺｰﾄﾞ", "ﾖｷﾝｼｭﾓｸ", "ｺｳｻﾞﾊﾞﾝｺﾞｳ", "ｺｳｻﾞﾒｲｷﾞ",
             "ﾌﾘｶｴｷﾝｶﾞｸ", "ｼﾞｭﾖｳｶｺｰﾄﾞ"]]
    for h in o.kokuho[:15]:
        p = h.head
        acct = o.nd(7)
        rows.append(["1", R.choice(["0149", "0150", "0005", "9900"]), f"{R.randint(1, 999):03d}",
                     "1", acct, half_width_kana(p.kana(" ")), str(R.randint(3, 60) * 1000),
                     o.nd(12)])
        o.add(rel, "bank_account", acct, p.id)
        o.add(rel, "person_name", half_width_kana(p.kana(" ")), p.id)
    o.share.write(rel, csv_text(rows), "cp932")


def staff_roster(o: Office) -> None:
    """The staff list HR keeps (home address, 個人番号) and the extension sheet."""
    R = o.rng
    rel = "総務/職員名簿_福祉部_2024.xlsx"
    wb, ws = workbook("職員", "福祉部 職員名簿（人事用・持出禁止）", "A1:J1")
    ws.append(["職員番号", "所属", "氏名", "カナ", "生年月日", "入庁日", "自宅住所", "郵便番号",
               "携帯電話", "個人番号"])
    for s in o.staff:
        ws.append([f"{R.randint(100000, 999999)}", s.dept, s.full(" "), s.kana(" "), s.dob, s.hired,
                   s.home_addr, s.home_postal, o.phone(s.mobile, 1), s.mn])
        for c, v in [("person_name", s.full()), ("person_name", s.kana()),
                     ("date_of_birth", s.dob.isoformat()), ("address", s.home_addr),
                     ("postal_code", s.home_postal), ("phone_number", s.mobile),
                     ("my_number", s.mn)]:
            o.add(rel, c, v, s.id)
    ext = wb.create_sheet("内線")
    ext.append(["氏名", "内線", "メール"])
    for s in o.staff:
        ext.append([s.full(""), s.ext, s.mail])
        o.add(rel, "email_address", s.mail, s.id)
        o.add(rel, "phone_number", s.ext, s.id, True)
    o.share.save(rel, wb)


def auth_log(o: Office) -> None:
    """Who logged in from where (JSONL), each query naming a 宛名番号."""
    R = o.rng
    rel = "システム/auth_log_202411.jsonl"
    out = []
    for _ in range(30):
        s = R.choice(o.staff)
        ip = f"10.20.{R.randint(1, 9)}.{R.randint(10, 250)}"
        ts = (f"2024-11-{R.randint(1, 28):02d}T{R.randint(8, 18):02d}:{R.randint(0, 59):02d}"
              ":00+09:00")
        out.append(json.dumps({"ts": ts, "user": s.mail.split("@")[0], "src_ip": ip,
                               "event": R.choice(["login", "logout", "search", "export"]),
                               "query_atena": o.atena()}))
        o.add(rel, "ip_address", ip, s.id)
    for line in out:
        o.add(rel, "my_number", json.loads(line)["query_atena"], None, True)
    o.share.write(rel, "\n".join(out) + "\n")


def provider_list(o: Office) -> None:
    """指定事業所 list: companies only, every value a hard negative."""
    R = o.rng
    rel = "介護保険係/指定事業所一覧.csv"
    rows = [["事業所番号", "事業所名", "法人番号", "所在地", "電話", "管理者"]]
    for pr in o.providers:
        tel = "0544" + o.nd(6)
        caddr = f"{CITY}{R.choice(TOWNS)}{R.randint(1, 999)}"
        rows.append([pr[1], pr[0], pr[2], caddr, o.phone(tel, 1), ""])
        o.add(rel, "address", caddr, None, True)  # post-blind fix 1: a company's address
        o.add(rel, "corporate_number", pr[2], None, True)
        o.add(rel, "phone_number", tel, None, True)
        o.add(rel, "person_name", pr[0], None, True)
    o.share.write(rel, csv_text(rows), "cp932")


def kyufu_db(o: Office) -> None:
    """介護保険 benefits SQLite: half-width kana names and 管理番号 look-alikes."""
    rel = "介護保険係/kyufu.sqlite"
    con = sqlite3.connect(o.share.path(rel))
    con.execute("CREATE TABLE hihokensha (hihoken_no TEXT, name_kana TEXT, birth TEXT, tel TEXT, "
                "jigyosho_no TEXT, kanri_no TEXT)")
    for h in o.elders[:10]:
        p = h.head
        con.execute("INSERT INTO hihokensha VALUES (?,?,?,?,?,?)",
                    (p.kaigo, half_width_kana(p.kana(" ")), p.dob.strftime("%Y-%m-%d"), h.home,
                     o.rng.choice(o.providers)[1], o.atena()))
        for c, v in [("health_insurance_number", p.kaigo),
                     ("person_name", half_width_kana(p.kana(" "))),
                     ("date_of_birth", p.dob.isoformat()), ("phone_number", h.home)]:
            o.add(rel, c, v, p.id)
    for (k,) in con.execute("SELECT kanri_no FROM hihokensha"):
        o.add(rel, "my_number", k, None, True)
    con.commit()
    con.close()
