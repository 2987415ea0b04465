"""Build the built documents of forms42/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sakai_senkogata_kekka_h27.xlsx``, a sheet in the manner of 坂井市 (福井県) 地方創生先行型
  事業実施結果報告 (**a KPI block `指標 | 指標値 | 単位 | 目標月` spanned by ⑤, a ⑥ 実績値 column with no
  period, `指標①`/`指標②` labels, 実績額 in whole 円 per program, a program whose KPI cells are `-`**, a
  `千円` unit), and from it ``sakai_senkogata_kekka_h27.pdf``;
* ``source/hamura_shisaku_hyoka_h29.xlsx``, a sheet in the manner of 羽村市 (東京都) 施策評価 (施策 fields,
  **bare 年度 columns with no 実績 word, targets as ranges `55～60` and `200以下`, a `―` survey year**, a
  計画事業 A/A/A grid), and from it ``hamura_shisaku_hyoka_h29.pdf``;
* ``source/sarufutsu_shuyo_seika_h28.xlsx``, a sheet in the manner of 猿払村 (北海道) 主要施策の成果説明書
  (基本目標 rows spanning the grid, 決算額 in 千円 per 事業, **a signed 前年度比 column, a printed
  達成状況**, a `千人` unit), and from it ``sarufutsu_shuyo_seika_h28.pdf``;
* ``towada_juten_mokuhyo_h28.html``, a page in the manner of 十和田市 (青森県) 各部等の重点目標
  (**a 期限 column holding a year and month per row, values carrying their units (`800カ所`, `約7,000基`)**).

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
    wb.properties.creator = "forms42/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms42/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms42_soffice_") as tmp:
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
# 坂井市 (福井県): 地方創生先行型 事業実施結果報告 — ⑤ KPI block with 目標月, ⑥ 実績値, 実績額 in 円
# --------------------------------------------------------------------------------------------

# Real (坂井市, expydoc copy of the report): the title, the column words ①–⑦, the programs 1–5 with
# their 交付金の種類, the amounts in 円 (assigned in the extract's order), every KPI name, value, unit,
# 目標月 and 実績値 below, and the evaluation word 地方創生に相当程度効果があった. Made up: the other
# evaluation words and the notes.
SAKAI = [
    # (No., 事業名, 種類, 実績額, [(指標, 指標名, 指標値, 単位, 目標月, 実績値)], 評価)
    (1, "坂井市総合戦略策定事業", "基礎交付", 9499000, [("-", "", "-", "-", "-", "-")], "-"),
    (
        2,
        "シティセールス事業",
        "基礎交付",
        1879000,
        [
            ("指標①", "首都圏での坂井市の認知度", 6, "%", "H28.3", 7.3),
            ("指標②", "情報連鎖が獲得できる番組誘致", 1, "番組", "H28.3", 1),
        ],
        "地方創生に相当程度効果があった",
    ),
    (
        3,
        "定住移住に向けた子育て支援事業",
        "基礎交付",
        43576000,
        [
            ("指標①", "県外から子どもがいる世帯が移住", 5, "世帯", "H28.3", 7),
            ("指標②", "第3子以上の妊娠届出数", 150, "件", "H28.3", 150),
        ],
        "地方創生に相当程度効果があった",
    ),
    (
        4,
        "新規就農者定住促進支援事業",
        "基礎交付",
        525000,
        [("指標①", "市内空き家を活用した新規就農者又は新規就農希望者", 2, "件", "H28.3", 4)],
        "地方創生に非常に効果があった",
    ),
    (
        5,
        "B-1グランプリ開催事業",
        "基礎交付",
        7400000,
        [
            ("指標①", "来場者数", 80000, "人", "H28.3", 77000),
            ("指標②", "地元経済効果", 100000, "千円", "H28.3", 96250),
        ],
        "地方創生に効果があった",
    ),
]


def sakai() -> Path:
    widths = [5, 22, 8, 13, 7, 30, 9, 7, 8, 11, 20]
    wb, ws = _sheet("結果報告", widths)
    _text(
        ws,
        1,
        1,
        "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）に係る事業実施結果報告",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "坂井市", align="right", size=10)
    h1, h2 = 4, 5
    for col, word in (
        (1, "①\nNo"),
        (2, "②\n交付対象事業の名称"),
        (3, "③\n交付金\nの種類"),
        (4, "④\n実績額\n（単位：円）"),
        (10, "⑥\n本事業終了後に\nおける実績値"),
        (11, "⑦\n事業の評価"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 5, 9, "⑤\n本事業における重要業績評価指標（KPI）", header=True)
    _span(ws, h2, 5, 6, "指標", header=True)
    for col, word in ((7, "指標値"), (8, "単位"), (9, "目標月")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 40
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for no, name, kind, amount, kpis, grade in SAKAI:
        top = r
        for label, kname, value, unit, month, actual in kpis:
            _put(ws, r, 5, label, align="center")
            _put(ws, r, 6, kname)
            fmt = "0.0" if isinstance(actual, float) else "#,##0"
            _put(ws, r, 7, value, fmt="#,##0", align="center" if value == "-" else None)
            _put(ws, r, 8, unit, align="center")
            _put(ws, r, 9, month, align="center")
            _put(ws, r, 10, actual, fmt=fmt, align="center" if actual == "-" else None)
            ws.row_dimensions[r].height = 24
            r += 1
        for col, v in ((1, no), (2, name), (3, kind), (4, amount), (11, grade)):
            _put(ws, top, col, v, align="center" if col in (1, 3) or v == "-" else None)
            for rr in range(top + 1, r):
                _put(ws, rr, col, None)
            if r - 1 > top:
                _merge(ws, top, col, r - 1, col)
    _text(
        ws,
        r + 1,
        1,
        "※「-」は、総合戦略の策定事業であり重要業績評価指標（KPI）を設定していないことを示す。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※実績値は、事業終了後に把握した数値である。地元経済効果の単位は千円。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "sakai_senkogata_kekka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 羽村市 (東京都): 施策評価（平成29年度） — bare 年度 columns, range and 以下 targets, 計画事業 grid
# --------------------------------------------------------------------------------------------

# Real (羽村市 施策評価（平成29年度）, pdfslide copy): 施策27「都市基盤整備」, 基本目標 ひとと環境に
# やさしい安全で快適なまち, 基本施策 自然と調和した安全で快適な都市の形成, the 基本方針 sentence, the
# four 計画事業 with A/A/A and レベルアップ, 7事業. Made up: 主管課, every indicator and figure, notes.
HAMURA_ROWS = [
    # (No., 指標名, 単位, 基準値 H24, H27, H28, H29, 目標 H33)
    (1, "都市計画道路の整備率", "%", 61.2, 63.0, 63.8, 64.5, "70.0以上"),
    (
        2,
        "羽村駅西口土地区画整理事業の進捗率（事業費ベース）",
        "%",
        38.5,
        44.1,
        46.9,
        49.2,
        "55～60",
    ),
    (3, "良好な住環境が整っていると感じる市民の割合", "%", 58.3, 60.7, "―", 62.4, 65.0),
    (4, "市内の交通事故発生件数", "件", 268, 231, 219, 204, "200以下"),
    (5, "市民一人当たりの都市公園面積", "㎡", 6.82, 6.95, 6.95, 7.02, 7.50),
]
HAMURA_PLANS = [
    "計画的な事業の推進（羽村駅西口土地区画整理事業の推進）",
    "良好な居住環境の整備（羽村駅西口土地区画整理事業の推進）",
    "都市計画道路の整備（羽村駅西口土地区画整理事業の推進）",
    "優先整備地区事業の推進（羽村駅西口土地区画整理事業の推進）",
]


def hamura() -> Path:
    widths = [5, 36, 6, 11, 10, 10, 10, 11]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "施策評価（平成29年度）", bold=True, size=14)
    _text(ws, 2, 8, "羽村市", align="right", size=10)
    fields = [
        ("施策", "27　都市基盤整備"),
        ("基本目標", "ひとと環境にやさしい安全で快適なまち"),
        ("基本施策", "自然と調和した安全で快適な都市の形成"),
        (
            "基本方針",
            "駅周辺を中心とした都市基盤整備を進め、快適でうるおいのある良好な居住環境および、にぎわいと活力ある中心市街地の創出を図ります。",
        ),
        ("主管課", "都市計画課"),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 30 if key == "基本方針" else 18
        r += 1
    _text(ws, r + 1, 1, "１　施策指標の推移", bold=True, size=10)
    h = r + 2
    for col, word in enumerate(
        [
            "No.",
            "指標名",
            "単位",
            "基準値\n（平成24年度）",
            "平成27年度",
            "平成28年度",
            "平成29年度",
            "目標値\n（平成33年度）",
        ],
        start=1,
    ):
        _put(ws, h, col, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, a27, a28, a29, target in HAMURA_ROWS:
        fmt = "0.00" if unit == "㎡" else ("0.0" if unit == "%" else "#,##0")
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for col, v in ((4, base), (5, a27), (6, a28), (7, a29), (8, target)):
            _put(ws, r, col, v, fmt=fmt, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    _text(
        ws,
        r,
        1,
        "※No.3は市民意識調査（隔年実施）による。平成28年度は調査を実施していないため「―」。",
        size=8,
    )
    _text(ws, r + 1, 1, "※No.2の目標値は、事業計画の変更を踏まえ幅で示している。", size=8)
    r += 3
    _text(ws, r, 1, "２　計画事業の評価", bold=True, size=10)
    h = r + 1
    _span(ws, h, 1, 4, "計画事業名", header=True)
    for col, word in (
        (5, "妥当性\n（必要性）"),
        (6, "効率性\n（手法）"),
        (7, "有効性\n（成果）"),
        (8, "今後の\n方向性"),
    ):
        _put(ws, h, col, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name in HAMURA_PLANS:
        _span(ws, r, 1, 4, name)
        for col in (5, 6, 7):
            _put(ws, r, col, "A", align="center")
        _put(ws, r, 8, "レベルアップ", align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "施策27「都市基盤整備」では、7事業について評価を実施した（うち4事業を掲載）。",
        size=9,
    )
    _page(ws, "portrait")
    path = SOURCE / "hamura_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 猿払村 (北海道): 主要施策の成果説明書 — 基本目標 rows, 決算額, 前年度比, 達成状況
# --------------------------------------------------------------------------------------------

# Real (猿払村まち・ひと・しごと創生総合戦略, 平成28年3月, paperzz copy): the strategy's period
# (平成27～31年度) and the wording of 基本目標1 and 2. Made up: the 成果説明書, every 事業, 担当課,
# 決算額, indicator, figure, 前年度比 and 達成状況.
SARUFUTSU = [
    (
        "基本目標１　猿払の産業の維持・発展により雇用を創出する",
        [
            (
                "漁業担い手育成支援事業",
                "産業課",
                4820,
                [("新規漁業就業者数", "人", 3, 4, 4, "+1", "達成")],
            ),
            (
                "酪農ヘルパー利用促進事業",
                "産業課",
                12650,
                [
                    ("酪農ヘルパー利用日数", "日", 1180, 1250, 1212, "+32", "未達成"),
                    ("酪農ヘルパー登録者数", "人", 9, 10, 8, "△1", "未達成"),
                ],
            ),
        ],
    ),
    (
        "基本目標２　猿払ならではの魅力を活かして、人を惹きつけ人を呼び込む",
        [
            (
                "観光振興事業",
                "企画政策課",
                23104,
                [("観光入込客数", "千人", 38.6, 40.0, 41.2, "+2.6", "達成")],
            ),
            (
                "ふるさと納税推進事業",
                "企画政策課",
                86372,
                [("ふるさと納税寄附件数", "件", 2312, 3000, 2874, "+562", "未達成")],
            ),
        ],
    ),
]


def sarufutsu() -> Path:
    widths = [24, 11, 12, 28, 6, 11, 11, 11, 9, 9]
    wb, ws = _sheet("主要施策の成果", widths)
    _text(ws, 1, 1, "平成28年度　主要施策の成果説明書", bold=True, size=14)
    _text(ws, 2, 10, "猿払村", align="right", size=10)
    _text(
        ws,
        3,
        1,
        "猿払村まち・ひと・しごと創生総合戦略（平成27年度～平成31年度）に位置付けた主な事業の成果",
        size=9,
    )
    h = 5
    for col, word in enumerate(
        [
            "事業名",
            "担当課",
            "決算額\n（千円）",
            "成果指標",
            "単位",
            "平成27年度\n実績",
            "平成28年度\n目標",
            "平成28年度\n実績",
            "前年度比",
            "達成状況",
        ],
        start=1,
    ):
        _put(ws, h, col, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for goal, programs in SARUFUTSU:
        cell = _span(ws, r, 1, 10, goal, bold=True)
        cell.fill = LIGHT
        ws.row_dimensions[r].height = 18
        r += 1
        for name, dept, money, rows in programs:
            top = r
            for ind, unit, a27, t28, a28, diff, state in rows:
                fmt = "0.0" if unit == "千人" else "#,##0"
                _put(ws, r, 4, ind)
                _put(ws, r, 5, unit, align="center")
                for col, v in ((6, a27), (7, t28), (8, a28)):
                    _put(ws, r, col, v, fmt=fmt)
                _put(ws, r, 9, diff, align="right")
                _put(ws, r, 10, state, align="center")
                ws.row_dimensions[r].height = 22
                r += 1
            for col, v in ((1, name), (2, dept), (3, money)):
                _put(ws, top, col, v, align="center" if col == 2 else None)
                for rr in range(top + 1, r):
                    _put(ws, rr, col, None)
                if r - 1 > top:
                    _merge(ws, top, col, r - 1, col)
    _text(ws, r, 1, "※前年度比は、平成28年度実績と平成27年度実績との差（△は減）。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※達成状況は、平成28年度実績が平成28年度目標以上のものを「達成」としている。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "sarufutsu_shuyo_seika_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 十和田市 (青森県): 平成28年度 各部等の重点目標 — 期限 column, values carrying units
# --------------------------------------------------------------------------------------------

# Real (広報とわだ p02-03, expydoc copy): the 重点目標 headings 少子高齢化・人口減少対策, 市民サービスの
# 向上, 時代に合った地域をつくり、地域連携を図りながら、安全安心なくらしを守る, and their 目標値 (移住者
# 30世帯90人, 支援補助5件, 800カ所の街区表示板 by 平成29年3月, 2地区, 約7,000基). Made up: the 達成状況
# page, the split of 移住者 into two rows, the 期限 of the other rows, every 実績 and 担当課.
TOWADA = [
    (
        "少子高齢化・人口減少対策",
        [
            (
                "住宅購入等助成制度を活用した移住世帯数",
                "30世帯",
                "平成29年3月",
                "24世帯",
                "政策財政課",
            ),
            ("住宅購入等助成制度を活用した移住者数", "90人", "平成29年3月", "71人", "政策財政課"),
            ("出会い・結婚活動の支援補助件数", "5件", "平成29年3月", "6件", "政策財政課"),
        ],
    ),
    (
        "市民サービスの向上",
        [("街区表示板の更新箇所数", "800カ所", "平成29年3月", "812カ所", "まちづくり支援課")],
    ),
    (
        "時代に合った地域をつくり、地域連携を図りながら、安全安心なくらしを守る",
        [
            (
                "新たな地域コミュニティの立ち上げ地区数",
                "2地区",
                "平成29年3月",
                "2地区",
                "まちづくり支援課",
            ),
            (
                "防犯灯・街路灯のLED化基数",
                "約7,000基",
                "平成29年3月",
                "6,850基",
                "まちづくり支援課",
            ),
        ],
    ),
]


def towada_html() -> str:
    rows = []
    for goal, items in TOWADA:
        for i, (name, target, due, actual, dept) in enumerate(items):
            head = f'<td rowspan="{len(items)}">{goal}</td>' if i == 0 else ""
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="r">{target}</td><td class="c">{due}</td><td class="r">{actual}</td><td>{dept}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成28年度　各部等の重点目標の達成状況｜十和田市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>平成28年度　各部等の重点目標の達成状況</h1>
<p>今年度の市政運営方針に沿って掲げた「平成28年度における各部等の重点目標」の中で、最も重要な項目について、平成28年度末の達成状況をお知らせします。</p>
<h2>重点目標の目標値と実績</h2>
<table>
<thead>
<tr><th>重点目標</th><th>目標項目</th><th>目標値</th><th>期限</th><th>平成28年度実績</th><th>担当課</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※防犯灯・街路灯のLED化は、リース方式により平成28年度に一括して実施しました（事業費 年額 48,600千円）。</p>
<p class="note">※移住世帯数・移住者数は、住宅購入等助成制度の交付決定ベースです。</p>
</body>
</html>
"""


def towada() -> Path:
    path = HERE / "towada_juten_mokuhyo_h28.html"
    path.write_bytes(towada_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sakai, hamura, sarufutsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {towada().name}")


if __name__ == "__main__":
    main()
