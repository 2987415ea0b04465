"""Writing records for other tools: JSON Lines, a JSON array, wide CSV and long CSV.

Wide CSV has one row per record (observations as ``actual_FY2022``, ``target_FY2024`` …
columns); long CSV has one row per observation, keyed by ``record_id`` so the two can be
joined. Parquet lives in :mod:`jpkpi.records.arrow` (it needs pyarrow).

Text a spreadsheet would take for a formula (a cell printed as ``=2+5``) is written to CSV with a
leading ``'``, as OWASP advises against CSV injection; see :func:`escape_formula`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, TextIO

from jpkpi.primitives.quantity import decimal_text

#: Formats ``jpkpi parse --format`` writes.
FORMATS = ("jsonl", "json", "csv", "csv-long", "parquet")

#: The file suffix of each format (``--split`` names outputs ``INPUT`` + this).
SUFFIXES = {
    "jsonl": ".jsonl",
    "json": ".json",
    "csv": ".csv",
    "csv-long": ".long.csv",
    "parquet": ".parquet",
}

#: Where a record keeps its observations, and the role each list's values play.
OBSERVATION_ROLES = (
    ("baseline", "baseline"),
    ("target", "targets"),
    ("actual", "actuals"),
    ("budget", "budgets"),
)

_CSV_FIELDS = (
    "record_id", "schema", "document", "source", "page", "line", "section", "program", "program_no",
    "department", "reposted", "kind", "indicator_type", "label", "indicator", "unit",
    "baseline", "baseline_period", "target_statement", "target_direction",
    "status", "status_computed", "warnings", "adapter",
)  # fmt: skip

#: Columns of the long CSV: who the observation belongs to, then the observation itself.
LONG_FIELDS = (
    "record_id", "document", "source", "page", "line", "program", "kind", "indicator",
    "role", "part", "fiscal_year", "year", "month", "period_raw",
    "value", "unit", "raw", "flags", "cell",
)  # fmt: skip

#: Record keys the wide row spells out itself (everything else is an added field, kept as is).
_HANDLED = {
    *_CSV_FIELDS,
    "targets",
    "actuals",
    "budgets",
}


#: First characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Text that is only a signed number (``-3``, ``+1,234.5``) or a lone sign (``-``, a missing
#: value): a spreadsheet reads it as a number or as text, never as a formula.
_PLAIN_NUMBER = re.compile(r"[+-]?[\d,]*\.?\d*")

#: The byte-order mark ``--excel`` writes first: Excel reads CSV without one in the locale's
#: code page (cp932 in Japan), which garbles UTF-8 Japanese.
UTF8_BOM = "\ufeff"


def escape_formula(text: str) -> str:
    """Text a spreadsheet would run as a formula, with a leading ``'``; other text as is.

    Text starting with ``=``, ``+``, ``-``, ``@``, TAB or CR is a formula to Excel and
    LibreOffice (``=2+5``, ``@SUM(1+1)*cmd|' /C calc'!A0``) unless it is a plain signed number.
    """
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def record_id(source: str, number: int) -> str:
    """The id of an input's ``number``-th record (1-based): ``hokkaido/kushiro.pdf#12``."""
    return f"{source}#{number}"


def with_record_ids(
    records: Iterable[dict[str, Any]], ids: Iterable[str] | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each record with its id: ``ids`` where given, else the records of each document from 1.

    A batch numbers each input on its own (so the ids are the same whether inputs are written
    together, one output per input, or on a cluster) and passes them here as ``ids``.
    """
    if ids is not None:
        yield from zip(ids, records, strict=True)
        return
    counts: dict[str, int] = {}
    for record in records:
        # the source tells apart inputs of one name from many folders; records of old runs
        # (and of callers that build them) may have only the document
        source = str(record.get("source") or record.get("document"))
        counts[source] = counts.get(source, 0) + 1
        yield record_id(source, counts[source]), record


class _HasDecimal(Exception):
    """Raised inside json.dumps when it meets a Decimal, which it cannot write exactly."""


def _refuse(value: Any) -> Any:
    """json.dumps's ``default``: a Decimal sends the value to the exact writer; else TypeError."""
    if isinstance(value, Decimal):
        raise _HasDecimal
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps(value: Any, *, indent: int | None = None, sort_keys: bool = False) -> str:
    """JSON text (UTF-8, not ASCII-escaped) as ``json.dumps`` writes it, except that a Decimal is
    written with its exact digits (a value of 30 significant digits keeps all 30)."""
    try:
        return json.dumps(
            value, ensure_ascii=False, indent=indent, sort_keys=sort_keys, default=_refuse
        )
    except _HasDecimal:  # rare: numbers past what an int64 or a float holds exactly
        return "".join(_exact_parts(value, indent, sort_keys, 0))


def _exact_parts(value: Any, indent: int | None, sort_keys: bool, level: int) -> Iterator[str]:
    """The pieces of ``dumps``'s text for a value holding Decimals, laid out as json.dumps does."""
    if isinstance(value, Decimal):
        yield decimal_text(value)
    elif isinstance(value, dict | list | tuple):
        if isinstance(value, dict):
            items = sorted(value.items()) if sort_keys else list(value.items())
        else:
            items = list(value)
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        if not items:
            yield opening + closing
            return
        inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
        outer = "" if indent is None else "\n" + " " * (indent * level)
        yield opening + inner
        for n, item in enumerate(items):
            if n:
                yield ", " if indent is None else "," + inner
            if isinstance(value, dict):
                key, item = item
                yield json.dumps(
                    key if isinstance(key, str) else json.dumps(key), ensure_ascii=False
                )
                yield ": "
            yield from _exact_parts(item, indent, sort_keys, level + 1)
        yield outer + closing
    else:
        yield json.dumps(value, ensure_ascii=False, default=_refuse)


def record_line(record: dict[str, Any]) -> str:
    """One record as a JSON Lines line (UTF-8 text, not ASCII-escaped), without the newline."""
    return dumps(record)


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write records as JSON Lines."""
    for record in records:
        out.write(record_line(record) + "\n")


def write_json(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write records as one JSON array."""
    out.write(dumps(list(records), indent=1) + "\n")


def observation_column(role: str, observation: dict[str, Any]) -> str:
    """The CSV column of an observation: ``actual_FY2022``, ``target_FY2024`` (or its period)."""
    period = observation.get("period") or {}
    if period.get("fiscal_year") is not None:
        return f"{role}_FY{period['fiscal_year']}"
    if period.get("year") is not None:
        return f"{role}_{period['year']}"
    return f"{role}_{period.get('raw') or 'undated'}"


def _added_field(value: Any) -> Any:
    """An added field as one cell: text as is, a list of texts joined, anything else as JSON."""
    if value is None or isinstance(value, str | int | float | bool | Decimal):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return dumps(value, sort_keys=True)


def record_row(record: dict[str, Any], rid: str | None = None) -> dict[str, Any]:
    """One record as a flat row with typed values (numbers stay numbers, unknown is None)."""
    baseline = record.get("baseline") or {}
    statement = record.get("target_statement") or {}
    status = record.get("status") or {}
    row: dict[str, Any] = {"record_id": rid}
    for key in _CSV_FIELDS[1:]:
        if key in record and key not in ("section", "baseline", "target_statement", "status"):
            row[key] = record[key]
    row.update(
        {
            "section": " › ".join(record.get("section") or []),
            "baseline": baseline.get("value"),
            "baseline_period": (baseline.get("period") or {}).get("raw"),
            "target_statement": statement.get("text"),
            "target_direction": statement.get("direction"),
            "status": status.get("value"),
            "status_computed": status.get("computed"),
            "warnings": "; ".join(record.get("warnings") or []),
        }
    )
    for role, key in OBSERVATION_ROLES[1:]:
        for obs in record.get(key) or []:
            column = base = observation_column(role, obs)
            n = 2
            while column in row:  # two values for one period: keep both, numbered
                column, n = f"{base}_{n}", n + 1
            row[column] = obs.get("value")
    for key in sorted(set(record) - _HANDLED):
        row[key] = _added_field(record[key])
    return row


def _cell(value: Any, escape_formulas: bool = False) -> str:
    """A value as CSV text: numbers as written, text escaped against formulas if asked."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, str):
        return escape_formula(value) if escape_formulas else value
    return str(value)


def flatten(
    record: dict[str, Any], rid: str | None = None, *, escape_formulas: bool = True
) -> dict[str, str]:
    """One record as a flat CSV row of text (observations under ``actual_FY…`` columns).

    Text that would run as a spreadsheet formula gets a leading ``'`` unless
    ``escape_formulas`` is False (see :func:`escape_formula`); numbers are never touched.
    """
    return {k: _cell(v, escape_formulas) for k, v in record_row(record, rid).items()}


def row_columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    """The columns of wide rows: the record's fields, then observation and added columns sorted."""
    seen = {k for row in rows for k in row}
    return [*_CSV_FIELDS, *sorted(seen - set(_CSV_FIELDS))]


def record_ids(records: Iterable[dict[str, Any]]) -> list[str]:
    """The ids of one input's records, in order (``document#1``, ``document#2`` …)."""
    return [rid for rid, _ in with_record_ids(records)]


def _write_rows(
    out: TextIO,
    columns: Sequence[str],
    rows: Iterable[dict[str, str]],
    *,
    header: bool,
    escape_formulas: bool,
) -> None:
    """Write CSV rows (and the header, its names escaped like the cells) in these columns."""
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow([_cell(c, escape_formulas) for c in columns])
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])


def write_csv(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    *,
    ids: Iterable[str] | None = None,
    escape_formulas: bool = True,
) -> None:
    """Write records as CSV: the record's fields, then one column per role and fiscal year.

    ``escape_formulas=False`` writes text that a spreadsheet would run as a formula as is.
    """
    rows = [
        flatten(r, rid, escape_formulas=escape_formulas) for rid, r in with_record_ids(records, ids)
    ]
    _write_rows(out, row_columns(rows), rows, header=True, escape_formulas=escape_formulas)


def observation_rows(record: dict[str, Any], rid: str) -> Iterator[dict[str, Any]]:
    """One typed row per observation of a record (and one per labelled part of a cell)."""
    who = {
        "record_id": rid,
        "document": record.get("document"),
        "source": record.get("source"),
        "page": record.get("page"),
        "line": record.get("line"),
        "program": record.get("program"),
        "kind": record.get("kind"),
        "indicator": record.get("indicator"),
    }
    for role, key in OBSERVATION_ROLES:
        found = record.get(key)
        observations = [found] if isinstance(found, dict) else (found or [])
        for obs in observations:
            period = obs.get("period") or {}
            row = {
                **who,
                "role": role,
                "part": None,
                "fiscal_year": period.get("fiscal_year"),
                "year": period.get("year"),
                "month": period.get("month"),
                "period_raw": period.get("raw"),
                "value": obs.get("value"),
                "unit": obs.get("unit"),
                "raw": obs.get("raw"),
                "flags": ";".join(obs.get("flags") or []),
                "cell": _cell_text(obs.get("cell")),
            }
            yield row
            for part in obs.get("parts") or []:
                yield {**row, "part": part.get("label"), "value": part.get("value"),
                       "unit": part.get("unit")}  # fmt: skip


def _cell_text(cell: Any) -> str | None:
    """A cell in one CSV field: its JSON (``{"page":3,"box":[…]}``), which DuckDB and pandas
    read back with their JSON functions."""
    if not cell:
        return None
    return json.dumps(cell, ensure_ascii=False, separators=(",", ":"))


def write_csv_long(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    *,
    header: bool = True,
    ids: Iterable[str] | None = None,
    escape_formulas: bool = True,
) -> None:
    """Write records as long CSV: one row per observation, ``record_id`` naming its record.

    ``escape_formulas=False`` writes text that a spreadsheet would run as a formula as is.
    """
    rows = (
        {k: _cell(v, escape_formulas) for k, v in row.items()}
        for rid, record in with_record_ids(records, ids)
        for row in observation_rows(record, rid)
    )
    _write_rows(out, LONG_FIELDS, rows, header=header, escape_formulas=escape_formulas)
