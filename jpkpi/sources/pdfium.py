"""PDF pages read with PDFium (pypdfium2), into the page model the pdfminer reader fills.

PDFium, Chrome's PDF engine, parses a page's content in C++ and hands over each character with
its box, font and text object, and every path object with its segments, many times faster than
pdfminer's Python interpreter. This reader turns that into the same :class:`PdfPage` objects as
:func:`jpkpi.sources.pdf.read_pdf`:

* characters: PDFium's text page, without the spaces and line breaks it generates; a
  character's box runs from its origin to its advance width, and from the font's descent to one
  font size above it, as pdfminer's does, across the text where it is turned a quarter (other
  rotated or skewed text keeps PDFium's "loose" box;
  glyphs of vertical writing get such boxes too, a few points off the glyph, in order, where
  pdfminer's have no height and fall out of order); characters of invisible text (render
  mode 3 or 7, an OCR layer) and characters whose centre lies outside their clip path's box
  (the clip of the text object and of every form XObject it is drawn through) are dropped;
  overprinted fake-bold glyphs are de-duplicated with the pdfminer reader's helper.
* rules: every painted path object, inside form XObjects too (their matrices applied), split
  into subpaths and sorted into lines, rectangles and curves as pdfminer sorts them, then into
  segments and boxes as the pdfminer reader does.
* bounds: pages, objects per page and seconds per page as :class:`PdfSettings` says (PDFium
  parses a page whole, so its objects and time are counted once it has); what PDFium would
  parse past a limit without a way to stop it (content that inflates past the limit, forms
  drawn inside forms, an oversized object stream) is measured before it sees the file
  (:mod:`jpkpi.sources.pdf_preflight`).

Permission flags (no copying, no printing) restrict viewers, not reading: PDFium opens such a
PDF, and so does this reader. A user password is passed with ``password``.
"""

from __future__ import annotations

import ctypes
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import regex

from jpkpi import budget
from jpkpi.errors import (
    DamagedDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    MissingDependencyError,
    UnsupportedDocumentError,
    WrongPasswordError,
)
from jpkpi.sources import pdf_preflight
from jpkpi.sources.pdf import (
    DEFAULT_PDF,
    THIN_FILL,
    Char,
    PageSelection,
    PdfPage,
    PdfSettings,
    Segment,
    _box_sides,
    _dedupe_overprint,
    _PageTooComplex,
    quarter_turns,
    raise_unread,
    straight_pieces,
)

#: (x0, y0, x1, y1) in PDF page space (y upwards).
_Rect = tuple[float, float, float, float]
#: A 2-D affine matrix (a, b, c, d, e, f) as PDF writes it.
_Matrix = tuple[float, float, float, float, float, float]

_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
#: Text render modes that paint nothing: 3 (invisible, as OCR layers are) and 7 (clip only).
_INVISIBLE_MODES = frozenset({3, 7})
#: PDFium marks a hyphen it took for a line-end hyphenation with this code.
_PDFIUM_HYPHEN = 0x2
#: PDFium must not be called from two threads at once, not even on two documents (pypdfium2's
#: documentation); threads that parse PDFs (a Dask worker's) take turns here, page by page.
#: Reentrant: a page generator left unfinished is closed (its document with it) by the garbage
#: collector, which may run in a thread that holds the lock already.
_PDFIUM_LOCK = threading.RLock()


def _modules() -> tuple[Any, Any]:
    """pypdfium2 and its raw bindings, imported on first use."""
    try:
        import pypdfium2
        import pypdfium2.raw as raw
    except ImportError:
        raise ImportError("pypdfium2 is not installed") from None
    return pypdfium2, raw


def _mul(m: _Matrix, n: _Matrix) -> _Matrix:
    """``m`` then ``n`` (PDF's row-vector order: a point goes through m first)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _intersect(a: _Rect | None, b: _Rect | None) -> _Rect | None:
    if a is None:
        return b
    if b is None:
        return a
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


# ---------------------------------------------------------------------------------------------
# Page objects: clip boxes of text objects, and rules from path objects.


class _Api:
    """The PDFium functions this reader calls per object and per character, as private ctypes
    prototypes of the same C functions that take and return handles as plain integers: the
    bindings' typed handles cost a Python object per call, which on a page of 2,000 characters
    was most of the reader's time."""

    def __init__(self, raw: Any) -> None:
        def fast(name: str) -> Any:
            bound = getattr(raw, name)
            args = [_plain(t) for t in bound.argtypes]
            proto = ctypes.CFUNCTYPE(_plain(bound.restype), *args)
            return proto(_address(bound))

        self.count_objects = fast("FPDFPage_CountObjects")
        self.get_object = fast("FPDFPage_GetObject")
        self.object_type = fast("FPDFPageObj_GetType")
        self.object_matrix = fast("FPDFPageObj_GetMatrix")
        self.clip_path = fast("FPDFPageObj_GetClipPath")
        self.clip_paths = fast("FPDFClipPath_CountPaths")
        self.clip_segments = fast("FPDFClipPath_CountPathSegments")
        self.clip_segment = fast("FPDFClipPath_GetPathSegment")
        self.segment_point = fast("FPDFPathSegment_GetPoint")
        self.segment_type = fast("FPDFPathSegment_GetType")
        self.segment_close = fast("FPDFPathSegment_GetClose")
        self.path_segments = fast("FPDFPath_CountSegments")
        self.path_segment = fast("FPDFPath_GetPathSegment")
        self.draw_mode = fast("FPDFPath_GetDrawMode")
        self.fill_color = fast("FPDFPageObj_GetFillColor")
        self.form_objects = fast("FPDFFormObj_CountObjects")
        self.form_object = fast("FPDFFormObj_GetObject")
        self.render_mode = fast("FPDFTextObj_GetTextRenderMode")
        self.text_font = fast("FPDFTextObj_GetFont")
        self.font_descent = fast("FPDFFont_GetDescent")
        self.font_name = fast("FPDFFont_GetBaseFontName")
        self.count_chars = fast("FPDFText_CountChars")
        self.unicode = fast("FPDFText_GetUnicode")
        self.page_text = fast("FPDFText_GetText")
        self.char_object = fast("FPDFText_GetTextObject")
        self.loose_box = fast("FPDFText_GetLooseCharBox")
        self.char_origin = fast("FPDFText_GetCharOrigin")
        self.char_matrix = fast("FPDFText_GetMatrix")
        self.font_size = fast("FPDFText_GetFontSize")
        self.TEXT = raw.FPDF_PAGEOBJ_TEXT
        self.PATH = raw.FPDF_PAGEOBJ_PATH
        self.FORM = raw.FPDF_PAGEOBJ_FORM
        self.MOVETO = raw.FPDF_SEGMENT_MOVETO
        self.BEZIERTO = raw.FPDF_SEGMENT_BEZIERTO
        self.FILL_NONE = raw.FPDF_FILLMODE_NONE
        self.Matrix = raw.FS_MATRIX
        self.Rect = raw.FS_RECTF


def _address(pointer: Any) -> int:
    """A ctypes pointer or function as the address it holds."""
    address = ctypes.cast(pointer, ctypes.c_void_p).value
    if not address:
        raise ValueError("a null PDFium handle")
    return address


def _plain(t: Any) -> Any:
    """A pointer to an opaque PDFium struct (a handle) as ``c_void_p``; other types as they are."""
    if (
        isinstance(t, type)
        and issubclass(t, ctypes._Pointer)
        and issubclass(t._type_, ctypes.Structure)
        and not getattr(t._type_, "_fields_", None)
    ):
        return ctypes.c_void_p
    return t


_API: _Api | None = None


def _api(raw: Any) -> _Api:
    global _API
    if _API is None:
        _API = _Api(raw)
    return _API


class _PageWalker:
    """Walks a page's objects (into form XObjects), counting them against the page's bounds;
    collects each text object's clip box and render mode, and the subpaths of painted paths."""

    def __init__(self, api: _Api, settings: PdfSettings, deadline: float) -> None:
        self.api = api
        self.settings = settings
        self.deadline = deadline
        self.count = 0
        #: text object address → (clip box in page space or None, render mode)
        self.texts: dict[int, tuple[_Rect | None, int]] = {}
        #: painted subpaths in page space: (ops, points, stroke, fill)
        self.paths: list[tuple[str, list[tuple[float, float]], bool, bool, str | None]] = []
        self._matrix = api.Matrix()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._x = ctypes.c_float()
        self._y = ctypes.c_float()
        self._xy = (ctypes.byref(self._x), ctypes.byref(self._y))
        self._fill = ctypes.c_int()
        self._stroke = ctypes.c_int()
        self._rgba = [ctypes.c_uint() for _ in range(4)]

    def tick(self, n: int = 1) -> None:
        """Counts ``n`` objects; past the page's bounds raises _PageTooComplex."""
        before = self.count
        self.count += n
        if self.count > self.settings.max_objects_per_page:
            raise _PageTooComplex(f"draws more than {self.settings.max_objects_per_page:,} objects")
        if self.count // 512 != before // 512:
            self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise _PageTooComplex(
                f"takes more than {self.settings.max_seconds_per_page:g} s to read"
            )

    def matrix(self, obj: int) -> _Matrix:
        m = self._matrix
        if not self.api.object_matrix(obj, self._matrix_ref):
            return _IDENTITY
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def clip_box(self, obj: int, to_page: _Matrix) -> _Rect | None:
        """The box of an object's clip path (every path of it intersected), in page space."""
        api = self.api
        clip = api.clip_path(obj)
        if not clip:
            return None
        box: _Rect | None = None
        x, y = self._x, self._y
        for p in range(max(api.clip_paths(clip), 0)):
            xs: list[float] = []
            ys: list[float] = []
            for s in range(max(api.clip_segments(clip, p), 0)):
                seg = api.clip_segment(clip, p, s)
                if seg and api.segment_point(seg, *self._xy):
                    px, py = _apply(to_page, x.value, y.value)
                    xs.append(px)
                    ys.append(py)
            if xs:
                box = _intersect(box, (min(xs), min(ys), max(xs), max(ys)))
        return box

    def walk_page(self, page: int) -> None:
        api = self.api
        n = api.count_objects(page)
        if n > self.settings.max_objects_per_page:
            self.tick(n)
        self._walk([api.get_object(page, i) for i in range(n)], _IDENTITY, None)

    def _walk(self, objects: list[int | None], to_page: _Matrix, clip: _Rect | None) -> None:
        api = self.api
        for obj in objects:
            if not obj:
                continue
            kind = api.object_type(obj)
            if kind == api.TEXT:
                box = _intersect(clip, self.clip_box(obj, to_page))
                self.texts[obj] = (box, api.render_mode(obj))
            elif kind == api.PATH:
                self.tick()
                self._path(obj, _mul(self.matrix(obj), to_page))
            elif kind == api.FORM:
                inner = _mul(self.matrix(obj), to_page)
                box = _intersect(clip, self.clip_box(obj, to_page))
                n = api.form_objects(obj)
                if n > self.settings.max_objects_per_page:
                    self.tick(n)
                self._walk([api.form_object(obj, i) for i in range(n)], inner, box)

    def _path(self, obj: int, to_page: _Matrix) -> None:
        """A painted path object as subpaths of pdfminer's operators (``m``, ``l``, ``c``,
        ``h``), each with its points (the end point of each operator) in page space."""
        api = self.api
        if not api.draw_mode(obj, ctypes.byref(self._fill), ctypes.byref(self._stroke)):
            return
        fill = self._fill.value != api.FILL_NONE
        stroke = bool(self._stroke.value)
        if not (fill or stroke):
            return
        colour = None
        if fill and api.fill_color(obj, *(ctypes.byref(v) for v in self._rgba)):
            colour = "#" + "".join(f"{v.value:02x}" for v in self._rgba[:3])
        a, b, c, d, e, f = to_page
        x, y = self._x, self._y
        xy = self._xy
        ops: list[str] = []
        pts: list[tuple[float, float]] = []
        bezier = 0  # points of the current Bézier curve read so far (three make one ``c``)
        for i in range(api.path_segments(obj)):
            seg = api.path_segment(obj, i)
            if not seg or not api.segment_point(seg, *xy):
                continue
            px, py = x.value, y.value
            point = (a * px + c * py + e, b * px + d * py + f)
            kind = api.segment_type(seg)
            if kind == api.MOVETO:
                if ops:
                    self.paths.append(("".join(ops), pts, stroke, fill, colour))
                ops, pts, bezier = ["m"], [point], 0
            elif not ops:  # a path must begin with m; pdfminer drops one that does not
                continue
            elif kind == api.BEZIERTO:
                bezier += 1
                if bezier == 3:
                    ops.append("c")
                    pts.append(point)
                    bezier = 0
            else:
                ops.append("l")
                pts.append(point)
            if api.segment_close(seg):
                ops.append("h")
                pts.append(pts[0])
        if ops:
            self.paths.append(("".join(ops), pts, stroke, fill, colour))


def _sort_path(
    shape: str,
    pts: list[tuple[float, float]],
    stroke: bool,
    fill: bool,
    colour: str | None,
    to_top_down: Any,
    segments: list[Segment],
    boxes: list[Segment],
) -> None:
    """One subpath into rules or a box, as pdfminer sorts it into LTLine, LTRect or LTCurve
    and the pdfminer reader then keeps lines, rectangles and two-point curves."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"  # a redundant l on a closed path
        pts = pts[:-2] + pts[-1:]
    is_rect = False
    if shape in ("mlh", "ml"):
        pts = pts[:2]
        kind = "line"
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts[:5]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        is_rect = pts[0] == last and square
        kind = "rect" if is_rect else "curve"
    else:
        kind = "curve"
    if kind == "curve" and len(pts) != 2:
        if stroke:  # a polygon or a frame with round corners: its straight sides are rules
            segments.extend(to_top_down(*piece) for piece in straight_pieces(shape, pts))
        elif fill:
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            seg = to_top_down(min(xs), min(ys), max(xs), max(ys))
            if min(seg.x1 - seg.x0, seg.bottom - seg.top) <= THIN_FILL:
                segments.append(seg)  # a rule drawn as a thin filled polygon (世羅's 斜線 cells)
        return
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    seg = to_top_down(min(xs), min(ys), max(xs), max(ys))
    w, h = seg.x1 - seg.x0, seg.bottom - seg.top
    if is_rect and w > 3 and h > 3:
        if stroke:
            segments.extend(_box_sides(seg))
        else:
            boxes.append(replace(seg, fill=colour))
    else:
        segments.append(seg)


# ---------------------------------------------------------------------------------------------
# Characters from PDFium's text page.


def _page_chars(
    api: _Api,
    textpage: int,
    walker: _PageWalker,
    to_top_down: Any,
    origin: tuple[float, float] | None,
    settings: PdfSettings,
) -> list[Char]:
    """The visible, unclipped characters of a page's text page, in top-down coordinates
    (``origin``: the page's left and top edges when it is not turned, for a shortcut)."""
    rect = api.Rect()
    rect_ref = ctypes.byref(rect)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    origin_refs = (ctypes.byref(ox), ctypes.byref(oy))
    char_object, loose_box, char_origin = api.char_object, api.loose_box, api.char_origin
    chars: list[Char] = []
    objects: dict[int, _TextInfo] = {}
    fonts: dict[int, tuple[str, float]] = {}
    texts = walker.texts
    origin_x, origin_y = origin_refs
    for n, (k, text) in enumerate(_visible_text(api, textpage, walker.check_time)):
        if n % 512 == 511:
            walker.check_time()
        obj = char_object(textpage, k) or 0
        info = objects.get(obj)
        if info is None:
            info = _text_object(api, textpage, k, obj, texts.get(obj, (None, 0)), fonts)
            objects[obj] = info
        clip, mode, upright, font, extent, turn = info
        if mode in _INVISIBLE_MODES or not loose_box(textpage, k, rect_ref):
            continue
        x0, x1 = rect.left, rect.right
        if x1 < x0:
            x0, x1 = x1, x0
        if extent is not None and char_origin(textpage, k, origin_x, origin_y):
            if extent[2]:  # turned a quarter: the glyph's height runs across the page
                x0, x1 = ox.value + extent[0], ox.value + extent[1]
                y0, y1 = rect.bottom, rect.top
                if y1 < y0:
                    y0, y1 = y1, y0
            else:
                y0, y1 = oy.value + extent[0], oy.value + extent[1]
        else:
            y0, y1 = rect.bottom, rect.top
            if y1 < y0:
                y0, y1 = y1, y0
        if not math.isfinite(x0 + x1 + y0 + y1):
            continue  # drawn at an infinite or NaN place: nowhere on the page (as pdfminer's)
        if clip is not None:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if not (clip[0] - 1 <= cx <= clip[2] + 1 and clip[1] - 1 <= cy <= clip[3] + 1):
                continue
        if origin is not None:
            left, top = origin
            chars.append(
                Char(text, x0 - left, top - y1, x1 - left, top - y0, y1 - y0, font, upright, turn)
            )
        else:
            box = to_top_down(x0, y0, x1, y1)
            chars.append(Char(text, box.x0, box.top, box.x1, box.bottom, box.bottom - box.top,
                              font, upright, turn))  # fmt: skip
    return _dedupe_overprint(chars, settings.overprint_tolerance, settings.overprint_share)


def _visible_text(api: _Api, textpage: int, check: Callable[[], None]) -> list[tuple[int, str]]:
    """Each character of a text page that is not white space, with its index: the page's text
    taken in one call (the same characters as asking for each, measured on every corpus page),
    or one by one where the text holds a character beyond the BMP (two UTF-16 units, which
    would shift the indices; ``check`` is called as the parse budget asks)."""
    count = api.count_chars(textpage)
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    written = api.page_text(textpage, 0, count, buffer)
    page = bytes(buffer)[: 2 * count].decode("utf-16-le", errors="surrogatepass")
    if written != count + 1 or len(page) != count or _SURROGATE.search(page):
        return _visible_text_by_char(api, textpage, count, check)
    return [
        (k, "-" if c == _HYPHEN_CHAR else c)
        for k, c in enumerate(page)
        if c == _HYPHEN_CHAR or (not c.isspace() and c > " ")
    ]


_HYPHEN_CHAR = chr(_PDFIUM_HYPHEN)
_SURROGATE = regex.compile("[\ud800-\udfff]")


def _visible_text_by_char(
    api: _Api, textpage: int, count: int, check: Callable[[], None]
) -> list[tuple[int, str]]:
    """_visible_text one character at a time, pairing UTF-16 halves (PDFium's wchar_t on
    Windows) into one character at the low half's index."""
    out: list[tuple[int, str]] = []
    pending_high = 0  # a UTF-16 high surrogate waiting for its low half
    for k in range(count):
        if k % 512 == 511:
            check()
        code = api.unicode(textpage, k)
        if code <= 0x20:  # PDFium's generated spaces and line breaks, and controls
            if code != _PDFIUM_HYPHEN:
                continue
            code = 0x2D
        elif 0xD800 <= code < 0xE000:
            if code < 0xDC00:
                pending_high = code
                continue
            if not pending_high:
                continue
            code = 0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00)
        pending_high = 0
        text = chr(code) if code < 0x110000 else ""
        if text.strip():
            out.append((k, text))
    return out


#: What a text object's characters share: clip box, render mode, upright, font name, the
#: extent of its glyph boxes from the baseline across the text (low, high, and whether that is
#: along x: text turned a quarter; None: take PDFium's loose box), and the quarter turns of its
#: direction.
_TextInfo = tuple[_Rect | None, int, bool, str, tuple[float, float, bool] | None, int]


def _text_object(
    api: _Api,
    textpage: int,
    k: int,
    obj: int,
    clip_mode: tuple[_Rect | None, int],
    fonts: dict[int, tuple[str, float]],
) -> _TextInfo:
    """What the characters of character ``k``'s text object share.

    pdfminer's box of a horizontal glyph runs from the font's descent to one font size above it
    (the font size scaled by the text's vertical scale); PDFium's loose box runs from descent to
    ascent scaled to the font size by the horizontal scale, which differs where the text is
    condensed (``Tz``) or the font's ascent and descent do not span 1000 units. For text that is
    not rotated or skewed the box here is pdfminer's: descent to descent plus size, upwards
    from the baseline.
    """
    clip, mode = clip_mode
    matrix = api.Matrix()
    upright, turn = True, 0
    extent: tuple[float, float, bool] | None = None
    font = api.text_font(obj) if obj else None
    name, descent = _font(api, font, fonts) if font else ("", 0.0)
    if api.char_matrix(textpage, k, ctypes.byref(matrix)):
        upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
        turn = quarter_turns(matrix.a, matrix.b)
        size = api.font_size(textpage, k)
        if matrix.b == 0 and matrix.c == 0 and size > 0 and font:
            low = -abs(descent) * size * matrix.d
            high = low + size * matrix.d
            extent = (min(low, high), max(low, high), False)
        elif matrix.a == 0 and matrix.d == 0 and size > 0 and font:  # turned a quarter
            low = -abs(descent) * size * matrix.c
            high = low + size * matrix.c
            extent = (min(low, high), max(low, high), True)
    return clip, mode, upright, name, extent, turn


def _font(api: _Api, font: int, fonts: dict[int, tuple[str, float]]) -> tuple[str, float]:
    """A font's base name and its descent per unit of font size (cached per page)."""
    known = fonts.get(font)
    if known is not None:
        return known
    name = ""
    size = api.font_name(font, None, 0)
    if size > 0:
        buffer = ctypes.create_string_buffer(size)
        api.font_name(font, buffer, size)
        name = buffer.value.decode("utf-8", errors="replace")
    descent = ctypes.c_float()
    if not api.font_descent(font, ctypes.c_float(1000.0), ctypes.byref(descent)):
        descent.value = 0.0
    if abs(descent.value) > _MAX_DESCENT:
        # (LibreOffice's Noto CJK subsets: the descriptor says Descent 0 and PDFium falls back to
        # the font's bounding box, -1048: every glyph a line lower than it is drawn; pdfminer
        # reads the descriptor's 0)
        descent.value = 0.0
    fonts[font] = (name, descent.value / 1000)
    return fonts[font]


#: The deepest descent a font's descriptor may give, per 1000 units of font size; a deeper one
#: is the bottom of the font's bounding box, which PDFium takes when the descriptor gives none.
_MAX_DESCENT = 500.0


def _top_down(rotation: int, box: _Rect) -> tuple[float, float, Any]:
    """The page's width and height as seen (turned by ``/Rotate``) and a function from a box
    in PDF page space to a :class:`Segment` in top-down points from the seen top-left corner."""
    left, bottom, right, top = box
    width, height = right - left, top - bottom
    if rotation in (90, 270):
        width, height = height, width

    def convert(x0: float, y0: float, x1: float, y1: float) -> Segment:
        if rotation == 90:  # page x runs down the seen page, page y runs right
            return Segment(y0 - bottom, x0 - left, y1 - bottom, x1 - left)
        if rotation == 180:
            return Segment(right - x1, y0 - bottom, right - x0, y1 - bottom)
        if rotation == 270:
            return Segment(top - y1, right - x1, top - y0, right - x0)
        return Segment(x0 - left, top - y1, x1 - left, top - y0)

    return width, height, convert


# ---------------------------------------------------------------------------------------------


def _open(pdfium: Any, raw: Any, data: bytes, name: str, password: str) -> tuple[Any, str]:
    """The PDFium document, or None and PDFium's reason when it refuses the file as malformed;
    raises EncryptedDocumentError for a password it lacks or a security handler it lacks."""
    try:
        return pdfium.PdfDocument(data, password=password or None), ""
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY) and b"/Encrypt" not in data:
            # PDFium's last error outlives the call that set it: a file that is not encrypted
            # can fail with the code an earlier encrypted file left
            code = raw.FPDF_ERR_FORMAT
        if code == raw.FPDF_ERR_PASSWORD and password:
            raise WrongPasswordError(
                name, "is encrypted, and the password given is not its password"
            ) from None
        if code == raw.FPDF_ERR_PASSWORD:
            raise EncryptedDocumentError(
                name, "is encrypted; jpkpi cannot read it without the password (--password)"
            ) from None
        if code == raw.FPDF_ERR_SECURITY:
            raise EncryptedDocumentError(
                name, "is encrypted in a way jpkpi cannot read (PDFium: unsupported security)"
            ) from None
        return None, str(e)[:120]


def iter_pdf_pdfium(
    data: bytes,
    name: str,
    settings: PdfSettings = DEFAULT_PDF,
    selection: PageSelection | None = None,
    password: str = "",
    warnings: list[str] | None = None,
) -> Iterator[PdfPage]:
    """The pages of a PDF read with PDFium one at a time, as :func:`jpkpi.sources.pdf.iter_pdf`
    gives them with pdfminer.six; warnings for pages skipped go to ``warnings``.

    Raises DocumentError for a PDF that cannot be read: encrypted (without the right
    ``password``), malformed, with no pages, or with no text layer (a scan);
    MissingDependencyError when pypdfium2 is not installed.
    """
    if warnings is None:
        warnings = []
    try:
        pdfium, raw = _modules()
    except ImportError:
        raise MissingDependencyError(
            name, "reading PDFs with PDFium needs pypdfium2: pip install pypdfium2"
        ) from None
    measured = pdf_preflight.measure(data, settings, selection, password)
    document = None
    refused = measured.doubt
    if not refused:
        with _PDFIUM_LOCK:
            document, refused = _open(pdfium, raw, data, name, password)
    if document is not None:
        with _PDFIUM_LOCK:
            n_pages = len(document)
        if n_pages != measured.pages:
            with _PDFIUM_LOCK:
                document.close()
            document = None
            refused = f"it finds {n_pages} pages where pdfminer.six finds {measured.pages}"
    if document is not None:
        try:
            yield from _pages(
                pdfium, raw, document, n_pages, name, settings, selection, measured, warnings
            )
        finally:
            with _PDFIUM_LOCK:
                document.close()
        return
    # PDFium refuses some files pdfminer reads (an empty page tree, some broken xrefs), and is
    # not given those it could not be stopped in: pdfminer has the last word, and names the
    # damage when it cannot read the file either.
    from jpkpi.sources.pdf import iter_pdf

    warnings.append(f"PDFium did not read the file ({refused}); read with pdfminer.six")
    miner = replace(settings, pdf_reader="pdfminer")
    yield from iter_pdf(data, name, miner, selection, password, warnings)


def _pages(
    pdfium: Any,
    raw: Any,
    document: Any,
    n_pages: int,
    name: str,
    settings: PdfSettings,
    selection: PageSelection | None,
    measured: pdf_preflight.Measure,
    warnings: list[str],
) -> Iterator[PdfPage]:
    """The ``n_pages`` pages of an open PDFium document, each read when asked for. PDFium is
    called with the lock held, and let go between pages: the caller lays a page out meanwhile,
    and another thread may read its own PDF."""
    if n_pages == 0:
        raise DamagedDocumentError(name, "has no pages")
    if n_pages > settings.max_pages:
        raise LimitExceededError(name, f"has more than {settings.max_pages:,} pages")
    if selection is not None and not any(n in selection for n in range(1, n_pages + 1)):
        raise UnsupportedDocumentError(
            name, f"has {n_pages} pages; none of them is among the pages asked for"
        )
    refused = measured.refused
    api = _api(raw)
    first_warning = len(warnings)
    any_text = False
    limited = 0
    for number in range(1, n_pages + 1):
        if selection is not None and number not in selection:
            continue
        budget.check(f"page {number}")
        with _PDFIUM_LOCK:
            out, warning, past_limit = _one_page(pdfium, api, document, number, settings, refused)
        if warning:
            warnings.append(warning)
            limited += past_limit
        any_text = any_text or bool(out.chars)
        yield out
    if not any_text:
        raise_unread(name, warnings[first_warning:], limited)


def _one_page(
    pdfium: Any,
    api: _Api,
    document: Any,
    number: int,
    settings: PdfSettings,
    refused: dict[int, str],
) -> tuple[PdfPage, str, bool]:
    """Page ``number`` read; or an empty page, the warning that says why it was skipped, and
    whether that was a work limit (not damage)."""
    if number in refused:
        width, height = document.get_page_size(number - 1)
        return PdfPage(number, width, height), f"page {number} skipped: {refused[number]}", True
    started = time.monotonic()
    try:
        page = document[number - 1]
    except pdfium.PdfiumError as e:
        warning = f"page {number} skipped: it cannot be read ({type(e).__name__})"
        return PdfPage(number, 0.0, 0.0), warning, False
    try:
        return _read_page(api, page, number, settings, started), "", False
    except _PageTooComplex as e:
        width, height, _ = _top_down(page.get_rotation(), page.get_mediabox())
        return PdfPage(number, width, height), f"page {number} skipped: it {e}", True
    except pdfium.PdfiumError as e:
        width, height, _ = _top_down(page.get_rotation(), page.get_mediabox())
        warning = f"page {number} skipped: it cannot be read ({type(e).__name__})"
        return PdfPage(number, width, height), warning, False
    finally:
        page.close()


def _read_page(api: _Api, page: Any, number: int, settings: PdfSettings, started: float) -> PdfPage:
    """One page's characters, rules and boxes (PDFium has parsed its content already)."""
    rotation = page.get_rotation()
    mediabox = page.get_mediabox()
    width, height, to_top_down = _top_down(rotation, mediabox)
    out = PdfPage(number, width, height)
    walker = _PageWalker(api, settings, started + settings.max_seconds_per_page)
    walker.check_time()
    walker.walk_page(_address(page.raw))
    for shape, pts, stroke, fill, colour in walker.paths:
        _sort_path(shape, pts, stroke, fill, colour, to_top_down, out.segments, out.boxes)
    textpage = page.get_textpage()
    try:
        handle = _address(textpage.raw)
        walker.tick(max(api.count_chars(handle), 0))
        origin = (mediabox[0], mediabox[3]) if rotation == 0 else None
        out.chars = _page_chars(api, handle, walker, to_top_down, origin, settings)
    finally:
        textpage.close()
    walker.check_time()
    return out
