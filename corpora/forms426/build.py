"""Build the documents of forms426/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/rikubetsu_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 陸別町 (北海道):
  form fields over a grid whose **value heads are the months of an annual February event
  (``令和4年2月`` … ``令和6年2月``, ``令和7年2月（目標）``), each falling in the previous fiscal year**,
  and ``中止`` cells for the cancelled 令和6年2月 festival; and the PDF;
* ``source/karumai_seika_shihyo_r5.xlsx``, a 総合発展計画 成果指標 sheet in the manner of 軽米町 (岩手県):
  **every actual cell holds two lines, the value and below it in brackets the change from the
  previous year (``1,184`` / ``（＋46）``)**, a ``―（R6開館）`` actual; and the PDF;
* ``source/iide_seika_chukan_r6.xlsx``, a 総合計画 成果指標 中間検証シート in the manner of 飯豊町 (山形県):
  **actual heads that are bare Western years (``2021`` … ``2024``) with a note saying they are fiscal
  years, and the 単位 column at the far right, after the targets**; and the PDF;
* ``hashikami_kofukin_kensho_r5.html``, a 地方創生推進交付金 効果検証 page in the manner of 階上町 (青森県):
  two ``<h2>`` 事業 each over its own table, ``目標 | 実績`` pairs per year, **revised targets written
  ``40→35``** (a note says the arrow is the 計画変更), and ``万個`` in 単位.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms426/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms426/build.py"
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


def _field(ws, row, label, value, c_label, c1, c2, height=18):
    """A form field: a shaded label cell and a value merged over c1..c2."""
    _put(ws, row, c_label, label, header=True)
    if c1 > c_label + 1:
        _merge(ws, row, c_label, row, c1 - 1)
    cell = _span(ws, row, c1, c2, value)
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
    with tempfile.TemporaryDirectory(prefix="forms426_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


# --------------------------------------------------------------------------------------------
# 陸別町 (北海道足寄郡): 令和６年度 事務事業評価シート（令和５年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (jichitai.works/article/details/2328, dshopping-furusato.docomo.ne.jp/jichitai/016489,
# taiofam.com/hokkaido-rikubetsu-cho): しばれフェスティバル since 昭和57年 (1982) by the 商工会青年部, the
# バルーンマンション and 人間耐寒テスト, 延べ6,500人以上 certified, 令和6年 cancelled, 産業振興課, 608.90km²,
# 2,064人. Made up: the program's name, every indicator and figure, the grade.
RB_ROWS = [
    ("活動指標", "ア　実行委員会の開催回数", "回", 6, 7, 4, 6),
    ("活動指標", "イ　町外向けＰＲ（旅行会社訪問・ＳＮＳ発信）の件数", "件", 18, 25, 9, 30),
    ("成果指標", "ウ　来場者数", "人", "約12,000", "約13,500", "中止", "15,000"),
    ("成果指標", "エ　人間耐寒テスト参加者数", "人", 236, 264, "中止", 300),
]


def rikubetsu() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 36, 7, 12, 12, 12, 13])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    _text(ws, 2, 7, "陸別町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, "事務事業名", "しばれフェスティバル開催支援事業", 1, 2, 7)
    _field(ws, 6, "担当課", "産業振興課　商工観光係", 1, 2, 7)
    _field(ws, 7, "事業期間", "昭和57年度～（継続）", 1, 2, 7)
    _field(
        ws,
        8,
        "事業の概要",
        "「日本一寒い町」の寒さを逆手にとり、昭和57年（1982年）に町商工会青年部が始めた冬まつり「しばれフェスティバル」の開催を、"
        "実行委員会への補助（事業費の2分の1以内）により支援する。会場の氷のかまくら「バルーンマンション」に一晩泊まる「人間耐寒テスト」の"
        "認定者は延べ6,500人を超える。令和6年2月の開催は、運営体制を見直すため中止とした。（町の面積608.90km²、人口2,064人）",
        1,
        2,
        7,
        height=66,
    )
    _text(ws, 10, 1, "２　指標の推移", bold=True, size=11)
    h = 11
    for c, word in enumerate(
        [
            "区分",
            "指標名",
            "単位",
            "令和4年2月",
            "令和5年2月",
            "令和6年2月",
            "令和7年2月\n（目標）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    for i, (kubun, name, unit, *vals) in enumerate(RB_ROWS):
        r = h + 1 + i
        _put(ws, r, 1, kubun, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "中止" else "right")
        ws.row_dimensions[r].height = 24
    _merge(ws, h + 1, 1, h + 2, 1)
    _merge(ws, h + 3, 1, h + 4, 1)
    _notes(
        ws,
        h + 6,
        [
            "※ フェスティバルは毎年2月に開催しており、各欄は開催年月で表示しています（令和6年2月の開催分は令和5年度の事業です）。",
            "※ 令和6年2月は開催を中止したため、来場者数・参加者数はありません。実行委員会は中止決定までに4回開催しました。",
        ],
    )
    _text(ws, h + 9, 1, "３　評価", bold=True, size=11)
    _field(ws, h + 10, "評価", "C　見直しが必要", 1, 2, 7)
    _field(
        ws,
        h + 11,
        "評価の理由",
        "令和5年度は開催を中止したが、町外からの参加希望は多い。令和7年2月の開催に向け、町長を実行委員長とする体制に改める。",
        1,
        2,
        7,
        height=34,
    )
    _page(ws, "portrait")
    path = SOURCE / "rikubetsu_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 軽米町 (岩手県九戸郡): 総合発展計画 施策の成果指標（令和５年度実績）
# --------------------------------------------------------------------------------------------

# Real (mykoho.jp 広報かるまい 令和7年4月号 施政方針): the two goal phrases, かるまい文化交流センター and its
# 延べ約7万人 since opening, 6年度 as its opening year, 木炭・シイタケ, プレミアム付き商品券. Assumed: the plan
# name and span. Made up: every indicator and figure, the 課.
KM_GOALS = [
    (
        "基本目標２　資源を活かした地域産業のまちづくり",
        [
            ("1", "認定農業者数", "経営体", 118, [(112, "△3"), (110, "△2"), (113, "＋3")], 120),
            ("2", "木炭生産量", "t", 1310, [(1256, "△48"), (1184, "△72"), (1230, "＋46")], 1350),
            (
                "3",
                "原木シイタケ（乾しいたけ）出荷量",
                "kg",
                8400,
                [(7920, "＋310"), (8105, "＋185"), (7760, "△345")],
                9000,
            ),
        ],
    ),
    (
        "基本目標３　多様な交流が生まれる魅力あるまちづくり",
        [
            (
                "4",
                "かるまい文化交流センター来館者数",
                "人",
                "―",
                ["―（R6開館）", "―（R6開館）", "―（R6開館）"],
                40000,
            ),
            (
                "5",
                "ふるさと納税寄附件数",
                "件",
                2150,
                [(3012, "＋640"), (3480, "＋468"), (4105, "＋625")],
                4000,
            ),
        ],
    ),
]


def karumai() -> Path:
    wb, ws = _sheet("成果指標", [6, 36, 9, 12, 13, 13, 13, 13, 24])
    _text(ws, 1, 1, "軽米町総合発展計画　施策の成果指標（令和５年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年9月　軽米町", align="right")
    _field(ws, 4, "計画の名称", "軽米町総合発展計画（後期基本計画）", 1, 3, 9)
    _field(ws, 5, "計画期間", "令和3年度～令和7年度（5年間）", 1, 3, 9)
    _field(ws, 6, "担当課", "総務課　企画担当", 1, 3, 9)
    _field(
        ws,
        7,
        "概況",
        "本町は木炭・シイタケなど森林資源を活かした産業が盛んで、町内で使えるプレミアム付き商品券（プレミアム率20％）の発行も支援している。"
        "令和6年度に開館した「かるまい文化交流センター」は、令和7年3月までに延べ約7万人が訪れた。",
        1,
        3,
        9,
        height=40,
    )
    r = 9
    for goal, rows in KM_GOALS:
        _text(ws, r, 1, goal, bold=True, size=11)
        h = r + 1
        for c, word in (
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "目標値\n（R7）"),
            (9, "担当"),
        ):
            _put(ws, h, c, word, header=True)
            _put(ws, h + 1, c, None, header=True)
            _merge(ws, h, c, h + 1, c)
        _span(ws, h, 5, 7, "実績値（上段）／前年度からの増減（下段）", header=True)
        for j, w in enumerate(["R3", "R4", "R5"]):
            _put(ws, h + 1, 5 + j, w, header=True)
        ws.row_dimensions[h].height = 22
        ws.row_dimensions[h + 1].height = 18
        for k, (no, name, unit, base, acts, target) in enumerate(rows):
            rr = h + 2 + k
            _put(ws, rr, 1, no, align="center")
            _put(ws, rr, 2, name)
            _put(ws, rr, 3, unit, align="center")
            _put(ws, rr, 4, base, align="center" if base == "―" else "right")
            for j, a in enumerate(acts):
                if isinstance(a, tuple):
                    _put(ws, rr, 5 + j, f"{a[0]:,}\n（{a[1]}）", align="right")
                else:
                    _put(ws, rr, 5 + j, a, align="center")
            _put(ws, rr, 8, target)
            _put(
                ws,
                rr,
                9,
                "産業振興課" if int(no) <= 3 else ("教育委員会" if no == "4" else "総務課"),
                align="center",
            )
            ws.row_dimensions[rr].height = 30
        r = h + 2 + len(rows) + 1
    _notes(
        ws,
        r,
        [
            "※ 実績値の欄は、上段が当該年度の実績値、下段の（　）が前年度からの増減です（△は減少）。R3の下段はR2実績との差です。",
            "※ かるまい文化交流センターは令和6年度に開館したため、R5までの実績はありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "karumai_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯豊町 (山形県西置賜郡): 第5次飯豊町総合計画 成果指標 中間検証シート（令和６年度実績）
# --------------------------------------------------------------------------------------------

# Real (mykoho.jp 広報いいで 2025年4月号 and 2021年8月号, ja.wikipedia.org 飯豊町): the plan, its span
# R3～R12, the R7 中間見直し, the 9 地区 and their 地区別計画, 329.41km², 6,613人 (R2 国勢調査), どぶろく,
# 飯豊連峰. Made up: the 課, every indicator and figure.
II_ROWS = [
    ("①", "地区別計画に基づく地域づくり活動の件数", 27, 31, 34, 36, 36, 40, "件"),
    ("②", "町内の宿泊施設の宿泊者数", 18.4, 21.9, 24.6, 25.3, 26.0, 30.0, "千人"),
    ("③", "どぶろく特区で製造されたどぶろくの出荷量", 2350, 2610, 2480, 2720, 2800, 3000, "ℓ"),
    ("④", "「暮らしに満足している」と答えた町民の割合", 61.2, "―", 63.5, "―", 65.0, 70.0, "％"),
]


def iide() -> Path:
    wb, ws = _sheet("中間検証", [6, 38, 10, 10, 10, 10, 12, 12, 8])
    _text(
        ws,
        1,
        1,
        "第５次飯豊町総合計画　成果指標 中間検証シート（令和６年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年6月　飯豊町", align="right")
    _field(ws, 4, "計画の名称", "第5次飯豊町総合計画", 1, 3, 9)
    _field(ws, 5, "計画期間", "令和3年度～令和12年度（10年間）　※令和7年度に中間見直し", 1, 3, 9)
    _field(ws, 6, "担当課", "総務企画課　企画調整室", 1, 3, 9)
    _field(
        ws,
        7,
        "町の概要",
        "本町は面積329.41km²、人口6,613人（令和2年国勢調査）。南部は飯豊連峰に連なる山岳地帯で、特別豪雪地帯に指定されている。"
        "第3次総合計画で初めて策定した地区別計画は、町内9地区それぞれの住民主体のまちづくりの指針として受け継がれている。",
        1,
        3,
        9,
        height=52,
    )
    _text(ws, 9, 1, "■成果指標の推移", bold=True, size=11)
    h = 10
    for c, word in ((1, "No."), (2, "成果指標"), (9, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 3, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    for c, w in zip(range(3, 7), [2021, 2022, 2023, 2024]):
        _put(ws, h + 1, c, w, header=True, fmt="0")
    _put(ws, h + 1, 7, "前期（R7）", header=True)
    _put(ws, h + 1, 8, "最終（R12）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    for i, (label, name, *vals, unit) in enumerate(II_ROWS):
        r = h + 2 + i
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
        _put(ws, r, 9, unit, align="center")
        ws.row_dimensions[r].height = 24
    _notes(
        ws,
        h + 7,
        [
            "※ 実績値の2021～2024は年度（4月～翌年3月）の値です（2021＝令和3年度）。",
            "※ ④は町民アンケート（隔年実施、2023年度は1,500人に配布）の結果です。実施しない年度は「―」としています。",
            "※ 単位の欄は各行の右端に記載しています。②の単位は千人です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "iide_seika_chukan_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 階上町 (青森県三戸郡): 地方創生推進交付金事業 効果検証結果（令和５年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (hachinohe-toshiken-iju.com/about/hashikami): ウニ・アワビ and ヒラメ種苗の放流による「つくり育てる漁業」,
# 畜産が農業産出額の7割以上, 道の駅はしかみ, はしかみハマの駅あるでぃ～ば, 全19行政区のまちづくり計画.
# Made up: the 事業, 課, money, every KPI and figure.
HK_HEAD = """<thead>
<tr><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">事業開始前<br>（令和3年3月末）</th><th colspan="2" scope="colgroup">令和3年度</th><th colspan="2" scope="colgroup">令和4年度</th><th colspan="2" scope="colgroup">令和5年度</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""

HK_JIGYO = [
    (
        "1　つくり育てる漁業による浜の担い手確保事業",
        "事業期間：令和3年度～令和5年度（3か年）　交付対象事業費：令和5年度 18,600千円",
        [
            (
                "ウニ・アワビ種苗の放流数",
                "万個",
                "42.0",
                "45.0",
                "46.2",
                "48.0",
                "47.5",
                "50.0",
                "51.3",
            ),
            ("新規漁業就業者数（単年度）", "人", "1", "2", "2", "2", "1", "2", "3"),
        ],
    ),
    (
        "2　道の駅はしかみを核とした交流人口拡大事業",
        "事業期間：令和3年度～令和5年度（3か年）　交付対象事業費：令和5年度 24,300千円",
        [
            (
                "道の駅はしかみの年間利用者数",
                "千人",
                "412",
                "420",
                "398",
                "430→405",
                "418",
                "440→415",
                "426",
            ),
            ("産直コーナーの年間販売額", "百万円", "286", "290", "301", "300", "312", "310", "305"),
            (
                "まちづくり計画に基づく行政区の交流イベント数",
                "件",
                "12",
                "15",
                "9",
                "40→35",
                "24",
                "45→38",
                "31",
            ),
        ],
    ),
]


def hashikami_html() -> str:
    parts = []
    for title, meta, rows in HK_JIGYO:
        body = "\n".join(
            f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, unit, *vals in rows
        )
        parts.append(
            f"<h2>{title}</h2>\n<p>{meta}</p>\n<table>\n{HK_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和５年度 地方創生推進交付金事業の効果検証結果 - 階上町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
nav ol {{ list-style: none; padding: 0; }}
nav li {{ display: inline; }}
nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol><li><a href="/">ホーム</a></li><li><a href="/chosei/">町政情報</a></li><li><a href="/chosei/chihososei/">地方創生</a></li><li>令和５年度 地方創生推進交付金事業の効果検証結果</li></ol></nav>
<h1>令和５年度　地方創生推進交付金事業の効果検証結果</h1>
<p>更新日：2024年9月20日　担当：総合政策課　政策推進グループ</p>
<p>階上町では、ウニ・アワビの種苗やヒラメの稚魚を放流する「つくり育てる漁業」に取り組んでおり、農業では畜産が産出額の7割以上を占めています。町内全19行政区がそれぞれ「まちづくり計画」を策定し、協働のまちづくりを進めています。</p>
<p>地方創生推進交付金を活用した2事業について、令和5年度の重要業績評価指標（KPI）の実績を、外部有識者4名による階上町総合戦略推進会議（令和6年8月27日開催）で検証しました。</p>
{tables}
<p>※目標欄の「40→35」のような表記は、令和4年度の地域再生計画の変更により目標値を改めたもので、矢印の左が変更前、右が変更後の目標値です。</p>
<p>※道の駅はしかみの年間利用者数は、レジ通過者数による推計です。</p>
<p>問い合わせ先：総合政策課　政策推進グループ　電話 0178-00-0000</p>
</body>
</html>
"""


def hashikami() -> Path:
    path = HERE / "hashikami_kofukin_kensho_r5.html"
    path.write_bytes(hashikami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (rikubetsu, karumai, iide):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hashikami().name}")


if __name__ == "__main__":
    main()
