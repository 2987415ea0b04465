"""Adapters: the registry, detection, forcing one, and the national report form's cost records."""

from __future__ import annotations

import pytest

import jpkpi
from jpkpi import adapters
from jpkpi.cli import main
from jpkpi.errors import JpkpiError
from tests.conftest import ROOT, SEEDS

SEED_002 = SEEDS / "002_c12787e90c7802a2.txt"


def test_registry_lists_the_builtins(capsys) -> None:
    known = adapters.registry()
    assert {"generic", "national_report_form"} <= set(known)
    assert known["generic"].origin == "built-in"
    assert main(["adapters"]) == 0
    out = capsys.readouterr().out
    assert "national_report_form\t" in out and "(built-in)" in out


def test_detection_picks_the_report_form_only_for_it() -> None:
    assert jpkpi.parse(SEED_002).adapter == "national_report_form"
    for name in (
        "000_fb57e009c395afac.txt",
        "001_2665f5b260ae9138.txt",
        "004_1502a6051a063bcd.txt",
    ):
        assert jpkpi.parse(SEEDS / name).adapter == "generic", name
    for rendition in (
        "pdf/hanamaki_report_form.pdf",
        "html/hanamaki_report.html",
        "csv/hanamaki_report_cp932.csv",
    ):
        assert jpkpi.parse(ROOT / "corpora" / rendition).adapter == "national_report_form"


def test_cost_records_of_the_summary_table() -> None:
    records = jpkpi.parse(SEED_002).records
    costs = [r for r in records if r.kind == "cost"]
    # read from seed 002 lines 14-18 (事業費, 交付金充当額 per program; 合計 226,391,242円)
    by_program = {(r.program_no, r.indicator): r.actuals[0].quantity.value for r in costs}
    assert by_program[("(1)", "事業費")] == 2136200
    assert by_program[("(1)", "交付金充当額")] == 1068100
    assert by_program[("(2)", "事業費")] == 192610000
    assert sum(v for (_, name), v in by_program.items() if name == "事業費") == 226391242
    assert all(r.actuals[0].period.fiscal_year == 2024 and r.unit == "円" for r in costs)
    assert len(costs) == 10 and all(r.adapter == "national_report_form" for r in records)


def test_forcing_an_adapter_and_unknown_names() -> None:
    forced = jpkpi.parse(SEED_002, adapter="generic")
    assert forced.adapter == "generic" and not any(r.kind == "cost" for r in forced.records)
    with pytest.raises(JpkpiError, match="unknown adapter 'nope'"):
        jpkpi.parse(SEED_002, adapter="nope")
    assert main(["parse", str(SEED_002), "--adapter", "nope"]) == 2
