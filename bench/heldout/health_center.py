"""Blind corpus 60: a city 保健センター's (所沢市 母子保健係) 母子保健 and 予防接種 share.

About 140 people (forty families: a mother, her baby, in two of three a father and in three of
ten an older child; twelve H30 mothers in the zip; six 保健師, four doctors, the 児童相談所's
児童福祉司 and a contracted midwife) over 32 files, two in the zip and two CSVs in mails: the
妊娠届出 register (conditions, My Numbers), the 母子手帳 register, the 住基 extract, the 4か月,
1歳6か月 and 3歳 check results (findings), the 健診 SQLite and MySQL backup (EPDS scores),
the 予防接種 register, the 接種券 log, five newborn visit reports, the EPDS sheet, the 要支援
case record and list (abuse, DV), five mails, the web booking export, the chat export, the
handover memo, the staff roster, the entry manual, the 妊婦連絡票 PDF, the H30 zip and the
両親学級 applications. Hard negatives: 手帳番号, lot and coupon numbers passing the My Number
check, the manual's samples, the centre's phone, fax, address and mail; lone surnames and
given names, staff's and doctors' mails and web bookers' IPs are neutral.
"""

from __future__ import annotations

from . import health_center_letters as letters
from . import health_center_mails as mails
from . import health_center_systems as systems
from . import health_center_tables as tables
from .health_center_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.pregnancy, tables.handbook, tables.resident, tables.four_month,
    tables.eighteen_month, tables.three_year, systems.kenshin_db, systems.ninpu_dump,
    tables.vaccines, systems.coupon_log, letters.visits, tables.epds, letters.cases,
    mails.high_risk, mails.jiso_reply, mails.visit_list, mails.booking, mails.results,
    systems.web_export, systems.chat, letters.handover, letters.roster, letters.manual,
    letters.referral, systems.old_zip, tables.parents_class,
], stamp=STAMP)
generate = CORPUS.generate
