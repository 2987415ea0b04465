"""The README's examples run as written (doctest over its >>> lines)."""

from __future__ import annotations

import doctest

from tests.conftest import ROOT


def test_readme_examples() -> None:
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, verbose=False)
    assert result.attempted >= 5
    assert result.failed == 0
