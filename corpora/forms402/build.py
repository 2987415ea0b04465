"""Build the documents of forms402/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/inawashiro_kouki_shihyo_r6.xlsx`` and its PDF, a 成果指標の進捗状況 of the 第七次猪苗代町振興計画
  後期計画 in the manner of 猪苗代町 (福島県耶麻郡): the era printed only in the two spanning group cells
  ``実績値（令和）`` and ``目標値（令和）``, the years under them era-less and full-width (``４年度``), and
  R6 actual cells that carry ``（見込）`` themselves (a note dates them to the end of January 2025);
* ``source/owani_jimujigyo_hyoka_r6.xlsx`` and its PDF, a 事務事業評価シート in the manner of 大鰐町
  (青森県南津軽郡): the periods are ski seasons written with two Western years (``2023-24シーズン``),
  each December to the next March and so inside one fiscal year (a note says so), and a merged 区分
  column that makes the upper rows 活動指標 and the lower rows 成果指標;
* ``source/wakuya_kanko_mokuhyo_r5.xlsx`` and its PDF, a 数値目標の進捗状況 of the 涌谷町観光振興計画 in the
  manner of 涌谷町 (宮城県遠田郡): calendar-year headers (``2021年``), no 単位 column but a ``（単位：人）``
  on the heading line and one name ending in ``（％）``, and a note that makes one row (No.4) fiscal years;
* ``shikaoi_kigyoban_kensho_r6.html``, a 企業版ふるさと納税 活用事業 効果検証 page in the manner of 鹿追町
  (北海道河東郡): a right-most ``R6寄附充当額（千円）`` column of money beside the KPI values, and one
  actual cell that holds its value with a breakdown (``2,140<br>（うち町外1,630）``).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms402/build.py"
    wb.properties.lastModifiedBy = "forms402/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9, border=True):
    if border:
        cell = _span(ws, row, c1, c2, value, size=size)
    else:
        cell = _text(ws, row, c1, value, size=size)
        ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, last_col, height=None, label_cols=2):
    _put(ws, row, 1, label, header=True)
    for c in range(2, label_cols + 1):
        _put(ws, row, c, None, header=True)
    if label_cols > 1:
        _merge(ws, row, 1, row, label_cols)
    cell = _span(ws, row, label_cols + 1, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms402_soffice_") as tmp:
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
# 猪苗代町 (福島県耶麻郡): 第七次猪苗代町振興計画後期計画 成果指標の進捗状況（令和６年度）
# Real: the plan's name, its 基本理念, 基本目標2's wording, 平成29年度～令和8年度 and the 後期計画 from
# 令和4年度, 企画財務課企画調整係, 394.85km², 野口英世, the 道の駅猪苗代 (平成28年11月, 年間100万人超),
# 12,353人 (2024-12-01). Made up: the indicators, values and notes.
# --------------------------------------------------------------------------------------------

IN_ROWS = [
    (1, "観光入込客数", "千人", 1612, 2205, 2498, "2,560（見込）", 2500, 2800),
    (2, "道の駅猪苗代の来場者数", "千人", 812, 1046, 1083, "1,021（見込）", 1050, 1100),
    (3, "そばの作付面積", "ha", 382, 376, 369, 371, 390, 400),
    (4, "新規就農者数（後期計画期間の累計）", "人", "―", 3, 7, 12, 9, 15),
    (
        5,
        "猪苗代湖・磐梯山の自然体験プログラム参加者数",
        "人",
        4120,
        5380,
        6045,
        "6,300（見込）",
        6000,
        7000,
    ),
]


def inawashiro() -> Path:
    wb, ws = _sheet("成果指標", [5, 36, 7, 12, 10, 10, 12, 10, 10])
    _text(
        ws,
        1,
        1,
        "第七次猪苗代町振興計画後期計画　成果指標の進捗状況（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年2月　猪苗代町", align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "第七次猪苗代町振興計画後期計画（基本理念「ともに地域を育て、みんなが心地よく暮らせるまち 猪苗代」）",
        9,
    )
    _field(
        ws,
        5,
        "計画期間",
        "基本構想・基本計画　平成29年度～令和8年度（10年間）／後期計画　令和4年度～令和8年度（5年間）",
        9,
    )
    _field(ws, 6, "担当課", "企画財務課企画調整係", 9)
    _field(
        ws,
        7,
        "町の概要",
        "本町は猪苗代湖の北岸に位置し、面積394.85km²の町域を磐梯山・安達太良山・吾妻山が囲んでいます。"
        "野口英世の生誕地として知られ、平成28年11月に開業した「道の駅猪苗代」には年間100万人を超える方が訪れています。"
        "人口は12,353人（令和6年12月1日推計）です。",
        9,
        height=40,
    )
    _text(ws, 9, 1, "基本目標２　豊かな自然を活かしきる。", bold=True, size=11)
    r = 10
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "成果指標", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _down(ws, r, r + 1, 4, "後期計画策定時\n（R2）", header=True)
    _span(ws, r, 5, 7, "実績値（令和）", header=True)
    _span(ws, r, 8, 9, "目標値（令和）", header=True)
    for col, y in zip(range(5, 10), ["４年度", "５年度", "６年度", "６年度", "８年度"]):
        _put(ws, r + 1, col, y, header=True)
    r += 2
    for no, name, unit, *vals in IN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(
                ws,
                r,
                4 + i,
                v,
                align="center" if v == "―" else ("right" if isinstance(v, str) else None),
            )
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※令和６年度の実績値のうち「（見込）」とあるものは、令和７年１月末時点の見込値です（確定値は令和７年度の進捗状況で報告します）。",
        "※No.4は後期計画期間（令和４年度から）の累計のため、策定時の値はありません（―）。",
        "※No.1・No.2は町独自集計による年度（４月～翌年３月）の値です。",
    ]
    for note in notes:
        r += 1
        _para(ws, r, 1, 9, note, 20, border=False)
    _page(ws, "landscape", f"A1:I{r}")
    path = SOURCE / "inawashiro_kouki_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大鰐町 (青森県南津軽郡): 令和６年度 事務事業評価シート
# Real: 大鰐温泉スキー場 on 阿闍羅山, the first ski course in 大正11年, seven Olympians, 18,777人 (昭和35年)
# and 8,665人 (令和2年), the 地域再生計画's 基本目標1 wording. Made up: the 事業, 課, money and every value.
# --------------------------------------------------------------------------------------------

OW_ROWS = [
    ("活動指標", "ジュニアスキー教室の開催回数", "回", 18, 20, 20, 22, 24, ""),
    ("活動指標", "県外の大学・高校への合宿誘致訪問件数", "件", 6, 9, 10, 8, 12, ""),
    (
        "成果指標",
        "ジュニアスキー教室の参加者数",
        "人",
        "延べ312",
        "延べ338",
        "延べ350",
        "延べ361",
        "延べ400",
        "町内小中学生",
    ),
    (
        "成果指標",
        "町外からのスキー合宿受入人数",
        "人泊",
        1240,
        1385,
        1500,
        1462,
        1800,
        "町内宿泊施設への聞き取り",
    ),
    (
        "成果指標",
        "大鰐温泉スキー場のリフト利用者数",
        "人",
        41200,
        35800,
        40000,
        43650,
        45000,
        "2023-24シーズンは少雪のため12月の営業なし",
    ),
]


def owani() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 30, 6, 11, 11, 10, 10, 11, 20])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 9, "令和7年6月　大鰐町", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 4, "事務事業名", "大鰐温泉スキー場ジュニア育成・スキー合宿誘致事業", 9)
    _field(ws, 5, "担当課", "企画観光課", 9)
    _field(
        ws,
        6,
        "上位計画",
        "大鰐町地域再生計画　基本目標１　大鰐町における安定した雇用を支える“おしごと”の創出",
        9,
    )
    _field(ws, 7, "事業期間", "令和4年度～令和8年度（5か年）", 9)
    _field(
        ws,
        8,
        "事業の内容",
        "大正11年に町内で初めてのスキー講習会が開かれて以来、阿闍羅山の大鰐温泉スキー場は競技スキーの拠点として"
        "7人のオリンピック選手を育ててきた。町の人口は昭和35年の18,777人から令和2年には8,665人まで減少しており"
        "（国勢調査）、ジュニア選手の育成と町外からのスキー合宿の誘致により、冬季の交流人口と温泉街の宿泊需要を確保する。",
        9,
        height=52,
    )
    _field(ws, 9, "事業費（R6決算）", "3,860千円（うち一般財源 1,930千円）", 9)
    _text(ws, 11, 1, "２　指標の推移", bold=True, size=11)
    _text(
        ws,
        12,
        1,
        "※シーズンは各年12月から翌年3月までのスキー場の営業期間です（同じ年度内）。",
        size=8,
    )
    r = 13
    _down(ws, r, r + 1, 1, "区分", header=True)
    _down(ws, r, r + 1, 2, "指標名", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _span(ws, r, 4, 5, "実績", header=True)
    _span(ws, r, 6, 7, "2024-25シーズン", header=True)
    _put(ws, r, 8, "目標値", header=True)
    _down(ws, r, r + 1, 9, "備考", header=True)
    for col, y in zip(
        range(4, 9), ["2022-23シーズン", "2023-24シーズン", "目標", "実績", "2026-27シーズン"]
    ):
        _put(ws, r + 1, col, y, header=True)
    ws.row_dimensions[r + 1].height = 26
    r += 2
    first = r
    for i, (kind, name, unit, *vals, note) in enumerate(OW_ROWS):
        _put(ws, r, 1, kind if i in (0, 2) else None, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v, align="right")
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 28
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 4, 1)
    ws.cell(row=first, column=1).alignment = Alignment(
        horizontal="center", vertical="center", wrap_text=True
    )
    ws.cell(row=first + 2, column=1).alignment = Alignment(
        horizontal="center", vertical="center", wrap_text=True
    )
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _field(ws, r, "成果の達成状況", "B（概ね達成）", 9)
    r += 1
    _field(
        ws,
        r,
        "今後の方向性",
        "現状維持。合宿受入は宿泊施設2軒の休業が続いたため目標に届かなかった。令和7年度は首都圏の大学3校への訪問を予定。",
        9,
        height=30,
    )
    _page(ws, "portrait", f"A1:I{r}")
    path = SOURCE / "owani_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 涌谷町 (宮城県遠田郡): 涌谷町観光振興計画 数値目標の進捗状況（令和５年実績）
# Real: the plan's name (素案 平成29年5月), 産業振興課 商工観光班, 82.16km², 天平21年 (749年), 黄金900両
# (約13kg), 天平ろまん館, わくや天平の湯, 小ねぎ (関東以北で最大の産地). Made up: the period, values, notes.
# --------------------------------------------------------------------------------------------

WK_ROWS = [
    (1, "観光客入込数", 168400, 121300, 139800, 152600, 160000, 185000),
    (2, "天平ろまん館の入館者数", 38900, 24100, 29700, 33250, 32000, 40000),
    (3, "わくや桜まつりの来場者数", 52000, "―", 38000, 45500, 45000, 55000),
    (4, "わくや天平の湯の利用者数", 96500, 71800, 80200, 84900, 88000, 100000),
    (5, "観光客満足度（％）", 72.5, 74.0, 75.8, 78.1, 78.0, 80.0),
]


def wakuya() -> Path:
    wb, ws = _sheet("数値目標", [5, 30, 11, 11, 11, 11, 11, 11])
    _text(ws, 1, 1, "涌谷町観光振興計画　数値目標の進捗状況（令和５年実績）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年10月　涌谷町産業振興課", align="right")
    _field(ws, 4, "計画の名称", "涌谷町観光振興計画", 8)
    _field(ws, 5, "計画期間", "平成29年度～令和8年度（10年間）", 8)
    _field(ws, 6, "担当課", "産業振興課　商工観光班", 8)
    _field(
        ws,
        7,
        "町の概要",
        "本町は宮城県の北部に位置し、面積は82.16km²です。天平21年（749年）に日本で初めて金を産出し、東大寺大仏の建立に"
        "黄金900両（約13kg）を献上した地として知られ、小ねぎは関東以北で最大の産地となっています。",
        8,
        height=40,
    )
    _text(ws, 9, 1, "■数値目標の推移", bold=True, size=11)
    _text(ws, 9, 8, "（単位：人）", align="right")
    r = 10
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "数値目標", header=True)
    _put(ws, r, 3, "策定時", header=True)
    _put(ws, r + 1, 3, "（2016年）", header=True)
    _span(ws, r, 4, 6, "実績値", header=True)
    _span(ws, r, 7, 8, "目標値", header=True)
    for col, y in zip(range(4, 9), ["2021年", "2022年", "2023年", "2023年", "2026年"]):
        _put(ws, r + 1, col, y, header=True)
    r += 2
    for no, name, *vals in WK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for i, v in enumerate(vals):
            _put(ws, r, 3 + i, v, align="center" if v == "―" else None)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※数値目標は暦年（1月～12月）で集計しています。ただし、No.4は年度（4月～翌年3月）で集計しており、「2021年」の欄は令和3年度の値です（2022年・2023年・2016年の欄も同様）。",
        "※No.3の2021年は、新型コロナウイルス感染症の影響によりまつりを中止したため「―」としています。",
        "※No.5は観光客アンケート（町内3か所、各年約400人）で「満足」「やや満足」と答えた人の割合です。",
    ]
    for note in notes:
        r += 1
        _para(ws, r, 1, 8, note, 26, border=False)
    _page(ws, "portrait", f"A1:H{r}")
    path = SOURCE / "wakuya_kanko_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鹿追町 (北海道河東郡): 令和６年度 企業版ふるさと納税（地方創生応援税制）活用事業の効果検証
# Real: 第2期鹿追町まち・ひと・しごと創生推進計画, 10,448人 (1960), 5,266人 (令和2年), 3,802人 (2050),
# 402.88km², バイオガスプラント, the 自営線 to 9 public buildings. Made up: the rest (課, KPIs, values, money).
# --------------------------------------------------------------------------------------------

SK_ROWS = [
    (
        "①",
        "町内の再生可能エネルギー導入量",
        "kW",
        "12,400",
        "13,000",
        "13,180",
        "13,600",
        "13,420",
        "15,000",
        "18,500",
    ),
    ("②", "自営線による公共施設への電力供給施設数", "施設", "0", "5", "6", "9", "9", "12", "6,200"),
    (
        "③",
        "公共施設の電力使用量に占める町内産再生可能エネルギーの割合",
        "％",
        "18.5",
        "30.0",
        "27.4",
        "40.0",
        "41.2",
        "50.0",
        "4,800",
    ),
    (
        "④",
        "環境学習・視察の受入人数",
        "人",
        "1,850",
        "2,000",
        "2,140<br>（うち町外1,630）",
        "2,200",
        "2,180",
        "2,500",
        "1,500",
    ),
]


def shikaoi_html() -> str:
    rows = []
    for label, name, unit, base, t5, a5, t6, a6, final, money in SK_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in (base, t5, a5, t6, a6, final))
        rows.append(
            f'      <tr>\n        <th scope="row">{label}{name}</th>\n        <td>{unit}</td>\n'
            f'        {cells}\n        <td class="num money">{money}</td>\n      </tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和６年度 企業版ふるさと納税（地方創生応援税制）活用事業の効果検証 - 鹿追町</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; max-width: 980px; margin: 0 auto; }}
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #666; padding: 4px 8px; }}
  thead th {{ background: #e6efe6; }}
  td.num {{ text-align: right; }}
  td.money {{ background: #f6f6f6; }}
  dl.form dt {{ float: left; clear: left; width: 12em; font-weight: bold; }}
  dl.form dd {{ margin-left: 13em; }}
</style>
</head>
<body>
<nav class="breadcrumb">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/gyosei/">町政情報</a></li>
    <li><a href="/gyosei/keikaku/">計画・施策</a></li>
    <li><a href="/gyosei/keikaku/sousei/">地方創生</a></li>
    <li>令和６年度 企業版ふるさと納税（地方創生応援税制）活用事業の効果検証</li>
  </ol>
</nav>
<main>
<h1>令和６年度 企業版ふるさと納税（地方創生応援税制）活用事業の効果検証</h1>
<p class="date">掲載日：2025年9月12日　担当：企画課</p>
<p>本町の人口は、町制施行の翌年、1960年（昭和35年）の10,448人をピークに減少が続き、令和2年の国勢調査では5,266人となりました。国立社会保障・人口問題研究所の推計では、2050年には3,802人になると見込まれています。</p>
<p>面積402.88km²の町内では、家畜ふん尿を原料とするバイオガスプラントの電力を自営線で役場周辺の公共施設に供給するなど、再生可能エネルギーを生かしたまちづくりを進めています。令和6年度は14社の皆さまから企業版ふるさと納税によるご寄附をいただきました。</p>
<dl class="form">
  <dt>地域再生計画の名称</dt><dd>第2期鹿追町まち・ひと・しごと創生推進計画</dd>
  <dt>計画期間</dt><dd>令和3年4月1日～令和8年3月31日</dd>
  <dt>担当課</dt><dd>企画課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<table>
  <thead>
    <tr>
      <th rowspan="2" scope="col">重要業績評価指標（KPI）</th>
      <th rowspan="2" scope="col">単位</th>
      <th rowspan="2" scope="col">基準値<br>（R2年度）</th>
      <th colspan="2" scope="colgroup">令和5年度</th>
      <th colspan="2" scope="colgroup">令和6年度</th>
      <th rowspan="2" scope="col">最終目標<br>（R7年度）</th>
      <th rowspan="2" scope="col">R6寄附充当額<br>（千円）</th>
    </tr>
    <tr>
      <th scope="col">目標</th><th scope="col">実績</th>
      <th scope="col">目標</th><th scope="col">実績</th>
    </tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<ul class="notes">
  <li>R6寄附充当額は、令和6年度に各KPIに係る取組へ充当した企業版ふるさと納税の額です（合計31,000千円）。</li>
  <li>④の令和5年度実績の括弧内は、受入人数のうち町外からの人数です。</li>
  <li>③は、役場・学校など対象となる公共施設の年間電力使用量に占める割合です。</li>
</ul>
</main>
<footer><p>鹿追町役場　企画課</p></footer>
</body>
</html>
"""


def shikaoi() -> Path:
    path = HERE / "shikaoi_kigyoban_kensho_r6.html"
    path.write_bytes(shikaoi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (inawashiro, owani, wakuya):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shikaoi().name}")


if __name__ == "__main__":
    main()
