"""Inputs a review found mishandled: each now reads correctly or fails with a clear error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import jpkpi
from jpkpi import ParseError, parse_quantity
from jpkpi.cli import main
from jpkpi.errors import DocumentError
from jpkpi.records.model import KpiRecord
from tests.conftest import ROOT, SEEDS, html_page, html_table


@pytest.mark.parametrize("word", ["千葉市", "一時保育", "百貨店", "三世代同居世帯数"])
def test_words_that_start_with_a_numeral_are_not_quantities(word: str) -> None:
    with pytest.raises(ParseError, match="starts with a numeral"):
        parse_quantity(word)


@pytest.mark.parametrize("text", ["1兆兆", "1/2", "1e5", "1千1千"])
def test_scale_words_and_fractions_after_a_number_are_refused(text: str) -> None:
    with pytest.raises(ParseError, match="where a unit was expected"):
        parse_quantity(text)


def test_kanji_numbers_with_counters_still_read() -> None:
    assert parse_quantity("二千五百人").value == 2500
    assert parse_quantity("百万円").value == 1000000


def test_indicators_named_with_a_leading_numeral(tmp_path) -> None:
    path = tmp_path / "kpi.txt"
    path.write_text(
        "項目\t基準値\tR4（実績）\n一時保育利用者数\t10人\t12人\n三世代同居世帯数\t5世帯\t6世帯\n",
        encoding="utf-8",
    )
    assert [r.indicator for r in jpkpi.parse(path).records] == [
        "一時保育利用者数",
        "三世代同居世帯数",
    ]


def test_a_broken_csv_is_an_error_and_the_other_inputs_still_parse(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text('a,b\n1,2\n"' + "x," * 70000 + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["parse", str(SEEDS / "000_fb57e009c395afac.txt"), str(bad), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err and f"jpkpi: {bad}:" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 18


def test_an_unclosed_heading_before_a_table(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<h2>基本目標1<table><tr><th>項目</th><th>R4（実績）</th></tr><tr><td>移住者数</td><td>6人</td></tr></table>",
        encoding="utf-8",
    )
    (record,) = jpkpi.parse(path).records
    assert (record.indicator, record.section) == ("移住者数", ("基本目標1",))


def test_html_in_euc_jp_without_a_charset(tmp_path) -> None:
    path = tmp_path / "page.html"
    page = "<table><tr><th>項目</th><th>R4（実績）</th></tr><tr><td>移住者数</td><td>6人</td></tr></table>"
    path.write_bytes(page.encode("euc_jp"))
    (record,) = jpkpi.parse(path).records
    assert (record.indicator, record.unit) == ("移住者数", "人")


def test_an_xls_named_xlsx_reads(tmp_path) -> None:
    pytest.importorskip("xlrd")
    path = tmp_path / "book.xlsx"
    path.write_bytes((ROOT / "tests" / "fixtures" / "xls" / "kushiro_kpi_grid.xls").read_bytes())
    assert len(jpkpi.parse(path).records) == 18


def test_ideographic_spaces_only_is_empty(tmp_path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\u3000\u3000\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="is empty"):
        jpkpi.parse(path)


def test_a_very_wide_row_is_read_without_blowing_up() -> None:
    header = "\t".join(["項目"] + [f"R{i}（実績）" for i in range(3, 2003)])
    row = "\t".join(["件数"] + [str(i) for i in range(2000)])
    (record,) = jpkpi.parse(f"{header}\n{row}\n".encode(), name="wide.txt").records
    assert record.indicator == "件数" and len(record.actuals) == 2000


def test_tables_that_name_no_indicator_give_no_records() -> None:
    doc = jpkpi.parse(ROOT / "corpora" / "real" / "otoineppu_kyuyo_teiin_r5.pdf")
    assert doc.records == []
    assert any("none holds KPI indicators" in w for w in doc.warnings)


def test_excel_general_format_and_exact_big_numbers() -> None:
    from jpkpi.sources.numfmt import format_number

    assert format_number(0.1 + 0.2, "General") == "0.3"
    assert format_number(1e-7, "General") == "1E-07"
    assert parse_quantity("9" * 30 + "兆").value == int("9" * 30) * 10**12


def test_years_in_prose_targets_are_dates() -> None:
    from jpkpi import parse_target_statement

    t = parse_target_statement("2030年までに30%削減")
    assert (t.horizon_years, t.change.value, t.direction) == (None, 30, "decrease")
    t = parse_target_statement("2024年度末までに50%")
    assert (t.goal.value, t.goal.unit) == (50, "%")


def test_csv_output_keeps_two_values_of_one_period() -> None:
    from jpkpi.records.output import flatten

    obs = {"value": 1, "period": {"fiscal_year": 2023}}
    row = flatten({"actuals": [obs, {**obs, "value": 2}]})
    assert (row["actual_FY2023"], row["actual_FY2023_2"]) == ("1", "2")


def test_csv_lines_are_file_lines_even_after_a_multi_line_cell(tmp_path) -> None:
    path = tmp_path / "kpi.csv"
    path.write_text(
        '項目,基準値,R4（実績）\n"宿泊者数\n(延べ)",10人,12人\n観光客数,5人,6人\n', encoding="utf-8"
    )
    records = jpkpi.parse(path).records
    assert [(r.indicator, r.line) for r in records] == [("宿泊者数 (延べ)", 2), ("観光客数", 4)]


def test_one_cell_records_inside_a_csv_list_stay_only_as_its_headings() -> None:
    """丸亀's list keeps ``Ⅰ …`` between its rows; a note (``※…``) or a caption (``表2 …``)
    between two tables, or a line between rows of other widths, still ends the table."""
    from jpkpi.sources.csv_text import csv_lines

    text = "No.,指標,値\nⅠ 子育て\n1,待機児童数,3\n※数値は速報値\n2,利用者数,5\n"
    lines, _ = csv_lines(text)
    assert lines[1] == "Ⅰ 子育て\t" and lines[3] == "※数値は速報値"
    other = "No.,指標,値\n1,待機児童数,3\n表2 事業費\n区分,決算\n"
    assert csv_lines(other)[0][2] == "表2 事業費"


def _html_page(tmp_path, name: str, table: str):
    path = tmp_path / f"{name}.html"
    path.write_text(
        f"<html><head><meta charset='utf-8'><title>t</title></head><body>{table}</body></html>",
        encoding="utf-8",
    )
    return jpkpi.parse(path)


def _observed(observations: list[dict]) -> list[tuple]:
    return [(o["value"], o["period"] and o["period"]["fiscal_year"]) for o in observations]


def test_a_no_column_first_beside_a_merged_program_labels_the_indicators(tmp_path) -> None:
    """`No.` in the first column beside `1-1 子育て支援の充実` merged over two rows: the program
    numbers itself and the No. labels each indicator (a review found the first column taken
    for no column at all, and the indicators' numbers given to the program)."""
    doc = _html_page(
        tmp_path,
        "no_first",
        "<table><tr><th>No.</th><th>施策名</th><th>指標名</th><th>単位</th><th>現状値</th>"
        "<th>目標値</th></tr><tr><td>1</td><td rowspan='2'>1-1 子育て支援の充実</td>"
        "<td>保育所待機児童数</td><td>人</td><td>12</td><td>0</td></tr><tr><td>2</td>"
        "<td>一時保育利用者数</td><td>人</td><td>300</td><td>400</td></tr></table>",
    )
    got = [(r.program, r.program_no, r.label) for r in doc.records]
    assert got == [("子育て支援の充実", "1-1", "1"), ("子育て支援の充実", "1-1", "2")]


def test_a_baseline_cell_of_each_list_row_is_that_rows_value(tmp_path) -> None:
    """Under `基準値（H26）`, a 目標 row's `－` and a 実績 row's `120` are that year's target and
    actual, as before: only a baseline cell merged down beside the list rows stays a baseline."""
    doc = _html_page(
        tmp_path,
        "base_rows",
        "<table><tr><th>指標名</th><th>区分</th><th>基準値（H26）</th><th>H27</th><th>H28</th>"
        "</tr><tr><td rowspan='2'>移住者数</td><td>目標</td><td>－</td><td>100</td><td>110</td>"
        "</tr><tr><td>実績</td><td>120</td><td>95</td><td>105</td></tr></table>",
    )
    record = doc.records[0].to_dict()
    assert _observed(record["actuals"]) == [(120, 2014), (95, 2015), (105, 2016)]
    assert _observed(record["targets"]) == [(None, 2014), (100, 2015), (110, 2016)]


def test_a_kind_over_the_names_heading_stands(tmp_path) -> None:
    """`数値目標` spanning the table over `評価指標`: the heading over the names says goal; the
    names' own heading decides only against a kind word elsewhere."""
    doc = _html_page(
        tmp_path,
        "kind",
        "<table><tr><th colspan='4'>数値目標</th></tr><tr><th>評価指標</th><th>単位</th>"
        "<th>基準値(H26)</th><th>目標値(H31)</th></tr><tr><td>合計特殊出生率</td><td>-</td>"
        "<td>1.45</td><td>1.60</td></tr><tr><td>転入者数</td><td>人</td><td>900</td>"
        "<td>1000</td></tr></table>",
    )
    assert {r.kind for r in doc.records} == {"goal"}


def test_rising_numbers_under_a_value_heading_are_values(tmp_path) -> None:
    """`現状値` spanning a value and a unit column over 12, 40, 85: baselines, not row labels
    (numbers may rise with gaps as labels only under the names' heading)."""
    doc = _html_page(
        tmp_path,
        "base_span",
        "<table><tr><th>指標名</th><th colspan='2'>現状値</th><th>目標値</th></tr><tr><td>公園数</td>"
        "<td>12</td><td>か所</td><td>15</td></tr><tr><td>図書館利用者数</td><td>40</td><td>千人</td>"
        "<td>45</td></tr><tr><td>体育館利用者数</td><td>85</td><td>千人</td><td>90</td></tr></table>",
    )
    assert [(r.label, r.baseline.quantity.value) for r in doc.records if r.baseline] == [
        (None, 12),
        (None, 40),
        (None, 85),
    ]


def test_achievement_grades_are_a_judgement_and_percentages_a_ratio(tmp_path) -> None:
    """A `達成度` column of Ａ/Ｂ/Ｃ is an evaluation (docs/reading-tables.md); the ratio rule is
    for a 達成度 column of values."""
    doc = _html_page(
        tmp_path,
        "grades",
        "<table><tr><th>指標名</th><th>基準値(H26)</th><th>実績(H28)</th><th>達成度</th></tr>"
        "<tr><td>移住者数</td><td>10</td><td>12</td><td>Ａ</td></tr><tr><td>相談件数</td><td>50</td>"
        "<td>40</td><td>Ｃ</td></tr><tr><td>転入者数</td><td>90</td><td>95</td><td>Ｂ</td></tr></table>",
    )
    roles = [c.role for r in doc.interpretations()[0].regions for c in r.columns]
    assert roles[-1] == "evaluation"
    assert [_observed([a.to_dict()]) for r in doc.records for a in r.actuals] == [
        [(12, 2016)],
        [(40, 2016)],
        [(95, 2016)],
    ]


def test_a_field_named_x_no_y_is_what_y_names() -> None:
    """`事業の名称` (a word of the vocabulary across the の) names the program; `基本事業の目的`
    (a field about the program) does not."""
    from jpkpi.understanding.layouts import FormContext, _take_field
    from jpkpi.understanding.vocabulary import current_vocabulary

    form = FormContext()
    assert _take_field(form, "事業の名称", "防災訓練事業", current_vocabulary())
    assert form.program == "防災訓練事業"
    assert not _take_field(form, "基本事業の目的", "市民が防災に関心を持つ。", current_vocabulary())
    assert form.program == "防災訓練事業"


# --- review of the session to e5d9d00 (blind rounds 44–55) ------------------------------------


def test_a_date_the_document_cites_is_not_its_own(tmp_path: Path) -> None:
    """`効果検証（平成27年10月策定）`: the plan's date, not the document's, so the bare years after it
    keep their actuals; a date the document prints alone, or an as-of date, dates it."""
    table = html_table([["指標", "単位", "H28", "H29"], ["観光客数", "人", "1,000", "1,100"]])
    cited = html_page(tmp_path, "cited", f"<p>総合戦略 効果検証（平成27年10月策定）</p>{table}")
    assert [a["value"] for a in cited.records[0].to_dict()["actuals"]] == [1000, 1100]
    as_of = html_page(tmp_path, "asof", f"<p>平成28年6月30日現在</p>{table}")
    assert [t["value"] for t in as_of.records[0].to_dict()["targets"]] == [1000, 1100]
    own = html_page(tmp_path, "own", f"<p>平成28年6月　企画課</p>{table}")
    assert [t["value"] for t in own.records[0].to_dict()["targets"]] == [1000, 1100]


def test_rows_named_for_money_that_are_ratios_are_indicators(tmp_path: Path) -> None:
    """`自主財源比率 | % | 45.2` names a ratio of money with a % beside it: an indicator, where
    `事業費 | 3,250` over the years is the program's money."""
    path = tmp_path / "ratios.csv"
    path.write_text(
        "項目,単位,現状値（R1）,目標値（R6）\n自主財源比率,%,45.2,50.0\n経常収支比率,%,92.1,90.0\n",
        encoding="utf-8",
    )
    assert [r.indicator for r in jpkpi.parse(path).records] == ["自主財源比率", "経常収支比率"]


def test_listed_lines_take_the_list_their_heading_names_and_the_regions_program(
    tmp_path: Path,
) -> None:
    """`KPI（基準値）` over `・name value` lines gives baselines, not targets; a 施策 column of the
    same table names the rows' program; lines whose names differ from row to row are read."""
    doc = html_page(
        tmp_path,
        "listed",
        html_table(
            [
                ["施策", "KPI（基準値）", "R2実績"],
                ["観光の振興", "・市内観光施設の観光客数 5,000人<br>・宿泊者数 300人",
                 "・観光客数 5,500人<br>・宿泊者数 320人"],
                ["移住の促進", "・移住者数 40人", "・移住者数 52人"],
            ]
        ),
    )  # fmt: skip
    got = [
        (r.program, r.indicator, r.to_dict()["baseline"]["value"], r.to_dict()["targets"])
        for r in doc.records
    ]
    assert got == [
        ("観光の振興", "市内観光施設の観光客数", 5000, []),
        ("観光の振興", "宿泊者数", 300, []),
        ("移住の促進", "移住者数", 40, []),
    ]


def test_a_program_heading_row_ends_at_the_next_section_and_is_read_inhtml_page(
    tmp_path: Path,
) -> None:
    """`施策1 観光の振興` across an HTML table names the program of the rows below it, up to the
    next section's heading (`基本目標2 …`), whose rows name no program."""
    rows = [["成果指標", "単位", "基準値（H26）", "目標値（H32）"]]
    doc = html_page(
        tmp_path,
        "banner",
        html_table(rows).replace(
            "</tr></table>",
            "</tr><tr><td colspan='4'>基本目標1　しごとをつくる</td></tr>"
            "<tr><td colspan='4'>施策6-1　観光の振興</td></tr>"
            "<tr><td>観光入込客数</td><td>人</td><td>100</td><td>150</td></tr>"
            "<tr><td>宿泊者数</td><td>人</td><td>50</td><td>70</td></tr>"
            "<tr><td colspan='4'>基本目標2　子育てを支える</td></tr>"
            "<tr><td>待機児童数</td><td>人</td><td>5</td><td>0</td></tr>"
            "<tr><td>出生数</td><td>人</td><td>300</td><td>320</td></tr></table>",
        ),
    )
    assert [(r.program, r.program_no) for r in doc.records] == [
        ("観光の振興", "6-1"),
        ("観光の振興", "6-1"),
        (None, None),
        (None, None),
    ]


def test_a_first_line_heading_of_a_style_the_document_repeats_opens_a_section(
    tmp_path: Path,
) -> None:
    """`Ⅰ 心豊かな…` on the first line, `Ⅱ 安心して…` later: both are sections' headings, the
    first no title."""
    table = html_table([["指標名", "基準値（H26）", "目標値（H31）"], ["待機児童数", "10人", "0人"],
                   ["出生数", "300人", "320人"]])  # fmt: skip
    doc = html_page(
        tmp_path,
        "roman",
        f"<p>Ⅰ 心豊かな子どもが育つまち</p>{table}<p>Ⅱ 安心して暮らせるまち</p>{table}",
    )
    assert [r.section for r in doc.records] == [("Ⅰ 心豊かな子どもが育つまち",)] * 2 + [
        ("Ⅱ 安心して暮らせるまち",)
    ] * 2


@pytest.mark.parametrize("text", ["3 十日町市", "50 百貨店", "2 百名山"])
def test_a_scale_word_after_a_space_starts_no_word(text: str) -> None:
    """`178 万人` is one number, but a word that starts with a scale character after a number
    and a space (`3 十日町市`) is no quantity."""
    with pytest.raises(ParseError):
        parse_quantity(text)


def test_spans_before_a_name_decide_no_direction() -> None:
    """`10月から3月の観光客数を2万人に増加`: a span of months, no level the goal moves from."""
    from jpkpi import parse_target_statement

    s = parse_target_statement("10月から3月の観光客数を2万人に増加")
    assert s is not None and s.direction == "increase"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("第2 次総合計画の検証", False),
        ("第1 号被保険者の推移", False),
        ("第3 個性あふれるまち", True),
    ],
)
def test_a_count_after_an_ordinal_is_no_part_heading(text: str, heading: bool) -> None:
    from jpkpi.understanding.sections import heading_style

    assert (heading_style(text) is not None) is heading


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("3-2 農業の振興", ("3-2", "農業の振興")),
        ("12 観光振興", ("12", "観光振興")),
        ("100 円バス運行事業", None),
        ("3 世代同居支援事業", None),
    ],
)
def test_a_number_before_a_programs_name_unless_the_name_counts_it(
    text: str, split: tuple[str, str] | None
) -> None:
    from jpkpi.understanding.programs import numbered_name

    assert numbered_name(text) == split


# --- review of the session from e5d9d00 to 4402aa1 ---------------------------------------------


def test_a_chapters_name_may_start_with_a_counts_word() -> None:
    """`第2章 次世代を担う…` is a chapter's heading; only a spaced `第2 次…` is a count's word."""
    from jpkpi.understanding.sections import heading_style

    assert heading_style("第2章 次世代を担う子どもの育成") == "第 章"
    assert heading_style("第2 次総合計画の検証") is None


@pytest.mark.parametrize(
    ("word", "kind"), [("年間目標", None), ("最終目標", None), ("人口目標", "goal")]
)
def test_a_targets_reach_before_目標_names_no_goal(word: str, kind: str | None) -> None:
    from jpkpi.understanding.vocabulary import row_kind

    got = row_kind(word)
    assert (got.value if got else None) == kind


def test_only_an_ages_bound_makes_a_group_and_a_year_may_say_until() -> None:
    assert parse_quantity("5回以上実施").value == 5
    for text in ("20歳未満人口", "2025年まで", "2020年時点"):
        with pytest.raises(ParseError):
            parse_quantity(text)


def test_numbers_under_a_reference_heading_are_said_unread(tmp_path: Path) -> None:
    """`参考値（R3）` beside the indicator's columns: its numbers are a reference, not read as the
    indicator's values, and said."""
    path = tmp_path / "ref.csv"
    path.write_text("指標名,現状値（R1）,参考値（R3）,目標値（R6）\n観光客数,100,110,150\n移住者数,20,25,30\n",
                    encoding="utf-8")  # fmt: skip
    record = jpkpi.parse(path).records[0]
    assert record.to_dict()["actuals"] == []
    assert any("参考値(R3) is a reference" in w for w in record.warnings)


def test_a_kind_band_under_a_program_band_keeps_the_program(tmp_path: Path) -> None:
    """`施策6-1 …` then `【成果指標】` across the table: the kind's band does not end the program."""
    doc = html_page(
        tmp_path,
        "kindband",
        html_table([["成果指標", "単位", "基準値（H26）", "目標値（H32）"]]).replace(
            "</tr></table>",
            "</tr><tr><td colspan='4'>施策6-1　観光の振興</td></tr>"
            "<tr><td colspan='4'>【成果指標】</td></tr>"
            "<tr><td>観光入込客数</td><td>人</td><td>100</td><td>150</td></tr>"
            "<tr><td>宿泊者数</td><td>人</td><td>50</td><td>70</td></tr></table>",
        ),
    )
    assert {(r.program, r.program_no) for r in doc.records} == {("観光の振興", "6-1")}


def test_a_name_cells_forms_as_a_records_name() -> None:
    """The unread-rows warning compares a name cell with the records' names in the forms a name
    takes (less a label, a unit, a 【】 target or a ※ note), not by their start: a read 観光客数
    says nothing of 観光客数（外国人）."""
    from jpkpi.understanding.reader import _name_forms

    assert "被保険者数" in _name_forms("被保険者数（人）")
    assert "移住者数" in _name_forms("① 移住者数 【100人】")
    assert "観光客数" not in _name_forms("観光客数（外国人）")


def test_a_tag_in_brackets_before_a_name_is_no_name(tmp_path: Path) -> None:
    """【新規】, 【重点】, 【アウトカム】 before a name tag it: the name is no target statement, and
    the tag no indicator (only a name in 【】 over a target or keyed ends is split)."""
    path = tmp_path / "tags.csv"
    path.write_text(
        "指標,単位,基準値(R1),目標値(R6),実績値(R4)\n"
        "【新規】65歳以上の就業率,%,10,20,15\n"
        "【重点】3歳児健診受診率,%,90,95,92\n"
        "【アウトカム】市内企業の雇用者数を維持,人,100,100,101\n",
        encoding="utf-8",
    )
    records = jpkpi.parse(path).records
    assert [r.indicator for r in records] == [
        "【新規】65歳以上の就業率",
        "【重点】3歳児健診受診率",
        "【アウトカム】市内企業の雇用者数を維持",
    ]
    assert all(len(r.targets) == 1 for r in records)


def test_a_grade_legend_is_no_kind_legend(tmp_path: Path) -> None:
    """`※◎：数値目標を達成、○：…概ね達成` explains grades, no kinds: the rows stay KPIs (and the
    marks stay in their column; a kind's mark is one printed first in its row)."""
    doc = html_page(
        tmp_path,
        "grades",
        html_table(
            [
                ["重要業績評価指標（KPI）", "基準値(R1)", "目標値(R6)", "実績値(R4)", "評価"],
                ["社会増減数", "-120人", "0人", "-80人", "○"],
                ["観光客数", "1,000人", "1,500人", "1,600人", "◎"],
            ]
        )
        + "<p>※◎：数値目標を達成、○：数値目標を概ね達成、△：数値目標を未達成</p>",
    )
    assert [r.kind for r in doc.records] == ["kpi", "kpi"]


def test_numbered_notes_date_only_the_table_they_stand_under(tmp_path: Path) -> None:
    """Each table's `※1` is its own: the second table's baseline takes its own note's year; a
    note naming a span (`令和2年度から4年度までの…平均値`) dates nothing."""
    table = html_table([["指標", "現状値※1", "目標値(R6)"], ["{name}", "1,000人", "1,500人"]])
    doc = html_page(
        tmp_path,
        "notes",
        table.replace("{name}", "観光客数")
        + "<p>※1 現状値は令和元年度の値です。</p>"
        + table.replace("{name}", "転入者数")
        + "<p>※1 現状値は令和3年度の値です。</p>"
        + table.replace("{name}", "移住者数")
        + "<p>※1 令和2年度から4年度までの3か年の平均値</p>",
    )
    years = [
        r.baseline.period.fiscal_year if r.baseline and r.baseline.period else None
        for r in doc.records
    ]
    assert years == [2019, 2021, None]


def test_a_quoted_sign_legend_keeps_the_sign_of_full_width_values(tmp_path: Path) -> None:
    """`※「△」はマイナスを示す。` under `△　１２０人`: still -120 (a sign is no mark to strip)."""
    doc = html_page(
        tmp_path,
        "signs",
        html_table(
            [["指標", "基準値(R1)", "実績値(R4)"], ["社会増減数", "△　１２０人", "△ ８０人"]]
        )
        + "<p>※「△」はマイナスを示す。</p>",
    )
    (record,) = doc.records
    assert record.baseline is not None and record.baseline.quantity.value == -120
    assert [a.quantity.value for a in record.actuals] == [-80]


def test_a_bracketed_gloss_of_a_kind_keeps_the_bands_kind(tmp_path: Path) -> None:
    """`数値目標（成果指標）` names one kind glossed by another: the `数値目標` band over the
    table still makes its rows goals (only `基本目標／KPI`, two kinds joined, leaves it)."""
    doc = html_page(
        tmp_path,
        "gloss",
        "<table><tr><th colspan=4>数値目標</th></tr>"
        "<tr><th>数値目標（成果指標）</th><th>基準値(R1)</th><th>目標値(R6)</th><th>実績値(R4)</th></tr>"
        "<tr><td>市内総生産額（億円）</td><td>1,000</td><td>1,100</td><td>1,050</td></tr>"
        "<tr><td>転入者数（人）</td><td>300</td><td>500</td><td>400</td></tr></table>",
    )
    assert [r.kind for r in doc.records] == ["goal", "goal"]


def test_a_unit_row_right_under_the_header_gives_the_first_groups_unit(tmp_path: Path) -> None:
    doc = html_page(
        tmp_path,
        "units",
        "<table><tr><th>指標</th><th>基準値(R1)</th><th>目標値(R6)</th><th>実績値(R4)</th></tr>"
        "<tr><td colspan=4>（単位：人）</td></tr>"
        "<tr><td>移住者数</td><td>30</td><td>50</td><td>40</td></tr>"
        "<tr><td colspan=4>（単位：千円）</td></tr>"
        "<tr><td>ふるさと納税額</td><td>8,030</td><td>9,000</td><td>8,500</td></tr></table>",
    )
    assert [(r.unit, r.baseline.quantity.value if r.baseline else None) for r in doc.records] == [
        ("人", 30),
        ("円", 8030000),
    ]


def test_a_unit_stated_over_the_header_gives_the_values_their_unit(tmp_path: Path) -> None:
    """`（単位：千円）` across the top of the header, over `基準値(R1)` whose own bracket names a
    year: the values are thousands of yen."""
    doc = html_page(
        tmp_path,
        "over",
        "<table><tr><th colspan=4>（単位：千円）</th></tr>"
        "<tr><th>指標</th><th>基準値(R1)</th><th>目標値(R6)</th><th>実績値(R4)</th></tr>"
        "<tr><td>ふるさと納税額</td><td>8,030</td><td>9,000</td><td>8,500</td></tr></table>",
    )
    (record,) = doc.records
    assert record.unit == "円" and record.baseline is not None
    assert record.baseline.quantity.value == 8030000


def test_a_kind_legend_naming_the_kpi_in_full_and_marks_behind_a_number_column(
    tmp_path: Path,
) -> None:
    """`※◆は重要業績評価指標（KPI）` names a kind (its 評価 is no grade); a ◆ column behind a
    `No.` column, or under a 施策 cell merged down, still marks each row it ticks."""
    rows = [
        ["No.", "", "数値目標", "基準値(R1)", "目標値(R6)"],
        ["1", "", "合計特殊出生率", "1.45", "1.60"],
        ["2", "◆", "子育て支援センター利用者数", "1,000人", "1,200人"],
        ["3", "◆", "保育所待機児童数", "10人", "0人"],
    ]
    doc = html_page(tmp_path, "marks", html_table(rows) + "<p>※◆は重要業績評価指標（KPI）</p>")
    assert [r.kind for r in doc.records] == ["goal", "kpi", "kpi"]


def test_notes_at_the_end_of_a_table_split_over_pages_date_every_part(tmp_path: Path) -> None:
    table = html_table([["指標", "現状値※1", "目標値※2"], ["{n}", "1,000人", "1,500人"]])
    doc = html_page(
        tmp_path,
        "split",
        table.replace("{n}", "観光客数")
        + table.replace("{n}", "転入者数")
        + "<p>※1 現状値は令和元年度の値です。</p><p>※2 目標値は令和6年度の値です。</p>",
    )
    assert [
        (r.baseline.period.fiscal_year, r.targets[0].period.fiscal_year)
        for r in doc.records
        if r.baseline and r.baseline.period and r.targets[0].period
    ] == [(2019, 2024), (2019, 2024)]


def test_a_note_with_months_from_and_to_still_names_one_year(tmp_path: Path) -> None:
    doc = html_page(
        tmp_path,
        "months",
        html_table([["指標", "現状値※1", "目標値(R6)"], ["観光客数", "1,000人", "1,500人"]])
        + "<p>※1 現状値は令和元年度（4月から12月まで）の値です。</p>",
    )
    (record,) = doc.records
    assert record.baseline is not None and record.baseline.period.fiscal_year == 2019


def test_labelled_lines_with_dated_labels_units_and_target_years(tmp_path: Path) -> None:
    """`基準値（令和元年度）：543万人` dates by its label; `単位：万人` gives the unit, `目標年度：令和6年度`
    dates the undated target; a heading ends the kind a `【数値目標】` line set."""
    doc = html_page(
        tmp_path,
        "lines",
        "<p>【数値目標】</p><p>指標名：社会増減数</p><p>基準値（令和元年度）：△118人</p>"
        "<h3>施策(1) 観光交流の推進</h3><p>指標名：観光入込客数</p><p>単位：万人</p>"
        "<p>目標年度：令和6年度</p><p>目標値：600</p><p>実績値（令和4年度）：421</p>",
    )
    first, tourists = doc.records
    assert first.kind == "goal" and first.baseline is not None
    assert (first.baseline.quantity.value, first.baseline.period.fiscal_year) == (-118, 2019)
    assert tourists.kind == "kpi" and tourists.unit == "人"
    assert [(t.quantity.value, t.period.fiscal_year) for t in tourists.targets] == [(6000000, 2024)]
    assert [(a.quantity.value, a.period.fiscal_year) for a in tourists.actuals] == [(4210000, 2022)]


def test_a_note_under_a_name_value_cell_that_is_a_value_or_a_year_is_no_indicator(
    tmp_path: Path,
) -> None:
    """`（H27実績：48人）` under `合格者数：60人` names no second indicator; a cell whose note is its
    own year (`（H30年度）`) is not read in the heading's year: the table is said unread."""
    rows = [
        ["事業名", "H28成果目標（指標）"],
        ["観光事業", "観光案内所利用者数：3,600人"],
        ["英語事業", "英語検定5級以上の合格者数：60人<br>（H27実績：48人）"],
        ["移住事業", "移住者数：120人<br>（H30年度）"],
    ]
    doc = html_page(tmp_path, "notes", html_table(rows))
    assert not any((r.indicator or "").startswith("(") for r in doc.records)
    assert not any(
        t.period and t.period.fiscal_year == 2016
        for r in doc.records
        for t in r.targets
        if r.indicator == "移住者数"
    )


def test_a_group_name_in_brackets_over_an_indicator_stays_whole(tmp_path: Path) -> None:
    """`【子育て支援】保育所待機児童数 0人を維持` names a group first: no split; `【出生数】` over
    keyed ends and `【特定健診受診率】40％に向上` are split."""
    path = tmp_path / "led.csv"
    path.write_text(
        "指標,単位,実績値(R4)\n"
        "【子育て支援】保育所待機児童数 0人を維持,人,3\n"
        "【出生数】H26：300人 → H31：350人,人,320\n"
        "【特定健診受診率】40％に向上,%,38\n",
        encoding="utf-8",
    )
    names = [r.indicator for r in jpkpi.parse(path).records]
    assert names == ["【子育て支援】保育所待機児童数 0人を維持", "出生数", "特定健診受診率"]


def test_a_unit_band_ends_at_the_next_section_heading(tmp_path: Path) -> None:
    doc = html_page(
        tmp_path,
        "bands",
        "<table><tr><th>指標</th><th>基準値(R1)</th><th>目標値(R6)</th></tr>"
        "<tr><td colspan=3>基本目標1 しごとをつくる</td></tr>"
        "<tr><td colspan=3>（単位：千円）</td></tr>"
        "<tr><td>市内総生産額</td><td>4,000</td><td>5,000</td></tr>"
        "<tr><td colspan=3>基本目標2 ひとの流れをつくる</td></tr>"
        "<tr><td>移住者数</td><td>10</td><td>20</td></tr></table>",
    )
    assert [(r.unit, r.baseline.quantity.value if r.baseline else None) for r in doc.records] == [
        ("円", 4000000),
        (None, 10),
    ]


@pytest.mark.parametrize(
    "joined", ["基本目標／KPI", "基本目標及びKPI", "基本目標とKPI", "基本目標、KPI"]
)
def test_two_kinds_joined_in_a_heading_leave_each_row_to_its_group(
    tmp_path: Path, joined: str
) -> None:
    doc = html_page(
        tmp_path,
        "joined",
        "<table><tr><th>区分</th><th>" + joined + "</th><th>基準値(R1)</th><th>目標値(R6)</th></tr>"
        "<tr><th rowspan=2>基本目標</th><td>総人口</td><td>30,000人</td><td>29,000人</td></tr>"
        "<tr><td>転入者数</td><td>500人</td><td>600人</td></tr>"
        "<tr><th rowspan=2>施策（1） 観光の振興</th><td>観光客数</td><td>10万人</td><td>12万人</td></tr>"
        "<tr><td>宿泊者数</td><td>1万人</td><td>2万人</td></tr></table>",
    )
    assert [r.kind for r in doc.records] == ["goal", "goal", "kpi", "kpi"]


def test_a_kind_named_by_an_outer_heading_leaves_the_kpi_section_below(tmp_path: Path) -> None:
    """`2 基本目標の進捗状況` › `基本目標1 …` › `(2) 具体的な施策と重要業績評価指標`: the table under the
    last heading lists KPIs (only the innermost heading gives a kind)."""
    table = html_table([["指標", "基準値(R1)", "目標値(R6)"], ["創業件数", "5件", "10件"]])
    doc = html_page(
        tmp_path,
        "outline",
        "<h2>2 基本目標の進捗状況</h2><h3>基本目標1 しごとをつくる</h3>"
        "<h4>(2) 具体的な施策と重要業績評価指標</h4>" + table,
    )
    assert [r.kind for r in doc.records] == ["kpi"]


def test_a_group_in_brackets_before_a_name_that_starts_with_an_age_stays_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / "age.csv"
    path.write_text(
        "指標,単位,実績値(R4)\n【健康づくり】65歳以上の就業率を向上,%,38\n【追加】観光客数 H26：100万人 → H31：120万人,人,110万人\n",
        encoding="utf-8",
    )
    names = [r.indicator for r in jpkpi.parse(path).records]
    assert names[0] == "【健康づくり】65歳以上の就業率を向上"
    assert names[1].startswith("【追加】")


def test_a_run_of_notes_that_dates_nothing_keeps_the_next_tables_notes_away(
    tmp_path: Path,
) -> None:
    table = html_table([["指標", "現状値※1", "目標値(R6)"], ["{n}", "1,000人", "1,500人"]])
    doc = html_page(
        tmp_path,
        "notes3",
        table.replace("{n}", "観光客数")
        + "<p>※1 現状値は令和元年度から3年度末までの平均値です。</p>"
        + table.replace("{n}", "転入者数")
        + "<p>※1 現状値は令和4年度の値です。</p>",
    )
    years = [
        r.baseline.period.fiscal_year if r.baseline and r.baseline.period else None
        for r in doc.records
    ]
    assert years == [None, 2022]


def test_a_unit_in_a_section_headings_brackets_and_a_numbered_second_indicator(
    tmp_path: Path,
) -> None:
    doc = html_page(
        tmp_path,
        "band",
        "<table><tr><th>指標</th><th>基準値(R1)</th><th>目標値(R6)</th></tr>"
        "<tr><td colspan=3>基本目標1 しごとをつくる</td></tr>"
        "<tr><td>新規就農者数（人）</td><td>10</td><td>20</td></tr>"
        "<tr><td colspan=3>基本目標2 ひとの流れをつくる（単位：千人）</td></tr>"
        "<tr><td>観光客数</td><td>120</td><td>150</td></tr></table>",
    )
    tourists = doc.records[-1]
    assert tourists.unit == "人" and tourists.baseline is not None
    assert tourists.baseline.quantity.value == 120000


def test_a_judgement_sentence_in_a_simple_table_is_its_printed_status(tmp_path: Path) -> None:
    doc = html_page(
        tmp_path,
        "verdicts",
        html_table(
            [
                ["指標", "基準値(R1)", "目標値(R4)", "実績値(R4)", "評価"],
                [
                    "観光客数",
                    "100人",
                    "120人",
                    "130人",
                    "目標値を達成しました。<br>イベントの開催により観光客が増加した。",
                ],
                [
                    "転入者数",
                    "100人",
                    "120人",
                    "110人",
                    "目標値を達成できませんでした。<br>新型コロナウイルス感染症の影響を受けた。",
                ],
            ]
        ),
    )
    assert [(r.status.value, r.status.raw) for r in doc.records if r.status] == [
        ("achieved", "目標値を達成しました。"),
        ("not_achieved", "目標値を達成できませんでした。"),
    ]


def test_midterm_and_final_target_years_in_labelled_lines(tmp_path: Path) -> None:
    doc = html_page(
        tmp_path,
        "years",
        "<p>指標名：観光入込客数</p><p>中間目標年度：令和4年度</p><p>中間目標値：580万人</p>"
        "<p>目標値：600万人</p><p>目標年度：令和6年度</p><p>実績値（令和4年度）：421万人</p>",
    )
    (record,) = doc.records
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [
        (5800000, 2022),
        (6000000, 2024),
    ]


def test_a_name_value_cells_own_year_and_a_figure_in_its_note(tmp_path: Path) -> None:
    """`移住者数：120人` over `（H30年度）` is FY2018's target, not the heading's year; a note that
    prints a figure (`（H27：120匹）`) is said, not read."""
    rows = [
        ["No.", "事業名", "事業概要", "H28成果目標（指標）"],
        ["1", "観光事業", "案内員を配置する。", "観光案内所利用者数：3,600人"],
        ["2", "ハブ事業", "捕獲器を設置する。", "ハブ捕獲数：年間150匹<br>（H27：120匹）"],
        ["3", "移住事業", "移住相談を行う。", "移住者数：120人<br>（H30年度）"],
    ]
    records = html_page(tmp_path, "notes", html_table(rows)).records
    by_name = {r.indicator: r for r in records}
    assert [t.period.fiscal_year for t in by_name["移住者数"].targets] == [2018]
    assert any("H27" in w for w in by_name["ハブ捕獲数"].warnings)


# --- the fourth review (statement dating, paired cells, list cells, periods down) ---------------


def _periods(doc: jpkpi.Document) -> list[tuple]:
    return [
        (
            r.indicator,
            r.baseline.period.fiscal_year if r.baseline and r.baseline.period else None,
            [t.period.fiscal_year if t.period else None for t in r.targets],
        )
        for r in doc.records
    ]


def test_an_unnumbered_note_dates_the_heading_it_names(tmp_path: Path) -> None:
    rows = [["指標", "基準値", "目標値（R7年度）"], ["観光客数", "100人", "200人"]]
    doc = html_page(tmp_path, "n1", html_table(rows) + "<p>※基準値は平成26年度の数値</p>")
    assert _periods(doc) == [("観光客数", 2014, [2025])]


def test_a_numbered_note_dates_only_what_points_to_its_mark(tmp_path: Path) -> None:
    rows = [
        ["指標", "現状値", "目標値（R7年度）"],
        ["観光客数", "100人※1", "200人"],
        ["出生数", "300人", "320人"],
    ]
    notes = "<p>※1 現状値は令和元年度の値です。</p><p>※2 現状値は平成30年度の値です。</p>"
    doc = html_page(tmp_path, "n3", html_table(rows) + notes)
    assert ("出生数", None, [2025]) in _periods(doc)


def test_a_note_of_when_a_target_was_revised_dates_nothing(tmp_path: Path) -> None:
    rows = [["指標", "基準値（H30年度）", "目標値"], ["観光客数", "100人", "200人"]]
    note = "<p>※目標値は令和3年度に上方修正しました。</p>"
    assert _periods(html_page(tmp_path, "n4", html_table(rows) + note)) == [
        ("観光客数", 2018, [None])
    ]


def test_a_results_column_of_dashes_beside_name_value_targets_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lone.csv"
    path.write_text(
        "事業名,成果目標,成果実績\n観光振興事業,観光客数 100人,観光客数 90人\n"
        "移住促進事業,移住者数 20人,―\n子育て支援事業,出生数 300人,―\n",
        encoding="utf-8",
    )
    records = jpkpi.parse(path).records
    assert [(r.indicator, [t.quantity.value for t in r.targets]) for r in records] == [
        ("観光客数", [100]),
        ("移住者数", [20]),
        ("出生数", [300]),
    ]
    assert [a.quantity.value for a in records[0].actuals] == [90]
    assert records[1].actuals[0].quantity.value is None


def test_a_rate_row_under_years_down_the_side_keeps_the_grid_whole(tmp_path: Path) -> None:
    path = tmp_path / "pd.html"
    path.write_text(
        "<table border=1><tr><th rowspan=2>年度</th><th colspan=2>KPI① 加工品の販売額（千円）</th>"
        "<th colspan=2>KPI② 観光客数（人）</th></tr>"
        "<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>"
        "<tr><td>H28</td><td>1,000</td><td>900</td><td>500</td><td>450</td></tr>"
        "<tr><td>H29</td><td>1,100</td><td>1,150</td><td>550</td><td>560</td></tr>"
        "<tr><td>進捗率</td><td colspan=2>104%</td><td colspan=2>101%</td></tr></table>",
        encoding="utf-8",
    )
    records = jpkpi.parse(path).records
    assert [(r.indicator, [a.quantity.value for a in r.actuals]) for r in records] == [
        ("加工品の販売額", [900000, 1150000]),
        ("観光客数", [450, 560]),
    ]


# --- the fifth review (paired cells, kind headings, blocks, turning, corners, shared values) ----


def _csv(tmp_path: Path, name: str, text: str) -> jpkpi.Document:
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    return jpkpi.parse(path)


def test_a_pair_of_one_unit_and_a_program_with_a_middle_dot_read_whole(tmp_path: Path) -> None:
    doc = _csv(
        tmp_path,
        "pairs",
        "事業名,指標名,R3実績,R4実績\n"
        '移住・定住,転入者数／転出者数,"1,200人／1,350人","1,250人／1,300人"\n',
    )
    assert [
        (r.program, r.indicator, [a.quantity.value for a in r.actuals]) for r in doc.records
    ] == [
        ("移住・定住", "転入者数", [1200, 1250]),
        ("移住・定住", "転出者数", [1350, 1300]),
    ]


def test_paired_values_without_units_take_each_part_of_a_unit_cell(tmp_path: Path) -> None:
    doc = _csv(
        tmp_path,
        "units",
        "事業名,指標名,単位,R3実績,R4実績\n芸術文化体験事業,開催回数／参加者数,回・人,4／612,5／701\n",
    )
    assert [(r.indicator, r.unit, [a.quantity.value for a in r.actuals]) for r in doc.records] == [
        ("開催回数", "回", [4, 5]),
        ("参加者数", "人", [612, 701]),
    ]


def test_a_chapter_heading_with_a_bracketed_number_names_no_kind(tmp_path: Path) -> None:
    rows = [
        ["具体的な施策", "指標名", "基準値（R元）", "目標値（R6）", "実績値（R4）"],
        ["創業支援", "創業件数（件）", "5", "10", "8"],
    ]
    doc = html_page(tmp_path, "kh", "<h2>基本目標（1）</h2>" + html_table(rows))
    assert [r.kind for r in doc.records] == ["kpi"]


def test_a_block_named_for_a_rate_is_a_block_of_its_own(tmp_path: Path) -> None:
    block = (
        "<tr><td colspan=4>{}</td></tr><tr><td>年度</td><td>R2</td><td>R3</td><td>R4</td></tr>"
        "<tr><td>目標</td><td>{}</td><td>1</td><td>2</td></tr>"
        "<tr><td>実績</td><td>{}</td><td>3</td><td>4</td></tr>"
    )
    body = (
        "<table>"
        + block.format("移住相談件数（件）", "100", "95")
        + block.format("人口増減率（%）", "-0.5", "-0.7")
        + "</table>"
    )
    doc = html_page(tmp_path, "blocks", "<h2>成果指標</h2>" + body)
    assert [(r.indicator, r.targets[0].quantity.value) for r in doc.records] == [
        ("移住相談件数", 100),
        ("人口増減率", Decimal("-0.5")),
    ]


def test_a_table_turned_keeps_a_row_of_each_indicators_year(tmp_path: Path) -> None:
    doc = _csv(
        tmp_path,
        "turned",
        '指標名,観光客数,移住者数\n単位,人,人\n目標値,"120,000",80\n年度,R5,R5\n実績値,"115,000",72\n',
    )
    assert [r.indicator for r in doc.records] == ["観光客数", "移住者数"]


def test_a_note_of_a_revision_dates_no_target(tmp_path: Path) -> None:
    rows = [["指標名", "基準値", "目標値"], ["創業件数（件）", "5", "10"]]
    note = "<p>※目標値は令和3年度の見直しで修正</p>"
    doc = html_page(tmp_path, "rev", html_table(rows) + note)
    assert doc.records[0].targets[0].period is None


def test_an_era_corner_over_several_columns_dates_the_row_under_it_only(tmp_path: Path) -> None:
    body = (
        "<table><tr><th rowspan=2>指標</th><th rowspan=2>区分</th><th colspan=3>平成（年度）</th>"
        "</tr><tr><th>18</th><th>19</th><th>20</th></tr>"
        "<tr><td rowspan=2>移住者数（人）</td><td>目標</td><td>120</td><td>150</td><td>200</td></tr>"
        "<tr><td>実績</td><td>110</td><td>140</td><td>210</td></tr></table>"
    )
    doc = html_page(tmp_path, "era", "<h2>数値目標</h2>" + body)
    targets = doc.records[0].targets
    assert [(t.quantity.value, t.period.fiscal_year) for t in targets] == [
        (120, 2006),
        (150, 2007),
        (200, 2008),
    ]


def test_a_shared_target_takes_its_merged_year_and_unit_to_each_row(tmp_path: Path) -> None:
    body = (
        "<table><tr><th>指標名</th><th>単位</th><th>目標値</th><th>実績値</th><th>目標年度</th></tr>"
        "<tr><td>胃がん検診受診率</td><td rowspan=2>%</td><td rowspan=2>15.0</td><td>11.0</td>"
        "<td rowspan=2>R7</td></tr><tr><td>大腸がん検診受診率</td><td>13.1</td></tr>"
        "<tr><td>待機児童数</td><td>人</td><td>0</td><td>3</td><td>R7</td></tr></table>"
    )
    doc = html_page(tmp_path, "shared", body)
    assert [[(t.quantity.value, t.period.fiscal_year) for t in r.targets] for r in doc.records] == [
        [(Decimal("15.0"), 2025)],
        [(Decimal("15.0"), 2025)],
        [(0, 2025)],
    ]
    assert [r.unit for r in doc.records] == ["%", "%", "人"]


# --- the sixth review (notes naming their survey, kind brackets, corners, pairs, keyed cells) --


@pytest.mark.parametrize(
    ("note", "year"),
    [
        ("※基準値は令和元年度の市民意識調査結果", 2019),
        ("※基準値は平成30年度の住民基本台帳人口", 2018),
    ],
)
def test_a_note_naming_its_source_dates_the_heading(tmp_path: Path, note: str, year: int) -> None:
    rows = [["指標名", "基準値", "目標値（R7年度）"], ["創業件数（件）", "5", "10"]]
    doc = html_page(tmp_path, "src", html_table(rows) + f"<p>{note}</p>")
    assert doc.records[0].baseline.period.fiscal_year == year


def test_a_kind_heading_with_its_abbreviation_in_brackets_keeps_its_kind(tmp_path: Path) -> None:
    rows = [["指標名", "基準値（H26）", "目標値（R元）"], ["市内総生産", "3,000億円", "3,300億円"]]
    doc = html_page(tmp_path, "kgi", "<h3>数値目標（KGI）</h3>" + html_table(rows))
    assert [r.kind for r in doc.records] == ["goal"]


def test_an_era_corner_over_years_that_skip_to_the_target_year(tmp_path: Path) -> None:
    doc = _csv(
        tmp_path,
        "gap",
        "指標,平成（年度）,26,27,28,31\n観光客数（万人）,目標,50,55,60,70\n,実績,48,52,58,\n",
    )
    years = [t.period.fiscal_year for r in doc.records for t in r.targets]
    assert years == [2014, 2015, 2016, 2019]


def test_categories_in_a_pair_cell_and_a_value_of_no_parts_unit(tmp_path: Path) -> None:
    doc = _csv(
        tmp_path,
        "cats",
        "施策,指標名,区分,R3実績\n学力向上,全国学力調査の平均正答率,小学校／中学校,65%／60%\n",
    )
    assert len(doc.records) <= 1  # one indicator's categories, never two of one name
    doc = _csv(
        tmp_path,
        "once",
        "指標名,R3実績,R4実績,目標\n開催回数／参加者数,4回／612人,5回／701人,800\n",
    )
    assert all(not r.targets for r in doc.records)
    assert all(any("800" in w for w in r.warnings) for r in doc.records)


def test_a_baseline_cell_keying_two_years_reads_the_first_and_says_so(tmp_path: Path) -> None:
    doc = _csv(tmp_path, "keyed", '指標名,基準値,目標値（R7）\n創業件数,"H30：5件／R1：6件",10件\n')
    assert doc.records[0].baseline.quantity.value == 5
    assert any("keys 2 values" in w for w in doc.records[0].warnings)


# --- seventh review: breakdown names, dating columns, two measures, money groups ---------------


@pytest.mark.parametrize(
    ("name", "kept", "statement"),
    [
        ("病床数／現状維持（120床）", "病床数", "現状維持（120床）"),
        ("不登校児童数／半減（10人）", "不登校児童数", "半減（10人）"),
        ("待機児童数／ゼロを維持（R6年度）", "待機児童数", "ゼロを維持（R6年度）"),
        ("被保護人員／捕捉率（20％）", "被保護人員／捕捉率（20％）", None),
    ],
)
def test_a_target_in_words_before_a_bracket_after_a_slash_is_a_statement(
    name: str, kept: str, statement: str | None
) -> None:
    """Words that state a target (現状維持, 半減, ゼロを維持) before a bracket after a name's slash
    are its target statement; only words that end as a measure does (捕捉率) are a second name."""
    from jpkpi.records.build import split_statement

    got, _, text = split_statement(name)
    assert (got, text) == (kept, statement)


def test_a_year_column_beside_the_actuals_that_dates_the_target_leaves_them_undated(
    tmp_path: Path,
) -> None:
    """`実績値 | 達成年度`: the year the target falls due, not the actual's year."""
    path = tmp_path / "due.csv"
    path.write_text(
        '指標名,基準値（H30）,目標値,実績値,達成年度\n観光客数,"120,000人","150,000人",'
        '"140,000人",R6\n',
        encoding="utf-8",
    )
    record = jpkpi.parse(path).records[0]
    assert [t.period.fiscal_year for t in record.targets] == [2024]
    assert [a.period for a in record.actuals] == [None]
    assert record.status is None


def test_a_heading_span_over_years_down_the_side_dates_nothing_of_the_rows(
    tmp_path: Path,
) -> None:
    """`目標値（H29～H31）` over rows that each print their year: each row's value is that
    year's, and the row labelled 事業開始前 gives the baseline (信濃's layout)."""
    rows = [
        ["指標名", "年度", "目標値（H29～H31）", "実績値"],
        ["<span>博物館入館者数（人）</span>", "事業開始前（H29.3）", "1,000", ""],
        ["", "H29年度", "1,100", "1,050"],
        ["", "H30年度", "1,200", "1,180"],
    ]
    body = (
        "<table><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>"
        f"<tr><td rowspan=3>{rows[1][0]}</td><td>{rows[1][1]}</td><td colspan=2>1,000</td></tr>"
        + "".join(f"<tr><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td></tr>" for r in rows[2:])
        + "</table>"
    )
    record = html_page(tmp_path, "span", body).records[0]
    # (H29.3: March 2017, the end of fiscal 2016)
    assert (record.baseline.quantity.value, record.baseline.period.fiscal_year) == (1000, 2016)
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [
        (1100, 2017),
        (1200, 2018),
    ]


def test_a_source_merged_beside_a_names_target_and_actual_rows_is_no_part(
    tmp_path: Path,
) -> None:
    """`指標名 | 出典 | 区分`: a source merged beside the name's 目標 and 実績 rows names where the
    figures come from, no breakdown of the indicator."""
    body = (
        "<table><tr><th>指標名</th><th>出典</th><th>区分</th><th>R5年度</th><th>R6年度</th></tr>"
        "<tr><td rowspan=2>観光入込客数</td><td rowspan=2>観光入込客統計</td><td>目標</td>"
        "<td>100,000人</td><td>110,000人</td></tr>"
        "<tr><td>実績</td><td>95,000人</td><td>105,000人</td></tr>"
        "<tr><td rowspan=2>転入者数</td><td rowspan=2>住民基本台帳</td><td>目標</td>"
        "<td>500人</td><td>520人</td></tr>"
        "<tr><td>実績</td><td>480人</td><td>530人</td></tr></table>"
    )
    records = html_page(tmp_path, "source", body).records
    assert [r.indicator for r in records] == ["観光入込客数", "転入者数"]
    assert [a.quantity.value for a in records[1].actuals] == [480, 530]


def test_an_indicator_word_over_the_names_themselves_still_heads_them(tmp_path: Path) -> None:
    """`指標の推移 | R2年度 | R3年度` over names and values: the first column names the
    indicators (the word over values elsewhere, 小樽's, heads actuals)."""
    rows = [
        ["指標の推移", "R2年度", "R3年度"],
        ["観光入込客数", "100人", "110人"],
        ["移住者数", "10人", "12人"],
    ]
    records = html_page(tmp_path, "trend", html_table(rows)).records
    assert [(r.indicator, [a.quantity.value for a in r.actuals]) for r in records] == [
        ("観光入込客数", [100, 110]),
        ("移住者数", [10, 12]),
    ]


def test_program_money_merged_over_plan_and_actual_rows_is_no_indicator(tmp_path: Path) -> None:
    """`事業費` merged over `計画 | 実績` rows is the program's money, whatever its list column
    says, where the KPIs above it (飛騨's layout) are read."""
    body = (
        "<table><tr><th>取組</th><th>KPI</th><th>区分</th><th>H30年度</th><th>R元年度</th>"
        "<th>担当課</th></tr>"
        "<tr><td rowspan=4>観光誘客の拡大を図ります</td><td rowspan=2>観光入込客数</td>"
        "<td>目標</td><td>124万人</td><td>126万人</td><td rowspan=4>観光課</td></tr>"
        "<tr><td>実績</td><td>121.0万人</td><td>125.2万人</td></tr>"
        "<tr><td rowspan=2>宿泊者数</td><td>目標</td><td>30万人</td><td>31万人</td></tr>"
        "<tr><td>実績</td><td>29.0万人</td><td>30.5万人</td></tr>"
        "<tr><td rowspan=2>事業の実施</td><td rowspan=2>事業費</td><td>計画</td>"
        "<td>12,000千円</td><td>12,500千円</td><td rowspan=2>地域振興課</td></tr>"
        "<tr><td>実績</td><td>11,800千円</td><td>12,300千円</td></tr></table>"
    )
    records = html_page(tmp_path, "money", body).records
    assert [r.indicator for r in records] == ["観光入込客数", "宿泊者数"]
    assert [a.quantity.value for a in records[1].actuals] == [290000, 305000]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("成果（数値）目標", "goal"),
        ("事業量（数値）目標", "activity"),
        ("活動（数値）目標", "activity"),
    ],
)
def test_a_numeric_bracket_inside_a_kind_heading_keeps_the_stems_kind(
    heading: str, kind: str
) -> None:
    from jpkpi.understanding.vocabulary import header_kind

    found = header_kind(heading)
    assert found is not None and found.value == kind


def test_a_qualifier_in_brackets_over_bracketed_figures_is_no_second_measure(
    tmp_path: Path,
) -> None:
    """`特定健診受診率（国保）` over `45.2（38.0）`: the bracket qualifies the name; the value is
    45.2, the bracketed figure said unread, as before."""
    path = tmp_path / "q.csv"
    path.write_text(
        "指標名,単位,目標値（R6）,実績値（R5）\n特定健診受診率（国保）,%,60.0（60.0）,45.2（38.0）\n",
        encoding="utf-8",
    )
    record = jpkpi.parse(path).records[0]
    assert record.actuals[0].quantity.value == Decimal("45.2")
    assert not record.actuals[0].quantity.parts
    assert any("(38.0)" in w for w in record.warnings)


# --- eighth review: year columns beside the latest value, signed points, glosses, titles --------


def test_a_year_column_beside_the_latest_value_dates_it_where_the_target_has_its_year(
    tmp_path: Path,
) -> None:
    """`目標値(R6) | 直近値 | 年度`: the target is dated by its heading, so the year beside the
    latest value is that value's."""
    path = tmp_path / "latest.csv"
    path.write_text(
        "指標名,単位,基準値(H30),目標値(R6),直近値,年度\n観光入込客数,人,900,1500,1000,R4\n",
        encoding="utf-8",
    )
    record = jpkpi.parse(path).records[0]
    assert [(a.quantity.value, a.period.fiscal_year) for a in record.actuals] == [(1000, 2022)]
    assert [t.period.fiscal_year for t in record.targets] == [2024]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("認定農業者数（うち女性）", [("認定農業者数", 85), ("うち女性", 12)]),
        ("特定健診受診率（国保）", []),
    ],
)
def test_a_part_counted_in_brackets_is_a_second_measure(
    tmp_path: Path, name: str, parts: list[tuple[str, int]]
) -> None:
    """`（うち女性）` over `85（12）` is a part the first measure counts; `（国保）` qualifies."""
    path = tmp_path / "parts.csv"
    path.write_text(f"指標名,単位,実績値（R5）\n{name},人,85（12）\n", encoding="utf-8")
    quantity = jpkpi.parse(path).records[0].actuals[0].quantity
    assert [(p.label, p.value) for p in quantity.parts] == parts
    assert quantity.value == (None if parts else 85)


def test_signed_points_are_a_level_for_a_gap_and_a_change_for_a_percentage(
    tmp_path: Path,
) -> None:
    """A gap to an average kept in points has its target level in points (`+2.0ポイント`); a
    percentage's `−3ポイント` (U+2212) is a fall of 3 points, as `-3ポイント` is."""
    path = tmp_path / "points.csv"
    path.write_text(
        "指標名,単位,基準値(R1),目標値(R6)\n"
        "全国学力調査の平均正答率（全国平均との差）,ポイント,▲1.5ポイント,+2.0ポイント\n"
        "成人の喫煙率,%,18.0%,\u22123ポイント\n",
        encoding="utf-8",
    )
    gap, smoking = jpkpi.parse(path).records
    assert [(t.quantity.value, t.period.fiscal_year) for t in gap.targets] == [(2, 2024)]
    assert gap.target_statement is None
    assert not smoking.targets
    assert smoking.target_statement is not None
    assert smoking.target_statement.direction == "decrease"
    assert smoking.target_statement.change.value == 3


def test_a_gloss_that_starts_with_a_word_in_kana_still_leaves_the_name(tmp_path: Path) -> None:
    """`市民満足度` over `まちづくりに満足している市民の割合。`: a gloss, though it opens with kana."""
    rows = [
        ["指標名", "基準値（R1）", "目標値（R6）"],
        ["市民満足度<br>まちづくりに満足している市民の割合。", "40%", "60%"],
    ]
    records = html_page(tmp_path, "gloss", html_table(rows)).records
    assert [r.indicator for r in records] == ["市民満足度"]


def test_a_count_named_with_a_money_word_over_target_and_actual_rows_is_read(
    tmp_path: Path,
) -> None:
    """`補助金交付件数` merged over `目標 | 実績` rows counts grants: an indicator, read."""
    body = (
        "<table><tr><th>指標名</th><th>区分</th><th>R2</th><th>R3</th></tr>"
        "<tr><td rowspan=2>移住者数（人）</td><td>目標</td><td>10</td><td>12</td></tr>"
        "<tr><td>実績</td><td>9</td><td>13</td></tr>"
        "<tr><td rowspan=2>補助金交付件数</td><td>目標</td><td>10</td><td>12</td></tr>"
        "<tr><td>実績</td><td>9</td><td>13</td></tr></table>"
    )
    records = html_page(tmp_path, "grants", body).records
    assert [(r.indicator, [a.quantity.value for a in r.actuals]) for r in records] == [
        ("移住者数", [9, 13]),
        ("補助金交付件数", [9, 13]),
    ]


def test_a_title_across_the_table_that_names_the_plan_period_dates_no_column(
    tmp_path: Path,
) -> None:
    """`成果指標の推移（計画期間：令和2年度～令和6年度）` across the table: each year column keeps
    its own year, and the No. column is no list of values."""
    body = (
        "<table><tr><th colspan=6>成果指標の推移（計画期間：令和2年度～令和6年度）</th></tr>"
        "<tr><th>No.</th><th>指標名</th><th>単位</th><th>R2</th><th>R3</th><th>R4</th></tr>"
        "<tr><td>1</td><td>観光入込客数</td><td>人</td><td>1,000</td><td>1,100</td>"
        "<td>1,200</td></tr>"
        "<tr><td>2</td><td>移住者数</td><td>人</td><td>10</td><td>12</td><td>15</td></tr></table>"
    )
    records = html_page(tmp_path, "title", body).records
    assert [(a.quantity.value, a.period.fiscal_year) for a in records[0].actuals] == [
        (1000, 2020),
        (1100, 2021),
        (1200, 2022),
    ]


def test_a_final_target_merged_down_from_the_baseline_row_is_a_target(tmp_path: Path) -> None:
    """`最終目標値（R6）` merged down over every row, from the `事業開始前` row on: the R6 target."""
    body = (
        "<table><tr><th>指標名</th><th>年度</th><th>目標値</th><th>実績値</th>"
        "<th>最終目標値（R6）</th></tr>"
        "<tr><td rowspan=3>博物館入館者数（人）</td><td>事業開始前（H29.3）</td>"
        "<td colspan=2>1,000</td><td rowspan=3>2,000</td></tr>"
        "<tr><td>H29年度</td><td>1,100</td><td>1,050</td></tr>"
        "<tr><td>H30年度</td><td>1,200</td><td>1,180</td></tr></table>"
    )
    record = html_page(tmp_path, "final", body).records[0]
    assert record.baseline.quantity.value == 1000
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [
        (1100, 2017),
        (1200, 2018),
        (2000, 2024),
    ]


def test_one_word_beside_both_rows_of_a_name_keeps_the_name_on_both(tmp_path: Path) -> None:
    """`自殺死亡率` merged over two rows whose 区分 cells both read `人口10万対`: both rows named,
    no part; `特定健診受診率` over 男性 | 女性 takes each part once."""
    body = (
        "<table><tr><th>指標名</th><th>区分</th><th>基準値（R1）</th><th>目標値（R6）</th></tr>"
        "<tr><td rowspan=2>特定健診受診率</td><td>男性</td><td>35.0</td><td>50.0</td></tr>"
        "<tr><td>女性</td><td>40.0</td><td>55.0</td></tr>"
        "<tr><td rowspan=2>自殺死亡率</td><td>人口10万対</td><td>18.0</td><td>15.0</td></tr>"
        "<tr><td>人口10万対</td><td>17.5</td><td>14.0</td></tr></table>"
    )
    names = [r.indicator for r in html_page(tmp_path, "parts", body).records]
    assert names == ["特定健診受診率(男性)", "特定健診受診率(女性)", "自殺死亡率", "自殺死亡率"]


# --- ninth review: year columns decided once, counts in brackets, titles, units as parts ------


def _csv_records(tmp_path: Path, name: str, text: str) -> list[KpiRecord]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return jpkpi.parse(path).records


def test_a_due_year_column_dates_no_actual_on_a_row_without_a_target(tmp_path: Path) -> None:
    """`目標値 | 実績値 | 達成年度` is read once for the column: the target's year on every row, so a
    row whose target is blank gets no actual dated in its due year."""
    records = _csv_records(
        tmp_path,
        "due.csv",
        "指標名,単位,目標値,実績値,達成年度\n観光入込客数,人,1500,1000,R6\n移住者数,人,,12,R6\n",
    )
    assert [a.period for r in records for a in r.actuals] == [None, None]
    assert [t.period.fiscal_year for t in records[0].targets] == [2024]


def test_a_year_beside_the_latest_value_dates_it_and_not_the_undated_target(tmp_path: Path) -> None:
    """`目標値 | 直近値 | 年度`: the year is the latest value's, the target stays undated."""
    records = _csv_records(
        tmp_path,
        "latest.csv",
        "No.,指標名,単位,目標値,直近値,年度\n1,観光入込客数,人,1500,1000,R4\n"
        "2,移住者数,人,20,12,R3\n",
    )
    assert [(a.quantity.value, a.period.fiscal_year) for a in records[0].actuals] == [(1000, 2022)]
    assert [t.period for t in records[0].targets] == [None]


def test_a_title_naming_one_year_still_dates_its_columns(tmp_path: Path) -> None:
    """`令和5年度 KPI一覧` across the table dates year-less 目標値 and 実績値 (a title naming a
    span, the plan's period, dates none)."""
    body = (
        "<table><tr><th colspan=5>令和5年度 KPI一覧</th></tr>"
        "<tr><th>No.</th><th>指標名</th><th>単位</th><th>目標値</th><th>実績値</th></tr>"
        "<tr><td>1</td><td>観光入込客数</td><td>人</td><td>1,500</td><td>1,000</td></tr>"
        "<tr><td>2</td><td>移住者数</td><td>人</td><td>20</td><td>12</td></tr></table>"
    )
    record = html_page(tmp_path, "year", body).records[0]
    assert [t.period.fiscal_year for t in record.targets] == [2023]
    assert [a.period.fiscal_year for a in record.actuals] == [2023]


def test_an_amount_of_the_programs_money_over_plan_and_actual_rows_is_no_indicator(
    tmp_path: Path,
) -> None:
    """`決算額` merged over `計画 | 実績` rows in 千円 is the program's money, though it ends in 額."""
    rows = [("移住者数", "人", ("10", "12"), ("9", "13")), ("観光入込客数", "人", ("100", "120"),
            ("90", "130")), ("決算額", "千円", ("12,000", "12,500"), ("11,800", "12,300"))]  # fmt: skip
    body = "<table><tr><th>指標名</th><th>単位</th><th>区分</th><th>R2</th><th>R3</th></tr>"
    for name, unit, plan, done in rows:
        first = "目標" if unit != "千円" else "計画"
        body += (
            f"<tr><td rowspan=2>{name}</td><td rowspan=2>{unit}</td><td>{first}</td>"
            f"<td>{plan[0]}</td><td>{plan[1]}</td></tr>"
            f"<tr><td>実績</td><td>{done[0]}</td><td>{done[1]}</td></tr>"
        )
    records = html_page(tmp_path, "money", body + "</table>").records
    assert [r.indicator for r in records] == ["移住者数", "観光入込客数"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("新規就農者数（単年度）", 15),
        ("観光入込客数（推計値）", 15),
    ],
)
def test_a_qualifier_ending_in_a_measures_kanji_is_no_second_measure(
    tmp_path: Path, name: str, kept: int
) -> None:
    """`（単年度）`, `（推計値）` qualify the name: the value before the bracket is the value."""
    records = _csv_records(tmp_path, "q.csv", f"指標名,単位,目標値(R6)\n{name},人,15（75）\n")
    assert records[0].targets[0].quantity.value == kept
    assert not records[0].targets[0].quantity.parts


@pytest.mark.parametrize("second", ["地区防災計画策定数（10地区）", "目標達成率（80％）"])
def test_a_second_name_that_contains_a_list_word_is_no_target(tmp_path: Path, second: str) -> None:
    """`地区防災計画策定数`, `目標達成率` are measures, though 計画 and 目標 stand in them."""
    from jpkpi.records.build import split_statement

    name = f"自主防災組織数／{second}"
    assert split_statement(name) == (name, None, None)


@pytest.mark.parametrize("unit", ["（％）", "パーセント", "%"])
def test_signed_points_for_a_percentage_written_any_way_are_a_change(
    tmp_path: Path, unit: str
) -> None:
    records = _csv_records(
        tmp_path, "p.csv", f"指標名,単位,基準値(R1),目標値(R6)\n市民満足度,{unit},45.0,+5ポイント\n"
    )
    assert not records[0].targets
    assert records[0].target_statement is not None
    assert records[0].target_statement.change.value == 5


def test_a_notes_column_headed_with_units_does_not_take_the_names(tmp_path: Path) -> None:
    """`備考（単位）` over notes ending in `（累計）`, `（年間）`: no units, so 指標名 still names."""
    records = _csv_records(
        tmp_path,
        "notes.csv",
        "No.,指標名,担当課,備考（単位）,基準値(H30),目標値(R6)\n"
        '1,観光入込客数,観光課,観光施設の入込客数の合計（年間）,"900,000","1,000,000"\n'
        "2,移住者数,企画課,支援制度を利用した転入者（累計）,80,120\n",
    )
    assert [r.indicator for r in records] == ["観光入込客数", "移住者数"]


def test_units_beside_a_merged_name_are_its_rows_units(tmp_path: Path) -> None:
    """`消費生活相談` over `件 | 人`: two records of the name, one unit each; `男性（%）` is a part
    with its unit."""
    body = (
        "<table><tr><th>指標名</th><th>区分</th><th>基準値(H30)</th><th>目標値(R6)</th></tr>"
        "<tr><td rowspan=2>消費生活相談</td><td>件</td><td>350</td><td>400</td></tr>"
        "<tr><td>人</td><td>300</td><td>380</td></tr>"
        "<tr><td rowspan=2>特定健診受診率</td><td>男性（%）</td><td>35.0</td><td>50.0</td></tr>"
        "<tr><td>女性（%）</td><td>40.0</td><td>55.0</td></tr></table>"
    )
    records = html_page(tmp_path, "units", body).records
    assert [(r.indicator, r.unit) for r in records] == [
        ("消費生活相談", "件"),
        ("消費生活相談", "人"),
        ("特定健診受診率(男性)", "%"),
        ("特定健診受診率(女性)", "%"),
    ]


# --- tenth review: titles date targets and actuals only, final values, parts and units ---------


def _title_table(title: str, heads: list[str], rows: list[list[str]]) -> str:
    """A table under a title row across it, then one header row."""
    n = len(heads)
    return (
        f"<table><tr><th colspan={n}>{title}</th></tr>"
        + "<tr>"
        + "".join(f"<th>{h}</th>" for h in heads)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        + "</table>"
    )


def test_a_title_naming_a_year_dates_no_number_and_no_year_column(tmp_path: Path) -> None:
    """`令和5年度 KPI一覧` over `No. | 指標名 | 単位 | R3 | R4 | R5`: each year column keeps its
    year and the No. column lists nothing; over `… | 目標値 | 実績値 | 目標年度` the row's own
    target year dates the target."""
    years = _title_table(
        "令和5年度 KPI一覧",
        ["No.", "指標名", "単位", "R3", "R4", "R5"],
        [
            ["1", "観光入込客数", "人", "1,300", "1,400", "1,500"],
            ["2", "移住者数", "人", "11", "12", "13"],
        ],
    )
    record = html_page(tmp_path, "years", years).records[0]
    assert [(a.quantity.value, a.period.fiscal_year) for a in record.actuals] == [
        (1300, 2021),
        (1400, 2022),
        (1500, 2023),
    ]
    due = _title_table(
        "令和5年度 KPI進捗状況",
        ["No.", "指標名", "単位", "目標値", "実績値", "目標年度"],
        [
            ["1", "観光入込客数", "人", "1,500", "1,000", "R6"],
            ["2", "移住者数", "人", "20", "12", "R7"],
        ],
    )
    record = html_page(tmp_path, "due", due).records[0]
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [(1500, 2024)]
    assert not record.warnings
    # the year written with its other name too (a twelfth review found it dated by the title)
    glossed = due.replace("<td>R6</td>", "<td>令和６年度（２０２４年度）</td>").replace(
        "<td>R7</td>", "<td>令和７年度（２０２５年度）</td>"
    )
    record = html_page(tmp_path, "glossed", glossed).records[0]
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [(1500, 2024)]
    assert not record.warnings


@pytest.mark.parametrize("title", ["KPI一覧（R2-R6）", "KPI一覧（令和2年度から令和6年度まで）"])
def test_a_title_naming_a_span_however_written_dates_nothing(tmp_path: Path, title: str) -> None:
    body = _title_table(
        title,
        ["No.", "指標名", "単位", "目標値", "実績値"],
        [["1", "観光入込客数", "人", "1,500", "1,000"], ["2", "移住者数", "人", "20", "12"]],
    )
    record = html_page(tmp_path, "span", body).records[0]
    assert [t.period for t in record.targets] == [None]
    assert [a.period for a in record.actuals] == [None]


def test_the_current_plans_final_value_after_a_baseline_is_its_target(tmp_path: Path) -> None:
    """`基準値(R2) | 計画最終値(R7)`: the plan's final value to reach, a target; only a final value
    dated before every other value column (犬山's 第5次計画最終値) is a starting point."""
    records = _csv_records(
        tmp_path,
        "final.csv",
        "No.,指標名,単位,基準値(R2),計画最終値(R7)\n1,観光入込客数,人,900,1500\n2,移住者数,人,10,20\n",
    )
    assert [(t.quantity.value, t.period.fiscal_year) for t in records[0].targets] == [(1500, 2025)]
    assert records[0].baseline.quantity.value == 900
    assert not records[0].actuals


def test_a_year_beside_the_latest_value_is_not_the_targets_too(tmp_path: Path) -> None:
    """`目標値 | 直近値 | 年度` read by the row reader: the year dates the latest value alone."""
    records = _csv_records(
        tmp_path,
        "latest2.csv",
        "指標名,単位,目標値,直近値,年度\n観光入込客数,人,1500,1000,R4\n移住者数,人,20,12,R3\n",
    )
    assert [t.period for t in records[0].targets] == [None]
    assert [(a.quantity.value, a.period.fiscal_year) for a in records[0].actuals] == [(1000, 2022)]


def test_a_due_year_beside_the_latest_value_stays_the_targets(tmp_path: Path) -> None:
    """`目標値 | 直近値 | 達成年度`: 達成年度 says when the target falls due, whatever stands left."""
    records = _csv_records(
        tmp_path,
        "due2.csv",
        "No.,指標名,単位,目標値,直近値,達成年度\n1,観光入込客数,人,1500,1000,R6\n",
    )
    assert [(t.quantity.value, t.period.fiscal_year) for t in records[0].targets] == [(1500, 2024)]
    assert [a.period for a in records[0].actuals] == [None]


def test_counter_words_among_parts_stay_parts(tmp_path: Path) -> None:
    """`在宅 | 施設 | 居住系` and `個人 | 団体` beside merged names are parts, though 施設 and 団体
    are counters too."""
    body = (
        "<table><tr><th>指標名</th><th>区分</th><th>単位</th><th>基準値(H30)</th>"
        "<th>目標値(R6)</th></tr>"
        "<tr><td rowspan=2>ボランティア登録数</td><td>個人</td><td>人</td><td>350</td><td>400</td></tr>"
        "<tr><td>団体</td><td>団体</td><td>30</td><td>38</td></tr>"
        "<tr><td rowspan=3>介護サービス利用者数</td><td>在宅</td><td>人</td><td>1,200</td>"
        "<td>1,300</td></tr>"
        "<tr><td>施設</td><td>人</td><td>400</td><td>420</td></tr>"
        "<tr><td>居住系</td><td>人</td><td>150</td><td>160</td></tr></table>"
    )
    names = [r.indicator for r in html_page(tmp_path, "parts", body).records]
    assert names == [
        "ボランティア登録数(個人)",
        "ボランティア登録数(団体)",
        "介護サービス利用者数(在宅)",
        "介護サービス利用者数(施設)",
        "介護サービス利用者数(居住系)",
    ]


@pytest.mark.parametrize("unit", ["（ポイント）", "ポイント差", "P"])
def test_a_gap_kept_in_points_written_any_way_has_its_target_level(
    tmp_path: Path, unit: str
) -> None:
    records = _csv_records(
        tmp_path,
        "gap.csv",
        f"指標名,単位,基準値(R1),目標値(R6)\n学力調査の全国平均との差,{unit},-2.0,+1.0ポイント\n",
    )
    assert [t.quantity.value for t in records[0].targets] == [1]
    assert records[0].target_statement is None


@pytest.mark.parametrize(
    "second", ["計画策定率（80％）", "目標到達率（80％）", "計画進捗率（90％）"]
)
def test_a_rate_that_opens_with_a_list_word_is_a_second_name(second: str) -> None:
    from jpkpi.records.build import split_statement

    name = f"自主防災組織数／{second}"
    assert split_statement(name) == (name, None, None)


def test_an_actual_merged_across_two_years_is_not_each_years(tmp_path: Path) -> None:
    """`52.1` merged across `実績値 › R5 | R6` was measured once: R5's, no R6 actual made up."""
    body = (
        "<table><tr><th rowspan=2>No.</th><th rowspan=2>指標名</th><th rowspan=2>単位</th>"
        "<th rowspan=2>目標値(R7)</th><th colspan=3>実績値</th></tr>"
        "<tr><th>R4</th><th>R5</th><th>R6</th></tr>"
        "<tr><td>1</td><td>市民満足度</td><td>%</td><td>60.0</td><td>50.2</td>"
        "<td colspan=2>52.1</td></tr>"
        "<tr><td>2</td><td>移住者数</td><td>人</td><td>20</td><td>12</td><td>14</td><td>16</td></tr>"
        "</table>"
    )
    record = html_page(tmp_path, "merged", body).records[0]
    assert [(a.quantity.value, a.period.fiscal_year) for a in record.actuals] == [
        (Decimal("50.2"), 2022),
        (Decimal("52.1"), 2023),
    ]


# --- eleventh review: grouped year columns, titles and year columns, earlier plans, forecasts --


def test_grouped_year_columns_beside_a_survey_year_parse(tmp_path: Path) -> None:
    """十津川's 中間評価 | 事後評価 groups, each with its 年度 column, beside `直近値 | 調査年度`: the
    document reads (no error), each group's values dated by its own year column."""
    body = (
        "<table><tr><th rowspan=2>No.</th><th rowspan=2>指標名</th><th rowspan=2>単位</th>"
        "<th colspan=3>中間評価</th><th colspan=3>事後評価</th><th rowspan=2>直近値</th>"
        "<th rowspan=2>調査年度</th></tr><tr><th>中間目標値</th><th>年度</th><th>中間実績</th>"
        "<th>最終目標値</th><th>年度</th><th>最終実績</th></tr>"
        "<tr><td>1</td><td>観光入込客数</td><td>人</td><td>1,200</td><td>R2</td><td>1,100</td>"
        "<td>1,500</td><td>R6</td><td>1,400</td><td>1,450</td><td>R7</td></tr>"
        "<tr><td>2</td><td>移住者数</td><td>人</td><td>12</td><td>R2</td><td>11</td><td>20</td>"
        "<td>R6</td><td>18</td><td>19</td><td>R7</td></tr></table>"
    )
    record = html_page(tmp_path, "groups", body).records[0]
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [
        (1200, 2020),
        (1500, 2024),
    ]


def test_a_title_dates_a_year_less_actual_beside_headings_that_print_their_years(
    tmp_path: Path,
) -> None:
    """`基準値（H30年度） | 目標値（R6年度） | 実績値` under `令和5年度 KPI進捗状況`: the headings'
    years are no column of each row's years, so the title dates the year-less 実績値."""
    body = _title_table(
        "令和5年度 KPI進捗状況",
        ["No.", "指標名", "単位", "基準値（H30年度）", "目標値（R6年度）", "実績値"],
        [
            ["1", "観光入込客数", "人", "900", "1,500", "1,000"],
            ["2", "移住者数", "人", "10", "20", "12"],
        ],
    )
    record = html_page(tmp_path, "title", body).records[0]
    assert [a.period.fiscal_year for a in record.actuals] == [2023]
    assert [t.period.fiscal_year for t in record.targets] == [2024]


@pytest.mark.parametrize("due", ["達成期限", "目標年"])
def test_a_column_of_due_years_under_a_title_dates_the_targets(tmp_path: Path, due: str) -> None:
    """A column of years is known by its cells, whatever its heading (達成期限, 目標年): the row's
    R6 dates the target, not the title."""
    body = _title_table(
        "令和5年度 KPI進捗状況",
        ["No.", "指標名", "単位", "目標値", "実績値", due],
        [
            ["1", "観光入込客数", "人", "1,500", "1,000", "R6"],
            ["2", "移住者数", "人", "20", "12", "R7"],
        ],
    )
    record = html_page(tmp_path, "due", body).records[0]
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [(1500, 2024)]
    assert not record.warnings


@pytest.mark.parametrize(
    "text",
    [
        "No.,指標名,単位,第5次計画最終値(R4),目標値,実績値\n1,観光入込客数,人,900,1500,1000\n",
        "指標名,単位,第5次計画最終値(R4),目標値(R9),実績値\n観光入込客数,人,900,1500,1000\n",
    ],
)
def test_an_earlier_plans_final_value_is_the_baseline_on_either_reading(
    tmp_path: Path, text: str
) -> None:
    """`第5次計画最終値(R4)` before year-less or later columns, with or without a No. column."""
    record = _csv_records(tmp_path, "earlier.csv", text)[0]
    assert (record.baseline.quantity.value, record.baseline.period.fiscal_year) == (900, 2022)
    assert [t.quantity.value for t in record.targets] == [1500]


def test_an_undated_final_points_target_beats_a_dated_intermediate_one(tmp_path: Path) -> None:
    records = _csv_records(
        tmp_path,
        "points.csv",
        "指標名,単位,基準値(R1),中間目標(R4),最終目標\n市民満足度,%,45.0,+3ポイント,+5ポイント\n"
        "市民満足度C,%,45.0,+3ポイント,増加\n",
    )
    assert records[0].target_statement.text == "+5ポイント"
    assert records[1].target_statement.text == "+3ポイント"
    assert any("'増加'" in w for w in records[1].warnings)


def test_a_years_forecast_beside_its_actual_is_set_aside(tmp_path: Path) -> None:
    """霧島: `H30年度 › 見込 | 実績`: the measured actual stands for H30, the forecast not."""
    body = (
        "<table><tr><th rowspan=2>指標名</th><th rowspan=2>単位</th><th rowspan=2>H29年度</th>"
        "<th colspan=2>H30年度</th></tr><tr><th>見込</th><th>実績</th></tr>"
        "<tr><td>お礼の品発注件数</td><td>件</td><td>21,323</td><td>24,000</td><td>25,180</td></tr>"
        "<tr><td>寄附件数</td><td>件</td><td>18,981</td><td>21,000</td><td>22,140</td></tr></table>"
    )
    record = html_page(tmp_path, "forecast", body).records[0]
    assert [(a.quantity.value, a.period.fiscal_year) for a in record.actuals] == [
        (21323, 2017),
        (25180, 2018),
    ]


# --- twelfth review: a forecast beside a missing actual, titles naming a 地方版 strategy ---------


def test_a_years_forecast_stays_where_its_actual_is_a_dash(tmp_path: Path) -> None:
    """`H30年度 › 見込 | 実績` over `15 | －`: the year's actual measured nothing, so its forecast is
    the year's only figure and stays (a forecast beside a measured actual is set aside)."""
    body = (
        "<table><tr><th rowspan=2>指標名</th><th rowspan=2>単位</th><th colspan=2>H30年度</th>"
        "<th rowspan=2>目標値（R1）</th></tr><tr><th>見込</th><th>実績</th></tr>"
        "<tr><td>移住者数</td><td>人</td><td>15</td><td>－</td><td>20</td></tr>"
        "<tr><td>観光入込客数</td><td>人</td><td>24,000</td><td>25,180</td><td>30,000</td></tr>"
        "</table>"
    )
    movers, visitors = html_page(tmp_path, "forecast2", body).records
    assert [(a.quantity.value, sorted(a.quantity.flags)) for a in movers.actuals] == [
        (15, ["estimate"]),
        (None, ["missing"]),
    ]
    assert [a.quantity.value for a in visitors.actuals] == [25180]


@pytest.mark.parametrize(
    "title", ["令和5年度 地方版総合戦略 KPI進捗状況", "令和5年度 KPI進捗状況（企画政策課作成）"]
)
def test_a_title_naming_its_year_and_a_strategy_or_an_author_dates_its_columns(
    tmp_path: Path, title: str
) -> None:
    body = _title_table(
        title,
        ["No.", "指標名", "単位", "基準値（H30）", "目標値", "実績値"],
        [
            ["1", "観光入込客数", "人", "900", "1,500", "1,000"],
            ["2", "移住者数", "人", "10", "20", "12"],
        ],
    )
    record = html_page(tmp_path, "strategy", body).records[0]
    assert [a.period.fiscal_year for a in record.actuals] == [2023]


def test_an_observatory_in_an_indicators_name_is_no_target_heading(tmp_path: Path) -> None:
    """`展望台来場者数（人）` across the header names an indicator (only 中長期展望, 長期展望,
    展望値 head targets)."""
    rows = [
        ["区分", "展望台来場者数（人）", "観光入込客数（人）"],
        ["基準値（H30）", "12,000", "250,000"],
        ["目標値（R6）", "15,000", "300,000"],
        ["実績値（R5）", "13,800", "270,000"],
    ]
    records = html_page(tmp_path, "observatory", html_table(rows)).records
    assert [(r.indicator, [t.quantity.value for t in r.targets]) for r in records] == [
        ("展望台来場者数", [15000]),
        ("観光入込客数", [300000]),
    ]


def test_a_placeholder_name_stays_a_name_and_only_its_figure_is_not_set(tmp_path: Path) -> None:
    """A 素案 prints `〇〇の推進` and `〇〇教室参加者数` as names still to be chosen: names (a
    thirteenth review found them read as values not set); `〇〇％以上` keeps at_least."""
    rows = [
        ["施策", "指標名", "単位", "現状値（R5）", "目標値（R11）"],
        ["〇〇の推進", "〇〇教室参加者数", "人", "120", "〇〇"],
    ]
    record = html_page(tmp_path, "draft", html_table(rows)).records[0]
    assert (record.program, record.indicator) == ("〇〇の推進", "〇〇教室参加者数")
    assert record.baseline.quantity.value == 120
    assert [(t.quantity.value, t.quantity.flags) for t in record.targets] == [
        (None, frozenset({"not_set"}))
    ]
    assert parse_quantity("〇〇％以上").flags == frozenset({"not_set", "at_least"})


def test_judgement_marks_on_one_row_leave_another_rows_minus_signs(tmp_path: Path) -> None:
    """◎ 24 | ○ 22 on one row make its marks judgements; 社会増減数's `△50 | △40` on another row
    of the same table stay negatives (a thirteenth review found them turned positive)."""
    from jpkpi.understanding.drafts import Draft, ValueCell
    from jpkpi.understanding.printed_marks import with_judged_values
    from jpkpi.understanding.vocabulary import Kind

    judged = Draft(None, Kind.KPI, [], None, "移住相談件数", None)
    judged.actuals = [ValueCell("◎ 24"), ValueCell("○ 22"), ValueCell("△ 20")]
    signed = Draft(None, Kind.KPI, [], None, "社会増減数", None)
    signed.actuals = [ValueCell("△50"), ValueCell("△ 40")]
    with_judged_values([judged, signed])
    assert [v.value_text for v in judged.actuals] == ["24", "22", "20"]
    assert [v.value_text for v in signed.actuals] == [None, None]


def test_kind_rows_across_the_body_give_each_row_its_kind(tmp_path: Path) -> None:
    """`数値目標` and `重要業績評価指標（KPI）` in cells across the table between the rows (no
    heading's style): sections that give the rows below their kind (a thirteenth review found
    every row read as an activity)."""
    body = (
        "<table><tr><th>指標名</th><th>単位</th><th>基準値（R1）</th><th>実績（R5）</th>"
        "<th>目標値（R7）</th></tr><tr><td colspan=5>数値目標</td></tr>"
        "<tr><td>転入者数</td><td>人</td><td>487</td><td>512</td><td>550</td></tr>"
        "<tr><td>出生数</td><td>人</td><td>300</td><td>310</td><td>320</td></tr>"
        "<tr><td colspan=5>重要業績評価指標（KPI）</td></tr>"
        "<tr><td>観光客数</td><td>人</td><td>100</td><td>120</td><td>150</td></tr>"
        "<tr><td>移住者数</td><td>人</td><td>10</td><td>12</td><td>15</td></tr></table>"
    )
    records = html_page(tmp_path, "kinds", body).records
    assert [(r.indicator, r.kind) for r in records] == [
        ("転入者数", "goal"),
        ("出生数", "goal"),
        ("観光客数", "kpi"),
        ("移住者数", "kpi"),
    ]


def test_a_ratio_against_before_a_scheme_is_no_baseline(tmp_path: Path) -> None:
    rows = [
        ["指標名", "単位", "R5実績", "目標値（R7）", "削減率（導入前比）"],
        ["ごみ排出量", "t", "900", "850", "15%"],
    ]
    record = html_page(tmp_path, "ratio", html_table(rows)).records[0]
    assert record.baseline is None
    assert [t.quantity.value for t in record.targets] == [850]


def test_a_target_years_ahead_in_kanji_is_undated_with_a_warning(tmp_path: Path) -> None:
    rows = [["指標名", "単位", "現状値（R5）", "五年後"], ["観光客数", "人", "100", "150"]]
    record = html_page(tmp_path, "ahead", html_table(rows)).records[0]
    assert [(t.quantity.value, t.period) for t in record.targets] == [(150, None)]
    assert any("五年後" in w and "has no year" in w for w in record.warnings)


def test_a_two_column_list_of_money_indicators_is_no_form(tmp_path: Path) -> None:
    """`指標 | 目標値` over 観光消費額（百万円） and 市税収入額（千円）: indicators, not a form's fields
    (a fourteenth review found every record lost); a form needs fields of its own (担当課 …)."""
    rows = [
        ["指標", "目標値"],
        ["観光消費額（百万円）", "5000"],
        ["市税収入額（千円）", "1200000"],
        ["移住者数（人）", "100"],
    ]
    records = html_page(tmp_path, "money_list", html_table(rows)).records
    assert [(r.indicator, r.targets[0].quantity.value) for r in records] == [
        ("観光消費額", 5000000000),
        ("市税収入額", 1200000000),
        ("移住者数", 100),
    ]


@pytest.mark.parametrize(
    ("text", "unit"), [("〇〇ha", "ha"), ("〇〇人/年", "人/年"), ("〇〇位", "位")]
)
def test_a_placeholder_before_any_unit_is_not_set(text: str, unit: str) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit, q.flags) == (None, unit, frozenset({"not_set"}))


def test_a_years_grades_are_no_actuals(tmp_path: Path) -> None:
    """`R4評価 | R5評価` over 3 | 4: a scale's grades, no actuals of 出生数 (a fourteenth review
    found them read as 3人 and 4人)."""
    rows = [
        ["施策名", "指標名", "単位", "R4評価", "R5評価"],
        ["子育て支援", "出生数", "人", "3", "4"],
        ["移住促進", "転入者数", "人", "2", "5"],
    ]
    records = html_page(tmp_path, "grades", html_table(rows)).records
    assert all(not r.actuals for r in records)


def test_a_target_year_merged_over_rows_dates_no_actual(tmp_path: Path) -> None:
    """`目標年度` merged over the rows, left of the names: the targets' year, never the actuals'
    (a fourteenth review found each actual dated to it)."""
    body = (
        "<table><tr><th>目標年度</th><th>指標名</th><th>単位</th><th>基準値</th><th>目標値</th>"
        "<th>実績値</th></tr><tr><td rowspan=2>令和7年度</td><td>移住相談件数</td><td>件</td>"
        "<td>80</td><td>150</td><td>90</td></tr><tr><td>空き家バンク登録数</td><td>件</td>"
        "<td>10</td><td>30</td><td>18</td></tr></table>"
    )
    records = html_page(tmp_path, "due", body).records
    assert [a.period for r in records for a in r.actuals] == [None, None]


def test_blocks_with_their_own_baselines_stay_apart(tmp_path: Path) -> None:
    """年度 merged over two rows a year, each block printing its own 基準値: a record a block (a
    fourteenth review found the later blocks' baselines dropped by the merge)."""
    body = (
        "<table><tr><th>年度</th><th>指標名</th><th>単位</th><th>基準値</th><th>目標値</th>"
        "<th>実績値</th></tr><tr><td rowspan=2>令和2年度</td><td>移住相談件数</td><td>件</td>"
        "<td>80</td><td>100</td><td>90</td></tr><tr><td>空き家バンク登録数</td><td>件</td>"
        "<td>10</td><td>20</td><td>18</td></tr><tr><td rowspan=2>令和3年度</td><td>移住相談件数"
        "</td><td>件</td><td>90</td><td>120</td><td>130</td></tr><tr><td>空き家バンク登録数</td>"
        "<td>件</td><td>18</td><td>25</td><td>22</td></tr></table>"
    )
    records = html_page(tmp_path, "blocks", body).records
    assert [(r.indicator, r.baseline.quantity.value) for r in records] == [
        ("移住相談件数", 80),
        ("空き家バンク登録数", 10),
        ("移住相談件数", 90),
        ("空き家バンク登録数", 18),
    ]


def test_units_after_each_value_in_a_csv(tmp_path: Path) -> None:
    """`指標名,指標値,単位,実績値,単位` in a CSV (the row reader's path): 36,210 人, not 万人."""
    path = tmp_path / "units.csv"
    path.write_text(
        "指標名,指標値,単位,実績値,単位\n観光入込客数,3.5,万人,36210,人\n移住者数,100,人,120,人\n",
        encoding="utf-8",
    )
    record = jpkpi.parse(path).records[0]
    assert [t.quantity.value for t in record.targets] == [35000]
    assert [a.quantity.value for a in record.actuals] == [36210]


@pytest.mark.parametrize(
    "rows",
    [
        [  # a 累計 after yearly actuals
            ["指標名", "単位", "R2実績", "R3実績", "R4実績", "累計"],
            ["移住相談件数", "件", "40", "50", "60", "150"],
            ["空き家バンク成約件数", "件", "5", "6", "7", "18"],
        ],
        [  # a 計 | 男性 | 女性 target
            ["指標名", "単位", "R7目標値（計）", "R7目標値（男性）", "R7目標値（女性）"],
            ["総人口", "人", "30000", "14500", "15500"],
            ["就業者数", "人", "15000", "8000", "7000"],
        ],
        [  # a new measure from 0 whose target is met
            ["指標名", "単位", "基準値（R1）", "目標値（R6）", "実績値（R5）"],
            ["サテライトオフィス開設数", "件", "0", "3", "3"],
            ["ワーケーション受入企業数", "社", "0", "5", "5"],
        ],
    ],
)
def test_numbers_that_happen_to_sum_make_no_tally(tmp_path: Path, rows: list[list[str]]) -> None:
    """A fifteenth review found these tables read as tallies of results and every record lost:
    a tally's headings count (指標本数) and name results (目標達成, 未達成)."""
    records = html_page(tmp_path, "sums", html_table(rows)).records
    assert len(records) == 2


def test_a_name_cell_with_dated_ends_of_an_arrow(tmp_path: Path) -> None:
    """`観光入込客数32万人（R1）→35万人（R6）`: each end's year in its brackets (a fifteenth
    review found a baseline of 1 with the unit `)`)."""
    rows = [
        ["施策", "重要業績評価指標（KPI）", "実績値（R5）"],
        ["観光振興", "観光入込客数32万人（R1）→35万人（R6）", "33万人"],
        ["子育て", "合計特殊出生率1.38（H30）→1.50", "1.40"],
    ]
    records = html_page(tmp_path, "arrow", html_table(rows)).records
    tourists, births = records
    assert tourists.indicator == "観光入込客数"
    assert (tourists.baseline.quantity.value, tourists.baseline.period.fiscal_year) == (
        320000,
        2019,
    )
    assert [(t.quantity.value, t.period.fiscal_year) for t in tourists.targets] == [(350000, 2024)]
    assert (births.indicator, births.unit) == ("合計特殊出生率", None)
    assert births.baseline.quantity.value == Decimal("1.38")


def test_a_later_block_keeps_the_baseline_the_first_lacks(tmp_path: Path) -> None:
    body = (
        "<table><tr><th>年度</th><th>指標名</th><th>単位</th><th>基準値</th><th>目標値</th>"
        "<th>実績値</th></tr><tr><td rowspan=2>令和2年度</td><td>移住相談件数</td><td>件</td>"
        "<td></td><td>100</td><td>90</td></tr><tr><td>空き家バンク登録数</td><td>件</td>"
        "<td></td><td>20</td><td>18</td></tr><tr><td rowspan=2>令和3年度</td><td>移住相談件数"
        "</td><td>件</td><td>90</td><td>120</td><td>130</td></tr><tr><td>空き家バンク登録数</td>"
        "<td>件</td><td>18</td><td>25</td><td>22</td></tr></table>"
    )
    records = html_page(tmp_path, "blocks2", body).records
    assert sorted(r.baseline.quantity.value for r in records if r.baseline) == [18, 90]


def test_an_arrow_under_a_heading_of_two_years_is_start_and_goal_without_a_baseline(
    tmp_path: Path,
) -> None:
    """`42→60` under `数値目標（H26→H31）`, no baseline column: baseline FY2014, target FY2019 (a
    sixteenth review found two targets and no baseline); beside a 基準値 column, `220→240` under
    `目標値（R6→R8）` stays two targets (米原)."""
    rows = [["指標名", "単位", "数値目標（H26→H31）"], ["新規就農者数", "人", "12→20"]]
    record = html_page(tmp_path, "arrow_years", html_table(rows)).records[0]
    assert (record.baseline.quantity.value, record.baseline.period.fiscal_year) == (12, 2014)
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [(20, 2019)]


def test_revision_rows_and_names_that_end_in_a_revision(tmp_path: Path) -> None:
    """Two dated revision rows under one indicator both revise it (the target replaced kept
    aside, so no number is said to be unread); `令和元年度見直し` is one; an indicator named
    `第2次観光振興計画の改定` is no revision (a sixteenth review found it overwrite the target
    above with 1 人)."""
    rows = [
        ["指標名", "単位", "基準値（H26）", "目標値（H31）"],
        ["ふるさと納税寄附件数", "件", "500", "1000"],
        ["（H29.3見直し）", "", "", "3000"],
        ["（令和元年度見直し）", "", "", "5000"],
        ["観光入込客数", "人", "", "500000"],
        ["第2次観光振興計画の改定", "件", "", "1"],
    ]
    records = html_page(tmp_path, "revisions", html_table(rows)).records
    assert [(r.indicator, [t.quantity.value for t in r.targets]) for r in records] == [
        ("ふるさと納税寄附件数", [5000]),
        ("観光入込客数", [500000]),
        ("第2次観光振興計画の改定", [1]),
    ]
    assert not any("were not read" in w for w in records[0].warnings)


@pytest.mark.parametrize("lines", [["○", "○", "○"], ["1", "2", "－"], ["A", "B", "C"]])
def test_stacked_marks_and_values_are_no_vertical_text(lines: list[str]) -> None:
    from jpkpi.primitives.text import join_lines

    assert join_lines(lines) == " ".join(lines)


def test_a_goal_sentence_row_takes_whole_names_and_the_numbers_decide_its_way(
    tmp_path: Path,
) -> None:
    """Review 19: in `【目標】外国人観光客数を令和6年度に年間2,000人、観光客数を令和6年度に
    年間10万人とする。` the name 観光客数 inside 外国人観光客数 is no mention of it; `人口減少を
    抑え…` names no 人口; the direction of a goal the sentence dates is the numbers'."""
    rows = [
        ["指標", "単位", "基準値(R元)", "R2実績"],
        ["外国人観光客数", "人", "1,200", "100"],
        ["観光客数", "千人", "86.4", "41.2"],
        ["人口", "人", "4,632", "4,580"],
    ]
    goal = (
        "<tr><td colspan='4'>【目標】外国人観光客数を令和6年度に年間2,000人、観光客数を"
        "令和6年度に年間10万人とする。人口減少を抑える。</td></tr>"
    )
    body = html_table(rows).replace("</table>", goal + "</table>")
    records = {r.indicator: r for r in html_page(tmp_path, "goalrow", body).records}
    assert [t.quantity.value for t in records["外国人観光客数"].targets] == [2000]
    visitors = records["観光客数"]
    assert [t.quantity.value for t in visitors.targets] == [100000]
    assert visitors.target_statement is not None
    assert visitors.target_statement.direction == "increase"
    assert records["人口"].targets == () and records["人口"].target_statement is None
    assert not any("sentence" in w for w in records["人口"].warnings)


def test_a_goal_sentence_in_the_first_column_of_a_csv_is_no_record(tmp_path: Path) -> None:
    path = tmp_path / "goal.csv"
    path.write_text(
        "指標,単位,基準値(R元),R2実績\nのだ塩の生産量,t,10.2,9.8\n"
        "【目標】令和6年度に、のだ塩の生産量を年間13.0tとする。,,,\n"
        "観光入込客数,千人,86.4,41.2\n",
        encoding="utf-8",
    )
    records = jpkpi.parse(path).records
    assert [r.indicator for r in records] == ["のだ塩の生産量", "観光入込客数"]
    assert [t.quantity.value for t in records[0].targets] == [Decimal("13.0")]


def test_same_as_left_takes_the_cell_left_of_it_whatever_its_list(tmp_path: Path) -> None:
    """Review 19: `同左` is the value printed left of it: under 目標値 right of 現状値, the
    現状値 (hold the level); under H30目標 right of H29実績, that actual, with a warning."""
    rows = [
        ["指標", "単位", "現状値(H27)", "H29目標", "H29実績", "H30目標", "H30実績"],
        ["移住相談件数", "件", "20", "同左", "22", "同左", "24"],
    ]
    (record,) = html_page(tmp_path, "doza", html_table(rows)).records
    assert [(t.quantity.value, t.quantity.raw) for t in record.targets] == [
        (20, "同左"),
        (22, "同左"),
    ]
    assert any("同左" in w and "H29実績" in w for w in record.warnings)


def test_an_evaluation_year_field_does_not_move_years_named_relative_to_the_report(
    tmp_path: Path,
) -> None:
    """Review 19: `評価年度 令和6年度` on a sheet titled `（令和5年度実施事業）` is the year the
    evaluation is made: `当該年度実績` stays FY2023 (the title's); only 対象年度 names the year
    reported on."""
    body = (
        "<h1>事務事業評価シート（令和5年度実施事業）</h1>"
        "<table><tr><th>事業名</th><td>移住定住促進事業</td></tr>"
        "<tr><th>担当課</th><td>企画課</td></tr><tr><th>評価年度</th><td>令和6年度</td></tr>"
        "</table>"
        + html_table(
            [
                ["成果指標", "単位", "前年度実績", "当該年度目標", "当該年度実績"],
                ["移住相談件数", "件", "30", "40", "38"],
            ]
        )
    )
    (record,) = html_page(tmp_path, "hyoka", body).records
    assert [a.period.fiscal_year for a in record.actuals] == [2022, 2023]


def test_same_as_left_stays_in_its_printed_row(tmp_path: Path) -> None:
    """Review 20: in a two-row layout (targets over actuals), `同左` in the target row repeats
    the target left of it, not the actual below that."""
    body = (
        "<table><tr><th>指標</th><th>区分</th><th>H28</th><th>H29</th></tr>"
        "<tr><td rowspan='2'>観光入込客数</td><td>目標</td><td>100</td><td>同左</td></tr>"
        "<tr><td>実績</td><td>95</td><td>98</td></tr></table>"
    )
    records = html_page(tmp_path, "two_rows", body).records
    (visitors,) = [r for r in records if r.indicator == "観光入込客数"]
    assert [t.quantity.value for t in visitors.targets] == [100, 100]


def _page(tmp_path: Path, name: str, body: str) -> jpkpi.Document:
    """A page of HTML, ``body`` as written (cells with their own <th>/<td> tags)."""
    return html_page(tmp_path, name, body)


def test_a_unit_row_cell_no_number_takes_still_gives_its_column_a_unit(tmp_path: Path) -> None:
    """Review 21: `単位 | 千人 | 軒 | t-CO2` under the names of a years-down table: each column
    takes its unit, `t-CO2` included; one unusual unit does not cost the reading."""
    doc = _page(
        tmp_path,
        "tco2",
        "<table><thead>"
        "<tr><th>区分</th><th>海水浴客数</th><th>営業軒数</th><th>CO2排出量</th></tr>"
        "<tr><th>単位</th><td>千人</td><td>軒</td><td>t-CO2</td></tr></thead><tbody>"
        "<tr><th>基準値（H30）</th><td>182.4</td><td>142</td><td>152</td></tr>"
        "<tr><th>R5</th><td>168.9</td><td>121</td><td>522</td></tr>"
        "<tr><th>R6目標</th><td>200.0</td><td>135</td><td>500</td></tr>"
        "</tbody></table>",
    )
    got = {r.indicator: (r.unit, r.actuals[0].quantity.value) for r in doc.records}
    assert got == {
        "海水浴客数": ("人", 168900),
        "営業軒数": ("軒", 121),
        "CO2排出量": ("t-CO2", 522),
    }


def test_an_indicator_beside_another_ones_lists_under_a_group_heading_is_read(
    tmp_path: Path,
) -> None:
    """Review 21: under `基本目標1`, `KPI② 新規雇用者数（人）` beside `KPI① …` over `目標 | 実績` is
    an indicator of its own, not a figure of KPI①'s."""
    doc = _page(
        tmp_path,
        "group",
        "<table><thead>"
        "<tr><th rowspan=3>年度</th><th colspan=3>基本目標1</th></tr>"
        "<tr><th colspan=2>KPI① 観光入込客数（千人）</th><th rowspan=2>KPI② 新規雇用者数（人）</th></tr>"
        "<tr><th>目標</th><th>実績</th></tr></thead><tbody>"
        "<tr><th>H30（基準）</th><td></td><td>182</td><td>40</td></tr>"
        "<tr><th>R4</th><td>190</td><td>185</td><td>52</td></tr>"
        "<tr><th>R5</th><td>195</td><td>201</td><td>61</td></tr>"
        "</tbody></table>",
    )
    jobs = next(r for r in doc.records if r.indicator == "新規雇用者数")
    assert [a.quantity.value for a in jobs.actuals] == [52, 61]
    assert not any("none of the lists" in w for w in doc.warnings)


def test_a_bracketed_earlier_level_a_sentence_changes_is_no_target(tmp_path: Path) -> None:
    """Review 21: `令和12年度までに、…を平成25年度の値（4,500t）を46%削減する` sets no target of
    4,500 t for FY2030: the bracket is where the sentence starts."""
    rows = [
        ["No.", "指標名", "単位", "R4実績", "R5実績"],
        ["1", "温室効果ガス排出量", "t", "3,900", "3,700"],
    ]
    goal = (
        "<tr><td colspan=5>【目標】令和12年度までに、温室効果ガス排出量を平成25年度の値"
        "（4,500t）を46%削減する。</td></tr>"
    )
    doc = _page(tmp_path, "cut", html_table(rows).replace("</table>", goal + "</table>"))
    (record,) = doc.records
    assert not record.targets


@pytest.mark.parametrize(
    "name",
    ["子育て世帯 20世帯増加した地区数", "売上高 10%増加した事業者数", "経常利益 5%増加企業数"],
)
def test_a_name_whose_words_go_on_after_a_change_keeps_them(name: str) -> None:
    """Review 21: a change inside a name (`… 20世帯増加した地区数`) is no target after it."""
    from jpkpi.records.build import split_statement

    assert split_statement(name) == (name, None, None)


def test_a_count_date_before_the_year_over_it_keeps_its_own_year(tmp_path: Path) -> None:
    """Review 21: `令和6年度` over `実績（令和5年3月末現在） | 実績（令和6年3月末現在）`: both days
    fall before FY2024 began, so each figure keeps the year its day falls in; none is replaced."""
    doc = _page(
        tmp_path,
        "before",
        "<table><thead>"
        "<tr><th rowspan=2>KPI</th><th rowspan=2>単位</th><th colspan=2>令和6年度</th></tr>"
        "<tr><th>実績（令和5年3月末現在）</th><th>実績（令和6年3月末現在）</th></tr>"
        "</thead><tbody><tr><td>道の駅の利用者数</td><td>人</td><td>312</td><td>318</td></tr>"
        "</tbody></table>",
    )
    (record,) = doc.records
    assert [(a.quantity.value, a.period.fiscal_year) for a in record.actuals] == [
        (312, 2022),
        (318, 2023),
    ]


def test_a_heading_of_another_time_over_a_bare_pair_is_not_the_titles_year(tmp_path: Path) -> None:
    """Review 21: `最終 › 目標値 | 実績値` on a 令和5年度 sheet is not dated FY2023 (KPI① › … is)."""
    rows = [
        ["<th rowspan=2>指標名</th>", "<th rowspan=2>単位</th>", "<th colspan=2>最終</th>"],
        ["目標値", "実績値"],
        ["観光入込客数", "人", "150,000", "120,000"],
    ]
    body = (
        "<table>"
        + "".join(
            "<tr>"
            + "".join(
                c
                if c.startswith("<t")
                else f"<{'th' if i < 2 else 'td'}>{c}</{'th' if i < 2 else 'td'}>"
                for c in r
            )
            + "</tr>"
            for i, r in enumerate(rows)
        )
        + "</table>"
    )
    doc = _page(tmp_path, "final", "<p>令和5年度 KPI効果検証シート</p>" + body)
    (record,) = doc.records
    assert record.targets[0].period is None or record.targets[0].period.fiscal_year is None


def test_tenths_in_a_percent_row_print_no_digit_the_cell_does_not() -> None:
    """Review 21: `6.5割` in a ％ row is 65 %, not 65.0."""
    from jpkpi.records.build import _quantity

    q = _quantity("6.5割", "％")
    assert q is not None and (str(q.value), q.unit) == ("65", "%")


def test_a_sentences_relative_or_other_level_beside_a_target_year_is_no_target(
    tmp_path: Path,
) -> None:
    """Review 22: `…を令和2年度の2倍にする` and `…を30世帯にする` in a 人 row beside `目標年度 |
    R5` state no level in the record's unit: no target (the statement stays)."""
    rows = [
        ["No.", "重要業績評価指標（KPI）", "目標年度", "単位", "R4実績", "R5実績"],
        ["1", "観光入込客数を令和2年度の2倍にする", "R5", "人", "1,100", "1,200"],
        ["2", "移住者数を30世帯にする", "R5", "人", "40", "52"],
    ]
    doc = html_page(tmp_path, "aimed", html_table(rows))
    assert [(r.indicator, r.targets) for r in doc.records] == [
        ("観光入込客数", ()),
        ("移住者数", ()),
    ]
    assert all(r.target_statement is not None for r in doc.records)


def test_units_by_list_are_read_all_or_nothing(tmp_path: Path) -> None:
    """Review 22: `（単位：実績値は千人、目標値は万人）` over a `基準値（R1）` column the line does not
    name: no value of the row is scaled, and a warning says why."""
    rows = [
        ["指標", "基準値（R1）", "R5実績", "R5目標"],
        ["観光入込客数", "4,231", "3,905", "400"],
    ]
    doc = html_page(
        tmp_path, "listed", "<p>（単位：実績値は千人、目標値は万人）</p>" + html_table(rows)
    )
    (record,) = doc.records
    assert record.unit is None
    assert record.actuals[0].quantity.value == 3905
    assert any("gives units by list" in w for w in record.warnings)


def test_a_repeated_header_whose_upper_row_names_another_list_is_read_again(
    tmp_path: Path,
) -> None:
    """Review 23: `指標名 | 単位 | 目標値 › R4 R5 R6` over one block and `… | 実績値 › R4 R5 R6` over
    the next: the second block's lower row matches the first's, but its upper row names actuals,
    so the table's opening columns are not restored over it (48 is no target)."""
    head = (
        "<tr><th rowspan='2'>指標名</th><th rowspan='2'>単位</th><th colspan='3'>{}</th></tr>"
        "<tr><th>R4</th><th>R5</th><th>R6</th></tr>"
    )
    body = (
        "<table><thead>" + head.format("目標値") + "</thead><tbody>"
        "<tr><td>移住者数</td><td>人</td><td>50</td><td>55</td><td>60</td></tr></tbody><tbody>"
        + head.format("実績値")
        + "<tr><td>移住者数</td><td>人</td><td>48</td><td>52</td><td>61</td></tr></tbody></table>"
    )
    doc = html_page(tmp_path, "stacked", body)
    actual = [r for r in doc.records if any(a.quantity.value == 48 for a in r.actuals)]
    assert actual and not any(t.quantity.value == 48 for r in doc.records for t in r.targets)


def _noted(tmp_path: Path, name: str, cells: tuple[str, str], notes: list[str]) -> jpkpi.Document:
    rows = [
        ["指標名", "単位", "基準値（H26）", "目標値（H31）", "実績値（H29）"],
        ["移住者数", "人", cells[0], cells[1], "15"],
    ]
    return html_page(tmp_path, name, html_table(rows) + "".join(f"<p>{n}</p>" for n in notes))


def test_a_note_of_several_levels_gives_none_and_a_cumulative_note_says_so(
    tmp_path: Path,
) -> None:
    """Review 23: `※1参照` over a note that names two years' levels gives no value (which one the
    cell means is not said), with a warning; `累計で50人` reads cumulative."""
    several = _noted(
        tmp_path,
        "several",
        ("12", "※1参照"),
        ["※1 移住者数の目標値は、平成30年度に18人、平成31年度に20人です。"],
    )
    (record,) = several.records
    assert [(t.quantity.value, t.quantity.flags) for t in record.targets] == [
        (None, frozenset({"missing"}))
    ]
    assert any("states no one level" in w for w in record.warnings)
    summed = _noted(
        tmp_path, "summed", ("12", "※1参照"), ["※1 H27からH31までの5年間の累計で50人とします。"]
    )
    (record,) = summed.records
    assert [(t.quantity.value, t.quantity.flags) for t in record.targets] == [
        (50, frozenset({"cumulative"}))
    ]


def test_notes_numbered_with_chu_and_a_baseline_pointer_are_read(tmp_path: Path) -> None:
    """Review 23: `注1参照` over `注1 …年間20人です。` reads 20 as `※1` does; a baseline cell
    `※1参照` takes its note's level; a pointer with no note under the table is said."""
    chu = _noted(
        tmp_path, "chu", ("12", "注1参照"), ["注1 移住者数の目標値（H31）は、年間20人です。"]
    )
    (record,) = chu.records
    assert [t.quantity.value for t in record.targets] == [20]
    base = _noted(
        tmp_path, "base", ("※1参照", "20"), ["※1 移住者数の基準値（H26）は、年間12人です。"]
    )
    (record,) = base.records
    assert record.baseline is not None and record.baseline.quantity.value == 12
    lone = _noted(tmp_path, "lone", ("12", "※4参照"), [])
    (record,) = lone.records
    assert any("points to a note (※4)" in w for w in record.warnings)


def test_review_23_sibling_forms(tmp_path: Path) -> None:
    """Review 23: `【R元年度比：2倍】` after a name is no year's target of 2; `基準値の90%以上を
    維持` keeps its way; a corner year alone dates no undated target (it may be the plan's
    final one); a heading's `（基準日：R2.10.1）` dates no baseline, `（目標値：R7、起点値：R2）`
    does; `└─`, `〔単位：％〕`, `人＊` and `算定不可` read as their kin do."""
    from jpkpi.primitives.quantity import normalize_unit
    from jpkpi.primitives.target import parse_target_statement
    from jpkpi.primitives.text import split_label
    from jpkpi.understanding.cells import unit_note

    rows = [
        ["No.", "重要業績評価指標（KPI）", "単位", "基準値（H26）", "H29実績"],
        ["1", "空き家バンク成約件数【R元年度比：2倍】", "件", "10", "12"],
    ]
    (record,) = html_page(tmp_path, "ratio", html_table(rows)).records
    assert not record.targets
    kept = parse_target_statement("基準値の90%以上を維持")
    assert kept is not None and kept.direction == "maintain"
    corner = [
        ["令和5年度", "", "基準値（R元）", "目標値", "実績"],
        ["No.", "指標", "", "", ""],
        ["1", "移住者数", "40", "60", "52"],
        ["2", "新規就農者数", "3", "5", "4"],
    ]
    table = (
        "<table><tr><th colspan='2'>令和5年度</th><th rowspan='2'>基準値（R元）</th>"
        "<th rowspan='2'>目標値</th><th rowspan='2'>実績</th></tr>"
        "<tr><th>No.</th><th>指標</th></tr>"
        + "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in corner[2:])
        + "</table>"
    )
    record = html_page(tmp_path, "corner", table).records[0]
    assert [t.period for t in record.targets] == [None]
    assert [a.period.fiscal_year for a in record.actuals] == [2023]
    assert split_label("└─ 観光客数").text == "観光客数"
    assert unit_note("〔単位：％〕") == "%" and unit_note("（単位：下記）") is None
    assert normalize_unit("人＊") == "人" and normalize_unit("円（注1）") == "円"
    assert parse_quantity("算定不可").flags == frozenset({"not_measured"})


def test_phrases_with_a_share_under_a_target_heading_are_said_not_named(tmp_path: Path) -> None:
    """`村人口の1%（約45人）の移住` under `目標（R6）` beside a KPI column: no indicator's name
    (the KPI column names them), and no target read in silence: a warning quotes the cell."""
    rows = [
        ["KPI", "基準値（R元）", "目標（R6）", "実績（R5）"],
        ["移住者数", "31人", "村人口の1%（約45人）の移住", "38人"],
        ["創業件数", "2件", "町全体の2割（約4件）の創業", "4件"],
    ]
    doc = html_page(tmp_path, "shares", html_table(rows))
    records = {r.indicator: r for r in doc.records}
    assert sorted(records) == ["創業件数", "移住者数"]
    moving = records["移住者数"]
    assert not moving.targets
    assert [a.quantity.value for a in moving.actuals] == [38]
    assert any("村人口の1%(約45人)の移住" in w and "not read" in w for w in moving.warnings)


@pytest.mark.parametrize(
    ("cell", "value", "flags"),
    [
        ("年間45万人の来訪", 450000, {"annual"}),
        ("延べ1.2万人の参加", 12000, {"cumulative"}),
        ("年間3件の創業", 3, {"annual"}),
    ],
)
def test_a_level_and_the_act_it_counts_is_a_target(
    tmp_path: Path, cell: str, value: int, flags: set[str]
) -> None:
    """A target cell that names the act its level counts (国頭: `年間45万人の来訪`) reads its
    level, with the 年間 or 延べ before it, under the column's year; a numbered title
    (`1 農林産品の安定生産`) is no such level."""
    rows = [
        ["KPI", "基準値（R元）", "目標（R6）", "実績（R5）"],
        ["指標A", "10", cell, "12"],
    ]
    record = html_page(tmp_path, "acts", html_table(rows)).records[0]
    (target,) = record.targets
    assert (target.quantity.value, set(target.quantity.flags)) == (value, flags)
    assert (target.period.fiscal_year, target.quantity.raw) == (2024, cell)
    assert record.target_statement is None and not record.warnings


def test_a_numbered_title_is_no_level_of_an_act() -> None:
    """`1 農林産品の安定生産` (a program's number and title) counts nothing a counter names."""
    from jpkpi.understanding.cells import level_of_act

    assert level_of_act("1 農林産品の安定生産") is None
    assert level_of_act("年間3件の創業") == "年間3件"


@pytest.mark.parametrize(("cell", "change"), [("50人の減少", (50, "人")), ("20%の削減", (20, "%"))])
def test_a_change_written_with_its_act_is_no_level(
    tmp_path: Path, cell: str, change: tuple[int, str]
) -> None:
    """Review 24: `50人の減少` under `目標（R6）` is how much to move, the target statement's change,
    never a target of 50 (a level written with its act, `年間45万人の来訪`, is one)."""
    rows = [["KPI", "基準値（R元）", "目標（R6）", "実績（R5）"], ["指標A", "400", cell, "380"]]
    (record,) = html_page(tmp_path, "change", html_table(rows)).records
    assert not record.targets
    assert record.target_statement is not None and record.target_statement.change is not None
    assert (record.target_statement.change.value, record.target_statement.change.unit) == change


@pytest.mark.parametrize(
    "name",
    [
        "ごみの排出量を、令和5年度に1人1日当たり850gに削減する。",
        "CO2排出量を、令和5年度までに30%削減する。",
        "農地面積を、令和5年度に50ha拡大する。",
    ],
)
def test_a_kpi_sentence_that_changes_by_an_amount_dates_no_level(tmp_path: Path, name: str) -> None:
    """Review 24: a sentence ending in 削減する or 拡大する after an amount (`30%`, `50ha`) or a
    level per `1人1日当たり` gives no dated target (no 1 人, no unit `%削減す`); the name is split
    off and the sentence kept as the target statement."""
    rows = [["KPI（目標）", "基準値（R2）", "R5実績"], [name, "900", "880"]]
    (record,) = html_page(tmp_path, "sentence", html_table(rows)).records
    assert not record.targets
    assert record.indicator == name.split("を、")[0]
    assert record.target_statement is not None


@pytest.mark.parametrize("name", ["交通：1日平均利用者数", "健康：3歳児健診受診率"])
def test_a_category_before_a_name_that_opens_with_a_number_stays(tmp_path: Path, name: str) -> None:
    """Review 24: `交通：1日平均利用者数` is a category and a name that opens with a number, not a
    name and a level: the name is kept whole, and no warning says a value was left."""
    rows = [["KPI", "基準値（R元）", "R5実績"], [name, "120", "130"]]
    (record,) = html_page(tmp_path, "category", html_table(rows)).records
    assert record.indicator == name.replace("：", ":")
    assert not any("after the name" in w for w in record.warnings)


def test_a_level_in_a_name_cell_keeps_its_own_year(tmp_path: Path) -> None:
    """Review 24: `移住者数：20人（R7）` under `重要業績評価指標（KPI）：令和5年度の目標` is FY2025's
    target, the year the cell prints, not the heading's."""
    rows = [
        ["重要業績評価指標（KPI）：令和5年度の目標", "基準値（R元）", "R5実績"],
        ["移住者数：20人（R7）", "11", "21"],
        ["観光客数：年間6万人", "4.1万人", "4.8万人"],
    ]
    records = {r.indicator: r for r in html_page(tmp_path, "own", html_table(rows)).records}
    assert [(t.period.fiscal_year, t.quantity.value) for t in records["移住者数"].targets] == [
        (2025, 20)
    ]
    assert [(t.period.fiscal_year, t.quantity.value) for t in records["観光客数"].targets] == [
        (2023, 60000)
    ]


@pytest.mark.parametrize("label", ["前年同期比", "増減（直近1年）", "直近1年の増減"])
def test_a_derived_row_under_month_ends_down_the_side_is_no_period(
    tmp_path: Path, label: str
) -> None:
    """Review 24: under 幸田-style rows of era-less month-ends, a row of how much the values moved
    (`前年同期比`, `増減（直近1年）`) is no period's values and does not stop the reading."""
    rows = [
        ["時点", "KPI①", "KPI②"],
        ["", "企業立地件数（件）", "転入者数（人）"],
        ["4年3月末", "12", "100"],
        ["4年9月末", "13", "110"],
        ["5年3月末", "15", "120"],
        [label, "+2", "+10"],
    ]
    doc = html_page(tmp_path, "down", "<p>令和6年5月</p>" + html_table(rows, 2))
    firms = {r.indicator: r for r in doc.records}["企業立地件数"]
    assert [(a.period.year, a.period.month, a.quantity.value) for a in firms.actuals] == [
        (2022, 3, 12),
        (2022, 9, 13),
        (2023, 3, 15),
    ]


def test_review_25_bounds_shares_and_merged_targets(tmp_path: Path) -> None:
    """Review 25: a share's bracketed count in a ％ row is no target of 人; a note that negates
    its bound (`以下とならない`) and a later table's note bound nothing; a KPI sentence beside an
    undated 目標 column adds no second target; a running total's target merged over years is
    read once, said."""
    rows = [
        ["KPI", "単位", "基準値（R元）", "目標（R6）", "実績（R5）"],
        ["特定健診受診率", "％", "40.1", "対象者の60%（約1,200人）の受診", "45.2"],
    ]
    (rate,) = html_page(tmp_path, "share", html_table(rows)).records
    assert all(t.quantity.unit != "人" for t in rate.targets)

    def grid(heading: str) -> str:
        return html_table(
            [["KPI", "基準値（R2）", heading, "実績（R5）"], ["移住者数", "10", "20", "18"]]
        )

    negated = html_page(
        tmp_path,
        "negated",
        grid("目標値（R7）※") + "<p>※目標値は、基準値以下とならないことを目指すものです。</p>",
    )
    assert [t.quantity.flags for t in negated.records[0].targets] == [frozenset()]
    other = html_page(
        tmp_path,
        "other",
        grid("目標値（R7）※")
        + "<p>※目標値は令和7年度の数値です。</p>"
        + html_table([["KPI", "目標値（R7）"], ["観光客数", "100"]])
        + "<p>※目標値は、いずれも記載の数値以上を目指すものです。</p>",
    )
    assert all(not t.quantity.flags for r in other.records for t in r.targets)
    undated = html_page(
        tmp_path,
        "undated",
        html_table(
            [
                ["KPI（目標）", "単位", "基準値（R2）", "目標", "R5実績"],
                [
                    "鮎の販売額を、令和7年度に年間1,200万円とする。",
                    "千円",
                    "8,940",
                    "12,000",
                    "11,380",
                ],
            ]
        ),
    )
    assert len(undated.records[0].targets) == 1
    down = (
        "<p>令和6年5月</p><table><tr><th>年度</th><th colspan=2>KPI① 移住者数（累計）（人）</th></tr>"
        "<tr><th></th><th>目標</th><th>実績</th></tr><tr><td>R2</td><td rowspan=3>40</td>"
        "<td>10</td></tr><tr><td>R3</td><td>22</td></tr><tr><td>R4</td><td>35</td></tr></table>"
    )
    (running,) = html_page(tmp_path, "running", down).records
    assert len(running.targets) == 1
    assert any("running total" in w for w in running.warnings)


def _lists_by_name(doc: jpkpi.Document) -> dict[str, tuple[list[tuple], list[tuple]]]:
    def pairs(obs: list) -> list[tuple]:
        return [(o.quantity.value, o.period.fiscal_year if o.period else None) for o in obs]

    return {r.indicator: (pairs(r.targets), pairs(r.actuals)) for r in doc.records}


def test_review_26_an_outer_comparison_heading_keeps_the_lists_under_it(tmp_path: Path) -> None:
    """`目標と実績の比較（令和5年度）` over `目標値 | 実績値 | 差`: only a column's own heading says
    it is worked out; the year's target and actual under it stay read."""
    body = (
        "<table><tr><th rowspan=2>指標</th><th rowspan=2>単位</th><th rowspan=2>基準値（R元）</th>"
        "<th colspan=3>目標と実績の比較（令和5年度）</th><th rowspan=2>目標値（R7）</th></tr>"
        "<tr><th>目標値</th><th>実績値</th><th>差</th></tr>"
        "<tr><td>観光入込客数</td><td>人</td><td>1,000</td><td>1,200</td><td>1,150</td>"
        "<td>-50</td><td>1,500</td></tr>"
        "<tr><td>移住者数</td><td>人</td><td>10</td><td>15</td><td>18</td><td>3</td><td>20</td></tr>"
        "</table>"
    )
    seen = _lists_by_name(html_page(tmp_path, "outer_compare", body))
    targets, actuals = seen["観光入込客数"]
    assert targets == [(1200, 2023), (1500, 2025)]
    assert (1150, 2023) in actuals


def test_review_26_a_group_heading_with_a_staff_word_keeps_its_indicators(tmp_path: Path) -> None:
    """A 行政改革 plan's `職員の資質向上` merged down `研修受講者数 | 資格取得者数` holds indicators:
    only a staff word alone (`執行体制`) groups the program's staff."""
    from jpkpi.understanding.cells import staff_group

    body = (
        "<table><tr><th>取組項目</th><th>指標</th><th>単位</th><th>基準値</th><th>R5実績</th>"
        "<th>目標値（R7）</th></tr>"
        "<tr><td rowspan=2>職員の資質向上</td><td>研修受講者数</td><td>人</td><td>120</td>"
        "<td>150</td><td>200</td></tr>"
        "<tr><td>資格取得者数</td><td>人</td><td>5</td><td>8</td><td>10</td></tr></table>"
    )
    seen = _lists_by_name(html_page(tmp_path, "staff_words", body))
    assert seen["研修受講者数"] == ([(200, 2025)], [(150, 2023)])
    assert "資格取得者数" in seen
    assert [staff_group(t) for t in ("執行体制", "職員の資質向上", "職員研修", "人員配置")] == [
        True,
        False,
        False,
        False,
    ]


def test_review_26_pairs_under_dotted_and_slashed_headings(tmp_path: Path) -> None:
    """A dot between words of a name before the lists' slash (`観光・交流 目標／実績`) still makes
    pairs; under `目標値・実績値` an unlabelled `12（5）` is no pair, while labelled halves are
    (also bracketed, `（目）20（実）18`)."""
    rows = [
        ["指標", "単位", "基準値", "観光・交流 目標／実績"],
        ["観光客数", "人", "900", "1,000／640"],
        ["宿泊者数", "人", "400", "500／450"],
    ]
    seen = _lists_by_name(html_page(tmp_path, "dot_slash", html_table(rows)))
    assert seen["観光客数"] == ([(1000, None)], [(640, None)])
    body = (
        "<table><tr><th rowspan=2>指標</th><th rowspan=2>単位</th><th colspan=2>目標値・実績値</th>"
        "</tr><tr><th>令和3年度</th><th>令和4年度</th></tr>"
        "<tr><td>観光客数</td><td>人</td><td>目 1,000<br>実 640</td><td>目 1,100<br>実 1,135</td></tr>"
        "<tr><td>移住者数</td><td>人</td><td>（目）20（実）18</td><td>目 22<br>実 25</td></tr>"
        "<tr><td>宿泊者数</td><td>人</td><td>12（5）</td><td>30（8）</td></tr></table>"
    )
    doc = html_page(tmp_path, "dotted_mixed", body)
    seen = _lists_by_name(doc)
    assert seen["移住者数"] == ([(20, 2021), (22, 2022)], [(18, 2021), (25, 2022)])
    assert (5, 2021) not in seen.get("宿泊者数", ([], []))[1]
    stays = next(r for r in doc.records if r.indicator == "宿泊者数")
    assert any("12(5)" in w for w in stays.warnings)


def test_review_26_dotted_dates_and_months_counted_so_far() -> None:
    """`n.m.d` is an era-less day only as the whole text or a bracket after words (扶桑:
    `基準値（元.10.1）`), never an outline number (`2.1.1 移住`, `施策 2.3.1`, `(1.2.3)`) or a day
    past 31; `（4月～9月末）`, `（4月1日～9月30日）`, `（4/1～9/30）` date at September as `（4～9月）`."""
    from jpkpi.primitives.period import find_eraless_period, find_period

    assert find_eraless_period("基準値（元.10.1）", "令和") is not None
    for text in ("2.1.1 移住", "施策 2.3.1", "(1.2.3)", "3.10.45"):
        assert find_eraless_period(text, "令和") is None
    for text in ("R5実績（4月～9月末）", "R5年度（4月1日～9月30日）", "R5実績（4/1～9/30）"):
        found = find_period(text)
        assert found is not None and (found.fiscal_year, found.year, found.month) == (2023, 2023, 9)


def test_ordinal_year_headings_take_the_forms_plan_period(tmp_path: Path) -> None:
    """`実績値 › 1年目 | 2年目 | 3年目`, `目標値 › 5年目` under a form whose `計画期間` is
    `令和2年度～令和6年度` (設楽's shape, corpora/forms267): FY2020 … FY2022 and FY2024."""
    fields = html_table([["計画期間", "令和2年度～令和6年度"], ["担当課", "企画課"]], head=0)
    grid = (
        "<table><tr><th rowspan=2>指標</th><th rowspan=2>単位</th><th colspan=3>実績値</th>"
        "<th>目標値</th></tr><tr><th>1年目</th><th>2年目</th><th>3年目</th><th>5年目</th></tr>"
        "<tr><td>移住世帯数</td><td>世帯</td><td>7</td><td>9</td><td>8</td><td>12</td></tr></table>"
    )
    record = html_page(tmp_path, "nth_year", fields + grid).records[0]
    assert [(a.period.fiscal_year, a.quantity.value) for a in record.actuals] == [
        (2020, 7),
        (2021, 9),
        (2022, 8),
    ]
    assert [(t.period.fiscal_year, t.quantity.value) for t in record.targets] == [(2024, 12)]


def test_review_27_inputs_blocks_dated_names_kana_units_and_levels(tmp_path: Path) -> None:
    """Review 27: a block of measured money (`産業振興` over `農業産出額 | 製造品出荷額`) stays
    indicators; a names' heading dates targets only by a target's year (`（基準年度：令和元年度）`
    dates none); `（か月）` and `（円/人あたり）` are units; `9万8千人（令和元年度）から12万人（令和6年度）`
    reads the whole 98,000; `3月31日` in a basis column is March."""
    from jpkpi.primitives.target import change_levels
    from jpkpi.understanding.layouts import unit_in_name
    from jpkpi.understanding.year_basis import basis_of

    body = (
        "<table><tr><th>区分</th><th>指標</th><th>単位</th><th>基準値</th><th>目標値（R8）</th></tr>"
        "<tr><td rowspan=2>産業振興</td><td>農業産出額</td><td>百万円</td><td>5,000</td>"
        "<td>5,500</td></tr><tr><td>製造品出荷額</td><td>百万円</td><td>9,000</td><td>9,500</td>"
        "</tr></table>"
    )
    named = {r.indicator for r in html_page(tmp_path, "measured_money", body).records}
    assert {"農業産出額", "製造品出荷額"} <= named
    rows = [
        ["成果指標と目標（基準年度：令和元年度）", "令和3年度 実績"],
        ["スキー場の入込客数を年間5万人に増やす", "4.1万人"],
    ]
    record = html_page(tmp_path, "dated_heading", html_table(rows)).records[0]
    assert not record.targets
    assert unit_in_name("平均待機期間（か月）") == ("平均待機期間", "か月")
    assert unit_in_name("一人あたり医療費（円/人あたり）") == ("一人あたり医療費", "円/人あたり")
    assert change_levels("9万8千人（令和元年度）から12万人（令和6年度）に増やします") == (
        ("9万8千人", "令和元年度"),
        ("12万人", "令和6年度"),
    )
    assert basis_of("3月31日") == "month:3"


def _noted_table(tmp_path: Path, name: str, mark: str, note: str) -> jpkpi.Document:
    """二宮's shape: bare Western years under 基準値 | 実績値 | 目標値, the 2022 actual's heading
    pointing to a numbered note printed in one paragraph with another."""
    table = (
        "<table><tr><th rowspan='2'>指標</th><th rowspan='2'>単位</th><th>基準値</th>"
        "<th colspan='3'>実績値</th><th colspan='2'>目標値</th></tr>"
        f"<tr><th>2019</th><th>2020</th><th>2021</th><th>2022{mark}2</th><th>2022</th>"
        "<th>2024</th></tr>"
        "<tr><td>出生数</td><td>人</td><td>80</td><td>82</td><td>79</td><td>77</td><td>85</td>"
        "<td>90</td></tr></table>"
        f"<p>{mark}1　出生数の基準値は2019年の値です。<br>{mark}2　{note}</p>"
    )
    return html_page(tmp_path, name, table)


def test_a_note_calls_only_the_actuals_it_names_forecasts(tmp_path: Path) -> None:
    """Review 30: a note under 2022※2 that calls the 2022 actuals forecasts flags them, with a
    warning; one that calls the targets forecasts flags no actual; 注 marks read as ※ do."""
    said = "2022年度の実績値は、令和4年8月末時点の見込値です。"
    for name, mark in (("kome", "※"), ("chu", "注")):
        (record,) = _noted_table(tmp_path, name, mark, said).records
        assert [(a.period.fiscal_year, "estimate" in a.quantity.flags) for a in record.actuals] == [
            (2020, False),
            (2021, False),
            (2022, True),
        ]
        assert any("forecasts" in w for w in record.warnings)
    targets = "2022年度の目標値は、人口推計の見込値です。"
    (record,) = _noted_table(tmp_path, "targets", "※", targets).records
    assert not any("estimate" in a.quantity.flags for a in record.actuals)


def test_a_level_merged_across_two_dates_of_a_year_keeps_the_first(tmp_path: Path) -> None:
    """Review 30: 42 merged across 実績 › R6.9末 | R7.3末 is a level at two dates of FY2024, no
    year's parts and its whole: it keeps September 2024, as before 浜頓別's rule."""
    table = (
        "<table><tr><th rowspan='2'>指標</th><th rowspan='2'>単位</th><th colspan='2'>実績</th>"
        "<th rowspan='2'>目標値（R7）</th></tr><tr><th>R6.9末</th><th>R7.3末</th></tr>"
        "<tr><td>登録団体数</td><td>団体</td><td colspan='2'>42</td><td>50</td></tr></table>"
    )
    (record,) = html_page(tmp_path, "snapshots", table).records
    first = record.actuals[0]
    assert (first.quantity.value, first.period.year, first.period.month) == (42, 2024, 9)


# --- review 31 ------------------------------------------------------------------------------------


def _grid(rows: list[list[str]]) -> str:
    """A <table> of <td> cells; a cell given as ``<td …>`` keeps its own attributes."""
    return (
        "<table>"
        + "".join(
            "<tr>" + "".join(c if c.startswith("<t") else f"<td>{c}</td>" for c in row) + "</tr>"
            for row in rows
        )
        + "</table>"
    )


def test_bare_years_may_start_again_where_a_new_group_starts(tmp_path: Path) -> None:
    """`基準値 | 目標値 | 実績値` over `元 | 5 | 8 | 3 | 4 | 5` under `令和（年度）`: the years rise
    within each group and start again with the actuals; the row heads the columns."""
    rows = [
        ["<td rowspan=3>指標名</td>", "<td rowspan=3>単位</td>", "<td colspan=6>令和（年度）</td>"],
        ["基準値", "<td colspan=2>目標値</td>", "<td colspan=3>実績値</td>"],
        ["元", "5", "8", "3", "4", "5"],
        ["転入者数", "人", "10", "14", "15", "11", "12", "13"],
    ]
    doc = html_page(tmp_path, "grouped", _grid(rows))
    (record,) = doc.records
    assert record.baseline is not None and record.baseline.period.fiscal_year == 2019
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [
        (14, 2023),
        (15, 2026),
    ]
    assert [a.period.fiscal_year for a in record.actuals] == [2021, 2022, 2023]


def test_a_current_value_row_down_the_side_is_not_dropped_in_silence(tmp_path: Path) -> None:
    """Only a targets' row dates its own cells under years down the side (浦臼's 目標値): a
    `現状値 | 38,000（R元）` row is no second baseline to drop without a word."""
    rows = [
        ["年度", "KPI①観光入込客数（人）", "KPI②移住者数（人）"],
        ["H26（基準）", "32,400", "3"],
        ["H27", "33,000", "4"],
        ["H28", "35,100", "5"],
        ["現状値", "38,000（R元）", "7（R元）"],
    ]
    doc = html_page(tmp_path, "current_row", _grid(rows))
    read = [v.quantity.value for r in doc.records for v in [*r.actuals, *r.targets]]
    assert 38000 in read or all(r.warnings for r in doc.records)


def test_an_interim_target_year_over_the_table_dates_no_final_target(tmp_path: Path) -> None:
    """`（中間目標年度：令和5年度）` over 中間目標値 | 最終目標値 leaves the final target undated;
    `（達成年度：令和8年度）` dates the targets as 目標年度 does."""
    grid = _grid(
        [
            ["指標", "単位", "基準値（R元）", "実績値（R4）", "目標値"],
            ["移住者数", "人", "10", "15", "20"],
        ]
    )
    interim = html_page(
        tmp_path, "interim", f"<h2>（1）移住の促進（中間目標年度：令和5年度）</h2>{grid}"
    )
    assert [t.period for t in interim.records[0].targets] == [None]
    due = html_page(tmp_path, "due", f"<h2>（1）移住の促進（達成年度：令和8年度）</h2>{grid}")
    assert [t.period.fiscal_year for t in due.records[0].targets] == [2026]


def test_a_grant_count_marked_in_brackets_stays_an_indicator(tmp_path: Path) -> None:
    """`企業誘致補助件数【補助金】 | 件`: a count of grants, no row of the program's money (that
    needs a money unit beside it, 千円, as 境's 【事業費】 rows print)."""
    rows = [
        ["No.", "指標名", "単位", "基準値（R元）", "目標値（R6）", "実績値（R5）"],
        ["1", "企業誘致補助件数【補助金】", "件", "1", "3", "2"],
        ["2", "創業者数", "人", "4", "8", "6"],
    ]
    doc = html_page(tmp_path, "grant_count", _grid(rows))
    assert [r.indicator for r in doc.records][1:] == ["創業者数"]
    assert len(doc.records) == 2


def test_a_departments_extension_without_brackets_is_no_part_of_its_name(tmp_path: Path) -> None:
    """`農政課 内線242` and `商工観光課（☎0280-81-1309）` in a 担当課 column: 農政課, 商工観光課."""
    rows = [
        ["指標名", "単位", "基準値（R元）", "目標値（R6）", "担当課"],
        ["新規就農者数", "人", "2", "5", "農政課 内線242"],
        ["観光入込客数", "人", "1,200", "1,500", "商工観光課（☎0280-81-1309）"],
    ]
    doc = html_page(tmp_path, "extension", _grid(rows))
    assert [r.department for r in doc.records] == ["農政課", "商工観光課"]


# --- review 32 -------------------------------------------------------------------------------


def _one(doc: jpkpi.Document) -> KpiRecord:
    assert len(doc.records) == 1, [r.indicator for r in doc.records]
    return doc.records[0]


def test_review32_a_note_about_another_row_or_turning_calendar_years_into_fiscal_ones(
    tmp_path: Path,
) -> None:
    """A name's ※ mark counts its row in calendar years only where the note names the row and
    leaves its figures in calendar years."""
    head = ["指標", "単位", "R3", "R4", "R5"]
    other = html_page(
        tmp_path,
        "other",
        html_table([head, ["転入者数※2", "人", "10", "11", "12"]])
        + "<p>※2 転入者数は住民基本台帳によります（観光入込客数は暦年で集計）。</p>",
    )
    regrouped = html_page(
        tmp_path,
        "regrouped",
        html_table([head, ["観光入込客数※1", "人", "10", "11", "12"]])
        + "<p>※1 観光入込客数は、県の統計が暦年の数値のため、年度に組み替えて集計しています。</p>",
    )
    for doc in (other, regrouped):
        assert [(a.period.fiscal_year, a.period.year) for a in _one(doc).actuals] == [
            (2021, None),
            (2022, None),
            (2023, None),
        ]


@pytest.mark.parametrize(
    ("note", "above"),
    [
        ("※目標値は、基準年度（平成30年度）の1.2倍としています。", False),
        ("※目標値は、前年度（令和5年度）の実績を上回ることとしています。", True),
    ],
)
def test_review32_a_year_a_statement_counts_from_dates_no_column(
    tmp_path: Path, note: str, above: bool
) -> None:
    """`目標値は、基準年度（平成30年度）の1.2倍`: the bracket is the year the target counts from,
    not the target's year, under the grid or over it."""
    table = html_table([["指標", "基準値（R元）", "目標値"], ["転入者数", "100", "120"]])
    body = f"<p>{note}</p>{table}" if above else f"{table}<p>{note}</p>"
    record = _one(html_page(tmp_path, "counts", body))
    assert [t.period for t in record.targets] == [None]


def test_review32_a_numbered_note_excepting_a_row_dates_that_row_otherwise(
    tmp_path: Path,
) -> None:
    """`現状値※1`, `※1 現状値は令和元年度の値です。ただし、No.2は平成30年度の値です。`: row 1's
    baseline FY2019, row 2's FY2018."""
    doc = html_page(
        tmp_path,
        "except",
        html_table(
            [
                ["No.", "指標", "現状値※1", "R5実績", "目標値（R7）"],
                ["1", "転入者数", "100", "110", "120"],
                ["2", "観光客数", "200", "210", "220"],
            ]
        )
        + "<p>※1 現状値は令和元年度の値です。ただし、No.2は平成30年度の値です。</p>",
    )
    assert [
        r.baseline.period.fiscal_year for r in doc.records if r.baseline and r.baseline.period
    ] == [
        2019,
        2018,
    ]


def test_review32_a_note_under_the_table_above_dates_nothing_of_the_next(
    tmp_path: Path,
) -> None:
    """A ※ line right over a grid that follows another table's grid is that table's note."""
    first = html_table([["指標", "基準値", "R5実績"], ["転入者数", "100", "110"]])
    second = html_table([["指標", "基準値", "R5実績"], ["観光客数", "200", "210"]])
    doc = html_page(tmp_path, "two", f"{first}<p>※基準値は、平成30年度の値です。</p>{second}")
    tourists = next(r for r in doc.records if r.indicator == "観光客数")
    assert tourists.baseline is not None and tourists.baseline.period is None


@pytest.mark.parametrize(
    ("heading", "fiscal_year"),
    [("目標値（R6→R7）", 2025), ("目標値（R7→R6）", 2025)],
)
def test_review32_an_arrow_moves_a_year_forward_only_and_says_so(
    tmp_path: Path, heading: str, fiscal_year: int
) -> None:
    record = _one(
        html_page(
            tmp_path,
            "arrow",
            html_table([["指標", "基準値（R元）", heading], ["転入者数", "100", "120"]]),
        )
    )
    assert [t.period.fiscal_year for t in record.targets if t.period] == [fiscal_year]
    side = "after" if heading == "目標値（R6→R7）" else "before"
    assert any(f"{side} the arrow" in w for w in record.warnings)


def test_review32_a_remark_after_a_rows_number_is_no_unit(tmp_path: Path) -> None:
    """`※単位：人。②：速報値`: row ② is in 人, its figure a 速報."""
    doc = html_page(
        tmp_path,
        "remark",
        html_table([["指標", "R4", "R5"], ["①転入者数", "10", "11"], ["②転出者数", "12", "13"]])
        + "<p>※単位：人。②：速報値</p>",
    )
    assert [r.unit for r in doc.records] == ["人", "人"]


def test_review32_a_value_marked_as_a_forecast_by_a_note_is_an_estimate(tmp_path: Path) -> None:
    record = _one(
        html_page(
            tmp_path,
            "marked",
            html_table([["指標", "基準値（R元）", "R5実績"], ["転入者数", "100", "1,200※"]])
            + "<p>※印の数値は、令和5年度の見込値です。</p>",
        )
    )
    assert [(a.period.fiscal_year, "estimate" in a.quantity.flags) for a in record.actuals] == [
        (2023, True)
    ]


@pytest.mark.parametrize(
    "note",
    [
        "※1 R6実績は、令和7年3月末時点で集計中のため、令和6年9月末の数値です。",
        "※1 R6実績のうち、移住者数は令和6年12月末現在の数値です。",
    ],
)
def test_review32_a_count_day_is_read_only_from_the_headings_own_statement(
    tmp_path: Path, note: str
) -> None:
    record = _one(
        html_page(
            tmp_path,
            "counted",
            html_table([["指標", "R5実績", "R6実績※1"], ["転入者数", "10", "11"]])
            + f"<p>{note}</p>",
        )
    )
    assert [(a.period.fiscal_year, a.period.month) for a in record.actuals] == [
        (2023, None),
        (2024, None),
    ]


def test_review32_a_bare_four_digit_bracket_before_a_value_is_no_year() -> None:
    from jpkpi.understanding.cells import value_and_period

    assert value_and_period("（2019）45.2%") is None
    led = value_and_period("（2019年度）45.2%")
    assert led is not None and led[1].fiscal_year == 2019


def test_a_table_whose_rows_repeat_a_list_word_is_long_only_with_a_year_and_a_value_column(
    tmp_path: Path,
) -> None:
    """A wide table with a 区分 column (目標 / 実績 rows under years) is no long table: each of
    its rows holds several values, and no column holds one year a row."""
    doc = html_page(
        tmp_path,
        "wide",
        html_table(
            [
                ["指標", "区分", "R4", "R5"],
                ["転入者数", "目標", "100", "110"],
                ["転入者数", "実績", "95", "112"],
                ["観光客数", "目標", "200", "210"],
                ["観光客数", "実績", "190", "215"],
            ]
        ),
    )
    movers = next(r for r in doc.records if r.indicator == "転入者数")
    assert [(t.period.fiscal_year, t.quantity.value) for t in movers.targets] == [
        (2022, 100),
        (2023, 110),
    ]
    from jpkpi.understanding.long_format import pivoted
    from jpkpi.understanding.vocabulary import current_vocabulary

    assert pivoted(doc.tables[0], current_vocabulary()) is None


# --- review 33 -------------------------------------------------------------------------------


def _long_csv(tmp_path: Path, name: str, lines: list[str], year: str = "年度") -> jpkpi.Document:
    path = tmp_path / f"{name}.csv"
    head = f"No,成果指標,単位,{year},区分,値,備考"
    path.write_text("\n".join([head, *lines]) + "\n", encoding="utf-8")
    return jpkpi.parse(path)


_LONG = [
    "1,認定農業者数,人,2021,基準値,182,",
    "1,認定農業者数,人,2022,実績値,179,",
    "1,認定農業者数,人,2023,実績見込,185,",
    "1,認定農業者数,人,2027,目標値,195,",
    "2,森林整備面積,ha,2021,基準値,46.2,",
    "2,森林整備面積,ha,2022,実績値,51.0,",
    "2,森林整備面積,ha,2023,実績見込,48.7,",
    "2,森林整備面積,ha,2027,目標値,60.0,",
]


def test_review33_a_long_tables_forecast_word_flags_its_values(tmp_path: Path) -> None:
    """`実績見込` in 区分: the FY2023 actuals are estimates, as under a 実績見込 heading."""
    doc = _long_csv(tmp_path, "forecast", _LONG)
    farmers = next(r for r in doc.records if r.indicator == "認定農業者数")
    assert [
        (a.period.fiscal_year, a.quantity.value, "estimate" in a.quantity.flags)
        for a in farmers.actuals
    ] == [
        (2022, 179, False),
        (2023, 185, True),
    ]


@pytest.mark.parametrize(
    ("remark", "year"),
    [("見込値", "年度"), ("暦年（1～12月）の値", "年度"), ("", "年度末")],
)
def test_review33_a_long_table_is_not_pivoted_where_a_line_or_its_year_says_more(
    tmp_path: Path, remark: str, year: str
) -> None:
    """A remark that qualifies its line's value, or a year heading that says more than years,
    has no place in a wide table: the table is not pivoted."""
    from jpkpi.tables.model import Table
    from jpkpi.understanding.long_format import pivoted
    from jpkpi.understanding.vocabulary import current_vocabulary

    lines = [line.replace("実績見込", "実績値") for line in _LONG]
    lines[5] = lines[5] + remark
    doc = _long_csv(tmp_path, "remark", lines, year)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert pivoted(table, current_vocabulary()) is None


def test_review33_short_names_under_a_merged_heading_are_no_units(tmp_path: Path) -> None:
    """`成果指標` merged over No. and names 人口 | 出生数 | 転入者 | 世帯: names, not units."""
    table = (
        "<table><tr><th colspan='2'>成果指標</th><th>基準値(R1)</th><th>目標値(R7)</th></tr>"
        + "".join(
            f"<tr><td>{i}</td><td>{name}</td><td>{v}</td><td>{t}</td></tr>"
            for i, (name, v, t) in enumerate(
                [("人口", "30,000", "29,000"), ("出生数", "200", "210"), ("転入者", "900", "950"),
                 ("世帯", "12,000", "12,100")],
                start=1,
            )
        )
        + "</table>"
    )  # fmt: skip
    doc = html_page(tmp_path, "names", table)
    assert [(r.indicator, r.baseline.quantity.value) for r in doc.records if r.baseline] == [
        ("人口", 30000),
        ("出生数", 200),
        ("転入者", 900),
        ("世帯", 12000),
    ]


def test_review33_a_multiple_of_a_years_value_dates_nothing(tmp_path: Path) -> None:
    table = html_table([["指標", "基準値（R元）", "目標値"], ["転入者数", "100", "120"]])
    record = _one(
        html_page(
            tmp_path, "times", table + "<p>※目標値は、基準年度（平成30年度）の1.2倍の値です。</p>"
        )
    )
    assert [t.period for t in record.targets] == [None]


def test_two_sheets_of_the_same_names_and_lists_stay_two_tables(tmp_path: Path) -> None:
    """Two sheets listing the same indicators with actuals of the same years (one sheet a
    year's report, the other a later one) are two tables, not one split over sheets."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    first.title = "R5"
    second = wb.create_sheet("R6")
    for ws, values in ((first, (10, 20)), (second, (11, 21))):
        ws.append(["No.", "成果指標", "単位", "R5実績"])
        ws.append([1, "転入者数", "人", values[0]])
        ws.append([2, "観光客数", "人", values[1]])
    path = tmp_path / "two_sheets.xlsx"
    wb.save(path)
    doc = jpkpi.parse(path)
    assert len(doc.records) == 4
    assert not any("two sheets" in w for r in doc.records for w in r.warnings)


# --- review 36 ------------------------------------------------------------------------------

_R36_HEADER = ["指標", "基準値（R2）", "R4実績", "R5実績", "目標値（R6）", "備考"]


def _r36(tmp_path: Path, rows: list[list[str]], notes: list[str] = (), lead: str = "") -> list:
    body = lead + html_table([_R36_HEADER, *rows]) + "".join(f"<p>{n}</p>" for n in notes)
    return list(html_page(tmp_path, "r36", body).records)


def test_a_plans_last_year_end_keeps_its_day(tmp_path: Path) -> None:
    """Review 36 #1: under `計画期間 令和3年4月1日～令和8年3月31日`, `目標値（最終年度末）` names the
    plan's last day (FY2025, March 2026), while `最終年度` names the fiscal year alone."""
    form = html_table(
        [["計画の名称", "第2期総合戦略"], ["計画期間", "令和3年4月1日～令和8年3月31日"]], head=0
    )
    header = ["指標", "基準値（R2）", "R4実績", "目標値（最終年度末）", "目標値（最終年度）"]
    body = form + html_table([header, ["移住者数", "100人", "120人", "150人", "160人"]])
    (record,) = html_page(tmp_path, "r36_end", body).records
    assert [(t.period.fiscal_year, t.period.year, t.period.month) for t in record.targets] == [
        (2025, 2026, 3),
        (2025, None, None),
    ]


def test_a_number_left_out_for_a_statement_is_said_unread(tmp_path: Path) -> None:
    """Review 36 #2: `移住者数 | 120人 | 130人 | 140人 | 10%増 | 150人` under four value headings:
    whichever of 10%増 and 150人 the row keeps, the other is named in a warning."""
    header = _R36_HEADER[:-1]
    body = html_table([header, ["移住者数", "120人", "130人", "140人", "10%増", "150人"]])
    (record,) = html_page(tmp_path, "r36_extra", body).records
    assert any("'150人'" in w and "not read" in w for w in record.warnings)


def test_notes_about_another_years_figure_redate_nothing(tmp_path: Path) -> None:
    """Review 36 #3: `※は、令和6年度の実績値が判明次第記載します` (a value to come, the cell a bare
    ※) and a remark `*は2022年度の数値を基に推計した値` (estimated from that year's figure) leave the
    R5 column's FY2023; `*は2023年（1月～12月）の速報値` re-dates its value to calendar 2023."""
    (waiting,) = _r36(
        tmp_path,
        [["移住者数", "120", "130", "※", "150", ""]],
        ["※は、令和6年度の実績値が判明次第記載します。"],
    )
    assert waiting.actuals[-1].period.fiscal_year == 2023
    (estimated,) = _r36(
        tmp_path, [["移住者数", "120", "130", "1,200*", "150", "*は2022年度の数値を基に推計した値"]]
    )
    assert estimated.actuals[-1].period.fiscal_year == 2023
    (calendar,) = _r36(
        tmp_path, [["移住者数", "120", "130", "1,200*", "150", "*は2023年（1月～12月）の速報値"]]
    )
    last = calendar.actuals[-1].period
    assert (last.fiscal_year, last.year) == (None, 2023)


def test_a_previous_year_end_compared_with_redates_nothing(tmp_path: Path) -> None:
    """Review 36 #4: `※1 認定農業者数は、前年度末時点と比較して増加しています。` compares; it does
    not date each column at the year before's end."""
    (farmers,) = _r36(
        tmp_path,
        [["認定農業者数※1", "58", "61", "63", "70", ""]],
        ["※1 認定農業者数は、前年度末時点と比較して増加しています。"],
    )
    assert [a.period.fiscal_year for a in farmers.actuals] == [2022, 2023]
    assert farmers.actuals[0].period.month is None


def test_a_rule_across_turned_text_strikes_nothing() -> None:
    """Review 36 #6: a page-horizontal rule across a glyph of text turned down the page crosses
    its reading direction (a column's rule in a turned table): no strike."""
    from jpkpi.sources.pdf import Char, Segment
    from jpkpi.tables.strikes import struck_chars

    glyph = Char("客", 101, 64.5, 110, 73.5, 9, turn=3)
    assert struck_chars([glyph], [Segment(100, 69, 112, 69)]) == frozenset()


# --- review 37 ------------------------------------------------------------------------------


def test_values_that_look_like_years_under_headings_that_name_a_year(tmp_path: Path) -> None:
    """Review 37 #1: `中間年度（R4）`, `最終年度（R7）`, a bare `最終年度` and `令和元年度` name a year of
    their own; 1950, 2030 and 2015 under them are values (counts), not each row's year."""
    header = ["指標名", "単位", "現状値（R2）", "中間年度（R4）", "最終年度（R7）"]
    body = html_table([header, ["図書館利用者数", "人", "1890", "1950", "2030"]])
    (library,) = html_page(tmp_path, "r37_1a", body).records
    assert [(a.period.fiscal_year, a.quantity.value) for a in library.actuals] == [
        (2022, 1950),
        (2025, 2030),
    ]
    body = html_table(
        [
            ["指標名", "単位", "令和元年度", "令和5年度", "目標値（R7）"],
            ["図書館利用者数", "人", "2015", "2080", "2300"],
        ]
    )
    (library,) = html_page(tmp_path, "r37_1c", body).records
    assert [(a.period.fiscal_year, a.quantity.value) for a in library.actuals] == [
        (2019, 2015),
        (2023, 2080),
    ]


def test_a_first_row_of_values_that_rise_like_years_is_no_header(tmp_path: Path) -> None:
    """Review 37 #2: `登録団体会員数 | 人 | 2010 | 2012 | 2015 | 2020` under `実績 … | 目標` is a row
    of values (its unit cell says so): three records, none dated by its numbers."""
    header = ["指標", "単位", "実績", "実績", "実績", "目標"]
    rows = [
        ["登録団体会員数", "人", "2010", "2012", "2015", "2020"],
        ["移住者数", "人", "100", "120", "130", "150"],
        ["空き家バンク登録件数", "件", "10", "11", "12", "15"],
    ]
    records = html_page(tmp_path, "r37_2", html_table([header, *rows])).records
    assert [r.indicator for r in records] == ["登録団体会員数", "移住者数", "空き家バンク登録件数"]
    assert all(a.period is None for r in records for a in r.actuals)


def test_row_codes_that_are_the_only_names_stay_names(tmp_path: Path) -> None:
    """Review 37 #7: `指標ID | 単位 | R5実績 | 目標値（R7）` over `LP2-01 | 人 | …`: no column of names
    stands beside the codes, so the codes name the records (before, nothing was read)."""
    header = ["指標ID", "単位", "R5実績", "目標値（R7）"]
    rows = [["LP2-01", "人", "100", "120"], ["LP2-02", "件", "10", "12"]]
    records = html_page(tmp_path, "r37_7", html_table([header, *rows])).records
    assert [r.indicator for r in records] == ["LP2-01", "LP2-02"]


def test_a_note_of_the_next_years_day_claims_nothing_it_did_not_do(tmp_path: Path) -> None:
    """Review 37 #8: calendar-year headings (`2022年`) with `※1 総人口は、各年の欄とも翌年1月1日現在`:
    the years stay as printed, and no warning claims they were re-dated."""
    header = ["指標", "単位", "2021年", "2022年", "目標値（2025年）"]
    body = html_table([header, ["総人口※1", "人", "2,452", "2,398", "2,300"]])
    body += "<p>※1 総人口は、各年の欄とも翌年1月1日現在の住民基本台帳人口です。</p>"
    (people,) = html_page(tmp_path, "r37_8", body).records
    assert not any("dated at that day" in w for w in people.warnings)


# --- review 38 ------------------------------------------------------------------------------


def _year_blocks(remark: str) -> str:
    """Two blocks of one indicator each over one row a year, the last year's remark given."""
    rows = "<tr><th>年度</th><th>目標値</th><th>実績値</th><th>備考</th></tr>"
    for name in ("KPI 1-1 転入者数（単位：人）", "KPI 1-2 転出者数（単位：人）"):
        rows += f'<tr><th colspan="4">{name}</th></tr>'
        rows += "<tr><td>令和2年度</td><td>1,420</td><td>1,388</td><td></td></tr>"
        rows += f"<tr><td>令和3年度</td><td>1,440</td><td>1,451</td><td>{remark}</td></tr>"
    return f"<table>{rows}</table>"


@pytest.mark.parametrize("remark", ["実績値は見込値です", "速報値", "令和4年度の値"])
def test_year_blocks_whose_remark_qualifies_a_value_are_not_laid_out(
    tmp_path: Path, remark: str
) -> None:
    """Review 38 #1: a block's remark that calls its value a forecast or a first figure, or dates it
    another year, leaves the blocks as printed: no record gives 1,451 as a plain FY2021 actual
    without a word (the widened table had no place for the remark)."""
    doc = html_page(tmp_path, "r38_1", _year_blocks(remark))
    for r in doc.records:
        for a in r.actuals:
            plain = a.quantity.value == 1451 and not a.quantity.flags
            assert not (plain and a.period is not None and a.period.fiscal_year == 2021) or (
                r.warnings
            )
    assert html_page(tmp_path, "r38_1_plain", _year_blocks("")).records[0].label == "KPI 1-1"


def _year_end_note(note: str, tmp_path: Path, name: str) -> dict[str, KpiRecord]:
    header = ["No.", "指標", "単位", "基準値(R2)", "R3", "R4", "目標値(R7)"]
    rows = [
        ["1", "酪農家戸数", "戸", "68", "61", "58", "55"],
        ["2", "観光入込客数", "千人", "112", "81", "96", "110"],
        ["3", "移住者数", "人", "20", "22", "25", "30"],
    ]
    body = html_table([header, *rows]) + f"<p>{note}</p>"
    return {r.indicator: r for r in html_page(tmp_path, name, body).records}


def test_a_year_end_note_sets_apart_a_row_by_its_number(tmp_path: Path) -> None:
    """Review 38 #2: `※数値は各年度末現在のものです。ただし、No.2は各年度（4月～翌年3月）の合計です。`:
    rows 1 and 3 stand at March after each year, with a warning quoting the note; row 2 (a
    year's total) keeps its plain fiscal years."""
    named = _year_end_note(
        "※数値は各年度末現在のものです。ただし、No.2は各年度（4月～翌年3月）の合計です。",
        tmp_path,
        "r38_2a",
    )
    dairy, visitors = named["酪農家戸数"], named["観光入込客数"]
    assert [(a.period.fiscal_year, a.period.month) for a in dairy.actuals] == [(2021, 3), (2022, 3)]
    assert any("each year's end" in w for w in dairy.warnings)
    assert [(a.period.fiscal_year, a.period.month) for a in visitors.actuals] == [
        (2021, None),
        (2022, None),
    ]


def test_a_year_end_note_whose_exception_names_no_row_dates_nothing(tmp_path: Path) -> None:
    """Review 38 #2: `ただし、観光客数は…` beside a row named 観光入込客数: which rows the note sets
    apart is not known, so no row is dated by it, and each says why."""
    named = _year_end_note(
        "※数値は各年度末現在のものです。ただし、観光客数は各年度の合計です。", tmp_path, "r38_2b"
    )
    for r in named.values():
        assert all(a.period.month is None for a in r.actuals)
        assert any("no row here answers to" in w for w in r.warnings)


def _statement_table(note: str, tmp_path: Path, name: str) -> dict[str, KpiRecord]:
    header = ["指標", "単位", "策定時", "現状値", "目標値(R7)"]
    rows = [
        ["入域観光客数", "人", "352,400", "436,180", "420,000"],
        ["市民の幸福度", "%", "68.4", "70.2", "75.0"],
        ["移住相談件数", "件", "214", "268", "250"],
    ]
    body = html_table([header, *rows]) + f"<p>{note}</p>"
    return {r.indicator: r for r in html_page(tmp_path, name, body).records}


def _base(r: KpiRecord) -> int | None:
    assert r.baseline is not None
    return r.baseline.period.fiscal_year if r.baseline.period is not None else None


def test_an_exception_the_heading_rule_also_reads_still_sets_its_row_apart(tmp_path: Path) -> None:
    """Review 38 #3a: `…ただし、幸福度は2023年度の調査結果です。` reads as a heading statement too
    (幸福度 heads no column): the 幸福度 row's baseline is FY2023, the others FY2022."""
    named = _statement_table(
        "※策定時の数値は2022年度の実績です。ただし、幸福度は2023年度の調査結果です。",
        tmp_path,
        "r38_3a",
    )
    assert {n: _base(r) for n, r in named.items()} == {
        "入域観光客数": 2022,
        "市民の幸福度": 2023,
        "移住相談件数": 2022,
    }


def test_an_exception_by_a_word_no_row_holds_dates_nothing(tmp_path: Path) -> None:
    """Review 38 #3b: `ただし、市民満足度は…` where no row's name holds 市民満足度: which row the
    note sets apart is not known, so it dates no baseline, and says so."""
    named = _statement_table(
        "※策定時の数値は2022年度の実績です。ただし、市民満足度は2023年度の調査結果です。",
        tmp_path,
        "r38_3b",
    )
    for r in named.values():
        assert _base(r) is None
        assert any("no row's name holds" in w for w in r.warnings)


def test_an_exception_to_a_text_dating_two_headings_leaves_its_row_undated(tmp_path: Path) -> None:
    """Review 38 #3c: `策定時の数値は2022年度、現状値は2024年度の実績です。ただし、幸福度は2023年度…`:
    the exception's year is for which heading is not said; the 幸福度 row's 策定時 and 現状値 stay
    undated with a warning, the others are FY2022 and FY2024."""
    named = _statement_table(
        "※策定時の数値は2022年度、現状値は2024年度の実績です。ただし、幸福度は2023年度に"
        "実施した調査の結果です。",
        tmp_path,
        "r38_3c",
    )
    happy, visitors = named["市民の幸福度"], named["入域観光客数"]
    assert _base(happy) is None and all(a.period is None for a in happy.actuals)
    assert any("left undated" in w for w in happy.warnings)
    assert _base(visitors) == 2022
    assert [a.period.fiscal_year for a in visitors.actuals if a.period] == [2024]


@pytest.mark.parametrize(
    "remark", ["目標値は国立社会保障・人口問題研究所の推計値です", "基準値は令和2年度の見込値"]
)
def test_a_remark_about_another_lists_value_flags_no_actual(tmp_path: Path, remark: str) -> None:
    """Review 38 #4: a 備考 whose subject is 目標値 or 基準値 says nothing of the actual: 29,000
    stays a plain actual."""
    header = ["No.", "指標", "単位", "基準値(R2)", "実績値(R5)", "目標値(R7)", "備考"]
    row = ["1", "総人口", "人", "30000", "29000", "28000", remark]
    (record,) = html_page(tmp_path, "r38_4", html_table([header, row])).records
    assert [(a.quantity.value, a.quantity.flags) for a in record.actuals] == [(29000, frozenset())]


def _marked_unit_line(name: str, tmp_path: Path, page: str) -> dict[str, KpiRecord]:
    header = ["指標", "基準値(R1)", "実績値(R5)", "目標値(R7)"]
    rows = [["企業誘致件数", "3", "4", "5"], [name, "28", "36", "45"]]
    body = "<p>（単位：件　※印を付した指標は人）</p>" + html_table([header, *rows])
    return {r.indicator: r for r in html_page(tmp_path, page, body).records}


def test_a_marked_name_with_a_bracket_after_its_mark_takes_the_marks_unit(tmp_path: Path) -> None:
    """Review 38 #5: `新規創業者数※（累計）` closes with a bracket after its mark: it is in 人, as
    `新規創業者数※` is; 企業誘致件数 in 件."""
    named = _marked_unit_line("新規創業者数※（累計）", tmp_path, "r38_5a")
    assert [r.unit for r in named.values()] == ["件", "人"]


def test_a_mark_no_name_closes_with_leaves_the_units_unread(tmp_path: Path) -> None:
    """Review 38 #5: the mark printed on no name (here on a value): which rows are in 人 is not
    known, so no row takes the line's 件 silently; each says why."""
    header = ["指標", "基準値(R1)", "実績値(R5)", "目標値(R7)"]
    rows = [["企業誘致件数", "3", "4", "5"], ["新規創業者数", "28", "36※", "45"]]
    body = "<p>（単位：件　※印を付した指標は人）</p>" + html_table([header, *rows])
    for r in html_page(tmp_path, "r38_5b", body).records:
        assert r.unit is None
        assert any("no row's name closes with the mark" in w for w in r.warnings)


@pytest.mark.parametrize(
    "caption",
    ["【数値目標】しごとをつくる", "【目標】安心して暮らせるまち", "【目標値】と実績の推移"],
)
def test_a_caption_of_a_goal_a_section_or_two_lists_moves_no_actual(
    tmp_path: Path, caption: str
) -> None:
    """Review 38 #6: a goal's or a section's word in brackets, or a caption naming two lists, says
    nothing of which list the bare years hold: R3年度 and R4年度 stay actuals."""
    header = ["No.", "KPI", "単位", "基準値(R1)", "R3年度", "R4年度", "目標値(R7)"]
    rows = [
        ["1", "移住者数", "人", "10", "12", "14", "20"],
        ["2", "創業件数", "件", "3", "4", "5", "8"],
    ]
    body = f"<p>{caption}</p>" + html_table([header, *rows])
    for r in html_page(tmp_path, "r38_6", body).records:
        assert [a.period.fiscal_year for a in r.actuals] == [2021, 2022]
        assert [t.period.fiscal_year for t in r.targets] == [2025]


def test_a_unit_from_a_note_under_a_later_table_is_said(tmp_path: Path) -> None:
    """Review 38 #7: three tables of one header, `※ 満足度（単位：点）は5段階評価の平均` under the
    last: the first table's 市民満足度 takes 点 (the note's word), saying where it came from; the
    last table's own row says nothing."""
    header = ["指標", "基準値(R1)", "実績値(R5)", "目標値(R7)"]
    body = ""
    for k, name in enumerate(["市民満足度", "移住相談件数", "健康づくりに関する満足度"]):
        body += f"<h2>目標{k + 1}</h2>" + html_table([header, [name, "62.5", "64.0", "70.0"]])
    body += "<p>※ 満足度（単位：点）は5段階評価の平均です。</p>"
    named = {r.indicator: r for r in html_page(tmp_path, "r38_7", body).records}
    first, last = named["市民満足度"], named["健康づくりに関する満足度"]
    assert (first.unit, last.unit) == ("点", "点")
    assert any("a note under a later table" in w for w in first.warnings)
    assert not any("a note under a later table" in w for w in last.warnings)


@pytest.mark.parametrize(
    "note", ["※現状値は令和4年度（見込み）です", "※現状値は2022年度（暫定）です"]
)
def test_a_statements_bracket_that_is_no_gloss_dates_nothing(tmp_path: Path, note: str) -> None:
    """Review 38 #9: `令和4年度（見込み）` is a forecast's year, not a year glossed in the other
    calendar: the bare 現状値 column stays undated (as before the gloss was read), no FY2022
    actual without its flag."""
    header = ["指標", "単位", "現状値", "目標値(R7)"]
    body = html_table([header, ["移住者数", "人", "120", "150"]]) + f"<p>{note}</p>"
    (record,) = html_page(tmp_path, "r38_9", body).records
    assert all(a.period is None for a in record.actuals)


@pytest.mark.parametrize("remark", ["基準値を下回る", "基準値比", "基準値未満"])
def test_review_40_a_remark_comparing_with_the_baseline_makes_no_baseline(
    tmp_path: Path, remark: str
) -> None:
    """Review 40 #1: one `<tbody>` a KPI, years down; a later line's 備考 that compares with the
    baseline (`基準値を下回る`) leaves its value that year's actual."""
    body = (
        "<table><thead><tr><th>No.</th><th>KPI（単位）</th><th>年度</th><th>目標値</th>"
        "<th>実績値</th><th>備考</th></tr></thead>"
        "<tbody><tr><th rowspan='3'>1-1</th><th rowspan='3'>国際村の利用者数（人）</th>"
        "<td>2021（R3）</td><td>25,000</td><td>9,420</td><td></td></tr>"
        "<tr><td>2022（R4）</td><td>26,000</td><td>18,310</td><td></td></tr>"
        f"<tr><td>2023（R5）</td><td></td><td>22,000</td><td>{remark}</td></tr></tbody>"
        "<tbody><tr><th rowspan='2'>1-2</th><th rowspan='2'>入込客数（人）</th>"
        "<td>2021（R3）</td><td>60,000</td><td>41,000</td><td></td></tr>"
        "<tr><td>2022（R4）</td><td>60,000</td><td>52,000</td><td></td></tr></tbody></table>"
    )
    records = html_page(tmp_path, "r40_1", body).records
    first = records[0]
    assert first.baseline is None
    assert [(a.quantity.value, a.period.fiscal_year) for a in first.actuals] == [
        (9420, 2021),
        (18310, 2022),
        (22000, 2023),
    ]


@pytest.mark.parametrize(
    "remark",
    ["目標値は令和4年度の目標達成を受けて上方修正", "目標は令和5年度目標を達成したため再設定"],
)
def test_review_40_a_remark_naming_a_years_target_it_does_not_cite_dates_nothing(
    tmp_path: Path, remark: str
) -> None:
    """Review 40 #5: only a remark citing another plan's target of a year (`…の令和6年度目標値を
    引用`) dates the row's target; one saying what happened that year leaves the column's R7."""
    header = ["No.", "指標名", "単位", "基準値（R元）", "実績値（R5）", "目標値（R7）", "備考"]
    row = ["1", "移住者数", "人", "10", "20", "30", remark]
    (record,) = html_page(tmp_path, "r40_5", html_table([header, row])).records
    assert [t.period.fiscal_year for t in record.targets] == [2025]


def test_review_40_a_blank_whole_row_leaves_the_parts_as_records(tmp_path: Path) -> None:
    """Review 40 #4: `受診者数` merged over `男性 | 女性 | 計` under 内訳, the 計 row blank: the
    parts' rows stay records (the whole's row holds nothing to read); none is dropped."""
    body = (
        "<table><tr><th>No.</th><th>指標</th><th>内訳</th><th>単位</th><th>R4実績</th>"
        "<th>R5実績</th></tr>"
        "<tr><td rowspan='3'>1</td><td rowspan='3'>受診者数</td><td>男性</td>"
        "<td rowspan='3'>人</td><td>120</td><td>130</td></tr>"
        "<tr><td>女性</td><td>150</td><td>160</td></tr>"
        "<tr><td>計</td><td></td><td></td></tr></table>"
    )
    records = html_page(tmp_path, "r40_4", body).records
    assert [[a.quantity.value for a in r.actuals] for r in records] == [[120, 130], [150, 160]]


def test_review_40_a_running_total_merged_across_years_is_the_last_years_target(
    tmp_path: Path,
) -> None:
    """Review 40 #7: `15（累計）` merged across 目標値 › R3 | R4 | R5 is the running total's
    level at the span's end: FY2023's target alone, with a warning."""
    body = (
        "<table><tr><th rowspan='2'>指標</th><th rowspan='2'>単位</th><th colspan='3'>目標値</th>"
        "<th colspan='3'>実績値</th></tr>"
        "<tr><th>R3</th><th>R4</th><th>R5</th><th>R3</th><th>R4</th><th>R5</th></tr>"
        "<tr><td>新商品の開発件数</td><td>件</td><td colspan='3'>15（累計）</td>"
        "<td>4</td><td>9</td><td>14</td></tr></table>"
    )
    (record,) = html_page(tmp_path, "r40_7", body).records
    assert [(t.quantity.value, t.period.fiscal_year) for t in record.targets] == [(15, 2023)]
    assert any("running total" in w for w in record.warnings)


def test_review_40_a_bracket_naming_an_actual_after_a_name_is_no_dated_target(
    tmp_path: Path,
) -> None:
    """Review 40 #6: `来場者数【25,000（R2実績）】`: the bracket's level is an actual of R2, no
    target of that year."""
    rows = [["指標", "単位", "R5実績"], ["来場者数【25,000（R2実績）】", "人", "24,000"]]
    (record,) = html_page(tmp_path, "r40_6", html_table(rows)).records
    assert not any(t.period is not None and t.period.fiscal_year == 2020 for t in record.targets)


def test_review_40_a_unit_label_names_only_units() -> None:
    """Review 40: `（単位：R5）` or `（単位：No）` states no unit; `（単位：m³）` and `（単位：kWh）` do."""
    from jpkpi.understanding.cells import stated_unit

    assert stated_unit("林業（単位：R5）") is None
    assert stated_unit("林業（単位：No）") is None
    assert stated_unit("林業（単位：m³）") == "m³"
    assert stated_unit("電力（単位：kWh）") == "kWh"


def _review_41_page(tmp_path: Path, name: str, body: str) -> dict[str, KpiRecord]:
    return {r.indicator or "": r for r in html_page(tmp_path, name, body).records}


_REVIEW_41_GRID = (
    "<table><tr><th>No.</th><th>指標名</th><th>単位</th><th>基準値</th><th>目標値(R7)</th>"
    "<th>R5実績</th></tr>"
    "<tr><td>1</td><td>観光客数</td><td>人</td><td>500</td><td>600</td><td>550</td></tr>"
    "<tr><td>2</td><td>転入者数</td><td>人</td><td>30</td><td>40</td><td>35</td></tr></table>"
)


def test_review_41_a_bracket_after_a_dating_statement_that_sets_a_row_apart_unread(
    tmp_path: Path,
) -> None:
    """`※基準値は令和元年度の値（No.2は平成30年度）`: the bracket makes an exception no reader reads
    whole, so no baseline is dated by the statement (No.2's would be FY2019, wrong)."""
    records = _review_41_page(
        tmp_path, "bracket", _REVIEW_41_GRID + "<p>※基準値は令和元年度の値（No.2は平成30年度）</p>"
    )
    moved = records["転入者数"].baseline
    assert moved is not None and (moved.period is None or moved.period.fiscal_year != 2019)


def test_review_41_a_row_exception_naming_no_row_warns_every_row_it_dates(tmp_path: Path) -> None:
    """`※1 策定時の値は平成26年度の実績（No.2のみ平成27年度に実施した…の結果）` over rows that print
    no number: FY2014, and each row says a row 2 it cannot find has another year."""
    body = (
        "<table><tr><th>指標名</th><th>単位</th><th>策定時（※1）</th><th>目標値(R7)</th>"
        "<th>R5実績</th></tr>"
        "<tr><td>観光客数</td><td>人</td><td>500</td><td>600</td><td>550</td></tr>"
        "<tr><td>町民の定住意向</td><td>%</td><td>70</td><td>80</td><td>75</td></tr></table>"
        "<p>※1 策定時の値は平成26年度の実績（No.2のみ平成27年度に実施した町民アンケートの結果）</p>"
    )
    for record in _review_41_page(tmp_path, "unknown_row", body).values():
        assert any("no row is numbered so" in w for w in record.warnings), record.indicator


def test_review_41_a_target_statement_in_a_column_of_target_years_names_no_baseline(
    tmp_path: Path,
) -> None:
    """`R7（現状維持）` under 目標年度 is the target's year and a statement, no baseline's year:
    the baseline 500 keeps no FY2025."""
    body = (
        "<table><tr><th>指標名</th><th>単位</th><th>基準値</th><th>目標値</th><th>目標年度</th>"
        "<th>R5実績</th></tr>"
        "<tr><td>観光客数</td><td>人</td><td>500</td><td>600</td><td>R7（現状維持）</td>"
        "<td>550</td></tr></table>"
    )
    record = _review_41_page(tmp_path, "statement_year", body)["観光客数"]
    assert record.baseline is not None
    assert record.baseline.period is None or record.baseline.period.fiscal_year != 2025


def test_review_41_a_unit_note_qualified_after_its_unit_gives_no_unit(tmp_path: Path) -> None:
    """`※観光客数の単位は千人（R5実績のみ）` and `…千人、R4までは人` say the unit of some years only:
    no value is scaled by them; `※②…` names row 2, not a row of that name numbered 1."""
    from jpkpi.understanding.unit_notes import read_unit_note

    assert read_unit_note(["※観光客数の単位は千人（R5実績のみ）"]) is None
    assert read_unit_note(["※観光客数の単位は千人、R4までは人"]) is None
    keyed = read_unit_note(["※②観光客数の単位は千人"])
    assert keyed is not None and keyed.by_key == {"2": "千人"} and keyed.by_word == {}
    body = (
        "<table><tr><th>No.</th><th>指標名</th><th>基準値</th><th>R5実績</th></tr>"
        "<tr><td>1</td><td>観光客数</td><td>500</td><td>550</td></tr></table>"
        "<p>※観光客数の単位は千人、R4までは人</p>"
    )
    record = _review_41_page(tmp_path, "qualified_unit", body)["観光客数"]
    assert record.baseline is not None and record.baseline.quantity.value == 500


def test_review_41_a_note_that_says_its_figures_are_no_forecast_flags_none(tmp_path: Path) -> None:
    """`R6年度※` with `※R6年度は、見込値を除いた確定値です。` or `…見込みを実績に置き換えたもの`: no
    estimate; `※R6年度は、令和7年1月末時点の見込値です。` flags it."""
    head = (
        "<table><tr><th>指標名</th><th>単位</th><th>R5年度</th><th>R6年度※</th></tr>"
        "<tr><td>観光客数</td><td>人</td><td>500</td><td>520</td></tr></table>"
    )
    notes = {
        "final": "※R6年度は、見込値を除いた確定値です。",
        "replaced": "※R6年度の数値は、前年度の見込みを実績に置き換えたものです。",
        "forecast": "※R6年度は、令和7年1月末時点の見込値です。",
    }
    flagged = {}
    for name, note in notes.items():
        record = _review_41_page(tmp_path, name, head + f"<p>{note}</p>")["観光客数"]
        last = [a for a in record.actuals if a.period and a.period.fiscal_year == 2024]
        flagged[name] = bool(last) and "estimate" in last[0].quantity.flags
    assert flagged == {"final": False, "replaced": False, "forecast": True}


def test_review_41_a_caption_numbered_note_whose_mark_a_row_prints_is_that_rows(
    tmp_path: Path,
) -> None:
    """`２　重要業績評価指標` over rows `1 転入者数` and `2 観光客数※２`, `※２の基準値は平成30年の値です。`:
    the mark on row 2 points to the note; row 1's baseline is not dated by it."""
    body = (
        "<p>２　重要業績評価指標</p>"
        "<table><tr><th>No.</th><th>KPI</th><th>単位</th><th>基準値</th><th>目標値（R7）</th></tr>"
        "<tr><td>1</td><td>転入者数</td><td>人</td><td>30</td><td>40</td></tr>"
        "<tr><td>2</td><td>観光客数※２</td><td>人</td><td>500</td><td>600</td></tr></table>"
        "<p>※２の基準値は平成30年の値です。</p>"
    )
    first = _review_41_page(tmp_path, "marked_row", body)["転入者数"]
    assert first.baseline is not None and first.baseline.period is None


def test_a_note_naming_the_baseline_year_of_a_marked_target_dates_no_target(
    tmp_path: Path,
) -> None:
    """Review 42: `1,100※1` under `目標値（R6）` with `※1 目標値は、令和元年度の値を基準値として10％の
    増加を目指すものです。` says what the target was worked out from: the target keeps FY2024."""
    rows = [
        ["指標名", "単位", "基準値（R2）", "R5実績", "目標値（R6）"],
        ["観光入込客数", "人", "1,000", "1,050", "1,100※1"],
        ["移住者数", "人", "10", "12", "15"],
    ]
    note = "<p>※1 目標値は、令和元年度の値を基準値として10％の増加を目指すものです。</p>"
    doc = html_page(tmp_path, "base_year_target", html_table(rows) + note)
    visitors = doc.records[0]
    assert [t.period.fiscal_year for t in visitors.targets] == [2024]
    assert visitors.baseline is not None and visitors.baseline.period is not None
    assert visitors.baseline.period.fiscal_year == 2020


@pytest.mark.parametrize("said", ["速報", "上半期", "参考"])
def test_a_year_line_whose_bracket_says_what_its_figure_is_is_not_laid_out_wide(
    tmp_path: Path, said: str
) -> None:
    """Review 42: in a table of one line a year, `2023年度（速報）` (a first figure, half a year's,
    one given for reference) is no plain year: no record carries its 30 as a FY2023 actual
    without a warning."""
    rows = [["成果指標", "単位", "年度", "目標値", "実績値", "達成率"]]
    for name in ("観光交流客数", "移住者数"):
        rows += [
            [name, "人", "2021年度", "10", "11", "110%"],
            [name, "人", "2022年度", "20", "22", "110%"],
            [name, "人", f"2023年度（{said}）", "30", "30", "100%"],
        ]
    doc = html_page(tmp_path, "qualified_lines", html_table(rows))
    for r in doc.records:
        plain = [
            a
            for a in r.actuals
            if a.period is not None and a.period.fiscal_year == 2023 and not a.quantity.flags
        ]
        assert not plain or r.warnings, r.indicator


def test_a_year_line_past_the_change_of_era_takes_no_era_from_the_line_above(
    tmp_path: Path,
) -> None:
    """Review 42: `平成30年度`, `31年度`, `2年度` down a year column: 2年度 is not 平成2 (FY1990);
    no record carries a year before FY2018."""
    rows = [["成果指標", "単位", "年度", "目標値", "実績値"]]
    for name in ("観光交流客数", "移住者数"):
        rows += [[name, "人", y, "10", "11"] for y in ("平成30年度", "31年度", "2年度")]
    doc = html_page(tmp_path, "era_change_lines", html_table(rows))
    years = [
        v.period.fiscal_year
        for r in doc.records
        for v in (*r.targets, *r.actuals)
        if v.period is not None and v.period.fiscal_year is not None
    ]
    assert all(y >= 2018 for y in years), years


def test_a_total_merged_over_two_rows_alone_in_its_column_is_not_each_rows(
    tmp_path: Path,
) -> None:
    """Review 42: `3,000` merged down the 目標値 column over 日帰り and 宿泊, the note saying it is
    their total: the second row is not given 3,000 as its own target."""
    body = (
        "<table><tr><th>指標名</th><th>単位</th><th>基準値（R2）</th><th>R5実績</th>"
        "<th>目標値（R6）</th></tr>"
        "<tr><td>観光入込客数（日帰り）</td><td>人</td><td>900</td><td>1,050</td>"
        "<td rowspan='2'>3,000</td></tr>"
        "<tr><td>観光入込客数（宿泊）</td><td>人</td><td>600</td><td>600</td></tr></table>"
        "<p>※目標値は日帰りと宿泊の合計</p>"
    )
    doc = html_page(tmp_path, "merged_total", body)
    stays = next(r for r in doc.records if "宿泊" in (r.indicator or ""))
    assert [t.quantity.value for t in stays.targets] != [3000] or stays.warnings


def test_a_bands_unit_is_not_given_to_rates_or_rows_printing_their_own(tmp_path: Path) -> None:
    """Review 42: under `施策1 観光の振興［単位：千人（単位を付記した指標を除く）］`, 観光入込客数 is in
    千人, but 観光客満足度 (`70%`) keeps ％ and リピーター率 takes no 千人 (42, not 42,000); a band
    stating the program's money (`事業費（単位：千円）`) gives its KPIs no unit."""
    body = (
        "<table><tr><th>指標名</th><th>基準値（R元）</th><th>R5実績</th><th>目標値（R6）</th></tr>"
        "<tr><th colspan='4'>施策1 観光の振興［単位：千人（単位を付記した指標を除く）］</th></tr>"
        "<tr><td>観光入込客数</td><td>3,412</td><td>3,318</td><td>3,600</td></tr>"
        "<tr><td>観光客満足度</td><td>70%</td><td>72%</td><td>80%</td></tr>"
        "<tr><td>リピーター率</td><td>40</td><td>42</td><td>50</td></tr>"
        "<tr><th colspan='4'>施策2 移住の促進　事業費（単位：千円）</th></tr>"
        "<tr><td>移住相談件数</td><td>58</td><td>72</td><td>80</td></tr></table>"
    )
    rows = {r.indicator: r for r in html_page(tmp_path, "band_rates", body).records}
    assert rows["観光入込客数"].actuals[0].quantity.value == 3318000
    assert rows["観光客満足度"].unit == "%"
    assert rows["リピーター率"].actuals[0].quantity.value == 42
    assert rows["移住相談件数"].actuals[0].quantity.value == 72
    assert rows["移住相談件数"].unit != "円"


def test_a_line_saying_the_units_are_above_copies_no_sentence_read_as_a_unit(
    tmp_path: Path,
) -> None:
    """Review 42: table (1) prints no unit (its rows' unit cell is none), `※単位は上表と同じ` under
    it, then table (2) with the same rows: no row of table (2) takes a sentence as its unit."""
    first = html_table(
        [["No.", "指標名", "目標値（R6）"], ["1", "観光客数", "40"], ["2", "移住者数", "9"]]
    )
    second = html_table(
        [
            ["No.", "指標名", "令和5年度", "令和6年度"],
            ["1", "観光客数", "35", "38"],
            ["2", "移住者数", "9", "8"],
        ]
    )
    doc = html_page(tmp_path, "units_sentence", first + "<p>※単位は上表と同じ</p>" + second)
    assert all(r.unit is None or "表" not in r.unit for r in doc.records)


def test_review46_a_results_heading_over_values_and_remarks_splits_nothing(
    tmp_path: Path,
) -> None:
    """Review 46 #1: `成果指標の達成状況` spanning `目標値（R6） | 実績値（R6） | 評価・課題`, the last a
    column of remarks: one grid, its names in 指標名; no indicator named by a remark."""
    head = (
        "<tr><th rowspan='2'>指標名</th><th rowspan='2'>単位</th><th rowspan='2'>基準値（R2）</th>"
        "<th colspan='3'>成果指標の達成状況</th></tr>"
        "<tr><th>目標値（R6）</th><th>実績値（R6）</th><th>評価・課題</th></tr>"
    )
    rows = (
        "<tr><td>移住者数</td><td>人</td><td>100</td><td>150</td><td>120</td>"
        "<td>相談会の開催により増加した</td></tr>"
        "<tr><td>観光入込客数</td><td>千人</td><td>500</td><td>600</td><td>650</td>"
        "<td>イベントの再開で回復した</td></tr>"
    )
    doc = html_page(tmp_path, "r46_1", f"<table>{head}{rows}</table>")
    named = {r.indicator: r for r in doc.records}
    assert set(named) == {"移住者数", "観光入込客数"}
    visitors = named["観光入込客数"]
    assert [t.quantity.value for t in visitors.targets] == [600000]
    assert [a.quantity.value for a in visitors.actuals] == [650000]


def test_review46_a_list_line_that_prints_its_own_year_is_not_dated_by_the_column(
    tmp_path: Path,
) -> None:
    """Review 46 #2: `目標 100（R7）` over `実績 80` under 令和4年度: the target's year is its own
    (R7), which the labelled-lines reading must not overwrite with the column's: no target of
    100 dated FY2022, one dated FY2025."""
    head = "<tr><th>指標名</th><th>単位</th><th>令和4年度</th><th>令和5年度</th></tr>"
    row = (
        "<tr><td>観光入込客数</td><td>千人</td><td>目標 100（R7）<br>実績 80</td>"
        "<td>目標 100（R7）<br>実績 85</td></tr>"
    )
    doc = html_page(tmp_path, "r46_2", f"<table>{head}{row}</table>")
    dated = [
        (t.quantity.value, t.period.fiscal_year)
        for r in doc.records
        for t in r.targets
        if t.period is not None
    ]
    assert (100000, 2022) not in dated and (100000, 2023) not in dated
    assert (100000, 2025) in dated


def test_review46_a_named_calendar_year_moves_the_named_list_alone(tmp_path: Path) -> None:
    """Review 46 #3: 備考 `実績は暦年（令和5年1月～12月）の値` beside 令和5年度目標 | 令和5年度実績 moves the
    FY2023 actual to calendar 2023, not the target; beside 令和6年度 columns alone no value moves,
    and the record says so."""
    head = (
        "<tr><th>指標名</th><th>単位</th><th>令和5年度目標</th><th>令和5年度実績</th>"
        "<th>令和6年度目標</th><th>令和6年度実績</th><th>備考</th></tr>"
    )
    row = (
        "<tr><td>観光入込客数</td><td>人</td><td>1,200</td><td>1,100</td><td>1,300</td>"
        "<td>1,250</td><td>実績は暦年（令和5年1月～12月）の値</td></tr>"
    )
    doc = html_page(tmp_path, "r46_3a", f"<table>{head}{row}</table>")
    [r] = doc.records
    assert [(t.period.fiscal_year, t.period.year) for t in r.targets if t.period] == [
        (2023, None),
        (2024, None),
    ]
    assert [(a.period.fiscal_year, a.period.year) for a in r.actuals if a.period] == [
        (None, 2023),
        (2024, None),
    ]
    later = row.replace("<td>1,200</td><td>1,100</td>", "")
    head2 = head.replace("<th>令和5年度目標</th><th>令和5年度実績</th>", "")
    [r2] = html_page(tmp_path, "r46_3b", f"<table>{head2}{later}</table>").records
    assert any("no value of the lists it names" in w for w in r2.warnings)


def test_review46_shares_on_one_scale_say_nothing_of_another() -> None:
    """Review 46 #4: `評価 ○：目標を達成 ×：未達成　進捗 A：進捗率80%以上 B：50%以上80%未満` on one
    line: A and B grade progress, no status; `○：ほぼ達成（90%以上）` is a degree word, unread."""
    from jpkpi.understanding.cells import status_legend

    assert status_legend(
        ["評価 ○：目標を達成 ×：未達成　進捗 A：進捗率80%以上 B：50%以上80%未満"]
    ) == {
        "○": "achieved",
        "×": "not_achieved",
    }
    assert status_legend(["◎：目標を達成 ○：ほぼ達成（90%以上） △：80%未満"]) == {
        "◎": "achieved",
        "△": "not_achieved",
    }
    # (藤里, forms194: ◎：重点KPI beside the letters is on no scale of results)
    assert status_legend(
        ["評価 A：R5目標を達成 B：R5目標の80％以上100％未満 C：R5目標の80％未満 重点 ◎：重点KPI"]
    ) == {"A": "achieved", "B": "not_achieved", "C": "not_achieved"}


def test_review46_parts_under_one_number_are_each_the_wholes(tmp_path: Path) -> None:
    """Review 46 #5: No. 1 merged over 観光入込客数 / うち外国人観光客数 / うち県外客数: each うち row is a
    part of the whole, not of the part above it."""
    head = (
        "<tr><th>No.</th><th>KPI</th><th>単位</th><th>目標値（R5）</th><th>実績値（R5）</th></tr>"
    )
    rows = (
        "<tr><td rowspan='3'>1</td><td>観光入込客数</td><td>人</td><td>10,000</td><td>13,000</td>"
        "</tr><tr><td>うち外国人観光客数</td><td>人</td><td>1,000</td><td>900</td></tr>"
        "<tr><td>うち県外客数</td><td>人</td><td>3,000</td><td>3,300</td></tr>"
        "<tr><td rowspan='2'>2</td><td>移住者数</td><td>人</td><td>50</td><td>40</td></tr>"
        "<tr><td>うち子育て世帯の転入世帯数</td><td>世帯</td><td>10</td><td>12</td></tr>"
    )
    doc = html_page(tmp_path, "r46_5", f"<table>{head}{rows}</table>")
    assert [r.indicator for r in doc.records][:3] == [
        "観光入込客数",
        "観光入込客数(うち外国人観光客数)",
        "観光入込客数(うち県外客数)",
    ]


def test_review46_a_sheet_named_for_a_trade_fair_is_no_example() -> None:
    """Review 46 (low): `見本市出展支援` names a program; `記入例` and `（見本）` name examples."""
    from jpkpi.sources.xlsx import Sheet, without_examples

    kept, warned = without_examples(
        [Sheet("事務事業評価"), Sheet("見本市出展支援"), Sheet("記入例"), Sheet("様式（見本）")]
    )
    assert [s.name for s in kept] == ["事務事業評価", "見本市出展支援"]
    assert len(warned) == 2


def test_review46_a_running_total_remark_of_a_year_with_no_value_says_nothing(
    tmp_path: Path,
) -> None:
    """Review 46 (low): `R9目標値はR6～R9の4年間の累計` beside a row whose targets are of R7 flags
    nothing, and no warning says it did."""
    rows = [
        ["指標名", "単位", "基準値（R5）", "目標値（R7）", "実績値（R6）", "備考"],
        ["移住者数", "人", "10", "40", "12", "R9目標値はR6～R9の4年間の累計"],
    ]
    [r] = html_page(tmp_path, "r46_cum", html_table(rows)).records
    assert not any("cumulative" in t.quantity.flags for t in r.targets)
    assert not any("running totals" in w for w in r.warnings)


def _dated(values: list) -> list[tuple[object, int | None, list[str]]]:
    return [
        (v.quantity.value, v.period.fiscal_year if v.period else None, sorted(v.quantity.flags))
        for v in values
    ]


def test_review46_list_labels_on_one_line_and_a_forecast_line_are_read(tmp_path: Path) -> None:
    """Review 46 (left then, mended since): `目標 14 実績 15` on one line under 令和4年度 is that
    year's target and actual (not an actual of null); `実績見込 10` under `目標 10` is an actual
    flagged a forecast; `目標 100（R7）` over `実績 80` is R7's target, the actual the column's."""
    rows = [
        ["指標名", "単位", "令和4年度", "令和5年度", "令和6年度"],
        ["新規創業者数", "人", "目標 14 実績 15", "目標 16 実績 13", "目標 18 実績見込 19"],
        ["移住者数", "人", "目標 8<br>実績 9", "目標 9<br>実績 7", "目標 10<br>実績見込 10"],
        ["観光入込客数", "千人", "目標 100（R7）<br>実績 80", "目標 100（R7）<br>実績 85", ""],
    ]
    founders, movers, visitors = html_page(tmp_path, "r46_lines", html_table(rows)).records
    assert _dated(founders.targets) == [(14, 2022, []), (16, 2023, []), (18, 2024, [])]
    assert _dated(founders.actuals) == [(15, 2022, []), (13, 2023, []), (19, 2024, ["estimate"])]
    assert _dated(movers.actuals) == [(9, 2022, []), (7, 2023, []), (10, 2024, ["estimate"])]
    assert _dated(visitors.targets) == [(100000, 2025, [])]
    assert _dated(visitors.actuals) == [(80000, 2022, []), (85000, 2023, [])]


def test_review46_a_figure_merged_over_rows_of_other_units_is_not_each_rows(
    tmp_path: Path,
) -> None:
    """Review 46 (left then, mended since): `5,000` merged down over 特産品販売額（千円） and
    特産品販売個数（個） is no figure of both (5,000,000 円 and 5,000 個): the row below gets no
    target and a warning that says why; rows of one unit (件 under 単位 in both) still share it."""
    head = "<tr><th>指標名</th><th>基準値（R5）</th><th>目標値（R9）</th><th>実績値（R6）</th></tr>"
    rows = (
        "<tr><td>特産品販売額（千円）</td><td>4,000</td><td rowspan='2'>5,000</td>"
        "<td>4,200</td></tr><tr><td>特産品販売個数（個）</td><td>3,000</td><td>3,500</td></tr>"
    )
    sales, pieces = html_page(tmp_path, "r46_units", f"<table>{head}{rows}</table>").records
    assert _dated(sales.targets) == [(5000000, 2027, [])]
    assert not pieces.targets and _dated(pieces.actuals) == [(3500, 2024, [])]
    assert any("'5,000'" in w and "merged down" in w for w in pieces.warnings)
    head = "<tr><th>指標名</th><th>単位</th><th>目標値（R9）</th><th>実績値（R6）</th></tr>"
    rows = (
        "<tr><td>相談件数</td><td>件</td><td rowspan='2'>150</td><td>130</td></tr>"
        "<tr><td>訪問件数</td><td>件</td><td>85</td></tr>"
        "<tr><td>移住者数</td><td>人</td><td>20</td><td>12</td></tr>"
    )
    talks, visits, _ = html_page(tmp_path, "r46_same", f"<table>{head}{rows}</table>").records
    assert _dated(talks.targets) == _dated(visits.targets) == [(150, 2027, [])]


@pytest.mark.parametrize(
    "cell",
    ["目標 10 実績比 90", "実績 9 目標比 90%", "実績 9 目標差 -1", "目標達成率 80 実績 75"],
)
def test_review47_a_name_opening_with_a_list_word_is_no_key(tmp_path: Path, cell: str) -> None:
    """Review 47 H1: `実績比 90`, `目標比 90%`, `目標差 -1`, `目標達成率 80` open with a list's word
    but are ratios and differences, no target or actual: none of 90, -1 or 80 is read as one."""
    rows = [["指標名", "単位", "令和4年度"], ["移住者数", "人", cell]]
    records = html_page(tmp_path, "r47_h1", html_table(rows)).records
    read = [o.quantity.value for r in records for o in (*r.targets, *r.actuals)]
    assert not {90, -1, 80} & set(read)


def test_review47_a_line_with_no_year_keeps_its_columns(tmp_path: Path) -> None:
    """Review 47 H2: `実績 80 目標 100（R7）` under 令和4年度: R7 is the target's own year, the
    actual's stays the column's (FY2022); `目標 14 実績 15（R3）` alike, the other way round."""
    rows = [
        ["指標名", "単位", "令和4年度"],
        ["観光入込客数", "千人", "実績 80 目標 100（R7）"],
        ["移住者数", "人", "目標 14 実績 15（R3）"],
    ]
    visitors, movers = html_page(tmp_path, "r47_h2", html_table(rows)).records
    assert _dated(visitors.actuals) == [(80000, 2022, [])]
    assert _dated(visitors.targets) == [(100000, 2025, [])]
    assert (_dated(movers.targets), _dated(movers.actuals)) == ([(14, 2022, [])], [(15, 2021, [])])


def test_review47_a_numbered_second_line_is_an_entry_not_a_note() -> None:
    """Review 47 M4: the list-number pattern was shadowed by the list-word one of the same name,
    so `(2)ハブ咬傷件数：5件（H28年度）` under `(1)観光案内所利用者数：3,600人` was taken for a note."""
    from jpkpi.tables.model import Cell
    from jpkpi.understanding.cells import named_values_noted

    text = "(1)観光案内所利用者数：3,600人\n(2)ハブ咬傷件数：5件（H28年度）"
    named = named_values_noted(Cell(0, 0, text))
    assert named is not None
    assert [n for n, _, _ in named] == ["(1)観光案内所利用者数", "(2)ハブ咬傷件数"]


def test_review47_words_opening_with_a_list_word_are_no_list_column(tmp_path: Path) -> None:
    """Review 47 H5: years down beside an 評価 column of `目標達成 | 目標未達成 | 実績値確定` (one
    row a year): the words open with list words but name no list, so no year's figures are read
    as targets."""
    body = (
        "<table><tr><th rowspan='2'>年度</th><th rowspan='2'>評価</th>"
        "<th colspan='2'>KPI（重要業績評価指標）</th></tr>"
        "<tr><th>①観光入込客数（千人）</th><th>②移住者数（人）</th></tr>"
        "<tr><td>2021年度</td><td>目標達成</td><td>1,420</td><td>12</td></tr>"
        "<tr><td>2022年度</td><td>目標未達成</td><td>1,786</td><td>15</td></tr>"
        "<tr><td>2023年度</td><td>実績値確定</td><td>2,104</td><td>18</td></tr></table>"
    )
    doc = html_page(tmp_path, "r47_h5", body)
    assert not any(r.targets for r in doc.records)


@pytest.mark.parametrize(
    ("sales", "pieces", "lead"),
    [
        ("特産品販売額（千円）", "特産品販売個数", ""),  # a unit over one row, none over the other
        ("特産品販売額", "特産品販売個数", "units in values"),  # 4,000千円 | 3,000個
        ("特産品販売額（千円）", "特産品販売個数（個）", "施策 column"),  # a 施策 left of the names
    ],
)
def test_review47_a_figure_merged_over_rows_of_unknown_or_other_units_is_not_copied(
    tmp_path: Path, sales: str, pieces: str, lead: str
) -> None:
    """Review 47 H3: `5,000` merged under 目標値（R9） over 販売額 and 販売個数, beside a row with a
    target of its own: not the 販売個数 row's target where one row prints a unit and the other
    none, where the values print 千円 and 個, or where a 施策 column stands left of the names."""
    own = "<td>特産品の振興</td>" if lead == "施策 column" else ""
    head_lead = "<th>施策</th>" if lead == "施策 column" else ""
    printed = ("千円", "個") if lead == "units in values" else ("", "")
    body = (
        f"<table><tr>{head_lead}<th>指標名</th><th>基準値（R5）</th><th>目標値（R9）</th>"
        "<th>実績値（R6）</th></tr>"
        f"<tr>{own}<td>{sales}</td><td>4,000{printed[0]}</td><td rowspan='2'>5,000</td>"
        f"<td>4,200{printed[0]}</td></tr>"
        f"<tr>{own}<td>{pieces}</td><td>3,000{printed[1]}</td><td>3,500{printed[1]}</td></tr>"
        f"<tr>{own}<td>移住者数（人）</td><td>3</td><td>5</td><td>4</td></tr></table>"
    )
    records = {r.indicator: r for r in html_page(tmp_path, "r47_h3", body).records}
    assert not records["特産品販売個数"].targets
    assert _dated(records["移住者数"].targets) == [(5, 2027, [])]


@pytest.mark.parametrize(
    "halves", [("R5実績（上期）", "R5実績（下期）"), ("R5実績（4～9月）", "R5実績（10～3月）")]
)
def test_review47_a_second_half_beside_the_first_is_said(
    tmp_path: Path, halves: tuple[str, str]
) -> None:
    """Review 47 H4: `R5実績（上期） | R5実績（下期）`: the first half is dated 2023-09; the second,
    October to March, is no whole year's figure, and a warning says it was dated by the fiscal
    year alone (before this session, two actuals of R5 said as much)."""
    rows = [["指標名", "単位", *halves], ["観光入込客数", "人", "12,000", "13,000"]]
    [r] = html_page(tmp_path, "r47_h4", html_table(rows)).records
    assert next((a.period.year, a.period.month) for a in r.actuals if a.period) == (2023, 9)
    assert any("second half" in w for w in r.warnings)


def test_review47_a_values_bracket_at_the_years_end_is_said_so() -> None:
    """Review 47 (low): `18,000（3月末）` under R5年度 is the figure at the year's end, 2024-03;
    the warning does not say it is not."""
    from jpkpi.primitives.period import Period
    from jpkpi.primitives.quantity import parse_quantity
    from jpkpi.records.build import _observation
    from jpkpi.understanding.drafts import ValueCell

    cell = ValueCell("18,000（3月末）", Period(2023, None, None, "R5年度"), "R5年度")
    warnings: list[str] = []
    obs = _observation(cell, parse_quantity(cell.text), cell.period, warnings, [])
    assert obs is not None and obs.period is not None
    assert (obs.period.year, obs.period.month) == (2024, 3)
    assert warnings and "year's end" in warnings[0] and "not at" not in warnings[0]


def test_reread47_a_second_half_dated_at_its_end_is_not_said_undated(tmp_path: Path) -> None:
    """Re-read 47: `R5年度下期` is dated at 2024-03 (as `R5年度下半期` always was); no warning says
    its values were dated by the fiscal year alone."""
    rows = [
        ["指標名", "単位", "R5年度上期", "R5年度下期"],
        ["観光入込客数", "人", "12,000", "13,000"],
    ]
    [r] = html_page(tmp_path, "rr47", html_table(rows)).records
    assert [(a.period.year, a.period.month) for a in r.actuals if a.period] == [
        (2023, 9),
        (2024, 3),
    ]
    assert not any("second half" in w for w in r.warnings)


@pytest.mark.parametrize("first", ["最終目標 300", "中間目標 300"])
def test_reread47_a_qualified_target_word_is_still_a_key(tmp_path: Path, first: str) -> None:
    """Re-read 47: `最終目標 300` over `実績 250` under 令和4年度 keys a target and an actual, as
    before review 47's narrowing of keys (only ratios and differences, 実績比, are no keys)."""
    rows = [["指標名", "単位", "令和4年度"], ["移住者数", "人", f"{first}<br>実績 250"]]
    [r] = html_page(tmp_path, "rr47k", html_table(rows)).records
    assert ([t.quantity.value for t in r.targets], [a.quantity.value for a in r.actuals]) == (
        [300],
        [250],
    )


@pytest.mark.parametrize(
    ("cell", "raws"),
    [
        ("目標14人 実績15人", ["目標14人", "実績15人"]),
        ("目標 14人 実績 15人", ["目標 14人", "実績 15人"]),
        ("目標１４人　実績１５人", ["目標１４人", "実績１５人"]),
        ("目標値14人実績値15人", ["目標値14人", "実績値15人"]),
    ],
)
def test_review47_left_list_words_with_no_space_key_their_values(
    tmp_path: Path, cell: str, raws: list[str]
) -> None:
    """Review 47 left `目標14人 実績15人` an actual of null with parts and no warning: normalizing
    drops the space between 人 and 実績, and the word was glued to its number. Under 令和4年度 it
    is that year's target 14 and actual 15, each ``raw`` as printed."""
    rows = [
        ["指標名", "単位", "令和4年度"],
        ["移住者数", "人", cell],
        ["相談件数", "件", "120"],
    ]
    movers, _ = html_page(tmp_path, "l47_glued", html_table(rows)).records
    assert (_dated(movers.targets), _dated(movers.actuals)) == ([(14, 2022, [])], [(15, 2022, [])])
    assert [o.quantity.raw for o in (*movers.targets, *movers.actuals)] == raws


def test_review47_left_a_glued_forecast_and_a_goal_number(tmp_path: Path) -> None:
    """`実績見込19人` under 令和6年度 is an actual flagged a forecast (not 実績 and 見込19人);
    `目標1` alone is a heading's number (the first goal), no target of 1."""
    from jpkpi.tables.model import Cell
    from jpkpi.understanding.cells import keyed_lines

    rows = [
        ["指標名", "単位", "令和6年度"],
        ["移住者数", "人", "実績見込19人"],
        ["相談件数", "件", "120"],
    ]
    movers, _ = html_page(tmp_path, "l47_forecast", html_table(rows)).records
    assert _dated(movers.actuals) == [(19, 2024, ["estimate"])] and not movers.warnings
    assert keyed_lines(Cell(0, 0, "目標1")) is None


@pytest.mark.parametrize(
    ("cell", "named"),
    [
        ("基準値 10 目標 14 実績 15", "(基準値, 目標, 実績)"),
        ("目標 10 実績 9 達成率 90%", "(目標, 実績)"),
    ],
)
def test_review47_left_values_of_several_lists_kept_as_parts_are_warned(
    tmp_path: Path, cell: str, named: str
) -> None:
    """Review 47 left `基準値 10 目標 14 実績 15` and `目標 10 実績 9 達成率 90%` in one cell as
    one value of null with parts, unsaid: the parts stay (a baseline key and a rate are no
    target or actual of the column's year), and the record says the lists were not read."""
    rows = [["指標名", "単位", "令和4年度"], ["移住者数", "人", cell], ["相談件数", "件", "120"]]
    movers, _ = html_page(tmp_path, "l47_parts", html_table(rows)).records
    assert [o.quantity.value for o in movers.actuals] == [None]
    assert any(named in w and "not read as" in w for w in movers.warnings)


@pytest.mark.parametrize("cell", ["目標－　実績15人", "目標―　実績15人"])
def test_review48_a_dash_after_a_list_word_gives_its_value_to_no_other_list(
    tmp_path: Path, cell: str
) -> None:
    """Review 48 H1: `目標－　実績15人` under 令和4年度 was a target of 15 (the key `目標－`, its
    value `実績15人`): 15 is no target; the cell is said unread where it is not read whole."""
    rows = [["指標名", "単位", "令和4年度"], ["移住者数", "人", cell], ["相談件数", "件", "120"]]
    movers, _ = html_page(tmp_path, "r48_dash", html_table(rows)).records
    assert 15 not in [o.quantity.value for o in movers.targets]
    assert movers.actuals or movers.warnings


@pytest.mark.parametrize(
    "cell", ["目標14人実績－", "目標14人　実績集計中", "実績15人目標達成", "実績12月末"]
)
def test_review48_glued_words_after_a_value_are_no_unit(tmp_path: Path, cell: str) -> None:
    """Review 48 M: `目標14人実績－` gave target 14 in the unit `人実績-`, `実績15人目標達成` an
    actual in `人目標達成`, `実績12月末` an actual of 12 in `月末`: a glued value is a number and
    a unit word; what is left unread is said."""
    rows = [["指標名", "単位", "令和4年度"], ["移住者数", "人", cell], ["相談件数", "件", "120"]]
    movers, _ = html_page(tmp_path, "r48_units", html_table(rows)).records
    read = [o.quantity for o in (*movers.targets, *movers.actuals)]
    assert all(q.unit in (None, "人") for q in read)
    assert read or any(cell.replace("　", " ") in w for w in movers.warnings)


def test_review48_a_heading_glued_to_a_month_is_still_a_heading(tmp_path: Path) -> None:
    """Review 48 M: `実績12月末` and `計画5か年` over the values read as values, so the table had
    no header and gave nothing: they head their columns."""
    rows = [
        ["指標名", "単位", "実績12月末", "計画5か年"],
        ["移住者数", "人", "15", "60"],
        ["相談件数", "件", "120", "500"],
    ]
    movers, talks = html_page(tmp_path, "r48_heads", html_table(rows)).records
    assert (movers.indicator, talks.indicator) == ("移住者数", "相談件数")
    assert [o.quantity.value for o in movers.actuals] == [15]


def test_review48_a_share_note_unreads_a_mark_in_the_regions_reader_too(tmp_path: Path) -> None:
    """Review 48 H2: two grids side by side, each with a 評価 column, the legend `◎：目標値以上
    ○：目標値と同等 △：目標値未満` and the note `※○は目標値の95%以上100%未満`: ○ beside 移住者数
    (no actual) was read as achieved; ○ is defined twice differently, so it is no status."""
    head = (
        "<tr><th>活動指標</th><th>目標値（R6）</th><th>実績値（R6）</th><th>評価</th>"
        "<th>成果指標</th><th>目標値（R6）</th><th>実績値（R6）</th><th>評価</th></tr>"
    )
    rows = (
        "<tr><td>移住相談会開催数（回）</td><td>10</td><td>12</td><td>◎</td>"
        "<td>移住者数（人）</td><td>20</td><td></td><td>○</td></tr>"
        "<tr><td>PR動画作成数（本）</td><td>3</td><td>2</td><td>△</td>"
        "<td>相談件数（件）</td><td>150</td><td>160</td><td>◎</td></tr>"
    )
    notes = (
        "<p>評価 ◎：目標値以上 ○：目標値と同等 △：目標値未満</p><p>※○は目標値の95%以上100%未満</p>"
    )
    page = html_page(tmp_path, "r48_share", f"<table>{head}{rows}</table>{notes}")
    movers = next(r for r in page.records if r.indicator == "移住者数")
    assert movers.status is None or movers.status.value is None
    talks = next(r for r in page.records if r.indicator == "相談件数")
    assert talks.status is not None and (talks.status.raw, talks.status.value) == ("◎", "achieved")


def test_review48_letters_another_note_defines_otherwise_are_no_status(tmp_path: Path) -> None:
    """Review 48 H3: table 1's legend `評価 A：目標達成 B：目標未達成`, and under table 2 `※評価欄
    は、事業の今後の方向性を A（拡充）、B（現状維持）、C（縮小）で示す。`: 空き家バンク登録件数's A
    (no actual) was read as achieved; the letters are defined twice differently."""
    first = (
        "<table><tr><th>指標名</th><th>基準値（R2）</th><th>目標値（R6）</th><th>実績値（R6）</th>"
        "<th>評価</th></tr><tr><td>移住者数（人）</td><td>10</td><td>20</td><td>22</td><td>A</td>"
        "</tr><tr><td>相談件数（件）</td><td>100</td><td>150</td><td>120</td><td>B</td></tr>"
        "</table><p>評価 A：目標達成 B：目標未達成</p>"
    )
    second = (
        "<table><tr><th>事業名</th><th>指標名</th><th>目標値（R6）</th><th>実績値（R6）</th>"
        "<th>評価</th></tr><tr><td>空き家対策事業</td><td>空き家バンク登録件数（件）</td><td>30</td>"
        "<td>－</td><td>A</td></tr><tr><td>企業誘致事業</td><td>企業誘致数（社）</td><td>5</td>"
        "<td>未確定</td><td>C</td></tr></table>"
        "<p>※評価欄は、事業の今後の方向性を A（拡充）、B（現状維持）、C（縮小）で示す。</p>"
    )
    page = html_page(tmp_path, "r48_other", first + second)
    houses = next(r for r in page.records if r.indicator == "空き家バンク登録件数")
    assert houses.status is None or houses.status.value is None


def test_review48_kana_numbered_names_over_target_and_actual_rows_are_read(
    tmp_path: Path,
) -> None:
    """Review 48: `No.` over ア | イ, each name merged down over a 区分 column's 目標 / 実績 rows
    under bare years: the table was dropped as no indicators (a 指標名 heading alone, evidence 3
    of 5); a column naming each row's list is evidence of indicators too."""
    head = "<tr><th>No.</th><th>指標名</th><th>区分</th><th>R3年度</th><th>R4年度</th></tr>"
    rows = (
        "<tr><td rowspan='2'>ア</td><td rowspan='2'>空き家バンク新規登録件数（件）</td><td>目標</td>"
        "<td>20</td><td>20</td></tr><tr><td>実績</td><td>18</td><td>22</td></tr>"
        "<tr><td rowspan='2'>イ</td><td rowspan='2'>移住相談件数（件）</td><td>目標</td>"
        "<td>30</td><td>30</td></tr><tr><td>実績</td><td>25</td><td>28</td></tr>"
    )
    houses, talks = html_page(tmp_path, "r48_kana", f"<table>{head}{rows}</table>").records
    assert (houses.label, houses.indicator, talks.label) == ("ア", "空き家バンク新規登録件数", "イ")
    assert _dated(houses.targets) == [(20, 2021, []), (20, 2022, [])]
    assert _dated(talks.actuals) == [(25, 2021, []), (28, 2022, [])]


@pytest.mark.parametrize("cell", ["目標14", "R5目標14 R5実績15", "実績15"])
def test_review48_a_figure_with_a_list_word_is_no_heading_for_the_rows_below(
    tmp_path: Path, cell: str
) -> None:
    """Review 48: `目標14` alone under 令和4年度 was taken for a heading of the rows below, so
    相談件数's 120 became a target of no period (and under `R5目標14 R5実績15`, an actual dated
    by that text): a cell that prints a figure of its own heads nothing; it is said unread."""
    rows = [
        ["指標名", "単位", "令和4年度"],
        ["移住者数", "人", cell],
        ["相談件数", "件", "120"],
    ]
    movers, talks = html_page(tmp_path, "r48_figure", html_table(rows)).records
    assert not talks.targets and _dated(talks.actuals) == [(120, 2022, [])]
    assert any(cell in w for w in movers.warnings)


def test_review49_a_stacked_note_leaves_baselines_and_years_it_does_not_name(
    tmp_path: Path,
) -> None:
    """Review 49 H2: `※上段が目標値、下段が実績値です。` over `R3 | R4 | R5 | 基準値（R元）`: 11,860 on
    the upper line right of the years is the baseline, not a target; under `※R3～R5の各欄は…`
    an `R2実績` column left of them keeps its actual."""
    rows = (
        "<tr><td rowspan='2'>来場者数（人）</td><td>12,000</td><td>12,500</td><td>11,860</td></tr>"
        "<tr><td>6,412</td><td>9,105</td><td></td></tr>"
    )
    right = html_page(
        tmp_path,
        "r49_right",
        "<p>※上段が目標値、下段が実績値です。</p><table><tr><th>指標名</th><th>R3</th><th>R4</th>"
        f"<th>基準値（R元）</th></tr>{rows}</table>",
    ).records[0]
    assert right.baseline is not None and right.baseline.quantity.value == 11860
    assert _dated(right.targets) == [(12000, 2021, []), (12500, 2022, [])]
    left = html_page(
        tmp_path,
        "r49_left",
        "<p>※R3～R4の各欄は、上段が目標値、下段が実績値です。</p><table><tr><th>指標名</th>"
        "<th>R2実績</th><th>R3</th><th>R4</th></tr><tr><td rowspan='2'>来場者数（人）</td>"
        "<td>11,860</td><td>12,000</td><td>12,500</td></tr><tr><td></td><td>6,412</td>"
        "<td>9,105</td></tr></table>",
    ).records[0]
    assert _dated(left.targets) == [(12000, 2021, []), (12500, 2022, [])]
    assert (11860, 2020, []) in _dated(left.actuals)


@pytest.mark.parametrize(
    ("legend", "read"),
    [
        ("評価 A：R6目標値を達成 B：R6目標値を下回った", {"A": "achieved", "B": "not_achieved"}),
        (
            "○：目標値を下回った（達成） ×：目標値を上回った（未達成）",
            {"○": "achieved", "×": "not_achieved"},
        ),
        ("◎：目標を上回った ○：目標どおり △：目標を下回った", {"◎": "achieved"}),
    ],
)
def test_review49_fallen_short_of_the_target_is_not_reached_only_beside_reached(
    legend: str, read: dict[str, str]
) -> None:
    """Review 49 H1: `目標値を下回った` was not reached in every legend, so where less is better
    (`○：目標値を下回った（達成）`) ○ became not achieved: it is read so only beside a mark
    defined as reached in words, and never where its own words say 達成."""
    from jpkpi.understanding.cells import status_legend

    assert status_legend([legend]) == read


@pytest.mark.parametrize("cell", ["R2実績以上", "目標：R2比増", "令和7年度までに達成"])
def test_review49_a_level_against_a_year_heads_no_rows_below(tmp_path: Path, cell: str) -> None:
    """Review 49 H5: `R2実績以上` closing a row under 目標（R7） was taken for a heading of the
    rows below (it names a period and prints no other number), so 相談件数's 120 became an actual
    of FY2020: a level stated against a year is the row's, said unread."""
    rows = [
        ["指標名", "単位", "基準値（R2）", "目標（R7）"],
        ["移住者数", "人", "10", cell],
        ["相談件数", "件", "100", "120"],
    ]
    movers, talks = html_page(tmp_path, "r49_against", html_table(rows)).records
    assert _dated(talks.targets) == [(120, 2025, [])] and not talks.actuals
    assert any(cell in w for w in movers.warnings)


def test_review49_notes_cut_into_cells_under_a_numbered_mark_without_colon(
    tmp_path: Path,
) -> None:
    """Review 49 H4: a CSV's notes rows `注1,策定時（R3）は令和3年度の値です。ただし、③は令和2年度の
    値を策定時としています。` were not read (the mark needed a colon in a cell, not in a line)."""
    path = tmp_path / "r49_notes.csv"
    path.write_text(
        "No.,指標名,単位,策定時（R3）,R5実績\n①,移住者数,人,10,12\n②,相談件数,件,100,120\n"
        "③,市民満足度,％,40.0,45.0\n,,,,\n"
        "注1,策定時（R3）は令和3年度の値です。ただし、③は令和2年度の値を策定時としています。,,,\n",
        encoding="utf-8",
    )
    records = jpkpi.parse(path).records
    assert [(r.label, r.baseline.period.fiscal_year) for r in records if r.baseline] == [
        ("①", 2021),
        ("②", 2021),
        ("③", 2020),
    ]


@pytest.mark.parametrize(
    ("cell", "start", "target"),
    [
        ("R2:100→R6:120", (100, 2020), (120, 2024, "R6:120")),
        ("2020年度：10→12", (10, 2020), (12, 2025, "12")),
    ],
)
def test_review49_an_arrow_whose_ends_are_keyed_by_years_targets_its_goal(
    tmp_path: Path, cell: str, start: tuple[int, int], target: tuple[int, int, str]
) -> None:
    """Review 49 H6: `R2:100→R6:120` under 目標（R7） was read as a list keyed by R2, so the
    target was 100, the start, dated FY2020: the goal is the target, dated by its own key or
    else by the column; the start, keyed by its year, gives no target."""
    rows = [["指標名", "単位", "目標（R7）"], ["移住者数", "人", cell], ["相談件数", "件", "120"]]
    movers, _ = html_page(tmp_path, "r49_arrow", html_table(rows)).records
    assert [(o.quantity.value, o.period.fiscal_year, o.quantity.raw) for o in movers.targets] == [
        target
    ]
    assert movers.baseline is not None
    assert (movers.baseline.quantity.value, movers.baseline.period.fiscal_year) == start


def test_review49_a_plus_sign_after_the_target_word_is_an_increase(tmp_path: Path) -> None:
    """Review 49 H6: `目標+10%` under 目標（R7） on a row counted in 人 was a target of 10: it is an
    increase over the levels the row prints, kept as the target statement and said."""
    rows = [
        ["指標名", "単位", "基準値（R2）", "目標（R7）"],
        ["移住者数", "人", "90", "目標+10%"],
        ["相談件数", "件", "100", "120"],
    ]
    movers, talks = html_page(tmp_path, "r49_plus", html_table(rows)).records
    assert not movers.targets and movers.target_statement is not None
    assert movers.target_statement.text == "目標+10%"
    assert any("'目標+10%'" in w and "increase" in w for w in movers.warnings)
    assert _dated(talks.targets) == [(120, 2025, [])]


def test_review50_one_revised_line_of_a_keyed_list_keeps_the_other_years(tmp_path: Path) -> None:
    """Review 50 H1: `R5:100 / R6:110 / R7:120→130` under 目標 lost its R5 and R6 targets when
    the arrow made the whole cell one arrow: each line keeps its year, and the revised line
    gives its goal, said."""
    rows = [["指標名", "単位", "目標"], ["移住者数", "人", "R5:100<br>R6:110<br>R7:120→130"]]
    (movers,) = html_page(tmp_path, "r50_keyed_arrow", html_table(rows)).records
    assert _dated(movers.targets) == [(100, 2023, []), (110, 2024, []), (130, 2025, [])]
    assert any("'R7:120→130'" in w and "120" in w for w in movers.warnings)


def test_review50_an_arrow_revising_a_years_target_gives_no_baseline(tmp_path: Path) -> None:
    """Review 50 H2: `R7:120→150` under 目標（R7） gave a baseline of 120 dated FY2025: a start no
    earlier than the goal is a revised target, not read, and said; review 50 M4: a goal dated
    by its own key says it is not the column's year."""
    rows = [
        ["指標名", "単位", "目標（R7）"],
        ["移住者数", "人", "R7:120→150"],
        ["相談件数", "件", "120"],
    ]
    movers, _ = html_page(tmp_path, "r50_revised", html_table(rows)).records
    assert movers.baseline is None and _dated(movers.targets) == [(150, 2025, [])]
    assert any("revised target" in w for w in movers.warnings)
    rows[1][2] = "R2:100→R6:120"
    movers, _ = html_page(tmp_path, "r50_own_year", html_table(rows)).records
    assert _dated(movers.targets) == [(120, 2024, [])]
    assert any("its own R6" in w and "目標（R7）" in w for w in movers.warnings)


@pytest.mark.parametrize(
    "note",
    [
        "※　基本目標1の②は年度（4月～翌年3月）の数値です。",
        "※　数値は暦年（1月～12月）の数値です。ただし、基本目標1の②は年度（4月～翌年3月）の数値です。",
    ],
)
def test_review50_a_fiscal_note_naming_a_goals_row_counts_that_row(
    tmp_path: Path, note: str
) -> None:
    """Review 50 H3: a note naming `基本目標1の②` as counted by fiscal year under `2023年`
    headings dated nothing once the grouped reading took such keys: that row alone is FY2023,
    said; ② under 基本目標2 keeps its calendar year."""
    band = "<tr><th colspan='3'>{}</th></tr>"
    row = "<tr><td>{}</td><td>{}</td><td>10</td></tr>"
    grid = (
        "<table><tr><th>No.</th><th>KPI（人）</th><th>2023年</th></tr>"
        + band.format("基本目標1　しごとをつくる")
        + row.format("①", "就業者数")
        + row.format("②", "観光客数")
        + band.format("基本目標2　ひとを呼び込む")
        + row.format("①", "転入者数")
        + row.format("②", "来館者数")
        + f"</table><p>{note}</p>"
    )
    records = html_page(tmp_path, "r50_grouped_fiscal", grid).records
    assert [(o.period.fiscal_year, o.period.year) for r in records for o in r.actuals] == [
        (None, 2023),
        (2023, None),
        (None, 2023),
        (None, 2023),
    ]
    assert any("fiscal years" in w for w in records[1].warnings)


@pytest.mark.parametrize(
    ("cell", "change"),
    [("目標+10%", (10, "%")), ("目標+10ポイント", (10, "ポイント")), ("＋15", (15, None))],
)
def test_review50_a_plus_signed_target_is_a_change_in_its_statement(
    tmp_path: Path, cell: str, change: tuple[int, str | None]
) -> None:
    """Review 50 M1: `目標+10%` beside levels was kept as a statement whose goal was 10%, and
    `＋15` as one going down: a plus-signed target is a change, an increase, no level."""
    rows = [["指標名", "単位", "基準値（R2）", "目標（R7）"], ["移住者数", "人", "90", cell]]
    (movers,) = html_page(tmp_path, "r50_plus", html_table(rows)).records
    said = movers.target_statement
    assert said is not None and said.goal is None and said.direction == "increase"
    assert said.change is not None and (said.change.value, said.change.unit) == change


@pytest.mark.parametrize(
    ("line", "units"),
    [
        ("（単位：金額＝千円）", ["人", "円"]),
        ("（単位：数量＝トン、金額＝千円）", ["トン", "円"]),
        ("（単位：面積＝ha、金額＝千円）", ["ha", "円"]),
    ],
)
def test_review50_a_unit_line_of_one_pair_or_any_unit_gives_the_rows_their_units(
    tmp_path: Path, line: str, units: list[str]
) -> None:
    """Review 50 H4: a unit line of one pair, or of units such as トン and ha, left `金額` as the
    unit and 1,234 unscaled: each row takes the unit its word stands for."""
    word = {"人": "人", "トン": "数量", "ha": "面積"}[units[0]]
    rows = [
        ["指標名", "単位", "基準値（R4）", "目標（R7）"],
        ["参加者数", word, "100", "120"],
        ["販売額", "金額", "1,234", "1,500"],
    ]
    records = html_page(tmp_path, "r50_units", f"<p>{line}</p>" + html_table(rows)).records
    assert [r.unit for r in records] == units
    assert records[1].baseline.quantity.value == 1234000


def test_review50_a_measure_word_as_the_unit_with_no_line_is_said(tmp_path: Path) -> None:
    """Review 50 H4: `金額` in the unit column and no line giving it a unit: the values stand in
    no unit the page states, and the record says so."""
    rows = [["指標名", "単位", "基準値（R4）", "目標（R7）"], ["販売額", "金額", "1,234", "1,500"]]
    (sales,) = html_page(tmp_path, "r50_measure", html_table(rows)).records
    assert any("'金額'" in w and "not a unit" in w for w in sales.warnings)


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        ("<h3>【参考】</h3>", ["移住者数"]),
        ("<h2>（参考）KPIの一覧</h2>", ["移住者数", "町の人口"]),
    ],
)
def test_review50_a_reference_heading_alone_sets_apart_one_naming_kpis_does_not(
    tmp_path: Path, heading: str, read: list[str]
) -> None:
    """Review 50 H5 and M3: `<h3>【参考】</h3>` (normalized to 参考) over a table of statistics
    let its rows through as KPIs; `（参考）KPIの一覧` names KPIs, so its rows are read."""
    kpis = [["指標名", "単位", "基準値（R2）", "目標（R7）"], ["移住者数", "人", "90", "120"]]
    stats = [["項目", "単位", "R4", "R5"], ["町の人口", "人", "5,000", "4,900"]]
    body = "<h2>KPI</h2>" + html_table(kpis) + heading + html_table(stats)
    records = html_page(tmp_path, "r50_reference", body).records
    assert [r.indicator for r in records] == read


def test_review50_a_target_word_then_a_plus_sign_is_an_increase_alone(tmp_path: Path) -> None:
    """Review 50 H6: `目標+10%` on a row that prints no other value was a target of 10%: the
    target's word and the sign say an increase, kept as the statement and said."""
    rows = [
        ["指標名", "単位", "目標（R7）"],
        ["移住者数", "人", "目標+10%"],
        ["相談件数", "件", "120"],
    ]
    movers, _ = html_page(tmp_path, "r50_plus_alone", html_table(rows)).records
    assert not movers.targets and movers.target_statement is not None
    assert movers.target_statement.change is not None


@pytest.mark.parametrize(
    ("heads", "base"),
    [
        (["改訂時（R4）", "策定時（R元）", "R5実績"], (30, "策定時（R元）")),
        (["R3実績", "改訂時（R4）", "R5実績"], None),
    ],
)
def test_review51_a_revision_column_yields_to_the_start_and_follows_actuals(
    tmp_path: Path, heads: list[str], base: tuple[int, str] | None
) -> None:
    """Review 51 H2 and M10: `改訂時（R4）` left of `策定時（R元）` took the baseline, and one right
    of an actual column gave a baseline dated after it: 改訂時 is the baseline only where no
    start column stands and no actual before it; else an actual."""
    rows = [["指標名", "単位", *heads, "目標（R7）"], ["移住者数", "人", "50", "30", "55", "80"]]
    (movers,) = html_page(tmp_path, "r51_revision", html_table(rows)).records
    got = movers.baseline
    assert (None if got is None else (got.quantity.value, got.period.raw)) == base
    assert "改訂時（R4）" in [o.period.raw for o in movers.actuals]


@pytest.mark.parametrize(
    ("heading", "read"),
    [("（参考）関連指標", ["移住者数"]), ("（参考）市の人口（KPI外）", ["移住者数"])],
)
def test_review51_a_reference_heading_naming_other_indicators_sets_them_apart(
    tmp_path: Path, heading: str, read: list[str]
) -> None:
    """Review 51 H1: `（参考）関連指標` and `（参考）市の人口（KPI外）` let their statistics through
    as KPIs once a heading naming indicators was exempt: only one opening with the plan's own
    list (KPIの一覧) is."""
    kpis = [["指標名", "単位", "基準値（R2）", "目標（R7）"], ["移住者数", "人", "90", "120"]]
    stats = [["指標名", "単位", "R4", "R5"], ["総人口", "人", "5,000", "4,900"]]
    body = "<h2>KPI</h2>" + html_table(kpis) + f"<h3>{heading}</h3>" + html_table(stats)
    assert [r.indicator for r in html_page(tmp_path, "r51_ref", body).records] == read


@pytest.mark.parametrize(
    ("name", "statement", "target"),
    [
        ("要介護認定率【上昇抑制】", None, None),
        ("合計特殊出生率【低下防止】", None, None),
        ("平均寿命【延長】", "increase", None),
        ("自殺者数【ゼロ】", None, 0),
    ],
)
def test_review51_words_in_a_names_brackets_are_no_unit_and_no_wrong_direction(
    tmp_path: Path, name: str, statement: str | None, target: int | None
) -> None:
    """Review 51 H3: `【上昇抑制】` read as an increase and `【低下防止】` as a decrease (so 1.30
    against 1.40 was achieved), `【延長】` and `【ゼロ】` as units: a move held back is said unread,
    延長 is an increase, ゼロ a target of 0."""
    rows = [
        ["No.", "成果指標【目標値（令和7年度）】", "単位", "基準値（R2）", "R5実績"],
        ["①", name, "人", "18.0", "19.0"],
        ["②", "相談件数【12】", "件", "10", "12"],
    ]
    record, _ = html_page(tmp_path, "r51_bracket", html_table(rows)).records
    said = record.target_statement
    assert (said.direction if said else None) == statement
    assert [t.quantity.value for t in record.targets if t.quantity.value is not None] == (
        [target] if target is not None else []
    )
    assert record.unit == "人" and "【" not in (record.indicator or "")


def test_review51_a_year_heading_closing_in_a_forecast_bracket_is_a_header(tmp_path: Path) -> None:
    """Review 51 H4: `2024（見込）` among `2022 | 2023` left the row of years a row of values, every
    value undated: the bracket is read past, and the value is an estimate."""
    body = (
        "<table><tr><th rowspan=2>指標名</th><th rowspan=2>単位</th><th colspan=3>実績（年度）</th>"
        "<th>目標（年度）</th></tr><tr><th>2022</th><th>2023</th><th>2024（見込）</th>"
        "<th>2026（最終）</th></tr><tr><td>移住者数</td><td>人</td><td>10</td><td>12</td>"
        "<td>14</td><td>20</td></tr></table>"
    )
    (movers,) = html_page(tmp_path, "r51_years", body).records
    assert [(o.period.fiscal_year, sorted(o.quantity.flags)) for o in movers.actuals] == [
        (2022, []),
        (2023, []),
        (2024, ["estimate"]),
    ]


@pytest.mark.parametrize(
    ("text", "change"),
    [("+1.5万人", (15000, "人")), ("+3億円", (300000000, "円")), ("+1,000人以上", (1000, "人"))],
)
def test_review51_a_plus_signed_change_takes_its_scale_and_bound(
    text: str, change: tuple[int, str]
) -> None:
    """Review 51 M8: `+1.5万人` was a change of 1.5 万人 and `+1,000人以上` a goal held: the scale
    word applies, and a bound closing it keeps it a change."""
    from jpkpi.primitives.target import parse_target_statement

    said = parse_target_statement(text)
    assert said is not None and said.goal is None and said.direction == "increase"
    assert said.change is not None and (said.change.value, said.change.unit) == change


def test_review51_a_previous_year_note_names_the_actuals_after_its_subject(tmp_path: Path) -> None:
    """Review 51 M7: `No.3は、…R3～R5の実績欄にそれぞれ前年（1月～12月）の数値を記載` moved the
    target too, the 実績 cells named after は: the actuals alone move."""
    rows = [
        ["No.", "指標名", "単位", "R4実績", "R5実績", "目標（R7）"],
        ["2", "新規就農者数", "人", "4", "5", "6"],
        ["3", "農業産出額", "億円", "116.9", "124.2", "130"],
    ]
    note = (
        "<p>※1 No.3は、統計の公表時期の関係から、R4～R5の実績欄にそれぞれ前年（1月～12月）の"
        "数値を記載している。</p>"
    )
    _, output = html_page(tmp_path, "r51_prev", html_table(rows) + note).records
    assert [(o.period.fiscal_year, o.period.year) for o in output.actuals] == [
        (None, 2021),
        (None, 2022),
    ]
    assert [o.period.fiscal_year for o in output.targets] == [2025]


def test_review52_a_direction_in_a_names_brackets_stands_beside_number_targets(
    tmp_path: Path,
) -> None:
    """Review 52 H1: `待機児童数【減少】` beside R5目標 5 and R5実績 3 lost its statement, so the
    status was judged higher-is-better: the name's word is the statement whatever targets."""
    rows = [
        ["No.", "指標名", "単位", "基準値（R2）", "R5目標", "R5実績"],
        ["①", "待機児童数【減少】", "人", "10", "5", "3"],
        ["②", "相談件数", "件", "10", "12", "13"],
    ]
    waiting, _ = html_page(tmp_path, "r52_dir", html_table(rows)).records
    assert waiting.target_statement is not None
    assert waiting.target_statement.direction == "decrease"
    assert waiting.status is not None and waiting.status.computed == "achieved"


@pytest.mark.parametrize("word", ["増加の抑止", "減少に歯止め", "上昇抑制"])
def test_review52_a_move_held_back_in_a_name_gives_no_direction(tmp_path: Path, word: str) -> None:
    """Review 52 H2: `空き家数【増加の抑止】` read as an increase (not achieved where it fell): a
    move held back gives no statement, and the record says so."""
    rows = [
        ["No.", "指標名", "単位", "基準値（R2）", "R5目標", "R5実績"],
        ["①", f"空き家数【{word}】", "戸", "100", "110", "105"],
        ["②", "相談件数", "件", "10", "12", "13"],
    ]
    houses, _ = html_page(tmp_path, "r52_held", html_table(rows)).records
    assert houses.target_statement is None
    assert any(word in w and "not read" in w for w in houses.warnings)


def test_review52_a_previous_year_note_of_every_column_moves_them_all(tmp_path: Path) -> None:
    """Review 52 H3: `No.3は、…各欄にそれぞれ前年（1月～12月）の数値を記載` moved only the actuals
    (実績 stood elsewhere in the sentence): every column moves."""
    rows = [
        ["No.", "指標名", "単位", "基準値（R2）", "R5実績", "目標（R7）"],
        ["2", "新規就農者数", "人", "3", "5", "6"],
        ["3", "農業産出額", "億円", "110", "124.2", "130"],
    ]
    note = (
        "<p>※1 No.3は、実績の公表時期の関係から、各欄にそれぞれ前年（1月～12月）の数値を"
        "記載している。</p>"
    )
    _, output = html_page(tmp_path, "r52_prev", html_table(rows) + note).records
    assert (output.baseline.period.fiscal_year, output.baseline.period.year) == (None, 2019)
    assert [(o.period.fiscal_year, o.period.year) for o in output.targets] == [(None, 2024)]


def test_review52_a_day_note_of_activities_does_not_date_an_outcome_row(tmp_path: Path) -> None:
    """Review 52 H5: `活動指標②の数値は、各年度の4月1日現在の登録者数である。` dated the 成果指標
    table's ② (its noun matched by two characters): the kind word must be the row's."""
    rows = [
        ["No.", "成果指標", "単位", "基準値（R2）", "R5実績"],
        ["①", "観光客数", "人", "100", "120"],
        ["②", "観光案内所の利用者数", "人", "50", "60"],
    ]
    note = "<p>※1 活動指標②の数値は、各年度の4月1日現在の登録者数である。</p>"
    _, visitors = html_page(tmp_path, "r52_kind", html_table(rows) + note).records
    assert visitors.baseline.period.month is None


def test_review52_only_the_rows_a_unit_note_names_keep_a_bracket_as_their_unit(
    tmp_path: Path,
) -> None:
    """Review 52 H6: under `（単位：人。①の単位は指標名の末尾に記載）`, `移住者数（女性）` took 女性 as
    its unit: only the named row keeps a bracket the vocabulary does not know."""
    rows = [
        ["No.", "指標名", "R4実績", "R5実績"],
        ["①", "森林整備面積（ha）", "85", "92"],
        ["②", "移住者数（女性）", "10", "12"],
    ]
    caption = "<p>表　達成状況（単位：人。①の単位は指標名の末尾に記載）</p>"
    forest, movers = html_page(tmp_path, "r52_keep", caption + html_table(rows)).records
    assert forest.unit == "ha"
    assert movers.unit != "女性"


@pytest.mark.parametrize(
    "note",
    ["※1　見込みです。", "※1　令和6年3月末時点の見込値となっています。", "※1　見込の数値です。"],
)
def test_review52_a_numbered_forecast_note_worded_otherwise_flags_its_value(
    tmp_path: Path, note: str
) -> None:
    """Review 52 M3: `130※1` under a note `※1 見込みです` (or `…見込値となっています`, `見込の数値
    です`) was left unflagged and unsaid: the marked value is an estimate."""
    rows = [["指標名", "単位", "R4実績", "R5実績"], ["移住者数", "人", "120", "130※1"]]
    (movers,) = html_page(tmp_path, "r52_forecast", html_table(rows) + f"<p>{note}</p>").records
    assert [sorted(o.quantity.flags) for o in movers.actuals] == [[], ["estimate"]]


def test_activities_merged_down_beside_their_outcomes_still_split(tmp_path: Path) -> None:
    """Review 53 (H1): 活動指標 | 単位 | R5実績 | R6実績 | 成果指標 | 単位 | R5実績 | R6実績, each
    activity merged down over two outcome rows: two tables side by side, six records each with
    its own unit and values (only a program's money merged as its name is stays with the KPIs)."""
    rows = [
        "<tr><th>活動指標</th><th>単位</th><th>R5実績</th><th>R6実績</th>"
        "<th>成果指標</th><th>単位</th><th>R5実績</th><th>R6実績</th></tr>",
        "<tr><td rowspan='2'>講座の開催回数</td><td rowspan='2'>回</td><td rowspan='2'>10</td>"
        "<td rowspan='2'>12</td><td>受講者数</td><td>人</td><td>90</td><td>100</td></tr>",
        "<tr><td>受講者の満足度</td><td>％</td><td>80</td><td>85</td></tr>",
        "<tr><td rowspan='2'>相談会の開催回数</td><td rowspan='2'>回</td><td rowspan='2'>4</td>"
        "<td rowspan='2'>6</td><td>相談件数</td><td>件</td><td>30</td><td>40</td></tr>",
        "<tr><td>移住者数</td><td>人</td><td>5</td><td>7</td></tr>",
    ]
    doc = html_page(tmp_path, "sides", "<table>" + "".join(rows) + "</table>")
    got = {r.indicator: (r.unit, [a.quantity.value for a in r.actuals]) for r in doc.records}
    assert got == {
        "講座の開催回数": ("回", [10, 12]),
        "相談会の開催回数": ("回", [4, 6]),
        "受講者数": ("人", [90, 100]),
        "受講者の満足度": ("%", [80, 85]),
        "相談件数": ("件", [30, 40]),
        "移住者数": ("人", [5, 7]),
    }


def test_a_unit_note_key_that_labels_two_rows_gives_neither_a_unit(tmp_path: Path) -> None:
    """Review 53 (H2): 活動指標 ア, イ and 成果指標 ア, イ again, `※単位　ア：回　イ：人`: which ア
    the note means is not known, so no row takes its unit, and each says so."""
    table = html_table(
        [
            ["区分", "記号", "指標名", "R5実績", "R6実績"],
            ["活動指標", "ア", "講座の開催回数", "10", "12"],
            ["活動指標", "イ", "講座の参加者数", "200", "240"],
            ["成果指標", "ア", "受講者の満足度", "80", "85"],
            ["成果指標", "イ", "受講後の就職率", "20", "24"],
        ]
    )
    doc = html_page(tmp_path, "kana", table + "<p>※単位　ア：回　イ：人</p>")
    assert [r.unit for r in doc.records] == [None, None, None, None]
    assert all(any("labels more than one row" in w for w in r.warnings) for r in doc.records)


def test_a_day_note_is_no_fiscal_flow_note(tmp_path: Path) -> None:
    """Review 53 (M1): `※2 No.2は、各年度の4月1日現在の登録物件数です。` dates row 2 at April of
    each year (said), not a fiscal year's flow."""
    table = html_table(
        [
            ["No.", "指標名", "単位", "基準値（R3）", "R5年度", "R6年度"],
            ["1", "生産者数", "人", "120", "118", "115"],
            ["2", "登録物件数", "件", "50", "52", "54"],
        ]
    )
    doc = html_page(
        tmp_path, "day", table + "<p>※2 No.2は、各年度の4月1日現在の登録物件数です。</p>"
    )
    homes = doc.records[1]
    assert [(a.period.year, a.period.month) for a in homes.actuals] == [(2023, 4), (2024, 4)]


def test_a_place_in_brackets_after_a_programs_name_is_no_department(tmp_path: Path) -> None:
    """Review 53 (M2): `図書館整備事業（新図書館）`, `文化振興事業（市民会館）`: the bracket names a
    place, part of the program's name, no department."""
    table = html_table(
        [
            ["事業名", "KPI", "単位", "R6目標値", "R6実績値"],
            ["図書館整備事業（新図書館）", "図書館の利用者数", "人", "50,000", "52,000"],
            ["文化振興事業（市民会館）", "市民会館の来館者数", "人", "30,000", "28,000"],
        ]
    )
    doc = html_page(tmp_path, "place", table)
    assert [(r.program, r.department) for r in doc.records] == [
        ("図書館整備事業(新図書館)", None),
        ("文化振興事業(市民会館)", None),
    ]


@pytest.mark.parametrize("text", ["3 小中学校", "4 小学校区", "2 観光施設"])
def test_a_number_spaced_from_a_counted_thing_is_a_quantity(text: str) -> None:
    """Review 53 (M3): a count of schools, school districts or facilities is no numbered title."""
    from jpkpi.understanding.cells import CellClass, classify

    assert classify(text) is CellClass.QUANTITY


def test_a_level_years_later_is_the_columns_target(tmp_path: Path) -> None:
    """Review 53 (L1): `5年後に30000人` under `最終目標（R6）` is a level at a point, the FY2024
    target; `5年間で10人以上` is a total over the years, the statement alone."""
    path = tmp_path / "later.csv"
    path.write_text(
        "指標名,単位,基準値（R2）,最終目標（R6）,R5実績\n"
        '人口,人,"30,000",5年後に30000人,"29,500"\n'
        "新規就農者数,人,2,5年間で10人以上,8\n",
        encoding="utf-8",
    )
    people, farmers = jpkpi.parse(path).records
    assert [(t.quantity.value, t.period.fiscal_year) for t in people.targets] == [(30000, 2024)]
    assert not farmers.targets and farmers.target_statement is not None
