"""A business's own block in free text: a line that is its name, then its 〒, address, TEL and
FAX on the lines right after (a dunning letter's, a settlement's or a forwarded mail's footer:
「株式会社みどり住宅サービス（法人番号 …）\\n〒154-0015 東京都…\\nTEL 03-… FAX 03-…」), or a
labelled line that names it first (an order form's 「販売会社：株式会社… 法人番号 …」 and its 〒
line, 「所有者：…株式会社（所有権留保） 所在地：…」). Its values are the company's, not personal,
as a 代表電話 column's are; a staff member named in the block (a signature's 「店長 中村 翼」)
keeps their own mobile and mail after their name."""

from __future__ import annotations

import re
from dataclasses import replace

from .company_accounts import COMPANY_HELD, LEGAL_FORM
from .household_identifiers import is_landline
from .recognizers import Candidate, Recognizer
from .recognizers.name_words import CLINIC_DEPARTMENT, FACILITY, TITLE
from .subject_businesses import IN_BLOCK

# a line that is a company's name (its legal form first or last, or a clinic's or an office's
# word: 居宅介護支援事業所さくら is no 株式会社; maybe a note in brackets), or a label and
# such a name, then anything on the line (its 法人番号, 所在地, 代表電話)
_FACILITY = f"{FACILITY}|{CLINIC_DEPARTMENT}"
# a legal person other than a company (医療法人社団 緑風会, 学校法人みどり台学園), and a public
# body's school or office (所沢市立みどり台小学校, 県立…高校)
_LEGAL_PERSON = (r"(?:医療|社会医療|学校|社会福祉|宗教|税理士|弁護士|司法書士|行政書士|監査|"
                 r"特定非営利活動|NPO|一般社団|一般財団|公益社団|公益財団|独立行政|地方独立行政)"
                 r"法人(?:社団|財団)?|(?:都|道|府|県|市|区|町|村)立")
_FORM = f"{LEGAL_FORM}|{_LEGAL_PERSON}"
# (and its department after a space: 「さいたま地方法務局 不動産登記部門」, a school's 事務局)
_DEPARTMENT = (r"(?:[ \t][^\s。、]{1,10}"
               r"(?:部門|部|課|室|係|センター|局|出張所|講座|研究科|学科|医局)"
               # (and the signer's academic title: 「東都医療大学 公衆衛生学講座 助教」)
               r"(?:[ \t](?:教授|准教授|助教|講師|助手|研究員|特任[^\s]{1,4}))?)?")
_COMPANY_NAME = (rf"(?:(?:{_FORM})[^\n]{{1,30}}?|[^\n]{{1,30}}?(?:{LEGAL_FORM})"
                 rf"|[^\n]{{0,30}}?(?:{_FACILITY})[^\s。、]{{0,8}}{_DEPARTMENT})"
                 r"(?:[ \t]*[（(][^)）\n]{0,30}[)）])?")
# an office's name at the end of a line of its address (a 登記申請書's 「代理人　ADDR　さくら
# 司法書士・行政書士事務所」, its phone on the next line)
_NAME_LAST = (r"[^\n]*[ \t](?=[^\s]+[ \t]*$)"  # (only the line's last word is asked: asking
              # each space, or first whether the line holds such a word, cost prose 6x more)
              rf"(?:[^\s]{{0,24}}?(?:{_FACILITY})|[^\s]{{0,24}}?(?:{LEGAL_FORM})"
              rf"|(?:{_FORM})[^\s]{{1,24}})[ \t]*$")
# or a branch's line: its contacts on it (a members' rules' 「渋谷店 〒150-0043 東京都… TEL
# 03-…」), or its staff member's title and name (a signature's 「フィットライフ渋谷店 店長 高橋
# 香織」, its 〒 and TEL under it); or a labelled line of a branch's or a company's own
# contacts (an accident report's 「店舗所在地：〒180-0004 東京都… TEL 0422-…」)
_BRANCH = r"[^\s:：]{1,16}(?:店|支店|営業所)"
_BRANCH_LINE = (rf"(?P<branch>{_BRANCH}[ \t]+(?:(?=〒|TEL|電話|住所|所在地)[^\n]*"
                rf"|(?:{TITLE}|スタッフ|[^\s]{{1,6}}担当)[ \t]+[^\n]{{1,12}}$))"
                r"|(?P<own>(?:店舗|会社|本社|本店|支店|営業所|事業所|施設)"
                r"(?:所在地|住所|電話(?:番号)?|TEL)[ \t]*[:：])[^\n]*")
# or a professional's line in a form they act in (a 登記申請書's 「代理人　ADDR　司法書士　NAME」,
# a 一覧図's 「作成者：ADDR 司法書士 NAME」, 「ADDR　NAME（司法書士）」): the address is their
# office's, the name theirs
_PROFESSION = "司法書士|行政書士|弁護士|税理士|社会保険労務士|土地家屋調査士|弁理士"
_PERSON = r"[^\s（()）]{1,6}(?:[ \t]+[^\s（()）]{1,6})?"
_OFFICE_LINE = (rf"(?P<office>(?=[^\n]*(?:{_PROFESSION}))"
                rf"[^\n]*[0-9][^\n]*[ \t](?:(?:{_PROFESSION})(?:・(?:{_PROFESSION}))?"
                rf"[ \t]+{_PERSON}|{_PERSON}[（(](?:{_PROFESSION})[)）])[ \t]*$)")
_BUSINESS_LINE = re.compile(
    rf"^[ \t]*(?:{_COMPANY_NAME}[ \t]*$|{_BRANCH_LINE}"
    rf"|(?P<label>[^\n:：]{{1,24}}[:：]"
    rf"|(?:名[ \t]*称|商[ \t]*号|会社名|法人名|事業所名)(?=[ \t]))[ \t]*{_COMPANY_NAME}"
    rf"(?=[ \t]|$)[^\n]*"
    # (its contacts on its name's line: a 診断書's footer 「医療法人社団 緑風会 みどり病院　〒…
    # 北海道…　電話 03-…」)
    rf"|{_COMPANY_NAME}[ \t]+(?=〒|TEL|電話|住所|所在地)[^\n]*|{_NAME_LAST}|{_OFFICE_LINE}"
    # (or after its role, its 法人番号 beside it: a mail's 「治験依頼者 株式会社オリオンファーマ
    # (法人番号 9723…)」 over its address and TEL)
    rf"|[^\s:：]{{1,12}}[ \t]+(?:{_FORM})[^\n]{{1,30}}?[（(]?法人番号[^\n]*)",
    re.MULTILINE)
# a labelled line's block goes on only over lines of the company's own contacts (and its
# corporate number's: a 委任状's 委任者 「名称 株式会社…」「法人番号 …」「代表者 …」「電話 …」)
_CONTACT_LINE = re.compile(r"[ \t]*(?:〒|TEL|FAX|所在地|本社|本[ \t]*店|代表|電話|連絡先|法人番号)",
                           re.IGNORECASE)
# ... and begins at its 所在地 when that comes first, on the line above its name
_LOCATION_LINE = re.compile(r"[ \t]*(?:本店|本社)?所在地")
_BLOCK_LINES = 3  # lines after the name its contacts are on
_ADDRESSEE = re.compile(r"殿[ \t]*$")  # a line addressed to its head (院長 殿, 代表取締役 殿)
# words of which a business's line holds one (each alternative above needs one): the pattern
# is asked only of lines holding one (prose is long lines; asking it of each line cost ~10x
# finding these words, which, literals all, sre finds by their first characters)
_WORDS = re.compile("|".join(map(re.escape, (
    "会社", "㈱", "㈲", "(株", "（株", "(有", "（有", "法人", "立", "科", "店", "営業所", "本社",
    "施設", *FACILITY.split("|"), *_PROFESSION.split("|")))))

Found = tuple[float, Candidate, Recognizer]


def of_business_blocks(buffer: str, start: int, end: int, found: list[Found]) -> list[Found]:
    """``found`` (candidates in a unit, ``buffer[start:end]``) with the contacts in a
    business's block not personal (their detector says so: ``IN_BLOCK``); the unit's text is
    read only around its contacts, where a company's name may be."""
    lines = [begin for lo, hi in _around_contacts(buffer, start, end, found)
             for begin in _lines_with_words(buffer, lo, hi, start)]
    if not lines:
        return found
    spans = _blocks(buffer[start:end], start, lines, found)
    if not spans:
        return found
    return [(conf, replace(cand, personal=False,
                           detector=(cand.detector or rec.detector) + IN_BLOCK), rec)
            if rec.category in COMPANY_HELD and cand.personal is None
            and any(start <= cand.start < end and not _staffs(cand, rec.category, staff)
                    for start, end, staff in spans)
            else (conf, cand, rec) for conf, cand, rec in found]


def _staffs(cand: Candidate, category: str, staff: int) -> bool:
    """Whether a contact in a block is the staff member's named before it there: their
    mail, their mobile (not the office's TEL, FAX or address)."""
    return cand.start > staff and (category == "email_address" or (
        category == "phone_number" and not is_landline(cand.value)))


def _around_contacts(buffer: str, start: int, end: int, found: list[Found]
                     ) -> list[tuple[int, int]]:
    """The stretches of ``buffer[start:end]`` whose lines may begin a block holding one of the
    unit's contacts (from ``_BLOCK_LINES`` lines above its line to the line after it: a
    labelled name's block begins at its 所在地 line above), in order, whole lines."""
    windows: list[tuple[int, int]] = []
    covered = start  # (a contact before the window's last line: the line after it is in it)
    for at in sorted(cand.start for _, cand, rec in found
                     if rec.category in COMPANY_HELD and cand.personal is None):
        if at < covered:
            continue
        hi = buffer.find("\n", at, end)
        hi = end if hi < 0 else buffer.find("\n", hi + 1, end)
        hi = end if hi < 0 else hi
        lo = at
        for _ in range(_BLOCK_LINES + 1):
            lo = buffer.rfind("\n", start, lo)
            if lo < 0:
                break
        lo = lo + 1 if lo >= 0 else start
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
        covered = buffer.rfind("\n", lo, hi) + 1 or lo
    return windows


def _lines_with_words(buffer: str, lo: int, hi: int, start: int) -> list[int]:
    """Where each line of ``buffer[lo:hi]`` (whole lines) that holds one of ``_WORDS``
    begins, from ``start``, in order."""
    begins = []
    at = lo
    while (word := _WORDS.search(buffer, at, hi)) is not None:
        begins.append(buffer.rfind("\n", lo, word.start()) + 1 or lo)
        at = buffer.find("\n", word.end(), hi) + 1 or hi
    return [begin - start for begin in begins]


def _blocks(text: str, offset: int, lines: list[int],
            found: list[Found]) -> list[tuple[int, int, int]]:
    """Where each business's block is (buffer offsets) and from where a mobile or a mail in it
    is a person's (the first person named in it, a labelled line's end, else the block's end):
    its name's line and the lines after it, up to a blank line or ``_BLOCK_LINES`` (a labelled
    line's: only its contacts' lines)."""
    names = sorted(cand.start - offset for _, cand, rec in found
                   if rec.category == "person_name")
    spans = []
    for line in filter(None, (_BUSINESS_LINE.match(text, begin) for begin in lines)):
        if _ADDRESSEE.search(line.group()):
            continue  # (a form's addressee: 「…病院　院長 殿」, the applicant's lines under it)
        named = next((name for name in names if line.start() <= name < line.end()), None)
        office = line.group("office") is not None
        if named is not None and line.group("branch") is None and not office:
            continue  # (「株式会社ABC 山田 太郎」: a person's line; not a branch's staff's)
        end = line.end()
        labelled = line.group("label") or line.group("own") or office
        begin = line.start()
        if labelled and begin > 0:  # (the 所在地 line above a 委任者's 名称 line)
            above = text.rfind("\n", 0, begin - 1) + 1
            if _LOCATION_LINE.match(text, above, begin):
                begin = above
        for _ in range(_BLOCK_LINES):
            following = text.find("\n", end + 1)
            following = len(text) if following < 0 else following
            if not text[end + 1:following].strip() or (
                    labelled and not _CONTACT_LINE.match(text, end + 1)):
                break
            end = following
        # (under a labelled line, a mobile or a mail may be the person's the form is of:
        # 「勤務先：株式会社ABC」 then 「電話：090-…」)
        staff = (named if named is not None else line.end()) if office \
            else line.end() if labelled else named if named is not None else next(
            (name for name in names if line.end() < name < end), end)
        spans.append((offset + begin, offset + end, offset + staff))
    return spans
