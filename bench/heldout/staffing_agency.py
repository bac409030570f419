"""Blind corpus 31: a staffing agency's (人材派遣会社, 株式会社アクシスキャリア) leaked file server.

Some 120 people (registered staff, foreign staff with 在留カード and passports, the agency's
employees, staff's dependants, client companies' contacts) over 27 files: the CP932 登録スタッフ
台帳, the matching system's TSV export and SQL dump, the 在留カード管理表, the マイナンバー管理
台帳 and two 個人番号届出書 with dependants, a driver list with licences, the 社保・雇用保険 list,
health check results with conditions, the pay accounts (half-width kana) and a 全銀 transfer file,
the corporate cards, the client list with 法人番号, two 派遣契約書 and three 就業条件明示書 PDFs,
the 面談メモ (full-width digits, hyphen look-alikes), four mails (two attachments), the
attendance portal's log, last month's backup zip and an incident memo. Hard negatives pass the
My Number, 法人番号 and Luhn checks.
"""

from __future__ import annotations

from datetime import datetime

from . import staffing_agency_books as books
from . import staffing_agency_letters as letters
from . import staffing_agency_mails as mails
from . import staffing_agency_systems as systems
from . import staffing_agency_tables as tables
from .share import Corpus
from .staffing_agency_population import populate

CORPUS = Corpus(populate, [
    tables.staff_ledger, tables.matching_export, tables.residence_cards, tables.my_number_ledger,
    letters.my_number_forms, tables.drivers, tables.social_insurance, books.health_checks,
    books.bank_master, books.transfer_file, books.corporate_cards, books.clients,
    letters.contracts, letters.work_terms, letters.memo, mails.registration, mails.residence_card,
    mails.business_trip, mails.entry_list, systems.portal_log, systems.matching_dump,
    systems.backup, systems.incident_memo,
], stamp=datetime(2024, 11, 1, 9, 0, 0))
generate = CORPUS.generate
