"""Blind corpus 59: a public junior high school's (川口市立芝川中学校) leaked teachers' share.

About 135 people (48 to 60 students in six 組 and their guardians, two siblings sharing one,
twelve teachers, the 学校医, the スクールカウンセラー, the 教育委員会's 指導主事 and fourteen
graduates in the zip) over 28 files, two in the zip and one CSV in a mail: the three 学年's
rosters (xlsx, the CP932 校務支援 export, TSV), the 緊急連絡網, the PTA officers, the 保健調査
and the heart check's list (conditions), the SC's notes and the 不登校 sheet (counselling
issues), the 進路 survey and grades, the volleyball club, the 就学援助 list, applications (My
Numbers) and transfer data (accounts), the home visits, the staff list, four mails, the photo
consents, the pupils' survey, the 校務支援 SQLite, the guardians' app dump (passwords, IPs) and
log, the 学年会 chat, the graduates' zip, the handover memo, the manual, the newsletter and the
clubs' captains. Hard negatives: 受付番号 and a 申込番号 passing the My Number check, teachers'
licence numbers, the manual's samples, the school's phone, fax, address and mails; kana
readings, surnames alone and teachers' logins are neutral.
"""

from __future__ import annotations

from . import junior_high_letters as letters
from . import junior_high_mails as mails
from . import junior_high_systems as systems
from . import junior_high_tables as tables
from .junior_high_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.first_year, tables.second_year, tables.third_year, tables.contacts, letters.pta,
    tables.health, letters.heart, letters.sc_notes, letters.truancy, tables.career, tables.grades,
    letters.volleyball, tables.school_aid, tables.aid_transfer, letters.home_visits, tables.staff,
    mails.absence, mails.bullying, mails.aid_reply, mails.nurse_doctor, letters.photo_consents,
    systems.survey, systems.koumu, systems.app_dump, systems.app_log, systems.chat,
    systems.graduates, letters.handover, letters.manual, letters.newsletter, tables.clubs,
], stamp=STAMP)
generate = CORPUS.generate
