"""The words of 要配慮個人情報 (APPI Art. 2(3), 施行令 2条), as regular expressions that hyperscan
and Python's ``re`` both read (no lookaround, no back-reference).

By the law's categories: 人種, 信条, 社会的身分, 病歴, 犯罪の経歴, 犯罪により害を被った事実,
心身の機能の障害, 健康診断等の結果, 診療・調剤の情報, 刑事事件の手続, 少年保護事件の手続; and the
conditions a health check, a referral letter, a 問診票 or a leave record names. A word that only
names a field (既往歴, 病名) is a ``LABELS`` entry: what follows it is the condition.
"""

# organs and kinds a cancer is named by (胃がん, 大腸癌, 乳ガン); がん alone is too common a
# sound (がんばる), so it needs one of these before it or a medical word after it
_ORGANS = ("(?:胃|肺|大腸|結腸|直腸|乳|肝|肝臓|膵|膵臓|すい臓|前立腺|子宮|子宮頸|子宮体|卵巣|食道|"
           "甲状腺|皮膚|膀胱|腎|腎臓|腎細胞|胆管|胆のう|胆嚢|口腔|咽頭|喉頭|舌|脳|骨|血液|末期|"
           "進行|小児|転移性|原発性)")
_DIGITS = "[0-9]"
# (the 特定原材料 and those 準ずる of 食品表示基準)
FOODS = ("(?:そば|蕎麦|小麦|卵|鶏卵|卵白|乳|乳製品|牛乳|えび|エビ|かに|カニ|甲殻類|落花生|"
         "ピーナッツ|ピーナツ|くるみ|クルミ|アーモンド|カシューナッツ|ナッツ|ごま|ゴマ|胡麻|大豆|"
         "魚介類?|さけ|鮭|さば|鯖|いか|イカ|いくら|あわび|キウイ(?:フルーツ)?|バナナ|もも|桃|"
         "りんご|オレンジ|牛肉|豚肉|鶏肉|まつたけ|やまいも|山芋|ゼラチン|果物)")
# ... and what else someone is allergic to
# (and a salon's: a hair dye's ジアミン, its カラー剤)
ALLERGENS = f"(?:{FOODS}|金属|薬剤?|ペニシリン|ラテックス|ジアミン|カラー剤|ヘアカラー)"
# words a condition's term holds with what makes them someone's (「アレルギー（そば）」,
# 「車椅子ご利用」, 「がんで入院」): the word alone is reported
QUALIFIED = ("がん", "アレルギー", "車椅子", "車いす", "車イス", "ペースメーカー")

# Conditions and facts: each a 要配慮 mention by itself.
CONDITIONS: tuple[str, ...] = (
    # 病歴 / 診療: diseases of health checks, referral letters and leave records
    "(?:1型|2型|I型|II型)?糖尿病", "糖尿病性腎症", "境界型糖尿病", "高血圧症?", "低血圧症",
    "高尿酸血症", "痛風", "脂質異常症", "高脂血症", "高コレステロール血症", "脂肪肝", "肝機能障害",
    "(?:腎|心|呼吸|認知|高次脳|嚥下|膀胱|直腸|運動)機能障害", "慢性腎臓病", "(?:慢性|急性)?腎不全",
    "(?:人工)?透析", "ネフローゼ", "心房細動", "不整脈", "狭心症", "心筋梗塞",
    # what a body lives with at home (a visiting nurse's plan: 胃ろう, 在宅酸素, ストーマ)
    "胃ろう", "胃瘻", "人工呼吸器", "気管切開", "ストーマ", "人工肛門", "在宅酸素(?:療法)?",
    "(?:慢性|急性)?心不全",
    # (and what is left of one: 脳梗塞後遺症)
    "心臓弁膜症", "(?:脳梗塞|脳出血|脳卒中|くも膜下出血)(?:後遺症)?", "脳腫瘍",
    "慢性閉塞性肺疾患", "心臓病", "腎臓病", "肝臓病", "心疾患", "腎疾患", "肝疾患",
    # an infant check's findings (乳幼児健診: 所見)
    "低出生体重児?", "心雑音", "斜視", "股関節開排制限", "先天性股関節脱臼",
    # a school's 心臓検診 findings
    "QT延長症候群", "WPW症候群", "ブルガダ症候群", "川崎病", "(?:心室|心房)中隔欠損症",
    "ファロー四徴症",
    # a salon's record of a customer's scalp and skin
    "円形脱毛症", "脂漏性皮膚炎", "接触皮膚炎", "湿疹", "ケロイド(?:体質)?", "乾癬",
    # allergies a customer or a patient states (そばアレルギー, 卵アレルギー（服薬中）, a guest's
    # アレルギー（そば）, アレルギー：卵; not a menu's アレルギー表示)
    "食物アレルギー", f"{ALLERGENS}アレルギー", f"アレルギー[(（:：][ \t\u3000]*{ALLERGENS}",
    # a guest list's dish note (「乳製品NG(アレルギー)」, 「えび除去（アレルギー）」), a class
    # list's 「※卵除去」
    f"{ALLERGENS}(?:NG|除去|不可)?[(（]アレルギー[)）]", f"{FOODS}除去",
    # someone's aids of a body that does not work (車椅子ご利用, ペースメーカー使用; not a
    # hotel's 車椅子の貸出, a marathon's ペースメーカー)
    "(?:車椅子|車いす|車イス)(?:を|の)?(?:ご)?(?:利用|使用)", "心臓ペースメーカー",
    "ペースメーカー(?:を|の)?(?:ご)?(?:使用|装着|植え込み|植込み|埋め込み|埋込み|挿入)",
    "(?:気管支|小児)?喘息", "花粉症", "(?:間質性|誤嚥性|細菌性)?肺炎", "結核", "肝炎", "肝硬変",
    # a nursery's 連絡帳: a child's infections (インフルエンザA型, 溶連菌感染症)
    "インフルエンザ(?:[AB]型)?", "溶連菌(?:感染症)?", "RSウイルス感染症", "手足口病",
    "ノロウイルス(?:感染症)?",
    "白血病",
    "悪性リンパ腫",
    "骨髄腫", "(?:悪性)?腫瘍", "肉腫", f"{_ORGANS}?癌", f"{_ORGANS}(?:がん|ガン)",
    "がん(?:治療|患者|闘病|告知|再発|転移|と診断|の治療|の手術|の疑い|の再発|の転移|で入院"
    "|で手術)",
    "抗がん剤", "化学療法", "放射線治療", "(?:腰椎|頸椎|頚椎)?椎間板ヘルニア", "子宮筋腫",
    "子宮内膜症", "卵巣嚢腫", "(?:関節)?リウマチ", "膠原病", "骨粗しょう症", "骨粗鬆症",
    "(?:腰部|頸部|頚部)?脊柱管狭窄症", "変形性(?:膝|股|腰椎)?関節症", "変形性腰椎症",
    "大腿骨(?:頸部|転子部)?骨折", "圧迫骨折", "白内障",
    # a care home's residents' (a 服薬管理表's 病名, a family's mail)
    "前立腺肥大症", "前立腺炎", "過活動膀胱", "褥瘡", "(?:鉄欠乏性)?貧血", "難聴", "坐骨神経痛",
    "(?:慢性)?腰痛(?:症)?",  # (a trainer's 「腰痛あり」, a 離職理由's 「体調不良（腰痛の悪化）」)
    "慢性気管支炎", "(?:大動脈弁|僧帽弁)(?:狭窄|閉鎖不全)症", "弁膜症", "嚥下障害", "乾癬",
    # a ward's admissions: what a patient is in for (not a school's or a shop's words)
    "虫垂炎", "片麻痺", "胆石症", "腸閉塞", "帯状疱疹", "尿路感染症", "敗血症", "肺気腫",
    "大動脈(?:解離|瘤)", "(?:胃|十二指腸)潰瘍", "逆流性食道炎",
    # a school's 保健調査票: a child's conditions
    "アトピー(?:性皮膚炎)?", "川崎病", "(?:心室|心房)中隔欠損症?", "先天性心疾患", "熱性けいれん",
    # an injury an accident report or a 施術録 names with its part of the body (右足関節捻挫,
    # 右手第3指末節骨骨折, 右母指MP関節捻挫, 腰部挫傷; not お骨折りいただき)
    "[一-龥0-9A-Z]{1,12}(?:骨折|捻挫|脱臼|打撲|挫傷|靭帯損傷|腱断裂)",
    "甲状腺機能(?:低下|亢進)症",
    "バセドウ病", "橋本病", "クローン病", "潰瘍性大腸炎", "(?:指定)?難病", "パーキンソン病",
    "メニエール病", "突発性難聴", "過敏性腸症候群",
    # the 一定の病気 a driving licence's questionnaire asks about (道路交通法施行令 33条の2の3)
    "再発性の失神", "(?:無自覚性の)?低血糖症", "睡眠時無呼吸症候群", "ナルコレプシー",
    "アルコール中毒",
    "アルツハイマー(?:型認知症|病)?", "(?:脳血管性|レビー小体型|前頭側頭型)?認知症",
    "軽度認知障害", "認知機能(?:の|が)?低下", "てんかん",  # (a trial's adverse events too)
    "緑内障", "網膜症", "梅毒", "性感染症",
    "クラミジア",
    "エイズ", "AIDS", "HIV感染症", "B型肝炎", "C型肝炎",
    # mental health and development (心身の機能の障害 too)
    "うつ病", "鬱病", "抑うつ(?:状態|症状)?", "うつ状態", "うつ症状", "産後うつ(?:病)?",
    "(?:躁うつ|そううつ|躁鬱|そう鬱)病",
    "統合失調症",
    "双極性障害", "気分障害",
    "適応障害", "パニック障害", "不安障害", "社交不安症", "強迫性障害", "心的外傷後ストレス障害",
    "摂食障害", "拒食症", "過食症", "睡眠障害", "不眠症", "パーソナリティ障害", "人格障害",
    "解離性障害", "性同一性障害", "起立性調節障害", "自律神経失調症", "自閉スペクトラム症",
    "自閉症", "アスペルガー", "ASD", "注意欠如(?:・)?多動症", "注意欠陥(?:・)?多動性障害",
    "学習障害", "発達障害", "知的障害", "ダウン症(?:候群)?",
    "(?:[ァ-ヶー]{2,8}|薬物|覚醒剤|覚せい剤|薬|酒)?依存症",
    # a support record's crises (a 措置入院, a 医療保護入院; 自傷, 大量服薬, 幻聴)
    "医療保護入院", "措置入院", "自傷(?:行為)?", "大量服薬", "幻聴", "幻覚", "パニック発作",
    "心療内科", "精神科(?:に通院|へ通院|通院|受診|に入院|へ入院|入院)", "抗うつ薬", "向精神薬",
    "睡眠薬", "インスリン", "処方薬", "お薬手帳",
    # 心身の機能の障害 and its papers
    "身体障害", "精神障害", "精神疾患", "(?:視覚|聴覚|言語)(?:に|の)?障害", "肢体不自由",
    "障害者手帳",
    # (with its grade: 身体障害者手帳3級, 療育手帳B2, 身体障害者手帳（2級）)
    "(?:身体障害者手帳|身障手帳|精神障害者保健福祉手帳|療育手帳|愛の手帳)"
    "(?:(?:[0-9]種)?[0-9]{1,2}級|[AB][12]?|[(（](?:[0-9]種)?[0-9]{1,2}級[)）])?",
    "障害等級", "障害支援区分",
    "障害年金", "要介護[1-5]?", "要支援[12]?",  # (the level too: 要介護3)
    # 健康診断等の結果, pregnancy and fertility
    "健康診断結果", "健診結果", "要再検査", "要精密検査", "要精検", "要治療", "要医療", "有所見",
    "所見あり", "遺伝子検査", "ゲノム",
    # a health check's findings (a 健診結果's 所見: 耐糖能異常, 胸部X線異常陰影, 尿蛋白)
    "耐糖能異常", "心電図異常", "(?:胸部(?:X線|エックス線)?)?異常陰影", "(?:肝|腎)機能異常",
    "尿潜血", "尿蛋白", "蛋白尿", "(?:高LDL|低HDL)コレステロール血症", "血糖高値",
    "メタボリックシンドローム", "不妊治療", "不妊症", "妊娠中",
    f"妊娠{_DIGITS}{{1,2}}(?:週|か月|ヶ月|カ月|ヵ月)",
    "妊娠届", "母子健康手帳", "母子手帳", "切迫早産", "流産", "死産", "人工妊娠中絶",
    # 診療・調剤 facts
    *(CARE_FACTS := ("通院歴", "入院歴", "手術歴", "治療歴", "服薬", "投薬")),
    # 犯罪の経歴, 刑事事件・少年保護事件の手続, 犯罪により害を被った事実
    "前科", "前歴", "犯罪歴", "逮捕歴", "補導歴", "検挙歴", "服役", "受刑", "逮捕",
    "書類送検", "送検", "起訴", "勾留", "有罪判決", "執行猶予", "懲役", "禁錮", "保護観察",
    "少年院", "少年審判", "家庭裁判所送致", "補導", "犯罪被害", "被害届", "性被害", "DV被害",
    "ストーカー被害", "虐待を受け", "被虐待",
    # a 保健センター's and a school's case notes (not a 虐待防止研修)
    "(?:身体的|心理的|性的)虐待", "虐待(?:の)?疑い", "ネグレクト", "夫からのDV",
    # 信条, 人種, 社会的身分
    # (not 本籍: a family register's place, no 社会的身分 by itself: a 相続関係説明図's
    # 「最後の本籍」 is a label)
    "信条", "宗教", "信仰", "入信", "支持政党", "人種", "民族", "門地",
    # (a party's member: a supporters' roster's memo 「○○党員（本人申告）」, 「元○○党の党員」)
    "(?:[一-龥ァ-ヶー○〇]{2,6})?党員",
    "被差別部落", "生活保護",
    "準要保護",  # (a school's 就学援助 for a family near 生活保護: 「準要保護として認定」)
)
# A religion by its name, a belief only where someone holds it (「ご家族が創価学会の信者」,
# 「キリスト教を信仰」; not a venue's 「キリスト教式」): ``sensitive`` asks what follows
RELIGIONS: tuple[str, ...] = (
    "キリスト教", "カトリック", "プロテスタント", "仏教", "神道", "イスラム教", "ユダヤ教",
    "ヒンドゥー教", "創価学会", "エホバの証人", "天理教", "幸福の科学", "立正佼成会", "霊友会",
    "真如苑", "生長の家", "統一教会", "世界平和統一家庭連合", "モルモン教",
    "末日聖徒イエス・キリスト教会", "浄土真宗(?:本願寺派)?", "真宗大谷派", "浄土宗", "日蓮正宗",
    "日蓮宗", "曹洞宗", "臨済宗(?:妙心寺派)?", "真言宗(?:豊山派|智山派)?", "高野山真言宗",
    "天台宗",
)
# 障害 as a welfare office or a school writes it too: 障がい, 障碍 (知的障がい, 障がい者手帳)
CONDITIONS = tuple(term.replace("障害", "障(?:害|がい|碍)") for term in CONDITIONS)
# English words (as whole words, any case) and acronyms (capitals only: "aids" helps)
_FOODS_EN = ("(?:shellfish|seafood|crustaceans?|peanuts?|tree nuts|nuts|eggs?|milk|dairy|wheat"
             "|gluten|soy|soya|fish|sesame|buckwheat|penicillin|latex)")
CASELESS = ("medical history", "diagnosis", "criminal record", "religion", "ethnicity",
            "disability", "HIV", "COPD", "PTSD", "ADHD",
            # a foreign guest's or patient's own words (a booking's "allergic to shellfish",
            # "my husband uses a wheelchair", a form's "Type 2 diabetes")
            f"allergic to {_FOODS_EN}", f"{_FOODS_EN} allergy", "(?:uses|using|in) a wheelchair",
            "wheelchair user", "(?:type [12] )?diabetes", "asthma", "epilepsy", "dementia",
            "alzheimer's disease", "schizophrenia", "bipolar disorder", "celiac disease",
            "coeliac disease", "hypertension", "pregnant")
CASED = frozenset(("ASD", "AIDS"))

# One condition's spellings: 「ADHD（注意欠如・多動症）」 names it twice, not two conditions.
SYNONYMS: tuple[frozenset[str], ...] = tuple(frozenset(group) for group in (
    ("adhd", "注意欠如・多動症", "注意欠如多動症", "注意欠陥・多動性障害", "注意欠陥多動性障害"),
    ("asd", "自閉スペクトラム症", "自閉症スペクトラム障害"),
    ("ptsd", "心的外傷後ストレス障害"), ("copd", "慢性閉塞性肺疾患"),
))

# Words that name a field: 「既往歴：糖尿病」 reports 糖尿病, 「既往歴：特記事項なし」 nothing.
LABELS: tuple[str, ...] = (
    "病歴", "既往歴", "既往症", "既往", "現病歴", "持病", "病名", "傷病名", "主病名", "診断名",
    "疾患名", "障害名", "基礎疾患",
    # a 施術録's injury (負傷名：右肩関節周囲炎)
    "負傷名",
    # a trial's adverse event (an SAE report's 有害事象名：低血糖)
    "有害事象名", "有害事象",
    # a funeral's or a temple's form (宗派：浄土真宗本願寺派, 宗旨：日蓮宗): the sect after it is
    # the belief
    "宗派", "宗旨",
)
LABELS = tuple(term.replace("障害", "障(?:害|がい|碍)") for term in LABELS)
