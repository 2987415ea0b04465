"""Build the built documents of forms219/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/higashiizu_kpi_shinchoku_r6.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 東伊豆町
  (静岡県): form fields (the town's profile, the mid-year review, 事業費 in 千円); one grid whose
  **top-left corner cell ``令和6年度``, spanning the No. / KPI / 単位 headers, is the only date of the
  year-less columns** ``目標 (当初 | 修正)`` and ``実績``, beside dated ``取組前（R元）``, ``R5実績`` and
  ``最終目標（R7）``; **a baseline headed ``取組前``**; a same-year ``修正`` target left blank where the
  当初 target stands; a ``修正の理由`` column full of figures; ``千人泊``; ``未集計``; and the PDF;
* ``kasagi_ijuteiju_shihyo_r7.html``, a 移住・定住 指標 page in the manner of 笠置町 (京都府): a lead of
  real figures; one table under a three-row ``<thead>`` in which ``実績値`` spans **calendar years
  ``令和5年 | 令和6年 | 令和7年`` over ``3月末 | 9月末 | 3月末 | 9月末 | 3月末``** (spans 2, 2, 1), so the two
  columns of one calendar year fall in two fiscal years; a ``基準値`` pair ``値 | 基準時点`` whose
  **基準時点 cells repeat the date above with the ditto mark ``〃``**; ``1,000以上``;
* ``source/kudoyama_kpi_suii_r6.xlsx``, a 総合戦略 KPI 推移表 in the manner of 九度山町 (和歌山県): form
  fields of real figures; a years-down grid with era-less row labels (``元年度（基準）`` … ``6年度``)
  whose **four KPI columns are headed only ``①`` – ``④``, the names and units standing only in a key
  under the grid**, and whose **interim-target row ``4年度（中間目標）`` stands inside the run of
  years, between ``4年度`` and ``5年度``**, the final target closing it; a ``備考`` column of text with
  numbers; ``千人``; and the PDF;
* ``source/taiki_kpi_shinchoku_r6.xlsx``, a 総合戦略 KPI 進捗 in the manner of 大紀町 (三重県): form
  fields (the 2005 merger, the population, the update dates, a count of the sheet's own KPIs, money);
  a legend; a grid in which **``令和6年度`` spans ``目標 | 見込 | 速報 | 確定``: one year's figure in its
  three states, filled as far as each has got**, and **``評価`` spans ``暫定 | 確定``, a grade made on the
  速報/見込 beside a grade made on the 確定 value**, which differ on one row; ``千人``, ``百万円``; and
  the PDF.

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
    wb.properties.creator = "forms219/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms219/build.py"
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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
    with tempfile.TemporaryDirectory(prefix="forms219_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "未集計", "") else "right")


# --------------------------------------------------------------------------------------------
# 東伊豆町 (静岡県賀茂郡): 第2期まち・ひと・しごと創生総合戦略 KPI進捗管理表（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (town profile page town.higashiizu.shizuoka.jp/bg/profile/ent/2465.html; 町村長随想 zck.or.jp
# essay 5896; kankokeizai.com): the six 温泉郷, 人口約1万3千人, 年間80万人を超える宿泊, 稲取キンメ, the
# すすき event of 稲取細野高原, 東伊豆町観光協会, the town-aided renovation of 伊豆稲取駅 begun in a
# September. Made up: the sheet, its date and 課, the 基本目標, the review, money, every KPI, figure,
# revision and note.
HI_ROWS = [
    (
        "1",
        "町内宿泊施設の延べ宿泊者数",
        "千人泊",
        [842, 768, 800, 780, 786, 850],
        "大型旅館1軒の改修休業（R6.6～R7.1、客室84室）",
    ),
    (
        "2",
        "稲取細野高原「秋のすすきイベント」の来場者数",
        "人",
        [28400, 30820, 30000, "", 31460, 32000],
        "",
    ),
    (
        "3",
        "「稲取キンメ」を提供する認定店舗数",
        "店舗",
        [18, 25, 27, 30, 28, 30],
        "R5実績（25店舗）を踏まえ上方修正",
    ),
    (
        "4",
        "伊豆稲取駅観光案内所の利用者数",
        "人",
        [24600, 21300, 22000, 20000, "未集計", 25000],
        "駅舎リノベーション（R5.9着手）に伴う仮設運営",
    ),
]


def higashiizu() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [5, 36, 7, 10, 10, 9, 9, 10, 11, 34])
    _text(
        ws,
        1,
        1,
        "第2期東伊豆町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年7月　東伊豆町企画調整課", align="right")
    fields = [
        (
            "町の概況",
            "伊豆半島東海岸の中央に位置し、大川・北川・熱川・片瀬・白田・稲取の6つの温泉郷を擁する人口約1万3千人の町。年間80万人を超える方が宿泊している。",
            30,
        ),
        (
            "目標の中間見直し",
            "令和6年9月の推進会議で、令和6年度の目標の一部を修正した（修正欄が空欄の指標は当初の目標のとおり）。",
            20,
        ),
        ("関連事業費（R6決算・千円）", "48,260", 20),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 3), (4, 10), height)
        r += 1
    _text(ws, 8, 1, "基本目標1　温泉と海の恵みを活かした「稼ぐ観光」をつくる", bold=True, size=11)
    h = 9
    _span(ws, h, 1, 3, "令和6年度", header=True, bold=True, size=11)
    for c, word in enumerate(["No.", "重要業績評価指標（KPI）", "単位"], start=1):
        _put(ws, h + 1, c, word, header=True)
    _down(ws, h, h + 1, 4, "取組前\n（R元）", header=True)
    _down(ws, h, h + 1, 5, "R5実績", header=True)
    _span(ws, h, 6, 7, "目標", header=True)
    _put(ws, h + 1, 6, "当初", header=True)
    _put(ws, h + 1, 7, "修正", header=True)
    _down(ws, h, h + 1, 8, "実績", header=True)
    _down(ws, h, h + 1, 9, "最終目標\n（R7）", header=True)
    _down(ws, h, h + 1, 10, "修正の理由", header=True)
    ws.row_dimensions[h].height = 24
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, vals, why in HI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, why, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※修正欄は、令和6年9月の中間見直し後の目標です。空欄の指標は、当初の目標から変更していません。",
            "※No.1は静岡県「観光交流の動向」による町内宿泊施設の延べ宿泊者数です。",
            "※No.2は、令和6年10月12日から11月10日まで（30日間）の来場者数です。",
            "※No.4の実績は、令和7年8月に確定する予定のため未集計としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "higashiizu_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 笠置町 (京都府相楽郡): 移住・定住と関係人口に関する指標の推移（令和7年3月末現在）
# --------------------------------------------------------------------------------------------

# Real (arpak.co.jp letters212; machi-news.net; syoutengai-c.com; kinabal.co.jp): 笠置町人口ビジョン's
# 1,392人 (2015) and 977人 (2030), 天然わかさぎ温泉笠置いこいの館 and its renewal (2018年4月), つむぎてらす,
# 笠置まちづくり株式会社 (平成28年8月), 人口1,327人 (2019.3), キャンプ場 年間9～10万人, 希望のまち推進課.
# Made up: the page, its date, every indicator, figure, date of the 基準時点 and note.
KS_ROWS = [
    ("空き家バンク登録物件数", "件", "6", "H31.3末", ["14", "17", "19", "18", "21"], "25"),
    (
        "空き家バンクを通じた成約件数（累計）",
        "件",
        "0",
        "〃",
        ["9", "11", "13", "15", "16"],
        "15",
    ),
    ("お試し住宅の利用者数（累計）", "人", "0", "R2.9末", ["38", "44", "51", "57", "63"], "60"),
    (
        "笠置町ふるさと応援隊の登録者数",
        "人",
        "45",
        "〃",
        ["212", "236", "251", "268", "290"],
        "300",
    ),
    (
        "町の人口（住民基本台帳）",
        "人",
        "1,327",
        "H31.3末",
        ["1,062", "1,041", "1,018", "1,001", "978"],
        "1,000以上",
    ),
]

KS_HEAD = """<thead>
<tr><th rowspan="3">指標</th><th rowspan="3">単位</th><th colspan="2" rowspan="2">基準値</th><th colspan="5">実績値</th><th rowspan="3">目標値<br>（R7.3末）</th></tr>
<tr><th colspan="2">令和5年</th><th colspan="2">令和6年</th><th>令和7年</th></tr>
<tr><th>値</th><th>基準時点</th><th>3月末</th><th>9月末</th><th>3月末</th><th>9月末</th><th>3月末</th></tr>
</thead>"""


def kasagi_html() -> str:
    body = []
    for name, unit, base, when, vals, goal in KS_ROWS:
        body.append(
            f'<tr><td>{name}</td><td class="c">{unit}</td><td class="num">{base}</td>'
            f'<td class="c">{when}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + f'<td class="num">{goal}</td></tr>'
        )
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>移住・定住と関係人口に関する指標の推移（令和7年3月末現在） - 笠置町</title>
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
<p class="breadcrumb"><a href="/">トップページ</a> &gt; 町政情報 &gt; 移住・定住 &gt; 移住・定住と関係人口に関する指標の推移</p>
<h1>移住・定住と関係人口に関する指標の推移（令和7年3月末現在）</h1>
<p class="date">更新日：令和7年5月12日　担当：希望のまち推進課</p>
<p>笠置町は、京都府の最南端、木津川の渓谷にある町です。「笠置町人口ビジョン」では、2015年に1,392人であった人口が、2030年には977人になると見込まれています。町では、天然わかさぎ温泉「笠置いこいの館」のリニューアル（2018年4月）、多世代交流施設「つむぎてらす」の整備、笠置まちづくり株式会社（平成28年8月設立）との連携などにより、移住・定住と関係人口づくりを進めています。</p>
<p>次の指標は、住民基本台帳と町の台帳により、毎年3月末と9月末の時点で集計しています。</p>
<h2>移住・定住の指標（半期ごとの集計）</h2>
<table>
{KS_HEAD}
<tbody>
{rows_html}
</tbody>
</table>
<p class="note">※基準時点の「〃」は、上の欄と同じ時点です。</p>
<p class="note">※お試し住宅は令和2年9月に開設しました。成約件数とお試し住宅の利用者数は、基準時点からの累計です。</p>
<p class="note">※笠置町ふるさと応援隊は、町外に住みながら笠置町を応援していただく方の登録制度です（令和2年9月創設）。</p>
<p class="note">（参考）キャンプ場の利用者は年間9～10万人程度です（町調べ）。</p>
<p>このページに関するお問い合わせ　笠置町役場 希望のまち推進課</p>
</body>
</html>
"""


def kasagi() -> Path:
    path = HERE / "kasagi_ijuteiju_shihyo_r7.html"
    path.write_bytes(kasagi_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 九度山町 (和歌山県伊都郡): まち・ひと・しごと創生総合戦略（第2期） KPIの推移
# --------------------------------------------------------------------------------------------

# Real (furu-con.jp/projects/274/detail; kaki-kudoyama.com 事業計画書 H28): 高野山の玄関口, 7,395人 (昭和60年),
# 4,028人 (令和3年4月30日), 約800人 (令和42年の推計), 真田庵, 慈尊院, 高野山町石道, 玉川峡, 九度山の富有柿,
# 道の駅「柿の郷くどやま」, 九度山・真田ミュージアム, 真田丸 (平成28年). Made up: the sheet, its date and 課,
# the plan period, every KPI, figure and note.
KD_KEY = [
    "①　道の駅「柿の郷くどやま」の年間利用者数（千人）",
    "②　九度山・真田ミュージアムの年間入館者数（人）",
    "③　柿栽培の新規就農者数（累計）（人）",
    "④　移住相談件数（件）",
]
KD_ROWS = [
    ("元年度（基準）", [412.5, 28640, 0, 18], "真田丸放送（H28）から3年", None),
    ("2年度", [268.4, 12310, 2, 22], "ミュージアム4月～5月の2か月間休館", None),
    ("3年度", [301.2, 15870, 3, 31], "", None),
    ("4年度", [356.8, 19420, 5, 29], "", None),
    ("4年度（中間目標）", [380.0, 22000, 5, 30], "中間評価（令和5年8月）", LIGHT),
    ("5年度", [392.1, 21150, 7, 36], "", None),
    ("6年度", [405.6, 23480, 8, 41], "ミュージアム開館8周年", None),
    ("6年度（最終目標）", [420.0, 23000, 10, 40], "", LIGHT),
]


def kudoyama() -> Path:
    wb, ws = _sheet("KPIの推移", [20, 12, 12, 12, 12, 30])
    _text(ws, 1, 1, "九度山町まち・ひと・しごと創生総合戦略（第2期）", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の推移", bold=True, size=13)
    _text(ws, 3, 6, "令和7年6月　九度山町産業振興課", align="right")
    fields = [
        (
            "町の概況",
            "高野山の玄関口にある山あいの町。総人口は昭和60年の7,395人から令和3年には4,028人（4月30日現在）に減少し、令和42年には約800人になると推計されている。",
            30,
        ),
        (
            "主な地域資源",
            "真田庵、慈尊院、高野山町石道、玉川峡、九度山の富有柿、道の駅「柿の郷くどやま」、九度山・真田ミュージアム",
            30,
        ),
        ("計画期間", "令和2年度～令和6年度（中間評価：令和5年8月）", 20),
    ]
    r = 5
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 1), (2, 6), height)
        r += 1
    _text(ws, 9, 1, "■KPIの推移", bold=True, size=11)
    h = 10
    _down(ws, h, h + 1, 1, "年度", header=True)
    _span(ws, h, 2, 5, "重要業績評価指標（KPI）", header=True)
    for j, word in enumerate(["①", "②", "③", "④"]):
        _put(ws, h + 1, 2 + j, word, header=True, size=10)
    _down(ws, h, h + 1, 6, "備考", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for label, vals, note, fill in KD_ROWS:
        _put(ws, r, 1, label, fill=fill)
        for j, v in enumerate(vals):
            if isinstance(v, float):
                _put(ws, r, 2 + j, v, fmt="#,##0.0", fill=fill)
            else:
                _put(ws, r, 2 + j, v, fill=fill)
        _put(ws, r, 6, note, size=8, fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    for i, line in enumerate(KD_KEY):
        _text(ws, r + 1 + i, 1, line, size=9)
    _notes(
        ws,
        r + 2 + len(KD_KEY),
        [
            "※各年度の数値は、4月から翌年3月までの実績です。中間目標は、中間評価で検証した年度の目標です。",
            "※①は道の駅のレジ通過者数です。③は令和2年4月からの累計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kudoyama_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大紀町 (三重県度会郡): 大紀町総合戦略 重要業績評価指標（KPI）の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (pedia.3rd-in.co.jp and ja-two.iwiki.icu (Wikipedia); www2.town.taiki.mie.jp 総合計画情報): the
# merger of 大宮町, 紀勢町 and 大内山村 on 平成17年2月14日, 人口7,165人 (2023年4月1日推計), 65歳以上が5割超.
# Made up: the sheet, the strategy's name, its date and 課, the update dates, money, every KPI, figure and grade.
TK_ROWS = [
    ("1", "町内観光施設の入込客数", "千人", [318, 296, 300, 305, 298, 302, 320], ("B", "A")),
    ("2", "移住者数", "人", [21, 26, 30, 32, 28, "", 35], ("B", "")),
    ("3", "新規就農者数（林業を含む）", "人", [2, 3, 4, 5, "", "", 5], ("A", "")),
    ("4", "ふるさと納税寄附額", "百万円", [38.2, 61.5, 65.0, "―", 72.4, 72.4, 80.0], ("A", "A")),
]


def taiki() -> Path:
    wb, ws = _sheet("KPIの進捗", [5, 30, 8, 10, 9, 8, 8, 8, 8, 10, 7, 7])
    _text(
        ws,
        1,
        1,
        "大紀町総合戦略　重要業績評価指標（KPI）の進捗状況（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和7年10月　大紀町企画調整課", align="right")
    fields = [
        (
            "町の概況",
            "平成17年2月14日に大宮町・紀勢町・大内山村が合併して誕生。人口7,165人（令和5年4月1日推計）、65歳以上の割合は5割を超える。",
            30,
        ),
        ("数値の更新", "見込：令和6年12月末　速報：令和7年6月　確定：令和7年9月", 20),
        ("KPIの数", "4（確定評価済 2、暫定評価 2）", 20),
        ("関連事業費（R6決算・千円）", "31,570", 20),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 3), (4, 12), height)
        r += 1
    _text(
        ws,
        9,
        1,
        "【評価】A：目標を達成　B：達成率80％以上　C：達成率80％未満　－：評価できない（暫定評価は速報値又は見込値により、確定評価は確定値により行う）",
        size=9,
    )
    _text(ws, 11, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    h = 12
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (5, "R5実績"),
        (10, "目標値\n（R7）"),
    ]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 6, 9, "令和6年度", header=True)
    for j, word in enumerate(["目標", "見込", "速報", "確定"]):
        _put(ws, h + 1, 6 + j, word, header=True)
    _span(ws, h, 11, 12, "評価", header=True)
    _put(ws, h + 1, 11, "暫定", header=True)
    _put(ws, h + 1, 12, "確定", header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, vals, grades in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        for j, g in enumerate(grades):
            _put(ws, r, 11 + j, g, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※令和6年度の実績は、見込（令和6年12月末時点の推計）、速報、確定の順に、公表された段階まで記載しています。",
            "※No.1は三重県観光レクリエーション入込客数推計書による町内施設の合計です。No.4の見込は作成していません。",
            "※No.3は、町の就農・就業支援制度を利用して新たに農業又は林業に就業した人数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "taiki_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (higashiizu, kudoyama, taiki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kasagi().name}")


if __name__ == "__main__":
    main()
