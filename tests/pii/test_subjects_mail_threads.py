"""本人の数 of a support mailbox as it is written: a greeting, a quoted reply, a staff signature
and a company's footer are not people of their own. Each rule met in a blind held-out corpus
that counted 218 people where there were 150; scanned from real files end to end."""

from __future__ import annotations

from email.message import EmailMessage

from leakscope import pii

FOOTER = ("────────\n株式会社ミドリ通販 カスタマーサポート部\n"
          "〒105-0011 東京都港区芝公園1丁目7番6号 ミドリビル5F\n"
          "TEL: 03-5405-1180 / FAX: 03-5405-1181\n")


def _people(*paths) -> int:
    run = pii.scan(paths, workers=1)
    for _ in run:
        pass
    return run.summary.subjects


def _mail(path, sender: str, to: str, body: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, "お問い合わせ"
    message.set_content(body)
    path.write_bytes(bytes(message))


def test_a_reply_counts_its_customer_and_its_staff_member_once_each(tmp_path):
    for i in range(3):  # the same staff member answers three customers
        customer = ["石川 桃子", "青木 康弘", "小林 篤司"][i]
        _mail(tmp_path / f"{i}.eml", "三浦 あすか <asuka.miura@midori.example.jp>",
              f"{customer} <c{i}@example.jp>",
              f"{customer} 様\n\nカスタマーサポートの三浦でございます。\n"
              f"お問い合わせありがとうございます。\n\n{FOOTER}\n"
              f"> {customer}と申します。\n> 連絡先 090-1234-{5670 + i}\n")
    # three customers and 三浦 あすか: not 「三浦」, the greeting or the company's footer
    assert _people(tmp_path) == 4


def test_a_greeting_alone_is_the_one_person_of_that_name(tmp_path):
    (tmp_path / "顧客.csv").write_text(
        "氏名,電話番号\n石川 桃子,090-1111-2222\n佐藤 翔,090-3333-4444\n佐藤 翔,090-5555-6666\n",
        encoding="utf-8")
    (tmp_path / "memo.txt").write_text("石川 桃子様へ折り返し済み\n\n\n" + "\n" * 50
                                       + "佐藤 翔様へも連絡\n", encoding="utf-8")
    # 石川 桃子 is the customer; 佐藤 翔 could be either of two: one of them, not a third
    assert _people(tmp_path) == 3


def test_a_surname_alone_is_no_one_more(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("渡辺様より電話あり。\n", encoding="utf-8")
    assert _people(tmp_path) == 0


def test_an_uncommon_surname_is_read_as_a_common_one(tmp_path):
    """鬼頭 and 勅使河原 are not among the common surnames: SudachiDict says they are
    surnames, so a full name written twice is one person, and a surname alone is no one of
    its own."""
    far = "\n" * 60
    (tmp_path / "memo.txt").write_text(
        f"鬼頭 守様より電話。{far}鬼頭 守様へ折り返し済み。{far}勅使河原様より電話。{far}",
        encoding="utf-8")
    assert _people(tmp_path) == 1


def test_a_company_footer_without_a_name_is_no_one(tmp_path):
    (tmp_path / "notice.txt").write_text("ご案内\n\n" + FOOTER, encoding="utf-8")
    assert _people(tmp_path) == 0
    (tmp_path / "call.txt").write_text("折り返し 090-8888-7777 まで\n", encoding="utf-8")
    assert _people(tmp_path) == 1  # a mobile number is someone's


def test_a_forms_furigana_line_is_the_same_person(tmp_path):
    (tmp_path / "申込書.txt").write_text(
        "申込書\n氏名：山田 太郎\nフリガナ：ヤマダ タロウ\n生年月日：1980年1月2日\n"
        "電話：090-1234-5678\n\n\n\n\n\n\nお名前：佐藤 花子\nフリガナ：サトウ ハナコ\n"
        "電話：090-8765-4321\n", encoding="utf-8")
    assert _people(tmp_path) == 2


def test_two_namesakes_by_surname_in_one_document_stay_two(tmp_path):
    letters = "".join(
        f"〒100-0001\n東京都千代田区千代田1-{i}\n鈴木 {given} 様\n{FOOTER}\n"
        f"この度は当店会員にご登録いただき誠にありがとうございます。鈴木様の会員証をお送りします。\n"
        for i, given in enumerate(("太郎", "翔太"), 1))
    (tmp_path / "会員証送付.txt").write_text(letters, encoding="utf-8")
    assert _people(tmp_path) == 2  # not one: 鈴木 at the shop's TEL in both, and 鈴木太郎/鈴木翔太


def test_a_reply_to_a_bare_address_greets_that_person(tmp_path):
    _mail(tmp_path / "reply.eml", "サポート <support@midori.example.jp>", "manabu_abe@example.jp",
          "阿部 学様\n\nお問い合わせありがとうございます。\n"
          f"お届け先: 千葉県香取郡多古町多古107番地\n\n{FOOTER}")
    assert _people(tmp_path) == 1  # not the address and the name apart


def test_a_letter_and_its_form_in_one_document_are_one_person(tmp_path):
    import docx

    document = docx.Document()
    for line in ("〒606-8129", "京都府京都市左京区田中里ノ前町2-26-17", "藤原健一 様",
                 "☎ 070 9287 5755", "会員証送付のお知らせ"):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, (
            ("お名前", "藤原 健一"), ("生年月日", "S29/5/27"),
            ("メールアドレス", "k-fujiwara1954@example.jp")), strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.save(tmp_path / "会員証送付.docx")
    assert _people(tmp_path) == 1


def test_a_forms_identifier_without_a_name_is_its_applicants(tmp_path):
    # a tenancy form: the body's 「本人確認書類 … 番号」 is read before its tables, and was a
    # third person beside the applicant and the guarantor
    import docx

    document = docx.Document()
    document.add_paragraph("賃貸住宅 入居申込書")
    applicant = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(applicant.rows, (
            ("申込者氏名", "前田 直子"), ("生年月日", "H8.5.9"),
            ("携帯電話", "090-8724-1660")), strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("【連帯保証人】")
    guarantor = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(guarantor.rows, (
            ("氏名", "前田 健一"), ("電話番号", "080-2802-7323")), strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("本人確認書類：運転免許証 番号 101145534391")
    document.save(tmp_path / "入居申込書.docx")
    assert _people(tmp_path) == 2


def test_a_department_or_a_bot_sending_is_no_one(tmp_path):
    _mail(tmp_path / "1.eml", "管理部 <kanri@sakura-fudosan.example.jp>", "lock@example.jp",
          "新入居者 長谷川　美加子 様の鍵交換をお願いします。\n立会い連絡先：070-3601-4498\n")
    found = [f for f in pii.scan([tmp_path / "1.eml"]) if f.category == "person_name"]
    assert [f.value for f in found] == ["長谷川美加子"]
    names = [f.value for f in pii.detect("送信者: 人事Bot\n担当: 阿部 様\n差出人 総務課")
             if f.category == "person_name"]
    assert names == ["阿部"]


def test_a_classrooms_replies_from_its_own_address_join_no_parents(tmp_path):
    """さくら塾 荻窪駅前教室 <ekimae@…> answers two parents, its signature repeating the
    address: the address is the school's (not personal), and the parents stay two."""
    parents = [("山田 花子", "hanako.y@example.jp", "090-1111-2222"),
               ("佐藤 美加", "mika.s@example.jp", "080-3333-4444")]
    signature = ("--\n個別指導さくら塾 荻窪駅前教室\nTEL 03-5347-2210\n"
                 "Mail: ekimae@sakura.example.jp\n")
    for i, (name, address, mobile) in enumerate(parents):
        _mail(tmp_path / f"q{i}.eml", f"{name} <{address}>", "info@sakura.example.jp",
              f"{name}です。携帯は{mobile}です。")
        _mail(tmp_path / f"r{i}.eml", "さくら塾 荻窪駅前教室 <ekimae@sakura.example.jp>", address,
              f"{name} 様\n承知しました。\n\n{signature}")
    run = pii.scan([tmp_path], workers=1)
    school = [f for f in run if f.category == "email_address" and f.value.startswith("ekimae")]
    assert [f.personal for f in school] == [False] * 4  # (From twice, signature twice)
    assert run.summary.subjects == 2


def test_parents_quoting_the_classrooms_signature_stay_apart_with_any_workers(tmp_path):
    """Each parent answers the classroom, quoting its signature: the copy is the school's
    because that very message is addressed to it, whichever worker reads which mail."""
    signature = "> 個別指導さくら塾 荻窪駅前教室\n> Mail: ekimae@sakura.example.jp\n"
    parents = [("山田 花子", "hanako.y@example.jp"), ("佐藤 美加", "mika.s@example.jp"),
               ("鈴木 陽子", "yoko.s@example.jp")]
    for i, (name, address) in enumerate(parents):
        _mail(tmp_path / f"{i}.eml", f"{name} <{address}>",
              "さくら塾 荻窪駅前教室 <ekimae@sakura.example.jp>",
              f"{name}です。よろしくお願いします。\n\n{signature}")
    counts = []
    for workers in (1, 2):
        run = pii.scan([tmp_path], workers=workers)
        copies = [f.personal for f in run if f.value == "ekimae@sakura.example.jp"
                  and "header" not in f.location]
        assert copies == [False] * 3
        counts.append(run.summary.subjects)
    assert counts == [3, 3]


def test_a_business_address_alone_is_no_one_whichever_file_comes_first(tmp_path):
    """A vendor writes to the classroom's bare address before any file names it; the
    classroom's own reply, read later, says whose it is."""
    _mail(tmp_path / "a_vendor.eml", "模試センター 成績係 <seiseki@moshi.example.jp>",
          "ekimae@sakura.example.jp", "ご担当者様\n成績表をお送りします。\n")
    _mail(tmp_path / "b_reply.eml", "さくら塾 荻窪駅前教室 <ekimae@sakura.example.jp>",
          "山田 花子 <hanako.y@example.jp>", "山田 花子 様\n承知しました。\n")
    assert _people(tmp_path) == 1


def test_a_mail_that_greets_a_desk_sends_to_no_one(tmp_path):
    """「社会福祉協議会 地域福祉係 様」 atop a mail to one address: the address is the desk's,
    reported as not personal and no person (before: a person of its own, beside the client
    the mail is about and the sender)."""
    body = ("\n社会福祉協議会 地域福祉係 様\n\n下記の方の見守りをお願いします。\n"
            "氏名：高橋 亮介\n電話：0544-15-0008\n\n--\n福祉課 保護係\n山田 晃\n")
    _mail(tmp_path / "desk.eml", "山田 晃 <mori05@city.example.lg.jp>",
          "shakyo@example.or.jp", body)
    found = [f for f in pii.scan([tmp_path], workers=1) if isinstance(f, pii.Finding)]
    desk = [f for f in found if f.value == "shakyo@example.or.jp"]
    assert desk and not any(f.personal for f in desk)
    assert _people(tmp_path) == 2
    # a person greeted by name keeps their address
    _mail(tmp_path / "desk.eml", "山田 晃 <mori05@city.example.lg.jp>",
          "haruka.sato@example.jp", body.replace("社会福祉協議会 地域福祉係", "佐藤 遥"))
    assert _people(tmp_path) == 3


def test_a_patient_named_under_a_greeting_is_not_the_addressee(tmp_path):
    """「三浦さん」 atop a mail to a.miura@…, then 「サントス・マリアさん」 in its third line: the
    address is 三浦's, not the patient's (before: the patient was the addressee, and so one
    person with every mail to that colleague)."""
    body = ("三浦さん\n\n医事課の藤田です。入院中のサントス・マリアさん（1983年6月1日生）"
            "の件です。\n"
            "本人の連絡先は 080-8573-2190 / maria.santos39@gmail.com です。\n\n"
            "むさしの総合病院 医事課　藤田 さゆり\n")
    _mail(tmp_path / "a.eml", "藤田 さゆり <s.fujita@hospital.example.jp>",
          "a.miura@hospital.example.jp", body)
    assert _people(tmp_path) == 3
    # (the colleague's signature elsewhere, a patient of another mail: 4, not 3)
    _mail(tmp_path / "b.eml", "三浦 あすか <a.miura@hospital.example.jp>",
          "ward@hospital.example.jp",
          "病棟 御中\n\n佐藤 幹様より連絡がありました（090-1111-2222）。\n")
    assert _people(tmp_path) == 4


def test_a_forwarded_mails_addressee_is_not_its_writer(tmp_path):
    """A forwarded mail's 「To: a.miura@…」 line, the writer's phone and home after it: the
    address is the recipient's, so the writer (a kana name, which the count does not tell
    apart from a kanji one) and the colleague stay two (before: one)."""
    body = ("田中さん\n\n共有をお願いします。\n三浦\n\n---------- Forwarded message ---------\n"
            "From: サントス マリア <maria.santos39@gmail.com>\nSubject: 入院中の母について\n"
            "To: a.miura@hospital.example.jp\n\n地域連携室 ご担当者様\n\n"
            "連絡は携帯（080-1004-2763）にお願いします。\n"
            "自宅：〒333-5398 東京都東村山市蔵前3丁目9番9号\n\nサントス マリア\n")
    _mail(tmp_path / "fw.eml", "三浦 あすか <a.miura@hospital.example.jp>",
          "田中 裕美子 <n-4east@hospital.example.jp>", body)
    (tmp_path / "staff.csv").write_text("氏名,メール,電話\n三浦 あすか,a.miura@hospital.example.jp,"
                                        "049-246-1180\n", encoding="utf-8")
    assert _people(tmp_path) == 3  # 三浦, 田中, サントス
    found = [f for f in pii.scan([tmp_path], workers=1) if isinstance(f, pii.Finding)]
    assert {f.detector for f in found if f.value == "a.miura@hospital.example.jp"} \
        == {"email_shape", "email_shape:recipient"}
