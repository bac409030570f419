"""Context words: which label is near a candidate, and what a column label means.

Context is measured in characters on the normalized text. The nearest label wins: a number
right after 注文番号 is an order number even when マイナンバー appears a little further away.
Hard negatives (order, tracking, invoice ids, product codes, versions, timestamps) are labels
of their own that win the same way and suppress the candidate.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .company_accounts import LEGAL_FORM
from .recognizers import RECOGNIZERS
from .recognizers.name_words import DECORATION_AFTER, REPORT_ROLES
from .surnames import starts_with_surname

NEGATIVE = "negative"

NEGATIVE_WORDS = (
    "注文番号", "注文no", "注文id", "受注番号", "発注番号", "注文", "伝票番号", "追跡番号",
    "問い合わせ番号", "問合わせ番号",  # (お問い合わせ番号 too)
    "問合せ番号", "配送番号", "請求書番号", "請求番号", "見積番号", "見積書番号", "インボイス",
    "商品コード", "商品番号",
    "品番", "型番",
    "管理番号", "整理番号", "受付番号", "予約番号", "会員番号", "顧客番号", "顧客id", "会員id",
    "手配番号",  # (a travel agent's booking: Luhn-valid, no card)
    "査定番号",  # (a dealer's trade-in appraisal: JCB-shaped, no card)
    "指示書番号", "指示番号",  # (a dental lab's 技工指示書番号: Luhn-valid, no card)
    # a driving school's and an exam's numbers (licence-valid 検定番号, no licence)
    "検定番号", "受検番号", "受験番号", "教習原簿番号", "原簿番号", "資格者証番号",
    "取引id",
    "取引番号", "シリアル", "製造番号", "バージョン", "証券番号", "社員番号", "保険者番号",
    "ポイントカード", "会員カード", "メンバーズカード", "ギフトカード", "ギフト券", "診察券",
    "ポイントカード番号", "会員カード番号", "メンバーズカード番号", "ギフトカード番号",
    "point card", "gift card", "loyalty card", "membership card", "point card number",
    "gift card number", "loyalty card number", "membership card number",
    "従業員番号",
    "order", "order_id", "order no", "order number", "tracking", "invoice", "sku", "product",
    "item", "version", "serial", "transaction", "txn", "jan", "isbn", "timestamp", "created_at",
    "updated_at", "expires_at", "changed_at", "id", "uuid", "member", "customer id",
    "customer_id", "ref", "reference",
    # what a password's or a token's column says of it, not the secret (pw_scheme: plain)
    "scheme", "algo", "algorithm", "token_type", "hint",
    "employee id", "employee_id", "社員id", "ticket", "チケット", "件数", "金額", "price", "amount",
    "qty", "quantity", "数量", "単価", "合計", "total", "受注", "発注", "出荷", "配送番号", "伝票",
    "請求", "在庫", "ロット", "lot", "batch", "商品id", "品目",
    "coupon", "voucher", "promo code", "promotion code",  # (Luhn-valid codes, no cards)
    # a hotel's or an airline's booking (confirmation no. 5442…: Luhn-valid, no card)
    "confirmation no", "confirmation number", "booking no", "booking number", "booking id",
    "booking ref", "reservation no", "reservation number", "reservation id", "確認番号",
    # a property's number in an estate agent's mail (listing no. 4488…: Luhn-valid, no card)
    "listing", "listing no", "listing number", "property id", "物件番号", "物件no",
    # an account's balance and a loan's amounts beside it (「普通 1234567 残高 2345678円」)
    "残高", "預金残高", "残額", "借入残高", "借入額", "借入金額", "弁済額", "返済額", "入金額",
    "出金額", "balance",
    "物件コード", "物件番号", "資料番号",  # a property's or a document's code (物件コード 108-0023)
    # a person's other days, on a birth date's line (「生年月日：… 死亡日：…」)
    "死亡日", "死亡年月日", "没年月日", "入社日", "入社年月日", "退職日",
    "作成日", "記入日", "更新日", "受付日", "申請日", "届出日",  # (a form's own dates)
    "同意日", "説明日",
    "契約番号", "リース契約番号",  # (a lease's Luhn-valid number, no card)
    "薬剤番号", "症例番号", "割付番号",  # (a trial's drug and case numbers: Luhn-valid, no card)
    # an office's devices (「NAS(192.168.10.5)」: no one's address)
    "nas", "router", "ルータ", "ルーター", "プリンタ", "プリンター", "複合機", "gateway",
    "ゲートウェイ",
    "死亡", "死去", "相続開始日",  # (a family tree's 「死亡 令和5年5月2日」 under its 出生)
    # an accident's damages (後遺障害慰謝料, 逸失利益: amounts, not a condition)
    "慰謝料", "逸失利益", "損害額", "賠償額", "示談金",
)


# Labels that say "a person's name is in here" without being context words in running text:
# mail address headers ("山田太郎 <taro@example.jp>").
LABEL_ONLY = {"from": "person_name", "to": "person_name", "cc": "person_name",
              "bcc": "person_name", "reply-to": "person_name", "sender": "person_name",
              "差出人": "person_name", "宛先": "person_name", "姓": "person_name",
              "holder": "person_name",  # (a payments table's card holder)
              # a name's kanji form under a merged 氏名 (漢字 | フリガナ), a claim's or a benefit's
              # people (児童手当's 請求者 | 受給者), a filing's, a welfare case's
              "漢字": "person_name", "請求者": "person_name", "受給者": "person_name",
              "届出人": "person_name", "扶養義務者": "person_name",
              # a 年調資料's spouse (配偶者 | 佐々木 淳; 配偶者 | なし: no one)
              "配偶者": "person_name",
              # a school's: a club's advisor and captain, a consent form's signature, an app
              # log's student (「"student": "岡田直人"」)
              **dict.fromkeys(("顧問", "部長", "副部長", "主将", "署名", "保護者署名", "本人署名",
                               "代諾者",  # (who consents for a trial's patient; its 署名 too)
                               "社員名", "従業員名", "職員名",  # (a payroll's transfer list)
                               "student", "pupil", "student_name", "guardian", "child",
                               "child_name",
                               # a day service's staff (児発管, its 相談支援専門員)
                               "相談支援専門員", "児発管", "児童発達支援管理責任者",
                               "サービス管理責任者", "サビ管", "学校医", "学校歯科医",
                               # a 保健センター's (a 健診 list's 担当保健師)
                               "担当保健師", "地区担当保健師", "担当助産師"),
                              "person_name"),
              # a case's staff in romaji (a welfare system's tanto column)
              "tanto": "person_name", "tantosha": "person_name", "tantousha": "person_name",
              "名": "person_name", "せい": "person_name", "めい": "person_name",
              "セイ": "person_name", "メイ": "person_name", "first": "person_name",
              "last": "person_name", "given name": "person_name", "surname": "person_name",
              # romanized Japanese column names of a name and its reading (kana_sei, furigana)
              **dict.fromkeys((
                  "sei", "mei", "kana", "furigana", "hurigana", "kana_sei", "kana_mei",
                  "sei_kana", "mei_kana", "name_kana", "kana_name", "namae", "shimei", "simei",
                  # (a welfare or a clinic system's column of whom a record is: 利用者, 患者)
                  "riyosha", "riyousha", "kanja",
                  "fullname", "lastname", "firstname", "familyname", "givenname",
                  "last_name_kana", "first_name_kana", "yomi", "name_yomi", "yomigana",
                  "カナ", "かな", "よみ", "ヨミ", "読み", "よみがな", "ヨミガナ", "読み仮名",
                  "氏名よみ", "氏名ヨミ",
                  # a bank transfer file's headers in katakana (全銀 format: ｼﾒｲ, ﾒｲｷﾞ)
                  "シメイ", "しめい", "カナシメイ", "シメイカナ", "メイギ", "コウザメイギ",
                  "ウケトリニンメイ",
                  "フリコミサキメイギ", "メイギニン", "ウケトリニン"),
                  "person_name"),
              # a log's or a list's column of the people it is about (顧客 | 内容 | 対応者)
              **dict.fromkeys(("顧客", "お客様", "患者", "受講者", "応募者", "入居者",
                               "customer", "recipient", "使用者", "ご担当者",
                               # a bicycle parking's registrant (登録者(カナ))
                               "登録者", "登録者名",
                               # a care office's: a client's doctor, a helper, a bus escort
                               "主治医", "担当医", "担当医師", "医師名", "担当ヘルパー", "添乗",
                               "添乗員",
                               # a construction site's (再下請負通知書, 作業員名簿)
                               "現場代理人", "主任技術者", "安全衛生責任者", "所長名",
                               "職長", "作業主任者",
                               # an accident report's and a site form's other people
                               *REPORT_ROLES, "元請受理者", "元請担当者",
                               # the clients a clinic or a staff member looks after, 「、」
                               # apart, each a person of their own (``row_people``)
                               "担当利用者", "担当患者", "担当顧客", "担当生徒", "担当児童",
                               "担当入居者", "担当会員", "担当お客様"),
                              "person_name"),
              # the person a claim or an application is of (an expense claim's 申請者); a
              # policy's insured (契約者 | 被保険者 | 受取人: names, not the 被保険者番号) and
              # a car accident's driver, each a person of their own (``row_people``)
              **dict.fromkeys(("申請者", "申請者名", "申請者氏名", "被保険者", "運転者",
                               # a temple's 墓地使用台帳 and 法要 bookings (承継者 | 施主 | 喪主)
                               "承継者", "承継者氏名", "祭祀承継者", "施主", "施主氏名", "喪主",
                               "運転者名", "運転者氏名",
                               # who paid for it (a parent's card for a student's fees)
                               "支払者", "支払者名", "支払人", "支払人名", "payer",
                               # a court filing's party and the household it lists
                               "申立人", "申立人氏名", "同居者", "同居者氏名"),
                              "person_name"),
              # the people an incident report or a register names beside its subject (a
              # shoplifting report's 被疑者, a hotel register's 同行者), a card's 名義
              **dict.fromkeys(("被疑者", "容疑者", "被害者", "加害者", "同行者", "同行者名",
                               "同伴者", "同伴者名", "名義", "companion", "companions",
                               "guests", "guest names", "guest_names",
                               # a banquet's or a group booking's organizer (its 幹事)
                               "主催者", "主催者名", "幹事", "幹事名", "幹事様",
                               # an evacuation list's neighbour who helps (支援者（近隣）)
                               "支援者", "避難支援者",
                               # a sale's parties (a brokerage's 成約一覧: 売主 | 買主)
                               "売主", "買主", "売主氏名", "買主氏名"), "person_name"),
              # the staff a row names beside its subject (a client list's 担当者, an ID
              # check's 確認者): people too, each their own (``row_people``)
              **dict.fromkeys(("担当者", "担当", "営業担当", "担当営業", "確認者", "作成者",
                               "記入者", "受付者", "対応者", "contact person", "person in charge",
                               # a client company's people (a tax office's 顧問先一覧)
                               "経理担当者", "経理担当", "事務担当者", "窓口担当者",
                               # the office's own staff on its client list (a 社労士's)
                               "当事務所担当", "事務所担当", "当社担当", "弊社担当",
                               # a client's hiring contact (a staffing agency's client list)
                               "人事担当者", "人事担当", "採用担当者", "採用担当", "総務担当者",
                               "総務担当",
                               # a 派遣契約's people in charge (労働者派遣法's 派遣先責任者 …)
                               "派遣先責任者", "指揮命令者", "派遣元責任者", "苦情処理申出先",
                               "苦情申出先", "苦情処理担当者",
                               # an insurance agency's own staff on a policy (代理店担当, 募集人)
                               "代理店担当", "代理店担当者", "募集人", "募集人名", "担当募集人",
                               "取扱募集人", "取扱者",
                               # a CRM's contact log: who made the call; a garage's work order
                               "staff", "staff in charge", "mechanic", "整備担当", "整備士",
                               "担当整備士",
                               # a mover's or a site's crew (a 作業指示書's 班員, a damage
                               # report's 作業リーダー)
                               # (its drivers under 運転手 / ドライバー: a 送迎表's, below)
                               "班員", "班長", "作業リーダー", "作業責任者", "乗務員",
                               # a care list's family key person and care manager
                               "キーパーソン", "key person", "keyperson", "key_person",
                               "ケアマネ", "担当ケアマネ",
                               "ケアマネジャー", "ケアマネージャー", "care manager", "担当cm",
                               "cm", "居宅cm",
                               # who wrote a ward's record (a discharge summary's 記載看護師)
                               "記載者", "記載", "記載看護師", "担当看護師", "受持看護師",
                               "受け持ち看護師",
                               # a prescription's doctor and pharmacist (a pharmacy's
                               # 処方箋受付, a patient ledger's 担当薬剤師), a vet's
                               "処方医", "処方医師", "処方医名", "医師", "担当医師", "薬剤師",
                               "担当薬剤師", "訪問薬剤師", "管理薬剤師", "薬剤師名",
                               "担当ケアマネジャー", "担当ケアマネージャー", "獣医師",
                               "担当獣医師", "獣医師名",
                               # who collected a prescription for the patient (a parent)
                               "代理受取", "代理受取人", "受取代理人",
                               # a school's class teacher and lecturer, who made a visa
                               # form and who files it (a language school's 担任, 作成責任者,
                               # 申請取次者)
                               "担任", "クラス担任", "担任名", "担当講師", "講師", "作成責任者",
                               "申請取次者", "取次者",
                               # a case's professionals (a 相続 case sheet's 税理士 | 長谷川正男)
                               "税理士", "担当税理士", "司法書士", "担当司法書士", "弁護士",
                               "担当弁護士", "行政書士", "公認会計士",
                               # a driving school's instructor and examiner on a booking or
                               # a 検定 result
                               "指導員", "担当指導員", "指導員名", "検定員", "技能検定員",
                               "検定員名", "教官", "担当教官", "instructor", "examiner",
                               # a day service's 送迎表: who drives the car
                               "運転", "運転手", "ドライバー", "driver", "送迎担当",
                               # a gas retailer's: who explained a contract, inspected a
                               # home, read its meter, delivered its cylinders
                               "説明者", "業務主任者", "点検員", "保安業務員", "検針員",
                               "配送員",
                               # a trial site's coordinators and the sponsor's monitor
                               "crc", "担当crc", "cra", "担当cra"),
                              "person_name"),
              # the other people a form or a list names (a PTA's 保護者名 | 児童名, a pet
              # clinic's 飼い主, a tenancy's 連帯保証人, an HR sheet's 家族1 | 家族2, a cram
              # school's 欠席連絡 連絡者 and 送迎 お迎え)
              **dict.fromkeys(("保護者", "保護者名", "保護者カナ", "保護者フリガナ",
                               "保護者ふりがな", "児童名", "生徒名", "飼い主", "飼い主名", "owner",
                               # a PTA's 会員 | お子さん, a 就学援助 list's 対象児童生徒
                               "お子さん", "お子様", "お子さま", "子ども", "子供", "児童",
                               "生徒", "児童生徒", "対象児童", "対象生徒", "対象児童生徒",
                               "対象者", "対象者名",
                               # a clinic's consent form signed by a parent for a minor
                               "施術を受ける方", "施術を受けられる方", "受診者", "受診者名",
                               # a care home's visitor log
                               "面会者", "面会者名", "来訪者", "来訪者名", "訪問者", "訪問者名",
                               "visitor", "visitor_name", "visitor name",
                               # a 司法書士's case ledger (依頼者 | 相手方・関係者), a debt list
                               "依頼者", "依頼人", "相談者", "相手方", "関係者", "相手方・関係者",
                               "債務者", "権利者", "義務者", "申請人", "後見人", "被後見人",
                               "被相続人", "相続人",
                               # a foreign name's other spellings (氏名（旅券記載） | カタカナ)
                               "カタカナ", "ローマ字",
                               "連絡者", "連絡者名", "お迎え", "お迎え者", "送迎者",
                               # (a nursery's 登降園 app: attendance.pickup_by)
                               "pickup_by", "picked_up_by", "pickup_person", "pickup",
                               "世帯主", "世帯主名", "保証人", "保証人名", "連帯保証人",
                               "連帯保証人名", "身元引受人", "身元引受人氏名", "身元保証人",
                               "家族", "家族名", "配偶者名", "被扶養者",
                               # a 扶養控除等申告書's spouse
                               "控除対象配偶者", "源泉控除対象配偶者", "同一生計配偶者",
                               "扶養親族", "扶養親族名", "扶養家族", "扶養家族名", "扶養",
                               # a nursery's 家庭状況調査票: a relative nearby
                               "親族", "親族氏名", "近隣の親族", "近くの親族"),
                              "person_name"),
              # a shipping label's or an order's two people (ヤマトB2 お届け先名 | ご依頼主名, a
              # marketplace's 注文者 | 送付先名): each their own (``row_people``)
              **dict.fromkeys(("お届け先名", "届け先名", "送付先名", "配送先名", "発送先名",
                               "ご依頼主", "ご依頼主名", "依頼主", "依頼主名", "送り主",
                               "送り主名", "差出人名", "ご注文者", "注文者", "購入者",
                               # headed politely (a のし list's ご注文者様 | お届け先様)
                               "ご注文者様", "お届け先様", "ご依頼主様", "ご購入者様",
                               "送付先様",
                               # a reservation's booker and lead guest (じゃらん's 予約者名 |
                               # 宿泊者代表者名), a shift sheet's staff
                               "予約者", "予約者名", "予約者名カナ", "予約者カナ", "宿泊者",
                               "宿泊者名", "宿泊者代表者名", "宿泊代表者名", "代表者",
                               "代表者名", "スタッフ名", "従業員名",
                               # a funeral's: a 香典帳's ご芳名, its 喪主 and 施主, a 死亡届's
                               # 届出人
                               "ご芳名", "芳名", "御芳名", "喪主", "施主", "届出人",
                               # a tour's participants (a 緊急連絡先一覧's 参加代表者), an
                               # airline's or a visa list's (SURNAME GIVEN)
                               "参加代表者", "申込代表者", "参加者", "参加者名", "参加者氏名",
                               # a wedding hall's couple (新郎 | 新婦) and a dress's wearer
                               "新郎", "新郎氏名", "新郎名", "新婦", "新婦氏名", "新婦名",
                               "着用者", "着用者名", "着用者氏名",
                               # a meeting's minutes (運営推進会議: 出席者 | 所属)
                               "出席者", "出席者名", "出席者氏名", "attendee", "attendees",
                               "passenger", "passengers", "surname given", "surname/given",
                               # a 全銀 口座振替 file's account holder (預金者名 ｴﾝﾄﾞｳ ﾖｳｺ)
                               "預金者", "預金者名", "ヨキンシャメイ",
                               # a bank statement's payer (振込依頼人名 ｺﾊﾞﾔｼ ﾊﾙｶ), a rental
                               # list's owner, landlord and tenant, a key ledger's borrower
                               "振込依頼人", "振込依頼人名", "依頼人名", "フリコミイライニン",
                               # a school's record of a sponsor's remittance (送金人)
                               "送金人", "送金者", "送金人名義", "remitter", "remitter name",
                               "フリコミイライニンメイ", "オーナー", "オーナー名", "家主",
                               "家主名", "貸主", "貸主名", "借主", "借主名", "貸出先",
                               "入居者名"),
                              "person_name"),
              # romanized 被保険者 記号・番号 columns (the insurer's hokensha_bango is no one's)
              **dict.fromkeys(("hoken_kigo", "hoken_bango", "hihokensha_kigo",
                               "hihokensha_bango", "hokensho_bango", "hokensyo_bango"),
                              "health_insurance_number"),
              **dict.fromkeys(("hokensha_bango", "hokensha_no", "hokenja_bango"), NEGATIVE),
              # a payroll tool's romanized columns (a 社労士's kojin_no, kiso_nenkin) and an
              # e-Gov log's hihokensha (被保険者: whom the filing is about)
              **dict.fromkeys(("kojin_no", "kojin_bango", "kojin_bangou", "kojinbango",
                               "kojin_number", "mynumber_no", "my_no"), "my_number"),
              **dict.fromkeys(("kiso_nenkin", "kiso_nenkin_no", "kiso_nenkin_bango",
                               "nenkin_no", "nenkin_bango", "nenkin_bangou", "kisonenkin"),
                              "basic_pension_number"),
              **dict.fromkeys(("hihokensha", "hihokensha_mei", "hihokensha_name",
                               "hihokensha_shimei"), "person_name"),
              # a password column's short names (WordPress's user_pass); words in prose too
              **dict.fromkeys(("pass", "pwd", "user_pass", "login_pass", "passwd_hash"),
                              "credential"),
              # a temple system's export key of a 檀家's sect (宗旨 in Japanese: a term)
              "sect": "sensitive",
              # a food allergy column (a nursery's 原因食物 | 除去の程度): its foods are someone's
              # allergies (a clinic's アレルギー | リドカイン: not said to be, corpus 44)
              **dict.fromkeys(("食物アレルギー", "アレルギー食品", "アレルギー食材", "原因食物",
                               "原因食品", "アレルゲン", "除去食品", "除去食物", "food allergy",
                               "food allergies"),
                              "sensitive")}
# Labels that say a name only when nothing qualifies them: an emergency contact's column holds
# their name, their number or both (its number is found as the engine finds any); a
# 緊急連絡先（電話） beside it holds the number.
_WHOLE_LABELS = {"緊急連絡先": "person_name", "emergency contact": "person_name"}
# The last key of a JSON key path (booker.kana, payment.holder, name.first: ``unit_label``)
# that says a name on its own; first and last only under a name.
_LAST_KEY_NAMES = frozenset(("kana", "furigana", "hurigana", "yomi", "yomigana", "holder",
                             "recipient", "customer"))
_NUMBERING = re.compile(r"[ _\-]*[0-9]+$")
_ANY_CODE = re.compile(r"(?:コード|code|cd|id|no\.?|番号|#|連番|seq)$")
_QUALIFIER = re.compile(r"[(\[【].*?[)\]】]")
_RELATION_ENDS = ("続柄", "続き柄")  # (a relation's column: 受取人続柄)
# a qualifier that says the column holds a name (a form's 緊急連絡先（氏名） beside its 緊急連絡先
# （電話）): the name of whoever the label is about
_NAME_QUALIFIER = re.compile(r"[(\[【](?:氏名|お?名前|フリガナ|ふりがな|name)[)\]】]$")
# "…name" / "…名" keys that name things, not people (Windows TargetUserName, 会社名, file_name).
_THING_NAME = re.compile(
    r"(?:user|account|computer|host|file|process|domain|service|product|company|item|table|"
    r"column|event|provider|workstation|package|key|object|rule|app|application|device|machine|"
    r"server|node|printer|share|group|role|policy|task|job|field|sheet|brand|store|shop|bank|"
    r"branch|org|organization|dept|department|category|type|class|module|method|function|"
    r"logon|auth|authentication|screen|nick|login|site|city|street|building|station|plan|"
    r"course|model|color|size|image|path|tag|queue|topic|schema|database|db|project|repo)"
    r"[ _\-]?name"
    r"|(?:ユーザー?|アカウント|会社|法人|商品|品|店舗?|銀行|支店|ファイル|ホスト|部署|部門|"
    r"団体|施設|物件|建物|駅|学校|病院|製品|サービス|プラン|コース|件|科目|機種|端末)名"
)

# the reading of whoever's name the label is of (お届け先名カナ, ご依頼主名カナ, 名略称カナ)
_NAME_READING = re.compile(r"(?:名|名称|名略称)(?:カナ|かな|フリガナ|ふりがな|ヨミ|よみ)$")
# Nouns of the people a list is of (its 顧客, 患者, 社員): a reading's word, a key's
_PERSON_NOUNS = ("患者", "顧客", "会員", "利用者", "社員", "従業員", "職員", "生徒", "学生")
# A person's word before a reading's (依頼者カナ, 顧客カナ, 会員フリガナ)
_READING_END = re.compile(r"[(（]?(?:カナ|かな|フリガナ|ふりがな|ヨミ|よみ)[)）]?$")
_PEOPLE_WORDS = frozenset((*_PERSON_NOUNS, "受講者", "入居者", "契約者", "お客様", "本人", "児童",
                           "園児"))
# A pet's columns (a veterinary clinic's ペット名 | ペット生年月日): an animal's, no one's.
_ANIMAL = re.compile(r"(?:ペット|愛犬|愛猫|犬|猫|pet)(?![a-z])")
# A company's name where a header was looked for (a form's 「派遣先 | 林銀行株式会社」 above a
# list): a value, not a label (its 銀行 made the number beside it a bank account).
_COMPANY_NAME = re.compile(LEGAL_FORM)


def keyword_table(prose: bool = True) -> list[tuple[str, str]]:
    """(word, category) for every context word of every recognizer, plus hard negatives;
    ``prose``: with the words that label values in running text only (not column headers)."""
    table = [(w.lower(), r.category) for r in RECOGNIZERS
             for w in (*r.context, *(r.prose_context if prose else ()))]
    table += [(w, NEGATIVE) for w in NEGATIVE_WORDS]
    return table


def _ascii_word(word: str) -> str:
    """An ASCII context word standing alone; its space may be '_' or nothing (card_number)."""
    return rf"(?:^|[^a-z]){re.escape(word).replace(chr(92) + ' ', '[ _]?')}(?:$|[^a-z])"


def keyword_pattern(word: str) -> str:
    """Hyperscan pattern for a context word (ASCII words whole-word and caseless)."""
    return f"(?i){_ascii_word(word)}" if word.isascii() else re.escape(word)


_SPACED = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


_HONORED = ("様", "殿")
_POLITE = ("ご", "御", "お")


@lru_cache(maxsize=4096)
def label_category(label: str | None) -> str | None:
    """Category (or ``negative``) a column header / JSON key / SQL column stands for; a
    camel-cased one read word by word where it says nothing whole (a marketplace's BillName,
    ShipZipCode), unless it names an account (TargetUserName: ``value_category``)."""
    category = _label_category(label)
    if category is None and label and (bare := label.strip()).endswith(_HONORED) \
            and len(bare) > 2:  # (a trimming salon's 飼い主様: the 飼い主's column)
        return _label_category(bare[:-1])
    if category is None and label and (bare := label.strip()).startswith(_POLITE) \
            and len(bare) > 2:  # (a consultation record's ご相談者: the 相談者's)
        return _label_category(bare[1:])
    if (category is None or category == NEGATIVE) and label and _CAMEL.search(label) \
            and not ACCOUNT_NAME.search(label):
        return _label_category(_CAMEL.sub("_", label)) or category
    return category


@lru_cache(maxsize=1024)
def either_categories(label: str | None) -> tuple[str, ...]:
    """The categories a label names as alternatives (an 算定基礎届's 「個人番号又は基礎年金番号」:
    a My Number or a pension number, as each cell holds; a debt list's 「カード番号／会員番号」:
    a card, else a member number, no one's: ``NEGATIVE`` comes last), or () for any other
    label."""
    if not label:
        return ()
    text = unicodedata.normalize("NFKC", label).lower()
    if _SPACED.sub("", text).strip() in _ID_DOCUMENT:
        return _ID_DOCUMENT_KINDS
    if not _ALTERNATIVES.search(label):
        return ()
    slashed = _EITHER.search(text) is None
    categories = dict.fromkeys(map(_label_category, (_SLASH if slashed else _EITHER).split(text)))
    if None in categories or len(categories) < 2 \
            or (slashed and not _WHOLE_CELL.isdisjoint(categories)):
        return ()  # (a slash between a name and an address is a form's 氏名/住所: its own)
    return tuple(sorted(categories, key=lambda category: category == NEGATIVE))


def is_label(label: str | None) -> bool:
    """Whether a header or a form's cell is one of the detectors' labels: of a category, a
    hard negative, or alternatives (カード番号／会員番号: each cell says which)."""
    return label_category(label) is not None or bool(either_categories(label))


# (categories whose label reads a whole cell: never told apart by a slash)
_WHOLE_CELL = frozenset(("person_name", "address", "date_of_birth", "sensitive", "credential"))
_SLASH = re.compile(r"[/／]")
_IN_CHARGE = ("担当者", "担当者名")
_IN_CHARGE_LONGEST = 8
# An identity document's number, whichever it is (a broker's 本人確認書類番号, the kind in the
# next column): each cell's shape and check say which
_ID_DOCUMENT = frozenset(("本人確認書類番号", "確認書類番号", "本人確認書類の番号",
                          "身分証明書番号", "id document number", "id document no"))
_ID_DOCUMENT_KINDS = ("drivers_license_number", "passport_number", "residence_card_number")
_EITHER = re.compile(r"又は|または|もしくは|若しくは|\bor\b")
_ALTERNATIVES = re.compile(r"又は|または|もしくは|若しくは|\bor\b|[/／]")


def _label_category(label: str | None) -> str | None:
    if not label:
        return None
    if either_categories(label):
        return None  # (each cell says which: ``Engine._either_category``)
    text = _SPACED.sub("", unicodedata.normalize("NFKC", label).lower().strip())  # 氏　名
    bare = _QUALIFIER.sub("", text).strip()  # 姓(カナ) -> 姓
    if text in _WHOLE_LABELS:
        return _WHOLE_LABELS[text]
    if bare.endswith(_RELATION_ENDS) and _SLASH.search(bare) is None:
        return None  # (a policy's 受取人続柄 子, 被保険者続柄: the relation, no name, no number;
        # a 住民票 extract's 氏名／続柄 is the member's name)
    if text in LABEL_ONLY or bare in LABEL_ONLY:
        return LABEL_ONLY.get(text) or LABEL_ONLY[bare]
    if bare.endswith("名") and LABEL_ONLY.get(bare[:-1]) == "person_name":
        return "person_name"  # (a debt list's 債務者名, a ledger's 依頼者名: the role's name)
    if bare.endswith(_IN_CHARGE) and len(bare) <= _IN_CHARGE_LONGEST:
        return "person_name"  # (a broker's 取引担当者, a firm's 営業担当者名: whoever is in charge)
    if bare.endswith("署名") and len(bare) <= _IN_CHARGE_LONGEST:
        return "person_name"  # (a plan's 利用者署名, 家族署名（続柄：母）: whoever signs)
    if (reading := _READING_END.search(bare)) is not None and (
            (person := bare[:reading.start()]) in _PEOPLE_WORDS
            or LABEL_ONLY.get(person) == "person_name"):
        return "person_name"  # (a case export's 依頼者カナ, a shop's 顧客カナ: the name's reading)
    if _NAME_QUALIFIER.search(text):
        return "person_name"
    head = _NUMBERING.sub("", bare)  # 住所1, address_2: the word before the number
    if head != bare and (head in LABEL_ONLY or head in _WHOLE_LABELS):
        return LABEL_ONLY.get(head) or _WHOLE_LABELS[head]  # 家族1, 家族2, 緊急連絡先2
    if _THING_NAME.search(text) or _ANIMAL.match(text) or _COMPANY_NAME.search(text):
        return None
    if _NAME_READING.search(text):  # (a 送り状's お届け先名略称カナ: not the 届け先's address)
        return "person_name"
    parent, _, last = text.rpartition("_")
    if last in _NUMBER_MEMBERS and _ACCOUNT_OBJECT.search(parent):
        return "bank_account"  # (a payout form's "bank": {"number": …}: the account's)
    if parent and last and not last.isascii() and (own := _object_member(parent, last)) is not None:
        return own or None
    if parent and (last in _LAST_KEY_NAMES
                   or (last in ("first", "last") and parent.endswith("name"))):
        return "person_name"
    best: tuple[bool, int, str] | None = None
    for word, category in _TABLE:
        hit = re.search(_ascii_word(word), text) if word.isascii() else word in text
        if not hit:
            continue
        # The head of a compound comes last: お届け先氏名 is a name, お届け先住所 an address.
        key = (head.endswith(word), len(word), category)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None and _ANY_CODE.search(text):
        return NEGATIVE  # 顧客コード, store_cd, No.: an internal number, never personal
    return best[2] if best else None


_NUMBER_MEMBERS = frozenset(("number", "no", "num", "番号"))
_ACCOUNT_OBJECT = re.compile("bank|口座|振込先|返金先")


def _object_member(parent: str, last: str) -> str | None:
    """A Japanese key under its object's (返金口座.名義, 申込者.国籍; ``unit_label`` joins them
    with _): the member's own word says what it holds; under a person's object, a word that
    names nothing (国籍, 年収, 勤務先) holds nothing personal (``""``); else None, the whole
    decides."""
    own = _label_category(last)
    if own not in (None, NEGATIVE):
        return own
    if own is not None or last.endswith(("名", "名称")):  # (契約者.名称: a person's or a firm's)
        return None
    return "" if _label_category(parent) == "person_name" else None


ACCOUNT_NAME = re.compile(r"(?:user|account|login|display|screen|nick)[ _\-]?name|ユーザー?名",
                           re.IGNORECASE)
# A column that points at a person (a clinic database's visits.patient_id, 問診.患者ID): a row
# holding one is about someone, so a 要配慮 word in it is theirs (``refers_to_person``).
_PERSON_REFERENCE = re.compile(
    r"(?:patient|customer|member|client|user|employee|staff|student|applicant|resident|guest)"
    r"[ _\-]?(?:id|no|number|code|cd)|chart[ _\-]?(?:no|number)"
    rf"|(?:{'|'.join((*_PERSON_NOUNS, '受診者', '応募者', '宿泊者', 'ゲスト'))})"
    r"(?:id|番号|no\.?|コード)"
    r"|カルテ(?:番号|no\.?)|診察券番号"
    r"|pid"  # (a clinical system's patient id: a lab system's comments.pid)
    # (romanized: a school system's hoken.seito_id, a care system's riyosha_no)
    r"|(?:seito|jido|kanja|kokyaku|kaiin|riyou?sha|shain)[ _\-]?(?:id|no|cd|code|bango)")


@lru_cache(maxsize=1024)
def refers_to_person(label: str | None) -> bool:
    """Whether a column's values point at a person (patient_id, 患者ID, カルテ番号)."""
    return label is not None and _PERSON_REFERENCE.fullmatch(
        unicodedata.normalize("NFKC", label).strip().lower()) is not None
_JAPANESE_NAME = re.compile(r"[一-龥々ぁ-んァ-ヶー]{1,6}[ 　]?[一-龥々ぁ-んァ-ヶー]{1,6}"
                            r"|[A-Z][a-z]{1,15} [A-Z][a-z]{1,15}")  # or romanized: Kato Rei
# Two capitalized words that are an account's, not a person's (Windows' "Local Service").
_ACCOUNT_WORDS = frozenset({
    "Local", "Network", "Service", "System", "Admin", "Administrator", "User", "Guest",
    "Support", "Team", "Default", "Test", "Anonymous", "Logon", "Windows", "Manager",
    "Account", "Backup", "Operator", "Root", "Demo", "Sample", "Web", "Mail", "Shop"})


def value_category(label: str | None, text: str) -> str | None:
    """``label_category``, except that an account-name field holding a Japanese name is one, and
    so is a destination column's cell (お届け先) that is a name; a donation's column holding a
    religious body (寄附先 「宗教法人 浄土真宗本願寺派 西光寺」) is a sensitive one.

    ECS ``user.name`` or ``TargetUserName`` usually hold logins (tanaka01), but an app log's
    ``user.name: 佐藤 花子`` or ``Kato Rei`` is a person.
    """
    category = label_category(label)
    value = DECORATION_AFTER.sub("", text.strip())  # (a chat's display name 「花子🌸」)
    if category is None and label and _DONATION.search(label) and _RELIGIOUS_BODY.search(value):
        return "sensitive"  # a 寄附金控除's donation to a 宗教法人 says a belief (信条)
    if category is None and label and ACCOUNT_NAME.search(label) \
            and _JAPANESE_NAME.fullmatch(value) and _ACCOUNT_WORDS.isdisjoint(value.split()):
        return "person_name"
    if category == "address" and names_a_destination(label) and _JAPANESE_NAME.fullmatch(value) \
            and starts_with_surname(value) and value[-1] not in _PLACE_ENDS:
        return "person_name"  # an お届け先 column holds the recipient's name: 井上 太郎
    return category


_DESTINATIONS = frozenset({"お届け先", "届け先", "送付先", "配送先", "発送先"})
# a donation's column (寄附金控除 寄附先, 寄付先) and a religious body in its cell: one's belief
_DONATION = re.compile("寄附|寄付|献金")
_RELIGIOUS_BODY = re.compile("宗教法人|神社|寺院|教会|教団")
_PLACE_ENDS = frozenset("都道府県市区町村郡")


def names_a_destination(label: str | None) -> bool:
    """Whether a column is labelled only as where things go (お届け先): its cells may be the
    recipient's name or their address, as each cell says."""
    return label is not None and unicodedata.normalize("NFKC", label).strip() in _DESTINATIONS


_LIST_INDEX = re.compile(r"(?:\[[0-9]+\])+$")


def unit_label(label: str | None, location: dict) -> str | None:
    """The label to classify: a JSON key path keeps its parent (Provider.Name, user.name)."""
    key = location.get("key")
    if not isinstance(key, str) or "." not in key:
        return label
    if label is not None and label != _LIST_INDEX.sub("", key.rsplit(".", 1)[-1]):
        return label  # not a key's: a form's question (``json_leaves._asked``)
    parts = [p for p in key.split(".")
             if p and p[0] not in "#@$" and p != "attributes" and not p.isdigit()]
    return "_".join(parts[-2:]) if len(parts) >= 2 else label


_TABLE = keyword_table(prose=False)
