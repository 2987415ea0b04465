"""Build the built documents of forms210/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``shimukappu_senryaku_tassei_r5.html``, a 総合戦略 progress page in the manner of 占冠村
  (北海道): a ``<table>`` of the four 数値目標 with a two-row ``<thead>`` (``達成値`` over
  ``R4末 | R5末現在``, **those abbreviated year-ends dated only by a note**), targets written as
  prose (``延べ10人増``, ``5年間で20人以上``), **score cells that carry the scale's maximum in
  brackets with the target's qualifier after the bracket (``4.6点（5点満点）以上``)**, **running
  totals that carry their yearly breakdown by era year in the bracket
  (``23人（R2:5　R3:6　R4:7　R5:5）``)**, a derived ``進捗率`` column and an A–D ``評価`` column
  with its legend;
* ``source/itayanagi_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 効果検証シート in the manner of 板柳町
  (青森県): form fields (the town's profile, money, a count line), two bold 基本目標 headings each
  over its own grid, **an ``評価`` column of Roman-numeral grades ``Ⅰ``–``Ⅳ`` whose legend makes
  two of them (``Ⅰ`` 上回った, ``Ⅱ`` 目標どおり) a met target and ``Ⅳ`` 評価できない**, **rank cells
  marked as ties, ``24（同率）`` and ``20（同率）``, the R5 tie equal to its ``20位以内`` target**, a
  final target ``基準値から半減``, a derived ``達成率（R5）`` column, ``千人`` and ``百万円``; and the PDF;
* ``source/mogami_senryaku_suii_r5.xlsx``, a 総合戦略 数値目標・KPI 推移表 in the manner of 最上町
  (山形県): form fields, a years-down grid (``数値目標`` over one column, ``KPI`` over three),
  **a closing ``評価（R5）`` row under the year rows, one grade per indicator column**, and
  **a statistical-symbol legend (``「－」該当数値なし``, ``「…」数値不詳``) with both symbols in the
  grid**; ``千人``, ``千人泊``, ``千円``, a ``※`` after a number; and the PDF;
* ``source/tamakawa_seika_shinchoku_r5.xlsx``, a 振興計画 成果指標 sheet in the manner of 玉川村
  (福島県): form fields, two bold 基本目標 headings each over its own grid, **a unit written with
  the Greek mu, ``μSv/h``, three-decimal values and a ``0.23以下`` ceiling**, **detection-limit
  cells ``不検出（25未満）``** and **a target naming another standard with the word 基準値,
  ``国の基準値（100）以下``, in a grid whose ``基準値（R2）`` column is the baseline**; ``―（R3開業）``,
  ``年間40``, a printed 達成状況; and the PDF.

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
    wb.properties.creator = "forms210/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms210/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
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
    with tempfile.TemporaryDirectory(prefix="forms210_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _vals(ws, r, c0, vals, fmts=None) -> None:
    """Value cells: numbers right-aligned with a format, marks centred, text right-aligned."""
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "－", "…", "") else "right", fmt=fmt)


def _fields(ws, r, rows, c_label, c_value_from, c_value_to, label_to=None) -> int:
    """A bordered block of form fields: shaded label, value merged to the right."""
    for label, value in rows:
        if label_to:
            _span(ws, r, c_label, label_to, label, header=True)
        else:
            _put(ws, r, c_label, label, header=True)
        _span(ws, r, c_value_from, c_value_to, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 占冠村 (北海道勇払郡): 第2期占冠村まち・ひと・しごと創生総合戦略 令和5年度末の達成状況
# --------------------------------------------------------------------------------------------

# Real (広報しむかっぷ 2024年11月号, the village's 第2期総合戦略 page): the strategy (R2~R6), the four
# 基本目標, the four 数値目標 as written (延べ10人増, 5年間で20人以上, 5年間で延べ45人以上, 4.6点（5点満点）以上),
# the R5末 figures 6人, 7人, 23人 and 4.4点, 企画商工課地域振興対策室 and its telephone number; the 1,187人 /
# 343人 of 平成26年11月末 and the 48万人 visitors. Made up: the R4末 figures, the yearly breakdown of 出生数,
# the 進捗率 and 評価 columns, their legend and the count line, the page's layout and date.
SK_ROWS = [
    (
        "基本目標1<br>地方における安定した雇用を確保する",
        "地域での就業者数",
        "延べ10人増",
        "4人",
        "6人",
        "60.0%",
        "C",
    ),
    (
        "基本目標2<br>地方への新しいひとの流れをつくる",
        "移住ワンストップ窓口を利用した転入者数",
        "5年間で20人以上",
        "5人",
        "7人",
        "35.0%",
        "D",
    ),
    (
        "基本目標3<br>若い世代の出産・子育て",
        "出生数",
        "5年間で延べ45人以上",
        "18人<br>（R2:5　R3:6　R4:7）",
        "23人<br>（R2:5　R3:6　R4:7　R5:5）",
        "51.1%",
        "C",
    ),
    (
        "基本目標4<br>時代に合った地域づくり",
        "中学生の占冠村への愛着度",
        "4.6点（5点満点）以上",
        "4.3点（5点満点）",
        "4.4点（5点満点）",
        "95.7%",
        "B",
    ),
]


def shimukappu_html() -> str:
    rows = []
    for goal, name, target, r4, r5, rate, grade in SK_ROWS:
        rows.append(
            f'<tr><td>{goal}</td><td>{name}</td><td class="num">{target}</td>'
            f'<td class="num">{r4}</td><td class="num">{r5}</td>'
            f'<td class="num">{rate}</td><td class="c"><strong>{grade}</strong></td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期占冠村まち・ひと・しごと創生総合戦略 令和5年度末の達成状況 - 北海道占冠村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p>ホーム &gt; 各課の案内 &gt; 企画商工課 &gt; 地域振興対策室 &gt; 地方創生</p>
<h1>第2期占冠村まち・ひと・しごと創生総合戦略 令和5年度末の達成状況</h1>
<p>令和6年11月1日更新　企画商工課地域振興対策室</p>
<p>村では、令和2年3月に「第2期占冠村まち・ひと・しごと創生総合戦略」（R2～R6）を策定し、人口減少の克服と地域の活力を取り戻すため、4つの基本目標に沿って取り組みを進めてきました。平成26年11月末に1,187人（うちトマム地区343人）だった村の人口は、トマム地区のリゾートで働く方の転入により増加に転じ、年間約48万人の観光客が訪れる村となっています。計画期間の5年間のうち4年間が経過した令和5年度末の達成状況をお知らせします。</p>
<h2>1　数値目標の達成状況</h2>
<table>
<thead>
<tr><th rowspan="2">基本目標</th><th rowspan="2">数値目標</th><th rowspan="2">目標<br>（R6）</th><th colspan="2">達成値</th><th rowspan="2">進捗率<br>（R5末）</th><th rowspan="2">評価</th></tr>
<tr><th>R4末</th><th>R5末現在</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※「R4末」「R5末」は、それぞれ令和4年度末（令和5年3月31日）、令和5年度末（令和6年3月31日）の時点を示します。</p>
<p class="note">※出生数の（　）内は各年度の出生数（R2＝令和2年度）で、達成値はその累計です。</p>
<p class="note">※愛着度は、村内の中学生へのアンケート（5段階評価）の平均点です。</p>
<p class="note">※進捗率は、達成値（R5末）÷目標で算出しています。</p>
<p class="note">評価　A：目標を達成　B：進捗率80％以上　C：進捗率50％以上80％未満　D：進捗率50％未満</p>
<p>評価の内訳　B：1項目　C：2項目　D：1項目</p>
<h2>2　今後の取組</h2>
<p>令和6年度は計画期間の最終年度となります。移住ワンストップ窓口の相談体制を週3日から週5日に拡充するとともに、出産・子育て支援を継続し、次期総合戦略の策定に向けて検証を進めます。</p>
<p>村総合戦略は、村ホームページのほか、占冠村コミュニティプラザ図書室、トマムコミュニティセンター図書室で閲覧できます。</p>
<p>問合せ：企画商工課地域振興対策室　電話 0167-56-2124</p>
</body>
</html>
"""


def shimukappu() -> Path:
    path = HERE / "shimukappu_senryaku_tassei_r5.html"
    path.write_bytes(shimukappu_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 板柳町 (青森県北津軽郡): 総合戦略（第2期） KPI効果検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (the town's site, 町長あいさつ; furusato.wowma.jp; a 2017 blog): りんごの里, りんご栽培 since 明治9年,
# the ふるさとセンター (昭和61年), the りんごまるかじり条例 (平成14年), 16,222人 (2015年国勢調査), 41.88km²,
# the two 使い道 wordings used as 基本目標 (未来につなげる産業づくり, 健康で子どもを育むまちづくり). Made up:
# the sheet, its date, 課 and 推進会議 資料 number, the money, every indicator, figure, rank, grade and note.
# (No., name, unit, 基準値（R元）, R4実績, R5目標, R5実績, 達成率（R5）, 目標値（R6）, 評価)
IT_GOAL1 = [
    ("1", "耕作放棄地面積", "ha", 42.0, 38.5, 33.0, 34.1, "96.8%", "基準値から半減", "Ⅲ"),
    ("2", "ふるさとセンターの入込客数", "千人", 168.2, 121.5, 150.0, 172.4, "114.9%", 180.0, "Ⅰ"),
    ("3", "りんご加工品の販売額", "百万円", 212, 236, 240, 244, "101.7%", 260, "Ⅱ"),
]
IT_GOAL2 = [
    (
        "4",
        "特定健康診査受診率の県内順位",
        "位",
        28,
        "24（同率）",
        "20位以内",
        "20（同率）",
        "100.0%",
        "15位以内",
        "Ⅱ",
    ),
    (
        "5",
        "子育て支援に満足している保護者の割合",
        "％",
        68.5,
        "―（調査なし）",
        72.0,
        "集計中",
        "―",
        75.0,
        "Ⅳ",
    ),
]


def _it_grid(ws, h: int, rows) -> int:
    singles = [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (5, "R4実績"),
        (8, "達成率\n（R5）"),
        (9, "目標値\n（R6）"),
        (10, "評価"),
    ]
    for c, word in singles:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 6, 7, "R5", header=True)
    _put(ws, h + 1, 6, "目標", header=True)
    _put(ws, h + 1, 7, "実績", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals, grade in rows:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 10, grade, align="center", bold=True, size=10)
        ws.row_dimensions[r].height = 22
        r += 1
    return r


def itayanagi() -> Path:
    wb, ws = _sheet("KPI効果検証", [6, 34, 8, 10, 12, 10, 12, 10, 14, 7])
    _text(
        ws,
        1,
        1,
        "板柳町まち・ひと・しごと創生総合戦略（第2期）　KPI効果検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　板柳町地方創生推進会議　資料3", align="right")
    _text(ws, 3, 10, "事務局：板柳町企画財政課", align="right")
    r = _fields(
        ws,
        5,
        [
            (
                "町の概要",
                "人口16,222人（平成27年国勢調査）、面積41.88km²。明治9年に始まったりんご栽培を中心に「りんごの里」づくりを進めています。",
            ),
            ("関連事業費（R5決算・千円）", "58,420（うち地方創生推進交付金 24,100）"),
            ("評価の内訳", "Ⅰ　1項目　　Ⅱ　2項目　　Ⅲ　1項目　　Ⅳ　1項目（計5項目）"),
        ],
        1,
        4,
        10,
        label_to=3,
    )
    _text(
        ws,
        r + 1,
        1,
        "評価　Ⅰ：目標を上回った（達成率110％以上）　Ⅱ：目標どおり（達成率100％以上110％未満）　Ⅲ：目標を下回った（達成率100％未満）　Ⅳ：実績値が把握できず評価できない",
        size=8,
    )
    _text(ws, r + 3, 1, "基本目標１　未来につなげる産業づくり", bold=True, size=11)
    r = _it_grid(ws, r + 4, IT_GOAL1)
    _text(ws, r + 1, 1, "基本目標２　健康で子どもを育むまちづくり", bold=True, size=11)
    r = _it_grid(ws, r + 2, IT_GOAL2)
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、R5実績÷R5目標です。No.1は値が小さいほど良い指標のため、R5目標÷R5実績としています。",
            "※No.4は、県内40市町村中の順位（受診率の高い順）です。「（同率）」は、受診率が同じ市町村があり、同じ順位であることを示します。",
            "※No.5の保護者アンケートは隔年実施です。令和5年度調査（回答312人）は集計中のため、評価をⅣとしています。",
            "※ふるさとセンター（昭和61年開設）は、りんごの加工・直売と体験の拠点施設です。平成14年制定の「りんごまるかじり条例」に基づき、安全・安心なりんごのPRを行っています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "itayanagi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 最上町 (山形県最上郡): 総合戦略 数値目標・KPIの推移（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-tax.jp 企業版 道の駅『もがみ』; 全国町村会 町村の取組; 山村振興 提言): 道の駅『もがみ』 and its
# KPI 産直施設の売上額 41,775千円 → 46,200千円, 総務企画課まちづくり推進室, 330.37km², 約8,900人, 山林84％,
# 高齢化率35.5％, the four pillars of the town's 地方創生 vision, 赤倉温泉, 封人の家. Made up: the sheet, its
# date, the strategy's period, the money, every other figure, the grades and the notes.
# Year rows: (label, 観光入込客数, 赤倉温泉の宿泊者数, 新規就農者数, 産直施設の売上額)
MG_ROWS = [
    ("R元（基準値）", 612.4, 48.2, 3, 41775),
    ("R2", 398.1, "…", 2, 40120),
    ("R3", 421.6, 31.5, "－", 39860),
    ("R4", 503.8, 38.9, 4, 42310),
    ("R5", 588.0, 42.7, 3, "47,980※"),
    ("R5（目標値）", 560.0, 45.0, 4, 44000),
    ("R7（目標値）", 650.0, 50.0, 5, 46200),
]
MG_GRADES = ["A", "B", "C", "A"]


def mogami() -> Path:
    wb, ws = _sheet("数値目標・KPI推移", [24, 18, 20, 18, 30])
    _text(
        ws,
        1,
        1,
        "第2期最上町まち・ひと・しごと創生総合戦略　数値目標・KPIの推移（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 5, "令和6年10月　最上町総務企画課まちづくり推進室", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和3年度～令和7年度"),
            (
                "4つの柱",
                "子育て大国最上町／生涯現役で頑張れる健康と福祉のまちづくり／産業振興 雇用創出／環境に優しいまちづくりのバイオマス産業都市",
            ),
            ("町の概要", "面積330.37km²（うち山林84％）、人口約8,900人、高齢化率35.5％"),
            ("関連事業費（R5決算・千円）", "36,750"),
        ],
        1,
        2,
        5,
    )
    ws.row_dimensions[5].height = 28
    _text(ws, r + 1, 1, "■数値目標・KPIの年度別推移", bold=True, size=11)
    h = r + 2
    _down(ws, h, h + 1, 1, "年度", header=True)
    _put(ws, h, 2, "数値目標", header=True)
    _span(ws, h, 3, 5, "KPI", header=True)
    names = [
        "観光入込客数\n（千人）",
        "KPI①\n赤倉温泉の宿泊者数\n（千人泊）",
        "KPI②\n新規就農者数\n（人）",
        "KPI③\n道の駅「もがみ」産直施設の売上額\n（千円）",
    ]
    for j, name in enumerate(names):
        _put(ws, h + 1, 2 + j, name, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 44
    r = h + 2
    for label, *vals in MG_ROWS:
        target = "目標値" in label
        _put(ws, r, 1, label, align="center", fill=LIGHT if target else None)
        fmts = {0: "#,##0.0", 1: "#,##0.0"}
        for j, v in enumerate(vals):
            fmt = fmts.get(j) if isinstance(v, float) else None
            _put(
                ws,
                r,
                2 + j,
                v,
                align="center" if v in ("－", "…") else "right",
                fmt=fmt,
                fill=LIGHT if target else None,
            )
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "評価（R5）", align="center", bold=True)
    for j, grade in enumerate(MG_GRADES):
        _put(ws, r, 2 + j, grade, align="center", bold=True, size=10)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "評価（R5）　A：R5目標値を達成　B：達成率80％以上100％未満　C：達成率80％未満",
            "表中の記号　「－」該当数値なし　「…」数値不詳",
            "※観光入込客数・宿泊者数は山形県観光者数調査（赤倉温泉、封人の家ほか）によります。令和2年度の宿泊者数は調査が行われませんでした。",
            "※KPI②の令和3年度は、新規就農者がいませんでした。",
            "※道の駅「もがみ」は令和5年7月に開業しました。令和5年度の売上額には開業前の産直施設（4～6月）の売上額8,140千円を含みます。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mogami_senryaku_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 玉川村 (福島県石川郡): 第6次玉川村振興計画 後期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (広報たまかわ 令和3年1月号; the 地域再生計画 企業版たまかわ創生総合戦略事業; the village's 移住 page):
# the 第6次玉川村振興計画 and its 後期基本計画 after 令和3年3月, the 基本目標 wordings (環境にやさしい安全・便利な
# 村づくり, 交流と協働の村づくり), 森の駅Yodge (the renovated 旧四辻分校, opened 2021), 7,680人 (平成12年) and
# 6,134人 (令和6年, 住民基本台帳), 127人 moved in in 令和5年, 福島空港. Made up: the sheet, its date and 課, the
# money, every indicator, figure, target, status and note (the 0.23 and 100 are the national values).
# (No., name, unit, 基準値（R2）, R4実績, R5目標, R5実績, 目標値（R7）, 達成状況)
TK_GOAL2 = [
    (
        "1",
        "空間放射線量率（役場庁舎前の年平均値）",
        "μSv/h",
        0.071,
        0.063,
        "0.23以下",
        0.060,
        "0.23以下",
        "達成",
    ),
    (
        "2",
        "村内産米の放射性セシウム濃度（モニタリング検査の最高値）",
        "Bq/kg",
        "不検出（25未満）",
        "不検出（25未満）",
        "国の基準値（100）以下",
        "不検出（25未満）",
        "国の基準値（100）以下",
        "達成",
    ),
]
TK_GOAL5 = [
    ("3", "森の駅Yodgeの利用者数", "人", "―（R3開業）", 6850, 7500, 7320, 8000, "未達成"),
    ("4", "移住・定住支援制度を利用した転入者数", "人", 18, 31, 30, 38, "年間40", "達成"),
]


def _tk_grid(ws, h: int, rows) -> int:
    words = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R7）",
        "達成状況\n（R5）",
    ]
    for c, word in enumerate(words, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, *vals, status in rows:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.000" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 9, status, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    return r


def tamakawa() -> Path:
    wb, ws = _sheet("成果指標", [6, 32, 9, 15, 15, 17, 15, 17, 10])
    _text(
        ws,
        1,
        1,
        "第6次玉川村振興計画 後期基本計画　成果指標の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　玉川村総務課企画係", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "後期基本計画　令和3年度～令和7年度"),
            ("村の人口", "6,134人（令和6年、住民基本台帳）　※ピークは平成12年の7,680人"),
            ("関連事業費（R5決算・千円）", "12,480（うち福島再生加速化交付金 8,200）"),
        ],
        1,
        4,
        9,
        label_to=3,
    )
    _text(ws, r + 1, 1, "基本目標２　環境にやさしい安全・便利な村づくり", bold=True, size=11)
    r = _tk_grid(ws, r + 2, TK_GOAL2)
    _text(ws, r + 1, 1, "基本目標５　交流と協働の村づくり", bold=True, size=11)
    r = _tk_grid(ws, r + 2, TK_GOAL5)
    _notes(
        ws,
        r + 1,
        [
            "※No.1は、村が役場庁舎前で毎月測定した値の年平均です（国の除染の長期目標は0.23μSv/h）。",
            "※No.2の「不検出（25未満）」は、検出下限値（25Bq/kg）未満であったことを示します。一般食品の国の基準値は100Bq/kgです。",
            "※No.3の森の駅Yodgeは、旧四辻分校を改修した観光交流施設で、令和3年度に開業しました。",
            "※令和5年の村への転入者数（住民基本台帳）は127人で、うち38人が移住・定住支援制度を利用しました。福島空港の立地を活かした交流人口の拡大にも取り組みます。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tamakawa_seika_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (itayanagi, mogami, tamakawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shimukappu().name}")


if __name__ == "__main__":
    main()
