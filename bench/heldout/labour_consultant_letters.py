"""The office's documents: three 資格取得届 drafts and two 資格喪失届 (.docx), three 労災 様式第5号
and a 診断書 (PDF), the handover memo, a client's 算定基礎 memo (CP932), the 資格取得届 manual
(.docx), a 源泉徴収票 (PDF), a client's 身元保証人 list (.docx) and the office's contact note.

Doctors, the clinic's phone and address, the clients' phones and addresses, the office's and its
staff's are neutral; the manual's 記入例 are in no record, the office's 法人番号 is.
"""

from __future__ import annotations

from datetime import timedelta

import docx

from .japanese import FULL_WIDTH, HYPHENS
from .labour_consultant_people import DOCTORS, OFFICE, Office, Person, jp_date, sex_word
from .share import label_table

INJURIES = [("右手示指挫創、末節骨骨折",
              "加工機械の清掃中、停止確認をせずにカバーを外したため右手示指を挟まれた。"),
            ("腰椎捻挫", "倉庫にて20kgの段ボールを持ち上げた際、腰部に激痛が走った。"),
            ("左足関節外果骨折", "配送先の階段で足を踏み外し転倒した。")]
CLINIC = ("東京都江東区亀戸1-5-7", "03-3681-4410")  # the 診断書's clinic
SICK = ("適応障害", "抑うつ状態", "睡眠障害")


def acquisitions(c: Office) -> None:
    """<client>_<name>_資格取得届_下書き.docx: the three latest hires' drafts."""
    for e in sorted(c.emps, key=lambda x: x.hired)[-3:]:
        co = e.company
        rel = f"04_手続/資格取得届/{co['name']}_{e.name2}_資格取得届_下書き.docx"
        d = docx.Document()
        d.add_heading("健康保険・厚生年金保険 被保険者資格取得届（下書き）", 1)
        d.add_paragraph(f"事業所整理記号：{co['seiri']}　事業所名称：{co['name']}　"
                        f"電話 {co['tel']}")
        label_table(d, [("被保険者氏名", e.name()), ("氏名（フリガナ）", e.kana()),
                        ("生年月日", jp_date(e.born, "kanji")), ("性別", sex_word(e)),
                        ("個人番号（または基礎年金番号）", e.mn),
                        ("取得年月日", jp_date(e.hired, "kanji")),
                        ("報酬月額", f"{e.salary:,}円"),
                        ("住所", f"〒{e.zip.replace('-', '－')}　{e.addr}"),
                        ("被扶養者", "有" if e.deps else "無")], "Table Grid")
        d.add_paragraph(f"提出者：{OFFICE['name']}　社会保険労務士 佐伯 真理子")
        c.save(rel, d)
        c.t_emp(rel, e, "kana dob mn zip")
        c.t(rel, "address", e.addr, e)
        c.t_company(rel, co, corp=False)
        c.t_staff(rel, 0, mail=False)


def losses(c: Office) -> None:
    """<name>_資格喪失届.docx: the last employees of clients 3 and 6, leaving in 2024."""
    for e in [c.companies[2]["emps"][-1], c.companies[5]["emps"][-1]]:
        co = e.company
        e.left = c.rdate(2024, 2024)
        rel = f"04_手続/喪失届/{e.name2}_資格喪失届.docx"
        d = docx.Document()
        d.add_heading("被保険者資格喪失届／雇用保険被保険者資格喪失届", 1)
        d.add_paragraph(f"{co['name']}（事業所整理記号 {co['seiri']}、"
                        f"適用事業所番号 {co['koyo_jigyo']}）")
        # (gen.py made the table with its rows; python-docx writes the same XML either way)
        label_table(d, [["氏名", "生年月日", "基礎年金番号", "雇用保険被保険者番号", "喪失年月日"],
                        [e.name(), jp_date(e.born, "slash"), e.pension_dashed.replace("-", "－"),
                         e.koyo, jp_date(e.left, "kanji")]], "Table Grid", 5)
        d.add_paragraph("喪失原因：自己都合退職　離職票：要（本人希望）")
        d.add_paragraph(f"健康保険証 回収済（記号 {e.hi_kigo} 番号 {e.hi_ban}）")
        c.save(rel, d)
        c.t_emp(rel, e, "dob pension hi")


def injuries(c: Office) -> None:
    """様式第5号_<name>_療養補償給付.pdf: three 労災 claims (the injury, how it happened, the
    hospital and its doctor, the employer's representative)."""
    rng = c.rng
    c.injured = [c.companies[5]["emps"][0], c.companies[9]["emps"][1], c.companies[3]["emps"][2]]
    for k, e in enumerate(c.injured):
        co, (injury, cause), doctor = e.company, INJURIES[k], DOCTORS[1 + k % 2]
        e.injury = injury
        rel = f"05_労災/{co['name']}/様式第5号_{e.name2}_療養補償給付.pdf"
        acc = c.rdate(2024, 2024)
        number = f"13-1-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-000"
        lines = [("療養補償給付たる療養の給付請求書（様式第5号）控", 14, 50),
                 (f"労働保険番号：{number}　事業の名称：{co['name']}", 10, 50),
                 (f"事業場所在地：{co['addr']}　電話 {co['tel']}", 10, 50),
                 (f"労働者の氏名：{e.name()}（{e.kana()}）　性別：{sex_word(e)}", 10, 50),
                 (f"生年月日：{jp_date(e.born, 'kanji')}　住所：{e.full_addr}", 10, 50),
                 (f"負傷年月日：{jp_date(acc, 'kanji')} 午後2時30分頃", 10, 50),
                 (f"傷病名：{injury}", 10, 50), (f"災害の原因及び発生状況：{cause}", 10, 50),
                 (f"指定病院：{doctor[0]}　担当医 {doctor[1]}", 10, 50)]
        lines.append((f"事業主：{co['name']} 代表取締役 {c.faker.name()}　証明日 "
                      f"{jp_date(acc + timedelta(days=3), 'kanji')}", 10, 50))
        c.pdf(rel, lines)
        c.t_emp(rel, e, "kana dob addr")
        c.t(rel, "sensitive", injury, e)
        c.t_company(rel, co, corp=False)
        c.t(rel, "person_name", doctor[1], None, True)


def sick_note(c: Office) -> None:
    """<client>_<name>_診断書.pdf: client 5's second employee's leave, 適応障害."""
    e = c.sick = c.companies[4]["emps"][1]
    rel = f"06_休職/{e.company['name']}_{e.name2}_診断書.pdf"
    c.pdf(rel, [("診　断　書", 16, 250),
                (f"氏名：{e.name()}　殿　　生年月日：{jp_date(e.born, 'kanji')}", 10, 50),
                (f"住所：{e.addr}", 10, 50), ("病名：適応障害、抑うつ状態", 10, 50),
                ("上記の診断により、令和6年10月1日より約3か月間の休養加療を要するものと"
                 "認める。", 10, 50),
                ("なお、睡眠障害の訴えが強く、服薬治療を継続中である。", 10, 50),
                (f"{DOCTORS[0][0]}　{CLINIC[0]}　電話 {CLINIC[1]}", 10, 50),
                (f"医師　{DOCTORS[0][1]}　㊞", 10, 50)])
    sick_truth(c, rel, e)


def sick_truth(c: Office, rel: str, e: Person,
               order: tuple[str, ...] = ("address", "person_name", "phone_number")) -> None:
    """The 診断書's records: the patient's name, birth date, address and diagnoses, then the
    clinic's address, doctor and phone (neutral) in `order`, as each file of it listed them."""
    c.t_emp(rel, e, "dob")
    c.t(rel, "address", e.addr, e)
    for s in SICK:
        c.t(rel, "sensitive", s, e)
    clinic = {"address": CLINIC[0], "person_name": DOCTORS[0][1], "phone_number": CLINIC[1]}
    for category in order:
        c.t(rel, category, clinic[category], None, True)


def handover(c: Office) -> None:
    """引継ぎメモ_小野寺→村井.txt: a leave, a move and a returned My Number at three clients."""
    rel = "10_メモ/引継ぎメモ_小野寺→村井.txt"
    c9, c10, c11 = c.companies[9:12]
    a, b, cc = c9["emps"][2], c10["emps"][3], c11["emps"][0]
    zen = FULL_WIDTH
    text = f"""引継ぎメモ（2024/11/1 小野寺）

■{c9["name"]}
・{a.last}さん（{a.name()}）産休予定。出産予定日 2025/1/20。産前産後休業取得者申出書を12月中に。
  本人携帯：{a.phone.replace("-", "－")}
・担当の{c9["hr"].last}さんは午前中しか電話つながらない（{c9["tel"]}）

■{c10["name"]}
・{b.name()}様 住所変更 → {b.pref}{b.addr}（〒{b.zip}）
・{b.name()}様 基礎年金番号 {b.pension[:4].translate(zen)}－{b.pension[4:].translate(zen)} 手帳紛失で再交付申請中

■{c11["name"]}
・{cc.last}{cc.first} 生年月日 {jp_date(cc.born, "fw")} マイナンバー {cc.mn.translate(zen)}
  → 取得届の個人番号欄、桁間違いで返戻。正しいのは上の番号。
"""  # noqa: E501
    c.share.write(rel, text)
    c.t(rel, "person_name", a.name(), a)
    c.t(rel, "phone_number", a.phone, a)
    c.t(rel, "sensitive", "産休予定", a, True)
    c.t(rel, "person_name", b.name(), b)
    c.t(rel, "address", b.full_addr, b)
    c.t(rel, "postal_code", b.zip, b)
    c.t(rel, "basic_pension_number", b.pension, b)
    c.t(rel, "person_name", cc.name(), cc)
    c.t(rel, "date_of_birth", cc.born.isoformat(), cc)
    c.t(rel, "my_number", cc.mn, cc)
    c.t(rel, "phone_number", c9["tel"], None, True)
    c.t(rel, "person_name", c9["hr"].last, None, True)


def santei_memo(c: Office) -> None:
    """<client 12>_算定基礎_手書き転記.txt (CP932): each employee's birth date in a drawn 和暦
    form, pension number full-width."""
    rng, co = c.rng, c.companies[11]
    rel = f"10_メモ/{co['name']}_算定基礎_手書き転記.txt"
    text = f"{co['name']}　算定基礎届 転記メモ（事業所整理記号 {co['seiri']}）\n"
    for e in co["emps"]:
        born = jp_date(e.born, rng.choice(["dot", "slash", "kanji"]))
        text += (f"{e.last}　{e.first}　{born}　年金{e.pension.translate(FULL_WIDTH)}　"
                 f"標準報酬 {e.salary // 1000}千円\n")
        c.t(rel, "person_name", e.name(), e)
        c.t(rel, "date_of_birth", e.born.isoformat(), e)
        c.t(rel, "basic_pension_number", e.pension, e)
    c.share.write(rel, text, "cp932")


def manual(c: Office) -> None:
    """手続マニュアル_資格取得届の書き方.docx: 記入例 (a check-valid My Number, 090-0000-0000)
    and the office's 法人番号."""
    rel = "11_マニュアル/手続マニュアル_資格取得届の書き方.docx"
    d = docx.Document()
    d.add_heading("資格取得届 記入マニュアル（所内用）", 1)
    d.add_paragraph("個人番号欄は12桁をハイフンなしで記入する。記入例：123456789018")
    d.add_paragraph("記入例：氏名 社労 太郎（シャロウ タロウ）、生年月日 昭和60年1月2日、"
                    "電話 090-0000-0000、メール test@example.com")
    d.add_paragraph(f"事業所整理記号は「01-イロハ」の形式。法人番号の例：{c.corp}（当事務所）")
    d.add_paragraph("基礎年金番号は「1234-567890」の10桁。雇用保険被保険者番号は「1234-567890-1」。")
    label_table(d, [("項目", "記入例"), ("報酬月額", "250,000円"), ("口座番号", "1234567")],
                "Table Grid")
    d.add_paragraph(f"問合せ：{OFFICE['name']} {OFFICE['tel']}")
    c.save(rel, d)
    c.t(rel, "corporate_number", c.corp)
    c.t(rel, "phone_number", OFFICE["tel"], None, True)


def withholding(c: Office) -> None:
    """源泉徴収票_<name>.pdf: client 9's first employee with dependants, theirs listed."""
    emps = c.companies[8]["emps"]
    e = next((x for x in emps if x.deps), emps[0])
    co = e.company
    rel = f"03_年末調整/R5/源泉徴収票_{e.name2}.pdf"
    tax = c.rng.randint(50, 300) * 1000
    lines = [f"支払を受ける者 住所：{e.full_addr}",
             f"氏名：{e.name()}（{e.kana()}）　個人番号：{e.mn}",
             f"支払金額 {e.salary * 12:,}円　源泉徴収税額 {tax:,}円"]
    lines += [f"控除対象扶養親族：{d.name()}（{d.kana()}） 個人番号 {d.mn}" for d in e.deps]
    lines += [f"生年月日：{jp_date(e.born, 'kanji')}",
              f"支払者：{co['name']}　法人番号 {co['corp']}　{co['addr']}　電話 {co['tel']}"]
    c.pdf(rel, [("令和5年分 給与所得の源泉徴収票", 14, 50)] + [(t, 10, 50) for t in lines])
    c.t_emp(rel, e, "kana addr mn dob")
    for d in e.deps:
        c.t_emp(rel, d, "kana mn")
    c.t_company(rel, co)


def guarantors(c: Office) -> None:
    """<client 4>_身元保証書_緊急連絡先.docx: six employees' 身元保証人 (a relative six times in
    ten), their phones typed with a drawn hyphen."""
    rng, co = c.rng, c.companies[3]
    rel = f"04_手続/{co['name']}_身元保証書_緊急連絡先.docx"
    d = docx.Document()
    d.add_heading(f"{co['name']} 身元保証人・緊急連絡先一覧", 1)
    rows = [("社員", "保証人氏名", "続柄", "保証人住所", "電話")]
    for e in co["emps"][:6]:
        surname = (e.last, e.last_kana) if rng.random() < 0.6 else None
        g = c.person("", (1945, 1970), surname)
        c.real.append(g)
        kin = rng.choice(["父", "母", "兄", "叔父"] if g.last == e.last else ["義父", "知人"])
        phone = g.phone.replace("-", rng.choice(["-", *HYPHENS]))
        rows.append((e.name() + " 殿", g.name() + " 様", kin, g.full_addr, phone))
        c.t(rel, "person_name", e.name(), e)
        c.t(rel, "person_name", g.name(), g)
        c.t(rel, "address", g.full_addr, g)
        c.t(rel, "phone_number", g.phone, g)
    label_table(d, rows, "Table Grid", 5)
    c.save(rel, d)


def contacts(c: Office) -> None:
    """事務所連絡先.txt: the office's address, phones and 法人番号, the 年金事務所's and
    ハローワーク's phones."""
    rel = "10_メモ/事務所連絡先.txt"
    c.share.write(rel, f"{OFFICE['name']}\n〒{OFFICE['zip']} {OFFICE['addr']}\n"
                       f"TEL {OFFICE['tel']} FAX {OFFICE['fax']}\n法人番号 {c.corp}\n"
                       "年金事務所 日本橋 03-3664-4001\nハローワーク飯田橋 03-3812-8609\n")
    c.t(rel, "address", OFFICE["addr"], None, True)
    c.t(rel, "postal_code", OFFICE["zip"], None, True)
    c.t(rel, "phone_number", OFFICE["tel"], None, True)
    c.t(rel, "phone_number", OFFICE["fax"], None, True)
    c.t(rel, "corporate_number", c.corp)
    c.t(rel, "phone_number", "03-3664-4001", None, True)
    c.t(rel, "phone_number", "03-3812-8609", None, True)
