"""Build the documents of forms332/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/biratori_seika_shihyo_r5.xlsx``, a 総合計画 成果指標の進捗 sheet in the manner of 平取町 (北海道):
  form fields over a grid ``No. | 成果指標 | 単位 | 策定時（H26） | 実績値 (H30 | R2 | R3 | R4 | R5) |
  目標値（R7）``, **one actual cell ``中止（新型コロナウイルス感染症）`` merged across the R2 and R3 columns**,
  shaded blank cells for years before a programme began, ``億円`` with decimals; and the PDF;
* ``source/koshimizu_seika_shihyo_r5.xlsx``, a 総合計画 前期基本計画 成果指標 sheet in the manner of 小清水町
  (北海道): 施策 cells merged down, ``実績値 (R3 | R4 | R5)`` then ``目標値 (R5 | 前期（R6） | 後期（R11）)``,
  **``未設定（後期計画で設定）`` in the 後期 target column**, a ``中止`` actual, ``千人`` with decimals; and the PDF;
* ``toyokoro_kpi_jisseki_h30.html``, a 総合戦略 KPI page in the manner of 豊頃町 (北海道): one table with two
  ``<th colspan>`` 基本目標 band rows **that carry the unit of the rows under them (``（単位：t）``,
  ``（単位：人）``)**, no 単位 column, one name ending in its own ``（％）``, and a ``未集計`` actual;
* ``oshamambe_kpi_shinchoku_r5.csv``, an open-data CSV (UTF-8 with BOM, CRLF) in the manner of 長万部町 (北海道):
  metadata lines, a heading line, then **two lines per indicator, a ``目標`` line holding the name and the
  targets and a ``実績`` line under it holding the baseline and the actuals**, Western fiscal years, ``千円``,
  a full-width ``１２``.

These are re-typed forms, not the municipalities' own files (README.md, SOURCES.tsv). The XLSX, HTML and
CSV files are byte-stable (fixed document dates, zip members rewritten with a fixed timestamp); the PDFs
carry LibreOffice's creation date.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms332/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms332/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms332_soffice_") as tmp:
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
# 平取町 (北海道沙流郡): 第6次平取町総合計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.biratori.hokkaido.jp 平取町の概要・歴史; 第6次平取町総合計画説明資料; 令和6年度町政執行方針;
# 平成28年度町政執行方針): 743.09km², 4,521人 (令和6年2月末), 明治32年の分村, びらとりトマト (平成25年から3か年
# 連続で40億円), 就農チャレンジ農場 (令和5年度から運用), まちづくり課. Assumed: the plan's period.
# Made up: every indicator, figure and note.
BI_ROWS = [
    ("1", "びらとりトマトの販売額", "億円", [40.3, 41.2, 43.5, 39.8, 38.6, 36.9, 42.0]),
    ("2", "びらとり和牛の年間出荷頭数", "頭", [310, 296, 288, 301, 274, 265, 320]),
    (
        "3",
        "アイヌ文化体験プログラムの参加者数",
        "人",
        [1850, 2420, "MERGED", None, 1960, 2680, 3000],
    ),
    ("4", "就農チャレンジ農場の研修生数", "人", ["―", "GREY", "GREY", "GREY", "GREY", 3, 5]),
    ("5", "特定健康診査の受診率", "％", [38.5, 41.0, 35.2, 39.4, 42.1, 44.8, 50.0]),
]


def biratori() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 6, 9, 8, 8, 8, 8, 8, 9])
    _text(ws, 1, 1, "第6次平取町総合計画　成果指標の進捗状況（令和５年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年9月　平取町まちづくり課", align="right")
    fields = [
        ("計画の名称", "第6次平取町総合計画"),
        ("計画期間", "平成28年度～令和7年度（10年間）"),
        ("担当課", "まちづくり課"),
        (
            "町の概要",
            "日高地方の西端に位置し、総面積743.09km²、人口4,521人（令和6年2月末現在）。明治32年に平取外八ヶ村として分村した。"
            "主力の「びらとりトマト」は平成25年から3か年連続で生産高40億円を超え、全国有数の産地となっている。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = 42 if label == "町の概要" else 18
        r += 1
    _text(ws, 9, 1, "２　成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時\n（H26）"), (10, "目標値\n（R7）")],
        [(5, 9, "実績値", ["H30", "R2", "R3", "R4", "R5"])],
    )
    r = 12
    for no, name, unit, vals in BI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 11), vals):
            if v == "MERGED":
                _span(ws, r, c, c + 1, "中止（新型コロナウイルス感染症）※1", align="center", size=8)
            elif v is None:
                continue
            elif v == "GREY":
                _put(ws, r, c, None, fill=SHADE)
            elif isinstance(v, str):
                _put(ws, r, c, v, align="center")
            else:
                _put(ws, r, c, v, fmt="0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　No.3は、令和2年度・令和3年度とも新型コロナウイルス感染症の影響によりプログラムを中止したため、2か年分を1つの欄に記載しています。",
            "※2　No.4の就農チャレンジ農場は令和5年度から運用を開始しました。網掛けの欄は運用開始前の年度です。",
            "※3　No.1の販売額は、びらとり農業協同組合の取扱実績（税込）です。No.5は法定報告値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "biratori_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小清水町 (北海道斜里郡): 第6次小清水町総合計画 前期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.koshimizu.hokkaido.jp 小清水町の概要 and 令和2年4月の町長挨拶; kotobank): 286.89km², 5,085人
# (平成27年国勢調査), 第6次小清水町総合計画 starting in 令和2年, 農業振興拠点施設 and 防災拠点型複合庁舎,
# 原生花園, 濤沸湖, 畑作 (じゃがいも・ビート・小麦), 流氷. Assumed: the plan's 10 years and 前期 span.
# Made up: 課, every indicator, figure and note.
KS_ROWS = [
    (
        "1-1　農業の振興",
        [
            ("1", "じゃがいもの作付面積", "ha", [1850, 1812, 1795, 1788, 1850, 1850, 1850]),
            (
                "2",
                "農業振興拠点施設の研修・交流利用者数",
                "人",
                ["―", 120, 184, 236, 220, 250, "未設定（後期計画で設定）"],
            ),
        ],
    ),
    (
        "2-1　観光の振興",
        [
            (
                "3",
                "小清水原生花園の観光入込客数",
                "千人",
                [312.4, 245.0, 288.6, 301.2, 310.0, 320.0, 350.0],
            ),
            (
                "4",
                "流氷バルーンフェスティバルの来場者数",
                "人",
                [3200, "中止", 2400, 3050, 3300, 3500, "未設定（後期計画で設定）"],
            ),
        ],
    ),
    (
        "3-1　防災・減災の推進",
        [("5", "自主防災組織の組織率", "％", [62.5, 66.0, 68.4, 70.1, 70.0, 75.0, 90.0])],
    ),
]


def koshimizu() -> Path:
    wb, ws = _sheet("成果指標", [17, 5, 34, 6, 10, 9, 9, 9, 9, 10, 14])
    _text(
        ws,
        1,
        1,
        "第6次小清水町総合計画　前期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年8月　小清水町企画財政課", align="right")
    fields = [
        ("計画の名称", "第6次小清水町総合計画"),
        ("計画期間", "令和2年度～令和11年度（10年間）　うち前期基本計画　令和2年度～令和6年度"),
        ("担当課", "企画財政課"),
        (
            "町の概要",
            "オホーツク海に面し、総面積286.89km²、人口5,085人（平成27年国勢調査）。じゃがいも・ビート・小麦の畑作と酪農が基幹産業で、"
            "小清水原生花園と濤沸湖、2月から3月の流氷で知られる。令和5年には防災拠点型複合庁舎に役場を移した。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 11, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の概要" else 18
        r += 1
    _text(ws, 9, 1, "３　成果指標の進捗状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "施策"), (2, "No."), (3, "成果指標"), (4, "単位"), (5, "基準値\n（R元）")],
        [
            (6, 8, "実績値", ["R3", "R4", "R5"]),
            (9, 11, "目標値", ["R5", "前期（R6）", "後期（R11）"]),
        ],
    )
    r = 12
    for measure, rows in KS_ROWS:
        first = r
        for no, name, unit, vals in rows:
            _put(ws, r, 1, measure if r == first else None, align="left", valign="top")
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for j, v in enumerate(vals):
                if isinstance(v, str):
                    _put(ws, r, 5 + j, v, align="center", size=8 if len(v) > 2 else 9)
                else:
                    _put(ws, r, 5 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
            ws.row_dimensions[r].height = 24
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※　後期（R11）の目標値が「未設定」の指標は、令和7年度に策定する後期基本計画において目標値を設定します。",
            "※　No.2の農業振興拠点施設は令和3年4月に開設したため、基準値はありません。",
            "※　No.4の令和3年度（令和4年2月開催予定）は、新型コロナウイルス感染症の影響により中止しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "koshimizu_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊頃町 (北海道中川郡): 豊頃町まち・ひと・しごと創生総合戦略 KPIの実績（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (toyokoro.jp page 1155): the strategy's name, 企画課, 約3,346人 (H27.6月末), 1,748人 (2040年), 十勝川,
# 大津海岸原生花園, 秋鮭, 第4次豊頃町まちづくり総合計画 (平成22年4月から). Assumed: the period.
# Made up: the 基本目標 wording, every KPI, figure and note.
TY_BANDS = [
    (
        "基本目標1　十勝川と太平洋の恵みを活かし、しごとをつくる（単位：t）",
        [
            ("①大津漁港の秋鮭水揚量", ["1,240", "980", "760", "1,020", "1,250", "1,300"]),
            ("②大津漁港のシシャモ水揚量", ["38", "22", "15", "19", "40", "40"]),
        ],
    ),
    (
        "基本目標2　豊頃町への新しいひとの流れをつくる（単位：人）",
        [
            (
                "③大津海岸原生花園の観光入込客数",
                ["48,600", "51,200", "50,800", "未集計<sup>※</sup>", "52,000", "55,000"],
            ),
            ("④移住体験住宅の利用者数", ["24", "31", "40", "46", "40", "50"]),
            (
                "⑤町外からの転入者に占める子育て世帯の割合（％）",
                ["12.5", "14.8", "13.1", "16.2", "15.0", "18.0"],
            ),
        ],
    ),
]


def toyokoro_html() -> str:
    rows = []
    for band, inds in TY_BANDS:
        rows.append(f'<tr><th colspan="7" class="band">{band}</th></tr>')
        for name, vals in inds:
            rows.append(
                f'<tr><th scope="row" class="l">{name}</th>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>豊頃町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（平成30年度） - 豊頃町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #fff; font-weight: normal; }}
th.band {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/soshiki/">組織でさがす</a> &gt; <a href="/soshiki/kikaku/">企画課</a> &gt; 総合戦略KPIの実績（平成30年度）</p>
<h1>豊頃町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（平成30年度）</h1>
<p class="date">更新日：2019年9月20日　担当：企画課</p>
<p>本町の人口は約3,346人（住民基本台帳、平成27年6月末）で、このまま推移すると2040年には1,748人まで減少する見込みです。1級河川十勝川、大津海岸原生花園などの豊かな自然、秋鮭をはじめとする水産物を活かし、平成22年4月にスタートした第4次豊頃町まちづくり総合計画と一体となって総合戦略（平成27年度～平成31年度）を進めています。平成30年度の重要業績評価指標（KPI）の実績は次のとおりです。</p>
<h2>重要業績評価指標（KPI）の実績</h2>
<table>
<thead>
<tr><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">基準値<br>（H26）</th><th colspan="3" scope="colgroup">実績値</th><th colspan="2" scope="colgroup">目標値</th></tr>
<tr><th scope="col">H28</th><th scope="col">H29</th><th scope="col">H30</th><th scope="col">H30</th><th scope="col">最終<br>（H31）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※単位は基本目標ごとに表示しています。指標名の末尾に単位を記載したものは、その単位によります。</p>
<p>※大津海岸原生花園の観光入込客数（H30）は、北海道観光入込客数調査の公表（令和元年11月予定）後に掲載します。</p>
</body>
</html>
"""


def toyokoro() -> Path:
    path = HERE / "toyokoro_kpi_jisseki_h30.html"
    path.write_bytes(toyokoro_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 長万部町 (北海道山越郡): 新幹線を核としたまちづくり実行計画 取組指標の進捗状況（令和5年度）, open-data CSV
# --------------------------------------------------------------------------------------------

# Real (e-kensin.net 2019-01-09; ja-wiki mirror; japanlocal.net; kasukabe-shigikai.jp): the 実行計画's name,
# 310.76km², 4,740人 (2024-11-30), the 函館本線・室蘭本線 junction, かにめし, 二股らぢうむ温泉, 15,000人 in the
# 1960s, 東京理科大学長万部キャンパス. Assumed: 課 and the span. Made up: every indicator, figure and note.
OS_LINES = [
    "長万部町新幹線を核としたまちづくり実行計画　取組指標の進捗状況（令和5年度）",
    "担当課,企画課",
    "計画期間,2016年度～2030年度（北海道新幹線の札幌開業予定年度まで）",
    '町の概要,"渡島半島の内浦湾最奥部に位置し、面積310.76km²、人口4,740人（2024年11月30日現在）。JR函館本線と室蘭本線が分岐する交通の要衝で、駅弁「かにめし」や二股らぢうむ温泉で知られる。1960年代には人口が15,000人を超えていた。"',
    "公開日,2024-09-30",
    "",
    "■取組指標の進捗状況",
    "No.,取組指標,単位,区分,策定時（2015年度）,2020年度,2021年度,2022年度,2023年度,2030年度,備考",
    '1,長万部温泉の宿泊者数,人,目標,,"17,000","17,500","18,000","18,500","25,000",',
    ',,,実績,"18,400","9,850","11,200","15,300","17,900",,2020・2021年度は新型コロナウイルス感染症の影響',
    "2,東京理科大学長万部キャンパスとの連携事業数,件,目標,,6,8,10,12,15,",
    ",,,実績,4,6,7,9,１２,,",
    '3,かにめし等の特産品を返礼品とするふるさと納税寄附額,千円,目標,,"30,000","40,000","50,000","60,000","100,000",',
    ',,,実績,"12,400","38,600","52,100","61,800","70,250",,',
    "4,まちづくり推進会議・ワークショップへの参加者数（延べ）,人,目標,,100,100,120,120,150,",
    ",,,実績,85,42,60,118,131,,",
    "",
    "注記,各指標は2行で表示しています。上の行（区分「目標」）が各年度の目標値、下の行（区分「実績」）が策定時の値と各年度の実績値です。",
    "注記,2030年度欄は計画最終年度の目標値です。No.3の単位は千円です。",
]


def oshamambe() -> Path:
    path = HERE / "oshamambe_kpi_shinchoku_r5.csv"
    text = "\r\n".join(OS_LINES) + "\r\n"
    path.write_bytes("\ufeff".encode() + text.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (biratori, koshimizu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {toyokoro().name}")
    print(f"wrote {oshamambe().name}")


if __name__ == "__main__":
    main()
