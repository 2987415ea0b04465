"""Row repair: align a row's cells to the header's columns by what they hold.

Extractions drop or add empty cells, so a row may sit left or right of its header, often as a
whole. The alignment keeps the cells' order, prefers columns whose role fits each cell's content
and whose other cells look alike, and charges for moving the row and, more, for moving cells
apart from each other. An alignment that moved anything is a guess, and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jpkpi.primitives.period import find_period
from jpkpi.tables.model import Provenance
from jpkpi.understanding.cells import CellClass, status_sentence
from jpkpi.understanding.columns import Column
from jpkpi.understanding.vocabulary import Role, reference_word, row_kind


@dataclass(frozen=True)
class AlignSettings:
    """Weights of the alignment, each with its default."""

    #: Cost per column the row as a whole moves.
    row_shift: float = 0.1
    #: Cost per column two neighbouring cells move apart (or together).
    cell_shift: float = 0.45
    #: Bonus when a cell looks like its column's other cells (``・`` bullets, ``ア`` labels).
    shape_match: float = 0.5
    #: Cost of leaving a value cell unplaced; text cells cost less (notes, stray words).
    drop_value: float = 0.8
    drop_text: float = 0.25
    #: A cell is tried in columns at most this far from where it sits.
    band: int = 12
    #: Weight of how often the document fills a value column (tables with the same header);
    #: a row's values go where the other rows' values are, not into a column nobody fills.
    fill_weight: float = 1.0


DEFAULT_ALIGN = AlignSettings()

_VALUE_ROLES = {Role.BASELINE, Role.TARGET, Role.ACTUAL}
_FIT: dict[Role, dict[CellClass, float]] = {
    Role.INDICATOR: {
        CellClass.TEXT: 1.0,
        CellClass.PROSE: 0.6,
        CellClass.HEADER: 0.3,
        CellClass.STATEMENT: 0.3,
    },
    Role.KPI_LIST: {CellClass.TEXT: 1.0, CellClass.PROSE: 1.0},
    Role.UNIT: {CellClass.TEXT: 0.9, CellClass.HEADER: 0.3},
    Role.BASELINE: {CellClass.QUANTITY: 1.0, CellClass.MISSING: 1.0},
    Role.TARGET: {CellClass.QUANTITY: 1.0, CellClass.MISSING: 1.0, CellClass.STATEMENT: 1.0},
    Role.ACTUAL: {CellClass.QUANTITY: 1.0, CellClass.MISSING: 1.0},
    Role.TARGET_PERIOD: {CellClass.PERIOD: 1.0, CellClass.MISSING: 0.8},
    Role.BASE_YEAR: {CellClass.PERIOD: 1.0, CellClass.MISSING: 0.8},
    Role.STATUS: {CellClass.STATUS: 1.0, CellClass.MISSING: 0.8},
    Role.TYPE: {CellClass.TYPE: 1.0},
    Role.PROGRAM: {
        CellClass.TEXT: 1.0,
        CellClass.PROSE: 1.0,
        CellClass.DEPARTMENT: 0.8,
        CellClass.DESCRIPTION: 1.0,
        # a program's name holds the words of a heading (観光振興事業: 事業)
        CellClass.HEADER: 0.6,
    },
    Role.SUMMARY: {CellClass.TEXT: 0.8, CellClass.PROSE: 1.0, CellClass.DESCRIPTION: 1.0},
    Role.SECTION: {CellClass.TEXT: 1.0},
    Role.IGNORE: {CellClass.TEXT: 0.5, CellClass.PROSE: 0.5, CellClass.HEADER: 0.2},
}


#: How well a year a list's word names (``基準（H31）``) fits a column of years.
_LISTED_YEAR_FIT = 0.8


@dataclass(frozen=True)
class RowCell:
    """A non-empty cell of a data row: where it sits, its text, class and shape."""

    pos: int
    text: str
    cls: CellClass
    shape: str | None = None
    #: The cell (or cells, joined) the text came from.
    where: Provenance | None = None


@dataclass(frozen=True)
class Alignment:
    """Where each cell went (None: left unplaced) and whether anything moved."""

    columns: tuple[int | None, ...]
    moved: bool


#: The flag of a column of numbers computed from the row's own values (a change between two
#: years, a ratio): ignored, yet holding numbers.
DERIVED = "derived"
#: How well a number fits such a column.
_DERIVED_FIT = 0.5
#: The flag of such a column that its heading's words took for a judgement (達成率, 達成度): a
#: ratio, whose ― says none could be computed.
RATIO = "ratio"


def fit(
    cell: RowCell,
    column: Column | None,
    shapes: dict[int, str],
    fill: dict[int, float] | None = None,
    settings: AlignSettings = DEFAULT_ALIGN,
) -> float | None:
    """How well a cell fits a column (None: it cannot go there)."""
    if column is None or column.role is None:
        return (
            0.05 if cell.cls in (CellClass.TEXT, CellClass.PROSE, CellClass.DESCRIPTION) else None
        )
    if column.role is Role.STATUS and status_sentence(cell.text) is not None:
        return 1.0  # 目標値を達成しました。 over its reasons: the row's printed status
    if column.role is Role.KIND:
        # 種類 | 活動 / 成果: only a word that names a row's kind goes there, or 参考, which
        # marks a row given for reference (小海)
        return 1.0 if row_kind(cell.text) is not None or reference_word(cell.text) else None
    if column.role is Role.IGNORE and DERIVED in column.flags:
        if cell.cls is CellClass.QUANTITY:
            return _DERIVED_FIT  # H21→R元（ポイント） over +7.4: computed from the row's values
        if cell.cls is CellClass.MISSING and RATIO in column.flags:
            # 達成度 over ― where no ratio could be computed (笠間): as a status column's ―
            return _FIT[Role.STATUS][CellClass.MISSING]
        if cell.cls is CellClass.MISSING:
            return _DERIVED_FIT  # 進捗率 over ― (宇部): nothing to compute it from
    if (
        column.role in (Role.TARGET_PERIOD, Role.BASE_YEAR)
        and cell.cls is CellClass.HEADER
        and find_period(cell.text) is not None
    ):
        return _LISTED_YEAR_FIT  # 基準（H31） over a block's rows (吉富): a list's year
    score = _FIT.get(column.role, {}).get(cell.cls)
    if score is None:
        return None
    shape = shapes.get(column.index)
    if shape is not None and cell.cls in (CellClass.TEXT, CellClass.PROSE):
        score += settings.shape_match if cell.shape == shape else -settings.shape_match
    if fill and column.role in _VALUE_ROLES and column.index in fill:
        score += settings.fill_weight * (fill[column.index] - 0.5)
    return score


def align_row(
    cells: Sequence[RowCell],
    columns: Sequence[Column | None],
    shapes: dict[int, str],
    fill: dict[int, float] | None = None,
    settings: AlignSettings = DEFAULT_ALIGN,
    covered: frozenset[int] = frozenset(),
) -> Alignment:
    """The best order-keeping assignment of cells to columns (dynamic programming).

    A cell is only tried in columns within ``settings.band`` of where it sits, so the work
    grows with the row's length, not with the square of the table's width. No cell goes into a
    ``covered`` column: a cell merged down from a row above fills it here.
    """
    n = len(columns)
    if not cells:
        return Alignment((), False)
    # A state is (cell i, column j or UNPLACED); it keeps its score, the previous state's
    # column, and the column and position of the last cell actually placed.
    unplaced = -1
    states: list[dict[int, tuple[float, int | None, int | None, int | None]]] = []
    for i, cell in enumerate(cells):
        drop = (
            settings.drop_value
            # (a target statement, 2万人キープ, is a value too: not dropped for a number beside it)
            if cell.cls in (CellClass.QUANTITY, CellClass.MISSING, CellClass.STATEMENT)
            else settings.drop_text
        )
        lo, hi = max(0, cell.pos - settings.band), min(n, cell.pos + settings.band + 1)
        here: dict[int, tuple[float, int | None, int | None, int | None]] = {}
        for j in [*range(lo, hi), unplaced]:
            if j != unplaced:
                if j in covered:
                    continue
                f = fit(cell, columns[j], shapes, fill, settings)
                if f is None:
                    continue
                gain = f
            else:
                gain = -drop
            if i == 0:
                cost = settings.row_shift * abs(j - cell.pos) if j != unplaced else 0.0
                placed: tuple[int | None, int | None] = (
                    (j, cell.pos) if j != unplaced else (None, None)
                )
                here[j] = (gain - cost, None, *placed)
                continue
            for pj, (prev, _, anchor, anchor_pos) in states[-1].items():
                if j != unplaced and anchor is not None and j <= anchor:
                    continue
                cost = 0.0
                if j != unplaced:
                    if anchor is None or anchor_pos is None:  # both are, or neither is
                        cost = settings.row_shift * abs(j - cell.pos)
                    else:
                        cost = settings.cell_shift * abs((j - cell.pos) - (anchor - anchor_pos))
                score = prev + gain - cost
                if j not in here or score > here[j][0]:
                    placed = (j, cell.pos) if j != unplaced else (anchor, anchor_pos)
                    here[j] = (score, pj, *placed)
        states.append(here)
    chosen: list[int | None] = [None] * len(cells)
    col: int | None = max(states[-1], key=lambda k: states[-1][k][0])
    for i in range(len(cells) - 1, -1, -1):
        assert col is not None
        chosen[i] = None if col == unplaced else col
        col = states[i][col][1]
    moved = any(c is not None and c != cell.pos for c, cell in zip(chosen, cells, strict=True))
    return Alignment(tuple(chosen), moved)
