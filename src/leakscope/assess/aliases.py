"""Other spellings people write in FACTS.yaml, mapped to the stable codes the rules read."""

from __future__ import annotations

CAUSES = {
    "ransomware": "malware", "virus": "malware", "emotet": "malware",
    "hacking": "unauthorized_access", "intrusion": "unauthorized_access",
    "sql_injection": "unauthorized_access", "cyberattack": "unauthorized_access",
    "web_skimming": "unauthorized_access", "skimming": "unauthorized_access",
    "stolen": "theft", "lost": "loss", "disposal": "loss", "misdelivery": "mis_sent",
    "mis_delivery": "mis_sent", "missent": "mis_sent", "mis-sent": "mis_sent",
    "wrong_recipient": "mis_sent", "mis_sent_mail": "mis_sent", "mis_sent_fax": "mis_sent",
    "employee": "insider", "config": "misconfiguration", "exposure": "misconfiguration",
    "vendor": "contractor", "subcontractor": "contractor",
}
# Causes that also mean the data was being acquired (規則7条3号, since 2024-04).
ACQUIRING = frozenset({"web_skimming", "skimming"})

ITEMS = {
    "name": "person_name", "names": "person_name", "氏名": "person_name",
    "email": "email_address", "mail": "email_address", "phone": "phone_number",
    "telephone": "phone_number", "birth_date": "date_of_birth", "dob": "date_of_birth",
    "credit_card": "credit_card_number", "card_number": "credit_card_number",
    "card": "credit_card_number", "cvv": "card_security_code", "cvc": "card_security_code",
    "security_code": "card_security_code", "expiry": "card_expiry",
    "mynumber": "my_number", "individual_number": "my_number", "マイナンバー": "my_number",
    "password": "credential", "passwords": "credential", "credentials": "credential",
    "medical": "sensitive", "health": "sensitive", "medical_record": "sensitive",
    "要配慮個人情報": "sensitive", "ssn": "us_ssn", "passport": "passport_number",
    "drivers_license": "drivers_license_number", "driver_license": "drivers_license_number",
    "bank": "bank_account", "account_number": "bank_account", "ip": "ip_address",
}

SECTORS = {
    "healthcare": "medical", "health": "medical", "hospital": "medical", "clinic": "medical",
    "医療": "medical", "介護": "nursing", "care": "nursing", "financial": "finance",
    "bank": "finance", "banking": "finance", "insurance": "finance", "securities": "finance",
    "credit_card": "finance", "金融": "finance", "telecommunications": "telecom",
    "telco": "telecom", "isp": "telecom", "通信": "telecom", "ec": "retail",
    "e-commerce": "retail", "ecommerce": "retail", "government": "public",
    "local_government": "public",
}

ROLES = {
    "委託元": "principal", "委託先": "contractor", "controller": "principal",
    "processor": "contractor", "vendor": "contractor", "client": "principal",
}

JURISDICTIONS = {
    "japan": "JP", "jp": "JP", "eu": "EU", "eea": "EU", "gdpr": "EU", "ca": "US-CA",
    "us-ca": "US-CA", "us_ca": "US-CA", "california": "US-CA", "ny": "US-NY",
    "us-ny": "US-NY", "us_ny": "US-NY", "new york": "US-NY", "new_york": "US-NY",
}


def canonical(table: dict[str, str], value: str) -> str:
    key = value.strip()
    return table.get(key.lower(), table.get(key, key))
