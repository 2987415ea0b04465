"""The example adapter reads its sample document (values read by hand from sample/kpi_cards.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

import jpkpi

pytest.importorskip(
    "jpkpi_adapter_example", reason="pip install ./examples/jpkpi-adapter-example first"
)
SAMPLE = Path(__file__).resolve().parent.parent / "sample" / "kpi_cards.tsv"


def test_sample_cards() -> None:
    doc = jpkpi.parse(SAMPLE)
    assert doc.adapter == "kpi_card"
    names = [r.indicator for r in doc.records]
    assert names == ["新規創業件数", "観光入込客数", "転入超過数"]
    tourists = doc.records[1]
    assert tourists.unit == "人" and tourists.baseline.quantity.value == 1250000
    assert [(o.period.fiscal_year, o.quantity.value) for o in tourists.actuals] == [
        (2023, 1180000),
        (2024, 1320000),
    ]
    assert tourists.status is None  # the R7 target has no R7 actual yet: nothing to compare
    moving = doc.records[2]
    assert moving.section == ("基本目標2 ひとの流れをつくる",)
    assert moving.baseline.quantity.value == -120 and moving.targets[0].quantity.value == 0
    assert moving.actuals[1].quantity.flags == {"not_measured"}
