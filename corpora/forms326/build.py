"""Build the documents of forms326/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/seki_seika_shihyo_r5.xlsx``, a 総合計画 成果指標 sheet in the manner of 関市 (岐阜県): form
  fields over a one-row header, and **a 円 row whose cells carry the scale words 億 and 万 themselves**
  (``357億8,400万``); and the PDF (portrait);
* ``komaki_kpi_shinchoku_r5.xlsx``, a KPI進捗 workbook in the manner of 小牧市 (愛知県), left as a
  workbook: **the year cells of the header are dates with an era number format** (``ggge"年度"``, shown
  ``令和5年度``, ``平成30年度``);
* ``source/tsu_shisaku_seika_r5.xlsx``, a 施策 成果指標 sheet in the manner of 津市 (三重県): a two-row
  header of Western years with the era in brackets, **``※``-marked 2023 actuals that a note says are
  見込値**, a ``―`` baseline for an indicator begun later; and the PDF (landscape);
* ``yawata_kpi_jisseki_h30.html``, a KPI page in the manner of 八幡市 (京都府): ``<th rowspan>`` 施策
  cells and **a ``R元見込`` column beside ``目標値（H31）``: the same fiscal year under two eras**.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are rewritten
with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
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
    wb.properties.creator = "forms326/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms326/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms326_soffice_") as tmp:
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


def _field(ws, row: int, last: int, label: str, value: str, height: float = 18) -> None:
    """A form field: the label over columns 1..2 (shaded), the value over 3..last."""
    _span(ws, row, 1, 2, label, header=True, align="left")
    _span(ws, row, 3, last, value)
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 関市 (岐阜県): 第5次総合計画 後期基本計画 成果指標の進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real: 第5次関市総合計画 (2018年度から10年間), the 4 keywords (産業 …), the 2005 merger of 5 町村,
# 472.33km², V字型, the 人口重心, 81,972人 (2024年12月1日推計), 700有余年, the 世界三大刃物産地,
# 小瀬鵜飼, 関鍛冶伝承館, せきてらす. Made up: 後期基本計画's span, the 施策, 商工課, every indicator,
# figure and note.
SE_ROWS = [
    (
        "1",
        "刃物製品の年間出荷額",
        "円",
        "348億6,500万",
        "351億2,000万",
        "355億",
        "357億8,400万",
        "380億",
    ),
    ("2", "関鍛冶伝承館・せきてらすの来館者数", "千人", 142.5, 168.2, 175.0, 171.3, 200.0),
    ("3", "小瀬鵜飼の観覧船乗船者数", "人", 4820, 6150, 6500, 6910, 7500),
    ("4", "企業誘致による新規立地件数（累計）", "件", 0, 3, 5, 4, 12),
    ("5", "市内事業所の従業者数※2", "人", "約37,000", 37210, 37500, "―", 38000),
]


def seki() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 7, 14, 14, 14, 14, 14])
    _text(
        ws,
        1,
        1,
        "第5次関市総合計画 後期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年8月　関市 商工課", align="right")
    ws.row_dimensions[1].height = 24
    _field(ws, 4, 8, "計画の名称", "第5次関市総合計画")
    _field(
        ws, 5, 8, "計画期間", "平成30年度～令和9年度（10年間）　後期基本計画：令和5年度～令和9年度"
    )
    _field(ws, 6, 8, "施策", "2-1　刃物産業の振興と新たな産業の創出")
    _field(ws, 7, 8, "担当課", "商工課")
    _field(
        ws,
        8,
        8,
        "市の概要",
        "2005年2月7日に洞戸村・板取村・武芸川町・武儀町・上之保村の5町村を編入し、面積472.33km²のV字型の市域となりました。"
        "市内には日本の人口重心があり、推計人口は81,972人（2024年12月1日現在）です。700有余年の歴史をもつ刃物産業は、"
        "ゾーリンゲン、シェフィールドと並ぶ世界三大刃物産地に数えられ、長良川の小瀬鵜飼とともに本市を代表する資源です。",
        height=50,
    )
    _text(ws, 10, 1, "２　成果指標の推移", bold=True, size=11)
    h = 11
    for c, word in enumerate(
        ["No.", "成果指標", "単位", "基準値（R3）", "R4実績", "R5目標", "R5実績", "目標値（R9）"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, *vals in SE_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　No.1は経済構造実態調査等による刃物製品の出荷額です。金額が大きいため「億」「万」を付けて表記しています（単位は円）。",
            "※2　No.5のR5実績は、経済センサス‐活動調査の結果が公表されていないため「―」としています。",
            "※3　No.3は、毎年5月から10月までの鵜飼期間中の観覧船乗船者の合計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "seki_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小牧市 (愛知県): 第2期総合戦略 KPI進捗状況 (a workbook, published as it is)
# --------------------------------------------------------------------------------------------

# Real: 第2期小牧市まち・ひと・しごと創生総合戦略 (令和2~6年度), 基本目標4's wording, 62.81km²,
# 145,590人 (2024年9月1日推計), the peak of about 15万3千人 in 平成27年, 小牧山, 桃花台ニュータウン,
# 県営名古屋空港. Assumed: 秘書政策課 (from the strategy page's address). Made up: every KPI,
# figure and note.
ERA_FMT = '[$-411]ggge"年度"'
KO_ROWS = [
    ("1", "小牧山への年間来訪者数", "人", 412000, 356800, 398500, 431200, 440000, 450000, ""),
    (
        "2",
        "市の魅力を人に薦めたいと思う市民の割合",
        "%",
        38.5,
        40.2,
        41.8,
        43.1,
        45.0,
        47.0,
        "市民意識調査",
    ),
    ("3", "市公式SNSのフォロワー数", "人", 8250, 15400, 18900, 22600, 20000, 25000, "各年度末時点"),
    (
        "4",
        "観光ボランティアガイドの案内件数",
        "件",
        215,
        98,
        164,
        231,
        220,
        240,
        "R3・R4はコロナ禍で減少",
    ),
]


def komaki() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 36, 6, 12, 12, 12, 12, 12, 12, 22])
    _text(
        ws,
        1,
        1,
        "第2期小牧市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　秘書政策課", align="right")
    ws.row_dimensions[1].height = 24
    _field(ws, 4, 10, "戦略の名称", "第2期小牧市まち・ひと・しごと創生総合戦略")
    _field(ws, 5, 10, "計画期間", "令和2年度～令和6年度（5年間）")
    _field(ws, 6, 10, "担当課", "秘書政策課")
    _field(
        ws,
        7,
        10,
        "市の概要",
        "面積62.81km²、推計人口145,590人（2024年9月1日現在）。人口は平成27年の約15万3千人をピークに減少に転じています。"
        "市の中部には織田信長が城を築いた小牧山、東部には桃花台ニュータウン、南部には県営名古屋空港があります。",
        height=36,
    )
    _text(ws, 9, 1, "基本目標4　訪れたくなる、住みたくなる小牧の魅力発信", bold=True, size=11)
    h = 10
    _head2(
        ws,
        h,
        [(1, "No."), (2, "KPI"), (3, "単位"), (10, "備考")],
        [
            (4, 4, "基準値", [None]),
            (5, 7, "実績値", [None, None, None]),
            (8, 9, "目標値", [None, None]),
        ],
    )
    # The year cells are dates (the first day of each fiscal year), shown with an era format.
    for c, year in zip(range(4, 10), (2018, 2021, 2022, 2023, 2023, 2024)):
        cell = ws.cell(row=h + 1, column=c, value=dt.datetime(year, 4, 1))
        cell.number_format = ERA_FMT
    r = h + 2
    for no, name, unit, *vals, memo in KO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, fmts={j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)})
        _put(ws, r, 10, memo, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※　No.2は毎年実施する市民意識調査の結果（回答者に占める割合）です。",
            "※　目標値は第2期総合戦略の策定時に設定したものです。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "komaki_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津市 (三重県): 総合計画 第2次基本計画 施策の成果指標（2023年度実績）
# --------------------------------------------------------------------------------------------

# Real: 津市総合計画 (基本構想 without a period, 第2次基本計画 2018–2027), 政策課, the 2006 merger of
# 10 市町村, 711.18km², 279,886人 (2015 census), 259,646人 (2027, forecast), 津観音, 専修寺, 津なぎさまち.
# Made up: the 施策, 観光振興課, every indicator, figure and note.
TS_ROWS = [
    ("1", "観光入込客数", "千人", 6512, 4120, 5380, 6200, "6,050※", 7000),
    (
        "2",
        "津なぎさまち（海上アクセス）の旅客数",
        "人",
        248600,
        121300,
        176400,
        200000,
        213500,
        260000,
    ),
    ("3", "市内宿泊者数", "人泊", 812400, 598200, 701300, 760000, "774,900※", 850000),
    ("4", "津観音・専修寺周辺の休日歩行者通行量", "人/日", "―", 3240, 3410, 3500, 3380, 4000),
]


def tsu() -> Path:
    wb, ws = _sheet("成果指標", [5, 40, 7, 13, 13, 13, 12, 12, 13])
    _text(
        ws, 1, 1, "津市総合計画 第2次基本計画　施策の成果指標（2023年度実績）", bold=True, size=13
    )
    _text(ws, 2, 9, "2024年（令和6年）8月　津市 政策課", align="right")
    ws.row_dimensions[1].height = 24
    _field(ws, 4, 9, "計画の名称", "津市総合計画（基本構想・第2次基本計画）")
    _field(
        ws,
        5,
        9,
        "計画期間",
        "基本構想：期間を定めない　／　第2次基本計画：2018（平成30）年度～2027年度（10年間）",
    )
    _field(ws, 6, 9, "施策", "3-4　観光・交流の推進")
    _field(ws, 7, 9, "主管課", "観光振興課")
    _field(
        ws,
        8,
        9,
        "施策の現状",
        "2006年1月1日に10市町村が合併した本市は、面積711.18km²と県内最大の市域をもちます。2015年の国勢調査人口は279,886人で、"
        "第2次基本計画の終了年度（2027年）には259,646人と見込んでいます。津観音や国宝の専修寺、中部国際空港と結ぶ津なぎさまちを生かし、"
        "交流人口の回復と拡大を図ります。",
        height=40,
    )
    _text(ws, 10, 1, "２　成果指標の状況", bold=True, size=11)
    h = 11
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n2016年度（H28）"),
            (9, "目標値\n2027年度（R9）"),
        ],
        [
            (5, 5, "2021年度（R3）", ["実績"]),
            (6, 6, "2022年度（R4）", ["実績"]),
            (7, 8, "2023年度（R5）", ["目標", "実績"]),
        ],
    )
    ws.row_dimensions[h].height = 28
    r = h + 2
    for no, name, unit, *vals in TS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, fmts={j: "#,##0" for j, v in enumerate(vals) if isinstance(v, int)})
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※　2023年度実績のうち「※」を付した数値は見込値です（確定値は2024年9月に公表予定）。",
            "　　No.1、No.3は三重県の観光統計の公表を待って確定します。",
            "※　No.4は2021年度（令和3年度）から調査を始めた指標のため、基準値はありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsu_shisaku_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八幡市 (京都府): まち・ひと・しごと創生総合戦略 KPIの実績（平成30年度）, a web page
# --------------------------------------------------------------------------------------------

# Real: 八幡市まち・ひと・しごと創生総合戦略 (平成28年2月策定), 政策推進部, 市制 1977年11月1日,
# 24.35km², 石清水八幡宮, 背割堤 (約1.4km), 流れ橋 (上津屋橋, 356.5m). Assumed: the strategy's period.
# Made up: the 基本目標's wording, the 施策, every KPI, figure and note.
YA_GROUPS = [
    (
        "(1)",
        "観光資源の魅力向上",
        [
            (
                "①",
                "背割堤さくらまつり期間中の来場者数",
                "千人",
                "420",
                "510",
                "380",
                "545",
                "550",
                "560",
            ),
            (
                "②",
                "八幡市観光協会ホームページのアクセス数",
                "件",
                "68,400",
                "92,100",
                "105,300",
                "118,700",
                "120,000",
                "126,000",
            ),
        ],
    ),
    (
        "(2)",
        "移住・定住の促進",
        [
            ("③", "市外からの転入者数", "人", "2,890", "2,760", "2,810", "2,905", "3,000", "2,950"),
            ("④", "空き家バンクの成約件数（累計）", "件", "0", "4", "9", "13", "15", "―"),
        ],
    ),
]


def yawata_html() -> str:
    rows = []
    for no, name, items in YA_GROUPS:
        for i, (label, kpi, unit, *vals) in enumerate(items):
            cells = []
            if i == 0:
                cells.append(f'<th scope="rowgroup" rowspan="{len(items)}">{no} {name}</th>')
            cells.append(f'<th scope="row">{label}{kpi}</th>')
            cells.append(f"<td>{unit}</td>")
            cells += [f'<td class="num">{v}</td>' for v in vals]
            rows.append("        <tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>八幡市まち・ひと・しごと創生総合戦略 KPIの実績（平成30年度）｜八幡市</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; font-size: 15px; margin: 1.5em; }}
  table {{ border-collapse: collapse; margin: 0.5em 0; }}
  th, td {{ border: 1px solid #888; padding: 0.3em 0.6em; }}
  thead th {{ background: #e8eef6; }}
  td.num {{ text-align: right; }}
  .breadcrumb {{ font-size: 13px; }}
  .breadcrumb li {{ display: inline; }}
  .breadcrumb li + li::before {{ content: " > "; }}
  .note {{ font-size: 13px; }}
</style>
</head>
<body>
<nav class="breadcrumb" aria-label="現在位置">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/keikaku/">計画・施策</a></li>
    <li>八幡市まち・ひと・しごと創生総合戦略 KPIの実績（平成30年度）</li>
  </ol>
</nav>
<main>
<h1>八幡市まち・ひと・しごと創生総合戦略 KPIの実績（平成30年度）</h1>
<p class="date">更新日：2019年9月26日　担当：政策推進部 政策推進課</p>
<p>本市は1977年（昭和52年）11月1日に市制を施行し、面積は24.35km²です。国宝・石清水八幡宮、約1.4kmにわたる背割堤の桜並木、
木津川に架かる長さ356.5mの流れ橋（上津屋橋）など、歴史と自然の資源に恵まれています。</p>
<p>平成28年2月に策定した「八幡市まち・ひと・しごと創生総合戦略」の重要業績評価指標（KPI）について、平成30年度の実績と令和元年度の見込みを取りまとめました。</p>
<h2>基本目標2　八幡市への新しい人の流れをつくる</h2>
<table>
  <thead>
    <tr>
      <th scope="col" rowspan="2">施策</th>
      <th scope="col" rowspan="2">KPI</th>
      <th scope="col" rowspan="2">単位</th>
      <th scope="col" rowspan="2">基準値<br>（H26）</th>
      <th scope="colgroup" colspan="3">実績値</th>
      <th scope="col" rowspan="2">目標値<br>（H31）</th>
      <th scope="col" rowspan="2">R元見込</th>
    </tr>
    <tr>
      <th scope="col">H28</th>
      <th scope="col">H29</th>
      <th scope="col">H30</th>
    </tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p class="note">※「R元見込」は、令和元年度（平成31年度）の見込値です。目標値（H31）と同じ年度の数値です。</p>
<p class="note">※①は背割堤さくらまつり（例年3月下旬～4月上旬）の期間中の来場者数（推計）です。</p>
<p class="note">※④の令和元年度見込は、現在集計中のため「―」としています。</p>
</main>
<footer><p>八幡市役所　〒614-8501 京都府八幡市八幡園内75</p></footer>
</body>
</html>
"""


def yawata() -> Path:
    path = HERE / "yawata_kpi_jisseki_h30.html"
    path.write_bytes(yawata_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (seki, tsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {komaki().name}")
    print(f"wrote {yawata().name}")


if __name__ == "__main__":
    main()
