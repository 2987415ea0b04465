"""The PDFium reader gives what the pdfminer reader gives, and reads what pdfminer gets wrong."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import jpkpi
from jpkpi.errors import EncryptedDocumentError, WrongPasswordError
from jpkpi.sources.pdf import PdfSettings, read_pdf
from tests.conftest import FIXTURES, ROOT, parsed
from tests.pdfgen import make_pdf, pdf_from_objects, text_page

pytest.importorskip("pypdfium2")  # a dependency; imported by the reader only when used

PDFIUM = PdfSettings(pdf_reader="pdfium")
MINER = PdfSettings(pdf_reader="pdfminer")
#: Every PDF in the corpora: real sheets of several producers, our own renditions (ruled grids,
#: rules only, bands), forms with clipped text inside form XObjects, vertical writing.
CORPUS_PDFS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "corpora").rglob("*.pdf"))
#: The PDFs both readers parse whole here: every one but the blind forms folders' renditions,
#: which LibreOffice made alike from workbooks (one producer, its fonts, its grids), of which
#: every fourth (in path order) is enough to watch that producer; there are 900 of them and
#: reading each twice cost a minute of the suite's ten. ``benchmarks/compare_readers.py``
#: compares them all.
COMPARED_PDFS = [p for p in CORPUS_PDFS if not p.startswith("corpora/forms")] + [
    p for p in CORPUS_PDFS if p.startswith("corpora/forms")
][::4]
#: Cells the readers read apart, by PDF, (table, row, column) counted from 0, and why. Both
#: readings are wrong the same way: on page 1 of 上市, 具体的な事業 is four columns of bullets
#: whose text runs to each column's edge and no rule marks, read as one cell; PDFium places
#: this font's glyph boxes 0.51 pt lower than pdfminer does (the font file's descent, where
#: pdfminer takes the descriptor's 0), and wrapped ends ("業の拡充)", "援") fall on the other
#: side of the line threshold. No record is read from that column.
KNOWN_DIFFERENCES = {
    "corpora/bands/kamiichi_bands_split.pdf": {(0, 2, 8), (0, 3, 8), (0, 7, 8)},
}

#: PDFs whose record boxes the readers place further apart than 1.5 points, and how far: 宇城's
#: cells of two lines (an actual over its target), each line boxed by its glyphs, 1.53 points.
BOXES_APART = {"corpora/forms441/uki_jimujigyo_hyoka_r5.pdf": 2.0}


def _cells(doc: jpkpi.Document) -> dict[tuple[int, int, int], tuple[int, int, str, int]]:
    """Every cell of a document's tables: (table, row, column) → (rowspan, colspan, text, page)."""
    return {
        (k, c.row, c.col): (c.rowspan, c.colspan, c.text, c.provenance.page or 0)
        for k, table in enumerate(doc.tables)
        for c in table.cells
    }


@pytest.mark.parametrize("path", COMPARED_PDFS)
def test_both_readers_give_the_same_tables_and_records(path: str) -> None:
    miner = jpkpi.parse(ROOT / path, pdf_reader="pdfminer")
    # PDFium is the default reader: the session's parse of the document, which other tests share
    pdfium = parsed(ROOT / path)
    assert PdfSettings().pdf_reader == "pdfium"
    # the pdfminer reader's bounds on fonts (MAX_FONT_ENTRIES, MAX_CID, MAX_CMAP_BYTES) leave
    # every real font whole
    assert not [w for w in miner.warnings if w.startswith("font ")], path
    assert len(miner.tables) == len(pdfium.tables), path
    a, b = _cells(miner), _cells(pdfium)
    assert a.keys() == b.keys(), f"{path}: the tables' cells stand in other places"
    differ = {key for key in a if a[key] != b[key]}
    for table, row, col in sorted(differ - KNOWN_DIFFERENCES.get(path, set())):
        page = a[table, row, col][3]
        pytest.fail(
            f"{path} page {page}, table {table + 1}, cell r{row}c{col}: "
            f"pdfminer {a[table, row, col][2]!r}, PDFium {b[table, row, col][2]!r}"
        )
    assert differ == KNOWN_DIFFERENCES.get(path, set()), f"{path}: a known difference is gone"
    # the same records; a warning may differ where glyph boxes sit a point apart (a guess
    # between two rows of a band is made on one side of the line and not on the other)
    assert [_bare(r.to_dict()) for r in miner.records] == [
        _bare(r.to_dict()) for r in pdfium.records
    ]
    # a band's sub-row is boxed by its glyphs, whose bottoms the readers place up to 1.2 points
    # apart (a font descriptor's Descent 0, which PDFium reads from the font file instead)
    apart = BOXES_APART.get(path, 1.5)
    for r, s in zip(miner.records, pdfium.records, strict=True):
        assert _boxes(s.to_dict()) == pytest.approx(_boxes(r.to_dict()), abs=apart)


def _bare(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its warnings and its cells' boxes (compared by :func:`_boxes`)."""
    bare = {k: v for k, v in record.items() if k != "warnings"}
    return json.loads(json.dumps(bare, default=str), object_hook=_without_box)


def _without_box(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k != "box"}


def _boxes(record: dict[str, Any]) -> list[float]:
    """Every coordinate of a record's cell boxes, in order."""
    found: list[float] = []

    def visit(obj: Any) -> None:
        if isinstance(obj, dict):
            found.extend(obj.get("box", []))
            for v in obj.values():
                visit(v)
        elif isinstance(obj, list):
            for v in obj:
                visit(v)

    visit(record)
    return found


@pytest.mark.parametrize("reader", ["pdfminer", "pdfium"])
def test_both_readers_read_vertical_text_in_order(reader: str) -> None:
    # A vertical-writing font whose metrics give （ and ） no vertical advance: pdfminer's boxes
    # for them had no height and fell out of order (物件費（内）訳); the page shows （内訳） top
    # to bottom. PDFium gives them a box; the pdfminer reader now gives them one em.
    doc = jpkpi.parse(ROOT / "corpora/real-kpi/docs/kobe-r25-001.pdf", pdf_reader=reader)
    texts = {c.text for t in doc.tables for c in t.cells}
    assert {"物件費（内訳）", "職種等内訳（人数）"} <= texts


def test_clipped_text_inside_a_form_xobject_is_dropped() -> None:
    import zlib

    form = zlib.compress(
        b"q 10 10 50 50 re W n BT /F1 12 Tf 300 700 Td (Hidden) Tj ET Q"
        b" BT /F1 12 Tf 20 20 Td (Shown) Tj ET 0 0 m 100 0 l S"
    )
    page = b"q 1 0 0 1 100 50 cm /X1 Do Q " + text_page("Page")
    pages, _ = read_pdf(make_pdf([page], form=form), "form.pdf", PDFIUM)
    assert "".join(c.text for c in pages[0].chars) == "ShownPage"
    # the form's rule, moved by the page's cm
    assert [(s.x0, s.x1, s.top) for s in pages[0].segments] == [(100, 200, 842 - 50)]


def test_invisible_text_is_dropped() -> None:
    page = b"q BT /F1 12 Tf 3 Tr 72 700 Td (Ghost) Tj ET Q " + text_page("Seen")
    pages, _ = read_pdf(make_pdf([page]), "ocr.pdf", PDFIUM)
    assert "".join(c.text for c in pages[0].chars) == "Seen"


def test_hostile_pages_are_bounded_as_with_pdfminer() -> None:
    busy = b"0 0 1 1 re S\n" * 60_000
    pages, warnings = read_pdf(make_pdf([busy, text_page("Page two")]), "busy.pdf", PDFIUM)
    assert warnings == ["page 1 skipped: it draws more than 50,000 objects"]
    assert "".join(c.text for c in pages[1].chars) == "Pagetwo"


def test_encrypted_pdf_needs_its_password() -> None:
    data = (FIXTURES / "pdf" / "encrypted.pdf").read_bytes()
    with pytest.raises(EncryptedDocumentError, match="is encrypted; jpkpi cannot read it"):
        read_pdf(data, "locked.pdf", PDFIUM)
    with pytest.raises(WrongPasswordError, match="the password given is not its password"):
        read_pdf(data, "locked.pdf", PDFIUM, password="not this one")


def test_user_password_opens_the_pdf() -> None:
    data = make_pdf([text_page("Secret 42")], user_password="kpi", compress=True)
    with pytest.raises(EncryptedDocumentError):
        read_pdf(data, "user.pdf", PDFIUM)
    for settings in (MINER, PDFIUM):
        pages, _ = read_pdf(data, "user.pdf", settings, password="kpi")
        assert "".join(c.text for c in pages[0].chars) == "Secret42", settings.pdf_reader


def test_no_copy_permission_does_not_stop_reading() -> None:
    # /P without bit 5 (copy): viewers disable copying; the text is there to read
    data = make_pdf([text_page("Open 7")], user_password="", permissions=-20)
    for settings in (MINER, PDFIUM):
        pages, _ = read_pdf(data, "nocopy.pdf", settings)
        assert "".join(c.text for c in pages[0].chars) == "Open7", settings.pdf_reader


def test_a_file_pdfium_refuses_is_judged_by_pdfminer() -> None:
    with pytest.raises(jpkpi.DocumentError, match="has no pages"):
        read_pdf(make_pdf([text_page()], pages=False), "empty.pdf", PDFIUM)


def test_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError, match="pdf_reader must be one of"):
        PdfSettings(pdf_reader="poppler")


@pytest.mark.parametrize(
    ("mediabox", "rotate", "seen"),
    [
        ("0 0 595 842", 0, (72, 113, 595, 842)),
        ("100 100 695 942", 0, (72, 113, 595, 842)),  # a media box away from the origin
        ("0 0 595 842", 90, (717, 72, 842, 595)),  # turned clockwise: the top edge is right
        ("0 0 595 842", 180, (515, 717, 595, 842)),
        ("100 50 695 892", 270, (113, 515, 842, 595)),
    ],
)
def test_both_readers_place_text_on_the_page_as_seen(
    mediabox: str, rotate: int, seen: tuple[int, int, int, int]
) -> None:
    left, bottom = (int(v) for v in mediabox.split()[:2])
    content = f"BT /F1 12 Tf {72 + left} {720 + bottom} Td (A) Tj ET".encode()
    data = make_pdf([content]).replace(
        b"/MediaBox [0 0 595 842]", f"/MediaBox [{mediabox}] /Rotate {rotate}".encode()
    )
    for settings in (MINER, PDFIUM):
        (page,), _ = read_pdf(data, "turned.pdf", settings)
        (a,) = page.chars  # the glyph's top-left corner as the page is seen
        assert (a.x0, a.top, page.width, page.height) == pytest.approx(seen, abs=1), (
            settings.pdf_reader
        )


def test_a_font_whose_descriptor_gives_no_descent_is_placed_where_it_is_drawn() -> None:
    """平塚 (corpora/forms338): LibreOffice's Noto CJK subset says Descent 0 in its descriptor and
    PDFium falls back to the font's bounding box (-1048), which put every glyph a line low:
    `実績値 ※1` fell below the rule under its band into the row of `2年目 | 3年目 | 4年目`. Both
    readers place it inside the band, and the band heads the three years."""
    path = ROOT / "corpora" / "forms338" / "hiratsuka_kpi_kensho_r6.pdf"
    data = path.read_bytes()
    tops = {}
    for settings in (MINER, PDFIUM):
        (page,), _ = read_pdf(data, path.name, settings)
        tops[settings.pdf_reader] = [
            c.top for c in page.chars if c.text == "実" and 200 < c.top < 300
        ]
    assert tops["pdfium"] == pytest.approx(tops["pdfminer"], abs=1.0)
    grid = parsed(path).tables[1]
    band = next(c for c in grid.cells if c.text.startswith("実績値"))
    years = [
        c.text for c in grid.cells if c.row == band.row + 1 and band.col <= c.col < band.col + 3
    ]
    assert (band.colspan, years) == (3, ["2年目", "3年目", "4年目（見込）※2"])


def test_cli_pdf_reader_option_reads_the_same_records(tmp_path) -> None:
    """`jpkpi parse --pdf-reader pdfium`, as a user runs it: the same records as the default
    reader on 釧路's grid (移住者数: 112, 105, 81), and a bad name is a usage error."""
    pdf = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.pdf"
    runs = {
        reader: subprocess.run(
            [sys.executable, "-m", "jpkpi", "parse", str(pdf), "--pdf-reader", reader],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        for reader in ("pdfminer", "pdfium")
    }
    assert all(run.returncode == 0 for run in runs.values()), runs
    assert runs["pdfium"].stdout == runs["pdfminer"].stdout
    migrants = next(
        json.loads(line)
        for line in runs["pdfium"].stdout.splitlines()
        if json.loads(line)["indicator"] == "移住者数"
    )
    assert [a["value"] for a in migrants["actuals"]] == [112, 105, 81]
    bad = subprocess.run(
        [sys.executable, "-m", "jpkpi", "parse", str(pdf), "--pdf-reader", "poppler"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_every_corpus_pdf_is_measured_and_given_to_pdfium() -> None:
    """The measure before PDFium (jpkpi/sources/pdf_preflight.py) finds no doubt and no page
    past a limit in any corpus PDF, so PDFium reads them all; the bombs of issue 14 and their
    disguised variants it keeps from PDFium, or skips the page, for the reason they are bombs."""
    from jpkpi.sources.pdf_preflight import measure
    from tests.hostile_pdfs import CASES

    for path in CORPUS_PDFS:
        found = measure((ROOT / path).read_bytes(), PDFIUM)
        assert (found.doubt, found.refused) == ("", {}), path
        assert found.pages > 0, path
    inflates = "its content inflates to more than 67,108,864 bytes"
    assert measure(CASES["disguised_double_flate_content"](), PDFIUM).refused == {1: inflates}
    doubts = {
        "disguised_object_stream": "an object stream decodes past 67,108,864 bytes",
        "form_dag_nul_separated": "page 1 may draw more than 50,000 objects",
        "form_chain_deep": "page 1 draws forms inside forms more than 100 deep",
        "form_draws_itself": "page 1 draws a form inside itself",
        "forms_draw_each_other": "page 1 draws a form inside itself",
        "type3_glyph_draws_forms": "page 1 uses a Type3 font, whose glyphs can draw forms",
        "font_file_bomb": "page 1 embeds a font file that decodes past 67,108,864 bytes",
        "xref_prev_cycle": "pdfminer.six cannot open it to measure it (RecursionError)",
    }
    for case, doubt in doubts.items():
        assert measure(CASES[case](), PDFIUM).doubt == doubt, case


def test_an_object_is_read_alone_from_its_object_stream_as_pdfminer_reads_it_whole() -> None:
    """The pdfminer reader parses an object of an object stream alone, at the offset the
    stream's header gives (pdfminer parses every object before it; a stream of font widths took
    seconds): every object of every corpus PDF's object streams reads the same both ways."""
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    from jpkpi.sources.pdf import _open_document, _pdfminer
    from jpkpi.sources.pdf_preflight import _object_stream_ids

    _, _, pdfdocument, _, _, _, _ = _pdfminer()
    compared = 0
    for path in CORPUS_PDFS:
        data = (ROOT / path).read_bytes()
        ours = _open_document(pdfdocument, PDFParser(io.BytesIO(data)), "")
        theirs = PDFDocument(PDFParser(io.BytesIO(data)))
        for stream_id in sorted(_object_stream_ids(ours)):
            stream = ours.getobj(stream_id)
            for index in range(stream["N"]):
                mine = ours._getobj_objstm(stream, index, 0)
                whole = PDFDocument._getobj_objstm(theirs, theirs.getobj(stream_id), index, 0)
                assert repr(mine) == repr(whole), (path, stream_id, index)
                compared += 1
    assert compared > 1000


def _pdf_with_cid_font(codes: str, to_unicode: dict[str, str]) -> bytes:
    """A one-page PDF drawing ``codes`` (2-byte hex glyph codes) in a Type0 font whose
    ToUnicode map gives each code's text (UTF-16BE hex, a surrogate pair for a character
    beyond the BMP)."""
    pairs = "\n".join(f"<{code}> <{text}>" for code, text in to_unicode.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(to_unicode)} beginbfchar\n{pairs}\nendbfchar endcmap end end"
    ).encode()
    content = f"BT /F1 12 Tf 72 720 Td <{codes}> Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /MSGothic /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MSGothic "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /DW 1000 >>",
        f"<< /Length {len(cmap)} >>\nstream\n".encode() + cmap + b"\nendstream",
    ]
    return pdf_from_objects(objects)


@pytest.mark.parametrize("reader", ["pdfium", "pdfminer"])
def test_a_character_beyond_the_bmp_is_read_as_one_character(reader: str, monkeypatch) -> None:
    """𠮷 (U+20BB7, two UTF-16 units) between 吉 and 野: the PDFium reader, which takes a page's
    text in one call, reads such a page character by character so no index shifts."""
    import jpkpi.sources.pdfium as pdfium_reader

    by_char = pdfium_reader._visible_text_by_char
    calls: list[int] = []

    def spy(*args: Any) -> list[tuple[int, str]]:
        calls.append(1)
        return by_char(*args)

    monkeypatch.setattr(pdfium_reader, "_visible_text_by_char", spy)
    data = _pdf_with_cid_font("000100020003", {"0001": "5409", "0002": "D842DFB7", "0003": "91CE"})
    pages, _ = read_pdf(data, "kichi.pdf", PdfSettings(pdf_reader=reader))
    assert "".join(c.text for c in pages[0].chars) == "吉𠮷野"
    assert calls == ([1] if reader == "pdfium" else [])  # the page read one character at a time


@pytest.mark.parametrize("reader", ["pdfium", "pdfminer"])
def test_both_readers_give_a_cells_fill(reader: str) -> None:
    """佐伯 (corpora/forms315): each reader paints the same cells gray (`#bfbfbf`: the baselines
    its legend sets apart) and the header light blue; white paper is no fill."""
    doc = jpkpi.parse(ROOT / "corpora" / "forms315" / "saiki_kpi_suii_r5.pdf", pdf_reader=reader)
    grid = doc.tables[1]
    gray = sorted((c.row, c.col, c.text) for c in grid.cells if c.fill == "#bfbfbf")
    assert gray == [(1, 3, "18"), (2, 4, "12"), (3, 3, "34"), (4, 5, "0"), (5, 3, "56")]
    assert {c.fill for c in grid.cells if c.row == 0} == {"#ddebf7"}
    assert all(c.fill is None for c in grid.cells if c.row == 1 and c.col >= 5)
