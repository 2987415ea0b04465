"""Build the built documents of forms145/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kirishima_furikaeri_h30.xlsx``, a 事務事業振返りシート in the manner of 霧島市 (鹿児島県):
  a form block (事務事業名, 担当部, 担当課, 政策名, 施策名, 基本事業名), an indicator grid whose
  **H30年度 spans a （見込） and a （実績） column** between H29年度（実績） and H31/H32年度（見込）,
  活動指標/成果指標 in a 区分 column, and a 事業費の推移 table in 千円; and the PDF;
* ``source/okuizumo_seika_kensho_h27.xlsx``, a 基本計画 成果指標の検証 page in the manner of 奥出雲町
  (島根県): 章/節/第2 headings, a ``3　畜産業の振興`` heading, a 現状と課題 paragraph with figures,
  ``策定時（H21） | 目標値（H27） | 実績値（H27） | 目標値（H32）`` with 以上 targets and 百万円; and the PDF;
* ``source/shikokuchuo_machizukuri_shihyo_h22.xlsx``, まちづくり指標の推移 in the manner of 四国中央市
  (愛媛県): **a 合併時（H16） baseline**, bare H20 | H21 | H22 under 実績値, 中間目標（H22） and
  目標値（H26）, 億円 with decimals, 千人, a 達成度 column; and the PDF;
* ``taketomi_senryaku_suuchi.html``, a 人口ビジョン及び総合戦略 page in the manner of 竹富町 (沖縄県):
  prose with figures, and one 数値目標 table whose **基準値 cells carry their own (calendar) year**,
  with 万人 and 約 in cells, rowspan 基本目標 cells, 実績値（平成28年度） and 目標値（平成31年度）.

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
    wb.properties.creator = "forms145/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms145/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms145_soffice_") as tmp:
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
# 霧島市 (鹿児島県): 平成31年度 事務事業振返りシート (平成30年度 実施事業の振返り)
# --------------------------------------------------------------------------------------------

# Real: the sheet's title, ふるさと納税促進事業, 商工観光部 / 霧島PR課, the 政策・施策・基本事業 names, the
# three indicators and their five figures each, the 事業費 rows' figures. Made up: 寄附金額 and the row labels
# of the money table.
KIRISHIMA = [
    # 区分, name, unit, H29 実績, H30 見込, H30 実績, H31 見込, H32 見込
    ("活動指標", "タイアップ事業者件数", "件", 84, 89, 92, 92, 92),
    ("活動指標", "お礼の品発注件数", "件", 21323, 24000, 25180, 26000, 26000),
    (
        "成果指標",
        "ふるさと納税（霧島市きばいやんせ寄附金）寄附件数",
        "件",
        18981,
        21000,
        22140,
        21470,
        21470,
    ),
    ("成果指標", "ふるさと納税寄附金額", "千円", 1120350, 1200000, 1302716, 1250000, "―"),
]
KIRISHIMA_MONEY = [
    ("特定財源（寄附金）", 558463, 559247, 606732, 581878, 581878),
    ("一般財源", 165825, 233339, 231894, 263900, 263900),
    ("事業費計", 724288, 792586, 838626, 845778, 845778),
]


def kirishima() -> Path:
    wb, ws = _sheet("振返りシート", [10, 40, 7, 12, 12, 12, 12, 12])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "平成31年度　事務事業振返りシート（平成30年度　実施事業の振返り）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "霧島市", align="right")
    _text(ws, 3, 1, "1.基本情報", bold=True, size=10)
    r = 4
    _put(ws, r, 1, "事務事業名", header=True)
    _span(ws, r, 2, 8, "ふるさと納税促進事業")
    _put(ws, r + 1, 1, "担当部", header=True)
    _span(ws, r + 1, 2, 3, "商工観光部")
    _put(ws, r + 1, 4, "担当課", header=True)
    _span(ws, r + 1, 5, 8, "霧島PR課")
    _put(ws, r + 2, 1, "政策名", header=True)
    _span(ws, r + 2, 2, 8, "01　にぎわい（産業の活力あふれ、交流と賑わいが生まれるまちづくり）")
    _put(ws, r + 3, 1, "施策名", header=True)
    _span(ws, r + 3, 2, 8, "01　地域経済を支える商工業の振興")
    _put(ws, r + 4, 1, "基本事業名", header=True)
    _span(ws, r + 4, 2, 8, "01　商工業者の育成・支援")
    _text(ws, r + 6, 1, "2.事務事業の指標", bold=True, size=10)
    h = r + 7
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "指標名"), (3, "単位")],
        [
            (4, 4, "H29年度", ["（実績）"]),
            (5, 6, "H30年度", ["（見込）", "（実績）"]),
            (7, 7, "H31年度", ["（見込）"]),
            (8, 8, "H32年度", ["（見込）"]),
        ],
    )
    for i, (kind, name, unit, *vals) in enumerate(KIRISHIMA):
        rr = h + 2 + i
        _put(ws, rr, 1, kind, align="center")
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _vals(ws, rr, 4, vals)
        ws.row_dimensions[rr].height = 20
    n = h + 2 + len(KIRISHIMA)
    _notes(
        ws,
        n,
        [
            "※H30年度（見込）は平成30年度当初の見込値。H31年度・H32年度は見込値。",
            "※寄附金額のH32年度見込は制度見直しの動向により未設定。",
        ],
    )
    m = n + 3
    _text(ws, m, 1, "4.事業費の推移（単位：千円）", bold=True, size=10)
    _span(ws, m + 1, 1, 3, "区分", header=True)
    for j, word in enumerate(["H29決算", "H30予算", "H30決算", "H31予算", "H32見込"]):
        _put(ws, m + 1, 4 + j, word, header=True)
    for i, (label, *money) in enumerate(KIRISHIMA_MONEY):
        rr = m + 2 + i
        _span(ws, rr, 1, 3, label)
        _vals(ws, rr, 4, money)
    path = SOURCE / "kirishima_furikaeri_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奥出雲町 (島根県仁多郡): 奥出雲町総合計画 前期基本計画 成果指標の検証 (平成27年度)
# --------------------------------------------------------------------------------------------

# Real: 奥出雲町総合計画 (平成23年3月), 第1章 活力に満ちた元気なまち, 第1節 豊かな地域資源を活かした産業の
# 振興によるまちづくり, 第2 農林畜産業の振興, 3 畜産業の振興. Made up: the 検証 sheet, prose, every figure.
OKUIZUMO = [
    # name, unit, 策定時 H21, 目標 H27, 実績 H27, 目標 H32
    ("肉用牛飼養頭数", "頭", 2480, 2600, 2312, 2800),
    ("畜産産出額", "百万円", 1520, 1600, 1684, 1750),
    ("繁殖雌牛の新規導入頭数", "頭", 120, "150以上", 156, "150以上"),
    ("堆肥センター利用農家数", "戸", "―", 80, "―", 100),
]


def okuizumo() -> Path:
    wb, ws = _sheet("成果指標の検証", [34, 9, 13, 13, 13, 13])
    _page(ws, "portrait")
    _text(ws, 1, 1, "奥出雲町総合計画　前期基本計画　成果指標の検証（平成27年度）", size=9)
    _text(ws, 2, 1, "第1章　活力に満ちた元気なまち", bold=True, size=12)
    _text(ws, 3, 1, "第1節　豊かな地域資源を活かした産業の振興によるまちづくり", bold=True, size=11)
    _text(ws, 4, 1, "第2　農林畜産業の振興", bold=True, size=11)
    _text(ws, 6, 1, "3　畜産業の振興", bold=True, size=12)
    _text(ws, 7, 1, "■現状と課題", bold=True, size=10)
    _para(
        ws,
        8,
        1,
        6,
        "本町の畜産は、繁殖和牛を中心に中山間地の農業経営を支えてきました。平成22年の農林業センサスでは和牛飼養農家は"
        "186戸で、10年前から約4割減少しています。飼養者の平均年齢は70歳を超え、後継者の確保と、町内3か所の堆肥施設を活かした"
        "耕畜連携による資源循環が課題です。",
        40,
    )
    _text(ws, 10, 1, "■成果指標", bold=True, size=10)
    h = 11
    for c, word in enumerate(
        ["成果指標", "単位", "策定時（H21）", "目標値（H27）", "実績値（H27）", "目標値（H32）"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    for i, (name, unit, *vals) in enumerate(OKUIZUMO):
        rr = h + 1 + i
        _put(ws, rr, 1, name)
        _put(ws, rr, 2, unit, align="center")
        _vals(ws, rr, 3, vals)
        ws.row_dimensions[rr].height = 20
    n = h + 1 + len(OKUIZUMO)
    _notes(
        ws,
        n,
        [
            "※目標値（H32）は後期基本計画で見直す予定。",
            "※堆肥センター利用農家数は平成24年度から集計を開始したため策定時の値はない。平成27年度は集計中。",
        ],
    )
    path = SOURCE / "okuizumo_seika_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 四国中央市 (愛媛県): 四国中央市総合計画 まちづくり指標の推移 (平成22年度)
# --------------------------------------------------------------------------------------------

# Real: 四国中央市総合計画, the merger of 平成16年4月1日 (川之江市, 伊予三島市, 土居町, 新宮村), 製紙産業 as
# the city's main industry. Made up: the sheet, the chapter wording, every indicator and figure.
SHIKOKUCHUO = [
    # No., name, unit, 合併時 H16, H20, H21, H22, 中間目標 H22, 目標 H26, 達成度
    (
        1,
        "紙・紙加工品の製造品出荷額等",
        "億円",
        5012.4,
        5386.1,
        4702.8,
        4915.3,
        5200.0,
        5500.0,
        "94.5％",
    ),
    (2, "新規就農者数", "人", 3, 5, 4, 6, 5, 8, "120.0％"),
    (3, "観光入込客数", "千人", 1245, 1310, 1298, "―", 1350, 1450, "―"),
    (4, "市内事業所数", "事業所", 4312, 4105, 4051, 3998, 4100, 4100, "97.5％"),
    (5, "工業用地の分譲面積", "ha", "―", 12.4, 15.0, 18.2, 18.0, 25.0, "101.1％"),
]


def shikokuchuo() -> Path:
    wb, ws = _sheet("まちづくり指標", [6, 32, 8, 12, 11, 11, 11, 12, 12, 10])
    _page(ws, "landscape")
    _text(ws, 1, 1, "四国中央市総合計画　まちづくり指標の推移（平成22年度）", bold=True, size=13)
    _text(ws, 2, 10, "平成23年9月　四国中央市", align="right")
    _text(ws, 4, 1, "第3章　紙のまちの活力を高める産業のまち", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [(1, "No."), (2, "指標名"), (3, "単位"), (4, "合併時（H16）"), (10, "達成度")],
        [
            (5, 7, "実績値", ["H20", "H21", "H22"]),
            (8, 9, "目標値", ["中間目標（H22）", "目標値（H26）"]),
        ],
    )
    for i, (no, name, unit, *vals, rate) in enumerate(SHIKOKUCHUO):
        rr = h + 2 + i
        _put(ws, rr, 1, no, align="center")
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _vals(ws, rr, 4, vals)
        _put(ws, rr, 10, rate, align="center" if rate == "―" else "right")
        ws.row_dimensions[rr].height = 20
    n = h + 2 + len(SHIKOKUCHUO)
    _notes(
        ws,
        n,
        [
            "※合併時：平成16年4月1日に川之江市、伊予三島市、土居町、新宮村の2市1町1村が合併した時点の値（年度値は平成16年度）。",
            "※達成度＝H22実績値÷中間目標（H22）×100。観光入込客数のH22は県の観光客数調査の公表待ち。",
            "※工業用地の分譲面積は平成18年度の分譲開始からの累計。",
        ],
    )
    path = SOURCE / "shikokuchuo_machizukuri_shihyo_h22.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 竹富町 (沖縄県八重山郡): 竹富町人口ビジョン及び総合戦略について
# --------------------------------------------------------------------------------------------

# Real: the page's title and gist (about 500 people moving in a year, a 2060 aim of about 5,000 people,
# 4 基本目標 with 数値目標, the 竹富町総合戦略策定推進委員会, the 50年後 questionnaire). Made up: the table.
TAKETOMI_ROWS = """<tr><td rowspan="2">基本目標1<br>島の資源を活かし、しごとをつくる</td><td>町内事業所の従業者数</td><td class="num">1,862人（平成24年）</td><td class="num">1,904人</td><td class="num">2,000人</td></tr>
<tr><td>入域観光客数</td><td class="num">116.9万人（平成26年）</td><td class="num">122.3万人</td><td class="num">120万人</td></tr>
<tr><td>基本目標2<br>島への新しいひとの流れをつくる</td><td>転入者数</td><td class="num">約500人（平成26年）</td><td class="num">512人</td><td class="num">550人</td></tr>
<tr><td>基本目標3<br>結婚・出産・子育ての希望をかなえる</td><td>出生数</td><td class="num">46人（平成26年度）</td><td class="num">41人</td><td class="num">50人以上</td></tr>
<tr><td>基本目標4<br>安心して暮らし続けられる島をつくる</td><td>定住意向のある町民の割合</td><td class="num">―</td><td class="num">68.2%</td><td class="num">70.0%</td></tr>"""


def taketomi_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>竹富町人口ビジョン及び総合戦略について｜竹富町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップ &gt; 各課別メニュー &gt; 政策推進課</p>
<h1>竹富町人口ビジョン及び総合戦略について</h1>
<p>わが国の人口は今後大きく減少していくと見込まれています。その克服に向けて「まち・ひと・しごと創生」の取り組みが始まり、本町でも将来の人口の展望を示す「竹富町人口ビジョン」と、具体的な施策をまとめた「竹富町総合戦略」を策定しましたので公表します。</p>
<p>策定にあたっては、町民の皆様と中学3年生の皆様に「竹富町の50年後の将来を考えるアンケート」へご協力いただきました。いただいた回答を踏まえ、産官学金労言で構成する竹富町総合戦略策定推進委員会で内容を検討しました。</p>
<h2>1.竹富町人口ビジョン</h2>
<p>本町は若い世代が多く、出生数は近年安定しています。一方、毎年約500人が転入し、ほぼ同じ数が転出しており、定住化が課題です。近年の動向が続いた場合の推計を踏まえ、2060年の目標人口を約5,000人としました。</p>
<h2>2.竹富町総合戦略</h2>
<p>人口ビジョンの目標の達成に向けて、4つの基本目標とその数値目標を定めました。平成28年度の実績値は次のとおりです。</p>
<table border="1">
<tr><th>基本目標</th><th>数値目標</th><th>基準値</th><th>実績値（平成28年度）</th><th>目標値（平成31年度）</th></tr>
{TAKETOMI_ROWS}
</table>
<p>※入域観光客数は暦年（1月～12月）の値です。定住意向のある町民の割合は平成28年度に初めて調査しました。</p>
<p>お問い合わせ：政策推進課</p>
</body>
</html>
"""


def taketomi() -> Path:
    path = HERE / "taketomi_senryaku_suuchi.html"
    path.write_bytes(taketomi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kirishima, okuizumo, shikokuchuo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {taketomi().name}")


if __name__ == "__main__":
    main()
