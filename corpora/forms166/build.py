"""Build the built documents of forms166/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/miharu_kpi_shinchoku_h28.xlsx``, a 総合戦略 KPI 進捗状況 in the manner of 三春町 (福島県):
  one grid whose value headers are printed **vertically** (one character under the other), a
  基本目標 row spanning the width between groups, a ``千人`` 単位, a baseline cell carrying its own
  year (``524（H25）``) under ``基準値（H26）``, a ``―`` baseline, ``（累計）`` names and a 関連事業費
  column in 千円; and the PDF;
* ``source/kosaka_senryaku_sokatsu_r2.xlsx``, a 第1期総合戦略 評価と効果の検証 in the manner of 小坂町
  (秋田県): 『まち』『ひと』『しごと』 label cells merged down, values with their unit in the cell, a
  target for R元 with actuals for R元 and the extended year R2, a printed 評価 (達成/未達成) judged on
  R元, and the 人口ビジョン sentence above; and the PDF;
* ``source/akabira_kpi_jisseki_h28.xlsx``, a 数値目標・KPI の実績 in the manner of 赤平市 (北海道): a
  ``指標 | 単位 | 平成27年度 | 平成28年度 | 増減 | 目標値（平成31年度） | 目標の方向`` grid, a lower-is-better
  人口減少率 with ``↓`` in 目標の方向, ``名`` units, a signed 増減 column and a reference line of
  population figures under the table; and the PDF;
* ``tomiya_senryaku_suchimokuhyo_h29.html``, a 地方創生総合戦略 数値目標の状況 page in the manner of
  富谷市 (宮城県): a ``<table>`` with **no ``<th>``**, its header row made of ``<td><strong>`` cells,
  基本目標 cells merged down (rowspan), ``（H26）`` dated baselines, one ``―`` actual, and the
  人口ビジョン figure (2060年 約60,000人) in the prose above.

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
    wb.properties.creator = "forms166/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms166/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms166_soffice_") as tmp:
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
# 三春町 (福島県): 三春町まち・ひと・しごと創生総合戦略 KPI 進捗状況（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (福島建設工業新聞 2015/11/11 on the 三春町まち・ひと・しごと創生総合戦略, H27–H31): the plan,
# 年間観光客入込数 52万4000人 (25年度) → 60万人 (31年度) with 公衆用無線LAN and もみじ山; 新規誘致企業数
# 累計3件 by 31年度 with 工場等立地促進奨励金; 分譲地・空地の提供件数 17件 (26年度) → 40件 (31年度);
# 空き家新規再利用数 累計20戸 by 31年度. Made up: the sheet, the 基本目標 wording, H27/H28 actuals,
# the fifth KPI, the money, the date and 課.
MH_GROUPS = [
    (
        "基本目標１　特色ある観光産業の振興と雇用の創出",
        [
            (
                "1",
                "公衆用無線LANの設置・もみじ山の整備",
                "年間観光客入込数",
                "千人",
                "524（H25）",
                548,
                571,
                600,
                8640,
            ),
            (
                "2",
                "工場等立地促進奨励金による企業誘致",
                "新規誘致企業数（累計）",
                "件",
                0,
                1,
                1,
                3,
                12000,
            ),
        ],
    ),
    (
        "基本目標２　新しいひとの流れの創出と定住化の促進",
        [
            (
                "3",
                "住宅用地の提供",
                "分譲地・空地の提供件数",
                "件",
                17,
                22,
                26,
                40,
                "―",
            ),
            (
                "4",
                "空き家の利活用の推進",
                "空き家新規再利用数（累計）",
                "戸",
                "―",
                3,
                7,
                20,
                2500,
            ),
            (
                "5",
                "移住・定住、二地域居住の支援",
                "移住・定住相談件数",
                "件",
                12,
                18,
                25,
                30,
                1180,
            ),
        ],
    ),
]


def miharu() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 28, 6, 11, 9, 9, 9, 11])
    _text(
        ws,
        1,
        1,
        "三春町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗状況（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成29年8月　三春町企画政策課", align="right")
    h = 4
    heads = [
        "No.",
        "具体的な施策",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（H26）",
        "平成27年度実績",
        "平成28年度実績",
        "目標値（H31）",
        "関連事業費（H28・千円）",
    ]
    for c, word in enumerate(heads, start=1):
        cell = _put(ws, h, c, word, header=True)
        if c >= 5:
            cell.alignment = Alignment(
                horizontal="center", vertical="center", wrap_text=True, text_rotation=255
            )
    ws.row_dimensions[h].height = 150
    r = h + 1
    for goal, rows in MH_GROUPS:
        _span(ws, r, 1, 9, goal, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, measure, kpi, unit, *vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, measure)
            _put(ws, r, 3, kpi)
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, vals)
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は平成26年度の値です。ただし、（　）内に年度を記載したものはその年度の値です。",
            "※（累計）の指標は、平成27年度からの累計値です。関連事業費は平成28年度の決算額です。",
            "※空き家新規再利用数は平成27年度に調査を開始したため、基準値はありません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "miharu_kpi_shinchoku_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小坂町 (秋田県): 第1期小坂町まち・ひと・しごと創生総合戦略 評価と効果の検証
# --------------------------------------------------------------------------------------------

# Real (小坂町 web page 小坂町人口ビジョン及び第1期小坂町総合戦略): the plan (策定 平成28年3月7日), its
# three 基本目標 with their 『まち』『ひと』『しごと』 labels and names, the extension of the 第1期 to
# 令和2年度 (the 第2期 merged into the 第6次小坂町総合計画), the 人口ビジョン target (2040年に約3,600人
# 程度を維持). 康楽館 is a theatre in the town (general knowledge). Made up: every indicator and figure.
KS_GROUPS = [
    (
        "『まち』",
        "安全・安心な暮らし\n地域づくりプロジェクト",
        [
            ("自主防災組織の組織率", "62.5%", "80.0%", "78.3%", "81.0%", "未達成"),
            ("町営バスの年間利用者数", "18,420人", "18,000人", "16,930人", "13,105人", "未達成"),
        ],
    ),
    (
        "『ひと』",
        "移住定住促進プロジェクト",
        [
            ("移住相談を経た移住者数（累計）", "0人", "30人", "34人", "39人", "達成"),
            ("出生数", "28人", "30人", "19人", "21人", "未達成"),
        ],
    ),
    (
        "『しごと』",
        "地元産業間の連携による\n地域活性化プロジェクト",
        [
            (
                "康楽館・小坂鉱山事務所の入館者数",
                "98,500人",
                "110,000人",
                "101,230人",
                "38,400人",
                "未達成",
            ),
        ],
    ),
]


def kosaka() -> Path:
    wb, ws = _sheet("評価と検証", [8, 24, 32, 11, 11, 11, 11, 9])
    _text(
        ws,
        1,
        1,
        "第1期小坂町まち・ひと・しごと創生総合戦略　評価と効果の検証",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和3年9月　小坂町総務課企画財政班", align="right")
    _para(
        ws,
        3,
        1,
        8,
        "小坂町人口ビジョンでは、2040年（25年後）に約3,600人程度を維持することを目標としています。"
        "第1期総合戦略（平成27年度～令和元年度）は、第2期を第6次小坂町総合計画と一本化して策定するため、"
        "計画期間を令和2年度まで1年間延長しました。",
        42,
    )
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "プロジェクト"),
            (3, "指標"),
            (4, "基準値\n（H26）"),
            (5, "目標値\n（R元）"),
            (8, "評価"),
        ],
        [(6, 7, "実績値", ["R元", "R2（延長）"])],
    )
    r = h + 2
    for label, project, rows in KS_GROUPS:
        top = r
        for name, *vals, grade in rows:
            _put(ws, r, 1, label if r == top else None, align="center")
            _put(ws, r, 2, project if r == top else None)
            _put(ws, r, 3, name)
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="right")
            _put(ws, r, 8, grade, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
            _merge(ws, top, 2, r - 1, 2)
    _notes(
        ws,
        r + 1,
        [
            "※評価は、当初の計画最終年度である令和元年度の実績値を目標値と比べたものです（達成／未達成）。",
            "※令和2年度の実績値は、新型コロナウイルス感染症の影響を受けています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kosaka_senryaku_sokatsu_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 赤平市 (北海道): 赤平市しごと・ひと・まち創生総合戦略 数値目標・KPIの実績（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (赤平市 平成29年度市政執行方針): the plan's name 赤平市しごと・ひと・まち創生総合戦略 (しごと first),
# 平成28年度 as its first full year, 人口減少率 3.17% (前年) → 2.38%, 出生者数 31名 → 47名, 企業PR,
# インターンシップ, 仮称札幌赤平会 (H30). Made up: the sheet, the years attached to those figures
# (read here as 平成27/28年度), the targets, the other rows, the population line, date and 課.
AK_ROWS = [
    ("人口減少率", "%", 3.17, 2.38, "△0.79", 2.00, "↓"),
    ("出生者数", "名", 31, 47, "16", 45, "↑"),
    ("市内企業インターンシップ参加者数", "名", 12, 21, "9", 30, "↑"),
    ("赤平市への転入者数", "名", 402, 388, "△14", 450, "↑"),
    ("市外在住者による市内企業への就職者数", "名", 8, 11, "3", 15, "↑"),
]


def akabira() -> Path:
    wb, ws = _sheet("数値目標・KPI", [34, 7, 12, 12, 10, 14, 10])
    _text(ws, 1, 1, "赤平市しごと・ひと・まち創生総合戦略", bold=True, size=12)
    _text(ws, 2, 1, "数値目標・KPIの実績（平成28年度）", bold=True, size=14)
    _text(ws, 3, 7, "平成29年6月　赤平市企画課", align="right")
    h = 5
    heads = [
        "指標",
        "単位",
        "平成27年度",
        "平成28年度",
        "増減",
        "目標値\n（平成31年度）",
        "目標の方向",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, v27, v28, diff, target, arrow in AK_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmt = "0.00" if isinstance(v27, float) else None
        _put(ws, r, 3, v27, fmt=fmt)
        _put(ws, r, 4, v28, fmt=fmt)
        _put(ws, r, 5, diff, align="right")
        _put(ws, r, 6, target, fmt=fmt)
        _put(ws, r, 7, arrow, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標の方向：↑は数値が大きいほど、↓は数値が小さいほど良いことを表します。増減の△はマイナスです。",
            "※人口減少率は、前年度末の住民基本台帳人口に対する1年間の減少数の割合です。",
            "（参考）住民基本台帳人口　平成28年3月末 11,181人　平成29年3月末 10,915人",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "akabira_kpi_jisseki_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富谷市 (宮城県): 富谷市地方創生総合戦略 数値目標の状況
# --------------------------------------------------------------------------------------------

# Real (富谷市 web page 第1次富谷市地方創生総合戦略・人口ビジョン): the plan's name, the 将来ビジョン
# 住みたくなるまち日本一 ~100年間ひとが増え続けるまち 村から町へ 町から市へ~, the four 基本目標, the
# 人口ビジョン's 2060年 約60,000人, the 課 (企画政策課). Made up: the page, every indicator and figure.
TM_ROWS = [
    (
        "企業誘致の実現による新たな雇用の場の創出",
        [("市内事業所の従業者数", "19,240人（H26）", "20,115人", "21,000人")],
    ),
    (
        "スイーツ等による「とみやシティブランドの確立」",
        [
            ("とみやスイーツ認定店舗数", "8店舗（H26）", "15店舗", "20店舗"),
            ("富谷宿観光交流ステーションの来場者数", "―", "―", "50,000人"),
        ],
    ),
    (
        "未来を担う子どもたちを育てる環境のさらなる充実",
        [("保育所等待機児童数", "41人（H27.4）", "12人", "0人")],
    ),
    (
        "生活圏を踏まえた暮らしやすさの一層の向上",
        [("住み続けたいと思う市民の割合", "84.2%（H26）", "86.9%", "90.0%")],
    ),
]


def tomiya_html() -> str:
    lines = []
    for goal, rows in TM_ROWS:
        for i, (name, base, actual, target) in enumerate(rows):
            span = f' rowspan="{len(rows)}"' if len(rows) > 1 else ""
            head = f"<td{span}>{goal}</td>" if i == 0 else ""
            lines.append(
                f'<tr>{head}<td>{name}</td><td class="num">{base}</td>'
                f'<td class="num">{actual}</td><td class="num">{target}</td></tr>'
            )
    body = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>富谷市地方創生総合戦略 数値目標の状況（平成29年度） - 富谷市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
td {{ border: 1px solid #000; padding: 2px 6px; }}
tr.head td {{ background: #d9d9d9; text-align: center; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>富谷市 &gt; 市政情報 &gt; 計画 &gt; 総合計画 &gt; 富谷市地方創生総合戦略</p>
<h1>富谷市地方創生総合戦略 数値目標の状況（平成29年度）</h1>
<p>『住みたくなるまち日本一』をめざして</p>
<p>本市では、将来ビジョン「住みたくなるまち日本一 ～100年間ひとが増え続けるまち 村から町へ 町から市へ～」の実現に向け、4つの基本目標を定めて地方創生に取り組んでいます。富谷市人口ビジョンでは、2060年の人口を約60,000人としています。各基本目標の数値目標の状況は次のとおりです。</p>
<table>
<tr class="head"><td><strong>基本目標</strong></td><td><strong>数値目標</strong></td><td><strong>基準値</strong></td><td><strong>平成29年度実績</strong></td><td><strong>目標値（平成31年度）</strong></td></tr>
{body}
</table>
<p>※富谷宿観光交流ステーションは平成31年度開業予定のため、基準値及び実績はありません。</p>
<p>※保育所等待機児童数の基準値は平成27年4月1日現在、実績は平成30年4月1日現在の数値です。</p>
<p>このページに関するお問い合わせ：企画政策課</p>
</body>
</html>
"""


def tomiya() -> Path:
    path = HERE / "tomiya_senryaku_suchimokuhyo_h29.html"
    path.write_bytes(tomiya_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (miharu, kosaka, akabira):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tomiya().name}")


if __name__ == "__main__":
    main()
