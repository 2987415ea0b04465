"""The table model every source produces: cells with spans and provenance, headings between.

Text extractions, PDFs, HTML and workbooks all arrive here, so the understanding stage reads one
shape whatever the source was.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from typing import Any

from jpkpi.errors import JpkpiError

#: What a cell may hold and still be empty: white space and brackets.
_BLANK = " \t\n\r\f\v\u3000()（）"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a piece of text came from: line and column (text, CSV), page and box (PDF), sheet
    and cell (workbooks), table, row and column (HTML).

    ``line`` and ``page`` count from 1; ``column``, ``row`` and ``table`` from 0, as the grid
    does. ``to_dict`` gives the record's form, every count from 1.
    """

    line: int | None = None
    column: int | None = None
    page: int | None = None
    #: (x0, top, x1, bottom) in PDF points from the page's top-left corner, as pdfplumber's.
    bbox: tuple[float, float, float, float] | None = None
    sheet: str | None = None
    #: A workbook cell's reference (``B12``); for HTML, the place in words.
    address: str | None = None
    #: HTML: which table of the page, and the row in it.
    table: int | None = None
    row: int | None = None
    #: A workbook cell's stored number where the shown text rounds it (General shows
    #: ``73.1874145`` of ``73.18741450068399``): the number's shortest exact form.
    stored: str | None = None

    def to_dict(self) -> dict[str, Any] | None:
        """The record's ``cell``: ``{"page", "box"}`` (PDF), ``{"sheet", "cell"}`` (workbook),
        ``{"table", "row", "column"}`` (HTML), ``{"line", "column"}`` (text, CSV) or ``{"line"}``
        (layout text); None when the place is unknown."""
        if self.page is not None and self.bbox is not None:
            return {"page": self.page, "box": [round(v, 2) for v in self.bbox]}
        if self.sheet is not None and self.address is not None:
            return {"sheet": self.sheet, "cell": self.address}
        if self.table is not None and self.row is not None and self.column is not None:
            return {"table": self.table + 1, "row": self.row + 1, "column": self.column + 1}
        if self.line is not None and self.column is not None:
            return {"line": self.line, "column": self.column + 1}
        if self.line is not None:  # a line of layout text, read without columns
            return {"line": self.line}
        return None

    @classmethod
    def sheet_cell(cls, sheet: str, address: str, stored: str | None = None) -> Provenance:
        """``Provenance(sheet=sheet, address=address, stored=stored)``: a workbook cell's
        place (and the number it stores where its shown text rounds it)."""
        return cls(sheet=sheet, address=address, stored=stored)

    def joined(self, other: Provenance) -> Provenance:
        """The place of text read from this cell and ``other`` together (a label cell and the
        name beside it): the box around both on one page, else this place."""
        a, b = self.bbox, other.bbox
        if a is None or b is None or self.page != other.page:
            return self
        box = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
        return replace(self, bbox=box)


@dataclass(frozen=True, slots=True)
class CellLine:
    """One text line of a cell as the source printed it: a PDF line with its baseline and
    horizontal extent (top-down points), or a line break of HTML, a workbook or CSV (no place).

    Kept so that understanding, not the tables layer, decides whether two lines are one wrapped
    name or two rows of a band.
    """

    text: str
    #: The line's baseline (the bottom of its characters), top-down points; None without a place.
    y: float | None = None
    x0: float | None = None
    x1: float | None = None
    #: The top of the line's characters (with ``x0``, ``x1`` and ``y``, the line's box).
    top: float | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its raw text, its place in the grid (with spans) and where it came from."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    provenance: Provenance = field(default_factory=Provenance)
    #: The source marks the cell as a heading (HTML ``<th>``); a hint, not a verdict.
    header: bool = False
    #: The cell's text lines: a PDF cell's every line with its place; a cell of another source
    #: where it breaks its text (empty for one line, which is ``text``). ``text`` is the lines'
    #: default joining (``primitives.text.join_lines`` for PDFs, a space elsewhere).
    lines: tuple[CellLine, ...] = ()
    #: The cell's background as the source paints it (``#rrggbb``; None for none or white):
    #: a legend may give shaded values a role (``※網掛けの数値は基準値``).
    fill: str | None = None

    @classmethod
    def at(
        cls,
        row: int,
        col: int,
        text: str,
        rowspan: int,
        colspan: int,
        provenance: Provenance,
        lines: tuple[CellLine, ...],
    ) -> Cell:
        """``Cell(row, col, text, rowspan, colspan, provenance, lines=lines)``, positionally."""
        return cls(row, col, text, rowspan, colspan, provenance, False, lines)

    @property
    def empty(self) -> bool:
        """Whether the cell holds no visible text, or only an empty pair of brackets (a form's
        blank for a value to be written in: ``（　　　）``)."""
        return not self.text.strip(_BLANK)

    def line_texts(self) -> tuple[str, ...]:
        """The texts of the cell's non-blank lines, top to bottom."""
        if self.lines:
            return tuple(ln.text for ln in self.lines if ln.text.strip())
        return (self.text,) if self.text.strip() else ()


@dataclass(frozen=True)
class Table:
    """A table: its cells in row-major order. Positions a span covers hold no cell, and neither
    do a workbook's empty cells (a large sheet is mostly empty cells): ``grid()`` gives None
    there, and a position without a cell reads as empty."""

    cells: tuple[Cell, ...]
    n_rows: int
    n_cols: int
    provenance: Provenance = field(default_factory=Provenance)
    #: Text printed over the grid but in no cell (a workbook's text boxes: ``１年目（令和２年度
    #: 実績）`` over a block of columns), placed as cells at the rows and columns they cover.
    overlays: tuple[Cell, ...] = ()
    #: The source marks its merged cells (HTML ``rowspan``, a workbook's merged ranges), so a
    #: span is a fact; elsewhere spans are inferred from ruling lines or blank cells.
    spans_printed: bool = False

    @property
    def place(self) -> str:
        """Where the table stands, for people: ``page 3``, ``line 7``, ``Sheet1 A14``."""
        p = self.provenance
        if p.page is not None:
            return f"page {p.page}"
        if p.line is not None:
            return f"line {p.line}"
        return " ".join(x for x in (p.sheet, p.address) if x) or "?"

    def __repr__(self) -> str:
        """Where the table stands and its size (``jpkpi tables`` prints its cells)."""
        return (
            f"Table({self.place}, {self.n_rows} rows x {self.n_cols} columns, "
            f"{len(self.cells)} cells)"
        )

    def rows(self) -> list[list[Cell]]:
        """The cells of each row, left to right (only cells that start in that row)."""
        return [list(row) for row in self._rows]

    def grid(self) -> list[list[Cell | None]]:
        """A dense grid: each position holds the cell covering it (spans repeated), or None."""
        return [list(row) for row in self._grid]

    # rows() and grid() are asked for by several stages of the reading (a 380,000-cell sheet
    # built its grid three times, a second each): each is built once per table, and every
    # caller gets lists of its own.

    @functools.cached_property
    def _rows(self) -> tuple[tuple[Cell, ...], ...]:
        """The cells of each row, built once (see rows)."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for cell in self.cells:
            out[cell.row].append(cell)
        return tuple(map(tuple, out))

    @functools.cached_property
    def _grid(self) -> tuple[tuple[Cell | None, ...], ...]:
        """The dense grid, built once (see grid)."""
        n_rows, n_cols = self.n_rows, self.n_cols
        grid: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
        for cell in self.cells:
            row, col = cell.row, cell.col
            if cell.rowspan == 1 and cell.colspan == 1:  # most cells: one position
                if row < n_rows and col < n_cols:
                    grid[row][col] = cell
                continue
            for r in range(row, min(row + cell.rowspan, n_rows)):
                for c in range(col, min(col + cell.colspan, n_cols)):
                    grid[r][c] = cell
        return tuple(map(tuple, grid))

    def to_dataframe(self) -> Any:
        """The table as a pandas DataFrame of its cells' text: one row per grid row, columns
        numbered from 0, a spanning cell's text in every position it covers, ``""`` where no
        cell stands (as camelot's ``table.df`` and pdfplumber's ``extract_table`` give)."""
        try:
            import pandas as pd
        except ImportError:
            raise JpkpiError("Table.to_dataframe needs pandas: pip install pandas") from None
        rows = [[cell.text if cell is not None else "" for cell in row] for row in self.grid()]
        return pd.DataFrame(rows, columns=range(self.n_cols))


@dataclass(frozen=True, slots=True)
class TextLine:
    """A line of text outside any table: a heading, a note, a program's description."""

    text: str
    provenance: Provenance = field(default_factory=Provenance)
    #: A heading whose level the source states (an HTML <h2>, a workbook's sheet name, -1 the
    #: outermost); None when the understanding stage must tell what the line is.
    level: int | None = None


Block = Table | TextLine
