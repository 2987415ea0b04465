"""Value cells that only point to a numbered note under the table for their level.

A target too long for its cell is sometimes printed as a pointer (小値賀: ``※2参照`` under
``目標値（H31）``) and given in a note under the table (``※2 観光客数の目標値（H31）は、基準値の
1.5倍にあたる2.4万人としています。``). The cell alone is no value (the primitives read it as
missing); where the note it points to states one level in the indicator's unit, that level is
the cell's value (its ``raw`` stays the pointer the cell prints), with a warning naming the note.
Where the note gives none, or several, the value stays missing and a warning says why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.quantity import NOTE_REFERENCE, Quantity, counter_of, parse_quantity
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
    return counter_of(unit) if unit else None


def _draft_counter(d: Draft, pointer: ValueCell) -> str | None:
    """The one thing the draft's values count: its unit's, else the units its other values
    print (``14人``, ``2.0万人``); None where they print none or differ."""
    if d.unit:
        return _counter(d.unit)
    others = (v for v in (d.baseline, *d.targets, *d.actuals) if v is not None and v is not pointer)
    counters = {_counter(q.unit) for v in others if (q := _quantity(v.text)) and q.unit}
    return counters.pop() if len(counters) == 1 else None


def note_level(body: str, counter: str) -> tuple[str, bool] | None:
    """The level a note's sentence states in ``counter`` as it is written there (``年間20人``,
    ``2.4万人``) and whether the sentence counts it cumulatively (``累計で50件``), where the
    sentence states one level in that counter; None where it states none, or several
    (``平成30年度に18人、平成31年度に20人``: which one the cell means is not said)."""
    statement = parse_target_statement(body)
    goal = statement.goal if statement is not None else None
    if goal is None or goal.value is None or not goal.unit or _counter(goal.unit) != counter:
        return None
    levels = [
        (m.group() + goal.unit, q)
        for m in _LEVEL.finditer(body)
        if body.startswith(goal.unit, m.end())
        and (q := _quantity(m.group() + goal.unit)) is not None
        and q.value is not None
    ]
    if len(levels) != 1 or levels[0][1].value != goal.value:
        return None
    return levels[0][0], statement is not None and statement.cumulative


def levels_from_notes(drafts: Sequence[Draft], bodies: Mapping[str, str]) -> None:
    """Give each value cell that only points to a numbered note (``※2参照``, ``注1参照``, the
    baseline's too) the level that note states in the indicator's unit, with a warning naming
    the note; a pointer whose note states none, or several, or is not under the table keeps no
    value, with a warning."""
    for d in drafts:

        def resolved(cell: ValueCell, d: Draft = d) -> ValueCell:
            pointer = NOTE_REFERENCE.fullmatch(normalize_text(cell.text).replace(" ", ""))
            if pointer is None:
                return cell
            mark = note_mark(pointer.group("mark"))
            where = f"{normalize_text(cell.text)!r} under {normalize_text(cell.header)}"
            body = bodies.get(mark)
            counter = _draft_counter(d, cell)
            found = note_level(body, counter) if body and counter else None
            if found is None:
                d.warnings.append(
                    f"{where} points to a note ({mark}) under the table that states no one "
                    "level in the indicator's unit: no value read"
                )
                return cell
            level, cumulative = found
            flags = cell.flags | {"cumulative"} if cumulative else cell.flags
            d.warnings.append(f"{where}: the level {level!r} was read from note {mark}")
            # (the value from the note; raw stays what the cell prints, the pointer)
            return ValueCell(cell.text, cell.period, cell.header, flags, cell.where, level)

        d.map_values(resolved)


#: A numbered note's mark where a heading or a name points to it (``現状値※1``, ``入館者数 注2``).
NOTE_MARK = regex.compile(r"(?:※|注)\s*[0-9]{1,2}")


def note_mark(mark: str) -> str:
    """A numbered note's mark as one key (``※1``, ``注1``, ``※ 1`` → ``※1``)."""
    return normalize_text(mark).replace(" ", "").replace("注", "※")
