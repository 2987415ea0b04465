"""Build the documents of forms423/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nakagawamachi_seika_mokuhyo_r5.xlsx``, a 総合振興計画 後期基本計画 成果目標の進捗状況 in the
  manner of 那珂川町 (栃木県): form fields over a two-row header (``実績値`` over ``R3 | R4 | R5``), 施策
  cells merged down, **an indicator name that runs on into an unmerged second sheet row (its values on the
  first row only)**, a relative target ``現状＋1`` and a 備考 ``実績はR3からの累計``; and the PDF;
* ``source/itakura_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 板倉町 (群馬県):
  one grid whose indicators are **blocks of different heights** (``目標`` / ``実績`` / ``達成率`` rows, one
  block with an ``実績`` row only) under full-width ``令和３年度`` … ``令和６年度`` heads; and the PDF;
* ``source/ikusaka_juten_jigyo_r6.xlsx``, a いくさか村づくり計画 重点事業の成果指標 in the manner of
  生坂村 (長野県): **two panels side by side on one sheet, the left headed in 和暦 (``R4実績`` …), the
  right in Western years (``2022年度`` … ``2024年度実績``)**, and a note row inside the left panel; and
  the PDF;
* ``hachijo_kouki_seika_h30.html``, a 後期基本計画 成果指標 page in the manner of 八丈町 (東京都):
  **a ``<th rowspan>`` parent name ``来島者数`` with bracketed sub-rows ``（空路）`` / ``（海路）`` and a
  ``計（参考）`` row**, a ``中間目標（平成30年度）`` column and a ``―`` actual.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms, not the municipalities' own files (README.md, SOURCES.tsv).

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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms423/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms423/build.py"
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


def _down(ws, r1, r2, col, value, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, **{k: v for k, v in kw.items() if k in ("header", "fill")})
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, c_label, c_value, c_end, height=18):
    """A bordered key-value form field: the label merged over c_label..c_value-1."""
    _span(ws, row, c_label, c_value - 1, label, header=True)
    cell = _span(ws, row, c_value, c_end, value)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
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
    with tempfile.TemporaryDirectory(prefix="forms423_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 那珂川町 (栃木県那須郡): 第2次総合振興計画 後期基本計画 成果目標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan and its 後期 period (2021–25年度, nikoukei.co.jp 2020/12/19), 町道改良率 55.8 (20年度) and
# its 57 % goal, 生活排水処理人口普及率 67.8 and its 70 % goal, the 20 区画 of 分譲宅地, the merger of
# 馬頭町・小川町 (平成17年10月1日), 192.78km², 関東の四万十川, 天然鮎, 小砂地区. Made up: the sheet, 課, every
# other figure and note.
NK_ROWS = [
    # (No., 施策 or None (merged from above), name, unit, baseline, R3, R4, R5, target, 備考)
    ("1", "都市基盤の整備", "分譲宅地の整備区画数", "区画", 0, 0, 8, 14, 20, "実績はR3からの累計"),
    ("2", None, "町が管理する都市公園の設置数", "か所", 12, 12, 12, 13, "現状＋1", ""),
    ("3", "道路網の整備", "町道改良率", "％", 55.8, 56.0, 56.3, 56.5, 57.0, ""),
    (
        "4",
        "生活環境の整備",
        "生活排水処理人口普及率（公共下水道・農業集落排水・",
        "％",
        67.8,
        68.4,
        68.9,
        69.5,
        70.0,
        "",
    ),
    ("", None, "合併処理浄化槽による処理人口の割合）", "", "", "", "", "", "", ""),
    ("5", None, "空き家バンクの登録物件数", "件", 4, 7, 11, 9, 15, ""),
]


def nakagawamachi() -> Path:
    wb, ws = _sheet("成果目標R5", [5, 14, 40, 7, 11, 9, 9, 9, 11, 22])
    _page(ws, "landscape")
    title = _text(
        ws,
        1,
        1,
        "第2次那珂川町総合振興計画 後期基本計画　成果目標の進捗状況（令和５年度実績）",
        bold=True,
        size=13,
    )
    ws.merge_cells("A1:J1")
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 10, "令和6年9月　那珂川町 企画課", align="right")
    _field(ws, 4, "計画の名称", "第2次那珂川町総合振興計画 後期基本計画", 1, 3, 10)
    _field(ws, 5, "計画期間", "令和3年度～令和7年度（5年間）", 1, 3, 10)
    _field(ws, 6, "担当課", "企画課", 1, 3, 10)
    _field(
        ws,
        7,
        "町の概要",
        "平成17年10月1日に馬頭町と小川町が合併して誕生した。総面積は192.78km²で、町の中央を「関東の四万十川」と呼ばれる那珂川が南流し、"
        "天然鮎の遡上が多い。平成25年には小砂地区が「日本で最も美しい村」連合に加盟した。",
        1,
        3,
        10,
        height=32,
    )
    _text(ws, 9, 1, "基本目標１　快適に暮らせるまち", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (2, "施策"),
        (3, "成果目標"),
        (4, "単位"),
        (5, "現状値\n（R2）"),
        (9, "目標値\n（R7）"),
        (10, "備考"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 8, "実績値", header=True)
    for j, w in enumerate(["R3", "R4", "R5"]):
        _put(ws, h + 1, 6 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r0 = h + 2
    for i, (no, _measure, name, unit, *vals, note) in enumerate(NK_ROWS):
        r = r0 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, fmt=fmt, align="center" if isinstance(v, str) and v else None)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 20
    # 施策 cells merged down over their rows
    _down(ws, r0, r0 + 1, 2, "都市基盤の整備")
    _put(ws, r0 + 2, 2, "道路網の整備")
    _down(ws, r0 + 3, r0 + 5, 2, "生活環境の整備")
    end = r0 + len(NK_ROWS)
    _notes(
        ws,
        end + 1,
        [
            "※1　町道改良率は、改良済延長を町道実延長（約621km）で除して算出しています。",
            "※2　空き家バンクの登録物件数は、成約により登録を抹消した物件を除いた件数です。",
        ],
    )
    path = SOURCE / "nakagawamachi_seika_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 板倉町 (群馬県邑楽郡): 令和6年度 事務事業評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 41.86km², the farmland share (約55 %, 2,302ha), キュウリ 生産高全国トップクラス (Wikipedia mirrors).
# Made up: the 事業, 課, 事業期間, every figure, grade and note.
IT_YEARS = ["令和３年度", "令和４年度", "令和５年度", "令和６年度"]
IT_BLOCKS = [
    # (区分, name, unit, [(項目, [values R3..R6])], 備考)
    (
        "活動指標",
        "ア　ハウス新設・更新補助件数",
        "件",
        [
            ("目標", [6, 6, 6, 6]),
            ("実績", [5, 7, 6, ""]),
            ("達成率", ["83.3%", "116.7%", "100.0%", ""]),
        ],
        "",
    ),
    ("活動指標", "イ　栽培技術講習会の開催回数", "回", [("実績", [4, 4, 5, ""])], "目標設定なし"),
    (
        "成果指標",
        "ウ　きゅうり出荷量",
        "t",
        [
            ("目標", [9800, 9900, 10000, 10100]),
            ("実績", [9512, 10034, 9870, ""]),
            ("達成率", ["97.1%", "101.4%", "98.7%", ""]),
        ],
        "",
    ),
    (
        "成果指標",
        "エ　施設園芸の認定農業者数",
        "経営体",
        [
            ("目標", [58, 60, 62, 64]),
            ("実績", [57, 58, 61, ""]),
            ("達成率", ["98.3%", "96.7%", "98.4%", ""]),
        ],
        "",
    ),
]


def itakura() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 30, 8, 8, 11, 11, 11, 11, 14])
    _page(ws, "portrait")
    title = _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実績）", bold=True, size=13)
    ws.merge_cells("A1:I1")
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 9, "令和6年7月作成　板倉町 産業振興課", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, "事務事業名", "きゅうり産地強化支援事業", 1, 3, 9)
    _field(ws, 6, "担当課", "産業振興課", 1, 3, 9)
    _field(
        ws,
        7,
        "総合計画の位置付け",
        "基本目標2　活力ある産業のまち　／　施策2-1　農業の振興",
        1,
        3,
        9,
    )
    _field(ws, 8, "事業期間", "令和3年度～令和7年度", 1, 3, 9)
    _field(
        ws,
        9,
        "事業の内容",
        "町の総面積41.86km²のうち約55％（2,302ha）を農地が占め、きゅうりの生産は全国でもトップクラスである。本事業では、"
        "施設園芸ハウスの新設・更新に要する経費の3分の1（上限200万円）を補助するとともに、栽培技術講習会を開催し、産地の維持・強化を図る。",
        1,
        3,
        9,
        height=44,
    )
    _text(ws, 11, 1, "２　指標の推移", bold=True, size=11)
    h = 12
    for c, word in enumerate(["区分", "指標名", "単位", "項目", *IT_YEARS, "備考"], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    kind_rows: dict[str, list[int]] = {}
    for kind, name, unit, lines, note in IT_BLOCKS:
        top = r
        for item, vals in lines:
            _put(ws, r, 4, item, align="center", fill=LIGHT if item == "達成率" else None)
            for j, v in enumerate(vals):
                _put(ws, r, 5 + j, v, align="right", fill=LIGHT if item == "達成率" else None)
            ws.row_dimensions[r].height = 17
            r += 1
        _down(ws, top, r - 1, 2, name)
        _down(ws, top, r - 1, 3, unit, align="center")
        _down(ws, top, r - 1, 9, note, size=8)
        kind_rows.setdefault(kind, []).extend(range(top, r))
    for kind, rows in kind_rows.items():
        _down(ws, rows[0], rows[-1], 1, kind, align="center")
    _notes(
        ws,
        r,
        [
            "※令和６年度の実績は、令和７年度の事務事業評価シートで報告します。達成率は実績÷目標です。"
        ],
    )
    r += 2
    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["区分", "", "", "", "令和３年度", "令和４年度", "令和５年度", "令和６年度\n（予算）", ""],
        start=1,
    ):
        if c in (1, 5, 6, 7, 8):
            _put(ws, r, c, word, header=True)
    _merge(ws, r, 1, r, 4)
    ws.row_dimensions[r].height = 24
    for k, (label, vals) in enumerate(
        [("事業費", [4850, 6320, 5410, 6000]), ("うち一般財源", [3230, 4210, 3600, 4000])]
    ):
        rr = r + 1 + k
        _span(ws, rr, 1, 4, label)
        for j, v in enumerate(vals):
            _put(ws, rr, 5 + j, v)
    r += 4
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _field(
        ws,
        r + 1,
        "評価",
        "B　概ね順調（成果指標は2指標とも令和5年度の目標をわずかに下回った）",
        1,
        3,
        9,
    )
    path = SOURCE / "itakura_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 生坂村 (長野県東筑摩郡): いくさか村づくり計画 重点事業の成果指標（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: いくさか村づくり計画 and its 重点事業 (産業振興事業, 子育て支援事業; the 村長's blog 2020-05-12), the
# 振興課, 39.05km², 1,540人 (推計 2024-11-01), 巨峰 from 1986 (昭和61年), イクサカラット, 山清路, 京ヶ倉.
# Made up: the sheet, its date, every indicator, figure and note.
IK_LEFT = [
    ("1", "ぶどう（イクサカラット）出荷量", "t", [128.4, 131.0, 135.0, 129.6]),
    ("2", "新規就農者数", "人", [2, 3, 2, 2]),
    (
        None,
        "※No.3は、令和5年4月の施設リニューアルに合わせてレジ通過者数による集計に改めました。",
        None,
        None,
    ),
    ("3", "道の駅いくさかの郷の来場者数", "千人", [84.2, 88.5, 90.0, 91.3]),
]
IK_RIGHT = [
    ("1", "出生数", "人", [6, 4, 8, 5]),
    (
        "2",
        "子育て支援センターの利用者数",
        "人",
        ["延べ1,210", "延べ1,305", "延べ1,300", "延べ1,356"],
    ),
]


def ikusaka() -> Path:
    wb, ws = _sheet("重点事業", [4, 28, 6, 8, 8, 8, 8, 2, 4, 26, 6, 9, 9, 10, 10])
    _page(ws, "landscape")
    title = _text(
        ws, 1, 1, "いくさか村づくり計画　重点事業の成果指標（令和６年度）", bold=True, size=13
    )
    ws.merge_cells("A1:O1")
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 15, "令和7年5月　生坂村 振興課", align="right")
    _field(ws, 4, "計画の名称", "いくさか村づくり計画（令和6年度）", 1, 4, 15)
    _field(ws, 5, "担当課", "振興課", 1, 4, 15)
    _field(
        ws,
        6,
        "村の概要",
        "面積39.05km²、人口1,540人（令和6年11月1日現在の推計人口）。昭和61年から巨峰の産地化を進め、村産のぶどうを「イクサカラット」の名で"
        "ブランド化している。犀川がつくる山清路や京ヶ倉などの景勝地がある。",
        1,
        4,
        15,
        height=32,
    )
    _text(ws, 8, 1, "■重点事業の成果指標", bold=True, size=11)
    h = 9
    _span(ws, h, 1, 7, "産業振興事業", header=True, bold=True, size=10)
    _span(ws, h, 9, 15, "子育て支援事業", header=True, bold=True, size=10)
    for c, word in enumerate(
        ["No.", "指標", "単位", "R4実績", "R5実績", "R6目標", "R6実績"], start=1
    ):
        _put(ws, h + 1, c, word, header=True)
    for c, word in enumerate(
        ["No.", "指標", "単位", "2022年度", "2023年度", "2024年度\n目標", "2024年度\n実績"], start=9
    ):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 26
    r0 = h + 2
    for i, (no, name, unit, vals) in enumerate(IK_LEFT):
        r = r0 + i
        ws.row_dimensions[r].height = 20
        if no is None:
            _span(ws, r, 1, 7, name, size=8)
            continue
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, fmt="0.0" if isinstance(v, float) else None)
    for i, (no, name, unit, vals) in enumerate(IK_RIGHT):
        r = r0 + i
        _put(ws, r, 9, no, align="center")
        _put(ws, r, 10, name)
        _put(ws, r, 11, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 12 + j, v, align="right")
    end = r0 + len(IK_LEFT)
    _notes(
        ws,
        end + 1,
        [
            "※出生数は、住民基本台帳による年度中の出生届出数です。",
            "※子育て支援センターの利用者数は、親子それぞれを1人と数えた年度中の延べ人数です。",
        ],
    )
    path = SOURCE / "ikusaka_juten_jigyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八丈町 (東京都): 後期基本計画 成果指標の推移（平成30年度実績）, HTML
# --------------------------------------------------------------------------------------------

# Real: 八丈町基本構想（平成23年～32年） and 後期基本計画（平成28年～32年）, 八丈島 and the uninhabited 八丈小島,
# 72.24km², 町制施行 昭和30年4月1日. Made up: the page, its date and 課, the 施策 number and wording, every
# indicator, figure and note.
HJ_HEAD = """<thead>
<tr><th colspan="2" scope="col">成果指標</th><th scope="col">単位</th><th scope="col">基準値<br>（平成26年度）</th><th scope="col">平成28年度<br>実績</th><th scope="col">平成29年度<br>実績</th><th scope="col">平成30年度<br>実績</th><th scope="col">中間目標<br>（平成30年度）</th><th scope="col">目標値<br>（平成32年度）</th></tr>
</thead>"""
HJ_ROWS = """<tr><th rowspan="3" scope="rowgroup">来島者数</th><th scope="row">（空路）</th><td class="c">人</td><td class="num">70,512</td><td class="num">72,104</td><td class="num">74,388</td><td class="num">75,920</td><td class="num">75,000</td><td class="num">80,000</td></tr>
<tr><th scope="row">（海路）</th><td class="c">人</td><td class="num">27,845</td><td class="num">28,310</td><td class="num">26,974</td><td class="num">27,402</td><td class="num">29,000</td><td class="num">30,000</td></tr>
<tr class="sanko"><th scope="row">計（参考）</th><td class="c">人</td><td class="num">98,357</td><td class="num">100,414</td><td class="num">101,362</td><td class="num">103,322</td><td class="num">104,000</td><td class="num">110,000</td></tr>
<tr><th colspan="2" scope="row">観光客満足度（「満足」「やや満足」と答えた人の割合）</th><td class="c">％</td><td class="num">78.5</td><td class="c">―</td><td class="num">80.2</td><td class="num">81.0</td><td class="num">80.0</td><td class="num">85.0</td></tr>
<tr><th colspan="2" scope="row">ダイビング利用者数</th><td class="c">人</td><td class="num">9,120</td><td class="num">9,450</td><td class="num">9,810</td><td class="num">10,240</td><td class="num">9,800</td><td class="num">10,500</td></tr>"""


def hachijo_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>後期基本計画 成果指標の推移（平成30年度実績） - 八丈町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
nav ol {{ list-style: none; padding: 0; }}
nav li {{ display: inline; }}
nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
tr.sanko th, tr.sanko td {{ background: #eeeeee; color: #444; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol><li><a href="/">トップ</a></li><li><a href="/chosei/">町政情報</a></li><li><a href="/chosei/keikaku/">計画・施策</a></li><li>後期基本計画 成果指標の推移（平成30年度実績）</li></ol></nav>
<h1>後期基本計画　成果指標の推移（平成30年度実績）</h1>
<p class="date">更新日：2019年10月1日　担当：企画財政課</p>
<p>八丈町基本構想（平成23年～32年）に基づく後期基本計画（平成28年～32年）について、施策ごとに定めた成果指標の平成30年度までの実績を取りまとめました。</p>
<p>八丈町は、八丈島と無人島の八丈小島からなる面積72.24km²の町です。昭和30年4月1日の町制施行から64年が経ちました。</p>
<h2>施策３　観光の振興</h2>
<table>
{HJ_HEAD}
<tbody>
{HJ_ROWS}
</tbody>
</table>
<p>※「計（参考）」は空路と海路の合計で、成果指標ではありません。</p>
<p>※観光客満足度は来島者アンケートによります。平成28年度はアンケートを実施していません。</p>
<p>お問い合わせ：企画財政課 企画係</p>
</body>
</html>
"""


def hachijo() -> Path:
    path = HERE / "hachijo_kouki_seika_h30.html"
    path.write_bytes(hachijo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nakagawamachi, itakura, ikusaka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hachijo().name}")


if __name__ == "__main__":
    main()
