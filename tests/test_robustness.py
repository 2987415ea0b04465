"""Bad input: each case ends in a DocumentError of the expected kind (naming the file) or in a
Document, never in another exception, within a bounded time and memory (docs/limits.md).

Every case is parsed in a forked child process under an address-space limit (RLIMIT_AS) and a
timeout, both about ten times what the case was measured to need on a 2-core machine (at least
20 s and 1.5 GiB), so a hang or a blow-up fails the test without timing assertions that flake.
Run ``pytest tests/test_robustness.py -s`` to see each case's measured time and peak memory.
"""

from __future__ import annotations

import io
import multiprocessing as mp
import random
import resource
import shutil
import time
import traceback
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest

import jpkpi
from jpkpi.batch import status_bytes
from jpkpi.sources import xlsx
from jpkpi.tables.html_tables import MAX_TABLE_POSITIONS
from jpkpi.tables.tsv import MAX_TABLE_CELLS
from tests.conftest import FIXTURES, ROOT
from tests.pdfgen import inflating_stream, make_pdf, text_page

CORPUS_PDF = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.pdf"
CORPUS_XLSX = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.xlsx"
CORPUS_HTML = ROOT / "corpora" / "html" / "kushiro_kpi.html"
CORPUS_CSV = ROOT / "corpora" / "csv" / "kushiro_kpi_utf8bom.csv"
CORPUS_XLS = FIXTURES / "xls" / "kushiro_kpi_grid.xls"
SEED_TEXT = ROOT / "corpora" / "seeds" / "000_fb57e009c395afac.txt"
#: What every kushiro_kpi rendition gives: 18 records, the same indicators.
KUSHIRO_RECORDS = 18


@dataclass(frozen=True)
class Bound:
    """How long one parse may take and how much address space it may add."""

    seconds: float = 20.0
    mib: int = 1536


@dataclass(frozen=True)
class Outcome:
    """What a parse ended in: an error kind, ``document``, or ``bug`` (any other exception)."""

    kind: str
    message: str
    records: int
    indicators: tuple[str | None, ...]
    warnings: tuple[str, ...]
    seconds: float
    peak_mib: float


def _parse_in_child(path: Path, mib: int, conn: Connection, options: dict[str, Any]) -> None:
    """Parse under an address-space limit; send the Outcome (peak RSS from a reset VmHWM)."""
    resource.setrlimit(
        resource.RLIMIT_AS, (status_bytes("VmSize") + mib * 2**20, resource.RLIM_INFINITY)
    )
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    base = status_bytes("VmRSS")
    started = time.perf_counter()
    records, indicators, warnings = 0, (), ()
    try:
        doc = jpkpi.parse(path, **options)
        kind, message = "document", ""
        records, warnings = len(doc.records), tuple(doc.warnings)
        indicators = tuple(r.indicator for r in doc.records)
    except jpkpi.DocumentError as e:
        kind, message = e.kind, str(e)
    except BaseException:
        kind, message = "bug", traceback.format_exc()
    elapsed = time.perf_counter() - started
    peak = (status_bytes("VmHWM") - base) / 2**20
    conn.send(Outcome(kind, message, records, indicators, warnings, elapsed, peak))


def parse_bounded(path: Path, bound: Bound, **options: Any) -> Outcome:
    """jpkpi.parse(path, **options) in a forked child within ``bound``; fails the test on a hang
    or crash."""
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_parse_in_child, args=(path, bound.mib, send, options))
    child.start()
    send.close()
    try:
        if not receive.poll(bound.seconds):
            child.kill()
            pytest.fail(f"{path.name}: no result within {bound.seconds:g} s")
        try:
            outcome: Outcome = receive.recv()
        except EOFError:
            pytest.fail(f"{path.name}: the parsing process died")
    finally:
        child.join()
        receive.close()
    print(f"\n{path.name}: {outcome.kind}, {outcome.seconds:.2f} s, {outcome.peak_mib:.0f} MiB")
    return outcome


# --- builders: each writes one input into a directory and returns its path -----------------


Builder = Callable[[Path], Path]


def write(name: str, data: bytes | Callable[[], bytes]) -> Builder:
    """A builder writing ``data`` (or what a function returns) as ``name``."""

    def build(d: Path) -> Path:
        path = d / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return build


def copy(source: Path, name: str) -> Builder:
    """A builder copying a corpus file under another name."""

    def build(d: Path) -> Path:
        return Path(shutil.copy(source, d / name))

    return build


def cut(source: Path, fraction: float) -> Builder:
    """A builder writing the first ``fraction`` of a corpus file under its own name."""
    data = source.read_bytes()
    return write(f"cut{int(fraction * 100)}_{source.name}", data[: int(len(data) * fraction)])


def random_bytes(seed: str, size: int, *, nul: bool = True) -> bytes:
    """Seeded random bytes; ``nul=False`` leaves out the NUL byte (so they look like text)."""
    rng = random.Random(seed)
    if nul:
        return rng.randbytes(size)
    return bytes(rng.randrange(1, 256) for _ in range(size))


def tsv_table(rows: int) -> bytes:
    """A KPI table of ``rows`` indicators as a TAB-separated extraction."""
    head = "指標\t単位\t基準値（R2）\t目標値（R7）\tR5実績\n"
    body = "".join(f"指標{i}\t人\t{i}\t{i + 10}\t{i + 5}\n" for i in range(rows))
    return (head + body).encode()


KPI_HTML = (
    "<table><tr><th>指標</th><th>単位</th><th>R5実績</th></tr>"
    "<tr><td>移住者数</td><td>人</td><td>105</td></tr>"
    "<tr><td>企業数</td><td>社</td><td>3</td></tr></table>"
)


def xlsx_parts(parts: dict[str, bytes]) -> bytes:
    """A zip of the given parts, deflated (the shape of an XLSX)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return buf.getvalue()


_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"


def one_sheet_xlsx(sheet_xml: bytes) -> bytes:
    """A minimal workbook of one sheet with the given worksheet XML."""
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return xlsx_parts(
        {
            "[Content_Types].xml": (
                f'<Types xmlns="{_PKG}/content-types">'
                f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/></Types>'
            ).encode(),
            "_rels/.rels": (
                f'<Relationships xmlns="{_PKG}/relationships"><Relationship Id="rId1" '
                f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
            ).encode(),
            "xl/workbook.xml": (
                f'<workbook {_NS.decode()} xmlns:r="{_REL}"><sheets>'
                '<sheet name="KPI" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ).encode(),
            "xl/_rels/workbook.xml.rels": (
                f'<Relationships xmlns="{_PKG}/relationships"><Relationship Id="rId1" '
                f'Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
            ).encode(),
            "xl/worksheets/sheet1.xml": sheet_xml,
        }
    )


def billion_laughs() -> bytes:
    """A worksheet whose one cell is an entity expanding to 10⁹ characters."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return one_sheet_xlsx(
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'.encode()
        + b"<worksheet "
        + _NS
        + b'><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        + b"</sheetData></worksheet>"
    )


def many_part_bomb() -> bytes:
    """An XLSX-looking zip of 40 parts of 8 MiB zeros: each part passes the ratio check (under
    10 MB), together they inflate to 320 MiB."""
    zeros = b"\0" * (8 * 2**20)
    return xlsx_parts(
        {"xl/workbook.xml": b"<x/>"} | {f"xl/media/pad{i}.bin": zeros for i in range(40)}
    )


def bad_zip_version(source: Path) -> bytes:
    """An XLSX whose directory claims a zip version 15.8 (zipfile raised NotImplementedError)."""
    data = bytearray(source.read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first central-directory entry
    data[entry + 6 : entry + 8] = (158).to_bytes(2, "little")  # version needed to extract
    return bytes(data)


def pdf_with_bad_checksum() -> bytes:
    """A PDF whose 1.7 MB Flate content stream (5 MB of comment lines, then one line of text)
    has a wrong checksum: pdfminer then inflates it byte by byte, in quadratic time."""
    rng = random.Random(0)
    lines = b"".join(b"%" + rng.randbytes(30).hex().encode() + b"\n" for _ in range(80_000))
    packed = bytearray(zlib.compress(lines + text_page("Hello 123"), 9))
    packed[-1] ^= 0xFF
    return make_pdf([bytes(packed)], precompressed=True)


# --- the cases -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    """A Document is expected: this many records (or a warning saying why there are none), and
    optionally the same indicators as another file gives."""

    records: int
    warning: str | None = None
    same_as: Path | None = None


Expect = str | Doc
NO_TABLES_TEXT = "no tables found: the text has no TAB- or comma-separated cells"
NO_KPI = "tables found, but none holds KPI indicators"

CASES: list = [
    # empty
    pytest.param(write("empty.txt", b""), "empty", Bound(), id="empty-0-bytes"),
    pytest.param(write("empty.pdf", b""), "empty", Bound(), id="empty-0-bytes-named-pdf"),
    pytest.param(write("blank.csv", b" \r\n\t\n  "), "empty", Bound(), id="whitespace-only"),
    # random bytes: with NUL bytes they are binary; without, text in no Japanese encoding
    *[
        pytest.param(
            write(f"random{size}{suffix}", random_bytes(f"{size}{suffix}", size)),
            "misnamed" if suffix in (".pdf", ".xlsx") else "unsupported",
            Bound(),
            id=f"random-{size}-bytes{suffix or '-no-suffix'}",
        )
        for size in (10_000, 1_000_000)
        for suffix in (".txt", ".pdf", ".xlsx", ".html", ".csv", "")
    ],
    *[
        pytest.param(
            write(f"noisy{size}{suffix}", random_bytes(f"text{size}{suffix}", size, nul=False)),
            "misnamed" if suffix in (".pdf", ".xlsx") else "damaged",
            Bound(),
            id=f"random-{size}-bytes-without-nul{suffix or '-no-suffix'}",
        )
        for size in (100, 100_000)
        for suffix in (".txt", ".pdf", ".xlsx", ".html", ".csv", "")
    ],
    # wrongly named: a .pdf/.xlsx name with other content is misnamed; otherwise content decides
    pytest.param(copy(CORPUS_PDF, "report.xlsx"), "misnamed", Bound(), id="pdf-named-xlsx"),
    pytest.param(copy(CORPUS_XLSX, "report.pdf"), "misnamed", Bound(), id="xlsx-named-pdf"),
    pytest.param(copy(CORPUS_HTML, "report.pdf"), "misnamed", Bound(), id="html-named-pdf"),
    pytest.param(copy(SEED_TEXT, "report.pdf"), "misnamed", Bound(), id="text-named-pdf"),
    pytest.param(copy(SEED_TEXT, "report.xlsx"), "misnamed", Bound(), id="text-named-xlsx"),
    pytest.param(
        copy(CORPUS_PDF, "report.html"), Doc(18, same_as=CORPUS_PDF), Bound(), id="pdf-named-html"
    ),
    pytest.param(
        copy(CORPUS_PDF, "report.txt"), Doc(18, same_as=CORPUS_PDF), Bound(), id="pdf-named-txt"
    ),
    pytest.param(
        copy(CORPUS_XLSX, "report.csv"), Doc(18, same_as=CORPUS_XLSX), Bound(), id="xlsx-named-csv"
    ),
    pytest.param(
        copy(CORPUS_XLSX, "report.xls"), Doc(18, same_as=CORPUS_XLSX), Bound(), id="xlsx-named-xls"
    ),
    pytest.param(
        copy(CORPUS_HTML, "report.csv"), Doc(18, same_as=CORPUS_HTML), Bound(), id="html-named-csv"
    ),
    pytest.param(
        copy(CORPUS_CSV, "report.txt"), Doc(18, same_as=CORPUS_CSV), Bound(), id="csv-named-txt"
    ),
    pytest.param(
        copy(CORPUS_CSV, "report.html"), Doc(18, same_as=CORPUS_CSV), Bound(), id="csv-named-html"
    ),
    pytest.param(
        copy(CORPUS_XLS, "report"), Doc(18, same_as=CORPUS_XLS), Bound(), id="xls-without-suffix"
    ),
    # truncated
    *[
        pytest.param(cut(CORPUS_XLSX, f), "damaged", Bound(), id=f"xlsx-cut-at-{int(f * 100)}%")
        for f in (0.01, 0.1, 0.5, 0.9, 0.99)
    ],
    *[
        pytest.param(cut(CORPUS_PDF, f), "damaged", Bound(), id=f"pdf-cut-at-{int(f * 100)}%")
        for f in (0.01, 0.1, 0.5, 0.9, 0.99)
    ],
    *[
        pytest.param(cut(CORPUS_XLS, f), "damaged", Bound(), id=f"xls-cut-at-{int(f * 100)}%")
        for f in (0.1, 0.5, 0.9)
    ],
    pytest.param(cut(CORPUS_HTML, 0.01), Doc(0, "no tables found"), Bound(), id="html-cut-at-1%"),
    pytest.param(cut(CORPUS_HTML, 0.1), Doc(0, NO_KPI), Bound(), id="html-cut-at-10%"),
    pytest.param(cut(CORPUS_HTML, 0.5), Doc(6), Bound(), id="html-cut-at-50%"),
    pytest.param(cut(CORPUS_HTML, 0.9), Doc(15), Bound(), id="html-cut-at-90%"),
    pytest.param(cut(CORPUS_HTML, 0.99), Doc(18), Bound(), id="html-cut-at-99%"),
    # encrypted
    pytest.param(
        copy(FIXTURES / "pdf" / "encrypted.pdf", "locked.pdf"),
        "encrypted",
        Bound(),
        id="encrypted-pdf",
    ),
    pytest.param(
        # found by benchmarks/fuzz_parse.py --seed 1 (iteration 154: 23 s); took 90 s before
        write("checksum.pdf", pdf_with_bad_checksum),
        Doc(0, "no tables found on any page"),
        Bound(),
        id="pdf-damaged-flate-checksum",
    ),
    pytest.param(
        # the pages' form XObject inflated to 128 MiB (a 512 MiB one took 1 GB) before it was checked
        write(
            "form-bomb.pdf",
            lambda: make_pdf([text_page() + b" /X1 Do"], form=inflating_stream(128 * 2**20)),
        ),
        "too_large",
        Bound(),
        id="pdf-form-xobject-bomb",
    ),
    pytest.param(
        write(
            "content-bomb.pdf",
            lambda: make_pdf([inflating_stream(128 * 2**20)], precompressed=True),
        ),
        "too_large",
        Bound(),
        id="pdf-content-stream-bomb-128MiB",
    ),
    # malformed HTML
    pytest.param(
        write(
            "unclosed.html",
            KPI_HTML.replace("</td>", "").replace("</th>", "").replace("</tr>", "").encode(),
        ),
        Doc(2),
        Bound(),
        id="html-unclosed-cells-and-rows",
    ),
    pytest.param(
        write(
            "stray.html",
            ("</td></tr></table>" + KPI_HTML.replace("</tr>", "</tr></td></tr>")).encode(),
        ),
        Doc(2),
        Bound(),
        id="html-stray-end-tags",
    ),
    pytest.param(
        write(
            "layout.html", ("<table><tr><td>" * 20 + KPI_HTML + "</td></tr></table>" * 20).encode()
        ),
        Doc(2),
        Bound(),
        id="html-kpi-table-inside-20-layout-tables",
    ),
    pytest.param(
        write("deep-div.html", ("<div>" * 10_000 + KPI_HTML + "</div>" * 10_000).encode()),
        Doc(2),
        Bound(),
        id="html-10000-deep-div",
    ),
    pytest.param(
        write("deep-table.html", b"<table><tr><td>" * 5_000),
        "too_large",
        Bound(),
        id="html-5000-deep-table",
    ),
    pytest.param(
        write("unclosed-tables.html", b"<table><tr><td>x" * 40),
        "too_large",
        Bound(),
        id="html-40-unclosed-tables-nest",
    ),
    pytest.param(
        write(
            "huge-span.html",
            KPI_HTML.replace("<td>105", '<td rowspan="100000" colspan="100000">105').encode(),
        ),
        Doc(2),
        Bound(),
        id="html-rowspan-colspan-100000",
    ),
    pytest.param(
        # regression: every span was reserved cell by cell, and 200M positions ran out of memory
        write(
            "wide-spans.html",
            b"<table><tr>" + b'<td rowspan="1000" colspan="1000">x</td>' * 200 + b"</tr></table>",
        ),
        Doc(0, NO_KPI),
        Bound(),
        id="html-200-cells-spanning-1000x1000",
    ),
    pytest.param(
        write(
            "span-grid.html",
            b"<table>" + b'<tr><td colspan="1000">x</td></tr>' * (MAX_TABLE_POSITIONS // 1000 + 1),
        ),
        "too_large",
        Bound(),
        id="html-table-over-MAX_TABLE_POSITIONS",
    ),
    # large and odd text
    pytest.param(
        # 100,000 rows and more are measured in benchmarks/bench_large.py (time, memory, and
        # time a row against 10,000 rows); the suite keeps a size that reads in seconds
        write("kpi5k.txt", tsv_table(4_999)),
        Doc(4_999),
        Bound(120, 2048),
        id="tsv-5000-lines",
    ),
    pytest.param(
        write("one-line.txt", "あ".encode() * (5 * 2**20 // 3)),
        Doc(0, "line 1 is 1,747,626 characters long; only its first 100,000 are read"),
        Bound(),
        id="text-one-5MB-line",
    ),
    pytest.param(
        write("tabs.txt", b"1\t" * (5 * 2**20 // 2)),
        Doc(0, "line 1 is 5,242,880 characters long; only its first 100,000 are read"),
        Bound(),
        id="text-one-5MB-line-of-tabs",
    ),
    pytest.param(
        write("prose.txt", "".join(f"これは{i}行目の文です。\n" for i in range(100_000)).encode()),
        Doc(0, NO_TABLES_TEXT),
        Bound(),
        id="text-100000-lines-without-tabs",
    ),
    pytest.param(
        write("grid.txt", (b"1\t" * 50_000 + b"\n") * (MAX_TABLE_CELLS // 50_000 + 1)),
        "too_large",
        Bound(),
        id="text-table-over-MAX_TABLE_CELLS",
    ),
    pytest.param(
        write("row.csv", b"1," * (5 * 2**20 // 2)), "too_large", Bound(), id="csv-one-5MB-row"
    ),
    pytest.param(
        write("field.csv", b'a,b\n"' + b"x" * 5 * 2**20), "damaged", Bound(), id="csv-5MB-field"
    ),
    pytest.param(
        # found by benchmarks/fuzz_parse.py --seed 1 (iteration 452)
        write("version.xlsx", bad_zip_version(CORPUS_XLSX)),
        "damaged",
        Bound(),
        id="xlsx-unknown-zip-version",
    ),
    # XLSX built to exhaust memory
    pytest.param(
        write("parts.xlsx", many_part_bomb), "too_large", Bound(), id="xlsx-zip-bomb-of-many-parts"
    ),
    pytest.param(
        write("laughs.xlsx", billion_laughs), "damaged", Bound(), id="xlsx-billion-laughs"
    ),
    pytest.param(
        write(
            "sparse.xlsx",
            one_sheet_xlsx(
                b"<worksheet " + _NS + b'><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
                b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
            ),
        ),
        "too_large",
        Bound(),
        id="xlsx-two-cells-at-opposite-corners",
    ),
]


@pytest.mark.parametrize(("build", "expect", "bound"), CASES)
def test_bad_input_ends_in_a_clear_error_or_a_document(
    tmp_path: Path, build: Builder, expect: Expect, bound: Bound
) -> None:
    path = build(tmp_path)
    outcome = parse_bounded(path, bound)
    assert outcome.kind != "bug", outcome.message
    if isinstance(expect, str):
        assert outcome.kind == expect, outcome.message or outcome.warnings
        assert outcome.message.startswith(f"{path}: ")
        assert len(outcome.message) > len(f"{path}: ") + 5  # a reason follows the name
        return
    assert outcome.kind == "document", outcome.message
    assert outcome.records == expect.records
    if expect.warning:
        assert any(expect.warning in w for w in outcome.warnings), outcome.warnings
    if expect.same_as:
        assert outcome.indicators == tuple(r.indicator for r in jpkpi.parse(expect.same_as).records)


def test_a_truncated_xls_says_why_and_prints_nothing(tmp_path: Path, capfd) -> None:
    """xlrd wrote its warnings to stdout, into the middle of ``jpkpi parse``'s JSON output."""
    path = tmp_path / "cut.xls"
    path.write_bytes(CORPUS_XLS.read_bytes()[:1000])
    with pytest.raises(jpkpi.DamagedDocumentError) as e:
        jpkpi.parse(path)
    assert str(e.value) == (
        f"{path}: is not a readable XLS file (error: unpack requires a buffer of 512 bytes; "
        "xlrd: file size (1000) not 512 + multiple of sector size (512))"
    )
    assert capfd.readouterr() == ("", "")


def test_a_damaged_sheet_of_a_streamed_workbook_is_a_clear_error(monkeypatch) -> None:
    """Streamed sheets are inflated only while read, after the workbook opened without error."""
    monkeypatch.setattr(xlsx, "STREAMING_BYTES", 0)
    data = bytearray(CORPUS_XLSX.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)  # its deflated bytes
    rng = random.Random(4)
    for _ in range(3):
        data[start + rng.randrange(info.compress_size)] ^= 0xFF
    with pytest.raises(jpkpi.DamagedDocumentError) as e:
        jpkpi.parse(bytes(data), name="streamed.xlsx")
    assert str(e.value) == (
        "streamed.xlsx: is not a readable XLSX file "
        "(error: Error -3 while decompressing data: invalid distance too far back)"
    )


@pytest.mark.parametrize("style", ["999", ""])
@pytest.mark.parametrize("streamed", [False, True], ids=["full", "streamed"])
def test_a_cell_naming_a_missing_style_is_a_damaged_workbook(
    monkeypatch, style: str, streamed: bool
) -> None:
    """``s="999"`` (past the workbook's styles) or ``s=""``: both modes call the workbook damaged;
    the streamed mode ended in a bare IndexError or TypeError."""
    import re

    if streamed:
        monkeypatch.setattr(xlsx, "STREAMING_BYTES", 0)
    source = zipfile.ZipFile(io.BytesIO(CORPUS_XLSX.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as patched:
        for item in source.infolist():
            part = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":  # every cell of row 3 names it
                part = re.sub(
                    rb'(<c r="[A-Z]+3")(?: s="\d+")?', rb'\1 s="' + style.encode() + b'"', part
                )
            patched.writestr(item, part)
    with pytest.raises(jpkpi.DamagedDocumentError, match=r"^styles\.xlsx: is not a readable XLSX"):
        jpkpi.parse(out.getvalue(), name="styles.xlsx")
