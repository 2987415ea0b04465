"""Writing records for other tools: JSON Lines, a JSON array, or CSV with one row per record."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

#: Formats ``jpkpi parse --format`` writes.
FORMATS = ("jsonl", "json", "csv")

_CSV_FIELDS = (
    "schema", "document", "page", "line", "section", "program", "program_no", "department",
    "reposted", "kind", "indicator_type", "label", "indicator", "unit",
    "baseline", "baseline_period", "target_statement", "target_direction",
    "status", "status_computed", "warnings",
)  # fmt: skip


def record_line(record: dict[str, Any]) -> str:
    """One record as a JSON Lines line (UTF-8 text, not ASCII-escaped), without the newline."""
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write records as JSON Lines."""
    for record in records:
        out.write(record_line(record) + "\n")


def write_json(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write records as one JSON array."""
    json.dump(list(records), out, ensure_ascii=False, indent=1)
    out.write("\n")


def observation_column(role: str, observation: dict[str, Any]) -> str:
    """The CSV column of an observation: ``actual_FY2022``, ``target_FY2024`` (or its period)."""
    period = observation.get("period") or {}
    if period.get("fiscal_year") is not None:
        return f"{role}_FY{period['fiscal_year']}"
    if period.get("year") is not None:
        return f"{role}_{period['year']}"
    return f"{role}_{period.get('raw') or 'undated'}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def flatten(record: dict[str, Any]) -> dict[str, str]:
    """One record as a flat CSV row (observations under ``actual_FY…``/``target_FY…`` columns)."""
    baseline = record.get("baseline") or {}
    statement = record.get("target_statement") or {}
    status = record.get("status") or {}
    row = {
        **{k: _cell(record.get(k)) for k in _CSV_FIELDS if k in record and k != "section"},
        "section": " › ".join(record.get("section") or []),
        "baseline": _cell(baseline.get("value")),
        "baseline_period": _cell((baseline.get("period") or {}).get("raw")),
        "target_statement": _cell(statement.get("text")),
        "target_direction": _cell(statement.get("direction")),
        "status": _cell(status.get("value")),
        "status_computed": _cell(status.get("computed")),
        "warnings": "; ".join(record.get("warnings") or []),
    }
    for role, key in (("target", "targets"), ("actual", "actuals")):
        for obs in record.get(key) or []:
            column = base = observation_column(role, obs)
            n = 2
            while column in row:  # two values for one period: keep both, numbered
                column, n = f"{base}_{n}", n + 1
            row[column] = _cell(obs.get("value"))
    return row


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write records as CSV: the record's fields, then one column per role and fiscal year."""
    rows = [flatten(r) for r in records]
    extra = sorted({k for row in rows for k in row} - set(_CSV_FIELDS))
    writer = csv.DictWriter(out, fieldnames=[*_CSV_FIELDS, *extra], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


WRITERS = {"jsonl": write_jsonl, "json": write_json, "csv": write_csv}
