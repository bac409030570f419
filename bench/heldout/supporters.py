"""Blind corpus 73: a 船橋市 councillor's supporters' association office (後援会事務所) and its
shared drive.

The living people the files expose are counted (the councillor, three staff, the members and
the family living with some, young volunteers, residents who petitioned, wrote or were called,
five companies' representatives, the printer's salesperson, two petitioners' relatives and four
election workers). 29 files, three more in a zip and one attached to a mail: the member export
(CP932), the 北部 roster (TSV, 和暦), the donors' workbook, a filled 入会申込書, the petitions'
workbook and memo (認知症, うつ病, 生活保護), the new year party's guests, the volunteers'
workbook, the phone bank's log, three お礼状 and a filled 入会案内 (docx), the 会報 mailing list
(PDF), five mails, the LINE export, the web form (IPs), the mailing database (SQLite), the 2019
roster's dump, the 2023 election's zip, the payroll workbook, a handover, the dues paid, a
template and the 政治団体設立届's copy. Hard negatives: receipt, 受付, 受理 and 届出 numbers
passing the My Number check, Luhn-valid 決済ID, the office's numbers and account, the 選管's
phone, the samples; surnames alone, kana and the staff's work mail are neutral.
"""

from __future__ import annotations

from . import supporters_letters as letters
from . import supporters_mails as mails
from . import supporters_systems as systems
from . import supporters_tables as tables
from .share import Corpus
from .supporters_people import STAMP, populate

CORPUS = Corpus(populate, [
    tables.roster, tables.district, tables.donors, tables.application, tables.petitions,
    letters.memo, tables.new_year, tables.volunteers, letters.calls, letters.thanks,
    letters.guide, letters.mailing, mails.cheer, mails.complaint, mails.printer,
    mails.volunteer_list, mails.absence, mails.line, mails.webform, systems.subscribers,
    systems.old_roster, systems.election, systems.payroll, letters.handover, tables.dues,
    letters.template, letters.filing,
], stamp=STAMP)
generate = CORPUS.generate
