"""HTML pages and the HTML that layout/OCR tools export: tables (rowspan/colspan honoured, nested
tables each read on their own) and the headings between them.

Parsed with the standard library's tolerant ``html.parser``: unclosed tags, stray end tags and
entities are handled as browsers do; ``<br>`` and ``<p>`` inside a cell are line breaks; text a
page hides (``hidden``, ``style="display:none"``, a class its style sheet hides for every screen)
is not read. Depth and size are bounded so deeply nested or huge pages end with an error, not a
hang.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Literal, TypeAlias

import regex

from jpkpi import budget
from jpkpi.errors import DamagedDocumentError, DocumentError, LimitExceededError

#: Tables nested deeper than this are refused.
MAX_TABLE_DEPTH = 32
#: Elements a page may have.
MAX_ELEMENTS = 2_000_000
#: Table cells (``<td>``, ``<th>``) a page may have: reading costs up to about 230 µs a cell
#: that holds a number, so a larger page is refused as it is parsed rather than read for minutes.
MAX_CELLS = 50_000
#: Grid positions (rows × columns, spans counted) one table may cover; spans such as
#: ``colspan=1000`` on many cells would otherwise ask for hundreds of millions.
MAX_TABLE_POSITIONS = 1_000_000
#: A cell, heading, caption or paragraph is cut after this many characters (with a warning):
#: each is normalised many times over, so one of megabytes took minutes and GiBs.
MAX_TEXT_CHARS = 10_000
#: The page is decoded and parsed this many bytes at a time (never held twice, whole, as text).
_FEED_BYTES = 1024 * 1024
#: Heading elements and the section level each opens (h1, the page's title, is left to the
#: understanding stage).
_HEADINGS: dict[str, int | None] = {"h1": None, "h2": 0, "h3": 1, "h4": 2, "h5": 3, "h6": 3}
#: (an <hr> inside a cell rules off its parts: 向日's name, then its target sentence)
_BREAKS = {"br", "hr", "p", "div", "li", "tr"}
#: Elements whose text is not the page's content: code, metadata, and text struck through
#: (``<del>1,300</del><br>1,500``: a revised target, the old value deleted).
_SKIP = {"script", "style", "head", "title", "noscript", "template", "del", "s", "strike"}
#: A ruby's reading (``<rt>あまのはしだて</rt>``) and the brackets a browser without ruby shows
#: around it (``<rp>（</rp>``): not the text itself. Their end tags may be left out, so each
#: ends at the next ruby part or at the ruby's end.
_RUBY_NOTES = {"rt", "rp"}
_RUBY_PARTS = {"rb", "rt", "rp", "rtc"}
_RUBY_ENDERS = {"table", "tr", "td", "th", "p", "div", "li", "caption", *_HEADINGS}
#: Elements with no end tag: they open nothing a hidden element's depth would count.
_VOID = {"br", "img", "input", "hr", "meta", "link", "wbr", "col", "area", "base", "source"}
#: Elements that make a table's structure: never hidden away by a style (a hidden cell would
#: shift its row), whatever their attributes say.
_STRUCTURE = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup"}
#: An inline style that hides its element (``style="display:none"``).
_HIDING_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
#: A rule of a page's style sheet: its selectors and its declarations.
_CSS_RULE = regex.compile(r"(?P<selectors>[^{}@]+)\{(?P<body>[^{}]*)\}")
#: A block of rules for some media only (``@media screen and (max-width: 640px) {…}``).
_CSS_MEDIA = regex.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", regex.IGNORECASE)
#: A selector of one class, maybe after an element's name (``.sp-label``, ``span.sp-label``).
_CLASS_SELECTOR = regex.compile(r"\s*(?:[a-z][a-z0-9]*)?\.(?P<name>[\w-]+)\s*", regex.IGNORECASE)


def hidden_classes(css: str) -> frozenset[str]:
    """The classes a page's style sheet hides for every medium (``.sp-label { display: none }``,
    the heading a responsive table repeats in each cell for narrow screens): their text is not
    the page's; rules inside ``@media`` are for some screens only and hide nothing here."""
    found = set()
    for rule in _CSS_RULE.finditer(_CSS_MEDIA.sub(" ", css)):
        if not _HIDING_STYLE.search(rule.group("body")):
            continue
        for selector in rule.group("selectors").split(","):
            m = _CLASS_SELECTOR.fullmatch(selector)
            if m is not None:
                found.add(m.group("name"))
    return frozenset(found)


class TextPieces(list[str]):
    """The text pieces of one cell, heading, caption or paragraph, with their length so far."""

    __slots__ = ("chars", "cut")

    def __init__(self) -> None:
        super().__init__()
        self.chars = 0
        self.cut = False


@dataclass
class RawCell:
    text: TextPieces = field(default_factory=TextPieces)
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


@dataclass
class RawTable:
    index: int
    rows: list[list[RawCell]] = field(default_factory=list)
    caption: TextPieces = field(default_factory=TextPieces)


#: One item of a page, in document order: a heading with its level (None for h1), a line of
#: loose text, or a table.
HtmlItem: TypeAlias = (
    tuple[Literal["heading"], tuple[int | None, str]]
    | tuple[Literal["text"], tuple[str, int | None]]
    | tuple[Literal["table"], RawTable]
)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip()), 1000))
    except ValueError:
        return 1


#: Most characters of a field's label in a definition list (``計画期間``, ``担当課``).
_FIELD_LABEL_CHARS = 20
#: What opens a note rather than a field's label (``※``, ``注``, ``（注）``, ``*``).
_NOTE_OPENERS = ("※", "注", "(注", "（注", "*", "＊")


def _lists_fields(table: RawTable) -> bool:
    """Whether a definition list read as a table lists fields: each row a short label, no
    note's mark nor a word of units, and a value after it (吹田: 計画期間 | 令和元年度～…); a list
    of notes (``<dt>（注）</dt><dd>単位は千人。</dd>``) is none."""
    for row in table.rows:
        label = "".join(row[0].text).strip() if row else ""
        if len(row) < 2 or not row[0].header or not label or len(label) > _FIELD_LABEL_CHARS:
            return False
        if label.startswith(_NOTE_OPENERS) or any("単位" in "".join(c.text) for c in row):
            return False
    return bool(table.rows)


class _Collector(HTMLParser):
    """Collects tables (by nesting) and headings in document order."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.stack: list[RawTable] = []
        self.cell_stack: list[RawCell | None] = []
        self.blocks: list[HtmlItem] = []
        self.heading: tuple[int | None, TextPieces] | None = None
        self.in_caption = False
        #: The depth of the <dl> read as a table of fields (0: none open).
        self.in_list = 0
        self.skip = 0
        self.ruby_note = False  # inside a ruby's reading (<rt>) or its brackets (<rp>)
        self.count = 0
        self.cells = 0
        self.tables = 0
        self.loose = TextPieces()
        #: The source line the loose text being collected starts on (its place in a record).
        self.loose_line: int | None = None
        #: How many texts were cut at MAX_TEXT_CHARS.
        self.cut = 0
        #: The text of the page's style sheets, read for the classes they hide.
        self.css: list[str] = []
        self.in_style = False
        self.hidden_classes: frozenset[str] = frozenset()
        #: Elements open inside a hidden one (0: none is hidden); a cell's end ends it.
        self.hidden = 0

    def _text_target(self) -> TextPieces | None:
        if self.heading is not None:
            return self.heading[1]
        if self.in_caption and self.stack:
            return self.stack[-1].caption
        if self.cell_stack and self.cell_stack[-1] is not None:
            return self.cell_stack[-1].text
        return self.loose if not self.stack else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.count += 1
        if self.count > MAX_ELEMENTS:
            raise LimitExceededError(self.name, f"has more than {MAX_ELEMENTS:,} elements")
        if tag in _SKIP:
            self.skip += 1
            self.in_style = tag == "style"
            return
        if tag in _STRUCTURE:
            self.hidden = 0  # (a hidden element left open ends with its cell)
        elif self.hidden and tag not in _VOID:
            self.hidden += 1  # (an element inside a hidden one)
            return
        if tag not in _STRUCTURE and tag not in _VOID and self._hides(attrs):
            self.hidden = 1  # <span class="sp-label">R5実績</span>: not the page's text
            return
        if tag in _RUBY_PARTS:
            self.ruby_note = tag in _RUBY_NOTES
            return
        if tag in _RUBY_ENDERS:
            self.ruby_note = False  # a ruby left open ends with its cell or paragraph
        attr = dict(attrs)
        if tag == "table":
            if len(self.stack) >= MAX_TABLE_DEPTH:
                raise LimitExceededError(
                    self.name, f"nests tables more than {MAX_TABLE_DEPTH} deep"
                )
            self._open_table()
        elif tag == "dl" and not self.stack:
            # a <dl> of the plan's fields (吹田: <dt>計画期間</dt><dd>令和元年度～…</dd>): a table
            # of label | value rows, as a form's fields printed in a grid are
            self._open_table()
            self.in_list = len(self.stack)
        elif tag in ("dt", "dd") and self.stack and self.in_list == len(self.stack):
            self._count_cell()
            table = self.stack[-1]
            if tag == "dt" or not table.rows:
                table.rows.append([])
            cell = RawCell(header=tag == "dt")
            table.rows[-1].append(cell)
            self.cell_stack[-1] = cell
        elif tag == "tr" and self.stack:
            self.stack[-1].rows.append([])
            self.cell_stack[-1] = None
        elif tag in ("td", "th") and self.stack:
            self._count_cell()
            table = self.stack[-1]
            if not table.rows:
                table.rows.append([])
            cell = RawCell(
                rowspan=_span(attr.get("rowspan")),
                colspan=_span(attr.get("colspan")),
                header=tag == "th",
            )
            table.rows[-1].append(cell)
            self.cell_stack[-1] = cell
        elif tag == "caption" and self.stack:
            self.in_caption = True
        elif tag in _HEADINGS and self.heading is None:
            self._flush_loose()
            self.heading = (_HEADINGS[tag], TextPieces())
        elif tag in _BREAKS:
            self._add("\n")

    def _open_table(self) -> None:
        """Start a table (or a list read as one) in document order, ending the heading and loose
        text before it (an unclosed <h2> before a table ends there)."""
        self._close_heading()
        self._flush_loose()
        table = RawTable(self.tables)
        self.tables += 1
        self.stack.append(table)
        self.cell_stack.append(None)
        self.blocks.append(("table", table))

    def _count_cell(self) -> None:
        """Count one more cell, past ``MAX_CELLS`` an error naming the table."""
        self.cells += 1
        if self.cells > MAX_CELLS:
            where = f"by table {self.stack[-1].index + 1}"
            raise LimitExceededError(
                self.name, f"has more than {MAX_CELLS:,} table cells ({where})"
            )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._add("\n")

    def _hides(self, attrs: list[tuple[str, str | None]]) -> bool:
        """Whether an element's attributes hide it: ``hidden``, a hiding inline style, or a
        class the page's style sheet hides."""
        for name, value in attrs:
            if name == "hidden":
                return True
            if name == "style" and value and _HIDING_STYLE.search(value):
                return True
            if (
                name == "class"
                and value
                and self.hidden_classes
                and not self.hidden_classes.isdisjoint(value.split())
            ):
                return True
        return False

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            if tag == "style" and self.in_style:
                self.in_style = False
                self.hidden_classes = hidden_classes("".join(self.css))
            return
        if self.hidden and tag not in _STRUCTURE:
            self.hidden -= 1
            return
        if tag in _STRUCTURE:
            self.hidden = 0  # (a hidden element left open ends with its cell)
        if tag in _RUBY_NOTES or tag == "ruby":
            self.ruby_note = False
            return
        if tag == "table" and self.stack:
            self.stack.pop()
            self.cell_stack.pop()
        elif tag == "dl" and self.stack and self.in_list == len(self.stack):
            table = self.stack.pop()
            self.cell_stack.pop()
            self.in_list = 0
            if not _lists_fields(table) and self.blocks and self.blocks[-1][1] is table:
                # (a <dl> of notes, <dt>（注）</dt><dd>単位は千人。</dd>: lines of text, as a
                # page prints its notes, each row a line)
                self.blocks.pop()
                self.tables -= 1
                for row in table.rows:
                    line = " ".join(" ".join("".join(c.text).split()) for c in row).strip()
                    if line:
                        self.blocks.append(("text", (line, None)))
        elif self.cell_stack and (
            tag in ("td", "th") or (tag in ("dt", "dd") and self.in_list == len(self.stack))
        ):
            self.cell_stack[-1] = None
        elif tag == "caption":
            self.in_caption = False
        elif tag in _HEADINGS and self.heading is not None:
            self._close_heading()
        elif tag in ("p", "div", "li") and not self.stack:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        if self.in_style and self.skip:
            self.css.append(data)
            return
        if self.skip or self.ruby_note or self.hidden:
            return
        self._add(data)

    def _add(self, text: str) -> None:
        """Add text to where text goes now, cutting that text at MAX_TEXT_CHARS."""
        target = self._text_target()
        if target is None:
            return
        room = MAX_TEXT_CHARS - target.chars
        if len(text) > room:
            if not target.cut:
                target.cut = True
                self.cut += 1
            text = text[: max(room, 0)]
        if text:
            if target is self.loose and self.loose_line is None and text.strip():
                # the line its first character stands on (a tag's line, then line breaks)
                lead = text[: len(text) - len(text.lstrip())]
                self.loose_line = self.getpos()[0] + lead.count("\n")
            target.append(text)
            target.chars += len(text)

    def _close_heading(self) -> None:
        if self.heading is None:
            return
        level, parts = self.heading
        self.heading = None
        text = " ".join("".join(parts).split())
        if text:
            self.blocks.append(("heading", (level, text)))

    def _flush_loose(self) -> None:
        text = " ".join("".join(self.loose).split())
        self.loose, line, self.loose_line = TextPieces(), self.loose_line, None
        if text:
            self.blocks.append(("text", (text, line)))


_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", regex.IGNORECASE)
#: Names pages give their encoding by, mapped to the codec that reads them as browsers do.
_ALIASES = {"shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932"}
#: The codecs a declared ``<meta charset>`` may choose (by codec name): encodings web pages are
#: written in. Any other name (``idna``, ``punycode``, ``undefined``, ``utf-7``, ``rot13``, a name
#: Python does not know) is not trusted: the encoding is found from the content instead.
WEB_ENCODINGS = frozenset(
    {
        "utf-8", "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp",
        "euc_jis_2004", "euc_jisx0213", "iso2022_jp", "ascii", "cp1252", "gbk", "gb2312",
        "gb18030", "big5", "big5hkscs", "euc_kr", "cp949", "koi8_r", "koi8_u", "cp874",
        *(f"iso8859-{n}" for n in range(1, 17) if n != 12),
        *(f"cp125{n}" for n in range(9)),
    }
)  # fmt: skip
#: Encodings tried, in order, when the page declares none it may use.
DETECTED_ENCODINGS = ("utf-8", "cp932", "euc_jp")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def html_encoding(data: bytes) -> str:
    """The page's encoding: a byte-order mark, else its declared ``<meta charset>`` when that is
    one of WEB_ENCODINGS, else UTF-8, CP932 or EUC-JP, whichever reads the bytes without error.

    A ``<meta>`` naming UTF-16 is ignored, as browsers ignore it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    m = _CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        name = _ALIASES.get(name, name)
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = ""
        if codec in WEB_ENCODINGS:
            return name
    for encoding in DETECTED_ENCODINGS:
        if _decodes(data, encoding):
            return encoding
    return "utf-8"


def _decodes(data: bytes, encoding: str) -> bool:
    """Whether the bytes are text in ``encoding`` (checked piece by piece, keeping no text)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for start in range(0, len(data), _FEED_BYTES):
            decoder.decode(data[start : start + _FEED_BYTES])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def parse_html(
    data: bytes, name: str, encoding: str = "utf-8", warnings: list[str] | None = None
) -> list[HtmlItem]:
    """An HTML page's headings, loose text and tables (cells with spans), in document order:
    ``("heading", (level, text))``, ``("text", (text, source line))``, ``("table", RawTable)``.

    Texts cut at MAX_TEXT_CHARS are reported in ``warnings`` when a list is given.
    """
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        decoder.decode(b"")  # a codec that cannot decode at all (idna) fails here
    except (LookupError, UnicodeError):
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    collector = _Collector(name)
    try:
        for start in range(0, len(data), _FEED_BYTES):
            budget.check(f"byte {start:,}")
            collector.feed(decoder.decode(data[start : start + _FEED_BYTES]))
        collector.feed(decoder.decode(b"", final=True))
        collector.close()
    except DocumentError:
        raise
    except UnicodeError as e:  # a codec that fails on the content, errors="replace" or not
        raise DamagedDocumentError(name, f"is not readable as {encoding} ({e})") from None
    except (AssertionError, ValueError, RecursionError) as e:
        raise DamagedDocumentError(name, f"is not readable HTML ({type(e).__name__})") from None
    collector._flush_loose()
    if collector.cut and warnings is not None:
        warnings.append(
            f"{collector.cut:,} texts (cells, headings or paragraphs) are longer than "
            f"{MAX_TEXT_CHARS:,} characters; only their first {MAX_TEXT_CHARS:,} are read"
        )
    return collector.blocks
