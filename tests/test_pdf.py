"""PDF input: bad files give clear errors within bounds; real municipal PDFs give their tables."""

from __future__ import annotations

import time
import zlib
from dataclasses import replace

import pytest

import jpkpi
from jpkpi.errors import DocumentError
from jpkpi.sources.pdf import PdfSettings, Segment, read_pdf
from jpkpi.tables.lattice import (
    cells_to_groups,
    edges_to_intersections,
    group_to_grid,
    intersections_to_cells,
    merge_edges,
    segments_to_edges,
)
from jpkpi.tables.model import Table
from tests.conftest import FIXTURES, ROOT
from tests.pdfgen import inflating_stream, make_pdf, text_page

REAL = ROOT / "corpora" / "real"


#: The page stages are the same for both readers; each reader must give them the same page.
READERS = [PdfSettings(pdf_reader="pdfium"), PdfSettings(pdf_reader="pdfminer")]
_IDS = [s.pdf_reader for s in READERS]


def _error(tmp_path, name: str, data: bytes, **options: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as e:
        jpkpi.parse(path, **options)
    assert str(e.value).startswith(str(path))
    return str(e.value)


def test_encrypted_pdf(tmp_path) -> None:
    with pytest.raises(DocumentError, match="is encrypted"):
        jpkpi.parse(FIXTURES / "pdf" / "encrypted.pdf")


def test_truncated_pdf(tmp_path) -> None:
    good = make_pdf([text_page()])
    assert "is not a readable PDF" in _error(tmp_path, "cut.pdf", good[: len(good) // 2])


def test_not_a_pdf_though_named_pdf(tmp_path) -> None:
    assert "is named .pdf but is not a PDF file" in _error(tmp_path, "fake.pdf", b"hello, world\n")


def test_pdf_without_pages(tmp_path) -> None:
    assert "has no pages" in _error(tmp_path, "empty.pdf", make_pdf([text_page()], pages=False))


def test_scanned_pdf_without_text_layer(tmp_path) -> None:
    message = _error(tmp_path, "scan.pdf", make_pdf([b"0 0 595 842 re f"]))
    assert message.endswith("has no text layer (a scanned document?); run OCR first")


@pytest.mark.parametrize("reader", _IDS)
def test_content_stream_bomb_is_refused_quickly(tmp_path, reader: str) -> None:
    bomb = make_pdf([inflating_stream(256 * 1024 * 1024)], precompressed=True)
    assert len(bomb) < 1024 * 1024
    started = time.monotonic()
    message = _error(tmp_path, "bomb.pdf", bomb, pdf_reader=reader)
    assert "inflates to more than" in message
    assert time.monotonic() - started < 30  # bounded, not a timing benchmark


@pytest.mark.parametrize("settings", READERS, ids=_IDS)
def test_page_with_tens_of_thousands_of_paths_is_skipped(settings: PdfSettings) -> None:
    # the same check at a tenth of the default limit (50,000), to keep the test quick
    settings = replace(settings, max_objects_per_page=5_000)
    busy = b"0 0 1 1 re S\n" * 6_000
    pages, warnings = read_pdf(make_pdf([busy, text_page("Page two")]), "busy.pdf", settings)
    assert warnings == ["page 1 skipped: it draws more than 5,000 objects"]
    assert "".join(c.text for c in pages[1].chars) == "Pagetwo"


@pytest.mark.parametrize("settings", READERS, ids=_IDS)
def test_clipped_text_is_dropped(settings: PdfSettings) -> None:
    clipped = b"q 0 0 100 100 re W n BT /F1 12 Tf 300 700 Td (Hidden) Tj ET Q " + text_page("Shown")
    pages, _ = read_pdf(make_pdf([clipped]), "clip.pdf", settings)
    assert "".join(c.text for c in pages[0].chars) == "Shown"


@pytest.mark.parametrize("settings", READERS, ids=_IDS)
def test_overprinted_fake_bold_is_one_glyph(settings: PdfSettings) -> None:
    twice = b"BT /F1 12 Tf 72 720 Td (Bold) Tj ET BT /F1 12 Tf 72.3 720.2 Td (Bold) Tj ET"
    pages, _ = read_pdf(make_pdf([twice]), "bold.pdf", settings)
    assert "".join(c.text for c in pages[0].chars) == "Bold"


@pytest.mark.parametrize("settings", READERS, ids=_IDS)
def test_compressed_content_reads(settings: PdfSettings) -> None:
    pages, _ = read_pdf(make_pdf([text_page("Flate 42")], compress=True), "z.pdf", settings)
    assert "".join(c.text for c in pages[0].chars) == "Flate42"
    assert zlib.compress(b"x")  # zlib is the codec the bomb check streams through


def _grid(segments: list[Segment]) -> list[tuple[int, int, int, int]]:
    h, v = merge_edges(*segments_to_edges(segments))
    boxes = intersections_to_cells(edges_to_intersections(h, v), h, v)
    (group,) = cells_to_groups(boxes)
    placed, _, _ = group_to_grid(group)
    return sorted((c.row, c.col, c.rowspan, c.colspan) for c in placed)


def test_lattice_keeps_merged_cell_spans() -> None:
    # a 3x3 grid whose left column is one merged cell and whose top right two cells are merged
    h = [Segment(0, y, 300, y) for y in (0, 100, 200, 300)]
    inner_h = [Segment(100, 100, 300, 100)]
    v = [Segment(x, 0, x, 300) for x in (0, 100, 300)] + [Segment(200, 100, 200, 300)]
    segments = [h[0], h[3], *inner_h, Segment(100, 200, 300, 200), *v]
    assert _grid(segments) == [
        (0, 0, 3, 1),
        (0, 1, 1, 2),
        (1, 1, 1, 1),
        (1, 2, 1, 1),
        (2, 1, 1, 1),
        (2, 2, 1, 1),
    ]


def test_lattice_joins_broken_collinear_rules() -> None:
    pieces = [Segment(0, 0, 140, 0), Segment(141.5, 0, 300, 0), Segment(0, 50, 300, 50)]
    sides = [Segment(0, 0, 0, 50), Segment(150, 0, 150.8, 50), Segment(300, 0, 300, 50)]
    assert _grid(pieces + sides) == [(0, 0, 1, 1), (0, 1, 1, 1)]


def test_real_word_pdf_units_on_their_own_line() -> None:
    doc = jpkpi.parse(REAL / "otoineppu_kyuyo_teiin_r5.pdf")
    first = doc.tables[0]
    texts = [c.text for c in first.rows()[1]]
    assert texts[:3] == ["令和5年度", "636人", "2,050,134千円"]
    pay = doc.tables[1]
    assert [(c.text, c.rowspan, c.colspan) for c in pay.rows()[0]] == [
        ("区分", 2, 1),
        ("職員数Ａ", 2, 1),
        ("給与費", 1, 4),
    ]
    assert jpkpi.parse_quantity(texts[2]).value == 2050134000


def test_real_itext_pdf_tables() -> None:
    doc = jpkpi.parse(REAL / "otoineppu_kansui_keiei_senryaku.pdf")
    assert len(doc.tables) >= 7
    first = next(t for t in doc.tables if any(c.text == "計画給水人口" for c in t.cells))
    assert isinstance(first, Table) and first.provenance.page == 1
    cells = {c.text for c in first.cells}
    assert {"計画給水人口", "1070 人", "現在給水人口", "675 人"} <= cells


@pytest.mark.parametrize("reader", _IDS)
def test_pages_are_read_one_at_a_time(monkeypatch, reader: str) -> None:
    """jpkpi.parse lays each page out before it reads the next, so it holds one page's
    characters at a time (memory flat in the page count): the readers yield a page as it is
    read."""
    import jpkpi.document
    from jpkpi.sources import pdf, pdfium

    events: list[str] = []
    read_pdfium, read_miner = pdfium._read_page, pdf._page_objects
    lay_out = jpkpi.document.page_to_blocks

    def pdfium_page(api, page, number, *args):  # type: ignore[no-untyped-def]
        events.append(f"read {number}")
        return read_pdfium(api, page, number, *args)

    def miner_page(*args):  # type: ignore[no-untyped-def]
        events.append("read")
        return read_miner(*args)

    def layout(page):  # type: ignore[no-untyped-def]
        events.append(f"lay out {page.number}")
        return lay_out(page)

    monkeypatch.setattr(pdfium, "_read_page", pdfium_page)
    monkeypatch.setattr(pdf, "_page_objects", miner_page)
    monkeypatch.setattr(jpkpi.document, "page_to_blocks", layout)
    data = make_pdf([text_page("One 1"), text_page("Two 2"), text_page("Three 3")])
    jpkpi.parse(data, name="three.pdf", pdf_reader=reader)
    expected = {
        "pdfium": ["read 1", "lay out 1", "read 2", "lay out 2", "read 3", "lay out 3"],
        "pdfminer": ["read", "lay out 1", "read", "lay out 2", "read", "lay out 3"],
    }
    assert events == expected[reader]
