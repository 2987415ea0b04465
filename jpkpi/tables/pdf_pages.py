"""PDF pages to blocks: ruled tables with their cells' text, and the text lines between them.

Text goes to a cell by the cell's box, not by baseline: a merged cell's text is vertically
centred and would otherwise land in the middle row's band. Wrapped lines inside a cell are
joined. A table that runs on over the next page is joined to its start, and the header rows the
page repeats are dropped; a band the page ends inside (no rule below it) keeps its lines on both
pages.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, MutableSequence, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

import regex

from jpkpi.primitives.text import join_lines
from jpkpi.sources.pdf import Char, PdfPage
from jpkpi.tables.hrules import rules_to_grid, split_at_headings, stacked_rules
from jpkpi.tables.lattice import (
    DEFAULT_LATTICE,
    Box,
    Edge,
    GridCell,
    LatticeSettings,
    cells_to_groups,
    edges_to_intersections,
    group_to_grid,
    intersections_to_cells,
    merge_edges,
    segments_to_edges,
)
from jpkpi.tables.model import Block, Cell, CellLine, Provenance, Table, TextLine
from jpkpi.tables.packed import PackedBlocks
from jpkpi.tables.shading import fill_cells, shaded_boxes
from jpkpi.tables.stream import lines_to_stream_tables
from jpkpi.tables.strikes import without_struck_text
from jpkpi.tables.turned import blocks_to_page, char_to_view, split_turned


@dataclass(frozen=True)
class TextSettings:
    """How characters become lines of text, each with its default."""

    #: Characters whose vertical centres differ by less than this share of their size are on
    #: one line.
    line_overlap: float = 0.5
    #: A horizontal gap wider than this share of the size is a space between words.
    space_gap: float = 0.15
    #: …and wider than the line's median gap by this share of the size.
    space_over_usual: float = 0.12
    #: A gap wider than this share of the size splits a line outside tables into two texts.
    split_gap: float = 3.0


DEFAULT_TEXT = TextSettings()
# A number broken across lines by a narrow column (``5,994,61`` / ``6``) joins without a space.
_LETTER_SPACED = regex.compile(r"^(?:\S{1,2} ){2,}\S{1,2}$")


def chars_to_lines(
    chars: Sequence[Char], settings: TextSettings = DEFAULT_TEXT
) -> list[list[Char]]:
    """Characters grouped into lines (top to bottom), each line left to right.

    A character joins the first line whose first character's centre is within
    ``line_overlap`` × the larger size of its own. Lines begin in order of their first
    character's centre, so the lines it may join are found by bisection: those whose first
    centre lies within the largest such distance any line allows (all before are farther)."""
    overlap = settings.line_overlap
    if chars:
        # One line (most cells): every centre within the overlap of the smallest size of every
        # other, so each joins the first line; the general pass below would say the same.
        cys = [c.cy for c in chars]
        low, high, total = min(cys), max(cys), sum(cys)
        if high - low < overlap * min([c.size for c in chars]) and total == total:  # no NaN
            line = sorted(chars, key=_BY_CENTRE)
            line.sort(key=_BY_X0)
            return [line]
    lines: list[list[Char]] = []
    heads: list[list[Char]] = []  # the lines with a centre (not NaN), in the order they began
    starts: list[float] = []  # their first centres, ascending
    largest = 0.0  # the largest size of a line's first character
    for c in sorted(chars, key=_BY_CENTRE):
        cy, size = c.cy, c.size
        if cy != cy:  # no centre: a line of its own (every comparison with it fails)
            lines.append([c])
            continue
        first = bisect_left(starts, cy - overlap * max(largest, size))
        for k in range(first, len(heads)):
            line = heads[k]
            ref = line[0]
            if abs(ref.cy - cy) < overlap * max(ref.size, size):
                line.append(c)
                break
        else:
            line = [c]
            lines.append(line)
            heads.append(line)
            starts.append(cy)
            largest = max(largest, size)
    for line in lines:
        line.sort(key=_BY_X0)
    lines.sort(key=lambda line: min([c.top for c in line]))
    return lines


_BY_CENTRE = attrgetter("cy", "x0")
_BY_X0 = attrgetter("x0")


def line_text(line: Sequence[Char], settings: TextSettings = DEFAULT_TEXT) -> str:
    """A line's text: a space where the gap between two characters is wider than the line's
    usual spacing (letter-spaced text has wide gaps everywhere, and no spaces)."""
    if len(line) < 2:
        return collapse_letter_spacing(line[0].text if line else "")
    # each gap between neighbours and the larger size of the two, in one pass
    raw: list[float] = []
    bigs: list[float] = []
    prev = line[0]
    for c in itertools.islice(line, 1, None):
        raw.append(c.x0 - prev.x1)
        bigs.append(c.size if c.size > prev.size else prev.size)
        prev = c
    gaps = sorted(g / (b if b > 1e-6 else 1e-6) for g, b in zip(raw, bigs, strict=True))
    # the lower median: of two gaps (``1　農業``: one wide, one none) the narrow one is usual
    usual = gaps[(len(gaps) - 1) // 2]
    threshold = max(settings.space_gap, usual + settings.space_over_usual)
    out = [line[0].text]
    for c, gap, big in zip(itertools.islice(line, 1, None), raw, bigs, strict=True):
        if gap > threshold * big:
            out.append(" ")
        out.append(c.text)
    return collapse_letter_spacing("".join(out))


def collapse_letter_spacing(text: str) -> str:
    """Undo letter spacing written as spaces between characters (``2 , 0 5 0`` → ``2,050``)."""
    if not _LETTER_SPACED.match(text):
        return text
    pieces = text.split(" ")
    return "".join(pieces) if sum(len(p) == 1 for p in pieces) * 2 >= len(pieces) else text


def cell_text(chars: Sequence[Char], settings: TextSettings = DEFAULT_TEXT) -> str:
    """The text of a cell from the characters inside its box."""
    return cell_content(chars, settings)[0]


def cell_content(
    chars: Sequence[Char], settings: TextSettings = DEFAULT_TEXT
) -> tuple[str, tuple[CellLine, ...]]:
    """A cell's text and its lines, each with its baseline and extent (understanding decides
    whether two lines are one wrapped name or two rows of a band).

    A cell whose characters are all turned (a heading printed sideways in a narrow column)
    reads in its text's direction; its lines then have no place (their places would be in
    the turned direction, not comparable with the other cells' lines)."""
    if not chars:
        return "", ()
    turns = {c.turn for c in chars}
    turn = turns.pop() if len(turns) == 1 else 0
    if turn:
        chars = [char_to_view(c, turn) for c in chars]
    char_lines = [line for line in chars_to_lines(chars, settings) if line]
    texts = [line_text(line, settings) for line in char_lines]
    kept = [(t, line) for t, line in zip(texts, char_lines, strict=True) if t.strip()]
    merged = unit_after_number(texts)
    if len(merged) != len(texts):  # a unit over its number: one line, at the number's place
        kept = [(merged[0], kept[-1][1])]
    if turn:
        return join_lines(merged), tuple(CellLine(t.strip()) for t, _ in kept)
    lines = tuple(
        CellLine(
            t.strip(),
            round(max([c.bottom for c in line]), 2),
            round(min([c.x0 for c in line]), 2),
            round(max([c.x1 for c in line]), 2),
            round(min([c.top for c in line]), 2),
        )
        for t, line in kept
    )
    return join_lines(merged), lines


_UNIT_LINE = regex.compile(r"^[^\d\s]{1,3}$")
_NUMBER_LINE = regex.compile(r"^[△▲\-－+±]?\s*[0-9０-９]")


def unit_after_number(lines: list[str]) -> list[str]:
    """A cell that prints its unit on a line of its own above the number (``千円`` over
    ``2,050,134``, as Word tables do) reads as the number then the unit."""
    if (
        len(lines) == 2
        and _UNIT_LINE.match(lines[0].strip())
        and _NUMBER_LINE.match(lines[1].strip())
    ):
        return [lines[1].strip() + lines[0].strip()]
    return lines


def page_to_tables(
    page: PdfPage, settings: LatticeSettings = DEFAULT_LATTICE
) -> list[list[GridCell]]:
    """The ruled tables of a page as grids of cells: full grids first, then tables ruled by
    horizontal lines only (columns from text alignment)."""
    h, v = segments_to_edges(page.segments, settings)
    h, v = merge_edges(h, v, settings)
    cells = intersections_to_cells(edges_to_intersections(h, v, settings), h, v, settings)
    grids = [group_to_grid(g)[0] for g in cells_to_groups(cells) if len(g) >= 2]
    grids = [_columns_from_text(g, h, page.chars) for g in grids]
    boxes = [_table_box(g) for g in grids]
    free = [e for e in h if not any(_inside(e, b) for b in boxes)]
    for stack in stacked_rules(free):
        for rules in split_at_headings(stack, page.chars):
            grid, inside = rules_to_grid(rules, page.chars)
            if len(grid) >= 2 and inside:
                grids.append(grid)
    return sorted(grids, key=lambda g: (_table_box(g).top, _table_box(g).x0))


def _columns_from_text(
    grid: list[GridCell], horizontal: Sequence[Edge], chars: Sequence[Char]
) -> list[GridCell]:
    """A ruled grid of one column (a box around rows, no vertical rule inside it) with its
    columns found from the text, as in a table ruled by horizontal lines only; the grid as it
    is when its text does not line up in columns (a framed list, a boxed paragraph)."""
    if max(c.col + c.colspan for c in grid) > 1 or len(grid) < 3:
        return grid
    box = _table_box(grid)
    # the rules between the grid's rows only: rules inside a row (a chart's grid lines) are
    # not the table's
    ys = {round(c.box.top) for c in grid} | {round(box.bottom)}
    rules = [e for e in horizontal if _inside(e, box) and round(e.pos) in ys]
    split, _ = rules_to_grid(rules, chars)
    return split or grid


def _inside(edge: Edge, box: Box, margin: float = 2.0) -> bool:
    """Whether a horizontal rule belongs to an already found table."""
    return (
        box.top - margin <= edge.pos <= box.bottom + margin
        and box.x0 - margin <= edge.start
        and edge.end <= box.x1 + margin
    )


def _area(box: Box) -> float:
    return (box.x1 - box.x0) * (box.bottom - box.top)


def _table_box(cells: Sequence[GridCell]) -> Box:
    return Box(
        min(c.box.x0 for c in cells),
        min(c.box.top for c in cells),
        max(c.box.x1 for c in cells),
        max(c.box.bottom for c in cells),
    )


class CharIndex:
    """A page's character centres sorted once by x and once by y, so the characters inside a
    box are found by bisection (issue 13: testing every character against every box made
    ``grid_to_table`` a fifth of ``jpkpi.parse``'s time; building this for each table of a page
    again was the next tenth of it)."""

    __slots__ = ("by_x", "by_y", "cxs", "cys", "xs", "ys")

    def __init__(self, chars: Sequence[Char]) -> None:
        self.cxs = [c.cx for c in chars]
        self.cys = [c.cy for c in chars]
        cxs, cys = self.cxs, self.cys
        # a NaN centre is in no box and would break the sort, so it is left out of the index
        ordered = [k for k in range(len(chars)) if cxs[k] == cxs[k] and cys[k] == cys[k]]
        self.by_x = sorted(ordered, key=cxs.__getitem__)
        self.by_y = sorted(ordered, key=cys.__getitem__)
        self.xs = [cxs[k] for k in self.by_x]
        self.ys = [cys[k] for k in self.by_y]

    def candidates(self, b: Box) -> list[int]:
        """The characters in the box's column band or in its row band, whichever is fewer: a
        superset of those inside it."""
        x_lo, x_hi = bisect_left(self.xs, b.x0), bisect_right(self.xs, b.x1)
        y_lo, y_hi = bisect_left(self.ys, b.top), bisect_right(self.ys, b.bottom)
        return self.by_x[x_lo:x_hi] if x_hi - x_lo <= y_hi - y_lo else self.by_y[y_lo:y_hi]

    def inside(self, b: Box) -> list[int]:
        """The characters whose centre the box holds (``Box.contains``), in page order."""
        cxs, cys = self.cxs, self.cys
        return sorted(
            k for k in self.candidates(b) if b.x0 <= cxs[k] <= b.x1 and b.top <= cys[k] <= b.bottom
        )


def first_containing_box(
    boxes: Sequence[Box], chars: Sequence[Char], index: CharIndex | None = None
) -> list[int | None]:
    """For each character, the index of the first box that holds its centre (``Box.contains``),
    or None when no box does (``index``: the characters' CharIndex, when already built).

    The same answer as testing every box against every character, in near-linear time: each
    box bisects the index and looks only at the characters of the shorter slice."""
    index = index or CharIndex(chars)
    cxs, cys = index.cxs, index.cys
    owners: list[int | None] = [None] * len(chars)
    for i, b in enumerate(boxes):
        for k in index.candidates(b):
            if owners[k] is None and b.x0 <= cxs[k] <= b.x1 and b.top <= cys[k] <= b.bottom:
                owners[k] = i
    return owners


def grid_to_table(
    cells: Sequence[GridCell],
    chars: Sequence[Char],
    page: int,
    settings: TextSettings = DEFAULT_TEXT,
) -> Table:
    """A table of the model from placed cells, each with the text of the characters in its box."""
    inside: dict[int, list[Char]] = {i: [] for i in range(len(cells))}
    by_area = sorted(range(len(cells)), key=lambda i: _area(cells[i].box))
    # the smallest box that holds it: a cell nested in a larger merged box keeps its text
    owners = first_containing_box([cells[i].box for i in by_area], chars)
    for ch, owner in zip(chars, owners, strict=True):
        if owner is not None:
            inside[by_area[owner]].append(ch)
    n_rows = max(c.row + c.rowspan for c in cells)
    n_cols = max(c.col + c.colspan for c in cells)
    content = {i: cell_content(inside[i], settings) for i in inside}
    out = [
        Cell(
            c.row,
            c.col,
            content[i][0],
            c.rowspan,
            c.colspan,
            Provenance(page=page, bbox=(c.box.x0, c.box.top, c.box.x1, c.box.bottom)),
            lines=content[i][1],
        )
        for i, c in sorted(enumerate(cells), key=lambda ic: (ic[1].row, ic[1].col))
    ]
    box = _table_box(cells)
    return Table(
        tuple(out),
        n_rows,
        n_cols,
        Provenance(page=page, bbox=(box.x0, box.top, box.x1, box.bottom)),
    )


def text_lines(
    chars: Sequence[Char], page: int, settings: TextSettings = DEFAULT_TEXT
) -> list[TextLine]:
    """Characters outside tables as lines of text, split where a wide gap separates two texts."""
    out = []
    for line in chars_to_lines(chars, settings):
        run: list[Char] = []
        for c in line:
            if run and c.x0 - run[-1].x1 > settings.split_gap * c.size:
                out.append(_text_line(run, page, settings))
                run = []
            run.append(c)
        if run:
            out.append(_text_line(run, page, settings))
    return out


def _text_line(run: Sequence[Char], page: int, settings: TextSettings) -> TextLine:
    bbox = (
        min(c.x0 for c in run),
        min(c.top for c in run),
        max(c.x1 for c in run),
        max(c.bottom for c in run),
    )
    return TextLine(line_text(run, settings), Provenance(page=page, bbox=bbox))


class PageBlocks(list[Block]):
    """A page's blocks, top to bottom, and the lines that may continue a band of the page before
    (see ``lead``)."""

    #: The lines right above the page's first ruled table, nearest first: each line's
    #: characters and the text lines it is read as. When the page before ended inside a band,
    #: its rest stands here, above the next table's rules; join_pages reads the lines that sit
    #: in that table's columns as its last row, and keeps the text lines of the others.
    lead: tuple[tuple[tuple[Char, ...], tuple[TextLine, ...]], ...] = ()
    #: The lines right below the page's last ruled table that sit in its columns but print no
    #: value (a band of names whose values are still blank): the table, the lines as its row,
    #: and the text lines they are read as meanwhile. join_pages makes them the table's last
    #: row when the next page's first table continues it (the band ran over the page end).
    tail: tuple[Table, Table, tuple[TextLine, ...]] | None = None


def page_to_blocks(page: PdfPage, settings: LatticeSettings = DEFAULT_LATTICE) -> list[Block]:
    """A page's tables and text lines, top to bottom (a PageBlocks). Where most of its text is
    turned (a landscape table on a portrait page), that part is read in the text's own
    direction and placed back on the page (see ``tables.turned``). Text struck through is no
    part of the page's content (``tables.strikes``)."""
    page = without_struck_text(page)
    turned = split_turned(page)
    if turned is None:
        return _upright_blocks(page, settings)
    turn, view, rest = turned
    blocks = _upright_blocks(rest, settings)
    blocks.extend(blocks_to_page(_upright_blocks(view, settings), turn, page))
    blocks.sort(key=_block_top)
    return blocks


def _upright_blocks(page: PdfPage, settings: LatticeSettings) -> PageBlocks:
    """The blocks of a page read as it stands (text left to right)."""
    grids = page_to_tables(page, settings)
    boxes = [_table_box(g) for g in grids]
    index = CharIndex(page.chars)
    owners = first_containing_box(boxes, page.chars, index)
    outside = [c for c, owner in zip(page.chars, owners, strict=True) if owner is None]
    # each table is given the characters inside its box (a cell holds none outside it)
    page_chars = page.chars
    shades = shaded_boxes(page.boxes)
    blocks = PageBlocks(
        fill_cells(
            grid_to_table(g, [page_chars[k] for k in index.inside(box)], page.number), shades
        )
        for g, box in zip(grids, boxes, strict=True)
    )
    # Lines outside ruled tables whose words line up in columns are tables without rules.
    lines = chars_to_lines(outside)
    in_stream: set[int] = set()
    for i, box in enumerate(boxes):  # a ruled header over a body without rules
        table = blocks[i]
        assert isinstance(table, Table)
        below = [k for k in _lines_beside(lines, box, below=True) if k not in in_stream]
        found = _unruled_body([lines[k] for k in below], table, page.number)
        if found is not None:
            blocks[i] = found[0]
            in_stream.update(below[: found[1]])
    free = [[] if k in in_stream else line for k, line in enumerate(lines)]
    for first, end, cells in lines_to_stream_tables(free):
        chars = [c for line in lines[first:end] for c in line]
        blocks.append(fill_cells(grid_to_table(cells, chars, page.number), shades))
        in_stream.update(range(first, end))
    free = [[] if k in in_stream else line for k, line in enumerate(lines)]
    if grids:  # the part of a band the page ends in, below the last table's last rule
        last = max(range(len(grids)), key=lambda i: boxes[i].bottom)
        tail = _lines_beside(free, boxes[last], below=True)
        table = blocks[last]
        assert isinstance(table, Table)  # the page's ruled tables come first
        found = _band_row([lines[k] for k in tail], table, page.number)
        if found is not None:
            blocks[last] = _with_row(table, found[0])
            in_stream.update(tail[: found[1]])
        elif (loose := _band_row([lines[k] for k in tail], table, page.number, False)) is not None:
            # no value printed: a row only if the next page's first table continues this one
            chars = [c for k in tail[: loose[1]] for c in lines[k]]
            made = tuple(text_lines(chars, page.number))
            blocks.tail = (table, loose[0], made)
            blocks.extend(made)
            in_stream.update(tail[: loose[1]])
    highest = min(range(len(grids)), key=lambda i: boxes[i].top, default=None)
    above = [] if highest is None else _lines_beside(free, boxes[highest], below=False)
    lead = [k for k in above if k not in in_stream]
    blocks.lead = tuple((tuple(lines[k]), tuple(text_lines(lines[k], page.number))) for k in lead)
    for _, made in blocks.lead:
        blocks.extend(made)
    in_stream.update(lead)
    rest = [c for k, line in enumerate(lines) if k not in in_stream for c in line]
    blocks.extend(text_lines(rest, page.number))
    blocks.sort(key=_block_top)
    return blocks


#: Lines, at most, read as the part of a band below a page's last rule or above its first.
MAX_BAND_LINES = 40


def _lines_beside(lines: Sequence[Sequence[Char]], box: Box, *, below: bool) -> list[int]:
    """The lines right below (or above) a ruled table's ``box``, within its width and close to
    it (each within three character heights of the one before), nearest first: indexes into
    ``lines``. Where a page ends inside a band, its part on the page has no rule below it, and
    its rest on the next page stands above that page's first rule."""

    def top(k: int) -> float:
        return min(c.top for c in lines[k])

    def bottom(k: int) -> float:
        return max(c.bottom for c in lines[k])

    def size(k: int) -> float:
        return max(c.size for c in lines[k])

    # a line set right under a rule may poke above it by a hair (the readers' glyph boxes
    # differ by a few tenths of a point): a quarter of its size is allowed
    if below:
        found = sorted(
            (k for k, ln in enumerate(lines) if ln and top(k) >= box.bottom - size(k) / 4), key=top
        )
    else:
        found = sorted(
            (k for k, ln in enumerate(lines) if ln and bottom(k) <= box.top + size(k) / 4),
            key=bottom,
        )
        found.reverse()
    chosen: list[int] = []
    edge = box.bottom if below else box.top
    for k in found[:MAX_BAND_LINES]:
        line = lines[k]
        gap = top(k) - edge if below else edge - bottom(k)
        inside = min(c.x0 for c in line) >= box.x0 - 2 and max(c.x1 for c in line) <= box.x1 + 2
        if gap > 3 * max(c.size for c in line) or not inside:
            break
        chosen.append(k)
        edge = bottom(k) if below else top(k)
    return chosen


def _band_row(
    lines: Sequence[Sequence[Char]], table: Table, page: int, digits: bool = True
) -> tuple[Table, int] | None:
    """The leading ``lines`` (nearest the table first) that sit in ``table``'s columns, as one
    row in them, and how many they are; None when they make no row of it.

    A line sits in the columns when no word crosses a column edge (no character over an edge,
    none touching a neighbour in the next column). The lines make a row when they fill two
    columns or more and (unless ``digits`` is False) print a digit in a value column right of
    the first filled one (a band's values, not a heading or a note)."""
    edges = _column_edges(table)
    if len(edges) - 1 != table.n_cols:
        return None
    filled: dict[int, list[Char]] = {}
    taken = 0
    for line in lines:
        placed = _in_columns(line, edges)
        if placed is None:
            break
        for k, chars in placed.items():
            filled.setdefault(k, []).extend(chars)
        taken += 1
    first = min(filled, default=0)
    numeric = _value_columns(table)
    printed = any(
        c.text.isdigit() for k, cs in filled.items() if k > first and k in numeric for c in cs
    )
    if len(filled) < 2 or (digits and not printed):
        return None
    return _row_in_columns([c for line in lines[:taken] for c in line], edges, page), taken


def _row_in_columns(chars: Sequence[Char], edges: Sequence[float], page: int) -> Table:
    """A one-row table of ``chars`` in the columns between ``edges`` (a row to add)."""
    top, bottom = min(c.top for c in chars) - 1, max(c.bottom for c in chars) + 1
    columns = itertools.pairwise(edges)
    cells = [GridCell(Box(a, top, b, bottom), 0, k, 1, 1) for k, (a, b) in enumerate(columns)]
    return grid_to_table(cells, chars, page)


def _unruled_body(
    lines: Sequence[Sequence[Char]], table: Table, page: int
) -> tuple[Table, int] | None:
    """A ruled header (at most three rows, no column of values) with the lines under it that
    sit in its columns as its body, one row a line, and how many lines those are; None when
    fewer than two lines do. Each line must fill two columns or more."""
    edges = _column_edges(table)
    if table.n_rows > 3 or _value_columns(table) or len(edges) - 1 != table.n_cols:
        return None
    out, taken = table, 0
    for line in lines:
        placed = _in_columns(line, edges)
        if placed is None or len(placed) < 2:
            break
        out = _with_row(out, _row_in_columns(line, edges, page))
        taken += 1
    return (out, taken) if taken >= 2 else None


def _in_columns(line: Sequence[Char], edges: Sequence[float]) -> dict[int, list[Char]] | None:
    """A line's characters by the column (between ``edges``) each stands in; None when a word
    crosses an edge or a character lies outside them."""
    placed: dict[int, list[Char]] = {}
    previous: tuple[Char, int] | None = None
    for c in sorted(line, key=lambda c: c.x0):
        k = bisect_right(edges, c.cx) - 1
        if not 0 <= k < len(edges) - 1 or c.x0 < edges[k] - 1 or c.x1 > edges[k + 1] + 1:
            return None  # outside the table, or over a column edge
        if previous is not None and previous[1] != k and c.x0 - previous[0].x1 < 1.0:
            return None  # one word across a column edge
        placed.setdefault(k, []).append(c)
        previous = (c, k)
    return placed


def _value_columns(table: Table) -> set[int]:
    """The columns of a table whose cells below its first row mostly print a digit (its value
    columns: a band's rest has its numbers there, a note under the table does not)."""
    held: dict[int, list[bool]] = {}
    for cell in table.cells:
        if cell.row > 0 and cell.colspan == 1 and cell.text.strip():
            held.setdefault(cell.col, []).append(any(ch.isdigit() for ch in cell.text))
    return {col for col, marks in held.items() if sum(marks) * 2 >= len(marks)}


def _with_row(table: Table, row: Table) -> Table:
    """``table`` with ``row`` (a one-row table in its columns) added below it."""
    cells = (*table.cells, *(replace(c, row=table.n_rows) for c in row.cells))
    return Table(cells, table.n_rows + 1, table.n_cols, table.provenance, table.overlays)


def _block_top(block: Block) -> tuple[float, float]:
    bbox = block.provenance.bbox or (0.0, 0.0, 0.0, 0.0)
    return (bbox[1], bbox[0])


#: Column edges closer than this (points) are one edge: a table joined over pages whose text
#: put an edge a few points apart keeps its cells' own boxes.
EDGE_TOLERANCE = 4.0


def _column_edges(table: Table) -> list[float]:
    """The x positions of a table's column edges, from its cells' boxes (edges a few points
    apart, as two pages of one joined table print them, count once)."""
    xs = sorted(
        {round(c.provenance.bbox[0]) for c in table.cells if c.provenance.bbox}
        | {round(c.provenance.bbox[2]) for c in table.cells if c.provenance.bbox}
    )
    edges: list[float] = []
    for x in xs:
        if not edges or x - edges[-1] > EDGE_TOLERANCE:
            edges.append(x)
    return edges


def _row_texts(table: Table, row: int) -> list[str]:
    """A row's texts, its empty cells left out (tables whose columns come from text gaps
    may split an empty stretch differently on each page)."""
    return [t for c in table.rows()[row] if (t := c.text.strip())]


def join_tables(
    first: Table, more: Table, tolerance: float = EDGE_TOLERANCE, inner_tolerance: float = 20.0
) -> Table | None:
    """``more`` continued on the next page, joined to ``first``; None when it is another table.

    It continues when its columns sit where ``first``'s do; rows at its top that repeat
    ``first``'s top rows (the header printed again on every page) are dropped. A table without
    vertical rules takes its inner columns from each page's text gaps, which may differ (a
    column of projects split in three on one page, in two on the next): when it repeats the
    header and its outer edges match, both are laid on the columns of the two together.
    """
    a, b = _column_edges(first), _column_edges(more)
    if abs(a[0] - b[0]) > tolerance or abs(a[-1] - b[-1]) > tolerance:
        return None
    skip = 0
    while skip < min(first.n_rows, more.n_rows) and _row_texts(more, skip) == _row_texts(
        first, skip
    ):
        skip += 1
    # Inner edges of tables without vertical rules come from text gaps and move a little.
    if len(a) != len(b) or any(abs(x - y) > inner_tolerance for x, y in zip(a, b, strict=True)):
        if sum(len(_row_texts(first, r)) for r in range(skip)) < 2:
            return None  # no header repeated: another table
        # each edge of ``more`` is the nearest of ``first``'s where it lies within the inner
        # tolerance, else an edge of its own
        edges, moved = list(a), {}
        for x in b:
            near = min(a, key=lambda y: abs(x - y))
            moved[x] = near if abs(near - x) <= inner_tolerance else x
            if moved[x] == x and x not in edges:
                edges.append(x)
        edges.sort()
        first, more = _regridded(first, edges), _regridded(more, edges, moved)
    cells = list(first.cells)
    for c in more.cells:
        if c.row < skip:
            continue
        cells.append(replace(c, row=c.row - skip + first.n_rows))
    return Table(
        tuple(cells),
        first.n_rows + more.n_rows - skip,
        max(first.n_cols, more.n_cols),
        first.provenance,
    )


def _regridded(
    table: Table, edges: Sequence[float], moved: dict[float, float] | None = None
) -> Table:
    """A table's cells laid on the column ``edges``: each cell spans the columns between the
    edges nearest its sides, after ``moved`` takes each of the table's own edges to the one it
    stands for."""

    def at(x: float) -> int:
        y: float = round(x)
        if moved:
            y = moved[min(moved, key=lambda e: abs(e - y))]
        return min(range(len(edges)), key=lambda i: abs(edges[i] - y))

    def placed(c: Cell) -> Cell:
        if c.provenance.bbox is None:
            return c
        col = at(c.provenance.bbox[0])
        return replace(c, col=col, colspan=max(at(c.provenance.bbox[2]), col + 1) - col)

    cells = sorted((placed(c) for c in table.cells), key=lambda c: (c.row, c.col))
    overlays = tuple(placed(c) for c in table.overlays)
    return Table(tuple(cells), table.n_rows, len(edges) - 1, table.provenance, overlays)


def _last_before(out: MutableSequence[Block], skipped: Callable[[Block], bool]) -> int:
    """The index of the last block of ``out`` that ``skipped`` does not pass over (-1: none)."""
    k = len(out) - 1
    while k >= 0 and skipped(out[k]):
        k -= 1
    return k


def _lead_joined(
    out: MutableSequence[Block], blocks: list[Block], furniture: Callable[[Block], bool]
) -> list[Block]:
    """A page's blocks without the lead lines (PageBlocks.lead) read as the last rows of the
    table the pages before (``out``) end with, which gets them (``out`` changed in place).

    A lead line joins when only page furniture stands between that table and it, and it sits
    in the table's columns (_band_row); lines above the first that does not stay text."""
    lead: tuple[tuple[tuple[Char, ...], tuple[TextLine, ...]], ...] = getattr(blocks, "lead", ())
    k = _last_before(out, furniture)
    table = out[k] if k >= 0 else None
    if not lead or not isinstance(table, Table):
        return blocks
    page = next((m.provenance.page for _, made in lead for m in made), None) or 0
    found = _band_row([chars for chars, _ in lead], table, page)
    if found is None:
        return blocks
    row, n = found
    taken = {id(line) for _, made in lead[:n] for line in made}
    top = min((_block_top(b) for b in blocks if id(b) in taken), default=None)
    if top is None or not all(furniture(b) for b in blocks if _block_top(b) < top):
        return blocks
    out[k] = _with_row(table, row)
    return [b for b in blocks if id(b) not in taken]


def _continued(
    out: MutableSequence[Block],
    block: Block,
    furniture: Callable[[Block], bool],
    tail_at: int,
    tail_row: Table | None,
    tail_lines: frozenset[int],
) -> int:
    """Where ``block`` (a page's first block) went: into the table the blocks before end with,
    when it continues it (its index, ``out`` changed in place), else ``len(out)``.

    Only page furniture may stand between the two, or the lines of a band the page before
    ended in (its tail): those become the table's last row when ``block`` continues it."""
    k = _last_before(out, lambda b: furniture(b) or id(b) in tail_lines)
    previous = out[k] if k >= 0 else None
    if not isinstance(previous, Table) or not isinstance(block, Table):
        return len(out)
    crossed = any(id(b) in tail_lines for b in out[k + 1 :])
    if crossed:
        if k != tail_at or tail_row is None:
            return len(out)
        previous = _with_row(previous, tail_row)
    joined = join_tables(previous, block)
    if joined is None:
        return len(out)
    out[k] = joined
    if crossed:  # the band ran on over the page end: its part above is a row, not text
        out[k + 1 :] = [b for b in out[k + 1 :] if id(b) not in tail_lines]
    return k


def is_page_furniture(line: TextLine) -> bool:
    """A page number or a running header/footer line that sits between a table and its rest."""
    text = line.text.strip()
    return bool(
        regex.fullmatch(
            r"[-－‐ー―(（]*\s*[0-9０-９]{1,4}\s*[-－‐ー―)）]*(?:\s*/\s*[0-9]+)?|[0-9]+\s*ページ",
            text,
        )
    )


def join_pages(pages: Iterable[list[Block]]) -> PackedBlocks:
    """The blocks of all pages in order, a table that runs over a page break joined to its start.

    The first table of a page continues the last table of the pages before when only page
    furniture (page numbers, the document's title repeated) stands between them and their
    columns match. ``pages`` is consumed one page at a time (it may lay each out as asked), and
    each table is packed as it is placed, so a long document's pages are not all held as objects.
    """
    out = PackedBlocks()
    title: str | None = None

    def furniture(block: Block) -> bool:
        return isinstance(block, TextLine) and (
            is_page_furniture(block) or block.text.strip() == title
        )

    tail_at, tail_row, tail_lines = -1, None, frozenset[int]()  # the page before's tail
    for number, blocks in enumerate(pages):
        if number == 0 and blocks and isinstance(blocks[0], TextLine):
            title = blocks[0].text.strip()
        blocks = _lead_joined(out, blocks, furniture)
        tail = getattr(blocks, "tail", None)
        placed_at = -1  # where this page's tail table went in ``out``
        first_table = next((i for i, b in enumerate(blocks) if isinstance(b, Table)), None)
        for i, block in enumerate(blocks):
            at = len(out)
            if i == first_table and all(furniture(b) for b in blocks[:i]):
                at = _continued(out, block, furniture, tail_at, tail_row, tail_lines)
            if at == len(out):
                out.append(block)
            if tail is not None and block is tail[0]:
                placed_at = at
        tail_at, tail_row, tail_lines = -1, None, frozenset()
        if tail is not None and placed_at >= 0:
            tail_at, tail_row, tail_lines = placed_at, tail[1], frozenset(id(b) for b in tail[2])
    return out
