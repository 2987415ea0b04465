"""Build the built documents of forms18/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hirosaki_jiko_hyoka_h24.xlsx``, a sheet in the manner of 弘前市 (青森県)
  「弘前市アクションプラン 自己評価シート」 (each 指標 written as a sentence with its target in it,
  ``…14.9%を目指します。``; two rows per 指標, ``目標値`` and ``現状値``, under H22–H25; ○/×/－ marks
  against the H24 and the H25 targets; ``【参考】AP2013指標`` rows; a 関連指標 whose upper row holds the
  year and whose lower row holds the figure), and from it ``hirosaki_jiko_hyoka_h24.pdf``;
* ``source/tsumagoi_jimujigyo_hyoka_r6.xlsx``, a sheet in the manner of 嬬恋村 (群馬県)
  「事務事業評価表（兼 実施計画書）」 (one A4 sheet for the evaluation of the past year and the plan of the
  next three: the same 指標 in both tables, and the 事業費 rows inside the plan's grid), and from it
  ``tsumagoi_jimujigyo_hyoka_r6.pdf``;
* ``source/komatsu_jinko_mokuhyo_2019.xlsx``, a sheet in the manner of 小松市 (石川県)
  「NEXT10年ビジョン 人口目標・サブ目標」 (calendar-year columns named by their source, a date column,
  targets written ``10万5千人以上`` / ``2万人キープ``, a column of the 社人研 projection, and the
  合計特殊出生率 with its 将来展望), and from it ``komatsu_jinko_mokuhyo_2019.pdf``;
* ``niseko_suchi_mokuhyo_h28.html``, a page in the manner of ニセコ町 (北海道)
  「「ニセコ町自治創生総合戦略」における数値目標の考え方」 (指標の定義, 出所, 直近の実績値, 数値目標 and
  設定の考え方 per row, every value dated on its own second line).

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
    wb.properties.creator = "forms18/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms18/build.py"
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
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _block(ws, r1, c1, r2, c2, value, **kw):
    """A value written in the top-left cell of a range, the range merged."""
    _put(ws, r1, c1, value, **kw)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if (r, c) != (r1, c1):
                _put(ws, r, c, None, header=kw.get("header", False), fill=kw.get("fill"))
    if (r1, c1) != (r2, c2):
        _merge(ws, r1, c1, r2, c2)


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
    with tempfile.TemporaryDirectory(prefix="forms18_soffice_") as tmp:
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
# 弘前市 (青森県): アクションプラン 自己評価シート — 文で書かれた指標、目標値／現状値の二段、○×－、【参考】行
# --------------------------------------------------------------------------------------------

# Main rows: (No., 指標, 取得方法, 単位, 基準値, [目標値 H22–H25], [現状値 H22–H24], H24 mark,
# H25 mark, 関連指標 or None). A 関連指標 is (name, 出典, [(取得時期, 取得数値)]).
# Reference rows: ("参考", 指標, 取得方法, 単位, 基準値).
# The sentences, 取得方法, units, the 【参考】 rows, the リサイクル率 figures (as read from the
# copy), 9.7, and the 関連指標 with its five figures are the city's; the rest is made up
# (README.md).
HIROSAKI_ROWS = [
    (
        "①",
        "リサイクル率14.9％を目指します。",
        "業務取得",
        "％",
        8.7,
        [8.9, 9.1, 13.4, 14.9],
        [8.8, 10.0, "※11.3"],
        "×",
        "－",
        None,
    ),
    (
        "②",
        "新エネルギーを導入した公共施設数8施設を目指します。",
        "業務取得",
        "施設",
        0,
        [0, 2, 6, 8],
        [0, 3, 6],
        "○",
        "－",
        None,
    ),
    ("参考", "再生可能エネルギーを導入した公共施設数16施設を目指します。", "業務取得", "施設", 0),
    (
        "③",
        "自主防災組織結成率（世帯比率）を20％にします。",
        "業務取得",
        "％",
        7.2,
        ["―", "―", 12.0, 20.0],
        [7.9, 8.9, 9.5],
        "×",
        "－",
        None,
    ),
    (
        "④",
        "安全・安心な生活環境だと思う市民を増やします。",
        "市民評価\nアンケート",
        "％",
        22.4,
        ["―", "―", 25.0, 28.0],
        [23.1, 24.6, 26.5],
        "○",
        "－",
        (
            "弘前市内における犯罪の件数",
            "青森県の犯罪統計資料",
            [("H20", 1803), ("H21", 1656), ("H22", 1791), ("H23", 1581), ("H24", 1233)],
        ),
    ),
    (
        "参考",
        "地震や台風などに対する総合的な防災体制について満足している市民の割合を増やします。",
        "市民評価\nアンケート",
        "％",
        9.7,
    ),
]


def hirosaki() -> Path:
    widths = [8, 36, 9, 5, 7, 7, 6, 6, 6, 6, 15, 15, 15, 12, 6, 6, 6, 6, 6]
    wb, ws = _sheet("自己評価シート", widths)
    last = len(widths)
    _text(ws, 1, 1, "弘前市アクションプラン　自己評価シート（平成24年度実績）", bold=True, size=13)
    _text(ws, 1, last, "平成25年度第4回市民評価会議　資料2", align="right")
    _text(ws, 2, last, "H25.9.30", align="right")
    _text(
        ws,
        3,
        1,
        "約束.3-(2)　安全・安心で環境にやさしいまちをつくります。【くらし】",
        bold=True,
        size=11,
    )
    _put(ws, 4, 1, "めざす姿", header=True)
    _put(ws, 4, 2, None, header=True)
    _merge(ws, 4, 1, 4, 2)
    _block(
        ws,
        4,
        3,
        4,
        last,
        "市民一人ひとりがごみの減量・リサイクルに取り組み、再生可能エネルギーの導入が進むとともに、災害や犯罪に備えた地域の力が高まり、安全・安心に暮らせるまちになっています。",
    )
    ws.row_dimensions[4].height = 26
    _text(ws, 6, 1, "■指標の達成状況", bold=True, size=10)

    # Two header rows.
    for c, word in (
        (1, "No."),
        (2, "指　標"),
        (3, "取得方法"),
        (4, "単位"),
        (5, "基準値"),
        (6, "区分"),
    ):
        _block(ws, 7, c, 8, c, word, header=True)
    _block(ws, 7, 7, 7, 10, "年度別の推移", header=True)
    for i, year in enumerate(("H22", "H23", "H24", "H25")):
        _put(ws, 8, 7 + i, year, header=True)
    _block(
        ws,
        7,
        11,
        8,
        11,
        "H24目標値に対する達成率\n○：目標を達成済み\n×：目標を達成できない\n－：判断できない",
        header=True,
        size=8,
    )
    _block(
        ws,
        7,
        12,
        8,
        12,
        "H25目標値に対する達成率\n○：目標を達成済み\n－：目標を達成できない・\n判断できない",
        header=True,
        size=8,
    )
    _block(ws, 7, 13, 7, 19, "関連指標", header=True)
    _put(ws, 8, 13, "関連指標名", header=True)
    _put(ws, 8, 14, "出典", header=True)
    _block(ws, 8, 15, 8, 19, "上段：数値取得時期　下段：取得数値", header=True, size=8)
    ws.row_dimensions[7].height = 22
    ws.row_dimensions[8].height = 52

    r = 9
    for row in HIROSAKI_ROWS:
        if row[0] == "参考":
            _, sentence, source, unit, base = row
            _put(ws, r, 1, "【参考】\nAP2013指標", size=8, align="center", fill=LIGHT)
            _put(ws, r, 2, sentence, fill=LIGHT)
            _put(ws, r, 3, source, align="center", size=8, fill=LIGHT)
            _put(ws, r, 4, unit, align="center", fill=LIGHT)
            _put(ws, r, 5, base, fill=LIGHT)
            for c in range(6, last + 1):
                _put(ws, r, c, None, fill=LIGHT)
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        no, sentence, source, unit, base, targets, actuals, m24, m25, related = row
        _block(ws, r, 1, r + 1, 1, no, align="center")
        _block(ws, r, 2, r + 1, 2, sentence)
        _block(ws, r, 3, r + 1, 3, source, align="center", size=8)
        _block(ws, r, 4, r + 1, 4, unit, align="center")
        _block(ws, r, 5, r + 1, 5, base)
        _put(ws, r, 6, "目標値", align="center", size=8)
        _put(ws, r + 1, 6, "現状値", align="center", size=8)
        for i in range(4):
            v = targets[i]
            _put(ws, r, 7 + i, v, align="right")
            v = actuals[i] if i < len(actuals) else None
            _put(ws, r + 1, 7 + i, v, align="right")
        _block(ws, r, 11, r + 1, 11, m24, align="center", size=11)
        _block(ws, r, 12, r + 1, 12, m25, align="center", size=11)
        if related is None:
            for c in (13, 14):
                _block(ws, r, c, r + 1, c, None)
            for c in range(15, last + 1):
                _put(ws, r, c, None)
                _put(ws, r + 1, c, None)
        else:
            name, origin, pairs = related
            _block(ws, r, 13, r + 1, 13, name, size=8)
            _block(ws, r, 14, r + 1, 14, origin, size=8)
            for i, (when, figure) in enumerate(pairs):
                _put(ws, r, 15 + i, when, align="center", size=8)
                _put(ws, r + 1, 15 + i, figure, size=8)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    notes = [
        "※23年度現状値は環境省が公表する「一般廃棄物処理事業実態調査」公表値、24年度現状値は当市による速報値（概算）",
        "※【参考】AP2013指標は、平成25年度に見直した弘前市アクションプラン2013の指標です。",
        "※取得方法　業務取得：市の業務データ等から取得　市民評価アンケート：市民6,000世帯を対象とするアンケートから取得",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "hirosaki_jiko_hyoka_h24.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 嬬恋村 (群馬県): 事務事業評価表（兼 実施計画書） — 評価の表と実施計画の表に同じ指標、計画表に事業費の行
# --------------------------------------------------------------------------------------------

# (区分, 指標名, 単位, R4実績, R5目標値, R5実績値, 達成度, [R6, R7, R8 計画値]). All made up.
TSUMAGOI_INDICATORS = [
    ("活動指標", "土壌診断の実施件数", "件", 412, 450, 438, 0.973, [450, 460, 470]),
    ("活動指標", "新規就農者研修の受入人数", "人", 6, 8, 9, 1.125, [8, 8, 10]),
    ("成果指標", "キャベツ出荷量", "千ケース", 9420, 9800, 9615, 0.981, [9800, 9900, 10000]),
    (
        "成果指標",
        "適正施肥に取り組む生産者の割合",
        "％",
        62.5,
        70.0,
        71.2,
        1.017,
        [72.0, 74.0, 76.0],
    ),
]

TSUMAGOI_MONEY = [
    ("事業費", "千円", [18400, 18600, 18600], "R6は当初予算額"),
    ("うち国・県支出金", "千円", [9200, 9300, 9300], ""),
    ("うち一般財源", "千円", [9200, 9300, 9300], ""),
]


def tsumagoi() -> Path:
    wb, ws = _sheet("事務事業評価表", [11, 30, 8, 10, 10, 10, 12])
    _text(ws, 1, 1, "令和6年度　事務事業評価表（兼 実施計画書）", bold=True, size=13)
    _text(ws, 1, 7, "嬬恋村", align="right")
    _text(ws, 2, 7, "作成日　令和6年7月12日", align="right")

    def kv(row, label, value, label2=None, value2=None, height=None):
        _put(ws, row, 1, label, header=True)
        if label2 is None:
            _block(ws, row, 2, row, 7, value)
        else:
            _block(ws, row, 2, row, 4, value)
            _put(ws, row, 5, label2, header=True)
            _block(ws, row, 6, row, 7, value2)
        if height:
            ws.row_dimensions[row].height = height

    kv(3, "事務事業名", "高原キャベツ産地強化支援事業", "事業番号", "0412")
    kv(4, "担当課", "農林振興課", "担当係", "農政係")
    kv(
        5,
        "総合計画の\n位置付け",
        "基本目標2　活力ある産業のむらづくり　／　施策2-1　農業の振興",
        height=26,
    )
    kv(6, "事業期間", "平成30年度～令和8年度", "会計区分", "一般会計")
    kv(
        7,
        "事業の目的",
        "対象：村内のキャベツ生産者\n意図：連作障害や担い手不足に対応し、夏秋キャベツの産地を維持・強化する。",
        height=30,
    )
    kv(
        8,
        "事業の内容",
        "土壌診断と診断結果に基づく適正施肥の指導、新規就農者の研修受入れ、共同防除の支援を行う。",
        height=26,
    )

    _text(ws, 10, 1, "１　評価（令和5年度実績）", bold=True, size=10)
    for c, word in ((1, "区分"), (2, "指標名"), (3, "単位"), (4, "R4実績")):
        _block(ws, 11, c, 12, c, word, header=True)
    _block(ws, 11, 5, 11, 7, "令和5年度", header=True)
    for c, word in ((5, "目標値"), (6, "実績値"), (7, "達成度")):
        _put(ws, 12, c, word, header=True)
    r = 13
    for kind, name, unit, r4, target, actual, rate, _plan in TSUMAGOI_INDICATORS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in ((4, r4), (5, target), (6, actual)):
            _put(ws, r, c, v)
        _put(ws, r, 7, rate, fmt="0.0%")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r, 1, "※達成度は、実績値÷目標値です。", size=8)
    r += 1
    for c, (label, grade) in enumerate(
        (("妥当性", "A"), ("有効性", "B"), ("効率性", "A")), start=0
    ):
        _put(ws, r, 1 + 2 * c, label, header=True)
        _put(ws, r, 2 + 2 * c, grade, align="center")
    _put(ws, r, 7, None)
    r += 1
    _put(ws, r, 1, "総合評価", header=True)
    _block(ws, r, 2, r, 7, "B　（概ね目標を達成しているが、改善の余地がある）")
    r += 2

    _text(ws, r, 1, "２　実施計画（令和6年度～令和8年度）", bold=True, size=10)
    r += 1
    for c, word in ((1, "区分"), (2, "指標名・項目"), (3, "単位"), (7, "備考")):
        _block(ws, r, c, r + 1, c, word, header=True)
    _block(ws, r, 4, r, 6, "計画値", header=True)
    for c, year in ((4, "R6"), (5, "R7"), (6, "R8")):
        _put(ws, r + 1, c, year, header=True)
    r += 2
    for kind, name, unit, _r4, _t, _a, _rate, plan in TSUMAGOI_INDICATORS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(plan):
            _put(ws, r, 4 + i, v)
        _put(ws, r, 7, None)
        ws.row_dimensions[r].height = 18
        r += 1
    first = r
    for name, unit, amounts, remark in TSUMAGOI_MONEY:
        _put(ws, r, 1, "事業費" if r == first else None, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(amounts):
            _put(ws, r, 4 + i, v)
        _put(ws, r, 7, remark, size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    _merge(ws, first, 1, r - 1, 1)
    r += 1

    _text(ws, r, 1, "３　今後の方向性", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "方向性", header=True)
    _block(ws, r, 2, r, 7, "■現状維持　□拡充　□縮小　□統合　□休止・廃止")
    r += 1
    _put(ws, r, 1, "改善内容", header=True)
    _block(
        ws,
        r,
        2,
        r,
        7,
        "令和6年度から土壌診断の対象を1戸当たり年2ほ場に広げ、令和8年度に出荷量1,000万ケースを目指す。研修受入れは、農業法人と連携して年10人まで拡大する。",
    )
    ws.row_dimensions[r].height = 30
    _page(ws, "portrait")
    out = SOURCE / "tsumagoi_jimujigyo_hyoka_r6.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 小松市 (石川県): NEXT10年ビジョン 人口目標・サブ目標 — 暦年の列、社人研推計の参考列、「キープ」の目標
# --------------------------------------------------------------------------------------------

# (区分, 目標項目, 2010年, 2015年, 2019年4月1日現在, 目標（2025年）, 参考：社人研推計（2025年）).
# The four 目標 words and 108,433 / 100,669 are the city's (README.md); the rest is made up.
KOMATSU_ROWS = [
    ("人口目標", "人口", 108433, 106919, "10.7万人", "10万5千人以上", 100669),
    ("サブ目標", "活力人口（15～64歳）", 67214, 63508, "6.2万人", "6万人以上", 57390),
    ("サブ目標", "20歳未満人口（～19歳）", 21938, 20815, "2.0万人", "2万人キープ", 17862),
    ("サブ目標", "いきいきシニア率（75歳～）", "―", 72.4, "73.1％", "75％以上", "―"),
]

KOMATSU_TFR = [
    ("実績", [1.50, 1.69, 1.71, 1.63, None, None]),
    ("将来展望", [None, None, None, None, 1.80, 2.10]),
]


def komatsu() -> Path:
    wb, ws = _sheet("人口目標", [12, 30, 14, 14, 14, 16, 10, 10])
    _text(ws, 1, 1, "NEXT10年ビジョン（2ndステージ）　人口目標・サブ目標の状況", bold=True, size=13)
    _text(ws, 1, 8, "小松市", align="right")
    _text(ws, 2, 8, "2019年6月", align="right")
    _text(
        ws,
        3,
        1,
        "小松市都市デザイン（2015-2025）では、人口目標とサブ目標を掲げ、こまつ創生総合戦略と一体でまちづくりを進めています。",
    )
    _text(ws, 4, 1, "また、こまつ人口ビジョンでは、2040年に10万人以上を将来展望としています。")

    _text(ws, 5, 1, "１　人口目標とサブ目標", bold=True, size=10)
    heads = [
        "区分",
        "目標項目",
        "2010年\n（国勢調査）",
        "2015年\n（国勢調査）",
        "2019年4月1日\n現在",
        "目標\n（2025年）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 6, c, word, header=True)
    _block(ws, 6, 7, 6, 8, "参考：社人研推計\n（2025年）", header=True)
    ws.row_dimensions[6].height = 30
    r = 7
    for kind, name, y2010, y2015, now, target, projection in KOMATSU_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        for c, v in ((3, y2010), (4, y2015)):
            if isinstance(v, float):
                _put(ws, r, c, v, fmt='0.0"%"')
            elif isinstance(v, int):
                _put(ws, r, c, v, fmt='#,##0"人"')
            else:
                _put(ws, r, c, v, align="right")
        _put(ws, r, 5, now, align="right")
        _put(ws, r, 6, target, align="right", bold=True)
        if isinstance(projection, int):
            _block(ws, r, 7, r, 8, projection, fmt='#,##0"人"')
        else:
            _block(ws, r, 7, r, 8, projection, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※いきいきシニア率：75歳以上の市民のうち、要介護認定を受けていない人の割合。2010年は集計していません。",
        "※社人研推計：国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成25年3月推計）」。",
        "※2019年4月1日現在の値は住民基本台帳による概数です。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    r += len(notes) + 1

    _text(ws, r, 1, "２　合計特殊出生率の推移と将来展望", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "指標", header=True)
    _put(ws, r, 2, "区分", header=True)
    for i, year in enumerate(("2007年", "2012年", "2014年", "2017年", "2025年", "2035年")):
        _put(ws, r, 3 + i, year, header=True)
    r += 1
    _block(ws, r, 1, r + 1, 1, "合計特殊\n出生率", align="center")
    for j, (label, values) in enumerate(KOMATSU_TFR):
        _put(ws, r + j, 2, label, align="center")
        for i, v in enumerate(values):
            _put(ws, r + j, 3 + i, v, fmt="0.00")
        ws.row_dimensions[r + j].height = 20
    r += 2
    _text(
        ws,
        r,
        1,
        "※将来展望は、こまつ人口ビジョン（2015年10月）で市が目指す値です。2017年は石川県人口動態統計による。",
        size=8,
    )
    _page(ws, "landscape")
    out = SOURCE / "komatsu_jinko_mokuhyo_2019.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# ニセコ町 (北海道): 数値目標の考え方 — 指標の定義・出所・設定の考え方、値ごとに（年度）を二行目に
# --------------------------------------------------------------------------------------------

# (No, 基本目標, 指標, 指標の定義, 出所, 直近の実績値, 数値目標, 設定の考え方). Rows 1–4 but their
# 直近の実績値 (1–3) and the source of 2–3, and row 5's figures and reasoning are the town's;
# the rest is made up (README.md).
NISEKO_ROWS = [
    (
        1,
        "基本目標1",
        "完全失業者数",
        "15歳以上の労働力人口のうち、仕事についておらず、仕事があればすぐつくことができる者で、仕事を探す活動をしていた者の数",
        "国勢調査",
        "246人<br>（H22）",
        "250人以下<br>（H32）",
        "完全失業者数の増加傾向に歯止めをかけるため、まずは平成22年度（246人）と同水準を目指す。",
    ),
    (
        2,
        "基本目標1",
        "納税義務者数一人当たり課税対象所得",
        "課税対象所得を納税義務者数（所得割）で除して算出した金額",
        "市町村税課税状況等の調",
        "2,386千円<br>（H26）",
        "2,500千円<br>（H31）",
        "近年の最大値である平成22年度（2,519千円）と同水準を目指す。",
    ),
    (
        3,
        "基本目標1",
        "温室効果ガス総排出量（CO2換算）",
        "町内の家庭、事業所、運輸部門から排出される温室効果ガスをCO2に換算した量",
        "役場調べ",
        "40,152 t-CO2<br>（H25）",
        "33,503 t-CO2以下<br>（H32）",
        "環境モデル都市アクションプランの目標値と同一とする。",
    ),
    (
        4,
        "基本目標1",
        "ごみ総排出量",
        "観光客が排出する分も含め、一般廃棄物として処理されている廃棄物の量（産業廃棄物は除く）",
        "役場調べ",
        "931g/人日<br>（H26）",
        "950g/人日以下<br>（H31）",
        "観光客（61万人泊（平成26年度））とともにごみ総排出量が増加傾向にあるが、全国平均（947g/人日（平成26年度）：「一般廃棄物の排出及び処理状況等」（環境省））は引き続き下回ることを目指す。",
    ),
    (
        5,
        "基本目標1",
        "地域資源を活かした新たな事業モデルの確立件数",
        "町内の農業・観光資源を組み合わせ、民間事業者等が事業化した新たな事業モデルの件数",
        "役場調べ",
        "新規",
        "1件<br>（H27-31の合計）",
        "戦略期間に1件の確立を目指す。",
    ),
    (
        6,
        "基本目標1",
        "支援を受けた人から地域金融機関への融資などの相談件数",
        "ビジネススキル・ノウハウの習得支援を受けた後、町内での創業などに向けて地域金融機関へ融資などの相談をした人の件数",
        "役場調べ",
        "2件<br>（H26）",
        "15件<br>（H27-31の合計）",
        "毎年3件の相談につなげることを目指す。",
    ),
    (
        7,
        "基本目標1",
        "新設事業所数",
        "経済センサスの「新設事業所（又は企業）」を年平均に換算した件数",
        "経済センサス",
        "11件/年<br>（H24）",
        "15件/年<br>（H31）",
        "創業支援の充実により、平成21年から24年の年平均（11件）から4件増やすことを目指す。",
    ),
]


def niseko_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>「ニセコ町自治創生総合戦略」における数値目標の考え方｜ニセコ町</title>",
        "<style>",
        "table { border-collapse: collapse; }",
        "th, td { border: 1px solid #666; padding: 4px 6px; vertical-align: top; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; white-space: nowrap; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>「ニセコ町自治創生総合戦略」における数値目標の考え方</h1>",
        "<p>平成28年3月　北海道ニセコ町</p>",
        "<p>ニセコ町自治創生総合戦略（計画期間：平成27年度～平成31年度）に掲げる数値目標について、指標の定義、出所（把握方法）、直近の実績値及び設定の考え方を示します。</p>",
        "<table>",
        "<thead>",
        "<tr><th>No</th><th>基本目標</th><th>指標</th><th>指標の定義</th><th>出所<br>（把握方法）</th>"
        "<th>直近の実績値</th><th>数値目標</th><th>設定の考え方</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for i, (no, goal, name, definition, origin, recent, target, reason) in enumerate(NISEKO_ROWS):
        cells = [f"<td>{no}</td>"]
        if i == 0:
            cells.append(f'<td rowspan="{len(NISEKO_ROWS)}">{goal}</td>')
        cells += [
            f"<td>{name}</td>",
            f"<td>{definition}</td>",
            f"<td>{origin}</td>",
            f'<td class="num">{recent}</td>',
            f'<td class="num">{target}</td>',
            f"<td>{reason}</td>",
        ]
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts += [
        "</tbody>",
        "</table>",
        "<p>※（　）内は、実績値又は目標値の年度を示します。「H27-31の合計」は、戦略期間5年間の合計です。</p>",
        "<p>※「新規」は、戦略で新たに設けた指標で、直近の実績値がないものです。</p>",
        "<p>このページに関するお問い合わせ：ニセコ町役場 企画環境課</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def niseko() -> Path:
    out = HERE / "niseko_suchi_mokuhyo_h28.html"
    out.write_text(niseko_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hirosaki, tsumagoi, komatsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {niseko().name}")


if __name__ == "__main__":
    main()
