"""Build the built documents of forms241/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kokonoe_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 九重町 (大分県),
  landscape, two grids: **power counted in household equivalents under a scale word, ``千戸分`` in the
  単位 column** (a note gives the kWh per household), a ``万円`` row and a ``％`` row whose targets are
  written in 割 (``7割以上``, ``8割以上``); then a second grid with ``千人`` and **an average length of
  stay per guest, ``泊/人``** (two decimals); a ``―`` baseline, a 担当課 column, a year spanning
  ``目標 | 実績``; and the PDF;
* ``source/tsuno_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 都農町 (宮崎県),
  portrait: a money grid, then 活動指標 / 成果指標 rows with **a 単位 cell that joins a scale word, a
  counter and the bottle size the count is converted to, ``千本（750ml換算）``** and **broilers counted in
  ``万羽``**, a 達成率 column, a form field counting the achieved indicators; and the PDF;
* ``source/nichinan_shisaku_hyoka_r5.xlsx``, a 施策評価シート in the manner of 日南町 (鳥取県):
  **timber volume in the kanji-kana unit 立米 under two scale words, ``万立米`` and ``千立米``**, a final
  target ``年間15万立米`` in the ``万立米`` row, **a labour-productivity unit ``立米/人日``**, A/B grades
  with their legend, a ``―`` baseline; and the PDF;
* ``utazu_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 宇多津町 (香川県): two
  ``<h2>`` tables with ``<th scope="row">`` 施策 cells, **an area in ``千㎡``**, **a count of days per
  year, ``日/年``**, a step count in ``歩/日``, a name holding ``（900㎡）``, ``令和5年度`` spanning
  ``目標 | 実績``.

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
    wb.properties.creator = "forms241/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms241/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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
    with tempfile.TemporaryDirectory(prefix="forms241_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], size: int = 8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


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


def _vals(ws, r, c0, vals, fmt=None) -> None:
    """Value cells: numbers right-aligned with their format, words (``―``, ``7割以上``) as text."""
    for j, v in enumerate(vals):
        if isinstance(v, (int, float)):
            _put(ws, r, c0 + j, v, align="right", fmt=fmt if isinstance(v, float) else None)
        else:
            _put(ws, r, c0 + j, v, align="center" if v == "―" else "right")


def _fields(ws, r: int, pairs, label_span, value_span, height=20):
    """Bordered form fields, one (label, value) pair per row."""
    for label, value, h in pairs:
        _span(ws, r, label_span[0], label_span[1], label, header=True)
        _span(ws, r, value_span[0], value_span[1], value, align="left")
        ws.row_dimensions[r].height = h or height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 九重町 (大分県玖珠郡): 総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (jogmec.go.jp, pref.oita.jp, newenergy-news.com, 九重“夢”大吊橋 articles): 八丁原発電所 (最大出力
# 110,000kW, 昭和52年運転開始), 菅原バイナリー発電所 (5,000kW, 約3,000万kWh = 一般家庭約8,000戸分, the town
# leases its wells), the 展示館, the bridge (平成18年10月開通, 173m, 390m, 230万8,107人 in its first year), 約1万1千人.
# Made up: the sheet, its date, 会議 and 課, the 基本目標, every KPI, figure, target and note.
KK_ROWS1 = [
    (
        "1",
        "町が地熱資源を提供する発電所の年間発電量（一般家庭換算）",
        "千戸分",
        8.0,
        7.6,
        8.5,
        8.2,
        9.0,
        "企画調整課",
    ),
    ("2", "地熱・温泉熱を利用した農産物の出荷額", "万円", 1820, 2140, 2300, 2460, 2500, "農林課"),
    (
        "3",
        "「九重町で働き続けたい」と答えた町内事業所従業員の割合",
        "％",
        61.3,
        66.0,
        "7割以上",
        68.7,
        "8割以上",
        "商工観光課",
    ),
]
KK_ROWS2 = [
    ("4", "九重“夢”大吊橋の入場者数", "千人", 912.4, 655.8, 800.0, 742.6, 900.0, "商工観光課"),
    (
        "5",
        "町内宿泊施設の宿泊者1人当たりの平均宿泊数",
        "泊/人",
        1.12,
        1.08,
        1.20,
        1.15,
        1.30,
        "商工観光課",
    ),
    (
        "6",
        "八丁原発電所展示館など地熱関連施設の見学者数",
        "人",
        48210,
        31540,
        45000,
        46380,
        50000,
        "商工観光課",
    ),
    ("7", "移住相談窓口を通じた転入者数（累計）", "人", "―", 14, 25, 27, 35, "企画調整課"),
]

KK_SINGLES = [
    (1, "No."),
    (2, "重要業績評価指標（KPI）"),
    (3, "単位"),
    (4, "基準値\n（R元）"),
    (5, "R4実績"),
    (8, "目標値\n（R6）"),
    (9, "担当課"),
]


def kokonoe() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 44, 9, 13, 12, 11, 11, 13, 12])
    _text(
        ws,
        1,
        1,
        "九重町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　九重町地方創生推進会議　資料2", align="right")
    _text(ws, 3, 9, "事務局：九重町企画調整課", align="right")
    r = _fields(
        ws,
        5,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）", None),
            (
                "町の概況",
                "人口約1万1千人。八丁原発電所（最大出力110,000kW、昭和52年運転開始）、菅原バイナリー発電所（最大出力5,000kW）など"
                "地熱発電所が立地する「地熱発電の町」。九重“夢”大吊橋（高さ173m、長さ390m）は平成18年10月の開通以来、町の観光の柱となっている。",
                30,
            ),
        ],
        (1, 2),
        (3, 9),
    )
    _text(ws, r + 1, 1, "基本目標１　地熱と温泉の恵みを活かし、しごとをつくる", bold=True, size=11)
    h = r + 2
    _head2(ws, h, KK_SINGLES, [(6, 7, "R5", ["目標", "実績"])])
    r = h + 2
    for no, name, unit, *vals, dept in KK_ROWS1:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "基本目標２　高原と大吊橋を活かし、九重町への新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    h = r + 2
    _head2(ws, h, KK_SINGLES, [(6, 7, "R5", ["目標", "実績"])])
    r = h + 2
    for no, name, unit, *vals, dept in KK_ROWS2:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, "#,##0.00" if unit == "泊/人" else None)
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の一般家庭換算は、1戸当たりの年間電力使用量を3,750kWhとして算出しています（例：年間3,000万kWh÷3,750kWh＝8,000戸分）。",
            "※No.3の「7割」「8割」は回答者に占める割合（70％、80％）です。町内事業所アンケート（令和5年7月実施、回答者412人）によります。",
            "※No.4は4月～翌年3月の合計です（開通から1年間の入場者数は230万8,107人）。No.5は、町内宿泊施設の延べ宿泊数を実宿泊者数で除した値です。",
            "※No.7の基準値は、移住相談窓口の開設（令和2年4月）前のため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kokonoe_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 都農町 (宮崎県児湯郡): 令和5年度 事務事業評価シート
# --------------------------------------------------------------------------------------------

# Real (kanko-miyazaki.jp, ja.wikipedia 都農ワイン, tsunowine.com, iju.pref.miyazaki.lg.jp): 都農ワイン (a
# 第三セクター, 1994年設立, 平成8年開業), 年間23万本（750ミリリットル換算）, 宮崎県内一のぶどう産地, キャンベル・アーリー.
# Made up: the sheet, its date, 事業番号, 事業名, 課, money, every indicator, figure, target and note.
TN_MONEY = [
    ("事業費", 8420, 9150, 10380, 11200),
    ("うち一般財源", 4210, 4575, 5190, 5600),
    ("人件費（0.6人工）", 4680, 4710, 4790, 4800),
]
TN_ROWS = [
    ("活動指標", "県外商談会・物産展への出展回数", "回", 4, 6, 6, 7, "116.7%", 8),
    (
        "成果指標",
        "都農ワインの出荷本数",
        "千本（750ml換算）",
        208.4,
        215.9,
        225.0,
        219.3,
        "97.5%",
        230.0,
    ),
    ("成果指標", "町内ブロイラーの出荷羽数", "万羽", 412.6, 405.8, 420.0, 427.1, "101.7%", 430.0),
    ("成果指標", "ワイン用ぶどうの栽培面積", "ha", 10.2, 10.8, 11.5, 11.6, "100.9%", 12.5),
    ("成果指標", "ぶどう新規栽培者数（R3からの累計）", "人", 2, 3, 5, 4, "80.0%", 8),
]


def tsuno() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 34, 15, 9, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 9, "令和6年7月作成　都農町", align="right")
    r = 4
    _span(ws, r, 1, 1, "事業番号", header=True)
    _span(ws, r, 2, 2, "4-2-03", align="left")
    _span(ws, r, 3, 3, "担当課", header=True)
    _span(ws, r, 4, 9, "農林振興課", align="left")
    ws.row_dimensions[r].height = 20
    r = _fields(
        ws,
        r + 1,
        [
            ("事務事業名", "ぶどう・ワイン産地づくりと農畜産物ブランド化推進事業", None),
            ("総合計画の\n位置付け", "基本目標4　農の都（みやこ）つのの産業をそだてる", None),
            ("事業期間", "令和3年度～令和7年度", None),
            (
                "事業の目的",
                "宮崎県内一のぶどう産地である本町で、ワイン用・生食用ぶどうの生産を維持し、都農ワイン（平成8年開業の第三セクター）や"
                "町産ブロイラーなど農畜産物の付加価値を高め、農家所得の向上を図る。",
                42,
            ),
        ],
        (1, 1),
        (2, 9),
    )
    _text(ws, r + 1, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    h = r + 2
    for j, word in enumerate(["区分", "", "R3決算", "R4決算", "R5決算", "R6予算"]):
        if j == 1:
            continue
        c = 1 if j == 0 else j + 1
        _put(ws, h, c, word, header=True)
    _merge(ws, h, 1, h, 2)
    _span(ws, h, 7, 9, "備考", header=True)
    r = h + 1
    for label, *vals in TN_MONEY:
        _span(ws, r, 1, 2, label)
        _vals(ws, r, 3, vals)
        _span(ws, r, 7, 9, "")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　事業の指標", bold=True, size=11)
    h = r + 2
    for c, word in enumerate(
        ["区分", "指標名", "単位", "R3実績", "R4実績", "R5目標", "R5実績", "達成率", "R7目標"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for kind, name, unit, *vals, rate, last in TN_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center", size=8 if len(unit) > 4 else 9)
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, rate, align="right")
        _vals(ws, r, 9, [last])
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成率＝R5実績÷R5目標。",
            "※ワインの出荷本数は、360ml・1,500mlなどの製品も750mlに換算した本数です（都農ワイン調べ）。",
            "※ブロイラーの出荷羽数は、町内の農場から出荷された羽数です（4月～翌年3月）。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r = _fields(
        ws,
        r + 1,
        [
            ("成果指標の\n達成状況", "成果指標4項目のうち2項目で目標を達成", 24),
            ("今後の方向性", "■継続　□拡充　□縮小　□廃止", None),
            (
                "評価の理由",
                "ワインの出荷本数は前年度を上回ったものの、夏季の長雨でキャンベル・アーリーの収量が落ち、目標に届かなかった。"
                "新規栽培者の確保に向け、令和6年度から苗木購入の助成を拡充する。",
                36,
            ),
        ],
        (1, 1),
        (2, 9),
    )
    _page(ws, "portrait")
    path = SOURCE / "tsuno_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日南町 (鳥取県日野郡): 日南町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 2022-10-17 by 日南町役場農林課; town.nichinan.lg.jp; mori-zukuri.jp; rinseinews.com; 林野庁 report):
# 人口4,188人, 高齢化率53.1% (令和4年7月末), 約340㎢ の約9割が森林, 素材生産量 県の約1/3 (年間12万立米), the
# 日野川の森林 木材団地 (平成19年4月), にちなん中国山地林業アカデミー (町営, 令和元年度開校; 令和4年3月 第3期生13名,
# うち町内4名), FSC. Made up: the sheet, 施策 number and wording, 関係課, money, every KPI, figure, grade and note.
NC_ROWS = [
    ("1", "町内の素材生産量", "万立米", 10.8, 11.9, 12.3, 12.0, "年間15万立米", "A"),
    (
        "2",
        "林業従事者1人1日当たりの素材生産量（労働生産性）",
        "立米/人日",
        5.2,
        5.9,
        6.4,
        6.0,
        7.0,
        "A",
    ),
    ("3", "FSC認証材の出荷量", "千立米", 18.5, 24.2, 26.8, 30.0, 40.0, "B"),
    (
        "4",
        "にちなん中国山地林業アカデミー修了生の町内就業者数（累計）",
        "人",
        "―",
        9,
        13,
        14,
        20,
        "B",
    ),
]


def nichinan() -> Path:
    wb, ws = _sheet("施策評価", [6, 40, 10, 11, 10, 10, 10, 13, 7])
    _text(ws, 1, 1, "日南町総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年9月　日南町", align="right")
    r = 4
    for l1, v1, l2, v2 in [
        ("施策", "3-1　森林資源を活かした循環型林業の推進", "主管課", "農林課"),
        ("施策の事業費（R5決算・千円）", 96840, "関係課", "企画課、建設課"),
    ]:
        _put(ws, r, 1, None, header=True)
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "町の概況", header=True)
    _span(
        ws,
        r,
        3,
        9,
        "人口4,188人、高齢化率53.1％（令和4年7月末住民基本台帳）。町面積約340㎢の約9割を森林が占め、"
        "素材生産量は鳥取県全体の約1/3にあたる。",
        align="left",
    )
    ws.row_dimensions[r].height = 30
    r += 2
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    _text(
        ws,
        r + 1,
        1,
        "評価　A：R5目標を達成　B：R5目標の8割以上　C：R5目標の8割未満",
        size=8,
    )
    h = r + 2
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値\n（H30）",
            "R4実績",
            "R5実績",
            "R5目標",
            "目標値\n（R7）",
            "評価",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, *vals, grade in NC_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r,
        [
            "※立米（りゅうべい）は立方メートル（㎥）です。No.1は「日野川の森林 木材団地」（平成19年4月開設）の原木取扱量を含みます。",
            "※No.2は、町内林業事業体の作業日報（延べ作業人日）から算出しています。",
            "※No.4の基準値は、アカデミー開校（令和元年度）前のため「―」。令和4年3月修了の第3期生13名のうち4名が町内に就業しました。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    r += 1
    for label, value in [
        ("成果指標の状況", "成果指標4項目のうち、A評価2項目、B評価2項目"),
        ("施策の評価", "B（概ね順調）"),
    ]:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "nichinan_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇多津町 (香川県綾歌郡): 宇多津町総合計画 後期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.utazu.lg.jp 町長あいさつ, www5.cao.go.jp コラム, tabi-mag.jp): 面積8.10k㎡ (県内で最も小さな町), 約1万8千人,
# 昭和47年の塩田廃止, 新宇多津都市, 令和2年の四国水族館, 入浜式の復元塩田 (900平方メートル), 令和2年国勢調査で初の人口減少.
# Made up: the page, its date and 課, the 基本目標 and 施策 wording, every indicator, figure, target and note.
UT_ROW = tuple[str, str, str, str, str, str, str]
UT_TABLES: list[tuple[str, list[tuple[str, str, list[UT_ROW]]]]] = [
    (
        "基本目標2　にぎわいと交流のまち",
        [
            (
                "2-1",
                "臨海部のにぎわいづくり",
                [
                    (
                        "臨海部（塩田跡地）の未利用地のうち活用された面積",
                        "千㎡",
                        "38.5",
                        "46.2",
                        "50.0",
                        "52.4",
                        "60.0",
                    ),
                    (
                        "復元塩田（900㎡）での塩づくり体験者数",
                        "人",
                        "3,120",
                        "2,480",
                        "3,500",
                        "3,210",
                        "4,000",
                    ),
                    ("うたづ臨海公園でのイベント開催日数", "日/年", "42", "35", "50", "56", "60"),
                ],
            )
        ],
    ),
    (
        "基本目標3　健やかに暮らせるまち",
        [
            (
                "3-2",
                "健康づくりの推進",
                [
                    (
                        "40～64歳の町民の1日平均歩数",
                        "歩/日",
                        "6,850",
                        "7,020",
                        "7,500",
                        "7,140",
                        "8,000",
                    ),
                ],
            )
        ],
    ),
]

UT_HEAD = """<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">現状値<br>（R元）</th><th rowspan="2" scope="col">R4<br>実績</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">目標値<br>（R7）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""


def utazu_html() -> str:
    parts = []
    for goal, measures in UT_TABLES:
        rows = []
        for no, measure, inds in measures:
            for k, (name, unit, *vals) in enumerate(inds):
                span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
                head = f'<th{span} scope="row">{no}<br>{measure}</th>' if k == 0 else ""
                rows.append(
                    f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{UT_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>宇多津町総合計画 後期基本計画 成果指標の進捗状況（令和5年度） - 宇多津町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"] {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・行政評価 &gt; 総合計画</p>
<h1>宇多津町総合計画 後期基本計画 成果指標の進捗状況（令和5年度）</h1>
<p>更新日：令和6年10月1日　政策課</p>
<p>本町は面積8.10k㎡と県内で最も小さな町で、約1万8千人が暮らしています。昭和47年に塩田が廃止された後、その跡地は新宇多津都市として整備され、令和2年には四国水族館が開館しました。一方、令和2年の国勢調査では初めて人口が減少に転じました。</p>
<p>後期基本計画に掲げた成果指標について、令和5年度の実績を取りまとめました。</p>
{tables}
<p>※未利用地の面積は、新宇多津都市の町有地・民有地のうち未利用地（令和元年度末 約12.4ha）を対象としています。</p>
<p>※イベント開催日数は、うたづ臨海公園で町または観光協会が主催・後援したイベントの延べ開催日数です（雨天中止の日を除く）。</p>
<p>※1日平均歩数は、健康ポイント事業の参加者（令和5年度 612人）の歩数計のデータによります。</p>
<p>※四国水族館の入館者数は県の観光客動態調査で把握しており、この表には含めていません。</p>
</body>
</html>
"""


def utazu() -> Path:
    path = HERE / "utazu_seika_shihyo_r5.html"
    path.write_bytes(utazu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kokonoe, tsuno, nichinan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {utazu().name}")


if __name__ == "__main__":
    main()
