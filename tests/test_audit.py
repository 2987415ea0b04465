"""The audit page (``jpkpi audit``, ``Document.audit_html``) and ``Table.to_dataframe``.

The page is checked as HTML here (every observation's mark exists, links to its record and
back, sits inside the cell it was read from; warnings listed; text escaped; the same bytes every
time) and in a real browser: headless Chromium loads the page, runs its script, and its DOM is
checked after a click, with no console error.
"""

from __future__ import annotations

import html
import html.parser
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import jpkpi
from jpkpi.audit import audit_html
from jpkpi.cli import main
from jpkpi.tables.model import Cell, TextLine
from tests.conftest import ROOT, SEEDS, parsed

PDF = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.pdf"
#: Seed 002's PDF rendition (the national report form), and the two real municipal PDFs.
SEED_002_PDF = ROOT / "corpora" / "pdf" / "hanamaki_report_form.pdf"
REAL_PDFS = sorted((ROOT / "corpora" / "real").glob("*.pdf"))
#: Bands: several KPI rows in one ruled cell, so a value's box is one line of its cell.
BANDS_PDF = ROOT / "corpora" / "bands" / "nemuro_bands_rows.pdf"
BANDS_XLSX = ROOT / "corpora" / "bands" / "kushiro_bands_alt_enter.xlsx"
XLSX = ROOT / "corpora" / "pdf" / "kushiro_kpi_grid.xlsx"
HTML_DIR = ROOT / "corpora" / "html"
SEED = SEEDS / "000_fb57e009c395afac.txt"
SEIKA = SEEDS / "003_cba63dfe630bcdd0.txt"
CSV = ROOT / "corpora" / "csv" / "kushiro_kpi_utf8bom.csv"
DOCUMENTS = [
    PDF,
    SEED_002_PDF,
    BANDS_PDF,
    *REAL_PDFS,
    XLSX,
    BANDS_XLSX,
    *sorted(HTML_DIR.glob("*.html")),
    SEED,
    SEIKA,
    CSV,
]

_OBSERVATION_KEYS = ("baseline", "targets", "actuals", "budgets")


def _squash(text: str) -> str:
    """Text without its spaces, normalized (an adapter's raw may be normalized: １５０人 → 150人)."""
    return re.sub(r"\s+", "", jpkpi.normalize_text(text))


def _observations(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in _OBSERVATION_KEYS:
        value = record.get(key)
        items = [value] if isinstance(value, dict) else value or []
        yield from (o for o in items if isinstance(o, dict))


def records_of(doc: jpkpi.Document) -> list[dict[str, Any]]:
    return [r.to_dict() for r in doc.records]


# --- reading the page ---------------------------------------------------------------------------


class _Page(html.parser.HTMLParser):
    """Elements of an audit page: those with an id, every mark, every outlined cell, and the
    text of the panel."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, dict[str, str]] = {}
        self.marks: list[dict[str, str]] = []
        self.cells: list[dict[str, str]] = []
        self.links: dict[str, list[str]] = {}  # href -> ids of the <li> entries holding it
        self.sources: list[str] = []
        self.panel_text: list[str] = []
        self._panel_depth = 0
        self._entry: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if "id" in a:
            assert a["id"] not in self.ids, f"id {a['id']} twice"
            self.ids[a["id"]] = {"tag": tag, **a}
        if tag == "li" and a.get("id", "").startswith("record-"):
            self._entry = a["id"]
        if tag == "a" and "mark" in classes:
            self.marks.append(a)
        elif tag == "a" and self._entry and a.get("href", "").startswith("#m-"):
            self.links.setdefault(a["href"], []).append(self._entry)
        if "cell" in classes or (tag == "td" and "data-cell" in a):
            self.cells.append(a)
        for key in ("src", "href"):
            if key in a:
                self.sources.append(a[key])
        if tag in ("link", "iframe", "object", "embed"):
            self.sources.append(f"<{tag}>")
        if tag == "script" and "src" in a:
            self.sources.append("<script src>")
        if self._panel_depth or a.get("id") == "panel-body":
            self._panel_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._panel_depth:
            self._panel_depth -= 1
        if tag == "li":
            self._entry = None

    def handle_data(self, data: str) -> None:
        if self._panel_depth:
            self.panel_text.append(data)


def _box(text: str) -> tuple[float, ...]:
    return tuple(float(v) for v in text.split())


def _inside(inner: tuple[float, ...], outer: tuple[float, ...], slack: float = 0.5) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def check_marks(page: _Page, doc: jpkpi.Document, records: list[dict[str, Any]]) -> int:
    """Every observation says its cell and has its mark there: the mark links to its record,
    the record's entry links to the mark, the cell (or line) holds the observation's raw text,
    and a PDF mark's box lies inside its cell's box. A record's name has its mark too."""
    lines = [b for b in doc.blocks if isinstance(b, TextLine)]

    def place(mark: dict[str, str]) -> tuple[str, Cell | None]:
        if "data-line" in mark:
            return lines[int(mark["data-line"])].text, None
        cell = doc.tables[int(mark["data-table"]) - 1].cells[int(mark["data-cell"])]
        return cell.text, cell

    checked = 0
    for number, record in enumerate(records, start=1):
        assert f"record-{number}" in page.ids
        assert f"detail-{number}" in page.ids
        for k, obs in enumerate(_observations(record)):
            assert obs["cell"] is not None, f"record {number}: an observation without its cell"
            ident = f"m-{number}-{k}"
            assert ident in page.ids, f"record {number} ({record['indicator']}): no mark {ident}"
            mark = page.ids[ident]
            assert mark["href"] == f"#record-{number}"
            assert mark["data-record"] == str(number)
            assert page.links.get(f"#{ident}") == [f"record-{number}"]
            text, cell = place(mark)
            assert _squash(obs["raw"]) in _squash(text)
            if doc.kind == "pdf":
                assert cell is not None and cell.provenance.bbox is not None
                assert _inside(_box(mark["data-box"]), cell.provenance.bbox), (obs, cell)
                assert _box(mark["data-box"]) == pytest.approx(obs["cell"]["box"], abs=0.01)
            checked += 1
        if record["indicator_cell"] is not None:
            mark = page.ids[f"m-{number}-name"]
            assert mark["href"] == f"#record-{number}"
            assert page.links.get(f"#m-{number}-name") == [f"record-{number}"]
            _, cell = place(mark)
            if doc.kind == "pdf":  # a name read from a label and the cell beside it spans both
                assert cell is not None and cell.provenance.bbox is not None
                assert _overlap(_box(mark["data-box"]), cell.provenance.bbox) > 0
    return checked


# --- the page -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_observation_is_marked_on_its_cell(path: Path) -> None:
    doc = parsed(path)
    records = records_of(doc)
    text = doc.audit_html()
    page = _Page(text)
    marked = check_marks(page, doc, records)
    assert marked == sum(len(list(_observations(r))) for r in records)
    # the page's marks are exactly the observations' and the names'
    names = sum(r["indicator_cell"] is not None for r in records)
    assert len(page.marks) == marked + names
    # every outlined cell is a cell of a recovered table, drawn where the table has it
    assert len(page.cells) == sum(len(t.cells) for t in doc.tables)
    for a in page.cells:
        cell = doc.tables[int(a["data-table"]) - 1].cells[int(a["data-cell"])]
        if doc.kind == "pdf":
            assert cell.provenance.bbox is not None
            assert _box(a["data-box"]) == pytest.approx(cell.provenance.bbox, abs=0.01)
    summary = page.ids["summary"]
    assert summary["data-tables"] == str(len(doc.tables))
    assert summary["data-records"] == str(len(doc.records))
    assert "observations name a cell" not in text and "observations carry no cell" not in text
    # self-contained: nothing is fetched
    for source in page.sources:
        assert source.startswith(("#", "data:image/png;base64,")), source
    assert "@import" not in text
    assert not re.search(r"url\((?!data:)", text)


def test_tints_follow_what_the_records_read() -> None:
    """北見's sheet: the 目標値 row under 27年度 holds a target (its row's label says so) where
    the column alone reads actuals (a bare period heading); the tint follows the record and
    names the column's reading. 釧路's 指標値 column (133 for 移住者数, page 1) is read as
    targets by both, and its tint names no disagreement."""
    kitami = ROOT / "corpora" / "forms" / "kitami_jimujigyo_h27.xlsx"
    page = parsed(kitami).audit_html()
    record = next(
        r.to_dict() for r in parsed(kitami).records if r.indicator == "資源回収実施団体数"
    )
    target = record["targets"][2]["cell"]  # 124 under 27年度
    cell = re.search(
        rf'<td class="([^"]*)"[^>]*title="{target["sheet"]}!{target["cell"]}: ([^"]*)"',
        page,
    )
    assert cell is not None
    assert cell.group(1) == "c-target"
    assert "as the records read it; the interpretation: actual" in html.unescape(cell.group(2))
    page = parsed(PDF).audit_html()
    record = next(r.to_dict() for r in parsed(PDF).records if r.indicator == "移住者数")
    box = " ".join(f"{v:.2f}" for v in record["targets"][0]["cell"]["box"])
    cell = re.search(rf'<div class="cell ([^"]*)"[^>]*data-box="{box}"[^>]*title="([^"]*)"', page)
    assert cell is not None and cell.group(1) == "c-target"
    assert "the interpretation:" not in html.unescape(cell.group(2))


def test_layout_text_is_listed_as_lines_with_marks() -> None:
    """Seed 003 (主要施策成果シート, layout text read line by line) has no tables: its records
    name lines, which the page lists, each mark on the line its record names."""
    doc = parsed(SEIKA)
    page = _Page(doc.audit_html())
    assert not doc.tables and page.ids["lines"]["tag"] == "section"
    lines = [b for b in doc.blocks if isinstance(b, TextLine)]
    for number, record in enumerate(records_of(doc), start=1):
        for k, obs in enumerate(_observations(record)):
            line = lines[int(page.ids[f"m-{number}-{k}"]["data-line"])]
            assert line.provenance.line == obs["cell"]["line"]
            assert page.ids[f"line-{line.provenance.line}"]["tag"] == "div"


def test_pdf_pages_are_drawn_and_the_page_is_the_same_every_time() -> None:
    doc = parsed(PDF)
    first = doc.audit_html()
    assert jpkpi.parse(PDF, source_name=str(PDF)).audit_html() == first
    assert audit_html(doc, records=records_of(doc)) == first
    page = _Page(first)
    assert page.ids["page-1"]["tag"] == "section"
    images = [s for s in page.sources if s.startswith("data:image/png")]
    assert len(images) == 1 and len(images[0]) > 10_000


@pytest.mark.parametrize("path", [PDF, SEED_002_PDF], ids=lambda p: p.name)
def test_unread_values_are_counted(path: Path) -> None:
    """Cells whose text is a number but that no observation names are outlined and counted:
    none in 釧路's KPI grid, the money tables of the report form (read by no record) in 002."""
    doc = parsed(path)
    page = _Page(doc.audit_html())
    unread = [a for a in page.cells if "unread" in a["class"].split()]
    assert page.ids["summary"]["data-unread"] == str(len(unread))
    assert (len(unread) == 0) == (path == PDF)
    marked = {(a["data-table"], a["data-cell"]) for a in page.marks}
    for a in unread:
        assert (a["data-table"], a["data-cell"]) not in marked
        cell = doc.tables[int(a["data-table"]) - 1].cells[int(a["data-cell"])]
        assert jpkpi.parse_quantity(cell.text).value is not None
    # with no record's cells known, the values they named are unread too
    bare = [{**r, "baseline": None, "targets": [], "actuals": []} for r in records_of(doc)]
    assert int(_Page(audit_html(doc, records=bare)).ids["summary"]["data-unread"]) > len(unread)


def test_warnings_are_listed_and_linked() -> None:
    doc = parsed(SEED)
    records = records_of(doc)
    warned = [(n, w) for n, r in enumerate(records, 1) for w in r["warnings"]]
    assert warned, "seed 000 has record warnings"
    extra = jpkpi.Document(doc.name, doc.kind, doc.blocks, doc.records, adapter=doc.adapter)
    extra.vocabulary = doc.vocabulary
    extra.warnings = ["line 9 does not line up with its header", "a warning about no place"]
    text = extra.audit_html()
    page = _Page(text)
    assert page.ids["summary"]["data-warnings"] == str(len(warned) + 2)
    block = text[text.index('<ol id="warnings">') : text.index("</ol>", text.index("warnings"))]
    assert '<a href="#line-9">line 9 does not line up with its header</a>' in block
    assert "<li>a warning about no place</li>" in block
    assert page.ids["line-9"]["tag"] == "th"
    for number, warning in warned:
        assert f'<a href="#record-{number}">#{number}</a>' in block
        assert html.escape(warning) in block


def test_document_text_is_escaped(tmp_path: Path) -> None:
    csv = tmp_path / "evil.csv"
    csv.write_text(
        "指標,単位,目標値,R4年度実績\n"
        '<script>alert(1)</script>,人,100,"<img src=x onerror=alert(1)> ""&amp;"""\n'
        "移住者数,人,50,40\n",
        encoding="utf-8",
    )
    doc = jpkpi.parse(csv)
    text = audit_html(doc)
    assert "<script>alert" not in text and "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt; &quot;&amp;amp;&quot;" in text
    assert text.count("<script>") == 1  # the page's own


def test_table_to_dataframe_fills_spans() -> None:
    table = parsed(XLSX).tables[0]
    frame = table.to_dataframe()
    assert frame.shape == (table.n_rows, table.n_cols)
    assert list(frame.columns) == list(range(table.n_cols))
    spanning = next(c for c in table.cells if c.rowspan > 1 and c.colspan == 1)
    for r in range(spanning.row, spanning.row + spanning.rowspan):
        assert frame.iloc[r, spanning.col] == spanning.text
    wide = next(c for c in table.cells if c.colspan > 1)
    assert {frame.iloc[wide.row, c] for c in range(wide.col, wide.col + wide.colspan)} == {
        wide.text
    }


def test_missing_packages_give_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(jpkpi.JpkpiError, match=r"Table\.to_dataframe needs pandas"):
        parsed(XLSX).tables[0].to_dataframe()
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(jpkpi.MissingDependencyError, match=r"pip install pypdfium2"):
        jpkpi.parse(PDF).audit_html()


# --- the command --------------------------------------------------------------------------------


def test_audit_command_writes_a_page_per_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.pdf"
    status = main(["audit", str(XLSX), str(HTML_DIR), str(missing), str(SEED), "-o", str(out)])
    assert status == 1
    err = capsys.readouterr().err
    assert f"jpkpi: {missing}: " in err and "Traceback" not in err
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert written == sorted(
        [XLSX.name + ".html", SEED.name + ".html"]
        + [p.name + ".html" for p in HTML_DIR.glob("*.html")]
    )
    page = (out / (XLSX.name + ".html")).read_text(encoding="utf-8")
    assert page == parsed(XLSX).audit_html()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no partial file left


def test_audit_command_opens_a_password_pdf(tmp_path: Path) -> None:
    """The password reaches PDFium too, which draws the pages."""
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=PDF)
    writer.encrypt(user_password="kushiro", owner_password="owner", algorithm="AES-128")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    out = tmp_path / "out"
    assert main(["audit", str(locked), "--password", "kushiro", "-o", str(out)]) == 0
    page = _Page((out / "locked.pdf.html").read_text(encoding="utf-8"))
    assert any(s.startswith("data:image/png") for s in page.sources)
    assert page.ids["summary"]["data-records"] == str(len(parsed(PDF).records))
    assert main(["audit", str(locked), "-o", str(out / "no")]) == 1


def test_audit_command_reads_with_pdfium_too(tmp_path: Path) -> None:
    """--pdf-reader pdfium as for parse: its boxes are the ones marked."""
    out = tmp_path / "out"
    assert main(["audit", str(PDF), "--pdf-reader", "pdfium", "-o", str(out)]) == 0
    doc = jpkpi.parse(PDF, pdf_reader="pdfium")
    page = _Page((out / "kushiro_kpi_grid.pdf.html").read_text(encoding="utf-8"))
    assert check_marks(page, doc, records_of(doc)) == sum(
        len(list(_observations(r))) for r in records_of(doc)
    )


def test_audit_command_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("x")
    assert main(["audit", str(SEED), "-o", str(afile)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert main(["audit", str(SEED)]) == 2  # -o is required
    assert main(["audit", str(PDF), "--pages", "x", "-o", str(tmp_path / "o")]) == 2


# --- in a browser -------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(tmp_path: Path, *args: str) -> tuple[str, str]:
    """Run headless Chromium; its standard output and the console lines of its log."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return result.stdout, "\n".join(console)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path.as_uri()


def test_browser_notices_a_console_error(tmp_path: Path) -> None:
    """The console check below can fail: a page whose script throws is caught."""
    url = _write(tmp_path, "broken.html", "<!DOCTYPE html><p>x</p><script>nothing();</script>")
    _, console = chromium(tmp_path, "--dump-dom", url)
    assert "Uncaught ReferenceError" in console


def test_click_on_a_pdf_mark_shows_its_record(tmp_path: Path) -> None:
    doc = parsed(PDF)
    records = records_of(doc)
    number = 5
    url = _write(tmp_path, "kushiro.html", doc.audit_html())
    dom, console = chromium(tmp_path, "--dump-dom", f"{url}?click=m-{number}-0")
    assert console == ""
    page = _Page(dom)
    panel = page.ids["panel"]
    assert "hidden" not in panel and panel["data-record"] == str(number)
    shown = "".join(page.panel_text)
    assert records[number - 1]["indicator"] in shown
    for obs in _observations(records[number - 1]):
        assert obs["raw"] in shown
    selected = [a for a in page.marks if "selected" in a["class"].split()]
    assert {a["data-record"] for a in selected} == {str(number)}
    assert len(selected) == len(list(_observations(records[number - 1]))) + 1
    # the DOM after the script still holds every mark and link
    check_marks(page, doc, records)


def test_record_address_opens_its_panel_in_a_grid(tmp_path: Path) -> None:
    doc = parsed(XLSX)
    records = records_of(doc)
    url = _write(tmp_path, "kushiro-xlsx.html", doc.audit_html())
    dom, console = chromium(tmp_path, "--dump-dom", f"{url}#record-3")
    assert console == ""
    page = _Page(dom)
    assert page.ids["panel"]["data-record"] == "3"
    assert records[2]["indicator"] in "".join(page.panel_text)
    check_marks(page, doc, records)


@pytest.mark.parametrize("path", [SEED_002_PDF, *REAL_PDFS], ids=lambda p: p.name)
def test_pdf_pages_open_with_no_console_error(tmp_path: Path, path: Path) -> None:
    """Seed 002's PDF rendition and the real PDFs: the page loads, its script runs, and every
    mark and outlined cell is still where the HTML put it."""
    doc = parsed(path)
    dom, console = chromium(tmp_path, "--dump-dom", _write(tmp_path, "p.html", doc.audit_html()))
    assert console == ""
    page = _Page(dom)
    check_marks(page, doc, records_of(doc))
    assert len(page.cells) == sum(len(t.cells) for t in doc.tables)


def test_screenshot_of_the_pdf_page(tmp_path: Path) -> None:
    doc = parsed(PDF)
    url = _write(tmp_path, "shot.html", doc.audit_html())
    shot = tmp_path / "shot.png"
    _, console = chromium(
        tmp_path, "--hide-scrollbars", "--window-size=1400,900", f"--screenshot={shot}", url
    )
    assert console == ""
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 50_000


@pytest.mark.parametrize(
    ("rotation", "expected"),
    [
        (0, (10.0, 100.0, 490.0, 650.0)),
        (90, (50.0, 10.0, 650.0, 490.0)),
        (180, (100.0, 50.0, 490.0, 650.0)),
        (270, (100.0, 100.0, 650.0, 490.0)),
    ],
)
def test_a_turned_or_cropped_page_is_drawn_where_its_boxes_are(
    rotation: int, expected: tuple[float, ...]
) -> None:
    """PDFium draws the crop box as the page is seen; the tables' boxes are measured on the seen
    page from the media box's corner: the drawing's place and size on that page."""
    from jpkpi.audit import _seen_crop

    media, crop = (0.0, 0.0, 600.0, 800.0), (10.0, 50.0, 500.0, 700.0)
    assert _seen_crop(media, crop, rotation) == pytest.approx(expected)


def test_a_turned_page_keeps_its_cells_on_the_drawing(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=PDF)
    writer.pages[0].rotate(90)
    turned = tmp_path / "turned.pdf"
    writer.write(turned)
    text = jpkpi.parse(turned).audit_html()
    page = _Page(text)
    size = re.search(r'class="sheet"[^>]* data-size="([^"]+)"', text)
    assert size is not None
    width, height = _box(size[1])
    assert (width, height) == pytest.approx((841.89, 595.3), abs=0.1)
    for a in page.cells:
        x0, top, x1, bottom = _box(a["data-box"])
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height
