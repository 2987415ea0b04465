"""Build the built documents of forms126/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shiraoi_yushikisha_hyoka_h27.xlsx``, a 地方創生先行型事業 有識者評価シート in the manner of 白老町
  (北海道): form fields (交付区分, 担当部署, 交付金充当額 in 円, 事業名, 事業実績) over a KPI grid whose
  Western-year columns 2014（平26）…2019（平31） hold **two rows per KPI, 上段 目標値 and 下段 実績値, told by a
  legend cell merged down at the right**; values are signed changes against 2014 = 100.00; an empty
  numbered row 5; and the PDF;
* ``source/hirakawa_suchi_mokuhyo_r6.xlsx``, a 総合戦略 数値目標の進捗状況 in the manner of 平川市 (青森県):
  基本目標 cells merged down, 実績値 over R2…R6, **a 目標値（R6） cell that also holds the later
  target of the extended plan in brackets (``（R8：9,900）``)**, 億円 in 単位, ``―`` actuals; and the PDF;
* ``source/tamura_kpi_kensho_h28.xlsx``, a 地域創生総合戦略 KPI検証シート in the manner of 田村市 (福島県):
  施策 cells and 事業名 cells merged down, ①/② before two 事業名 of one 施策, H28目標 | H28実績 | 達成率
  beside a 目標値（H31） with ``（累計）``, 万人 in 単位, a ``―`` actual; and the PDF;
* ``gojome_seika_shihyo_r1.html``, a 総合発展計画 後期基本計画 成果指標の進行状況 in the manner of 五城目町
  (秋田県): one ``<h2>`` per 重点プロジェクト, 策定時（H27） | 中間年度（R元） (目標 | 実績) | 最終目標（R3）, units
  inside the cells, ``3.1万人``, a ``―`` actual, a lower-is-better 抑制 indicator.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms126/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms126/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(
    ws,
    row,
    col,
    value,
    header=False,
    fmt=None,
    align=None,
    size=9,
    bold=False,
    valign=None,
    fill=None,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center", vertical=valign or "center", wrap_text=True
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical=valign or "center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(
            horizontal=align or "left", vertical=valign or "center", wrap_text=True
        )
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    """A bordered value merged over c1..c2 of one row."""
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9, border=False):
    """A wrapped paragraph merged over c1..c2 (no border unless asked)."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.page_margins.header = ws.page_margins.footer = 0.25


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it.
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms126_soffice_") as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(
            Path(tmp) / xlsx.with_suffix(".pdf").name, HERE / xlsx.with_suffix(".pdf").name
        )
    print(f"wrote {xlsx.with_suffix('.pdf').name}")


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22


# --------------------------------------------------------------------------------------------
# 白老町 (北海道): 地方創生先行型事業 有識者評価シート（④地域特性）, 平成27年度事業
# --------------------------------------------------------------------------------------------

# Real: 白老町, the sheet's kind and form fields, 基礎交付, 経済振興課（商業グループ）, the 事業名, 10,881,930円,
# the three KPIs with 単位 %, 2014 = 100.00 and the 2015 目標/実績 (+5.00/+26.40, +5.00/+14.40, +3.00/+1.25),
# the 上段/下段 legend and the empty rows. Made up: KPI 4 and its figures, the date, the wording of the texts.
SHIRAOI = [
    ("1", "商品の販売数量", "%", 5.0, 26.4),
    ("2", "商品の販売額", "%", 5.0, 14.4),
    ("3", "観光入込客数", "%", 3.0, 1.25),
    ("4", "外国人観光客の宿泊者数", "%", 10.0, 7.8),
]
SIGNED = '+0.00;"△"0.00;0.00'


def shiraoi() -> Path:
    widths = [5, 26, 6, 9, 9, 9, 9, 9, 9, 11]
    wb, ws = _sheet("有識者評価シート", widths)
    _text(ws, 1, 1, "地方創生先行型事業　有識者評価シート（④地域特性）", bold=True, size=12)
    _text(ws, 2, 10, "平成28年8月", align="right")
    fields = [
        ("自治体名", "北海道　白老町", "交付区分", "基礎交付"),
        ("担当部署", "経済振興課（商業グループ）", "交付金充当額", "10,881,930円"),
    ]
    r = 4
    for k1, v1, k2, v2 in fields:
        _put(ws, r, 1, None, header=True)
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 7, k2, header=True)
        _span(ws, r, 8, 10, v2, align="right" if v2.endswith("円") else None)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "事業名", header=True)
    _span(ws, r, 3, 10, "地域特性を活かした商業・観光振興事業")
    ws.row_dimensions[r].height = 18
    r += 1
    _span(ws, r, 1, 2, "事業実績\n（内容）", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "町内事業者の公募により、地域特性を活かして地場産品の販路拡大や観光誘客の向上に取り組む6事業に助成金"
        "（上限2,000千円）を交付した。あわせて、道内外での誘客活動、多言語観光リーフの作成、虎杖浜・竹浦温泉"
        "地域のスタンプラリー等を実施した。",
        valign="top",
    )
    ws.row_dimensions[r].height = 54
    h = r + 2
    years = [
        "2014\n（平26）",
        "2015\n（平27）",
        "2016\n（平28）",
        "2017\n（平29）",
        "2018\n（平30）",
        "2019\n（平31）",
    ]
    for c, word in enumerate(["", "KPI", "単位", *years, ""], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, target, actual in SHIRAOI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r + 1, 1, None)
        _put(ws, r + 1, 2, None)
        _put(ws, r + 1, 3, None)
        for c in range(4, 10):
            _put(ws, r, c, None)
            _put(ws, r + 1, c, None)
        _put(ws, r, 5, target, fmt=SIGNED)
        _put(ws, r + 1, 4, 100.0, fmt="0.00")
        _put(ws, r + 1, 5, actual, fmt=SIGNED)
        _put(ws, r, 10, "上段:目標値\n下段:実績値", size=8)
        _put(ws, r + 1, 10, None)
        for c in (1, 2, 3, 10):
            _merge(ws, r, c, r + 1, c)
        ws.row_dimensions[r].height = 16
        ws.row_dimensions[r + 1].height = 16
        r += 2
    # an empty numbered row, as on the real sheet
    _put(ws, r, 1, "5", align="center")
    for c in range(2, 11):
        _put(ws, r, c, None)
    ws.row_dimensions[r].height = 16
    r += 2
    _span(ws, r, 1, 2, "取組と課題", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "採択された各事業者が経営力を強化し、2020年の象徴空間開設に向けて地域内商業力の向上に寄与した。"
        "今後は外国人個人旅行者の受入れ強化を継続する。",
        valign="top",
    )
    ws.row_dimensions[r].height = 42
    _notes(ws, r + 2, ["※KPIの数値は、2014（平26）を100.00とした増減率（%）です。"])
    _page(ws, "portrait")
    path = SOURCE / "shiraoi_yushikisha_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平川市 (青森県): 第2期平川市まち・ひと・しごと創生総合戦略 数値目標の進捗状況（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: 平川市, the 第2期 総合戦略 (R2–R6, extended to R8 by the 令和7年3月 revision with new 数値目標), the
# 第2次平川市長期総合プラン (H29–R8). Made up: the sheet, its date, every 基本目標 wording, indicator and figure.
HIRAKAWA = [
    (
        "1",
        "1　安定した雇用を創出する",
        [
            ("市内事業所の従業者数", "人", 9850, (9720, 9690, 9745, 9802, 9830), 10000, 9900),
            ("りんご産出額", "億円", 118.5, (121.0, 127.3, 133.8, 140.2, "―"), 120.0, 145.0),
        ],
    ),
    ("2", "2　新しい人の流れをつくる", [("移住相談件数", "件", 24, (31, 38, 45, 52, 60), 50, 70)]),
    (
        "3",
        "3　結婚・出産・子育ての希望をかなえる",
        [("出生数", "人", 176, (158, 149, 140, 131, 125), 180, 150)],
    ),
    (
        "4",
        "4　安心して暮らせるまちをつくる",
        [
            (
                "「住み続けたい」と思う市民の割合",
                "％",
                72.4,
                ("―", 74.1, "―", 75.0, 76.2),
                75.0,
                None,
            )
        ],
    ),
]


def _fmt(v) -> str:
    return f"{v:,.1f}" if isinstance(v, float) else f"{v:,}"


def hirakawa() -> Path:
    widths = [20, 28, 6, 9, 8, 8, 8, 8, 8, 12]
    wb, ws = _sheet("数値目標", widths)
    _text(
        ws,
        1,
        1,
        "第2期平川市まち・ひと・しごと創生総合戦略　数値目標の進捗状況（令和6年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和7年9月　平川市", align="right")
    _text(ws, 4, 1, "１　基本目標ごとの数値目標", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "基本目標"),
            (2, "数値目標"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (10, "目標値\n（R6）"),
        ],
        [(5, 9, "実績値", ["R2", "R3", "R4", "R5", "R6"])],
    )
    r = h + 2
    for _no, head, rows in HIRAKAWA:
        first = r
        for name, unit, base, actuals, target, later in rows:
            _put(ws, r, 1, head if r == first else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            fmt = "#,##0.0" if isinstance(base, float) else None
            _put(ws, r, 4, base, fmt=fmt)
            for j, v in enumerate(actuals):
                _put(ws, r, 5 + j, v, align="center" if v == "―" else None, fmt=fmt)
            if later is None:
                _put(ws, r, 10, target, fmt=fmt)
            else:
                _put(ws, r, 10, f"{_fmt(target)}\n（R8：{_fmt(later)}）", align="right")
            ws.row_dimensions[r].height = 28
            r += 1
        if r - first > 1:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※目標値欄の（R8：）は、計画期間の延長（令和8年度まで）に伴い令和7年3月に設定した新たな目標値です。",
            "※りんご産出額の令和6年度実績は、統計が未公表のため「―」としています。",
            "※「住み続けたい」と思う市民の割合は隔年の市民意識調査によります（R2・R4は調査なし）。",
            "※令和6年度の総合戦略関連事業費（決算）は412,680千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hirakawa_suchi_mokuhyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田村市 (福島県): 田村市地域創生総合戦略 KPI検証シート（平成28年度）
# --------------------------------------------------------------------------------------------

# Real: 田村市, the 田村市地域創生総合戦略 (H28.1), its 施策1-1…1-5 names and 事業名 (産業団地整備事業,
# 空き店舗活用支援事業, グリーン・ツーリズム活性化事業, ①田村市特産品PR事業, ②農業6次産業化推進事業), あぶくま洞.
# Made up: the sheet, its date, every KPI and figure, the note.
TAMURA = [
    (
        "施策1-1\n工業振興",
        [("産業団地整備事業", [("企業誘致件数", "件", 0, 2, 1, "50.0%", "5（累計）")])],
    ),
    (
        "施策1-2\n商業振興",
        [("空き店舗活用支援事業", [("空き店舗活用件数", "件", 2, 3, 4, "133.3%", "10（累計）")])],
    ),
    (
        "施策1-3\n観光振興",
        [
            (
                "グリーン・ツーリズム活性化事業",
                [
                    ("グリーン・ツーリズム体験者数", "人", 1250, 1500, 1380, "92.0%", 2000),
                    ("あぶくま洞の入洞者数", "万人", 22.4, 23.0, 21.8, "94.8%", 25.0),
                ],
            )
        ],
    ),
    (
        "施策1-5\n農業振興",
        [
            ("①田村市特産品PR事業", [("特産品PRイベントへの出展回数", "回", 3, 5, 5, "100.0%", 6)]),
            (
                "②農業6次産業化推進事業",
                [("6次産業化に取り組む事業者数", "事業者", 4, 6, "―", "―", 10)],
            ),
        ],
    ),
]


def tamura() -> Path:
    widths = [11, 20, 26, 7, 9, 8, 8, 8, 10]
    wb, ws = _sheet("KPI検証", widths)
    _text(ws, 1, 1, "田村市地域創生総合戦略　KPI検証シート（平成28年度）", bold=True, size=12)
    _text(ws, 2, 9, "平成29年9月　田村市", align="right")
    _text(ws, 4, 1, "施策1：産業振興戦略", bold=True, size=11)
    h = 5
    heads = [
        "施策",
        "事業名",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "H28目標",
        "H28実績",
        "達成率",
        "目標値\n（H31）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for policy, projects in TAMURA:
        p_first = r
        for project, kpis in projects:
            first = r
            for name, unit, base, target, actual, rate, final in kpis:
                _put(ws, r, 1, policy if r == p_first else None, align="center")
                _put(ws, r, 2, project if r == first else None)
                _put(ws, r, 3, name)
                _put(ws, r, 4, unit, align="center")
                for c, v in ((5, base), (6, target), (7, actual), (9, final)):
                    fmt = "0.0" if isinstance(v, float) else None
                    _put(ws, r, c, v, align="center" if v == "―" else "right", fmt=fmt)
                _put(ws, r, 8, rate, align="center" if rate == "―" else "right")
                ws.row_dimensions[r].height = 24
                r += 1
            if r - first > 1:
                _merge(ws, first, 2, r - 1, 2)
        if r - p_first > 1:
            _merge(ws, p_first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、H28目標に対するH28実績の割合です。（累計）は平成27～31年度の累計値です。",
            "※6次産業化に取り組む事業者数の平成28年度実績は、県の調査結果の公表待ちのため「―」としています。",
            "※本市の人口は38,503人（平成27年国勢調査）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tamura_kpi_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 五城目町 (秋田県南秋田郡): 五城目町総合発展計画 後期基本計画 成果指標の進行状況（中間年度）
# --------------------------------------------------------------------------------------------

# Real: 五城目町, the 総合発展計画 後期基本計画 (H29–R3; 中間年度 令和元年, 最終年度 令和3年度 に成果指標を公表),
# its 将来像 and three 重点プロジェクト (幸せづくり（少子化対策）, 元気づくり, 安心づくり), the 町民まちづくり
# アンケート, the 朝市. Made up: the page's date, the projects' bracketed themes after the first, every
# indicator and figure.
GOJOME = [
    (
        "重点プロジェクト1　幸せづくり（少子化対策）",
        [
            ("出生数", "52人", "55人", "38人", "60人"),
            ("婚姻件数", "34件", "35件", "29件", "40件"),
            ("「子育てしやすいまち」と感じる町民の割合", "41.5%", "45.0%", "47.8%", "50.0%"),
        ],
    ),
    (
        "重点プロジェクト2　元気づくり（産業振興・移住定住対策）",
        [
            ("五城目朝市の来場者数", "2.8万人", "3.0万人", "3.1万人", "3.2万人"),
            ("新規就農者数", "2人", "3人", "―", "4人"),
        ],
    ),
    (
        "重点プロジェクト3　安心づくり（高齢化対策）",
        [("要介護認定率の上昇抑制", "19.8%", "20.5%", "20.1%", "21.0%")],
    ),
]


def gojome_html() -> str:
    parts = []
    for head, rows in GOJOME:
        body = "\n".join(
            "<tr><td>"
            + name
            + "</td>"
            + "".join(f'<td class="num">{c}</td>' for c in cells)
            + "</tr>"
            for name, *cells in rows
        )
        parts.append(
            f"""<h2>{head}</h2>
<table border="1">
<tr><th rowspan="2">成果指標</th><th rowspan="2">策定時<br>（H27）</th><th colspan="2">中間年度（R元）</th><th rowspan="2">最終目標<br>（R3）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
{body}
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>五城目町総合発展計画後期基本計画の進行状況を公表します｜五城目町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>五城目町総合発展計画後期基本計画の進行状況を公表します</h1>
<p>令和2年3月　五城目町 まちづくり課</p>
<p>将来像『人とまちが響合う　こころやすらぐ悠紀の郷　五城目』の実現に向け、後期基本計画（平成29年度～令和3年度）の3つの重点プロジェクトに掲げた成果指標について、中間年度（令和元年度）の状況を町民まちづくりアンケート調査等によりとりまとめました。</p>
{tables}
<p>※「子育てしやすいまち」と感じる町民の割合は、町民まちづくりアンケート調査（回答者612人）によります。</p>
<p>※新規就農者数の令和元年度実績は集計中です。令和元年度の重点プロジェクト関連事業費は、約1億2千万円です。</p>
</body>
</html>
"""


def gojome() -> Path:
    path = HERE / "gojome_seika_shihyo_r1.html"
    path.write_bytes(gojome_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shiraoi, hirakawa, tamura):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {gojome().name}")


if __name__ == "__main__":
    main()
