"""Who the pharmacy chain's share is about: seven clinics' doctors, 52-60 households (elderly
people alone or in couples, families whose parent collects a child's prescription, adults
alone) and their patients' conditions, allergies and 保険者番号, one deceased patient, three
patients visited at home with a relative as key person and two care managers, 13-15 staff
with an emergency contact each and four wholesalers' reps, all drawn from one random stream in
that order.
"""

from __future__ import annotations

import random
from datetime import date

from faker.providers.person.ja_JP import Provider

from .pharmacy_people import CONDITIONS, DOMAIN, LASTS, Clinic, Pharmacy, Supplier, age
from .share import Share
from .truth import Truth

CLINIC_NAMES = ["相模大野内科クリニック", "ふちのべ小児科", "さくら整形外科", "みなみ眼科医院",
                "原町田メンタルクリニック", "つきみ野皮膚科", "相模台総合病院"]
CHILD_COND = ["小児喘息", "アトピー性皮膚炎", "花粉症", "てんかん"]
ADULT_COND = [c for c in CONDITIONS if c != "小児喘息"]
HOME_COND = ["アルツハイマー型認知症", "脳梗塞後遺症", "パーキンソン病", "慢性心不全"]
DISAB = ["視覚障害", "聴覚障害", "下肢機能障害", "知的障害", "精神障害", "内部障害"]
ALLERGY = ["ペニシリン系", "セフェム系", "卵", "そば", "ピリン系", "造影剤", "NSAIDs", "小麦"]
SIDEFX = ["発疹（ロキソプロフェン）", "胃部不快感（アスピリン）", "めまい（アムロジピン）",
          "下痢（メトホルミン）"]
KAIGO = ["要支援2", "要介護1", "要介護2", "要介護3", "要介護4"]
CARE_OFFICES = ["ケアプランセンターさがみ", "居宅介護支援事業所あおば"]
BANKS = [("0005", "三菱ＵＦＪ銀行", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ"), ("0138", "横浜銀行", "ﾖｺﾊﾏ"),
         ("0009", "三井住友銀行", "ﾐﾂｲｽﾐﾄﾓ"), ("9900", "ゆうちょ銀行", "ﾕｳﾁﾖ")]
BRANCHES = ["相模大野", "町田", "淵野辺", "本店営業部", "大和"]
SUPPLIERS = ["株式会社メディセオ相模営業所", "アルフレッサ株式会社町田支店", "東邦薬品株式会社",
             "スズケン相模原支店"]


def _clinics(o: Pharmacy) -> None:
    R = o.rng
    for name in CLINIC_NAMES:
        pref = "13" if "町田" in name else "14"
        code = o.checked(pref + "1" + f"{R.randint(1, 99):02d}" + f"{R.randint(0, 9999):04d}")
        o.clinics.append(Clinic(name, code, o.landline(), o.landline()))
    for c in o.clinics:
        for _ in range(1 if R.random() < 0.6 else 2):
            d = o.person("doctor")
            d.clinic = c
            c.doctors.append(d)


def _households(o: Pharmacy) -> None:
    """Elderly people alone or in couples, families (a parent and one or two children) and
    adults alone; a parent is a patient too for two in five families."""
    R = o.rng
    for _ in range(R.randint(52, 60)):
        kind = R.choices(["single_old", "couple_old", "family", "adult"], [3, 2, 3, 4])[0]
        addr = o.address()
        ln = R.choice(LASTS)
        if kind == "single_old":
            o.patients.append(o.person("patient", last=ln, addr=addr,
                                       born=o.between(date(1930, 1, 1), date(1955, 12, 31))))
        elif kind == "couple_old":
            o.patients.append(o.person("patient", "男", ln, o.between(date(1935, 1, 1),
                                                                    date(1958, 12, 31)), addr))
            o.patients.append(o.person("patient", "女", ln, o.between(date(1938, 1, 1),
                                                                    date(1960, 12, 31)), addr))
        elif kind == "adult":
            o.patients.append(o.person("patient", last=ln, addr=addr,
                                       born=o.between(date(1958, 1, 1), date(2004, 12, 31))))
        else:
            parent = o.person("guardian", R.choice("女女男"), ln,
                              o.between(date(1978, 1, 1), date(1996, 12, 31)), addr)
            parent.mobile = parent.mobile or o.mobile("080")
            if R.random() < 0.4:
                parent.role = "patient"
                o.patients.append(parent)
            for _ in range(R.choice([1, 1, 2])):
                kid = o.person("patient", last=ln, addr=addr,
                               born=o.between(date(2011, 1, 1), date(2024, 6, 30)))
                kid.guardian, kid.mobile = parent, ""
                o.patients.append(kid)
            o.guardians.append(parent)


def _patients(o: Pharmacy) -> None:
    """Each patient's 患者番号, conditions, allergies, side effects, disability, insurance and
    公費, store and last visit; then one over 80 has died."""
    R = o.rng
    for i, p in enumerate(o.patients):
        p.no = f"{R.randint(1, 3)}{i + 1:05d}"
        kid = age(p.born) < 15
        p.conds = R.sample(CHILD_COND if kid else ADULT_COND,
                           1 if kid else R.choice([0, 1, 1, 2, 2, 3]))
        p.allergy = R.sample(ALLERGY, 1) if R.random() < 0.25 else []
        p.sidefx = R.sample(SIDEFX, 1) if R.random() < 0.12 else []
        p.disab = R.choice(DISAB) if R.random() < 0.08 else ""
        p.hoken = o.kokuho() if age(p.born) >= 75 else o.insurer()
        p.kigo = (f"{R.randint(1, 9999)}" if R.random() < 0.7
                  else f"{R.randint(10, 99)}{R.randint(100, 999)}")
        p.bango = f"{R.randint(1, 99999)}"
        if kid or p.disab or R.random() < 0.06:
            futan = R.choice(["12", "15", "21", "51", "54", "80"]) + f"14{R.randint(0, 999):03d}"
            p.kohi = (o.checked(futan), o.checked(f"{R.randint(0, 999999):06d}"))
        p.store = R.randrange(3)
        p.last_visit = o.between(date(2025, 8, 1), date(2025, 11, 19))
        if not kid and not p.mobile and R.random() < 0.3:
            p.mobile = o.mobile("090")
        if not p.conds and not kid:
            p.conds = [R.choice(ADULT_COND)] if R.random() < 0.5 else []
    dead = R.choice([p for p in o.patients if age(p.born) > 80])
    dead.dead = date(2025, 8, R.randint(1, 28))


def _home(o: Pharmacy) -> None:
    """Three patients of 75 or more visited at home: 要介護度, a condition of old age, a son or
    daughter as key person (of another surname for half) and a care manager."""
    R = o.rng
    o.home = R.sample([p for p in o.patients if age(p.born) >= 75 and not p.dead], 3)
    caremgrs = [o.person("caremgr", born=o.between(date(1965, 1, 1), date(1990, 1, 1)))
                for _ in range(2)]
    for i, hp in enumerate(o.home):
        hp.kaigo = R.choice(KAIGO[2:])
        if "アルツハイマー型認知症" not in hp.conds:
            hp.conds = list(dict.fromkeys([*hp.conds, R.choice(HOME_COND)]))
        cg_last = R.choice(LASTS) if R.random() < 0.5 else None
        cg = o.person("caregiver", "女" if cg_last else R.choice("男女"),
                      cg_last or (hp.last, hp.last_kana, hp.last_roman),
                      o.between(date(1955, 1, 1), date(1975, 1, 1)))
        cg.mobile = cg.mobile or o.mobile("090")
        cg.email = o.mail_address(cg)
        hp.caregiver, hp.rel = cg, "長女" if cg.sex == "女" else "長男"
        hp.caremgr, hp.care_office = caremgrs[i % 2], CARE_OFFICES[i % 2]


def _staff(o: Pharmacy) -> None:
    """Eight pharmacists, then 医療事務, spread over the three stores, each with an emergency
    contact of their surname (at their address where a spouse)."""
    R = o.rng
    for i in range(R.randint(13, 15)):
        s = o.person("staff", born=o.between(date(1962, 1, 1), date(2001, 12, 31)))
        s.mobile = s.mobile or o.mobile("080")
        s.email = o.mail_address(s)
        s.work_email = f"{s.last_roman.lower()}.{s.first_roman[0].lower()}@{DOMAIN}"
        s.empno = f"MC{2000 + i * 7 + R.randint(0, 6):04d}"
        s.job = "薬剤師" if i < 8 else "医療事務"
        s.store = i % 3
        s.reg = f"{R.randint(300000, 499999)}" if s.job == "薬剤師" else ""
        s.hired = o.between(date(2008, 4, 1), date(2025, 4, 1))
        s.mynum = o.my_number()
        s.lic = o.licence(R.choice([45, 30])) if R.random() < 0.8 else ""
        s.bank = R.choice(BANKS)
        s.branch = (f"{R.randint(100, 899)}", R.choice(BRANCHES))
        s.acct = f"{R.randint(0, 9999999):07d}"
        s.salary = R.randint(180, 420) * 1000
        rel = R.choice(["配偶者", "父", "母", "妻", "夫"])
        sex = "女" if rel in ("母", "妻") else ("男" if rel in ("父", "夫") else R.choice("男女"))
        spouse = rel in ("配偶者", "妻", "夫")
        ec = o.person("emergency", sex, (s.last, s.last_kana, s.last_roman),
                      addr=s.addr if spouse else None)
        ec.mobile = ec.mobile or o.mobile("090")
        s.ec, s.ec_rel = ec, rel
        s.health = R.choice(["高血圧", "脂質異常症", "糖尿病", "異常なし", "異常なし", "異常なし",
                             "甲状腺機能低下症"])
        s.pw = (R.choice(["Midori", "mc", "Sagami", "pharm"]) + R.choice(["#", "_", "!", ""])
                + f"{R.randint(1000, 9999)}")
        o.staff.append(s)


def populate(seed: int, share: Share) -> Pharmacy:
    """The seed's people; names come from Faker's ja_JP tables (the provider class stands as
    the population's faker), drawn with the one random stream."""
    o = Pharmacy(seed, random.Random(seed * 7919 + 36), Provider, share,
                 Truth(by_person=False, form="sparse"))
    o.corp = o.corporate_number()
    _clinics(o)
    _households(o)
    _patients(o)
    _home(o)
    _staff(o)
    for name in SUPPLIERS:
        rep = o.person("rep", born=o.between(date(1970, 1, 1), date(1998, 1, 1)))
        o.suppliers.append(Supplier(name, o.corporate_number(), rep, o.landline(),
                                    o.mobile("080")))
    return o
