"""Tables with no rules at all: consecutive lines whose words line up in the same columns.

Each text line outside ruled tables is split at wide gaps into runs; a stretch of at least
``min_rows`` lines that each have ``min_columns`` runs or more, whose runs start (or end, for
right-aligned numbers) at shared positions, is a table: one row per line, columns where the
runs line up. A cell that wraps onto a second line is not recovered (it reads as a row of its
own); ruled tables do not have that limit.

Two more shapes are read: a header line right above such a stretch whose words stand too close
to split at gaps (``Baseline FY2020 Target FY2025``) is cut where its gaps meet the columns'
edges; and a stretch of label | value pairs (two runs a line, both columns starting at shared
positions, the labels ragged at their ends, unlike two columns of running text).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from jpkpi.sources.pdf import Char
from jpkpi.tables.lattice import Box, GridCell


@dataclass(frozen=True)
class StreamSettings:
    """Tolerances of the rule-less method, each with its default."""

    min_rows: int = 3
    min_columns: int = 3
    #: A gap wider than this share of the size separates two runs (two cells).
    run_gap: float = 1.5
    #: Runs whose edges lie this close (points) are in one column.
    align_tolerance: float = 6.0
    #: Share of a line's runs that must sit on the stretch's columns.
    aligned_share: float = 0.8
    #: Two lines are in one stretch when the gap between them is at most this many times the
    #: size (for label | value pairs, which have no third column to vouch for them).
    max_line_gap: float = 1.5
    #: Label | value pairs: the labels' right ends spread over at least this many times the
    #: size (two columns of running text end their lines together).
    ragged_labels: float = 3.0


DEFAULT_STREAM = StreamSettings()


def split_runs(line: Sequence[Char], settings: StreamSettings = DEFAULT_STREAM) -> list[list[Char]]:
    """A line's characters split where a gap is wider than ``run_gap`` times the size."""
    runs: list[list[Char]] = []
    for c in sorted(line, key=lambda c: c.x0):
        if runs and c.x0 - runs[-1][-1].x1 <= settings.run_gap * c.size:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _columns(lines: Sequence[list[list[Char]]], tol: float) -> list[tuple[float, float]]:
    """Column extents: runs of all lines clustered by overlap (with tolerance)."""
    spans = sorted((run[0].x0, run[-1].x1) for runs in lines for run in runs)
    columns: list[list[float]] = []
    for a, b in spans:
        if columns and a <= columns[-1][1] + tol:
            columns[-1][1] = max(columns[-1][1], b)
        else:
            columns.append([a, b])
    return [(a, b) for a, b in columns]


def _aligned(runs: list[list[Char]], columns: list[tuple[float, float]], tol: float) -> bool:
    """Whether each run falls inside one column (none straddles two)."""
    for run in runs:
        a, b = run[0].x0, run[-1].x1
        if not any(ca - tol <= a and b <= cb + tol for ca, cb in columns):
            return False
    return True


def lines_to_stream_tables(
    lines: Sequence[list[Char]], settings: StreamSettings = DEFAULT_STREAM
) -> list[tuple[int, int, list[GridCell]]]:
    """Stretches of lines (first, end index) that form rule-less tables, with their cells."""
    split = [split_runs(line, settings) for line in lines]
    found = []
    i = 0
    while i < len(split):
        if len(split[i]) < settings.min_columns:
            i += 1
            continue
        j = i
        while j < len(split) and len(split[j]) >= 2:
            j += 1
        stretch = split[i:j]
        if len(stretch) >= settings.min_rows:
            columns = _columns(stretch, settings.align_tolerance)
            wide = [r for r in stretch if len(r) >= settings.min_columns]
            steady = len(wide) >= settings.aligned_share * len(stretch)
            aligned = all(_aligned(r, columns, settings.align_tolerance) for r in stretch)
            if len(columns) >= settings.min_columns and steady and aligned:
                found.append((i, j, _cells(stretch, columns)))
                i = j
                continue
        i = max(i + 1, j)
    found.extend(_label_value_pairs(lines, split, found, settings))
    found = [_with_header(lines, split, table, found, settings) for table in found]
    return sorted(found, key=lambda t: t[0])


def _close(upper: Sequence[Char], lower: Sequence[Char], settings: StreamSettings) -> bool:
    """Whether ``lower`` is the line right under ``upper`` (no blank line between)."""
    size = max(c.size for c in (*upper, *lower))
    gap = min(c.top for c in lower) - max(c.bottom for c in upper)
    return gap <= settings.max_line_gap * size


def _label_value_pairs(
    lines: Sequence[list[Char]],
    split: Sequence[list[list[Char]]],
    taken: Sequence[tuple[int, int, list[GridCell]]],
    settings: StreamSettings,
) -> list[tuple[int, int, list[GridCell]]]:
    """Stretches of at least ``min_rows`` close lines of exactly two runs whose labels start at
    one position and whose values start (or end) at one position, labels ragged at the end."""
    used = {k for first, end, _ in taken for k in range(first, end)}
    tol = settings.align_tolerance
    found = []
    i = 0
    while i < len(split):
        j = i
        while (
            j < len(split)
            and j not in used
            and len(split[j]) == 2
            and (j == i or _close(lines[j - 1], lines[j], settings))
        ):
            j += 1
        stretch = split[i:j]
        if len(stretch) >= settings.min_rows:
            labels = [runs[0] for runs in stretch]
            values = [runs[1] for runs in stretch]
            size = max(c.size for run in labels for c in run)
            ends = [run[-1].x1 for run in labels]
            if (
                _spread([run[0].x0 for run in labels]) <= tol
                and min(
                    _spread([run[0].x0 for run in values]), _spread([run[-1].x1 for run in values])
                )
                <= tol
                and _spread(ends) >= settings.ragged_labels * size
                and _short_labels(labels)
                and max(ends) < min(run[0].x0 for run in values)
            ):
                columns = _columns(stretch, tol)
                if len(columns) == 2:
                    found.append((i, j, _cells(stretch, columns)))
        i = max(i + 1, j)
    return found


def _short_labels(labels: Sequence[list[Char]]) -> bool:
    """Whether most labels are well short of the longest (the lines of running text in a
    column are mostly full, a paragraph's last line aside)."""
    widths = sorted(run[-1].x1 - run[0].x0 for run in labels)
    return widths[(len(widths) - 1) // 2] <= 0.75 * widths[-1]


def _spread(values: Sequence[float]) -> float:
    return max(values) - min(values)


def _with_header(
    lines: Sequence[list[Char]],
    split: Sequence[list[list[Char]]],
    table: tuple[int, int, list[GridCell]],
    found: Sequence[tuple[int, int, list[GridCell]]],
    settings: StreamSettings,
) -> tuple[int, int, list[GridCell]]:
    """The table with the line right above it as its header row, when that line has fewer runs
    than columns but its words fall apart at the columns' edges (see ``header_cuts``)."""
    first, end, cells = table
    above = first - 1
    if above < 0 or any(f <= above < e for f, e, _ in found) or len(split[above]) < 2:
        return table
    if not _close(lines[above], lines[first], settings):
        return table
    n_cols = max(c.col for c in cells) + 1
    columns = [(c.box.x0 + 1, c.box.x1 - 1) for c in cells if c.row == 0]
    if len(split[above]) >= n_cols or len(columns) != n_cols:
        return table
    pieces = header_cuts(lines[above], columns, settings)
    if pieces is None:
        return table
    top = min(c.top for c in lines[above]) - 1
    bottom = max(c.bottom for c in lines[above]) + 1
    head = [
        GridCell(Box(min(ch.x0 for ch in piece) - 1, top, max(ch.x1 for ch in piece) + 1, bottom),
                 0, col, 1, 1)
        for col, piece in enumerate(pieces)
    ]  # fmt: skip
    moved = [GridCell(c.box, c.row + 1, c.col, c.rowspan, c.colspan) for c in cells]
    return above, end, head + moved


def header_cuts(
    line: Sequence[Char], columns: Sequence[tuple[float, float]], settings: StreamSettings
) -> list[list[Char]] | None:
    """A header line's characters split into one piece per column, or None when it does not
    split: between each two columns it must break at a gap that is a run gap (wide) or that
    meets a column's edge (a header over right-aligned numbers ends where they end; over
    left-aligned text it starts where it starts), and every piece must stand over its column
    or the gutter before it."""
    chars = sorted(line, key=lambda c: c.x0)
    gaps = [k for k in range(1, len(chars)) if chars[k].x0 - chars[k - 1].x1 > 0.15 * chars[k].size]
    tol = settings.align_tolerance / 3
    cuts: list[int] = []
    for (_, left_end), (right_start, _) in itertools.pairwise(columns):
        best = None
        for k in gaps:
            a, b = chars[k - 1].x1, chars[k].x0
            if cuts and k <= cuts[-1]:
                continue
            wide = b - a > settings.run_gap * chars[k].size
            edge = abs(a - left_end) <= tol or abs(b - right_start) <= tol
            within = a <= right_start + tol and b >= left_end - tol
            if (wide or edge) and within and (best is None or b - a > best[1]):
                best = (k, b - a)
        if best is None:
            return None
        cuts.append(best[0])
    bounds = [0, *cuts, len(chars)]
    pieces = [chars[a:b] for a, b in itertools.pairwise(bounds)]
    for piece, (_, stop) in zip(pieces, columns, strict=True):
        if not piece or piece[0].x0 > stop + settings.align_tolerance:
            return None
    return pieces


def _cells(
    stretch: Sequence[list[list[Char]]], columns: list[tuple[float, float]]
) -> list[GridCell]:
    cells = []
    for r, runs in enumerate(stretch):
        top = min(c.top for run in runs for c in run)
        bottom = max(c.bottom for run in runs for c in run)
        for c, (a, b) in enumerate(columns):
            cells.append(GridCell(Box(a - 1, top - 1, b + 1, bottom + 1), r, c, 1, 1))
    return cells
