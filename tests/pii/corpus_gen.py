"""A labeled corpus of what a leaked Japanese file share holds, for accuracy tests and bench.

``generate(root, people=..., seed=...)`` writes the files and returns a ``Truth``: every PII
value a correct scanner must report per file (normalized as in DESIGN.md) and the number of
distinct people. Hard negatives are everywhere: order/tracking/invoice numbers that pass the
My Number, licence or corporate-number checks, JAN codes, timestamps, version strings,
prices, 障害 in IT-outage mails, 皆様/お客様 salutations.
"""

from __future__ import annotations

import csv
import json
import random
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker

MY_W = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
LIC_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
ERAS = (("昭和", 1926), ("平成", 1989))
FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


@dataclass
class Person:
    pid: int
    name: str
    kana: str
    dob: str  # ISO
    postal: str  # 7 digits
    address: str
    phone: str  # hyphenated national
    email: str
    my_number: str = ""
    licence: str = ""
    passport: str = ""
    account: str = ""
    pension: str = ""
    card: str = ""


@dataclass
class Truth:
    """Expected (path, category, value) multiset and the number of distinct people."""

    expected: Counter = field(default_factory=Counter)
    people: set[int] = field(default_factory=set)

    def add(self, path: str, category: str, value: str, person: Person | None = None) -> None:
        self.expected[(path, category, value)] += 1
        if person is not None:
            self.people.add(person.pid)


def my_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(11))
    r = sum(int(d) * w for d, w in zip(body, MY_W, strict=True)) % 11
    return body + str(0 if r <= 1 else 11 - r)


def licence(rng: random.Random) -> str:
    body = rng.choice(["30", "45", "54", "62", "90"]) + f"{rng.randint(0, 99):02d}" + \
        "".join(rng.choice("0123456789") for _ in range(6))
    check = (11 - sum(int(d) * w for d, w in zip(body, LIC_W, strict=True)) % 11) % 10
    return body + str(check) + "0"


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return body + str((10 - total % 10) % 10)


def corporate_like(rng: random.Random) -> str:
    """13 digits with a valid 法人番号 check digit (looks like a JAN code under 商品コード)."""
    body = "".join(rng.choice("0123456789") for _ in range(12))
    total = sum(int(d) * (2 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body), 1))
    return str(9 - total % 9) + body


def phone(rng: random.Random) -> str:
    if rng.random() < 0.6:
        head = rng.choice(["090", "080", "070"])
        return f"{head}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    area = rng.choice(["03", "06", "045", "052", "092", "011"])
    mid = 4 if len(area) == 2 else 3  # area + local = 10 digits
    return f"{area}-{rng.randint(10 ** (mid - 1), 10**mid - 1)}-{rng.randint(1000, 9999)}"


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def make_people(n: int, rng: random.Random, fake: Faker) -> list[Person]:
    people = []
    for pid in range(n):
        born = fake.date_of_birth(minimum_age=20, maximum_age=80)
        address = unicodedata.normalize(
            "NFKC",
            f"{fake.prefecture()}{fake.city()}{fake.town()}{fake.chome()}{fake.ban()}{fake.gou()}",
        )
        p = Person(pid, fake.name(), fake.kana_name(), born.isoformat(),
                   f"{rng.randint(100, 999)}{rng.randint(0, 9999):04d}", address, phone(rng),
                   f"{fake.user_name()}{pid}@{fake.free_email_domain()}".lower())
        p.my_number, p.licence = my_number(rng), licence(rng)
        p.passport = rng.choice(["TK", "TR", "MU", "TZ"]) + f"{rng.randint(0, 9999999):07d}"
        p.account = f"{rng.randint(0, 9999999):07d}"
        p.pension = f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}"
        p.card = luhn_complete(rng.choice(["4", "51", "3540", "37"]), 16, rng)
        if p.card.startswith("37"):
            p.card = luhn_complete("37", 15, rng)
        people.append(p)
    return people


def wareki(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    era, first = ERAS[1] if y >= 1989 else ERAS[0]
    n = y - first + 1
    return f"{era}{'元' if n == 1 else n}年{m}月{d}日"


def generate(root: Path, people: int = 60, seed: int = 7) -> Truth:
    """Write the corpus under ``root`` and return what a correct scan reports."""
    rng = random.Random(seed)
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    everyone = make_people(people * 2, rng, fake)
    customers, staff = everyone[:people], everyone[people:]
    truth = Truth()
    root.mkdir(parents=True, exist_ok=True)
    _customers_csv(root, customers, truth, rng)
    _cards_tsv(root, customers, staff, truth, rng)
    _sql_dump(root, customers, truth, rng)
    _mails(root, customers, truth, rng)
    _hr_xlsx(root, staff[: people // 2], truth, rng)
    _letters_docx(root, customers[: max(3, people // 10)], truth)
    _json_logs(root, customers, truth, rng)
    _orders(root, customers, truth, rng)
    return truth


def _customers_csv(root: Path, customers, truth: Truth, rng) -> None:
    path = "customers_sjis.csv"
    with (root / path).open("w", encoding="cp932", newline="") as out:
        w = csv.writer(out)
        w.writerow(["顧客ID", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所",
                    "電話番号",
                    "メールアドレス", "登録日", "注文番号"])
        for p in customers:
            postal = f"{p.postal[:3]}-{p.postal[3:]}"
            w.writerow([f"C{p.pid:06d}", p.name, p.kana, rng.choice(["男", "女"]),
                        p.dob.replace("-", "/"), postal, p.address, p.phone, p.email,
                        f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:20:00",
                        my_number(rng)])
            for cat, value in (("person_name", p.name), ("person_name", p.kana),
                               ("date_of_birth", p.dob), ("postal_code", p.postal),
                               ("address", p.address), ("phone_number", digits(p.phone)),
                               ("email_address", p.email)):
                truth.add(path, cat, value.replace(" ", "").replace("\u3000", ""), p)


def _cards_tsv(root: Path, customers, staff, truth: Truth, rng) -> None:
    path = "payments_en.tsv"
    holders = customers[::3] + staff[-5:]
    with (root / path).open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, delimiter="\t")
        w.writerow(["order_id", "customer_name", "email", "card_number", "exp", "cvv", "phone",
                    "amount"])
        for p in holders:
            card = " ".join(p.card[i:i + 4] for i in range(0, len(p.card), 4))
            exp = f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
            cvv = f"{rng.randint(100, 999)}"
            intl = "+81 " + p.phone[1:]
            w.writerow([luhn_complete("4", 16, rng), p.name, p.email, card, exp, cvv, intl,
                        f"{rng.randint(1, 99)}800"])
            for cat, value in (("person_name", p.name), ("email_address", p.email),
                               ("credit_card_number", p.card), ("card_expiry", exp),
                               ("card_security_code", cvv), ("phone_number", digits(p.phone))):
                truth.add(path, cat, value.replace(" ", ""), p)


def _sql_dump(root: Path, customers, truth: Truth, rng) -> None:
    path = "users_dump.sql"
    lines = ["-- MySQL dump 10.13", "CREATE TABLE `users` (`id` int, `name` varchar(64), "
             "`email` varchar(128), `tel` varchar(20), `password` varchar(80), "
             "`created_at` datetime);", "LOCK TABLES `users` WRITE;"]
    for p in customers[: len(customers) // 2]:
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
        secret = "$2b$12$" + "".join(rng.choice(alphabet) for _ in range(53))
        lines.append("INSERT INTO `users` (`id`, `name`, `email`, `tel`, `password`, "
                     "`created_at`) "
                     f"VALUES ({100000 + p.pid}, '{p.name}', '{p.email}', '{p.phone}', "
                     f"'{secret}', '2023-11-0{rng.randint(1, 9)} 08:15:00');")
        for cat, value in (("person_name", p.name.replace(" ", "")), ("email_address", p.email),
                           ("phone_number", digits(p.phone)), ("credential", secret)):
            truth.add(path, cat, value, p)
    (root / path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _mails(root: Path, customers, truth: Truth, rng) -> None:
    """Inquiry mails in prose, full-width digits, a look-alike order number, an outage notice."""
    folder = root / "mail"
    folder.mkdir(exist_ok=True)
    for i, p in enumerate(customers[: max(4, len(customers) // 4)]):
        path = f"mail/inquiry_{i:03d}.txt"
        order = my_number(rng)
        body = (
            f"件名: ご注文についてのお問い合わせ\n\n"
            f"お世話になっております。\n"
            f"先日、ご注文番号 {order} で購入した商品が届いておりません。\n"
            f"お名前：{p.name}\n"
            f"ご住所：〒{p.postal[:3].translate(FULL)}－{p.postal[3:].translate(FULL)} "
            f"{p.address}\n"
            f"お電話番号：{p.phone.translate(FULL)}\n"
            f"ご連絡はメール {p.email} までお願いいたします。\n"
            f"生年月日は{wareki(p.dob)}です。\n"
            f"よろしくお願いいたします。\n"
        )
        (root / path).write_text(body, encoding="utf-8")
        for cat, value in (("person_name", p.name.replace(" ", "")), ("postal_code", p.postal),
                           ("address", p.address), ("phone_number", digits(p.phone)),
                           ("email_address", p.email), ("date_of_birth", p.dob)):
            truth.add(path, cat, value, p)
    (folder / "outage_notice.txt").write_text(
        "お客様各位\n\nいつもご利用いただき誠にありがとうございます。\n"
        "本日 10:00 頃よりシステム障害が発生し、障害対応を行っております。\n"
        "バージョン 2.10.4.1 にて復旧予定です。問い合わせ番号 20240501123456。\n"
        "皆様にはご迷惑をおかけします。\n",
        encoding="utf-8")


def _hr_xlsx(root: Path, staff, truth: Truth, rng) -> None:
    from openpyxl import Workbook

    path = "hr_employees.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "社員名簿"
    ws.append(["社員番号", "氏名", "生年月日", "マイナンバー", "運転免許証番号", "旅券番号",
               "銀行コード", "支店コード", "口座番号", "基礎年金番号", "住所", "備考"])
    for p in staff:
        note = rng.choice(["", "", "持病：糖尿病のため通院中", "特になし"])
        ws.append([f"E{p.pid:05d}", p.name, wareki(p.dob), p.my_number, p.licence, p.passport,
                   f"{rng.randint(1, 9999):04d}", f"{rng.randint(1, 999):03d}", p.account,
                   p.pension, p.address, note])
        for cat, value in (("person_name", p.name.replace(" ", "")), ("date_of_birth", p.dob),
                           ("my_number", p.my_number), ("drivers_license_number", p.licence),
                           ("passport_number", p.passport), ("bank_account", p.account),
                           ("basic_pension_number", digits(p.pension)), ("address", p.address)):
            truth.add(path, cat, value, p)
        if "持病" in note:
            truth.add(path, "sensitive", "糖尿病", p)  # (持病 names the field)
    wb.save(root / path)


def _letters_docx(root: Path, recipients, truth: Truth) -> None:
    from docx import Document

    for i, p in enumerate(recipients):
        path = f"letters/letter_{i:02d}.docx"
        (root / "letters").mkdir(exist_ok=True)
        doc = Document()
        doc.add_paragraph(f"〒{p.postal[:3]}-{p.postal[3:]}")
        doc.add_paragraph(p.address)
        doc.add_paragraph(f"{p.name} 様")
        doc.add_paragraph("拝啓 時下ますますご清栄のこととお慶び申し上げます。"
                          "平素は格別のご高配を賜り"
                          "厚く御礼申し上げます。")
        doc.add_paragraph("株式会社サンプル 法人番号 7000012050002")
        doc.save(root / path)
        for cat, value in (("postal_code", p.postal), ("address", p.address),
                           ("person_name", p.name.replace(" ", ""))):
            truth.add(path, cat, value, p)
        truth.add(path, "corporate_number", "7000012050002")


def _json_logs(root: Path, customers, truth: Truth, rng) -> None:
    path = "app_log.jsonl"
    with (root / path).open("w", encoding="utf-8") as out:
        for i, p in enumerate(customers[: len(customers) // 2]):
            ip = f"203.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            record = {"ts": f"2024-05-01T09:{i % 60:02d}:00+09:00", "level": "INFO",
                      "event": "login", "user": p.email, "client_ip": ip,
                      "session": f"{rng.getrandbits(64):016x}", "version": "3.2.1.0",
                      "order_id": my_number(rng), "latency_ms": rng.randint(10, 999)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            truth.add(path, "email_address", p.email, p)
            truth.add(path, "ip_address", ip)


def _orders(root: Path, customers, truth: Truth, rng) -> None:
    path = "orders.csv"
    with (root / path).open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["注文番号", "追跡番号", "商品コード", "請求書番号", "注文日時", "数量", "金額",
                    "メール"])
        for p in customers:
            w.writerow([my_number(rng), licence(rng), corporate_like(rng),
                        f"INV-2024-{rng.randint(0, 999999):06d}",
                        f"2024{rng.randint(1, 12):02d}{rng.randint(10, 28)}103000",
                        rng.randint(1, 9), rng.randint(1000, 99999), p.email])
            truth.add(path, "email_address", p.email, p)


@dataclass
class Score:
    """Per-category and micro precision/recall/F1 of findings against a ``Truth``."""

    tp: Counter
    fp: Counter
    fn: Counter

    def f1(self, category: str | None = None) -> float:
        keys = [category] if category else None
        tp = sum(v for k, v in self.tp.items() if keys is None or k in keys)
        fp = sum(v for k, v in self.fp.items() if keys is None or k in keys)
        fn = sum(v for k, v in self.fn.items() if keys is None or k in keys)
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def table(self) -> list[tuple[str, int, int, int, float]]:
        cats = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return [(c, self.tp[c], self.fp[c], self.fn[c], self.f1(c)) for c in cats]


def score(found: Counter, truth: Truth) -> Score:
    """Compare a multiset of (path, category, value) found with what was expected."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for key in set(found) | set(truth.expected):
        got, want = found.get(key, 0), truth.expected.get(key, 0)
        tp[key[1]] += min(got, want)
        fp[key[1]] += max(got - want, 0)
        fn[key[1]] += max(want - got, 0)
    return Score(tp, fp, fn)
