"""Build the built documents of forms13/ (hand-written HTML, openpyxl, LibreOffice).

Run from anywhere: ``/work/venv/bin/python build.py``. It writes

* ``source/tonami_seika_shihyo_r1.xlsx``, a sheet in the manner of 砺波市 (富山県)
  「第2次砺波市総合計画 前期基本計画 成果指標の進捗状況」 (a count table by 進捗状況, then a
  list whose latest value carries its own 時点 in a column of its own, 年 or 年度 by row), and
  from it ``tonami_seika_shihyo_r1.pdf``;
* ``source/shioya_kouka_kensho_h27.xlsx``, a sheet in the manner of 塩谷町 (栃木県)
  「平成27年度 地方創生事業 効果検証シート」 (key-value fields, then a KPI grid whose
  ``H27年度（目標／実績）`` cells hold two numbers each), and from it
  ``shioya_kouka_kensho_h27.pdf``;
* ``source/koryo_kpi_kensho_r2.xlsx``, a sheet in the manner of 広陵町 (奈良県)
  「広陵町まち・ひと・しごと創生総合戦略 効果検証シート」 (three labelled rows per KPI,
  目標値 / 実績値 / 評価, under 策定時 and H28年度 … R3年度), and from it
  ``koryo_kpi_kensho_r2.pdf``;
* ``kurume_suchi_mokuhyo_h29.html``, a page in the manner of 久留米市 (福岡県)
  「地方創生総合戦略 数値目標の達成状況」 (the year's target in brackets inside the actual
  cell, a prose 31年度目標値, baselines dated in their cells).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# The data below are the forms' Japanese cells; splitting them would hurt reading.
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms13/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms13/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _page(ws, orientation: str, header: str = "", footer: str = "") -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if header:
        ws.oddHeader.left.text = header
        ws.oddHeader.left.font = FONT
        ws.oddHeader.left.size = 9
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.font = FONT
        ws.oddFooter.center.size = 9


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
    with tempfile.TemporaryDirectory(prefix="forms13_soffice_") as tmp:
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
# 砺波市 (富山県): 第2次砺波市総合計画 前期基本計画 成果指標の進捗状況 — 直近値の時点が列に
# --------------------------------------------------------------------------------------------

# (区分, 内容, 指標数): the count table. 93 / 18 / 32 / 38 are the city's; 5 is what is left.
TONAMI_COUNTS = [
    ("達成", "目標値を達成したもの", 18),
    ("順調", "目標値の達成に向け順調に推移しているもの", 32),
    ("要努力", "目標値との開きがあり、一層の努力を要するもの", 38),
    ("その他", "実績値が未確定のもの等", 5),
    ("合計", "", 93),
]

# 施策 (merged down its rows) and its rows:
# (No., 成果指標, 単位, 策定時（H27）, 直近値, 直近値の時点, 前期目標値（R3）, 進捗状況)
TONAMI_ROWS = [
    (
        "1-1　定住・移住の促進",
        [
            (1, "転入者数", "人", 1482, 1807, "R1年", 1600, "達成"),
            (2, "転出者数", "人", 1633, 1702, "R1年", 1500, "要努力"),
            (3, "空き家情報バンク登録物件数（累計）", "件", 12, 86, "R1年度", 100, "順調"),
        ],
    ),
    (
        "2-1　農業の振興",
        [
            (4, "タマネギ出荷量", "t", 1520, 2105, "R1年度", 2000, "達成"),
            (5, "チューリップ球根出荷量", "万球", 1100, 820, "R1年度", 1150, "要努力"),
        ],
    ),
    (
        "3-1　子育て支援の充実",
        [(6, "出生数", "人", 412, 356, "R1年", 420, "要努力")],
    ),
    (
        "4-2　生涯学習の推進",
        [(7, "図書館の年間貸出冊数", "冊", 531200, 548900, "R1年度", 560000, "順調")],
    ),
]


def tonami() -> Path:
    wb, ws = _sheet("成果指標の進捗状況", [5, 17, 34, 7, 11, 11, 10, 12, 10])
    _text(
        ws,
        1,
        1,
        "第2次砺波市総合計画　前期基本計画　成果指標の進捗状況（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 1, 9, "令和2年10月5日", align="right")
    _text(ws, 2, 9, "砺波市総合計画審議会　資料2", align="right")
    _text(ws, 3, 1, "計画期間：平成29年度～令和8年度（前期基本計画：平成29年度～令和3年度）")

    _text(ws, 5, 1, "１　成果指標の進捗状況（総括）", bold=True, size=10)
    _put(ws, 6, 2, "区分", header=True)
    _put(ws, 6, 3, "内容", header=True)
    _put(ws, 6, 4, "指標数", header=True)
    for i, (word, text, count) in enumerate(TONAMI_COUNTS):
        r = 7 + i
        _put(ws, r, 2, word, align="center")
        _put(ws, r, 3, text)
        _put(ws, r, 4, count)

    _text(ws, 13, 1, "２　主な成果指標の状況", bold=True, size=10)
    heads = [
        "No.",
        "施策",
        "成果指標",
        "単位",
        "策定時\n（H27）",
        "直近値",
        "直近値の\n時点",
        "前期目標値\n（R3）",
        "進捗状況",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 14, c, word, header=True)
    ws.row_dimensions[14].height = 28
    r = 15
    for measure, rows in TONAMI_ROWS:
        first = r
        for no, name, unit, base, latest, when, target, mark in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, measure if r == first else None)
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _put(ws, r, 5, base)
            _put(ws, r, 6, latest)
            _put(ws, r, 7, when, align="center")
            _put(ws, r, 8, target)
            _put(ws, r, 9, mark, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
        if r - 1 > first:
            _merge(ws, first, 2, r - 1, 2)
    notes = [
        "※直近値の時点欄の「年」は暦年（1月～12月）、「年度」は会計年度（4月～3月）の数値です。",
        "※進捗状況は、令和元年度末までに把握した直近値により判定しています（達成・順調・要努力・その他）。",
        "※成果指標93指標のうち、主なものを掲載しています。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "tonami_seika_shihyo_r1.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 塩谷町 (栃木県): 平成27年度 地方創生事業 効果検証シート — 目標／実績を一つのセルに
# --------------------------------------------------------------------------------------------

SHIOYA_PROGRAM = "高校生の通学事情改善と地域住民の交通利便性向上のための新たな地域交通システム事業"
SHIOYA_OUTLINE = (
    "本町は鉄道駅がなく、民間の委託運行バス及び路線バスが運行され、別の手段としてデマンドワゴンを"
    "無料で試験運用しているが、高齢者向けに限定しており、公共交通を利用できない町民も多い。"
    "交通利便性の低さは町外への人口流出に直結していることから、高校生の通学と住民の日常の移動を"
    "支える新たな地域交通システムを構築する。"
)

# (KPI, 単位, 事業開始前（H27.3）, H27年度（目標／実績）, H28年度目標, H29年度目標, 達成率（H27）)
SHIOYA_KPIS = [
    ("①デマンド交通の年間利用者数", "人", 4820, "6,000 ／ 5,214", 7000, 8000, "86.9%"),
    ("②通学に公共交通を利用する高校生数", "人", 35, "50 ／ 41", 60, 70, "82.0%"),
    ("③デマンド交通の利用登録者数", "人", 1210, "1,500 ／ 1,532", 1800, 2000, "102.1%"),
    ("④公共交通に満足している町民の割合", "％", 22.4, "25.0 ／ ―", 30.0, 35.0, "―"),
    ("⑤路線バス運行に係る町負担額の削減", "千円", 18300, "17,000 ／ 17,450", 16000, 15000, "97.4%"),
]


def shioya() -> Path:
    wb, ws = _sheet("効果検証シート", [32, 7, 12, 17, 11, 11, 11])
    _text(ws, 1, 1, "平成27年度　地方創生事業　効果検証シート", bold=True, size=13)
    _text(ws, 1, 7, "塩谷町", align="right", size=10)

    def field(row: int, key: str, value: str, c2: int = 7) -> None:
        _put(ws, row, 1, key, header=True)
        _put(ws, row, 2, value)
        _merge(ws, row, 2, row, c2)

    field(3, "事業名", SHIOYA_PROGRAM)
    field(4, "交付金の種類", "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）")
    _put(ws, 5, 1, "担当課", header=True)
    _put(ws, 5, 2, "企画調整課")
    _merge(ws, 5, 2, 5, 3)
    _put(ws, 5, 4, "事業費", header=True)
    _put(ws, 5, 5, "12,480千円")
    _merge(ws, 5, 5, 5, 7)
    field(6, "検証機関", "塩谷町総合戦略等策定委員会幹事会（平成28年3月）")
    for r in (3, 4, 5, 6):
        ws.row_dimensions[r].height = 20

    _text(ws, 8, 1, "１　事業の概要", bold=True, size=10)
    _put(ws, 9, 1, SHIOYA_OUTLINE)
    _merge(ws, 9, 1, 10, 7)
    ws.row_dimensions[9].height = 30
    ws.row_dimensions[10].height = 30

    _text(ws, 12, 1, "２　重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    heads = [
        "KPI",
        "単位",
        "事業開始前\n（H27.3）",
        "H27年度\n（目標／実績）",
        "H28年度\n目標",
        "H29年度\n目標",
        "達成率\n（H27）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 13, c, word, header=True)
    ws.row_dimensions[13].height = 30
    for i, (name, unit, base, pair, t28, t29, rate) in enumerate(SHIOYA_KPIS):
        r = 14 + i
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base)
        _put(ws, r, 4, pair, align="center")
        _put(ws, r, 5, t28)
        _put(ws, r, 6, t29)
        _put(ws, r, 7, rate, align="right")
        ws.row_dimensions[r].height = 22
    _text(ws, 19, 1, "※④は隔年実施の町民意識調査による（次回調査は平成28年度）。", size=8)
    _text(ws, 20, 1, "※達成率は、H27実績値÷H27目標値（⑤はH27目標値÷H27実績値）。", size=8)

    _text(ws, 22, 1, "３　評価", bold=True, size=10)
    _put(ws, 23, 1, "総合評価", header=True)
    _put(ws, 23, 2, "B", align="center")
    _put(ws, 23, 3, "今後の方針", header=True)
    _put(ws, 23, 4, "事業の継続")
    _merge(ws, 23, 4, 23, 7)
    _put(ws, 24, 1, "幹事会の意見", header=True)
    _put(
        ws,
        24,
        2,
        "初年度であったこともありKPIは達成しきれていない。登録者は目標を上回ったが、利用に結び付けるための周知と運行ダイヤの見直しが必要である。",
    )
    _merge(ws, 24, 2, 25, 7)
    ws.row_dimensions[24].height = 22
    ws.row_dimensions[25].height = 22
    _page(ws, "portrait")
    out = SOURCE / "shioya_kouka_kensho_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 広陵町 (奈良県): まち・ひと・しごと創生総合戦略 効果検証シート — 目標値・実績値・評価の三段
# --------------------------------------------------------------------------------------------

KORYO_YEARS = ["H28年度", "H29年度", "H30年度", "R1年度", "R2年度", "R3年度"]

# (No., KPI, 単位, 策定時, 目標値 ×6, 実績値 ×6 ("" blank), 評価 ×6, 担当課)
KORYO_KPIS = [
    (
        1,
        "転入者数",
        "人",
        1012,
        [1050, 1080, 1100, 1120, 1140, 1160],
        [1031, 1058, 1044, 1126, "", ""],
        ["B", "B", "B", "A", "", ""],
        "企画政策課",
    ),
    (
        2,
        "環境保全の状況に関する町民の満足度",
        "％",
        61.5,
        [65.0, 66.0, 67.0, 68.0, 69.0, 70.0],
        ["－", 63.0, "－", 60.8, "", ""],
        ["－", "B", "－", "D", "", ""],
        "環境政策課",
    ),
    (
        3,
        "竹取公園の年間利用者数",
        "千人",
        182,
        [185, 190, 195, 200, 205, 210],
        [179, 188, 196, 171, "", ""],
        ["C", "B", "A", "D", "", ""],
        "都市整備課",
    ),
    (
        4,
        "空き家バンク登録件数（累計）",
        "件",
        0,
        [3, 6, 9, 12, 15, 18],
        [2, 5, 9, 12, "", ""],
        ["B", "B", "A", "A", "", ""],
        "企画政策課",
    ),
    (
        5,
        "自主防災組織の結成率",
        "％",
        72.3,
        [75.0, 78.0, 81.0, 84.0, 87.0, 90.0],
        [74.1, 78.5, 80.2, 82.6, "", ""],
        ["B", "A", "B", "B", "", ""],
        "安全安心課",
    ),
]


def koryo() -> Path:
    wb, ws = _sheet("効果検証シート", [5, 30, 6, 8, 9, 9, 9, 9, 9, 9, 9, 12])
    _text(ws, 1, 1, "広陵町まち・ひと・しごと創生総合戦略　効果検証シート", bold=True, size=13)
    _text(ws, 1, 12, "資料1", align="right", size=10)
    _text(ws, 2, 12, "令和2年10月　広陵町", align="right")
    _text(ws, 4, 1, "<基本目標1>　住み続けたくなるまちづくり", bold=True, size=11)
    _text(ws, 5, 1, "重要業績評価指標（KPI）の進捗状況", bold=True, size=10)
    heads = ["No.", "重要業績評価指標（KPI）", "単位", "区分", "策定時", *KORYO_YEARS, "担当課"]
    for c, word in enumerate(heads, start=1):
        _put(ws, 6, c, word, header=True)
    ws.row_dimensions[6].height = 20
    r = 7
    for no, name, unit, base, targets, actuals, grades, dept in KORYO_KPIS:
        fmt = "0.0" if isinstance(base, float) else "#,##0"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 5, base, fmt=fmt)
        _put(ws, r, 12, dept, align="center")
        for k, word in enumerate(("目標値", "実績値", "評価")):
            _put(ws, r + k, 4, word, align="center")
        for j in range(6):
            _put(ws, r, 6 + j, targets[j], fmt=fmt)
            _put(
                ws,
                r + 1,
                6 + j,
                actuals[j],
                fmt=fmt,
                align="center" if actuals[j] == "－" else None,
            )
            _put(ws, r + 2, 6 + j, grades[j], align="center")
        for c in (1, 2, 3, 5, 12):
            _merge(ws, r, c, r + 2, c)
        for k in range(3):
            ws.row_dimensions[r + k].height = 16
        r += 3
    notes = [
        "評価　A：目標値を達成　B：策定時より改善　C：策定時と同程度（±3％以内）　D：策定時より悪化　－：実績値なし",
        "※R2年度の実績値は、令和3年度に把握します。",
        "※②は隔年実施の町民アンケートによる数値です。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "koryo_kpi_kensho_r2.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 久留米市 (福岡県): 地方創生総合戦略 数値目標の達成状況 — 実績値の括弧に当年度の目標値
# --------------------------------------------------------------------------------------------

# (指標, 数値目標, 基準値, 31年度目標値, 実績値（29年度目標値）, 評価区分) per 基本目標.
KURUME_GOALS = [
    (
        "（1）安定した雇用を創出する",
        [
            (
                "新規雇用者数",
                "基準年を上回る新規雇用者数を創出",
                "16,507人（26年度）",
                "基準値を上回る",
                "17,861人（16,507人）",
                "A",
            ),
            (
                "市内の大学などの新卒者の市内企業への就職率",
                "市内の大学などの新卒者の市内企業への就職率を17%にする",
                "12.1%（26年度）",
                "17.0%",
                "9.6%（15.0%）",
                "B",
            ),
        ],
    ),
    (
        "（2）久留米市への新しい人の流れをつくる",
        [
            (
                "大都市圏への転出超過数の抑制",
                "大都市圏への転出超過を550人に抑制",
                "650人（24～26年度平均）",
                "550人",
                "612人（590人）",
                "B",
            ),
            (
                "年間観光客数",
                "年間観光客数を600万人にする",
                "527万人（26年）",
                "600万人",
                "561万人（570万人）",
                "B",
            ),
        ],
    ),
    (
        "（3）結婚・妊娠・出産・子育ての希望をかなえる",
        [
            (
                "合計特殊出生率",
                "合計特殊出生率を1.60に引き上げる",
                "1.55（25年）",
                "1.60",
                "1.58（1.58）",
                "A",
            ),
        ],
    ),
]


def kurume_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>久留米市地方創生総合戦略 数値目標の達成状況（平成29年度実績）</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>久留米市地方創生総合戦略　数値目標の達成状況（平成29年度実績）</h1>",
        "<p>平成30年10月1日　久留米市 創生戦略推進室</p>",
        "<p>総合戦略の期間は、27年度から31年度までの5年間です。五つの基本目標に、七つの数値目標を設定しています。</p>",
        "<h2>数値目標の達成状況</h2>",
    ]
    for heading, rows in KURUME_GOALS:
        parts.append(f"<h3>{heading}</h3>")
        parts.append("<table>")
        parts.append(
            "<thead><tr><th>指標</th><th>数値目標</th><th>基準値</th><th>31年度目標値</th>"
            "<th>実績値<br>（29年度目標値）</th><th>評価区分</th></tr></thead>"
        )
        parts.append("<tbody>")
        for name, goal, base, target, actual, grade in rows:
            parts.append(
                f'<tr><td>{name}</td><td>{goal}</td><td class="num">{base}</td>'
                f'<td class="num">{target}</td><td class="num">{actual}</td>'
                f'<td style="text-align: center">{grade}</td></tr>'
            )
        parts.append("</tbody>")
        parts.append("</table>")
    parts += [
        "<p>※評価区分は、地方創生総合戦略検証会議（平成30年9月18日）に報告したものです。</p>",
        "<p>※基本目標（4）（5）の数値目標は、ここでは省略しています。</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def kurume() -> Path:
    out = HERE / "kurume_suchi_mokuhyo_h29.html"
    out.write_text(kurume_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tonami, shioya, koryo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kurume().name}")


if __name__ == "__main__":
    main()
