"""PDFs with permission flags are read; user-password PDFs open with ``--password``.

The encrypted PDFs are made here with pypdf from a bundled PDF (釧路's KPI grid, whose first
rows are 移住者数, target 133, actuals 112, 105, 81), so the records must be the plain file's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import jpkpi
from tests.conftest import ROOT

pypdf = pytest.importorskip("pypdf")

PLAIN = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.pdf"


def _encrypt(target: Path, **options: object) -> Path:
    writer = pypdf.PdfWriter(clone_from=PLAIN)
    writer.encrypt(**options)
    writer.write(target)
    return target


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jpkpi", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )


def _values(records: list[dict]) -> list[tuple]:
    """What a record says, without where the file was."""
    return [
        (r["page"], r["indicator"], r["unit"], json.dumps(r["targets"]), json.dumps(r["actuals"]))
        for r in records
    ]


@pytest.fixture(scope="module")
def plain_records() -> list[dict]:
    return [r.to_dict() for r in jpkpi.parse(PLAIN).records]


def test_plain_file_holds_the_rows_the_tests_rely_on(plain_records) -> None:
    migrants = next(r for r in plain_records if r["indicator"] == "移住者数")
    assert [t["raw"] for t in migrants["targets"]] == ["133"]
    assert [a["value"] for a in migrants["actuals"]] == [112, 105, 81]


@pytest.mark.parametrize(
    ("algorithm", "permissions"),
    [
        ("AES-128", pypdf.constants.UserAccessPermissions.PRINT),  # print-only
        ("AES-256", pypdf.constants.UserAccessPermissions.PRINT),
        ("RC4-128", 0),  # every permission withheld: /P 0, which pdfminer alone mis-reads
    ],
)
def test_permission_flags_do_not_stop_reading(
    tmp_path, plain_records, algorithm: str, permissions: int
) -> None:
    locked = _encrypt(
        tmp_path / "print-only.pdf",
        user_password="",
        owner_password="owner secret",
        permissions_flag=permissions,
        algorithm=algorithm,
    )
    assert pypdf.PdfReader(locked).is_encrypted
    result = _run("parse", str(locked))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert _values(records) == _values(plain_records)


@pytest.fixture
def user_password_pdf(tmp_path) -> Path:
    return _encrypt(
        tmp_path / "locked.pdf", user_password="釧路2024", owner_password="o", algorithm="AES-256"
    )


def test_user_password_pdf_needs_its_password(user_password_pdf, tmp_path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = _run("parse", str(user_password_pdf), "--errors", str(errors))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"jpkpi: {user_password_pdf}: is encrypted" in result.stderr
    assert "--password" in result.stderr
    assert json.loads(errors.read_text(encoding="utf-8"))["kind"] == "encrypted"


def test_password_opens_it(user_password_pdf, plain_records) -> None:
    result = _run("parse", str(user_password_pdf), "--password", "釧路2024")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert _values(records) == _values(plain_records)


def test_password_file_opens_it(user_password_pdf, plain_records, tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("釧路2024\n", encoding="utf-8")
    result = _run("parse", str(user_password_pdf), "--password-file", str(secret))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(plain_records)


def test_missing_password_file_is_a_clear_error(user_password_pdf, tmp_path) -> None:
    result = _run("parse", str(user_password_pdf), "--password-file", str(tmp_path / "none"))
    assert result.returncode == 1
    assert "cannot be read as a password file" in result.stderr
    assert "Traceback" not in result.stderr


def test_wrong_password_is_its_own_kind(user_password_pdf, tmp_path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = _run("parse", str(user_password_pdf), "--password", "wrong", "--errors", str(errors))
    assert result.returncode == 1
    assert "the password given is not its password" in result.stderr
    assert json.loads(errors.read_text(encoding="utf-8"))["kind"] == "wrong_password"


def test_parse_takes_a_password(user_password_pdf, plain_records) -> None:
    doc = jpkpi.parse(user_password_pdf, password="釧路2024")
    assert _values([r.to_dict() for r in doc.records]) == _values(plain_records)
    with pytest.raises(jpkpi.WrongPasswordError) as caught:
        jpkpi.parse(user_password_pdf, password="釧路2023")
    assert caught.value.kind == "wrong_password"
    assert isinstance(caught.value, jpkpi.EncryptedDocumentError)  # still an encrypted file
    with pytest.raises(jpkpi.EncryptedDocumentError, match="without the password"):
        jpkpi.parse(user_password_pdf)


def test_password_for_a_non_pdf_is_said_unused(tmp_path) -> None:
    text = tmp_path / "kpi.csv"
    text.write_text("指標,目標値\n移住者数,133人\n", encoding="utf-8")
    doc = jpkpi.parse(text, password="x")
    assert any("not a PDF; it was not used" in w for w in doc.warnings)
