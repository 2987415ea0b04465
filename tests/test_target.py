"""parse_target_statement: the spec's examples, words against numbers, threads, properties."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpkpi import parse_quantity, parse_target_statement
from jpkpi.primitives.target import Amount


def test_spec_example() -> None:
    t = parse_target_statement("4年で43人減少を抑制し1,665人確保")
    assert t is not None
    assert t.to_dict() == {
        "text": "4年で43人減少を抑制し1,665人確保",
        "horizon_years": 4,
        "direction": "increase",
        "goal": {"value": 1665, "unit": "人"},
        "change": {"value": 43, "unit": "人"},
        "cumulative": False,
    }


def test_numbers_decide_over_words_when_baseline_is_known() -> None:
    # 人口減少率: baseline 2.44%, "…2.00%とし0.44ポイント向上" is a decrease whatever 向上 says.
    words = parse_target_statement("4年で2.00%とし0.44ポイント向上")
    assert words is not None and words.direction == "increase"
    numbers = parse_target_statement(
        "4年で2.00%とし0.44ポイント向上", baseline=parse_quantity("2.44%")
    )
    assert numbers is not None
    assert numbers.direction == "decrease"
    assert numbers.goal is not None and numbers.goal.value == Decimal("2.00")
    assert numbers.change is not None and (numbers.change.value, numbers.change.unit) == (
        Decimal("0.44"),
        "ポイント",
    )


def test_baseline_in_another_unit_does_not_decide() -> None:
    # 254.1 (printed without its 億円) is no level to compare 395億円 with.
    t = parse_target_statement("4年で総額395億円", baseline=Decimal("254.1"))
    assert t is not None
    assert t.direction is None


def test_spec_goal_and_change_examples() -> None:
    t = parse_target_statement("4年で54.1%とし0.3ポイント向上")
    assert t is not None
    assert (t.goal.value, t.goal.unit) == (Decimal("54.1"), "%")
    assert (t.change.value, t.change.unit) == (Decimal("0.3"), "ポイント")
    t = parse_target_statement("4年で延べ150世帯")
    assert t is not None
    assert (t.goal.value, t.goal.unit, t.cumulative) == (Decimal("150"), "世帯", True)
    t = parse_target_statement("4年で総額500億円増加")
    assert t is not None
    assert (t.change.value, t.change.unit, t.cumulative) == (Decimal("50000000000"), "円", True)


def test_direction_words() -> None:
    assert parse_target_statement("4年で320人とし25人減少").direction == "decrease"
    assert parse_target_statement("医療費を10%削減").direction == "decrease"
    assert parse_target_statement("4年で15人増加").direction == "increase"
    assert parse_target_statement("1.67（現状値）以上の水準維持").direction == "maintain"
    assert parse_target_statement("4年で50%").direction is None


def test_sudachi_one_person_quirk() -> None:
    # Sudachi reads "1人" as one token 一人; the number must still come out.
    t = parse_target_statement("4年で1人増加")
    assert t is not None
    assert (t.change.value, t.change.unit) == (Decimal("1"), "人")
    t = parse_target_statement("４年で１人増加")
    assert t is not None
    assert (t.horizon_years, t.change.value, t.change.unit) == (4, Decimal("1"), "人")


def test_line_breaks_are_collapsed() -> None:
    t = parse_target_statement("4年で54.1%とし\n0.3ポイント向上")
    assert t is not None
    assert t.text == "4年で54.1%とし0.3ポイント向上"
    assert t.change is not None and t.change.unit == "ポイント"


def test_text_without_a_target_gives_none() -> None:
    for text in [
        "",
        "目標",
        "窓口対応時間の減少",
        "移住者数",
        "令和7年度までに",
        "(制度開始からの累計)",
    ]:
        assert parse_target_statement(text) is None, text


def test_many_threads_share_one_dictionary() -> None:
    texts = ["4年で43人減少を抑制し1,665人確保", "4年で320人とし25人減少", "4年で延べ150世帯"] * 30
    expected = [parse_target_statement(t) for t in texts]
    seen_threads = set()

    def run(t: str):
        seen_threads.add(threading.get_ident())
        return parse_target_statement(t)

    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(run, texts))
    assert got == expected
    assert len(seen_threads) > 1


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_never_fails_on_str(s: str) -> None:
    t = parse_target_statement(s)
    assert t is None or t.goal is not None or t.change is not None or t.direction == "maintain"


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("4年で人件%とし増加減少向上延べ総額維持を抑制0123,.万億円 ()")
        ),
        max_size=30,
    )
)
def test_never_fails_on_statement_like_text(s: str) -> None:
    parse_target_statement(s)


@pytest.mark.parametrize("text", ["2009～14年", "H27～H31", "令和5年度～8年度"])
def test_a_span_of_years_states_no_target(text: str) -> None:
    """鯖江's ``25人（2009～14年）``: the note says when the value was measured, not a target
    of 2009 over 14 years."""
    assert parse_target_statement(text) is None


def test_a_level_before_kara_is_where_the_goal_starts_not_the_goal() -> None:
    """`43%(H22当初)から52.9%(H26末)に増加させる`: the goal is 52.9% (after から), the level before
    から its start, and the numbers decide the direction (千葉, corpora/forms20)."""
    s = parse_target_statement("43%(H22当初)から52.9%(H26末)に増加させる")
    assert s is not None
    assert (s.goal, s.direction) == (Amount(Decimal("52.9"), "%"), "increase")
    down = parse_target_statement("人口減少率を10%から5%に抑える")
    assert down is not None
    assert (down.goal, down.direction) == (Amount(Decimal("5"), "%"), "decrease")


def test_change_sentences_name_the_indicator_and_both_levels_with_their_periods() -> None:
    """A goal sentence names the indicator, where it starts and where it is to go, each level
    dated in brackets (千葉: `…を17.8ha(H21)から19.7ha(H26)に拡大する。`, an arrow line
    `千葉市の河川整備率　45.2%(H23)→74.0%(H26)`); a purpose sentence, or levels without their
    periods, are none."""
    from jpkpi.primitives.target import parse_change_sentence

    s = parse_change_sentence(
        "JR外房線誉田駅から徒歩5分の圏域を17.8ha(H21)から19.7ha(H26)に拡大する。"
    )
    assert s is not None
    assert (s.name, s.start_level, s.start_period, s.end_level, s.end_period) == (
        "JR外房線誉田駅から徒歩5分の圏域",
        "17.8ha",
        "H21",
        "19.7ha",
        "H26",
    )
    assert s.statement == "17.8ha(H21)から19.7ha(H26)に拡大する"
    arrow = parse_change_sentence("千葉市の河川整備率　45.2%(H23)→74.0%(H26)")
    assert arrow is not None
    assert (arrow.name, arrow.start, arrow.end, arrow.statement) == (
        "千葉市の河川整備率",
        "45.2%(H23)",
        "74.0%(H26)",
        None,
    )
    assert (
        parse_change_sentence(
            "多発する局地的集中豪雨から市民の生命・財産を守るため、河川の安全度を向上させる。"
        )
        is None
    )
    assert parse_change_sentence("新規就農者数を5人から10人に増やす") is None


def test_a_sentences_levels_keep_their_signs_and_qualifiers_and_a_name_is_words() -> None:
    """Review of parse_change_sentence: `▲5人` stays negative and `約100人` approximate (never
    left in the name), a date or a number before the levels is no name, and a から start
    decides the direction only where no word says it (`50件から60件を維持`: maintain)."""
    from jpkpi.primitives.target import parse_change_sentence

    minus = parse_change_sentence("人数▲5人(H27)→3人(R2)")
    assert minus is not None
    assert (minus.name, parse_quantity(minus.start_level).value) == ("人数", Decimal(-5))
    about = parse_change_sentence("参加者数を約100人(H27)から150人(R2)に増やす")
    assert about is not None
    assert (about.name, parse_quantity(about.start_level).flags) == ("参加者数", {"approx"})
    assert parse_change_sentence("平成27年度 100人(H27)→200人(H28)") is None
    assert parse_change_sentence("2 指標 1件(R1)→3件(R3)") is None
    aged = parse_change_sentence("65歳以上の就業率 45%(H23)から50%(H26)に増加させる")
    assert aged is not None and aged.name == "65歳以上の就業率"
    kept = parse_target_statement("50件から60件を維持")
    assert kept is not None and kept.direction == "maintain"


def test_a_sentences_own_start_decides_the_direction_against_its_word() -> None:
    """The level before から is the sentence's baseline, so the numbers decide the direction as the
    spec has them decide against a 基準値: `100件から80件に増加` goes down, whatever 増加 says;
    `50件から50件に増加` is to hold; 維持 keeps its word."""
    down = parse_target_statement("100件から80件に増加")
    assert down is not None and (down.direction, down.goal) == (
        "decrease",
        Amount(Decimal(80), "件"),
    )
    up = parse_target_statement("10人から20人に減少")
    assert up is not None and up.direction == "increase"
    held = parse_target_statement("50件から50件に増加")
    assert held is not None and held.direction == "maintain"
    other_unit = parse_target_statement("10人から20%に減少")
    assert other_unit is not None and other_unit.direction == "decrease"


def test_a_shortening_of_time_is_a_decrease_by_that_much() -> None:
    statement = parse_target_statement("緊急車両到着時間5分短縮")
    assert statement is not None and statement.direction == "decrease"
    assert statement.change == Amount(Decimal(5), "分")


@pytest.mark.parametrize(
    ("text", "direction", "points"),
    [("+5ポイント", "increase", 5), ("＋5ポイント", "increase", 5), ("▲2.5pt", "decrease", 2.5)],
)
def test_signed_percentage_points_are_a_change(text: str, direction: str, points: float) -> None:
    """Percentage points with a sign say how far a share moves, never a level."""
    statement = parse_target_statement(text)
    assert statement is not None and statement.goal is None
    assert statement.direction == direction
    assert statement.change is not None
    assert (float(statement.change.value), statement.change.unit) == (points, "ポイント")


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("人口20,000人を維持し、転出超過を100人以下に抑える", 20000),
        ("1,665人確保（うち転入者100人）", 1665),
        ("観光客数50万人（うち外国人5万人）", 500000),
        ("1,000人を目指す（令和元年度 800人）", 1000),
        ("4年で43人減少を抑制し1,665人確保", 1665),
    ],
)
def test_a_later_number_of_the_same_unit_does_not_replace_the_goal(text: str, goal: int) -> None:
    """A subset, a second measure's limit or a year's figure in brackets after the goal is no
    goal (review 18, finding 1); which dated level a sentence ends at is the record builder's to
    say, where it reads each level's year (下條, corpora/forms176)."""
    statement = parse_target_statement(text)
    assert statement is not None and statement.goal is not None
    assert statement.goal.value == goal


def test_a_change_counted_from_a_reference_with_its_level_in_brackets() -> None:
    """丸森 (corpora/forms178) prints targets relative to the baseline with the level after
    them: `基準値の2倍（36）` is a change of 2 倍 and a goal of 36; `基準値＋6世帯（12）` a change
    of 6 世帯 and a goal of 12. A multiple with no reference before it is a level."""
    twice = parse_target_statement("基準値の2倍（36）")
    assert twice is not None
    assert (twice.change.value, twice.change.unit, twice.direction) == (
        Decimal(2),
        "倍",
        "increase",
    )
    assert (twice.goal.value, twice.goal.unit) == (Decimal(36), None)
    more = parse_target_statement("基準値＋6世帯（12）")
    assert more is not None
    assert (more.change.value, more.change.unit) == (Decimal(6), "世帯")
    assert more.goal.value == Decimal(12)
    alone = parse_target_statement("現状値の1.5倍")
    assert alone is not None and alone.goal is None and alone.change.unit == "倍"
    ratio = parse_target_statement("有効求人倍率1.5倍")
    assert ratio is not None and ratio.change is None
    assert (ratio.goal.value, ratio.goal.unit) == (Decimal("1.5"), "倍")


def test_a_share_written_as_two_counts_states_no_level() -> None:
    """大蔵 (corpora/forms186): `2人に1人以上` under a percentage's R5目標 is no target of 2 人."""
    assert parse_target_statement("2人に1人以上") is None
    assert parse_target_statement("5人中4人") is None


def test_a_fall_from_the_reference_and_a_bracketed_reference_level() -> None:
    """Review 19: `基準値-5人` is a change of 5 人 down, no goal; in `現状値（100人）の2倍`
    100 is the level counted from, no goal."""
    fall = parse_target_statement("基準値-5人")
    assert fall is not None and fall.goal is None
    assert (fall.change.value, fall.direction) == (Decimal(5), "decrease")
    twice = parse_target_statement("現状値（100人）の2倍")
    assert twice is not None and twice.goal is None and twice.change.unit == "倍"
    assert parse_target_statement("3人に1人程度") is None


def test_a_percentage_of_the_reference_is_no_level() -> None:
    """津久見 (corpora/forms201): `基準値比110％` under 目標値（R7） is 110 % of the baseline, no
    target of 110 %; `前年度比+5%` is still a change of 5 % up."""
    assert parse_target_statement("基準値比110％") is None
    up = parse_target_statement("前年度比+5%")
    assert up is not None and (up.change.value, up.direction) == (Decimal(5), "increase")


@pytest.mark.parametrize(
    ("text", "change", "direction"),
    [
        ("H26比▲10%", 10, "decrease"),
        ("2014年比▲10%", 10, "decrease"),
        ("令和2年度比＋5%", 5, "increase"),
    ],
)
def test_a_change_from_a_year_is_no_level(text: str, change: int, direction: str) -> None:
    """田布施 (corpora/forms273): `H26比▲10%` under 目標値（H31） is a fall of 10 % from the H26
    level, no target of 10 %; a year is a reference only with 比 (`H26から10%` is no change),
    and `H26比90%`, a share of that year's level, states no level of its own."""
    said = parse_target_statement(text)
    assert said is not None and said.goal is None and said.change is not None
    assert (said.change.value, said.change.unit, said.direction) == (
        Decimal(change),
        "%",
        direction,
    )
    assert parse_target_statement("H26比90%") is None
    span = parse_target_statement("H26から10%")
    assert span is not None and span.change is None


def test_a_bracketed_reference_level_is_the_goal_unless_a_change_follows() -> None:
    """Review 20: `現状値（15.2%）以上` and `現状値（1,200人）を維持` keep that level as the goal;
    only `…）の2倍` counts from it; `現状値（H27：120人）の2倍` has no goal of 120."""
    floor = parse_target_statement("現状値（15.2%）以上")
    assert floor is not None and floor.goal.value == Decimal("15.2")
    hold = parse_target_statement("現状値（1,200人）を維持")
    assert hold is not None and (hold.goal.value, hold.direction) == (Decimal(1200), "maintain")
    twice = parse_target_statement("現状値（H27：120人）の2倍")
    assert twice is not None and twice.goal is None


@pytest.mark.parametrize(
    ("text", "direction"), [("基準値の110%", "increase"), ("基準値の90%", "decrease")]
)
def test_a_share_of_the_reference_is_no_level(text: str, direction: str) -> None:
    """鏡石 (corpora/forms222): `基準値の110%` under `目標値（R8）` aims 10 % above the baseline;
    it is no level of 110 %."""
    s = parse_target_statement(text)
    assert s is not None
    assert (s.goal, s.change, s.direction) == (None, None, direction)


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("令和6年3月までに年間1.2万人とする", Decimal("12000")),  # 七宗: 3月 is a date's month
        ("5年間(令和2～6年度)で累計30件とする", Decimal("30")),  # 小谷: 6年度 ends a span
        ("5年間(2020～2024年度)で累計30件とする", Decimal("30")),  # review 23: a Western span
    ],
)
def test_a_dates_month_or_a_spans_last_year_is_no_level(text: str, goal: Decimal) -> None:
    s = parse_target_statement(text)
    assert s is not None and s.goal is not None
    assert s.goal.value == goal


def test_a_share_of_a_bracketed_level_is_no_level_of_its_own() -> None:
    """売木 (corpora/forms232): `ピーク時（H30：8,420人）の9割` aims at nine tenths of the peak; 8,420
    is where it counts from, no target of 8,420 (and 9割 no level either)."""
    assert parse_target_statement("ピーク時（H30：8,420人）の9割") is None
    doubled = parse_target_statement("現状値（100人）の2倍")
    assert doubled is not None and doubled.goal is None and doubled.direction == "increase"


def test_bare_numbers_side_by_side_state_no_target() -> None:
    """`370.0 380.0` (下松, corpora/forms209: an old plan struck through, then the new) is two
    values in one cell, no statement whose goal is the first; a statement still reads."""
    assert parse_target_statement("370.0 380.0") is None
    assert parse_target_statement("12 15") is None
    stated = parse_target_statement("5年間で15人")
    assert stated is not None and stated.goal is not None and stated.goal.value == 15


def test_change_levels_of_a_statement_dated_in_brackets() -> None:
    """苓北 (corpora/forms261): a statement that dates where it starts and where it goes, each
    level (年間 and all) before its bracketed year; none where it dates only one."""
    from jpkpi.primitives.target import change_levels

    assert change_levels("年間9.8万人（令和元年度）から年間12万人（令和6年度）に増やします") == (
        ("年間9.8万人", "令和元年度"),
        ("年間12万人", "令和6年度"),
    )
    assert change_levels("令和6年度に年間1,200人日とします") is None


@pytest.mark.parametrize(
    ("text", "direction", "change"),
    [
        ("R6実績＋5", "increase", (Decimal(5), None)),
        ("基準値+10", "increase", (Decimal(10), None)),
        ("前年度実績▲3人", "decrease", (Decimal(3), "人")),
        ("令和6年度+5件", "increase", (Decimal(5), "件")),
    ],
)
def test_a_level_added_to_a_value_the_target_names(
    text: str, direction: str, change: tuple[Decimal, str | None]
) -> None:
    """一戸 (corpora/forms282) prints `R6実績＋5` as its R7 target: five more than FY2024's
    actual, a change and no level (it was read as a target of 5)."""
    s = parse_target_statement(text)
    assert s is not None and s.goal is None and s.direction == direction
    assert s.change is not None and (s.change.value, s.change.unit) == change


@pytest.mark.parametrize("text", ["前年並み", "前年度並み", "例年並み"])
def test_a_level_held_from_the_year_before(text: str) -> None:
    """小海 (forms296): `前年並み` under a target heading holds the year before's level."""
    statement = parse_target_statement(text)
    assert statement is not None
    assert (statement.direction, statement.goal, statement.change) == ("maintain", None, None)


def test_a_figure_given_for_reference_is_no_goal() -> None:
    """高槻 (corpora/forms318): `全国平均以上（参考：令和４年度の全国平均 37.5％）` states no level of its
    own: the 37.5 is the latest national mean, given for reference; without the bracket the
    figure would be the goal."""
    assert parse_target_statement("全国平均以上（参考：令和４年度の全国平均 37.5％）") is None
    stated = parse_target_statement("37.5％以上（参考：令和４年度の全国平均 35.0％）")
    assert stated is not None and stated.goal == Amount(Decimal("37.5"), "%")
