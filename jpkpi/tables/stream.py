"""Tables with no rules at all: consecutive lines whose words line up in the same columns.

Each text line outside ruled tables is split at wide gaps into runs; a stretch of at least
``min_rows`` lines that each have ``min_columns`` runs or more, whose runs start (or end, for
right-aligned numbers) at shared positions, is a table: one row per line, columns where the
runs line up. A cell that wraps onto a second line is not recovered (it reads as a row of its
own); ruled tables do not have that limit.
"""

from __future__ import annotations

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
    return found


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
