"""Issue 14's hostile PDFs (``tests/hostile_pdfs.py``), each parsed by ``jpkpi.parse`` in a forked
child under a time and address-space watch, with the outcome, the time and the peak RSS growth
of each: the table in docs/limits.md comes from this.

    python benchmarks/hostile_campaign.py [--timeout 65] [--memory-mb 2048] [--reader pdfminer]

Exit status 1 when any input ended as a bug, a timeout or a crash. Linux only (fork, /proc).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jpkpi  # noqa: E402
from benchmarks.bench_common import print_machine, print_table  # noqa: E402
from benchmarks.fuzz_parse import run_isolated  # noqa: E402
from tests.hostile_pdfs import CASES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run every case (or those named) and print one row each."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="*", help="case names (default: all)")
    ap.add_argument("--timeout", type=float, default=65.0, help="seconds one input may take")
    ap.add_argument("--memory-mb", type=int, default=2048, help="address space one input may add")
    ap.add_argument("--reader", choices=("pdfium", "pdfminer"), help="PDF reader, else jpkpi's")
    args = ap.parse_args(argv)
    options = {"pdf_reader": args.reader} if args.reader else {}
    names = args.cases or list(CASES)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    jpkpi.parse(ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.pdf")  # warm up before forking
    print_machine("hostile PDFs: jpkpi.parse in a forked child per input")
    rows = []
    bad = 0
    for name in names:
        data = CASES[name]()
        result = run_isolated(data, f"{name}.pdf", args.timeout, args.memory_mb * 2**20, **options)
        if result.outcome.startswith("BUG") or result.outcome in ("timeout", "died"):
            bad += 1
        detail = result.detail.strip().splitlines()[-1][:70] if result.detail else ""
        rows.append(
            [
                name,
                f"{len(data):,}",
                result.outcome,
                f"{result.seconds:.2f}",
                f"{result.peak_bytes / 2**20:.0f}",
                detail,
            ]
        )
        print(" | ".join(rows[-1]), flush=True)
    print()
    print_table(["case", "bytes", "outcome", "s", "MiB", "detail"], rows, {1, 3, 4})
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
