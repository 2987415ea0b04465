"""Build the built documents of forms8/ (openpyxl, LibreOffice).

Run from anywhere: ``/work/venv/bin/python build.py``. It writes

* ``sano_kihon_jigyo_hyoka_h27.xlsx`` (openpyxl), a sheet in the manner of 佐野市
  「基本事業評価表」 (成果指標 rows 目標値 / 実績値 / 達成率 under year columns);
* ``source/yamamoto_chukan_hyoka_r4.xlsx``, a sheet in the manner of 山元町
  「山元町地方創生総合戦略 中間評価」 (基本目標 cells spanning a 数値目標 row and its KPI rows),
  and from it ``yamamoto_chukan_hyoka_r4.pdf``;
* ``source/hirakata_jisseki_sokutei_r2.xlsx``, a sheet in the manner of 枚方市
  「事務事業実績測定調書」 (ロジックモデル アウトカム / アウトプット / インプット), and from it
  ``hirakata_jisseki_sokutei_r2.pdf``;
* ``source/ino_kouka_kensho_h29.xlsx``, a sheet in the manner of いの町
  「まち・ひと・しごと創生総合戦略 効果検証」 (評価 ◎○△×), and from it ``ino_kouka_kensho_h29.pdf``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX files are byte-stable: fixed document dates, and the zip members are rewritten with a
fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
"""

# The data below are the forms' Japanese cells; splitting them would hurt reading.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms8/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms8/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal="right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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


def _page(ws, orientation: str, rows: int = 1) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = rows
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


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
    with tempfile.TemporaryDirectory(prefix="forms8_soffice_") as tmp:
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
# 山元町 (宮城県): 地方創生総合戦略 中間評価 (令和4年度)
# --------------------------------------------------------------------------------------------

YAMAMOTO_GOALS = [
    (
        "基本目標１\n地域の産業を\n伸ばし、\n働く場をつくる",
        [
            ("数値目標", "町内事業所の従業者数", "人", 3912, 3850, 3880, 4000, "やや遅れ"),
            ("ＫＰＩ", "新規就農者数（累計）", "人", "―", 4, 7, 15, "順調"),
            ("ＫＰＩ", "いちご栽培面積", "ha", 34.2, 35.0, 35.6, 38.0, "順調"),
        ],
    ),
    (
        "基本目標２\n新しいひとの\n流れをつくる",
        [
            ("数値目標", "社会増減数", "人", "△85", "△42", "△30", 0, "順調"),
            ("ＫＰＩ", "移住・定住相談件数", "件", 48, 61, 75, 100, "順調"),
            ("ＫＰＩ", "新市街地への転入世帯数（累計）", "世帯", 212, 318, 335, 360, "順調"),
        ],
    ),
    (
        "基本目標３\n結婚・出産・\n子育ての希望\nをかなえる",
        [
            ("数値目標", "年間出生数", "人", 58, 49, 52, 60, "遅れ"),
            (
                "ＫＰＩ",
                "子育て支援センターの利用者数",
                "人",
                "延べ5,230",
                "延べ3,105",
                "延べ4,012",
                "延べ6,000",
                "やや遅れ",
            ),
        ],
    ),
]


def yamamoto() -> Path:
    wb, ws = _sheet("中間評価", [14, 9, 34, 7, 12, 12, 12, 12, 11])
    _text(ws, 1, 1, "山元町地方創生総合戦略　中間評価", bold=True, size=14)
    _text(ws, 2, 9, "令和4年度", align="right")
    _text(ws, 3, 1, "計画期間：令和3年度～令和6年度")
    _text(ws, 5, 1, "２　数値目標・ＫＰＩの推移と評価", bold=True, size=11)
    h1, h2 = 6, 7
    for c, word in [
        (1, "基本目標"),
        (2, "区分"),
        (3, "指標名"),
        (4, "単位"),
        (5, "基準値\n（R元）"),
        (8, "目標値\n（R6）"),
        (9, "進捗状況"),
    ]:
        _put(ws, h1, c, word, header=True)
        _merge(ws, h1, c, h2, c)
    _put(ws, h1, 6, "実績値", header=True)
    _merge(ws, h1, 6, h1, 7)
    _put(ws, h2, 6, "R3年度", header=True)
    _put(ws, h2, 7, "R4年度\n（見込）", header=True)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 28
    r = h2 + 1
    for goal, rows in YAMAMOTO_GOALS:
        first = r
        for kubun, name, unit, base, r3, r4, target, prog in rows:
            _put(ws, r, 2, kubun, align="center", bold=(kubun == "数値目標"))
            if kubun == "数値目標":
                for c in range(2, 10):
                    ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="F2F2F2")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in [(5, base), (6, r3), (7, r4), (8, target)]:
                fmt = "0.0" if isinstance(v, float) else "#,##0"
                _put(ws, r, c, v, fmt=fmt, align="right")
            _put(ws, r, 9, prog, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        _put(ws, first, 1, goal, align="center")
        _merge(ws, first, 1, r - 1, 1)
    _text(
        ws,
        r,
        1,
        "※R4年度（見込）は令和4年9月末時点の数値をもとにした見込値。　※（累計）はR3年度からの累計。",
    )
    _text(
        ws,
        r + 1,
        1,
        "※進捗状況　順調：目標達成に向けて順調に推移　やや遅れ：基準値から改善したが遅れている　遅れ：基準値を下回っている",
    )
    _page(ws, "landscape")
    out = SOURCE / "yamamoto_chukan_hyoka_r4.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 佐野市 (栃木県): 基本事業評価表 (平成28年度評価, 平成27年度実績)
# --------------------------------------------------------------------------------------------

SANO_ROWS = [
    (
        "避難場所を知っている市民の割合",
        "％",
        61.5,
        [70.0, 75.0, 78.0, 80.0],
        [66.3, 57.9],
        [0.947, 0.772],
        "未達成",
    ),
    (
        "自主防災組織の組織率",
        "％",
        48.2,
        [55.0, 60.0, 65.0, 70.0],
        [56.3, 61.8],
        [1.024, 1.030],
        "達成",
    ),
    (
        "防災出前講座の参加者数",
        "人",
        1240,
        [1500, 1600, 1700, 1800],
        [1562, 1455],
        [1.041, 0.909],
        "未達成",
    ),
]


def sano() -> Path:
    wb, ws = _sheet("基本事業評価表", [30, 7, 11, 8, 10, 10, 10, 10, 11])
    _text(ws, 1, 1, "平成28年度　基本事業評価表（平成27年度実績）", bold=True, size=13)
    kv = [
        ("施策", "26", "消防・防災体制の強化"),
        ("基本事業", "26-2", "防災意識の高揚と地域防災力の向上"),
        ("主管課", "", "行政経営部　危機管理課"),
    ]
    r = 3
    for key, no, val in kv:
        _put(ws, r, 1, key, header=True)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, val)
        _merge(ws, r, 3, r, 9)
        r += 1
    _put(ws, r, 1, "基本事業の目的", header=True)
    _put(
        ws,
        r,
        2,
        "市民が防災に関心を持ち、災害時に自ら避難できるようになる。地域で助け合う体制が整う。",
    )
    _merge(ws, r, 2, r, 9)
    ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "１　成果指標の達成状況", bold=True, size=11)
    r += 1
    head = r
    for c, word in enumerate(
        [
            "成果指標名",
            "単位",
            "基準値\n（H24）",
            "区分",
            "H26",
            "H27",
            "H28",
            "H29",
            "達成状況\n（H27）",
        ],
        start=1,
    ):
        _put(ws, head, c, word, header=True)
    ws.row_dimensions[head].height = 28
    r = head + 1
    for name, unit, base, targets, actuals, rates, status in SANO_ROWS:
        fmt = "#,##0" if isinstance(base, int) else "0.0"
        for i, kubun in enumerate(["目標値", "実績値", "達成率"]):
            _put(ws, r + i, 4, kubun, align="center")
        for j in range(4):
            _put(ws, r, 5 + j, targets[j], fmt=fmt)
            _put(ws, r + 1, 5 + j, actuals[j] if j < len(actuals) else "")
            if j < len(actuals):
                ws.cell(row=r + 1, column=5 + j).number_format = fmt
            _put(ws, r + 2, 5 + j, rates[j] if j < len(rates) else "", fmt="0.0%")
        _put(ws, r, 1, name)
        _merge(ws, r, 1, r + 2, 1)
        _put(ws, r, 2, unit, align="center")
        _merge(ws, r, 2, r + 2, 2)
        _put(ws, r, 3, base, fmt=fmt)
        _merge(ws, r, 3, r + 2, 3)
        _put(ws, r, 9, status, align="center")
        _merge(ws, r, 9, r + 2, 9)
        r += 3
    _text(ws, r, 1, "※達成率＝実績値÷目標値。H28・H29の実績値は評価年度以降に把握。")
    r += 2
    _text(ws, r, 1, "２　基本事業を構成する事務事業", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "事務事業名", header=True)
    _put(ws, r, 2, "担当課", header=True)
    _merge(ws, r, 2, r, 4)
    _put(ws, r, 5, "H26決算額\n（千円）", header=True)
    _merge(ws, r, 5, r, 6)
    _put(ws, r, 7, "H27決算額\n（千円）", header=True)
    _merge(ws, r, 7, r, 8)
    ws.row_dimensions[r].height = 28
    for name, ka, a, b in [
        ("防災啓発事業", "危機管理課", 2184, 2457),
        ("自主防災組織育成事業", "危機管理課", 3860, 4120),
        ("防災行政無線管理事業", "危機管理課", 18524, 17933),
    ]:
        r += 1
        _put(ws, r, 1, name)
        _put(ws, r, 2, ka, align="center")
        _merge(ws, r, 2, r, 4)
        _put(ws, r, 5, a)
        _merge(ws, r, 5, r, 6)
        _put(ws, r, 7, b)
        _merge(ws, r, 7, r, 8)
    _page(ws, "portrait")
    out = HERE / "sano_kihon_jigyo_hyoka_h27.xlsx"
    _save(wb, out)
    print(f"wrote {out.name}")
    return out


# --------------------------------------------------------------------------------------------
# 枚方市 (大阪府): 事務事業実績測定調書 (測定年度 2020(R2)年度)
# --------------------------------------------------------------------------------------------

HIRAKATA_LOGIC = [
    (
        "アウトカム\n（活動効果）",
        "「橋梁長寿命化修繕計画」に係る取り組みが確実に推進される。",
        "修繕計画に基づき修繕に着手した橋梁数（累計）",
        "橋",
        "増加することが良いとされる指標",
        [38, "", "", ""],
        [40, 46, 52, 58],
        "95%",
    ),
    (
        "アウトプット\n（活動結果）",
        "「橋梁長寿命化修繕計画」に係る事務を実施する。",
        "定期点検を実施した橋梁数",
        "橋",
        "増加することが良いとされる指標",
        [62, "", "", ""],
        [62, 58, 60, 64],
        "100%",
    ),
    (
        "インプット\n（活動）",
        "橋梁の点検、修繕設計及び修繕工事を発注する。",
        "橋梁点検・修繕工事等の委託料",
        "円",
        "減少することが良いとされる指標",
        [41580000, "", "", ""],
        [45000000, 48000000, 48000000, 50000000],
        "108%",
    ),
]


def hirakata() -> Path:
    wb, ws = _sheet("実績測定調書", [12, 22, 20, 5, 13, 9, 10, 10, 10, 10, 8])
    _text(ws, 1, 1, "事務事業実績測定調書", bold=True, size=14)
    r = 3
    _put(ws, r, 1, "事務事業名称", header=True)
    _put(ws, r, 2, "橋梁長寿命化修繕計画事業", size=10)
    _merge(ws, r, 2, r, 5)
    _put(ws, r, 6, "測定年度", header=True)
    _merge(ws, r, 6, r, 7)
    _put(ws, r, 8, "2020(R2)年度", align="center")
    _merge(ws, r, 8, r, 11)
    r += 1
    _put(ws, r, 1, "部", header=True)
    _put(ws, r, 2, "土木部")
    _merge(ws, r, 2, r, 5)
    _put(ws, r, 6, "課", header=True)
    _merge(ws, r, 6, r, 7)
    _put(ws, r, 8, "道路河川管理課", align="center")
    _merge(ws, r, 8, r, 11)
    r += 2
    _text(ws, r, 1, "1.事務事業の概要", bold=True, size=11)
    r += 1
    for key, val in [
        ("種類", "内部管理　　特性　内部事務　　区分　一般内部管理事務"),
        (
            "総合計画体系",
            "基本目標　1.安全で、利便性の高いまち　／　施策目標　1.災害に対する備えができているまち（1-2.防災対策の推進）",
        ),
        ("根拠法令等", "道路法"),
        ("事業期間", "2011(H23)年度　～　　年度まで"),
        (
            "めざす姿、\nあるべき姿",
            "計画的な点検、修繕を行うことにより、道路の安全を確保し、道路を安全・安心に通行できることで、人の交流や、物流が円滑に進んでいる。",
        ),
        (
            "事業概要",
            "対象橋梁を選定した中で、各橋梁の修繕内容・時期又は架替え時期を検討して、橋梁長寿命化修繕計画を策定し、進捗管理を行う。",
        ),
    ]:
        _put(ws, r, 1, key, header=True)
        _put(ws, r, 2, val)
        _merge(ws, r, 2, r, 11)
        ws.row_dimensions[r].height = 26 if len(val) > 60 else 16
        r += 1
    r += 1
    _text(ws, r, 1, "2.ロジックモデル及び指標設定", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for c, word in [
        (1, "区分"),
        (2, "ロジックモデル"),
        (3, "指標説明"),
        (4, "単位"),
        (5, "指標種類"),
        (11, "達成度\n（R2）"),
    ]:
        _put(ws, h1, c, word, header=True)
        _merge(ws, h1, c, h2, c)
    _put(ws, h1, 6, "指標数値", header=True)
    _merge(ws, h1, 6, h1, 10)
    for c, word in [(6, "項目"), (7, "R2"), (8, "R3"), (9, "R4"), (10, "R5")]:
        _put(ws, h2, c, word, header=True)
    r = h2 + 1
    for kubun, logic, name, unit, kind, actual, target, rate in HIRAKATA_LOGIC:
        fmt = "#,##0"
        _put(ws, r, 6, "実績", align="center")
        _put(ws, r + 1, 6, "目標\n（見込み）", align="center")
        for j in range(4):
            _put(ws, r, 7 + j, actual[j], fmt=fmt)
            _put(ws, r + 1, 7 + j, target[j], fmt=fmt)
        for c, v, al in [
            (1, kubun, "center"),
            (2, logic, None),
            (3, name, None),
            (4, unit, "center"),
            (5, kind, None),
            (11, rate, "right"),
        ]:
            _put(ws, r, c, v, align=al, size=8 if c in (2, 5) else 9)
            _merge(ws, r, c, r + 1, c)
        ws.row_dimensions[r].height = 22
        ws.row_dimensions[r + 1].height = 26
        r += 2
    _put(ws, r, 1, "分析", header=True)
    _put(
        ws,
        r,
        2,
        "R2は定期点検を62橋で実施し、修繕工事は2橋で完了した。新型コロナウイルス感染症の影響により、一部の修繕設計の発注が遅れた。",
    )
    _merge(ws, r, 2, r, 11)
    ws.row_dimensions[r].height = 26
    r += 2
    _text(ws, r, 1, "3.事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in [(1, "区分"), (3, "R1決算"), (5, "R2決算"), (7, "R3予算")]:
        _put(ws, r, c, word, header=True)
        _merge(ws, r, c, r, c + 1)
    for name, a, b, c3 in [
        ("事業費", 46215, 41580, 48000),
        ("人件費", 8420, 8510, 8600),
        ("合計", 54635, 50090, 56600),
    ]:
        r += 1
        _put(ws, r, 1, name, align="center")
        _merge(ws, r, 1, r, 2)
        for c, v in [(3, a), (5, b), (7, c3)]:
            _put(ws, r, c, v)
            _merge(ws, r, c, r, c + 1)
    _page(ws, "landscape")
    out = SOURCE / "hirakata_jisseki_sokutei_r2.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# いの町 (高知県): まち・ひと・しごと創生総合戦略 効果検証 (平成29年度実績)
# --------------------------------------------------------------------------------------------

INO_GOALS = [
    (
        "基本目標１　しごとをつくり、安心して働けるようにする",
        [
            (
                "1",
                "地場産業の振興",
                "新規創業・事業承継件数",
                "2件",
                "4件",
                "3件",
                "延べ15件",
                "△",
                "産業経済課",
            ),
            (
                "2",
                "地場産業の振興",
                "土佐和紙関連事業所の年間出荷額",
                "約3億円",
                "3.2億円",
                "3.4億円",
                "3.5億円",
                "◎",
                "産業経済課",
            ),
            (
                "3",
                "観光の振興",
                "観光入込客数",
                "47.2万人",
                "50万人",
                "48.6万人",
                "55万人",
                "△",
                "産業経済課",
            ),
            (
                "4",
                "農林業の担い手育成",
                "新規就農者数",
                "5人",
                "6人",
                "6人",
                "8人",
                "○",
                "産業経済課",
            ),
        ],
    ),
    (
        "基本目標２　いの町への新しいひとの流れをつくる",
        [
            (
                "5",
                "移住・定住の促進",
                "移住相談件数",
                "85件",
                "120件",
                "132件",
                "150件",
                "◎",
                "企画課",
            ),
            (
                "6",
                "移住・定住の促進",
                "社会増減数",
                "△152人",
                "未設定",
                "△118人",
                "増加",
                "―",
                "企画課",
            ),
            (
                "7",
                "移住・定住の促進",
                "お試し滞在住宅の利用者数",
                "未実施",
                "20人",
                "24人",
                "延べ100人",
                "◎",
                "企画課",
            ),
            (
                "8",
                "【再掲】観光の振興",
                "観光入込客数",
                "47.2万人",
                "50万人",
                "48.6万人",
                "55万人",
                "△",
                "産業経済課",
            ),
        ],
    ),
]


def ino() -> Path:
    wb, ws = _sheet("効果検証", [5, 18, 30, 11, 10, 12, 11, 6, 11])
    _text(
        ws,
        1,
        1,
        "いの町まち・ひと・しごと創生総合戦略　効果検証シート（平成29年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "平成30年8月", align="right")
    _text(ws, 3, 1, "評価区分：◎目標値以上　○目標値と同等　△目標値未達成　×進捗なしor事業終了")
    r = 5
    for heading, rows in INO_GOALS:
        _text(ws, r, 1, heading, bold=True, size=11)
        r += 1
        for c, word in enumerate(
            [
                "No.",
                "具体的な施策",
                "KPI（重要業績評価指標）",
                "基準値\n（H26）",
                "H29目標",
                "実績\n（H29年度）",
                "目標値\n（H31）",
                "評価",
                "担当課",
            ],
            start=1,
        ):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for row in rows:
            for c, v in enumerate(row, start=1):
                al = "center" if c in (1, 8, 9) else ("right" if 4 <= c <= 7 else None)
                _put(ws, r, c, v, align=al, size=11 if c == 8 else 9)
            ws.row_dimensions[r].height = 20
            r += 1
        r += 1
    _text(
        ws,
        r - 1,
        1,
        "※H29目標は総合戦略策定時に定めた年度別目標。社会増減数は年度別目標を設定していないため評価なし（―）。",
    )
    _text(ws, r, 1, "※「延べ」は平成27年度からの累計。")
    _page(ws, "landscape")
    out = SOURCE / "ino_kouka_kensho_h29.xlsx"
    _save(wb, out)
    return out


def main() -> None:
    sano()
    for make in (yamamoto, hirakata, ino):
        src = make()
        print(f"wrote source/{src.name}")
        to_pdf(src)


if __name__ == "__main__":
    main()
