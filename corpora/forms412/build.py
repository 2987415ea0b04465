"""Build the documents of forms412/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``tomika_seika_shihyo_r6.html``, a 総合計画 施策の成果指標 page in the manner of 富加町 (岐阜県加茂郡):
  a population row counted ``各年1月1日現在`` (a note: the R6年度 cell is 令和7年1月1日), and one name split
  into ``男性`` / ``女性`` rows;
* ``nishiizu_kofukin_kensho_r6.xlsx`` (a document itself), a 交付金事業 効果検証 sheet in the manner of
  西伊豆町 (静岡県賀茂郡): 目標 / 実績 pairs under year groups, ``千円`` in 単位, and a note row between two KPIs
  that makes one cell (``176,230※``) a calendar-year figure;
* ``source/kora_jimujigyo_hyoka_r6.xlsx`` and its PDF, a 事務事業評価シート in the manner of 甲良町
  (滋賀県犬上郡): era-less full-width years (``３年度``), 計画 / 実績 rows under a vertical 区分, a plan row with
  only the final year filled, and a 事業費 table under the same years;
* ``source/yamazoe_machizukuri_shihyo_r6.xlsx`` and its PDF, a 総合計画 まちづくり指標 sheet in the manner of
  山添村 (奈良県山辺郡): two tables side by side with different heads (the right one without 単位), and
  value cells that carry words (``61（3園計）``, ``―（R6.5開校）``).

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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms412/build.py"
    wb.properties.lastModifiedBy = "forms412/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None):
    _span(ws, row, 1, 2, label, header=True)
    cell = _span(ws, row, 3, last_col, value)
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
    with tempfile.TemporaryDirectory(prefix="forms412_soffice_") as tmp:
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
# 富加町 (岐阜県加茂郡): 総合計画 施策の成果指標の状況（令和6年度実績）, HTML page
# Real: 16.82km², 5,626人 (令和2年国勢調査), 半布里戸籍, 東海環状自動車道 富加関IC, the 13区画 町有地分譲,
# 企画課. Made up: the page, its date, the 基本目標 and 施策 wording, every indicator, value and note.
# --------------------------------------------------------------------------------------------

TOMIKA_TABLES = [
    (
        "基本目標１　住みたい、住み続けたいまち",
        "1-1",
        "定住の促進",
        [
            (
                "町の人口（各年1月1日現在）<sup>※1</sup>",
                None,
                "人",
                "5,612",
                "5,702",
                "5,731",
                "5,749",
                "5,800",
            ),
            ("転入者数", None, "人", "182", "201", "195", "214", "210"),
        ],
        "※1　町の人口は住民基本台帳人口で、各年度中の1月1日現在の値です（例：R6年度の欄は令和7年1月1日現在、基準値は令和2年1月1日現在）。",
    ),
    (
        "基本目標２　健やかに暮らせるまち",
        "2-1",
        "健康づくりの推進",
        [
            ("65歳の平均自立期間", "男性", "年", "17.9", "18.1", "18.0", "18.3", "18.5"),
            ("65歳の平均自立期間", "女性", "年", "20.8", "21.0", "21.2", "21.1", "21.5"),
            ("特定健診受診率", None, "％", "41.2", "43.5", "44.8", "46.1", "60.0"),
        ],
        "※平均自立期間は、岐阜県国保連合会の算定（要介護2以上を「不健康」とする）によります。",
    ),
]


def tomika_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>富加町総合計画 施策の成果指標の状況（令和6年度実績）｜富加町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">トップページ</a></li>',
        '<li><a href="/gyosei/">町政情報</a></li>',
        '<li><a href="/gyosei/keikaku/">計画・行政評価</a></li>',
        "<li>施策の成果指標の状況（令和6年度実績）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>富加町総合計画　施策の成果指標の状況（令和６年度実績）</h1>",
        '<p class="date">掲載日：2025年9月1日</p>',
        "<p>富加町は面積16.82km²のコンパクトな町で、令和2年国勢調査の人口は5,626人です。日本最古の戸籍「半布里戸籍」ゆかりの地であり、東海環状自動車道の富加関ICの開通後は、町有地の分譲（第1弾13区画）が完売するなど住宅地としての需要が高まっています。</p>",
        "<p>総合計画に掲げる施策ごとに成果指標を定め、毎年度の実績を公表しています。</p>",
    ]
    for heading, no, name, rows, note in TOMIKA_TABLES:
        out.extend(
            [
                f"<h2>{heading}</h2>",
                "<table>",
                "<thead>",
                "<tr>"
                '<th rowspan="2">施策</th><th rowspan="2" colspan="2">成果指標</th><th rowspan="2">単位</th>'
                '<th rowspan="2">基準値<br>（R元年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R8年度）</th>'
                "</tr>",
                "<tr><th>R4年度</th><th>R5年度</th><th>R6年度</th></tr>",
                "</thead>",
                "<tbody>",
            ]
        )
        for i, (ind, sub, unit, *vals) in enumerate(rows):
            cells = []
            if i == 0:
                cells.append(f'<th scope="rowgroup" rowspan="{len(rows)}">{no}　{name}</th>')
            if sub is None:
                cells.append(f'<th scope="row" colspan="2">{ind}</th>')
            elif i == 0 or rows[i - 1][0] != ind:
                span = sum(1 for r in rows if r[0] == ind)
                cells.append(f'<th scope="row" rowspan="{span}">{ind}</th>')
                cells.append(f"<td>{sub}</td>")
            else:
                cells.append(f"<td>{sub}</td>")
            cells.append(f"<td>{unit}</td>")
            cells.extend(f"<td>{v}</td>" for v in vals)
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.extend(["</tbody>", "</table>", f'<p class="note">{note}</p>'])
    out.extend(
        [
            "</main>",
            "<footer><p>このページに関するお問い合わせ：富加町役場 企画課　〒501-3392　岐阜県加茂郡富加町滝田1511</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return "\n".join(out)


def tomika() -> Path:
    path = HERE / "tomika_seika_shihyo_r6.html"
    path.write_bytes(tomika_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 西伊豆町 (静岡県賀茂郡): 交付金事業 効果検証シート（令和6年度）, XLSX left as is
# Real: the plan name (地域再生計画), まちづくり課, the 2005-04-01 merger (10,790人), 高齢化率 over 50%,
# はんばた市場 (opened 2020-05-22), ツッテ西伊豆, the 電子地域通貨, the 森と海の6次産業化 idea.
# Made up: the 事業 name, period, money, every KPI, value, status and note.
# --------------------------------------------------------------------------------------------

NISHIIZU_KPI = [
    (
        "①",
        "ツッテ西伊豆による釣魚の買取件数",
        "件",
        1120,
        1300,
        1356,
        1450,
        1512,
        1600,
        1587,
        "未達成",
    ),
    (
        "②",
        "電子地域通貨の町内加盟店決済額",
        "千円",
        84300,
        100000,
        112640,
        120000,
        131905,
        140000,
        152480,
        "達成",
    ),
    (
        "③",
        "はんばた市場の来場者数",
        "人",
        182400,
        190000,
        "176,230※",
        200000,
        205870,
        210000,
        214950,
        "達成",
    ),
    ("④", "移住相談窓口を経由した移住者数", "人", 8, 10, 11, 12, 9, 14, 15, "達成"),
]


def nishiizu() -> Path:
    wb, ws = _sheet("効果検証", [5, 30, 7, 11, 10, 10, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和６年度　地方創生推進交付金事業　効果検証シート", bold=True, size=13)
    _text(ws, 2, 11, "令和7年7月　西伊豆町", align="right")
    _field(ws, 4, "地域再生計画の名称", "西伊豆町まち・ひと・しごと創生推進計画", 11)
    _field(ws, 5, "交付対象事業の名称", "森と海の６次産業化推進事業", 11)
    _field(ws, 6, "担当課", "まちづくり課", 11)
    _field(ws, 7, "事業期間", "令和4年度～令和6年度（3か年）", 11)
    _field(ws, 8, "交付対象事業費", "R4：21,400千円　　R5：19,800千円　　R6：18,600千円", 11)
    _field(
        ws,
        9,
        "事業の概要",
        "平成17年4月1日の合併（合併時人口10,790人）から約20年が経ち、本町の高齢化率は50％を超えた。令和2年5月22日に開業した産地直売所「はんばた市場」を拠点に、遊漁船の釣魚を地域クーポンで買い取る「ツッテ西伊豆」、電子地域通貨、町産材の加工品開発を組み合わせ、森と海の6次産業化を進める。",
        11,
        height=48,
    )
    _text(ws, 11, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=10)
    _down(ws, 12, 13, 1, "No.", header=True)
    _down(ws, 12, 13, 2, "重要業績評価指標（KPI）", header=True)
    _down(ws, 12, 13, 3, "単位", header=True)
    _down(ws, 12, 13, 4, "事業開始前\n（R3年度）", header=True)
    for c, y in zip([5, 7, 9], ["令和4年度", "令和5年度", "令和6年度"]):
        _span(ws, 12, c, c + 1, y, header=True)
        _put(ws, 13, c, "目標", header=True)
        _put(ws, 13, c + 1, "実績", header=True)
    _down(ws, 12, 13, 11, "達成状況\n（R6）", header=True)
    ws.row_dimensions[12].height = 26
    row = 14
    for label, name, unit, *vals, status in NISHIIZU_KPI:
        _put(ws, row, 1, label, align="center")
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        for c, v in zip(range(4, 11), vals):
            _put(ws, row, c, v, fmt="#,##0", align="right")
        _put(ws, row, 11, status, align="center")
        row += 1
        if label == "③":
            _span(
                ws,
                row,
                1,
                11,
                "※③の令和4年度実績は、集計方法を変更する前の値のため、令和4年1月～12月（暦年）の来場者数です。令和5年度からは4月～翌年3月の年度で集計しています。",
                fill=LIGHT,
                size=8,
            )
            ws.row_dimensions[row].height = 24
            row += 1
    _text(ws, row + 1, 1, "■外部有識者の意見", bold=True, size=10)
    _span(
        ws,
        row + 2,
        1,
        11,
        "4つのKPIのうち3つが令和6年度目標を達成した。①は令和6年度に2回の台風接近で出漁日が約20日減ったことが影響しており、事業の効果は認められる。",
        size=9,
    )
    ws.row_dimensions[row + 2].height = 30
    _page(ws, "landscape", f"A1:K{row + 2}")
    path = HERE / "nishiizu_kofukin_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 甲良町 (滋賀県犬上郡): 事務事業評価シート（令和6年度評価）, PDF from XLSX
# Real: 13.63km², 田 648ha (47.6%), the 犬上川 fan, 甲良米 as a local product. Made up: the sheet, 事業, 課,
# plan wording, every indicator, value, cost and evaluation.
# --------------------------------------------------------------------------------------------

KORA_ROWS = [
    ("活動指標", "ブランド米PRイベントの開催回数", "回", [3, 3, 4, 4, 4], [2, 3, 4, None, None]),
    ("活動指標", "栽培講習会の開催回数", "回", [2, 2, 2, 3, 3], [2, 2, 1, None, None]),
    (
        "成果指標",
        "特別栽培米「甲良米」の作付面積",
        "ha",
        [35.0, 40.0, 45.0, 50.0, 55.0],
        [36.2, 41.8, 44.1, None, None],
    ),
    (
        "成果指標",
        "ふるさと納税返礼品（甲良米）の寄附件数",
        "件",
        [800, 1000, 1200, 1400, 1600],
        [1052, 1310, 1486, None, None],
    ),
    ("成果指標", "認定農業者数", "人", [None, None, None, None, 30], [24, 25, 27, None, None]),
]


def kora() -> Path:
    wb, ws = _sheet("評価シート", [6, 30, 6, 6, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年7月作成　甲良町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=10)
    _field(ws, 5, "事務事業名", "甲良米ブランド化推進事業", 9)
    _field(ws, 6, "担当課", "産業課", 9)
    _field(
        ws,
        7,
        "総合計画の位置付け",
        "基本目標２　活力ある農業と産業のまち　／　施策２－１　農業の振興",
        9,
    )
    _field(ws, 8, "事業期間", "令和３年度～令和７年度", 9)
    _field(
        ws,
        9,
        "事業の目的・内容",
        "本町の総面積13.63km²のうち田は648ha（47.6％）を占め、犬上川左岸の扇状地に米作地帯が広がる。特別栽培米「甲良米」の作付拡大、PRイベント（年3～4回）と栽培講習会の開催、ふるさと納税返礼品としての販路開拓により、農業所得の向上を図る。",
        9,
        height=48,
    )
    _text(ws, 11, 1, "２　事業の対象と意図", bold=True, size=10)
    _field(ws, 12, "対象", "町内の稲作農家（約210戸）", 9)
    _field(ws, 13, "意図", "付加価値の高い米づくりに取り組み、所得を向上させる。", 9)
    _text(ws, 15, 1, "３　指標の状況", bold=True, size=10)
    _put(ws, 16, 1, "区分", header=True)
    _put(ws, 16, 2, "指標名", header=True)
    _put(ws, 16, 3, "単位", header=True)
    _put(ws, 16, 4, "", header=True)
    for c, y in zip(range(5, 10), ["３年度", "４年度", "５年度", "６年度", "７年度"]):
        _put(ws, 16, c, y, header=True)
    row = 17
    starts: dict[str, int] = {}
    for kind, name, unit, plan, act in KORA_ROWS:
        starts.setdefault(kind, row)
        _down(ws, row, row + 1, 2, name)
        _down(ws, row, row + 1, 3, unit, align="center")
        _put(ws, row, 4, "計画", align="center", fill=LIGHT)
        _put(ws, row + 1, 4, "実績", align="center")
        for c, v in zip(range(5, 10), plan):
            _put(ws, row, c, "" if v is None else v, fill=LIGHT)
        for c, v in zip(range(5, 10), act):
            _put(ws, row + 1, c, "" if v is None else v)
        row += 2
    _down(ws, starts["活動指標"], starts["成果指標"] - 1, 1, "活動\n指標", align="center")
    _down(ws, starts["成果指標"], row - 1, 1, "成果\n指標", align="center")
    _text(
        ws,
        row,
        1,
        "※認定農業者数は、計画期間最終年度（７年度）の目標のみを設定している。６年度以降の実績は評価時点で未確定。",
        size=8,
    )
    row += 2
    _text(ws, row, 1, "４　事業費の推移（単位：千円）", bold=True, size=10)
    row += 1
    _span(ws, row, 1, 4, "区分", header=True)
    for c, y in zip(range(5, 10), ["３年度", "４年度", "５年度", "６年度", "７年度"]):
        _put(ws, row, c, y, header=True)
    for label, vals in [
        ("事業費（６年度は予算額）", [4820, 5130, 5560, 5900, None]),
        ("うち一般財源", [2410, 2565, 2780, 2950, None]),
    ]:
        row += 1
        _span(ws, row, 1, 4, label)
        for c, v in zip(range(5, 10), vals):
            _put(ws, row, c, "" if v is None else v)
    row += 2
    _text(ws, row, 1, "５　評価", bold=True, size=10)
    _field(ws, row + 1, "有効性", "Ｂ　概ね効果があった", 9)
    _field(ws, row + 2, "今後の方向性", "継続（現行どおり）", 9)
    _field(
        ws,
        row + 3,
        "評価の理由",
        "寄附件数は目標を上回ったが、作付面積は5年度に目標を0.9ha下回った。講習会は講師の都合で1回の開催にとどまった。",
        9,
        height=30,
    )
    _page(ws, "portrait", f"A1:I{row + 3}")
    path = SOURCE / "kora_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山添村 (奈良県山辺郡): 総合計画 まちづくり指標の進捗状況（令和6年度）, PDF from XLSX
# Real: 66.52km², 2,913人 (2024-10-01 推計), the 1956-09-30 merger, 神野山 (618.8m), 大和茶, 名阪国道, the
# 認定こども園 (2024-04, three 保育園 merged), the YAMAZOEオーガニックスクール (opened 2024-05).
# Made up: the plan name and period, 課, 基本目標 wording, every indicator, value and note.
# --------------------------------------------------------------------------------------------

YAMAZOE_LEFT = [
    ("①大和茶（荒茶）の生産量", "t", 412, 410, 405, 420),
    ("②神野山周辺の観光入込客数", "千人", 86.4, 105.0, 108.9, 110.0),
    ("③新規就農者数", "人", "―", 3, 3, 3),
]

YAMAZOE_RIGHT = [
    ("④保育施設の利用児童数（人）", "61（3園計）", "58（3園計）", 57, 60),
    ("⑤オーガニックスクール受講者数（人）", "―（R6.5開校）", "―", 24, 30),
]


def yamazoe() -> Path:
    wb, ws = _sheet("まちづくり指標", [26, 6, 9, 9, 9, 9, 2, 28, 11, 11, 9, 9])
    _text(ws, 1, 1, "山添村総合計画　まちづくり指標の進捗状況（令和６年度）", bold=True, size=13)
    _text(ws, 2, 12, "令和7年8月　山添村", align="right")
    _span(ws, 4, 1, 2, "計画の名称", header=True)
    _span(ws, 4, 3, 12, "第５次山添村総合計画　後期基本計画")
    _span(ws, 5, 1, 2, "計画期間", header=True)
    _span(ws, 5, 3, 12, "令和４年度～令和８年度（５年間）")
    _span(ws, 6, 1, 2, "担当課", header=True)
    _span(ws, 6, 3, 12, "総務課")
    _span(ws, 7, 1, 2, "村の概況", header=True)
    cell = _span(
        ws,
        7,
        3,
        12,
        "面積66.52km²、人口2,913人（令和6年10月1日推計）。昭和31年9月30日に3村が合併して発足した高原の村で、神野山（618.8m）と大和茶の産地として知られ、名阪国道で奈良・伊賀と結ばれる。令和6年4月には村内3か所の保育園を統合して認定こども園を開園した。",
    )
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[7].height = 40
    _text(ws, 9, 1, "基本目標１　茶と高原の恵みを活かしたしごとづくり", bold=True, size=10)
    _text(ws, 9, 8, "基本目標２　子どもを育み学ぶ環境づくり", bold=True, size=10)
    for c, h in enumerate(
        ["指標", "単位", "現状値\n（R2）", "R6目標", "R6実績", "目標値\n（R8）"], start=1
    ):
        _put(ws, 10, c, h, header=True)
    for c, h in enumerate(
        ["指標", "現状値\n（R2）", "R5実績", "R6実績", "目標値\n（R8）"], start=8
    ):
        _put(ws, 10, c, h, header=True)
    ws.row_dimensions[10].height = 26
    for r, (name, unit, *vals) in enumerate(YAMAZOE_LEFT, start=11):
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in zip(range(3, 7), vals):
            _put(ws, r, c, v, fmt="#,##0.0" if unit == "千人" else "#,##0", align="right")
    for r, (name, *vals) in enumerate(YAMAZOE_RIGHT, start=11):
        _put(ws, r, 8, name)
        for c, v in zip(range(9, 13), vals):
            _put(ws, r, c, v, fmt="#,##0", align="right")
    for r in range(11, 14):
        ws.row_dimensions[r].height = 20
    _text(ws, 14, 1, "※③は各年度の新規就農者数（累計ではない）。現状値は集計していない。", size=8)
    _text(
        ws,
        14,
        8,
        "※④のR2・R5は統合前の3保育園の合計、R6は認定こども園（令和6年4月開園）の値。",
        size=8,
    )
    _text(ws, 15, 8, "※⑤は令和6年5月開校のため、R2・R5の値はない。", size=8)
    _page(ws, "landscape", "A1:L15")
    path = SOURCE / "yamazoe_machizukuri_shihyo_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kora, yamazoe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nishiizu().name}")
    print(f"wrote {tomika().name}")


if __name__ == "__main__":
    main()
