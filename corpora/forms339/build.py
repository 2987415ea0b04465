"""Build the documents of forms339/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kamiamakusa_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 上天草市 (熊本県):
  form fields over a grid ``No. | 成果指標 | 単位 | 基準値（H29） | H31 | R2 | R3 | R4 | R5 | 達成状況（R5）``
  where **every indicator takes two rows, the upper one its targets and the lower one its actuals, said
  only by a legend line between the heading and the grid**; ``千人`` and ``百万円`` in 単位; and the PDF;
* ``yukuhashi_kpi_jisseki_r5.html``, a 第2次総合戦略 KPI page in the manner of 行橋市 (福岡県): units in
  ``【】`` after the names (header ``重要業績評価指標（KPI）【単位】``) and **one cell ``実績値の推移`` holding
  three years' actuals, one ``R3：…`` line each**, with ``―（中止）`` and ``集計中`` lines;
* ``source/beppu_kpi_kensho_2023.xlsx``, a 第2期総合戦略 KPI検証シート in the manner of 別府市 (大分県):
  Western fiscal years, a ``2023年度`` span over ``目標 | 実績 | 達成率``, a cell ``38（うちAPU 29）`` and
  **a note re-dating one row's year columns to the end of the fiscal year before (``前年度末（3月31日）現在``)**;
  and the PDF;
* ``source/minamisatsuma_seika_shihyo_r5.xlsx``, a 総合振興計画 成果指標の進捗状況 in the manner of
  南さつま市 (鹿児島県): ``策定時（R2） | R3実績 | R4実績 | R5実績 | R5目標 | 目標値（R8）`` with **one row
  counted by 酒造年度 (7月～翌年6月), said by a note**; ``千人``, ``kL``, ``百万円`` with a decimal; and the PDF.

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms339/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms339/build.py"
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
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, key, value, c_key, c1, c2, height=18):
    """A bordered form field: a shaded key cell and a value merged over c1..c2."""
    _put(ws, row, c_key, key, header=True)
    if c_key + 1 < c1:
        _merge(ws, row, c_key, row, c1 - 1)
    cell = _put(ws, row, c1, value)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    _merge(ws, row, c1, row, c2)
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
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms339_soffice_") as tmp:
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


# 上天草市: upper row targets, lower row actuals, said only by the legend line.

KAMIAMAKUSA_ROWS = [
    # No., name, unit, baseline, targets H31..R5, actuals H31..R5, status
    (
        "1",
        "観光入込客数",
        "千人",
        3012,
        [3100, 3150, 3200, 3250, 3300],
        [3046, 1980, 2105, 2540, 2980],
        "未達成",
    ),
    ("2", "宿泊客数", "千人", 412, [420, 430, 440, 450, 460], [418, 262, 288, 371, 465], "達成"),
    (
        "3",
        "ふるさと納税寄附額",
        "百万円",
        212,
        [250, 300, 350, 400, 450],
        [236, 318, 402, 455, 511],
        "達成",
    ),
    (
        "4",
        "無人島ツアー参加者数",
        "人",
        "―※1",
        ["", 300, 500, 700, 800],
        ["", "―※1", 420, 655, 790],
        "未達成",
    ),
]


def kamiamakusa() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 24, 8, 10, 8, 8, 8, 8, 8, 10])
    _text(
        ws,
        1,
        1,
        "上天草市第2次総合計画後期基本計画　施策評価シート（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年7月　上天草市", align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "上天草市第2次総合計画後期基本計画（将来像「人と海のふれあうまち」）",
        1,
        3,
        10,
    )
    _field(ws, 5, "計画期間", "平成31年度～令和5年度（5年間）", 1, 3, 10)
    _field(ws, 6, "施策", "1-1　観光需要と観光消費の拡大", 1, 3, 10)
    _field(ws, 7, "主管課", "観光おもてなし課", 1, 3, 10)
    _field(
        ws,
        8,
        "施策の現状",
        "本市は大小68の島々からなり、面積は126.94km²。1966年の天草五橋開通以来、観光を基幹産業として発展してきた。"
        "人口は市制施行時（2005年）の32,502人から2020年には24,563人に減少しており、交流人口の拡大による地域経済の維持が課題である。",
        1,
        3,
        10,
        height=54,
    )
    _text(ws, 10, 1, "３　成果指標の推移と達成状況", bold=True, size=11)
    _text(ws, 11, 10, "※年度欄は、上段：目標値　下段：実績値", size=8, align="right")
    h = 12
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値（H29）",
            "H31",
            "R2",
            "R3",
            "R4",
            "R5",
            "達成状況（R5）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, targets, actuals, status in KAMIAMAKUSA_ROWS:
        for c, v in ((1, no), (2, name), (3, unit), (4, base), (10, status)):
            _put(ws, r, c, v, align="center" if c in (1, 3, 10) or v == "―※1" else None)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        for i, (t, a) in enumerate(zip(targets, actuals)):
            _put(ws, r, 5 + i, t, fill=LIGHT, align="center" if isinstance(t, str) else None)
            _put(ws, r + 1, 5 + i, a, align="center" if isinstance(a, str) else None)
        ws.row_dimensions[r].height = 16
        ws.row_dimensions[r + 1].height = 16
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※1　無人島ツアーは令和2年度に開始した事業のため基準値はない。令和2年度は新型コロナウイルス感染症の影響により全便中止。",
            "※2　観光入込客数及び宿泊客数は熊本県観光統計による（千人未満四捨五入）。ふるさと納税寄附額は百万円未満切捨て。",
        ],
    )
    r += 4
    _text(ws, r, 1, "４　施策の評価", bold=True, size=11)
    _put(ws, r + 1, 1, "評価", header=True)
    _merge(ws, r + 1, 1, r + 1, 2)
    _put(
        ws,
        r + 1,
        3,
        "Ｂ（概ね順調）　4指標中2指標が令和5年度の目標を達成した。観光入込客数はコロナ禍前の水準（約300万人）に戻りつつあり、"
        "次期計画でも天草五橋・三角大矢野道路を活かした周遊の促進に取り組む。",
    )
    _merge(ws, r + 1, 3, r + 1, 10)
    ws.row_dimensions[r + 1].height = 42
    _page(ws, "portrait")
    path = SOURCE / "kamiamakusa_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# 別府市: Western fiscal years; a note re-dates row 4 to the end of the fiscal year before.

BEPPU_ROWS = [
    # No., name, unit, base, 2021, 2022, 2023 target, 2023 actual, rate, final
    ("1", "観光客数", "千人", 8842, 5120, 6960, 8000, 7915, "98.9%", 8800),
    ("2", "外国人宿泊客数", "人", 352100, 4310, 96520, 250000, 301470, "120.6%", 380000),
    (
        "3",
        "外国人留学生の市内企業への就職者数",
        "人",
        21,
        26,
        31,
        40,
        "38（うちAPU 29）※3",
        "95.0%",
        45,
    ),
    ("4", "認定農業者数※4", "経営体", 58, 61, 63, 66, 66, "100.0%", 70),
    ("5", "市の支援による企業立地件数", "件", 2, 3, 2, 3, 4, "133.3%", 4),
]


def beppu() -> Path:
    wb, ws = _sheet("KPI検証シート", [5, 34, 8, 16, 12, 12, 11, 16, 9, 17])
    _text(
        ws,
        1,
        1,
        "第2期別府市総合戦略　重要業績評価指標（KPI）検証シート（2023年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "2024年11月　別府市", align="right")
    _field(
        ws,
        4,
        "戦略の名称",
        "第2期別府市総合戦略（まち・ひと・しごと創生 別府市総合戦略）",
        1,
        3,
        10,
    )
    _field(
        ws,
        5,
        "実施期間",
        "2020年度～2024年度（5カ年）　※第4次別府市総合計画（2020年度～2027年度）のアクションプラン",
        1,
        3,
        10,
    )
    _field(ws, 6, "担当課", "共創戦略室", 1, 3, 10)
    _field(
        ws,
        7,
        "市の概況",
        "面積125.34km²、人口112,456人（2024年10月1日推計）。市内の源泉数は2,300か所以上で日本一を誇り、"
        "コロナ禍前は年間800万人を超える観光客が訪れていた。",
        1,
        3,
        10,
        height=34,
    )
    _text(ws, 9, 1, "■基本目標１　しごとの創生", bold=True, size=11)
    h1, h2 = 10, 11
    for c, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（2018年度）"),
        (5, "2021年度実績"),
        (6, "2022年度実績"),
        (10, "最終目標（2024年度）"),
    ):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _put(ws, h1, 7, "2023年度", header=True)
    for c in (8, 9):
        _put(ws, h1, c, None, header=True)
    _merge(ws, h1, 7, h1, 9)
    for c, word in ((7, "目標"), (8, "実績"), (9, "達成率")):
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for row in BEPPU_ROWS:
        for c, v in enumerate(row, start=1):
            _put(ws, r, c, v, align="center" if c in (1, 3) else ("right" if c in (8, 9) else None))
        ws.row_dimensions[r].height = 18
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　達成率＝2023年度実績÷2023年度目標×100（小数点第2位を四捨五入）。",
            "※2　観光客数は別府市観光動態要覧による。外国人宿泊客数は入湯税申告に基づく。",
            "※3　（　）内は立命館アジア太平洋大学（APU）卒業生の内数。",
            "※4　No.4（認定農業者数）は、基準値・実績値・目標値とも、各年度欄にその前年度末（3月31日）現在の数を記載している（例：2023年度欄は2023年3月31日現在）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "beppu_kpi_kensho_2023.xlsx"
    _save(wb, path)
    return path


# 南さつま市: one row counted by 酒造年度 (July to June), said by a note.

MINAMISATSUMA_ROWS = [
    # No., name, unit, base (R2), R3, R4, R5, R5 target, R8 target, 備考
    ("1", "吹上浜砂の祭典の来場者数", "千人", "―", "―", 152, 238, 200, 250, "R2・R3は中止"),
    ("2", "本格焼酎の出荷量※2", "kL", 4820, 4510, 4630, 4702, 4900, 5100, "酒造年度"),
    ("3", "新規就農者数", "人", 8, 9, 11, 7, 10, 12, ""),
    (
        "4",
        "市内農産物直売所の販売額",
        "百万円",
        612.0,
        638.0,
        655.0,
        671.5,
        680.0,
        720.0,
        "6施設の合計",
    ),
]


def minamisatsuma() -> Path:
    wb, ws = _sheet("成果指標", [5, 25, 8, 10, 9, 9, 9, 9, 10, 12])
    _text(ws, 1, 1, "第2次南さつま市総合振興計画　後期基本計画", bold=True, size=12)
    _text(ws, 2, 1, "成果指標の進捗状況（令和５年度）", bold=True, size=12)
    _text(ws, 3, 10, "令和6年9月　南さつま市", align="right")
    _field(
        ws,
        5,
        "計画の名称",
        "第2次南さつま市総合振興計画（将来像「住みたい 働きたい 訪れたい 南さつま」）",
        1,
        3,
        10,
    )
    _field(ws, 6, "後期基本計画の期間", "令和4年度～令和8年度（5年間）", 1, 3, 10, height=28)
    _field(ws, 7, "施策の大綱", "3　活力ある産業のまちづくり", 1, 3, 10)
    _field(ws, 8, "担当課", "企画政策課", 1, 3, 10)
    _field(
        ws,
        9,
        "市の概要",
        "平成17年11月7日に1市4町が合併して誕生。面積283.59km²、人口31,397人（2024年6月30日現在）。"
        "北西部には日本三大砂丘の一つ吹上浜が広がり、焼酎や電子部品などの地場産業がある。",
        1,
        3,
        10,
        height=44,
    )
    _text(ws, 11, 1, "２　成果指標", bold=True, size=11)
    h = 12
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "策定時（R2）",
            "R3実績",
            "R4実績",
            "R5実績",
            "R5目標",
            "目標値（R8）",
            "備考",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for row in MINAMISATSUMA_ROWS:
        for c, v in enumerate(row, start=1):
            _put(
                ws,
                r,
                c,
                v,
                align="center" if c in (1, 3) or v == "―" else None,
                size=8 if c == 10 else 9,
            )
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　No.1の吹上浜砂の祭典は毎年5月に開催。令和2年度・3年度は新型コロナウイルス感染症の影響により中止。",
            "※2　No.2は、酒造年度（7月～翌年6月）で集計している。表の「R5」の欄は令和5年7月～令和6年6月の出荷量（他の欄も同様）。",
            "※3　No.4は市内6か所の直売所の合計（百万円未満は小数第1位まで表示）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "minamisatsuma_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# 行橋市: the HTML page.

YUKUHASHI_ROWS = [
    (
        "1",
        "リブリオ行橋の年間来館者数【人】",
        "318,450",
        ["R3：281,200", "R4：336,870", "R5：402,310"],
        "400,000",
        "",
    ),
    (
        "2",
        "ゆくはしシーサイドハーフマラソン参加者数【人】",
        "4,215",
        ["R3：―（中止）", "R4：2,980", "R5：3,870"],
        "4,500",
        "R3は新型コロナウイルス感染症の影響により中止",
    ),
    (
        "3",
        "子育て支援センター利用者数（延べ）【人】",
        "18,640",
        ["R3：12,300", "R4：15,920", "R5：17,480"],
        "20,000",
        "",
    ),
    (
        "4",
        "放課後児童クラブの待機児童数【人】",
        "32",
        ["R3：18", "R4：9", "R5：0"],
        "0",
        "各年度5月1日現在",
    ),
    (
        "5",
        "子育て世帯の転入数【世帯】",
        "512",
        ["R3：548", "R4：571", "R5：集計中"],
        "600",
        "R5は令和6年10月に確定予定",
    ),
]


def yukuhashi_html() -> str:
    rows = []
    for no, name, base, lines, target, note in YUKUHASHI_ROWS:
        rows.append(
            "        <tr>\n"
            f'          <td class="center">{no}</td>\n'
            f'          <th scope="row">{name}</th>\n'
            f'          <td class="num">{base}</td>\n'
            f'          <td class="num">{"<br>".join(lines)}</td>\n'
            f'          <td class="num">{target}</td>\n'
            f"          <td>{note}</td>\n"
            "        </tr>\n"
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ja">\n'
        "<head>\n"
        '  <meta charset="UTF-8">\n'
        "  <title>第2次行橋市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度） - 行橋市</title>\n"
        "  <style>\n"
        "    table { border-collapse: collapse; }\n"
        "    th, td { border: 1px solid #666; padding: 4px 8px; }\n"
        "    thead th { background: #e8eef6; }\n"
        "    td.num { text-align: right; }\n"
        "    td.center { text-align: center; }\n"
        "  </style>\n"
        "</head>\n"
        "<body>\n"
        '  <nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; '
        '<a href="/shisei/keikaku/">計画・施策</a> &gt; <a href="/shisei/keikaku/chihososei/">地方創生</a> &gt; '
        "KPIの実績（令和5年度）</nav>\n"
        "  <main>\n"
        "    <h1>第2次行橋市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度）</h1>\n"
        '    <p class="date">更新日：2024年9月30日　担当：総合政策課</p>\n'
        "    <p>本市は、令和2年度から令和6年度までを期間とする第2次「行橋市まち・ひと・しごと創生総合戦略」を推進しています。"
        "面積70.07km²、人口70,712人（2024年5月1日現在推計人口）の本市は、2024年10月10日に市制施行70周年を迎えます。"
        "令和5年度までの実績を次のとおり取りまとめました。</p>\n"
        "    <p>表の「実績値の推移」欄は、年度ごとに改行して記載しています（「R3：」は令和3年度の実績です）。"
        "指標名の後の【　】内は単位です。</p>\n"
        "    <h2>基本目標2　子どもの育みを支えるまち</h2>\n"
        "    <table>\n"
        "      <thead>\n"
        "        <tr>\n"
        '          <th scope="col">No.</th>\n'
        '          <th scope="col">重要業績評価指標（KPI）【単位】</th>\n'
        '          <th scope="col">基準値<br>（R元年度）</th>\n'
        '          <th scope="col">実績値の推移</th>\n'
        '          <th scope="col">目標値<br>（R6年度）</th>\n'
        '          <th scope="col">備考</th>\n'
        "        </tr>\n"
        "      </thead>\n"
        "      <tbody>\n" + "".join(rows) + "      </tbody>\n"
        "    </table>\n"
        "    <p>※各指標の令和6年度実績は、令和7年度に公表します。</p>\n"
        "    <p>このページに関するお問い合わせ：総合政策課　電話：0930-25-1111（代表）</p>\n"
        "  </main>\n"
        "</body>\n"
        "</html>\n"
    )


def yukuhashi() -> Path:
    path = HERE / "yukuhashi_kpi_jisseki_r5.html"
    path.write_text(yukuhashi_html(), encoding="utf-8", newline="\n")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kamiamakusa, beppu, minamisatsuma):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yukuhashi().name}")


if __name__ == "__main__":
    main()
