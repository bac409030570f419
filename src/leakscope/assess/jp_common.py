"""Pieces the Japanese regimes (APPI and 番号法) share: leak or not, encryption, deadlines."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from leakscope.assess.facts import Facts
from leakscope.assess.jp_calendar import day_n
from leakscope.assess.model import Obligation, Reason, Recipient

JST = ZoneInfo("Asia/Tokyo")
# 規則8条1項「速やかに」: the PPC guideline reads it as 概ね3~5日以内.
DEFAULT_PRELIMINARY_DAY = 3
FINAL_DAYS = 30
FINAL_DAYS_UNAUTHORIZED = 60
# Causes that are acts done with 不正の目的 (an attack, malware, an insider, theft, phishing).
UNAUTHORIZED_CAUSES = frozenset(
    {"unauthorized_access", "malware", "phishing", "insider", "theft", "vulnerability"}
)


def happened(facts: Facts) -> tuple[str, str]:
    """「発生した」 or 「発生したおそれがある」: おそれ counts as much as certainty."""
    if facts.certain:
        return "発生した", "occurred"
    return "発生したおそれがある", "may have occurred (おそれ; it counts as much as certainty)"


def not_a_leak(facts: Facts, rule: str) -> Reason | None:
    """A mis-sent mail the recipient deleted unread was never seen: no 漏えい (Q&A 6-1)."""
    if facts.cause == "mis_sent" and facts.recipient_deleted_unread:
        return Reason(
            f"{rule}; 個人情報保護委員会ガイドライン(通則編)3-5-1-1, Q&A 6-1",
            "誤送信先が閲覧しないまま削除したことが確認されており、第三者に閲覧されないうちに"
            "回収した場合に当たるため「漏えい」に該当しない。報告・本人通知の義務はない"
            "（社内記録は残すこと）。",
            "The wrongly addressed recipient deleted the message unread: the data was recovered "
            "before any third party saw it, so there is no leak and no duty to report or notify "
            "(keep an internal record).",
        )
    return None


def protected_by_encryption(facts: Facts, rule: str) -> Reason | None:
    """高度な暗号化 with the key safe takes the data out of every reportable situation."""
    if facts.encryption_protects:
        return Reason(
            rule,
            "高度な暗号化その他の個人の権利利益を保護するために必要な措置が講じられており、"
            "復号鍵も漏えいしていないため、報告対象事態から除外される。",
            "The data was protected by strong encryption (高度な暗号化) and the key was not "
            "compromised, so the situation is excluded from the reportable ones.",
        )
    return None


def unauthorized_purpose(facts: Facts) -> bool:
    return facts.cause in UNAUTHORIZED_CAUSES or facts.being_acquired


def deadlines(
    facts: Facts, long_final: bool, preliminary_day: int, rule_pre: str, rule_final: str
) -> tuple[date, date, list[Reason]]:
    """速報 on day `preliminary_day` and 確報 on day 30 (60) counting the day known as day 1."""
    known = facts.discovered_at.astimezone(JST).date()  # Japanese days, whatever the offset
    preliminary = day_n(known, preliminary_day)
    final_days = FINAL_DAYS_UNAUTHORIZED if long_final else FINAL_DAYS
    final = day_n(known, final_days, roll_past_closed=True)
    reasons = [
        Reason(
            f"{rule_pre}; ガイドライン(通則編)3-5-3-3",
            f"速報: 事態を知った日（{known.isoformat()}）から「速やかに」。ガイドラインの目安は"
            f"概ね3~5日以内で、ここでは{preliminary_day}日目の{preliminary.isoformat()}を期限とする"
            "（その時点で把握している事項のみでよい）。",
            f"Preliminary report (速報) 'promptly' after knowing on {known.isoformat()}; the "
            f"guideline expects about 3-5 days, taken here as day {preliminary_day}, "
            f"{preliminary.isoformat()} (only what is known by then).",
        ),
        Reason(
            f"{rule_final}; ガイドライン(通則編)3-5-3-4",
            f"確報: 知った日を1日目として{final_days}日以内"
            + ("（不正の目的によるおそれがある事態を含むため60日）" if long_final else "")
            + f"。期限日が土日・祝日・年末年始に当たるときは翌開庁日とし、{final.isoformat()}。",
            f"Final report (確報) within {final_days} days counting the day known as day 1"
            + (" (60 because an act with unauthorized purpose may be involved)"
               if long_final else "")
            + f"; a last day on a weekend, holiday or the year-end closing moves to the next "
            f"open day: {final.isoformat()}.",
        ),
    ]
    return preliminary, final, reasons


def reportable(
    regime: str, facts: Facts, triggers: list[str], reasons: list[Reason],
    regulator: Recipient, preliminary_day: int, rules: tuple[str, str], notice: Reason,
) -> Obligation:
    """A reportable situation: 速報/確報 deadlines (60 days with 不正の目的) and the notice."""
    preliminary, final, deadline_reasons = deadlines(
        facts, "unauthorized_purpose" in triggers, preliminary_day, *rules
    )
    return Obligation(
        regime, True, True, tuple(triggers), regulator, preliminary, final,
        reasons=(*reasons, *deadline_reasons, notice),
    )
