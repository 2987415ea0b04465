"""parse_period: the spec's Period table, eras, months, impossible dates, properties."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpkpi import ParseError, find_period, parse_period


@pytest.mark.parametrize(
    ("raw", "fiscal_year", "year", "month"),
    [
        # the record spec's table, row by row
        ("R4年度", 2022, None, None),
        # a half of a fiscal year, as of its end (西川: 令和7年度上期実績, April to September)
        ("令和7年度上期実績", 2025, 2025, 9),
        ("R7年度上半期", 2025, 2025, 9),
        ("令和7年度下期", 2025, 2026, 3),
        ("H31まで", 2019, None, None),  # a target's horizon: by H31
        ("令和4年度", 2022, None, None),
        ("令和４年度", 2022, None, None),
        ("2022年度", 2022, None, None),
        ("R4（実績）", 2022, None, None),
        ("R4 (実績)", 2022, None, None),
        ("R7.3", 2024, 2025, 3),
        ("令和7年3月", 2024, 2025, 3),
        ("R7年3月末", 2024, 2025, 3),
        ("2024年度末", 2024, 2025, 3),
        ("R元", 2019, None, None),
        ("令和元年度", 2019, None, None),
        ("H30年度", 2018, None, None),
        ("平成30年度", 2018, None, None),
        ("令和7年5月", 2025, 2025, 5),
        # header era years are fiscal years; kanji and full-width digits; other eras
        ("R2", 2020, None, None),
        ("R7", 2025, None, None),
        ("令和六年度", 2024, None, None),
        ("令和十年度", 2028, None, None),
        ("Ｒ４年度", 2022, None, None),
        ("Ｈ３０", 2018, None, None),
        ("平成元年度", 1989, None, None),
        ("昭和64年", None, 1989, None),
        ("S50年度", 1975, None, None),
        ("大正15年度", 1926, None, None),
        ("明治45年度", 1912, None, None),
        ("平成32年度", 2020, None, None),  # post-era year still in use
        ("R6年度末", 2024, 2025, 3),
        ("令和7年", None, 2025, None),  # a calendar year, not a fiscal one
        ("2025年3月", 2024, 2025, 3),
        ("2025年4月", 2025, 2025, 4),
        ("2025/1", 2024, 2025, 1),
        ("R7.3.31", 2024, 2025, 3),
        ("令和６年　６月２１日", 2024, 2024, 6),
        ("R3（見込）", 2021, None, None),
        ("R5実績", 2023, None, None),
        ("H28.6月", 2016, 2016, 6),  # 出雲: 87%（H28.6月調査結果）
        ("平成15年末", 2003, 2003, 12),  # 年末: December, as 年度末 is March (小矢部)
        ("H29.3月", 2016, 2017, 3),
    ],
)
def test_periods(raw: str, fiscal_year: int | None, year: int | None, month: int | None) -> None:
    p = parse_period(raw)
    assert (p.fiscal_year, p.year, p.month) == (fiscal_year, year, month)
    assert p.raw == raw


def test_months_one_to_three_belong_to_the_previous_fiscal_year() -> None:
    for month in range(1, 13):
        p = parse_period(f"令和7年{month}月")
        assert p.fiscal_year == (2024 if month <= 3 else 2025)


def test_to_dict() -> None:
    assert parse_period("R3（実績）").to_dict() == {
        "fiscal_year": 2021,
        "year": None,
        "month": None,
        "raw": "R3（実績）",
    }
    assert parse_period("R7.3").to_dict() == {
        "fiscal_year": 2024,
        "year": 2025,
        "month": 3,
        "raw": "R7.3",
    }


@pytest.mark.parametrize(
    ("raw", "position", "reason"),
    [
        ("R7.13", 3, "month 13"),
        ("令和0年", 2, "era year 0"),
        ("令和7年13月", 4, "month 13"),
        ("R7.3.32", 5, "day 32"),
        ("令和100年度", 2, "era year 100"),
        ("基準値", 0, "does not start with an era"),
        ("R4年度abc", 4, "text after the period"),
        ("3000年度", 0, "not a year"),
        ("", None, "is empty"),
    ],
)
def test_impossible_periods(raw: str, position: int | None, reason: str) -> None:
    with pytest.raises(ParseError) as e:
        parse_period(raw)
    assert e.value.position == position
    assert reason in str(e.value)
    assert str(e.value).startswith(f"parse_period: {raw!r}")


@pytest.mark.parametrize(
    ("text", "fiscal_year", "year", "month"),
    [
        ("基準値 (R元)", 2019, None, None),
        ("目標値 (R7)", 2025, None, None),
        ("基準値 (R2)", 2020, None, None),
        ("2024年度末 目標値", 2024, 2025, 3),
        ("令和５年度 （決算額）", 2023, None, None),
        # a span: its last period (a target over it is for its end; CONVENTIONS)
        ("目標値（H27～H31）", 2019, None, None),
        ("令和5年度～8年度", 2026, None, None),
        ("平成27年度～31年度", 2019, None, None),  # the end takes the start's era
        ("H27～31", 2019, None, None),
        ("2019～2023年度", 2023, None, None),
        ("2009～14年", None, 2014, None),  # the end takes the start's century
        # April to the next March: the fiscal year those months make (壱岐, forms173)
        ("H29.4～H30.3", 2017, None, None),
        ("実績（H31.4～R2.3）", 2019, None, None),
        ("平成29年4月～平成30年3月", 2017, None, None),
        ("H29.4～H30.2", 2017, 2018, 2),  # no whole year: the span's last month
        ("2020年4月～2023年3月", 2022, 2023, 3),  # three years: the last month
        # an end without its era takes the start's, month and all (review 17, finding 9)
        ("H29.4～30.3", 2017, None, None),
        ("平成29年4月～30年3月", 2017, None, None),
        ("R2.4～3.3", 2020, None, None),
        # an end that is a month alone: in the start's year, or the next (review 18)
        ("2020年1月～12月", 2020, 2020, 12),
        ("R3.4～9月", 2021, 2021, 9),
        ("R2.4～3月", 2020, None, None),
        ("平成15年末見込", 2003, 2003, 12),  # 小矢部's 見込 column: the year's end
        # 豊岡: 年（度）, a calendar or a fiscal year by indicator, read as the fiscal year
        ("基準値（2014年（度））", 2014, None, None),
        ("目標値(2019年(度))", 2019, None, None),
        ("H29年（実績）", None, 2017, None),  # a note in brackets is still a note
    ],
)
def test_find_period_in_headers(
    text: str, fiscal_year: int, year: int | None, month: int | None
) -> None:
    p = find_period(text)
    assert p is not None
    assert (p.fiscal_year, p.year, p.month, p.raw) == (fiscal_year, year, month, text)


def test_find_period_none() -> None:
    assert find_period("基準値") is None
    assert find_period("事業名") is None


@given(st.text())
def test_arbitrary_text_raises_nothing_but_parse_error(s: str) -> None:
    with contextlib.suppress(ParseError):
        parse_period(s)
    find_period(s)


@given(
    st.text(
        alphabet=st.sampled_from(list("RHS令和平成元年度末月日.（）()実績0123456789１２３六十 ")),
        max_size=14,
    )
)
def test_period_like_text_raises_nothing_but_parse_error(s: str) -> None:
    try:
        p = parse_period(s)
    except ParseError:
        return
    assert p.month is None or 1 <= p.month <= 12


@given(st.integers(min_value=1, max_value=60), st.integers(min_value=1, max_value=12))
def test_era_and_western_agree(n: int, month: int) -> None:
    western = 2018 + n
    assert parse_period(f"令和{n}年{month}月") == parse_period(f"{western}年{month}月").__class__(
        parse_period(f"{western}年{month}月").fiscal_year, western, month, f"令和{n}年{month}月"
    )


def test_a_number_of_years_after_a_slash_is_no_month() -> None:
    """大仙 ``目標値（H31／5か年累計）``: H31, a five-year total; ``H31/5`` alone is May 2019."""
    period = find_period("目標値（H31／5か年累計）")
    assert period is not None and (period.fiscal_year, period.month) == (2019, None)
    may = find_period("H31／5月")
    assert may is not None and (may.year, may.month) == (2019, 5)
    assert parse_period("H31/5").month == 5


def test_an_eraless_calendar_year_or_range_that_ends_a_text() -> None:
    """`26年` ending a bracket is the calendar year (平成26: 2014); `24～26年度平均` the range's last
    fiscal year; `5年間`, `5年後目標` and `26年実績` name no year read in an era."""
    from jpkpi.primitives.period import find_eraless_period

    calendar = find_eraless_period("26年", "平成")
    assert calendar is not None and (calendar.fiscal_year, calendar.year) == (None, 2014)
    span = find_eraless_period("24～26年度平均", "平成")
    assert span is not None and span.fiscal_year == 2014
    for text in ("5年間", "5年後目標", "26年実績"):
        assert find_eraless_period(text, "平成") is None


def test_an_eraless_day_of_a_month_is_that_month_in_the_documents_era() -> None:
    """扶桑 (corpora/forms251) heads its columns `3.10.1` … `7.10.1` and its baseline `（元.10.1）`,
    a note saying the era 令和 is left off: 2021-10 (FY2021) and 2019-10; a January date is the
    fiscal year before; two numbers alone (`3.10`, a value) and four (`1.2.3.4`, a section
    number) and a month past 12 date nothing."""
    from jpkpi.primitives.period import Period, find_eraless_period

    assert find_eraless_period("3.10.1", "令和") == Period(2021, 2021, 10, "3.10.1")
    assert find_eraless_period("基準値（元.10.1）", "令和") == Period(
        2019, 2019, 10, "基準値（元.10.1）"
    )
    assert find_eraless_period("5.1.1", "令和") == Period(2022, 2023, 1, "5.1.1")
    for text in ("3.10", "1.2.3.4", "5.13.1", "13.9"):
        assert find_eraless_period(text, "令和") is None


def test_a_year_named_relative_to_the_report() -> None:
    """遠野's 令和3年度 report: `当該年度実績` is FY2021, `前年度実績` FY2020; a heading that names
    its own year is not moved."""
    from jpkpi.primitives.period import relative_period

    assert relative_period("当該年度目標", 2021).fiscal_year == 2021  # type: ignore[union-attr]
    assert relative_period("前年度 実績", 2021).fiscal_year == 2020  # type: ignore[union-attr]
    assert relative_period("R2年度実績", 2021) is None
    assert relative_period("目標値", 2021) is None


@pytest.mark.parametrize(
    ("text", "era", "year"),
    [
        ("28年度(実績)", "令和", 2016),  # 令和28 would be 2046: 平成28, on a 令和元年度 sheet
        ("1年度(計画)", "令和", 2019),
        ("30年度", "令和", 2018),
        ("20年度実績", "令和", 2008),
        ("25年度", "平成", 2013),
        ("7年度", "令和", 2025),
    ],
)
def test_an_eraless_year_past_2030_in_the_documents_era_is_of_the_era_before(
    text: str, era: str, year: int
) -> None:
    """A sheet of 令和元年度 prints 28年度 … 30年度 and 1年度 side by side: the years that 令和
    would put after LATEST_ERALESS_YEAR are 平成's; the others stay in the document's era."""
    from jpkpi.primitives.period import find_eraless_period

    found = find_eraless_period(text, era)
    assert found is not None and found.fiscal_year == year


def test_a_plans_end_in_the_documents_era_is_no_year_of_the_era_before() -> None:
    """令和13 (2031) is past LATEST_ERALESS_YEAR but 平成13 (2001) is too long before 令和 to
    stand beside its years: no period, as before (a range's end names its era too)."""
    from jpkpi.primitives.period import find_eraless_period
    from jpkpi.understanding.layouts import end_of

    assert find_eraless_period("13年度", "令和") is None
    assert end_of("令和5年度～13年度") is None


def test_a_fiscal_year_counted_at_a_date_takes_that_dates_year_and_month() -> None:
    """`R2実績（R3.3.31現在）` (読谷, corpora/forms37) is FY2020 counted at 2021-03: the date's
    year and month where it falls in that fiscal year; a date outside it says nothing."""
    from jpkpi.primitives.period import Period

    assert find_period("R2実績（R3.3.31現在）") == Period(2020, 2021, 3, "R2実績（R3.3.31現在）")
    assert find_period("令和2年度実績（令和3年3月31日現在）") == Period(
        2020, 2021, 3, "令和2年度実績（令和3年3月31日現在）"
    )
    assert find_period("H30年度（H28.3時点）") == Period(2018, None, None, "H30年度（H28.3時点）")


def test_a_glossed_western_year_keeps_its_month() -> None:
    """Review: `2020（R2）年3月` is March 2020 (FY2019); a bracket that is no year's other name
    (`2020（実績）年`) makes nothing calendar."""
    from jpkpi.primitives.period import Period

    assert find_period("2020（R2）年3月") == Period(2019, 2020, 3, "2020（R2）年3月")
    assert find_period("2020（実績）年") == Period(2020, None, None, "2020（実績）年")


def test_a_month_alone_as_the_as_of_date_is_the_fiscal_years_month() -> None:
    """`H26（7月末時点）` (南相馬, corpora/forms72): FY2014 counted at the end of July, 2014-07;
    a January-March month is the next calendar year's; a month past 12 dates nothing."""
    from jpkpi.primitives.period import Period

    assert find_period("H26（7月末時点）") == Period(2014, 2014, 7, "H26（7月末時点）")
    assert find_period("R5（9月30日現在）") == Period(2023, 2023, 9, "R5（9月30日現在）")
    assert find_period("H26（3月末時点）") == Period(2014, 2015, 3, "H26（3月末時点）")
    assert find_period("H26（13月末時点）") == Period(2014, None, None, "H26（13月末時点）")


def test_a_fiscal_year_counted_so_far_is_dated_at_its_last_month() -> None:
    """鳩山 (corpora/forms244): `R5実績（4～9月）` is FY2023's actual as of 2023-09, as a 上半期
    heading reads; so are `（9月末）` and a span ending in January-March (the next calendar
    year's); the whole year (4～3月) and a span not from April stay the fiscal year."""
    from jpkpi.primitives.period import Period

    assert find_period("R5実績（4～9月）") == Period(2023, 2023, 9, "R5実績（4～9月）")
    assert find_period("令和5年度(4月-12月)") == Period(2023, 2023, 12, "令和5年度(4月-12月)")
    assert find_period("H27実績（9月末）") == Period(2015, 2015, 9, "H27実績（9月末）")
    assert find_period("R5（4～2月）") == Period(2023, 2024, 2, "R5（4～2月）")
    assert find_period("R5実績（4～3月）") == Period(2023, None, None, "R5実績（4～3月）")
    assert find_period("R5実績（10～12月）") == Period(2023, None, None, "R5実績（10～12月）")


def test_a_first_half_named_in_brackets_is_dated_at_september() -> None:
    """豊橋 (corpora/forms536): `H30実績（上半期）`, its note `平成30年4月～9月の実績`, is FY2018's
    actual as of 2018-09, as `R5年度上半期` reads; `（上期）` alike; a second half in brackets
    (`（下半期）`, October to March: no figure of the year as of March) stays the fiscal year."""
    from jpkpi.primitives.period import Period

    assert find_period("H30実績（上半期）") == Period(2018, 2018, 9, "H30実績（上半期）")
    assert find_period("R5実績（上期）") == Period(2023, 2023, 9, "R5実績（上期）")
    assert find_period("R5実績（下半期）") == Period(2023, None, None, "R5実績（下半期）")


def test_an_as_of_date_after_a_span_and_only_a_bracket_that_holds_a_date_alone() -> None:
    """Review of the as-of date: after a span it dates the span's end (FY2019 at 2020-03); a
    bracket that says more than the date (`人口はR3.3.31現在`) dates nothing."""
    from jpkpi.primitives.period import Period

    assert find_period("平成27年度～平成31年度（令和2年3月31日現在）") == Period(
        2019, 2020, 3, "平成27年度～平成31年度（令和2年3月31日現在）"
    )
    assert find_period("R2目標（人口はR3.3.31現在）") == Period(
        2020, None, None, "R2目標（人口はR3.3.31現在）"
    )


def test_a_headings_words_without_its_periods() -> None:
    """What a period heading says beside its year (`令和6年度（予定）` → 予定, `H27計画` → 計画);
    a heading that prints no period is left as it is (`款・項・目`)."""
    from jpkpi.primitives.period import without_periods

    assert without_periods("令和6年度（予定）") == "予定"
    assert without_periods("H27計画") == "計画"
    assert without_periods("平成23年度") == ""
    assert without_periods("款・項・目") == "款・項・目"


@pytest.mark.parametrize("text", ["H22～24", "H22∼24", "H22〜24", "H22~24"])
def test_a_span_with_any_tilde_ends_in_its_last_year(text: str) -> None:
    from jpkpi.primitives.period import find_span

    span = find_span(text)
    assert span is not None and (span[0].fiscal_year, span[1].fiscal_year) == (2010, 2012)
    found = find_period(text)
    assert found is not None and found.fiscal_year == 2012


@pytest.mark.parametrize(
    ("text", "fiscal_year", "year"),
    [
        ("令和６年度（２０２４年度）", 2024, None),
        ("2024年度（R6）", 2024, None),
        ("2024（令和6）年度", 2024, None),
        ("R6(2024)", 2024, None),
        ("令和元年度（2019年度）", 2019, None),
        ("令和6年（2024年）", None, 2024),
    ],
)
def test_a_year_with_its_other_name_in_brackets_is_one_year(
    text: str, fiscal_year: int | None, year: int | None
) -> None:
    from jpkpi.primitives.period import glossed_year

    found = glossed_year(text)
    assert found is not None
    assert (found.fiscal_year, found.year) == (fiscal_year, year)


@pytest.mark.parametrize(
    "text", ["令和6年度（2023年度）", "目標（R6）", "平成30年度（2018年度）末", "指標名（人）"]
)
def test_two_different_years_or_a_word_in_brackets_are_no_glossed_year(text: str) -> None:
    from jpkpi.primitives.period import glossed_year

    assert glossed_year(text) is None


def test_a_survey_year_is_the_year_surveyed() -> None:
    """早川 (corpora/forms184) heads a survey's columns `令和2年度調査`: FY2020, raw as printed."""
    p = parse_period("令和2年度調査")
    assert (p.fiscal_year, p.year, p.month, p.raw) == (2020, None, None, "令和2年度調査")


@pytest.mark.parametrize(
    ("raw", "fiscal_year"), [("R.元", 2019), ("R.5目標", 2023), ("H.30", 2018)]
)
def test_an_era_initial_written_with_a_dot(raw: str, fiscal_year: int) -> None:
    """池田 (corpora/forms192) prints `基準値（R.元）` and `R.5目標`: the dot after the era's
    initial changes nothing."""
    assert parse_period(raw).fiscal_year == fiscal_year


@pytest.mark.parametrize(("raw", "fiscal_year"), [("平27", 2015), ("令元", 2019), ("令2", 2020)])
def test_an_era_written_by_its_first_kanji(raw: str, fiscal_year: int) -> None:
    """真室川 (corpora/forms194) heads its years `平27`, `平30`, `令元`, `令2`."""
    assert parse_period(raw).fiscal_year == fiscal_year


def test_a_first_kanji_inside_a_word_is_no_era() -> None:
    # 水平2 (a level 2), 命令3: the kanji belongs to the word before it
    assert find_period("水平2方向") is None
    assert find_period("命令3件") is None


def test_a_version_number_is_no_era() -> None:
    """Review 19: `Ver.2` is a version, not 令和2."""
    assert find_period("アプリVer.2利用者数") is None


def test_a_census_year_in_a_heading_is_its_october() -> None:
    """田舎館 (corpora/forms198): `基準値（H27国調）` is the census of 2015, counted at 1 October."""
    p = find_period("基準値（H27国調）")
    assert p is not None and (p.fiscal_year, p.year, p.month) == (2015, 2015, 10)


@pytest.mark.parametrize(
    ("text", "fiscal_year"),
    [("R3評価（R2値）", 2020), ("R5評価(R4値)", 2022), ("基準値 (R元)", 2019)],
)
def test_a_bracket_naming_the_figures_year_dates_the_heading(text: str, fiscal_year: int) -> None:
    """江府 (corpora/forms229): `R3評価（R2値）` weighs the figures of FY2020."""
    from jpkpi.primitives.period import find_period

    found = find_period(text)
    assert found is not None and (found.fiscal_year, found.raw) == (fiscal_year, text)


@pytest.mark.parametrize(
    ("text", "era", "expected"),
    [
        ("5年3月末", "令和", (2022, 2023, 3)),
        ("4年9月末（基準）", "令和", (2022, 2022, 9)),
        ("中間目標（6年3月末）", "令和", (2023, 2024, 3)),
        ("30年10月", "令和", (2018, 2018, 10)),
    ],
)
def test_a_month_of_a_year_without_its_era(text: str, era: str, expected: tuple) -> None:
    """幸田's `5年3月末`: March of 令和5 (2023), the end of FY2022; 30年10月 on a 令和 sheet is
    平成30 (a year 令和 would put after 2030)."""
    from jpkpi.primitives.period import find_eraless_period

    p = find_eraless_period(text, era)
    assert p is not None and (p.fiscal_year, p.year, p.month) == expected


def test_a_survey_day_in_brackets_after_the_year_gives_its_month() -> None:
    """大江 (corpora/forms230): `R3（10月10日調査）` is FY2021 counted in October 2021, as
    `H26（7月末時点）` is; a survey in February falls in the next calendar year."""
    from jpkpi.primitives.period import Period

    assert find_period("基準値H30（10月7日調査）") == Period(
        2018, 2018, 10, "基準値H30（10月7日調査）"
    )
    assert find_period("R4（2月5日調査）") == Period(2022, 2023, 2, "R4（2月5日調査）")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.3末", (2019, 2020, 3)),
        ("基準値 7.3末", (2024, 2025, 3)),
        ("元.3末", (2018, 2019, 3)),
    ],
)
def test_a_dotted_month_end_without_its_era(text: str, expected: tuple) -> None:
    """板倉 (corpora/forms280) heads every column `2.3末` … `7.3末` on a 令和 sheet: the end of
    March 令和2 (2020), FY2019; the 末 tells it from a decimal, which stays no period."""
    from jpkpi.primitives.period import find_eraless_period

    p = find_eraless_period(text, "令和")
    assert p is not None and (p.fiscal_year, p.year, p.month) == expected
    assert find_eraless_period("2.3", "令和") is None


@pytest.mark.parametrize(
    ("text", "fiscal_year"),
    [
        ("令和3〔2021〕年度", 2021),
        ("令和元（2019）年度", 2019),
        ("H26(2014)", 2014),
        ("令和3〔2021〕年度（2021.4～2022.3）", 2021),
        ("2019年度（2019.4～2020.3）", 2019),
    ],
)
def test_a_year_glossed_with_its_other_name_or_its_months(text: str, fiscal_year: int) -> None:
    """豊丘 (corpora/forms280) prints `令和3〔2021〕年度` over `（2021.4～2022.3）`: the Western
    year and the fiscal year's months restate the year, and the heading is that period alone."""
    p = parse_period(text)
    assert (p.fiscal_year, p.year, p.month) == (fiscal_year, None, None)


@pytest.mark.parametrize(
    "text", ["令和元〔2018〕年度", "令和元年度（2020.4～2021.3）", "H26(2015)"]
)
def test_a_gloss_naming_another_year_is_no_period(text: str) -> None:
    """A bracket that names a different year than the one before it is not read past: two
    years in one heading are no one period."""
    with pytest.raises(ParseError):
        parse_period(text)


@pytest.mark.parametrize(
    ("inner", "month"),
    [("実績（4～6月）", 6), ("実績（4月～6月）", 6), ("上期（4～9月）", 9), ("実績", None)],
)
def test_months_named_under_a_year_date_its_column(inner: str, month: int | None) -> None:
    """酒々井 (corpora/forms280): `R6年度` over `実績（4～6月）` counts to June 2024; review 30:
    `（4月～6月）` reads the same (find_period knows both)."""
    from jpkpi.primitives.period import months_end_under

    found = months_end_under("R6年度", [inner])
    assert (found.month if found is not None else None) == month


@pytest.mark.parametrize(
    ("text", "fiscal_year"),
    [("目標値（R6→R7）", 2025), ("令和6年度⇒令和7年度", 2025), ("目標値（R6）", 2024)],
)
def test_a_year_moved_by_an_arrow_is_the_year_it_was_moved_to(text: str, fiscal_year: int) -> None:
    """三田 (corpora/forms306) heads its targets `目標値（R6→R7）`, a note saying the plan was
    extended a year: the targets are for the year after the arrow."""
    found = find_period(text)
    assert found is not None and found.fiscal_year == fiscal_year


def test_the_evaluated_year_as_a_heading_is_the_report_year() -> None:
    """高崎 (corpora/forms330): `評価対象年度` (or `対象年度実績`) over a report's own columns is its
    year; a heading naming another year relative to it (`評価対象年度の翌年度目標`) is that year, and
    `目標対象年度` names none (review 35)."""
    from jpkpi.primitives.period import relative_period

    assert relative_period("評価対象年度", 2023).fiscal_year == 2023
    assert relative_period("対象年度実績", 2023).fiscal_year == 2023
    assert relative_period("評価対象年度の翌年度目標", 2023).fiscal_year == 2024
    assert relative_period("対象年度の前年度実績", 2023).fiscal_year == 2022
    assert relative_period("目標対象年度", 2023) is None


def test_a_values_bracket_of_months_counted_dates_it_in_the_columns_year() -> None:
    """士幌 (corpora/forms538): `184.3（4月～2月）` under R5年度 counts FY2023's months up to
    February 2024; `（4～12月）` up to December, `（上半期）` September; the whole year, a span not
    from April and a note of another kind date nothing."""
    from jpkpi.primitives.period import Period, months_counted

    assert months_counted("4月～2月", 2023) == Period(2023, 2024, 2, "4月～2月")
    assert months_counted("4～12月", 2023) == Period(2023, 2023, 12, "4～12月")
    assert months_counted("上半期", 2017) == Period(2017, 2017, 9, "上半期")
    assert months_counted("4月～3月", 2023) is None
    assert months_counted("10～12月", 2023) is None
    assert months_counted("延べ243日", 2023) is None
