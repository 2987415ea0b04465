"""PDF pages as characters (with boxes and fonts) and ruling segments, read with pdfminer.six.

No layout analysis: ``PDFPageAggregator(laparams=None)`` hands over the raw characters, lines,
rectangles and curves, which is all a table reader needs (``extract_pages`` silently
substitutes default LAParams and groups text that would then have to be ungrouped; on the
bundled PDFs this reader is about 1.2 times as fast, most time going to pdfminer's parser).
pdfminer ignores clipping, so the interpreter here keeps the clip rectangle and drops
characters drawn outside it (LibreOffice repeats a page-split merged cell's text, clipped away,
inside the repeated header). Work per page is bounded: too many objects, too long, or a
content stream that inflates too far stops the page.
"""

from __future__ import annotations

import bisect
import io
import itertools
import math
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NoReturn

import regex

from jpkpi import budget
from jpkpi.errors import (
    DamagedDocumentError,
    DocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    NoTextError,
    UnsupportedDocumentError,
    WrongPasswordError,
)

#: The PDF readers ``PdfSettings.pdf_reader`` names.
PDF_READERS = ("pdfminer", "pdfium")


@dataclass(frozen=True)
class PdfSettings:
    """Limits and tolerances of the PDF reader, each with its default."""

    #: Objects (characters and paths) one page may draw before it is refused.
    max_objects_per_page: int = 50_000
    #: Seconds one page may take.
    max_seconds_per_page: float = 20.0
    #: Bytes a page's content streams may inflate to.
    max_content_bytes: int = 64 * 1024 * 1024
    #: Pages read at most.
    max_pages: int = 2000
    #: Two copies of a glyph closer than this (points) are one overprinted (fake-bold) glyph;
    #: in small text, closer than ``overprint_share`` of the size too (a real doubled ``ll`` in
    #: 4-point text stands 0.9 pt apart).
    overprint_tolerance: float = 1.0
    #: Share of the font size two copies of a glyph must stand within to be one glyph: the
    #: narrowest letters advance about a fifth of the size, fake bold a few hundredths.
    overprint_share: float = 0.15
    #: The engine that reads the pages: ``"pdfium"`` (PDFium through pypdfium2, several times
    #: faster) or ``"pdfminer"`` (pdfminer.six, pure Python, interruptible at every operator).
    pdf_reader: str = "pdfium"

    def __post_init__(self) -> None:
        if self.pdf_reader not in PDF_READERS:
            raise ValueError(
                f"pdf_reader must be one of {', '.join(PDF_READERS)}, not {self.pdf_reader!r}"
            )
        if not (self.overprint_tolerance > 0 and 0 < self.overprint_share <= 1):
            raise ValueError(
                "overprint_tolerance must be above 0 and overprint_share in (0, 1], not "
                f"{self.overprint_tolerance!r} and {self.overprint_share!r}"
            )


DEFAULT_PDF = PdfSettings()


@dataclass(slots=True, unsafe_hash=True)
class Char:
    """A character on a page: text, box in top-down points (x0, top, x1, bottom), size, font.

    Treated as immutable, hashed by value, but not a frozen dataclass: a frozen one's ``__init__``
    sets each field through ``object.__setattr__``, five times the cost of building this one, and
    a page reader builds every character of every page (2% of ``jpkpi.parse``, issue 13)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""
    upright: bool = True
    #: Quarter turns (counter-clockwise) of the text's direction: 0 reads left to right, 1 up
    #: the page, 2 upside down, 3 down the page (a table printed turned on its page).
    turn: int = 0
    #: The box's centre, computed once: the table stages ask for it millions of times a run.
    cx: float = field(init=False, repr=False, compare=False)
    cy: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.cx = (self.x0 + self.x1) / 2
        self.cy = (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Segment:
    """A straight ruling segment in top-down points; thin rectangles count as segments."""

    x0: float
    top: float
    x1: float
    bottom: float
    #: A filled box's colour (``#rrggbb``; None for a rule, or a fill in no device colour).
    fill: str | None = None


def fill_colour(components: Any) -> str | None:
    """A device colour as ``#rrggbb``: a gray level, RGB or CMYK components in 0…1 (pdfminer's
    ``non_stroking_color``); None for anything else (a pattern's name, no colour)."""
    if isinstance(components, int | float):
        components = (components,)
    if not isinstance(components, tuple | list) or not all(
        isinstance(v, int | float) and math.isfinite(v) for v in components
    ):
        return None
    values = [min(max(float(v), 0.0), 1.0) for v in components]
    if len(values) == 1:
        rgb = values * 3
    elif len(values) == 3:
        rgb = values
    elif len(values) == 4:
        c, m, y, k = values
        rgb = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    else:
        return None
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgb)


@dataclass
class PdfPage:
    """One page's characters and ruling segments."""

    number: int
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    #: Filled rectangles too large to be rules (cell shading): kept for column detection.
    boxes: list[Segment] = field(default_factory=list)


class _PageTooComplex(Exception):
    """A page exceeded a work limit."""


#: A damaged Flate stream is inflated at most this far (pdfminer then reads it as empty).
MAX_DAMAGED_STREAM_BYTES = 64 * 1024 * 1024
#: References to references followed at most (real files have one; a cycle has no end).
MAX_REFERENCE_CHAIN = 32
#: Forms drawn inside forms deeper than this skip the page with a warning: pdfminer's
#: interpreter recurses once per level (and PDFium is not given such a page at all).
MAX_FORM_DEPTH = 100
#: CIDs are 0–65,535 (PDF 32000-1, annex C): widths and ToUnicode ranges past them are clipped.
MAX_CID = 65_535
#: Entries a font's /W array or ToUnicode CMap may define in all; a font past it is read with
#: its default widths, or without its ToUnicode map (a warning says so).
MAX_FONT_ENTRIES = 1_000_000
#: Bytes a ToUnicode CMap may decode to (real ones are well under 1 MiB).
MAX_CMAP_BYTES = 8 * 1024 * 1024
#: Bytes one object stream may decode to (real ones hold a few hundred KiB of dictionaries).
MAX_OBJECT_STREAM_BYTES = 64 * 1024 * 1024
#: Drawing operators between two checks of the page's time and the parse's budget.
OPERATORS_PER_CHECK = 2048


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's ``decompress_corrupted`` (inflate a Flate stream byte by byte, keeping what
    comes before a bad checksum) in linear time and bounded: pdfminer's own version copies its
    whole output for each input byte, and a 700 KB damaged stream took 20 s."""
    inflater = zlib.decompressobj()
    out = bytearray()
    for i in range(len(data)):
        try:
            out += inflater.decompress(data[i : i + 1])
        except zlib.error:
            if i < len(data) - 3:  # not just the checksum: pdfminer reads the stream as empty
                raise
            break
        if len(out) > MAX_DAMAGED_STREAM_BYTES:
            raise zlib.error(f"inflates past {MAX_DAMAGED_STREAM_BYTES:,} bytes")
    return bytes(out)


def _pdfminer() -> Any:
    """pdfminer's modules, imported on first use (text-only runs never load them).

    pdfminer's quadratic ``pdftypes.decompress_corrupted`` is replaced by
    :func:`_decompress_corrupted`, which returns the same bytes.
    """
    from pdfminer import (
        converter,
        layout,
        pdfdocument,
        pdfinterp,
        pdfpage,
        pdfparser,
        pdftypes,
        psparser,
    )

    if hasattr(pdftypes, "decompress_corrupted"):
        pdftypes.decompress_corrupted = _decompress_corrupted
    return converter, layout, pdfdocument, pdfinterp, pdfpage, pdfparser, psparser


def _open_document(pdfdocument: Any, parser: Any, password: str, widths: bool = True) -> Any:
    """pdfminer's PDFDocument, with its security handlers reading the permission word ``/P`` as
    the 32 bits it is: pdfminer turns ``/P 0`` (every permission withheld) into 2**32 and then
    fails to pack it, where other readers open the file. ``widths=False`` reads CID fonts'
    ``/W`` arrays in object streams as empty (the PDFium preflight needs no widths, and
    parsing tens of thousands of numbers was most of its time)."""

    from pdfminer.pdftypes import int_value

    class _Bits32:
        param: Any
        p: int

        def init_params(self) -> None:
            super().init_params()  # type: ignore[misc]  # the handler class it is mixed into
            self.p = int_value(self.param["P"]) & 0xFFFFFFFF

    from pdfminer.pdfparser import PDFStreamParser, PDFSyntaxError
    from pdfminer.pdftypes import PDFObjRef
    from pdfminer.psexceptions import PSEOF

    # Per document: each object stream's decoded data and where its objects start.
    offsets: dict[int, list[int] | None] = {}
    sorted_offsets: dict[int, list[int]] = {}  # the same, in order: where each object ends
    found_data: dict[int, bytes] = {}

    base = pdfdocument.PDFDocument
    handlers = {
        version: type(handler.__name__, (_Bits32, handler), {})
        for version, handler in base.security_handler_registry.items()
    }

    class BoundedDocument(base):  # type: ignore[misc, valid-type]
        """pdfminer's document, with references that cycle refused and page labels unread."""

        security_handler_registry = handlers

        def getobj(self, objid: int) -> Any:
            """The object, with a chain of references to references followed here, at most
            MAX_REFERENCE_CHAIN long: pdfminer's ``resolve1`` follows one that cycles forever."""
            obj = super().getobj(objid)
            seen = {objid}
            while isinstance(obj, PDFObjRef):
                if obj.objid in seen or len(seen) > MAX_REFERENCE_CHAIN:
                    raise PDFSyntaxError(f"object {objid} is a chain of references that cycles")
                seen.add(obj.objid)
                obj = super().getobj(obj.objid)
            return obj

        def _get_objects(self, stream: Any) -> Any:
            """The objects of an object stream, once its data is known to decode within
            MAX_OBJECT_STREAM_BYTES (a Flate bomb there would be inflated whole)."""
            if _decoded_size_within(stream, MAX_OBJECT_STREAM_BYTES) is None:
                raise PDFSyntaxError(
                    f"an object stream decodes to more than {MAX_OBJECT_STREAM_BYTES:,} bytes"
                )
            return super()._get_objects(stream)

        def _getobj_objstm(self, stream: Any, index: int, objid: int) -> Any:
            """Object ``index`` of an object stream, parsed alone at the offset the stream's
            header gives for it, as PDFium reads it: pdfminer parses every object in the
            stream to reach one, and a stream of font width arrays took seconds. A header
            that does not parse falls back to pdfminer's whole-stream reading."""
            key = stream.objid
            if key not in offsets:
                offsets[key] = self._object_offsets(stream)
            found = offsets[key]
            if found is None or not 0 <= index < len(found):
                return super()._getobj_objstm(stream, index, objid)
            data, start = found_data[key], found[index]
            if not widths:
                ends = sorted_offsets[key]
                after = bisect.bisect_right(ends, start)
                end = ends[after] if after < len(ends) else len(data)
                data, start = _widths_emptied(data[start:end]), 0
            parser = PDFStreamParser(data)
            parser.set_document(self)
            parser.seek(start)
            try:
                return parser.nextobject()[1]
            except PSEOF:
                raise PDFSyntaxError(f"object {objid} lies past its object stream") from None

        def _object_offsets(self, stream: Any) -> list[int] | None:
            """Where each object of an object stream starts in its decoded data (``/First``
            plus the header's offsets), or None when the header does not read as ``/N`` pairs
            of numbers."""
            if _decoded_size_within(stream, MAX_OBJECT_STREAM_BYTES) is None:
                raise PDFSyntaxError(
                    f"an object stream decodes to more than {MAX_OBJECT_STREAM_BYTES:,} bytes"
                )
            n, first = stream.get("N"), stream.get("First")
            data = stream.get_data() or b""
            if not isinstance(n, int) or not isinstance(first, int) or not 0 < first <= len(data):
                return None
            numbers = data[:first].split()
            if len(numbers) < 2 * n or not all(x.isdigit() for x in numbers[: 2 * n]):
                return None
            found_data[stream.objid] = data
            places = [first + int(x) for x in numbers[1 : 2 * n : 2]]
            sorted_offsets[stream.objid] = sorted(places)
            return places

        def get_page_labels(self) -> Any:
            """None: jpkpi numbers pages itself, and a label tree can be a DAG that takes
            exponential time to walk."""
            raise pdfdocument.PDFNoPageLabels("not read")

    return BoundedDocument(parser, password=password)


_BRACKETS = regex.compile(rb"[\[\]\(<]")
_WIDTHS = regex.compile(rb"/W2?(?=[\x00\t\n\f\r \[])[\x00\t\n\f\r ]*\[")


def _widths_emptied(chunk: bytes) -> bytes:
    """An object's bytes with each ``/W [...]`` and ``/W2 [...]`` array emptied (nested
    brackets matched); an array holding a string or a dictionary is left as it is."""
    out, pos = bytearray(), 0
    for m in _WIDTHS.finditer(chunk):
        if m.start() < pos:
            continue
        depth = 1
        for b in _BRACKETS.finditer(chunk, m.end()):
            if b.group() in (b"(", b"<"):
                break
            depth += 1 if b.group() == b"[" else -1
            if not depth:
                out += chunk[pos : m.end()] + b"]"
                pos = b.end()
                break
    return bytes(out + chunk[pos:]) if pos else chunk


def _make_device_and_interpreter(settings: PdfSettings) -> tuple[Any, Any]:
    """A pdfminer aggregator that counts work and drops clipped text, and its interpreter."""
    converter, layout, _, pdfinterp, _, _, _ = _pdfminer()
    from pdfminer.utils import apply_matrix_pt

    class ClipInterpreter(pdfinterp.PDFPageInterpreter):  # type: ignore[misc, name-defined]
        """Keeps the clip rectangle (pdfminer's interpreter ignores W), and has the device
        check the time on operators that draw nothing (a page of millions of ``q cm Q``)."""

        #: Forms this interpreter is drawn inside (0 for the page's own content).
        depth = 0

        def subinterp(self) -> Any:
            """The interpreter of a form drawn here, one level deeper; past MAX_FORM_DEPTH
            the page is given up before Python's recursion limit is."""
            inner = super().subinterp()
            inner.depth = self.depth + 1
            if inner.depth > MAX_FORM_DEPTH:
                raise _PageTooComplex(f"draws forms inside forms more than {MAX_FORM_DEPTH} deep")
            return inner

        def init_state(self, ctm: Any) -> None:
            super().init_state(ctm)
            self.clip: tuple[float, float, float, float] | None = None
            self.clip_stack: list[tuple[float, float, float, float] | None] = []

        def do_q(self) -> None:
            self.device.tick_time()
            self.clip_stack.append(self.clip)
            super().do_q()

        # pdfminer passes as many operands as a method's signature names: spelt out here
        def do_cm(self, a: Any, b: Any, c: Any, d: Any, e: Any, f: Any) -> None:
            self.device.tick_time()
            super().do_cm(a, b, c, d, e, f)

        def do_n(self) -> None:
            self.device.tick_time()
            super().do_n()

        def do_m(self, x: Any, y: Any) -> None:
            self.device.tick_time()
            super().do_m(x, y)

        def do_Q(self) -> None:
            if self.clip_stack:
                self.clip = self.clip_stack.pop()
            super().do_Q()

        def _set_clip(self) -> None:
            pts = [
                apply_matrix_pt(self.ctm, (float(p[-2]), float(p[-1])))
                for p in self.curpath
                if len(p) >= 3
            ]
            if not pts:
                return
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            box = (min(xs), min(ys), max(xs), max(ys))
            if self.clip is not None:
                box = (max(box[0], self.clip[0]), max(box[1], self.clip[1]),
                       min(box[2], self.clip[2]), min(box[3], self.clip[3]))  # fmt: skip
            self.clip = box

        def do_W(self) -> None:
            self._set_clip()

        def do_W_a(self) -> None:
            self._set_clip()

    class BoundedAggregator(converter.PDFPageAggregator):  # type: ignore[misc, name-defined]
        """Counts objects and time per page; drops characters outside the clip."""

        interpreter: Any = None

        def begin_page(self, page: Any, ctm: Any) -> None:
            self.count = 0
            self.operators = 0
            self.deadline = time.monotonic() + settings.max_seconds_per_page
            super().begin_page(page, ctm)

        def _tick(self) -> None:
            self.count += 1
            if self.count > settings.max_objects_per_page:
                raise _PageTooComplex(f"draws more than {settings.max_objects_per_page:,} objects")
            self.tick_time()

        def tick_time(self) -> None:
            """Every OPERATORS_PER_CHECK calls: the page's time limit and the parse's budget."""
            self.operators += 1
            if self.operators % OPERATORS_PER_CHECK:
                return
            if time.monotonic() > self.deadline:
                raise _PageTooComplex(
                    f"takes more than {settings.max_seconds_per_page:g} s to read"
                )
            budget.check()

        def begin_figure(self, *args: Any) -> None:
            """A form XObject drawn counts as an object: forms that draw each other twice over
            would otherwise be drawn 2**depth times."""
            self._tick()
            super().begin_figure(*args)

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            self._tick()
            super().paint_path(*args, **kwargs)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self._tick()
            adv: float = super().render_char(*args, **kwargs)  # pdfminer types it float
            item = self.cur_item._objs[-1] if self.cur_item._objs else None
            if isinstance(item, layout.LTChar) and item.y0 == item.y1:
                font = args[1] if len(args) > 1 else kwargs.get("font")
                if font is not None and font.is_vertical():
                    # a glyph of vertical writing with no vertical advance in the font's
                    # metrics (（ and ） in 神戸's sheets): pdfminer gives it no height, and it
                    # falls out of order; it fills one em below its top, as the glyph shows
                    item.set_bbox((item.x0, item.y1 - item.size, item.x1, item.y1))
            clip = getattr(self.interpreter, "clip", None)
            if clip is not None and isinstance(item, layout.LTChar):
                cx, cy = (item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2
                if not (clip[0] - 1 <= cx <= clip[2] + 1 and clip[1] - 1 <= cy <= clip[3] + 1):
                    self.cur_item._objs.pop()
            return adv

    class BoundedResources(pdfinterp.PDFResourceManager):  # type: ignore[misc, name-defined]
        """Fonts with their /W arrays and ToUnicode maps bounded before pdfminer expands them."""

        def __init__(self) -> None:
            super().__init__()
            self.font_warnings: list[str] = []

        def get_font(self, objid: object, spec: Any) -> Any:
            if isinstance(spec, dict):
                spec = _bounded_font_spec(spec, self.font_warnings)
            return super().get_font(objid, spec)

    rsrc = BoundedResources()
    device = BoundedAggregator(rsrc, laparams=None)
    interpreter = ClipInterpreter(rsrc, device)
    device.interpreter = interpreter
    return device, interpreter


def _bounded_widths(widths: list[Any]) -> tuple[list[Any], bool]:
    """A CID font's /W array with its ranges clipped to CIDs 0–MAX_CID and at most
    MAX_FONT_ENTRIES entries in all (pdfminer makes a dict entry for every CID of a range)."""
    from pdfminer.pdftypes import resolve1

    out: list[Any] = []
    pending: list[Any] = []
    total = 0
    clipped = False
    for item in widths:
        value = resolve1(item)
        if isinstance(value, list):
            if pending:
                first = pending[-1]
                if isinstance(first, int) and 0 <= first <= MAX_CID:
                    keep = value[: MAX_CID + 1 - first]
                    clipped |= len(keep) < len(value)
                    total += len(keep)
                    out += [first, keep]
                else:
                    clipped = True
            pending = []
        elif isinstance(value, int | float):
            pending.append(value)
            if len(pending) == 3:
                first, last, width = pending
                pending = []
                if not (isinstance(first, int) and isinstance(last, int)):
                    continue
                lo, hi = max(first, 0), min(last, MAX_CID)
                clipped |= (lo, hi) != (first, last)
                if lo > hi:
                    continue
                total += hi - lo + 1
                out += [lo, hi, width]
        if total > MAX_FONT_ENTRIES:
            return [], True
    return out, clipped


#: One entry of a bfrange or cidrange: ``<lo> <hi>`` and its destination (``<hex>``, an array
#: of them, or a CID), so that a destination is never read as the next range's start.
_CMAP_RANGE = regex.compile(
    rb"<([0-9A-Fa-f]{1,16})>\s*<([0-9A-Fa-f]{1,16})>\s*(?:<[0-9A-Fa-f\s]*>|\[[^\]]*\]|[0-9]+)"
)
_CMAP_RANGES = regex.compile(rb"begin(?:bf|cid)range(.*?)end(?:bf|cid)range", regex.S)


def _cmap_too_large(stream: Any) -> str | None:
    """Why a ToUnicode CMap stream would take pdfminer too long (it makes an entry for every
    code of a range), or None: its data inflated within MAX_CMAP_BYTES, ranges counted."""
    if _decoded_size_within(stream, MAX_CMAP_BYTES) is None:
        return f"decodes to more than {MAX_CMAP_BYTES:,} bytes"
    try:
        data = stream.get_data() or b""
    except Exception:
        return None  # pdfminer will say what is wrong with it
    total = 0
    for section in _CMAP_RANGES.finditer(data):
        for m in _CMAP_RANGE.finditer(section.group(1)):
            total += max(0, int(m.group(2), 16) - int(m.group(1), 16) + 1)
            if total > MAX_FONT_ENTRIES:
                return f"maps more than {MAX_FONT_ENTRIES:,} codes"
    return None


def _bounded_font_spec(spec: dict[str, Any], warnings: list[str]) -> dict[str, Any]:
    """A font dictionary pdfminer can build in bounded time and memory: a CID font's /W
    clipped (see _bounded_widths), and a ToUnicode CMap that maps too many codes left out,
    each with a warning. The document's own dictionary is not changed."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.psparser import literal_name

    fixed = spec
    name = str(literal_name(resolve1(spec.get("BaseFont", "?"))))[:60]
    widths = resolve1(spec.get("W"))
    if isinstance(widths, list):
        bounded, clipped = _bounded_widths(widths)
        if clipped:
            fixed = {**fixed, "W": bounded}
            warnings.append(
                f"font {name}: its /W widths go past CID {MAX_CID:,} or define more than "
                f"{MAX_FONT_ENTRIES:,} widths; only those within were read"
            )
    to_unicode = resolve1(spec.get("ToUnicode"))
    if isinstance(to_unicode, PDFStream):
        why = _cmap_too_large(to_unicode)
        if why is not None:
            fixed = {k: v for k, v in fixed.items() if k != "ToUnicode"}
            warnings.append(f"font {name}: its ToUnicode map {why}; it was not read")
    return fixed


def _form_xobjects(page: Any) -> Iterator[Any]:
    """The form XObjects a page's resources name, and those their own resources name (each
    once); the interpreter inflates every one it draws, like the page's content."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.psparser import LIT

    form = LIT("Form")

    seen: set[int] = set()
    pending = [getattr(page, "resources", None)]
    while pending:
        try:
            resources = resolve1(pending.pop())
            xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
            refs = list(xobjects.values()) if isinstance(xobjects, dict) else []
        except Exception:  # a damaged dictionary: the interpreter will say what is wrong
            continue
        for ref in refs:
            try:
                xobj = resolve1(ref)
            except Exception:
                continue
            if not isinstance(xobj, PDFStream) or id(xobj) in seen:
                continue
            seen.add(id(xobj))
            if xobj.get("Subtype") is form:
                yield xobj
                pending.append(xobj.get("Resources"))


class _TooLong(Exception):
    """A stream decodes to more bytes than allowed."""


def _inflate_within(data: bytes, limit: int) -> bytes:
    """FlateDecode, in 1 MiB pieces, stopping past ``limit`` bytes (a corrupt stream gives
    what inflated before the damage, as pdfminer reads it)."""
    inflater = zlib.decompressobj()
    out = bytearray()
    while data:
        try:
            out += inflater.decompress(data, 1024 * 1024)
        except zlib.error:
            break
        if len(out) > limit:
            raise _TooLong
        data = inflater.unconsumed_tail
    return bytes(out)


def _run_length_within(data: bytes, limit: int) -> bytes:
    """RunLengthDecode (PDF 32000-1, 7.4.5), stopping past ``limit`` bytes: each run of 2 bytes
    can stand for 128, so a small stream can decode to gigabytes."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        if length == 128:
            break
        if length < 128:
            out += data[i + 1 : i + 2 + length]
            i += 2 + length
        else:
            out += data[i + 1 : i + 2] * (257 - length)
            i += 2
        if len(out) > limit:
            raise _TooLong
    return bytes(out)


def _lzw_within(data: bytes, limit: int) -> bytes:
    """LZWDecode through pdfminer's decoder, stopping past ``limit`` bytes."""
    from pdfminer.lzw import LZWDecoder

    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        out += chunk
        if len(out) > limit:
            raise _TooLong
    return bytes(out)


#: Filters that can make a stream longer, with a bounded decoder each; the others (ASCIIHex,
#: ASCII85: at most 4 bytes out per byte in; image codecs, which text extraction never decodes)
#: are counted at four times their input.
_EXPANDING_FILTERS = {
    "FlateDecode": _inflate_within,
    "Fl": _inflate_within,
    "RunLengthDecode": _run_length_within,
    "RL": _run_length_within,
    "LZWDecode": _lzw_within,
    "LZW": _lzw_within,
}


def _decoded_size_within(stream: Any, limit: int) -> int | None:
    """How long a stream is once decoded through its whole filter chain (a Flate stream
    inside a Flate stream, RunLength, LZW), never decoding past ``limit``: None when it would
    be longer. A stream pdfminer cannot even read counts as empty (it fails later, with its
    reason)."""
    from pdfminer.psparser import literal_name

    try:
        data = stream.get_rawdata() or b""
        filters = [literal_name(f) for f, _ in stream.get_filters()]
    except Exception:
        return 0
    return _chain_size_within(data, filters, limit)


def _chain_size_within(data: bytes, filters: list[str], limit: int) -> int | None:
    """How long ``data`` is once decoded through ``filters`` in turn, never decoding past
    ``limit``: None when it would be longer. Filters that cannot expand much (ASCIIHex,
    ASCII85, image codecs) count four bytes out per byte in; damaged data counts what came
    before the damage."""
    size = len(data)
    for f in filters:
        decode = _EXPANDING_FILTERS.get(f)
        try:
            if decode is None:
                size *= 4
                if size > limit:
                    return None
                continue
            data = decode(data, limit)
        except _TooLong:
            return None
        except Exception:
            return size  # damaged: pdfminer will say how
        size = len(data)
    return size


def _content_size_ok(page: Any, limit: int) -> bool:
    """Whether a page's content streams and form XObjects decode to at most ``limit`` bytes
    together (checked in pieces, never decoding more than ``limit``)."""
    total = 0
    streams = itertools.chain(getattr(page, "contents", []) or [], _form_xobjects(page))
    for stream in streams:
        size = _decoded_size_within(stream, limit - total)
        if size is None:
            return False
        total += size
        if total > limit:
            return False
    return True


def _dedupe_overprint(chars: list[Char], tolerance: float, share: float = 0.15) -> list[Char]:
    """One glyph for each glyph drawn several times at tiny offsets (fake bold): copies within
    ``tolerance`` points and ``share`` of the size, so a real doubled letter in small text
    (``ll`` a narrow advance apart) stays two letters."""
    kept: list[Char] = []
    # the glyphs kept so far, by text, then by their cell on a grid of 2 × ``tolerance``: a
    # glyph whose text is new on the page has no copy to look for (most of them), and a copy
    # within ``tolerance`` lies in the glyph's own cell or the neighbour on the nearer side of
    # each axis, so four cells are looked in, not nine
    seen: dict[str, dict[tuple[int, int], list[Char]]] = {}
    scale = 0.5 / tolerance
    floor = math.floor
    for c in chars:
        text, x0, top = c.text, c.x0, c.top
        fx, fy = x0 * scale, top * scale
        kx, ky = floor(fx), floor(fy)
        places = seen.get(text)
        if places is None:
            seen[text] = {(kx, ky): [c]}
            kept.append(c)
            continue
        near = min(tolerance, share * c.size) if c.size > 0 else tolerance
        sx = kx - 1 if fx - kx < 0.5 else kx + 1
        sy = ky - 1 if fy - ky < 0.5 else ky + 1
        get = places.get
        for key in ((kx, ky), (sx, ky), (kx, sy), (sx, sy)):
            found = get(key)
            if found is None:
                continue
            for n in found:
                if abs(n.x0 - x0) <= near and abs(n.top - top) <= near:
                    break
            else:
                continue
            break  # a copy of a glyph kept
        else:
            own = get((kx, ky))
            if own is None:
                places[(kx, ky)] = [c]
            else:
                own.append(c)
            kept.append(c)
    return kept


def _box_sides(box: Segment) -> list[Segment]:
    """The four sides of a stroked rectangle, as rules."""
    return [
        Segment(box.x0, box.top, box.x1, box.top),
        Segment(box.x0, box.bottom, box.x1, box.bottom),
        Segment(box.x0, box.top, box.x0, box.bottom),
        Segment(box.x1, box.top, box.x1, box.bottom),
    ]


def quarter_turns(a: float, b: float) -> int:
    """The quarter turns (0-3, counter-clockwise) nearest the direction of a text matrix whose
    first column is (``a``, ``b``): the way its text runs on the page."""
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 2
    return 1 if b > 0 else 3


def straight_pieces(
    ops: Sequence[str], pts: Sequence[tuple[float, float]]
) -> Iterator[tuple[float, float, float, float]]:
    """The straight pieces (``l``, and ``h`` back to the start) of one stroked subpath as boxes
    (x0, y0, x1, y1): a table border drawn as one closed path, or a frame with rounded corners,
    still gives its sides as rules. ``pts`` holds each operator's end point."""
    for i in range(1, min(len(ops), len(pts))):
        if ops[i] in ("l", "h"):
            (ax, ay), (bx, by) = pts[i - 1], pts[i]
            if (ax, ay) != (bx, by):
                yield min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


#: Thickest filled polygon read as a rule (points).
THIN_FILL = 3.0


def _page_objects(
    layout_page: Any, left: float, top: float, settings: PdfSettings
) -> tuple[list[Char], list[Segment], list[Segment]]:
    """Characters and segments of one laid-out page, in top-down coordinates from the page's
    top-left corner (``left``, ``top`` are the media box's left and top edges)."""
    _, layout, _, _, _, _, _ = _pdfminer()
    chars: list[Char] = []
    segments: list[Segment] = []
    boxes: list[Segment] = []

    def visit(obj: Any) -> None:
        if not all(math.isfinite(v) for v in (obj.x0, obj.y0, obj.x1, obj.y1)):
            return  # drawn with an infinite or NaN matrix or size: nowhere on the page
        if isinstance(obj, layout.LTChar):
            text = obj.get_text()
            if text.strip():
                turn = quarter_turns(obj.matrix[0], obj.matrix[1])
                chars.append(Char(text, obj.x0 - left, top - obj.y1, obj.x1 - left, top - obj.y0,
                                  obj.size, obj.fontname, obj.upright, turn))  # fmt: skip
        elif isinstance(obj, layout.LTCurve):  # LTLine and LTRect are curves too
            if not (obj.stroke or obj.fill):
                return
            seg = Segment(obj.x0 - left, top - obj.y1, obj.x1 - left, top - obj.y0)
            w, h = seg.x1 - seg.x0, seg.bottom - seg.top
            if isinstance(obj, layout.LTRect) and w > 3 and h > 3:
                if obj.stroke:  # a stroked box: its four sides are rules
                    segments.extend(_box_sides(seg))
                else:
                    boxes.append(replace(seg, fill=fill_colour(obj.non_stroking_color)))
            elif isinstance(obj, layout.LTLine | layout.LTRect) or len(obj.pts) == 2:
                segments.append(seg)
            elif obj.fill and not obj.stroke and min(w, h) <= THIN_FILL:
                # a rule drawn as a thin filled polygon, not quite a rectangle where it meets a
                # cell's diagonal (LibreOffice's 斜線 cells, 世羅): a rule all the same
                segments.append(seg)
            elif obj.stroke and obj.original_path:  # a polygon or a frame with round corners
                path = obj.original_path
                ops = [str(p[0]) for p in path]
                ends = [p[-1] if p[0] != "h" else path[0][-1] for p in path]  # (op, *points)
                segments.extend(
                    Segment(x0 - left, top - y1, x1 - left, top - y0)
                    for x0, y0, x1, y1 in straight_pieces(ops, ends)
                )
        elif isinstance(obj, layout.LTContainer):
            for child in obj:
                visit(child)

    for obj in layout_page:
        visit(obj)
    return (
        _dedupe_overprint(chars, settings.overprint_tolerance, settings.overprint_share),
        segments,
        boxes,
    )


_PAGE_RANGE = regex.compile(r"^\s*([0-9]+)\s*(?:(-)\s*([0-9]*)\s*)?$")


@dataclass(frozen=True)
class PageSelection:
    """Pages to read, as ``--pages 1,3-5,10-`` gives them (1-based, ends included; an open end
    runs to the last page), as camelot, tabula and pdfplumber users write them."""

    ranges: tuple[tuple[int, int | None], ...]

    @staticmethod
    def parse(spec: str) -> PageSelection:
        """``1,3-5,10-`` → ranges; a bad spec raises ValueError saying what is wrong."""
        ranges: list[tuple[int, int | None]] = []
        for part in spec.split(","):
            m = _PAGE_RANGE.match(part)
            if m is None:
                raise ValueError(f"{part.strip()!r} is not a page or a range (1, 3-5, 10-)")
            first = int(m.group(1))
            last = None if m.group(2) and not m.group(3) else int(m.group(3) or first)
            if first < 1 or (last is not None and last < first):
                raise ValueError(f"{part.strip()!r} is not a range of pages counted from 1")
            ranges.append((first, last))
        return PageSelection(tuple(ranges))

    def __contains__(self, page: object) -> bool:
        return isinstance(page, int) and any(
            a <= page and (b is None or page <= b) for a, b in self.ranges
        )


def read_pdf(
    data: bytes,
    name: str,
    settings: PdfSettings = DEFAULT_PDF,
    selection: PageSelection | None = None,
    password: str = "",
) -> tuple[list[PdfPage], list[str]]:
    """All pages of a PDF (or those ``selection`` selects, keeping their numbers) as characters and
    segments, and warnings for pages it had to skip: :func:`iter_pdf`, every page kept."""
    warnings: list[str] = []
    pages = list(iter_pdf(data, name, settings, selection, password, warnings))
    return pages, warnings


def iter_pdf(
    data: bytes,
    name: str,
    settings: PdfSettings = DEFAULT_PDF,
    selection: PageSelection | None = None,
    password: str = "",
    warnings: list[str] | None = None,
) -> Iterator[PdfPage]:
    """The pages of a PDF (or those ``selection`` selects, keeping their numbers) one at a time,
    each read when asked for, so that a caller that lays a page out and lets it go holds one page
    at a time whatever the page count. Warnings for pages skipped go to ``warnings`` as they
    happen.

    ``password`` opens a PDF encrypted with a user password. Permission flags (print-only, no
    copying) are not obeyed: they tell viewers what to offer, and every reader of text ignores
    them, as pdfplumber does.

    Raises DocumentError for a PDF that cannot be read: encrypted without its password (or with a
    wrong one), truncated, malformed, with no pages, or with no text layer (a scan).

    ``settings.pdf_reader`` chooses the engine: pdfminer.six here, or PDFium
    (:func:`jpkpi.sources.pdfium.iter_pdf_pdfium`, imported only when asked for).
    """
    if warnings is None:
        warnings = []
    if settings.pdf_reader == "pdfium":
        from jpkpi.sources.pdfium import iter_pdf_pdfium

        yield from iter_pdf_pdfium(data, name, settings, selection, password, warnings)
        return
    _, _, pdfdocument, _, pdfpage, pdfparser, psparser = _pdfminer()
    from pdfminer.pdfexceptions import PDFException

    try:
        parser = pdfparser.PDFParser(io.BytesIO(data))
        document = _open_document(pdfdocument, parser, password)
        page_iter = pdfpage.PDFPage.create_pages(document)
        raw_pages = []
        for page in page_iter:
            raw_pages.append(page)
            if len(raw_pages) > settings.max_pages:
                raise LimitExceededError(name, f"has more than {settings.max_pages:,} pages")
    except DocumentError:
        raise
    except pdfdocument.PDFPasswordIncorrect:
        if password:
            raise WrongPasswordError(
                name, "is encrypted, and the password given is not its password"
            ) from None
        raise EncryptedDocumentError(
            name, "is encrypted; jpkpi cannot read it without the password (--password)"
        ) from None
    except pdfdocument.PDFEncryptionError as e:
        raise EncryptedDocumentError(
            name, f"is encrypted in a way jpkpi cannot read ({e})"
        ) from None
    except (PDFException, psparser.PSException, ValueError, KeyError, TypeError, AttributeError,
            IndexError, AssertionError, RecursionError, ArithmeticError,
            zlib.error) as e:  # fmt: skip
        detail = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        raise DamagedDocumentError(name, f"is not a readable PDF ({detail[:120]})") from None
    if not raw_pages:
        raise DamagedDocumentError(name, "has no pages")
    device, interpreter = _make_device_and_interpreter(settings)
    first_warning = len(warnings)
    any_text = False
    limited = 0  # pages skipped for passing a limit
    if selection is not None and not any(n in selection for n in range(1, len(raw_pages) + 1)):
        raise UnsupportedDocumentError(
            name, f"has {len(raw_pages)} pages; none of them is among the pages asked for"
        )
    for number, page in enumerate(raw_pages, start=1):
        if selection is not None and number not in selection:
            continue
        budget.check(f"page {number}")
        x0, y0, x1, y1 = (float(v) for v in page.mediabox)
        width, height = x1 - x0, y1 - y0
        if not all(math.isfinite(v) for v in (x0, y0, width, height)):
            warnings.append(f"page {number} skipped: its media box is not a number")
            yield PdfPage(number, 0.0, 0.0)
            continue
        if getattr(page, "rotate", 0) in (90, 270):  # the page as seen, turned by /Rotate
            width, height = height, width
        out = PdfPage(number, width, height)
        if not _content_size_ok(page, settings.max_content_bytes):
            limit = f"{settings.max_content_bytes:,}"
            warnings.append(
                f"page {number} skipped: its content inflates to more than {limit} bytes"
            )
            limited += 1
            yield out
            continue
        try:
            interpreter.process_page(page)
            result = device.get_result()
        except _PageTooComplex as e:
            warnings.append(f"page {number} skipped: it {e}")
            limited += 1
            yield out
            continue
        except (PDFException, psparser.PSException, ValueError, KeyError, TypeError, AttributeError,
                IndexError, AssertionError, RecursionError, ArithmeticError,
                zlib.error) as e:  # fmt: skip
            warnings.append(f"page {number} skipped: it cannot be read ({type(e).__name__})")
            yield out
            continue
        # the interpreter has already moved the media box's corner to 0 and turned the page
        out.chars, out.segments, out.boxes = _page_objects(result, 0.0, height, settings)
        any_text = any_text or bool(out.chars)
        yield out
    warnings += dict.fromkeys(device.rsrcmgr.font_warnings)  # each once, in order
    if not any_text:
        raise_unread(name, warnings[first_warning:], limited)


def raise_unread(name: str, warnings: list[str], limited: int) -> NoReturn:
    """The error for a PDF none of whose pages gave a character: ``too_large`` when each of
    the ``warnings`` is a page past a work limit (a bomb), ``damaged`` when a page could not be
    read, ``no_text`` when every page was read and none has text (a scan)."""
    if warnings:
        error = LimitExceededError if limited == len(warnings) else DamagedDocumentError
        raise error(name, "no page could be read: " + "; ".join(warnings))
    raise NoTextError(name, "has no text layer (a scanned document?); run OCR first")
