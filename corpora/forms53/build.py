"""Build the built documents of forms53/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/susaki_sangyo_shinchoku_h29.xlsx``, a 産業振興計画 進捗状況 sheet in the manner of 須崎市 (高知県):
  分野 merged down, `出発点（H26） | 現状（H29） | H29目標 | 4年後の目標（H31）`, `千円` in the 単位 column,
  a 備考 with the old target of a raised one; and from it ``susaki_sangyo_shinchoku_h29.pdf``;
* ``source/koka_jisshi_keikaku_kpi_r7.xlsx``, a 実施計画 重点プロジェクト sheet in the manner of 甲賀市 (滋賀県):
  a KPI grid `KPI | 単位 | 基準値 | 基準時点 | R7 | R8 | R9 | R10` whose 基準時点 column holds `R1～R5平均`,
  `R6.4.1`, signed values (`＋35`, `△12`), `―` targets, and a 主な事業 block of 事業費 (千円) by year;
  and from it ``koka_jisshi_keikaku_kpi_r7.pdf``;
* ``source/nago_seika_shihyo_r6.xlsx``, a 施策の成果指標 sheet in the manner of 名護市 (沖縄県): values with a
  trailing arrow (`62.4↑`), a 参考 沖縄県 column, a `―` actual; and from it ``nago_seika_shihyo_r6.pdf``;
* ``ama_kpi_dashboard_2023.html``, a KPI dashboard page in the manner of 海士町 (島根県): `目標（2024年）` left of
  `計画時 | 2021年 | 2022年 | 2023年 | 2024年`, units inside the cells, `50%以上`, prose targets
  (`計画期間中に新規5名`, `毎年3名`), a `男:33歳 女:32歳` cell, bulleted 主な事業 above each table.

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
    wb.properties.creator = "forms53/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms53/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms53_soffice_") as tmp:
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
# 須崎市 (高知県): すさきがすきさ産業振興計画 進捗状況 — 出発点／現状、単位欄の千円・千尾、上方修正の備考
# --------------------------------------------------------------------------------------------

# Real (city.susaki.lg.jp, 平成29年度のすさきがすきさ産業振興計画の進捗について): the plan's name, 平成27年3月
# 策定, 平成30年3月改訂, 平成31年度までの5カ年, the 企画情報課, the 直販所 and 移住 targets raised in H29, 須崎未来塾
# 地域再生マネージャー 52人 with the new target 60人, カンパチ. Made up: every other figure and the layout.
SUSAKI = [
    # (分野, No., 目標指標, 単位, 出発点 H26, 現状 H29, H29目標, H31目標, 備考)
    (
        "農業",
        "1",
        "地域農産物直販所の販売額",
        "千円",
        48200,
        63150,
        55000,
        70000,
        "H29に上方修正（当初60,000）",
    ),
    ("農業", "2", "休耕地の解消面積（累計）", "ha", 0.0, 3.8, 3.0, 6.0, ""),
    ("水産業", "3", "カンパチの出荷尾数", "千尾", 412, 455, 450, 480, "須崎市漁協調べ"),
    ("商工・観光", "4", "観光入込客数", "人", 312400, 298760, 330000, 350000, ""),
    ("移住・人材", "5", "移住者数（年間）", "人", 18, 41, 30, 50, "H29に上方修正（当初35）"),
    (
        "移住・人材",
        "6",
        "地域再生マネージャー数（須崎未来塾修了者）",
        "人",
        12,
        52,
        45,
        60,
        "H29に上方修正（当初50）",
    ),
]


def susaki() -> Path:
    widths = [11, 5, 36, 7, 12, 12, 12, 14, 24]
    wb, ws = _sheet("進捗状況", widths)
    _text(ws, 1, 1, "すさきがすきさ産業振興計画　平成29年度の進捗状況", bold=True, size=13)
    _text(ws, 2, 9, "平成30年4月　須崎市企画情報課", align="right", size=9)
    _text(ws, 3, 1, "計画期間：平成27年度～平成31年度（平成27年3月策定・平成30年3月改訂）", size=9)
    _text(ws, 5, 1, "２　目標指標の進捗", bold=True, size=11)
    h = 6
    head = [
        "分野",
        "No.",
        "目標指標",
        "単位",
        "出発点（H26）",
        "現状（H29）",
        "H29目標",
        "4年後の目標（H31）",
        "備考",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    start, prev = r, None
    for field, no, name, unit, base, now, t29, t31, note in SUSAKI:
        if field != prev:
            if prev is not None and r - 1 > start:
                _merge(ws, start, 1, r - 1, 1)
            start = r
            _put(ws, r, 1, field, align="center")
            prev = field
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in ((5, base), (6, now), (7, t29), (8, t31)):
            _put(ws, r, c, v, fmt="0.0" if isinstance(v, float) else None)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    if r - 1 > start:
        _merge(ws, start, 1, r - 1, 1)
    notes = [
        "※出発点は計画策定時（平成26年度）の値、現状は平成29年度末の実績値。",
        "※H29目標を上回った指標のうち、4年後の目標に近づいたものは目標を上方修正した（備考欄の「当初」は修正前の目標）。",
        "※カンパチの出荷尾数の単位は千尾。",
        "※すさきがすきさ産業振興推進総合支援補助金の交付額（H29）：2,350万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "susaki_sangyo_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 甲賀市 (滋賀県): 第2次総合計画 第3期基本計画 実施計画 — 基準時点の欄（R1～R5平均、R6.4.1）、＋／△の値
# --------------------------------------------------------------------------------------------

# Real (city.koka.lg.jp 24979): 第2次甲賀市総合計画（第3期基本計画）, 実施計画 令和7年度～令和10年度 (令和7年3月),
# 重点目標「若者・子育て世代に選ばれるまち」, (1) 若者・子育て応援プロジェクト, 単年度5,000千円以上の事業. Made up:
# the 調書's layout, the 課, every KPI, figure and 事業.
KOKA = [
    # (No., KPI, 単位, 基準値, 基準時点, R7, R8, R9, R10)
    ("1", "転入超過数（20～39歳）", "人", "＋35", "R1～R5平均", "＋40", "＋45", "＋50", "＋60"),
    ("2", "合計特殊出生率", "―", 1.38, "R5", 1.40, 1.42, 1.44, 1.46),
    ("3", "保育所等待機児童数", "人", 12, "R6.4.1", 8, 4, 0, 0),
    ("4", "社会増減数（0～14歳）", "人", "△12", "R5", "△8", "△4", 0, "＋5"),
    ("5", "こども家庭センターの相談件数", "件", 1240, "R5", "―", "―", "―", 1600),
]
KOKA_MONEY = [
    ("若者定住促進住宅取得支援事業", "住宅建築課", (48000, 48000, 45000, 45000)),
    ("子育て世帯包括支援事業", "子育て政策課", (62350, 63100, 63100, 64000)),
    ("保育所等整備事業", "保育幼稚園課", (185400, 96200, 12000, 12000)),
]


def koka() -> Path:
    widths = [6, 34, 7, 10, 13, 10, 10, 10, 12]
    wb, ws = _sheet("重点プロジェクト調書", widths)
    _text(
        ws,
        1,
        1,
        "第2次甲賀市総合計画（第3期基本計画）実施計画　重点プロジェクト調書",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和7年3月　甲賀市", align="right", size=10)
    fields = [
        ("重点目標", "若者・子育て世代に選ばれるまち"),
        ("重点プロジェクト", "(1)　若者・子育て応援プロジェクト"),
        ("計画期間", "令和7年度～令和10年度"),
        ("主担当課", "子育て政策課"),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 17
        r += 1
    _text(ws, r + 1, 1, "１　プロジェクトのKPI", bold=True, size=11)
    h = r + 2
    for c, word in ((1, "No."), (2, "KPI"), (3, "単位"), (4, "基準値"), (5, "基準時点")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 9, "目標値", header=True)
    for c, word in ((6, "R7"), (7, "R8"), (8, "R9"), (9, "R10（最終）")):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 16
    r = h + 2
    for no, name, unit, base, when, *targets in KOKA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt="0.00" if isinstance(base, float) else None, align="right")
        _put(ws, r, 5, when, align="center")
        for j, v in enumerate(targets):
            _put(
                ws,
                r,
                6 + j,
                v,
                fmt="0.00" if isinstance(v, float) else None,
                align="center" if v == "―" else "right",
            )
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※「＋」は転入超過・社会増、「△」は転出超過・社会減を示す。",
        "※No.1の基準値は令和元年度～令和5年度の平均値。No.3は各年度4月1日時点。",
        "※No.5は令和7年度にセンターを再編するため、令和10年度のみ目標を設定。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "２　主な事業（事業費　単位：千円）", bold=True, size=11)
    h = r + 1
    for c, word in (
        (1, "No."),
        (2, "事業名"),
        (3, "担当課"),
        (6, "R7"),
        (7, "R8"),
        (8, "R9"),
        (9, "R10"),
    ):
        _put(ws, h, c, word, header=True)
    _merge(ws, h, 3, h, 5)
    r = h + 1
    for i, (name, dept, money) in enumerate(KOKA_MONEY, start=1):
        _put(ws, r, 1, str(i), align="center")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 5, dept, align="center")
        for j, v in enumerate(money):
            _put(ws, r, 6 + j, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "koka_jisshi_keikaku_kpi_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 名護市 (沖縄県): 第5次総合計画 施策評価シート — 矢印つきの実績値、参考：沖縄県の列、単位欄の万人
# --------------------------------------------------------------------------------------------

# Real (city.nago.okinawa.jp 2018101500044; vdocuments 第5次名護市総合計画): 第5次名護市総合計画, 市制50周年
# (2020年8月1日) に始まる10年の計画, やんばる and the 5 地域 as places. Made up: the sheet, the 施策 and 課,
# every indicator and figure, the legend and the money.
NAGO = [
    # (No., 成果指標, 単位, 基準値 R1, R3実績, R4実績, R5実績, 目標値 R6, 参考 沖縄県 R5)
    ("1", "入域観光客数（市内主要施設）", "万人", 211.4, "98.7↑", "143.2↑", "186.5↑", 220.0, "―"),
    (
        "2",
        "観光客一人当たりの市内消費額",
        "円",
        24310,
        "19,850↓",
        "22,140↑",
        "25,020↑",
        27000,
        "78,400",
    ),
    ("3", "名護市に住み続けたいと思う市民の割合", "%", 71.2, "―", "69.8→", "73.5↑", 75.0, "―"),
    (
        "4",
        "やんばるの体験型観光プログラム参加者数",
        "人",
        8420,
        "3,150↑",
        "5,870↑",
        "7,930↑",
        10000,
        "―",
    ),
    ("5", "市内宿泊施設の客室稼働率", "%", 68.5, "41.2↑", "55.3↑", "63.8↑", 70.0, "68.1"),
]


def nago() -> Path:
    widths = [5, 36, 7, 11, 10, 10, 10, 11, 13]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "令和6年度　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "名護市", align="right", size=10)
    _span(ws, 3, 1, 2, "総合計画", header=True)
    _span(ws, 3, 3, 9, "第5次名護市総合計画　前期基本計画（令和2年度～令和6年度）")
    _span(ws, 4, 1, 2, "施策", header=True)
    _span(ws, 4, 3, 5, "3-2　観光・交流の推進")
    _put(ws, 4, 6, "担当課", header=True)
    _span(ws, 4, 7, 9, "商工・観光課")
    for row in (3, 4):
        ws.row_dimensions[row].height = 17
    _text(ws, 6, 1, "■成果指標の推移", bold=True, size=11)
    h = 7
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R1）",
        "R3実績",
        "R4実績",
        "R5実績",
        "目標値（R6）",
        "参考：沖縄県（R5）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, base, a3, a4, a5, target, ref in NAGO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "0.0" if isinstance(base, float) else None
        _put(ws, r, 4, base, fmt=fmt)
        for c, v in ((5, a3), (6, a4), (7, a5)):
            _put(ws, r, c, v, align="center" if v == "―" else "right")
        _put(ws, r, 8, target, fmt=fmt)
        _put(ws, r, 9, ref, align="center" if ref == "―" else "right")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※実績値の矢印は前年度との比較（↑：向上　↓：低下　→：横ばい）。",
        "※No.3の市民意識調査は、令和3年度は新型コロナウイルス感染症の影響により実施していない。",
        "※参考値は沖縄県全体の値（入域観光客数等、県の値がないものは「―」）。",
        "※施策の事業費（R5決算）：3億1,240万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "■施策の評価", bold=True, size=11)
    _span(ws, r + 1, 1, 2, "総合評価", header=True)
    _span(ws, r + 1, 3, 9, "B　概ね順調（観光客数は回復傾向にあるが、基準値には届いていない）")
    _page(ws, "portrait")
    path = SOURCE / "nago_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 海士町 (島根県): KPI ダッシュボード — 目標（2024年）が左、計画時と西暦の年、セル内の単位、文章の目標
# --------------------------------------------------------------------------------------------

# Real (amaresas.town.ama.shimane.jp dashboard/town_policy): the page's shape (重要業績評価指標 | 目標(2024年) |
# 主な政策 | 実績: 計画時, 2020年 … 2024年), 基本目標1 and its words, the 事業 names, every indicator and figure of
# the six rows. Made up: the 政策 headings' short names, the year each figure stands under, the notes.
AMA = [
    (
        "政策1：若者が安心して結婚し子育てができる環境を整える",
        ["海士町すこやか子育て支援事業（第5期海士町エンゼルプラン）"],
        [
            ("結婚した夫婦の数", "15組", "8組", "8組", "5組", "6組"),
            ("結婚した夫婦の平均年齢", "28歳", "男:33歳 女:32歳", "33歳", "37歳", "30歳"),
            ("1年に生まれる子どもの数", "20人", "12人", "15人", "18人", "10人"),
            ("海士町の子育てや教育環境に満足している割合", "50%以上", "43.6%", "", "", "46.7%"),
        ],
    ),
    (
        "政策2：お互いを尊重し、共に生きる社会をつくる",
        ["福祉人材確保事業", "LOVE AMA TOURの実施", "島の福祉留学"],
        [
            ("福祉事業所の新たな雇用数：諏訪園", "計画期間中に新規5名", "-", "2人", "2人", "2人"),
            (
                "福祉シェアハウス化「チェダッテ」に住む福祉人材の数",
                "毎年3名",
                "-",
                "2人",
                "3人",
                "2人",
            ),
        ],
    ),
]


def ama_html() -> str:
    parts = []
    for title, jigyo, rows in AMA:
        items = "".join(f"<li>{j}</li>" for j in jigyo)
        body = "\n".join(
            f'<tr><td>{name}</td><td class="r">{target}</td><td class="r">{base}</td><td class="r">{a20}</td><td class="r">{a21}</td><td class="r">{a22}</td><td class="r"></td><td class="r"></td></tr>'
            for name, target, base, a20, a21, a22 in rows
        )
        parts.append(f"""<h3>{title}</h3>
<p class="jigyo">主な事業</p>
<ul>{items}</ul>
<table>
<thead>
<tr><th rowspan="2">重要業績評価指標</th><th rowspan="2">目標<br>（2024年）</th><th colspan="6">実績</th></tr>
<tr><th>計画時</th><th>2020年</th><th>2021年</th><th>2022年</th><th>2023年</th><th>2024年</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>""")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>町の政策 重要業績評価指標（KPI）　海士町ダッシュボード</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
p.jigyo {{ margin: 0.2em 0; font-weight: bold; }}
</style>
</head>
<body>
<h1>町の政策　重要業績評価指標（KPI）</h1>
<p>海士町 総合振興計画・総合戦略の進み具合（2023年10月更新）</p>
<h2>基本目標1：海士ならではの「住みよいまち」を整える</h2>
{tables}
<p class="note">※計画時の「-」は、計画策定時に把握していない指標です。</p>
<p class="note">※2023年・2024年の実績は、集計後に掲載します。</p>
<p class="note">※子育て支援関連の事業費（2022年度決算）：4,860万円</p>
</body>
</html>
"""


def ama() -> Path:
    path = HERE / "ama_kpi_dashboard_2023.html"
    path.write_bytes(ama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (susaki, koka, nago):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ama().name}")


if __name__ == "__main__":
    main()
