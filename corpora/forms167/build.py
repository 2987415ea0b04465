"""Build the built documents of forms167/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/maibara_senryaku_shinchoku_r5.xlsx``, a 総合戦略 KPI の進捗 in the manner of 米原市 (滋賀県):
  ``No. | 重要業績評価指標（KPI） | 単位 | 基準値（R元） | 実績値 (R3 | R4 | R5) | 目標値（R6→R8）``, shaded
  基本目標 rows across the grid, **each target cell holding the original and the extended target as
  ``220→240``**, ``千人``, a ``―（集計中）`` actual and ``―`` in the years of a biennial survey; and the PDF;
* ``source/handa_jisshi_keikaku_r7.xlsx``, a 3か年実施計画 in the manner of 半田市 (愛知県): form fields,
  ``事業名 | 事業費（千円）R7～R9計 | 成果指標 | 単位 | 実績 (R5 | R6見込) | 目標値 (R7 | R8 | R9)``, one 事業
  merged over two indicators, ``25以上`` targets and a 合計 money row; and the PDF;
* ``source/izumi_jigo_hyoka_r5.xlsx``, a 施策の成果 事後評価シート in the manner of 和泉市 (大阪府): form
  fields with 総コスト in 千円, **upper headers ``事前評価`` over ``R5目標値`` and ``事後評価`` over ``R5実績値 |
  達成度``**, a ``前年度実績（R4）`` column, an A/B/C 評価 column and a ``…の減少`` indicator; and the PDF;
* ``nachikatsuura_kpi_r5.html``, a 地域再生計画 KPI 実績 page in the manner of 那智勝浦町 (和歌山県): prose
  full of population figures, ``<thead>`` of two rows, ``万人`` with decimals in 単位, ``約14``, a ``※``
  cell and a printed 評価 of 達成/未達成.

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
    wb.properties.creator = "forms167/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms167/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms167_soffice_") as tmp:
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
# 米原市 (滋賀県): 第2期まち・ひと・しごと米原創生総合戦略 KPIの進捗状況
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its four 基本目標 (two used here), its 策定 (令和2年3月) and its extension
# by two years to 令和8年度 (令和9年3月末). Made up: every KPI, figure, target, the date, the 課, notes.
MB_GROUPS = [
    (
        "基本目標1　魅力ある雇用を創出し、女性や若者が活躍するまちを創る",
        [
            ("1", "市内事業所の新規雇用者数", "人", 182, 165, 190, 204, "220→240"),
            ("2", "創業支援による創業件数", "件", 8, 11, 9, 13, "12→15"),
        ],
    ),
    (
        "基本目標2　ひとが集い、若年世帯が移り住むまちを創る",
        [
            ("3", "観光入込客数", "千人", 2105, 1312, 1688, 1954, "2,200→2,300"),
            ("4", "空き家バンクを活用した移住世帯数", "世帯", 6, 9, 12, "―（集計中）", "10→10"),
        ],
    ),
    (
        "基本目標3　滋賀県一子育てしやすいまちを創る",
        [
            ("5", "子育て環境に満足している保護者の割合", "%", 61.2, "―", 64.8, "―", "70.0→72.0"),
        ],
    ),
]


def maibara() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 40, 8, 12, 11, 11, 13, 17])
    _text(ws, 1, 1, "第2期まち・ひと・しごと米原創生総合戦略", bold=True, size=12)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の進捗状況（令和5年度実績）", bold=True, size=14)
    _text(ws, 3, 8, "令和6年9月　米原市政策推進課", align="right")
    _head2(
        ws,
        5,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "目標値\n（R6→R8）"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = 7
    for title, rows in MB_GROUPS:
        _span(ws, r, 1, 8, title, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, *vals, target in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 8, target, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※戦略の計画期間を令和8年度まで2年間延長したため、目標値は「当初の目標値（R6）→延長後の目標値（R8）」の順に記載しています。",
            "※No.5は隔年調査のため、調査を実施しない年度は「―」としています。",
            "※「集計中」は令和6年9月時点で実績が確定していないものです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "maibara_senryaku_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 半田市 (愛知県): 第7次半田市総合計画 3か年実施計画（令和7年度～令和9年度）
# --------------------------------------------------------------------------------------------

# Real: the plan (令和3～12年度), its 都市像 チャレンジあふれる都市・はんだ, the 3か年実施計画 for 令和7～9年度
# whose money is the 3-year total, the theme はたらく親を応援するまち, the 企画課. Made up: every 事業,
# figure, indicator and target.
HD_ROWS = [
    (
        "放課後児童クラブ整備事業",
        186400,
        [("放課後児童クラブの待機児童数", "人", 23, 15, 10, 5, 0)],
    ),
    (
        "病児・病後児保育事業",
        42150,
        [("病児・病後児保育の年間利用者数", "人", 1208, 1350, 1400, 1450, 1500)],
    ),
    (
        "子育て世帯テレワーク支援事業",
        52010,
        [
            ("コワーキングスペースの利用者数", "人", 3540, 4100, 4500, 4800, 5000),
            ("テレワーク導入支援を利用した事業所数", "社", 12, 18, "25以上", "30以上", "35以上"),
        ],
    ),
]


def handa() -> Path:
    wb, ws = _sheet("実施計画", [28, 14, 34, 7, 10, 10, 10, 10, 10])
    _text(
        ws, 1, 1, "第7次半田市総合計画　3か年実施計画（令和7年度～令和9年度）", bold=True, size=13
    )
    _text(ws, 2, 9, "令和7年2月　半田市企画課", align="right")
    _put(ws, 4, 1, "将来の都市像", header=True)
    _span(ws, 4, 2, 4, "チャレンジあふれる都市・はんだ")
    _span(ws, 4, 5, 6, "計画期間", header=True)
    _span(ws, 4, 7, 9, "令和7年度～令和9年度")
    ws.row_dimensions[4].height = 20
    _text(ws, 6, 1, "■主な事業と成果指標（はたらく親を応援するまち）", bold=True, size=11)
    _head2(
        ws,
        7,
        [
            (1, "事業名"),
            (2, "事業費（千円）\nR7～R9計"),
            (3, "成果指標"),
            (4, "単位"),
        ],
        [(5, 6, "実績", ["R5", "R6見込"]), (7, 9, "目標値", ["R7", "R8", "R9"])],
    )
    r = 9
    for name, money, inds in HD_ROWS:
        first = r
        for ind, unit, *vals in inds:
            _put(ws, r, 3, ind)
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, vals)
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, first, 1, name)
        _put(ws, first, 2, money)
        for rr in range(first + 1, r):
            _put(ws, rr, 1, None)
            _put(ws, rr, 2, None)
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
            _merge(ws, first, 2, r - 1, 2)
    _put(ws, r, 1, "合計", header=True)
    _put(ws, r, 2, sum(m for _, m, _ in HD_ROWS), bold=True)
    _span(ws, r, 3, 9, "")
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※事業費は令和7年度から令和9年度までの3か年の合計額です。",
            "※R6見込は令和6年12月末時点の実績から推計した見込値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "handa_jisshi_keikaku_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 和泉市 (大阪府): 令和5年度 行政評価（事後評価） 施策の成果評価シート
# --------------------------------------------------------------------------------------------

# Real: 和泉市's 行政評価 in three layers (政策-施策, 施策の成果, 事務事業), 事前評価 (targets, as the
# 実行プログラム) and 事後評価 (達成度 and cost after the year), the 7 分野別展望 as 政策. Made up: the
# 政策 and 施策 names, the 施策の成果, the 課, the cost, every indicator and figure.
IZ_ROWS = [
    ("①", "市の創業支援を利用した創業件数", "件", 38, 40, 43, "107.5%", "A"),
    ("②", "市内事業所の従業者数", "人", 52310, 53000, 52480, "99.0%", "B"),
    ("③", "中小企業融資あっせん件数", "件", 214, 230, 187, "81.3%", "C"),
    ("④", "商店街の空き店舗数の減少", "店舗", 46, 42, 39, "107.7%", "A"),
]


def izumi() -> Path:
    wb, ws = _sheet("事後評価", [6, 36, 8, 13, 13, 13, 11, 8])
    _text(ws, 1, 1, "令和5年度　行政評価（事後評価）　施策の成果評価シート", bold=True, size=13)
    _text(ws, 2, 8, "和泉市　令和6年7月作成", align="right")
    fields = [
        ("政策（分野別展望）", "3　いきいきと働き、にぎわいのあるまち"),
        ("施策", "3-2　商工業の振興"),
        ("施策の成果", "市内事業者の経営が安定し、新たな創業が生まれている"),
        ("担当課", "商工労働課"),
        ("総コスト（千円）", "R5決算　98,412（うち人件費 31,250）"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "■成果指標の達成状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "前年度実績\n（R4）"),
            (8, "評価"),
        ],
        [(5, 5, "事前評価", ["R5目標値"]), (6, 7, "事後評価", ["R5実績値", "達成度"])],
    )
    r = h + 2
    for label, name, unit, *vals, grade in IZ_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※事前評価の目標値は、令和5年度実行プログラム（実施計画）で設定したものです。",
            "※達成度＝R5実績値÷R5目標値（No.④は目標値÷実績値）。評価　A：100%以上　B：90%以上　C：90%未満",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "izumi_jigo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 那智勝浦町 (和歌山県): 那智勝浦町まち・ひと・しごと創生推進計画 KPIの実績
# --------------------------------------------------------------------------------------------

# Real: the plan's name and the population figures of its 地域再生計画 (国勢調査, 住民基本台帳, 社人研).
# Made up: the page, every KPI and figure, the 評価, the notes, the 課.
NK_ROWS = [
    ("那智山・勝浦温泉の観光入込客数", "万人", "98.2", "102.5", "121.3", "135.8", "130.0", "達成"),
    ("勝浦漁港の生まぐろ水揚量", "t", "8,540", "7,910", "8,120", "7,860", "9,000", "未達成"),
    ("移住相談を経た町外からの移住者数", "人", "5", "8", "11", "約14", "12", "達成"),
    ("ふるさと納税の寄附件数", "件", "6,120", "8,433", "※", "12,980", "12,000", "達成"),
]


def nachikatsuura_html() -> str:
    body = "\n".join(
        f'<tr><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + f'<td class="c">{status}</td></tr>'
        for name, unit, *vals, status in NK_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>那智勝浦町まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の実績について - 那智勝浦町</title>
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
<p>トップページ &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>那智勝浦町まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の実績について</h1>
<p>那智勝浦町の人口は、昭和30年の26,645人をピークに減少を続け、平成27年の国勢調査では15,682人、住民基本台帳では令和3年4月末に14,527人となっています。国立社会保障・人口問題研究所の推計では、令和22年（2040年）に9,906人、令和42年（2060年）には6,326人にまで減少することが見込まれています。</p>
<p>このため本町では、地域再生計画「那智勝浦町まち・ひと・しごと創生推進計画」に重要業績評価指標（KPI）を定め、毎年度その実績を検証しています。</p>
<h2>令和5年度の実績</h2>
<table>
<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（2020年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（2023年度）</th><th rowspan="2">評価</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※評価は、2023年度の実績値が目標値（2023年度）に達したものを「達成」としています。</p>
<p>※ふるさと納税の寄附件数の2022年度は、受付システムの移行のため集計していません。</p>
<p>※移住者数の2023年度は、令和6年3月末時点で転入届の確認が済んでいないものを含む概数です。</p>
<p>お問い合わせ：企画観光課</p>
</body>
</html>
"""


def nachikatsuura() -> Path:
    path = HERE / "nachikatsuura_kpi_r5.html"
    path.write_bytes(nachikatsuura_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (maibara, handa, izumi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nachikatsuura().name}")


if __name__ == "__main__":
    main()
