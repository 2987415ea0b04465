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

from jpkpi.primitives.period import Period
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Table
from jpkpi.understanding.cells import keyed_lines, list_flags, split_arrow
from jpkpi.understanding.drafts import Draft, ValueCell, column_value


def spread_keyed_values(table: Table, drafts: Sequence[Draft]) -> None:
    """Each value cell of a draft whose lines are keyed becomes one value a line: a period key
    dates its line in the cell's list; a list key puts its line in that list, at the cell's
    period. ``raw`` is the line."""
    if not drafts:
        return
    read = {
        c.where
        for d in drafts
        for c in [d.baseline, *d.targets, *d.actuals]
        if c is not None and c.where is not None and c.value_text is None
    }
    cells = {c.provenance: c for c in table.cells if c.provenance in read}
    for d in drafts:
        placed = [
            (listed, vc, keyed_lines(cells[vc.where]) if vc.where in cells else None)
            for listed, vc in (
                *((("baseline", d.baseline),) if d.baseline is not None else ()),
                *(("target", c) for c in d.targets),
                *(("actual", c) for c in d.actuals),
            )
        ]
        if not any(keyed for _, vc, keyed in placed if vc.value_text is None):
            continue
        lists: dict[str, list[ValueCell]] = {"baseline": [], "target": [], "actual": []}
        for listed, vc, keyed in placed:
            if keyed is None or vc.value_text is not None:
                lists[listed].append(vc)
                continue
            for key, value, line in keyed:
                ends = split_arrow(value)
                if ends is not None:
                    # R7:120→130 among R5:100 and R6:110 lines: the line's target revised, its
                    # goal the value, where it starts said (review 50)
                    value = ends[1]
                    d.warnings.append(
                        f"{normalize_text(line)!r}: {ends[1]} read as its value; {ends[0]}, "
                        "where the arrow starts, was not read"
                    )
                if isinstance(key, Period):
                    lists[listed].append(replace(vc, text=line, value_text=value, period=key))
                else:  # Role.TARGET … : its value is the drafts' list name
                    # (目標 100（R7） under 令和4年度: the year it prints, as a column's value
                    # reads its own; 実績見込 10: flagged a forecast, as a row's label flags it)
                    flags = vc.flags | list_flags(line)
                    got = column_value(value, vc.period, vc.header, flags, None)
                    own = replace(vc, value_text=got.text, flags=got.flags, period=got.period)
                    lists[key.value].append(replace(own, text=line))
        d.baseline = lists["baseline"][0] if lists["baseline"] else None
        if len(lists["baseline"]) > 1:
            d.warnings.append(
                f"the baseline cell keys {len(lists['baseline'])} values "
                f"({', '.join(v.text for v in lists['baseline'])}); the first was read"
            )
        d.targets = lists["target"]
        d.actuals = lists["actual"]
