"""Blind corpus 61: a neighbourhood association's (霞ケ丘二丁目町内会, 川越市) officers' share.

About 135 to 145 people (48 households in eight 班: heads, spouses and children; the officers and
班長 among the heads; two heads who died this summer, neutral; the 民生委員, the 地域包括 and
市役所 staff, the 喪主, sponsors' contacts, the previous 会計 and three households since moved
away) over 30 files, two more in a zip and two attached to mails: the members' roster (a sheet a
班) and its CP932 export, the 避難行動要支援者 list (care levels, disabilities, one 個別避難計画
with an illness), the dues ledger (direct debit accounts), the officers' list, two 回覧, the
drill's attendance, the festival volunteers (children's birth dates), the 敬老会 list and
invitations, two 訃報, five mails (a complaint, its forward, the 要支援者 update, unpaid dues,
a death), the officers' LINE, the residents' survey, the members app (SQLite, its dump with
the admin password and IPs, its access log), the R4 roster zip, the handover memos (a card,
a My Number, a password, a psychiatric note), the manual and the public contacts. Hard
negatives: receipt numbers passing the My Number check, Luhn-valid 振込受付番号, the manual's
samples; the association's account, public numbers and addresses, kana readings and surnames
alone are neutral.
"""

from __future__ import annotations

from . import neighbourhood_letters as letters
from . import neighbourhood_mails as mails
from . import neighbourhood_systems as systems
from . import neighbourhood_tables as tables
from .neighbourhood_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.roster, tables.export, tables.support, tables.dues, letters.officers,
    letters.drill_notice, letters.cleanup, tables.drill, tables.volunteers, tables.keiro,
    letters.invitations, letters.obituary, letters.obituary_notice, mails.complaint,
    mails.forward, mails.support_update, mails.unpaid, mails.death_reply, systems.line,
    systems.survey, systems.app, systems.dump, systems.access_log, systems.old_roster,
    letters.treasurer_memo, letters.chair_memo, letters.manual, letters.contacts,
    tables.sponsors, tables.receipts,
], stamp=STAMP)
generate = CORPUS.generate
