"""Blind corpus 69: a two-shop hair salon chain's (株式会社ルミエール, Hair Make LUMIERE,
三軒茶屋店 and 中目黒店, with a nail and eyelash corner) file share.

143 people counted (100 customers, five minors and their guardians, ten staff with an
emergency contact each, 12 customers of the closed 自由が丘店 and the dealer's rep) over 31
files, two more in a zip and one attached to a mail: the POS customer export (CP932), the カルテ
workbook (a sheet a shop, skin conditions, pregnancies, medication), six 同意書 (three for
minors, a guardian's table), three Hot Pepper Beauty notices, a forwarded change of booking,
the LINE bookings (a CSV attached), the dealer's reply, the LINE chat export (JSON), the point
card app (SQLite: password hashes), the 2019 POS's MySQL dump, October's card log (numbers
typed into a note), the staff roster (My Numbers, licences, an account, a hernia), the payroll
transfers, four memos (a handover with the POS password, a complaint's contact dermatitis, the
lost property book, the kids' cut day), the closed shop's customers (a zip), the winter DM list
(PDF), the web booking form (IPs), the company's details and the POS manual. Hard negatives:
reservation, receipt and lot numbers passing the My Number check, Luhn-valid member, coupon,
slip and order numbers, JAN codes, the manual's samples; the company's numbers, address and
法人番号, work mails, kana names, surnames alone and the stylists in charge are neutral.
"""

from __future__ import annotations

from . import salon_letters as letters
from . import salon_mails as mails
from . import salon_systems as systems
from . import salon_tables as tables
from .salon_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.pos_export, tables.karte, letters.consents, mails.booking_notices, mails.forward,
    mails.line_bookings, mails.dealer, systems.chat, systems.pointcard, systems.dump,
    tables.card_log, tables.roster, tables.payroll, letters.handover, letters.complaint,
    letters.lost_property, letters.kids_cut, systems.closed_shop, letters.dm_list,
    systems.webform, tables.coupons, tables.stock, letters.company, letters.manual,
], stamp=STAMP)
generate = CORPUS.generate
