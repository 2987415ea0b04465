"""Build the built documents of forms124/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/samukawa_shisaku_hyoka_h26.xlsx``, a 施策評価シート in the manner of 寒川町 (神奈川県): form fields
  (施策の名称 ``1-3-2``, 主管課等名, 関係課, 事業費 千円) over a grid with era-less years under 実績値 and
  目標値, a 千人 unit, a ``―`` actual, and a money table of the 施策's 事業; and the PDF;
* ``source/tsubame_senryaku_kpi_2021.xlsx``, a 総合戦略 KPI progress table in the manner of 燕市 (新潟県):
  ``戦略1　…`` rows across the grid, Western fiscal years, ``▲`` values with negative targets, a printed
  達成状況 that the numbers contradict, 千人; and the PDF;
* ``source/matsumoto_jimujigyo_h29.xlsx``, a 事務事業評価票 in the manner of 松本市 (長野県): form fields,
  a 区分 column of 活動指標/成果指標, era-less ``29年度目標``-style headers, a 達成度 column, a cost block
  with 人工 and a signed 前年度比; and the PDF;
* ``maebashi_saisei_jigo_hyoka_h21.html``, a 地域再生計画 事後評価 page in the manner of 前橋市 (群馬県):
  ``従前値 | 基準年度 | 目標値 | 目標年度 | 計画終了時値 | 基準年度`` with units in the cells, and a
  追跡調査 table.

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
    wb.properties.creator = "forms124/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms124/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms124_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 寒川町 (神奈川県高座郡): 平成26年度 外部評価対象施策評価シート 1-3-2 市街地整備の推進
# --------------------------------------------------------------------------------------------

# Real: 寒川町's 平成26年度 外部評価委員会 資料3 (外部評価対象施策評価シート及び実施事業管理票), the 施策
# 1-3-2 市街地整備の推進, its 主管課 寒川駅周辺整備事務所 and the four 事業 with their 課. Made up: the
# sheet's layout, the 目指す姿, every indicator, figure and amount.
SAMUKAWA = [
    (
        "1",
        "寒川駅北口地区土地区画整理事業の進捗率（事業費ベース）",
        "％",
        38.5,
        (45.2, 52.0, 58.6),
        (60.0, 80.0),
    ),
    ("2", "都市計画道路の整備率", "％", 61.2, (61.2, 62.0, 62.0), (63.5, 66.5)),
    ("3", "寒川駅の1日平均乗降客数", "千人", 22.4, (22.2, 22.5, 22.9), (22.8, 23.0)),
    ("4", "倉見地区まちづくり説明会等の参加者数（延べ）", "人", 120, (185, 240, "―"), (200, 250)),
    (
        "5",
        "市街地の住みやすさに満足している町民の割合",
        "％",
        52.3,
        (53.0, 55.1, 54.6),
        (56.0, 60.0),
    ),
]
SAMUKAWA_JIGYO = [
    ("寒川駅北口地区土地区画整理事業", "寒川駅周辺整備事務所", 1126480, 1204315),
    ("ツインシティ倉見地区整備事業", "倉見拠点づくり課", 38620, 52904),
    ("田端西地区まちづくり事業", "田端拠点づくり課", 12750, 21386),
    ("社会資本整備総合交付金事後評価分析事業", "企画政策課", 0, 6045),
]


def samukawa() -> Path:
    widths = [5, 36, 7, 11, 9, 9, 9, 9, 9]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成26年度　外部評価対象施策評価シート", bold=True, size=12)
    _text(ws, 2, 9, "資料3　寒川町外部評価委員会", align="right")
    fields = [
        ("施策の名称", "1-3-2　市街地整備の推進"),
        ("主管課等名", "寒川駅周辺整備事務所"),
        ("関係課", "倉見拠点づくり課、田端拠点づくり課、企画政策課"),
        (
            "施策の目指す姿",
            "駅周辺等の拠点整備により、にぎわいと利便性の高い市街地が形成されている。",
        ),
        ("施策に係る事業費（25年度決算・千円）", 1284650),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 3, key, header=True, align="left")
        _span(ws, r, 4, 9, value, align="left")
        ws.row_dimensions[r].height = 30 if key == "施策の目指す姿" else 20
        r += 1
    _text(ws, r + 1, 1, "１　施策の成果指標", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "計画策定時\n（22年度）")],
        [
            (5, 7, "実績値", ["23年度", "24年度", "25年度"]),
            (8, 9, "目標値", ["25年度", "27年度"]),
        ],
    )
    r = h + 2
    for no, name, unit, base, actuals, targets in SAMUKAWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, *actuals, *targets)):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else None)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r,
        [
            "※成果指標4の25年度は、説明会を地権者との個別協議に切り替えたため集計していません。",
        ],
    )
    r += 2
    _text(ws, r, 1, "２　施策を構成する事業（実施事業管理票より）", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "", header=True)
    _put(ws, r, 2, "事業の名称", header=True)
    _span(ws, r, 3, 5, "主管課等名", header=True)
    _span(ws, r, 6, 7, "24年度決算額\n（千円）", header=True)
    _span(ws, r, 8, 9, "25年度決算額\n（千円）", header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    for i, (name, ka, m24, m25) in enumerate(SAMUKAWA_JIGYO, start=1):
        _put(ws, r, 1, i, align="center", fmt="0")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 5, ka)
        _span(ws, r, 6, 7, m24)
        _span(ws, r, 8, 9, m25)
        ws.row_dimensions[r].height = 20
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "samukawa_shisaku_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 燕市 (新潟県): 第2期燕市まち・ひと・しごと創生総合戦略 KPIの進捗状況（2021年度実績）
# --------------------------------------------------------------------------------------------

# Real: 燕市, the 第2期燕市まち・ひと・しごと創生総合戦略 (2020年度–2022年度) and its four 戦略 (定住人口増戦略,
# 活動人口増戦略, 交流・応援（燕）人口増戦略, 人口増戦略を支える都市環境の整備), the city's Western-year usage
# and its 工場の祭典. Made up: the sheet, its date, every indicator, figure, status and note.
TSUBAME = [
    (
        "戦略1　定住人口増戦略",
        [
            (
                "社会動態（転入者数－転出者数）",
                "人",
                "▲285",
                ("▲241", "▲203"),
                ("▲150", "▲100"),
                "未達成",
            ),
            ("移住相談件数", "件", 86, (112, 135), (120, 130), "達成"),
        ],
    ),
    (
        "戦略2　活動人口増戦略",
        [("市内企業への新規学卒就職者数", "人", 312, (298, "―"), (320, 330), "―")],
    ),
    (
        "戦略3　交流・応援（燕）人口増戦略",
        [
            ("「燕三条 工場の祭典」来場者数", "千人", 56.0, (12.5, 31.8), (40.0, 60.0), "未達成"),
            ("ふるさと納税寄附件数", "件", 173412, (211506, 236880), (180000, 200000), "達成"),
        ],
    ),
    (
        "戦略4　人口増戦略を支える都市環境の整備",
        [("市営バス等の年間利用者数", "人", 98540, (71230, 76905), (80000, 95000), "未達成")],
    ),
]


def tsubame() -> Path:
    widths = [36, 7, 11, 10, 10, 10, 10, 11]
    wb, ws = _sheet("KPI進捗状況", widths)
    _text(
        ws,
        1,
        1,
        "第2期燕市まち・ひと・しごと創生総合戦略　KPIの進捗状況（2021年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "2022年8月　燕市", align="right")
    _text(ws, 3, 1, "計画期間：2020年度～2022年度", size=9)
    _text(
        ws,
        4,
        1,
        "達成状況：2021年度の実績値が2021年度の目標値に達したものを「達成」、達していないものを「未達成」としています。",
        size=8,
    )
    _text(ws, 6, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "重要業績評価指標（KPI）"),
            (2, "単位"),
            (3, "基準値\n（2019年度）"),
            (8, "達成状況\n（2021年度）"),
        ],
        [
            (4, 5, "実績値", ["2020年度", "2021年度"]),
            (6, 7, "目標値", ["2021年度", "2022年度"]),
        ],
    )
    r = h + 2
    for head, rows in TSUBAME:
        _span(ws, r, 1, 8, head, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, base, actuals, targets, status in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate((base, *actuals, *targets)):
                _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
            _put(ws, r, 8, status, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※社会動態の「▲」は転出超過を表します。目標値は転出超過数をこの人数まで縮小することを表します。",
            "※新規学卒就職者数の2021年度は、調査結果の公表前のため「―」としています。",
            "※2021年度の地方創生関連事業費（決算）は1,026,480千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tsubame_senryaku_kpi_2021.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松本市 (長野県): 平成30年度 事務事業評価票（平成29年度事業）政策部 政策課
# --------------------------------------------------------------------------------------------

# Real: 松本市's 事務事業評価 of 政策部 政策課 (2018): the ＜第10次基本計画の位置付け＞, ＜予算上の位置付け＞
# (H27～H31, 前年度比 -62.9%) and ＜現状に対する認識＞ blocks, the move from 首都圏 students to 信州大学・松本大学
# students from 県外 with 塩尻市・安曇野市, the cost figures (合計コスト 2,674 / 1,681 千円, 国・県 658 / 463,
# 一般財源 862 / 79, 0.15 人工). Made up: the 事業名, the indicators and their figures, the other text.
MATSUMOTO = [
    ("活動指標", "インターンシップ受入説明セミナーの開催回数", "回", 1, 2, 2, "100%", 3),
    ("活動指標", "セミナー等への参加学生数（延べ）", "人", 46, 80, 63, "79%", 120),
    ("成果指標", "参加学生のうち松本地域の企業へ就職した人数", "人", 3, 8, 5, "63%", 15),
    ("成果指標", "連携大学の県外出身学生の県内就職率", "％", 18.4, 20.0, 21.3, "107%", 25.0),
]


def matsumoto() -> Path:
    widths = [10, 34, 6, 10, 10, 10, 9, 10]
    wb, ws = _sheet("事務事業評価票", widths)
    _text(ws, 1, 1, "平成30年度　事務事業評価票（平成29年度事業）", bold=True, size=12)
    _text(ws, 2, 8, "政策部　政策課", align="right")
    fields = [
        ("事務事業名", "大学生地元定着促進事業"),
        ("担当課", "政策部　政策課"),
        ("＜第10次基本計画の位置付け＞", "3　活力あるまちづくり　／　3-4　雇用の確保と就労支援"),
        ("＜予算上の位置付け＞", "実施計画事業（H27～H31）　前年度比 -62.9%"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True, align="left")
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _para(
        ws,
        r,
        1,
        8,
        "＜現状に対する認識＞\n27年度より2年間は首都圏の大学生向けに実施していたが、29年度からは信州大学及び松本大学に在学する"
        "県外出身の学生を対象に、塩尻市及び安曇野市と連携して実施している。セミナー参加学生の松本地域での就職・定住に"
        "結び付けるためのフォローアップが求められる。",
        58,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "＜指標の達成状況＞", bold=True, size=11)
    r += 1
    heads = [
        "区分",
        "指標名",
        "単位",
        "28年度実績",
        "29年度目標",
        "29年度実績",
        "達成度",
        "31年度目標",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 24
    r += 1
    for kind, name, unit, a28, t29, a29, rate, t31 in MATSUMOTO:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((a28, t29, a29)):
            _put(ws, r, 4 + j, v)
        _put(ws, r, 7, rate, align="right")
        _put(ws, r, 8, t31)
        ws.row_dimensions[r].height = 26
        r += 1
    r += 1
    _text(ws, r, 1, "＜コスト＞（単位：千円）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 3, "区分", header=True)
    _span(ws, r, 4, 5, "28年度", header=True)
    _span(ws, r, 6, 7, "29年度", header=True)
    _put(ws, r, 8, "備考", header=True)
    r += 1
    costs = [
        ("①事業費", 1520, 542, ""),
        ("　財源　国・県", 658, 463, ""),
        ("　財源　一般財源", 862, 79, ""),
        ("②人件費（正規 0.15人工）", 1154, 1139, "嘱託 0人工"),
        ("合計コスト①+②", 2674, 1681, ""),
    ]
    for key, c28, c29, note in costs:
        _span(ws, r, 1, 3, key)
        _span(ws, r, 4, 5, c28)
        _span(ws, r, 6, 7, c29)
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    _notes(
        ws,
        r + 1,
        ["※達成度は、29年度実績の29年度目標に対する割合です。"],
    )
    _page(ws, "portrait")
    path = SOURCE / "matsumoto_jimujigyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 前橋市 (群馬県): 地域再生計画事後評価（街と自然が共生する「こころの風"赤城"」推進計画）
# --------------------------------------------------------------------------------------------

# Real: the page's title and lead, the three steps of the 事後評価, the heading 主な計画指標, the three indicators
# with their 従前値, 基準年度, 計画終了時値 and 基準年度, and the line 一部項目で追跡調査を実施しました; the
# 未来創造部 政策推進課. Made up: the 目標値/目標年度 columns, the fourth indicator, the money line and the
# 追跡調査 table's figures.
MAEBASHI = [
    ("道路整備による渋滞ポイントの減少", "9箇所", "平成16", "0箇所", "平成21", "0箇所", "平成21"),
    ("観光地の入場者数の増大", "552,749人", "平成16", "600,000人", "平成21", "440,630人", "平成21"),
    ("汚水処理施設の整備の促進", "81%", "平成17", "85.0%", "平成21", "84.8%", "平成21"),
    ("市道の改良率", "58.3%", "平成16", "62.0%", "平成21", "62.4%", "平成21"),
]
MAEBASHI_TSUISEKI = [
    ("観光地の入場者数の増大", "440,630人", "471,205人", "平成23"),
    ("汚水処理施設の整備の促進", "84.8%", "87.1%", "平成23"),
]


def maebashi_html() -> str:
    rows = "\n".join("<tr><td>" + "</td><td>".join(row) + "</td></tr>" for row in MAEBASHI)
    rows2 = "\n".join(
        "<tr><td>" + "</td><td>".join(row) + "</td></tr>" for row in MAEBASHI_TSUISEKI
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地域再生計画事後評価｜前橋市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>地域再生計画事後評価</h1>
<h2>地域再生計画の事後評価</h2>
<p>地域再生法に基づく認定を受けた地域再生計画「街と自然が共生する「こころの風“赤城”」推進計画」について、計画期間が終了しましたので、同計画の規定により、目標の達成状況等を確認・検証した事後評価結果を公表します。</p>
<h2>事後評価の方法</h2>
<p>下記3点を中心とした事後評価調書を作成し、計画事業の実績及び成果を確認・評価しました。</p>
<ol>
<li>計画目標の達成状況の確認</li>
<li>効果発現要因の整理</li>
<li>総合評価と今後の方策の検討</li>
</ol>
<p>計画期間（平成17年度～平成21年度）の総事業費は3,846,210千円（うち交付金1,538,484千円）です。</p>
<h2>主な計画指標</h2>
<table border="1" summary="主な計画指標のデータ表">
<tr><th>指標名</th><th>従前値</th><th>基準年度</th><th>目標値</th><th>目標年度</th><th>計画終了時値</th><th>基準年度</th></tr>
{rows}
</table>
<p>詳しくは事後評価調書をご覧ください。</p>
<h2>追跡調査の結果</h2>
<p>一部項目で追跡調査を実施しました。</p>
<table border="1" summary="追跡調査の結果">
<tr><th>指標名</th><th>計画終了時値<br>（平成21年度）</th><th>追跡調査値</th><th>調査年度</th></tr>
{rows2}
</table>
<p>この記事に関するお問い合わせ先：未来創造部 政策推進課</p>
<p>更新日：2019年02月01日</p>
</body>
</html>
"""


def maebashi() -> Path:
    path = HERE / "maebashi_saisei_jigo_hyoka_h21.html"
    path.write_bytes(maebashi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (samukawa, tsubame, matsumoto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {maebashi().name}")


if __name__ == "__main__":
    main()
