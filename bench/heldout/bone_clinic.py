"""Blind corpus 51: a two-branch 接骨院's (さかえ接骨院, 川口 本院 and 蕨分院) leaked share.

About 145 people (86 patients, the guardians of the children among them, spouses through whom
some are insured, six 損保 adjusters, three referred doctors, eight staff and five of their
emergency contacts, four vendors' contacts, twelve patients of 2019-2020) over 36 files, two
more in a zip and two mail attachments: the レセコン's CP932 ledgers, the 療養費 claim TSV, the
施術録 and 自賠責 case books (.xlsx), nine mails (adjusters, reservation changes, a referral with
its PDF), two 紹介状 PDFs, the booking app's JSON, SQLite and MySQL dump, the card payments, five
問診票 (.docx), the staff book, two memos, the LINE chat, the web form log (IPs), the manual,
the vendor list, three 施術証明書 (PDF), the old zip and the guardians' list. Hard negatives:
伝票番号 and coupon serials passing Luhn, the manual's sample values, the clinic's numbers.
"""

from __future__ import annotations

from . import bone_clinic_letters as letters
from . import bone_clinic_mails as mails
from . import bone_clinic_systems as systems
from . import bone_clinic_tables as tables
from .bone_clinic_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledgers, tables.claims, tables.treatment_book, tables.accident_cases,
    mails.adjusters, mails.reservations, mails.referrals, systems.export, systems.database,
    systems.dump, tables.card_payments, letters.intake_forms, tables.staff_book,
    letters.handover, letters.watch_list, systems.chat, systems.web_log, letters.manual,
    tables.vendors, letters.certificates, systems.archive, tables.guardians,
], stamp=STAMP)
generate = CORPUS.generate
