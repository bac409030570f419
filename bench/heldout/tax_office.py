"""Blind corpus 29: a tax accountant office's (みなと会計事務所) leaked share.

137 living people (6 client companies' 代表者, employees and their spouses and children, 18
individual 確定申告 clients, 5 staff, a dead client's two heirs) over 24-26 files: a CP932 client
master, 扶養控除等申告書 workbooks (two in folders, four in last year's zip), 給与台帳 and 全銀
振込データ, 源泉徴収票 PDFs, 医療費控除 and 所得控除 working files, a 相続税 memo (the dead client
neutral, not counted), a staff roster, clients' mails with a base64 CSV attachment, the accounting
tool's SQL dump, a portal log, a SQLite database and an invoice .docx with T-numbers.
"""

from __future__ import annotations

from datetime import datetime

from . import tax_office_letters as letters
from . import tax_office_systems as systems
from . import tax_office_tables as tables
from .share import Corpus
from .tax_office_people import populate

CORPUS = Corpus(populate, [
    tables.client_master, tables.year_end, tables.payroll, letters.withholding_slips,
    tables.medical, tables.deductions, letters.inheritance_memo, tables.staff_roster,
    letters.mails, systems.accounting_dump, letters.invoice, systems.portal_log,
    systems.personal_db,
], stamp=datetime(2025, 10, 2, 9, 0, 0))
generate = CORPUS.generate
