"""Build the documents of forms325/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ushiku_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 牛久市 (茨城県):
  form fields over a two-row header whose **years are written in kanji numerals** (``令和三年度`` …),
  an indented ``うち`` sub-indicator row without a number, and **a ``千人`` row whose final target is
  written ``20万人``**; and the PDF (portrait);
* ``yotsukaido_kpi_shinchoku_r5.xlsx``, a KPI進捗管理表 workbook in the manner of 四街道市 (千葉県), left
  as a workbook: **percentages stored as fractions with a ``0.0%`` number format**, **one column typed as
  text in full-width digits**, Western fiscal years in the header;
* ``ebina_kpi_jisseki_h30.html``, a KPI page in the manner of 海老名市 (神奈川県): **one ``<table>`` per
  KPI, the KPI's label, name and unit in its ``<caption>``**, ``目標値`` / ``実績値`` rows, a baseline
  merged down both rows, and a ``（参考）対前年度増減`` row;
* ``source/shiki_seika_shihyo_r1.xlsx``, a 実現計画 成果指標 sheet in the manner of 志木市 (埼玉県):
  **two grids side by side on one landscape page, each under its own heading**, **units in square
  brackets after the names** (``［％］``); and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are rewritten
with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms325/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms325/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms325_soffice_") as tmp:
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


def _field(ws, row: int, last: int, label: str, value: str, height: float = 18) -> None:
    """A form field: the label over columns 1..2 (shaded), the value over 3..last."""
    _span(ws, row, 1, 2, label, header=True, align="left")
    _span(ws, row, 3, last, value)
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 牛久市 (茨城県): 総合計画 施策評価シート（令和五年度実績）
# --------------------------------------------------------------------------------------------

# Real: 牛久市第4次総合計画・第1期基本計画 (令和3年度～令和6年度), 政策企画課, the 将来像, the 2017
# peak of 85,255人, 83,826人 (2024年1月1日推計), 58.92km², 牛久沼, 牛久シャトー, 牛久大仏, かっぱ号.
# Made up: the 施策, every indicator, figure and note.
US_ROWS = [
    (
        "１",
        "コミュニティバス「かっぱ号」の年間利用者数",
        "人",
        201360,
        178420,
        196850,
        214300,
        210000,
        220000,
    ),
    ("２", "牛久シャトーの来訪者数", "千人", 182.4, 98.6, 141.2, 168.5, 170.0, "20万人"),
    ("", "うち市外からの来訪者数", "千人", 120.8, 61.3, 92.7, 115.4, 110.0, 140.0),
    ("３", "観光ボランティアガイドの登録者数", "人", 24, 26, 31, 33, 32, 35),
    ("４", "中心市街地の空き店舗数の減少", "店舗", 38, 40, 36, 35, 34, 30),
]


def ushiku() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 36, 7, 12, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "牛久市第4次総合計画・第1期基本計画　施策評価シート（令和五年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　政策企画課", align="right")
    ws.row_dimensions[1].height = 24
    _field(ws, 4, 9, "計画の名称", "牛久市第4次総合計画・第1期基本計画")
    _field(ws, 5, 9, "計画期間", "令和３年度～令和６年度（４年間）　※基本構想は令和22年度まで")
    _field(ws, 6, 9, "将来像", "笑顔あふれる にぎわいとやすらぎのあるまち うしく")
    _field(ws, 7, 9, "施策", "3-2　観光と交流によるにぎわいの創出")
    _field(ws, 8, 9, "主管課", "政策企画課")
    _field(
        ws,
        9,
        9,
        "施策の現状",
        "本市の人口は2017年12月末の85,255人をピークに減少に転じ、2024年1月1日現在の推計人口は83,826人です。"
        "面積58.92km²の市域には牛久沼や、明治期に建てられたワイン醸造場「牛久シャトー」、牛久大仏などの観光資源があり、"
        "市内の移動にはコミュニティバス「かっぱ号」が使われています。コロナ禍で落ち込んだ来訪者数は回復しつつありますが、"
        "中心市街地では空き店舗が目立っています。",
        height=62,
    )
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    h = 12
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（令和二年度）")],
        [
            (5, 7, "実績値", ["令和三年度", "令和四年度", "令和五年度"]),
            (8, 9, "目標値", ["令和五年度", "令和六年度"]),
        ],
    )
    r = h + 2
    for no, name, unit, *vals in US_ROWS:
        _put(ws, r, 1, no, align="center")
        cell = _put(ws, r, 2, name)
        if not no:
            cell.alignment = Alignment(
                horizontal="left", vertical="center", indent=2, wrap_text=True
            )
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※１　来訪者数は施設の入場者カウンターによる年度（4月～翌年3月）の集計です。「うち市外からの来訪者数」は、年2回の来訪者アンケートによる",
            "　　　市外居住者の割合から推計しています。",
            "※２　牛久シャトーの来訪者数の目標値（令和六年度）は、第1期基本計画の記載（20万人）のまま掲載しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ushiku_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 四街道市 (千葉県): 第2期総合戦略 KPI進捗管理表 (a workbook, published as it is)
# --------------------------------------------------------------------------------------------

# Real: 第2期四街道市まち・ひと・しごと創生総合戦略 (from 令和2年度, 5 years), 34.52km², 千葉市・佐倉市に隣接,
# the 228 gas lamps over about 2,300 m. Made up: the 課, the 基本目標's wording, every KPI, figure and note.
YO_HEAD = [
    "No.",
    "KPI",
    "単位",
    "策定時（2019年度）",
    "2021年度実績",
    "2022年度実績",
    "2023年度目標",
    "2023年度実績",
    "目標値（2024年度）",
    "備考",
]
YO_ROWS = [
    (
        1,
        "子育て支援センターの年間利用者数",
        "人",
        18420,
        12310,
        "１５，８８０",
        18000,
        17240,
        19000,
        "",
    ),
    (
        2,
        "「子育てしやすいまち」と感じる市民の割合",
        "%",
        0.452,
        0.468,
        "４７．１％",
        0.5,
        0.503,
        0.55,
        "市民意識調査（2023年度の回答率38.6％）",
    ),
    (
        3,
        "放課後子ども教室の参加率",
        "%",
        0.318,
        0.286,
        "３３．４％",
        0.35,
        0.341,
        0.4,
        "参加児童数÷市立小学校の児童数",
    ),
    (4, "転入者数（20～39歳）", "人", 1642, 1718, "１，７９５", 1700, 1826, 1750, "住民基本台帳"),
]


def yotsukaido() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [5, 38, 6, 13, 11, 11, 11, 11, 13, 30])
    _text(
        ws,
        1,
        1,
        "第2期四街道市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗管理表",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "2024年9月30日　政策推進課", align="right")
    _field(ws, 4, 10, "戦略の名称", "第2期四街道市まち・ひと・しごと創生総合戦略")
    _field(ws, 5, 10, "対象期間", "令和2年度（2020年度）～令和6年度（2024年度）の5年間")
    _field(
        ws,
        6,
        10,
        "市の概要",
        "面積34.52km²。千葉市・佐倉市に隣接し、都心から40km圏にあります。四街道駅南口には、かつて228基のガス灯が総延長約2,300mにわたって立ち並んでいました。",
        height=30,
    )
    _text(ws, 8, 1, "基本目標１　子育て世代に選ばれるまちをつくる", bold=True, size=11)
    for c, word in enumerate(YO_HEAD, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 30
    for i, (no, name, unit, *vals, note) in enumerate(YO_ROWS):
        r = 10 + i
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="right")
            elif unit == "%":
                _put(ws, r, 4 + j, v, fmt="0.0%")
            else:
                _put(ws, r, 4 + j, v, fmt="#,##0")
        _put(ws, r, 10, note or None)
        ws.row_dimensions[r].height = 22
    _notes(
        ws,
        15,
        [
            "※2022年度実績は、2022年度の進捗報告書から転記しています。",
            "※割合は小数点以下第2位を四捨五入しています。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "yotsukaido_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 海老名市 (神奈川県): かがやき持続総合戦略 KPIの実績（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 海老名市かがやき持続総合戦略 (平成28年3月), its 基本目標2 and 施策2-1 wording, 26.48km², 133,199人
# (2019年1月), 相模国分寺跡, 海老名サービスエリア. Made up: the page, 課, the 施策2-2 wording after
# 「地域公共交通網の」, every KPI, figure and note.
EB_YEARS = ["H27年度", "H28年度", "H29年度", "H30年度", "H31年度<br>（最終）"]
EB_GROUPS = [
    (
        "施策2-1　コンパクトでにぎわいのある拠点づくり",
        [
            (
                "KPI①　海老名駅周辺の休日歩行者通行量（単位：人）",
                "48,200",
                ["50,000", "52,000", "54,000", "56,000", "60,000"],
                ["51,320", "55,870", "58,400", "54,900", ""],
                None,
            ),
            (
                "KPI②　史跡相模国分寺跡の来訪者数（単位：人）",
                "8,400",
                ["9,000", "9,500", "10,000", "10,500", "11,000"],
                ["8,950", "9,620", "10,480", "11,200", ""],
                ["", "＋550", "＋670", "＋860", "＋720", ""],
            ),
            (
                "KPI③　市内農産物直売所の売上額（単位：千円）",
                "286,400",
                ["290,000", "295,000", "300,000", "305,000", "310,000"],
                ["291,200", "288,600", "302,150", "306,800", ""],
                None,
            ),
        ],
    ),
    (
        "施策2-2　地域公共交通網の充実",
        [
            (
                "KPI④　コミュニティバスの年間利用者数（単位：千人）",
                "412.5",
                ["420.0", "430.0", "440.0", "450.0", "460.0"],
                ["418.2", "436.8", "441.5", "447.3", ""],
                None,
            ),
        ],
    ),
]


def _eb_table(caption: str, base: str, targets: list[str], actuals: list[str], ref) -> str:
    head = (
        '<tr><th scope="col">区分</th><th scope="col">基準値<br>（H26）</th>'
        + "".join(f'<th scope="col">{y}</th>' for y in EB_YEARS)
        + "</tr>"
    )
    rows = [
        f'<tr><th scope="row">目標値</th><td class="num" rowspan="2">{base}</td>'
        + "".join(f'<td class="num">{v}</td>' for _, v in zip(EB_YEARS, targets))
        + "</tr>",
        '<tr><th scope="row">実績値</th>'
        + "".join(f'<td class="num">{v}</td>' for v in actuals)
        + "</tr>",
    ]
    if ref:
        rows.append(
            '<tr class="ref"><th scope="row">（参考）対前年度増減</th>'
            + "".join(f'<td class="num">{v}</td>' for v in ref)
            + "</tr>"
        )
    body = "\n".join(rows)
    return f"<table>\n<caption>{caption}</caption>\n<thead>\n{head}\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def ebina_html() -> str:
    parts = []
    for measure, tables in EB_GROUPS:
        parts.append(f"<h3>{measure}</h3>")
        parts.extend(_eb_table(*t) for t in tables)
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>かがやき持続総合戦略 KPIの実績（平成30年度） - 海老名市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
caption {{ text-align: left; font-weight: bold; padding: 2px 0; }}
th, td {{ border: 1px solid #000; padding: 2px 8px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
tr.ref th, tr.ref td {{ background: #f2f2f2; font-size: 9pt; }}
</style>
</head>
<body>
<p><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; かがやき持続総合戦略 &gt; KPIの実績（平成30年度）</p>
<h1>海老名市かがやき持続総合戦略　重要業績評価指標（KPI）の実績（平成30年度）</h1>
<p>更新日：2019年8月20日　担当：企画政策課</p>
<p>海老名市は神奈川県のほぼ中央に位置する面積26.48km²のまちで、人口は133,199人（2019年1月現在）です。相模国分寺跡などの史跡や、国内有数の規模を持つ海老名サービスエリアがあります。平成28年3月に策定した「海老名市かがやき持続総合戦略」に掲げた重要業績評価指標（KPI）について、平成30年度の実績を取りまとめました。</p>
<h2>基本目標2　まちのかがやきを持続する拠点性を高める</h2>
{body}
<p>※平成31年度（令和元年度）の実績は、令和2年度に公表する予定です。</p>
<p>※（参考）対前年度増減は、実績値の前年度との差です。</p>
</body>
</html>
"""


def ebina() -> Path:
    path = HERE / "ebina_kpi_jisseki_h30.html"
    path.write_bytes(ebina_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 志木市 (埼玉県): 将来ビジョン 前期実現計画 成果指標の進捗状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: 志木市将来ビジョン（第五次志木市総合振興計画）, 平成28年度～平成37年度, the 前期実現計画's 83 成果指標,
# 9.05km², 市制 昭和45年10月26日, 新河岸川の舟運, 70,939人 (2010) and 76,474人 (2019). Made up: the 課, the
# 基本目標 wording, the sheet, every indicator, figure and note.
SH_HEAD = ["成果指標［単位］", "策定時（H26）", "H30実績", "R元目標", "R元実績", "目標値（H32）"]
SH_LEFT = (
    "基本目標１　子どもがすこやかに育つまち",
    [
        ("子育て支援センターの利用者数［人］", 21400, 24860, 25000, 25310, 27000),
        (
            "全国学力・学習状況調査で全国平均を上回った教科の割合［％］",
            50.0,
            62.5,
            75.0,
            62.5,
            100.0,
        ),
        ("市立図書館の市民1人当たり貸出冊数［冊］", 6.8, 6.5, 7.0, 6.3, 7.5),
    ],
)
SH_RIGHT = (
    "基本目標２　健やかに安心して暮らせるまち",
    [
        ("特定健康診査の受診率［％］", 38.4, 41.2, 45.0, 42.8, 60.0),
        ("健康づくり事業の参加者数［人］", 12400, 14880, 15000, 15260, 18000),
        ("要介護認定率の抑制［％］", 13.2, 14.1, 14.5, 14.0, 15.0),
    ],
)


def _sh_grid(ws, c0: int, heading: str, rows) -> None:
    _text(ws, 11, c0, heading, bold=True, size=11)
    for j, word in enumerate(SH_HEAD):
        _put(ws, 12, c0 + j, word, header=True)
    for i, (name, *vals) in enumerate(rows):
        r = 13 + i
        _put(ws, r, c0, name)
        _vals(ws, r, c0 + 1, vals)
        ws.row_dimensions[r].height = 30


def shiki() -> Path:
    wb, ws = _sheet("成果指標", [30, 10, 9, 9, 9, 10, 3, 30, 10, 9, 9, 9, 10])
    _text(
        ws,
        1,
        1,
        "志木市将来ビジョン　前期実現計画　成果指標の進捗状況（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 13, "令和2年8月　政策推進課", align="right")
    ws.row_dimensions[1].height = 24
    _field(ws, 4, 13, "計画の名称", "志木市将来ビジョン（第五次志木市総合振興計画）前期実現計画")
    _field(
        ws,
        5,
        13,
        "計画期間",
        "平成28年度～平成32年度（前期実現計画）　※将来構想は平成28年度～平成37年度",
    )
    _field(ws, 6, 13, "担当課", "政策推進課")
    _field(
        ws,
        7,
        13,
        "市の概要",
        "志木市は埼玉県南西部に位置する面積9.05km²の市で、昭和45年10月26日に市制を施行しました。新河岸川の舟運で栄えた商業のまちで、"
        "人口は2010年の70,939人から2019年には76,474人まで増加しています。前期実現計画の成果指標は83項目あり、本表はそのうち基本目標１・２の主な6項目を掲げています。",
        height=34,
    )
    _sh_grid(ws, 1, *SH_LEFT)
    _sh_grid(ws, 8, *SH_RIGHT)
    ws.row_dimensions[12].height = 22
    _notes(
        ws,
        17,
        ["※成果指標の［　］内は単位です。", "※H32は令和2年度、R元は令和元年度（平成31年度）です。"],
    )
    _page(ws, "landscape")
    path = SOURCE / "shiki_seika_shihyo_r1.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ushiku, shiki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yotsukaido().name}")
    print(f"wrote {ebina().name}")


if __name__ == "__main__":
    main()
