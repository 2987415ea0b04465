"""The shipped JSON Schema of jpkpi.kpi/1: valid itself, true to the spec, met by every record."""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

import pytest

import jpkpi
from jpkpi.primitives.quantity import MISSING_MARKERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS
from jpkpi.records import schema
from tests.conftest import FIXTURES, ROOT, SEEDS

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema comes with the test extra")

CORPORA = ROOT / "corpora"
#: Every bundled corpus file that jpkpi reads (none raises DocumentError today).
CORPUS_FILES = sorted(
    [
        *SEEDS.glob("*.txt"),
        *(CORPORA / "pdf").glob("*.pdf"),
        *(CORPORA / "pdf").glob("*.xlsx"),
        *(CORPORA / "html").glob("*.html"),
        *(CORPORA / "csv").glob("*.csv"),
        *(CORPORA / "real").glob("*.pdf"),
    ]
)
SPEC = (ROOT / "docs" / "kpi-record.md").read_text(encoding="utf-8")


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(ROOT)) for p in paths]


def _worked_example() -> dict:
    """The JSON block under the spec's "Worked example" heading."""
    part = SPEC.split("## Worked example", 1)[1]
    return json.loads(part.split("```json", 1)[1].split("```", 1)[0])


@pytest.fixture(scope="module")
def real_record() -> dict:
    """The spec's worked example as jpkpi produces it: a record with actuals and periods."""
    records = jpkpi.parse(SEEDS / "000_fb57e009c395afac.txt").records
    return next(r.to_dict() for r in records if r.line == 11)


def test_the_schema_is_valid_draft_2020_12() -> None:
    s = schema.load_schema()
    jsonschema.Draft202012Validator.check_schema(s)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["$id"] == "https://jpkpi.example/schema/kpi-1.json"


def test_schema_text_is_the_shipped_file_and_load_schema_gives_a_fresh_copy() -> None:
    path = ROOT / "jpkpi" / "records" / "kpi-1.schema.json"
    assert schema.schema_text() == path.read_text(encoding="utf-8")
    first = schema.load_schema()
    first["required"].clear()
    assert schema.load_schema()["required"], "a caller's change must not reach other callers"


def test_every_key_of_the_spec_is_required() -> None:
    table = SPEC.split("## Observation", 1)[0]
    keys = re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.MULTILINE)
    assert len(keys) == 20
    assert schema.load_schema()["required"] == keys


def test_every_added_field_of_the_docs_is_declared() -> None:
    docs = (ROOT / "docs" / "reading-tables.md").read_text(encoding="utf-8")
    table = docs.split("## Fields added to the record", 1)[1]
    first_cells = re.findall(r"^\| ([^|]+) \|", table, flags=re.MULTILINE)
    keys = [c for c in first_cells if not c.startswith("flags")]  # flags are values, not keys
    in_observations = {
        k for c in keys if c.startswith("observation") for k in re.findall(r"`([a-z_]+)`", c)
    }
    keys = [c for c in keys if not c.startswith("observation")]
    assert in_observations == {"cell"}
    assert in_observations <= set(schema.load_schema()["$defs"]["Observation"]["properties"])
    added = set(re.findall(r"`([a-z_]+)`", " ".join(keys)))
    assert added == {
        "adapter",
        "source",
        "indicator_cell",
        "comment",
        "budgets",
        "budget_tags",
        "evaluation",
        "plan",
        "result",
    }
    assert added <= set(schema.load_schema()["properties"])


def test_every_flag_the_quantity_parser_sets_is_named_in_the_schema() -> None:
    flags = {*PREFIX_QUALIFIERS.values(), *SUFFIX_QUALIFIERS.values(), *MISSING_MARKERS.values()}
    described = schema.load_schema()["$defs"]["Observation"]["properties"]["flags"]["description"]
    assert {*flags, "missing"} <= set(re.findall(r"[a-z_]+", described))


@pytest.mark.parametrize("path", CORPUS_FILES, ids=_ids(CORPUS_FILES))
def test_every_record_of_every_corpus_file_validates(path: Path) -> None:
    records = [r.to_dict() for r in jpkpi.parse(path).records]
    if path.parent.name != "real":  # the real PDFs hold tables but no KPI table
        assert records
    for record in records:
        assert schema.validate_record(record) == [], (record["line"], record["page"])


EXPECTED = sorted(
    [*(FIXTURES / "records").glob("*.jsonl"), *CORPORA.glob("*/expected/*.jsonl")],
)


@pytest.mark.parametrize("path", EXPECTED, ids=_ids(EXPECTED))
def test_every_hand_written_expectation_validates(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert rows
    for row in rows:
        assert schema.validate_record(row) == [], (row["line"], row["page"])


def test_the_plug_in_adapters_records_validate() -> None:
    pytest.importorskip("jpkpi_adapter_example")
    sample = ROOT / "examples" / "jpkpi-adapter-example" / "sample" / "kpi_cards.tsv"
    doc = jpkpi.parse(sample)
    assert doc.adapter == "kpi_card" and doc.records
    for record in doc.records:
        assert schema.validate_record(record.to_dict()) == []


def test_the_spec_worked_example_validates(real_record: dict) -> None:
    example = _worked_example()
    assert example["document"] == "000_fb57e009c395afac.txt" and example["line"] == 11
    assert schema.validate_record(example) == []
    assert schema.validate_record(real_record) == []


def _mutated(record: dict, change) -> list[str]:
    record = copy.deepcopy(record)
    change(record)
    return schema.validate_record(record)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r.pop("indicator"), "record: 'indicator' is a required property"),
        (lambda r: r.pop("warnings"), "record: 'warnings' is a required property"),
        (lambda r: r.update(kind="foo"), "kind: 'foo' is not one of"),
        (lambda r: r["actuals"][0].update(value="112"), "actuals[0].value: '112' is not of type"),
        (
            lambda r: r["actuals"][1]["period"].update(fiscal_year="2024"),
            "actuals[1].period.fiscal_year: '2024' is not of type",
        ),
        (lambda r: r.update(page=0), "page: 0 is less than the minimum of 1"),
        (lambda r: r.update(schema="jpkpi.kpi/2"), "schema: 'jpkpi.kpi/1' was expected"),
        (lambda r: r["targets"][0]["period"].update(month=13), "targets[0].period.month: 13 is"),
        (lambda r: r["status"].update(computed="done"), "status.computed: 'done' is not one of"),
        (lambda r: r["actuals"][0].pop("flags"), "actuals[0]: 'flags' is a required property"),
        (
            lambda r: r["actuals"][0].update(flags=["none", "missing"]),
            "actuals[0].flags: ['none', 'missing'] is not sorted",
        ),
        (
            lambda r: r["actuals"][0].update(parts=[{"label": "男", "value": 1, "unit": "人"}] * 2),
            "actuals[0].value: 112 is not of type 'null'",
        ),
        (lambda r: r.update(budgets=[{"value": 1}]), "budgets[0]: 'unit' is a required property"),
    ],
    ids=[
        "missing key",
        "missing list",
        "kind",
        "value as string",
        "fiscal_year as string",
        "page 0",
        "schema tag",
        "month 13",
        "computed status",
        "missing flags",
        "unsorted flags",
        "parts with a value",
        "added field typed",
    ],
)
def test_the_schema_bites_on_a_mutated_real_record(real_record: dict, change, expected) -> None:
    assert schema.validate_record(real_record) == []
    messages = _mutated(real_record, change)
    assert any(m.startswith(expected) for m in messages), messages


def test_fields_may_be_added_to_the_record_but_not_to_an_observation(real_record: dict) -> None:
    assert _mutated(real_record, lambda r: r.update(source_url="https://example.jp/")) == []
    messages = _mutated(real_record, lambda r: r["actuals"][0].update(note="x"))
    assert messages == ["actuals[0]: Additional properties are not allowed ('note' was unexpected)"]


def test_without_jsonschema_validating_says_what_to_install(
    real_record: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema._validator.cache_clear()
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # import jsonschema now fails
    try:
        with pytest.raises(jpkpi.JpkpiError, match="pip install jsonschema"):
            schema.validate_record(real_record)
        assert json.loads(schema.schema_text())["title"]  # the schema itself needs no package
    finally:
        schema._validator.cache_clear()


def test_jpkpi_schema_prints_the_shipped_schema(capsys) -> None:
    from jpkpi.cli import main
    from jpkpi.records.schema import load_schema

    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == load_schema()
    assert printed["properties"]["schema"]["const"] == "jpkpi.kpi/1"
