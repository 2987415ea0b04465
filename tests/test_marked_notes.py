"""Notes a heading or a value points to by a bare ※ (understanding/reader.py): a note on the
column's actuals flags them, a note on its targets flags nothing."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, html_page, parsed

GRID = (
    "<table><thead><tr><th rowspan='2'>指標</th><th rowspan='2'>単位</th>"
    "<th colspan='2'>実績値</th><th>目標値</th></tr>"
    "<tr><th>R5年度</th><th>R6年度※</th><th>R6年度</th></tr></thead>"
    "<tbody><tr><td>観光客数</td><td>人</td><td>1,000</td><td>1,100</td><td>1,200</td></tr>"
    "<tr><td>移住者数</td><td>人</td><td>10</td><td>12</td><td>15</td></tr></tbody></table>"
)


def _flags(tmp_path: Path, note: str) -> list[bool]:
    doc = html_page(tmp_path, "bare", f"{GRID}<p>{note}</p>")
    visitors = next(r for r in doc.records if r.indicator == "観光客数")
    return ["estimate" in a.quantity.flags for a in visitors.actuals]


def test_a_bare_mark_pointing_to_a_note_on_its_actuals_flags_them(tmp_path: Path) -> None:
    """豊富's shape: `R6年度※`, `※R6年度の実績値は、…見込値です`: the R6 actuals are estimates."""
    note = "※R6年度の実績値は、令和7年2月末までの実績に3月分の見込みを加えた見込値です。"
    assert _flags(tmp_path, note) == [False, True]


def test_a_bare_mark_pointing_to_a_note_on_targets_flags_nothing(tmp_path: Path) -> None:
    """`※R6年度の目標値は、R5年度の実績見込みを基に設定しています。`: a note on the targets, though it
    says 実績見込み; no actual is an estimate (review 35)."""
    note = "※R6年度の目標値は、R5年度の実績見込みを基に設定しています。"
    assert _flags(tmp_path, note) == [False, False]


def test_a_quoted_mark_alone_that_a_note_calls_a_forecast() -> None:
    """下郷 (corpora/forms482): `1,140＊` under R6 and `※R6欄の「＊」は、令和7年1月末時点の実績に基づく
    見込値です`: each marked actual is flagged estimate, said; unmarked ones are not."""
    doc = parsed(ROOT / "corpora" / "forms482" / "shimogo_sosei_kensho_r6.pdf")
    flagged = {
        r.label: [a.quantity.raw for a in r.actuals if "estimate" in a.quantity.flags]
        for r in doc.records
    }
    assert flagged["1"] == ["1,140＊"]
    assert flagged["5"] == ["75.0＊"]
    assert flagged["4"] == []
