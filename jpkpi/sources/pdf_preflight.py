"""Whether PDFium may be given a PDF, measured first, since it cannot be stopped once it parses.

PDFium parses a page's whole content in C++ when the page is loaded: it inflates every content
stream without a cap, expands every form XObject the page draws (a form drawing another twice,
40 deep, is 2**40 objects) and decodes an object stream whole when it needs one object in it,
and gives control back only when done, so neither the per-page limits nor the parse budget's
watchdog can interrupt it. The pdfminer reader meets the same files one operator at a time and
stops at its limits. So PDFium reads a file only once the pdfminer reader's bounded document
has measured it (:func:`measure`); a file that cannot be measured, or that may pass a limit in
a way only the pdfminer reader stops exactly, is read with pdfminer.six instead.

What is measured, with pdfminer's parser (names with ``#xx`` escapes, comments and odd
whitespace read as a PDF reader reads them, so crafted syntax cannot hide a stream):

* every object stream the cross-reference sections name, decoded through its whole filter
  chain and never past ``MAX_OBJECT_STREAM_BYTES``;
* each page's content and forms, decoded the same way, never past ``max_content_bytes`` (a page
  past it is skipped with the pdfminer reader's warning);
* the XObjects each page draws, each form counted with what it draws in turn, under the
  resources it really uses (its own, or those it inherits from where it is drawn). The count
  errs only upwards: every ``/Name … Do`` in the decoded bytes is counted, overlapping matches
  and matches inside strings and comments included, and a name the resources do not resolve
  counts as the largest form they hold. A page that may pass ``max_objects_per_page``, forms
  drawn inside themselves or more than MAX_FORM_DEPTH deep, inline images (decoded whole while
  the page is parsed), Type3 fonts (whose glyphs are content streams that can draw forms) and
  embedded font files that decode past ``max_content_bytes`` send the file to pdfminer.six.

A second, independent pass over the file's bytes (:func:`scan`) looks for object streams too,
in case PDFium finds one pdfminer's cross-reference reading does not; it can only add doubt.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from jpkpi import budget
from jpkpi.sources.pdf import (
    MAX_FORM_DEPTH,
    MAX_OBJECT_STREAM_BYTES,
    PageSelection,
    PdfSettings,
    _chain_size_within,
    _content_size_ok,
    _decoded_size_within,
    _open_document,
    _pdfminer,
)

_STREAM_START = regex.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_OBJECT_STREAM = regex.compile(rb"/Type\s*/ObjStm\b")
#: A stream's filter: a name, an array of names, or a reference (read only by a parser).
_FILTER = regex.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+|\d+\s+\d+\s+R)")
_NAME = regex.compile(rb"/([^\s/\[\]<>()]+)")
#: ``/Name Do`` as a PDF tokenizer reads it: a name (any bytes but white space and delimiters),
#: white space and comments, then the operator ``Do`` ending at white space, a delimiter or the
#: end. Searched with overlapping matches, so a match that starts inside a string or a comment
#: cannot swallow a real one.
_DO = regex.compile(
    rb"/([^\x00\t\n\f\r ()<>\[\]{}/%]*)(?:[\x00\t\n\f\r ]|%[^\r\n]*)*Do"
    rb"(?![^\x00\t\n\f\r ()<>\[\]{}/%])"
)
_NAME_ESCAPE = regex.compile(rb"#([0-9A-Fa-f]{2})")
#: The operator that begins an inline image (``BI``), as a token.
_INLINE_IMAGE = regex.compile(
    rb"(?<![^\x00\t\n\f\r ()<>\[\]{}/%])BI(?![^\x00\t\n\f\r ()<>\[\]{}/%])"
)


@dataclass(frozen=True)
class Measure:
    """What :func:`measure` found: the pages PDFium must not load, and whether it may read the
    file at all."""

    #: Pages to skip, by 1-based number, each with the reason as the pdfminer reader words it
    #: ("its content inflates to more than 67,108,864 bytes").
    refused: dict[int, str] = field(default_factory=dict)
    #: Why pdfminer.six reads the file instead of PDFium ("" when PDFium may read it).
    doubt: str = ""
    #: Pages pdfminer found, to be the pages PDFium finds (0 when the file was not measured).
    pages: int = 0


class _Doubt(Exception):
    """Something PDFium would parse unbounded, or that cannot be bounded here."""


def measure(
    data: bytes,
    settings: PdfSettings,
    selection: PageSelection | None = None,
    password: str = "",
) -> Measure:
    """The file measured with the pdfminer reader's bounded document: the pages ``selection``
    names (all when None) for their content and the objects they draw, every object stream for
    its size. A file pdfminer cannot open or measure gets a doubt, never a pass; one of more
    than ``settings.max_pages`` pages is left for the reader to refuse."""
    if scan(data):
        limit = f"{MAX_OBJECT_STREAM_BYTES:,}"
        return Measure(doubt=f"an object stream decodes past {limit} bytes")
    _, _, pdfdocument, _, pdfpage, pdfparser, _ = _pdfminer()
    try:
        parser = pdfparser.PDFParser(io.BytesIO(data))
        document = _open_document(pdfdocument, parser, password, widths=False)
        _check_object_streams(document)
        found = list(pdfpage.PDFPage.create_pages(document))
    except _Doubt as e:
        return Measure(doubt=str(e))
    except Exception as e:  # pdfminer cannot parse it: it names the damage when it reads it
        return Measure(doubt=f"pdfminer.six cannot open it to measure it ({type(e).__name__})")
    if len(found) > settings.max_pages:
        return Measure(pages=len(found))
    refused: dict[int, str] = {}
    memo: dict[tuple[int, int], tuple[int, int]] = {}
    fonts: set[int] = set()  # the fonts checked
    for number, page in enumerate(found, start=1):
        if selection is not None and number not in selection:
            continue
        budget.check(f"page {number} (measured before reading)")
        if not _content_size_ok(page, settings.max_content_bytes):
            limit = f"{settings.max_content_bytes:,}"
            refused[number] = f"its content inflates to more than {limit} bytes"
            continue
        try:
            _check_fonts(page.resources, fonts, settings.max_content_bytes)
            draws, _ = _draws(page.contents, page.resources, (memo, fonts), settings, [])
        except _Doubt as e:
            return Measure(doubt=f"page {number} {e}")
        except Exception as e:
            return Measure(doubt=f"page {number} cannot be measured ({type(e).__name__})")
        if draws > settings.max_objects_per_page:
            cap = f"{settings.max_objects_per_page:,}"
            return Measure(doubt=f"page {number} may draw more than {cap} objects")
    return Measure(refused=refused, pages=len(found))


def _check_object_streams(document: Any) -> None:
    """_Doubt when an object stream the cross-reference sections name decodes past
    MAX_OBJECT_STREAM_BYTES (PDFium decodes one whole to read any object in it)."""
    for stream_id in sorted(_object_stream_ids(document)):
        stream = document.getobj(stream_id)
        if _decoded_size_within(stream, MAX_OBJECT_STREAM_BYTES) is None:
            limit = f"{MAX_OBJECT_STREAM_BYTES:,}"
            raise _Doubt(f"an object stream decodes past {limit} bytes")


def _object_stream_ids(document: Any) -> set[int]:
    """The object streams the cross-reference sections name: read from a cross-reference
    stream's entries themselves (its ``/Index`` may claim billions of objects it does not
    hold), from the other sections' table of places."""
    from pdfminer.pdfdocument import PDFXRefStream
    from pdfminer.utils import nunpack

    ids: set[int] = set()
    for xref in document.xrefs:
        if isinstance(xref, PDFXRefStream):
            data, width = xref.data or b"", xref.entlen or 0
            fl1, fl2 = xref.fl1 or 0, xref.fl2 or 0
            for offset in range(0, len(data) - width + 1, width) if width else ():
                entry = data[offset : offset + width]
                if nunpack(entry[:fl1], 1) == 2:
                    ids.add(nunpack(entry[fl1 : fl1 + fl2]))
        else:
            for place in getattr(xref, "offsets", {}).values():
                if place[0] is not None:
                    ids.add(place[0])
    return ids


def _resolve(obj: Any) -> Any:
    """pdfminer's resolve1, with what cannot be resolved as None (PDFium skips it)."""
    from pdfminer.pdftypes import resolve1

    try:
        return resolve1(obj)
    except Exception:
        return None


def _subdict(resources: Any, key: str) -> dict[Any, Any]:
    """``resources[key]`` resolved, or an empty dictionary."""
    resolved = _resolve(resources)
    inner = _resolve(resolved.get(key)) if isinstance(resolved, dict) else None
    return inner if isinstance(inner, dict) else {}


def _check_fonts(resources: Any, checked: set[int], limit: int) -> None:
    """_Doubt for a font among ``resources``' fonts that PDFium would run or decode unbounded: a
    Type3 font (its glyphs are content streams, and they can draw forms), or an embedded font
    file that decodes past ``limit`` bytes (PDFium decodes one whole to load the font). Each
    font is checked once (``checked`` holds those done)."""
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    for ref in _subdict(resources, "Font").values():
        font = _resolve(ref)
        if not isinstance(font, dict) or id(font) in checked:
            continue
        checked.add(id(font))
        if font.get("Subtype") is LIT("Type3"):
            raise _Doubt("uses a Type3 font, whose glyphs can draw forms")
        descendants = _resolve(font.get("DescendantFonts"))
        parts = [font, *(descendants if isinstance(descendants, list) else [])]
        for part in parts:
            part = _resolve(part)
            descriptor = _resolve(part.get("FontDescriptor")) if isinstance(part, dict) else None
            if not isinstance(descriptor, dict):
                continue
            for key in ("FontFile", "FontFile2", "FontFile3"):
                stream = _resolve(descriptor.get(key))
                if isinstance(stream, PDFStream) and not _within(stream, limit):
                    raise _Doubt(f"embeds a font file that decodes past {limit:,} bytes")


#: Flate's largest ratio of output to input (zlib's format allows no more than about 1032).
_FLATE_MAX_RATIO = 1032


def _within(stream: Any, limit: int) -> bool:
    """Whether a stream decodes to at most ``limit`` bytes: known without decoding when it is
    a single Flate stream too short to inflate that far, decoded in pieces otherwise."""
    from pdfminer.psparser import literal_name

    try:
        filters = [literal_name(f) for f, _ in stream.get_filters()]
        raw = len(stream.get_rawdata() or b"")
    except Exception:
        filters, raw = [], -1
    if filters in (["FlateDecode"], ["Fl"]) and 0 <= raw * _FLATE_MAX_RATIO <= limit:
        return True
    return _decoded_size_within(stream, limit) is not None


def _drawn_names(data: bytes, cap: int) -> Counter[bytes]:
    """How often each name is drawn with ``Do`` in decoded content, counted upwards (see _DO),
    with ``#xx`` escapes in names decoded as a PDF reader decodes them; _Doubt when ``Do``
    occurs more than ``cap`` times (each real draw is one at least)."""
    if data.count(b"Do") > cap:
        raise _Doubt(f"may draw more than {cap:,} objects")
    names: Counter[bytes] = Counter()
    for name, n in Counter(_DO.findall(data, overlapped=True)).items():
        if b"#" in name:
            name = _NAME_ESCAPE.sub(lambda e: bytes([int(e.group(1), 16)]), name)
        names[name] += n
    return names


def _lookup(xobjects: dict[Any, Any], name: bytes) -> Any:
    """The XObject ``name`` names, the key as pdfminer stores it (text, else bytes)."""
    try:
        key: Any = name.decode("utf-8")
    except UnicodeDecodeError:
        key = name
    return xobjects.get(key)


def _draws(
    streams: Any,
    resources: Any,
    done: tuple[dict[tuple[int, int], tuple[int, int]], set[int]],
    settings: PdfSettings,
    open_: list[int],
) -> tuple[int, int]:
    """How many XObjects content ``streams`` draw with ``resources``, each form with what it
    draws in turn, at most ``max_objects_per_page`` + 1 (never fewer than PDFium would draw),
    and how deep the forms they draw nest. ``open_`` holds the forms being counted, outer
    first; ``done`` the counts of the forms counted and the fonts checked."""
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    memo, fonts = done
    cap = settings.max_objects_per_page
    names: Counter[bytes] = Counter()
    for ref in streams or []:
        stream = _resolve(ref)
        if isinstance(stream, PDFStream):
            data = stream.get_data() or b""  # its size is within the limit (measured first)
            if _INLINE_IMAGE.search(data):
                raise _Doubt("draws an inline image, which PDFium decodes whole")
            names.update(_drawn_names(data, cap))
    if not names:
        return 0, 0
    xobjects = _subdict(resources, "XObject")
    forms: dict[Any, PDFStream] = {}
    for key, ref in xobjects.items():
        xobj = _resolve(ref)
        if isinstance(xobj, PDFStream) and xobj.get("Subtype") is LIT("Form"):
            forms[key] = xobj

    def inner(form: PDFStream) -> tuple[int, int]:
        own = form.get("Resources")
        used = resources if own is None else own  # a form without resources inherits them
        key = (id(form), id(_resolve(used)))
        if id(form) in open_:
            raise _Doubt("draws a form inside itself")
        if key not in memo:
            if len(open_) >= MAX_FORM_DEPTH:
                raise _Doubt(f"draws forms inside forms more than {MAX_FORM_DEPTH} deep")
            _check_fonts(used, fonts, settings.max_content_bytes)
            open_.append(id(form))
            memo[key] = _draws([form], used, done, settings, open_)
            open_.pop()
        if len(open_) + 1 + memo[key][1] > MAX_FORM_DEPTH:  # counted once at a lesser depth
            raise _Doubt(f"draws forms inside forms more than {MAX_FORM_DEPTH} deep")
        return memo[key]

    total = height = 0
    for name, times in sorted(names.items()):
        xobj = _resolve(_lookup(xobjects, name))
        if isinstance(xobj, PDFStream) and xobj.get("Subtype") is LIT("Form"):
            drawn = [inner(xobj)]
        elif xobj is None and forms:  # a name pdfminer may have read otherwise: the largest
            drawn = [inner(f) for f in forms.values()]
        else:
            drawn = [(0, -1)]
        total += times * (1 + max(count for count, _ in drawn))
        height = max(height, 1 + max(depth for _, depth in drawn))
        if total > cap:
            return cap + 1, height
    return total, height


def scan(data: bytes) -> bool:
    """Whether a pass over the file's bytes finds an object stream that decodes past
    MAX_OBJECT_STREAM_BYTES. Crafted syntax can hide one from this pass (:func:`measure` reads
    the cross-reference sections for that); it catches one pdfminer's reading would miss."""
    for m in _STREAM_START.finditer(data):
        start = data.rfind(b"obj", max(0, m.start() - 4096), m.start())
        head = data[start if start >= 0 else max(0, m.start() - 4096) : m.end()]
        if not _OBJECT_STREAM.search(head):
            continue
        found = _FILTER.search(head)
        if found is None or found.group(1).endswith(b"R"):
            continue
        filters = _NAME.findall(found.group(1))
        if not _decodes_within(data, m.end(), filters, MAX_OBJECT_STREAM_BYTES):
            return True
    return False


def _decodes_within(data: bytes, start: int, filters: list[bytes], limit: int) -> bool:
    """Whether the stream starting at ``start`` decodes through ``filters`` to at most
    ``limit`` bytes (a damaged stream counts what decoded before the damage)."""
    end = data.find(b"endstream", start)
    encoded = data[start : end if end >= 0 else len(data)]
    names = [f.decode("latin-1") for f in filters]
    return _chain_size_within(encoded, names, limit) is not None
