"""Build the documents of forms311/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fuchu_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI進捗状況 sheet in the manner of 府中町
  (広島県安芸郡): form fields over a one-row grid whose ``基準年度`` column holds bare Western years
  (``2019``, ``2020`` …) standing left of ``基準値``: the year of each baseline, not a value; and
  the PDF (portrait);
* ``masaki_senryaku_kpi_r5.html``, a 総合戦略 page in the manner of 松前町 (愛媛県伊予郡): one table
  whose ``区分`` column puts a 数値目標 row above four KPI rows, and whose actuals are headed
  ``実績値（各年度末現在）`` (a year-end date for the actuals only, not for the targets);
* ``taragi_kaso_seika_r5.xlsx``, a 過疎地域持続的発展計画 成果指標 sheet in the manner of 多良木町
  (熊本県球磨郡), left as a workbook: one row of money stored in yen and **shown in thousands by the
  number format** ``#,##0,`` under a ``千円`` 単位 cell, ``以下`` targets, full-width era digits;
* ``source/kawaminami_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 川南町
  (宮崎県児湯郡): a ``R6実績※1`` column that a note dates to 令和6年12月末 (mid-year), a
  ``―（R4開始）`` baseline and printed 達成 / 未達成; and the PDF (landscape).

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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms311/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms311/build.py"
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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms311_soffice_") as tmp:
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
# 府中町 (広島県安芸郡): 総合戦略 重要業績評価指標（KPI）進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2313, Wikipedia mirrors): 周囲を広島市に囲まれ, 標高592m, 10.41km²,
# 人口 50千人超 since 1990, 52,101人 (令和3年1月, 住基), 44,869人 (2060, 町独自推計), 丘陵部の住宅団地,
# 水分峡森林公園. Made up: the strategy's name and period, 政策企画課, every KPI, figure and note.
FC_ROWS = [
    ("1", "丘陵部の住宅団地への子育て世帯の転入数", "世帯", 2019, 48, "５５", 60, 61, 80),
    ("2", "乳幼児健康診査の受診率", "％", 2020, 95.2, 96.0, 97.0, 96.4, 98.0),
    ("3", "地域子育て支援拠点の延べ利用者数", "人", 2021, "約18,000", 21350, 22000, 23120, 25000),
    ("4", "水分峡森林公園の来園者数", "千人", 2020, 42.5, 51.8, 55.0, 53.6, 60.0),
]


def fuchu() -> Path:
    widths = [5, 34, 7, 8, 10, 11, 11, 11, 12]
    wb, ws = _sheet("KPI進捗", widths)
    _text(ws, 1, 1, "府中町まち・ひと・しごと創生総合戦略（第2期）", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）進捗状況（令和5年度）", bold=True, size=13)
    _text(ws, 3, 9, "令和6年9月　府中町政策企画課", align="right")
    fields = [
        ("戦略の名称", "府中町まち・ひと・しごと創生総合戦略（第2期）"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "政策企画課"),
        (
            "町の現状",
            (
                "本町は周囲を広島市に囲まれた面積10.41km²の町で、北東部には標高592mを最高とする山地が連なり、"
                "丘陵部には1955年以降に造成された住宅団地が広がる。人口は1990年に5万人を超え、令和3年1月には"
                "52,101人となったが、町独自推計では2060年に44,869人まで減少すると見込まれている。"
            ),
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 54 if label == "町の現状" else 20
        r += 1
    _text(ws, 10, 1, "■基本目標２　子育て世代に選ばれるまちをつくる", bold=True, size=11)
    h = 11
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準年度",
        "基準値",
        "2022年度\n実績",
        "2023年度\n目標",
        "2023年度\n実績",
        "目標値\n（2025年度）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, year, *vals in FC_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, year, fmt="0", align="center")
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 5 + j, v, fmt=fmt, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準年度は、基準値を把握した年度を西暦で示しています（KPIごとに異なります）。",
            "※No.3の基準値は、拠点開設初年度のため概数です。No.4は町の集計（年度）によります。",
            "※No.2は1歳6か月児健診及び3歳児健診の受診率です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "fuchu_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松前町 (愛媛県伊予郡): 第2期松前町まち・ひと・しごと創生総合戦略 数値目標・KPIの実績 (HTML)
# --------------------------------------------------------------------------------------------

# Real (town.masaki.ehime.jp, cpriver.jp, chifo.life, furu-con.jp): the strategy's name and its period
# 令和2年度～令和6年度, 総務課 as its page's section, 基本目標1 wording, 20.41km², 31,540人 (2005),
# 30,346人 (2022), 18,974人 (2060), 小魚珍味発祥の地, はだか麦, エミフルMASAKI. Made up: the page, its
# date, every indicator, figure and note.
MS_GOAL = ("年少人口（0～14歳）", "人", "4,012", "3,905", "3,861", "3,838", "3,850", "3,800")
MS_KPI = [
    ("①保育所等の待機児童数", "人", "12", "5", "3", "0", "0", "0"),
    (
        "②子育て支援センターの利用者数",
        "人",
        "8,420",
        "9,105",
        "9,880",
        "10,230",
        "10,000",
        "10,500",
    ),
    ("③20～39歳の転入者数", "人", "612", "598", "640", "655", "680", "700"),
    ("④放課後児童クラブの定員", "人", "540", "580", "600", "620", "620", "640"),
]


def masaki_html() -> str:
    def cells(row):
        name, unit, *vals = row
        tds = "".join(f'<td class="num">{v}</td>' for v in vals)
        return f'<td>{name}</td><td class="c">{unit}</td>{tds}</tr>'

    rows = ['<tr class="goal"><th scope="row">数値目標</th>' + cells(MS_GOAL)]
    for i, row in enumerate(MS_KPI):
        lead = f'<tr><th scope="row" rowspan="{len(MS_KPI)}">KPI</th>' if i == 0 else "<tr>"
        rows.append(lead + cells(row))
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期松前町まち・ひと・しごと創生総合戦略 数値目標・KPIの実績（令和5年度） - 松前町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
tr.goal td {{ background: #f2f2f2; font-weight: bold; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/soshiki/">組織でさがす</a> &gt; <a href="/soshiki/2/">総務課</a> &gt; 総合戦略の実績</p>
<h1>第2期松前町まち・ひと・しごと創生総合戦略　数値目標・KPIの実績（令和5年度）</h1>
<p class="date">更新日：2024年10月1日　担当：総務課</p>
<p>松前町は面積20.41km²、愛媛県内で唯一「山のない」町で、小魚珍味発祥の地、はだか麦の産地として知られ、大型商業施設エミフルMASAKIも立地しています。人口は2005年の31,540人をピークに、2022年には30,346人まで減少し、2060年には18,974人になると推計されています。令和2年度から令和6年度までを計画期間とする第2期総合戦略の、令和5年度の実績をお知らせします。</p>
<h2>基本目標1　子育て世代に、住む場所として選ばれる松前町づくり</h2>
<table>
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値（各年度末現在）</th><th colspan="2">目標値</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th><th>R5</th><th>R6</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※実績値は、各年度末（3月31日）現在の数値です。目標値は年度ごとの目標です。</p>
<p>※年少人口は住民基本台帳人口によります。②は延べ人数ではなく、登録世帯の実人数です。</p>
<p><a href="/soshiki/2/">総務課のページへ戻る</a></p>
</body>
</html>
"""


def masaki() -> Path:
    path = HERE / "masaki_senryaku_kpi_r5.html"
    path.write_bytes(masaki_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 多良木町 (熊本県球磨郡): 多良木町過疎地域持続的発展計画 成果指標の達成状況 (XLSX, the document itself)
# --------------------------------------------------------------------------------------------

# Real (town.taragi.lg.jp, zck.or.jp, Wikipedia mirrors): the plan's name, 企画観光課, 165.86km², 約8,600人
# (令和6年1月1日), 球磨川, 日本遺産「相良700年が生んだ保守と進取の文化」, 妙見野展望公園. Made up: the
# plan's period as printed, the sheet, every indicator, figure and note.
TG_ROWS = [
    ("1", "移住相談窓口を通じた移住者数", "人", [14, 18, 21, 26, 25, 30], "#,##0"),
    ("2", "地域おこし協力隊の隊員数", "人", [3, 4, 6, 5, 6, 8], "#,##0"),
    (
        "3",
        "ふるさと納税の寄附額",
        "千円",
        [92350000, 124800000, 156200000, 185400000, 150000000, 200000000],
        "#,##0,",
    ),
    (
        "4",
        "荒廃農地面積の削減",
        "ha",
        [142.5, 140.1, 138.6, 136.9, "135.0以下", "130.0以下"],
        "0.0",
    ),
]


def taragi() -> Path:
    wb, ws = _sheet("成果指標", [5, 32, 6, 11, 11, 11, 11, 11, 11])
    _text(
        ws,
        1,
        1,
        "多良木町過疎地域持続的発展計画　成果指標の達成状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年7月　多良木町企画観光課", align="right")
    fields = [
        ("計画の名称", "多良木町過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度"),
        ("担当課", "企画観光課"),
        (
            "町の概要",
            (
                "人吉盆地の東部に位置し、面積は165.86km²、人口は約8,600人（令和6年1月1日時点）。町の中央を球磨川が流れ、"
                "人吉球磨の10市町村とともに日本遺産「相良700年が生んだ保守と進取の文化」に認定されている。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 40 if label == "町の概要" else 20
        r += 1
    _text(ws, 9, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "成果指標"), (3, "単位")],
        [
            (4, 4, "基準値", ["令和２年度"]),
            (5, 7, "実績値", ["令和３年度", "令和４年度", "令和５年度"]),
            (8, 9, "目標値", ["令和５年度", "令和７年度"]),
        ],
    )
    r = 12
    for no, name, unit, vals, fmt in TG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, fmt=fmt if not isinstance(v, str) else None, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3の寄附額は千円単位で表示しています（千円未満切捨て）。",
            "※No.4は農地利用状況調査（各年度）による。目標値は上限です。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "taragi_kaso_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川南町 (宮崎県児湯郡): かわみなみ新開拓プロジェクト KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furu-con.jp/projects/336, Wikipedia mirrors): the project's name かわみなみ新開拓プロジェクト, the
# 将来像, 16,109人 (2015年国勢調査), 日本三大開拓地, 川南合衆国, トロントロン, 宮崎市から北東約35km.
# Made up: the period, まちづくり課, the sheet, every KPI, figure, status and note.
KM_ROWS = [
    ("①町外からの移住者数", "人", "45", "52", "61", "58", "60", "未達成"),
    ("②新規就農者数", "人", "11", "13", "15", "16", "15", "達成"),
    (
        "③トロントロン地区の空き店舗活用件数（累計）",
        "件",
        "―（R4開始）",
        "3",
        "7",
        "10",
        "10",
        "達成",
    ),
    ("④町内高校卒業者の町内企業への就職者数", "人", "18", "21", "19", "22", "25", "未達成"),
    ("⑤ふるさと納税の寄附件数", "件", "28,400", "31,250", "35,800", "29,600", "40,000", "未達成"),
]


def kawaminami() -> Path:
    wb, ws = _sheet("KPI効果検証", [40, 6, 12, 10, 10, 11, 12, 10])
    _text(
        ws,
        1,
        1,
        "かわみなみ新開拓プロジェクト　重要業績評価指標（KPI）効果検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年2月　川南町まちづくり課", align="right")
    fields = [
        ("地域再生計画の名称", "かわみなみ新開拓プロジェクト"),
        ("計画期間", "令和4年4月1日～令和7年3月31日"),
        ("担当課", "まちづくり課"),
        ("将来像", "豊かさを活かし　共に未来を拓くまち　かわみなみ"),
        (
            "町の現状",
            (
                "宮崎市から北東約35kmに位置する日本三大開拓地の一つで、戦後、全国から入植者が集まり「川南合衆国」と呼ばれた。"
                "人口は16,109人（2015年国勢調査）で、過去15年間減少が続いている。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の現状" else 18
        r += 1
    _text(ws, 10, 1, "■KPIの達成状況", bold=True, size=11)
    h = 11
    heads = [
        "KPI",
        "単位",
        "基準値\n（R3）",
        "R4実績",
        "R5実績",
        "R6実績※1",
        "目標値\n（R6）",
        "達成状況",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for name, unit, *vals, status in KM_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right")
        _put(ws, r, 8, status, align="center", bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　R6実績は、令和6年12月末現在の数値です（年度途中の集計）。達成状況はこの数値で判断しています。",
            "※③は令和4年度に開始した事業のため基準値はありません。",
            "※⑤は寄附の受付件数で、返礼品の発送件数とは一致しません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kawaminami_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fuchu, kawaminami):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {taragi().name}")
    print(f"wrote {masaki().name}")


if __name__ == "__main__":
    main()
