"""Build the built documents of forms299/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/miki_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 三木市 (兵庫県):
  form fields over a 成果指標 grid whose two-row header has **report-round cells
  (``令和5年度評価時``, ``令和6年度評価時``) each over the 確定値 of the year before and the 速報値 of
  its own year**, and **a ``目標の考え方`` column of prose full of numbers**; and the PDF;
* ``source/toyoake_kpi_kensho_r6.xlsx``, a 総合戦略 KPI検証シート in the manner of 豊明市 (愛知県):
  two 基本目標 tables headed **``期首値（H30）``** for the baseline and **``前回値（5年度）`` /
  ``今回値（6年度）``** (era-less) for the actuals, with ``期末目標`` and a printed 達成状況; and the PDF;
* ``source/shingu_kanko_shihyo_r6.xlsx``, a 観光 成果指標 sheet in the manner of 新宮市 (和歌山県):
  calendar years down the side, **one row labelled ``平成31年・令和元年``**, and **``成果値`` as the
  only word for the actual rows** (``区分`` merged down), ``約13`` in a ``万人`` column; and the PDF;
* ``katano_machizukuri_shihyo_r6.html``, a まちづくり指標 page in the manner of 交野市 (大阪府):
  two ``<h2>`` whose text alone dates the target (**``（目標年度：令和8年度）``**, the ``目標値``
  header bare), and **``実績値（延べ）`` as the spanning header of one table only**.

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
    wb.properties.creator = "forms299/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms299/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms299_soffice_") as tmp:
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


def _fields(ws, r, rows, c_label, c_val):
    """Key-value form rows: label cell (shaded) and a value merged over c_val."""
    for label, value in rows:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_val[0], c_val[1], value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 三木市 (兵庫県): 三木市総合計画 施策評価シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (三木市総合計画 page; 地域再生計画 on furusato-funding.jp/projects/2146): the plan period
# 2020（令和2）年度～2029（令和11）年度, the 将来像, 77,178人 (2015), 出生率 1.34 (2015, 県下27位/29市),
# 山田錦 and the 25 golf courses. Made up: the sheet, 施策, 部, every indicator figure and note.
MK_ROWS = [
    (
        "1",
        "合計特殊出生率",
        "",
        "1.30",
        "1.28",
        "1.25",
        "1.26",
        "1.27",
        "1.35",
        "1.40",
        "兵庫県の水準（1.39程度）まで回復させる",
    ),
    (
        "2",
        "市外からの転入者数",
        "人",
        "2,412",
        "2,380",
        "2,455",
        "2,461",
        "2,502",
        "2,500",
        "2,600",
        "毎年約20人の増加を見込む（R元比＋188人）",
    ),
    (
        "3",
        "山田錦の作付面積",
        "ha",
        "1,735",
        "―",
        "1,598",
        "1,604",
        "1,650",
        "1,700",
        "1,750",
        "R元の水準（1,735ha）を回復し、15ha上積み",
    ),
    (
        "4",
        "観光入込客数",
        "千人",
        "3,214",
        "2,890",
        "3,050",
        "3,102",
        "3,260",
        "3,300",
        "3,500",
        "コロナ前（R元）比で約9％増",
    ),
]


def miki() -> Path:
    wb, ws = _sheet("施策評価", [5, 22, 6, 9, 9, 9, 9, 9, 10, 10, 30])
    _text(ws, 1, 1, "三木市総合計画　施策評価シート（令和6年度）", bold=True, size=14)
    _text(ws, 2, 11, "令和7年8月　三木市総合政策部", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策名", "子育て世代の定住と地域の魅力づくり"),
            ("主管部", "総合政策部"),
            (
                "計画期間",
                "2020（令和2）年度～2029（令和11）年度（将来像：誇りを持って暮らせるまち三木）",
            ),
            (
                "参考",
                "人口77,178人（2015年国勢調査）、合計特殊出生率1.34（2015年、県下27位／29市）",
            ),
        ],
        (1, 3),
        (4, 11),
    )
    _text(ws, r + 1, 1, "２　成果指標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "中間目標\n（R6）"),
            (10, "目標値\n（R11）"),
            (11, "目標の考え方"),
        ],
        [
            (5, 6, "令和5年度評価時", ["R4確定", "R5速報"]),
            (7, 8, "令和6年度評価時", ["R5確定", "R6速報"]),
        ],
    )
    r = h + 2
    for no, name, unit, *vals, note in MK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※統計の確定値は翌年度の評価時に判明するため、各評価時には前年度の確定値と当該年度の速報値を掲げています。速報値は翌年度の確定値に置き換えます。",
            "※No.3のR4確定は、農林業センサスの集計方法変更により比較できないため「―」としています。",
            "※市内ゴルフ場（25か所）の利用者数（R6：約118万人）は、No.4の観光入込客数に含みません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "miki_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊明市 (愛知県): 豊明市まち・ひと・しごと創生総合戦略 KPI検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (豊明市人口ビジョン・まち・ひと・しごと創生総合戦略, paperzz; 地域再生計画, furusato-funding.jp/
# projects/2033): the four 基本目標 names, 69,127人 (2015 国勢調査), 69,027人 (2020 住基). Made up: the
# sheet, its date and 課, every KPI and figure.
TY_BLOCKS = [
    (
        "基本目標１　しごと活力創生",
        [
            ("1", "市内事業所の従業者数", "人", "24,180", "24,650", "24,920", "25,000", "未達成"),
            ("2", "新規企業立地件数", "件", "―", "累計7", "累計9", "累計10", "未達成"),
        ],
    ),
    (
        "基本目標３　子どもの学びと育ち創生",
        [
            ("3", "放課後子ども教室の参加児童数", "人", "6,240", "7,015", "7,380", "7,000", "達成"),
            (
                "4",
                "「豊明市で子育てしたい」と思う保護者の割合",
                "％",
                "78.4",
                "81.2",
                "―（調査なし）",
                "85.0",
                "―",
            ),
        ],
    ),
]


def toyoake() -> Path:
    wb, ws = _sheet("KPI検証", [5, 36, 6, 11, 11, 13, 11, 10])
    _text(
        ws,
        1,
        1,
        "豊明市まち・ひと・しごと創生総合戦略　KPI検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年6月　豊明市行政経営部企画政策課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("対象年度", "令和6年度（戦略期間の最終年度）"),
            ("人口", "69,127人（2015年国勢調査）／69,027人（2020年住民基本台帳）"),
        ],
        (1, 2),
        (3, 8),
    )
    r += 1
    for heading, rows in TY_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        r += 1
        for c, w in enumerate(
            [
                "No.",
                "KPI",
                "単位",
                "期首値\n（H30）",
                "前回値\n（5年度）",
                "今回値\n（6年度）",
                "期末目標\n（6年度）",
                "達成状況",
            ],
            start=1,
        ):
            _put(ws, r, c, w, header=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for no, name, unit, *vals, mark in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 8, mark, align="center", bold=mark != "―")
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※期首値は戦略期間の始まる前年度（平成30年度）の値、前回値・今回値は前回・今回の検証時に把握した年度の値です。",
            "※No.4は隔年の子育て世帯アンケートによるため、6年度は調査がありません。",
            "※KPI 4指標のうち、達成1、未達成2、判定不能1。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toyoake_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新宮市 (和歌山県): 観光の成果指標の推移（令和6年）
# --------------------------------------------------------------------------------------------

# Real (紀南新聞 社説 via digital.taiheiyo-np.jp/column/editorial/7224): 観光客 130万人 (平成29年),
# 135万人 (平成30年), 宿泊 約13万人 (H29) and 15万人 (H30), 1人当たり平均消費額6,500円, 約100億円;
# 28,063人 (2020 住基, furusato-funding.jp/projects/2215); 観光課. Made up: everything else.
SG_ROWS = [
    ("基準値", "平成29年", "130", "約13", "4,820", "18,400"),
    ("成果値", "平成30年", "135", "15", "6,150", "19,250"),
    ("成果値", "平成31年・令和元年", "141", "16", "7,930", "21,030"),
    ("成果値", "令和5年", "132", "15", "8,460", "24,880"),
    ("成果値", "令和6年", "146", "17", "10,240", "26,120"),
    ("目標値", "令和6年", "150", "18", "10,000", "25,000"),
]


def shingu() -> Path:
    wb, ws = _sheet("成果指標", [9, 18, 15, 15, 15, 17])
    _text(ws, 1, 1, "新宮市観光振興　成果指標の推移（令和6年）", bold=True, size=14)
    _text(ws, 2, 6, "令和7年3月　新宮市商工観光部観光課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("担当課", "観光課"),
            ("市の人口", "28,063人（2020年、住民基本台帳）"),
            ("集計", "各年1月～12月（暦年）"),
        ],
        (1, 2),
        (3, 6),
    )
    _text(ws, r + 1, 1, "■観光の成果指標", bold=True, size=11)
    h = r + 2
    for c, w in enumerate(
        [
            "区分",
            "年",
            "観光入込客数\n（万人）",
            "うち宿泊客数\n（万人）",
            "外国人宿泊客数\n（人）",
            "熊野古道（高野坂）\n来訪者数（人）",
        ],
        start=1,
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 32
    r = h + 1
    first = r
    for kind, year, *vals in SG_ROWS:
        target = kind == "目標値"
        fill = LIGHT if target else None
        _put(ws, r, 1, kind, align="center", fill=fill, bold=target)
        _put(ws, r, 2, year, align="center", fill=fill, bold=target)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right", fill=fill, bold=target)
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, first + 1, 1, first + 4, 1)
    _notes(
        ws,
        r + 1,
        [
            "※平成29年の宿泊客数は概数です。令和2年～令和4年は新型コロナウイルス感染症の影響により掲載を省略しています。",
            "※観光客1人当たりの市内での平均消費額は6,500円（観光客アンケート）で、年間150万人の来訪で約100億円の経済効果と試算しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shingu_kanko_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 交野市 (大阪府): まちづくり指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (令和7年度 施政方針, city.katano.osaka.jp/docs/2025022100055/): the two まちの姿 names used as
# <h2>, 7万7000 (市民), 移動図書館車ブンブン号 with its new 返却ポスト, フリースペース. Made up: the page,
# its date and 課, every indicator, figure, target and note.
KT_TABLES = [
    (
        "（1）みんなで子どもを育み、子どもがのびのびと学ぶまち（目標年度：令和8年度）",
        "実績値（延べ）",
        [
            (
                "移動図書館車「ブンブン号」の利用者数",
                "人",
                "9,850",
                "10,420",
                "11,060",
                "12,310",
                "12,000",
            ),
            ("フリースペースの利用者数", "人", "1,240", "1,580", "1,905", "2,230", "2,500"),
        ],
    ),
    (
        "（4）みんながつどい交流し、活力が生まれるまち（目標年度：令和8年度）",
        "実績値",
        [
            ("観光イベントの来場者数", "千人", "38.2", "41.5", "52.8", "55.1", "60.0"),
            ("市内での創業件数", "件", "12", "15", "―", "18", "20"),
        ],
    ),
]


def katano_html() -> str:
    parts = []
    for h2, span, rows in KT_TABLES:
        head = f"""<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R2）</th><th colspan="3">{span}</th><th rowspan="2">目標値</th></tr>
<tr><th>R4</th><th>R5</th><th>R6</th></tr>
</thead>"""
        body = "\n".join(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, unit, *vals in rows
        )
        parts.append(f"<h2>{h2}</h2>\n<table>\n{head}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まちづくり指標の進捗状況（令和6年度） - 交野市</title>
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
<p>ホーム &gt; 市政情報 &gt; 計画・施策 &gt; まちづくり指標</p>
<h1>まちづくり指標の進捗状況（令和6年度）</h1>
<p>更新日：令和7年7月1日　交野市企画財政部企画調整課</p>
<p>7万7000人の市民の皆様とともに進めるまちづくりについて、5つのまちの姿のうち2つに掲げた指標の令和6年度の実績をまとめました。目標値は、各見出しに記載の目標年度の値です。</p>
{tables}
<p>※「実績値（延べ）」は、各年度の延べ人数です。移動図書館車「ブンブン号」は令和6年度に返却ポストを3か所新設しました。</p>
<p>※市内での創業件数の令和5年度は、商工会の集計方法変更により「―」としています。</p>
</body>
</html>
"""


def katano() -> Path:
    path = HERE / "katano_machizukuri_shihyo_r6.html"
    path.write_bytes(katano_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (miki, toyoake, shingu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {katano().name}")


if __name__ == "__main__":
    main()
