"""The JSON Schema of the ``jpkpi.kpi/1`` record, shipped with the package, and a validator.

``kpi-1.schema.json`` (draft 2020-12) states docs/kpi-record.md in a form any consumer's
validator can check: every key of the spec required, its types, and the fields jpkpi adds.
Validating needs the optional ``jsonschema`` package; loading and printing the schema do not.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any

from jpkpi.errors import JpkpiError

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

SCHEMA_FILE = "kpi-1.schema.json"
#: The record fields that hold observations, whose flags must be sorted.
_OBSERVATION_FIELDS = ("baseline", "targets", "actuals", "budgets")


@functools.cache
def schema_text() -> str:
    """The schema file's exact text, for ``jpkpi schema`` to print as shipped."""
    data = resources.files("jpkpi.records").joinpath(SCHEMA_FILE).read_bytes()
    return data.decode("utf-8")


def load_schema() -> dict[str, Any]:
    """The schema as a dict, parsed afresh on each call so callers may change their copy."""
    schema: dict[str, Any] = json.loads(schema_text())  # the shipped file holds one object
    return schema


@functools.cache
def _validator() -> Validator:
    """The compiled draft 2020-12 validator, built once: compiling costs more than validating."""
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        raise JpkpiError(
            "validating jpkpi.kpi/1 records needs the jsonschema package: pip install jsonschema"
        ) from None
    return Draft202012Validator(load_schema())


def _where(path: Iterable[str | int]) -> str:
    """A JSON path as people write it (``actuals[0].period.month``); ``record`` for the top."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "record"


def _unsorted_flags(record: dict[str, Any]) -> list[str]:
    """Observations whose flags are out of order: the one rule JSON Schema cannot state."""
    messages = []
    for name in _OBSERVATION_FIELDS:
        value = record.get(name)
        found = [(name, value)] if isinstance(value, dict) else []
        if isinstance(value, list):
            found = [(f"{name}[{i}]", o) for i, o in enumerate(value) if isinstance(o, dict)]
        for where, obs in found:
            flags = obs.get("flags")
            if (
                isinstance(flags, list)
                and all(isinstance(f, str) for f in flags)
                and flags != sorted(flags)
            ):
                messages.append(f"{where}.flags: {flags!r} is not sorted")
    return messages


def validate_record(record: dict[str, Any]) -> list[str]:
    """What is wrong with a record against the ``jpkpi.kpi/1`` schema, one readable line each.

    An empty list means the record is valid. Raises :class:`jpkpi.JpkpiError` when the optional
    ``jsonschema`` package is not installed.
    """
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(map(str, e.path)))
    messages = [f"{_where(e.absolute_path)}: {e.message}" for e in errors]
    if isinstance(record, dict):
        messages.extend(_unsorted_flags(record))
    return messages
