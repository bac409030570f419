"""The scrivener's cases as gen.py's build_world() drew them: the staff, 16 inheritances, five
guardianships, six companies, nine debtors and the others the files name, in its order."""

from __future__ import annotations

from datetime import date, timedelta

from .identifiers import corporate_number, digits
from .scrivener_people import (
    COMPANIES,
    EMPLOYERS,
    FACILITIES,
    HOSPITALS,
    LENDERS,
    Company,
    Debt,
    Guardianship,
    Inheritance,
    Land,
    Office,
    Person,
)
from .share import Share
from .truth import Truth

DIAGNOSES = ["アルツハイマー型認知症", "認知症", "脳血管性認知症", "統合失調症", "知的障害"]


def inheritance(w: Office) -> Inheritance:
    """One who died (their 本籍 and account), a spouse (six in ten) and one to three children,
    each with a landline and a mail half the time."""
    rng = w.rng
    dead = w.person(age=(72, 95), dead=True)
    dead.death = date(2023, 1, 1) + timedelta(days=rng.randint(0, 600))
    dead.honseki = w.address()
    sei = (dead.last, dead.last_kana)
    heirs: list[Person] = []
    if rng.random() < 0.6:
        sp = w.person("F" if dead.sex == "M" else "M", (68, 90), sei=sei, addr=dead.addr)
        sp.rel = "妻" if sp.sex == "F" else "夫"
        heirs.append(sp)
    for k in range(rng.randint(1, 3)):
        sex = rng.choice("MF")
        same = sex == "M" or rng.random() < 0.3
        home = dead.addr if k == 0 and not heirs and rng.random() < 0.5 else None
        c = w.person(sex, (38, 62), sei=sei if same else None, addr=home)
        if sex == "M":
            c.rel = ["長男", "二男", "三男"][sum(1 for h in heirs
                                              if h.sex == "M" and h.rel.endswith("男"))]
        else:
            c.rel = ["長女", "二女", "三女"][sum(1 for h in heirs if h.rel.endswith("女"))]
        heirs.append(c)
    for h in heirs:
        if rng.random() < 0.5:
            h.landline = ("0" + rng.choice(["3", "42", "45", "48", "47"]) + digits(rng, 8))[:10]
        if rng.random() < 0.5:
            h.email = (f"{rng.choice(['taro', 'hana', 'k', 'm', 'yu', 'sa'])}"
                       f"{rng.randint(10, 999)}@"
                       f"{rng.choice(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'])}")
    spouse_first = heirs[0].rel in ("妻", "夫") and len(heirs) > 1
    client = heirs[-1] if spouse_first and rng.random() < 0.6 else heirs[0]
    w.give_bank(dead)
    case = Inheritance(dead, heirs, client, date(2024, 1, 10) + timedelta(days=rng.randint(0, 280)),
                       rng.choice(["相続登記", "相続登記", "遺産承継", "相続登記・遺産承継"]))
    a = dead.addr
    chiban = f"{rng.randint(100, 999)}番{rng.randint(1, 30)}"
    case.land = Land(f"{a.city}{a.town}{a.c}丁目", chiban, corporate_number(rng),
                     f"{rng.randint(80, 260)}.{rng.randint(10, 99)}")
    return case


def guardianship(w: Office, i: int) -> Guardianship:
    """The i-th ward (a facility, a diagnosis, an account) and the relative who applied; the
    guardian is 桜井 for every other one, else the applicant."""
    rng = w.rng
    ward = w.person(age=(78, 95))
    ward.fac = FACILITIES[i % 3]
    ward.diag = rng.choice(DIAGNOSES)
    w.give_bank(ward)
    app = w.person(age=(45, 65), sei=(ward.last, ward.last_kana))
    app.rel = rng.choice(["長男", "長女", "二男", "姪"])
    guardian = w.staff[0] if i % 2 == 0 else app
    return Guardianship(ward, app, guardian, w.doctors[i % 3],
                        f"令和{rng.randint(4, 6)}年(家)第{rng.randint(1000, 9999)}号",
                        date(2022, 4, 1) + timedelta(days=rng.randint(0, 800)))


def company(w: Office, name: str) -> Company:
    """A company, its representative and one or two directors."""
    rng = w.rng
    rep = w.person(age=(35, 70))
    dirs = [w.person(age=(30, 70)) for _ in range(rng.randint(1, 2))]
    corp, hq = corporate_number(rng), w.address()
    return Company(name, corp, hq, rep, dirs, "03" + digits(rng, 8),
                   rng.choice(["会社設立", "役員変更登記", "本店移転登記", "役員変更登記"]),
                   date(2024, 2, 1) + timedelta(days=rng.randint(0, 250)))


def debt(w: Office) -> Debt:
    """A debtor: an account, an employer and one to three lenders."""
    rng = w.rng
    p = w.person(age=(28, 70))
    w.give_bank(p)
    p.employer = rng.choice(EMPLOYERS)
    p.loans = rng.sample(LENDERS, rng.randint(1, 3))
    return Debt(p, rng.choice(["任意整理", "過払い金返還請求", "任意整理", "自己破産申立書類作成"]),
                date(2023, 10, 1) + timedelta(days=rng.randint(0, 380)))


def populate(seed: int, share: Share) -> Office:
    """gen.py's build_world(), its draws in order."""
    share.keep_modes = False
    share.member_mode = 0o644
    w = Office.seeded(seed, share, Truth(form="full", by_neutral=False), seed, seed)
    rng = w.rng
    w.tno = "T" + corporate_number(rng)
    w.staff = [w.person("M", (50, 62), sei=("桜井", "サクライ")),
               w.person("F", (30, 45), sei=("山田", "ヤマダ")),
               w.person("F", (24, 32), sei=("小川", "オガワ"))]
    for s, e, role in zip(w.staff, ["sakurai", "k.yamada", "n.ogawa"],
                          ["司法書士", "補助者", "事務員"], strict=True):
        s.email, s.role = e + "@sakurai-shihou.jp", role
    w.inh = [inheritance(w) for _ in range(16)]
    shared = w.inh[0].heirs[-1]  # a child of the first who is an heir of an aunt or uncle too
    w.inh[5].heirs.append(shared)
    shared.rel2 = "甥" if shared.sex == "M" else "姪"
    w.doctors = [w.person(age=(40, 65)) for _ in range(3)]
    for d in w.doctors:
        d.hosp = rng.choice(HOSPITALS)
    w.guard = [guardianship(w, i) for i in range(5)]
    w.comp = [company(w, name) for name in COMPANIES]
    w.debt = [debt(w) for _ in range(9)]
    w.bankstaff = [w.person(age=(28, 55)) for _ in range(2)]
    w.realtor = w.person("M", (35, 60))
    w.zeirishi = w.person("F", (40, 60))
    w.web_new = [w.person(age=(30, 75)) for _ in range(8)]
    for p in w.web_new:
        p.email = (f"{rng.choice(['user', 'nk', 'ts', 'aki', 'mika', 'ken'])}"
                   f"{rng.randint(100, 9999)}@"
                   f"{rng.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp', 'ezweb.ne.jp'])}")
    w.old = [w.person(age=(35, 85)) for _ in range(16)]
    w.callers = [w.person(age=(30, 80)) for _ in range(6)]
    for dd in w.debt:
        dd.p.email = None
        if rng.random() < 0.6:
            dd.p.email = (f"{rng.choice(['a', 'b', 'c', 'd'])}{rng.randint(1000, 99999)}@"
                          f"{rng.choice(['gmail.com', 'icloud.com', 'au.com'])}")
    return w
