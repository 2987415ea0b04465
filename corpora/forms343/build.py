"""Build the documents of forms343/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/engaru_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 遠軽町 (北海道紋別郡):
  form fields over one grid ``KPI | 単位 | 基準値（R元） | R4実績 | R5実績 | R6実績 | 目標値（R6） | 達成状況``
  in which **two targets were revised at the mid-term review and are printed as ``4→6`` / ``6,000→8,000``
  (old → new, note ※1)**, and an R6 actual ``集計中（R7.9公表予定）``; and the PDF ``engaru_kpi_kensho_r6.pdf``;
* ``higashikagura_senryaku_kensho_r6.xlsx`` (a workbook document, left as it is), a 第2期地方版総合戦略
  最終検証 in the manner of 東神楽町 (北海道上川郡): a ``区分`` column (``数値目標`` / ``KPI``), bare era years
  ``R2`` … ``R6`` as actual columns, **R6 values that are estimates only through their number format, which
  prints ``（見込）`` after the number (the stored cell is a plain number)**, a ``%`` row stored as fractions
  with the format ``0.0%``, ``千人`` and ``千円`` rows;
* ``kamifurano_kpi_shinchoku_r6.html``, a KPI progress page in the manner of 上富良野町 (北海道空知郡): a
  two-row ``<thead>`` whose **baseline header names both eras of 2019, ``基準値（H31・R元）``**, actual years
  in 西暦 with the era year in brackets, a ``（見込）`` cell, a ``―（…休止）`` cell, ``約`` and ``百万円``;
* ``source/obira_seika_shihyo_r6.xlsx``, a 総合計画 施策の成果指標 in the manner of 小平町 (北海道留萌郡): a
  landscape grid with one indicator per 施策, **no 単位 column: one line above the grid names each
  indicator's unit (``単位　農業産出額：百万円　…　鰊番屋まつり来場者数：千人``)**, era years in kanji numerals
  (``令和四年度`` …), a ``―（中止）`` baseline and full-width digits; and the PDF ``obira_seika_shihyo_r6.pdf``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms343/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms343/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False):
    """A bordered cell. Numbers stay numbers, with a number format."""
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
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
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
    """A wrapped paragraph merged over c1..c2."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, c_last, height=18):
    """A form field: a shaded label cell and a merged value cell."""
    _put(ws, row, 1, label, header=True)
    _span(ws, row, 2, c_last, value)
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
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms343_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 遠軽町 (北海道紋別郡): 地域再生計画 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1411, japanlocal.net): the plan's name, the 2015(平成27)年12月 strategy
# and its 2040年 約15,000人 aim, the 2018年11月 fall below 20,000人, the 2019年12月 遠軽IC, 1,332km²,
# 白滝 (白滝遺跡群). Made up: the period, 課, date, every KPI, figure, status and note.
EN_ROWS = [
    ("①", "白滝ジオパーク交流センターの来館者数", "人", 18420, 15310, 19870, 21045, 20000, "達成"),
    ("②", "町の創業支援を受けた新規創業件数", "件", 3, 4, 2, 5, "4→6", "未達成"),
    ("③", "移住相談窓口を通じた移住者数", "人", 12, 15, 21, "２４", 25, "未達成"),
    ("④", "ふるさと納税の寄附件数", "件", 2140, 5310, 6820, 8115, "6,000→8,000", "達成"),
    ("⑤", "町内医療機関での分娩取扱件数", "件", 96, 88, 102, "集計中\n（R7.9公表予定）", 110, "―"),
]


def engaru() -> Path:
    wb, ws = _sheet("KPI効果検証", [6, 34, 7, 11, 10, 10, 14, 12, 9])
    _text(ws, 1, 1, "遠軽町まち・ひと・しごと創生推進計画", bold=True, size=12)
    _text(ws, 2, 1, "重要業績評価指標（KPI）効果検証シート（令和６年度）", bold=True, size=12)
    _text(ws, 3, 9, "令和7年8月　遠軽町企画課", size=8, align="right")
    _field(ws, 5, "計画名", "地域再生計画「遠軽町まち・ひと・しごと創生推進計画」", 9)
    _field(ws, 6, "期間", "令和2年4月1日～令和7年3月31日", 9)
    _field(ws, 7, "担当課", "企画課", 9)
    _put(ws, 8, 1, "町の現状", header=True)
    _para(
        ws,
        8,
        2,
        9,
        "本町は2015（平成27）年12月に「“縁（えん）があるまち”遠軽町まち・ひと・しごと創生総合戦略」を策定し、"
        "2040（令和22）年の総人口約15,000人を将来展望に掲げて取り組んできたが、2018（平成30）年11月には人口が"
        "20,000人を下回った。一方、2019（令和元）年12月には旭川紋別自動車道の遠軽インターチェンジが開通し、"
        "面積1,332km²の町域に新たな人の流れが生まれつつある。",
        46,
        border=True,
    )
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    heads = [
        "KPI",
        "",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5実績",
        "R6実績",
        "目標値（R6）\n※1",
        "達成状況",
    ]
    for j, h in enumerate(heads, start=1):
        _put(ws, 11, j, h, header=True)
    _merge(ws, 11, 1, 11, 2)
    ws.row_dimensions[11].height = 28
    r = 12
    for label, name, unit, base, a4, a5, a6, target, status in EN_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 9), (base, a4, a5, a6, target)):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 9, status, align="center")
        ws.row_dimensions[r].height = 30 if "\n" in str(a6) else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　目標値欄の「→」は、令和5年度の中間見直しによる目標値の変更を示す（左：当初の目標値、右：見直し後の目標値）。",
            "　　 達成状況は見直し後の目標値により判定した。",
            "※2　⑤は北海道保健統計年報の公表（令和7年9月予定）後に確定するため、達成状況は次回の検証で判定する。",
            "※3　基準値は令和元年度の実績。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "engaru_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東神楽町 (北海道上川郡): 第2期地方版総合戦略 数値目標・KPIの最終検証（令和6年度）, a workbook
# --------------------------------------------------------------------------------------------

# Real (153.122.103.154/docs/151.html, iju-join.jp, kurashigoto.hokkaido.jp): 第2期東神楽町地方版総合戦略 and
# its period (令和2年度～令和6年度), the 第1期 aim 「多様な人材活用ネットワークNo.1のまち」, 68.50km², 約5,700人
# (平成2年), 10,000人 (平成25年10月), 旭川空港, 花のまち. Made up: 課, date, every indicator, figure and note.
EST = '#,##0"（見込）"'
EST1 = '#,##0.0"（見込）"'
HK_ROWS = [
    # 区分, name, unit, baseline, R2..R6, target, fmt of the values, fmt of the R6 cell
    (
        "数値目標",
        "町内事業所の従業者数",
        "人",
        3412,
        [3380, 3395, 3441, 3468, 3502],
        3500,
        "#,##0",
        EST,
    ),
    ("KPI", "新規就農者数", "人", 4, [3, 5, 2, 6, 4], 5, "#,##0", "#,##0"),
    (
        "KPI",
        "旭川空港の乗降客数",
        "千人",
        1146.3,
        [263.6, 472.9, 885.2, 1038.7, 1102.4],
        1150.0,
        "#,##0.0",
        EST1,
    ),
    (
        "KPI",
        "援農ボランティア参加者の満足度",
        "%",
        0.795,
        ["―", 0.768, 0.835, 0.851, 0.862],
        0.85,
        "0.0%",
        "0.0%",
    ),
    (
        "KPI",
        "企業版ふるさと納税の寄附額",
        "千円",
        1500,
        [2000, 3500, 5000, 4000, 6800],
        5000,
        "#,##0",
        EST,
    ),
]


def higashikagura() -> Path:
    wb, ws = _sheet("最終検証", [10, 32, 7, 12, 10, 10, 10, 10, 13, 12])
    _text(
        ws,
        1,
        1,
        "第2期東神楽町地方版総合戦略　数値目標・KPIの最終検証（令和６年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "作成日　令和7年6月30日", size=9, align="right")
    _field(ws, 4, "戦略の名称", "第2期東神楽町地方版総合戦略", 10)
    _field(ws, 5, "計画期間", "令和2年度～令和6年度（5年間）", 10)
    _field(ws, 6, "担当課", "まちづくり推進課", 10)
    _put(ws, 7, 1, "町の概要", header=True)
    _para(
        ws,
        7,
        2,
        10,
        "旭川市に隣接する面積68.50km²の町。平成元年から始まった宅地開発により、平成2年に約5,700人だった人口は"
        "平成25年10月に10,000人を超えた。道北の空の玄関口である旭川空港の所在地であり、「花のまち」として知られる。",
        34,
        border=True,
    )
    _text(ws, 9, 1, "基本目標１　多様な人材活用ネットワークNo.1のまち", bold=True, size=10)
    heads = ["区分", "指標", "単位", "基準値（R元）", "R2", "R3", "R4", "R5", "R6", "目標値（R6）"]
    for j, h in enumerate(heads, start=1):
        _put(ws, 10, j, h, header=True)
    ws.row_dimensions[10].height = 22
    r = 11
    for kind, name, unit, base, vals, target, fmt, fmt6 in HK_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        for j, v in enumerate(vals):
            if v == "―":
                _put(ws, r, 5 + j, v, align="center")
            else:
                _put(ws, r, 5 + j, v, fmt=fmt6 if j == 4 else fmt)
        _put(ws, r, 10, target, fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※R2～R6は各年度の実績値。R6のうち（見込）と表示した数値は、令和7年3月末時点の見込値である。",
            "※援農ボランティア参加者の満足度は、令和2年度は新型コロナウイルス感染症の影響により受入れを中止したため調査なし。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "higashikagura_senryaku_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上富良野町 (北海道空知郡): KPIの進捗状況（令和6年度）, an HTML page
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1395, Wikipedia mirrors, 広報かみふらの): the 地域再生計画 name, 17,101人
# (昭和35年), 11,161人 (平成27年3月31日), 8,086人 (2040年), 237.10km², ラベンダー (1948年), 白銀荘, 十勝岳ジオパーク.
# Made up: 課 and 班, date, 基本目標 wording, every KPI, figure and note.
KAMIFURANO_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>上富良野町まち・ひと・しごと創生推進計画　KPIの進捗状況（令和6年度） | 上富良野町</title>
</head>
<body>
<div class="breadcrumb">
<ol>
<li><a href="/">トップページ</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・施策</a></li>
<li>KPIの進捗状況（令和6年度）</li>
</ol>
</div>
<main>
<h1>上富良野町まち・ひと・しごと創生推進計画　KPIの進捗状況（令和6年度）</h1>
<p class="date">更新日：2025年8月20日　担当：企画商工観光課 企画広報班</p>
<p>本町の人口は、昭和30（1955）年の自衛隊の駐屯により急増し、昭和35（1960）年には17,101人となりましたが、その後は減少が続き、平成27年3月31日現在の住民基本台帳人口は11,161人でした。このまま推移すると2040年には8,086人になると推計されています。町の面積は237.10km²で、昭和23（1948）年に始まったラベンダー栽培の地として知られています。</p>
<p>地域再生計画に定めた重要業績評価指標（KPI）のうち、基本目標2に係るものの進捗状況をお知らせします。</p>
<h2>基本目標2　上富良野町への新しいひとの流れをつくる</h2>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H31・R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>2022<br>（R4）</th><th>2023<br>（R5）</th><th>2024<br>（R6）</th></tr>
</thead>
<tbody>
<tr><th scope="row">観光入込客数</th><td>千人</td><td>1,532.6</td><td>1,102.8</td><td>1,388.1</td><td>1,496.0<br>（見込）</td><td>1,550.0</td></tr>
<tr><th scope="row">吹上温泉保養センター白銀荘の宿泊者数</th><td>人</td><td>18,240</td><td>15,906</td><td>17,833</td><td>19,012</td><td>19,000</td></tr>
<tr><th scope="row">移住体験住宅の利用者数</th><td>人</td><td>46</td><td>38</td><td>―<br>（改修工事のため休止）</td><td>52</td><td>60</td></tr>
<tr><th scope="row">十勝岳ジオパーク関連イベントの参加者数</th><td>人</td><td>約850</td><td>1,240</td><td>1,615</td><td>1,702</td><td>1,500</td></tr>
<tr><th scope="row">ふるさと納税の寄附額</th><td>百万円</td><td>128.5</td><td>301.2</td><td>356.9</td><td>412.3</td><td>400.0</td></tr>
</tbody>
</table>
<p>※観光入込客数の2024（R6）年度は、令和7年7月末時点の見込値です（北海道観光入込客数調査の確定後に更新します）。</p>
<p>※十勝岳ジオパーク関連イベントの参加者数の基準値は、受付名簿からの概数です。</p>
<p>お問い合わせ：企画商工観光課 企画広報班</p>
</main>
</body>
</html>
"""


def kamifurano() -> Path:
    path = HERE / "kamifurano_kpi_shinchoku_r6.html"
    path.write_bytes(KAMIFURANO_HTML.encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 小平町 (北海道留萌郡): 小平町新総合計画 施策の成果指標（令和6年度評価）
# --------------------------------------------------------------------------------------------

# Real (town.obira.hokkaido.jp hotnews 328/330, rumoi.pref.hokkaido.lg.jp, Wikipedia mirrors): 小平町新総合計画, its
# 基本テーマ, the 基本目標 「元気で働き活力みなぎる、産業のまち」 and its 施策 1–5 (農業 … 観光の振興),
# 627.22km², 3,336人 (平成27年国勢調査), 旧花田家番屋, 鰊番屋まつり (5月下旬), ホタテ, アイボリーメロン.
# Made up: the 実施計画 period, 課, date, every indicator, figure and note.
OB_ROWS = [
    ("1　農業の振興", "農業産出額", 1842, 1910, 1876, 1958, 1950, 2000),
    ("3　水産業の振興", "ホタテ稚貝の出荷量", 3120, 2980, 3205, 3340, 3300, 3400),
    ("4　商工業の振興", "新規開業件数", 1, 2, "０", 1, 2, 2),
    ("5　観光の振興", "鰊番屋まつりの来場者数", "―（中止）", 5.8, 7.1, 7.4, 7.5, 8.0),
]


def obira() -> Path:
    wb, ws = _sheet("成果指標", [18, 30, 14, 13, 13, 13, 13, 13])
    _text(ws, 1, 1, "小平町新総合計画　施策の成果指標（令和６年度評価）", bold=True, size=13)
    _text(ws, 2, 8, "令和7年7月　小平町産業建設課", size=8, align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "小平町新総合計画　よろこび共感・輝きのシンフォニー第2章　～やさしさあふれる、やすらぎの故郷をめざして～",
        8,
    )
    _field(ws, 5, "実施計画の期間", "令和3年度～令和7年度（5年間）", 8)
    _field(ws, 6, "基本目標", "元気で働き活力みなぎる、産業のまち", 8)
    _field(ws, 7, "担当課", "産業建設課", 8)
    _put(ws, 8, 1, "町の概要", header=True)
    _para(
        ws,
        8,
        2,
        8,
        "日本海に面し、三方を山に囲まれた面積627.22km²の町。人口は3,336人（平成27年国勢調査）。かつてニシン漁で栄え、"
        "国指定重要文化財「旧花田家番屋」を会場に毎年5月下旬の日曜日に「鰊番屋まつり」を開催している。"
        "ホタテ養殖や良食味米、道内では本町のみで生産されるアイボリーメロンが特産品である。",
        34,
        border=True,
    )
    _text(ws, 10, 1, "２　施策の成果指標", bold=True, size=10)
    _text(
        ws,
        11,
        8,
        "単位　農業産出額：百万円　ホタテ稚貝の出荷量：ｔ　新規開業件数：件　鰊番屋まつりの来場者数：千人",
        size=8,
        align="right",
    )
    h = 12
    for c, word in ((1, "施策"), (2, "成果指標"), (3, "策定時\n（令和二年度）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    for j, w in enumerate(["令和四年度", "令和五年度", "令和六年度", "令和六年度", "令和七年度"]):
        _put(ws, h + 1, 4 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for program, name, *vals in OB_ROWS:
        _put(ws, r, 1, program)
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="center" if isinstance(v, str) and "―" in v else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※鰊番屋まつりは、令和2年度は新型コロナウイルス感染症の影響により中止した（策定時の値なし）。",
            "※施策2（林業の振興）は、計画策定時に成果指標を設定していない。",
            "※ホタテ稚貝の出荷量は北るもい漁業協同組合小平支所の取扱量による。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "obira_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (engaru, obira):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {higashikagura().name}")
    print(f"wrote {kamifurano().name}")


if __name__ == "__main__":
    main()
