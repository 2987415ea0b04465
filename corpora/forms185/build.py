# ruff: noqa: E501
"""Build the built documents of forms185/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsushima_shisaku_hyoka_r1.xlsx``, a 総合計画 主要施策評価シート in the manner of 対馬市 (長崎県):
  form fields (挑戦, 将来像, 主要施策, 主管課, 事業費, 構成事務事業数, 市の概況) over **one KPI list folded
  into two column sets side by side** (①–③ left, ④–⑤ right under the same header, the last slot
  empty), a 社会増減 row whose values are **written with the words ``人減``** (``416人減``), ``億円``
  and ``千人`` in 単位, ``約`` cells and a ``―`` baseline; and the PDF;
* ``source/suooshima_kpi_shinchoku_h30.xlsx``, a 総合戦略 KPI 進捗管理シート in the manner of 周防大島町
  (山口県): form fields (基本目標, 施策, 担当課, 連携団体, population, 人口ビジョン) over a grid headed
  **``初期値（H26）``, ``H29測定値``, ``H30年度`` spanning ``年次目標 | 測定値``**, with **a
  ``（関連事業費）`` sub-row under every KPI whose 単位 cell says ``千円`` and whose 測定値 / 年次目標
  cells hold 決算 / 予算**, closed by a shaded ``関連事業費　計`` row; and the PDF;
* ``source/kushima_eco_jigyo_hyoka_r3.xlsx``, a 事務事業評価シート in the manner of 串間市 (宮崎県):
  form fields (事務事業名, 事業番号, 担当課, 位置付け, 事業費, 概要) over a grid whose actuals are
  **four quarter columns (``第1四半期（4～6月）`` …) and a ``年度計``**, each KPI on **two rows, ``R3年度``
  and ``R2年度（前年度）``**, with R3目標, 達成率 and 目標値（R7） merged down beside both; and the PDF;
* ``sanagochi_kpi_jisseki_r4.html``, a 地域再生計画 KPI page in the manner of 佐那河内村 (徳島県):
  **era years written in kanji numerals** (``令和二年度``, ``目標値（令和六年度）``, the date line) and
  **a years-down table whose columns are the four KPIs, a ``関連事業費（千円）`` column and a ``備考``
  column**, with a 中間目標 row.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
    wb.properties.creator = "forms185/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms185/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, **kw):
    """A bordered value merged down over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
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
    with tempfile.TemporaryDirectory(prefix="forms185_soffice_") as tmp:
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


def _val(ws, r, c, v, fmt=None, **kw):
    """A value cell: numbers right, ``―`` centred, words right."""
    if isinstance(v, float) and fmt is None:
        fmt = "#,##0.0"
    return _put(ws, r, c, v, align="center" if v == "―" else "right", fmt=fmt, **kw)


# --------------------------------------------------------------------------------------------
# 対馬市 (長崎県): 第2次対馬市総合計画 主要施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (第2次対馬市総合計画 page; 平成31年度 施政方針; 過疎計画 概況): the plan, its 4 挑戦 and 将来像,
# 36 主要施策, 412,782 (2018 外国人観光客数), 416人 / 149人 (社会減, 平成28年 / 平成30年), 708.63k㎡, 89.21%,
# 平成16年3月1日, 有人国境離島法 (2017-04). Made up: the sheet, 施策, 課, money, every other figure.
TS_HEAD = [
    "No.",
    "成果指標",
    "単位",
    "基準値\n（H28）",
    "H30実績",
    "R元目標",
    "R元実績",
    "目標値\n（R2）",
]
TS_LEFT = [
    ("①", "外国人観光客数", "人", 264715, 412782, 420000, 263150, 450000),
    ("②", "外国人観光客の観光消費額", "億円", 52, "約94", 95, "約61", 100),
    ("③", "社会増減数", "人", "416人減", "149人減", "100人減", "187人減", "50人減"),
]
TS_RIGHT = [
    ("④", "雇用機会拡充事業による新規雇用者数（累計）", "人", "―", 186, 250, 263, 300),
    ("⑤", "市内宿泊施設の延べ宿泊者数", "千人", 152, 171, 175, 158, 180),
]


def tsushima() -> Path:
    widths = [4.5, 30, 5.5, 9, 9, 9, 9, 9, 1.5, 4.5, 30, 5.5, 9, 9, 9, 9, 9]
    wb, ws = _sheet("主要施策評価", widths)
    _text(ws, 1, 1, "第2次対馬市総合計画　主要施策評価シート（令和元年度実績）", bold=True, size=14)
    _text(ws, 2, 17, "令和2年8月　対馬市政策企画課", align="right")
    fields = [
        ("挑戦", "なりわいづくり", "目指す将来像", "地域経済が潤い続ける島"),
        ("主要施策", "2-3　交流人口の拡大と雇用の創出", "主管課", "観光交流商工課"),
        (
            "施策に係る事業費（R元決算・千円）",
            386240,
            "構成事務事業数",
            "11事業（36の主要施策の一つ）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 8, v1, align="left")
        _span(ws, r, 10, 11, l2, header=True)
        _span(ws, r, 12, 17, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "市の概況", header=True)
    _span(
        ws,
        r,
        3,
        17,
        "平成16年3月1日に誕生。面積708.63k㎡（うち山林89.21%）。平成29年4月の有人国境離島法の施行により、創業・事業拡大への支援を拡充。",
        align="left",
    )
    ws.row_dimensions[r].height = 20
    _text(ws, 9, 1, "２　成果指標の達成状況", bold=True, size=11)
    h = 10
    for base in (0, 9):
        for j, word in enumerate(TS_HEAD):
            _put(ws, h, 1 + base + j, word, header=True)
    ws.row_dimensions[h].height = 30
    for k in range(3):
        r = h + 1 + k
        for base, rows in ((0, TS_LEFT), (9, TS_RIGHT)):
            if k < len(rows):
                no, name, unit, *vals = rows[k]
                _put(ws, r, 1 + base, no, align="center")
                _put(ws, r, 2 + base, name)
                _put(ws, r, 3 + base, unit, align="center")
                for j, v in enumerate(vals):
                    _val(ws, r, 4 + base + j, v)
            else:
                for j in range(len(TS_HEAD)):
                    _put(ws, r, 1 + base + j, None)
        ws.row_dimensions[r].height = 30
    _notes(
        ws,
        h + 5,
        [
            "※成果指標は左右2段に分けて掲載しています（①～③は左、④・⑤は右）。",
            "※社会増減数は住民基本台帳による転入者数と転出者数の差で、「人減」は転出超過を示します。",
            "※④は有人国境離島法に基づく雇用機会拡充事業（創業・事業拡大）による新規雇用者数の平成29年度からの累計です。",
            "※R元の外国人観光客数及び観光消費額は、7月以降の韓国からの旅行者の急減により大きく減少しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsushima_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 周防大島町 (山口県大島郡): 総合戦略 KPI進捗管理シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (travelvoice, 全国町村会, 日本商工会議所 news): 17,199人 (平成27年国調), 6.8% / 51.9%, the 人口ビジョン
# (平成27年12月; 2040年1万人, 2060年7,500人), 定住促進協議会 (2012), 島時々半島ツアー (1泊2日, 年3回, ~15名).
# Made up: the sheet, its date and 課, 基本目標 wording, every KPI figure and all money.
SO_ROWS = [
    ("1", "移住相談件数", "件", 186, 402, 400, 451, 450, (4380, 4200, 4512)),
    ("2", "町の支援制度を利用した移住者数", "人", 38, 71, 60, 56, 70, (12640, 12000, 13215)),
    ("3", "空き家バンクの成約件数", "件", 9, 17, 15, 19, 20, (2250, 2400, 2186)),
    ("4", "島時々半島ツアー参加者数", "人", 42, 45, 45, 44, 45, (1790, 1800, 1764)),
]


def suooshima() -> Path:
    wb, ws = _sheet("KPI進捗管理", [5, 32, 6, 10, 10, 10, 10, 11])
    _text(
        ws,
        1,
        1,
        "周防大島町まち・ひと・しごと創生総合戦略　KPI進捗管理シート（平成30年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和元年7月　周防大島町政策企画課", align="right")
    fields = [
        ("基本目標", "２　周防大島町への新しいひとの流れをつくる"),
        ("施策", "(1)　移住・定住の促進"),
        ("担当課", "政策企画課"),
        ("連携団体", "周防大島町定住促進協議会（平成24年設立）"),
        ("町の人口", "17,199人（平成27年国勢調査）　15歳未満 6.8％、65歳以上 51.9％"),
        (
            "人口の将来展望",
            "2040年に1万人、2060年に7,500人を維持（周防大島町人口ビジョン、平成27年12月）",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 11, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    h = 12
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "初期値\n（H26）"),
        (5, "H29\n測定値"),
        (8, "最終目標\n（H31）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 7, "H30年度", header=True)
    _put(ws, h + 1, 6, "年次目標", header=True)
    _put(ws, h + 1, 7, "測定値", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, base, h29, goal, h30, final, money in SO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, h29, goal, h30, final)):
            _val(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
        _put(ws, r, 1, None, fill=LIGHT)
        _put(ws, r, 2, "（関連事業費）", align="right", size=8, fill=LIGHT)
        _put(ws, r, 3, "千円", align="center", size=8, fill=LIGHT)
        m29, budget, m30 = money
        for j, v in enumerate(("―", m29, budget, m30, "―")):
            _val(ws, r, 4 + j, v, size=8, fill=LIGHT)
        ws.row_dimensions[r].height = 16
        r += 1
    totals = ["―"] + [sum(row[-1][k] for row in SO_ROWS) for k in range(3)] + ["―"]
    _span(ws, r, 1, 2, "関連事業費　計", bold=True, fill=SHADE)
    _put(ws, r, 3, "千円", align="center", fill=SHADE)
    for j, v in enumerate(totals):
        _val(ws, r, 4 + j, v, fill=SHADE, bold=True)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※初期値は総合戦略策定時（平成26年度）の値、測定値は各年度の実績値です。",
            "※（関連事業費）の行は各KPIに関連する事業の事業費（千円）で、測定値の欄は決算額、年次目標の欄は当初予算額です。",
            "※島時々半島ツアーは1泊2日で年3回開催（各回定員15名）。H30は台風の接近により第2回の参加者が減少しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "suooshima_kpi_shinchoku_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 串間市 (宮崎県): 事務事業評価シート（串間エコツーリズム推進事業、令和3年度）
# --------------------------------------------------------------------------------------------

# Real (環境省 エコツーリズム推進法 認定団体 page; JTB 文化 report; 令和3年度 施政方針): 串間エコツーリズム
# 推進協議会 (平成26年発足), 全体構想の国の認定 (平成29年2月), 6つのルール, モニタリング年1回, 商工観光
# スポーツランド推進課 エコツーリズム推進室, 第六次串間市長期総合計画 (令和3年度初年度), 都井岬.
# Made up: the sheet, 事業番号, money, every KPI and figure.
KS_ROWS = [
    (
        "1",
        "エコツアー参加者数",
        "人",
        [412, 986, 538, 301, 2237],
        [238, 611, 402, 275, 1526],
        2500,
        "89.5%",
        4000,
    ),
    (
        "2",
        "認定エコツアープログラムの販売件数",
        "件",
        [21, 48, 30, 17, 116],
        [12, 33, 25, 14, 84],
        120,
        "96.7%",
        180,
    ),
    (
        "3",
        "都井岬の観光入込客数",
        "千人",
        [38.2, 71.5, 45.0, 29.6, 184.3],
        [30.1, 52.4, 39.8, 24.0, 146.3],
        180.0,
        "102.4%",
        260.0,
    ),
    (
        "4",
        "自然観光資源のモニタリング実施回数",
        "回",
        ["―", "―", 1, "―", 1],
        ["―", "―", "―", 1, 1],
        1,
        "100.0%",
        1,
    ),
]


def kushima() -> Path:
    wb, ws = _sheet("事務事業評価", [4.5, 26, 5.5, 11, 10, 10, 10, 10, 9, 9, 8, 9])
    _text(
        ws, 1, 1, "令和3年度　事務事業評価シート（串間エコツーリズム推進事業）", bold=True, size=13
    )
    _text(ws, 2, 12, "令和4年6月　串間市商工観光スポーツランド推進課", align="right")
    fields = [
        ("事務事業名", "串間エコツーリズム推進事業", "事業番号", "3-2-05"),
        (
            "担当課",
            "商工観光スポーツランド推進課",
            "担当室",
            "エコツーリズム推進室",
        ),
        (
            "総合計画の位置付け",
            "第六次串間市長期総合計画（令和3年度～）",
            "事業費（千円）",
            "R3予算 18,760／R3決算 17,942",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 12, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "事業の概要", header=True)
    _span(
        ws,
        r,
        3,
        12,
        "串間エコツーリズム推進協議会（平成26年発足）と連携し、平成29年2月に国の認定を受けた串間エコツーリズム推進全体構想に基づき、都井岬などでのエコツアーの造成、ガイドの育成、自然観光資源のモニタリング（年1回）を行う。",
        align="left",
    )
    ws.row_dimensions[r].height = 30
    _text(ws, 9, 1, "２　成果指標の推移（四半期別）", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "区分"),
        (10, "R3目標"),
        (11, "達成率"),
        (12, "目標値\n（R7）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 9, "実績", header=True)
    for j, word in enumerate(
        [
            "第1四半期\n（4～6月）",
            "第2四半期\n（7～9月）",
            "第3四半期\n（10～12月）",
            "第4四半期\n（1～3月）",
            "年度計",
        ]
    ):
        _put(ws, h + 1, 5 + j, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, this, last, goal, rate, final in KS_ROWS:
        _down(ws, r, r + 1, 1, no, align="center")
        _down(ws, r, r + 1, 2, name)
        _down(ws, r, r + 1, 3, unit, align="center")
        _put(ws, r, 4, "R3年度", align="center")
        _put(ws, r + 1, 4, "R2年度\n（前年度）", align="center", size=8, fill=LIGHT)
        for j, v in enumerate(this):
            _val(ws, r, 5 + j, v, bold=j == 4)
        for j, v in enumerate(last):
            _val(ws, r + 1, 5 + j, v, size=8, fill=LIGHT)
        _down(
            ws,
            r,
            r + 1,
            10,
            goal,
            align="right",
            fmt="#,##0.0" if isinstance(goal, float) else None,
        )
        _down(ws, r, r + 1, 11, rate, align="right")
        _down(
            ws,
            r,
            r + 1,
            12,
            final,
            align="right",
            fmt="#,##0.0" if isinstance(final, float) else None,
        )
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 24
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※四半期の欄は各期間の実績、年度計はその合計です。R2年度（前年度）の行は、比較のため前年度の実績を掲げています。",
            "※達成率＝R3年度の年度計÷R3目標×100。",
            "※R2年度第1四半期は、新型コロナウイルス感染症の影響により予定していたツアー12本のうち7本を中止しました。",
            "※モニタリングは全体構想に定める6つのルールに基づき、年1回、動植物・森林・海洋環境など6区分で実施しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kushima_eco_jigyo_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐那河内村 (徳島県名東郡): 佐那河内村まち・ひと・しごと創生推進計画 KPIの実績 (HTML)
# --------------------------------------------------------------------------------------------

# Real (内閣府 地域再生計画 via furusato-funding.jp; 全国町村会 essay; 村長あいさつ): the plan's name,
# 2,044人 / 47.2%, 2,289人 (2015), 43.16%, 2,270人 (2020年10月), 47 常会, 大川原高原, さくらももいちご.
# Made up: the page, its date and 課, the plan period, money, every KPI and figure.
SN_HEAD = [
    "区分",
    "移住者数<br>（人）",
    "空き家バンク成約件数<br>（件）",
    "さくらももいちご出荷量<br>（t）",
    "大川原高原の来訪者数<br>（千人）",
    "関連事業費<br>（千円）",
    "備考",
]
SN_ROWS = [
    ("基準値（令和元年度）", "12", "3", "41.6", "38.5", "―", "推進計画の策定時"),
    (
        "令和二年度",
        "9",
        "4",
        "39.8",
        "29.4",
        "17,860",
        "高原のイベントを中止（新型コロナウイルス感染症）",
    ),
    ("令和三年度", "15", "6", "43.1", "33.2", "19,240", "空き家改修補助 4件"),
    ("令和四年度", "18", "5", "44.7", "41.9", "20,115", "移住者18人のうち子育て世帯 5世帯"),
    ("中間目標（令和四年度）", "15", "6", "45.0", "40.0", "―", "令和三年度の計画見直しで設定"),
    ("目標値（令和六年度）", "20", "8", "48.0", "45.0", "―", ""),
]


def sanagochi_html() -> str:
    head = "".join(f"<th>{w}</th>" for w in SN_HEAD)
    rows = []
    for label, *cells in SN_ROWS:
        shade = ' class="goal"' if "目標" in label else ""
        tds = "".join(
            f'<td class="num">{c}</td>' if k < 5 else f"<td>{c}</td>" for k, c in enumerate(cells)
        )
        rows.append(f'<tr{shade}><th scope="row">{label}</th>{tds}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>重要業績評価指標（KPI）の実績 - 佐那河内村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
tr.goal td, tr.goal th {{ background: #e8eef7; }}
td.num {{ text-align: right; }}
table.form th {{ background: #d9d9d9; text-align: left; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>佐那河内村まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績</h1>
<p>令和五年六月三十日　総務企画課</p>
<p>本村の人口は、国勢調査によると1965年からの50年間で2,044人（47.2%）減少し、2015年には2,289人、高齢化率は43.16%となりました。住民基本台帳では2020年10月に2,270人です。村では、村内47の常会と協力しながら、移住・定住の促進と農業の振興に取り組んでいます。推進計画に掲げた重要業績評価指標（KPI）の実績をお知らせします。</p>
<h2>1　計画の概要</h2>
<table class="form">
<tbody>
<tr><th>地域再生計画の名称</th><td>佐那河内村まち・ひと・しごと創生推進計画</td></tr>
<tr><th>計画期間</th><td>令和二年度～令和六年度（五年間）</td></tr>
<tr><th>担当課</th><td>総務企画課</td></tr>
<tr><th>交付対象事業費（五年間）</th><td>96,500千円</td></tr>
</tbody>
</table>
<h2>2　KPIの推移</h2>
<p>各年度の欄は実績値（年度末）、関連事業費は決算額です。</p>
<table>
<thead>
<tr>{head}</tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※関連事業費は、KPIに関連する3事業（移住定住促進事業、空き家活用事業、農業振興事業）の決算額の合計です。</p>
<p>※大川原高原の来訪者数は、高原の駐車場での調査による推計値です。</p>
<p>※中間目標は、令和三年度の計画見直しの際に令和四年度の目標として設定したものです。</p>
</body>
</html>
"""


def sanagochi() -> Path:
    path = HERE / "sanagochi_kpi_jisseki_r4.html"
    path.write_bytes(sanagochi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsushima, suooshima, kushima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sanagochi().name}")


if __name__ == "__main__":
    main()
