"""Build the built documents of forms23/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fukuchiyama_jimujigyo_h29.xlsx``, a sheet in the manner of 福知山市 (京都府)
  「平成29年度事務事業評価シート」 (key-value fields with 対象者数 and 一人当りコスト, a cost table,
  and an indicator table whose era-less years run backwards: ``28年度 | 27年度 | 26年度``), and
  from it ``fukuchiyama_jimujigyo_h29.pdf``;
* ``source/saijo_kouki_shihyo_r4.xlsx``, a sheet in the manner of 西条市 (愛媛県) 第2期西条市総合計画
  後期基本計画 成果指標の進捗 (計画策定時 / 実績値 / 前年度比 / 中間・最終目標 / 達成度 A-C, targets
  with 以上 / 以下 / a range, 施策 rows spanning the width), and from it ``saijo_kouki_shihyo_r4.pdf``;
* ``source/yamato_shuyo_seika_r4.xlsx``, a sheet in the manner of 山都町 (熊本県) 「令和4年度 主要施策の
  成果説明書」 (two 事業 blocks with 決算額 and 財源; 成果指標 whose value cells carry their units and
  the target its year: ``120件（R6）``), and from it ``yamato_shuyo_seika_r4.pdf``;
* ``tsuwano_senryaku_suchi_h29.html``, a page in the manner of 津和野町 (島根県) まち・ひと・しごと
  創生総合戦略 数値目標の進捗 (the indicators run across the columns, the years and 基準値 / 目標 /
  実績 down the side).

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
    wb.properties.creator = "forms23/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms23/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms23_soffice_") as tmp:
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
# 福知山市 (京都府): 平成29年度事務事業評価シート — 年度が逆順 (28 | 27 | 26), 元号なし
# --------------------------------------------------------------------------------------------

# Real: the title, 作成日時, 事業名 and code, 担当課, 開始/終了予定年度, 施策, 事業目的, 対象者,
# 対象者数 10,000, 一人当りコスト 0.11, 事業区分, the 事業概要 text and the 実施主体. Made up: the
# cost table, the indicators and every figure of them, the 評価 letters and the notes.
FUKU_FIELDS = [
    ("事業名（コード）", "額田ダシまつり補助事業（130321）", "担当課", "夜久野支所"),
    ("施策名", "文化財の保護・保存", "事業区分", "市単独事業"),
    ("開始年度", "平成18(2006)", "終了予定年度", "平成32(2020)"),
    ("対象者", "観光客及び額田地域住民", "対象者数", 10000),
]
FUKU_COST = [
    ("事業費", 1100, 1100, 1050),
    ("うち一般財源", 1100, 1100, 1050),
    ("人件費", 420, 410, 415),
    ("合計", 1520, 1510, 1465),
]
FUKU_IND = [
    ("活動指標", "①", "補助金交付団体数", "団体", 2, 2, 2, 2),
    ("活動指標", "②", "PR用ポスター・チラシ配布枚数", "枚", 3000, 2500, "―", 3000),
    ("成果指標", "①", "ダシまつり来場者数", "人", "約8,000", 7500, 7200, 10000),
    ("成果指標", "②", "額田ダシ振興会の会員数", "人", 52, 55, 58, 60),
]


def fukuchiyama() -> Path:
    wb, ws = _sheet("事務事業評価", [11, 6, 30, 8, 11, 11, 11, 13])
    _text(ws, 1, 1, "平成29年度事務事業評価シート", bold=True, size=14)
    _text(ws, 1, 7, "作成日時　2017/3/31", size=9)
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "1　基礎情報", bold=True, size=10)
    r = 4
    for k1, v1, k2, v2 in FUKU_FIELDS:
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 4, v1)
        _span(ws, r, 5, 6, k2, header=True)
        _span(ws, r, 7, 8, v2, align="left" if isinstance(v2, str) else "right")
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "一人当りコスト", header=True)
    _span(ws, r, 3, 4, "0.11（単位：千円）")
    _span(ws, r, 5, 6, "実施主体等", header=True)
    _span(ws, r, 7, 8, "額田ダシ振興会")
    ws.row_dimensions[r].height = 18
    r += 1
    _span(ws, r, 1, 2, "事業目的\n（あるべき姿）", header=True)
    _span(ws, r, 3, 8, "文化財を適切に保護・保存する")
    ws.row_dimensions[r].height = 26
    r += 1
    _span(ws, r, 1, 2, "事業概要", header=True)
    _span(
        ws,
        r,
        3,
        8,
        "京都府及び福知山市無形民俗文化財に登録されている額田のダシまつり（江戸時代から続く独自の伝統文化）"
        "を後世に継承し、観光資源として広くPRする。額田ダシ振興会及び額田区自治会長会に補助金を交付する。",
    )
    ws.row_dimensions[r].height = 40
    r += 2
    _text(ws, r, 1, "2　事業費の推移", bold=True, size=10)
    _text(ws, r, 8, "（単位：千円）", align="right")
    r += 1
    _span(ws, r, 1, 3, "区分", header=True)
    _span(ws, r, 4, 5, "28年度", header=True)
    _put(ws, r, 6, "27年度", header=True)
    _put(ws, r, 7, "26年度", header=True)
    _put(ws, r, 8, "備考", header=True)
    r += 1
    for name, a, b, c in FUKU_COST:
        _span(ws, r, 1, 3, name, bold=name == "合計")
        _span(ws, r, 4, 5, a)
        _put(ws, r, 6, b)
        _put(ws, r, 7, c)
        _put(ws, r, 8, "")
        r += 1
    r += 1
    _text(ws, r, 1, "3　指標の推移", bold=True, size=10)
    r += 1
    _merge(ws, r, 1, r + 1, 1)
    _put(ws, r, 1, "区分", header=True)
    _merge(ws, r, 2, r + 1, 3)
    _put(ws, r, 2, "指標名", header=True)
    _merge(ws, r, 4, r + 1, 4)
    _put(ws, r, 4, "単位", header=True)
    _span(ws, r, 5, 7, "実績値", header=True)
    _merge(ws, r, 8, r + 1, 8)
    _put(ws, r, 8, "目標値\n（32年度）", header=True)
    for i, h in enumerate(["28年度", "27年度", "26年度"]):
        _put(ws, r + 1, 5 + i, h, header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for kind, lab, name, unit, a, b, c, t in FUKU_IND:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, lab, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for i, v in enumerate([a, b, c, t]):
            _put(ws, r, 5 + i, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws, r, 1, "※26年度のポスター・チラシは作成していない。来場者数は振興会による推計。", size=8
    )
    r += 2
    _text(ws, r, 1, "4　一次評価（担当課による自己評価）", bold=True, size=10)
    r += 1
    for i, h in enumerate(["必要性", "効率性", "有効性", "今後の方向性"]):
        _span(ws, r, 1 + 2 * i, 2 + 2 * i, h, header=True)
    r += 1
    for i, v in enumerate(["A", "B", "A", "現状維持"]):
        _span(ws, r, 1 + 2 * i, 2 + 2 * i, v, align="center")
    r += 1
    _span(ws, r, 1, 2, "評価の理由", header=True)
    _span(
        ws,
        r,
        3,
        8,
        "地域文化を継承・創造する個性ある地域づくりに対する支援が必要である。事業の大半は地元が担っており、"
        "補助金は必要最小限である。来場者数は増加傾向にある。",
    )
    ws.row_dimensions[r].height = 40
    _page(ws, "portrait")
    path = SOURCE / "fukuchiyama_jimujigyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西条市 (愛媛県): 後期基本計画 成果指標の進捗 — 計画策定時 / 実績値 / 前年度比 / 中間・最終目標 / 達成度
# --------------------------------------------------------------------------------------------

# Real: the plan's name (第2期西条市総合計画後期基本計画 = 第2期西条市まち・ひと・しごと創生総合戦略)
# and the 将来都市像. Made up: the 政策 and 施策 names, the indicators, every figure, the legend.
SAIJO_ROWS = [
    ("施策3-1　農林水産業の振興",),
    ("1", "新規就農者数（累計）", "人", 12, 31, 40, "+9", 40, 60, "A"),
    (
        "2",
        "有害鳥獣による農作物被害額",
        "千円",
        38420,
        31250,
        29870,
        "△1,380",
        "30,000以下",
        "25,000以下",
        "A",
    ),
    ("3", "農産物直売所の販売額", "百万円", 1250, 1318, 1342, "+1.8%", 1400, 1500, "B"),
    ("施策3-2　観光・交流の推進",),
    ("4", "観光入込客数", "万人", 268.5, 198.2, 231.6, "+16.9%", 270.0, 285.0, "C"),
    ("5", "観光案内所の利用者満足度", "%", 85.2, "―", 88.4, "―", "90.0以上", "90.0以上", "B"),
    ("6", "サイクリングイベント参加者数", "人", 1120, "―", 1480, "―", "1,300～1,500", 1500, "A"),
]


def saijo() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 8, 11, 11, 11, 10, 12, 12, 8])
    _text(
        ws,
        1,
        1,
        "第2期西条市総合計画後期基本計画（第2期西条市まち・ひと・しごと創生総合戦略）　成果指標の進捗状況",
        bold=True,
        size=13,
    )
    ws.row_dimensions[1].height = 24
    _text(
        ws, 2, 1, "将来都市像「人がつどい、まちが輝く、快適環境実感都市」　　令和4年度実績", size=9
    )
    _text(ws, 4, 1, "政策3　活力ある産業と交流のまち", bold=True, size=11)
    r = 5
    for c, h in [(1, "No."), (2, "成果指標"), (3, "単位")]:
        _merge(ws, r, c, r + 1, c)
        _put(ws, r, c, h, header=True)
    _put(ws, r, 4, "計画策定時", header=True)
    _put(ws, r + 1, 4, "H30", header=True)
    _span(ws, r, 5, 6, "実績値", header=True)
    _put(ws, r + 1, 5, "R3", header=True)
    _put(ws, r + 1, 6, "R4", header=True)
    _merge(ws, r, 7, r + 1, 7)
    _put(ws, r, 7, "前年度比", header=True)
    _span(ws, r, 8, 9, "目標値", header=True)
    _put(ws, r + 1, 8, "中間（R4）", header=True)
    _put(ws, r + 1, 9, "最終（R6）", header=True)
    _merge(ws, r, 10, r + 1, 10)
    _put(ws, r, 10, "達成度", header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for row in SAIJO_ROWS:
        if len(row) == 1:
            _span(ws, r, 1, 10, row[0], bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = LIGHT
        else:
            no, name, unit, base, a3, a4, diff, t4, t6, grade = row
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in [(4, base), (5, a3), (6, a4), (7, diff), (8, t4), (9, t6)]:
                fmt = "#,##0.0" if isinstance(v, float) else None
                _put(ws, r, c, v, align="right", fmt=fmt)
            _put(ws, r, 10, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "達成度　A：中間目標値を達成　B：中間目標値は未達成だが計画策定時より改善　C：中間目標値は未達成で計画策定時より後退　－：実績値を把握できないもの",
        "※前年度比は、R3実績に対するR4実績の増減（％表示のものは増減率）。",
        "※No.5の利用者満足度調査及びNo.6のサイクリングイベントは、新型コロナウイルス感染症の影響によりR3は実施していない。",
    ]
    r += 1
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "saijo_kouki_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山都町 (熊本県): 令和4年度 主要施策の成果説明書 — 事業ごとの欄、単位つきの値、目標年度は値の括弧
# --------------------------------------------------------------------------------------------

# Real: the strategy's name 「山の都総合戦略」 and its aim (若者の雇用促進, 九州中央自動車道の整備に
# 伴うまちづくり), 通潤橋. Made up: the 事業 names, 担当課, money, indicators and every figure.
YAMATO_BLOCKS = [
    (
        "【総務費】",
        "山の都総合戦略推進事業",
        "企画政策課",
        "18,640千円",
        "国県支出金　9,320千円　／　一般財源　9,320千円",
        "「山の都総合戦略」に基づき、若者の雇用促進と移住・定住の推進を図るため、移住相談窓口の運営、"
        "空き家バンクの運用及び移住者への住宅改修補助を行った。",
        [
            ("移住相談件数", "120件（R6）", "86件", "104件", "86.7%"),
            ("町の支援による移住者数", "延べ150人（R6）", "延べ62人", "延べ95人", "63.3%"),
            ("空き家バンク成約件数", "12件（R4）", "9件", "13件", "108.3%"),
        ],
    ),
    (
        "【商工費】",
        "通潤橋周辺観光振興事業",
        "商工観光課",
        "42,315千円",
        "地方債　30,000千円　／　一般財源　12,315千円",
        "九州中央自動車道の整備に伴うまちづくりとして、通潤橋周辺の案内板整備と観光PRを行い、"
        "道の駅を拠点とした交流人口の拡大を図った。",
        [
            ("観光入込客数", "60万人（R6）", "38.2万人", "45.6万人", "76.0%"),
            ("農産物等の販売額（道の駅）", "5億円（R6）", "3.8億円", "4.3億円", "86.0%"),
        ],
    ),
]


def yamato() -> Path:
    wb, ws = _sheet("主要施策の成果", [14, 30, 16, 12, 12, 10])
    _text(ws, 1, 1, "令和4年度　主要施策の成果説明書", bold=True, size=14)
    _text(ws, 1, 6, "山都町", size=10, align="right")
    ws.row_dimensions[1].height = 24
    r = 3
    for head, name, dept, cost, src, text, inds in YAMATO_BLOCKS:
        _text(ws, r, 1, head, bold=True, size=11)
        r += 1
        _put(ws, r, 1, "事業名", header=True)
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, "担当課", header=True)
        _span(ws, r, 5, 6, dept)
        ws.row_dimensions[r].height = 18
        r += 1
        _put(ws, r, 1, "決算額", header=True)
        _put(ws, r, 2, cost, align="right")
        _put(ws, r, 3, "財源内訳", header=True)
        _span(ws, r, 4, 6, src)
        ws.row_dimensions[r].height = 18
        r += 1
        _put(ws, r, 1, "事業の概要", header=True)
        _span(ws, r, 2, 6, text)
        ws.row_dimensions[r].height = 40
        r += 1
        _merge(ws, r, 1, r + len(inds), 1)
        _put(ws, r, 1, "成果指標", header=True)
        for c, h in enumerate(
            ["指標名", "目標値（目標年度）", "R3実績", "R4実績", "達成率"], start=2
        ):
            _put(ws, r, c, h, header=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for row in inds:
            _put(ws, r, 2, row[0])
            for c, v in enumerate(row[1:], start=3):
                _put(ws, r, c, v, align="right")
            ws.row_dimensions[r].height = 18
            r += 1
        r += 1
    _text(ws, r, 1, "※達成率は、R4実績を目標値で除したもの。", size=8)
    _text(ws, r + 1, 1, "※観光入込客数は暦年（1月～12月）の数値。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "yamato_shuyo_seika_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津和野町 (島根県): 総合戦略 数値目標の進捗 — 指標が列、年度と区分が行
# --------------------------------------------------------------------------------------------

# Real: the census population 8,427 (H22) and 7,653 (H27), the 9.2% fall, 定住施策を最重要課題.
# Made up: the page's title wording, the 基本目標 text, the indicators and every figure of them.
TSUWANO_HEAD = ["社会増減数（人）", "新規就業者数（人）", "観光入込客数（千人）", "出生数（人）"]
TSUWANO_ROWS = [
    ("H26", "基準値", "△62", "18", "1,152", "41"),
    ("H28", "目標", "△50", "22", "1,200", "45"),
    ("H28", "実績", "△71", "25", "1,186", "38"),
    ("H29", "目標", "△40", "24", "1,230", "45"),
    ("H29", "実績", "△48", "19", "1,241", "43"),
    ("H31", "目標", "±0", "30", "1,300", "50"),
]


def tsuwano_html() -> str:
    head = "".join(f"<th>{h}</th>" for h in TSUWANO_HEAD)
    rows = []
    for year, kind, *vals in TSUWANO_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f"<tr><th>{year}</th><th>{kind}</th>{cells}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>津和野町まち・ひと・しごと創生総合戦略 数値目標の進捗状況（平成29年度） | 津和野町</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>津和野町まち・ひと・しごと創生総合戦略 数値目標の進捗状況（平成29年度）</h1>
<p>町の人口は、平成22年国勢調査の8,427人から平成27年国勢調査では7,653人となり、5年間で9.2%減少しました。町では定住施策を最重要課題として、総合戦略に掲げた数値目標の進捗を毎年度確認しています。</p>
<h2>1 人口の推移</h2>
<table>
<tr><th>区分</th><th>平成22年</th><th>平成27年</th><th>増減</th></tr>
<tr><th>総人口（国勢調査）</th><td class="num">8,427人</td><td class="num">7,653人</td><td class="num">△774人</td></tr>
</table>
<h2>2 数値目標の進捗</h2>
<p>基本目標「住み続けたい、帰ってきたいまち つわの」の達成に向け、次の数値目標を設定しています。</p>
<table>
<tr><th>年度</th><th>区分</th>{head}</tr>
{body}
</table>
<p class="note">※社会増減数は住民基本台帳による各年1月～12月の転入者数から転出者数を引いたもの。△はマイナス（転出超過）を示します。</p>
<p class="note">※観光入込客数は島根県観光動態調査による。</p>
<p>問い合わせ先：津和野町 つわの暮らし推進課</p>
</body>
</html>
"""


def tsuwano() -> Path:
    path = HERE / "tsuwano_senryaku_suchi_h29.html"
    path.write_bytes(tsuwano_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fukuchiyama, saijo, yamato):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tsuwano().name}")


if __name__ == "__main__":
    main()
