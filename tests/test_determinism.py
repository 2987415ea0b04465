"""The same input gives byte-identical output: twice in one process, and in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jpkpi
from tests.conftest import ROOT, parsed

CORPUS = sorted(
    [
        *(ROOT / "corpora" / "seeds").glob("*.txt"),
        *(ROOT / "corpora" / "pdf").glob("*.pdf"),
        *(ROOT / "corpora" / "pdf").glob("*.xlsx"),
        *(ROOT / "corpora" / "html").glob("*.html"),
        *(ROOT / "corpora" / "csv").glob("*.csv"),
    ]
)

#: Prints, for each path in argv, a line naming it then one JSON line per record and one of the
#: warnings, exactly as json_lines() below writes them.
FRESH = """
import json, sys
import jpkpi
for path in sys.argv[1:]:
    doc = jpkpi.parse(path)
    print("# " + path)
    for record in doc.records:
        print(json.dumps(record.to_dict(), ensure_ascii=False))
    print(json.dumps(doc.warnings, ensure_ascii=False))
"""


def json_lines(path: Path, doc: jpkpi.Document | None = None) -> list[str]:
    """A file's records as JSON lines, after a line naming it and before one of its warnings
    (``doc``: the file parsed already)."""
    doc = doc or jpkpi.parse(str(path))
    records = [json.dumps(r.to_dict(), ensure_ascii=False) for r in doc.records]
    return [f"# {path}", *records, json.dumps(doc.warnings, ensure_ascii=False)]


def test_corpus_output_is_byte_identical_across_runs_and_processes() -> None:
    assert len(CORPUS) == 24  # 5 seeds, 5 PDFs, 5 workbooks, 4 HTML pages, 5 CSV files
    # the session's parse of each file (another test may have made it, long before) against a
    # new one in this process and one in a fresh process
    first = [line for path in CORPUS for line in json_lines(path, parsed(path))]
    second = [line for path in CORPUS for line in json_lines(path)]
    assert first == second
    fresh = subprocess.run(
        [sys.executable, "-c", FRESH, *map(str, CORPUS)],
        capture_output=True,
        check=True,
        cwd=ROOT,
        encoding="utf-8",
    )
    assert fresh.stdout.splitlines() == first
    assert sum(line.startswith("{") for line in first) == 848 + 144  # records, not only warnings
