"""Build the built documents of forms238/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/koori_shisaku_hyoka_r3.xlsx``, a 施策評価シート in the manner of 桑折町 (福島県), landscape:
  **an 評価 column of star ratings (``★★★`` / ``★★☆`` / ``★☆☆`` / ``－``) read through a legend line**,
  **actual cells holding an approximate range with the scale word once after the upper bound
  (``約0.9～1.1万``, ``約1.2～1.3万``) in a ``人`` row**, ``約1.5万`` / ``1.5万`` beside it, a ``500以上``
  target, a ``未集計`` actual, a form field counting the sheet's own stars; and the PDF;
* ``source/murata_koka_kensho_r4.xlsx``, a 交付金事業 効果検証シート in the manner of 村田町 (宮城県),
  portrait: **every actual cell holds the figure and, in brackets, its 達成率 against the same year's
  target (``50,380（91.6%）``)**, three years each spanning ``目標 | 実績``, **an 評価 column of the three
  words ``達成`` / ``ほぼ達成`` / ``未達成`` with its legend**, ``千円``, ``KPI①`` labels; and the PDF;
* ``urahoro_kpi_shinchoku_r5.html``, a KPI page in the manner of 浦幌町 (北海道): **forecast values set
  in italics (``<i>11</i>``), a legend line saying that italic figures are 見込値**, **a rate row whose
  cells carry the 十勝管内 rank in brackets and whose final target is a rank, ``十勝管内5位以内``**,
  ``千円``, A/B/C grades with their legend, two ``<h2>`` 基本目標 each over its own table;
* ``source/yomogita_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 蓬田村 (青森県),
  portrait: 活動指標 and 成果指標 in one grid, **plan cells ``随時`` (no numeric plan) on an activity
  row graded ``－``**, **actual cells ``ほぼ100`` in a ``％`` row**, **a plan cell carrying ``（目安）``**,
  lower-case a/b/c 判定 with its legend, and a 事業費 grid with the same year columns; and the PDF.

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
    wb.properties.creator = "forms238/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms238/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms238_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmt=None) -> None:
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="right" if isinstance(v, (int, float)) else "center", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 桑折町 (福島県伊達郡): 施策評価シート（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (town.koori.fukushima.jp 総合計画答申 and 平成31年度施政方針; zck.or.jp 町村長 forum 3060号; paperzz
# 資料編): the plan 「献上桃の郷こおり創生プラン」 (平成29年度から5年間), 政策推進課, 面積42.97平方キロメートル,
# 人口12,853人・4,036世帯 (平成22年国勢調査), the 桃 sent to the 皇室 every year since 平成6年, あかつき,
# 半田山自然公園, 旧伊達郡役所. Made up: the sheet, its 施策 and 主管課, the money, every indicator, figure, star and note.
KO_ROWS = [
    ("1", "桃の出荷量（町内共選分）", "t", 6820, 7150, 5960, 7000, 6410, "★★☆"),
    ("2", "桃の平均販売単価", "円/kg", 458, 512, 605, "500以上", 587, "★★★"),
    ("3", "果樹の新規就農者数", "人", 3, 4, 2, 5, 3, "★☆☆"),
    (
        "4",
        "観光果樹園の入園者数",
        "人",
        "約1.5万",
        "約1.4万",
        "約0.9～1.1万",
        "1.5万",
        "約1.2～1.3万",
        "★★☆",
    ),
    ("5", "荒廃農地の面積", "ha", 38.6, 37.2, 36.9, 35.0, "未集計", "－"),
]


def koori() -> Path:
    wb, ws = _sheet("施策評価", [6, 32, 8, 11, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "令和3年度　施策評価シート（桑折町総合計画「献上桃の郷こおり創生プラン」）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和4年8月　桑折町（事務局：政策推進課）", align="right")
    fields = [
        ("施策番号", "1-1", "主管課", "産業振興課"),
        ("施策名", "果樹を核とした農業の振興", "関係課", "政策推進課、農業委員会"),
        ("施策の事業費（R3決算・千円）", 42180, "計画期間", "平成29年度～令和3年度"),
        (
            "成果指標の評価（R3）",
            "★★★ 1件／★★☆ 2件／★☆☆ 1件／－ 1件",
            "施策の評価",
            "B（おおむね順調）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "町の概況", header=True)
    _span(
        ws,
        r,
        3,
        9,
        "面積42.97平方キロメートル、人口12,853人・4,036世帯（平成22年国勢調査）。桃は平成6年から毎年皇室に献上され（品種「あかつき」）、半田山自然公園や旧伊達郡役所などの観光資源がある。",
        align="left",
    )
    ws.row_dimensions[r].height = 30
    _text(ws, 10, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        11,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（H27）"),
            (5, "R元実績"),
            (6, "R2実績"),
            (9, "評価"),
        ],
        [(7, 8, "R3", ["目標", "実績"])],
    )
    r = 13
    for no, name, unit, *vals, grade in KO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "0.0" if any(isinstance(v, float) for v in vals) else "#,##0"
        _vals(ws, r, 4, vals, fmt=fmt)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　★★★：R3目標を達成　★★☆：達成率80%以上100%未満　★☆☆：達成率80%未満　－：実績が未集計のため評価しない",
            "※No.1は町内の共同選果場（3か所）を経由した出荷量です。No.2は同じく共選分の1kg当たりの平均販売単価です。",
            "※No.4は各園からの聞き取りによる概数です（町内の観光果樹園は12園）。R2・R3は園により幅があるため、幅で示しています。",
            "※No.5は農業委員会の荒廃農地調査（毎年11月）によるもので、R3分は令和4年度の調査結果と併せて公表します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "koori_shisaku_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 村田町 (宮城県柴田郡): 地方創生推進交付金事業 効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------


# Real (furusato-funding.jp/projects/1527, the plan 村田町まち・ひと・しごと創生推進計画; miyagiolle.jp;
# pedia.3rd-in.co.jp 道の駅村田): the plan's name, 14,048人 (1965) and 11,501人 (2015年国勢調査), the 蔵の町並み
# (平成26年9月, 宮城県で初めての重要伝統的建造物群保存地区), 道の駅村田 (平成22年4月10日登録), そら豆, 村田町
# 歴史みらい館. Made up: the 事業, 課, money, every KPI, figure, rate, grade and note.
def _rate(target: int, actual: int) -> str:
    return f"{actual:,}（{actual / target * 100:.1f}%）"


MU_ROWS = [
    (
        "KPI①",
        "蔵の町並み地区の観光客入込数",
        "人",
        48200,
        [(50000, 21400), (52000, 30160), (55000, 50380)],
        "ほぼ達成",
    ),
    (
        "KPI②",
        "道の駅村田の売上高",
        "千円",
        312400,
        [(320000, 298760), (325000, 318250), (330000, 336930)],
        "達成",
    ),
    ("KPI③", "蔵を活用した新規出店数（累計）", "件", 0, [(2, 1), (4, 3), (6, 6)], "達成"),
    (
        "KPI④",
        "村田町歴史みらい館の体験講座参加者数",
        "人",
        1240,
        [(1300, 420), (1400, 890), (1500, 1180)],
        "未達成",
    ),
]


def murata() -> Path:
    wb, ws = _sheet("効果検証", [7, 27, 6, 10, 9, 12, 9, 12, 9, 12, 9])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和4年度）", bold=True, size=13)
    _text(ws, 2, 11, "令和5年8月　村田町商工観光課", align="right")
    fields = [
        ("地域再生計画の名称", "村田町まち・ひと・しごと創生推進計画", 18),
        ("交付対象事業の名称", "蔵の町並みと道の駅を核とした交流人口拡大事業", 18),
        ("担当課", "商工観光課", 18),
        ("事業期間", "令和2年度～令和4年度", 18),
        ("交付対象事業費（R2～R4累計・千円）", "48,600（うち交付金 24,300）", 18),
        (
            "町の概況",
            "人口11,501人（2015年国勢調査。1965年の14,048人をピークに減少）。中心部の「蔵の町並み」は平成26年9月、宮城県で初めて国の重要伝統的建造物群保存地区に選定された。道の駅村田は平成22年4月に登録され、特産のそら豆の加工品を扱う。",
            44,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 11, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "３　重要業績評価指標（KPI）の実績", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "事業開始前\n（R元）"),
            (11, "評価"),
        ],
        [
            (5, 6, "R2年度", ["目標", "実績"]),
            (7, 8, "R3年度", ["目標", "実績"]),
            (9, 10, "R4年度", ["目標", "実績"]),
        ],
    )
    r = h + 2
    for label, name, unit, base, years, grade in MU_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        c = 5
        for target, actual in years:
            _put(ws, r, c, target)
            _put(ws, r, c + 1, _rate(target, actual), align="right")
            c += 2
        _put(ws, r, 11, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績欄の（　）内は、各年度の目標値に対する達成率です。",
            "※評価は令和4年度の達成率によります。達成：100%以上　ほぼ達成：90%以上100%未満　未達成：90%未満",
            "※R2・R3は新型コロナウイルス感染症の影響により、蔵の町並みのイベント（年4回）を中止しました。",
            "※KPI③は令和2年度からの累計です（飲食3件、物販2件、工房1件）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "murata_koka_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 浦幌町 (北海道十勝郡): 総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (urahoro.jp パブリックコメント; うらほろスタイル推進地域協議会 via yamaserieko.cookpad-blog.jp;
# focals.jp; urahoro.org): 浦幌町まち・ひと・しごと創生総合戦略, 面積729.64平方キロメートル, 人口5,460人
# (平成22年国勢調査), うらほろスタイル (平成19年度から), 20代の転入超過34人 (2019～2021年), 地域おこし協力隊
# (2013年から), 十勝うらほろ創生キャンプ (企業版ふるさと納税). Made up: the page, 課, 基本目標 wording, every
# KPI, figure, rank, grade and note.
UR_TABLES = [
    (
        "基本目標2　うらほろへの新しいひとの流れをつくる",
        [
            ("1", "20歳代の転入超過数", "人", "6", "12", "9", "10", "<i>11</i>", "10", "A"),
            (
                "2",
                "地域おこし協力隊員の任期終了後の定住率",
                "％",
                "60.0",
                "66.7",
                "70.0",
                "70.0",
                "75.0",
                "70.0",
                "A",
            ),
            (
                "3",
                "十勝うらほろ創生キャンプへの企業版ふるさと納税寄附額",
                "千円",
                "0",
                "12,000",
                "28,500",
                "30,000",
                "<i>34,000</i>",
                "50,000",
                "A",
            ),
        ],
    ),
    (
        "基本目標3　子どもが夢と希望を抱き、安心して暮らせるまちをつくる",
        [
            (
                "4",
                "うらほろスタイル（ふるさと学習）に参加した児童生徒数",
                "人",
                "286",
                "241",
                "238",
                "260",
                "230",
                "260",
                "B",
            ),
            (
                "5",
                "特定健康診査受診率",
                "％",
                "38.4（管内14位）",
                "41.2（管内11位）",
                "43.5（管内9位）",
                "42.0",
                "<i>44.6</i>",
                "十勝管内5位以内",
                "A",
            ),
        ],
    ),
]

UR_HEAD = """<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">R3実績</th><th rowspan="2">R4実績</th><th colspan="2">R5</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""


def urahoro_html() -> str:
    parts = []
    for heading, rows in UR_TABLES:
        body = "\n".join(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="n">{v}</td>' for v in vals)
            + f'<td class="c">{grade}</td></tr>'
            for no, name, unit, *vals, grade in rows
        )
        parts.append(f"<h2>{heading}</h2>\n<table>\n{UR_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度） - 浦幌町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
td.c {{ text-align: center; }}
td.n {{ text-align: right; }}
td i {{ color: #555; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; まちづくり・計画 &gt; 地方創生</p>
<h1>第2期浦幌町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
<p>掲載日：令和6年10月1日　まちづくり政策課</p>
<p>浦幌町は十勝の最東端に位置し、面積は729.64平方キロメートル、人口は5,460人（平成22年国勢調査）です。平成19年度からは、子どもたちが夢と希望を抱けるまちを目指して「うらほろスタイル」に取り組んでおり、2019年から2021年には20歳代の転入者が転出者を34人上回りました。令和6年8月に開催した浦幌町総合戦略推進会議での検証結果とあわせ、令和5年度のKPIの進捗状況をお知らせします。</p>
<p>評価　A：R5目標を達成　B：達成率80%以上100%未満　C：達成率80%未満　－：評価できない</p>
<p>※表中の<i>斜体</i>の数値は見込値です（令和6年8月末時点）。確定後に更新します。</p>
{tables}
<p>※No.1は住民基本台帳による転入者数から転出者数を差し引いた数（20～29歳）です。</p>
<p>※No.5の（　）内は、十勝管内19市町村中の順位です。R5の順位は北海道の公表後に掲載します。</p>
<p>※No.3の寄附は、十勝うらほろ創生キャンプ協議会が企業3社から受け入れたものです。</p>
</body>
</html>
"""


def urahoro() -> Path:
    path = HERE / "urahoro_kpi_shinchoku_r5.html"
    path.write_bytes(urahoro_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 蓬田村 (青森県東津軽郡): 事務事業評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (pref.aomori.lg.jp 【蓬田村】農山漁村の「地域経営」取組事例; furusato-funding.jp/projects/1453): the plan
# 蓬田村まち・ひと・しごと創生推進計画, 2,896人 (2015年国勢調査) and 1,477人 (2045年推計), 桃太郎トマトの村,
# ホタテ残さ堆肥 (平成28年度から), the turn from ソバ to 玉ねぎ (平成29年度から, 弘前大学との共同研究, 秋定植),
# the 買物支援 with 規格外の玉ねぎ. Made up: the sheet, 事業番号, 課, money, every indicator, figure, 判定 and note.
YO_ROWS = [
    ("活動指標", "1", "種子代補助の交付件数", "件", 14, 16, 18, 18, 20, "a"),
    ("活動指標", "2", "玉ねぎ栽培の営農相談件数", "件", 21, 26, "随時", 31, "随時", "－"),
    ("成果指標", "1", "玉ねぎの作付面積", "ha", 8.4, 10.2, 12.0, 11.6, "15.0（目安）", "b"),
    ("成果指標", "2", "玉ねぎ栽培農家数", "戸", 15, 17, 18, 18, 20, "a"),
    (
        "成果指標",
        "3",
        "規格外玉ねぎの村内活用率",
        "％",
        "ほぼ100",
        "ほぼ100",
        100,
        "ほぼ100",
        100,
        "a",
    ),
]


def yomogita() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 5, 28, 6, 9, 9, 9, 9, 11, 7])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=13)
    _text(ws, 2, 10, "令和6年7月　蓬田村", align="right")
    fields = [
        ("事業番号", "05-03", 18),
        ("事業名", "玉ねぎ産地化推進事業", 18),
        ("担当課", "産業振興課", 18),
        ("事業開始年度", "平成29年度", 18),
        ("関連計画", "蓬田村まち・ひと・しごと創生推進計画", 18),
        (
            "事業の目的・内容",
            "転作作物の主流であるソバから高収益作物である玉ねぎへの転換を進め、栽培農家の増加と定着を図る。種子代を補助するほか、弘前大学との共同研究による試作ほの設置、秋定植の作型の導入を支援する。",
            40,
        ),
        ("村の人口", "2,896人（2015年国勢調査）。2045年には1,477人と推計されている。", 18),
    ]
    r = 4
    for label, value, height in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "３　指標の推移と判定", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "No."),
            (3, "指標名"),
            (4, "単位"),
            (5, "R3実績"),
            (6, "R4実績"),
            (9, "R6計画"),
            (10, "判定"),
        ],
        [(7, 8, "R5", ["計画", "実績"])],
    )
    r = h + 2
    first = {}
    for kind, no, name, unit, *vals, grade in YO_ROWS:
        first.setdefault(kind, r)
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        fmt = "0.0" if any(isinstance(v, float) for v in vals) else "#,##0"
        _vals(ws, r, 5, vals, fmt=fmt)
        _put(ws, r, 10, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    # 区分 merged down over its rows.
    _merge(ws, first["活動指標"], 1, first["成果指標"] - 1, 1)
    _merge(ws, first["成果指標"], 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "判定　a：計画値を達成　b：計画値の80%以上100%未満　c：計画値の80%未満　－：計画値を数値で定めていないもの",
            "※成果指標3は、出荷できない規格外の玉ねぎのうち、高齢者サロンへの提供や加工に回した量の割合です（廃棄はごくわずか）。",
            "※R6計画の作付面積は、種子の確保状況により見直すことがある目安の値です。",
        ],
    )
    r += 4
    _text(ws, r, 1, "４　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["区分", "", "", "", "R3決算", "R4決算", "R5決算", "", "R6予算"], start=1
    ):
        _put(ws, r, c, word, header=True)
    _merge(ws, r, 1, r, 4)
    _merge(ws, r, 7, r, 8)
    for label, vals in [
        ("事業費", [2940, 3420, 3860, 4100]),
        ("うち一般財源", [1470, 1710, 1930, 2050]),
    ]:
        r += 1
        _span(ws, r, 1, 4, label, align="left")
        _put(ws, r, 5, vals[0])
        _put(ws, r, 6, vals[1])
        _span(ws, r, 7, 8, vals[2], align="right")
        ws.cell(row=r, column=7).number_format = "#,##0"
        _put(ws, r, 9, vals[3])
    _notes(
        ws,
        r + 1,
        ["※種子代は1/2を補助しています（1戸当たり上限100千円）。R6予算は当初予算額です。"],
    )
    _page(ws, "portrait")
    path = SOURCE / "yomogita_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (koori, murata, yomogita):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {urahoro().name}")


if __name__ == "__main__":
    main()
