"""A document's own glossary: the heading words its text defines as a role (新ひだか: ``下の表の
「KPI値」は、戦略の最終年度（令和6年度）に達成を目指す目標値です``), added to the vocabulary
for that document's read.

A heading word nobody here has listed (``KPI値``) says nothing by itself; the page that defines
it says everything. Only a quoted word defined as one of the value lists is read, and only from
the document's text lines (a definition inside a table's cell is that row's content).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.cells import LIST_WORDS
from jpkpi.understanding.vocabulary import WHOLE_TEXT, Vocabulary

#: The weight a defined word votes with: above any packaged word of a value list (3), so the
#: page's definition outweighs what the word would say elsewhere.
DEFINED_WEIGHT = 4.0


#: What may stand between a defined word and its list: a clause's words, never the next clause
#: (``、``), another definition (``欄は``) or a comparison (``実績値と比べた目標値``: the list is
#: what the word is compared with, not what it is).
_FILLER = r"(?:(?!欄は|と比|に比|に対|で割|を割|で除|を除)[^。、「」『』]){0,40}?"
#: The list word closing its clause: a copula (``です``, ``である``, ``を示す``), or a clause that
#: another definition follows (``R5欄は実績値、R6欄は目標値です``); a list of lists (``上段が
#: 実績値、下段が目標値``, ``実績値、または目標値``) defines nothing (see _ENUMERATED).
_LIST_END = (
    r"(?P<list>目標値|目標|基準値|現状値|実績値|見込み?値)"
    r"(?=です|である|を(?:示|表|指)|、\s*(?:[「『][^「」『』]{2,12}[」』]|[^\s、,。]{1,8}?)\s*欄は|。|$)"
)
#: The role each list word of a definition gives the word it defines (島牧: ``R6欄は令和7年3月末
#: 時点の見込値です``: the column's values are forecasts, an actual's ``estimate``).
_ROLES = {**LIST_WORDS, "見込値": "estimate", "見込み値": "estimate"}
#: A definition that lists several lists, or places them (上段/下段, 順, または): no one list.
_ENUMERATED = regex.compile(r"上段|下段|左|右|順|または|もしくは|及び|および|と")

#: ``「KPI値」は、…目標値です``, ``「R7」欄は目標値を示します``: the quoted word and the list.
_DEFINITION = regex.compile(
    rf"[「『](?P<word>[^「」『』。]{{2,12}})[」』](?:の?欄|列)?は、?{_FILLER}{_LIST_END}"
)


#: ``R6欄は第2期実行計画の最終年度（令和6年度）の目標値です`` (大津, a note under a grid of bare
#: years; 島牧's numbered ``※1　R6欄は…見込値です``): a heading named with 欄, unquoted, short; it
#: votes only as a heading's whole text.
_COLUMN_DEFINITION = regex.compile(
    r"(?:^|[※、,。]\s*(?:[0-9]{1,2}\s+)?)(?P<word>[^\s、,。「」『』※～~〜\-]{1,8}?)\s*欄は、?"
    rf"{_FILLER}{_LIST_END}"
)


#: The number of the note a text is (``※1　R6欄は…``).
_NOTE_NUMBER = regex.compile(r"^\s*※\s*([0-9]{1,2})(?![0-9年月日])")


def defined_words(texts: Iterable[str], vocabulary: Vocabulary) -> dict[str, dict[str, float]]:
    """The words ``texts`` define as a value list that ``vocabulary`` gives no role of a column's
    values (``KPI値``, whose KPI names only indicators; not ``R6目標（最終）``, a target already,
    nor ``改定後（R5.3）``, a revised target the revision rules read), as a vocabulary extension
    (``{role: {word: weight}}``); empty where none is defined."""
    found: dict[str, dict[str, float]] = {}
    for text in texts:
        norm = normalize_text(text)
        numbered = _NOTE_NUMBER.match(norm)
        # (a bare heading votes only as a heading's whole text, with the mark of the note that
        # defines it: R6※1 under ※1, where the note is numbered, for R6 under 目標値 points to
        # no note; R6 or R6※ under an unnumbered one)
        marks = (f"※{numbered.group(1)}",) if numbered is not None else ("", "※")
        for pattern in (_DEFINITION, _COLUMN_DEFINITION):
            for m in pattern.finditer(norm):
                word = m.group("word").replace(" ", "")
                if _enumerates(m) or any(_speaks_of_values(r) for r in vocabulary.votes(word)):
                    continue
                words = (
                    [word]
                    if pattern is _DEFINITION
                    else [WHOLE_TEXT + word + mark for mark in marks]
                )
                for w in words:
                    found.setdefault(_ROLES[m.group("list")], {})[w] = DEFINED_WEIGHT
    return found


def _enumerates(m: regex.Match[str]) -> bool:
    """Whether a definition's words before its list place or list several lists (``上段が実績値、
    下段が目標値``; ``前年度実績値、当該年度目標値の順``): no one list for the word."""
    said = m.group()[: m.start("list") - m.start()]
    return _ENUMERATED.search(said.split("は", 1)[-1]) is not None


def _speaks_of_values(role: str) -> bool:
    """Whether a vocabulary role speaks of a column of values (all but the indicator's name and
    the kind of its rows)."""
    return role != "indicator" and not role.startswith("kind.")


__all__ = ["DEFINED_WEIGHT", "defined_words"]
