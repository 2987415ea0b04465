"""The jpkpi command line: version, help, and the quantities of a bundled seed."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from jpkpi import __version__
from jpkpi.cli import main
from tests.conftest import ROOT, SEEDS

SEED_000 = SEEDS / "000_fb57e009c395afac.txt"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "jpkpi", *args], capture_output=True, text=True, encoding="utf-8"
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"jpkpi {__version__}"


def test_help_lists_commands() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "quantities" in result.stdout


def test_no_command_is_bad_usage() -> None:
    assert _run().returncode == 2


def test_quantities_of_seed_000(capsys) -> None:
    assert main(["quantities", str(SEED_000)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_place = {(r["line"], r["column"]): r for r in rows}
    # line 20: 特産品販売の売上額 1,650,000 円 target, actuals 5,994,616 / 5,516,080 / 5,260,160
    assert by_place[(20, 3)]["value"] == 1650000
    assert by_place[(20, 8)]["value"] == 5260160
    # line 25: 施設予約システム利用率 with "-" for R4
    assert by_place[(25, 6)]["flags"] == ["missing"]
    # line 28: 電子申請システム利用者満足度 82.7 in R6
    assert by_place[(28, 8)]["value"] == 82.7
    assert all(r["document"] == SEED_000.name for r in rows)


def test_missing_file_is_a_clear_error(tmp_path, capsys) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["quantities", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"jpkpi: {missing}: cannot be read")
    assert "Traceback" not in err


def test_binary_file_is_a_clear_error(tmp_path, capsys) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\xff\xfe\x00\x81garbage")
    assert main(["quantities", str(junk)]) == 1
    assert "is a binary file" in capsys.readouterr().err


def test_parse_writes_json_lines(capsys) -> None:
    assert main(["parse", str(SEED_000)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 18
    assert records[1]["indicator"] == "移住者数" and records[1]["schema"] == "jpkpi.kpi/1"


def test_parse_a_directory_keeps_going_past_a_bad_file(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_bytes(SEED_000.read_bytes())
    (tmp_path / "b.pdf").write_bytes(b"this is not a pdf")
    (tmp_path / "c.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"jpkpi: {tmp_path / 'b.pdf'}: is named .pdf but is not a PDF file" in err
    assert f"jpkpi: {tmp_path / 'c.txt'}: is empty" in err
    assert "Traceback" not in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 18


def test_parse_csv_has_one_row_per_record_and_period_columns(capsys) -> None:
    assert main(["parse", str(SEED_000), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    header = set(rows[0])
    assert {"actual_FY2022", "actual_FY2023", "actual_FY2024", "target_FY2024"} <= header
    assert len(rows) == 18
    row = rows[1]
    assert json.loads(row["indicator_cell"]) == {"line": 11, "column": 3}  # where 移住者数 is
    assert (row["indicator"], row["actual_FY2022"], row["target_FY2024"]) == (
        "移住者数",
        "112",
        "133",
    )


def test_parse_json_array_and_jobs_give_the_same_records(tmp_path, capsys) -> None:
    assert main(["parse", str(SEEDS), "--format", "json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert main(["parse", str(SEEDS), "--format", "json", "--jobs", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == one
    assert {r["document"] for r in one} == {
        "000_fb57e009c395afac.txt", "001_2665f5b260ae9138.txt", "002_c12787e90c7802a2.txt",
        "003_cba63dfe630bcdd0.txt", "004_1502a6051a063bcd.txt",
    }  # fmt: skip


def test_parse_bad_usage_exits_2(capsys) -> None:
    assert main(["parse"]) == 2
    assert main(["parse", str(SEED_000), "--format", "xml"]) == 2
    assert main(["parse", str(SEED_000), "--adapter", "nope"]) == 2


def test_pages_selects_pdf_pages_and_keeps_their_numbers(tmp_path) -> None:
    """--pages 2- of 上市's two-page KPI grid (its header repeated on page 2) gives exactly the
    page-2 records of a whole run, numbered page 2; a bad spec is a usage error."""
    import json
    import subprocess
    import sys

    import jpkpi
    from jpkpi.sources.pdf import PageSelection

    pdf = ROOT / "corpora" / "pdf" / "kamiichi_goals_grid.pdf"
    whole = [r.to_dict() for r in jpkpi.parse(pdf).records]
    run = subprocess.run(
        [sys.executable, "-m", "jpkpi", "parse", "--pages", "2-", "-q", str(pdf)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    got = [json.loads(line) for line in run.stdout.splitlines()]
    assert got and {r["page"] for r in got} == {2}
    assert [r["indicator"] for r in got] == [r["indicator"] for r in whole if r["page"] == 2]
    assert [r.to_dict() for r in jpkpi.parse(pdf, pages="1").records] == [
        r for r in whole if r["page"] == 1
    ]
    bad = subprocess.run(
        [sys.executable, "-m", "jpkpi", "parse", "--pages", "3-1", str(pdf)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "--pages 3-1" in bad.stderr
    selection = PageSelection.parse("1,3-5,10-")
    assert [n for n in range(1, 13) if n in selection] == [1, 3, 4, 5, 10, 11, 12]
