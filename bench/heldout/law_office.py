"""Blind corpus 35: a law office's (あおば総合法律事務所: two lawyers, three clerks) leaked share.

About 100 to 104 people (39 clients of 任意整理, 自己破産, 個人再生, 交通事故, 離婚 and 刑事
cases; the debtors' spouses and children, the other drivers, the divorcing spouses and their
children, the victims, a client's mother; the staff and their emergency contacts) over 26 files:
the 職員名簿 (個人番号, passwords), 法律相談受付票 (.docx and a scanned PDF), the 依頼者台帳
(families, cases), the 債権者一覧表 and a 家計収支表, 受任通知, the CP932 事件一覧 export, the
預り金 全銀 transfer as CSV, the 交通事故 list (licences, injuries, 後遺障害等級) and memo, 離婚
相談記録, 接見メモ (前科, 勾留), four mails (one forwarding the 調停期日 list as a CSV
attachment), the client portal's log and users, the case database's SQL dump, a backup zip and
the 業務連絡メモ of hard negatives (契約番号, 証券番号 passing Luhn; 受付番号 the My Number check).
"""

from __future__ import annotations

from datetime import datetime

from . import law_office_letters as letters
from . import law_office_mails as mails
from . import law_office_systems as systems
from . import law_office_tables as tables
from .law_office_cases import populate
from .share import Corpus

CORPUS = Corpus(
    populate,
    [
        tables.staff_list,
        letters.consult_docx,
        letters.consult_pdf,
        tables.ledger,
        tables.creditors,
        tables.budget,
        letters.notices,
        systems.export,
        systems.transfer,
        tables.accidents,
        letters.accident_memo,
        letters.divorce_memos,
        mails.mails,
        letters.criminal_memos,
        systems.portal_log,
        systems.portal_users,
        systems.case_dump,
        systems.backup,
        letters.office_memo,
    ],
    stamp=datetime(2024, 11, 5, 9, 0, 0),
)
generate = CORPUS.generate
