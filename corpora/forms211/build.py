"""Build the built documents of forms211/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kawazu_kpi_kensho_h30.xlsx``, a 総合戦略 KPI 検証シート in the manner of 河津町
  (静岡県): form fields full of figures, two bold 基本目標 headings, each over the same one-row
  header ``No. | 重要業績評価指標（KPI） | 単位（年間） | 基準値（H26） | H29実績 | H30目標 |
  H30実績 | 目標値（H31）``, **a unit column headed ``単位（年間）``**, **a final target written in
  kanji numerals with a scale word, ``百万人``, in a ``千人`` row of digit targets**, **actual
  cells that carry the festival's edition in brackets, ``894（第28回）``**, ``▲`` values; and the PDF;
* ``source/kiho_koka_kensho_r5.xlsx``, a 交付金事業 効果検証シート in the manner of 紀宝町
  (三重県): form fields (事業名, 担当課, money, two prose fields), **KPI cells that are target
  sentences (``…を年間12万人にする``) whose year stands only in a ``目標年度`` column**, **value
  cells that hold the count and, in brackets, the same count rounded in another scale
  (``84,210（約8.4万）``, ``6,380（約6千）``)**, a printed 達成状況, a money table under the grid;
  and the PDF;
* ``source/minamiawaji_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of
  南あわじ市 (兵庫県): form fields, **no 単位 column and a unit line that gives the scale by the
  role of the column, ``（単位：実績値は千人、目標値は万人）``** (a rate row carries ``%`` in its
  cells), a two-row header ``実績値`` over ``R元（基準） | R3 | R4 | R5`` and ``目標値`` over
  ``R5 | R7``, **a ``順位`` column ranking the grid's own rows by their 達成率**, a ``休館中``
  actual; and the PDF;
* ``susami_kpi_kensho_r5.html``, a KPI 検証結果 page in the manner of すさみ町 (和歌山県):
  a lead, a ``<dl>`` of plan fields, one table ``No. | 重要業績評価指標（KPI） | 単位 |
  ゴール（令和6年度） | 令和5年度の状況 | 評価``: **the target column headed ``ゴール``**, and **no
  baseline or actual column: the year's actual, the year's target and the baseline stand only
  in the sentences of the ``令和5年度の状況`` cell**, next to figures that are none of them.

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
    wb.properties.creator = "forms211/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms211/build.py"
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
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
    with tempfile.TemporaryDirectory(prefix="forms211_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str]) -> int:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)
    return row + len(lines)


def _para(ws, row, c1, c2, value, height, size=9):
    """A bordered, wrapped paragraph merged over c1..c2 of one row."""
    cell = _span(ws, row, c1, c2, value, align="left", size=size, valign="top")
    ws.row_dimensions[row].height = height
    return cell


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        centre = isinstance(v, str) and not any(ch.isdigit() for ch in v)
        _put(ws, r, c0 + j, v, align="center" if centre else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 河津町 (静岡県賀茂郡): 河津町まち・ひと・しごと創生総合戦略 KPIの検証（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 昭和33年 merger (上河津村 and 下河津村, 10,454人), 2018's 出生数25人 / 死亡数144人 /
# 転入数213人 / 転出数222人 (so the ▲9 of 社会増減数), the ~850 河津桜 along ~4 km of 河津川, the
# 基本目標 wording, the festivals' figures (第28回 893,589人 and 第29回 907,050人, both 2/10～3/10;
# 伊豆急河津駅 降車 113,249人 and 108,305人). Made up: the sheet, its date and 課, the 推進会議 date,
# the baselines, the other rows, every target (the 百万人 included), the money note.
KZ_HEAD = [
    "No.",
    "重要業績評価指標（KPI）",
    "単位\n（年間）",
    "基準値\n（H26）",
    "H29実績",
    "H30目標",
    "H30実績",
    "目標値\n（H31）",
]
KZ_BLOCKS = [
    (
        "■基本目標1　町内における安定した雇用を創出する",
        [
            (
                "1",
                "河津桜まつりの来場者数",
                "千人",
                782,
                "894（第28回）",
                950,
                "907（第29回）",
                "百万人",
            ),
            (
                "2",
                "河津桜まつり期間中の伊豆急河津駅降車人数",
                "千人",
                96,
                "113（第28回）",
                120,
                "108（第29回）",
                130,
            ),
            ("3", "観光・物産分野の新規雇用者数", "人", 12, 15, 18, 19, 20),
        ],
    ),
    (
        "■基本目標2　河津への新しい人の流れをつくる",
        [
            ("4", "移住相談窓口を通じた移住者数", "人", 6, 11, 12, 14, 15),
            ("5", "社会増減数", "人", "▲41", "▲23", "▲20", "▲9", 0),
        ],
    ),
]


def kawazu() -> Path:
    wb, ws = _sheet("KPI検証", [6, 40, 9, 11, 14, 10, 14, 12])
    _text(
        ws,
        1,
        1,
        "河津町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（平成30年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和元年8月　河津町企画調整課", align="right")
    _span(ws, 4, 1, 2, "計画期間", header=True)
    _span(ws, 4, 3, 5, "平成27年度～平成31年度（5年間）", align="left")
    _span(ws, 4, 6, 6, "検証", header=True)
    _span(
        ws, 4, 7, 8, "河津町まち・ひと・しごと創生推進会議（令和元年7月24日）", align="left", size=8
    )
    ws.row_dimensions[4].height = 22
    _span(ws, 5, 1, 2, "町の概況", header=True)
    _para(
        ws,
        5,
        3,
        8,
        "昭和33年9月に上河津村と下河津村が合併して河津町が誕生（合併時の人口10,454人）。平成30年の出生数は25人、"
        "死亡数は144人、転入数は213人、転出数は222人。河津川沿い約4kmに約850本の河津桜が並ぶ。",
        30,
    )
    r = 7
    for heading, rows in KZ_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        r += 1
        for c, word in enumerate(KZ_HEAD, start=1):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for no, name, unit, *vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.1・No.2は、その年度の2月～3月に開催した河津桜まつりの会期中の値（河津桜まつり実行委員会調べ）。（　）内は開催回で、"
            "第28回は平成30年2月10日～3月10日、第29回は平成31年2月10日～3月10日。",
            "※No.1の目標値（H31）は、総合戦略に掲げた「河津桜まつり来場者百万人」の目標をそのまま記載しています。",
            "※No.5は暦年（1～12月）の転入数－転出数。▲は転出超過を表します。",
            "※平成30年度の総合戦略関連事業費（決算）は48,620千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kawazu_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 紀宝町 (三重県南牟婁郡): 地方創生推進交付金事業 効果検証シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real: 企画調整課, the 平成18年1月10日 merger of 旧紀宝町 and 旧鵜殿村, 79.62km², 11,207人 (平成27年
# 国勢調査), the 昭和63年 ウミガメ保護条例 (the first of any municipality), 道の駅紀宝町ウミガメ公園
# and its ウミガメハウス (入館無料), 飛雪の滝キャンプ場, 紀宝町ふるさと応援団. Made up: the sheet, the
# 事業名, its period and money, every KPI, figure, status and note.
KH_ROWS = [
    (
        "1",
        "道の駅紀宝町ウミガメ公園の入館者数を年間12万人にする",
        "R5",
        "人",
        "84,210（約8.4万）",
        "101,356（約10.1万）",
        "118,902（約11.9万）",
        "未達成",
    ),
    (
        "2",
        "飛雪の滝キャンプ場の宿泊者数を年間1万人泊にする",
        "R5",
        "人泊",
        "6,380（約6千）",
        "8,912（約9千）",
        "10,245（約1万）",
        "達成",
    ),
    ("3", "紀宝町ふるさと応援団の登録者数を累計500人にする", "R5", "人", 212, 388, 516, "達成"),
    ("4", "ウミガメ観察会の参加者数を年間300人以上にする", "R5", "人", 96, 214, 287, "未達成"),
]


def kiho() -> Path:
    wb, ws = _sheet("効果検証", [5, 36, 7, 6, 15, 15, 15, 8])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和5年度実施分）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年7月　紀宝町", align="right")
    fields = [
        ("事業名", "「ウミガメのまち紀宝」交流人口拡大事業", 20),
        ("担当課", "企画調整課", 20),
        ("事業期間", "令和3年度～令和5年度（3か年）", 20),
        ("総事業費（千円）", "64,200（うち交付金 32,100）", 20),
        (
            "事業概要",
            "昭和63年に全国の市町村で初めて「ウミガメ保護条例」を制定した本町の道の駅紀宝町ウミガメ公園を核に、"
            "飛雪の滝キャンプ場や紀宝町ふるさと応援団と連携して、交流人口と関係人口の拡大を図る。",
            34,
        ),
        (
            "町の概況",
            "平成18年1月10日に旧紀宝町と旧鵜殿村が合併。面積79.62km²、人口11,207人（平成27年国勢調査）。",
            22,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left", valign="top" if height > 20 else None)
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r += 1
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "目標\n年度",
        "単位",
        "事業開始前\n（R2）",
        "R4実績",
        "R5実績",
        "達成\n状況",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, sentence, year, unit, *vals, status in KH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, sentence)
        _put(ws, r, 3, year, align="center")
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 8, status, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    r = _notes(
        ws,
        r,
        [
            "※実績の（　）内は、万人・千人単位に丸めた概数です。",
            "※達成状況は、目標年度（R5）の実績で判定しています。",
            "※No.1はウミガメハウス（入館無料）の入館者数。No.3は令和2年度の制度創設からの累計登録者数です。",
        ],
    )
    r += 1
    _text(ws, r, 1, "■事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in enumerate(["区分", "", "R3", "", "R4", "R5", "計", ""], start=1):
        _put(ws, r, c, word, header=True)
    _merge(ws, r, 1, r, 2)
    _merge(ws, r, 3, r, 4)
    _merge(ws, r, 7, r, 8)
    r += 1
    for label, vals in [
        ("事業費", [22400, 20400, 21400, 64200]),
        ("うち交付金", [11200, 10200, 10700, 32100]),
    ]:
        _span(ws, r, 1, 2, label)
        _span(ws, r, 3, 4, vals[0], align="right", fmt="#,##0")
        _put(ws, r, 5, vals[1], fmt="#,##0")
        _put(ws, r, 6, vals[2], fmt="#,##0")
        _span(ws, r, 7, 8, vals[3], align="right", fmt="#,##0")
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "kiho_koka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南あわじ市 (兵庫県): 南あわじ市総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 施策 wording (令和6年度施政方針), 鳴門海峡の渦潮, 灘黒岩水仙郷, 慶野松原, うずまちテラス
# (竣工 令和5年3月), 道の駅うずしお (rebuilt, to reopen in 令和7年春). Made up: the sheet, its number,
# 課 and money, the closure in 令和5年度, every indicator, figure, rate, rank and note.
MA_ROWS = [
    # No., name, R元（基準）, R3, R4, R5 (実績, 千人), R5, R7 (目標, 万人), 達成率, 順位
    ("1", "観光入込客数", 4231, 2612, 3280, 3905, 400, 450, "97.6%", "3"),
    ("2", "宿泊客数", 612, 398, 470, 566, 55, 65, "102.9%", "2"),
    ("3", "鳴門海峡の渦潮観潮船の乗船者数", 248, 121, 176, 231, 22, 26, "105.0%", "1"),
    ("4", "道の駅うずしおの利用者数", 812, 587, 604, "休館中", "―", 60, "―", "―"),
    (
        "5",
        "観光客満足度（「満足」「やや満足」の割合）",
        "78.2%",
        "80.1%",
        "81.5%",
        "79.8%",
        "85.0%",
        "88.0%",
        "93.9%",
        "4",
    ),
]


def minamiawaji() -> Path:
    wb, ws = _sheet("施策評価", [5, 38, 11, 10, 10, 10, 10, 10, 10, 8])
    _text(ws, 1, 1, "南あわじ市総合計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年8月　南あわじ市", align="right")
    _span(ws, 4, 1, 2, "施策番号・施策名", header=True)
    _span(ws, 4, 3, 7, "3-2　観光需要の回復と第一次産業と観光の融合", align="left")
    _span(ws, 4, 8, 8, "主管課", header=True)
    _span(ws, 4, 9, 10, "商工観光課", align="left")
    ws.row_dimensions[4].height = 20
    _span(ws, 5, 1, 2, "施策の事業費（R5決算・千円）", header=True)
    _span(ws, 5, 3, 10, 286450, align="left", fmt="#,##0")
    ws.row_dimensions[5].height = 20
    _span(ws, 6, 1, 2, "施策の概要", header=True)
    _para(
        ws,
        6,
        3,
        10,
        "鳴門海峡の渦潮、灘黒岩水仙郷、慶野松原などの観光資源と、御食国を支える農畜水産業を結び付け、体験型・滞在型の観光を進める。"
        "大鳴門橋周辺では令和5年3月に「うずまちテラス」が竣工し、道の駅うずしおは令和7年春の再開をめざして建替えを進めている。",
        34,
    )
    _text(ws, 8, 1, "２　成果指標の推移", bold=True, size=11)
    _text(ws, 8, 10, "（単位：実績値は千人、目標値は万人）", align="right")
    h = 9
    for c, word in [(1, "No."), (2, "成果指標"), (9, "達成率\n（R5）"), (10, "順位")]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 3, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    for c, word in enumerate(["R元（基準）", "R3", "R4", "R5", "R5", "R7"], start=3):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, *vals in MA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals[:6])
        _put(ws, r, 9, vals[6], align="center" if vals[6] == "―" else "right")
        _put(ws, r, 10, vals[7], align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観光入込客数・宿泊客数は兵庫県観光客動態調査（年度）による。",
            "※達成率＝R5実績値÷R5目標値（単位をそろえて算出）。順位は達成率の高い順（No.4は休館のため対象外）。",
            "※道の駅うずしおは建替えのため令和5年度は休館（令和7年春の再開予定）。R7目標は再開後の年間利用者数。",
            "※観光客満足度は市観光アンケート（令和5年度回答数412件）による。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minamiawaji_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# すさみ町 (和歌山県西牟婁郡): すさみ町まち・ひと・しごと創生推進計画 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 174.45平方km, 約93% 林野, 39 集落, the 紀勢自動車道 of 平成27年8月, 5,952人
# (平成12年), 道の駅すさみ (平成27年9月5日, エビとカニの水族館), すさみ町観光案内所 FRONT110
# (令和3年7月), イセエビ. Made up: the page, its date and 課, the plan period, every KPI, figure,
# grade and note.
SU_ROWS = [
    (
        "1",
        "道の駅すさみの来場者数",
        "万人",
        "35",
        "令和5年度は31.2万人で、年度目標（32万人）をわずかに下回りました。前年度からは2.4万人の増加です"
        "（基準値：令和元年度 28.4万人）。",
        "B",
    ),
    (
        "2",
        "すさみ町観光案内所「FRONT110」の利用者数",
        "人",
        "6,000",
        "令和5年度は4,870人で、年度目標（4,500人）を達成しました。開設した令和3年度（7月～3月）の"
        "2,130人を基準値としています。",
        "A",
    ),
    (
        "3",
        "イセエビの漁獲量",
        "t",
        "20.0",
        "令和5年度は18.6tで、年度目標（19.0t）に届きませんでしたが、基準値（令和元年度 15.2t）は上回っています。",
        "B",
    ),
    (
        "4",
        "空き家バンクを通じた移住者数",
        "人",
        "累計40",
        "令和5年度は9人が移住し、令和2年度からの累計は31人となりました（年度目標：累計30人）。",
        "A",
    ),
    (
        "5",
        "移住相談件数",
        "件",
        "年間60",
        "令和5年度は52件で、年度目標（50件）を達成しました。うち首都圏からの相談は21件でした。"
        "基準値は令和元年度の24件です。",
        "A",
    ),
]


def susami_html() -> str:
    rows = "\n".join(
        f'<tr><td class="c">{no}</td><th scope="row">{name}</th><td class="c">{unit}</td>'
        f'<td class="num">{goal}</td><td class="text">{text}</td><td class="c">{grade}</td></tr>'
        for no, name, unit, goal, text, grade in SU_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>重要業績評価指標（KPI）の検証結果（令和5年度） - すさみ町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.text {{ width: 26em; }}
dl.plan dt {{ font-weight: bold; float: left; clear: left; width: 12em; }}
dl.plan dd {{ margin-left: 12.5em; }}
</style>
</head>
<body>
<p class="breadcrumb">ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>すさみ町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の検証結果（令和5年度）</h1>
<p class="date">令和6年9月20日　総務課</p>
<p>すさみ町は紀伊半島の南南西部に位置し、面積は174.45平方km、町土の約93%を林野が占め、39の集落が点在しています。平成27年8月の紀勢自動車道の開通で交通の便は大きく向上しましたが、人口は平成12年の5,952人から減少が続いています。</p>
<p>平成27年9月5日に開業した道の駅すさみ（エビとカニの水族館を併設）と、令和3年7月に開設したすさみ町観光案内所「FRONT110」を拠点に、交流と移住の促進に取り組んでいます。令和5年度の検証結果は次のとおりです。</p>
<dl class="plan">
<dt>地域再生計画の名称</dt><dd>すさみ町まち・ひと・しごと創生推進計画</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度</dd>
<dt>検証</dt><dd>すさみ町地方創生推進会議（令和6年8月27日、委員10人）</dd>
</dl>
<h2>重要業績評価指標（KPI）の検証結果</h2>
<p class="legend">評価　A：年度目標を達成　B：年度目標の9割以上　C：年度目標の9割未満</p>
<table>
<thead>
<tr><th scope="col">No.</th><th scope="col">重要業績評価指標（KPI）</th><th scope="col">単位</th><th scope="col">ゴール<br>（令和6年度）</th><th scope="col">令和5年度の状況</th><th scope="col">評価</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※イセエビの漁獲量は町内漁協の水揚げ（年度）によります。</p>
<p>※空き家バンクを通じた移住者数のゴールは、令和2年度からの累計です。</p>
<p class="contact">お問い合わせ：すさみ町 総務課 企画係</p>
</body>
</html>
"""


def susami() -> Path:
    path = HERE / "susami_kpi_kensho_r5.html"
    path.write_bytes(susami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kawazu, kiho, minamiawaji):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {susami().name}")


if __name__ == "__main__":
    main()
