"""New York GBL § 899-aa: notice to residents within 30 days; the AG, DOS and State Police too."""

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

STATUTE = "N.Y. Gen. Bus. Law § 899-aa"
NOTICE_DAYS = 30  # amendment of 2024-12-21
THIRTY_DAY_EFFECTIVE = date(2024, 12, 21)
CRA_THRESHOLD = 5000
STATE_AGENCIES = (
    Recipient("ニューヨーク州司法長官", "New York State Attorney General"),
    Recipient("ニューヨーク州務省（Department of State）", "New York Department of State"),
    Recipient("ニューヨーク州警察（Division of State Police）", "New York State Police"),
)


def assess_new_york(facts: Facts) -> Obligation:
    stop = no_notice(facts, "US-NY", f"{STATUTE}(1)(b), (2)", "New York", "ニューヨーク州")
    stop = stop or owner_notice(facts, "US-NY", f"{STATUTE}(3)")
    if stop is not None:
        return stop
    residents = facts.persons_in("US-NY")
    elements = covered_elements(facts)
    known = facts.discovered_at.date()
    notice_due = known + timedelta(days=NOTICE_DAYS) if known >= THIRTY_DAY_EFFECTIVE else None
    due = [Recipient(r.name_ja, r.name_en, notice_due, f"{STATUTE}(8)(a)") for r in STATE_AGENCIES]
    whose_ja, whose_en = residents_text(residents, "ニューヨーク州", "New York")
    reasons = [
        Reason(
            f"{STATUTE}(1), (2)",
            f"{whose_ja}の私的情報（{', '.join(elements)}）に権限のない"
            "アクセス又は取得があった（おそれを含む）。",
            f"Private information ({', '.join(elements)}) of {whose_en} was, or is "
            "reasonably believed to have been, accessed or acquired without authorization.",
        ),
        Reason(
            f"{STATUTE}(2)",
            "本人通知は発見から30日以内"
            + (f"（{notice_due.isoformat()}まで）" if notice_due else "（2024年12月改正前は"
               "「最も迅速な時期に」）") + "。",
            "Notify the residents within 30 days after discovery"
            + (f" (by {notice_due.isoformat()})" if notice_due else
               " (before the 2024-12 amendment: in the most expedient time possible)") + ".",
        ),
        Reason(
            f"{STATUTE}(8)(a)",
            "州司法長官・州務省・州警察に、通知の時期・内容・配布方法と概算人数を知らせる。",
            "Tell the Attorney General, the Department of State and the State Police the "
            "timing, content and distribution of the notices and the approximate number of "
            "people affected.",
        ),
    ]
    if facts.sector == "finance":
        due.append(Recipient("ニューヨーク州金融サービス局（DFS 監督対象の場合）",
                             "NY Department of Financial Services (if DFS-regulated)",
                             notice_due, f"{STATUTE}(8)(a); 23 NYCRR 500.17"))
    if residents > CRA_THRESHOLD:
        due.append(Recipient("消費者信用情報機関（Equifax, Experian, TransUnion）",
                             "Consumer reporting agencies", notice_due, f"{STATUTE}(8)(b)"))
        reasons.append(Reason(
            f"{STATUTE}(8)(b)",
            f"{CRA_THRESHOLD:,}人を超える居住者に通知するため、消費者信用情報機関にも知らせる。",
            f"More than {CRA_THRESHOLD:,} residents are notified: tell the consumer reporting "
            "agencies as well.",
        ))
    return Obligation(
        "US-NY", True, True, ("private_information",), STATE_AGENCIES[0], report_due=notice_due,
        notify_individuals_due=notice_due, also_notify=tuple(due), reasons=tuple(reasons),
    )
