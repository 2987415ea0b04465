"""Notes a row's name points to that say how its figures are counted (understanding/year_basis.py):
near misses of the 日の出, 諏訪 and 伊勢原 shapes must leave a row's years as its headings give them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, html_page, html_table, parsed

HEADER = ["指標", "単位", "基準値（R2）", "R4実績", "R5実績", "目標値（R6）"]


def _records(tmp_path: Path, rows: list[list[str]], notes: list[str]) -> dict[str, dict]:
    body = html_table([HEADER, *rows]) + "".join(f"<p>{n}</p>" for n in notes)
    doc = html_page(tmp_path, "notes", body)
    return {r.indicator: r.to_dict() for r in doc.records}


def _years(record: dict) -> list[tuple]:
    values = [record["baseline"], *record["actuals"], *record["targets"]]
    return [(v["period"]["fiscal_year"], v["period"]["year"], v["period"]["month"]) for v in values]


def test_a_note_on_last_years_weather_shifts_no_year(tmp_path: Path) -> None:
    """`※1 観光入込客数は、前年の台風被害の影響により減少しています。`: 前年 names a cause, not a basis;
    the row keeps its fiscal years and no warning claims a basis."""
    records = _records(
        tmp_path,
        [["観光入込客数※1", "人", "1,000", "1,100", "1,200", "1,500"]],
        ["※1 観光入込客数は、前年の台風被害の影響により減少しています。"],
    )
    visitors = records["観光入込客数"]
    assert _years(visitors) == [
        (2020, None, None),
        (2022, None, None),
        (2023, None, None),
        (2024, None, None),
    ]
    assert not any("calendar" in w for w in visitors["warnings"])


def test_the_previous_calendar_years_figure_shifts_the_rows_years(tmp_path: Path) -> None:
    """諏訪's shape: `※1 観光入込客数は、各欄に前年（1月～12月）の数値を記載しています。`: each column holds
    the calendar year before its own."""
    records = _records(
        tmp_path,
        [["観光入込客数※1", "人", "1,000", "1,100", "1,200", "1,500"]],
        ["※1 観光入込客数は、各欄に前年（1月～12月）の数値を記載しています。"],
    )
    assert _years(records["観光入込客数"]) == [
        (None, 2019, None),
        (None, 2021, None),
        (None, 2022, None),
        (None, 2023, None),
    ]


def test_a_note_on_a_longer_name_is_no_note_on_the_shorter(tmp_path: Path) -> None:
    """Rows `人口※` and `年少人口`, notes `※ 人口は住民基本台帳による。` and `※ 年少人口は、各年4月1日現在の
    数値です。`: the second note speaks of 年少人口, not of 人口, whose years stay fiscal years."""
    records = _records(
        tmp_path,
        [
            ["人口※", "人", "30,000", "29,500", "29,000", "29,000"],
            ["年少人口", "人", "3,000", "2,900", "2,800", "2,800"],
        ],
        ["※ 人口は住民基本台帳による。", "※ 年少人口は、各年4月1日現在の数値です。"],
    )
    assert _years(records["人口"]) == [
        (2020, None, None),
        (2022, None, None),
        (2023, None, None),
        (2024, None, None),
    ]


def test_a_numbered_notes_subject_may_qualify_the_name(tmp_path: Path) -> None:
    """`※1 観光入込客数の数値は、暦年（1月～12月）で集計しています。` (and `本市の観光入込客数は、暦年の数値です`)
    under a row `観光入込客数※1`: the note names the row all the same; its years are calendar
    years (review 35: the exact-word test had lost them)."""
    for note in (
        "※1 観光入込客数の数値は、暦年（1月～12月）で集計しています。",
        "※1 本市の観光入込客数は、暦年の数値です。",
    ):
        records = _records(
            tmp_path, [["観光入込客数※1", "人", "1,000", "1,100", "1,200", "1,500"]], [note]
        )
        assert _years(records["観光入込客数"])[1] == (None, 2022, None), note


def test_a_note_that_each_column_holds_the_previous_fiscal_years_end(tmp_path: Path) -> None:
    """別府's shape (corpora/forms339): `※4 …は、各年度欄にその前年度末（3月31日）現在の数を記載`:
    each column is the count on 31 March of its own year, the end of the fiscal year before; a row
    the note does not name keeps its years."""
    records = _records(
        tmp_path,
        [
            ["認定農業者数※4", "経営体", "58", "61", "63", "70"],
            ["新規就農者数", "人", "8", "9", "11", "12"],
        ],
        ["※4 認定農業者数は、各年度欄にその前年度末（3月31日）現在の数を記載している。"],
    )
    assert _years(records["認定農業者数"]) == [
        (2019, 2020, 3),
        (2021, 2022, 3),
        (2022, 2023, 3),
        (2023, 2024, 3),
    ]
    assert any("end of the fiscal year before" in w for w in records["認定農業者数"]["warnings"])
    assert _years(records["新規就農者数"])[0] == (2020, None, None)


def test_a_note_that_a_row_counts_a_year_of_its_own_months(tmp_path: Path) -> None:
    """南さつま's shape (corpora/forms339): `※2 …は、酒造年度（7月～翌年6月）で集計`: each column by
    the span's last month, June of the next year; `4月～翌年3月` is the fiscal year and re-dates
    nothing."""
    records = _records(
        tmp_path,
        [
            ["本格焼酎の出荷量※2", "kL", "4,820", "4,630", "4,702", "5,100"],
            ["観光客数※3", "人", "100", "110", "120", "150"],
        ],
        [
            "※2 本格焼酎の出荷量は、酒造年度（7月～翌年6月）で集計している。",
            "※3 観光客数は、4月～翌年3月で集計している。",
        ],
    )
    assert _years(records["本格焼酎の出荷量"]) == [
        (2021, 2021, 6),
        (2023, 2023, 6),
        (2024, 2024, 6),
        (2025, 2025, 6),
    ]
    assert _years(records["観光客数"])[0] == (2020, None, None)


def test_a_note_dating_each_column_to_january_of_the_next_year(tmp_path: Path) -> None:
    """秩父別's shape (corpora/forms344): `※1 総人口は、各年度の欄とも翌年1月1日現在の住民基本台帳人口です`:
    each column is 1 January of the next calendar year, still its fiscal year; `翌年5月1日` would
    be the next fiscal year's and re-dates nothing."""
    records = _records(
        tmp_path,
        [
            ["総人口※1", "人", "2,452", "2,398", "2,361", "2,300"],
            ["転入者数※2", "人", "80", "85", "90", "100"],
        ],
        [
            "※1 総人口は、各年度の欄とも翌年1月1日現在の住民基本台帳人口です。",
            "※2 転入者数は、各年度の欄とも翌年5月1日現在の数です。",
        ],
    )
    assert _years(records["総人口"]) == [
        (2020, 2021, 1),
        (2022, 2023, 1),
        (2023, 2024, 1),
        (2024, 2025, 1),
    ]
    assert _years(records["転入者数"])[0] == (2020, None, None)


def test_a_note_quoting_a_rows_name_as_counted_by_calendar_year(tmp_path: Path) -> None:
    """喜茂別's shape (corpora/forms347): `※表中の年は年度。ただし「観光入込客数」は暦年（1月～12月）の
    数値。`: that row's every year is a calendar year, its headings' 年度 too; a row the note does
    not quote keeps its fiscal years."""
    records = _records(
        tmp_path,
        [
            ["観光入込客数", "人", "1,000", "1,100", "1,200", "1,500"],
            ["転入者数", "人", "80", "85", "90", "100"],
        ],
        ["※表中の年は年度（4月～翌年3月）。ただし「観光入込客数」は暦年（1月～12月）の数値。"],
    )
    assert _years(records["観光入込客数"]) == [
        (None, 2020, None),
        (None, 2022, None),
        (None, 2023, None),
        (None, 2024, None),
    ]
    assert _years(records["転入者数"])[0] == (2020, None, None)


def test_a_note_whose_statement_closes_on_its_full_stop(tmp_path: Path) -> None:
    """A note `※1 認定農業者数は、各年度欄にその前年度末現在の数。` (the statement ends on 。, inside
    the match): read as the previous fiscal year's end, its sentence quoted; no crash looking for
    a sentence that holds the whole match."""
    records = _records(
        tmp_path,
        [["認定農業者数※1", "経営体", "58", "61", "63", "70"]],
        ["※1 認定農業者数は、各年度欄にその前年度末現在の数。"],
    )
    assert _years(records["認定農業者数"])[0] == (2019, 2020, 3)


def _calendar_rows(tmp_path: Path, note: str) -> dict[str, list[tuple[int | None, int | None]]]:
    """Three numbered rows under R4 | R5 with ``note`` under them: each row's actuals' years."""
    rows = [
        ["No.", "指標", "単位", "R4", "R5"],
        ["1", "観光入込客数", "人", "100", "120"],
        ["2", "宿泊者数", "人", "30", "40"],
        ["3", "移住者数", "人", "5", "6"],
    ]
    doc = html_page(tmp_path, "keyed_calendar", html_table(rows) + f"<p>{note}</p>")
    return {
        r.indicator: [(a.period.fiscal_year, a.period.year) for a in r.actuals if a.period]
        for r in doc.records
    }


def test_a_note_naming_a_run_of_rows_counts_each_by_calendar_year(tmp_path: Path) -> None:
    """`※No.1～No.2は暦年（1月～12月）の値です。`: rows 1 and 2 are counted by calendar year, row 3
    keeps its fiscal years (review 39: the run was read as its last row alone)."""
    years = _calendar_rows(tmp_path, "※No.1～No.2は暦年（1月～12月）の値です。")
    assert years["観光入込客数"] == [(None, 2022), (None, 2023)]
    assert years["宿泊者数"] == [(None, 2022), (None, 2023)]
    assert years["移住者数"] == [(2022, None), (2023, None)]


def test_a_note_naming_circled_rows_side_by_side_counts_each_by_calendar_year(
    tmp_path: Path,
) -> None:
    """金沢 (corpora/forms435): `※①③は暦年（1月～12月）の数値` names rows ① and ③, printed side by
    side without a separator: both are counted by calendar year, ② keeps its fiscal years (the
    note was read as its last row alone)."""
    rows = [
        ["指標", "単位", "R4", "R5"],
        ["①観光入込客数", "人", "100", "120"],
        ["②移住者数", "人", "5", "6"],
        ["③宿泊者数", "人", "30", "40"],
    ]
    doc = html_page(
        tmp_path, "circled", html_table(rows) + "<p>※①③は暦年（1月～12月）の数値である。</p>"
    )
    years = {
        r.indicator: [(a.period.fiscal_year, a.period.year) for a in r.actuals if a.period]
        for r in doc.records
    }
    assert years["観光入込客数"] == [(None, 2022), (None, 2023)]
    assert years["宿泊者数"] == [(None, 2022), (None, 2023)]
    assert years["移住者数"] == [(2022, None), (2023, None)]


def test_a_keyed_note_naming_the_survey_before_its_calendar_years_counts_the_row(
    tmp_path: Path,
) -> None:
    """柏 (corpora/forms443): `※①は千葉県観光入込調査による暦年（1月～12月）の値です`: the survey the
    figures come from stands between the row's number and 暦年; row ① is counted by calendar
    year, ② keeps its fiscal years."""
    rows = [
        ["KPI", "単位", "R4", "R5"],
        ["①観光入込客数", "人", "100", "120"],
        ["②移住者数", "人", "5", "6"],
    ]
    note = "<p>※①は千葉県観光入込調査による暦年（1月～12月）の値です。</p>"
    doc = html_page(tmp_path, "survey_calendar", html_table(rows) + note)
    years = {
        r.indicator: [(a.period.fiscal_year, a.period.year) for a in r.actuals if a.period]
        for r in doc.records
    }
    assert years["観光入込客数"] == [(None, 2022), (None, 2023)]
    assert years["移住者数"] == [(2022, None), (2023, None)]
    visitors = next(r for r in doc.records if r.indicator == "観光入込客数")
    assert any("暦年" in w for w in visitors.warnings)


def test_a_note_row_naming_the_next_rows_counts_them_by_calendar_year(tmp_path: Path) -> None:
    """寒川 (corpora/forms451): a row across the grid `※次の２指標は、年度（４月～翌年３月）ではなく
    暦年（１月～１２月）で集計しています。` counts the two rows right below it by calendar year, each
    said; the row above it keeps its fiscal years, and so does a third row below."""
    body = (
        "<table><tr><th>指標</th><th>単位</th><th>R4</th><th>R5</th></tr>"
        "<tr><td>創業件数</td><td>件</td><td>3</td><td>4</td></tr>"
        "<tr><td colspan='4'>※次の２指標は、年度（４月～翌年３月）ではなく暦年（１月～１２月）で"
        "集計しています。</td></tr>"
        "<tr><td>公園利用者数</td><td>人</td><td>100</td><td>120</td></tr>"
        "<tr><td>イベント来場者数</td><td>人</td><td>30</td><td>40</td></tr>"
        "<tr><td>移住者数</td><td>人</td><td>5</td><td>6</td></tr></table>"
    )
    doc = html_page(tmp_path, "next_rows", body)
    years = {
        r.indicator: [(a.period.fiscal_year, a.period.year) for a in r.actuals if a.period]
        for r in doc.records
    }
    assert years["公園利用者数"] == [(None, 2022), (None, 2023)]
    assert years["イベント来場者数"] == [(None, 2022), (None, 2023)]
    assert years["創業件数"] == [(2022, None), (2023, None)]
    assert years["移住者数"] == [(2022, None), (2023, None)]


@pytest.mark.parametrize(
    "note",
    ["※観光入込客数（※2）は暦年（1月～12月）の値です。", "※ 観光入込客数（令和2）は暦年の値です。"],
)
def test_a_number_in_a_bracket_that_is_no_rows_names_none(tmp_path: Path, note: str) -> None:
    """A bracket holding a note's mark or an era year after a name (`（※2）`, `（令和2）`) is no
    row's number: row 2 keeps its fiscal years (review 39)."""
    years = _calendar_rows(tmp_path, note)
    assert years["宿泊者数"] == [(2022, None), (2023, None)]


def test_a_note_row_naming_more_rows_than_follow_counts_none_and_says_so(
    tmp_path: Path,
) -> None:
    """Review 42: `※次の３指標は…暦年…で集計` over two rows: which rows it means is not known, so
    their years stay fiscal and each says why."""
    body = (
        "<table><tr><th>指標</th><th>単位</th><th>R4</th><th>R5</th></tr>"
        "<tr><td colspan='4'>※次の３指標は、暦年（１月～１２月）で集計しています。</td></tr>"
        "<tr><td>公園利用者数</td><td>人</td><td>100</td><td>120</td></tr>"
        "<tr><td>イベント来場者数</td><td>人</td><td>30</td><td>40</td></tr></table>"
    )
    doc = html_page(tmp_path, "too_few_rows", body)
    for r in doc.records:
        assert [a.period.fiscal_year for a in r.actuals if a.period] == [2022, 2023]
        assert any("counted by calendar year" in w for w in r.warnings)


def test_a_keyed_note_with_the_rows_name_in_brackets_setting_fiscal_years_aside(
    tmp_path: Path,
) -> None:
    """草加 (corpora/forms459): `※No.3（観光入込客数）は、年度（4月～翌年3月）ではなく暦年（1月～12月）で
    集計しています。`: row 3 is counted by calendar year, said; row 1 keeps its fiscal years."""
    rows = [
        ["No.", "指標", "単位", "R4", "R5"],
        ["1", "移住者数", "人", "5", "6"],
        ["2", "創業件数", "件", "3", "4"],
        ["3", "観光入込客数", "人", "100", "120"],
    ]
    note = "<p>※No.3（観光入込客数）は、年度（4月～翌年3月）ではなく暦年（1月～12月）で集計しています。</p>"
    doc = html_page(tmp_path, "bracketed_name_calendar", html_table(rows) + note)
    years = {
        r.indicator: [(a.period.fiscal_year, a.period.year) for a in r.actuals if a.period]
        for r in doc.records
    }
    assert years["観光入込客数"] == [(None, 2022), (None, 2023)]
    assert years["移住者数"] == [(2022, None), (2023, None)]


@pytest.mark.parametrize(
    ("said", "calendar"),
    [("数値", True), ("観光入込客数", True), ("移住者数", False)],
)  # fmt: skip
def test_a_keyed_note_on_the_rows_figures_makes_them_calendar_years(
    tmp_path: Path, said: str, calendar: bool
) -> None:
    """武雄 (corpora/forms469): `※No.3の数値は暦年（1月～12月）で集計しています`: の数値 names the row's
    figures, not a word of its name, so row 3 is counted by calendar year; a word that is not its
    name (移住者数) leaves it be."""
    rows = [
        ["No.", "指標", "単位", "R4", "R5"],
        ["1", "移住者数", "人", "5", "6"],
        ["2", "創業件数", "件", "3", "4"],
        ["3", "観光入込客数", "人", "100", "120"],
    ]
    note = f"<p>※No.3の{said}は暦年（1月～12月）で集計しています。</p>"
    doc = html_page(tmp_path, "figures_calendar", html_table(rows) + note)
    years = {
        r.indicator: [(a.period.fiscal_year, a.period.year) for a in r.actuals if a.period]
        for r in doc.records
    }
    assert years["観光入込客数"] == (
        [(None, 2022), (None, 2023)] if calendar else [(2022, None), (2023, None)]
    )
    assert years["移住者数"] == [(2022, None), (2023, None)]


def test_a_note_listing_numbered_rows_each_with_its_name_in_brackets(tmp_path: Path) -> None:
    """栗東 (corpora/forms484): `※ No.3（観光入込客数）及びNo.5（合計特殊出生率）の数値は暦年（1月～12月）
    の集計です`: both rows are counted by calendar year; the others keep their fiscal years."""
    rows = [
        ["No.", "指標", "単位", "R4", "R5"],
        ["1", "移住者数", "人", "5", "6"],
        ["2", "創業件数", "件", "3", "4"],
        ["3", "観光入込客数", "人", "100", "120"],
        ["4", "相談件数", "件", "7", "8"],
        ["5", "合計特殊出生率", "", "1.5", "1.4"],
    ]
    note = "<p>※ No.３（観光入込客数）及びNo.５（合計特殊出生率）の数値は暦年（１月～12月）の集計です。</p>"
    doc = html_page(tmp_path, "listed_names_calendar", html_table(rows) + note)
    calendar = {
        r.indicator for r in doc.records if all(a.period.fiscal_year is None for a in r.actuals)
    }
    assert calendar == {"観光入込客数", "合計特殊出生率"}
    real = parsed(ROOT / "corpora" / "forms484" / "ritto_senryaku2_kpi_r5.pdf")
    years = {r.label: r.actuals[0].period.year for r in real.records if r.actuals}
    assert (years["3"], years["5"]) == (2020, 2020)


def test_a_listed_key_whose_bracketed_name_is_another_rows_names_no_row(tmp_path: Path) -> None:
    """Review 43: `※No.1（観光入込客数）及びNo.3（合計特殊出生率）の数値は暦年で集計しています。` over
    rows 1 移住者数 and 3 合計特殊出生率: No.1's bracket names another row, so row 1 keeps its
    fiscal years; row 3 is counted by calendar year, its warning quoting the note as printed."""
    rows = [
        ["No.", "指標", "単位", "R4", "R5"],
        ["1", "移住者数", "人", "5", "6"],
        ["2", "観光入込客数", "人", "100", "120"],
        ["3", "合計特殊出生率", "", "1.5", "1.4"],
    ]
    note = "<p>※No.1（観光入込客数）及びNo.3（合計特殊出生率）の数値は暦年で集計しています。</p>"
    doc = html_page(tmp_path, "mismatched_names", html_table(rows) + note)
    years = {r.indicator: [a.period.fiscal_year for a in r.actuals] for r in doc.records}
    assert years["移住者数"] == [2022, 2023]
    assert years["合計特殊出生率"] == [None, None]
    births = next(r for r in doc.records if r.indicator == "合計特殊出生率")
    assert any("No.3(合計特殊出生率)" in w for w in births.warnings)


@pytest.mark.parametrize(
    "note",
    [
        "※1 ②外国人入館者数については、暦年（1月～12月）で集計しています。",
        "※1 ②の数値は、暦年（1～12月）ベースで集計。",
        "※ 外国人入館者数は暦年(1～12月)の値。",
    ],
)
def test_a_calendar_note_in_words_not_read_leaves_its_years_with_a_warning(
    tmp_path: Path, note: str
) -> None:
    """A note that names a row (②, or its name) and says its figures are of calendar years, in
    words none of the readings takes: the row keeps the fiscal years its headings name, and a
    warning quotes the note (a row the note does not name says nothing)."""
    rows = [
        ["①入館者数", "千人", "201.4", "168.3", "214.6", "230.0"],
        ["②外国人入館者数", "人", "18,260", "3,950", "21,730", "25,000"],
    ]
    records = _records(tmp_path, rows, [note])
    foreign = records["外国人入館者数"]
    assert _years(foreign)[1] == (2022, None, None)
    assert any("暦年" in w and "left as the fiscal years" in w for w in foreign["warnings"])
    assert not any("暦年" in w for w in records["入館者数"]["warnings"])


@pytest.mark.parametrize(
    "note",
    [
        "※ 外国人入館者数は暦年ではなく年度で集計しています。",
        "※ 外国人入館者数は観光庁の宿泊旅行統計調査（暦年）によります。",
    ],
)
def test_a_note_setting_calendar_years_aside_or_citing_a_source_says_nothing(
    tmp_path: Path, note: str
) -> None:
    """`暦年ではなく年度で集計` sets the calendar year aside; `…調査（暦年）による` names a source:
    neither casts doubt on the row's fiscal years."""
    rows = [["②外国人入館者数", "人", "18,260", "3,950", "21,730", "25,000"]]
    foreign = _records(tmp_path, rows, [note])["外国人入館者数"]
    assert _years(foreign)[1] == (2022, None, None)
    assert not any("暦年" in w for w in foreign["warnings"])


@pytest.mark.parametrize(
    "note",
    [
        "※ 外国人入館者数は暦年集計。",
        "※ 外国人入館者数は暦年。",
        "※ 外国人入館者数は暦年ベース。",
        "※ 外国人入館者数は暦年値です。",
    ],
)
def test_review47_short_calendar_notes_are_said_too(tmp_path: Path, note: str) -> None:
    """Review 47 M2: `…は暦年集計`, `…は暦年`, `…は暦年ベース`, `…は暦年値` say as much as `…は暦年の
    値`: the row keeps its fiscal years, and a warning quotes the note."""
    rows = [["②外国人入館者数", "人", "18,260", "3,950", "21,730", "25,000"]]
    foreign = _records(tmp_path, rows, [note])["外国人入館者数"]
    assert _years(foreign)[1] == (2022, None, None)
    assert any("暦年" in w for w in foreign["warnings"])
