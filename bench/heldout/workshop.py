"""Blind corpus 68: a 就労継続支援B型 welfare workshop's (特定非営利活動法人 ひだまりワークス,
ひだまり工房, 埼玉県狭山市) file share, with its bakery.

About 110 people counted (40 users, a relative each for the first 30, 12 staff, five
counsellors at three 相談支援 offices, a hospital's PSW, a doctor, 16 former users, seven
visitors and a former user's mother known only from a memo) over 33 files, two more in a zip
and one attached to a mail: the user ledger (CP932, 和暦), the emergency contacts and medical
sheet (diagnoses, medicines), four individual support plans, the wages (accounts), October's
check-in log (JSONL), the billing database (SQLite), the support records' MySQL dump (self-harm,
hallucinations), the 国保連 claim (kana), the staff roster (My Numbers, pensions, a back pain),
the transport list and route memo (full-width numbers), three case records (a suicidal remark,
a compulsory admission) and a handover memo, five mails (a counsellor's report, a reply quoting
a PSW, a mother's sick-day mail, a forwarded list attached, a bakery order), the staff room's
chat, the web form (IPs), the old users' zip, the monthly report to the city (PDF), the
bakery's lots and trading partners, the billing manual, the NPO's details, an assessment sheet
and the family association's list. Hard negatives: lot and claim numbers passing the My Number
check, Luhn-valid JANs and order numbers, the manual's sample values; the NPO's and partners'
numbers, address and 法人番号, work mails, kana readings and surnames alone are neutral.
"""

from __future__ import annotations

from . import workshop_letters as letters
from . import workshop_mails as mails
from . import workshop_systems as systems
from . import workshop_tables as tables
from .share import Corpus
from .workshop_people import STAMP, populate

CORPUS = Corpus(populate, [
    tables.ledger, tables.emergency, letters.plans, tables.wages, systems.checkins,
    systems.billing, systems.dump, tables.claim, tables.roster, letters.transport, letters.cases,
    mails.monitoring, mails.admission, mails.sick_day, mails.prospects, mails.order,
    systems.chat, systems.webform, letters.old_users, letters.report, tables.lots,
    tables.partners, letters.manual, letters.company, letters.assessment, tables.families,
], stamp=STAMP)
generate = CORPUS.generate
