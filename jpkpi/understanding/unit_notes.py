"""Units a note under a table gives its rows: by the rows' numbers (宮代: ``※単位 ①回/月（月平均）
②区画 ③千人``), or one unit for all but the rows it names (八百津: ``※単位は千人。ただし、No.3は
百万円、No.4は件``).

A note is read only when every number it names is one of the table's row numbers (①…, No.3,
3): a note whose keys match no row of the table (KPI1 labels beside ``No.3は…``) gives no row a
unit, and says so. A row that prints a unit of its own, in its name (``…の割合（％）``) or in its
values (``45.2%``), keeps it: the note speaks for the rows that print none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.cells import qualified_unit

#: The circled numbers ① … ⑳, each standing for its number.
_CIRCLED = {chr(0x2460 + k): str(k + 1) for k in range(20)}
#: A row's key: a circled number, or a number after No. (or alone).
_KEY = r"(?:[\u2460-\u2473]|(?:No\.?\s*)?[0-9]{1,3})"
#: The start of a unit note: ※, 単位, then a colon, は, or the first key.
_NOTE = regex.compile(r"※?\s*単位\s*(?:[:：]|は)?\s*(?P<body>.+)")
#: The unit for the rows no key names, first in the note (``千人。ただし、``).
_DEFAULT = regex.compile(
    r"(?P<unit>[^\s。、,()（）\u2460-\u2473]{1,6})\s*(?:[。、,]\s*|$)(?:ただし\s*[、,]?\s*)?"
)
#: Keys and the unit they share (``No.3及びNo.4は百万円``, ``①回/月``, ``②区画``).
_KEYED = regex.compile(
    rf"(?P<keys>{_KEY}(?:\s*(?:、|,|・|及び|および|と)\s*{_KEY})*)\s*(?:は\s*)?"
    r"(?P<unit>[^\s、,。()（）\u2460-\u2473]{1,6})"
)


@dataclass(frozen=True)
class UnitNote:
    """What a unit note says: the unit of each key it names, and the unit of the other rows."""

    default: str | None
    by_key: dict[str, str] = field(default_factory=dict)


def row_key(label: str | None, name: str | None) -> str | None:
    """The number a row is known by in a note: its label (``3``, ``No.3``, ``③``), else a
    circled number starting its name (``①農業体験…``)."""
    text = normalize_text(label or "").replace(" ", "")
    text = text.removeprefix("No.").removeprefix("No").removeprefix("NO.")
    if regex.fullmatch(r"[0-9]+", text):
        return str(int(text))
    if text in _CIRCLED:
        return _CIRCLED[text]
    first = normalize_text(name or "")[:1]
    return _CIRCLED.get(first) if not text else None


def _key(text: str) -> str:
    """A note's key as a row's: ``No.3``, ``3`` and ``③`` are all ``3``."""
    bare = regex.sub(r"^No\.?\s*", "", text.strip())
    if bare in _CIRCLED:
        return _CIRCLED[bare]
    return str(int(bare)) if regex.fullmatch(r"[0-9]+", bare) else bare


def read_unit_note(texts: Iterable[str]) -> UnitNote | None:
    """The first note among ``texts`` (the notes under a table) that gives units, read."""
    for text in texts:
        m = _NOTE.fullmatch(normalize_text(text).strip())
        if m is None:
            continue
        body = m.group("body")
        default = None
        if not regex.match(_KEY, body):
            head = _DEFAULT.match(body)
            if head is None or not qualified_unit(head.group("unit")):
                continue
            default, body = head.group("unit"), body[head.end() :]
        by_key: dict[str, str] = {}
        for k in _KEYED.finditer(body):
            if not qualified_unit(k.group("unit")):
                continue
            for key in regex.findall(_KEY, k.group("keys")):
                by_key[_key(key)] = k.group("unit")
        if default is not None or by_key:
            return UnitNote(default, by_key)
    return None


def unmatched_keys(note: UnitNote, keys: Sequence[str | None]) -> list[str]:
    """The keys a note names that no row of the table is known by."""
    known = {k for k in keys if k is not None}
    return sorted(k for k in note.by_key if k not in known)


__all__ = ["UnitNote", "read_unit_note", "row_key", "unmatched_keys"]
