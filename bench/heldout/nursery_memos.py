"""The nursery's notes: the 主任's handover memo (a divorce, a move, an app password), a phone
memo with a new account number, the 連絡帳 app's manual (sample values only) and the ぞう組
excursion list typed with look-alike hyphens.
"""

from __future__ import annotations

from .nursery_people import Nursery, wareki

MANUAL = ["こどもノート 管理者向け操作マニュアル（抜粋）", "", "1. 保護者の登録",
          "  氏名：保育 太郎（例）", "  電話番号：090-0000-0000", "  メール：test@example.com",
          "  生年月日：2020/01/01（例）",
          "2. クレジットカード決済（延長保育料）のテスト",
          "  テスト用カード番号 4111 1111 1111 1111　有効期限 12/30　CVC 123",
          "3. サポート窓口 0120-123-456（平日9-18時）", ""]


def handover(h: Nursery) -> None:
    """The 主任's handover: three children's families, the app's admin password."""
    path = "99_メモ/引継ぎメモ_主任_2024.txt"
    c1, c2, c3 = h.rng.sample([c for c in h.children if c.fam.father], 3)
    father, moved, mother = c1.fam.father, c2.fam.addr.line(True, 1), c3.fam.mother
    lines = ["■ 引継ぎメモ（主任 → 新主任）　2024/10/31", "",
             f"・{c1.cls} {c1.name('')}（{wareki(c1.born, 1)}生）父 {father.name('')}さん 携帯 "
             f"{h.phone(father.mobile, 2)} — 離婚調停中とのこと。母以外のお迎えは要確認。",
             f"・{c2.last}さん宅 住所変更 → {moved}（10/15〜）",
             f"・{mother.name()}さん：{mother.work[0]}に転職。新しい勤務先TEL未提出。",
             "・連絡帳アプリ管理画面　ID: hidamari_admin　PW: Sakura#2024hoiku",
             "・嘱託医 さくら小児科 佐藤先生 健診 11/20（水）14時〜",
             "・給食 すこやかフーズの発注は毎週木曜締め。注文番号は控えておくこと。", ""]
    h.share.write(path, "\n".join(lines))
    h.t(path, "person_name", c1.name(), c1)
    h.t(path, "date_of_birth", c1.born, c1)
    h.named(path, father)
    h.t(path, "phone_number", father.mobile, father)
    h.t(path, "address", moved, c2.fam.mother)
    h.t(path, "person_name", c2.last, c2.fam.mother, True)
    h.named(path, mother)
    h.t(path, "credential", "Sakura#2024hoiku", None)
    h.t(path, "person_name", "佐藤", None, True)


def phone_memo(h: Nursery) -> None:
    """A guardian's call to change the 保育料 account, the new number noted."""
    rng, path = h.rng, "99_メモ/電話メモ_1030.txt"
    g = rng.choice(h.guardians)
    c = next(k for f in h.families for k in f.kids if g in (f.mother, f.father))
    bank, branch = rng.choice(["ゆうちょ", "三井住友", "みずほ"]), rng.randint(100, 899)
    account = str(rng.randint(1000000, 9999999))
    clerk = h.staff[13]
    lines = [f"10/30 9:15 {g.last}様（{c.cls} {c.first}ちゃん{g.rel}）より TEL",
             f"折り返し先：{h.phone(g.mobile, 2)}",
             "内容：保育料の引落口座を変更したい → 口座振替依頼書を渡す",
             f"　新口座 {bank} 支店{branch} 普通 口座番号 {account}", "受付：" + clerk.last]
    h.share.write(path, "\n".join(lines) + "\n")
    h.t(path, "person_name", g.last, g, True)
    h.t(path, "person_name", c.first, c, True)
    h.t(path, "phone_number", g.mobile, g)
    h.t(path, "bank_account", account, g)
    h.t(path, "person_name", clerk.last, clerk, True)


def manual(h: Nursery) -> None:
    """The app's manual: sample values and the vendor's support number (neutral)."""
    path = "99_メモ/連絡帳アプリ_操作マニュアル.txt"
    h.share.write(path, "\n".join(MANUAL))
    h.t(path, "phone_number", "0120123456", None, True)


def excursion(h: Nursery) -> None:
    """ぞう組's excursion list: the mothers' mobiles as typed, an epipen or an allergy noted."""
    rng, path = h.rng, "99_メモ/遠足_バス座席と連絡先_ぞう組.txt"
    lines = ["ぞう組　秋の遠足（11/8 見沼田んぼ）　引率・緊急連絡先", ""]
    for c in [c for c in h.children if c.cls == "ぞう組"]:
        g = c.fam.mother
        typed = h.phone(g.mobile, rng.choice([2, 3, 5]))
        lines.append(f"{c.name('　')}　　保護者 {g.name()} 様　{typed}"
                     + ("　※エピペン携帯" if c.epipen else "")
                     + (f"　※{c.allergy[0]}除去" if c.allergy else ""))
        h.named(path, c)
        h.named(path, g)
        h.t(path, "phone_number", g.mobile, g)
        if c.allergy:
            h.t(path, "sensitive", f"{c.allergy[0]}除去", c)
    leaders = h.staff[5:8]
    lines += ["", "引率：" + "、".join(s.name() for s in leaders) + "　園携帯 080-9999-0000"]
    for s in leaders:
        h.t(path, "person_name", s.name(), s, True)
    h.t(path, "phone_number", "08099990000", None, True)
    h.share.write(path, "\n".join(lines) + "\n")
