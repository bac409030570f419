"""Blind corpus 43: a condominium management company's (株式会社ミナト住宅管理 or another drawn,
マンション管理会社 in 港区芝浦) leaked share.

108 to 115 people (the owners, tenants, emergency contacts and 居住者届 families of three
buildings' units, eight staff, three contractors' contacts, four former owners) over 28 files,
two of them in a zip and one a mail's attachment: three CP932 区分所有者名簿, the 全銀 口座振替
file, the 滞納者一覧 and 駐車場 workbooks, two 駐輪場 lists (kana alone), two 理事会議事録
(.docx), six 居住者届 (.xlsx), the 避難行動要支援者名簿, four mails, the portal's access log
(JSONL), the 管理 database's dump, the 平成30年 名簿 zip, the 職員台帳, the front's 引継ぎメモ, the
portal's contact export (TSV) and a 督促状 (PDF). Every surname, given name and company name
found in a file is neutral there unless expected. Hard negatives: 契約番号 and 受付番号 passing
the My Number check, a 見積番号 passing Luhn; the company's, buildings' and contractors' phones,
addresses and 法人番号 are neutral.
"""

from __future__ import annotations

from datetime import datetime

from . import condo_management_letters as letters
from . import condo_management_mails as mails
from . import condo_management_systems as systems
from . import condo_management_tables as tables
from .condo_management_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.rosters, tables.direct_debit, tables.arrears, tables.parking, tables.bicycles,
    letters.minutes, tables.resident_forms, tables.evacuation, mails.complaint, mails.estimate,
    mails.new_tenant, mails.guest_room, systems.portal_log, systems.database_dump,
    systems.old_roster, tables.staff_register, letters.handover, tables.contact_export,
    letters.dunning, systems.neutral_names,
], stamp=datetime(2024, 10, 27, 9, 0, 0))
generate = CORPUS.generate
