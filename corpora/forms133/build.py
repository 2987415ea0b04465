"""Build the built documents of forms133/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/akaiwa_anketo_shihyo_r4.xlsx``, 市民アンケート指標の推移 in the manner of 赤磐市 (岡山県):
  実績値 headed by **survey months (令和2年11月調査 | 令和4年10月調査)** and **a 有効回収数（回収率）
  row inside the grid**, a ``―`` actual; and the PDF;
* ``source/komatsushima_kpi_tassei_r5.xlsx``, a 総合戦略 KPI達成状況 in the manner of 小松島市 (徳島県):
  **KPIs grouped under spanning rows ■目標を達成したKPI / ■目標を達成していないKPI**, R5目標値 |
  R5実績値 | 目標値（R8） after the extension, 千人 in 単位, 千人 inside a name; and the PDF;
* ``source/kiyama_hyoka_sheet_h22.xlsx``, a 総合計画 基本計画前半 評価シート in the manner of 基山町
  (佐賀県): form fields with money above, 施策 code and name merged down, a 達成率 column, ``約``
  and ``―`` cells, two prose boxes below; and the PDF;
* ``uruma_jisshi_keikaku_2022.html``, a 実施計画 成果指標 page in the manner of うるま市 (沖縄県):
  Western fiscal years, **2021年度実績見込 beside 前期目標（2021年度） and 後期目標（2026年度）**,
  万円 in 単位, a 事業 list with 事業費 (千円) under each table.

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
    wb.properties.creator = "forms133/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms133/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms133_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 赤磐市 (岡山県): 第2次赤磐市総合計画・総合戦略 市民アンケート指標の推移
# --------------------------------------------------------------------------------------------

# Real: 赤磐市, the 第2次赤磐市総合計画 and the 赤磐市まち・ひと・しごと創生総合戦略, its 市民アンケート of
# 令和2年11月 (配布3,000通, 有効回収1,413通, 47.1%) and 令和4年10月 (有効回収1,105通, 36.8%), and the
# 将来像. Made up: the sheet, date, 課, the H26 survey, every indicator and percentage.
AKAIWA = [
    ("1", "赤磐市に住み続けたいと思う市民の割合", 78.5, 80.2, 81.0, 85.0),
    ("2", "子育てしやすいまちだと思う市民の割合", 45.3, 52.6, 55.1, 60.0),
    ("3", "地域の行事や活動に参加している市民の割合", 48.2, 35.7, 38.9, 55.0),
    ("4", "日常の買い物に不便を感じている市民の割合", 24.6, 22.1, 23.4, 20.0),
    ("5", "健康づくりに取り組んでいる市民の割合", 61.0, 64.8, "―", 70.0),
]


def akaiwa() -> Path:
    widths = [5, 36, 6, 13, 13, 13, 11]
    wb, ws = _sheet("アンケート指標", widths)
    _text(
        ws,
        1,
        1,
        "第2次赤磐市総合計画・赤磐市まち・ひと・しごと創生総合戦略　市民アンケート指標の推移",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "人“いきいき”まち“きらり”活力ある、住みよい、住みたい赤磐市", size=9)
    _text(ws, 2, 7, "令和5年3月　赤磐市政策推進課", align="right")
    _text(ws, 4, 1, "１　市民アンケートによる指標", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [(1, "No."), (2, "指標"), (3, "単位"), (4, "基準値\n（H26）"), (7, "目標値\n（R6）")],
        [(5, 6, "実績値", ["令和2年11月調査", "令和4年10月調査"])],
    )
    r = h + 2
    _put(ws, r, 1, "―", align="center", fill=LIGHT)
    _put(ws, r, 2, "有効回収数（回収率）", fill=LIGHT)
    _put(ws, r, 3, "通", align="center", fill=LIGHT)
    for j, v in enumerate(("1,221（40.7%）", "1,413（47.1%）", "1,105（36.8%）", "―")):
        _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, *vals in AKAIWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, "％", align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※市内全域の満18歳以上の市民3,000人を住民基本台帳から無作為に抽出して実施しました。",
            "※No.5は令和4年度調査で設問を設けていないため「―」としています。",
            "※令和4年度調査の委託料は1,826千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "akaiwa_anketo_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小松島市 (徳島県): 小松島市まち・ひと・しごと創生総合戦略【第2期】 KPIの達成状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 小松島市, its 総合戦略【第2期】 (R2–R6, extended by two years to R8), the 第6次総合計画後期基本計画
# (R4.3) and the 小松島市子育て世代応援プロジェクト (R4~). Made up: the sheet, date, 課, every KPI, figure
# and note.
KOMATSUSHIMA = [
    (
        "■目標を達成したKPI",
        [
            ("2", "子育て世代応援プロジェクト事業の延べ利用者数", "人", "―", 1200, 1356, 1500),
            ("5", "小松島港本港地区の交流イベント来場者数", "千人", 38.0, 45.0, 52.4, 55.0),
        ],
    ),
    (
        "■目標を達成していないKPI",
        [
            ("1", "転入者数", "人", 1120, 1200, 1087, 1250),
            ("3", "新規就農者数", "人", 8, 10, 7, 10),
            ("4", "人口千人当たりの防災士登録者数", "人", 2.1, 2.6, 2.4, 3.0),
        ],
    ),
]


def komatsushima() -> Path:
    widths = [5, 36, 6, 10, 10, 10, 11]
    wb, ws = _sheet("KPI達成状況", widths)
    _text(
        ws,
        1,
        1,
        "小松島市まち・ひと・しごと創生総合戦略【第2期】　KPIの達成状況（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和6年9月　小松島市企画政策課", align="right")
    _text(ws, 4, 1, "３　重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = 5
    for c, word in enumerate(
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "R5目標値",
            "R5実績値",
            "目標値\n（R8）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for head, rows in KOMATSUSHIMA:
        _span(ws, r, 1, 7, head, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標値（R8）は、計画期間を令和8年度まで2年延長したことに伴い設定した目標値です。",
            "※No.2は令和4年度開始の事業のため基準値はありません。No.2の実績は延べ人数です。",
            "※令和5年度の総合戦略関連事業費（決算）は286,540千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "komatsushima_kpi_tassei_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 基山町 (佐賀県三養基郡): 第4次基山町総合計画 基本計画前半（H18∼H22） 評価シート
# --------------------------------------------------------------------------------------------

# Real: 基山町, the 第4次基山町総合計画, its 基本計画前半 (H18∼H22) 評価シート, the 分野 第2章 身近で豊かな
# 自然を守り受け継ぐまち and the gist of its two prose fields (国土調査, 土地利用計画, 農地の保全の担い手).
# Made up: 課, money, the 施策 codes and names, every indicator and figure.
KIYAMA = [
    (
        "2-1",
        "計画的な土地利用の推進",
        [
            ("国土調査（地籍調査）の進捗率", "％", 42.0, 60.0, 58.3, "97.2%"),
            ("工業用地の造成面積（累計）", "ha", 0.0, 8.0, 5.5, "68.8%"),
        ],
    ),
    (
        "2-2",
        "農地の保全と活用",
        [("耕作放棄地の解消面積", "ha", "―", 10.0, 6.2, "62.0%")],
    ),
    (
        "2-3",
        "里山と水辺の保全",
        [
            ("里山保全活動の参加者数", "人", "約150", 300, 342, "114.0%"),
            ("河川の環境基準（BOD）達成地点数", "地点", 3, 5, 5, "100.0%"),
        ],
    ),
]


def kiyama() -> Path:
    widths = [14, 30, 6, 11, 10, 10, 9]
    wb, ws = _sheet("評価シート", widths)
    _text(
        ws,
        1,
        1,
        "◇第4次基山町総合計画　基本計画前半（H18∼H22）　評価シート◇",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "平成23年8月　基山町", align="right")
    r = 4
    for key, value in (
        ("分野", "第2章　身近で豊かな自然を守り受け継ぐまち"),
        ("担当課", "まちづくり課・農林環境課"),
        ("前半5年間の関連事業費", "412,385千円（H18∼H22決算額の合計）"),
    ):
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "【成果指標】", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        ["施策", "成果指標", "単位", "計画策定時\n（H17）", "H22目標", "H22実績", "達成率"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for code, head, rows in KIYAMA:
        first = r
        for name, unit, *vals, rate in rows:
            _put(ws, r, 1, f"{code}\n{head}" if r == first else None, valign="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 7, rate, align="right")
            ws.row_dimensions[r].height = 26
            r += 1
        if r - first > 1:
            _merge(ws, first, 1, r - 1, 1)
    r += 1
    _put(ws, r, 1, "第4次前半（H18∼H22）における上記分野の問題点と課題", header=True)
    _para(
        ws,
        r,
        2,
        7,
        "・国土調査の結果を農業振興地域計画、土地利用計画に反映させる必要がある。\n"
        "・農地の保全は、高齢化や兼業化により担い手の不足が懸念される。集落や組織による取組ができるよう計画の見直しが必要である。",
        48,
        border=True,
    )
    r += 1
    _put(ws, r, 1, "第4次後半（H23∼H27）における施策展開の考え方", header=True)
    _para(
        ws,
        r,
        2,
        7,
        "・「さと」と「まち」の調和のとれた土地利用を主眼に、都市計画区域の変更を検討する。\n"
        "・里山保全活動は参加者が目標を上回ったため、後半は活動団体の育成に重点を移す。",
        48,
        border=True,
    )
    _notes(
        ws,
        r + 2,
        [
            "※達成率＝H22実績÷H22目標。工業用地の造成面積は平成18年度からの累計です。",
            "※里山保全活動の計画策定時の参加者数は、各団体からの聞き取りによる概数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kiyama_hyoka_sheet_h22.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# うるま市 (沖縄県): 第18回うるま市実施計画（2022年度実施事業） 施策の成果指標
# --------------------------------------------------------------------------------------------

# Real: うるま市, the 第2次うるま市総合計画 (基本構想 2017–2026, 前期 2017–2021, 後期 2022–2026), its 将来像
# 「愛してます 住みよいまち うるま」, the 第18回実施計画 (2022年度実施事業) and its 3-year rolling period.
# Made up: the page's layout, 基本目標 and 施策 wording, every indicator, figure, 事業 and amount.
URUMA = [
    (
        "施策2-1　観光の振興",
        [
            ("観光入域客数", "千人", "1,860", "812", "1,450", "2,400"),
            ("ふるさと納税寄附額", "万円", "8,520", "24,310", "20,000", "30,000"),
            ("体験型観光プログラム数", "件", "42", "57", "55", "70"),
        ],
        [("観光振興事業", "38,640"), ("ふるさと納税推進事業", "112,500")],
    ),
    (
        "施策2-2　農水産業の振興",
        [
            ("新規就農者数", "人", "11", "9", "12", "15"),
            ("もずく生産量", "t", "6,210", "―", "6,500", "7,000"),
        ],
        [("担い手育成支援事業", "21,300")],
    ),
]


def uruma_html() -> str:
    parts = []
    for head, rows, money in URUMA:
        body = "\n".join(
            "<tr>"
            + f"<td>{name}</td><td>{unit}</td>"
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, unit, *vals in rows
        )
        items = "\n".join(f"<li>{n}（2022年度事業費 {m}千円）</li>" for n, m in money)
        parts.append(
            f"""<h3>{head}</h3>
<table border="1">
<tr><th>成果指標</th><th>単位</th><th>基準値<br>（2016年度）</th><th>2021年度<br>実績見込</th><th>前期目標<br>（2021年度）</th><th>後期目標<br>（2026年度）</th></tr>
{body}
</table>
<p>主な事業</p>
<ul>
{items}
</ul>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第18回うるま市実施計画（2022年度実施事業）施策の成果指標｜うるま市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.5em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>第18回うるま市実施計画（2022年度実施事業）施策の成果指標</h1>
<p>最終更新日：2022年02月22日　企画政策課</p>
<p>将来像「愛してます 住みよいまち うるま」の実現に向け、実施計画（2022年度～2024年度）に位置付けた施策の成果指標の状況をお知らせします。</p>
<h2>基本目標2　地域の資源を生かした産業が育つまち</h2>
{tables}
<p>※2021年度の値は、2022年1月末時点の実績見込です。もずく生産量は漁期終了後に確定するため「―」としています。</p>
</body>
</html>
"""


def uruma() -> Path:
    path = HERE / "uruma_jisshi_keikaku_2022.html"
    path.write_bytes(uruma_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (akaiwa, komatsushima, kiyama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {uruma().name}")


if __name__ == "__main__":
    main()
