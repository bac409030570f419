"""GDPR Art. 33 (supervisory authority, 72 hours) and Art. 34 (data subjects, high risk)."""

from __future__ import annotations

from datetime import timedelta

from leakscope.assess import jp_common
from leakscope.assess.facts import Facts
from leakscope.assess.model import Obligation, Reason, Recipient

AUTHORITY = Recipient(
    "EUの監督機関（EU拠点があれば主監督機関、なければ本人が居住する各加盟国の監督機関。"
    "27条の代理人経由）",
    "EU supervisory authority: the lead one if you have an EU establishment (Art. 56), "
    "otherwise each Member State's where affected people live (via the Art. 27 "
    "representative)")
HOURS = 72
# Data whose breach tends to be high risk (EDPB Guidelines 9/2022): special categories,
# financial data, identity documents and credentials.
HIGH_RISK_ITEMS = {
    "sensitive": "special_category",
    "credit_card_number": "financial_damage",
    "bank_account": "financial_damage",
    "credential": "credentials",
    "my_number": "identity_theft",
    "passport_number": "identity_theft",
    "drivers_license_number": "identity_theft",
    "residence_card_number": "identity_theft",
    "us_ssn": "identity_theft",
    "iban": "financial_damage",
}


def assess_gdpr(facts: Facts) -> Obligation:
    if not facts.involves_personal_data:
        return Obligation("GDPR", False, False, reasons=(Reason(
            "GDPR Art. 4(12)", "個人データが含まれていないため、個人データ侵害に当たらない。",
            "No personal data is involved, so there is no personal data breach.",
        ),))
    if not facts.may_include("EU"):
        return Obligation("GDPR", False, False, reasons=(Reason(
            "GDPR Art. 3", "EU域内のデータ主体が含まれないため、GDPR上の通知義務はない。",
            "No data subject in the EU is affected: nothing to notify under the GDPR.",
        ),))
    if facts.cause == "mis_sent" and facts.recipient_deleted_unread:
        return Obligation("GDPR", False, False, reasons=(Reason(
            "GDPR Art. 33(1), 33(5)",
            "誤送信先が未読のまま削除しており、権利・自由へのリスクが生じる可能性は低い。監督機関"
            "への通知は不要だが、侵害の記録（33条5項）は残すこと。",
            "The wrong recipient deleted the message unread, so the breach is unlikely to result "
            "in a risk: no notification, but document it (Art. 33(5)).",
        ),))
    if facts.encryption_protects:
        return Obligation("GDPR", False, False, reasons=(Reason(
            "GDPR Art. 33(1), 34(3)(a)",
            "最新の強固な暗号化で保護され鍵が安全なため、リスクが生じる可能性は低い。通知不要だが"
            "記録（33条5項）は残すこと。",
            "State-of-the-art encryption with the key safe makes a risk unlikely: no "
            "notification, but document the breach (Art. 33(5)).",
        ),))
    if facts.entrustment.role == "contractor":
        return _processor(facts)
    due = facts.discovered_at + timedelta(hours=HOURS)
    high_risk, factors = _high_risk(facts)
    triggers = ["risk", *(["high_risk"] if high_risk else []), *factors]
    reasons = [
        Reason(
            "GDPR Art. 33(1)",
            f"個人データ侵害を認識した時点（{facts.discovered_at.isoformat()}）から不当な遅滞なく、"
            f"可能な限り72時間以内（{due.isoformat()}まで）に監督機関へ通知する。遅れた場合は"
            "理由を付す。情報は段階的に提出してよい（33条4項）。",
            f"Notify the supervisory authority without undue delay and, where feasible, within "
            f"72 hours of becoming aware ({facts.discovered_at.isoformat()}): by "
            f"{due.isoformat()}; give reasons for any delay; information may follow in phases "
            "(Art. 33(4)).",
        ),
        Reason("GDPR Art. 33(5)", "侵害の事実・影響・対応を記録する。",
               "Document the facts, effects and remedial action."),
    ]
    if high_risk:
        reasons.append(Reason(
            "GDPR Art. 34(1)",
            "自然人の権利・自由に対する高いリスクが見込まれるため（"
            + ", ".join(factors or ["管理者の判断"]) + "）、データ主体へ不当な遅滞なく連絡する。",
            "The breach is likely to result in a high risk ("
            + ", ".join(factors or ["controller's judgement"])
            + "): communicate it to the data subjects without undue delay.",
        ))
    else:
        reasons.append(Reason(
            "GDPR Art. 34(1)",
            "高いリスクを示す事情は確認されていないため、データ主体への連絡は現時点で必須ではない"
            "（事実が変われば再評価）。",
            "Nothing known points to a high risk, so telling the data subjects is not required "
            "for now (reassess as facts change).",
        ))
    return Obligation(
        "GDPR", True, high_risk, tuple(triggers), AUTHORITY, report_due=due,
        reasons=tuple(reasons),
    )


def _processor(facts: Facts) -> Obligation:
    """A processor (委託先) tells its controller; the 72 hours and Art. 34 are the controller's."""
    controller = facts.entrustment.counterpart or "controller"
    return Obligation(
        "GDPR", False, False, ("processor_to_controller",),
        also_notify=(Recipient(f"管理者（委託元: {controller}）", f"The controller ({controller})",
                               facts.discovered_at.date(), "GDPR Art. 33(2)"),),
        reasons=(Reason(
            "GDPR Art. 33(2), 28(3)(f)",
            f"処理者（委託先）として、侵害を認識した後不当な遅滞なく管理者（{controller}）に通知する。"
            "監督機関への72時間以内の通知と本人への連絡は管理者の義務であり、その判断に必要な情報を"
            "提供して支援する。",
            f"As a processor, notify the controller ({controller}) without undue delay after "
            "becoming aware; the 72-hour notice to the authority and telling the data subjects "
            "are the controller's duties, which you assist with the information they need.",
        ),),
    )


def _high_risk(facts: Facts) -> tuple[bool, list[str]]:
    factors = list(dict.fromkeys(
        HIGH_RISK_ITEMS[item] for item in facts.personal_items if item in HIGH_RISK_ITEMS
    ))
    if jp_common.unauthorized_purpose(facts) and facts.cause in ("malware", "insider", "theft"):
        factors.append("malicious_act")
    if facts.high_risk is not None:
        return facts.high_risk, factors
    return bool(factors), factors
