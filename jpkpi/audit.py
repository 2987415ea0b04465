"""The audit page: one self-contained HTML page that shows what jpkpi read from a document.

A PDF's pages that hold a table are drawn as images (rendered with pypdfium2) with every
recovered cell outlined; a workbook's, web page's, CSV's or text's tables are drawn as HTML
tables, and layout text an adapter read line by line as numbered lines. Each cell is tinted by
the role the reader gave its column (indicator, baseline, target, actual, unit, other,
ignored), every cell that became an observation carries a mark linking to its record, and
cells that look like values but went into no record are outlined in red. Beside the drawing,
the records; above it, the warnings, each linked to its place, and a summary line.

Where an observation was read is its ``cell`` (``indicator_cell`` for the record's name), in the
record's JSON form: ``{"page", "box"}`` for PDFs (points, top-left origin), ``{"sheet",
"cell"}`` for workbooks, ``{"table", "row", "column"}`` for HTML and ``{"line", "column"}`` for
text and CSV (1-based).

The page needs no network: CSS, the images (PNG ``data:`` URIs) and a little script are inline.
The same document gives the same bytes. ``#record-12`` in the page's address opens record 12;
``?click=ID`` clicks the element ``ID`` once the page has loaded (what the browser tests use).
"""

from __future__ import annotations

import base64
import html
import json
import struct
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from jpkpi import __version__
from jpkpi.errors import DamagedDocumentError, JpkpiError, MissingDependencyError, ParseError
from jpkpi.primitives.quantity import decimal_text, parse_quantity
from jpkpi.records.output import OBSERVATION_ROLES, with_record_ids
from jpkpi.tables.model import Cell, Table, TextLine
from jpkpi.understanding.bands import BandSplit, split_bands
from jpkpi.understanding.interpretation import TableInterpretation

if TYPE_CHECKING:
    from jpkpi.document import Document

#: The tints of the page: column roles, and the marks of observations (which add ``budget``).
ROLE_CLASSES = ("indicator", "baseline", "target", "actual", "unit", "other", "ignored")
#: What each tint means, for the legend.
_LEGEND = {
    "indicator": "indicator (its name)",
    "baseline": "baseline",
    "target": "target",
    "actual": "actual",
    "unit": "unit",
    "other": "other (program, status …)",
    "ignored": "ignored or not read",
}
#: A PDF page is drawn this many pixels a point (144 dpi), smaller where the page is large.
RENDER_SCALE = 2.0
#: The longest side of a drawn page, pixels.
MAX_PAGE_PIXELS = 3000
#: How wide a drawn page is shown, CSS pixels a point.
SHOW_SCALE = 1.5
#: How far (points) an observation's box may stand out of the cell it is matched to.
_TOLERANCE = 0.5
#: The "table" of a mark on a line of text outside any table (layout text).
LINES = -1

_PLACE_WORDS = regex.compile(r"\b(page|line|table) ([0-9]+)\b")


@dataclass(frozen=True)
class _Mark:
    """One cell an observation (or a record's name) was read from."""

    record: int  # 1-based, as record ids count
    key: str  # the observation's number in the record, or "name"
    role: str  # baseline, target, actual, budget, or indicator for the name
    table: int  # index into the document's tables; LINES for a line of text
    cell: int  # index into that table's cells, or into the document's lines of text
    box: tuple[float, float, float, float] | None  # a PDF mark's own box (points)
    title: str

    @property
    def id(self) -> str:
        """The mark's element id (``m-12-0``, ``m-12-name``)."""
        return f"m-{self.record}-{self.key}"


@dataclass
class _Observation:
    """An observation of a record as the page lists it."""

    key: str
    role: str
    data: dict[str, Any]
    mark: _Mark | None
    #: The observation names a cell (``cell`` is set) that no recovered table holds.
    lost: bool = False


@dataclass
class _Record:
    number: int
    record_id: str
    data: dict[str, Any]
    observations: list[_Observation]
    name_mark: _Mark | None


# --- finding cells ------------------------------------------------------------------------------


class _CellIndex:
    """The document's table cells (and lines of text outside tables) by the places records name
    them with."""

    def __init__(self, tables: Sequence[Table], lines: Sequence[TextLine] = ()) -> None:
        self.by_page: dict[int, list[tuple[int, int, tuple[float, float, float, float]]]] = {}
        self.by_key: dict[tuple[Any, ...], tuple[int, int]] = {}
        for k, text_line in enumerate(lines):
            if text_line.provenance.line is not None:
                self.by_key.setdefault(("line", text_line.provenance.line), (LINES, k))
        for t, table in enumerate(tables):
            for c, cell in enumerate(table.cells):
                p = cell.provenance
                if p.page is not None and p.bbox is not None:
                    self.by_page.setdefault(p.page, []).append((t, c, p.bbox))
                elif p.sheet is not None and p.address is not None:
                    self.by_key.setdefault(("sheet", p.sheet, p.address), (t, c))
                elif p.address is not None:
                    m = regex.fullmatch(r"table ([0-9]+) row ([0-9]+) col ([0-9]+)", p.address)
                    if m:
                        key = ("html", int(m[1]), int(m[2]), int(m[3]))
                        self.by_key.setdefault(key, (t, c))
                elif p.line is not None and p.column is not None:
                    self.by_key.setdefault(("text", p.line, p.column + 1), (t, c))

    def find(
        self, ref: dict[str, Any]
    ) -> tuple[int, int, tuple[float, float, float, float] | None] | None:
        """The table and cell a record's ``cell`` names, with a PDF mark's box; None if none."""
        try:
            if "page" in ref and "box" in ref:
                x0, top, x1, bottom = (float(v) for v in ref["box"])
                return self._on_page(int(ref["page"]), (x0, top, x1, bottom))
            if "sheet" in ref:
                found = self.by_key.get(("sheet", ref["sheet"], ref["cell"]))
            elif "table" in ref:
                key = ("html", int(ref["table"]), int(ref["row"]), int(ref["column"]))
                found = self.by_key.get(key)
            elif "line" in ref and "column" in ref:
                found = self.by_key.get(("text", int(ref["line"]), int(ref["column"])))
            elif "line" in ref:  # a line of layout text, read without columns
                found = self.by_key.get(("line", int(ref["line"])))
            else:
                return None
        except (KeyError, TypeError, ValueError):
            return None
        return (found[0], found[1], None) if found else None

    def _on_page(
        self, page: int, box: tuple[float, float, float, float]
    ) -> tuple[int, int, tuple[float, float, float, float]] | None:
        """The smallest cell of the page that holds the box's centre, else the cell the box
        overlaps most (a name read from a label cell and the cell beside it spans both)."""
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        best: tuple[float, int, int] | None = None
        overlap: tuple[float, int, int] | None = None
        for t, c, (x0, top, x1, bottom) in self.by_page.get(page, []):
            if x0 - _TOLERANCE <= cx <= x1 + _TOLERANCE and top - _TOLERANCE <= cy <= bottom + (
                _TOLERANCE
            ):
                area = (x1 - x0) * (bottom - top)
                if best is None or area < best[0]:
                    best = (area, t, c)
            shared = max(0.0, min(x1, box[2]) - max(x0, box[0])) * max(
                0.0, min(bottom, box[3]) - max(top, box[1])
            )
            if shared > 0 and (overlap is None or shared > overlap[0]):
                overlap = (shared, t, c)
        chosen = best or overlap
        return (chosen[1], chosen[2], box) if chosen else None


# --- what each cell is --------------------------------------------------------------------------


def _role_class(role: str | None) -> str:
    if role is None or role == "ignore":
        return "ignored"
    return role if role in ROLE_CLASSES else "other"


def _source_rows(split: BandSplit) -> list[int]:
    """For each row of a table whose bands were split, the row of the recovered table."""
    out = []
    shift = 0
    bands = sorted(split.bands, key=lambda b: b.first)
    for r in range(split.table.n_rows):
        band = next((b for b in bands if b.first <= r < b.first + b.count), None)
        if band is not None:
            out.append(band.row)
            if r == band.first + band.count - 1:
                shift += band.count - 1
        else:
            out.append(r - shift)
    return out


@dataclass(frozen=True)
class _CellRole:
    tint: str  # a ROLE_CLASSES name
    what: str  # for people: the role as the reader named it, and the column's header
    header: bool  # the cell stands in a header row of the reading


def _cell_roles(table: Table, reading: TableInterpretation | None) -> list[_CellRole]:
    """Each cell's tint: its column's role (a row's list where the rows name them)."""
    if reading is None:
        return [_CellRole("ignored", "not read", False) for _ in table.cells]
    rows = _source_rows(split_bands(table))
    header_rows: dict[int, int] = {}  # recovered row -> region index
    body_rows: dict[int, int] = {}
    row_lists: dict[tuple[int, int], str] = {}
    for k, region in enumerate(reading.regions):
        for r in region.header_rows:
            if r < len(rows):
                header_rows.setdefault(rows[r], k)
        for r in region.body_rows:
            if r < len(rows):
                body_rows.setdefault(rows[r], k)
        for row in region.rows:
            if row.role == "values" and row.list and row.index < len(rows):
                row_lists.setdefault((k, rows[row.index]), row.list)
    out = []
    for cell in table.cells:
        span_rows = range(cell.row, cell.row + cell.rowspan)
        in_header = any(r in header_rows for r in span_rows)
        in_body = any(r in body_rows for r in span_rows)
        if not (in_header or in_body):
            out.append(_CellRole("ignored", "a row the reader did not read", False))
            continue
        roles: list[tuple[str, str]] = []
        for col in range(cell.col, cell.col + cell.colspan):
            found = next(
                ((k, g) for k, g in enumerate(reading.regions) if g.first_col <= col < g.end_col),
                None,
            )
            if found is None:
                roles.append(("ignore", ""))
                continue
            region_no, region = found
            listed = next(
                (row_lists[(region_no, r)] for r in span_rows if (region_no, r) in row_lists),
                None,
            )
            column = region.column(col)
            if listed is not None and (column is None or column.role != "label"):
                roles.append((listed, "its row's label"))
            elif column is None:
                roles.append(("ignore", ""))
            else:
                roles.append((column.role, column.header))
        kinds = {_role_class(role) for role, _ in roles}
        if len(kinds) == 1:
            role, header = roles[0]
            what = role if not header else f"{role} — {header}"
            out.append(_CellRole(kinds.pop(), what, in_header and not in_body))
        else:
            what = "spans columns of " + ", ".join(dict.fromkeys(r for r, _ in roles))
            out.append(_CellRole("mixed", what, in_header and not in_body))
    return out


def _as_records_read(
    table: Table,
    roles: list[_CellRole],
    t: int,
    marks_by_cell: dict[tuple[int, int], list[_Mark]],
) -> list[_CellRole]:
    """The tints corrected by what the records read: where most marks of a column are of one
    role (its cells became targets) and the interpretation tinted the column otherwise (a
    layout read by the row reader or an adapter, not by the interpretation), the body cells of
    the column take the records' role, and say that the interpretation differs."""
    votes: dict[int, dict[str, int]] = {}
    for c, cell in enumerate(table.cells):
        if cell.colspan != 1:
            continue
        for mark in marks_by_cell.get((t, c), []):
            counts = votes.setdefault(cell.col, {})
            counts[mark.role] = counts.get(mark.role, 0) + 1
    read_as: dict[int, str] = {}
    for col, counts in votes.items():
        role, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n * 2 > sum(counts.values()) and role in ROLE_CLASSES:
            read_as[col] = role
    out = []
    for cell, current in zip(table.cells, roles, strict=True):
        read = read_as.get(cell.col) if cell.colspan == 1 else None
        if read is None or current.header or current.tint == read:
            out.append(current)
            continue
        what = f"{read} (as the records read it; the interpretation: {current.what})"
        out.append(_CellRole(read, what, current.header))
    return out


def _looks_like_value(text: str) -> bool:
    """A cell whose text parses to a number (``1,665人``, ``89.7%``); not a marker, a period."""
    if not text.strip():
        return False
    try:
        return parse_quantity(text).value is not None
    except ParseError:
        return False


# --- text ---------------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        text = repr(value) if isinstance(value, float) else str(value)
    else:
        try:
            text = decimal_text(value)
        except (AttributeError, ValueError):
            return str(value)
    return _grouped(text)


def _grouped(number: str) -> str:
    """A number's text with its whole part in groups of three (``1650000.5`` → ``1,650,000.5``)."""
    m = regex.fullmatch(r"(-?)([0-9]+)((?:\.[0-9]+)?)", number)
    if not m:
        return number  # an exponent: as it is
    return f"{m[1]}{int(m[2]):,}{m[3]}"


def _period_text(period: dict[str, Any] | None) -> str:
    if not period:
        return "no period"
    fy = period.get("fiscal_year")
    year, month = period.get("year"), period.get("month")
    if year is not None and month is not None:
        when = f"{year}-{month:02d}"
    elif fy is not None:
        when = f"FY{fy}"
    else:
        when = ""
    raw = period.get("raw") or ""
    return f"{when} ({raw})" if when and raw else when or raw or "no period"


def _observation_line(role: str, data: dict[str, Any]) -> str:
    """``target FY2024 (R7.3): 3 社・団体``."""
    value = _value_text(data.get("value"))
    if data.get("parts"):
        value = " ".join(
            f"{p.get('label', '')}{_value_text(p.get('value'))}{p.get('unit') or ''}"
            for p in data["parts"]
        )
    unit = f" {data['unit']}" if data.get("unit") and not data.get("parts") else ""
    return f"{role} {_period_text(data.get('period'))}: {value}{unit}"


def _record_title(record: _Record, obs: _Observation | None) -> str:
    """The tooltip of a mark: the record, then the observation with its raw text and flags."""
    d = record.data
    lines = [f"#{record.number} {d.get('indicator') or '(no name)'} ({d.get('kind')})"]
    if d.get("unit"):
        lines.append(f"unit: {d['unit']}")
    if obs is not None:
        lines.append(_observation_line(obs.role, obs.data))
        lines.append(f"raw: {obs.data.get('raw', '')}")
        flags = obs.data.get("flags") or []
        lines.append("flags: " + (", ".join(flags) if flags else "none"))
    else:
        lines.append("the indicator's name")
    for warning in d.get("warnings") or []:
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def _cell_ref_text(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "—"
    if "page" in ref:
        box = ", ".join(f"{float(v):.1f}" for v in ref.get("box") or [])
        return f"page {ref['page']} [{box}]"
    if "sheet" in ref:
        return f"{ref['sheet']}!{ref.get('cell')}"
    if "table" in ref:
        return f"table {ref['table']} row {ref.get('row')} column {ref.get('column')}"
    if "line" in ref:
        column = f" column {ref['column']}" if "column" in ref else ""
        return f"line {ref['line']}{column}"
    return json.dumps(ref, ensure_ascii=False, sort_keys=True)


# --- PDF pages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PageImage:
    width: float  # points
    height: float
    png: bytes | None  # None: the page could not be drawn
    #: Where the drawn area starts, points from the media box's left and top edges.
    dx: float = 0.0
    dy: float = 0.0
    note: str | None = None


def _png_gray(width: int, height: int, stride: int, pixels: bytes) -> bytes:
    """An 8-bit grayscale PNG of the pixels (rows ``stride`` bytes apart), compressed the same
    way every time."""
    rows = b"".join(
        b"\x00" + pixels[y * stride : y * stride + width] for y in range(height)
    )  # filter type 0 each row

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 6))
        + chunk(b"IEND", b"")
    )


def render_pages(
    data: bytes, numbers: Iterable[int], *, password: str = "", name: str = "<pdf>"
) -> dict[int, _PageImage]:
    """The pages of a PDF (1-based numbers) drawn in grays, as PNGs with their sizes in points.

    Raises MissingDependencyError without pypdfium2 and DamagedDocumentError when PDFium cannot
    open the file; a page PDFium cannot draw is given without its image and a note.
    """
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:
        raise MissingDependencyError(
            name,
            "the audit page draws PDF pages with pypdfium2, a dependency of jpkpi that is not "
            "installed: pip install pypdfium2",
        ) from None
    try:
        pdf = pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as e:
        raise DamagedDocumentError(name, f"cannot be opened to draw its pages ({e})") from None
    out: dict[int, _PageImage] = {}
    try:
        for number in numbers:
            if not 1 <= number <= len(pdf):
                continue
            page = pdf[number - 1]
            try:
                out[number] = _render_page(page, pdfium_c.FPDFBitmap_Gray, pdfium.PdfiumError)
            finally:
                page.close()
    finally:
        pdf.close()
    return out


def _seen_crop(
    media: tuple[float, float, float, float],
    crop: tuple[float, float, float, float],
    rotation: int,
) -> tuple[float, float, float, float]:
    """Where the crop box (what PDFium draws) stands on the page as seen: its left and top
    edges from the seen media box's top-left corner, its width and height (points).

    The tables' boxes are measured on the page as seen (turned by /Rotate, from the media box's
    corner), as a viewer shows it; PDFium draws the crop box as seen.
    """
    m_left, m_bottom, m_right, m_top = media
    width, height = m_right - m_left, m_top - m_bottom

    def seen(x: float, y: float) -> tuple[float, float]:
        u, v = x - m_left, m_top - y  # top-down, on the unturned page
        if rotation == 90:  # turned clockwise
            return height - v, u
        if rotation == 180:
            return width - u, height - v
        if rotation == 270:
            return v, width - u
        return u, v

    c_left, c_bottom, c_right, c_top = crop
    corners = [seen(x, y) for x in (c_left, c_right) for y in (c_bottom, c_top)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def _render_page(page: Any, gray: int, error: type[Exception]) -> _PageImage:
    (m0, m1, m2, m3), (c0, c1, c2, c3) = page.get_mediabox(), page.get_cropbox()
    media = (float(m0), float(m1), float(m2), float(m3))
    crop = (float(c0), float(c1), float(c2), float(c3))
    dx, dy, width, height = _seen_crop(media, crop, int(page.get_rotation()) % 360)
    scale = min(RENDER_SCALE, MAX_PAGE_PIXELS / max(width, height, 1.0))
    try:
        bitmap = page.render(scale=scale, grayscale=True, force_bitmap_format=gray)
        png = _png_gray(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
    except error as e:
        return _PageImage(width, height, None, dx, dy, f"this page cannot be drawn ({e})")
    return _PageImage(width, height, png, dx, dy)


# --- the page -----------------------------------------------------------------------------------

_CSS = """
:root{--indicator:#4e79a7;--baseline:#9c5f2f;--target:#e8741c;--actual:#2e8b57;--unit:#9b59b6;
--other:#2a9d8f;--ignored:#8d8d8d;--budget:#b8860b;--mixed:#8d8d8d}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;
color:#1d1d1d;display:grid;grid-template-rows:auto minmax(0,1fr);height:100vh}
header{padding:.5rem 1rem;border-bottom:1px solid #bbb;max-height:38vh;overflow:auto;
background:#f6f6f4}
h1{font-size:1.15rem;margin:0 0 .2rem}
h2{font-size:1rem;margin:.2rem 0 .4rem}
#summary{margin:0 0 .3rem;font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;margin:.2rem 0;padding:0;list-style:none;
font-size:12px}
.legend li::before{content:"";display:inline-block;width:.9em;height:.9em;margin-right:.3em;
vertical-align:-.1em;background:var(--c);opacity:.55;border:1px solid var(--c)}
.legend li.unread-key::before{background:none;border:2px dashed #d62728;opacity:1}
.legend li.mark-key::before{background:none;border:2px solid #222;opacity:1}
#warnings{margin:.2rem 0;padding-left:1.3rem;font-size:13px}
#warnings li{margin:.1rem 0}
.notes{font-size:12px;color:#555;margin:.2rem 0}
main{display:grid;grid-template-columns:minmax(0,1fr) 27rem;min-height:0}
#view{overflow:auto;padding:1rem;background:#dcdcd8}
#side{display:flex;flex-direction:column;min-height:0;border-left:1px solid #bbb;
background:#fff}
#side>h2{margin:.4rem .7rem .2rem}
#records-box{flex:1 1 auto;min-height:0;overflow:auto;padding:0 .7rem .7rem}
.c-indicator{--c:var(--indicator)}.c-baseline{--c:var(--baseline)}.c-target{--c:var(--target)}
.c-actual{--c:var(--actual)}.c-unit{--c:var(--unit)}.c-other{--c:var(--other)}
.c-ignored{--c:var(--ignored)}.c-budget{--c:var(--budget)}.c-mixed{--c:var(--mixed)}
.pdfpage{margin:0 auto 1.5rem}
.pdfpage h2,.grid h2{font-size:.95rem}
.sheet{position:relative;background:#fff;box-shadow:0 1px 5px rgba(0,0,0,.35);overflow:hidden}
.sheet img{position:absolute;inset:0;width:100%;height:100%}
.cell{position:absolute;border:1px solid rgba(0,0,0,.4);
background:color-mix(in srgb,var(--c) 22%,transparent)}
.cell.head{background:color-mix(in srgb,var(--c) 12%,transparent)}
.cell.c-ignored,.cell.c-mixed{background:transparent}
.cell.unread,td.unread{outline:2px dashed #d62728;outline-offset:-2px}
.tablebox{position:absolute;border:2px solid #444;pointer-events:none}
.tablebox span{position:absolute;left:-2px;top:-1.3em;font-size:11px;background:#444;color:#fff;
padding:0 .3em;white-space:nowrap}
a.mark{position:absolute;display:block;outline:2px solid var(--c);outline-offset:-1px;z-index:2}
a.mark.name{outline-style:dotted}
a.mark:hover,a.mark:focus{background:color-mix(in srgb,var(--c) 30%,transparent);z-index:3}
a.mark::after{content:attr(data-tag);position:absolute;left:100%;top:-2px;display:none;
background:var(--c);color:#fff;font-size:11px;padding:0 .3em;white-space:nowrap}
a.mark:hover::after,a.mark:focus::after{display:block}
.selected{outline:3px solid #e0102a !important;outline-offset:1px}
a.mark.selected{z-index:4;outline-offset:-1px}
.flash{animation:flash 1.2s 2}
@keyframes flash{50%{background:#ffe100}}
.pagenote{color:#a00;font-size:12px}
.grid{margin:0 0 1.5rem}
.grid table{border-collapse:collapse;background:#fff;font-size:13px}
.grid td,.grid th{border:1px solid #999;padding:.15rem .35rem;vertical-align:top;
max-width:22rem;overflow-wrap:anywhere}
.grid td{background:color-mix(in srgb,var(--c) 20%,#fff)}
.grid td.head{background:color-mix(in srgb,var(--c) 10%,#fff)}
.grid td.c-ignored,.grid td.c-mixed{background:#fff}
.grid th{background:#eee;font-weight:normal;font-size:11px;color:#444;white-space:nowrap}
.grid th.role{background:color-mix(in srgb,var(--c) 35%,#fff);color:#111}
.grid .text{white-space:pre-wrap}
.lines{background:#fff;padding:.5rem;font-size:13px}
.ln{display:flex;gap:.6rem;align-items:baseline}
.ln .no{flex:0 0 3.5em;text-align:right;color:#888;font-size:11px}
.ln .text{white-space:pre-wrap}
a.badge{display:inline-block;margin:0 0 0 .25em;padding:0 .35em;border-radius:.7em;
font-size:11px;line-height:1.5;color:#fff;background:var(--c);text-decoration:none}
a.badge.name{background:#fff;color:var(--c);border:1px solid var(--c)}
#panel{flex:0 0 auto;background:#fffbea;border-bottom:1px solid #d9b84a;
padding:.4rem .7rem;max-height:55%;overflow:auto;font-size:13px}
#panel h2{margin:0 1.4rem .3rem 0}
#panel-close{float:right;border:0;background:none;font-size:1.1rem;cursor:pointer}
#panel dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:.2rem 0}
#panel dt{color:#666}#panel dd{margin:0}
#panel table{border-collapse:collapse;width:100%;margin:.3rem 0}
#panel td,#panel th{border-bottom:1px solid #e5dcb8;padding:.1rem .25rem;text-align:left;
vertical-align:top}
#panel td a{white-space:nowrap}
#records{list-style:none;margin:0;padding:0}
#records li{padding:.3rem .2rem;border-bottom:1px solid #eee;font-size:13px}
#records .n{color:#666;margin-right:.3em;text-decoration:none}
#records .ind{font-weight:600}
#records .obs a,#records .obs span{display:inline-block;margin:.1rem .3rem 0 0;padding:0 .3rem;
border-left:3px solid var(--c);font-size:12px;text-decoration:none;color:#222}
#records .obs span.lost{border-left-style:dotted;color:#a00}
#records .obs span.none{border-left:3px solid #ccc;color:#777;font-style:italic}
#records .warn{color:#b35900}
footer{font-size:11px;color:#777;margin-top:1rem}
"""

_SCRIPT = """
(function () {
  "use strict";
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var selected = [];
  function select(n) {
    var detail = document.getElementById("detail-" + n);
    if (!detail) { return false; }
    body.replaceChildren(detail.content.cloneNode(true));
    panel.hidden = false;
    panel.setAttribute("data-record", n);
    selected.forEach(function (el) { el.classList.remove("selected"); });
    selected = Array.prototype.slice.call(
      document.querySelectorAll('[data-record="' + n + '"]:not(#panel)'));
    selected.forEach(function (el) { el.classList.add("selected"); });
    return true;
  }
  function follow(hash, scroll) {
    var m = /^#(?:record-([0-9]+)|m-([0-9]+)-[a-z0-9]+)$/.exec(hash || "");
    if (!m) { return; }
    var n = m[1] || m[2];
    if (!select(n)) { return; }
    var target = document.getElementById(hash.slice(1));
    if (scroll && target) { target.scrollIntoView({block: "nearest"}); }
    if (m[2] && target) {
      target.classList.remove("flash");
      void target.offsetWidth;
      target.classList.add("flash");
    }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) { follow(link.getAttribute("href"), false); }
  });
  window.addEventListener("hashchange", function () { follow(location.hash, true); });
  document.getElementById("panel-close").addEventListener("click", function () {
    panel.hidden = true;
    selected.forEach(function (el) { el.classList.remove("selected"); });
    selected = [];
  });
  follow(location.hash, true);
  var click = /[?&]click=([A-Za-z0-9-]+)/.exec(location.search);
  if (click) {
    var el = document.getElementById(click[1]);
    if (el) { el.click(); }
  }
})();
"""


def audit_html(
    doc: Document,
    *,
    pdf: bytes | None = None,
    password: str | None = None,
    records: Sequence[dict[str, Any]] | None = None,
) -> str:
    """The audit page of a parsed document, as one self-contained HTML string.

    ``pdf`` is the PDF to draw the pages from (default: the bytes ``jpkpi.parse`` read) and
    ``password`` its user password (default: the one ``parse`` was given); ``records`` the
    records' JSON form (default: ``doc.records``).
    """
    dicts = [r.to_dict() for r in doc.records] if records is None else list(records)
    tables = doc.tables
    readings: dict[int, TableInterpretation] = {}
    if tables:
        readings = {r.table: r for r in doc.interpretations()}
    text_lines = [b for b in doc.blocks if isinstance(b, TextLine)]
    index = _CellIndex(tables, text_lines)
    recs = _records(dicts, index)
    roles = [_cell_roles(t, readings.get(i)) for i, t in enumerate(tables)]
    marks_by_cell: dict[tuple[int, int], list[_Mark]] = {}
    for rec in recs:
        for mark in _marks_of(rec):
            marks_by_cell.setdefault((mark.table, mark.cell), []).append(mark)
    for t, table in enumerate(tables):
        roles[t] = _as_records_read(table, roles[t], t, marks_by_cell)
    unread: set[tuple[int, int]] = set()
    for t, table in enumerate(tables):
        for c, cell in enumerate(table.cells):
            if (
                (t, c) not in marks_by_cell
                and not roles[t][c].header
                and _looks_like_value(cell.text)
            ):
                unread.add((t, c))
    views: list[str] = []
    anchors: set[str] = set()
    if doc.kind == "pdf" and tables:
        stored = doc._pdf
        data = pdf if pdf is not None else stored[0] if stored else None
        if password is None:
            password = stored[1] if stored else ""
        if data is None:
            raise JpkpiError(
                f"{doc.name}: the audit page needs the PDF's bytes to draw its pages (pdf=...)"
            )
        by_page: dict[int, dict[int, list[int]]] = {}  # page -> table -> its cells there
        for t, table in enumerate(tables):
            for c, cell in enumerate(table.cells):
                if cell.provenance.page is not None and cell.provenance.bbox is not None:
                    by_page.setdefault(cell.provenance.page, {}).setdefault(t, []).append(c)
        images = render_pages(data, sorted(by_page), password=password or "", name=doc.name)
        for number in sorted(by_page):
            views.append(
                _pdf_page(
                    number,
                    images.get(number),
                    tables,
                    by_page[number],
                    roles,
                    marks_by_cell,
                    unread,
                    anchors,
                )
            )
    else:
        for t, table in enumerate(tables):
            views.append(_grid(t, table, readings.get(t), roles[t], marks_by_cell, unread, anchors))
    if any(t == LINES for t, _ in marks_by_cell):
        views.append(_lines(text_lines, marks_by_cell, anchors))
    return _page(doc, recs, readings, views, anchors, len(unread))


def _records(dicts: list[dict[str, Any]], index: _CellIndex) -> list[_Record]:
    out = []
    for number, (rid, data) in enumerate(with_record_ids(dicts), start=1):
        observations: list[_Observation] = []
        for role, key in OBSERVATION_ROLES:
            value = data.get(key)
            items = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
            for item in items:
                if isinstance(item, dict):
                    observations.append(_Observation(str(len(observations)), role, item, None))
        rec = _Record(number, rid, data, observations, None)
        for obs in observations:
            ref = obs.data.get("cell")
            found = index.find(ref) if isinstance(ref, dict) else None
            obs.lost = isinstance(ref, dict) and found is None
            if found:
                obs.mark = _Mark(
                    number, obs.key, obs.role, found[0], found[1], found[2], _record_title(rec, obs)
                )
        ref = data.get("indicator_cell")
        found = index.find(ref) if isinstance(ref, dict) else None
        if found:
            title = _record_title(rec, None)
            rec.name_mark = _Mark(number, "name", "indicator", found[0], found[1], found[2], title)
        out.append(rec)
    return out


def _marks_of(rec: _Record) -> list[_Mark]:
    marks = [o.mark for o in rec.observations if o.mark is not None]
    return [rec.name_mark, *marks] if rec.name_mark is not None else marks


def _pct(value: float, whole: float) -> str:
    return f"{100 * value / whole:.3f}%" if whole else "0%"


def _box_style(box: tuple[float, float, float, float], image: _PageImage) -> str:
    x0, top, x1, bottom = box
    x0, x1, top, bottom = x0 - image.dx, x1 - image.dx, top - image.dy, bottom - image.dy
    return (
        f"left:{_pct(x0, image.width)};top:{_pct(top, image.height)};"
        f"width:{_pct(x1 - x0, image.width)};height:{_pct(bottom - top, image.height)}"
    )


def _box_data(box: tuple[float, float, float, float]) -> str:
    return " ".join(f"{v:.2f}" for v in box)


def _mark_tag(mark: _Mark) -> str:
    return f"#{mark.record} {'name' if mark.key == 'name' else mark.role}"


def _pdf_page(
    number: int,
    image: _PageImage | None,
    tables: Sequence[Table],
    cells: dict[int, list[int]],
    roles: list[list[_CellRole]],
    marks_by_cell: dict[tuple[int, int], list[_Mark]],
    unread: set[tuple[int, int]],
    anchors: set[str],
) -> str:
    if image is None:  # PDFium has fewer pages than pdfminer read: draw on a blank A4
        image = _PageImage(595.0, 842.0, None, note="this page cannot be drawn")
    out = [
        f'<section class="pdfpage" id="page-{number}" '
        f'style="width:min(100%,{image.width * SHOW_SCALE:.0f}px)">',
        f"<h2>page {number}</h2>",
    ]
    anchors.add(f"page-{number}")
    if image.note:
        out.append(f'<p class="pagenote">{_e(image.note)}</p>')
    out.append(
        f'<div class="sheet" style="aspect-ratio:{image.width:.2f}/{image.height:.2f}" '
        f'data-size="{image.width:.2f} {image.height:.2f}">'
    )
    if image.png is not None:
        src = "data:image/png;base64," + base64.b64encode(image.png).decode("ascii")
        out.append(f'<img src="{src}" alt="page {number}">')
    marks: list[_Mark] = []
    for t, indexes in cells.items():
        table = tables[t]
        on_page = [(c, table.cells[c]) for c in indexes]
        boxes = [cell.provenance.bbox for _, cell in on_page if cell.provenance.bbox]
        outer = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        first = f"table-{t + 1}" not in anchors
        ident = f' id="table-{t + 1}"' if first else ""
        anchors.add(f"table-{t + 1}")
        out.append(
            f'<div class="tablebox"{ident} style="{_box_style(outer, image)}">'
            f"<span>table {t + 1}</span></div>"
        )
        for c, cell in on_page:
            bbox = cell.provenance.bbox
            assert bbox is not None  # on_page holds cells with a box
            role = roles[t][c]
            classes = ["cell", f"c-{role.tint}"]
            if role.header:
                classes.append("head")
            if (t, c) in unread:
                classes.append("unread")
            title = f"table {t + 1}, row {cell.row + 1}, column {cell.col + 1}: {role.what}"
            if (t, c) in unread:
                title += "\nlooks like a value, but went into no record"
            out.append(
                f'<div class="{" ".join(classes)}" data-table="{t + 1}" data-cell="{c}" '
                f'data-box="{_box_data(bbox)}" style="{_box_style(bbox, image)}" '
                f'title="{_e(title)}"></div>'
            )
            marks.extend(marks_by_cell.get((t, c), []))
    for mark in marks:
        table = tables[mark.table]
        box = mark.box or table.cells[mark.cell].provenance.bbox
        if box is None:
            continue
        kind = " name" if mark.key == "name" else ""
        tint = "indicator" if mark.key == "name" else mark.role
        out.append(
            f'<a class="mark{kind} c-{tint}" id="{mark.id}" href="#record-{mark.record}" '
            f'data-record="{mark.record}" data-table="{mark.table + 1}" data-cell="{mark.cell}" '
            f'data-box="{_box_data(box)}" data-tag="{_e(_mark_tag(mark))}" '
            f'style="{_box_style(box, image)}" title="{_e(mark.title)}"></a>'
        )
    out.append("</div></section>")
    return "\n".join(out)


def _row_label(table: Table, row: list[Cell]) -> tuple[str, str | None]:
    """What a grid row is called in its source (``line 12``, ``row 8``), and its anchor."""
    firsts = [c.provenance for c in row]
    lines = [p.line for p in firsts if p.line is not None]
    if lines:
        return f"line {min(lines)}", f"line-{min(lines)}"
    for p in firsts:
        if p.sheet is not None and p.address:
            m = regex.search(r"[0-9]+$", p.address)
            if m:
                return f"row {m[0]}", None
        if p.address:
            m = regex.search(r"row ([0-9]+)", p.address)
            if m:
                return f"row {m[1]}", None
    return "", None


def _grid(
    t: int,
    table: Table,
    reading: TableInterpretation | None,
    roles: list[_CellRole],
    marks_by_cell: dict[tuple[int, int], list[_Mark]],
    unread: set[tuple[int, int]],
    anchors: set[str],
) -> str:
    anchors.add(f"table-{t + 1}")
    place = "" if table.place in ("?", f"table {t + 1}") else f" · {_e(table.place)}"
    if table.provenance.address and not table.provenance.sheet and place:
        place = f" · the page's {_e(table.place)}"  # an HTML page's tables count layout ones
    out = [
        f'<section class="grid" id="table-{t + 1}">',
        f"<h2>table {t + 1}{place} · {table.n_rows} rows × {table.n_cols} columns</h2>",
        "<table>",
    ]
    head = ["<tr><th></th>"]
    for col in range(table.n_cols):
        name = None
        if reading is not None:
            region = next((g for g in reading.regions if g.first_col <= col < g.end_col), None)
            column = region.column(col) if region is not None else None
            name = column.role if column is not None else None
        head.append(f'<th class="role c-{_role_class(name)}">{_e(name or "—")}</th>')
    head.append("</tr>")
    out.append("".join(head))
    index = {id(cell): c for c, cell in enumerate(table.cells)}
    grid = table.grid()
    for r, row in enumerate(table.rows()):
        label, anchor = _row_label(table, row)
        ident = ""
        if anchor and anchor not in anchors:
            anchors.add(anchor)
            ident = f' id="{anchor}"'
        parts = [f"<tr><th{ident}>{_e(label)}</th>"]
        for cell in _row_places(row, grid[r]):
            if cell is None:  # a place no cell covers (a workbook's empty cell): kept in line
                parts.append('<td class="c-ignored"></td>')
                continue
            c = index[id(cell)]
            role = roles[c]
            classes = [f"c-{role.tint}"]
            if role.header:
                classes.append("head")
            if (t, c) in unread:
                classes.append("unread")
            where = cell.provenance
            place = (
                f"{where.sheet}!{where.address}"
                if where.sheet
                else where.address or (f"line {where.line}" if where.line else "")
            )
            title = f"{place}: {role.what}" if place else role.what
            if (t, c) in unread:
                title += "\nlooks like a value, but went into no record"
            span = ""
            if cell.rowspan > 1:
                span += f' rowspan="{cell.rowspan}"'
            if cell.colspan > 1:
                span += f' colspan="{cell.colspan}"'
            badges = [_badge(mark, t, c) for mark in marks_by_cell.get((t, c), [])]
            parts.append(
                f'<td class="{" ".join(classes)}"{span} data-table="{t + 1}" data-cell="{c}" '
                f'title="{_e(title)}"><span class="text">{_e(cell.text)}</span>'
                + "".join(badges)
                + "</td>"
            )
        parts.append("</tr>")
        out.append("".join(parts))
    out.append("</table>")
    if table.overlays:
        texts = " · ".join(_e(o.text) for o in table.overlays)
        out.append(f'<p class="notes">text printed over the grid: {texts}</p>')
    out.append("</section>")
    return "\n".join(out)


def _row_places(row: Sequence[Cell], places: Sequence[Cell | None]) -> Iterator[Cell | None]:
    """A row's cells left to right, with None before a cell for each place no cell covers (a
    workbook's empty cells are not kept), so every cell stays in its column."""
    col = 0
    for cell in row:
        for c in range(col, min(cell.col, len(places))):
            if places[c] is None:
                yield None
        yield cell
        col = max(col, cell.col + cell.colspan)


def _lines(
    lines: Sequence[TextLine], marks_by_cell: dict[tuple[int, int], list[_Mark]], anchors: set[str]
) -> str:
    """The document's lines of text outside tables (layout text an adapter read line by line),
    numbered, with the marks of the records read from them."""
    out = ['<section class="lines" id="lines"><h2>lines read as text</h2>']
    for k, text_line in enumerate(lines):
        number = text_line.provenance.line
        ident = ""
        if number is not None and f"line-{number}" not in anchors:
            anchors.add(f"line-{number}")
            ident = f' id="line-{number}"'
        badges = "".join(_badge(mark, LINES, k) for mark in marks_by_cell.get((LINES, k), []))
        out.append(
            f'<div class="ln"{ident}><span class="no">{number if number is not None else ""}'
            f'</span><span class="text">{_e(text_line.text)}</span>{badges}</div>'
        )
    out.append("</section>")
    return "\n".join(out)


def _badge(mark: _Mark, t: int, c: int) -> str:
    """A mark inside a grid cell or a line: a small link in its role's colour."""
    kind = " name" if mark.key == "name" else ""
    tint = "indicator" if mark.key == "name" else mark.role
    where = f'data-line="{c}"' if t == LINES else f'data-table="{t + 1}" data-cell="{c}"'
    return (
        f'<a class="mark badge{kind} c-{tint}" id="{mark.id}" href="#record-{mark.record}" '
        f'data-record="{mark.record}" {where} title="{_e(mark.title)}">{mark.record}</a>'
    )


def _linked(text: str, anchors: set[str], fallback: str | None = None) -> str:
    """A warning, linked to the first place it names that the page shows (or ``fallback``)."""
    for m in _PLACE_WORDS.finditer(text):
        anchor = f"{m[1]}-{m[2]}"
        if anchor in anchors:
            return f'<a href="#{anchor}">{_e(text)}</a>'
    if fallback:
        return f'<a href="#{fallback}">{_e(text)}</a>'
    return _e(text)


def _detail(rec: _Record) -> str:
    d = rec.data
    out = [
        f'<template id="detail-{rec.number}">',
        f"<h2>#{rec.number} {_e(d.get('indicator') or '(no name)')}</h2><dl>",
    ]
    fields = [
        ("record", rec.record_id),
        ("kind", d.get("kind")),
        ("unit", d.get("unit")),
        ("program", d.get("program")),
        ("section", " › ".join(d.get("section") or [])),
        ("page", d.get("page")),
        ("line", d.get("line")),
        ("status", (d.get("status") or {}).get("value")),
        ("computed", (d.get("status") or {}).get("computed")),
        ("name read at", _cell_ref_text(d.get("indicator_cell"))),
    ]
    for label, value in fields:
        if value not in (None, "", "—") or label in ("kind", "unit"):
            out.append(f"<dt>{_e(label)}</dt><dd>{_e(value if value is not None else '—')}</dd>")
    out.append("</dl>")
    out.append(
        "<table><tr><th>role</th><th>period</th><th>value</th><th>raw</th>"
        "<th>flags</th><th>cell</th></tr>"
    )
    for obs in rec.observations:
        o = obs.data
        value = _value_text(o.get("value"))
        if o.get("parts"):
            value = " ".join(
                f"{p.get('label', '')} {_value_text(p.get('value'))}" for p in o["parts"]
            )
        elif o.get("unit"):
            value += f" {o['unit']}"
        ref = o.get("cell")
        full = _cell_ref_text(ref)
        short = f"page {ref['page']}" if isinstance(ref, dict) and "page" in ref else full
        if obs.mark is not None:
            cell = f'<a href="#{obs.mark.id}" title="{_e(full)}">{_e(short)}</a>'
        else:
            cell = _e(full) + (" (in no recovered table)" if obs.lost else "")
        out.append(
            f'<tr class="c-{obs.role}"><td>{_e(obs.role)}</td>'
            f"<td>{_e(_period_text(o.get('period')))}</td><td>{_e(value)}</td>"
            f"<td>{_e(o.get('raw', ''))}</td>"
            f"<td>{_e(', '.join(o.get('flags') or []) or '—')}</td><td>{cell}</td></tr>"
        )
    out.append("</table>")
    warnings = d.get("warnings") or []
    if warnings:
        out.append('<ul class="warn">' + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>")
    out.append("</template>")
    return "".join(out)


def _entry(rec: _Record) -> str:
    d = rec.data
    where = (
        f"p.{d['page']}"
        if d.get("page") is not None
        else (f"line {d['line']}" if d.get("line") is not None else "")
    )
    out = [
        f'<li id="record-{rec.number}" data-record="{rec.number}">',
        f'<a class="n" href="#record-{rec.number}">#{rec.number}</a>',
    ]
    name = _e(d.get("indicator") or "(no name)")
    if rec.name_mark is not None:
        out.append(f'<a class="ind" href="#{rec.name_mark.id}">{name}</a>')
    else:
        out.append(f'<span class="ind">{name}</span>')
    out.append(f" <small>{_e(d.get('kind'))}{' · ' + _e(where) if where else ''}</small>")
    if d.get("warnings"):
        out.append(f' <span class="warn" title="{_e(chr(10).join(d["warnings"]))}">⚠</span>')
    out.append('<div class="obs">')
    if not rec.observations:
        out.append('<span class="none">no values</span>')
    for obs in rec.observations:
        text = _e(_observation_line(obs.role, obs.data))
        if obs.mark is not None:
            out.append(f'<a class="c-{obs.role}" href="#{obs.mark.id}">{text}</a>')
        elif obs.lost:
            out.append(
                f'<span class="c-{obs.role} lost" title="its cell is in no recovered table">'
                f"{text}</span>"
            )
        else:
            out.append(f'<span class="c-{obs.role}" title="no cell recorded">{text}</span>')
    out.append("</div></li>")
    return "".join(out)


def _page(
    doc: Document,
    recs: list[_Record],
    readings: dict[int, TableInterpretation],
    views: list[str],
    anchors: set[str],
    unread: int,
) -> str:
    record_warnings = sum(len(r.data.get("warnings") or []) for r in recs)
    table_warnings = sum(len(r.warnings) for r in readings.values())
    warnings = len(doc.warnings) + record_warnings + table_warnings
    lost = sum(o.lost for r in recs for o in r.observations)
    unplaced = sum(o.mark is None and not o.lost for r in recs for o in r.observations)
    summary = (
        f"{doc.table_count} tables, {len(recs)} records, {warnings} warnings, "
        f"{unread} cells that look like values but went into no record"
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{_e(doc.name)} — jpkpi audit</title>",
        f"<style>{_CSS}</style></head><body>",
        "<header>",
        f"<h1>{_e(doc.name)}</h1>",
        f'<p id="summary" data-tables="{doc.table_count}" data-records="{len(recs)}" '
        f'data-warnings="{warnings}" data-unread="{unread}">{_e(summary)}</p>',
        f'<p class="notes">{_e(doc.kind)} · read by the {_e(doc.adapter)} adapter'
        + (f" · source {_e(doc.source)}" if doc.source else "")
        + "</p>",
    ]
    notes = []
    if lost:
        notes.append(f"{lost} observations name a cell that is in no recovered table")
    if unplaced:
        notes.append(f"{unplaced} observations carry no cell, so they are not marked")
    if doc.adapter != "generic" and doc.tables:
        notes.append(
            f"the tints are the generic reader's column roles; the {doc.adapter} adapter read "
            "the records its own way"
        )
    for note in notes:
        out.append(f'<p class="notes">{_e(note)}</p>')
    out.append('<ul class="legend">')
    for key in ROLE_CLASSES:
        out.append(f'<li class="c-{key}">{_e(_LEGEND[key])}</li>')
    out.append('<li class="mark-key">a value read into a record (dotted: its name)</li>')
    out.append('<li class="unread-key">looks like a value, went into no record</li></ul>')
    items = [f"<li>{_linked(w, anchors)}</li>" for w in doc.warnings]
    for reading in (readings[k] for k in sorted(readings)):
        fallback = f"table-{reading.table + 1}"
        items.extend(
            f"<li>table {reading.table + 1}: {_linked(w, anchors, fallback)}</li>"
            for w in reading.warnings
        )
    for rec in recs:
        items.extend(
            f'<li><a href="#record-{rec.number}">#{rec.number}</a> '
            f"{_e(rec.data.get('indicator') or '(no name)')}: {_e(w)}</li>"
            for w in rec.data.get("warnings") or []
        )
    if items:
        out.append(f'<h2>{warnings} warnings</h2><ol id="warnings">')
        out.extend(items)
        out.append("</ol>")
    else:
        out.append('<p class="notes" id="warnings">no warnings</p>')
    out.append("</header><main>")
    out.append('<div id="view">')
    if not views:
        out.append("<p>No tables were recovered from this document.</p>")
    out.extend(views)
    out.append(f"<footer>jpkpi {_e(__version__)} audit page</footer></div>")
    out.append('<aside id="side">')
    out.append(
        '<section id="panel" hidden><button id="panel-close" type="button" '
        'aria-label="close">×</button><div id="panel-body"></div></section>'
    )
    out.append(f"<h2>{len(recs)} records</h2>")
    out.append('<div id="records-box"><ol id="records">')
    out.extend(_entry(rec) for rec in recs)
    out.append("</ol></div>")
    out.extend(_detail(rec) for rec in recs)
    out.append("</aside></main>")
    out.append(f"<script>{_SCRIPT}</script>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
