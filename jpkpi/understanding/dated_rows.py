"""Rows of one indicator a year: the year printed only in a bracket that closes each row's name
(伊仙: ``KPI①　UIターン者数（平成29年度）``, ``…（平成30年度）``, ``…（令和元年度）`` over
``目標値 | 実績値``), read as one indicator whose values are dated by their row's bracket.

Rows are joined only where they stand one after another in one table, share their label (or
print it on the first only) and the name before the bracket, each bracket holds one period and
nothing else, the periods follow one another year by year, and each row prints a target and an
actual its columns leave undated (a year's pair). A row right after them whose bracket names a
total or an average (``（3か年計）``, ``（合計）``, ``（平均）``) is no indicator, and a document
warning says it was not read.

Blocks of one table's rows under band rows that print a period alone (川俣:
``令和5年度（令和6年3月31日現在）`` over three KPIs, then ``令和6年度（令和6年9月30日現在）``
over the same three, below ``KPI | 単位 | 目標値 | 実績値``) are the same: each indicator's
rows, one a block, are one indicator whose undated values the block's band dates (its
actuals on its day too).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

import regex

from jpkpi.primitives.period import (
    Period,
    count_periods,
    find_period,
    glossed_year,
    without_periods,
    year_of,
)
from jpkpi.primitives.text import enclosed, normalize_text, split_label
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.notices import notice

#: A name closed by a bracket (``UIターン者数（平成29年度）``): the name, the bracket's text.
_CLOSING_BRACKET = regex.compile(r"(?P<name>.+?)\s*[(（]\s*(?P<when>[^()（）]{1,16}?)\s*[)）]")
#: A bracket that names the total of the rows above it (``3か年計``, ``5年間合計``, ``合計``).
_TOTAL = regex.compile(
    r"(?:[0-9]{1,2}\s*(?:か|ヵ|ヶ|カ|ケ|箇)?年(?:間|度)?\s*)?(?:合計|累計|計|平均)"
)
#: Fewest rows of one indicator, each its year's, for them to be read as one.
_MIN_ROWS = 2


def _split(d: Draft) -> tuple[str, str] | None:
    """A draft's name before a closing bracket, without its label (``KPI①``, printed on the
    first of its rows only where it is merged down), and the bracket's text."""
    m = _CLOSING_BRACKET.fullmatch(normalize_text(d.indicator or ""))
    if m is None:
        return None
    return split_label(m.group("name")).text, m.group("when")


def _year_of(when: str) -> Period | None:
    """The one period a bracket holds and nothing else (``平成29年度``), else None."""
    if count_periods(when) != 1 or without_periods(when).strip():
        return None
    found = find_period(when)
    return replace(found, raw=when) if found is not None else None


def joined_year_rows(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each run of one indicator's year rows joined into one (see the module's
    docstring); the others as they are."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        run = _run(drafts, i)
        if len(run) < _MIN_ROWS:
            out.append(drafts[i])
            i += 1
            continue
        out.append(_joined([drafts[k] for k in run]))
        i = run[-1] + 1
        base = _split(drafts[run[0]])
        total = _split(drafts[i]) if i < len(drafts) else None
        if (
            base is not None
            and total is not None
            and total[0] == base[0]
            and drafts[i].label in (None, drafts[run[0]].label)
            and _TOTAL.fullmatch(total[1].replace(" ", ""))
        ):
            notice(
                f"the row {normalize_text(drafts[i].indicator or '')!r} sums or averages the "
                f"rows of {base[0]!r} above it: not read as an indicator"
            )
            i += 1
    return out


def _run(drafts: list[Draft], start: int) -> list[int]:
    """The indices of the year rows of one indicator starting at ``start`` (empty if none)."""
    first = _split(drafts[start])
    if first is None or _year_of(first[1]) is None or not _a_years_pair(drafts[start]):
        return []
    run = [start]
    for k in range(start + 1, len(drafts)):
        d = drafts[k]
        said = _split(d)
        if (
            said is None
            or said[0] != first[0]
            # (a label merged down over the rows is printed on the first only)
            or d.label not in (None, drafts[start].label)
            or _year_of(said[1]) is None
            or not _a_years_pair(d)
        ):
            break
        run.append(k)
    years = [year_of(_year_of(s[1])) for k in run if (s := _split(drafts[k])) is not None]
    if any(b != a + 1 for a, b in itertools.pairwise(years)):
        return []  # 総人口（令和7年）, （令和22年）: the years targets are set for, no row a year
    return run


def _a_years_pair(d: Draft) -> bool:
    """Whether a row prints a target and an actual its columns leave undated (``目標値 |
    実績値``): a year's pair, which its bracket dates (not 総人口（令和7年） over a 現状値 column,
    whose bracket names the target's year)."""
    return any(v.period is None for v in d.targets) and any(v.period is None for v in d.actuals)


def _joined(rows: list[Draft]) -> Draft:
    """One draft of an indicator's year rows: the first row's, named without the bracket, each
    row's undated values dated by its bracket, the status the last row prints."""
    head = rows[0]
    said = _split(head)
    assert said is not None
    d = replace(head, targets=[], actuals=[], warnings=list(head.warnings))
    printed = _CLOSING_BRACKET.fullmatch(normalize_text(head.indicator or ""))
    d.indicator = printed.group("name") if printed is not None else said[0]

    def bracket_year(row: Draft) -> tuple[Period | None, Period | None]:
        split = _split(row)
        assert split is not None
        year = _year_of(split[1])
        return year, year

    return _merged(d, rows, bracket_year)


def _merged(
    d: Draft, rows: list[Draft], years: Callable[[Draft], tuple[Period | None, Period | None]]
) -> Draft:
    """``d`` (the first row's draft, its lists emptied) with each row's values in turn, those
    undated dated by ``years`` of their row (its targets' period, then its other values'), the
    first baseline, the status the last row prints and every row's warnings once."""
    for row in rows:
        target_year, year = years(row)

        def dated(v: ValueCell, period: Period | None) -> ValueCell:
            return v if v.period is not None else replace(v, period=period)

        d.targets.extend(dated(v, target_year) for v in row.targets)
        d.actuals.extend(dated(v, year) for v in row.actuals)
        if row.baseline is not None and d.baseline is None:
            d.baseline = dated(row.baseline, year)
        if row.status is not None:
            d.status, d.status_meaning = row.status, row.status_meaning
        d.warnings.extend(w for w in row.warnings if w not in d.warnings)
    return d


#: A band row's title that is a period alone, the day its figures stand on in a bracket after
#: it (``令和5年度（令和6年3月31日現在）``, ``令和6年度``).
_PERIOD_BAND = regex.compile(
    r"(?P<when>[^()（）]{2,12}?)\s*(?:[(（]\s*(?P<day>[^()（）]{4,16}?)\s*(?:現在|時点)\s*[)）])?"
)


def _band_period(title: str) -> Period | None:
    """The period a band row's title names alone, on its bracket's day, or with its other name
    (上峰: ``【2022年度（令和4年度）】``); None for any other title (a heading with words of its
    own, a day in another fiscal year)."""
    norm = normalize_text(title)
    body = enclosed(norm) or norm
    m = _PERIOD_BAND.fullmatch(body)
    year = _year_of(m.group("when")) if m is not None else None
    if m is None or year is None or year.fiscal_year is None:
        glossed = glossed_year(body)
        if glossed is None or glossed.fiscal_year is None:
            return None
        return replace(glossed, raw=norm)
    if m.group("day"):
        day = find_period(m.group("day"))
        if day is None or day.month is None or day.fiscal_year != year.fiscal_year:
            return None
        year = replace(year, year=day.year, month=day.month)
    return replace(year, raw=normalize_text(title))


def joined_period_bands(drafts: list[Draft]) -> list[Draft]:
    """One table's drafts with the blocks under its period bands joined (see the module's
    docstring): only where every draft stands under such a band, two bands or more, each block
    names the same indicators in the same order, and no value prints a period of its own."""
    bands = [_band_period(d.section[-1]) if d.section else None for d in drafts]
    if not drafts or any(b is None for b in bands):
        return drafts
    blocks: list[list[Draft]] = []
    for d, before in zip(drafts, [None, *drafts[:-1]], strict=True):
        if before is None or d.section != before.section:
            blocks.append([])
        blocks[-1].append(d)
    names = [[d.indicator for d in block] for block in blocks]
    if len(blocks) < _MIN_ROWS or any(n != names[0] for n in names):
        return drafts
    dated = [v for d in drafts for v in (d.baseline, *d.targets, *d.actuals) if v is not None]
    if any(v.period is not None for v in dated):
        return drafts

    def band_years(row: Draft) -> tuple[Period | None, Period | None]:
        # (a target is the whole year's: the band's day dates what was measured by then)
        band = _band_period(row.section[-1])
        return (replace(band, year=None, month=None) if band is not None else None), band

    return [
        _merged(
            replace(head, section=head.section[:-1], targets=[], actuals=[], warnings=[]),
            [block[k] for block in blocks],
            band_years,
        )
        for k, head in enumerate(blocks[0])
    ]


__all__ = ["joined_period_bands", "joined_year_rows"]
