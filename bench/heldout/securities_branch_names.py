"""The names, banks and mail domains gen.py drew the securities branch's people from, and its
romaji() for mail addresses."""

from __future__ import annotations

import re

_SEI = ("佐藤サトウ 鈴木スズキ 高橋タカハシ 田中タナカ 伊藤イトウ 渡辺ワタナベ 山本ヤマモト "
        "中村ナカムラ 小林コバヤシ 加藤カトウ 吉田ヨシダ 山田ヤマダ 佐々木ササキ 山口ヤマグチ "
        "松本マツモト 井上イノウエ 木村キムラ 林ハヤシ 斎藤サイトウ 清水シミズ 山崎ヤマザキ "
        "森モリ 池田イケダ 橋本ハシモト 阿部アベ 石川イシカワ 山下ヤマシタ 中島ナカジマ "
        "石井イシイ 小川オガワ 前田マエダ 岡田オカダ 長谷川ハセガワ 藤田フジタ 後藤ゴトウ "
        "近藤コンドウ 村上ムラカミ 遠藤エンドウ 青木アオキ 坂本サカモト 福田フクダ "
        "西村ニシムラ 太田オオタ 三浦ミウラ 藤井フジイ 岡本オカモト 松田マツダ 中川ナカガワ "
        "原田ハラダ 小野オノ 竹内タケウチ 金子カネコ 和田ワダ 中山ナカヤマ 石田イシダ "
        "上田ウエダ 森田モリタ 柴田シバタ 酒井サカイ 工藤クドウ 横山ヨコヤマ 宮崎ミヤザキ "
        "宮本ミヤモト 内田ウチダ 高木タカギ 安藤アンドウ 谷口タニグチ 大野オオノ 丸山マルヤマ "
        "今井イマイ 河野コウノ 藤原フジワラ")
_MEI_M = ("太郎タロウ 一郎イチロウ 健一ケンイチ 誠マコト 浩ヒロシ 茂シゲル 博之ヒロユキ "
          "直樹ナオキ 隆タカシ 修オサム 勇イサム 清キヨシ 和夫カズオ 正男マサオ 大輔ダイスケ "
          "翔太ショウタ 拓也タクヤ 健太ケンタ 俊介シュンスケ 義男ヨシオ 昭アキラ 徹トオル "
          "康弘ヤスヒロ 雅人マサト 秀樹ヒデキ 悟サトル 達也タツヤ 光男ミツオ 武タケシ "
          "幸一コウイチ")
_MEI_F = ("花子ハナコ 幸子サチコ 恵子ケイコ 久美子クミコ 陽子ヨウコ 由美ユミ 裕子ユウコ "
          "直美ナオミ 美穂ミホ 智子トモコ 明美アケミ 京子キョウコ 節子セツコ 和子カズコ "
          "美咲ミサキ 愛アイ 真由美マユミ 千秋チアキ 典子ノリコ 文子フミコ 静香シズカ "
          "弘子ヒロコ 洋子ヨウコ さくらサクラ")


def _pairs(words: str) -> list[tuple[str, str]]:
    """(kanji, kana) pairs from "佐藤サトウ ...": the kana is the katakana run at the end."""
    return [re.fullmatch(r"(.+?)([ァ-ヺー]+)", word).groups() for word in words.split()]


SEI, MEI_M, MEI_F = _pairs(_SEI), _pairs(_MEI_M), _pairs(_MEI_F)
BANKS = [("みずほ銀行", ["新宿支店", "渋谷支店", "横浜駅前支店"]),
         ("三菱UFJ銀行", ["池袋支店", "大宮支店", "本店"]),
         ("三井住友銀行", ["船橋支店", "川崎支店", "梅田支店"]), ("りそな銀行", ["浦和支店",
                                                                                 "千葉支店"]),
         ("ゆうちょ銀行", ["〇一八店", "〇二八店"]), ("横浜銀行", ["本店営業部", "戸塚支店"]),
         ("千葉銀行", ["柏支店"]), ("城南信用金庫", ["蒲田支店"])]
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "nifty.com",
           "outlook.jp", "biglobe.ne.jp"]
_ROMA = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポョュャッー",
    ["a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta",
     "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma",
     "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "n", "ga",
     "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji", "zu", "de", "do", "ba",
     "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po", "yo", "yu", "ya", "", ""], strict=True))


def romaji(kana: str) -> str:
    """gen.py's romaji(): a kana reading in Hepburn-ish letters (ッ and ー dropped; ショ as
    shyo, the i dropped before a small ャュョ)."""
    out = ""
    for ch in kana:
        if ch in "ョュャ" and out.endswith("i"):
            out = out[:-1]
        out += _ROMA.get(ch, "")
    return out
