"""Notes under a table that date some rows' values by the rows' numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpkpi.understanding.period_notes import excepted_rows, read_period_note
from tests.conftest import ROOT, html_page, html_table, parsed

_AMI = (
    "※基準値は平成29年度の値。ただし、No.2は平成29年（1月～12月）の値、"
    "No.4は平成30年度来訪者アンケートの値。"
)


def test_a_note_names_the_column_then_the_rows_dated_otherwise() -> None:
    """阿見 (corpora/forms280): the column is FY2017; No.2 the calendar year 2017, No.4 FY2018."""
    note = read_period_note(["※No.2は茨城県観光客動態調査による。", _AMI])
    assert note is not None and note.list == "基準値"
    assert note.period.fiscal_year == 2017
    got = {k: (p.fiscal_year, p.year, p.month) for k, p in note.by_key.items()}
    assert got == {"2": (None, 2017, None), "4": (2018, None, None)}


def test_a_note_of_the_time_a_plan_was_made_and_one_row_only() -> None:
    """士幌 (corpora/forms406): `策定時の値は平成26年度の実績（No.4のみ平成27年度に実施した町民アンケート
    の結果）`: the column FY2014, No.4 FY2015."""
    note = read_period_note(
        ["策定時の値は平成26年度の実績（No.4のみ平成27年度に実施した町民アンケートの結果）"]
    )
    assert note is not None and note.list == "策定時"
    assert note.period.fiscal_year == 2014
    assert {k: p.fiscal_year for k, p in note.by_key.items()} == {"4": 2015}


def test_a_note_that_names_no_rows_dates_nothing() -> None:
    """`※基準値は平成26年度の数値` alone dates the column (the statement rule's), no row."""
    assert read_period_note(["※基準値は平成26年度の数値"]) is None
    assert read_period_note(["※No.2は茨城県観光客動態調査による。"]) is None


def test_a_row_dated_by_a_span_is_dated_by_nothing() -> None:
    """Review 30: `No.5は平成27年度から平成29年度までの平均の値` names a span, no one year."""
    note = read_period_note(
        [
            "※基準値は平成29年度の値。ただし、No.5は平成27年度から平成29年度までの平均の値、No.2はH28の値"
        ]
    )
    assert note is not None and set(note.by_key) == {"2"}


def test_a_but_clause_sets_rows_apart_by_a_word_of_their_names() -> None:
    """奄美 (corpora/forms351): `ただし、幸福度は2023年度（令和5年度）に実施した…` gives the rows
    whose names hold 幸福度 FY2023; a clause with no year sets its rows apart undated; a row's
    number is left to ``read_period_note``."""
    got = excepted_rows(
        "※策定時の数値は2022年度（令和4年度）の実績です。ただし、幸福度は2023年度（令和5年度）に"
        "実施した奄美市幸福度調査アンケートの結果です。"
    )
    assert list(got) == ["幸福度"]
    period = got["幸福度"][0]
    assert period is not None and (period.fiscal_year, period.year) == (2023, None)
    undated = excepted_rows("※基準値は平成29年度の値。ただし、観光客数については調査方法が異なる。")
    assert undated["観光客数"][0] is None
    assert excepted_rows(_AMI) == {}


def test_a_note_dating_a_yearless_column_by_its_heading_dates_its_baselines() -> None:
    """宍粟 (corpora/forms440): `事業開始前（現時点）` names no year; the note `事業開始前の欄は令和2年度末
    の値。` dates it: each baseline FY2020, counted at the end of March 2021, said."""
    doc = parsed(ROOT / "corpora" / "forms440" / "shiso_saisei_kensho_r5.pdf")
    for r in doc.records:
        assert r.baseline is not None and r.baseline.period is not None, r.indicator
        p = r.baseline.period
        assert (p.fiscal_year, p.year, p.month) == (2020, 2021, 3), r.indicator
        assert any("事業開始前" in w for w in r.warnings)


def test_a_keyed_note_setting_the_headings_year_aside_dates_those_rows_baselines() -> None:
    """下松 (corpora/forms445): `※No.3・No.4は…追加した指標です。この2指標の基準値欄には、H30ではなく
    R3の実績を記載しています。`: rows 3 and 4's baselines are FY2021, rows 1 and 2 keep the
    column's H30 (FY2018)."""
    doc = parsed(ROOT / "corpora" / "forms445" / "kudamatsu_kpi_sokatsu_r5.pdf")
    kpis = {r.label: r for r in doc.records if r.kind == "kpi"}
    years = {k: r.baseline.period.fiscal_year for k, r in kpis.items() if r.baseline}
    assert years == {"1": 2018, "2": 2018, "3": 2021, "4": 2021}


def test_a_rows_remark_dating_its_value_inside_the_columns_year_dates_it(tmp_path: Path) -> None:
    """楢葉 (corpora/forms430), 芦北 (forms457): a row's 備考 `R5は令和6年1月末現在` (or the day
    alone) dates that row's R5 actual at the end of January 2024, its fiscal year kept, said; a
    remark that describes the town at a day (`令和6年度末現在、…箇所数は661箇所`) dates nothing."""
    rows = [
        ["指標", "単位", "R4", "R5", "備考"],
        ["移住者数", "人", "22", "19", "R5は令和6年1月末現在"],
        ["創業件数", "件", "3", "4", "令和6年1月末現在"],
        ["施設数", "箇所", "20", "24", "令和5年度末現在、市内の警戒区域は661箇所である"],
    ]
    doc = html_page(tmp_path, "remark_day", html_table(rows))
    dates = {
        r.indicator: [(a.period.fiscal_year, a.period.year, a.period.month) for a in r.actuals]
        for r in doc.records
    }
    assert dates["移住者数"] == [(2022, None, None), (2023, 2024, 1)]
    assert dates["創業件数"] == [(2022, None, None), (2023, 2024, 1)]
    assert dates["施設数"] == [(2022, None, None), (2023, None, None)]
    assert any("令和6年1月末" in w for w in doc.records[0].warnings)


def test_a_keyed_note_saying_the_baseline_column_holds_another_years_value() -> None:
    """本巣 (corpora/forms460): `※No.3は令和4年度から調査を開始したため、基準値の欄には令和4年度の数値を
    記載しています。` under `基準値（R2）`: row 3's baseline is FY2022, the others keep FY2020."""
    doc = parsed(ROOT / "corpora" / "forms460" / "motosu_usuzumi_jimujigyo_r5.pdf")
    years = {r.label: r.baseline.period.fiscal_year for r in doc.records if r.baseline}
    assert years.get("3") == 2022
    assert all(y == 2020 for k, y in years.items() if k != "3")


def test_a_note_naming_a_kpi_dates_its_actual_at_the_day_it_gives() -> None:
    """多可 (corpora/forms460): `※KPI②の令和5年度実績は令和5年12月末時点の数値` under the grid:
    KPI②'s FY2023 actual is dated 2023-12 with a warning; the other KPIs' are not."""
    doc = parsed(ROOT / "corpora" / "forms460" / "taka_kofukin_kensho_r5.xlsx")
    dated = {
        r.label: [
            (a.period.fiscal_year, a.period.year, a.period.month) for a in r.actuals if a.period
        ]
        for r in doc.records
    }
    assert dated["KPI②"] == [(2021, None, None), (2022, None, None), (2023, 2023, 12)]
    assert dated["KPI①"][-1] == (2023, None, None)
    paper = next(r for r in doc.records if r.label == "KPI②")
    assert any("令和5年12月末" in w and "a note naming its row" in w for w in paper.warnings)


def test_a_keyed_note_dating_a_forecast_dates_no_actual() -> None:
    """高鍋 (corpora/forms307): `R6の見込は令和7年2月末時点です` names the forecast, not the actual:
    row ③'s R6 actual (a dash) keeps its fiscal year alone."""
    doc = parsed(ROOT / "corpora" / "forms307" / "takanabe_seika_hyoka_r6.pdf")
    walks = next(r for r in doc.records if r.indicator == "1日30分以上歩く町民の割合")
    assert [(a.period.fiscal_year, a.period.month) for a in walks.actuals if a.period][-1] == (
        2024,
        None,
    )
    assert not any("令和7年2月末" in w for w in walks.warnings)


def test_a_note_setting_a_row_apart_from_the_headings_day_leaves_its_years() -> None:
    """湖南 (corpora/forms468): `実績値（各年10月1日現在）` over R4 | R5 | R6 and the note
    `実績値は各年10月1日現在の値です（No.3を除く）`: rows 1, 2 and 4 stand on 1 October, row 3 keeps
    its fiscal years, and says why."""
    doc = parsed(ROOT / "corpora" / "forms468" / "konan_ricchi_hyoka_shihyo_r6.pdf")
    dated = {
        r.label: [
            (a.period.fiscal_year, a.period.year, a.period.month) for a in r.actuals if a.period
        ]
        for r in doc.records
    }
    assert dated["1"] == [(2022, 2022, 10), (2023, 2023, 10), (2024, 2024, 10)]
    assert dated["3"] == [(2022, None, None), (2023, None, None), (2024, None, None)]
    trains = next(r for r in doc.records if r.label == "3")
    assert any("sets its row apart" in w for w in trains.warnings)


def test_a_note_dating_a_marked_yearless_heading_with_a_numbered_exception() -> None:
    """王滝 (corpora/forms471): `基準値※` names no year; the note `※基準値は令和2年度の値です。ただし、
    No.2は令和2年度に施設を休業したため、令和元年度の値を基準値としています。` dates the column FY2020
    and row 2 FY2019 (the reason before its year), each said."""
    doc = parsed(ROOT / "corpora" / "forms471" / "otaki_kaso_mokuhyo_r5.pdf")
    years = {
        r.label: r.baseline.period.fiscal_year
        for r in doc.records
        if r.baseline and r.baseline.period
    }
    assert years == {"1": 2020, "2": 2019, "3": 2020, "4": 2020}
    camp = next(r for r in doc.records if r.label == "2")
    assert any("令和元年度" in w for w in camp.warnings)


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("ただし、No.2は施設を休業したため、令和元年度の値です。", 2019),
        # a clause that names row 2 but gives it no year: its baseline stays undated
        ("ただし、No.2は施設を休業したため算出していません。", None),
    ],
)  # fmt: skip
def test_a_numbered_exception_to_a_note_dating_a_yearless_heading(
    tmp_path: Path, clause: str, year: int | None
) -> None:
    rows = [
        ["No.", "指標", "単位", "基準値※", "令和5年度実績"],
        ["1", "移住者数", "人", "5", "6"],
        ["2", "利用者数", "人", "300", "320"],
        ["3", "相談件数", "件", "3", "4"],
    ]
    note = f"<p>※基準値は令和2年度の値です。{clause}</p>"
    doc = html_page(tmp_path, "numbered_exception", html_table(rows) + note)
    years = {
        r.label: r.baseline.period.fiscal_year if r.baseline.period else None for r in doc.records
    }
    assert years == {"1": 2020, "2": year, "3": 2020}
    assert any("No.2" in w for w in doc.records[1].warnings)


@pytest.mark.parametrize(
    ("folder", "name", "dated"),
    [
        # 厚真: ▼以下のNo.4・No.5は…。この2指標の基準値は、表頭の平成26年度ではなく令和2年度の値です。
        ("forms474", "atsuma_sogo4_seika_r5.pdf", {"1": 2014, "3": 2014, "4": 2020, "5": 2020}),
        # 酒々井: ※No.4・No.5は…追加した指標のため、「現状値」欄にはR4実績を記載しています
        ("forms475", "shisui_sogo6_seika_r5.pdf", {"1": 2020, "3": 2020, "4": 2022, "5": 2022}),
        # 津奈木: ※以下のNo.3・No.4は…追加した指標です。基準値は令和3年度の値で、実績はR4から…
        ("forms477", "tsunagi_kaso_mokuhyo_r5.pdf", {"1": 2020, "2": 2020, "3": 2021, "4": 2021}),
    ],
)  # fmt: skip
def test_a_note_row_giving_numbered_rows_another_baseline_year(
    folder: str, name: str, dated: dict[str, int]
) -> None:
    """A note row across the grid names rows by number, then says their baseline column holds
    another year, worded three ways (the heading's year set aside first; the column holding the
    year's 実績; the sentence going on after で、): those rows' baselines take it, said; the others
    keep the heading's."""
    doc = parsed(ROOT / "corpora" / folder / name)
    years = {r.label: r.baseline.period.fiscal_year for r in doc.records if r.baseline}
    assert {k: years[k] for k in dated} == dated
    moved = [r for r in doc.records if r.label in dated and dated[r.label] != dated["1"]]
    assert moved and all(any("as a note says" in w for w in r.warnings) for r in moved)


def test_a_note_dating_a_day_heading_and_its_rows_whole_year() -> None:
    """木城 (corpora/forms477): `事業開始前（R2.2末）` and `※事業開始前の値は令和2年2月末現在
    （①③⑤は令和元年度の1年間の値）`: ①③⑤'s baselines are FY2019 as a whole year, ②④ keep
    2020-02."""
    doc = parsed(ROOT / "corpora" / "forms477" / "kijo_kofukin_kensho_r5.pdf")
    dated = {
        r.label: (r.baseline.period.fiscal_year, r.baseline.period.month)
        for r in doc.records
        if r.baseline and r.baseline.period
    }
    assert dated == {
        "①": (2019, None),
        "②": (2019, 2),
        "③": (2019, None),
        "④": (2019, 2),
        "⑤": (2019, None),
    }


def test_a_note_row_whose_sentence_goes_on_to_set_a_row_apart_dates_no_baseline(
    tmp_path: Path,
) -> None:
    """Review 43: `※No.2・No.3は令和4年度に追加した指標です。基準値は令和3年度の値で、No.3のみ令和4年度の
    値です。` under `基準値（R元）`: the sentence sets row 3 apart, so the reading that would give both
    rows FY2021 is not taken; row 1 keeps the heading's year."""
    rows = [
        ["No.", "指標", "単位", "基準値（R元）", "令和5年度実績"],
        ["1", "移住者数", "人", "5", "6"],
        ["2", "創業件数", "件", "3", "4"],
        ["3", "相談件数", "件", "7", "8"],
    ]
    note = "<p>※No.2・No.3は令和4年度に追加した指標です。基準値は令和3年度の値で、No.3のみ令和4年度の値です。</p>"
    doc = html_page(tmp_path, "set_apart", html_table(rows) + note)
    years = {r.label: r.baseline.period.fiscal_year for r in doc.records if r.baseline}
    assert years["1"] == 2019
    assert years["3"] != 2021
