"""Build the built documents of forms160/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/annaka_saikido_shinchoku_r6.xlsx``, あんなか再起動プロジェクト 公約の進捗 in the manner of 安中市
  (群馬県): a 分類 cell merged down over its rows (短期/中期/中長期) that alone dates each target, the
  meaning of the words given in a legend above the grid; and the PDF;
* ``source/fujikawaguchiko_noen_jigyo_h22.xlsx``, 事務事業評価シート in the manner of 富士河口湖町 (山梨県):
  観光農園 入園者数 whose actual cells carry the season's 開園期間 in brackets (``2,800（6/12～7/4）``),
  ``約`` values, an ``H22目標`` beside an ``H23目標``; and the PDF;
* ``source/nyuzen_shisaku_hyoka_r5.xlsx``, 施策評価シート in the manner of 入善町 (富山県): a 目標値（R5）
  group split into 下限|上限, one band target over both and single targets merged across both; and the PDF;
* ``yahiko_senryaku_kensho_r6.html``, 総合戦略 効果検証 page in the manner of 弥彦村 (新潟県): KPIs under
  the four キーワード, ``／`` cells for years before an indicator existed, ``（人口千人当たり）`` in a name.

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
    wb.properties.creator = "forms160/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms160/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms160_soffice_") as tmp:
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
# 安中市 (群馬県): あんなか再起動プロジェクト 公約の進捗
# --------------------------------------------------------------------------------------------

# Real (市 page 1192): the project's name and purpose, 短期 = 令和5年度末まで, 中期 = 令和6年度及び7年度,
# 中長期 = それ以上, and that every 短期 item is achieved. Made up: the 公約 chosen, every figure, the 課.
AN_ROWS = [
    # (分類, No., 公約, 指標, 単位, 着手時, R5年度末, R6年度末, 目標値, 状況)
    (
        "短期",
        "1",
        "学校給食費の負担軽減",
        "給食費を無償化した市立小中学校数",
        "校",
        0,
        14,
        14,
        14,
        "達成",
    ),
    ("短期", "2", "子育て世代の移住促進", "子育て世帯の転入数", "世帯", 102, 131, 138, 130, "達成"),
    ("中期", "5", "企業誘致の推進", "新たな企業立地件数（累計）", "件", 0, 3, 5, 6, "進行中"),
    (
        "中期",
        "7",
        "碓氷峠・妙義山を活かした観光振興",
        "観光入込客数",
        "万人",
        268.4,
        310.2,
        327.5,
        350,
        "進行中",
    ),
    ("中長期", "9", "人口減少対策の強化", "社会増減数", "人", "△215", "△96", "△41", 0, "進行中"),
]


def annaka() -> Path:
    wb, ws = _sheet("再起動プロジェクト", [8, 5, 24, 28, 7, 11, 11, 11, 10, 9])
    _text(
        ws,
        1,
        1,
        "あんなか再起動プロジェクト　公約の進捗状況（指標を設定した項目）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年4月　安中市企画課", align="right")
    _para(
        ws,
        3,
        1,
        10,
        "公約を目標年度ごとに3つに分類して管理しています。「短期」は令和5年度末まで、「中期」は令和6年度及び7年度、"
        "「中長期」はそれ以上の期間で達成を目指す項目です。「短期」の項目は全て達成しました。",
        30,
    )
    _text(ws, 5, 1, "■指標の推移", bold=True, size=10)
    heads = [
        "分類",
        "No.",
        "公約",
        "指標",
        "単位",
        "着手時（R3）",
        "R5年度末",
        "R6年度末",
        "目標値",
        "状況",
    ]
    for j, h in enumerate(heads):
        _put(ws, 6, 1 + j, h, header=True)
    ws.row_dimensions[6].height = 22
    r = 7
    groups: dict[str, list[int]] = {}
    for cls, no, pledge, name, unit, *vals, state in AN_ROWS:
        groups.setdefault(cls, []).append(r)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, pledge)
        _put(ws, r, 4, name)
        _put(ws, r, 5, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 6 + j, v, align="right", fmt=fmt)
        _put(ws, r, 10, state, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    for cls, rows in groups.items():
        _put(ws, rows[0], 1, cls, align="center", fill=LIGHT)
        if len(rows) > 1:
            _merge(ws, rows[0], 1, rows[-1], 1)
    _notes(
        ws,
        r + 1,
        [
            "※着手時は公約に着手した令和3年度の値です。△は減少（転出超過）を表します。",
            "※観光入込客数は群馬県観光入込客統計調査による。",
            "※関連予算（R6当初）：企業誘致推進事業 12,500千円、観光振興事業 38,760千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "annaka_saikido_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富士河口湖町 (山梨県): 事務事業評価シート（観光農園）
# --------------------------------------------------------------------------------------------

# Real (施政方針 平成20年9月 / 平成22年9月): サクランボ 入園者 H20 昨年のほぼ2倍の4千人, H22 対前年比70% の
# 2,800人; ブルーベリー H20 昨年と比べて1万人増の2万5千人, H22 対前年比50% の13,200人; H22 春先の低温や日照不足
# で開園が遅れた. Derived: H19 (約2,000 / 15,000) and H21 (4,000 / 26,400). Made up: the sheet, the 課, the
# 事業費, the 開園期間, the PR row, both targets.
FK_YEARS = ["H19実績", "H20実績", "H21実績", "H22実績", "H22目標", "H23目標"]
FK_ROWS = [
    ("活動指標", "観光農園PRイベント開催回数", "回", [3, 4, 4, 5, 5, 5]),
    (
        "成果指標",
        "さくらんぼ園入園者数",
        "人",
        [
            "約2,000（6/10～7/8）",
            "4,000（6/7～7/6）",
            "4,000（6/6～7/5）",
            "2,800（6/12～7/4）",
            4200,
            4500,
        ],
    ),
    (
        "成果指標",
        "ブルーベリー園入園者数",
        "人",
        [
            "15,000（7/14～8/31）",
            "25,000（7/12～8/31）",
            "26,400（7/11～8/31）",
            "13,200（7/24～8/31）",
            26000,
            27000,
        ],
    ),
]


def fujikawaguchiko() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 26, 6, 15, 15, 15, 15, 10, 10])
    _text(ws, 1, 1, "平成22年度　事務事業評価シート", bold=True, size=13)
    _text(ws, 2, 9, "富士河口湖町", align="right")
    fields = [
        ("事業名", "観光農園管理運営事業", "担当課", "観光課"),
        ("事業費（千円）", "H21決算 18,420　H22予算 19,050", "事業開始", "平成14年度"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "事業の概要", header=True)
    _span(
        ws,
        r,
        3,
        9,
        "町営のさくらんぼ園・ブルーベリー園を開園し、都市と農村との交流を推進するとともに、観光資源として活用する。",
    )
    ws.row_dimensions[r].height = 30
    _text(ws, 8, 1, "■成果・活動指標（入園者数の括弧内は開園期間）", bold=True, size=10)
    heads = ["区分", "指標名", "単位", *FK_YEARS]
    for j, h in enumerate(heads):
        _put(ws, 9, 1 + j, h, header=True)
    ws.row_dimensions[9].height = 22
    r = 10
    for kind, name, unit, vals in FK_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※H19の入園者数は概数です。H22は春先からの低温や日照不足により初期成育にばらつきが出て、開園日が例年より遅れました。",
            "※H22の入園者数は対前年比でさくらんぼ園70％、ブルーベリー園50％でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fujikawaguchiko_noen_jigyo_h22.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 入善町 (富山県): 施策評価シート
# --------------------------------------------------------------------------------------------

# Real: nothing but the town (no page of the town was found). Made up: everything.
NZ_ROWS = [
    # (指標名, 単位, 基準値, R3, R4, R5, 下限, 上限 or None for a single target)
    ("保育所等の定員充足率", "%", 93.5, 96.2, 101.8, 98.4, 90.0, 100.0),
    ("合計特殊出生率", "―", 1.38, 1.41, 1.33, 1.29, 1.50, None),
    ("子育て支援センター延べ利用者数", "人", 8214, 9035, 9870, 10412, 11000, None),
    ("放課後児童クラブ待機児童数", "人", 6, 4, 3, 0, 0, None),
]


def nyuzen() -> Path:
    wb, ws = _sheet("施策評価", [30, 7, 12, 11, 11, 11, 11, 11])
    _text(ws, 1, 1, "令和6年度　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 8, "入善町", align="right")
    fields = [
        ("施策番号", "2-1", "主担当課", "こども未来課"),
        ("施策名", "子育て支援の充実", "関係課", "健康福祉課、教育委員会"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 4, v1)
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "■成果指標", bold=True, size=10)
    _head2(
        ws,
        8,
        [(1, "指標名"), (2, "単位"), (3, "基準値（H30）")],
        [(4, 6, "実績値", ["R3", "R4", "R5"]), (7, 8, "目標値（R5）", ["下限", "上限"])],
    )
    r = 10
    for name, unit, *vals, low, high in NZ_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmt = "0.0" if unit == "%" else ("0.00" if unit == "―" else None)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, fmt=fmt)
        _put(ws, r, 7, low, fmt=fmt, align="center" if high is None else "right")
        if high is None:
            _put(ws, r, 8, None)
            _merge(ws, r, 7, r, 8)
        else:
            _put(ws, r, 8, high, fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "■施策を構成する主な事務事業", bold=True, size=10)
    r += 2
    for j, h in enumerate(["事務事業名", "", "R5決算額（千円）"]):
        _put(ws, r, 1 + j, h, header=True)
    _merge(ws, r, 1, r, 2)
    r += 1
    for name, money in [
        ("保育所運営事業", 412850),
        ("子育て支援センター運営事業", 28640),
        ("放課後児童クラブ運営事業", 61230),
    ]:
        _put(ws, r, 1, name)
        _put(ws, r, 2, None)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, money)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※定員充足率は4月1日現在の入所児童数÷利用定員。下限～上限の範囲内を目標とします（100％を超えると定員超過）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nyuzen_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 弥彦村 (新潟県): 総合戦略 効果検証
# --------------------------------------------------------------------------------------------

# Real (人口ビジョン・総合戦略 概要版): the four キーワード 農業・観光・子育て・定住, 「生まれ変わる弥彦村」,
# 弥彦むすめ（枝豆）, やひこ太郎（椎茸）, 総人口 8,443人 (平成27年9月末). Made up: the page, the table, every
# KPI figure and target, the 課.
YH_ROWS = [
    ("農業", "枝豆「弥彦むすめ」出荷量", "t", "182", "175", "190", "205", "200"),
    ("観光", "観光入込客数", "万人", "183.5", "140.6", "152.3", "161.8", "200.0"),
    ("子育て", "出生数（人口千人当たり）", "人", "6.1", "5.4", "5.2", "5.0", "6.0"),
    ("定住", "移住相談件数", "件", "／", "／", "24", "31", "40"),
]


def yahiko_html() -> str:
    rows = "\n".join(
        f'<tr><th scope="row">{kw}</th><td>{name}</td><td>{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for kw, name, unit, *vals in YH_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>弥彦村まち・ひと・しごと創生総合戦略の効果検証（令和6年度実績） - 弥彦村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 計画・施策 &gt; 総合戦略</p>
<h1>弥彦村まち・ひと・しごと創生総合戦略の効果検証（令和6年度実績）</h1>
<p>弥彦村では、人口ビジョンの将来展望を実現するため、「農業」「観光」「子育て」「定住」をキーワードに「生まれ変わる弥彦村」の実現に取り組んでいます。弥彦むすめ（枝豆）、やひこ太郎（椎茸）などの特産品を継承しながら、各施策の重要業績評価指標（KPI）の達成状況を毎年度検証しています。</p>
<p>村の総人口は平成27年9月末の8,443人から減少が続いており、引き続き定住の促進に取り組みます。</p>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<table border="1">
<tr><th>キーワード</th><th>指標</th><th>単位</th><th>基準値<br>（H26）</th><th>R4</th><th>R5</th><th>R6</th><th>目標値<br>（R6）</th></tr>
{rows}
</table>
<p>※「／」は、指標を設定する前の年度のため値がないことを表します（移住相談件数はR5から集計）。</p>
<p>※出生数（人口千人当たり）は、各年の出生数を10月1日現在の人口で除し1,000を乗じた値です。</p>
<p>お問い合わせ：総務課 企画情報係</p>
</body>
</html>
"""


def yahiko() -> Path:
    path = HERE / "yahiko_senryaku_kensho_r6.html"
    path.write_bytes(yahiko_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (annaka, fujikawaguchiko, nyuzen):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yahiko().name}")


if __name__ == "__main__":
    main()
