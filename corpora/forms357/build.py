"""Build the documents of forms357/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/katashina_kpi_jisseki_r5.xlsx``, a 地域再生計画 KPI実績報告 in the manner of 片品村 (群馬県):
  form fields over a grid whose KPIs take two rows each (``区分`` 目標 / 実績) under Western-year
  headers with their era (``2021（R3）`` …), a baseline merged down over both rows, **no 単位 column:
  the units stand in one note line under the grid, keyed by label (``※単位　KPI①：万人　KPI②：人 …``),
  two of them with scale words (万人, 百万円)**, and a ``集計中`` actual; and the PDF (landscape);
* ``source/aikawa_kouki_shihyo_r2.xlsx``, a 総合計画 後期基本計画 成果指標の検証 in the manner of
  愛川町 (神奈川県): a chapter heading over ``成果指標 | 単位 | 目指す方向 | 策定時（H27） | 実績値
  (平成29年度 | 平成30年度 | 令和元年度) | 目標値（平成31年度）``, **the target's 平成31年度 and the
  actual's 令和元年度 one fiscal year under two era names**, an arrow column, ``千人`` in 単位 and value
  cells with words (``1,702（過去最高）``); and the PDF (portrait);
* ``mibu_senryaku_kensho_r5.html``, a 第2期創生総合戦略 KPI検証 page in the manner of 壬生町 (栃木県):
  two ``<h2>`` 基本目標, each table a ``<tbody>`` per KPI that opens with a ``<th colspan>`` row
  holding label, name and ``（単位：…）``, then one row a year (``年度 | 目標値 | 実績値 | 備考``);
  **the baseline row's value spans the 目標値 and 実績値 columns**, and **a revised target shown as
  ``<del>890</del> 850``**;
* ``goka_seika_shihyo_2024.xlsx``, a workbook left as it is: a 第6次総合計画 第1期基本計画 成果指標
  進捗管理表 in the manner of 五霞町 (茨城県), with Western-year headers stored as numbers under a
  ``0"年度"`` format, percentages stored as fractions under ``0.0%``, a ``2024年度（見込）`` column,
  and **an indented ``（内数）`` row ``うち道の駅ごかの来場者数`` under the 観光入込客数 row**.

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
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms357/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms357/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fmt is not None:
        cell.number_format = fmt
    if fill is not None:
        cell.fill = fill
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


def _field(ws, row, label, value, c_label, c1, c2, height=18):
    """A key-value form field: a shaded label cell and a merged value cell."""
    _put(ws, row, c_label, label, header=True)
    _put(ws, row, c1, value)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
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
    print(f"wrote {path.relative_to(HERE)}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms357_soffice_") as tmp:
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


# --------------------------------------------------------------------------- 片品村

KATASHINA_KPIS = [
    # label, name, baseline, targets R3..R6, actuals R3..R6 ("" = blank)
    ("KPI①", "観光入込客数", 186, [200, 210, 220, 225], [142.5, 171.3, 203.8, ""]),
    ("KPI②", "村中心地区における若者（39歳以下）の新規雇用者数", 0, [3, 3, 4, 4], [2, 4, 3, ""]),
    ("KPI③", "移住・定住相談件数", 12, [20, 25, 30, 35], [18, 27, "集計中", ""]),
    (
        "KPI④",
        "交流拠点施設における農産物・加工品の販売額",
        48.5,
        [55, 58, 61, 64],
        [52.1, 59.4, 63.0, ""],
    ),
    (
        "KPI⑤",
        "尾瀬ガイド付きツアー参加者の満足度",
        82.0,
        [85.0, 85.0, 88.0, 90.0],
        [86.4, 84.0, 89.2, ""],
    ),
]


def build_katashina() -> Path:
    wb, ws = _sheet("KPI実績", [8, 38, 7, 13, 13, 13, 13, 13, 30])
    _text(
        ws,
        1,
        1,
        "地域再生計画に係る重要業績評価指標（KPI）実績報告書（令和5年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年8月　片品村", align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "尾瀬の郷・片品の地域資源を活用した村中心地区活性化による若者の雇用創造プラン",
        1,
        2,
        9,
    )
    _merge(ws, 4, 1, 4, 1)
    _field(ws, 5, "計画期間", "令和3年度～令和6年度（4年間）", 1, 2, 5)
    _put(ws, 5, 6, "担当課", header=True)
    _put(ws, 5, 7, "むらづくり観光課")
    _put(ws, 5, 8, None)
    _put(ws, 5, 9, None)
    _merge(ws, 5, 7, 5, 9)
    _put(ws, 6, 1, "村の現状", header=True)
    _para(
        ws,
        6,
        2,
        9,
        "片品村は群馬県の北東端に位置し、総面積391.76k㎡は県内35市町村中第5位の広さで、村内の90%を森林が占める。"
        "平成17年に尾瀬がラムサール条約湿地に登録され、平成19年には尾瀬国立公園が誕生した。"
        "平成26年の観光入込客数は186万人であったが、冬季の積雪は山間部で3m～4mに達し、観光需要の季節差が大きい。",
        46,
        border=True,
    )
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の目標値と実績値", bold=True, size=11)
    h = 9
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "区分"),
        (4, "基準値\n（H26）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "年度別の目標値・実績値", header=True)
    for c in range(6, 9):
        _put(ws, h, c, None, header=True)
    _merge(ws, h, 5, h, 8)
    for c, y in zip(range(5, 9), ["2021（R3）", "2022（R4）", "2023（R5）", "2024（R6）"]):
        _put(ws, h + 1, c, y, header=True)
    _put(ws, h, 9, "主な取組", header=True)
    _put(ws, h + 1, 9, None, header=True)
    _merge(ws, h, 9, h + 1, 9)
    works = [
        "尾瀬の郷駅を核とした周遊促進",
        "交流拠点施設での就業マッチング",
        "空き家バンクと移住体験住宅の運用",
        "直売所の出荷者拡大と加工品開発",
        "ガイド養成講座（年2回）の開催",
    ]
    r = h + 2
    for (label, name, base, targets, actuals), work in zip(KATASHINA_KPIS, works):
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 4, base, fmt="#,##0.0" if isinstance(base, float) else "#,##0")
        _put(ws, r, 9, work)
        _put(ws, r, 3, "目標", align="center")
        _put(ws, r + 1, 3, "実績", align="center", fill=LIGHT)
        for i, v in enumerate(targets):
            _put(ws, r, 5 + i, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
        for i, v in enumerate(actuals):
            _put(
                ws,
                r + 1,
                5 + i,
                v,
                fmt="#,##0.0" if isinstance(v, float) else None,
                align="right",
                fill=LIGHT,
            )
        for c in (1, 2, 4, 9):
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        ws.row_dimensions[r].height = 17
        ws.row_dimensions[r + 1].height = 17
        r += 2
    notes = [
        "※単位　KPI①：万人　KPI②：人　KPI③：件　KPI④：百万円　KPI⑤：％",
        "※2024（R6）の実績値は、令和7年度の実績報告書において報告する。",
        "※KPI③の2023（R5）実績は、相談窓口の記録を集計中のため未記入。",
        "※基準値（H26）は、地域再生計画の認定申請時（平成27年度）に把握していた最新の数値。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=9)
    _page(ws, "landscape")
    path = SOURCE / "katashina_kpi_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 愛川町

AIKAWA_ROWS = [
    # no, name, unit, arrow, base, actuals H29 H30 R1, target
    ("1", "観光入込客数", "千人", "↗", "1,580", ["1,612", "1,655", "1,702（過去最高）"], "1,700"),
    ("2", "町内宿泊施設の宿泊者数", "人", "↗", "12,400", ["11,950", "12,310", "12,880"], "13,500"),
    ("3", "観光ボランティアガイドの登録者数", "人", "↗", "24", ["26", "27", "27"], "30"),
    (
        "4",
        "三増合戦まつり・あいかわ公園イベントの来場者数",
        "人",
        "↗",
        "約18,000",
        ["19,200", "20,450", "中止（台風）"],
        "21,000",
    ),
]


def build_aikawa() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 7, 7, 11, 11, 11, 14, 11])
    _text(ws, 1, 1, "第5次愛川町総合計画後期基本計画　成果指標の検証シート", bold=True, size=13)
    _text(ws, 2, 9, "令和2年9月", align="right")
    _field(ws, 4, "計画名", "第5次愛川町総合計画後期基本計画", 1, 3, 9)
    _merge(ws, 4, 1, 4, 2)
    _field(ws, 5, "計画期間", "平成29年度～令和元年度（3年間）", 1, 3, 9)
    _merge(ws, 5, 1, 5, 2)
    _field(ws, 6, "担当課", "企画政策課", 1, 3, 9)
    _merge(ws, 6, 1, 6, 2)
    _put(ws, 7, 1, "町の現状", header=True)
    _put(ws, 7, 2, None, header=True)
    _merge(ws, 7, 1, 7, 2)
    _para(
        ws,
        7,
        3,
        9,
        "本町の人口は1995年の約43,000人をピークに減少しており、人口ビジョンでは2040年の人口を約35,000人と展望している。"
        "面積は34.28k㎡で、西部には丹沢の山並み、中央には中津川が流れ、宮ヶ瀬湖や半原の撚糸など、観光につながる地域資源に恵まれている。",
        54,
        border=True,
    )
    _text(ws, 9, 1, "第5部第3章　地域資源を活用した観光の振興", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "目指す\n方向"),
        (5, "策定時\n（H27）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 6, "実績値", header=True)
    _put(ws, h, 7, None, header=True)
    _put(ws, h, 8, None, header=True)
    _merge(ws, h, 6, h, 8)
    for c, y in zip((6, 7, 8), ["平成29年度", "平成30年度", "令和元年度"]):
        _put(ws, h + 1, c, y, header=True)
    _put(ws, h, 9, "目標値\n（平成31年度）", header=True)
    _put(ws, h + 1, 9, None, header=True)
    _merge(ws, h, 9, h + 1, 9)
    ws.row_dimensions[h].height = 26
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, arrow, base, acts, target in AIKAWA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, arrow, align="center")
        _put(ws, r, 5, base, align="right")
        for c, v in zip((6, 7, 8), acts):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 9, target, align="right")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※目指す方向　↗：数値の増加を目指す指標　↘：数値の減少を目指す指標",
        "※令和元年度は、平成31年4月30日までの期間を含む（平成31年度と同じ年度）。",
        "※No.4の令和元年度は、令和元年10月の台風第19号の影響により三増合戦まつりを中止したため、数値なし。",
        "※宮ヶ瀬湖周辺（清川村・相模原市域）の入込客数は含まない。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _text(ws, r + 6, 1, "【担当課の所見】", bold=True)
    _para(
        ws,
        r + 7,
        1,
        9,
        "観光入込客数は目標を上回ったが、宿泊者数は日帰り客の増加に比べて伸びが小さく、"
        "滞在型観光への転換が課題である。ガイド登録者は高齢化により2名が退会しており、養成講座の充実を図る。",
        40,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "aikawa_kouki_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 五霞町

GOKA_ROWS = [
    # no, name, unit, fmt, base(2018), actuals 2020..2023, 2024 見込, target 2024, indent
    ("1", "観光入込客数", "千人", "#,##0", 1052, [803, 871, 968, 1015], 1040, 1100, False),
    (
        "",
        "（内数）うち道の駅ごかの来場者数",
        "千人",
        "#,##0",
        918,
        [702, 760, 851, 893],
        910,
        950,
        True,
    ),
    ("2", "町内工業団地の立地企業数", "社", "#,##0", 58, [58, 59, 60, 61], 62, 62, False),
    ("3", "認定農業者数", "人", "#,##0", 74, [72, 70, 71, 69], 70, 80, False),
    (
        "4",
        "「五霞町に住み続けたい」と思う町民の割合",
        "％",
        "0.0%",
        0.628,
        [None, 0.641, None, 0.655],
        None,
        0.70,
        False,
    ),
]


def build_goka() -> Path:
    wb, ws = _sheet("成果指標", [5, 36, 6, 10, 9, 9, 9, 9, 11, 10])
    _text(ws, 1, 1, "第6次五霞町総合計画　第1期基本計画　成果指標 進捗管理表", bold=True, size=13)
    _text(ws, 2, 10, "令和6年7月作成", align="right")
    _field(
        ws,
        4,
        "計画名",
        "第6次五霞町総合計画（将来像：キラリ☆五霞町～快適で居心地のよいまち～）",
        1,
        3,
        10,
    )
    _merge(ws, 4, 1, 4, 2)
    _field(ws, 5, "計画期間", "基本計画 第1期　2020年度～2024年度（5年間）", 1, 3, 10)
    _merge(ws, 5, 1, 5, 2)
    _field(ws, 6, "担当課", "まちづくり戦略課", 1, 3, 10)
    _merge(ws, 6, 1, 6, 2)
    _put(ws, 7, 1, "町の概況", header=True)
    _put(ws, 7, 2, None, header=True)
    _merge(ws, 7, 1, 7, 2)
    _para(
        ws,
        7,
        3,
        10,
        "本町は東京都心から約50km、茨城県で唯一利根川の右岸に位置し、総面積は23.09k㎡。"
        "平成17年4月に開設した道の駅ごかには町外からも多くの買物客が訪れ、町内の工業団地には約60の企業が立地している。",
        44,
        border=True,
    )
    _text(ws, 9, 1, "２　成果指標の推移", bold=True, size=11)
    h = 10
    for c, word in [(1, "No."), (2, "成果指標"), (3, "単位")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "現状値", header=True)
    _put(ws, h + 1, 4, 2018, header=True, fmt='0"年度"')
    _put(ws, h, 5, "実績値", header=True)
    for c in range(6, 10):
        _put(ws, h, c, None, header=True)
    _merge(ws, h, 5, h, 9)
    for c, y in zip(range(5, 9), [2020, 2021, 2022, 2023]):
        _put(ws, h + 1, c, y, header=True, fmt='0"年度"')
    _put(ws, h + 1, 9, "2024年度\n（見込）", header=True)
    _put(ws, h, 10, "目標値", header=True)
    _put(ws, h + 1, 10, 2024, header=True, fmt='0"年度"')
    ws.row_dimensions[h + 1].height = 26
    r = h + 2
    for no, name, unit, fmt, base, acts, est, target, indent in GOKA_ROWS:
        _put(ws, r, 1, no, align="center")
        cell = _put(ws, r, 2, name)
        if indent:
            cell.alignment = Alignment(
                horizontal="left", vertical="center", indent=2, wrap_text=True
            )
            cell.font = Font(name=FONT, size=8)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        for c, v in zip(range(5, 9), acts):
            _put(
                ws,
                r,
                c,
                "―" if v is None else v,
                fmt=None if v is None else fmt,
                align="right" if v is None else None,
            )
        _put(ws, r, 9, "―" if est is None else est, fmt=None if est is None else fmt, align="right")
        _put(ws, r, 10, target, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※（内数）の行は、直上の指標の内訳を参考として掲げたもの。",
        "※No.4は町民意識調査（隔年実施）による。調査を実施しない年度は「―」。",
        "※2024年度（見込）は、令和6年6月末までの実績をもとに担当課が推計した値。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = HERE / "goka_seika_shihyo_2024.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 壬生町

MIBU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期壬生町創生総合戦略 重要業績評価指標（KPI）の検証結果（令和5年度） - 壬生町</title>
<style>
table {{ border-collapse: collapse; margin-bottom: 1.5em; }}
th, td {{ border: 1px solid #666; padding: 4px 8px; }}
thead th {{ background: #dde7f0; }}
th.kpi {{ background: #f3f3f3; text-align: left; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/docs/gyosei/">町政情報</a> &gt; <a href="/docs/gyosei/keikaku/">計画・施策</a> &gt; 第2期壬生町創生総合戦略 KPIの検証結果（令和5年度）</nav>
<main>
<h1>第2期壬生町創生総合戦略 重要業績評価指標（KPI）の検証結果（令和5年度）</h1>
<p class="date">掲載日：2024年11月20日　企画財政課</p>
<p>町では、令和2年3月に「第2期壬生町人口ビジョン及び壬生町創生総合戦略」を策定し、令和47（2065）年に32,000人の人口を確保することを目標としています（国立社会保障・人口問題研究所の推計は30,247人）。4つの基本目標ごとに定めたKPIについて、令和5年度の実績を検証しました。</p>
<p>※目標値を見直した年度は、見直し前の目標値を取消線で示しています。</p>
{tables}
<p>※基準値は、第2期戦略の策定時に把握していた令和元年度の数値です。</p>
<p>※令和6年度の実績値は、令和7年度に公表します。</p>
</main>
<footer><p>このページに関するお問い合わせ：企画財政課 総合政策係</p></footer>
</body>
</html>
"""

MIBU_GOALS = [
    (
        "基本目標2　壬生町への新しいひとの流れをつくる",
        [
            (
                "KPI 2-1",
                "道の駅みぶ（みぶハイウェーパーク）の来場者数",
                "千人",
                "812",
                [
                    ("令和2年度", "830", "655", "新型コロナウイルス感染症の影響により来場者が減少"),
                    ("令和3年度", "850", "702", ""),
                    ("令和4年度", "870", "798", ""),
                    ("令和5年度", "<del>890</del> 850", "861", "令和5年度に目標値を見直し"),
                    ("令和6年度", "<del>910</del> 870", "", ""),
                ],
            ),
            (
                "KPI 2-2",
                "転入者数",
                "人",
                "1,402",
                [
                    ("令和2年度", "1,420", "1,388", ""),
                    ("令和3年度", "1,440", "1,451", ""),
                    ("令和4年度", "1,460", "1,497", ""),
                    ("令和5年度", "1,480", "1,463", "住民基本台帳による（年度中の転入者数）"),
                    ("令和6年度", "1,500", "", ""),
                ],
            ),
        ],
    ),
    (
        "基本目標3　壬生町で結婚・出産・子育ての希望をかなえる",
        [
            (
                "KPI 3-1",
                "子育て支援センターの延べ利用者数",
                "人",
                "15,230",
                [
                    (
                        "令和2年度",
                        "15,500",
                        "8,912",
                        "新型コロナウイルス感染症の影響により利用を制限",
                    ),
                    ("令和3年度", "15,800", "10,447", ""),
                    ("令和4年度", "16,100", "13,086", ""),
                    ("令和5年度", "16,400", "14,951", ""),
                    ("令和6年度", "16,700", "", ""),
                ],
            ),
            (
                "KPI 3-2",
                "保育所等の待機児童数（4月1日現在）",
                "人",
                "3",
                [
                    ("令和2年度", "0", "2", ""),
                    ("令和3年度", "0", "0", ""),
                    ("令和4年度", "0", "0", ""),
                    ("令和5年度", "0", "0", ""),
                    ("令和6年度", "0", "", ""),
                ],
            ),
        ],
    ),
]


def _mibu_tables() -> str:
    out = []
    for heading, kpis in MIBU_GOALS:
        out.append(f"<h2>{heading}</h2>")
        out.append("<table>")
        out.append(
            '<thead><tr><th scope="col">年度</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">備考</th></tr></thead>'
        )
        for label, name, unit, base, rows in kpis:
            out.append("<tbody>")
            out.append(
                f'<tr><th class="kpi" colspan="4" scope="rowgroup">{label}　{name}（単位：{unit}）</th></tr>'
            )
            out.append(
                f'<tr><th scope="row">基準値（令和元年度）</th><td class="num" colspan="2">{base}</td><td>策定時</td></tr>'
            )
            for year, target, actual, note in rows:
                out.append(
                    f'<tr><th scope="row">{year}</th><td class="num">{target}</td><td class="num">{actual}</td><td>{note}</td></tr>'
                )
            out.append("</tbody>")
        out.append("</table>")
    return "\n".join(out)


def build_mibu() -> Path:
    path = HERE / "mibu_senryaku_kensho_r5.html"
    path.write_text(MIBU_HTML.format(tables=_mibu_tables()), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    for src in (build_katashina(), build_aikawa()):
        if not no_pdf:
            to_pdf(src)
    build_goka()
    build_mibu()


if __name__ == "__main__":
    main()
