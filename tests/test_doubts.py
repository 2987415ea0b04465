"""Doubts (understanding.doubts): checks of what a record looks like, whatever the layout, that
turn a reading gone wrong on an unseen layout into a warning instead of a confident record.

Each check is tested on a real table of a small page and drafts as a misreading would leave
them; the pages' readings themselves are tested in test_interpretation and test_forms.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import jpkpi
from jpkpi.primitives.period import find_period
from jpkpi.tables.model import Cell, Table
from jpkpi.understanding.doubts import doubt_drafts, not_a_name
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.vocabulary import Kind, Vocabulary
from tests.conftest import html_page, html_table

VOCABULARY = Vocabulary.default()


def _page(tmp_path: Path, name: str, rows: list[list[str]]) -> jpkpi.Document:
    return html_page(tmp_path, name, html_table(rows))


def _cell(table: Table, row: int, col: int) -> Cell:
    return next(c for c in table.cells if (c.row, c.col) == (row, col))


def _value(table: Table, row: int, col: int, header: str) -> ValueCell:
    cell = _cell(table, row, col)
    return ValueCell(cell.text, find_period(header), header, where=cell.provenance)


@pytest.mark.parametrize(
    ("name", "reads_as"),
    [
        ("担当課", "the heading of a department column"),  # 伊方's card, read a row too far
        ("H30年度目標値", "the heading of a target column"),  # 西予's header row, read as a body
        ("事業開始前(H30.3)", "the heading of a baseline column"),
        ("単位", "a unit word"),
        ("件", "a unit word"),
        ("6,000", "a value"),  # 塩谷's pair cell in the name's place
        ("25.0 / ―", "values"),
        ("R元", "a period"),  # 上ノ国's year series, a line read as a name
        ("向上", "the direction an indicator is to go (a 方向 column)"),  # 貝塚's 目指す方向
        ("現状維持", "the direction an indicator is to go (a 方向 column)"),
        ("", "nothing"),
    ],
)
def test_a_heading_a_value_or_a_period_is_no_indicator_name(name: str, reads_as: str) -> None:
    assert not_a_name(name, VOCABULARY) == reads_as


@pytest.mark.parametrize(
    "name",
    [
        "観光入込客数",
        "合計特殊出生率",
        "人口",
        "目標値を達成した事業の割合",  # a heading word inside a longer name
        "空き家バンク登録件数(累計)",
        "市民1人1日当たりのごみ排出量",
        "20～39歳の女性の人口",
        "人口減少率",  # a direction word inside a name
    ],
)
def test_indicator_names_raise_no_doubt(name: str) -> None:
    assert not_a_name(name, VOCABULARY) is None


def test_a_heading_read_as_a_name_is_warned_on_the_record(tmp_path: Path) -> None:
    """A body row whose name cell holds a column's heading (a second header row the reading took
    for a body row) gives a record that says so."""
    doc = _page(
        tmp_path,
        "heading_as_name",
        [
            ["成果指標", "単位", "H27年度", "H28年度"],
            ["観光客数", "人", "1,200", "1,300"],
            ["目標値", "人", "1,250", "1,350"],
        ],
    )
    by_name = {r.indicator: r for r in doc.records}
    assert not by_name["観光客数"].warnings
    assert any("heading of a target column" in w for w in by_name["目標値"].warnings)


def test_numbers_under_value_headings_that_no_record_took_are_named(tmp_path: Path) -> None:
    """雫石's first reading took each indicator's 目標 row and left its 実績 row unread: the draft
    that stands above the unread numbers names them."""
    doc = _page(
        tmp_path,
        "left_numbers",
        [
            ["指標", "区分", "H26実績", "H27目標"],
            ["観光入込客数", "", "2,486", "2,550"],
            ["外国人宿泊者数", "", "2,950", "3,300"],
        ],
    )
    table = doc.tables[0]
    reading = doc.interpretations()[0]
    visitors = Draft(line=None, kind=Kind.KPI, indicator="観光入込客数", row=1)
    visitors.targets = [_value(table, 1, 3, "H27目標")]  # its actual left unread
    guests = Draft(line=None, kind=Kind.KPI, indicator="外国人宿泊者数", row=2)
    guests.actuals = [_value(table, 2, 2, "H26実績")]
    guests.targets = [_value(table, 2, 3, "H27目標")]
    doubt_drafts(table, reading, [visitors, guests], VOCABULARY)
    assert len(visitors.warnings) == 1 and "'2,486'" in visitors.warnings[0]
    assert guests.warnings == []  # every number of its row was read


def test_a_ratio_row_under_the_year_headings_is_left_out_on_purpose(tmp_path: Path) -> None:
    """名寄: 目標 / 実績 / 達成率 rows under the years; the 達成率 row's numbers are no values, and
    no doubt is raised for them."""
    doc = _page(
        tmp_path,
        "ratio_row",
        [
            ["活動目標", "区分", "H28実績", "H29実績"],
            ["講座の開催回数", "実績", "10", "12"],
            ["", "達成率", "100%", "120%"],
        ],
    )
    table = doc.tables[0]
    d = Draft(line=None, kind=Kind.ACTIVITY, indicator="講座の開催回数", row=1)
    d.actuals = [_value(table, 1, 2, "H28実績"), _value(table, 1, 3, "H29実績")]
    doubt_drafts(table, doc.interpretations()[0], [d], VOCABULARY)
    assert d.warnings == []


def test_an_undated_actual_beside_a_period_its_row_prints(tmp_path: Path) -> None:
    """砺波: the latest value's period stands in a column of its own (``直近値の時点 | R1年``);
    an actual read without a period, where its row prints one nobody used, is doubted."""
    doc = _page(
        tmp_path,
        "period_apart",
        [
            ["成果指標", "直近値", "時点", "目標値(R3)"],
            ["転入者数", "1,807", "R1年", "1,600"],
        ],
    )
    table = doc.tables[0]
    d = Draft(line=None, kind=Kind.KPI, indicator="転入者数", row=1)
    d.actuals = [_value(table, 1, 1, "直近値")]
    d.targets = [_value(table, 1, 3, "目標値(R3)")]
    doubt_drafts(table, None, [d], VOCABULARY)
    assert len(d.warnings) == 1 and "'R1年'" in d.warnings[0]
    dated = Draft(line=None, kind=Kind.KPI, indicator="転入者数", row=1)
    dated.actuals = [_value(table, 1, 1, "直近値(R1年)")]
    doubt_drafts(table, None, [dated], VOCABULARY)
    assert dated.warnings == []


def test_two_values_of_one_list_for_one_period_are_doubted(tmp_path: Path) -> None:
    """色麻's first reading put a count and its 達成率 in one list: two targets for FY2019."""
    doc = _page(
        tmp_path,
        "same_period",
        [["指標", "R1目標", "R1達成率"], ["健康教室の開催回数", "24", "50"]],
    )
    table = doc.tables[0]
    d = Draft(line=None, kind=Kind.ACTIVITY, indicator="健康教室の開催回数", row=1)
    d.targets = [_value(table, 1, 1, "R1目標"), _value(table, 1, 2, "R1目標")]
    doubt_drafts(table, None, [d], VOCABULARY)
    assert d.warnings == [
        "two targets for R1目標 ('24' and '50'): one of them may belong to another list or period"
    ]


def test_a_table_that_gives_no_record_is_named_in_a_document_warning(tmp_path: Path) -> None:
    """Indicators the interpretation finds but no record carries (names lost, values kept):
    the document says which table, as no record is there to carry a warning."""
    body = (
        html_table(
            [["指標名", "単位", "基準値（R2）", "目標値（R7）"], ["転入者数", "人", "412", "500"]]
        )
        + "<p>（参考）</p>"
        + html_table(
            [
                ["指標名", "単位", "基準値（R2）", "目標値（R7）"],
                ["", "人", "412", "500"],
                ["", "件", "3", "5"],
            ]
        )
    )
    doc = html_page(tmp_path, "unread", body)
    assert [r.indicator for r in doc.records] == ["転入者数"]
    unread = [w for w in doc.warnings if "no record was read" in w]
    assert len(unread) == 1 and "table 2" in unread[0] and "指標名" in unread[0]
