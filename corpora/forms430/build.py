"""Build the documents of forms430/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hamatonbetsu_kaso_mokuhyo_r5.xlsx``, a 過疎地域持続的発展市町村計画 目標の達成状況 sheet in the
  manner of 浜頓別町 (北海道): the plan's own chapter items merged down a ``区分`` column, and a
  ``前年度比`` column inside the ``実績値`` span, beside the year columns; and the PDF;
* ``source/fujisato_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 藤里町 (秋田県):
  year heads without their era (``元年度`` … ``５年度``) and a note row between two indicators; and the PDF;
* ``source/naraha_fukko_shihyo_r2.xlsx``, a 復興計画 成果指標 final check in the manner of 楢葉町 (福島県):
  a target head ``目標値（H32）`` beside an ``R2`` actual, and a 備考 column whose remarks re-date one
  value and mark another as a forecast; and the PDF;
* ``kanegasaki_kofukin_kensho_r5.html``, a 地方創生推進交付金 効果検証 page in the manner of 金ケ崎町 (岩手県):
  years down the side, each KPI across as a ``目標 | 実績`` pair, ``百万円`` in one KPI head, and a note
  saying one KPI counts calendar years.

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
    wb.properties.creator = "forms430/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms430/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms430_soffice_") as tmp:
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


def _grid_row(ws, row, values, height=20):
    """One data row; None leaves a bordered blank, str stays text, numbers get formats."""
    for col, v in enumerate(values, start=1):
        if isinstance(v, tuple):  # (value, number format)
            _put(ws, row, col, v[0], fmt=v[1])
        elif isinstance(v, str) and col > 2:
            _put(ws, row, col, v, align="right" if v[:1] in "+△―0123456789" else "center")
        else:
            _put(ws, row, col, v)
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 浜頓別町 (北海道枝幸郡): 過疎地域持続的発展市町村計画 目標の達成状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (town.hamatonbetsu.hokkaido.jp/news/detail.php?news=38, jmedia.wiki, mibtjp.com): the plan's name,
# its period (令和3年度～令和7年度, 5か年), its 13 items (the 区分 wording below), 401.59km², 3,263人
# (2024年7月1日), クッチャロ湖 (Ramsar 1989, コハクチョウ), ホタテ, 毛ガニ, 酪農. Made up: the 課, every
# indicator and figure.
HT_ROWS = [
    (
        "2　移住・定住・地域間交流の促進、人材育成",
        [
            ("移住相談件数", "件", 18, 21, 26, 30, "+4", 40),
            ("地域おこし協力隊員数", "人", 3, 4, 6, 5, "△1", 8),
        ],
    ),
    (
        "3　産業の振興",
        [
            ("ホタテガイ水揚量", "t", 12480, 11950, 13210, 12760, "△450", 13000),
            ("生乳生産量", "t", 52300, 53100, 52800, 51940, "△860", 54000),
        ],
    ),
    (
        "5　交通施設の整備、交通手段の確保",
        [
            ("町営バス年間利用者数", "人", 8420, 8010, 8350, 8690, "+340", 9000),
        ],
    ),
    (
        "7　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進",
        [
            ("特定健康診査受診率", "％", 38.2, 40.1, 41.5, 43.0, "+1.5", 50.0),
        ],
    ),
]


def hamatonbetsu() -> Path:
    wb, ws = _sheet("目標達成状況", [24, 24, 6, 11, 9, 9, 9, 10, 11])
    _text(
        ws,
        1,
        1,
        "浜頓別町過疎地域持続的発展市町村計画　目標の達成状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　浜頓別町", align="right")
    _field(ws, 4, "計画の名称", "浜頓別町過疎地域持続的発展市町村計画", 1, 2, 9)
    _field(ws, 5, "計画期間", "令和3年度～令和7年度（5か年）", 1, 2, 9)
    _field(ws, 6, "担当課", "総務課　企画係", 1, 2, 9)
    _field(
        ws,
        7,
        "町の概要",
        "本町は宗谷地方の東部、オホーツク海に面し、面積は401.59km²、人口は3,263人（2024年7月1日現在）です。"
        "日本最北の湖であるクッチャロ湖は1989年にラムサール条約湿地に登録され、毎年2万羽ほどのコハクチョウが飛来します。"
        "基幹産業は酪農と漁業で、ホタテや毛ガニが特産です。本計画は13の項目で構成し、主な項目ごとに目標を定めています。",
        1,
        2,
        9,
        height=46,
    )
    _text(ws, 9, 1, "■計画に掲げる目標の達成状況", bold=True, size=11)
    r = 10
    for col, head in (
        (1, "区分"),
        (2, "目標（指標）"),
        (3, "単位"),
        (4, "現状値\n（R2）"),
        (9, "目標値\n（R7）"),
    ):
        _put(ws, r, col, head, header=True)
        _put(ws, r + 1, col, None, header=True)
        _merge(ws, r, col, r + 1, col)
    _span(ws, r, 5, 8, "実績値", header=True)
    for col, head in ((5, "R3"), (6, "R4"), (7, "R5"), (8, "前年度比")):
        _put(ws, r + 1, col, head, header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for kubun, rows in HT_ROWS:
        first = r
        for name, unit, *vals in rows:
            fmt = "0.0" if isinstance(vals[0], float) else "#,##0"
            cells = [kubun if r == first else None, name, unit]
            cells += [(v, fmt) if not isinstance(v, str) else v for v in vals]
            _grid_row(ws, r, cells, height=30 if len(rows) == 1 else 22)
            ws.cell(row=r, column=3).alignment = Alignment(horizontal="center", vertical="center")
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
        ws.cell(row=first, column=1).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
    _notes(
        ws,
        r + 1,
        [
            "※前年度比は、R5の実績値からR4の実績値を差し引いたものです（△は減少）。",
            "※地域おこし協力隊員数は、各年度に在籍した隊員の数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hamatonbetsu_kaso_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 藤里町 (秋田県山本郡): 令和６年度 事務事業評価シート（令和５年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/16616.html, wantedly.com/projects/1895454): 約282km², 約9割が森林, the 秋田県側 of
# the 白神山地 世界遺産地域 lying wholly in the town (登録 1993年), the 白神ブランド products (白神まいたけ, 白神ラム,
# 白神ワイン), the town's 総合戦略. Made up: the program's name, the 課, every indicator and figure.
FS_YEARS = ["元年度", "２年度", "３年度", "４年度", "５年度"]
FS_ROWS = [
    ("活動指標", "ア", "物産展・商談会への出展回数", "回", [6, 6, 6, 8, 8], [5, 2, 4, 7, 9]),
    (
        "活動指標",
        "イ",
        "白神ブランドＰＲイベントの開催回数",
        "回",
        [2, 2, 2, 2, 3],
        [2, 1, "中止", 2, 3],
    ),
    (
        "成果指標",
        "ウ",
        "白神まいたけの出荷量",
        "t",
        [40.0, 42.0, 44.0, 46.0, 48.0],
        [38.6, 41.2, 43.5, 45.1, 49.3],
    ),
    (
        "成果指標",
        "エ",
        "白神ブランド商品の販売額",
        "千円",
        [18000, 19000, 20000, 21000, 22000],
        [17240, 15880, 18960, 21430, 21870],
    ),
]
FS_NOTE_AFTER = "イ"
FS_NOTE = "※イの３年度は、新型コロナウイルス感染症の拡大によりイベントを中止した。"


def fujisato() -> Path:
    wb, ws = _sheet("評価シート", [9, 5, 26, 6, 6, 8, 8, 8, 8, 8])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年8月　藤里町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, "事務事業名", "白神ブランド推進事業", 1, 3, 10)
    _field(ws, 6, "担当課", "商工観光課", 1, 3, 10)
    _field(ws, 7, "上位計画", "藤里町まち・ひと・しごと創生総合戦略", 1, 3, 10)
    _field(ws, 8, "事業期間", "令和元年度～（継続）", 1, 3, 10)
    _field(
        ws,
        9,
        "事業の概要",
        "町の面積約282km²の約9割を森林が占め、世界自然遺産白神山地（1993年登録）の秋田県側はすべて町内にある。"
        "白神まいたけ、白神ラム、白神ワインなど「白神ブランド」の販路を広げるため、町内事業者が物産展に出展する経費の"
        "2分の1（上限30万円）を補助するとともに、町主催のＰＲイベントを開催する。",
        1,
        3,
        10,
        height=58,
    )
    _text(ws, 11, 1, "２　指標の推移", bold=True, size=11)
    r = 12
    _put(ws, r, 1, "区分", header=True)
    _span(ws, r, 2, 3, "指標名", header=True)
    _put(ws, r, 4, "単位", header=True)
    _put(ws, r, 5, "", header=True)
    for i, y in enumerate(FS_YEARS):
        _put(ws, r, 6 + i, y, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    group_start = {}
    for kubun, label, name, unit, plan, actual in FS_ROWS:
        group_start.setdefault(kubun, r)
        for k, (word, vals) in enumerate((("計画", plan), ("実績", actual))):
            _put(ws, r + k, 1, kubun if k == 0 else None)
            _put(ws, r + k, 2, label if k == 0 else None, align="center")
            _put(ws, r + k, 3, name if k == 0 else None)
            _put(ws, r + k, 4, unit if k == 0 else None, align="center")
            _put(ws, r + k, 5, word, align="center")
            for col, v in zip(range(6, 6 + len(FS_YEARS)), vals):
                if isinstance(v, str):
                    _put(ws, r + k, col, v, align="center")
                else:
                    _put(ws, r + k, col, v, fmt="0.0" if isinstance(v, float) else "#,##0")
            ws.row_dimensions[r + k].height = 18
        for col in (2, 3, 4):
            _merge(ws, r, col, r + 1, col)
        r += 2
        if label == FS_NOTE_AFTER:
            _put(ws, r, 1, None)
            _span(ws, r, 2, 10, FS_NOTE, size=8)
            ws.row_dimensions[r].height = 16
            r += 1
    # the 区分 cells: 活動指標 over its rows and the note row, 成果指標 over its rows
    _merge(ws, group_start["活動指標"], 1, group_start["成果指標"] - 1, 1)
    _merge(ws, group_start["成果指標"], 1, r - 1, 1)
    for kubun in group_start:
        ws.cell(row=group_start[kubun], column=1).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    _field(ws, r + 1, "総合評価", "Ｂ（概ね順調）", 1, 3, 10)
    _field(
        ws,
        r + 2,
        "今後の方向性",
        "継続（販売額の目標達成に向け、首都圏での商談会出展を強化する）",
        1,
        3,
        10,
        height=30,
    )
    _page(ws, "portrait")
    path = SOURCE / "fujisato_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 楢葉町 (福島県双葉郡): 楢葉町復興計画〈第二次〉 成果指標の検証結果（計画期間終了時）
# --------------------------------------------------------------------------------------------

# Real (vdocuments.site 楢葉町 復興庁資料, expydoc.com/doc/7210857, /7215977, /7210487, minyu-net.com): the plan's
# name 楢葉町復興計画〈第二次〉 (平成25年5月) and its 第二版, its period to 平成32年度, the 施策 heading
# 「暮らしやすさを追求する」, 103.45km², 8,042人 (平成23年3月11日), the 避難指示解除 (平成27年9月5日), the
# 帰町目標 平成29年春, 天神岬スポーツ公園, JR竜田駅, 4,030人 back (reported 2021-03). Made up: the 課, the
# other 施策 names, the date of the 4,030, every other figure.
NR_ROWS = [
    (
        "1　暮らしやすさを追求する",
        [
            (
                "町内居住者数",
                "人",
                "―",
                681,
                3590,
                4030,
                5000,
                "R2欄は令和3年2月末現在（住民基本台帳）",
            ),
            (
                "町内小中学校の児童生徒数",
                "人",
                "―",
                105,
                118,
                131,
                200,
                "H28は仮設校舎（いわき市）で授業",
            ),
        ],
    ),
    (
        "2　産業を再生する",
        [
            (
                "営農再開面積",
                "ha",
                0,
                120,
                310,
                465,
                600,
                "R2は見込値（水稲作付面積の確定は令和3年8月）",
            ),
            ("町内事業所数", "事業所", 98, 121, 148, 162, 150, ""),
        ],
    ),
    (
        "3　にぎわいをつくる",
        [
            (
                "天神岬スポーツ公園の利用者数",
                "人",
                "―",
                38000,
                61500,
                42300,
                80000,
                "R2は新型コロナウイルス感染症の影響で4月～5月休園",
            ),
        ],
    ),
]


def naraha() -> Path:
    wb, ws = _sheet("成果指標", [20, 26, 7, 10, 9, 9, 9, 10, 34])
    _text(
        ws,
        1,
        1,
        "楢葉町復興計画〈第二次〉　成果指標の検証結果（計画期間終了時）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和3年6月　楢葉町", align="right")
    _field(ws, 4, "計画の名称", "楢葉町復興計画〈第二次〉（第二版）", 1, 2, 9)
    _field(ws, 5, "計画期間", "平成25年度～平成32年度", 1, 2, 9)
    _field(ws, 6, "担当課", "復興推進課", 1, 2, 9)
    _field(
        ws,
        7,
        "町の概要",
        "町の総面積は103.45km²。震災当時の人口は8,042人（平成23年3月11日）。原子力災害により全町避難となったが、"
        "平成27年9月5日に避難指示が解除され、帰町目標を「平成29年春」と定めて、天神岬スポーツ公園の再開やJR竜田駅周辺の整備を進めてきた。",
        1,
        2,
        9,
        height=46,
    )
    _text(ws, 9, 1, "■成果指標の達成状況", bold=True, size=11)
    r = 10
    for col, head in (
        (1, "施策"),
        (2, "成果指標"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (8, "目標値\n（H32）"),
        (9, "備考"),
    ):
        _put(ws, r, col, head, header=True)
        _put(ws, r + 1, col, None, header=True)
        _merge(ws, r, col, r + 1, col)
    _span(ws, r, 5, 7, "実績値", header=True)
    for col, head in ((5, "H28"), (6, "H30"), (7, "R2")):
        _put(ws, r + 1, col, head, header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for shisaku, rows in NR_ROWS:
        first = r
        for name, unit, *vals, note in rows:
            cells = [shisaku if r == first else None, name, unit]
            cells += [(v, "#,##0") if not isinstance(v, str) else v for v in vals]
            cells.append(note)
            _grid_row(ws, r, cells, height=30)
            ws.cell(row=r, column=3).alignment = Alignment(horizontal="center", vertical="center")
            ws.cell(row=r, column=9).font = Font(name=FONT, size=8)
            ws.cell(row=r, column=9).alignment = Alignment(
                horizontal="left", vertical="center", wrap_text=True
            )
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
        ws.cell(row=first, column=1).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
    _notes(
        ws,
        r + 1,
        [
            "※基準値の「―」は、避難指示により把握できなかったものです。",
            "※計画策定時の表記のまま、目標年度を平成32年度（令和2年度）としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "naraha_fukko_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 金ケ崎町 (岩手県胆沢郡): 地方創生推進交付金事業の効果検証（令和５年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (town.kanegasaki.iwate.jp/docs/2017062100386/, wikiwand 金ケ崎町): 179.76km², 15,535人 (令和2年国勢調査),
# 伊達藩北限 / 南部藩, 城内諏訪小路 (重要伝統的建造物群保存地区, 2001年), アスパラガス, the 工業団地. Made up: the
# program, its period and money, the 課, every KPI and figure.
KG_KPIS = [
    ("KPI①", "新規就農者数（人）"),
    ("KPI②", "アスパラガス販売額（百万円）"),
    ("KPI③", "城内諏訪小路の観光入込客数（人）"),
    ("KPI④", "移住・定住に関する相談件数（件）"),
]
KG_ROWS = [
    ("令和3年度", ["3", "2", "180", "176.5", "42,000", "31,560", "20", "18"]),
    ("令和4年度", ["3", "4", "190", "193.2", "45,000", "44,870", "25", "27"]),
    ("令和５年度", ["3", "3", "200", "188.0", "48,000", "49,210", "30", "33"]),
]


def kanegasaki_html() -> str:
    head1 = (
        '<tr><th scope="col" rowspan="2">年度</th>'
        + "".join(
            f'<th scope="colgroup" colspan="2">{label}<br>{name}</th>' for label, name in KG_KPIS
        )
        + "</tr>"
    )
    head2 = "<tr>" + '<th scope="col">目標</th><th scope="col">実績</th>' * len(KG_KPIS) + "</tr>"
    body = "\n".join(
        f'<tr><th scope="row">{year}</th>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for year, vals in KG_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生推進交付金事業の効果検証（令和５年度） - 金ケ崎町</title>
<style>
body {{ font-family: "Noto Sans CJK JP", sans-serif; margin: 2em; }}
nav ol {{ list-style: none; padding: 0; }}
nav li {{ display: inline; }}
nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #666; padding: 4px 8px; }}
thead th {{ background: #e8eef4; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<nav><ol><li><a href="/">ホーム</a></li><li><a href="/docs/gyosei/">町政情報</a></li><li><a href="/docs/gyosei/sousei/">地方創生</a></li><li>地方創生推進交付金事業の効果検証（令和５年度）</li></ol></nav>
<h1>地方創生推進交付金事業の効果検証（令和５年度）</h1>
<p>更新日：2024年10月1日　担当：企画政策課</p>
<p>金ケ崎町は面積179.76km²、令和2年国勢調査人口15,535人の町です。伊達藩北限の町として南部藩と境を接した歴史を持ち、城内諏訪小路は2001年に重要伝統的建造物群保存地区に選定されました。</p>
<p>地方創生推進交付金を活用して令和3年度から3か年実施した事業について、重要業績評価指標（KPI）の実績を取りまとめ、金ケ崎町総合戦略推進委員会（令和6年9月12日開催）で検証しました。</p>
<h2>1　事業の概要</h2>
<p>事業名：アスパラガスと城内諏訪小路を核とした交流人口拡大事業<br>
事業期間：令和3年度～令和5年度（3か年）<br>
総事業費：48,600千円（うち交付金24,300千円）</p>
<h2>2　重要業績評価指標（KPI）の実績</h2>
<table>
<thead>
{head1}
{head2}
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※KPI③は暦年（1月～12月）で集計しています。「令和3年度」の行には令和3年（2021年）1月～12月の人数を記載しています（令和4年度、令和５年度の行も同様）。</p>
<p>※KPI②は、町内生産者の農協取扱分の販売額です。</p>
<p>問い合わせ先：企画政策課　政策推進係　電話 0197-00-0000</p>
</body>
</html>
"""


def kanegasaki() -> Path:
    path = HERE / "kanegasaki_kofukin_kensho_r5.html"
    path.write_bytes(kanegasaki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hamatonbetsu, fujisato, naraha):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kanegasaki().name}")


if __name__ == "__main__":
    main()
