"""Build the forms479 corpus: four KPI tables re-typed in the manner of four municipalities.

* ``ichikawa_juten_program_r3.pdf``  from ``source/ichikawa_juten_program_r3.xlsx`` (市川市, landscape)
* ``wako_senryaku_kpi_h30.html``      (和光市, a web page)
* ``koumi_senryaku_kensho_r5.pdf``    from ``source/koumi_senryaku_kensho_r5.xlsx`` (小海町, portrait)
* ``kozushima_jimujigyo_r6.pdf``      from ``source/kozushima_jimujigyo_r6.xlsx`` (神津島村, portrait)

Run ``/work/venv/bin/python build.py``; ``--no-pdf`` writes the XLSX and HTML only. The PDFs are
converted with LibreOffice (``soffice --headless --convert-to pdf``); without ``soffice`` that step
is skipped with a message. XLSX and HTML are byte-stable: fixed workbook dates and fixed zip
member dates.
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
SRC = HERE / "source"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SHADE = PatternFill("solid", fgColor="EDEDED")


# ---------------------------------------------------------------- workbook helpers


def _book(title: str, widths: list[float], landscape: bool):
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms479"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    return wb, ws


def _cell(
    ws,
    row,
    col,
    value,
    *,
    bold=False,
    size=9,
    h="left",
    v="center",
    wrap=True,
    box=False,
    fill=None,
    rot=None,
):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rot or 0)
    if box:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    return c


def _merge(ws, r1, c1, r2, c2, value, **kw):
    """Write value into the top-left cell, box every cell of the range, then merge."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(row=r, column=c)
            if kw.get("box"):
                cell.border = BOX
            if kw.get("fill") is not None:
                cell.fill = kw["fill"]
    _cell(ws, r1, c1, value, **kw)
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _head(ws, row, col, value, r2=None, c2=None):
    _merge(
        ws,
        row,
        col,
        r2 or row,
        c2 or col,
        value,
        bold=True,
        h="center",
        box=True,
        fill=HEAD_FILL,
        size=8,
    )


def _val(ws, row, col, value, h="right", fill=None):
    _cell(ws, row, col, value, h=h, box=True, fill=fill, size=9)


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates and a fixed dcterms:modified."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in sorted(members, key=lambda m: m[0] != "[Content_Types].xml"):
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms479_soffice_") as tmp:
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


def _notes(ws, row, c1, c2, lines, size=8):
    for i, line in enumerate(lines):
        _merge(ws, row + i, c1, row + i, c2, line, size=size)
    return row + len(lines)


# ---------------------------------------------------------------- 市川市 (landscape PDF)

ICHIKAWA_ROWS = [
    # (重点項目 or None, No., 指標, 単位, 基準値, 1年目目標, 1年目実績, 2年目目標, 2年目実績, 3年目目標, 対前年度増減)
    (
        "１　子育て・教育の充実",
        "1",
        "保育所等の待機児童数",
        "人",
        "54",
        "30",
        "16",
        "0",
        "0",
        "0",
        "△16",
    ),
    (
        None,
        "2",
        "放課後保育クラブの定員",
        "人",
        "4,620",
        "4,700",
        "4,735",
        "4,800",
        "4,780",
        "4,900",
        "＋45",
    ),
    (
        "２　安全・安心なまちづくり",
        "3",
        "防犯カメラの設置台数（市設置分）",
        "台",
        "1,085",
        "1,150",
        "1,162",
        "1,250",
        "1,268",
        "1,350",
        "＋106",
    ),
    (
        "３　まちの魅力と活力の向上",
        "4",
        "市内の主な観光施設等の利用者数",
        "※1",
        "2,184.5",
        "2,250.0",
        "1,102.3",
        "1,700.0",
        "1,498.6",
        "2,250.0",
        "＋396.3",
    ),
    (None, "5", "市川の梨の販売促進イベントの開催回数", "回", "6", "6", "―", "6", "3", "6", "―"),
]


def ichikawa() -> Path:
    widths = [20, 5, 30, 6, 9, 9, 9, 9, 9, 9, 11]
    wb, ws = _book("重点推進プログラム進捗", widths, landscape=True)
    n = len(widths)
    _merge(
        ws,
        1,
        1,
        1,
        n,
        "市川市総合計画「I&Iプラン21」重点推進プログラム　進捗状況報告（令和３年度実績）",
        bold=True,
        size=14,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    _merge(ws, 2, 1, 2, n, "令和4年8月　市川市 企画部 企画課", size=9, h="right")
    fields = [
        ("計画の名称", "市川市総合計画「I&Iプラン21」重点推進プログラム"),
        ("計画期間", "令和2年度～令和4年度（3年間）"),
        ("担当課", "企画部　企画課"),
        (
            "計画の位置づけ",
            "第二次基本計画が令和2年度に計画期間満了となることから、令和3～4年度の2年間を次期計画の見極めの期間とし、第二次基本計画の残る令和2年度を加えた3年間は、"
            "本プログラムが実施計画を代替して事業を推進する。将来都市像は「ともに築く　自然とやさしさがあふれる　文化のまち　いちかわ」。"
            "本市の人口は491,209人、世帯数は249,252世帯（令和3年2月28日現在、住民基本台帳）。",
        ),
    ]
    r = 4
    for k, v in fields:
        _merge(ws, r, 1, r, 2, k, bold=True, box=True, fill=SHADE, size=9)
        _merge(ws, r, 3, r, n, v, box=True, size=9)
        ws.row_dimensions[r].height = 42 if len(v) > 60 else 17
        r += 1
    r += 1
    _merge(ws, r, 1, r, n, "■重点項目別の指標の進捗", bold=True, size=11)
    r += 1
    _merge(
        ws,
        r,
        1,
        r,
        n,
        "※表中の「1年目」は令和2年度、「2年目」は令和3年度、「3年目」は令和4年度を指します。基準値は令和元年度の値です。",
        size=8,
    )
    r += 1
    h1, h2 = r, r + 1
    _head(ws, h1, 1, "重点項目", h2, 1)
    _head(ws, h1, 2, "No.", h2, 2)
    _head(ws, h1, 3, "指標", h2, 3)
    _head(ws, h1, 4, "単位", h2, 4)
    _head(ws, h1, 5, "基準値", h2, 5)
    _head(ws, h1, 6, "1年目", h1, 7)
    _head(ws, h1, 8, "2年目", h1, 9)
    _head(ws, h1, 10, "3年目", h1, 10)
    _head(ws, h1, 11, "対前年度増減\n（2年目実績－1年目実績）", h2, 11)
    for c, t in zip(range(6, 11), ["目標", "実績", "目標", "実績", "目標"]):
        _head(ws, h2, c, t)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    starts = [i for i, row in enumerate(ICHIKAWA_ROWS) if row[0]]
    for i, row in enumerate(ICHIKAWA_ROWS):
        if row[0]:
            nxt = next((s for s in starts if s > i), len(ICHIKAWA_ROWS))
            _merge(ws, r, 1, r + (nxt - i) - 1, 1, row[0], box=True, size=9, v="center")
        _val(ws, r, 2, row[1], h="center")
        _val(ws, r, 3, row[2], h="left")
        _val(ws, r, 4, row[3], h="center")
        for c, x in zip(range(5, 12), row[4:]):
            _val(ws, r, c, x, h="center" if x == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    r = _notes(
        ws,
        r,
        1,
        n,
        [
            "※1　No.4の単位は千人（年間の利用者数）。市内の主な観光施設等12施設の合計です。",
            "※　No.5の1年目は、新型コロナウイルス感染症の拡大防止のためイベントを開催していません。",
            "※　「対前年度増減」は参考として2年目実績から1年目実績を差し引いたものです。△は減少を表します。",
        ],
    )
    path = SRC / "ichikawa_juten_program_r3.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 小海町 (portrait PDF, two grids)

KOUMI_GOALS = [
    (
        "基本目標１　「しごと」をつくり、安心して働ける町",
        "町内事業所の従業者数",
        "人",
        "1,620",
        "1,584",
        "1,650",
    ),
    ("基本目標２　小海町への新しい人の流れをつくる", "転入者数（年間）", "人", "142", "151", "160"),
    ("基本目標３　結婚・出産・子育ての希望をかなえる", "年間出生数", "人", "28", "19", "30"),
]
KOUMI_KPI = [
    ("しごとづくり", "新規就農者数", "人", "2", "1", "3", "2", "4", "3", "3"),
    (None, "町内での創業件数", "件", "1", "0", "2", "1", "1", "2", "2"),
    (
        "ひとの流れ",
        "松原湖周辺の観光入込客数",
        "千人",
        "212.4",
        "98.7",
        "131.2",
        "176.5",
        "205.3",
        "200.0",
        "220.0",
    ),
    (None, "移住相談件数", "件", "３５", "４１", "５８", "６２", "７０", "６０", "６５"),
]


def koumi() -> Path:
    widths = [7, 24, 6, 9, 8, 8, 8, 8, 9, 9]
    wb, ws = _book("効果検証シート", widths, landscape=False)
    n = len(widths)
    _merge(
        ws,
        1,
        1,
        1,
        n,
        "第２期小海町まち・ひと・しごと創生総合戦略\n効果検証シート（令和５年度）",
        bold=True,
        size=13,
        h="center",
    )
    ws.row_dimensions[1].height = 40
    _merge(ws, 2, 1, 2, n, "令和6年9月　小海町 総務課", size=9, h="right")
    fields = [
        ("戦略の名称", "第２期小海町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総務課　企画係"),
        (
            "町の概要",
            "昭和31年9月に北牧村と小海村が合併し、翌年4月に東馬流を編入して現在の小海町となった。北八ヶ岳と奥秩父山塊の間に東西に細長く、"
            "中央を千曲川が流れる。松原湖をはじめとする湖沼と高原野菜の産地として知られ、人口は約5,000人。",
        ),
    ]
    r = 4
    for k, v in fields:
        _merge(ws, r, 1, r, 2, k, bold=True, box=True, fill=SHADE, size=9)
        _merge(ws, r, 3, r, n, v, box=True, size=9)
        ws.row_dimensions[r].height = 56 if len(v) > 60 else 17
        r += 1
    r += 1
    _merge(ws, r, 1, r, n, "１　数値目標（基本目標）", bold=True, size=11)
    r += 1
    _head(ws, r, 1, "基本目標", r, 2)
    _head(ws, r, 3, "数値目標", r, 5)
    _head(ws, r, 6, "単位")
    _head(ws, r, 7, "基準値\n（H30）", r, 7)
    _head(ws, r, 8, "実績値\n（R5）")
    _head(ws, r, 9, "目標値\n（R6）", r, 10)
    ws.row_dimensions[r].height = 28
    r += 1
    for g in KOUMI_GOALS:
        _merge(ws, r, 1, r, 2, g[0], box=True, size=9)
        _merge(ws, r, 3, r, 5, g[1], box=True, size=9)
        _val(ws, r, 6, g[2], h="center")
        _val(ws, r, 7, g[3])
        _val(ws, r, 8, g[4])
        _merge(ws, r, 9, r, 10, g[5], box=True, size=9, h="right")
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    _merge(ws, r, 1, r, n, "２　重要業績評価指標（KPI）", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    _head(ws, h1, 1, "基本\n目標", h2, 1)
    _head(ws, h1, 2, "KPI", h2, 2)
    _head(ws, h1, 3, "単位", h2, 3)
    _head(ws, h1, 4, "基準値\n（H30）", h2, 4)
    _head(ws, h1, 5, "実績値", h1, 8)
    for c, t in zip(range(5, 9), ["R2", "R3", "R4", "R5"]):
        _head(ws, h2, c, t)
    _head(ws, h1, 9, "R5目標", h2, 9)
    _head(ws, h1, 10, "目標値\n（R6）", h2, 10)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for k in KOUMI_KPI:
        if k[0]:
            _merge(ws, r, 1, r + 1, 1, k[0], box=True, size=10, h="center", v="center", rot=255)
        _val(ws, r, 2, k[1], h="left")
        _val(ws, r, 3, k[2], h="center")
        for c, x in zip(range(4, 11), k[3:]):
            _val(ws, r, c, x)
        ws.row_dimensions[r].height = 44
        r += 1
    r = _notes(
        ws,
        r,
        1,
        n,
        [
            "※　数値目標・KPIの年度はいずれも会計年度（4月～翌年3月）です。",
            "※　観光入込客数は長野県「観光地利用者統計調査」によります。",
        ],
    )
    path = SRC / "koumi_senryaku_kensho_r5.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 神津島村 (portrait PDF, 事務事業評価シート)

KOZU_ROWS = [
    # 区分, 指標名, 単位, R3 (計画, 実績, 達成率), R4 (...), R5 (...), R6計画
    (
        "活動指標",
        "星空観察ツアーの開催回数",
        "回",
        "24",
        "18",
        "75.0%",
        "30",
        "31",
        "103.3%",
        "36",
        "38",
        "105.6%",
        "40",
    ),
    (
        "活動指標",
        "光害対策型照明への改修数",
        "基",
        "20",
        "20",
        "100.0%",
        "25",
        "25",
        "100.0%",
        "25",
        "19",
        "76.0%",
        "15",
    ),
    (
        "成果指標",
        "星空観察ツアー参加者数",
        "人",
        "300",
        "214",
        "71.3%",
        "450",
        "468",
        "104.0%",
        "600",
        "655",
        "109.2%",
        "700",
    ),
    (
        "成果指標",
        "来島者数（年間）",
        "千人",
        "38.0",
        "31.5",
        "82.9%",
        "40.0",
        "42.8",
        "107.0%",
        "45.0",
        "44.1",
        "98.0%",
        "46.0",
    ),
]


def kozushima() -> Path:
    widths = [8, 22, 5, 6, 6, 7, 6, 6, 7, 6, 6, 7, 7]
    wb, ws = _book("事務事業評価R6", widths, landscape=False)
    n = len(widths)
    _merge(
        ws,
        1,
        1,
        1,
        n,
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        bold=True,
        size=13,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    _merge(ws, 2, 1, 2, n, "神津島村", size=9, h="right")
    fields = [
        ("事務事業名", "星空観光推進事業"),
        ("担当課", "産業観光課"),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の目的・概要",
            "神津島は東京都心の南西約178kmに位置し、面積は18.58km²。2020年（令和2年）、東京都で初めて星空保護区に認定された。"
            "天上山（標高572m）や前浜での星空観察ツアーの開催と、村内の屋外照明の光害対策型への改修を進め、星空を生かした観光による来島者の増加を図る。",
        ),
    ]
    r = 4
    for k, v in fields:
        _merge(ws, r, 1, r, 2, k, bold=True, box=True, fill=SHADE, size=9)
        _merge(ws, r, 3, r, n, v, box=True, size=9)
        ws.row_dimensions[r].height = 56 if len(v) > 60 else 17
        r += 1
    r += 1
    _merge(ws, r, 1, r, n, "１　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    _head(ws, r, 1, "区分", r, 2)
    for c1, t in zip((3, 6, 9), ("R3年度（決算）", "R4年度（決算）", "R5年度（決算）")):
        _head(ws, r, c1, t, r, c1 + 2)
    _head(ws, r, 12, "R6年度（予算）", r, 13)
    r += 1
    for label, vals in (
        ("事業費", ("4,820", "5,150", "6,300", "5,900")),
        ("うち都補助金", ("2,400", "2,575", "3,150", "2,950")),
    ):
        _merge(ws, r, 1, r, 2, label, box=True, size=9)
        for (c1, c2), x in zip(((3, 5), (6, 8), (9, 11), (12, 13)), vals):
            _merge(ws, r, c1, r, c2, x, box=True, size=9, h="right")
        r += 1
    r += 1
    _merge(ws, r, 1, r, n, "２　指標", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    _head(ws, h1, 1, "区分", h2, 1)
    _head(ws, h1, 2, "指標名", h2, 2)
    _head(ws, h1, 3, "単位", h2, 3)
    for c1, t in zip((4, 7, 10), ("R3年度", "R4年度", "R5年度")):
        _head(ws, h1, c1, t, h1, c1 + 2)
        for c, s in zip(range(c1, c1 + 3), ("計画", "実績", "達成率")):
            _head(ws, h2, c, s)
    _head(ws, h1, 13, "R6年度")
    _head(ws, h2, 13, "計画")
    r = h2 + 1
    for row in KOZU_ROWS:
        _val(ws, r, 1, row[0], h="center")
        _val(ws, r, 2, row[1], h="left")
        _val(ws, r, 3, row[2], h="center")
        for c, x in zip(range(4, 14), row[3:]):
            _val(ws, r, c, x, fill=SHADE if c in (6, 9, 12) else None)
        ws.row_dimensions[r].height = 30
        r += 1
    r = _notes(
        ws,
        r,
        1,
        n,
        [
            "※　達成率＝実績÷計画（網掛けの列）。",
            "※　R3年度は緊急事態宣言の期間中、ツアーの開催を見合わせました。",
            "※　来島者数は船舶・航空機の乗降客数から算出した年度の値です。",
        ],
    )
    r += 1
    _merge(ws, r, 1, r, 2, "総合評価", bold=True, box=True, fill=SHADE, size=9)
    _merge(ws, r, 3, r, n, "Ｂ（概ね順調に進んでいる）", box=True, size=9)
    path = SRC / "kozushima_jimujigyo_r6.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 和光市 (HTML)

WAKO_GOALS = [
    (
        "基本目標1　和光市で働き、和光市で過ごす",
        [
            ("市内事業所の従業者数", "人", "36,420", ("36,880", "37,150", "37,510"), "38,000", ""),
            (
                "和光市駅周辺の歩行者通行量（休日）",
                "人/日",
                "28,400",
                ("29,100", "―", "30,250"),
                "31,000",
                "平成29年度は調査を実施していません",
            ),
        ],
    ),
    (
        "基本目標2　和光市で産み、育てる",
        [
            (
                "年少人口（0～14歳）",
                "人",
                "11,205",
                ("11,290", "11,352", "11,318"),
                "11,500",
                "各年度末（3月31日）現在の住民基本台帳人口",
            ),
            (
                "子育て世代包括支援センターの相談件数",
                "件",
                "―",
                ("1,820", "2,104", "2,390"),
                "2,500",
                "平成28年4月開設",
            ),
        ],
    ),
    (
        "基本目標3　だれもが住み続けたいまち",
        [
            (
                "市民意識調査で「住み続けたい」と答えた市民の割合",
                "％",
                "72.8",
                ("―", "74.1", "―"),
                "80.0以上",
                "市民意識調査は隔年実施",
            ),
        ],
    ),
]


def wako_html() -> str:
    rows = []
    for goal, items in WAKO_GOALS:
        rows.append(
            f'      <tr class="goal">\n        <th colspan="8" scope="rowgroup">{goal}</th>\n      </tr>'
        )
        for name, unit, base, acts, target, note in items:
            cells = "".join(f"<td>{x}</td>" for x in (unit, base, *acts, target, note))
            rows.append(f'      <tr>\n        <th scope="row">{name}</th>{cells}\n      </tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>和光市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の達成状況（平成30年度） | 和光市</title>
<style>
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #666; padding: 4px 6px; }}
  td {{ text-align: right; }}
  tr.goal th {{ background: #e8eef7; text-align: left; }}
</style>
</head>
<body>
<header><p class="site">和光市 City of Wako</p></header>
<nav aria-label="パンくずリスト">
  <ol class="breadcrumb">
    <li><a href="/">ホーム</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/keikaku/">計画・政策</a></li>
    <li>和光市まち・ひと・しごと創生総合戦略 KPIの達成状況（平成30年度）</li>
  </ol>
</nav>
<main>
<h1>和光市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況（平成30年度）</h1>
<p class="date">更新日：2019年10月15日　担当：企画部 政策課</p>
<p>和光市は昭和45年（1970年）に市制を施行し、埼玉県の最南端、東京都心から北西へ約19kmに位置する面積11.04km²のまちです。
平成28年2月29日に策定した「和光市まち・ひと・しごと創生総合戦略」では、基本目標ごとに重要業績評価指標（KPI）を定めています。
このページでは、平成30年度までの実績をお知らせします。</p>
<dl class="plan">
  <dt>計画の名称</dt><dd>和光市まち・ひと・しごと創生総合戦略</dd>
  <dt>計画期間</dt><dd>平成27年度～平成31年度（5年間）</dd>
  <dt>担当課</dt><dd>企画部 政策課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<p>表中の「―」は、その年度に数値がないことを表します。</p>
<table class="kpi">
  <thead>
    <tr>
      <th rowspan="2" scope="col">KPI</th>
      <th rowspan="2" scope="col">単位</th>
      <th rowspan="2" scope="col">基準値<br>（平成26年度）</th>
      <th colspan="3" scope="colgroup">実績値</th>
      <th rowspan="2" scope="col">目標値<br>（平成31年度）</th>
      <th rowspan="2" scope="col">備考</th>
    </tr>
    <tr>
      <th scope="col">平成28年度</th>
      <th scope="col">平成29年度</th>
      <th scope="col">平成30年度</th>
    </tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p class="contact">お問い合わせ：企画部 政策課 政策担当</p>
</main>
<footer><p>&copy; Wako City</p></footer>
</body>
</html>
"""


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    (HERE / "wako_senryaku_kpi_h30.html").write_text(wako_html(), encoding="utf-8", newline="\n")
    for make in (ichikawa, koumi, kozushima):
        xlsx = make()
        if pdf:
            to_pdf(xlsx)
    print("built forms479")


if __name__ == "__main__":
    main()
