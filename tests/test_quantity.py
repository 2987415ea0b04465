"""parse_quantity: every example of the spec and the issue, errors, and properties."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import jaconv
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpkpi import JpkpiError, ParseError, parse_quantity
from jpkpi.primitives.quantity import unit_qualifier


@pytest.mark.parametrize(
    ("raw", "value", "unit", "flags"),
    [
        # the record spec's Observation examples
        ("2,031万粒", "20310000", "粒", set()),
        ("146.00億円", "14600000000", "円", set()),
        ("40,501千円", "40501000", "円", set()),
        ("97.4%", "97.4", "%", set()),
        ("△ 20,007", "-20007", None, set()),
        ("▲5", "-5", None, set()),
        ("±0人", "0", "人", set()),
        # grouping, widths, decimals
        ("１，６６５人", "1665", "人", set()),
        ("1,665人", "1665", "人", set()),
        ("１，６６５", "1665", None, set()),
        ("９７．４％", "97.4", "%", set()),
        ("0.58億円", "58000000", "円", set()),
        ("55.0万匹", "550000", "匹", set()),
        ("5,457千尾", "5457000", "尾", set()),
        ("178 万人", "1780000", "人", set()),  # a space before the scale word, as typeset (伊豆)
        ("1,780 千人", "1780000", "人", set()),
        ("1,347,261", "1347261", None, set()),
        # kanji numerals and mixed forms
        ("二千五百", "2500", None, set()),
        ("十五", "15", None, set()),
        ("二千五百人", "2500", "人", set()),
        ("3億5千万円", "350000000", "円", set()),
        ("1億2,345万円", "123450000", "円", set()),
        ("百万円", "1000000", "円", set()),
        ("3百万円", "3000000", "円", set()),
        ("一人", "1", "人", set()),
        # minus forms
        ("-155人", "-155", "人", set()),
        ("－155人", "-155", "人", set()),
        ("−10", "-10", None, set()),
        ("‐3", "-3", None, set()),
        ("△5件", "-5", "件", set()),
        ("+5", "5", None, set()),
        # qualifiers
        ("延べ49,381人", "49381", "人", {"cumulative"}),
        ("延べ 3,345人", "3345", "人", {"cumulative"}),
        ("累計150世帯", "150", "世帯", {"cumulative"}),
        ("約100人", "100", "人", {"approx"}),
        ("100人程度", "100", "人", {"approx"}),
        ("50件(延べ)", "50", "件", {"cumulative"}),
        # units kept as written, か所 folded
        ("174人/日", "174", "人/日", set()),
        ("12MWh/年", "12", "MWh/年", set()),
        ("120㎡", "120", "㎡", set()),
        ("35t-CO2", "35", "t-CO2", set()),
        ("0.3ポイント", "0.3", "ポイント", set()),
        ("2ヵ所", "2", "か所", set()),
        ("2カ所", "2", "か所", set()),
        ("2ケ所", "2", "か所", set()),
        ("2箇所", "2", "か所", set()),
        ("3社・ 団体", "3", "社・団体", set()),
        ("4システム数", "4", "システム数", set()),
        ("0字", "0", "字", set()),
        # cells that hold more than a number (issue 11, point 5)
        ("年１１１校", "111", "校", {"annual"}),
        ("毎年3件以上", "3", "件", {"annual", "at_least"}),
        ("11,000人突破", "11000", "人", {"more_than"}),  # past the figure (馬路, forms173)
        ("531kg/10a", "531", "kg/10a", set()),  # per 10 ares (匝瑳's unit, forms176)
        ("3件/1000人", "3", "件/1000人", set()),
        ("1,489※2", "1489", None, set()),  # a footnote mark after the value (宍粟)
        ("64 ※", "64", None, set()),
        ("年間3回", "3", "回", {"annual"}),
        ("99.9～100", "99.9", None, {"range"}),
        ("99.9%～100%", "99.9", "%", {"range"}),
        ("10～20件", "10", "件", {"range"}),
        ("1～2万人", "10000", "人", {"range"}),
        ("９人（延べ２４３日）", "9", "人", set()),
        ("年３人（５年間で１５人）", "3", "人", {"annual"}),
        # a trend mark after the value (松戸's 数値目標 sheet): how it moved, no flag
        ("3,975人 ↗", "3975", "人", set()),
        ("5.4‰ ↘", "5.4", "‰", set()),
        ("△905人↗", "-905", "人", set()),
        # an amount of yen with the sign before it (西予's 事業費, corpora/forms10)
        ("¥10,000,000", "10000000", "円", set()),
        ("￥8,095,000", "8095000", "円", set()),
        ("¥0", "0", "円", set()),
    ],
)
def test_quantities(raw: str, value: str, unit: str | None, flags: set[str]) -> None:
    q = parse_quantity(raw)
    assert q.value == Decimal(value)
    assert isinstance(q.value, Decimal)
    assert q.unit == unit
    assert q.flags == frozenset(flags)
    assert q.raw == raw


@pytest.mark.parametrize(
    ("raw", "flag"),
    [
        ("未計測", "not_measured"),
        ("調査中", "not_measured"),
        ("集計中", "not_measured"),
        ("測定不能", "not_measured"),
        ("未発表", "not_measured"),
        ("未設定", "not_set"),
        ("なし", "none"),
        ("-", "missing"),
        ("—", "missing"),
        ("－", "missing"),
        ("―", "missing"),
        ("", "missing"),
        ("   ", "missing"),
    ],
)
def test_missing_markers_are_values_not_errors(raw: str, flag: str) -> None:
    q = parse_quantity(raw)
    assert q.value is None
    assert q.flags == frozenset({flag})


@pytest.mark.parametrize(
    "raw",
    [
        "中止",
        "（非開催）",
        "(延期)",
        "未実施",
        "休止",
        "開設中止",
        "（開催中止）",
        "休館",
        "休園※1",
        "無観客開催",
        "（無観客）",
    ],
)
def test_a_cell_saying_nothing_took_place_is_no_value_and_no_flag(raw: str) -> None:
    """十日町's triennial festival `（非開催）`, 聖籠's `中止`, いの's `未実施`, 御宿's beach `開設中止`
    (what was not held, then the word), 津別's `休館`, 諸塚's `休園※1` (a note's mark after it),
    浜松's festival `無観客開催` (held with no visitors to count, corpora/forms564): no
    value, the column's unit, the text as raw and none of the spec's flags (six blind writers
    read them so)."""
    q = parse_quantity(raw, default_unit="千人")
    assert (q.value, q.unit, q.flags, q.raw) == (None, "人", frozenset(), raw)


@pytest.mark.parametrize(
    "raw", ["中止中", "中止(雨天)", "（注）", "(12)", "事業を中止", "大会中止", "事業中止"]
)
def test_words_around_a_not_held_word_are_not_a_value(raw: str) -> None:
    with pytest.raises(ParseError):
        parse_quantity(raw)


def test_labelled_parts() -> None:
    q = parse_quantity("男79.3歳 女84.3歳")
    assert q.value is None
    assert q.unit == "歳"
    assert [(p.label, p.value, p.unit) for p in q.parts] == [
        ("男", Decimal("79.3"), "歳"),
        ("女", Decimal("84.3"), "歳"),
    ]
    assert q.to_dict()["parts"] == [
        {"label": "男", "value": 79.3, "unit": "歳"},
        {"label": "女", "value": 84.3, "unit": "歳"},
    ]


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        # (明石, forms580: a PDF cell's two lines 男性 80.5 / 女性 84.6 joined)
        ("男性 80.5女性 84.6", [("男性", Decimal("80.5")), ("女性", Decimal("84.6"))]),
        ("男 80.5女 84.6", [("男", Decimal("80.5")), ("女", Decimal("84.6"))]),
    ],
)
def test_labelled_parts_whose_second_label_is_glued_to_the_first_value(
    raw: str, parts: list[tuple[str, Decimal]]
) -> None:
    """Each label spaced from its value, the second glued to the first value's last digit."""
    assert [(p.label, p.value) for p in parse_quantity(raw).parts] == parts


@pytest.mark.parametrize("raw", ["男性 80.5年女性 84.6年", "3億 5千万"])
def test_no_glued_label_after_a_unit_or_a_scale_word(raw: str) -> None:
    """A unit glued to the next word (年女性) or a scale word after a digit is no label."""
    with pytest.raises(ParseError):
        parse_quantity(raw)


def test_labelled_parts_listed_with_a_comma() -> None:
    """神石高原: 商品数0商品，起業者0人, two values of two units; a comma of digit grouping stays."""
    q = parse_quantity("商品数0商品，起業者0人")
    assert (q.value, q.unit) == (None, None)
    assert [(p.label, p.value, p.unit) for p in q.parts] == [
        ("商品数", Decimal("0"), "商品"),
        ("起業者", Decimal("0"), "人"),
    ]
    assert parse_quantity("商品数1商品、起業者1人").parts[1].value == 1
    assert parse_quantity("1,069本").value == 1069


def test_a_label_spaced_from_its_value_is_one_part() -> None:
    """安城: ``長寿命化13箇所 リニューアル　3箇所`` (the long vowel mark ー is no katakana)."""
    q = parse_quantity("長寿命化13箇所 リニューアル　3箇所")
    assert [(p.label, p.value, p.unit) for p in q.parts] == [
        ("長寿命化", Decimal("13"), "か所"),
        ("リニューアル", Decimal("3"), "か所"),
    ]


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("（　11回　）", Decimal("11"), "回"),
        ("(4都市)", Decimal("4"), "都市"),
        ("（　3　）", Decimal("3"), None),
    ],
)
def test_a_value_in_the_forms_brackets_is_the_value(
    raw: str, value: Decimal, unit: str | None
) -> None:
    """石垣's 検証シート writes targets in the blanks it prints for them, brackets spaced apart
    (``（　11回　）``), or with their unit; raw keeps the brackets."""
    q = parse_quantity(raw)
    assert (q.value, q.unit, q.raw) == (value, unit, raw)


@pytest.mark.parametrize("raw", ["(1)", "（１２）", "(184)", "（1,234）", "(2019)"])
def test_a_list_number_or_a_note_in_brackets_is_no_value(raw: str) -> None:
    """A bare number tight in its brackets numbers a list or notes a figure (玉名's 再掲 line
    ``(184)``): no value, whatever its length."""
    with pytest.raises(ParseError):
        parse_quantity(raw)


@pytest.mark.parametrize(
    ("raw", "default_unit", "value", "unit"),
    [
        ("133", "人", "133", "人"),
        ("8,030", "千円", "8030000", "円"),
        ("8,030", "（千円）", "8030000", "円"),
        ("8,030", "（単位：千円）", "8030000", "円"),
        ("30", "%", "30", "%"),
        ("30", "％", "30", "%"),
        ("3", "社・ 団体", "3", "社・団体"),
        ("5人", "件", "5", "人"),  # a unit in the cell wins over the column's
    ],
)
def test_default_unit(raw: str, default_unit: str, value: str, unit: str) -> None:
    q = parse_quantity(raw, default_unit=default_unit)
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_a_note_after_the_value_is_kept_beside_it_and_a_period_is_not_a_note() -> None:
    assert parse_quantity("９人（延べ２４３日）").note == "延べ243日"
    assert parse_quantity("年３人（５年間で１５人）").note == "5年間で15人"
    assert parse_quantity("3(件)").note is None and parse_quantity("3(件)").unit == "件"
    for text in ("2,713人(平成26年)", "1,665人(R7)"):  # the value's period: read by the table
        with pytest.raises(ParseError):
            parse_quantity(text)
    # names and spans of ages or years that hold a wave dash are no values
    for text in (
        "20～39歳の女性の人口",
        "0～14歳人口",
        "20～39歳",
        "10～20代",
        "4～9月",
        "2021～2025",
    ):
        with pytest.raises(ParseError):
            parse_quantity(text)
    with pytest.raises(ParseError):
        parse_quantity("1,665(R7)")  # a period after the number, not the unit R7


@pytest.mark.parametrize(
    ("raw", "default_unit", "value", "unit"),
    [
        ("5千～2万人", None, "5000", "人"),
        ("1～2万", None, "10000", None),
        ("1～2万人", "千人", "10000", "人"),  # the cell's own scale, not the column's
        ("100～200万円", "千円", "1000000", "円"),
        ("99.9～100", "千円", "99900", "円"),  # bare ends take the column's scale
    ],
)
def test_a_range_is_its_lower_bound_with_the_scale_printed_once(
    raw: str, default_unit: str | None, value: str, unit: str | None
) -> None:
    q = parse_quantity(raw, default_unit=default_unit)
    assert (q.value, q.unit, q.flags) == (Decimal(value), unit, frozenset({"range"}))


def test_missing_value_takes_the_default_unit() -> None:
    assert parse_quantity("未計測", default_unit="%").unit == "%"


def test_to_dict_is_the_observation_json_form() -> None:
    assert parse_quantity("2,031万粒").to_dict() == {
        "value": 20310000,
        "unit": "粒",
        "raw": "2,031万粒",
        "flags": [],
    }
    assert parse_quantity("146.00億円").to_dict()["value"] == 14600000000
    assert parse_quantity("97.4%").to_dict()["value"] == 97.4
    assert parse_quantity("延べ49,381人").to_dict()["flags"] == ["cumulative"]


def test_error_names_input_reason_and_position() -> None:
    with pytest.raises(ParseError) as e:
        parse_quantity("12..5%")
    assert str(e.value) == "parse_quantity: '12..5%' has two decimal points at position 3"
    assert e.value.text == "12..5%"
    assert e.value.position == 3
    assert isinstance(e.value, ValueError)
    assert isinstance(e.value, JpkpiError)


@pytest.mark.parametrize(
    ("raw", "position", "reason"),
    [
        ("abc", 0, "does not start with a number"),
        ("R7.3", 0, "does not start with a number"),
        ("2024年度末", 4, "is a period"),
        ("1,00", 0, "grouping"),
        ("1.", 1, "decimal point with no digits"),
        ("±5", 0, "± before a number other than zero"),
        ("4年で43人減少を抑制し1,665人確保", 3, "second number"),
        ("4位/19", 4, "second number"),  # a rank of 19 (智頭, forms55): no per-unit count
        ("4位/19市町村", 4, "second number"),  # the rank's count with its counter (review 18)
        ("1割増（対H30）", 1, "states a change"),  # 山鹿 (forms181): a change, its base beside
        ("15万人維持", 3, "a level to hold"),  # ひたちなか (forms341): no unit 人維持
        ("12人。", 3, "where a unit was expected"),
        ("延べ", None, "has no number"),
        # a numbered heading (出雲's 基本目標 cells), not a count of 雇用の場の創出
        ("１ 雇用の場の創出", 4, "a phrase after its number"),
        ("2 ひとの流れ", 4, "a phrase after its number"),
        ("↗", 0, "does not start with a number"),
    ],
)
def test_errors(raw: str, position: int | None, reason: str) -> None:
    with pytest.raises(ParseError) as e:
        parse_quantity(raw)
    assert e.value.position == position
    assert reason in str(e.value)
    assert repr(raw) in str(e.value)


@given(st.text())
def test_arbitrary_text_raises_nothing_but_parse_error(s: str) -> None:
    with contextlib.suppress(ParseError):
        parse_quantity(s)


_QUANTITY_ALPHABET = list(
    "0123456789０１２,，..．△▲-－±+延べ約程度万億千百十兆一二三四五〇人件%％円 /()（）男女"
)


@given(st.text(alphabet=st.sampled_from(_QUANTITY_ALPHABET), max_size=16))
def test_quantity_like_text_raises_nothing_but_parse_error(s: str) -> None:
    try:
        q = parse_quantity(s)
    except ParseError:
        return
    assert q.value is None or isinstance(q.value, Decimal)


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12, places=3
    ),
    st.booleans(),
    st.sampled_from(["", "人", "%", "件", "円"]),
)
def test_formatted_decimal_parses_back(d: Decimal, full_width: bool, unit: str) -> None:
    text = f"{d:,f}"
    if full_width:
        text = jaconv.h2z(text, ascii=True, digit=True)
    q = parse_quantity(text + unit)
    assert q.value == d
    assert q.unit == (unit or None)


@given(st.integers(min_value=1, max_value=10**9))
def test_accounting_minus_parses_back(n: int) -> None:
    assert parse_quantity(f"△ {n:,}").value == -n
    assert parse_quantity(f"▲{n:,}").value == -n


@pytest.mark.parametrize("text", ["（1年後）", "10年後", "3か月前"])
def test_a_time_from_now_is_no_quantity(text: str) -> None:
    """`R8目標` over `（1年後）` (小千谷, corpora/forms78) says when, not how many: no quantity, so a
    header cell printed on two lines is not taken for a band of values."""
    with pytest.raises(ParseError, match="time from now"):
        parse_quantity(text)


@pytest.mark.parametrize("text", ["1年目", "（1年目）", "3回目", "2期目"])
def test_ordinals_are_not_quantities(text: str) -> None:
    """`（1年目）` under `平成28年度増加分` (菊陽, corpora/forms9) says which year, not how many."""
    with pytest.raises(ParseError, match="ordinal"):
        parse_quantity(text)
    assert parse_quantity("3品目").value == 3  # 品目 counts items


@pytest.mark.parametrize(
    "text",
    [
        "2020年",
        "2010年（国勢調査）",
        "2024年末",
        "20歳未満人口",
        "65歳以上人口",
        "10a当たり収量",  # 北大東 (forms177): a measure per 10a, a name
        "2016シーズン",  # 阿智 (forms172): a year's season, no count of seasons
        "1人当たり医療費",
    ],
)
def test_a_western_year_and_a_group_bounded_by_age_are_no_quantities(text: str) -> None:
    """`2020年` over a column of values is a year (海士's dashboard), not 2,020 years; a bound
    word with a noun after it names a group (`20歳未満人口`), no quantity of 20."""
    with pytest.raises(ParseError):
        parse_quantity(text)
    assert parse_quantity("3年").value == 3 and parse_quantity("20人以上").flags == {"at_least"}
    assert parse_quantity("1人当たり").unit == "人当たり"  # no name after it: still a unit


@pytest.mark.parametrize("raw", ["¥12人", "¥", "¥約", "¥ なし"])
def test_a_yen_sign_before_anything_but_a_bare_amount_is_no_quantity(raw: str) -> None:
    with pytest.raises(ParseError):
        parse_quantity(raw)


@pytest.mark.parametrize("text", ["10%増", "5人減少", "3.0ポイント向上"])
def test_a_change_to_reach_is_no_quantity(text: str) -> None:
    """上ノ国 ``10%増``: how much to rise, a target statement (parse_target_statement), not the
    quantity 10 in a unit ``%増``."""
    with pytest.raises(ParseError):
        parse_quantity(text)


def test_a_lone_circle_is_a_mark_not_zero() -> None:
    """池田 408 (real-kpi round 3): 〇 ticks 国土強靭化地域計画の指標に該当 beside the values; alone
    it is a mark, not the kanji numeral zero it is inside 二〇人."""
    with pytest.raises(ParseError, match="is a mark"):
        parse_quantity("〇")
    assert parse_quantity("二〇人").value == 20


def test_a_star_between_numbers_is_no_footnote_mark() -> None:
    """`12*` and `12＊` end with a footnote's mark (12), as `*1` does after a grouped number or a
    unit (`1,234*1`, `1,000千円*2`); between bare numbers (`5*3`, `64＊1`) it may be a product:
    no quantity (never 5)."""
    assert parse_quantity("12＊").value == Decimal(12)
    assert parse_quantity("1,234*1").value == Decimal(1234)
    assert parse_quantity("1,000千円*2").value == Decimal(1000000)
    for text in ("5*3", "64＊1"):
        with pytest.raises(ParseError):
            parse_quantity(text)


@pytest.mark.parametrize(
    ("raw", "value", "flags"),
    [
        ("100人以内", "100", {"at_most"}),
        ("50位以内", "50", {"at_most"}),
        ("▲100以内", "-100", {"at_least"}),  # a fall held within 100: at or above -100
        ("△5%以内", "-5", {"at_least"}),
    ],
)
def test_within_bounds_the_size_of_the_number(raw: str, value: str, flags: set[str]) -> None:
    q = parse_quantity(raw, "人")
    assert (q.value, set(q.flags)) == (Decimal(value), flags)
    assert q.unit is not None and "以内" not in q.unit


def test_a_range_written_with_the_tilde_operator_is_a_range() -> None:
    q = parse_quantity("99.9∼100%")
    assert (q.value, q.unit, set(q.flags)) == (Decimal("99.9"), "%", {"range"})


@pytest.mark.parametrize(
    ("raw", "flags"),
    [
        ("―（開業前）", {"missing"}),
        ("-（調査なし）", {"missing"}),
        ("―（未計測）", {"not_measured"}),  # the reason is a marker of its own: what it says
        ("―（未設定）", {"not_set"}),
        # a dash written where the value was expected is missing (the spec), whatever the
        # reason; 未実施 or 中止 alone, no dash, is no flag (F8-21)
        ("－(未実施)", {"missing"}),
        ("―（中止）", {"missing"}),
        ("―（H29年度へ繰越）", {"missing"}),  # 今帰仁 (forms101): digits only in its period
    ],
)
def test_a_dash_with_its_reason_in_brackets_is_no_value(raw: str, flags: set[str]) -> None:
    q = parse_quantity(raw, "人")
    assert (q.value, set(q.flags), q.raw) == (None, flags, raw)


@pytest.mark.parametrize("raw", ["―（2件）", "―（H30:120人）"])
def test_a_dash_with_a_figure_in_brackets_is_not_taken_for_no_value(raw: str) -> None:
    # a figure beside the dash may be the value itself: never read as a blank
    with pytest.raises(ParseError):
        parse_quantity(raw, "人")


@pytest.mark.parametrize(
    ("raw", "flag"),
    [("+30（各年）", "annual"), ("30人（毎年）", "annual"), ("15.1%より抑制", "less_than")],
)
def test_a_bracketed_each_year_and_a_held_below_word_are_flags(raw: str, flag: str) -> None:
    # 内灘 (forms108) prints its targets so: the word is no unit
    q = parse_quantity(raw, "人")
    assert flag in q.flags and q.unit in ("人", "%")


@pytest.mark.parametrize(
    ("text", "unit"), [("〇〇", None), ("〇〇人", "人"), ("〇〇.〇%", "%"), ("〇〇〇万円", "円")]
)
def test_a_drafts_placeholder_figure_is_a_value_not_set_never_zero(
    text: str, unit: str | None
) -> None:
    """西之表's 素案 prints its targets still to be decided as `〇〇`: no number, not 0."""
    q = parse_quantity(text)
    assert (q.value, q.unit, q.flags) == (None, unit, frozenset({"not_set"}))


def test_kanji_zeros_inside_a_kanji_number_stay_digits() -> None:
    assert parse_quantity("二〇〇").value == 200


@pytest.mark.parametrize(("text", "unit"), [("ゼロ", None), ("ゼロ件", "件"), ("ゼロ%", "%")])
def test_zero_in_words_is_zero(text: str, unit: str | None) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit) == (0, unit)


def test_a_word_that_starts_with_zero_is_no_quantity() -> None:
    with pytest.raises(ParseError):
        parse_quantity("ゼロカーボン")


@pytest.mark.parametrize(
    ("printed", "unit", "flags"),
    [
        ("人（延べ）", "人", {"cumulative"}),  # 西郷 (corpora/forms170)
        ("件(累計)", "件", {"cumulative"}),
        ("延べ人", "人", {"cumulative"}),
        ("延人", "人", {"cumulative"}),  # the prefix qualifiers' words, each of them
        ("人（延）", "人", {"cumulative"}),
        ("累計千件", "千件", {"cumulative"}),
        ("人", "人", set()),
        ("千円", "千円", set()),
        ("延べ", "延べ", set()),  # a qualifier alone is no unit to strip it from
        ("区画(か所)", "区画(か所)", set()),  # a bracket that is no qualifier stays
    ],
)
def test_a_unit_cells_qualifier_is_a_flag_of_the_rows_values(
    printed: str, unit: str, flags: set[str]
) -> None:
    assert unit_qualifier(printed) == (unit, frozenset(flags))


@pytest.mark.parametrize(
    ("raw", "value", "unit", "flags"),
    [
        ("13万人強", 130000, "人", {"more_than"}),  # 大蔵 (corpora/forms186)
        ("16万人余り", 160000, "人", {"more_than"}),  # 指宿 (corpora/forms157, F157-2)
        ("2万人弱", 20000, "人", {"approx"}),  # 明日香 (corpora/forms107, F107-3)
        ("最低10件", 10, "件", {"at_least"}),  # むつ (corpora/forms186)
        ("最大30分", 30, "分", {"at_most"}),
    ],
)
def test_words_that_round_or_bound_a_figure(
    raw: str, value: int, unit: str, flags: set[str]
) -> None:
    q = parse_quantity(raw)
    assert (q.value, q.unit, set(q.flags)) == (Decimal(value), unit, flags)


def test_a_grade_after_a_bare_number_is_no_rounding() -> None:
    # 震度5強 is a grade of an earthquake: 強 after a bare number sets no flag
    assert not parse_quantity("5強").flags


@pytest.mark.parametrize(
    ("raw", "value", "unit", "flags"),
    [
        ("≧1,500", 1500, None, {"at_least"}),  # 南伊勢 (corpora/forms191)
        ("≦3,200", 3200, None, {"at_most"}),
        ("8（確）", 8, None, set()),  # 池田 (corpora/forms192): a mark, no unit
        ("298（住基）", 298, None, set()),  # 厚沢部 (corpora/forms190): the source, no unit
        ("12（修正）", 12, None, set()),  # 南アルプス (corpora/forms431): corrected, no unit
        ("118(訂正後)", 118, None, set()),
        ("3(件)", 3, "件", set()),  # a counter in brackets is the unit
        ("12(%)", 12, "%", set()),
    ],
)
def test_signs_before_and_brackets_after_a_number(
    raw: str, value: int, unit: str | None, flags: set[str]
) -> None:
    q = parse_quantity(raw)
    assert (q.value, q.unit, set(q.flags)) == (Decimal(value), unit, flags)


def test_a_bracket_saying_when_a_target_was_revised_is_a_note() -> None:
    """藤里 (corpora/forms194): `22（R4見直し）` is 22, the bracket saying when it was revised."""
    q = parse_quantity("22（R4見直し）")
    assert (q.value, q.unit) == (Decimal(22), None)


def test_a_tax_note_after_a_unit_is_no_part_of_it() -> None:
    """黒滝 (corpora/forms195): the 単位 cell `千円（税込）` is 千円."""
    assert unit_qualifier("千円（税込）") == ("千円", frozenset())


@pytest.mark.parametrize("raw", ["30（事業所）", "6（店舗）", "10（講座）", "120（人/日）"])
def test_a_word_in_brackets_after_a_number_stays_its_unit(raw: str) -> None:
    """Review 19: only marks and sources (確, 住基…) are notes; any other word is the unit."""
    q = parse_quantity(raw)
    assert q.unit == raw[raw.index("（") + 1 : -1]


def test_comparison_signs_more_and_less(raw: str = "＞3") -> None:
    assert parse_quantity("＞3").flags == frozenset({"more_than"})
    assert parse_quantity("<10").flags == frozenset({"less_than"})
    assert not parse_quantity("5 強").flags


@pytest.mark.parametrize("raw", ["R7.8確定予定", "令和7年8月公表予定", "H27.9公表予定"])
def test_a_date_the_figure_is_due_by_is_not_measured_yet(raw: str) -> None:
    """本巣 (corpora/forms195): `R7.8確定予定` under R6実績 is no value yet: not measured, as
    未公表 is (香南, forms77, prints `H27.9公表予定`)."""
    q = parse_quantity(raw)
    assert (q.value, q.flags) == (None, frozenset({"not_measured"}))


@pytest.mark.parametrize(
    ("raw", "default", "value", "unit"),
    [
        ("8,120（推計人口）", "人", 8120, "人"),  # review 20: a source beside the column's unit
        ("40,501（税込）", "千円", 40501000, "円"),
        ("30（事業所）", None, 30, "事業所"),  # no column unit: the bracket is the unit
    ],
)
def test_a_bracket_after_a_number_weighs_the_columns_unit(
    raw: str, default: str | None, value: int, unit: str
) -> None:
    q = parse_quantity(raw, default_unit=default)
    assert (q.value, q.unit) == (Decimal(value), unit)


@pytest.mark.parametrize("raw", ["8月公表予定", "12月頃公表予定", "R7.9発表予定"])
def test_a_month_the_figure_is_due_by_is_not_measured_yet(raw: str) -> None:
    assert parse_quantity(raw).flags == frozenset({"not_measured"})


@pytest.mark.parametrize(
    ("text", "unit", "value", "read_unit"),
    [
        ("148.2", "1,000人泊", Decimal("148200.0"), "人泊"),
        ("62.4", "100万円", Decimal("62400000.0"), "円"),
        ("5", "10a", Decimal("5"), "10a"),
    ],
)
def test_a_scale_written_in_digits_in_a_unit_column(
    text: str, unit: str, value: Decimal, read_unit: str
) -> None:
    """下諏訪 (corpora/forms208): the 単位 column prints its scale in digits (`1,000人泊`,
    `100万円`); `10a` is ten ares, a unit of its own, not a scale of 10."""
    q = parse_quantity(text, default_unit=unit)
    assert (q.value, q.unit) == (value, read_unit)


@pytest.mark.parametrize("raw", ["※1参照", "※２参照", "注3参照", "※1"])
def test_a_pointer_to_a_note_holds_no_value(raw: str) -> None:
    """小値賀 (corpora/forms221): `※2参照` in a target cell points to the note that gives the
    level; the cell itself is missing (never the number 2 in a unit 参照), and no statement."""
    from jpkpi.primitives.target import parse_target_statement

    q = parse_quantity(raw)
    assert (q.value, q.flags, q.raw) == (None, frozenset({"missing"}), raw)
    assert parse_target_statement(raw) is None


@pytest.mark.parametrize(
    ("printed", "unit"), [("百万円※", "百万円"), ("千件※1", "千件"), ("人", "人")]
)
def test_a_notes_mark_after_a_unit_is_no_part_of_it(printed: str, unit: str) -> None:
    """奈半利 (corpora/forms221): `百万円※` in a 単位 column points to a rounding note."""
    from jpkpi.primitives.quantity import normalize_unit

    assert normalize_unit(printed) == unit


@pytest.mark.parametrize(
    ("printed", "unit"), [("俵（60kg）", "俵"), ("箱(10kg)", "箱"), ("人(30代)", "人(30代)")]
)
def test_a_bracket_giving_the_size_of_one_is_no_part_of_the_unit(printed: str, unit: str) -> None:
    """甲良 (corpora/forms223): `俵（60kg）` counts bales; a bracket that is no size stays."""
    assert unit_qualifier(printed) == (unit, frozenset())


@pytest.mark.parametrize(
    ("raw", "value", "unit", "flags"),
    [("5位タイ", 5, "位", frozenset()), ("5,930（推計）", 5930, None, frozenset({"estimate"}))],
)
def test_a_tied_rank_and_an_estimated_figure(
    raw: str, value: int, unit: str | None, flags: frozenset[str]
) -> None:
    """三川 (corpora/forms222): `5位タイ` is the rank 5, shared; 西興部: `5,930（推計）` is an
    estimate of the year's figure."""
    q = parse_quantity(raw)
    assert (q.value, q.unit, q.flags, q.raw) == (value, unit, flags, raw)


def test_a_count_since_the_first_and_a_counters_bracket_naming_a_weight() -> None:
    """天栄 (corpora/forms226): `通算12回` is cumulative; 大間: `本（t）` is 本, the bracket the
    unit of the weights printed after each count; `単位あたりコスト(千円)` keeps its bracket."""
    assert parse_quantity("通算12回").flags == frozenset({"cumulative"})
    assert unit_qualifier("本（t）") == ("本", frozenset())
    assert unit_qualifier("単位あたりコスト(千円)")[0] == "単位あたりコスト(千円)"


@pytest.mark.parametrize("text", ["2023.3末", "2023.3月末"])
def test_a_months_end_is_a_period_not_a_quantity(text: str) -> None:
    """八丈's `2023.3末` (and `2023.3月末`): a year and month's end, as parse_period reads it, no
    2023.3 of a unit 末."""
    with pytest.raises(ParseError, match="is a period"):
        parse_quantity(text)


def test_a_level_before_a_verb_is_no_unit() -> None:
    """`90日以内に短縮する`: the sentence's level, no unit `日以内に短縮する`."""
    with pytest.raises(ParseError, match="phrase after its number"):
        parse_quantity("90日以内に短縮する")


@pytest.mark.parametrize(
    ("text", "value", "flag"),
    [
        ("見込 31", 31, "estimate"),
        ("見込み31", 31, "estimate"),
        ("（見込）31", 31, "estimate"),
    ],
)
def test_a_forecast_word_before_the_number(text: str, value: int, flag: str) -> None:
    """上峰 (corpora/forms285) prints `見込 31` under 実績値: 31, a forecast; the word may stand
    before the number as after it (`31（見込）`)."""
    q = parse_quantity(text)
    assert q.value == value and flag in q.flags


@pytest.mark.parametrize(
    ("text", "value"),
    [("速報 45", 45), ("84.9（速報値）", Decimal("84.9")), ("135.2（暫定値）", Decimal("135.2"))],
)
def test_a_first_count_is_the_number_with_no_flag(text: str, value: Decimal) -> None:
    """`84.9（速報値）` (枕崎, forms319), `135.2（暫定値）` (都城, forms105): the year's figure as
    first counted. The spec has no flag for it, and F74-8 reads it as the actual: the number,
    no flag, the word kept in `raw`."""
    q = parse_quantity(text)
    assert (q.value, q.flags, q.raw) == (value, frozenset(), text)


@pytest.mark.parametrize("text", ["速報値12月公表", "速報12月", "速報値は8月公表予定"])
def test_a_first_count_word_before_when_it_is_due_is_no_figure(text: str) -> None:
    """Review 44: `速報値12月公表` under 実績 says when the first count comes out, not a count of
    12 in 月公表: no quantity, so the cell is said to be no value."""
    with pytest.raises(ParseError):
        parse_quantity(text)


def test_a_mark_saying_the_figure_was_corrected_is_no_part_of_it() -> None:
    """稲城 (corpora/forms329): `12,840※訂正`, a note under the table giving the figure first
    published: the value is the corrected 12,840; `※修正` likewise."""
    assert parse_quantity("12,840※訂正").value == Decimal(12840)
    assert parse_quantity("3.5%※修正").value == Decimal("3.5")
