"""The seeds as XLSX, HTML and CSV read back to the same records as their text versions."""

from __future__ import annotations

import json

import pytest

import jpkpi
from jpkpi.eval import score
from tests.conftest import ROOT, load_jsonl

CORPORA = ROOT / "corpora"
RENDITIONS = sorted(
    (kind, p.name[: -len(".jsonl")])
    for kind in ("html", "csv")
    for p in (CORPORA / kind / "expected").glob("*.jsonl")
)
# The PDF corpus's workbooks are the same layouts; their expectations are the PDFs' with the
# sheet name as the outermost section (where it is not the sheet's own title) and no page.
WORKBOOKS = sorted(
    p.name.replace(".pdf.jsonl", "") for p in (CORPORA / "pdf" / "expected").glob("*.jsonl")
)


def _load(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_every_source_kind_has_renditions() -> None:
    kinds = {kind for kind, _ in RENDITIONS}
    assert kinds == {"html", "csv"}
    assert len(RENDITIONS) == 9 and len(WORKBOOKS) == 5


@pytest.mark.parametrize(("kind", "name"), RENDITIONS)
def test_html_and_csv_renditions(kind: str, name: str) -> None:
    expected = _load(CORPORA / kind / "expected" / f"{name}.jsonl")
    doc = jpkpi.parse(CORPORA / kind / name)
    s = score(expected, [r.to_dict() for r in doc.records])
    assert s.f1 >= 0.98, (s.f1, s.by_field, s.mismatches[:3])


@pytest.mark.parametrize("name", WORKBOOKS)
def test_xlsx_renditions(name: str) -> None:
    expected = _load(CORPORA / "pdf" / "expected" / f"{name}.pdf.jsonl")
    doc = jpkpi.parse(CORPORA / "pdf" / f"{name}.xlsx")
    produced = []
    for record in (r.to_dict() for r in doc.records):
        assert record["page"] is None and record["line"] is None
        # the sheet's name comes first, unless it only repeats the title the sheet opens with
        sheet = (record.get("indicator_cell") or {}).get("sheet")
        if record["section"][:1] == [sheet]:
            record["section"] = record["section"][1:]
        produced.append(record)
    for record in expected:
        record["page"] = None
    s = score(expected, produced)
    assert s.f1 >= 0.98, (s.f1, s.by_field, s.mismatches[:3])


def test_csv_keeps_the_seed_line_numbers() -> None:
    text = {r["line"]: r["indicator"] for r in load_jsonl("records/002_c12787e90c7802a2.txt.jsonl")}
    csv_records = jpkpi.parse(CORPORA / "csv" / "hanamaki_report_cp932.csv").records
    assert {r.line: r.indicator for r in csv_records if r.kind != "cost"} == text
