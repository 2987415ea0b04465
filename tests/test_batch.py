"""Batch runs: a folder of good and broken files, limits per file, outputs per input, formats."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import jpkpi
from jpkpi.batch import BatchSettings, parse_files
from jpkpi.cli import main
from jpkpi.records.schema import validate_record
from tests.conftest import FIXTURES, ROOT, SEEDS, run_on_terminal

CORPORA = ROOT / "corpora"
SEED_000 = SEEDS / "000_fb57e009c395afac.txt"
SEED_001 = SEEDS / "001_2665f5b260ae9138.txt"
KUSHIRO_PDF = CORPORA / "pdf" / "kushiro_kpi_grid.pdf"

#: The broken files of the batch folder, and the error kind each must be listed with.
BROKEN = {
    "broken/empty.txt": "empty",
    "broken/encrypted.pdf": "encrypted",
    "broken/named.pdf": "misnamed",
    "broken/random.csv": "unsupported",
    "broken/truncated.pdf": "damaged",
}


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory) -> Path:
    """The corpus's seeds, HTML and PDFs, plus deliberately broken files."""
    root = tmp_path_factory.mktemp("batch")
    shutil.copytree(SEEDS, root / "seeds")
    shutil.copytree(
        CORPORA / "html", root / "html", ignore=shutil.ignore_patterns("*.py", "*.md", "expected")
    )
    (root / "pdf").mkdir()
    for name in ("kushiro_kpi_grid.pdf", "kamiichi_goals_grid.xlsx"):
        shutil.copy(CORPORA / "pdf" / name, root / "pdf" / name)
    broken = root / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    shutil.copy(FIXTURES / "pdf" / "encrypted.pdf", broken / "encrypted.pdf")
    (broken / "named.pdf").write_text("これはPDFではない\n", encoding="utf-8")
    (broken / "random.csv").write_bytes(bytes(range(256)) * 8)
    (broken / "truncated.pdf").write_bytes(KUSHIRO_PDF.read_bytes()[:3000])
    return root


def _good_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "broken" not in p.parts)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_folder_with_broken_files_writes_every_good_record_and_lists_the_bad(
    batch_dir, tmp_path, capsys
) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main(["parse", str(batch_dir), "-o", str(out), "--errors", str(errors), "--jobs", "2"])
    assert status == 1
    expected = [
        r.to_dict()
        for p in _good_files(batch_dir)
        for r in jpkpi.parse(p, source_name=str(p.relative_to(batch_dir))).records
    ]
    assert len(expected) == 433 + 109 + 18 + 37  # seeds, HTML, kushiro PDF, kamiichi XLSX
    assert _jsonl(out) == expected
    assert [m for r in _jsonl(out) for m in validate_record(r)] == []
    listed = {str(Path(e["file"]).relative_to(batch_dir)): e for e in _jsonl(errors)}
    assert {name: e["kind"] for name, e in listed.items()} == BROKEN
    for name, entry in listed.items():
        assert entry["message"].startswith(str(batch_dir / name) + ": ")
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"jpkpi: {batch_dir / 'broken' / 'encrypted.pdf'}: is encrypted" in err
    assert "\r" not in err  # no progress line when standard error is not a terminal


def test_jobs_1_and_jobs_2_write_byte_identical_output(batch_dir, tmp_path) -> None:
    # JSON Lines holds every field; Parquet is written in row groups as results come in. The
    # CSV writers turn the same records, in the same order, into rows (tests/test_outputs.py).
    for fmt in ("jsonl", "parquet"):
        one, two = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
        assert (
            main(["parse", str(batch_dir), "-q", "--format", fmt, "--jobs", "1", "-o", str(one)])
            == 1
        )
        assert (
            main(["parse", str(batch_dir), "-q", "--format", fmt, "--jobs", "2", "-o", str(two)])
            == 1
        )
        assert one.read_bytes() == two.read_bytes()
        assert len(one.read_bytes()) > 50_000


def test_progress_line_on_a_terminal(batch_dir, tmp_path) -> None:
    status, drawn = run_on_terminal("parse", str(batch_dir), "-o", str(tmp_path / "o.jsonl"))
    assert status == 1
    total = len(_good_files(batch_dir)) + len(BROKEN)
    frames = [f for f in drawn.replace("\r\n", "\n").split("\r") if f.strip()]
    last_drawn = next(f for f in reversed(frames) if f.startswith("["))
    assert f"[{total}/{total}]" in last_drawn
    assert f"{len(BROKEN)} failed" in last_drawn
    records = len(_jsonl(tmp_path / "o.jsonl"))
    assert f"{records:,} records" in last_drawn
    # the line is cleared at the end; the summary says the final count once
    summary = (
        f"jpkpi: {total} files: {total - len(BROKEN)} parsed, {len(BROKEN)} failed; {records:,}"
    )
    assert frames[-1].startswith(summary) and drawn.count(summary) == 1
    quiet_status, quiet = run_on_terminal(
        "parse", str(SEED_000), "-q", "-o", str(tmp_path / "q.jsonl")
    )
    assert quiet_status == 0
    assert quiet == ""


def test_a_file_over_the_time_limit_is_stopped_and_the_next_one_parses() -> None:
    results = list(
        parse_files([str(KUSHIRO_PDF), str(SEED_000)], BatchSettings(jobs=1, timeout=0.001))
    )
    assert results[0].error is not None and results[0].error.kind == "timeout"
    # the worker's own budget stops it, at a check that names the place
    assert results[0].error.message.startswith(
        f"{KUSHIRO_PDF}: took longer than the 0.001 s time limit (by page 1"
    )  # "(by page 1)" while reading it, "(by page 1 (measured before reading))" before PDFium
    # the second file's worker is new and gets its own 1 ms: it is stopped too, the run goes on
    assert [r.path for r in results] == [str(KUSHIRO_PDF), str(SEED_000)]
    assert results[1].error is not None and results[1].error.kind == "timeout"
    results = list(parse_files([str(SEED_000)], BatchSettings(jobs=1, timeout=60)))
    assert results[0].ok and len(results[0].records) == 18


def _workers_of(pgid: int | None = None) -> list[int]:
    """Pids of live batch workers: this process's, or those of a process group (via pgrep)."""
    import multiprocessing

    if pgid is None:
        return [p.pid for p in multiprocessing.active_children() if p.name == "jpkpi-worker"]
    found = subprocess.run(["pgrep", "-g", str(pgid)], capture_output=True, text=True).stdout
    return [int(pid) for pid in found.split() if int(pid) != pgid]


def _fifo(tmp_path: Path) -> Path:
    """A named pipe no one writes to: reading it blocks forever, like a hung file system."""
    path = tmp_path / "hangs.txt"
    os.mkfifo(path)
    return path


def test_a_hung_file_is_stopped_by_the_time_limit(tmp_path) -> None:
    fifo = _fifo(tmp_path)
    results = list(parse_files([str(fifo), str(SEED_000)], BatchSettings(jobs=1, timeout=2)))
    assert results[0].error is not None and results[0].error.kind == "timeout"
    assert results[1].ok and len(results[1].records) == 18


def test_a_worker_killed_mid_file_costs_only_that_file(tmp_path) -> None:
    fifo = _fifo(tmp_path)  # holds the first worker until it is killed

    def kill_first_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            pids = _workers_of()
            if pids:
                os.kill(pids[0], signal.SIGKILL)
                return
            time.sleep(0.01)

    killer = threading.Thread(target=kill_first_worker)
    killer.start()
    results = list(parse_files([str(fifo), str(SEED_000)], BatchSettings(jobs=1, timeout=None)))
    killer.join()
    assert results[0].error is not None and results[0].error.kind == "crashed"
    assert results[0].error.message == (
        f"{fifo}: the process parsing it was killed by signal 9 (out of memory? the limit is 1024 MiB)"
    )
    assert results[1].ok and len(results[1].records) == 18


def test_a_file_that_needs_more_memory_than_the_limit_is_a_memory_error(tmp_path) -> None:
    # 200,000 KPI rows, 60 MB: reading the file alone passes the 40 MiB allowed, so the
    # MemoryError comes from Python's own allocation. (A file that fails later can fail inside
    # native code instead: Sudachi's Rust aborts the worker, reported as 'crashed' with an
    # out-of-memory hint, or Python stalls unwinding, reported as 'memory' at the time limit.)
    name = "指標" + "あ" * 90
    rows = "".join(f"{name}{i}\t人\t{i}\t{i + 10}\t{i + 5}\n" for i in range(200_000))
    big = tmp_path / "big.txt"
    big.write_text("指標\t単位\t基準値（R2）\t目標値（R7）\tR5実績\n" + rows, encoding="utf-8")
    assert big.stat().st_size > 55_000_000
    errors = tmp_path / "errors.jsonl"
    out = tmp_path / "out.jsonl"
    CLI = (sys.executable, "-m", "jpkpi", "parse")
    LIMITS = ("--memory-limit", "40")
    # Run as a user does, in a fresh process: a worker forked from this test process would
    # inherit its freed heap and fit a larger file in the same limit.
    run = subprocess.run(
        [*CLI, str(big), str(SEED_000), "-q", *LIMITS, "--errors", str(errors), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr
    [entry] = _jsonl(errors)
    assert entry["kind"] == "memory", entry
    assert entry["message"].startswith(f"{big}: ")
    assert len(_jsonl(out)) == 18  # the next file still parsed, under the same limit


def test_split_writes_one_output_per_input_and_skip_existing_resumes(
    batch_dir, tmp_path, capsys
) -> None:
    out = tmp_path / "split"
    assert main(["parse", str(batch_dir), "-o", str(out), "--split", "-q"]) == 1
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    expected = sorted(str(p.relative_to(batch_dir)) + ".jsonl" for p in _good_files(batch_dir))
    assert written == expected  # failed inputs have no output, so a resumed run retries them
    assert _jsonl(out / "seeds" / "000_fb57e009c395afac.txt.jsonl") == [
        r.to_dict()
        for r in jpkpi.parse(SEED_000, source_name="seeds/000_fb57e009c395afac.txt").records
    ]
    (out / "seeds" / "000_fb57e009c395afac.txt.jsonl").unlink()
    kept = out / "seeds" / "002_c12787e90c7802a2.txt.jsonl"
    before = kept.stat().st_mtime_ns
    capsys.readouterr()
    assert main(["parse", str(batch_dir), "-o", str(out), "--split", "--skip-existing", "-v"]) == 1
    summary = capsys.readouterr().err.splitlines()[-1]
    skipped = len(expected) - 1
    assert (
        summary
        == f"jpkpi: 6 files: 1 parsed, 5 failed; 18 records, {skipped} skipped (their output exists)"
    )
    assert (out / "seeds" / "000_fb57e009c395afac.txt.jsonl").exists()
    assert kept.stat().st_mtime_ns == before
    assert not list(out.rglob("*.partial*"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--skip-existing", "-o", "x"], "--skip-existing needs --split"),
        (["--split"], "--split needs -o DIR"),
        (["--format", "parquet"], "--format parquet writes a file"),
        (["--jobs", "0"], "--jobs must be at least 1"),
        (["--timeout", "0"], "--timeout must be a positive number"),
        (["--memory-limit", "-5"], "--memory-limit must be a number of MiB"),
    ],
)
def test_bad_batch_options_are_usage_errors(args, message, capsys) -> None:
    assert main(["parse", str(SEED_000), *args]) == 2
    assert message in capsys.readouterr().err


def test_two_inputs_that_would_share_a_split_output_are_refused(tmp_path, capsys) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(SEED_000, tmp_path / sub / "kpi.txt")
    args = [
        "parse",
        str(tmp_path / "a"),
        str(tmp_path / "b"),
        "-o",
        str(tmp_path / "out"),
        "--split",
    ]
    assert main(args) == 2
    assert "would both be written to kpi.txt" in capsys.readouterr().err


def test_debug_shows_the_traceback_of_a_bad_file(batch_dir, capsys) -> None:
    bad = str(batch_dir / "broken" / "truncated.pdf")
    assert main(["parse", bad]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert main(["parse", bad, "--debug"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "DamagedDocumentError" in err


def test_csv_long_has_one_row_per_observation_joined_to_csv_by_record_id(capsys) -> None:
    records = [r.to_dict() for r in jpkpi.parse(SEED_000).records]
    assert main(["parse", str(SEED_000), "--format", "csv-long"]) == 0
    long_rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    observations = sum(
        len(r["targets"]) + len(r["actuals"]) + (r["baseline"] is not None) for r in records
    )
    assert len(long_rows) == observations
    assert main(["parse", str(SEED_000), "--format", "csv"]) == 0
    wide = {row["record_id"]: row for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    # seed 000 line 11: 移住者数, 112 人 in R4年度 (the spec's worked example)
    [row] = [r for r in long_rows if r["indicator"] == "移住者数" and r["fiscal_year"] == "2022"]
    assert (row["role"], row["value"], row["unit"], row["period_raw"], row["line"]) == (
        "actual",
        "112",
        "人",
        "R4年度",
        "11",
    )
    assert wide[row["record_id"]]["actual_FY2022"] == "112"
    assert wide[row["record_id"]]["target_FY2024"] == "133"


def test_csv_long_gives_each_labelled_part_its_row(tmp_path, capsys) -> None:
    src = tmp_path / "life.txt"
    src.write_text("指標名\t単位\tR4年度\n平均寿命\t歳\t男79.3歳 女84.3歳\n", encoding="utf-8")
    assert main(["parse", str(src), "--format", "csv-long"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["part"], r["value"]) for r in rows] == [("", ""), ("男", "79.3"), ("女", "84.3")]


def test_parquet_output_reads_back_as_the_json_lines_records(batch_dir, tmp_path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from jpkpi.records.arrow import restore_record

    out = tmp_path / "records.parquet"
    assert main(["parse", str(batch_dir), "-q", "--format", "parquet", "-o", str(out)]) == 1
    assert main(["parse", str(batch_dir), "-q", "-o", str(tmp_path / "r.jsonl")]) == 1
    frame = pd.read_parquet(out)
    assert [restore_record(r) for r in frame.to_dict("records")] == _jsonl(tmp_path / "r.jsonl")
    assert str(frame["page"].dtype) in ("float64", "Int32")  # typed, not text
    assert frame.loc[frame["document"] == "000_fb57e009c395afac.txt", "record_id"].iloc[0] == (
        "seeds/000_fb57e009c395afac.txt#1"  # counted by the path below the folder given
    )


def test_document_to_dataframe_keeps_numbers_numbers() -> None:
    pytest.importorskip("pandas")
    doc = jpkpi.parse(SEED_000)
    wide = doc.to_dataframe()
    row = wide[wide["indicator"] == "移住者数"].iloc[0]
    assert (row["actual_FY2022"], row["actual_FY2024"], row["target_FY2024"]) == (112, 81, 133)
    assert row["line"] == 11 and str(wide["line"].dtype) == "Int64"
    long = doc.to_dataframe(long=True)
    assert len(long) == sum(
        len(r.targets) + len(r.actuals) + (r.baseline is not None) for r in doc.records
    )
    assert long["value"].dtype == "float64"


def test_ctrl_c_stops_the_workers_and_leaves_no_output_file(tmp_path) -> None:
    fifo = _fifo(tmp_path)  # the run cannot end by itself: it waits for this file forever
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "jpkpi", "parse", str(fifo), str(SEED_000), "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches it
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while not _workers_of(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # past the fork server's start: a Ctrl-C now reaches a running batch
    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=30) == 130
    assert proc.stderr is not None
    assert proc.stderr.read() == "jpkpi: interrupted\n"  # no traceback from any process
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hangs.txt"]  # no output, no partial
    deadline = time.monotonic() + 10  # the fork server and workers see their pipes close
    while _workers_of(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _workers_of(proc.pid) == []  # no worker outlives the run


def test_parquet_takes_integers_past_float_precision(tmp_path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    big = tmp_path / "big.txt"
    big.write_text("指標名\t単位\tR4年度\n市の予算額\t円\t12345678901234567\n", encoding="utf-8")
    out = tmp_path / "big.parquet"
    assert (
        main(["parse", str(big), str(SEED_000), "--format", "parquet", "-o", str(out), "-q"]) == 0
    )
    table = pq.read_table(out)
    assert table.num_rows == 19
    assert table.column("actuals")[0].as_py()[0]["value"] == 12345678901234567.0  # float64: rounded
    assert table.column("actuals")[0].as_py()[0]["raw"] == "12345678901234567"  # exact, for audit


def test_a_national_run_keeps_files_of_one_name_apart(tmp_path) -> None:
    """kobe/kpi.txt and ikeda/kpi.txt: records carry their path below the folder as ``source``
    and count their ids by it, so nothing collides and nothing is warned about."""
    cities = tmp_path / "cities"
    for city in ("kobe", "ikeda"):
        (cities / city).mkdir(parents=True)
        shutil.copy(SEED_000, cities / city / "kpi.txt")
    out = tmp_path / "out.csv"
    run = subprocess.run(
        [sys.executable, "-m", "jpkpi", "parse", str(cities), "--format", "csv", "-o", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert run.returncode == 0, run.stderr
    assert "warning" not in run.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    one_city = len(jpkpi.parse(SEED_000).records)
    assert len(rows) == 2 * one_city
    assert {r["document"] for r in rows} == {"kpi.txt"}  # the spec's document: the file name
    ikeda, kobe = (os.path.join(city, "kpi.txt") for city in ("ikeda", "kobe"))
    assert [r["source"] for r in rows] == [ikeda] * one_city + [kobe] * one_city
    ids = [r["record_id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert ids[0] == f"{ikeda}#1" and ids[one_city] == f"{kobe}#1"
    # 特産品販売の売上額 (line 20 of the seed) is in both, told apart by source
    sales = [r for r in rows if r["indicator"] == "特産品販売の売上額"]
    assert [r["source"] for r in sales] == [ikeda, kobe]


def test_files_named_directly_carry_the_path_given(tmp_path, capsys, monkeypatch) -> None:
    for city in ("kobe", "ikeda"):
        (tmp_path / city).mkdir()
        shutil.copy(SEED_000, tmp_path / city / "kpi.txt")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["parse", "kobe/kpi.txt", "ikeda/kpi.txt", "-o", str(out)]) == 0
    assert "warning" not in capsys.readouterr().err
    assert sorted({r["source"] for r in _jsonl(out)}) == ["ikeda/kpi.txt", "kobe/kpi.txt"]


def test_inputs_of_one_source_are_warned_about(tmp_path, capsys) -> None:
    """Two folders holding the same relative path give records of one source: said once."""
    for sub in ("2023", "2024"):
        (tmp_path / sub).mkdir()
        shutil.copy(SEED_000, tmp_path / sub / "kpi.txt")
    assert main(["parse", str(tmp_path / "2023"), str(tmp_path / "2024")]) == 0
    err = capsys.readouterr().err
    first, second = tmp_path / "2023" / "kpi.txt", tmp_path / "2024" / "kpi.txt"
    assert f"jpkpi: warning: {first} and {second} are both kpi.txt" in err


def test_files_from_a_list_for_runs_too_large_for_a_command_line(tmp_path, capsys) -> None:
    listing = tmp_path / "inputs.txt"
    missing = tmp_path / "gone.pdf"
    listing.write_text(
        f"{SEED_000}\n\n{missing}\n{SEEDS / '004_1502a6051a063bcd.txt'}\n", encoding="utf-8"
    )
    errors = tmp_path / "errors.jsonl"
    assert main(["parse", "--files-from", str(listing), "-q", "--errors", str(errors)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["document"] for r in records].count("000_fb57e009c395afac.txt") == 18
    assert [r["document"] for r in records].count("004_1502a6051a063bcd.txt") == 37
    [entry] = _jsonl(errors)
    assert (entry["file"], entry["kind"]) == (str(missing), "unreadable")
    assert main(["parse"]) == 2
    assert "parse needs INPUT files or folders, or --files-from LIST" in capsys.readouterr().err


def test_a_folder_the_walk_cannot_enter_is_a_failed_input(tmp_path, monkeypatch) -> None:
    """It was skipped without a word, and the run said "0 failed" (tests run as root here,
    who can read any folder, so the refusal is made by the walk's os.scandir)."""
    import jpkpi.batch
    import jpkpi.sources.detect

    (tmp_path / "a").mkdir()
    (tmp_path / "locked").mkdir()
    shutil.copy(SEED_000, tmp_path / "a" / "kpi.txt")
    shutil.copy(SEED_000, tmp_path / "locked" / "kpi.txt")
    real_scandir = os.scandir

    def scandir(path=".", *args, **kwargs):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    found = jpkpi.batch.find_named_inputs([str(tmp_path)])
    assert [(f.name, f.source) for f in found] == [
        ("a/kpi.txt", "a/kpi.txt"),
        ("locked", "locked"),
    ]
    [result] = list(parse_files([found[1].path], BatchSettings(jobs=1)))
    assert result.error is not None and result.error.kind == "unreadable"
    assert result.error.message == (
        f"{tmp_path / 'locked'}: is a folder that cannot be read (Permission denied)"
    )


def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_its_records_written(
    tmp_path,
) -> None:
    """Python keeps such a name's bytes as lone surrogates, which no UTF-8 output can hold:
    the run ended as "internal error" and wrote nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, os.path.join(os.fsencode(folder), b"\xff\xfe.txt"))
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "jpkpi", "parse", str(folder), "-q", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    records = _jsonl(out)
    assert len(records) == 18
    assert {r["source"] for r in records} == {"\\xff\\xfe.txt"}


def test_an_errors_file_that_cannot_be_written_costs_only_the_list(tmp_path) -> None:
    """A full disk under --errors stopped the run as "internal error" and discarded -o."""
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "jpkpi", "parse", str(SEED_000), str(tmp_path / "missing.pdf"),
         "--errors", "/dev/full", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert run.returncode == 1
    assert "jpkpi: /dev/full: cannot be written (No space left on device)" in run.stderr
    assert "internal error" not in run.stderr
    assert len(_jsonl(out)) == 18


def test_a_split_output_name_too_long_for_the_file_system_fails_alone(tmp_path) -> None:
    """An input named with 253 bytes gets a 259-byte output name, past the usual 255: it
    stopped the run as "internal error" and discarded every other output."""
    folder = tmp_path / "in"
    folder.mkdir()
    long_name = "あ" * 83 + ".txt"  # 253 bytes in UTF-8
    shutil.copy(SEED_000, folder / long_name)
    shutil.copy(SEED_000, folder / "ok.txt")
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "jpkpi", "parse", str(folder), "--split", "-o", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert f"{out / long_name}.jsonl: cannot be written (File name too long)" in run.stderr
    assert "internal error" not in run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ok.txt.jsonl"]
    assert len(_jsonl(out / "ok.txt.jsonl")) == 18


def test_a_process_that_filled_its_address_space_is_told_from_one_that_did_not() -> None:
    """A worker killed for its time after it reached its memory limit is reported as out of
    memory (Python can stall once an allocation fails there): /proc tells the two apart."""
    from jpkpi.batch import out_of_address_space

    fill = """
import resource, sys, time
from jpkpi.batch import status_bytes
resource.setrlimit(resource.RLIMIT_AS, (status_bytes("VmSize") + 64 * 2**20, resource.RLIM_INFINITY))
if sys.argv[1] == "fill":
    kept = []
    try:
        while True:
            kept.append(bytearray(2**20))
    except MemoryError:
        pass
print("ready", flush=True)
time.sleep(30)
"""
    for how, full in (("fill", True), ("idle", False)):  # both under a limit 64 MiB up
        child = subprocess.Popen(
            [sys.executable, "-c", fill, how], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        try:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            assert out_of_address_space(child.pid) is full, how
        finally:
            child.kill()
            child.wait()
    assert not out_of_address_space(None)
