"""Outputs and inputs as a user meets them: FIFOs and devices, encodings, a full disk, stdin and
stdout, CSV injection, file objects, and installed adapters that are broken or fail."""

from __future__ import annotations

import csv
import importlib.metadata
import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import jpkpi
from jpkpi import adapters
from jpkpi.cli import main
from jpkpi.errors import AdapterError, JpkpiError
from jpkpi.records.output import escape_formula
from tests.conftest import ROOT, SEEDS

SEED_000 = SEEDS / "000_fb57e009c395afac.txt"
KUSHIRO_PDF = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.pdf"
KUSHIRO_XLSX = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.xlsx"

#: A table whose indicator cells a spreadsheet would run as formulas (the second is OWASP's
#: example); the 2024 actual of the first is the number -3.
INJECTION_CSV = (
    "指標,単位,基準値,R5年度実績,R6年度実績\n"
    "=2+5,人,10,12,-3\n"
    "\"@SUM(1+1)*cmd|' /C calc'!A0\",件,3,4,5\n"
    "+81 3 1234,件,7,8,9\n"
)


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """``python -m jpkpi ARGS`` as a user runs it; stdout and stderr as bytes."""
    if "stdout" not in kwargs:
        kwargs["capture_output"] = True
    return subprocess.run([sys.executable, "-m", "jpkpi", *args], **kwargs)


def _env(**extra: str) -> dict[str, str]:
    """This environment, with jpkpi importable from the checkout and ``extra`` set."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (extra.pop("PYTHONPATH", ""), str(ROOT), env.get("PYTHONPATH", "")) if p
    )
    env.update(extra)
    return env


def _records(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def _check_seed_000(records: list[dict]) -> None:
    """The records of seed 000, checked against values read from the file itself."""
    assert len(records) == 18
    # line 11: 移住者数, 133 人 by R7.3; actuals R4-R6 112, 105, 81
    moving = records[1]
    assert moving["indicator"] == "移住者数" and moving["unit"] == "人"
    assert [a["value"] for a in moving["actuals"]] == [112, 105, 81]
    # line 20: 特産品販売の売上額 1,650,000 円; R6 actual 5,260,160
    sales = next(r for r in records if r["indicator"] == "特産品販売の売上額")
    assert sales["actuals"][-1]["value"] == 5260160


def _without_document(records: list[dict]) -> list[dict]:
    """Records without the names of their file (``document``, ``source``)."""
    return [{k: v for k, v in r.items() if k not in ("document", "source")} for r in records]


def _no_partials(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if ".partial-" in p.name]


# -o into what is not a regular file: written in place, never replaced


def test_fifo_output_gets_the_records_and_stays_a_fifo(tmp_path) -> None:
    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = _run("parse", str(SEED_000), "-o", str(fifo), "--jobs", "1", timeout=120)
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    _check_seed_000(_records(received[0]))
    _no_partials(tmp_path)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a character device needs root")
def test_character_device_output_stays_a_device(tmp_path) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    for fmt in ("jsonl", "csv"):
        result = _run("parse", str(SEED_000), "-o", str(null), "--format", fmt, "--jobs", "1")
        assert result.returncode == 0, result.stderr
        st = os.stat(null)
        assert stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(1, 3)
    assert null.read_bytes() == b""  # still the null device
    _no_partials(tmp_path)


def test_regular_file_output_is_replaced_whole_keeping_its_mode(tmp_path) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(out.name)
    assert main(["parse", str(SEED_000), "-o", str(link), "--jobs", "1", "-q"]) == 0
    assert link.is_symlink()  # the file it points to was replaced, not the link
    _check_seed_000(_records(out.read_bytes()))
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    _no_partials(tmp_path)


# Encodings and outputs that cannot be written


def test_cp932_stdout_still_receives_utf8() -> None:
    result = _run("parse", str(SEED_000), "--jobs", "1", env=_env(PYTHONIOENCODING="cp932"))
    assert result.returncode == 0, result.stderr
    assert "移住者数".encode() in result.stdout
    _check_seed_000(_records(result.stdout))
    assert b"internal error" not in result.stderr


def test_cp932_stdout_for_tables_and_csv() -> None:
    env = _env(PYTHONIOENCODING="cp932")
    tables = _run("tables", str(SEED_000), env=env)
    assert tables.returncode == 0, tables.stderr
    assert "移住者数".encode() in tables.stdout
    wide = _run("parse", str(SEED_000), "--format", "csv", "--jobs", "1", env=env)
    assert wide.returncode == 0, wide.stderr
    rows = list(csv.DictReader(io.StringIO(wide.stdout.decode("utf-8"))))
    assert rows[1]["indicator"] == "移住者数" and rows[1]["actual_FY2024"] == "81"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_full_disk_on_stdout_is_exit_1_with_a_message() -> None:
    for command in (["parse", str(SEED_000), "--jobs", "1"], ["schema"]):
        with open("/dev/full", "wb") as full:
            result = _run(*command, stdout=full, stderr=subprocess.PIPE)
        err = result.stderr.decode("utf-8")
        assert result.returncode == 1, err
        assert err == "jpkpi: <stdout>: cannot be written (No space left on device)\n"


def test_output_into_a_missing_folder_is_exit_1_naming_it(tmp_path) -> None:
    target = tmp_path / "missing" / "records.jsonl"
    result = _run("parse", str(SEED_000), "-o", str(target), "--jobs", "1")
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1
    assert err == f"jpkpi: {target}: cannot be written (No such file or directory)\n"


# Standard input and standard output


def test_stdin_gives_the_records_of_the_path() -> None:
    data = SEED_000.read_bytes()
    result = _run("parse", "-", "--jobs", "1", input=data)
    assert result.returncode == 0, result.stderr
    from_stdin = _records(result.stdout)
    _check_seed_000(from_stdin)
    assert {(r["document"], r["source"]) for r in from_stdin} == {("<stdin>", "<stdin>")}
    from_path = [r.to_dict() for r in jpkpi.parse(SEED_000).records]
    assert _without_document(from_stdin) == _without_document(from_path)


@pytest.mark.parametrize("path", [KUSHIRO_PDF, KUSHIRO_XLSX], ids=["pdf", "xlsx"])
def test_stdin_pdf_and_workbook_are_found_from_content(path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    assert main(["parse", "-", "--format", "csv", "--jobs", "1", "-q"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    from_path = jpkpi.parse(path).records
    assert len(rows) == len(from_path) > 0
    assert [r["indicator"] for r in rows] == [r.indicator for r in from_path]
    assert rows[0]["record_id"] == "<stdin>#1" and rows[0]["document"] == "<stdin>"


def test_empty_stdin_is_an_empty_document() -> None:
    result = _run("parse", "-", "--jobs", "1", input=b"")
    assert result.returncode == 1
    assert result.stderr.decode("utf-8") == "jpkpi: <stdin>: is empty\n"


def test_dash_o_is_standard_output(tmp_path) -> None:
    result = _run("parse", str(SEED_000), "-o", "-", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    _check_seed_000(_records(result.stdout))
    assert list(tmp_path.iterdir()) == []  # no file named '-'


def test_stdin_twice_and_parquet_to_stdout_are_bad_usage(capsys) -> None:
    assert main(["parse", "-", "-"]) == 2
    assert "standard input (-) can be read only once" in capsys.readouterr().err
    assert main(["parse", str(SEED_000), "--format", "parquet", "-o", "-"]) == 2
    assert main(["parse", str(SEED_000), "--format", "json", "--excel"]) == 2


# CSV injection


def test_formula_cells_are_escaped_in_csv_only(tmp_path) -> None:
    source = tmp_path / "kpi.csv"
    source.write_text(INJECTION_CSV, encoding="utf-8")
    as_json = _run("parse", str(source), "--jobs", "1")
    indicators = [r["indicator"] for r in _records(as_json.stdout)]
    # the reader splits OWASP's cell at " /" (a target statement); the formula part stays
    assert indicators == ["=2+5", "@SUM(1+1)*cmd|'", "+81 3 1234"]

    wide = _run("parse", str(source), "--format", "csv", "--jobs", "1")
    assert wide.returncode == 0, wide.stderr
    rows = list(csv.DictReader(io.StringIO(wide.stdout.decode("utf-8"))))
    assert [r["indicator"] for r in rows] == ["'=2+5", "'@SUM(1+1)*cmd|'", "'+81 3 1234"]
    assert rows[0]["actual_FY2024"] == "-3"  # a number: untouched

    long = _run("parse", str(source), "--format", "csv-long", "--jobs", "1")
    assert long.returncode == 0, long.stderr
    rows = list(csv.DictReader(io.StringIO(long.stdout.decode("utf-8"))))
    first = [r for r in rows if r["record_id"] == f"{source}#1"]  # the path given
    assert {r["indicator"] for r in first} == {"'=2+5"}
    assert [(r["role"], r["value"], r["raw"]) for r in first] == [
        ("baseline", "10", "10"),
        ("actual", "12", "12"),
        ("actual", "-3", "-3"),  # printed -3: a plain number, no formula
    ]


def test_no_csv_escape_and_excel_bom(tmp_path, capsys) -> None:
    source = tmp_path / "kpi.csv"
    source.write_text(INJECTION_CSV, encoding="utf-8")
    out = tmp_path / "plain.csv"
    assert main(["parse", str(source), "--format", "csv", "--no-csv-escape", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0]["indicator"] == "=2+5"
    excel = tmp_path / "excel.csv"
    assert main(["parse", str(SEED_000), "--format", "csv", "--excel", "-o", str(excel)]) == 0
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrecord_id,schema,document,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1]["indicator"] == "移住者数"
    assert main(["parse", str(SEED_000), "--format", "csv-long", "--excel"]) == 0
    assert capsys.readouterr().out.startswith("\ufeffrecord_id,document,source,page,")


def test_escape_formula_rules() -> None:
    for text in ("=2+5", "+81 3", "-1+2", "@SUM(1)", "\tx", "\rx", "-移住者数"):
        assert escape_formula(text) == "'" + text
    for text in ("-3", "+1,234.5", "-", "-.5", "移住者数", "", "1=1"):
        assert escape_formula(text) == text


# jpkpi.parse: paths, bytes and file objects


def test_parse_accepts_bytes_and_binary_file_objects(tmp_path) -> None:
    source = tmp_path / "x.csv"
    source.write_text(INJECTION_CSV, encoding="utf-8")
    data = source.read_bytes()
    by_path = [r.to_dict() for r in jpkpi.parse(source).records]
    with open(source, "rb") as f:
        by_file = [r.to_dict() for r in jpkpi.parse(f).records]
    by_stream = [r.to_dict() for r in jpkpi.parse(io.BytesIO(data), name="x.csv").records]
    by_bytes = [r.to_dict() for r in jpkpi.parse(data, name="x.csv").records]
    assert [r["indicator"] for r in by_path] == ["=2+5", "@SUM(1+1)*cmd|'", "+81 3 1234"]
    assert _without_document(by_path) == _without_document(by_file) == _without_document(by_bytes)
    assert by_file == by_stream == by_bytes
    assert {r["document"] for r in by_path + by_file} == {"x.csv"}
    assert {r["source"] for r in by_path} == {str(source)}  # the path as given
    assert {r["source"] for r in by_file} == {"x.csv"}  # the name a file object gives
    assert jpkpi.parse(io.BytesIO(data)).name == "<bytes>"


def test_parse_of_a_text_mode_file_says_to_open_it_binary(tmp_path) -> None:
    source = tmp_path / "x.csv"
    source.write_text(INJECTION_CSV, encoding="utf-8")
    with (
        open(source, encoding="utf-8") as f,
        pytest.raises(JpkpiError, match=r"^x\.csv: is a file object opened in text mode.*'rb'"),
    ):
        jpkpi.parse(f)


# Installed adapters that are broken or fail


class ExplodingAdapter:
    """An installed adapter whose own code fails: detect when told to, read always."""

    name = "exploding"
    description = "fails on purpose"
    detect_fails = False

    def detect(self, blocks) -> float:
        if self.detect_fails:
            raise ValueError("detect went wrong")
        return 0.99

    def read(self, blocks, document):
        raise ZeroDivisionError("read went wrong")


class DetectFails(ExplodingAdapter):
    detect_fails = True


@pytest.fixture
def entry_points(monkeypatch):
    """Install fake ``jpkpi.adapters`` entry points (name → value) for one test."""

    def install(**named: str) -> None:
        points = [
            importlib.metadata.EntryPoint(name, value, adapters.ENTRY_POINT_GROUP)
            for name, value in named.items()
        ]
        monkeypatch.setattr(importlib.metadata, "entry_points", lambda group=None: points)
        adapters.registry.cache_clear()

    yield install
    monkeypatch.undo()
    adapters.registry.cache_clear()


def test_broken_entry_points_are_skipped_with_one_warning_each(entry_points) -> None:
    entry_points(missing="no_such_module_xyz:Adapter", notone="json:dumps")
    with pytest.warns(adapters.AdapterLoadWarning) as caught:
        known = adapters.registry()
    messages = sorted(str(w.message) for w in caught)
    assert messages == [
        "adapter 'missing' (no_such_module_xyz:Adapter, from no_such_module_xyz:Adapter) cannot "
        "be loaded (ModuleNotFoundError: No module named 'no_such_module_xyz'); skipped",
        "adapter 'notone' (json:dumps, from json:dumps) is not an adapter (it lacks name, "
        "description, detect or read); skipped",
    ]
    assert "generic" in known and "missing" not in known
    _check_seed_000([r.to_dict() for r in jpkpi.parse(SEED_000).records])
    with pytest.raises(JpkpiError, match=r"adapter 'missing' .* cannot be loaded"):
        jpkpi.parse(SEED_000, adapter="missing")


def test_an_adapter_that_raises_is_its_failure_naming_it_and_the_file(entry_points) -> None:
    entry_points(exploding="tests.test_outputs:ExplodingAdapter")
    with pytest.raises(AdapterError) as read_error:
        jpkpi.parse(SEED_000)
    assert read_error.value.kind == "adapter"
    assert str(read_error.value) == (
        f"{SEED_000}: adapter 'exploding' (from tests.test_outputs:ExplodingAdapter) failed in "
        "read: ZeroDivisionError: read went wrong"
    )
    entry_points(exploding="tests.test_outputs:DetectFails")
    with pytest.raises(AdapterError, match=r"failed in detect: ValueError: detect went wrong"):
        jpkpi.parse(SEED_000)
    assert len(jpkpi.parse(SEED_000, adapter="generic").records) == 18  # the way around it


def _plugin_site(tmp_path: Path) -> Path:
    """A folder for PYTHONPATH holding an installed distribution with two adapters: one whose
    module is missing, one whose read raises."""
    site = tmp_path / "site"
    info = site / "jpkpi_test_plugins-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: jpkpi-test-plugins\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[jpkpi.adapters]\nbroken = no_such_module_xyz:Adapter\nboom = boom_adapter:Boom\n",
        encoding="utf-8",
    )
    (site / "boom_adapter.py").write_text(
        "class Boom:\n"
        "    name = 'boom'\n"
        "    description = 'raises in read'\n"
        "    def detect(self, blocks):\n"
        "        return 0.0\n"
        "    def read(self, blocks, document):\n"
        "        raise RuntimeError('boom on purpose')\n",
        encoding="utf-8",
    )
    return site


def test_cli_with_a_broken_and_a_failing_plugin_installed(tmp_path) -> None:
    env = _env(PYTHONPATH=str(_plugin_site(tmp_path)))
    warning = (
        "jpkpi: warning: adapter 'broken' (no_such_module_xyz:Adapter, from jpkpi-test-plugins) "
        "cannot be loaded (ModuleNotFoundError: No module named 'no_such_module_xyz'); skipped\n"
    )
    listed = _run("adapters", env=env)
    assert listed.returncode == 0
    assert listed.stderr.decode("utf-8") == warning
    assert b"boom\traises in read\t(jpkpi-test-plugins)\n" in listed.stdout
    assert b"generic\t" in listed.stdout

    parsed = _run("parse", str(SEED_000), "--jobs", "2", env=env)
    assert parsed.returncode == 0
    assert parsed.stderr.decode("utf-8") == warning  # once, not once per worker
    _check_seed_000(_records(parsed.stdout))

    asked = _run("parse", str(SEED_000), "--adapter", "broken", env=env)
    assert asked.returncode == 2
    assert asked.stderr.decode("utf-8") == (
        "jpkpi: adapter 'broken' (no_such_module_xyz:Adapter, from jpkpi-test-plugins) "
        "cannot be loaded (ModuleNotFoundError: No module named 'no_such_module_xyz')\n"
    )

    errors = tmp_path / "failed.jsonl"
    failing = _run(
        "parse", str(SEED_000), "--adapter", "boom", "--errors", str(errors), "-q", env=env
    )
    message = (
        f"{SEED_000}: adapter 'boom' (from jpkpi-test-plugins) failed in read: "
        "RuntimeError: boom on purpose"
    )
    assert failing.returncode == 1
    assert failing.stderr.decode("utf-8") == f"jpkpi: {message}\n"
    assert json.loads(errors.read_text(encoding="utf-8")) == {
        "file": str(SEED_000),
        "kind": "adapter",
        "message": message,
    }
