"""The home-nursing station's people drawn in gen.py's order: staff, doctors, care managers,
42 patients and their families, ten ended patients, the school's teacher, the web enquirers
and every relative's private mail."""

from __future__ import annotations

from . import home_nursing_names as names
from .home_nursing_people import Person, Station
from .identifiers import corporate_number, my_number
from .share import Share
from .truth import Truth


def populate(seed: int, share: Share) -> Station:
    """Staff, doctors, care managers, patients and families, ended patients and the rest."""
    share.keep_modes = False
    w = Station.seeded(seed, share, Truth(form="full", by_neutral=False), seed, seed)
    r = w.rng
    w.ext["jigyo"] = "14" + str(r.randrange(10**7, 10**8)) + "5"
    w.ext["corpno"] = corporate_number(r)
    for i, role in enumerate(names.ROLES):
        sex = "F" if role in names.FEMALE_ROLES and r.random() < .85 else None
        s = w.person(f"S{i + 1:02d}", sex=sex, y0=1965, y1=1998)
        s.role = role
        s.email = f"{s.first_roman.lower()}.{s.last_roman.lower()}@{names.DOM}"
        s.ext["my"] = my_number(r)
        s.ext["bank"] = (r.choice(names.BANKS), f"{r.randrange(100, 999)}",
                         f"{r.randrange(10**6, 10**7)}")
        s.ext["pension"] = f"{r.randrange(1000, 10000)}{r.randrange(10**5, 10**6)}"
        s.ext["login"] = f"h{r.randrange(1000, 9999)}"
        w.staff.append(s)
    for i, clinic in enumerate(names.CLINICS):
        d = w.person(f"D{i + 1:02d}", y0=1955, y1=1985)
        d.ext["clinic"] = clinic
        d.ext["ctel"] = ctel = w.landline()
        d.ext["cfax"] = (ctel[0], ctel[1], f"{r.randrange(10000):04d}")
        d.ext["caddr"] = w.mkaddr()
        d.email = f"{d.last_roman.lower()}@{names.CLINIC_DOMAINS[i]}.jp"
        w.doctors.append(d)
    for i, office in enumerate(names.OFFICES):
        c = w.person(f"C{i + 1:02d}", y0=1962, y1=1990)
        c.ext.update(office=office, otel=w.landline(), jigyo="14" + str(r.randrange(10**7, 10**8)))
        c.email = f"{c.last_roman.lower()}@cm{i + 1}-{names.OFFICE_DOMAINS[i]}.or.jp"
        w.cms.append(c)
    for i in range(42):
        w.pts.append(_patient(w, i))
    _ended(w)
    _others(w)
    return w


def _patient(w: Station, i: int) -> Person:
    """Patient i: elderly (0-31), psychiatric (32-37) or a child (38-41), with a key person."""
    r = w.rng
    kind = "psy" if 32 <= i < 38 else ("kid" if i >= 38 else "eld")
    if kind == "eld":
        p = w.person(f"P{i + 1:03d}", y0=1926, y1=1950)
        dx = names.DX[i % len(names.DX)]
    elif kind == "psy":
        p = w.person(f"P{i + 1:03d}", y0=1960, y1=1995)
        dx = names.PSY[i - 32]
    else:
        p = w.person(f"P{i + 1:03d}", y0=2012, y1=2022)
        dx = names.KIDS[i - 38]
    eld = kind == "eld"
    p.ext.update(dx=dx, kind=kind, kaigo=r.choice(names.KAIGO) if eld else "―")
    p.ext["kno"] = (f'{r.choice(["0000", "0001", "0002", "1400"])}{r.randrange(10**5, 10**6)}'
                    if eld else "")
    p.ext["mno"] = f"{r.randrange(10**7, 10**8)}"  # 後期高齢者/国保 被保険者番号 8 digits
    p.ext["jukyu"] = jukyu = f"{r.randrange(10**6, 10**7)}" if not eld or r.random() < .2 else ""
    head = "21" if kind == "psy" else "52" if kind == "kid" else "12"
    p.ext["futan"] = head + f"{r.randrange(140000, 149999)}" if jukyu else ""
    if kind == "psy":
        p.ext["doc"] = w.doctors[6]
    elif kind == "kid":
        p.ext["doc"] = w.doctors[5]
    else:
        p.ext["doc"] = r.choice([d for j, d in enumerate(w.doctors) if j not in (5, 6)])
    p.ext["cm"] = r.choice(w.cms) if eld else None
    p.ext["nurse"] = r.choice(w.nurses)
    if kind == "kid":
        m = w.family(p, "母", 1980, 1992, sex="F")
        m.home, m.tel = p.home, p.tel
        fa = w.family(p, "父", 1978, 1990, sex="M")
        fa.home, fa.tel = p.home, p.tel
        p.ext.update(kp=m, kp2=fa)
        return p
    rel = (r.choice(["妻", "夫", "長男", "長女", "次女", "長男の妻"]) if eld
           else r.choice(["母", "姉", "兄"]))
    if eld:
        y0, y1 = (1930, 1950) if rel in ("妻", "夫") else (1955, 1975)
    else:
        y0, y1 = (1940, 1965) if rel == "母" else (1955, 1990)
    same = rel not in ("長女", "次女") or r.random() < .3
    female = rel in ("妻", "長女", "次女", "長男の妻", "母", "姉")
    p.ext["kp"] = w.family(p, rel, y0, y1, same=same, sex="F" if female else "M")
    p.ext["kp2"] = (w.family(p, r.choice(["長女", "次男", "姪"]), 1958, 1980, same=False)
                    if i % 7 == 3 else None)
    return p


def _ended(w: Station) -> None:
    """Ten ended patients, the dead neutral and uncounted, each with a key person."""
    r = w.rng
    for i in range(10):
        e = w.person(f"E{i + 1:02d}", y0=1922, y1=1945)
        e.ext["dx"] = r.choice(names.DX)
        e.ext["reason"] = reason = names.REASONS[i]
        e.ext["dead"] = dead = reason.startswith("死亡")
        e.counted = not dead
        e.ext["end"] = w.rdate(2023, 2023)
        e.ext["kno"] = f"0001{r.randrange(10**5, 10**6)}"
        e.ext["kp"] = w.family(e, r.choice(["長男", "長女", "妻"]), 1950, 1970, same=True)
        e.ext["doc"] = r.choice(w.doctors[:5])
        w.ended.append(e)


def _others(w: Station) -> None:
    """The school's teacher, three enquirers and their parents, and the families' mails."""
    r = w.rng
    t = w.person("T01", y0=1975, y1=1992)
    t.ext.update(school="神奈川県立港北特別支援学校",
                 stel=("045", "543", f"{r.randrange(10000):04d}"))
    t.email = f"{t.last_roman.lower()}-{t.first_roman[0].lower()}@pen-kanagawa.ed.jp"
    w.ext["teacher"] = t
    for i in range(3):
        a = w.person(f"N{2 * i + 1:02d}", y0=1955, y1=1975)
        b = w.person(f"N{2 * i + 2:02d}", y0=1928, y1=1945,
                     last=(a.last, a.last_kana, a.last_roman) if i != 1 else None)
        lr, fr = a.last_roman.lower(), a.first_roman.lower()
        a.email = r.choice([f"{lr}{r.randrange(10, 99)}@gmail.com", f"{fr}.{lr}@yahoo.co.jp",
                            f"{lr}_{fr}@icloud.com"])
        b.ext["dx"] = r.choice(names.DX)
        w.newq.append((a, b))
    for f in w.fam:
        lr, fr = f.last_roman.lower(), f.first_roman.lower()
        f.email = r.choice([f"{lr}.{fr}@gmail.com", f"{fr}{r.randrange(100, 999)}@docomo.ne.jp",
                            f"{lr}{fr[0]}@ezweb.ne.jp"])
