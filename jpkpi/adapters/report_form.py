"""The national report form (デジタル田園都市国家構想交付金 事業実施報告書).

Every municipality that receives the grant files this form: a summary table of its programs
(事業名, 事業費 and 交付金充当額 for the year) and, per program, blocks of ``KPI① | 種別 | 単位 |
基準年度 | 基準値``, the indicator's name, and ``20XX年度末 目標値 | 実績値 | 達成状況`` rows. The
generic reader already reads the blocks (recurring header rows, 記述欄 comments); this adapter
recognises the form and adds the summary's money as ``cost`` records.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.period import find_period
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.primitives.text import normalize_text
from jpkpi.records.model import KpiRecord, Observation
from jpkpi.tables.model import Block, Cell, Table, TextLine
from jpkpi.understanding.programs import parse_program

_KPI_BLOCK = regex.compile(r"^KPI\s*[\u2460-\u2473]")
_COST_HEADINGS = ("事業費", "交付金充当額")


def _is_kpi_block(table: Table) -> bool:
    """A table that opens with ``KPI① | 種別 | 単位 | …``."""
    first = [normalize_text(c.text) for c in table.rows()[0] if not c.empty] if table.n_rows else []
    return bool(first) and bool(_KPI_BLOCK.match(first[0])) and {"種別", "単位"} <= set(first)


class NationalReportFormAdapter:
    """Reads the national grant report form: KPI blocks, plus cost records from its summary."""

    name = "national_report_form"
    description = (
        "デジタル田園都市国家構想交付金 事業実施報告書: KPI blocks, and 事業費 as cost records"
    )

    def detect(self, blocks: Sequence[Block]) -> float:
        """Sure when several tables are the form's KPI blocks."""
        forms = sum(_is_kpi_block(b) for b in blocks if isinstance(b, Table))  # one at a time
        if forms == 0:
            return 0.0
        return min(0.95, 0.5 + 0.1 * forms)

    def read(self, blocks: Sequence[Block], document: str) -> list[KpiRecord]:
        """The generic reader's records, then a ``cost`` record per program and money column."""
        from jpkpi.adapters import GenericAdapter

        records = [_as(self.name, r) for r in GenericAdapter().read(blocks, document)]
        return records + cost_records(blocks, document, self.name)


def _as(adapter: str, record: KpiRecord) -> KpiRecord:
    from dataclasses import replace

    return replace(record, adapter=adapter)


def cost_records(blocks: Sequence[Block], document: str, adapter: str) -> list[KpiRecord]:
    """事業費 and 交付金充当額 of each program row of the summary table, as ``cost`` records."""
    out: list[KpiRecord] = []
    section: list[str] = []
    for block in blocks:
        if isinstance(block, TextLine):
            text = normalize_text(block.text)
            if text.startswith(("<", "＜")) and text.endswith((">", "＞")):
                section = [text.strip("<>＜＞")]
            continue
        grid = block.grid()
        money_cols: dict[int, tuple[str, int, Cell]] = {}
        period = None
        for r in range(min(3, block.n_rows)):
            for c in range(block.n_cols):
                cell = grid[r][c]
                if cell is None:
                    continue
                text = normalize_text(cell.text)
                if text in _COST_HEADINGS and cell.col == c:
                    money_cols[c] = (text, r, cell)
                found = find_period(cell.text) if cell.row == r else None
                if found is not None and period is None:
                    period = found
        if len(money_cols) < 2:
            continue
        header_rows = max(r for _, r, _ in money_cols.values()) + 1
        for row in block.rows()[header_rows:]:
            if not row or row[0].empty:
                continue
            program = parse_program(row[0].text)
            if not program.number:  # 合計 and other non-program rows
                continue
            by_col = {cell.col: cell for cell in row}
            for col, (heading, _, heading_cell) in sorted(money_cols.items()):
                cell = by_col.get(col)
                if cell is None or cell.empty:
                    continue
                try:
                    q = parse_quantity(cell.text)
                except ParseError:
                    continue
                out.append(
                    KpiRecord(
                        document=document,
                        indicator=heading,
                        kind="cost",
                        page=cell.provenance.page,
                        line=cell.provenance.line,
                        section=tuple(section),
                        program=program.name,
                        program_no=program.number,
                        unit=q.unit,
                        actuals=(Observation(q, period, cell.provenance),),
                        indicator_cell=heading_cell.provenance,
                        adapter=adapter,
                    )
                )
    return out
