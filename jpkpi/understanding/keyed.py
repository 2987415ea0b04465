"""Keyed values: one cell that prints several values of one indicator, each line keyed by its
period (``H27：1人`` … ``R元：4人``) or by its list (``目標　15`` / ``実績　17``), spread into the
draft's lists, one value a line.

A reading that takes such a cell for one value reads its first number and drops the rest, or
takes each line for an indicator of its own (the ``name：value`` lines of 恩納): the keys say
which they are. It runs on the drafts of every layout, after the table's reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from jpkpi.primitives.period import Period
from jpkpi.tables.model import Cell, Provenance, Table
from jpkpi.understanding.cells import keyed_lines
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.vocabulary import Role

#: What a keyed cell holds somewhere: a colon or a space between a key and its value.
_KEYISH = regex.compile(r"[:：\s\u3000]")
#: The list a key word names, as the drafts' lists are called.
_LISTS = {Role.BASELINE: "baseline", Role.TARGET: "target", Role.ACTUAL: "actual"}


def spread_keyed_values(table: Table, drafts: Sequence[Draft]) -> None:
    """Each value cell of a draft whose lines are keyed becomes one value a line: a period key
    dates its line in the cell's list; a list key puts its line in that list, at the cell's
    period. ``raw`` is the line."""
    if not drafts:
        return
    cells = {c.provenance: c for c in table.cells if _KEYISH.search(c.text)}
    if not cells:
        return
    for d in drafts:
        placed = [
            *((("baseline", d.baseline),) if d.baseline is not None else ()),
            *(("target", c) for c in d.targets),
            *(("actual", c) for c in d.actuals),
        ]
        if not any(_keyed(vc, cells) for _, vc in placed):
            continue
        lists: dict[str, list[ValueCell]] = {"baseline": [], "target": [], "actual": []}
        for listed, vc in placed:
            keyed = _keyed(vc, cells)
            if keyed is None:
                lists[listed].append(vc)
                continue
            for key, value, line in keyed:
                if isinstance(key, Period):
                    lists[listed].append(replace(vc, text=line, value_text=value, period=key))
                else:
                    lists[_LISTS[key]].append(replace(vc, text=line, value_text=value))
        d.baseline = lists["baseline"][0] if lists["baseline"] else None
        d.targets = lists["target"]
        d.actuals = lists["actual"]


def _keyed(
    vc: ValueCell, cells: dict[Provenance, Cell]
) -> list[tuple[Period | Role, str, str]] | None:
    """The keyed lines of the cell a value was read from, if it prints them."""
    if vc.value_text is not None or vc.where is None:
        return None
    cell = cells.get(vc.where)
    return keyed_lines(cell) if cell is not None else None
