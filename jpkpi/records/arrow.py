"""Records as Apache Arrow tables and Parquet files, with a typed schema (needs pyarrow).

The schema keeps the record's shape: observations are structs (value as float64, period as a
struct of int32 years), lists stay lists, so DuckDB and pandas see the same fields the JSON has.
Fields an adapter adds that the schema does not know travel as JSON text in ``extra``;
:func:`restore_record` turns a row read back into the record the JSON Lines output holds.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import IO, Any

from jpkpi.errors import JpkpiError
from jpkpi.records.output import with_record_ids

#: Added fields the schema types (docs/reading-tables.md); null where a record lacks them.
TYPED_ADDED = (
    "adapter",
    "source",
    "indicator_cell",
    "comment",
    "result",
    "plan",
    "budgets",
    "budget_tags",
    "evaluation",
)


def _pyarrow() -> Any:
    """The pyarrow module, or a clear error saying how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet  # loads the submodule `pyarrow.parquet` used below
    except ImportError:
        raise JpkpiError("Parquet output needs pyarrow: pip install 'jpkpi[parquet]'") from None
    return pyarrow


def arrow_schema() -> Any:
    """The typed Arrow schema of ``jpkpi.kpi/1`` records (one row per record)."""
    pa = _pyarrow()
    period = pa.struct(
        [
            ("fiscal_year", pa.int32()),
            ("year", pa.int32()),
            ("month", pa.int32()),
            ("raw", pa.string()),
        ]
    )
    part = pa.struct([("label", pa.string()), ("value", pa.float64()), ("unit", pa.string())])
    # every form of the record's cell in one struct; the fields a form lacks are null
    cell = pa.struct(
        [
            ("page", pa.int32()),
            ("box", pa.list_(pa.float64())),
            ("sheet", pa.string()),
            ("cell", pa.string()),
            ("table", pa.int32()),
            ("row", pa.int32()),
            ("column", pa.int32()),
            ("line", pa.int32()),
        ]
    )
    observation = pa.struct(
        [
            ("value", pa.float64()),
            ("unit", pa.string()),
            ("period", period),
            ("raw", pa.string()),
            ("flags", pa.list_(pa.string())),
            ("parts", pa.list_(part)),
            ("cell", cell),
        ]
    )
    amount = pa.struct([("value", pa.float64()), ("unit", pa.string())])
    statement = pa.struct(
        [
            ("text", pa.string()),
            ("horizon_years", pa.int32()),
            ("direction", pa.string()),
            ("goal", amount),
            ("change", amount),
            ("cumulative", pa.bool_()),
        ]
    )
    status = pa.struct([("value", pa.string()), ("raw", pa.string()), ("computed", pa.string())])
    text = pa.string()
    return pa.schema(
        [
            ("record_id", text),
            ("schema", text),
            ("document", text),
            ("page", pa.int32()),
            ("line", pa.int32()),
            ("section", pa.list_(text)),
            ("program", text),
            ("program_no", text),
            ("department", text),
            ("reposted", pa.bool_()),
            ("kind", text),
            ("indicator_type", text),
            ("label", text),
            ("indicator", text),
            ("unit", text),
            ("baseline", observation),
            ("targets", pa.list_(observation)),
            ("actuals", pa.list_(observation)),
            ("target_statement", statement),
            ("status", status),
            ("warnings", pa.list_(text)),
            ("adapter", text),
            ("source", text),
            ("indicator_cell", cell),
            ("comment", text),
            ("result", text),
            ("plan", text),
            ("budgets", pa.list_(observation)),
            ("budget_tags", pa.list_(text)),
            ("evaluation", pa.list_(pa.struct([("fiscal_year", pa.int32()), ("value", text)]))),
            ("added_fields", pa.list_(text)),
            ("extra", text),
        ],
        metadata={"jpkpi.schema": "jpkpi.kpi/1"},
    )


def _floats(value: Any) -> Any:
    """Numbers as floats, through dicts and lists (pyarrow refuses an int past 2**53 as float64)."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float | Decimal):  # float64 columns: the JSON output is exact
        return float(value)
    if isinstance(value, dict):
        return {k: _floats(v) if k in ("value", "goal", "change", "parts") else v
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_floats(v) for v in value]
    return value


#: Fields whose numbers are float64 in the schema.
_FLOAT_FIELDS = ("baseline", "targets", "actuals", "budgets", "target_statement")


def _row(record: dict[str, Any], rid: str, names: list[str]) -> dict[str, Any]:
    """A record as a row of the schema: known fields in place, the rest as JSON in ``extra``."""
    row = {name: record.get(name) for name in names}
    for key in _FLOAT_FIELDS:
        row[key] = _floats(row[key])
    row["record_id"] = rid
    row["added_fields"] = [k for k in TYPED_ADDED if k in record]
    unknown = {k: v for k, v in record.items() if k not in row}
    row["extra"] = json.dumps(unknown, ensure_ascii=False, sort_keys=True) if unknown else None
    return row


def records_to_table(records: Iterable[dict[str, Any]], ids: Iterable[str] | None = None) -> Any:
    """Records as a ``pyarrow.Table`` of the typed schema (``ids``: see with_record_ids)."""
    pa = _pyarrow()
    schema = arrow_schema()
    names = schema.names
    rows = [_row(r, rid, names) for rid, r in with_record_ids(records, ids)]
    return pa.Table.from_pylist(rows, schema=schema)


class ParquetSink:
    """A Parquet file (a path or a binary stream) written a batch of records at a time (one row
    group per input file)."""

    def __init__(self, path: str | IO[bytes] | io.BufferedIOBase) -> None:
        pa = _pyarrow()
        self._writer = pa.parquet.ParquetWriter(path, arrow_schema())

    def write(self, records: list[dict[str, Any]]) -> None:
        """Append one input's records (an empty list writes nothing)."""
        if records:
            self._writer.write_table(records_to_table(records))

    def close(self) -> None:
        """Finish the file (its footer); a Parquet file is unreadable until this is done."""
        self._writer.close()


def restore_record(row: dict[str, Any]) -> dict[str, Any]:
    """A row read back from Parquet as the record JSON Lines holds (without ``record_id``)."""
    skip = ("record_id", "added_fields", "extra")
    record = {k: _plain(v) for k, v in row.items() if k not in skip}
    present = _plain(row.get("added_fields")) or []
    for key in TYPED_ADDED:
        if key not in present:
            record.pop(key, None)
    for key in ("baseline", "targets", "actuals", "budgets"):
        found = record.get(key)
        for obs in [found] if isinstance(found, dict) else (found or []):
            if obs.get("parts") is None:
                obs.pop("parts", None)
            obs["cell"] = _cell(obs.get("cell"))
    if "indicator_cell" in record:
        record["indicator_cell"] = _cell(record["indicator_cell"])
    extra = _plain(row.get("extra"))
    if extra:
        record.update(json.loads(extra))
    return record


def _cell(cell: Any) -> dict[str, Any] | None:
    """A cell as the record holds it: only the fields of its form (the struct has them all)."""
    if not isinstance(cell, dict):
        return None
    return {k: v for k, v in cell.items() if v is not None}


def _plain(value: Any) -> Any:
    """Arrays and floats as pandas or pyarrow hand them back, as JSON-like Python values."""
    if hasattr(value, "tolist") and not isinstance(value, str | bytes):
        value = value.tolist()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        if value != value:  # NaN: pandas' missing number
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    return value
