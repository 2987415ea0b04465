"""Time and memory of one large table as the size grows: a text extraction of 10,000, 30,000 and
100,000 KPI rows, each parsed in a fresh process.

Run from the repository root::

    python benchmarks/bench_large.py

It prints seconds, records and peak memory per size, and each size's time per row against the
10,000-row baseline of the same run (near 1.0× means the reader stays linear). It asserts
nothing about timing; the test suite keeps only a 20,000-row case for correctness.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_common import print_machine, print_table

SIZES = (10_000, 30_000, 100_000)

_CHILD = """
import json, resource, sys, time
import jpkpi
start = time.perf_counter()
doc = jpkpi.parse(sys.argv[1])
n = len(doc.records)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "records": n, "peak_mib": peak}))
"""


def table(rows: int) -> bytes:
    """A KPI table of ``rows`` indicators as a TAB-separated extraction."""
    head = "指標\t単位\t基準値（R2）\t目標値（R7）\tR5実績\n"
    body = "".join(f"指標{i}\t人\t{i}\t{i + 10}\t{i + 5}\n" for i in range(rows))
    return (head + body).encode()


def main() -> int:
    """Parse each size in a child process and print the table of results."""
    print_machine("jpkpi: one large table, growing")
    rows_out = []
    base: float | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            path = Path(tmp) / f"kpi{size}.txt"
            path.write_bytes(table(size))
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            got = json.loads(out.stdout)
            per_row = got["seconds"] / size
            base = base or per_row
            rows_out.append(
                [
                    f"{size:,}",
                    f"{got['seconds']:.1f}",
                    f"{got['records']:,}",
                    f"{got['peak_mib']:.0f}",
                    f"{per_row / base:.2f}x",
                ]
            )
    print_table(
        ["rows", "seconds", "records", "peak MiB", "time a row vs 10k"], rows_out, {0, 1, 2, 3, 4}
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
