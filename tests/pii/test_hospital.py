"""A general hospital's files (blind corpus 27): a ward's admission list, referral letters'
histories, a nursing roster's training sheet, a 全銀 refund file, care managers' mails."""

from __future__ import annotations

import openpyxl
from table_paths import BOTH, scan_people

from leakscope import pii


def _scan(path) -> tuple[set[tuple[str, str]], int]:
    run = pii.scan([path], workers=1)
    found = {(f.category, f.value) for f in run if isinstance(f, pii.Finding)}
    return found, run.summary.subjects


def test_an_insurance_symbol_and_number_joined_by_a_middle_dot(tmp_path):
    """「34152177・1385」 under 被保険者記号・番号: the whole, not the 記号 alone (before: 34152177,
    a 記号 of six digits or more being a number of its own shape)."""
    (tmp_path / "入院患者一覧.csv").write_text(
        "患者ID,氏名,生年月日,被保険者記号・番号\n"
        "6498397081,小林　智也,1967/12/21,34152177・1385\n"
        "6498397099,青木　花子,1950/01/02,1017・214\n", encoding="utf-8")
    found, _ = _scan(tmp_path)
    insurance = {v for c, v in found if c == "health_insurance_number"}
    assert insurance == {"341521771385", "1017214"}


def test_a_history_cell_names_each_condition_whole(tmp_path):
    """A 既往歴 cell 「うつ病、胃潰瘍」 is two conditions, and a 主病名 is the whole term:
    アルツハイマー型認知症, 関節リウマチ, 肺炎 (before: the list's cell whole); a rare disease
    the terms do not know is still the cell's."""
    (tmp_path / "紹介状.csv").write_text(
        "氏名,生年月日,主病名,既往歴\n"
        "井上 明美,1950-03-04,アルツハイマー型認知症,\"うつ病、胃潰瘍\"\n"
        "佐藤 健,1948-05-06,関節リウマチ,高血圧（服薬中）\n"
        "林 直子,1960-07-08,肺炎,サルコイドーシス\n", encoding="utf-8")
    found, _ = _scan(tmp_path)
    assert {v for c, v in found if c == "sensitive"} == {
        "アルツハイマー型認知症", "うつ病", "胃潰瘍", "関節リウマチ", "高血圧", "肺炎",
        "サルコイドーシス"}
    # (a 障害名 of two words joined by 「・」 is one: a 手帳 ledger's 音声・言語機能障害)
    found = [f.value for f in pii.detect("音声・言語機能障害", label="障害名")]
    assert found == ["音声・言語機能障害"]


def test_a_condition_cell_joining_two_known_conditions_is_each():
    """A 障害年金 request's 傷病名 cells 「人工透析（慢性腎不全）」 and 「脳出血後遺症による
    右片麻痺」: two conditions each, not the cell (before: one value, which matched neither)."""
    def sensitive(text: str) -> list[str]:
        return [f.value for f in pii.detect(text, label="傷病名・障害の状態")]

    assert sensitive("人工透析（慢性腎不全）") == ["人工透析", "慢性腎不全"]
    assert sensitive("脳出血後遺症による右片麻痺") == ["脳出血後遺症", "片麻痺"]
    assert sensitive("持病（てんかん）") == ["持病(てんかん)"]  # (one condition: the cell)


def test_a_conditions_note_in_brackets_is_no_part_of_it():
    """A school's 保健調査票: 「てんかん（服薬中）」, 「心室中隔欠損症（手術済）」, 「食物アレルギー
    （卵・そば）」 and 「ADHD（注意欠如・多動症）」 are the condition before the note (before: the
    cell, note and all); a kind in brackets is the condition's name (内部障害（心臓）)."""
    def sensitive(text: str) -> list[str]:
        return [f.value for f in pii.detect(text, label="既往歴・現在治療中の病気")]

    assert sensitive("てんかん（服薬中）") == ["てんかん"]
    assert sensitive("心室中隔欠損症（手術済）") == ["心室中隔欠損症"]
    assert sensitive("食物アレルギー（卵・そば）") == ["食物アレルギー"]
    assert sensitive("ADHD（注意欠如・多動症）") == ["ADHD"]
    assert sensitive("内部障害（心臓）") == ["内部障害(心臓)"]
    assert [f.value for f in pii.detect("山田 翔太さんの母親は精神疾患で通院中。")
            if f.category == "sensitive"] == ["精神疾患"]


def test_a_committee_in_charge_of_training_is_no_one(tmp_path):
    """A roster's 研修予定 sheet: 担当 看護部教育委員会 on every row was a person a row, and the
    training's title (糖尿病看護…勉強会) a condition of theirs."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "研修予定"
    sheet.append(["日付", "研修名", "担当"])
    sheet.append(["12/3", "糖尿病看護認定看護師による勉強会", "看護部教育委員会"])
    sheet.append(["12/27", "認知症ケア加算算定要件研修", "看護部教育委員会"])
    book.save(tmp_path / "勤務表.xlsx")
    assert _scan(tmp_path) == (set(), 0)


def test_an_address_that_starts_at_its_city():
    """「ご自宅は川越市中宮祠3-26-20で」 and a contact list's 「入間市東和町4-20-14」: a city, a
    town and a block number, the prefecture left out (before: no address); the city's name
    begins where the dictionary says, not at the kanji before it (自宅)."""
    def addresses(text: str) -> list[str]:
        return [f.value for f in pii.detect(text) if f.category == "address"]

    assert addresses("ご自宅は川越市中宮祠3-26-20で、玄関に段差があります。") \
        == ["川越市中宮祠3-26-20"]
    assert addresses("中村裕太\t〒364-6657\t入間市東和町4-20-14\tTEL:04-5555-9323") \
        == ["入間市東和町4-20-14"]
    assert addresses("自宅川越市中宮祠3丁目26番 サンハイツ101") \
        == ["川越市中宮祠3丁目26番サンハイツ101"]
    assert addresses("東京都目黒区中目黒4-9-30") == ["東京都目黒区中目黒4-9-30"]  # (the whole)
    assert addresses("会議は市役所3-2で") == []


def test_an_address_that_starts_at_a_city_written_in_kana():
    """A health check's contact list: 「ふじみ野市丸の内3-2-22」, 「つくば市竹園1-2-3」 (before: no
    address: a city is found as a run of kanji)."""
    def addresses(text: str) -> list[str]:
        return [f.value for f in pii.detect(text) if f.category == "address"]

    assert addresses("井上 学\tふじみ野市丸の内3-2-22\t090-1234-5678") == ["ふじみ野市丸の内3-2-22"]
    assert addresses("ご実家はつくば市竹園1-2-3で") == ["つくば市竹園1-2-3"]
    assert addresses("住所 南あわじ市市善光寺22-1 サンハイツ101") \
        == ["南あわじ市市善光寺22-1サンハイツ101"]
    assert addresses("みなと市場3-2の屋台") == []  # (no city of that name)


def test_names_a_ward_writes_beside_their_role():
    """A summary's 記載看護師 and a claim's 代理人（申請者） 「池田 さゆり（二女）」; a family's
    mail 「佐藤 くみ子の二女、佐藤 幹です」 names the patient too; a foreign patient
    「サントス・マリアさん」 (before: none of them)."""
    def names(text: str, label: str | None = None) -> list[str]:
        return [f.value for f in pii.detect(text, label=label) if f.category == "person_name"]

    assert names("田中 裕美子", "記載看護師") == ["田中裕美子"]
    assert names("池田 さゆり（二女）", "代理人（申請者）") == ["池田さゆり"]
    assert names("西村 春香（長男の妻）", "代理人（申請者）") == ["西村春香"]  # (a child's spouse)
    assert names("緊急連絡先：長男の嫁 西村 春香 090-6091-9327") == ["西村春香"]
    assert names("305号室に入院しております佐藤 くみ子の二女、佐藤 幹です。") \
        == ["佐藤くみ子", "佐藤幹"]
    assert names("入院中のサントス・マリアさん（フィリピン国籍）の件です。") == ["サントス・マリア"]


def _names(text: str, label: str | None = None) -> list[str]:
    return [f.value for f in pii.detect(text, label=label) if f.category == "person_name"]


def test_names_after_a_desk_a_title_or_a_ward_label():
    """「記載：山口知実」, 「講師：内科 中村 晃医師」, a claim's 依頼者 after its desk and title, a
    care manager after their office; a surname after a desk is no one still. A form cell's
    reading in brackets is the name's too, and a foreign name in katakana is whole (before:
    none of them; グエンヴァン, cut at 「・」)."""
    assert _names("記載：山口知実\n") == ["山口知実"]
    assert _names("12月10日（水）14時〜　講師：内科 中村 晃医師\n") == ["中村晃"]
    assert _names("依頼者：地域連携室 医療ソーシャルワーカー 佐藤 裕太（内線2316）") == ["佐藤裕太"]
    assert _names("担当ケアマネジャー：ケアプランセンターひまわり 中村 知実 氏（TEL 048-296-7464）"
                  "へ情報提供済み。") == ["中村知実"]
    assert _names("担当：営業部 山田") == []
    assert _names("石井 晃（イシイ アキラ）", "氏名") == ["石井晃", "イシイアキラ"]
    assert _names("小林 太一（長男）", "氏名") == ["小林太一"]
    assert _names("患者氏名：グエン ヴァン・ナム\n") == ["グエンヴァン・ナム"]


def test_a_form_addressed_to_the_hospitals_head_is_the_applicants(tmp_path):
    """An 入院申込書 under 「…病院　院長 殿」: the patient's 〒 and address under it are theirs,
    not the hospital's (before: a business's block, not personal, and 3 people for 1)."""
    text = ("入院申込書・誓約書\n医療法人社団 むさしの会 むさしの総合病院       院長 殿\n"
            "患者氏名：山下 直人     （ヤマシタ ナオト）\n生年月日：昭和31年6月5日\n"
            "現住所：〒348-8595 埼玉県入間市花川戸2丁目20番21号 クレスト431\n"
            "電話：090-4694-8967\n")
    found = pii.detect(text)
    homes = [f for f in found if f.category in ("address", "postal_code")]
    assert homes and all(f.personal for f in homes)
    (tmp_path / "入院申込書.txt").write_text(text, encoding="utf-8")
    _, people = _scan(tmp_path)
    assert people == 1


def test_a_mailing_list_as_text_names_each_line_and_its_insurance():
    """A 健診 result mailing list (「中村裕太\\t〒364-6657\\t…\\t健保 記号4777 番号11」): the
    name at each line's start and the 記号 and 番号 joined (before: neither)."""
    text = ("受診者連絡先（結果送付用）\n\n"
            "中村裕太\t〒364-6657\t入間市東和町4-20-14\tTEL:04-5555-9323\t健保 記号4777 番号11\n"
            "田中さゆり\t〒359-2002\t入間市西小来川2-8-9\tTEL:03-5295-9741\t健保 記号208 番号698\n"
            "東京本社\t〒100-0001\t東京都千代田区千代田1-1\n")
    found = pii.detect(text)
    assert [f.value for f in found if f.category == "person_name"] == ["中村裕太", "田中さゆり"]
    assert [f.value for f in found if f.category == "health_insurance_number"] \
        == ["477711", "208698"]


def test_a_key_persons_contacts_are_theirs(tmp_path):
    """A ward's 家族連絡先 (患者氏名 | キーパーソン | 続柄 | 連絡先1 | メール): the phone and mail
    are the key person's, so the patient's row is a name alone, which a booking log's kana
    name and mobile are (before: the patient held the son's phone, two people of one name)."""
    (tmp_path / "家族連絡先.tsv").write_text(
        "患者ID\t患者氏名\tキーパーソン\t続柄\t連絡先1\tメール\n"
        "2814684704\t山本洋介\t山口 花子\t長男の妻\t080-9572-9011\thanako.y782@example.jp\n",
        encoding="utf-8")
    (tmp_path / "access.jsonl").write_text(
        '{"event": "reserve.create", "patient": {"name_kana": "ヤマモト ヨウスケ", '
        '"tel": "+81-70-5233-4584"}}\n', encoding="utf-8")
    _, people = _scan(tmp_path)
    assert people == 2


def test_a_foreign_name_joined_by_a_middle_dot_before_its_honorific():
    """「ワン・リーさん（中国国籍…）」, 「グエン・ヴァン・ナムさん」: names GiNZA does not call
    (before: none, or ヴァン・ナム); a service's words so joined are no one."""
    assert _names("5階病棟に入院中のワン・リーさん（中国国籍、2000年5月19日生）の件です。") \
        == ["ワン・リー"]
    assert _names("グエン・ヴァン・ナムさんが来院されました。") == ["グエン・ヴァン・ナム"]
    assert _names("ケア・ステーションさんに連絡済み。") == []


def test_a_foreign_name_with_its_middle_dot_is_the_lists_without_it(tmp_path):
    """A mail's 「ワン・リーさん（中国国籍、2000年5月19日生）」 and a ward list's 「ワン　リー」
    born that day are one patient (before: two, the name's 「・」 kept them apart)."""
    (tmp_path / "入院患者一覧.csv").write_text(
        "患者ID,氏名,フリガナ,生年月日,電話番号\n8152846968,ワン　リー,ワン　リー,2000/05/19,"
        "03-9408-5443\n", encoding="utf-8")
    (tmp_path / "未収金.txt").write_text(
        "医事課の佐藤です。5階病棟に入院中のワン・リーさん（中国国籍、2000年5月19日生）の件です。\n"
        "本人の連絡先は 090-8512-1356 です。\n", encoding="utf-8")
    _, people = _scan(tmp_path)
    assert people == 1


@BOTH
def test_a_payees_kana_name_is_the_one_name_only_record_that_reads_so(tmp_path, monkeypatch,
                                                                       table):
    """A care list's name-only 田中 健一 and a refund file's payee ﾀﾅｶ ｹﾝｲﾁ (a name and an
    account: nothing substantial either) are one person (before: two); 佐藤 幹, read ミキ or
    ツヨシ, stays apart from both payees ｻﾄｳ ﾐｷ and ｻﾄｳ ﾂﾖｼ."""
    (tmp_path / "担当患者.csv").write_text("氏名,要介護度\n田中 健一,要介護4\n佐藤 幹,要介護2\n",
                                       encoding="utf-8")
    (tmp_path / "還付金.csv").write_text(
        "受取人名,銀行コード,支店コード,口座番号\nﾀﾅｶ ｹﾝｲﾁ,0001,931,2215205\n"
        "ｻﾄｳ ﾐｷ,0001,811,6998065\nｻﾄｳ ﾂﾖｼ,0001,811,6998066\n", encoding="utf-8")
    assert scan_people(tmp_path, monkeypatch, table) == 4


def test_a_condition_naming_a_service_or_an_event_is_no_ones():
    """A hospital's monthly notice: 「がん相談支援センター」, 「糖尿病教室のご案内」,
    「認知症カフェ」 under a doctor's name and the desk's phone are services, not anyone's
    condition (before: three sensitive terms); a patient's own condition beside one still is."""
    notice = ("2. がん相談支援センター\n3. 糖尿病教室のご案内\n"
              "   12月10日（水）14時〜　講師：内科 鈴木 康弘医師\n"
              "4. 認知症カフェ「オレンジ」 お問い合わせは地域連携室（代表 049-246-1180）まで。\n")
    assert [f.value for f in pii.detect(notice) if f.category == "sensitive"] == []
    assert [f.value for f in pii.detect("山田様は糖尿病で通院中、糖尿病教室に参加。"
                                        "TEL 090-1111-2222") if f.category == "sensitive"] \
        == ["糖尿病"]
