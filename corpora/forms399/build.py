"""Build the documents of forms399/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsuru_shisaku_hyoka_r6.xlsx`` and its PDF, a 施策評価シート of the 第6次都留市長期総合計画 後期基本計画
  in the manner of 都留市 (山梨県): form fields over a years-down grid whose **indicators stand across as
  pairs of ``目標 | 実績`` columns**, the baseline row merged over each pair, a value cell with a ``（うち…）``
  breakdown and a ``―`` for a survey not held;
* ``source/ojiya_kofukin_kensho_r5.xlsx`` and its PDF, a 地方創生推進交付金事業 効果検証シート in the manner of
  小千谷市 (新潟県): a ``事業開始前（R3.3末）`` baseline (FY2020), three ``目標値 | 実績値`` year pairs, a 達成率
  column that is no value, and a 備考 column that re-dates one actual (``R5実績はR6.2末現在``);
* ``source/awara_seika_shihyo_r5.xlsx`` and its PDF, a 成果指標の達成状況 of the 第2次あわら市総合振興計画 in the
  manner of あわら市 (福井県): a Western-year baseline beside 和暦 actuals, **two target columns
  ``当初目標値`` / ``修正目標値`` for the same year, ``―`` in the second meaning "not revised"**, and a ◎○△
  進捗 judged against the revised target;
* ``higashiagatsuma_jimujigyo_hyoka_r5.html``, a 事務事業評価結果 page in the manner of 東吾妻町 (群馬県): two
  事業 under ``<h2>`` with 【…課】 markers, each with a two-row ``<thead>`` (``令和４年度`` over ``計画 | 実績 |
  達成率``), 区分 cells 活動指標 / 成果指標, a ``11万人`` target against a 単位 ``人``, ``約`` values.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms399/build.py"
    wb.properties.lastModifiedBy = "forms399/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9):
    cell = _span(ws, row, c1, c2, value, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height
    return cell


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


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
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms399_soffice_") as tmp:
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
# 都留市 (山梨県): 第6次都留市長期総合計画 後期基本計画 施策評価シート（令和7年度評価・令和6年度実績）
# Real: the plan's name and span (H28–R8, 11 years; 前期・中期・後期 = 3・4・4 years, so 後期 R5–R8),
# 161.63km², 29,659人 (推計人口 2024-12-01), 十日市場・夏狩湧水群 (平成の名水百選). Made up: the rest.
# --------------------------------------------------------------------------------------------

TS_HEADS = [
    "①移住相談件数（件）",
    "②空き家バンク成約件数（件）",
    "③転入者数（人）",
    "④「住み続けたい」と思う市民の割合（％）",
]
TS_BASE = [86, 21, 1284, 72.4]
TS_ROWS = [
    ("R5年度", [95, 102, 24, 26, 1300, 1251, 74.0, 73.1]),
    ("R6年度", [100, "118（うちオンライン47）", 26, 22, 1320, 1318, 75.0, "―"]),
    ("R7年度", [105, None, 28, None, 1340, None, 76.0, None]),
    ("R8年度（最終）", [110, None, 30, None, 1360, None, 78.0, None]),
]


def tsuru() -> Path:
    wb, ws = _sheet("施策評価", [15, 10, 12, 10, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和７年度　施策評価シート（令和６年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "都留市", size=10, align="right")
    form = [
        ("計画の名称", "第6次都留市長期総合計画　後期基本計画"),
        (
            "計画期間",
            "基本構想　平成28年度～令和8年度（11年間）／後期基本計画　令和5年度～令和8年度（4年間）",
        ),
        ("施策", "２－３　移住・定住の促進"),
        ("担当課", "企画課"),
    ]
    for i, (k, v) in enumerate(form):
        _put(ws, 3 + i, 1, k, header=True)
        _span(ws, 3 + i, 2, 9, v)
    _put(ws, 7, 1, "施策の現状", header=True)
    _para(
        ws,
        7,
        2,
        9,
        "本市は面積161.63km²、人口29,659人（令和6年12月1日推計）。平成20年に「平成の名水百選」に選ばれた十日市場・夏狩湧水群をはじめ、"
        "水と緑に恵まれている。令和6年度は首都圏での移住相談会を8回開催し、お試し住宅は延べ41組が利用した。",
        46,
    )
    _text(ws, 9, 1, "■成果指標の推移", bold=True, size=11)
    _put(ws, 10, 1, "年度", header=True)
    _put(ws, 11, 1, None, header=True)
    _merge(ws, 10, 1, 11, 1)
    _put(ws, 12, 1, "基準値（R3）", header=True)
    for j, (head, base) in enumerate(zip(TS_HEADS, TS_BASE)):
        c = 2 + 2 * j
        _span(ws, 10, c, c + 1, head, header=True)
        _put(ws, 11, c, "目標", header=True)
        _put(ws, 11, c + 1, "実績", header=True)
        cell = _span(ws, 12, c, c + 1, base)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[10].height = 42
    for i, (label, vals) in enumerate(TS_ROWS):
        r = 13 + i
        _put(ws, r, 1, label, header=True)
        for j, v in enumerate(vals):
            fill = LIGHT if v is None else None
            _put(ws, r, 2 + j, v, align="center" if v == "―" else None, fill=fill)
            if isinstance(v, str) and v != "―":
                ws.cell(row=r, column=2 + j).alignment = Alignment(
                    horizontal="right", vertical="center", wrap_text=True
                )
        ws.row_dimensions[r].height = 30 if i == 1 else 18
    notes = [
        "※1　①のR6実績の（　）内は、オンラインによる相談の件数（内数）。",
        "※2　④は市民意識調査による。調査は隔年（奇数年度）に実施しており、R6は調査を行っていない。",
        "※3　R7・R8の実績欄は、各年度の終了後に記入する。",
    ]
    for i, line in enumerate(notes):
        _text(ws, 18 + i, 1, line, size=8)
    _text(ws, 22, 1, "■施策の評価", bold=True, size=11)
    _put(ws, 23, 1, "総合評価", header=True)
    _span(ws, 23, 2, 9, "Ｂ　概ね順調")
    _put(ws, 24, 1, "今後の方向性", header=True)
    _para(
        ws,
        24,
        2,
        9,
        "空き家の掘り起こしに向け、令和7年度から固定資産税の納税通知書に空き家バンクの案内を同封する（約1万5千通）。転入者数は目標に僅かに届かなかったため、子育て世帯向けの住宅取得支援を継続する。",
        46,
    )
    _page(ws, "portrait", "A1:I24")
    path = SOURCE / "tsuru_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小千谷市 (新潟県): 地方創生推進交付金事業 効果検証シート（令和5年度）
# Real: 企画政策課, 小千谷縮 (ユネスコ無形文化遺産), 錦鯉 (市の魚). Made up: the plan and 事業 names, the rest.
# --------------------------------------------------------------------------------------------

OJ_ROWS = [
    (1, "錦鯉の里 入館者数", "人", 18420, [19000, 12806, 20000, 19544, 21000, 22315], "106.3%", ""),
    (
        2,
        "海外バイヤー等との商談件数",
        "件",
        4,
        ["―", 2, 8, 9, 12, 11],
        "91.7%",
        "R3は渡航制限のため目標値を設定せず",
    ),
    (3, "小千谷縮 体験プログラム参加者数", "人", 320, [400, 288, 500, 468, 600, 705], "117.5%", ""),
    (
        4,
        "錦鯉・縮関連商品の売上額",
        "千円",
        12500,
        [14000, 13210, 16000, 16880, 18000, 17940],
        "99.7%",
        "R5実績はR6.2末現在（3月分は集計中）",
    ),
    (
        5,
        "若年層（20～39歳）の転出超過数の抑制",
        "人",
        96,
        [90, 101, 85, 88, 80, 74],
        "108.1%",
        "住民基本台帳による",
    ),
]


def ojiya() -> Path:
    wb, ws = _sheet("効果検証", [5, 30, 7, 12, 9, 9, 9, 9, 9, 9, 9, 30])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和５年度）", bold=True, size=14)
    _text(ws, 2, 12, "小千谷市　令和6年6月", size=10, align="right")
    form = [
        ("地域再生計画の名称", "「錦鯉の里おぢや」交流人口拡大計画"),
        ("交付対象事業の名称", "錦鯉と小千谷縮を生かした観光交流推進事業"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("担当課", "企画政策課"),
    ]
    for i, (k, v) in enumerate(form):
        _span(ws, 3 + i, 1, 3, k, header=True)
        _span(ws, 3 + i, 4, 12, v)
    _span(ws, 7, 1, 3, "事業の概要", header=True)
    _para(
        ws,
        7,
        4,
        12,
        "ユネスコ無形文化遺産に登録された小千谷縮と、市の魚である錦鯉を核に、体験型観光と販路開拓を一体で進める。"
        "令和5年度は海外バイヤーの招へいを2回、縮の工房見学ツアーを延べ14回実施した。総事業費48,600千円（うち交付金24,300千円）。",
        34,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    for c, head in [
        (1, "No."),
        (2, "KPI"),
        (3, "単位"),
        (4, "事業開始前\n（R3.3末）"),
        (11, "達成率\n（R5）"),
        (12, "備考"),
    ]:
        _put(ws, 10, c, head, header=True)
        _put(ws, 11, c, None, header=True)
        _merge(ws, 10, c, 11, c)
    for j, year in enumerate(["令和３年度", "令和４年度", "令和５年度"]):
        c = 5 + 2 * j
        _span(ws, 10, c, c + 1, year, header=True)
        _put(ws, 11, c, "目標値", header=True)
        _put(ws, 11, c + 1, "実績値", header=True)
    ws.row_dimensions[10].height = 18
    ws.row_dimensions[11].height = 18
    for i, (no, name, unit, base, vals, rate, note) in enumerate(OJ_ROWS):
        r = 12 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="center" if v == "―" else None)
        _put(ws, r, 11, rate, align="right")
        _put(ws, r, 12, note, size=8)
        ws.row_dimensions[r].height = 24
    notes = [
        "※事業開始前の値は、令和3年3月末現在の値。",
        "※達成率は令和５年度の実績値÷目標値（No.5は目標値÷実績値）。",
    ]
    for i, line in enumerate(notes):
        _text(ws, 17 + i, 1, line, size=8)
    _text(ws, 20, 1, "■事業の評価", bold=True, size=11)
    _span(ws, 21, 1, 3, "総合評価", header=True)
    _span(ws, 21, 4, 12, "地方創生に相当程度効果があった")
    _span(ws, 22, 1, 3, "今後の方針", header=True)
    _span(ws, 22, 4, 12, "事業の継続（令和6年度以降は自主財源により実施）")
    _page(ws, "landscape", "A1:L22")
    path = SOURCE / "ojiya_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# あわら市 (福井県): 第2次あわら市総合振興計画 後期基本計画 成果指標の達成状況（令和5年度）
# Real: the plan's name and 基本理念, 平成16年3月1日 merger of 芦原町・金津町, 116.98km², 26,252人
# (推計人口 2024-04-01), あわら温泉 (明治17年開湯), 北潟湖, 北陸新幹線芦原温泉駅 (2024-03-16), かるたのまち.
# Assumed: the plan's periods. Made up: 課, heading, indicators, figures.
# --------------------------------------------------------------------------------------------

AW_ROWS = [
    (1, "あわら温泉の宿泊者数", "千人", 452.3, [512.8, 688.1, 801.6], 800.0, 950.0, "○"),
    (2, "北潟湖周辺観光施設の利用者数", "人", 41200, [45310, 52877, 61340], 60000, "―", "◎"),
    (3, "空き家バンクの登録件数", "件", 18, [22, 25, 31], 30, 40, "○"),
    (4, "全国競技かるた大会の参加者数", "人", 212, [298, 405, 455], 500, "―", "○"),
    (5, "「暮らしやすい」と感じる市民の割合", "％", 61.2, ["―", 63.0, "―"], 70.0, 65.0, "○"),
]


def awara() -> Path:
    wb, ws = _sheet("成果指標", [5, 27, 6, 11, 8, 8, 8, 9, 9, 7])
    _text(ws, 1, 1, "成果指標の達成状況（令和５年度）", bold=True, size=14)
    _text(ws, 2, 10, "あわら市", size=10, align="right")
    form = [
        ("計画の名称", "第2次あわら市総合振興計画　後期基本計画"),
        ("基本理念", "暮らしやすくて　幸せを実感できるまち"),
        (
            "計画期間",
            "基本構想　平成28年度～令和7年度（10年間）／後期基本計画　令和3年度～令和7年度（5年間）",
        ),
        ("担当課", "政策課"),
    ]
    for i, (k, v) in enumerate(form):
        _span(ws, 3 + i, 1, 2, k, header=True)
        _span(ws, 3 + i, 3, 10, v)
    _span(ws, 7, 1, 2, "市の概要", header=True)
    _para(
        ws,
        7,
        3,
        10,
        "本市は平成16年3月1日に芦原町と金津町が合併して誕生した。面積116.98km²、人口26,252人（令和6年4月1日推計）。"
        "明治17年に開湯したあわら温泉と北潟湖を擁し、令和6年3月16日には北陸新幹線芦原温泉駅が開業した。",
        46,
    )
    _text(ws, 9, 1, "■基本目標３　地域の魅力を生かし、にぎわいを創るまち", bold=True, size=11)
    for c, head in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "基準値\n（2020年度）"),
        (10, "進捗"),
    ]:
        _put(ws, 10, c, head, header=True)
        _put(ws, 11, c, None, header=True)
        _merge(ws, 10, c, 11, c)
    _span(ws, 10, 5, 7, "実績値", header=True)
    for j, y in enumerate(["R3", "R4", "R5"]):
        _put(ws, 11, 5 + j, y, header=True)
    _span(ws, 10, 8, 9, "目標値（R7）", header=True)
    _put(ws, 11, 8, "当初", header=True)
    _put(ws, 11, 9, "修正", header=True)
    ws.row_dimensions[10].height = 18
    ws.row_dimensions[11].height = 18
    for i, (no, name, unit, base, vals, first, revised, mark) in enumerate(AW_ROWS):
        r = 12 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="center" if v == "―" else None)
        _put(ws, r, 8, first)
        _put(ws, r, 9, revised, align="center" if revised == "―" else None)
        _put(ws, r, 10, mark, align="center", size=11)
        ws.row_dimensions[r].height = 26
    notes = [
        "※令和5年度の中間見直しにより、No.1・No.3・No.5の目標値を修正した（北陸新幹線の開業等を踏まえたもの）。",
        "　修正のない指標は「修正」欄を「―」とした。",
        "※進捗　◎：目標値（修正後）を既に達成　○：目標値の80％以上　△：目標値の80％未満",
        "※No.5は市民アンケート（隔年実施、R4・R6）による。",
    ]
    for i, line in enumerate(notes):
        _text(ws, 17 + i, 1, line, size=8)
    _page(ws, "portrait", "A1:J20")
    path = SOURCE / "awara_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東吾妻町 (群馬県): 令和5年度 事務事業評価結果（令和4年度実施事業）
# Real: 企画課, 253.91km², 12,741人 (令和2年国勢調査), 第2期総合戦略 2020–2024, 吾妻峡, 箱島湧水 (名水百選).
# Made up: the 事業, the other 課, indicators, figures.
# --------------------------------------------------------------------------------------------

HA_TABLES = [
    (
        "1　吾妻峡周辺観光振興事業【商工観光課】",
        [
            ("活動指標", "ガイドウォーク開催回数", "回", ["18", "24", "26", "108.3%", "24"]),
            ("活動指標", "案内看板の設置数", "ヵ所", ["3", "5", "5", "100.0%", "4"]),
            (
                "成果指標",
                "吾妻峡の観光入込客数",
                "人",
                ["98,400", "11万", "106,215", "96.6%", "12万"],
            ),
            (
                "成果指標",
                "ガイドウォーク参加者の満足度",
                "％",
                ["88.2", "90.0", "91.5", "101.7%", "90.0"],
            ),
        ],
    ),
    (
        "2　箱島湧水保全・活用事業【環境課】",
        [
            (
                "活動指標",
                "湧水保全ボランティアの活動日数",
                "日",
                ["10", "12", "12", "100.0%", "12"],
            ),
            (
                "成果指標",
                "箱島湧水の来訪者数",
                "人",
                ["約15,000", "16,000", "約17,000", "106.3%", "17,000"],
            ),
        ],
    ),
]


def higashiagatsuma_html() -> str:
    parts = []
    for title, rows in HA_TABLES:
        thead = (
            "<thead>\n"
            '<tr><th rowspan="2">区分</th><th rowspan="2">指標名</th><th rowspan="2">単位</th>'
            '<th rowspan="2">令和３年度<br>実績</th><th colspan="3">令和４年度</th>'
            '<th rowspan="2">令和５年度<br>計画</th></tr>\n'
            "<tr><th>計画</th><th>実績</th><th>達成率</th></tr>\n"
            "</thead>"
        )
        lines = []
        for k, (kind, name, unit, vals) in enumerate(rows):
            first = k == 0 or rows[k - 1][0] != kind
            span = sum(1 for r in rows if r[0] == kind)
            attr = f' rowspan="{span}"' if span > 1 else ""
            head = f'<th{attr} scope="rowgroup">{kind}</th>' if first else ""
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            lines.append(f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}</tr>')
        body = "\n".join(lines)
        parts.append(f"<h2>{title}</h2>\n<table>\n{thead}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和５年度 事務事業評価結果 - 東吾妻町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/www/gyosei/">町政情報</a></li>
<li><a href="/www/gyosei/hyoka/">行政評価</a></li>
<li>令和５年度 事務事業評価結果</li>
</ol></nav>
<h1>令和５年度 事務事業評価結果（令和４年度実施事業）</h1>
<p class="date">更新日：2023年10月2日　　担当：企画課</p>
<p>東吾妻町（面積253.91km²、人口12,741人（令和2年国勢調査））では、第2期まち・ひと・しごと創生総合戦略（2020年度～2024年度）に位置付けた事業を中心に、令和4年度に実施した32事業の評価を行いました。このページでは、そのうち2事業の結果を掲載します。</p>
{tables}
<p>※達成率は、令和４年度の実績÷計画です。</p>
<p>※「約」を付した値は、駐車場の利用台数から推計した概数です。</p>
<p>※全事業の評価シートは、企画課の窓口で閲覧できます。</p>
</body>
</html>
"""


def higashiagatsuma() -> Path:
    path = HERE / "higashiagatsuma_jimujigyo_hyoka_r5.html"
    path.write_bytes(higashiagatsuma_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsuru, ojiya, awara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {higashiagatsuma().name}")


if __name__ == "__main__":
    main()
