"""PDF table stages on synthetic pages: text in cells, tables without vertical rules, page joins."""

from __future__ import annotations

import math
import random

from jpkpi.sources.pdf import Char, PdfPage, Segment
from jpkpi.tables.lattice import Box
from jpkpi.tables.model import Cell, Provenance, Table, TextLine
from jpkpi.tables.pdf_pages import (
    cell_text,
    collapse_letter_spacing,
    first_containing_box,
    join_pages,
    join_tables,
    page_to_blocks,
    unit_after_number,
)


def _word(text: str, x: float, top: float, size: float = 10.0) -> list[Char]:
    return [
        Char(ch, x + i * size, top, x + (i + 1) * size, top + size, size)
        for i, ch in enumerate(text)
    ]


def test_wrapped_japanese_lines_join_without_a_space() -> None:
    chars = _word("長い事業名が", 0, 0) + _word("続く", 0, 12)
    assert cell_text(chars) == "長い事業名が続く"
    latin = _word("ICT", 0, 0) + _word("Plan", 0, 12)
    assert cell_text(latin) == "ICT Plan"


def test_a_full_width_space_after_a_short_number_is_kept() -> None:
    """熊野's ``1　農業`` (corpora/forms7): a half-width 1, a full-width space, two kanji. Of its
    two gaps the narrow one is the line's usual spacing, so the wide one is a space; a name
    printed letter-spaced throughout (``課 長 名``) still joins."""
    one = [Char("1", 188.3, 92.0, 191.3, 98.1, 6.1)]
    farming = [Char("農", 197.5, 92.0, 203.6, 98.1, 6.1), Char("業", 203.6, 92.0, 209.7, 98.1, 6.1)]
    assert cell_text(one + farming) == "1 農業"
    spaced = [
        Char(ch, 10.0 + 16 * i, 0.0, 20.0 + 16 * i, 10.0, 10.0) for i, ch in enumerate("課長名")
    ]
    assert cell_text(spaced) == "課長名"


def test_letter_spacing_and_unit_lines() -> None:
    assert collapse_letter_spacing("2 , 0 5 0 , 1 3 4") == "2,050,134"
    assert collapse_letter_spacing("令 和 5年 度") == "令和5年度"
    assert collapse_letter_spacing("区分 A") == "区分 A"
    assert unit_after_number(["千円", "2,050,134"]) == ["2,050,134千円"]
    assert unit_after_number(["移住者数", "133"]) == ["移住者数", "133"]


def _hrule_page() -> PdfPage:
    """Three columns, rules under every row, a program cell over two rows (no rule under it)."""
    rules = [Segment(0, y, 300, y) for y in (0, 20, 40)]
    rules += [Segment(100, 60, 300, 60), Segment(0, 80, 300, 80)]
    chars = (
        _word("事業", 10, 5) + _word("指標", 110, 5) + _word("R4", 210, 5)
        + _word("A事業", 10, 55) + _word("件数", 110, 45) + _word("12", 210, 45)
        + _word("人数", 110, 65) + _word("34", 210, 65)
        + _word("見出し", 10, 25) + _word("補足", 110, 25) + _word("56", 210, 25)
    )  # fmt: skip
    return PdfPage(1, 300, 100, chars, rules)


def test_table_ruled_by_horizontal_lines_only() -> None:
    (table,) = [b for b in page_to_blocks(_hrule_page()) if isinstance(b, Table)]
    rows = [[(c.text, c.rowspan) for c in row] for row in table.rows()]
    assert rows[0] == [("事業", 1), ("指標", 1), ("R4", 1)]
    assert rows[2] == [("A事業", 2), ("件数", 1), ("12", 1)]  # no rule under 事業 between rows 2, 3
    assert rows[3] == [("人数", 1), ("34", 1)]


def _table(texts: list[list[str]], page: int, x: float = 0.0) -> Table:
    cells = [
        Cell(
            r,
            c,
            t,
            provenance=Provenance(
                page=page, bbox=(x + 100 * c, 20.0 * r, x + 100 * (c + 1), 20.0 * (r + 1))
            ),
        )
        for r, row in enumerate(texts)
        for c, t in enumerate(row)
    ]
    return Table(
        tuple(cells),
        len(texts),
        len(texts[0]),
        Provenance(page=page, bbox=(x, 0, x + 300, 20.0 * len(texts))),
    )


def test_a_table_continued_on_the_next_page_is_joined_and_its_header_dropped() -> None:
    head = ["項目", "R3", "R4"]
    first = _table([head, ["A", "1", "2"]], 1)
    more = _table([head, ["B", "3", "4"]], 2)
    pages = [[TextLine("表題", Provenance(page=1)), first, TextLine("- 1 -", Provenance(page=1))],
             [TextLine("表題", Provenance(page=2)), more]]  # fmt: skip
    blocks = join_pages(pages)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [[c.text for c in row] for row in tables[0].rows()] == [
        head,
        ["A", "1", "2"],
        ["B", "3", "4"],
    ]
    assert tables[0].rows()[2][0].provenance.page == 2


def test_tables_with_other_columns_or_a_heading_between_are_not_joined() -> None:
    first = _table([["項目", "R3", "R4"], ["A", "1", "2"]], 1)
    shifted = _table([["項目", "R3", "R4"], ["B", "3", "4"]], 2, x=50)
    assert join_tables(first, shifted) is None
    same = _table([["項目", "R3", "R4"], ["B", "3", "4"]], 2)
    blocks = join_pages([[first], [TextLine("(イ) 交流人口の拡大", Provenance(page=2)), same]])
    assert sum(isinstance(b, Table) for b in blocks) == 2


def test_table_without_any_rules_from_aligned_columns() -> None:
    from jpkpi.sources.pdf import read_pdf
    from tests.pdfgen import make_pdf

    rows = [
        ("Item", "FY2021", "FY2022"),
        ("Visitors", "1,629", "3,203"),
        ("Events", "12", "15"),
        ("Members", "24", "22"),
    ]
    ops = []
    for r, row in enumerate(rows):
        for x, text in zip((72, 250, 350), row, strict=True):
            ops.append(f"BT /F1 10 Tf {x} {700 - 16 * r} Td ({text}) Tj ET")
    ops.append("BT /F1 10 Tf 72 500 Td (A note under the table, in one line of prose.) Tj ET")
    pages, _ = read_pdf(make_pdf(["\n".join(ops).encode()]), "stream.pdf")
    blocks = page_to_blocks(pages[0])
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows()] == [list(row) for row in rows]
    assert any(isinstance(b, TextLine) and b.text.startswith("A note") for b in blocks)


def test_the_character_index_finds_the_same_box_as_testing_every_pair() -> None:
    rng = random.Random(13)

    def coord() -> float:
        r = rng.random()
        if r < 0.3:  # on a rule: boxes share edges and centres sit on them
            return float(rng.choice([0, 10, 20, 30, 40]))
        if r < 0.32:
            return math.nan
        return rng.uniform(-5, 45)

    for _ in range(500):
        boxes = []
        for _ in range(rng.randint(0, 8)):
            x0, x1 = sorted([coord(), coord()])
            top, bottom = sorted([coord(), coord()])
            boxes.append(Box(x0, top, x1, bottom))
        chars = [
            Char("字", coord(), coord(), coord(), coord(), 10) for _ in range(rng.randint(0, 30))
        ]
        every_pair = [
            next((i for i, b in enumerate(boxes) if b.contains(c.cx, c.cy)), None) for c in chars
        ]
        assert first_containing_box(boxes, chars) == every_pair


def test_a_short_header_rule_draws_the_column_edge_names_leave_no_gap_at() -> None:
    """A heading's rule (under 指標 over two columns) ends where its columns start; names in
    the column to the left run to its edge, so no gap in the text marks that edge."""
    rules = [Segment(0, y, 300, y) for y in (0, 40, 70, 100)]
    rules += [Segment(100, 20, 300, 20)]  # under 指標 only, at the level of another rule
    rules += [Segment(0, 20, 45, 20)]  # one under 施策 that stops mid-column: names cross it
    chars = (
        _word("施策", 10, 5) + _word("指標", 150, 5) + _word("名称", 110, 25) + _word("R4", 210, 25)
        + _word("移住支援と定住促進事", 0, 45) + _word("移住者数", 100.5, 45) + _word("12", 210, 45)
        + _word("空き家の利活用推進事", 0, 75) + _word("成約件数", 100.5, 75) + _word("3", 210, 75)
    )  # fmt: skip
    (table,) = [
        b for b in page_to_blocks(PdfPage(1, 320, 120, chars, rules)) if isinstance(b, Table)
    ]
    body = [[c.text for c in row] for row in table.rows()[2:]]
    assert body == [
        ["移住支援と定住促進事", "移住者数", "12"],
        ["空き家の利活用推進事", "成約件数", "3"],
    ]


def test_pages_whose_text_splits_the_columns_differently_join_under_a_repeated_header() -> None:
    """A table without vertical rules takes its inner columns from each page's text: page 2
    splits the last column in two. Its header repeats page 1's, its outer edges match: one
    table, each cell over the columns it covers."""
    head = ["項目", "R3", "事業"]
    first = _table([head, ["A", "1", "x y"]], 1)
    cells = [
        Cell(r, c, t, provenance=Provenance(page=2, bbox=(x0, 20.0 * r, x1, 20.0 * (r + 1))))
        for r, row in enumerate([[("項目", 0, 100), ("R3", 100, 200), ("事業", 200, 300)],
                                 [("B", 0, 100), ("3", 100, 200), ("u", 200, 250), ("v", 250, 300)]])
        for c, (t, x0, x1) in enumerate(row)
    ]  # fmt: skip
    more = Table(tuple(cells), 2, 4, Provenance(page=2, bbox=(0, 0, 300, 40.0)))
    joined = join_tables(first, more)
    assert joined is not None
    assert [[(c.text, c.col, c.colspan) for c in row] for row in joined.rows()] == [
        [("項目", 0, 1), ("R3", 1, 1), ("事業", 2, 2)],
        [("A", 0, 1), ("1", 1, 1), ("x y", 2, 2)],
        [("B", 0, 1), ("3", 1, 1), ("u", 2, 1), ("v", 3, 1)],
    ]
    other = Table(tuple(c for c in cells if c.row == 1), 2, 4, more.provenance)
    assert join_tables(first, other) is None  # no header repeated: another table
