"""Blind corpus 70: the ふるさと納税 desk of a small town hall (岐阜県加茂郡北山町, 企画課
ふるさと納税係) and its portal and shipping contractor (株式会社ミナモ地域商社).

104 people counted (80 donors, six spouses sharing a donor's home and landline, 14 gift
recipients, four of the five elderly donors' agents; the fifth is in no file) over 29 files,
two more in a zip and one attached to a mail: the portal's two half-year exports (CP932) and
order API (JSON), the typed one-stop applications (a TSV and a CSV: My Numbers, licences), the
reception ledger workbook, three 受領証明書 and a 変更届出書 (docx), the council's roster
(PDF), seven mails (a dementia, a complaint, tracking numbers), the app log (IPs), the staff
chat, the shipping SQLite, the old system's MySQL dump (a bcrypt hash), last year's zip (a refund
account), three memos (a hospital stay), the contact form's export and the thank-you list. Hard
negatives: donation, reception, certificate and tracking numbers passing the My Number check,
Luhn-valid gift codes, the manual's samples; the town's and contractor's numbers, staff and
company contacts, kana names, surnames alone and a roster's cities are neutral.
"""

from __future__ import annotations

from . import furusato_letters as letters
from . import furusato_mails as mails
from . import furusato_systems as systems
from . import furusato_tables as tables
from .furusato_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.portal_first, tables.portal_second, systems.orders, tables.onestop_tsv,
    tables.onestop_csv, tables.ledger, letters.receipts, letters.change_form, letters.roster,
    mails.gift_missing, mails.complaint, mails.tracking, mails.moved, mails.proxy,
    mails.company, mails.couple, systems.applog, systems.chat, systems.shipping, systems.dump,
    systems.last_year, letters.handover, letters.phone_log, letters.manual, tables.gift_master,
    systems.webform, letters.thanks,
], stamp=STAMP)
generate = CORPUS.generate
