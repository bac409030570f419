"""Blind corpus 33: a hotel group's (株式会社みなと観光ホテルズ) leaked share.

112 people (twelve employees, five spouses and five children, 58 Japanese guests and eight
companions, nine foreign guests, a company trip's twelve, a bridal couple, a banquet's
organizer) over 16 files: the CP932 宿泊者名簿, the OTA's reservation export, a 団体予約票 with
its rooming list (health notes), the card guarantee sheet (CVVs in memos), the 婚礼 and 宴会
contracts (.docx), the 従業員台帳 (個人番号, licences, accounts, dependants), the CP932 給与振込
data (half-width kana), three mails (a complaint forwarded, a lost-and-found reply with the
遺失物台帳 attached, a foreign guest's booking change), the front's 申し送り (full-width digits,
hyphen look-alikes, health notes), the Wi-Fi portal's log, the PMS's SQL dump, September's
backup zip and the shuttle shifts. Hard negatives pass the My Number, 法人番号, Luhn and licence
checks; foreign guests' phones and the hotel's own contacts are neutral.
"""

from __future__ import annotations

from datetime import datetime

from . import hotel_letters as letters
from . import hotel_mails as mails
from . import hotel_systems as systems
from . import hotel_tables as tables
from .hotel_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.register, tables.ota, tables.group, tables.cards, letters.wedding, letters.banquet,
    tables.ledger, tables.payroll, mails.complaint, mails.lost_and_found, mails.booking_change,
    letters.memo, systems.wifi, systems.pms_dump, systems.backup, systems.shuttle,
], stamp=datetime(2024, 11, 6, 9, 0, 0))
generate = CORPUS.generate
