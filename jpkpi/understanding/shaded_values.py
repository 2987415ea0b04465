"""Values a legend sets apart by how their cells look (佐伯: ``※網掛けの数値は各KPIの基準値…です``
over a grid of bare years; 東金: ``※網掛け（灰色）のセルは集計中のため見込値です``).

The text of such a table says nothing of those values; the cells' fills do (``Cell.fill``, read
from a PDF page's painted boxes). Where the legend names shading and the table's value cells
show some shaded and some not, the shaded ones take the legend's role (a baseline, a target, an
actual) or flag (an estimate: actuals and baselines only). Where the look
cannot be told (bold, a source without fills, every value shaded alike, shades of two colours,
rows painted whole as a table's stripes), each record warns that its values were read by their
columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Provenance, Table
from jpkpi.understanding.cells import LIST_WORDS, figure_flags
from jpkpi.understanding.drafts import Draft, ValueCell

#: The looks a legend may name, and the roles or figures it may give what is so marked.
_LOOK = r"(?P<look>網掛け|網かけ|色付き|色の付いた|塗りつぶし|太字|斜体|下線)"
_ROLE = r"(?P<role>基準値|現状値|目標値|実績値|見込値?|推計値|速報値)"
#: A note that gives values a role by how their cells look: the look and the role it names, the
#: role closing the sentence (``…は各KPIの基準値（…）です``, ``…は集計中のため見込値です``), not its
#: object (``網掛けのセルは目標値を達成した項目です``: a status, no role).
_ROLE_BY_LOOK = regex.compile(
    rf"{_LOOK}(?:\s*[(（][^()（）]{{1,8}}[)）])?\s*(?:の|を付した|した)"
    rf"(?:数値|値|セル)は、?[^。、]{{0,24}}?{_ROLE}"
    r"\s*(?:[(（][^()（）]*[)）]\s*)?(?:です|である|であり|となって|を(?:示|表)|。|$)"
)
#: A look and a role word in one sentence that no legend above reads: a doubt to say.
_LOOK_AND_ROLE = regex.compile(
    rf"{_LOOK}[^。]*?{_ROLE}"
    # (目標値を達成した項目: a status the shade marks, no role of the values)
    r"(?!を(?:達成|上回|下回|超え)|に(?:達|届))"
)
#: Looks that are a cell's fill, which ``Cell.fill`` shows.
_FILLS = frozenset({"網掛け", "網かけ", "色付き", "色の付いた", "塗りつぶし"})


def read_by_look(table: Table, drafts: Sequence[Draft], texts: Sequence[str]) -> None:
    """Give the drafts' shaded values the role or flag the first legend among ``texts`` gives
    them; warn on every draft with values where the look cannot be told."""
    said = next(
        (m for t in texts if (m := _ROLE_BY_LOOK.search(normalize_text(t))) is not None), None
    ) or next(  # (a sentence of a look and a role no legend form reads: told, not read)
        (m for t in texts if (m := _LOOK_AND_ROLE.search(normalize_text(t))) is not None), None
    )
    if said is None:
        return
    if said.re is _LOOK_AND_ROLE:
        for d in drafts:
            if d.value_cells():
                _warned(d, said)
        return
    fills = {c.provenance: c.fill for c in table.cells if c.fill is not None}
    # (a row painted whole in its name's colour is a stripe of the table's look, no mark: which
    # of its values the legend means cannot be told)
    banded = [d for d in drafts if _painted_whole(d, fills)]
    values = [v for d in drafts if d not in banded for v in d.value_cells()]
    shaded: set[Provenance | None] = {v.where for v in values if v.where in fills}
    colours = {fills[w] for w in shaded if w is not None}
    if said.group("look") in _FILLS and shaded and len(shaded) < len(values) and len(colours) == 1:
        for d in drafts:
            if d in banded:
                _warned(d, said)
            else:
                _moved(d, shaded, said.group("role"))
        return
    for d in drafts:
        if d.value_cells():
            _warned(d, said)


def _warned(d: Draft, said: regex.Match[str]) -> None:
    """Say on the draft that the legend's look was not told, so its values stand by column."""
    what = (
        f"speaks of values marked {said.group('look')} and of {said.group('role')}"
        if said.re is _LOOK_AND_ROLE
        else f"says the values marked {said.group('look')} are {said.group('role')}"
    )
    d.warnings.append(
        f"a note {what} ({said.group()}); how a cell looks is not read, so each value was read "
        "by its column"
    )


def _painted_whole(d: Draft, fills: dict[Provenance, str]) -> bool:
    """Whether the draft's name and every value are painted one colour (a striped row)."""
    colour = fills.get(d.indicator_where) if d.indicator_where is not None else None
    values = d.value_cells()
    return (
        colour is not None
        and bool(values)
        and all(v.where is not None and fills.get(v.where) == colour for v in values)
    )


def _moved(d: Draft, shaded: set[Provenance | None], role: str) -> None:
    """The draft's shaded values given ``role``: moved to its list, or flagged."""
    flags = figure_flags(role)
    if flags:
        if any(t.where in shaded for t in d.targets):
            # (a shaded target under a legend of forecasts: a target is no figure to estimate)
            d.warnings.append(
                f"a shaded target, which the legend calls {role}: read as a target, unflagged"
            )
        d.actuals = [
            replace(v, flags=v.flags | flags) if v.where in shaded else v for v in d.actuals
        ]
        if d.baseline is not None and d.baseline.where in shaded:
            d.baseline = replace(d.baseline, flags=d.baseline.flags | flags)
        return
    to = LIST_WORDS[role]
    moving = [v for v in (*d.targets, *d.actuals) if v.where in shaded and to != _list_of(d, v)]
    if not moving:
        return
    if to == "baseline":
        if d.baseline is not None or len(moving) > 1:
            d.warnings.append(
                f"{len(moving)} shaded values, which the legend calls baselines: "
                "they were read by their columns"
            )
            return
        d.baseline = moving[0]
    d.targets = [v for v in d.targets if v not in moving] + (moving if to == "target" else [])
    d.actuals = [v for v in d.actuals if v not in moving] + (moving if to == "actual" else [])


def _list_of(d: Draft, v: ValueCell) -> str:
    if v is d.baseline:
        return "baseline"
    return "target" if any(v is t for t in d.targets) else "actual"


__all__ = ["read_by_look"]
