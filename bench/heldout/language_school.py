"""Blind corpus 62: a Japanese language school's (東都国際日本語学院, 新宿区高田馬場) office share.

About 150 people (58 students from Vietnam, Nepal, China, Sri Lanka, Myanmar and Indonesia; the
sponsors abroad of 36 of them, natural persons; eight Japanese 身元保証人; ten teachers and
staff; the managers at eight part-time employers; the 行政書士; the dormitory's landlord; five
agents abroad; twelve graduates; six April applicants; five web inquirers; the reading doctor)
over 32 files, two more in a zip and one attached to a mail: the 学籍簿 (CP932: passports,
在留カード), three 在留期間更新 forms, the attendance rates, the part-time jobs (資格外活動),
two dormitory contracts, two application forms (PDF), two 経費支弁書 and the remittances
(sponsors' accounts abroad), five mails (the agent's applicants, the parents' numbers, the
renewal list to the 行政書士, an employer, a 保証人), the chat with absent students, the LMS
(SQLite and its SQL backup: password hashes, IPs) and its access log, the graduates' zip, the
handover memo, the TB screening results (findings: sensitive), the staff roster (My Numbers),
the 保証人 list typed by hand, the agents, the web inquiries and the JLPT mock results. Hard
negatives: invoice, receipt and slip numbers passing the My Number and Luhn checks, the manual's
samples; the school's numbers and account, staff work addresses and surnames alone are neutral.
"""

from __future__ import annotations

from . import language_school_letters as letters
from . import language_school_mails as mails
from . import language_school_systems as systems
from . import language_school_tables as tables
from .language_school_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.register, tables.renewals, tables.attendance, tables.jobs, letters.dorm_contracts,
    letters.applications, letters.support_letters, tables.remittances, mails.applicants,
    mails.parents, mails.renewal_request, mails.working_hours, mails.guarantor, systems.chat,
    systems.lms, systems.access_log, systems.graduates, letters.handover, tables.tuberculosis,
    letters.manual, tables.invoices, tables.staff_roster, letters.guarantor_list, tables.agents,
    systems.inquiries, tables.mock_results,
], stamp=STAMP)
generate = CORPUS.generate
