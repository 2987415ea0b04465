"""Build the built documents of forms112/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ranzan_kensho_h26.xlsx``, a 総合振興計画 検証結果 in the manner of 嵐山町 (埼玉県): per 施策 a
  ``【数値目標】`` grid whose name row spans the width over a ``目標値`` / ``実績値`` row pair, the
  現状値 merged down both, **the targets of two later years written in one cell spanning the year
  columns of the 目標値 row** (``H27年度 85.5%　／　H32年度 90.0%``), then a ``【決算額】`` money grid;
  and the PDF;
* ``source/suzaka_shisaku_hyoka_h25.xlsx``, a 施策評価シート in the manner of 須坂市 (長野県): form
  fields with money, a ``施策の指標`` grid and a ``取り組みの指標`` grid with other columns, ``千人`` and
  ``千部`` in 単位; and the PDF;
* ``source/fukui_bukyoku_seika_h24.xlsx``, a 部局マネジメント方針 成果報告書 in the manner of 福井市
  (福井県): 重点取組 cells merged down, units inside cells, a 評価 column, **a ``（参考）H23実績``
  column right of the 評価**, ``集計中``; and the PDF;
* ``sanjo_seika_shihyo_henko_r5.html``, a 成果指標変更及び目標値変更一覧表 in the manner of 三条市
  (新潟県): a 区分 column (新規設定 / 成果指標変更 / 目標値変更), a 変更前の成果指標 column, and
  ``目標値（R7）`` spanning ``変更前 | 変更後``.

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
    wb.properties.creator = "forms112/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms112/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms112_soffice_") as tmp:
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


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 嵐山町 (埼玉県): 第5次嵐山町総合振興計画 検証結果（平成23年度～平成26年度）, 平成27年11月
# --------------------------------------------------------------------------------------------

# Real: the title, period and date, 第1節 / 1. / 1-1-(1) / 1-1-(2) wording, 【数値目標】 and the
# 目標値/実績値 layout with both target years in one cell, 自治組織（行政区）への加入率 and all its
# figures, the 団体 half of ボランティアの登録数, the 【決算額】 事務事業 names, 課 and figures (their
# pairing re-typed), the 【効果があったこと】 sentences. Made up: the second indicator of 1-1-(1)
# and all its figures, the figures of ボランティアの活動回数.
RANZAN = [
    (
        "1-1-(1)",
        "地域コミュニティの振興",
        [
            (
                "1",
                "自治組織（行政区）への加入率",
                "78.8%",
                "H27年度 85.5%　／　H32年度 90.0%",
                ["81.8%", "82.9%", "82.1%", "81.5%"],
            ),
            (
                "2",
                "地区集会所の年間利用件数",
                "1,820件",
                "H27年度 2,000件　／　H32年度 2,200件",
                ["1,905件", "1,948件", "1,876件", "1,931件"],
            ),
        ],
        [
            ("1", "行政区運営推進事業", "地域支援課", [19279, 19332, 19321, 19434]),
            ("2", "コミュニティ推進事業", "地域支援課", [6167, 3974, 6378, 3685]),
            ("3", "地区集会所等補助事業", "地域支援課", [2681, 2166, 2344, 1553]),
        ],
        [
            "【効果があったこと】",
            "・広報らんざんにて「地域コミュニティかわら版」の掲載を開始し、地域の活動の情報を提供した。",
            "【課題となっていること】",
            "・自治組織への加入率が目標に達しておらず、加入促進を更に進める必要がある。",
        ],
    ),
    (
        "1-1-(2)",
        "ボランティア活動の振興",
        [
            (
                "1",
                "ボランティアの登録団体数",
                "43団体",
                "H27年度 50団体　／　H32年度 55団体",
                ["52団体", "52団体", "49団体", "47団体"],
            ),
            (
                "2",
                "ボランティアの活動回数（交流センター把握分のみ）",
                "312回",
                "H27年度 350回　／　H32年度 400回",
                ["―", "298回", "335回", "341回"],
            ),
        ],
        [
            ("1", "ボランティア活動支援事業", "文化スポーツ課", [2106, 2682, 1819, 2196]),
        ],
        [],
    ),
]


def ranzan() -> Path:
    widths = [6, 9, 14, 14, 14, 14, 14]
    wb, ws = _sheet("検証結果", widths)
    _text(
        ws, 1, 1, "第5次嵐山町総合振興計画　検証結果（平成23年度～平成26年度）", bold=True, size=12
    )
    _text(ws, 2, 8, "平成27年11月", align="right")
    _text(ws, 3, 1, "第1節　町民と行政の協働による調和のとれたまち", bold=True, size=11)
    _text(ws, 4, 1, "1.コミュニティ組織の活動の充実", bold=True, size=10)
    r = 5
    for code, name, kpis, money, prose in RANZAN:
        r += 1
        _text(ws, r, 1, f"{code}　{name}", bold=True, size=10)
        _text(ws, r, 5, "（★重点施策）", size=9)
        r += 1
        _text(ws, r, 1, "【数値目標】", size=9)
        r += 1
        heads = ["№", "年度", "H21年度\n（現状値）", "H23年度", "H24年度", "H25年度", "H26年度"]
        for c, w in enumerate(heads, start=1):
            _put(ws, r, c, w, header=True)
        ws.row_dimensions[r].height = 26
        r += 1
        for no, kname, base, target, acts in kpis:
            _put(ws, r, 1, no, align="center")
            for rr in (r + 1, r + 2):
                _put(ws, rr, 1, None)
            _merge(ws, r, 1, r + 2, 1)
            _span(ws, r, 2, 7, kname)
            _put(ws, r + 1, 2, "目標値", align="center", fill=LIGHT)
            _put(ws, r + 2, 2, "実績値", align="center", fill=LIGHT)
            _put(ws, r + 1, 3, base, align="center")
            _put(ws, r + 2, 3, None)
            _merge(ws, r + 1, 3, r + 2, 3)
            _span(ws, r + 1, 4, 7, target, align="center")
            for j, v in enumerate(acts):
                _put(ws, r + 2, 4 + j, v, align="center" if v == "―" else "right")
            for rr in (r, r + 1, r + 2):
                ws.row_dimensions[rr].height = 17
            r += 3
        r += 1
        _text(ws, r, 1, "【決算額】", size=9)
        _text(ws, r, 8, "（千円）", size=9, align="right")
        r += 1
        _put(ws, r, 1, "№", header=True)
        _span(ws, r, 2, 3, "事務事業名", header=True)
        _put(ws, r, 4, "担当課", header=True)
        _put(ws, r, 5, "H23年度", header=True)
        _put(ws, r, 6, "H24年度", header=True)
        _put(ws, r, 7, "H25年度", header=True)
        _put(ws, r, 8, "H26年度", header=True)
        r += 1
        for no, jname, ka, yen in money:
            _put(ws, r, 1, no, align="center")
            _span(ws, r, 2, 3, jname)
            _put(ws, r, 4, ka, align="center")
            for j, v in enumerate(yen):
                _put(ws, r, 5 + j, v)
            r += 1
        for line in prose:
            _text(ws, r, 1, line, size=8)
            r += 1
    ws.column_dimensions["H"].width = 12
    _page(ws, "portrait")
    path = SOURCE / "ranzan_kensho_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 須坂市 (長野県): 第五次須坂市総合計画 前期基本計画 施策評価シート（平成25年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第五次須坂市総合計画 (2011–2020) with its 施策の指標 and 取り組みの指標, the city's 行政評価 with
# 外部評価, 観光地利用者数 as an indicator name asked about in the city council. Made up: the 施策
# code, 主管課, money, every other indicator and every figure, the comment.
SUZAKA_SHISAKU = [
    ("観光地利用者数", "千人", 2010, 2150, 2204, 2300),
    ("観光案内所の利用者数", "人", "―", 8420, 9105, 10000),
]
SUZAKA_TORIKUMI = [
    ("観光PRイベントの開催回数", "回", 12, 15, 15),
    ("観光ボランティアガイドの登録者数", "人", 28, 35, 31),
    ("観光パンフレットの配布部数", "千部", 45, 50, 52),
]


def suzaka() -> Path:
    widths = [30, 8, 13, 11, 11, 13]
    wb, ws = _sheet("施策評価", widths)
    _text(
        ws,
        1,
        1,
        "第五次須坂市総合計画　前期基本計画　施策評価シート（平成25年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 6, "平成26年7月作成", align="right")
    fields = [
        ("施策", "4-2-1　観光の振興"),
        ("主管課", "観光課"),
        (
            "施策の目的",
            "蔵の町並みや臥竜公園など須坂の「ほんもの」の魅力を磨き、訪れる人を増やす。",
        ),
        ("施策に係る事業費（H25決算）", "48,320千円"),
    ]
    r = 3
    for k, v in fields:
        _put(ws, r, 1, k, header=True, align="left")
        _span(ws, r, 2, 6, v)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "1　施策の指標", bold=True, size=10)
    r += 1
    for c, w in enumerate(
        ["指標名", "単位", "基準値\n（H21）", "H24実績", "H25実績", "目標値\n（H27）"], start=1
    ):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    for name, unit, base, a24, a25, target in SUZAKA_SHISAKU:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _num(ws, r, 3, base)
        _num(ws, r, 4, a24)
        _num(ws, r, 5, a25)
        _num(ws, r, 6, target)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "2　取り組みの指標", bold=True, size=10)
    r += 1
    _head2(ws, r, [(1, "指標名"), (2, "単位"), (3, "H24実績")], [(4, 5, "H25", ["目標", "実績"])])
    _put(ws, r, 6, "備考", header=True)
    _put(ws, r + 1, 6, None, header=True)
    _merge(ws, r, 6, r + 1, 6)
    r += 2
    for name, unit, a24, t25, a25 in SUZAKA_TORIKUMI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _num(ws, r, 3, a24)
        _num(ws, r, 4, t25)
        _num(ws, r, 5, a25)
        _put(ws, r, 6, "")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "3　担当課による評価　　B（概ね順調）", bold=True, size=10)
    r += 1
    _para(
        ws,
        r,
        1,
        6,
        "観光地利用者数は3年続けて増加したが、目標値（H27）には達していない。観光案内所はH22に開設したため基準値はない。",
        30,
    )
    r += 2
    _notes(
        ws,
        r,
        [
            "※施策の指標は施策の成果を、取り組みの指標は施策を進めるための取り組みの量を表します。",
            "※外部評価の対象施策です（平成26年度須坂市行政評価 外部評価）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "suzaka_shisaku_hyoka_h25.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 福井市 (福井県): 平成24年度 部局マネジメント方針 成果報告書（商工労働部）, 平成25年4月
# --------------------------------------------------------------------------------------------

# Real: 福井市's 平成24年度 部局マネジメント方針成果報告書 (平成25年4月) with a chapter per 部局,
# among them 商工労働部. Made up: the 使命 text, both 重点取組, every indicator, figure and 評価,
# the legend, the money.
FUKUI = [
    (
        "1",
        "中心市街地のにぎわい創出",
        [
            ("中心市街地の歩行者通行量（休日）", "22,000人", "20,415人", "未達成", "19,870人"),
            ("空き店舗への新規出店件数", "8件", "9件", "達成", "6件"),
        ],
    ),
    (
        "2",
        "企業誘致と雇用の創出",
        [
            ("企業立地件数", "5件", "5件", "達成", "3件"),
            ("立地企業による新規雇用者数", "150人", "集計中", "―", "122人"),
        ],
    ),
]


def fukui() -> Path:
    widths = [24, 32, 12, 12, 9, 13]
    wb, ws = _sheet("成果報告", widths)
    _text(ws, 1, 1, "平成24年度　部局マネジメント方針　成果報告書", bold=True, size=12)
    _text(ws, 2, 6, "平成25年4月　福井市", align="right")
    _text(ws, 3, 1, "1　部局の概要", bold=True, size=10)
    fields = [
        ("部局名", "商工労働部"),
        ("部局の使命", "地域経済の活性化と雇用の確保により、元気で活力あるまちをつくる。"),
        ("部局の予算額（H24）", "2,864,150千円"),
    ]
    r = 4
    for k, v in fields:
        _put(ws, r, 1, k, header=True, align="left")
        _span(ws, r, 2, 6, v)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "2　重点取組の成果", bold=True, size=10)
    r += 1
    _text(
        ws,
        r,
        1,
        "【評価】達成：H24実績が目標以上　未達成：H24実績が目標未満　―：実績未確定",
        size=8,
    )
    r += 1
    for c, w in enumerate(
        ["重点取組", "成果指標", "H24目標", "H24実績", "評価", "（参考）\nH23実績"], start=1
    ):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    for no, prog, kpis in FUKUI:
        _put(ws, r, 1, f"{no}　{prog}", valign="center")
        for i in range(1, len(kpis)):
            _put(ws, r + i, 1, None)
        _merge(ws, r, 1, r + len(kpis) - 1, 1)
        for name, target, actual, grade, prev in kpis:
            _put(ws, r, 2, name)
            _put(ws, r, 3, target, align="right")
            _put(ws, r, 4, actual, align="center" if actual == "集計中" else "right")
            _put(ws, r, 5, grade, align="center")
            _put(ws, r, 6, prev, align="right")
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※歩行者通行量は中心市街地の定点10か所の合計（11月の休日1日）です。",
            "※新規雇用者数は立地企業への照会により把握しており、H24実績は集計中です。",
            "※（参考）H23実績は前年度の成果報告書の数値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "fukui_bukyoku_seika_h24.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三条市 (新潟県): 三条市総合計画前期実施計画（令和5年度～令和7年度）新規設定、成果指標変更及び目標値変更一覧表
# --------------------------------------------------------------------------------------------

# Real: the document's title (資料No.2 of the city's 令和5年度 行政評価 事後評価), the 行政評価制度's
# 小項目（施策）, 燕三条 工場の祭典. Made up: the 小項目 codes and names, every row, figure and reason.
SANJO = [
    (
        "2-1-1",
        "移住・定住の促進",
        [
            (
                "目標値変更",
                "移住支援策を利用した移住者数",
                "―",
                "人",
                "86",
                "142",
                "120",
                "200",
                "R4実績が変更前の目標値を上回ったため",
            ),
            (
                "新規設定",
                "市外在住者からの移住相談件数",
                "―",
                "件",
                "―",
                "310",
                "―",
                "400",
                "相談から移住までの過程を把握するため",
            ),
        ],
    ),
    (
        "3-2-1",
        "ものづくり産業の振興",
        [
            (
                "成果指標変更",
                "「燕三条 工場の祭典」の来場者数",
                "「燕三条 工場の祭典」の参加事業所数",
                "人",
                "21,400",
                "54,000",
                "110",
                "60,000",
                "成果をより直接に表す指標とするため",
            ),
            (
                "目標値変更",
                "市の支援による新商品開発件数",
                "―",
                "件",
                "12",
                "9",
                "20",
                "15",
                "原材料価格高騰の影響を踏まえ見直したため",
            ),
        ],
    ),
    (
        "4-1-2",
        "健康づくりの推進",
        [
            (
                "目標値変更",
                "特定健康診査受診率",
                "―",
                "％",
                "41.2",
                "43.5",
                "60.0",
                "50.0",
                "国の目標と近年の伸びを踏まえ見直したため",
            ),
        ],
    ),
]


def sanjo_html() -> str:
    rows = []
    for code, name, kpis in SANJO:
        for i, cells in enumerate(kpis):
            lead = f'<td rowspan="{len(kpis)}">{code}<br>{name}</td>' if i == 0 else ""
            tds = "".join(f"<td>{c}</td>" for c in cells)
            rows.append(f"<tr>{lead}{tds}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>成果指標変更及び目標値変更一覧表｜三条市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>三条市総合計画前期実施計画（令和5年度～令和7年度）</h1>
<p>令和5年度行政評価（事後評価）　資料No.2</p>
<h2>新規設定、成果指標変更及び目標値変更一覧表</h2>
<p>令和4年度の事後評価を踏まえ、次の成果指標について新規設定、指標の変更又は目標値の変更を行いました。</p>
<table border="1">
<tr><th rowspan="2">小項目（施策）</th><th rowspan="2">区分</th><th rowspan="2">成果指標</th><th rowspan="2">変更前の成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値（R3）</th><th rowspan="2">R4実績</th><th colspan="2">目標値（R7）</th><th rowspan="2">変更理由</th></tr>
<tr><th>変更前</th><th>変更後</th></tr>
{body}
</table>
<p>※「変更前」欄の「―」は、新規設定のため変更前の目標値がないことを示します。</p>
<p>※基準値の「―」は、令和3年度に把握していないことを示します。</p>
</body>
</html>
"""


def sanjo() -> Path:
    path = HERE / "sanjo_seika_shihyo_henko_r5.html"
    path.write_bytes(sanjo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ranzan, suzaka, fukui):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sanjo().name}")


if __name__ == "__main__":
    main()
