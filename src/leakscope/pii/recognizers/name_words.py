"""Words and characters of Japanese names: what a name is written with, the honorifics after
it, and what in a name's place is no one's (a blank's marks, a business, a handle), shared by
the name recognizer, the name forms it reads and the table path's name rules."""

import re
import unicodedata

from ..company_accounts import KANA_LEGAL_FORM, KANA_SPELLED_FORM, LEGAL_FORM

NAME_CHARS = r"[一-龥々〆ヶぁ-んァ-ヶー]"
# the longest a name column's cell is read as a name; in Latin letters longer (a Sri Lankan's
# 「HERATH MUDIYANSELAGE DILANI WICKRAMASINGHE」: 42)
NAME_CELL_LONGEST = 40
LATIN_NAME_CELL_LONGEST = 64

# A company's officers (a 登記申請書's 「代表取締役　高橋亮介」, 「取締役　岡田結衣」)
OFFICER_TITLES = ("代表取締役社長", "代表取締役", "取締役社長", "専務取締役", "常務取締役",
                  "取締役", "代表社員", "代表理事", "監査役", "執行役員")
# A job or a board's office before a name (a condominium's 「管理員 石井 桃子」, 「理事長 林
# 和也」, an officer's), no name itself (a staff list's 担当 「管理員」)
_STAFF_TITLE_WORDS = (
    *OFFICER_TITLES,
    "管理員", "管理人", "事務員", "清掃員", "警備員", "作業員", "係員", "職員", "社員", "乗務員",
    "相談員", "支援員", "指導員", "副理事長", "理事長", "理事", "監事", "書記",
    # a care home's or a nursery's head signing a report (「施設長 三浦 舞　印」)
    "副施設長", "施設長", "園長", "館長",
    # a temple's (a 法要 booking's 担当 「副住職」)
    "副住職", "住職",
    # a neighbourhood association's officers (「会長 坂本 真綾」, 「防災部長 …」)
    "副会長", "会長", "防災部長", "班長",
    # an assembly's member (a 後援会報's 「船橋市議会議員 高橋亮介」)
    "議員")
STAFF_TITLES = "|".join(_STAFF_TITLE_WORDS)  # (longer first: 副理事長 before 理事長, 理事)
NOT_NAMES = re.compile(
    r"(?:皆|みな|お客|客|各位|担当者?|ご?家族|飼い?主|お子|お父|お母|奥|旦那|お兄|お姉|弟|妹|皆々|殿方|神|仏|"
    r"会員|ユーザー|利用者|業者|店長|社長|部長|課長|先生|どちら|誰|どなた|その他|御中|各|貴|○+|〇+|様々|さま|"
    # a table's next headers after its 氏名 (a PDF's 「氏名 性別 年齢 …」)
    r"性別|年齢|続柄|備考|国籍|役職|所属|部署|部門|"
    # a phone's label in a name's place (a 連絡網's footer 「作成: | 木村 篤司 | 内線 | 215」)
    r"内線|外線|"
    # a job or a board's office in a 担当 column (a condominium's staff list: 管理員, 理事長)
    rf"{STAFF_TITLES}|"
    # a school's subjects in a staff ledger's 担当 column
    r"国語|数学|英語|理科|社会|保健体育|体育|音楽|美術|書道|技術|家庭|技術・家庭|情報|地理|歴史|"
    r"公民|物理|化学|生物|地学|事務|養護|司書)$"
)

# a medicine's dosage form (a prescription's items[].name: 「ラタノプロスト点眼液」): no one's
# name; RE2 and Python alike, and the last characters of its words (what the table path asks)
_DOSAGE_FORMS = ("錠", "軟膏", "クリーム", "点眼液", "点鼻液", "吸入剤", "吸入液", "細粒", "顆粒",
                 "カプセル", "シロップ", "テープ", "パップ", "貼付剤", "注射液", "ローション",
                 "坐剤", "外用液", "内用液")
DOSAGE_FORM = f"(?:{'|'.join(_DOSAGE_FORMS)})$"
DOSAGE_FORM_ENDS = frozenset(form[-1] for form in _DOSAGE_FORMS)

# The last character of a department, a title or a business, not of a given name
# (「田中\n営業部」「山田 商事 03-…」).
NOT_GIVEN_ENDS = frozenset("部課室係店長社様殿宛局所科班会員中位事業設産院館園堂組屋")

HONORIFICS = ("様", "さん", "殿", "さま")
# A profession written after a surname as its title (「担当医：小林医師」, 「顧問：佐藤社労士」):
# the name is what comes before it
PROFESSIONS = ("医師", "先生", "看護師", "薬剤師", "保健師", "弁護士", "税理士", "社会保険労務士",
               "社労士", "司法書士", "行政書士", "養護教諭", "指導主事")
# An officer's title or a profession written before a name, a space between (a 代表者 cell's
# 「代表取締役　山下　翔太」, a 委任状's 「氏名　社会保険労務士　吉田　裕太」)
TITLE_BEFORE_NAME = ("代表取締役(?:社長)?|取締役(?:社長)?|代表社員|代表理事|理事長|社長|専務取締役"
                     "|常務取締役|監査役|" + "|".join(p for p in PROFESSIONS if p != "先生"))
# What separates the people of one name cell (a wedding list's 「山口 真綾・洋介」, a PMS's
# companions 「山田 花子;山田 健太」, an OTA's guests 「Kaori Takahashi, Tsubasa Takahashi」)
JOINT_SEPARATORS = "・、,;"
# A relative's relation to someone (an HR sheet's 扶養家族 「妻 山田 裕美子」, a hotel register's
# 同行者 「長男 前田太一」, a child's spouse: a 申請書's 代理人 「西村 春香（長男の妻）」); RE2 and
# Python alike.
RELATION = ("(?:長男|長女|次男|次女|二男|二女|三男|三女|息子|娘)の(?:妻|夫|嫁|婿)|嫁|婿"
            "|父|母|夫|妻|長男|長女|次男|次女|二男|二女|三男|三女|息子|娘|兄|姉|弟|妹|祖父|祖母|孫"
            "|義父|義母"
            "|叔父|叔母|伯父|伯母|姪|甥|配偶者|友人|知人|同居人")
# ... written before a name, a space or a colon between
RELATION_BEFORE = f"(?:{RELATION})(?:[ \u3000]?[:：][ \u3000]?|[ \u3000])"
# A child's (「中村健一くん（小6）」): a name by a known surname only, written in kanji (a
# given name in hiragana after it: 「中村ゆいちゃん」); 「このくん」「赤ちゃん」「お兄ちゃん」 are
# no one's. Not 君: a trigger on it sent every 君津市 / 君田 address cell of a customer CSV to
# the engine (the table path 10 % slower), for the rare 「田中君」 in a record.
CHILD_HONORIFICS = ("くん", "ちゃん")

# What a name's place may hold that is no one's name: the requester themself (a request
# form's 対象者氏名 「本人」), a blank's marks; RE2 and Python alike, on the whole value.
NO_ONE_VALUES = frozenset({
    "本人", "ご本人", "本人様", "ご本人様", "本人自身", "ご本人自身", "同上", "同左", "〃", "不明",
    *_STAFF_TITLE_WORDS,
    # (a client list's 担当者 who is its 代表者)
    "代表者に同じ", "代表者と同じ", "上記に同じ", "上に同じ", "左に同じ",
    "なし", "無し", "未定", "未記入", "記入なし", "該当なし", "空欄",
    # a form's yes or no in a people's field (被扶養者 | 無), or whom it means (緊急連絡先 |
    # 同居家族（配偶者）)
    "無", "有", "有り", "あり", "同居家族", "配偶者", "家族", "同居人",
    # a criminal case's other party, an office not a person (相手方：検察官)
    "検察官", "検察庁", "検事", "国", "裁判所",
    # an insurance's beneficiary by law, not by name (受取人：法定相続人)
    "法定相続人", "相続人", "法定相続人様",
    # a contract list's kind of party in a party's column (契約者区分: 個人 / 法人)
    "個人", "法人",
    # a relation in a name's place (a nursery's attendance.pickup_by: 母, or 山下 早苗)
    "父", "母", "祖父", "祖母", "兄", "姉", "弟", "妹", "夫", "妻", "息子", "娘", "長男", "長女",
    "次男", "次女", "叔父", "叔母", "伯父", "伯母", "父親", "母親", "父母", "両親", "パパ", "ママ",
    "おじいちゃん", "おばあちゃん", "祖父母"})
NO_ONE = "^(?:" + "|".join(sorted(NO_ONE_VALUES, key=lambda v: (-len(v), v))) + ")$"
NO_ONE_NAME = re.compile(NO_ONE)

# The people an accident report or a site's form names beside its subject (who found it, who
# reported it, who checked, received or witnessed it, a safety class's teacher): staff, each a
# person of their own, in a column, a form or a sentence
REPORT_ROLES = ("発見者", "報告者", "点検者", "受理者", "立会者", "講師")
# A title written beside a staff member's name (所長, 店長, 支店長, 課長, 職長, 主任: 「佐藤 充
# 職長」, 「店長 高橋 香織」); RE2 and Python alike
TITLE = "(?:副|支)?(?:所|店|社|院|室|部|課|係|班|職)長|主任"
# A clinic's, a care office's or another facility's word (a clinic list's 浦和駅前クリニック, a
# care manager's 居宅介護支援事業所さくら), and a clinic's by its department (たじま整形外科):
# RE2 and Python alike
FACILITY = ("事業所|事務所|ステーション|デイサービス|センター|クリニック|病院|医院|診療所|歯科|薬局"
            "|接骨院|整骨院|鍼灸院|治療院"
            # a public body's or a school's (所沢市立みどり台小学校, さいたま地方法務局, 市役所)
            "|学校|学院|学園|大学|幼稚園|保育園|保育所|こども園|学童保育|教室|法務局|役所|役場"
            "|県庁|都庁|府庁|税務署|警察署|消防署|裁判所|公民館|図書館")
CLINIC_DEPARTMENT = "(?:整形|形成)?外科|内科|眼科|皮膚科|耳鼻(?:咽喉)?科|小児科|産婦人科|精神科"
# What a company's department is named after (人事部, 営業推進部, 厚生課); RE2 and Python alike
DEPARTMENT_WORDS = ("総務|人事|経理|管理|営業|企画|広報|法務|財務|開発|技術|業務|購買|情報システム|"
                    "システム|品質管理|品質保証|品質|秘書|庶務|教務|医事|製造|資材|厚生|監査|事業|"
                    "販売|推進|サービス|サポート|労務|"
                    # a hospital's or a welfare office's desks (医療相談室, 地域連携室, 福祉課)
                    "医療相談|相談|地域連携|福祉|保護|障害福祉|介護保険|国保|保険年金|子育て支援")

# A business or a desk, not a person, in a name's place (a mail's From display name, a name
# column of a customer list that holds companies): RE2 and Python alike, on the cell as it is;
# ``BUSINESS``: or no one's name (``NO_ONE``, which the table path asks of its cells apart).
FIRM = (rf"{LEGAL_FORM}|法人|事務局|窓口|(?:協会|協議会|委員会|連合会|組合|士会|商工会)$|後援会|"
        rf"受付$|{FACILITY}|寺務所|社務所|塾|教室$|学園|学院|予備校|店$|本舗$|商会$|"
        rf"サポート|カスタマー|担当者?$|係$|チーム$|(?:{CLINIC_DEPARTMENT})$|"
        rf"(?:{DEPARTMENT_WORDS})(?:本?部|課|室|グループ|チーム)$|"
        r"(?i:(?:^|[^a-z])(?:inc|ltd|llc|corp|corporation|company|support|team|desk|bot"
        # (an airline's or a hotel's display name: Japan Airlines <noreply@…>)
        r"|airlines?|airways|hotels?|resorts?|travel|tours|bank|insurance|services?"
        r"|salons?|board)"  # (a salon's booking system's: SALON BOARD <…>)
        rf"(?:$|[^a-z]))|{KANA_LEGAL_FORM}"  # (a payroll's company row: ｶ)ﾐﾗｲｽﾀｯﾌ)
        rf"|{KANA_SPELLED_FORM}"
        # a brand with no legal form: capitals then katakana (a debt list's SMBCモビット), a
        # lender's trade (プロミス(SMBCコンシューマーファイナンス))
        r"|^[A-ZＡ-Ｚ]{2,}[ァ-ヺｦ-ﾟ]|ファイナンス|クレジット|キャピタル|信販"
        # a placeholder, nobody's (a card terminal's test payment 「テスト 決済」, 「ダミー 太郎」)
        "|^(?:テスト|ﾃｽﾄ|ダミー|ﾀﾞﾐｰ|サンプル|(?i:test|dummy|sample))(?:[ \u3000_]|$)")
BUSINESS = f"{FIRM}|{NO_ONE}"
BUSINESS_NAME = re.compile(BUSINESS)
# What begins a sheet's heading or group row, no name (a results list's merged 「■ 国保（特定
# 健診）」 above its people, 「【営業部】」)
HEADING_MARKS = "■□◆◇●▼▽★☆【〔《"
# A handle or a channel under a name key (a chat export's users and channels: fujii, general,
# hotel-ops): lower case, one token. RE2 and Python alike.
HANDLE = r"^[a-z0-9._\-]+$"

# a pupil's grade and class after their name in a school's list (「田中翼 小3-2」, 「中2年1組」)
GRADE_AFTER = r"\s+(?:小|中|高)[1-6](?:年生?)?(?:[-‐－][1-9][0-9]?|[1-9][0-9]?組)?\s*$"
# a household member's relation after their name under 「氏名／続柄」 (「山田 花子／妻」)
RELATION_AFTER_SLASH = rf"\s*[/／]\s*(?:{RELATION}|世帯主|本人|子)\s*$"


def normalize_name(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


# A seal's mark after a signed name (「池田 結衣　㊞」: NFKC's 印; 「(印)」): no given name
# ends in it
_SEAL_AFTER = re.compile(r"[ ]?(?:[印㊞]|[(（]印[)）])$")


def without_seal(name: str) -> str:
    """A name signed on a form without the seal's mark after it."""
    return _SEAL_AFTER.sub("", name) if len(name) > 3 else name


# Katakana words of a desk, a service or a job (カスタマー・サポート, ケア・ステーション, ヘルパー
# （長女）): no person's name, though written as a foreign one is
KATAKANA_ROLE = re.compile(
    "ステーション|センター|サービス|サポート|マネ(?:ー)?ジャー|ケア|ヘルパー|スタッフ|デスク|チーム"
    "|ショップ|ストア|クリニック|ホーム|オフィス|カンパニー|グループ|カスタマー|ドライバー|トレーナー"
    "|インストラクター|ボランティア|ナース|パート|アルバイト|ママ|パパ")


# A chat's display name decorated after the name (「花子🌸」「あすか☆」): emoji and symbols
DECORATION_AFTER = re.compile("[\u2600-\u27bf\u2b50\u2661\u2665\ufe0f\u200d"
                              "\U0001f000-\U0001faff]+$")
