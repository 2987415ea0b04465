"""normalize_text and split_label against the rules of "Normalized text" in the record spec."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpkpi import normalize_text, split_label


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("社・ 団体", "社・団体"),  # space between two Japanese characters goes
        ("項 目", "項目"),
        ("１，６６５人", "1,665人"),  # full-width digits and listed symbols fold
        ("ＭＯＯワークスペース（社・団体）", "MOOワークスペース(社・団体)"),
        ("９７．４％", "97.4%"),
        ("Ａ／Ｂ：Ｃ＝Ｄ＋Ｅ－Ｆ＃", "A/B:C=D+E-F#"),
        ("［再掲］", "[再掲]"),
        ("ｶﾞｲﾄﾞ", "ガイド"),  # half-width katakana widens, voiced marks joined
        (
            "<p>- 食のブラッシュアップ・販路拡大事業 【民間等】</p>",
            "- 食のブラッシュアップ・販路拡大事業【民間等】",
        ),
        ("20～39歳", "20～39歳"),  # ～ is kept, not folded to ~
        ("「授業がわかりやすい」", "「授業がわかりやすい」"),
        ("【再掲】①㎡", "【再掲】①㎡"),
        ("  a \t\n b  ", "a b"),  # whitespace runs become one space
        ("Ｕ Ｉ ターン", "U I ターン"),  # a space next to a Latin letter stays
        ("ICT 教育", "ICT 教育"),  # …and between Latin and Japanese
        ("令和６年\u3000６月", "令和6年 6月"),
        ("", ""),
    ],
)
def test_normalize_text_rules(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_text_keeps_kanji_and_kana_untouched() -> None:
    name = (
        "デジタル化した教育データやその分析結果を児童生徒の指導・評価・支援等に活用する教員の割合"
    )
    assert normalize_text(name) == name


@given(st.text())
def test_normalize_text_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once


@given(st.text(alphabet=st.sampled_from(list("<>/p 　ｶﾞﾟ１Ａ（）～・字abc\t\n－ｰ"))))
def test_normalize_text_is_idempotent_on_tricky_alphabet(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("raw", "label", "number", "text"),
    [
        ("① 20～39歳の女性の人口", "①", None, "20～39歳の女性の人口"),
        ("②\t空き店舗への出店店舗数", "②", None, "空き店舗への出店店舗数"),
        ("KPI③", "KPI③", None, ""),
        # 壬生 (corpora/forms357): a KPI numbered by its goal and its place under it
        ("KPI 2-1　転入者数（単位：人）", "KPI 2-1", None, "転入者数(単位:人)"),
        ("KPI1-3交流人口", "KPI1-3", None, "交流人口"),
        # review 38 #8: a place after a spaced or a minus-sign hyphen; not a number opening the name
        ("KPI 2 - 1 転入者数", "KPI 2 - 1", None, "転入者数"),
        ("KPI 2−1 転入者数", "KPI 2−1", None, "転入者数"),
        ("KPI1-2025年度の人口", "KPI1", None, "2025年度の人口"),
        ("KPI 3-10％増加率", "KPI 3", None, "10%増加率"),
        (
            "ア 結婚の希望を叶え安心して妊娠・出産・子育てできる環境づくり",
            "ア",
            None,
            "結婚の希望を叶え安心して妊娠・出産・子育てできる環境づくり",
        ),
        ("(イ) 交流人口の拡大", "(イ)", None, "交流人口の拡大"),
        ("・婚姻届出数", None, None, "婚姻届出数"),
        # a mark that leads a listed name (豊岡's ○ before each KPI, 四万十's ◆) is a bullet
        ("○外国人観光客の再訪意向の割合", None, None, "外国人観光客の再訪意向の割合"),
        ("◆ H27新植面積", None, None, "H27新植面積"),
        ("○○地区参加者数", None, None, "○○地区参加者数"),  # doubled: a placeholder of the name
        ("☆3つ以上の宿泊施設数", None, None, "☆3つ以上の宿泊施設数"),  # the name's own star
        (
            "- 人と草を育む持続可能型ねむろ酪農推進事業[民間等]",
            None,
            None,
            "人と草を育む持続可能型ねむろ酪農推進事業[民間等]",
        ),
        ("12 人材確保対策事業", None, "12", "人材確保対策事業"),
        (
            "37/38 ICT教育環境整備事業（小・中学校）",
            None,
            "37/38",
            "ICT教育環境整備事業(小・中学校)",
        ),
        ("40~41 小・中学校教育環境整備事業", None, "40~41", "小・中学校教育環境整備事業"),
        (
            "(1) デジタルツールを活用した情報発信強化",
            None,
            "(1)",
            "デジタルツールを活用した情報発信強化",
        ),
        ("一 幼保小中高教育連携事業【再掲】", None, None, "幼保小中高教育連携事業【再掲】"),
        ("65歳以上 平均自立期間", None, None, "65歳以上平均自立期間"),
        ("20～39歳の女性の人口", None, None, "20～39歳の女性の人口"),
        ("移住者数", None, None, "移住者数"),
        # 古座川 (corpora/forms227): a KPI under its program's row, a tree's branch before it
        ("└ 観光交流施設の年間利用者数", None, None, "観光交流施設の年間利用者数"),
    ],
)
def test_split_label(raw: str, label: str | None, number: str | None, text: str) -> None:
    got = split_label(raw)
    assert (got.label, got.number, got.text) == (label, number, text)


def test_a_reference_mark_joins_a_japanese_line_without_a_space() -> None:
    # 大船渡 row 142 イ: the cell breaks its line before its ※ note; ※ is Japanese text's own mark
    assert (
        normalize_text("高齢者交流サロン開催数\n※R3まで認知症予防教室")
        == "高齢者交流サロン開催数※R3まで認知症予防教室"
    )
    assert normalize_text("目標値 ※1") == "目標値※1"
    assert normalize_text("KPI ※1") == "KPI ※1"


def test_a_cell_written_vertically_is_one_text() -> None:
    from jpkpi.primitives.text import join_lines

    assert join_lines(["基", "準", "値", "（", "H", "2", "6", "）"]) == "基準値（H26）"
    assert join_lines(["1", "2", "3"]) == "1 2 3"  # a stack of digits stays values


@pytest.mark.parametrize(
    ("printed", "unit"),
    [
        ("（千円）", "千円"),  # 三島 (forms582): under a KPI's name
        ("（単位：人）", "人"),
        ("単位：千人", "千人"),
        ("（t）", "t"),
        ("（男性）", "男性"),  # a bracket of words: its words, for the caller to weigh
        ("人（年間）", "人（年間）"),  # brackets around part of it: as printed
        ("(千t)(R2)", "(千t)(R2)"),
    ],
)
def test_a_units_brackets_and_its_word_unwrapped(printed: str, unit: str) -> None:
    """unwrapped_unit takes off the brackets around a whole unit cell and a leading 単位：, the
    one way every reader of unit cells does it."""
    from jpkpi.primitives.text import unwrapped_unit

    assert unwrapped_unit(printed) == unit
