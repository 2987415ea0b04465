"""Indicators printed as a line per list under a 区分 column (目標 over 実績): which line's value
under the 基準値 column is the baseline (understanding/layouts.py)."""

from __future__ import annotations

from pathlib import Path

import jpkpi

HEAD = "No.,指標,単位,区分,策定時（2015年度）,2022年度,2023年度\n"


#: A second indicator after the one each test prints, in 長万部's shape.
OTHER = "2,相談件数,件,目標,,10,12\n,,,実績,8,9,11\n"


def _parse(tmp_path: Path, body: str) -> jpkpi.Document:
    path = tmp_path / "lines.csv"
    path.write_text(HEAD + body + OTHER, encoding="utf-8")
    return jpkpi.parse(path)


def test_the_actual_lines_value_under_the_baseline_column_is_the_baseline(tmp_path: Path) -> None:
    """長万部's shape: the 目標 line leaves 策定時 blank, the 実績 line prints 18,400 there: the
    baseline of FY2015."""
    doc = _parse(tmp_path, "1,宿泊者数,人,目標,,17000,17500\n,,,実績,18400,15300,17900\n")
    spa = doc.records[0]
    assert spa.baseline is not None and spa.baseline.quantity.value == 18400
    assert [a.quantity.value for a in spa.actuals] == [15300, 17900]


def test_a_target_lines_value_under_the_baseline_column_is_no_baseline(tmp_path: Path) -> None:
    """The lines the other way round: the 実績 line first, blank under 策定時, then a 目標 line
    printing 20,000 there: no baseline is taken from a target's line (review 35)."""
    doc = _parse(tmp_path, "1,宿泊者数,人,実績,,15300,17900\n,,,目標,20000,17000,17500\n")
    spa = doc.records[0]
    assert spa.baseline is None or spa.baseline.quantity.value != 20000


def test_both_lines_printing_under_the_baseline_column_warn(tmp_path: Path) -> None:
    """The 目標 line prints 18,400 and the 実績 line 18,000 under 策定時: which is the baseline is
    no guess; the record says so (review 35)."""
    doc = _parse(tmp_path, "1,宿泊者数,人,目標,18400,17000,17500\n,,,実績,18000,15300,17900\n")
    spa = doc.records[0]
    assert any("baseline's column" in w for w in spa.warnings)
