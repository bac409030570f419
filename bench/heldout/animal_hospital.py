"""Blind corpus 37: an animal hospital's (さくら動物病院 for an odd seed, みどりの森どうぶつ病院 for
an even one, each with a trimming salon) leaked share.

About 126 to 128 people (78-88 owners, a third with a family member at home; ten staff, most
with a relative as emergency contact or dependant; a former trimmer; the salon's outside
helper) over 22 files: the suppliers (法人番号), the CP932 顧客台帳, October's bookings (JSONL),
the カルテメモ, five mails (a customer list attached as CSV), the salon's bookings, three
手術同意書 (.docx), the 職員台帳 (個人番号, licences, accounts, health), the 全銀 transfer, the
booking site's SQLite, the 2019 migration zip, an insurance claim (PDF), the 狂犬病 report (TSV),
the desk's 申し送り, the insurance claims list and the 緊急連絡網 (.docx). The animals are no one:
their names, birth dates, illnesses, microchips, 鑑札 and 証券番号 are hard negatives, as are
受付番号 passing the My Number check, order numbers passing Luhn and 請求書番号 passing the
法人番号 check.
"""

from __future__ import annotations

from datetime import datetime

from . import animal_hospital_letters as letters
from . import animal_hospital_mails as mails
from . import animal_hospital_systems as systems
from . import animal_hospital_tables as tables
from .animal_hospital_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.suppliers, tables.ledger, systems.reservations, letters.memo, mails.mails,
    tables.trimming, letters.consents, tables.staff_ledger, systems.transfer, systems.booking_db,
    systems.old_zip, letters.claim_pdf, tables.rabies, letters.handover, tables.claims,
    letters.roster,
], stamp=datetime(2024, 11, 5, 9, 0, 0))
generate = CORPUS.generate
