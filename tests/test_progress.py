"""The progress line on a terminal: drawn at once, redrawn while a long file parses, never
wider than the terminal, and followed by the run's summary once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from jpkpi.batch import HEARTBEAT_SECONDS, BatchSettings, parse_files
from jpkpi.progress import Progress, display_width, fit_line, progress_parts
from tests.conftest import SEEDS, run_on_terminal

SEED_000 = SEEDS / "000_fb57e009c395afac.txt"

#: Rows of the slow CSV: each row is an indicator, so the file takes a few seconds to read.
SLOW_ROWS = 2500


@pytest.fixture(scope="module")
def slow_csv(tmp_path_factory) -> Path:
    """A KPI table long enough to keep a worker busy for several heartbeats."""
    path = tmp_path_factory.mktemp("slow") / "北海道釧路市の長いKPI表.csv"
    rows = ["指標名,単位,基準値,目標値(R7),実績(R5)"]
    rows += [f"移住者数{i},人,{i},{i + 10},{i + 5}" for i in range(SLOW_ROWS)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_display_width_counts_japanese_as_two_columns() -> None:
    assert display_width("kpi.pdf") == 7
    assert display_width("釧路市.pdf") == 10
    assert display_width("ｶﾀｶﾅ") == 4  # half-width katakana: one column each
    assert display_width("·") == 2  # ambiguous width: two in Japanese terminals


def test_fit_line_keeps_the_first_parts_and_cuts_a_path_from_the_left() -> None:
    parts = ["[ 3/40]", "1,234 records", "0 failed", "北海道/釧路市/kpi.pdf 12s"]
    assert fit_line(parts, 200) == "[ 3/40], 1,234 records, 0 failed, 北海道/釧路市/kpi.pdf 12s"
    cut = fit_line(parts, 50)
    assert cut.startswith("[ 3/40], 1,234 records, 0 failed, ...")
    assert cut.endswith("kpi.pdf 12s") and display_width(cut) <= 50
    assert fit_line(parts, 20) == "[ 3/40]"  # the next part would not say anything cut that short
    assert fit_line(parts, 5) == "...0]"  # even the count alone is cut to fit


def test_progress_parts_name_the_file_in_work() -> None:
    parts = progress_parts(3, 40, 120, 1, 6.0, ("kobe/kpi.pdf", 75.2))
    assert parts == [
        "[ 3/40]",
        "120 records",
        "1 failed",
        "0.5 files/s",
        "1m14s left",
        "kobe/kpi.pdf 1m15s",
    ]


def test_progress_is_drawn_at_once_and_cleared_at_the_end(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    stream = io.StringIO()
    progress = Progress(2, stream, enabled=True)
    assert stream.getvalue() == "\r[0/2], 0 records, 0 failed"
    progress.finish()
    assert stream.getvalue().endswith("\r" + " " * 26 + "\r")
    quiet = io.StringIO()
    Progress(2, quiet, enabled=False).finish()
    assert quiet.getvalue() == ""


def test_heartbeat_while_a_long_file_parses(slow_csv) -> None:
    beats: list[list[tuple[str, float]]] = []
    [result] = parse_files([str(slow_csv)], BatchSettings(jobs=1), heartbeat=beats.append)
    assert result.ok and len(result.records) == SLOW_ROWS
    assert result.records[0]["indicator"] == "移住者数0"
    # one call per HEARTBEAT_SECONDS of parsing (and one as the file is handed out)
    assert len(beats) >= int(result.seconds / HEARTBEAT_SECONDS)
    assert len(beats) >= 3, f"{result.seconds:.1f} s of parsing gave {len(beats)} heartbeats"
    assert {name for beat in beats for name, _ in beat} == {str(slow_csv)}


def test_progress_line_on_a_narrow_terminal(slow_csv, tmp_path) -> None:
    columns = 50
    status, drawn = run_on_terminal(
        "parse", str(slow_csv), str(SEED_000), "-o", str(tmp_path / "o.jsonl"), columns=columns
    )
    assert status == 0
    lines = drawn.replace("\r\n", "\n").split("\n")
    summary = [line for line in lines if "jpkpi: 2 files: 2 parsed, 0 failed" in line]
    assert len(summary) == 1  # the last state, once
    draws = [d for line in lines for d in line.split("\r") if d.strip()]
    assert draws[0].startswith("[0/2], 0 records")  # drawn before any file finished
    for d in draws:
        assert display_width(d.rstrip()) < columns, d  # never wraps
    # while the long file parses, the line names it (cut from the left) with its seconds
    naming = [d for d in draws if d.startswith("[0/2]") and "KPI表.csv" in d]
    assert len(naming) >= 2, draws[:5]
    assert "..." in naming[0]
