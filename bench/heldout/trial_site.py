"""Blind corpus 67: a clinical-trial site support office's (株式会社さくらSMO, an SMO placing
CRCs at two clinics) file share.

Some 125 people counted (82 subjects of four studies, 24 recruitment-site applicants, seven
代諾者, seven CRCs with four emergency contacts, three 治験責任医師 and the sponsor's two CRAs)
over 32 files, two more in a zip and one attached to a mail: two screening lists (CP932: 和暦
and 西暦 births, 既往歴, 併用薬), the visit schedule (a sheet a clinic, the CRCs' work phones),
five 同意書 (three with a 代諾者), four SAE reports (PDF), the CRC roster (My Numbers, salary
accounts, emergency contacts), the 負担軽減費 transfer list (CP932, half-width kana) and ledger,
the EDC audit log (IPs), the recruitment site's SQLite (a plain admin password), its MySQL dump
and October's form export, four mails (an SAE first report, the enrolment list forwarded with a
CP932 CSV, a 代諾者's new home, the sponsor's lot notice), the drug accountability sheets, the
SOP, the ended DEF-1902 study's zip, three memos (a handover with a depression and an account,
a CP932 phone memo, the duty roster), the CRCs' chat and the contact list. Hard negatives:
薬剤番号 and 症例番号 passing the My Number check, 管理番号 and lot numbers passing Luhn (the
lots begun like a JCB card), the SOP's samples; the sponsor's and the office's 法人番号 and
phones, work mails, CRC IPs and surnames alone are neutral.
"""

from __future__ import annotations

from . import trial_site_letters as letters
from . import trial_site_mails as mails
from . import trial_site_systems as systems
from . import trial_site_tables as tables
from .share import Corpus
from .trial_site_people import STAMP, populate

CORPUS = Corpus(populate, [
    tables.screening, tables.schedule, letters.consents, letters.sae_reports, tables.roster,
    tables.transfers, systems.edc, systems.recruit, mails.sae, mails.enrolment, mails.guardian,
    mails.lots, tables.drugs, letters.sop, systems.archive, systems.handover, systems.phone_memo,
    systems.duty, systems.chat, systems.contacts,
], stamp=STAMP)
generate = CORPUS.generate
