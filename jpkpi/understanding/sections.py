"""Headings between tables and the section path they make (``基本目標-1 …`` › ``(7) …`` › ``① …``).

Text lines outside tables are headings, the document's title (and its repeats on every page),
program lines, or notes and instructions. Headings nest by their numbering style.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from enum import Enum

import regex

from jpkpi.primitives.quantity import COUNTERS
from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.programs import looks_like_program
from jpkpi.understanding.vocabulary import Role, current_vocabulary, header_role


class LineKind(str, Enum):
    """What a text line outside a table is."""

    HEADING = "heading"
    PROGRAM_HEADING = "program_heading"
    PROGRAM = "program"
    NOTE = "note"


#: Heading styles, outermost first: the level is the index of the first pattern that matches.
HEADING_LEVELS: tuple[regex.Pattern[str], ...] = (
    # a chapter: one or two digits, a space, then words (``1 総合戦略における数値目標…``)
    regex.compile(r"^[0-9]{1,2}\s+[\p{Han}\p{Katakana}\p{Hiragana}「『]"),
    regex.compile(
        r"^(?:基本目標|基本方針|政策)\s*[-‐－ー]?\s*(?:[0-9]+|[Ⅰ-Ⅻ]+|[IVX]+(?![A-Za-z]))"
    ),
    regex.compile(r"^[【<＜〈].+[】>＞〉]$"),
    regex.compile(r"^(?:[(（](?:[0-9]{1,2}|[\p{Katakana}])[)）]|[0-9]{1,2}\.)\s*\S"),
    regex.compile(r"^[\u2460-\u2473]\s*\S"),
)
#: Headings numbered after a word of their own (``政策目標1 …``, ``基本戦略① …``, ``■施策① …``)
#: or by a small roman numeral (``（ⅰ）基本目標``): no fixed level, as the word or the numeral
#: ranks differently from one document to the next (DocumentHeadings gives their level).
_STEM_HEADING = regex.compile(
    r"^(?P<stem>[■□◆◇]?(?:\p{Han}{1,4}の)?\p{Han}{2,6})\s*(?P<number>[0-9]{1,2}(?=\s)|[\u2460-\u2473]|[Ⅰ-Ⅻ]+(?=\s))"
    r"\s*[\p{Han}\p{Katakana}\p{Hiragana}「『]"
)
#: A heading numbered as a part of the document (``第2章　夢と活力…``, ``第1節　農林業の振興``,
#: ``第3　個性に満ちた…``): 第, the number, the part's word or a space, then words.
_ORDINAL_HEADING = regex.compile(
    r"^第\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*"
    # (第2 次総合計画, 第1 号被保険者: a count's word after the number, spaced apart, no heading)
    r"(?:(?P<unit>[編部章節款項])\s*|\s+(?![次期号回位条弾種級]))"
    r"[\p{Han}\p{Katakana}\p{Hiragana}「『]"
)
_ROMAN_HEADING = regex.compile(r"^[(（][ⅰ-ⅻ]{1,4}[)）]\s*[\p{Han}\p{Katakana}\p{Hiragana}]")
#: A heading numbered by a roman numeral alone (``Ⅰ 心豊かな子どもが育つ``).
_BARE_ROMAN_HEADING = regex.compile(r"^[Ⅰ-Ⅻ]{1,4}[\s.．]\s*[\p{Han}\p{Katakana}\p{Hiragana}「『]")
_NOTE = regex.compile(
    r"^(?:※|\*|なお|注|資料\s*[0-9]+$|[-・•]\s|(?:図表|別表|参考資料|表|図)\s*[0-9]+(?:\s|$))"
)
#: A note's mark opening a line or a cell (``※``, ``＊``, ``注：``, ``注1：``, ``（注）``).
NOTE_OPENER = r"(?:※|\*|＊|注\s*[0-9]*\s*[:：)）]|[(（]注[0-9]*[)）])"
_NOTE_OPENS = regex.compile(NOTE_OPENER)


def opens_with_note_mark(text: str) -> bool:
    """Whether a (normalized) text opens with a note's mark: a note, whatever it says."""
    return bool(_NOTE_OPENS.match(text))


_MAX_HEADING_CHARS = 80


def heading_level(text: str) -> int | None:
    """The nesting level of a heading line, or None when the line is not a heading."""
    norm = normalize_text(text)
    if not norm or len(norm) > _MAX_HEADING_CHARS or _NOTE.match(norm) or norm.endswith("。"):
        return None
    for level, pattern in enumerate(HEADING_LEVELS):
        if pattern.match(norm):
            return level
    return None


def note_like(text: str) -> bool:
    """Whether a line reads as a note, never a heading (``※…``, ``資料4``)."""
    return bool(_NOTE.match(normalize_text(text)))


def heading_style(text: str) -> str | None:
    """The style of a heading numbered after a word of its own or by a small roman numeral
    (``基本戦略①`` → ``基本戦略 ①``), whose level the document decides; None for any other line."""
    norm = normalize_text(text)
    if not norm or len(norm) > _MAX_HEADING_CHARS or _NOTE.match(norm) or norm.endswith("。"):
        return None
    if heading_level(norm) is not None:
        return None
    if _ROMAN_HEADING.match(norm):
        return "(ⅰ)"
    if _BARE_ROMAN_HEADING.match(norm):
        return "Ⅰ"
    ordinal = _ORDINAL_HEADING.match(norm)
    if ordinal is not None:
        return f"第 {ordinal.group('unit') or ''}".rstrip()  # 第2章, 第1節 and 第3 rank apart
    m = _STEM_HEADING.match(norm)
    if m is None:
        return None
    stem = m.group("stem").lstrip("■□◆◇")
    if any(stem.startswith(era) for era in _ERA_NAMES):
        return None
    number = m.group("number")
    after = norm[m.end("number") :].lstrip()
    if any(after.startswith(unit) for unit in _COUNTING_WORDS):
        return None  # 合計 3 件, 目標値 10 万人: a quantity, no heading
    shape = "1" if number.isascii() else "①" if "\u2460" <= number <= "\u2473" else "Ⅰ"
    if {"indicator", "kind.goal", "kind.kpi", "kind.activity"} & set(
        current_vocabulary().votes(stem)
    ) and header_role(stem) is not Role.SECTION:
        # 数値目標① 婚姻率: an indicator's label and name, over its table (政策の基本目標6 … is a
        # section's heading all the same)
        return None
    return f"{m.group('stem')} {shape}"


#: Era names, which number years, not headings (``令和3 年度``).
_ERA_NAMES = ("明治", "大正", "昭和", "平成", "令和")
#: What follows a number that counts something (a counter, or a scale word before one).
_COUNTING_WORDS = tuple(sorted({*COUNTERS, "万", "千", "億", "百"}, key=len, reverse=True))


def is_heading(text: str) -> bool:
    """Whether a line or a one-cell row is a heading, of a fixed level or of a style the
    document ranks (heading_level, heading_style)."""
    return heading_level(text) is not None or heading_style(text) is not None


@dataclass
class DocumentHeadings:
    """The levels a document gives its headings of no fixed level (heading_style's): a style
    takes, the first time it is seen, a level just inside the headings then open (between the
    deepest of them and the next fixed level), and keeps it. Documents rank these styles
    differently (``Ⅰ`` over ``1`` in one, ``①`` over ``（ⅰ）`` over ``■施策①`` in another); the
    fixed styles keep their order (heading_level)."""

    levels: dict[str, float] = field(default_factory=dict)

    def level(self, text: str, path: SectionPath) -> float | None:
        """The level of the heading ``text`` met where ``path`` is open; None for no heading."""
        fixed = heading_level(text)
        if fixed is not None:
            return fixed
        style = heading_style(text)
        if style is None:
            return None
        if style not in self.levels:
            below = max((lv for lv, _ in path.entries if lv < _INNERMOST), default=-1.0)
            self.levels[style] = (below + math.floor(below) + 1) / 2
        return self.levels[style]


#: Levels from here on are not headings: the line right above a table takes this one.
CAPTION_LEVEL = 99
_INNERMOST = CAPTION_LEVEL


def section_title(text: str) -> str:
    """A heading as a section names it: normalized, with enclosing 【】 or <> removed."""
    norm = normalize_text(text)
    m = regex.fullmatch(r"[【<＜〈]\s*(.+?)\s*[】>＞〉]", norm)
    return m.group(1) if m else norm


@dataclass
class SectionPath:
    """The headings in force at a point of the document, outermost first."""

    entries: list[tuple[float, str]] = field(default_factory=list)

    def enter(self, level: float, title: str) -> None:
        """A heading at ``level`` closes the headings at that level and below, then opens."""
        while self.entries and self.entries[-1][0] >= level:
            self.entries.pop()
        self.entries.append((level, title))

    def close_below(self, level: float) -> None:
        """Close every heading at ``level`` and deeper (a program heading ends them)."""
        while self.entries and self.entries[-1][0] >= level:
            self.entries.pop()

    def titles(self) -> list[str]:
        """The section list of a record."""
        return [title for _, title in self.entries]


def numbered_like_known(norm: str, known_programs: set[str]) -> bool:
    """A heading numbered as a listed program is (``(5) …`` when ``(5) …`` was listed), even
    when its wording differs a little from the list's (``校務`` here, ``公務`` there)."""
    m = regex.match(r"^([(（][0-9]{1,3}[)）])\s*(\S.*)$", norm)
    if not m:
        return False
    for known in known_programs:
        k = regex.match(r"^([(（][0-9]{1,3}[)）])\s*(\S.*)$", known)
        if k and k.group(1) == m.group(1) and _similar(k.group(2), m.group(2)):
            return True
    return False


def _similar(a: str, b: str, threshold: float = 0.6) -> bool:
    """Whether two names share most of their characters in order (difflib's ratio)."""
    return difflib.SequenceMatcher(None, a, b).ratio() >= threshold


def classify_line(text: str, title: str | None, known_programs: set[str]) -> LineKind:
    """Whether a text line is a heading, a program heading or line, or a note (titles are notes).

    A program heading names a program listed in an earlier summary table (``(1) …``): it opens
    that program's part of the document. A program line describes the program of a table next
    to it (``25 … 【水産研究所】``, ``(目的) …``).
    """
    norm = normalize_text(text)
    if title is not None and norm == title:
        return LineKind.NOTE
    if norm in known_programs or numbered_like_known(norm, known_programs):
        return LineKind.PROGRAM_HEADING
    if looks_like_program(norm):
        return LineKind.PROGRAM
    if is_heading(norm):
        return LineKind.HEADING
    return LineKind.NOTE
