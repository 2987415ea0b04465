"""Rows of the counts a rate is worked out from, under the rate's name merged down beside them.

A sheet may merge a rate's name down over three rows labelled beside it (江府:
``特定健康診査受診率`` over ``受診者数 | 人``, ``対象者数 | 人``, ``受診率 | %``): one row holds
the indicator's own figures, the one whose label the name ends with (``受診率``); the others
give the counts it is worked out from. The reader takes each labelled row for a draft (the
first under the name, the rest under their labels); this stage keeps the rate's row under the
name and leaves the counts out, each said in a document warning. Where no label ends the name,
or several do, the rows are left as read.
"""

from __future__ import annotations

from collections.abc import Sequence

from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import CellClass, classify
from jpkpi.understanding.drafts import Draft
from jpkpi.understanding.notices import notice

#: Longest label of a component row (``受診者数``, ``対象者数``, ``受診率``).
_MAX_LABEL_CHARS = 8


def _label(grid: list[list[Cell | None]], r: int, name: Cell) -> str | None:
    """The short word a row prints right of the merged name (its 区分 cell), if one."""
    after = name.col + name.colspan
    for cell in grid[r][after:]:
        if cell is None or cell.empty:
            continue
        text = normalize_text(cell.text).replace(" ", "")
        if (
            cell.row == r
            and classify(cell.text) is CellClass.TEXT
            and len(text) <= _MAX_LABEL_CHARS
        ):
            return text
        return None
    return None


def without_component_rows(table: Table, drafts: Sequence[Draft]) -> list[Draft]:
    """The drafts with each rate's own row under its merged name and no drafts of the counts
    printed with it (see the module's docstring)."""
    grid = table.grid()
    by_row = {d.row: d for d in drafts if d.row is not None}
    dropped: set[int] = set()  # ids of drafts left out
    for d in drafts:
        if d.row is None or not d.indicator or id(d) in dropped:
            continue
        name = normalize_text(d.indicator).replace(" ", "")
        merged = next(
            (
                c
                for c in grid[d.row]
                if c is not None
                and c.row == d.row
                and c.rowspan > 1
                and normalize_text(c.text).replace(" ", "") == name
            ),
            None,
        )
        if merged is None or merged.row + merged.rowspan > len(grid):
            continue
        rows = range(merged.row, merged.row + merged.rowspan)
        labels = {r: _label(grid, r, merged) for r in rows}
        own = [r for r, label in labels.items() if label and name.endswith(label)]
        if None in labels.values() or len(own) != 1 or any(r not in by_row for r in rows):
            continue
        keep = by_row[own[0]]
        counts = [by_row[r] for r in rows if r != own[0]]
        # the counts' values, read and set aside on purpose: no value the reading missed
        aside = [v for c in counts for v in (c.baseline, *c.targets, *c.actuals) if v is not None]
        if keep is not d:
            d.baseline, d.targets, d.actuals = keep.baseline, keep.targets, keep.actuals
            d.unit, d.status = keep.unit or d.unit, keep.status or d.status
            d.warnings.extend(w for w in keep.warnings if w not in d.warnings)
        d.superseded.extend(aside)
        parts = [labels[r] for r in rows if r != own[0]]
        for r in rows:
            if by_row[r] is not d:
                dropped.add(id(by_row[r]))
        notice(
            f"the rows {', '.join(p or '' for p in parts)} under {normalize_text(d.indicator)} "
            f"give the counts its {labels[own[0]]} is worked out from: not read as indicators"
        )
    return [d for d in drafts if id(d) not in dropped]
