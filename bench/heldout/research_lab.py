"""Blind corpus 72: a university public-health research lab's (東都医療大学 公衆衛生学講座)
shared drive for a longitudinal community health study.

Everyone some file names is counted, a neutral mention too (134 people in seed 1, 135 in seed
2: the lab's seven, a co-researcher, the ethics chair, 89 participants, a minor's parent,
spouses, emergency contacts, last year's respondents, the pilot's and a doctor). 27 files, two
more in a zip and one attached to a mail: the participant master (CP932), the study ID key
workbook (a password), the consent forms (docx), the screening sheets, the survey's raw answers
and the Google Form's export (a spouse's name and illness), three interview transcripts, the
honorarium workbook (My Numbers, accounts) and an error memo, the ethics application (PDF),
four mails (a cancer, a schizophrenia, a named HbA1c subset attached), the REDCap export, the
app log (IPs), the measurement SQLite, last year's MySQL dump, the pilot's zip, a handover memo
(dementia, welfare, DV), the absentees' list and the reagent stock. Hard negatives: reagent
lots passing the My Number check, JAN-like codes passing the 法人番号 check, Luhn-valid order
numbers, grant, DOI, ISBN and PubMed numbers and the manual's samples; the lab's mails and
surnames alone are neutral.
"""

from __future__ import annotations

from . import research_lab_letters as letters
from . import research_lab_mails as mails
from . import research_lab_systems as systems
from . import research_lab_tables as tables
from .research_lab_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.master, tables.key_file, letters.consents, letters.minor_consent, tables.screening,
    tables.survey, tables.google_form, letters.transcripts, tables.payments,
    letters.payment_errors, letters.irb, mails.reschedule, mails.schedule_reply,
    mails.withdrawal, mails.subset, systems.redcap, systems.app_log, systems.measurements,
    systems.wave1_dump, systems.pilot, letters.handover, letters.absentees, tables.reagents,
    letters.references,
], stamp=STAMP)
generate = CORPUS.generate
