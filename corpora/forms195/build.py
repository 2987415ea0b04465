"""Build the built documents of forms195/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ujitawara_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 宇治田原町 (京都府):
  form fields (事務事業名, 事業番号, 担当課, 決算額 in 千円), a prose 概要 with real figures, and a grid
  ``区分 | 記号 | 内容（指標） | R3実績 | R4実績 | R5計画 | R5実績 | R6計画`` whose **units stand only in a note
  keyed by the row marks** (``※単位　ア：人　イ：回　…　エ：千部　オ：％　カ：万円``) and whose **対象 / 意図 rows
  are the sheet's sentences, each naming its indicator only in a closing ``（指標：…）``**; and the PDF;
* ``source/motosu_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 本巣市 (岐阜県):
  **a 単位 cell ``千人（暦年）`` that re-dates its row as calendar years**, **an ``R6実績`` column whose every
  cell holds the date the figure will be fixed (``R7.8確定予定``)**, and **target cells that carry their own
  scale word and unit (``35万人``, ``5.3億円``) unlike the 単位 column** (and one baseline ``312,480人``); and the PDF;
* ``source/kurotaki_koka_kensho_r5.xlsx``, a 交付金事業 効果検証シート in the manner of 黒滝村 (奈良県):
  **no target column: the targets stand only in the ``■事業の目標`` paragraph, each level tagged with its KPI's
  label (``年間4,800万円（KPI①）``)**, a two-row header (``実績値`` over ``R2 … R5``, ``R6見込``), **a
  ``該当なし`` actual** and a ``千円（税込）`` unit; and the PDF;
* ``komono_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 菰野町 (三重県):
  **a default unit in the indicator column's header, ``成果指標（単位：特記のないものは人）``**, the other
  units in brackets at the end of the names (``（千人）``, ``（百万円）``), ``<th rowspan>`` 施策 cells, and
  **one 施策's indicator set out after the table as a ``<dl>`` of ``<dt>`` labels and ``<dd>`` values**.

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
    wb.properties.creator = "forms195/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms195/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms195_soffice_") as tmp:
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


def _field(ws, r, c1, c2, label, c3, c4, value, height=20, **kw):
    """One form field: a shaded label over c1..c2 and its value over c3..c4."""
    _span(ws, r, c1, c2, label, header=True)
    _span(ws, r, c3, c4, value, align="left", **kw)
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 宇治田原町 (京都府綴喜郡): 令和5年度 事務事業評価シート
# --------------------------------------------------------------------------------------------

# Real (町長随想 zck.or.jp/site/essay/5973.html; town page 集団茶園整備事業): 永谷宗円 and the 青製煎茶製法
# (江戸時代中頃, 15年), 湯屋谷, 日本遺産 (平成27年), 100件以上の茶農家, 産業観光課 農林係. Made up: the sheet, the
# 事業, its number, money, every indicator, figure and note.
UJ_ROWS = [
    (
        "対象",
        "ア",
        "町外から茶業体験や湯屋谷の散策に訪れる人（指標：湯屋谷地区の来訪者数）",
        5860,
        6920,
        8000,
        7412,
        8500,
    ),
    ("活動", "イ", "手もみ製茶・茶摘み体験の開催回数", 12, 18, 20, 21, 22),
    ("活動", "ウ", "首都圏・京阪神でのPRイベント出展", 3, 4, 5, 4, 5),
    ("活動", "エ", "宇治茶PRリーフレットの配布", 8.0, 10.0, 12.0, 12.5, 12.0),
    (
        "意図",
        "オ",
        "宇治茶の魅力を体感し、町のファンになってもらう（指標：体験参加者のうち「また来たい」と答えた人の割合）",
        78.4,
        81.2,
        85.0,
        83.6,
        85.0,
    ),
    (
        "意図",
        "カ",
        "体験をきっかけに町内で宇治茶を買ってもらう（指標：体験参加者の町内茶販売店での購入額）",
        286,
        352,
        450,
        486,
        500,
    ),
]


def ujitawara() -> Path:
    wb, ws = _sheet("事務事業評価", [7, 6, 46, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和6年7月作成　宇治田原町", align="right")
    _field(ws, 4, 1, 2, "事務事業名", 3, 3, "日本緑茶発祥の地PR・茶業体験推進事業")
    _span(ws, 4, 4, 5, "事業番号", header=True)
    _span(ws, 4, 6, 8, "3-2-05", align="left")
    _field(ws, 5, 1, 2, "担当課", 3, 3, "産業観光課")
    _span(ws, 5, 4, 5, "担当係", header=True)
    _span(ws, 5, 6, 8, "農林係", align="left")
    _field(
        ws,
        6,
        1,
        2,
        "総合計画の位置付け",
        3,
        8,
        "基本目標3　活力ある産業のまち　／　施策3-2　茶業の振興と宇治茶ブランドの発信",
    )
    _field(ws, 7, 1, 2, "事業期間", 3, 3, "令和3年度～令和7年度")
    _span(ws, 7, 4, 5, "評価対象年度", header=True)
    _span(ws, 7, 6, 8, "令和5年度", align="left")
    _field(
        ws,
        8,
        1,
        2,
        "決算額（千円）",
        3,
        8,
        "R4決算　11,240　　／　　R5決算　12,860（うち一般財源 6,430）",
    )
    _text(ws, 10, 1, "１　事業の目的と概要", bold=True, size=11)
    _para(
        ws,
        11,
        1,
        8,
        "本町の湯屋谷は、江戸時代中頃に永谷宗円が15年の歳月をかけて青製煎茶製法を編み出した「日本緑茶発祥の地」であり、"
        "平成27年には宗円の生家とともに日本遺産の構成資産に認定された。町内では100件以上の茶農家が宇治茶の生産に取り組んでいる。"
        "本事業では、町外からの来訪者を対象に手もみ製茶・茶摘み体験を開催し、首都圏・京阪神でのPRとあわせて宇治茶の魅力を発信する。",
        48,
        border=True,
    )
    _text(ws, 13, 1, "２　指標の状況", bold=True, size=11)
    for c, word in enumerate(
        ["区分", "記号", "内容（指標）", "R3実績", "R4実績", "R5計画", "R5実績", "R6計画"], start=1
    ):
        _put(ws, 14, c, word, header=True)
    ws.row_dimensions[14].height = 20
    r = 15
    for kind, mark, text, *vals in UJ_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, mark, align="center")
        _put(ws, r, 3, text)
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        ws.row_dimensions[r].height = 30 if len(text) > 26 else 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※単位　ア：人　イ：回　ウ：回　エ：千部　オ：％　カ：万円",
            "※計画値は当初予算編成時のものです。オの割合は体験後アンケート（R5回答数412件）によります。",
            "※参考：R5の体験参加者1人当たりの事業費は約9,800円（決算額÷参加者数）です。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _field(ws, r, 1, 2, "有効性", 3, 3, "A（順調）")
    _span(ws, r, 4, 5, "今後の方向性", header=True)
    _span(ws, r, 6, 8, "継続", align="left")
    r += 1
    _span(ws, r, 1, 2, "評価の理由", header=True)
    _para(
        ws,
        r,
        3,
        8,
        "体験の開催回数は計画を上回り（21回）、参加者の町内での購入額も486万円と計画を達成した。"
        "一方、来訪者数は7,412人で計画の8,000人に届かなかったため、R6はPRイベントの出展先を見直す。",
        34,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "ujitawara_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 本巣市 (岐阜県): まち・ひと・しごと創生総合戦略 KPI の検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (kotobank 本巣(市); cao.go.jp 選択する未来 第5章; wikipedia 2018 archive): the 2004 merger of 本巣町・真正町・
# 糸貫町・根尾村 (3町1村, 2004-02-01), 374.65km², 8割以上が森林, 32,928人 (2020), 淡墨公園, うすずみ温泉, 道の駅
# 織部の里もとす / 富有柿の里いとぬき, 樽見鉄道. Made up: the sheet, its date, plan period, money, every figure.
MT_ROWS = [
    (
        "1",
        "淡墨公園・うすずみ温泉周辺の観光入込客数",
        "千人（暦年）",
        "312,480人",
        268.4,
        "30万人",
        296.1,
        "R7.8確定予定",
        "35万人",
    ),
    (
        "2",
        "道の駅（織部の里もとす・富有柿の里いとぬき）の売上額",
        "百万円",
        486,
        512,
        "5.3億円",
        498,
        "R7.6確定予定",
        "5.5億円",
    ),
    ("3", "樽見鉄道の年間利用者数", "千人", 702, 598, "65万人", 652.8, "R7.6確定予定", "70万人"),
    ("4", "移住支援制度を利用した転入者数", "人", 38, 44, 50, 57, "R7.5確定予定", 60),
    ("5", "ふるさと納税寄附額", "千円", 186420, 241350, "2.5億円", 263870, "R7.4確定予定", "3億円"),
]


def motosu() -> Path:
    wb, ws = _sheet("KPI検証", [6, 40, 12, 12, 10, 10, 10, 14, 11])
    _text(
        ws,
        1,
        1,
        "本巣市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　本巣市総合戦略推進会議　資料3", align="right")
    _field(ws, 4, 1, 2, "計画期間", 3, 9, "令和3年度～令和7年度（第2期）")
    _field(
        ws,
        5,
        1,
        2,
        "市の概況",
        3,
        9,
        "平成16年2月1日、本巣町・真正町・糸貫町・根尾村の3町1村が合併して誕生。面積374.65km²のうち約8割が森林。人口32,928人（令和2年国勢調査）。",
    )
    _field(
        ws, 6, 1, 2, "関連事業費（R5決算・千円）", 3, 9, "48,620（うち地方創生推進交付金 24,310）"
    )
    _text(ws, 8, 1, "基本目標２　本巣市への新しい人の流れをつくる", bold=True, size=11)
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6実績",
        "目標値\n（R7）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 28
    r = 10
    for no, name, unit, *vals in MT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(
                    ws,
                    r,
                    4 + j,
                    v,
                    align="center" if "確定予定" in v else "right",
                    size=8 if "確定予定" in v else 9,
                )
            else:
                _put(
                    ws,
                    r,
                    4 + j,
                    v,
                    align="right",
                    fmt="#,##0.0" if isinstance(v, float) else "#,##0",
                )
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は岐阜県観光入込客統計調査による暦年（1月～12月）の値です（単位欄に「暦年」と表示）。",
            "※R6実績は、本シート作成時点で未確定のため、確定予定時期を記載しています。",
            "※目標値は総合戦略（令和3年3月策定）の表記のとおり記載しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "motosu_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 黒滝村 (奈良県吉野郡): 地方創生推進交付金事業 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furu-con.jp/projects/964/detail): 623人 (2020国勢調査), the peak 3,819人 (昭和22年), 181人 (2045推計), 約97%
# 林野, 吉野杉・吉野檜, 道の駅「吉野路黒滝」, 黒滝村旧役場庁舎 (県の有形文化財), 「環境保全と担い手育成による地域振興」.
# Made up: the 事業, its name, 課, money, every KPI, figure and note.
KT_GOAL = (
    "本事業では、道の駅「吉野路黒滝」の再整備と吉野杉・吉野檜を使った木工体験の充実により、"
    "令和6年度に道の駅の売上額を年間4,800万円（KPI①）、村外からの体験・見学者数を年間2,000人（KPI②）とすることを目指す。"
    "あわせて、空き家の活用により移住者を5年間で延べ15人（KPI③）受け入れ、林業の新たな担い手を令和6年度までに累計6人（KPI④）確保する。"
)
KT_ROWS = [
    (
        "KPI①",
        "道の駅「吉野路黒滝」の売上額",
        "千円（税込）",
        38260,
        39120,
        41850,
        44120,
        46930,
        48500,
    ),
    (
        "KPI②",
        "村外からの体験・見学者数（旧役場庁舎・木工体験）",
        "人",
        1120,
        980,
        1386,
        1654,
        1812,
        1950,
    ),
    ("KPI③", "移住者数", "人", 1, 2, "該当なし", 3, 2, 4),
    ("KPI④", "林業の新規就業者数（累計）", "人", 0, 1, 2, 3, 4, 6),
]


def kurotaki() -> Path:
    wb, ws = _sheet("効果検証", [8, 38, 12, 12, 9, 9, 9, 9, 10])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年8月　黒滝村", align="right")
    _field(ws, 4, 1, 2, "事業名", 3, 9, "吉野路黒滝 森と木の交流拠点づくり事業")
    _field(ws, 5, 1, 2, "担当課", 3, 9, "産業振興課")
    _field(ws, 6, 1, 2, "事業期間", 3, 9, "令和2年度～令和6年度（5か年）")
    _field(ws, 7, 1, 2, "交付対象事業費（R5・千円）", 3, 9, "18,600（うち交付金 9,300）")
    _field(
        ws,
        8,
        1,
        2,
        "村の概況",
        3,
        9,
        "人口623人（令和2年国勢調査）。昭和22年の3,819人をピークに減少が続き、2045年には181人になると推計されている。総面積の約97%を林野が占める。",
        height=30,
    )
    _text(ws, 10, 1, "■事業の目標", bold=True, size=11)
    _para(ws, 11, 1, 9, KT_GOAL, 46, border=True)
    _text(ws, 13, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=11)
    _head2(
        ws,
        14,
        [(1, "KPI"), (2, "指標"), (3, "単位"), (4, "事業開始前\n（R元）"), (9, "R6見込")],
        [(5, 8, "実績値", ["R2", "R3", "R4", "R5"])],
    )
    r = 16
    for label, name, unit, *vals in KT_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※各KPIの目標値は「■事業の目標」に記載しています（KPI①～④）。",
            "※「該当なし」は、当該年度に移住者がいなかったことを示します。",
            "※R6見込は令和6年7月末時点の推計です。KPI①は物販・飲食の売上の合計です。",
        ],
    )
    r += 5
    _text(ws, r, 1, "■今後の方針", bold=True, size=11)
    _field(ws, r + 1, 1, 2, "方針", 3, 9, "継続（令和7年度以降は村単独事業として実施）")
    _page(ws, "portrait")
    path = SOURCE / "kurotaki_koka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 菰野町 (三重県三重郡): 総合計画 後期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (広報こもの 令和8年1月号 mykoho.jp; わがまちのプラチナ構想 vdocuments.site; 菰野町議会 会議録 chiholog.net):
# 人口およそ4万人, 湯の山温泉, 御在所岳 (1,212m), 御在所ロープウエイ (昭和34年開通, 年間100万人を超える観光客),
# 企画情報課 and 子ども家庭課. Made up: the page, its date, the 基本目標 and 施策, every indicator, figure and note.
KM_PAGE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合計画 後期基本計画 成果指標の進捗状況（令和5年度） - 菰野町</title>
<style>
body { font-family: "IPAGothic", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; margin-bottom: 0.8em; }
th, td { border: 1px solid #000; padding: 2px 6px; }
th { background: #d9d9d9; }
td.num { text-align: right; }
dl.kpi { display: grid; grid-template-columns: 10em auto; border: 1px solid #000; padding: 4px; }
dl.kpi dt { font-weight: bold; }
dl.kpi dd { margin: 0; }
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・行政評価</a> &gt; 総合計画</p>
<h1>総合計画 後期基本計画 成果指標の進捗状況（令和5年度）</h1>
<p class="date">令和6年8月20日更新　企画情報課</p>
<p>本町は三重県の北勢部に位置し、湯の山温泉と御在所岳（1,212m）を有する人口およそ4万人の町です。昭和34年に御在所ロープウエイが開通すると、年間100万人を超える観光客が訪れる観光地となりました。</p>
<p>後期基本計画（令和3年度～令和7年度）に掲げた成果指標について、令和5年度の実績を取りまとめました。</p>
<h2>基本目標2　にぎわいと活力のあるまち</h2>
<table>
<thead>
<tr><th>施策</th><th>成果指標<br>（単位：特記のないものは人）</th><th>現状値<br>（R2）</th><th>R4実績</th><th>R5目標</th><th>R5実績</th><th>目標値<br>（R7）</th></tr>
</thead>
<tbody>
<tr><th rowspan="2">2-1<br>観光の振興</th><td>観光入込客数（千人）</td><td class="num">2,412.6</td><td class="num">3,105.4</td><td class="num">3,300.0</td><td class="num">3,386.0</td><td class="num">3,600.0</td></tr>
<tr><td>湯の山温泉の宿泊者数</td><td class="num">128,450</td><td class="num">176,320</td><td class="num">200,000</td><td class="num">189,740</td><td class="num">220,000</td></tr>
<tr><th rowspan="2">2-2<br>農林業の振興</th><td>新規就農者数（5年間の累計）</td><td class="num">4</td><td class="num">9</td><td class="num">12</td><td class="num">13</td><td class="num">20</td></tr>
<tr><td>町内産農産物直売所の販売額（百万円）</td><td class="num">412</td><td class="num">455</td><td class="num">480</td><td class="num">471</td><td class="num">500</td></tr>
</tbody>
</table>
<p>※観光入込客数は三重県観光レクリエーション入込客数推計書によります。新規就農者数は令和3年度からの累計です。</p>
<h2>基本目標3　子どもを産み育てやすいまち</h2>
<h3>施策3-1　子育て支援の充実</h3>
<p>この施策の成果指標は1つです。</p>
<dl class="kpi">
<dt>成果指標</dt><dd>子育て支援センターの年間延べ利用者数</dd>
<dt>現状値（R2）</dt><dd>9,860人</dd>
<dt>R4実績</dt><dd>13,420人</dd>
<dt>R5目標</dt><dd>14,000人</dd>
<dt>R5実績</dt><dd>14,105人</dd>
<dt>目標値（R7）</dt><dd>15,000人</dd>
<dt>担当課</dt><dd>子ども家庭課</dd>
</dl>
<p>※令和2年度は新型コロナウイルス感染症の影響により、4月から5月まで休館しました。</p>
<p><a href="/gyosei/keikaku/sogo.html">総合計画のページへ戻る</a></p>
</body>
</html>
"""


def komono() -> Path:
    path = HERE / "komono_seika_shihyo_r5.html"
    path.write_bytes(KM_PAGE.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ujitawara, motosu, kurotaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {komono().name}")


if __name__ == "__main__":
    main()
