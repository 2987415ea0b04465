"""Speed and correctness of jpkpi's primitives on the bundled seeds, next to two anchors.

Run from the repository root after ``pip install '.[bench]'``::

    python benchmarks/bench_primitives.py

It prints plain text to stdout and asserts nothing about timing. The anchors are pynormalizenumexp
(quantities) and japanera (periods); a missing anchor is noted and skipped. ``benchmarks/README.md``
says what each number means and the rules that keep the anchors' scores fair.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench_common import print_machine, print_table, version

import jpkpi

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"

#: Seeds read as TAB-separated cells; every other seed is layout text read token by token.
TABBED_SEEDS = ("000", "001", "002", "004")
#: Timed passes after the warm-up pass; the best one counts.
REPEATS = 5
ANCHOR_REPEATS = 3
#: Wall time an anchor's timed passes over all seed cells may take before a fixed sample is used,
#: and that sample: every ANCHOR_SAMPLE_STEP-th cell.
ANCHOR_BUDGET_S = 20.0
ANCHOR_SAMPLE_STEP = 10
STARTUP_RUNS = 3
STARTUP_TEXT = "4年で43人減少を抑制し1,665人確保"
#: The project's target: parse_quantity at least this many times pynormalizenumexp's rate.
TARGET_SPEEDUP = 100
#: Relative tolerance for an anchor's float against the expected Decimal.
FLOAT_REL_TOL = Decimal("1e-9")
EXAMPLES_PER_KIND = 5
DIGITS = re.compile(r"[0-9０-９]+")
#: Seed-001 rows whose 基準値 prints a bare number in 億円 (as tests/test_seed_cells.py reads them).
TARGET_BASELINE_UNITS = {523: "億円", 524: "億円", 525: "億円"}
#: Spellings of the か所 counter: jpkpi writes か所, pynormalizenumexp writes 箇所.
KASHO_SPELLINGS = frozenset({"か所", "箇所", "ヵ所", "カ所", "ケ所", "ヶ所", "个所"})
#: pynormalizenumexp duration fields and the unit a table cell writes for each.
DURATION_UNITS = {
    "year": "年",
    "month": "か月",
    "day": "日",
    "hour": "時間",
    "minute": "分",
    "second": "秒",
}
#: japanera strptime formats tried in order (after NFKC, whitespace removed), with how the
#: answer is read: "fiscal" = a year-only answer that is a fiscal year (年度, 年度末, bare R7 or
#: 2024, as our spec reads a bare year),
#: "year" = a calendar year alone (令和7年), "month" = year and month (a day is dropped).
JAPANERA_FORMATS: tuple[tuple[str, str], ...] = (
    ("%-K%-y年度末", "fiscal"),
    ("%-h%-y年度末", "fiscal"),
    ("%Y年度末", "fiscal"),
    ("%-K%-y年度", "fiscal"),
    ("%-h%-y年度", "fiscal"),
    ("%Y年度", "fiscal"),
    ("%-K%-y年%m月%d日", "month"),
    ("%-K%-y年%m月末", "month"),
    ("%-K%-y年%m月", "month"),
    ("%-h%-y年%m月%d日", "month"),
    ("%-h%-y年%m月末", "month"),
    ("%-h%-y年%m月", "month"),
    ("%-h%-y.%m.%d", "month"),
    ("%-h%-y.%m末", "month"),
    ("%-h%-y.%m", "month"),
    ("%Y年%m月%d日", "month"),
    ("%Y年%m月末", "month"),
    ("%Y年%m月", "month"),
    ("%Y/%m/%d", "month"),
    ("%Y/%m", "month"),
    ("%-K%-y年", "year"),
    ("%-K%-y", "fiscal"),
    ("%-h%-y", "fiscal"),
    ("%Y", "fiscal"),
)

PeriodTuple = tuple[int | None, int | None, int | None]


@dataclass
class Row:
    """One line of the final table."""

    primitive: str
    inputs: str
    jpkpi_rate: float
    anchor: str = "-"
    anchor_rate: float | None = None
    jpkpi_right: str = "-"
    anchor_right: str = "-"


@dataclass
class Misses:
    """An anchor's wrong answers by kind, with a few examples of each that differ in shape."""

    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    shapes: dict[str, set[str]] = field(default_factory=dict)

    def add(self, kind: str, text: str, example: str) -> None:
        """Count one wrong answer on ``text``; keep ``example`` if its shape is new to ``kind``.

        The shape is the text without its digits, so 3社・団体 and 1社・団体 show once.
        """
        self.counts[kind] = self.counts.get(kind, 0) + 1
        shape = DIGITS.sub("", text)
        seen = self.shapes.setdefault(kind, set())
        shown = self.examples.setdefault(kind, [])
        if shape not in seen and len(shown) < EXAMPLES_PER_KIND:
            seen.add(shape)
            shown.append(example)


# --- inputs -------------------------------------------------------------------------------------


def seed_cells() -> list[str]:
    """Every TAB-separated cell of seeds 000, 001, 002, 004 and every whitespace token of 003."""
    cells: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        tabbed = path.name[:3] in TABBED_SEEDS
        for line in path.read_text(encoding="utf-8").splitlines():
            pieces = line.split("\t") if tabbed else re.split(r"[\s\u3000]+", line)
            cells.extend(c.strip() for c in pieces if c.strip())
    return cells


def load_jsonl(name: str) -> list[dict[str, Any]]:
    """Rows of a JSON Lines fixture in tests/fixtures."""
    with open(FIXTURES / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --- timing -------------------------------------------------------------------------------------


def best_seconds(run: Callable[[], object], repeats: int, warm_up: bool = True) -> float:
    """Best wall time (perf_counter) of ``repeats`` calls of ``run``, after a warm-up call."""
    if warm_up:
        run()
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def rate(
    pass_fn: Callable[[Sequence[Any]], object],
    inputs: Sequence[Any],
    repeats: int,
    warm_up: bool = True,
) -> float:
    """Inputs per second of ``pass_fn`` over ``inputs``, best of ``repeats`` after a warm-up."""
    return len(inputs) / best_seconds(lambda: pass_fn(inputs), repeats, warm_up)


def time_anchor_on_cells(
    primitive: str,
    anchor: str,
    jpkpi_pass: Callable[[Sequence[str]], object],
    anchor_pass: Callable[[Sequence[str]], object],
    cells: Sequence[str],
    all_row: Row,
    notes: list[str],
) -> Row | None:
    """Time an anchor on all seed cells into ``all_row``, or on a fixed sample if over budget.

    The warm-up pass is timed; if the timed passes would take more than ANCHOR_BUDGET_S, both
    libraries are timed on every ANCHOR_SAMPLE_STEP-th cell instead and that row is returned.
    """
    start = time.perf_counter()
    anchor_pass(cells)
    full_pass = time.perf_counter() - start
    if full_pass * ANCHOR_REPEATS <= ANCHOR_BUDGET_S:
        all_row.anchor = anchor
        all_row.anchor_rate = rate(anchor_pass, cells, ANCHOR_REPEATS, warm_up=False)
        return None
    step = ANCHOR_SAMPLE_STEP
    sample = cells[::step]
    all_row.anchor = f"{anchor}: sampled"
    notes.append(
        f"{anchor}: one pass over all {len(cells)} seed cells takes {full_pass:.1f} s, over the"
        f" {ANCHOR_BUDGET_S:.0f} s budget for {ANCHOR_REPEATS} passes, so it is timed on a fixed"
        f" sample, 1 in {step} cells ({len(sample)}); jpkpi is timed on the same sample there."
    )
    return Row(
        primitive,
        f"1 in {step} seed cells ({len(sample)})",
        rate(jpkpi_pass, sample, REPEATS),
        anchor,
        rate(anchor_pass, sample, ANCHOR_REPEATS),
    )


# --- jpkpi passes -------------------------------------------------------------------------------


def quantity_pass(cells: Sequence[str]) -> None:
    """parse_quantity on every cell."""
    parse = jpkpi.parse_quantity
    for c in cells:
        try:  # noqa: SIM105 - contextlib.suppress would add its own cost to the timed loop
            parse(c)
        except jpkpi.ParseError:
            pass


def quantity_fixture_pass(rows: Sequence[tuple[str, str | None]]) -> None:
    """parse_quantity on every (cell, column unit) pair."""
    parse = jpkpi.parse_quantity
    for raw, unit in rows:
        try:  # noqa: SIM105 - contextlib.suppress would add its own cost to the timed loop
            parse(raw, default_unit=unit)
        except jpkpi.ParseError:
            pass


def period_pass(cells: Sequence[str]) -> None:
    """parse_period on every cell."""
    parse = jpkpi.parse_period
    for c in cells:
        try:  # noqa: SIM105 - contextlib.suppress would add its own cost to the timed loop
            parse(c)
        except jpkpi.ParseError:
            pass


def normalize_pass(cells: Sequence[str]) -> None:
    """normalize_text on every cell."""
    normalize = jpkpi.normalize_text
    for c in cells:
        normalize(c)


def target_pass(texts: Sequence[str]) -> None:
    """parse_target_statement on every text."""
    parse = jpkpi.parse_target_statement
    for t in texts:
        try:  # noqa: SIM105 - contextlib.suppress would add its own cost to the timed loop
            parse(t)
        except jpkpi.JpkpiError:
            pass


def target_fixture_pass(rows: Sequence[tuple[str, Any]]) -> None:
    """parse_target_statement on every (text, baseline) pair."""
    parse = jpkpi.parse_target_statement
    for text, baseline in rows:
        parse(text, baseline=baseline)


# --- correctness by our spec --------------------------------------------------------------------


def expected_quantity(row: dict[str, Any]) -> tuple[Decimal | None, str | None]:
    """The fixture's (value, unit)."""
    return (None if row["value"] is None else Decimal(row["value"])), row["unit"]


def jpkpi_quantity_right(row: dict[str, Any], strict: bool) -> bool:
    """jpkpi's value and unit match the fixture (with ``strict``, its flags and parts too)."""
    try:
        q = jpkpi.parse_quantity(row["raw"], default_unit=row["default_unit"])
    except jpkpi.ParseError:
        return False
    if (q.value, q.unit) != expected_quantity(row):
        return False
    if not strict:
        return True
    parts = [(p["label"], Decimal(p["value"]), p["unit"]) for p in row["parts"]]
    return (
        sorted(q.flags) == row["flags"] and [(p.label, p.value, p.unit) for p in q.parts] == parts
    )


def jpkpi_period(text: str) -> PeriodTuple | None:
    """jpkpi's (fiscal_year, year, month) for ``text``, or None if it raises."""
    try:
        p = jpkpi.parse_period(text)
    except jpkpi.ParseError:
        return None
    return p.fiscal_year, p.year, p.month


def expected_period(row: dict[str, Any]) -> PeriodTuple:
    """The fixture's (fiscal_year, year, month)."""
    return row["fiscal_year"], row["year"], row["month"]


def target_baseline(row: dict[str, Any]) -> Any:
    """The row's baseline cell read as a quantity (None when it is not one), as the tests do."""
    if row["baseline"] is None:
        return None
    try:
        return jpkpi.parse_quantity(
            row["baseline"], default_unit=TARGET_BASELINE_UNITS.get(row["line"])
        )
    except jpkpi.ParseError:
        return None


def jpkpi_target_right(row: dict[str, Any]) -> bool:
    """Words-only direction, and with the baseline every field, match the fixture."""
    words_only = jpkpi.parse_target_statement(row["text"])
    t = jpkpi.parse_target_statement(row["text"], baseline=target_baseline(row))
    if words_only is None or t is None or words_only.direction != row["direction_words"]:
        return False

    def amount(d: dict[str, Any] | None) -> tuple[Decimal, str | None] | None:
        """A fixture amount as (Decimal, unit)."""
        return None if d is None else (Decimal(d["value"]), d["unit"])

    got = (
        t.horizon_years,
        t.direction,
        None if t.goal is None else (t.goal.value, t.goal.unit),
        None if t.change is None else (t.change.value, t.change.unit),
        t.cumulative,
    )
    want = (
        row["horizon_years"],
        row["direction"],
        amount(row["goal"]),
        amount(row["change"]),
        row["cumulative"],
    )
    return got == want


def fmt_decimal(value: Decimal | float | None) -> str:
    """A value for an example line: Decimal as is, floats by repr."""
    return "None" if value is None else str(value)


# --- anchor: pynormalizenumexp ------------------------------------------------------------------


def pnn_text(row: dict[str, Any]) -> str:
    """What the anchor reads for a fixture row: the cell, then the column's unit as printed."""
    return row["raw"] + (row["default_unit"] or "")


def pnn_reading(expr: Any) -> tuple[float, str | None] | None:
    """An anchor expression as (value, unit), or None if it is not a quantity.

    A numerical expression with a range (約 gives ±30 %) reads as its midpoint, an open range
    (以上) as its finite bound; a duration with one field (365日) as that field and its unit.
    """
    if expr.type == "numerical":
        lo, hi = expr.value_lower_bound, expr.value_upper_bound
        if lo == hi or not math.isfinite(hi):
            value = lo
        elif not math.isfinite(lo):
            value = hi
        else:
            value = (lo + hi) / 2
        return value, expr.counter or None
    if expr.type == "duration":
        bound = expr.value_lower_bound
        fields = [
            (k, getattr(bound, k)) for k in DURATION_UNITS if math.isfinite(getattr(bound, k))
        ]
        if len(fields) == 1:
            name, value = fields[0]
            return value, DURATION_UNITS[name]
    return None


def same_value(got: float, want: Decimal) -> bool:
    """An anchor float equals the expected Decimal within a 1e-9 relative tolerance."""
    if not math.isfinite(got):
        return False
    return abs(Decimal(repr(got)) - want) <= FLOAT_REL_TOL * abs(want)


def same_unit(got: str | None, want: str | None) -> bool:
    """The anchor's counter is ours, up to width (％ = %) and the か所/箇所 spelling."""
    if got is None or want is None:
        return got == want
    got = jpkpi.normalize_text(got)
    return got == want or (got in KASHO_SPELLINGS and want in KASHO_SPELLINGS)


def judge_pnn(row: dict[str, Any], exprs: list[Any], misses: Misses | None) -> bool:
    """Whether the anchor's expressions for ``row`` are right by our spec; record a miss."""
    want_value, want_unit = expected_quantity(row)
    shown = "[" + ", ".join(f"{e.original_expr!r}:{e.type}" for e in exprs) + "]"
    text = pnn_text(row)
    head = f"{text!r} -> "
    if want_value is None:
        if not exprs:
            return True
        if misses is not None:
            got = "; ".join(
                f"{fmt_decimal(r[0])} {r[1]}" if (r := pnn_reading(e)) else e.type for e in exprs
            )
            misses.add("a value where the cell has none", text, f"{head}{got} (expected no value)")
        return False
    want = f"(expected {want_value} {want_unit})"
    if not exprs:
        if misses is not None:
            misses.add("no expression", text, f"{head}nothing {want}")
        return False
    reading = pnn_reading(exprs[0])
    if reading is None:
        if misses is not None:
            misses.add("not a quantity", text, f"{head}{shown} {want}")
        return False
    value, unit = reading
    ok_value, ok_unit = same_value(value, want_value), same_unit(unit, want_unit)
    if ok_value and ok_unit:
        return True
    if misses is not None:
        if not (ok_value or ok_unit):
            kind = "wrong value and unit"
        else:
            kind = "wrong unit" if ok_value else "wrong value"
        misses.add(kind, text, f"{head}{fmt_decimal(value)} {unit} {want}")
    return False


# --- anchor: japanera ---------------------------------------------------------------------------


def fiscal_year_of(year: int, month: int) -> int:
    """Our spec: months 1-3 belong to the previous fiscal year."""
    return year - 1 if month <= 3 else year


def japanera_reader(era_date: Any, prepare: bool) -> Callable[[str], PeriodTuple | None]:
    """A function reading a period with japanera's EraDate.strptime and our formats.

    With ``prepare`` the text is NFKC-normalized and its whitespace removed first (japanera's %m
    and the era letter R match ASCII only). The first format that matches wins; of the eras that
    fit, the most recent is taken (R4 is also 暦応4).
    """
    strptime = era_date.strptime

    def read(text: str) -> PeriodTuple | None:
        """(fiscal_year, year, month) from japanera's answer, or None if no format matches."""
        if prepare:
            text = "".join(unicodedata.normalize("NFKC", text).split())
        for fmt, kind in JAPANERA_FORMATS:
            try:
                found = strptime(text, fmt)
            except (ValueError, OverflowError):
                continue
            if not found:
                continue
            d = max(found, key=lambda x: x.era.since)
            if kind == "fiscal":
                return d.year, None, None
            if kind == "year":
                return None, d.year, None
            return fiscal_year_of(d.year, d.month), d.year, d.month
        return None

    return read


def fmt_period(p: PeriodTuple | None) -> str:
    """(fiscal_year, year, month) for an example line."""
    return "nothing" if p is None else f"FY{p[0]} {p[1]}-{p[2]}"


# --- start-up cost ------------------------------------------------------------------------------

STARTUP_CODE = """
import json, time
t0 = time.perf_counter()
import jpkpi
t1 = time.perf_counter()
jpkpi.parse_target_statement({text!r})
t2 = time.perf_counter()
jpkpi.parse_target_statement({text!r})
t3 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2]))
"""


def startup_costs() -> list[list[float]]:
    """Per fresh interpreter: seconds to import jpkpi, for the first and the second target call."""
    runs = []
    code = STARTUP_CODE.format(text=STARTUP_TEXT)
    for _ in range(STARTUP_RUNS):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return runs


# --- output -------------------------------------------------------------------------------------


def fmt_rate(r: float | None) -> str:
    """Cells per second with thousands separators."""
    return "-" if r is None else f"{r:,.0f}"


def fmt_ratio(jp: float, anchor: float | None) -> str:
    """jpkpi's rate over the anchor's, e.g. '118x'."""
    if anchor is None:
        return "-"
    ratio = jp / anchor
    return f"{ratio:.1f}x" if ratio < 10 else f"{ratio:,.0f}x"


def fmt_right(right: int, total: int) -> str:
    """'right/total'."""
    return f"{right}/{total}"


def print_results(rows: list[Row]) -> None:
    """The final table, columns padded to their widest cell."""
    header = [
        "primitive",
        "inputs",
        "jpkpi cells/s",
        "anchor",
        "anchor cells/s",
        "speed ratio",
        "jpkpi right",
        "anchor right",
    ]
    body = [
        [
            r.primitive,
            r.inputs,
            fmt_rate(r.jpkpi_rate),
            r.anchor,
            fmt_rate(r.anchor_rate),
            fmt_ratio(r.jpkpi_rate, r.anchor_rate),
            r.jpkpi_right,
            r.anchor_right,
        ]
        for r in rows
    ]
    print_table(header, body, {2, 4, 5, 6, 7})


def print_misses(name: str, misses: Misses, total: int) -> None:
    """An anchor's wrong answers by kind, with examples."""
    wrong = sum(misses.counts.values())
    print(f"{name}: {wrong} of {total} fixture cells wrong by our spec")
    for kind, count in sorted(misses.counts.items(), key=lambda kv: -kv[1]):
        print(f"  {kind} ({count}):")
        for example in misses.examples[kind]:
            print(f"    {example}")


# --- main ---------------------------------------------------------------------------------------


def print_header(cells: list[str], fixtures: dict[str, list[dict[str, Any]]]) -> None:
    """Date, machine, versions, inputs and timing method."""
    print_machine("jpkpi primitives benchmark")
    print(
        f"jpkpi {jpkpi.__version__}, sudachipy {version('sudachipy')},"
        f" sudachidict-core {version('sudachidict-core')},"
        f" pynormalizenumexp {version('pynormalizenumexp')}, japanera {version('japanera')}"
    )
    sizes = ", ".join(f"{len(rows)} {name}" for name, rows in fixtures.items())
    print(
        f"inputs: {len(cells)} seed cells (TAB cells of 000 001 002 004, whitespace tokens of"
        f" 003); fixtures: {sizes}"
    )
    print(
        f"timing: best of {REPEATS} passes (anchors {ANCHOR_REPEATS}) after a warm-up pass,"
        " time.perf_counter, one thread"
    )


def print_startup() -> None:
    """SudachiPy's start-up cost, measured in fresh interpreters."""
    runs = startup_costs()
    best = [min(r[i] for r in runs) * 1000 for i in range(3)]
    print(f"SudachiPy start-up (a fresh `python -c` each run, best of {STARTUP_RUNS}):")
    labels = (
        "import jpkpi",
        "first parse_target_statement (dictionary + tokenizer)",
        "second parse_target_statement",
    )
    for label, ms in zip(labels, best, strict=True):
        print(f"  {label:<55} {ms:8.2f} ms")
    each = "; ".join(" / ".join(f"{x * 1000:.2f}" for x in r) for r in runs)
    print(f"  each run (import / first / second, ms): {each}")


@dataclass
class Section:
    """One primitive's table rows, its anchor's misses (None if skipped) and notes."""

    rows: list[Row]
    misses: Misses | None = None
    notes: list[str] = field(default_factory=list)
    verdict: str = ""


def quantity_section(cells: list[str], fixtures: list[dict[str, Any]]) -> Section:
    """parse_quantity against pynormalizenumexp, and the project's speed target."""
    label = f"quantity fixtures ({len(fixtures)})"
    pairs = [(r["raw"], r["default_unit"]) for r in fixtures]
    right = sum(jpkpi_quantity_right(r, strict=False) for r in fixtures)
    strict = sum(jpkpi_quantity_right(r, strict=True) for r in fixtures)
    all_row = Row(
        "parse_quantity", f"all seed cells ({len(cells)})", rate(quantity_pass, cells, REPEATS)
    )
    fix_row = Row(
        "parse_quantity",
        label,
        rate(quantity_fixture_pass, pairs, REPEATS),
        jpkpi_right=fmt_right(right, len(fixtures)),
    )
    section = Section([all_row, fix_row])
    section.notes.append(
        f"jpkpi quantities are also right on flags and parts: {strict}/{len(fixtures)} (the table"
        " counts value and unit, as for the anchor)."
    )
    try:
        from pynormalizenumexp.normalize_numexp import NormalizeNumexp
    except ImportError:
        section.notes.append("pynormalizenumexp is not installed: its anchor is skipped.")
        section.verdict = "target: not checked (pynormalizenumexp is not installed)"
        return section

    start = time.perf_counter()
    normalize = NormalizeNumexp("ja").normalize
    built_ms = (time.perf_counter() - start) * 1000

    def pnn_pass(texts: Sequence[str]) -> None:
        """The anchor on every text."""
        for t in texts:
            normalize(t)

    sample_row = time_anchor_on_cells(
        "parse_quantity",
        "pynormalizenumexp",
        quantity_pass,
        pnn_pass,
        cells,
        all_row,
        section.notes,
    )
    if sample_row is not None:
        section.rows.insert(1, sample_row)
    fix_row.anchor = "pynormalizenumexp"
    fix_row.anchor_rate = rate(pnn_pass, [pnn_text(r) for r in fixtures], ANCHOR_REPEATS)
    section.misses = Misses()
    anchor_right = sum(judge_pnn(r, normalize(pnn_text(r)), section.misses) for r in fixtures)
    fix_row.anchor_right = fmt_right(anchor_right, len(fixtures))
    bare_right = sum(judge_pnn(r, normalize(r["raw"]), None) for r in fixtures)
    section.notes.append(
        f"pynormalizenumexp: NormalizeNumexp('ja') takes {built_ms:.0f} ms to build (not in the"
        " rates). On fixture rows with a column unit it reads the cell followed by that unit as"
        f" printed ('8,030' + '千円'); given the bare cell instead it is right on {bare_right}/"
        f"{len(fixtures)}."
    )

    speed_row = sample_row or all_row
    speedup = speed_row.jpkpi_rate / (speed_row.anchor_rate or math.inf)
    fix_speedup = fix_row.jpkpi_rate / (fix_row.anchor_rate or math.inf)
    met = speedup >= TARGET_SPEEDUP and right == len(fixtures)
    section.verdict = (
        f"target: parse_quantity >= {TARGET_SPEEDUP}x pynormalizenumexp's cells/s on"
        f" {speed_row.inputs.split(' (')[0]} and right on every fixture cell:"
        f" {'MET' if met else 'NOT MET'} ({speedup:,.0f}x, {right}/{len(fixtures)} right;"
        f" {fix_speedup:,.0f}x on the fixture cells alone)"
    )
    return section


def period_section(cells: list[str], fixtures: list[dict[str, Any]]) -> Section:
    """parse_period against japanera."""
    texts = [r["period_text"] for r in fixtures]
    right = sum(jpkpi_period(t) == expected_period(r) for t, r in zip(texts, fixtures, strict=True))
    all_row = Row(
        "parse_period", f"all seed cells ({len(cells)})", rate(period_pass, cells, REPEATS)
    )
    fix_row = Row(
        "parse_period",
        f"period fixtures ({len(fixtures)})",
        rate(period_pass, texts, REPEATS),
        jpkpi_right=fmt_right(right, len(fixtures)),
    )
    section = Section([all_row, fix_row])
    try:
        from japanera import EraDate
    except ImportError:
        section.notes.append("japanera is not installed: its anchor is skipped.")
        return section

    read = japanera_reader(EraDate, prepare=True)

    def japanera_pass(texts: Sequence[str]) -> None:
        """The anchor on every text."""
        for t in texts:
            read(t)

    sample_row = time_anchor_on_cells(
        "parse_period", "japanera", period_pass, japanera_pass, cells, all_row, section.notes
    )
    if sample_row is not None:
        section.rows.insert(1, sample_row)
    fix_row.anchor = "japanera"
    fix_row.anchor_rate = rate(japanera_pass, texts, ANCHOR_REPEATS)
    section.misses = Misses()
    anchor_right = 0
    for text, row in zip(texts, fixtures, strict=True):
        got, want = read(text), expected_period(row)
        if got == want:
            anchor_right += 1
            continue
        if got is None:
            kind = "no format matches"
        elif got[0] == want[0]:
            kind = "right fiscal year, wrong year/month"
        else:
            kind = "wrong fiscal year"
        section.misses.add(
            kind, text, f"{text!r} -> {fmt_period(got)} (expected {fmt_period(want)})"
        )
    fix_row.anchor_right = fmt_right(anchor_right, len(fixtures))
    read_raw = japanera_reader(EraDate, prepare=False)
    raw_right = sum(read_raw(t) == expected_period(r) for t, r in zip(texts, fixtures, strict=True))
    section.notes.append(
        f"japanera: {len(JAPANERA_FORMATS)} strptime formats tried in order after NFKC and"
        f" whitespace removal; without that preparation it is right on {raw_right}/"
        f"{len(fixtures)}."
    )
    return section


def text_and_target_rows(cells: list[str], fixtures: list[dict[str, Any]]) -> list[Row]:
    """normalize_text and parse_target_statement, which have no anchor."""
    texts = [r["text"] for r in fixtures] + cells
    pairs = [(r["text"], target_baseline(r)) for r in fixtures]
    right = sum(jpkpi_target_right(r) for r in fixtures)
    return [
        Row(
            "normalize_text", f"all seed cells ({len(cells)})", rate(normalize_pass, cells, REPEATS)
        ),
        Row(
            "parse_target_statement",
            f"target texts + all cells ({len(texts)})",
            rate(target_pass, texts, REPEATS),
        ),
        Row(
            "parse_target_statement",
            f"target fixtures ({len(fixtures)})",
            rate(target_fixture_pass, pairs, REPEATS),
            jpkpi_right=fmt_right(right, len(fixtures)),
        ),
    ]


def main() -> None:
    """Run every measurement and print the report."""
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="japanera")
    cells = seed_cells()
    fixtures = {
        "quantities": load_jsonl("seed_quantities.jsonl"),
        "periods": load_jsonl("seed_periods.jsonl"),
        "targets": load_jsonl("seed_targets.jsonl"),
    }
    print_header(cells, fixtures)
    print()
    print_startup()
    print()

    quantities = quantity_section(cells, fixtures["quantities"])
    periods = period_section(cells, fixtures["periods"])
    print_results(
        [*quantities.rows, *periods.rows, *text_and_target_rows(cells, fixtures["targets"])]
    )
    print()
    print(quantities.verdict)
    print()
    print("notes:")
    for note in quantities.notes + periods.notes:
        print(f"- {note}")
    print()
    print("anchor answers that are wrong by our spec (fixtures):")
    shown = False
    for name, section, total in (
        ("pynormalizenumexp", quantities, len(fixtures["quantities"])),
        ("japanera", periods, len(fixtures["periods"])),
    ):
        if section.misses is not None:
            print_misses(name, section.misses, total)
            shown = True
    if not shown:
        print("  (no anchor installed)")


if __name__ == "__main__":
    main()
