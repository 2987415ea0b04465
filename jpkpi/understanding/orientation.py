"""Which way a table runs: a table whose first column is its header (``KPI | 単位 | 基準値 |
目標値 | 実績値`` down the side, one indicator a column) is read turned a quarter, as the table
of one indicator a row it is printed in place of.

The evidence is the table's shape, not one word: every row starts with a label of its own (no
value, none printed twice: repeated labels are transposed blocks, one indicator each); most
labels name what a header names (unit, baseline, target, actual, status, indicator), at
least two of them lists of values; the rows those labels name hold values across; one row
holds the names, and none rising periods across under a label that names no list (``平成（年度）
| 18 | 19``: a block of one indicator; ``年度 | R5 | R5``, each indicator's year, may); and the
first row, read as a header, names no list of values and no unit (if it did, the table runs the
usual way and its first column holds names).
"""

from __future__ import annotations

import itertools

from jpkpi.primitives.period import find_period
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import FIGURE_REMARK, CellClass, classify, is_value
from jpkpi.understanding.interpretation import column_votes
from jpkpi.understanding.notices import notice
from jpkpi.understanding.vocabulary import Vocabulary

#: Lists of values a row label may name.
_VALUE_ROLES = frozenset({"baseline", "target", "actual"})
#: Header roles a first column's labels name when it is the table's header.
_HEADER_ROLES = _VALUE_ROLES | {"unit", "indicator", "status", "estimate", "ratio"}
#: Longest row label read as a header cell (a name is longer).
_LABEL_CHARS = 20
#: Share of the first column's labels that must name a header role.
_LABELLED_SHARE = 0.6
#: Share of a value row's cells (after its label) that must hold values (or dashes).
_VALUE_SHARE = 0.6
#: Widest table turned: a header column over more indicators than this is unlikely.
_MAX_COLUMNS = 16


def _votes(vocabulary: Vocabulary, text: str) -> set[str]:
    """The roles a label's words vote for, as a header cell's would (none for a longer text)."""
    if len(normalize_text(text).replace(" ", "")) > _LABEL_CHARS:
        return set()
    return set(column_votes(vocabulary, text))


def transposed(table: Table, vocabulary: Vocabulary) -> Table | None:
    """The table turned a quarter (rows become columns) when its first column is its header
    (see the module's docstring); None when it runs the usual way."""
    if table.n_rows < 3 or not 2 <= table.n_cols <= _MAX_COLUMNS:
        return None
    grid = table.grid()
    labels: list[Cell] = []
    for r in range(table.n_rows):
        cell = grid[r][0]
        if cell is None or cell.empty or cell.row != r or cell.rowspan > 1 or cell.colspan > 1:
            return None  # a row without a label of its own: not a header column
        if is_value(classify(cell.text)) or len(normalize_text(cell.text)) > _LABEL_CHARS:
            return None
        labels.append(cell)
    texts = [normalize_text(c.text).replace(" ", "") for c in labels]
    if len(set(texts)) < len(texts):
        return None  # 指標名 | 年度 | 計画 | 実績 again and again: blocks, one indicator each
    roles = [_votes(vocabulary, c.text) & _HEADER_ROLES for c in labels]
    if sum(bool(r) for r in roles) < _LABELLED_SHARE * len(roles):
        return None
    if len({role for r in roles for role in r & _VALUE_ROLES}) < 2:
        return None  # one list down the side (目標 only): periods down the side, read as such
    if any(_votes(vocabulary, c.text) & (_VALUE_ROLES | {"unit"}) for c in _row_cells(grid, 0)):
        return None  # 指標名 | 基準値 | 目標値: a header across the top; the table runs as usual
    for r, role in enumerate(roles):
        if not role and _rising_periods(_row_cells(grid, r)):
            return None  # 平成（年度） | 18 | 19 | 20: the periods run across; blocks, not turned
    if not _held_and_named([(_row_cells(grid, r), role) for r, role in enumerate(roles)]):
        return None  # a row named for values that holds none, or no row names the indicators
    turned = tuple(
        Cell(c.col, c.row, c.text, c.colspan, c.rowspan, c.provenance, c.header, c.lines)
        for c in sorted(table.cells, key=lambda c: (c.col, c.row))
    )
    return Table(turned, table.n_cols, table.n_rows, table.provenance)


def _held_and_named(rows: list[tuple[list[Cell], set[str]]]) -> bool:
    """Whether every labelled row (its cells after the label, and the roles its label names)
    holds something, each row named for values holds values (or dashes) mostly, and one row
    (named for indicators, or for nothing) holds names mostly."""
    named = False
    for cells, role in rows:
        if not cells:
            return False
        classes = [classify(c.text) for c in cells]
        if role & _VALUE_ROLES and not role & {"unit", "indicator"}:
            held = sum(is_value(k) or k is CellClass.MISSING for k in classes)
            if held < _VALUE_SHARE * len(cells):
                return False
        elif "indicator" in role or not role:
            named = named or sum(k is CellClass.TEXT for k in classes) * 2 >= len(cells)
    return named


def _rising_periods(cells: list[Cell]) -> bool:
    """Whether a row's cells are two periods or more, each later than the one before (years
    across); ``R5 | R5 | R5`` (each indicator's year) is none."""
    years = []
    for c in cells:
        if classify(c.text) is not CellClass.PERIOD:
            return False
        found = find_period(c.text)
        year = None if found is None else found.fiscal_year or found.year
        if year is None:
            return False
        years.append(year)
    return len(years) >= 2 and all(a < b for a, b in itertools.pairwise(years))


def _row_cells(grid: list[list[Cell | None]], r: int) -> list[Cell]:
    """A row's own non-empty cells after its label."""
    return [c for c in grid[r][1:] if c is not None and c.row == r and not c.empty]


#: Widest label area read down the side: a year over its 目標 | 実績 sub-labels.
_LABEL_COLUMNS = 2


def transposed_wide(table: Table, vocabulary: Vocabulary) -> Table | None:
    """The table turned a quarter when its first two columns label its rows: a year over its
    目標 | 実績 sub-labels (``令和3年度 | 目標`` then ``| 実績``), with labels of both columns'
    width between them (``単位``, ``基準値（2020年度）``); the turned table has a header of two
    rows, a year over its lists. A note row across the whole table and a 備考 column at the
    right are left out: notes, no values. None when the table does not run this way."""
    if table.n_rows < 4 or not 3 <= table.n_cols <= _MAX_COLUMNS:
        return None
    grid = table.grid()
    n_cols = table.n_cols
    note_cols = _note_columns(grid, vocabulary)
    width = n_cols - len(note_cols)
    kept_rows: list[int] = []
    notes: list[Cell] = []
    labels: list[str] = []
    roles: list[set[str]] = []
    split = False
    for r in range(table.n_rows):
        first = grid[r][0]
        if first is None or first.empty:
            return None
        if first.col == 0 and first.colspan >= width:
            if first.row == r and first.rowspan == 1 and not is_value(classify(first.text)):
                notes.append(first)  # ※… across the table: a note, kept under the turned grid
                continue
            return None
        outer, inner = first, grid[r][1]
        if first.colspan >= _LABEL_COLUMNS:
            inner = None
        elif inner is None or inner.empty or inner.colspan > 1:
            return None
        parts = [c for c in (outer, inner) if c is not None]
        if any(
            is_value(classify(c.text)) or len(normalize_text(c.text)) > _LABEL_CHARS for c in parts
        ):
            return None
        own = [c for c in parts if c.row == r]
        if not own:
            if first.rowspan > 1 and r > 0:  # a row under a label of two rows: names, say
                kept_rows.append(r)
                labels.append("")
                roles.append(set())
                continue
            return None
        if inner is not None:
            if find_period(outer.text) is None:
                return None  # only a year labels a group of sub-labelled rows
            split = split or outer.rowspan > 1
        text = "".join(normalize_text(c.text).replace(" ", "") for c in parts)
        kept_rows.append(r)
        labels.append(text)
        roles.append(set().union(*(_votes(vocabulary, c.text) for c in own)) & _HEADER_ROLES)
    if not split:
        return None
    named = [t for t in labels if t]
    if len(set(named)) < len(named):
        return None
    if len({role for r in roles for role in r & _VALUE_ROLES}) < 2:
        return None
    if sum(bool(r) for r in roles) < _LABELLED_SHARE * len(roles):
        return None
    labelled = [
        (
            [
                c
                for c in grid[r][_LABEL_COLUMNS:width]
                if c is not None and c.row == r and not c.empty
            ],
            role,
        )
        for r, role in zip(kept_rows, roles, strict=True)
    ]
    if not _held_and_named(labelled):
        return None
    place = {r: i for i, r in enumerate(kept_rows)}
    turned = []
    for c in sorted(table.cells, key=lambda c: (c.col, c.row)):
        if c.col >= width:
            continue
        rows = [r for r in range(c.row, c.row + c.rowspan) if r in place]
        if not rows:
            continue
        turned.append(
            Cell(
                c.col,
                place[rows[0]],
                c.text,
                min(c.colspan, width - c.col),
                len(rows),
                c.provenance,
                c.header,
                c.lines,
                c.fill,
            )
        )
    # the notes under the turned grid, each a row of its own across it, as a note row in a grid
    # is (檜枝岐's ▽ row); a remark of the 備考 column stands for its row, which is no longer one
    remarks = [
        cell
        for r in kept_rows
        for c in note_cols
        if (cell := grid[r][c]) is not None and cell.row == r and not cell.empty
    ]
    under = sorted(notes + remarks, key=lambda c: (c.row, c.col))
    for k, c in enumerate(under):
        turned.append(
            Cell(width + k, 0, c.text, 1, len(kept_rows), c.provenance, False, c.lines, c.fill)
        )
    for c in remarks:
        if FIGURE_REMARK.search(c.text):
            notice(
                f"the remark {normalize_text(c.text)!r} beside row {c.row + 1} of a grid read "
                "turned was not applied to that row's values: check them"
            )
    return Table(tuple(turned), width + len(under), len(kept_rows), table.provenance)


def _note_columns(grid: list[list[Cell | None]], vocabulary: Vocabulary) -> list[int]:
    """The columns at the right that a 備考 heading tops: remarks, no values."""
    cols = []
    for c in range(len(grid[0]) - 1, 1, -1):
        top = grid[0][c]
        if top is None or top.col != c or "note" not in _votes(vocabulary, top.text):
            break
        cols.append(c)
    return cols
