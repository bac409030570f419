"""Blind corpus 32: a marriage agency's (結婚相談所, 株式会社ブライダル縁) leaked share.

Some 110 people (78-88 members, five counsellors, members' parents and siblings, partner
agencies' contacts, mothers as emergency contacts) over 25 files: the CP932 会員台帳, six 身上書
(.docx: religion, illness, family), the お見合い記録 and 成婚退会者一覧, the 本人確認書類一覧
(licences, passports, a 収入証明 sheet with 個人番号), the 独身証明書受付簿 (本籍), a 全銀
口座振替 file, card payments and the bank's 入金明細 (half-width kana), the スタッフ名簿, the
提携相談所一覧 with 法人番号, the member app's login log, the matching system's SQL dump, two
面談メモ (full-width digits, hyphen look-alikes, a password), three mails (an applicants' CSV
attached, a card in the body), last year's backup zip and the 入会申込書 PDF. Hard negatives
pass the My Number, 法人番号 and Luhn checks.
"""

from __future__ import annotations

from datetime import datetime

from . import marriage_agency_letters as letters
from . import marriage_agency_mails as mails
from . import marriage_agency_systems as systems
from . import marriage_agency_tables as tables
from .marriage_agency_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, letters.profiles, tables.omiai, tables.id_documents, tables.single_certificates,
    systems.transfer_file, systems.card_payments, systems.deposits, tables.staff_list,
    tables.partners, tables.marriages, systems.login_log, systems.matching_dump, letters.memos,
    mails.schedule, mails.forwarded, mails.applicants, systems.backup, letters.applications,
], stamp=datetime(2024, 6, 1, 9, 0, 0))
generate = CORPUS.generate
