"""Blind corpus 71: a small 司法書士事務所's (桜井司法書士事務所, 港区芝) shared drive.

The living people the files expose are counted (the clients and heirs of 16 inheritances, five
wards and their applicants and doctors, six companies' officers, nine debtors, the bank clerks,
a realtor, a tax accountant, web inquirers, the old system's clients, callers and the three
staff); the dead are not, though their names, birth dates, 最後の住所, 本籍 and accounts are in
the truth, no one's (a last address the heir's where an heir lives there). 40 files, two more
in a zip and one attached to a mail: the case export (CP932), four 相続関係説明図, two
遺産分割協議書 drafts, the case ledger (identity checks: licences, a My Number), the wards'
list, two 後見事務報告書 and a diagnosis memo, the officers' TSV, two companies' 登記申請書 and
委任状 and an heir's 委任状 (PDF), the debt clients' workbook, an overpayment memo, seven mails,
the web form (IPs), the fee database (SQLite), the old system's dump, the closed cases' zip, a
handover, the call book, a template, the office chat, the access log, the office's details, a
ward's relatives, a 定款 draft and the inheritance progress sheet. Hard negatives: 受付番号
passing the My Number check, 不動産番号 passing the 法人番号 check, Luhn-valid invoice
numbers, the template's samples; the office's numbers, surnames alone and kana are neutral.
"""

from __future__ import annotations

from . import scrivener_letters as letters
from . import scrivener_mails as mails
from . import scrivener_memos as memos
from . import scrivener_systems as systems
from . import scrivener_tables as tables
from .scrivener_cases import populate
from .scrivener_people import STAMP
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.case_export, letters.charts, letters.divisions, tables.ledger, tables.wards,
    letters.reports, tables.officers, letters.filings, tables.debtors, letters.overpayment,
    mails.consultation, mails.bank_reply, mails.forward, mails.realtor, mails.heirs_list,
    mails.repayment, systems.webform, systems.fees, systems.dump, systems.closed,
    memos.handover, memos.calls, memos.template, systems.chat, systems.access_log,
    memos.office_info, memos.relatives, memos.articles, mails.nephew, tables.progress,
], stamp=STAMP)
generate = CORPUS.generate
