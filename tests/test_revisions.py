"""Revised targets (understanding/revisions.py): a column that revises another's target for the
same period replaces it, unless it says the first target stands."""

from __future__ import annotations

from pathlib import Path

from jpkpi.primitives.period import parse_period
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.revisions import settle_revisions
from jpkpi.understanding.vocabulary import Kind, Vocabulary
from tests.conftest import parsed

FORMS16 = Path(__file__).resolve().parents[1] / "corpora" / "forms16"


def _draft(*targets: tuple[str, str, str]) -> Draft:
    d = Draft(None, Kind.KPI, indicator="転入者数")
    d.targets = [ValueCell(text, parse_period(period), header) for text, period, header in targets]
    return d


def test_the_revised_target_replaces_the_first() -> None:
    d = _draft(
        ("60", "H30", "H30年度 › 目標"),
        ("100", "H32", "最終目標値 › 当初(H32)"),
        ("200", "R2", "最終目標値 › 見直し後(R2)"),
    )
    settle_revisions([d], Vocabulary.default())
    assert [t.text for t in d.targets] == ["60", "200"]
    assert [t.text for t in d.superseded] == ["100"]


def test_a_revision_that_says_the_target_stands_keeps_the_first() -> None:
    d = _draft(
        ("110", "H32", "最終目標値 › 当初(H32)"), ("変更なし", "R2", "最終目標値 › 見直し後(R2)")
    )
    settle_revisions([d], Vocabulary.default())
    assert [t.text for t in d.targets] == ["110"]


def test_two_targets_of_a_period_without_a_revision_heading_are_left_alone() -> None:
    # the doubts stage warns about them; nothing here guesses which is right
    d = _draft(("24", "R1", "R1目標"), ("50", "R1", "R1目標"))
    settle_revisions([d], Vocabulary.default())
    assert [t.text for t in d.targets] == ["24", "50"]


def test_mashiko_first_and_revised_final_targets() -> None:
    """益子 (corpora/forms16): `最終目標値` over `当初（H32）` and `見直し後（R2）`, both FY2020."""
    records = {
        r.indicator: r.to_dict() for r in parsed(FORMS16 / "mashiko_kpi_shinchoku_r1.pdf").records
    }
    moved = records["移住定住支援制度を利用した転入者数(累計)"]
    assert [(t["value"], t["period"]["fiscal_year"]) for t in moved["targets"]] == [
        (40, 2017),
        (60, 2018),
        (200, 2020),
    ]
    assert [a["value"] for a in moved["actuals"]] == [74, 132]  # 当初 is no actual
    marriages = records["婚姻件数"]  # 見直し後: 変更なし
    assert [(t["value"], t["period"]["fiscal_year"]) for t in marriages["targets"]][-1] == (
        110,
        2020,
    )
    assert not moved["warnings"] and not marriages["warnings"]


def test_a_dash_in_the_revision_column_keeps_the_first_target() -> None:
    d = _draft(("100", "R2", "最終目標値 › 当初(R2)"), ("－", "R2", "最終目標値 › 見直し後(R2)"))
    settle_revisions([d], Vocabulary.default())
    assert [t.text for t in d.targets] == ["100"]


def test_a_lone_first_target_column_under_a_targets_heading(tmp_path: Path) -> None:
    """`最終目標値 › 当初（R2）` with no 基準値 column before it: still the first target set, no
    baseline; the revision beside it replaces it."""
    from tests.conftest import html_page, html_table

    body = html_table(
        [
            ["指標名", "単位", "R1実績", "最終目標値", "最終目標値"],
            ["", "", "", "当初（R2）", "見直し後（R2）"],
            ["転入者数", "人", "80", "100", "120"],
        ],
        head=2,
    )
    (record,) = [r.to_dict() for r in html_page(tmp_path, "revised", body).records]
    assert record["baseline"] is None
    assert [(t["value"], t["period"]["fiscal_year"]) for t in record["targets"]] == [(120, 2020)]
