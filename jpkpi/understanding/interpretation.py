"""An explicit reading of one table: its rows' and columns' roles, scored from evidence.

``interpret_table`` is a pure function of a table, the vocabulary and the document's era. It
looks at what each cell holds first (a quantity, a period, a short label, prose), finds the rows
that hold values and the rows above them that do not (the header), splits tables printed side by
side in one ruled grid, and then lets header words vote together with each column's content and
position. The result is a frozen value that ``jpkpi explain`` prints, that tests assert on, and
that ``understanding.layouts`` maps to drafts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import regex

from jpkpi.primitives.period import Period, find_eraless_period, find_period
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.cells import CellClass, classify, is_value
from jpkpi.understanding.vocabulary import Vocabulary


class Layout(str, Enum):
    """How a region of a table lays out its indicators (or that it holds none)."""

    ROWS = "rows"  # one indicator a row, its values across under period headings
    NAME_ROWS = "name_rows"  # each indicator's name (and unit) on a row of its own above its values
    KEY_VALUE = "key_value"  # form fields: label | value
    MONEY = "money"  # the program's own money (事業費, 決算, 財源): not indicators
    STAFF = "staff"  # staff numbers (執行体制): not indicators
    EVALUATION = "evaluation"  # evaluation words and their reasons
    OTHER = "other"  # nothing the reader can map


#: Header and row-label votes for indicators (words, a kind, 単位, value headings) a region
#: needs before values under periods are read as indicators.
MIN_INDICATOR_EVIDENCE = 5.0
#: Layouts whose regions give records.
RECORD_LAYOUTS = (Layout.ROWS, Layout.NAME_ROWS)
_VALUE_ROLES = ("baseline", "target", "actual")
#: Roles of a form's field labels (事業名, 所属名, No., 根拠法令…).
_FIELD_ROLES = frozenset({"program", "department", "program_no", "field"})
_LABEL_CHARS = 16
_UNITISH = regex.compile(
    r"^[(（]?(?:単位[:：])?\s*(?:[千万億百]?[\p{Han}\p{Katakana}\p{Hiragana}a-zA-Zａ-ｚＡ-Ｚ%％㎡㎘ℓ]{1,4}"
    r"(?:[/／・][千万億百]?[\p{Han}\p{Katakana}a-zA-Zａ-ｚＡ-Ｚ]{1,4})?)[)）]?$"
)


@dataclass(frozen=True)
class CellEvidence:
    """What one cell holds, computed once: its class, the period it names, whether it is short."""

    cls: CellClass
    period: Period | None
    era_assumed: bool
    text: str

    @property
    def value(self) -> bool:
        """A number or a missing-value marker."""
        return is_value(self.cls)

    @property
    def texty(self) -> bool:
        """Words (a name, a label, prose), not a value or a period."""
        return self.cls in (CellClass.TEXT, CellClass.PROSE, CellClass.HEADER, CellClass.LABEL)


@dataclass(frozen=True)
class ColumnReading:
    """One column's role with its score, the runner-up and the reasons for both."""

    index: int
    role: str
    score: float
    runner_up: str | None
    runner_up_score: float
    reasons: tuple[str, ...]
    header: str
    period: Period | None = None
    flags: frozenset[str] = frozenset()
    era_assumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``jpkpi explain --format json``."""
        return {
            "column": self.index,
            "role": self.role,
            "score": round(self.score, 2),
            "runner_up": self.runner_up,
            "runner_up_score": round(self.runner_up_score, 2),
            "reasons": list(self.reasons),
            "header": self.header,
            "period": self.period.to_dict() if self.period else None,
            "flags": sorted(self.flags),
        }


@dataclass(frozen=True)
class RegionReading:
    """A block of columns read as one table (two tables printed side by side are two regions)."""

    first_col: int
    end_col: int
    layout: Layout
    header_rows: tuple[int, ...]
    body_rows: tuple[int, ...]
    columns: tuple[ColumnReading, ...]
    confidence: float
    reasons: tuple[str, ...]
    kind: str | None = None

    def column(self, index: int) -> ColumnReading | None:
        """The reading of the column at that index, if it is in this region."""
        return next((c for c in self.columns if c.index == index), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``jpkpi explain --format json``."""
        return {
            "columns": [self.first_col, self.end_col],
            "layout": self.layout.value,
            "kind": self.kind,
            "header_rows": list(self.header_rows),
            "body_rows": list(self.body_rows),
            "confidence": round(self.confidence, 2),
            "reasons": list(self.reasons),
            "column_roles": [c.to_dict() for c in self.columns],
        }


@dataclass(frozen=True)
class TableInterpretation:
    """The reading of a whole table: each row's role and each region's layout and columns."""

    table: int
    page: int | None
    n_rows: int
    n_cols: int
    row_roles: tuple[str, ...]
    regions: tuple[RegionReading, ...]
    era: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def gives_records(self) -> bool:
        """Whether any region holds indicators."""
        return any(r.layout in RECORD_LAYOUTS for r in self.regions)

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``jpkpi explain --format json``."""
        return {
            "table": self.table,
            "page": self.page,
            "size": [self.n_rows, self.n_cols],
            "era_assumed": self.era,
            "row_roles": list(self.row_roles),
            "regions": [r.to_dict() for r in self.regions],
            "warnings": list(self.warnings),
        }


# --- evidence -------------------------------------------------------------------------------------


def cell_evidence(cell: Cell, era: str | None) -> CellEvidence:
    """What a cell holds; an era-less year (``20年度実績``) is read in the document's era."""
    cls = classify(cell.text)
    period = find_period(cell.text) if not is_value(cls) else None
    assumed = False
    if period is None and era and not is_value(cls):
        period = find_eraless_period(cell.text, era)
        assumed = period is not None
    return CellEvidence(cls, period, assumed, cell.text)


def _row_role(cells: list[Cell], ev: dict[int, CellEvidence], vocabulary: Vocabulary) -> str:
    """A row's role from its own cells: values, header, name, fields, prose or empty."""
    nonempty = [c for c in cells if not c.empty]
    if not nonempty:
        return "empty"
    evs = [ev[id(c)] for c in nonempty]
    values = sum(e.value for e in evs)
    # A period heading is short (``20年度実績``); a period inside a longer text
    # (事業名（令和６年度）) does not make a header row.
    periods = sum(e.period is not None and len(normalize_text(e.text)) <= 16 for e in evs)
    if values:
        return "values"
    if periods >= 2:
        return "header"
    voted = sum(bool(_column_votes(vocabulary, c.text)) for c in nonempty)
    # A label spanning several rows at the left (単位あたりコスト over its unit rows) is the
    # rows' group, not a second cell of this row.
    own = [c for c in nonempty if c.rowspan == 1] if len(nonempty) > 1 else nonempty
    if len(own) == 1 and all(c.col < own[0].col for c in nonempty if c is not own[0]):
        text = normalize_text(own[0].text)
        return "prose" if len(text) > 60 else "name"
    form_labels = sum(bool(set(vocabulary.votes(c.text)) & _FIELD_ROLES) for c in nonempty[0::2])
    if form_labels and _alternates_label_value(nonempty, evs):
        return "fields"
    if voted * 2 >= len(nonempty):
        return "header"
    if _alternates_label_value(nonempty, evs):
        return "fields"
    return "text"


def _alternates_label_value(cells: list[Cell], evs: list[CellEvidence]) -> bool:
    """Label | value pairs: short labels in turn with their contents (a form's fields)."""
    if len(cells) < 2:
        return False
    labels = cells[0::2]
    return all(
        len(normalize_text(c.text).replace(" ", "")) <= 24 and e.cls is not CellClass.PROSE
        for c, e in zip(labels, evs[0::2], strict=True)
    )


def _column_votes(vocabulary: Vocabulary, text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    norm = normalize_text(text).replace(" ", "")
    if len(norm) > 30:
        return {}
    # Words inside 【】 describe a bracketed target, not the column (項目（単位）【数値目標】).
    norm = regex.sub(r"【[^】]*】", "", norm)
    return vocabulary.votes(norm)


# --- the reading ----------------------------------------------------------------------------------


def interpret_table(
    table: Table, vocabulary: Vocabulary | None = None, era: str | None = None, index: int = 0
) -> TableInterpretation:
    """Read a table's structure: row roles, regions, each region's layout and column roles."""
    vocabulary = vocabulary or Vocabulary.default()
    rows = table.rows()
    grid = table.grid()
    ev = {id(c): cell_evidence(c, era) for c in table.cells}
    row_roles = tuple(_row_role(row, ev, vocabulary) for row in rows)
    header_rows = _leading_header_rows(row_roles)
    regions = [
        _read_region(table, grid, ev, row_roles, header_rows, lo, hi, vocabulary)
        for lo, hi in _split_points(table, grid, ev, header_rows, vocabulary)
    ]
    warnings: list[str] = []
    assumed = any(c.era_assumed for r in regions for c in r.columns if r.layout in RECORD_LAYOUTS)
    if assumed:
        warnings.append(f"years printed without their era were read as {era} (the document's era)")
    return TableInterpretation(
        index,
        table.provenance.page if table.provenance.page is not None else _first_page(table),
        table.n_rows,
        table.n_cols,
        row_roles,
        tuple(regions),
        era if assumed else None,
        tuple(warnings),
    )


def _first_page(table: Table) -> int | None:
    return next((c.provenance.page for c in table.cells if c.provenance.page is not None), None)


def _leading_header_rows(row_roles: tuple[str, ...]) -> tuple[int, ...]:
    """The header: rows before the first row of values that are not names or fields of a form."""
    first_values = next((i for i, r in enumerate(row_roles) if r == "values"), None)
    if first_values is None:
        return ()
    out = []
    for i in range(first_values):
        if row_roles[i] in ("header", "name", "text", "fields"):
            out.append(i)
    # A name row right above the first values belongs to the body (name-above-values layout)
    # when a period header stands above it.
    while out and row_roles[out[-1]] == "name" and "header" in row_roles[: out[-1]]:
        out.pop()
    return tuple(out)


def _header_text(
    grid: list[list[Cell | None]], header_rows: tuple[int, ...], col: int
) -> list[Cell]:
    """The distinct header cells above a column, outermost first."""
    seen: set[int] = set()
    out = []
    for r in header_rows:
        cell = grid[r][col]
        if cell is not None and not cell.empty and id(cell) not in seen:
            seen.add(id(cell))
            out.append(cell)
    return out


def _split_points(
    table: Table,
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    header_rows: tuple[int, ...],
    vocabulary: Vocabulary,
) -> list[tuple[int, int]]:
    """Column ranges of tables printed side by side: a second name column with values to its
    left starts a new region (money on the left, indicators on the right)."""
    if not header_rows:
        return [(0, table.n_cols)]
    body = [r for r in range(table.n_rows) if r not in header_rows]
    starts = [0]
    for col in range(1, table.n_cols):
        heads = _header_text(grid, header_rows, col)
        if not heads or heads[0].col != col:
            continue
        votes = _column_votes(vocabulary, heads[0].text)
        if votes.get("indicator", (0.0,))[0] < 3:
            continue
        left = range(starts[-1], col)
        value_cols = [c for c in left if _share(grid, ev, body, c, lambda e: e.value) >= 0.3]
        if value_cols:
            starts.append(col)
    return [(s, e) for s, e in zip(starts, [*starts[1:], table.n_cols], strict=True)]


def _share(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    rows: list[int] | tuple[int, ...],
    col: int,
    test: Any,
) -> float:
    """The share of a column's non-empty cells (each cell counted once) that pass a test."""
    cells = []
    seen: set[int] = set()
    for r in rows:
        cell = grid[r][col]
        if cell is None or cell.empty or id(cell) in seen or cell.col != col:
            continue
        seen.add(id(cell))
        cells.append(cell)
    if not cells:
        return 0.0
    return sum(bool(test(ev[id(c)])) for c in cells) / len(cells)


def _region_votes(
    table: Table, lo: int, hi: int, header_rows: tuple[int, ...], vocabulary: Vocabulary
) -> Counter[str]:
    """What the region's header cells and row labels vote for, summed."""
    votes: Counter[str] = Counter()
    for cell in table.cells:
        if not lo <= cell.col < hi or cell.empty:
            continue
        in_header = cell.row in header_rows
        leftmost = cell.col - lo <= 2
        if not (in_header or leftmost):
            continue
        for role, (weight, _) in _column_votes(vocabulary, cell.text).items():
            if not in_header and role in (*_VALUE_ROLES, "unit", "estimate"):
                continue  # a row named うち基準内繰入金 is not a baseline heading
            votes[role] += weight
    return votes


def _read_region(
    table: Table,
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    row_roles: tuple[str, ...],
    header_rows: tuple[int, ...],
    lo: int,
    hi: int,
    vocabulary: Vocabulary,
) -> RegionReading:
    """One region's layout, body and columns."""
    reasons: list[str] = []
    region_rows = [
        r
        for r in range(table.n_rows)
        if any(c is not None and lo <= c.col < hi and not c.empty for c in grid[r][lo:hi])
    ]
    value_rows = [
        r
        for r in region_rows
        if any(
            c is not None and c.col >= lo and c.row == r and ev[id(c)].value for c in grid[r][lo:hi]
        )
    ]
    votes = _region_votes(table, lo, hi, header_rows, vocabulary)
    kind = max((k for k in votes if k.startswith("kind.")), key=lambda k: votes[k], default=None)
    if not value_rows:
        fields = sum(row_roles[r] == "fields" for r in region_rows)
        layout = Layout.KEY_VALUE if fields else Layout.OTHER
        reasons.append(f"no row holds a value; {fields} rows are label | value fields")
        return RegionReading(lo, hi, layout, (), (), (), 0.9 if fields else 0.5, tuple(reasons))
    heads = tuple(r for r in header_rows if r in region_rows)
    periods = {
        col: next((ev[id(c)] for c in _header_text(grid, heads, col) if ev[id(c)].period), None)
        for col in range(lo, hi)
    }
    period_cols = [c for c, e in periods.items() if e is not None]
    body = _body(table, grid, ev, row_roles, heads, lo, hi, period_cols)
    topic = {k: votes.get(k, 0.0) for k in ("money", "staff", "evaluation")}
    # Evidence of indicators: indicator words, a kind announced, a 単位 heading, and headings
    # that name baseline, target or actual columns.
    topic["indicator"] = (
        votes.get("indicator", 0.0)
        + sum(v for k, v in votes.items() if k.startswith("kind."))
        + 0.5 * votes.get("unit", 0.0)
        + sum(votes.get(k, 0.0) for k in _VALUE_ROLES)
    )
    reasons.append(
        "header and row-label votes: " + ", ".join(f"{k} {v:g}" for k, v in topic.items())
    )
    if topic["indicator"] < max(topic["money"], topic["staff"], topic["evaluation"]):
        layout = max(("money", "staff", "evaluation"), key=lambda k: topic[k])
        return RegionReading(
            lo, hi, Layout(layout), heads, tuple(body), (), 0.7, tuple(reasons), kind
        )
    # Names above values: value rows whose row above holds only a name.
    value_body = [r for r in body if row_roles[r] == "values"]
    pairs = sum(
        k > 0 and row_roles[body[k - 1]] == "name" for k, r in enumerate(body) if r in value_body
    )
    layout = Layout.ROWS
    if pairs and period_cols and pairs * 2 >= len(value_body):
        layout = Layout.NAME_ROWS
        reasons.append(
            f"{pairs} of {len(value_body)} rows of values stand under a row that holds only a "
            f"name, under {len(period_cols)} period columns"
        )
    columns = tuple(
        _read_column(grid, ev, heads, body, col, lo, vocabulary, periods.get(col), layout)
        for col in range(lo, hi)
    )
    if topic["indicator"] < MIN_INDICATOR_EVIDENCE and layout is Layout.ROWS:
        # Values under periods, but nothing says they are indicators (a salary table's rates
        # by year): shown by explain, not read as records.
        reasons.append(
            f"indicator evidence {topic['indicator']:g} is below {MIN_INDICATOR_EVIDENCE}"
        )
        layout = Layout.OTHER
    confidence = _confidence(columns, layout)
    return RegionReading(
        lo, hi, layout, heads, tuple(body), columns, confidence, tuple(reasons), kind
    )


def _body(
    table: Table,
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    row_roles: tuple[str, ...],
    heads: tuple[int, ...],
    lo: int,
    hi: int,
    period_cols: list[int],
) -> list[int]:
    """The body: the run of rows after the header whose value columns hold values or nothing.

    A row whose value columns hold words (an evaluation, a reason) ends it: the rest of the grid
    is a form printed below the table.
    """
    start = max(heads) + 1 if heads else 0
    out = []
    for r in range(start, table.n_rows):
        cells = [c for c in grid[r][lo:hi] if c is not None and c.row == r and not c.empty]
        if not cells:
            continue
        in_values = [c for c in cells if c.col in period_cols or c.col > min(period_cols or [hi])]
        words = [
            c
            for c in in_values
            if ev[id(c)].texty and len(normalize_text(c.text)) > 8 and c.colspan == 1
        ]
        spanning_words = [
            c
            for c in cells
            if ev[id(c)].texty and c.colspan > 1 and c.col < min(period_cols or [lo])
        ]
        no_values = not any(ev[id(c)].value for c in cells)
        if no_values and (words or spanning_words) and row_roles[r] != "name":
            break
        out.append(r)
    return out


def _read_column(
    grid: list[list[Cell | None]],
    ev: dict[int, CellEvidence],
    heads: tuple[int, ...],
    body: list[int],
    col: int,
    lo: int,
    vocabulary: Vocabulary,
    period_ev: CellEvidence | None,
    layout: Layout,
) -> ColumnReading:
    """Score each role for one column from its header words, content and position."""
    header_cells = _header_text(grid, heads, col)
    header = " › ".join(normalize_text(c.text) for c in header_cells)
    scores: Counter[str] = Counter()
    reasons: dict[str, list[str]] = {}

    def vote(role: str, weight: float, why: str) -> None:
        scores[role] += weight
        reasons.setdefault(role, []).append(f"{why} ({weight:+.1f})")

    depth = len(header_cells)
    for k, cell in enumerate(header_cells):
        inner = 1.0 if k == depth - 1 else 0.6  # the innermost header cell weighs most
        for role, (weight, words) in _column_votes(vocabulary, cell.text).items():
            vote(role, weight * inner, f"header word {'/'.join(words)}")
    values = _share(grid, ev, body, col, lambda e: e.value)
    texts = _share(grid, ev, body, col, lambda e: e.texty)
    units = _share(grid, ev, body, col, lambda e: bool(_UNITISH.match(normalize_text(e.text))))
    if values:
        vote("value", 3 * values, f"{values:.0%} of its cells are values")
    if texts and units < 0.8:
        vote("indicator", 2 * texts, f"{texts:.0%} of its cells are words")
    if units and texts:
        vote("unit", 2 * units, f"{units:.0%} of its cells are short unit words")
    if col == lo and texts:
        vote("indicator", 0.5, "it is the region's first column")
    if period_ev is not None:
        vote("value", 2.0, f"its header names a period ({normalize_text(period_ev.text)})")
    # A value column's list: the innermost header word that names one, else a bare period lists
    # actuals; 見込 is an estimate, a target under a 目標 heading that spans it.
    flags: frozenset[str] = frozenset()
    role_of_value = None
    for k, cell in enumerate(reversed(header_cells)):
        v = _column_votes(vocabulary, cell.text)
        named = [r for r in _VALUE_ROLES if r in v]
        if "estimate" in v:
            flags = frozenset({"estimate"})
            if any(
                "target" in _column_votes(vocabulary, c.text) for c in header_cells[: depth - 1 - k]
            ):
                role_of_value = "target"
                break
            if not named:
                role_of_value = "actual"
                break
        if named:
            role_of_value = max(named, key=lambda r: v[r][0])
            break
    if role_of_value is None and period_ev is not None:
        role_of_value = "actual"
        reasons.setdefault("value", []).append("a bare period heading lists actuals")
    if scores.get("value", 0) and role_of_value:
        scores[role_of_value] = scores.pop("value") + scores.get(role_of_value, 0)
        reasons[role_of_value] = reasons.pop("value", []) + reasons.get(role_of_value, [])
    if not values and period_ev is None:
        # A value role needs values under it or a period over it: a heading word alone
        # (事業実績（C）over a column of names) is outvoted by what the column holds.
        for role in _VALUE_ROLES:
            if scores.pop(role, None) is not None:
                reasons.setdefault("ignore", []).append(
                    f"header votes {role} but no value is under it"
                )
    for noise in ("kind.kpi", "kind.goal", "kind.activity", "estimate", "field"):
        scores.pop(noise, None)
    if layout is Layout.NAME_ROWS and col == lo and not values:
        vote("group", 1.0, "a label spanning several name rows")
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] <= 0.5:
        return ColumnReading(col, "ignore", 0.0, None, 0.0, ("nothing votes for a role",), header)
    (role, score), *rest = ranked
    runner, runner_score = rest[0] if rest else (None, 0.0)
    why = tuple(reasons.get(role, []))
    return ColumnReading(
        col,
        role,
        score,
        runner,
        runner_score,
        why,
        header,
        period_ev.period if period_ev and role in _VALUE_ROLES else None,
        flags if role in _VALUE_ROLES else frozenset(),
        bool(period_ev and period_ev.era_assumed),
    )


def _confidence(columns: tuple[ColumnReading, ...], layout: Layout) -> float:
    """How sure the reading is: the margin of each column's role over its runner-up."""
    relevant = [c for c in columns if c.role != "ignore"]
    if not relevant:
        return 0.0
    margins = [(c.score - c.runner_up_score) / c.score if c.score else 0.0 for c in relevant]
    has_name = any(c.role in ("indicator", "group") for c in columns) or layout is Layout.NAME_ROWS
    has_value = any(c.role in _VALUE_ROLES for c in columns)
    base = sum(margins) / len(margins)
    return round(base * (1.0 if has_name and has_value else 0.5), 2)
