"""Build the built documents of forms127/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nagahama_shuyo_jigyo_r2.xlsx``, a 主要事業一覧表 in the manner of 長浜市 (滋賀県): one row per
  事業 with 予算額（千円）, 区分 (新規/拡充), a 創生 ○ column and a 担当課 per row, **the 成果指標 at the right of
  each 事業 row** (現状値（H30） | R元見込 | 目標値（R2）), プロジェクト rows across the table; and the PDF;
* ``source/hekinan_shisaku_hyoka_h30.xlsx``, a 総合計画 施策評価 成果指標 table in the manner of 碧南市 (愛知県):
  基準値 over H26, 実績値 over H28 | H29 | H30, 目標値 over H30 | H32, a 達成見込 word column, 万人/千人 in
  単位, a ``―`` actual; and the PDF;
* ``source/hida_kpi_jisseki_r1.xlsx``, a 総合戦略 KPI 実績 sheet in the manner of 飛騨市 (岐阜県): **目標/実績
  row pairs under H28 … R2 with the unit inside every cell (``120万人``, ``110億円``)**, 取組 and 担当課
  merged down; and the PDF;
* ``kawai_kensho_r1.html``, a 街再生総合戦略 効果検証 page in the manner of 河合町 (奈良県): a 数値目標 table
  and a 重点施策項目 KPI table under one 目標 heading, units inside cells, a 達成状況 column.

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
    wb.properties.creator = "forms127/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms127/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms127_soffice_") as tmp:
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
# 長浜市 (滋賀県): 令和2年度 主要事業説明資料 (主要事業一覧表)
# --------------------------------------------------------------------------------------------

# Real: the title, 令和2年2月, 【計59事業】, 重点プロジェクト 25事業, the two プロジェクト names, the 事業概要 texts,
# their 予算額 (1,371 / 1,730 / 4,800 / 13,453 千円), 新規/拡充, the 創生 ○ and the 担当課.
# Made up: every 成果指標, unit and figure beside them, and the notes.
NAGAHAMA = [
    (
        "ふるさとを担う「長浜人づくり」プロジェクト",
        [
            (
                "1",
                "長浜で活躍している人材と高校生との交流会、講演会、地元企業見学会の開催",
                1371,
                "",
                "生涯学習文化課",
                [("交流会・講演会への高校生参加者数", "人", 312, 355, 400)],
            ),
            (
                "4",
                "市民活動を促進し、市民同士や子どもたちが学ぶ新たな学びの場を創出",
                1730,
                "新規",
                "市民活躍課",
                [("新たな学びの場の開設数", "箇所", "―", 2, 5)],
            ),
        ],
    ),
    (
        "みんなで支える「子育て応援」プロジェクト",
        [
            (
                "5",
                "民間放課後児童クラブ参入促進に向けた家賃や土地貸借料の補助",
                4800,
                "拡充",
                "子育て支援課",
                [("民間放課後児童クラブの開設数", "か所", 9, 11, 14)],
            ),
            (
                "6",
                "保育士の奨学金返還支援、居住支援等",
                13453,
                "",
                "幼児課",
                [
                    ("奨学金返還支援の利用者数", "人", 14, 22, 30),
                    ("保育士の新規採用者数", "人", 52, 61, 70),
                ],
            ),
        ],
    ),
]


def nagahama() -> Path:
    widths = [5, 30, 10, 6, 6, 24, 6, 9, 9, 9, 13]
    wb, ws = _sheet("主要事業一覧", widths)
    _text(ws, 1, 1, "令和2年度　主要事業説明資料", bold=True, size=13)
    _text(ws, 2, 11, "令和2年2月　滋賀県長浜市", align="right")
    _text(ws, 4, 1, "令和2年度主要事業一覧表【計59事業】", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "事業概要"),
            (3, "予算額\n（千円）"),
            (4, "区分"),
            (5, "創生"),
            (11, "担当課"),
        ],
        [(6, 10, "成果指標", ["指標名", "単位", "現状値\n（H30）", "R元見込", "目標値\n（R2）"])],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    _span(ws, r, 1, 11, "重点プロジェクト　25事業", bold=True, fill=SHADE)
    r += 1
    for project, jobs in NAGAHAMA:
        _span(ws, r, 1, 11, project, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, text, money, kubun, dept, kpis in jobs:
            first = r
            for name, unit, base, est, target in kpis:
                if r == first:
                    _put(ws, r, 1, no, align="center")
                    _put(ws, r, 2, text)
                    _put(ws, r, 3, money)
                    _put(ws, r, 4, kubun, align="center")
                    _put(ws, r, 5, "○", align="center")
                    _put(ws, r, 11, dept, align="center")
                else:
                    for c in (1, 2, 3, 4, 5, 11):
                        _put(ws, r, c, None)
                _put(ws, r, 6, name)
                _put(ws, r, 7, unit, align="center")
                for j, v in enumerate((base, est, target)):
                    _put(ws, r, 8 + j, v, align="center" if v == "―" else "right")
                ws.row_dimensions[r].height = 30
                r += 1
            if r - first > 1:
                for c in (1, 2, 3, 4, 5, 11):
                    _merge(ws, first, c, r - 1, c)
    _notes(
        ws,
        r + 1,
        [
            "※区分欄の「新規」は令和2年度からの新規事業、「拡充」は前年度から内容を拡充する事業です。",
            "※創生欄の○は、長浜市まち・ひと・しごと創生総合戦略に位置付ける事業です。",
            "※R元見込は、令和2年1月末時点の見込値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nagahama_shuyo_jigyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 碧南市 (愛知県): 碧南市第5次総合計画 施策評価シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 碧南市, its 第5次総合計画 (最終年度 平成32年度), 「ひとのわで楽しさつくるみなとまちへきなん」, 油ヶ淵の浄化,
# 消防団員の確保. Made up: the sheet, its date, the 施策 fields, every indicator name, figure, word and note.
HEKINAN = [
    ("1", "油ヶ淵のCOD値（年間平均）の低減", "mg/L", 9.6, (9.4, 9.1, 9.0), (8.5, 8.0), "困難"),
    ("2", "消防団員数", "人", 372, (368, 361, 365), (380, 390), "困難"),
    ("3", "地域医療連携による紹介率", "％", 48.2, (50.1, 53.4, 55.0), (52.0, 60.0), "見込める"),
    ("4", "防災訓練の参加者数", "千人", 8.2, (8.9, 9.4, "―"), (9.5, 10.0), "見込める"),
    ("5", "海浜水族館の入館者数", "万人", 22.4, (23.1, 24.0, 23.5), (24.0, 25.0), "見込める"),
]


def hekinan() -> Path:
    widths = [5, 30, 7, 8, 8, 8, 8, 8, 8, 9]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "碧南市第5次総合計画　施策評価シート（平成30年度）", bold=True, size=12)
    _text(ws, 2, 10, "令和元年7月　碧南市", align="right")
    fields = [
        ("施策", "4-1　安心・安全なまちづくり"),
        ("めざすまちの姿", "ひとのわで楽しさつくるみなとまちへきなん"),
        ("施策に係る事業費（H30決算）", "612,480千円"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 3, key, header=True)
        _span(ws, r, 4, 10, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　成果指標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (10, "目標達成\nの見込み")],
        [
            (4, 4, "基準値", ["H26"]),
            (5, 7, "実績値", ["H28", "H29", "H30"]),
            (8, 9, "目標値", ["H30", "H32"]),
        ],
    )
    r = h + 2
    for no, name, unit, base, actuals, targets, word in HEKINAN:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, *actuals, *targets)):
            _put(
                ws,
                r,
                4 + j,
                v,
                align="center" if v == "―" else "right",
                fmt="0.0" if isinstance(v, float) else None,
            )
        _put(ws, r, 10, word, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※防災訓練の参加者数の平成30年度実績は、台風接近により市総合防災訓練を中止したため「―」としています。",
            "※目標値（H32）は、第5次総合計画の最終年度（平成32年度）の目標です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hekinan_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飛騨市 (岐阜県): 飛騨市まち・ひと・しごと創生総合戦略 KPI実績一覧（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: 飛騨市, the policy wording 「観光誘客の拡大と観光消費額のアップを図ります」, 「畜産や高冷地野菜など強みを生かした
# 農業を支援します」, 「移住・定住の拡大に向け、仕事と住まいの確保を支援します」. Made up: the sheet, its date, the
# 担当課, every indicator and figure.
YEARS = ["H28", "H29", "H30", "R元", "R2"]
HIDA = [
    (
        "観光誘客の拡大と観光消費額のアップを図ります",
        "観光課",
        [
            (
                "観光入込客数",
                ("120万人", "122万人", "124万人", "126万人", "128万人"),
                ("118.3万人", "123.5万人", "121.0万人", "125.2万人", ""),
            ),
            (
                "観光消費額",
                ("110億円", "113億円", "116億円", "119億円", "122億円"),
                ("108.6億円", "115.2億円", "117.0億円", "121.4億円", ""),
            ),
        ],
    ),
    (
        "畜産や高冷地野菜など強みを生かした農業を支援します",
        "農業振興課",
        [
            (
                "高冷地ほうれんそうの出荷量",
                ("1,800t", "1,850t", "1,900t", "1,950t", "2,000t"),
                ("1,742t", "1,811t", "1,906t", "―", ""),
            )
        ],
    ),
    (
        "移住・定住の拡大に向け、仕事と住まいの確保を支援します",
        "地域振興課",
        [
            (
                "移住者数",
                ("60人", "70人", "80人", "90人", "100人"),
                ("58人", "76人", "91人", "84人", ""),
            )
        ],
    ),
]


def hida() -> Path:
    widths = [22, 22, 6, 10, 10, 10, 10, 10, 11]
    wb, ws = _sheet("KPI実績", widths)
    _text(
        ws,
        1,
        1,
        "飛騨市まち・ひと・しごと創生総合戦略　KPI実績一覧（令和元年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和2年7月　飛騨市", align="right")
    _text(ws, 4, 1, "重要業績評価指標（KPI）の推移", bold=True, size=11)
    h = 5
    for c, word in enumerate(
        ["取組", "KPI", "区分", *[y + "年度" for y in YEARS], "担当課"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for policy, dept, kpis in HIDA:
        first = r
        for name, targets, actuals in kpis:
            _put(ws, r, 1, policy if r == first else None)
            _put(ws, r, 2, name)
            _put(ws, r + 1, 1, None)
            _put(ws, r + 1, 2, None)
            _merge(ws, r, 2, r + 1, 2)
            _put(ws, r, 3, "目標", align="center")
            _put(ws, r + 1, 3, "実績", align="center")
            for j in range(5):
                _put(ws, r, 4 + j, targets[j], align="right")
                _put(ws, r + 1, 4 + j, actuals[j], align="center" if actuals[j] == "―" else "right")
            _put(ws, r, 9, dept if r == first else None, align="center")
            _put(ws, r + 1, 9, None)
            ws.row_dimensions[r].height = 18
            ws.row_dimensions[r + 1].height = 18
            r += 2
        _merge(ws, first, 1, r - 1, 1)
        _merge(ws, first, 9, r - 1, 9)
    _notes(
        ws,
        r + 1,
        [
            "※高冷地ほうれんそうの出荷量の令和元年度実績は、JAの集計が確定していないため「―」としています。",
            "※令和元年度の総合戦略関連事業費（決算）は、地方創生推進交付金を含め214,360千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hida_kpi_jisseki_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 河合町 (奈良県北葛城郡): 河合町街再生総合戦略 効果検証（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: 河合町, the 河合町街再生総合戦略 (平成28年), 「河合のまち夢ビジョン」, the 5つの目標 with 目標1 活気
# ―活気のある河合町になって欲しい―, the headings (2)数値目標 and (3)重点施策項目. Made up: the page's date, the
# 重点施策項目 names, every indicator, figure and note.
KAWAI_GOALS = [
    ("町内での新規創業件数", "2件", "5件", "4件", "6件"),
    ("転入者数", "612人", "598人", "640人", "700人"),
]
KAWAI_KPIS = [
    (
        "空き家の活用促進",
        [
            ("空き家バンク登録件数", "3件", "15件", "12件", "未達成"),
            ("空き家バンクを通じた成約件数", "0件", "8件", "9件", "達成"),
        ],
    ),
    (
        "子育て世代の転入促進",
        [("子育て世代（20～39歳）の転入者数", "210人", "230人", "241人", "達成")],
    ),
]


def kawai_html() -> str:
    goals = "\n".join(
        f'<tr><th scope="row">{n}</th><td class="num">{b}</td><td class="num">{a1}</td><td class="num">{a2}</td><td class="num">{t}</td></tr>'
        for n, b, a1, a2, t in KAWAI_GOALS
    )
    kpis = []
    for prog, rows in KAWAI_KPIS:
        for i, (n, b, t, a, s) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{prog}</th>' if i == 0 else ""
            kpis.append(
                f'<tr>{head}<td>{n}</td><td class="num">{b}</td><td class="num">{t}</td><td class="num">{a}</td><td>{s}</td></tr>'
            )
    kpi_rows = "\n".join(kpis)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>河合町街再生総合戦略 効果検証（令和元年度）｜河合町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"], th[scope="rowgroup"] {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>河合町街再生総合戦略　効果検証（令和元年度）</h1>
<p>令和2年9月　河合町</p>
<p>「河合のまち夢ビジョン」に基づく河合町街再生総合戦略の5つの目標について、令和元年度までの実績を検証しました。</p>
<h2>目標1　活気　―活気のある河合町になって欲しい―</h2>
<h3>（2）数値目標</h3>
<table border="1">
<tr><th>数値目標</th><th>基準値（H27）</th><th>H30実績</th><th>R元実績</th><th>目標値（H32）</th></tr>
{goals}
</table>
<h3>（3）重点施策項目</h3>
<table border="1">
<tr><th>重点施策項目</th><th>KPI</th><th>基準値（H27）</th><th>R元目標</th><th>R元実績</th><th>達成状況</th></tr>
{kpi_rows}
</table>
<p>※空き家バンク関連事業の令和元年度事業費は3,250千円です。</p>
<p>※数値目標の実績は、各年度末の数値です。</p>
</body>
</html>
"""


def kawai() -> Path:
    path = HERE / "kawai_kensho_r1.html"
    path.write_bytes(kawai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nagahama, hekinan, hida):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kawai().name}")


if __name__ == "__main__":
    main()
