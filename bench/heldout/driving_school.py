"""Blind corpus 34: a driving school's (株式会社北斗自動車学校, a 本校 and a 北分校) leaked share.

111 to 120 people (74-78 students: minors, 二輪 holders, re-acquirers of a revoked licence, 合宿
students from far off; the minors' parents, the 合宿 students' parents as emergency contacts,
thirteen staff and five dependants, last year's graduates) over 21 files: the 教習生台帳 (a
two-row header), the CP932 技能教習予約, the 病気の症状等申告 (epilepsy, diabetes and the
licence questionnaire's other conditions) and its blank 質問票, minors' 入校申込書 (.docx, a
parent's consent) and the 北分校's (PDF), the 合宿 participants' TSV, the 学資ローン 口座振替
list and its 全銀 file, card payments, 卒業検定 results, the 職員名簿 (個人番号, licences,
dependants), the instructors' licences, the web booking log, the booking system's SQL dump,
four mails (a parent's consultation and its reply, a booking change, the 合宿 list forwarded as
an attachment), the 受付's 引継ぎメモ (full-width digits, hyphen look-alikes, a password, a card
and its code) and last year's backup zip. Hard negatives pass the My Number, licence and Luhn
checks.
"""

from __future__ import annotations

from datetime import datetime

from . import driving_school_accounts as accounts
from . import driving_school_letters as letters
from . import driving_school_mails as mails
from . import driving_school_systems as systems
from . import driving_school_tables as tables
from .driving_school_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.bookings, tables.aptitude, letters.questionnaire, letters.applications,
    letters.application_pdf, tables.camp, accounts.loans, accounts.transfer_file,
    accounts.payments, tables.exams, tables.staff_list, tables.instructors, systems.web_log,
    systems.booking_dump, mails.consultation, mails.reply, mails.reschedule, mails.forwarded,
    letters.memo, systems.backup,
], stamp=datetime(2026, 11, 27, 9, 0, 0))
generate = CORPUS.generate
