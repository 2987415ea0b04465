"""HTML tables to blocks: cells placed by the HTML table model (spans reserved), headings kept."""

from __future__ import annotations

from jpkpi.sources.html import RawCell, RawTable
from jpkpi.tables.model import Block, Cell, Provenance, Table, TextLine


def _cell_text(parts: list[str]) -> str:
    """A cell's text: lines joined as the TSV and PDF readers join them."""
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return " ".join(line for line in lines if line)


def place_cells(table: RawTable) -> tuple[list[tuple[int, int, RawCell]], int, int]:
    """The HTML table model: each cell at the first free column of its row, spans reserved."""
    taken: set[tuple[int, int]] = set()
    placed = []
    n_cols = 0
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
            n_cols = max(n_cols, c)
    n_rows = max([len(table.rows)] + [r + cell.rowspan for r, _, cell in placed]) if placed else 0
    return placed, n_rows, n_cols


def html_to_blocks(items: list[tuple[str, object]]) -> list[Block]:
    """Parsed HTML items as blocks: headings with their levels, text lines, tables."""
    blocks: list[Block] = []
    for kind, item in items:
        if kind == "heading":
            level, heading = item  # type: ignore[misc]
            blocks.append(TextLine(heading, Provenance(), level=level))
        elif kind == "text":
            blocks.append(TextLine(item, Provenance()))  # type: ignore[arg-type]
        else:
            raw: RawTable = item  # type: ignore[assignment]
            caption = _cell_text(raw.caption)
            if caption:
                blocks.append(TextLine(caption, Provenance(), level=3))
            placed, n_rows, n_cols = place_cells(raw)
            if not placed:
                continue
            cells = tuple(
                Cell(
                    r,
                    c,
                    _cell_text(cell.text),
                    min(cell.rowspan, n_rows - r),
                    cell.colspan,
                    Provenance(address=f"table {raw.index + 1} row {r + 1} col {c + 1}"),
                    header=cell.header,
                )
                for r, c, cell in placed
            )
            blocks.append(
                Table(cells, n_rows, n_cols, Provenance(address=f"table {raw.index + 1}"))
            )
    return blocks
