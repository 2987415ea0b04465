"""What the audit page costs: ``jpkpi audit`` against ``jpkpi parse`` on a 100-page PDF.

Run from the repository root (needs pypdfium2: ``pip install '.[audit]'``)::

    python benchmarks/bench_audit.py

The PDF is ``corpora/pdf/nemuro_part_multipage.pdf`` (two pages, a table on each) copied 50
times into one file with pypdfium2, so every one of its 100 pages is drawn. Each command runs in
a fresh process, as a user runs it, twice; the better run counts. It prints both times, the
ratio and the page's size, and the verdict on issue 16's target: the audit at most 3x the parse.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import print_machine, print_table, version

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpora" / "pdf" / "nemuro_part_multipage.pdf"
COPIES = 50
RUNS = 2
#: Issue 16: the audit of a 100-page PDF takes less than this many times its parse.
TARGET_RATIO = 3.0


def build(path: Path) -> int:
    """The source PDF copied COPIES times into ``path``; its page count."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(SOURCE))
    out = pdfium.PdfDocument.new()
    for _ in range(COPIES):
        out.import_pages(source)
    out.save(str(path))
    return len(out)


def best(command: list[str]) -> float:
    """The best wall-clock seconds of RUNS runs of a command."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    """Time both commands on the built PDF and print the table and the verdict."""
    print_machine("jpkpi audit against jpkpi parse on a 100-page PDF")
    print(f"pypdfium2 {version('pypdfium2')}")
    jpkpi = [sys.executable, "-m", "jpkpi"]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "hundred.pdf"
        pages = build(pdf)
        parse = best([*jpkpi, "parse", str(pdf), "--jobs", "1", "-o", os.devnull])
        audit = best([*jpkpi, "audit", str(pdf), "-o", str(Path(tmp) / "audit")])
        size = (Path(tmp) / "audit" / (pdf.name + ".html")).stat().st_size
    ratio = audit / parse
    print(f"{pages} pages, tables on all of them")
    print_table(
        ["command", "seconds", "ratio to parse"],
        [
            ["jpkpi parse", f"{parse:.1f}", "1.00x"],
            [f"jpkpi audit ({size / 2**20:.1f} MiB page)", f"{audit:.1f}", f"{ratio:.2f}x"],
        ],
        {1, 2},
    )
    met = "MET" if ratio < TARGET_RATIO else "NOT MET"
    print(f"target: jpkpi audit < {TARGET_RATIO:g}x jpkpi parse on a 100-page PDF: {met}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
