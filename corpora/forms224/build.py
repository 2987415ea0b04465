"""Build the built documents of forms224/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/higashichichibu_shisaku_hyoka_r5.xlsx``, a 総合振興計画 施策評価シート in the manner of
  東秩父村 (埼玉県), portrait: form fields (施策番号, 施策名, 担当課, the 施策's money in 千円, the
  village's profile with ``37.06k㎡``, ``約8割``, ``1,300年``, ``2,385人``); one grid
  ``No. | 成果指標 | 単位 | 基準値（R元） | R4実績 | 暫定目標（R5） | R5実績 | 目標値（R7） | 達成度``
  whose year target is headed **``暫定目標（R5）``**, in which **the two 観光入込客 rows carry a
  ``（旧基準）`` / ``（新基準）`` tag after the number in the baseline and actual cells** (a note: the
  prefecture changed its method in 令和4年), with ``千人`` and ``百万円`` in 単位; then, **under the
  grid, the indicators' weights standing only in a form field keyed by their No.**
  (``指標の重み付け | No.1：3　No.2：3　No.3：2　No.4：2（合計10）``), the weighted
  ``施策の達成度（重み付け平均） | 98.7％`` and ``施策の評価 | B（おおむね順調）``; notes; and the PDF;
* ``source/mutsuzawa_kpi_kensho_r5.xlsx``, a 地域再生計画 KPI 検証 sheet in the manner of 睦沢町
  (千葉県), landscape: form fields (計画の名称, 計画期間, 担当課, 交付対象事業費, the town's profile
  with ``9,000歩`` and ``47.7％``); an A/B/C legend; one grid ``No. | 重要業績評価指標（KPI） | 単位 |
  基準値（R2） | R4実績 | R5予定値 | R5実績 | 最終目標（R6） | 評価 | 事業費（R5予算／決算・千円）``
  with the year target headed **``R5予定値``**, **a name cell that prints ``同上（65歳以上）`` for the
  indicator of the row above, split by age**, and **a money column whose cells hold the 予算 and the
  決算 joined by ``／`` (``12,400／11,860``), one cell merged down over three KPIs, and a shaded
  ``合計`` row filled only there**; notes; and the PDF;
* ``source/sakaki_seika_shihyo_r5.xlsx``, a 長期総合計画 成果指標 進捗 sheet in the manner of 坂城町
  (長野県), landscape: form fields (基本目標, 計画期間, the town's profile with ``53.64k㎡``,
  ``13,149人``, ``平成5年11月``, ``約2.1ha``, ``約330品種・2,300株``, 関連事業費); two legend lines;
  one grid ``No. | 成果指標 | 単位 | 町の関与度 | 基準値（R元） | R4実績 | R5実績 | 前年度比 | R5目標 |
  目標値（R7） | 評価`` with shaded ``施策3-N　…`` rows across it, **a ``町の関与度`` column of the words
  ``高`` / ``中`` / ``低`` (how far the town's own work moves the figure), read through its legend**,
  **a ``前年度比`` column that prints ``皆減`` where the R5 actual fell to 0**, ``億円`` and ``千人`` in
  単位, ◎/○/△ grades; notes; and the PDF;
* ``okutama_teiju_shihyo_h30.html``, a 長期総合計画 成果指標 page in the manner of 奥多摩町 (東京都):
  a lead of real figures, a form-field ``<table class="info">`` (計画, 施策, 担当課, money, the town's
  population), an ``<h2>`` over one table with a two-row ``<thead>`` (``平成30年度`` spanning
  ``目標 | 実績``), ``△`` negatives, **a final target written as the words ``プラスに転換``**, and
  **a last column ``（参考）町人口に占める割合（平成31年4月1日）`` holding the share of two rows'
  figures in the town's population (``9.4%``, ``6.6%``) and ``―`` elsewhere**; a ○/× legend; notes.

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
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms224/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms224/build.py"
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


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
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


def _vals(ws, r, c0, vals, fmt1="#,##0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")


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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms224_soffice_") as tmp:
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
# 日吉津村 (鳥取県西伯郡): 第7次日吉津村総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (musebrass.com/2023/05/24/1497, ja.wikipedia.org 日吉津村, hiezu.jp 総合計画): 4.20k㎡, the only
# village of 鳥取県, 3,583人 (推計人口 2023年5月1日), a population that keeps growing, 財政力指数 0.57
# (2021年度), ネウボラ, 王子製紙 and the イオンモール. Made up: the 第7次 plan's sheet, its 施策, 課,
# money, every indicator, figure, target, grade and note.
HZ_ROWS = [
    ("1", "出生率", "人口千対", [9.6, 8.4, 9.2, 9.5, 10.0], "参考"),
    ("2", "乳幼児健康診査の受診率", "％", [97.3, 98.6, 100.0, 100.0, 100.0], "A"),
    (
        "3",
        "75歳未満のがんの年齢調整死亡率",
        "人口10万対",
        [84.7, 92.1, 71.3, "80.0以下", "75.0以下"],
        "参考",
    ),
    ("4", "特定健康診査の受診率", "％", [48.9, 53.4, 55.8, 57.0, 60.0], "B"),
    (
        "5",
        "国民健康保険の1人当たり医療費",
        "千円",
        [398.2, 421.5, 436.0, "430.0以下", "430.0以下"],
        "C",
    ),
]


# --------------------------------------------------------------------------------------------
# 東秩父村 (埼玉県秩父郡): 東秩父村総合振興計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia.org 東秩父村, hiki-saitama.jp, syokoukai.or.jp/higashichichibu): 37.06k㎡, the only
# village of 埼玉県 since ときがわ町 was formed (平成18年2月), about 8 in 10 of the land is forest,
# 細川紙 and its 1,300 years, the UNESCO listing of 2014, 和紙の里 (昭和63年), the 道の駅 和紙の里ひがしちちぶ,
# 花桃, 2,385人 (推計人口 2024年11月1日). Made up: the sheet, its 施策, 課, money, every indicator,
# figure, target, weight, grade and note; the 旧基準/新基準 change of method is made up too.
HC_ROWS = [
    (
        "1",
        "和紙の里の入込客数",
        "千人",
        ["84.2（旧基準）", "58.6（新基準）", 62.0, "63.1（新基準）", 70.0],
        "101.8%",
    ),
    ("2", "紙すき体験の参加者数", "人", [3120, 2480, 2800, 2910, 3300], "103.9%"),
    ("3", "道の駅「和紙の里ひがしちちぶ」の売上額", "百万円", [142, 151, 155, 148, 165], "95.5%"),
    (
        "4",
        "村内の観光入込客数",
        "千人",
        ["212.4（旧基準）", "168.0（新基準）", 180.0, "176.5（新基準）", 200.0],
        "98.1%",
    ),
]


def higashichichibu() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 30, 8, 13, 13, 11, 13, 11, 8])
    _text(ws, 1, 1, "東秩父村総合振興計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年12月作成", align="right")
    fields = [
        ("施策番号", "2-1", 18),
        ("施策名", "和紙の里を核とした観光・交流の振興", 18),
        ("担当課", "産業観光課", 18),
        ("施策の事業費（R5決算・千円）", "38,620", 18),
        (
            "村の概況",
            "面積37.06k㎡、村土の約8割を山林が占める。平成18年2月のときがわ町の誕生以降、埼玉県内で唯一の村。1,300年の歴史を持つ手漉き和紙「細川紙」の技術は、平成26年にユネスコ無形文化遺産に登録された。人口2,385人（令和6年11月1日推計）。",
            42,
        ),
        (
            "施策の目指す姿",
            "和紙の里（昭和63年開設）と道の駅を拠点に、細川紙の紙すき体験や花桃の郷などの地域資源を生かし、村を訪れる人と村民の交流を広げる。",
            30,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 9), height)
        r += 1
    _text(ws, 11, 1, "２　成果指標の達成状況", bold=True, size=11)
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "暫定目標\n（R5）",
        "R5実績",
        "目標値\n（R7）",
        "達成度",
    ]
    h = 12
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, vals, rate in HC_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, rate, align="right")
        ws.row_dimensions[r].height = 26
        r += 1
    r += 1
    closing = [
        ("指標の重み付け", "No.1：3　No.2：3　No.3：2　No.4：2（合計10）", 18),
        ("施策の達成度（重み付け平均）", "98.7％", 18),
        ("施策の評価", "B（おおむね順調）", 18),
    ]
    for label, value, height in closing:
        _field(ws, r, label, value, (1, 2), (3, 9), height)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　No.1・No.4は埼玉県の観光入込客推計によります。同推計の算定方法が令和4年から変わったため、（旧基準）と（新基準）の数値は単純に比較できません。",
            "※2　暫定目標（R5）は、令和4年度に新基準の数値をもとに定めた令和5年度の目安です。目標値（R7）も新基準で設定しています。",
            "※3　達成度＝R5実績÷暫定目標（R5）。施策の達成度は、各指標の達成度（100％を上限）に重みを乗じて合計し、10で除した値です。",
            "※4　和紙の里の入込客数には、紙すき体験の参加者数を含みます。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "higashichichibu_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 睦沢町 (千葉県長生郡): 睦沢町地域再生計画 重要業績評価指標（KPI）の検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (cl-shop.com/citylife/sotobo/2015/06/26/10906, town.mutsuzawa.chiba.jp): the スマートウェルネスタウン
# 計画, the 健康支援型 道の駅「つどいの郷むつざわ」 at the crossing of 県道大多喜一宮線 and 南総広域農道, its
# selection as a 重点「道の駅」, the 1日9,000歩 aim, the 2030 高齢化率 of 47.7％ (projected), the ウェルネス
# 住宅 (rented homes for young and old), 総務課. Made up: the plan's exact name, its period, the money,
# every KPI, figure, target, grade and note.
MZ_ROWS = [
    (
        "1",
        "道の駅「つどいの郷むつざわ」の来場者数",
        "千人",
        [462, 528, 540, 551, 580],
        "A",
        "12,400／11,860",
        1,
    ),
    (
        "2",
        "健幸ポイント事業の参加者数（40～64歳）",
        "人",
        [148, 236, 260, 241, 300],
        "B",
        "13,200／12,340",
        3,
    ),
    ("3", "同上（65歳以上）", "人", [305, 412, 420, 436, 460], "A", None, 0),
    (
        "4",
        "健幸ポイント事業参加者の1日平均歩数",
        "歩",
        [6980, 7720, 8000, 7850, 9000],
        "B",
        None,
        0,
    ),
    ("5", "ウェルネス住宅の入居率", "％", [88.9, 94.4, 95.0, 97.2, 95.0], "A", "8,200／8,200", 1),
]


def mutsuzawa() -> Path:
    wb, ws = _sheet("KPI検証", [5, 34, 7, 10, 10, 10, 10, 11, 6, 18])
    _text(
        ws,
        1,
        1,
        "睦沢町地域再生計画　重要業績評価指標（KPI）の検証結果（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年8月", align="right")
    fields = [
        ("地域再生計画の名称", "睦沢町スマートウェルネスタウン推進計画", 18),
        ("計画期間", "令和2年度～令和6年度", 18),
        ("担当課", "総務課", 18),
        ("交付対象事業費（R5・千円）", "32,400（うち交付金 16,200）", 18),
        (
            "町の概況",
            "町の中心、県道大多喜一宮線と南総広域農道が交わる位置に健康支援型の道の駅「つどいの郷むつざわ」を整備し、国から重点「道の駅」に選定された。1日9,000歩を目安に「歩いて健幸になる」まちづくりを進めている。町の高齢化率は2030年に47.7％まで上昇する見込み。",
            32,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 10), height)
        r += 1
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _text(
        ws,
        11,
        1,
        "評価　A：R5予定値を達成　B：R5予定値の90％以上　C：R5予定値の90％未満",
        size=8,
    )
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5予定値",
        "R5実績",
        "最終目標\n（R6）",
        "評価",
        "事業費\n（R5予算／決算・千円）",
    ]
    h = 12
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, vals, grade, money, span in MZ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        if money is not None:
            _put(ws, r, 10, money, align="right")
            if span > 1:
                for k in range(1, span):
                    _put(ws, r + k, 10, None)
                _merge(ws, r, 10, r + span - 1, 10)
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 9, "合計", align="center", fill=SHADE)
    _put(ws, r, 10, "33,800／32,400", align="right", fill=SHADE)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※1　事業費欄は、令和5年度の当初予算額と決算額（千円）を「予算／決算」の順に記載しています。No.2～No.4は健幸ポイント事業の事業費です。",
            "※2　No.4は、歩数計アプリに記録された参加者の1日当たりの平均歩数（年度平均）です。",
            "※3　ウェルネス住宅は子育て世帯と高齢者世帯が共に暮らす町の賃貸住宅（36戸）で、入居率は入居戸数を36戸で除した値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mutsuzawa_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 坂城町 (長野県埴科郡): 坂城町長期総合計画 基本目標3 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (ja-wiki.pages.dev 坂城町, sakakinavi.jp, alps.or.jp/tc-heart, newspaper.ckm-mirai.org/11796-2): 53.64k㎡,
# 13,149人 (推計人口 2024年10月1日), 町の花 ばら, the ものづくりのまち of small metal and machine works, the
# 坂城テクノセンター (竣工 平成5年11月), さかき千曲川バラ公園 (2001年開園, 約2.1ha, 約330品種・2,300株), ばら祭り
# (2024 = 第19回), the original rose 「さかきの輝」. Made up: the sheet, 基本目標 wording, plan period,
# 課, money, every indicator, figure, target, 関与度, grade and note.
SK_GROUPS = [
    (
        "施策3-1　ものづくり産業の振興",
        [
            (
                "1",
                "製造品出荷額等",
                "億円",
                "低",
                [2084.6, 2241.3, 2168.9, "96.8%", 2150.0, 2200.0],
                "◎",
            ),
            (
                "2",
                "坂城テクノセンターへの技術相談件数",
                "件",
                "高",
                [412, 468, 503, "107.5%", 480, 520],
                "◎",
            ),
            ("3", "新たに町内に立地した企業数", "社", "中", [1, 2, 0, "皆減", 2, 2], "△"),
        ],
    ),
    (
        "施策3-2　ばらの町の観光振興",
        [
            (
                "4",
                "ばら祭りの来場者数",
                "千人",
                "中",
                [42.0, 36.5, 44.8, "122.7%", 40.0, 45.0],
                "◎",
            ),
            (
                "5",
                "オリジナルローズ「さかきの輝」の苗木販売本数",
                "本",
                "高",
                [820, 1040, 980, "94.2%", 1050, 1200],
                "○",
            ),
        ],
    ),
]


def sakaki() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 7, 8, 11, 11, 11, 9, 11, 11, 6])
    _text(
        ws,
        1,
        1,
        "坂城町長期総合計画　基本目標３　成果指標の進捗状況（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年11月　企画政策課", align="right")
    fields = [
        ("基本目標", "3　ものづくりの技とばらの香る、活力あるまち", 18),
        ("計画期間", "令和3年度～令和7年度", 18),
        (
            "町の概況",
            "面積53.64k㎡、人口13,149人（令和6年10月1日推計）。機械・金属加工を中心に多くの中小企業が集まる「ものづくりのまち」で、平成5年11月には坂城テクノセンターが竣工した。町の花はばらで、さかき千曲川バラ公園（平成13年開園、約2.1ha）には約330品種・2,300株がある。",
            32,
        ),
        ("関連事業費（R5決算・千円）", "186,420", 18),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 11), height)
        r += 1
    _text(ws, 9, 1, "２　成果指標の進捗状況", bold=True, size=11)
    _text(
        ws,
        10,
        1,
        "町の関与度　高：町の事業で直接左右できる　中：町の事業と民間の取組の双方による　低：景気など外部要因の影響が大きい",
        size=8,
    )
    _text(ws, 11, 1, "評価　◎：R5目標を達成　○：R5目標の90％以上　△：R5目標の90％未満", size=8)
    head = [
        "No.",
        "成果指標",
        "単位",
        "町の\n関与度",
        "基準値\n（R元）",
        "R4実績",
        "R5実績",
        "前年度比",
        "R5目標",
        "目標値\n（R7）",
        "評価",
    ]
    h = 12
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for heading, rows in SK_GROUPS:
        _span(ws, r, 1, 11, heading, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, share, vals, grade in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, share, align="center")
            _vals(ws, r, 5, vals)
            _put(ws, r, 11, grade, align="center", bold=True)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　No.1は従業者4人以上の事業所の製造品出荷額等です。",
            "※2　前年度比は、R5実績÷R4実績です。R4に実績があり、R5が0となったものは「皆減」と表示しています。",
            "※3　第18回ばら祭りは、令和5年5月20日から6月11日までの23日間開催しました。",
            "※4　No.5は、町、JAなど町内の販売店で販売した苗木の本数の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sakaki_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奥多摩町 (東京都西多摩郡): 長期総合計画 若者定住化対策の成果指標（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/1323.html, expydoc.com/doc/10882188, hiroshinakagawa.jp/?p=19479,
# asahi.com AS20190410002592, toseishimpo.co.jp id=5159, uchicomi.com 13052): 225.53㎢, about a tenth of
# 東京都, 94% forest, the 1955 merger of three villages, the 第5期長期総合計画 from 平成27年度, the 平成25年
# 少子化・定住化対策総合計画（緊急3カ年計画） of 15 支援事業, the 若者定住応援住宅 (given to the household after
# 15 years; 40歳以下の夫婦 or 50歳以下 with children up to 中学生), the いなか暮らし支援住宅, the 町営若者住宅,
# 企画財政課, and the 173世帯・478人 who had settled through the support schemes by April 2019. Made up:
# the page, its date, the 施策 number and name, the money, the population 5,089, every other figure,
# target, mark and note.
OT_ROWS = [
    ("若者定住応援住宅の入居世帯数（累計）", "世帯", ["0", "18", "24", "26", "30"], "○", "―"),
    ("定住支援制度による定住者数（累計）", "人", ["96", "402", "440", "478", "500"], "○", "9.4%"),
    ("社会増減数（転入－転出）", "人", ["△38", "△12", "0", "5", "プラスに転換"], "○", "―"),
    ("年少人口（0～14歳）", "人", ["362", "341", "350", "338", "360"], "×", "6.6%"),
    ("町営若者住宅の入居率", "％", ["92.0", "100.0", "100.0", "100.0", "100.0"], "○", "―"),
]

OT_HEAD = """<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（平成26年度）</th><th rowspan="2">平成29年度<br>実績</th><th colspan="2">平成30年度</th><th rowspan="2">目標値<br>（平成31年度）</th><th rowspan="2">評価</th><th rowspan="2">（参考）町人口に<br>占める割合<br>（平成31年4月1日）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""


def okutama_html() -> str:
    body = []
    for name, unit, vals, mark, share in OT_ROWS:
        cells = f'<td>{name}</td><td class="c">{unit}</td>'
        cells += "".join(f'<td class="num">{v}</td>' for v in vals)
        cells += f'<td class="c">{mark}</td><td class="num">{share}</td>'
        body.append(f"<tr>{cells}</tr>")
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>若者定住化対策の成果指標（平成30年度実績） - 奥多摩町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; font-weight: normal; }}
table.info th {{ text-align: left; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; 町政情報 &gt; 計画・施策 &gt; 長期総合計画</p>
<h1>若者定住化対策の成果指標（平成30年度実績）</h1>
<p class="date">掲載日：令和元年9月20日</p>
<p>奥多摩町は東京都の面積の約10分の1（225.53平方キロメートル）を占め、その約94％が森林です。昭和30年に3村が合併して誕生しました。町は平成25年に「少子化・定住化対策総合計画（緊急3カ年計画）」を定めて15項目の支援事業を始め、平成27年度からの第5期長期総合計画でも、人口減少に歯止めをかけることを最大の課題に位置付けています。</p>
<p>空き家を活用した「若者定住応援住宅」は、15年間住み続けると土地と建物が無償で譲渡される制度で、世帯主が40歳以下の夫婦、または50歳以下で中学生以下の子どもがいる世帯が対象です。平成30年度の成果指標の実績をお知らせします。</p>
<table class="info">
<tbody>
<tr><th>計画</th><td>第5期奥多摩町長期総合計画　前期基本計画（平成27年度～平成31年度）</td></tr>
<tr><th>施策</th><td>2-3　若者定住化の推進</td></tr>
<tr><th>担当課</th><td>企画財政課</td></tr>
<tr><th>関連事業費（平成30年度決算）</th><td>126,840千円</td></tr>
<tr><th>町の人口</th><td>5,089人（平成31年4月1日現在、住民基本台帳）</td></tr>
</tbody>
</table>
<h2>成果指標の達成状況</h2>
<p class="note">【評価】○：平成30年度目標を達成　×：平成30年度目標を未達成</p>
<table>
{OT_HEAD}
<tbody>
{rows_html}
</tbody>
</table>
<p class="note">※1　定住支援制度による定住者数は、若者定住応援住宅、いなか暮らし支援住宅、町営若者住宅などの制度を利用して町に定住した人の累計で、平成31年4月1日現在173世帯です。</p>
<p class="note">※2　社会増減数は、住民基本台帳による年度中の転入者数から転出者数を引いた数です。△はマイナスを示します。</p>
<p class="note">※3　町人口に占める割合は、平成31年4月1日現在の住民基本台帳人口（5,089人）に対する割合です。</p>
<p>このページに関するお問い合わせ　奥多摩町役場 企画財政課</p>
</body>
</html>
"""


def okutama() -> Path:
    path = HERE / "okutama_teiju_shihyo_h30.html"
    path.write_bytes(okutama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (higashichichibu, mutsuzawa, sakaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {okutama().name}")


if __name__ == "__main__":
    main()
