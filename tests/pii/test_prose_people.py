"""People as memos, mails and documents write them in prose (blind corpus 5): a role before a
name, a list with each contact in brackets, a signature over its address, an address going on
into the sentence; and the look-alikes beside them (a git remote, a build number)."""

from __future__ import annotations

import docx

from leakscope import pii
from leakscope.pii import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.category == "person_name"]


def test_a_role_before_a_name_labels_it_when_the_name_begins_with_a_surname():
    assert _names("【社外秘】候補者：清水 裕太（1947年5月21日生）") == ["清水裕太"]
    assert _names("作成：藤田 翔太\u3000連絡先 080-4819-0314") == ["藤田翔太"]
    assert _names("参加者：松田 幹（090-8632-9971）") == ["松田幹"]
    # a role with no person after it
    assert _names("参加者：3名、担当：営業部、作成：2024年5月") == []


def test_a_name_run_into_its_verb_ends_at_the_particle():
    assert _names("09:41 担当は後藤桃子が引き継ぎ。") == ["後藤桃子"]
    assert _names("担当：山田まり子") == ["山田まり子"]  # kana before kanji: a given name


def test_a_list_in_a_sentence_with_each_contact_in_brackets():
    text = ("参加者：松田 幹（090-8632-9971）、佐藤 裕太（080ー9550ー1010）、"
            "山口 聡太郎（070−1958−0714）")
    assert _names(text) == ["松田幹", "佐藤裕太", "山口聡太郎"]
    # not a list of people: no known surname, or no contact in the brackets
    assert _names("、営業 企画（090-1234-5678）、山田 商事（2024年）") == []


def test_a_signature_name_over_its_postal_code(tmp_path):
    text = ("株式会社ミドリ設計の中村です。\n――――\n株式会社ミドリ設計　総務部\n中村 拓真\n"
            "〒100-0005 東京都千代田区丸の内1-2-3 丸の内ビル5F\nTEL：03-5308-7960（直通）\n")
    assert "中村拓真" in _names(text)
    assert _names("総務部\n〒100-0005 東京都千代田区丸の内1-2-3") == []


def test_names_in_a_word_documents_header_and_footer(tmp_path):
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "【社外秘】候補者：清水 裕太（1947年5月21日生）"
    section.footer.paragraphs[0].text = "作成：藤田 翔太\u3000連絡先 080-4819-0314"
    document.add_paragraph("面談記録")
    path = tmp_path / "推薦状.docx"
    document.save(path)
    run = pii.scan([path], workers=1)
    names = {f.value: f.location["part"] for f in run
             if isinstance(f, pii.Finding) and f.category == "person_name"}
    assert names == {"清水裕太": "header 1", "藤田翔太": "footer 1"}
    assert run.summary.subjects == 2


def test_an_address_in_a_sentence_keeps_its_room_before_the_sentence_goes_on():
    found = [(f.category, f.value) for f in detect(
        "住所は〒７７９－７３６４　秋田県長生郡白子町百村３－３０－１９　シャルム１００１です。\n"
        "住所は長崎県川崎市多摩区平河町9-10-24 コーポ202に住んでいるとのこと\n")]
    assert ("address", "秋田県長生郡白子町百村3-30-19シャルム1001") in found
    assert ("address", "長崎県川崎市多摩区平河町9-10-24コーポ202") in found


def test_a_git_remote_and_a_build_number_are_neither_mailbox_nor_host():
    found = [(f.category, f.value) for f in detect(
        "git remote=git@github.com:hanamizuki/shop-api.git build=2.3.1.4 release 4.1.0.2\n"
        "担当 taro@example.jp: 確認済み、接続元 192.168.10.5\n")]
    assert found == [("email_address", "taro@example.jp"), ("ip_address", "192.168.10.5")]


def test_a_relative_a_mail_names_after_の():
    text = ("中村 和也と申します。\n息子の中村 洋介（平成２０年４月２２日生、中学３年）が、"
            "私の知らないうちに会員登録を。母の日に贈る品、父の実家にて。")
    assert _names(text) == ["中村和也", "中村洋介"]  # (the writer introduces herself)


def test_a_role_name_runs_into_its_verb_after_a_kana_given_name():
    assert _names("担当は斎藤さゆりが引き継ぎ。") == ["斎藤さゆり"]
    assert _names("担当：佐藤ひで子") == ["佐藤ひで子"]


def test_an_address_written_past_spam_filters_is_the_mailbox_it_spells():
    found = [(f.category, f.value, f.detector) for f in detect(
        "メールは mkondo [at] gmail.com 宛に再送希望\n"
        "nkobayashi (at) yahoo (dot) co (dot) jp まで資料送付\n"
        "全角 ｔａｒｏ（ａｔ）ｅｘａｍｐｌｅ．ｊｐ\n"
        "not: see [at] home, data(at)rest, foo (at) bar\n")
        if f.category == "email_address"]
    assert [value for _, value, _ in found] == [
        "mkondo@gmail.com", "nkobayashi@yahoo.co.jp", "taro@example.jp"]
    assert {detector for *_, detector in found} == {"email_obfuscated"}


def test_a_label_before_another_value_of_its_own_does_not_veto_the_next_line():
    # 〒 labels its postal code; the mobile on the next line is a signature's, not vetoed
    found = [(f.category, f.value) for f in detect(
        "山田 太郎\n〒100-0005 東京都千代田区丸の内1-2-3\n090-1234-5678\n")]
    assert ("phone_number", "09012345678") in found
    # the nearest label still wins where it labels nothing else: an order number
    found = [(f.category, f.value) for f in detect(
        "注文番号 123456789018\nマイナンバー欄は空欄")]
    assert ("my_number", "123456789018") not in found


def test_a_name_over_its_reading_in_a_forms_text_layer():
    # a PDF form whose text layer puts the values before their labels
    text = ("清水\u3000裕太\nシミズ ユウタ\n昭和22年5月21日\n"
            "〒029-7628 愛知県横浜市神奈川区三筋9丁目30番14号\n080-9883-9382\n"
            "氏名\nフリガナ\n生年月日\n")
    assert _names(text) == ["清水裕太"]
    assert _names("営業 企画\nエイギョウ キカク\n") == []  # no known surname
