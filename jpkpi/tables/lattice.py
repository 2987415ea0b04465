"""Tables from ruling lines: segments → edges → intersections → cells → tables, spans kept.

The lattice method as pdfplumber writes it, a chain of small pure functions, with one difference
that matters for KPI tables: a merged cell (a box with no inner border) keeps its row and column
span instead of being flattened onto the grid.

Coordinates are top-down points (``top`` grows downwards), as ``jpkpi.sources.pdf`` gives them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jpkpi.sources.pdf import Segment


@dataclass(frozen=True)
class LatticeSettings:
    """Tolerances of the lattice method, in points, each with its default."""

    #: Rules this close to each other in position are one rule.
    snap_tolerance: float = 3.0
    #: Collinear rules with gaps up to this are joined.
    join_tolerance: float = 3.0
    #: A horizontal and a vertical rule that come this close meet.
    intersection_tolerance: float = 3.0
    #: Shorter rules are noise (dots, glyph parts).
    min_edge_length: float = 3.0
    #: A filled rectangle thinner than this is a rule; thicker ones are shading.
    max_line_thickness: float = 3.0
    #: Cells smaller than this on a side are gaps between double rules, not cells.
    min_cell_size: float = 4.0


DEFAULT_LATTICE = LatticeSettings()


@dataclass(frozen=True, slots=True)
class Edge:
    """A horizontal (``h``) or vertical (``v``) rule: its position across, and its extent along."""

    orientation: str
    pos: float
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Box:
    """A cell's box in top-down points."""

    x0: float
    top: float
    x1: float
    bottom: float

    def contains(self, x: float, y: float) -> bool:
        """Whether a point lies inside the box."""
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


def segments_to_edges(
    segments: Iterable[Segment], settings: LatticeSettings = DEFAULT_LATTICE
) -> tuple[list[Edge], list[Edge]]:
    """Thin segments as horizontal and vertical edges (diagonals and blobs are dropped)."""
    horizontal, vertical = [], []
    for s in segments:
        width, height = s.x1 - s.x0, s.bottom - s.top
        if height <= settings.max_line_thickness and width >= settings.min_edge_length:
            horizontal.append(Edge("h", (s.top + s.bottom) / 2, s.x0, s.x1))
        elif width <= settings.max_line_thickness and height >= settings.min_edge_length:
            vertical.append(Edge("v", (s.x0 + s.x1) / 2, s.top, s.bottom))
    return horizontal, vertical


def snap_edges(edges: Sequence[Edge], tolerance: float) -> list[Edge]:
    """Edges whose positions lie within ``tolerance`` of each other share one position."""
    out: list[Edge] = []
    group: list[Edge] = []
    for edge in sorted(edges, key=lambda e: e.pos):
        if group and edge.pos - group[0].pos > tolerance:
            out.extend(_at_mean(group))
            group = []
        group.append(edge)
    out.extend(_at_mean(group))
    return out


def _at_mean(group: list[Edge]) -> list[Edge]:
    if not group:
        return []
    mean = sum(e.pos for e in group) / len(group)
    return [Edge(e.orientation, mean, e.start, e.end) for e in group]


def join_edges(edges: Sequence[Edge], tolerance: float) -> list[Edge]:
    """Collinear edges that overlap or nearly touch become one edge."""
    out: list[Edge] = []
    by_pos: dict[float, list[Edge]] = {}
    for e in edges:
        by_pos.setdefault(e.pos, []).append(e)
    for pos in sorted(by_pos):
        run: Edge | None = None
        for e in sorted(by_pos[pos], key=lambda e: e.start):
            if run is not None and e.start <= run.end + tolerance:
                run = Edge(run.orientation, pos, run.start, max(run.end, e.end))
            else:
                if run is not None:
                    out.append(run)
                run = e
        if run is not None:
            out.append(run)
    return out


def merge_edges(
    horizontal: Sequence[Edge],
    vertical: Sequence[Edge],
    settings: LatticeSettings = DEFAULT_LATTICE,
) -> tuple[list[Edge], list[Edge]]:
    """Snap and join each orientation's edges."""
    h = join_edges(snap_edges(horizontal, settings.snap_tolerance), settings.join_tolerance)
    v = join_edges(snap_edges(vertical, settings.snap_tolerance), settings.join_tolerance)
    return h, v


def edges_to_intersections(
    horizontal: Sequence[Edge],
    vertical: Sequence[Edge],
    settings: LatticeSettings = DEFAULT_LATTICE,
) -> list[tuple[float, float]]:
    """Points where a horizontal and a vertical edge meet (or come within the tolerance)."""
    tol = settings.intersection_tolerance
    points = set()
    for v in vertical:
        for h in horizontal:
            if h.start - tol <= v.pos <= h.end + tol and v.start - tol <= h.pos <= v.end + tol:
                points.add((v.pos, h.pos))
    return sorted(points, key=lambda p: (p[1], p[0]))


def _covered(edges_at: dict[float, list[Edge]], pos: float, a: float, b: float, tol: float) -> bool:
    """Whether a rule at ``pos`` runs from ``a`` to ``b``."""
    return any(e.start - tol <= a and e.end + tol >= b for e in edges_at.get(pos, ()))


def intersections_to_cells(
    points: Sequence[tuple[float, float]],
    horizontal: Sequence[Edge],
    vertical: Sequence[Edge],
    settings: LatticeSettings = DEFAULT_LATTICE,
) -> list[Box]:
    """The smallest ruled box from each intersection down and right: cells, merged ones whole."""
    tol = settings.intersection_tolerance
    h_at: dict[float, list[Edge]] = {}
    v_at: dict[float, list[Edge]] = {}
    for e in horizontal:
        h_at.setdefault(e.pos, []).append(e)
    for e in vertical:
        v_at.setdefault(e.pos, []).append(e)
    point_set = set(points)
    xs_at_y: dict[float, list[float]] = {}
    ys_at_x: dict[float, list[float]] = {}
    for x, y in points:
        xs_at_y.setdefault(y, []).append(x)
        ys_at_x.setdefault(x, []).append(y)
    for lst in (*xs_at_y.values(), *ys_at_x.values()):
        lst.sort()
    cells: list[Box] = []
    for x, y in points:
        right = [x2 for x2 in xs_at_y[y] if x2 > x + settings.min_cell_size]
        below = [y2 for y2 in ys_at_x[x] if y2 > y + settings.min_cell_size]
        found = None
        for y2 in below:
            if not _covered(v_at, x, y, y2, tol):
                break  # the left rule stops: no cell reaches further down from here
            for x2 in right:
                if not _covered(h_at, y, x, x2, tol):
                    break
                if (
                    (x2, y2) in point_set
                    and _covered(v_at, x2, y, y2, tol)
                    and _covered(h_at, y2, x, x2, tol)
                ):
                    found = Box(x, y, x2, y2)
                    break
            if found:
                break
        if found is not None:
            cells.append(found)
    return cells


def cells_to_groups(cells: Sequence[Box], tolerance: float = 1.0) -> list[list[Box]]:
    """Cells that share corners form one table (union-find over corners)."""
    parent = list(range(len(cells)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    corner_owner: dict[tuple[int, int], int] = {}
    for i, c in enumerate(cells):
        for x, y in ((c.x0, c.top), (c.x1, c.top), (c.x0, c.bottom), (c.x1, c.bottom)):
            key = (round(x / tolerance), round(y / tolerance))
            if key in corner_owner:
                a, b = find(i), find(corner_owner[key])
                if a != b:
                    parent[a] = b
            else:
                corner_owner[key] = i
    groups: dict[int, list[Box]] = {}
    for i, c in enumerate(cells):
        groups.setdefault(find(i), []).append(c)
    out = [sorted(g, key=lambda b: (b.top, b.x0)) for g in groups.values()]
    return sorted(out, key=lambda g: (min(b.top for b in g), min(b.x0 for b in g)))


def boundaries(values: Iterable[float], tolerance: float) -> list[float]:
    """Distinct positions, nearby ones merged (the grid lines of a table)."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def grid_index(lines: Sequence[float], value: float, tolerance: float) -> int:
    """The index of the grid line at ``value``."""
    i = bisect.bisect_left(lines, value - tolerance)
    return min(i, len(lines) - 1)


@dataclass(frozen=True, slots=True)
class GridCell:
    """A cell placed on its table's grid: box, row, column, and spans."""

    box: Box
    row: int
    col: int
    rowspan: int
    colspan: int


def group_to_grid(group: Sequence[Box], tolerance: float = 2.0) -> tuple[list[GridCell], int, int]:
    """Place a table's boxes on the grid their edges make; merged boxes get spans."""
    xs = boundaries([b.x0 for b in group] + [b.x1 for b in group], tolerance)
    ys = boundaries([b.top for b in group] + [b.bottom for b in group], tolerance)
    placed = []
    for b in group:
        c0, c1 = grid_index(xs, b.x0, tolerance), grid_index(xs, b.x1, tolerance)
        r0, r1 = grid_index(ys, b.top, tolerance), grid_index(ys, b.bottom, tolerance)
        placed.append(GridCell(b, r0, c0, max(1, r1 - r0), max(1, c1 - c0)))
    return placed, max(1, len(ys) - 1), max(1, len(xs) - 1)
