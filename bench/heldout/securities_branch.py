"""Blind corpus 63: a securities branch office's (丸星証券 新宿支店) file share.

About 150 people (86 customers, 14 staff, eight elderly customers' agents, three deceased
customers, neutral, and their heirs, a 税理士, a 司法書士, a doctor, six corporate clients'
contacts, twelve closed accounts and ten web prospects) over 32 files, two more in a zip and
one attached to a mail: the customer ledger (CP932), the My Number workbook (licence and
passport numbers), the withdrawal accounts, three filled 特定口座開設届, the 相続 letters and
case sheet, four 取引報告書 PDFs, five mails (a complaint, a forwarded complaint with the trade
history, an agent's complaint about a parent's dementia, a corporate thread, a 税理士's
request), the 適合性確認記録 and a 代理人届 (elderly customers' conditions), the CRM (SQLite),
the web trading dump (plain passwords, login IPs), the API log (an API key), the closed
accounts zip, a handover memo, the 外務員 workbook, the manual, the corporate clients, the
card 積立 list, the web form, the sales chat (a My Number), the seminar's attendees, a 住所変更届
PDF and the list of expired ID documents. Hard negatives: 約定番号 passing the My Number check,
Luhn-valid 注文番号 and 受付番号, the manual's samples, ISINs and the 銘柄マスタ; bcrypt
hashes, staff and professionals' work addresses, the branch's numbers, kana surnames and
surnames alone are neutral.
"""

from __future__ import annotations

from . import securities_branch_letters as letters
from . import securities_branch_mails as mails
from . import securities_branch_systems as systems
from . import securities_branch_tables as tables
from .securities_branch_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.my_numbers, tables.withdrawal, letters.opening_forms,
    letters.inheritance, letters.cases, letters.reports, tables.trades, mails.phone_complaint,
    mails.forwarded, mails.elderly, letters.suitability, letters.proxy, systems.crm,
    systems.dump, systems.api_log, systems.closed, systems.handover, tables.registry,
    letters.manual, tables.corporate, mails.corporate, tables.cards, systems.webform,
    systems.chat, tables.seminar, letters.change_form, systems.expired_ids, tables.stocks,
    mails.balance,
], stamp=STAMP)
generate = CORPUS.generate
