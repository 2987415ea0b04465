"""Speed and memory of jpkpi's PDF reading, next to pdfplumber, camelot, pdfminer and PDFium.

Run from the repository root after ``pip install '.[bench]'`` (camelot with
``pip install camelot-py opencv-python-headless``, where it installs)::

    python benchmarks/bench_pdf.py [--rounds 5] [--tables]

It prints, asserting nothing about timing:

1. Pages per second over every PDF under ``corpora/`` (``corpora/real`` included), in one run
   of interleaved rounds (in each round every tool reads a PDF before any reads the next, the
   tools' order turning from round to round), the median round counted: ``jpkpi.parse`` with
   each reader, its reading stage alone with each reader, pdfplumber's ``extract_tables()``,
   camelot's lattice and stream flavours, pdfminer's bare aggregator, and pypdfium2's raw extraction
   (every character's box and every page object: the engine's own limit). A tool that is not
   installed is noted and skipped; each rate is also given against pdfplumber's, as the ratio
   of the median rounds and as the median (and range) of each round's own ratio.
2. Peak memory (VmHWM) of ``jpkpi.parse`` on PDFs of 1, 100 and 1,000 pages made from corpus
   pages, each in a fresh process.
3. The large workbook's parse time (``bench_workbook.py``'s child, median of 3 processes).

``--tables`` adds the older per-PDF report: each tool's best of three passes per PDF, the
tables jpkpi and pdfplumber find page by page, and their disagreements.
``benchmarks/README.md`` says what each number means.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import statistics
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
from jpkpi.sources.pdf import iter_pdf, read_pdf
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
        from jpkpi.sources.pdf import iter_pdf, read_pdf
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


# --- page rates, interleaved rounds -------------------------------------------------------------

#: Tools of the interleaved run: name → (what to install, a pass over one PDF's path and bytes).
RateTool = Callable[[Path, bytes], None]


def rate_tools() -> tuple[dict[str, RateTool], list[str]]:
    """The tools that are installed, by the name printed, and a note for each that is not."""
    from jpkpi.sources.pdf import PdfSettings

    tools: dict[str, RateTool] = {}
    missing: list[str] = []
    for reader in ("pdfium", "pdfminer"):
        settings = PdfSettings(pdf_reader=reader)

        def parse(path: Path, data: bytes, reader: str = reader) -> None:
            jpkpi.parse(data, name=path.name, pdf_reader=reader, limits=None)

        def read(path: Path, data: bytes, settings: PdfSettings = settings) -> None:
            for _ in iter_pdf(data, path.name, settings):
                pass

        tools[f"jpkpi.parse ({reader})"] = parse
        tools[f"jpkpi reading stage ({reader})"] = read
    pdfplumber = load_pdfplumber()
    if pdfplumber is None:
        missing.append("pdfplumber (pip install pdfplumber)")
    else:

        def plumber(path: Path, data: bytes) -> None:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_tables()

        tools[PLUMBER_RATE] = plumber
    try:
        import camelot
    except ImportError:
        missing.append("camelot (pip install camelot-py opencv-python-headless)")
    else:
        for flavor in ("lattice", "stream"):

            def camel(path: Path, data: bytes, flavor: str = flavor) -> None:
                camelot.read_pdf(str(path), pages="all", flavor=flavor)

            tools[f"camelot {flavor}"] = camel
    tools["pdfminer bare aggregator"] = miner_bare
    tools["pypdfium2 raw extraction"] = pdfium_raw
    return tools, missing


PLUMBER_RATE = "pdfplumber extract_tables()"


def miner_bare(path: Path, data: bytes) -> None:
    """pdfminer's interpreter into PDFPageAggregator(laparams=None): characters and paths,
    no layout analysis (the ceiling of any reader built on pdfminer)."""
    import io

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    rsrc = PDFResourceManager()
    device = PDFPageAggregator(rsrc, laparams=None)
    interpreter = PDFPageInterpreter(rsrc, device)
    for page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(page)
        device.get_result()


def pdfium_raw(path: Path, data: bytes) -> None:
    """PDFium through pypdfium2's own bindings: each page loaded, every character's box and
    text, every page object's bounds (what any reader on PDFium must at least do)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            for k in range(textpage.count_chars()):
                textpage.get_charbox(k)
            textpage.get_text_range()
            for obj in page.get_objects():
                obj.get_bounds()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def interleaved_rates(paths: Sequence[Path], rounds: int) -> tuple[list[list[str]], list[str], int]:
    """Each tool's median seconds over all ``paths`` in ``rounds`` interleaved rounds, as table
    rows, with the notes for tools not installed and the page count.

    Within a round every tool reads one PDF before any reads the next (the tools' order turning
    from round to round), so a slow minute of a shared machine falls on every tool alike, not on
    whichever tool ran then; each rate is given against pdfplumber's twice: as the ratio of the
    median rounds, and as the median of the rounds' own ratios (each round's tools timed over the
    same minutes)."""
    import pypdfium2 as pdfium

    tools, missing = rate_tools()
    files = [(p, p.read_bytes()) for p in paths]
    pages = sum(len(pdfium.PdfDocument(data)) for _, data in files)
    for run in tools.values():  # warm-up: imports, Sudachi's dictionary, caches
        run(*files[0])
    names = list(tools)
    times: dict[str, list[float]] = {name: [0.0] * rounds for name in names}
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    for k in range(rounds):
        order = names[k % len(names) :] + names[: k % len(names)]
        for path, data in files:
            for name in order:
                started = time.perf_counter()
                tools[name](path, data)
                times[name][k] += time.perf_counter() - started
    plumber = times.get(PLUMBER_RATE)
    rows = []
    for name in names:
        median = statistics.median(times[name])
        ratio = paired = "-"
        if plumber:
            ratio = f"{statistics.median(plumber) / median:.2f}x"
            own = [p / t for p, t in zip(plumber, times[name], strict=True)]
            paired = f"{statistics.median(own):.2f}x ({min(own):.2f}-{max(own):.2f})"
        spread = " ".join(f"{t:.2f}" for t in times[name])
        rows.append([name, f"{median:.2f}", f"{pages / median:.1f}", ratio, paired, spread])
    return rows, missing, pages


# --- memory of long PDFs ------------------------------------------------------------------------

#: Corpus PDFs whose pages make the long PDFs: our rendition, and real sheets of three cities.
LONG_SOURCES = (
    "corpora/pdf/kushiro_kpi_grid.pdf",
    "corpora/real-kpi/docs/ikeda-r7-010.pdf",
    "corpora/real-kpi/docs/kyoto-r6-002.pdf",
    "corpora/real-kpi/docs/kobe-r25-015.pdf",
)
LONG_PAGES = (1, 100, 1000)

LONG_CODE = """
import json, sys, time
import jpkpi
start = time.perf_counter()
doc = jpkpi.parse(sys.argv[1], limits=None)
seconds = time.perf_counter() - start
with open("/proc/self/status") as f:
    peak = int(next(line for line in f if line.startswith("VmHWM:")).split()[1])
print(json.dumps([peak, seconds, len(doc.records)]))
"""


def long_pdf(pages: int, folder: Path) -> Path:
    """A PDF of ``pages`` pages, the LONG_SOURCES' pages in turn, each file's fonts copied once."""
    import pypdfium2 as pdfium

    sources = [pdfium.PdfDocument(ROOT / s) for s in LONG_SOURCES]
    out = pdfium.PdfDocument.new()
    share, extra = divmod(pages, len(sources))
    for k, source in enumerate(sources):
        n = share + (k < extra)
        if n:
            out.import_pages(source, [i % len(source) for i in range(n)])
    path = folder / f"long-{pages}.pdf"
    out.save(path)
    return path


def long_pdf_memory() -> list[list[str]]:
    """Rows: pages, file size, peak RSS, seconds, records; each parse in a fresh process."""
    import tempfile

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for pages in LONG_PAGES:
            path = long_pdf(pages, Path(folder))
            out = subprocess.run(
                [sys.executable, "-c", LONG_CODE, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            peak, seconds, records = json.loads(out.stdout.strip().splitlines()[-1])
            size = path.stat().st_size
            rows.append(
                [
                    f"{pages:,}",
                    f"{size / 2**20:.1f}",
                    f"{peak / 1024:.0f}",
                    f"{seconds:.1f}",
                    f"{records:,}",
                ]
            )
    return rows


def workbook_seconds() -> str:
    """The median parse time of bench_workbook.py's three fresh processes, or why there is none."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_workbook.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    median = next((line for line in out.splitlines() if line.startswith("median")), None)
    if median is None:
        return out.strip().splitlines()[-1]
    return f"{median.split('|')[1].strip()} s (median of 3 fresh processes; bench_workbook.py)"


# --- main ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    """Run the measurements and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds (median counted)")
    ap.add_argument("--tables", action="store_true", help="add the per-PDF report")
    args = ap.parse_args(argv)
    paths = pdf_paths()
    print_machine("jpkpi: PDF speed and memory")
    print(
        f"jpkpi {version('jpkpi')}, pdfminer.six {version('pdfminer.six')}, pypdfium2 "
        f"{version('pypdfium2')}, pdfplumber {version('pdfplumber')}, camelot-py "
        f"{version('camelot-py')}"
    )
    if not paths:
        print("no PDFs under corpora/")
        return
    rows, missing, pages = interleaved_rates(paths, args.rounds)
    print()
    print(f"1. pages/s over {len(paths)} PDFs ({pages} pages), median of {args.rounds} rounds:")
    print_table(
        ["tool", "median s", "pages/s", "vs pdfplumber", "paired rounds", "rounds (s)"],
        rows,
        numeric={1, 2, 3},
    )
    for note in missing:
        print(f"not installed, skipped: {note}")
    print()
    print("2. peak memory of jpkpi.parse on PDFs made of corpus pages (fresh process each):")
    print_table(
        ["pages", "file MB", "peak RSS MB", "seconds", "records"],
        long_pdf_memory(),
        numeric={0, 1, 2, 3, 4},
    )
    print()
    print(f"3. the large workbook: {workbook_seconds()}")
    if args.tables:
        print()
        per_pdf_report(paths)


def per_pdf_report(paths: Sequence[Path]) -> None:
    """The per-PDF report: best of three passes per tool and PDF, tables page by page."""
    pdfplumber = load_pdfplumber()
    print_header(paths, pdfplumber)
    if pdfplumber is None:
        print(
            "pdfplumber is not installed: its rows, the ratios and the comparisons with it are"
            " skipped."
        )
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
