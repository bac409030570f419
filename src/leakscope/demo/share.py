"""The file share: a CP932 customer CSV, card payments, an HR workbook with My Numbers, letters."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

from docx import Document as new_docx
from openpyxl import Workbook

from leakscope.demo.people import Person

CUSTOMER_HEADER = ["顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス",
                   "生年月日", "会員ランク"]
DEPARTMENTS = ("営業部", "総務部", "経理部", "物流センター", "システム部", "カスタマーサポート")
HISTORY = ("なし", "なし", "なし", "高血圧で通院中", "糖尿病（経過観察）", "なし", "喘息")


def customer_csv(customers: list[Person]) -> bytes:
    """The customer master as exported by an old EC back office: Shift_JIS (CP932), CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CUSTOMER_HEADER)
    for i, p in enumerate(customers, 1):
        writer.writerow([f"C{i:06d}", p.name, p.kana, p.postal_code, p.address, p.phone,
                         p.email, p.birth.isoformat(), ("一般", "シルバー", "ゴールド")[i % 3]])
    return out.getvalue().encode("cp932", errors="replace")


def write_share(root: Path, customers: list[Person], staff: list[Person], seed: int,
                card_holders: int = 40) -> list[Path]:
    rng = random.Random(seed)
    (root / "顧客管理").mkdir(parents=True, exist_ok=True)
    (root / "決済").mkdir(exist_ok=True)
    (root / "人事").mkdir(exist_ok=True)
    (root / "お客様対応").mkdir(exist_ok=True)
    written = []

    path = root / "顧客管理" / "顧客リスト_2026.csv"
    path.write_bytes(customer_csv(customers))
    written.append(path)

    path = root / "決済" / "card_payments_202605.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["order_id", "name", "card_number", "expiry", "security_code", "amount"])
        for p in customers[:card_holders]:
            writer.writerow([f"ORD-2026-{rng.randint(100000, 999999)}", p.romaji, p.card,
                             p.card_expiry, p.card_cvc, rng.randint(1200, 48000)])
    written.append(path)

    book = Workbook()
    sheet = book.active
    sheet.title = "社員名簿"
    sheet.append(["社員番号", "氏名", "フリガナ", "部署", "個人番号", "生年月日", "住所",
                  "電話番号", "既往歴（健康診断）"])
    for i, p in enumerate(staff, 1):
        sheet.append([f"E{i:04d}", p.name, p.kana, rng.choice(DEPARTMENTS), p.my_number,
                      p.birth.isoformat(), p.address, p.phone, rng.choice(HISTORY)])
    path = root / "人事" / "社員名簿_マイナンバー.xlsx"
    book.save(path)
    written.append(path)

    for i, p in enumerate(customers[100:103], 1):
        doc = new_docx()
        doc.add_paragraph(f"〒{p.postal_code}")
        doc.add_paragraph(p.address)
        doc.add_paragraph(f"{p.name} 様")
        doc.add_paragraph("平素より格別のお引き立てを賜り、厚く御礼申し上げます。")
        doc.add_paragraph(f"ご登録の電話番号 {p.phone} 宛てにご連絡いたしましたが、"
                          "つながりませんでしたので書面にてご案内申し上げます。")
        path = root / "お客様対応" / f"お詫び状_{i:02d}.docx"
        doc.save(path)
        written.append(path)
    return written
