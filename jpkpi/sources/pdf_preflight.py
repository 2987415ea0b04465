"""Pages PDFium must not be given: their content inflates past the limit, or they draw forms
inside forms without end. Measured before PDFium parses a page, since it cannot be stopped then.

PDFium parses a page's whole content in C++ when the page is loaded: it inflates every content
stream without a cap, expands every form XObject the page draws (a form drawing another twice,
40 deep, is 2**40 objects) and gives control back only when done, so neither the per-page limits
nor the parse budget's watchdog can interrupt it. The pdfminer reader meets the same files one
operator at a time and stops at its limits; for PDFium they are measured first.

Two passes. :func:`scan` scans the file's bytes once (a regular expression finds each
stream; a Flate stream is inflated in pieces, never past the limit, and its ``Do`` operators
counted): it answers "no" for almost every real PDF, whose content streams are single Flate
streams that together stay under the limit and whose forms draw no forms. Otherwise
:func:`refused_pages` opens the file with the pdfminer reader's bounded document and measures
each page as that reader would: its content and forms decoded through their whole filter chains
(never past the limit), and the forms it draws counted with the forms they draw, each form's
count worked out once.
"""

from __future__ import annotations

import io
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

import regex

from jpkpi import budget
from jpkpi.sources.pdf import (
    _EXPANDING_FILTERS,
    MAX_OBJECT_STREAM_BYTES,
    PdfSettings,
    _content_size_ok,
    _open_document,
    _pdfminer,
    _TooLong,
)

_STREAM_START = regex.compile(rb">>\s*stream(?:\r\n|\n|\r)")
#: Streams that are no page content: images, embedded fonts and files, metadata, object and
#: cross-reference streams.
_NOT_CONTENT = regex.compile(
    rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b|/Length[123]\b"
    rb"|/Type\s*/(?:XRef|ObjStm|EmbeddedFile|Metadata|XObject\s*/Subtype\s*/Image)\b"
)
_FORM = regex.compile(rb"/Subtype\s*/Form\b")
_OBJECT_STREAM = regex.compile(rb"/Type\s*/ObjStm\b")
#: A stream's filter: a name, an array of names, or a reference (read only by a parser).
_FILTER = regex.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+|\d+\s+\d+\s+R)")
_NAME = regex.compile(rb"/([^\s/\[\]<>()]+)")
_SINGLE_FLATE = ([b"FlateDecode"], [b"Fl"])
#: Forms drawn inside forms deeper than this make a page PDFium is not given (the pdfminer
#: reader cannot read such a page either: its interpreter recurses once per level).
MAX_FORM_DEPTH = 100
#: ``/Name Do``: a content stream drawing an XObject.
_DO = regex.compile(rb"/([^\s/\[\]<>(){}%]+)\s*Do(?![^\s/\[\]<>(){}%])")


def _inflated(view: memoryview, budget_bytes: int) -> tuple[int, int]:
    """How far a Flate stream starting at ``view`` inflates, counted up to ``budget_bytes`` + 1
    (the rest is not inflated), and how often ``Do`` occurs in what was inflated. A stream that
    breaks off counts what came before the break."""
    inflater = zlib.decompressobj()
    total = draws = 0
    tail = b""
    pos = 0
    while not inflater.eof and pos < len(view):
        chunk: bytes | memoryview = view[pos : pos + 65536]
        pos += 65536
        while chunk:
            try:
                out = inflater.decompress(chunk, 1 << 20)
            except zlib.error:
                return total, draws
            total += len(out)
            draws += (tail + out[:1]).count(b"Do") + out.count(b"Do")
            tail = out[-1:]
            if total > budget_bytes:
                return total, draws
            if inflater.eof:
                break
            chunk = inflater.unconsumed_tail
    return total, draws


@dataclass(frozen=True)
class Scan:
    """What one scan of a PDF's bytes found."""

    #: Some page may pass a limit: measure the pages one by one (:func:`refused_pages`).
    measure_pages: bool
    #: An object stream decodes past ``MAX_OBJECT_STREAM_BYTES``: PDFium would decode it whole
    #: when the file is opened, before any page, so the pdfminer reader (which skips it) reads
    #: the file instead.
    object_stream_over: bool


def scan(data: bytes, settings: PdfSettings) -> Scan:
    """One pass over a PDF's streams. Pages are to be measured when the streams that may be
    page content inflate past ``settings.max_content_bytes`` together, one of them has a filter
    other than a single Flate (a chain, RunLength, LZW, a filter given by reference), a form
    XObject draws something, or the streams draw XObjects more often than a page may draw
    objects; when none of these holds, no page can pass a limit."""
    limit = settings.max_content_bytes
    view = memoryview(data)
    total = draws = 0
    measure = object_stream_over = False
    for m in _STREAM_START.finditer(data):
        start = data.rfind(b"obj", max(0, m.start() - 4096), m.start())
        head = data[start if start >= 0 else max(0, m.start() - 4096) : m.end()]
        found = _FILTER.search(head)
        filters = _NAME.findall(found.group(1)) if found else []
        by_reference = found is not None and found.group(1).endswith(b"R")
        if _OBJECT_STREAM.search(head):
            if by_reference:
                continue  # pdfminer, which reads the reference, bounds it when it reads the file
            object_stream_over = object_stream_over or not _decodes_within(
                data, m.end(), filters, MAX_OBJECT_STREAM_BYTES
            )
            continue
        if measure or _NOT_CONTENT.search(head):
            continue
        if not filters and not by_reference:
            end = data.find(b"endstream", m.end())
            stop = end if end >= 0 else len(data)
            size, n = stop - m.end(), data.count(b"Do", m.end(), stop)
        elif filters in _SINGLE_FLATE and not by_reference:
            size, n = _inflated(view[m.end() :], limit - total)
        else:
            measure = True
            continue
        total += size
        draws += n
        measure = (
            bool(n and _FORM.search(head)) or total > limit or draws > settings.max_objects_per_page
        )
    return Scan(measure, object_stream_over)


def _decodes_within(data: bytes, start: int, filters: list[bytes], limit: int) -> bool:
    """Whether the stream starting at ``start`` decodes through ``filters`` to at most
    ``limit`` bytes (a damaged stream counts what decoded before the damage)."""
    end = data.find(b"endstream", start)
    encoded = data[start : end if end >= 0 else len(data)]
    size = len(encoded)
    for f in filters:
        decode = _EXPANDING_FILTERS.get(f.decode("latin-1"))
        if decode is None:
            size *= 4  # ASCII85, ASCIIHex and the rest: at most four bytes out per byte in
        else:
            try:
                encoded = decode(encoded, limit)
            except _TooLong:
                return False
            except Exception:
                return True
            size = len(encoded)
        if size > limit:
            return False
    return True


def refused_pages(data: bytes, settings: PdfSettings, n_pages: int) -> dict[int, str] | None:
    """The pages PDFium must not load, by 1-based number, each with the reason (worded as the
    pdfminer reader words it: "its content inflates to more than 67,108,864 bytes", "it draws
    more than 50,000 objects"). None when pdfminer cannot list the pages as PDFium does."""
    _, _, pdfdocument, _, pdfpage, pdfparser, _ = _pdfminer()
    try:  # the pdfminer reader's bounded document: reference cycles, page labels, object streams
        document = _open_document(pdfdocument, pdfparser.PDFParser(io.BytesIO(data)), "")
        pages = list(pdfpage.PDFPage.create_pages(document))
    except Exception:  # pdfminer cannot parse what PDFium can: no per-page answer
        return None
    if len(pages) != n_pages:
        return None
    cap = settings.max_objects_per_page
    drawn: dict[int, int] = {}  # a form's id: the objects it draws, forms inside it expanded
    refused: dict[int, str] = {}
    for number, page in enumerate(pages, start=1):
        budget.check(f"page {number} (measured before reading)")
        if not _content_size_ok(page, settings.max_content_bytes):
            limit = f"{settings.max_content_bytes:,}"
            refused[number] = f"its content inflates to more than {limit} bytes"
            continue
        try:
            draws = _draws(page.contents, page.resources, drawn, cap, [])
        except _FormsTooDeep:
            refused[number] = f"it draws forms inside forms more than {MAX_FORM_DEPTH} deep"
            continue
        if draws > cap:
            refused[number] = f"it draws more than {cap:,} objects (forms drawn inside forms)"
    return refused


class _FormsTooDeep(Exception):
    """Forms drawn inside forms more than MAX_FORM_DEPTH deep."""


def _draws(streams: Any, resources: Any, drawn: dict[int, int], cap: int, open_: list[int]) -> int:
    """How many XObjects content ``streams`` draw with ``resources``, each form counted with
    what it draws in turn (at most ``cap`` + 1). ``open_`` holds the forms being counted, outer
    first: a form that draws itself, directly or not, counts once (PDFium stops such a loop
    itself); past MAX_FORM_DEPTH of them, _FormsTooDeep."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.psparser import LIT

    names: Counter[bytes] = Counter()
    for ref in streams or []:
        try:
            stream = resolve1(ref)
            if isinstance(stream, PDFStream):
                names.update(_DO.findall(stream.get_data() or b""))
        except Exception:  # damaged: PDFium skips what it cannot read
            continue
    try:
        resolved = resolve1(resources)
        xobjects = resolve1(resolved.get("XObject")) if isinstance(resolved, dict) else None
    except Exception:
        xobjects = None
    if not names or not isinstance(xobjects, dict):
        return sum(names.values())
    total = 0
    for name, times in sorted(names.items()):
        inner = 0
        try:
            xobj = resolve1(xobjects.get(name.decode("latin-1")))
        except Exception:
            xobj = None
        key = id(xobj)
        if isinstance(xobj, PDFStream) and xobj.get("Subtype") is LIT("Form") and key not in open_:
            if key not in drawn:
                if len(open_) >= MAX_FORM_DEPTH:
                    raise _FormsTooDeep
                open_.append(key)
                drawn[key] = _draws([xobj], xobj.get("Resources"), drawn, cap, open_)
                open_.pop()
            inner = drawn[key]
        total += times * (1 + inner)
        if total > cap:
            return cap + 1
    return total
