"""Tables ruled by horizontal lines only: rows from the rules, columns from text alignment.

Many tables have no vertical rules. Rows are the bands between stacked horizontal rules; columns
are the gaps that (almost) every row leaves free of text; a rule that stops short of a column
leaves the cells on both sides of it merged (a 事業名 over several rows); a heading centred over
several columns spans them.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from jpkpi.sources.pdf import Char
from jpkpi.tables.lattice import Box, Edge, GridCell


@dataclass(frozen=True)
class HRuleSettings:
    """Tolerances of the horizontal-rules method, each with its default."""

    #: Fewest stacked rules that make a table.
    min_rules: int = 3
    #: Rules whose extents overlap by at least this share of the shorter one are stacked.
    min_overlap: float = 0.5
    #: The widest gap (points) between two stacked rules.
    max_row_height: float = 250.0
    #: A column gap must be at least this wide (points).
    min_gap: float = 2.5
    #: A gap may be crossed by text in at most this share of rows (a heading over two columns).
    gap_crossing: float = 0.15
    #: Rule ends this close (points) count as reaching a boundary.
    tolerance: float = 2.0


DEFAULT_HRULES = HRuleSettings()


def stacked_rules(
    horizontal: Sequence[Edge], settings: HRuleSettings = DEFAULT_HRULES
) -> list[list[Edge]]:
    """Groups of horizontal rules stacked on each other (each group one table's rules)."""
    groups: list[list[Edge]] = []
    for edge in sorted(horizontal, key=lambda e: e.pos):
        for group in groups:
            last = group[-1]
            if edge.pos - last.pos <= 0.5:  # a second rule at the last one's height (a rule
                # under another heading of the same header row): it stacks on the level above
                above = [e for e in group if e.pos < last.pos - 0.5]
                if not above:
                    continue
                last = above[-1]
            overlap = min(last.end, edge.end) - max(last.start, edge.start)
            shorter = min(last.end - last.start, edge.end - edge.start)
            if (
                0 < edge.pos - last.pos <= settings.max_row_height
                and shorter > 0
                and overlap >= settings.min_overlap * shorter
            ):
                group.append(edge)
                break
        else:
            groups.append([edge])
    groups = [_trimmed(g) for g in groups]
    return [g for g in groups if len({round(e.pos) for e in g}) >= settings.min_rules]


def _trimmed(group: list[Edge]) -> list[Edge]:
    """A stack of rules without the short ones at its top and bottom: a box drawn beside a
    title (``資料4``) stacks with the table's rules but rules no row of it; a rule inside the
    stack may be short (it stops at a merged cell) and is kept."""
    width = max(e.end for e in group) - min(e.start for e in group)
    ys = sorted({round(e.pos, 1) for e in group})

    def full(y: float) -> bool:
        return sum(e.end - e.start for e in group if abs(e.pos - y) <= 0.1) >= 0.5 * width

    while len(ys) > 2 and not full(ys[0]):
        ys.pop(0)
    while len(ys) > 2 and not full(ys[-1]):
        ys.pop()
    return [e for e in group if ys[0] - 0.1 <= e.pos <= ys[-1] + 0.1]


def text_runs(chars: Sequence[Char], min_gap: float) -> list[tuple[float, float]]:
    """Stretches of text along a band: characters closer than ``min_gap`` run together."""
    runs: list[list[float]] = []
    for c in sorted(chars, key=lambda c: c.x0):
        if runs and c.x0 - runs[-1][1] < min_gap:
            runs[-1][1] = max(runs[-1][1], c.x1)
        else:
            runs.append([c.x0, c.x1])
    return [(a, b) for a, b in runs]


def _in_band(chars: Sequence[Char], top: float, bottom: float) -> list[Char]:
    return [c for c in chars if top <= c.cy <= bottom]


def column_separators(
    chars: Sequence[Char],
    rows: Sequence[tuple[float, float]],
    x0: float,
    x1: float,
    settings: HRuleSettings = DEFAULT_HRULES,
) -> list[float]:
    """x positions between columns: the middles of gaps that nearly every row leaves free."""
    step = 0.5
    width = int((x1 - x0) / step) + 1
    crossing = [0] * width
    rows_with_text = 0
    for top, bottom in rows:
        runs = text_runs(_in_band(chars, top, bottom), settings.min_gap)
        if not runs:
            continue
        rows_with_text += 1
        covered = [False] * width
        for a, b in runs:
            for x in range(
                max(0, math.ceil((a - x0) / step)), min(width, math.floor((b - x0) / step) + 1)
            ):
                covered[x] = True
        for x in range(width):
            crossing[x] += covered[x]
    limit = settings.gap_crossing * rows_with_text
    separators = []
    start = None
    for x in range(width + 1):
        free = x < width and crossing[x] <= limit
        if free and start is None:
            start = x
        elif not free and start is not None:
            if (x - start) * step >= settings.min_gap and start > 0 and x < width:
                separators.append(x0 + (start + x) / 2 * step)
            start = None
    return separators


def first_body_band(
    chars: Sequence[Char],
    bands: Sequence[tuple[float, float]],
    settings: HRuleSettings = DEFAULT_HRULES,
) -> int:
    """The first band that holds a number (the rows above it are headings)."""
    for i, (top, bottom) in enumerate(bands):
        if any(c.text.isdigit() for c in _in_band(chars, top, bottom)):
            run_text = [c for c in _in_band(chars, top, bottom) if c.text.isdigit()]
            if run_text:
                return i
    return 0


def _full_width(rules: Sequence[Edge], y: float, x0: float, x1: float, tol: float) -> bool:
    return any(abs(e.pos - y) <= tol and e.start - tol <= x0 and e.end + tol >= x1 for e in rules)


def split_at_headings(
    rules: Sequence[Edge], chars: Sequence[Char], settings: HRuleSettings = DEFAULT_HRULES
) -> list[list[Edge]]:
    """Stacked rules of two tables with a heading between them, split there: the heading's band
    lies between two full-width rules and holds one text that crosses the columns."""
    ys = sorted({round(e.pos, 1) for e in rules})
    x0, x1 = min(e.start for e in rules), max(e.end for e in rules)
    bands = list(itertools.pairwise(ys))
    separators = column_separators(chars, bands, x0, x1, settings)
    tol = settings.tolerance
    for top, bottom in bands:
        runs = text_runs(_in_band(chars, top, bottom), settings.min_gap)
        if len(runs) != 1 or not any(runs[0][0] < s < runs[0][1] for s in separators):
            continue
        if _full_width(rules, top, x0, x1, tol) and _full_width(rules, bottom, x0, x1, tol):
            above = [e for e in rules if e.pos <= top + tol]
            below = [e for e in rules if e.pos >= bottom - tol]
            groups = []
            for part in (above, below):
                if len({round(e.pos) for e in part}) >= settings.min_rules:
                    groups.extend(split_at_headings(part, chars, settings))
            return groups
    return [list(rules)]


def _rule_covers(
    rules: Sequence[Edge], y: float, a: float, b: float, tol: float, share: float = 0.6
) -> bool:
    """Whether rules at ``y`` run under most of the column from ``a`` to ``b`` (column bounds
    come from text gaps, so a rule may start a little inside them)."""
    covered = sum(max(0.0, min(e.end, b) - max(e.start, a)) for e in rules if abs(e.pos - y) <= tol)
    return covered >= share * (b - a)


def rules_to_grid(
    rules: Sequence[Edge], chars: Sequence[Char], settings: HRuleSettings = DEFAULT_HRULES
) -> tuple[list[GridCell], list[Char]]:
    """The cells of a table ruled by horizontal lines only, and the characters inside it."""
    ys = sorted({round(e.pos, 1) for e in rules})
    x0, x1 = min(e.start for e in rules), max(e.end for e in rules)
    inside = [c for c in chars if x0 <= c.cx <= x1 and ys[0] <= c.cy <= ys[-1]]
    bands = list(itertools.pairwise(ys))
    body = first_body_band(inside, bands, settings)
    # Columns from the body's rows: headings centred over several columns would hide the gaps.
    sample = bands[body:] if len(bands) - body >= 2 else bands
    separators = column_separators(inside, sample, x0, x1, settings)
    separators += rule_ends(rules, separators, inside, sample, settings)
    xs = [x0, *sorted(separators), x1]
    tol = settings.tolerance
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    spans: dict[tuple[int, int], list[int]] = {}
    for r, (top, _bottom) in enumerate(bands):
        for c, (a, b) in enumerate(itertools.pairwise(xs)):
            if r > 0 and not _rule_covers(rules, top, a, b, tol) and (r - 1, c) in owner:
                start = owner[(r - 1, c)]
                spans[start][0] += 1  # no rule above: the cell above runs on
                owner[(r, c)] = start
            else:
                owner[(r, c)] = (r, c)
                spans[(r, c)] = [1, 1]
    for r, (top, bottom) in enumerate(bands[:body]):  # only headings span columns
        for a, b in text_runs(_in_band(inside, top, bottom), settings.min_gap):
            crossed = [c for c in range(len(xs) - 1) if xs[c] < b and xs[c + 1] > a]
            if len(crossed) > 1 and all(spans.get((r, c)) == [1, 1] for c in crossed):
                spans[(r, crossed[0])] = [1, len(crossed)]  # one text across columns: one cell
                for c in crossed[1:]:
                    del spans[(r, c)]
    cells = []
    for (r, c), (rowspan, colspan) in sorted(spans.items()):
        box = Box(xs[c], bands[r][0], xs[c + colspan], bands[r + rowspan - 1][1])
        cells.append(GridCell(box, r, c, rowspan, colspan))
    if not looks_tabular(cells, inside, len(xs) - 1, body):
        return [], inside
    return centred_headings(cells, inside), inside


def rule_ends(
    rules: Sequence[Edge],
    separators: Sequence[float],
    chars: Sequence[Char],
    bands: Sequence[tuple[float, float]],
    settings: HRuleSettings = DEFAULT_HRULES,
) -> list[float]:
    """Column edges drawn by rules that stop inside the table: a rule under a heading that
    spans some columns (``重要業績評価指標 (KPI)`` over its name and value columns), or one
    that stops short of a merged column, ends where a column does. An end counts where no
    found separator already stands in the same gap and the body's text does not cross it (a
    character over it in at most ``gap_crossing`` of the bands): names that fill their column
    to its edge leave too narrow a gap for ``column_separators``."""
    tol = settings.tolerance
    x0, x1 = min(e.start for e in rules), max(e.end for e in rules)
    ends = sorted({round(x, 1) for e in rules for x in (e.start, e.end) if x0 + tol < x < x1 - tol})
    in_bands = [_in_band(chars, top, bottom) for top, bottom in bands]
    centres = sorted(c.cx for band in in_bands for c in band)
    found: list[float] = []
    for x in ends:
        known = [*separators, *found]
        if any(
            bisect.bisect_left(centres, max(x, s)) == bisect.bisect_right(centres, min(x, s))
            for s in known
        ):
            continue  # the same gap as a separator found from the text (no text between)
        crossed = sum(any(c.x0 + 0.5 < x < c.x1 - 0.5 for c in band) for band in in_bands)
        if crossed <= settings.gap_crossing * max(1, sum(1 for b in in_bands if b)):
            found.append(x)
    return found


def looks_tabular(
    cells: Sequence[GridCell], chars: Sequence[Char], n_cols: int, header_rows: int = 0
) -> bool:
    """Whether a grid read from rules and gaps is a table, not underlined form fields: most
    columns hold text in two rows or more, and two rows or more hold text in two columns.

    A table's last page may leave most columns blank (the goal columns of bands continued
    from the page before): a header of ``header_rows`` rows that heads three columns or more,
    over two body rows that hold text in the same two columns or more, is a table too."""
    filled = [(c.row, c.col) for c in cells if any(c.box.contains(ch.cx, ch.cy) for ch in chars)]
    if n_cols < 2:
        return False
    rows_per_col = [len({r for r, c in filled if c == col}) for col in range(n_cols)]
    cols_per_row: dict[int, int] = {}
    for r, _ in filled:
        cols_per_row[r] = cols_per_row.get(r, 0) + 1
    rows_of_two = sum(n >= 2 for n in cols_per_row.values()) >= 2
    if sum(n >= 2 for n in rows_per_col) >= 0.6 * n_cols:
        return rows_of_two
    headed = {c for r, c in filled if r < header_rows}
    body_cols = [{c for r, c in filled if r == row} for row in {r for r, _ in filled}
                 if row >= header_rows]  # fmt: skip
    rows_by_col = Counter(c for cols in body_cols if len(cols) >= 2 for c in cols)
    shared = {c for c, n in rows_by_col.items() if n >= 2}
    return len(headed) >= 3 and len(shared & headed) >= 2


def centred_headings(cells: list[GridCell], chars: Sequence[Char]) -> list[GridCell]:
    """A heading whose text sits centred over empty neighbours on both sides spans them, when
    the row below has cells there (``実績値`` over ``R4年度 | R5年度 | R6年度``)."""
    by_pos = {(c.row, c.col): c for c in cells}
    has_text = {(c.row, c.col) for c in cells if any(c.box.contains(ch.cx, ch.cy) for ch in chars)}
    out = list(cells)
    claimed: set[tuple[int, int]] = set()
    for cell in cells:
        key = (cell.row, cell.col)
        if key not in has_text or cell.rowspan > 1 or key in claimed:
            continue
        k = 0
        while True:
            left, right = (cell.row, cell.col - k - 1), (cell.row, cell.col + k + 1)
            below_l, below_r = (cell.row + 1, left[1]), (cell.row + 1, right[1])
            if not all(
                p in by_pos and p not in has_text and p not in claimed for p in (left, right)
            ):
                break
            if below_l not in has_text or below_r not in has_text:
                break
            k += 1
        if k:
            first, last = by_pos[(cell.row, cell.col - k)], by_pos[(cell.row, cell.col + k)]
            for j in range(cell.col - k, cell.col + k + 1):
                claimed.add((cell.row, j))
                out.remove(by_pos[(cell.row, j)])
            box = Box(first.box.x0, cell.box.top, last.box.x1, cell.box.bottom)
            out.append(GridCell(box, cell.row, cell.col - k, 1, 2 * k + 1))
    return sorted(out, key=lambda c: (c.row, c.col))
