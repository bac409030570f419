"""A mis-sent mail: a customer list attached, sent To dozens of outside recipients."""

from __future__ import annotations

import random
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from leakscope.demo.people import Person
from leakscope.demo.share import customer_csv

SENDER = "tanaka.hiroshi@sample-shop.example"
PARTNER_DOMAINS = ("partner-a.example", "kaigi-unei.example", "tokyo-ryutsu.example",
                   "design-office.example", "example.co.jp", "example.ne.jp")


def mis_sent_mail(customers: list[Person], when: datetime, seed: int, recipients: int = 28
                  ) -> bytes:
    rng = random.Random(seed)
    to = [f"contact{i:02d}@{rng.choice(PARTNER_DOMAINS)}" for i in range(recipients)]
    msg = EmailMessage()
    msg["From"] = f"田中 浩 <{SENDER}>"
    msg["To"] = ", ".join(to)  # should have been Bcc, and without the attachment
    msg["Subject"] = "【ご案内】新商品説明会のお知らせ"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain="sample-shop.example")
    msg.set_content(
        "お取引先各位\n\nいつもお世話になっております。サンプル商店の田中です。\n"
        "新商品説明会のご案内をお送りいたします。詳細は添付をご確認ください。\n\n"
        "田中 浩\n株式会社サンプル商店 営業部\n")
    msg.add_attachment(customer_csv(customers), maintype="text", subtype="csv",
                       filename="顧客リスト_202605.csv")
    return bytes(msg)


def write_mail(root: Path, customers: list[Person], when: datetime, seed: int) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    path = root / "誤送信_新商品説明会のお知らせ.eml"
    path.write_bytes(mis_sent_mail(customers, when, seed))
    return [path]
