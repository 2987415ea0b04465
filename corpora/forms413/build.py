"""Build the documents of forms413/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yoshitomi_suishin_kpi_r6.xlsx`` and its PDF, a 地域再生計画 KPI年度別実績 in the manner of 吉富町
  (福岡県築上郡): a long grid ordered by year, each year block (``2022（R4）`` …) merged down beside the same
  four KPIs, a first block ``基準（H31）`` whose 実績値 cells are the baselines, a 達成率 column and a 備考 that
  marks one R6 actual as a forecast;
* ``source/ohnan_shisaku_hyoka_r5.xlsx`` and its PDF, a 総合振興計画 施策評価シート in the manner of 邑南町
  (島根県邑智郡): 成果指標 and 活動指標 in two grids on one sheet, a ``2019年度`` baseline beside ``R3`` … heads,
  ``千人`` in a 単位 column and an actual cell with a breakdown in brackets;
* ``geisei_kaso_jisseki_r5.xlsx`` (a document itself), a 過疎地域持続的発展計画 成果指標 sheet in the manner of
  芸西村 (高知県安芸郡): 区分 merged down, units only in the number formats (one of them ``千本``), a signed
  前年度比 column and a 備考 quoting a superseded target;
* ``hinokage_saisei_kpi_r6.html``, a 地域再生計画 KPI page in the manner of 日之影町 (宮崎県西臼杵郡): two rows per
  KPI (目標 / 実績), the baseline spanning both, a unit given only in a note under the table, an actual with its
  own date and a ``未集計`` cell.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
"""
# ruff: noqa: E501, B905

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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms413/build.py"
    wb.properties.lastModifiedBy = "forms413/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None, label_cols=2):
    _span(ws, row, 1, label_cols, label, header=True)
    cell = _span(ws, row, label_cols + 1, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _box(ws, row, last_col, value, height):
    cell = _span(ws, row, 1, last_col, value)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms413_soffice_") as tmp:
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
# 吉富町 (福岡県築上郡): 吉富町まち・ひと・しごと創生推進計画 KPI年度別実績（令和6年度）
# Real: plan name, 未来まちづくり課, 1.8km × 4.0km, 5.72km², 7,749人 (1980), 6,627人 (2015), 29億円 (2013),
# SDGs未来都市 (令和6年5月), チャレンジショップ. Made up: the period, the KPIs and every value.
# --------------------------------------------------------------------------------------------

YOSHITOMI_KPIS = [
    ("1", "子育て世帯の転入世帯数", "世帯"),
    ("2", "チャレンジショップ出店者の町内開業件数", "件"),
    ("3", "ふるさと納税寄附額", "千円"),
    ("4", "SDGs出前授業の参加児童数", "人"),
]
YOSHITOMI_BLOCKS = [
    ("基準（H31）", [("", 42, "", ""), ("", 0, "", ""), ("", 38520, "", ""), ("", 120, "", "")]),
    (
        "2022（R4）",
        [
            (45, 47, "104.4%", ""),
            (1, 1, "100.0%", ""),
            (45000, 52310, "116.2%", ""),
            (150, 163, "108.7%", ""),
        ],
    ),
    (
        "2023（R5）",
        [
            (48, 44, "91.7%", ""),
            (1, 2, "200.0%", ""),
            (50000, 61874, "123.7%", ""),
            (180, 171, "95.0%", ""),
        ],
    ),
    (
        "2024（R6）",
        [
            (50, 51, "102.0%", ""),
            (1, 0, "0.0%", ""),
            (55000, 58000, "105.5%", "見込（R7.2末時点）"),
            (200, "―", "―", "講師都合により未実施"),
        ],
    ),
]


def yoshitomi() -> Path:
    wb, ws = _sheet("KPI実績", [11, 4.5, 34, 6, 10, 10, 8, 20])
    last = 8
    _text(
        ws,
        1,
        1,
        "吉富町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）年度別実績",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年3月14日", align="right")
    _field(ws, 4, "地域再生計画の名称", "吉富町まち・ひと・しごと創生推進計画", last, label_cols=2)
    _field(ws, 5, "担当課", "未来まちづくり課", last, label_cols=2)
    _field(ws, 6, "計画期間", "令和4年4月1日～令和7年3月31日", last, label_cols=2)
    _field(
        ws,
        7,
        "町の概況",
        "本町は東西1.8km、南北4.0km、面積5.72km²の九州一小さな町である。人口は1980年の7,749人をピークに減少し、"
        "2015年の国勢調査では6,627人となった。2013年には民間消費額のうち29億円が町外へ流出している。"
        "令和6年5月には「SDGs未来都市」に選定された。",
        last,
        height=48,
        label_cols=2,
    )
    _text(ws, 9, 1, "■KPIの年度別実績", bold=True, size=11)
    _text(ws, 9, 8, "（達成率＝実績値÷目標値）", align="right", size=8)
    for c, h in enumerate(
        ["年度", "No.", "重要業績評価指標（KPI）", "単位", "目標値", "実績値", "達成率", "備考"],
        start=1,
    ):
        _put(ws, 10, c, h, header=True)
    row = 11
    for year, vals in YOSHITOMI_BLOCKS:
        base = year.startswith("基準")
        _down(ws, row, row + 3, 1, year, header=True, fill=LIGHT if base else SHADE)
        for (no, name, unit), (tgt, act, rate, note) in zip(YOSHITOMI_KPIS, vals):
            fill = LIGHT if base else None
            _put(ws, row, 2, no, align="center", fill=fill)
            _put(ws, row, 3, name, fill=fill)
            _put(ws, row, 4, unit, align="center", fill=fill)
            _put(ws, row, 5, tgt if tgt != "" else "", fill=SHADE if base else None, align="right")
            _put(ws, row, 6, act, align="right", fill=fill)
            _put(ws, row, 7, rate, align="right", fill=fill)
            _put(ws, row, 8, note, size=8, fill=fill)
            row += 1
    _text(
        ws,
        row + 1,
        1,
        "※基準（H31）の行は、計画策定時に把握した平成31年度の実績値を基準値として掲げたもの。",
        size=8,
    )
    _text(ws, row + 2, 1, "※達成率は小数点第2位を四捨五入。寄附額は千円未満を切り捨て。", size=8)
    _page(ws, "portrait", f"A1:H{row + 2}")
    path = SOURCE / "yoshitomi_suishin_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 邑南町 (島根県邑智郡): 邑南町第2次総合振興計画 施策評価シート（令和5年度実績）
# Real: plan name (邑南町第2次総合振興計画), 商工観光課, the 2004 merger of 羽須美村・瑞穂町・石見町, 419.3km²,
# about 8 in 10 forest, A級グルメ構想 and its 92万人 / 242人 / 42名, 食の学校, 耕すシェフ.
# Made up: 後期基本計画 and its period, the 施策 number and name, the indicators and every value.
# --------------------------------------------------------------------------------------------


def ohnan() -> Path:
    wb, ws = _sheet("施策評価", [5, 40, 6, 10, 9, 9, 25, 9, 9])
    last = 9
    _text(
        ws,
        1,
        1,
        "邑南町第2次総合振興計画（後期基本計画）　施策評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年8月", align="right")
    _field(ws, 4, "施策番号", "3-2", last)
    _field(ws, 5, "施策名", "食と農を生かした観光・交流の推進（A級グルメ構想）", last)
    _field(ws, 6, "担当課", "商工観光課", last)
    _field(ws, 7, "計画期間", "令和3年度～令和7年度（後期5年間）", last)
    _field(
        ws,
        8,
        "施策の背景",
        "本町は平成16年10月1日に旧羽須美村・旧瑞穂町・旧石見町の2町1村が合併して誕生した。面積は419.3km²で県内一、"
        "その約8割を森林が占める。食と農に特化した「A級グルメ構想」により、5年間で観光入込客92万人、定住者242人、"
        "起業家42名を輩出した。",
        last,
        height=44,
    )
    _text(ws, 10, 1, "１　成果指標", bold=True, size=11)
    _down(ws, 11, 12, 1, "No.", header=True)
    _down(ws, 11, 12, 2, "成果指標", header=True)
    _down(ws, 11, 12, 3, "単位", header=True)
    _put(ws, 11, 4, "策定時", header=True)
    _put(ws, 12, 4, "2019年度", header=True)
    _span(ws, 11, 5, 7, "実績値", header=True)
    _span(ws, 11, 8, 9, "目標値", header=True)
    for c, h in zip(range(5, 10), ["R3", "R4", "R5", "R5", "R7"]):
        _put(ws, 12, c, h, header=True)
    rows = [
        ("①", "観光入込客数", "千人", 182, 121, 156, 175, 180, 200),
        ("②", "町内飲食店・宿泊施設での町産食材の使用率", "％", 38.5, 40.2, 41.0, 43.6, 42.0, 45.0),
        ("③", "A級グルメ関連の起業者数", "人", 40, 45, 48, "51（うち耕すシェフ修了者7）", 50, 55),
    ]
    r = 13
    for vals in rows:
        for c, v in enumerate(vals, start=1):
            _put(ws, r, c, v, align="center" if c in (1, 3) else ("right" if c > 3 else None))
        ws.row_dimensions[r].height = 22
        r += 1
    _text(
        ws,
        r,
        1,
        "※①は令和3年度から調査地点を2か所追加して集計（策定時の182千人は従来の5地点のみの数値）。",
        size=8,
    )
    _text(
        ws, r + 1, 1, "※③の括弧内は内数（「耕すシェフ」の研修を修了し町内で起業した人数）。", size=8
    )
    r += 3
    _text(ws, r, 1, "２　活動指標（事業の実施量）", bold=True, size=11)
    r += 1
    for c, h in enumerate(
        ["No.", "活動指標", "単位", "R3実績", "R4実績", "R5計画", "R5実績"], start=1
    ):
        _put(ws, r, c, h, header=True)
    _down(ws, r, r + 2, 8, "", fill=LIGHT)
    _put(ws, r, 8, None, fill=LIGHT)
    acts = [
        ("①", "食の学校 講座開催回数", "回", 36, 40, 42, 44),
        ("②", "耕すシェフ（地域おこし協力隊）受入人数", "人", 5, 4, 6, 3),
    ]
    for vals in acts:
        r += 1
        for c, v in enumerate(vals, start=1):
            _put(ws, r, c, v, align="center" if c in (1, 3) else ("right" if c > 3 else None))
        ws.row_dimensions[r].height = 20
    ws.unmerge_cells(start_row=r - 2, start_column=8, end_row=r, end_column=8)
    for rr in range(r - 2, r + 1):
        ws.cell(row=rr, column=8).border = Border()
        ws.cell(row=rr, column=8).fill = PatternFill()
    _span(ws, r - 2, 8, 9, "担当課評価", header=True)
    _span(ws, r - 1, 8, 9, "B（概ね順調）", align="center")
    _merge(ws, r - 1, 8, r, 9)
    _text(ws, r + 2, 1, "評価　A：順調　B：概ね順調　C：遅れている", size=8)
    _page(ws, "landscape", f"A1:I{r + 2}")
    path = SOURCE / "ohnan_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 芸西村 (高知県安芸郡): 芸西村過疎地域持続的発展計画 主な事業の成果指標（令和5年度実績）
# Real: 39.60km², 3,694人 (令和2年国勢調査), ナス・ピーマン, ブルースター (全国シェア90%以上), 最大13mの津波想定,
# 産業振興課. Assumed: the plan's name and its period (the law's R3～R7). Made up: the indicators and every value.
# --------------------------------------------------------------------------------------------

GEISEI_ROWS = [
    (
        "1 移住・定住・地域間交流の促進、人材育成",
        [
            ("移住相談件数", "件", 18, 31, 35, 38, 7, 45, ""),
            ("お試し滞在住宅の利用世帯数", "世帯", 4, 9, 10, 8, -1, 12, ""),
        ],
    ),
    (
        "2 産業の振興",
        [
            ("ナス・ピーマン出荷量", "t", 8120, 7840, 8200, 8015, 175, 8500, ""),
            (
                "ブルースター出荷本数",
                "千本",
                2450,
                2610,
                2700,
                2735,
                125,
                2800,
                "目標値はR5計画変更後（当初2,900千本）",
            ),
        ],
    ),
    (
        "6 子育て環境の確保、高齢者等の保健及び福祉の向上及び増進",
        [
            ("特定健康診査の受診率", "%", 41.2, 44.8, 48.0, 46.3, 1.5, 60.0, ""),
        ],
    ),
]


def _fmt(unit: str) -> tuple[str, str]:
    """Number formats that show the unit: (value, signed 前年度比)."""
    if unit == "%":
        return '0.0"%"', '+0.0"ポイント";"△"0.0"ポイント";"±0"'
    return f'#,##0"{unit}"', f'+#,##0"{unit}";"△"#,##0"{unit}";"±0"'


def geisei() -> Path:
    wb, ws = _sheet("R5実績", [22, 30, 11, 11, 11, 11, 13, 11, 30])
    last = 9
    _text(
        ws,
        1,
        1,
        "芸西村過疎地域持続的発展計画　主な事業の成果指標（令和５年度実績）",
        bold=True,
        size=13,
    )
    _field(ws, 2, "計画期間", "令和3年度～令和7年度", last, label_cols=1)
    _field(ws, 3, "担当課", "産業振興課", last, label_cols=1)
    _field(
        ws,
        4,
        "村の概要",
        "本村は高知県東部、太平洋に面した南北に細長い村で、面積は39.60km²、人口は3,694人（令和2年国勢調査）。"
        "施設園芸が盛んで、ナス・ピーマンは県内有数の出荷量を誇り、ブルースターは全国シェア90%以上。"
        "南海トラフ地震では最大13mの津波が想定されている。",
        last,
        height=44,
        label_cols=1,
    )
    _text(ws, 6, 1, "■持続的発展施策区分ごとの成果指標", bold=True, size=11)
    heads = [
        "区分",
        "成果指標",
        "基準値(R2)",
        "R4実績",
        "R5目標",
        "R5実績",
        "前年度比",
        "R7目標",
        "備考",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 7, c, h, header=True)
    r = 8
    for area, items in GEISEI_ROWS:
        _down(ws, r, r + len(items) - 1, 1, area, align="left")
        for name, unit, *vals, note in items:
            fmt, signed = _fmt(unit)
            _put(ws, r, 2, name)
            for c, v in zip(range(3, 9), vals):
                _put(ws, r, c, v, fmt=signed if c == 7 else fmt)
            _put(ws, r, 9, note, size=8)
            ws.row_dimensions[r].height = 30
            r += 1
    _text(ws, r + 1, 1, "※前年度比はR5実績とR4実績の差。", size=8)
    ws.print_area = f"A1:I{r + 1}"
    path = HERE / "geisei_kaso_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日之影町 (宮崎県西臼杵郡): 日之影町まち・ひと・しごと創生推進計画 KPIの実績（令和6年度）
# Real: plan name, 277.67km², about 90% forest, 五ヶ瀬川 and its V字谷, 3,260人 (2023年10月1日), 竹細工.
# Made up: the period, the 課, the KPIs and every value.
# --------------------------------------------------------------------------------------------

HINOKAGE_ROWS = [
    ("①移住者数（人）", "8", [("10", "11"), ("12", "9"), ("14", "12<br>（R7.1末現在）")]),
    ("②空き家バンク成約件数（件）", "3", [("4", "5"), ("5", "5"), ("6", "7")]),
    (
        "③観光消費額※",
        "412,000",
        [("380,000", "296,450"), ("420,000", "398,120"), ("450,000", "未集計")],
    ),
    ("④竹細工体験の参加者数（人）", "120", [("150", "138"), ("170", "182"), ("190", "205")]),
]


def hinokage_html() -> str:
    body = []
    for name, base, years in HINOKAGE_ROWS:
        tgt = "".join(f"<td>{t}</td>" for t, _ in years)
        act = "".join(f"<td>{a}</td>" for _, a in years)
        body.append(
            f'      <tr>\n        <th rowspan="2" scope="rowgroup">{name}</th>\n        <td rowspan="2">{base}</td>\n'
            f'        <th scope="row">目標</th>{tgt}\n      </tr>\n'
            f'      <tr>\n        <th scope="row">実績</th>{act}\n      </tr>'
        )
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>日之影町まち・ひと・しごと創生推進計画のKPI実績について｜日之影町</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・施策</a> &gt; 地方創生</nav>
<main>
  <h1>日之影町まち・ひと・しごと創生推進計画のKPI実績について</h1>
  <p class="date">更新日：2025年6月20日</p>
  <p>日之影町は宮崎県北部の九州山地に位置し、面積277.67km²の約90%を森林が占めています。町の中央を五ヶ瀬川が東西に流れ、高さ50～100メートルの断崖が続く深いV字谷をつくっています。推計人口は3,260人（2023年10月1日現在）です。</p>
  <p>地域再生計画に掲げた重要業績評価指標（KPI）の令和6年度までの実績をお知らせします。</p>
  <table class="outline">
    <tr><th>計画の名称</th><td>日之影町まち・ひと・しごと創生推進計画</td></tr>
    <tr><th>計画期間</th><td>令和2年4月1日～令和7年3月31日</td></tr>
    <tr><th>担当課</th><td>地域振興課</td></tr>
  </table>
  <h2>重要業績評価指標（KPI）の実績</h2>
  <table class="kpi">
    <thead>
      <tr>
        <th rowspan="2">KPI</th>
        <th rowspan="2">基準値<br>（R元）</th>
        <th rowspan="2">区分</th>
        <th colspan="3">年度</th>
      </tr>
      <tr>
        <th>令和4年度</th><th>令和5年度</th><th>令和6年度</th>
      </tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p class="note">※③観光消費額の単位は千円です。令和6年度の観光消費額は宮崎県観光入込客統計の公表後に掲載します。</p>
  <p class="note">※①の令和6年度実績は令和7年1月末までの転入者の数です。</p>
</main>
<footer>日之影町役場　〒882-0401 宮崎県西臼杵郡日之影町七折9079</footer>
</body>
</html>
"""


def hinokage() -> Path:
    path = HERE / "hinokage_saisei_kpi_r6.html"
    path.write_text(hinokage_html(), encoding="utf-8")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yoshitomi, ohnan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {geisei().name}")
    print(f"wrote {hinokage().name}")


if __name__ == "__main__":
    main()
