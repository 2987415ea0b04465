"""Build the built documents of forms277/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hirao_mirai_jisseki_h28.xlsx``, a 未来戦略 事業実績 sheet in the manner of 平生町 (山口県):
  form fields (計画期間, a population line), a 施策 | KPI grid whose **KPI cells carry the target on a
  second line after ``＜目標＞``** (dated, undated, recurring), **actual cells with unit, scale word and
  a footnote mark (``11人※1``, ``24.3万件※2``)**, a shaded ``（参考）`` money row; and the PDF;
* ``source/matsushige_kpi_shinchoku_r3.xlsx``, a 総合戦略 KPI 進捗 in the manner of 松茂町 (徳島県):
  population prose, **units in tortoise-shell brackets ending each KPI name (``〔千人〕``, ``〔百万円〕``)**
  under a ``KPI〔単位〕`` header, **a ``参考：県平均（R3）`` column of comparison figures**, ``△`` values,
  a count line; and the PDF;
* ``source/chikujo_koka_kensho_r4.xlsx``, a 交付金事業 効果検証シート in the manner of 築上町 (福岡県):
  form fields (事業名, 担当課, 総事業費), a grid with **years down the side and one column per KPI, each
  header ending in its unit with a scale word (``（千本）``, ``（万円）``)**, **``休漁`` in an actual cell**,
  a ``前年比`` row; and the PDF;
* ``tatsugo_senryaku_kpi_r7.html``, a 創生総合戦略（案）数値目標・KPI page in the manner of 龍郷町 (鹿児島県):
  a ``rowspan`` 基本目標 column, a 区分 column (数値目標 | KPI), **baseline cells holding unit, scale and
  date in one (``約49万人（令和5年度）``, ``38人（令和6年）``)**, **a ``現状維持（14団体）`` target**.

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
    wb.properties.creator = "forms277/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms277/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms277_soffice_") as tmp:
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
# 平生町 (山口県熊毛郡): 平生町未来戦略に基づく事業の実績について（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (town.hirao.lg.jp 平生町未来戦略): the plan name, 計画期間 H27～H31, 12,617人 (H27.3.31),
# 9,648人 (平成52年推計), 地域振興課 まちづくり推進班. Made up: the sheet, 施策, KPIs, figures, notes.
HR_ROWS = [
    (
        "1",
        "企業誘致・空き工場等の活用",
        "企業誘致等による新規雇用者数\n＜目標＞5年間で延べ60人",
        "18人",
        "11人※1",
        "地域振興課",
    ),
    (
        "2",
        "農業の担い手の確保と経営体の育成",
        "新規就農者数\n＜目標＞毎年度4人以上",
        "3人",
        "5人",
        "産業課",
    ),
    (
        "3",
        "特産品の販路拡大",
        "道の駅等における特産品販売額\n＜目標＞平成31年度に年間3,000万円",
        "2,140万円",
        "2,385万円",
        "産業課",
    ),
    (
        "4",
        "情報発信の強化",
        "町ホームページの閲覧件数\n＜目標＞平成31年度に年間30万件",
        "21.6万件",
        "24.3万件※2",
        "地域振興課",
    ),
]


def hirao() -> Path:
    wb, ws = _sheet("事業実績", [6, 26, 44, 13, 13, 13])
    _text(ws, 1, 1, "平生町未来戦略に基づく事業の実績について（平成28年度）", bold=True, size=14)
    _text(ws, 2, 6, "平成29年9月　平生町地域振興課まちづくり推進班", align="right")
    fields = [
        ("計画期間", "平成27年度～平成31年度（5年間）"),
        ("町の人口", "12,617人（平成27年3月31日時点）　※平成52（2040）年には9,648人と推計"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 6, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標１　安定した雇用を創出する", bold=True, size=11)
    heads = [
        "No.",
        "具体的な施策",
        "重要業績評価指標（KPI）＜目標＞",
        "H27実績",
        "H28実績",
        "担当課",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 8, c, h, header=True)
    ws.row_dimensions[8].height = 24
    r = 9
    for no, measure, kpi, a27, a28, dept in HR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, measure)
        _put(ws, r, 3, kpi)
        _put(ws, r, 4, a27, align="right")
        _put(ws, r, 5, a28, align="right")
        _put(ws, r, 6, dept, align="center")
        ws.row_dimensions[r].height = 32
        r += 1
    _span(ws, r, 1, 3, "（参考）基本目標１に係る事業費", fill=LIGHT, bold=True)
    _put(ws, r, 4, "3,280万円", align="right", fill=LIGHT)
    _put(ws, r, 5, "4,115万円", align="right", fill=LIGHT)
    _put(ws, r, 6, "", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※1　H28の新規雇用者数は、町内に立地・増設した3事業所からの報告（平成29年4月1日時点）によります。",
            "※2　閲覧件数はトップページへのアクセス件数（年間）です。平成28年10月のホームページ改修後は2割程度増加しています。",
            "＜目標＞は平生町未来戦略に掲げた重要業績評価指標の目標です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hirao_mirai_jisseki_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松茂町 (徳島県板野郡): 第2期まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和3年度実績）
# --------------------------------------------------------------------------------------------

# Real (松茂町 地域再生計画, furusato-funding.jp/projects/2352): 15,566人 (H26.1.1), 14,844人 (R3.6.1),
# 11,248人 (2060), 1.62 (H25～H29), 36人の自然減 (R2), 75人の社会減 (R元). Made up: the sheet, 課, KPIs, the rest.
MS_ROWS = [
    ("1", "町内事業所の従業者数〔千人〕", 9.8, 9.6, 10.0, 9.9, 10.3, "―"),
    ("2", "徳島阿波おどり空港の乗降客数〔千人〕", 1212, 412, 600, 536, 1300, "―"),
    ("3", "製造品出荷額等〔百万円〕", 48210, 46880, 49000, 50125, 52000, "―"),
    ("4", "社会増減数〔人〕", "△75", "△52", "△40", "△61", "0", "△1,214"),
    ("5", "就業者に占める正規雇用者の割合〔％〕", 62.4, 63.1, 64.0, 63.8, 66.0, 61.2),
]


def matsushige() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 10, 10, 10, 10, 11, 11])
    _text(ws, 1, 1, "第2期松茂町まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の進捗状況（令和3年度実績）", bold=True, size=13)
    _text(ws, 3, 8, "令和4年8月　松茂町企画政策課", align="right")
    _para(
        ws,
        5,
        1,
        8,
        "【人口の状況】本町の人口は平成26年1月1日の15,566人をピークに減少し、令和3年6月1日現在14,844人となっています。"
        "令和2年は36人の自然減、令和元年は75人の社会減でした。合計特殊出生率は1.62（平成25～29年）で、国・県を上回っています。",
        44,
        border=True,
    )
    _text(ws, 7, 1, "基本目標１　地域の強みを活かした雇用をつくる", bold=True, size=11)
    heads = [
        "No.",
        "KPI〔単位〕",
        "基準値\n（R元）",
        "R2実績",
        "R3目標",
        "R3実績",
        "目標値\n（R6）",
        "参考：県平均\n（R3）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 8, c, h, header=True)
    ws.row_dimensions[8].height = 30
    r = 9
    for no, name, *vals in MS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 3, vals, fmts)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※〔　〕内は単位です。千人・百万円の指標は単位未満を四捨五入しています。",
            "※県平均は徳島県の公表値で、参考として掲載しています（No.4は県全体の社会増減数）。",
            "※KPI 5項目のうち、令和3年度目標を達成したものは1項目（No.3）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "matsushige_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 築上町 (福岡県築上郡): 地方創生推進交付金事業 効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furukamu.com, japanlocal.net): 人口約1万7千人, 豊前海一粒かき, 椎田あさり, スイートコーン,
# 航空自衛隊築城基地と航空祭. Made up: the sheet, 事業名, 課, money, every KPI and figure.
CJ_HEADS = [
    "区分",
    "KPI①\nかき出荷量（t）",
    "KPI②\nあさり漁獲量（t）",
    "KPI③\nスイートコーン出荷量（千本）",
    "KPI④\n直売所売上額（万円）",
]
CJ_ROWS = [
    ("基準値（R元）", [182, 3.6, 415, 2860]),
    ("R3実績", [196, "休漁", 438, 3120]),
    ("R4目標", [205, 2.0, 450, 3300]),
    ("R4実績", [211, 1.4, 462, 3050]),
    ("前年比（R4/R3）", ["107.7%", "―", "105.5%", "97.8%"]),
    ("目標値（R6）", [230, 5.0, 500, 3800]),
]


def chikujo() -> Path:
    wb, ws = _sheet("効果検証", [18, 20, 20, 24, 20])
    _text(
        ws, 1, 1, "築上町　地方創生推進交付金事業　効果検証シート（令和4年度）", bold=True, size=14
    )
    _text(ws, 2, 5, "令和5年7月作成", align="right")
    fields = [
        ("事業名", "豊前海一粒かき・椎田あさりブランド化推進事業"),
        ("担当課", "産業課"),
        ("事業期間", "令和2年度～令和6年度"),
        ("総事業費（千円）", "18,600（うち交付金 9,300）"),
        (
            "町の概要",
            "人口約1万7千人。特産品に豊前海一粒かき、椎田あさり、スイートコーン。航空自衛隊築城基地の航空祭には毎年多くの来場者がある。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 5, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の推移", bold=True, size=11)
    for c, h in enumerate(CJ_HEADS, start=1):
        _put(ws, 11, c, h, header=True)
    ws.row_dimensions[11].height = 32
    r = 12
    for label, vals in CJ_ROWS:
        ref = label.startswith("前年比")
        _put(ws, r, 1, label, header=True, fill=LIGHT if ref else SHADE)
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(
                ws,
                r,
                2 + j,
                v,
                align="center" if v in ("休漁", "―") else "right",
                fmt=fmt,
                fill=LIGHT if ref else None,
            )
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI②のR3は資源回復のため休漁としました（漁獲なし）。",
            "※前年比はR4実績÷R3実績。KPI③の出荷本数は町内3集荷場の合計です。",
            "※事業の効果：一粒かきの出荷量はR4目標を上回った。あさりは資源量の回復が遅れている。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "chikujo_koka_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 龍郷町 (鹿児島県大島郡): 第3期龍郷町創生総合戦略（案） 数値目標と重要業績評価指標（KPI）
# --------------------------------------------------------------------------------------------

# Real (南海日日新聞 2025-05-31, amamishimbun.co.jp/2025/05/31/56389): たつごう未来会議, 第6次総合振興計画
# (2024～33年度), 目標人口5,453人 (2060), 4 基本目標 (育む, 呼び込む, つくる, 守り、つなぐ), 教育民泊
# 351→500人, 企業研修 10→50人, 宿泊者数 約49万→58万人, 計画期間. Made up: the page layout, 課, the other rows.
TG_BLOCKS = [
    (
        "「育む」子育て・教育",
        [
            ("数値目標", "年間出生数", "38人（令和6年）", "45人"),
            ("KPI", "ファミリーサポート事業の利用件数", "186件（令和6年度）", "300件"),
        ],
    ),
    (
        "「呼び込む」観光・移住",
        [
            ("数値目標", "宿泊者数", "約49万人（令和5年度）", "58万人"),
            ("KPI", "教育民泊の受入人数", "351人（令和6年度）", "500人"),
            ("KPI", "企業研修の受入人数", "10人（令和6年度）", "50人"),
        ],
    ),
    (
        "「守り、つなぐ」文化・伝統",
        [("KPI", "八月踊りの保存団体数", "14団体（令和6年度）", "現状維持（14団体）")],
    ),
]


def tatsugo_html() -> str:
    rows = []
    for goal, inds in TG_BLOCKS:
        for i, (kind, name, base, target) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" class="l">{goal}</th>' if i == 0 else ""
            rows.append(
                f'<tr>{head}<td class="c">{kind}</td><td>{name}</td>'
                f'<td class="num">{base}</td><td class="num">{target}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3期龍郷町創生総合戦略（案）の数値目標と重要業績評価指標（KPI） - 龍郷町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 第3期龍郷町創生総合戦略（案）</p>
<h1>第3期龍郷町創生総合戦略（案）の数値目標と重要業績評価指標（KPI）</h1>
<p>令和7年5月30日　龍郷町企画観光課</p>
<p>たつごう未来会議（委員6人）が10回の会合を経てまとめた第3期龍郷町創生総合戦略（案）を町長に答申しました。戦略は第6次龍郷町総合振興計画（2024～2033年度）の重点戦略に位置付け、計画期間は令和7年6月から令和12年3月までです。2060年の目標人口は5,453人としています。</p>
<h2>基本目標ごとの数値目標とKPI</h2>
<table>
<thead>
<tr><th>基本目標</th><th>区分</th><th>指標</th><th>現状値</th><th>目標値<br>（令和11年度）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※基本目標「つくる」（経済）の指標は、現在たつごう未来会議で検討中のため掲載していません（指標数 全7項目のうち6項目を掲載）。</p>
<p>※宿泊者数は町内宿泊施設への聞き取りによる概数です。</p>
</body>
</html>
"""


def tatsugo() -> Path:
    path = HERE / "tatsugo_senryaku_kpi_r7.html"
    path.write_bytes(tatsugo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hirao, matsushige, chikujo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tatsugo().name}")


if __name__ == "__main__":
    main()
