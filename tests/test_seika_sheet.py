"""主要施策成果シート (seed 003): values read by hand from corpora/seeds/003_cba63dfe630bcdd0.txt."""

from __future__ import annotations

import pytest

import jpkpi
from tests.conftest import SEEDS

SEED_003 = SEEDS / "003_cba63dfe630bcdd0.txt"


@pytest.fixture(scope="module")
def sheets() -> dict[str, list[dict]]:
    doc = jpkpi.parse(SEED_003)
    assert doc.adapter == "seika_sheet"
    out: dict[str, list[dict]] = {}
    for record in doc.records:
        out.setdefault(record.program, []).append(record.to_dict())
    return out


def _line(records: list[dict], indicator: str) -> dict:
    (record,) = [r for r in records if r["indicator"] == indicator]
    return record


def test_every_sheet_gives_its_program(sheets: dict[str, list[dict]]) -> None:
    assert len(sheets) == 16  # 16 sheets open with "１　事業名等"
    assert "輝くまちづくり交付金" in sheets and "ふるさと納税推進事業" in sheets


def test_a_sheet_with_a_complete_budget_table(sheets: dict[str, list[dict]]) -> None:
    records = sheets["輝くまちづくり交付金"]
    first = records[0]
    assert first["department"] == "総合政策部市民協働推進課"  # line 287
    assert first["plan"] == "釧路市まちづくり基本構想"  # line 289
    assert first["budget_tags"] == ["当初"]  # 事業名 輝くまちづくり交付金＜当初＞
    # line 258: 令和５年度実施事業評価結果 評価 継続維持; line 212 empty, 継続維持 printed apart
    assert first["evaluation"] == [
        {"fiscal_year": 2023, "value": "継続維持"},
        {"fiscal_year": 2024, "value": "継続維持"},
    ]
    assert any("placed on the year left empty" in w for w in first["warnings"])
    total = _line(records, "事業費総額")  # line 279: 3,035 2,398 3,050 (千円)
    assert [(o["value"], o["period"]["fiscal_year"]) for o in total["actuals"]] == [
        (3035000, 2023),
        (2398000, 2024),
    ]
    # the third column is the year's budget, not a goal: it goes to budgets, never targets
    assert [(o["value"], o["period"]["fiscal_year"]) for o in total["budgets"]] == [(3050000, 2025)]
    assert total["targets"] == []
    assert (total["kind"], total["unit"]) == ("cost", "円")
    staff = _line(records, "職員数")  # line 269: 0.3 0.6 0.6 (人)
    assert [o["value"] for o in staff["actuals"]] == [0.3, 0.6] and staff["unit"] == "人"
    (first_result,) = [r for r in records if r["kind"] == "activity"][:1]
    assert first_result["result"].startswith("17事業のうち")  # line 315
    # 市民一人あたりの費用 prints one value for three years: reported, not placed
    assert any(
        w.startswith("市民一人あたりの費用: 1 values for 3 years") for w in total["warnings"]
    )


def test_lines_that_cannot_be_placed_are_left_out(sheets: dict[str, list[dict]]) -> None:
    records = sheets["釧路市情報発信プロジェクト事業"]
    # 事業費 総額 prints one value (8,030), 一般財源 two: their years cannot be told
    costs = [r for r in records if r["kind"] == "cost"]
    assert [r["indicator"] for r in costs] == ["職員人件費"]  # line 158: 0 3,694 0
    assert [o["value"] for o in costs[0]["actuals"]] == [0, 3694000]
    assert any(w.startswith("事業費総額: 1 values for 3 years") for w in costs[0]["warnings"])
    # both evaluation lines are empty and one word (終了) stands apart: not placed
    assert records[0]["evaluation"] == []
    # ◎ results (lines 96, 98, 101) become activity records of the sheet's year
    activities = [r for r in records if r["kind"] == "activity"]
    assert len(activities) == 3
    participants = activities[0]
    assert participants["indicator"] == "参加者"  # line 96: 参加者：100名（うち市職員14名）
    assert [(o["value"], o["period"]["fiscal_year"]) for o in participants["actuals"]] == [
        (100, 2024)
    ]


def test_budget_tags_and_money_of_the_hometown_tax_sheet(sheets: dict[str, list[dict]]) -> None:
    records = sheets["ふるさと納税推進事業"]
    assert records[0]["budget_tags"] == ["当初", "12月補正"]  # line 873
    assert records[0]["evaluation"][0] == {"fiscal_year": 2023, "value": "拡充"}  # line 834
    total = _line(records, "事業費総額")  # line 855: 1,197,006 1,008,413 1,347,261 (千円)
    assert [o["value"] for o in total["actuals"]] == [1197006000, 1008413000]
    assert total["budgets"][0]["value"] == 1347261000
    staff = _line(records, "職員人件費")  # line 844: 9,277 9,604 9,669
    assert [o["value"] for o in staff["actuals"]] == [9277000, 9604000]


def test_only_seed_003_is_a_seika_sheet() -> None:
    for name in (
        "000_fb57e009c395afac.txt",
        "001_2665f5b260ae9138.txt",
        "004_1502a6051a063bcd.txt",
    ):
        assert jpkpi.parse(SEEDS / name).adapter == "generic", name


def test_results_read_their_count_not_their_date(sheets: dict[str, list[dict]]) -> None:
    results = [r for rs in sheets.values() for r in rs if r["kind"] == "activity"]
    # ◎令和6年度末で、交付145,265件、交付率89.9%: 6年度末 is a date, the count is 145,265件
    (card,) = [r for r in results if r["result"].startswith("令和6年度末で、交付")]
    assert (card["unit"], [o["value"] for o in card["actuals"]]) == ("件", [145265])
    (visitors,) = [r for r in results if r["indicator"] == "来場者数"]  # ◎来場者数：３５３名
    assert (visitors["unit"], [o["value"] for o in visitors["actuals"]]) == ("名", [353])
    # 60周年 has no known counter and 10課10係 neither: kept as sentences without a number
    assert [r["actuals"] for r in results if r["result"].startswith("AI-OCR")] == [[]]
