"""Build the built documents of forms31/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/oosaki_senryaku_jisshi_h27.xlsx``, a sheet in the manner of 大崎町 (鹿児島県) 「総合戦略に基づく
  各種施策の実施状況及び実績について」 (each KPI cell holds the indicator's name and its value, headers
  ``KPI（平成32年3月まで）`` / ``KPI（平成27年度）``, a 達成率 column), and from it
  ``oosaki_senryaku_jisshi_h27.pdf``;
* ``source/suzuka_tanishisaku_r4.xlsx``, a sheet in the manner of 鈴鹿市 (三重県) 単位施策マネジメントシート
  (Western fiscal years, めざすべき都市の状態に対する成果指標 and 単位施策の成果指標（KPI）, 億円 / 千人 in
  the 単位 column, a 達成率 column, 投入資源), and from it ``suzuka_tanishisaku_r4.pdf``;
* ``source/yatsushiro_jimujigyo_r5.xlsx``, a sheet in the manner of 八代市 (熊本県) 事務事業評価票 (era-less
  ``4年度`` … ``9年度``, 計画 / 実績 rows per indicator, 活動指標 / 成果指標 merged down a 区分 column,
  numbers inside 指標設定の考え方), and from it ``yatsushiro_jimujigyo_r5.pdf``;
* ``tsuyama_suchimokuhyo_r3.html``, a page in the manner of 津山市 (岡山県) 第2期総合戦略 数値目標の進捗状況
  (5年間累計 targets, 万人 in the 単位 column, three evaluation words).

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms31/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms31/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms31_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 大崎町 (鹿児島県): 総合戦略に基づく各種施策の実施状況及び実績 — KPI の名前と値が一つのセルに
# --------------------------------------------------------------------------------------------

# Real (the town's 平成27年度 report): the title, the 基本目標① heading, the 《…》 line, the column
# words, every 施策, 取組み, KPI name and figure. The 達成率 of the first row is 32/300.
OOSAKI_ROWS = [
    (
        "新しい雇用の創出，若者の職場定着支援",
        [
            (
                "町出身者及び町内在住者の就職活動に対する支援",
                "合同企業説明会参加者延べ人数",
                "300人",
                "32人",
                "10.7%",
            ),
            (
                "鹿児島労働局等の専門機関と連携した雇用相談体制の整備",
                "就業相談者数",
                "100人",
                "0人",
                "0.0%",
            ),
            (
                "UIJターン希望者を対象とした求人情報の発信",
                "UIJターン希望者相談者数",
                "20人",
                "0人",
                "0.0%",
            ),
        ],
    ),
    (
        "新たな産業の創出と起業支援",
        [
            ("企業誘致の推進", "企業立地協定締結件数", "10件", "1件", "10.0%"),
        ],
    ),
    (
        "安定した農業生産体制の確立",
        [
            ("新規就農者の確保・後継者の育成", "新規認定農業者数", "10人", "12人", "120.0%"),
        ],
    ),
    (
        "“おおさき”の農畜産物の情報発信と地産地消の推進",
        [
            (
                "学校給食等における地場産物利用の推進",
                "学校給食等における地場産物利用割合",
                "30%以上",
                "30%以上",
                "―",
            ),
        ],
    ),
]


def oosaki() -> Path:
    wb, ws = _sheet("実施状況", [16, 24, 22, 22, 9])
    _text(ws, 1, 1, "総合戦略に基づく各種施策の実施状況及び実績について", bold=True, size=13)
    _text(ws, 3, 1, "〈基本目標①〉まちに安定した雇用をつくる", bold=True, size=11)
    _text(
        ws,
        4,
        1,
        "《具体的な取組み内容と事業名及び事業ごとの重要業績評価指標（KPI）》",
        bold=True,
        size=10,
    )
    heads = [
        "具体的な施策",
        "具体的な取組み",
        "KPI（平成32年3月まで）",
        "KPI（平成27年度）",
        "達成率",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 5, c, h, header=True)
    ws.row_dimensions[5].height = 24
    r = 6
    for measure, items in OOSAKI_ROWS:
        first = r
        for work, name, target, actual, rate in items:
            _put(ws, r, 1, measure if r == first else None, valign="center")
            _put(ws, r, 2, work)
            _put(ws, r, 3, f"{name}　{target}")
            _put(ws, r, 4, f"{name}　{actual}")
            _put(ws, r, 5, rate, align="right")
            ws.row_dimensions[r].height = 36
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _text(
        ws,
        r + 1,
        1,
        "※達成率は、KPI（平成27年度）の値をKPI（平成32年3月まで）の値で除したものです。",
        size=8,
    )
    _text(ws, r + 2, 1, "※平成27年度の事業費 12,480千円（地方創生加速化交付金を含む）", size=8)
    _page(ws, "portrait")
    path = SOURCE / "oosaki_senryaku_jisshi_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鈴鹿市 (三重県): 単位施策マネジメントシート — 西暦年度、達成率の列、千人・億円の単位列、投入資源の表
# --------------------------------------------------------------------------------------------

# Real: めざすべき都市の状態に対する成果指標 / 単位施策の成果指標（KPI）, the 基本目標 1-1 name, 製造品出荷額
# and its 2016年度 current value year (平成28年工業統計調査), 投入資源（決算額、従事職員数）.
# Made up: the sheet's layout, 主担当課, every figure and the other indicators.
SUZUKA_CITY = ("製造品出荷額", "億円", 16518, [15902, 16140, 16870], 17000)
SUZUKA_KPI = [
    ("企業立地件数（累計）", "件", 12, 20, 18, "90.0%", 22),
    ("創業支援による創業者数", "人", 38, 45, 51, "113.3%", 48),
    ("市内事業所の従業者数", "千人", 82.4, 83.0, 81.7, "98.4%", 83.5),
    ("新規就農者数", "人", 9, 10, "―", "―", 10),
]


def suzuka() -> Path:
    wb, ws = _sheet("マネジメントシート", [30, 8, 13, 12, 12, 12, 16, 10])
    _text(ws, 1, 1, "令和5年度　単位施策マネジメントシート（令和4年度実績）", bold=True, size=13)
    _text(ws, 1, 8, "鈴鹿市", align="right")
    _put(ws, 3, 1, "単位施策", header=True)
    _span(ws, 3, 2, 5, "1-1　競争力のある産業の創造と雇用の創出")
    _put(ws, 3, 6, "主担当課", header=True)
    _span(ws, 3, 7, 8, "産業政策課")
    _text(ws, 5, 1, "1　めざすべき都市の状態に対する成果指標", bold=True, size=10)
    _put(ws, 6, 1, "成果指標", header=True)
    _put(ws, 6, 2, "単位", header=True)
    _put(ws, 6, 3, "現状値（2016年度）", header=True)
    _span(ws, 6, 4, 6, "実績値", header=True)
    _put(ws, 6, 7, "目標値（2023年度）", header=True)
    _put(ws, 6, 8, "", header=True)
    for c, h in (
        (1, ""),
        (2, ""),
        (3, ""),
        (4, "2020年度"),
        (5, "2021年度"),
        (6, "2022年度"),
        (7, ""),
        (8, ""),
    ):
        _put(ws, 7, c, h, header=True)
    for c in (1, 2, 3, 7):
        _merge(ws, 6, c, 7, c)
    _merge(ws, 6, 8, 7, 8)
    name, unit, base, acts, target = SUZUKA_CITY
    _put(ws, 8, 1, name)
    _put(ws, 8, 2, unit, align="center")
    _put(ws, 8, 3, base)
    for i, v in enumerate(acts):
        _put(ws, 8, 4 + i, v)
    _put(ws, 8, 7, target)
    _put(ws, 8, 8, "")
    _text(ws, 9, 1, "※現状値は平成28年工業統計調査。2022年度は速報値。", size=8)

    _text(ws, 11, 1, "2　単位施策の成果指標（KPI）", bold=True, size=10)
    _put(ws, 12, 1, "KPI", header=True)
    _put(ws, 12, 2, "単位", header=True)
    _put(ws, 12, 3, "基準値（2018年度）", header=True)
    _span(ws, 12, 4, 6, "2022年度", header=True)
    _put(ws, 12, 7, "最終目標（2023年度）", header=True)
    _put(ws, 12, 8, "", header=True)
    for c, h in (
        (1, ""),
        (2, ""),
        (3, ""),
        (4, "目標"),
        (5, "実績"),
        (6, "達成率"),
        (7, ""),
        (8, ""),
    ):
        _put(ws, 13, c, h, header=True)
    for c in (1, 2, 3, 7, 8):
        _merge(ws, 12, c, 13, c)
    r = 14
    for name, unit, base, tgt, act, rate, final in SUZUKA_KPI:
        fmt = "0.0" if isinstance(base, float) else None
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base, fmt=fmt)
        _put(ws, r, 4, tgt, fmt=fmt)
        _put(ws, r, 5, act, fmt=fmt, align="right" if act == "―" else None)
        _put(ws, r, 6, rate, align="right")
        _put(ws, r, 7, final, fmt=fmt)
        _put(ws, r, 8, "")
        r += 1
    _text(ws, r, 1, "※新規就農者数の2022年度実績は、集計中のため未掲載。", size=8)

    r += 2
    _text(ws, r, 1, "3　投入資源", bold=True, size=10)
    r += 1
    for c, h in enumerate(["区分", "単位", "2020年度", "2021年度", "2022年度"], start=1):
        _put(ws, r, c, h, header=True)
    for label, unit, vals in (
        ("決算額", "千円", [184320, 201455, 196870]),
        ("従事職員数", "人", [6.5, 6.5, 7.0]),
    ):
        r += 1
        _put(ws, r, 1, label)
        _put(ws, r, 2, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 3 + i, v)
    _page(ws, "landscape")
    path = SOURCE / "suzuka_tanishisaku_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八代市 (熊本県): 事務事業評価票 — 年号のない年度、計画 / 実績 の区分列、指標設定の考え方に数字
# --------------------------------------------------------------------------------------------

# Real: 別記様式（第5条関係）, 事務事業評価票, 所管部長等名, 駅前駐輪場管理事業, the 施策の体系 (5 安全で快適に
# 暮らせるまち / 安全で安心のまちづくり / 交通安全対策の推進 / 交通安全施設の整備), 防災安全課交通防犯係,
# 八代市営駐輪場条例, the columns 指標名 | 指標設定の考え方 | 単位 | 4年度 … 9年度, the 成果の数値化 sentence.
# Made up: the indicators and every figure, the money rows.
YATSU_YEARS = ["4年度", "5年度", "6年度", "7年度", "8年度", "9年度"]
YATSU_ROWS = [
    ("活動指標", "駐輪場の管理台数", "市営駐輪場3か所の収容台数", "台", [1150] * 6, [1150, 1150]),
    (
        "活動指標",
        "放置自転車の撤去台数",
        "駐輪場内に30日以上放置された自転車",
        "台",
        [60] * 6,
        [48, 71],
    ),
    ("活動指標", "駐輪指導の実施日数", "開庁日（年約240日）に実施", "日", [240] * 6, [243, 238]),
    (
        "成果指標",
        "駐輪場の利用率",
        "収容台数1,150台に対する1日平均利用台数の割合",
        "%",
        [80.0] * 6,
        [76.4, 78.9],
    ),
    (
        "成果指標",
        "駐輪場内の自転車盗難件数",
        "防犯カメラ8台の設置により件数を減らす",
        "件",
        [2] * 6,
        [3, 1],
    ),
]


def yatsushiro() -> Path:
    wb, ws = _sheet("評価票", [8, 22, 24, 6, 6, 8, 8, 8, 8, 8, 8])
    _text(ws, 1, 1, "別記様式（第5条関係）", size=8)
    _text(ws, 2, 1, "事務事業評価票", bold=True, size=14)
    _text(ws, 2, 11, "八代市", align="right")
    _put(ws, 3, 1, "評価対象年度", header=True)
    _span(ws, 3, 2, 2, "令和5年度")
    _put(ws, 3, 3, "所管部長等名", header=True)
    _span(ws, 3, 4, 11, "市民協働部長")
    _put(ws, 4, 1, "事務事業名", header=True)
    _span(ws, 4, 2, 3, "駅前駐輪場管理事業")
    _span(ws, 4, 4, 5, "所管課", header=True)
    _span(ws, 4, 6, 8, "防災安全課")
    _put(ws, 4, 9, "係名", header=True)
    _span(ws, 4, 10, 11, "交通防犯係")
    _put(ws, 5, 1, "施策の体系", header=True)
    _span(
        ws,
        5,
        2,
        11,
        "基本目標（章）5 安全で快適に暮らせるまち ／ 施策の大綱（節）安全で安心のまちづくり ／ 施策の展開（項）交通安全対策の推進 ／ 具体的な施策 交通安全施設の整備",
    )
    ws.row_dimensions[5].height = 26
    _put(ws, 6, 1, "根拠法令等", header=True)
    _span(ws, 6, 2, 11, "八代市営駐輪場条例")
    _put(ws, 7, 1, "事業の目的", header=True)
    _span(ws, 7, 2, 11, "八代駅利用者の利便性の確保")

    _text(ws, 9, 1, "1　事務事業の指標", bold=True, size=10)
    heads = ["区分", "指標名", "指標設定の考え方", "単位", "", *YATSU_YEARS]
    for c, h in enumerate(heads, start=1):
        _put(ws, 10, c, h, header=True)
    r = 11
    kinds_first: dict[str, int] = {}
    for kind, name, why, unit, plans, acts in YATSU_ROWS:
        kinds_first.setdefault(kind, r)
        for sub, vals in (("計画", plans), ("実績", acts)):
            _put(ws, r, 1, kind if r == kinds_first[kind] else None, align="center")
            _put(ws, r, 2, name if sub == "計画" else None)
            _put(ws, r, 3, why if sub == "計画" else None)
            _put(ws, r, 4, unit if sub == "計画" else None, align="center")
            _put(ws, r, 5, sub, align="center")
            for i in range(6):
                v = vals[i] if i < len(vals) else ""
                _put(ws, r, 6 + i, v, fmt="0.0" if isinstance(v, float) else None)
            r += 1
        for c in (2, 3, 4):
            _merge(ws, r - 2, c, r - 1, c)
    last = {}
    for kind, *_ in YATSU_ROWS:
        last[kind] = last.get(kind, 0) + 2
    for kind, first in kinds_first.items():
        _merge(ws, first, 1, first + last[kind] - 1, 1)
    _put(ws, r, 1, "成果の数値化", header=True)
    _span(ws, r, 2, 11, "駐輪場利用者の利便性を図る事業であり、利用率のほかの数値化は難しい。")
    r += 2
    _text(ws, r, 1, "2　事業費の推移（単位：千円）", bold=True, size=10)
    r += 1
    for c, h in enumerate(["区分", "4年度決算", "5年度決算", "6年度予算"], start=1):
        _put(ws, r, c, h, header=True)
    for label, vals in (("事業費", [8412, 8655, 9020]), ("うち一般財源", [5102, 5310, 5640])):
        r += 1
        _put(ws, r, 1, label)
        for i, v in enumerate(vals):
            _put(ws, r, 2 + i, v)
    _page(ws, "portrait")
    path = SOURCE / "yatsushiro_jimujigyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津山市 (岡山県): 第2期総合戦略 数値目標の進捗状況 — 5年間累計の目標、万人の単位列、評価の言葉
# --------------------------------------------------------------------------------------------

# Real (津山朝日新聞 2022年8月19日, the R3 figures): 雇用創出数 199人 (5年間累計目標700人), 県外からの移住者数
# 304人 (同900人), 新規学卒者の地域内就職者数 581人 and 44.4% (5年間累計目標3,250人, 50%), 年間観光客入込数
# 126万人 (目標240万人), 合計特殊出生率 1.48 (1.72), the three evaluation words, 基本目標Ⅰ's name.
# Made up: every baseline, the layout, the 基本目標Ⅱ / Ⅲ names, which 基本目標 each row stands under.
TSUYAMA = [
    (
        "基本目標Ⅰ　地域経済を活性化させ、安定した雇用を創出する",
        [
            ("雇用創出数", "人", "―", "700（5年間累計）", "199（累計）", "順調に推移"),
            (
                "新規学卒者の地域内就職者数",
                "人",
                "652",
                "3,250（5年間累計）",
                "581",
                "強化・改善が必要",
            ),
            ("新規学卒者の地域内就職率", "％", "46.8", "50.0", "44.4", "強化・改善が必要"),
            ("年間観光客入込数", "万人", "198", "240", "126", "強化・改善が必要"),
        ],
    ),
    (
        "基本目標Ⅱ　津山への新しいひとの流れをつくる",
        [
            ("県外からの移住者数", "人", "―", "900（5年間累計）", "304（累計）", "順調に推移"),
        ],
    ),
    (
        "基本目標Ⅲ　結婚・出産・子育ての希望をかなえる",
        [
            ("合計特殊出生率", "―", "1.55", "1.72", "1.48", "強化・改善が必要"),
        ],
    ),
]


def tsuyama_html() -> str:
    parts = []
    for head, rows in TSUYAMA:
        body = "\n".join(
            f'<tr><td>{n}</td><td class="c">{u}</td><td class="num">{b}</td><td class="num">{t}</td><td class="num">{a}</td><td class="c">{e}</td></tr>'
            for n, u, b, t, a, e in rows
        )
        parts.append(
            f"""<h2>{head}</h2>
<table>
<tr><th>数値目標</th><th>単位</th><th>基準値<br>（H30年度）</th><th>目標値<br>（R6年度）</th><th>実績値<br>（R3年度）</th><th>評価</th></tr>
{body}
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期津山市まち・ひと・しごと創生総合戦略 数値目標の進捗状況 | 津山市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>第2期津山市まち・ひと・しごと創生総合戦略 数値目標の進捗状況（令和3年度実績）</h1>
<p>津山市地域創生推進会議（経済分科会・社会環境分科会）に報告した、総合戦略の数値目標の令和3年度実績です。計画期間は令和2年度から令和6年度までの5年間です。</p>
{tables}
<p class="note">※評価　目標値を達成：実績値が目標値に達したもの　順調に推移：目標達成に向けて順調に推移しているもの　強化・改善が必要：取組の強化・改善が必要なもの</p>
<p class="note">※「5年間累計」「累計」は令和2年度からの累計です。</p>
<p>問い合わせ先：津山市 総合企画部 企画課</p>
</body>
</html>
"""


def tsuyama() -> Path:
    path = HERE / "tsuyama_suchimokuhyo_r3.html"
    path.write_bytes(tsuyama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (oosaki, suzuka, yatsushiro):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tsuyama().name}")


if __name__ == "__main__":
    main()
