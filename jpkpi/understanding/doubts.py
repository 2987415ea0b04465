"""Doubts: a table's drafts checked against what a KPI record looks like, whatever layout the
table was read as.

The reading of a layout nobody here has seen can go wrong in ways no rule of that layout sees:
a heading taken for an indicator's name (``担当課``, ``H30年度目標値``), one name given to
several rows, two targets for one year, numbers under a value heading that no record took. Each
check here looks only at the drafts and the cells they came from, so it holds for any layout;
a failed check is a warning on the draft that names the place and the doubt, never a change of
what was read (a reader can trust a record that carries no warning).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import regex

from jpkpi.primitives.period import Period
from jpkpi.primitives.quantity import CORRECTED_MARK, COUNTERS, normalize_unit
from jpkpi.primitives.target import TREND_WORDS
from jpkpi.primitives.text import normalize_text, split_label
from jpkpi.tables.model import Cell, Provenance, Table
from jpkpi.understanding.cells import (
    BRACKETED,
    MEASURE_WORD,
    PART_MARK,
    CellClass,
    classify,
    counted_goal,
    part_name,
    ranks_above,
)
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.interpretation import (
    NOT_VALUE_TOPICS,
    Layout,
    TableInterpretation,
    heads_value_list,
)
from jpkpi.understanding.vocabulary import WHOLE_TEXT, Vocabulary

#: Classes of a cell that hold no indicator's name: a number, a period, a judgement word.
_NOT_NAMES = frozenset(
    {
        CellClass.EMPTY,
        CellClass.QUANTITY,
        CellClass.MISSING,
        CellClass.PERIOD,
        CellClass.STATUS,
    }
)
#: What each class is called in a warning.
_CLASS_WORDS = {
    CellClass.EMPTY: "nothing",
    CellClass.QUANTITY: "a value",
    CellClass.MISSING: "a missing-value mark",
    CellClass.PERIOD: "a period",
    CellClass.STATUS: "a judgement word",
}
#: Roles whose words, as a whole name, make it a column's heading rather than an indicator's
#: name (``担当課``, ``単位``, ``評価``, ``目標値``).
_HEADING_ROLES = frozenset(
    {
        "unit",
        "baseline",
        "target",
        "actual",
        "estimate",
        "values",
        "status",
        "ratio",
        "evaluation",
        "department",
        "program",
        "program_no",
        "note",
        "money",
    }
)
#: A year printed in a heading (``H30年度``, ``令和2年``, ``2024年度``, ``H30.3``), taken out
#: before the rest is weighed (the whole heading is weighed: a name with a year is no heading).
_YEAR = regex.compile(
    r"(?:平成|令和|昭和|[HRSＨＲＳ])\s?(?:\d+|元)(?:\s?年度?|\.\d+)?|\d{4}\s?年度?|\d{1,2}\s?年度"
)
#: What a heading may hold besides its role's words (目標**値**, 実績**数値**, 達成**度**): no
#: other word, so 負担金支出**額** stays a name.
_HEADING_REST = regex.compile(r"[値数度末時点のと及び・/]*")
#: Roles a row's label can vote for that make its numbers no indicator's values (``達成率``,
#: ``評価``, ``事業費``, ``備考``): the topics no value column holds, and remarks.
_NOT_VALUE_ROWS = frozenset({*NOT_VALUE_TOPICS, "note"})
#: Numbers and the marks between them, nothing else (``25.0 / ―``, ``6,000／5,214``).
_NUMBERS_ONLY = regex.compile(r"[0-9.,\s/／~～\-―－—()（）%％]+")
#: Longest row label weighed for what it says of the row's numbers.
_LABEL_CHARS = 16
#: Roles of a column whose numbers are indicators' values: a number there that no draft took
#: is a number lost.
_VALUE_ROLES = frozenset({"baseline", "target", "actual", "pair"})


def doubt_drafts(
    table: Table,
    reading: TableInterpretation | None,
    drafts: Sequence[Draft],
    vocabulary: Vocabulary,
) -> None:
    """Warn on each draft of one table that fails a check of what a record looks like."""
    if not drafts:
        return
    grid = table.grid()
    for d in drafts:
        for list_name, cells in (("targets", d.targets), ("actuals", d.actuals)):
            clash = _same_period(cells)
            if clash is not None:
                d.warnings.append(
                    f"two {list_name} for {clash[0]} ({clash[1]!r} and {clash[2]!r}): one of "
                    "them may belong to another list or period"
                )
    _periods_left(grid, drafts)
    for d in drafts:
        corrected = [
            v.text.strip() for v in d.value_cells() if _CORRECTED.search(normalize_text(v.text))
        ]
        if corrected:
            # (稲城: 12,840※訂正, the note giving the figure first published: which figure the
            # note holds for true is for a reader to check)
            d.warnings.append(
                f"values marked as corrected ({', '.join(corrected)}): read as printed; the note "
                "under the table may give another figure"
            )
        part = [v.header for v in d.value_cells() if _part_year(v)]
        if part:
            # (三原: R6年度途中 down the side, no month printed: the year so far, not the whole)
            d.warnings.append(
                f"values under {', '.join(dict.fromkeys(part))} count a year so far: read as that "
                "fiscal year's, with no month the count reaches"
            )
    _unnumbered_parts(drafts)
    _names_repeated(drafts)
    for d in drafts:
        word = normalize_text(d.unit or "").replace(" ", "")
        if MEASURE_WORD.fullmatch(word):
            # (金額 where the unit stands, and no line or note gives it one: what the row
            # measures, so its values stand in no unit the page states, review 50)
            d.warnings.append(
                f"its unit cell says {word!r}, what it measures, not a unit: its values were "
                "read with no unit or scale"
            )
    if reading is not None:
        _numbers_left(table, grid, reading, drafts, vocabulary)


#: Rows of one table that may print the same indicator, its program and label alike, before
#: the repeats say the table lists one value a line (a 【再掲】 repeats a row once).
_REPEATS_OF_A_LONG_TABLE = 3


def _names_repeated(drafts: Sequence[Draft]) -> None:
    """Warn on rows of one table that print the same name, label and program three times or
    more (蟹江's CSV: `KPI番号 | KPI名 | 単位 | 区分 | 年度 | 数値`, one value a line): a long
    table, each line a value of an indicator named on others, read as a record a line."""
    keys = [
        (normalize_text(d.indicator), d.label, d.program.name if d.program else None)
        if d.indicator
        else None
        for d in drafts
    ]
    counts = Counter(k for k in keys if k is not None)
    for d, key in zip(drafts, keys, strict=True):
        n = counts[key] if key is not None else 0
        if n >= _REPEATS_OF_A_LONG_TABLE:
            d.warnings.append(
                f"its name is printed on {n} rows of the table alike: the table may list one "
                "value a line, each row read as a record of its own"
            )


def _unnumbered_parts(drafts: Sequence[Draft]) -> None:
    """Warn on a row named as a part (``（うち電動アシスト付自転車）``) that prints no number where
    the rows around it are numbered (土浦: ア, イ, then the part): a breakdown of the row above,
    which writers read as an indicator of its own or leave out as given for reference."""
    if not any(d.label for d in drafts):
        return
    for d in drafts:
        if d.label is None and part_name(d.indicator or ""):
            d.warnings.append(
                f"its row {normalize_text(d.indicator or '')!r} prints no number beside numbered "
                "rows and names a part (うち): a breakdown of the row above, read as an indicator "
                "of its own"
            )


def _part_year(cell: ValueCell) -> bool:
    """Whether a value is dated by a heading of a year counted so far (``R6年度途中``,
    ``R6実績（途中）``) with no month."""
    return (
        cell.period is not None
        and cell.period.month is None
        and "途中" in normalize_text(cell.header or "")
    )


#: A value's mark saying it was corrected (``12,840※訂正``).
_CORRECTED = regex.compile(rf"{CORRECTED_MARK}\s*$")


#: Words that say which way an indicator is to go (貝塚's 指標数値の目指す方向: 維持, 向上, 減少).
_DIRECTIONS = TREND_WORDS


#: A bracketed goal or policy label opening a text (``【基本目標1】``, ``[施策2]``): a heading.
_GOAL_LABEL = regex.compile(
    r"[【\[(]\s*(?:基本目標|基本方針|政策|施策)\s*[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[】\])]"
)


def not_a_name(text: str, vocabulary: Vocabulary) -> str | None:
    """What the text reads as where it is no indicator's name (a value, a heading, a unit
    word), or None where it may be one."""
    name = split_label(text).text if text.strip() else ""
    norm = normalize_text(name).replace(" ", "")
    cls = classify(norm) if norm else CellClass.EMPTY
    if cls in _NOT_NAMES:
        return _CLASS_WORDS[cls]
    if _NUMBERS_ONLY.fullmatch(norm):
        return "values"
    if _GOAL_LABEL.match(normalize_text(text).replace(" ", "")):
        return "a goal's or a policy's heading"  # 【基本目標1】いきいきと働く… (横手)
    if normalize_unit(norm) in COUNTERS or norm in ("単位", "(単位)"):
        return "a unit word"
    if norm.removeprefix("現状") in _DIRECTIONS:
        return "the direction an indicator is to go (a 方向 column)"
    core = BRACKETED.sub("", _YEAR.sub("", norm))
    if not core:
        return "a period"
    votes = {r: words for r, (_, words) in vocabulary.votes(core).items() if r in _HEADING_ROLES}
    rest = core
    for words in votes.values():
        for w in sorted((w.removeprefix(WHOLE_TEXT) for w in words), key=len, reverse=True):
            rest = rest.replace(w, "")
    if votes and _HEADING_REST.fullmatch(rest):
        role = max(votes, key=lambda r: sum(len(w) for w in votes[r]))
        return f"the heading of a {role} column"
    return None


def period_key(period: Period | None) -> tuple[int | None, int | None, int | None] | None:
    """What makes two periods one (fiscal year, year, month); None for a period with no year,
    which is no period two values can share."""
    if period is None or (period.fiscal_year is None and period.year is None):
        return None
    return (period.fiscal_year, period.year, period.month)


def _same_period(cells: Iterable[ValueCell]) -> tuple[str, str, str] | None:
    """Two cells of one list with the same period and different texts, if any."""
    seen: dict[tuple[object, ...], ValueCell] = {}
    for c in cells:
        key = period_key(c.period)
        if key is None:
            continue
        full = (*key, c.flags)
        first = seen.get(full)
        if first is None:
            seen[full] = c
            continue
        a, b = normalize_text(first.text), normalize_text(c.text)
        if a != b:
            return (c.period.raw if c.period else "", a, b)
    return None


def _row_left_out(row: list[Cell | None], roles: dict[int, str], vocabulary: Vocabulary) -> bool:
    """Whether a row's words outside the value columns say its numbers are no indicator's
    values (a ``達成率`` or ``評価`` row under year headings, a ``（全国順位）`` row of ranks)."""
    values = [
        c.text for col, c in enumerate(row) if c is not None and roles.get(col) in _VALUE_ROLES
    ]
    for col, cell in enumerate(row):
        if cell is None or roles.get(col) in _VALUE_ROLES:
            continue
        text = normalize_text(cell.text).replace(" ", "")
        # (羅臼: 金額 in the unit column beside 数量 over the row above, one name merged over
        # both: what the row counts in, an indicator's money, not the program's)
        measure = roles.get(col) == "unit" and MEASURE_WORD.fullmatch(text) is not None
        leaving = _NOT_VALUE_ROWS - {"money"} if measure else _NOT_VALUE_ROWS
        if text and len(text) <= _LABEL_CHARS and set(vocabulary.votes(text)) & leaving:
            return True
        if ranks_above(text, values):
            return True
        if PART_MARK.match(text):
            return True  # (（内訳）一戸地区: a part of the indicator above, read as its total)
    return False


def _periods_left(grid: list[list[Cell | None]], drafts: Sequence[Draft]) -> None:
    """An actual read without a period, in a row that prints a period no value took (砺波's
    ``直近値の時点 | R1年``): the period is likely the actual's, printed apart."""
    # a row's target year (目標年度) is used where it dates a target that prints none
    used = {
        c.where
        for d in drafts
        for c in (
            d.baseline,
            d.target_period if any(t.period is None for t in d.targets) else None,
        )
        if c and c.where
    }
    for d in drafts:
        undated = [c for c in d.actuals if c.period is None]
        if not undated or d.row is None or not 0 <= d.row < len(grid):
            continue
        for cell in grid[d.row]:
            if (
                cell is None
                or cell.row != d.row
                or cell.provenance in used
                or classify(cell.text) is not CellClass.PERIOD
            ):
                continue
            d.warnings.append(
                f"its actual {normalize_text(undated[0].text)!r} was read without a period, "
                f"though its row prints {normalize_text(cell.text)!r}: that may be its period"
            )
            break


def _taken(drafts: Sequence[Draft]) -> set[Provenance]:
    """The places of every cell a draft read a value from."""
    out: set[Provenance] = set()
    for d in drafts:
        for c in [d.baseline, d.target_period, *d.targets, *d.actuals, *d.superseded]:
            if c is not None and c.where is not None:
                out.add(c.where)
    return out


#: A heading of the reasons a target was set or judged (``目標値の設定根拠``, ``目標設定の考え方``):
#: its numbers are arguments, never values.
_REASON_HEADING = regex.compile(r"根拠|考え方|理由|説明|算出方法")
#: Longest phrase weighed as a level written with words around it; a longer text is a reason
#: or a method (目標設定の考え方), whose numbers are no values.
_PHRASE_CHARS = 20


def _states_level(text: str) -> bool:
    """Whether a short phrase, no sentence, states a level of something counted
    (``村人口の1%（約45人）の移住``: 1 %), whatever words are around it."""
    norm = normalize_text(text)
    if len(norm.replace(" ", "")) > _PHRASE_CHARS or regex.search(r"[、。]", norm):
        return False
    # (年1%程度の増加を10年間続ける: how it is to move, a reason's words, no level)
    return counted_goal(norm) is not None


def _numbers_left(
    table: Table,
    grid: list[list[Cell | None]],
    reading: TableInterpretation,
    drafts: Sequence[Draft],
    vocabulary: Vocabulary,
) -> None:
    """Numbers under a heading that names a list of values (目標, 実績, 基準値), in the rows the
    drafts came from, that no draft took and whose row says nothing that leaves them out on
    purpose (``達成率``): each is named on the draft whose row stands nearest above it."""
    rows = sorted({d.row for d in drafts if d.row is not None})
    if not rows:
        return
    by_row: dict[int, Draft] = {}
    for d in drafts:
        if d.row is not None:
            by_row.setdefault(d.row, d)
    roles: dict[int, str] = {}
    body: set[int] = set()
    for region in reading.regions:
        if region.layout is not Layout.ROWS:
            continue
        for col in region.columns:
            roles[col.index] = col.role
        body.update(region.body_rows)
    if not roles:
        return
    # a column left unread under a heading that names a list of values (国頭's 令和5年度 ›
    # 目標 over 年間45万人の来訪 …, cells the reader took for words): its numbers are lost too
    unread = {
        col.index
        for region in reading.regions
        if region.layout is Layout.ROWS
        for col in region.columns
        if col.role == "ignore"
        and heads_value_list(vocabulary, col.header)
        and not _REASON_HEADING.search(col.header)
    }
    taken = _taken(drafts)
    left_out: dict[int, bool] = {}  # each row weighed once
    lost: dict[int, list[Cell]] = defaultdict(list)
    for cell in table.cells:
        if cell.row < rows[0] or (body and cell.row not in body):
            continue
        if cell.provenance in taken:
            continue
        if cell.col in unread:
            # a short phrase that states a level of a counter, in an indicator's own row (not
            # a numbered heading merged over rows, 基本目標1 …, nor a sentence another
            # reading takes)
            if (
                cell.row not in by_row
                or cell.colspan > 1
                or classify(cell.text) is not CellClass.TEXT
                or not _states_level(cell.text)
            ):
                continue
        elif (
            roles.get(cell.col) not in _VALUE_ROLES or classify(cell.text) is not CellClass.QUANTITY
        ):
            continue
        if cell.row not in left_out:
            left_out[cell.row] = _row_left_out(grid[cell.row], roles, vocabulary)
        if left_out[cell.row]:
            continue
        owner = rows[bisect.bisect_right(rows, cell.row) - 1]
        if cell.col in unread and any(
            repr(normalize_text(cell.text)) in w for w in by_row[owner].warnings
        ):
            continue  # ('あと1,800人' under 目標まで is not a value: said already)
        lost[owner].append(cell)
    for owner, cells in lost.items():
        shown = ", ".join(repr(normalize_text(c.text)) for c in cells[:4])
        more = f" and {len(cells) - 4} more" if len(cells) > 4 else ""
        by_row[owner].warnings.append(
            f"numbers in its rows under value headings were not read ({shown}{more}): they may "
            "be values of this indicator in a list or period not recognised"
        )
