"""A record in the making: the cells the understanding stage found for one indicator.

Drafts keep raw cell texts and the periods their columns name; the record stage turns them into
exact observations, units, target statements and statuses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from jpkpi.errors import ParseError
from jpkpi.primitives.period import Period
from jpkpi.primitives.quantity import CUMULATIVE_PREFIXES, parse_quantity
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Provenance
from jpkpi.understanding.cells import (
    bracket_flags,
    keyed_by_lists,
    qualified_unit,
    value_and_period,
)
from jpkpi.understanding.programs import Program
from jpkpi.understanding.vocabulary import Kind


@dataclass(slots=True)
class ValueCell:
    """A value cell as read: its text, the period its column names, and the column's header."""

    text: str
    period: Period | None = None
    header: str = ""
    #: Flags the column adds to the cell's own (``estimate`` under a 見込 heading).
    flags: frozenset[str] = frozenset()
    #: The cell the text was read from.
    where: Provenance | None = None
    #: The value's part of ``text`` where the cell prints the indicator's name before it
    #: (``ハーリー船購入費の支援：3隻``: ``3隻``); the record's ``raw`` stays the whole line.
    value_text: str | None = None


@dataclass(slots=True)
class Draft:
    """Everything the understanding stage found for one indicator in one place."""

    line: int | None
    kind: Kind
    section: list[str] = field(default_factory=list)
    program: Program | None = None
    indicator: str | None = None
    label: str | None = None
    unit: str | None = None
    indicator_type: str | None = None
    baseline: ValueCell | None = None
    base_year: str | None = None
    targets: list[ValueCell] = field(default_factory=list)
    target_period: ValueCell | None = None
    actuals: list[ValueCell] = field(default_factory=list)
    target_texts: list[str] = field(default_factory=list)
    #: A word of which way to move its name's 【】 prints (``健康寿命【延伸】``): the statement
    #: where no target text gives one.
    name_direction: str | None = None
    #: A sentence in a row of its own under the indicator that dates its targets (野田:
    #: ``【目標】…のだ塩の生産量を年間13.0t…``), its part about this indicator.
    stated_goal: str | None = None
    #: The cell that prints that sentence.
    stated_goal_where: Provenance | None = None
    status: str | None = None
    #: What the printed status means where a legend defines it (``○目標達成``: ``achieved``).
    status_meaning: str | None = None
    warnings: list[str] = field(default_factory=list)
    page: int | None = None
    #: Row number inside its table, for reconciling merged cells afterwards.
    row: int | None = None
    #: Whether this row printed its program itself (not inherited from a merged cell).
    program_printed: bool = False
    #: Whether the row lies under its program's cell as the source draws or marks it (a ruled
    #: PDF cell's box, HTML rowspan): its program is certain, not one to weigh by content.
    program_spanned: bool = False
    department: str | None = None
    #: Which table of the document the draft came from.
    table: int = 0
    #: Free text a report form's 記述欄 holds for this indicator.
    comments: list[str] = field(default_factory=list)
    #: The cell the indicator's name was read from.
    indicator_where: Provenance | None = None
    #: Values read and set aside on purpose (a target a revision replaced, the counts a rate is
    #: worked out from): no observation, but no value the reading missed either.
    superseded: list[ValueCell] = field(default_factory=list)
    #: The part of a name merged over several rows that this row's breakdown cell gives
    #: (``男性``), written in brackets after the name: no unit, whatever its brackets look like.
    part: str | None = None
    #: A unit a heading over the names states for the rows (上板's ``（単位：人、※印は％）``),
    #: read only where the row's cells print no other.
    stated_unit: str | None = None

    def map_values(self, fn: Callable[[ValueCell], ValueCell]) -> None:
        """Each value cell of the draft (baseline, targets, actuals) replaced by ``fn`` of it."""
        self.baseline = fn(self.baseline) if self.baseline else None
        self.targets = [fn(v) for v in self.targets]
        self.actuals = [fn(v) for v in self.actuals]

    def map_lists(self, words: str, fn: Callable[[ValueCell], ValueCell]) -> None:
        """The value cells of the lists a note's ``words`` name (実績: the actuals, 目標: the
        targets, 基準: the baseline) replaced by ``fn`` of them."""
        if "実績" in words:
            self.actuals = [fn(v) for v in self.actuals]
        if "目標" in words:
            self.targets = [fn(v) for v in self.targets]
        if "基準" in words and self.baseline is not None:
            self.baseline = fn(self.baseline)

    def value_cells(self) -> list[ValueCell]:
        """The draft's value cells, baseline first, then targets and actuals."""
        return [v for v in (self.baseline, *self.targets, *self.actuals) if v is not None]

    def has_values(self) -> bool:
        """Whether any value cell was found."""
        return bool(self.baseline or self.targets or self.actuals or self.target_texts)


def column_value(
    text: str,
    period: Period | None,
    header: str,
    flags: frozenset[str],
    where: Provenance | None,
) -> ValueCell:
    """A value cell under its column (its period, heading and flags); a period printed in the
    cell is its own (``3,823人(平成26年)``), with the flags its words give
    (``609,427人（令和元年見込）``: a forecast)."""
    inside = value_and_period(text)
    if inside is not None and keyed_by_lists(text):
        # (実績 80 目標 100（R7） under 令和4年度: R7 is the target's own, which keyed.py reads;
        # the cell keeps its column's year for the line that prints none, review 47)
        inside = None
    if inside is not None:
        return ValueCell(inside[0], inside[1], header, flags | bracket_flags(inside[1]), where)
    return ValueCell(text, period, header, flags, where)


def units_after(units: Iterable[tuple[int, str]]) -> dict[int, str]:
    """The unit printed in each unit column of a row, by column, where the row's unit cells
    differ (海津: 指標値 | 単位 | 実績値 | 単位 over 3.5 | 万人 | 36,210 | 人; 伊平屋: ``ha``
    three times, then ``％増（対H26）``): each value is read with the one right after it
    (``with_own_unit``); empty where they agree, and the row's one unit stands."""
    after = {col: text for col, text in units if qualified_unit(text)}
    if len({normalize_text(t).replace(" ", "") for t in after.values()}) < 2:
        return {}
    return after


def with_own_unit(vc: ValueCell, unit: str) -> ValueCell:
    """A bare number read with the unit printed right after it, in a row whose unit columns
    differ (海津: 指標値 | 単位 | 実績値 | 単位 over 3.5 | 万人 | 36,210 | 人): the record's unit is
    the first, which is not this value's; a value that prints its own unit, or already names the
    part of its text that is the value, keeps it."""
    if vc.value_text is not None:
        return vc
    try:
        q = parse_quantity(vc.text)
    except ParseError:
        return vc
    if q.unit is not None or q.value is None:
        return vc
    said = normalize_text(unit)
    counted = next((w for w in CUMULATIVE_PREFIXES if said.startswith(w)), "")
    # 延べ人以上 after 2,000: read as 延べ2,000人以上 (how it is counted leads the number)
    return replace(vc, value_text=f"{counted}{normalize_text(vc.text)}{said[len(counted) :]}")


def own_remarks(d: Draft, cells: Iterable[Cell]) -> Iterator[str]:
    """The texts, normalized, of the cells among ``cells`` (a table's cells worth asking) that
    stand on the draft's row and are neither its name nor one of its values: its row's remarks."""
    taken = {id(d.indicator_where)} | {id(v.where) for v in d.value_cells()}
    for cell in cells:
        if cell.row == d.row and id(cell.provenance) not in taken:
            yield normalize_text(cell.text)
