"""Build the built documents of forms49/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/goto_action_plan_h28.xlsx``, a page in the manner of 五島市 (長崎県) まち・ひと・しごと創生
  総合戦略（アクションプラン）: each indicator on two rows, **the 現状 and 目標 years printed in the row
  under the values (`(H26年度)`, `(H31年度)`)**, **`→` in the H28–H31 cells where no yearly target is
  set**, a 数値根拠ほか column, a KPI in 百万円; and from it ``goto_action_plan_h28.pdf``;
* ``source/tokashiki_kensho_h26.xlsx``, a sheet in the manner of 渡嘉敷村 (沖縄県) 沖縄振興特別推進交付金
  事業（市町村分）検証シート【公表用】: a 予算額・執行額 block in 千円 with ▲ and 執行率, then
  活動目標（指標） as **目標 / 実績 row pairs with the targets in brackets (`（8箇所）`) and words as
  values (`実施`)**, a printed 達成状況 per indicator; and from it ``tokashiki_kensho_h26.pdf``;
* ``source/hamada_seika_shihyo_h29.xlsx``, a sheet in the manner of 浜田市 (島根県) 第2次浜田市総合振興
  計画 前期基本計画 成果指標の進捗状況: **`以上` / `以下` / range (`4～6`) targets**, a scale word in
  the 単位 column (`億円`), **a `―` in the 単位 column**, a 施策 merged over its rows, a 所管課 per row;
  and from it ``hamada_seika_shihyo_h29.pdf``;
* ``higashiomi_machizukuri_shihyo_h25.html``, a page in the manner of 東近江市 (滋賀県) 総合計画【後期】
  まちづくり指標: one ``<h3>`` table per 施策, **units and scale words inside the cells (`452万人`)**,
  **a `（見込）` mark inside the latest actual**, a 見通し mark column with a legend.

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
    wb.properties.creator = "forms49/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms49/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms49_soffice_") as tmp:
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
# 五島市 (長崎県): 総合戦略アクションプラン — 値の下の行に年度、→ の年度欄、数値根拠
# --------------------------------------------------------------------------------------------

# Real (expydoc 9797313, the アクションプラン 平成28年5月 五島市市長公室): the title, date and issuer,
# 【基本目標1】 and its wording, the header words 数値目標 / 単位 / 現状 / H28–H31 / 目標 / 数値根拠ほか,
# the → cells, the three 数値目標 with their 現状 (13,096人, 2,396事業所, 34.9%) and sources, the
# 正社員 row's yearly targets 38.7 / 42.5 / 46.3 / 50.0 and its 目標 50.0, the project 1-(1)農林業振興
# プロジェクト. Made up: the 目標 of 就業者数 and 事業所数, the KPI rows and every figure of them.
GOTO_GOALS = [
    # (名称, 単位, 現状, (H28, H29, H30, H31), 目標, 数値根拠ほか)
    (
        "市内就業者数",
        "人",
        13096,
        ("→", "→", "→", "→"),
        13100,
        "経済センサス（基本調査、活動調査）",
    ),
    (
        "市内事業所数",
        "事業所",
        2396,
        ("→", "→", "→", "→"),
        2400,
        "経済センサス（基本調査、活動調査）",
    ),
    (
        "求人数に対する正社員の求人割合",
        "％",
        34.9,
        (38.7, 42.5, 46.3, 50.0),
        50.0,
        "ハローワーク資料提供",
    ),
]
GOTO_KPIS = [
    ("新規就農者数（年間）", "人", 5, (6, 7, 8, 8), 8, "市農林課調べ"),
    ("認定農業者数", "経営体", 182, ("→", "→", "→", "→"), 200, "市農林課調べ"),
    ("農業産出額", "百万円", 4865, ("→", "→", "→", "→"), 5000, "生産農業所得統計"),
]


def _goto_block(ws, top: int, first: str, rows) -> int:
    head = [first, "単位", "現状", "H28", "H29", "H30", "H31", "目標", "数値根拠ほか"]
    for c, word in enumerate(head, start=1):
        _put(ws, top, c, word, header=True)
    ws.row_dimensions[top].height = 20
    r = top + 1
    for name, unit, now, years, goal, basis in rows:
        fmt = "0.0" if unit == "％" else "#,##0"
        _put(ws, r, 1, name)
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, now, fmt=fmt)
        _put(ws, r + 1, 3, "(H26年度)", align="center", size=8)
        for j, v in enumerate(years):
            _put(ws, r, 4 + j, v, fmt=fmt, align="center" if v == "→" else "right")
            _put(ws, r + 1, 4 + j, None)
            _merge(ws, r, 4 + j, r + 1, 4 + j)
        _put(ws, r, 8, goal, fmt=fmt)
        _put(ws, r + 1, 8, "(H31年度)", align="center", size=8)
        _put(ws, r, 9, basis, size=8)
        _put(ws, r + 1, 9, None)
        _merge(ws, r, 9, r + 1, 9)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 13
        r += 2
    return r


def goto() -> Path:
    widths = [34, 9, 11, 9, 9, 9, 9, 11, 30]
    wb, ws = _sheet("アクションプラン", widths)
    _text(
        ws,
        1,
        1,
        "五島市まち・ひと・しごと創生 人口ビジョン・総合戦略（アクションプラン）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "平成28年5月　五島市市長公室", align="right", size=9)
    _text(
        ws,
        4,
        1,
        "【基本目標1】五島の恵みを活かし、雇用を生み出す”しま”をつくる",
        bold=True,
        size=11,
    )
    r = _goto_block(ws, 5, "数値目標", GOTO_GOALS)
    _text(ws, r + 1, 1, "1-(1)農林業振興プロジェクト", bold=True, size=10)
    r = _goto_block(ws, r + 2, "重要業績評価指標（KPI）", GOTO_KPIS)
    notes = [
        "※「→」は、各年度の目標値を設定せず、目標年度（H31年度）の目標値に向けて取り組むことを示す。",
        "※農業産出額の単位は百万円。新規就農者数は各年度の新規就農者の数（累計ではない）。",
        "※関連事業費（H28当初予算）：農林業振興プロジェクト 186,420千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "goto_action_plan_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 渡嘉敷村 (沖縄県): 沖縄振興特別推進交付金事業 検証シート — 括弧の目標、実施という実績
# --------------------------------------------------------------------------------------------

# Real (happylibus 724543, 29渡嘉敷村 平成26年度 検証シート【公表用】): the title, 1-① 渡嘉敷村観光客誘致
# 促進及びPR促進事業, 商工観光課, 第3章-3-(12)-ア, 観光リゾート産業の振興, Ⅲ-1-(1), 平成24～26年度, the
# 事業内容 sentence, ■直接実施 ■補助, the budget rows and most of their figures (3,803 / 5,931 / 15,445,
# 3,042 / 4,745 / 12,356, 100.0%), the るるぶ explanation, the three 活動目標 with 8箇所, 実施 and 5000.
# Made up: the 実績 row, the brackets' layout as drawn here, the 成果目標 and its figures.
TOKASHIKI_MONEY = [
    ("(a)当初予算額", ("3,803", "7,103", "13,965")),
    ("(b)予算現額", ("3,803", "5,931", "15,445")),
    ("(c)増減額(b-a)", ("0", "▲ 1,172", "1,480")),
    ("(d)繰越額", ("－", "－", "－")),
    ("A.計(b+d)", ("3,803", "5,931", "15,445")),
    ("B.執行済額", ("3,803", "5,931", "15,445")),
    ("うち交付金充当額", ("3,042", "4,745", "12,356")),
    ("次年度繰越額", ("0", "0", "0")),
    ("執行率(%)(B/A)", ("100.0%", "100.0%", "100.0%")),
]
TOKASHIKI_ACT = [
    # (指標, 目標 24–26, 実績 24–26, 達成状況)
    (
        "・修学旅行PR事業展開（県外）",
        ("（8箇所）", "（8箇所）", "（8箇所）"),
        ("8箇所", "9箇所", "7箇所"),
        "未達成",
    ),
    (
        "・離島フェアー等各種イベントで島のPR活動展開（県内外）",
        ("（実施）", "（実施）", "（実施）"),
        ("実施", "実施", "実施"),
        "達成",
    ),
    (
        "・観光パンフレット（4ヶ国語）作成",
        ("", "", "（5,000部）"),
        ("", "", "5,200部"),
        "達成",
    ),
]


def tokashiki() -> Path:
    widths = [16, 34, 8, 13, 13, 13, 11]
    wb, ws = _sheet("検証シート", widths)
    _put(ws, 1, 1, "市町村名", header=True)
    _put(ws, 1, 2, "渡嘉敷村", align="center")
    _span(
        ws,
        1,
        3,
        7,
        "平成26年度沖縄振興特別推進交付金事業（市町村分）検証シート【公表用】",
        bold=True,
        size=10,
    )
    ws.row_dimensions[1].height = 22
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    fields = [
        ("事業番号・事業名", "1-①　渡嘉敷村観光客誘致促進及びPR促進事業"),
        ("担当部課名", "商工観光課"),
        ("事業実施（予定）年度", "平成24～26年度"),
        ("沖縄21世紀ビジョン基本計画該当箇所", "第3章-3-(12)-ア"),
        ("沖縄振興基本方針該当箇所", "Ⅲ-1-(1)　観光リゾート産業の振興"),
        (
            "事業内容",
            "継続的な観光振興を推進するため、県外からの修学旅行受け入れ活動の強化、県内外で開催される観光イベント等でのPR活動、広告媒体を活用した観光情報の発信及び外国人観光客に対応するため観光パンフレットを刷新し多言語版を制作する。",
        ),
        ("実施方法", "■直接実施　□委託　■補助　□負担　□その他（　）"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True, size=8)
        _span(ws, r, 3, 7, value, size=8)
        ws.row_dimensions[r].height = 40 if key == "事業内容" else 18
        r += 1
    _text(ws, r + 1, 1, "予算額・執行額【単位：千円】", bold=True, size=9)
    h = r + 2
    _span(ws, h, 1, 3, "区分", header=True)
    for c, word in ((4, "24年度"), (5, "25年度"), (6, "26年度")):
        _put(ws, h, c, word, header=True)
    r = h + 1
    for name, values in TOKASHIKI_MONEY:
        _span(ws, r, 1, 3, name, size=8)
        for j, v in enumerate(values):
            _put(ws, r, 4 + j, v, align="right", size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    _put(ws, r, 1, "予算の状況の説明", header=True, size=8)
    _span(
        ws,
        r,
        2,
        7,
        "当初の予定にはなかった、国立公園指定記念で旅行雑誌「るるぶ特別編慶良間諸島」を、座間味村と共同で費用負担し発刊したために140万円余りの増額となった。",
        size=8,
    )
    ws.row_dimensions[r].height = 30
    _text(ws, r + 2, 1, "２　活動目標（指標）及び達成状況", bold=True, size=10)
    h = r + 3
    _span(ws, h, 1, 2, "H26活動目標（指標）", header=True)
    _put(ws, h, 3, "区分", header=True)
    for c, word in ((4, "24年度"), (5, "25年度"), (6, "26年度"), (7, "達成状況")):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 18
    r = h + 1
    for name, targets, actuals, state in TOKASHIKI_ACT:
        _put(ws, r, 1, name, size=9)
        for rr, cc in ((r, 2), (r + 1, 1), (r + 1, 2)):
            _put(ws, rr, cc, None)
        _merge(ws, r, 1, r + 1, 2)
        _put(ws, r, 3, "目　標", align="center", size=8)
        _put(ws, r + 1, 3, "実　績", align="center", size=8)
        for j in range(3):
            _put(ws, r, 4 + j, targets[j], align="center", size=9)
            _put(ws, r + 1, 4 + j, actuals[j], align="center", size=9)
        _put(ws, r, 7, state, align="center")
        _put(ws, r + 1, 7, None)
        _merge(ws, r, 7, r + 1, 7)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _text(ws, r + 1, 1, "３　成果目標（指標）及び達成状況", bold=True, size=10)
    h = r + 2
    _span(ws, h, 1, 2, "成果指標", header=True)
    for c, word in (
        (3, "単位"),
        (4, "基準値（H23年度）"),
        (5, "目標値（H26年度）"),
        (6, "実績値（H26年度）"),
        (7, "達成状況"),
    ):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 26
    _span(ws, h + 1, 1, 2, "渡嘉敷村への入域観光客数")
    _put(ws, h + 1, 3, "人", align="center")
    _put(ws, h + 1, 4, 72310)
    _put(ws, h + 1, 5, 80000)
    _put(ws, h + 1, 6, 84126)
    _put(ws, h + 1, 7, "達成", align="center")
    ws.row_dimensions[h + 1].height = 18
    _text(
        ws,
        h + 2,
        1,
        "※目標欄の（　）内は各年度の目標。達成状況はH26年度の目標に対するもの。",
        size=8,
    )
    _text(ws, h + 3, 1, "※入域観光客数は暦年ではなく年度の数値。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "tokashiki_kensho_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 浜田市 (島根県): 第2次総合振興計画 前期基本計画 成果指標 — 以上・以下・幅の目標、単位の億円と―
# --------------------------------------------------------------------------------------------

# Real (city.hamada.shimane.jp 1455684299511 and the 素案 on vdocuments; the ロードマップ of 平成27年2月):
# the plan's name, 前期基本計画 平成28年度～平成33年度, the 沖合底曳網漁業 5ヶ統 and the 水揚高 aim. Made up:
# the report's title and date, the 施策 numbers and names, every indicator, figure and 所管課.
HAMADA = [
    (
        "1-1",
        "水産業の振興",
        [
            ("水産振興課", "浜田漁港の水揚高", "億円", 52.4, 55.1, 58.9, "70以上"),
            ("水産振興課", "沖合底びき網漁業の船団数", "ヶ統", 5, 5, 5, "5"),
        ],
    ),
    (
        "3-2",
        "循環型社会の形成",
        [
            ("環境課", "1人1日当たりのごみ排出量", "g", 948, 941, 932, "900以下"),
            ("環境課", "不法投棄の通報件数", "件", 9, "―", 7, "4～6"),
        ],
    ),
    (
        "5-1",
        "子育て支援の充実",
        [
            ("子育て支援課", "合計特殊出生率", "―", 1.71, 1.68, 1.74, "1.80"),
        ],
    ),
]


def hamada() -> Path:
    widths = [20, 34, 7, 12, 11, 11, 13, 14]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "第2次浜田市総合振興計画 前期基本計画　成果指標の進捗状況", bold=True, size=13)
    _text(ws, 2, 8, "平成30年8月　浜田市政策企画課", align="right", size=9)
    _text(ws, 3, 1, "前期基本計画の期間：平成28年度～平成33年度", size=9)
    _text(ws, 5, 1, "２　施策ごとの成果指標の状況", bold=True, size=11)
    h = 6
    head = [
        "施策",
        "成果指標",
        "単位",
        "基準値（H26）",
        "H28実績",
        "H29実績",
        "目標値（H33）",
        "所管課",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, items in HAMADA:
        start = r
        for dept, ind, unit, base, a28, a29, target in items:
            fmt = "0.0" if unit == "億円" else ("0.00" if unit == "―" else "#,##0")
            _put(ws, r, 1, f"{no}　{name}" if r == start else None)
            _put(ws, r, 2, ind)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, fmt=fmt)
            _put(ws, r, 5, a28, fmt=fmt, align="center" if a28 == "―" else "right")
            _put(ws, r, 6, a29, fmt=fmt)
            _put(ws, r, 7, target, align="right")
            _put(ws, r, 8, dept, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
        if r - 1 > start:
            _merge(ws, start, 1, r - 1, 1)
    notes = [
        "※目標値の「以上」「以下」は、目標年度にその値以上（以下）とすることを示す。「4～6」は目標の幅を示す。",
        "※不法投棄の通報件数のH28実績は、通報窓口の一元化に伴い集計していないため「―」とした。",
        "※合計特殊出生率は単位のない比率のため、単位欄を「―」とした。",
        "※施策1-1の関連事業費（H29決算）：2,814百万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "hamada_seika_shihyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東近江市 (滋賀県): 総合計画【後期】まちづくり指標 — 施策ごとの表、セル内の単位・万人・（見込）
# --------------------------------------------------------------------------------------------

# Real (city.higashiomi.shiga.jp 0000003214 and the 広報 特集): 東近江市総合計画【後期】, its period
# 平成24年度～平成28年度, its 策定 in 平成24年3月. Made up: the page's title and date, the 施策, every
# indicator, figure and mark, the legend and notes.
HIGASHIOMI = [
    (
        "（1）子育て支援の充実",
        [
            ("放課後児童クラブの登録児童数", "1,024人", "1,096人", "1,152人", "1,200人", "○"),
            (
                "地域子育て支援センターの利用者数",
                "21,450人",
                "22,310人",
                "23,000人（見込）",
                "25,000人",
                "△",
            ),
        ],
    ),
    (
        "（2）観光の振興",
        [
            ("観光入込客数", "452万人", "468万人", "481万人（見込）", "500万人", "○"),
            ("観光ボランティアガイドの案内件数", "310件", "―", "356件", "400件", "○"),
            ("観光案内所の外国語対応率", "40.0%", "60.0%", "80.0%", "100%", "◎"),
        ],
    ),
]


def higashiomi_html() -> str:
    blocks = []
    for title, rows in HIGASHIOMI:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="r">{base}</td><td class="r">{a24}</td><td class="r">{a25}</td><td class="r">{target}</td><td class="c">{mark}</td></tr>'
            for name, base, a24, a25, target, mark in rows
        )
        blocks.append(
            f"""<h3>{title}</h3>
<table>
<thead>
<tr><th rowspan="2">まちづくり指標</th><th rowspan="2">策定時の値<br>（H22）</th><th colspan="2">実績</th><th rowspan="2">目標値<br>（H28）</th><th rowspan="2">見通し</th></tr>
<tr><th>H24</th><th>H25</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>"""
        )
    tables = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まちづくり指標の進捗状況　東近江市</title>
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
<h1>東近江市総合計画【後期】まちづくり指標の進捗状況（平成25年度）</h1>
<p>平成26年3月　東近江市企画部企画課</p>
<p>後期基本計画（平成24年度～平成28年度）の施策ごとに定めたまちづくり指標について、策定時からの推移と目標値（平成28年度）に向けた見通しを示します。</p>
<h2>基本方針2　安心して子育てができ、にぎわいのあるまち</h2>
{tables}
<p class="note">見通し：◎目標を達成済み　○目標の達成が見込まれる　△目標の達成には取組の強化が必要</p>
<p class="note">※H25の（見込）は、平成26年2月末時点の見込値です。</p>
<p class="note">※観光ボランティアガイドの案内件数のH24は、集計方法の変更により「―」としています。</p>
<p class="note">※施策（2）の関連事業費（H25予算）：1億2,400万円</p>
</body>
</html>
"""


def higashiomi() -> Path:
    path = HERE / "higashiomi_machizukuri_shihyo_h25.html"
    path.write_bytes(higashiomi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (goto, tokashiki, hamada):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {higashiomi().name}")


if __name__ == "__main__":
    main()
