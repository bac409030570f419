"""Blind corpus 42: a dental clinic's (医療法人社団 …歯科医院 in 横浜市港北区, with 訪問歯科)
leaked share.

129 to 135 people (patients and their families, guardians of children, 訪問 patients and their
キーパーソン, ten staff) over 24 files, two more in a zip and one a mail's attachment: the
レセコン's CP932 患者台帳 and 保険証確認 TSV, the web booking log (JSONL), the appointment book
(SQLite), the 問診票 (.docx, a template and three filled in) and their 入力一覧 (.xlsx), the
recall postcards, the 訪問記録 (.xlsx), 訪問メモ and a 訪問歯科診療計画書 (PDF), the 職員台帳
and the 全銀 salary CSV, three mails with the dental lab, two implant 見積書 and the card
payments, the reception's 申し送りメモ and PC password note, and the 2019 archive. The deceased
訪問 patient is no one; the facilities' staff and the lab's technician are named in their role
(neutral). Hard negatives: 受付番号, the web 予約番号 and 施設基準届出受理番号 passing the My
Number check, 見積番号 the 法人番号 check, 技工指示書番号, 伝票番号 and the appointment book's
予約番号 Luhn; 保険者番号 neutral.
"""

from __future__ import annotations

from datetime import datetime

from . import dental_clinic_letters as letters
from . import dental_clinic_mails as mails
from . import dental_clinic_systems as systems
from . import dental_clinic_tables as tables
from . import dental_clinic_visits as visits
from .dental_clinic_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.insurance_checks, systems.web_bookings, systems.appointments,
    letters.questionnaires, tables.questionnaire_list, tables.recall, visits.records, visits.memo,
    visits.plan, tables.staff_register, tables.payroll, mails.lab, letters.implants,
    letters.reception_memo, systems.pc_settings, systems.archive,
], stamp=datetime(2026, 11, 20, 18, 0, 0))
generate = CORPUS.generate
