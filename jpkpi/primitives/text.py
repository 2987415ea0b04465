"""Text normalization of table cells: width folding, markup removal, spacing, label split-off.

The rules are those of "Normalized text" in the record spec: selective width folding (no blanket
NFKC, so ``～``, ``・``, ``【】``, ``①`` and ``㎡`` survive), half-width katakana widened, markup
removed, whitespace collapsed and dropped between two Japanese characters.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import jaconv
import regex

#: A line break inside one cell of a line-based source (a CSV cell read into a TAB-separated
#: line): U+2028 LINE SEPARATOR, which no cell of ours holds otherwise.
CELL_LINE_BREAK = "\u2028"

#: Full-width symbols that become half-width; every other full-width symbol is kept as printed.
FOLDED_SYMBOLS = "（）［］％／：，．＋－＝＃"
#: Marks printed between the two ends of a span or range (``H27～H31``, ``H22∼24``, ``99.9〜100``):
#: the full-width tilde, the wave dash, the ASCII tilde and the tilde operator.
RANGE_MARKS = "～〜~∼"

# Full-width ASCII forms (U+FF01..U+FF5E) that are neither letters, digits nor FOLDED_SYMBOLS.
_KEPT_FULLWIDTH = "".join(
    ch for ch in map(chr, range(0xFF01, 0xFF5F)) if not ch.isalnum() and ch not in FOLDED_SYMBOLS
)

_MARKUP = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
#: Half-width katakana and its marks: only text holding one needs jaconv's widening pass.
_HALF_WIDTH_KANA = regex.compile(r"[\uff61-\uff9f]")
_SPACES = regex.compile(r"\s+")
# A Japanese character: kanji, kana, the prolonged sound mark, CJK punctuation and the full-width
# forms that stay full-width.
# (※, a mark only Japanese text prints, stands outside the CJK blocks)
_JA = r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\u30fb\u30fc\uff01-\uff60※]"
_SPACE_BETWEEN_JA = regex.compile(rf"(?<={_JA}) (?={_JA})")


# jaconv decides what each full-width form folds to; a translation table built from its answers
# once applies them in one C-level pass (parse_quantity folds every cell it reads).
_FOLD_TABLE = {
    ord(c): folded
    for c in map(chr, [0x3000, *range(0xFF01, 0xFF5F)])
    if (folded := jaconv.z2h(c, ignore=_KEPT_FULLWIDTH, kana=False, ascii=True, digit=True)) != c
}


@functools.lru_cache(maxsize=1 << 15)
def fold_width(s: str) -> str:
    """Fold full-width letters, digits, space and FOLDED_SYMBOLS to ASCII, one char for one.

    Position-preserving (the result has the same length), so parsers can report positions in
    the caller's original string. Remembered for the most recent texts: one cell's text is
    folded by each stage that reads it, and ``translate`` looks each character of a Japanese
    text up in the table (5 µs for a cell, 1.4 s over a 380,000-cell sheet).
    """
    return s.translate(_FOLD_TABLE)


def strip_markup(s: str) -> str:
    """Remove HTML-style tags (``<p>``, ``</p>``, ``<br/>``) left in cells by layout tools."""
    previous = None
    while previous != s:  # nested leftovers such as "<<p>p>" need more than one pass
        previous, s = s, _MARKUP.sub(" ", s)
    return s


def collapse_spaces(s: str) -> str:
    """Collapse whitespace runs to one space and drop a space between two Japanese characters."""
    s = _SPACES.sub(" ", s).strip()
    return _SPACE_BETWEEN_JA.sub("", s)


def _fold_and_strip(s: str) -> str:
    """Widths folded (katakana widened, ASCII forms narrowed), markup and invisibles removed."""
    if _HALF_WIDTH_KANA.search(s):
        s = jaconv.h2z(s, kana=True, ascii=False, digit=False)
    s = _INVISIBLE.sub("", fold_width(s))
    return strip_markup(s) if "<" in s else s


def normalize_text(s: str) -> str:
    """Normalize a cell's text by the record spec's rules; idempotent and never failing on str.

    A short text is normalized once a process (a table's headings and labels are asked for
    again and again: 130,000 calls over the corpus PDFs, most of them repeats)."""
    if len(s) <= _CACHED_CHARS:
        return _normalized(s)
    return collapse_spaces(_fold_and_strip(s))


#: Texts up to this long are remembered by normalize_text (a long text is seldom asked twice).
_CACHED_CHARS = 64


@functools.lru_cache(maxsize=1 << 12)  # (at most about 1 MB of texts)
def _normalized(s: str) -> str:
    return collapse_spaces(_fold_and_strip(s))


class Labelled(NamedTuple):
    """A name with its leading label (``①``, ``KPI③``, ``ア``) or program number split off."""

    label: str | None
    number: str | None
    text: str


_CIRCLED = "\u2460-\u2473\u3251-\u325f\u32b1-\u32bf"
#: Marks that lead a listed name as its bullet (``○外国人…``, ``◆H27新植面積``); doubled
#: (``○○地区``, a name's placeholder) or before a digit (``☆3つ以上``) they are the name's own.
BULLET_MARKS = "○◯◆◇●■□◎▼▽▶►★☆"
#: A KPI's place under its goal after its number (``KPI 2-1``, ``KPI 2 - 1``), not a number
#: that starts the name (``KPI1-20～39歳の…``, ``KPI1-2025年度の人口``, ``KPI 3-10％増加率``).
_LABEL_PLACE = r"(?:\s*[\-－‐−–]\s*[0-9]{1,3}(?![0-9.,%％～〜~歳年人件]))"
_LABEL = regex.compile(
    rf"""^(?:
        (?P<label>(?:KPI|ＫＰＩ)\s*[{_CIRCLED}0-9]+{_LABEL_PLACE}*|[{_CIRCLED}])\s*
      | (?P<label>(?:成果指標|活動指標|業績指標|数値目標|指標)[{_CIRCLED}])\s*
      | (?P<label>[(（][\p{{Katakana}}\p{{Hiragana}}a-zA-Z][)）])\s*
      | (?P<label>[\p{{Katakana}}])\s+(?=\S)
      | (?P<number>[(（][0-9]{{1,3}}[)）])\s*
      | (?P<number>[0-9]{{1,3}}(?:\s*[/~～\-－][0-9]{{1,3}})?)\s+(?=\S)
      | (?P<bullet>[・\-－‐―一])\s+
      | (?P<bullet>[・\-－])
      | (?P<bullet>[└├┗┣∟][─━―]*)\s*
      | (?P<bullet>[{BULLET_MARKS}])(?![{BULLET_MARKS}0-9０-９])
    )""",
    regex.VERBOSE,
)


#: One pair of lenticular or square brackets around a whole text (``【数値目標】``, ``〔…〕``).
_ENCLOSED = regex.compile(r"[【\[［〔]\s*(?P<inner>[^【】\[\]［］〔〕]+?)\s*[】\]］〕]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` (between 。) that holds ``text[start:end]``, stripped; a note's
    warning quotes it whole (``ただし、※2を付した値は平成30年度の実績値です``)."""
    first = text.rfind("。", 0, start) + 1
    last = text.find("。", max(start, end - 1))
    return text[first : last if last >= 0 else len(text)].strip()


def enclosed(text: str) -> str | None:
    """The words inside one pair of lenticular or square brackets that enclose a whole text
    (``【2022年度（令和4年度）】`` → ``2022年度（令和4年度）``); None for any other text."""
    m = _ENCLOSED.fullmatch(text)
    return m.group("inner") if m is not None else None


#: A text wholly in one pair of round brackets (``（千円）``, ``（単位：t）``).
_ROUND_ENCLOSED = regex.compile(r"[(（]\s*(?P<inner>[^()（）]*?)\s*[)）]")
#: The word 単位 and its colon opening a unit's text.
_UNIT_WORD = regex.compile(r"^単位\s*[:：]\s*")


def round_enclosed(text: str) -> str | None:
    """The words inside one pair of round brackets that enclose a whole text
    (``（航空便・船便の合計）`` → ``航空便・船便の合計``); None for any other text."""
    m = _ROUND_ENCLOSED.fullmatch(text.strip())
    return m.group("inner") if m is not None else None


def unbracketed(text: str) -> str:
    """A text without the round brackets around all of it (``（単位：人）`` → ``単位：人``);
    other texts as they are."""
    inner = round_enclosed(text)
    return inner if inner is not None else text


def unwrapped_unit(text: str) -> str:
    """A unit's text without the round brackets around all of it and a leading ``単位：``
    (``（単位：千円）`` → ``千円``, ``（t）`` → ``t``, ``単位：人`` → ``人``); other texts as they
    are."""
    return _UNIT_WORD.sub("", unbracketed(text))


#: Brackets closing a text, one or more (``町の人口（各年1月1日現在）``, ``新規創業者数※（累計）``).
_CLOSING_BRACKETS = regex.compile(r"(?:\s*[(（][^()（）]*[)）])+$")


def without_closing_brackets(text: str) -> str:
    """The text without the brackets that close it (a name's qualifier, ``（累計）``), or the text
    itself where the brackets are all of it."""
    return _CLOSING_BRACKETS.sub("", text) or text


def noun_head(text: str) -> str:
    """The head of a phrase ``XのY``: ``Y``, the part that says what the phrase is
    (``基本事業の目的`` is a 目的, ``施策目標の達成状況`` a 達成状況); "" without a の between two
    words. Spaces are removed."""
    before, no, head = normalize_text(text).replace(" ", "").rpartition("の")
    return head if no and before else ""


def split_label(s: str) -> Labelled:
    """Split a leading label or program number off a name and normalize the rest.

    ``"① 20～39歳の女性の人口"`` → label ``"①"``; ``"37/38 ICT教育…"`` → number ``"37/38"``;
    bullets (``・``, ``-``, a ``一`` standing for a dash, a mark such as ``○`` or ``◆``, a
    tree's branch ``└`` under a program's row) are dropped. Digits that start a name
    without a space after them (``"20～39歳"``, ``"65歳以上"``) are not taken for a number.
    """
    # Labels are split off first, while the space after "ア" or "12" is still there.
    text = _SPACES.sub(" ", _fold_and_strip(s)).strip()
    label = number = None
    while True:
        m = _LABEL.match(text)
        if not m:
            break
        if m.group("label") and label is None:
            label = collapse_spaces(fold_width(m.group("label")))
        elif m.group("number") and number is None and label is None:
            number = regex.sub(r"\s+", "", m.group("number"))
        elif not m.group("bullet"):
            break
        text = text[m.end() :]
    return Labelled(label, number, normalize_text(text))


# A Japanese character where a line wraps: no space is printed between the two lines' texts.
_WRAP_JA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆〇、。「」【】（）・]")
# The end of a line that breaks a number inside its digit grouping (``5,994,61`` or ``5,994,``)
# and the start of the line that completes it.
_OPEN_GROUP = regex.compile(r"(?:^|[^0-9.])[0-9]{1,3}(?:,[0-9]{3})*,(?P<part>[0-9]{0,2})$")
_LEADING_DIGITS = regex.compile(r"^[0-9]+")


def proves_wrap(before: str, after: str) -> bool:
    """Whether a number broken over two lines is one number by its digit grouping
    (``5,994,61`` + ``6``: the last group needs one more digit), not two numbers stacked."""
    a, b = fold_width(before.rstrip()), fold_width(after.lstrip())
    m = _OPEN_GROUP.search(a)
    lead = _LEADING_DIGITS.match(b)
    if m is None or lead is None:
        return False
    return len(m.group("part")) + len(lead.group()) == 3


def join_lines(lines: list[str] | tuple[str, ...]) -> str:
    """A cell's lines as one text: no space where a Japanese line wraps, a space otherwise; two
    numbers on two lines stay apart unless their digit grouping proves one number wrapped."""
    kept = [line.strip() for line in lines if line.strip()]
    if (
        len(kept) >= _VERTICAL_LINES
        and all(len(t) == 1 for t in kept)
        and any(_WORD_CHARACTER.fullmatch(t) for t in kept)
    ):
        return "".join(kept)  # 基|準|値|（|H|2|6|）: vertical writing, one text (三春)
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out:
            if proves_wrap(out, line):
                pass
            elif _CODE_LINE.fullmatch(out) or not (
                _WRAP_JA.match(out[-1]) or _WRAP_JA.match(line[0])
            ):
                out += " "  # (金武: 3-1 over 農業の振興, a program's code on its own line)
        out += line
    return out


#: Fewest one-character lines of a cell written vertically (a stack of digits, marks or
#: dashes alone is values: 1 | 2 | －, ○ | ○ | ○).
_VERTICAL_LINES = 3
#: A character of a word (kanji, kana): a vertical stack that holds one is a text.
_WORD_CHARACTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


#: A first line that is only a code (``3-1``, ``2-1-3``): its own line, not a wrapped name.
_CODE_LINE = regex.compile(r"[0-9]{1,3}(?:[-‐－][0-9]{1,3}){1,3}")
