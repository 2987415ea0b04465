"""Build the built documents of forms287/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/aisai_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 愛西市 (愛知県):
  form fields over a 成果指標 grid whose **``単位`` header spans two sub-columns, ``桁`` (the scale
  word: ``千``, ``万``, ``―``) and ``単位`` (the counter)**, and **a ``％`` row whose final target is
  written in 割, ``7割以上``**; and the PDF;
* ``source/hidaka_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 日高町 (和歌山県):
  no target column, each KPI cell a sentence naming the indicator and its target, **one target in
  トン over a ``kg`` row** and **one target as a monthly average (``月平均10件``) over a ``件/年``
  row of annual totals**; and the PDF;
* ``source/gojo_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 五條市 (奈良県):
  **the unit and scale word in a bracket before each name (``（千t）柿の出荷量``), under the header
  ``（単位）指標名``**, **one of them the area unit アール, ``（a）``**, and a 進捗率 column; and the PDF;
* ``muko_sosei_keikaku_r5.html``, a 創生計画 KPI page in the manner of 向日市 (京都府): **each KPI
  cell the name and its target sentence split by an ``<hr>``**, **a target level per population
  (``人口千人当たり年間2.0件以下``)**, a 担当課 column and a growth rate in ``％（対前年度）`` with
  ``△`` values.

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
    wb.properties.creator = "forms287/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms287/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms287_soffice_") as tmp:
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
# 愛西市 (愛知県): 第2次愛西市総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (愛西市 施政方針, city.aisai.lg.jp): 第2次愛西市総合計画 (from 平成30年4月), 海抜ゼロメートル地帯,
# the 消火隊3隊15名 sent after the 能登半島地震. Made up: the sheet, 施策, 課, money and every figure.
AI_ROWS = [
    ("1", "自主防災訓練の参加者数", "千", "人", 4.2, 3.1, 5.0, 5.6, 8.0),
    ("2", "防災メールの登録者数", "万", "人", 1.12, 1.35, 1.50, 1.48, 2.00),
    ("3", "家具転倒防止器具等の設置補助件数", "―", "件", 38, 41, 50, 52, 60),
    ("4", "自宅で災害への備えをしている市民の割合", "―", "％", 52.4, 58.0, 62.0, 61.3, "7割以上"),
]


def aisai() -> Path:
    wb, ws = _sheet("施策評価", [6, 36, 6, 6, 11, 10, 10, 10, 12])
    _text(ws, 1, 1, "第2次愛西市総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年8月", align="right")
    fields = [
        ("施策名", "防災・減災対策の推進", "主管課", "危機管理課"),
        ("施策の事業費（R5決算・千円）", 48260, "市の概況", "海抜ゼロメートル地帯が広がる"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        8,
        [(1, "No."), (2, "成果指標"), (5, "基準値\n（R元）"), (6, "R4実績"), (9, "目標値\n（R9）")],
        [(3, 4, "単位", ["桁", "単位"]), (7, 8, "R5", ["目標", "実績"])],
    )
    r = 10
    for no, name, scale, unit, *vals in AI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, scale, align="center")
        _put(ws, r, 4, unit, align="center")
        fmt = "0.00" if scale == "万" else "0.0"
        fmts = {j: fmt for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 5, vals, fmts)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「桁」欄は数値の表示単位です（千＝数値×1,000、万＝数値×10,000、―＝そのままの数値）。",
            "※No.4の目標値（R9）は、市民意識調査の回答割合で「7割以上」と設定しています。",
            "※成果指標4項目のうち、R5目標を達成したのは2項目です。",
            "※令和6年1月の能登半島地震では、市消防本部から緊急消防援助隊（消火隊3隊15名）が出動しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "aisai_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日高町 (和歌山県日高郡): 第2期 総合戦略 KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (kotobank 日高町; pedia.3rd-in.co.jp): クエの町, 面積 46.19km², 人口 7,641 (2015), 最大8mの津波
# の想定. Made up: the sheet, 課, 基本目標, every KPI, figure, grade and note.
HD_GRIDS = [
    (
        "基本目標１　クエと海の恵みを活かしたしごとをつくる",
        [
            (
                "1",
                "町内漁港におけるクエの水揚量を、令和6年度に年間3トンに増やす。",
                "kg",
                2450,
                2180,
                2630,
                2870,
                "B",
            ),
            (
                "2",
                "町内観光施設の観光入込客数を、令和6年度に年間12万人に増やす。",
                "千人",
                96.2,
                71.5,
                88.0,
                104.3,
                "B",
            ),
        ],
    ),
    (
        "基本目標２　若い世代が住み続けたい安全・安心なまちをつくる",
        [
            (
                "3",
                "移住・定住に関する相談件数を、令和6年度に月平均10件に増やす。",
                "件/年",
                64,
                92,
                105,
                131,
                "A",
            ),
            (
                "4",
                "津波避難訓練への町民の参加率を、令和6年度に30％以上に高める。",
                "％",
                18.5,
                12.0,
                21.4,
                24.8,
                "C",
            ),
        ],
    ),
]


def hidaka() -> Path:
    wb, ws = _sheet("KPI検証", [5, 48, 8, 11, 9, 9, 9, 6])
    _text(
        ws,
        1,
        1,
        "日高町まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年6月", align="right")
    fields = [
        ("計画名", "第2期日高町まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）"),
        ("担当課", "企画まちづくり課"),
        (
            "町の概況",
            "面積46.19km²、人口7,641人（平成27年国勢調査）。南海トラフ巨大地震では最大8mの津波が想定される。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for heading, rows in HD_GRIDS:
        _text(ws, r, 1, heading, bold=True, size=11)
        r += 1
        heads = [
            "No.",
            "重要業績評価指標（KPI）と目標",
            "単位",
            "基準値\n（H30）",
            "R3実績",
            "R4実績",
            "R5実績",
            "評価",
        ]
        for c, h in enumerate(heads, start=1):
            _put(ws, r, c, h, header=True)
        ws.row_dimensions[r].height = 26
        r += 1
        for no, sentence, unit, *vals, grade in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, sentence)
            _put(ws, r, 3, unit, align="center")
            fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
            _vals(ws, r, 4, vals, fmts)
            _put(ws, r, 8, grade, align="center", bold=True)
            ws.row_dimensions[r].height = 30
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "評価：A 順調（目標達成の見込み）　B おおむね順調　C 遅れている",
            "※No.1の実績はkg、目標はトンで表記しています（3トン＝3,000kg）。",
            "※No.3の実績は年間の相談件数です（R5は月平均約10.9件）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hidaka_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 五條市 (奈良県): 総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (locallife-okuyamato.jp, planetoffice.jp): 人口 30,107人 (2020年1月), 面積 292.02km², 日本一の柿の
# 産地, 賀名生梅林 2万本, テクノパーク・なら, 五條新町 (重要伝統的建造物群保存地区). Made up: the sheet,
# 課 and every figure.
GJ_ROWS = [
    ("1", "（千t）柿の出荷量", 12.8, 11.6, 12.1, 14.0, "86.4%"),
    ("2", "（a）耕作放棄地の解消面積（累計）", "―", 185, 262, 300, "87.3%"),
    ("3", "（人）テクノパーク・なら立地企業の新規雇用者数", 12, 18, 9, 20, "45.0%"),
    ("4", "（千人）五條新町の観光入込客数", 38.5, 29.1, 41.7, 45.0, "92.7%"),
    ("5", "（百万円）ふるさと納税寄附額", 86.4, 142.0, 171.3, 150.0, "114.2%"),
]


def gojo() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 44, 12, 10, 10, 12, 10])
    _text(
        ws,
        1,
        1,
        "五條市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和6年7月　五條市総合政策課", align="right")
    _para(
        ws,
        4,
        1,
        7,
        "本市は人口30,107人（2020年1月）、面積292.02km²。日本一の柿の産地であり、2万本の梅が丘陵を覆う賀名生梅林や、五條新町の町並みなどの地域資源を活かした取組を進めています。",
        34,
    )
    _text(ws, 6, 1, "■基本目標１　五條の強みを活かし、しごとをつくる", bold=True, size=11)
    heads = [
        "No.",
        "（単位）指標名",
        "基準値\n（H30）",
        "R4実績",
        "R5実績",
        "目標値\n（R6）",
        "進捗率",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 7, c, h, header=True)
    ws.row_dimensions[7].height = 28
    r = 8
    for no, name, *vals, rate in GJ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 7, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※指標名の先頭の（　）内は単位です（a＝アール、1a＝100㎡）。",
            "※進捗率＝R5実績÷目標値（R6）。No.2の基準値は、集計を始める前のため「―」としています。",
            "※No.5は、寄附件数 4,812件（R5）の寄附額です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "gojo_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 向日市 (京都府): 第2次ふるさと向日市創生計画 重要業績評価指標（KPI）の進捗（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (city.muko.kyoto.jp): ふるさと向日市創生計画 (平成27年度), 第2次 (令和元年度), its three 施策の柱,
# ふるさと創生推進部 企画広報課, 面積 7.72km², the 桂川・洛西口新市街地. Made up: every KPI, figure, 課.
MK_BLOCKS = [
    (
        "施策の柱1　歴史を活かし、活力と魅力あるまちづくり",
        [
            (
                "市内の観光施設・史跡の入込客数",
                "令和6年度に年間18万人に増やします。",
                "千人",
                "142.6",
                "98.3",
                "121.7",
                "155.2",
                "産業振興課",
            ),
            (
                "市内の商店街の空き店舗数",
                "令和6年度までに20店舗以下に減らします。",
                "店舗",
                "34",
                "31",
                "29",
                "26",
                "産業振興課",
            ),
        ],
    ),
    (
        "施策の柱2　人と暮らしに明るくやさしいまちづくり",
        [
            (
                "交通事故（人身事故）の発生件数",
                "令和6年度に人口千人当たり年間2.0件以下に抑えます。",
                "件/千人",
                "2.8",
                "2.3",
                "2.4",
                "2.1",
                "市民協働課",
            ),
            (
                "市の人口の増加率",
                "令和6年度に前年度比でプラスを維持します。",
                "％（対前年度）",
                "0.42",
                "△0.15",
                "△0.31",
                "0.08",
                "企画広報課",
            ),
        ],
    ),
]

MK_HEAD = """<thead>
<tr><th>重要業績評価指標（KPI）／目標</th><th>単位</th><th>基準値<br>（H30）</th><th>R3実績</th><th>R4実績</th><th>R5実績</th><th>担当課</th></tr>
</thead>"""


def muko_html() -> str:
    parts = []
    for pillar, inds in MK_BLOCKS:
        rows = []
        for name, goal, unit, *vals, dept in inds:
            rows.append(
                f'<tr><td>{name}<hr>{goal}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f"<td>{dept}</td></tr>"
            )
        body = "\n".join(rows)
        parts.append(f"<h2>{pillar}</h2>\n<table>\n{MK_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次ふるさと向日市創生計画 重要業績評価指標（KPI）の進捗（令和5年度） - 向日市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td hr {{ border: 0; border-top: 1px dashed #666; margin: 2px 0; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 計画・施策 &gt; ふるさと向日市創生計画</p>
<h1>第2次ふるさと向日市創生計画 重要業績評価指標（KPI）の進捗（令和5年度）</h1>
<p>令和6年8月30日　ふるさと創生推進部 企画広報課</p>
<p>面積7.72平方キロメートルのコンパクトなまちである本市では、令和元年度に策定した第2次ふるさと向日市創生計画の3つの施策の柱ごとに重要業績評価指標（KPI）を定めています。各指標の上段は指標名、下段は目標です。</p>
{tables}
<p>※交通事故の発生件数は、人口千人当たりの件数です（R5：人身事故120件、人口約5.7万人）。</p>
<p>※人口の増加率の「△」はマイナスを表します。桂川・洛西口新市街地の住宅立地が一段落し、R3・R4は減少となりました。</p>
</body>
</html>
"""


def muko() -> Path:
    path = HERE / "muko_sosei_keikaku_r5.html"
    path.write_bytes(muko_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (aisai, hidaka, gojo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {muko().name}")


if __name__ == "__main__":
    main()
