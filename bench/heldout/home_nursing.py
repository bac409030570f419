"""Blind corpus 64: a home-visit nursing station's (ひだまり訪問看護ステーション) file share.

Some 140 people counted (42 patients: 32 elderly, six psychiatric, four children on medical care;
their families, 15 staff, ten doctors, nine care managers, ten ended patients, a special
school's teacher and three web enquirers with the parent they ask for) over 38 files, two more
in a zip and one attached to a mail: the patient ledger (CP932, 被保険者番号 and 公費), the
psychiatric patients (TSV, 手帳 grades), six 訪問看護指示書 PDFs, four 計画書 and three 報告書,
November's visit schedule, the emergency phone tree, the doctors' and care managers' contacts,
the receipts (CP932) and direct debits, five mails (a care manager's referral in ISO-2022-JP
and the reply quoting it, a doctor's list forwarded, a monthly report, a relative's new
mobile), the team chat (a password), the visit app's log (staff IPs), database (plain
passwords) and dump, the ended patients' zip (a 看取り記録), two handover memos (one CP932),
the app manual, the station's details, the staff roster (salary accounts, My Numbers, 基礎年金
番号), two 医療的ケア児 連絡票 and the web form. Hard negatives: 請求番号 passing Luhn or the My
Number check, 指示書番号 passing the My Number check, the manual's samples; clinics', offices'
and the station's numbers and addresses, work mails, kana names, surnames alone and the dead
are neutral.
"""

from __future__ import annotations

from . import home_nursing_letters as letters
from . import home_nursing_mails as mails
from . import home_nursing_systems as systems
from . import home_nursing_tables as tables
from . import home_nursing_workbooks as workbooks
from .home_nursing_cast import populate
from .home_nursing_people import STAMP
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.psychiatric, letters.instructions, letters.plans, letters.reports,
    workbooks.schedule, tables.phone_tree, workbooks.contacts, tables.receipts,
    tables.direct_debit, mails.referral, mails.forwarded, mails.monthly, mails.new_mobile,
    systems.chat, systems.app_log, systems.database, systems.dump, systems.ended, systems.memos,
    letters.manual, letters.office, workbooks.roster, letters.children, systems.webform,
], stamp=STAMP)
generate = CORPUS.generate
