"""Blind corpus 54: a Buddhist temple's (宗教法人 慈光山 浄念寺, 浄土真宗本願寺派, with a small
霊園) leaked share.

120 or so living people exposed (of 62 檀家 heads and some 55 family members, three staff
and two dependants, the 葬儀社's two, a 石材店, a doctor, ten web visitors) and 40 dead in the
過去帳 (neutral), over 36 files, two more in a zip and a mail's CSV: the CP932 檀家名簿 (宗派
as sensitive), the 過去帳, the 墓地使用台帳, five 法要 mails, the LINE talk, the お布施 book
and bank CSV, four 永代供養 contracts, the 埋葬許可証 register, the 寺報 list, the 葬儀社's
mails, the staff book with 個人番号, the handover memo (生活保護, illnesses), the 平成20年 zip,
the web reservation SQLite, backup and log, the manual, the 概要, the 塔婆 list, the 総代会
minutes, the 法要 schedule, a 納骨 form, the app's JSON, a 個人番号提供書 and the phone memo.
Hard negatives: 受付番号 passing the My Number check, Luhn-valid plot, receipt and transaction
numbers, the dead's names and 法名, the manual's sample values, the temple's and 葬儀社's
numbers, addresses and accounts.
"""

from __future__ import annotations

from . import temple_letters as letters
from . import temple_mails as mails
from . import temple_systems as systems
from . import temple_tables as tables
from .share import Corpus
from .temple_people import STAMP, populate

CORPUS = Corpus(populate, [
    tables.danka_list, tables.kakocho, tables.plots, mails.requests, systems.chat,
    tables.offerings, letters.contracts, tables.burials, letters.newsletter, mails.funerals,
    tables.staff_book, letters.handover, systems.old_ledger, systems.web, letters.manual,
    letters.overview, tables.toba, letters.minutes, tables.schedule, letters.burial_form,
    systems.app_export, letters.my_number_form, letters.phone_memo,
], stamp=STAMP)
generate = CORPUS.generate
