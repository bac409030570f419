"""Blind corpus 57: a franchised mobile-phone shop's (株式会社モバイルリンク東, 携帯電話販売代理店,
武蔵小杉店 and 三軒茶屋店) leaked share.

About 160 people (nine staff and their emergency contacts, 88 customers, ten 家族割 groups'
members, five minors and their 親権者, six elderly customers and their 代理人 or 成年後見人,
three suppliers' contacts, eight former customers) over 38 files, a CSV in the zip and one in
each of two mails: the CP932 POS export, the 新規契約台帳 (identity document numbers, cards, bank
accounts), the 家族割 list, the old 本人確認 sheet (My Numbers), the web 来店予約 (IPs), the
support chat, the CRM SQLite and billing dump, the shift table, the 下取り台帳, the 親権者同意書,
委任状 and 家族割 申込書 (.docx), eight mails, the handover memo, the manual and three contract
copies (PDF), the 2019 zip (cards with security codes), the handset stock, the MNP log, the
branch list, the staff and suppliers' contacts, the 督促 list and the desk's proxy record.
Hard negatives: IMEIs, ICCIDs and MNP numbers, Luhn-valid 伝票番号 and lots, 管理番号 passing
the My Number check, the company's 法人番号, phones and addresses, the manual's samples; kana
readings and surnames alone are neutral.
"""

from __future__ import annotations

from . import phone_shop_letters as letters
from . import phone_shop_mails as mails
from . import phone_shop_systems as systems
from . import phone_shop_tables as tables
from .phone_shop_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.pos, tables.contracts, tables.family_list, tables.id_checks, systems.reservations,
    systems.chat, systems.crm, systems.billing_dump, tables.shifts, tables.trade_ins,
    letters.consents, letters.proxies, mails.complaints, mails.forwarded, letters.handover,
    letters.manual, letters.copies, systems.old_zip, tables.stock, systems.mnp_log,
    letters.branches, tables.contacts, letters.family_forms, tables.dunning,
    letters.desk_record, mails.missent,
], stamp=STAMP)
generate = CORPUS.generate
