"""Blind corpus 36: a dispensing pharmacy chain's (株式会社みどり調剤: 本町店, 駅前店, 東口店)
leaked share.

132 to 134 people (74 to 77 patients, their parents, three patients' key persons and two care
managers, the clinics' doctors, 13-15 staff and their emergency contacts, four wholesalers'
reps) over 23 files: the レセコン's CP932 患者台帳 (既往歴, 障害, 被保険者証 記号・番号, a
deceased patient), the 処方箋受付 log, two stores' 服薬指導記録 and the お薬手帳 sticker list
(full-width digits, hyphen look-alikes, 和暦), the 在宅 訪問記録 (.docx), five mails (one with
the 在宅 list attached), the 職員名簿 and シフト表 workbooks, the salary 全銀 file, the online
処方箋送信 app's SQLite, the 取引先一覧, the old レセコン's export zip, a leaflet, the 医薬品マスタ
(codes only), the レセプト請求一覧 (kana names) and a 疑義照会 FAX (PDF). Hard negatives:
保険者番号, 医療機関コード, 処方箋番号, YJ and JAN codes, numbers passing the My Number and Luhn
checks.
"""

from __future__ import annotations

from datetime import datetime

from . import pharmacy_letters as letters
from . import pharmacy_mails as mails
from . import pharmacy_systems as systems
from . import pharmacy_tables as tables
from .pharmacy_population import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.reception, letters.guidance, letters.home_visits, tables.staff_list,
    systems.transfer, systems.app_db, tables.suppliers, tables.drug_master, tables.receipts,
    letters.leaflet, letters.fax, mails.mails, systems.archive, letters.stickers, tables.shifts,
    mails.home_list_truth,
], stamp=datetime(2025, 11, 20, 9, 0, 0))
generate = CORPUS.generate
