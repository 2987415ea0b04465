"""Build the built documents of forms268/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shibayama_kpi_tassei_r3.xlsx``, a 地域再生計画 KPI 達成状況 in the manner of 芝山町 (千葉県):
  form fields (計画名, 担当課, 交付対象事業費 in 千円, a prose 町の概況 with real figures) over a KPI grid
  with **one ``単位`` cell (``人``) merged down over two different KPIs**, **a 社会増減 row whose negative
  values are written with a Greek ``Δ``** (``Δ85``; a note says Δ is minus), a money row whose cells use
  three spellings of scale (``万円`` in 単位, ``9,850`` bare, ``1億1,230万円``, ``1.5億円``), and a target
  ``延べ150人（R2～R6）`` carrying its own span; and the PDF;
* ``source/takanezawa_senryaku_shinchoku_r5.xlsx``, a 第2期総合戦略 進捗 in the manner of 高根沢町 (栃木県):
  no target column: each indicator and its target are one sentence (``…を令和7年度に年間1.2億円とする``),
  their levels in scale words other than the 単位 column's (``1.2億円`` in a ``百万円`` row); **a maintain
  sentence naming the year whose level is kept** (``…を令和元年度の水準で維持する``), **a level in 割 in a
  ``%`` row** (``…を令和7年度に7割以上とする``), a ``令和7年度末`` deadline, an undated
  ``5年間で延べ300人`` and ``人（累計）`` in 単位; and the PDF;
* ``source/takagi_shisaku_hyoka_r4.xlsx``, a 総合計画 施策評価シート in the manner of 喬木村 (長野県):
  **no 単位 column: each name ends in a ``（単位：…）`` bracket with scale words and a per-year unit**
  (``（単位：万人/年）``, ``（単位：百万円）``), **two of them adding a counting basis after the unit**
  (``（単位：件、累計）``, ``（単位：千人、延べ）``), an ``R4`` header spanning ``目標 | 実績``, a
  ``参考：県内順位（R4）`` column (``52位／77``); an 外部評価 letter with its legend; and the PDF;
* ``showa_machizukuri_shihyo_r6.html``, a 総合計画 まちづくり指標 page in the manner of 昭和町 (山梨県):
  **a year-less ``現状値`` column whose cells each carry their own year and survey** (``20,909人（R2国調）``,
  ``78.4%（R3町民意識調査）``), units and scale words in the cells (``約1.2万人``, ``1,486億円``), and
  **targets relative to that dated baseline** (``現状値以上``, ``現状値＋5ポイント``), ``―（調査なし）``.

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
    wb.properties.creator = "forms268/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms268/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms268_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 芝山町 (千葉県山武郡): 地域再生計画 重要業績評価指標（KPI）の達成状況（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (芝山町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1754): the plan's name, 成田国際空港
# に隣接, 都心から60km圏, 3つの工業団地, 7,431人 (2015年国勢調査), 4,629人 (2040年推計). Made up: the sheet, its
# date, 課, 事業費, every KPI, figure and note.
SB_ROWS = [
    (
        "KPI①",
        "工業団地立地企業における町内在住の雇用者数",
        "人",
        "1,240",
        "1,262",
        "1,295",
        "1,400",
    ),
    ("KPI②", "移住・定住による転入者数", None, "18", "22", "31", "延べ150人\n（R2～R6）"),
    ("KPI③", "農産物直売所の販売額", "万円", "9,850", "10,240", "1億1,230万円", "1.5億円"),
    ("KPI④", "社会増減数（転入－転出）", "人", "Δ85", "Δ41", "12", "0"),
]


def shibayama() -> Path:
    wb, ws = _sheet("KPI達成状況", [8, 36, 10, 12, 12, 14, 14])
    _text(
        ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の達成状況（令和3年度）", bold=True, size=13
    )
    _text(ws, 2, 7, "令和4年6月　芝山町", align="right")
    fields = [
        ("地域再生計画の名称", "芝山町まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和2年度～令和6年度"),
        ("担当課", "企画財政課"),
        ("交付対象事業費（R3・千円）", "18,600（うち交付金 9,300）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True, align="left")
        _span(ws, r, 3, 7, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "町の概況", header=True, align="left")
    _span(
        ws,
        r,
        3,
        7,
        "成田国際空港に隣接し、都心から60km圏に位置する。町内の3つの工業団地には空港関連を含む多様な企業が操業している。"
        "人口は2015年の国勢調査で7,431人、2040年には4,629人まで減少すると推計されている。",
        align="left",
    )
    ws.row_dimensions[r].height = 50
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 1
    for c, word in enumerate(
        ["KPI", "", "単位", "基準値\n（R元）", "R2実績", "R3実績", "目標値\n（R6）"], start=1
    ):
        _put(ws, h, c, word, header=True)
    _merge(ws, h, 1, h, 2)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for label, name, unit, *vals in SB_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        if unit is None:
            # the 単位 cell of the row above is merged down over this KPI too
            _merge(ws, r - 1, 3, r, 3)
        else:
            _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 30 if "\n" in vals[-1] else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI②の目標値は計画期間（R2～R6）の5年間の延べ人数です。",
            "※KPI③は単位を万円としていますが、R3実績及び目標値は各欄に単位を付して記載しています。",
            "※KPI④のΔはマイナス（転出超過）を示します。",
            "※4指標のうち、R3実績が基準値を上回ったものは4指標です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shibayama_kpi_tassei_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高根沢町 (栃木県塩谷郡): 第2期高根沢町まち・ひと・しごと・創生総合戦略 進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.takanezawa.tochigi.jp/gyosei/plan/vision, …/bunya/4manninkoso-2.html): the 第2期 strategy's
# name and period (令和2～7年度), 高根沢町定住人口増加プロジェクト (約3万人 → 4万人, 2015～2050年),
# 夢咲くまちづくり推進課. 宝積寺駅 is the town's JR station (general knowledge). Made up: the sheet, its
# date, the 基本目標 wording, every sentence, figure and note.
TK_ROWS = [
    ("数値目標", "町の総人口を令和7年度末に29,500人とする", "人", "29,880", "29,410", "29,350"),
    ("KPI", "ふるさと納税寄附額を令和7年度に年間1.2億円とする", "百万円", "68.4", "95.1", "104.6"),
    (
        "KPI",
        "町営温泉施設の年間利用者数を令和7年度に15万人以上とする",
        "千人",
        "121.5",
        "132.8",
        "138.2",
    ),
    (
        "KPI",
        "宝積寺駅の1日平均乗車人員を令和元年度の水準で維持する",
        "人/日",
        "3,412",
        "3,050",
        "3,126",
    ),
    (
        "KPI",
        "「住み続けたい」と答える町民の割合を令和7年度に7割以上とする",
        "%",
        "64.2",
        "66.8",
        "65.9",
    ),
    ("KPI", "企業誘致による新規雇用者数を5年間で延べ300人とする", "人（累計）", "―", "58", "121"),
]


def takanezawa() -> Path:
    wb, ws = _sheet("進捗状況", [10, 52, 11, 12, 12, 12])
    _text(
        ws,
        1,
        1,
        "第2期高根沢町まち・ひと・しごと・創生総合戦略　進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 6, "令和6年8月　夢咲くまちづくり推進課", align="right")
    _para(
        ws,
        4,
        1,
        6,
        "本町は、平成27（2015）年から令和32（2050）年までの35年間で定住人口を約3万人から4万人に増やすことを目標とした"
        "「高根沢町定住人口増加プロジェクト」を人口ビジョンとし、令和2年度から令和7年度までの6年間を計画期間とする"
        "第2期総合戦略を推進しています。各指標の目標は、指標名とあわせて一文で記載しています。",
        44,
    )
    _text(
        ws,
        6,
        1,
        "基本目標１　定住人口4万人に向けて、住みたい・住み続けたいまちをつくる",
        bold=True,
        size=11,
    )
    h = 7
    for c, word in enumerate(
        ["区分", "指標と目標", "単位", "基準値\n（R元）", "R4実績", "R5実績"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for kind, sentence, unit, *vals in TK_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, sentence)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※町の総人口は各年度末（3月31日）の住民基本台帳人口です。",
            "※企業誘致による新規雇用者数は、令和2年度からの累計です。",
            "※基本目標１に係る事業費（R5決算）は2億4,380万円、関連事業は14事業です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takanezawa_senryaku_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 喬木村 (長野県下伊那郡): 第5次喬木村総合計画 後期基本計画 施策評価シート（令和4年度分）
# --------------------------------------------------------------------------------------------

# Real (vill.takagi.lg.jp/doc/2022121300034/, minamishinshu.jp): 第5次喬木村総合計画 (基本構想 H28～R7, 後期
# 基本計画 R3～R7), the 将来像, the 外部評価者 evaluation held in 令和5年11月 for 令和4年度, 30施策; いちご狩り
# is the village's known attraction (general knowledge). Made up: the 施策, 課, money, every indicator, figure,
# rank, letter and note.
TG_ROWS = [
    ("1", "年間観光入込客数（単位：万人/年）", "12.4", "9.8", "12.0", "11.6", "15.0", "52位／77"),
    ("2", "農産物加工品の販売額（単位：百万円）", "38.5", "41.2", "42.0", "44.0", "50.0", "―"),
    ("3", "空き家バンク成約件数（単位：件、累計）", "12", "17", "20", "23", "35", "―"),
    (
        "4",
        "いちご狩り体験の受入人数（単位：千人、延べ）",
        "18.2",
        "15.1",
        "19.0",
        "19.6",
        "22.0",
        "―",
    ),
]


def takagi() -> Path:
    wb, ws = _sheet("施策評価", [6, 36, 11, 11, 11, 11, 12, 14])
    _text(
        ws,
        1,
        1,
        "第5次喬木村総合計画 後期基本計画　施策評価シート（令和4年度分）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和5年11月　外部評価実施", align="right")
    fields = [
        ("村の将来像", "人が輝き 未来につながる 美し郷 喬木"),
        ("施策名", "観光の振興と交流人口の拡大"),
        ("担当課", "産業振興課"),
        ("施策の事業費（R4決算）", "3,420万円（関連事業5事業）"),
        ("外部評価者による評価", "Ｂ　（Ａ：順調　Ｂ：概ね順調　Ｃ：遅れている）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True, align="left")
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        r + 1,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "策定時\n（R2）"),
            (4, "R3実績"),
            (7, "目標値\n（R7）"),
            (8, "参考：県内順位\n（R4）"),
        ],
        [(5, 6, "R4", ["目標", "実績"])],
    )
    r += 3
    for no, name, *vals in TG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※各成果指標の単位は指標名の括弧内に記載しています。",
            "※県内順位は県内77市町村中の順位で、観光入込客数のみ県の観光地利用者統計調査により把握しています。",
            "※外部評価は、30施策のうち本年度対象の10施策について実施しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takagi_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 昭和町 (山梨県中巨摩郡): 総合計画 まちづくり指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (town.showa.yamanashi.jp/site/chocho/, 47club-furusato.jp, Wikipedia via iwiki): 面積9.08㎢, 山のない町,
# 令和2年国勢調査 20,909人 (7.2%増), 平成27年 19,505人, 町制施行 昭和46年 約5,800人, 21,669人 (2024年10月1日
# 推計), 甲府昭和IC, 環境経済課. Made up: the page, its date, the 基本目標 and 施策, every other figure and note.
SW_BLOCKS = [
    (
        "1-1　子育て支援と人口の維持",
        [
            ("1", "町の人口", "20,909人（R2国調）", "21,480人", "21,669人", "22,000人程度"),
            (
                "2",
                "子育て支援センターの年間利用者数",
                "約1.2万人（R4）",
                "13,050人",
                "13,420人",
                "年間1.5万人",
            ),
        ],
    ),
    (
        "1-2　商業の振興とにぎわいづくり",
        [
            (
                "3",
                "町内小売業の年間商品販売額",
                "1,486億円（R3経済センサス）",
                "―",
                "―（調査なし）",
                "現状値以上",
            ),
            (
                "4",
                "住みよいと感じる町民の割合",
                "78.4%（R3町民意識調査）",
                "80.1%",
                "79.6%",
                "現状値＋5ポイント",
            ),
        ],
    ),
    (
        "1-3　循環型社会の形成",
        [
            ("5", "1人1日当たりのごみ排出量（g/人・日）", "925（R3）", "897", "884", "850以下"),
        ],
    ),
]


def showa_html() -> str:
    rows = []
    for measure, inds in SW_BLOCKS:
        rows.append(f'<tr><th colspan="6" class="l">{measure}</th></tr>')
        for no, name, *vals in inds:
            rows.append(
                f'<tr><td class="c">{no}</td><td>{name}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合計画 まちづくり指標の進捗状況（令和6年度） - 昭和町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>総合計画 まちづくり指標の進捗状況（令和6年度）</h1>
<p>令和7年7月15日更新　企画課</p>
<p>昭和町は甲府盆地の中心に位置する面積9.08㎢の県内で最も小さな町で、県内で唯一「山のない町」です。昭和46年の町制施行時に約5,800人であった人口は、令和2年の国勢調査で20,909人（平成27年比7.2%増）となりました。</p>
<p>総合計画に掲げたまちづくり指標について、令和6年度までの実績を取りまとめました。現状値は計画策定時に把握できた直近の数値で、年度と出典を括弧内に記載しています。</p>
<h2>基本目標１　住みよさを実感できるまち</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">まちづくり指標</th><th rowspan="2">現状値</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（令和7年度）</th></tr>
<tr><th>令和5年度</th><th>令和6年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※町の人口の実績値は各年10月1日現在の推計人口です。</p>
<p>※年間商品販売額は経済センサスの調査年のみ把握できるため、令和5・6年度は「―」としています。</p>
<p>※甲府昭和ICの1日平均利用台数（令和6年度 約2万3千台）は参考値で、指標には含めていません。</p>
</body>
</html>
"""


def showa() -> Path:
    path = HERE / "showa_machizukuri_shihyo_r6.html"
    path.write_bytes(showa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shibayama, takanezawa, takagi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {showa().name}")


if __name__ == "__main__":
    main()
