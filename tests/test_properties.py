"""Property-based tests the primitive test files lack (split_label, fold_width, find_period,
ParseError positions) and the TSV reader on random tables of realistic KPI cells."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jpkpi
from jpkpi import ParseError, find_period, normalize_text, parse_period, parse_quantity, split_label
from jpkpi.primitives.text import fold_width
from jpkpi.tables.model import Table, TextLine
from jpkpi.tables.tsv import lines_to_blocks

NAMES = ["移住者数", "ICT教育環境整備事業", "企業数(社・団体)", "デジタル田園都市", "観光入込客数"]
CIRCLED = [chr(c) for c in range(0x2460, 0x2474)]  # ① … ⑳


# --- primitives ----------------------------------------------------------------------------


@given(st.text())
def test_split_label_never_fails_and_gives_normalized_text(s: str) -> None:
    got = split_label(s)
    assert normalize_text(got.text) == got.text
    assert got.label is None or got.label.strip() == got.label != ""
    assert got.number is None or (got.number != "" and " " not in got.number)
    assert got.label is None or got.number is None  # a number is only read before a label


@given(st.sampled_from(CIRCLED), st.sampled_from(NAMES), st.sampled_from(["", " ", "\u3000"]))
def test_split_label_takes_a_circled_label_off(label: str, name: str, space: str) -> None:
    assert split_label(f"{label}{space}{name}") == (label, None, normalize_text(name))


@given(st.integers(min_value=1, max_value=999), st.sampled_from(NAMES))
def test_split_label_takes_a_program_number_off(n: int, name: str) -> None:
    assert split_label(f"{n} {name}") == (None, str(n), normalize_text(name))


@given(st.text())
def test_fold_width_keeps_positions(s: str) -> None:
    folded = fold_width(s)
    assert len(folded) == len(s)
    assert fold_width(folded) == folded


@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789０１,，.．△▲-人件%千円万 ()約延べ")), max_size=12
    )
)
def test_parse_quantity_errors_name_the_text_and_a_position_inside_it(s: str) -> None:
    try:
        parse_quantity(s)
    except ParseError as e:
        assert e.text == s
        assert e.position is None or 0 <= e.position <= len(s)


@given(st.text(alphabet=st.sampled_from(list("RH令和平成元年度末月.()0123456789１ ")), max_size=12))
def test_parse_period_errors_name_the_text_and_a_position_inside_it(s: str) -> None:
    try:
        parse_period(s)
    except ParseError as e:
        assert e.text == s
        assert e.position is None or 0 <= e.position <= len(s)


@given(
    st.sampled_from(["基準値", "目標値 ", "実績値（", "指標値 (", ""]),
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["年度", "年度実績", "", "年度)"]),
    st.booleans(),
)
def test_find_period_finds_an_era_year_inside_a_header(
    before: str, n: int, after: str, letter: bool
) -> None:
    header = f"{before}{'R' if letter else '令和'}{n}{after}"
    found = find_period(header)
    assert found is not None
    assert (found.fiscal_year, found.raw) == (2018 + n, header)


@given(st.text())
def test_find_period_returns_the_whole_text_as_raw(s: str) -> None:
    found = find_period(s)
    assert found is None or found.raw == s


# --- the TSV reader on random tables ---------------------------------------------------------

#: Cell texts as KPI tables print them.
KPI_CELLS = [
    *NAMES,
    "事業名",
    "指標",
    "単位",
    "基準値（R2）",
    "目標値（R7）",
    "R5実績",
    "令和6年度末",
    "R5年度",
    "1,234千円",
    "12.5%",
    "97.4％",
    "△ 20",
    "▲1,000",
    "—",
    "-",
    "未計測",
    "達成",
    "人",
    "件",
    "133",
    "１，６６５人",
    "①",
    "KPI②",
    "12 人材確保対策事業",
    "(内容) 説明文",
    "【企画課】",
    "",
    "",
    " ",
]
cell = st.one_of(
    st.sampled_from(KPI_CELLS),
    st.text(alphabet=st.sampled_from(list("0123456789,.%人千円△R年度指標 ")), max_size=8),
)
row = st.lists(cell, min_size=1, max_size=7)  # ragged: rows differ in length
table_rows = st.lists(row, min_size=1, max_size=12)


def _lines(rows: list[list[str]]) -> list[str]:
    """Each row as an extraction writes it: cells joined by TAB (one cell: a line of text)."""
    return ["\t".join(r) for r in rows]


def _pieces(lines: list[str]) -> Counter[str]:
    """The non-empty texts the lines hold: TAB-separated cells, or whole lines without TAB."""
    out: Counter[str] = Counter()
    for line in lines:
        for piece in line.split("\t") if "\t" in line else [line]:
            if piece.strip():
                out[piece] += 1
    return out


@settings(max_examples=200, deadline=None)
@given(table_rows)
def test_tsv_reader_keeps_every_text_and_places_cells_inside_their_table(
    rows: list[list[str]],
) -> None:
    lines = _lines(rows)
    blocks = lines_to_blocks(lines)
    recovered: Counter[str] = Counter()
    for block in blocks:
        if isinstance(block, TextLine):
            recovered[block.text] += 1
            assert lines[block.provenance.line - 1] == block.text
            continue
        assert isinstance(block, Table)
        covered: set[tuple[int, int]] = set()
        for c in block.cells:
            assert c.rowspan >= 1 and c.colspan >= 1
            assert c.row + c.rowspan <= block.n_rows and c.col + c.colspan <= block.n_cols
            area = {
                (r, k)
                for r in range(c.row, c.row + c.rowspan)
                for k in range(c.col, c.col + c.colspan)
            }
            assert not area & covered, "cells overlap"
            covered |= area
            if c.text.strip():
                recovered[c.text] += 1
            # provenance points at the input line (and column) the cell came from
            assert c.provenance.column == c.col
            line = lines[c.provenance.line - 1]
            assert block.provenance.line <= c.provenance.line
            # a cell past the first column came from a TAB on its line (empty ones are padding)
            assert "\t" in line or c.col == 0 or not c.text
        assert len(covered) == block.n_rows * block.n_cols, "a grid position has no cell"
    assert recovered == _pieces(lines)


@settings(max_examples=40, deadline=None)
@given(table_rows)
def test_parse_of_a_random_table_is_deterministic_and_raises_only_document_errors(
    rows: list[list[str]],
) -> None:
    data = "\n".join(_lines(rows)).encode()

    def run() -> tuple[list[dict], list[str]] | str:
        try:
            doc = jpkpi.parse(data, name="random.txt")
        except jpkpi.DocumentError as e:
            return e.kind
        return [r.to_dict() for r in doc.records], doc.warnings

    first = run()
    assert first == run()
    if isinstance(first, str):
        assert first == "empty" and not data.decode().strip()


@pytest.mark.parametrize(
    ("lines", "texts"),
    [
        (
            ["指標\t単位\t実績", "移住者数\t人\t133"],
            ["指標", "単位", "実績", "移住者数", "人", "133"],
        ),
        (["見出し", "a\tb", "\tc"], ["見出し", "a", "b", "c"]),
    ],
)
def test_pieces_are_what_the_reader_recovers(lines: list[str], texts: list[str]) -> None:
    """The oracle of the property above, on two tables worked by hand."""
    assert _pieces(lines) == Counter(texts)
