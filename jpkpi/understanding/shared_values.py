"""Values printed once for several indicators: a value cell merged down over the rows of two
indicators or more (木更津: `15.0` in the 目標 column over 胃がん検診受診率 and 大腸がん検診受診率,
a note saying their target is shared) is each row's value.

Only a cell that reads as a value is so read, only where each row it spans names an indicator
of its own and prints another value of its own, where no cell that names something is merged
over the same rows (a program's 事業費 beside its merged program, one indicator's rows under its
merged name; a unit or a target year merged with the value does not count), where the rows
print one unit, or none (under a 単位 heading, closing their names or in their values:
件 and ％, or a unit and none, and no figure is known to be both's), and
where the column holds values of single rows too: a merged dash over a group's heading rows, a
column of values each merged over an indicator's two rows (村 | 全国平均), stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from jpkpi.errors import ParseError
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import CellClass, classify, is_value, unit_word
from jpkpi.understanding.layouts import unit_in_name, unit_key
from jpkpi.understanding.vocabulary import Role, header_role


def with_shared_values(table: Table) -> Table:
    """The table with each value cell merged over several indicators' rows repeated in each
    (the same table where there is none)."""
    merged = [c for c in table.cells if c.rowspan > 1 and c.colspan == 1 and not c.empty]
    if not merged:
        return table
    valued = [c for c in merged if classify(c.text) is CellClass.QUANTITY]
    if not valued:
        return table
    grid = table.grid()
    # the cells merged over each run of rows, and the columns that print a value of one row
    # (each found once, not again for every merged value: a workbook's sheet is large)
    over: dict[tuple[int, int], list[Cell]] = {}
    for c in merged:
        over.setdefault((c.row, c.rowspan), []).append(c)
    columns = {c.col for c in valued}
    single = {
        c.col
        for c in table.cells
        if c.col in columns and c.rowspan == 1 and is_value(classify(c.text))
    }
    heads = grid[: min(len(grid), _HEAD_ROWS)]
    unit_cols = {
        c.col for row in heads for c in row if c is not None and header_role(c.text) is Role.UNIT
    }
    copies: dict[tuple[int, int], list[Cell]] = {}
    for cell in valued:
        alongside = over[(cell.row, cell.rowspan)]
        if any(_names(c, grid) for c in alongside):
            continue  # a program or a name merged over the same rows: the value is its (事業費)
        if cell.col not in single:
            continue  # every value of the column merged so: one indicator's rows (村 | 全国平均)
        rows = range(cell.row, min(cell.row + cell.rowspan, table.n_rows))
        units = [_row_unit(grid, r, cell.col, unit_cols) for r in rows]
        if len(set(units)) > 1:
            # (件 over one row, ％ over the next, or a unit over one row and none over the
            # next: no figure is known to be both's, review 47)
            continue
        if all(_indicator_row(grid, r, cell.col) for r in rows):
            # the unit or the target year merged with it: each row's too
            for c in alongside:
                copies[(c.row, c.col)] = [_copy(c, r, grid) for r in rows]
    if not copies:
        return table
    cells: list[Cell] = []
    for c in table.cells:
        cells.extend(copies.get((c.row, c.col), [c]))
    cells.sort(key=lambda c: (c.row, c.col))
    return replace(table, cells=tuple(cells))


#: Rows at the top of a table where a 単位 heading is looked for.
_HEAD_ROWS = 3


def _row_unit(grid: list[list[Cell | None]], r: int, col: int, unit_cols: set[int]) -> str | None:
    """The unit a row prints: in a cell of its own under a 単位 heading, else closing its name,
    the name nearest left of ``col`` first (a 施策 column may stand left of it: ``販売個数（個）``),
    else in its other value cells (``4,000千円``), as a key two spellings of one unit share;
    None where it prints none."""
    own = [c for c in grid[r] if c is not None and c.row == r and c.rowspan == 1 and not c.empty]
    for c in own:
        if c.col in unit_cols:
            return unit_key(c.text)
    names = [c for c in own if c.col < col and classify(c.text) is CellClass.TEXT]
    for c in sorted(names, key=lambda c: -c.col):
        named = unit_in_name(c.text)
        if named is not None:
            return unit_key(named[1])
    for c in own:
        if c.col == col or not is_value(classify(c.text)):
            continue
        try:
            printed = parse_quantity(c.text).unit
        except ParseError:
            continue
        if printed:
            return unit_key(printed)
    return None


def _names(cell: Cell, grid: list[list[Cell | None]]) -> bool:
    """Whether a merged cell names something (a program, an indicator), not a year (``R7``) or
    a unit (``%``, ``ポイント``: under a 単位 heading, or a unit word) merged with a shared
    value."""
    cls = classify(cell.text)
    if is_value(cls) or cls is CellClass.PERIOD or unit_word(cell.text):
        return False
    top = grid[0][cell.col] if grid and cell.col < len(grid[0]) else None
    return top is None or top is cell or header_role(top.text) is not Role.UNIT


def _copy(cell: Cell, r: int, grid: list[list[Cell | None]]) -> Cell:
    """The merged cell's copy on row ``r``, placed on the page where that row's own cells are."""
    bbox = cell.provenance.bbox
    own = [c.provenance.bbox for c in grid[r] if c is not None and c.row == r and c.rowspan == 1]
    boxes = [b for b in own if b is not None]
    if bbox is not None and boxes:
        bbox = (bbox[0], min(b[1] for b in boxes), bbox[2], max(b[3] for b in boxes))
    return replace(cell, row=r, rowspan=1, provenance=replace(cell.provenance, bbox=bbox))


def _indicator_row(grid: list[list[Cell | None]], r: int, col: int) -> bool:
    """Whether row ``r`` names an indicator in a cell of its own left of ``col`` and prints a
    value of its own elsewhere."""
    own = [c for c in grid[r] if c is not None and c.row == r and c.rowspan == 1 and not c.empty]
    named = any(c.col < col and classify(c.text) is CellClass.TEXT for c in own)
    valued = any(c.col != col and is_value(classify(c.text)) for c in own)
    return named and valued
