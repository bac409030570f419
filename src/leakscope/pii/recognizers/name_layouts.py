"""Names a document's layout gives away beside a known surname: a list's row, a wrapped table
cell, a signature, a log's line, a relative in a family list, a passport's page, a row in capitals.
"""

import re
from dataclasses import replace
from functools import lru_cache

from ..name_lexicon import (
    is_full_name,
    is_given_name,
    is_given_read_as,
    is_known_full_name,
    is_read_as,
    may_be_given_name,
)
from ..normalize import as_katakana, is_kanji
from ..surnames import SURNAMES, leading_surname, starts_with_reading
from .base import Candidate
from .english_names import is_capitals_name, read_latin_name
from .labeled_names import reading
from .name_words import (
    BUSINESS_NAME,
    CHILD_HONORIFICS,
    HONORIFICS,
    KATAKANA_ROLE,
    NOT_GIVEN_ENDS,
    NOT_NAMES,
    RELATION,
    TITLE,
    normalize_name,
)

# A name a narrow table cell wrapped (a PDF's text: 「渡辺\n裕美子\n」): a line that is a known
# surname, then a line of a given name; not a department or a title (「田中\n営業部\n」).
_SURNAME_LINE = "|".join(sorted(SURNAMES, key=lambda s: (-len(s), s)))  # same text each run
_GIVEN = "[一-龥々〆ヶぁ-んァ-ヶー]{1,4}"
WRAPPED = rf"\n({_SURNAME_LINE})\n({_GIVEN})\n"
# A list's row as text (a PDF or a text export: 「1 林 一郎 090-1234-5678 ichiro@…」): a known
# surname, a space, a given name, then a phone number or an e-mail address on the same line;
# written without the space (a memo's 「坂本裕美子 080-…」), a given name SudachiDict knows or kana.
_LISTED_NAME = rf"(?:^|[\n \t])({_SURNAME_LINE}) ?({_GIVEN})[ \t]"
# (not TEL: 「様 TEL 090-…」 is in every line of some logs, and a 様 is no given name)
_LISTED_CONTACT = (r"(?:(?:携帯|自宅|電話)[:：]? ?)?"
                   r"(?:0[0-9]|\(0[0-9]|\+81|[A-Za-z0-9._%+-]{1,64}@)")  # (「(047)435-7859」)
LISTED = _LISTED_NAME + _LISTED_CONTACT
# ... or its reading in brackets, or its address (「302 山下 真由美 新潟県…」, a group's list
# 「2 石川 篤司 我孫子市…」), or a birth date (a hand-typed roster's 「橋本　充　H11.11.23」),
# or its sex (a PDF's list: 「山田 翔太 男 18歳以上…」), or its guardian's label (an outing's
# list: 「金子　朝陽　保護者 金子 恵 様」): triggers of their own (hyperscan refuses the two in
# one pattern as too large). The city is four triggers, one per length of its name: as one
# bounded repeat, hyperscan anchored the trigger on the 市 or 町 of every address and scanned
# an address column ten times slower for it.
_NEAR = (r"[(（][ァ-ヶー]|[一-龥]{2,3}[都道府県]|内線"  # (a staff list's 「福田 春香\t内線263」)
         r"|[一-龥]{1,8}(?:講座|研究室|研究科|学部|学科|医局)")  # (「高橋 亮介　公衆衛生学講座」)
_CITY = "[一-龥]{%s}[市郡町村]"
# (a 心臓検診 list's 「1年2組 岡田 直人 生年月日 平成24年2月9日」; the numeric form a trigger of
# its own: in one alternation hyperscan anchored it on a log's every date, +16 % on a log)
_ERA_DATE = r"(?:大正|昭和|平成|令和)[0-9元]{1,2}年|生年月日"
_NUMERIC_DATE = r"[MTSHR]?[0-9]{1,4}[./][0-9]{1,2}[./][0-9]{1,2}"
_SEX_OR_GUARDIAN = r"[男女]性?[ \t\n(（]|[ \t]*保護者"
_BESIDE = f"(?:{_NEAR}|{_CITY % '1,4'}|{_ERA_DATE}|{_NUMERIC_DATE}|{_SEX_OR_GUARDIAN})"
LISTED_BESIDE = (f"{_LISTED_NAME}(?:{_NEAR}|{_SEX_OR_GUARDIAN})",
                 f"{_LISTED_NAME}(?:{_ERA_DATE})", _LISTED_NAME + _NUMERIC_DATE,
                 *(_LISTED_NAME + _CITY % length for length in range(1, 5)))
_LISTED_MATCH = f"{_LISTED_NAME}(?:{_LISTED_CONTACT}|{_BESIDE})"
# ... or a mailing list's line (「中村裕太\t〒364-6657\t入間市…」): a name at the line's start,
# its 〒 after a tab or spaces; written without a space, a given name SudachiDict knows or kana
POSTAL_AFTER_TRIGGER = rf"(?:^|\n)[一-龥々〆ヶ]{{1,4}} ?{_GIVEN}[ \t]+〒"
_POSTAL_AFTER = rf"(?:^|\n)({_SURNAME_LINE}) ?({_GIVEN})[ \t]+〒"
_KANA_GIVEN = re.compile("[ぁ-んァ-ヶー]{2,4}")
# ... or a list in a sentence, each name's contact in brackets after it (「参加者：松田 幹
# （090-…）、佐藤 裕太（080-…）」), or a line's (a survey's 「鈴木 裕太（suzuyut-335@…）: …」):
# the trigger from the separator, Python checks the surname.
# (or a member's number: a gym's 緊急連絡先一覧 「石井 蓮（SJ536396）　緊急連絡先：…」; an
# occupational doctor's memo's 「・加藤亮介（K85458、32歳）」, its signature 「西村 拓真
# （産業医）」)
_BRACKETED_CONTACT = (r"[（(](?:0[0-9]|\+81|[A-Za-z0-9._%+-]{1,64}@|[A-Z]{1,4}-?[0-9]{4,10}[)）、,]"
                      r"|[0-9]{1,3}歳|(?:産業医|医師|保健師|看護師|薬剤師)[)）])")
LISTED_BRACKETED_TRIGGER = rf"[\n、,：:・][一-龥々〆ヶ]{{1,4}} ?{_GIVEN}{_BRACKETED_CONTACT}"
_LISTED_BRACKETED = rf"[\n、,：:・]({_SURNAME_LINE}) ?({_GIVEN}){_BRACKETED_CONTACT}"
# ... or a numbered phone tree's, the job in brackets and the phone after them (「 1. 高橋 香織
# （管理者・看護師）　携帯 090-…」): a trigger of its own (hyperscan refuses the two as one)
_JOB_THEN_PHONE = r"[（(][一-龥・]*(?:師|士|管理者)[)）][ \t]+(?:携帯|自宅|電話|TEL|0[0-9])"
LISTED_JOB_TRIGGER = rf"[\n ][一-龥々〆ヶ]{{1,4}} ?{_GIVEN}{_JOB_THEN_PHONE}"
_LISTED_JOB = rf"[\n ]({_SURNAME_LINE}) ?({_GIVEN}){_JOB_THEN_PHONE}"
# The name before it in such a row (「1 前田 美加子 前田 晃 052-…」: a student and a guardian).
_LISTED_BEFORE = rf"(?:^|[\n \t])({_SURNAME_LINE}) ({_GIVEN})[ \t]+$"
# A relative in a family or contact list (an HR sheet's 緊急連絡先 「小林 太一（父）」, 扶養家族
# 「妻 山田 裕美子（S60.4.6生）」, a mail's 「息子の中村 洋介（平成20年…生）」): a known surname and
# a given name, the relation in brackets after it or before it; hyperscan's triggers have no
# surname list (too large).
# (or a pupil's class: a 進路指導記録's 「加藤知実（1組）、母 加藤くみ子と来校」)
_CLASS = "(?:小|中|高)?[1-6]?年?[1-9][0-9]?組|(?:小|中|高)[1-6]年?"
# (or whose relative: 「岡田 真綾（岡田の長女）」, a family's contact written under a resident's)
_WHOSE = "(?:[一-龥々〆ヶ]{1,4}(?:様|さん)?の)?"
RELATIVE_AFTER_TRIGGER = rf"[一-龥々〆ヶぁ-んァ-ヶー][（(](?:{_WHOSE}(?:{RELATION})|{_CLASS})[)）]"
_RELATIVE_AFTER = (rf"(?<![一-龥々〆ヶぁ-んァ-ヶー])({_SURNAME_LINE}) ?({_GIVEN})"
                   rf"[（(](?:{_WHOSE}(?:{RELATION})|{_CLASS})[)）]")
# (a foreign name in katakana, whole: an employee list's 緊急連絡先 「ワンジュン（長女）080-…」)
_RELATIVE_AFTER_KATAKANA = re.compile(rf"(?<![ァ-ヶー・])([ァ-ヶ][ァ-ヶー・]{{1,11}}"
                                      rf"(?: [ァ-ヶ][ァ-ヶー・]{{1,8}})?)[（(](?:{RELATION})[)）]")
# (a register's 「夫: 小川 浩二」: a colon, a space; a mail's 「配偶者（青木 あすか）を追加」)
# (and a form's 「緊急連絡先（続柄：母）   吉田 さゆり」, its bracket closed: ``_closes_relation``)
_AFTER_RELATION = "(?:の|[ ]?[：:][ ]?|[ ・]|[（(]|[)）][ \t]{1,8})?"  # (「夫・松本 聡太郎」)
# (after a particle too: 「連帯保証人は妻の佐藤 健一（サトウケンイチ）に」, 「同居の母 中村
# 聡太郎（要介護2）」, in brackets: 「ご家族（姉 佐藤 結衣）には」, or after a label:
# 「緊急連絡先：長女 佐々木真綾 090-…」)
RELATIVE_BEFORE_TRIGGER = (rf"(?:^|[\n \t、,。はがものにをと（(：:])(?:{RELATION}){_AFTER_RELATION}"
                           rf"[一-龥々〆ヶ]|(?:{RELATION})[（(][一-龥々〆ヶ]")
_RELATION_FIRST = re.compile(RELATIVE_BEFORE_TRIGGER)
# ... or their given name alone, their birth date in brackets after it (a parent's mail:
# 「息子の翔太（平成21年3月15日生まれ）」): someone named in passing (``MENTIONED``), of the
# writer's surname (``person_name``'s household)
_RELATIVE_BORN = re.compile(rf"(?:{RELATION})の([一-龥々]{{1,3}})[（(]"
                            r"(?:明治|大正|昭和|平成|令和|[MTSHR][0-9]|[0-9]{4})")
_RELATIVE_BEFORE = (rf"(?:{RELATION}){_AFTER_RELATION}({_SURNAME_LINE}) ?({_GIVEN})"
                    rf"(?=[（()） \t\n、,もは]|[とが][一-龥]|から|$)")  # (「母 加藤くみ子と来校」,
# 「妻の石川 直子も…寄附をしております」)
# A registration's party (a 登記申請書's 「権 利 者 ADDRESS」 with the name at its line's end or
# alone on the next line; a 通知's 登記名義人): the name after the party's address.
_PARTIES = "権 ?利 ?者|義 ?務 ?者|登記名義人|申 ?請 ?人|所 ?有 ?者"
PARTY_TRIGGER = rf"(?:{_PARTIES})[ \t]+[一-龥]{{2,3}}[都道府県]"
_PARTY_AT = rf"(?:{_PARTIES})[ \t]+[一-龥]{{2,3}}[都道府県][^\n]{{2,60}}?"
_PARTY_SAME_LINE = rf"{_PARTY_AT}[ \t]({_SURNAME_LINE}) ({_GIVEN})[ \t]*(?=\n|$)"
_PARTY_NEXT_LINE = rf"{_PARTY_AT}[ \t]*\n[ \t]*({_SURNAME_LINE}) ?({_GIVEN})[ \t]*(?=\n|$)"
# A mail's or a letter's sender signing alone under its last sentence (「本日は欠席させていただ
# きます。\n\n前田 結衣」): a known surname, a space (or a known given name), a given name,
# alone on their line, maybe after their room (a resident's 「301 佐藤明美」).
_CLOSING = r"(?:ます|ください|です)[。!！]?\n(?:[ \t]*\n)*[ \t]*(?:[0-9]{2,4}(?:号室)?[ \t]+)?"
CLOSING_TRIGGER = rf"{_CLOSING}[一-龥々〆ヶ]{{1,4}} ?{_GIVEN}[ \t]*(?:\n|$)"
_CLOSING_MATCH = rf"{_CLOSING}({_SURNAME_LINE}) ?({_GIVEN})[ \t]*(?:\n|$)"
# ... or a sentence of its own, the name before a comma (a LINE message's 「予約変更お願いします。
# 藤井直美、電話は080…です」)
NAMED_FIRST_TRIGGER = rf"[。！？!?]\s?[一-龥々〆ヶ]{{1,4}} ?{_GIVEN}、"
_NAMED_FIRST = rf"[。！？!?]\s?({_SURNAME_LINE}) ?({_GIVEN})、"
# A writer's relative (a parent's mail about their child: 「2年1組 前田 晃の母です」; an
# heir's: 「林 晃（林 裕太の長男）です」): the relative's name, a person the text names in
# passing, not its writer (``MENTIONED``: a group of its own, the writer's going on around it).
MENTIONED = "person_name:mentioned"
# (or the writer's name after a comma: 「佐藤 くみ子の二女、佐藤 幹です」, or after の: a
# resident's family's 「411号室 田中 知実の次女の田中浩です」)
_PARENT_OF = rf" ?の(?:{RELATION}|保護者)(?:です|でございます|と申します|[)）、]|の)"
PARENT_OF_TRIGGER = "[一-龥々〆ヶぁ-んァ-ヶー]" + _PARENT_OF
_PARENT_OF_MATCH = rf"(?<![一-龥々〆ヶ])({_SURNAME_LINE}) ?({_GIVEN}){_PARENT_OF}"
# A family tree's person (a 法定相続情報一覧図's or a 相続関係説明図's text): their relation or
# role in brackets, then their name alone on its line, on the next line or after a space
# (「（長男）\n林　晃」, 「（被相続人） 林　裕太」).
_TREE_ROLE = rf"[（(](?:{RELATION}|被相続人|(?:代襲)?相続人|申請人)[)）][ \t]*\n?[ \t]*"
TREE_TRIGGER = _TREE_ROLE + "[一-龥々〆ヶ]"
_TREE = rf"{_TREE_ROLE}({_SURNAME_LINE}) ?({_GIVEN})(?=[ \t]*(?:[（(\r\n]|$))"  # (林 晃（申出人）)
# A name and a title after it in prose (an accident report's 「直ちに 池田 翼 職長が作業を中止
# させ」): a known surname, a space, a given name.
TITLED_TRIGGER = rf"[一-龥々〆ヶ] {_GIVEN} ?(?:{TITLE})"
_TITLED = rf"(?<![一-龥々〆ヶ])({_SURNAME_LINE}) ({_GIVEN}) ?(?:{TITLE})"
# A doctor, a teacher or a company's head named in prose with their title (a care chat's 「三浦
# 亮介先生に連絡しました」, an office chat's 「小林洋介社長の就任承諾書まだ？」): a known surname
# and a given name it knows (or a space), someone named in passing.
_TITLES_AFTER = ("先生", "医師", "社長")
_DOCTOR = "|".join(_TITLES_AFTER)
DOCTOR_TRIGGER = rf"[一-龥々〆ヶ] ?{_GIVEN} ?(?:{_DOCTOR})"  # (「後藤 彩 先生 御侍史」)
_DOCTOR_MATCH = rf"(?<![一-龥々〆ヶ])({_SURNAME_LINE}) ?({_GIVEN}) ?(?:{_DOCTOR})"
# A signature: a line of a known surname and a given name (maybe its romanization after it, or
# quoted: 「> 石川 直樹」), the next line a phone number, an e-mail address, an extension, a
# postal code (「株式会社ミドリ設計 総務部\n中村 拓真\n〒100-0005 東京都…」) or its reading (a
# form's text layer, values before their labels: 「清水 裕太\nシミズ ユウタ\n昭和22年…」).
_THEN_CONTACT = (rf"(?: (?:{TITLE}))?(?: ?\([A-Za-z .]+\))? ?\n(?:>+ ?)?"
                 r"(?:[A-Za-z電話携帯]{1,6} ?[:.]? ?)?"
                 r"(?:0[0-9]|\+81|[A-Za-z0-9._%+-]+@|内線 ?[:：]? ?[0-9]{2,5}|〒 ?[0-9]{3}"
                 r"|[ァ-ヶー]{1,8} [ァ-ヶー]{1,8}\n)")
_SIGNED_MATCH = (r"(?:^|\n)(?:>+ ?)?(" + _SURNAME_LINE + ") (" + _GIVEN + ")"
                 + _THEN_CONTACT)
# hyperscan's: from the surname's last character (with every surname: a pattern too large)
SIGNED_TRIGGER = "[一-龥々〆ヶ] " + _GIVEN + _THEN_CONTACT
# ... or written without the space (「前田七夏\n090-…」, 「> 前田七夏」): a known surname and a
# given name the dictionary knows (not a line of a word: 「株式会社」, 「請求書在中」)
UNSPACED_SIGNED_TRIGGER = r"(?:^|\n)(?:>+ ?)?[一-龥々〆ヶ]{3,6}" + _THEN_CONTACT
_UNSPACED_SIGNED = re.compile(r"(?:^|\n)(?:>+ ?)?([一-龥々〆ヶ]{3,6})" + _THEN_CONTACT)
# A signature's line of the company, its section and the name at the end (「株式会社ほしぞら
# トラベル　海外旅行課　岡本 充」) or on the next line (「株式会社マルタ精機 総務部\n佐藤 直樹」),
# whatever the next line holds (a 登録番号 before the TEL)
_SECTION = "課|部|室|係|支店|営業所|センター|デスク"
_SECTION_THEN = rf"(?:{_SECTION})(?:[ \t]+|[ \t]*\r?\n)"
SECTION_SIGNED_TRIGGER = rf"{_SECTION_THEN}[一-龥々〆ヶ]{{1,4}} {_GIVEN}[ \t]*\r?\n"
_SECTION_SIGNED = rf"{_SECTION_THEN}({_SURNAME_LINE}) ({_GIVEN})[ \t]*\r?\n"
# A log's line: a day, a name (a known surname and a given name, nothing between), what was
# done, and the caller's number on that line (「9/2 伊藤直美 N-BOX … TEL 090-…」); the trigger
# has no surname list (hyperscan: too large), Python checks the surname.
LOGGED_TRIGGER = (r"(?:^|\n)[0-9]{1,2}/[0-9]{1,2}[ \t]+[一-龥々]{2,5}[ \t][^\n]*"
                  r"(?:TEL|電話|携帯)[ :：]?(?:0[0-9]|\+81)")
_LOGGED = re.compile(r"(?:^|\n)[0-9]{1,2}/[0-9]{1,2}[ \t]+([一-龥々]{2,5})[ \t]")
# A journal's entry (a management memo's 「■ 令和6年7月19日 坂本裕美子(リバーレジデンス第2)」, a
# care record's 「・R6.8.2 山下 結衣」, a school nurse's log 「2025/11/16 佐藤翔太 過呼吸」): a day
# at its line's start, after a bullet, then a known surname and a given name, then brackets, a
# space or the line's end; a room's number may come between (a front desk's lost-and-found log
# 「10/3 205号室 山本 美加子 財布」).
_ENTRY_DAY = (r"(?:^|\n)[ \t]*(?:[■□●○◆◇◎・*-][ \t]*)?(?:(?:令和|平成|昭和|[RHS])?[0-9]{1,4}"
              r"[年./-][0-9]{1,2}[月./-][0-9]{1,2}日?|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}/[0-9]{1,2})"
              r"(?:\([月火水木金土日]\))?[ \t]+(?:[0-9]{1,4}号室[ \t]+)?")
DATED_TRIGGER = _ENTRY_DAY + r"[一-龥々〆ヶ][一-龥々〆ヶぁ-んァ-ヶー ]{1,9}(?:\(|[ \t\n]|$)"
# a foreign name in katakana written whole before its honorific on such a line (「9月10日
# レイエスジョンポールさん（S18045）来社面談」): a journal's person, not a word (ドライバーさん)
DATED_KATAKANA = re.compile(_ENTRY_DAY + r"([ァ-ヶ][ァ-ヶー]{4,15})[ ]?\Z")
_DATED = _ENTRY_DAY + rf"({_SURNAME_LINE}) ?({_GIVEN})(?=\(|[ \t\n]|$)"
# A passport's data page as text (OCR, a scan's text layer): the surname's line, then the
# given names' (or both on one line, 「Surname: LIU / Given names: YANG」): one name, family
# name first, as the page and its machine-readable zone write it.
_PASSPORT_SURNAME = r"(?:Surname|SURNAME)(?: ?/ ?姓)?[ ]?[:：]?[ ]?\n?[ ]?"
PASSPORT_TRIGGER = _PASSPORT_SURNAME + "[A-Z]{2}"
_PASSPORT_NAME = re.compile(
    _PASSPORT_SURNAME + r"([A-Z]{1,20}(?:[ \-][A-Z]{1,20})?)[ ]*(?:/[ ]*|\r?\n[ ]*)"
    r"(?:Given [Nn]ames?|GIVEN NAMES?)(?: ?/ ?名)?[ ]?[:：]?[ ]?\n?[ ]?"
    r"([A-Z]{1,20}(?:[ \-][A-Z]{1,20}){0,2})(?=[ ]*(?:\r?\n|$|/))")
# A numbered list's row of a name in capitals (a foreign staff member's: 「15. CHEN JING
# 携帯：090-…」), its phone's label and number right after it.
# (or its residence card or passport after it: a language school's 取次 request 「1. DO DUC TUAN
# 在留カード KW31345498NA」; a name of up to ``_LATIN_WORDS`` words, which Python counts: as a
# bounded repeat, hyperscan refuses the pattern as too large)
# (or a bullet's row: a handover's 「・WARNAKULASURIYA CHAMARI SILVA　生年月日 H16.2.9」)
LISTED_LATIN = (r"(?:^|\n)[ \t]*(?:[0-9]{1,3}[.)]?[ \t]+|[・●○■*][ \t]*)"
                r"([A-Z]{2,20}(?: [A-Z]{2,20})+)[ \t]+"
                r"(?:(?:携帯|自宅|電話|TEL)[ :：]?(?:0[0-9]|\+81)"
                r"|在留カード|旅券|パスポート|生年月日)")
_LATIN_ROW = re.compile(LISTED_LATIN)
_LATIN_WORDS = 5  # (a Sri Lankan's HERATH MUDIYANSELAGE SAMAN SILVA)
# ... or in katakana, its parts a middle dot apart (a shop's 連絡網 「本店　ワンヴァン・ミン　携帯
# 070-…」)
LISTED_DOTTED = (r"(?:^|[\n \t])([ァ-ヶ][ァ-ヶー]{1,7}(?:・[ァ-ヶ][ァ-ヶー]{1,7}){1,2})[ \t]+"
                 r"(?:(?:携帯|自宅|電話|TEL)[ :：]?)?(?:0[0-9]|\+81)")
_DOTTED_ROW = re.compile(LISTED_DOTTED)
# ... or in katakana, a known surname's reading and a space first, an identity document after
# it (a broker's hand-typed 不備リスト 「115-123456  イトウ セツコ  運転免許証 4580…」)
_ID_DOCUMENTS = ("運転免許証?|旅券|パスポート|在留カード|(?:健康)?保険証|マイナンバーカード"
                 "|個人番号カード")
LISTED_KANA_TRIGGER = rf"[ァ-ヶー]{{2,6}} [ァ-ヶー]{{2,6}}[ \t]+(?:{_ID_DOCUMENTS})"
_KANA_ROW = re.compile(rf"([ァ-ヶー]{{2,6}} [ァ-ヶー]{{2,6}})[ \t]+(?:{_ID_DOCUMENTS})")
# A hand-typed list's row of a name and its birth date (a waiting list's 「1. 三浦あすか
# S13/01/27生 要介護3」, 「・佐々木 直人 昭和14年5月23日生」): the date's 生 tells it is one
_ROW_MARK = r"(?:^|\n)[ \t]*(?:[0-9]{1,3}[.)．）][ \t]*|[・●○■*][ \t]*)?"
_BIRTH_DATE = (r"(?:[MTSHR]|明治|大正|昭和|平成|令和)?[0-9]{1,4}[年/.\-][0-9]{1,2}[月/.\-]"
               r"[0-9]{1,2}日?[ ]?(?:生|\(生\)|（生）)")
LISTED_BORN_TRIGGER = rf"{_ROW_MARK}[一-龥々〆ヶ]{{1,4}} ?{_GIVEN}[ \t]+{_BIRTH_DATE}"
_LISTED_BORN = rf"{_ROW_MARK}({_SURNAME_LINE}) ?({_GIVEN})[ \t]+(?={_BIRTH_DATE})"
# A name with its reading in brackets after it, anywhere in text (a mis-sent list's 「・橋本 直子
# （ハシモトナオコ）昭和52年9月25日生」, a mail's 「作業員 林 涼平（ハヤシ リョウヘイ）の書類」, a
# companion's 「斎藤 晃（SAITO AKIRA）」 as the passport writes it): kanji the dictionary splits
# into a surname and a given name, the reading the surname's first.
READ_AFTER_TRIGGER = r"[一-龥々〆ヶぁ-ん] ?[（(](?:[ァ-ヶ]{2}|[A-Z]{2})"
# ... or in hiragana, the whole bracket (a nursery's class list 「山下 日葵（やました ひまり）」)
HIRAGANA_READ_AFTER_TRIGGER = r"[一-龥々〆ヶ] ?[（(][ぁ-ゖ]{2,8}(?:[ ][ぁ-ゖ]{1,8})?[)）]"
_HIRAGANA_READING = re.compile(r"[(（]([ぁ-ゖ]{2,8}(?:[ ][ぁ-ゖ]{1,8})?)[)）]")
# the other way round: a reading, the name in brackets after it (a pharmacy's list
# 「・シミズカズヤ（清水和也）様」)
READ_BEFORE_TRIGGER = r"[ァ-ヶー][（(][一-龥々〆ヶ]{2}"
_READING_BEFORE = re.compile(r"[ァ-ヶー]{2,8}(?:[ 　・][ァ-ヶー]{1,8})?$")
_NAME_IN_BRACKETS = re.compile(r"([一-龥々〆ヶ]{1,4} ?[一-龥々〆ヶぁ-ん]{1,4})[）)]")
_NAME_LONGEST = 9  # a surname of 4, a space, a given name of 4
# A name with its birth date in brackets right after it (a case record's 「福田英樹（昭和16年5月17日
# 生、83歳）宅を訪問」, a roster's 「山田 太郎（1985年4月1日生）」, a given name in kana): a known
# surname first.
_ERA_OR_YEAR = "(?:明治|大正|昭和|平成|令和|[12][0-9]{3}|[MTSHR][0-9]{1,2}[./])"  # (R2.7.17生)
BORN_AFTER_TRIGGER = rf"[一-龥々〆ヶぁ-んァ-ヶー][（(]{_ERA_OR_YEAR}"  # (高橋 あすか（昭和…）
_BORN_AFTER = (rf"(?<![一-龥々〆ヶ])({_SURNAME_LINE}) ?({_GIVEN})"
               rf"(?=[（(]{_ERA_OR_YEAR}[^）)\n]{{0,16}}(?:生|歳))")  # (not 「東京都（令和6年）」)


@lru_cache(maxsize=8)
def _surnames(pattern: str) -> re.Pattern:
    """A pattern of every known surname, compiled when a scan first needs it (~5 ms each at
    start-up: most files never hold a list or a signature)."""
    return re.compile(pattern)


# A LINE chat's text export, its first line the other party's display name (「[LINE] 鈴木
# 英樹とのトーク履歴」, "[LINE] Chat history with Oliver Taylor")
CHAT_HISTORY_TRIGGER = r"\[LINE\] ?(?:[^\n]{1,30}とのトーク|Chat history with )"
_CHAT_HISTORY = re.compile(r"\[LINE\] ?(?:(\S[^\n]{0,29}?)とのトーク履歴"
                           r"|Chat history with ([^\n]{1,30}?))[ \t]*(?:\r?\n|$)")
_OFFICIAL_ACCOUNT = re.compile("ホテル|旅館|公式|店")  # (an inn's or a shop's account)
# ... and its lines, each a time, the speaker's display name and the message, tabs apart
# (「10:15\t村上晴彦\tお世話になります。」): a display name that is a full name is its speaker's
CHAT_SPEAKER_TRIGGER = r"\n[0-9]{1,2}:[0-9]{2}\t[^\t\n]{2,20}\t"
_CHAT_SPEAKER = re.compile(r"\n[0-9]{1,2}:[0-9]{2}\t([^\t\n]{2,20})\t")


def _chat_partner(m: re.Match) -> tuple[Candidate, ...]:
    """The display name a chat export's title names, unless it is a business's or a group's
    (「[LINE] ホテル湯の花とのトーク履歴」, 「…グループとのトーク履歴」)."""
    group = 1 if m.group(1) is not None else 2
    name = m.group(group).strip()
    if len(name) < 2 or NOT_NAMES.match(name) or BUSINESS_NAME.search(name) \
            or KATAKANA_ROLE.search(name) or _OFFICIAL_ACCOUNT.search(name):
        return ()
    return (Candidate(m.start(group), m.start(group) + len(name), normalize_name(name), 0.85),)


def _chat_speaker(m: re.Match) -> tuple[Candidate, ...]:
    """The display name a chat export's line speaks under, when it is a full name (not a
    nickname, nor the temple's 「浄念寺 寺務所」)."""
    name = m.group(1).strip()
    if not is_full_name(name.replace(" ", "").replace("\u3000", "")) \
            or BUSINESS_NAME.search(name):
        return ()
    return (Candidate(m.start(1), m.start(1) + len(name), normalize_name(name), 0.85),)


def layout_name(text: str, start: int, end: int) -> tuple[Candidate, ...] | None:
    """The names at a layout's trigger (matched at [start, end)), or None when no layout's
    shape is there (the caller reads it otherwise)."""
    if text[start] == "[" and (m := _CHAT_HISTORY.match(text, start)) is not None:
        return _chat_partner(m)
    if text[end - 1] == "\t" and (m := _CHAT_SPEAKER.match(text, start, end)) is not None:
        return _chat_speaker(m)
    if end - start >= 4 and text[end - 3] in "（(" and (
            "ァ" <= text[end - 1] <= "ヶ" or "A" <= text[end - 1] <= "Z"):
        return _read_after(text, end - 3)
    if text[end - 1] in ")）" and "ぁ" <= text[end - 2] <= "ゖ" \
            and (m := _HIRAGANA_READING.search(text, start, end)) is not None:
        return _read_after(text, m.start())
    if end - start == 4 and text[start + 1] in "（(" and ("ァ" <= text[start] <= "ヶ"
                                                        or text[start] == "ー") \
            and (found := _read_before(text, start + 1)):  # (else a relation's: マリア（長女）)
        return found
    if text[start + 1] in "（(" and (m := _surnames(_BORN_AFTER).search(
            text, max(0, start - _NAME_LONGEST), end + 20)) is not None and m.end() == start + 1:
        return _wrapped(m)
    if text[start] == "\n" and (m := _surnames(WRAPPED).match(text, start, end)):
        return _wrapped(m)
    if text[start] in "（(" and (m := _surnames(_TREE).match(text, start)) is not None:
        return _wrapped(m)
    if text[end - 1] in "都道府県" and ((m := _surnames(_PARTY_SAME_LINE).match(text, start))
                                     or (m := _surnames(_PARTY_NEXT_LINE).match(text, start))):
        return _wrapped(m)
    if text[start] in "まくで" and (m := _surnames(_CLOSING_MATCH).match(text, start)):
        return _wrapped(m) if _spaced_or_given(m) else ()
    if text[end - 1] == "、" and text[start] in "。！？!?":  # (not a label's: 「。希望は受付、」)
        m = _surnames(_NAMED_FIRST).match(text, start, end)
        return _wrapped(m) if m is not None and _spaced_or_given(m) else ()
    if text.startswith(("の", " の"), start + 1) and (m := _surnames(_PARENT_OF_MATCH).search(
            text, max(0, start - _NAME_LONGEST), end)) is not None and m.end() == end:
        return tuple(replace(found, detector=MENTIONED) for found in _wrapped(m))
    if text[end - 1] == "〒" and (m := _surnames(_POSTAL_AFTER).match(text, start, end)):
        return _wrapped(m) if _spaced_or_given(m) else ()
    if (m := _surnames(_DATED).match(text, start, end)) is not None:
        return _wrapped(m) if _spaced_or_given(m) else ()
    if (m := _surnames(_LISTED_MATCH).match(text, start, end)) is not None:
        if not _spaced_or_given(m):
            return ()
        before = _surnames(_LISTED_BEFORE).search(
            text, max(text.rfind("\n", 0, start), 0), m.start(1))
        found = (*_wrapped(before), *_wrapped(m)) if before else _wrapped(m)
        return (*found, *reading(text, m.end() - 2)) if found else ()  # 岡本 茂 (オカモト)
    if text[start] in "\n、,：:・" and (m := _surnames(_LISTED_BRACKETED).match(
            text, start, end)) is not None:
        return _wrapped(m)
    if text[start] in "\n " and (m := _surnames(_LISTED_JOB).match(text, start, end)) is not None:
        return _wrapped(m)
    if text[end - 1] == "\n" and (m := _surnames(_SECTION_SIGNED).match(text, start, end)):
        return _wrapped(m)
    if text[start + 1] == " " and (m := _surnames(_SIGNED_MATCH).match(  # from the line's start
            text, max(text.rfind("\n", 0, start), 0), end)) is not None:
        return _wrapped(m)
    if (m := _UNSPACED_SIGNED.match(text, start, end)) is not None:
        return (Candidate(m.start(1), m.end(1), m.group(1), 0.85),) \
            if is_known_full_name(m.group(1)) else ()
    if text.endswith(_TITLES_AFTER, start, end):
        m = _surnames(_DOCTOR_MATCH).search(text, max(0, start - 3), end)
        if m is None or m.end() != end or not _spaced_or_given(m):
            return ()  # (not a label's: 「高橋医師 往診」 names no one after 医師)
        return tuple(replace(found, detector=MENTIONED) for found in _wrapped(m))
    if text[end - 1] in "長任" and (m := _surnames(_TITLED).search(
            text, max(0, start - 3), end)) is not None and m.end() == end:
        return _wrapped(m)
    if (m := _LOGGED.match(text, start, end)) is not None:
        return _logged(m)
    if text[end - 1] in ")）" and (m := _surnames(_RELATIVE_AFTER).search(
            text, max(0, start - 12), end)) is not None and m.end() == end:
        return _wrapped(m)
    if text[end - 1] in ")）" and (m := _RELATIVE_AFTER_KATAKANA.search(
            text, max(0, start - 20), end)) is not None and m.end() == end \
            and len(m.group(1).replace(" ", "")) >= 3 and not NOT_NAMES.search(m.group(1)) \
            and not KATAKANA_ROLE.search(m.group(1)):
        return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)
    if _RELATION_FIRST.fullmatch(text, start, end) and (m := _surnames(
            _RELATIVE_BEFORE).search(text, start, end + 12)) is not None \
            and m.start() <= start + 1 and _closes_relation(text, start, m.start(1)):
        found = _wrapped(m)
        return (*found, *reading(text, m.end())) if found else ()  # 妻の佐藤 健一（サトウ…）
    if _RELATION_FIRST.fullmatch(text, start, end) and (m := _RELATIVE_BORN.search(
            text, start, end + 8)) is not None and m.start() <= start + 1 \
            and is_given_name(m.group(1)):  # (a parent's 「息子の翔太（平成21年…生まれ）」)
        return (Candidate(m.start(1), m.end(1), m.group(1), 0.8, detector=MENTIONED),)
    if text[start] in "sS" and (m := _PASSPORT_NAME.match(text, start)) is not None:
        return (Candidate(m.start(1), m.end(2), normalize_name(f"{m[1]} {m[2]}"), 0.85),)
    if (m := _LATIN_ROW.match(text, start, end)) is not None:
        return _latin_row(m)
    if (m := _KANA_ROW.match(text, start, end)) is not None:
        return () if (start and "ァ" <= text[start - 1] <= "ヶ") or text[start - 1:start] == "ー" \
            or not starts_with_reading(m.group(1)) \
            else (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)
    if (m := _DOTTED_ROW.match(text, start, end)) is not None:
        return () if KATAKANA_ROLE.search(m.group(1)) else (
            Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)
    if text[end - 1] in "生)）" and (m := _surnames(_LISTED_BORN).match(text, start)):
        return _wrapped(m) if _spaced_or_given(m) else ()  # (not 「2. 東京都港区 …」)
    return None


def _spaced_or_given(m: re.Match) -> bool:
    """Whether a known surname (group 1) and what follows (group 2) are a name: a space
    between them, or a given name SudachiDict knows (one kanji among its senses too: 零), or
    kana (佐藤記 is 佐藤's note)."""
    given = m.group(2)
    return m.start(2) > m.end(1) or may_be_given_name(given) \
        or bool(_KANA_GIVEN.fullmatch(given))  # (「本店　山崎零　携帯 070-…」: 零 is a word too)


def _closes_relation(text: str, start: int, name: int) -> bool:
    """A bracket closed between a relation and the name after it only after 続柄 (「（続柄：母）
    吉田 さゆり」), not a name's own relation before the next name (「花子（妻） 田中太郎」)."""
    return not any(c in ")）" for c in text[start:name]) or text.startswith("続柄", start - 2)


def _wrapped(m: re.Match) -> tuple[Candidate, ...]:
    """A known surname (group 1) and a given name (group 2) a line or a space apart."""
    given, end = m.group(2), m.end(2)
    if (honorific := next((h for h in _HONORIFICS_BEFORE if given.endswith(h)), None)) \
            and len(given) > len(honorific):  # (「鈴木学ちゃん（令和6年7月28日生）」)
        given, end = given[:-len(honorific)], end - len(honorific)
    if given[-1] in NOT_GIVEN_ENDS or given in HONORIFICS or NOT_NAMES.search(given):
        return ()
    return (Candidate(m.start(1), end, m.group(1) + given, 0.8),)


def _logged(m: re.Match) -> tuple[Candidate, ...]:
    """A log line's name: a known surname with a given name after it (no department, no
    business: 「9/2 田中商事」「9/3 原宿店」)."""
    name = m.group(1)
    surname = leading_surname(name)
    if surname is None or len(name) == len(surname) or name[-1] in NOT_GIVEN_ENDS \
            or NOT_NAMES.search(name) or BUSINESS_NAME.search(name):
        return ()
    return (Candidate(m.start(1), m.end(1), name, 0.8),)


def _latin_row(m: re.Match) -> tuple[Candidate, ...]:
    """A numbered row's name in capitals: each word with a vowel, no business's word
    (「1. NTT DATA TEL …」)."""
    if len(m.group(1).split()) > _LATIN_WORDS or not is_capitals_name(m.group(1)):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)


def _read_after(text: str, bracket: int) -> tuple[Candidate, ...]:
    """The name before a reading in brackets (at ``bracket``, katakana, capitals or hiragana)
    and the reading; each start of a kanji word is tried (「弊社の林 涼平」: 弊社の林涼平, then
    林涼平)."""
    if not (found := reading(text, bracket)):
        if (kana := _HIRAGANA_READING.match(text, bracket)) is None:
            return ()
        found = (Candidate(kana.start(1), kana.end(1), normalize_name(kana.group(1)), 0.8),)
    end = bracket - (text[bracket - 1] == " ")
    if "A" <= text[end - 1] <= "Z":  # (「SABINA GURUNG（サビナ・グルン）」)
        return read_latin_name(text, end, found[0])
    spoken = as_katakana(found[0].value.replace(" ", "").replace("・", ""))
    if (honorific := next((len(h) for h in _HONORIFICS_BEFORE if text.endswith(h, 0, end)), 0)):
        end -= honorific + (text[end - honorific - 1] == " ")  # (「山田健一　様　（ヤマダ…）」)
    for start in range(max(0, end - _NAME_LONGEST), end - 1):
        if not is_kanji(text[start]) or (start and _IN_WORD.match(text[start - 1])):
            continue
        name = text[start:end]
        if name.count(" ") <= 1 and _NAME_RUN.fullmatch(name) \
                and name[-1] not in NOT_GIVEN_ENDS and not NOT_NAMES.search(name) \
                and (is_read_as(name.replace(" ", ""), spoken)  # (not 森田屋, 山田商店)
                     or (" " in name and is_given_read_as(name.replace(" ", ""), spoken))):
            return (Candidate(start, end, normalize_name(name), 0.85), *found)
    return ()


def _read_before(text: str, bracket: int) -> tuple[Candidate, ...]:
    """A reading before a name in brackets (at ``bracket``) and the name, when the name reads
    so (「シミズカズヤ（清水和也）様」; not 「カルテ（本院）」)."""
    spoken = _READING_BEFORE.search(text, max(0, bracket - 17), bracket)
    name = _NAME_IN_BRACKETS.match(text, bracket + 1)
    if spoken is None or name is None or (spoken.start() and _IN_WORD.match(
            text[spoken.start() - 1])) or not is_read_as(
            name.group(1).replace(" ", ""), re.sub("[ 　・]", "", spoken.group(0))):
        return ()
    return (Candidate(name.start(1), name.end(1), normalize_name(name.group(1)), 0.85),
            Candidate(spoken.start(), spoken.end(), normalize_name(spoken.group(0)), 0.85))


_IN_WORD = re.compile("[一-龥々〆ヶァ-ヶー]")  # a character before a word's first
# (「相手の方は御手洗裕子さん（ミタライ ユウコ）」)
_HONORIFICS_BEFORE = (*HONORIFICS, *CHILD_HONORIFICS)
_NAME_RUN = re.compile("[一-龥々〆ヶ]{1,4} ?[一-龥々〆ヶぁ-ん]{1,4}")
