"""Blind corpus 39: a small travel agency's (株式会社ほしぞらトラベル: 募集型企画旅行 and
手配旅行) leaked share.

About 134 to 140 people (26 to 30 bookings on a Hawaii, a Taipei and a Hokkaido tour: families,
couples, friends and travellers alone, each booking with an emergency contact; six to eight
staff and their dependants; the web form's prospects; a client company's contact and ten
employees) over 25 files: the CP932 申込者台帳, the rooming list (.xlsx), four English e-ticket
mails, five 予約確認 mails, a forwarded mail with the party's passports attached, two 申込書
(.docx), the booking SQLite, June's web inquiries (JSONL), the staff's 年末調整 (.xlsx), the
緊急連絡先 list, the vendors (TSV), the visa zip, the 引継ぎメモ, the bank's 入金明細, the
cancellation refunds, the 最終日程表 (PDF) and a 手配旅行 依頼書 (.xlsx). Hard negatives:
予約番号 passing Luhn like a JCB card, 受付番号, 見積番号 and 登録番号 passing the My Number
check, 13-digit ticket and ESTA numbers, 出発日 and 旅券有効期限 beside birth dates, and the
hotels', buses' and airlines' names, phones and addresses.
"""

from __future__ import annotations

from datetime import datetime

from . import travel_agency_letters as letters
from . import travel_agency_mails as mails
from . import travel_agency_systems as systems
from . import travel_agency_tables as tables
from .share import Corpus
from .travel_agency_people import populate

CORPUS = Corpus(populate, [
    tables.ledger, tables.rooming, mails.etickets, mails.confirmations, mails.companions,
    letters.applications, systems.booking_db, systems.inquiries, tables.year_end,
    tables.emergency, tables.vendors, systems.visa_zip, letters.handover, tables.deposits,
    tables.refunds, letters.itinerary, tables.arrangement,
], stamp=datetime(2026, 7, 1, 9, 0, 0))
generate = CORPUS.generate
