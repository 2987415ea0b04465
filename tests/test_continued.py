"""A table printed in bands (understanding/continued.py): a band joins the first only on the
evidence that it is the same table's rest."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import html_page, html_table

FIRST = html_table(
    [
        ["指標", "単位", "基準値（R2）", "R4目標", "R4実績"],
        ["観光客数", "人", "1,000", "1,200", "1,150"],
        ["移住者数", "人", "10", "12", "14"],
    ]
)
REST = html_table(
    [["指標", "R5目標", "R5実績"], ["観光客数", "1,300", "1,280"], ["移住者数", "13", "15"]]
)


def test_a_reference_table_of_the_same_names_is_kept_apart(tmp_path: Path) -> None:
    """`（参考）近隣3町の合計` over a second table of the same names, no units: the neighbours'
    figures are no R5 values of this plan: two records each, not one."""
    doc = html_page(
        tmp_path, "ref", f"<h2>令和4年度 KPI検証</h2>{FIRST}<p>（参考）近隣3町の合計</p>{REST}"
    )
    visitors = [r for r in doc.records if r.indicator == "観光客数"]
    assert len(visitors) == 2
    assert [a.period.fiscal_year for a in visitors[0].actuals] == [2022]


def test_a_band_captioned_as_continued_joins_the_first(tmp_path: Path) -> None:
    """The same second table under `表１（続き）`: one record an indicator, its R5 values too, and
    the first band's unit."""
    doc = html_page(tmp_path, "cont", f"<h2>令和4年度 KPI検証</h2>{FIRST}<p>表１（続き）</p>{REST}")
    visitors = [r for r in doc.records if r.indicator == "観光客数"]
    assert len(visitors) == 1
    assert [(a.period.fiscal_year, a.quantity.value) for a in visitors[0].actuals] == [
        (2022, 1150),
        (2023, 1280),
    ]
    assert visitors[0].unit == "人"
