"""本人の数 does not depend on what files are called or the order they are read in: a
payroll's thin records (a kana name and an account) find their people either way."""

from __future__ import annotations

from leakscope import pii

_STAFF = (("井上 宗太郎", "イノウエ ソウタロウ"), ("森 康弘", "モリ ヤスヒロ"),
          ("佐藤 花子", "サトウ ハナコ"), ("高橋 亮介", "タカハシ リョウスケ"))


def _share(root, payroll_dir: str) -> list:
    for name in ("db", "登録者一覧", "backup", "export", "人事"):
        path = root / "派遣スタッフ" / f"{name}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("氏名,フリガナ,メール\n" + "".join(
            f"{kanji},{kana},p{i}.kato@gmail.com\n" for i, (kanji, kana) in enumerate(_STAFF)),
            encoding="utf-8")
    for month in range(1, 7):
        path = root / payroll_dir / f"2024{month:02d}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("受取人名,銀行コード,支店コード,口座番号\n" + "".join(
            f"{kana},0005,123,{1234560 + i}\n" for i, (_, kana) in enumerate(_STAFF)),
            encoding="utf-8")
    return [root]


def _people(paths: list) -> int:
    run = pii.scan(paths, workers=1)
    list(run.batches())
    return run.summary.subjects


def test_a_payroll_joins_its_staff_wherever_it_lies(tmp_path):
    # 給与/ is read after 派遣スタッフ/, aaa/ before it: the same people either way
    assert _people(_share(tmp_path / "one", "給与/振込データ")) == len(_STAFF)
    assert _people(_share(tmp_path / "two", "aaa")) == len(_STAFF)
