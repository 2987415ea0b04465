"""Build the documents of forms403/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``hidaka_leading_kensho_r6.html``, a リーディングプロジェクト（第2期日高市まち・ひと・しごと創生総合戦略）
  効果検証 page in the manner of 日高市 (埼玉県): two tables on one page, a 数値目標 table (goals, a
  ``△52`` baseline and ``＋41`` actuals) and a KPI table whose 基本目標 cells span their rows, with one
  actual cell that carries a 内数 in brackets (``301（うち有料入場者238）``);
* ``source/agano_kofukin_kensho_r6.xlsx`` and its PDF, a 交付金事業 効果検証シート in the manner of
  阿賀野市 (新潟県): targets and actuals grouped by role, ``百万円`` in the 単位 column, ``累計`` cells,
  and a ◎/○/△ 達成状況 whose legend makes ○ (80% or more) a miss;
* ``source/fujikawa_jimujigyo_hyoka_r5.xlsx`` and its PDF, a 事務事業評価シート in the manner of
  富士川町 (山梨県南巨摩郡): one grid holding 活動指標 and 成果指標 under a merged 区分 column, units only in
  the names' brackets, Western years with the era under them, a ``中止`` cell, and a 事業費 table in
  千円 under the grid that gives no record;
* ``source/nogi_shisaku_hyoka_r6.xlsx`` and its PDF, a 施策評価シート in the manner of 野木町
  (栃木県下都賀郡): a 成果指標 table with a 基準年度 column that dates each row's baseline differently
  (``H30``, ``R元``, ``R2``), ``以上`` targets and ``―`` survey years, and under it a second table of
  事務事業 activity counts with their own 担当課 column and ``約`` values.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms403/build.py"
    wb.properties.lastModifiedBy = "forms403/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _note(ws, row, c1, c2, value, height=None, size=8):
    """An unbordered note line spanning c1..c2 (merged, wrapped)."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if c2 > c1:
        ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    if height:
        ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, label_cols, last_col, height=None):
    _put(ws, row, 1, label, header=True)
    for c in range(2, label_cols + 1):
        _put(ws, row, c, None, header=True)
    if label_cols > 1:
        _merge(ws, row, 1, row, label_cols)
    cell = _span(ws, row, label_cols + 1, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms403_soffice_") as tmp:
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
# 日高市 (埼玉県): リーディングプロジェクト（第2期日高市まち・ひと・しごと創生総合戦略）の効果検証
# Real: the project's name and its place in the 第6次日高市総合計画, 政策秘書課, the 行政経営審議会 of
# 令和7年12月10日, 47.48km², 54,571人 (令和2年国勢調査), 716年 高麗郡, 巾着田 and its 約500万本.
# Made up: the period, the 基本目標 wording, every indicator and value.
# --------------------------------------------------------------------------------------------

HIDAKA_GOALS = [
    (
        "１　新しい人の流れをつくる",
        "社会増減数（転入者数－転出者数）",
        "人",
        "△52",
        "＋41",
        "＋18",
        "＋50",
    ),
    ("２　結婚・出産・子育ての希望をかなえる", "年間出生数", "人", "318", "276", "262", "320"),
]

HIDAKA_KPIS = [
    (
        "１　新しい人の流れをつくる",
        [
            (
                "巾着田曼珠沙華まつり来場者数",
                "千人",
                "318",
                ["―", "205", "276", "301（うち有料入場者238）"],
                ["330", "350"],
                "R3はまつり中止",
            ),
            (
                "移住相談件数",
                "件",
                "24",
                ["31", "40", "52", "61"],
                ["55", "60"],
                "R5からオンライン相談を含む",
            ),
        ],
    ),
    (
        "２　結婚・出産・子育ての希望をかなえる",
        [
            (
                "子育て支援センター利用者数（延べ）",
                "人",
                "18,420",
                ["9,860", "14,210", "16,950", "17,480"],
                ["18,000", "19,000"],
                "",
            ),
            (
                "保育所等の待機児童数（各年度4月1日現在）",
                "人",
                "6",
                ["3", "0", "2", "0"],
                ["0", "0"],
                "",
            ),
        ],
    ),
]


def hidaka_html() -> str:
    goal_rows = []
    for goal, name, unit, base, a5, a6, target in HIDAKA_GOALS:
        goal_rows.append(
            f'      <tr>\n        <th scope="row">{goal}</th>\n        <td>{name}</td>\n        <td>{unit}</td>\n'
            f'        <td class="num">{base}</td>\n        <td class="num">{a5}</td>\n        <td class="num">{a6}</td>\n'
            f'        <td class="num">{target}</td>\n      </tr>'
        )
    kpi_rows = []
    for goal, rows in HIDAKA_KPIS:
        for i, (name, unit, base, actuals, targets, note) in enumerate(rows):
            head = (
                f'        <th scope="rowgroup" rowspan="{len(rows)}">{goal}</th>\n'
                if i == 0
                else ""
            )
            cells = "".join(f'<td class="num">{v}</td>' for v in actuals + targets)
            kpi_rows.append(
                f"      <tr>\n{head}        <td>{name}</td>\n        <td>{unit}</td>\n"
                f'        <td class="num">{base}</td>\n        {cells}\n        <td>{note}</td>\n      </tr>'
            )
    goals = "\n".join(goal_rows)
    kpis = "\n".join(kpi_rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>リーディングプロジェクト（第２期日高市まち・ひと・しごと創生総合戦略）の効果検証（令和６年度実績） - 日高市</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; max-width: 980px; margin: 0 auto; }}
  table {{ border-collapse: collapse; margin-bottom: 0.5em; }}
  th, td {{ border: 1px solid #666; padding: 4px 8px; }}
  thead th {{ background: #eef3e6; }}
  td.num {{ text-align: right; }}
  tfoot td {{ font-size: 90%; border: none; }}
  dl.form dt {{ float: left; clear: left; width: 10em; font-weight: bold; }}
  dl.form dd {{ margin-left: 11em; }}
</style>
</head>
<body>
<nav class="breadcrumb">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/keikaku/">計画・施策</a></li>
    <li><a href="/shisei/keikaku/sogokeikaku/">総合計画</a></li>
    <li>リーディングプロジェクトの効果検証（令和６年度実績）</li>
  </ol>
</nav>
<main>
<h1>リーディングプロジェクト（第２期日高市まち・ひと・しごと創生総合戦略）の効果検証（令和６年度実績）</h1>
<p class="date">更新日：2025年12月15日　担当：総合政策部 政策秘書課 政策推進担当</p>
<p>本市では、第６次日高市総合計画のリーディングプロジェクトとして「第２期日高市まち・ひと・しごと創生総合戦略」を位置付け、毎年度、数値目標と重要業績評価指標（KPI）により効果を検証しています。令和６年度の実績は、令和７年12月10日に開催した令和７年度第３回日高市行政経営審議会に報告しました。</p>
<p>日高市は面積47.48km²、人口54,571人（令和２年国勢調査）のまちです。西暦716年に高麗郡が置かれた歴史を持ち、高麗川が大きく蛇行してできた巾着田には、秋に約500万本の曼珠沙華が咲きます。</p>
<dl class="form">
  <dt>計画の名称</dt><dd>第２期日高市まち・ひと・しごと創生総合戦略（リーディングプロジェクト）</dd>
  <dt>計画期間</dt><dd>令和３年度～令和７年度（５年間）</dd>
  <dt>担当課</dt><dd>政策秘書課</dd>
</dl>
<h2>１　数値目標</h2>
<table>
  <thead>
    <tr>
      <th scope="col">基本目標</th>
      <th scope="col">数値目標</th>
      <th scope="col">単位</th>
      <th scope="col">基準値<br>（R元）</th>
      <th scope="col">R5実績</th>
      <th scope="col">R6実績</th>
      <th scope="col">目標値<br>（R7）</th>
    </tr>
  </thead>
  <tbody>
{goals}
  </tbody>
</table>
<p class="note">※△はマイナス（転出超過）を表します。</p>
<h2>２　重要業績評価指標（KPI）</h2>
<table>
  <thead>
    <tr>
      <th rowspan="2" scope="col">基本目標</th>
      <th rowspan="2" scope="col">重要業績評価指標（KPI）</th>
      <th rowspan="2" scope="col">単位</th>
      <th rowspan="2" scope="col">基準値<br>（R元）</th>
      <th colspan="4" scope="colgroup">実績値</th>
      <th colspan="2" scope="colgroup">目標値</th>
      <th rowspan="2" scope="col">備考</th>
    </tr>
    <tr>
      <th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th><th scope="col">R6</th>
      <th scope="col">R6</th><th scope="col">R7</th>
    </tr>
  </thead>
  <tbody>
{kpis}
  </tbody>
  <tfoot>
    <tr><td colspan="11">※実績値の（　）内は内数です。目標値（R6）は令和５年度の中間見直しで設定しました。</td></tr>
  </tfoot>
</table>
</main>
<footer><p>日高市役所　総合政策部 政策秘書課　〒350-1292 埼玉県日高市大字南平沢1020</p></footer>
</body>
</html>
"""


def hidaka() -> Path:
    path = HERE / "hidaka_leading_kensho_r6.html"
    path.write_bytes(hidaka_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 阿賀野市 (新潟県): 交付金事業 効果検証シート（令和6年度）
# Real: the 2町2村 merger of 平成16年4月1日, 192.74km², 40,696人 (令和2年国勢調査), about 20km from
# 新潟市, 瓢湖 (Ramsar), 五頭温泉郷 (出湯・村杉・今板), 安田瓦. Made up: the plan, period, money, 課, values.
# --------------------------------------------------------------------------------------------

AGANO_ROWS = [
    ("①", "瓢湖への白鳥の最大飛来数", "羽", 5200, [5400, 5600, 5800], [5650, 4980, 6120], "◎"),
    ("②", "五頭温泉郷の宿泊者数", "千人", 118, [125, 130, 135], [121, "128※2", 131], "○"),
    ("③", "市内観光消費額", "百万円", 2140, [2300, 2450, 2600], [2080, 2390, 2480], "○"),
    (
        "④",
        "安田瓦を活用した体験プログラムの参加者数",
        "人",
        "―",
        [300, 400, 500],
        [212, 365, 380],
        "△",
    ),
    (
        "⑤",
        "移住支援金を活用した転入者数",
        "人",
        0,
        ["累計5", "累計12", "累計20"],
        ["累計4", "累計10", "累計17"],
        "○",
    ),
]


def agano() -> Path:
    wb, ws = _sheet("効果検証", [6, 36, 9, 12, 10, 10, 10, 10, 10, 10, 12])
    last = 11
    _text(
        ws,
        1,
        1,
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和7年7月　阿賀野市", align="right")
    _field(
        ws, 4, "地域再生計画の名称", "白鳥の湖・瓢湖と五頭温泉郷を生かした交流人口拡大計画", 2, last
    )
    _field(ws, 5, "事業期間", "令和4年度～令和6年度（3か年）", 2, last)
    _field(ws, 6, "担当課", "商工観光課", 2, last)
    _field(ws, 7, "交付対象事業費", "R6：36,480千円（うち交付金18,240千円）", 2, last)
    _field(
        ws,
        8,
        "市の概要",
        "本市は平成16年4月1日に安田町・京ヶ瀬村・水原町・笹神村の2町2村が合併して誕生しました。面積は192.74km²、人口は40,696人（令和2年国勢調査）で、"
        "新潟市の中心部から南東へ約20kmに位置します。ラムサール条約登録湿地の瓢湖には毎冬多くの白鳥が飛来し、東部の五頭連峰のふもとには"
        "出湯・村杉・今板の3温泉からなる五頭温泉郷があります。",
        2,
        last,
        height=44,
    )
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r = 11
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "重要業績評価指標（KPI）", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _down(ws, r, r + 1, 4, "基準値\n（R3年度末）", header=True)
    _span(ws, r, 5, 7, "目標値", header=True)
    _span(ws, r, 8, 10, "実績値", header=True)
    _down(ws, r, r + 1, 11, "達成状況\n（R6年度）", header=True)
    for i, y in enumerate(["R4年度", "R5年度", "R6年度"] * 2):
        _put(ws, r + 1, 5 + i, y, header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    row = r + 2
    for label, name, unit, base, targets, actuals, grade in AGANO_ROWS:
        _put(ws, row, 1, label, align="center")
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        _put(ws, row, 4, base, align="right" if base != "―" else "center")
        for i, v in enumerate(targets + actuals):
            _put(ws, row, 5 + i, v, align="right")
        _put(ws, row, 11, grade, align="center", size=11)
        ws.row_dimensions[row].height = 22
        row += 1
    _note(
        ws,
        row,
        1,
        last,
        "達成状況　◎：目標値を達成　○：目標値の80％以上100％未満　△：目標値の80％未満",
        height=14,
    )
    _note(
        ws,
        row + 1,
        1,
        last,
        "※1　①は各シーズン（10月～翌年3月）の最大飛来数を、そのシーズンが始まる年度に計上しています。",
        height=14,
    )
    _note(
        ws,
        row + 2,
        1,
        last,
        "※2　②のR5実績は、村杉温泉の1施設が改修のため7月から9月まで休業した影響を含みます。",
        height=14,
    )
    _note(
        ws,
        row + 3,
        1,
        last,
        "※3　④は令和4年度からの新規事業のため、基準値はありません。",
        height=14,
    )
    _page(ws, "landscape", f"A1:K{row + 3}")
    path = SOURCE / "agano_kofukin_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富士川町 (山梨県南巨摩郡): 事務事業評価シート（令和5年度実施事業）
# Real: 第二次富士川町総合計画 (2018年度～2025年度), the merger of 平成22年3月8日 (増穂町・鰍沢町), 112.00km²,
# about 8割 forest, 13,499人 (2024-10-01), ゆず (町の木, 特産, 穂積), 大法師公園 (約2,000本). Made up: the rest.
# --------------------------------------------------------------------------------------------

FUJIKAWA_COST = [4120, 4380, 4560, 4700]
FUJIKAWA_GENERAL = [2060, 2190, 2280, 2350]

FUJIKAWA_ROWS = [
    ("活動指標", "ゆず苗木の配布本数（本）", [420, 380, 450], 500, 465, 500),
    ("活動指標", "剪定・防除講習会の開催回数（回）", ["中止", 2, 4], 4, 4, 4),
    ("成果指標", "町内のゆず出荷量（t）", [86.4, 91.2, 78.5], 95.0, 88.7, 100.0),
    ("成果指標", "ゆず加工品の新商品開発数（件）", [0, 2, 2], 3, 3, 3),
    ("成果指標", "剪定講習会参加者の満足度（％）", ["―", 82.5, 85.1], 90.0, 87.3, 90.0),
]


def fujikawa() -> Path:
    wb, ws = _sheet("事務事業評価", [14, 32, 12, 12, 12, 12, 10, 12])
    last = 8
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, last, "令和6年8月　富士川町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, "事務事業名", "ゆずの里づくり推進事業", 1, last)
    _field(ws, 6, "担当課", "産業振興課", 1, last)
    _field(
        ws,
        7,
        "総合計画上の位置付け",
        "第二次富士川町総合計画（2018年度～2025年度）　基本目標２　地域の資源を生かした産業のまち",
        1,
        last,
        height=28,
    )
    _field(ws, 8, "事業期間", "2018年度～2025年度", 1, last)
    _field(
        ws,
        9,
        "事業の目的・内容",
        "町の木であり特産品でもある「ゆず」の産地を守るため、苗木の配布、剪定・防除講習会の開催、ゆず加工品の開発支援を行う。"
        "穂積地区を中心に約30haのゆず園があり、生産者の平均年齢は70歳を超えている。",
        1,
        last,
        height=40,
    )
    _field(
        ws,
        10,
        "町の概況",
        "本町は平成22年3月8日に増穂町と鰍沢町が合併して誕生した。面積112.00km²の約8割を森林が占め、人口は13,499人（2024年10月1日推計）。"
        "さくら名所100選の大法師公園には約2,000本の桜が咲く。",
        1,
        last,
        height=40,
    )
    _text(ws, 12, 1, "２　指標の推移", bold=True, size=11)
    r = 13
    _down(ws, r, r + 1, 1, "区分", header=True)
    _down(ws, r, r + 1, 2, "指標名", header=True)
    _span(ws, r, 3, 5, "実績", header=True)
    _span(ws, r, 6, 7, "2023年度（R5）", header=True)
    _put(ws, r, 8, "最終目標", header=True)
    for i, y in enumerate(
        [
            "2020年度\n（R2）",
            "2021年度\n（R3）",
            "2022年度\n（R4）",
            "目標",
            "実績",
            "2025年度\n（R7）",
        ]
    ):
        _put(ws, r + 1, 3 + i, y, header=True)
    ws.row_dimensions[r + 1].height = 28
    row = r + 2
    _down(ws, row, row + 1, 1, "活動指標", header=True)
    _down(ws, row + 2, row + 4, 1, "成果指標", header=True)
    for _kind, name, past, target, actual, final in FUJIKAWA_ROWS:
        _put(ws, row, 2, name)
        for i, v in enumerate([*past, target, actual, final]):
            _put(ws, row, 3 + i, v, align="right" if v not in ("中止", "―") else "center")
        ws.row_dimensions[row].height = 20
        row += 1
    _note(
        ws,
        row,
        1,
        last,
        "※2020年度（R2）は新型コロナウイルス感染症の影響により講習会を中止した。",
        height=14,
    )
    _text(ws, row + 2, 1, "３　事業費の推移", bold=True, size=11)
    _text(ws, row + 2, last, "（単位：千円）", align="right")
    m = row + 3
    _span(ws, m, 1, 2, "区分", header=True)
    for i, y in enumerate(
        [
            "2021年度（R3）\n決算",
            "2022年度（R4）\n決算",
            "2023年度（R5）\n決算",
            "2024年度（R6）\n予算",
        ]
    ):
        _put(ws, m, 3 + i, y, header=True)
    ws.row_dimensions[m].height = 28
    _span(ws, m + 1, 1, 2, "事業費")
    _span(ws, m + 2, 1, 2, "うち一般財源")
    for i, (cost, general) in enumerate(zip(FUJIKAWA_COST, FUJIKAWA_GENERAL)):
        _put(ws, m + 1, 3 + i, cost)
        _put(ws, m + 2, 3 + i, general)
    _text(ws, m + 4, 1, "４　評価", bold=True, size=11)
    _field(ws, m + 5, "評価", "B（おおむね順調）", 1, last)
    _field(
        ws,
        m + 6,
        "今後の方向性",
        "現状維持（出荷量は前年度より増加したが目標に届かず、講習内容の見直しを行う）",
        1,
        last,
        height=28,
    )
    _page(ws, "portrait", f"A1:H{m + 6}")
    path = SOURCE / "fujikawa_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 野木町 (栃木県下都賀郡): 総合計画 施策評価シート（令和6年度）
# Real: the 将来像 「水と緑と人の和でうるおいのあるまち」, 30.25km² (the smallest town of the prefecture),
# 野木町煉瓦窯 (明治23年, Hoffmann kiln, 16 sides, 重要文化財), ひまわりフェスティバル in July, 生涯学習課 and
# 産業課 as names of the town's 課. Made up: the 後期基本計画 and its period, the 施策, every indicator and value.
# --------------------------------------------------------------------------------------------

NOGI_KPIS = [
    (1, "野木町煉瓦窯の来館者数", "人", "R元", 16240, [11850, 13920, 14630], [17000, 18000]),
    (
        2,
        "町の歴史・文化に愛着を感じる町民の割合",
        "％",
        "H30",
        52.4,
        ["―", 55.8, "―"],
        ["58.0以上", "60.0以上"],
    ),
    (3, "文化財ボランティアガイドの登録者数", "人", "R2", 14, [15, 17, 21], [20, 22]),
]

NOGI_ACTS = [
    ("煉瓦窯保存活用事業", "煉瓦窯での企画展・イベントの開催数", "回", [6, 8], 8, 9, "生涯学習課"),
    (
        "ひまわりフェスティバル開催事業",
        "ひまわりフェスティバルの来場者数",
        "人",
        ["約45,000", "約52,000"],
        "約50,000",
        "約38,000※2",
        "産業課",
    ),
]


def nogi() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 8, 9, 9, 9, 9, 10, 10])
    last = 10
    _text(ws, 1, 1, "令和６年度　施策評価シート（令和６年度実績）", bold=True, size=13)
    _text(ws, 2, last, "令和7年9月　野木町", align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "野木町総合計画　後期基本計画（町の将来像「水と緑と人の和でうるおいのあるまち」）",
        2,
        last,
    )
    _field(ws, 5, "計画期間", "後期基本計画　令和3年度～令和7年度（5年間）", 2, last)
    _field(ws, 6, "施策", "3-2　歴史・文化資源の保存と活用", 2, last)
    _field(ws, 7, "担当課", "生涯学習課", 2, last)
    _field(
        ws,
        8,
        "施策の現状",
        "本町の面積は30.25km²で、県内で最も小さな町である。明治23年に建設された野木町煉瓦窯（旧下野煉化製造会社煉瓦窯）は、"
        "16角形のホフマン式輪窯がほぼ完全な形で残る国の重要文化財であり、保存修理を経て公開している。毎年7月のひまわりフェスティバルには町内外から多くの人が訪れる。",
        2,
        last,
        height=44,
    )
    _text(ws, 10, 1, "１　成果指標", bold=True, size=11)
    r = 11
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "成果指標", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _down(ws, r, r + 1, 4, "基準年度", header=True)
    _down(ws, r, r + 1, 5, "基準値", header=True)
    _span(ws, r, 6, 8, "実績値", header=True)
    _span(ws, r, 9, 10, "目標値", header=True)
    for i, y in enumerate(["R4", "R5", "R6", "R6", "R7"]):
        _put(ws, r + 1, 6 + i, y, header=True)
    row = r + 2
    for no, name, unit, byear, base, actuals, targets in NOGI_KPIS:
        _put(ws, row, 1, no, align="center", fmt="0")
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        _put(ws, row, 4, byear, align="center")
        _put(ws, row, 5, base)
        for i, v in enumerate(actuals + targets):
            _put(ws, row, 6 + i, v, align="center" if v == "―" else "right")
        ws.row_dimensions[row].height = 22
        row += 1
    _note(
        ws,
        row,
        1,
        last,
        "※1　No.2は町民意識調査（隔年実施）によるため、R4・R6は調査を行っていません（―）。",
        height=14,
    )
    row += 2
    _text(ws, row, 1, "２　主な事務事業の実績（活動指標）", bold=True, size=11)
    h = row + 1
    _span(ws, h, 1, 2, "事務事業名【担当課】", header=True)
    _span(ws, h, 3, 5, "活動指標", header=True)
    for i, t in enumerate(["単位", "R4実績", "R5実績", "R6計画", "R6実績"]):
        _put(ws, h, 6 + i, t, header=True)
    row = h + 1
    for prog, name, unit, past, plan, actual, dept in NOGI_ACTS:
        _span(ws, row, 1, 2, f"{prog}【{dept}】")
        _span(ws, row, 3, 5, name)
        _put(ws, row, 6, unit, align="center")
        for i, v in enumerate([*past, plan, actual]):
            _put(ws, row, 7 + i, v, align="right")
        ws.row_dimensions[row].height = 30
        row += 1
    _note(
        ws,
        row,
        1,
        last,
        "※2　R6のひまわりフェスティバルは猛暑のため開催期間を8日間から5日間に短縮した。",
        height=14,
    )
    _page(ws, "portrait", f"A1:J{row}")
    path = SOURCE / "nogi_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {hidaka().name}")
    for make in (agano, fujikawa, nogi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
