"""APPI (個人情報保護法): 26条 / 施行規則7条 for businesses, 68条 / 規則43条 for public bodies."""

from __future__ import annotations

from leakscope.assess import jp_common
from leakscope.assess.facts import Facts
from leakscope.assess.model import Obligation, Reason, Recipient

PPC = Recipient("個人情報保護委員会", "Personal Information Protection Commission (PPC)")
PRIVATE_THRESHOLD = 1000  # 規則7条4号: 千人を超える
PUBLIC_THRESHOLD = 100  # 規則43条4号: 百人を超える
FINANCIAL_ITEMS = frozenset({"credit_card_number"})

# 事業所管大臣への権限委任 (法150条): where the report goes instead of the PPC, as a hint.
SECTOR_ROUTING: dict[str, tuple[str, str]] = {
    "finance": ("金融庁（所管の財務局等。報告受理の権限が委任されている）",
                "Financial Services Agency (its Local Finance Bureau; authority delegated)"),
    "telecom": ("総務省（電気通信事業者。電気通信事業法上の報告も確認）",
                "Ministry of Internal Affairs and Communications (telecom carriers; also check "
                "the Telecommunications Business Act report)"),
    "broadcast": ("総務省（放送事業者）", "Ministry of Internal Affairs and Communications"),
    "postal": ("総務省（郵便・信書便事業者）", "Ministry of Internal Affairs and Communications"),
    "medical": ("個人情報保護委員会（医療機関は委任なし）。併せて厚生労働省の安全管理ガイドライン"
                "に沿い所管の自治体・厚生局へ連絡",
                "PPC (no delegation for medical providers); also inform the prefecture / "
                "Regional Bureau of Health and Welfare as the MHLW security guideline asks"),
    "nursing": ("個人情報保護委員会（介護事業者）。併せて指定権者の自治体へ連絡",
                "PPC (care providers); also inform the municipality that designated you"),
}


def assess_appi(
    facts: Facts, preliminary_day: int = jp_common.DEFAULT_PRELIMINARY_DAY
) -> Obligation:
    public = facts.organization_type == "public"
    article, rule_base = ("68条1項", "規則43条") if public else ("26条1項", "規則7条")
    rule_pre, rule_final = (
        ("規則44条1項", "規則44条2項") if public else ("規則8条1項", "規則8条2項")
    )

    if not facts.involves_personal_data:
        return Obligation("APPI", False, False, reasons=(Reason(
            f"個人情報保護法{article}",
            "漏えい等した情報に個人データの項目が確認されていないため、報告対象に当たらない。",
            "No item of personal data is known to be involved, so nothing is reportable.",
        ),))
    stop = jp_common.not_a_leak(facts, f"個人情報保護法{article}") or (
        jp_common.protected_by_encryption(
            facts, f"個人情報保護法{article}, 施行{rule_base}柱書括弧書"
        )
    )
    if stop is not None:
        return Obligation("APPI", False, False, reasons=(stop,))

    triggers, reasons = _triggers(facts, public, f"個人情報保護法{article}, 施行{rule_base}")
    if not facts.data_items:
        reasons.insert(0, Reason(
            f"個人情報保護法{article}",
            f"漏えい等した項目は未特定だが、{facts.persons:,}人分の個人データの漏えい等として判断する"
            "（項目が判明したら data_items に記入して再評価すること。要配慮個人情報・カード情報等が"
            "含まれれば1人でも報告対象）。",
            f"Which items leaked is not known yet; judged as a leak of personal data of "
            f"{facts.persons:,} people (fill in data_items and reassess: sensitive or card data "
            "would make even one person reportable).",
        ))
    if not triggers:
        threshold = PUBLIC_THRESHOLD if public else PRIVATE_THRESHOLD
        counted_ja, counted_en = (
            (f"本人の数（{facts.persons:,}人）も{threshold:,}人以下",
             f"{facts.persons:,} people is not more than {threshold:,}") if facts.persons else
            (f"本人の数は未確認（{threshold:,}人を超えると報告対象）",
             f"the number of people is not known yet (more than {threshold:,} is reportable)"))
        reasons.append(Reason(
            f"個人情報保護法{article}, 施行{rule_base}",
            f"要配慮個人情報・財産的被害・不正の目的のいずれにも当たらず、{counted_ja}のため、"
            "報告・本人通知の義務はない（任意の報告、再発防止策、社内記録は推奨）。",
            f"None of sensitive data, financial damage or unauthorized purpose applies and "
            f"{counted_en}: no duty to report or notify (a voluntary report, prevention and an "
            "internal record are still advised).",
        ))
        return Obligation("APPI", False, False, reasons=tuple(reasons))

    notify_rule = "個人情報保護法68条2項" if public else "個人情報保護法26条2項, 施行規則10条"
    notice = Reason(
        notify_rule,
        "本人への通知: 事態の状況に応じて速やかに。通知が困難なときは公表等の代替措置をとる。",
        "Notify the individuals promptly as the situation allows; where that is impossible, "
        "take an alternative measure such as a public announcement.",
    )
    regulator = PPC
    if not public and facts.sector in SECTOR_ROUTING:
        ja, en = SECTOR_ROUTING[facts.sector]
        regulator = Recipient(ja, en)
        reasons.append(Reason(
            "個人情報保護法150条, 施行令（権限の委任）",
            f"報告先の目安: {ja}。委任の有無は個人情報保護委員会の「権限委任」一覧で確認し、"
            "報告は同委員会のウェブフォームから行う。",
            f"Where to report (hint): {en}. Confirm on the PPC's list of delegated sectors; the "
            "report is filed through the PPC web form.",
        ))
    reasons += _entrustment_reasons(facts, public)
    return jp_common.reportable(
        "APPI", facts, triggers, reasons, regulator, preliminary_day,
        (f"施行{rule_pre}", f"施行{rule_final}"), notice,
    )


def _triggers(facts: Facts, public: bool, rule: str) -> tuple[list[str], list[Reason]]:
    occurred_ja, occurred_en = jp_common.happened(facts)
    items = set(facts.personal_items)
    triggers: list[str] = []
    reasons: list[Reason] = []

    def add(name: str, number: int, ja: str, en: str) -> None:
        triggers.append(name)
        reasons.append(Reason(f"{rule}{number}号", ja, en))

    if "sensitive" in items:
        add("sensitive", 1,
            f"要配慮個人情報を含む個人データの漏えい等が{occurred_ja}。1人でも報告対象。",
            f"A leak of personal data including special-care-required information "
            f"(要配慮個人情報) {occurred_en}; reportable even for one person.")
    if _financial(facts, items):
        add("financial_damage", 2,
            f"不正に利用されることにより財産的被害が生じるおそれがある個人データ（クレジットカード"
            f"番号、決済・ネットバンキングのID・パスワード等）の漏えい等が{occurred_ja}。",
            f"A leak of personal data whose misuse may cause financial damage (card numbers, "
            f"online-banking or payment credentials) {occurred_en}.")
    if jp_common.unauthorized_purpose(facts):
        acquired = ("（2024年4月施行の改正により、取得しようとしている個人情報"
                    "（ウェブスキミング等）も対象）") if facts.being_acquired else ""
        add("unauthorized_purpose", 3,
            f"不正の目的をもって行われたおそれがある行為（原因: {facts.cause}）による個人データの"
            f"漏えい等が{occurred_ja}{acquired}。",
            f"A leak through an act that may have been done with an unauthorized purpose (cause: "
            f"{facts.cause}) {occurred_en}"
            + ("; since the April 2024 amendment this includes personal information being "
               "acquired (web skimming)" if facts.being_acquired else "") + ".")
    threshold = PUBLIC_THRESHOLD if public else PRIVATE_THRESHOLD
    if facts.persons > threshold:
        add("over_threshold", 4,
            f"本人の数が{facts.persons:,}人で{threshold:,}人を超える漏えい等が{occurred_ja}。",
            f"A leak concerning {facts.persons:,} people, more than {threshold:,}, "
            f"{occurred_en}.")
    return triggers, reasons


def _financial(facts: Facts, items: set[str]) -> bool:
    """Card numbers; credentials only where they open money (bank account, finance sector)."""
    if items & FINANCIAL_ITEMS:
        return True
    return "credential" in items and ("bank_account" in items or facts.sector == "finance")


def _entrustment_reasons(facts: Facts, public: bool) -> list[Reason]:
    role, other = facts.entrustment.role, facts.entrustment.counterpart or "相手方"
    if role == "principal" or (role == "none" and facts.cause == "contractor"):
        return [Reason(
            "ガイドライン(通則編)3-5-3-2",
            f"委託先（{other}）で発生した事態は委託元・委託先の双方が報告義務を負う。連名で報告"
            "できる。委託元として報告し、委託先の調査結果を確報に反映させること。",
            f"A situation at the contractor ({other}) binds both principal and contractor; "
            "they may report jointly. Report as the principal and include the contractor's "
            "findings in the final report.",
        )]
    if role == "contractor" and public:
        return [Reason(
            "個人情報保護法68条1項",
            f"行政機関等の報告義務には、委託先が委託元に通知すれば免除される規定（26条1項ただし書に"
            f"当たるもの）がない。自ら報告し、委託元（{other}）にも速やかに連絡する。",
            f"A public body's duty to report has no release for a contractor that notifies its "
            f"principal (unlike Art. 26(1) proviso): report yourself and promptly tell the "
            f"principal ({other}).",
        )]
    if role == "contractor":
        return [Reason(
            "個人情報保護法26条1項ただし書, 施行規則9条",
            f"委託先として、報告義務を負う委託元（{other}）に速やかに通知すれば自らの報告義務は"
            "免除される（連名での報告も可）。通知は速報の期限までに行う。",
            f"As a contractor, promptly notifying the principal ({other}), who must report, "
            "releases you from reporting yourself (or report jointly); notify before the "
            "preliminary deadline.",
        )]
    return []
