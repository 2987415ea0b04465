"""Tables from tab-separated text extractions: lines to blocks, rows to cells with spans.

An extraction writes one table row per line with cells separated by TAB. A vertically merged cell
arrives as text on one row and empty leading cells on the rows it covers; a merged header cell
arrives as one cell followed by empty ones. These functions recover both as spans.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from jpkpi import budget
from jpkpi.errors import LimitExceededError
from jpkpi.primitives.quantity import MISSING_MARKERS, parse_quantity, starts_with_number
from jpkpi.primitives.text import CELL_LINE_BREAK
from jpkpi.tables.model import Block, Cell, CellLine, Provenance, Table, TextLine


@dataclass(frozen=True)
class TsvSettings:
    """Tolerances of the TSV reader, each with its default."""

    #: Lines without TAB that directly follow a row and start like this are part of that table
    #: (a program's "(内容) …" wrapped onto a line of its own).
    continuation_prefixes: tuple[str, ...] = ("(目的)", "(内容)", "（目的）", "（内容）")
    #: The most header rows a table can start with.
    max_header_rows: int = 3


DEFAULT_SETTINGS = TsvSettings()

#: Grid positions (rows × columns up to the last non-empty cell) one table may have; reading
#: takes roughly 20–90 µs per position, so a larger table is refused rather than read for minutes.
MAX_TABLE_CELLS = 1_000_000


def lines_to_blocks(
    lines: list[str],
    settings: TsvSettings = DEFAULT_SETTINGS,
    numbers: list[int] | None = None,
    name: str = "<text>",
) -> list[Block]:
    """Split a document's lines into tables (runs of TAB lines) and the text lines between.

    ``numbers`` gives each line's number in the file where they differ from 1, 2, 3… (a CSV
    record whose cell holds a line break spans several file lines). A table of more than
    MAX_TABLE_CELLS positions raises LimitExceededError naming ``name``.
    """
    blocks: list[Block] = []
    run: list[tuple[int, list[str]]] = []
    width = 0

    def flush() -> None:
        nonlocal width
        if run:
            blocks.append(rows_to_table([cells for _, cells in run], [n for n, _ in run]))
            run.clear()
        width = 0

    for index, line in enumerate(lines):
        number = numbers[index] if numbers else index + 1
        if index % 1024 == 0:
            budget.check(f"line {number:,}")
        if "\t" in line:
            width = max(width, line.rstrip().count("\t") + 1)
            if (len(run) + 1) * width > MAX_TABLE_CELLS:
                start = run[0][0] if run else number
                raise LimitExceededError(
                    name,
                    f"has a table (from line {start}) of more than {MAX_TABLE_CELLS:,} cells: "
                    f"{len(run) + 1:,} rows × {width:,} columns by line {number}",
                )
            run.append((number, line.split("\t")))
            continue
        stripped = line.strip()
        if run and stripped.startswith(settings.continuation_prefixes):
            run.append((number, [line]))
            continue
        flush()
        if stripped:
            blocks.append(TextLine(line, Provenance(line=number)))
    flush()
    return blocks


def _is_data_cell(text: str) -> bool:
    """Whether a cell holds a value (a number or a missing marker) rather than a heading word."""
    if text.strip() in MISSING_MARKERS:
        return True
    if not starts_with_number(text):
        return False
    try:
        parse_quantity(text)
    except ValueError:
        return False
    return True


def count_header_rows(rows: list[list[str]], settings: TsvSettings = DEFAULT_SETTINGS) -> int:
    """How many leading rows are headers: rows before the first that holds a value."""
    for r, row in enumerate(rows[: settings.max_header_rows + 1]):
        if any(_is_data_cell(c) for c in row if c.strip()):
            return min(r, settings.max_header_rows)
    return min(1, len(rows))


def rows_to_table(rows: list[list[str]], line_numbers: list[int]) -> Table:
    """Build a table from split rows, recovering merged cells as spans."""
    n_cols = max((len(r) for r in rows), default=0)
    # Trailing empty cells carry nothing: a table is as wide as its widest non-empty cell.
    n_cols = (
        max(
            (max((i + 1 for i, c in enumerate(r) if c.strip()), default=0) for r in rows), default=0
        )
        or n_cols
    )
    grid = [[(r[c] if c < len(r) else "") for c in range(n_cols)] for r in rows]
    header_rows = count_header_rows(grid)
    realign_value_headers(grid, header_rows)
    rowspan = [[1] * n_cols for _ in grid]
    colspan = [[1] * n_cols for _ in grid]
    covered = [[False] * n_cols for _ in grid]
    header_colspans(grid, header_rows, colspan, covered)
    header_rowspans(grid, header_rows, rowspan, colspan, covered)
    leading_rowspans(grid, header_rows, rowspan, covered)
    cells = []
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if covered[r][c]:
                continue
            lines: tuple[CellLine, ...] = ()
            if CELL_LINE_BREAK in text:
                parts = [p for p in text.split(CELL_LINE_BREAK) if p.strip()]
                text = " ".join(parts)
                lines = tuple(CellLine(p) for p in parts) if len(parts) > 1 else ()
            cells.append(
                Cell(
                    r,
                    c,
                    text,
                    rowspan[r][c],
                    colspan[r][c],
                    Provenance(line=line_numbers[r], column=c),
                    lines=lines,
                )
            )
    return Table(
        tuple(cells), len(grid), n_cols, Provenance(line=line_numbers[0] if line_numbers else None)
    )


_VALUE_HEADER = regex.compile(r"値|実績|目標|基準|[RHS令平][0-9元]|[0-9]{4}年")


def _words_and_values(grid: list[list[str]], header_rows: int, c: int) -> tuple[int, int]:
    """How many data cells of a column hold words, and how many hold values."""
    words = values = 0
    for row in grid[header_rows:]:
        if c < len(row) and row[c].strip():
            if _VALUE_HEADER.search(row[c]) and not _is_data_cell(row[c]):
                continue  # a heading repeated inside the table (report forms)
            if _is_data_cell(row[c]):
                values += 1
            else:
                words += 1
    return words, values


def _column_is_text(grid: list[list[str]], header_rows: int, c: int, share: float = 0.25) -> bool:
    """Whether a column's data cells are mostly words, not values (no value heading fits it)."""
    words, values = _words_and_values(grid, header_rows, c)
    return words > values and words >= max(2, share * (len(grid) - header_rows))


def _column_is_free(grid: list[list[str]], header_rows: int, c: int, share: float = 0.15) -> bool:
    """Whether a column holds few words in its data rows (empty, values, a stray shifted cell)."""
    words, _ = _words_and_values(grid, header_rows, c)
    return words <= share * (len(grid) - header_rows)


def _headless_data_column(grid: list[list[str]], header_rows: int, c: int) -> bool:
    """A column with no heading in any header row but data below: a merged heading covers it."""
    if any(c < len(grid[r]) and grid[r][c].strip() for r in range(header_rows)):
        return False
    return any(c < len(row) and row[c].strip() for row in grid[header_rows:])


def realign_value_headers(grid: list[list[str]], header_rows: int, max_shift: int = 2) -> None:
    """Move a run of value headings (``基準値 (R2)``, ``目標値 (R7)``) that sits over a column of
    words back over the columns its values belong to, when those are free; the extraction
    shifted it."""
    if header_rows == 0 or len(grid) <= header_rows:
        return
    row = grid[header_rows - 1]
    c = 0
    while c < len(row):
        if not row[c].strip():
            c += 1
            continue
        end = c
        while end < len(row) and row[end].strip() and _VALUE_HEADER.search(row[end]):
            end += 1
        run = list(range(c, end))
        if run and any(_column_is_text(grid, header_rows, k) for k in run):
            for shift in [-s for s in range(1, max_shift + 1)] + list(range(1, max_shift + 1)):
                target = [k + shift for k in run]
                if min(target) < 0 or max(target) >= len(row):
                    continue
                if any(row[t].strip() for t in target if t not in run):
                    continue
                if all(_column_is_free(grid, header_rows, t) for t in target):
                    texts = [row[k] for k in run]
                    for k in run:
                        row[k] = ""
                    for t, text in zip(target, texts, strict=True):
                        row[t] = text
                    break
        c = max(end, c + 1)


def header_colspans(
    grid: list[list[str]], header_rows: int, colspan: list[list[int]], covered: list[list[bool]]
) -> None:
    """A header cell followed by empty cells that have headings (or only data) below them spans
    those columns."""
    for r in reversed(range(max(0, header_rows - 1))):  # bottom-up: lower spans count as below
        row, below = grid[r], grid[r + 1]
        for c, text in enumerate(row):
            if not text.strip() or covered[r][c]:
                continue
            end = c + 1
            while (
                end < len(row)
                and not row[end].strip()
                and (
                    below[end].strip()
                    or covered[r + 1][end]
                    or _headless_data_column(grid, header_rows, end)
                )
            ):
                end += 1
            if end - c > 1:
                colspan[r][c] = end - c
                for k in range(c + 1, end):
                    covered[r][k] = True


def header_rowspans(
    grid: list[list[str]],
    header_rows: int,
    rowspan: list[list[int]],
    colspan: list[list[int]],
    covered: list[list[bool]],
) -> None:
    """A header cell with empty header cells below it spans those rows (``事業名`` over two)."""
    for r in range(header_rows):
        for c, text in enumerate(grid[r]):
            if not text.strip() or covered[r][c]:
                continue
            width = range(c, c + colspan[r][c])
            end = r + 1
            while end < header_rows and all(
                not grid[end][k].strip() and not covered[end][k] for k in width
            ):
                end += 1
            if end - r > 1:
                rowspan[r][c] = end - r
                for rr in range(r + 1, end):
                    for k in width:
                        covered[rr][k] = True


def leading_rowspans(
    grid: list[list[str]], header_rows: int, rowspan: list[list[int]], covered: list[list[bool]]
) -> None:
    """Empty leading cells of a data row are covered by the cell above them (a merged cell)."""
    owner: dict[int, tuple[int, int]] = {}
    for r in range(header_rows, len(grid)):
        row = grid[r]
        first = next((c for c, t in enumerate(row) if t.strip()), None)
        if first is None:
            owner.clear()
            continue
        for c in range(first):
            if c in owner:
                top_r, top_c = owner[c]
                rowspan[top_r][top_c] += 1
                covered[r][c] = True
        for c in range(first, len(row)):
            if row[c].strip():
                owner[c] = (r, c)
            else:
                owner.pop(c, None)
