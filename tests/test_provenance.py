"""Every value and name says the cell it was read from (issue 16, item 1).

For every bundled document, each observation's ``cell`` must point at a recovered cell whose
text holds the observation's ``raw`` (on a page: a cell whose box holds the observation's box,
which for a band's sub-row is the box around its own lines). The places asserted by value were
checked on the rendered pages (corpora/pdf/kushiro_kpi_grid.pdf page 1: 移住者数 in the name
column, 112 in the first actual column of its row).
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any

import pytest
import regex

import jpkpi
from jpkpi.primitives.text import normalize_text
from jpkpi.records.schema import validate_record
from jpkpi.tables.model import Table, TextLine
from tests.conftest import ROOT, parsed

CORPORA = ROOT / "corpora"
SUFFIXES = {".pdf", ".xlsx", ".xls", ".html", ".htm", ".csv", ".txt"}
_FILES = sorted(
    p
    for p in CORPORA.rglob("*")
    if p.suffix.lower() in SUFFIXES and "expected" not in p.parts and p.name != "README.md"
)
#: The corpora's documents, and every fourth of the workbooks the forms folders build their PDFs
#: from (``formsN/source/``, in path order): 900 sheets of one builder's making, whose other
#: three quarters cost forty seconds of the suite's ten minutes and add no shape the rest lack.
DOCUMENTS = [p for p in _FILES if "source" not in p.relative_to(CORPORA).parts[1:-1]] + [
    p for p in _FILES if "source" in p.relative_to(CORPORA).parts[1:-1]
][::4]


def _norm(text: str) -> str:
    return normalize_text(text).replace(" ", "")


Index = dict[Any, list[Any]]


def _index(doc: jpkpi.Document) -> Index:
    """The recovered cells (and layout lines) of a document by their place."""
    index: Index = collections.defaultdict(list)
    for block in doc.blocks:
        if isinstance(block, TextLine):
            if block.provenance.line is not None:
                index[("line", block.provenance.line)].append(block.text)
            continue
        assert isinstance(block, Table)
        for cell in block.cells + block.overlays:
            place = cell.provenance.to_dict()
            if place is None:
                continue
            if "box" in place:
                index[("page", place["page"])].append((place["box"], cell.text))
            else:
                index[json.dumps(place, sort_keys=True)].append(cell.text)
    return index


def _holds(index: Index, cell: dict[str, Any], text: str) -> bool:
    """Whether a recovered cell at ``cell`` holds ``text``."""
    want = _norm(text)
    if "box" in cell:
        x0, top, x1, bottom = cell["box"]
        return any(
            bx0 - 1 <= x0 and x1 <= bx1 + 1 and btop - 1 <= top and bottom <= bbottom + 1
            and want in _norm(found)
            for (bx0, btop, bx1, bbottom), found in index[("page", cell["page"])]
        )  # fmt: skip
    if set(cell) == {"line"}:  # a line of layout text
        return any(want in _norm(found) for found in index[("line", cell["line"])])
    return any(want in _norm(found) for found in index[json.dumps(cell, sort_keys=True)])


def _observations(record: dict[str, Any]) -> list[dict[str, Any]]:
    baseline = [record["baseline"]] if record["baseline"] else []
    return baseline + record["targets"] + record["actuals"] + record.get("budgets", [])


def test_the_corpus_is_all_there() -> None:
    folders = {p.relative_to(CORPORA).parts[0] for p in DOCUMENTS}
    assert {"seeds", "pdf", "html", "csv", "layouts", "bands", "forms", "real-kpi"} <= folders
    assert len(DOCUMENTS) >= 60


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(CORPORA)))
def test_every_value_points_at_the_cell_that_prints_it(path: Path) -> None:
    try:
        doc = parsed(path)
    except jpkpi.DocumentError:
        pytest.skip("not a document jpkpi reads (a broken-file fixture)")
    index = _index(doc)
    wrong = []
    for record in (r.to_dict() for r in doc.records):
        for obs in _observations(record):
            if obs["cell"] is None or not _holds(index, obs["cell"], obs["raw"]):
                wrong.append((record["indicator"], obs["raw"], obs["cell"]))
        named = record["indicator_cell"]
        # (a name merged over 区分 | 男性 / 女性 rows names each part: 特定健診受診率(男性), the
        # name's cell holding the name and the 区分 cell its part)
        own = regex.sub(r"\([^()]*\)$", "", record["indicator"] or "")
        if (
            record["indicator"]
            and named is not None
            and not _holds(index, named, record["indicator"])
            and not (own and _holds(index, named, own))
        ):
            wrong.append((record["indicator"], "(name)", named))
    assert wrong == []


def test_names_carry_their_cell_nearly_everywhere() -> None:
    records = [r for path in DOCUMENTS for r in _records_of(path) if r.indicator]
    without = [r for r in records if r.indicator_cell is None]
    assert len(records) > 3000
    assert len(without) <= len(records) // 100, [r.indicator for r in without[:10]]


def _records_of(path: Path) -> list[jpkpi.records.model.KpiRecord]:
    try:
        return parsed(path).records
    except jpkpi.DocumentError:
        return []


def test_cells_by_value_on_the_kushiro_grid() -> None:
    """Read off page 1 of the PDF: the row 移住者数 | … | 112 | 105 | 81."""
    doc = parsed(CORPORA / "pdf" / "kushiro_kpi_grid.pdf")
    record = next(r.to_dict() for r in doc.records if r.indicator == "移住者数")
    assert record["indicator_cell"]["page"] == 1
    name_x0, name_top, _, name_bottom = record["indicator_cell"]["box"]
    first, second, third = (a["cell"] for a in record["actuals"])
    assert [a["raw"] for a in record["actuals"]] == ["112", "105", "81"]
    # one row: the same top and bottom; left to right, each column after the name's
    assert {c["box"][1] for c in (first, second, third)} == {name_top}
    assert {c["box"][3] for c in (first, second, third)} == {name_bottom}
    assert name_x0 < first["box"][0] < second["box"][0] < third["box"][0]
    assert first["box"][2] == pytest.approx(second["box"][0])  # neighbouring cells


def test_cells_of_a_band_are_the_lines_of_its_sub_row() -> None:
    """corpora/bands/kushiro_bands_rows.pdf: one ruled band prints two indicators, whose
    targets 3 and 133 stand one above the other in one cell."""
    doc = parsed(CORPORA / "bands" / "kushiro_bands_rows.pdf")
    by_name = {r.indicator: r.to_dict() for r in doc.records}
    three = by_name["MOOワークスペース等施設を継続的に利用する企業数(社・団体)"]["targets"][0]
    hundred = by_name["移住者数"]["targets"][0]
    assert (three["raw"], hundred["raw"]) == ("3", "133")
    assert three["cell"]["box"][3] < hundred["cell"]["box"][1]  # 3 ends above 133's top
    assert hundred["cell"]["box"][3] - hundred["cell"]["box"][1] < 12  # one line of text


@pytest.mark.parametrize(
    ("path", "form"),
    [
        ("pdf/kushiro_kpi_grid.xlsx", {"sheet", "cell"}),
        ("html/kushiro_kpi.html", {"table", "row", "column"}),
        ("csv/kushiro_kpi_utf8bom.csv", {"line", "column"}),
        ("seeds/003_cba63dfe630bcdd0.txt", {"line"}),  # 主要施策成果シート: layout text
    ],
)
def test_each_kind_of_source_has_its_form_of_cell(path: str, form: set[str]) -> None:
    doc = parsed(CORPORA / path)
    cells = [o["cell"] for r in doc.records for o in _observations(r.to_dict())]
    assert cells and all(set(c) == form for c in cells)
    for record in doc.records:
        assert validate_record(record.to_dict()) == []


def test_csv_long_and_parquet_carry_the_cell() -> None:
    pytest.importorskip("pyarrow")
    from jpkpi.records.arrow import records_to_table, restore_record

    doc = parsed(CORPORA / "pdf" / "kushiro_kpi_grid.pdf")
    frame = doc.to_dataframe(long=True) if _has_pandas() else None
    if frame is not None:
        row = frame[(frame["indicator"] == "移住者数") & (frame["raw"] == "112")].iloc[0]
        assert json.loads(row["cell"])["page"] == 1
    records = [r.to_dict() for r in doc.records]
    back = [restore_record(row) for row in records_to_table(records).to_pylist()]
    assert back == records
    assert back[0]["actuals"][0]["cell"]["page"] == 1


def _has_pandas() -> bool:
    try:
        import pandas  # noqa: F401
    except ImportError:
        return False
    return True
