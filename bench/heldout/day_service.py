"""Blind corpus 58: an after-school day service's (放課後等デイサービス, run by 特定非営利活動法人
みらいキッズ: みらい教室 in 本町 and みらい第二教室 in 西川口) leaked share.

About 140 people (36 guardians and their 40 children, some 20 emergency contacts, fourteen staff,
the 協力医療機関's doctor, two 相談支援専門員, three teachers, six visiting families, five former
children and their mothers) over 36 files, a CSV in a mail, a .docx in another and two members
of the old zip: the 児童台帳 (diagnoses, medication), the guardians' contacts, the emergency
contacts, six 個別支援計画, the 支援記録, the 送迎表, the 国保連 claim and 利用実績, the staff
roster (accounts, My Numbers) and 個人票, the group chat, five mails, two ヒヤリハット PDFs and the
事故報告書, the attendance SQLite (passwords), the guardians dump, the old zip, the handover memo,
the manual, the 見学 form, the NPO's profile, the app log and the shift table.
Hard negatives: 事業所番号, the manual's samples, the NPO's own 〒, address and phones; kana
readings, given names with くん/ちゃん and surnames alone are neutral.
"""

from __future__ import annotations

from . import day_service_letters as letters
from . import day_service_mails as mails
from . import day_service_systems as systems
from . import day_service_tables as tables
from .day_service_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.roster, tables.contacts, tables.emergency, letters.plans, tables.records,
    tables.transport, tables.claims, tables.usage, tables.staff_roster, tables.staff_sheets,
    systems.chat, mails.pickup, mails.monitoring, mails.opinion, mails.leaving,
    letters.near_misses, letters.accident, systems.attendance, systems.dump, systems.old_zip,
    letters.handover, letters.manual, systems.web_form, letters.profile, systems.access_log,
    tables.shifts, mails.absence,
], stamp=STAMP)
generate = CORPUS.generate
