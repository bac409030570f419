"""Blind corpus 46: a fitness club chain's (フィットネスクラブ・アクティブワン, three branches:
新宿, 川崎, 吉祥寺) leaked share.

151 people in seeds 1 and 2 (88 members, 14 emergency contacts, twelve staff and four of their
dependants, ten trial inquirers, four client contacts and four new corporate members, twelve
old members, a doctor, two vendors) over 40 files, two more in a zip and one a mail's
attachment: the member master and 吉祥寺's legacy export (CP932), card payments, 入会申込書
and PAR-Q sheets (.docx) with their health summary (.xlsx), gate logs with app IPs, trainers'
notes, the InBody export, five trial mails, a forwarded change of address, a client's new
members (CSV attached), the web form export, the 法人会員 list, the staff roster (個人番号,
基礎年金番号, dependants), the shift table, the app's SQLite database, a MySQL dump, the 2019
old members' zip, memos, the 退会 list, 口座振替 results, PDFs (an application copy, an
invoice) and the emergency contact list. Hard negatives: 領収書番号 passing the My Number
check, 注文番号 and ロット番号 passing Luhn, JAN codes, the manual's example card, name, phone
and mail, the roster's 記入例 My Number.
"""

from __future__ import annotations

from datetime import datetime

from . import fitness_club_letters as letters
from . import fitness_club_mails as mails
from . import fitness_club_systems as systems
from . import fitness_club_tables as tables
from .fitness_club_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.member_master, tables.card_payments, letters.applications, letters.par_q,
    tables.health_summary, systems.gate_logs, letters.trainer_notes, tables.inbody,
    mails.trial_mails, mails.address_change, mails.corporate_mail, systems.web_form,
    tables.corporate, tables.staff_roster, tables.shifts, systems.app_database,
    systems.reservation_dump, systems.old_members, letters.lockers, tables.leavers,
    tables.debits, tables.receipts, letters.manual, systems.chat, letters.handover,
    letters.pdfs, tables.legacy_export, letters.emergency_list, tables.card_stock,
], stamp=datetime(2024, 10, 31, 9, 0, 0))
generate = CORPUS.generate
