"""Blind corpus 28: a rental management company's (株式会社みなと住宅管理) leaked share.

About 112 people (tenants and their families, guarantors, emergency contacts, owners, applicants,
vendors' contacts, staff) over 26 files: a CP932 契約台帳 with half-width-kana holders, a 全銀
口座振替 file, an arrears .xlsx under a title and a merged group row, ID-copy lists, a guarantor
company's JSONL, 入居申込 .docx and PDF, portal and English mails, owners with 法人番号, a tenant
portal's SQL dump and log, a move-out JSON, 管理メモ and a renewal zip.
"""

from __future__ import annotations

from datetime import datetime

from . import rental_agency_letters as letters
from . import rental_agency_systems as systems
from . import rental_agency_tables as tables
from .rental_agency_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.contract_ledger, tables.direct_debit, tables.arrears, tables.id_copies,
    tables.screening, tables.owners, tables.vendors, tables.key_ledger, systems.portal_dump,
    systems.portal_log, systems.move_outs, letters.applications, letters.mails, letters.memo,
    systems.renewals, systems.residents,
], stamp=datetime(2024, 11, 30, 9, 0, 0))
generate = CORPUS.generate
