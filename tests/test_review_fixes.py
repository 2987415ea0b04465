"""Inputs a review found mishandled: each now reads correctly or fails with a clear error."""

from __future__ import annotations

import pytest

import jpkpi
from jpkpi import ParseError, parse_quantity
from jpkpi.cli import main
from jpkpi.errors import DocumentError
from tests.conftest import ROOT, SEEDS


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
