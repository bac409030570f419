"""Blind corpus 56: a 社会保険労務士事務所's (みなと社会保険労務士事務所, 東京都中央区日本橋) leaked
share.

Twelve client companies' 78 or so employees with their spouses and children, a newborn, a
mother named in a mail, ten 2019 leavers and six 身元保証人 (122 people exposed for seed 1,
144 for seed 2), over 36 files, two more in a zip and two mail attachments: the 顧問先一覧,
three CP932 社員マスタ exports, the payroll SQLite and its 2023 SQL backup, two
扶養控除等申告書 集計 and a 年調資料 (.xlsx), three 資格取得届 drafts and two 資格喪失届
(.docx), three 労災 様式第5号 and a 診断書 (PDF), five mails, the e-Gov log (JSON Lines), the
入社連絡 web form (JSON), the Slack export, the 総合振込 TSV, the 2019 leavers' zip, the
handover and 算定基礎 memos, the manual, the invoices, a 源泉徴収票 (PDF), the 算定基礎届 集計,
the 身元保証人 list and the office's contact note. Hard negatives: 請求書番号, 到達番号 and
受付番号 passing the My Number check, the manual's 記入例, the clients' and the office's
phones and addresses; HR contacts, doctors and surnames alone are neutral.
"""

from __future__ import annotations

from . import labour_consultant_letters as letters
from . import labour_consultant_mails as mails
from . import labour_consultant_systems as systems
from . import labour_consultant_tables as tables
from .labour_consultant_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.clients, tables.masters, systems.payroll, systems.backup, tables.deductions,
    letters.acquisitions, letters.losses, letters.injuries, letters.sick_note, mails.new_hire,
    mails.newborn, mails.leavers, mails.accident, mails.leave, systems.egov_log,
    systems.webform, systems.chat, tables.transfers, systems.old_leavers, letters.handover,
    letters.santei_memo, tables.year_end, letters.manual, tables.invoices, letters.withholding,
    tables.standard_pay, letters.guarantors, letters.contacts,
], stamp=STAMP)
generate = CORPUS.generate
