"""Indicators written as bulleted blocks inside text cells (understanding/bulleted.py): a bullet
line names each indicator, the lines under it key its values."""

from __future__ import annotations

from pathlib import Path

from jpkpi.understanding.bulleted import keyed_line
from jpkpi.understanding.vocabulary import Vocabulary
from tests.conftest import html_page, html_table, parsed

FORMS15 = Path(__file__).resolve().parents[1] / "corpora" / "forms15"


def _keys(text: str) -> list[tuple[int | None, str | None, str]] | None:
    found = keyed_line(text, Vocabulary.default())
    if found is None:
        return None
    return [
        (k.key.period.fiscal_year if k.key.period else None, k.key.listed, k.value) for k in found
    ]


def test_a_line_keys_its_values_by_list_by_period_or_by_both() -> None:
    assert _keys("目標：2ha") == [(None, "target", "2ha")]
    assert _keys("実績値：1,315人") == [(None, "actual", "1,315人")]
    assert _keys("H26：0.9ha　→H31：12ha") == [(2014, None, "0.9ha"), (2019, None, "12ha")]
    assert _keys("（H27到達点：3.04ha）") == [(2015, "actual", "3.04ha")]
    assert _keys("（H27到達点：集計中）") == [(2015, "actual", "集計中")]


def test_a_line_of_what_was_done_is_not_keyed() -> None:
    # 補助実績 names what the program did, not the indicator's list: its key is no list's word
    assert _keys("補助実績　19件　1,069本　214a") is None
    assert _keys("補助実績：19件") is None
    assert _keys("モニターツアーの実施　3回（参加者延べ64人）") is None
    assert _keys("目標：年間を通じて実施") is None  # no value


def _page(tmp_path: Path, kpi_cell: str, done_cell: str = "") -> list[dict]:
    body = html_table(
        [
            [
                "事業名",
                "担当課",
                "R5年度の取組実績",
                "交付金事業のKPI（R5目標とR5実績）",
                "参考：総合戦略のKPI（目標（R9）とR5到達点）",
            ],
            [
                "移住促進事業【推進交付金】<br>空き家の改修を支援し、移住者を呼び込む。",
                "企画課",
                done_cell or "◆お試し住宅の運営<br>◆移住パンフレットの作成　3,000部",
                kpi_cell,
                "【総合戦略のKPI】<br>◆転入者数<br>R3：412人　→R9：500人<br>（R5到達点：455人）",
            ],
        ]
    )
    return [r.to_dict() for r in html_page(tmp_path, "blocks", body).records]


def test_each_block_of_a_cell_is_one_indicator(tmp_path: Path) -> None:
    records = _page(
        tmp_path,
        "【交付金事業のKPI】<br>◆お試し住宅の利用者数<br>目標：60人<br>実績：48人"
        "<br>◆空き家の改修件数<br>目標：5件<br>実績：7件",
    )
    by_name = {r["indicator"]: r for r in records}
    # the bullet lines of 取組実績 (what was done) give no record
    assert set(by_name) == {"お試し住宅の利用者数", "空き家の改修件数", "転入者数"}
    stay = by_name["お試し住宅の利用者数"]
    assert [(t["value"], t["period"]["fiscal_year"]) for t in stay["targets"]] == [(60, 2023)]
    assert [(a["value"], a["period"]["fiscal_year"]) for a in stay["actuals"]] == [(48, 2023)]
    assert stay["unit"] == "人"
    assert stay["status"]["computed"] == "not_achieved"
    # the program is the first line of its cell, without the grant marker; the department
    # column names the department
    assert (stay["program"], stay["department"]) == ("移住促進事業", "企画課")
    moved = by_name["転入者数"]  # the arrow's ends: the baseline and the target
    assert (moved["baseline"]["value"], moved["baseline"]["period"]["fiscal_year"]) == (412, 2021)
    assert [(t["value"], t["period"]["fiscal_year"]) for t in moved["targets"]] == [(500, 2027)]
    assert [(a["value"], a["period"]["fiscal_year"]) for a in moved["actuals"]] == [(455, 2023)]
    assert not any(r["warnings"] for r in records)


def test_a_period_without_a_list_is_kept_with_a_warning(tmp_path: Path) -> None:
    records = _page(tmp_path, "◆お試し住宅の利用者数<br>目標：60人<br>R4：52人")
    stay = next(r for r in records if r["indicator"] == "お試し住宅の利用者数")
    assert [t["value"] for t in stay["targets"]] == [60]
    assert stay["actuals"] == []
    assert any("'R4：52人'" in w and "no list" in w for w in stay["warnings"])


def test_a_cell_with_other_lines_is_not_read_as_blocks(tmp_path: Path) -> None:
    # a sentence among the lines: the cell is prose, not a list of indicators
    records = _page(tmp_path, "◆お試し住宅の利用者数<br>目標：60人<br>利用は順調に推移している。")
    assert "お試し住宅の利用者数" not in {r["indicator"] for r in records}


def test_shimanto_kpis_written_in_text_cells() -> None:
    """四万十 (corpora/forms15): each KPI a `◆` block in one tall cell, the 交付金事業's
    (`目標：2ha` / `実績：2.14ha` under `H27目標とH27実績`) and the 総合戦略's beside them
    (`H26：0.9ha →H31：12ha` / `（H27到達点：3.04ha）`)."""
    records = {
        r.indicator: r.to_dict()
        for r in parsed(FORMS15 / "shimanto_senkogata_kensho_h27.pdf").records
    }
    assert len(records) == 7
    planted = records["H27新植面積"]
    assert [(t["value"], t["period"]["fiscal_year"]) for t in planted["targets"]] == [(2, 2015)]
    assert [(a["value"], a["period"]["fiscal_year"]) for a in planted["actuals"]] == [(2.14, 2015)]
    area = records["ぶしゅかん新植面積"]
    assert (area["baseline"]["value"], area["baseline"]["period"]["fiscal_year"]) == (0.9, 2014)
    assert [(t["value"], t["period"]["fiscal_year"]) for t in area["targets"]] == [(12, 2019)]
    assert [(a["value"], a["period"]["fiscal_year"]) for a in area["actuals"]] == [(3.04, 2015)]
    visitors = records["観光入込客数"]
    assert visitors["baseline"]["value"] == 980000 and visitors["baseline"]["flags"] == ["approx"]
    stays = records["外国人観光客宿泊者数"]
    assert stays["actuals"][0]["flags"] == ["not_measured"]  # 集計中
    assert (area["program"], area["department"]) == (
        "ぶしゅかんの産地化推進事業",
        "四万十市農林水産課",
    )
    # the issuer printed at the right of the count line above the table is no caption of it
    assert area["section"] == []
    # an association carries the second program out: no department
    assert (stays["program"], stays["department"]) == ("四万十川体験観光推進事業", None)


def test_a_remark_in_blocks_beside_a_grid_of_values_leaves_the_grid_read(tmp_path: Path) -> None:
    """A KPI grid whose 備考 holds one ◆ block: the rows print values of their own, so the grid
    is read as a grid and none of its indicators is lost to the block."""
    body = html_table(
        [
            ["指標名", "単位", "基準値（R2）", "目標値（R7）", "備考"],
            ["転入者数", "人", "412", "500", ""],
            ["婚姻件数", "件", "88", "100", ""],
            ["出生数", "人", "95", "110", "◆参考指標 合計特殊出生率<br>目標：1.8<br>実績：1.5"],
        ]
    )
    records = html_page(tmp_path, "grid", body).records
    assert {"転入者数", "婚姻件数", "出生数"} <= {r.indicator for r in records}
