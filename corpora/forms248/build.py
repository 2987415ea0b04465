"""Build the built documents of forms248/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/haga_shisaku_hyoka_r6.xlsx``, a 振興計画 施策評価シート in the manner of 芳賀町 (栃木県):
  form fields (評価対象年度, 施策名, 主管課, 事業費 in 千円, 町の概況 with a population) over a
  成果指標 grid with **a ``寄与度`` column (高 / 中 / 低) and its legend**, **relative year
  headers** ``前年度実績 | 本年度目標 | 本年度実績`` read through the 評価対象年度 field, and under
  it **an 二次評価所見 box of prose full of numbers**; and the PDF;
* ``source/chikuhoku_kpi_kensho_r6.xlsx``, a 総合戦略 KPI検証シート in the manner of 筑北村 (長野県):
  **a ``測定時期`` column** (``毎年度末``, ``毎年1月～12月``), **a ``見直しの要否`` column (要 / 否)**
  with a note naming a future target, and **shaded 施策 heading rows whose year cells hold the
  施策's 事業費 (千円)**; ``△`` values, a ``―`` baseline, ``千人``; and the PDF;
* ``source/kamikawa_jimu_jigyo_r5.xlsx``, a 事務事業評価シート in the manner of 神川町 (埼玉県):
  one grid ``区分 | 指標名 | 単位 | R3実績 | R4実績 | R5実績 | R6計画 | 増減要因（R5）`` where
  **執行体制 rows (正職員, 会計年度任用職員, 人件費) and a 事業費 row stand under the same year
  columns as the 活動指標 / 成果指標**, and **an ``増減要因（R5）`` column of prose with numbers**;
  and the PDF;
* ``kaisei_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 開成町 (神奈川県):
  ``<th scope="row" rowspan>`` 施策 cells, **a ``優先度`` column (A / B) merged down per 施策,
  explained in a lead paragraph**, and **a ``目標達成に向けた今後の取組`` column of prose with
  numbers**; a ``―`` unit, a name with a date bracket.

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms248/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms248/build.py"
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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms248_soffice_") as tmp:
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
# 芳賀町 (栃木県): 第7次芳賀町振興計画 施策評価シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (tss.or.jp 栃木県市町概要; 町長のコーヒーブレイク vol.42): the 第7次芳賀町振興計画 (R6–R17),
# 15,664人 (R2.3.31 住基), 70.16㎢, 梨, 道の駅はが. Made up: the sheet, 施策, 課, money, every figure.
HG_ROWS = [
    ("1", "梨の出荷量", "t", "高", 3420, 3500, 3318, 3800),
    ("2", "認定農業者数", "経営体", "高", 162, 165, 167, 175),
    ("3", "道の駅はが農産物直売所の売上額", "千円", "中", 412560, 420000, 431870, 450000),
    ("4", "耕作放棄地面積の削減", "ha", "低", 38.6, 37.0, 37.9, 34.0),
]


def haga() -> Path:
    wb, ws = _sheet("施策評価", [6, 34, 9, 8, 12, 12, 12, 13])
    _text(ws, 1, 1, "第7次芳賀町振興計画　施策評価シート（令和6年度）", bold=True, size=14)
    _text(ws, 2, 8, "令和7年7月", align="right")
    fields = [
        ("評価対象年度", "令和6年度", "主管課", "農政課"),
        ("施策名", "農業の振興と梨ブランドの強化", "関係課", "商工観光課・企画課"),
        ("施策に係る事業費（千円）", 48260, "町の概況", "人口15,664人（R2.3.31住基）、面積70.16㎢"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1)
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, 8, 1, "２　成果指標の状況", bold=True, size=11)
    head = [
        "No.",
        "成果指標",
        "単位",
        "寄与度",
        "前年度実績",
        "本年度目標",
        "本年度実績",
        "前期目標\n（R10）",
    ]
    for c, w in enumerate(head, start=1):
        _put(ws, 9, c, w, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for no, name, unit, weight, *vals in HG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, weight, align="center")
        _vals(ws, r, 5, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "【寄与度】高：施策の目的の達成に直接結びつく指標　中：間接的に結びつく指標　低：参考として把握する指標",
            "※「前年度」「本年度」は評価対象年度（令和6年度）を本年度として表示しています。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "一次評価（主管課）", header=True)
    _span(ws, r, 3, 8, "B（概ね順調）　A：順調　B：概ね順調　C：やや遅れ　D：遅れ")
    ws.row_dimensions[r].height = 22
    r += 1
    _span(ws, r, 1, 2, "二次評価所見\n（行政評価委員会）", header=True)
    _para(
        ws,
        r,
        3,
        8,
        "梨の出荷量は3,318tと前年度（3,420t）を102t下回り、本年度目標（3,500t）に届かなかった。"
        "成果指標4項目のうち2項目で本年度目標を達成しており、施策全体としては概ね順調と認める。"
        "幸水・豊水・にっこりの3品種の出荷時期の分散と、令和8年度までに新規就農者10人の確保を求める。",
        64,
        border=True,
    )
    _page(ws, "landscape")
    path = SOURCE / "haga_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 筑北村 (長野県): 第2期筑北村まち・ひと・しごと創生総合戦略 KPI検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (vill.chikuhoku.lg.jp/government/7537; 村長 年頭あいさつ 令和7年): the 第2期 strategy (R2.3.27
# 策定, R2–R6), its 基本理念, the 総合戦略会議, 筑北スマートIC (1日平均1,011台, 目標700台), 西条温泉とくら.
# Made up: the sheet, its 基本目標 wording, 施策, money, the other figures, notes.
CK_GROUPS = [
    (
        "（１）移住・定住の促進",
        (18420, 21300),
        [
            ("1", "移住相談件数", "件", "毎年度末", 24, 41, 46, 40, "否"),
            ("2", "空き家バンク登録物件数（累計）", "件", "毎年度末", 12, 31, 35, 40, "否"),
            ("3", "社会増減数", "人", "毎年1月～12月", "△38", "△21", "△12", 0, "否"),
        ],
    ),
    (
        "（２）交通・交流拠点の活用",
        (96500, 12800),
        [
            (
                "4",
                "筑北スマートICの1日平均利用台数",
                "台",
                "毎年度末（NEXCO調べ）",
                "―",
                824,
                1011,
                700,
                "要※",
            ),
            ("5", "西条温泉とくら入館者数", "千人", "毎年度末", 68.2, 71.5, 83.9, 80.0, "否"),
        ],
    ),
]


def chikuhoku() -> Path:
    wb, ws = _sheet("KPI検証", [6, 34, 7, 18, 11, 10, 10, 11, 9])
    _text(
        ws,
        1,
        1,
        "第2期筑北村まち・ひと・しごと創生総合戦略　KPI検証シート（令和6年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和7年8月　筑北村まち・ひと・しごと創生総合戦略会議　資料3", align="right")
    _span(ws, 4, 1, 2, "計画期間", header=True)
    _span(ws, 4, 3, 9, "令和2年度（2020年度）～令和6年度（2024年度）の5か年（令和2年3月27日策定）")
    _span(ws, 5, 1, 2, "基本理念", header=True)
    _span(ws, 5, 3, 9, "子育て・教育環境抜群！自給自足ができるちょうどいい村")
    ws.row_dimensions[4].height = 20
    ws.row_dimensions[5].height = 20
    _text(ws, 7, 1, "基本目標２　村への新しい人の流れをつくる", bold=True, size=11)
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "測定時期",
        "基準値\n（H30）",
        "R5実績",
        "R6実績",
        "目標値\n（R6）",
        "見直しの\n要否",
    ]
    for c, w in enumerate(head, start=1):
        _put(ws, 8, c, w, header=True)
    ws.row_dimensions[8].height = 30
    r = 9
    for heading, money, rows in CK_GROUPS:
        _span(ws, r, 1, 3, heading, bold=True, fill=LIGHT)
        _put(ws, r, 4, "施策の事業費（千円）", align="center", fill=LIGHT)
        _put(ws, r, 5, None, fill=LIGHT)
        _put(ws, r, 6, money[0], fill=LIGHT)
        _put(ws, r, 7, money[1], fill=LIGHT)
        _put(ws, r, 8, None, fill=LIGHT)
        _put(ws, r, 9, None, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, when, *vals, review in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, when, align="center", size=8)
            _vals(ws, r, 5, vals)
            _put(ws, r, 9, review, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r,
        [
            "※ No.4は目標を大幅に上回ったため、第3期戦略では目標値を1,100台に見直す予定。筑北スマートICは令和5年12月供用開始（基準値は供用前）。",
            "※ No.3の「△」は転出超過を示す。No.5の入館者数は千人単位（小数点以下第2位を四捨五入）。",
            "※ 見直しの要否：要＝次期戦略でKPI又は目標値を見直す　否＝継続",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "chikuhoku_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 神川町 (埼玉県): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (town.kamikawa.saitama.jp 第2次神川町総合計画; 神川町総合戦略 H28.3): the plan's name and slogan,
# 総合政策課, the 総合戦略's 基本目標2 and 施策 (4)知名度向上活動の推進, the 2006 merger, 道のオアシス.
# Made up: the sheet, 事業, 課, every figure, staff and money.
KM_ROWS = [
    (
        "活動指標\n（アウトプット）",
        "イベント出展回数",
        "回",
        8,
        11,
        14,
        15,
        "県外出展を2か所増やした",
    ),
    (None, "町公式SNS投稿件数", "件", 96, 150, 212, 240, "週4回の定期投稿を開始"),
    (
        "成果指標\n（アウトカム）",
        "観光入込客数",
        "千人",
        1285,
        1342,
        1418,
        1450,
        "城峯公園の冬桜まつりが前年比約12%増",
    ),
    (
        None,
        "町公式SNSフォロワー数",
        "人",
        2410,
        3860,
        5125,
        6000,
        "フォロー&リポストキャンペーン（2回）",
    ),
    ("執行体制", "正職員", "人", 2, 2, 2, 2, ""),
    (None, "会計年度任用職員", "人", 1, 1, 2, 2, "R5.4から1人増員"),
    (None, "人件費（概算）", "千円", 14200, 14500, 17800, 18000, ""),
    ("事業費", "事業費（決算／R6は予算）", "千円", 3850, 4120, 5630, 6000, "うち委託料2,640千円"),
]


def kamikawa() -> Path:
    wb, ws = _sheet("事務事業評価", [13, 28, 7, 10, 10, 10, 11, 30])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施事業）", bold=True, size=14)
    _text(ws, 2, 8, "令和6年8月　神川町", align="right")
    fields = [
        ("事業名", "観光PR・知名度向上事業", "担当課", "経済観光課"),
        (
            "総合計画の位置付け",
            "第2次神川町総合計画　基本目標2",
            "事業期間",
            "平成28年度～（継続）",
        ),
        ("総合戦略の位置付け", "基本目標2　(4)知名度向上活動の推進", "作成日", "令和6年7月31日"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 4, v1)
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "事業の目的", header=True)
    _para(
        ws,
        r,
        2,
        8,
        "平成18年の旧神川町と旧神泉村の合併以降の町の魅力（冬桜、道のオアシス2か所、下久保ダム）を町外に発信し、観光入込客の増加と町の知名度向上を図る。",
        30,
        border=True,
    )
    _text(ws, 9, 1, "２　指標と執行体制の推移", bold=True, size=11)
    head = ["区分", "指標名", "単位", "R3実績", "R4実績", "R5実績", "R6計画", "増減要因（R5）"]
    for c, w in enumerate(head, start=1):
        _put(ws, 10, c, w, header=True)
    ws.row_dimensions[10].height = 22
    r = 11
    starts = []
    for kind, name, unit, *vals, why in KM_ROWS:
        if kind is not None:
            starts.append((r, kind))
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, why, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    ends = [s for s, _ in starts[1:]] + [r]
    for (s, kind), e in zip(starts, ends, strict=True):
        _put(ws, s, 1, kind, align="center")
        for rr in range(s + 1, e):
            _put(ws, rr, 1, None)
        if e - 1 > s:
            _merge(ws, s, 1, e - 1, 1)
    _notes(
        ws,
        r,
        [
            "※ 観光入込客数は埼玉県観光入込客統計調査（暦年）による。千人未満を四捨五入。",
            "※ 執行体制の人数は各年度4月1日現在。人件費は平均給与額（正職員1人当たり6,800千円）による概算。",
        ],
    )
    r += 3
    _put(ws, r, 1, "今後の方針", header=True)
    _span(ws, r, 2, 8, "■拡充　□継続　□改善　□縮小　□休止・廃止")
    ws.row_dimensions[r].height = 20
    _page(ws, "landscape")
    path = SOURCE / "kamikawa_jimu_jigyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 開成町 (神奈川県): 第五次開成町総合計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.kaisei.kanagawa.jp/info/209; townnews 2012-08-18; itot.jp): the 第五次 plan (H25–R6, 12年),
# its 将来都市像, 8つの政策と40の施策, 施策の優先度, 自治会加入率 8割超. Made up: the page, 施策 numbers,
# every indicator, figure and 取組.
KS_GROUPS = [
    (
        "1-1",
        "子育て支援の充実",
        "A",
        [
            (
                "合計特殊出生率",
                "―",
                "1.48",
                "1.41",
                "1.38",
                "1.60",
                "出産祝い金（第2子以降5万円）の継続と、R6年度に産後ケア事業を開始する。",
            ),
            (
                "保育所等待機児童数（4月1日現在）",
                "人",
                "12",
                "3",
                "0",
                "0",
                "R6.4に小規模保育所1園（定員19人）を開設。",
            ),
        ],
    ),
    (
        "2-4",
        "地域コミュニティの活性化",
        "B",
        [
            (
                "自治会加入率",
                "％",
                "82.4",
                "79.8",
                "78.6",
                "85.0",
                "全14自治会と転入者向けの加入案内を作成し、年2回配布する。",
            ),
            ("町民活動サポートセンター登録団体数", "団体", "38", "45", "47", "50", "―"),
        ],
    ),
]


def kaisei_html() -> str:
    rows = []
    for no, name, prio, inds in KS_GROUPS:
        n = len(inds)
        for i, (ind, unit, *vals, plan) in enumerate(inds):
            lead = (
                f'<th scope="row" rowspan="{n}" class="l">{no}　{name}</th><td rowspan="{n}" class="c">{prio}</td>'
                if i == 0
                else ""
            )
            rows.append(
                f'<tr>{lead}<td>{ind}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="note">{plan}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第五次開成町総合計画 成果指標の進捗状況（令和5年度実績） - 開成町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.note {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>第五次開成町総合計画 成果指標の進捗状況（令和5年度実績）</h1>
<p>掲載日：2024年10月1日　企画政策課</p>
<p>開成町では、平成25年度からの12年間を計画期間とする第五次開成町総合計画（将来都市像『明るい未来に向けて人と自然が輝くまち・開成』）に基づき、8つの政策と40の施策を進めています。後期基本計画で重点とした施策の成果指標について、令和5年度の実績を取りまとめました。</p>
<p>施策の優先度は、後期基本計画の策定時に町民意識調査（回答1,024人）の結果を踏まえて定めたものです（A：最優先で取り組む　B：優先して取り組む　C：着実に取り組む）。</p>
<h2>成果指標の進捗状況</h2>
<table>
<thead>
<tr><th>施策</th><th>優先度</th><th>成果指標</th><th>単位</th><th>基準値（H29）</th><th>R4実績</th><th>R5実績</th><th>目標値（R6）</th><th>目標達成に向けた今後の取組</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※合計特殊出生率は神奈川県衛生統計年報（暦年）によります。</p>
<p>※このページの施策番号は後期基本計画の施策番号です（全40施策のうち重点施策を抜粋）。</p>
</body>
</html>
"""


def kaisei() -> Path:
    path = HERE / "kaisei_seika_shihyo_r5.html"
    path.write_bytes(kaisei_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (haga, chikuhoku, kamikawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kaisei().name}")


if __name__ == "__main__":
    main()
