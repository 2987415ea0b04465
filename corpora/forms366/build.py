"""Build the documents of forms366/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``makubetsu_kpi_jisseki_r5.csv``, an open-data CSV in the manner of 幕別町 (北海道中川郡): form lines,
  then **two tables saved from one sheet, each under its own title line and with its own header**
  (``１　基本目標（数値目標）`` with Western-year columns and a ``億円`` unit; ``２　重要業績評価指標（KPI）``
  with bare ``R4 | R5`` actual columns beside ``R5目標 | R6目標``), a ``備考`` saying one row's values are
  calendar years, ``集計中`` and a value with words ``61（うちオンライン24）``;
* ``shibetsu_seika_shihyo_r5.html``, a まちづくり総合計画 成果指標 page in the manner of 士別市 (北海道):
  a two-row ``<thead>`` (``実績値`` over ``R3 | R4 | R5``, ``目標値`` over ``中間（R5） | 最終（R9）``), ``<th>``
  施策 cells, **a ``備考`` column whose remarks date a row's values (``各年度末（3月31日）現在``) or move its
  baseline to another year (``基準値は平成29年度…``)**, a note row between the rows, ``未実施``;
* ``source/assabu_seika_shihyo_r5.xlsx``, a 第6次総合計画 成果指標 sheet in the manner of 厚沢部町
  (北海道檜山郡): **two tables on one page, the second with survey columns dated by month
  (``令和４年９月調査``) and no 単位 column, its unit stated once on its heading line (``（単位：％）``)**;
  and the PDF;
* ``source/yakumo_kpi_hyoka_r5.xlsx``, a 第2期総合戦略 KPI評価シート in the manner of 八雲町 (北海道二海郡):
  a Western year group ``2023年度（令和5年度）`` over ``目標値 | 実績値 | 達成率``, **a 達成率 column that
  looks like values but is a ratio of the cells beside it**, a ◎/○/△ 評価 with its legend, and a cell
  ``36件（うち熊石地域8件）``; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms, not the municipalities' own files (README.md, SOURCES.tsv).
The XLSX, HTML and CSV files are byte-stable (fixed dates; zip members rewritten with a fixed
timestamp). The PDFs carry LibreOffice's creation date, so they differ by that only.
"""
# ruff: noqa: E501, B905

from __future__ import annotations

import csv
import datetime as dt
import io
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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms366/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms366/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms366_soffice_") as tmp:
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
# 幕別町 (北海道中川郡): open-data CSV, two tables from one sheet
# --------------------------------------------------------------------------------------------

# Real (kaisei-town.note.jp, 2024-11-14): 十勝平野の中央部・帯広市の東, 約478km², 人口約2.5万人,
# パークゴルフ発祥の地 (1983年・昭和58年), ナガイモ全国トップクラス. Made up: 計画期間, 課, every figure.
MK_WIDTH = 9
MK_ROWS = [
    ["第2期幕別町まち・ひと・しごと創生総合戦略　数値目標・KPI実績一覧（令和5年度）"],
    ["計画期間", "令和2年度～令和6年度（5年間）"],
    ["担当課", "企画室"],
    [
        "町の概要",
        "十勝平野の中央部、帯広市の東に位置する面積約478km²、人口約2.5万人の町です。1983年（昭和58年）にパークゴルフが考案された発祥の地で、ナガイモの生産量は全国トップクラスです。",
    ],
    ["公開日", "2024年9月30日"],
    [],
    ["１　基本目標（数値目標）"],
    [
        "No",
        "数値目標",
        "単位",
        "基準値（2019年度）",
        "2022年度実績",
        "2023年度実績",
        "目標値（2024年度）",
        "備考",
    ],
    ["1", "農業産出額", "億円", "378", "402", "415", "400", "十勝総合振興局推計"],
    ["2", "転入者数", "人", "1,012", "968", "1,035", "1,050", ""],
    ["3", "年間出生数", "人", "152", "131", "124", "160", ""],
    [],
    ["２　重要業績評価指標（KPI）"],
    ["No", "KPI", "単位", "基準値(R元)", "R4", "R5", "R5目標", "R6目標", "備考"],
    ["1", "新規就農者数", "人", "4", "5", "7", "6", "6", ""],
    [
        "2",
        "町営パークゴルフ場利用者数",
        "千人",
        "182.4",
        "171.0",
        "176.3",
        "185.0",
        "190.0",
        "町営12コースの合計",
    ],
    ["3", "観光入込客数", "千人", "752", "688", "721", "760", "780", "暦年（1月～12月）の値"],
    [
        "4",
        "子育て支援センター延べ利用者数",
        "人",
        "12,480",
        "10,215",
        "集計中",
        "12,000",
        "12,500",
        "R5はR6年10月確定予定",
    ],
    ["5", "移住相談件数", "件", "38", "52", "61（うちオンライン24）", "50", "55", ""],
]


def makubetsu() -> Path:
    """UTF-8 with BOM, CRLF, every line padded to the sheet's width (as a spreadsheet saves it)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in MK_ROWS:
        writer.writerow(row + [""] * (MK_WIDTH - len(row)))
    path = HERE / "makubetsu_kpi_jisseki_r5.csv"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


# --------------------------------------------------------------------------------------------
# 士別市 (北海道): まちづくり総合計画 成果指標の状況, HTML
# --------------------------------------------------------------------------------------------

# Real (city pages, see SOURCES.tsv): the まちづくり総合計画 (策定 平成30年4月), 企画課, 明治32年 and the
# 屯田兵, the 6つのまちの個性 (サフォークランド士別, 合宿の里 …), 2026年 17,800人. Made up: the period
# wording, the 施策 and every indicator, figure and remark.
SB_ROWS = [
    # (施策 or None, rowspan, label+name, unit, base, R3, R4, R5, 中間, 最終, 備考)
    ("(1) 農業の振興", 2, "①新規就農者数", "人", "3", "2", "4", "5", "4", "5", ""),
    (
        None,
        0,
        "②サフォーク羊の飼養頭数",
        "頭",
        "1,020",
        "980",
        "1,050",
        "1,110",
        "1,100",
        "1,200",
        "各年度末（3月31日）現在の頭数",
    ),
    (
        "NOTE",
        0,
        "※令和3年度は新型コロナウイルス感染症の影響により、合宿の受入れを休止した期間があります（4月～6月）。",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        "(2) 合宿の里づくり",
        2,
        "③合宿延べ宿泊者数",
        "人泊",
        "24,310",
        "4,215",
        "15,820",
        "19,640",
        "20,000",
        "25,000",
        "",
    ),
    (None, 0, "④合宿受入団体数", "団体", "186", "41", "112", "150", "150", "190", ""),
    (
        "(3) 子育て支援の充実",
        1,
        "⑤子育て環境に満足している市民の割合",
        "％",
        "52.4",
        "未実施",
        "55.0",
        "57.8",
        "58.0",
        "65.0",
        "基準値は平成29年度市民アンケート。R3は調査を実施していません",
    ),
]


def shibetsu_html() -> str:
    rows = []
    for shisaku, span, name, unit, *vals, note in SB_ROWS:
        if shisaku == "NOTE":
            rows.append(f'        <tr><td colspan="10" class="note">{name}</td></tr>')
            continue
        head = f'<th scope="rowgroup" rowspan="{span}">{shisaku}</th>' if shisaku else ""
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f"        <tr>{head}<td>{name}</td><td>{unit}</td>{cells}<td>{note}</td></tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まちづくり総合計画 成果指標の状況（令和5年度）｜士別市</title>
</head>
<body>
<nav class="breadcrumb"><ol>
  <li><a href="/">トップページ</a></li>
  <li><a href="/shisei/">市政・組織情報</a></li>
  <li><a href="/shisei/keikaku/">政策・計画</a></li>
  <li>まちづくり総合計画 成果指標の状況（令和5年度）</li>
</ol></nav>
<main>
<h1>まちづくり総合計画 成果指標の状況（令和5年度）</h1>
<p class="date">更新日：2024年10月21日　担当：企画課</p>
<p>士別市は、明治32年に最北にして最後の屯田兵が入植して開拓が始まったまちです。平成30年4月に策定した「士別市まちづくり総合計画」（平成30年度～令和9年度）では、サフォークランド士別、合宿の里など6つのまちの個性を生かしたまちづくりを進めています。</p>
<p>成果指標は毎年度検証しています。第2期総合戦略では2026年の将来人口を17,800人と展望しています（この数値は成果指標ではありません）。</p>
<h2>２　施策別の成果指標</h2>
<table border="1">
  <thead>
    <tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（H28）</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th><th scope="col" rowspan="2">備考</th></tr>
    <tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th><th scope="col">中間（R5）</th><th scope="col">最終（R9）</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p>お問い合わせ：企画課 企画調整係</p>
</main>
</body>
</html>
"""


def shibetsu() -> Path:
    path = HERE / "shibetsu_seika_shihyo_r5.html"
    path.write_bytes(shibetsu_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 厚沢部町 (北海道檜山郡): 第6次厚沢部町総合計画 成果指標の進捗状況, two tables on one page
# --------------------------------------------------------------------------------------------

# Real: the 第6次厚沢部町総合計画 (策定 令和2年度) and its theme, 総務政策課 政策振興係, 460.58k㎡, 82% 林野,
# 1960年 10,651人, 4,049人 (2015国勢調査), ポテト夢タウン. Made up: the period wording, every indicator,
# figure and note.
AS_T1 = [
    ("1", "ばれいしょ作付面積", "ha", 412, 398, 405, 401, 420, 430),
    ("2", "ふるさと納税寄附額", "千円", 48200, 61350, 72480, 85910, 80000, 100000),
    ("3", "移住・定住相談件数", "件", 14, 22, 19, 27, 25, 30),
]
AS_T2 = [
    ("4", "町に愛着を感じている町民の割合", 68.2, 70.5, 69.8, 75.0),
    ("5", "子育てしやすい町だと思う町民の割合", 54.1, 58.3, 61.0, 60.0),
]


def assabu() -> Path:
    wb, ws = _sheet("成果指標", [6, 30, 7, 15, 12, 12, 12, 11, 11])
    _text(
        ws,
        1,
        1,
        "第６次厚沢部町総合計画　成果指標の進捗状況（令和５年度実績・令和６年町民意識調査）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年11月　厚沢部町 総務政策課 政策振興係", size=9, align="right")
    fields = [
        ("計画の名称", "第6次厚沢部町総合計画　～町民が主役となって進める素敵な過疎のまちづくり～"),
        ("計画期間", "令和3年度～令和12年度（10年間）　前期：令和3年度～令和7年度"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, val)
        r += 1
    _span(ws, r, 1, 2, "町の概況", header=True)
    _para(
        ws,
        r,
        3,
        9,
        "渡島半島の日本海側、檜山管内の南部に位置し、総面積460.58k㎡のうち82%を林野が占める農山村です。人口は1960年の10,651人をピークに減少し、2015年の国勢調査では4,049人となりました。「ポテト夢タウン」として、メークインをはじめとする農業のブランド化を進めています。",
        48,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "１　基本目標ごとの成果指標", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時\n（R元）")],
        [
            (5, 7, "実績値", ["令和３年度", "令和４年度", "令和５年度"]),
            (8, 9, "目標値", ["前期（R7）", "後期（R12）"]),
        ],
    )
    r = h + 2
    for no, name, unit, *vals in AS_T1:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r, 1, "※ 2の寄附額は各年度の受入額（返礼品等の経費を含む）です。", size=8)
    r += 2
    _text(ws, r, 1, "２　町民意識調査による指標（隔年実施）", bold=True, size=11)
    _text(ws, r, 9, "（単位：％）", size=9, align="right")
    r += 1
    words = [
        "No.",
        "指標",
        "",
        "策定時\n（令和２年９月調査）",
        "令和４年９月調査",
        "令和６年９月調査",
        "目標\n（R7）",
    ]
    for c, word in zip(range(1, 8), words):
        if c == 3:
            continue
        _put(ws, r, c, word, header=True)
    _put(ws, r, 3, None, header=True)
    _merge(ws, r, 2, r, 3)
    ws.row_dimensions[r].height = 34
    r += 1
    for no, name, *vals in AS_T2:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, None)
        _merge(ws, r, 2, r, 3)
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        r,
        1,
        "※ 町民意識調査は18歳以上の町民1,000人を無作為に抽出して郵送で実施しています（令和6年の回収率41.3%）。",
        size=8,
    )
    _page(ws, "portrait")
    path = SOURCE / "assabu_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八雲町 (北海道二海郡): 第2期総合戦略 KPI評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (kurashigoto.hokkaido.jp, town.yakumo.lg.jp): 15,012人 (2023年2月末), 956.07km², the 2005 merger
# with 熊石町, the only town on both the Pacific and the Sea of Japan, 木彫り熊発祥の地. Made up: the
# strategy's name and period, the 課, every KPI, figure and grade.
YK_ROWS = [
    ("①", "(1) 漁業の担い手確保", "新規漁業就業者数", "人", 3, 4, 4, "100.0%", "◎", 5),
    (
        "②",
        "(2) 移住・定住の促進",
        "移住相談件数",
        "件",
        32,
        40,
        "36件（うち熊石地域8件）",
        "90.0%",
        "○",
        45,
    ),
    ("③", "(3) 観光の振興", "観光入込客数", "千人", 512.3, 560.0, 498.6, "89.0%", "○", 580.0),
    ("④", "(4) 子育て世帯の定住", "子育て世帯の転入数", "世帯", 18, 20, 21, "105.0%", "◎", 22),
]


def yakumo() -> Path:
    wb, ws = _sheet("KPI評価", [5, 20, 26, 7, 12, 10, 22, 9, 7, 12])
    _text(
        ws,
        1,
        1,
        "八雲町まち・ひと・しごと創生総合戦略（第２期）　ＫＰＩ評価シート（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　八雲町政策推進課", size=9, align="right")
    fields = [
        ("戦略の名称", "八雲町まち・ひと・しごと創生総合戦略（第2期）"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "政策推進課"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 10, val)
        r += 1
    _span(ws, r, 1, 2, "町の概要", header=True)
    _para(
        ws,
        r,
        3,
        10,
        "平成17年（2005年）10月1日に旧八雲町と熊石町が合併し、日本で唯一、太平洋（内浦湾）と日本海の二つの海に面する町となりました。面積は956.07km²、人口は15,012人（2023年2月末現在）です。木彫り熊発祥の地としても知られています。",
        36,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "具体的な施策"),
            (3, "KPI"),
            (4, "単位"),
            (5, "基準値\n（2019年度）"),
            (9, "評価"),
            (10, "最終目標\n（2024年度）"),
        ],
        [(6, 8, "2023年度（令和5年度）", ["目標値", "実績値", "達成率"])],
    )
    r = h + 2
    for label, shisaku, name, unit, base, target, actual, rate, grade, final in YK_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, shisaku)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, [base, target, actual])
        _put(ws, r, 8, rate, align="right")
        _put(ws, r, 9, grade, align="center", size=11)
        _vals(ws, r, 10, [final])
        ws.row_dimensions[r].height = 24
        r += 1
    _text(
        ws,
        r,
        1,
        "評価　◎：達成（達成率100％以上）　○：概ね順調（80％以上100％未満）　△：遅れ（80％未満）",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※ 達成率は実績値÷目標値で算出しています。③の観光入込客数は北海道観光入込客数調査（年度）によります。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "yakumo_kpi_hyoka_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (assabu, yakumo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {makubetsu().name}")
    print(f"wrote {shibetsu().name}")


if __name__ == "__main__":
    main()
