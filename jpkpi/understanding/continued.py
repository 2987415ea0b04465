"""A table continued below itself: a wide grid printed in two bands, one record an indicator.

A sheet too wide for its page prints its first columns in one grid and the rest in a second
grid below (芦別: `基準値 | R2実績 … R4実績`, then a note, then `R5目標 | R5実績 | 達成状況 |
最終目標`), each band repeating the labels and names. The two bands are one table: the rows
of the second give their values to the rows of the first. The evidence: the two tables are
read one after the other under the same headings, list the same names with the same labels in
the same order (two at least), no value of the second falls on a period and list the first
already fills, and the second's columns are of another shape than the band before it (the
same table printed again for another year has the same). A third band joins under the same
test. A workbook may split one table over two sheets instead (大和郡山: names and targets on
one, the same names and their actuals on the next): the same test, but for the headings, each
sheet's own. Records of one indicator in two different tables are otherwise kept apart (the
spec), so anything less than that evidence joins nothing.
"""

from __future__ import annotations

from collections.abc import Set
from itertools import groupby

import regex

from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.drafts import Draft, ValueCell

#: Fewest rows two bands must share to be read as one table.
MIN_SHARED_ROWS = 2
#: A caption that says its table continues the one before (``表１（続き）``, ``（つづき）``).
_CONTINUED = regex.compile(
    r"[(（]\s*(?:続き?|つづき)\s*[)）]|^(?:表|図)\s*[0-9０-９一二三四五六七八九十]+\s*(?:の)?\s*続き$"
)


def says_continued(text: str) -> bool:
    """Whether a caption says its table continues the one before (``表１（続き）``)."""
    return _CONTINUED.search(normalize_text(text)) is not None


def join_continued(drafts: list[Draft], captioned: Set[int] = frozenset()) -> list[Draft]:
    """Drafts of a table printed in bands joined into those of the first band (``captioned``:
    the tables whose caption says they continue the one before, 表１（続き）)."""
    tables = [list(rows) for _, rows in groupby(drafts, key=lambda d: d.table)]
    out: list[Draft] = []
    first: list[Draft] | None = None  # the first band, the others joined into it
    last: list[Draft] | None = None  # the band read last, as printed
    for rows in tables:
        if first is not None and last is not None and _continues(first, last, rows, captioned):
            joined = JOINED_CAPTIONED if rows[0].table in captioned else JOINED
            for kept, more in zip(first, rows, strict=True):
                _join(kept, more, joined)
            last = rows  # a third band continues the second, under the same test
            continue
        if first is not None and _continues_on_sheet(first, rows):
            said = JOINED_SHEET.format(sheet=_sheet(rows[0]))
            for kept, more in zip(first, rows, strict=True):
                _join(kept, more, said)
            continue
        out.extend(rows)
        first = last = rows
    return out


def _key(d: Draft) -> tuple[str, str, str]:
    return (
        normalize_text(d.indicator or ""),
        normalize_text(d.label or ""),
        normalize_text(d.unit or ""),
    )


def _continues(
    first: list[Draft], last: list[Draft], more: list[Draft], captioned: Set[int]
) -> bool:
    """Whether a table's drafts continue those of the band read before (``last``) and so of
    the first band, under the same headings (or the outer ones of the first's): the same names,
    labels and units in the same order (a band that prints no units takes the first's), no list
    of a period
    filled twice, and columns of another shape (a table printed twice for two years, R4目標 |
    R4実績 then R5目標 | R5実績, is two tables, whose bands would have the same shape)."""
    # (柳川: a band captioned 表１（続き） may print no units, and its caption is no heading of
    # the first band's 表1 …; a band without that caption must repeat units and headings alike,
    # as a （参考） table of the same names would not)
    told = more[0].table in captioned
    if not _same_rows(first, more, units=not told):
        return False
    if _shape(last) == _shape(more):
        return False
    return all(
        (a.section == b.section or (told and _outer(a.section, b.section)))
        and a.program == b.program
        and (not b.unit or _key(b)[2] == _key(a)[2])
        and not _overlap(a, b)
        for a, b in zip(first, more, strict=True)
    )


def _outer(first: list[str], more: list[str]) -> bool:
    """Whether a continued band's headings, its own 続き caption left out, are the first band's
    or the outer ones of them (the first's caption, 表1 …, heads only the first)."""
    if more and says_continued(more[-1]):
        more = more[:-1]
    return first[: len(more)] == more


def _same_rows(first: list[Draft], more: list[Draft], units: bool) -> bool:
    """Whether two tables' drafts are the same rows: two at least, each of a table row, with
    the same names and labels (and ``units``, the same units) in the same order, and no name
    twice (a name twice in one table: its rows are no list of indicators)."""
    width = 3 if units else 2
    if len(first) != len(more) or len(first) < MIN_SHARED_ROWS:
        return False
    if any(not d.indicator or d.row is None for d in first + more):
        return False  # (a draft of no table row: prose, a form's lines)
    if [_key(d)[:width] for d in first] != [_key(d)[:width] for d in more]:
        return False
    return len({_key(d)[0] for d in first}) == len(first)


def _sheet(d: Draft) -> str | None:
    return d.indicator_where.sheet if d.indicator_where is not None else None


def _continues_on_sheet(first: list[Draft], more: list[Draft]) -> bool:
    """Whether a table on another sheet of the workbook continues the first table of the
    sheets before it (大和郡山: ``KPI一覧`` with No., names, units, baselines and targets, then
    ``実績`` with the same No. and names and their actuals alone): the same names and labels in
    the same order (the second may leave the units out), none twice, the second's lists none the
    first fills, and no period filled twice. Each sheet's own heading may differ (the sheet's
    title says what the sheet adds)."""
    if not _same_rows(first, more, units=False):  # (the second sheet may print no units)
        return False
    if any(_sheet(d) is None for d in first + more):
        return False
    if _sheet(first[0]) == _sheet(more[0]) or len({_sheet(d) for d in more}) != 1:
        return False
    return all(
        (not b.unit or b.unit == a.unit)
        and (b.program is None or b.program == a.program)
        and not _overlap(a, b)
        and _lists(a).isdisjoint(_lists(b))
        for a, b in zip(first, more, strict=True)
    )


def _lists(d: Draft) -> set[str]:
    """The lists a draft fills (baseline, targets, actuals)."""
    return {
        name
        for name, filled in (
            ("baseline", d.baseline is not None),
            ("targets", bool(d.targets)),
            ("actuals", bool(d.actuals)),
        )
        if filled
    }


def _shape(band: list[Draft]) -> tuple[tuple[bool, int, int], ...]:
    """What lists a band's rows fill: a baseline or not, how many targets, how many actuals."""
    return tuple((d.baseline is not None, len(d.targets), len(d.actuals)) for d in band)


def _periods(cells: list[ValueCell]) -> set[tuple[int | None, int | None, int | None]]:
    return {
        (c.period.fiscal_year, c.period.year, c.period.month) for c in cells if c.period is not None
    }


def _overlap(a: Draft, b: Draft) -> bool:
    """Whether two drafts fill the same list for the same period (then they are two readings,
    not one row printed in two bands); a value without a period is no evidence of either."""
    if a.baseline is not None and b.baseline is not None:
        return True
    if any(c.period is None for c in a.targets + a.actuals + b.targets + b.actuals):
        return True
    return bool(
        _periods(a.targets) & _periods(b.targets) or _periods(a.actuals) & _periods(b.actuals)
    )


#: What a joined record says: its values come from two tables read as one.
JOINED = (
    "read with the row of the same name, label and unit in the table below it, as one table "
    "printed in bands"
)


#: What a record joined from a band its caption says continues the table above says.
JOINED_CAPTIONED = (
    "read with the row of the same name and label in the table below it, whose caption says it "
    "continues this one, as one table printed in bands"
)


#: What a record joined from two sheets says (``{sheet}``: the second sheet's name).
JOINED_SHEET = (
    "read with the row of the same name and label on sheet {sheet!r}, as one table split over "
    "two sheets"
)


def _join(first: Draft, more: Draft, said: str) -> None:
    """The second band's row given to the first's, with a warning that says so."""
    first.baseline = first.baseline or more.baseline
    first.targets.extend(more.targets)
    first.actuals.extend(more.actuals)
    first.target_texts.extend(more.target_texts)
    first.superseded.extend(more.superseded)
    first.comments.extend(more.comments)
    first.status = more.status or first.status
    first.status_meaning = more.status_meaning or first.status_meaning
    first.warnings.extend(w for w in more.warnings if w not in first.warnings)
    if said not in first.warnings:
        first.warnings.append(said)
