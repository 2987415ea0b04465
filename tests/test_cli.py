"""The jpkpi command line: version, help, and the quantities of a bundled seed."""

from __future__ import annotations

import json
import subprocess
import sys

from jpkpi import __version__
from jpkpi.cli import main
from tests.conftest import SEEDS

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
