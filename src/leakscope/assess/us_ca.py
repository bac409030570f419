"""California Civil Code 1798.82: notice to residents; a sample to the AG above 500 of them."""

from __future__ import annotations

from datetime import date, timedelta

from leakscope.assess.facts import Facts
from leakscope.assess.model import Obligation, Reason, Recipient
from leakscope.assess.us_common import (
    covered_elements,
    no_notice,
    owner_notice,
    residents_text,
)

STATUTE = "Cal. Civ. Code § 1798.82"
AG = "California Attorney General"
AG_THRESHOLD = 500
NOTICE_DAYS = 30  # SB 446, from 2026-01-01
AG_DAYS_AFTER_NOTICE = 15
SB446_EFFECTIVE = date(2026, 1, 1)
ID_THEFT_ITEMS = {"us_ssn", "drivers_license_number"}


def assess_california(facts: Facts) -> Obligation:
    stop = no_notice(facts, "US-CA", f"{STATUTE}(a), (h)", "California", "カリフォルニア州")
    stop = stop or owner_notice(facts, "US-CA", f"{STATUTE}(b)")
    if stop is not None:
        return stop
    residents = facts.persons_in("US-CA")
    elements = covered_elements(facts)
    known = facts.discovered_at.date()
    whose_ja, whose_en = residents_text(residents, "カリフォルニア州", "California")
    reasons = [Reason(
        f"{STATUTE}(a), (h)",
        f"{whose_ja}の暗号化されていない個人情報"
        f"（{', '.join(elements)}）が取得された、又は取得されたと合理的に考えられる。",
        f"Unencrypted personal information ({', '.join(elements)}) of {whose_en} "
        "was, or is reasonably believed to have been, acquired.",
    )]
    notice_due: date | None = None
    if known >= SB446_EFFECTIVE:
        notice_due = known + timedelta(days=NOTICE_DAYS)
        reasons.append(Reason(
            f"{STATUTE}(a)(2) (SB 446)",
            f"本人通知は発見から30暦日以内（{notice_due.isoformat()}まで）。法執行機関の要請や"
            "範囲特定のための遅延のみ認められる。表題は「Notice of Data Breach」。",
            f"Notify the residents within 30 calendar days of discovery (by "
            f"{notice_due.isoformat()}), delayed only for law enforcement or to determine the "
            "scope; title it \"Notice of Data Breach\".",
        ))
    else:
        reasons.append(Reason(
            f"{STATUTE}(a)",
            "本人通知は「最も迅速な時期に不当な遅滞なく」（2026年1月より前の発見）。",
            "Notify the residents in the most expedient time possible and without unreasonable "
            "delay (discovered before 2026).",
        ))
    ag_due = None
    also: list[Recipient] = []
    if residents > AG_THRESHOLD:
        ag_due = notice_due + timedelta(days=AG_DAYS_AFTER_NOTICE) if notice_due else None
        also.append(Recipient("カリフォルニア州司法長官（通知文の見本を電子提出）",
                              f"{AG} (sample copy of the notice, electronically)", ag_due,
                              f"{STATUTE}(f)"))
        reasons.append(Reason(
            f"{STATUTE}(f)",
            f"{AG_THRESHOLD}人を超える居住者に通知するため、通知文の見本を州司法長官に電子提出"
            "する（本人通知から15暦日以内"
            + (f"、遅くとも{ag_due.isoformat()}" if ag_due else "") + "）。",
            f"More than {AG_THRESHOLD} residents are notified: submit one sample copy of the "
            "notice to the Attorney General electronically, within 15 calendar days of "
            "notifying them" + (f" (at the latest {ag_due.isoformat()})" if ag_due else "") + ".",
        ))
    elif not residents:
        reasons.append(Reason(
            f"{STATUTE}(f)",
            f"居住者の人数が未確認。{AG_THRESHOLD}人を超えるときは通知文の見本を州司法長官に電子提出"
            "する（本人通知から15暦日以内）。",
            f"How many residents is not known yet; if more than {AG_THRESHOLD}, submit a sample "
            "copy of the notice to the Attorney General within 15 calendar days of notifying.",
        ))
    if set(facts.personal_items) & ID_THEFT_ITEMS:
        reasons.append(Reason(
            f"{STATUTE}(d)(2)(G)",
            "SSN・運転免許証番号が含まれ、当社が侵害の発生源なら、12か月以上の個人情報盗用防止"
            "サービスを無償で提供する。",
            "SSNs or driver's license numbers are involved: if you were the source of the "
            "breach, offer identity theft prevention services free for at least 12 months.",
        ))
    return Obligation(
        "US-CA", bool(also), True, ("personal_information",), Recipient(AG, AG) if also else None,
        report_due=ag_due, notify_individuals_due=notice_due, also_notify=tuple(also),
        reasons=tuple(reasons),
    )
