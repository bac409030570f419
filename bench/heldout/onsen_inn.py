"""Blind corpus 52: a family-run 温泉旅館 and its business hotel's (湯元 川瀬旅館 and ビジネス
ホテル カワセ伊東駅前, 株式会社 川瀬観光, 伊東市) leaked share.

126 people exposed (85 Japanese and 18 foreign guests, ten staff and two 特定技能 staff, six
emergency contacts and three dependants with 個人番号, a sake dealer's 営業, a doctor) over 33
files, two more in a zip and a mail attachment: the CP932 予約一覧, the 宿泊者名簿 and 食事対応
workbooks (passports, 免許証, allergies and conditions), the foreign guests' tablet CSV, the
card guarantee log, ten mails (OTA notices with a virtual card, a group roster, a vendor, a
wedding), two .docx for banquets, the staff roster (口座, 個人番号, 在留カード), LINE chats, the
常連 SQLite, the old 台帳 zip, the web MySQL dump, the contact form, the kiosk log, two memos,
the manual and the group's PDF, a letter, the 送迎 TSV and 法人請求. Hard negatives:
reservation and invoice numbers passing the My Number check, transaction and member numbers
passing Luhn, the manual's and the 記入例's sample values, the inn's own numbers and the
kiosks' LAN IPs; kana readings, surnames alone and a 保険証's 記号・番号 are neutral.
"""

from __future__ import annotations

from . import onsen_inn_letters as letters
from . import onsen_inn_mails as mails
from . import onsen_inn_systems as systems
from . import onsen_inn_tables as tables
from .onsen_inn_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.reservations, tables.register, tables.tablet, systems.payments, tables.meals,
    mails.ota, mails.group, mails.vendor, mails.wedding, letters.banquets, tables.roster,
    systems.chats, letters.lost_and_found, systems.regulars, systems.archive, systems.dump,
    systems.web_form, systems.kiosk, letters.handover, letters.pdfs, letters.apology,
    tables.pickups, tables.billing,
], stamp=STAMP)
generate = CORPUS.generate
