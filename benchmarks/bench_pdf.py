"""Speed of jpkpi's PDF stages on the bundled PDFs, next to pdfminer and pdfplumber's tables.

Run from the repository root after ``pip install '.[bench]'``::

    python benchmarks/bench_pdf.py

It reads every PDF under ``corpora/`` (found at run time), prints plain text to stdout and asserts
nothing about timing. The anchor is pdfplumber's lattice table finder; a missing pdfplumber is
noted and skipped. ``benchmarks/README.md`` says what each number means.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_common import print_machine, print_table, version

import jpkpi
from jpkpi.sources.pdf import read_pdf
from jpkpi.tables.model import Table
from jpkpi.tables.pdf_pages import join_pages, page_to_blocks

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
#: Timed passes after the warm-up pass; the best one counts.
REPEATS = 3
#: The page whose tables are printed side by side (1-based).
COMPARE_PDF = CORPORA / "real" / "otoineppu_kyuyo_teiin_r5.pdf"
COMPARE_PAGE = 1
#: Two tables on one page are the same table when their boxes overlap by at least this IoU.
SAME_TABLE_IOU = 0.5

READ = "jpkpi read_pdf"
TABLES = "jpkpi tables (read_pdf + page_to_blocks + join_pages)"
PARSE = "jpkpi.parse"
MINER = "pdfminer extract_pages (default LAParams)"
PLUMBER = "pdfplumber find_tables + extract"

BBox = tuple[float, float, float, float]


@dataclass
class Found:
    """What one pass of a tool found in one PDF (None where the tool finds no such thing)."""

    tables: int | None = None
    cells: int | None = None
    records: int | None = None


@dataclass
class Measure:
    """One tool on one PDF: the best pass's seconds and what it found."""

    tool: str
    seconds: float
    found: Found


@dataclass
class PageTable:
    """A table found on one page: its box, grid size and number of cells (a merged cell is one)."""

    bbox: BBox
    rows: int
    cols: int
    cells: int

    def describe(self) -> str:
        """'9x6, 37 cells, at (76,509,551,773)'."""
        box = ",".join(f"{v:.0f}" for v in self.bbox)
        return f"{self.rows}x{self.cols}, {self.cells} cells, at ({box})"


@dataclass
class PdfReport:
    """Every tool's measure on one PDF, and the tables each found page by page (untimed)."""

    path: Path
    pages: int
    measures: list[Measure] = field(default_factory=list)
    jpkpi_pages: list[list[PageTable]] = field(default_factory=list)
    plumber_pages: list[list[PageTable]] | None = None
    tables_before_join: int = 0
    warnings: list[str] = field(default_factory=list)
    changed: bool = False


# --- inputs -------------------------------------------------------------------------------------


def pdf_paths() -> list[Path]:
    """Every PDF under corpora/, sorted by path."""
    return sorted(CORPORA.rglob("*.pdf"), key=lambda p: p.relative_to(CORPORA).as_posix())


def label(path: Path) -> str:
    """A PDF's path from the repository root."""
    return path.relative_to(ROOT).as_posix()


def load_pdfplumber() -> Any | None:
    """The pdfplumber module, or None when it is not installed."""
    try:
        import pdfplumber
    except ImportError:
        return None
    return pdfplumber


# --- timing -------------------------------------------------------------------------------------


def best_of(run: Callable[[], Found], repeats: int = REPEATS) -> tuple[float, Found]:
    """Best wall time (perf_counter) of ``repeats`` calls after a warm-up call, and the result."""
    found = run()
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        found = run()
        best = min(best, time.perf_counter() - start)
    return best, found


# --- the tools, one pass each -------------------------------------------------------------------


def jpkpi_read(data: bytes, name: str) -> Found:
    """jpkpi's reading stage: characters and rules of every page."""
    read_pdf(data, name)
    return Found()


def jpkpi_tables(data: bytes, name: str) -> Found:
    """jpkpi's tables: read, every page to blocks, tables joined over page breaks."""
    pages, _ = read_pdf(data, name)
    tables = [b for b in join_pages([page_to_blocks(p) for p in pages]) if isinstance(b, Table)]
    return Found(len(tables), sum(len(t.cells) for t in tables))


def jpkpi_parse(path: Path) -> Found:
    """The whole of jpkpi.parse: tables and KPI records."""
    doc = jpkpi.parse(path)
    return Found(len(doc.tables), sum(len(t.cells) for t in doc.tables), len(doc.records))


def miner_layout(path: Path) -> Found:
    """pdfminer's extract_pages as a user first writes it (LAParams() substituted for None)."""
    from pdfminer.high_level import extract_pages

    for _ in extract_pages(path):
        pass
    return Found()


def plumber_tables(pdfplumber: Any, path: Path) -> Found:
    """pdfplumber with its default table settings: find_tables and extract on every page."""
    tables = cells = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.find_tables():
                tables += 1
                cells += sum(v is not None for row in table.extract() for v in row)
    return Found(tables, cells)


# --- tables page by page (untimed) --------------------------------------------------------------


def jpkpi_page_tables(data: bytes, name: str) -> list[list[Table]]:
    """jpkpi's tables of each page, before join_pages."""
    pages, _ = read_pdf(data, name)
    return [[b for b in page_to_blocks(p) if isinstance(b, Table)] for p in pages]


def jpkpi_page_table(table: Table) -> PageTable:
    """A jpkpi table's box, grid and cell count."""
    bbox = table.provenance.bbox or (0.0, 0.0, 0.0, 0.0)
    return PageTable(bbox, table.n_rows, table.n_cols, len(table.cells))


def plumber_page_tables(pdfplumber: Any, path: Path) -> list[list[PageTable]]:
    """pdfplumber's tables of each page with their box, grid and non-None cell count."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            found = []
            for table in page.find_tables():
                rows = table.extract()
                cols = max((len(r) for r in rows), default=0)
                cells = sum(v is not None for row in rows for v in row)
                found.append(PageTable(tuple(table.bbox), len(rows), cols, cells))
            out.append(found)
    return out


def iou(a: BBox, b: BBox) -> float:
    """Intersection over union of two boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def match_tables(
    ours: Sequence[PageTable], theirs: Sequence[PageTable]
) -> tuple[list[tuple[PageTable, PageTable]], list[PageTable], list[PageTable]]:
    """Pairs of tables with overlapping boxes (best IoU first), then each side's unmatched."""
    pairs = sorted(
        (
            (iou(a.bbox, b.bbox), i, j)
            for i, a in enumerate(ours)
            for j, b in enumerate(theirs)
            if iou(a.bbox, b.bbox) >= SAME_TABLE_IOU
        ),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matched.append((ours[i], theirs[j]))
    only_a = [t for i, t in enumerate(ours) if i not in used_a]
    only_b = [t for j, t in enumerate(theirs) if j not in used_b]
    return matched, only_a, only_b


# --- measuring one PDF --------------------------------------------------------------------------


def measure_pdf(path: Path, pdfplumber: Any | None) -> PdfReport:
    """Time every tool on one PDF and collect the page-by-page tables."""
    stamp = file_stamp(path)
    data = path.read_bytes()
    name = label(path)
    per_page = jpkpi_page_tables(data, name)
    _, warnings = read_pdf(data, name)
    report = PdfReport(path, len(per_page), warnings=list(warnings))
    report.jpkpi_pages = [[jpkpi_page_table(t) for t in page] for page in per_page]
    report.tables_before_join = sum(len(page) for page in per_page)
    runs: list[tuple[str, Callable[[], Found]]] = [
        (READ, lambda: jpkpi_read(data, name)),
        (TABLES, lambda: jpkpi_tables(data, name)),
        (PARSE, lambda: jpkpi_parse(path)),
        (MINER, lambda: miner_layout(path)),
    ]
    if pdfplumber is not None:
        runs.append((PLUMBER, lambda: plumber_tables(pdfplumber, path)))
        report.plumber_pages = plumber_page_tables(pdfplumber, path)
    for tool, run in runs:
        seconds, found = best_of(run)
        report.measures.append(Measure(tool, seconds, found))
    report.changed = file_stamp(path) != stamp
    return report


def file_stamp(path: Path) -> tuple[int, int]:
    """A file's modification time and size, to notice a PDF rewritten during its measures."""
    st = path.stat()
    return st.st_mtime_ns, st.st_size


# --- peak memory --------------------------------------------------------------------------------

MEMORY_CODE = """
import json, resource, sys, tracemalloc
path = sys.argv[1]
trace = sys.argv[2] == "trace"

def peak_rss_kib():
    try:  # VmHWM is reset by exec; ru_maxrss keeps the forking parent's peak on Linux
        with open("/proc/self/status") as f:
            return int(next(line for line in f if line.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss // 1024 if sys.platform == "darwin" else rss  # bytes on macOS

{imports}
after_import = peak_rss_kib()
if trace:
    tracemalloc.start()
{run}
peak = tracemalloc.get_traced_memory()[1] if trace else 0
print(json.dumps([after_import, peak_rss_kib(), peak]))
"""

SUDACHI = "jpkpi's SudachiPy dictionary alone (one parse_target_statement)"
MEMORY_TOOLS = {
    PARSE: ("import jpkpi", "jpkpi.parse(path)"),
    TABLES: (
        """
        from pathlib import Path
        from jpkpi.sources.pdf import read_pdf
        from jpkpi.tables.pdf_pages import join_pages, page_to_blocks
        """,
        """
        pages, _ = read_pdf(Path(path).read_bytes(), path)
        join_pages([page_to_blocks(p) for p in pages])
        """,
    ),
    SUDACHI: ("import jpkpi", "jpkpi.parse_target_statement('4年で43人減少を抑制し1,665人確保')"),
    PLUMBER: (
        "import pdfplumber",
        """
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                for table in page.find_tables():
                    table.extract()
        """,
    ),
}


@dataclass
class Memory:
    """One tool's memory on one PDF, each from a fresh interpreter."""

    tool: str
    rss_after_import_kib: int
    rss_peak_kib: int
    traced_peak_bytes: int


def memory_of(tool: str, path: Path) -> Memory:
    """Peak RSS (untraced run) and tracemalloc peak (traced run) of one call, fresh processes."""
    imports, run = MEMORY_TOOLS[tool]
    code = MEMORY_CODE.format(
        imports=textwrap.dedent(imports).strip(), run=textwrap.dedent(run).strip()
    )
    results = []
    for mode in ("rss", "trace"):
        out = subprocess.run(
            [sys.executable, "-c", code, str(path), mode],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    (after_import, rss, _), (_, _, peak) = results
    return Memory(tool, after_import, rss, peak)


def largest_pdf(reports: Sequence[PdfReport]) -> Path:
    """The PDF with the most pages (the biggest file among equals)."""
    return max(reports, key=lambda r: (r.pages, r.path.stat().st_size)).path


# --- output -------------------------------------------------------------------------------------


def fmt_count(n: int | None) -> str:
    """A count, or '-' where the tool finds no such thing."""
    return "-" if n is None else f"{n:,}"


def print_measures(measures: Sequence[Measure], pages: int) -> None:
    """tool | pages/s | tables | cells | records | ratio to pdfplumber."""
    anchor = next((m for m in measures if m.tool == PLUMBER), None)
    anchor_rate = pages / anchor.seconds if anchor else None
    body = []
    for m in measures:
        rate = pages / m.seconds
        ratio = "-" if anchor_rate is None else f"{rate / anchor_rate:.2f}x"
        f = m.found
        body.append(
            [
                m.tool,
                f"{rate:.1f}",
                fmt_count(f.tables),
                fmt_count(f.cells),
                fmt_count(f.records),
                ratio,
            ]
        )
    header = ["tool", "pages/s", "tables", "cells", "records", "ratio to pdfplumber"]
    print_table(header, body, {1, 2, 3, 4, 5})


def total_measures(reports: Sequence[PdfReport]) -> list[Measure]:
    """Each tool over all PDFs: summed best times and summed counts."""
    out = []
    for i, first in enumerate(reports[0].measures):
        ms = [r.measures[i] for r in reports]

        def total(get: Callable[[Found], int | None], ms: list[Measure] = ms) -> int | None:
            """The sum over PDFs, or None where the tool finds no such thing."""
            values = [get(m.found) for m in ms]
            return None if values[0] is None else sum(v or 0 for v in values)

        found = Found(
            total(lambda f: f.tables),
            total(lambda f: f.cells),
            total(lambda f: f.records),
        )
        out.append(Measure(first.tool, sum(m.seconds for m in ms), found))
    return out


def print_header(paths: Sequence[Path], pdfplumber: Any | None) -> None:
    """Date, machine, versions, inputs and timing method."""
    print_machine("jpkpi PDF benchmark")
    plumber = version("pdfplumber") if pdfplumber is not None else "not installed"
    print(
        f"jpkpi {jpkpi.__version__}, pdfminer.six {version('pdfminer.six')}, pdfplumber {plumber}"
    )
    print(f"inputs: {len(paths)} PDF(s) under corpora/")
    print(
        f"timing: best of {REPEATS} passes after a warm-up pass, time.perf_counter, one process;"
        " read_pdf and the tables row get the file's bytes, the others its path"
    )


def print_pdf(report: PdfReport) -> None:
    """One PDF's table and its notes."""
    size = report.path.stat().st_size / 1024
    pages = f"{report.pages} page{'s' if report.pages != 1 else ''}"
    print(f"{label(report.path)}: {pages}, {size:,.0f} KiB")
    print_measures(report.measures, report.pages)
    tables = next(m for m in report.measures if m.tool == TABLES).found.tables
    if tables != report.tables_before_join:
        print(f"  jpkpi: {report.tables_before_join} tables on their pages, {tables} once joined")
    for w in report.warnings:
        print(f"  jpkpi warning: {w}")
    if report.changed:
        print("  WARNING: the file changed while it was measured; its numbers mix two versions")


def print_disagreements(reports: Sequence[PdfReport]) -> None:
    """Tables found by one tool only, or by both with different grids, page by page."""
    counts = {"same grid": 0, "different grid": 0, "jpkpi only": 0, "pdfplumber only": 0}
    lines = []
    for r in reports:
        if r.plumber_pages is None:
            continue
        name = r.path.name
        for number, (ours, theirs) in enumerate(
            zip(r.jpkpi_pages, r.plumber_pages, strict=True), start=1
        ):
            matched, only_ours, only_theirs = match_tables(ours, theirs)
            for a, b in matched:
                if (a.rows, a.cols) == (b.rows, b.cols):
                    counts["same grid"] += 1
                    continue
                counts["different grid"] += 1
                lines.append(
                    f"  {name} p{number}: both, different grids: jpkpi {a.describe()};"
                    f" pdfplumber {b.rows}x{b.cols}, {b.cells} cells"
                )
            for a in only_ours:
                counts["jpkpi only"] += 1
                lines.append(f"  {name} p{number}: jpkpi only: {a.describe()}")
            for b in only_theirs:
                counts["pdfplumber only"] += 1
                lines.append(f"  {name} p{number}: pdfplumber only: {b.describe()}")
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(
        f"tables page by page, jpkpi (before join_pages) against pdfplumber, matched by box"
        f" (IoU >= {SAME_TABLE_IOU}): {summary}"
    )
    for line in lines:
        print(line)


def print_memory(path: Path, with_plumber: bool) -> None:
    """Peak memory of jpkpi.parse and pdfplumber on one PDF, fresh interpreters."""
    print(
        f"peak memory on the largest PDF ({label(path)}), one call in a fresh `python -c` per"
        " tool and measure:"
    )
    body = []
    for tool in (PARSE, PLUMBER, TABLES, SUDACHI):
        if tool == PLUMBER and not with_plumber:
            continue
        m = memory_of(tool, path)
        body.append(
            [
                tool,
                f"{m.rss_after_import_kib / 1024:.1f}",
                f"{m.rss_peak_kib / 1024:.1f}",
                f"{(m.rss_peak_kib - m.rss_after_import_kib) / 1024:.1f}",
                f"{m.traced_peak_bytes / 1024 / 1024:.1f}",
            ]
        )
    header = [
        "tool",
        "peak RSS after import (MiB)",
        "peak RSS after call (MiB)",
        "growth (MiB)",
        "tracemalloc peak (MiB)",
    ]
    print_table(header, body, {1, 2, 3, 4})
    print(
        "  peak RSS: VmHWM of the process (ru_maxrss where there is no /proc), so it includes the"
        " interpreter and the imports; tracemalloc: Python allocations during the call only"
        " (SudachiPy's dictionary and tokenizer are native and not seen); the last two rows are"
        " two parts of jpkpi.parse, each alone: its table stage, and SudachiPy's dictionary."
    )


def fmt_span_cell(row: int, col: int, rowspan: int, colspan: int, text: str) -> str:
    """A jpkpi cell as '(row,col) rowspan x colspan text'."""
    return f"({row},{col}) {rowspan}x{colspan} {text!r}"


def print_page_comparison(pdfplumber: Any | None) -> None:
    """pdfplumber's rows next to jpkpi's cells with spans, for every table of one page."""
    path = COMPARE_PDF
    print(f"one page side by side: {label(path)} page {COMPARE_PAGE}")
    if not path.exists():
        print("  (the PDF is not in corpora/)")
        return
    pages, _ = read_pdf(path.read_bytes(), label(path))
    ours = [b for b in page_to_blocks(pages[COMPARE_PAGE - 1]) if isinstance(b, Table)]
    theirs: list[tuple[BBox, list[list[str | None]]]] = []
    if pdfplumber is None:
        print("  (pdfplumber is not installed: jpkpi's tables only)")
    else:
        with pdfplumber.open(path) as pdf:
            theirs = [
                (tuple(t.bbox), t.extract()) for t in pdf.pages[COMPARE_PAGE - 1].find_tables()
            ]
    ours_pt = [jpkpi_page_table(t) for t in ours]
    theirs_pt = [PageTable(b, len(rows), 0, 0) for b, rows in theirs]
    matched, _, unmatched = match_tables(ours_pt, theirs_pt)
    partner = {id(a): theirs[theirs_pt.index(b)][1] for a, b in matched}
    for i, (table, pt) in enumerate(zip(ours, ours_pt, strict=True), start=1):
        print(f"table {i}, jpkpi {pt.describe()}")
        rows = partner.get(id(pt))
        if pdfplumber is not None:
            if rows is None:
                print("  pdfplumber: no table here")
            else:
                print("  pdfplumber table.extract() rows (None where a merged cell covers):")
                for row in rows:
                    print(f"    {row!r}")
        print("  jpkpi cells, (row,col) rowspan x colspan text:")
        for row in table.rows():
            if row:
                cells = [fmt_span_cell(c.row, c.col, c.rowspan, c.colspan, c.text) for c in row]
                print(f"    {'  '.join(cells)}")
    for pt in unmatched:
        print(f"pdfplumber only: table at {pt.describe().split(' at ')[-1]}")
        for row in theirs[theirs_pt.index(pt)][1]:
            print(f"    {row!r}")


# --- main ---------------------------------------------------------------------------------------


def main() -> None:
    """Run every measurement and print the report."""
    paths = pdf_paths()
    pdfplumber = load_pdfplumber()
    print_header(paths, pdfplumber)
    if pdfplumber is None:
        print(
            "pdfplumber is not installed: its rows, the ratios and the comparisons with it are"
            " skipped."
        )
    if not paths:
        print("no PDFs under corpora/")
        return
    print()
    reports = []
    for path in paths:
        report = measure_pdf(path, pdfplumber)
        reports.append(report)
        print_pdf(report)
        print()
    pages = sum(r.pages for r in reports)
    print(f"total: {len(reports)} PDF(s), {pages} pages (pages/s = all pages / summed best times)")
    print_measures(total_measures(reports), pages)
    print()
    if pdfplumber is not None:
        print_disagreements(reports)
        print()
    print_memory(largest_pdf(reports), with_plumber=pdfplumber is not None)
    print()
    print_page_comparison(pdfplumber)


if __name__ == "__main__":
    main()
