"""Build the documents of forms312/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/taiki_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 大樹町 (北海道):
  form fields over a one-row grid whose **baseline year and target year stand in columns of
  their own, row by row** (``基準値 | 基準年度 | R4実績 | R5実績 | R6実績 | 目標値 | 目標年度 |
  評価``), one KPI with the target year ``R5``, ``集計中（R7.6確定）``, an A/B/C 評価; and its PDF;
* ``source/mashike_kpi_shinchoku_r6.xlsx``, a 地域再生計画 KPI進捗状況 in the manner of 増毛町 (北海道):
  **four KPI blocks laid out two across and two down**, each with its own ``区分`` header, a
  baseline merged over its 目標 / 実績 rows, and the right-hand blocks (KPIs added later) with
  another baseline year and one year less plus a 備考 column; and its PDF (portrait);
* ``nanae_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of 七飯町 (北海道): two
  ``<h2>`` 基本目標 over tables whose baseline column ``計画策定時※1`` is dated only by a note
  under the tables, which dates one ``※2`` cell otherwise; the 単位 column stands last;
* ``source/nanporo_seika_shihyo_r5.xlsx``, a 総合計画 成果指標シート in the manner of 南幌町
  (北海道): a two-row header with Western years over era years (``2021（R3）``), a ``うち`` sub-row,
  ``千円/戸``, a full-width text actual; and its PDF (portrait).

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 12, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms312/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms312/build.py"
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


def _fields(ws, r: int, last: int, fields, tall: dict[str, float]) -> int:
    """Bordered key-value form fields, the value merged over columns 2..last."""
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, last, value, align="left")
        ws.row_dimensions[r].height = tall.get(label, 18)
        r += 1
    return r


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


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
                    rb"\g<1>2026-12-12T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 12, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms312_soffice_") as tmp:
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
        name = xlsx.with_suffix(".pdf").name
        shutil.copyfile(Path(tmp) / name, HERE / name)
    print(f"wrote {xlsx.with_suffix('.pdf').name}")


# --------------------------------------------------------------------------------------------
# 大樹町 (北海道広尾郡): 地域再生計画 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1430, batonpass.jp, 179relations.net): the plan's name, the
# population figures (昭和22年 11,670人, 平成30年 5,626人, 2040年 3,988人), 宇宙のまちづくり since 1985,
# 北海道スペースポート (2021年4月), 歴舟川. Made up: the sheet, its date, 課, period, every KPI.
TK_ROWS = [
    # No., KPI, 単位, 基準値, 基準年度, R4, R5, R6, 目標値, 目標年度, 評価
    ("1", "航空宇宙関連企業の町内立地件数", "件", 2, "H30", 5, "７", 9, 8, "R6", "A"),
    (
        "2",
        "宇宙交流施設等の視察・見学者数",
        "人",
        3850,
        "R元",
        8920,
        12400,
        13150,
        12000,
        "R6",
        "A",
    ),
    (
        "3",
        "航空宇宙関連の新規雇用者数",
        "人",
        0,
        "H30",
        14,
        21,
        "集計中\n（R7.6確定）",
        20,
        "R5",
        "A",
    ),
    (
        "4",
        "宇宙のまちづくり応援寄附金額",
        "千円",
        48200,
        "H30",
        96500,
        88300,
        91700,
        100000,
        "R6",
        "B",
    ),
    ("5", "歴舟川カヌー体験参加者数", "人", 540, "R元", 612, 655, 598, 800, "R6", "C"),
]


def taiki() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 30, 7, 10, 8, 10, 10, 11, 10, 8, 7])
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（KPI）効果検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和7年5月　大樹町企画商工課", align="right")
    fields = [
        ("地域再生計画の名称", "大樹発！航空宇宙関連産業集積による地域創生推進計画"),
        ("担当課", "企画商工課"),
        ("計画期間", "令和2年4月1日～令和7年3月31日"),
        (
            "町の現状",
            (
                "本町の人口は昭和22年の臨時国勢調査の11,670人をピークに減少し、平成30年には5,626人とピーク時から半減した。"
                "推計では2040年に3,988人まで減少するとされる。昭和60年（1985年）から宇宙のまちづくりを進め、"
                "2021年4月には民間にひらかれた商業宇宙港「北海道スペースポート」が本格稼働した。"
            ),
        ),
    ]
    ws.column_dimensions["A"].width = 5
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 44 if label == "町の現状" else 18
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = 10
    heads = [
        "No.",
        "KPI",
        "単位",
        "基準値",
        "基準年度",
        "R4実績",
        "R5実績",
        "R6実績",
        "目標値",
        "目標年度",
        "評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for row in TK_ROWS:
        no, name, unit, base, by, a4, a5, a6, tgt, ty, grade = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        _put(ws, r, 5, by, align="center")
        for j, v in enumerate((a4, a5, a6)):
            _put(ws, r, 6 + j, v, align="right" if v != a6 or not isinstance(v, str) else "center")
        _put(ws, r, 9, tgt)
        _put(ws, r, 10, ty, align="center")
        _put(ws, r, 11, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 26 if isinstance(a6, str) else 19
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値はそれぞれ「基準年度」欄の年度の実績値、目標値は「目標年度」欄の年度の目標値です。",
            "※No.3は地域再生計画の変更（令和4年度）により目標年度を令和5年度に前倒ししたため、R5実績で評価しています。",
            "※評価　A：目標を達成　B：目標の8割以上を達成　C：目標の8割未満",
            "※No.3のR6実績は雇用保険の加入状況を確認中のため、令和7年6月に確定する予定です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "taiki_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 増毛町 (北海道増毛郡): ましけ まち・ひと・しごと創生推進計画 KPIの進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1402, wikizero.com 増毛町): the plan's name, the population
# history (昭和30年 1万7千人台, 平成26年 5千人割れ), 369.72km², 3,647人 (2024年9月30日), ボタンエビ日本一,
# 國稀酒造 (日本最北の造り酒屋), 暑寒別岳 1,491m. Made up: the sheet, 課, period, every KPI.
MS_BLOCKS = [
    # label, name, unit, base header, base, years, targets, actuals, 備考
    (
        "KPI①",
        "UIJターンによる移住者数",
        "人",
        "基準値（R2）",
        8,
        ["R4", "R5", "R6", "R7"],
        [10, 12, 14, 15],
        [9, 13, 11, None],
        None,
    ),
    (
        "KPI②",
        "空き家バンクの成約件数",
        "件",
        "基準値（R4）",
        4,
        ["R5", "R6", "R7"],
        [6, 7, 8],
        [5, 7, None],
        "R5追加",
    ),
    (
        "KPI③",
        "特定健康診査の受診率",
        "％",
        "基準値（R2）",
        38.2,
        ["R4", "R5", "R6", "R7"],
        [42.0, 44.0, 46.0, 48.0],
        [41.5, 43.8, 45.1, None],
        None,
    ),
    (
        "KPI④",
        "ボタンエビ・甘えびを使った新商品の開発数",
        "品目",
        "基準値（R4）",
        0,
        ["R5", "R6", "R7"],
        [2, 4, 6],
        [3, "６", None],
        "R5追加",
    ),
]


def _ms_block(ws, r: int, c0: int, block) -> None:
    label, name, unit, bhead, base, years, targets, actuals, note = block
    _span(ws, r, c0, c0 + 4, f"{label}　{name}", align="left", bold=True)
    _put(ws, r, c0 + 5, f"単位：{unit}", align="center")
    heads = ["区分", bhead, *years]
    if note is not None:
        heads.append("備考")
    for j, word in enumerate(heads):
        _put(ws, r + 1, c0 + j, word, header=True)
    _put(ws, r + 2, c0, "目標", align="center", fill=LIGHT)
    _put(ws, r + 3, c0, "実績", align="center")
    _put(ws, r + 2, c0 + 1, base, align="right")
    _put(ws, r + 3, c0 + 1, None)
    _merge(ws, r + 2, c0 + 1, r + 3, c0 + 1)
    for j, v in enumerate(targets):
        _put(ws, r + 2, c0 + 2 + j, v, fill=LIGHT, fmt="0.0" if isinstance(v, float) else None)
    for j, v in enumerate(actuals):
        _put(ws, r + 3, c0 + 2 + j, v, align="right", fmt="0.0" if isinstance(v, float) else None)
    if note is not None:
        _put(ws, r + 2, c0 + 5, note, align="center")
        _put(ws, r + 3, c0 + 5, None)
        _merge(ws, r + 2, c0 + 5, r + 3, c0 + 5)
    for k in range(4):
        ws.row_dimensions[r + k].height = 20


def mashike() -> Path:
    wb, ws = _sheet("KPI進捗", [7, 10, 7, 7, 7, 8, 2, 7, 10, 7, 7, 7, 8])
    _text(ws, 1, 1, "ましけ まち・ひと・しごと創生推進計画", bold=True, size=12)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の進捗状況（令和6年度）", bold=True, size=12)
    _text(ws, 3, 13, "令和7年9月　増毛町企画財政課", align="right")
    fields = [
        ("地域再生計画の名称", "ましけ まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和4年度～令和7年度（令和5年度変更）"),
        ("担当課", "企画財政課"),
        (
            "町の概要",
            (
                "面積369.72km²。鰊漁場として栄え、人口は昭和30年まで増加して1万7千人台に達したが、平成26年に5千人を割り込み、"
                "3,647人（令和6年9月30日現在、住民基本台帳）となっている。ボタンエビの漁獲高は日本一で、日本最北の造り酒屋"
                "「國稀酒造」や暑寒別岳（1,491m）などの地域資源がある。"
            ),
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 13, value, align="left")
        ws.row_dimensions[r].height = 58 if label == "町の概要" else 18
        r += 1
    _text(ws, 10, 1, "２　KPIの進捗状況", bold=True, size=11)
    _ms_block(ws, 11, 1, MS_BLOCKS[0])
    _ms_block(ws, 11, 8, MS_BLOCKS[1])
    _ms_block(ws, 16, 1, MS_BLOCKS[2])
    _ms_block(ws, 16, 8, MS_BLOCKS[3])
    _notes(
        ws,
        21,
        [
            "※KPI②及びKPI④は、令和5年度の計画変更で追加した指標です（基準値は令和4年度の実績）。",
            "※R7の実績は令和8年度に確定します。",
            "※KPI④は各年度に開発した品目数です（累計ではありません）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mashike_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 七飯町 (北海道亀田郡): 第2期七飯町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.nanae.hokkaido.jp 施政方針 H29; a page quoting the 第2期 strategy's web page): the
# strategy's name, 北海道新幹線 opened 2016-03-26, the 138人 転入超過 of 2016, the 道の駅. Made up:
# the page, its date, 課, the 基本目標 wording, 施策, every KPI, figure and note.
NANAE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期七飯町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） | 七飯町</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/machi/">町政情報</a> &gt; <a href="/machi/keikaku/">計画・施策</a> &gt; 第2期総合戦略 KPIの進捗状況（令和5年度）</nav>
<main>
<h1>第2期七飯町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>
<p class="date">更新日：2024年10月1日　担当：企画課 政策推進係</p>
<p>本町では、2016年3月26日の北海道新幹線開業を契機に交流人口や移住定住人口の増加を目指してきました。2016年の住民基本台帳人口移動報告では、道南の市町が転出超過となる中、本町は138人の転入超過となりました。第2期七飯町まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）の令和5年度の進捗状況を、七飯町地方創生推進会議に報告しましたのでお知らせします。</p>
<h2>基本目標1　七飯の強みを活かした、しごとをつくる</h2>
<table border="1">
<thead>
<tr><th>施策</th><th>KPI</th><th>計画策定時<sup>※1</sup></th><th>R3実績</th><th>R4実績</th><th>R5目標</th><th>R5実績</th><th>目標値（R6）</th><th>単位</th></tr>
</thead>
<tbody>
<tr><th rowspan="2">(1) 農業の担い手の確保</th><td>新規就農者数</td><td>3</td><td>2</td><td>4</td><td>5</td><td>5</td><td>6</td><td>人</td></tr>
<tr><td>農産物直売所の販売額</td><td>182,400</td><td>190,350</td><td>201,880</td><td>205,000</td><td>198,760</td><td>210,000</td><td>千円</td></tr>
<tr><th>(2) 観光の振興</th><td>大沼国定公園の観光入込客数</td><td>2,315.4</td><td>1,402.8</td><td>1,788.6</td><td>2,000.0</td><td>2,106.3</td><td>2,400.0</td><td>千人</td></tr>
</tbody>
</table>
<h2>基本目標2　七飯への新しいひとの流れをつくる</h2>
<table border="1">
<thead>
<tr><th>施策</th><th>KPI</th><th>計画策定時<sup>※1</sup></th><th>R3実績</th><th>R4実績</th><th>R5目標</th><th>R5実績</th><th>目標値（R6）</th><th>単位</th></tr>
</thead>
<tbody>
<tr><th rowspan="2">(1) 移住・定住の促進</th><td>転入者数</td><td>1,152<sup>※2</sup></td><td>1,088</td><td>1,205</td><td>1,200</td><td>1,231</td><td>1,250</td><td>人</td></tr>
<tr><td>移住相談件数</td><td>46</td><td>58</td><td>71</td><td>70</td><td>64</td><td>80</td><td>件</td></tr>
<tr><th>(2) 子育て支援の充実</th><td>子育て支援に満足している町民の割合</td><td>62.3</td><td>―</td><td>66.8</td><td>68.0</td><td>69.5</td><td>70.0</td><td>％</td></tr>
</tbody>
</table>
<p class="note">※1　計画策定時の値は、令和元年度の実績値です。ただし、※2を付した値は平成30年度の実績値です（令和元年度は集計方法の変更により比較できないため）。<br>
※　R3の「―」は、町民アンケートを実施しなかったことによるものです。</p>
<p>お問い合わせ：企画課 政策推進係</p>
</main>
</body>
</html>
"""


def nanae() -> Path:
    path = HERE / "nanae_kpi_shinchoku_r5.html"
    path.write_text(NANAE_HTML, encoding="utf-8", newline="\n")
    return path


# --------------------------------------------------------------------------------------------
# 南幌町 (北海道空知郡): 第6期南幌町総合計画 後期基本計画 成果指標の推移（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.nanporo.hokkaido.jp/seisaku, zck.or.jp 町村長随想, a Wikipedia mirror): the plan and its
# period 平成29年度～平成38年度, まちづくり課, 81.36km², 7,933人 (2024年11月30日), 5,665人 (平成2年),
# 10,000人 (平成10年), みどり野, きた住まいるヴィレッジ (平成30年度). Made up: the 後期基本計画's
# span, the sheet, its date, the 基本目標 heading, every indicator, figure and note.
NP_ROWS = [
    # No., name (None = sub-row), 単位, 2020, 2021, 2022, 2023, target 2023, target 2026
    ("1", "転入者数", "人", 412, 398, 436, 451, 450, 480),
    (None, "　うち みどり野地区", "人", 236, 221, 259, 247, 260, 280),
    ("2", "きた住まいるヴィレッジ等の新築住宅建設件数", "件", 18, 22, 27, 31, 30, 40),
    ("3", "販売農家1戸当たりの農業産出額", "千円/戸", 14820, 15230, 15960, 16410, 16500, 18000),
    ("4", "特定健康診査の受診率", "％", 44.6, 46.1, 48.9, "５０．２", 50.0, 60.0),
]


def nanporo() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 8, 9, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "第6期南幌町総合計画　後期基本計画", bold=True, size=12)
    _text(ws, 2, 1, "成果指標の推移（令和5年度実績）", bold=True, size=12)
    _text(ws, 3, 9, "令和6年7月　南幌町まちづくり課", align="right")
    fields = [
        ("計画の名称", "第6期南幌町総合計画"),
        (
            "計画期間",
            "基本構想　平成29年度～平成38年度（10年間）\n後期基本計画　令和4年度～令和8年度（5年間）",
        ),
        ("担当課", "まちづくり課"),
        (
            "町の概要",
            (
                "面積81.36km²。札幌市のベッドタウンとして南幌ニュータウンみどり野の開発が進み、平成2年に5,665人であった人口は"
                "平成10年に10,000人に達したが、その後は減少に転じ、7,933人（令和6年11月30日現在）となっている。"
                "平成30年度には公民連携の住宅展示場「みどり野きた住まいるヴィレッジ」を開設した。"
            ),
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = {"町の概要": 58, "計画期間": 30}.get(label, 18)
        r += 1
    _text(ws, 10, 1, "２　成果指標の推移", bold=True, size=11)
    h = 11
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "策定時", header=True)
    _put(ws, h + 1, 4, "2020\n（R2）", header=True)
    _span(ws, h, 5, 7, "実績値", header=True)
    _span(ws, h, 8, 9, "目標値", header=True)
    for j, word in enumerate(
        ["2021\n（R3）", "2022\n（R4）", "2023\n（R5）", "2023\n（R5）", "2026\n（R8）"]
    ):
        _put(ws, h + 1, 5 + j, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    first = None
    for no, name, unit, *vals in NP_ROWS:
        if no is not None:
            first = r
            _put(ws, r, 1, no, align="center")
        else:
            _put(ws, r, 1, None)
            _merge(ws, first, 1, r, 1)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", fill=LIGHT if j >= 4 else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の「うち みどり野地区」は、転入者数のうち、みどり野地区に転入した人数（内数）です。",
            "※No.3は農林業センサス等をもとに、まちづくり課で推計しています。",
            "※2023（R5）の目標値は、後期基本計画の中間年度の目標です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nanporo_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (taiki, mashike, nanporo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nanae().name}")


if __name__ == "__main__":
    main()
