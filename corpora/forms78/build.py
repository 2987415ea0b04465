"""Build the built documents of forms78/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shibetsu_kpi_jokyo_r3.xlsx``, a KPIの状況 in the manner of 士別市 (北海道): a two-row
  header whose upper row names the strategy period (``第1期総合戦略（H27～R1）`` over ``目標値（R1） |
  実績値（R1）``, ``第2期総合戦略（R2～R8）`` over ``基準値（R1） | R2実績 | R3実績 | 目標値（R8）``),
  ``千人`` in the 単位 column; and the PDF;
* ``source/shiogama_shihyo_h27.xlsx``, 代表的な指標の状況 in the manner of 塩竈市 (宮城県): 第1章 /
  第2章 rows spanning the table, a description line under each name, baselines dated in their
  cell (``11.6%`` over ``(H21)``), 男性/女性 and 1次/2次 pairs, and a 今後の方向性 prose column;
  and the PDF;
* ``source/ojiya_kgi_kpi_r8.xlsx``, a 施策の指標（KGI・KPI） list in the manner of 小千谷市 (新潟県):
  a ``区分`` column of KGI/KPI, ``R7見込``, ``R8目標（1年後）`` and ``R17目標（10年後）`` with ``―``
  where a row has no target for that horizon, ``万人`` / ``億円`` in the 単位 column; and the PDF;
* ``shimonita_kpi_kensho_r5.html``, a KPI検証結果 page in the manner of 下仁田町 (群馬県):
  ``区分 | 重要業績評価指標（KPI） | 基準値（R1） | R4実績（確定値） | R5目標 | R5実績（速報値） |
  目標値（R6）`` with a 継続/新規/変更 区分 column and units in the name's bracket.

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms78/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms78/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms78_soffice_") as tmp:
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
# 士別市 (北海道): KPIの状況 — 第1期 (目標値/実績値 R1) and 第2期 (基準値 R1, R2/R3実績, 目標値 R8)
# --------------------------------------------------------------------------------------------

# Real (士別市 page on the 第2期 strategy): 第1期 H27～R1, 第2期 R2～R8 (2020–2026), the
# 士別市まち・ひと・しごと創生総合戦略会議, the pillar 合宿の聖地創造, 合宿の里. Made up: the sheet, the
# pillar's number, every indicator, figure and note.
SHIBETSU = [
    # (指標, 単位, 第1期 目標値（R1）, 実績値（R1）, 第2期 基準値（R1）, R2実績, R3実績, 目標値（R8）)
    ("合宿延べ宿泊者数", "千人", 22.0, 20.4, 20.4, 6.8, 11.5, 24.0),
    ("合宿受入団体数", "団体", 380, 362, 362, 118, 205, 400),
    ("市内スポーツ施設の利用者数", "千人", 165.0, 171.2, 171.2, 98.6, 122.3, 175.0),
    ("合宿関連の新規商品開発数", "件", "―", "―", 0, 2, "延べ5", "延べ10"),
    ("合宿受入ボランティア登録者数", "人", 150, 163, 163, 158, 171, 200),
]


def shibetsu() -> Path:
    widths = [30, 7, 10, 10, 10, 10, 10, 10]
    wb, ws = _sheet("KPIの状況", widths)
    _text(
        ws,
        1,
        1,
        "第2期士別市まち・ひと・しごと創生総合戦略　KPIの状況（令和3年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和4年8月　士別市まち・ひと・しごと創生総合戦略会議", align="right", size=9)
    _text(ws, 4, 1, "柱2　合宿の聖地創造", bold=True, size=11)
    h = 5
    _put(ws, h, 1, "指標（KPI）", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    _put(ws, h, 2, "単位", header=True)
    _put(ws, h + 1, 2, None, header=True)
    _merge(ws, h, 2, h + 1, 2)
    _span(ws, h, 3, 4, "第1期総合戦略（H27～R1）", header=True)
    _span(ws, h, 5, 8, "第2期総合戦略（R2～R8）", header=True)
    for c, word in enumerate(
        [
            "目標値\n（R1）",
            "実績値\n（R1）",
            "基準値\n（R1）",
            "R2実績",
            "R3実績",
            "目標値\n（R8）",
        ],
        start=3,
    ):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for name, unit, *cells in SHIBETSU:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 3 + j, v, align="right", fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※第2期の基準値は、第1期総合戦略の最終年度（令和元年度）の実績値です。",
        "※第1期の欄の「―」は、第2期総合戦略から設定した指標です。「延べ」は令和2年度からの累計です。",
        "※令和2・3年度は新型コロナウイルス感染症の影響により、合宿の受入れが大きく減少しました。",
        "※令和3年度 合宿の里推進事業費：4,218万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "shibetsu_kpi_jokyo_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 塩竈市 (宮城県): 代表的な指標の状況 — 指標名 (説明) | 基準値 (dated in the cell) | 現状値（H27） | 今後の方向性
# --------------------------------------------------------------------------------------------

# Real (塩竈市 page 代表的な指標を設定しています): 第1編 and its 第1章/第2章 names, the five
# indicator names, their explanations, every 基準値 with its year, and the 今後の方向性 sentences.
# Made up: the sheet, its title and date, the 現状値（H27） column and its figures, the notes.
SHIOGAMA = [
    ("第1章　安心して産み育てられるまちづくり", None),
    (
        "年少人口比率\n0歳から14歳までの人口の割合。",
        (
            "11.6%\n(H21)",
            "10.9%",
            "社人研の平成32年の推計は9.3%。安心して子供を産み、育児を楽しみ、働きながら子育てできる環境をつくることによって、9.8%を目指していきます。",
        ),
    ),
    (
        "保育所の待機児童数\n年度当初の待機児童数。",
        (
            "0人\n(H21)",
            "0人",
            "保育士、保育面積を確保し、年間を通して待機児童ゼロを目指していきます。",
        ),
    ),
    ("第2章　ともに支え合う福祉のまちづくり", None),
    (
        "健康寿命\n平均寿命から、病気などによる介護を必要とする期間を引いた、健康で自立した期間数。",
        (
            "男性76.9歳\n女性81.9歳\n(H21)",
            "男性77.8歳\n女性82.6歳",
            "食生活や身体活動の生活習慣の見直しと、健(検)診によって病気の早期発見・治療に努め、健康寿命を伸ばしていきます。",
        ),
    ),
    (
        "塩釜地区内での夜間救急受診充足率\n夜間救急を必要とした市民のうち、塩竈市内で受診した割合。",
        (
            "1次診療42.7%\n2次診療69.2%\n(H20)",
            "1次診療45.1%\n2次診療70.4%",
            "医療機関とのさらなる連携によって整備可能な体制を構築し、地区内での受診充足率を伸ばしていきます。",
        ),
    ),
    (
        "元気高齢者の割合\n高齢者のうち、介護認定を受けていない元気な高齢者の割合。",
        (
            "85.1%\n(H21)",
            "84.2%",
            "高齢者の割合は年々増加傾向にあることから、今後も維持していきます。",
        ),
    ),
]


def shiogama() -> Path:
    widths = [34, 14, 14, 40]
    wb, ws = _sheet("代表的な指標", widths)
    _text(ws, 1, 1, "塩竈市長期総合計画　代表的な指標の状況（平成27年度）", bold=True, size=12)
    _text(ws, 2, 4, "平成28年7月　塩竈市総務部政策課", align="right", size=9)
    _text(ws, 4, 1, "第1編　誰もが安心して暮らせるまち", bold=True, size=11)
    h = 5
    for c, word in enumerate(["指標名", "基準値", "現状値（H27）", "今後の方向性"], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for name, cells in SHIOGAMA:
        if cells is None:
            _span(ws, r, 1, 4, name, bold=True)
            for c in range(1, 5):
                ws.cell(row=r, column=c).fill = LIGHT
            ws.row_dimensions[r].height = 18
            r += 1
            continue
        base, now, way = cells
        _put(ws, r, 1, name, valign="top")
        _put(ws, r, 2, base, align="center")
        _put(ws, r, 3, now, align="center")
        _put(ws, r, 4, way, valign="top", size=8)
        lines = max(name.count("\n") + 1, base.count("\n") + 1, len(way) // 24 + 1)
        ws.row_dimensions[r].height = 13 * lines + 6
        r += 1
    notes = [
        "※基準値の（　）内は数値を把握した年度です。現状値は平成27年度に把握した数値です。",
        "※健康寿命は宮城県の算出方法によります。",
        "※平成27年度 子育て支援関連事業費：3億1,250万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "shiogama_shihyo_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小千谷市 (新潟県): 施策の指標（KGI・KPI） — 区分 | 指標 | 単位 | 現状値（R6） | R7見込 | R8目標（1年後） | R17目標（10年後）
# --------------------------------------------------------------------------------------------

# Real (小千谷市 page on the 第六次総合計画): the plan's name, its start in 令和8年度, the 審議会's
# wish for KGI as 10年後の目標 and KPI as 1年後の目標 reviewed as things change, 錦鯉 and 花火.
# Made up: the sheet, the 施策, every indicator, figure and note.
OJIYA = [
    # (区分, 指標, 単位, 現状値（R6）, R7見込, R8目標（1年後）, R17目標（10年後）)
    ("KGI", "観光入込客数", "万人", 68.2, 70.5, "―", 85.0),
    ("KPI", "片貝まつりの来場者数", "万人", 15.0, 15.5, 16.0, "―"),
    ("KPI", "錦鯉の里の入館者数", "人", 18420, 19000, 20000, "―"),
    ("KGI", "錦鯉の輸出額", "億円", 21.4, 22.0, "―", 30.0),
    ("KPI", "錦鯉品評会への海外からの来場者数", "人", 1250, 1400, 1500, "―"),
]


def ojiya() -> Path:
    widths = [7, 32, 7, 11, 11, 12, 12]
    wb, ws = _sheet("KGI・KPI", widths)
    _text(ws, 1, 1, "第六次小千谷市総合計画（素案）　施策の指標（KGI・KPI）", bold=True, size=12)
    _text(ws, 2, 7, "令和7年10月　小千谷市企画政策課", align="right", size=9)
    _text(ws, 4, 1, "施策3　錦鯉と花火を生かした観光交流の推進", bold=True, size=11)
    h = 5
    head = [
        "区分",
        "指標",
        "単位",
        "現状値\n（R6）",
        "R7見込",
        "R8目標\n（1年後）",
        "R17目標\n（10年後）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for kind, name, unit, *cells in OJIYA:
        _put(ws, r, 1, kind, align="center", bold=kind == "KGI")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        if kind == "KGI":
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = LIGHT
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※KGI（重要目標達成指標）は10年後の目標、KPI（重要業績評価指標）は1年後の目標とし、毎年度見直します。",
        "※R7見込は令和7年9月末までの実績から推計した値です。",
        "※令和7年度 観光振興費：1億2,300万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "ojiya_kgi_kpi_r8.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下仁田町 (群馬県): KPI検証結果 — 区分 (継続/新規/変更) | KPI（単位） | 基準値（R1） | R4実績（確定値） | R5目標 | R5実績（速報値） | 目標値（R6）
# --------------------------------------------------------------------------------------------

# Real (下仁田町 page on 地方創生): the 第2期下仁田町まち・ひと・しごと創生総合戦略 and its end with
# 令和6年度, the yearly 効果検証; 下仁田ネギ, こんにゃく and 荒船風穴 as the town's products and
# sight. Made up: the page, date, 課, 基本目標1's wording, every KPI, 区分, figure and note.
SHIMONITA = [
    # (区分, KPI, 基準値（R1）, R4実績（確定値）, R5目標, R5実績（速報値）, 目標値（R6）)
    ("継続", "下仁田ネギの出荷量（t）", "1,020", "980", "1,060", "1,045", "1,100"),
    ("継続", "こんにゃく製品の出荷額（百万円）", "2,860", "2,790", "2,900", "2,815", "3,000"),
    ("新規", "荒船風穴の見学者数（人）", "―", "12,480", "13,500", "13,910", "15,000"),
    ("変更", "町内での新規創業件数（件）", "2", "延べ5", "延べ8", "延べ8", "延べ10"),
    ("継続", "ふるさと納税の寄附件数（件）", "1,340", "3,215", "3,300", "―", "3,500"),
]


def shimonita_html() -> str:
    rows = "\n".join(
        f'<tr><td class="c">{kind}</td><td>{name}</td>'
        + "".join(f'<td class="r">{v}</td>' for v in cells)
        + "</tr>"
        for kind, name, *cells in SHIMONITA
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略KPI検証結果｜下仁田町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>第2期下仁田町まち・ひと・しごと創生総合戦略　KPI検証結果（令和5年度）</h1>
<p>更新日：2024年9月20日　下仁田町企画財政課</p>
<p>区分は、令和3年度の総合戦略改訂時における指標の扱い（継続：改訂前から引き続き設定、新規：改訂時に追加、変更：改訂時に指標の定義を変更）を示します。</p>
<h2>基本目標1　下仁田の資源を生かした仕事をつくる</h2>
<table>
<tr><th>区分</th><th>重要業績評価指標（KPI）</th><th>基準値（R1）</th><th>R4実績（確定値）</th><th>R5目標</th><th>R5実績（速報値）</th><th>目標値（R6）</th></tr>
{rows}
</table>
<p class="note">※速報値は令和6年7月末時点の数値で、確定値は次回の検証で報告します。ふるさと納税の寄附件数は集計中のため「―」としています。</p>
<p class="note">※町内での新規創業件数は、改訂により令和2年度からの累計（延べ）に変更しました。令和5年度の地方創生関連事業費は6,480万円（うち国庫補助3,240万円）でした。</p>
</body>
</html>
"""


def shimonita() -> Path:
    path = HERE / "shimonita_kpi_kensho_r5.html"
    path.write_bytes(shimonita_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shibetsu, shiogama, ojiya):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shimonita().name}")


if __name__ == "__main__":
    main()
