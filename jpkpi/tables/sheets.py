"""Workbook sheets to blocks: bordered regions (or, without borders, rows of several cells) are
tables with the workbook's own merged ranges as spans; other rows are text lines."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from typing import TypeVar

from jpkpi.sources.xlsx import Sheet
from jpkpi.tables.model import Block, Cell, CellLine, Provenance, Table, TextLine


def address(row: int, col: int) -> str:
    """A 0-based (row, col) as an A1 address (for provenance; hidden rows are not counted)."""
    return f"{column_letters(col)}{row + 1}"


def column_letters(col: int) -> str:
    """A 0-based column's letters (``0`` → ``A``, ``26`` → ``AA``)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_lines(text: str) -> tuple[CellLine, ...]:
    """A workbook cell's lines where it breaks its text (Alt+Enter); no place on a page."""
    if "\n" not in text:
        return ()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    kept = tuple(CellLine(line) for line in lines if line)
    return kept if len(kept) > 1 else ()


def _columns_by_row(cells: Iterable[tuple[int, int]], n_cols: int) -> dict[int, set[int]]:
    """The columns (within the sheet's ``n_cols``) of each row that some of ``cells`` stand in:
    built once a sheet, so a row or a table asks only about its own cells."""
    out: dict[int, set[int]] = {}
    for r, c in cells:
        if c < n_cols:
            out.setdefault(r, set()).add(c)
    return out


def _extents(sheet: Sheet) -> dict[int, tuple[int, int]]:
    """Each row's first and last column that holds text or a border, in one pass over them (a
    large sheet borders hundreds of thousands of empty cells)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    n_cols = sheet.n_cols
    for r, c in itertools.chain(sheet.texts, sheet.bordered):
        if c < n_cols:
            if c < first.get(r, n_cols):
                first[r] = c
            if c > last.get(r, -1):
                last[r] = c
    return {r: (c, last[r]) for r, c in first.items()}


def _table_rows(sheet: Sheet) -> list[bool]:
    """Which rows belong to tables: a bordered cell, or (a sheet without borders) two cells."""
    if sheet.bordered:
        marked = {r for r, c in sheet.bordered if c < sheet.n_cols}
        return [r in marked for r in range(sheet.n_rows)]
    covered = (
        (r, c)
        for r0, c0, r1, c1 in sheet.merges
        for r in range(r0, r1 + 1)
        for c in range(c0, c1 + 1)
    )
    filled = _columns_by_row(itertools.chain(sheet.texts, covered), sheet.n_cols)
    return [len(filled.get(r, ())) >= 2 for r in range(sheet.n_rows)]


def sheet_to_blocks(sheet: Sheet) -> list[Block]:
    """A sheet's tables and text lines, top to bottom, after a heading naming the sheet."""
    blocks: list[Block] = [TextLine(sheet.name, Provenance(sheet=sheet.name), level=-1)]
    in_table = _table_rows(sheet)
    extents = _extents(sheet)
    text_cols = _columns_by_row(sheet.texts, sheet.n_cols)
    runs: list[tuple[int, int]] = []  # each table's rows, top and bottom (exclusive)
    r = 0
    while r < sheet.n_rows:
        if in_table[r]:
            end = r
            while end < sheet.n_rows and in_table[end]:
                end += 1
            runs.append((r, end))
            r = end
            continue
        r += 1
    merges = _by_run(runs, sheet.merges)
    boxes = _by_run(runs, sheet.text_boxes)
    run_at = {top: k for k, (top, _) in enumerate(runs)}
    r = 0
    while r < sheet.n_rows:
        if r in run_at:
            k = run_at[r]
            table = region_to_table(
                sheet,
                *runs[k],
                merges=merges[k],
                text_boxes=boxes[k],
                index=(extents, text_cols),
            )
            if table is not None:
                blocks.append(table)
            r = runs[k][1]
            continue
        texts = [sheet.texts[(r, c)] for c in sorted(text_cols.get(r, ()))]
        if texts:
            blocks.append(
                TextLine(" ".join(texts), Provenance(sheet=sheet.name, address=address(r, 0)))
            )
        r += 1
    return blocks


_Ranged = TypeVar("_Ranged", tuple[int, int, int, int], tuple[int, int, int, int, str])


def _by_run(runs: list[tuple[int, int]], ranges: list[_Ranged]) -> list[list[_Ranged]]:
    """For each run of table rows, the ranges (merges, text boxes: first row, first column,
    last row, last column…) that reach into it; found by bisection, so 200,000 merges over
    thousands of tables cost what they cover, not merges × tables."""
    tops = [top for top, _ in runs]
    out: list[list[_Ranged]] = [[] for _ in runs]
    for item in ranges:
        r0, r1 = item[0], item[2]
        k = max(bisect.bisect_right(tops, r0) - 1, 0)
        while k < len(runs) and runs[k][0] <= r1:
            if runs[k][1] > r0:
                out[k].append(item)
            k += 1
    return out


def region_to_table(
    sheet: Sheet,
    top: int,
    bottom: int,
    *,
    merges: list[tuple[int, int, int, int]] | None = None,
    text_boxes: list[tuple[int, int, int, int, str]] | None = None,
    index: tuple[dict[int, tuple[int, int]], dict[int, set[int]]] | None = None,
) -> Table | None:
    """Rows ``top``..``bottom`` (exclusive) as a table; merged ranges clipped to it become spans.

    ``merges`` and ``text_boxes`` are the sheet's that reach into these rows (all the sheet's by
    default); ``index``, each row's first and last column with text or a border and its columns
    with text (found here by default; sheet_to_blocks finds them once a sheet)."""
    extents, text_cols = index or (_extents(sheet), _columns_by_row(sheet.texts, sheet.n_cols))
    ends = [extents[r] for r in range(top, bottom) if r in extents]
    if not ends:
        return None
    left, right = min(a for a, _ in ends), max(b for _, b in ends) + 1
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in sheet.merges if merges is None else merges:
        r0, r1 = max(r0, top), min(r1, bottom - 1)
        c0, c1 = max(c0, left), min(c1, right - 1)
        if r0 > r1 or c0 > c1:
            continue
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        covered.update(
            (r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) != (r0, c0)
        )
    cells = []
    # each column's letters once, not once a cell; cells and places built with the model's
    # constructors for many cells (a sheet's table may hold hundreds of thousands). An empty
    # cell that starts no merged range is not made: the grid holds None there, which every
    # stage reads as empty (310,000 of the 大船渡 sheet's 380,000 cells; 3 of its 9 s)
    letters = [column_letters(c) for c in range(left, right)]
    texts, name, stored = sheet.texts, sheet.name, sheet.stored
    anchors = _columns_by_row(spans, right)
    for r in range(top, bottom):
        number = str(r + 1)
        for c in sorted(text_cols.get(r, set()) | anchors.get(r, set())):
            key = (r, c)
            if key in covered:
                continue
            text = texts.get(key, "")
            if not text and key not in spans:
                continue
            rowspan, colspan = spans.get(key, (1, 1))
            place = Provenance.sheet_cell(name, letters[c - left] + number, stored.get(key))
            lines = cell_lines(text) if "\n" in text else ()
            cells.append(Cell.at(r - top, c - left, text, rowspan, colspan, place, lines))
    overlays = tuple(
        Cell(
            max(r0, top) - top,
            max(c0, left) - left,
            text,
            min(r1, bottom - 1) - max(r0, top) + 1,
            min(c1, right - 1) - max(c0, left) + 1,
            Provenance(sheet=sheet.name, address=address(r0, c0)),
        )
        for r0, c0, r1, c1, text in (sheet.text_boxes if text_boxes is None else text_boxes)
        if r0 < bottom and r1 >= top and c0 < right and c1 >= left
    )
    return Table(
        tuple(cells),
        bottom - top,
        right - left,
        Provenance(sheet=sheet.name, address=address(top, left)),
        overlays,
        spans_printed=True,
    )
