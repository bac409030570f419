"""Blind corpus 38: a small insurance agency's (有限会社みどり保険サービス, 損保・生保代理店)
leaked share.

118 to 122 people (48 customers, half with a spouse and some with a child as 被保険者 or
受取人; six 募集人, three with a spouse; four corporate customers' contacts; nine accident
counterparties; ten web prospects; a contact at each insurer) over 23 files, three of them in
a zip and one a mail's attachment: the CP932 顧客台帳 export, the 全銀 口座振替 file, the
口座振替依頼書 (.docx), the 満期案内 and 募集人名簿 workbooks (扶養控除申告書 sheets), six 告知書
and a scanned one (PDF), the 事故受付メモ, the web quote requests (JSONL), the SQLite CRM, three
mails, the claims zip (a deceased insured: no one), a 募集人's 引継ぎメモ, the 保障設計 TSV, the
更改のご案内 (.docx) and the card payments. Hard negatives: 証券番号, 募集人登録番号, 事故受付番号
and 申込番号 passing the My Number check, 受付番号 passing the 法人番号 check, 会員番号, form ids
and 見積番号 passing Luhn, 告知事項なし, がん保険 and 疾病特約.
"""

from __future__ import annotations

from datetime import datetime

from . import insurance_agency_letters as letters
from . import insurance_agency_mails as mails
from . import insurance_agency_systems as systems
from . import insurance_agency_tables as tables
from .insurance_agency_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.transfer, letters.transfer_form, tables.due_list,
    tables.staff_register, letters.declarations, letters.declaration_scan, letters.accidents,
    systems.web_quotes, systems.crm, mails.mails, systems.claims_zip, letters.handover,
    tables.family_tsv, letters.renewal, tables.cards,
], stamp=datetime(2024, 9, 30, 18, 0, 0))
generate = CORPUS.generate
