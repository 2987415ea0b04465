"""Build the built documents of forms34/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/otsuki_jigohyoka_h28.xlsx``, a sheet in the manner of 大月市 (山梨県) 行政評価（事務事業）
  事後評価シート (目標 / 実績 / 達成率 rows per indicator under H24年度 … H28年度, ``-`` before an
  indicator was set, a 千件 unit), and from it ``otsuki_jigohyoka_h28.pdf``;
* ``source/kasama_shisaku_hyoka_h26.xlsx``, a sheet in the manner of 笠間市 (茨城県) 施策評価シート
  (目標指標1 市民実感度指標 / 目標指標2 数値指標, 前年度比 words, a 達成度 column, a cost table in 千円),
  and from it ``kasama_shisaku_hyoka_h26.pdf``;
* ``source/okoppe_jimujigyo_h30.xlsx``, a sheet in the manner of 興部町 (北海道紋別郡) 事務事業評価
  (活動 / 成果 indicators, 以上 / 以下 / range targets, the previous year's actual right of the
  current one, 評価点 scores and 一次 / 二次 / 総合評価), and from it ``okoppe_jimujigyo_h30.pdf``;
* ``kazuno_kpi_kensho_h28.html``, a page in the manner of 鹿角市 (秋田県) 総合戦略 KPI の検証
  (基本目標 rows spanning the table, 万人, 累計 target, 見込 value in an 実績 column, 事業費 column).

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
    wb.properties.creator = "forms34/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms34/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms34_soffice_") as tmp:
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
# 大月市 (山梨県): 行政評価（事務事業）事後評価シート — 指標ごとに 目標 / 実績 / 達成率 の三行、H24〜H28年度
# --------------------------------------------------------------------------------------------

# Real (the city's 平成28年度事後評価シート, 様式第1号 №1, 1-1-1): the title, 様式第1号 №1, the grid
# 単位 | H24年度 … H28年度 with rows 目 標 / 実 績 / 達成率, the first indicator's `-` … 50 / 65 / 130 (%).
# Made up: the indicator names, the other three indicators, the 事業名, 担当課, 事業費, the notes.
OTSUKI_YEARS = ["H24年度", "H25年度", "H26年度", "H27年度", "H28年度"]
OTSUKI_ROWS = [
    (
        "成果指標",
        "①広報紙が見やすいと感じる市民の割合",
        "%",
        ["-", "-", "-", "-", 50],
        ["-", "-", "-", "-", 65],
        ["-", "-", "-", "-", 130],
    ),
    (
        "成果指標",
        "②市ホームページの年間閲覧件数",
        "千件",
        ["-", "-", 400, 420, 450],
        [365, 388, 402, 431, 447],
        ["-", "-", 100.5, 102.6, 99.3],
    ),
    (
        "活動指標",
        "③広報紙の発行回数",
        "回",
        [12, 12, 12, 12, 12],
        [12, 12, 12, 12, 12],
        [100, 100, 100, 100, 100],
    ),
    (
        "活動指標",
        "④特集ページ数",
        "ページ",
        ["-", "-", "-", 48, 60],
        ["-", "-", "-", 52, 71],
        ["-", "-", "-", 108.3, 118.3],
    ),
]


def otsuki() -> Path:
    wb, ws = _sheet("事後評価", [9, 30, 8, 7, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "平成28年度事後評価シート　大月市行政評価（事務事業）", bold=True, size=13)
    _text(ws, 1, 9, "様式第1号　№1", align="right")
    _put(ws, 3, 1, "施策番号", header=True)
    _put(ws, 3, 2, "1-1-1", align="center")
    _put(ws, 3, 3, "事務事業名", header=True)
    _merge(ws, 3, 3, 3, 4)
    _span(ws, 3, 5, 9, "広報おおつき発行事業")
    _put(ws, 4, 1, "担当課", header=True)
    _put(ws, 4, 2, "秘書広報課", align="center")
    _put(ws, 4, 3, "事業費（千円）", header=True)
    _merge(ws, 4, 3, 4, 4)
    _span(ws, 4, 5, 9, 8412, align="left")
    _para(
        ws,
        5,
        1,
        9,
        "目　標：市民が知りたい情報をわかりやすく簡潔に伝えられるよう努めます。迅速に正確な内容を伝えられるよう、簡潔で分かりやすい表現を工夫し無駄を省きます。",
        30,
        border=True,
    )
    _text(ws, 7, 1, "３　指標の推移", bold=True, size=10)
    heads = ["区分", "指標名", "項目", "単位", *OTSUKI_YEARS]
    for c, h in enumerate(heads, start=1):
        _put(ws, 8, c, h, header=True)
    ws.row_dimensions[8].height = 20
    r = 9
    for kind, name, unit, target, actual, rate in OTSUKI_ROWS:
        for i, (label, vals) in enumerate(
            (("目　標", target), ("実　績", actual), ("達成率", rate))
        ):
            _put(ws, r + i, 1, kind if i == 0 else None, align="center")
            _put(ws, r + i, 2, name if i == 0 else None)
            _put(ws, r + i, 3, label, align="center")
            _put(ws, r + i, 4, "%" if label == "達成率" else unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r + i, 5 + j, v, align="right" if v == "-" else None)
            ws.row_dimensions[r + i].height = 17
        _merge(ws, r, 2, r + 2, 2)
        r += 3
    _merge(ws, 9, 1, 14, 1)
    _merge(ws, 15, 1, 20, 1)
    _text(ws, r, 1, "※達成率（%）＝実績÷目標×100。「-」は指標を設定する前の年度。", size=8)
    _text(ws, r + 1, 1, "※閲覧件数は千件単位（千件未満切捨て）。事業費は平成28年度決算額。", size=8)
    _para(
        ws,
        r + 3,
        1,
        9,
        "取組実績：年間を通して固定ページを増強（よりタイムリーなテーマでの毎月の特集、カラーページを追加）し、見やすさと重点的な業務案内に努めた。",
        30,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "otsuki_jigohyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 笠間市 (茨城県): 施策評価シート — 目標指標1（市民実感度指標）/ 目標指標2（数値指標）、前年度比の語、達成度
# --------------------------------------------------------------------------------------------

# Real (the city's 施策評価結果 pages): 施策評価シート, 目標指標1 / 目標指標2, 市民実感度指標 and 数値指標,
# 数値指標における達成度, the words 向上 / 変わりがない / 低下 against the previous year, the 施策 交通安全.
# Made up: the 政策 wording, 主担当課, every indicator name and figure, the cost table, the notes.
KASAMA_ROWS = [
    (
        "目標指標1\n（市民実感度指標）",
        "交通安全対策に満足している市民の割合",
        "％",
        38.2,
        40.1,
        42.6,
        "向上",
        50.0,
        "37.3%",
    ),
    (
        "目標指標1\n（市民実感度指標）",
        "歩道が安全に歩けると感じる市民の割合",
        "％",
        29.5,
        31.0,
        31.0,
        "変わりがない",
        40.0,
        "14.3%",
    ),
    ("目標指標2\n（数値指標）", "人身交通事故発生件数", "件", 412, 371, 356, "向上", 330, "68.3%"),
    (
        "目標指標2\n（数値指標）",
        "交通安全教室の参加者数",
        "人",
        2850,
        3120,
        2980,
        "低下",
        3500,
        "20.0%",
    ),
    ("目標指標2\n（数値指標）", "高齢者運転免許自主返納者数", "人", "―", 98, 126, "向上", 150, "―"),
]


def kasama() -> Path:
    wb, ws = _sheet("施策評価", [14, 30, 6, 10, 9, 9, 10, 10, 9])
    _text(ws, 1, 1, "平成26年度　施策評価シート（平成25年度実績）", bold=True, size=13)
    _text(ws, 1, 9, "笠間市", align="right")
    fields = [
        ("政策", "安全で安心して暮らせるまちづくり"),
        ("施策", "交通安全"),
        ("主担当課", "交通防災課"),
        ("施策目標", "交通ルールとマナーが守られ、交通事故のない安全なまちをつくる。"),
    ]
    r = 3
    for k, v in fields:
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 9, v)
        r += 1
    r += 1
    _text(ws, r, 1, "１　目標指標の推移", bold=True, size=10)
    r += 1
    heads = [
        "目標指標",
        "指標名",
        "単位",
        "基準値\n（H22）",
        "H24実績",
        "H25実績",
        "前年度比",
        "目標値\n（H27）",
        "達成度",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    first = r
    for kind, name, unit, base, a24, a25, cmp_, target, degree in KASAMA_ROWS:
        _put(ws, r, 1, kind, align="center", size=8)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip((4, 5, 6), (base, a24, a25), strict=True):
            _put(ws, r, c, v, align="center" if v == "―" else None)
        _put(ws, r, 7, cmp_, align="center", size=8)
        _put(ws, r, 8, target)
        _put(ws, r, 9, degree, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 4, 1)
    _text(
        ws,
        r,
        1,
        "※前年度比：H24実績と比べて「向上」「変わりがない」「低下」。事故件数は減少を向上とする。",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※達成度＝（H25実績－基準値）÷（目標値－基準値）。市民実感度指標は市民実感度調査による。",
        size=8,
    )
    r += 3
    _text(ws, r, 1, "２　施策のコスト（単位：千円）", bold=True, size=10)
    r += 1
    for c, h in enumerate(["区分", "H24決算", "H25決算"], start=1):
        _put(ws, r, c, h, header=True)
    for i, (k, a, b) in enumerate(
        (("事業費", 45210, 47388), ("人件費", 18600, 18950), ("合計", 63810, 66338))
    ):
        _put(ws, r + 1 + i, 1, k, align="center")
        _put(ws, r + 1 + i, 2, a)
        _put(ws, r + 1 + i, 3, b)
    _page(ws, "portrait")
    path = SOURCE / "kasama_shisaku_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 興部町 (北海道): 事務事業評価シート — 活動 / 成果、以上・以下・幅のある目標、前年度実績が右、評価点
# --------------------------------------------------------------------------------------------

# Real (the town's 平成30年度 事務事業評価 page): 平成28年度に実施した事務事業, 第五期興部町総合計画の実施計画,
# 企画財政課 企画係, the criteria 妥当性・経済性・必要性・代替性・事業の達成度, 一次評価 / 二次評価 / 総合評価.
# Made up: the sheet's layout, the 事業, every indicator and figure, the scores and words.
OKOPPE_ROWS = [
    ("活動", "移住相談会への出展回数", "回", 6, 7, 5, 5),
    ("活動", "お試し暮らし住宅の利用組数", "組", "10以上", 12, 9, 4),
    ("成果", "移住者数", "人", 20, 14, 11, 3),
    ("成果", "空き家バンク登録物件の成約率", "％", "40.0～50.0", 35.3, "―", 2),
    ("成果", "転出超過数の抑制", "人", "30以下", 41, 52, 2),
]


def okoppe() -> Path:
    wb, ws = _sheet("事務事業評価", [14, 30, 6, 12, 11, 11, 11])
    _text(ws, 1, 1, "平成30年度　事務事業評価シート（平成28年度実施事業）", bold=True, size=13)
    _text(ws, 1, 7, "興部町", align="right")
    fields = [
        ("事務事業名", "移住定住促進事業"),
        ("担当課", "企画財政課"),
        ("担当係", "企画係"),
        ("計画の位置付け", "第五期興部町総合計画　実施計画登載事業"),
        ("事業費（千円）", "平成28年度決算　6,240　（うち一般財源　3,120）"),
    ]
    r = 3
    for k, v in fields:
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 7, v)
        r += 1
    r += 1
    _text(ws, r, 1, "２　事業の達成度（指標）", bold=True, size=10)
    r += 1
    heads = [
        "種類",
        "指標名",
        "単位",
        "目標値\n（H28）",
        "実績値\n（H28）",
        "実績値\n（H27）",
        "評価点\n（5点満点）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for kind, name, unit, target, a28, a27, score in OKOPPE_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, target, align="right")
        _put(ws, r, 5, a28, fmt="0.0" if isinstance(a28, float) else None)
        _put(ws, r, 6, a27, align="center" if a27 == "―" else None)
        _put(ws, r, 7, score, align="center", fmt="0")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        r,
        1,
        "※評価点　5：目標を大きく上回る　4：目標を達成　3：概ね達成　2：やや不十分　1：不十分",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    r += 1
    for c, h in enumerate(
        ["妥当性", "経済性", "必要性", "代替性", "達成度", "一次評価", "二次評価"], start=1
    ):
        _put(ws, r, c, h, header=True)
    for c, v in enumerate([4, 3, 5, 4, 3, "継続", "改善して継続"], start=1):
        _put(ws, r + 1, c, v, align="center", fmt="0")
    r += 2
    _put(ws, r, 1, "総合評価", header=True)
    _span(ws, r, 2, 7, "改善して継続（移住者数が目標に届かず、相談から移住までの支援を強化する。）")
    ws.row_dimensions[r].height = 22
    _page(ws, "portrait")
    path = SOURCE / "okoppe_jimujigyo_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鹿角市 (秋田県): 総合戦略 KPI の検証 — 基本目標の行が表を横切る、万人、累計目標、実績欄の見込、事業費
# --------------------------------------------------------------------------------------------

# Real (鹿角市まち・ひと・しごと創生総合戦略, 平成28年3月改訂): 基本目標1 笑顔あふれる雇用をつくる with
# (1)域外市場産業の活性化 / (3)産業人材の確保, 基本目標2 笑顔あふれる人の流れをつくる with
# (1)首都圏等からの移住の促進 / (2)都市ブランドの確立. Made up: the page, every KPI, figure and note.
KAZUNO_GROUPS = [
    (
        "基本目標1　笑顔あふれる雇用をつくる",
        [
            (
                "(1)域外市場産業の活性化",
                "企業誘致・増設による新規雇用者数",
                "人",
                "35",
                "42",
                "28",
                "累計200",
                "12,480",
            ),
            (
                "(1)域外市場産業の活性化",
                "観光入込客数",
                "万人",
                "237.4",
                "241.0",
                "238.6（見込）",
                "250",
                "8,950",
            ),
            ("(3)産業人材の確保", "新規就農者数", "人", "8", "11", "―", "10", "3,600"),
        ],
    ),
    (
        "基本目標2　笑顔あふれる人の流れをつくる",
        [
            (
                "(1)首都圏等からの移住の促進",
                "移住者数（相談窓口経由）",
                "人",
                "12",
                "19",
                "27",
                "30",
                "6,015",
            ),
            (
                "(2)都市ブランドの確立",
                "ふるさと納税寄附件数",
                "件",
                "1,520",
                "2,214",
                "3,608",
                "3,000",
                "41,300",
            ),
        ],
    ),
]


def kazuno_html() -> str:
    rows = []
    for goal, items in KAZUNO_GROUPS:
        rows.append(f'<tr><th colspan="8" class="goal">{goal}</th></tr>')
        for measure, kpi, unit, base, a27, a28, target, cost in items:
            rows.append(
                f'<tr><td>{measure}</td><td>{kpi}</td><td class="c">{unit}</td><td class="r">{base}</td>'
                f'<td class="r">{a27}</td><td class="r">{a28}</td><td class="r">{target}</td><td class="r">{cost}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>鹿角市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証（平成28年度実績）</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
th.goal {{ background: #f5f5f5; text-align: left; }}
td.c {{ text-align: center; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>鹿角市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証（平成28年度実績）</h1>
<p>～ 笑顔あふれる 元気な「かづの」を目指して ～　（平成29年8月　鹿角市総合戦略推進会議資料）</p>
<table>
<tr><th>具体的な施策</th><th>KPI</th><th>単位</th><th>基準値<br>（H26）</th><th>H27実績</th><th>H28実績</th><th>目標値<br>（H31）</th><th>H28事業費<br>（千円）</th></tr>
{body}
</table>
<p class="note">※観光入込客数のH28実績は速報による見込値。新規就農者数のH28実績は集計中。</p>
<p class="note">※新規雇用者数の目標値は平成27年度からの累計。</p>
<p>問い合わせ先：鹿角市 総務部 政策企画課</p>
</body>
</html>
"""


def kazuno() -> Path:
    path = HERE / "kazuno_kpi_kensho_h28.html"
    path.write_bytes(kazuno_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (otsuki, kasama, okoppe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kazuno().name}")


if __name__ == "__main__":
    main()
