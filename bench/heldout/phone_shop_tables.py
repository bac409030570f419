"""The shop's tables: the CP932 POS export, the 新規契約台帳 (.xlsx: contracts with identity
document numbers, the payment sheet's cards and accounts, a filled-in form), the 家族割 list,
the old 本人確認 sheet with My Numbers, the shift table (staff's emergency contacts), the 下取り
台帳, the handset stock, the staff and suppliers' contact list and the 口座振替不能 list.

Hard negatives: Luhn-valid 伝票番号 and lot numbers, 管理番号 passing the My Number check,
IMEIs and ICCIDs with their check digits; the branch phones, kana readings and surnames alone
are neutral.
"""

from __future__ import annotations

from .identifiers import my_number
from .japanese import FULL_WIDTH
from .phone_shop_people import KOSUGI, SANGENJAYA, TEL_K, Person, Shop, dashed, era
from .share import csv_text, workbook

MODELS = ["iPhone 15 128GB", "Galaxy S24", "AQUOS sense8", "Pixel 8"]


def pos(c: Shop) -> None:
    """POS売上_202404_武蔵小杉.csv (CP932): 40 of 武蔵小杉's customers' sales."""
    rng, path = c.rng, "POS/POS売上_202404_武蔵小杉.csv"
    rows: list[list[object]] = [["伝票番号", "売上日", "店舗", "担当", "顧客名", "顧客カナ",
                                 "電話番号", "商品コード", "商品名", "IMEI", "金額", "支払"]]
    for p in [x for x in c.customers if x.branch == KOSUGI][:40]:
        slip = c.card("9", 16) if rng.random() < 0.3 else f"{rng.randint(0, 10**10):010d}"
        st = rng.choice(c.staff[:5])
        tel = p.mobile if rng.random() < 0.5 else dashed(p.mobile)
        rows.append([slip, f"2024/04/{rng.randint(1, 30):02d}", KOSUGI, st.last,
                     p.full(rng.random() < 0.5), p.reading, tel,
                     f"4549{rng.randint(0, 10**9):09d}", rng.choice(MODELS), p.imei,
                     rng.randint(20000, 160000), rng.choice(["現金", "クレジット", "分割"])])
        c.core(path, p, "name mobile kana")
        c.t(path, "person_name", st.last, st, True)
    c.share.write(path, csv_text(rows), "cp932")


def contracts(c: Shop) -> None:
    """新規契約台帳_2024上期.xlsx: 30 contracts a branch, the first 50 customers' payment, and
    the first customer's filled-in 申込書."""
    rng, path = c.rng, "契約/新規契約台帳_2024上期.xlsx"
    wb, ws = workbook("新規契約", "新規・MNP契約台帳（2024年上期）", bold=True)
    ws.append([])
    ws.append(["受付日", "店舗", "契約者氏名", "フリガナ", "生年月日", "住所", "連絡先",
               "本人確認書類", "書類番号", "MNP予約番号", "ICCID", "支払方法"])
    for br in [KOSUGI, SANGENJAYA]:
        ws.append([f"■ {br}"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=12)
        for p in [x for x in c.customers if x.branch == br][:30]:
            kind, num = p.id_doc()
            born = era(p.born, rng.randint(0, 1)) if rng.random() < 0.5 \
                else p.born.strftime("%Y/%m/%d")
            day = f"R6/{rng.randint(1, 6)}/{rng.randint(1, 28)}"
            addr = p.address(rng.random() < 0.7)
            ws.append([day, br, p.full(), p.reading, born, addr, dashed(p.mobile), kind, num,
                       p.mnp, p.iccid, "クレジット" if p.card else "口座振替"])
            c.core(path, p, "name dob mobile kana")
            c.core(path, p, "addr" if addr.startswith(p.addr[0]) else "addr_np")
            c.core(path, p, " ".join(p.id_field()))
    ws2 = wb.create_sheet("支払情報")
    ws2["A1"] = "月額料金 支払情報（取扱注意）"
    ws2.append(["契約者", "種別", "カード番号", "有効期限", "金融機関", "支店", "口座番号", "名義"])
    for p in c.customers[:50]:
        if p.card:
            grouped = " ".join(p.card[i:i + 4] for i in range(0, len(p.card), 4))
            ws2.append([p.full(False), "クレジット", grouped,
                        f"{p.exp[1]:02d}/{p.exp[0] % 100:02d}", "", "", "", ""])
            c.core(path, p, "name card exp")
        elif p.bank:
            ws2.append([p.full(False), "口座振替", "", "", *p.bank, p.reading or p.full()])
            c.core(path, p, "name bank kana")
    ws3 = wb.create_sheet("申込書_様式")
    p = c.customers[0]
    for row in [("申込日", "令和6年4月12日"), ("お名前", p.full()), ("フリガナ", p.reading),
                ("生年月日", era(p.born, 0)), ("ご住所", f"〒{p.addr[3]} {p.address()}"),
                ("携帯番号", p.mobile), ("メール", p.email), ("本人確認", " ".join(p.id_doc())),
                ("IMEI", p.imei), ("受付店舗", f"{KOSUGI} {TEL_K}")]:
        ws3.append(list(row))
    c.core(path, p, "pc email addr kana")
    c.tel(path, TEL_K)
    c.save(path, wb)


def family_list(c: Shop) -> None:
    """家族割グループ一覧.xlsx: every group's main line (home phone, address) and members."""
    rng, path = c.rng, "契約/家族割グループ一覧.xlsx"
    wb, ws = workbook("家族割")
    ws["A1"] = "家族割グループ一覧"
    ws.append(["グループID", "区分", "氏名", "続柄", "生年月日", "回線番号", "自宅電話", "住所"])
    for head, members in c.families:
        gid = f"FG{rng.randint(0, 999999):06d}"
        ws.append([gid, "主回線", head.full(), "本人", head.born.isoformat(), head.mobile,
                   head.home, head.address()])
        c.core(path, head, "name dob mobile home addr")
        for m in members:
            ws.append([gid, "副回線", m.full(), m.rel, m.born.isoformat(), m.mobile, "", ""])
            c.core(path, m, "name dob mobile")
    c.save(path, wb)


def id_checks(c: Shop) -> None:
    """本人確認チェック表_三軒茶屋_旧.csv: twelve My Numbers (some full-width, grouped) and eight
    licence numbers."""
    rng, path = c.rng, "契約/本人確認チェック表_三軒茶屋_旧.csv"
    rows = ["受付日,氏名,確認書類,番号,備考"]
    for p in [x for x in c.customers if x.idtype == "myn"][:12]:
        day = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}"
        n = p.mynum
        shown = n if rng.random() < 0.6 else f"{n[:4]}-{n[4:8]}-{n[8:]}".translate(FULL_WIDTH)
        rows.append(f"{day},{p.full()},マイナンバーカード,{shown},表面コピー済")
        c.core(path, p, "name myn")
    for p in [x for x in c.customers if x.idtype == "lic"][:8]:
        rows.append(f"{rng.randint(1, 12)}/{rng.randint(1, 28)},{p.full()},運転免許証,{p.lic},")
        c.core(path, p, "name lic")
    c.share.write(path, "\n".join(rows) + "\n")


def shifts(c: Shop) -> None:
    """シフト表_2024年5月.xlsx: the staff's shifts, and their mobiles, homes and emergency
    contacts (a person of their own, 'E' after the staff id)."""
    rng, path = c.rng, "店舗管理/シフト表_2024年5月.xlsx"
    wb, ws = workbook("5月")
    ws["A1"] = "2024年5月 シフト表"
    ws.append(["氏名", "店舗"] + [f"5/{d}" for d in range(1, 16)])
    for st in c.staff:
        ws.append([st.full(), rng.choice(["武蔵小杉", "三軒茶屋"])]
                  + [rng.choice(["早", "遅", "休", "通"]) for _ in range(15)])
        c.t(path, "person_name", st.name(""), st)
    ws2 = wb.create_sheet("緊急連絡先")
    ws2.append(["氏名", "携帯", "住所", "緊急連絡先", "続柄", "緊急連絡先電話"])
    for st in c.staff:
        contact = st.last + "\u3000" + rng.choice(["恵子", "正男", "和子", "博"])
        rel = rng.choice(["母", "父", "配偶者"])
        phone = f"0{rng.randint(7, 9)}0{rng.randint(0, 10**8):08d}"
        ws2.append([st.full(), st.mobile, st.address(), contact, rel, phone])
        c.core(path, st, "mobile addr")
        c.t(path, "person_name", contact.replace("\u3000", ""), st.id + "E")
        c.t(path, "phone_number", phone, st.id + "E")
    c.save(path, wb)


def trade_ins(c: Shop) -> None:
    """下取り台帳_2024.csv (tab-separated): 22 trade-ins (古物台帳: birth date, address,
    occupation, the identity document's number)."""
    rng, path = c.rng, "下取り/下取り台帳_2024.csv"
    rows = ["受付番号\t受付日\t氏名\t生年月日\t住所\t職業\t確認書類\t書類番号\t機種\tIMEI\t査定額"]
    for p in rng.sample(c.customers, 22):
        kind, num = p.id_doc()
        rows.append("\t".join([
            f"T{rng.randint(0, 10**7):07d}", f"2024-0{rng.randint(1, 6)}-{rng.randint(10, 28)}",
            p.full(), era(p.born, 1), p.address(False),
            rng.choice(["会社員", "自営業", "学生", "無職", "パート"]), kind, num, "iPhone 12",
            c.imei(), str(rng.randint(3, 40) * 1000)]))
        c.core(path, p, " ".join(["name", "dob", "addr_np", *p.id_field()]))
    c.share.write(path, "\n".join(rows) + "\n")


def stock(c: Shop) -> None:
    """端末在庫_20240515.csv: forty handsets, no one's."""
    rng, path = c.rng, "在庫/端末在庫_20240515.csv"
    rows = ["管理番号,JAN,機種,色,IMEI,ICCID,入荷日,ロット"]
    for _ in range(40):
        rows.append(f"{my_number(rng)},4549{rng.randint(0, 10**9):09d},"
                    f"{rng.choice(['iPhone15', 'Galaxy S24', 'Pixel 8a'])},"
                    f"{rng.choice(['黒', '白', '青'])},{c.imei()},{c.iccid()},"
                    f"2024/05/{rng.randint(1, 15):02d},{c.card('6', 16)}")
    c.share.write(path, "\n".join(rows) + "\n")


def contacts(c: Shop) -> None:
    """スタッフ・取引先連絡先.tsv: the staff's and three suppliers' contacts' mobiles and mail
    (a supplier's mail neutral)."""
    rng, path = c.rng, "店舗管理/スタッフ・取引先連絡先.tsv"
    rows = ["区分\t氏名\tよみ\t所属\t電話\tメール"]
    for st in c.staff:
        rows.append(f"社員\t{st.full()}\t{st.reading}\t{rng.choice([KOSUGI, SANGENJAYA])}\t"
                    f"{st.mobile}\t{st.email}")
        c.core(path, st, "name mobile email kana")
    for v, co in zip(c.vendors, ["キャリア代理店支援部", "端末卸 株式会社テレコムサプライ",
                                 "修理センター"], strict=True):
        mail = (f"v{rng.randint(100, 999)}@"
                f"{rng.choice(['telesupply.co.jp', 'carrier-agency.jp', 'repair-c.jp'])}")
        rows.append(f"取引先\t{v.full()}\t{v.reading}\t{co}\t{v.mobile}\t{mail}")
        c.core(path, v, "name mobile kana")
        c.t(path, "email_address", mail, v, True)
    c.share.write(path, "\n".join(rows) + "\n")


def dunning(c: Shop) -> None:
    """口座振替不能_督促対象.csv (UTF-8 with a BOM): fourteen account holders in arrears."""
    rng, path = c.rng, "請求/口座振替不能_督促対象.csv"
    rows = ["氏名,郵便番号,住所,電話,金融機関,口座番号,未収額"]
    debtors: list[Person] = [x for x in c.customers if x.bank][:14]
    for p in debtors:
        bank = p.bank or ("", "", "")
        rows.append(f"{p.full(False)}様,〒{p.addr[3]},{p.address()},{p.mobile},{bank[0]},"
                    f"{bank[2]},{rng.randint(3, 30) * 1000}")
        c.core(path, p, "name pc addr mobile bank")
    c.share.write(path, "\ufeff" + "\n".join(rows) + "\n")
