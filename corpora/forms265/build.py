"""Build the built documents of forms265/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kumano_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 熊野町 (広島県):
  form fields and a prose 概要 with real figures over a ``計画 | 実績`` two-row grid per indicator
  (``活動指標`` / ``成果指標`` groups), **a two-year 実績 cell ``7（2か年計）`` merged over R2 and R3**,
  **a ``（参考）体制`` staff row with its own 計画 | 実績 inside the indicator grid**, ``万円`` in 単位
  and 予算/決算 money rows; and the PDF;
* ``source/tsurugi_kpi_kensho_r4.xlsx``, a 総合戦略 KPI 効果検証シート in the manner of つるぎ町 (徳島県):
  **an actual column headed by a date range ``実績値（R4.4.1～R5.3.31）``**, **a ``委員評価（人数）``
  column of vote counts (``◎2 ○6 △1``)**, a 関連事業費 column with 施策小計 and 合計 rows, ``約``; and the PDF;
* ``source/hoki_shisaku_hyoka_h24.xlsx``, a 総合計画 施策評価シート in the manner of 伯耆町 (鳥取県):
  era-less year headers on a 平成 sheet, **a ``└ 主な構成事業`` sub-row with 決算額 under every
  indicator**, **a ``達成見通し`` column of words**, ``延べ1,000``, a ``―`` baseline; and the PDF;
* ``kuma_fukko_shinchoku_r6.html``, a 復興まちづくり計画 進捗 page in the manner of 球磨村 (熊本県):
  **a baseline column headed ``災害前（R2.6末）``**, **an actual headed ``R6年度（R7.3.1現在）``**,
  ``【くらし】`` … 柱 cells in a rowspan column, values in ``万`` (``2.4万``), ``程度``, a note row
  and a ``<tfoot>`` money row.

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
    wb.properties.creator = "forms265/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms265/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms265_soffice_") as tmp:
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


def _svals(ws, r, c0, vals) -> None:
    """Value cells written as text (exactly as printed), right-aligned; ``―`` centred."""
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")


def _field(ws, r, pairs, spans, height=20) -> None:
    """One row of key-value form fields: ``pairs`` (label, value), ``spans`` ((l1, l2), (v1, v2)) per pair."""
    for (label, value), ((l1, l2), (v1, v2)) in zip(pairs, spans, strict=True):
        _span(ws, r, l1, l2, label, header=True)
        _span(ws, r, v1, v2, value, align="left")
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 熊野町 (広島県安芸郡): 令和5年度 事務事業評価シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (熊野町の統計, town.kumano.hiroshima.jp): 2022年 総観光客数 172,531人, うち筆の里工房 66,020人;
# 2020年国勢調査 22,834人; 筆の里工房 (1994 開館, 日経 2017). Made up: the sheet, 事業, 課, every indicator,
# figure, staff and money row.
KM_GROUPS = [
    (
        "活動指標",
        [
            (
                "1",
                "企画展・特別展の開催数",
                "回",
                ["4", "4", "4", "4"],
                ["7（2か年計）", None, "4", ""],
                "R2・R3は臨時休館期間を含むため2か年の合計",
            ),
            (
                "2",
                "筆づくり体験教室の開催回数",
                "回",
                ["120", "120", "150", "150"],
                ["38", "95", "162", ""],
                "",
            ),
        ],
    ),
    (
        "成果指標",
        [
            (
                "3",
                "筆の里工房の来館者数（年度）",
                "人",
                ["80,000", "80,000", "80,000", "80,000"],
                ["31,482", "52,310", "67,315", ""],
                "暦年の来館者数は概要欄",
            ),
            (
                "4",
                "工房ショップの売上額",
                "万円",
                ["2,400", "2,400", "2,600", "2,800"],
                ["1,120", "1,795", "2,614", ""],
                "",
            ),
        ],
    ),
    (
        "（参考）体制",
        [
            (
                "",
                "工房運営に従事する職員数",
                "人",
                ["6", "6", "6", "6"],
                ["6", "5", "6", ""],
                "うち学芸員2人",
            ),
        ],
    ),
]


def kumano() -> Path:
    wb, ws = _sheet("事務事業評価", [11, 5, 30, 7, 7, 10, 10, 10, 10, 24])
    _text(ws, 1, 1, "令和5年度　熊野町事務事業評価シート（令和4年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和5年7月", align="right")
    spans = (((1, 2), (3, 5)), ((6, 7), (8, 10)))
    _field(ws, 4, [("事務事業名", "筆の里工房運営支援事業"), ("担当課", "産業観光課")], spans)
    _field(
        ws,
        5,
        [
            ("総合計画の位置付け", "筆の都の魅力を活かした交流のまちづくり"),
            ("事業開始年度", "平成6年度"),
        ],
        spans,
    )
    _span(ws, 6, 1, 2, "事業の概要", header=True)
    _para(
        ws,
        6,
        3,
        10,
        "熊野筆の文化と歴史を伝える「筆の里工房」（平成6年開館）の管理運営を支援し、企画展や筆づくり体験を通じて交流人口の拡大を図る。"
        "令和4年（暦年）の町の総観光客数は172,531人で、うち筆の里工房の来館者は66,020人であった（町人口22,834人、令和2年国勢調査）。",
        34,
        border=True,
    )
    _text(ws, 8, 1, "３　指標の状況", bold=True, size=11)
    h = 9
    for c, word in enumerate(
        ["指標の種類", "No.", "指標名", "単位", "", "R2年度", "R3年度", "R4年度", "R5年度", "備考"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for group, inds in KM_GROUPS:
        g0 = r
        for no, name, unit, plan, act, note in inds:
            for k, (role, vals) in enumerate((("計画", plan), ("実績", act))):
                rr = r + k
                _put(ws, rr, 1, group if rr == g0 else None, align="center")
                _put(ws, rr, 5, role, align="center")
                for j, v in enumerate(vals):
                    if v is None:
                        continue
                    _put(ws, rr, 6 + j, v if v != "" else None, align="right")
                ws.row_dimensions[rr].height = 18
            for c, v in ((2, no), (3, name), (4, unit), (10, note)):
                _put(ws, r, c, v, align="center" if c in (2, 4) else None, size=8 if c == 10 else 9)
                _put(ws, r + 1, c, None)
                _merge(ws, r, c, r + 1, c)
            if act[1] is None:
                _merge(ws, r + 1, 6, r + 1, 7)
            r += 2
        _merge(ws, g0, 1, r - 1, 1)
    for k, (role, vals) in enumerate(
        (
            ("予算", ["36,400", "36,400", "38,200", "39,000"]),
            ("決算", ["29,812", "33,540", "37,905", ""]),
        )
    ):
        rr = r + k
        _put(ws, rr, 1, "事業費（千円）" if k == 0 else None, align="center", fill=LIGHT)
        for c in (2, 3, 4):
            _put(ws, rr, c, None, fill=LIGHT)
        _put(ws, rr, 5, role, align="center", fill=LIGHT)
        for j, v in enumerate(vals):
            _put(ws, rr, 6 + j, v or None, align="right", fill=LIGHT)
        _put(ws, rr, 10, None, fill=LIGHT)
        ws.row_dimensions[rr].height = 18
    _merge(ws, r, 1, r + 1, 4)
    r += 3
    _field(ws, r, [("評価", "B（概ね順調）"), ("今後の方向性", "現状維持")], spans)
    _notes(
        ws,
        r + 2,
        [
            "※R5年度の実績は年度終了後に記入します。No.1のR2・R3実績は2か年の合計（臨時休館のため年度別に集計していません）。",
            "※（参考）体制の職員数は指標ではありません。事業費の決算額には人件費を含みません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kumano_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# つるぎ町 (徳島県美馬郡): 第2期総合戦略 KPI効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (infosekolah.net つるぎ町; topics.or.jp/articles/-/850519): 2020年国勢調査 7,715人, 世界農業遺産
# 「にし阿波の傾斜地農耕システム」(2018), 小山北工業団地 (3 区域, 約8万㎡, 8社). Made up: the sheet, 課,
# 委員会, every KPI, figure, vote and money.
TS_GROUPS = [
    (
        "世界農業遺産「にし阿波の傾斜地農耕システム」の保全と活用",
        [
            ("傾斜地農耕体験ツアーの参加者数", "人", "120", "約340", "400", "◎1 ○5 △3", "3,860"),
            ("町内農産物直売所の販売額", "万円", "4,820", "5,310", "5,500", "◎2 ○6 △1", "1,200"),
        ],
        "5,060",
    ),
    (
        "企業誘致と町内雇用の確保",
        [
            ("小山北工業団地の立地企業数", "社", "7", "8", "8", "◎7 ○2 △0", "2,450"),
            ("町内事業所への新規雇用者数", "人/年", "15", "21", "20", "◎4 ○4 △1", "1,980"),
        ],
        "4,430",
    ),
]


def tsurugi() -> Path:
    wb, ws = _sheet("KPI効果検証", [30, 32, 7, 11, 15, 11, 13, 13])
    _text(
        ws,
        1,
        1,
        "第2期つるぎ町まち・ひと・しごと創生総合戦略　KPI効果検証シート（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和5年8月　つるぎ町企画課", align="right")
    spans = (((1, 1), (2, 3)), ((4, 5), (6, 8)))
    _field(
        ws,
        4,
        [
            ("検証機関", "つるぎ町総合戦略推進委員会（委員9名）"),
            ("町の人口", "7,715人（令和2年国勢調査）"),
        ],
        spans,
    )
    _text(ws, 6, 1, "基本目標１　つるぎ町の資源を活かした安定した雇用をつくる", bold=True, size=11)
    h = 7
    for c, word in enumerate(
        [
            "具体的な施策",
            "KPI",
            "単位",
            "基準値\n（R元）",
            "実績値\n（R4.4.1～R5.3.31）",
            "目標値\n（R6）",
            "委員評価\n（人数）",
            "関連事業費\n（千円）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for measure, kpis, subtotal in TS_GROUPS:
        g0 = r
        for name, unit, *vals in kpis:
            _put(ws, r, 1, measure if r == g0 else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _svals(ws, r, 4, vals[:3])
            _put(ws, r, 7, vals[3], align="center")
            _put(ws, r, 8, vals[4], align="right")
            ws.row_dimensions[r].height = 24
            r += 1
        _merge(ws, g0, 1, r - 1, 1)
        _span(ws, r, 1, 7, "施策小計", fill=LIGHT, align="right")
        _put(ws, r, 8, subtotal, align="right", fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 7, "合計", fill=SHADE, align="right", bold=True)
    _put(ws, r, 8, "9,490", align="right", fill=SHADE, bold=True)
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 2,
        [
            "委員評価：◎効果があった　○一定の効果があった　△効果が不十分（推進委員9名がそれぞれ評価した人数）",
            "※実績値は令和4年度（令和4年4月1日～令和5年3月31日）の値です。参加者数は受付名簿による概数です。",
            "※小山北工業団地は第1～第3区域の合計（約8万㎡）。関連事業費は令和4年度決算額です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsurugi_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伯耆町 (鳥取県西伯郡): 第1次伯耆町総合計画 施策評価シート（平成24年度実績）
# --------------------------------------------------------------------------------------------

# Real (第1次伯耆町総合計画 基本計画, paperzz.com/doc/5701844): 第1章 住みよさを感じるまち, 重点施策
# 快適な住環境プロジェクト, 主要施策 省エネルギーや環境意識の醸成と実践による循環型社会の実現 (エコマネー,
# 環境学習, 廃棄物の発生抑制). Made up: the sheet, date, 課, every indicator, figure and 事業.
HK_ROWS = [
    (
        "1",
        "町民1人1日当たりのごみ排出量",
        "g",
        "812",
        "768",
        "755",
        "741",
        "700",
        "困難",
        "ごみ減量化推進事業（24年度決算 1,250千円）",
    ),
    (
        "2",
        "資源ごみのリサイクル率",
        "％",
        "18.2",
        "21.5",
        "22.0",
        "23.4",
        "30.0",
        "困難",
        "資源回収団体奨励事業（同 860千円）、生ごみ堆肥化モデル事業（同 420千円）",
    ),
    (
        "3",
        "エコマネー参加世帯数",
        "世帯",
        "―",
        "245",
        "312",
        "368",
        "500",
        "達成見込み",
        "エコマネー導入事業（24年度決算 2,100千円）",
    ),
    (
        "4",
        "エコマネーの発行ポイント数",
        "ポイント",
        "―",
        "8,450",
        "11,200",
        "13,960",
        "20,000",
        "困難",
        "エコマネー導入事業【再掲】",
    ),
    (
        "5",
        "環境学習講座の受講者数",
        "人",
        "85",
        "156",
        "171",
        "190",
        "延べ1,000",
        "達成見込み",
        "環境学習推進事業（24年度決算 310千円）",
    ),
]


def hoki() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 7, 11, 10, 10, 10, 12, 11])
    _text(ws, 1, 1, "第1次伯耆町総合計画　施策評価シート（平成24年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "平成25年8月　伯耆町企画課", align="right")
    spans = (((1, 2), (3, 9)),)
    for i, (label, value) in enumerate(
        [
            ("基本方針", "第1章　住みよさを感じるまち"),
            ("重点施策", "快適な住環境プロジェクト"),
            ("施策", "省エネルギーや環境意識の醸成と実践による循環型社会の実現"),
            ("担当課（関係課）", "住民生活課（企画課、教育委員会事務局）"),
        ]
    ):
        _field(ws, 4 + i, [(label, value)], spans, height=18)
    _text(ws, 9, 1, "■成果指標", bold=True, size=11)
    h = 10
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "策定時\n（17年度）",
            "22年度",
            "23年度",
            "24年度",
            "目標値\n（27年度）",
            "達成見通し",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, *vals, outlook, jigyo in HK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _svals(ws, r, 4, vals)
        _put(ws, r, 9, outlook, align="center")
        ws.row_dimensions[r].height = 20
        _put(ws, r + 1, 1, None)
        _span(ws, r + 1, 2, 9, f"└ 主な構成事業：{jigyo}", size=8)
        ws.row_dimensions[r + 1].height = 15
        r += 2
    r += 1
    spans2 = (((1, 2), (3, 4)), ((5, 6), (7, 9)))
    _field(ws, r, [("施策の評価", "B（概ね順調）"), ("町民満足度", "2.9点（5点満点）")], spans2)
    _notes(
        ws,
        r + 2,
        [
            "※年度はすべて平成です。No.5の目標値は平成23年度から27年度までの延べ受講者数です。No.4の1ポイントは町内協力店で1円として使えます。",
            "※達成見通し：目標年度（27年度）に目標値を達成できる見込みかどうかを担当課が判断したものです。",
            "※No.3・No.4の策定時はエコマネー導入前のため「―」。構成事業の決算額は指標の値ではありません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hoki_shisaku_hyoka_h24.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 球磨村 (熊本県球磨郡): 球磨村復興まちづくり計画 指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (広報くまむら 2025年5月号 施政方針, mykoho.jp/article/435139/9317228/9527519; 2023年5月号): the 復興
# まちづくり計画, its four 柱 (くらし, そなえ, にぎわい, なりわい) and their wording, the population 3,510人
# before the 令和2年7月豪雨 and 2,628人 on 3月1日, the 中園・多武除 かさ上げ done in R6, 球泉洞, the
# 球磨清流学園 (R6.4.1). Made up: the page, every indicator and figure except the two populations, the money.
KU_ROWS = [
    (
        "【くらし】<br>被災者の生活再建",
        [
            ("村の人口", "人", "3,510", "2,741", "2,628", "2,700程度", "やや遅れ"),
            ("災害公営住宅等への入居戸数", "戸", "―", "58", "64", "70", "順調"),
        ],
    ),
    (
        "【そなえ】<br>災害に強い村づくりに向けた復旧と備え",
        [
            ("宅地かさ上げ完了地区数", "地区", "0", "0", "2", "6", "順調"),
        ],
    ),
    (
        "【にぎわい】<br>球磨川と共生する村の自然を活かした観光むらづくり",
        [
            ("球泉洞の入洞者数", "人", "3.2万", "1.9万", "2.4万", "3.0万", "やや遅れ"),
        ],
    ),
    (
        "【なりわい】<br>山の暮らしと農林業・商工業の生業再生",
        [
            ("農地・農業用施設の災害復旧完了率", "％", "―", "72.5", "88.0", "100", "順調"),
        ],
    ),
]

KU_HEAD = """<thead>
<tr><th rowspan="2">柱</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">災害前<br>（R2.6末）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（R9年度）</th><th rowspan="2">進捗</th></tr>
<tr><th>R5年度末</th><th>R6年度<br>（R7.3.1現在）</th></tr>
</thead>"""


def kuma_html() -> str:
    rows = []
    for pillar, inds in KU_ROWS:
        for i, (name, unit, *vals, progress) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" class="l">{pillar}</th>' if i == 0 else ""
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="c">{progress}</td></tr>'
            )
        if pillar.startswith("【くらし】"):
            rows.append(
                '<tr><td colspan="8" class="note">※球磨清流学園（義務教育学校）は令和6年4月1日に開校しました（指標外）。</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>球磨村復興まちづくり計画 指標の進捗状況（令和6年度） - 球磨村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.note {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 復興まちづくり &gt; 計画の進捗</p>
<h1>球磨村復興まちづくり計画 指標の進捗状況（令和6年度）</h1>
<p>令和7年3月31日　球磨村復興推進課</p>
<h2>1 計画の概要</h2>
<p>令和2年7月豪雨災害からの復旧・復興に向け、村では「復興まちづくり計画」を策定し、「被災者の生活再建」と「災害に強い村づくりに向けた復旧と備え」を最優先事項として取り組んでいます。村の人口は、災害前の3,510人に対し、令和7年3月1日現在で2,628人となっています。</p>
<h2>2 指標の進捗状況</h2>
<table>
{KU_HEAD}
<tbody>
{body}
</tbody>
<tfoot>
<tr><th colspan="3">復興関連事業費（R6当初予算・千円）</th><td colspan="5" class="num">4,382,000</td></tr>
</tfoot>
</table>
<p>※球泉洞の入洞者数は万人単位の概数です。</p>
<p>※進捗は、目標値に向けた取組の状況を復興推進本部で確認したものです。</p>
</body>
</html>
"""


def kuma() -> Path:
    path = HERE / "kuma_fukko_shinchoku_r6.html"
    path.write_bytes(kuma_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kumano, tsurugi, hoki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kuma().name}")


if __name__ == "__main__":
    main()
