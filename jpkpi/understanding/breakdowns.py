"""Breakdowns in columns: one row's values split by the words under each period's heading.

A sheet may print each period's heading over the same short words (室戸: ``策定時（H26）``,
``実績値（R元）`` and ``目標値（R3）`` each over ``男性 | 女性``): a row that fills each of them
measures each part apart, a record each (``健康寿命(男性)``, ``健康寿命(女性)``); a row whose
cells are merged across the parts is one record under its name. Either reader of a table gives
its drafts; this stage splits them by the columns their values were read from.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import fields

from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import breakdown_word
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.interpretation import RegionReading, TableInterpretation
from jpkpi.understanding.layouts import column_value_cell

#: Roles of the columns whose values a breakdown divides.
_VALUE_ROLES = frozenset({"baseline", "target", "actual"})


def breakdown_columns(table: Table, region: RegionReading) -> dict[int, str]:
    """The value columns of a region whose innermost heading is a breakdown's word under a
    heading that spans them and ends right above it, the same words under two such headings or
    more: column → its word. Nothing where the words stand under one heading only, or under
    headings that differ in them (the words are then no parts the sheet repeats)."""
    heads = set(region.header_rows)
    inner = max(heads, default=-1)
    if inner - 1 not in heads:
        return {}
    grid = table.grid()
    under: dict[int, list[tuple[int, str]]] = {}
    for col in region.columns:
        if col.role not in _VALUE_ROLES:
            continue
        cell, above = grid[inner][col.index], grid[inner - 1][col.index]
        if cell is None or cell.empty or cell.row != inner or cell.colspan != 1:
            continue
        if above is None or above.empty or above.colspan < 2 or above.row + above.rowspan != inner:
            continue
        word = normalize_text(cell.text).replace(" ", "")
        if breakdown_word(word):
            under.setdefault(id(above), []).append((col.index, word))
    shapes = Counter(tuple(w for _, w in cols) for cols in under.values())
    out: dict[int, str] = {}
    for cols in under.values():
        words = tuple(w for _, w in cols)
        if len(set(words)) >= 2 and shapes[words] >= 2:
            out.update(cols)
    return out


def split_by_breakdown(
    table: Table, reading: TableInterpretation, drafts: list[Draft]
) -> list[Draft]:
    """Each draft whose values stand in the columns of two parts or more, as a draft a part,
    named ``name(part)``; a value merged across the parts goes to each, with a warning."""
    parts: dict[int, str] = {}
    for region in reading.regions:
        parts.update(breakdown_columns(table, region))
    if not parts:
        return drafts
    cells = {id(c.provenance): c for c in table.cells}
    grid = table.grid()
    out: list[Draft] = []
    for d in drafts:
        split = _split(d, parts, cells)
        for piece in split:
            if piece.baseline is None and piece.row is not None:
                # a reader keeps one baseline a row: the other part's is in its own column
                piece.baseline = _baseline_of(grid, reading, parts, piece.row, piece.part)
        out.extend(split if split else [d])
    return out


def _baseline_of(
    grid: list[list[Cell | None]],
    reading: TableInterpretation,
    parts: dict[int, str],
    row: int,
    part: str | None,
) -> ValueCell | None:
    """The value a row prints in the baseline column of a part, if any."""
    for region in reading.regions:
        for col in region.columns:
            if col.role != "baseline" or parts.get(col.index) != part:
                continue
            cell = grid[row][col.index]
            if cell is not None and not cell.empty and cell.row == row and cell.colspan == 1:
                return column_value_cell(region, cell)
    return None


def _part_of(vc: ValueCell, parts: dict[int, str], cells: dict[int, Cell]) -> str | None:
    """The part a value's column names; None for a value merged across columns."""
    cell = cells.get(id(vc.where)) if vc.where is not None else None
    if cell is None or cell.colspan != 1:
        return None
    return parts.get(cell.col)


def _split(d: Draft, parts: dict[int, str], cells: dict[int, Cell]) -> list[Draft]:
    """The drafts of one draft's parts, in the order the columns print them; none where its
    values name fewer than two parts or the draft has no name to break down."""
    values = ([d.baseline] if d.baseline else []) + d.targets + d.actuals
    named = list(dict.fromkeys(p for v in values if (p := _part_of(v, parts, cells))))
    if len(named) < 2 or not d.indicator:
        return []
    shared = [v for v in values if _part_of(v, parts, cells) is None]
    out = []
    for part in named:

        def mine(v: ValueCell, part: str = part) -> bool:
            return _part_of(v, parts, cells) in (None, part)

        piece = copy.copy(d)
        for f in fields(d):
            if isinstance(value := getattr(d, f.name), list):
                setattr(piece, f.name, list(value))  # lists of its own to change
        piece.indicator = f"{normalize_text(d.indicator)}({part})"
        piece.part = part
        piece.baseline = d.baseline if d.baseline and mine(d.baseline) else None
        piece.targets = [v for v in d.targets if mine(v)]
        piece.actuals = [v for v in d.actuals if mine(v)]
        if shared:
            piece.warnings.append(
                f"{', '.join(repr(v.text) for v in shared)} printed across the "
                f"{' | '.join(named)} columns: read as the value of each"
            )
        out.append(piece)
    return out
