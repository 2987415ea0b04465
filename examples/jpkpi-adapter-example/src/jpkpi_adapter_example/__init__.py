"""An example jpkpi adapter: KPI cards, one small key-value table per indicator.

Some municipalities publish each KPI as a card (個票): a two-column table whose left column
names the field (指標名, 単位, 基準値 (R元), 目標値 (R7), 実績値 (R5)…) and whose right column holds
the value. The generic reader expects indicators in rows; this adapter reads the cards.
"""

from __future__ import annotations

from collections.abc import Sequence

from jpkpi import Period, find_period, normalize_text, parse_quantity
from jpkpi.records.build import compute_status
from jpkpi.records.model import KpiRecord, Observation, Status
from jpkpi.tables.model import Block, Table, TextLine

FIELDS = ("指標名", "単位", "基準値", "目標値", "実績値")


def _pairs(table: Table) -> list[tuple[str, str]]:
    """A card's (field, value) rows."""
    out = []
    for row in table.rows():
        cells = [c.text for c in row if not c.empty]
        if len(cells) == 2:
            out.append((normalize_text(cells[0]), cells[1]))
    return out


def _is_card(table: Table) -> bool:
    pairs = _pairs(table)
    return bool(pairs) and pairs[0][0] == "指標名" and any(k.startswith("目標値") for k, _ in pairs)


class KpiCardAdapter:
    """Reads KPI cards: 指標名 | …, 単位 | …, 基準値 (R元) | …, 目標値 (R7) | …, 実績値 (R5) | …"""

    name = "kpi_card"
    description = "KPI個票: one two-column card per indicator (example adapter)"

    def detect(self, blocks: Sequence[Block]) -> float:
        """Sure when most tables are cards."""
        # one pass, one table at a time: a long PDF's tables are decoded as they are asked for
        tables = cards = 0
        for block in blocks:
            if isinstance(block, Table):
                tables += 1
                cards += _is_card(block)
        if not tables:
            return 0.0
        return 0.9 * cards / tables

    def read(self, blocks: Sequence[Block], document: str) -> list[KpiRecord]:
        """One record per card, under the 【…】 heading above it."""
        records = []
        section: tuple[str, ...] = ()
        for block in blocks:
            if isinstance(block, TextLine):
                text = normalize_text(block.text)
                if text.startswith("【") and text.endswith("】"):
                    section = (text[1:-1],)
                continue
            if not _is_card(block):
                continue
            records.append(self._card(block, document, section))
        return records

    def _card(self, table: Table, document: str, section: tuple[str, ...]) -> KpiRecord:
        pairs = _pairs(table)
        fields = dict(pairs)
        unit_text = fields.get("単位")
        baseline = None
        targets, actuals = [], []
        for key, value in pairs:
            period: Period | None = find_period(key)
            if key.startswith(("基準値", "目標値", "実績値")):
                q = parse_quantity(value, default_unit=unit_text)
                obs = Observation(q, period)
                if key.startswith("基準値"):
                    baseline = obs
                elif key.startswith("目標値"):
                    targets.append(obs)
                else:
                    actuals.append(obs)
        indicator = normalize_text(fields["指標名"])
        unit = parse_quantity("1", default_unit=unit_text).unit if unit_text else None
        computed = compute_status(indicator, targets, actuals, None)
        first = table.rows()[0][0].provenance
        return KpiRecord(
            document=document,
            indicator=indicator,
            kind="kpi",
            page=first.page,
            line=first.line,
            section=section,
            unit=unit,
            baseline=baseline,
            targets=tuple(targets),
            actuals=tuple(actuals),
            status=Status(None, None, computed) if computed else None,
            adapter=self.name,
        )
