"""Build the built documents of forms249/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kumenan_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 久米南町 (岡山県):
  **a ``単位等`` column** holding scale words on counting units (``万冊`` with two decimals,
  ``千kg``, ``千句``) and a per-month unit (``件/月``), **a ``目標とする値`` header spanning ``R5 | R6``**,
  a ``―`` actual, a shaded count row (``3／5指標``) inside the grid, a 担当課 per row; and the PDF;
* ``source/geisei_kpi_kensho_r4.xlsx``, a 総合戦略 効果検証シート in the manner of 芸西村 (高知県):
  **each KPI one sentence with its target** (``…を令和6年度までに累計25人とする``), **one target
  only a change in 億円 on a ``百万円`` row** (``基準値から1億円増やす``), **full-width ``４．５ｋｍ`` and
  ``ｋｍ``**, ``年間1.2万件``, an A/B/C 進捗 column with its legend; and the PDF;
* ``minamiaso_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 南阿蘇村 (熊本県):
  ``<th rowspan>`` 施策 groups, ``令和5年度`` spanning ``目標 | 実績``, **``万㎥/年`` in 単位**, **a name
  ending ``（万回）`` with a blank 単位 cell**, cells with a scale word and no unit (``約152万``);
* ``source/mimata_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 三股町 (宮崎県):
  a 事業費 table in 千円, **a ``計算式`` column** (``繁殖雌牛頭数÷繁殖農家戸数``, ``延べ…``),
  **a ``頭/戸`` unit**, ``千円`` per head, 活動指標 / 成果指標 groups; and the PDF.

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
    wb.properties.creator = "forms249/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms249/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms249_soffice_") as tmp:
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
# 久米南町 (岡山県久米郡): 総合戦略 KPI進捗管理表（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (kotobank 久米南, furusato-tax.jp, ja-wiki): 78.65km², 人口4,530 (2020), 北庄・上籾の棚田 (日本の
# 棚田百選), 誕生寺 (法然), 川柳 (昭和24年から, 平成26年ギネス), ぶどう. Made up: the sheet, 課, every figure.
KN_ROWS = [
    ("1", "棚田保全活動の取組面積", "ha", 38.2, 39.0, 40.5, 40.0, 42.0, "産業振興課", "0.0"),
    ("2", "町立図書館の年間貸出冊数", "万冊", 2.14, 2.32, 2.47, 2.40, 2.50, "教育委員会", "0.00"),
    ("3", "ぶどうの出荷量", "千kg", 186, 192, 178, 195, 200, "産業振興課", None),
    ("4", "移住相談件数（月平均）", "件/月", 3.5, 4.2, 5.1, 4.5, 5.0, "企画振興課", "0.0"),
    ("5", "川柳大会への投句数", "千句", 8.6, 9.1, "―", 9.5, 10.0, "企画振興課", "0.0"),
]


def kumenan() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 8, 10, 9, 9, 9, 9, 12])
    _text(
        ws,
        1,
        1,
        "第2期久米南町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年8月　久米南町企画振興課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "町の概況",
            "面積78.65km²、人口4,530人（令和2年国勢調査）。北庄・上籾の2か所の棚田は日本の棚田百選。昭和24年から続く川柳の町で、平成26年にはギネス世界記録を達成。",
        ),
        ("関連事業費（R5決算）", "12,480千円"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "町の概況" else 20
        r += 1
    _text(ws, 8, 1, "２　重要業績評価指標（KPI）の進捗状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "指標名"), (3, "単位等"), (4, "基準値\n（R元）"), (9, "担当課")],
        [(5, 6, "実績値", ["R4", "R5"]), (7, 8, "目標とする値", ["R5", "R6"])],
    )
    r = 11
    for no, name, unit, *rest in KN_ROWS:
        vals, dept, fmt = rest[:5], rest[5], rest[6]
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, {j: fmt for j in range(5)} if fmt else None)
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(
        ws, r, 1, 7, "R5の達成状況（目標とする値（R5）以上となった指標の数）", fill=LIGHT, bold=True
    )
    _span(ws, r, 8, 9, "3／5指標", align="center", fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※単位等の「万冊」「千kg」「千句」は、表中の数値の単位です（例：2.47万冊＝24,700冊）。",
            "※移住相談件数は、年度の相談件数を12か月で除した月平均の件数です。",
            "※川柳大会への投句数のR5実績は、集計中のため「―」としています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kumenan_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 芸西村 (高知県安芸郡): まち・ひと・しごと創生総合戦略 効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (村長あいさつ vill.geisei.kochi.jp, jmedia.wiki): 「農業立村」, 施設園芸, 新規就農支援, 「小さくても元気で
# 輝くむら」, 人口3,636人 (2022-06-30). Made up: the sheet, every KPI, figure, 課 and note.
GS_ROWS = [
    ("1", "新規就農者数を令和6年度までに累計25人とする", "人", 0, 11, 16, "A", "産業振興課"),
    (
        "2",
        "施設園芸の販売額を令和6年度までに基準値から1億円増やす",
        "百万円",
        1842,
        1905,
        1968,
        "B",
        "産業振興課",
    ),
    (
        "3",
        "農道の舗装整備延長を令和6年度までに４．５ｋｍとする",
        "ｋｍ",
        2.1,
        3.0,
        3.6,
        "A",
        "建設課",
    ),
    (
        "4",
        "ふるさと納税の寄附件数を令和6年度に年間1.2万件にする",
        "件",
        4210,
        8935,
        11460,
        "A",
        "総務課",
    ),
]


def geisei() -> Path:
    wb, ws = _sheet("効果検証", [5, 52, 8, 11, 11, 11, 8, 12])
    _text(
        ws,
        1,
        1,
        "芸西村まち・ひと・しごと創生総合戦略　効果検証シート（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和5年9月　芸西村企画調整課", align="right")
    fields = [
        ("目指す村の姿", "小さくても元気で輝くむら"),
        ("村の人口", "3,636人（令和4年6月30日現在）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標１　「農業立村」の力で、しごとをつくる", bold=True, size=11)
    _text(ws, 8, 8, "進捗　A：順調　B：やや遅れ　C：遅れ", size=8, align="right")
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (7, "進捗"),
            (8, "担当課"),
        ],
        [(5, 6, "実績値", ["R3", "R4"])],
    )
    r = 11
    for no, text, unit, *vals, grade, dept in GS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, text)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 7, grade, align="center")
        _put(ws, r, 8, dept, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※施設園芸の販売額は、村内の出荷団体の取扱高です（百万円未満は四捨五入）。",
            "※令和4年度の関連事業費は3,860万円（うち交付金1,930万円）です。",
            "※進捗は、各KPIの目標（令和6年度）に向けた進み具合を担当課が判断したものです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "geisei_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南阿蘇村 (熊本県阿蘇郡): 南阿蘇村総合計画 施策の成果指標（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (ja-wiki, kumamoto.mytabi.net): 9,505人 (推計 2024-11-01), 137.32km², 名水の里, 白川水源 (名水百選,
# 一日あたり約6万トン), 南郷谷. Made up: the page, 課, every indicator, figure and note.
MA_GROUPS = [
    (
        "1　名水の里の水資源を守る",
        [
            ("村営簡易水道の年間有収水量", "万㎥/年", "62.4", "60.8", "61.0", "59.7", "62.0"),
            ("湧水群の水質調査地点数", "地点", "12", "12", "14", "14", "15"),
        ],
    ),
    (
        "2　南郷谷の観光を再生する",
        [
            ("村観光サイトの年間閲覧数（万回）", "", "18.5", "24.1", "25.0", "27.3", "30.0"),
            ("観光入込客数", "人", "約152万", "132万", "150万", "約141万", "160万"),
        ],
    ),
]


def minamiaso_html() -> str:
    rows = []
    for measure, inds in MA_GROUPS:
        for k, (name, unit, *vals) in enumerate(inds):
            head = (
                f'<th scope="rowgroup" rowspan="{len(inds)}" class="l">{measure}</th>'
                if k == 0
                else ""
            )
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>南阿蘇村総合計画 施策の成果指標（令和5年度実績） - 南阿蘇村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップ &gt; 村政情報 &gt; 計画・行政評価 &gt; 総合計画</p>
<h1>南阿蘇村総合計画 施策の成果指標（令和5年度実績）</h1>
<p>令和6年12月　南阿蘇村企画観光課</p>
<p>本村は面積137.32km²、人口9,505人（令和6年11月1日推計）の村です。白川水源をはじめとする湧水群は一日あたり約6万トンが湧き出す「名水の里」の宝であり、総合計画では水資源の保全と観光の再生を重点施策としています。令和5年度の成果指標の実績は次のとおりです。</p>
<h2>施策の成果指標</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（R元）</th><th rowspan="2">R4実績</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※有収水量の単位「万㎥/年」は、1年間に料金の対象となった水量（万立方メートル）です。</p>
<p>※観光サイトの閲覧数は、年間のページビュー数（万回）です。観光入込客数の「約」は推計値を含むことを示します。</p>
<p>※令和5年度の関連事業費は、水資源保全事業4,280万円、観光再生事業1億1,600万円です。</p>
</body>
</html>
"""


def minamiaso() -> Path:
    path = HERE / "minamiaso_seika_shihyo_r5.html"
    path.write_bytes(minamiaso_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 三股町 (宮崎県北諸県郡): 事務事業評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (homes.co.jp press, wikizero 三股町): 人口25,412人 (推計 2024-03-01), 肉用牛が基幹産業, 全国和牛能力
# 共進会で2大会連続日本一. Made up: the sheet, 事業, 課, money, every indicator and figure.
MM_ROWS = [
    (
        "活動指標",
        "優良繁殖雌牛の導入頭数",
        "頭",
        "町の補助により導入した繁殖雌牛の頭数",
        38,
        40,
        42,
        40,
        None,
    ),
    ("活動指標", "繁殖農家への巡回指導回数", "回", "延べ訪問回数の合計", 96, 100, 104, 100, None),
    (
        "成果指標",
        "子牛出荷頭数",
        "頭",
        "子牛せり市場への年間出荷頭数",
        2410,
        2500,
        2366,
        2550,
        None,
    ),
    (
        "成果指標",
        "繁殖農家1戸当たり飼養頭数",
        "頭/戸",
        "繁殖雌牛頭数÷繁殖農家戸数",
        14.8,
        15.5,
        15.9,
        16.0,
        "0.0",
    ),
    (
        "成果指標",
        "子牛1頭当たり平均販売価格",
        "千円",
        "販売総額（千円）÷販売頭数",
        652,
        680,
        571,
        680,
        None,
    ),
]


def mimata() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 24, 7, 26, 9, 9, 9, 9])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和6年8月　三股町", align="right")
    fields = [
        ("事務事業名", "肉用牛振興対策事業", "担当課", "農業振興課"),
        ("総合計画の施策", "畜産の振興", "事業開始年度", "平成28年度"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 4, v1, align="left")
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "事業の目的", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "肉用牛は本町の基幹産業であり、町内で肥育された牛は全国和牛能力共進会で2大会連続日本一となった。優良な繁殖雌牛の導入と繁殖農家への指導により、子牛の生産基盤を守る（町の人口25,412人、令和6年3月1日推計）。",
        align="left",
    )
    ws.row_dimensions[r].height = 42
    _text(ws, 8, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    for j, w in enumerate(["区分", "R4決算", "R5決算", "R6予算"]):
        _span(ws, 9, 1 + 2 * j, 2 + 2 * j, w, header=True)
    for i, (label, *money) in enumerate(
        [("事業費", 18420, 21365, 22000), ("うち一般財源", 9210, 10480, 11000)]
    ):
        _span(ws, 10 + i, 1, 2, label)
        for j, m in enumerate(money):
            _span(ws, 10 + i, 3 + 2 * j, 4 + 2 * j, m, align="right", fmt="#,##0")
    _text(ws, 13, 1, "２　指標の状況", bold=True, size=11)
    heads = ["区分", "指標名", "単位", "計算式", "R4実績", "R5目標", "R5実績", "R6目標"]
    for j, w in enumerate(heads):
        _put(ws, 14, 1 + j, w, header=True)
    ws.row_dimensions[14].height = 22
    r = 15
    for k, (group, name, unit, formula, *rest) in enumerate(MM_ROWS):
        vals, fmt = rest[:4], rest[4]
        if k == 0 or MM_ROWS[k - 1][0] != group:
            n = sum(1 for row in MM_ROWS if row[0] == group)
            _put(ws, r, 1, group, align="center")
            for rr in range(r + 1, r + n):
                _put(ws, rr, 1, None)
            _merge(ws, r, 1, r + n - 1, 1)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, formula, size=8)
        _vals(ws, r, 5, vals, {j: fmt for j in range(4)} if fmt else None)
        ws.row_dimensions[r].height = 26
        r += 1
    _text(ws, r + 1, 1, "３　評価", bold=True, size=11)
    _put(ws, r + 2, 1, "達成度", header=True)
    _span(ws, r + 2, 2, 4, "B（概ね達成）", align="left")
    _span(ws, r + 2, 5, 6, "今後の方向性", header=True)
    _span(ws, r + 2, 7, 8, "現状維持", align="left")
    ws.row_dimensions[r + 2].height = 20
    _notes(
        ws,
        r + 4,
        [
            "※子牛の平均販売価格は、飼料価格の高騰等により全国的に下落しています（R5は前年度比87.6%）。",
            "※指標は5項目のうち3項目で目標を達成しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mimata_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kumenan, geisei, mimata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {minamiaso().name}")


if __name__ == "__main__":
    main()
