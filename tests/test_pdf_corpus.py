"""The PDF corpus: seed tables laid out as municipalities do, read back to the seeds' records."""

from __future__ import annotations

import json

import pytest

import jpkpi
from jpkpi.eval import FIELDS, canonical, score
from tests.conftest import ROOT, load_jsonl

CORPUS = ROOT / "corpora" / "pdf"
NAMES = sorted(p.name[: -len(".jsonl")] for p in (CORPUS / "expected").glob("*.jsonl"))


def _expected(name: str) -> list[dict]:
    with open(CORPUS / "expected" / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def produced() -> dict[str, list[dict]]:
    return {name: [r.to_dict() for r in jpkpi.parse(CORPUS / name).records] for name in NAMES}


def test_corpus_has_every_variant() -> None:
    assert NAMES == [
        "hanamaki_report_form.pdf",
        "kamiichi_goals_grid.pdf",
        "kushiro_kpi_grid.pdf",
        "kushiro_kpi_hrules.pdf",
        "nemuro_part_multipage.pdf",
    ]


@pytest.mark.parametrize("name", NAMES)
def test_pdf_records_match_expectations(name: str, produced: dict[str, list[dict]]) -> None:
    s = score(_expected(name), produced[name])
    assert s.f1 >= 0.98, (s.f1, s.by_field, s.mismatches[:5])
    assert all(r["line"] is None and r["page"] >= 1 for r in produced[name])


def test_pdf_gives_the_same_records_as_its_text_but_for_provenance(
    produced: dict[str, list[dict]],
) -> None:
    text = {
        (r["indicator"], r["label"]): r
        for r in load_jsonl("records/000_fb57e009c395afac.txt.jsonl")
    }
    for record in produced["kushiro_kpi_grid.pdf"]:
        original = text[(record["indicator"], record["label"])]
        for name in FIELDS:
            assert canonical(record, name) == canonical(original, name), (record["indicator"], name)


def test_table_over_two_pages_is_one_table_without_the_repeated_header() -> None:
    doc = jpkpi.parse(CORPUS / "nemuro_part_multipage.pdf")
    (table,) = doc.tables
    pages = {c.provenance.page for c in table.cells}
    assert pages == {1, 2}
    headers = [c for c in table.cells if c.text == "数値比較"]
    assert len(headers) == 1  # page 2 repeats the header rows; they were dropped


def test_horizontal_rules_only_variant_recovers_the_grid() -> None:
    doc = jpkpi.parse(CORPUS / "kushiro_kpi_hrules.pdf")
    first = doc.tables[0]
    assert first.n_cols == 9
    spans = {(c.text, c.rowspan, c.colspan) for c in first.cells}
    assert ("実績値", 1, 3) in spans and ("交付対象事業の名称", 3, 1) in spans
