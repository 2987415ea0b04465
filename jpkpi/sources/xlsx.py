"""Excel workbooks (.xlsx with openpyxl, .xls with xlrd when installed) as sheets of shown text.

Each sheet comes out as a grid of the texts a person sees (number formats applied), its merged
ranges, which cells have borders, and what was hidden (hidden rows, columns and sheets are
skipped, with a warning). A zip that would inflate past the limit is refused before reading.
"""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, cast

import regex

from jpkpi import budget
from jpkpi.errors import DamagedDocumentError, LimitExceededError, MissingDependencyError
from jpkpi.sources.numfmt import (
    EXCEL_EPOCH,
    EXCEL_EPOCH_1904,
    format_number,
    rounded_by_general,
)

if TYPE_CHECKING:
    from openpyxl.styles.borders import Border
    from openpyxl.styles.proxy import StyleProxy
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet.worksheet import Worksheet
    from xlrd.book import Book
    from xlrd.formatting import XF, XFBorder

#: A workbook whose parts inflate past this is refused (a zip bomb), in bytes.
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
#: A part that inflates more than this many times its compressed size is refused.
MAX_RATIO = 200
#: Cells read per sheet at most (rows × columns, hidden ones not counted); also the most
#: cells a sheet's merged ranges may cover together, after clipping them to the sheet.
MAX_CELLS_PER_SHEET = 2_000_000
#: A workbook whose sheets' XML exceeds this is read in openpyxl's read-only (streaming) mode.
STREAMING_BYTES = 16 * 1024 * 1024
#: A workbook whose merged ranges cover more cells than this (in any one sheet), or that has
#: more merged ranges than STREAMING_MERGES, is streamed too: openpyxl's full mode makes an
#: object for every merged cell (one merge over a whole sheet asked for 17 billion) and spends
#: some 65 µs on each range.
STREAMING_MERGED_CELLS = 100_000
STREAMING_MERGES = 10_000
#: A workbook none of whose sheets has a merged range is streamed from this much sheet XML:
#: without merges the two modes read the same cells, and the full mode's object with a style
#: proxy for every cell costs about twice the streamed reading (a 9.6 MB sheet of 380,000
#: cells: 4.3 s to load in full, 2.6 s to stream). The modes differ only in merged ranges (the
#: full mode empties a range's covered cells and outlines it from its first cell), so a
#: workbook with merges keeps the full mode up to STREAMING_BYTES.
STREAMING_UNMERGED_BYTES = 2 * 1024 * 1024
#: Sheets a workbook may have (checked in its directory, before any sheet is read): openpyxl
#: loads every sheet, at some milliseconds each, before jpkpi sees the first.
MAX_SHEETS = 1_000
#: The last row and column a sheet can have (Excel's grid): merges and hidden columns are
#: clipped to it.
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
_XLRD_PREFIX = regex.compile(r"^\s*(?:WARNING|NOTE|INFO:)?[\s*]*")
_MERGE = regex.compile(
    rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3})([0-9]{1,9}):([A-Z]{1,3})([0-9]{1,9})"'
)
_SHEET_TAG = regex.compile(rb"<(?:\w+:)?sheet\b")
#: A row or column element that hides itself, its attributes in any order (Excel writes
#: ``min`` first, openpyxl ``hidden``).
_HIDDEN_ROW = regex.compile(rb'<(?:\w+:)?row\b(?=[^>]*\bhidden="(?:1|true)")[^>]*\br="([0-9]+)"')
_HIDDEN_COL = regex.compile(
    rb'<(?:\w+:)?col\b(?=[^>]*\bhidden="(?:1|true)")(?=[^>]*\bmax="([0-9]+)")[^>]*\bmin="([0-9]+)"'
)


@dataclass
class Sheet:
    """One sheet: shown texts by (row, col) (0-based), merged ranges, bordered cells."""

    name: str
    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    #: (first row, first col, last row, last col), 0-based inclusive.
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    bordered: set[tuple[int, int]] = field(default_factory=set)
    n_rows: int = 0
    n_cols: int = 0
    #: Text boxes drawn over the sheet: (first row, first col, last row, last col, text),
    #: 0-based inclusive, in visible rows and columns (a year printed over a block of columns).
    text_boxes: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    #: Numbers the shown text rounds, by (row, col): General shows ten significant digits
    #: (``73.1874145``) of a computed float (``73.18741450068399``); the number is kept exact.
    stored: dict[tuple[int, int], str] = field(default_factory=dict)


def check_zip(data: bytes, name: str) -> None:
    """Refuse a zip whose members would inflate past the limits (checked from its directory)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as e:
        # NotImplementedError: a damaged directory can claim a zip version zipfile lacks
        detail = f": {e}" if isinstance(e, NotImplementedError) else ""
        raise DamagedDocumentError(
            name, f"is not a readable XLSX file (a damaged zip{detail})"
        ) from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 10**7
        ):
            ratio = info.file_size // info.compress_size
            raise LimitExceededError(
                name, f"has a part ({info.filename}) inflating {ratio}-fold: a zip bomb"
            )
        if total > MAX_UNZIPPED_BYTES:
            raise LimitExceededError(
                name, f"inflates to more than {MAX_UNZIPPED_BYTES:,} bytes: refused"
            )


def read_xlsx(data: bytes, name: str) -> tuple[list[Sheet], list[str]]:
    """The visible sheets of an .xlsx workbook, and warnings for what was hidden or skipped.

    Workbooks whose sheets are large, or that have many merged ranges or merges covering many
    cells (openpyxl's full mode makes an object for every merged cell), are streamed
    (openpyxl's read-only mode); the merges and hidden rows and columns that mode does not give
    are read from the sheet's XML. openpyxl's own warnings (unsupported extensions…) are not
    the document's and are silenced.
    """
    check_zip(data, name)
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a runtime dependency
        raise MissingDependencyError(
            name, "reading .xlsx needs openpyxl (pip install openpyxl)"
        ) from None
    archive = zipfile.ZipFile(io.BytesIO(data))
    try:
        _check_sheet_count(archive, name)
        sheet_parts = [i for i in archive.infolist() if i.filename.startswith("xl/worksheets/")]
        sheet_bytes = sum(i.file_size for i in sheet_parts)
        merges = [_merges(archive.read(i)) for i in sheet_parts]
        streaming = (
            sheet_bytes > STREAMING_BYTES
            or any(many for _, many in merges)
            or (sheet_bytes > STREAMING_UNMERGED_BYTES and not any(some for some, _ in merges))
        )
    except _DAMAGED_PART as e:
        raise _damaged(name, e) from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=streaming)
        except Exception as e:  # openpyxl raises many kinds for damaged files
            raise _damaged(name, e) from None
        try:
            return _visible_sheets(book, archive, streaming, name)
        except _DAMAGED_PART as e:  # a streamed sheet is inflated and parsed only now
            raise _damaged(name, e) from None


def _damaged(name: str, error: BaseException) -> DamagedDocumentError:
    """The error for a workbook that could not be read, naming the first cause in a line
    (openpyxl wraps it: "Unable to read workbook … Please see the exception")."""
    while error.__cause__ is not None or error.__context__ is not None:
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    lines = str(error).strip().splitlines()
    detail = f"{type(error).__name__}: {lines[0][:100] if lines else ''}"
    return DamagedDocumentError(name, f"is not a readable XLSX file ({detail})")


def _check_sheet_count(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook of more than MAX_SHEETS sheets, counted in its workbook part."""
    try:
        book = archive.read("xl/workbook.xml")
    except KeyError:
        return  # openpyxl says what is wrong
    count = sum(1 for _ in _SHEET_TAG.finditer(book))
    if count > MAX_SHEETS:
        raise LimitExceededError(
            name, f"has {count:,} sheets, more than the {MAX_SHEETS:,} jpkpi reads"
        )


def _column(letters: bytes) -> int:
    """A column's number from its letters (``A`` → 1, ``XFD`` → 16384)."""
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _merges(xml: bytes) -> tuple[bool, bool]:
    """Whether a worksheet may have merged ranges (its XML names ``mergeCell`` at all), and
    whether it has many: more than STREAMING_MERGES ranges, or ranges covering more than
    STREAMING_MERGED_CELLS cells together within Excel's grid (counted until passed).

    A sheet without the word is not scanned (the pattern costs 70 ms a MB)."""
    if b"mergeCell" not in xml:
        return False, False
    total = 0
    for n, m in enumerate(_MERGE.finditer(xml), start=1):
        rows = abs(min(int(m.group(4)), EXCEL_ROWS) - min(int(m.group(2)), EXCEL_ROWS)) + 1
        first, last = _column(m.group(1)), _column(m.group(3))
        total += rows * (abs(min(last, EXCEL_COLUMNS) - min(first, EXCEL_COLUMNS)) + 1)
        if total > STREAMING_MERGED_CELLS or n > STREAMING_MERGES:
            return True, True
    return True, False


#: What reading a damaged part of a workbook raises (zip, deflate, XML and value errors).
_DAMAGED_PART = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    SyntaxError,
    KeyError,
    ValueError,
)


def _visible_sheets(
    book: Workbook, archive: zipfile.ZipFile, streaming: bool, name: str
) -> tuple[list[Sheet], list[str]]:
    """The loaded workbook's visible sheets, and warnings for what was hidden."""
    warnings: list[str] = []
    sheets: list[Sheet] = []
    paths = _sheet_paths(archive)  # once: read for each sheet, 1,000 sheets took minutes
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            warnings.append(f"sheet {ws.title!r} is hidden; skipped")
            continue
        size: tuple[int, int] | None = None
        if streaming:
            # a streamed sheet is a ReadOnlyWorksheet, which keeps its part's path in this
            # private attribute; the stubs leave it out
            xml = archive.read(ws._worksheet_path.lstrip("/"))  # type: ignore[attr-defined]
            if ws.max_row is None or ws.max_column is None:  # no <dimension>: find the size
                size = _size_from_xml(xml)
                if size is None:
                    ws.calculate_dimension(force=True)
            hidden_rows, hidden_cols, merges = _layout_from_xml(xml)
        else:
            hidden_rows, hidden_cols, merges = _layout(ws)
        if size is None:
            size = (ws.max_row or 0, ws.max_column or 0)
        if hidden_rows:
            warnings.append(f"sheet {ws.title!r}: {len(hidden_rows)} hidden rows skipped")
        if hidden_cols:
            warnings.append(f"sheet {ws.title!r}: {len(hidden_cols)} hidden columns skipped")
        sheet = _sheet(ws, size, hidden_rows, hidden_cols, merges, name, streaming=streaming)
        path = getattr(ws, "_worksheet_path", "") or paths.get(ws.title, "")
        sheet.text_boxes = _text_boxes(archive, path, hidden_rows, hidden_cols, *size)
        sheets.append(sheet)
    return sheets, warnings


#: A sheet name that says the sheet is a filled-in example of the form, not the document's own
#: figures (平谷: a ``記入例`` sheet beside the 事務事業評価 sheet, its grid of ``○○教室の開催
#: 回数``).
_EXAMPLE_SHEET = regex.compile(
    # (見本 and サンプル alone or in brackets: 見本市出展支援 names a program, review 46)
    r"記入例|記載例|作成例|入力例|記入見本|^\s*(?:見本|サンプル)\s*$|[(（]\s*(?:見本|サンプル)\s*[)）]"
)


def without_examples(sheets: list[Sheet]) -> tuple[list[Sheet], list[str]]:
    """The sheets that are the document's own, and a warning for each sheet set aside because its
    name says it is an example (``記入例``); where every sheet says so, all are kept."""
    examples = [s for s in sheets if _EXAMPLE_SHEET.search(s.name)]
    if not examples or len(examples) == len(sheets):
        return sheets, []
    return [s for s in sheets if s not in examples], [
        f"sheet {s.name!r} is a filled-in example of the form (its name says so); skipped"
        for s in examples
    ]


#: Text boxes read from one sheet's drawing at the most (a drawing is content-driven).
MAX_TEXT_BOXES = 2000
_ANCHOR = regex.compile(rb"<(?:\w+:)?twoCellAnchor\b.*?</(?:\w+:)?twoCellAnchor>", regex.DOTALL)
_ANCHOR_END = regex.compile(
    rb"<(?:\w+:)?(from|to)>\s*<(?:\w+:)?col>([0-9]{1,5})</(?:\w+:)?col>.*?"
    rb"<(?:\w+:)?row>([0-9]{1,7})</(?:\w+:)?row>",
    regex.DOTALL,
)
_RUN_TEXT = regex.compile(rb"<a:t>([^<]*)</a:t>")
_DRAWING_REL = regex.compile(rb'Target="([^"]*drawings/[^"]+\.xml)"')


_SHEET_ENTRY = regex.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]+)"')
_REL_ENTRY = regex.compile(rb'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"')


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's XML part by sheet name (a fully loaded worksheet does not say its own)."""
    from html import unescape

    try:
        book = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {m.group(1): m.group(2).decode("utf-8", "replace") for m in _REL_ENTRY.finditer(rels)}
    out = {}
    for m in _SHEET_ENTRY.finditer(book):
        target = targets.get(m.group(2))
        if target:
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            out[unescape(m.group(1).decode("utf-8", "replace"))] = path
    return out


def _text_boxes(
    archive: zipfile.ZipFile,
    path: str,
    hidden_rows: set[int],
    hidden_cols: set[int],
    last_row: int,
    last_col: int,
) -> list[tuple[int, int, int, int, str]]:
    """The text boxes of a sheet's drawing (its XML part at ``path``), anchored to the visible
    cells they cover; a box past the sheet's ``last_row`` or ``last_col`` (1-based, hidden
    ones counted) is clipped to it."""
    folder, _, leaf = path.lstrip("/").rpartition("/")
    try:
        rels = archive.read(f"{folder}/_rels/{leaf}.rels")
    except KeyError:
        return []
    out: list[tuple[int, int, int, int, str]] = []
    for m in _DRAWING_REL.finditer(rels):
        target = m.group(1).decode("utf-8", "replace").replace("../", "xl/").lstrip("/")
        try:
            xml = archive.read(target)
        except KeyError:
            continue
        for anchor in _ANCHOR.finditer(xml):
            if len(out) >= MAX_TEXT_BOXES:
                return out
            ends = {
                e.group(1).decode(): (int(e.group(3)), int(e.group(2)))
                for e in _ANCHOR_END.finditer(anchor.group(0))
            }
            text = b"".join(_RUN_TEXT.findall(anchor.group(0))).decode("utf-8", "replace").strip()
            if not text or "from" not in ends or "to" not in ends:
                continue
            (r0, c0), (r1, c1) = ends["from"], ends["to"]
            rows = [r for r in range(r0 + 1, min(r1, last_row - 1) + 2) if r not in hidden_rows]
            cols = [c for c in range(c0 + 1, min(c1, last_col - 1) + 2) if c not in hidden_cols]
            if rows and cols:
                skip_r = sum(1 for h in hidden_rows if h < rows[0])
                skip_c = sum(1 for h in hidden_cols if h < cols[0])
                out.append(
                    (
                        rows[0] - 1 - skip_r,
                        cols[0] - 1 - skip_c,
                        rows[-1] - 1 - skip_r - (len(range(rows[0], rows[-1] + 1)) - len(rows)),
                        cols[-1] - 1 - skip_c - (len(range(cols[0], cols[-1] + 1)) - len(cols)),
                        text,
                    )
                )
    return out


_Layout = tuple[set[int], set[int], list[tuple[int, int, int, int]]]


def _layout(ws: Worksheet) -> _Layout:
    """Hidden rows and columns and merged ranges (1-based, inclusive) of a loaded worksheet."""
    from openpyxl.utils import column_index_from_string

    hidden_rows = {r for r, d in ws.row_dimensions.items() if d.hidden}
    hidden_cols = {column_index_from_string(c) for c, d in ws.column_dimensions.items() if d.hidden}
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    return hidden_rows, hidden_cols, merges


_ROW_TAG = regex.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_CELL_TAG = regex.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_ROW_NUMBER = regex.compile(rb'\br="([0-9]{1,9})"')
_CELL_COLUMN = regex.compile(rb'\br="([A-Z]{1,3})[0-9]')


def _size_from_xml(xml: bytes) -> tuple[int, int] | None:
    """The last row and column of a streamed sheet that states no ``<dimension>``, from its
    rows' and cells' addresses; None when a row has none (openpyxl must count them).

    openpyxl's own count (calculate_dimension) reads on past the last row, into the merges.
    """
    last_row = last_col = 0
    for m in _ROW_TAG.finditer(xml):
        row = _ROW_NUMBER.search(m.group(1))
        if row is None:
            return None
        last_row = max(last_row, int(row.group(1)))
    for m in _CELL_TAG.finditer(xml):
        cell = _CELL_COLUMN.search(m.group(1))
        if cell is None:
            return None
        last_col = max(last_col, _column(cell.group(1)))
    return last_row, last_col


def _layout_from_xml(xml: bytes) -> _Layout:
    """The same, read from a worksheet's XML (for sheets streamed in read-only mode); a pattern
    whose word (``hidden``, ``mergeCell``) the XML lacks is not run (70 ms a MB each)."""
    from openpyxl.utils import column_index_from_string as col

    hidden = b"hidden" in xml
    hidden_rows = {int(m.group(1)) for m in _HIDDEN_ROW.finditer(xml)} if hidden else set()
    hidden_cols = (
        {  # a range past Excel's last column (a crafted max="99999999") is clipped
            c
            for m in _HIDDEN_COL.finditer(xml)
            for c in range(int(m.group(2)), min(int(m.group(1)), EXCEL_COLUMNS) + 1)
        }
        if hidden
        else set()
    )
    merges = (
        [
            (int(m.group(2)), col(m.group(1).decode()), int(m.group(4)), col(m.group(3).decode()))
            for m in _MERGE.finditer(xml)
        ]
        if b"mergeCell" in xml
        else []
    )
    return hidden_rows, hidden_cols, merges


def _draws_a_line(border: Border | StyleProxy | None) -> bool:
    """Whether a cell's border (a streamed cell's Border, a loaded one's proxy of it) draws any
    of its four sides."""
    return border is not None and any(
        side is not None and side.style
        for side in (border.left, border.right, border.top, border.bottom)
    )


def _sheet(
    ws: Worksheet | ReadOnlyWorksheet,
    size: tuple[int, int],
    hidden_rows: set[int],
    hidden_cols: set[int],
    merges: list[tuple[int, int, int, int]],
    name: str,
    *,
    streaming: bool,
) -> Sheet:
    """One worksheet's visible cells as a Sheet (``size``: its last row and column, 1-based),
    rows and columns renumbered past hidden ones (``streaming``: ``ws`` is read-only).

    The size is checked before anything is built (a cell at row 99,999,999,999 makes a sheet of
    that many rows); merged ranges are clipped to the sheet, and together they may cover at most
    MAX_CELLS_PER_SHEET cells (Excel's do not overlap; a crafted file's may, many times over).
    """
    max_row, max_col = size
    n_rows = max_row - sum(1 for r in hidden_rows if 1 <= r <= max_row)
    n_cols = max_col - sum(1 for c in hidden_cols if 1 <= c <= max_col)
    if n_rows * n_cols > MAX_CELLS_PER_SHEET:
        raise LimitExceededError(
            name,
            f"sheet {ws.title!r} has more than {MAX_CELLS_PER_SHEET:,} cells "
            f"({n_rows:,} rows × {n_cols:,} columns)",
        )
    clipped = []
    covered = 0
    for r0, c0, r1, c1 in merges:
        r0, r1 = sorted((r0, r1))
        c0, c1 = sorted((c0, c1))
        r0, c0, r1, c1 = max(r0, 1), max(c0, 1), min(r1, max_row), min(c1, max_col)
        if r0 > r1 or c0 > c1:
            continue
        covered += (r1 - r0 + 1) * (c1 - c0 + 1)
        if covered > MAX_CELLS_PER_SHEET:
            raise LimitExceededError(
                name,
                f"sheet {ws.title!r} has merged ranges covering more than "
                f"{MAX_CELLS_PER_SHEET:,} cells (ranges that overlap)",
            )
        clipped.append((r0, c0, r1, c1))
    rows = [r for r in range(1, max_row + 1) if r not in hidden_rows]
    cols = [c for c in range(1, max_col + 1) if c not in hidden_cols]
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: i for i, c in enumerate(cols)}
    sheet = Sheet(ws.title, n_rows=len(rows), n_cols=len(cols))
    if streaming:
        _read_streamed(sheet, cast("ReadOnlyWorksheet", ws), max_row, row_at, col_at)
    else:
        _read_loaded(sheet, cast("Worksheet", ws), max_row, row_at, col_at)
    for r0, c0, r1, c1 in clipped:
        vis_r = [row_at[r] for r in range(r0, r1 + 1) if r in row_at]
        vis_c = [col_at[c] for c in range(c0, c1 + 1) if c in col_at]
        if vis_r and vis_c:
            sheet.merges.append((vis_r[0], vis_c[0], vis_r[-1], vis_c[-1]))
            # a merged range is bordered if any of its cells is (Excel draws the outline)
            if any((r, c) in sheet.bordered for r in vis_r for c in vis_c):
                sheet.bordered.update((r, c) for r in vis_r for c in vis_c)
    return sheet


def _epoch(ws: Worksheet | ReadOnlyWorksheet) -> date:
    """Day 0 of the worksheet's workbook's date system (1900, or 1904 for old Mac books)."""
    epoch = getattr(ws.parent, "epoch", None)
    return epoch.date() if isinstance(epoch, datetime) and epoch.year == 1904 else EXCEL_EPOCH


def _read_loaded(
    sheet: Sheet, ws: Worksheet, max_row: int, row_at: dict[int, int], col_at: dict[int, int]
) -> None:
    """A loaded worksheet's shown texts and bordered cells into ``sheet`` (``row_at``,
    ``col_at``: the visible rows' and columns' places), with a budget check every 256 rows."""
    epoch = _epoch(ws)
    # islice: the rows of the sheet's size, not the rows openpyxl would go on to give
    for row_number, row in enumerate(
        itertools.islice(ws.iter_rows(min_row=1, max_row=max_row), max_row), start=1
    ):
        if row_number % 256 == 0:
            budget.check(f"sheet {ws.title!r} row {row_number:,}")
        for cell in row:
            r, c = row_at.get(getattr(cell, "row", 0)), col_at.get(getattr(cell, "column", 0))
            if r is None or c is None:  # hidden
                continue
            value = cell.value
            if value is not None:  # (an empty cell shows nothing, whatever its format)
                text = format_number(value, cell.number_format, epoch)
                if text:
                    sheet.texts[(r, c)] = text
                    exact = rounded_by_general(value, cell.number_format)
                    if exact is not None:
                        sheet.stored[(r, c)] = exact
            # a loaded cell gives a new proxy of its border each time: looked at for each cell
            if _draws_a_line(cell.border):
                sheet.bordered.add((r, c))


def _read_streamed(
    sheet: Sheet,
    ws: ReadOnlyWorksheet,
    max_row: int,
    row_at: dict[int, int],
    col_at: dict[int, int],
) -> None:
    """A streamed worksheet's shown texts and bordered cells into ``sheet``, as _read_loaded.

    Cells come as (row, column, value, style) from _streamed_rows, not as openpyxl's cell
    objects; a style's number format and whether its border draws a line are found once, by
    openpyxl's own cell properties on a stand-in cell of that style (a large sheet has 380,000
    cells and a few dozen styles), and each text or whole number of a style is formatted once."""
    epoch = _epoch(ws)
    from openpyxl.cell.read_only import ReadOnlyCell

    formats: dict[Any, str | None] = {}
    outlined: dict[Any, bool] = {}
    shown: dict[tuple[Any, Any], str] = {}
    texts, bordered = sheet.texts, sheet.bordered
    n_styles = len(ws.parent._cell_styles)  # type: ignore[attr-defined]
    with ws._get_source() as src:  # type: ignore[attr-defined]
        xml, empties = _content_free_cells(src.read())
    # islice: once the last row is read, the parser is not asked for more (it would go on to
    # build an object for each of the sheet's merges, 65 µs apiece)
    rows = _streamed_rows(ws, xml, max_row)
    for row_number, row in enumerate(itertools.islice(rows, max_row), 1):
        if row_number % 256 == 0:
            budget.check(f"sheet {ws.title!r} row {row_number:,}")
        for row_index, column, value, style in row:
            r, c = row_at.get(row_index), col_at.get(column)
            if r is None or c is None:  # hidden
                continue
            if value is not None:  # (an empty cell shows nothing, whatever its format)
                # a text or a whole number in a style is shown once (a sheet repeats them:
                # 85,000 values, 18,000 distinct); a float is not remembered (0.0 == -0.0)
                remembered = type(value) is str or type(value) is int
                text = shown.get((value, style)) if remembered else None
                if text is None:
                    if style not in formats:
                        _check_style(style, n_styles)
                        stand_in = ReadOnlyCell(ws, 0, 0, None, "n", style)
                        formats[style] = stand_in.number_format
                    text = format_number(value, formats[style], epoch)
                    if remembered:
                        shown[(value, style)] = text
                if text:
                    texts[(r, c)] = text
                    if type(value) is float:
                        exact = rounded_by_general(value, formats[style])
                        if exact is not None:
                            sheet.stored[(r, c)] = exact
            drawn = outlined.get(style)
            if drawn is None:
                _check_style(style, n_styles)
                drawn = outlined[style] = _draws_a_line(
                    ReadOnlyCell(ws, 0, 0, None, "n", style).border
                )
            if drawn:
                bordered.add((r, c))
    # each visible row and column by its digits and letters as the XML writes them
    row_of = {str(row).encode(): r for row, r in row_at.items()}
    col_of = {
        letters: col_at[n] for letters, n in _column_numbers_of_bytes().items() if n in col_at
    }
    drawn_by: dict[bytes, bool] = {}
    for letters, digits, style_text in empties:
        r, c = row_of.get(digits), col_of.get(letters)
        if r is None or c is None:  # hidden, or outside the sheet
            continue
        drawn = drawn_by.get(style_text)
        if drawn is None:
            style = int(style_text) if style_text else 0
            _check_style(style, n_styles)
            drawn = drawn_by[style_text] = _draws_a_line(
                ReadOnlyCell(ws, 0, 0, None, "n", style).border
            )
        if drawn:
            bordered.add((r, c))


#: A cell with an address, perhaps a style and a type, and nothing else (``<c r="B12" s="11"/>``
#: as Excel writes it, ``<c r="B12" s="1" t="n" />`` as openpyxl does).
#: (``re``: twice as fast as ``regex`` over a sheet's megabytes, for a pattern both read alike)
_EMPTY_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"(?: s="([0-9]{1,9})")?(?: t="[a-z]{1,9}")? ?/>'
)


def _content_free_cells(xml: bytes) -> tuple[bytes, list[tuple[bytes, bytes, bytes]]]:
    """A sheet's XML without its content-free cells, and those cells (column letters, row
    digits, style digits or ``b""``). Most cells of a large sheet are a style and nothing else
    (295,000 of the 大船渡 sheet's 380,000): they only border their place, which needs no parser.
    Taken out only where every cell gives its address (a cell without one is placed after the
    cell before it)."""
    if xml.count(b"<c ") != xml.count(b'<c r="'):
        return xml, []
    empties = _EMPTY_CELL.findall(xml)
    return (_EMPTY_CELL.sub(b"", xml) if empties else xml), empties


def _check_style(style: Any, n_styles: int) -> None:
    """Raise ValueError (a damaged workbook, as the full mode calls it) for a cell's style index
    that names none of the workbook's ``n_styles`` styles (``s="999"``, ``s=""``)."""
    if type(style) is not int or not 0 <= style < n_styles:
        raise ValueError(f"a cell names style {style!r}, which the workbook does not have")


#: A streamed cell: its row and column (1-based, from its address), its value, its style index.
_StreamedCell = tuple[int, int, Any, Any]


def _streamed_rows(
    ws: ReadOnlyWorksheet, xml: bytes, max_row: int
) -> Iterator[list[_StreamedCell]]:
    """A streamed sheet's rows (``xml``: its XML) as its iter_rows(min_row=1, max_row=max_row)
    gives them: a row
    the XML skips comes empty, a row out of order or past ``max_row`` is left out, and of a
    row's cells those in the sheet's columns, the later of two at one place, left to right.

    openpyxl's own parser reads the XML and each cell's value; the cell objects openpyxl would
    make of them (with a filler for every empty place) are not made."""
    from openpyxl.worksheet._reader import WorkSheetParser

    class CellParser(WorkSheetParser):
        """openpyxl's sheet parser, giving tuples, with a short way through content-free cells."""

        row_text = ""
        row_text_of = -1
        #: Each column's number by its letters, and each style attribute's index, looked up
        #: rather than worked out for each of a large sheet's hundreds of thousands of cells.
        columns: ClassVar[dict[str, int]] = _column_numbers()
        styles: ClassVar[dict[str | None, Any]] = {None: 0}

        def parse_cell(self, element: Any) -> _StreamedCell:  # type: ignore[override]
            """A cell as a tuple; a cell without content (no value, formula or inline string:
            most cells of a large sheet) is placed without openpyxl's coordinate parsing."""
            coordinate = element.get("r")
            if len(element) or not coordinate:
                cell = super().parse_cell(element)
                return cell["row"], cell["column"], cell["value"], cell["style_id"]
            raw = element.get("s")
            style = self.styles.get(raw)
            if style is None:  # as openpyxl's parse_cell takes it (``s=""`` stays "")
                style = self.styles[raw] = int(raw) if raw else raw
            counter = self.row_counter
            if self.row_text_of != counter:  # (a row's number, written as Excel does)
                self.row_text_of = counter
                self.row_text = str(counter) if counter > 0 else ""
            # the usual address, a column's letters and this row's number, is read at once
            text = self.row_text
            column = self.columns.get(coordinate[: -len(text)]) if text else None
            if column is None or not coordinate.endswith(text):
                row, column = coordinate_to_tuple(coordinate)
            else:
                row = counter
            self.col_counter = column
            return row, column, None, style

    from openpyxl.utils.cell import coordinate_to_tuple

    book = ws.parent
    max_col = ws.max_column
    counter = idx = 1
    # the workbook's private parts openpyxl's own streamed rows (_cells_by_row) use
    with io.BytesIO(xml) as src:
        parser = CellParser(
            src,
            ws._shared_strings,  # type: ignore[attr-defined]
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,  # type: ignore[attr-defined]
            timedelta_formats=book._timedelta_formats,  # type: ignore[attr-defined]
        )
        for idx, cells in parser.parse():
            if idx > max_row:
                break
            for _ in range(counter, idx):  # rows the XML skips
                counter += 1
                yield []
            if counter <= idx:
                counter += 1
                last = max_col or (cells[-1][1] if cells else 0)
                placed = {cell[1]: cell for cell in cells if 1 <= cell[1] <= last}
                yield [placed[c] for c in sorted(placed)]
    if max_row < idx:
        for _ in range(counter, max_row + 1):
            yield []


@functools.cache
def _column_numbers_of_bytes() -> dict[bytes, int]:
    """_column_numbers, keyed by the letters as the XML's bytes."""
    return {letters.encode(): n for letters, n in _column_numbers().items()}


@functools.cache
def _column_numbers() -> dict[str, int]:
    """Each column's number by its letters, A to XFD (as openpyxl's coordinate parsing)."""
    from openpyxl.utils import get_column_letter

    return {get_column_letter(n): n for n in range(1, EXCEL_COLUMNS + 1)}


def read_xls(data: bytes, name: str) -> tuple[list[Sheet], list[str]]:
    """The visible sheets of a legacy .xls workbook (needs xlrd: ``pip install 'jpkpi[xls]'``)."""
    try:
        import xlrd
    except ImportError:
        raise MissingDependencyError(
            name, "is an .xls workbook; reading it needs xlrd (pip install 'jpkpi[xls]')"
        ) from None
    log = io.StringIO()  # xlrd writes its warnings to stdout unless given a log file
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=log)
    except Exception as e:  # xlrd raises many kinds for damaged files
        said = [_XLRD_PREFIX.sub("", line) for line in log.getvalue().splitlines() if line.strip()]
        detail = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        if said:
            detail += f"; xlrd: {said[0]}"
        raise DamagedDocumentError(name, f"is not a readable XLS file ({detail[:160]})") from None
    if book.nsheets > MAX_SHEETS:
        raise LimitExceededError(
            name, f"has {book.nsheets:,} sheets, more than the {MAX_SHEETS:,} jpkpi reads"
        )
    warnings: list[str] = []
    sheets = []
    for ws in book.sheets():
        if ws.visibility:
            warnings.append(f"sheet {ws.name!r} is hidden; skipped")
            continue
        if ws.nrows * ws.ncols > MAX_CELLS_PER_SHEET:
            raise LimitExceededError(
                name,
                f"sheet {ws.name!r} has more than {MAX_CELLS_PER_SHEET:,} cells "
                f"({ws.nrows:,} rows × {ws.ncols:,} columns)",
            )
        sheet = Sheet(ws.name, n_rows=ws.nrows, n_cols=ws.ncols)
        bad_styles = 0
        for r in range(ws.nrows):
            for c in range(ws.ncols):
                cell = ws.cell(r, c)
                value: str | float | datetime = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    with contextlib.suppress(ValueError, OverflowError):  # past 9999: a number
                        # a date cell holds its serial number, a float
                        value = xlrd.xldate.xldate_as_datetime(cast(float, value), book.datemode)
                # with formatting_info=True, xlrd gives every cell an XF index
                xf = _xf(book, cast(int, cell.xf_index))
                if xf is None:  # a style index past the workbook's styles: shown as General
                    bad_styles += 1
                fmt = _format_string(book, xf)
                text = format_number(
                    value if value != "" else None,
                    fmt,
                    EXCEL_EPOCH_1904 if book.datemode == 1 else EXCEL_EPOCH,
                )
                if text:
                    sheet.texts[(r, c)] = text
                    exact = rounded_by_general(value, fmt)
                    if exact is not None:
                        sheet.stored[(r, c)] = exact
                if xf is not None:
                    border = cast("XFBorder", xf.border)  # xlrd gives each XF an XFBorder
                    if any(
                        (
                            border.left_line_style,
                            border.right_line_style,
                            border.top_line_style,
                            border.bottom_line_style,
                        )
                    ):
                        sheet.bordered.add((r, c))
        if bad_styles:
            warnings.append(
                f"sheet {ws.name!r}: {bad_styles:,} cells name a style the workbook does not "
                "have; shown unformatted"
            )
        for r0, r1, c0, c1 in ws.merged_cells:  # clipped to the sheet (a damaged file's may not be)
            r1, c1 = min(r1, ws.nrows), min(c1, ws.ncols)
            if r0 < r1 and c0 < c1:
                sheet.merges.append((r0, c0, r1 - 1, c1 - 1))
        sheets.append(sheet)
    return sheets, warnings


def _xf(book: Book, index: int) -> XF | None:
    """A cell's style record (XF) in an .xls workbook; None when the index names none."""
    return book.xf_list[index] if 0 <= index < len(book.xf_list) else None


def _format_string(book: Book, xf: XF | None) -> str | None:
    """The number format of a style record, None (General) when it names no known format."""
    if xf is None:
        return None
    found = book.format_map.get(xf.format_key)
    return found.format_str if found is not None else None
