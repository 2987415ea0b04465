"""Revised targets: a column that revises another column's target for the same period
(益子: ``最終目標値`` over ``当初（H32）`` and ``見直し後（R2）``) replaces it.

A plan reviewed half-way prints the target first set beside the target as revised, both for
the plan's last year; a record holds one target a period. The revised column's heading says
it revises (a word of the vocabulary's ``revised`` role: 見直し後, 修正後, 変更後 …); where its
cell says the target stands (a word of the ``unchanged`` role: 変更なし, 据え置き, 同左), the
first target is kept. Two targets of one period without such a heading are left to the doubts
stage, which warns. Likewise an actual measured for a year replaces the forecast printed for
the same year beside it (霧島: ``H30年度 › 見込 | 実績``), and a year's figure counted again later
replaces the earlier count (田舎館: ``令和5年度 › 実績（令和6年3月末現在） |
実績（令和6年7月末現在）``).
"""

from __future__ import annotations

from collections.abc import Sequence

from jpkpi.primitives.period import find_period
from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.cells import CellClass, classify, is_value
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.interpretation import COUNT_DATE, HEADING_SEPARATOR
from jpkpi.understanding.vocabulary import Vocabulary


def _key(cell: ValueCell) -> tuple[int | None, int | None, int | None] | None:
    p = cell.period
    return None if p is None else (p.fiscal_year, p.year, p.month)


def _by_period(
    cells: Sequence[ValueCell],
) -> dict[tuple[int | None, int | None, int | None], list[ValueCell]]:
    """The dated cells of a list, grouped by period, in their order."""
    out: dict[tuple[int | None, int | None, int | None], list[ValueCell]] = {}
    for cell in cells:
        if (key := _key(cell)) is not None:
            out.setdefault(key, []).append(cell)
    return out


def _measured(cell: ValueCell) -> bool:
    """Whether a cell prints a number (not a dash, not 集計中)."""
    cls = classify(cell.text)
    return cls is not CellClass.MISSING and is_value(cls)


def _set_aside(d: Draft, dropped: Sequence[ValueCell]) -> None:
    """Move the draft's actuals in ``dropped`` to its superseded values."""
    if dropped:
        d.superseded.extend(dropped)
        d.actuals = [a for a in d.actuals if not any(a is x for x in dropped)]


def _says(vocabulary: Vocabulary, role: str, text: str) -> bool:
    return role in vocabulary.votes(text)


def settle_revisions(drafts: Sequence[Draft], vocabulary: Vocabulary) -> None:
    """Each draft's targets with one target a period where a column revises another: the
    revised value, or the first where the revision says it stands; the one set aside is kept
    in ``superseded``."""
    for d in drafts:
        if len(d.targets) < 2:
            continue
        by_period: dict[tuple[int | None, int | None, int | None], list[int]] = {}
        for i, t in enumerate(d.targets):
            key = _key(t)
            if key is not None:
                by_period.setdefault(key, []).append(i)
        dropped: set[int] = set()
        for indices in by_period.values():
            if len(indices) != 2:
                continue
            first, second = (d.targets[i] for i in indices)
            revised = [
                i
                for i, t in zip(indices, (first, second), strict=True)
                if _says(vocabulary, "revised", t.header.split(HEADING_SEPARATOR)[-1])
            ]
            if len(revised) != 1:
                continue
            new = revised[0]
            old = indices[0] if new == indices[1] else indices[1]
            said = normalize_text(d.targets[new].text)
            # 変更なし, or a dash where no revision was made: the first target stands
            stands = _says(vocabulary, "unchanged", said) or classify(said) is CellClass.MISSING
            dropped.add(new if stands else old)
        if dropped:
            d.superseded.extend(t for i, t in enumerate(d.targets) if i in dropped)
            d.targets = [t for i, t in enumerate(d.targets) if i not in dropped]
    for d in drafts:
        _settle_forecasts(d)
        _settle_recounts(d)
        _settle_finality(d)


def _settle_finality(d: Draft) -> None:
    """A draft's actuals with one figure a period where the period's figure is printed as it
    stood and as it was fixed (大多喜: ``実績値 › 速報値 | 確定値``, 968 and 975): the fixed one
    where it holds a number (集計中 leaves the 速報値 standing); the other kept in
    ``superseded``."""
    dropped: list[ValueCell] = []
    for cells in _by_period(d.actuals).values():
        if len(cells) != 2:
            continue
        inner = [
            normalize_text(a.header.split(HEADING_SEPARATOR)[-1]).replace(" ", "") for a in cells
        ]
        if not (inner[0].startswith("速報") and inner[1].startswith("確定")):
            continue
        quick, fixed = cells
        dropped.append(quick if _measured(fixed) else fixed)
    _set_aside(d, dropped)


def _counted_at(cell: ValueCell) -> tuple[int, int] | None:
    """The year and month the innermost heading of a value says its figure was counted."""
    inner = cell.header.split(HEADING_SEPARATOR)[-1]
    if not COUNT_DATE.search(inner):
        return None
    p = find_period(inner)
    return None if p is None or p.year is None or p.month is None else (p.year, p.month)


def _settle_recounts(d: Draft) -> None:
    """A draft's actuals with one figure a period where the period's figure is printed as
    counted on several days (田舎館: ``実績（令和6年3月末現在）`` 312.4 and
    ``実績（令和6年7月末現在）`` 318.9 under ``令和5年度``): the latest count that holds a
    value; the others kept in ``superseded``."""
    dropped: list[ValueCell] = []
    for cells in _by_period(d.actuals).values():
        days = [_counted_at(a) for a in cells]
        if len(cells) < 2 or None in days or len(set(days)) < len(days):
            continue
        valued = [(day, a) for day, a in zip(days, cells, strict=True) if _measured(a)]
        if not valued:
            continue
        latest = max(valued, key=lambda pair: pair[0] or (0, 0))[1]  # (days has no None)
        earlier = [a for a in cells if a is not latest]
        dropped.extend(earlier)
        earlier = [a for a in earlier if normalize_text(a.text) != normalize_text(latest.text)]
        if not earlier:
            continue  # (the same figure counted again: nothing was replaced)
        d.warnings.append(
            f"{', '.join(repr(normalize_text(a.text)) for a in earlier)} under "
            f"{', '.join(normalize_text(a.header) for a in earlier)} "
            f"{'was' if len(earlier) == 1 else 'were'} replaced by the later count "
            f"{normalize_text(latest.text)!r} under {normalize_text(latest.header)}"
        )
    _set_aside(d, dropped)


def _settle_forecasts(d: Draft) -> None:
    """A draft's actuals with the forecast for a year set aside where the year's actual stands
    beside it (霧島: H30 見込 24,000 and H30 実績 25,180): one actual a period, the measured
    one; the forecast kept in ``superseded``."""
    measured = {
        _key(a)
        for a in d.actuals
        if "estimate" not in a.flags and _key(a) is not None and _measured(a)
    }  # (a 実績 of － or 集計中 measured nothing: the 見込 is the year's only figure)
    _set_aside(d, [a for a in d.actuals if "estimate" in a.flags and _key(a) in measured])
