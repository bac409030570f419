"""The hotel's documents: the 婚礼御契約書 and a company's 宴会ご契約書 (.docx, label | value
tables) and the front desk's 申し送りノート (full-width dates, hyphen look-alikes, health
notes)."""

from __future__ import annotations

from datetime import date

import docx

from .hotel_people import ROOMS, Hotel
from .japanese import FULL_WIDTH, HYPHENS, wareki
from .share import label_table

MEMOS = [("透析", "透析のため１５日は８時に送迎車で病院へ。"),
         ("糖尿病", "糖尿病のため夕食はカロリー控えめで厨房に連絡済。"),
         ("車椅子", "車椅子ご利用。大浴場は貸切時間を案内。"),
         ("てんかん", "てんかんの持病あり、発作時はご家族（同室）に連絡。"),
         ("認知症", "お母様が認知症のため夜間の外出に注意。"),
         ("うつ病", "うつ病で療養中とのこと、静かな部屋を希望。")]


def _contract(s: Hotel, path: str, title: str, rows: list[tuple[str, str]],
              body: list[str]) -> None:
    """A heading, the first paragraph, the label | value table, the rest."""
    document = docx.Document()
    document.add_heading(title, 1)
    document.add_paragraph(body[0])
    label_table(document, rows, "Table Grid")
    for paragraph in body[1:]:
        document.add_paragraph(paragraph)
    s.share.save(path, document)


def wedding(s: Hotel) -> None:
    """The couple: names, kana, births (西暦 and 和暦), the groom's address and both phones, the
    bride's mail; the planner named (neutral). 契約番号 passes the 法人番号 check; the "信条"
    of the greeting is no creed."""
    groom, bride = s.couple
    path = f"宴会/婚礼契約書_{groom.last}家_{bride.last}家.docx"
    s.corporate_number()  # (drawn by the blind generator, written nowhere)
    planner = s.staff[3]
    _contract(s, path, "婚礼御契約書", [
        ("契約番号", s.corporate_number()), ("契約日", "令和6年8月3日"),
        ("挙式日", "2025年4月19日（土）"), ("新郎 氏名", groom.name()),
        ("新郎 フリガナ", groom.kana()),
        ("新郎 生年月日", groom.born.strftime("%Y年%m月%d日")), ("新婦 氏名", bride.name()),
        ("新婦 フリガナ", bride.kana()), ("新婦 生年月日", wareki(bride.born, gannen=False)),
        ("ご住所", f"〒{groom.addr.postal} {groom.addr.full()}"), ("ご連絡先", groom.mobile),
        ("新婦連絡先", bride.mobile.replace("-", "")), ("E-mail", bride.email),
        ("請求先", f"{groom.last} {groom.first} 様"), ("担当", planner.name())],
        ["この度はご成約誠にありがとうございます。当館はおもてなしを信条とし、心を込めてお手伝いいたします。",
         "お支払い：挙式日の14日前までに指定口座へお振込みください。"])
    s.rows(path, groom, [("person_name", groom.name()), ("person_name", groom.kana()),
                         ("address", groom.addr.full()), ("postal_code", groom.addr.postal),
                         ("phone_number", groom.mobile), ("date_of_birth", groom.born)])
    s.rows(path, bride, [("person_name", bride.name()), ("person_name", bride.kana()),
                         ("phone_number", bride.mobile), ("email_address", bride.email),
                         ("date_of_birth", bride.born)])
    s.add(path, "person_name", planner.name(), planner, neutral=True)


def banquet(s: Hotel) -> None:
    """A company's year-end party: the organizer's name, mobile and mail; the company's
    法人番号 (its name and address neutral)."""
    host = s.host
    assert host is not None
    company, address = s.client("2-3-4")
    corp = s.corporate_number()
    path = f"宴会/宴会契約書_{company}_忘年会.docx"
    number = s.corporate_number()
    _contract(s, path, "宴会ご契約書", [
        ("契約番号", number), ("契約日", "2024年10月21日"), ("開催日", "2024年12月20日"),
        ("主催者", f"{company} 総務部 {host.name()}"), ("連絡先", host.mobile),
        ("メール", host.email),
        ("請求先", company), ("請求先 法人番号", corp), ("請求先住所", address), ("人数", "45名"),
        ("会場", "鳳凰の間")],
        ["下記のとおりご契約いたします。", "※アレルギー対応は3日前までにご連絡ください。"])
    s.rows(path, host, [("person_name", host.name()), ("phone_number", host.mobile),
                        ("email_address", host.email)])
    s.add(path, "corporate_number", corp)
    s.add(path, "person_name", company, neutral=True)
    s.add(path, "address", address, neutral=True)


def _fw(value: object) -> str:
    return str(value).translate(FULL_WIDTH)


def memo(s: Hotel) -> None:
    """申し送りノート: twelve guests by unspaced name, every other one's 和暦 birth and mobile
    (a hyphen look-alike), six health notes, every third's billing address with the given name
    alone (neutral); the writers last (the second by given name, neutral)."""
    R = s.rng
    path = "フロント/申し送り_2024年10月.txt"
    lines = ["■ フロント申し送りノート 2024年10月", ""]
    for i, g in enumerate(s.guests[40:52]):
        d = date(2024, 10, 1 + i * 2)
        room = R.choice(ROOMS)
        hyphen = HYPHENS[i % 5]
        block = [f"{_fw(d.month)}／{_fw(d.day)}（チェックイン日 "
                 f"令和６年{_fw(d.month)}月{_fw(d.day)}日）　{_fw(room)}号室　{g.name('')}様"]
        s.add(path, "person_name", g.name(""), g)
        if i % 2 == 0:
            block.append(f"　生年月日 {wareki(g.born, gannen=False)}、"
                         f"連絡先 {g.mobile.replace('-', hyphen)}")
            s.rows(path, g, [("date_of_birth", g.born), ("phone_number", g.mobile)])
        if i < len(MEMOS):
            term, text = MEMOS[i]
            block.append("　" + text)
            s.add(path, "sensitive", term, g)
        if i % 3 == 1:
            block.append(f"　請求書送付先：{g.addr.full(hyphen)}（{g.first}さん宛）")
            s.add(path, "address", g.addr.full(), g)
            s.add(path, "person_name", g.first, g, neutral=True)
        if i == 7:
            block.append(f"　会員番号 {s.corporate_number()} でポイント付与済。禁煙ルームへ変更。")
        if i == 9:
            block.append(f"　ご家族の病院見舞いで連泊延長の可能性あり。確認番号 {s.my_number()}")
        lines += [*block, ""]
    writer, second = s.staff[1], s.staff[5]
    lines += ["※当館の信条「一期一会」を忘れずに。", f"記入：{writer.name()}／{second.first}", ""]
    s.add(path, "person_name", writer.name(), writer)
    s.add(path, "person_name", second.first, second, neutral=True)
    s.share.write(path, "\n".join(lines))
