"""Build the built documents of forms156/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/futtsu_senryaku_hyoka_2019.xlsx``, 第1期総合戦略 評価報告書 in the manner of 富津市 (千葉県):
  **bare Western years (2014, 2015 … 2019) under 基準値/実績値/目標値** dated only by a note, a 区分 column
  of 数値目標/KPI, 千人 in 単位, a printed 達成状況, money and a count line under the grid; and the PDF;
* ``source/motegi_jigyo_hyoka_r2.xlsx``, 事務事業評価シート in the manner of 茂木町 (栃木県): form fields
  with 事業費 in 千円 and the town's population, a grid with **万人 in 単位 and 約300**, a 達成度 % column
  and a later 最終目標; and the PDF;
* ``source/yamanakako_shisaku_r1.xlsx``, 施策マネジメントシート in the manner of 山中湖村 (山梨県):
  **実績値/目標値 row pairs per lettered 成果指標 under 平成27年度 … 令和2年度**, 千人 and 百万円 units,
  ― in a biennial survey's actuals, targets set only from H30 for one indicator; and the PDF;
* ``tatsuno_kouki_shihyo_h29.html``, 後期基本計画 重点プロジェクトの成果指標 in the manner of 辰野町
  (長野県): prose with 17区 and the plan years, one table with project cells merged down
  (rowspan), a 策定時（H26） baseline, H28/H29 actuals, 目標（H32）, a 備考 column.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms156/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms156/build.py"
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
                    rb"\g<1>2026-12-05T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms156_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 富津市 (千葉県): 第1期富津市まち・ひと・しごと創生総合戦略 評価報告書
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, 2016年2月策定, its end in 2019年度, the 評価報告書 of 2020年9月 and its purpose,
# 総務部企画課. Made up: the 基本目標 wording, every indicator and figure, the notes.
FUTTSU_YEARS = ["2015", "2016", "2017", "2018", "2019"]
FUTTSU = [
    # 区分, 指標名, 単位, 基準値(2014), 実績 2015..2019, 目標(2019), 達成状況
    ("数値目標", "転入者数", "人", 1512, [1498, 1536, 1475, 1560, 1603], 1700, "未達成"),
    ("KPI", "移住相談窓口での相談件数", "件", 24, [31, 45, 52, 60, 58], 50, "達成"),
    ("KPI", "観光入込客数", "千人", 5612, [5701, 5804, 5655, 5930, 4876], 6000, "未達成"),
    ("KPI", "空き家バンク成約件数（累計）", "件", "―", [2, 5, 9, 14, 18], 20, "未達成"),
]


def futtsu() -> Path:
    wb, ws = _sheet("評価", [10, 30, 7, 10, 10, 10, 10, 10, 10, 10, 11])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "第1期富津市まち・ひと・しごと創生総合戦略　評価報告書（抜粋）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "2020年9月　富津市総務部企画課", align="right")
    _text(
        ws,
        3,
        1,
        "計画期間：2015年度～2019年度（2016年2月策定）　本報告書の表中の年は、すべて西暦の年度（4月～翌年3月）を示す。",
        size=9,
    )
    _text(ws, 5, 1, "基本目標2　富津市への新しいひとの流れをつくる", bold=True, size=11)
    _head2(
        ws,
        6,
        [(1, "区分"), (2, "指標名"), (3, "単位"), (11, "達成状況")],
        [
            (4, 4, "基準値", ["2014"]),
            (5, 9, "実績値", FUTTSU_YEARS),
            (10, 10, "目標値", ["2019"]),
        ],
    )
    r = 7
    for kind, name, unit, base, acts, goal, done in FUTTSU:
        r += 1
        _put(ws, r, 1, kind, align="center", fill=LIGHT if kind == "数値目標" else None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, *acts, goal])
        _put(ws, r, 11, done, align="center")
        ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 1,
        [
            "※2019年度の観光入込客数は、令和元年房総半島台風等の影響により減少した。",
            "※空き家バンク成約件数は2015年度の制度開始からの累計。",
            "　基本目標2の達成状況：達成1項目、未達成3項目（全4項目）",
            "　参考：基本目標2に係る事業費（2019年度決算）86,420千円",
        ],
    )
    path = SOURCE / "futtsu_senryaku_hyoka_2019.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 茂木町 (栃木県芳賀郡): 令和2年度 事務事業評価シート（令和元年度実施分）
# --------------------------------------------------------------------------------------------

# Real: もてぎ暮らしサポートセンター, 空き家情報バンク, おためし住宅, もてぎジョブセンター, 年間約300万人の
# 観光客 (baseline) and 年間310万人 (R元 actual), 人口12,953人 (H31.4.1). Made up: the form, the 事業,
# the 事業費, every other figure.
MOTEGI = [
    # No., 成果指標, 単位, 基準値(H30), R元目標, R元実績, 達成度, 最終目標(R2)
    (1, "観光客入込数", "万人", "約300", 305, 310, "101.6%", 320),
    (2, "空き家情報バンク登録件数", "件", 12, 20, 17, "85.0%", 25),
    (3, "おためし住宅利用組数", "組", "―", 6, 8, "133.3%", 10),
    (4, "もてぎジョブセンターを通じた就職者数", "人", 18, 25, 22, "88.0%", 30),
    (5, "町外からの転入者数", "人", 312, 330, 298, "90.3%", 350),
]


def motegi() -> Path:
    wb, ws = _sheet("事務事業評価シート", [6, 30, 7, 11, 10, 10, 10, 11])
    _page(ws, "portrait")
    _text(ws, 1, 1, "令和2年度　事務事業評価シート（令和元年度実施分）", bold=True, size=13)
    _text(ws, 2, 8, "茂木町", align="right")
    fields = [
        ("事業名", "定住・交流促進事業"),
        ("担当課", "企画課"),
        (
            "事業内容",
            "もてぎ暮らしサポートセンターを中心に空き家情報バンクの充実とおためし住宅の運営を行い、もてぎジョブセンターと連携して移住・定住を促進する。",
        ),
        ("町の概要", "人口 12,953人（平成31年4月1日現在）　世帯数 4,992世帯"),
    ]
    r = 4
    for k, v in fields:
        _span(ws, r, 1, 2, k, header=True)
        _span(ws, r, 3, 8, v)
        ws.row_dimensions[r].height = 30 if k == "事業内容" else 18
        r += 1
    _span(ws, r, 1, 2, "事業費（千円）", header=True)
    _put(ws, r, 3, "予算額", header=True)
    _span(ws, r, 4, 5, 8500, fmt="#,##0")
    _put(ws, r, 6, "決算額", header=True)
    _span(ws, r, 7, 8, 7962, fmt="#,##0")
    r += 2
    _text(ws, r, 1, "■成果指標", bold=True, size=10)
    r += 1
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値（H30）",
            "R元目標",
            "R元実績",
            "達成度",
            "最終目標（R2）",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 26
    for no, name, unit, *vals in MOTEGI:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 1,
        [
            "※達成度＝R元実績÷R元目標（小数点第2位を四捨五入）。",
            "※観光客入込数は暦年の数値を当該年度に記載している。",
        ],
    )
    r += 4
    _put(ws, r, 1, "評価", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "観光客は増加したが、転入者数は目標に届かなかった。空き家情報バンクの掘り起こしを強化する。",
        size=8,
    )
    ws.row_dimensions[r].height = 30
    path = SOURCE / "motegi_jigyo_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山中湖村 (山梨県南都留郡): 施策マネジメントシート（令和元年度の振り返り）
# --------------------------------------------------------------------------------------------

# Real: 年間延べ宿泊者数158万人 (used as the H30 actual, 1,580千人), リピート率77% (H30 actual), 2018年6月の
# 第三種旅行業取得 (behind the 旅行商品 indicator). Made up: the sheet, every other figure and sentence.
YMN_YEARS = ["平成27年度", "平成28年度", "平成29年度", "平成30年度", "令和元年度", "令和2年度"]
YAMANAKAKO = [
    # label, name, unit, 実績値 (6), 目標値 (6)
    (
        "A",
        "延べ宿泊者数",
        "千人",
        [1498, 1526, 1551, 1580, 1532, None],
        [1500, 1530, 1560, 1590, 1620, 1650],
    ),
    (
        "B",
        "観光客のリピート率",
        "%",
        ["―", 74.5, "―", 77.0, "―", None],
        [75.0, 75.0, 76.0, 76.0, 78.0, 78.0],
    ),
    (
        "C",
        "観光消費額",
        "百万円",
        [21340, 21802, 22105, 22630, 22015, None],
        [21500, 21800, 22100, 22400, 23000, 23500],
    ),
    ("D", "体験型旅行商品の造成数", "件", [0, 0, 0, 4, 7, None], [None, None, None, 3, 6, 10]),
]


def yamanakako() -> Path:
    wb, ws = _sheet("施策マネジメントシート", [5, 26, 8, 8, 10, 10, 10, 10, 10, 10])
    _page(ws, "landscape")
    _text(ws, 1, 1, "施策マネジメントシート（令和元年度の振り返り）", bold=True, size=13)
    _text(ws, 2, 10, "山中湖村　作成日　令和2年6月30日", align="right")
    fields = [
        ("施策", "21　観光の振興", "主管課", "観光課"),
        ("対象", "村を訪れる観光客", "意図", "何度も訪れ、長く滞在し、消費する。"),
    ]
    r = 4
    for k1, v1, k2, v2 in fields:
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 6, v1)
        _span(ws, r, 7, 7, k2, header=True)
        _span(ws, r, 8, 10, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "1　成果指標の推移", bold=True, size=10)
    r += 1
    for c, word in enumerate(["", "成果指標名", "区分", "単位", *YMN_YEARS], start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 24
    for label, name, unit, acts, goals in YAMANAKAKO:
        r += 1
        _put(ws, r, 1, label, align="center")
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, name)
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        for k, (kind, vals) in enumerate([("実績値", acts), ("目標値", goals)]):
            _put(ws, r + k, 3, kind, align="center", fill=LIGHT if kind == "目標値" else None)
            _put(ws, r + k, 4, unit, align="center")
            for j, v in enumerate(vals):
                fmt = "0.0" if isinstance(v, float) else None
                _put(
                    ws,
                    r + k,
                    5 + j,
                    "" if v is None else v,
                    align="center" if v == "―" else "right",
                    fmt=fmt,
                    fill=LIGHT if kind == "目標値" else None,
                )
            ws.row_dimensions[r + k].height = 18
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "A）延べ宿泊者数は山梨県観光入込客統計調査による。",
            "B）リピート率は隔年の観光客アンケート調査（調査を行わない年度は「―」）。",
            "C）観光消費額は山梨県観光入込客統計調査による推計値。",
            "D）体験型旅行商品は、平成30年6月の第三種旅行業登録以降に造成したもの（目標は平成30年度から設定）。",
            "※施策に係る事業費（令和元年度決算）：観光振興費 48,316千円",
        ],
    )
    path = SOURCE / "yamanakako_shisaku_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 辰野町 (長野県上伊那郡): 第五次総合計画後期基本計画 重点プロジェクトの成果指標
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 平成28年度から平成32年度まで, the 将来像 and 合い言葉, 重点プロジェクト, 17区の
# よりあい会議 and 地域計画. Made up: the project names, every indicator and figure, the 備考, the page frame.
TATSUNO_ROWS = """<tr><th rowspan="2" scope="rowgroup">1 子育て世代定住プロジェクト</th><td>転入した子育て世帯数</td><td>世帯</td><td class="num">38</td><td class="num">41</td><td class="num">47</td><td class="num">50</td><td>&nbsp;</td></tr>
<tr><td>合計特殊出生率</td><td>―</td><td class="num">1.52</td><td class="num">1.49</td><td class="num">1.55</td><td class="num">1.60</td><td>H29は長野県の速報による</td></tr>
<tr><th rowspan="2" scope="rowgroup">2 ほたるの里交流プロジェクト</th><td>辰野ほたる祭り来場者数</td><td>人</td><td class="num">約72,000</td><td class="num">68,500</td><td class="num">75,300</td><td class="num">80,000</td><td>主催者発表</td></tr>
<tr><td>町内宿泊施設の宿泊者数</td><td>人</td><td class="num">21,480</td><td class="num">22,015</td><td class="num">―</td><td class="num">25,000</td><td>H29は調査中</td></tr>
<tr><th scope="rowgroup">3 地域計画推進プロジェクト</th><td>地域計画に基づく区の取組件数</td><td>件</td><td class="num">―</td><td class="num">26</td><td class="num">41</td><td class="num">85</td><td>17区の累計</td></tr>"""


def tatsuno_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>後期基本計画 重点プロジェクトの成果指標（平成29年度）｜辰野町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップページ &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>辰野町第五次総合計画後期基本計画　重点プロジェクトの成果指標（平成29年度）</h1>
<p>辰野町では、「ひとも まちも 自然も輝く 光と緑とほたるの町 たつの」を将来像とする第五次総合計画後期基本計画（平成28年度から平成32年度まで）に基づき、重点プロジェクトを進めています。後期基本計画には、17区で実施した「よりあい会議」で策定された「地域計画」を位置づけています。</p>
<p>まちづくりの合い言葉「住み続けたい 帰りたい 住んでみたいまち たつの」のもと、重点プロジェクトの成果指標の進み具合を毎年度公表します。</p>
<h2>重点プロジェクトの成果指標</h2>
<table>
<thead>
<tr><th rowspan="2">重点プロジェクト</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th>策定時</th><th colspan="2">実績</th><th>目標</th><th rowspan="2">備考</th></tr>
<tr><th>H26</th><th>H28</th><th>H29</th><th>H32</th></tr>
</thead>
<tbody>
{TATSUNO_ROWS}
</tbody>
</table>
<p>※数値はいずれも各年度のもの。</p>
<p>お問い合わせ：総務課 企画政策係</p>
</body>
</html>
"""


def tatsuno() -> Path:
    path = HERE / "tatsuno_kouki_shihyo_h29.html"
    path.write_bytes(tatsuno_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (futtsu, motegi, yamanakako):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tatsuno().name}")


if __name__ == "__main__":
    main()
