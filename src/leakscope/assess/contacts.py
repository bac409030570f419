"""Whom to tell besides the regulator: card companies, banks, partners, 委託元, police, ..."""

from __future__ import annotations

from dataclasses import dataclass

from leakscope.assess.duties import Assessment
from leakscope.assess.jp_common import unauthorized_purpose


@dataclass(frozen=True)
class Contact:
    who_ja: str
    who_en: str
    why_ja: str
    why_en: str
    when_ja: str = "速やかに"
    when_en: str = "promptly"

    def who(self, lang: str) -> str:
        return self.who_ja if lang == "ja" else self.who_en

    def why(self, lang: str) -> str:
        return self.why_ja if lang == "ja" else self.why_en

    def when(self, lang: str) -> str:
        return self.when_ja if lang == "ja" else self.when_en


def whom_to_tell(assessment: Assessment) -> list[Contact]:
    facts = assessment.facts
    items = set(facts.personal_items)
    contacts: list[Contact] = []
    for o in assessment.obligations:
        if o.report_to_regulator and o.regulator is not None:
            due = o.preliminary_report_due or o.report_due or o.notify_individuals_due
            contacts.append(Contact(
                o.regulator.name_ja, o.regulator.name_en,
                f"{o.regime}: 報告義務（{', '.join(o.triggers)}）",
                f"{o.regime}: duty to report ({', '.join(o.triggers)})",
                f"{due.isoformat()}まで" if due else "速やかに",
                f"by {due.isoformat()}" if due else "promptly",
            ))
        for other in o.also_notify:
            when = other.due.isoformat() if other.due else None
            contacts.append(Contact(
                other.name_ja, other.name_en,
                f"{o.regime}: {other.rule}", f"{o.regime}: {other.rule}",
                f"{when}まで" if when else "速やかに", f"by {when}" if when else "promptly",
            ))
    if "credit_card_number" in items:
        contacts.append(Contact(
            "カード会社・加盟店契約会社（アクワイアラ）・決済代行会社",
            "Card brands' acquirer, the card companies and the payment service provider",
            "不正利用の監視とカード差し替えの判断のため。割賦販売法上のカード情報保護の対応も確認",
            "To monitor for fraud and decide on reissuing cards; check the Installment Sales "
            "Act duties for card data",
            "直ちに", "immediately",
        ))
    if "bank_account" in items or ("credential" in items and facts.sector == "finance"):
        contacts.append(Contact(
            "取引金融機関", "The banks concerned",
            "口座の不正利用・なりすまし出金の監視のため", "To watch for fraudulent withdrawals",
        ))
    if facts.entrustment.role == "contractor":
        name = facts.entrustment.counterpart or "委託元"
        contacts.append(Contact(
            f"委託元（{name}）", f"The principal ({facts.entrustment.counterpart or 'client'})",
            *(("委託先としての連絡（行政機関等に免除規定はなく、自らも報告する）",
               "Tell the principal (a public body has no release: report yourself too)")
              if facts.organization_type == "public" else
              ("委託先としての通知（個人情報保護法26条1項ただし書・規則9条）。委託元が報告する",
               "Notice as contractor (APPI Art. 26(1) proviso, Rule 9); the principal reports")),
            "速報期限より前に", "before the preliminary deadline",
        ))
    elif facts.entrustment.role == "principal" or facts.cause == "contractor":
        name = facts.entrustment.counterpart or "委託先"
        contacts.append(Contact(
            f"委託先（{name}）", f"The contractor ({facts.entrustment.counterpart or 'vendor'})",
            "調査結果の共有と連名報告の調整", "Share findings and coordinate a joint report",
        ))
    if unauthorized_purpose(facts):
        contacts += [
            Contact("都道府県警察のサイバー犯罪相談窓口", "Prefectural police cybercrime desk",
                    "不正アクセス禁止法違反等の被害相談・被害届（証拠一覧を持参）",
                    "Report the crime (Unauthorized Computer Access Act); bring the evidence list"),
            Contact("IPA 情報セキュリティ安心相談窓口 / JPCERT/CC", "IPA and JPCERT/CC",
                    "インシデント報告と技術的支援", "Incident report and technical help"),
        ]
    contacts += [
        Contact("取引先・提携先", "Business partners",
                "取引先の顧客・従業員の情報が含まれる場合、契約上の通知義務を確認",
                "If their customers' or staff's data is involved, check contractual notice duties",
                "公表前に", "before the announcement"),
        Contact("サイバー保険の保険会社", "Cyber insurer",
                "事故報告（多くの約款で遅滞なく通知が条件）",
                "Incident notice (most policies require prompt notice)"),
    ]
    return contacts
