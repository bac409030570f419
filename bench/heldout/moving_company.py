"""Blind corpus 55: a regional moving company's (株式会社さくら引越センター, さいたま市大宮区,
three branches) leaked share.

140 people or so (78 customers, 14 transferees of two client companies and their two 総務, ten
drivers and their emergency contacts, ten part-timers, four office staff, twelve past customers)
over 39 files, two more in a zip and a mail attachment: the web quote requests (JSON Lines, IPs),
the CP932 受注台帳, two crews' 作業指示書 and three 家財リスト (.xlsx), five 見積書 (.docx, PDF),
three 破損報告書, the card and bank-transfer statements, the clients' 転勤者リスト and contract,
two call-centre memos, five mails, the LINE export, the driver list (免許証), the part-timers'
個人番号 CSV, the 不用品回収 TSV, the 2021-2022 zip, the quote SQLite, the CRM dump, the manual,
the branch list, the vehicle list, the app log and the handover memo. Hard negatives: Luhn-valid
見積番号, 取引ID and リース番号, 伝票番号 passing the My Number check, the company's and clients'
法人番号, phones and addresses, the manual's test card; kana readings and surnames alone are
neutral.
"""

from __future__ import annotations

from . import moving_company_letters as letters
from . import moving_company_mails as mails
from . import moving_company_systems as systems
from . import moving_company_tables as tables
from .moving_company_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    systems.webform, tables.ledger, tables.crews, tables.inventories, letters.quotes,
    letters.quote_pdfs, letters.claims, tables.cards, tables.transfers, tables.transferees,
    letters.contract, letters.memos, mails.replies, mails.forwarded, systems.line_chat,
    tables.drivers, tables.part_timers, tables.collection, systems.archive, systems.database,
    systems.dump, letters.manual, letters.branches, tables.vehicles, systems.app_log,
    letters.handover,
], stamp=STAMP)
generate = CORPUS.generate
