"""Blind corpus 45: a real-estate sales brokerage's (株式会社みなと住宅流通, 二子玉川) leaked
share.

About 110 people (staff and their emergency contacts, buyers and spouses, sellers and co-owners,
web 査定 requesters, two 司法書士, four bankers) over 24 files, three of them in a zip and one a
mail's attachment: the CRM export (CP932) and dump, two 購入申込書 and the 重要事項説明書 draft
(.docx), two 売買契約書 (PDF), three loan pre-screening workbooks, two 登記 excerpts, the web
査定 form (JSONL), four mails, the 内見 schedule, a sales memo, the staff roster, a refund
transfer file, portal inquiries (TSV), the 買取 identity record and the 2023 deals zip.
Hard negatives: 物件番号 passing the My Number check, 取引番号 and 成約番号 passing Luhn,
管理番号 and 受付番号 passing the 法人番号 check; the company's, banks' and 司法書士's office
phones, addresses and 法人番号 are neutral.
"""

from __future__ import annotations

from datetime import datetime

from . import real_estate_letters as letters
from . import real_estate_mails as mails
from . import real_estate_systems as systems
from . import real_estate_tables as tables
from .real_estate_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.crm_export, systems.crm_dump, letters.purchase_applications, letters.sale_contracts,
    tables.loan_screening, letters.disclosure_draft, letters.registry_excerpts,
    systems.satei_form, mails.settlement_notice, mails.registry_forward, mails.screening_results,
    mails.viewing_reply, tables.viewing_schedule, letters.sales_memo, tables.staff_roster,
    tables.refund_transfers, tables.portal_inquiries, tables.purchase_identity,
    systems.closed_deals, mails.mail_surnames,
], stamp=datetime(2024, 6, 3, 9, 0, 0))
generate = CORPUS.generate
