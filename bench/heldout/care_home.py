"""Blind corpus 47: a care home's (介護付き有料老人ホーム さくらの丘町田, 町田市, with a
デイサービス) leaked share.

About 175 people (four 主治医, 34 residents and their 身元引受人, twelve former residents (eight
died: neutral, not counted) and theirs, eighteen staff and eight of their mothers, eighteen
day-service users and their キーパーソン, eight applicants waiting and the relatives who
applied, three 運営推進会議 members, six vendors' staff) over 34 files, two more in a zip and two
mail attachments: the resident ledger, the care system's CP932 export, the 服薬管理表, ケース記録
and 申し送り, 事故報告書 and ヒヤリハット (.docx), the 全銀 口座振替 file, the invoice CSV,
入居契約書 (PDF), five family mails, the visitor log, the staff register with 個人番号 and
基礎年金番号, the shift CSV, the care tablet's SQLite, the day service's MySQL dump, user list
and 送迎表, the former residents' zip, the staff chat, the vendors, the record system's manual,
the waiting list, the 運営推進会議 minutes and the 家族会 address TSV. Hard negatives: 請求番号
and invoice numbers passing both the My Number check and Luhn, the manual's sample values, the
home's, pharmacy's, garage's and vendors' numbers and addresses (neutral).
"""

from __future__ import annotations

from datetime import datetime

from . import care_home_letters as letters
from . import care_home_mails as mails
from . import care_home_systems as systems
from . import care_home_tables as tables
from .care_home_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.care_export, tables.medication, letters.case_records,
    letters.handovers, letters.accidents, tables.transfers, tables.invoices, letters.contracts,
    mails.family_mails, systems.visitor_log, tables.staff_register, tables.shifts,
    systems.tablet, systems.dayservice_dump, tables.day_users, letters.pickup_routes,
    systems.former_residents, systems.chat, systems.vendors, letters.manual,
    letters.waiting_list, letters.minutes, tables.family_addresses,
], stamp=datetime(2024, 11, 1, 9, 0, 0))
generate = CORPUS.generate
