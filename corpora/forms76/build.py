"""Build the built documents of forms76/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tomioka_senkogata_kensho_h27.xlsx``, a 地方創生先行型交付金事業検証結果 in the manner of
  富岡市 (群馬県): one row per 事業 with 事業概要 prose, a 総合戦略の位置付 cell (施策Ⅱ-4 …),
  交付額（千円）, KPI cells holding name and value (``インターン受入30人``), the 実績 cell repeating
  the name, a 担当課 and a 推進会議の評価 word; and the PDF;
* ``source/kamishihoro_kpi_kensho_h29.xlsx``, a KPI検証シート in the manner of 上士幌町 (北海道):
  form fields above (担当課, 事業費 in 千円), ``取組 | KPI | 単位 | 基準値（H26） | 平成29年度
  (目標 | 実績 | 達成率) | 目標値（H31）`` with a KPI counted in 千円 (ふるさと納税寄附額); and the PDF;
* ``source/omachi_jimu_jigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 大町市 (長野県):
  form fields above, ``区分 | 指標名 | 単位 | 前回実績（R3） | 目標値 | 実績値 | 達成度`` where
  目標値/実績値 carry no year (the sheet's 令和6年度 dates them); and the PDF;
* ``yokote_kpi_shinchoku_r4.html``, a KPI進捗 page in the manner of 横手市 (秋田県): a 改定 table
  of 追加事業 (no KPI) above the KPI table, a 【再掲】 事業, a ``現状維持`` target and a ``集計中`` actual.

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
    wb.properties.creator = "forms76/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms76/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms76_soffice_") as tmp:
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
# 富岡市 (群馬県): 地方創生先行型交付金事業検証結果 — KPI cells holding name and value
# --------------------------------------------------------------------------------------------

# Real (富岡市 地方創生先行型交付金事業検証結果): the title, 事業名 1–3, their 事業概要 wording
# (shortened), 施策Ⅱ-4, 観光おもてなし課/建築課/産業振興課, and the KPI/実績 pairs of 事業 2 and 3
# (空き家台帳のデータ整理500件/733件, ホームページアクセス数800件/3,464件, インターン受入30人/9人)
# and 事業 1's target (ホームページアクセス数100万件). Made up: 事業 1's actual, 事業 4, every 交付額,
# the other 位置付 names and the 推進会議の評価 words.
TOMIOKA = [
    (
        1,
        "観光情報発信事業",
        "「市観光ホームページ」と「富岡製糸場ホームページ」を統合し、多言語対応とするとともに、市内にWi-Fi環境を整備する。",
        "施策Ⅱ-4\n交流による地域づくりを進めるための体制づくり",
        18500,
        [("ホームページアクセス数100万件", "ホームページアクセス数112万件")],
        "観光おもてなし課",
        "効果があった",
    ),
    (
        2,
        "空き家情報データベース化事業",
        "空き家情報をデータベース化し、市外居住者等の交流拡大及び定住促進を図る情報発信を行う。次年度以降、定住・就労の説明会やPR活動を予定。",
        "施策Ⅲ-1\n移住・定住の促進",
        6200,
        [
            ("空き家台帳のデータ整理500件", "空き家台帳のデータ整理733件"),
            ("ホームページアクセス数800件", "ホームページアクセス数3,464件"),
        ],
        "建築課",
        "効果があった",
    ),
    (
        3,
        "インターンシップ推進事業",
        "事業者に学生インターンシップ受入れを奨励し、若者の本市への就業支援と移住・定住へのきっかけづくりとする。",
        "施策Ⅰ-2\n若者の就労支援",
        2400,
        [("インターン受入30人", "インターン受入9人")],
        "産業振興課",
        "効果が十分でなかった",
    ),
    (
        4,
        "創業支援事業",
        "創業支援計画に基づき、創業塾の開催及び創業者への家賃補助（月額上限5万円）を行う。",
        "施策Ⅰ-3\n創業・起業の支援",
        4800,
        [("創業件数5件", "創業件数7件")],
        "産業振興課",
        "効果があった",
    ),
]


def tomioka() -> Path:
    widths = [4, 18, 40, 20, 10, 22, 22, 13, 12]
    wb, ws = _sheet("検証結果", widths)
    _text(ws, 1, 1, "地方創生先行型交付金事業検証結果", bold=True, size=13)
    _text(ws, 2, 9, "平成28年8月　富岡市企画課", align="right", size=9)
    _text(ws, 4, 1, "先行型交付金事業", bold=True, size=11)
    h = 5
    head = [
        "№",
        "事業名",
        "事業概要",
        "総合戦略の位置付",
        "交付額\n（千円）",
        "KPI\n（H27年度）",
        "実績\n（H27年度）",
        "担当課",
        "推進会議の\n評価",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, summary, place, money, kpis, dept, word in TOMIOKA:
        first = r
        for target, actual in kpis:
            _put(ws, r, 6, target)
            _put(ws, r, 7, actual)
            ws.row_dimensions[r].height = 48 if len(kpis) == 1 else 36
            r += 1
        last = r - 1
        for c, v in (
            (1, no),
            (2, name),
            (3, summary),
            (4, place),
            (5, money),
            (8, dept),
            (9, word),
        ):
            _put(
                ws, first, c, v, align="center" if c in (1, 8, 9) else None, size=8 if c == 3 else 9
            )
            for rr in range(first + 1, last + 1):
                _put(ws, rr, c, None)
            if last > first:
                _merge(ws, first, c, last, c)
    notes = [
        "※交付額は地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）の交付決定額です。",
        "※推進会議の評価：富岡市まち・ひと・しごと創生推進会議（平成28年7月）による。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "tomioka_senkogata_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上士幌町 (北海道): KPI検証シート — 平成29年度 over 目標|実績|達成率, a KPI counted in 千円
# --------------------------------------------------------------------------------------------

# Real (上士幌町 プロジェクト紹介 page): the four 取組 (子育て・教育の充実, 交流・移住・定住施策の推進,
# 住まいの確保, しごとの確保), 賃貸住宅建設費補助, 無料職業紹介, ふるさと納税, だれもが生涯活躍できる
# まちづくり. Made up: the sheet, date, 課, 事業費, every KPI name, figure and note.
KAMISHIHORO = [
    # (取組, KPI, 単位, 基準値（H26）, 目標, 実績, 達成率, 目標値（H31）)
    ("子育て・教育の充実", "年少人口（0～14歳）", "人", 630, 650, 668, "102.8%", 700),
    (
        "交流・移住・定住施策の推進",
        "ふるさと納税寄附額",
        "千円",
        978000,
        1000000,
        2043000,
        "204.3%",
        1000000,
    ),
    ("交流・移住・定住施策の推進", "移住相談件数", "件", "―", 80, 64, "80.0%", 100),
    ("住まいの確保", "賃貸住宅建設費補助による新築戸数", "戸", 12, 20, 24, "120.0%", 20),
    ("しごとの確保", "無料職業紹介による就職者数", "人", 8, 15, 11, "73.3%", 20),
]


def kamishihoro() -> Path:
    widths = [22, 30, 6, 12, 12, 12, 9, 12]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "上士幌町まち・ひと・しごと創生総合戦略　KPI検証シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年7月", align="right", size=9)
    fields = [
        ("担当課", "企画財政課"),
        ("平成29年度 総合戦略関連事業費（千円）", "312,450"),
    ]
    r = 3
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 5, val, align="left")
        r += 1
    _text(ws, 6, 1, "基本目標　だれもが生涯活躍できるまちづくり", bold=True, size=11)
    h = 7
    top = [
        "取組",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "平成29年度",
        None,
        None,
        "目標値\n（H31）",
    ]
    low = [None, None, None, None, "目標", "実績", "達成率", None]
    for c in range(1, 9):
        _put(ws, h, c, top[c - 1], header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    for c in (1, 2, 3, 4, 8):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 5, h, 7)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for row in KAMISHIHORO:
        for c, v in enumerate(row, start=1):
            align = "center" if c == 3 else ("right" if c >= 4 else None)
            _put(ws, r, c, v, align=align)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※達成率＝平成29年度実績÷平成29年度目標",
        "※移住相談件数の基準値「―」は、平成27年度の相談窓口開設前のため数値がないものです。",
        "※ふるさと納税寄附額は千円未満を四捨五入しています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "kamishihoro_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大町市 (長野県): 事務事業評価シート — 前回実績（R3） beside year-less 目標値/実績値
# --------------------------------------------------------------------------------------------

# Real (大町市 令和6年9月定例会市長あいさつ): 北アルプス国際芸術祭 (2024 edition), 信濃大町駅前
# インフォメーションセンター, 子どものためのアートスタディツアー with 市内小中学校等の5校, 22クラス,
# 340人を超える児童・生徒. Made up: the sheet, 課, money, the other indicators and every other figure.
OMACHI = [
    # (区分, 指標名, 単位, 前回実績（R3）, 目標値, 実績値, 達成度)
    ("活動指標", "アートサイト（作品展示場所）数", "か所", 36, 35, 36, "102.9%"),
    ("活動指標", "子どものためのアートスタディツアー参加校数", "校", "―", 5, 5, "100.0%"),
    ("成果指標", "芸術祭来場者数", "人", "約40,000", 50000, "約42,000", "84.0%"),
    ("成果指標", "来場者満足度（「満足」「やや満足」の割合）", "%", 82.4, 85.0, 86.1, "101.3%"),
]


def omachi() -> Path:
    widths = [10, 38, 6, 13, 11, 11, 9]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "令和6年度　事務事業評価シート", bold=True, size=13)
    _text(ws, 2, 7, "大町市", align="right", size=9)
    fields = [
        ("事業名", "北アルプス国際芸術祭開催事業"),
        ("担当課", "生涯学習課 芸術祭推進室"),
        ("総事業費（千円）", "186,320"),
        ("うち一般財源（千円）", "74,500"),
    ]
    r = 3
    for key, val in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 7, val, align="left")
        r += 1
    _text(ws, 8, 1, "2　指標の状況", bold=True, size=11)
    h = 9
    head = ["区分", "指標名", "単位", "前回実績\n（R3）", "目標値", "実績値", "達成度"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for row in OMACHI:
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 3) else ("right" if c >= 4 else None)
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 26
        r += 1
    notes = [
        "※前回実績は第2回芸術祭（令和3年度開催）の数値です。芸術祭は3年ごとに開催しています。",
        "※子どものためのアートスタディツアーには市内小中学校等の5校、22クラス、340人が参加しました。",
        "※来場者数は各アートサイトの延べ入場者数からの推計です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "omachi_jimu_jigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 横手市 (秋田県): KPI進捗 page — a 改定 table of 追加事業, 【再掲】, 現状維持, 集計中
# --------------------------------------------------------------------------------------------

# Real (横手市 第2期総合戦略 page): 第2期横手市まち・ひと・しごと創生総合戦略 (令和3–7年度), the
# 令和4年3月改定, 基本目標1 いきいきと働くことができるまちづくり and its 追加事業 (横手市農業持続的
# 発展事業, Bizサポートよこて費, 産学共同研究支援事業, 柳田工業団地整備事業（建設）), 横手市総合計画
# 審議会. Made up: the KPI table, every KPI, figure and note.
YOKOTE = [
    # (事業名, KPI, 単位, 基準値（R元）, R3, R4, 目標値（R7）)
    ("横手市農業持続的発展事業", "新規就農者数", "人", "18", "21", "19", "25"),
    ("横手市農業持続的発展事業", "園芸作物の販売額", "億円", "42.6", "44.1", "集計中", "50.0"),
    ("Bizサポートよこて費", "相談件数", "件", "312", "405", "468", "500"),
    ("産学共同研究支援事業", "共同研究の件数", "件", "2", "3", "5", "10（累計）"),
    (
        "Bizサポートよこて費【再掲】",
        "市内事業所の従業者数",
        "人",
        "38,420",
        "38,105",
        "37,960",
        "現状維持",
    ),
]


def yokote_html() -> str:
    rows = []
    for prog, name, unit, base, r3, r4, target in YOKOTE:
        rows.append(
            f'<tr><td>{prog}</td><td>{name}</td><td class="c">{unit}</td><td class="r">{base}</td>'
            f'<td class="r">{r3}</td><td class="r">{r4}</td><td class="r">{target}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期総合戦略 KPIの進捗状況｜横手市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>第2期横手市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和4年度）</h1>
<p>ページID1004120　更新日 2023年8月25日</p>
<p>第2期横手市まち・ひと・しごと創生総合戦略（令和3年度～令和7年度）に掲げるKPIの進捗状況を、横手市総合計画審議会に報告しました。</p>
<h2>令和4年3月改定の主な変更点</h2>
<table>
<tr><th>項目</th><th>追加事業</th></tr>
<tr><td>【基本目標1】<br>いきいきと働くことができるまちづくり</td><td>横手市農業持続的発展事業、Bizサポートよこて費、<br>産学共同研究支援事業、柳田工業団地整備事業（建設）</td></tr>
</table>
<h2>基本目標1　いきいきと働くことができるまちづくり</h2>
<table>
<tr><th rowspan="2">事業名</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値（R元）</th><th colspan="2">実績値</th><th rowspan="2">目標値（R7）</th></tr>
<tr><th>R3</th><th>R4</th></tr>
{body}
</table>
<p class="note">※園芸作物の販売額は、JA秋田ふるさとの販売実績（令和4年度分は集計中）です。</p>
<p class="note">※柳田工業団地整備事業（建設）は令和5年度からKPI を設定します。令和4年度事業費は3億2,800万円でした。</p>
</body>
</html>
"""


def yokote() -> Path:
    path = HERE / "yokote_kpi_shinchoku_r4.html"
    path.write_bytes(yokote_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tomioka, kamishihoro, omachi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yokote().name}")


if __name__ == "__main__":
    main()
