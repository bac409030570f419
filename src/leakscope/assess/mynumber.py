"""番号法 (My Number Act) 29条の4 and its 報告規則: 特定個人情報 has its own triggers."""

from __future__ import annotations

from leakscope.assess import jp_common
from leakscope.assess.appi import PPC
from leakscope.assess.facts import Facts
from leakscope.assess.model import Obligation, Reason

ACT = "番号法29条の4第1項"
RULES = "特定個人情報の漏えい等に関する報告等に関する規則"
THRESHOLD = 100  # 規則2条4号: 百人を超える


def assess_my_number(
    facts: Facts, preliminary_day: int = jp_common.DEFAULT_PRELIMINARY_DAY
) -> Obligation | None:
    """None when no My Number is involved: the Act then has nothing to say."""
    if "my_number" not in facts.data_items:
        return None
    stop = jp_common.not_a_leak(facts, ACT) or jp_common.protected_by_encryption(
        facts, f"{ACT}, {RULES}2条1号括弧書"
    )
    if stop is not None:
        return Obligation("MyNumberAct", False, False, reasons=(stop,))
    occurred_ja, occurred_en = jp_common.happened(facts)
    people = facts.persons if facts.my_number_persons is None else facts.my_number_persons
    triggers: list[str] = []
    reasons: list[Reason] = []

    def add(name: str, number: int, ja: str, en: str) -> None:
        triggers.append(name)
        reasons.append(Reason(f"{ACT}, {RULES}2条{number}号", ja, en))

    if facts.numbering_system:
        add("numbering_system", 1,
            f"情報提供ネットワークシステム又は個人番号利用事務の情報システムで管理される特定個人"
            f"情報の漏えい等が{occurred_ja}。",
            f"A leak of specific personal information held in the information-provision network "
            f"or a My Number processing system {occurred_en}.")
    if jp_common.unauthorized_purpose(facts):
        add("unauthorized_purpose", 2,
            f"不正の目的をもって行われたおそれがある特定個人情報の漏えい等（原因: {facts.cause}）"
            f"が{occurred_ja}。",
            f"A leak of My Numbers through an act that may have had an unauthorized purpose "
            f"(cause: {facts.cause}) {occurred_en}.")
    if facts.publicly_exposed:
        add("public_exposure", 3,
            f"特定個人情報が電磁的方法により不特定多数の者に閲覧され、又は閲覧されるおそれがある"
            f"（インターネット上への掲載、外部から容易にアクセスできる状態等）事態が{occurred_ja}。",
            f"My Numbers were, or may have been, viewable by an unspecified number of people "
            f"electronically (published on the internet, openly reachable) - {occurred_en}.")
    if people > THRESHOLD:
        add("over_threshold", 4,
            f"特定個人情報に係る本人の数が{people:,}人で{THRESHOLD}人を超える漏えい等が"
            f"{occurred_ja}。",
            f"A leak of My Numbers of {people:,} people, more than {THRESHOLD}, "
            f"{occurred_en}.")
    if not triggers:
        counted_ja, counted_en = (
            (f"本人の数（{people:,}人）が{THRESHOLD}人以下",
             f"{people:,} people is not more than {THRESHOLD}") if people else
            (f"本人の数は未確認（{THRESHOLD}人を超えると報告対象）",
             f"the number of people is not known yet (more than {THRESHOLD} is reportable)"))
        reasons.append(Reason(
            f"{ACT}, {RULES}2条",
            f"特定個人情報の漏えい等だが、{counted_ja}で、"
            "不正の目的・不特定多数への閲覧・情報提供ネットワークシステムのいずれにも当たらない"
            "ため、番号法上の報告義務はない（個人情報保護法上の判断は別途）。",
            f"My Numbers are involved, but {counted_en} "
            "and no unauthorized purpose, public exposure or numbering system applies: no duty "
            "under the My Number Act (the APPI is judged separately).",
        ))
        return Obligation("MyNumberAct", False, False, reasons=tuple(reasons))
    if facts.entrustment.role == "contractor":
        principal = facts.entrustment.counterpart or "委託元"
        reasons.append(Reason(
            f"{ACT}ただし書",
            f"委託先として、報告義務を負う委託元（{principal}）に速やかに通知すれば自らの報告義務は"
            "免除される（連名での報告も可）。通知は速報の期限までに行う。",
            f"As a contractor, promptly notifying the principal ({principal}), who must report, "
            "releases you from reporting yourself (or report jointly); notify before the "
            "preliminary deadline.",
        ))
    notice = Reason(
        "番号法29条の4第2項",
        "本人への通知: 事態の状況に応じて速やかに（個人情報保護法上の通知と一体で行ってよい）。",
        "Notify the individuals promptly (together with the APPI notice if one is due).",
    )
    return jp_common.reportable(
        "MyNumberAct", facts, triggers, reasons, PPC, preliminary_day,
        (f"{RULES}3条1項", f"{RULES}3条2項"), notice,
    )
