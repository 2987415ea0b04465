"""The five seed documents, cell by cell: hand-checked expectations and a walk over every cell."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex

from jpkpi import ParseError, find_period, parse_period, parse_quantity, parse_target_statement
from tests.conftest import SEEDS, load_jsonl

QUANTITIES = load_jsonl("seed_quantities.jsonl")
PERIODS = load_jsonl("seed_periods.jsonl")
TARGETS = load_jsonl("seed_targets.jsonl")

# What a person reads as a quantity: an optional qualifier and sign, a number, a short unit.
LOOKS_LIKE_QUANTITY = regex.compile(
    r"^(?:延べ|約)?\s*[△▲\-－±]?\s*[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\s*[^\s0-9０-９。、.．]{0,8}$"
)
LOOKS_LIKE_MISSING = {"-", "—", "－", "未計測", "未設定", "なし"}
LOOKS_LIKE_PARTS = regex.compile(r"^(?:\p{Han}{1,3}[0-9.]+\p{Han}+\s*){2,}$")


def _seed_lines(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").splitlines()


def _cell(row: dict) -> str:
    line = _seed_lines(row["seed"])[row["line"] - 1]
    return line.split("\t")[row["col"]] if row["col"] is not None else line


def _row_id(row: dict) -> str:
    return f"{row['seed'][:3]}:{row['line']}:{row.get('col')}:{row.get('raw') or row.get('text')}"


def test_fixtures_cover_every_seed() -> None:
    seeds = {row["seed"] for row in QUANTITIES}
    assert seeds == {p.name for p in SEEDS.glob("*.txt")}
    assert len(QUANTITIES) >= 100


@pytest.mark.parametrize("row", QUANTITIES, ids=_row_id)
def test_hand_checked_quantity(row: dict) -> None:
    cell = _cell(row)
    assert row["raw"] in cell  # the fixture points at the real cell
    q = parse_quantity(row["raw"], default_unit=row["default_unit"])
    expected = None if row["value"] is None else Decimal(row["value"])
    assert q.value == expected
    assert q.unit == row["unit"]
    assert sorted(q.flags) == row["flags"]
    assert [(p.label, p.value, p.unit) for p in q.parts] == [
        (p["label"], Decimal(p["value"]), p["unit"]) for p in row["parts"]
    ]


@pytest.mark.parametrize("row", PERIODS, ids=_row_id)
def test_hand_checked_period(row: dict) -> None:
    assert row["period_text"] in row["raw"]
    p = parse_period(row["period_text"])
    assert (p.fiscal_year, p.year, p.month) == (row["fiscal_year"], row["year"], row["month"])
    found = find_period(row["raw"])
    assert found is not None
    assert (found.fiscal_year, found.year, found.month) == (
        row["fiscal_year"],
        row["year"],
        row["month"],
    )


# Rows of seed 001 whose 基準値 prints a bare number; the row's other values are in 億円.
_ROW_UNITS = {523: "億円", 524: "億円", 525: "億円"}


def _amount(d: dict | None) -> tuple[Decimal, str | None] | None:
    return None if d is None else (Decimal(d["value"]), d["unit"])


@pytest.mark.parametrize("row", TARGETS, ids=_row_id)
def test_hand_checked_target_statement(row: dict) -> None:
    assert row["text"] in _seed_lines(row["seed"])[row["line"] - 1]
    words_only = parse_target_statement(row["text"])
    assert words_only is not None
    assert words_only.direction == row["direction_words"]
    baseline = None
    if row["baseline"] is not None:
        try:
            baseline = parse_quantity(row["baseline"], default_unit=_ROW_UNITS.get(row["line"]))
        except ParseError:
            baseline = None
    t = parse_target_statement(row["text"], baseline=baseline)
    assert t is not None
    assert t.horizon_years == row["horizon_years"]
    assert t.direction == row["direction"]
    got_goal = None if t.goal is None else (t.goal.value, t.goal.unit)
    got_change = None if t.change is None else (t.change.value, t.change.unit)
    assert got_goal == _amount(row["goal"])
    assert got_change == _amount(row["change"])
    assert t.cumulative == row["cumulative"]


def _all_cells() -> list[tuple[str, int, str]]:
    """Every TAB-separated cell of the seeds, and every whitespace-separated token of 003."""
    cells = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            pieces = (
                line.split("\t")
                if "\t" in line or not path.name.startswith("003")
                else (regex.split(r"[\s\u3000]+", line))
            )
            cells.extend((path.name, line_no, c.strip()) for c in pieces if c.strip())
    return cells


def _reads_as_quantity(cell: str) -> bool:
    if regex.search("年度|年月", cell):
        return False  # 2024年度末 is a period
    return bool(
        LOOKS_LIKE_QUANTITY.match(cell)
        or cell in LOOKS_LIKE_MISSING
        or LOOKS_LIKE_PARTS.match(cell)
    )


def test_every_seed_cell_that_reads_as_a_quantity_parses() -> None:
    failures = []
    checked = 0
    for name, line_no, cell in _all_cells():
        if not _reads_as_quantity(cell):
            continue
        checked += 1
        try:
            q = parse_quantity(cell)
        except ParseError as e:
            failures.append(f"{name}:{line_no}: {e}")
            continue
        assert q.value is not None or q.flags or q.parts, (name, line_no, cell)
    assert failures == []
    assert checked >= 1000  # the walk really covers the seeds (about 1,050 cells)
