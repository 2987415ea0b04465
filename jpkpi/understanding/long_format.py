"""Which table holds one value a row: a "long" table, as open data publishes KPIs (藤岡:
``No | 施策 | 成果指標 | 単位 | 年度 | 区分 | 値 | 備考``, ``区分`` saying 基準値, 実績値 or 目標値
and ``年度`` the year of the value beside), read as the table of one indicator a row it lays
out line by line.

The evidence is the columns' contents, not their headings: one column whose every cell names a
list of values (基準値, 実績値, 目標値: the vocabulary's baseline, actual and target words), one
whose every cell is a year, one whose cells are values; the other columns (but a remarks column)
hold the same texts on the rows of one indicator, consecutive or not (蟹江 lists every
indicator's line of one year before the next year's); no indicator lists a year twice in one
list. The wide table keeps every cell it takes where it was printed (the values
point at their own lines); each list's years become its columns, in order.

The same holds of a table whose lists stand in columns of their own, one line a year (春日部:
``No | 基本目標 | 指標名 | 単位 | 年度 | 目標値 | 実績値 | 備考``, the baseline's line saying so by
its year, ``2019（基準値）``): a remark calling a line's actual a forecast or a first figure
(``見込値（令和6年3月末時点）``) goes with the indicator's row, naming that line's year.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from jpkpi.primitives.period import document_era, find_eraless_period, find_period, year_of
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import (
    FIGURE_REMARK,
    CellClass,
    baseline_remark,
    classify,
    is_value,
    remark_qualifies,
)
from jpkpi.understanding.interpretation import row_list
from jpkpi.understanding.notices import notice
from jpkpi.understanding.vocabulary import Vocabulary

#: The lists a role column names, in the order the wide table lays them out.
_LISTS = ("baseline", "actual", "target")
#: Share of a column's body cells that must hold what its kind of column holds.
_SHARE = 0.9
#: Longest cell read as a list's word or a year (a name is longer).
_WORD_CHARS = 8
#: Fewest indicators a long table lays out (one group of rows is no evidence of a layout).
_MIN_GROUPS = 2
#: A value's place in the wide table: its list (by ``_LISTS``), the list's word as printed, its
#: year and the year as printed.
_Slot = tuple[int, str, int, str]


@dataclass(frozen=True)
class _Columns:
    """The columns of a long table: the list word's, the year's, the value's, the keys'."""

    role: int
    year: int
    value: int
    keys: tuple[int, ...]


def _role(vocabulary: Vocabulary, text: str) -> str | None:
    """The list a short cell names as a row's label does (``実績値``: actual; ``実績見込``: actual,
    its heading then flagging the values estimates), or None."""
    norm = normalize_text(text).replace(" ", "")
    if not norm or len(norm) > _WORD_CHARS:
        return None
    return row_list(vocabulary, norm)[0]


def _year(text: str) -> bool:
    """Whether a short cell is a year alone (``2023``, ``R5``, ``令和5年度``)."""
    norm = normalize_text(text).replace(" ", "")
    if not norm or len(norm) > _WORD_CHARS or (is_value(classify(norm)) and len(norm) != 4):
        return False
    found = find_period(norm)
    return found is not None and (found.fiscal_year or found.year) is not None


def _valued(text: str) -> bool:
    """Whether a cell is a value or a dash (a value not measured)."""
    cls = classify(text)
    return is_value(cls) or cls is CellClass.MISSING


def _columns(grid: list[list[Cell | None]], vocabulary: Vocabulary) -> _Columns | None:
    """The role, year and value columns of a table whose first row heads it, where each is
    one column the cells of the rows below say; None elsewhere."""
    body = grid[1:]
    width = len(grid[0])
    # each column's texts, read once and only for a column filled enough to be weighed (a
    # column of fewer printed cells has fewer texts still): the tests below weigh them again
    printed = [
        sum(1 for row in body if (cell := row[col]) is not None and cell.text.strip())
        for col in range(width)
    ]
    columns: dict[int, list[str]] = {}

    def texts(col: int) -> list[str]:
        if col not in columns:
            columns[col] = [_text(row[col]) for row in body]
        return columns[col]

    def share(col: int, test: Callable[[str], object]) -> float:
        if printed[col] < len(body) * _SHARE:
            return 0.0
        filled = [t for t in texts(col) if t]
        if len(filled) < len(body) * _SHARE:
            return 0.0
        return sum(1 for t in filled if test(t)) / len(filled)

    roles = [c for c in range(width) if share(c, lambda t: _role(vocabulary, t)) >= _SHARE]
    years = [c for c in range(width) if c not in roles and share(c, _year) >= _SHARE]
    if len(roles) != 1 or len(years) != 1:
        return None
    valued = [c for c in range(width) if c not in roles + years and share(c, _valued) >= _SHARE]
    # (No. counts the indicators, the same on each of their rows: the value column varies)
    varying = [c for c in valued if len(set(texts(c))) > len(body) // 2]
    if len(varying) != 1:
        return None
    notes = {c for c in range(width) if "note" in vocabulary.votes(_text(grid[0][c]))}
    if any(
        _remarks_on_value(row, c, row[years[0]])
        for row in body
        if _text(row[varying[0]])  # (公表予定 beside no value dates nothing read)
        for c in notes
    ):
        return None  # (a line's 備考 見込値, 暦年の値: the value is not what its columns say)
    if _YEAR_HEADING.fullmatch(_text(grid[0][years[0]]).replace(" ", "")) is None:
        return None  # (年度末, 年度（暦年）: a year heading that says more than the years)
    keys = tuple(
        c for c in range(width) if c not in (roles[0], years[0], varying[0]) and c not in notes
    )
    return _Columns(roles[0], years[0], varying[0], keys)


#: A year column's heading that says nothing but that it holds years.
_YEAR_HEADING = regex.compile(r"(?:年度|年|年次|時点)?")


def _remarks_on_value(row: list[Cell | None], col: int, year: Cell | None) -> bool:
    """Whether a line's remark qualifies its value or dates it otherwise than its year column
    (``cells.remark_qualifies``)."""
    return remark_qualifies(_text(row[col]), _text(year))


def _text(cell: Cell | None) -> str:
    return normalize_text(cell.text).strip() if cell is not None else ""


def _groups(
    body: Sequence[list[Cell | None]], keys: tuple[int, ...], *, apart: bool = False
) -> list[list[list[Cell | None]]]:
    """The body's rows in runs of the same texts in the key columns: one indicator each; with
    ``apart``, all the rows of the same texts wherever they stand, in the order each first
    appears (蟹江: lines going by 区分 and 年度, each over KPI 1 to 5 in turn)."""
    groups: dict[tuple[str, ...] | int, list[list[Cell | None]]] = {}
    last: tuple[str, ...] | None = None
    for row in body:
        key = tuple(_text(row[c]) for c in keys)
        run = key if apart else len(groups) - (key == last)
        groups.setdefault(run, []).append(row)
        last = key
    return list(groups.values())


def pivoted(table: Table, vocabulary: Vocabulary) -> Table | None:
    """The table of one indicator a row a long table lays out (its first row the header, each
    later row one value with its list and year, or one year with a value under each list's
    column), with the cells where they were printed; None for any other table."""
    if table.n_rows < 1 + 2 * _MIN_GROUPS or table.n_cols < 4:
        return None
    grid = table.grid()
    if any(c is not None and is_value(classify(c.text)) for c in grid[0]):
        return None
    found = _columns(grid, vocabulary)
    if found is None:
        return _pivoted_by_list_columns(table, grid, vocabulary)
    # (a line's 区分 and 年度 name its value's place whatever the lines' order: the lines of
    # one indicator need not run together)
    groups = _groups(grid[1:], found.keys, apart=True)
    if len(groups) < _MIN_GROUPS or any(len(g) < 2 for g in groups):
        return None
    # (list, its word as printed, year, year text) → its header cell
    slots: dict[_Slot, Cell] = {}
    placed: list[dict[_Slot, Cell]] = []
    for group in groups:
        own: dict[_Slot, Cell] = {}
        for row in group:
            role_cell, year_cell, value_cell = (row[found.role], row[found.year], row[found.value])
            word = _text(role_cell).replace(" ", "")
            role = _role(vocabulary, word)
            period = find_period(_text(year_cell))
            if value_cell is None or value_cell.empty:
                continue  # (an empty value: no observation of that year, 公表予定)
            if role is None or period is None or year_cell is None:
                return None
            slot = (_LISTS.index(role), word, year_of(period), _text(year_cell))
            if slot in own:
                return None  # (a year listed twice in one list: no one value a slot)
            own[slot] = value_cell
            slots.setdefault(slot, year_cell)
        placed.append(own)
    return _wide(table, grid[0], found, groups, placed, sorted(slots))


def _key_headings(header: Sequence[Cell | None], keys: tuple[int, ...]) -> list[Cell]:
    """The key columns' headings, each over the wide table's two header rows."""
    return [
        Cell.at(0, k, cell.text, 2, 1, cell.provenance, cell.lines)
        for k, col in enumerate(keys)
        if (cell := header[col]) is not None
    ]


def _key_cells(first: Sequence[Cell | None], keys: tuple[int, ...], row: int) -> list[Cell]:
    """An indicator's key cells, from its first line, on its row of the wide table."""
    return [
        Cell.at(row, k, cell.text, 1, 1, cell.provenance, cell.lines)
        for k, col in enumerate(keys)
        if (cell := first[col]) is not None and not cell.empty
    ]


def _year_suffix(heading: Cell | None) -> str:
    """The word a bare year takes over the wide table's columns, as the year column's heading
    says it (``年度``: ``2021年度``; ``年``; nothing)."""
    text = _text(heading)
    return "年度" if "年度" in text else ("年" if "年" in text else "")


def _wide(
    table: Table,
    header: list[Cell | None],
    found: _Columns,
    groups: list[list[list[Cell | None]]],
    placed: list[dict[_Slot, Cell]],
    slots: list[_Slot],
) -> Table:
    """The wide table: the key columns' headings over two rows, then each list's word over
    its years; one row an indicator, its key cells from its first line and each value cell
    under its list and year."""
    cells = _key_headings(header, found.keys)
    suffix = _year_suffix(header[found.year])
    base = len(found.keys)
    role_cell, year_cell = header[found.role], header[found.year]
    role_place = role_cell.provenance if role_cell is not None else table.provenance
    year_place = year_cell.provenance if year_cell is not None else table.provenance
    # each list's word as printed (実績見込 stays a forecast's) over its years
    for word in dict.fromkeys(slot[1] for slot in slots):
        at = [i for i, slot in enumerate(slots) if slot[1] == word]
        cells.append(Cell.at(0, base + at[0], word, 1, len(at), role_place, ()))
    for i, (_, _, _, year_text) in enumerate(slots):
        text = year_text + suffix if year_text.isdigit() else year_text
        cells.append(Cell.at(1, base + i, text, 1, 1, year_place, ()))
    for g, (group, own) in enumerate(zip(groups, placed, strict=True)):
        cells += _key_cells(group[0], found.keys, 2 + g)
        for i, slot in enumerate(slots):
            value = own.get(slot)
            if value is not None:
                cells.append(
                    Cell.at(2 + g, base + i, value.text, 1, 1, value.provenance, value.lines)
                )
    return Table(
        tuple(cells),
        2 + len(groups),
        base + len(slots),
        table.provenance,
        spans_printed=True,
    )


@dataclass(frozen=True)
class _ListColumns:
    """The columns of a long table whose lists stand apart: the year's, each list's (by its
    column), the remarks', the keys'."""

    year: int
    lists: dict[int, str]
    notes: tuple[int, ...]
    keys: tuple[int, ...]


def _year_key(text: str, vocabulary: Vocabulary) -> tuple[str | None, int] | None:
    """What a line's year cell says: (None, year) for a year alone, (list, year) for a year
    with a list's word (``2019（基準値）``); None for anything else."""
    norm = text.replace(" ", "")
    if not norm or len(norm) > _KEY_CHARS:
        return None
    period = find_period(norm)
    year = (period.fiscal_year or period.year) if period is not None else None
    if year is None:
        return None
    if _year(norm):
        return None, year
    role = row_list(vocabulary, norm)[0]
    if role in _LISTS:
        return role, year
    qualified = _QUALIFIED_YEAR.fullmatch(norm)
    if qualified is not None and _year(qualified.group(1)) and role is None:
        # 2020年度（最終） (湖西): a year whose bracket places it in the plan, kept whole as the
        # heading of its values; a bracket that says what the figure is (速報, 上半期, 参考)
        # leaves the table as printed
        return (None, year) if _PLACE_IN_PLAN.fullmatch(qualified.group(2)) else None
    return None


#: A year with a short bracketed word after it (``2020年度（最終）``).
_QUALIFIED_YEAR = regex.compile(r"(.+?)[(（]([^0-9()（）]{1,4})[)）]")
#: The words such a bracket may say: the year's place in the plan, nothing of the figure.
_PLACE_IN_PLAN = regex.compile(r"最終(?:年度)?|中間(?:年度)?|目標年度|計画最終年度")
#: A year cell without its era (``29年度``, ``元年度``): the era stands on a line above it.
_ERALESS_YEAR = regex.compile(r"(?:[0-9]{1,2}|元)年度")


def _year_keys(texts: Sequence[str], vocabulary: Vocabulary) -> list[tuple[str | None, int] | None]:
    """What each line's year cell says (``_year_key``), a year printed without its era read in
    the era of the nearest year above it in the column that names one (湖西: ``平成28年度``, then
    ``29年度``, ``30年度``): the column dates its lines in one run, so the era printed once
    holds until another year names its own."""
    keys: list[tuple[str | None, int] | None] = []
    era: str | None = None
    last = 0  # the year of the line above, in the run
    for text in texts:
        key = _year_key(text, vocabulary)
        if key is not None:
            era = document_era([text])  # (a Western year names none: the run ends)
        elif era is not None and _ERALESS_YEAR.fullmatch(text.replace(" ", "")):
            period = find_eraless_period(text, era)
            key = (None, period.fiscal_year) if period and period.fiscal_year else None
            if key is not None and key[1] <= last:
                # (平成30年度, 31年度, 2年度: the era changed where the column does not say so)
                key, era = None, None
        keys.append(key)
        last = key[1] if key is not None else 0
    return keys


#: Longest year cell read with a list's word (``2019（基準値）``, ``令和元年度（基準値）``).
_KEY_CHARS = 14


def _list_columns(grid: list[list[Cell | None]], vocabulary: Vocabulary) -> _ListColumns | None:
    """The year column and the list columns of a table whose first row heads it, two lists or
    more each in a column of its own, and whose year column the lines below fill; None
    elsewhere."""
    header, body = grid[0], grid[1:]
    lists = {
        col: role
        for col, cell in enumerate(header)
        if cell is not None
        and cell.col == col
        and (role := row_list(vocabulary, _text(cell))[0]) in _LISTS
    }
    if len(set(lists.values())) < 2:
        return None
    if any(find_period(_text(header[c])) is not None for c in lists) or any(
        cell is not None and cell.rowspan > 1 for row in body for c in lists if (cell := row[c])
    ):
        # 基準値（H30） merged down beside the lines of R元 and R2 (岩国): a value of its own
        # year, no line's; the lines are read as rows of the table as printed
        return None
    notes = tuple(
        c
        for c, cell in enumerate(header)
        if cell is not None and "note" in vocabulary.votes(_text(cell))
    )
    years = [
        c
        for c in range(len(header))
        if c not in lists
        and c not in notes
        and sum(k is not None for k in _year_keys([_text(row[c]) for row in body], vocabulary))
        >= len(body) * _SHARE
    ]
    if len(years) != 1 or _YEAR_HEADING.fullmatch(_text(header[years[0]]).replace(" ", "")) is None:
        return None
    # (達成率 is worked out from each line's values: it differs from line to line of one
    # indicator, and is none of its values)
    judged = {
        c
        for c, cell in enumerate(header)
        if cell is not None and "ratio" in vocabulary.votes(_text(cell))
    }
    keys = tuple(
        c
        for c in range(len(header))
        if c not in lists and c not in notes and c not in judged and c != years[0]
    )
    return _ListColumns(years[0], lists, notes, keys) if keys else None


def _pivoted_by_list_columns(
    table: Table, grid: list[list[Cell | None]], vocabulary: Vocabulary
) -> Table | None:
    """The table of one indicator a row a long table lays out one year a line, each list's
    value in its own column (see the module's docstring); None for any other table."""
    found = _list_columns(grid, vocabulary)
    if found is None:
        return None
    # (a note line closing the table, 注記 | 年度は会計年度…: no line of an indicator)
    lines = grid[1:]
    year_keys = _year_keys([_text(row[found.year]) for row in lines], vocabulary)
    keyed = {id(row): key for row, key in zip(lines, year_keys, strict=True) if key is not None}
    body = [row for row in lines if id(row) in keyed]
    if len(body) < len(grid[1:]) * _SHARE:
        return None
    groups = _groups(body, found.keys)
    if len(groups) < _MIN_GROUPS or any(len(g) < 2 for g in groups):
        return None
    slots: dict[_Slot, Cell] = {}
    placed: list[dict[_Slot, Cell]] = []
    remarks: list[list[Cell]] = []
    for group in groups:
        own: dict[_Slot, Cell] = {}
        said: list[Cell] = []
        for row in group:
            year_cell = row[found.year]
            assert year_cell is not None
            listed, year = keyed[id(row)]
            values = [
                (col, row[col])
                for col in found.lists
                if (cell := row[col]) is not None and not cell.empty
            ]
            if any(not _valued(_text(cell)) for _, cell in values if cell is not None):
                return None  # (words under a list: not a line of values)
            based = next((r for c in found.notes if baseline_remark(r := _text(row[c]))), None)
            if (
                listed is None
                and based is not None
                and row is group[0]  # (the indicator's first line: a later one compares)
                and [found.lists[c] for c, _ in values] == ["actual"]
            ):
                # 2019（R元） | (no target) | 6,120 | 基準値 (七ヶ浜): the remark makes the line's
                # one measured value the baseline, its year cell with the remark its heading
                listed = "baseline"
                year_cell = Cell.at(
                    year_cell.row,
                    year_cell.col,
                    f"{_text(year_cell)}（{based}）",
                    1,
                    1,
                    year_cell.provenance,
                    (),
                )
            if listed is not None and len(values) > 1:
                return None  # (a baseline's line with two values: which is the baseline?)
            for col, cell in values:
                assert cell is not None
                if listed is not None:
                    slot = (_LISTS.index(listed), _text(year_cell), year, "")
                else:
                    role = found.lists[col]
                    slot = (_LISTS.index(role), _text(grid[0][col]), year, _text(year_cell))
                if slot in own:
                    return None  # (a year listed twice in one list)
                own[slot] = cell
                slots.setdefault(slot, year_cell)
            for c in found.notes:
                remark = _text(row[c])
                if not remark_qualifies(remark, _text(year_cell)):
                    continue
                if not FIGURE_REMARK.search(remark) or listed is not None:
                    # (暦年の値, 令和4年度の値: the value is not what its line says, which the wide
                    # table has no place for)
                    notice(
                        f"the table at {table.place} lists one year a line, but the remark "
                        f"{remark!r} on the line of {_text(year_cell)} counts its value otherwise: "
                        "read line by line, its values undated"
                    )
                    return None
                said.append(_restated(row[c], year_cell))
        placed.append(own)
        remarks.append(said)
    wide = _wide_by_lists(table, grid[0], found, groups, placed, sorted(slots), slots)
    return _with_remarks(wide, remarks, grid[0][found.notes[0]] if found.notes else None)


def _restated(remark: Cell | None, year: Cell) -> Cell:
    """A line's remark on its forecast, said of its year's actual as the indicator's row reads
    it (``見込値（…時点）`` on the 2023 line: ``2023年度の実績は見込値（…時点）``), placed where the
    remark was printed."""
    assert remark is not None
    year_text = _text(year)
    text = f"{year_text}年度" if year_text.isdigit() else year_text
    return Cell.at(0, 0, f"{text}の実績は{_text(remark)}", 1, 1, remark.provenance, ())


def _wide_by_lists(
    table: Table,
    header: list[Cell | None],
    found: _ListColumns,
    groups: list[list[list[Cell | None]]],
    placed: list[dict[_Slot, Cell]],
    slots: list[_Slot],
    years: dict[_Slot, Cell],
) -> Table:
    """The wide table: the key columns' headings over two rows, a baseline line's year cell
    over its value, each list's heading over its years; one row an indicator."""
    cells = _key_headings(header, found.keys)
    base = len(found.keys)
    suffix = _year_suffix(header[found.year])
    col = base
    for word in dict.fromkeys((slot[0], slot[1]) for slot in slots):
        at = [s for s in slots if (s[0], s[1]) == word]
        if not at[0][3]:  # a baseline's line (2019（基準値）): its year cell heads its value
            for s in at:
                # (2019年度（基準値）: the year column's word after a bare year, as over the others)
                text = regex.sub(r"^([0-9]{4})(?![0-9年])", rf"\g<1>{suffix}", _text(years[s]))
                cells.append(Cell.at(0, col, text, 2, 1, years[s].provenance, ()))
                col += 1
            continue
        heading = next(c for c in header if c is not None and _text(c) == at[0][1])
        cells.append(Cell.at(0, col, heading.text, 1, len(at), heading.provenance, ()))
        for s in at:
            text = s[3] + suffix if s[3].isdigit() else s[3]
            cells.append(Cell.at(1, col, text, 1, 1, years[s].provenance, ()))
            col += 1
    place = {s: base + i for i, s in enumerate(slots)}
    for g, (group, own) in enumerate(zip(groups, placed, strict=True)):
        cells += _key_cells(group[0], found.keys, 2 + g)
        for s, value in own.items():
            cells.append(Cell.at(2 + g, place[s], value.text, 1, 1, value.provenance, value.lines))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(
        tuple(cells), 2 + len(groups), base + len(slots), table.provenance, spans_printed=True
    )


def _with_remarks(wide: Table, remarks: list[list[Cell]], heading: Cell | None) -> Table:
    """The wide table with a remarks column where a line's remark speaks of its value; the
    table as it is where none does."""
    if not any(remarks) or heading is None:
        return wide
    col = wide.n_cols
    cells = [*wide.cells, Cell.at(0, col, heading.text, 2, 1, heading.provenance, ())]
    for g, said in enumerate(remarks):
        if said:
            text = "。".join(c.text for c in said)
            cells.append(Cell.at(2 + g, col, text, 1, 1, said[0].provenance, ()))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(tuple(cells), wide.n_rows, col + 1, wide.provenance, spans_printed=True)


__all__ = ["pivoted"]
