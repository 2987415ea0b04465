"""Build the documents of forms370/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsuruta_sogo_koki_seika_h20.xlsx``, a 総合計画 後期基本計画 成果指標の推移 in the manner of
  鶴田町 (青森県): years printed **without their era** (``１７年度`` … ``２２年度``) on a 平成21年 sheet,
  a two-row header (``策定時`` / ``実績`` over three years / ``目標``), 施策 cells merged down, and
  **the units of the unnamed rows given once above the grid by kind** (``面積：ha　金額：百万円``); and the PDF;
* ``source/miharu_jimujigyo_josen_h27.xlsx``, a 事務事業評価シート of a 除染 program in the manner of
  三春町 (福島県): one grid of 活動指標 and 成果指標 blocks, each indicator on three rows
  ``計画 | 実績 | 達成率`` over ``H25年度`` … ``H28年度``, a cell ``32（完了）`` and a name holding ``1mSv``;
  and the PDF;
* ``source/tainai_zenki_seika_r3.xlsx``, a 総合計画 前期基本計画 成果指標の達成状況 in the manner of
  胎内市 (新潟県): **two grids on one sheet with different headers** (Western fiscal years in the first,
  survey rounds in 和暦 in the second), a ○/× 達成状況 with its legend, and **the unit of the money row
  stated only in a note above the grids** (``金額の単位は千円``); and the PDF;
* ``nishiwaga_suishin_kpi_r5.html``, a 地域再生計画 KPI page in the manner of 西和賀町 (岩手県):
  breadcrumb, ``<h1>``, date line, a ``<thead>`` of two rows mixing 和暦 and Western years, ``<th rowspan>``
  事業 cells, units in the names, and **a 備考 cell that turns one row's actuals and targets into running
  totals** (``2021年度からの累計``).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms370/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms370/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms370_soffice_") as tmp:
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
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right", fmt=fmt)


def _field(ws, row, key, value, c1, c2, height=18):
    """A form field: a shaded key cell merged over 1..c1-1, the value merged over c1..c2."""
    _span(ws, row, 1, c1 - 1, key, header=True)
    _span(ws, row, c1, c2, value, valign="center")
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 鶴田町 (青森県北津軽郡): 第4次鶴田町総合計画 後期基本計画 成果指標の推移（平成20年度）
# --------------------------------------------------------------------------------------------

# Real: 第4次鶴田町総合計画『鶴の里ロマン21』 and its period (平成13年度～平成22年度), 企画課, 46.4km²,
# スチューベン (作付面積およそ80ha, 年間販売額およそ6億円, 日本一), 朝ごはん条例 (平成16年), 鶴の舞橋,
# 富士見湖パーク. Made up: the 後期基本計画's period, the 施策, every indicator and figure.
TS_ROWS = [
    # (no, 施策, 成果指標, 策定時, 18, 19, 20, 目標22)
    (1, "農業の振興", "スチューベン作付面積", 80.2, 79.6, 78.9, 78.1, 80.0),
    (2, "農業の振興", "スチューベン年間販売額", 612, 598, 624, 587, 650),
    (3, "健康長寿のまちづくり", "朝食を毎日食べる児童・生徒の割合", 91.3, 93.0, 94.2, 95.1, 100.0),
    (4, "健康長寿のまちづくり", "朝ごはん推進講座の参加者数（人）", 240, 310, 355, 402, 400),
    (
        5,
        "交流と観光の推進",
        "鶴の舞橋・富士見湖パークの観光入込客数（千人）",
        86,
        120,
        143,
        131,
        150,
    ),
]


def tsuruta() -> Path:
    wb, ws = _sheet("成果指標の推移", [5, 16, 34, 10, 9, 9, 9, 10])
    _text(
        ws,
        1,
        1,
        "第４次鶴田町総合計画　後期基本計画　成果指標の推移（平成２０年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成21年9月　鶴田町企画課", align="right")
    _field(ws, 3, "計画の名称", "第4次鶴田町総合計画『鶴の里ロマン21』", 3, 8)
    _field(
        ws,
        4,
        "計画期間",
        "平成13年度～平成22年度（10年間）　うち後期基本計画　平成18年度～平成22年度（5年間）",
        3,
        8,
    )
    _field(ws, 5, "担当課", "企画課", 3, 8)
    _field(
        ws,
        6,
        "町の概要",
        "本町は津軽平野のほぼ中央に位置し、総面積は46.4km²です。米とりんごを基幹作物とし、昭和45年頃から転作作物として"
        "導入したぶどう「スチューベン」は作付面積およそ80ha、年間販売額およそ6億円と、作付面積・生産量ともに日本一と"
        "なっています。平成16年には全国に先駆けて「朝ごはん条例」を制定し、健康長寿のまちづくりを進めています。",
        3,
        8,
        height=60,
    )
    _text(ws, 8, 1, "■施策の成果指標（後期基本計画）", bold=True, size=11)
    _text(
        ws,
        9,
        8,
        "（単位　面積：ha　金額：百万円　割合：％　その他は指標名の（　）内に記載）",
        align="right",
        size=8,
    )
    h = 10
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "施策"),
            (3, "成果指標"),
            (4, "策定時\n（１７年度）"),
            (8, "目標\n（２２年度）"),
        ],
        [(5, 7, "実績", ["１８年度", "１９年度", "２０年度"])],
    )
    r = h + 2
    for i, (no, policy, name, *vals) in enumerate(TS_ROWS):
        _put(ws, r, 1, no, align="center")
        if i % 2 == 0 and i + 1 < len(TS_ROWS) and TS_ROWS[i + 1][1] == policy:
            _put(ws, r, 2, policy)
            _put(ws, r + 1, 2, None)
            _merge(ws, r, 2, r + 1, 2)
        elif i == 0 or TS_ROWS[i - 1][1] != policy:
            _put(ws, r, 2, policy)
        _put(ws, r, 3, name)
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r,
        [
            "※策定時は後期基本計画策定時（平成18年3月）に把握した平成17年度の値。目標は計画最終年度（平成22年度）の値。",
            "※スチューベンの作付面積・販売額は町内JA取扱分。児童・生徒の割合は毎年6月の町内小中学校調査による。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tsuruta_sogo_koki_seika_h20.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三春町 (福島県田村郡): 事務事業評価シート 住宅地除染事業（平成27年度）
# --------------------------------------------------------------------------------------------

# Real: 三春町除染実施計画, 除染対策課, 放射性物質対策特別会計, 住宅地除染事業 20億6,763万円 (平成27年度),
# 想定戸数 1,600戸, 町道除染 想定距離 53km, 公園 32箇所. Made up: the sheet, the 事業期間, every yearly figure.
MH_BLOCKS = [
    (
        "活動指標",
        [
            ("ア", "住宅地除染実施戸数", "戸", [200, 600, 800, "―"], [185, 574, 841, ""]),
            ("イ", "町道除染延長", "km", ["", 20.0, 33.0, ""], ["", 18.4, 34.6, ""]),
            ("ウ", "公園除染箇所数", "箇所", ["", "", 32, ""], ["", "", "32（完了）", ""]),
        ],
    ),
    (
        "成果指標",
        [
            ("①", "住宅地除染の進捗率", "％", [12.5, 50.0, 100.0, ""], [11.6, 47.4, 100.0, ""]),
            (
                "②",
                "除染後に年間追加被ばく線量1mSv以下となった住宅の割合",
                "％",
                ["", 90.0, 90.0, 90.0],
                ["", 92.1, 88.7, ""],
            ),
        ],
    ),
]


def _rate(plan, actual):
    if isinstance(plan, (int, float)) and isinstance(actual, (int, float)) and plan:
        return f"{actual / plan * 100:.1f}%"
    if isinstance(actual, str) and actual.startswith("32"):
        return "100.0%"
    return ""


def miharu() -> Path:
    wb, ws = _sheet("事務事業評価シート", [9, 5, 40, 7, 8, 10, 10, 10, 10, 24])
    _text(ws, 1, 1, "平成２７年度　事務事業評価シート（平成２７年度実施事業）", bold=True, size=13)
    _text(ws, 2, 10, "平成28年7月作成　三春町", align="right")
    rows = [
        ("事務事業名", "住宅地除染事業", "担当課", "除染対策課"),
        ("根拠計画", "三春町除染実施計画", "会計", "放射性物質対策特別会計"),
        ("事業期間", "平成24年度～平成28年度", "事業の区分", "継続（国庫委託金）"),
    ]
    r = 3
    for k1, v1, k2, v2 in rows:
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 7, k2, header=True)
        _span(ws, r, 8, 10, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "事業の概要", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "町内全域の住宅地（想定戸数1,600戸）を対象に、表土の除去、高圧洗浄、庭木のせん定等による除染を行う。"
        "平成27年度当初予算額は20億6,763万円で、町道（想定距離53km）及び公園（32箇所）の除染、仮置場の設置・管理と一体で進める。",
    )
    ws.row_dimensions[r].height = 42
    r += 2
    _text(ws, r, 1, "３　指標の推移", bold=True, size=11)
    r += 1
    h = r
    for c, word in enumerate(
        [
            "区分",
            "",
            "指標名",
            "単位",
            "",
            "H25年度",
            "H26年度",
            "H27年度",
            "H28年度",
            "指標の説明",
        ],
        start=1,
    ):
        _put(ws, h, c, word or None, header=True)
    _merge(ws, h, 1, h, 2)
    _merge(ws, h, 4, h, 5)
    ws.row_dimensions[h].height = 22
    r = h + 1
    explain = {
        "ア": "各年度に除染を完了した戸数",
        "イ": "除染を実施した町道の路線延長",
        "ウ": "都市公園・児童遊園等",
        "①": "除染済戸数（累計）÷想定戸数1,600戸",
        "②": "除染後モニタリング（事後測定）による",
    }
    for block, inds in MH_BLOCKS:
        top = r
        for label, name, unit, plan, actual in inds:
            rates = [_rate(p, a) for p, a in zip(plan, actual)]
            for k, (word, vals) in enumerate((("計画", plan), ("実績", actual), ("達成率", rates))):
                _put(ws, r + k, 2, label if k == 0 else None, align="center")
                _put(ws, r + k, 3, name if k == 0 else None)
                _put(ws, r + k, 4, unit if k == 0 else None, align="center")
                _put(ws, r + k, 5, word, align="center", fill=LIGHT if word == "達成率" else None)
                for j, v in enumerate(vals):
                    fill = LIGHT if word == "達成率" else None
                    _put(
                        ws,
                        r + k,
                        6 + j,
                        v,
                        align="center" if v in ("―", "") else "right",
                        fmt="#,##0.0" if isinstance(v, float) else None,
                        fill=fill,
                    )
                _put(ws, r + k, 10, explain[label] if k == 0 else None, size=8)
                ws.row_dimensions[r + k].height = 16
            for c in (2, 3, 4, 10):
                _merge(ws, r, c, r + 2, c)
            r += 3
        _put(ws, top, 1, block, header=True)
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "※達成率＝実績÷計画（計画のない年度は空欄）。住宅地除染は平成27年度までに想定戸数の全戸を完了したため、平成28年度の計画はない（「―」）。",
            "※②の平成28年度計画は事後モニタリングの目標値。実績は平成29年3月のモニタリング終了後に記入する。",
        ],
    )
    r += 3
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _span(ws, r + 1, 1, 2, "達成度", header=True)
    _span(ws, r + 1, 3, 10, "A　計画どおり進んでいる（住宅地の除染は平成27年度で完了）")
    _page(ws, "landscape")
    path = SOURCE / "miharu_jimujigyo_josen_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 胎内市 (新潟県): 第2次胎内市総合計画 前期基本計画 成果指標の達成状況（令和3年度）
# --------------------------------------------------------------------------------------------

# Real: 第2次胎内市総合計画 (from 平成29年度), the city's motto 自然が活きる、人が輝く、交流のまち“胎内”,
# the merger of 中条町 and 黒川村 (平成17年9月1日), 264.89km², 34,278人 (平成12年国勢調査), チューリップ (市の花).
# Made up: the 前期基本計画's period, 課, 政策, every indicator and figure.
TN_ROWS = [
    (1, "子育て・教育", "市内の出生数（人）", 205, 198, 187, 176, 170, 163, 200, "×"),
    (2, "産業・観光", "観光入込客数（千人）", 1032, 1051, 1008, 986, 612, 701, 1100, "×"),
    (
        3,
        "産業・観光",
        "ふるさと納税寄附額",
        48210,
        62300,
        75840,
        91120,
        128450,
        143900,
        100000,
        "○",
    ),
    (
        4,
        "暮らし・防災",
        "自主防災組織の組織率（％）",
        78.4,
        80.1,
        82.6,
        85.0,
        86.2,
        88.9,
        90.0,
        "×",
    ),
]
TN_SURVEY = [
    (5, "胎内市に住み続けたいと思う市民の割合", "72.5%", "７４．８％", "76.2%", "80.0%", "×"),
    (6, "地域の行事や活動に参加している市民の割合", "41.0%", "４３．７％", "45.3%", "45.0%", "○"),
]


def tainai() -> Path:
    wb, ws = _sheet("成果指標の達成状況", [5, 12, 30, 10, 9, 9, 9, 9, 9, 10, 8])
    _text(
        ws,
        1,
        1,
        "第２次胎内市総合計画　前期基本計画　成果指標の達成状況（令和３年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和4年8月　胎内市総合政策課", align="right")
    _field(ws, 3, "計画の名称", "第2次胎内市総合計画", 4, 11)
    _field(ws, 4, "将来像", "自然が活きる、人が輝く、交流のまち“胎内”", 4, 11)
    _field(
        ws,
        5,
        "計画期間",
        "基本構想　平成29年度～令和8年度（10年間）／前期基本計画　平成29年度～令和3年度（5年間）",
        4,
        11,
    )
    _field(ws, 6, "担当課", "総合政策課", 4, 11)
    _field(
        ws,
        7,
        "市の概要",
        "本市は平成17年9月1日に北蒲原郡中条町と黒川村が合併して誕生しました。面積は264.89km²で、合併前の平成12年国勢調査では"
        "人口34,278人（旧中条町27,528人、旧黒川村6,750人）でした。市の花はチューリップで、胎内川の扇状地に広がる平野部と、"
        "胎内リゾートのある山間部からなります。",
        4,
        11,
        height=48,
    )
    _text(ws, 9, 1, "２　成果指標の達成状況", bold=True, size=11)
    _text(
        ws,
        10,
        1,
        "　　※金額の単位は千円。その他の単位は指標名の（　）内に記載。達成状況　○：目標達成　×：未達成",
        size=8,
    )
    _text(ws, 11, 1, "（１）政策別の成果指標", bold=True, size=10)
    h = 12
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "政策"),
            (3, "成果指標"),
            (4, "策定時\n（2015年度）"),
            (10, "前期目標\n（2021年度）"),
            (11, "達成\n状況"),
        ],
        [(5, 9, "実績値", ["2017年度", "2018年度", "2019年度", "2020年度", "2021年度"])],
    )
    r = h + 2
    for i, (no, policy, name, *vals, mark) in enumerate(TN_ROWS):
        _put(ws, r, 1, no, align="center")
        if i > 0 and TN_ROWS[i - 1][1] == policy:
            _put(ws, r, 2, None)
            _merge(ws, r - 1, 2, r, 2)
        else:
            _put(ws, r, 2, policy)
        _put(ws, r, 3, name)
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, mark, align="center")
        ws.row_dimensions[r].height = 26
        r += 1
    r += 1
    _text(ws, r, 1, "（２）市民意識調査による指標", bold=True, size=10)
    r += 1
    heads = [
        "No.",
        "指標",
        "",
        "策定時\n（平成28年1月調査）",
        "平成30年度\n調査",
        "令和3年度\n調査",
        "前期目標\n（令和3年度）",
        "達成\n状況",
    ]
    cols = [1, 2, 3, 4, 6, 8, 10, 11]
    spans = {2: 3, 4: 5, 6: 7, 8: 9, 10: 10, 1: 1, 11: 11}
    for c, word in zip(cols, heads):
        if c == 3:
            continue
        _span(ws, r, c, spans[c], word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, *vals, mark in TN_SURVEY:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        for c, v in zip((4, 6, 8, 10), vals):
            _span(ws, r, c, c + 1 if c < 10 else c, v, align="right")
        _put(ws, r, 11, mark, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※市民意識調査は無作為抽出の市民2,000人を対象に3年ごとに実施（令和3年度調査の回収率は43.6%）。",
            "※2020年度の観光入込客数は新型コロナウイルス感染症の影響で胎内リゾートの各施設が休館した期間を含む。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tainai_zenki_seika_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西和賀町 (岩手県和賀郡): 第2期西和賀町まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: 第2期西和賀町まち・ひと・しごと創生推進計画 (地域再生計画), 19,364人 (1960年), 5,137人 (2020年国勢調査速報値),
# 3,183人 (2040年推計), 590.74km², 錦秋湖, 湯田温泉峡. Made up: the page, its date, 課, 計画期間, 事業, every KPI and figure.
NW_BLOCKS = [
    (
        "錦秋湖・湯田温泉峡を生かした交流人口拡大事業",
        [
            (
                "①",
                "観光入込客数（千人）",
                "402",
                "318",
                "365",
                "420",
                "431",
                "450",
                "湯田温泉峡・錦秋湖周辺の主要施設の合計",
            ),
            (
                "②",
                "体験型観光プログラムの参加者数（人）",
                "1,150",
                "1,020",
                "1,284",
                "1,400",
                "1,362",
                "1,600",
                "",
            ),
        ],
    ),
    (
        "西和賀で暮らす・働く移住定住促進事業",
        [
            ("③", "移住相談件数（件）", "38", "45", "52", "60", "71", "80", ""),
            (
                "④",
                "移住者数（人）",
                "12",
                "15",
                "29",
                "45",
                "48",
                "70",
                "基準値は令和2年度単年。実績値・目標値は2021年度からの累計",
            ),
            (
                "⑤",
                "町内事業所への新規就業者数（人）",
                "14",
                "11",
                "16",
                "18",
                "―",
                "20",
                "2023年度分は令和6年7月の事業所調査で確定予定",
            ),
        ],
    ),
]
NW_HEAD = """<thead>
<tr><th rowspan="2">事業名</th><th rowspan="2" colspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値<br>（令和2年度）</th><th colspan="2">実績値</th><th colspan="2">令和5年度</th><th rowspan="2">最終目標<br>（令和7年度）</th><th rowspan="2">備考</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>目標値</th><th>実績値</th></tr>
</thead>"""


def nishiwaga_html() -> str:
    rows = []
    for program, inds in NW_BLOCKS:
        for k, (label, name, *vals, note) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" class="l">{program}</th>' if k == 0 else ""
            rows.append(
                f'<tr>{head}<td class="c">{label}</td><td>{name}</td>'
                + "".join(f'<td class="{"c" if v == "―" else "num"}">{v}</td>' for v in vals)
                + f'<td class="note">{note}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期西和賀町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和5年度） - 西和賀町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.note {{ font-size: 9pt; }}
</style>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/kurashi/">町政情報</a></li>
<li><a href="/kurashi/chihososei/">地方創生</a></li>
<li>KPIの実績（令和5年度）</li>
</ol></nav>
<h1>第2期西和賀町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和5年度）</h1>
<p class="date">更新日：2024年10月1日　担当：企画課 地域振興係</p>
<p>西和賀町の人口は1960年の19,364人（旧湯田町・旧沢内村の合計）をピークに減少を続け、2020年の国勢調査速報値では5,137人となりました。国立社会保障・人口問題研究所の推計では2040年に3,183人まで減少するとされています。面積590.74km²の町の約9割を山林が占め、錦秋湖と湯田温泉峡が観光の中心です。</p>
<p>地域再生計画「第2期西和賀町まち・ひと・しごと創生推進計画」に基づく事業の重要業績評価指標（KPI）について、令和5年度の実績を取りまとめました。</p>
<table class="form">
<tr><th>地域再生計画の名称</th><td>第2期西和賀町まち・ひと・しごと創生推進計画</td></tr>
<tr><th>計画期間</th><td>令和3年4月1日～令和8年3月31日</td></tr>
<tr><th>担当課</th><td>企画課</td></tr>
</table>
<h2>２　重要業績評価指標（KPI）の実績</h2>
<table>
{NW_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※観光入込客数は岩手県観光統計の年度集計（4月～3月）によります。</p>
<p>※「―」は、現時点で数値が確定していないものです。</p>
<h2>３　今後の方向性</h2>
<p>観光入込客数は令和5年度の目標を上回りましたが、冬季（12月～2月）の入込は年間の2割弱にとどまっています。豪雪地帯の特性を生かした冬季プログラムの造成を進めます。</p>
</body>
</html>
"""


def nishiwaga() -> Path:
    path = HERE / "nishiwaga_suishin_kpi_r5.html"
    path.write_bytes(nishiwaga_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsuruta, miharu, tainai):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nishiwaga().name}")


if __name__ == "__main__":
    main()
