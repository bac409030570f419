"""The law office's staff, creditors and clients, drawn in the blind generator's order: each
client's case (任意整理, 自己破産, 個人再生: a spouse, children, two to four debts with cards and
会員番号; 交通事故: the other driver, insurer, 証券番号, injury, 後遺障害等級, licence; 離婚: the
spouse, one or two children, 婚姻日, DV, an illness; 刑事: the victim, the crime, 前科)."""

from __future__ import annotations

import random

from faker import Faker

from .identifiers import corporate_number, luhn_number
from .law_office_people import BANKS, COURTS, DEBT, OFFICE, Office, Person
from .share import Share
from .truth import Truth

CREDITORS = [
    ("アコム株式会社", "0120-07-1000"),
    ("プロミス株式会社", "0120-24-0365"),
    ("株式会社ジェーシービー", "0120-015-870"),
    ("三井住友カード株式会社", "0120-816-437"),
    ("株式会社オリエントコーポレーション", "0120-323-292"),
    ("株式会社クレディセゾン", "0120-333-292"),
    ("アイフル株式会社", "0120-201-810"),
    ("楽天カード株式会社", "0120-866-910"),
    ("株式会社セディナ", "0120-556-210"),
    ("SMBCモビット株式会社", "0120-03-5000"),
]

INSURERS = [
    "東京海上日動火災保険株式会社",
    "損害保険ジャパン株式会社",
    "三井住友海上火災保険株式会社",
    "あいおいニッセイ同和損害保険株式会社",
    "ソニー損害保険株式会社",
]

KINDS = (
    ["任意整理"] * 6
    + ["自己破産"] * 5
    + ["個人再生"] * 3
    + ["交通事故"] * 9
    + ["離婚"] * 9
    + ["刑事"] * 7
)


def _client(o: Office, kind: str) -> Person:
    rng = o.rng
    c = o.person("依頼者", 1952, 2000)
    case = c.case
    case["kind"] = kind
    kanri = corporate_number(rng) if rng.random() < 0.5 else o.my_number() + "0"
    case.update(
        kanri=kanri[:13],
        uketsuke=o.my_number(),
        ukenin=o.day(2023, 2024),
        lawyer=rng.choice(o.lawyers),
        clerk=rng.choice(o.clerks),
    )
    case["caseno"] = (
        f"令和{rng.choice([5, 6])}年({rng.choice(['ワ', 'フ', '家イ', 'わ', 'モ'])})"
        f"第{rng.randint(100, 4999)}号"
    )
    case.update(court=rng.choice(COURTS), fee=rng.choice([220000, 330000, 440000, 550000]))
    other_sex = "F" if c.sex == "M" else "M"
    year = c.born.year
    if kind in DEBT:
        if rng.random() < 0.6:
            sp = o.person("配偶者", year - 5, min(year + 5, 2000), other_sex, c, c)
            c.family.append(("妻" if sp.sex == "F" else "夫", sp))
        for _ in range(rng.choice([0, 0, 1, 2])):
            ch = o.person("子", max(year + 22, 1990), min(year + 40, 2022), "", c, c)
            c.family.append(("長男" if ch.sex == "M" else "長女", ch))
        debts = []
        for cr in rng.sample(o.creditors, rng.randint(2, 4)):
            card = o.card() if rng.random() < 0.7 else None
            member = (
                luhn_number(rng, "9", 16)
                if rng.random() < 0.5
                else f"{rng.randint(10000000, 99999999)}"
            )
            debts.append(
                {
                    "cr": cr,
                    "card": card,
                    "member": member,
                    "since": o.day(2012, 2022),
                    "bal": rng.randint(8, 250) * 10000,
                }
            )
        case["debts"] = debts
    if kind == "離婚":
        sp = o.person("相手方", year - 6, min(year + 6, 2000), other_sex, c)
        c.family.append(("夫" if sp.sex == "M" else "妻", sp))
        case.update(spouse=sp, kids=[])
        for _ in range(rng.choice([1, 1, 2])):
            ch = o.person("子", max(year + 22, 2005), min(year + 40, 2023), "", c, c)
            case["kids"].append(ch)
            c.family.append(("長男" if ch.sex == "M" else "長女", ch))
        case.update(
            marriage=o.day(max(year + 22, 2000), 2015),
            dv=rng.random() < 0.5,
            ill=rng.choice(["適応障害", "うつ病", "不眠症", "パニック障害"]),
        )
    if kind == "交通事故":
        case.update(
            other=o.person("相手方", 1950, 2002),
            insurer=rng.choice(INSURERS),
            policy=luhn_number(rng, "8", 16),
            accident=o.day(2022, 2024),
        )
        case.update(
            injury=rng.choice(
                ["頚椎捻挫", "腰椎捻挫", "右鎖骨骨折", "左橈骨遠位端骨折", "外傷性頚部症候群"]
            ),
            grade=rng.choice(["14級9号", "12級13号", "非該当", "申請中"]),
            license=o.licence(),
            hospital=rng.choice(
                ["新宿中央病院", "杉並整形外科クリニック", "多摩総合医療センター", "さくら整形外科"]
            ),
        )
    if kind == "刑事":
        case.update(
            victim=o.person("被害者", 1945, 2004),
            crime=rng.choice(["窃盗", "傷害", "詐欺", "暴行", "迷惑防止条例違反"]),
            arrest=o.day(2024, 2024),
            prior=rng.choice(["前科1犯（窃盗・罰金刑）", "前科なし", "前科2犯（傷害・執行猶予）"]),
        )
    return c


def populate(seed: int, share: Share) -> Office:
    """The seed's staff, creditors and clients, drawn in gen.py's order."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed)
    o = Office(seed, random.Random(seed), faker, share, Truth(by_person=False, form="raw"))
    rng = o.rng
    o.lawyers = [o.person("弁護士", 1965, 1988, "M"), o.person("弁護士", 1975, 1992, "F")]
    o.clerks = [o.person("事務員", 1970, 2000) for _ in range(3)]
    for s in o.staff:
        s.case["reg"] = f"{rng.randint(20000, 59999)}" if s.role == "弁護士" else ""
        s.case["joined"] = o.day(2010, 2023)
        emerg = o.person("家族", 1960, 1998, home=s)
        emerg.last, emerg.last_kana = s.last, s.last_kana
        s.case.update(emerg=emerg, work_email=f"{s.first_roman}@aoba-law.jp")
    o.office = {**OFFICE, "corp": corporate_number(rng)}
    for name, tel in CREDITORS:
        corp = corporate_number(rng)
        addr = (
            f"東京都{rng.choice(['千代田区', '港区', '中央区', '新宿区'])}{faker.town()}"
            f"{rng.randint(1, 4)}丁目{rng.randint(1, 20)}番{rng.randint(1, 15)}号"
        )
        o.creditors.append(
            {
                "name": name,
                "tel": tel,
                "corp": corp,
                "addr": addr,
                "bank": rng.choice(BANKS),
                "acct": f"{rng.randint(1000000, 9999999)}",
            }
        )
    kinds = list(KINDS)
    rng.shuffle(kinds)
    o.clients = [_client(o, kind) for kind in kinds]
    return o
