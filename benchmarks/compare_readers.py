"""The two PDF readers side by side: pdfminer.six and PDFium on every bundled PDF.

Run from the repository root after ``pip install -e '.[test]' pypdfium2``::

    python benchmarks/compare_readers.py [--rounds 3] [--diffs 3] [SUBSTRING ...]

For every PDF under ``corpora/`` (``git ls-files``; SUBSTRINGs keep only the paths holding one)
it parses the file with ``jpkpi.parse(path, pdf_reader=...)`` once per reader and prints the
pages, tables and records each gives, whether the tables are identical cell for cell (the same
tables in the same order, each cell at the same row and column with the same span and text),
and for the first differences the page, the cell and both texts. Then the page rate of each
reader over all the PDFs, rounds interleaved (pdfminer, PDFium, pdfminer, …), the median
round counted, for the reading stage alone (``read_pdf``) and for the whole of
``jpkpi.parse``. It asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_common import print_machine, print_table, version

import jpkpi
from jpkpi.errors import DocumentError
from jpkpi.sources.pdf import PdfSettings, read_pdf
from jpkpi.tables.model import Table

ROOT = Path(__file__).resolve().parent.parent
READERS = ("pdfminer", "pdfium")


@dataclass
class Reading:
    """What one reader gave for one PDF."""

    pages: int
    tables: list[Table]
    records: list[dict[str, Any]]
    error: str = ""


def corpus_pdfs(filters: list[str]) -> list[Path]:
    """The PDFs git tracks under corpora/, those whose path holds one of ``filters`` if any."""
    out = subprocess.run(
        ["git", "ls-files", "corpora/**.pdf"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / p for p in out if not filters or any(f in p for f in filters)]


def page_count(path: Path) -> int:
    """Pages of a PDF (pdfminer's count, which both readers read)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as f:
        return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(f))))


def read(path: Path, reader: str) -> Reading:
    """One parse of ``path`` with ``reader``."""
    try:
        doc = jpkpi.parse(path, pdf_reader=reader)
    except DocumentError as e:
        return Reading(0, [], [], f"{e.kind}: {e.reason}")
    pages = {b.provenance.page for b in doc.blocks if b.provenance.page is not None}
    return Reading(max(pages, default=0), doc.tables, [r.to_dict() for r in doc.records])


def same_records(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> str:
    """``yes``, ``warnings`` (the same records but for their warnings) or ``no``."""
    if a == b:
        return "yes"

    def bare(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "warnings"} for r in records]

    return "warnings" if bare(a) == bare(b) else "no"


def cell_map(table: Table) -> dict[tuple[int, int], tuple[int, int, str]]:
    """A table's cells by (row, col): span and text."""
    return {(c.row, c.col): (c.rowspan, c.colspan, c.text) for c in table.cells}


def differences(a: list[Table], b: list[Table]) -> list[str]:
    """Where two readings' tables differ, one line each (page, table, cell, both texts)."""
    out: list[str] = []
    if len(a) != len(b):
        out.append(f"{len(a)} tables against {len(b)}")
    for k, (ta, tb) in enumerate(zip(a, b, strict=False), start=1):
        where = f"table {k} (page {ta.provenance.page})"
        if (ta.n_rows, ta.n_cols) != (tb.n_rows, tb.n_cols):
            out.append(f"{where}: {ta.n_rows}x{ta.n_cols} against {tb.n_rows}x{tb.n_cols}")
        ca, cb = cell_map(ta), cell_map(tb)
        for key in sorted(ca.keys() | cb.keys()):
            x, y = ca.get(key), cb.get(key)
            if x != y:
                out.append(f"{where} cell r{key[0]}c{key[1]}: {_show(x)} | {_show(y)}")
    return out


def _show(cell: tuple[int, int, str] | None) -> str:
    if cell is None:
        return "(no cell)"
    span = f" [{cell[0]}x{cell[1]}]" if cell[:2] != (1, 1) else ""
    return repr(cell[2]) + span


def main() -> None:
    """Compare, then time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filters", nargs="*", help="keep only the PDFs whose path holds one")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per reader")
    parser.add_argument("--diffs", type=int, default=3, help="differences shown per PDF")
    args = parser.parse_args()
    pdfs = corpus_pdfs(args.filters)
    print_machine("jpkpi PDF readers: pdfminer.six against PDFium")
    print(
        f"jpkpi {version('jpkpi')}, pdfminer.six {version('pdfminer.six')},"
        f" pypdfium2 {version('pypdfium2')}; {len(pdfs)} PDFs"
    )
    print()
    body: list[list[str]] = []
    notes: list[str] = []
    same = 0
    for path in pdfs:
        name = str(path.relative_to(ROOT))
        a, b = (read(path, r) for r in READERS)
        diffs = differences(a.tables, b.tables)
        if a.error != b.error:
            diffs = [f"errors: {a.error or 'none'} | {b.error or 'none'}"]
        same += not diffs
        body.append([
            name.removeprefix("corpora/"),
            f"{a.pages}/{b.pages}",
            f"{len(a.tables)}/{len(b.tables)}",
            f"{len(a.records)}/{len(b.records)}",
            "yes" if not diffs else f"no ({len(diffs)})",
            same_records(a.records, b.records),
        ])  # fmt: skip
        if diffs:
            notes.append(f"{name}:")
            notes.extend(f"  {d}" for d in diffs[: args.diffs])
            if len(diffs) > args.diffs:
                notes.append(f"  … {len(diffs) - args.diffs} more")
    print_table(
        ["PDF", "pages", "tables", "records", "same tables", "same records"],
        body,
        numeric={1, 2, 3},
    )
    print("(each pair: pdfminer/PDFium; 'warnings': the same records but for their warnings)")
    print(f"\n{same} of {len(pdfs)} PDFs give identical tables")
    if notes:
        print("\nDifferences (pdfminer | PDFium):")
        print("\n".join(notes))
    sys.stdout.flush()

    if args.rounds < 1:
        return
    pages = sum(page_count(p) for p in pdfs)
    data = [(p.read_bytes(), str(p)) for p in pdfs]
    settings = {r: PdfSettings(pdf_reader=r) for r in READERS}
    stages = {
        "read_pdf": lambda r: [read_pdf(d, n, settings[r]) for d, n in data],
        "jpkpi.parse": lambda r: [read(p, r) for p in pdfs],
    }
    for r in READERS:  # warm-up (the comparison above has warmed jpkpi.parse)
        stages["read_pdf"](r)
    print(
        f"\nPages per second over all {len(pdfs)} PDFs ({pages} pages), median of"
        f" {args.rounds} interleaved rounds (pdfminer, PDFium, pdfminer, …):"
    )
    rows = []
    for stage, run in stages.items():
        times: dict[str, list[float]] = {r: [] for r in READERS}
        for _ in range(args.rounds):
            for r in READERS:
                started = time.perf_counter()
                run(r)
                times[r].append(time.perf_counter() - started)
        rates = {r: pages / statistics.median(times[r]) for r in READERS}
        for r in READERS:
            rows.append([
                stage, r, f"{statistics.median(times[r]):.2f}", f"{rates[r]:.1f}",
                " ".join(f"{t:.2f}" for t in times[r]),
                f"{rates[r] / rates['pdfminer']:.2f}x",
            ])  # fmt: skip
    print_table(
        ["stage", "reader", "median s", "pages/s", "rounds (s)", "vs pdfminer"],
        rows,
        numeric={2, 3, 5},
    )


if __name__ == "__main__":
    main()
