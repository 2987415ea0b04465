"""Build the built documents of forms46/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/horonobe_jisshi_jisseki_h27.xlsx``, a sheet in the manner of 幌延町 (北海道) 第5次幌延町総合計画
  実施計画（平成27年度実績）: **a 実績総括表 of counts and money above the 実績明細書, whose rows are 事業
  with their 事業費 (計画 | 決算, 千円) beside one or two 成果指標 (目標 | 実績 | 進捗率)**, a 事業 with
  no indicator (`―`), a range target (`95～100`); and from it ``horonobe_jisshi_jisseki_h27.pdf``;
* ``source/kurobe_omona_shihyo_2017.xlsx``, a sheet in the manner of 黒部市 (富山県) 第2次黒部市総合振興
  計画 前期基本計画: **a 基本事業 / 事業メニュー table with a 計画期間 and ● 役割分担 columns above a
  `主な指標と目標値` grid whose headers carry Western calendar years with the era in brackets
  (`現状（2017年（平成29年））`)**, `以上` targets, a `累計` cell; and from it ``kurobe_omona_shihyo_2017.pdf``;
* ``source/murakami_senryaku_kpi_h29.xlsx``, a sheet in the manner of 村上市 (新潟県) 村上市総合戦略 KPI
  の進捗: **`H29見込` beside two actual years, a scale word in the 単位 column (`千人`), a `KPI達成状況`
  count row under the grid**; and from it ``murakami_senryaku_kpi_h29.pdf``;
* ``yurihonjo_kensho_r4.html``, a page in the manner of 由利本荘市 (秋田県) 第2期由利本荘市総合戦略 施策等
  効果検証: **`施策` cells spanning their KPIs (`rowspan`), a `前年度比` column of signed changes
  (`+32人`, `△1.4ポイント`) between the R4 actual and the R6 target, a `進捗` word column**.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import itertools
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
    wb.properties.creator = "forms46/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms46/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
    with tempfile.TemporaryDirectory(prefix="forms46_soffice_") as tmp:
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
# 幌延町 (北海道): 第5次幌延町総合計画 実施計画（平成27年度実績） — 総括表、事業ごとの事業費と成果指標
# --------------------------------------------------------------------------------------------

# Real (第5次幌延町総合計画 実施計画（平成27年度実績）, 平成28年8月, vdocuments.mx copy): the title, the
# date, the parts 1 実施計画の実績総括表 / 2 実施計画の実績明細書, the chapter and section names. Made up:
# the 総括表's figures, every 事業, 担当課, money, indicator and figure of the 明細書, the notes.
HORONOBE_SUM = [
    # (章, 計画事業数, 実施事業数, 計画事業費, 決算額)
    ("第1章　町民と行政との協働のまちづくり", 18, 17, 84210, 79863),
    ("第2章　夢と活力あふれるまちづくり", 31, 30, 412580, 398114),
    ("合計", 49, 47, 496790, 477977),
]
HORONOBE = [
    # (No., 事業名, 担当課, 計画, 決算, [(成果指標, 単位, 目標, 実績, 進捗率)])
    (
        "1",
        "酪農ヘルパー利用支援事業",
        "産業振興課",
        6800,
        6512,
        [
            ("酪農ヘルパー利用日数", "日", 1200, 1236, "103.0%"),
            ("ヘルパー利用農家戸数", "戸", 40, 38, "95.0%"),
        ],
    ),
    (
        "2",
        "草地整備事業",
        "産業振興課",
        58300,
        55870,
        [("草地更新面積", "ha", 120.0, 112.5, "93.8%")],
    ),
    ("3", "農業用水施設維持管理事業", "産業振興課", 3150, 3098, [("―", "", "", "", "")]),
    (
        "4",
        "町有林整備事業",
        "産業振興課",
        21400,
        21400,
        [("町有林の間伐実施面積", "ha", 35.0, 35.0, "100.0%")],
    ),
    (
        "5",
        "鳥獣被害防止対策事業",
        "産業振興課",
        4720,
        4655,
        [
            ("エゾシカ捕獲頭数", "頭", 300, 352, "117.3%"),
            ("農作物被害の防止率", "％", "95～100", 96.4, "―"),
        ],
    ),
]


def horonobe() -> Path:
    widths = [5, 24, 11, 10, 10, 24, 6, 9, 9, 9]
    wb, ws = _sheet("実績明細書", widths)
    _text(ws, 1, 1, "第5次幌延町総合計画　実施計画（平成27年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "平成28年8月　幌延町", align="right", size=9)
    _text(ws, 4, 1, "1　実施計画の実績総括表", bold=True, size=10)
    h = 5
    head = ["章", "", "", "計画事業数", "実施事業数", "計画事業費（千円）", "", "決算額（千円）"]
    _span(ws, h, 1, 3, "章", header=True)
    _put(ws, h, 4, head[3], header=True)
    _put(ws, h, 5, head[4], header=True)
    _span(ws, h, 6, 7, head[5], header=True)
    _span(ws, h, 8, 9, head[7], header=True)
    r = h + 1
    for name, plan_n, done_n, plan_y, done_y in HORONOBE_SUM:
        _span(ws, r, 1, 3, name, bold=name == "合計")
        _put(ws, r, 4, plan_n)
        _put(ws, r, 5, done_n)
        _span(ws, r, 6, 7, plan_y)
        _span(ws, r, 8, 9, done_y)
        r += 1
    _text(ws, r + 1, 1, "2　実施計画の実績明細書", bold=True, size=10)
    _text(ws, r + 2, 1, "第2章　夢と活力あふれるまちづくり（産業の振興）", bold=True, size=10)
    _text(ws, r + 3, 1, "第1節　農林業の振興", bold=True, size=10)
    h1 = r + 4
    h2 = h1 + 1
    for c, word in ((1, "No."), (2, "事業名"), (3, "担当課"), (6, "成果指標"), (7, "単位")):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 4, 5, "事業費（千円）", header=True)
    _span(ws, h1, 8, 10, "平成27年度", header=True)
    for c, word in ((4, "計画"), (5, "決算"), (8, "目標"), (9, "実績"), (10, "進捗率")):
        _put(ws, h2, c, word, header=True)
    r = h2 + 1
    for no, name, dept, plan, done, inds in HORONOBE:
        first = r
        for ind, unit, target, actual, rate in inds:
            _put(ws, r, 6, ind, align="center" if ind == "―" else None)
            _put(ws, r, 7, unit, align="center")
            fmt = "0.0" if isinstance(target, float) or unit == "％" else "#,##0"
            _put(ws, r, 8, target, fmt=fmt)
            _put(ws, r, 9, actual, fmt="0.0" if isinstance(actual, float) else "#,##0")
            _put(ws, r, 10, rate, align="right" if rate != "―" else "center")
            ws.row_dimensions[r].height = 18
            r += 1
        for c, v in ((1, no), (2, name), (3, dept), (4, plan), (5, done)):
            _put(ws, first, c, v, align="center" if c in (1, 3) else None)
            for rr in range(first + 1, r):
                _put(ws, rr, c, None)
            if r - 1 > first:
                _merge(ws, first, c, r - 1, c)
    _text(ws, r, 1, "※進捗率は、目標に対する実績の割合です。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※農業用水施設維持管理事業は施設の維持管理のため、成果指標を設定していません。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※農作物被害の防止率は目標を幅で設定しているため、進捗率を算出していません。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "horonobe_jisshi_jisseki_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 黒部市 (富山県): 第2次黒部市総合振興計画 前期基本計画 — 基本事業と役割分担、主な指標と目標値
# --------------------------------------------------------------------------------------------

# Real (第2次黒部市総合振興計画 前期基本計画, pdfslide copy): the plan's name, 施策の内容 with 基本事業 and
# 事業メニュー, 計画期間, 役割分担, 主な指標と目標値, and the note on the 現状（2017年（平成29年）） column.
# Made up: the 施策区分 number and name, every 基本事業, menu, period, mark, indicator and figure.
KUROBE_MENU = [
    # (基本事業, 事業メニュー, 計画期間, 市民, 事業者, 行政)
    ("観光資源の磨き上げ", "宇奈月温泉街の景観整備", "2018～2022", "", "●", "●"),
    ("観光資源の磨き上げ", "黒部峡谷の周遊ルートづくり", "2018～2020", "", "●", "●"),
    ("受入体制の充実", "観光ボランティアガイドの育成", "2018～2022", "●", "", "●"),
    ("受入体制の充実", "外国人観光客向け案内表示の多言語化", "2019～2021", "", "●", "●"),
]
KUROBE = [
    # (指標名, 単位, 現状, 目標)
    ("観光客入込数", "万人", 297.4, 320.0),
    ("宇奈月温泉の宿泊者数", "人", 412380, 450000),
    ("外国人宿泊者数", "人", 21640, 40000),
    ("観光ボランティアガイドの登録者数", "人", 46, "累計80"),
    ("観光客の満足度（「満足」「やや満足」の割合）", "％", 71.8, "80.0以上"),
]


def kurobe() -> Path:
    widths = [24, 26, 13, 9, 9, 14]
    wb, ws = _sheet("施策の内容", widths)
    _text(ws, 1, 1, "第2次黒部市総合振興計画　前期基本計画", size=9)
    _text(ws, 2, 1, "施策区分14　観光の振興", bold=True, size=13)
    _text(ws, 2, 6, "黒部市", align="right", size=9)
    _text(ws, 4, 1, "３　施策の内容", bold=True, size=11)
    _text(ws, 5, 1, "（１）基本事業と事業メニュー", bold=True, size=10)
    h1, h2 = 6, 7
    for c, word in ((1, "基本事業"), (2, "事業メニュー"), (3, "計画期間")):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 4, 6, "役割分担", header=True)
    for c, word in ((4, "市民"), (5, "事業者"), (6, "行政")):
        _put(ws, h2, c, word, header=True)
    r = h2 + 1
    starts = {}
    for basic, menu, period, a, b, c3 in KUROBE_MENU:
        starts.setdefault(basic, r)
        _put(ws, r, 1, basic if starts[basic] == r else None)
        _put(ws, r, 2, menu)
        _put(ws, r, 3, period, align="center")
        for c, v in ((4, a), (5, b), (6, c3)):
            _put(ws, r, c, v, align="center")
        ws.row_dimensions[r].height = 18
        r += 1
    ends = [*starts.values(), r]
    for a, b in itertools.pairwise(ends):
        if b - 1 > a:
            _merge(ws, a, 1, b - 1, 1)
    _text(ws, r + 1, 1, "（２）主な指標と目標値", bold=True, size=10)
    h = r + 2
    for c, word in enumerate(
        ["指標名", "", "単位", "現状（2017年（平成29年））", "", "目標（2022年）"], start=1
    ):
        if c in (2, 5):
            continue
        if c == 1:
            _span(ws, h, 1, 2, word, header=True)
        elif c == 4:
            _span(ws, h, 4, 5, word, header=True)
        else:
            _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for name, unit, now, goal in KUROBE:
        _span(ws, r, 1, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "#,##0.0" if isinstance(now, float) else "#,##0"
        _span(ws, r, 4, 5, now, fmt=fmt)
        _put(ws, r, 6, goal, fmt=fmt, align="right")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(
        ws,
        r,
        1,
        "※「現状（2017年（平成29年））」欄は、当該年において把握できる直近の数値を記載しています。",
        size=8,
    )
    _text(ws, r + 1, 1, "※登録者数の目標は、2018年からの累計です。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "kurobe_omona_shihyo_2017.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 村上市 (新潟県): 村上市総合戦略 KPIの進捗 — H29見込、単位欄の千人、達成状況の集計行
# --------------------------------------------------------------------------------------------

# Real (村上市総合戦略, paperzz copy): the strategy's name, its period 平成27年度～平成31年度, the four
# 政策の方向性, 進捗の管理と検証. Made up: the direction's wording, every KPI and figure, the count row.
MURAKAMI = [
    # (KPI, 単位, 基準値（H26）, H27実績, H28実績, H29見込, 目標値（H31）)
    ("新規就農者数", "人", 8, 11, 9, 12, 15),
    ("観光入込客数", "千人", 2150, 2231, 2298, 2350, 2500),
    ("創業支援による創業件数", "件", 3, 5, 7, "―", 10),
    ("市内高校卒業生の市内就職率", "％", 38.5, 40.2, 39.6, 41.0, 45.0),
    ("空き店舗を活用した出店数", "件", 2, 4, 6, 7, 6),
]


def murakami() -> Path:
    widths = [32, 7, 11, 11, 11, 11, 12]
    wb, ws = _sheet("KPI進捗", widths)
    _text(ws, 1, 1, "村上市総合戦略　重要業績評価指標（KPI）の進捗状況", bold=True, size=13)
    _text(ws, 2, 1, "計画期間：平成27年度～平成31年度", size=9)
    _text(ws, 2, 7, "村上市", align="right", size=9)
    _text(ws, 4, 1, "政策の方向性1　地域の資源を生かし、しごとをつくる", bold=True, size=10)
    h = 5
    head = ["KPI", "単位", "基準値（H26）", "H27実績", "H28実績", "H29見込", "目標値（H31）"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for row in MURAKAMI:
        name, unit, *values = row
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmt = "0.0" if unit == "％" else "#,##0"
        for j, v in enumerate(values):
            _put(ws, r, 3 + j, v, fmt=fmt, align="center" if v == "―" else None)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "KPI達成状況（H28実績時点）", bold=True)
    _span(ws, r, 2, 7, "達成 1項目／未達成 4項目（達成率 20.0％）")
    _text(ws, r + 1, 1, "※H29見込は、平成29年12月末時点の見込値です。", size=8)
    _text(ws, r + 2, 1, "※創業件数のH29見込は、集計中のため「―」としています。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "murakami_senryaku_kpi_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 由利本荘市 (秋田県): 第2期総合戦略 施策等効果検証 — 施策のrowspan、前年度比、進捗
# --------------------------------------------------------------------------------------------

# Real (第2期由利本荘市総合戦略 page, city.yurihonjo.lg.jp): the strategy (令和2年度～6年度), the
# 由利本荘市施策等効果検証委員会 of outside members, yearly verification. Made up: the 基本目標
# wording, the table, every 施策, KPI, figure and word, the notes.
YURIHONJO = [
    (
        "(1) 農林水産業の振興",
        [
            ("新規就農者数", "12人", "15人", "18人", "+5人", "75人（累計）", "順調"),
            ("園芸作物の販売額", "9.8億円", "11.0億円", "10.6億円", "△0.3億円", "12.0億円", "遅れ"),
        ],
    ),
    (
        "(2) 企業誘致と雇用の確保",
        [
            ("誘致企業の新規雇用者数", "41人", "50人", "62人", "+21人", "250人（累計）", "順調"),
            ("市内高校生の管内就職率", "58.3%", "62.0%", "56.9%", "△1.4ポイント", "65.0%", "遅れ"),
        ],
    ),
    (
        "(3) 観光・交流の推進",
        [
            ("観光入込客数", "212万人", "190万人", "204万人", "+32万人", "230万人", "順調"),
            (
                "鳥海山の登山者数",
                "―",
                "3,000人",
                "2,640人",
                "+410人",
                "4,000人",
                "遅れ",
            ),
        ],
    ),
]


def yurihonjo_html() -> str:
    rows = []
    for program, items in YURIHONJO:
        for i, (name, base, target, actual, diff, final, word) in enumerate(items):
            head = f'<td rowspan="{len(items)}">{program}</td>' if i == 0 else ""
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="r">{base}</td><td class="r">{target}</td><td class="r">{actual}</td><td class="r">{diff}</td><td class="r">{final}</td><td class="c">{word}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期由利本荘市総合戦略 施策等効果検証（令和4年度実績）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>第2期由利本荘市総合戦略 施策等効果検証（令和4年度実績）</h1>
<p>令和5年8月　由利本荘市施策等効果検証委員会</p>
<h2>基本目標1　しごとをつくり、安心して働けるまち</h2>
<table>
<thead>
<tr><th>施策</th><th>重要業績評価指標（KPI）</th><th>基準値（R元）</th><th>R4目標</th><th>R4実績</th><th>前年度比</th><th>目標値（R6）</th><th>進捗</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※前年度比は、R4実績とR3実績との差です（△は減少）。</p>
<p class="note">※進捗　順調：R6目標値の達成が見込まれる　遅れ：R6目標値の達成が難しい</p>
<p class="note">※登山者数はR2からの調査のため、基準値はありません。</p>
<p class="note">※基本目標1の関連事業費（R4決算）：418,260千円</p>
</body>
</html>
"""


def yurihonjo() -> Path:
    path = HERE / "yurihonjo_kensho_r4.html"
    path.write_bytes(yurihonjo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (horonobe, kurobe, murakami):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yurihonjo().name}")


if __name__ == "__main__":
    main()
