"""Who the language school's share is about: 58 students from six countries (their dormitory
rooms, passports, 在留カード and part-time jobs), the sponsors abroad of the first 36 (natural
persons, counted), eight Japanese 身元保証人, ten teachers and staff (one a Vietnamese
interpreter), the managers at eight employers, the 行政書士, the dormitory's landlord and five
agents abroad; drawn from one random stream in gen.py's order, so the same seed names the same
people. The graduates, April applicants and web inquirers are drawn where their files are.

The truth keeps gen.py's values (names and addresses without spaces, phones as digits, a birth
date's ISO form, other categories as written), every record as gen.py added it, repeats too,
and the people count (anyone a record exposes) after the records. People are gen.py's dicts.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .identifiers import corporate_check, digits, my_number
from .language_school_names import (
    ACCT_LEN,
    BANKS_ABROAD,
    CN_F,
    CN_G,
    DORMS,
    HOME,
    addr_str,
    chinese_name,
    era,
    fdate,
    fmt_foreign,
    fmt_jp_phone,
    foreign_name,
    jp_addr,
    jp_mobile,
    jp_name,
    passport,
    phone_abroad,
    roma,
    zairyu,
)
from .share import Population, Share, mail_bytes, sign
from .truth import Truth, squeeze

STAMP = datetime(2025, 10, 1, 9, 0, 0)  # every office container member's and core date
MAIL_DATE = "Fri, 03 Oct 2025 10:12:00 +0900"
CLASSES = ["A1", "A2", "B1", "B2", "C1"]
ROLES = ["校長", "教務主任", "専任講師", "専任講師", "非常勤講師", "非常勤講師", "事務局長",
         "事務（留学生担当）", "事務（経理）", "ベトナム語通訳"]
SHOPS = [("株式会社ベストフーズ 新宿工場", "03-3200-"),
         ("ファミリーマート 大久保駅前店", "03-3361-"),
         ("ヤマト運輸 池袋ベース", "03-3985-"), ("居酒屋 とりや 高田馬場店", "03-3209-"),
         ("株式会社クリーンサービス東京", "03-3971-"), ("すき家 西早稲田店", "03-5272-"),
         ("セブンイレブン 北区滝野川店", "03-3910-"), ("株式会社日配センター 戸田", "048-441-")]
AGENCIES = [("ベトナム", "Sao Viet Education JSC", "saoviet-edu.vn"),
            ("ベトナム", "Hanoi Nihongo Center", "hanoinihongo.vn"),
            ("ネパール", "Everest Education Consultancy", "everest-edu.com.np"),
            ("スリランカ", "Lanka Japan Study Link", "ljsl.lk"),
            ("ミャンマー", "Golden Land Japanese School", "goldenland-js.com.mm")]
NATS = (["ベトナム"] * 20 + ["ネパール"] * 14 + ["中国"] * 8 + ["スリランカ"] * 6
        + ["ミャンマー"] * 5 + ["インドネシア"] * 5)
_SQUEEZED = frozenset({"person_name", "address"})
_DIGITS = frozenset({"phone_number", "postal_code", "my_number", "bank_account",
                     "corporate_number", "credit_card_number"})


@dataclass(eq=False)
class School(Population):
    """The seed's people (gen.py's dicts) and the school's own details."""

    used: set[str] = field(default_factory=set)
    students: list[dict] = field(default_factory=list)
    sponsors: list[dict] = field(default_factory=list)
    guarantors: list[dict] = field(default_factory=list)
    staff: list[dict] = field(default_factory=list)
    employers: list[dict] = field(default_factory=list)
    agents: list[dict] = field(default_factory=list)
    school: dict[str, str] = field(default_factory=dict)
    scrivener: dict = field(default_factory=dict)
    landlord: dict = field(default_factory=dict)
    lms_users: list[dict] = field(default_factory=list)
    ips: dict[str, str] = field(default_factory=dict)

    @property
    def jimu(self) -> dict:
        """事務（留学生担当）, who writes the mails."""
        return self.staff[7]

    # ---- draws as gen.py made them
    def uniq(self, nat: str) -> dict:
        """gen.py's uniq(foreign_name): a name whose romanization is not yet taken."""
        for _ in range(200):
            n = foreign_name(self.rng, nat)
            if n["roman"] not in self.used:
                self.used.add(n["roman"])
                return n
        raise SystemExit("names")

    def days(self, first: date, years: int) -> date:
        """gen.py's date + timedelta(days=randint(0, 365 * years))."""
        return first + timedelta(days=self.rng.randint(0, 365 * years))

    def phone(self, p: str, style: int | None = None) -> str:
        return fmt_jp_phone(self.rng, p, style)

    def abroad(self, someone: dict, number: str = "phone_nat") -> str:
        return fmt_foreign(self.rng, someone["cc"], someone[number])

    def fdate(self, d: date, style: int | None = None) -> str:
        return fdate(self.rng, d, style)

    # ---- truth
    def t(self, path: str, category: str, value: str, pid: str | None = None,
          neutral: bool = False) -> None:
        """gen.py's T(): names and addresses squeezed, numbers as digits, mail lower-case,
        passports and cards upper-case, the rest as written."""
        if category in _SQUEEZED:
            normal = squeeze(value)
        elif category in _DIGITS:
            normal = "".join(c for c in squeeze(value) if c.isdigit())
        elif category == "email_address":
            normal = value.lower()
        elif category in ("passport_number", "residence_card_number"):
            normal = squeeze(value).upper()
        else:
            normal = value
        self.truth.add(path, category, value, pid, neutral, normal=normal)

    def each(self, path: str, pid: str | None, pairs: list[tuple[str, str]]) -> None:
        """A (category, value) record each, all of one person."""
        for category, value in pairs:
            self.t(path, category, value, pid)

    def school_phones(self, path: str) -> None:
        """The school's TEL and FAX, neutral (a mail's signature)."""
        for v in (self.school["tel"], self.school["fax"]):
            self.t(path, "phone_number", v, None, True)

    def write_truth(self, outdir: Path) -> None:
        self.truth.write(outdir, len(self.truth.people()), meta_last=True)

    # ---- files
    def save(self, rel: str, document: Any) -> None:
        """gen.py's save_xlsx() and save_docx(): dated STAMP, author jimu, members re-zipped
        deflated with no mode."""
        sign(document, "jimu", "jimu", STAMP)
        if hasattr(document, "core_properties"):
            document.core_properties.last_modified_by = "jimu"
        self.share.save(rel, document)

    def mail(self, rel: str, frm: str, to: str, subject: str, body: str, cc: str = "",
             att: list[tuple[str, bytes, str, str]] | None = None) -> None:
        """gen.py's mail() (policy.SMTP): a Message-ID from the path's MD5 and the seed; an
        attachment's boundary drawn from the one stream, as email's generator drew it."""
        mid = (f"<{int(hashlib.md5(rel.encode()).hexdigest()[:10], 16)}.{self.seed}"
               f"@{self.school['dom']}>")
        boundary = f"{'=' * 15}{self.rng.randrange(sys.maxsize):019d}==" if att else ""
        self.share.write(rel, mail_bytes(frm, to, subject, MAIL_DATE, body, att or [], mid, cc,
                                         boundary=boundary, linesep="\r\n", smtp=True))

    def signature(self) -> str:
        s, j = self.school, self.jimu
        return (f"\n--\n{s['name']} 事務局\n{j['sp']}\nTEL {s['tel']} / FAX {s['fax']}\n"
                f"〒{s['zip']} {s['addr']}\n{j['mail']}\n")


def _students(a: School) -> None:
    rng = a.rng
    nats = list(NATS)
    rng.shuffle(nats)
    for i, nat in enumerate(nats):
        n = a.uniq(nat)
        dob = a.days(date(1996, 1, 1), 9)
        d = rng.choice(DORMS)
        room = rng.randint(101, 305)
        parts = n["roman"].split()
        user = parts[-1].lower() + "." + parts[0].lower()[:3] + str(rng.randint(10, 99))
        s = dict(n, pid=f"S{i + 1:03d}", sid=f"2024{rng.randint(1, 2)}{i + 1:03d}", nat=nat)
        s.update(sex=rng.choice("男女"), dob=dob, passport=passport(rng, nat), card=zairyu(rng))
        s.update(kigen=date(2026, rng.randint(1, 12), rng.randint(1, 28)), phone=jp_mobile(rng))
        s["email"] = user + rng.choice(["@gmail.com", "@yahoo.com", "@outlook.com"])
        rest = f"{d[2]}{rng.randint(1, 20)}-{rng.randint(1, 15)} {d[3]}{room}号室"
        s.update(addr={"pref": d[1], "rest": rest, "zip": d[0]}, cls=CLASSES[i % 5],
                 rate=round(rng.uniform(55, 100), 1))
        a.students.append(s)


def _sponsors(a: School) -> None:
    rng = a.rng
    for s in a.students[:36]:
        nat = s["nat"]
        if nat == "中国":
            n = chinese_name(next(x for x in CN_F if x[0] == s["fam"]), rng.choice(CN_G))
            rel = rng.choice(["父", "母"])
        else:
            n = a.uniq(nat)
            rel = rng.choice(["父", "母", "兄", "叔父"])
        cc, gen = phone_abroad(rng, nat)
        sp = dict(n, pid="F" + s["pid"][1:], nat=nat, rel=rel, cc=cc, phone_nat=gen())
        sp.update(home=rng.choice(HOME[nat]), bank=rng.choice(BANKS_ABROAD[nat]),
                  acct=digits(rng, ACCT_LEN[nat]))
        sp.update(job=rng.choice(["農業", "会社員", "自営業（雑貨店）", "公務員", "運送業"]),
                  income=rng.randint(18, 60) * 100000)
        sp["phone"] = cc + sp["phone_nat"]
        s["sponsor"] = sp
        a.sponsors.append(sp)


def _japanese(a: School) -> None:
    """The 保証人, the staff, the school, the employers, the 行政書士 and the landlord."""
    rng = a.rng
    for k in range(8):
        n = jp_name(rng)
        g = dict(n, pid=f"G{k + 1:02d}", addr=jp_addr(rng), phone=jp_mobile(rng))
        g.update(dob=a.days(date(1950, 1, 1), 25),
                 job=rng.choice(["会社役員", "自営業", "行政書士事務所職員", "飲食店経営"]))
        a.guarantors.append(g)
    for s in a.students:
        s["guar"] = rng.choice(a.guarantors)
    for k, r in enumerate(ROLES):
        if r == "ベトナム語通訳":
            n = a.uniq("ベトナム")
            n.update(kanji=None, sp=n["roman"])
        else:
            n = jp_name(rng)
        t = dict(n, pid=f"T{k + 1:02d}", role=r, addr=jp_addr(rng), phone=jp_mobile(rng),
                 mn=my_number(rng))
        t["dob"] = a.days(date(1960, 1, 1), 35)
        a.staff.append(t)
    base = "011101" + digits(rng, 6)
    a.school.update(name="東都国際日本語学院", dom="toto-nihongo.ac.jp", tel="03-5389-1234",
                    fax="03-5389-1235", addr="東京都新宿区高田馬場３－１４－２", zip="169-0075",
                    corp=corporate_check(base) + base)
    for k, t in enumerate(a.staff):
        user = roma(t["fam"]) if t["kanji"] else t["roman"].split()[-1].lower()
        t["mail"] = f"{user}{k}@{a.school['dom']}"
    for k, (shop, pre) in enumerate(SHOPS):
        n = jp_name(rng)
        a.employers.append(dict(n, pid=f"E{k + 1:02d}", shop=shop,
                                tel=pre + f"{rng.randint(1000, 9999)}", mobile=jp_mobile(rng)))
    for s in a.students:
        s["job"] = rng.choice(a.employers) if rng.random() < 0.7 else None
    g = jp_name(rng)
    a.scrivener = dict(g, pid="X01", office=f"{g['fam']}行政書士事務所",
                       tel="03-6457-" + str(rng.randint(1000, 9999)))
    a.scrivener["mail"] = f"{roma(g['fam'])}@gyosei-{rng.randint(10, 99)}.jp"
    a.scrivener["reg"] = f"第{rng.randint(10000000, 19999999)}号"
    g = jp_name(rng)
    a.landlord = dict(g, pid="X02", phone=jp_mobile(rng), addr=jp_addr(rng))


def populate(seed: int, share: Share) -> School:
    """Students, sponsors, 保証人, staff, the school, employers, 行政書士, landlord, agents."""
    share.keep_modes = False
    a = School.seeded(seed, share, Truth(form="full", repeats=True), seed, seed)
    _students(a)
    _sponsors(a)
    _japanese(a)
    for k, (nat, org, dom) in enumerate(AGENCIES):
        n = a.uniq(nat)
        cc, gen = phone_abroad(a.rng, nat)
        pn = gen()
        a.agents.append(dict(n, pid=f"A{k + 1:02d}", nat=nat, org=org, phone=cc + pn, pn=pn,
                             cc=cc, mail=n["roman"].split()[-1].lower() + "@" + dom))
    return a


__all__ = ["STAMP", "School", "addr_str", "era", "populate"]
