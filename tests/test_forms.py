"""Other cities' forms (corpora/forms/): layouts none of the seeds show.

Each document re-types one city's published form (README there); the values asserted here are
read from the documents themselves.
"""

from __future__ import annotations

from pathlib import Path

from jpkpi.eval import score_corpus
from tests.conftest import parsed

FORMS = Path(__file__).resolve().parents[1] / "corpora" / "forms"


def _records(name: str) -> dict[str, dict]:
    return {r.indicator: r.to_dict() for r in parsed(FORMS / name).records}


def _values(observations: list[dict]) -> list[tuple]:
    return [(o["value"], o["period"]["fiscal_year"] if o["period"] else None) for o in observations]


def test_a_kubun_column_gives_each_row_its_list() -> None:
    """綾町: each indicator over two rows, 目標 then 実績 in a 区分 column, under H27 … H31."""
    records = _records("aya_kpi_hyoka_h28.html")
    visitors = records["観光入込客数"]
    assert _values(visitors["targets"]) == [
        (900000, 2015),
        (920000, 2016),
        (940000, 2017),
        (960000, 2018),
        (980000, 2019),
    ]
    assert _values(visitors["actuals"]) == [(968000, 2015), (986000, 2016)]
    assert visitors["status"]["computed"] == "achieved"  # 98.6万 against 92万 in H28
    # the 重点目標 heading names the goal's column; 基本的方向 | a sentence is a form field
    assert records["綾町に住み続けたいと思う町民の割合"]["kind"] == "goal"
    assert "基本的方向" not in records and "実績" not in records


def test_a_form_sheet_gives_its_program_and_the_target_and_actual_rows() -> None:
    """北見: a field grid (整理番号 0412, 事務事業名, 部課名), then 活動指標 with 目標値 / 実績値
    rows under 25年度 … 27年度 (平成 years printed without their era)."""
    records = _records("kitami_jimujigyo_h27.xlsx")
    groups = records["資源回収実施団体数"]
    assert groups["program"] == "ごみ減量化・資源化推進事業"
    assert groups["department"] == "市民環境部環境課"
    # 整理番号 0412, not the 前年度整理番号 0398 printed after it (the number of the year before)
    assert groups["program_no"] == "0412"
    # 最終目標値 130 is dated by the row's 目標年度 cell, 29年度 (平成, as the headings)
    assert _values(groups["targets"]) == [(120, 2013), (122, 2014), (124, 2015), (130, 2017)]
    assert _values(groups["actuals"]) == [(118, 2013), (121, 2014)]
    assert any("read as 平成" in w for w in groups["warnings"])


def test_form_fields_in_a_table_of_their_own_name_the_program() -> None:
    """加古川: 事務事業名 | 火災救助事業 and 課(室)名 | 消防本部総務課 above 対象指標 tables."""
    population = _records("kakogawa_jimujigyo_r2.html")["消防本部管内人口(1市2町)"]
    assert (population["program"], population["department"]) == ("火災救助事業", "消防本部総務課")
    assert population["kind"] == "activity"  # 対象指標名 heads the column
    assert _values(population["actuals"]) == [(329761, 2018), (328394, 2019), (326825, 2020)]


def test_a_category_column_is_neither_names_nor_units() -> None:
    """小矢部: 主要施策コード | 成果指標 | 区分 (当初 in every row) | years | 5ヵ年目標, each table
    under a short heading line (生涯学習の促進)."""
    records = _records("oyabe_seika_tassei.csv")
    assert "当初" not in records
    pcs = records["生涯学習用公民館パソコン設置台数"]
    assert pcs["section"] == ["生涯学習の促進"]
    assert pcs["unit"] == "台"
    assert [(t["value"], t["raw"]) for t in pcs["targets"]] == [(109, "109台")]
    assert records["総合型地域スポーツクラブ加入者数"]["section"] == ["生涯スポーツの促進"]


def test_other_cities_forms_score() -> None:
    """The tuned part of corpora/forms (the rest is set aside; see README)."""
    scores = score_corpus(FORMS, FORMS / "expected" / "tuned", parse=parsed)
    f1 = sum(s.f1 * s.expected for s in scores.values()) / sum(s.expected for s in scores.values())
    assert f1 >= 0.85, {n: round(s.f1, 3) for n, s in scores.items()}


def test_one_program_a_row_numbers_the_programs() -> None:
    """A ward's 事務事業評価一覧表: No. | 事業区分 | 所管課 | 事務事業名 | 指標 名称 | H26実績値 |
    単位, one program a row; a program whose indicator is － gives no record."""
    records = _records("ku_jimujigyo_ichiran_h27.csv")
    first = records["町会活動助成件数"]
    assert (first["program"], first["program_no"], first["department"]) == (
        "地域活動支援事業",
        "1",
        "区民活動推進課",
    )
    assert first["label"] is None
    assert first["unit"] == "件"
    assert _values(first["actuals"]) == [(129, 2014)]
    assert not {"内部管理", "－", "-"} & set(records)
    assert not any(r["program"] == "文書管理事務" for r in records.values())


def test_a_column_of_each_rows_target_year_dates_its_target(tmp_path) -> None:
    """目標年度 holds each row's own year: a period column, not values, and not a name."""
    path = tmp_path / "targets.csv"
    path.write_text(
        "指標名,単位,基準値(H26),目標値,目標年度\n移住者数,人,120,150,R7年度\n"
        "観光客数,万人,30,45,R9年度\n",
        encoding="utf-8",
    )
    records = {r.indicator: r.to_dict() for r in parsed(path).records}
    assert _values(records["移住者数"]["targets"]) == [(150, 2025)]
    assert _values(records["観光客数"]["targets"]) == [(450000, 2027)]


def test_a_column_of_program_codes_numbers_each_rows_program() -> None:
    """小矢部: 主要施策コード prints each program's code beside each of its indicators (11204 on
    two rows, 11302): codes, not values, and the table is one table, not two side by side."""
    records = parsed(FORMS / "oyabe_seika_tassei.csv").records
    codes = {r.indicator: (r.program_no, r.to_dict()["program"]) for r in records}
    assert codes["生涯学習用公民館パソコン設置台数"] == ("11204", None)
    assert codes["IT講座修了者数"] == ("11204", None)
    assert codes["図書館入館者数"] == ("11302", None)


def test_numbers_of_one_length_that_never_repeat_are_values(tmp_path) -> None:
    """Populations without separators (12345, 23456) are measured, not codes."""
    path = tmp_path / "counts.csv"
    path.write_text("指標名,H30実績,R1実績\n人口,12345,12299\n世帯数,5230,5301\n", encoding="utf-8")
    records = {r.indicator: r for r in parsed(path).records}
    assert [str(a.quantity.value) for a in records["人口"].actuals] == ["12345", "12299"]
