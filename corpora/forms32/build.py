"""Build the built documents of forms32/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/noboribetsu_jimujigyo_h26.xlsx``, a sheet in the manner of 登別市 (北海道) 事務事業評価シート
  (実績値 H24–H25 and 目標値 H26–H29 side by side, no year shared; 千人; 事業費), and from it
  ``noboribetsu_jimujigyo_h26.pdf``;
* ``source/kitaakita_kofukin_kensho_r1.xlsx``, a sheet in the manner of 北秋田市 (秋田県) 地方創生推進交付金事業
  効果検証 (two 事業 blocks whose year headers differ, 目標 | 実績 under each year, ◎○△ 判定,
  百万円 / 千円), and from it ``kitaakita_kofukin_kensho_r1.pdf``;
* ``source/seiro_seisaku_hyoka_r2.xlsx``, a sheet in the manner of 聖籠町 (新潟県) 政策評価シート
  (令和元年度 計画値 | 実績値 | 達成率, A/B/C/対象外, an actual ``中止``, 5つの視点), and from it
  ``seiro_seisaku_hyoka_r2.pdf``;
* ``hitachi_kouki_shinchoku_r3.html``, a page in the manner of 日立市 (茨城県) 総合計画後期基本計画 施策の
  進捗 (目標指標 with five years of 実績値, 基準値との比較, コロナ影響 marks; 成果指標 計画策定時 / 中間 / 最終).

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
    wb.properties.creator = "forms32/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms32/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms32_soffice_") as tmp:
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
# 登別市 (北海道): 事務事業評価シート — 実績値 (H24, H25) と目標値 (H26–H29) が並び、重なる年がない
# --------------------------------------------------------------------------------------------

# Real (the city's page on how to fill in the sheet): the sheet's parts (事務事業コード, 部名, グループ名,
# 開始年度, 終了年度, 会計種別, 指標名・単位, H24/H25 実績値, H26–H29 目標値, 決算額・予算額, 評価の種類 維持,
# 事業の方向性), 第2期基本計画第3次実施計画. Made up: the 事業, its code, every indicator and figure.
NOBORIBETSU_ROWS = [
    ("観光入込客数", "千人", [3312, 3436], [3500, 3550, 3600, 3650]),
    ("外国人宿泊客延数", "人泊", [180234, 265310], [280000, 300000, 320000, 340000]),
    ("観光PRキャラバンの実施回数", "回", [12, 14], [15, 15, 15, 15]),
    ("観光ホームページの閲覧件数", "件", ["―", 386520], [400000, 400000, 420000, 420000]),
]


def noboribetsu() -> Path:
    wb, ws = _sheet("評価シート", [26, 7, 11, 11, 11, 11, 11, 11])
    _text(ws, 1, 1, "平成26年度　事務事業評価シート", bold=True, size=13)
    _text(ws, 2, 1, "（対象：平成25年度実施事務事業）　登別市総合計画第2期基本計画　第3次実施計画")
    fields = [
        ("事務事業コード", "231010203", "事務事業名", "観光PR推進事業"),
        ("部名", "観光経済部", "グループ名", "観光振興グループ"),
        ("開始年度", "平成18年度", "終了年度", "－"),
        ("会計種別", "一般会計", "事業区分", "継続"),
    ]
    for i, (k1, v1, k2, v2) in enumerate(fields):
        r = 4 + i
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 4, v1)
        _span(ws, r, 5, 6, k2, header=True)
        _span(ws, r, 7, 8, v2)
    _text(ws, 9, 1, "1　事務事業の概要", bold=True, size=10)
    _put(ws, 10, 1, "事業の目的", header=True)
    _span(
        ws,
        10,
        2,
        8,
        "本市の観光資源を国内外に広く発信し、観光客の誘致と滞在の拡大を図ることを目的とする。",
    )
    _put(ws, 11, 1, "事業内容及び実績", header=True)
    _span(
        ws,
        11,
        2,
        8,
        "首都圏・道内でのPRキャラバン、観光ホームページの運営、海外旅行博への出展を行った。【事業実績】PRキャラバン14回、旅行博出展2回。",
    )
    ws.row_dimensions[11].height = 30
    _text(ws, 13, 1, "2　事業の成果、目標", bold=True, size=10)
    _put(ws, 14, 1, "指標名", header=True)
    _put(ws, 15, 1, None, header=True)
    _merge(ws, 14, 1, 15, 1)
    _put(ws, 14, 2, "単位", header=True)
    _put(ws, 15, 2, None, header=True)
    _merge(ws, 14, 2, 15, 2)
    _span(ws, 14, 3, 4, "実績値", header=True)
    _span(ws, 14, 5, 8, "目標値", header=True)
    for c, y in enumerate(["H24", "H25", "H26", "H27", "H28", "H29"], start=3):
        _put(ws, 15, c, y, header=True)
    for i, (name, unit, acts, tgts) in enumerate(NOBORIBETSU_ROWS):
        r = 16 + i
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in enumerate(acts + tgts, start=3):
            _put(ws, r, c, v, align="center" if isinstance(v, str) else None)
        ws.row_dimensions[r].height = 18
    _text(
        ws,
        20,
        1,
        "※観光入込客数は北海道観光入込客数調査（年度）の数値。H24の閲覧件数は集計方法の変更前のため「―」とした。",
        size=8,
    )
    _text(ws, 22, 1, "3　事業費の推移（単位：千円）", bold=True, size=10)
    for c, h in enumerate(
        ["区分", "", "H24決算額", "H25決算額", "H26予算額", "H27予算案", "H28予算案", "H29予算案"],
        start=1,
    ):
        _put(ws, 23, c, h, header=True)
    _merge(ws, 23, 1, 23, 2)
    for r, (k, vals) in enumerate(
        [
            ("事業費", [18420, 19870, 21300, 21300, 21300, 21300]),
            ("うち一般財源", [12105, 13422, 14600, 14600, 14600, 14600]),
        ],
        start=24,
    ):
        _span(ws, r, 1, 2, k)
        for c, v in enumerate(vals, start=3):
            _put(ws, r, c, v)
    _text(ws, 27, 1, "4　評価", bold=True, size=10)
    _put(ws, 28, 1, "評価の種類", header=True)
    _span(ws, 28, 2, 8, "維持")
    _put(ws, 29, 1, "評価の判断理由", header=True)
    _span(
        ws,
        29,
        2,
        8,
        "外国人宿泊客は順調に増加しており、PRの効果が表れている。引き続き現行の手法で事業を実施する。",
    )
    ws.row_dimensions[29].height = 30
    _text(ws, 31, 1, "5　事業の方向性", bold=True, size=10)
    _para(
        ws,
        32,
        1,
        8,
        "東アジアからの誘客に重点を置き、広域観光圏と連携したPRを進める。",
        20,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "noboribetsu_jimujigyo_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北秋田市 (秋田県): 地方創生推進交付金事業 効果検証シート — 事業ごとに年の見出しが変わる
# --------------------------------------------------------------------------------------------

# Real (the city's report of the 令和2年度第2回総合戦略検証会議, 2020-05-26): the meeting, the two 事業
# names, the 64 / 22 / 34.4% / 67.2% summary and the 80% threshold. Made up: the layout, periods,
# 担当課, every KPI and figure, the money.
KITAAKITA_BLOCKS = [
    (
        "事業1",
        "地域連携DMO秋田犬ツーリズムによる観光振興事業",
        "観光課",
        "平成30年度～令和2年度",
        "24,600千円（うち交付金12,300千円）",
        ["H30（1年目）", "R1（2年目）", "R2（3年目）"],
        [
            ("秋田犬ツーリズム関連ツアー参加者数", "人", 0, [300, 412, 600, 538, 900, ""], "○"),
            (
                "市内宿泊施設の外国人延べ宿泊者数",
                "人泊",
                1850,
                [2100, 2364, 2400, 2611, 2700, ""],
                "◎",
            ),
            ("市内の観光消費額", "百万円", 5420, [5600, 5512, 5800, 4480, 6000, ""], "△"),
        ],
    ),
    (
        "事業2",
        "地域産品磨き上げ事業",
        "農業振興課",
        "令和元年度～令和3年度",
        "9,800千円（うち交付金4,900千円）",
        ["R1（1年目）", "R2（2年目）", "R3（3年目）"],
        [
            ("磨き上げ商品数（累計）", "品目", 0, [5, 6, 10, "", 15, ""], "◎"),
            ("首都圏商談会等での成約件数", "件", 2, [8, 5, 12, "", 16, ""], "△"),
            ("地域産品の販売額", "千円", 12300, [14000, 13150, 16000, "", 18000, ""], "○"),
        ],
    ),
]


def kitaakita() -> Path:
    wb, ws = _sheet("効果検証", [34, 8, 11, 9, 9, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和元年度実績）", bold=True, size=13)
    _text(ws, 2, 1, "令和2年度第2回北秋田市総合戦略検証会議　資料2（令和2年5月26日）")
    row = 4
    for no, name, dept, period, cost, years, kpis in KITAAKITA_BLOCKS:
        _put(ws, row, 1, f"{no}　事業名", header=True)
        _span(ws, row, 2, 6, name, bold=True)
        _span(ws, row, 7, 8, "担当課", header=True)
        _span(ws, row, 9, 10, dept)
        _put(ws, row + 1, 1, "事業期間", header=True)
        _span(ws, row + 1, 2, 4, period)
        _span(ws, row + 1, 5, 6, "総事業費", header=True)
        _span(ws, row + 1, 7, 10, cost)
        h = row + 2
        for c, t in (
            (1, "KPI（重要業績評価指標）"),
            (2, "単位"),
            (3, "事業開始前"),
            (10, "R1判定"),
        ):
            _put(ws, h, c, t, header=True)
            _put(ws, h + 1, c, None, header=True)
            _merge(ws, h, c, h + 1, c)
        for j, y in enumerate(years):
            _span(ws, h, 4 + 2 * j, 5 + 2 * j, y, header=True)
            _put(ws, h + 1, 4 + 2 * j, "目標", header=True)
            _put(ws, h + 1, 5 + 2 * j, "実績", header=True)
        r = h + 2
        for kname, unit, base, vals, mark in kpis:
            _put(ws, r, 1, kname)
            _put(ws, r, 2, unit, align="center")
            _put(ws, r, 3, base)
            for c, v in enumerate(vals, start=4):
                _put(ws, r, c, v)
            _put(ws, r, 10, mark, align="center")
            ws.row_dimensions[r].height = 18
            r += 1
        row = r + 1
    _text(
        ws,
        row,
        1,
        "※判定　◎：目標達成　○：目標の80%以上　△：目標の80%未満（令和元年度の目標に対する実績）",
        size=8,
    )
    _text(ws, row + 1, 1, "※事業開始前の値は、事業1は平成29年度、事業2は平成30年度の実績。", size=8)
    _text(
        ws,
        row + 2,
        1,
        "（参考）総合戦略のKPI全64項目のうち目標を達成したものは22項目（34.4%）、目標の80%を超えたものを含めた達成率は67.2%。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "kitaakita_kofukin_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 聖籠町 (新潟県): 政策評価シート — 計画値・実績値・達成率、A/B/C/対象外、「中止」の実績
# --------------------------------------------------------------------------------------------

# Real (the town's 政策評価 pages): the title words (政策評価（令和元年度実施事業）), 保健福祉課, the five
# 視点, the grades A(100%以上) / B(80〜99%) / C(80%未満) / 対象外 (事業を中止したもの), the 改革の方向性
# list. Made up: the 事業, the indicators, every figure, the money.
SEIRO_ROWS = [
    ("特定健康診査受診率", "%", 48.2, 52.0, 50.1, "96.3%", "B"),
    ("各種がん検診受診者数", "人", 2315, 2400, 2452, "102.2%", "A"),
    ("健康づくり講座参加者数", "人", 386, 400, 301, "75.3%", "C"),
    ("町民健康ウォーキング大会参加者数", "人", 212, 220, "中止", "－", "対象外"),
    ("健康相談の実施回数", "回", 24, 24, 24, "100.0%", "A"),
]


def seiro() -> Path:
    wb, ws = _sheet("政策評価", [30, 7, 12, 10, 10, 10, 9])
    _text(ws, 1, 1, "令和2年度　政策評価シート（令和元年度実施事業）", bold=True, size=13)
    _text(ws, 2, 7, "聖籠町", align="right")
    fields = [
        ("事業名", "健康づくり推進事業", "担当課", "保健福祉課"),
        ("会計", "一般会計", "決算額", "8,245千円"),
    ]
    for i, (k1, v1, k2, v2) in enumerate(fields):
        r = 3 + i
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 3, v1)
        _put(ws, r, 4, k2, header=True)
        _span(ws, r, 5, 7, v2)
    _put(ws, 5, 1, "事業の目的", header=True)
    _span(
        ws,
        5,
        2,
        7,
        "町民が自らの健康に関心を持ち、生活習慣病の予防と早期発見に取り組むことで、健康寿命の延伸を図る。",
    )
    ws.row_dimensions[5].height = 30
    _text(ws, 7, 1, "1　成果指標の達成状況", bold=True, size=10)
    for c, t in ((1, "成果指標"), (2, "単位"), (3, "平成30年度実績"), (7, "評価")):
        _put(ws, 8, c, t, header=True)
        _put(ws, 9, c, None, header=True)
        _merge(ws, 8, c, 9, c)
    _span(ws, 8, 4, 6, "令和元年度", header=True)
    for c, t in ((4, "計画値"), (5, "実績値"), (6, "達成率")):
        _put(ws, 9, c, t, header=True)
    for i, (name, unit, prev, plan, act, rate, grade) in enumerate(SEIRO_ROWS):
        r = 10 + i
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in ((3, prev), (4, plan), (5, act)):
            _put(ws, r, c, v, align="center" if isinstance(v, str) else None)
        _put(ws, r, 6, rate, align="right" if rate != "－" else "center")
        _put(ws, r, 7, grade, align="center")
        ws.row_dimensions[r].height = 18
    _text(
        ws,
        15,
        1,
        "※評価　A：達成率100%以上　B：80〜99%　C：80%未満　対象外：事業の中止等により当該年度の評価が適切でないもの",
        size=8,
    )
    _text(
        ws,
        16,
        1,
        "※町民健康ウォーキング大会は、新型コロナウイルス感染症の拡大防止のため中止した（令和2年3月）。",
        size=8,
    )
    _text(ws, 18, 1, "2　5つの視点による評価", bold=True, size=10)
    _span(ws, 19, 1, 5, "視点", header=True)
    _span(ws, 19, 6, 7, "評価", header=True)
    for i, (v, m) in enumerate(
        [
            ("【視点1】費用対効果の検討", "○"),
            ("【視点2】妥当性の比較検討", "○"),
            ("【視点3】受益者負担の検討", "△"),
            ("【視点4】政策的優先度の検討", "○"),
            ("【視点5】社会情勢適合性の検討", "○"),
        ]
    ):
        _span(ws, 20 + i, 1, 5, v)
        _span(ws, 20 + i, 6, 7, m, align="center")
    _text(ws, 26, 1, "3　改革の方向性（令和2年度事業への反映）", bold=True, size=10)
    _para(
        ws,
        27,
        1,
        7,
        "■1 現状のまま継続　□2 改善（事業の拡大）　□3 改善（手段の変更）　□4 改善（事業の縮小）　□5 改善（民間活用）　□6 改善（国・県・広域活用）　□7 民間委託　□8 統合・休止・廃止",
        30,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "seiro_seisaku_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日立市 (茨城県): 総合計画後期基本計画 外部評価資料 — 5年の実績、基準値との比較、計画策定時/中間/最終
# --------------------------------------------------------------------------------------------

# Real (the city's pages on the 後期基本計画 H29–R3 and its 外部評価): the plan, its period, 目標指標 (統計
# 指標等) and 成果指標 (市民ニーズ（満足度）調査, 5段階評価の平均点), the 25 評価委員, the 17.5%（81事業）
# and the 7割 / 8割 summary, the exclusion of indicators hit by the pandemic. Made up: the 施策 chosen,
# 担当課, every indicator and figure.
HITACHI_TARGET = [
    (
        "観光入込客数",
        "千人",
        "3,690",
        ["3,812", "3,905", "3,744", "2,101", "2,388"],
        "4,200",
        "低下",
        "●",
    ),
    (
        "観光ホームページのアクセス件数",
        "件",
        "512,300",
        ["548,210", "601,455", "655,032", "702,118", "768,940"],
        "750,000",
        "向上",
        "",
    ),
    (
        "外国人宿泊者数",
        "人",
        "6,120",
        ["7,450", "8,930", "9,870", "310", "152"],
        "12,000",
        "低下",
        "●",
    ),
    ("日立さくらまつり来場者数", "万人", "52", ["55", "56", "―", "―", "―"], "60", "―", "●"),
]


def hitachi_html() -> str:
    rows = "\n".join(
        f'<tr><td>{n}</td><td class="c">{u}</td><td class="num">{b}</td>'
        + "".join(f'<td class="num">{a}</td>' for a in acts)
        + f'<td class="num">{t}</td><td class="c">{cmp}</td><td class="c">{mark}</td></tr>'
        for n, u, b, acts, t, cmp, mark in HITACHI_TARGET
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>日立市総合計画後期基本計画 施策の進捗状況（平成29年度～令和3年度） | 日立市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>日立市総合計画後期基本計画 施策の進捗状況（平成29年度～令和3年度）</h1>
<p>後期基本計画（平成29～33年度）の最終年度にあたり、5年間の実績について外部評価（評価委員25名、書面会議）を行いました。登載事業の全てに着手し、17.5%（81事業）が完了しました。目標指標の約7割以上、成果指標の約8割以上が基準値以上となっています。</p>
<h2>施策2-3　観光・交流の推進</h2>
<p>担当課：観光物産課</p>
<h3>（1）目標指標</h3>
<table>
<tr><th rowspan="2">指標名</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H27）</th><th colspan="5">実績値</th><th rowspan="2">目標値<br>（R3）</th><th rowspan="2">基準値との<br>比較</th><th rowspan="2">コロナ<br>影響</th></tr>
<tr><th>H29</th><th>H30</th><th>R1</th><th>R2</th><th>R3</th></tr>
{rows}
</table>
<p class="note">※基準値との比較：R3の実績値が基準値を上回るものを「向上」、下回るものを「低下」としています。</p>
<p class="note">※●：新型コロナウイルス感染症の影響が顕著な指標（評価の集計から除いています）。日立さくらまつりはR1からR3まで中止しました。</p>
<h3>（2）成果指標</h3>
<p>市民ニーズ（満足度）調査における評価（5段階評価の平均点）</p>
<table>
<tr><th>指標名</th><th>計画策定時<br>（H28調査）</th><th>中間<br>（R1調査）</th><th>最終<br>（R3調査）</th><th>目標値<br>（R3）</th></tr>
<tr><td>観光・交流の推進に対する満足度（点）</td><td class="num">2.89</td><td class="num">2.95</td><td class="num">3.01</td><td class="num">3.20</td></tr>
</table>
<p>問い合わせ先：日立市 総合政策部 政策企画課</p>
</body>
</html>
"""


def hitachi() -> Path:
    path = HERE / "hitachi_kouki_shinchoku_r3.html"
    path.write_bytes(hitachi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (noboribetsu, kitaakita, seiro):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hitachi().name}")


if __name__ == "__main__":
    main()
