"""The ``jpkpi.kpi/1`` record and its parts, as docs/kpi-record.md fixes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jpkpi.primitives.period import Period
from jpkpi.primitives.quantity import Quantity
from jpkpi.primitives.target import TargetStatement
from jpkpi.tables.model import Provenance

SCHEMA = "jpkpi.kpi/1"


@dataclass(frozen=True, slots=True)
class Observation:
    """One value of an indicator: the cell's quantity and the period it is for."""

    quantity: Quantity
    period: Period | None
    #: The cell it was read from (None where unknown); ``cell`` in the JSON form.
    cell: Provenance | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: value, unit, period, raw, flags (and parts where the cell has several),
        then the cell it was read from."""
        q = self.quantity.to_dict()
        out: dict[str, Any] = {
            "value": q["value"],
            "unit": q["unit"],
            "period": self.period.to_dict() if self.period else None,
            "raw": q["raw"],
            "flags": q["flags"],
        }
        if "parts" in q:
            out["parts"] = q["parts"]
        out["cell"] = self.cell.to_dict() if self.cell is not None else None
        return out


@dataclass(frozen=True, slots=True)
class Status:
    """Achievement as printed (``value``, ``raw``) and as the numbers say (``computed``)."""

    value: str | None
    raw: str | None
    computed: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"value", "raw", "computed"}``."""
        return {"value": self.value, "raw": self.raw, "computed": self.computed}


@dataclass(frozen=True, slots=True)
class KpiRecord:
    """One indicator as it stands in one place of one document."""

    document: str
    indicator: str
    kind: str
    page: int | None = None
    line: int | None = None
    section: tuple[str, ...] = ()
    program: str | None = None
    program_no: str | None = None
    department: str | None = None
    reposted: bool = False
    indicator_type: str | None = None
    label: str | None = None
    unit: str | None = None
    baseline: Observation | None = None
    targets: tuple[Observation, ...] = ()
    actuals: tuple[Observation, ...] = ()
    target_statement: TargetStatement | None = None
    status: Status | None = None
    warnings: tuple[str, ...] = ()
    adapter: str = "generic"
    #: The input as the run named it: its path below the folder given, or the path given.
    source: str | None = None
    #: The cell the indicator's name was read from (None where unknown).
    indicator_cell: Provenance | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        """A short summary: the indicator, where it stands, and how many values it holds."""
        where = f"page={self.page}" if self.page is not None else f"line={self.line}"
        counts = f"{len(self.targets)} targets, {len(self.actuals)} actuals"
        base = ", baseline" if self.baseline is not None else ""
        return (
            f"KpiRecord({self.indicator!r}, document={self.document!r}, {where}, "
            f"kind={self.kind!r}, unit={self.unit!r}{base}, {counts}, "
            f"{len(self.warnings)} warnings)"
        )

    def to_dict(self) -> dict[str, Any]:
        """The ``jpkpi.kpi/1`` dict, keys in the spec's order, then the added fields."""
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "document": self.document,
            "page": self.page,
            "line": self.line,
            "section": list(self.section),
            "program": self.program,
            "program_no": self.program_no,
            "department": self.department,
            "reposted": self.reposted,
            "kind": self.kind,
            "indicator_type": self.indicator_type,
            "label": self.label,
            "indicator": self.indicator,
            "unit": self.unit,
            "baseline": self.baseline.to_dict() if self.baseline else None,
            "targets": [o.to_dict() for o in self.targets],
            "actuals": [o.to_dict() for o in self.actuals],
            "target_statement": self.target_statement.to_dict() if self.target_statement else None,
            "status": self.status.to_dict() if self.status else None,
            "warnings": list(self.warnings),
            "adapter": self.adapter,
            "source": self.source,
            "indicator_cell": self.indicator_cell.to_dict() if self.indicator_cell else None,
        }
        out.update(self.extra)
        return out
