"""What US state breach laws share: which data elements make 'personal information'."""

from __future__ import annotations

from leakscope.assess.facts import Facts
from leakscope.assess.model import Obligation, Reason, Recipient

# Elements that make personal information when combined with a name.
WITH_NAME = {
    "us_ssn": "Social Security number",
    "drivers_license_number": "driver's license / state ID number",
    "passport_number": "passport number",
    "my_number": "government-issued identification number (My Number)",
    "residence_card_number": "government-issued identification number (residence card)",
    "health_insurance_number": "health insurance information",
    "sensitive": "medical information",
}
CARD_ITEMS = {"credit_card_number", "bank_account", "iban"}
# Codes that let a card or account number reach the money.
ACCESS_CODES = {"card_security_code", "credential"}


def covered_elements(facts: Facts) -> list[str]:
    """The data elements that bring the breach under the statute (empty: not covered)."""
    items = set(facts.personal_items)
    elements: list[str] = []
    if "person_name" in items:
        elements += [label for item, label in WITH_NAME.items() if item in items]
        if items & CARD_ITEMS:  # with any code it needs; assume it may be used without one
            elements.append("account / card number with the code that opens it"
                            if items & ACCESS_CODES else "card / account number")
    if "credential" in items:  # a login: user name or e-mail address with its password
        elements.append("user name or e-mail address with password")
    return elements


def residents_text(residents: int, state_ja: str, state_en: str) -> tuple[str, str]:
    """'{n} residents' in both languages; 0 means the count is not known yet."""
    if residents:
        return f"{state_ja}居住者{residents:,}人", f"{residents:,} {state_en} residents"
    return f"{state_ja}居住者（人数未確認）", f"{state_en} residents (how many is not known yet)"


def not_covered_reason(
    facts: Facts, may_include: bool, elements: list[str], state: str
) -> tuple[str, str] | None:
    """Why no notice is due under a state's law (ja, en), or None when one is."""
    if facts.encryption_protects:
        return "暗号化されており鍵も取得されていない", "encrypted and the key was not acquired"
    if facts.cause == "mis_sent" and facts.recipient_deleted_unread:
        return ("誤送信先が未読のまま削除しており取得がない",
                "the wrong recipient deleted the message unread: no acquisition")
    if not may_include:
        return f"{state}の居住者が含まれない", f"no {state} resident is affected"
    if not elements:
        return ("氏名とSSN・身分証番号・暗証コード付きカード番号・医療/保険情報の組合せ、又は"
                "ログインIDとパスワードのいずれも含まれない",
                "no covered data element (name with SSN, ID number, card with its code, "
                "medical or insurance data; or a login with its password)")
    return None


def no_notice(
    facts: Facts, regime: str, rule: str, state: str, state_ja: str
) -> Obligation | None:
    """The regime's obligation when nothing is due under the state's law, else None."""
    why = not_covered_reason(facts, facts.may_include(regime), covered_elements(facts), state)
    if why is None:
        return None
    return Obligation(regime, False, False, reasons=(Reason(
        rule, f"{state_ja}法上の通知義務はない: {why[0]}。",
        f"No notice due under {state} law: {why[1]}.",
    ),))


def owner_notice(facts: Facts, regime: str, rule: str) -> Obligation | None:
    """A service provider (委託先) that maintains data it does not own tells the owner, who
    notifies the residents; None when the organisation owns the data."""
    if facts.entrustment.role != "contractor":
        return None
    owner = facts.entrustment.counterpart or "委託元"
    owner_en = facts.entrustment.counterpart or "the owner or licensee"
    return Obligation(
        regime, False, False, ("notify_owner",),
        also_notify=(Recipient(f"データの所有者（委託元: {owner}）",
                               f"The owner or licensee of the data ({owner_en})",
                               facts.discovered_at.date(), rule),),
        reasons=(Reason(
            rule,
            f"所有していないデータを管理する委託先として、発見後直ちに所有者（{owner}）に通知し、"
            "調査に協力する。居住者への通知は所有者が行う。",
            f"As the one maintaining data it does not own, notify the owner or licensee "
            f"({owner_en}) immediately following discovery and cooperate; the owner notifies "
            "the residents.",
        ),),
    )
