"""Blind corpus 49: a two-branch buyback shop's (古物商 リユースマート, 町田本店 and 相模大野駅前店)
leaked share.

About 153 people (105 sellers, a minor among them with a guardian, nine staff and four of their
family, two police officers, two auction-house staff, eighteen point-card members, twelve
sellers of 2023) over 34 files, two more in a zip and a mail attachment: the POS's CP932
export, the monthly 古物台帳 (.xlsx), the transfer list and the 全銀 file, six 出張買取 mails
and the November schedule, the web 宅配買取 export and kit list, the POS's SQLite and app log,
the point card's MySQL dump, the 年末調整 staff book (個人番号), the phone tree, three 買取明細書
(PDF), the police's 照会 and the shop's answer (.docx), the 要注意客 list, a handover memo, the
team chat, the old ledger zip, the web shop's orders with cards, the minor's 保護者同意書 and
the auction house's mail. Hard negatives: order, member and receipt numbers passing Luhn or the
My Number check, JAN codes and IMEIs, the manual's sample values, the shop's own numbers
(neutral).
"""

from __future__ import annotations

from . import buyback_shop_letters as letters
from . import buyback_shop_mails as mails
from . import buyback_shop_systems as systems
from . import buyback_shop_tables as tables
from .buyback_shop_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.pos_export, tables.ledger_september, tables.ledger_october, tables.transfers,
    tables.zengin, mails.requests, systems.web_form, tables.kits, systems.pos_backup,
    systems.points_dump, tables.staff_book, tables.phone_tree, letters.statements, mails.police,
    letters.watch_list, letters.handover, systems.chat, systems.archive, tables.web_orders,
    tables.stock, letters.shop_info, letters.manual, mails.auction, tables.schedule,
    letters.consent, systems.app_log,
], stamp=STAMP)
generate = CORPUS.generate
