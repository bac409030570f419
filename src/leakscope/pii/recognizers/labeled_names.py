"""Names where a label says one is: after a label in text (氏名：, 担当：, 世帯員) or in a cell of
a name column, cut from the honorific, the next label or the particle a label's value runs into.
"""

import re
from functools import lru_cache

from ..company_accounts import LEGAL_FORM, is_company
from ..extract.deceased import DECEASED_LABEL, DECEASED_PERSON
from ..name_lexicon import is_full_name, is_task_word
from ..normalize import is_kanji
from ..surnames import starts_with_reading, starts_with_surname, starts_with_written_reading
from .address import PREFECTURES
from .base import Candidate
from .english_names import is_capitals_name, is_desk_name, pnr_name
from .name_forms import (
    JOINED,
    household_member,
    is_brand,
    joint_names,
    related_names,
    relation_length,
)
from .name_words import (
    BUSINESS_NAME,
    CHILD_HONORIFICS,
    CLINIC_DEPARTMENT,
    DECORATION_AFTER,
    DEPARTMENT_WORDS,
    DOSAGE_FORM,
    FACILITY,
    GRADE_AFTER,
    HANDLE,
    HEADING_MARKS,
    HONORIFICS,
    LATIN_NAME_CELL_LONGEST,
    NAME_CELL_LONGEST,
    NAME_CHARS,
    NO_ONE_NAME,
    NOT_NAMES,
    OFFICER_TITLES,
    PROFESSIONS,
    RELATION_AFTER_SLASH,
    REPORT_ROLES,
    STAFF_TITLES,
    TITLE,
    TITLE_BEFORE_NAME,
    normalize_name,
    without_seal,
)

_UPPER, _LOWER = "[A-ZÀ-ÖØ-Þ]", "a-zß-öø-ÿ"
_CAPITALIZED = rf"{_UPPER}[{_LOWER}]+(?:-{_UPPER}?[{_LOWER}]+)?"
# a scanned form's OCR spaces every character: 「氏 名　岡 本 花 子」; a bilingual label's
# English half before the value (a residence card's 「氏名 NAME LIU YANG」)
_AFTER_LABEL = re.compile(
    r"[ ]{0,8}(?:[:：]|は)?[ ]?(?:(?:NAME|Name|name)\b[ ]?[:：/]?[ ]?)?['\"]?"
    rf"((?:{NAME_CHARS} ){{2,7}}{NAME_CHARS}(?=\r?\n|$)"
    # (a foreign name in katakana, its parts a middle dot apart: 「グエン ヴァン・ナム」)
    r"|[ァ-ヶー]{1,8}(?:[ ][ァ-ヶー]{1,8})?(?:・[ァ-ヶー]{1,8}){1,2}"
    # (a given name after a space or a PDF's few, not an address: 「山田太郎   東京都新宿区…」)
    rf"|{NAME_CHARS}{{1,6}}(?:[ ]{{1,3}}(?![一-龥]{{2,3}}[都道府県]){NAME_CHARS}{{1,6}})?"
    # (a Latin name, its letters maybe accented or a hyphen apart: LUKAS MÜLLER, Hsin-Yi Huang)
    rf"|{_CAPITALIZED}(?: {_CAPITALIZED}){{1,2}}|{_UPPER}+(?: {_UPPER}+){{1,3}})"
    rf"(?![{_LOWER}{_UPPER[1:-1]}])"
)
_NOT_IN_NAMES = re.compile(r"[0-9@/\\<>]")
_DOSAGE_FORM = re.compile(DOSAGE_FORM)
_AGE_AFTER = re.compile(r"\s*[(（]?[0-9]{1,3}歳[)）]?$")
# 「佐藤 陽一 様（男）」, 「（長男）」, a note in the note (「林 幹（長女（嫁ぎ先））」)
_NOTE_AFTER = re.compile(r"\s*[(（](?:[^()（）]|[(（][^()（）]{1,10}[)）]){1,12}[)）]$")
_HANDLE = re.compile(HANDLE)
_NUMBER_BEFORE = re.compile(r"^[0-9]{1,8}[ \-]?(?=[ぁ-んァ-ヶｦ-ﾟ一-龥々])")
# a client's contact written under their department (「人事部 厚生課 猪狩 陽子 様」)
_DEPARTMENT = (rf"[^\s]{{0,6}}(?:{DEPARTMENT_WORDS})(?:本部|部|課|室|係|グループ|チーム)"
               r"(?:長|主任)?")
_DEPARTMENTS = re.compile(rf"^(?:{_DEPARTMENT}\s*)*{_DEPARTMENT}\s+")
# a contact's company before their department and name (a legal form alone is no company; a
# shop's name is one: a mail's 「佐藤工務店 中村」)
_COMPANY_FIRST = re.compile(rf"^(?:\S+(?:{LEGAL_FORM})|(?:{LEGAL_FORM})\S+|\S+(?:店|商会|本舗)"
                            r"|\S*法人\S+)\s+")  # (医療法人健生会)
_DEPARTMENT_ENDS = ("部", "課", "室", "係", "グループ", "チーム")
_TITLE_BEFORE = re.compile(
    rf"^(?:{TITLE_BEFORE_NAME}|{STAFF_TITLES}|(?:[^\s]{{1,8}} ?)?(?:{TITLE}))\s+")  # (園長 林 誠)
# a doctor's clinic before their name (a 主治医 cell's 「戸田ファミリー小児科 青木医師」, a
# 相談支援専門員's 「相談支援事業所あおぞら 井上 恵美」)
_FACILITY_FIRST = re.compile(rf"^\S*(?:{FACILITY}|{CLINIC_DEPARTMENT})\S{{0,8}}\s+")
# a contact's phone or mail after their name in a form's cell (「高橋　亮介　TEL 03-5338-4120」)
_PHONE_AFTER = re.compile(r"(?:\s+|\s*[(（]\s*)(?:(?:TEL|Tel|tel|電話|携帯|℡)[ :：]?"
                          r"[0-9][0-9\-() ]{8,}|(?:E-?mail|メール)?[ :：]?[\w.+\-]+@[\w.\-]+)"
                          r"[)）]?\s*$")  # (「（TEL 03-4771-5094）」, 「（yamazaki.t@…）」)
# a pupil's grade and class after their name in a school's list (「田中翼 小3-2」, 「村上直人
# （中3年）、村上陽子（小1年）」, 「鈴木七夏（2年1組）」)
# (and a household member's relation after a slash: 「山田 花子／妻」)
_GRADE = re.compile(r"[(（](?:小|中|高)?[1-6]年生?(?:[1-9][0-9]?組)?[)）]|[(（][1-9][0-9]?組[)）]|"
                    # (or before it: a consent form's 「生徒氏名 | 1年2組 中村　翔太」)
                    r"^(?:小|中|高)?[1-6]年生?(?:[1-9][0-9]?組)?[ \u3000]+|"
                    + GRADE_AFTER + "|" + RELATION_AFTER_SLASH)
# (a foreign name's parts a middle dot apart: 「NGUYEN VAN DUC（グエン・ヴァン・ドゥック）」)
_READING_IN_BRACKETS = re.compile(r"[(（]([ァ-ヶー]{1,8}(?:[ ・][ァ-ヶー]{1,8}){0,3}"
                                  r"|[A-Z]{2,12}(?: [A-Z]{2,12}){1,2})[)）]")
# Labels a name follows in text (「顧客名：山田太郎」), the trigger's and the check's.
# A person's role before a name in prose (「候補者：清水 裕太」「作成：藤田 翔太」「参加者：松田
# 幹」): a name there only if it begins with a known surname (「担当：営業部」「参加者：3名」).
# The parties of an incident report (被疑者, 被害者), a register's companion (同行者) and a
# household's head and members (世帯主, 世帯員) likewise; a card's holder (名義) too, or in
# Latin capitals (「名義：YAMADA SHOHEI」); a signature's desk and its clerk (「受付 伊藤 和也」),
# its head's title (「院長 高橋亮介」, 「教室長 松本 浩」); a contract's and a tax form's parties.
_ROLES = ("担当者?|担当営業|営業担当|参加者|候補者|作成者?|記入者?|入力者?|申請者|相談者|応募者"
          "|紹介者|代表者|被疑者|容疑者|被害者|加害者|同行者|同伴者|世帯主|世帯員|名義|受付者?|記録者?"
          # (a hotel's desks in a signature: 「フロント　後藤 加奈」)
          "|フロント|予約係|客室係|宴会係"
          "|確認者|院長|教室長|塾長|校長|園長|所長|店長|記載者?|講師"
          # a contract's other parties (an order form's 使用者, a car's 所有者 as its inspection
          # certificate writes it), a tax form's (被相続人, 受給者)
          "|使用者|所有者|(?:所有者|使用者)の氏名又は名称|被相続人|相続人"
          "|受給者|支払を受ける者|(?:源泉)?控除対象(?:配偶者|扶養親族)|16歳未満の扶養親族"
          # an accident report's and a site's (REPORT_ROLES), a foreman, a patient's doctor
          f"|{'|'.join(REPORT_ROLES)}|管理者確認|職長|主治医|担当医"
          # a gym's or a shop's staff (担当トレーナー, 担当スタッフ), who dealt with it, who
          # came (「出席：A、B、C」)
          "|担当(?:[ァ-ヶー]{2,8}|[A-Z]{2,4})|対応者|出席者?|トレーナー|インストラクター"
          # a 派遣契約's people in charge, a client's hiring contact
          "|派遣先責任者|指揮命令者|派遣元責任者|(?:人事|採用|総務)担当者?"
          # an insurance policy's sales agent and insured, a car accident's driver, a day
          # service's (「■ 太田号車（運転：太田涼平　携帯…）」), a tour's conductor
          "|募集人|被保険者|運転(?:者|手)?|添乗員"
          # a school's (a 申請書's 児童生徒, a mail's 担任 and 顧問, a 学童's 指導員)
          "|児童生徒|担任|教頭|副校長|教諭|顧問|指導員"
          # a scrivener's (a case's 依頼者 and 相手方, a 登記申請書's 権利者 / 義務者 / 申請人 and
          # its 司法書士, a company's 発起人) and a doctor's certificate
          "|依頼者|相手方|債務者|権利者|義務者|申請人|発起人"
          "|司法書士|行政書士|担当医師")
# who signs for another or answers for them (a phone shop's 代理人 for an elder, a minor's
# 親権者, a nursery's class list's 「保護者：山下 愛」, a loan's 連帯保証人, a guardianship's
# 後見人, a trial's 代諾者 who consents for a patient), also written with whose they are in
# brackets (「代理人（長女）：遠藤 さゆり」, 「保護者（母）：…」) (a trigger of their own: the
# roles above are as large as hyperscan takes)
_RELATED_ROLES = ("(?:任意|法定)?代理人|代諾者|保護者|親権者|(?:連帯)?保証人"
                  "|(?:成年|被)?後見人(?:候補者)?")
# A quoted or forwarded mail's sender in its body (「From: 佐藤 充 <shokucho@…>」), by a known
# surname after a colon, or a Latin name before its address (「From: David Nguyen <…>」) that
# is no desk's.
_SENDERS = "From|差出人|送信者"
_SENDER = re.compile(_SENDERS)
_NAME_LABELS = (rf"氏 ?名|お名前|名前|フリガナ|ふりがな|受取人|{_SENDERS}"
                r"|(?:顧客|会員|契約者|申込者|購入者|注文者)名")
# a prescription's doctor and pharmacist, a home visit's care manager, a vet, a referral's
# doctor under the clinic's name (「相原メディカルクリニック 医師 山田 拓真」) (a trigger of
# their own: one with the roles above is too large for hyperscan)
# (a 接骨院's 「さかえ接骨院 柔道整復師 前田 久美子」)
_CARE_ROLES = ("処方医|(?:担当|訪問|管理)?薬剤師|(?:担当)?獣?医師|(?:担当)?ケアマネ(?:ー?ジャー)?"
               "|柔道整復師|施術者|施術担当者?|学校(?:歯科)?医")  # (a school's doctor)
_CARER = re.compile(_CARE_ROLES)
# a name after a care role (「管理薬剤師：阿部 美加子」 under a leaflet): who looks after people,
# not whom the conditions beside it are about (``lonely_sensitive``)
CARER_NAME = "person_name:carer"
# a funeral's who died (故人：…, a 死亡届's 死亡者氏名：…), a trigger of their own too
_DIED_ROLES = "故人|死亡者(?:氏名)?"
# a sale's parties (a 売買契約's 売主 and 買主, its 宅地建物取引士) and a 登記簿's co-owner after
# their share (「持分２分の１　林　香織」)
_DEAL_PARTIES = "売主|買主|宅地建物取引士|持分[0-9]{1,3}分の[0-9]{1,3}"
# an office's: a handover's (「前任 西村聡太郎」, 「後任：藤田 雅人」); a student's sponsor, a
# guarantor's students (a language school's 「経費支弁者：…」, 「担当学生: DO MINH HIEU、…」); a
# station's or a care office's 管理者; who explained a contract or a trial's consent (説明者)
_OFFICE_ROLES = ("前任者?|後任者?|(?:経費)?支弁者|担当(?:学生|生徒)|管理者|説明者"
                 "|(?:会計|出納)責任者"  # (a supporters' association's 会計責任者)
                 "|聞き手|インタビュアー")  # (an interview's 「聞き手：鈴木 明美（修士2年）」)
# a student's parents before a colon (「父母: SURESH KUMAR GURUNG」, a form's 「父：山田 太郎」;
# not 「母は…」: prose), a trigger of their own
# (a word ending so, 分母, is asked too: what follows it is no surname)
_PARENTS = "(?:父母|父親|母親|父|母)[ ]?[:：]"
_TEXT_LABELS = (rf"{_NAME_LABELS}|(?:{_ROLES}|{_RELATED_ROLES}|{_CARE_ROLES}|{_DIED_ROLES}"
                rf"|{STAFF_TITLES}|{_DEAL_PARTIES}|{_OFFICE_ROLES})名?|{_PARENTS}")
_ROLE = re.compile(f"{_ROLES}|{_RELATED_ROLES}|{_CARE_ROLES}|{STAFF_TITLES}|{_DEAL_PARTIES}"
                   f"|{_OFFICE_ROLES}|{_PARENTS}")
_OFFICER = re.compile("|".join(OFFICER_TITLES))
# a name after 被相続人： (a 相続's, in text): one who died, whose group the count leaves out
DECEASED_NAME = "person_name:deceased"
# a quoted or forwarded mail's sender (「From: OLIVEIRA ANA PAULA <…>」): the lines after it are
# theirs, not those of the signature above it (the count opens a group there)
QUOTED_SENDER = "person_name:sender"
_DECEASED_FIRST = re.compile(rf"(?:{DECEASED_PERSON})[ ]+")
_NAME_KEYS = "customer|client|patient|guest|visitor"  # a log's keys (NAME_KEY_TRIGGER)
_LABELS = re.compile(rf"(?:{_TEXT_LABELS}|契約者|申込者|(?i:name|{_NAME_KEYS})|CN=)")
# (two triggers: hyperscan refuses the labels in one pattern as too large)
_LABEL_END = r"[)）]?(?:[ ]?[:：は]|[ \t])"
# (a role with its profession in capitals: 「報告者(CRC):阿部美加子」)
_PROFESSION = r"(?:[(（][A-Z]{2,5}[)）])?"
TEXT_LABEL_TRIGGERS = (rf"(?:{_NAME_LABELS}){_LABEL_END}",
                       rf"(?:{_ROLES})名?{_PROFESSION}{_LABEL_END}",
                       rf"(?:{_RELATED_ROLES})名?(?:[(（][一-龥ぁ-ゖ]{{1,4}}[)）])?{_LABEL_END}",
                       rf"(?:{_CARE_ROLES})名?{_LABEL_END}", rf"(?:{_DIED_ROLES}){_LABEL_END}",
                       # a condominium's (a board's 理事長 in a notice, its 管理員 in minutes)
                       rf"(?:{STAFF_TITLES}){_LABEL_END}",
                       rf"(?:{_DEAL_PARTIES}|{_OFFICE_ROLES}){_PROFESSION}{_LABEL_END}",
                       _PARENTS)
# (or a log's key=value: 「customer_name="山口翔太"」, a POS log's 「customer="山口翔太" tel=…」)
NAME_KEY_TRIGGER = f"(?i)(?:\\b|_)name['\"]?[ ]?[:=]|\\b(?:{_NAME_KEYS})['\"]?[ ]?="
CN_TRIGGER = r"\bCN="  # a calendar's ATTENDEE;CN=佐藤 健一, a directory's CN=Taro Yamada


# a staff member's title before their name after a label (「対応者：トレーナー 田中 直樹」)
_TITLE_FIRST = re.compile(
    rf"(?:{TITLE}|{TITLE_BEFORE_NAME}|トレーナー|インストラクター|スタッフ"
    # (a welfare office's volunteers and caseworkers: 「From: 民生委員 橋本 稔」; a hospital's
    # 「医療ソーシャルワーカー 佐藤 裕太」)
    r"|(?:主任)?(?:民生|児童)委員|ケースワーカー|(?:医療)?ソーシャルワーカー|MSW|看護師長?"
    r"|保健師|薬剤師|ケアマネ(?:ー)?ジャー|介護支援専門員|(?:精神保健)?社会福祉士)[ ]+")
# the desk or the facility before it (「依頼者：地域連携室 医療ソーシャルワーカー 佐藤 裕太」,
# 「講師：内科 中村 晃医師」, 「担当ケアマネジャー：ケアプランセンターひまわり 中村 知実 氏」)
_CLINIC_DESK = rf"[^\s:：]{{0,4}}(?:{CLINIC_DEPARTMENT})"  # (神経内科, 心療内科)
_DESK_FIRST = re.compile(rf"(?:{_DEPARTMENT}|{_CLINIC_DESK}"
                         rf"|[^\s:：]{{0,12}}(?:{FACILITY})[^\s:：]{{0,8}}(?:[ ]+{_CLINIC_DESK})?)"
                         r"[ ]+")  # (「医師：さくら記念病院 神経内科　高橋結衣」)
# the next name of a list after a label (「出席：高橋 香織、渡辺 直樹、前田 直樹」)
# (each maybe with a note in brackets: 「顧問：佐藤 修平（第一中学校長）、田中 直樹（…）」)
# (or in capitals: a guarantor's students 「担当学生: DO MINH HIEU、HOANG NGOC NAM」)
_NEXT_IN_LIST = re.compile(
    rf"(?:[ ]?[(（][^()（）\n]{{1,16}}[)）])?[、,][ ]?"
    rf"({NAME_CHARS}{{1,6}}(?:[ ]{NAME_CHARS}{{1,6}})?|[A-Z]{{2,20}}(?: [A-Z]{{2,20}}){{1,4}})")
_LIST_LONGEST = 20


def after_label(text: str, start: int, end: int) -> tuple[Candidate, ...]:
    """The name after a label in text (the trigger's match at [start, end)) and its reading
    in brackets after it, or the names of a list after it."""
    if _OFFICER.match(text, start) and text[text.rfind("\n", 0, start) + 1:start].strip():
        return ()  # (an officer after their company: 「有限会社… 代表取締役 高橋 直人」, the
        # company's representative; not a form's own line: 「代表取締役　高橋亮介」)
    m = _AFTER_LABEL.match(text, end)
    desk = m and _DESK_FIRST.match(text, m.start(1))
    if desk:
        m = _AFTER_LABEL.match(text, desk.end())
    if m and (title := _TITLE_FIRST.match(text, m.start(1))):
        m = _AFTER_LABEL.match(text, title.end())
    if desk and m and " " not in m.group(1) and not is_full_name(m.group(1)):
        return ()  # (a full name after a desk: 「担当：営業部 山田」 names the clerk, no one)
    if m and _LABELS.search(text, start, end) \
            and not _is_label(name := _before_next_label(_without_honorific(m.group(1)))):
        # (its title after the particle's cut too: 「主治医 伊藤 幹医師に情報提供」)
        name = _without_honorific(_trimmed(name, text, m.start(1)))
        if text.startswith("世帯員", start):  # a given name under the head's surname
            return household_member(text, start, m.start(1), name)
        if _ROLE.search(text, start, end) and not starts_with_surname(name) \
                and not _LATIN.fullmatch(name) and not is_full_name(name.replace(" ", "")) \
                and not starts_with_reading(name) and not starts_with_written_reading(name):
            # (a reading is one: 「名義：ムラカミ アスカ」, 「（名義 ヨシダアケミ）」)
            return ()  # 「担当：営業部」「参加者：3名」: a person only by a surname (五月女 京助)
        if _SENDER.match(text, start, end) and (
                text[end - 1] not in ":：" or not (starts_with_surname(name) or (
                    _LATIN.fullmatch(name) and text.startswith(" <", m.start(1) + len(name))
                    and not is_desk_name(name)))):
            return ()  # (「From Tokyo Station」, 「From: Order Desk <…>」; a forwarded mail's
            # 「From: David Nguyen <…>」 is its sender)
        if NO_ONE_NAME.fullmatch(name) or NOT_NAMES.search(name) or _reads_an_address(name) \
                or name.startswith(PREFECTURES) or name.startswith("の"):
            return ()  # 「世帯主：本人」, 「氏名 性別 年齢」 (a header), 「ふりがな とうきょう
            # と…」, 「記録　東京都公安委員会 第…号」 (a licence's line under a ledger's title),
            # 「（…さんの保護者）の就学援助」 (a particle: no name begins so)
        if BUSINESS_NAME.search(text, m.start(1), _before_bracket(text, m.start(1), 12)) \
                or is_company(_line_from(text, m.start(1),
                                         _before_bracket(text, m.start(1), _HOLDER_LONGEST))):
            return ()  # 「名称（氏名） 株式会社みなと…」 (not 「主治医 西村 加奈（医療法人…）」);
            # an office's account in a bank's kana (「名義 サクライシホウショシジムショ」)
        if not name:
            return ()
        # (被相続人：…; a 死亡届's 死亡者氏名：…, its 氏名 the trigger's)
        died = DECEASED_LABEL.search(text, max(text.rfind("\n", 0, start) + 1, start - 5),
                                     end) is not None
        sender = _SENDER.match(text, start, end) is not None
        carer = _CARER.match(text, start, end) is not None
        found = Candidate(m.start(1), m.start(1) + len(name), normalize_name(name), 0.9,
                          detector=DECEASED_NAME if died else QUOTED_SENDER if sender
                          else CARER_NAME if carer else None)
        # 「氏名：伊藤 大和（イトウ ヤマト）」: its reading too
        return (found, *reading(text, found.end + (text[found.end:found.end + 1] == " ")),
                *_written_after(text, found), *_listed_after(text, found.end))
    return ()


def _written_after(text: str, found: Candidate) -> tuple[Candidate, ...]:
    """The kanji name after its reading (a 源泉徴収票's 「氏名 (フリガナ) アオキ アツシ   青木
    篤司」)."""
    if not _KANA.fullmatch(found.value) or (m := _KANJI_AFTER.match(text, found.end)) is None \
            or not starts_with_surname(m.group(1)):
        return ()
    return (Candidate(m.start(1), m.end(2), m.group(1) + m.group(2), 0.85),)


_KANA = re.compile("[ァ-ヶー]+")
_KANJI_AFTER = re.compile(r"[ ]{1,8}([一-龥々〆ヶ]{1,4})[ ]{0,4}([一-龥々〆ヶぁ-ん]{1,4})(?![^\s])")


def _listed_after(text: str, at: int) -> list[Candidate]:
    """The names after a label's first, 「、」 apart, each of a known surname."""
    found = []
    while len(found) < _LIST_LONGEST and (m := _NEXT_IN_LIST.match(text, at)):
        name = _without_honorific(m.group(1))
        name = _trimmed(name, text, m.start(1))
        if not (starts_with_surname(name) or is_full_name(name.replace(" ", ""))
                or (name.isascii() and is_capitals_name(name))) \
                or NOT_NAMES.search(name) or BUSINESS_NAME.search(name):
            break
        found.append(Candidate(m.start(1), m.start(1) + len(name), normalize_name(name), 0.85))
        at = found[-1].end
    return found


_HOLDER_LONGEST = 40  # characters of a holder's name a bank's kana spells out


def _line_from(text: str, start: int, stop: int) -> str:
    """The line from ``start``, up to ``stop`` at most."""
    end = text.find("\n", start, stop)
    return text[start:stop] if end < 0 else text[start:end]


def _before_bracket(text: str, start: int, longest: int) -> int:
    """Where the words from ``start`` end: at a bracket, or ``longest`` characters on."""
    ends = [at for bracket in "（(" if (at := text.find(bracket, start, start + longest)) > 0]
    return min(ends, default=start + longest)


def in_name_column(text: str) -> Candidate | tuple[Candidate, ...] | None:
    """The name a cell of a name column holds (a mail header's display name), the people of
    a joint name, or None when it holds a business, a handle or no name."""
    text = DECORATION_AFTER.sub("", text.rstrip())  # (a chat's 「花子🌸」)
    if _GRADE.search(text):  # (blanked, not cut: a joint name's people keep their places)
        text = _GRADE.sub(lambda m: " " * len(m.group()), text)
    end = text.find("<")
    end = len(text.rstrip()) if end < 0 else end  # a mail address header: the display name
    if (phone := _PHONE_AFTER.search(text, 0, end)) is not None:
        end = phone.start()  # (the phone is found apart, as a cell's own)
    cell = text[:end].strip().strip('"').strip()
    if "/" in cell and (pnr := pnr_name(cell, 0, whole=True)) is not None:
        return pnr  # (a rooming list's 「SAITO/MAAYA MRS」)
    if (age := _AGE_AFTER.search(cell)) is not None:
        cell = cell[:age.start()]  # (a household's 「小川 智也　51歳」)
    if JOINED.search(cell) and (family := related_names(cell, text.find(cell))) is not None:
        return family  # (a family's 「松田勝(夫)・松田千代（長女）」)
    note = _NOTE_AFTER.search(cell)
    value = _without_honorific(without_seal(cell[:note.start()] if note else cell))
    value = value[relation_length(value):]  # (a companion's 「妻 前田久美子」)
    if (role := _DECEASED_FIRST.match(value)) is not None:  # (「被相続人 青木 英樹」)
        value = value[role.end():]
    if (company := _COMPANY_FIRST.match(value)) is not None and starts_with_surname(
            rest := _TITLE_BEFORE.sub("", _DEPARTMENTS.sub("", value[company.end():]))):
        value = rest  # (an organizer's 「合同会社藤原通信 総務部 藤田 知実」, a 香典帳's
        # 「医療法人健生会 代表取締役 山崎 太郎」)
    if (facility := _FACILITY_FIRST.match(value)) is not None \
            and starts_with_surname(rest := value[facility.end():]):
        value = rest
    if any(word in value for word in _DEPARTMENT_ENDS):
        value = _DEPARTMENTS.sub("", value)
    value = _TITLE_BEFORE.sub("", value)  # (a 代表者名's 「代表取締役　山下　翔太」)
    if value[:1].isdigit():  # a payer's room or member number before it (101ｷﾑﾗ ｱｷﾗ)
        value = _NUMBER_BEFORE.sub("", value)
    if not 1 <= len(value) <= (LATIN_NAME_CELL_LONGEST if value.isascii() else NAME_CELL_LONGEST) \
            or _NOT_IN_NAMES.search(value) or _reads_an_address(value) \
            or value[0] in HEADING_MARKS \
            or NOT_NAMES.match(value) or _DOSAGE_FORM.search(value) \
            or BUSINESS_NAME.search(value) or _HANDLE.match(value) or is_task_word(value) \
            or _names_a_field(value):
        return None
    if end < len(text) and is_brand(value, text[end:]):
        return None
    if JOINED.search(value) and (
            joint := joint_names(text, text.find(value), len(value))):
        return joint
    # (a note that is the name's reading: 「石井 晃（イシイ アキラ）」 in a form's cell)
    spoken = reading(text, text.find(note.group().lstrip(), note.start())) if note else ()
    if spoken:
        return Candidate(0, note.start(), normalize_name(value)), *spoken
    return Candidate(0, end, normalize_name(value))


def _reads_an_address(value: str) -> bool:
    """A reading that begins as a prefecture's with a town's after it (a 履歴書's ふりがな
    over its 現住所: 「とうきょうとしんじゅくく…」), or is 都, 府 or 道's alone: an address's, no
    name's (ちばけんじ is 千葉 健二, おおさかふみこ 大阪 文子)."""
    kana = value.replace(" ", "").translate(_HIRAGANA)
    m = _PREFECTURE_READING.match(kana)
    return m is not None and (len(kana) - m.end() >= _TOWN_READING
                              or (m.group(1) is not None and m.end() == len(kana)))


_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_PREFECTURE_READING = re.compile(
    "(?:(とうきょうと|おおさかふ|きょうとふ|ほっかいどう)|(?:あおもり|いわて|みやぎ|あきた|やまがた"
    "|ふくしま|いばらき|とちぎ|ぐんま|さいたま|ちば|かながわ|にいがた|とやま|いしかわ|ふくい"
    "|やまなし|ながの|ぎふ|しずおか|あいち|みえ|しが|ひょうご|なら|わかやま|とっとり|しまね"
    "|おかやま|ひろしま|やまぐち|とくしま|かがわ|えひめ|こうち|ふくおか|さが|ながさき|くまもと"
    "|おおいた|みやざき|かごしま|おきなわ)けん)")
_TOWN_READING = 4  # kana after a …けん that make it an address's reading


def reading(text: str, at: int) -> tuple[Candidate, ...]:
    """A name's reading in brackets at ``at`` (not a label there: 「(フリガナ) オカモト ヒナ」)."""
    m = _READING_IN_BRACKETS.match(text, at)
    if m is None or _label_words()[0].fullmatch(m.group(1)):
        return ()
    return (Candidate(m.start(1), m.end(1), normalize_name(m.group(1)), 0.8),)


def _without_honorific(name: str) -> str:
    """「佐藤花子 様」, 「小林医師」, 「高橋洋介氏」 after a label: the name without its honorific
    or title."""
    for honorific in (*HONORIFICS, *CHILD_HONORIFICS, "氏", *PROFESSIONS):
        if name.endswith(honorific):
            return name[: -len(honorific)].rstrip()
    return name


def _before_particle(name: str, after: str) -> str:
    """「担当は後藤桃子が引き継ぎ」, 「斎藤さゆりが対応」: the name up to a particle that a verb
    or a noun follows (a kanji or katakana; ``after``: the character after ``name``), or the
    copula (「鈴木ともみです」); one that hiragana follows is the given name's own (ちはる,
    のぞみ, はな子)."""
    if len(name) > 3 and name[-1] == "で" and after == "す":
        return name[:-1]
    # (「鈴木明美となります」; 「鈴木 明美となります」, its given name's words run on past it)
    if (at := (name + after).find("となり", 3)) > 0:
        return name[:at]
    for i in range(2, len(name)):
        if name[i] in _PARTICLES:
            following = name[i + 1] if i + 1 < len(name) else after
            if following and following not in _NAME_SUFFIXES and (
                    is_kanji(following) or "\u30a1" <= following <= "\u30fa"
                    or following.isdigit()):  # (「佐藤 裕太の2名」)
                return name[:i]
    return name


_PARTICLES = frozenset("がはをにへともでの")
# what follows a name after a space that is no given name: a particle (「お問い合わせは担当 吉田
# 花子 まで」) or a date's era (「作成：小川桃子　令和6年10月25日」)
_NOT_GIVEN = re.compile("まで|より|から|迄|宛て?|あて|[がはをにへともでの]")
_ERA = re.compile("令和|平成|昭和|大正|明治")


def _trimmed(name: str, text: str, at: int) -> str:
    """A name read after a label (at ``at`` in ``text``) without a particle and what follows
    it, or a word a space after it that no given name is."""
    name = _before_particle(name, text[at + len(name):at + len(name) + 1])
    name = without_seal(_before_word_after(name, text[at + len(name):at + len(name) + 1]))
    return _COPULA_AFTER.sub("", name) if len(name) > 3 else name  # (「理事長は佐藤です」)


_COPULA_AFTER = re.compile("(?:です|でした|でござい(?:ます)?)$")  # (a name runs 6 at most)


def _before_word_after(name: str, after: str) -> str:
    """A name after a label without the word a space after it that no given name is (a
    particle, a date's era before its year: ``after``, the character after ``name``)."""
    first, space, rest = name.rpartition(" ")
    if space and (_NOT_GIVEN.fullmatch(rest) or (_ERA.fullmatch(rest) and (
            after.isdigit() or after == "元"))):
        return first
    return name


# after a particle, what goes on the name: an honorific, or a given name's last kanji (ひで子,
# まり恵, かな江: kana then kanji)
_NAME_SUFFIXES = frozenset("様殿君氏宛子美代江恵枝乃世")


@lru_cache(maxsize=1)
def _label_words() -> tuple[re.Pattern, tuple[str, ...]]:
    """Every context word in Japanese (電話番号, メールアドレス, 住所, フリガナ) as one regex, and
    those with a kanji in them."""
    from ..context import keyword_table  # it reads the recognizers: imported when first asked

    words = sorted({w for w, _ in keyword_table() if not w.isascii()}, key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, words))),
            tuple(w for w in words if any("一" <= c <= "龥" for c in w)))


def _is_label(text: str) -> bool:
    """A header row's next label after a name's (「氏名 電話番号」「生徒氏名 保護者氏名」), not a
    name: it starts with a context word, or ends in one of kanji (not a kana reading's カナ)."""
    starts, kanji = _label_words()
    return starts.match(text) is not None or text.endswith(kanji)


def _names_a_field(text: str) -> bool:
    """A label in a name's place (a list's footnote row: 備考 | 旧社員番号（12桁） | …): it
    ends in a context word of three characters or more with a kanji (社員番号, 電話番号), as
    no name does."""
    return text.endswith(_field_words())


@lru_cache(maxsize=1)
def _field_words() -> tuple[str, ...]:
    return tuple(w for w in _label_words()[1] if len(w) >= 3)


_LATIN = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)+")
def _before_next_label(name: str) -> str:
    """A name without what follows it after a label: the next label a space after it on its
    line (「世帯主 田中一郎 世帯員 …」「氏名 山田 電話 …」, 「運転：太田涼平　携帯070-…」), an
    honorific and what follows it (「世帯主 村上 さゆり様の妻」)."""
    if (inside := _HONORIFIC_INSIDE.search(name, 1)) is not None:
        name = name[:inside.start()].rstrip()
    first, space, rest = name.partition(" ")
    return first if space and (_LABELS.match(rest) or _is_label(rest)) else name


_HONORIFIC_INSIDE = re.compile("様|殿|さん")
