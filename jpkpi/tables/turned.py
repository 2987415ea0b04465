"""Tables printed turned on their page: read in the text's own direction, placed back on the page.

A landscape table in a portrait document is often printed turned a quarter: its characters run
up (or down) the page, so read as the page stands each cell is a column of sideways glyphs
(``n e m o W``) and rows and columns swap. When most of a page's characters share one turn, they
and the rules around them are turned back into a *view* page where the text runs left to right,
the view is laid out as any page is, and each block's boxes are turned back onto the page, so a
cell's box still marks its place on the printed page. A cell's lines keep the view's
coordinates: they say where its lines stand relative to each other, in the table's own
direction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from jpkpi.sources.pdf import Char, PdfPage, Segment
from jpkpi.tables.model import Block, Provenance, Table, TextLine

#: Fewest characters of one turn that make a turned table worth reading in its direction.
MIN_TURNED_CHARS = 20
#: Times the region grows by the rules that reach it, at most (a table's rules reach its text
#: in one or two steps; the bound keeps a page of 50,000 chained strokes linear).
MAX_REACH_STEPS = 8
#: Rules that reach this close (points) to the turned characters' extent belong to their table.
RULE_MARGIN = 12.0

BoxT = tuple[float, float, float, float]


def split_turned(page: PdfPage) -> tuple[int, PdfPage, PdfPage] | None:
    """The page's turned part as a view page (text left to right) and the rest of the page as
    it stands, with the quarter turns between them; None when most characters are not turned
    one way (a turned heading cell inside an upright table stays where it is)."""
    counts = Counter(c.turn for c in page.chars if c.turn)
    if not counts:
        return None
    turn, n = counts.most_common(1)[0]
    if n < MIN_TURNED_CHARS or 2 * n < len(page.chars):
        return None
    turned = [c for c in page.chars if c.turn == turn]
    region = (
        min(c.x0 for c in turned),
        min(c.top for c in turned),
        max(c.x1 for c in turned),
        max(c.bottom for c in turned),
    )
    for _ in range(MAX_REACH_STEPS):  # the rules that reach the region, those that reach them…
        x0, top, x1, bottom = (*(v - RULE_MARGIN for v in region[:2]),
                               *(v + RULE_MARGIN for v in region[2:]))  # fmt: skip
        reach = [
            s for s in page.segments
            if s.x0 <= x1 and s.x1 >= x0 and s.top <= bottom and s.bottom >= top
        ]  # fmt: skip
        grown = (
            min([region[0], *(s.x0 for s in reach)]),
            min([region[1], *(s.top for s in reach)]),
            max([region[2], *(s.x1 for s in reach)]),
            max([region[3], *(s.bottom for s in reach)]),
        )
        if grown == region:
            break
        region = grown

    def near(s: Segment) -> bool:  # a rule of the turned table (reaching its region)
        return s.x0 <= x1 and s.x1 >= x0 and s.top <= bottom and s.bottom >= top

    w, h = page.width, page.height
    view_w, view_h = (h, w) if turn % 2 else (w, h)
    view = PdfPage(
        page.number,
        view_w,
        view_h,
        [char_to_view(c, turn, w, h) for c in turned],
        [Segment(*to_view((s.x0, s.top, s.x1, s.bottom), turn, w, h)) for s in page.segments
         if near(s)],
        [Segment(*to_view((s.x0, s.top, s.x1, s.bottom), turn, w, h), s.fill)
         for s in page.boxes if near(s)],
    )  # fmt: skip
    rest = PdfPage(
        page.number,
        w,
        h,
        [c for c in page.chars if c.turn != turn],
        [s for s in page.segments if not near(s)],
        [s for s in page.boxes if not near(s)],
    )
    return turn, view, rest


def to_view(box: BoxT, turn: int, width: float, height: float) -> BoxT:
    """A page box (x0, top, x1, bottom) in the view of text turned ``turn`` quarters."""
    x0, top, x1, bottom = box
    if turn == 1:  # text runs up the page: the view's x runs up, its y to the right
        return (height - bottom, x0, height - top, x1)
    if turn == 3:  # text runs down the page: the view's x runs down, its y to the left
        return (top, width - x1, bottom, width - x0)
    return (width - x1, height - bottom, width - x0, height - top)  # upside down


def from_view(box: BoxT, turn: int, width: float, height: float) -> BoxT:
    """A view box back on the page (the inverse of ``to_view``)."""
    u0, v0, u1, v1 = box
    if turn == 1:
        return (v0, height - u1, v1, height - u0)
    if turn == 3:
        return (width - v1, u0, width - v0, u1)
    return (width - u1, height - v1, width - u0, height - v0)


def char_to_view(c: Char, turn: int, width: float = 0.0, height: float = 0.0) -> Char:
    """A character as it stands in the view of its turn: upright, its size its height there."""
    u0, v0, u1, v1 = to_view((c.x0, c.top, c.x1, c.bottom), turn, width, height)
    return Char(c.text, u0, v0, u1, v1, v1 - v0, c.font, True, 0)


def blocks_to_page(blocks: list[Block], turn: int, page: PdfPage) -> list[Block]:
    """Blocks laid out on a view page with their boxes turned back onto ``page``."""

    def placed(p: Provenance) -> Provenance:
        if p.bbox is None:
            return p
        return replace(p, bbox=from_view(p.bbox, turn, page.width, page.height))

    out: list[Block] = []
    for block in blocks:
        if isinstance(block, TextLine):
            out.append(replace(block, provenance=placed(block.provenance)))
        else:
            cells = tuple(replace(c, provenance=placed(c.provenance)) for c in block.cells)
            overlays = tuple(replace(c, provenance=placed(c.provenance)) for c in block.overlays)
            out.append(Table(cells, block.n_rows, block.n_cols, placed(block.provenance), overlays))
    return out
