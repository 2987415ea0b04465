"""Build the documents of forms372/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/miyawaka_senryaku_saishu_kensho_r6.xlsx``, a 第2期総合戦略 KPI最終検証シート in the manner of
  宮若市 (福岡県), landscape: a 基本目標 column merged down over its KPI rows, **a note row inside the
  grid** between two KPI rows of the same 基本目標, a 単位 ``千人``, **actual cells with a running total in
  brackets** (``18（累計33）``), a 評価 column of words; and the PDF;
* ``taku_senryaku_kpi_saishu_r1.xlsx``, a workbook left as it is: a 総合戦略 KPI最終実績一覧 in the manner
  of 多久市 (佐賀県), with 基本目標 band rows inside the grid, ``H27`` … ``R元`` columns under
  ``目標値（H31）``, **percentages stored as fractions with a ``0.0%`` number format**, blank cells before
  a facility opened, and **a 備考 that dates one cell to a month end** (``R元は令和2年2月末現在``);
* ``source/usa_shisaku_hyoka_r5.xlsx``, a 総合計画 後期基本計画 施策評価シート in the manner of 宇佐市
  (大分県), portrait: **each indicator a block of three rows, 目標 / 実績 / 達成率**, the baseline merged
  down the block, ``千人`` and ``億円`` in 単位; and the PDF;
* ``nago_ikkatsu_kensho_r5.html``, a 沖縄振興特別推進市町村交付金 事業検証 page in the manner of 名護市
  (沖縄県): breadcrumb, ``<h1>``, date line, one ``<table>`` where **each 事業 has a 活動指標 row and a
  成果指標 row** (``<td rowspan>`` 事業 cells and a 担当課 column), **no 単位 column: the unit is written
  in the target cell only** (``12回`` beside ``14``), a ◎/○/△ 達成状況 with its legend.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms372/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms372/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, key, value, c1, c2, height=18):
    """A form field: a shaded key cell in column 1..c1, the value merged over c1+1..c2."""
    _span(ws, row, 1, c1, key, header=True)
    _span(ws, row, c1 + 1, c2, value)
    ws.row_dimensions[row].height = height


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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms372_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 宮若市 (福岡県): 第2期宮若市まち・ひと・しごと創生総合戦略 KPI最終検証シート
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its start in 令和2年 and end with 令和6年度, the 第3期 that follows, the
# merger of 宮田町 and 若宮町 on 平成18年2月11日, 139.99km², 26,298人 (2020), 約35km, 脇田温泉.
# Made up: the 課, every KPI, figure, note and 評価.
MW_BLOCKS = [
    (
        "しごとをつくり、安心して働けるまち",
        [
            (1, "市内立地企業の新規雇用者数", "人", 118, [96, 104, 131, 140, 152], 150, "達成"),
            (2, "新規就農者数", "人", 4, [3, 5, 2, 4, 6], 5, "達成"),
        ],
        None,
    ),
    (
        "新しいひとの流れをつくり、にぎわうまち",
        [
            (3, "観光入込客数", "千人", 1024, [612, 745, 880, 1013, 1066], 1100, "未達成"),
            (
                4,
                "脇田温泉地区の宿泊者数",
                "人",
                38500,
                [21300, 24900, 30120, 35470, 37800],
                40000,
                "未達成",
            ),
            (
                5,
                "移住相談窓口を通じた移住者数",
                "人",
                12,
                [15, "18（累計33）", "21（累計54）", "19（累計73）", "24（累計97）"],
                25,
                "未達成",
            ),
        ],
        (
            2,
            "※No.3・No.4：令和2年度・令和3年度は新型コロナウイルス感染症の影響により大きく減少しました。"
            "No.3は令和4年度から観光庁の共通基準により集計しています（令和3年度以前は旧基準）。",
        ),
    ),
]


def miyawaka() -> Path:
    wb, ws = _sheet("KPI最終検証", [18, 5, 30, 6, 9, 9, 9, 9, 9, 9, 9, 8])
    _text(
        ws,
        1,
        1,
        "第２期宮若市まち・ひと・しごと創生総合戦略　ＫＰＩ最終検証シート",
        bold=True,
        size=14,
    )
    _text(ws, 2, 12, "令和7年6月　宮若市 企画政策課", align="right")
    _field(ws, 4, "戦略の名称", "第2期宮若市まち・ひと・しごと創生総合戦略", 2, 12)
    _field(
        ws,
        5,
        "計画期間",
        "令和2年度～令和6年度（5年間）　※令和7年度からは第3期宮若市まち・ひと・しごと創生総合戦略（宮若市デジタル田園都市国家構想総合戦略）に移行",
        2,
        12,
    )
    _field(ws, 6, "担当課", "企画政策課", 2, 12)
    _field(
        ws,
        7,
        "市の概要",
        "平成18年2月11日に鞍手郡宮田町と若宮町が合併して誕生。面積139.99km²、人口26,298人（令和2年国勢調査）。"
        "福岡市・北九州市からそれぞれ約35kmに位置し、自動車関連産業の集積と脇田温泉・竹原古墳などの地域資源を有する。",
        2,
        12,
        height=32,
    )
    _text(ws, 9, 1, "■基本目標ごとの重要業績評価指標（KPI）", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "基本目標"),
        (2, "No."),
        (3, "重要業績評価指標（KPI）"),
        (4, "単位"),
        (12, "評価"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "基準値", header=True)
    _put(ws, h + 1, 5, "H30年度", header=True)
    _span(ws, h, 6, 10, "実績値", header=True)
    for j, y in enumerate(["2020年度", "2021年度", "2022年度", "2023年度", "2024年度"]):
        _put(ws, h + 1, 6 + j, y, header=True)
    _put(ws, h, 11, "目標値", header=True)
    _put(ws, h + 1, 11, "R6年度", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for goal, rows, note in MW_BLOCKS:
        top = r
        for k, (no, name, unit, base, acts, target, grade) in enumerate(rows):
            if note is not None and note[0] == k:
                _span(ws, r, 2, 12, note[1], size=8, fill=LIGHT)
                ws.row_dimensions[r].height = 26
                r += 1
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _put(ws, r, 5, base)
            for j, v in enumerate(acts):
                _put(ws, r, 6 + j, v, align="right")
            _put(ws, r, 11, target)
            _put(ws, r, 12, grade, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, top, 1, goal)
        _merge(ws, top, 1, r - 1, 1)
    _text(
        ws,
        r + 1,
        1,
        "評価：2024年度（R6年度）の実績値が目標値以上のものを「達成」、目標値未満のものを「未達成」とした。",
        size=8,
    )
    _text(ws, r + 2, 1, "※No.5の（　）内は令和2年度からの累計人数。", size=8)
    _page(ws, "landscape")
    path = SOURCE / "miyawaka_senryaku_saishu_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多久市 (佐賀県): 多久市まち・ひと・しごと創生総合戦略 KPI最終実績一覧（workbook）
# --------------------------------------------------------------------------------------------

# Real: the strategy and its period (2015年度～2019年度), the four 基本目標 idea, 女山大根・桐岡ナス, the
# 観光宿泊施設 in the former ゆうらく (約15億円, 2018年度開館目標), 多久聖廟 (宝永5年, 1708年), the 1954 merger,
# 96.56km², 18,137人 (推計, 2021年5月1日). Made up: the 課, every KPI, figure and remark.
PCT = "0.0%"
TK_BLOCKS = [
    (
        "基本目標１　地方における安定した雇用を創出する",
        [
            ("①", "企業誘致による新規雇用者数", "人", 35, [28, 41, 55, 62, 48], 50, ""),
            (
                "②",
                "伝統野菜（女山大根・桐岡ナス）の出荷量",
                "t",
                12.5,
                [13.1, 14.0, 12.2, 15.8, 16.4],
                18.0,
                "",
            ),
        ],
    ),
    (
        "基本目標２　多久市への新しい人の流れをつくる",
        [
            (
                "③",
                "観光宿泊施設の宿泊者数",
                "人",
                "―",
                ["", "", "", 8420, 11960],
                15000,
                "平成30年度開館。R元は令和2年2月末現在",
            ),
            ("④", "定住奨励金の利用件数", "件", 32, [36, 41, 39, 45, 50], 45, ""),
        ],
    ),
    (
        "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            (
                "⑤",
                "子育て支援に満足している保護者の割合",
                "％",
                0.712,
                ["―", 0.745, "―", 0.780, "―"],
                0.80,
                "隔年調査（H28・H30実施）",
            ),
        ],
    ),
]


def taku() -> Path:
    wb, ws = _sheet("KPI最終実績", [5, 34, 6, 10, 9, 9, 9, 9, 9, 10, 26])
    _text(
        ws,
        1,
        1,
        "多久市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）最終実績一覧",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和3年6月　多久市 企画課", align="right")
    _field(ws, 4, "戦略の名称", "多久市まち・ひと・しごと創生総合戦略", 2, 11)
    _field(ws, 5, "計画期間", "平成27年度～平成31年度（5年間）", 2, 11)
    _field(ws, 6, "担当課", "企画課", 2, 11)
    _field(
        ws,
        7,
        "市の概要",
        "昭和29年に北多久町・多久村など5町村が合併して発足。面積96.56km²、人口18,137人（令和3年5月1日推計）。"
        "宝永5年（1708年）建立の多久聖廟を有する「孔子の里」。戦略期間中、旧ゆうらく跡を約15億円で改修し観光宿泊施設を整備した。",
        2,
        11,
        height=32,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の最終実績", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (10, "目標値\n（H31）"),
        (11, "備考"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 9, "実績値", header=True)
    for j, y in enumerate(["H27", "H28", "H29", "H30", "R元"]):
        _put(ws, h + 1, 5 + j, y, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for band, rows in TK_BLOCKS:
        _span(ws, r, 1, 11, band, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for label, name, unit, base, acts, target, note in rows:
            pct = unit == "％"
            _put(ws, r, 1, label, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in [(4, base), *zip(range(5, 10), acts), (10, target)]:
                if v == "":
                    _put(ws, r, c, None)
                elif v == "―":
                    _put(ws, r, c, v, align="center")
                else:
                    _put(ws, r, c, v, fmt=PCT if pct else None)
            _put(ws, r, 11, note, size=8)
            ws.row_dimensions[r].height = 24
            r += 1
    _text(
        ws,
        r + 1,
        1,
        "※平成31年度は令和元年度（2019年度）。実績値は各年度末現在。空欄は施設開館前。",
        size=8,
    )
    _page(ws, "landscape")
    path = HERE / "taku_senryaku_kpi_saishu_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇佐市 (大分県): 第二次宇佐市総合計画 後期基本計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第二次宇佐市総合計画 and its 後期基本計画, the goal 「定住満足度日本一、交流満足度日本一のまち」,
# the merger of 平成17年3月31日 (宇佐市・安心院町・院内町), 439.05km², 49,896人 (2024年10月1日),
# 宇佐神宮 (神亀2年・725年), 安心院 グリーンツーリズム. Made up: period wording, 施策, 課, indicators, figures.
US_ROWS = [
    (
        1,
        "グリーンツーリズム農泊受入者数",
        "人",
        6850,
        [7000, 7200, 7400, 7600, 7800],
        [1240, 2310, 4980, 7710],
    ),
    (2, "観光入込客数", "千人", 3512, [2800, 3000, 3300, 3500, 3600], [1905, 2216, 2874, 3368]),
    (3, "観光消費額", "億円", 98.4, [80.0, 85.0, 90.0, 95.0, 100.0], [52.6, 61.3, 83.7, 97.2]),
    (4, "宇佐神宮周辺の空き店舗活用件数（累計）", "件", 3, [5, 7, 9, 11, 13], [4, 6, 9, 10]),
]


def usa() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 28, 6, 10, 7, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "令和６年度　施策評価シート（令和５年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年8月　宇佐市", align="right")
    _field(ws, 4, "総合計画", "第二次宇佐市総合計画　後期基本計画（令和2年度～令和6年度）", 2, 10)
    _field(ws, 5, "施策", "3-2　グリーンツーリズムと観光の振興", 2, 10)
    _field(ws, 6, "担当課", "観光まちづくり課", 2, 10)
    _field(
        ws,
        7,
        "市の概要",
        "平成17年3月31日に宇佐市・安心院町・院内町の1市2町が合併。面積439.05km²、人口49,896人（2024年10月1日推計）。"
        "神亀2（725）年造営の宇佐神宮をはじめ文化財が多く、「定住満足度日本一、交流満足度日本一のまち」を目指している。",
        2,
        10,
        height=44,
    )
    _text(ws, 9, 1, "１　成果指標の推移", bold=True, size=11)
    h = 10
    for c, word in [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（R元）"), (5, "区分")]:
        _put(ws, h, c, word, header=True)
    for j, y in enumerate(["R2", "R3", "R4", "R5", "R6"]):
        _put(ws, h, 6 + j, y, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, base, targets, acts in US_ROWS:
        for c, v, align in [
            (1, no, "center"),
            (2, name, None),
            (3, unit, "center"),
            (4, base, None),
        ]:
            _put(ws, r, c, v, align=align)
            _merge(ws, r, c, r + 2, c)
        for k, word in enumerate(["目標", "実績", "達成率"]):
            _put(ws, r + k, 5, word, align="center", fill=LIGHT if k == 2 else None)
        for j, t in enumerate(targets):
            _put(ws, r, 6 + j, t)
        for j in range(5):
            a = acts[j] if j < len(acts) else ""
            _put(ws, r + 1, 6 + j, a)
            rate = f"{acts[j] / targets[j] * 100:.1f}%" if j < len(acts) else "－"
            _put(ws, r + 2, 6 + j, rate, align="right", size=8, fill=LIGHT)
        for k in range(3):
            ws.row_dimensions[r + k].height = 17
        r += 3
    _text(ws, r + 1, 1, "※達成率＝実績÷目標×100。R6の実績は令和7年度に確定予定。", size=8)
    _text(ws, r + 3, 1, "２　施策の評価", bold=True, size=11)
    cell = ws.cell(
        row=r + 4,
        column=1,
        value="評価：B（概ね順調）　観光入込客数はコロナ禍前の水準に戻りつつあり、農泊受入者数はR5に目標を上回った。空き店舗の活用は1件の閉店があり目標を下回った。",
    )
    cell.font = Font(name=FONT, size=9)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for c in range(1, 11):
        ws.cell(row=r + 4, column=c).border = BORDER
    ws.merge_cells(start_row=r + 4, start_column=1, end_row=r + 4, end_column=10)
    ws.row_dimensions[r + 4].height = 34
    _page(ws, "portrait")
    path = SOURCE / "usa_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 名護市 (沖縄県): 沖縄振興特別推進市町村交付金 事業の検証結果（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: the 交付金 and its start in 平成24年度, 地域政策部 企画情報課, the 1970 merger of five 町村,
# 210.80km², 64,659人 (2024年10月1日), the spring camp since 1979, カンヒザクラ, 羽地内海.
# Made up: the 事業, their periods, 課, indicators, figures and marks.
NG_BLOCKS = [
    (
        "1-①",
        "観光誘客促進事業（名護さくら祭り・スポーツキャンプ受入）",
        "H24～R8",
        "商工・観光課",
        [
            ("活動指標", "観光プロモーションの実施回数", "12回", "14", "◎"),
            ("成果指標", "スポーツキャンプ・合宿の受入団体数", "40団体", "36", "○"),
        ],
    ),
    (
        "2-①",
        "若年者就労支援事業",
        "H29～R6",
        "商工・観光課",
        [
            ("活動指標", "就労支援セミナーの開催回数", "24回", "24", "◎"),
            ("成果指標", "セミナー受講後の就職者数", "60人", "41", "△"),
        ],
    ),
    (
        "3-①",
        "羽地内海環境保全事業",
        "R3～R7",
        "環境対策課",
        [
            ("活動指標", "海岸清掃活動への参加者数", "延べ800人", "延べ1,020", "◎"),
            ("成果指標", "海岸漂着ごみの回収量", "15.0t", "16.4", "◎"),
        ],
    ),
]


def nago_html() -> str:
    rows = []
    for no, name, span, ka, inds in NG_BLOCKS:
        for k, (kubun, ind, target, actual, mark) in enumerate(inds):
            head = (
                f'<td rowspan="{len(inds)}" class="c">{no}</td><td rowspan="{len(inds)}">{name}</td>'
                f'<td rowspan="{len(inds)}" class="c">{span}</td><td rowspan="{len(inds)}">{ka}</td>'
                if k == 0
                else ""
            )
            rows.append(
                f'<tr>{head}<td class="c">{kubun}</td><td>{ind}</td>'
                f'<td class="num">{target}</td><td class="num">{actual}</td><td class="c">{mark}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和5年度 沖縄振興特別推進市町村交付金事業の検証結果 - 名護市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; 沖縄振興特別推進市町村交付金</p>
<h1>令和5年度 沖縄振興特別推進市町村交付金事業の検証結果</h1>
<p class="date">掲載日：2024年8月30日　担当：地域政策部 企画情報課</p>
<p>沖縄振興特別推進市町村交付金は、沖縄の特殊性に基因する課題の解決に向けて、市町村が主体的に事業を選択して実施できる交付金として平成24年度に創設されました。名護市は昭和45年（1970年）8月1日に名護町・屋部村・羽地村・屋我地村・久志村の5町村が合併して誕生した、面積210.80km²、人口64,659人（2024年10月1日推計）のまちです。1979年から続くプロ野球の春季キャンプや、1月のカンヒザクラの開花に合わせた名護さくら祭りには毎年多くの来訪者があります。</p>
<p>令和5年度に本交付金を活用して実施した事業のうち、主なもの3事業について、活動指標と成果指標の目標と実績を検証しました。</p>
<h2>事業別の活動指標・成果指標の達成状況（令和5年度）</h2>
<p>【凡例】◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：一部達成（50％以上80％未満）　×：未達成（50％未満）</p>
<table>
<thead>
<tr><th>事業番号</th><th>事業名</th><th>計画期間</th><th>担当課</th><th>指標区分</th><th>指標</th><th>R5目標</th><th>R5実績</th><th>達成状況</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※計画期間は交付金事業としての実施期間です。</p>
<h2>今後の方向性</h2>
<p>スポーツキャンプの受入団体数は、令和6年2月の大雨による施設の一部使用中止があり目標を下回りました。引き続き21世紀ビジョン基本計画に沿って事業を推進します。</p>
</body>
</html>
"""


def nago() -> Path:
    path = HERE / "nago_ikkatsu_kensho_r5.html"
    path.write_bytes(nago_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (miyawaka, usa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {taku().name}")
    print(f"wrote {nago().name}")


if __name__ == "__main__":
    main()
