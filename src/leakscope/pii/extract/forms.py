"""Small sheets and documents' tables: a form (申込書, 履歴書: label | value row after row, one
person) or a list under its header, or several of them one below the other; a value written a
character a box joined back.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from leakscope.pii.company_accounts import COMPANY_CONTACTS, ORGANIZATION_NAME, company_column
from leakscope.pii.extract.animal_columns import is_animal_label, without_animal
from leakscope.pii.extract.base import Batch, Item, cell_text, make_unit
from leakscope.pii.extract.deceased import DECEASED, form_died
from leakscope.pii.extract.row_people import DOCTOR, PAYER, STAFF, role_suffix
from leakscope.pii.extract.samples import as_samples, heads_samples, labels_samples
from leakscope.pii.extract.tables import (
    filled_count,
    find_header,
    looks_like_header,
    names_groups,
    table_units,
)
from leakscope.pii.recognizers.name_words import HEADING_MARKS
from leakscope.pii.surnames import starts_with_surname
from leakscope.pii.units import TextUnit, as_company

FORM_MAX_ROWS = 200
FORM_MIN_LABELLED = 3  # a label, value file's rows of a label and a value


def sheet_units(
    display: str, rows: Iterable[Sequence[object]], record_prefix: str, base: dict
) -> Iterator[Item | Batch]:
    """A worksheet: a small one may be a form (Excel 方眼紙 申込書), a long one is a list."""
    head, rest = sheet_head(rows)
    if rest is None:
        yield from document_table_units(display, head, record_prefix, base)
    else:
        yield from table_units(display, itertools.chain(head, rest), record_prefix, base)


def sheet_head(rows: Iterable[Sequence[object]]
               ) -> tuple[list[Sequence[object]], Iterator[Sequence[object]] | None]:
    """A sheet's first rows and the rest; the rest is None for a sheet of at most
    ``FORM_MAX_ROWS`` filled rows (all in the head): it may be a form."""
    rows = iter(rows)
    head, filled = [], 0
    for row in rows:  # empty rows (ODS repeats a million of them) do not count
        head.append(row)
        filled += bool(filled_count(row))
        if filled > FORM_MAX_ROWS:
            return head, rows
    return head, None


def document_table_units(
    display: str, rows: Iterable[Sequence[object]], record_prefix: str, base: dict
) -> Iterator[Item | Batch]:
    """A table in a document or a small sheet: a list (header row, one person a row) or a
    form, or several of them one below the other (a 扶養控除 form and its table of
    dependants; two lists, each under its title and header), each read as what it is."""
    rows = [[cell_text(c).strip() for c in row] for row in rows]
    if _letter(rows):
        yield _letter_unit(display, rows, base)
        return
    blocks = list(_blocks(rows))
    for i, (start, block) in enumerate(blocks):
        units = _block_units(display, block, start + 1, record_prefix, base,
                             above_list=i + 1 < len(blocks))
        first = next((row for row in block if any(row)), [])
        sample = heads_samples(first) or labels_samples(block)  # (項目 | 記入例)
        yield from as_samples(units) if sample else units


def _letter(rows: list[list[str]]) -> bool:
    """A letter written down a sheet's column (a recall postcard's 文面: 「定期検診のお知らせ」,
    its sentences, the clinic's name, address and TEL, its director): prose, one cell a row,
    no table of anyone."""
    lines = _filled_rows(rows)
    return len(lines) >= 3 and all(len(cells) == 1 for cells in lines) \
        and any(cells[0].endswith("。") for cells in lines)


def _filled_rows(rows: list[list[str]]) -> list[list[str]]:
    """Each row's filled cells, rows without one left out."""
    return [cells for row in rows if (cells := [c for c in row if c])]


def _letter_unit(display: str, rows: list[list[str]], base: dict) -> TextUnit:
    """A letter's rows as the lines of one text, its lines numbered as the sheet's rows."""
    first = next(i for i, row in enumerate(rows) if any(row))
    last = max(i for i, row in enumerate(rows) if any(row))
    text = "\n".join(next((c for c in row if c), "") for row in rows[first:last + 1])
    return make_unit(text, display, {**base, "line": first + 1})


def _blocks(rows: list[list[str]]) -> Iterator[tuple[int, list[list[str]]]]:
    """Runs of rows, cut where an empty row is followed by a header (maybe under a title), and
    where, after such a list, one is followed by a form's label | value rows again (a 居住者届's
    同居家族 list, then its 緊急連絡先氏名 | 藤井 七夏: the list is not read as pairs)."""
    start, listing = 0, False
    for index in range(1, len(rows)):
        if filled_count(rows[index - 1]) or not filled_count(rows[index]):
            continue
        after = [row for row in rows[index:index + 5] if filled_count(row)][:3]
        titled = len(after) > 1 and filled_count(after[0]) == 1
        if any(_list_header(row, below) for row, below in
               zip(after[:1 + titled], [*after[1:], None], strict=False)):
            yield start, rows[start:index]
            start, listing = index, True
        elif listing and _labelled(after[0]) and not _labels_row(after[0]):
            yield start, rows[start:index - 1]
            start, listing = index - 1, False  # (the empty row above, as a form's title: its
            # first label | value row is then read as one, not passed over)
    yield start, rows[start:]


def _list_header(row: list[str], below: list[str] | None) -> bool:
    """A list's header over a row that does not start with a label (not a form's 「フリガナ |
    ヤマダ コウジ | 性別 | 男」 over 「氏名 | 山田 浩二 | …」)."""
    from leakscope.pii.context import is_label  # the detectors' label vocabulary

    first = next((c for c in below or () if c), None)
    return _labels_row(row) and first is not None and (
        not is_label(first) or _a_role_row(below, filled_count(row)))


def _questionnaire(rows: list[list[str]]) -> bool:
    """Two cells a row under a first row of a label and its value (a health check's 氏名 |
    原田 京子, then its questions and answers: 服用中の薬 | 抗うつ薬): one person's form, however
    few of its questions the detectors know (a two-column list's header is two labels)."""
    filled = _filled_rows(rows)
    return len(filled) >= 3 and all(len(cells) == 2 for cells in filled) \
        and _labelled(filled[0]) and not _people_below(filled)


def _people_below(filled: list[list[str]]) -> bool:
    """Most first cells under the first row name someone: a list of people under its header
    (a meeting's 出席者 | 所属 over 三浦 舞 | 施設長), not a form's questions."""
    return 2 * sum(starts_with_surname(cells[0]) for cells in filled[1:]) > len(filled) - 1


def _labels_row(row: list[str]) -> bool:
    """Three labels or more, many of them the detectors': a header, with or without a list
    under it."""
    from leakscope.pii.context import is_label  # the detectors' label vocabulary

    cells = [c for c in row if c]
    return len(cells) >= 3 and looks_like_header(cells) \
        and sum(map(is_label, cells)) >= 0.4 * len(cells)


def _block_units(display: str, rows: list[list[str]], first_row: int, record_prefix: str,
                 base: dict, *, above_list: bool) -> Iterator[Item | Batch]:
    """Forms (申込書, 履歴書: 「氏名 | 山田太郎」「住所 | 東京都…」 row after row) describe one
    person: every value is labelled by the label cell before it, and the whole form is one
    record. A list's data rows rarely start with a label, a form's always do."""
    # (a two-row form's first row too: 氏名 | 井上 浩二 over 電話 | 070-…; and, above a list,
    # a block of pairs one of whose words is a label: 派遣先 | 林銀行株式会社 over 法人番号 | …)
    pairs = above_list and _pairs(rows)
    # (a first row that holds a long number is no header: a result letter's 受付番号 |
    # 241100000625 | (基準値), then 生年月日 | S32.8.22, 血圧 | 158/93 | ～129/～84)
    head = rows if len(rows) == 2 or _numbered(next((r for r in rows if any(r)), ())) \
        else rows[1:]
    if (_labelled_rows(head) < 2 and not pairs and not _questionnaire(rows)
            and not _pairs_across(rows)) or _list_of_roles(rows) or _grouped_list(rows):
        yield from table_units(display, rows, record_prefix, base, first_row)
        return
    record = record_prefix.rstrip("!") + (DECEASED if form_died(rows) else "")
    units = without_animal(_form_units(display, rows, first_row, record, base))
    if pairs and _gives_corporate_number(rows):  # (an employer's, a client's: 所在地 | 電話)
        units = map(as_company, units)
    yield from units


def _form_units(display: str, rows: list[list[str]], first_row: int, record: str, base: dict
                ) -> Iterator[TextUnit]:
    """A form's values, each labelled by the label cell before it, all of one record; in a
    section that names a company (会社名, 法人番号: a 再下請負通知書's contractor), its 住所,
    電話 and FAX are the company's, up to the next section's heading (【再下請負業者】); after
    one who died (a 死亡届's 死亡者氏名), a label of no one's (生年月日, 本籍) is theirs, up to
    the next person's (届出人氏名)."""
    last_row = first_row + max((i for i, row in enumerate(rows) if filled_count(row)), default=0)
    company = died = False
    for number, row in enumerate(rows, first_row):
        if next((c for c in row if c), "").startswith(_SECTION):
            company = False
        if number == last_row and _labels_row(row) \
                and all(_UNKNOWN_LABEL.match(c) for c in row if c) and not _named_pairs(row):
            continue  # the header of an empty table below (区分 | 氏名 | フリガナ | 続柄 | …)
        label, after_value = None, False
        last = max((i for i, text in enumerate(row) if text), default=-1)
        paired = filled_count(row) == 2  # (a label and its value, whatever the value reads as)
        values: list[tuple[int, str]] = []  # the current label's value cells
        for index, text in enumerate(row):
            if not text:
                continue
            # a label, or a word between two values that labels the next (性別 | 男: no name);
            # not a condition after its label (既往歴 | パニック障害: 障害 is a label's word too;
            # a 保護決定通知書's 理由 | 傷病（双極性障害）により…)
            if (_is_label(text) and not (paired and label is not None and not values)
                    and not _condition_after(label, values, text)) or (
                    (after_value or label is None) and index < last and _unknown_label(text)):
                yield from _held(_form_values(display, base, number, label, values, record,
                                              died), company)
                label, after_value, values = text, False, []
                died = _after_the_dead(text, died)
                company = (company or _COMPANY_LABEL.search(text) is not None) \
                    and not _OWN_LABEL.match(text)
                continue
            values.append((index, text))
            after_value = True
        yield from _held(_form_values(display, base, number, label, values, record, died),
                         company)


def _named_pairs(row: list[str]) -> bool:
    """Labels each with a name after it (説明者 | 中村結衣 | 業務主任者 | 田中加奈): a form's
    last row, not the header of an empty table below."""
    cells = [c for c in row if c]
    return len(cells) % 2 == 0 and all(
        _is_label(label) and not _is_label(value) and starts_with_surname(value)
        for label, value in zip(cells[::2], cells[1::2], strict=True))


def _unknown_label(text: str) -> bool:
    """A word no detector knows that labels the value after it on a form's row: between two
    values (性別 | 男), or first on its row (a counselling sheet's 服薬中のお薬 | なし, not a
    condition of anyone's; a question), but no name (中村陽子 | 090-…)."""
    return (len(text) <= 12 or (len(text) <= 40 and text.endswith(_QUESTION_ENDS))) \
        and _UNKNOWN_LABEL.match(text) is not None and text not in _DATE_UNITS \
        and not starts_with_surname(text)


_QUESTION_ENDS = ("か", "?", "？")  # (a questionnaire's 「現在治療中の病気はありますか」)


def _after_the_dead(label: str, died: bool) -> bool:
    """Whether a form's values after ``label`` are one who died's: from their label (死亡者氏名)
    to the next person's (届出人氏名, or any other role's)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    suffix = role_suffix(label)
    if suffix == DECEASED:
        return True
    return died and not suffix and label_category(label) != "person_name"


def _list_of_roles(rows: list[list[str]]) -> bool:
    """A header of labels over rows as wide whose first cell names the row's role (an
    申込書's 区分 | 氏名 | フリガナ | 生年月日 | 続柄 over 被保険者 | 山田 桃子 | …): a list, one
    person a row, not a form's label | value pairs."""
    header = next((i for i, row in enumerate(rows) if filled_count(row) > 1), None)
    if header is None or not _labels_row(rows[header]) or _labelled(rows[header]):
        return False  # (only a title above its header; 債務者 | 中村 美加子 | 生年月日 | …: a form)
    listed = [row for row in itertools.takewhile(filled_count, rows[header + 1:])  # (to a
              if not _heading(row)]  # blank row; a 扶養控除 list's 「■ 高橋 桃子（本人）」 row
    width = filled_count(rows[header])
    return bool(listed) and all(_a_role_row(row, width) for row in listed)


def _grouped_list(rows: list[list[str]]) -> bool:
    """A list under a header with a row of its column groups above (契約者情報 | 滞納状況 | 対応
    over 管理番号 | 物件名 | 氏名 | …): the group row reads as label | value pairs, yet no form."""
    header = find_header(rows)
    return header is not None and 0 < header < len(rows) - 1 \
        and names_groups(rows[header - 1], rows[header]) \
        and _list_header(rows[header], rows[header + 1])


def _heading(row: list[str]) -> bool:
    """A row of one cell that heads the rows under it (「■ 高橋 桃子（本人）」, 「【営業部】」)."""
    cells = [c for c in row if c]
    return len(cells) == 1 and cells[0].startswith(tuple(HEADING_MARKS))


def _a_role_row(row: list[str], width: int) -> bool:
    """A list's row under a header ``width`` cells wide, its first cell maybe a role's label
    (被保険者 | 山田 桃子 | …): about as wide, a value after the first cell."""
    return filled_count(row) >= width - 1 and len(row) > 1 and bool(row[1]) \
        and not _is_label(row[1])


def _held(units: Iterator[TextUnit], company: bool) -> Iterator[TextUnit]:
    """A form section's values, a company's where the section names one, or where its label
    says so as a list's column's does (a client sheet's 税務署電話, 代表電話)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    for unit in units:
        category = label_category(unit.label)
        held = category in COMPANY_CONTACTS and (
            company or company_column(unit.label or "", category))
        yield as_company(unit) if held else unit


def _gives_corporate_number(rows: list[list[str]]) -> bool:
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    return any(label_category(c) == "corporate_number" for row in rows for c in row if c)


def _is_label(text: str) -> bool:
    """A form's label cell (a value may hold a label word: 〒273-7159 千葉県…)."""
    from leakscope.pii.context import is_label  # the detectors' label vocabulary

    return len(text) <= 30 and sum(c.isdigit() for c in text) < 3 \
        and not text.endswith("。") and (is_label(text) or is_animal_label(text))
    # (a sentence is a value: 「申立人は…。」; a consent form's 動物名 labels the pet's name)


def _pairs(rows: list[list[str]]) -> bool:
    """Rows of a word and a value, or of several such pairs across (給与の支払者の名称 | 株式会社…
    | 法人番号 | … | 所在地 | …), one of the words a label: above a list, a key/value block
    (an assignment sheet's 派遣先 and 法人番号, a 扶養控除 list's employer), not a list."""
    filled = _filled_rows(rows)
    pairs = [cells[i:i + 2] for cells in filled for i in range(0, len(cells), 2)]
    return len(pairs) >= 2 and all(len(cells) % 2 == 0 for cells in filled) \
        and all(_UNKNOWN_LABEL.match(word) and not _is_label(value) for word, value in pairs) \
        and any(_is_label(word) for word, _ in pairs)


def _pairs_across(rows: list[list[str]]) -> bool:
    """Rows of two label | value pairs or more (利用者氏名 | 佐藤 晃 様 | フリガナ | サトウ アキラ
    over 生年月日 | … | 受給者証番号 | …): a form, its first row no header, whose cells between its
    labels are mostly values (a list's header is labels all along)."""
    filled = _filled_rows(rows)
    if len(filled) < 2 or any(len(cells) < 4 or len(cells) % 2 for cells in filled):
        return False
    labels = [cell for cells in filled for cell in cells[::2]]
    values = [cell for cells in filled for cell in cells[1::2]]
    return all(map(_is_label, filled[0][::2])) and not any(map(_is_label, filled[0][1::2])) \
        and 3 * sum(map(_is_label, labels)) >= 2 * len(labels) \
        and 2 * sum(map(_is_label, values)) < len(values)


def _numbered(row: Sequence[str]) -> bool:
    """Whether a row holds a number of six digits or more (an ID, a phone: a value's)."""
    return any(sum(c.isdigit() for c in cell) >= 6 for cell in row)


def _labelled_rows(rows: Iterable[Sequence[str]]) -> int:
    return sum(map(_labelled, rows))


def _labelled(row: Sequence[str]) -> bool:
    """A row that starts with a label and a value after it (「住所 | 東京都…」)."""
    return len(cells := [c for c in row if c]) >= 2 and _is_label(cells[0]) \
        and not _is_label(cells[1])


def vertical_form_head(rows: Iterator[object]) -> tuple[list, bool]:
    """The first rows of a delimited file, read as far as it takes to tell whether the file
    is a form (then they are all of its rows): written label, value a line
    (``vertical_form``; a list stops it at its first wider row), or a small file that opens
    with label | value pairs across, read as a sheet's table (a debt list's 「債務者名,NAME,
    ﾌﾘｶﾞﾅ,…,生年月日,…」 over its 取引日,借入金額,弁済額 table: ``document_table_units``)."""
    head: list = []
    across = None  # whether the first filled row is pairs across
    for row in rows:
        head.append(row)
        if row.__class__ is not list or len(head) > FORM_MAX_ROWS:
            return head, False
        if across is None and filled_count(row):
            across = filled_count(row) > 2 and _pairs([[cell_text(c).strip() for c in row]])
        if filled_count(row) > 2 and not across:
            return head, False
    return head, bool(across) or vertical_form(head)


def vertical_form(rows: Sequence[Sequence[object]]) -> bool:
    """Whether a delimited file's rows (all of them) are a form written label, value a line
    (a 返品申請書's 「氏名,山田 太郎」「電話,090-…」「住所,東京都…」, a title line above): one
    person, however its first line looks like a header."""
    texts = [[t for c in row if (t := cell_text(c).strip())] for row in rows]
    texts = [row for row in texts if row]
    if not 3 <= len(texts) <= FORM_MAX_ROWS or any(len(row) > 2 for row in texts):
        return False
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    pairs = [row for row in texts if len(row) == 2]
    labelled = [row for row in pairs if _labelled(row)]
    # (a list of two columns starts with its header, two labels: Name | Phone; its first
    # column's values may read as labels, 「Customer 1」, of one kind)
    return len(labelled) >= FORM_MIN_LABELLED and pairs[0] is labelled[0] \
        and 2 * len(labelled) >= len(pairs) \
        and len({label_category(row[0]) for row in labelled}) > 1


def _condition_after(label: str | None, values: list, text: str) -> bool:
    """Whether ``text`` is the first value of a 要配慮 label (既往歴, 傷病名) that reads like a
    label itself (パニック障害, 身体障害)."""
    from leakscope.pii.context import label_category  # the detectors' label vocabulary

    return label is not None and not values \
        and label_category(label) == "sensitive" == label_category(text)


def _form_values(display: str, base: dict, row: int, label: str | None,
                 values: list[tuple[int, str]], record: str, died: bool = False
                 ) -> Iterator[TextUnit]:
    """A form's values after one label: a unit each, or one of them all where they are a
    value written a character a box (個人番号 | 2 | 9 | 3 | …), or a date in boxes after the
    era circled among those printed (明・大・昭・(平)・令 | 11 | 年 | 9 | 月 | 26 | 日)."""
    if sum(len(text) <= 2 for _, text in values) >= _BOXES or (len(values) >= _BOXES and all(
            text.isdigit() and len(text) <= 4 for _, text in values)):  # 080 | 9295 | 7209
        texts = [_chosen_era(text) for _, text in values]
        dated = any(text in _DATE_UNITS for text in texts)
        values = [(values[0][0], ("" if dated else " ").join(texts))]
    if (suffix := role_suffix(label)) in _OWN_RECORD_ROLES:  # (a report's 発見者 beside 被災者)
        record += suffix
    elif died and not suffix:  # (a 死亡届's 生年月日 after its 死亡者氏名: theirs)
        record += DECEASED
    for index, text in values:
        location = {**base, "row": row, "field": label or f"column {index + 1}"}
        yield make_unit(text, display, location, label, record)


# The people a form names beside its own, each their own record (as in a list's row).
# (and a 相続's 被相続人, who died; a visa form's 経費支弁者 氏名 | 住所 | 電話番号, abroad)
_OWN_RECORD_ROLES = (STAFF, DOCTOR, DECEASED, PAYER)


_BOXES = 3  # short cells after one label that make one value
_DATE_UNITS = frozenset("年月日")
_ERAS = {"明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}
_ERA_CHOICE = re.compile(r"[(（〇○◯]([明大昭平令])[)）]?|([明大昭平令])[)）]")


def _chosen_era(text: str) -> str:
    """The era a form's printed choice circles (明・大・昭・(平)・令: 平成); else the text."""
    if "・" not in text or not (m := _ERA_CHOICE.search(text)):
        return text
    return _ERAS[m.group(1) or m.group(2)]


_UNKNOWN_LABEL = re.compile(r"[^\d\s@]+$")  # one word, no digits
_SECTION = ("【", "■", "[", "［", "<", "＜")  # a form's section heading (【再下請負業者】)
_COMPANY_LABEL = re.compile(rf"{ORGANIZATION_NAME}|法人番号", re.IGNORECASE)
# a label of the form's own person, which ends a company's section (a 扶養控除等申告書's
# 「あなたの氏名」 under its employer's 名称 and 所在地)
_OWN_LABEL = re.compile(r"あなた|本人|ご本人|申告者|従業員|被保険者")
