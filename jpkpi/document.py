"""``jpkpi.parse``: a source in, a Document with its tables and KPI records out."""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import gc
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from jpkpi.budget import DEFAULT_LIMITS, Limits, spending
from jpkpi.errors import (
    EmptyDocumentError,
    JpkpiError,
    UnsupportedDocumentError,
    printable_name,
)
from jpkpi.records.model import KpiRecord
from jpkpi.records.output import (
    LONG_FIELDS,
    observation_rows,
    record_row,
    row_columns,
    with_record_ids,
)
from jpkpi.sources.csv_text import csv_lines, looks_like_csv
from jpkpi.sources.detect import (
    Source,
    SourceKind,
    check_name_matches,
    detect_kind,
    read_bytes,
)
from jpkpi.sources.html import html_encoding, parse_html
from jpkpi.sources.pdf import DEFAULT_PDF, PageSelection, PdfSettings, iter_pdf
from jpkpi.sources.text import check_line_count, decode_text, text_lines
from jpkpi.sources.xlsx import read_xls, read_xlsx, without_examples
from jpkpi.tables.html_tables import html_to_blocks
from jpkpi.tables.model import Block, Table, TextLine
from jpkpi.tables.packed import count_tables
from jpkpi.tables.pdf_pages import join_pages, page_to_blocks
from jpkpi.tables.sheets import sheet_to_blocks
from jpkpi.tables.tsv import lines_to_blocks
from jpkpi.understanding.glossary import defined_words
from jpkpi.understanding.interpretation import TableInterpretation
from jpkpi.understanding.notices import LISTS_UNREAD, UNREAD_VALUES, collecting_notices
from jpkpi.understanding.vocabulary import Vocabulary, using_vocabulary

SUPPORTED = "PDF, XLSX/XLS workbooks, HTML tables, CSV and tab-separated text extractions"


@dataclass
class Document:
    """A parsed document: its name, the tables recovered, the records, and what went wrong."""

    name: str
    kind: str
    blocks: Sequence[Block] = field(default_factory=list)
    records: list[KpiRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: The adapter that read the records (``generic`` unless a layout adapter recognised it).
    adapter: str = "generic"
    #: Where the document came from, as its records' ``source`` gives it (see ``parse``).
    source: str | None = None
    #: The header vocabulary the records were read with.
    vocabulary: Vocabulary | None = field(default=None, repr=False)
    #: A PDF's bytes and the password it was opened with, kept to draw its pages (audit_html).
    _pdf: tuple[bytes, str] | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        """A short summary (the full content is in ``records``, ``blocks`` and ``warnings``)."""
        return (
            f"Document({self.name!r}, kind={self.kind!r}, adapter={self.adapter!r}, "
            f"{self.table_count} tables, {len(self.records)} records, "
            f"{len(self.warnings)} warnings)"
        )

    @property
    def tables(self) -> list[Table]:
        """The recovered tables, in document order (a long PDF's are kept packed and decoded
        here, each time: iterate ``blocks`` to hold one at a time)."""
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def table_count(self) -> int:
        """How many tables were recovered (without decoding them)."""
        return count_tables(self.blocks)

    def interpretations(self) -> list[TableInterpretation]:
        """How each table was read: row roles, regions, column roles with scores and reasons."""
        from jpkpi.understanding.reader import interpret_blocks

        return interpret_blocks(self.blocks, self.vocabulary)

    def to_dataframe(self, *, long: bool = False) -> Any:
        """The records as a pandas DataFrame: one row per record, or per observation if ``long``.

        The wide frame has the columns of ``--format csv`` (``actual_FY2022`` …), the long one
        those of ``--format csv-long``; numbers stay numbers and unknowns are missing values.
        """
        try:
            import pandas as pd
        except ImportError:
            raise JpkpiError("Document.to_dataframe needs pandas: pip install pandas") from None
        pairs = list(with_record_ids(r.to_dict() for r in self.records))
        if long:
            rows = [row for rid, record in pairs for row in observation_rows(record, rid)]
            frame = pd.DataFrame(rows, columns=list(LONG_FIELDS))
            frame["value"] = frame["value"].astype("float64")
        else:
            wide = [record_row(record, rid) for rid, record in pairs]
            frame = pd.DataFrame(wide, columns=row_columns(wide))
        for column in ("page", "line", "fiscal_year", "year", "month"):
            if column in frame:  # whole numbers that may be missing
                frame[column] = frame[column].astype("Int64")
        return frame

    def audit_html(self, *, pdf: bytes | None = None, password: str | None = None) -> str:
        """The audit page: one self-contained HTML page showing where each record was read.

        A PDF's pages that hold tables are drawn with pypdfium2 (``pdf`` and ``password``
        default to what ``parse`` read), other sources' tables as HTML tables; cells are tinted
        by their column's role, observations marked and linked to their records, warnings
        listed. What ``jpkpi audit`` writes.
        """
        from jpkpi.audit import audit_html

        return audit_html(self, pdf=pdf, password=password)


def parse(
    source: Source,
    *,
    adapter: str | None = None,
    name: str | None = None,
    vocabulary: Vocabulary | dict[str, dict[str, float]] | None = None,
    pages: str | PageSelection | None = None,
    password: str | None = None,
    source_name: str | None = None,
    pdf_reader: str | None = None,
    limits: Limits | None = DEFAULT_LIMITS,
) -> Document:
    """Parse a document into KPI records; the kind is found from the content, not the name.

    ``source`` is a path, the document's bytes, or a binary file object (``open(f, "rb")``,
    ``io.BytesIO``, ``sys.stdin.buffer``); ``name`` is the document name records carry (default:
    the file's base name; ``<bytes>`` for bytes and unnamed file objects).

    ``vocabulary`` adds header words the reader votes with (``{"baseline": {"前回値": 3}}``, or
    a whole ``Vocabulary``); see docs/reading-tables.md. ``pages`` (``"1,3-5,10-"`` or a
    ``PageSelection``) reads only those pages of a PDF; records keep the real page numbers.
    ``password`` opens a PDF encrypted with a user password (a wrong one raises
    WrongPasswordError); PDFs that only restrict printing or copying need none.

    Records carry ``source``: ``source_name`` where given (the batch runner gives an input's path
    relative to the folder it was found in), else the path as given, else ``name``.

    ``pdf_reader`` (``"pdfium"``, the default, or ``"pdfminer"``) chooses the engine that reads
    a PDF's pages.

    ``limits`` bounds the time and memory the parse may take (default ``Limits()``: 30 s and
    1,024 MiB; ``None`` for no bound); past either, it raises ParseTimeoutError (``timeout``)
    or OutOfMemoryError (``memory``). See docs/limits.md.
    """
    label, data = read_bytes(source, name)
    where = os.fspath(source) if isinstance(source, str | os.PathLike) else label
    if isinstance(where, bytes):
        where = os.fsdecode(where)
    label, where = printable_name(label), printable_name(where)
    if source_name is not None:
        source_name = printable_name(source_name)
    with spending(limits, where), _collection_paused(detect_kind(data)):
        return _parse(
            data, label, where, adapter, vocabulary, pages, password, source_name, pdf_reader
        )


@contextlib.contextmanager
def _collection_paused(kind: SourceKind | None) -> Iterator[None]:
    """Python's cyclic garbage collector held off while a workbook is parsed, then put back as
    it was. A workbook's hundreds of thousands of cells, each a few objects that live until the
    records are made, set off collections that walk every one of them again and again: 4 of the
    10 s of the 380,000-cell 大船渡 workbook. Its objects form no cycles, so reference counting
    frees them as before; PDFs, text and HTML gain nothing from it and are left alone."""
    if kind not in (SourceKind.XLSX, SourceKind.XLS) or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse(
    data: bytes,
    label: str,
    where: str,
    adapter: str | None,
    vocabulary: Vocabulary | dict[str, dict[str, float]] | None,
    pages: str | PageSelection | None,
    password: str | None,
    source_name: str | None,
    pdf_reader: str | None,
) -> Document:
    """parse, once the bytes are read: detect, read, lay out, understand."""
    if _is_empty(data):
        raise EmptyDocumentError(where, "is empty")
    kind = detect_kind(data)
    check_name_matches(where, kind, data)
    if kind is None:
        raise UnsupportedDocumentError(
            where, f"is not a kind of file jpkpi reads (it reads {SUPPORTED})"
        )
    warnings: list[str] = []
    selection = PageSelection.parse(pages) if isinstance(pages, str) else pages
    if kind is SourceKind.PDF:
        pdf_settings = DEFAULT_PDF if pdf_reader is None else PdfSettings(pdf_reader=pdf_reader)
        # one page at a time: read, laid out, let go (memory flat in the page count)
        pdf_pages = iter_pdf(data, where, pdf_settings, selection, password or "", warnings)
        blocks: Sequence[Block] = join_pages(page_to_blocks(p) for p in pdf_pages)
    elif kind is SourceKind.TEXT:
        text = decode_text(data, where)
        check_line_count(text, where)
        if looks_like_csv(text, where):
            lines, numbers = csv_lines(text, where)
            blocks = lines_to_blocks(lines, numbers=numbers, name=where)
        else:
            lines, warnings = text_lines(text)
            blocks = lines_to_blocks(lines, name=where)
    elif kind is SourceKind.HTML:
        items = parse_html(data, where, html_encoding(data), warnings)
        blocks = html_to_blocks(items, where)
    elif kind in (SourceKind.XLSX, SourceKind.XLS):
        reader = read_xlsx if kind is SourceKind.XLSX else read_xls
        sheets, warnings = reader(data, where)
        sheets, examples = without_examples(sheets)
        warnings = [*warnings, *examples]
        blocks = [b for sheet in sheets for b in sheet_to_blocks(sheet)]
    else:
        raise UnsupportedDocumentError(
            where, f"is an {kind.value.upper()} file; this version reads {SUPPORTED}"
        )
    if selection is not None and kind is not SourceKind.PDF:
        warnings = [
            *warnings,
            f"pages were asked for, but {label} is not a PDF; all of it was read",
        ]
    if password and kind is not SourceKind.PDF:
        warnings = [*warnings, f"a password was given, but {label} is not a PDF; it was not used"]
    if source_name is None:
        source_name = where  # the path as given, else the name
    doc = Document(label, kind.value, blocks, warnings=warnings, source=source_name)
    if kind is SourceKind.PDF:
        doc._pdf = (data, password or "")
    from jpkpi import adapters

    chosen = adapters.get(adapter) if adapter else adapters.choose(blocks, where)
    doc.adapter = chosen.name
    no_tables = (
        {
            SourceKind.TEXT: "no tables found: the text has no TAB- or comma-separated cells "
            "(layout text needs an adapter)",
            SourceKind.PDF: "no tables found on any page",
        }.get(kind, "no tables found")
        if chosen.name == "generic" and not doc.table_count
        else None
    )
    if no_tables is not None and not any(isinstance(b, TextLine) for b in blocks):
        doc.warnings.append(no_tables)
        return doc
    words = vocabulary if isinstance(vocabulary, Vocabulary) else Vocabulary.default()
    if isinstance(vocabulary, dict):
        words = words.extend(vocabulary)
    adapter_words = getattr(chosen, "vocabulary", None)
    if adapter_words:  # an adapter's own header words, for the layouts it knows
        words = words.extend(adapter_words)
    defined = defined_words((b.text for b in blocks if isinstance(b, TextLine)), words)
    if defined:  # 「KPI値」は、…目標値です (新ひだか): the page's own word for a list
        words = words.extend(defined)
    doc.vocabulary = words
    with using_vocabulary(words), collecting_notices() as notices:
        records = adapters.read_with(chosen, blocks, label, where)
    # set here, not by each adapter, so plug-ins' records carry it too (in place: a long
    # document's records are not held twice)
    for i, r in enumerate(records):
        records[i] = dataclasses.replace(r, source=source_name)
    doc.records = records
    if not doc.records and no_tables is not None:
        # (text alone may still print indicators, one labelled line a field: 豊川's text version)
        doc.warnings.append(no_tables)
    elif not doc.records:
        with using_vocabulary(words):
            found = _what_was_found(doc)
        doc.warnings.append(
            f"{doc.table_count} tables found, but none holds KPI indicators" + found
        )
    if not doc.records:  # (its own warning says what each table was found to hold)
        notices = [n for n in notices if UNREAD_VALUES not in n and LISTS_UNREAD not in n]
    doc.warnings.extend(notices)  # tables whose indicators were not read, each named
    return doc


def _is_empty(data: bytes) -> bool:
    """Whether the input holds nothing but white space (or bytes that decode to nothing),
    decided piece by piece: a large input is not decoded whole just to find that it is not."""
    if not data.strip():
        return True
    decoder = codecs.getincrementaldecoder("utf-8")(errors="ignore")
    for start in range(0, len(data), _EMPTY_CHECK_BYTES):
        if decoder.decode(data[start : start + _EMPTY_CHECK_BYTES]).strip():
            return False
    return not decoder.decode(b"", final=True).strip()


#: How much of an input _is_empty decodes at a time.
_EMPTY_CHECK_BYTES = 64 * 1024
#: Tables described one by one in the warning of a document that gave no records.
_TABLES_DESCRIBED = 5
_LAYOUT_WORDS = {
    "money": "the program's money",
    "staff": "staff numbers",
    "evaluation": "evaluation words",
    "key_value": "form fields (label | value)",
}


def _what_was_found(doc: Document) -> str:
    """What each table of a document that gave no records holds, and why it was not read:
    ``: table 1 (page 2): the program's money (決算, 事業費); table 2: …``."""
    from jpkpi.understanding.reader import interpret_blocks

    parts = []
    readings = interpret_blocks(doc.blocks, doc.vocabulary, limit=_TABLES_DESCRIBED)
    for reading in readings:
        where = f"table {reading.table + 1}" + (
            f" (page {reading.page})" if reading.page is not None else ""
        )
        what = []
        for region in reading.regions:
            layout = region.layout.value
            if layout in _LAYOUT_WORDS:
                what.append(_LAYOUT_WORDS[layout])
            elif layout == "other":
                why = region.reasons[-1] if region.reasons else "nothing the reader can map"
                what.append(f"no indicators — {why}")
            else:
                what.append(f"a {layout} layout with no named indicator in its rows")
        parts.append(f"{where}: " + "; ".join(dict.fromkeys(what)))
    more = doc.table_count - len(readings)
    tail = f"; and {more} more tables" if more > 0 else ""
    return (": " + "; ".join(parts) + tail) if parts else ""
