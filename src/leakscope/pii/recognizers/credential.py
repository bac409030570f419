"""Credentials: passwords after a password label, API keys of known shapes, JWTs, private keys,
a land registry's 登記識別情報."""

import re

from .base import Candidate, Recognizer

# Vendor token shapes: each is specific enough to need no context.
_TOKENS = re.compile(
    r"AKIA[0-9A-Z]{16}"
    r"|gh[pousr]_[A-Za-z0-9]{36}"
    r"|github_pat_[A-Za-z0-9_]{60,}"
    r"|xox[abprs]-[A-Za-z0-9\-]{10,}"
    r"|[sr]k_live_[0-9A-Za-z]{16,}"
    r"|AIza[0-9A-Za-z_\-]{35}"
    r"|glpat-[0-9A-Za-z_\-]{20}"
    r"|SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}"
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"
    r"|-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"
)
_PASSWORD = re.compile(
    r"(?:password|passwd|pass|pwd|(?<![a-z])pw|secret_access_key|secret_key|client_secret"
    r"|jwt_secret|パスワード|"
    r"暗証番号|api_?key|access_token|auth_token)"
    r"[\"']?\s*(?:=>|[:=：])\s*[\"']?([^\s\"',;、。]{4,128})",  # (=>: a PHP array's, a Ruby hash's)
    re.IGNORECASE,
)
# a note in Japanese after an ASCII password, in brackets or not (it is no part of it)
_NOTE_AFTER = re.compile(r"\(?[^\x00-\x7f]")
# A connection URL's password (DATABASE_URL=mysql://shop:Mdr6457!ya@127.0.0.1/shop, a
# MAILER_URL's smtp://user:pass@host)
_URL_PASSWORD = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{1,15}://[^:/@\s\"']{0,64}:([^@\s/\"']{3,128})@")
# A PHP constant (a WordPress wp-config.php's 「define( 'DB_PASSWORD', 'S3cr3t!Pass' );」)
_DEFINED = re.compile(r"define\(\s*[\"'][A-Za-z0-9_]*"
                      r"(?:PASSWORD|PASSWD|PASS|PWD|SECRET|API_KEY|TOKEN)"
                      r"[\"']\s*,\s*[\"']([^\"'\s]{4,128})[\"']", re.IGNORECASE)

# A settings file's secret under its variable's name (.env: SUUMO_API_TOKEN=…, SLACK_BOT_TOKEN=,
# STRIPE_WEBHOOK_SECRET=): upper case, as such files write them (a URL's csrf_token= is none).
_ENV_SECRET = re.compile(r"[A-Z0-9]_(?:TOKEN|SECRET)[ \t]*=[ \t]*[\"']?([^\s\"'#]{8,256})")

# An HTTP request's token after its scheme (a log's 「Authorization: Bearer 9897…bd23」, an
# opaque one as well as a JWT; Basic's base64 of user:password)
_AUTHORIZATION = re.compile(r"(?i:bearer|basic|token) ([A-Za-z0-9._~+/\-]{16,512}=*)")

# In a sentence: 「パスワードは"Hana02024!"です」 (an HTML mail's &quot; unescaped),
# 「暗証番号は『4821』」, "my password is 'hunter22'"; unquoted, 「パスワードはHana02024!です」:
# a run of ASCII up to the Japanese after it, with a letter and a digit in it
# (「パスワードはLINEで送ります」, 「パスワードを2024-05-01に変更」 are none).
_OPENING = "\"'「『“‘"
_CLOSING = {"\"": "\"", "'": "'", "「": "」", "『": "』", "“": "”", "‘": "’"}
_IN_PROSE = re.compile(
    r"(?:パスワード|暗証番号|(?i:password|passwd)(?: is)?)(?:は|が|を)?[ ]?"
    rf"(?:([{_OPENING}])([^\s{_OPENING}」』”’]{{4,128}})|([!-~]{{6,64}})(?=[^\x00-\x7f]|\s|$))"
)

# A login's account and password after its word, a slash between (a memo's 「予約システムの
# ログイン：planner1 / Lumiere2026!」, 「ID/PW: shop01 / Kanri#2024」): the password (group 2)
_ID_PW = r"(?i:id)[ ]?[/／・][ ]?(?i:pw|pass(?:word)?|パスワード)"
_LOGIN_PAIR = re.compile(rf"(?:ログイン(?:情報|ID)?|{_ID_PW})[ \t]*[:：][ \t]*([!-~]{{2,64}}?)"
                         r"[ \t]*[/／][ \t]*([!-~]{4,128})")
# A land registry's secret (登記識別情報: 12 letters and digits, the owner's password to the
# register) after its name: 「登記識別情報　MSL6S3T1X0KA」, 「登記識別情報は 4M7LJRXAFVR1 です」
# (not 「登記識別情報を提供することができない理由」 nor 「添付情報　登記識別情報　登記原因…」);
# a notice printed letter-spaced reads 「登 記 識 別 情 報 　 M S L 6 S 3 T 1 X 0 K A」.
_REGISTRY_WORD = "登 ?記 ?識 ?別 ?情 ?報"
_REGISTRY_SECRET = re.compile(
    _REGISTRY_WORD + r"(?:は|が|[:：])?[ \t\u3000]*[「『【(（]?((?:[0-9A-Z] ?){11}[0-9A-Z])"
    r"(?![0-9A-Za-z])")

# Values a template, a manual or a sample config writes where a secret goes: never one.
_PLACEHOLDER = re.compile(
    r"(?:change_?me|change_?it|password|passwd|secret|your[_\-]?\w*|my[_\-]?password|"
    r"dummy|example|sample|placeholder|redacted|hoge(?:hoge)?|xxxx+|x{4,}|\*{3,}|\.{3,}|…+|"
    r"<[^<>]*>|\$\{[^{}]*\}|\{\{[^{}]*\}\}|%\(?\w*\)?s"
    # or where the secret is read from: a call, a variable, the environment (a Laravel
    # config's 'password' => env('DB_PASSWORD'), $dbpass, process.env.DB_PASS)
    r"|[A-Za-z_][\w.]*\((?:[\w.]*\))?|\$[A-Za-z_]\w*[\])}]*|(?:process\.env|os\.environ|ENV)[.\[].*)",
    re.IGNORECASE)
# A comment line that says it shows an example: 「# example: PASSWORD = 'changeme'」,
# 「// e.g. api_key=...」, 「# 例：パスワード=...」
_EXAMPLE_COMMENT = re.compile(
    r"^[ \t]*(?:#|//|--|;|/?\*|<!--|rem\b|')[^\n]*?"
    r"(?:\bexamples?\b|\be\.g\.|\bsample\b|\bfor instance\b|例|サンプル)", re.IGNORECASE)


def placeholder(value: str) -> bool:
    """Whether ``value`` is what a template writes for a secret (changeme, <your-password>,
    ****, ${DB_PASSWORD}), not a secret."""
    return _PLACEHOLDER.fullmatch(value.strip("\"'")) is not None


def _in_example_comment(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _EXAMPLE_COMMENT.match(text[line_start:start]) is not None


class CredentialRecognizer(Recognizer):
    category = "credential"
    detector = "credential_shape"
    triggers = (
        r"AKIA[0-9A-Z]{16}",
        r"gh[pousr]_[A-Za-z0-9]{8}",
        r"github_pat_",
        r"xox[abprs]-[A-Za-z0-9]",
        r"[sr]k_live_[0-9A-Za-z]",
        r"AIza[0-9A-Za-z_\-]{8}",
        r"glpat-",
        r"eyJ[A-Za-z0-9_\-]{8}",
        r"-----BEGIN [A-Z ]{0,12}PRIVATE KEY",
        r"(?i)(?:password|passwd|pass|pwd)" "[\"']?" r"\s*[:=]",
        # apart: in the one alternation above they cost every table column's scan 10 %
        r"(?i)secret(?:_access)?_key" "[\"']?" r"\s*[:=]",
        r"(?i)client_secret" "[\"']?" r"\s*[:=]",
        r"(?i)jwt_secret" "[\"']?" r"\s*[:=]",
        r"(?i)(?:api_?key|access_token|auth_token)" "[\"']?" r"\s*[:=]",
        r"[A-Z0-9]_(?:TOKEN|SECRET)[ \t]*=",
        r"[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:[^@\s/]+@",
        r"(?i)define\(\s*" "[\"']" r"[A-Z0-9_]*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|API_KEY|TOKEN)"
        "[\"']",
        r"SG\.[A-Za-z0-9_\-]{16}",
        r"(?:パスワード|暗証番号)\s*[:=：]",
        r"(?i)\bpw\s*[:=：]",  # (a memo's 「ID: counselK001 / PW: En1Bridal#001」)
        r"(?:パスワード|暗証番号)(?:は|が|を)",
        r"ログイン(?:情報|ID)?[ \t]*[:：][ \t]*[!-~]", _ID_PW,
        "(?i)(?:password|passwd) is [\"'“‘]",
        r"(?i)\b(?:bearer|basic|token) [A-Za-z0-9._~+/\-]{16}",
        _REGISTRY_WORD,
    )
    context = ("password", "パスワード", "api key", "apikey", "api_key", "token", "secret",
               "暗証番号", "passwd", "access key", "pw", "pw_hash", "pwd_hash", "pass_hash")
    numeric = False
    confidence = 0.95

    def parse(self, text, start, end):
        if _in_example_comment(text, start):
            return
        for cand in self._parse(text, start):
            if not placeholder(cand.value):
                yield cand

    def _parse(self, text, start):
        m = _PASSWORD.match(text, start)
        if m and any(_LOGIN_PAIR.match(text, at) for at in range(max(0, start - 5), start)):
            return  # 「ID/PW: shop01 / Kanri#2024」's PW: its pair's second (below), not shop01
        if m:
            value = m.group(1)
            if start and text[start - 1] in "?&":  # a URL's query: the next parameter is not it
                value = value.partition("&")[0]
            if not value.isascii() and value[0].isascii() \
                    and (note := _NOTE_AFTER.search(value)) is not None:
                value = value[:note.start()]  # 「PW: Hokuto#2611kita（佐々木さん管理）」
            if len(value) >= 4:
                yield Candidate(m.start(1), m.start(1) + len(value), value, 0.9)
            return
        for secret in (_URL_PASSWORD, _DEFINED, _ENV_SECRET):  # (the secret: group 1)
            m = secret.match(text, start)
            if m:
                yield Candidate(m.start(1), m.end(1), m.group(1), 0.9)
                return
        m = _IN_PROSE.match(text, start)
        if m:
            yield from _in_prose(m)
            return
        m = _LOGIN_PAIR.match(text, start)
        if m:
            if any(c.isdigit() for c in m.group(2)) and any(c.isalpha() for c in m.group(2)):
                yield Candidate(m.start(2), m.end(2), m.group(2), 0.85)
            return
        m = _REGISTRY_SECRET.match(text, start)
        if m:
            value = m.group(1).replace(" ", "")
            if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                yield Candidate(m.start(1), m.end(1), value, 0.9)
            return
        m = _TOKENS.match(text, start)
        if m:
            yield Candidate(m.start(), m.end(), m.group(0))
            return
        m = _AUTHORIZATION.match(text, start)
        if m and any(c.isdigit() for c in m.group(1)) and any(c.isalpha() for c in m.group(1)):
            yield Candidate(m.start(1), m.end(1), m.group(1), 0.9)

    def from_label(self, text: str) -> Candidate | None:
        value = text.strip()
        if not 4 <= len(value) <= 256 or value.lower() in ("null", "none") or placeholder(value):
            return None
        return Candidate(0, len(text), value)


def _in_prose(m: re.Match) -> tuple[Candidate, ...]:
    """The password a sentence gives: quoted (up to its closing quote), or an unquoted run
    of ASCII with a letter and a digit in it."""
    if m.group(1):
        value, end = m.group(2), m.end(2)
        if m.string.startswith(_CLOSING[m.group(1)], end):
            return (Candidate(m.start(2), end, value, 0.9),)
        return ()
    value = m.group(3)
    if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
        return (Candidate(m.start(3), m.end(3), value, 0.85),)
    return ()
