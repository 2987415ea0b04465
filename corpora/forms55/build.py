"""Build the built documents of forms55/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/izu_zenki_shihyo_h28.xlsx``, a 前期基本計画 施策ページ in the manner of 伊豆市 (静岡県): 〈目指す姿〉
  text, then a 〈指標〉 grid `指標 | 指標の説明（定義・出典等） | 現状値（平成26年度） | 目標値（平成32年度）` with
  units and scale words inside the cells (`178 万人`, `2 ヶ所`) and `-` baselines; and from it the PDF;
* ``source/chizu_kpi_kensho_h29.xlsx``, a 総合戦略 効果検証シート in the manner of 智頭町 (鳥取県): `実績値` over
  H27–H29 and `目標値` over H29/H31, a `県内順位` column (`4位/19`), a `確認時期` column, `集計中`, `千㎥`;
  and from it the PDF;
* ``source/kyotango_action_kpi_h28.xlsx``, an アクションプラン 進捗 sheet in the manner of 京丹後市 (京都府):
  施策 (ア)…(エ) merged down, `基準値（H26） | 目標（H31） | H27実績 | H28実績 | 進捗率`, prose targets
  (`5年間で100件`, `H26比1.2倍`), `万反` in the 単位 column; and from it the PDF;
* ``bungotakada_katsuryoku_kpi_r2.html``, a 「活力」創生プラン KPI page in the manner of 豊後高田市 (大分県):
  `重要業績評価指標（KPI） | 現状値（2018年度） | 目標値（2024年度） | 関連するSDGs`, units in the cells,
  `毎年300人以上`, `5%増`, `現状維持`, SDG numbers beside the values.

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
    wb.properties.creator = "forms55/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms55/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms55_soffice_") as tmp:
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
# 伊豆市 (静岡県): 前期基本計画 施策ページ — 〈指標〉 with 指標の説明, units and 万 inside the cells
# --------------------------------------------------------------------------------------------

# Real (paperzz 伊豆市 前期基本計画(案)): 重点目標1, 政策1, 施策1 and 施策2 names, 〈目指す姿〉 wording, the three
# indicators of 施策1 with their 説明 and values (-, 5件; 178 万人, 200 万人; -, 2 ヶ所). Made up: 施策2's two
# indicators and values, the page's date line.
IZU = [
    (
        "施策1　賑わいと回遊性のある中心市街地づくり",
        "修善寺駅から徒歩圏内に誰もが快適に利用できる都市機能が整い、買い物客や観光客がたびたび訪れてみたくなるような、歩いて楽しい魅力的な街並みが形成されています。",
        [
            (
                "中心市街地での新規創業者（起業者）数",
                "修善寺駅周辺で新たに起業・創業を開始した事業者の累計数",
                "-",
                "5件",
            ),
            (
                "修善寺駅の乗降者数",
                "修善寺駅の年間乗降者数（伊豆箱根鉄道調べ）",
                "178 万人",
                "200 万人",
            ),
            (
                "修善寺駅周辺の歩行者空間整備数",
                "修善寺駅周辺の歩行者空間整備（歩道の整備やフラット化など）箇所数",
                "-",
                "2 ヶ所",
            ),
        ],
    ),
    (
        "施策2　文教ガーデンシティの創生",
        "市内の小・中・高校と図書館が連携し、子どもから大人までが学び続けられる文教の拠点が形成されています。",
        [
            (
                "市内中学校卒業者の市内高校への進学率",
                "市内中学校卒業者のうち市内の高校へ進学した者の割合（学校基本調査）",
                "41.5%",
                "50.0%",
            ),
            (
                "市立図書館の年間貸出冊数",
                "市立図書館2館の年間貸出冊数の合計",
                "12.3 万冊",
                "15 万冊",
            ),
        ],
    ),
]


def izu() -> Path:
    widths = [30, 44, 15, 15]
    wb, ws = _sheet("前期基本計画", widths)
    _text(ws, 1, 1, "伊豆市総合計画　前期基本計画（平成28年度～平成32年度）", bold=True, size=13)
    _text(ws, 2, 4, "平成28年3月　伊豆市", align="right", size=9)
    _text(ws, 3, 1, "重点目標1　魅力あふれる拠点の創造と交通体系の確保", bold=True, size=11)
    _text(ws, 4, 1, "政策1　機能的で魅力あるコンパクトタウンの形成", bold=True, size=11)
    r = 6
    for title, goal, rows in IZU:
        _text(ws, r, 1, title, bold=True, size=11)
        _text(ws, r + 1, 1, "〈目指す姿〉", bold=True, size=10)
        _para(ws, r + 2, 1, 4, goal, 30, size=9)
        _text(ws, r + 3, 1, "〈指標〉", bold=True, size=10)
        h = r + 4
        for c, word in enumerate(
            ["指標", "指標の説明（定義・出典等）", "現状値（平成26年度）", "目標値（平成32年度）"],
            start=1,
        ):
            _put(ws, h, c, word, header=True)
        ws.row_dimensions[h].height = 20
        r = h + 1
        for name, note, base, target in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, note, size=8)
            _put(ws, r, 3, base, align="right")
            _put(ws, r, 4, target, align="right")
            ws.row_dimensions[r].height = 28
            r += 1
        r += 1
    notes = [
        "※現状値の「-」は、計画策定時に把握していない、又は該当がない指標です。",
        "※中心市街地活性化関連事業費（平成28年度当初予算）：1億2,400万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "izu_zenki_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 智頭町 (鳥取県): 総合戦略 効果検証シート — 実績値／目標値 spans, 県内順位, 確認時期, 集計中, 千㎥
# --------------------------------------------------------------------------------------------

# Real (expydoc 智頭町総合戦略, 平成27年8月): the 総合戦略's name and period, 森林セラピー, 智頭杉, 宿場町 as
# the town's themes. Made up: the 効果検証シート, 基本目標 wording, every indicator and figure, the ranks.
CHIZU = [
    # (No., KPI, 単位, 基準値 H26, H27, H28, H29 実績, H29 目標, H31 目標, 県内順位, 確認時期)
    ("1", "移住者数（年間）", "人", 28, 35, 41, 46, 40, 50, "4位/19", "翌年4月"),
    ("2", "森林セラピー体験者数", "人", 1650, 1820, 2010, "集計中", 2200, 2500, "―", "翌年度6月"),
    ("3", "空き家バンク登録件数（累計）", "件", 12, 18, 25, 31, 30, 40, "―", "随時"),
    ("4", "智頭杉の素材生産量", "千㎥", 38.5, 40.2, 41.8, 43.0, 45.0, 50.0, "2位/19", "翌年度9月"),
    (
        "5",
        "町内宿泊施設の宿泊者数",
        "人",
        9870,
        10120,
        9640,
        10450,
        11000,
        12000,
        "12位/19",
        "翌年5月",
    ),
]


def chizu() -> Path:
    widths = [5, 30, 7, 11, 9, 9, 9, 9, 9, 11, 11]
    wb, ws = _sheet("効果検証シート", widths)
    _text(
        ws,
        1,
        1,
        "智頭町まち・ひと・しごと創生総合戦略　平成29年度 効果検証シート",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "平成30年8月　智頭町企画課", align="right", size=9)
    _span(ws, 3, 1, 2, "基本目標", header=True)
    _span(ws, 3, 3, 11, "2　智頭町への新しいひとの流れをつくる")
    _span(ws, 4, 1, 2, "計画期間", header=True)
    _span(ws, 4, 3, 11, "平成27年度～平成31年度")
    _text(ws, 6, 1, "■重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = 7
    for c, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（H26）"),
        (10, "県内順位（H29）"),
        (11, "確認時期"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    _span(ws, h, 8, 9, "目標値", header=True)
    for c, word in ((5, "H27"), (6, "H28"), (7, "H29"), (8, "H29"), (9, "H31")):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 16
    r = h + 2
    for no, name, unit, *vals, rank, when in CHIZU:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else None)
        _put(ws, r, 10, rank, align="center")
        _put(ws, r, 11, when, align="center", size=8)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※県内順位は鳥取県内19市町村中の順位（県統計による。順位のない指標は「―」）。",
        "※森林セラピー体験者数の平成29年度実績は集計中（平成30年9月公表予定）。",
        "※智頭杉の素材生産量の単位は千㎥。",
        "※平成29年度 地方創生推進交付金 対象事業費：18,640千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "chizu_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 京丹後市 (京都府): 総合戦略アクションプラン 進捗 — 施策 (ア)…(エ) merged down, prose targets, 万反, 進捗率
# --------------------------------------------------------------------------------------------

# Real (happylibus 京丹後市まち・ひと・しごと創生総合戦略アクションプラン, 平成27年3月): the plan's name, the
# heading (1) and the 施策 names (ア)…(エ). Made up: the 進捗 sheet, every KPI, figure and the money.
KYOTANGO = [
    # (施策, KPI, 単位, 基準値 H26, 目標 H31, H27実績, H28実績, 進捗率)
    (
        "(ア)本市経済雇用戦略の企画・実施体制の整備",
        "市内事業所の従業者数",
        "人",
        22410,
        23000,
        22380,
        22515,
        "97.9%",
    ),
    (
        "(イ)新経済戦略による「新グリーン経済」の構築",
        "新規創業件数",
        "件",
        18,
        "5年間で100件",
        21,
        24,
        "45.0%",
    ),
    (
        "(ウ)農林水産業における新規就業者の促進",
        "農林水産業の新規就業者数",
        "人",
        21,
        30,
        24,
        27,
        "90.0%",
    ),
    (
        "(ウ)農林水産業における新規就業者の促進",
        "認定農業者数",
        "経営体",
        265,
        280,
        268,
        274,
        "97.9%",
    ),
    (
        "(エ)伝統産業の再生と未来型グリーン産業の創造",
        "丹後ちりめんの年間生産量",
        "万反",
        41.6,
        "H26比1.2倍",
        39.8,
        36.5,
        "―",
    ),
]


def kyotango() -> Path:
    widths = [26, 28, 8, 11, 14, 11, 11, 9]
    wb, ws = _sheet("アクションプラン進捗", widths)
    _text(
        ws,
        1,
        1,
        "京丹後市まち・ひと・しごと創生総合戦略アクションプラン　平成28年度進捗状況",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成29年7月　京丹後市", align="right", size=9)
    _text(ws, 4, 1, "（1）本市にしごとをつくり、安心して働けるようにする", bold=True, size=11)
    h = 5
    head = [
        "施策",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（H26）",
        "目標（H31）",
        "H27実績",
        "H28実績",
        "進捗率",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    start, prev = r, None
    for field, name, unit, base, target, a27, a28, rate in KYOTANGO:
        if field != prev:
            if prev is not None and r - 1 > start:
                _merge(ws, start, 1, r - 1, 1)
            start = r
            _put(ws, r, 1, field, size=8)
            prev = field
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in ((4, base), (5, target), (6, a27), (7, a28)):
            _put(
                ws,
                r,
                c,
                v,
                fmt="0.0" if isinstance(v, float) else None,
                align="center" if isinstance(v, str) else None,
            )
        _put(ws, r, 8, rate, align="right" if rate != "―" else "center")
        ws.row_dimensions[r].height = 30
        r += 1
    if r - 1 > start:
        _merge(ws, start, 1, r - 1, 1)
    notes = [
        "※進捗率＝H28実績÷目標（新規創業件数は、H27からの累計45件÷100件）。目標が倍率のものは「―」。",
        "※丹後ちりめんの年間生産量は丹後織物工業組合調べ（単位：万反）。",
        "※アクションプラン関連事業費（H28決算）：2億3,480万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "kyotango_action_kpi_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊後高田市 (大分県): 「活力」創生プラン KPI — units in cells, 毎年…以上, 5%増, 現状維持, SDGs column
# --------------------------------------------------------------------------------------------

# Real (city.bungotakada.oita.jp 2572; paperzz 全力創生プラン): 第2次豊後高田市総合計画（改訂版）, 令和2年3月,
# 第5部「活力」創生プラン (地方版総合戦略), the SDGs対応表, the basic goal's wording from the 全力創生プラン,
# 昭和の町. Made up: every KPI and figure, the SDG numbers, the money.
BUNGOTAKADA = [
    ("観光入込客数", "68.2万人", "75万人", "8, 11"),
    ("昭和の町の来訪者数", "39.5万人", "42万人", "8, 11"),
    ("移住者数（年間）", "286人", "毎年300人以上", "11"),
    ("空き家バンクの成約件数", "42件", "5%増", "11"),
    ("市内の子どもの数（0～14歳）", "2,611人", "現状維持", "3, 4"),
]


def bungotakada_html() -> str:
    body = "\n".join(
        f'<tr><td>{name}</td><td class="r">{base}</td><td class="r">{target}</td><td class="c">{sdgs}</td></tr>'
        for name, base, target, sdgs in BUNGOTAKADA
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>「活力」創生プラン（地方版総合戦略）の重要業績評価指標｜豊後高田市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>第5部　「活力」創生プラン（地方版総合戦略）</h1>
<p>第2次豊後高田市総合計画（改訂版）　令和2年3月　豊後高田市 企画情報課</p>
<h2>基本目標Ⅰ　「訪れたい」「住みたい」を全力で応援するまちづくり</h2>
<p>観光・交流の拠点「昭和の町」を核に人の流れをつくり、移住・定住につなげます。</p>
<table>
<thead>
<tr><th>重要業績評価指標（KPI）</th><th>現状値（2018年度）</th><th>目標値（2024年度）</th><th>関連するSDGs</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※「関連するSDGs」は、持続可能な開発目標（SDGs）の17のゴールのうち、指標に関連するゴールの番号です。</p>
<p class="note">※目標値の「5%増」は現状値からの増加率、「現状維持」は現状値の水準を保つことを示します。</p>
<p class="note">※移住定住関連事業費（2019年度予算）：1億2,300万円</p>
</body>
</html>
"""


def bungotakada() -> Path:
    path = HERE / "bungotakada_katsuryoku_kpi_r2.html"
    path.write_bytes(bungotakada_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (izu, chizu, kyotango):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {bungotakada().name}")


if __name__ == "__main__":
    main()
