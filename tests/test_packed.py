"""Tables kept packed (jpkpi.tables.packed): a long PDF's tables are held as bytes, or in a
temporary file past SPILL_BYTES, and decode to the very tables the layout made."""

from __future__ import annotations

import pickle
import tempfile
from pathlib import Path

import pytest

import jpkpi
import jpkpi.tables.packed as packed
from jpkpi.sources.pdf import iter_pdf
from jpkpi.tables.model import Table, TextLine
from jpkpi.tables.packed import PackedBlocks, count_tables, pack_table, text_lines, unpack_table
from jpkpi.tables.pdf_pages import join_pages, page_to_blocks

ROOT = Path(__file__).resolve().parent.parent
#: Real sheets: a PDF whose cells keep their lines with places, a workbook with a text box.
KOBE = ROOT / "corpora" / "real-kpi" / "docs" / "kobe-r25-015.pdf"
IKEDA = ROOT / "corpora" / "real-kpi" / "docs" / "ikeda-r7-010.pdf"


def _pages(path: Path) -> list[list]:
    """The PDF's blocks, page by page, as the layout makes them, before any packing."""
    return [page_to_blocks(page) for page in iter_pdf(path.read_bytes(), path.name)]


def _laid_out(path: Path) -> list:
    return [b for page in _pages(path) for b in page]


def test_a_table_packs_and_unpacks_to_itself() -> None:
    tables = [b for b in _laid_out(KOBE) if isinstance(b, Table)]
    assert tables and any(c.lines for t in tables for c in t.cells)  # lines with places
    size = 0
    for table in tables:
        data = pack_table(table)
        again = unpack_table(data)
        assert again == table and again is not table
        assert again.grid() == table.grid()
        size += len(data)
    assert size < sum(len(pickle.dumps(t)) for t in tables) / 3  # what packing is for


def test_a_cells_fill_survives_packing() -> None:
    """佐伯 (corpora/forms315): the gray baselines and the blue header come back as painted."""
    saiki = ROOT / "corpora" / "forms315" / "saiki_kpi_suii_r5.pdf"
    tables = [b for b in _laid_out(saiki) if isinstance(b, Table)]
    filled = [t for t in tables if any(c.fill for c in t.cells)]
    assert len(filled) == 2
    for table in filled:
        assert unpack_table(pack_table(table)) == table


def test_a_long_pdfs_tables_are_packed_and_read_alike(monkeypatch) -> None:
    """A short document keeps its tables as objects; past PACK_FROM_TABLES they are packed,
    and the same records come out."""
    short = jpkpi.parse(IKEDA)
    assert isinstance(short.blocks, PackedBlocks) and not short.blocks.packed
    assert "not packed" in repr(short.blocks)
    monkeypatch.setattr(packed, "PACK_FROM_TABLES", 0)  # IKEDA as if it were long
    doc = jpkpi.parse(IKEDA)
    assert doc.blocks.packed and "tables packed in" in repr(doc.blocks)
    assert doc.table_count == len(doc.tables) == count_tables(doc.blocks) > 0
    assert doc.blocks == list(join_pages(_pages(IKEDA))) == short.blocks
    assert [r.to_dict() for r in doc.records] == [r.to_dict() for r in short.records]


@pytest.fixture(autouse=True)
def _pack_every_table(monkeypatch, request) -> None:
    """The tests of packing pack from the first table (the corpus documents are short)."""
    if "long_pdf" not in request.node.name:
        monkeypatch.setattr(packed, "PACK_FROM_TABLES", 0)


def test_blocks_behave_as_a_list() -> None:
    blocks = _laid_out(KOBE)
    table = next(b for b in blocks if isinstance(b, Table))
    line = next(b for b in blocks if isinstance(b, TextLine))
    seq = PackedBlocks(blocks)
    assert len(seq) == len(blocks) and seq == blocks and list(seq) == blocks
    assert seq[1:3] == blocks[1:3] and seq[-1] == blocks[-1]
    seq.insert(0, table)
    assert seq[0] == table and len(seq) == len(blocks) + 1
    seq[0] = line
    assert seq[0] is line  # text lines are kept as they are
    del seq[0]
    seq[0:2] = [table]
    assert seq[0] == table and seq == [table, *blocks[2:]]
    with pytest.raises(TypeError):
        hash(seq)


def test_packed_blocks_pickle_as_bytes() -> None:
    blocks = _laid_out(KOBE)
    seq = PackedBlocks(blocks)
    again = pickle.loads(pickle.dumps(seq))
    assert isinstance(again, PackedBlocks) and again == blocks


def test_past_the_spill_size_tables_go_to_a_temporary_file(monkeypatch) -> None:
    monkeypatch.setattr(packed, "SPILL_BYTES", 0)
    blocks = _laid_out(KOBE)
    seq = PackedBlocks(blocks)
    assert "in a temporary file" in repr(seq)
    assert seq == blocks
    assert pickle.loads(pickle.dumps(seq)) == blocks
    seq[0] = blocks[1]  # stored again: written at the file's end
    assert seq[0] == blocks[1] and seq[1:] == blocks[1:]


def test_without_a_temporary_folder_tables_stay_in_memory(monkeypatch) -> None:
    def refused(*args, **kwargs):
        raise OSError("read-only file system")

    monkeypatch.setattr(packed, "SPILL_BYTES", 0)
    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    blocks = _laid_out(KOBE)
    seq = PackedBlocks(blocks)
    assert "temporary file" not in repr(seq) and seq == blocks


def test_counting_tables_and_listing_lines_decodes_nothing(monkeypatch) -> None:
    blocks = _laid_out(KOBE)
    seq = PackedBlocks(blocks)

    def no(data: bytes) -> Table:
        raise AssertionError("a table was decoded")

    monkeypatch.setattr(packed, "unpack_table", no)
    assert count_tables(seq) == sum(isinstance(b, Table) for b in blocks)
    assert list(text_lines(seq)) == [b for b in blocks if isinstance(b, TextLine)]


def test_a_packed_document_reads_as_the_unpacked_one() -> None:
    """The reader takes one table at a time from the packed blocks: the same records."""
    from jpkpi.understanding.reader import read_blocks
    from jpkpi.understanding.vocabulary import Vocabulary, using_vocabulary

    blocks = join_pages(_pages(IKEDA))
    assert blocks.packed
    with using_vocabulary(Vocabulary.default()):
        packed_drafts = read_blocks(blocks)
        plain_drafts = read_blocks(list(blocks))
    assert [d.indicator for d in packed_drafts] == [d.indicator for d in plain_drafts]
    assert len(packed_drafts) > 0
