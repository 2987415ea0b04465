"""Values a legend sets apart by their cells' fill (understanding/shaded_values.py), on small
grids built cell by cell: a legend of roles, a legend of a status, striped rows, two colours."""

from __future__ import annotations

from jpkpi.primitives.period import Period
from jpkpi.tables.model import Cell, Provenance, Table
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.shaded_values import read_by_look
from jpkpi.understanding.vocabulary import Kind

GRAY, STRIPE = "#bfbfbf", "#d9d9d9"
#: The grid's columns: name, R3, R4, R5 (actuals), then the R6 target.
YEARS = (2021, 2022, 2023)


def _grid(
    rows: list[tuple[str, list[str], str | None, dict[int, str]]],
) -> tuple[Table, list[Draft]]:
    """A table of rows ``(name, [R3, R4, R5, R6 target], name fill, {column: fill})`` and the
    drafts a reader makes of it: R3 … R5 actuals, R6 a target."""
    cells: list[Cell] = []
    drafts: list[Draft] = []
    for r, (name, texts, name_fill, fills) in enumerate(rows):
        name_at = Provenance(line=r + 1, column=0)
        cells.append(Cell(r, 0, name, provenance=name_at, fill=name_fill))
        where = [Provenance(line=r + 1, column=c + 1) for c in range(len(texts))]
        cells.extend(
            Cell(r, c + 1, t, provenance=where[c], fill=fills.get(c + 1))
            for c, t in enumerate(texts)
        )
        actuals = [
            ValueCell(t, Period(y, None, None, f"R{y - 2018}"), "実績", where=w)
            for t, y, w in zip(texts[:3], YEARS, where[:3], strict=True)
        ]
        target = ValueCell(texts[3], Period(2024, None, None, "R6"), "目標", where=where[3])
        drafts.append(
            Draft(
                None,
                Kind.KPI,
                indicator=name,
                indicator_where=name_at,
                actuals=actuals,
                targets=[target],
                row=r,
            )
        )
    return Table(tuple(cells), len(rows), 5), drafts


def _flags(d: Draft) -> list[bool]:
    return ["estimate" in v.flags for v in d.actuals]


def test_a_legend_of_shaded_forecasts_flags_the_shaded_actuals_only() -> None:
    """東金's shape: `※網掛け（灰色）のセルは集計中のため見込値です`, one R5 actual gray: that actual
    is an estimate, no other value, and no record warns."""
    table, drafts = _grid(
        [
            ("観光客数", ["10", "12", "15", "20"], None, {3: GRAY}),
            ("移住者数", ["1", "2", "3", "5"], None, {}),
        ]
    )
    read_by_look(table, drafts, ["※網掛け（灰色）のセルは集計中のため見込値です。"])
    assert _flags(drafts[0]) == [False, False, True] and _flags(drafts[1]) == [False] * 3
    assert not any(d.warnings for d in drafts)


def test_a_legend_of_a_status_gives_shaded_values_no_role() -> None:
    """`※網掛けのセルは目標値を達成した項目です`: the shade marks achievement; 目標値 is the object of
    the sentence, no role of the shaded values: nothing moves, nothing is said."""
    table, drafts = _grid(
        [
            ("観光客数", ["10", "12", "15", "14"], None, {3: GRAY}),
            ("移住者数", ["1", "2", "3", "5"], None, {}),
        ]
    )
    read_by_look(table, drafts, ["※網掛けのセルは目標値を達成した項目です。"])
    assert [len(d.actuals) for d in drafts] == [3, 3] and [len(d.targets) for d in drafts] == [1, 1]
    assert not any(d.warnings for d in drafts)


def test_a_striped_row_is_no_mark_and_says_so() -> None:
    """A row painted whole (its name too) in the stripe colour beside one real mark: the marked
    actual is flagged; the striped row's values stand as read, with a warning."""
    stripe = {c: STRIPE for c in range(1, 5)}
    table, drafts = _grid(
        [
            ("観光客数", ["10", "12", "15", "20"], None, {3: GRAY}),
            ("移住者数", ["1", "2", "3", "5"], STRIPE, stripe),
            ("就農者数", ["4", "5", "6", "8"], None, {}),
        ]
    )
    read_by_look(table, drafts, ["※網掛けのセルは見込値です。"])
    assert _flags(drafts[0]) == [False, False, True]
    assert _flags(drafts[1]) == [False] * 3 and any("網掛け" in w for w in drafts[1].warnings)
    assert not drafts[2].warnings


def test_shades_of_two_colours_are_not_told_apart() -> None:
    """Two value cells shaded in two colours under one legend: which colour it means cannot be
    told, so every record warns and nothing is flagged."""
    table, drafts = _grid(
        [
            ("観光客数", ["10", "12", "15", "20"], None, {3: GRAY}),
            ("移住者数", ["1", "2", "3", "5"], None, {2: STRIPE}),
        ]
    )
    read_by_look(table, drafts, ["※網掛けのセルは見込値です。"])
    assert _flags(drafts[0]) == [False] * 3 and _flags(drafts[1]) == [False] * 3
    assert all(any("網掛け" in w for w in d.warnings) for d in drafts)


def test_a_shaded_target_under_a_legend_of_forecasts_is_no_estimate() -> None:
    """A gray R6 target under `※網掛けのセルは見込値です`: a target is no figure to estimate; it stays
    a target, unflagged, and the record says so."""
    table, drafts = _grid(
        [
            ("観光客数", ["10", "12", "15", "20"], None, {4: GRAY}),
            ("移住者数", ["1", "2", "3", "5"], None, {}),
        ]
    )
    read_by_look(table, drafts, ["※網掛けのセルは見込値です。"])
    assert "estimate" not in drafts[0].targets[0].flags
    assert any("shaded target" in w for w in drafts[0].warnings)


def test_a_legend_with_a_comma_after_its_subject_is_read_too() -> None:
    """`※網掛けの数値は、見込値です。` (and `…見込値であり、…`): a legend like 東金's, the shaded actual
    an estimate."""
    for legend in (
        "※網掛けの数値は、見込値です。",
        "※網掛けの数値は見込値であり、確定値ではありません。",
    ):
        table, drafts = _grid(
            [
                ("観光客数", ["10", "12", "15", "20"], None, {3: GRAY}),
                ("移住者数", ["1", "2", "3", "5"], None, {}),
            ]
        )
        read_by_look(table, drafts, [legend])
        assert _flags(drafts[0]) == [False, False, True], legend


def test_a_sentence_of_a_look_and_a_role_no_legend_reads_is_told() -> None:
    """`※網掛けの箇所については、基準値の算定方法を変更しています。`: shading and 基準値 in one sentence,
    read as no legend: every record says its values were read by their columns."""
    table, drafts = _grid(
        [
            ("観光客数", ["10", "12", "15", "20"], None, {1: GRAY}),
            ("移住者数", ["1", "2", "3", "5"], None, {}),
        ]
    )
    read_by_look(table, drafts, ["※網掛けの箇所については、基準値の算定方法を変更しています。"])
    assert all(any("網掛け" in w for w in d.warnings) for d in drafts)
    assert _flags(drafts[0]) == [False] * 3
