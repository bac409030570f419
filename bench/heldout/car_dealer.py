"""Blind corpus 40: a car dealer with a service shop's (株式会社ミナトオート, 自動車販売・整備工場)
leaked share.

116 people (78 customers, the first 18 with a family member as 使用者; twelve staff, seven with
a dependant; an insurer's adjuster) over 22 files, one a zip of six scanned PDFs and their
index: the CP932 顧客台帳, six 注文書 (.docx), the オートローン審査 workbook, the 印鑑証明・住民票
受領簿 (TSV), the 下取り査定メモ, the web 車検予約 (JSONL), the 整備 SQLite, a forwarded 事故受付
mail, the staff's 年末調整 workbook, the 全銀 refund file, the scanned 保管場所証明 zip, the
営業日報, the 福祉車両 相談記録 (.docx), the 自動車保険 告知書 (PDF), the 点検案内 addresses, the
stock list and the licence records. Hard negatives: 注文番号, 型式指定番号 and 見積番号 passing
the 法人番号 check, 受付番号, 見積番号, 予約番号 and 在庫番号 passing the My Number check, 査定番号
(from 35, like a JCB card), 証券番号 and 管理番号 passing Luhn; the suppliers' phones and 法人番号.
"""

from __future__ import annotations

from datetime import datetime

from . import car_dealer_letters as letters
from . import car_dealer_mails as mails
from . import car_dealer_systems as systems
from . import car_dealer_tables as tables
from .car_dealer_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, letters.orders, tables.loans, tables.seals, letters.appraisals,
    systems.reservations, systems.service_db, mails.accident, tables.staff_register,
    tables.refunds, systems.scans, letters.daily_report, letters.welfare_cars,
    letters.declaration, tables.mailing, tables.stock, tables.id_checks,
], stamp=datetime(2026, 11, 1, 9, 0, 0))
generate = CORPUS.generate
