"""Build the built documents of forms118/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/naraha_senryaku_kensho_h28.xlsx``, a 総合戦略 効果検証シート in the manner of 楢葉町 (福島県):
  a 成果（数値）目標 box over a KPI grid with 方針 cells and ・-listed 主な事業 merged down, a 達成率 column;
  and the PDF;
* ``source/nikaho_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of にかほ市 (秋田県): form
  fields (事業名, 担当課, 事業費 in 千円) over a 成果指標 grid with a 方向 column and A/B/C 達成度; and the PDF;
* ``source/hiraizumi_seika_shihyo_r5.xlsx``, a 総合計画 成果指標の進捗状況 in the manner of 平泉町 (岩手県):
  a 千人 unit, two target columns after three years of actuals, a 進捗 column of words; and the PDF;
* ``hakodate_kanko_mokuhyo_h27.html``, a 観光基本計画 数値目標の進捗状況 in the manner of 函館市 (北海道):
  a rowspan 区分 column (計画の目標 / 基本方針1–3), 万人 and 万人/年 in the 単位 column, a ― target.

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
    wb.properties.creator = "forms118/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms118/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms118_soffice_") as tmp:
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
# 楢葉町 (福島県双葉郡): 楢葉町まち・ひと・しごと創生総合戦略 効果検証シート（平成28年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy, 基本目標① 「若い世代に魅力のある雇用を創出する」, its 成果（数値）目標 「就労者における
# 20～30代（若者）の割合」 32%, 方針① 「ロボット革命につながる企業の誘致・起業支援」 with its three 事業 and
# 方針② 「企業誘致に必要な労働者の確保」 (the strategy's 概要版). Made up: the sheet, its date and 課, the
# baseline 27.4% (H22), every KPI and figure, 方針②'s 事業, the notes and money.
NARAHA = [
    (
        "①",
        "ロボット革命につながる企業の誘致・起業支援",
        "・企業誘致コーディネート事業\n・各種イノベーション関連事業の支援\n・起業やベンチャー企業の支援",
        [
            ("企業立地件数（累計）", "件", 0, 2, 4, 5, 10, "125.0%"),
            ("起業・創業件数", "件", 0, 1, 2, 1, 5, "50.0%"),
        ],
    ),
    (
        "②",
        "企業誘致に必要な労働者の確保",
        "・職業訓練・資格取得の支援\n・町内就業者の住宅確保支援",
        [
            ("町内事業所の新規雇用者数", "人", "―", 45, 100, 118, 200, "118.0%"),
            ("職業訓練受講者数", "人", 0, 12, 20, 18, 20, "90.0%"),
        ],
    ),
]


def naraha() -> Path:
    widths = [5, 22, 28, 26, 6, 10, 9, 9, 9, 10, 9]
    wb, ws = _sheet("効果検証", widths)
    _text(
        ws,
        1,
        1,
        "楢葉町まち・ひと・しごと創生総合戦略　効果検証シート（平成28年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "平成29年8月　楢葉町復興推進課", align="right")
    _text(ws, 4, 1, "基本目標①　若い世代に魅力のある雇用を創出する", bold=True, size=11)
    h = 5
    _span(ws, h, 1, 4, "成果（数値）目標", header=True)
    _span(ws, h, 5, 6, "策定時", header=True)
    _span(ws, h, 7, 8, "H28実績", header=True)
    _span(ws, h, 9, 10, "目標値", header=True)
    ws.row_dimensions[h].height = 20
    _span(ws, h + 1, 1, 4, "就労者における20～30代（若者）の割合")
    _span(ws, h + 1, 5, 6, "27.4%（H22）", align="center")
    _span(ws, h + 1, 7, 8, "―", align="center")
    _span(ws, h + 1, 9, 10, "32%", align="center")
    ws.row_dimensions[h + 1].height = 22
    _text(
        ws,
        h + 2,
        1,
        "※成果（数値）目標の実績は、平成27年国勢調査の就業状態等基本集計の公表後に把握します。",
        size=8,
    )
    h = 9
    heads = [
        "方針",
        "",
        "主な事業",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "H27実績",
        "H28目標",
        "H28実績",
        "目標値\n（H31）",
        "達成率",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    _merge(ws, h, 1, h, 2)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, policy, projects, kpis in NARAHA:
        n = len(kpis)
        for c, v in ((1, no), (2, policy), (3, projects)):
            _put(ws, r, c, v, align="center" if c == 1 else None, valign="top" if c == 3 else None)
            for i in range(1, n):
                _put(ws, r + i, c, None)
            _merge(ws, r, c, r + n - 1, c)
        for i, (name, unit, *vals, rate) in enumerate(kpis):
            _put(ws, r + i, 4, name)
            _put(ws, r + i, 5, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r + i, 6 + j, v, align="center" if isinstance(v, str) else None)
            _put(ws, r + i, 11, rate, align="right")
            ws.row_dimensions[r + i].height = 30
        r += n
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、H28実績÷H28目標です。",
            "※町内事業所の新規雇用者数の基準値は、避難指示の解除（平成27年9月5日）前のため把握していません。",
            "※基本目標①に係る平成28年度の事業費（決算）は、236,540千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "naraha_senryaku_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# にかほ市 (秋田県): 令和5年度 事務事業評価シート（移住・定住促進事業）
# --------------------------------------------------------------------------------------------

# Real: にかほ市 and its まち・ひと・しごと創生総合戦略 (平成27年11月), whose 基本目標 include a new flow of
# people. Made up: the sheet, the 事業, 課, money, every indicator, figure and grade, the legend.
NIKAHO = [
    ("1", "移住相談件数", "件", "増加", 86, 112, 120, 131, "A", 150),
    ("2", "移住支援制度を利用した移住者数", "人", "増加", 18, 24, 30, 27, "B", 40),
    ("3", "空き家バンク成約件数", "件", "増加", 7, 9, 10, 10, "A", 12),
    ("4", "若年層（20～39歳）の転出超過数", "人", "減少", 142, 128, 120, 120, "A", 100),
]


def nikaho() -> Path:
    widths = [5, 30, 6, 7, 9, 9, 9, 9, 8, 9]
    wb, ws = _sheet("評価シート", widths)
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=13)
    _text(ws, 2, 10, "にかほ市", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=10)
    fields = [
        ("事業名", "移住・定住促進事業", "担当課", "総合政策課"),
        (
            "総合戦略",
            "基本目標２　新しいひとの流れをつくる",
            "事業期間",
            "平成28年度～",
        ),
        ("事業費（千円）", "R4決算　11,920", "R5決算", 14630),
    ]
    r = 5
    for k1, v1, k2, v2 in fields:
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 5, v1)
        _span(ws, r, 6, 7, k2, header=True)
        _span(ws, r, 8, 10, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    ws.column_dimensions["A"].width = 12
    _text(ws, r + 1, 1, "２　成果指標", bold=True, size=10)
    h = r + 2
    heads = [
        "No.",
        "指標名",
        "単位",
        "方向",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成度",
        "R7目標",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, unit, way, *vals in NIKAHO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, way, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="center" if isinstance(v, str) else None)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成度　A：順調　B：概ね順調　C：遅れ（担当課による自己評価）",
            "※方向は、指標が「増加」「減少」のどちらに向かうことを目指すかを示します。",
            "※転出超過数は、住民基本台帳（1月～12月）による20～39歳の転出者数－転入者数です。",
        ],
    )
    _text(ws, r + 5, 1, "３　評価と今後の方向性", bold=True, size=10)
    _para(
        ws,
        r + 6,
        1,
        10,
        "移住相談件数は目標を上回ったが、移住支援制度の利用は目標に届かなかった。令和6年度は首都圏での移住相談会を3回から5回に増やし、移住支援金（1世帯最大1,000千円）の周知を強化する。",
        48,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "nikaho_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平泉町 (岩手県西磐井郡): 第6次平泉町総合計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 第6次平泉町総合計画 (R3–R12), its 将来像 「輝きつむぐ理想郷 -いにしえの歴史と希望ある未来、そして人を
# 育むまち-」, three 基本方針 and six 基本目標. Made up: the page, its date and 課, the 基本目標 wording, every
# indicator and figure, the 進捗 words, notes and money.
HIRAIZUMI = [
    ("観光客入込数", "千人", 1958, 742, 1210, 1563, 1800, 2100, "遅れ"),
    ("外国人観光客宿泊者数", "人", 5820, 12, 410, 2950, 4000, 7000, "遅れ"),
    ("世界遺産ガイド利用件数", "件", 326, "―", 118, 241, 300, 400, "遅れ"),
    ("新規就農者数（累計）", "人", 3, 6, 9, 13, 15, 30, "順調"),
    ("平泉町に住み続けたいと思う町民の割合", "％", 78.2, 77.5, "―", 80.4, 82.0, 85.0, "順調"),
]


def hiraizumi() -> Path:
    widths = [36, 7, 11, 10, 10, 10, 11, 11, 8]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "第6次平泉町総合計画　成果指標の進捗状況（令和5年度）", bold=True, size=12)
    _text(ws, 2, 9, "令和6年9月　平泉町総合政策課", align="right")
    _text(
        ws,
        3,
        1,
        "将来像「輝きつむぐ理想郷　-いにしえの歴史と希望ある未来、そして人を育むまち-」",
        size=9,
    )
    _text(ws, 5, 1, "基本目標２　世界遺産を活かした交流と産業のまち", bold=True, size=11)
    h = 6
    heads = [
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "中間目標\n（R7）",
        "目標値\n（R12）",
        "進捗",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for name, unit, *vals, word in HIRAIZUMI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(
                ws,
                r,
                3 + j,
                v,
                align="center" if isinstance(v, str) else None,
                fmt="0.0" if isinstance(v, float) else None,
            )
        _put(ws, r, 9, word, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※進捗は、R5実績と中間目標（R7）を比べた担当課の見立てです（順調／遅れ）。",
            "※世界遺産ガイドは、R3は感染症対策のため受付を休止しました。町民の割合は、R4は調査を行っていません。",
            "※基本目標２に係るR5の関連事業費（決算）は98,770千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hiraizumi_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 函館市 (北海道): 函館市観光基本計画（2014-2023） 数値目標の進捗状況（平成27年度）
# --------------------------------------------------------------------------------------------

# Real: the plan (H26–H35), its 基本理念, 計画の目標 (観光入込客数 550万人; 530万人 in H28, the year the 新幹線
# opens), the three 基本方針 and their targets and H24 figures (平均宿泊数 1.16泊→1.28泊, 「とてもよい」 60.6%→80%,
# 外国人宿泊者数 約18万人→30万人/年), 450万人 in H24, 観光消費額 1,025億円 (H24). Made up: the page, its date
# and 部, the H25–H27 actuals.
HAKODATE = [
    (
        "計画の目標",
        "観光入込客数",
        "万人",
        ["450.0", "480.2", "481.7", "494.0", "530", "550"],
    ),
    (
        "基本方針1<br>交流・にぎわいの創出",
        "平均宿泊数",
        "泊",
        ["1.16", "1.17", "1.19", "1.21", "―", "1.28"],
    ),
    (
        "基本方針2<br>おもてなし・満足度の向上",
        "観光アンケート調査「函館の印象」で「とてもよい」と回答した割合",
        "%",
        ["60.6", "61.4", "63.0", "62.7", "―", "80"],
    ),
    (
        "基本方針3<br>国際化の促進",
        "外国人宿泊者数",
        "万人/年",
        ["約18", "23.6", "32.5", "45.9", "―", "30"],
    ),
]


def hakodate_html() -> str:
    rows = "\n".join(
        f'<tr><th scope="row">{kind}</th><td>{name}</td><td>{unit}</td>'
        + "".join(f"<td>{v}</td>" for v in vals)
        + "</tr>"
        for kind, name, unit, vals in HAKODATE
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>函館市観光基本計画（2014-2023）数値目標の進捗状況（平成27年度）｜函館市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td {{ text-align: right; }}
</style>
</head>
<body>
<h1>函館市観光基本計画（2014-2023）　数値目標の進捗状況（平成27年度）</h1>
<p>平成28年10月　函館市観光部</p>
<p>基本理念「人・まち・文化の宝石箱　新・国際観光都市　函館へ」のもと、北海道新幹線の開業を契機とした観光入込客数の拡大と滞在型観光の実現に向けて、計画に掲げる数値目標の進捗状況をお知らせします。</p>
<h2>数値目標の進捗状況</h2>
<table border="1">
<tr><th rowspan="2">区分</th><th rowspan="2">数値目標</th><th rowspan="2">単位</th><th rowspan="2">策定時（H24年度）</th><th colspan="3">実績</th><th colspan="2">目標値</th></tr>
<tr><th>H25年度</th><th>H26年度</th><th>H27年度</th><th>H28年度</th><th>H35年度</th></tr>
{rows}
</table>
<p>※H28年度の目標値は、北海道新幹線開業年度の観光入込客数についてのみ設定しています。</p>
<p>※外国人宿泊者数の策定時の値は概数です。</p>
<p>※策定時（H24年度）の観光消費額は1,025億円と推計しています。</p>
</body>
</html>
"""


def hakodate() -> Path:
    path = HERE / "hakodate_kanko_mokuhyo_h27.html"
    path.write_bytes(hakodate_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (naraha, nikaho, hiraizumi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hakodate().name}")


if __name__ == "__main__":
    main()
