"""Time of one large workbook: the 大船渡 事務事業評価 export (409 programs × 208 columns, a
9.6 MB sheet of 380,000 cells), parsed three times, each in a fresh process.

Run from the repository root::

    python benchmarks/bench_workbook.py [PATH]

PATH defaults to ``corpora/real-kpi/docs/ofunato_jimujigyo.xlsx``, else the steering folder's
``shared/real-kpi/ofunato_jimujigyo.xlsx`` beside the repository (not in a user's clone); when
the workbook is not there the script says so and stops (exit 0). It prints each run's seconds
for ``jpkpi.parse`` and for its three stages (reading the workbook, building the tables,
reading the KPI records), then the median of the three runs. A fresh process per run keeps its
caches cold, as for one command. It asserts nothing about timing (issue 13 asks for under 5 s).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from bench_common import print_machine, print_table

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = (
    ROOT / "corpora" / "real-kpi" / "docs" / "ofunato_jimujigyo.xlsx",
    ROOT.parent / "shared" / "real-kpi" / "ofunato_jimujigyo.xlsx",
)
RUNS = 3

_CHILD = """
import json, sys, time
from jpkpi import adapters
from jpkpi.document import parse
from jpkpi.sources.xlsx import read_xlsx
from jpkpi.tables.sheets import sheet_to_blocks
from jpkpi.understanding.vocabulary import Vocabulary, using_vocabulary

path = sys.argv[1]
data = open(path, "rb").read()
start = time.perf_counter()
doc = parse(path)
whole = time.perf_counter() - start
# the stages again, in the same process (its caches are warm by now: a little faster)
start = time.perf_counter()
sheets, _ = read_xlsx(data, path)
read = time.perf_counter()
blocks = [b for sheet in sheets for b in sheet_to_blocks(sheet)]
tabled = time.perf_counter()
with using_vocabulary(Vocabulary.default()):
    adapters.read_with(adapters.choose(blocks, path), blocks, path, path)
done = time.perf_counter()
print(json.dumps({
    "parse": whole, "records": len(doc.records), "warnings": len(doc.warnings),
    "read": read - start, "tables": tabled - read, "understanding": done - tabled,
}))
"""


def main() -> int:
    """Parse the workbook RUNS times, each in a child process, and print the times."""
    candidates = [Path(a) for a in sys.argv[1:2]] or list(CANDIDATES)
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        where = ", ".join(str(p) for p in candidates)
        print(f"bench_workbook: skipped, the workbook is not here ({where})")
        return 0
    print_machine("jpkpi: one large workbook (大船渡 事務事業評価, 380,000 cells)")
    print(f"file: {path} ({path.stat().st_size:,} bytes)")
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout))
    stages = ("parse", "read", "tables", "understanding")
    body = [
        [f"run {i + 1}", *(f"{r[s]:.2f}" for s in stages), str(r["records"])]
        for i, r in enumerate(runs)
    ]
    body.append(
        [
            "median",
            *(f"{statistics.median(r[s] for r in runs):.2f}" for s in stages),
            str(runs[0]["records"]),
        ]
    )
    print_table(
        ["run", "parse s", "read s", "tables s", "understanding s", "records"],
        body,
        numeric={1, 2, 3, 4, 5},
    )
    print("(the stages are timed again after parse, in the same process, with warm caches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
