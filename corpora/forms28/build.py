"""Build the built documents of forms28/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hiroo_jimujigyo_hyoka_r2.xlsx``, a sheet in the manner of 広尾町 (北海道) 「事務事業評価シート」
  (事業費 in 千円, one 指標 table ``区分 | 指標名 | 単位 | R1実績 | R2目標 | R2実績 | 達成率`` with 千人 in the
  単位 column and a ``―`` actual, an 評価 box of points), and from it ``hiroo_jimujigyo_hyoka_r2.pdf``;
* ``source/joetsu_kouki_shihyo_h30.xlsx``, a sheet in the manner of 上越市 (新潟県) 第6次総合計画 後期基本計画
  「指標の進みぐあい」 (計画策定時, 実績値 H29 | H30, 目標値 前期（H30） | 後期（H34）, 達成状況, 万人),
  and from it ``joetsu_kouki_shihyo_h30.pdf``;
* ``source/semboku_kpi_hyoka_h30.xlsx``, a sheet in the manner of 仙北市 (秋田県) 総合戦略 KPI 評価シート
  (five ○ check columns 自立性 … 結果重視, 目標 / 実績 rows under H27–H31 and 最終, ``―`` in the years to
  come, 千人 / 百万円 in the names, A/B/C), and from it ``semboku_kpi_hyoka_h30.pdf``;
* ``joso_senryaku_shinchoku_h30.html``, a page in the manner of 常総市 (茨城県) 「まち・ひと・しごと創生総合戦略
  の進捗状況」 (戦略分野 rows spanning the table, a range target ``1.50～1.60``, a ``※`` actual, a
  ``【再掲】`` row, 担当課 per row).

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
    wb.properties.creator = "forms28/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms28/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms28_soffice_") as tmp:
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
# 広尾町 (北海道): 事務事業評価シート — 前年度実績・目標・実績・達成率、千人、評価の点数
# --------------------------------------------------------------------------------------------

# Real: 事務事業評価 (平成30年度から、令和2年度事業分まで), 活動指標 / 成果指標 and their meanings,
# 第6次まちづくり推進総合計画. Made up: the 事業, 担当課, every indicator and figure, the points.
HIROO_FIELDS = [
    ("事務事業名", "サンタランド推進事業", "担当課", "水産商工観光課"),
    ("総合計画の位置付け", "観光の振興", "評価年度", "令和3年度"),
]
HIROO_IND = [
    ("活動指標", "サンタランドイベント開催日数", "日", 32, 30, 12, "40.0%"),
    ("活動指標", "サンタメール発送数", "通", 14105, 15000, 16240, "108.3%"),
    ("成果指標", "ツリー祭り来場者数", "人", 19230, 20000, "―", "―"),
    ("成果指標", "観光入込客数", "千人", 295, 300, 201, "67.0%"),
]
HIROO_POINTS = [("必要性", "5点"), ("有効性", "3点"), ("達成度", "2点"), ("効率性", "4点")]


def hiroo() -> Path:
    wb, ws = _sheet("評価シート", [12, 30, 8, 11, 11, 11, 11])
    _text(ws, 1, 1, "事務事業評価シート（令和2年度事業）", bold=True, size=13)
    _text(ws, 1, 7, "広尾町", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "1 事業の概要", bold=True, size=10)
    r = 4
    for k1, v1, k2, v2 in HIROO_FIELDS:
        _put(ws, r, 1, k1, header=True, size=8)
        _span(ws, r, 2, 3, v1)
        _span(ws, r, 4, 5, k2, header=True)
        _span(ws, r, 6, 7, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "事業の目的", header=True)
    _span(ws, r, 2, 7, "サンタランドの魅力を発信し、観光客の誘致と町のにぎわいづくりを図る。")
    ws.row_dimensions[r].height = 20
    r += 1
    _put(ws, r, 1, "事業費", header=True)
    _span(
        ws,
        r,
        2,
        7,
        "令和元年度決算　4,812千円　　令和2年度決算　3,025千円（うち一般財源　2,410千円）",
    )
    ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "2 指標の状況", bold=True, size=10)
    r += 1
    heads = ["区分", "指標名", "単位", "R1実績", "R2目標", "R2実績", "達成率"]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for row in HIROO_IND:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 3) else ("right" if c >= 4 else None)
            _put(ws, r, c, v, align=align)
        ws.row_dimensions[r].height = 22
        r += 1
    for n in (
        "※活動指標：目標を達成するために行った活動の量　成果指標：事業の成果を表す指標",
        "※ツリー祭りは、新型コロナウイルス感染症の影響により令和2年度は中止した。",
        "※達成率＝R2実績÷R2目標×100",
    ):
        _text(ws, r, 1, n, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "3 評価", bold=True, size=10)
    r += 1
    r0 = r
    cols = [(1, 1), (2, 2), (3, 4), (5, 6)]
    for (c1, c2), (k, _v) in zip(cols, HIROO_POINTS, strict=True):
        _span(ws, r0, c1, c2, k, header=True)
        _span(ws, r0 + 1, c1, c2, _v, align="center")
    _put(ws, r0, 7, "合計", header=True)
    _put(ws, r0 + 1, 7, "14点／20点", align="center")
    r = r0 + 2
    _put(ws, r, 1, "総合評価", header=True)
    _span(ws, r, 2, 7, "B（一部見直しのうえ継続）")
    ws.row_dimensions[r].height = 20
    r += 1
    _text(ws, r, 1, "※総合評価　A：継続　B：一部見直しのうえ継続　C：抜本的見直し　D：廃止", size=8)
    _page(ws, "portrait")
    path = SOURCE / "hiroo_jimujigyo_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上越市 (新潟県): 第6次総合計画 後期基本計画 指標の進みぐあい — 前期・後期の目標、平成34年度
# --------------------------------------------------------------------------------------------

# Real: 第6次総合計画 (平成27年度～平成34年度), 後期基本計画 (平成31年度～平成34年度), the note that
# 平成34年 reads as 令和4年, 施策の進みぐあい, the 基本施策 まちづくりの人材育成・確保 (new in 後期).
# Made up: the other 基本施策 wording, every indicator and figure, the layout.
JOETSU_IND = [
    ("農林水産業の振興", "新規就農者数", "人", 14, 18, 22, 20, 25, "達成"),
    ("農林水産業の振興", "農業法人数", "法人", 128, 141, 146, 150, 165, "未達成"),
    ("交流によるにぎわいの創出", "観光入込客数", "万人", 581, 598, 605, 650, 680, "未達成"),
    (
        "雪と共生する暮らしの実現",
        "克雪住宅の整備戸数（累計）",
        "戸",
        1420,
        1655,
        1712,
        1700,
        2000,
        "達成",
    ),
    ("まちづくりの人材育成・確保", "地域づくり講座の受講者数", "人", "―", "―", 84, "―", 150, "―"),
]


def joetsu() -> Path:
    wb, ws = _sheet("進みぐあい", [20, 26, 7, 11, 9, 9, 10, 10, 10])
    _text(ws, 1, 1, "上越市第6次総合計画　指標の進みぐあい（平成30年度）", bold=True, size=13)
    _text(ws, 1, 9, "企画政策課", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "■ 基本施策の指標", bold=True, size=10)
    r = 4
    for c, h in ((1, "基本施策"), (2, "指標"), (3, "単位"), (4, "計画策定時\n（H25）")):
        _put(ws, r, c, h, header=True)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _span(ws, r, 5, 6, "実績値", header=True)
    _span(ws, r, 7, 8, "目標値", header=True)
    _put(ws, r, 9, "達成状況\n（H30）", header=True)
    _put(ws, r + 1, 9, None, header=True)
    _merge(ws, r, 9, r + 1, 9)
    for c, h in ((5, "H29"), (6, "H30"), (7, "前期（H30）"), (8, "後期（H34）")):
        _put(ws, r + 1, c, h, header=True)
    ws.row_dimensions[r].height = 28
    r += 2
    first = r
    for row in JOETSU_IND:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (3, 9) else ("right" if 4 <= c <= 8 else None)
            _put(ws, r, c, v, align=align)
        ws.row_dimensions[r].height = 24
        r += 1
    ws.cell(row=first + 1, column=1, value=None)
    _merge(ws, first, 1, first + 1, 1)
    for n in (
        "※「平成34年度」とあるのは、「令和4年度」と読み替えてください。",
        "※達成状況は、平成30年度の実績値を前期の目標値と比べたもの。",
        "※地域づくり講座の受講者数は、後期基本計画で新たに設定した指標。",
    ):
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "joetsu_kouki_shihyo_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 仙北市 (秋田県): 総合戦略 KPI評価シート — ○の5列、目標／実績の2段、最終、A/B/C
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and 基本目標1 産業振興による仕事づくり, the KPI 評価 with C評価 (令和2年度
# 施政方針). The five check columns 自立性 … 結果重視 and the 目標 / 実績 rows under H27 … H31 | 最終
# follow a 宮城県 city's KPI 評価シート. Made up: the 施策, 担当課, every KPI and figure, the legend.
SEMBOKU_IND = [
    (
        "1",
        "観光客入込数（千人）",
        ["○", "○", "○", "－", "○"],
        [5800, 5850, 5900, 5950, 6000, 6000],
        [5612, 5705, 5488, 5412, "―", "―"],
        "B",
    ),
    (
        "2",
        "外国人宿泊者数（人）",
        ["○", "○", "○", "○", "○"],
        [40000, 45000, 50000, 55000, 60000, 60000],
        [42310, 51880, 63450, 71480, "―", "―"],
        "A",
    ),
    (
        "3",
        "市の支援による起業件数（件）",
        ["○", "○", "－", "○", "○"],
        [3, 3, 3, 3, 3, 15],
        [2, 4, 3, 1, "―", "―"],
        "C",
    ),
    (
        "4",
        "観光消費額（百万円）",
        ["○", "－", "○", "－", "○"],
        [12000, 12300, 12600, 12900, 13200, 13200],
        [11850, 12410, 12020, "―", "―", "―"],
        "B",
    ),
]


def semboku() -> Path:
    widths = [5, 26] + [5.5] * 5 + [6] + [9] * 6 + [7]
    wb, ws = _sheet("KPI評価シート", widths)
    _text(
        ws,
        1,
        1,
        "仙北市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）評価シート（平成30年度実績）",
        bold=True,
        size=13,
    )
    ws.row_dimensions[1].height = 24
    r = 3
    for k, v in (
        ("基本目標", "基本目標1　産業振興による仕事づくり"),
        ("具体的施策", "観光産業の振興"),
        ("担当課", "観光課"),
    ):
        _span(ws, r, 1, 2, k, header=True)
        _span(ws, r, 3, 9, v)
        r += 1
    _span(ws, 3, 10, 12, "関連事業費（H30決算）", header=True)
    _span(ws, 3, 13, 15, "48,260千円", align="right")
    r += 1
    _text(ws, r, 1, "■ KPIの達成状況", bold=True, size=10)
    r += 1
    heads = ["No.", "KPI", "自立性", "将来性", "地域性", "直接性", "結果重視", "区分"]
    heads += ["H27", "H28", "H29", "H30", "H31", "最終", "評価"]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True, size=8)
    ws.row_dimensions[r].height = 22
    r += 1
    for no, name, checks, targets, actuals, grade in SEMBOKU_IND:
        for rr, (kind, vals) in enumerate((("目標", targets), ("実績", actuals))):
            row = r + rr
            _put(ws, row, 8, kind, align="center")
            for i, v in enumerate(vals):
                _put(ws, row, 9 + i, v, align="right")
            if rr == 0:
                _put(ws, row, 1, no, align="center")
                _put(ws, row, 2, name)
                for i, ch in enumerate(checks):
                    _put(ws, row, 3 + i, ch, align="center")
                _put(ws, row, 15, grade, align="center")
            else:
                for c in [1, 2, 3, 4, 5, 6, 7, 15]:
                    _put(ws, row, c, None)
            ws.row_dimensions[row].height = 18
        for c in [1, 2, 3, 4, 5, 6, 7, 15]:
            _merge(ws, r, c, r + 1, c)
        r += 2
    for n in (
        "※自立性・将来性・地域性・直接性・結果重視：国の総合戦略の政策5原則に照らした点検（○：該当　－：非該当）",
        "※評価（H30）　A：達成率100％以上　B：80％以上100％未満　C：80％未満",
        "※市の支援による起業件数の「最終」は、H27～H31の5か年の累計。",
        "※観光消費額のH30実績は、観光統計の確定後に記載する。",
    ):
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "semboku_kpi_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 常総市 (茨城県): まち・ひと・しごと創生総合戦略の進捗状況 — 戦略分野の行、幅のある目標、【再掲】
# --------------------------------------------------------------------------------------------

# Real: the page's title (平成30年度まち・ひと・しごと創生総合戦略の進捗状況), 平成28年6月策定, 計画期間
# 平成32年度まで, the four 戦略分野 and their wording, KPI（重要業績評価指標）. Made up: every KPI,
# figure, 担当課 and note, the table's layout.
JOSO_ROWS = [
    ("戦略分野1　常総市における安定した雇用を創出する", None),
    (None, ("企業立地件数（累計）", "件", "0", "2", "5", "7", "10", "商工観光課")),
    (None, ("新規就農者数", "人", "8", "10", "9", "12", "15", "農政課")),
    ("戦略分野2　常総市への新しいひとの流れをつくる", None),
    (None, ("転入者数", "人", "1,812", "1,905", "1,950", "2,011", "2,100", "市民課")),
    ("戦略分野3　常総市における若い世代の結婚・出産・子育ての希望をかなえる", None),
    (None, ("合計特殊出生率", "―", "1.31", "1.35", "1.29", "※", "1.50～1.60", "こども課")),
    (
        "戦略分野4　時代に合った常総市をつくり、安心な暮らしを守るとともに、常総市と他の地域を連携する",
        None,
    ),
    (None, ("自主防災組織の結成率", "%", "62.4", "65.0", "68.3", "71.2", "80.0", "防災危機管理課")),
    (None, ("【再掲】企業立地件数（累計）", "件", "0", "2", "5", "7", "10", "商工観光課")),
]


def joso_html() -> str:
    rows = []
    for head, kpi in JOSO_ROWS:
        if head is not None:
            rows.append(f'<tr class="bunya"><th colspan="8">{head}</th></tr>')
            continue
        name, unit, *vals, dept = kpi
        tds = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f'<tr><td>{name}</td><td class="c">{unit}</td>{tds}<td>{dept}</td></tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成30年度まち・ひと・しごと創生総合戦略の進捗状況をお知らせします | 常総市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
tr.bunya th {{ background: #f4f4f4; text-align: left; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>平成30年度まち・ひと・しごと創生総合戦略の進捗状況をお知らせします</h1>
<p>市では、平成28年6月に「常総市まち・ひと・しごと創生人口ビジョン・総合戦略」を策定しました。計画期間である平成32年度までの5年間、4つの戦略分野に掲げる施策の進行を、KPI（重要業績評価指標）により検証しています。</p>
<table>
<tr><th>KPI</th><th>単位</th><th>基準値（H27）</th><th>H28実績</th><th>H29実績</th><th>H30実績</th><th>目標値（H32）</th><th>担当課</th></tr>
{body}
</table>
<p class="note">※合計特殊出生率のH30実績は、人口動態統計の公表前のため未把握。</p>
<p class="note">※合計特殊出生率の目標値は、1.50から1.60までの範囲とする。</p>
<p class="note">※【再掲】は、他の戦略分野に掲げたKPIを再び掲げたもの。</p>
<p>問い合わせ先：常総市 市長公室 企画課</p>
</body>
</html>
"""


def joso() -> Path:
    path = HERE / "joso_senryaku_shinchoku_h30.html"
    path.write_bytes(joso_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hiroo, joetsu, semboku):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {joso().name}")


if __name__ == "__main__":
    main()
