"""The example adapter package, installed by the test command, is found, chosen and read."""

from __future__ import annotations

import pytest

import jpkpi
from jpkpi import adapters
from tests.conftest import ROOT

pytest.importorskip("jpkpi_adapter_example", reason="installed by the README's test command")
SAMPLE = ROOT / "examples" / "jpkpi-adapter-example" / "sample" / "kpi_cards.tsv"


def test_the_installed_adapter_is_discovered() -> None:
    adapters.registry.cache_clear()
    info = adapters.registry()["kpi_card"]
    assert info.origin == "jpkpi-adapter-example"


def test_detection_chooses_it_for_its_layout_only() -> None:
    doc = jpkpi.parse(SAMPLE)
    assert doc.adapter == "kpi_card"
    assert [r.indicator for r in doc.records] == ["新規創業件数", "観光入込客数", "転入超過数"]
    assert jpkpi.parse(ROOT / "corpora" / "seeds" / "000_fb57e009c395afac.txt").adapter == "generic"
