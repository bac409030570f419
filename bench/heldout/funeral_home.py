"""Blind corpus 41: a small funeral home's (株式会社さくら典礼, 葬儀社 in 川越) leaked share.

117 to 123 people (the 喪主 and family of twenty 施行, forty 会葬者 and the 連名 spouses in the
香典帳, 互助会 members, three planning their own funeral and a relative each, web customers and
inquirers, eight staff and their spouses) over 22 files, two of them in a zip and one a mail's
attachment: the CP932 施行台帳, the 香典帳 (.xlsx, under 「ご芳名」), three 見積書 and two
契約書 (.docx), the 死亡届・火葬許可申請 copies, the 供花 orders (JSONL), the 互助会 list, three
事前相談 memos, three mails, the 社員台帳 (年末調整), the 全銀 salary file, the 打合せメモ, the
web inquiries' SQL dump, the 2023-2024 zip and the florist orders (TSV). The deceased are no
one: their names, birth dates, addresses, 本籍 and 死因 are neutral. Hard negatives: 施行番号,
火葬許可番号 and 互助会会員番号 passing the My Number check, 見積番号 and 受付番号 the 法人番号
check, 注文番号 and 発注番号 Luhn; 死亡日, 通夜, 告別式 and 火葬日 beside birth dates.
"""

from __future__ import annotations

from datetime import datetime

from . import funeral_home_letters as letters
from . import funeral_home_mails as mails
from . import funeral_home_systems as systems
from . import funeral_home_tables as tables
from .funeral_home_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.koden, letters.estimates, letters.contracts, tables.death_forms,
    systems.flower_orders, tables.members, letters.consultations, mails.mails,
    tables.staff_register, tables.salary_transfer, letters.meetings, systems.inquiry_dump,
    systems.archive, tables.florist_orders,
], stamp=datetime(2025, 12, 26, 18, 0, 0))
generate = CORPUS.generate
