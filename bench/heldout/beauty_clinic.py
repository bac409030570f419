"""Blind corpus 44: a beauty clinic's (ベルフルール美容クリニック, four branches in 東京 and
近郊) leaked share.

127 to 129 people (eighteen staff, 88 to 100 patients, six patients' mothers, two minors and
their parents, eight to ten more monitor applicants) over 33 files, three more in a zip and one
a mail's attachment: the booking system's CP932 予約一覧, LINE messages, the web inquiry log,
カウンセリングシート (.docx) and their record (.xlsx), 施術同意書 (PDF, and two minors'
.docx), the medical loan forms, the card payments, the staff register with 個人番号 and
salary accounts, six mails, the 電子カルテ-lite (SQLite), the 2022 monitor campaign, the
reception's memo, the suppliers' TSV and the shift table. Hard negatives: カルテ番号 passing the
法人番号 check, 予約番号, 受付番号 and 管理番号 the My Number check, 会員番号 Luhn.
"""

from __future__ import annotations

from datetime import datetime

from . import beauty_clinic_letters as letters
from . import beauty_clinic_mails as mails
from . import beauty_clinic_systems as systems
from . import beauty_clinic_tables as tables
from .beauty_clinic_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.reservations, systems.line_messages, systems.web_inquiries, letters.counselling_sheets,
    tables.counselling_record, letters.consent_forms, letters.minors_consent, tables.loans,
    tables.card_payments, tables.staff_register, mails.refunds, mails.watch_list,
    mails.confirmation, systems.medical_records, systems.monitor_campaign,
    letters.reception_memo, tables.suppliers, tables.shifts,
], stamp=datetime(2024, 6, 1, 9, 0, 0))
generate = CORPUS.generate
