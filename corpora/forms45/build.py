"""Build the built documents of forms45/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/gamagori_seika_shihyo.xlsx``, a sheet in the manner of 蒲郡市 (愛知県) 基本計画（案）の
  成果指標一覧表: **a `方向性` column of words (`増加を目指す` / `減少を目指す` / `維持を目指す`)
  and a `指標の定義・算出方法` column holding numbers**, no actuals, a `―` 現状値, `人/年` units;
  and from it ``gamagori_seika_shihyo.pdf``;
* ``source/yoshino_jimujigyo_hyoka_h25.xlsx``, a sheet in the manner of 吉野町 (奈良県) 平成25年度決算
  に基づく事務事業評価表: **each indicator on a `予定` row and a `実績` row, its unit only in brackets
  at the end of its name**, a `総費用の推移（単位：千円）` block with a `単位コスト` row, 0～3点 個別評価;
  and from it ``yoshino_jimujigyo_hyoka_h25.pdf``;
* ``source/ube_zenki_kensho_h24.xlsx``, a sheet in the manner of 宇部市 (山口県) 前期実行計画の検証:
  **a count table of 進捗率 classes above the KPI grid**, a `進捗率` and a `区分` column, an actual
  year (H24) that is not the target year (H25), verification prose with numbers; and from it
  ``ube_zenki_kensho_h24.pdf``;
* ``haebaru_senryaku_kensho_r1.html``, a page in the manner of 南風原町 (沖縄県) 第2期総合戦略の
  「第1期町総合戦略の検証」: **one table with full-width 基本目標 rows between the groups, values
  carrying their unit in the cell (`1.62万人`, `累計20件`, `280件以下`)**, a `区分` column
  (数値目標 / KPI), a `【再掲】` KPI, a `検証` column `目標達成` / `改善` / `悪化`.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import itertools
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
    wb.properties.creator = "forms45/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms45/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms45_soffice_") as tmp:
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
# 蒲郡市 (愛知県): 基本計画（案） 成果指標一覧表 — 方向性の語、指標の定義、実績なし
# --------------------------------------------------------------------------------------------

# Real (資料5 基本計画 案, paperzz 6505201): 基本目標1 笑顔で安心して暮らせるまちづくり and its 施策
# 1.健康づくり … 3.子育て支援. Made up: the years, every indicator, figure, 方向性 and definition.
GAMAGORI = [
    # (施策番号, 施策名, 指標名, 単位, 現状値, 目標値, 方向性, 定義)
    (
        "1",
        "健康づくり",
        "特定健康診査の受診率",
        "％",
        38.6,
        60.0,
        "増加を目指す",
        "国民健康保険被保険者（40～74歳）のうち特定健康診査を受診した人の割合",
    ),
    (
        "1",
        "健康づくり",
        "がん検診の受診者数",
        "人/年",
        9842,
        11000,
        "増加を目指す",
        "胃・肺・大腸・子宮・乳の5つのがん検診の受診者数の合計",
    ),
    (
        "1",
        "健康づくり",
        "自殺者数",
        "人/年",
        12,
        8,
        "減少を目指す",
        "人口動態統計による市内の自殺者数。H22～H26の平均から約3割の減少を目指す。",
    ),
    ("3", "子育て支援", "保育園の待機児童数", "人", 0, 0, "維持を目指す", "4月1日現在の待機児童数"),
    (
        "3",
        "子育て支援",
        "子育て支援センターの利用者数",
        "人/年",
        28415,
        32000,
        "増加を目指す",
        "市内4か所の子育て支援センターの年間延べ利用者数",
    ),
    (
        "3",
        "子育て支援",
        "ファミリー・サポート・センターの提供会員数",
        "人",
        "―",
        150,
        "増加を目指す",
        "平成27年度開設。提供会員の登録者数（累計）",
    ),
]


def gamagori() -> Path:
    widths = [7, 14, 34, 8, 17, 17, 13, 48]
    wb, ws = _sheet("成果指標一覧", widths)
    _text(ws, 1, 1, "資料5", size=9)
    _text(ws, 2, 1, "基本計画（案）　施策体系に基づく成果指標一覧表", bold=True, size=13)
    _text(ws, 2, 8, "蒲郡市", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　笑顔で安心して暮らせるまちづくり", bold=True, size=10)
    h = 5
    head = [
        "施策番号",
        "施策名",
        "めざす姿の成果指標名",
        "単位",
        "現状値（平成26年度）",
        "目標値（平成32年度）",
        "方向性",
        "指標の定義・算出方法",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    start = {}
    for no, name, ind, unit, base, target, way, note in GAMAGORI:
        first = no not in start
        if first:
            start[no] = r
        _put(ws, r, 1, no if first else None, align="center")
        _put(ws, r, 2, name if first else None, align="center")
        _put(ws, r, 3, ind)
        _put(ws, r, 4, unit, align="center")
        fmt = "0.0" if unit == "％" else "#,##0"
        _put(ws, r, 5, base, fmt=fmt, align="center" if base == "―" else "right")
        _put(ws, r, 6, target, fmt=fmt)
        _put(ws, r, 7, way, align="center")
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    ends = [*start.values(), r]
    for a, b in itertools.pairwise(ends):
        if b - 1 > a:
            _merge(ws, a, 1, b - 1, 1)
            _merge(ws, a, 2, b - 1, 2)
    _text(ws, r, 1, "※方向性は、目標値に向けて指標が目指す向きを示します。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※現状値の「―」は、平成27年度からの新規事業のため数値がないことを示します。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "gamagori_seika_shihyo.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 吉野町 (奈良県): 事務事業評価表（平成25年度決算） — 予定 / 実績 の2行、単位は指標名の括弧
# --------------------------------------------------------------------------------------------

# Real (吉野町 平成25年度決算に基づく事務事業評価, town.yoshino.nara.jp): the 評価表, 対象・意図・手段,
# 活動指標・成果指標・総費用, 妥当性・有効性・効率性 scored 0～3点 by the 改善の余地, the 所属長 as
# 一次評価者. Made up: the program, its fields, every indicator, figure and score.
YOSHINO = [
    # (区分, 指標名（単位）, 予定 H23–H26, 実績 H23–H25)
    ("活動指標", "林業体験会の開催回数（回）", (10, 10, 12, 12), (9, 11, 12)),
    ("活動指標", "林業体験会の参加者数（人）", (300, 300, 350, 350), (264, 318, 341)),
    ("成果指標", "参加者の満足度（％）", (80.0, 80.0, 85.0, 85.0), (78.5, 84.0, 88.2)),
    ("成果指標", "林業への就業希望者数（人）", ("―", 5, 5, 5), (2, 4, 6)),
]
YOSHINO_COST = [
    ("事業費", (4820, 5130, 5460)),
    ("うち一般財源", (2410, 2565, 2730)),
    ("人件費", (3200, 3200, 3600)),
    ("総費用", (8020, 8330, 9060)),
    ("単位コスト（参加者1人当たり・円）", (30379, 26195, 26569)),
]
YEARS = ["平成23年度", "平成24年度", "平成25年度", "平成26年度"]


def yoshino() -> Path:
    widths = [11, 32, 8, 12, 12, 12, 12]
    wb, ws = _sheet("事務事業評価表", widths)
    _text(ws, 1, 1, "平成25年度決算に基づく事務事業評価表", bold=True, size=13)
    _text(ws, 2, 7, "吉野町", align="right", size=9)
    _text(ws, 3, 1, "１　事務事業の概要", bold=True, size=10)
    fields = [
        ("事務事業名", "吉野林業体験交流事業"),
        ("担当課", "農林振興課"),
        ("総合計画の位置づけ", "基本目標3　地域の資源を生かした産業のまち／施策3-2　林業の振興"),
        ("会計", "一般会計"),
    ]
    r = 4
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　事業の対象・意図・手段", bold=True, size=10)
    r += 2
    for key, value in (
        ("対象", "町内外の小中学生及び一般の参加者"),
        ("意図", "吉野林業への理解を深め、将来の担い手の確保につなげる。"),
        ("手段", "植林・間伐の体験会と木工教室を開催する（森林組合に委託）。"),
    ):
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "３　指標の推移", bold=True, size=10)
    h = r + 2
    for c, word in enumerate(["区分", "指標名", "年度", *YEARS], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    first = {}
    for kind, name, plan, done in YOSHINO:
        if kind not in first:
            first[kind] = r
        for i, (word, values) in enumerate((("予定", plan), ("実績", done))):
            _put(ws, r + i, 1, kind if (i == 0 and first[kind] == r) else None, align="center")
            _put(ws, r + i, 2, name if i == 0 else None)
            _put(ws, r + i, 3, word, align="center")
            for j in range(4):
                v = values[j] if j < len(values) else None
                fmt = "0.0" if isinstance(v, float) else "#,##0"
                _put(ws, r + i, 4 + j, v, fmt=fmt, align="center" if v == "―" else "right")
            ws.row_dimensions[r + i].height = 16
        _merge(ws, r, 2, r + 1, 2)
        r += 2
    _merge(ws, first["活動指標"], 1, first["成果指標"] - 1, 1)
    _merge(ws, first["成果指標"], 1, r - 1, 1)
    _text(ws, r, 1, "※平成26年度は予定のみ記入。就業希望者数は平成24年度から予定を設定。", size=8)
    _text(ws, r + 2, 1, "４　総費用の推移（単位：千円）", bold=True, size=10)
    h = r + 3
    _span(ws, h, 1, 3, "項目", header=True)
    for c, word in enumerate(YEARS[:3], start=4):
        _put(ws, h, c, word, header=True)
    r = h + 1
    for name, values in YOSHINO_COST:
        _span(ws, r, 1, 3, name)
        for j, v in enumerate(values):
            _put(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 16
        r += 1
    _text(ws, r + 1, 1, "５　個別評価（改善の余地）", bold=True, size=10)
    e = r + 2
    for c, word in enumerate(["妥当性", "有効性", "効率性", "合計"], start=1):
        _put(ws, e, c, word, header=True)
    for c, word in enumerate(["1点", "2点", "1点", "4点"], start=1):
        _put(ws, e + 1, c, word, align="center")
    _span(ws, e, 5, 7, "総合評価（所属長）", header=True)
    _span(ws, e + 1, 5, 7, "改善して継続", align="center")
    _text(ws, e + 2, 1, "※評価点：0点 改善の余地なし ～ 3点 改善の余地が大きい", size=8)
    _page(ws, "portrait")
    path = SOURCE / "yoshino_jimujigyo_hyoka_h25.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇部市 (山口県): 前期実行計画の検証 — 進捗率の区分表、H24実績とH25目標、進捗率と区分
# --------------------------------------------------------------------------------------------

# Real (宇部市 第2章 前期実行計画の検証, city.ube.yamaguchi.jp): the chapter title, the plan period
# 平成22年度～25年度, the keywords, the count table with every figure, its two notes, the heading
# 【環境】市民との協働により、地域環境力を高めます, the subjects of the 成果の検証 prose (太陽光発電,
# 学校給食残渣, ノーマイカーデー, エコ定期券, 1人1日当たりのごみ排出量). Made up: the grid, its
# indicators' exact names, units and every figure in it.
UBE_COUNT = [
    ("環境", 11, 5, 1, 17),
    ("安心", 46, 9, 0, 55),
    ("健康", 9, 5, 0, 14),
    ("市民力", 14, 4, 0, 18),
    ("地域ブランド", 14, 2, 3, 19),
    ("まちづくりの共通基盤", 8, 1, 2, 11),
    ("合計", 102, 26, 6, 134),
    ("割合", "76.1%", "19.4%", "4.5%", "100%"),
]
UBE = [
    # (成果目標, 単位, H21, H24, H25目標, 進捗率, 区分)
    ("公共施設への太陽光発電設備の設置数", "施設", 8, 21, 24, "87.5%", "75%以上"),
    ("学校給食残渣のリサイクル率", "％", 45.0, 92.3, 100.0, "92.3%", "75%以上"),
    ("ノーマイカーデー参加事業所数", "事業所", 36, 48, 80, "60.0%", "75%未満"),
    ("エコ定期券の販売枚数", "枚", 1210, 1385, 2400, "57.7%", "75%未満"),
    ("1人1日当たりのごみ排出量", "g", 1028, 1003, 950, "94.7%", "75%以上"),
    ("環境学習講座の開催回数", "回", 24, "―", 30, "―", "その他"),
]


def ube() -> Path:
    widths = [38, 9, 14, 12, 12, 11, 11]
    wb, ws = _sheet("前期実行計画の検証", widths)
    _text(ws, 1, 1, "第2章　前期実行計画の検証", bold=True, size=13)
    _text(ws, 1, 7, "宇部市", align="right", size=9)
    _para(
        ws,
        2,
        1,
        7,
        "前期実行計画（平成22年度～25年度）の取組の成果について、計画年度途中となる平成24年度末時点での成果目標の進捗率は、次の表のとおりです。",
        28,
    )
    _text(ws, 4, 1, "成果目標の進捗率", bold=True, size=10)
    h = 5
    for c, word in enumerate(["キーワード", "75%以上", "75%未満", "その他（注）", "合計"], start=1):
        _put(ws, h, c, word, header=True)
    r = h + 1
    for row in UBE_COUNT:
        for c, v in enumerate(row, start=1):
            _put(
                ws,
                r,
                c,
                v,
                align="right" if c > 1 else None,
                bold=row[0] in ("合計", "割合") and c == 1,
            )
        r += 1
    _text(ws, r, 1, "※進捗率は平成24年度末の各指標の実績値を目標値で除して算出", size=8)
    _text(ws, r + 1, 1, "注：事業終了等の理由により取組実績がないもの", size=8)
    _text(ws, r + 3, 1, "【環境】市民との協働により、地域環境力を高めます", bold=True, size=10)
    h = r + 4
    for c, word in enumerate(
        ["成果目標", "単位", "計画策定時（H21）", "実績（H24）", "目標（H25）", "進捗率", "区分"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for name, unit, base, act, target, rate, cls in UBE:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmt = "0.0" if unit == "％" else "#,##0"
        for c, v in ((3, base), (4, act), (5, target)):
            _put(ws, r, c, v, fmt=fmt, align="center" if v == "―" else "right")
        _put(ws, r, 6, rate, align="center" if rate == "―" else "right")
        _put(ws, r, 7, cls, align="center")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "成果の検証", bold=True, size=10)
    _para(
        ws,
        r + 2,
        1,
        7,
        "公共施設への太陽光発電の設置（21施設）や学校給食残渣のリサイクル（92.3%）は順調に進んでいるものの、ノーマイカーデーの実施やエコ定期券の販売枚数の実績は、前期実行計画の成果目標に対し進捗が十分ではありません。1人1日当たりのごみ排出量も目標の950gに届いておらず、ごみの減量化への取組を強化していく必要があります。",
        58,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "ube_zenki_kensho_h24.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南風原町 (沖縄県): 第2期総合戦略「第1期町総合戦略の検証」 — 基本目標の行、単位つきの値、検証
# --------------------------------------------------------------------------------------------

# Real (南風原町人口ビジョン（改訂版）及び…第2期まち・ひと・しごと創生総合戦略, 令和5年2月,
# town.haebaru.lg.jp; 第1期素案 平成28年2月): the strategy's title, its section 4 第1期町総合戦略の検証,
# the three 基本目標 names. Made up: the table, every indicator, figure and 検証 word, the notes.
HAEBARU = [
    (
        "基本目標1　若い世代の子育て環境をととのえる",
        [
            ("数値目標", "合計特殊出生率", "1.86", "1.90", "1.81", "悪化"),
            ("KPI", "待機児童数の削減", "38人", "0人", "12人", "改善"),
            ("KPI", "子育て支援センターの利用者数", "8,420人", "10,000人", "10,315人", "目標達成"),
        ],
    ),
    (
        "基本目標2　地域に根差した産業を育成し安定した雇用を創出する",
        [
            ("数値目標", "町内従業者数", "1.62万人", "1.70万人", "1.74万人", "目標達成"),
            ("KPI", "創業支援による創業者数", "―", "累計20件", "累計23件", "目標達成"),
        ],
    ),
    (
        "基本目標3　安全・安心な暮らしを実現し住み続けたいと思える地域を形成する",
        [
            (
                "KPI",
                "【再掲】子育て支援センターの利用者数",
                "8,420人",
                "10,000人",
                "10,315人",
                "目標達成",
            ),
            ("KPI", "刑法犯認知件数の減少", "312件", "280件以下", "296件", "改善"),
            ("KPI", "自主防災組織の結成率", "41.2%", "60.0%", "63.5%", "目標達成"),
        ],
    ),
]


def haebaru_html() -> str:
    rows = []
    for goal, items in HAEBARU:
        rows.append(f'<tr><td colspan="6" class="goal">{goal}</td></tr>')
        for kind, name, base, target, actual, check in items:
            rows.append(
                f'<tr><td class="c">{kind}</td><td>{name}</td><td class="r">{base}</td><td class="r">{target}</td><td class="r">{actual}</td><td class="c">{check}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第1期町総合戦略の検証　南風原町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.goal {{ background: #f2f2f2; font-weight: bold; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<p>南風原町人口ビジョン（改訂版）及び南風原町デジタル田園都市国家構想の実現に向けた第2期まち・ひと・しごと創生総合戦略　令和5年2月　南風原町</p>
<h2>4　第1期町総合戦略の検証</h2>
<p>第1期町総合戦略（平成27年度～令和元年度）に掲げた数値目標及び重要業績評価指標（KPI）の達成状況は、次のとおりです。</p>
<table>
<thead>
<tr><th>区分</th><th>数値目標・KPI</th><th>基準値（H26）</th><th>目標値（R元）</th><th>実績値（R元）</th><th>検証</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※検証　目標達成：目標値に到達　改善：目標値には届かないが基準値より改善　悪化：基準値より悪化</p>
<p class="note">※創業者数の基準値「―」は、H27からの新規事業のため。</p>
<p class="note">※第1期町総合戦略の関連事業費（H27～R元）：約3億4千万円</p>
</body>
</html>
"""


def haebaru() -> Path:
    path = HERE / "haebaru_senryaku_kensho_r1.html"
    path.write_bytes(haebaru_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (gamagori, yoshino, ube):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {haebaru().name}")


if __name__ == "__main__":
    main()
