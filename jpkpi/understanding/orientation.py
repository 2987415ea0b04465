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
from jpkpi.understanding.cells import CellClass, classify, is_value
from jpkpi.understanding.interpretation import column_votes
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
    named = False
    for r, role in enumerate(roles):
        cells = _row_cells(grid, r)
        if not cells:
            return None
        classes = [classify(c.text) for c in cells]
        if role & _VALUE_ROLES and not role & {"unit", "indicator"}:
            held = sum(is_value(k) or k is CellClass.MISSING for k in classes)
            if held < _VALUE_SHARE * len(cells):
                return None  # a row named for values that holds none
        elif "indicator" in role or not role:
            named = named or sum(k is CellClass.TEXT for k in classes) * 2 >= len(cells)
    if not named:
        return None  # no row names the indicators
    turned = tuple(
        Cell(c.col, c.row, c.text, c.colspan, c.rowspan, c.provenance, c.header, c.lines)
        for c in sorted(table.cells, key=lambda c: (c.col, c.row))
    )
    return Table(turned, table.n_cols, table.n_rows, table.provenance)


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
