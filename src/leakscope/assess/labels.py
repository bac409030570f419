"""Human names for the stable category and cause codes, in Japanese and English."""

from __future__ import annotations

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "person_name": ("氏名", "name"),
    "address": ("住所", "postal address"),
    "postal_code": ("郵便番号", "postal code"),
    "phone_number": ("電話番号", "phone number"),
    "email_address": ("メールアドレス", "e-mail address"),
    "date_of_birth": ("生年月日", "date of birth"),
    "credit_card_number": ("クレジットカード番号", "credit card number"),
    "card_expiry": ("カード有効期限", "card expiry date"),
    "card_security_code": ("セキュリティコード", "card security code"),
    "my_number": ("個人番号（マイナンバー）", "My Number (individual number)"),
    "corporate_number": ("法人番号（個人情報ではない）", "corporate number (not personal)"),
    "bank_account": ("銀行口座情報", "bank account"),
    "passport_number": ("旅券番号", "passport number"),
    "drivers_license_number": ("運転免許証番号", "driver's licence number"),
    "residence_card_number": ("在留カード番号", "residence card number"),
    "basic_pension_number": ("基礎年金番号", "basic pension number"),
    "health_insurance_number": ("健康保険被保険者番号", "health insurance number"),
    "ip_address": ("IPアドレス", "IP address"),
    "credential": ("認証情報（パスワード等）", "credentials (passwords, keys, tokens)"),
    "sensitive": ("要配慮個人情報（病歴等）", "special-care-required data (medical etc.)"),
    "us_ssn": ("米国社会保障番号", "US Social Security number"),
    "iban": ("IBAN", "IBAN"),
}

CAUSE_LABELS: dict[str, tuple[str, str]] = {
    "unauthorized_access": ("外部からの不正アクセス", "unauthorized access from outside"),
    "malware": ("マルウェア（ランサムウェア等）感染", "malware (e.g. ransomware) infection"),
    "phishing": ("フィッシング", "phishing"),
    "insider": ("従業者等による不正な持ち出し", "data taken out by an insider"),
    "theft": ("盗難", "theft"),
    "loss": ("紛失・誤廃棄", "loss or mistaken disposal"),
    "mis_sent": ("誤送信・誤送付", "mis-sent mail or documents"),
    "misconfiguration": ("設定不備による公開", "exposure through a misconfiguration"),
    "vulnerability": ("脆弱性を突いた攻撃", "exploitation of a vulnerability"),
    "contractor": ("委託先での事故", "incident at a contractor"),
    "unknown": ("調査中（原因未確定）", "under investigation (cause not yet known)"),
}


def category_label(code: str, lang: str) -> str:
    ja, en = CATEGORY_LABELS.get(code, (code, code))
    return ja if lang == "ja" else en


def cause_label(code: str, lang: str) -> str:
    ja, en = CAUSE_LABELS.get(code, (code, code))
    return ja if lang == "ja" else en
