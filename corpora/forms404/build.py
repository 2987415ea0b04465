"""Build the documents of forms404/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/moriyama_senryaku_kpi_h30.xlsx`` and its PDF, a 数値目標・KPIの進捗状況 of the
  守山市まち・ひと・しごと創生総合戦略 in the manner of 守山市 (滋賀県): two grids on one portrait page,
  a 数値目標 grid whose unit stands only in a ``（単位：人）`` line above it, and a KPI grid whose
  ``基準値`` column has no year in its head while each cell carries its own (``18,200（H26）``);
* ``source/fukuroi_kofukin_kensho_r5.xlsx`` and its PDF, a 地方創生推進交付金事業 効果検証シート in the
  manner of 袋井市 (静岡県): each KPI takes two rows (``区分`` 目標値 / 実績値) under Western fiscal
  years, ``万人`` in the 単位 column over one-decimal cells, and one KPI whose 区分 cells say
  ``目標値（累計）`` / ``実績値（累計）``;
* ``ena_shisaku_hyoka_r5.html``, a 施策評価結果 page of the 第2次恵那市総合計画 後期基本計画 in the manner
  of 恵那市 (岐阜県): actual cells carrying their rate against the final target in brackets
  (``2,590（95.9％）``), a baseline cell dated by its own bracket (``18（H30）``) under ``策定時（R元）``,
  and a ◎/○/△ grade with its legend;
* ``hashimoto_seika_shihyo_r5.xlsx`` (a document itself), a 成果指標の推移 of the 第2次橋本市長期総合計画
  in the manner of 橋本市 (和歌山県): the actual columns' heads are date cells shown in 和暦
  (``令和6年3月31日``, each a fiscal year's end), a ``％`` row stored as fractions with a ``0.0%``
  number format, one actual typed as full-width text (``３８``), and a note row between the rows.

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
    wb.properties.creator = "forms404/build.py"
    wb.properties.lastModifiedBy = "forms404/build.py"
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
    elif isinstance(value, (int, float, dt.datetime)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fmt is not None:
        cell.number_format = fmt
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


def _field(ws, row, label, value, last_col, height=None):
    _put(ws, row, 1, label, header=True)
    _put(ws, row, 2, None, header=True)
    _merge(ws, row, 1, row, 2)
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
    with tempfile.TemporaryDirectory(prefix="forms404_soffice_") as tmp:
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
# 守山市 (滋賀県): 守山市まち・ひと・しごと創生総合戦略 数値目標・KPIの進捗状況（平成30年度実績）
# Real: the strategy's name and 平成27年10月, 約35,000人 (1970), 76,560人 (2010 census), 約25分 / 約55分,
# 1979 (ホタルのよみがえるまちづくり), 55.74km², 基本目標1's wording. Made up: the rest.
# --------------------------------------------------------------------------------------------

MORIYAMA_GOALS = [
    (
        "1　地域で安心して暮らせる魅力的なしごとをつくる",
        "市内事業所の従業者数",
        33120,
        34010,
        34480,
        35000,
    ),
    ("2　守山への新しいひとの流れをつくる", "社会増減数（転入者数－転出者数）", 412, 388, 296, 400),
]
MORIYAMA_KPIS = [
    (1, "ほたるの森資料館の来館者数", "人", "18,200（H26）", 19500, 21300, 20800, 25000),
    (2, "創業支援事業による創業者数", "人", "12（H26）", 15, 18, 14, 20),
    (3, "地元産農産物の直売所販売額", "千円", "118,500（H27）", 121300, 124800, 126900, 130000),
]


def moriyama() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 22, 26, 8, 13, 11, 11, 11, 12])
    last = 9
    _text(
        ws,
        1,
        1,
        "守山市まち・ひと・しごと創生総合戦略　数値目標・ＫＰＩの進捗状況（平成30年度実績）",
        bold=True,
        size=13,
    )
    ws.row_dimensions[1].height = 24
    _text(ws, 2, last, "令和元年9月　守山市", align="right")
    _field(ws, 4, "戦略の名称", "守山市まち・ひと・しごと創生総合戦略（平成27年10月策定）", last)
    _field(ws, 5, "対象期間", "平成27年度～平成31年度（5年間）", last)
    _field(ws, 6, "担当課", "企画政策課", last)
    _field(
        ws,
        7,
        "市の現状",
        "本市の人口は、市制を施行した1970年の約35,000人から増加を続け、2010年の国勢調査では76,560人となった。"
        "JR守山駅から京都駅まで約25分、大阪駅まで約55分の位置にあり、面積は55.74km²。1979年からは"
        "「ホタルのよみがえるまちづくり」に取り組んでいる。人口の増加が続く一方、2040年頃には減少に転じる見込みであり、"
        "本戦略により若い世代の定住と地域経済の活性化を図る。",
        last,
        height=64,
    )
    r = 9
    _text(ws, r, 1, "１　基本目標の数値目標", bold=True, size=11)
    _text(ws, r + 1, last, "（単位：人）", align="right")
    r += 2
    _span(ws, r, 1, 2, "基本目標", header=True)
    _span(ws, r, 3, 4, "数値目標", header=True)
    for c, h in zip(range(5, 10), ["基準値（H26）", "H29実績", "H30実績", "目標値（H31）", "備考"]):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    for goal, name, base, a29, a30, tgt in MORIYAMA_GOALS:
        r += 1
        _span(ws, r, 1, 2, goal)
        _span(ws, r, 3, 4, name)
        for c, v in zip(range(5, 9), [base, a29, a30, tgt]):
            _put(ws, r, c, v)
        _put(ws, r, 9, "")
        ws.row_dimensions[r].height = 30
    r += 1
    _span(
        ws, r, 1, last, "※H29・H30の従業者数は市独自の事業所調査（各年6月1日現在）による。", size=8
    )
    r += 2
    _text(ws, r, 1, "２　重要業績評価指標（ＫＰＩ）", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        None,
        "単位",
        "基準値",
        "H28実績",
        "H29実績",
        "H30実績",
        "目標値（H31）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    _merge(ws, r, 2, r, 3)
    ws.row_dimensions[r].height = 28
    for no, name, unit, base, a28, a29, a30, tgt in MORIYAMA_KPIS:
        r += 1
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, base, align="right")
        for c, v in zip(range(6, 10), [a28, a29, a30, tgt]):
            _put(ws, r, c, v)
        ws.row_dimensions[r].height = 22
    r += 1
    _span(ws, r, 1, last, "※基準値の（　）内は基準とした年度。No.3は直売所3か所の合計。", size=8)
    _page(ws, "portrait", f"A1:I{r}")
    path = SOURCE / "moriyama_senryaku_kpi_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 袋井市 (静岡県): 令和5年度 地方創生推進交付金事業 効果検証シート
# Real: the 第2期 strategy's name and period (令和2～6年), 市長公室総合戦略室, 108.56km², 88,221人 (令和元年4月1日),
# 495万人 (平成29年), 可睡斎. Made up: the 地域再生計画, its period, the KPIs and every value.
# --------------------------------------------------------------------------------------------

FUKUROI_KPIS = [
    (
        "①",
        "観光交流客数",
        "万人",
        318.6,
        ("目標値", [380.0, 430.0, 480.0]),
        ("実績値", [352.4, 441.7, 486.2]),
        "達成",
    ),
    (
        "②",
        "可睡斎周辺の観光施設における外国人来訪者数",
        "人",
        1240,
        ("目標値", [1500, 2500, 3500]),
        ("実績値", [980, 2710, 3260]),
        "未達成",
    ),
    (
        "③",
        "観光関連事業者の新規雇用者数",
        "人",
        0,
        ("目標値（累計）", [5, 10, 15]),
        ("実績値（累計）", [4, 11, 17]),
        "達成",
    ),
    (
        "④",
        "観光ボランティアガイドの登録者数",
        "人",
        24,
        ("目標値", ["―※1", 35, 40]),
        ("実績値", [26, 33, 41]),
        "達成",
    ),
]


def fukuroi() -> Path:
    wb, ws = _sheet("効果検証", [5, 34, 8, 14, 14, 14, 14, 14, 10])
    last = 9
    _text(ws, 1, 1, "令和５年度　地方創生推進交付金事業　効果検証シート", bold=True, size=13)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, last, "令和6年8月　袋井市", align="right")
    _field(ws, 4, "地域再生計画の名称", "可睡斎・遠州三山を核とした観光交流推進計画", last)
    _field(
        ws,
        5,
        "関連する総合戦略",
        "第2期 輝く“ふくろい”まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）",
        last,
    )
    _field(ws, 6, "計画期間", "令和3年4月1日～令和6年3月31日（3か年）", last)
    _field(ws, 7, "担当課", "市長公室総合戦略室", last)
    _field(
        ws,
        8,
        "市の概況",
        "面積108.56km²。令和元年4月1日の人口は88,221人で、第1期総合戦略策定時の目標人口を上回った。"
        "観光交流客数は平成29年に過去最高の495万人を記録したが、令和2年度は感染症の影響で大きく落ち込んだ。"
        "本計画では可睡斎をはじめとする遠州三山への誘客と受入体制の整備を3か年で進める。",
        last,
        height=46,
    )
    r = 10
    _text(ws, r, 1, "■重要業績評価指標（ＫＰＩ）の推移", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "KPI",
        "単位",
        "基準値（2020年度）",
        "区分",
        "2021年度（R3）",
        "2022年度（R4）",
        "2023年度（R5）",
        "評価",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    for label, name, unit, base, (tw, tv), (aw, av), grade in FUKUROI_KPIS:
        r1 = r + 1
        r2 = r + 2
        _down(ws, r1, r2, 1, label, align="center")
        _down(ws, r1, r2, 2, name)
        _down(ws, r1, r2, 3, unit, align="center")
        _down(ws, r1, r2, 4, base)
        _put(ws, r1, 5, tw, align="center", fill=LIGHT)
        _put(ws, r2, 5, aw, align="center")
        for c, v in zip(range(6, 9), tv):
            _put(ws, r1, c, v, align="right" if isinstance(v, str) else None, fill=LIGHT)
        for c, v in zip(range(6, 9), av):
            _put(ws, r2, c, v)
        _down(ws, r1, r2, 9, grade, align="center")
        ws.row_dimensions[r1].height = 18
        ws.row_dimensions[r2].height = 18
        r = r2
    notes = [
        "※1　④の令和3年度はガイド養成講座の再開準備期間のため、目標値を設定していない。",
        "※2　①は静岡県「観光交流の動向」の本市分（年度集計）。令和5年度の486.2万人は過去最高の495万人（平成29年）に次ぐ値。",
        "※3　③は本事業の開始（令和3年度）からの累計。評価は令和5年度の実績値が目標値以上のものを「達成」とした。",
    ]
    for note in notes:
        r += 1
        _span(ws, r, 1, last, note, size=8)
    _page(ws, "landscape", f"A1:I{r}")
    path = SOURCE / "fukuroi_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 恵那市 (岐阜県): 第2次恵那市総合計画 後期基本計画 施策評価結果（令和5年度実績）
# Real: the plan and its 後期 period (令和3～7年度), 企画課 総合政策係, the merger of 平成16年10月25日 (5町村),
# 504.19km², 約78% 山林, 目標人口 46,000人, 恵那峡, 岩村 (城下町). Made up: the 施策, indicators, values.
# --------------------------------------------------------------------------------------------

ENA_BLOCKS = [
    (
        "基本施策４　観光の振興",
        [
            (
                "①",
                "観光入込客数",
                "千人",
                "2,845",
                ["1,702（63.0％）", "2,210（81.9％）", "2,590（95.9％）"],
                "2,700",
                "○",
            ),
            (
                "②",
                "外国人観光客数",
                "人",
                "8,420",
                ["310（2.8％）", "2,950（26.8％）", "11,640（105.8％）"],
                "11,000",
                "◎",
            ),
        ],
    ),
    (
        "基本施策１２　移住・定住の促進",
        [
            (
                "③",
                "移住定住相談件数",
                "件",
                "186",
                ["214（89.2％）", "233（97.1％）", "251（104.6％）"],
                "240",
                "◎",
            ),
            (
                "④",
                "空き家バンクの成約件数<sup>※1</sup>",
                "件",
                "18（H30）",
                ["27（90.0％）", "22（73.3％）", "29（96.7％）"],
                "30",
                "○",
            ),
            (
                "⑤",
                "「住み続けたい」と思う市民の割合<sup>※2</sup>",
                "％",
                "71.2",
                ["70.4（93.9％）", "―", "72.8（97.1％）"],
                "75.0",
                "○",
            ),
        ],
    ),
]


def ena_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第２次恵那市総合計画 後期基本計画 施策評価結果（令和５年度実績） - 恵那市</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/shiseijoho/">市政情報</a></li>',
        '<li><a href="/shiseijoho/keikaku_shisaku_machizukuri/">計画・施策・まちづくり</a></li>',
        '<li><a href="/shiseijoho/keikaku_shisaku_machizukuri/keikaku_shisaku/">計画・施策</a></li>',
        "<li>第２次恵那市総合計画 施策評価結果（令和５年度実績）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>第２次恵那市総合計画 後期基本計画 施策評価結果（令和５年度実績）</h1>",
        '<p class="date">更新日：2024年09月20日　担当：企画課 総合政策係</p>',
        "<p>恵那市は、平成16年10月25日に旧恵那市と恵那郡南部の5町村が合併して誕生しました。面積は504.19km²で、"
        "その約78％を山林が占めています。第２次恵那市総合計画の後期基本計画（令和3年度～令和7年度）では、"
        "目標人口を46,000人としています。</p>",
        "<p>総合計画推進市民委員会（令和6年8月開催）の意見を踏まえ、令和5年度の実績により各施策の成果指標を評価しました。"
        "評価は「◎ 目標値（R7）を達成」「○ 目標値（R7）の8割以上」「△ 目標値（R7）の8割未満」の3段階です。</p>",
        "<h2>成果指標の状況</h2>",
    ]
    for heading, rows in ENA_BLOCKS:
        out.append(f"<h3>{heading}</h3>")
        out.append('<table class="datatable">')
        out.append("<thead>")
        out.append(
            '<tr><th scope="col">No.</th><th scope="col">成果指標</th><th scope="col">単位</th>'
            '<th scope="col">策定時<br>（R元）</th><th scope="col">R3実績</th><th scope="col">R4実績</th>'
            '<th scope="col">R5実績</th><th scope="col">目標値<br>（R7）</th><th scope="col">評価</th></tr>'
        )
        out.append("</thead>")
        out.append("<tbody>")
        for label, name, unit, base, acts, tgt, grade in rows:
            cells = "".join(f'<td class="num">{a}</td>' for a in acts)
            out.append(
                f'<tr><td class="center">{label}</td><th scope="row">{name}</th><td class="center">{unit}</td>'
                f'<td class="num">{base}</td>{cells}<td class="num">{tgt}</td><td class="center">{grade}</td></tr>'
            )
        out.append("</tbody>")
        out.append("</table>")
    out += [
        '<ul class="notes">',
        "<li>実績値の（　）内は、目標値（R7）に対する達成率です。</li>",
        "<li>※1　空き家バンクの成約件数は、令和元年度に制度を改正し年度途中で受付を停止したため、策定時の値は平成30年度の件数です。</li>",
        "<li>※2　市民意識調査は隔年（奇数年度）の実施のため、令和4年度の値はありません。</li>",
        "</ul>",
        "<p>この記事に関するお問い合わせ先：企画課 総合政策係　電話番号：0573-26-6806</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def ena() -> Path:
    path = HERE / "ena_shisaku_hyoka_r5.html"
    path.write_bytes(ena_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 橋本市 (和歌山県): 第2次橋本市長期総合計画 成果指標の推移（令和5年度末）
# Real: the plan (from 平成30年度, 10年間), 総合政策部, the merger of 平成18年3月1日, 130.55km², 紀の川, 高野山,
# 柿, 紀州へら竿, 返礼品 1,200品. Assumed: the 課 name from the site's path (seisaku_kikaku). Made up: the rest.
# --------------------------------------------------------------------------------------------

HASHIMOTO_ROWS = [
    (1, "企業誘致による操業企業数", "社", 28, [36, 40, 45], 45, 50, None),
    (2, "認定農業者数", "人", 172, [165, 168, 170], 175, 180, None),
    (3, "ふるさと納税返礼品の登録数", "品", 320, [980, 1150, 1200], 1100, 1300, None),
    (4, "市内事業所のテレワーク導入率", "％", 0.085, [0.124, 0.151, 0.168], 0.2, 0.25, "0.0%"),
    (5, "空き家バンク登録物件数", "件", 34, [41, "３８", 45], 50, 60, None),
]
ERA_DATE = '[$-411]ggge"年"m"月"d"日"'


def hashimoto() -> Path:
    wb, ws = _sheet("成果指標", [5, 32, 7, 12, 15, 15, 15, 12, 12])
    last = 9
    _text(ws, 1, 1, "第２次橋本市長期総合計画　成果指標の推移（令和５年度末）", bold=True, size=13)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, last, "令和6年6月　橋本市 総合政策部 政策企画課", align="right")
    _field(ws, 4, "計画の名称", "第2次橋本市長期総合計画", last)
    _field(ws, 5, "計画期間", "平成30年度～令和9年度（10年間）", last)
    _field(ws, 6, "担当課", "政策企画課", last)
    _field(
        ws,
        7,
        "市の概要",
        "平成18年3月1日に旧橋本市と旧高野口町が合併して現在の市となった。面積130.55km²。紀の川の中流に位置し、"
        "古くから高野山への宿場町として栄えた。柿や紀州へら竿が特産で、ふるさと納税の返礼品は1,200品まで増えている。",
        last,
        height=40,
    )
    r = 9
    _text(ws, r, 1, "■政策２　活力ある産業と交流のまちづくり", bold=True, size=11)
    r += 1
    r1, r2 = r, r + 1
    _down(ws, r1, r2, 1, "No.", header=True)
    _down(ws, r1, r2, 2, "成果指標", header=True)
    _down(ws, r1, r2, 3, "単位", header=True)
    _put(ws, r1, 4, "基準値", header=True)
    _put(ws, r2, 4, "H28年度", header=True)
    _span(ws, r1, 5, 7, "実績値（各年度末現在）", header=True)
    for c, d in zip(
        range(5, 8), [dt.datetime(2022, 3, 31), dt.datetime(2023, 3, 31), dt.datetime(2024, 3, 31)]
    ):
        _put(ws, r2, c, d, header=True, fmt=ERA_DATE)
    _put(ws, r1, 8, "中間目標値", header=True)
    _put(ws, r2, 8, "R5年度", header=True)
    _put(ws, r1, 9, "目標値", header=True)
    _put(ws, r2, 9, "R9年度", header=True)
    ws.row_dimensions[r1].height = 18
    ws.row_dimensions[r2].height = 18
    r = r2
    for no, name, unit, base, acts, mid, tgt, fmt in HASHIMOTO_ROWS:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 10), [base, *acts, mid, tgt]):
            _put(ws, r, c, v, fmt=fmt, align="right")
        ws.row_dimensions[r].height = 20
        if no == 3:
            r += 1
            _span(
                ws,
                r,
                1,
                last,
                "※No.3は各年度末時点の登録品数。令和3年度に返礼品の登録要件を見直したため、令和3年度末から大きく増加している。",
                size=8,
                fill=LIGHT,
            )
    r += 1
    _span(
        ws,
        r,
        1,
        last,
        "※実績値は各年度末（3月31日）現在の値。No.4は市内事業所アンケート（毎年2月実施、回答312社）による。",
        size=8,
    )
    _page(ws, "landscape", f"A1:I{r}")
    path = HERE / "hashimoto_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (moriyama, fukuroi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ena().name}")
    print(f"wrote {hashimoto().name}")


if __name__ == "__main__":
    main()
