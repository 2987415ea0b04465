"""Build the documents of forms337/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/satte_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI進捗状況 in the manner of 幸手市 (埼玉県): form
  fields over a grid whose actual years are written **with the era only in the first cell**
  (``令和2年度 | 3年度 | 4年度 | 5年度``), a ``―`` for a census year that has no figure, and a KPI
  named ``…件数`` whose unit is ``人``; and the PDF (portrait);
* ``source/sodegaura_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 袖ケ浦市 (千葉県):
  a two-row header (``令和3年度`` … ``令和5年度`` each over ``目標 | 実績``) with **no 単位 column: the
  units stand on one line above the grid, keyed by No.** (``No.1 千人`` …), and cells of a KPI begun
  later struck through with a diagonal line; and the PDF (landscape);
* ``source/ayase_senryaku_pj_r5.xlsx``, a 総合計画 戦略プロジェクト進捗管理シート in the manner of 綾瀬市
  (神奈川県): a one-row header whose **中間目標（R7） column stands right of the 最終目標（R12）**, a
  baseline cell that carries its own older year (``41,260（H28）``) and a ``―`` baseline; and the PDF
  (portrait);
* ``kiyose_machizukuri_shihyo_r5.html``, a 長期総合計画 まちづくり指標 page in the manner of 清瀬市
  (東京都): a two-row ``<thead>`` whose target column is headed **``10年後の姿（R7）``** (the plan's own
  word, explained in the lead), ``<th>`` 施策 cells, and **an actual cell that adds a reference figure
  under the value, ``12,870<br><small>（参考：旧集計方法 14,210）</small>``**.

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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalDown=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms337/build.py"
    wb.properties.lastModifiedBy = "forms337/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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


def _fields(ws, r, fields, last_col, tall=("市の現状", "施策の現状", "市の概要")):
    """Form fields: the label over columns 1-2, the value over the rest."""
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, last_col, value, align="left")
        ws.row_dimensions[r].height = 46 if label in tall else 18
        r += 1
    return r


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


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
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)",
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms337_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, size=9) -> None:
    for j, v in enumerate(vals):
        if isinstance(v, (int, float)):
            _put(ws, r, c0 + j, v, size=size)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right", size=size)


# --------------------------------------------------------------------------------------------
# 幸手市 (埼玉県): 第2期幸手市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its period 令和元年度～令和7年度 (8年間) and its 42 KPI (blog of a 幸手市
# councillor on the 令和5年度 評価); the 基本目標1 wording; the R5 actuals and targets of 市内従業者数
# (17,692 / 19,100), 市内企業数 (1,138 / 1,075), 空き店舗活用数 (6 / 3), ふるさとハローワーク幸手 (1,401 /
# 2,700人) and 認定農業者数 (42 / 38経営体); 33.93km², 48,537人 (2024-11-01), 1986年市制, 権現堂堤.
# Made up: the 課, the baselines, the R2-R4 actuals, the notes.
SA_ROWS = [
    ("1", "市内従業者数", "人", [18210, "―", 17480, 17530, 17692, 19100]),
    ("2", "市内企業数（法人市民税均等割納税義務者数）", "社", [1052, 1061, 1089, 1120, 1138, 1075]),
    ("3", "空き店舗活用数（累計）", "件", [0, 1, 2, 4, 6, 3]),
    (
        "4",
        "ふるさとハローワーク幸手による就職斡旋件数（累計）",
        "人",
        [0, 298, 652, 1034, 1401, 2700],
    ),
    ("5", "認定農業者数", "経営体", [35, 36, 38, 40, 42, 38]),
]


def satte() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 7, 10, 9, 9, 9, 9, 10])
    _text(
        ws,
        1,
        1,
        "第2期幸手市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和６年８月　幸手市総合政策部政策調整課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("戦略の名称", "第2期幸手市まち・ひと・しごと創生総合戦略"),
            ("計画期間", "令和元年度～令和7年度（8年間）"),
            ("担当課", "政策調整課"),
            (
                "市の現状",
                "本市は昭和61年（1986年）に市制を施行し、面積は33.93km²、人口は48,537人（2024年11月1日現在の推計人口）です。"
                "権現堂堤の約1,000本の桜をはじめ、四季の花を目当てに多くの方が訪れます。本戦略には42項目の数値目標・KPIを掲げています。",
            ),
        ],
        9,
    )
    _text(
        ws,
        r + 1,
        1,
        "基本目標１　安定した雇用を創出するとともに、安心して働けるようにする",
        bold=True,
        size=10,
    )
    h = r + 2
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（H30）"),
        (9, "目標値\n（R7）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 8, "実績値", header=True)
    for c, w in zip(range(5, 9), ["令和2年度", "3年度", "4年度", "5年度"]):
        _put(ws, h + 1, c, w, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, vals in SA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は経済センサス等をもとにした市の推計値です。令和2年度は推計を行わなかったため「―」としています。",
            "※No.3・No.4の（累計）は、令和元年度からの累計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "satte_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 袖ケ浦市 (千葉県): 袖ケ浦市総合計画 前期基本計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 袖ケ浦市総合計画 (基本構想 12年間, 前期・後期 6年ずつ, 令和2年策定), its 将来像, 94.82km²,
# 65,163人 (2024-12-01), 市制 平成3年4月1日, 羽田空港から最短22分, 東京ドイツ村. Made up: the 施策, the 課,
# every indicator, figure and note.
SO_ROWS = [
    (
        "1",
        "主要観光施設の観光入込客数",
        [1402.6, 1100.0, 987.4, 1250.0, 1198.3, 1400.0, 1436.9, 1500.0],
    ),
    (
        "2",
        "観光情報サイトのアクセス件数",
        [182400, 200000, 214350, 220000, 236120, 240000, 229870, 280000],
    ),
    ("3", "観光ボランティアガイドの登録者数", ["―", None, None, 15, 12, 20, 21, 30]),
    ("4", "観光施設利用者の満足度", [78.5, 80.0, 79.1, 81.0, 82.4, 82.0, 83.0, 85.0]),
]


def sodegaura() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 11, 10, 10, 10, 10, 10, 10, 11])
    _text(
        ws, 1, 1, "袖ケ浦市総合計画　前期基本計画　施策評価シート（令和５年度）", bold=True, size=13
    )
    _text(ws, 2, 10, "令和６年８月　袖ケ浦市企画政策課", align="right")
    r = _fields(
        ws,
        4,
        [
            (
                "計画の名称",
                "袖ケ浦市総合計画（将来像：みんなでつくる 人つどい 緑かがやく 安心のまち 袖ケ浦）",
            ),
            (
                "計画期間",
                "基本構想 令和2年度～令和13年度（12年間）　／　前期基本計画 令和2年度～令和7年度（6年間）",
            ),
            ("施策", "3-4　観光の振興"),
            ("主管課", "商工観光課"),
            (
                "施策の現状",
                "本市は平成3年4月1日に市制を施行し、面積は94.82km²、人口は65,163人（2024年12月1日現在）です。"
                "東京湾アクアラインにより羽田空港から高速バスで最短22分と交通の便がよく、東京ドイツ村などの観光施設には"
                "首都圏から多くの方が訪れています。",
            ),
        ],
        10,
    )
    _text(ws, r + 1, 1, "２　成果指標の状況", bold=True, size=11)
    _text(ws, r + 2, 10, "単位：No.1 千人　No.2 件　No.3 人　No.4 ％", align="right", size=8)
    h = r + 3
    for c, word in [(1, "No."), (2, "成果指標"), (3, "策定時\n（R元）"), (10, "目標値\n（R7）")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for k, year in enumerate(["令和3年度", "令和4年度", "令和5年度"]):
        c = 4 + 2 * k
        _span(ws, h, c, c + 1, year, header=True)
        _put(ws, h + 1, c, "目標", header=True)
        _put(ws, h + 1, c + 1, "実績", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, vals in SO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            if v is None:
                cell = _put(ws, r, 3 + j, None)
                cell.border = SLASH
            elif isinstance(v, str):
                _put(ws, r, 3 + j, v, align="center")
            else:
                _put(ws, r, 3 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は東京ドイツ村、袖ケ浦海浜公園など市内主要観光施設の入込客数の合計です。",
            "※No.3は令和4年度に制度を開始したため、策定時は「―」、令和3年度の欄は斜線としています。",
            "※No.4は観光施設利用者アンケート（毎年10月実施）の結果です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sodegaura_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 綾瀬市 (神奈川県): 綾瀬市総合計画2030 戦略プロジェクト進捗管理シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 綾瀬市総合計画2030 (基本構想 令和3年度～令和12年度, 実施計画 毎年度), its 将来都市像 and its three
# 基本方針 (育てる・稼ぐ・支える), 企画課, 22.28km², about 18% of the city in 厚木基地, the 綾瀬スマート
# インターチェンジ (2021), the film-location work, 83,913人 (2020 census). Made up: the project, every
# indicator, figure and note.
AY_ROWS = [
    (
        "1",
        "綾瀬スマートインターチェンジの利用台数",
        "台/日",
        ["―", 4150, 5020, 5480, 5000, 7000, 6000],
    ),
    (
        "2",
        "市内事業所の従業者数",
        "人",
        ["41,260（H28）", 41880, 42310, 42950, 42500, 45000, 43500],
    ),
    ("3", "企業誘致件数（累計）", "件", [0, 1, 3, 4, 5, 12, 7]),
    ("4", "ロケ誘致による撮影件数", "件", [18, 25, 31, 38, 30, 50, 40]),
]


def ayase() -> Path:
    wb, ws = _sheet("進捗管理", [5, 30, 7, 11, 8, 8, 8, 8, 10, 10])
    _text(
        ws,
        1,
        1,
        "綾瀬市総合計画2030　戦略プロジェクト進捗管理シート（令和５年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年7月　綾瀬市経営企画部企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画の名称", "綾瀬市総合計画2030（将来都市像：緑と文化が薫るふれあいのまち あやせ）"),
            ("計画期間", "基本構想 令和3年度～令和12年度（10年間）　※実施計画は毎年度策定"),
            ("基本方針", "稼ぐ"),
            ("戦略プロジェクト", "地域の魅力を生かしたにぎわいの創出"),
            ("担当課", "企画課"),
            (
                "市の概要",
                "面積22.28km²のうち約18%を厚木基地が占めています。人口は83,913人（令和2年国勢調査）。"
                "令和3年（2021年）に綾瀬スマートインターチェンジが開通し、市内でのドラマ等のロケ誘致にも力を入れています。",
            ),
        ],
        10,
    )
    _text(ws, r + 1, 1, "■成果指標（KPI）の状況", bold=True, size=11)
    h = r + 2
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "R5目標",
        "最終目標\n（R12）",
        "中間目標\n（R7）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, vals in AY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, size=9)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※中間目標（R7）は、令和5年度の実施計画の見直しで追加した目標です。",
            "※No.1は令和3年3月の開通のため、基準値はありません。各年度の日平均の利用台数です。",
            "※No.2の基準値は平成28年経済センサス‐活動調査の数値です（令和元年度に同調査はありません）。",
            "※No.3は令和3年度からの累計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ayase_senryaku_pj_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 清瀬市 (東京都): 第4次清瀬市長期総合計画 まちづくり指標の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 第4次清瀬市長期総合計画 (平成28年度～令和7年度, 基本構想と実行計画, 39の施策, 施策ごとの
# 「10年後の姿」とまちづくり指標), 10.23km², 76,343人 (2024-10-01), 緑地 約46%, 市制 1970年,
# 清瀬ひまわりフェスティバル. Made up: the 課, the 基本目標 wording, every indicator, figure and note.
KI_GROUPS = [
    (
        "(1) 都市農業の振興",
        [
            (
                "清瀬ひまわりフェスティバル来場者数",
                "人",
                ["71,500", "42,300", "68,900", "95,100", "100,000"],
            ),
            ("農業体験講座の参加者数", "人", ["320", "185", "260", "301", "400"]),
            ("市内農産物直売所の数", "ヵ所", ["28", "30", "31", "31", "35"]),
        ],
    ),
    (
        "(2) 商工業の活性化",
        [
            (
                "市ホームページ産業情報ページの閲覧数",
                "件",
                [
                    "8,420",
                    "10,560",
                    "11,980",
                    "12,870<br><small>（参考：旧集計方法 14,210）</small>",
                    "15,000",
                ],
            ),
            ("創業支援事業による創業者数", "人", ["6", "9", "11", "14", "15"]),
        ],
    ),
]


def kiyose_html() -> str:
    rows = []
    for measure, inds in KI_GROUPS:
        for k, (name, unit, vals) in enumerate(inds):
            head = (
                f'<th scope="rowgroup" rowspan="{len(inds)}" class="l">{measure}</th>'
                if k == 0
                else ""
            )
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<th scope="row" class="l">{name}</th><td class="c">{unit}</td>{cells}</tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まちづくり指標の状況（令和5年度） - 清瀬市</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
nav ol {{ list-style: none; padding: 0; }}
nav li {{ display: inline; }}
nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト">
<ol>
<li><a href="/">トップページ</a></li>
<li><a href="/siseijouhou/">市政情報</a></li>
<li><a href="/siseijouhou/keikakusisaku/">計画・施策</a></li>
<li><a href="/siseijouhou/keikakusisaku/kihonkousoukeikaku/">長期総合計画</a></li>
<li>まちづくり指標の状況（令和5年度）</li>
</ol>
</nav>
<h1>第4次清瀬市長期総合計画　まちづくり指標の状況（令和5年度）</h1>
<p>ページ番号1015320　更新日 2024年10月1日　担当：企画部企画課</p>
<p>清瀬市は昭和45年（1970年）に市制を施行しました。面積は10.23km²で、その約46%を緑地が占め、人口は76,343人（令和6年10月1日現在の推計人口）です。第4次清瀬市長期総合計画（平成28年度～令和7年度）では、39の施策ごとに「10年後の姿」を定め、その達成度を測るまちづくり指標を設けています。表の「10年後の姿」の欄は、計画の最終年度（令和7年度）に目指す値です。</p>
<h2>基本目標3　にぎわいと活力のあるまち</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">まちづくり指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">現状値<br>（H26）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">10年後の姿<br>（R7）</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※市ホームページ産業情報ページの閲覧数は、令和5年度から集計方法を変更しました（自動収集プログラムによるアクセスを除いています）。（参考）は従来の方法で集計した値です。</p>
<p>※清瀬ひまわりフェスティバルは毎年8月に開催しています。令和3年度は入場者数を制限して開催しました。</p>
</body>
</html>
"""


def kiyose() -> Path:
    path = HERE / "kiyose_machizukuri_shihyo_r5.html"
    path.write_bytes(kiyose_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (satte, sodegaura, ayase):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kiyose().name}")


if __name__ == "__main__":
    main()
