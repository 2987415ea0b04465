"""Cell backgrounds from a PDF page's filled boxes: each cell's fill, where a painted box covers
most of it (physical only: what the fill means is for a legend on the page to say).

A spreadsheet printed to PDF paints one box per run of cells of one colour (a header row's
band, a shaded value), under the rules; a white box is no shading. The last box painted over a
cell is the one that shows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from jpkpi.sources.pdf import Segment
from jpkpi.tables.model import Table

#: Share of a cell's area a box must cover to be its background.
MIN_COVER = 0.6
#: A fill whose every channel is at least this (of 255) is white paper, no shading.
WHITE_LEVEL = 0xF2


@dataclass(frozen=True)
class Shades:
    """A page's boxes painted in a colour other than white, in the order they were painted,
    and each band of the page's height with the boxes in it (found once a page, so that a cell
    meets only the boxes near it)."""

    boxes: tuple[Segment, ...]
    bands: Mapping[int, tuple[int, ...]]


def shaded_boxes(boxes: Sequence[Segment]) -> Shades:
    """The page's shaded boxes (white paper and unfilled boxes left out), filed by band."""
    shaded = tuple(b for b in boxes if b.fill is not None and not _white(b.fill))
    bands: dict[int, list[int]] = {}
    for i, b in enumerate(shaded):
        for band in range(_band(b.top), _band(b.bottom) + 1):
            bands.setdefault(band, []).append(i)
    return Shades(shaded, {k: tuple(v) for k, v in bands.items()})


def _white(fill: str) -> bool:
    return all(int(fill[k : k + 2], 16) >= WHITE_LEVEL for k in (1, 3, 5))


def fill_cells(table: Table, shades: Shades) -> Table:
    """The table with each cell's ``fill`` set from the last of the page's shaded boxes that
    covers most of its box; the table itself where none does."""
    if not shades.boxes:
        return table
    boxes, bands = shades.boxes, shades.bands
    cells = list(table.cells)
    changed = False
    for k, cell in enumerate(cells):
        box = cell.provenance.bbox
        if box is None:
            continue
        x0, top, x1, bottom = box
        area = (x1 - x0) * (bottom - top)
        if area <= 0:
            continue
        near = sorted(
            {i for band in range(_band(top), _band(bottom) + 1) for i in bands.get(band, ())}
        )
        fill = None
        for i in near:  # in the order they were painted: the last one shows
            b = boxes[i]
            w = min(x1, b.x1) - max(x0, b.x0)
            h = min(bottom, b.bottom) - max(top, b.top)
            if w > 0 and h > 0 and w * h >= MIN_COVER * area:
                fill = b.fill
        if fill is not None:
            cells[k] = replace(cell, fill=fill)
            changed = True
    return replace(table, cells=tuple(cells)) if changed else table


#: Height of the bands boxes are filed under, so a cell meets only the boxes near it (a page
#: may paint every cell of a long table).
_BAND = 12.0


def _band(y: float) -> int:
    return int(y // _BAND)


__all__ = ["MIN_COVER", "WHITE_LEVEL", "Shades", "fill_cells", "shaded_boxes"]
