"""Blind corpus 53: a 健診センター's (医療法人社団 みなと台健診センター, 企業健診 + 国保
特定健診) leaked share.

124 people or so (100 examinees: 56 employees of three client companies and 44 みなと台市 国保
members; fourteen family members named as emergency contacts, the companies' three 人事担当,
eight staff, the 産業医 and a hospital doctor) over 37 files, two more in a zip and three mail
attachments: the reservation roster (CP932) and November's bookings, the results workbook, the
web 問診票 and its access log (IPs), two paper 問診 as JSON, five 結果のお知らせ, three 紹介状 and
an 意見書 (.docx), two reports to 人事 and an invoice (PDF), seven mails, the 産業医's memo, the
lab's MySQL dump, the reservation SQLite, the 2019/2021 zip, the staff book with 個人番号, the
manual, the client list, the staff chat, the handover memo and the 特定健診 report. Hard
negatives: 受付番号 passing the My Number check, Luhn-valid 検体番号 and 請求番号, the manual's
sample values, the companies', city's and centre's numbers and addresses.
"""

from __future__ import annotations

from . import health_check_letters as letters
from . import health_check_mails as mails
from . import health_check_systems as systems
from . import health_check_tables as tables
from .health_check_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.roster, tables.bookings, tables.results, systems.webform, systems.paper_forms,
    letters.result_letters, letters.referrals, letters.reports, mails.companies, mails.forwarded,
    mails.city_claim, letters.memo, systems.dump, systems.database, systems.archive,
    tables.staff_book, letters.manual, tables.clients, systems.chat, letters.handover,
    letters.invoice, tables.tokutei, letters.opinion,
], stamp=STAMP)
generate = CORPUS.generate
