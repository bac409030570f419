"""Label vocabulary: hard negatives' words (注文番号, 品番: a number after one is no
identifier) and labels that name a column's or a field's value but are no context in running
text (from, 署名, riyosha)."""

from .recognizers.name_words import REPORT_ROLES

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
                               "被相続人", "相続人", "相続人代表", "代表相続人", "成年後見人",
                               "保佐人", "補助人", "申立人",
                               # a ふるさと納税 desk's 送付先指定 (寄附者 | 送付先氏名)
                               "寄附者", "寄付者", "寄附者名", "寄付者名",
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
              # an old roster's romanized 生年 (a dump's `seinen` date column)
              "seinen": "date_of_birth",
              # a form's referrer (入会申込書 「ご紹介者 | 佐々木 太郎」)
              **dict.fromkeys(("紹介者", "ご紹介者", "紹介者名", "紹介者氏名"), "person_name"),
              # a data sheet's keeper (a lab's 管理メモ 「管理者 | 高橋 亮介」)
              **dict.fromkeys(("管理者", "管理者名", "管理者氏名"), "person_name"),
              # a food allergy column (a nursery's 原因食物 | 除去の程度): its foods are someone's
              # allergies (a clinic's アレルギー | リドカイン: not said to be, corpus 44)
              **dict.fromkeys(("食物アレルギー", "アレルギー食品", "アレルギー食材", "原因食物",
                               "原因食品", "アレルゲン", "除去食品", "除去食物", "food allergy",
                               "food allergies"),
                              "sensitive")}
