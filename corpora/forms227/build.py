"""Build the built documents of forms227/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mitake_kankyo_model_r5.xlsx``, a 環境モデル都市行動計画 取組の進捗 sheet in the manner of
  御嵩町 (岐阜県), landscape: form fields (計画の名称, 選定, the town's profile, 関連事業費 in 千円 and a
  count of the sheet's own indicators); a legend line for the 区分 column; bold
  ``■取組別の指標とCO2削減効果`` over one grid with **a ``区分`` column of ``主`` / ``副`` (主指標 and
  副指標 mixed in one grid)**, shaded ``取組N　…`` heading rows that carry ``関連事業費 …千円`` at their
  right end, and **a ``換算係数（t-CO2／単位）`` column with a derived ``CO2削減効果（R5・t-CO2）``
  column right of the values, closed by a shaded ``CO2削減効果の合計`` row filled in that column only**;
  notes with numbers; and the PDF;
* ``source/taketoyo_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 武豊町
  (愛知県), portrait: form fields two pairs a row (将来像, 計画期間, 施策, 主管課, 関係課, 重点施策方針,
  事業費 with a count of 事業, the town's profile); an A/B/C legend; bold ``２　まちづくり指標の推移``
  over a two-row grid **whose baseline is headed ``当初値（R元）``** and **whose 社会増減数 row is
  followed by two bracketed component rows, ``（転入者数）`` and ``（転出者数）``, with no No., filled
  in the 当初値 and 実績値 columns only** (a note says they are no まちづくり指標); ``+`` and ``▲``
  signs; a ``―`` 単位; a ``―`` actual; and the PDF;
* ``source/ako_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 赤穂市 (兵庫県),
  landscape: form fields (施策, 主管課, 関係課, the city's profile, 事業費); an ``算出`` line; bold
  ``■成果指標の達成状況`` over a two-row grid **whose ``令和5年度`` spans ``目標 | 実績 | A（分子） |
  B（分母）``: the counts the actual is computed from stand beside it, with their own units
  (``2,958人``, ``7,094人``)**, and **a name that closes with a bracket holding a scale word and no
  unit, ``自殺死亡率（人口10万人当たり）``**, its targets ``14.0以下`` / ``12.0以下``; ``千人`` and
  full-width ``％`` in 単位; printed 達成 / 未達成; and the PDF;
* ``kozagawa_kpi_shinchoku_r5.html``, a 総合戦略 KPI 進捗 page in the manner of 古座川町 (和歌山県):
  breadcrumb, ``<h1>``, a date line, a lead of real figures, a legend ``<p>``; one ``<h2>`` over two
  tables **whose 基本目標 stands only in the table's ``<caption>``**; in each table **``【事業】…（課）``
  rows spanning the width, each over KPI rows whose names open with the tree mark ``└``**; and **the
  year cells holding ``実績／目標`` in that order** (the header says so), ``―`` on the actual side once.

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
    wb.properties.creator = "forms227/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms227/build.py"
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
    fill = kw.get("fill")
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=fill)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


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
    with tempfile.TemporaryDirectory(prefix="forms227_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups, height=22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _num(ws, r, c, v, fmt=None, fill=None, bold=False):
    """A value cell: numbers right-aligned with their format, marks (``―``) centred."""
    if isinstance(v, str):
        align = "center" if v in ("―", "") else "right"
        return _put(ws, r, c, v, align=align, fill=fill, bold=bold)
    if fmt is None:
        fmt = "#,##0" if isinstance(v, int) else "#,##0.0"
    return _put(ws, r, c, v, fmt=fmt, fill=fill, bold=bold)


# --------------------------------------------------------------------------------------------
# 御嵩町 (岐阜県可児郡): 御嵩町環境モデル都市行動計画 取組の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (御嵩町 環境モデル都市推進室's page; encyclopaedias): the selection as 環境モデル都市 on 平成25年3月15日,
# the first in 岐阜県, with a proposal centred on 森林マネジメント and 交通対策; 56.69k㎡, about 60 % forest;
# 17,516人 (令和2年国勢調査); 御嶽宿 and 伏見宿 of the 中山道; 中山道みたけ館. Made up: the sheet, its
# date, the 取組, every indicator, figure, factor, money figure and note.
MT_BLOCKS = [
    (
        "取組1　森林マネジメントによるCO2吸収源の確保",
        "関連事業費　18,240千円",
        [
            ("主", "間伐等の森林整備面積", "ha", 42.0, 61.5, 60.0, 58.3, 8.8, 513.0),
            ("副", "森林経営計画の認定面積", "ha", 320, 455, 500, 470, "―", "―"),
        ],
    ),
    (
        "取組2　公共交通の利用促進による運輸部門の削減",
        "関連事業費　21,560千円",
        [
            (
                "主",
                "コミュニティバスの年間利用者数",
                "人",
                48200,
                52410,
                55000,
                55870,
                0.0009,
                50.3,
            ),
            ("副", "電気自動車用充電設備の設置数（累計）", "基", 2, 6, 8, 8, "―", "―"),
        ],
    ),
    (
        "取組3　再生可能エネルギーの導入促進",
        "関連事業費　6,550千円",
        [
            ("主", "住宅用太陽光発電設備の設置補助件数", "件", 31, 38, 40, 27, 2.1, 56.7),
        ],
    ),
]


def mitake() -> Path:
    wb, ws = _sheet("取組の進捗", [6, 36, 7, 11, 10, 10, 10, 15, 15])
    _text(
        ws,
        1,
        1,
        "御嵩町環境モデル都市行動計画　取組の進捗状況（令和5年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年7月　御嵩町環境モデル都市推進室", align="right")
    r = 4
    for label, value in [
        ("計画の名称", "御嵩町環境モデル都市行動計画"),
        ("選定", "平成25年3月15日に環境モデル都市に選定（岐阜県内の自治体で初）"),
        (
            "町の概況",
            "面積56.69k㎡（約60％が山林）、人口17,516人（令和2年国勢調査）。中山道の御嶽宿・伏見宿が置かれた町",
        ),
    ]:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "取組の関連事業費（R5決算・千円）", header=True)
    _span(ws, r, 3, 4, 46350, align="left")
    _span(ws, r, 5, 7, "指標の数", header=True)
    _span(ws, r, 8, 9, "主指標3・副指標2（計5）", align="left")
    ws.row_dimensions[r].height = 20
    _text(
        ws,
        9,
        1,
        "区分　主：取組の成果を直接測る指標（CO2削減効果を算定）　副：主指標を補う指標（削減効果は算定しない）",
        size=8,
    )
    _text(ws, 10, 1, "■取組別の指標とCO2削減効果", bold=True, size=11)
    head = [
        "区分",
        "指標",
        "単位",
        "基準値\n（H24）",
        "R4実績",
        "R5目標",
        "R5実績",
        "換算係数\n（t-CO2／単位）",
        "CO2削減効果\n（R5・t-CO2）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 11, c, word, header=True)
    ws.row_dimensions[11].height = 30
    r = 12
    for heading, money, rows in MT_BLOCKS:
        _span(ws, r, 1, 7, heading, fill=LIGHT, bold=True)
        _span(ws, r, 8, 9, money, fill=LIGHT, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
        for kubun, name, unit, base, r4, t5, a5, factor, effect in rows:
            _put(ws, r, 1, kubun, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, r4, t5, a5)):
                _num(ws, r, 4 + j, v)
            _num(ws, r, 8, factor, fmt="0.0000" if factor == 0.0009 else "0.0")
            _num(ws, r, 9, effect, fmt="#,##0.0")
            ws.row_dimensions[r].height = 22
            r += 1
    _span(ws, r, 1, 8, "CO2削減効果の合計（主指標3項目）", fill=SHADE, bold=True)
    _num(ws, r, 9, 620.0, fmt="#,##0.0", fill=SHADE, bold=True)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※換算係数は、主指標の実績1単位当たりのCO2削減量（t-CO2）です。CO2削減効果＝R5実績×換算係数（小数第2位を四捨五入）。",
            "※間伐1haは年8.8t-CO2の吸収とし、コミュニティバスは自家用車からの転換1人（片道1回）当たり0.0009t-CO2としています。",
            "※取組2の関連事業費には、コミュニティバス運行委託料（19,800千円）を含みます。",
            "※電気自動車用充電設備の設置数は、役場・中山道みたけ館など町内公共施設への設置数の累計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mitake_kankyo_model_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 武豊町 (愛知県知多郡): 第6次武豊町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (武豊町's pages; a council member's report; an encyclopaedia): the 第6次武豊町総合計画, its period
# 令和3(2021)年度～令和12(2030)年度, the 将来像 and the 重点施策方針 ①; 26.38k㎡ and 43,147人 (2019-10-01);
# 転入 1,859 and 転出 1,691 (2023年度, 社会増 168); the town's own 合計特殊出生率 1.36 (2019) and the 人口
# ビジョン's 1.8 by 2030 and 40,000人を維持. Made up: the sheet, 施策, 課, money, every other figure.
TT_ROWS = [
    ("1", "町の人口（各年10月1日現在）", "人", [43147, 42861, 42705, 42598], 42700, 40000, "C"),
    ("2", "社会増減数", "人", ["+35", "▲42", "+21", "+168"], "+50", "+100", "A"),
    ("", "（転入者数）", "人", [1702, 1655, 1741, 1859], "", "", ""),
    ("", "（転出者数）", "人", [1667, 1697, 1720, 1691], "", "", ""),
    ("3", "合計特殊出生率", "―", [1.36, 1.31, 1.28, 1.39], 1.50, 1.80, "B"),
    (
        "4",
        "「これからも武豊町に住み続けたい」と思う町民の割合",
        "％",
        [78.4, 80.1, "―", 81.5],
        80.0,
        85.0,
        "A",
    ),
    ("5", "空き家バンクの成約件数（累計）", "件", [12, 21, 27, 33], 35, 70, "B"),
]


def taketoyo() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 10, 9, 9, 9, 9, 10, 6])
    _text(ws, 1, 1, "第6次武豊町総合計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年8月　武豊町企画政策課", align="right")
    fields = [
        ("まちの将来像", "心つなぎ　みんなでつくる　スマイルタウン", None, None),
        ("計画期間", "令和3（2021）年度～令和12（2030）年度", None, None),
        ("施策", "1-2　移住・定住の促進", "主管課", "企画政策課"),
        ("関係課", "都市計画課・子育て支援課", "重点施策方針", "①住みよいから、住みたいまちへ"),
        (
            "施策の事業費\n（R5決算・千円）",
            "84,620（構成事業 6事業）",
            "町の概況",
            "面積26.38k㎡・人口43,147人（2019年10月1日推計）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        if l2 is None:
            _span(ws, r, 3, 10, v1)
        else:
            _span(ws, r, 3, 5, v1)
            _span(ws, r, 6, 7, l2, header=True)
            _span(ws, r, 8, 10, v2)
        ws.row_dimensions[r].height = 26 if "\n" in l1 or (v2 and len(v2) > 16) else 20
        r += 1
    _text(
        ws,
        10,
        1,
        "評価　A：R5目標を達成　B：R5目標は未達成だが当初値より改善　C：当初値と比べ横ばい又は悪化",
        size=8,
    )
    _text(ws, 11, 1, "２　まちづくり指標の推移", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "まちづくり指標"),
            (3, "単位"),
            (4, "当初値\n（R元）"),
            (8, "R5目標"),
            (9, "目標値\n（R12）"),
            (10, "評価"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = 14
    for no, name, unit, vals, t5, t12, grade in TT_ROWS:
        sub = no == ""
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name, align="right" if sub else None, size=8 if sub else 9)
        _put(ws, r, 3, unit, align="center", size=8 if sub else 9)
        dec = "0.00" if name == "合計特殊出生率" else None
        for j, v in enumerate(vals):
            _num(ws, r, 4 + j, v, fmt=dec)
        _num(ws, r, 8, t5, fmt=dec)
        _num(ws, r, 9, t12, fmt=dec)
        _put(ws, r, 10, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 18 if sub else 24
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "※社会増減数＝転入者数－転出者数。（　）の行は算出の基礎となる数値で、まちづくり指標ではありません。",
        size=8,
    )
    _notes(
        ws,
        r + 2,
        [
            "※「住み続けたい」と思う町民の割合は町民意識調査（隔年実施、R5回答1,024人）によるため、R4は「―」としています。",
            "※合計特殊出生率は町独自の算出値です。人口ビジョンでは2030年までに1.8とすることを掲げています。",
            "※人口ビジョンでは、様々な施策の展開により人口40,000人を維持することを目指しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "taketoyo_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 赤穂市 (兵庫県): 赤穂市総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (encyclopaedias, the city's profile pages): 126.85k㎡, 43,790人 (2024-02-01 推計), the 「スポーツ都市」
# declaration of 平成24年2月, 千種川 (名水百選), the 赤穂義士祭 on 12月14日. Made up: the sheet, its date, 施策,
# 課, money, every indicator, figure, count and note.
AK_ROWS = [
    (
        "1",
        "特定健康診査受診率（国民健康保険）",
        "％",
        38.6,
        40.2,
        45.0,
        41.7,
        "2,958人",
        "7,094人",
        50.0,
        "未達成",
    ),
    (
        "2",
        "週1回以上スポーツをする成人の割合",
        "％",
        48.3,
        51.0,
        55.0,
        55.6,
        "612人",
        "1,101人",
        60.0,
        "達成",
    ),
    (
        "3",
        "自殺死亡率（人口10万人当たり）",
        "人",
        20.1,
        13.5,
        "14.0以下",
        11.4,
        "5人",
        "43,928人",
        "12.0以下",
        "達成",
    ),
    (
        "4",
        "がん検診（胃がん）受診率",
        "％",
        7.2,
        7.8,
        10.0,
        8.1,
        "1,130人",
        "13,950人",
        12.0,
        "未達成",
    ),
    (
        "5",
        "市スポーツ施設の年間利用者数",
        "千人",
        182.4,
        176.0,
        185.0,
        188.3,
        "―",
        "―",
        190.0,
        "達成",
    ),
]


def ako() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 10, 9, 9, 9, 10, 10, 10, 9])
    _text(ws, 1, 1, "赤穂市総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 11, "令和6年8月　赤穂市健康福祉部", align="right")
    r = 4
    for l1, v1, l2, v2 in [
        ("施策", "3-2　健康づくりとスポーツの推進", "主管課", "健康増進課"),
        ("関係課", "スポーツ推進課・保険年金課", "施策の事業費（R5決算・千円）", "238,470"),
    ]:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 8, l2, header=True)
        _span(ws, r, 9, 11, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "市の概況", header=True)
    _span(
        ws,
        r,
        3,
        11,
        "面積126.85k㎡、人口43,790人（2024年2月1日推計）。平成24年2月に「スポーツ都市」を宣言。名水百選の千種川、12月14日の赤穂義士祭",
    )
    ws.row_dimensions[r].height = 20
    _text(
        ws,
        8,
        1,
        "実績値の算出　実績値＝A÷B×100（No.3のみA÷B×100,000）。A（分子）・B（分母）は実績値算出の基礎数値です。",
        size=8,
    )
    _text(ws, 9, 1, "■成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (5, "R4実績"),
            (10, "目標値\n（R7）"),
            (11, "達成状況"),
        ],
        [(6, 9, "令和5年度", ["目標", "実績", "A（分子）", "B（分母）"])],
    )
    r = 12
    for no, name, unit, base, r4, t5, a5, num, den, t7, status in AK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, r4, t5, a5)):
            _num(ws, r, 4 + j, v, fmt="0.0")
        _num(ws, r, 8, num)
        _num(ws, r, 9, den)
        _num(ws, r, 10, t7, fmt="0.0")
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は法定報告値、No.2は市民意識調査（令和5年10月実施）の回答者数、No.3は人口動態統計と10月1日現在の推計人口によります。",
            "※No.3は値が小さいほど良い指標です。達成状況は令和5年度の目標と実績を比べたものです。",
            "※No.5は市立のスポーツ施設（7施設）の利用者数の合計です（百人未満を四捨五入）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ako_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 古座川町 (和歌山県東牟婁郡): 古座川町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (古座川町's pages; its 推進計画 on localgovs.net; 内閣府's column on the town): 5,030人 (1980, the peak),
# 2,549人 (令和3年8月), 964人 (2060, 社人研準拠推計), 合計特殊出生率 1.51 (2013～2017), about 96 % forest,
# 大塔山 1,121m, ゆず, the wording of 基本目標1 and 基本目標2. Made up: the page, its date, 課, 事業,
# every KPI, figure and note.
KZ_TABLES = [
    (
        "基本目標1　何かができる何かが変わる町へ",
        [
            (
                "【事業】ゆず・特産品の販路拡大事業（産業振興課）",
                [
                    (
                        "特産品（ゆず加工品等）の年間販売額",
                        "万円",
                        "2,840",
                        "3,120／3,100",
                        "3,380／3,300",
                        "3,500",
                    ),
                    ("新たに開発した特産品の数（累計）", "品目", "2", "5／4", "6／6", "8"),
                ],
            ),
            (
                "【事業】古座川流域の観光振興事業（産業振興課）",
                [
                    (
                        "観光交流施設の年間利用者数",
                        "人",
                        "28,400",
                        "24,150／30,000",
                        "27,960／31,000",
                        "32,000",
                    )
                ],
            ),
        ],
    ),
    (
        "基本目標2　来て、見て、感じてあなたのふるさとに",
        [
            (
                "【事業】移住・定住促進事業（企画課）",
                [
                    ("移住相談窓口を通じた移住者数", "人", "6", "9／8", "7／8", "10"),
                    ("お試し住宅の利用世帯数", "世帯", "4", "11／6", "―／8", "10"),
                ],
            ),
        ],
    ),
]

KZ_HEAD = """<thead>
<tr><th scope="col">事業・KPI</th><th scope="col">単位</th><th scope="col">基準値<br>（R元）</th><th scope="col">令和4年度<br>（実績／目標）</th><th scope="col">令和5年度<br>（実績／目標）</th><th scope="col">最終目標<br>（R6）</th></tr>
</thead>"""


def kozagawa_html() -> str:
    parts = []
    for caption, groups in KZ_TABLES:
        rows = []
        for jigyo, kpis in groups:
            rows.append(f'<tr class="jigyo"><th colspan="6" scope="rowgroup">{jigyo}</th></tr>')
            for name, unit, *vals in kpis:
                rows.append(
                    f'<tr><th scope="row" class="kpi">└ {name}</th><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(
            f"<table>\n<caption>{caption}</caption>\n{KZ_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>KPIの進捗状況（令和5年度） - 古座川町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
caption {{ text-align: left; font-weight: bold; padding: 4px 0; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tr.jigyo th {{ text-align: left; background: #f2f2f2; }}
th.kpi {{ text-align: left; font-weight: normal; padding-left: 1.5em; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップ &gt; 町政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>古座川町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度）</h1>
<p>更新日：2024年9月20日　担当：企画課</p>
<p>本町の人口は1980年の5,030人をピークに減少が続き、令和3年8月には2,549人となりました。社人研に準拠した推計では、2060年には964人まで減少すると見込まれています。合計特殊出生率（2013～2017年）は1.51です。</p>
<p>町の面積の約96％を森林が占め、大塔山（1,121m）に源を発する古座川が町の中央を流れています。総合戦略では4つの基本目標を掲げており、このページでは基本目標1と基本目標2のKPIの進捗をお知らせします。</p>
<p>各年度の欄は「実績／目標」の順に記載しています。【事業】の行の（　）内は担当課です。</p>
<h2>重要業績評価指標（KPI）の進捗</h2>
{tables}
<p>※特産品の年間販売額は、町内の直売所3か所と通信販売の合計です。</p>
<p>※お試し住宅は、令和5年7月から12月まで改修工事のため受付を休止したため、令和5年度の実績を「―」としています。</p>
<p>お問い合わせ：古座川町役場 企画課</p>
</body>
</html>
"""


def kozagawa() -> Path:
    path = HERE / "kozagawa_kpi_shinchoku_r5.html"
    path.write_bytes(kozagawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mitake, taketoyo, ako):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kozagawa().name}")


if __name__ == "__main__":
    main()
