"""Blind corpus 48: a small 認可保育園's (社会福祉法人ひだまり会 ひだまり保育園, 川口市) leaked
share.

About 160 people (35 children of 28 families, their mothers and fathers, ten grandparents
registered for pick-up, three siblings not enrolled, fourteen staff and the spouses and
children of six, ten graduates and their mothers, eight visiting families) over 33 files, two
more in a zip and one mail attachment: the CP932 児童名簿, the 緊急連絡先一覧, the allergy and
既往歴 sheets, the CP932 口座振替 CSV, the 延長保育 TSV, the staff register, the 年末調整
マイナンバー CSV, a 扶養控除等申告書 and three 入園申込書 (.docx), the 家庭状況調査票, the
送迎者登録一覧, the class newsletter and the caterer's 請求書 (PDF), the 連絡帳 app's export and
access log, the 登降園 SQLite, the old system's MySQL dump, the graduates' zip, the 見学 form,
six mails, four notes, the staff's 緊急連絡網 and 健康診断 results. Hard negatives: 請求番号
and 注文番号 passing the My Number check, a Luhn-valid 受注管理番号, two 法人番号 (one with its
T登録番号), JAN-like product codes, the manual's sample values; the school's, doctors' and
caterer's numbers and addresses, the staff's work mail and the 園長 are neutral.
"""

from __future__ import annotations

from . import nursery_letters as letters
from . import nursery_mails as mails
from . import nursery_memos as memos
from . import nursery_systems as systems
from . import nursery_tables as tables
from .nursery_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.roster, tables.emergency, tables.health, tables.transfers, tables.extended_care,
    tables.staff_register, tables.year_end, letters.tax_form, letters.applications,
    tables.family_survey, letters.pickups, letters.newsletter, letters.invoice,
    systems.app_export, systems.access_log, systems.attendance, systems.old_dump,
    systems.graduates, systems.visit_form, mails.absence, mails.pickup_change,
    mails.class_list, mails.vendor, mails.sick_leave, memos.handover, memos.phone_memo,
    memos.manual, memos.excursion, letters.staff_contacts, tables.checkups,
], stamp=STAMP)
generate = CORPUS.generate
