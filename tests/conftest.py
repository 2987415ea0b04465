"""Shared paths for the tests, and a check that every record any test produces meets the schema."""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import settings

import jpkpi
from jpkpi.records.model import KpiRecord

#: The same examples on every run: a property test may not pass on one CI run and fail on the
#: next. Exploring further is benchmarks/fuzz_parse.py's job (or JPKPI_HYPOTHESIS=explore).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("JPKPI_HYPOTHESIS", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load_jsonl(name: str) -> list[dict]:
    """Rows of a JSON Lines fixture in tests/fixtures."""
    with open(FIXTURES / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


#: Every invalid record the schema check saw (for the per-test check below), and the unwrapped
#: ``to_dict`` to put back at the end.
_INVALID = pytest.StashKey[list[str]]()
_ORIGINAL = pytest.StashKey[object]()
#: Whether a test's own call failed, so an invalid record is not reported twice.
_CALL_FAILED = pytest.StashKey[bool]()


def pytest_sessionstart(session: pytest.Session) -> None:
    """Wrap ``KpiRecord.to_dict`` so each record any test produces is validated against the schema.

    A hook rather than a fixture, so that it is in force from the first test to the last, the
    example adapter's tests (run in the same session) included. The validator is compiled once
    (``jpkpi.records.schema`` caches it). It sees only this process: records that the CLI makes
    in a subprocess (``subprocess.run([... "jpkpi" ...])``) go unchecked here. The batch
    runner's workers are forked from this process (and inherit the check; a failure comes back as
    an ``internal`` error) unless a thread is running; tests/test_batch.py also validates the
    batch output itself and compares it with records made in this process.
    """
    if importlib.util.find_spec("jsonschema") is None:
        return  # jsonschema comes with the test extra; tests/test_schema.py skips without it
    from jpkpi.records.schema import validate_record

    invalid: list[str] = []
    session.config.stash[_INVALID] = invalid
    original = KpiRecord.to_dict

    @functools.wraps(original)
    def to_dict(self: KpiRecord) -> dict:
        record = original(self)
        messages = validate_record(record)
        if messages:
            where = f"{record.get('document')} line {record.get('line')} page {record.get('page')}"
            report = f"invalid jpkpi.kpi/1 record from {where}:\n  " + "\n  ".join(messages)
            invalid.append(report)
            raise AssertionError(report)
        return record

    session.config.stash[_ORIGINAL] = original
    KpiRecord.to_dict = to_dict  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Put ``KpiRecord.to_dict`` back as it was."""
    original = session.config.stash.get(_ORIGINAL, None)
    if original is not None:
        KpiRecord.to_dict = original  # type: ignore[method-assign]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Note whether the test's call failed (read by ``_records_stay_valid``)."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed


@pytest.fixture(autouse=True)
def _records_stay_valid(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that produced an invalid record, even where code swallowed the AssertionError.

    Code under test may catch it (a broad ``except Exception`` that turns a failure into an
    error line or an exit status); the record is still counted against the test that made it.
    """
    invalid = request.config.stash.get(_INVALID, [])
    seen = len(invalid)
    yield
    new = invalid[seen:]
    if new and not request.node.stash.get(_CALL_FAILED, False):
        pytest.fail("\n".join(new), pytrace=False)


def observation_values(observations: list[dict]) -> list[tuple]:
    """(value, fiscal year, flags) of each observation, values as exact decimals."""
    return [
        (
            Decimal(str(o["value"])) if o["value"] is not None else None,
            o["period"]["fiscal_year"] if o["period"] else None,
            tuple(o["flags"]),
        )
        for o in observations
    ]


def html_page(tmp_path: Path, name: str, body: str) -> jpkpi.Document:
    """A small UTF-8 HTML page holding ``body``, written under ``tmp_path`` and parsed."""
    path = tmp_path / f"{name}.html"
    path.write_text(
        f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8"
    )
    return jpkpi.parse(path)


def html_table(rows: list[list[str]], head: int = 1) -> str:
    """A <table>: its first ``head`` rows of <th>, the rest of <td>; a cell's text is HTML."""
    return (
        "<table>"
        + "".join(
            "<tr>" + "".join(f"<{t}>{c}</{t}>" for c in row) + "</tr>"
            for row, t in ((r, "th" if i < head else "td") for i, r in enumerate(rows))
        )
        + "</table>"
    )


@functools.cache
def parsed(path: Path) -> jpkpi.Document:
    """Each corpus document parsed once per test session, for the tests that read it."""
    return jpkpi.parse(path)


def run_on_terminal(*args: str, columns: int | None = None) -> tuple[int, str]:
    """Run the CLI with standard error on a pseudo-terminal (``columns`` wide, else the
    default); its exit status and what it drew there."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns)} if columns is not None else None
    proc = subprocess.Popen(
        [sys.executable, "-m", "jpkpi", *args],
        stdout=subprocess.DEVNULL,
        stderr=slave,
        cwd=ROOT,
        env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")
