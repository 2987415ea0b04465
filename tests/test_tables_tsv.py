"""The TSV reader: blocks, header and leading spans, and value headings moved back over values."""

from __future__ import annotations

from jpkpi.tables.model import Table, TextLine
from jpkpi.tables.tsv import lines_to_blocks, realign_value_headers, rows_to_table
from tests.conftest import SEEDS


def _seed(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").splitlines()


def test_blocks_of_seed_000() -> None:
    blocks = lines_to_blocks(_seed("000_fb57e009c395afac.txt"))
    kinds = [type(b).__name__ for b in blocks]
    assert kinds == ["TextLine", "TextLine", "Table", "TextLine", "Table"]
    assert isinstance(blocks[0], TextLine) and blocks[0].provenance.line == 3
    table = blocks[2]
    assert isinstance(table, Table) and (table.n_rows, table.n_cols) == (5, 9)


def test_merged_headers_and_program_cells_become_spans() -> None:
    table = next(
        b for b in lines_to_blocks(_seed("000_fb57e009c395afac.txt")) if isinstance(b, Table)
    )
    spans = {
        (c.row, c.col): (c.rowspan, c.colspan, c.text[:6])
        for c in table.cells
        if c.rowspan > 1 or c.colspan > 1
    }
    assert spans[(0, 0)] == (3, 1, "交付対象 事")  # 交付対象 事業の名称 over three header rows
    assert spans[(0, 2)] == (1, 7, "KPI（重要")  # KPI（重要業績評価指標） over every KPI column
    assert spans[(1, 3)] == (1, 3, "指標値")  # 指標値 over 指標値 | 単位 | 年月
    assert spans[(1, 6)] == (1, 3, "実績値")  # 実績値 over R4年度 | R5年度 | R6年度
    assert spans[(3, 0)][0] == 2  # the program's name covers its two KPI rows
    grid = table.grid()
    assert grid[4][0] is grid[3][0]  # a covered position holds the cell that covers it


def test_continuation_lines_join_their_table() -> None:
    lines = _seed("001_2665f5b260ae9138.txt")[108:112]  # lines 109-112
    blocks = lines_to_blocks(lines)
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    assert blocks[0].n_rows == 3  # header row, data row, "(内容) …" on a line of its own


def test_value_headings_shifted_over_words_move_back() -> None:
    grid = [
        ["重点施策", "KPI", "", "", "具体的な事業", ""],
        ["", "", "", "基準値 (R2)", "目標値 (R7)", ""],
        ["ア 結婚", "・婚姻届出数", "", "", "・結婚相談所", "・婚活"],
        ["", "・出生数", "", "", "・不妊治療", "・子育て"],
    ]
    realign_value_headers(grid, 2)
    assert grid[1] == ["", "", "基準値 (R2)", "目標値 (R7)", "", ""]


def test_rows_to_table_trims_trailing_empty_columns() -> None:
    table = rows_to_table([["a", "b", "", ""], ["1", "2", "", ""]], [1, 2])
    assert table.n_cols == 2
