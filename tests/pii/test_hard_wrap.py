"""A mail hard-wrapped at a fixed width: values broken over a line read whole, where written."""

from __future__ import annotations

import random
import unicodedata
from email.message import EmailMessage

import pytest
from faker import Faker

from leakscope import pii
from leakscope.pii.extract.hard_wrap import joined_lines
from leakscope.pii.extract.location import locate
from leakscope.pii.finding import Finding

_WIDE = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"} | {"-": "−"})


def _inquiry(seed: int) -> tuple[str, dict]:
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    zip_code = f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    mobile = f"090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    year = rng.randint(40, 63)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    body = (f"お世話になっております。{fake.last_name()} {fake.first_name()}です。"
            f"先日お電話した件で、念のため連絡先と住所をお送りします。携帯電話は{mobile.translate(_WIDE)}、住所は"
            f"〒{zip_code.translate(_WIDE)}　{fake.prefecture()}{fake.city()}{fake.town()}"
            f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}".translate(_WIDE)
            + f"です。生年月日は昭和{str(year).translate(_WIDE)}年{str(month).translate(_WIDE)}月"
            f"{str(day).translate(_WIDE)}日です。よろしくお願いいたします。")
    truth = {"postal_code": zip_code.replace("-", ""),
             "date_of_birth": f"{1925 + year}-{month:02d}-{day:02d}"}
    return body, truth


def _wrap(text: str, width: int, columns: bool = False) -> str:
    lines, line, used = [], "", 0
    for c in text:
        size = (2 if unicodedata.east_asian_width(c) in "WF" else 1) if columns else 1
        if used + size > width:
            lines.append(line)
            line, used = "", 0
        line, used = line + c, used + size
    return "\n".join([*lines, line]) + "\n"


def _mail(tmp_path, body: str, charset: str = "iso-2022-jp"):
    message = EmailMessage()
    message["From"] = "customer@example.jp"
    message["To"] = "support@shop.example.jp"
    message["Subject"] = "連絡先"
    message.set_content(body, charset=charset, cte="7bit" if charset == "iso-2022-jp" else None)
    path = tmp_path / "wrapped.eml"
    path.write_bytes(message.as_bytes())
    return path


def _findings(path) -> list[Finding]:
    return [f for f in pii.scan([path], workers=1) if isinstance(f, Finding)]


def _where(body: str, value_at: int) -> dict:
    line = body.count("\n", 0, value_at) + 1
    return {"body": "text/plain", "line": line,
            "column": value_at - body.rfind("\n", 0, value_at)}


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("width,columns", [(38, False), (72, True)])
def test_a_postal_code_and_a_birth_date_broken_by_the_wrap_are_found_where_written(
        tmp_path, seed, width, columns):
    text, truth = _inquiry(seed)
    body = _wrap(text, width, columns)
    findings = _findings(_mail(tmp_path, body, "iso-2022-jp" if seed % 2 else "utf-8"))
    found = {f.category: f for f in findings}
    for category in ("postal_code", "date_of_birth"):
        assert found[category].value == truth[category]
    assert found["postal_code"].location == _where(body, body.index("〒") + 1)
    assert found["date_of_birth"].location == _where(body, body.index("生年月日は") + 5)
    assert found["phone_number"].location == _where(body, body.index("携帯電話は") + 5)


def test_lines_that_are_not_a_wrap_are_never_joined():
    rows = [f"会員{n:02d}　山田商店　東京都千代田区千代田１−１　電話０３１２３４５６７{n}"
            for n in range(6)]  # one length
    assert len({len(r) for r in rows}) == 1 and len(rows[0]) >= 30
    for body in (
        "\n".join(rows) + "\n",  # a list of records: no shorter line closes the run
        "\n".join(rows) + "\n\n以上です。\n",
        "\n".join(f"{r}。" for r in rows[:3]) + "\n短い行\n",  # sentences end at the break
        "\n".join(r.replace("　", "　　") for r in rows[:3]) + "\n短い行\n",  # a table's row
        "Please find my details below. My phone number is 090 1234\n5678 and my\n",
        "> " + "\n> ".join(rows[:3]) + "\n> 短い\n",  # quoted
    ):
        assert joined_lines(body, "m.eml", {"line": 1}) is None, body


def test_a_joined_unit_locates_every_character_as_written():
    body = _wrap(_inquiry(9)[0], 38)
    unit = joined_lines(body, "m.eml", {"body": "text/plain", "line": 1})
    assert unit is not None and unit.text.replace("\n", "") == body.replace("\n", "")
    assert unit.text.count("\n") < body.count("\n")
    written = 0
    for at, char in enumerate(unit.text):
        while body[written] != char:
            written += 1
        assert locate(unit, at) == _where(body, written), at
        written += 1


def test_a_huge_wrapped_mail_reads_through_every_break(tmp_path):
    blocks = [_inquiry(seed) for seed in range(300)]
    body = "\n".join(_wrap(text, 38) for text, _ in blocks)
    findings = _findings(_mail(tmp_path, body, "utf-8"))
    assert [f.value for f in findings if f.category == "postal_code"] == [
        t["postal_code"] for _, t in blocks]


def test_a_signatures_lines_are_no_wrap_of_the_line_above(tmp_path):
    """Two body lines of one length looked like a wrap; the signature's address line is as
    long, and its 「TEL …」 line and the mail address after a whole number were read as its
    continuation (「…14号TEL 048-…」, 「048-659-9849sakamoto@…」)."""
    body = ("いつもお世話になっております。居宅介護支援事業所さくらの前田です。\n"
            "通所介護の新規利用についてご相談です。空き状況をお知らせくださいね\n\n"
            "居宅介護支援事業所さくら\n介護支援専門員　前田　真綾\n"
            "〒332-4714 埼玉県さいたま市浦和区北浦和4丁目23番14号\n"
            "TEL 048-659-9843　FAX 048-659-9849\nsakamoto@shibanomori.or.jp\n")
    found = {(f.category, f.value): f.personal
             for f in _findings(_mail(tmp_path, body, "utf-8"))}
    assert found[("address", "埼玉県さいたま市浦和区北浦和4丁目23番14号")] is False
    assert found[("phone_number", "0486599843")] is False  # (the office's, under its name)
    assert found[("email_address", "sakamoto@shibanomori.or.jp")] is True
