"""HTML pages and the HTML that layout/OCR tools export: tables (rowspan/colspan honoured, nested
tables each read on their own) and the headings between them.

Parsed with the standard library's tolerant ``html.parser``: unclosed tags, stray end tags and
entities are handled as browsers do; ``<br>`` and ``<p>`` inside a cell are line breaks. Depth
and size are bounded so deeply nested or huge pages end with an error, not a hang.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import regex

from jpkpi.errors import DamagedDocumentError, DocumentError, LimitExceededError

#: Tables nested deeper than this are refused.
MAX_TABLE_DEPTH = 32
#: Elements a page may have.
MAX_ELEMENTS = 2_000_000
#: Heading elements and the section level each opens (h1, the page's title, is left to the
#: understanding stage).
_HEADINGS: dict[str, int | None] = {"h1": None, "h2": 0, "h3": 1, "h4": 2, "h5": 3, "h6": 3}
_BREAKS = {"br", "p", "div", "li", "tr"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


@dataclass
class RawCell:
    text: list[str] = field(default_factory=list)
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


@dataclass
class RawTable:
    index: int
    rows: list[list[RawCell]] = field(default_factory=list)
    caption: list[str] = field(default_factory=list)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip()), 1000))
    except ValueError:
        return 1


class _Collector(HTMLParser):
    """Collects tables (by nesting) and headings in document order."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.stack: list[RawTable] = []
        self.cell_stack: list[RawCell | None] = []
        self.blocks: list[
            tuple[str, object]
        ] = []  # ("heading", (level, text)) or ("table", RawTable)
        self.heading: tuple[int | None, list[str]] | None = None
        self.in_caption = False
        self.skip = 0
        self.count = 0
        self.tables = 0
        self.loose: list[str] = []

    def _text_target(self) -> list[str] | None:
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
            return
        attr = dict(attrs)
        if tag == "table":
            self._close_heading()  # an unclosed <h2> before a table ends there
            if len(self.stack) >= MAX_TABLE_DEPTH:
                raise LimitExceededError(
                    self.name, f"nests tables more than {MAX_TABLE_DEPTH} deep"
                )
            self._flush_loose()
            table = RawTable(self.tables)
            self.tables += 1
            self.stack.append(table)
            self.cell_stack.append(None)
            self.blocks.append(("table", table))
        elif tag == "tr" and self.stack:
            self.stack[-1].rows.append([])
            self.cell_stack[-1] = None
        elif tag in ("td", "th") and self.stack:
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
            self.heading = (_HEADINGS[tag], [])
        elif tag in _BREAKS:
            target = self._text_target()
            if target is not None:
                target.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            target = self._text_target()
            if target is not None:
                target.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "table" and self.stack:
            self.stack.pop()
            self.cell_stack.pop()
        elif tag in ("td", "th") and self.cell_stack:
            self.cell_stack[-1] = None
        elif tag == "caption":
            self.in_caption = False
        elif tag in _HEADINGS and self.heading is not None:
            self._close_heading()
        elif tag in ("p", "div", "li") and not self.stack:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        target = self._text_target()
        if target is not None:
            target.append(data)

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
        self.loose = []
        if text:
            self.blocks.append(("text", text))


_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", regex.IGNORECASE)


def html_encoding(data: bytes) -> str:
    """The page's declared encoding (``<meta charset>``), else UTF-8, CP932 or EUC-JP by content.

    A ``<meta>`` naming UTF-16 is ignored, as browsers ignore it.
    """
    m = _CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        if not name.startswith("utf-16"):
            aliases = {
                "shift_jis": "cp932",
                "sjis": "cp932",
                "x-sjis": "cp932",
                "windows-31j": "cp932",
            }
            return aliases.get(name, name)
    for encoding in ("utf-8", "cp932", "euc_jp"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return "utf-8"


def parse_html(data: bytes, name: str, encoding: str = "utf-8") -> list[tuple[str, object]]:
    """An HTML page's headings, loose text and tables (cells with spans), in document order:
    ``("heading", (level, text))``, ``("text", text)``, ``("table", RawTable)``."""
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    collector = _Collector(name)
    try:
        collector.feed(text)
        collector.close()
    except DocumentError:
        raise
    except (AssertionError, ValueError, RecursionError) as e:
        raise DamagedDocumentError(name, f"is not readable HTML ({type(e).__name__})") from None
    collector._flush_loose()
    return collector.blocks
