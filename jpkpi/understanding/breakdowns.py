"""Breakdowns in columns: one row's values split by the words under each period's heading.

A sheet may print each period's heading over the same short words (室戸: ``策定時（H26）``,
``実績値（R元）`` and ``目標値（R3）`` each over ``男性 | 女性``): a row that fills each of them
measures each part apart, a record each (``健康寿命(男性)``, ``健康寿命(女性)``); a row whose
cells are merged across the parts is one record under its name. Either reader of a table gives
its drafts; this stage splits them by the columns their values were read from, in the rows
the breakdown's header heads (a row under a later header that redefines the columns is not
split). Words that compare the town with another body (``本市 | 全国``) or a year with the
running total (``単年度 | 累計``) are no parts of one indicator.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import fields

import regex

from jpkpi.primitives.quantity import CUMULATIVE_PREFIXES
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import WHOLE_WORDS, breakdown_word
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.interpretation import (
    RegionReading,
    TableInterpretation,
)
from jpkpi.understanding.layouts import column_value_cell

#: Roles of the columns whose values a breakdown divides.
_VALUE_ROLES = frozenset({"baseline", "target", "actual"})

#: A word naming a prefecture or the nation (高知県, 北海道, 大阪府, 全国): another body's figures
#: beside the town's, no part of its indicator (県内 | 県外, inside and outside, are parts).
_OTHER_BODY = regex.compile(r"(?:県|都|道|府|国)$")
#: Words under a heading that count periods, not parts (1年目 | 2年目, 前期 | 後期).
_PERIOD_WORD = regex.compile(
    r"[0-9０-９一二三四五六七八九十]+年目|[前後中]期|上半期|下半期|[上下]期"
)

#: Words under a period's heading that are no parts of one indicator: another body's figures
#: beside the town's (本市 | 全国: the nation's are no indicator of the town), and a year's
#: figure beside the running total (単年度 | 累計: two readings of one indicator).
_NOT_PARTS = frozenset(
    {"全国", "国", "県", "全県", "本市", "本町", "本村", "市", "町", "村", "当市", "当町", "当村",
     "単年度", "単年", "累計値", "累積", "年度計", *CUMULATIVE_PREFIXES}
)  # fmt: skip


def breakdown_columns(table: Table, region: RegionReading) -> dict[int, str]:
    """The value columns of a region whose innermost heading is a breakdown's word under a
    heading that spans them and ends right above it, the same words under two such headings or
    more: column → its word ("" for the whole's column, 総数 or 計). Nothing where the words
    stand under one heading only, under headings that differ in them, or compare the town with
    another body or the year with the total (_NOT_PARTS)."""
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
        if (breakdown_word(word) or word in WHOLE_WORDS) and not _PERIOD_WORD.fullmatch(word):
            under.setdefault(id(above), []).append((col.index, word))
    shapes = Counter(tuple(w for _, w in cols) for cols in under.values())
    out: dict[int, str] = {}
    for cols in under.values():
        words = tuple(w for _, w in cols)
        if (
            len(set(words)) >= 2
            and shapes[words] >= 2
            and not set(words) & _NOT_PARTS
            and not any(_OTHER_BODY.search(w) for w in words)
        ):
            out.update((col, "" if word in WHOLE_WORDS else word) for col, word in cols)
    return out


def split_by_breakdown(
    table: Table, reading: TableInterpretation, drafts: list[Draft]
) -> list[Draft]:
    """Each draft whose values stand in the columns of two parts or more, as a draft a part,
    named ``name(part)``, in the order the columns print the parts; a value merged across the
    parts goes to each, with a warning; a value of a column of no part stays on a draft under
    the name alone (the whole's)."""
    parts: dict[int, str] = {}
    until = table.n_rows  # the rows the breakdown's header heads: up to the next header row
    for region in reading.regions:
        found = breakdown_columns(table, region)
        if found:
            parts.update(found)
            inner = max(region.header_rows)
            until = min(
                until,
                next(
                    (
                        r
                        for r in range(inner + 1, reading.n_rows)
                        if reading.row_roles[r] == "header"
                    ),
                    table.n_rows,
                ),
            )
    if not any(parts.values()):
        return drafts
    cells = {
        id(c.provenance): c for c in table.cells if c.row < until
    }  # (a value below a later header is no part's: it is read as a whole's)
    grid = table.grid()
    order: dict[str, int] = {}
    for col, word in sorted(parts.items()):
        if word:
            order.setdefault(word, col)  # each part where the sheet first prints it
    out: list[Draft] = []
    for d in drafts:
        split = _split(d, parts, order, cells)
        for piece in split:
            if piece.baseline is None and piece.row is not None and piece.part is not None:
                # a reader keeps one baseline a row: the other part's is in its own column
                piece.baseline = _baseline_of(grid, reading, parts, piece.row, piece.part)
        out.extend(split if split else [d])
    return out


def _baseline_of(
    grid: list[list[Cell | None]],
    reading: TableInterpretation,
    parts: dict[int, str],
    row: int,
    part: str,
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


def _place(vc: ValueCell, parts: dict[int, str], cells: dict[int, Cell]) -> tuple[str, int]:
    """Where a value stands: ``("part", column)`` in a part's column (a cell of the rows the
    breakdown's header heads), ``("merged", column)`` merged across the columns of two parts or
    more, else ``("whole", column)``."""
    cell = cells.get(id(vc.where)) if vc.where is not None else None
    if cell is None:
        return "whole", -1
    covered = {parts[c] for c in range(cell.col, cell.col + cell.colspan) if c in parts}
    if cell.colspan > 1:
        # merged over 男性 | 女性: each part's; over 計 | 男性 | 女性: the whole's
        return ("merged" if len(covered) >= 2 and "" not in covered else "whole"), cell.col
    part = parts.get(cell.col)
    return ("part" if part else "whole"), cell.col


def _split(
    d: Draft, parts: dict[int, str], order: dict[str, int], cells: dict[int, Cell]
) -> list[Draft]:
    """The drafts of one draft's parts, in the order the sheet prints them (``order``: each
    part's first column), and of its whole, where a column of no part gives it values; none
    where its values name fewer than two parts or the draft has no name."""
    values = ([d.baseline] if d.baseline else []) + d.targets + d.actuals
    placed = {id(v): _place(v, parts, cells) for v in values}
    found = {parts[col] for where, col in placed.values() if where == "part"}
    named = sorted(found, key=order.__getitem__)
    if len(named) < 2 or not d.indicator:
        return []
    merged = [v for v in values if placed[id(v)][0] == "merged"]
    whole = [v for v in values if placed[id(v)][0] == "whole"]
    out = []
    for part in named:

        def mine(v: ValueCell, part: str = part) -> bool:
            where, col = placed[id(v)]
            return where == "merged" or (where == "part" and parts[col] == part)

        piece = _copy(d)
        piece.indicator = f"{normalize_text(d.indicator)}({part})"
        piece.part = part
        piece.baseline = d.baseline if d.baseline and mine(d.baseline) else None
        piece.targets = [v for v in d.targets if mine(v)]
        piece.actuals = [v for v in d.actuals if mine(v)]
        if merged:
            piece.warnings.append(
                f"{', '.join(repr(v.text) for v in merged)} printed across the "
                f"{' | '.join(named)} columns: read as the value of each"
            )
        out.append(piece)
    if whole:
        # 目標値（R6） in a column of its own beside 男性 | 女性 under the other headings: the
        # whole's value, on a record under the name alone
        rest = _copy(d)
        rest.baseline = d.baseline if d.baseline and placed[id(d.baseline)][0] == "whole" else None
        rest.targets = [v for v in d.targets if placed[id(v)][0] == "whole"]
        rest.actuals = [v for v in d.actuals if placed[id(v)][0] == "whole"]
        out.append(rest)
    return out


def _copy(d: Draft) -> Draft:
    """A copy of a draft with lists of its own to change."""
    piece = copy.copy(d)
    for f in fields(d):
        if isinstance(value := getattr(d, f.name), list):
            setattr(piece, f.name, list(value))
    return piece
