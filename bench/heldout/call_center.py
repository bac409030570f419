"""Blind corpus 65: an outsourced call centre's (ベルリンク 札幌第2センター) file share for a
mail-order client (ハルモニア通販).

About 160 people (90 customers, twelve of them elderly, nine families calling for them, 22
operators and four SVs with 14 emergency contacts, three client staff, three drivers, ten
customers of 2019 and six wives calling) over 32 files, two more in a zip and one attached to a
mail: the CRM's two months of 応対履歴 (CP932), six call transcripts (a card read out with its
security code, a move), two families' calls (a parent's dementia), the chat export (cards
typed in, a diabetes, IPs), the returns workbook (refund accounts), the 要注意顧客 list
(dementia, welfare, illness, a criminal record), the operator roster (emergency contacts,
accounts, My Numbers, a licence, a pension number), the shift table, the CTI log, the ticket
system (SQLite and its SQL backup: plain passwords), the 2019 archive zip, a handover memo (a
depression, a shared password), the talk script, two クレーム報告書, three mails (an escalation
with a CP932 list, a forwarded move, a driver's), the web form (IPv6), the delivery contacts,
the monthly report (PDF), a hand-typed callback list (CP932), the card re-registration
本人確認票 and the product master. Hard negatives: 注文番号 passing the My Number check, Luhn-
valid お問い合わせ番号 begun like a JCB card, JAN codes, the script's samples, masked cards;
the free dials, the centre's and depot's numbers, 法人番号, station IPs, work mails and
surnames alone are neutral.
"""

from __future__ import annotations

from . import call_center_calls as calls
from . import call_center_letters as letters
from . import call_center_mails as mails
from . import call_center_systems as systems
from . import call_center_tables as tables
from .call_center_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    calls.crm, calls.transcripts, calls.chat, tables.returns, tables.caution, tables.roster,
    tables.shifts, systems.cti, systems.tickets, systems.archive, systems.handover,
    letters.manual, letters.claims, mails.escalation, mails.forwarded, mails.redelivery,
    systems.webform, systems.delivery, letters.report, systems.callbacks, tables.identity,
    tables.products,
], stamp=STAMP)
generate = CORPUS.generate
