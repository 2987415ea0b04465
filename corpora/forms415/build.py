"""Build the documents of forms415/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kyonan_kpi_suii_r5.xlsx`` and its PDF, a 地域再生計画 KPI推移表 in the manner of 鋸南町 (千葉県安房郡):
  a two-row head, ``千人`` in a 単位 column, a ``中止`` cell and a 備考 that makes one row's values running totals;
* ``source/yugawara_shisaku_hyoka_2015.xlsx`` and its PDF, a 総合計画 前期基本計画 施策評価シート in the manner of
  湯河原町 (神奈川県足柄下郡): Western fiscal years, a unit note above the grid that covers only the 人数 rows,
  a ``現状維持`` target and an A/B/C 評価 column with its legend;
* ``source/omi_jimujigyo_hyoka_r6.xlsx`` and its PDF, a 事務事業評価シート in the manner of 麻績村
  (長野県東筑摩郡): 活動指標 and 成果指標 under one head, a ``H31/R1`` baseline head, an R6 forecast column and a
  cell with a breakdown in brackets;
* ``nagatoro_suishin_kpi_r5.html``, a 地域再生計画 KPI page in the manner of 長瀞町 (埼玉県秩父郡): 基本方針 as
  ``<th rowspan>``, units in every cell, an actual with its own date and an R5 達成率 column.

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
    wb.properties.creator = "forms415/build.py"
    wb.properties.lastModifiedBy = "forms415/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms415_soffice_") as tmp:
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
# 鋸南町 (千葉県安房郡): 地域再生計画 KPI推移表（令和5年度）
# Real: 地域振興課, 45.19㎢, 鋸山 329m, 日本水仙 (日本三大群生地), 頼朝桜 約1万8千本, 道の駅保田小学校.
# Made up: the plan's name and period, the KPIs and every value.
# --------------------------------------------------------------------------------------------


def build_kyonan() -> Path:
    wb, ws = _sheet("KPI推移", [5, 30, 7, 11, 11, 11, 11, 11, 30])
    last = 9
    _text(
        ws,
        1,
        1,
        "鋸南町地域再生計画　重要業績評価指標（KPI）推移表（令和５年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, last, "令和6年7月　鋸南町", align="right")
    _field(ws, 4, "地域再生計画の名称", "花と海と里山の鋸南町交流人口拡大計画", last)
    _field(ws, 5, "担当課", "地域振興課（まちづくり推進室）", last)
    _field(ws, 6, "計画期間", "令和3年4月1日～令和6年3月31日（3か年）", last)
    _field(
        ws,
        7,
        "町の現状",
        "本町は房総半島の南西部に位置し、面積は45.19㎢、北部には標高329mの鋸山がそびえる。日本水仙は日本三大群生地の一つに数えられ、"
        "町内には頼朝桜をはじめ約1万8千本の桜が植えられている。平成27年12月には廃校を活用した道の駅保田小学校が開業し、交流の拠点となっている。",
        last,
        height=48,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の推移", bold=True, size=11)
    r = 10
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "重要業績評価指標（KPI）", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _put(ws, r, 4, "基準値", header=True)
    _put(ws, r + 1, 4, "H30年度", header=True)
    _span(ws, r, 5, 7, "実績値", header=True)
    for c, h in zip((5, 6, 7), ("R3年度", "R4年度", "R5年度")):
        _put(ws, r + 1, c, h, header=True)
    _put(ws, r, 8, "目標値", header=True)
    _put(ws, r + 1, 8, "R5年度", header=True)
    _down(ws, r, r + 1, 9, "備考", header=True)
    rows = [
        (
            "1",
            "観光入込客数",
            "千人",
            1052,
            812,
            905,
            1010,
            1100,
            "千葉県観光入込調査による",
        ),
        (
            "2",
            "水仙まつり期間中の来場者数",
            "人",
            38500,
            "中止",
            29800,
            35100,
            40000,
            "R3は新型コロナウイルス感染症の影響により開催中止",
        ),
        (
            "3",
            "頼朝桜の植栽本数",
            "本",
            15800,
            17200,
            17600,
            18000,
            18000,
            "基準値・実績値・目標値とも平成20年度からの累計本数",
        ),
        ("4", "移住相談件数（道の駅窓口・オンライン）", "件", 46, 71, 88, 95, 80, ""),
        ("5", "新規就農者数", "人", 2, 1, 3, 2, 3, ""),
    ]
    for i, row in enumerate(rows):
        rr = r + 2 + i
        _put(ws, rr, 1, row[0], align="center")
        _put(ws, rr, 2, row[1])
        _put(ws, rr, 3, row[2], align="center")
        for c, v in zip(range(4, 9), row[3:8]):
            _put(ws, rr, c, v, align="center" if isinstance(v, str) else None)
        _put(ws, rr, 9, row[8], size=8)
        ws.row_dimensions[rr].height = 26
    _text(ws, r + 8, 1, "※目標値は計画期間の最終年度（R5年度）の値。実績値は各年度末現在で集計。")
    _page(ws, "landscape", f"A1:I{r + 8}")
    path = SOURCE / "kyonan_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湯河原町 (神奈川県足柄下郡): 総合計画 前期基本計画（2011年～2015年） 施策評価シート（2015年度）
# Real: the 前期基本計画's span 2011年～2015年, 基本目標1 and 施策 1 基幹産業の振興 (1) 観光, 40.99km²,
# 砂浜 約700m, 幕山梅林, 独歩の湯. Made up: 観光課, the indicators and every value.
# --------------------------------------------------------------------------------------------


def build_yugawara() -> Path:
    wb, ws = _sheet("施策評価", [26, 11, 10, 10, 10, 12, 8])
    last = 7
    _text(
        ws, 1, 1, "湯河原町総合計画　前期基本計画　施策評価シート（2015年度）", bold=True, size=13
    )
    _text(ws, 2, last, "平成27年8月　湯河原町", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    _field(ws, 5, "基本目標", "1　魅力と活力にあふれるにぎわいのあるまちづくり", last, label_cols=1)
    _field(ws, 6, "施策", "(1)　観光　（1　基幹産業の振興）", last, label_cols=1)
    _field(ws, 7, "計画期間", "前期基本計画　2011年度～2015年度（5年間）", last, label_cols=1)
    _field(ws, 8, "担当課", "観光課", last, label_cols=1)
    _field(
        ws,
        9,
        "施策の現状",
        "町の面積は40.99km²。相模湾に面した約700mの砂浜、幕山梅林、足湯施設「独歩の湯」など観光資源に恵まれる。"
        "2013年度から旅館組合と連携した誘客事業を3年間実施し、2014年度の観光案内所の改修（事業費12,800千円）で窓口を2か所に増やした。",
        last,
        height=52,
        label_cols=1,
    )
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    _text(ws, 11, last, "（観光客数の単位：千人）", align="right")
    r = 12
    heads = [
        "成果指標",
        "策定時\n2009年度",
        "2012年度",
        "2013年度",
        "2014年度",
        "目標値\n2015年度",
        "評価",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    rows = [
        ("宿泊観光客数", 1290, 1236, 1281, 1302, 1350, "B"),
        ("日帰り観光客数", 2610, 2480, 2555, 2642, 2700, "B"),
        ("観光案内所の利用件数（件）", 18420, 19870, 21050, 22310, 22000, "A"),
        ("観光客満足度（％）", 78.5, 79.1, 80.4, 80.2, "現状維持", "A"),
    ]
    for i, row in enumerate(rows):
        rr = r + 1 + i
        _put(ws, rr, 1, row[0])
        for c, v in zip(range(2, 7), row[1:6]):
            _put(ws, rr, c, v, align="center" if isinstance(v, str) else None)
        _put(ws, rr, 7, row[6], align="center")
        ws.row_dimensions[rr].height = 22
    _text(
        ws, r + 6, 1, "評価　A：目標を達成（見込み）　B：目標に届かないが改善　C：改善が見られない"
    )
    _text(
        ws,
        r + 7,
        1,
        "※2014年度の観光客数は神奈川県入込観光客調査による。観光客満足度は来訪者アンケート（毎年度実施）による。",
    )
    _page(ws, "portrait", f"A1:G{r + 7}")
    path = SOURCE / "yugawara_shisaku_hyoka_2015.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 麻績村 (長野県東筑摩郡): 事務事業評価シート（令和6年度）
# Real: 34.38km², 2,325人 (2024年10月1日推計), 聖高原, 聖山, 麻績宿. Made up: the 事業, 振興課, the plan's
# name, the indicators and every value.
# --------------------------------------------------------------------------------------------


def build_omi() -> Path:
    wb, ws = _sheet("事務事業評価", [8, 26, 6, 10, 9, 9, 13, 11, 10])
    last = 9
    _text(ws, 1, 1, "令和６年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, last, "令和6年10月　麻績村", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, "事務事業名", "聖高原交流促進事業", last)
    _field(ws, 6, "担当課", "振興課", last)
    _field(
        ws,
        7,
        "総合計画の位置付け",
        "第6次麻績村総合計画　基本目標2　自然と歴史を生かした交流のむらづくり",
        last,
    )
    _field(ws, 8, "事業期間", "令和元年度～令和6年度", last)
    _field(
        ws,
        9,
        "事業の内容",
        "村の北端、標高1,000mを超える聖高原と聖山を舞台に、体験プログラムと魅力発信イベントを実施する。"
        "村の面積は34.38km²、人口は2,325人（令和6年10月1日推計）。北国脇往還の宿場町であった麻績宿の町並みとあわせた周遊を年2回のモニターツアーで検証する。",
        last,
        height=48,
    )
    _text(ws, 11, 1, "２　指標の状況", bold=True, size=11)
    r = 12
    _down(ws, r, r + 1, 1, "区分", header=True)
    _down(ws, r, r + 1, 2, "指標名", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _put(ws, r, 4, "基準値", header=True)
    _put(ws, r + 1, 4, "H31/R1年度", header=True)
    _span(ws, r, 5, 8, "実績値", header=True)
    for c, h in zip((5, 6, 7, 8), ("R3年度", "R4年度", "R5年度", "R6年度（見込）")):
        _put(ws, r + 1, c, h, header=True)
    _put(ws, r, 9, "目標値", header=True)
    _put(ws, r + 1, 9, "R6年度", header=True)
    rows = [
        ("①　聖高原の魅力発信イベント開催回数", "回", 4, 2, 3, 5, 5, 5),
        ("②　体験プログラムの受入件数", "件", 6, 4, 8, "12（うち村外9）", 14, 15),
        ("③　聖高原の観光入込客数", "千人", 186, 121, 148, 163, 170, 200),
        ("④　交流をきっかけとした移住者数", "人", 2, 1, 3, 4, "―", 5),
    ]
    _down(ws, r + 2, r + 3, 1, "活動指標", header=True)
    _down(ws, r + 4, r + 5, 1, "成果指標", header=True)
    for i, row in enumerate(rows):
        rr = r + 2 + i
        _put(ws, rr, 2, row[0])
        _put(ws, rr, 3, row[1], align="center")
        for c, v in zip(range(4, 10), row[2:8]):
            _put(ws, rr, c, v, align="center" if isinstance(v, str) else None)
        ws.row_dimensions[rr].height = 24
    _text(ws, r + 6, 1, "※④のR6年度見込は、移住相談の結果が年度末に確定するため記載していない。")
    _text(ws, r + 8, 1, "３　評価", bold=True, size=11)
    _field(ws, r + 9, "今後の方向性", "継続（体験プログラムの村外受入れを強化）", last)
    _page(ws, "portrait", f"A1:I{r + 9}")
    path = SOURCE / "omi_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長瀞町 (埼玉県秩父郡): 長瀞町まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）
# Real: the plan's name, スローガン「はつらつ長瀞」, 基本方針1–3 wording, 30.43km², 6,838人 (2021年3月1日),
# 宝登山, 荒川. Made up: 総務課, the KPIs and every value.
# --------------------------------------------------------------------------------------------

NAGATORO_ROWS = [
    (
        "基本方針1　産業観光を軸としての地域の雇用創出",
        [
            (
                "長瀞ライン下り・ラフティングの利用者数",
                "68,000人",
                "112,400人",
                "126,800人",
                "130,000人",
                "97.5%",
            ),
            ("町内での新規創業件数", "1件", "2件", "3件", "3件", "100.0%"),
        ],
    ),
    (
        "基本方針2　新しい人の流れを創りだす定住・交流の活性化",
        [
            ("空き家バンクを通じた移住者数", "4人", "9人", "12人", "10人", "120.0%"),
            (
                "町公式LINEの登録者数",
                "610人",
                "1,180人",
                "1,420人<br>（R6.3.31現在）",
                "1,500人",
                "94.7%",
            ),
        ],
    ),
    (
        "基本方針3　「長瀞で出会い、長瀞で育てる」若年層への支援",
        [
            (
                "子育て支援センターの利用者数",
                "延べ2,430人",
                "延べ1,980人",
                "延べ2,260人",
                "延べ2,500人",
                "90.4%",
            ),
        ],
    ),
]


def build_nagatoro() -> Path:
    body = []
    for policy, kpis in NAGATORO_ROWS:
        for i, (name, base, r4, r5, goal, rate) in enumerate(kpis):
            head = f'<th scope="rowgroup" rowspan="{len(kpis)}">{policy}</th>' if i == 0 else ""
            body.append(
                f"      <tr>{head}<td>{name}</td><td>{base}</td><td>{r4}</td><td>{r5}</td><td>{goal}</td><td>{rate}</td></tr>"
            )
    rows = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>長瀞町まち・ひと・しごと創生推進計画 KPIの実績（令和5年度） | 長瀞町</title>
</head>
<body>
<header><p class="site-name">埼玉県長瀞町</p></header>
<nav aria-label="パンくずリスト"><ol>
  <li><a href="/">トップページ</a></li>
  <li><a href="/gyosei/">町政情報</a></li>
  <li><a href="/gyosei/keikaku/">計画・施策</a></li>
  <li>長瀞町まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）</li>
</ol></nav>
<main>
<h1>長瀞町まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）</h1>
<p class="date">更新日：2024年9月20日　担当：総務課 企画財政担当</p>
<p>長瀞町は「はつらつ長瀞」をスローガンに、企業版ふるさと納税を活用した長瀞町まち・ひと・しごと創生推進計画（地域再生計画）に取り組んでいます。
町の面積は30.43km²、荒川の流れと宝登山に抱かれた人口6,838人（2021年3月1日推計）の町です。令和5年度の重要業績評価指標（KPI）の実績を、6月に開催した効果検証会議（委員8名）の意見とあわせて公表します。</p>
<h2>重要業績評価指標（KPI）の実績</h2>
<table border="1">
  <thead>
    <tr><th scope="col">基本方針</th><th scope="col">KPI</th><th scope="col">基準値<br>（R2年度）</th><th scope="col">R4年度実績</th><th scope="col">R5年度実績</th><th scope="col">目標値<br>（R6年度）</th><th scope="col">R5達成率</th></tr>
  </thead>
  <tbody>
{rows}
  </tbody>
</table>
<p class="note">※R5達成率は、R5年度実績を目標値（R6年度）で除した割合です。</p>
<p class="note">※町公式LINEの登録者数は、令和6年3月31日現在の値です。</p>
</main>
<footer><p>長瀞町役場 総務課 企画財政担当　〒369-1392 埼玉県秩父郡長瀞町大字本野上1035番地1</p></footer>
</body>
</html>
"""
    path = HERE / "nagatoro_suishin_kpi_r5.html"
    path.write_text(html, encoding="utf-8")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for build in (build_kyonan, build_yugawara, build_omi):
        xlsx = build()
        print(f"wrote source/{xlsx.name}")
        if pdf:
            to_pdf(xlsx)
    print(f"wrote {build_nagatoro().name}")


if __name__ == "__main__":
    main()
