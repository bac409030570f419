"""A hair salon's share (blind corpus 69): a karte's skin and scalp conditions, a hair dye's
allergy, a payroll's 社員名, a booking system's SALON BOARD mails."""

from __future__ import annotations

from documents import detected, scanned, values_of


def test_a_salons_handover_of_skin_and_scalp_conditions():
    text = ("【引継ぎメモ】\n・前田 明美様（S39.9.19生）アトピーがひどい時期はカラー延期。\n"
            "・田中 篤司さん　頭皮に湿疹、皮膚科通院中。\n・山下 翔太様　円形脱毛症あり。\n"
            "・岡田 翼様　ケロイド体質。\n・小林 さゆり様　ジアミンアレルギー。\n"
            "・渡辺 零様　脂漏性皮膚炎のため要注意\n・福田 舞様　カラー後に接触皮膚炎と診断\n"
            "・鈴木 淳様　お薬手帳（降圧剤記載あり）忘れ物\n")
    assert detected(text, "sensitive") == [
        "アトピー", "湿疹", "円形脱毛症", "ケロイド体質", "ジアミンアレルギー", "脂漏性皮膚炎",
        "接触皮膚炎", "お薬手帳"]


def test_a_payrolls_staff_name_column(tmp_path):
    path = tmp_path / "給与振込_202410.tsv"
    path.write_text("社員名\t銀行名\t支店番号\t口座種別\t口座番号\t口座名義\t差引支給額\n"
                    "佐藤香織\t三菱UFJ銀行\t123\t普通\t3996759\tサトウ カオリ\t245000\n"
                    "藤田太一\tみずほ銀行\t456\t普通\t5223952\tフジタ タイチ\t312000\n",
                    encoding="utf-8")
    found, people = scanned(path)
    assert {"佐藤香織", "藤田太一"} <= values_of(found, "person_name")
    assert people == 2


def test_a_booking_systems_display_name_is_no_one(tmp_path):
    path = tmp_path / "HPB_予約_1.eml"
    path.write_text("From: SALON BOARD <yoyaku@beauty.example.jp>\nTo: info@hair-lumiere.jp\n"
                    "Subject: 予約 BE12345678\nContent-Type: text/plain; charset=utf-8\n\n"
                    "■氏名　　　山下 翔太（ヤマシタ ショウタ）様\n■電話番号　090-1111-2222\n",
                    encoding="utf-8")
    found, people = scanned(path)
    assert "salonboard" not in {v.lower() for v in values_of(found, "person_name")}
    assert people == 1
