"""The hand-written record fixtures as the corpus builders read and write them.

Shared by corpora/{csv,html,pdf}/build.py so the three renditions check the same keys and
write their expected records the same way. It reads only tests/fixtures/records and never
imports jpkpi: the ground truth must not come from the code it judges.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "records"

#: Every key of a jpkpi.kpi/1 record (docs/kpi-record.md).
RECORD_KEYS = (
    "schema",
    "document",
    "page",
    "line",
    "section",
    "program",
    "program_no",
    "department",
    "reposted",
    "kind",
    "indicator_type",
    "label",
    "indicator",
    "unit",
    "baseline",
    "targets",
    "actuals",
    "target_statement",
    "status",
    "warnings",
)


def fixture_path(seed: str) -> Path:
    """The fixture file of a seed document."""
    return FIXTURES / f"{seed}.jsonl"


def fixture_records(seed: str) -> list[dict]:
    """A seed's hand-written records, in file order."""
    text = fixture_path(seed).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def missing_keys(record: dict) -> list[str]:
    """The jpkpi.kpi/1 keys a record lacks."""
    return [key for key in RECORD_KEYS if key not in record]


def write_jsonl(path: Path, records: Iterable[dict]) -> None:
    """Write records as JSON Lines (UTF-8, not ASCII-escaped)."""
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
