"""Blind corpus 27: a general hospital's (むさしの総合病院) leaked share.

About 130-140 living people (staff, care managers, patients, key persons, 健診 examinees) over
23 files: a ward's CP932 admission list with 被保険者記号・番号, 退院サマリー and 紹介状 .docx,
a nursing roster .xlsx, a 全銀 refund file, 高額療養費 forms, a 死亡退院 list (the deceased are
neutral, not counted), care managers' mails, a 予約 SQL dump and JSON log, a 健診 zip.
"""

from __future__ import annotations

from datetime import datetime

from . import hospital_letters as letters
from . import hospital_mails
from . import hospital_tables as tables
from .hospital_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.admissions, tables.family_contacts, letters.handover_memo,
    letters.discharge_summaries, letters.referral, letters.pension_request, tables.care_managers,
    tables.nursing_roster, tables.high_cost_claims, tables.receipts, tables.refunds,
    letters.admission_pdf, tables.reservation_log, tables.reservation_dump, hospital_mails.mails,
    tables.checkup_zip, letters.bulletin, tables.deaths,
], stamp=datetime(2026, 11, 27, 9, 0, 0))
generate = CORPUS.generate
