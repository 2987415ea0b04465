"""Build the documents of forms320/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/noshiro_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 能代市 (秋田県):
  form fields over a two-row grid whose baseline is headed ``前期計画最終値（R4）``, actuals ``R5 | R6``
  and targets ``R6 | R9``; a name with a non-unit bracket holding a scale word (``（人口1万人当たり）``);
  ``億円`` and ``千人`` in 単位; a ``－`` actual explained by a note; and the PDF;
* ``source/tadami_shinko_shihyo_r5.xlsx``, a 振興計画 成果指標 sheet in the manner of 只見町 (福島県):
  no 単位 column, the units given by label in a line above the grid (``（単位：①は人、②は千人…）``),
  a ``休館※`` cell with its note; and the PDF;
* ``source/oishida_senryaku_kpi_r6.xlsx``, a 総合戦略 KPI sheet in the manner of 大石田町 (山形県):
  one column ``基準値（R元）→目標値（R6）`` whose cells hold both numbers joined by an arrow
  (``412→450``, ``―→10``), actuals ``R4 | R5 | R6（見込）``, ``kg/10a``; and the PDF;
* ``shinhidaka_kpi_jisseki_r5.html``, a 総合戦略 KPI page in the manner of 新ひだか町 (北海道): the
  target column headed ``KPI値（R6）`` (explained in a lead paragraph) and one row whose cells carry
  their own scale word (``18.6万``) under the 単位 ``人``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms, not the municipalities' own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates and zip member dates).
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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms320/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms320/build.py"
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9):
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for c in range(c1, c2 + 1):
        ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, c2, height=18):
    """A form field: a shaded label cell and a value merged over columns 2..c2."""
    _put(ws, row, 1, label, header=True)
    _span(ws, row, 2, c2, value)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3


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
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms320_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j)
        _put(ws, r, c0 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 能代市 (秋田県): 第2次能代市総合計画 後期基本計画 施策評価シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the plan (基本構想 平成30年度から10年間), 将来像「“わ”のまち 能代」, the policy wording
# 地域特性を活かした産業創出, the 2006-03-21 merger with 二ツ井町, 426.95km², 51,826人 (2018-10-01),
# the バスケットボールの街づくり since 1989年度, 白神ねぎ. Made up: the sheet, 施策 number, 課, every
# figure of the grid, the 40人 in the prose and the notes.
NO_ROWS = [
    ("1", "誘致企業・新規創業による雇用者数", "人", [36, 41, 38, 40, 45], None),
    ("2", "白神ねぎ販売額", "億円", [14.2, 15.0, 14.6, 15.0, 16.0], "0.0"),
    ("3", "観光入込客数", "千人", [1012, 1105, 1187, 1100, 1300], None),
    ("4", "新規就農者数（人口1万人当たり）", "人", [1.2, 1.4, 1.6, 1.5, 2.0], "0.0"),
    ("5", "有効求人倍率（能代公共職業安定所管内）", "倍", [1.21, 1.30, "－", 1.30, 1.35], "0.00"),
]


def noshiro() -> Path:
    wb, ws = _sheet("施策評価シート", [14, 36, 7, 13, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "第2次能代市総合計画 後期基本計画　施策評価シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年7月　能代市", size=9, align="right")
    _field(ws, 4, "計画の名称", "第2次能代市総合計画（将来像「“わ”のまち 能代」）", 8)
    _field(
        ws,
        5,
        "計画期間",
        "基本構想　平成30年度～令和9年度（10年間）／後期基本計画　令和5年度～令和9年度",
        8,
    )
    _field(ws, 6, "評価対象年度", "令和6年度", 8)
    _field(ws, 7, "施策", "3-1　地域特性を活かした産業創出", 8)
    _field(ws, 8, "主管課", "総合政策課", 8)
    _put(ws, 9, 1, "施策の現状", header=True)
    _para(
        ws,
        9,
        2,
        8,
        "本市は平成18年3月21日に旧能代市と二ツ井町が合併して誕生し、面積は426.95km²、人口は51,826人（2018年10月1日推計）である。"
        "1989年度（平成元年度）から続く「バスケットボールの街づくり」や白神ねぎなどの地域資源を活かし、後期基本計画の5年間で雇用の場を年40人程度確保することを目指している。",
        48,
    )
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    h = 12
    for c, word in [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "前期計画\n最終値（R4）")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    for c, word in zip(range(5, 9), ["R5", "R6", "R6", "R9"]):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, vals, fmt in NO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, {j: fmt for j in range(5)} if fmt else None)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　前期計画最終値は、第2次能代市総合計画前期基本計画の最終年度（令和4年度）の実績値です。",
            "※2　No.4は、人口1万人当たりの新規就農者数です（年度中の新規就農者数÷4月1日現在人口×10,000）。",
            "※3　No.5の「－」は、本シート作成時点で令和6年度の数値が公表されていないことを示します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "noshiro_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 只見町 (福島県): 第七次只見町振興計画 重点プロジェクト 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 第七次只見町振興計画 (公開 2020-05-20), 747.56km², 山地94%, 降雪 平年13m, 只見ユネスコ
# エコパーク (平成26年6月), ただみ・ブナと川のミュージアム (平成21年10月). Made up: the plan period,
# the プロジェクト, 課, every figure, the 改修 and its dates.
TA_ROWS = [
    ("①", "ただみ・ブナと川のミュージアム入館者数", [8240, 6115, 7380, "休館※", 8500, 10000]),
    ("②", "町内観光入込客数", [142.6, 98.3, 121.0, 136.4, 140.0, 160.0]),
    ("③", "只見町への移住相談件数", [18, 25, 31, 44, 35, 50]),
    ("④", "エコパーク学習に参加した小中学生の割合", [72.5, 80.0, 85.3, 91.0, 90.0, 100]),
]


def tadami() -> Path:
    wb, ws = _sheet("成果指標", [16, 5, 40, 12, 11, 11, 11, 11, 14])
    _text(
        ws,
        1,
        1,
        "第七次只見町振興計画　重点プロジェクト成果指標の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　只見町", size=9, align="right")
    _field(ws, 4, "計画の名称", "第七次只見町振興計画", 9)
    _field(ws, 5, "計画期間", "令和2年度～令和11年度（10年間）", 9)
    _field(ws, 6, "重点プロジェクト", "ユネスコエコパークを活かした交流人口の拡大", 9)
    _field(ws, 7, "担当課", "地域創生課", 9)
    _put(ws, 8, 1, "町の概要", header=True)
    _para(
        ws,
        8,
        2,
        9,
        "総面積747.56km²のうち山地が94%を占め、降雪量は平年13mに及ぶ特別豪雪地帯である。平成26年6月に「只見ユネスコエコパーク」に登録され、"
        "平成21年10月に開館した「ただみ・ブナと川のミュージアム」を拠点に、ブナの森の自然体験と学習を進めている。",
        34,
    )
    _text(ws, 10, 1, "■重点プロジェクトの成果指標", bold=True, size=11)
    _text(ws, 11, 9, "（単位：①は人、②は千人、③は件、④は％）", size=9, align="right")
    h = 12
    _span(ws, h, 2, 3, "成果指標", header=True)
    _put(ws, h, 1, "区分", header=True)
    for c, word in [
        (4, "基準値（R元）"),
        (5, "R3実績"),
        (6, "R4実績"),
        (7, "R5実績"),
        (8, "R5目標"),
        (9, "最終目標（R11）"),
    ]:
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for label, name, vals in TA_ROWS:
        _put(ws, r, 1, "重点成果指標", align="center")
        _put(ws, r, 2, label, align="center")
        _put(ws, r, 3, name)
        fmt = "#,##0.0" if any(isinstance(v, float) for v in vals) else None
        _vals(ws, r, 4, vals, {j: fmt for j in range(6)} if fmt else None)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※　①の令和5年度は、施設改修工事（令和5年7月～令和6年3月）のため休館しました。",
            "　　②は町内の主な観光施設6か所の入込客数の合計です。④は町内小中学校3校の児童生徒に占める割合です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tadami_shinko_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大石田町 (山形県): 第2期大石田町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: まちづくり推進課, 面積約80km², 6,322人 (2023年), 最上川舟運, 玄そば (県内トップクラス),
# かおり風景100選 (平成13年). Assumed: the strategy's name and period. Made up: the 基本目標 wording,
# every KPI and figure, the notes.
OI_ROWS = [
    ("1", "玄そば作付面積", "ha", "412→450", [431, 438, 446]),
    ("2", "玄そば10a当たり収量", "kg/10a", "62→70", [58, 71, 66]),
    ("3", "そば店の年間利用者数", "千人", "185→220", [168, 204, 226]),
    ("4", "新規就農者数（累計）", "人", "0→15", [9, 12, 14]),
    ("5", "空き家バンク成約件数", "件", "―→10", [6, 9, 11]),
]


def oishida() -> Path:
    wb, ws = _sheet("KPI進捗", [13, 30, 8, 18, 10, 10, 11])
    _text(ws, 1, 1, "第2期大石田町まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の進捗状況（令和6年度）", bold=True, size=13)
    _text(ws, 3, 7, "令和7年8月　大石田町", size=9, align="right")
    _field(ws, 5, "戦略の名称", "第2期大石田町まち・ひと・しごと創生総合戦略", 7)
    _field(ws, 6, "計画期間", "令和2年度～令和6年度（5年間）", 7)
    _field(ws, 7, "担当課", "まちづくり推進課", 7)
    _put(ws, 8, 1, "町の概要", header=True)
    _para(
        ws,
        8,
        2,
        7,
        "面積約80km²、人口6,322人（2023年）。かつては最上川舟運の最大の舟着場として栄えた。玄そばの生産量は県内トップクラスで、"
        "平成13年には「大石田町そばの里」が環境省「かおり風景100選」に選ばれている。",
        34,
    )
    _text(ws, 10, 1, "基本目標１　そばの里を活かしたしごとをつくる", bold=True, size=11)
    h = 11
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（R元）\n→目標値（R6）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for c, word in zip(range(5, 8), ["R4", "R5", "R6（見込）"]):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, arrow, vals in OI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, arrow, align="center")
        _vals(ws, r, 5, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　「基準値（R元）→目標値（R6）」欄は、矢印の左が基準値（令和元年度）、右が目標値（令和6年度）です。",
            "※2　R6（見込）は、令和7年1月末時点の見込値です。",
            "※3　No.5の空き家バンクは令和2年度に開設したため、基準値はありません（―）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "oishida_senryaku_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新ひだか町 (北海道): まち・ひと・しごと創生総合戦略（第2期） KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the 2006-03-31 merger of 静内町 and 三石町, 1,147.55km², 20,366人, 11,331世帯, 二十間道路桜並木
# (約7km, 2,000本超), サラブレッド. Assumed: the strategy's name. Made up: the page, 課, every KPI and figure.
SH_ROWS = [
    ("二十間道路桜並木の観桜客数", "人", ["18.6万", "2.1万", "9.8万", "15.4万", "20万"]),
    ("牧場見学・乗馬体験の参加者数", "人", ["3,420", "1,208", "2,950", "3,615", "4,000"]),
    ("ふるさと納税寄附件数", "件", ["12,480", "31,522", "40,116", "38,904", "45,000"]),
    ("転入者数（20～39歳）", "人", ["412", "389", "401", "436", "450"]),
]


def shinhidaka_html() -> str:
    rows = []
    for name, unit, vals in SH_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        rows.append(f'      <tr><th scope="row">{name}</th><td>{unit}</td>{cells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>新ひだか町まち・ひと・しごと創生総合戦略（第2期）KPIの実績（令和5年度）｜新ひだか町</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・施策</a> &gt; KPIの実績（令和5年度）</nav>
<main>
<h1>新ひだか町まち・ひと・しごと創生総合戦略（第2期）　KPIの実績（令和5年度）</h1>
<p class="date">更新日：2024年10月4日　担当：企画課</p>
<p>新ひだか町は、2006年3月31日に静内町と三石町が合併して誕生した町で、総面積は1,147.55km²、人口は20,366人、11,331世帯です。約7kmにわたり2,000本を超える桜が咲く「二十間道路桜並木」や、日本一のサラブレッド生産地として知られています。</p>
<p>下の表の「KPI値」は、戦略の最終年度（令和6年度）に達成を目指す目標値です。実績値は各年度の数値です。</p>
<h2>基本目標２　新ひだか町への新しいひとの流れをつくる</h2>
<table border="1">
  <thead>
    <tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">KPI値<br>（R6）</th></tr>
    <tr><th>R3</th><th>R4</th><th>R5</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p>※観桜客数は、しずない桜まつりの期間（4月下旬～5月中旬）の推計値です。令和3年度は、まつりの中止により約3週間の推計です。</p>
</main>
</body>
</html>
"""


def shinhidaka() -> Path:
    path = HERE / "shinhidaka_kpi_jisseki_r5.html"
    path.write_bytes(shinhidaka_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (noshiro, tadami, oishida):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shinhidaka().name}")


if __name__ == "__main__":
    main()
