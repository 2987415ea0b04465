"""Notes under a table that date some rows' values by the rows' numbers."""

from __future__ import annotations

from jpkpi.understanding.period_notes import read_period_note

_AMI = (
    "※基準値は平成29年度の値。ただし、No.2は平成29年（1月～12月）の値、"
    "No.4は平成30年度来訪者アンケートの値。"
)


def test_a_note_names_the_column_then_the_rows_dated_otherwise() -> None:
    """阿見 (corpora/forms280): the column is FY2017; No.2 the calendar year 2017, No.4 FY2018."""
    note = read_period_note(["※No.2は茨城県観光客動態調査による。", _AMI])
    assert note is not None and note.list == "基準値"
    assert note.period.fiscal_year == 2017
    got = {k: (p.fiscal_year, p.year, p.month) for k, p in note.by_key.items()}
    assert got == {"2": (None, 2017, None), "4": (2018, None, None)}


def test_a_note_that_names_no_rows_dates_nothing() -> None:
    """`※基準値は平成26年度の数値` alone dates the column (the statement rule's), no row."""
    assert read_period_note(["※基準値は平成26年度の数値"]) is None
    assert read_period_note(["※No.2は茨城県観光客動態調査による。"]) is None


def test_a_row_dated_by_a_span_is_dated_by_nothing() -> None:
    """Review 30: `No.5は平成27年度から平成29年度までの平均の値` names a span, no one year."""
    note = read_period_note(
        [
            "※基準値は平成29年度の値。ただし、No.5は平成27年度から平成29年度までの平均の値、No.2はH28の値"
        ]
    )
    assert note is not None and set(note.by_key) == {"2"}
