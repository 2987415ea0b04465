"""Text struck through on a PDF page (tables/strikes.py): a figure a sheet cancels is not read."""

from __future__ import annotations

from jpkpi.sources.pdf import Char, PdfPage, Segment
from jpkpi.tables.strikes import struck_chars, without_struck_text
from tests.conftest import ROOT, parsed


def _run(text: str, x: float, top: float, size: float = 9.0) -> list[Char]:
    return [
        Char(ch, x + i * size / 2, top, x + (i + 1) * size / 2, top + size, size)
        for i, ch in enumerate(text)
    ]


def test_a_rule_through_the_middle_of_a_figure_strikes_it_and_nothing_else() -> None:
    """`450` with a rule across its middle, then `380`: only 450's glyphs are struck."""
    chars = _run("450", 100, 50) + _run("380", 120, 50)
    strike = Segment(99.5, 54.4, 113.8, 54.6)
    assert struck_chars(chars, [strike]) == frozenset({0, 1, 2})
    page = without_struck_text(PdfPage(1, 600, 800, chars, [strike]))
    assert "".join(c.text for c in page.chars) == "380"


def test_underlines_overlines_and_a_cells_rules_strike_nothing() -> None:
    """A rule at a glyph's foot (an underline) or head, a thick bar, and a cell's rule that runs
    on past the text it meets (a glyph set on the rule) leave the text whole."""
    chars = _run("450", 100, 50)
    underline = Segment(100, 58.8, 113.5, 59.0)
    overline = Segment(100, 50.2, 113.5, 50.4)
    bar = Segment(100, 52.0, 113.5, 56.0, fill="#000000")
    cell_rule = Segment(60, 54.5, 200, 54.5)
    assert struck_chars(chars, [underline, overline, bar, cell_rule]) == frozenset()
    page = PdfPage(1, 600, 800, chars, [underline])
    assert without_struck_text(page) is page


def test_a_revised_target_struck_through_in_a_pdf_gives_the_new_one() -> None:
    """白井 (corpora/forms341): `450` struck through over `380` (and `460` over `390`) in a pair of
    target and actual rows under `上段：目標値　下段：実績値`: the targets are 380 and 390, and the
    actuals of the row below are read (they were lost when the cell read `450 380`)."""
    doc = parsed(ROOT / "corpora" / "forms341" / "shiroi_juten_seika_r6.pdf")
    (homes,) = [r for r in doc.records if r.indicator == "市内の新築住宅着工件数"]
    assert [(t.period.fiscal_year, t.quantity.value) for t in homes.targets] == [
        (2021, 420),
        (2022, 430),
        (2023, 440),
        (2024, 380),
        (2025, 390),
    ]
    assert [(a.period.fiscal_year, a.quantity.value) for a in homes.actuals] == [
        (2021, 402),
        (2022, 371),
        (2023, 365),
        (2024, 384),
    ]
