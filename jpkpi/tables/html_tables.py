"""HTML tables to blocks: cells placed by the HTML table model (spans reserved), headings kept."""

from __future__ import annotations

from jpkpi.errors import LimitExceededError
from jpkpi.sources.html import MAX_TABLE_POSITIONS, HtmlItem, RawCell, RawTable
from jpkpi.tables.model import Block, Cell, CellLine, Provenance, Table, TextLine


def _cell_text(parts: list[str]) -> str:
    """A cell's text: lines joined as the TSV and PDF readers join them."""
    return " ".join(_cell_lines(parts))


def _cell_lines(parts: list[str]) -> list[str]:
    """A cell's non-blank lines (``<br>``, ``<p>``), each with its spacing collapsed."""
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return [line for line in lines if line]


def _lines(parts: list[str]) -> tuple[CellLine, ...]:
    """A cell's lines where it has more than one; they have no place on a page."""
    lines = _cell_lines(parts)
    return tuple(CellLine(line) for line in lines) if len(lines) > 1 else ()


def place_cells(
    table: RawTable, name: str = "<html>"
) -> tuple[list[tuple[int, int, RawCell]], int, int]:
    """The HTML table model: each cell at the first free column of its row, spans reserved.

    As in browsers, a rowspan ends at the table's last row. A table covering more than
    MAX_TABLE_POSITIONS grid positions raises LimitExceededError.
    """
    taken: set[tuple[int, int]] = set()
    placed = []
    n_rows = len(table.rows)
    n_cols = 0
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            n_cols = max(n_cols, c + cell.colspan)
            if n_rows * n_cols > MAX_TABLE_POSITIONS:
                raise LimitExceededError(
                    name,
                    f"table {table.index + 1} spans more than {MAX_TABLE_POSITIONS:,} "
                    f"grid positions ({n_rows:,} rows, {n_cols:,} columns)",
                )
            placed.append((r, c, cell))
            for dr in range(min(cell.rowspan, n_rows - r)):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    return placed, (n_rows if placed else 0), n_cols


def html_to_blocks(items: list[HtmlItem], name: str = "<html>") -> list[Block]:
    """Parsed HTML items as blocks: headings with their levels, text lines, tables; ``name``
    is the file named by a LimitExceededError."""
    blocks: list[Block] = []
    for item in items:  # tested by item[0], the kind, so mypy knows what item[1] holds
        if item[0] == "heading":
            level, heading = item[1]
            blocks.append(TextLine(heading, Provenance(), level=level))
        elif item[0] == "text":
            text, line = item[1]
            blocks.append(TextLine(text, Provenance(line=line)))  # (the source line it starts on)
        else:
            raw = item[1]
            caption = _cell_text(raw.caption)
            if caption:
                blocks.append(TextLine(caption, Provenance(), level=3))
            placed, n_rows, n_cols = place_cells(raw, name)
            if not placed:
                continue
            cells = tuple(
                Cell(
                    r,
                    c,
                    _cell_text(cell.text),
                    min(cell.rowspan, n_rows - r),
                    cell.colspan,
                    Provenance(
                        column=c,
                        address=f"table {raw.index + 1} row {r + 1} col {c + 1}",
                        table=raw.index,
                        row=r,
                    ),
                    header=cell.header,
                    lines=_lines(cell.text),
                )
                for r, c, cell in placed
            )
            blocks.append(
                Table(
                    cells,
                    n_rows,
                    n_cols,
                    Provenance(address=f"table {raw.index + 1}", table=raw.index),
                    spans_printed=True,
                )
            )
    return blocks
