"""Build the built documents of forms278/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/minamifurano_shisaku_hyoka_r6.xlsx``, a 地域総合戦略 施策評価シート in the manner of 南富良野町
  (北海道): form fields (戦略方針, 担当課, 事業費) over a 成果指標 grid whose header cell is ``評価※`` and
  **whose grade cells carry footnote marks** (``B※1``, ``A※2``, ``－※3``), the legend standing in the
  unnumbered ``※評価`` note; **a ``―（新規）`` baseline** and a ``未集計`` actual; and the PDF;
* ``source/kunohe_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 九戸村 (岩手県):
  **R3 actual cells holding the 確定値 and, in brackets, the 速報値 published before
  (``9,870（速報9,912）``)**, **a survey row whose R3 cell holds the R2 survey's figure
  (``41.0（R2調査）``)**, and **a reversed 1–4 評価 of progress (1 best)** with its legend; and the PDF;
* ``source/yamanobe_koka_kensho_r5.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 山辺町
  (山形県): form fields (事業名, 担当課, 計画期間, 事業費, 町の人口) over a KPI grid with **an 評価 column of
  enclosed ideographs ``㊤`` / ``㊥`` / ``㊦``** read through the legend line, and **count cells carrying
  their share in brackets (``220（24.4%）``)**, ``千円``, a ``―`` baseline; and the PDF;
* ``matsushima_kanko_shihyo_r6.html``, a 観光 成果指標 page in the manner of 松島町 (宮城県): calendar-year
  columns, **a 評価 key written as a ``<dl>`` under the table, grading the latest year against the
  baseline (not the target)**, **value cells with two season parts ``夏季 18.2万　冬季 5.6万``**, a
  ``約56.9万`` baseline and a ``300万以上`` target.

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
    wb.properties.creator = "forms278/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms278/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms278_soffice_") as tmp:
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
# 南富良野町 (北海道空知郡): 第2期南富良野町地域総合戦略 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.minamifurano.hokkaido.jp/?p=8531): the 地域総合戦略, its 戦略方針 (4), 企画課.
# Made up: the sheet, every indicator, figure, grade and note.
MF_ROWS = [
    ("1", "観光入込客数", "千人", 542.3, 488.0, 520.0, 531.6, "A"),
    ("2", "かなやま湖周辺の宿泊者数", "人泊", 21480, 18905, 20000, 19120, "B※1"),
    ("3", "体験型観光プログラムの参加者数", "人", "―（新規）", 2410, 3000, 3260, "A※2"),
    ("4", "外国人宿泊者数", "人泊", 1204, 2850, 2500, "未集計", "－※3"),
]


def minamifurano() -> Path:
    wb, ws = _sheet("施策評価", [6, 34, 8, 12, 11, 11, 11, 10])
    _text(
        ws,
        1,
        1,
        "第2期南富良野町地域総合戦略　施策評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年8月", align="right")
    fields = [
        ("戦略方針", "(4)自然環境、地理的条件を生かした観光産業の推進"),
        ("担当課", "企画課"),
        ("関連事業費（R5決算・千円）", 38200),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■成果指標の達成状況", bold=True, size=11)
    heads = ["No.", "成果指標", "単位", "基準値\n（R元）", "R4実績", "R5目標", "R5実績", "評価※"]
    for c, word in enumerate(heads, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for no, name, unit, *vals, grade in MF_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 8, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価　A：R5目標を達成　B：達成率80％以上100％未満　C：達成率80％未満　－：実績が未集計のため評価できない",
            "※1 8月の大雨による国道38号の通行止め（約3週間）の影響を含みます。",
            "※2 No.3は令和4年3月の戦略改訂で追加した指標のため、基準値はありません。R5目標を達成したため、R6目標を3,500人に上方修正しました。",
            "※3 北海道観光入込客数調査の公表（令和6年10月予定）後に評価します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minamifurano_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 九戸村 (岩手県九戸郡): 九戸村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (jablog.org; vill.kunohe.iwate.jp/docs/320.html): the population 5,650人 (2020-04-01 推計),
# 折爪岳 and its ヒメボタル, くのへスキー場. Made up: the sheet, 基本目標 wording, every KPI, figure and grade.
KN_ROWS = [
    ("KPI①　くのへスキー場の利用者数", "人", 12850, "9,870（速報9,912）", 11406, 14000, "4"),
    ("KPI②　折爪岳ヒメボタル観賞会の来場者数", "人", 2400, "1,820（速報1,850）", 2760, 3000, "2"),
    ("KPI③　移住・定住相談件数", "件", 18, 25, 31, 30, "1"),
    ("KPI④　村に住み続けたいと思う村民の割合", "％", 38.5, "41.0（R2調査）", 45.2, 50.0, "2"),
    ("KPI⑤　転出超過数の抑制", "人", 64, "71（速報69）", 58, 40, "3"),
]


def kunohe() -> Path:
    wb, ws = _sheet("KPI進捗", [40, 7, 12, 18, 11, 12, 8])
    _text(
        ws,
        1,
        1,
        "九戸村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和4年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和5年9月　九戸村総務企画課", align="right")
    _text(ws, 3, 7, "（参考）村の人口 5,650人（令和2年4月1日現在推計）", align="right")
    _text(ws, 5, 1, "基本目標２　九戸村への新しいひとの流れをつくる", bold=True, size=11)
    _text(
        ws,
        6,
        1,
        "評価　1：目標値（R6）を達成済　2：順調（基準値から目標値までの進捗5割以上）　3：やや遅れ（進捗5割未満）　4：基準値を下回っている",
        size=8,
    )
    _head2(
        ws,
        7,
        [(1, "KPI"), (2, "単位"), (3, "基準値\n（H30）"), (6, "目標値\n（R6）"), (7, "評価")],
        [(4, 5, "実績値", ["R3", "R4"])],
    )
    r = 9
    for name, unit, *vals, grade in KN_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 7, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R3実績の（　）内は、前回（令和4年9月）公表時の速報値です。",
            "※KPI④は隔年実施の村民意識調査（H30・R2・R4）によるため、R3の欄にはR2調査の値を掲載しています。",
            "※KPI⑤は値が小さいほど良い指標です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kunohe_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山辺町 (山形県東村山郡): 地方創生推進交付金 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia via search): the population 13,032人 (2024-10-01 推計), ニット, 舞米豚, やまべ牛乳.
# Made up: the 事業, 課, money, every KPI, figure and grade.
YB_ROWS = [
    ("ア", "町内ニット事業者の新商品開発数", "件", 4, 7, 8, 9, "㊤"),
    ("イ", "ECサイトでのニット製品販売額", "千円", 5820, 8140, 10000, 8760, "㊥"),
    (
        "ウ",
        "ECサイトのリピート購入者数",
        "人",
        "180（20.5%）",
        "220（24.4%）",
        300,
        "236（22.1%）",
        "㊦",
    ),
    ("エ", "舞米豚・やまべ牛乳とのコラボ商品の販売数", "個", "―", 1250, 2000, 2140, "㊤"),
]


def yamanobe() -> Path:
    wb, ws = _sheet("効果検証", [5, 38, 7, 13, 13, 10, 13, 7])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和5年度）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年11月　山辺町", align="right")
    fields = [
        ("事業名", "ニットのまち・やまのべ ブランド発信事業"),
        ("担当課", "商工観光課"),
        ("計画期間", "令和4年度～令和6年度"),
        ("交付対象事業費（R5・千円）", 16800),
        ("町の人口", "13,032人（令和6年10月1日現在推計）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 10, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    heads = ["", "KPI", "単位", "事業開始前\n（R3）", "R4実績", "R5目標", "R5実績", "評価"]
    for c, word in enumerate(heads, start=1):
        _put(ws, 11, c, word, header=True)
    ws.row_dimensions[11].height = 30
    r = 12
    for label, name, unit, *vals, grade in YB_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, grade, align="center", size=12)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　㊤：R5目標を達成　㊥：達成率80％以上100％未満　㊦：達成率80％未満",
            "※ウの（　）内は、ECサイトの購入者全体に占めるリピート購入者の割合です。",
            "※エは令和4年度からの取組のため、事業開始前の値はありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yamanobe_koka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松島町 (宮城県宮城郡): 観光に関する成果指標の状況
# --------------------------------------------------------------------------------------------

# Real (sendai-podcast.jp/news/post-52526): 観光客入り込み数 2019年 2,981,516人, 2022年 2,123,521人,
# 2023年 2,952,712人; 宿泊者 2023年 503,342人 (2019年の88.4%); the town's aim of 300万人.
# Made up: the page, 課, the 遊覧船, 外国人 and 教育旅行 rows, the grades and notes.
MS_ROWS = [
    ("観光客入込数", "人", "2,981,516", "2,123,521", "2,952,712", "300万以上", "○"),
    ("宿泊者数", "人", "約56.9万", "421,800", "503,342", "600,000", "△"),
    (
        "松島湾遊覧船の乗船者数",
        "人",
        "夏季 18.2万　冬季 5.6万",
        "夏季 11.4万　冬季 3.1万",
        "夏季 17.5万　冬季 5.2万",
        "25.0万",
        "○",
    ),
    ("外国人観光客入込数", "人", "48,200", "6,120", "52,860", "60,000", "◎"),
    ("教育旅行の受入校数", "校", "412", "268", "395", "450", "○"),
]

MS_HEAD = """<thead>
<tr><th>成果指標</th><th>単位</th><th>基準値<br>（2019年）</th><th>2022年</th><th>2023年</th><th>目標値<br>（2026年）</th><th>評価</th></tr>
</thead>"""


def matsushima_html() -> str:
    rows = []
    for name, unit, *vals, grade in MS_ROWS:
        rows.append(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + f'<td class="c"><strong>{grade}</strong></td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>観光に関する成果指標の状況 - 松島町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
dl.legend dt {{ float: left; clear: left; width: 2em; font-weight: bold; }}
dl.legend dd {{ margin-left: 2.5em; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 観光振興</p>
<h1>観光に関する成果指標の状況</h1>
<p>令和6年3月22日　松島町産業観光課</p>
<p>日本三景松島の観光は、新型コロナウイルス感染症の5類移行などにより回復が進んでいます。観光振興計画に掲げた成果指標について、2023年（1月～12月）の実績を取りまとめました。</p>
<h2>基本目標 日本三景松島の観光再生</h2>
<table>
{MS_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>評価の見方</p>
<dl class="legend">
<dt>◎</dt><dd>2023年の実績が基準値（2019年）を上回ったもの</dd>
<dt>○</dt><dd>2023年の実績が基準値の90％以上100％未満のもの</dd>
<dt>△</dt><dd>2023年の実績が基準値の90％未満のもの</dd>
<dt>－</dt><dd>実績が把握できず評価できないもの</dd>
</dl>
<p>※各年とも1月～12月の暦年の値です。遊覧船の夏季は4月～10月、冬季は1月～3月と11月～12月です。</p>
<p>※宿泊者数の基準値は、2023年の値が2019年の88.4％にあたることから概数で示しています。</p>
<p>※観光客入込数の12月は記録の残る1992年以降で最多の19万5,547人でした。</p>
</body>
</html>
"""


def matsushima() -> Path:
    path = HERE / "matsushima_kanko_shihyo_r6.html"
    path.write_bytes(matsushima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (minamifurano, kunohe, yamanobe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {matsushima().name}")


if __name__ == "__main__":
    main()
