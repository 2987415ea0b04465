"""The code base stays ruff clean and mypy --strict clean: lint, formatting and types are part
of the test suite."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(
    importlib.util.find_spec("ruff") is None, reason="ruff comes with the test extra"
)
@pytest.mark.parametrize("args", [["check", "."], ["format", "--check", "."]])
def test_ruff(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    """``mypy`` with the pyproject's settings (strict, over jpkpi/) finds no error."""
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy comes with the test extra")
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
