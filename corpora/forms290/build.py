"""Build the built documents of forms290/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsubetsu_shisaku_hyoka_r4.xlsx``, a 総合計画 施策評価シート in the manner of 津別町 (北海道):
  form fields (施策, 課, 事業費 in 千円, a 町の概況 with real population figures) over a 成果指標 grid
  whose **``計画策定時`` header spans ``年度 | 数値``, each row printing its own base year
  (``H30``, ``R元``, ``R2.3末``)**, and whose ``実績値`` ends in **a month-end column ``R4（9月末）``**;
  and the PDF;
* ``source/urausu_kpi_kensho_h30.xlsx``, a 総合戦略 KPI 検証シート in the manner of 浦臼町 (北海道):
  **the years down the side under a diagonally split corner cell ``KPI＼年度``**, the three 重点戦略
  プロジェクト spanning their KPI columns, a ``H30（見込）`` row and **a bottom ``目標値`` row whose
  cells carry their own year (``40,000（H31）``, ``3,000（H30）``)**; and the PDF;
* ``source/taiwa_kpi_shinchoku_r2.xlsx``, a 総合戦略 KPI 進捗 in the manner of 大和町 (宮城県):
  **``目標値`` spanning ``当初（H31） | 改訂後（R3）`` for a strategy extended by two years, with
  ``同左`` in revised cells**, ``千人``, a 基本目標 column merged down; and the PDF;
* ``hirono_fukko_shihyo_h28.html``, a 復興計画 進捗指標 page in the manner of 広野町 (福島県):
  two ``<h2>`` 基本方針, each over a table with **a ``震災前`` column dated to the day
  (``H23.3.11``)**, **calendar year-end actual headers (``H26.12末 | H27.12末``)**, a cell that
  carries its own date (``2,329（H27.10.26）``), ``以上`` and a ``―``.

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
    wb.properties.creator = "forms290/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms290/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms290_soffice_") as tmp:
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
# 津別町 (北海道網走郡): 第6次津別町総合計画 施策評価シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (令和4年12月 所信表明, town.tsubetsu.hokkaido.jp): 第6次総合計画 (令和2年度始期), the 令和3年度末
# population 4,276人 and 高齢化率 45.42%, the 平成18年度末 6,182人 and 35.04%. Made up: the sheet, 施策,
# 課, money and every indicator, figure and note.
TB_ROWS = [
    (
        "1",
        "子育て支援センターの利用者数",
        "人",
        "H30",
        "延べ3,120",
        "2,410",
        "2,655",
        "1,380",
        "延べ3,500",
    ),
    ("2", "乳幼児健康診査の受診率", "％", "R元", "96.2", "97.8", "95.1", "98.4", "100.0"),
    ("3", "放課後児童クラブの登録児童数", "人", "R2.3末", "41", "43", "47", "52", "50"),
    ("4", "子育て世代（20～39歳）の転入者数", "人", "H30", "38", "31", "44", "19", "50"),
]


def tsubetsu() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 9, 11, 10, 10, 11, 12])
    _text(ws, 1, 1, "第6次津別町総合計画　施策評価シート（令和4年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和4年10月　津別町保健福祉課", align="right")
    fields = [
        ("基本目標", "3　安心して子どもを生み育てられるまち"),
        ("施策", "3-2　子育て支援の充実"),
        ("施策に係る事業費（R4当初・千円）", "52,380"),
        (
            "町の概況",
            "令和3年度末の人口は4,276人、高齢化率は45.42%（平成18年度末は6,182人、35.04%）。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 9, 1, "２　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (9, "目標値\n（R6）")],
        [
            (4, 5, "計画策定時", ["年度", "数値"]),
            (6, 8, "実績値", ["R2", "R3", "R4（9月末）"]),
        ],
    )
    r = 12
    for no, name, unit, year, *vals in TB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, year, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※計画策定時の数値は、指標ごとに把握できた直近の年度（または時点）の値です。",
            "※R4（9月末）は、令和4年9月30日までの実績（上半期）です。年度の実績は次回の評価で報告します。",
            "※No.1の利用者数は延べ人数です。No.3は各年度5月1日の登録児童数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsubetsu_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 浦臼町 (北海道樺戸郡): 浦臼町総合戦略 重点戦略プロジェクト KPI検証シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (浦臼町総合戦略 平成28年7月《改正版》, paperzz.com/doc/5917911): the three 重点戦略プロジェクト and
# their (まち創生)/(しごと創生)/(ひと創生) tags. Made up: the sheet, date, 課 and every KPI and figure.
UR_PROJECTS = [
    ("ワインの郷づくりプロジェクト\n（まち創生）", 2, 3),
    ("新しい一次産業への挑戦プロジェクト\n（しごと創生）", 4, 4),
    ("まち暮らしサポートプロジェクト\n（ひと創生）", 5, 5),
]
UR_KPIS = [
    "KPI①\n観光入込客数（人）",
    "KPI②\nワイン関連イベント参加者数（人）",
    "KPI③\n新規就農者数（人）",
    "KPI④\n子育て世帯の転入数（世帯）",
]
UR_ROWS = [
    ("H26（基準）", ["32,400", "1,850", "1", "3"]),
    ("H27", ["33,150", "2,020", "2", "4"]),
    ("H28", ["34,870", "2,310", "0", "2"]),
    ("H29", ["36,020", "2,640", "3", "5"]),
    ("H30（見込）", ["36,500", "2,980", "2", "4"]),
]
UR_TARGETS = ["40,000（H31）", "3,000（H30）", "10（H27～H31累計）", "5（H31）"]


def urausu() -> Path:
    wb, ws = _sheet("KPI検証", [16, 22, 22, 24, 24])
    _text(
        ws,
        1,
        1,
        "浦臼町総合戦略　重点戦略プロジェクト　KPI検証シート（平成30年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 5, "平成30年11月　浦臼町総務課企画振興係", align="right")
    _para(
        ws,
        4,
        1,
        5,
        "浦臼町総合戦略（平成28年7月改正版）に掲げる3つの重点戦略プロジェクトについて、KPIの推移を年度別に整理した。"
        "平成30年度は11月時点の見込値である。本シートは第3回浦臼町総合戦略推進委員会（委員12名）の資料2である。",
        30,
    )
    _text(ws, 6, 1, "■重点戦略プロジェクトのKPI（年度別）", bold=True, size=11)
    corner = _put(ws, 7, 1, "　　　　KPI\n年度", header=True, align="left")
    _put(ws, 8, 1, None, header=True)
    _merge(ws, 7, 1, 8, 1)
    corner.border = Border(
        left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalDown=True
    )
    for name, c1, c2 in UR_PROJECTS:
        _span(ws, 7, c1, c2, name, header=True)
    for j, k in enumerate(UR_KPIS):
        _put(ws, 8, 2 + j, k, header=True)
    ws.row_dimensions[7].height = 30
    ws.row_dimensions[8].height = 30
    r = 9
    for year, vals in UR_ROWS:
        _put(ws, r, 1, year, header=True)
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "目標値", header=True)
    for j, v in enumerate(UR_TARGETS):
        _put(ws, r, 2 + j, v, align="right", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※目標値の（　）は目標年度。KPI②は平成30年度の目標、KPI③は5年間（H27～H31）の累計の目標。",
            "※KPI①は北海道観光入込客数調査（年度）による。ワイン用ぶどう畑の面積は約30ha（参考）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "urausu_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大和町 (宮城県黒川郡): 大和町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (town.taiwa.miyagi.jp/soshiki/matisei/9521.html; Wikipedia): the strategy (平成28年2月策定,
# 令和2年3月改訂, its period extended by two years to match the 第五次総合計画), the 推計人口 28,357人
# (2021-04-01). Made up: the sheet, date, 課, 基本目標 wording, every KPI, figure and note.
TW_ROWS = [
    ("1", "1 しごとをつくる", "企業立地件数（累計）", "件", "52", "58", "61", "63", "60", "65"),
    ("2", "", "町内の従業者数", "人", "14,820", "15,960", "16,210", "16,180", "16,000", "同左"),
    (
        "3",
        "2 ひとを呼び込む",
        "観光入込客数",
        "千人",
        "912",
        "1,004",
        "987",
        "611",
        "1,100",
        "同左",
    ),
    (
        "4",
        "3 子育てを支える",
        "年少人口（15歳未満）の割合",
        "％",
        "16.8",
        "16.3",
        "16.1",
        "15.9",
        "17.0",
        "16.5",
    ),
]


def taiwa() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 16, 28, 6, 10, 9, 9, 9, 11, 11])
    _text(
        ws,
        1,
        1,
        "大和町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和2年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和3年7月　大和町まちづくり政策課", align="right")
    _para(
        ws,
        4,
        1,
        10,
        "本戦略は平成28年2月に策定し、令和2年3月の改訂で計画期間を2年間延長（令和3年度まで）して第五次総合計画と期間を合わせた。"
        "延長に伴い、目標値を「改訂後（R3）」欄のとおり定めた（「同左」は当初の目標値を据え置いたもの）。町の推計人口は28,357人（令和3年4月1日）。",
        30,
    )
    _text(ws, 6, 1, "■基本目標別のKPI", bold=True, size=11)
    _head2(
        ws,
        7,
        [
            (1, "No."),
            (2, "基本目標"),
            (3, "重要業績評価指標（KPI）"),
            (4, "単位"),
            (5, "基準値\n（H26）"),
        ],
        [
            (6, 8, "実績値", ["H30", "R元", "R2"]),
            (9, 10, "目標値", ["当初（H31）", "改訂後（R3）"]),
        ],
    )
    r = 9
    for no, goal, name, unit, *vals in TW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, goal, valign="top")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="center" if v == "同左" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _merge(ws, 9, 2, 10, 2)
    _notes(
        ws,
        r + 1,
        [
            "※R2の観光入込客数は、新型コロナウイルス感染症の影響により大きく減少した。",
            "※令和2年度の地方創生関連事業費は3億1,240万円（うち交付金1億2,800万円）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "taiwa_kpi_shinchoku_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 広野町 (福島県双葉郡): 広野町復興計画（第二次） 進捗指標の状況（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (資料6-4 広野町の復興の現状, 平成28年4月23日, expydoc.com/doc/9543896): the 復興計画（第二次）
# 基本方針 1 and 3 wording, 5,490人 and 1,989世帯 (H23.3.11), 5,107人 and 2,075世帯 (H27.12.31), the
# 町内生活者 2,329人 (H27.10.26). Made up: the page, its date and 課, the H26.12末 figures, 事業所,
# targets and notes.
HR_BLOCKS = [
    (
        "基本方針1　誰もが安心して暮らせるまちづくり",
        [
            ("住民登録人口", "人", "5,490", "5,206", "5,107", "5,500"),
            ("住民登録世帯数", "世帯", "1,989", "2,031", "2,075", "2,100"),
            ("町内居住者数", "人", "5,490", "1,850", "2,329（H27.10.26）", "4,500以上"),
        ],
    ),
    (
        "基本方針3　21世紀の世界を担う新たな産業創出による賑わいのあるまちづくり",
        [
            ("町内で営業を再開・開始した事業所数", "事業所", "246", "158", "171", "200"),
            ("二ツ沼総合公園の利用者数", "人", "38,200", "―", "21,460", "40,000"),
        ],
    ),
]

HR_HEAD = """<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th>震災前</th><th colspan="2">実績</th><th>目標</th></tr>
<tr><th>H23.3.11</th><th>H26.12末</th><th>H27.12末</th><th>H32年度末</th></tr>
</thead>"""


def hirono_html() -> str:
    parts = []
    for policy, rows in HR_BLOCKS:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, unit, *vals in rows
        )
        parts.append(f"<h2>{policy}</h2>\n<table>\n{HR_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>広野町復興計画（第二次）進捗指標の状況（平成28年度） - 広野町</title>
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
<p>ホーム &gt; 町政情報 &gt; 復興 &gt; 広野町復興計画</p>
<h1>広野町復興計画（第二次）進捗指標の状況（平成28年度）</h1>
<p>平成28年6月1日　広野町復興企画課</p>
<p>復興計画（第二次）の基本方針（平成26年3月31日）ごとに、進捗を測る指標の状況をまとめました。震災前は平成23年3月11日の値、実績は各年12月末の値です。</p>
{tables}
<p>※町内居住者数の平成27年実績は、12月末の集計がないため平成27年10月26日時点の値（町内生活者）です。</p>
<p>※二ツ沼総合公園は平成26年は復旧工事のため休園しており「―」としています。</p>
<p>※平成27年10月26日時点の避難者は、県内2,462人、県外341人です。</p>
</body>
</html>
"""


def hirono() -> Path:
    path = HERE / "hirono_fukko_shihyo_h28.html"
    path.write_bytes(hirono_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsubetsu, urausu, taiwa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hirono().name}")


if __name__ == "__main__":
    main()
