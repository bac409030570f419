"""Blind corpus 50: a guest-house wedding hall's (ヴィラ・ルミエール湘南, 株式会社ルミエール
ブライダル, 藤沢市) leaked share.

About 121 people (sixteen couples booked for 2026, three brides' mothers, forty guests of four
couples, eight staff and three of their dependants, four vendors' contacts, web inquirers and
fair visitors, nine couples of 2019-2021) over 33 files, four more in a zip and one mail
attachment: the CP932 成約者一覧, four 招待客リスト (.xlsx, with 席次表), three 打合せ記録
(.docx) and a プロフィールシート, 見積書 and 請求書 (PDF), the 内金・入金 book (cards, refund
accounts, ご祝儀), five mails, the web 資料請求 export and app log, the fair booking SQLite, the
old CRM's MySQL dump, the 年末調整 staff book (個人番号), the vendors' CSV, the 2019-2021 zip,
two memos, the booking manual, the dress TSV, the planners' chat and an anniversary invitation.
Hard negatives: 管理番号 and order numbers passing the My Number check, transaction and receipt
numbers passing Luhn, the manual's sample values, the hall's own address, FAX and account, an
attacker's IP; the hall's phone and 法人番号, staff as 担当 and kana readings are neutral.
"""

from __future__ import annotations

from . import wedding_hall_letters as letters
from . import wedding_hall_mails as mails
from . import wedding_hall_systems as systems
from . import wedding_hall_tables as tables
from .share import Corpus
from .wedding_hall_people import STAMP, populate

CORPUS = Corpus(populate, [
    tables.contracts, tables.guest_lists, letters.meetings, letters.quotes, tables.payments,
    mails.mails, systems.web_form, systems.fair_db, systems.crm_dump, tables.staff_book,
    tables.vendors, systems.archive, letters.memos, letters.manual, tables.dresses,
    systems.chat, systems.app_log, tables.profile, letters.invitation,
], stamp=STAMP)
generate = CORPUS.generate
