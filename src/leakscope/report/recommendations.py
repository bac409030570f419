"""Recommendations mapped to the causes found, after the PPC's and IPA's advice on each cause.

Each entry is data: the causes (and detections) that call for it, and the advice in both
languages, so a report says only what its incident needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from leakscope.assess.facts import Facts
from leakscope.assess.knowledge import CaseKnowledge


@dataclass(frozen=True)
class Recommendation:
    topic: str
    causes: frozenset[str]
    ja: tuple[str, ...]
    en: tuple[str, ...]
    detection_words: tuple[str, ...] = ()

    def lines(self, lang: str) -> tuple[str, ...]:
        return self.ja if lang == "ja" else self.en

    def title(self, lang: str) -> str:
        ja, en = TOPICS[self.topic]
        return ja if lang == "ja" else en


TOPICS = {
    "malware_access": ("マルウェア・不正アクセス対策", "Malware and unauthorized access"),
    "passwords": ("パスワード・認証", "Passwords and authentication"),
    "unpatched": ("脆弱性・パッチ管理", "Unpatched software"),
    "log_tampering": ("ログの保全", "Protecting the logs"),
    "mis_sent": ("誤送信対策", "Mis-sent mail"),
    "theft": ("持ち出し・盗難対策", "Take-out and theft"),
    "loss": ("紛失・誤廃棄対策", "Loss and disposal"),
    "access_rights": ("アクセス権限の管理", "Access rights"),
    "insiders": ("内部不正対策", "Insiders"),
    "contractors": ("委託先管理", "Contractors"),
    "phishing": ("フィッシング対策", "Phishing"),
}


def _rec(topic, causes, ja, en, words=()):
    return Recommendation(topic, frozenset(causes), tuple(ja), tuple(en), tuple(words))


RECOMMENDATIONS = (
    _rec("malware_access", {"unauthorized_access", "malware", "vulnerability"},
         ["侵入経路（VPN機器・公開サーバ・リモートデスクトップ）を特定して閉じ、管理画面を外部に公開しない",
          "EDRの導入とログの集中保管（改ざん・削除に備え1年以上、別系統に保管）",
          "オフラインのバックアップを取り、復旧手順を定期的に訓練する",
          "WAF・入力値検証でSQLインジェクション等を防ぎ、アップロード先でのスクリプト実行を禁止する"],
         ["Find and close the way in (VPN appliances, public servers, RDP); never expose admin "
          "interfaces to the internet",
          "Deploy EDR and centralise logs (kept a year or more, out of the attacker's reach)",
          "Keep offline backups and rehearse restoring them",
          "Stop SQL injection with input validation and a WAF; forbid script execution in "
          "upload folders"],
         ("sql", "webshell", "scanner", "exploit")),
    _rec("passwords", {"unauthorized_access", "phishing", "malware"},
         ["漏えい・推測されたアカウントのパスワードを直ちに変更し、全管理者に多要素認証を必須とする",
          "パスワードの使い回しを禁止し、ロックアウトと総当たり検知を設定する"],
         ["Reset exposed or guessed passwords now and require multi-factor authentication for "
          "every administrator",
          "Forbid password reuse; set lockout and brute-force alerts"],
         ("brute", "spray", "stuffing", "logon", "password")),
    _rec("unpatched", {"vulnerability", "unauthorized_access", "malware"},
         ["OS・ミドルウェア・VPN機器の資産台帳を作り、緊急の脆弱性は公開から数日内に修正する",
          "サポート切れのソフトウェアを廃止する"],
         ["Keep an inventory of OS, middleware and VPN appliances; patch critical flaws within "
          "days of disclosure",
          "Retire software that is out of support"],
         ("cve", "exploit")),
    _rec("log_tampering", set(),
         ["ログ消去（イベントID 1102等）を検知・通知し、ログを別サーバへ転送して保全する"],
         ["Alert on log clearing (event 1102 and the like) and forward logs to another server"],
         ("1102", "log clear", "tamper")),
    _rec("mis_sent", {"mis_sent"},
         ["外部宛て一斉送信はBCCを既定とし、送信前の宛先確認・一時保留（送信取消）を導入する",
          "個人データの添付はやめ、アクセス制御付きの共有リンクで渡す",
          "宛先の自動補完を外部ドメインで無効化し、類似ドメインを警告する"],
         ["Make Bcc the default for mails to many outside recipients; add a recipient check "
          "and a send delay",
          "Share personal data through access-controlled links instead of attachments",
          "Turn off autocomplete for outside domains and warn on look-alike domains"],
         ("mis-sen", "missend", "bcc")),
    _rec("theft", {"theft", "insider"},
         ["端末・媒体の全面暗号化（高度な暗号化）と、鍵の別管理を徹底する",
          "個人データの持ち出しを承認制にし、USB等の外部媒体を制限・記録する"],
         ["Encrypt every laptop and medium strongly and keep the keys apart",
          "Require approval to take personal data out; restrict and log USB media"],
         ("usb", "removable")),
    _rec("loss", {"loss"},
         ["媒体・書類の持ち出し台帳と廃棄証明を運用し、暗号化されていない媒体の利用を禁じる"],
         ["Keep a register of media and papers taken out, certificates of destruction, and ban "
          "unencrypted media"]),
    _rec("access_rights", {"insider", "unauthorized_access", "misconfiguration"},
         ["最小権限の原則でアクセス権を見直し、退職・異動者のアカウントを即日停止する",
          "共有フォルダ・クラウドストレージの公開設定を定期的に点検する"],
         ["Review access on least privilege; disable leavers' and movers' accounts the same day",
          "Check sharing settings of file shares and cloud storage regularly"]),
    _rec("insiders", {"insider"},
         ["大量ダウンロード・時間外アクセスを監視し、従業者への教育と誓約書を整備する"],
         ["Monitor bulk downloads and off-hours access; train staff and take pledges"],
         ("off-hours", "bulk")),
    _rec("contractors", {"contractor"},
         ["委託先の安全管理措置を契約で定め、定期的に監査する（再委託の承認を含む）"],
         ["Set the contractor's safeguards in the contract and audit them (incl. "
          "subcontracting)"]),
    _rec("phishing", {"phishing"},
         ["送信ドメイン認証（SPF・DKIM・DMARC）を設定し、不審メールの報告訓練を行う"],
         ["Set SPF, DKIM and DMARC; train staff to report suspicious mail"],
         ("phish",)),
)


def recommend(facts: Facts, knowledge: CaseKnowledge) -> list[Recommendation]:
    """The recommendations the cause and the detections call for, in a stable order."""
    text = " ".join(f"{d.get('title', '')} {d.get('rule', '')}"
                    for d in knowledge.detections).lower()
    chosen = [r for r in RECOMMENDATIONS
              if facts.cause in r.causes or any(w in text for w in r.detection_words)]
    if not chosen:  # cause unknown and nothing detected: the basics
        chosen = [r for r in RECOMMENDATIONS if r.topic in ("passwords", "access_rights")]
    return chosen
