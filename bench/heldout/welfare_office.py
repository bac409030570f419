"""Blind corpus 25: a municipal welfare division's (福祉課 / 保険年金課) leaked share.

About 115 living residents, staff and 民生委員 over about 20 files: 生活保護 and 障害 ledgers,
国保 and 介護 exports, 児童手当 forms, mails, logs, an old zip; 宛名番号 pass the My Number check.
"""

from __future__ import annotations

from datetime import datetime

from . import welfare_office_letters as letters
from . import welfare_office_tables as tables
from .share import Corpus
from .welfare_office_people import populate

CORPUS = Corpus(populate, [
    tables.seiho_dump, letters.case_memo, tables.shogai_ledger, tables.kokuho_list,
    tables.kaigo_list, letters.jidou_claims, tables.jidou_list, tables.juminhyo_extract,
    tables.minsei_roster, tables.transfer_export, tables.staff_roster, letters.mails,
    tables.auth_log, letters.old_archive, tables.provider_list, letters.decision_notice,
    tables.kyufu_db,
], stamp=datetime(2024, 12, 2, 9, 0, 0))
generate = CORPUS.generate
