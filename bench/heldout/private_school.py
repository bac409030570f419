"""Blind corpus 30: a private school's (学校法人清陵学園, 中学校・高等学校) leaked share.

149 living people (38 students of 30 families and their guardians, 15 staff with an ALT, 12
applicants and their guardians, 10 alumni, 5 web inquirers) over 23 files: a CP932 生徒名簿,
the 保護者連絡網 (employers neutral), an applicants' TSV and 合格通知書, a 保健調査票 .docx with
conditions and 保険証 numbers, a 口座振替 file with half-width-kana holders, arrears and staff
contacts as PDFs, 奨学金 forms, the 教職員台帳 (licences, 在留カード, 私学共済), teachers' mails
(a class list sent to a guardian, an agency's passport list), the 海外研修 roster, the 同窓会
list, the web form's log, the portal's SQL dump with cards, a 引継ぎメモ, 面談記録, the club
app's SQLite and last year's backup zip. Hard negatives pass the My Number, 法人番号 and Luhn
checks.
"""

from __future__ import annotations

from datetime import datetime

from . import private_school_letters as letters
from . import private_school_mails as mails
from . import private_school_systems as systems
from . import private_school_tables as tables
from .private_school_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.roster, tables.contact_network, tables.applicants, letters.health_survey,
    tables.direct_debit, tables.scholarship, tables.staff_ledger, letters.staff_contacts,
    mails.absences, mails.missent, mails.passports, tables.trip_roster, tables.alumni,
    systems.inquiries, systems.portal_dump, letters.arrears, letters.acceptance_letters,
    letters.handover_memo, letters.interviews, systems.club_db, systems.archive,
], stamp=datetime(2027, 2, 3, 9, 0, 0))
generate = CORPUS.generate
