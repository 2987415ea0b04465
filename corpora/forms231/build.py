"""Build the built documents of forms231/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tarui_kpi_ruikei_r5.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 垂井町 (岐阜県),
  landscape: form fields (計画期間, 関連事業費 in 千円, the 人口ビジョン's 2060 aim, the first
  strategy's 5 goals and 68 measures); a line saying the actuals are running totals since 令和2年度;
  bold ``基本目標２　…`` over one grid **whose actual columns are headed as running totals through a
  year, ``～R3 | ～R4 | ～R5``, under ``実績値（R2からの累計）``**, **the last of them a forecast headed
  ``～R6見通し`` (見通し, not 見込)**, a target ``目標値（R2～R6累計）`` and a ``進捗率`` column; a note
  that takes No.3 out of the header's 累計 (its cells are single years); ``千人`` with decimals; a
  ``―``; and the PDF;
* ``source/yatomi_seika_suii_r5.xlsx``, a 総合計画 成果指標 sheet in the manner of 弥富市 (愛知県),
  portrait: form fields (施策 ``5-2　…``, 主管課, 関係課, 計画期間 ``平成31年度～令和5年度``, the
  city's profile, money); bold ``２　成果指標の推移（年次別）`` over a years-down grid **whose rows are
  plan-year ordinals, ``策定時（H29）``, ``1年目`` … ``4年目``, ``5年目（見込）`` and ``目標（5年目）``,
  with no year: only the 計画期間 field dates them**, and **whose two-row header groups the
  indicator columns by their 担当課 (``商工観光課`` over ①–③, ``農政課`` over ④, ``秘書企画課`` over
  ⑤)**; a ``中止`` cell, a ``―`` baseline, a 備考 column with numbers; and the PDF;
* ``toyosato_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 豊郷町 (滋賀県): a lead
  of real figures; one ``<h2>`` over two tables **whose 基本目標 stands only in the top-left corner
  cell of the ``<thead>`` (``<th colspan="2" rowspan="2">基本目標1<br>…</th>``), over the name and
  unit columns, with no 成果指標 / 単位 header**; era-less years on a 令和 page (``30年度`` …
  ``10年度``); ``5年度`` spanning ``目標 | 実績``; **the final target split over two cells under one
  ``<th colspan="2" rowspan="2">目標値（10年度）</th>``: the number, and its qualifier word
  (``以上`` / ``以下`` / ``程度``, or ``―``) in a cell of its own**; ``―（調査なし）``;
* ``source/inami_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 印南町 (和歌山県),
  landscape: form fields (基本戦略, 計画期間, the 人口ビジョン's aims, the town's profile, money); an
  A/B/C legend made on the 速報; bold ``基本目標③　…`` over a two-row header whose top row spans
  unevenly (2, 2, 2, 1 ↓) **with the base year printed twice, ``基準値（元年度）`` over
  ``策定時見込 | 確定値`` (the estimate the plan was written on and the final figure), differing in
  two rows** and **``同左`` in one 確定値 cell, standing for the 見込 beside it**; era-less years on a
  令和 sheet; ``5年度`` over ``目標 | 実績（速報）``; ``千人`` with decimals; and the PDF.

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
FIXED = dt.datetime(2026, 12, 21, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms231/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms231/build.py"
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


def _down(ws, r1, r2, col, value, **kw):
    """A bordered value merged down over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None)
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "－", "") else "right")


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
                    rb"\g<1>2026-12-21T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 21, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms231_soffice_") as tmp:
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
# 垂井町 (岐阜県不破郡): 第2期垂井町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.tarui.lg.jp, zck.or.jp): the 第2期 strategy (令和2年3月, 令和2年度から), its yearly 進捗状況
# reported to the 戦略会議 (外部有識者会議), the 人口ビジョン's 2060 aim of 21,000人, the first strategy's
# 5 基本目標 and 68 具体的施策 (平成27年10月), the 相川鯉のぼり一斉遊泳 (昭和62年から, 約350匹), 南宮大社,
# 中山道垂井宿. Made up: the sheet, its date and 課, the money, the goal's wording, every KPI, figure and note.
TR_ROWS = [
    # No., KPI, 単位, 策定時（R元）, ～R3, ～R4, ～R5, ～R6見通し, 目標値（R2～R6累計）, 進捗率
    ("1", "移住定住促進補助金を活用した転入世帯数", "世帯", 18, 41, 68, 97, 125, 120, "80.8%"),
    ("2", "空き家バンクの成約件数", "件", 5, 14, 22, 29, 36, 40, "72.5%"),
    (
        "3",
        "相川鯉のぼり一斉遊泳期間中の来訪者数",
        "千人",
        52.4,
        "―",
        38.6,
        47.9,
        50.0,
        55.0,
        "87.1%",
    ),
    ("4", "創業支援等事業計画による創業者数", "人", 3, 9, 15, 20, 24, 25, "80.0%"),
    (
        "5",
        "中山道垂井宿まち歩きイベントの参加者数",
        "人",
        1850,
        2310,
        4020,
        6150,
        8300,
        8000,
        "76.9%",
    ),
]


def tarui() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 38, 7, 11, 9, 9, 9, 11, 13, 10])
    _text(
        ws,
        1,
        1,
        "第2期垂井町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　垂井町まち・ひと・しごと創生総合戦略会議　資料3", align="right")
    _text(ws, 3, 10, "事務局：垂井町企画調整課", align="right")
    _span(ws, 5, 1, 2, "計画期間", header=True)
    _span(ws, 5, 3, 6, "令和2年度～令和6年度（5年間）", align="left")
    _span(ws, 5, 7, 8, "関連事業費（R5決算・千円）", header=True)
    _span(ws, 5, 9, 10, 58240)
    ws.row_dimensions[5].height = 20
    _field(
        ws,
        6,
        "人口の将来展望",
        "2060年に21,000人（垂井町人口ビジョン、平成27年10月策定）",
        (1, 2),
        (3, 10),
    )
    _field(
        ws, 7, "第1期戦略", "平成27年度～令和元年度　5つの基本目標と68の具体的施策", (1, 2), (3, 10)
    )
    _text(
        ws,
        9,
        1,
        "※実績値は令和2年度からの累計です（No.3を除く）。「～R3」は令和2年度から令和3年度まで、「～R5」は令和2年度から令和5年度までの累計、"
        "「～R6見通し」は令和6年度までの累計の見通し（令和6年8月末時点の推計）です。",
        size=8,
    )
    _text(ws, 10, 1, "基本目標２　垂井への新しいひとの流れをつくる", bold=True, size=11)
    h = 11
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "策定時\n（R元）"),
        (9, "目標値\n（R2～R6累計）"),
        (10, "進捗率\n（～R5）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 8, "実績値（R2からの累計）", header=True)
    for j, word in enumerate(["～R3", "～R4", "～R5", "～R6見通し"]):
        _put(ws, h + 1, 5 + j, word, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, *vals, rate in TR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3は各年度の単年度の値です（累計ではありません）。令和3年度は一斉遊泳期間中の来訪者数を集計していません。",
            "※進捗率＝「～R5」の実績値÷目標値（No.3は令和5年度の値÷目標値）。",
            "※相川の鯉のぼり一斉遊泳は昭和62年から続く事業で、毎年3月下旬から5月上旬まで約350匹の鯉のぼりが泳ぎます。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tarui_kpi_ruikei_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 弥富市 (愛知県): 第2次弥富市総合計画 前期基本計画 成果指標の推移（施策5-2）
# --------------------------------------------------------------------------------------------

# Real (city.yatomi.lg.jp, itot.jp, docslib 市勢要覧): the 第2次弥富市総合計画 with 平成31年度 as its first
# year, 総務部秘書企画課, 開発部商工観光課, 金魚 (三大産地の一つ, 金魚農家91軒), 面積48.28㎢, 人口44,405人・
# 17,822世帯 (平成31年3月1日現在). Made up: the sheet, its date, the 施策 number and wording, the 前期
# 計画期間, 農政課 as a 関係課, the money, every indicator, figure and note.
YT_HEAD = [
    "①観光入込客数\n（千人）",
    "②金魚関連イベントの来場者数（人）",
    "③観光案内所の利用者数（人）",
    "④金魚養殖の新規就業者数（人）",
    "⑤市公式SNSのフォロワー数（人）",
]
YT_ROWS = [
    # 年次, ①…⑤, 備考
    ("策定時（H29）", [1128.4, 38500, 4210, "―", 2860], "④は1年目から集計"),
    ("1年目", [1164.2, 41200, 4580, 2, 4120], ""),
    ("2年目", [612.7, "中止", 2105, 1, 6840], "②は中止"),
    ("3年目", [745.3, 12800, 2880, 3, 9310], "②は規模を縮小し2日間で開催"),
    ("4年目", [1020.6, 35900, 4020, 2, 11450], ""),
    ("5年目（見込）", [1150.0, 40000, 5100, 1, 12800], "12月末時点の見込"),
    ("目標（5年目）", [1200.0, 45000, 5000, 3, 12000], ""),
]


def yatomi() -> Path:
    wb, ws = _sheet("成果指標の推移", [15, 13, 14, 13, 13, 13, 22])
    _text(
        ws, 1, 1, "第2次弥富市総合計画　前期基本計画　成果指標の推移（施策5-2）", bold=True, size=13
    )
    _text(ws, 2, 7, "令和6年1月　弥富市総務部秘書企画課", align="right")
    _field(ws, 4, "施策", "5-2　金魚のまちの魅力発信と観光の振興", (1, 2), (3, 7))
    _span(ws, 5, 1, 2, "主管課", header=True)
    _span(ws, 5, 3, 4, "商工観光課", align="left")
    _put(ws, 5, 5, "関係課", header=True)
    _span(ws, 5, 6, 7, "農政課、秘書企画課", align="left")
    ws.row_dimensions[5].height = 20
    _field(ws, 6, "計画期間", "平成31年度～令和5年度（前期基本計画5か年）", (1, 2), (3, 7))
    _field(
        ws,
        7,
        "市の概要",
        "面積48.28㎢、人口44,405人・17,822世帯（平成31年3月1日現在）。日本有数の金魚の産地で、金魚農家は91軒。",
        (1, 2),
        (3, 7),
    )
    _field(ws, 8, "施策の事業費（前年度決算・千円）", "86,420", (1, 2), (3, 7))
    _text(ws, 10, 1, "２　成果指標の推移（年次別）", bold=True, size=11)
    h = 11
    for c, word in [(1, "年次"), (7, "備考")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 2, 4, "商工観光課", header=True)
    _put(ws, h, 5, "農政課", header=True)
    _put(ws, h, 6, "秘書企画課", header=True)
    for j, word in enumerate(YT_HEAD):
        _put(ws, h + 1, 2 + j, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 44
    r = h + 2
    for label, vals, note in YT_ROWS:
        target = label.startswith("目標")
        _put(ws, r, 1, label, align="center", bold=target, fill=LIGHT if target else None)
        _vals(ws, r, 2, vals, fmt1="#,##0.0")
        if target:
            for c in range(2, 7):
                ws.cell(row=r, column=c).fill = LIGHT
                ws.cell(row=r, column=c).font = Font(name=FONT, size=9, bold=True)
        _put(ws, r, 7, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※年次は、前期基本計画の計画期間（5か年）の何年目かを示します。",
            "※上段の課名は、その下の成果指標の担当課です。",
            "※5年目の値は、12月末時点までの実績から推計した見込値です。",
            "※②の2年目は新型コロナウイルス感染症の影響によりイベントを中止しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "yatomi_seika_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊郷町 (滋賀県犬上郡): 第5次豊郷町総合計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (滋賀産業新聞 2019-01-18, soumu.go.jp ふるさと納税, wikipedia mirrors): the 第5次豊郷町総合計画 (2019年度
# から10年間), the 将来像 「一生青春 みんなで安心 元気なまち」, the aim of 7,300人 in the target year, the five
# 基本目標 (子育て環境の強みアップ … まちの魅力と活力アップ …), the 豊郷小学校旧校舎群 (昭和12年, 古川鉄治郎,
# 平成25年 登録有形文化財, 町立図書館・子育て支援センター), 面積7.80km², 県内で最も小さい町. Made up: the page,
# its date and 課, every indicator, figure, qualifier and note.
TY_TABLES = [
    (
        "基本目標1<br>子育て環境の強みアップ",
        [
            (
                "子育て支援センターの年間利用者数",
                "人",
                "8,420",
                "6,105",
                "7,380",
                "8,500",
                "8,015",
                "9,000",
                "―",
            ),
            (
                "「子育てしやすいまち」と感じる町民の割合",
                "％",
                "71.2",
                "―",
                "74.8",
                "77.0",
                "―（調査なし）",
                "80.0",
                "以上",
            ),
        ],
    ),
    (
        "基本目標4<br>まちの魅力と活力アップ",
        [
            (
                "豊郷小学校旧校舎群の来館者数",
                "人",
                "38,600",
                "21,450",
                "29,870",
                "33,000",
                "34,120",
                "40,000",
                "程度",
            ),
            ("町内の空き家数", "戸", "142", "151", "156", "150", "149", "130", "以下"),
        ],
    ),
]


def _ty_table(corner: str, rows) -> str:
    body = "\n".join(
        f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in (base, a3, a4, t5, a5, final))
        + f'<td class="q">{qual}</td></tr>'
        for name, unit, base, a3, a4, t5, a5, final, qual in rows
    )
    return f"""<table>
<thead>
<tr><th colspan="2" rowspan="2" class="corner">{corner}</th><th rowspan="2">策定時<br>（30年度）</th><th colspan="2">実績値</th><th colspan="2">5年度</th><th colspan="2" rowspan="2">目標値<br>（10年度）</th></tr>
<tr><th>3年度</th><th>4年度</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>"""


def toyosato_html() -> str:
    tables = "\n".join(_ty_table(corner, rows) for corner, rows in TY_TABLES)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次豊郷町総合計画 成果指標の進捗状況（令和5年度） - 豊郷町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
thead th.corner {{ text-align: left; background: #c6e0b4; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; border-right: none; }}
td.q {{ text-align: left; border-left: none; font-size: 90%; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 第5次豊郷町総合計画</p>
<h1>第5次豊郷町総合計画　成果指標の進捗状況（令和5年度）</h1>
<p>更新日：令和6年10月1日　担当：企画振興課</p>
<p>第5次豊郷町総合計画（2019年度～2028年度）は、まちの将来像「一生青春　みんなで安心　元気なまち」の実現に向けて5つの基本目標を掲げ、目標年次における人口7,300人の維持を目指しています。このページでは、基本目標ごとの成果指標について、令和5年度の状況をお知らせします。</p>
<p>豊郷町は面積7.80平方キロメートルの県内で最も小さな町です。昭和12年に古川鉄治郎氏の寄付で建てられた豊郷小学校旧校舎群は、平成25年に国の登録有形文化財となり、町立図書館や子育て支援センターとして活用しています。</p>
<h2>成果指標の進捗状況</h2>
{tables}
<p>※目標値の右の「以上」「以下」「程度」は、目標値の考え方を表します。</p>
<p>※「子育てしやすいまち」と感じる町民の割合は、2年ごとの町民意識調査（4年度実施）によります。5年度は調査を行っていません。</p>
<p>※旧校舎群の来館者数は、町立図書館の利用者を除く見学者数です（3年度は新型コロナウイルス感染症対策のため見学を一部制限）。</p>
</body>
</html>
"""


def toyosato() -> Path:
    path = HERE / "toyosato_seika_shihyo_r5.html"
    path.write_bytes(toyosato_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 印南町 (和歌山県日高郡): 第2期印南町総合戦略 KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (日高新報 2016-02 and later articles, yamakita-pj.net): the 総合戦略 (策定委員会, 2016年2月), its 基本戦略
# 「地域で見守り、学び、育てる 未来の架け橋 いなみっ子」, the 基本目標 ③ wording, the 人口ビジョン's 2060 aim
# (6,000人) and 合計特殊出生率 aims (2025年 1.92, 2030年 2.07), 約7割が森林, キヌサヤエンドウ, the 住民基本台帳
# population falling under 8,000 (2月末 7,990人), the 空き家バンク (平成20年10月から), 若者定住促進条例.
# Made up: the 第2期 sheet, its date and 課, the money, every KPI, figure, grade and note.
IN_ROWS = [
    # No., KPI, 単位, 策定時見込, 確定値, 3年度, 4年度, 5年度目標, 5年度実績（速報）, 目標値（6年度）, 評価
    ("1", "空き家バンクの登録物件数（累計）", "件", 45, 47, 58, 66, 75, 71, 80, "B"),
    ("2", "若者定住促進奨励金の交付件数", "件", 24, "同左", 27, 31, 30, 29, 30, "B"),
    ("3", "町外からの移住者数", "人", 40, 36, 42, 51, 46, 48, 50, "A"),
    ("4", "観光入込客数", "千人", 310.0, 296.4, 221.8, 254.0, 300.0, 281.5, 330.0, "B"),
]


def inami() -> Path:
    wb, ws = _sheet("KPI検証", [5, 34, 6, 10, 9, 9, 9, 9, 10, 11, 7])
    _text(
        ws,
        1,
        1,
        "第2期印南町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年8月　印南町企画政策課", align="right")
    _field(
        ws, 4, "基本戦略", "地域で見守り、学び、育てる　未来の架け橋　いなみっ子", (1, 2), (3, 11)
    )
    _span(ws, 5, 1, 2, "計画期間", header=True)
    _span(ws, 5, 3, 6, "令和2年度～令和6年度", align="left")
    _span(ws, 5, 7, 9, "関連事業費（R5決算・千円）", header=True)
    _span(ws, 5, 10, 11, 41860)
    ws.row_dimensions[5].height = 20
    _field(
        ws,
        6,
        "人口の将来展望",
        "2060年に6,000人（人口ビジョン）。合計特殊出生率を2025年に1.92、2030年に2.07まで引き上げる。",
        (1, 2),
        (3, 11),
    )
    _field(
        ws,
        7,
        "町の概況",
        "町面積の約7割が森林。キヌサヤエンドウなどの施設園芸が盛ん。住民基本台帳人口は8,000人を割り込んだ（2月末 7,990人）。",
        (1, 2),
        (3, 11),
    )
    _text(
        ws,
        9,
        1,
        "評価　A：5年度目標を達成　B：5年度目標の80％以上100％未満　C：5年度目標の80％未満（評価は5年度の速報値によります）",
        size=8,
    )
    _text(
        ws, 10, 1, "基本目標③　魅力ある地域づくりとPRによる新しい人の流れを創出", bold=True, size=11
    )
    h = 11
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (10, "目標値\n（6年度）"),
        (11, "評価"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 5, "基準値（元年度）", header=True)
    _span(ws, h, 6, 7, "実績値", header=True)
    _span(ws, h, 8, 9, "5年度", header=True)
    for j, word in enumerate(["策定時見込", "確定値", "3年度", "4年度", "目標", "実績（速報）"]):
        _put(ws, h + 1, 4 + j, word, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, *vals, grade in IN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は、戦略策定時（令和2年3月）の見込値と、その後に確定した値を併記しています。「同左」は確定値が見込値と同じものです。",
            "※5年度の実績は速報値です（確定値は令和6年12月頃に公表予定）。",
            "※空き家バンクは平成20年10月から運用しています。若者定住促進奨励金は若者定住促進条例に基づくものです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "inami_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tarui, yatomi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {toyosato().name}")
    src = inami()
    print(f"wrote source/{src.name}")
    if pdf:
        to_pdf(src)


if __name__ == "__main__":
    main()
