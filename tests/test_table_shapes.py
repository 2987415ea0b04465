"""Table shapes that lost cells (issue 12, point 3), each on a synthetic page of its own and read
cell for cell by both PDF readers: see tests/shapes.py for how each page is drawn."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jpkpi.sources.pdf import PdfSettings, read_pdf
from jpkpi.tables.model import Table, TextLine
from jpkpi.tables.pdf_pages import page_to_blocks
from tests import shapes

READERS = ("pdfium", "pdfminer")


def _printed(table: Table) -> shapes.Rows:
    """The table as printed: each cell's text where it starts, None where a merged cell runs on."""
    return [
        [None if cell is None or (cell.row, cell.col) != (r, c) else cell.text
         for c, cell in enumerate(row)]
        for r, row in enumerate(table.grid())
    ]  # fmt: skip


def _read(make: Callable[[], tuple[bytes, shapes.Rows]], reader: str) -> tuple[list, shapes.Rows]:
    data, printed = make()
    pages, warnings = read_pdf(data, f"{make.__name__}.pdf", PdfSettings(pdf_reader=reader))
    assert not warnings
    return page_to_blocks(pages[0]), printed


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "make",
    [
        shapes.closed_path_border,
        shapes.box_with_horizontal_rules,
        shapes.label_value_pairs,
        shapes.close_header_words,
        shapes.ruled_header_unruled_body,
        shapes.rotated_table,
        shapes.rotated_table_down,
        shapes.doubled_glyphs_in_small_text,
    ],
)
def test_a_shape_reads_cell_for_cell(make, reader: str) -> None:
    blocks, printed = _read(make, reader)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [_printed(t) for t in tables] == [printed]


@pytest.mark.parametrize("reader", READERS)
def test_fake_bold_is_still_one_glyph_beside_real_doubled_letters(reader: str) -> None:
    blocks, _ = _read(shapes.doubled_glyphs_in_small_text, reader)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.grid()[1][0].text == "Apple"  # printed twice 0.3 pt apart: one word
    assert [c.text for c in table.rows()[0]] == ["Bulletin", "Committee"]


@pytest.mark.parametrize("reader", READERS)
def test_a_framed_paragraph_with_rules_stays_one_column(reader: str) -> None:
    """A box with horizontal rules around lines of prose is no table of columns."""
    from tests.pdfgen import make_pdf

    lines = [
        "The committee met three times this year to review the plan.",
        "Its members visited the new library and the sports centre.",
        "A report on both visits is attached to these minutes.",
    ]
    ops = ["0.5 w", "72 634 400 66 re S", "72 678 m 472 678 l S", "72 656 m 472 656 l S"]
    ops += [f"BT /F1 10 Tf 76 {685 - 22 * i} Td ({t}) Tj ET" for i, t in enumerate(lines)]
    pages, _ = read_pdf(make_pdf(["\n".join(ops).encode()]), "framed.pdf",
                        PdfSettings(pdf_reader=reader))  # fmt: skip
    (table,) = [b for b in page_to_blocks(pages[0]) if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows()] == [[t] for t in lines]
    assert not [b for b in page_to_blocks(pages[0]) if isinstance(b, TextLine)]


def _page(ops: list[str], reader: str) -> list:
    from tests.pdfgen import make_pdf

    data = make_pdf([("0.5 w\n" + "\n".join(ops)).encode()])
    pages, _ = read_pdf(data, "page.pdf", PdfSettings(pdf_reader=reader))
    return page_to_blocks(pages[0])


@pytest.mark.parametrize("reader", READERS)
def test_two_columns_of_running_text_are_no_label_value_table(reader: str) -> None:
    left = [  # ragged: two paragraphs with short last lines
        "The council approved the plan for the",
        "riverside path after a long debate",
        "on its costs.",
        "The route passes the school and",
        "the library.",
    ]
    right = [
        "Work starts in April and the first",
        "section opens before the summer",
        "holidays, the rest in the autumn",
        "when the bridge is finished. The",
        "council meets again in May.",
    ]
    ops = [f"BT /F1 10 Tf 72 {700 - 13 * i} Td ({t}) Tj ET" for i, t in enumerate(left)]
    ops += [f"BT /F1 10 Tf 300 {700 - 13 * i} Td ({t}) Tj ET" for i, t in enumerate(right)]
    blocks = _page(ops, reader)
    assert not [b for b in blocks if isinstance(b, Table)]


@pytest.mark.parametrize("reader", READERS)
def test_a_title_right_above_a_table_without_rules_is_not_cut_into_a_header(reader: str) -> None:
    rows = [("Visitors", "1,629", "3,203"), ("Events held", "12", "15"), ("Members", "24", "22")]
    ops = ["BT /F1 10 Tf 72 700 Td (Table 3 visitors and events by the year) Tj ET"]
    for r, row in enumerate(rows):
        for x, text in zip((72, 250, 350), row, strict=True):
            ops.append(f"BT /F1 10 Tf {x} {684 - 16 * r} Td ({text}) Tj ET")
    blocks = _page(ops, reader)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows()] == [list(r) for r in rows]
    assert any(isinstance(b, TextLine) and b.text.startswith("Table 3") for b in blocks)


@pytest.mark.parametrize("reader", READERS)
def test_a_turned_table_keeps_its_cells_places_on_the_page(reader: str) -> None:
    blocks, _ = _read(shapes.rotated_table, reader)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    region = table.grid()[0][0]
    assert region.text == "Region"
    # drawn at x 60-200, y 496-520 in the turned space: on the page x = 595 - y, y = x
    x0, top, x1, bottom = region.provenance.bbox
    assert (round(x0), round(top), round(x1), round(bottom)) == (75, 642, 99, 782)


@pytest.mark.parametrize("reader", READERS)
def test_a_sideways_heading_in_an_upright_table_reads_in_its_direction(reader: str) -> None:
    ops = ["72 580 m 372 580 l S", "72 620 m 372 620 l S", "72 640 m 372 640 l S",
           "72 700 m 372 700 l S", "72 580 m 72 700 l S", "132 580 m 132 700 l S",
           "252 580 m 252 700 l S", "372 580 m 372 700 l S"]  # fmt: skip
    ops.append("q 0 1 -1 0 0 0 cm BT /F1 10 Tf 655 -110 Td (Ward) Tj ET Q")  # runs up
    for x, y, text in [(136, 680, "Population"), (256, 680, "Households"),
                       (136, 626, "128,400"), (256, 626, "61,250"),
                       (136, 586, "96,310"), (256, 586, "44,870")]:  # fmt: skip
        ops.append(f"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET")
    (table,) = [b for b in _page(ops, reader) if isinstance(b, Table)]
    assert [c.text for c in table.rows()[0]] == [
        "Ward",
        "Population",
        "Households",
    ]
