"""Value cells that only point to a numbered note under the table for their level.

A target too long for its cell is sometimes printed as a pointer (小値賀: ``※2参照`` under
``目標値（H31）``) and given in a note under the table (``※2 観光客数の目標値（H31）は、基準値の
1.5倍にあたる2.4万人としています。``). The cell alone is no value (the primitives read it as
missing); where the note it points to states one level in the indicator's unit, that level is
the cell's value, its ``raw`` the level as the note writes it, with a warning naming the note.
Where the note gives none, or several, the value stays missing and a warning says why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.quantity import (
    NOTE_REFERENCE,
    Quantity,
    normalize_unit,
    parse_quantity,
    split_scale,
)
from jpkpi.primitives.target import parse_target_statement
from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.drafts import Draft, ValueCell

#: A level inside a note's sentence: a number with its scale, maybe a qualifier before it.
_LEVEL = regex.compile(r"(?:年間|延べ|約)?[0-9][0-9,]*(?:\.[0-9]+)?(?:百万|千|万|億)?")


def _quantity(text: str) -> Quantity | None:
    try:
        return parse_quantity(text)
    except ParseError:
        return None


def _counter(unit: str | None) -> str | None:
    """What a unit counts, whatever its scale (千人 → 人)."""
    return split_scale(normalize_unit(unit))[1] if unit else None


def _draft_counter(d: Draft, pointer: ValueCell) -> str | None:
    """The one thing the draft's values count: its unit's, else the units its other values
    print (``14人``, ``2.0万人``); None where they print none or differ."""
    if d.unit:
        return _counter(d.unit)
    others = (v for v in (d.baseline, *d.targets, *d.actuals) if v is not None and v is not pointer)
    counters = {_counter(q.unit) for v in others if (q := _quantity(v.text)) and q.unit}
    return counters.pop() if len(counters) == 1 else None


def note_level(body: str, counter: str) -> str | None:
    """The level a note's sentence states in ``counter`` as it is written there (``年間20人``,
    ``2.4万人``), where the sentence states one level; None otherwise."""
    statement = parse_target_statement(body)
    goal = statement.goal if statement is not None else None
    if goal is None or goal.value is None or not goal.unit or _counter(goal.unit) != counter:
        return None
    for m in _LEVEL.finditer(body):
        rest = body[m.end() :]
        if not rest.startswith(goal.unit):
            continue
        written = m.group() + goal.unit
        q = _quantity(written)
        if q is not None and q.value == goal.value:
            return written
    return None


def levels_from_notes(drafts: Sequence[Draft], bodies: Mapping[str, str]) -> None:
    """Give each value cell that only points to a numbered note (``※2参照``) the level that
    note states in the indicator's unit, with a warning naming the note; a pointer whose note
    states none keeps no value, with a warning."""
    for d in drafts:
        for cells in (d.targets, d.actuals):
            for k, cell in enumerate(cells):
                pointer = NOTE_REFERENCE.fullmatch(normalize_text(cell.text).replace(" ", ""))
                if pointer is None:
                    continue
                mark = pointer.group("mark").replace("注", "※")
                where = f"{normalize_text(cell.text)!r} under {normalize_text(cell.header)}"
                body = bodies.get(mark)
                counter = _draft_counter(d, cell)
                level = note_level(body, counter) if body and counter else None
                if level is None:
                    d.warnings.append(
                        f"{where} points to a note ({mark}) that states no level in the "
                        "indicator's unit under the table: no value read"
                    )
                    continue
                cells[k] = ValueCell(
                    level, cell.period, cell.header, cell.flags, cell.where, cell.value_text
                )
                d.warnings.append(f"{where}: the level {level!r} was read from note {mark}")
