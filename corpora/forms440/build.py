"""Build the documents of forms440/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``gujo_senryaku_kpi_h30.xlsx``, a workbook left as it is: 総合戦略 KPI 進捗状況（平成30年度） in the
  manner of 郡上市 (岐阜県): **actual heads ``実績値（H27からの累計）`` over H28–H30 and a note under the
  table making actuals and targets running totals, except a row whose 備考 says ``単年度の値``**;
* ``source/susono_seika_shihyo_r5.xlsx``, a 総合計画 前期基本計画 成果指標 sheet in the manner of 裾野市
  (静岡県): a ``策定時（R元年度）`` head beside Western ``2021年度`` … heads, **a ``前年度比`` column of
  arrows (↗ → ↘ ―) that is a trend, not a status**, ``万人`` and ``千円`` in the 単位 column, ``集計中``;
  and the portrait PDF;
* ``takashima_kouki_seika_r5.html``, a 総合計画 後期基本計画 成果指標 page in the manner of 高島市 (滋賀県):
  ``<sup>※1</sup>`` / ``<sup>※2</sup>`` markers whose notes **re-date one baseline to 令和元年度** and
  **make one R5 actual an estimate**;
* ``source/shiso_saisei_kensho_r5.xlsx``, a 地域再生計画 効果検証シート in the manner of 宍粟市 (兵庫県):
  目標 / 実績 row pairs under ``20XX年度増加分（N年目）`` heads, **a negative increment ``△3``** and
  **an 評価 judged on the ``KPI増加分の累計`` column**; and the landscape PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms440/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms440/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms440_soffice_") as tmp:
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
# 郡上市 (岐阜県): 郡上市まち・ひと・しごと創生総合戦略 KPI進捗状況（平成30年度）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real (city.gujo.gifu.jp 5322 / 5961, soumu.go.jp kankeijinkou 07_gujoshi): the strategy's name, 人口
# 42,300 and 世帯 15,302 (2018年4月1日), 観光立市郡上 (平成29年度から), 郡上おどり, 世界農業遺産「清流長良川の鮎」
# (平成27年12月15日). Made up: the 課, the period wording, the sheet, the KPIs and every figure.
GU_ROWS = [
    # No., name, unit, base H26, H28, H29, H30 (running totals), target H30, target H31, 備考
    (1, "移住定住相談窓口を通じた移住者数", "人", 18, 62, 105, 151, 140, 200, ""),
    (2, "市の支援による起業・創業件数", "件", 3, 9, 16, 22, 20, 25, ""),
    (3, "新規就農者数", "人", 4, 7, 12, 15, 18, 22, ""),
    (4, "観光入込客数", "千人", 5912, 6104, 6380, 6215, 6300, 6500, "単年度の値"),
    (5, "ふるさと納税寄附件数", "件", 1240, 5830, 13120, 22760, 20000, 27000, ""),
]


def gujo() -> Path:
    wb, ws = _sheet("KPI進捗（H30）", [6, 36, 7, 12, 11, 11, 11, 11, 11, 14])
    last = 10
    _text(
        ws,
        1,
        1,
        "郡上市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗状況（平成30年度）",
        bold=True,
        size=13,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "平成31年3月　郡上市", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("戦略の名称", "郡上市まち・ひと・しごと創生総合戦略", 18),
            ("計画期間", "平成27年度～平成31年度（5年間）", 18),
            ("担当課", "市長公室　企画課", 18),
            (
                "市の概要",
                "本市の人口は42,300人、世帯数は15,302世帯（2018年4月1日現在）。平成27年12月15日には「清流長良川の鮎」が世界農業遺産に認定された。平成29年度からは「観光立市郡上」を旗印に、郡上おどりをはじめとする地域の宝ものを磨き、交流と仕事づくりを進めている。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■基本目標１　観光立市郡上による交流と仕事づくり", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for c, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（H26）"),
        (10, "備考"),
    ):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 7, "実績値（H27からの累計）", header=True)
    _span(ws, h1, 8, 9, "目標値", header=True)
    for c, word in ((5, "H28年度"), (6, "H29年度"), (7, "H30年度"), (8, "H30年度"), (9, "H31年度")):
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for row in GU_ROWS:
        for c, v in enumerate(row, start=1):
            _put(ws, r, c, v, align="center" if c in (1, 3) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        r,
        1,
        "※　実績値及び目標値は、平成27年度からの累計値です（備考欄に「単年度の値」とあるものを除く）。基準値は平成26年度の単年度の値です。",
    )
    _text(ws, r + 1, 1, "※　観光入込客数は岐阜県観光入込客統計調査による。")
    _page(ws, "landscape")
    path = HERE / "gujo_senryaku_kpi_h30.xlsx"
    _save(wb, path)
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 裾野市 (静岡県): 第5次裾野市総合計画 前期基本計画 成果指標の進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (city.susono.shizuoka.jp 15242): the plan 第5次裾野市総合計画 (2021～2030年度) and its 前期基本計画
# (令和3年度～7年度), the 将来像, the five 施策の大綱 (the sheet shows 大綱2). Made up: the 課, the sheet, the
# indicators and every figure.
SU_ROWS = [
    # No., name, unit, base R元, 2021, 2022, 2023, target 2025, 前年度比
    (1, "市内観光交流客数", "万人", 152.4, 98.6, 121.3, 140.8, 170.0, "↗"),
    (2, "企業立地件数（新規・増設）", "件", 2, 1, 3, 2, 3, "↘"),
    (3, "農産物直売所の販売額", "千円", 184500, 201300, 198700, "集計中", 220000, "―"),
    (4, "市内就業者のうち市内在住者の割合", "％", 58.2, 57.4, "―", 56.9, 60.0, "―"),
]


def susono() -> Path:
    wb, ws = _sheet("成果指標（R5）", [5, 30, 7, 12, 10, 10, 10, 12, 9])
    last = 9
    _text(
        ws,
        1,
        1,
        "第5次裾野市総合計画 前期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和6年8月", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "第5次裾野市総合計画 前期基本計画", 18),
            ("計画期間", "令和3年度～令和7年度（基本構想：2021年度～2030年度の10年間）", 18),
            ("担当課", "企画部　企画政策課", 18),
            ("将来像", "みんなが誇る豊かな田園未来都市すその", 18),
            (
                "概要",
                "前期基本計画は、基本構想に掲げる5つの施策の大綱のもとに施策を体系化し、それぞれに成果指標を定めている。本シートは、施策の大綱２に属する4指標について、2023年度までの実績を取りまとめたものである。",
                44,
            ),
        ],
    )
    r += 1
    _text(
        ws,
        r,
        1,
        "施策の大綱２　地域資源を活用した魅力あふれるまち＜産業・観光＞",
        bold=True,
        size=11,
    )
    r += 1
    _text(ws, r, 1, "前期基本計画の成果指標")
    _text(
        ws,
        r,
        4,
        "前年度比　↗：前年度より改善　→：横ばい　↘：前年度より悪化　―：比較できない",
        size=8,
    )
    r += 1
    h1, h2 = r, r + 1
    for c, word in (
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "策定時\n（R元年度）"),
        (8, "目標値\n（2025年度）"),
        (9, "前年度比"),
    ):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for c, word in ((5, "2021年度"), (6, "2022年度"), (7, "2023年度")):
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for row in SU_ROWS:
        for c, v in enumerate(row, start=1):
            _put(
                ws,
                r,
                c,
                v,
                align="center" if c in (1, 3, 9) or (isinstance(v, str) and c > 3) else None,
            )
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, r, 1, "※　No.3の2023年度実績は集計中です。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※　No.4は市民意識調査（隔年実施）によるもので、2022年度は調査を実施していません。",
        size=8,
    )
    _page(ws, "portrait")
    path = SOURCE / "susono_seika_shihyo_r5.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 宍粟市 (兵庫県): 地域再生計画 効果検証シート（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp 2157, city.shiso.lg.jp 地域創生総合戦略 page): 約9割が森林, 氷ノ山, 宍粟50名山,
# 揖保川・千種川, 1950年の60,289人, 37,773人 (2015年国勢調査), 22,353人 (2040年推計), 年間300人以上の転出超過,
# the theme 森林から創まる地域創生, 市長公室 地域創生課 (the page's address). Made up: the plan's exact name, the
# period, the sheet, the KPIs and every figure.
SH_ROWS = [
    # name, unit, base, (target 1-3, 累計), (actual 1-3, 累計), 評価
    (
        "宍粟材の市内製材所からの出荷量",
        "㎥",
        42000,
        (800, 1200, 1500, 3500),
        (650, 1320, 1410, 3380),
        "未達成",
    ),
    (
        "森林セラピー等の体験プログラム参加者数",
        "人",
        1250,
        (150, 200, 250, 600),
        (180, 260, 270, 710),
        "達成",
    ),
    ("移住相談窓口を通じた転入者数", "人", 24, (5, 5, 5, 15), (8, "△3", 6, 11), "未達成"),
    (
        "UIJターンによる市内事業所への新規就職者数",
        "人",
        0,
        (10, 10, 10, 30),
        (12, 9, 11, 32),
        "達成",
    ),
]


def shiso() -> Path:
    wb, ws = _sheet("効果検証（R5）", [34, 6, 6, 13, 14, 14, 14, 13, 8])
    last = 9
    _text(ws, 1, 1, "地域再生計画　効果検証シート（令和５年度）", bold=True, size=13)
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和6年6月　宍粟市", align="right")
    r = 3
    for label, value, height in (
        ("地域再生計画の名称", "宍粟市森林から創まる地域創生推進計画", 18),
        ("計画期間", "令和3年4月1日～令和6年3月31日", 18),
        ("担当課", "市長公室　地域創生課", 18),
        (
            "地域の現状",
            "本市は面積の約9割を森林が占め、県内最高峰の氷ノ山をはじめとする宍粟50名山や、揖保川・千種川の清流に恵まれている。人口は1950年の60,289人をピークに減少し、2015年国勢調査では37,773人となった。2040年には22,353人まで減少すると推計され、近年も年間300人以上の転出超過が続いている。",
            44,
        ),
    ):
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _text(ws, r, 6, "評価：KPI増加分の累計が目標以上＝達成、目標未満＝未達成", size=8)
    r += 1
    for c, word in enumerate(
        (
            "KPI",
            "単位",
            "区分",
            "事業開始前\n（現時点）",
            "2021年度増加分\n（1年目）",
            "2022年度増加分\n（2年目）",
            "2023年度増加分\n（3年目）",
            "KPI増加分\nの累計",
            "評価",
        ),
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for name, unit, base, target, actual, mark in SH_ROWS:
        for c, v in ((1, name), (2, unit), (4, base), (9, mark)):
            _put(ws, r, c, v, align="center" if c in (2, 9) else None)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 3, "目標", align="center")
        _put(ws, r + 1, 3, "実績", align="center")
        for i, (t, a) in enumerate(zip(target, actual)):
            _put(ws, r, 5 + i, t, fill=LIGHT if i == 3 else None)
            _put(ws, r + 1, 5 + i, a, align="right", fill=LIGHT if i == 3 else None)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _text(
        ws,
        r,
        1,
        "※　各年度の欄は前年度からの増加分（△は減少）。事業開始前の欄は令和2年度末の値。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "shiso_saisei_kensho_r5.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 高島市 (滋賀県): 第2次高島市総合計画 後期基本計画 成果指標の達成状況（令和５年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (city.takashima.lg.jp 6917 / 5719 / 5226, jablog.org Takashima, takashimakeizaikai.com pg116): the plan,
# its period (令和4年度～令和8年度, 令和4年3月策定), 6つの政策分野 with 1.産業・経済, たかしま野菜, 693.05km², 46,976人
# (2021年11月1日), 森林72%, 海津大崎. Made up: the 課, the page, the indicators and every figure.
TAKASHIMA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2次高島市総合計画後期基本計画 成果指標の達成状況（令和５年度） | 高島市</title>
</head>
<body>
<nav aria-label="パンくずリスト">
<ol>
<li><a href="/">トップページ</a></li>
<li><a href="/gyoseijoho/">行政情報</a></li>
<li><a href="/gyoseijoho/keikaku/">計画・施策</a></li>
<li>第2次高島市総合計画後期基本計画 成果指標の達成状況（令和５年度）</li>
</ol>
</nav>
<main>
<h1>第2次高島市総合計画後期基本計画 成果指標の達成状況（令和５年度）</h1>
<p class="date">更新日：2024年10月1日　担当：政策部 総合戦略課</p>
<p>第2次高島市総合計画の後期基本計画（令和4年度～令和8年度、令和4年3月策定）では、6つの政策分野ごとに成果指標を定め、毎年度その達成状況を検証しています。</p>
<p>本市は面積693.05km²、市域の72%を森林が占め、人口は46,976人（2021年11月1日現在）です。春には海津大崎の桜並木に多くの方が訪れます。</p>
<h2>政策分野１　産業・経済</h2>
<table border="1">
<thead>
<tr>
<th rowspan="2">成果指標</th>
<th rowspan="2">単位</th>
<th rowspan="2">基準値<br>（R2）</th>
<th colspan="2">令和4年度</th>
<th colspan="2">令和5年度</th>
<th rowspan="2">目標値<br>（R8）</th>
<th rowspan="2">達成状況<br>（R5）</th>
</tr>
<tr>
<th>目標</th>
<th>実績</th>
<th>目標</th>
<th>実績</th>
</tr>
</thead>
<tbody>
<tr>
<td>海津大崎の桜の時期の観光入込客数</td>
<td>千人</td>
<td>182<sup>※1</sup></td>
<td>200</td>
<td>236</td>
<td>220</td>
<td>251</td>
<td>260</td>
<td>達成</td>
</tr>
<tr>
<td>市内事業所の新規雇用者数</td>
<td>人</td>
<td>310</td>
<td>320</td>
<td>298</td>
<td>330</td>
<td>341<sup>※2</sup></td>
<td>360</td>
<td>達成</td>
</tr>
<tr>
<td>たかしま野菜の出荷額</td>
<td>千円</td>
<td>48,200</td>
<td>50,000</td>
<td>47,650</td>
<td>52,000</td>
<td>49,980</td>
<td>60,000</td>
<td>未達成</td>
</tr>
<tr>
<td>市の支援による創業件数</td>
<td>件</td>
<td>6</td>
<td>8</td>
<td>9</td>
<td>8</td>
<td>11</td>
<td>12</td>
<td>達成</td>
</tr>
</tbody>
</table>
<p>※1　令和2年度は新型コロナウイルス感染症の影響で大きく減少したため、令和元年度の値を基準値としています。</p>
<p>※2　令和6年3月末時点の見込値です（確定値は令和6年度中に公表します）。</p>
<p>達成状況は、令和5年度の実績が令和5年度の目標以上のものを「達成」としています。</p>
</main>
<footer>
<p>高島市役所　〒520-1592 滋賀県高島市新旭町北畑565</p>
</footer>
</body>
</html>
"""


def takashima() -> None:
    path = HERE / "takashima_kouki_seika_r5.html"
    path.write_bytes(TAKASHIMA_HTML.encode("utf-8"))
    print(f"wrote {path.name}")


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    gujo()
    takashima()
    for xlsx in (susono(), shiso()):
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
