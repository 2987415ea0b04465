"""Text struck through on a PDF page: characters a thin horizontal rule crosses at mid-height.

A sheet that revises a figure prints the old one struck through beside the new (白井: ``450``
struck, then ``380``). In HTML the old figure is a ``<del>`` and is skipped with the page's other
non-content; on a PDF page the strike is a short rule drawn over the glyphs, which this finds so
that the page's text is read without them (physical only: which figure counts is what the strike
says, as the spec reads a cell struck through as no observation).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from jpkpi.sources.pdf import Char, PdfPage, Segment

#: A rule no thicker than this (points) can be a strike; thicker ones are shading or bars.
MAX_STRIKE_THICKNESS = 1.5
#: Where across a glyph's height a strike runs, as shares from its top: through the middle, not
#: along the top (an overline, a cell's rule) or the bottom (an underline).
STRIKE_BAND = (0.25, 0.75)
#: Share of a glyph's width a rule must cover to strike it.
MIN_COVER = 0.6
#: Share of a strike's length the glyphs it crosses must fill (the gaps between them, a little
#: overhang at the ends).
MIN_RULE_COVER = 0.7


def struck_chars(chars: Sequence[Char], segments: Sequence[Segment]) -> frozenset[int]:
    """The indexes of the characters a thin horizontal rule crosses through their middle."""
    rules = [s for s in segments if s.bottom - s.top <= MAX_STRIKE_THICKNESS and s.x1 > s.x0]
    if not rules or not chars:
        return frozenset()
    by_y = sorted(range(len(chars)), key=lambda k: chars[k].cy)
    ys = [chars[k].cy for k in by_y]
    tallest = max(c.bottom - c.top for c in chars)
    low, high = STRIKE_BAND
    struck: set[int] = set()
    for s in rules:
        y = (s.top + s.bottom) / 2
        crossed = []
        # (characters whose centre lies within half the tallest glyph of the rule)
        for k in by_y[bisect_left(ys, y - tallest / 2) : bisect_right(ys, y + tallest / 2)]:
            c = chars[k]
            height, width = c.bottom - c.top, c.x1 - c.x0
            if height <= 0 or width <= 0 or c.turn != 0:
                continue  # (a turned glyph's rule across the page runs across its reading)
            if not c.top + low * height <= y <= c.top + high * height:
                continue
            cover = min(s.x1, c.x1) - max(s.x0, c.x0)
            if cover >= MIN_COVER * width:
                crossed.append(k)
        if crossed and _spans_text(s, [chars[k] for k in crossed]):
            struck.update(crossed)
    return frozenset(struck)


def _spans_text(rule: Segment, crossed: Sequence[Char]) -> bool:
    """Whether the rule runs over the text it crosses and little else, as a strike does: a
    cell's rule that meets a glyph placed on it runs on along the cell, past any text."""
    xs = sorted((c.x0, c.x1) for c in crossed)
    covered, end = 0.0, rule.x0
    for x0, x1 in xs:
        lo, hi = max(x0, end), min(x1, rule.x1)
        if hi > lo:
            covered += hi - lo
            end = hi
    return covered >= MIN_RULE_COVER * (rule.x1 - rule.x0)


def without_struck_text(page: PdfPage) -> PdfPage:
    """The page without the characters struck through (the page itself where none is)."""
    struck = struck_chars(page.chars, page.segments)
    if not struck:
        return page
    return replace(page, chars=[c for k, c in enumerate(page.chars) if k not in struck])
