"""Build the built documents of forms17/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/jinsekikogen_senryaku_kensho_h29.xlsx``, a sheet in the manner of 神石高原町 (広島県)
  「神石高原町総合戦略の事業効果が検証されました」 (広報神石高原: one row per 施策, the target
  cell dated by its own ``（H31まで）：`` prefix, a 1次評価 grade with its reason, and the 策定委員会's
  2次評価 as two columns of committee-member counts), and from it
  ``jinsekikogen_senryaku_kensho_h29.pdf``;
* ``source/agui_jimujigyo_hyoka_r6.xlsx``, a sheet in the manner of 阿久比町 (愛知県) 「事務事業評価
  シート」 (a two-row header whose upper row holds the list words ``目標値`` / ``実績値`` and the
  lower row the years, a vertical ``活動指標`` / ``成果指標`` cell, a ``達成率`` column, a money
  block and a ``現状維持`` evaluation), and from it ``agui_jimujigyo_hyoka_r6.pdf``;
* ``source/nagano_shisaku_hyoka_h29.xlsx``, a sheet in the manner of 長野市 「平成29年度 施策評価
  シート（評価対象：H28年度）」 (【3.施策指標】 with the 指標の定義 and 目標値のねらい text columns
  between the name and the values, the last actual printed with its 達成率 in brackets, and
  【4.事務事業の状況】 whose prose names targets and results), and from it
  ``nagano_shisaku_hyoka_h29.pdf``;
* ``nishikawa_kpi_shinchoku_r7.html``, a page in the manner of 西川町 (山形県) 「第7次西川町総合計画
  KPIの進捗状況（令和7年度上期）」 (one table per 基本目標 named by its ``<caption>``, a half-year
  ``上期実績`` column, revised targets with the old value struck through in ``<del>``, ``新規`` and
  ``測定不能`` cells).

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
    wb.properties.creator = "forms17/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms17/build.py"
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


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
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
    with tempfile.TemporaryDirectory(prefix="forms17_soffice_") as tmp:
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
# 神石高原町 (広島県): 総合戦略の事業効果検証 — 目標値のセルに「（H31まで）：」、委員数の二列
# --------------------------------------------------------------------------------------------

# (施策名, 指標, 目標値（H31）, 実績値（H29）, 評価, 評価の理由, 有効とした委員数,
#  有効とは言えないとした委員数, 意見). Rows 1–3 are the town's (広報神石高原 9月号), word for
# word but for the 6次産業化 actual (see README); rows 4–6 are made up.
JINSEKI_ROWS = [
    (
        "子どもの医療体制の充実",
        "子育て世帯の新規定住世帯（U・Iターン）数",
        "（H31まで）：28世帯",
        "20世帯",
        "A",
        "U・Iターンなどにより，多くの転入世帯があった",
        7,
        2,
        "・医療の充実ならば，目標は小児科医の配置ではないか",
    ),
    (
        "「山・海・島」体験活動推進事業",
        "不登校児童数",
        "（H31まで）：0人を維持",
        "1人",
        "B",
        "指標は下回ったが，不登校児童は体験活動事業には参加することができた。",
        7,
        2,
        "・不登校は関係ないし，体験活動はいいことである\n・不登校児童数0人の目標としているが，例外は認めないという意味か",
    ),
    (
        "6次産業化支援事業",
        "売上額百万円以上の商品化",
        "（H31まで）：商品数1商品，起業者1人",
        "商品数0商品，起業者0人",
        "D",
        "新商品の販売もなく，販売額も目標に届いていない。",
        1,
        8,
        "・民間で行われている数値の把握がされていない。相当数あるはずである",
    ),
    (
        "町内観光・交流促進事業",
        "観光交流人口",
        "（H31まで）：60万人",
        "約52万人",
        "B",
        "仙養ヶ原ふれあいの里等のイベントで交流人口は増加傾向にある。",
        6,
        3,
        "・町外への情報発信を強化すべき",
    ),
    (
        "移住・定住の促進",
        "空き家バンクを活用した移住者数",
        "（H31まで）：累計50人",
        "累計31人",
        "A",
        "空き家改修補助の活用により，平成29年度は12人が移住した。",
        8,
        1,
        "・移住後の定着状況も把握してほしい",
    ),
    (
        "地域公共交通の確保",
        "デマンド交通の年間利用者数",
        "（H31まで）：8,000人",
        "7,214人",
        "C",
        "高齢者の免許返納は進んでいるが，利用登録者の伸びが鈍い。",
        4,
        5,
        "・予約方法を分かりやすくすべき\n・利用者数より満足度を指標とすべきではないか",
    ),
]


def jinsekikogen() -> Path:
    wb, ws = _sheet("検証結果", [16, 24, 18, 13, 6, 30, 11, 11, 34])
    _text(ws, 1, 1, "神石高原町総合戦略の事業効果が検証されました", bold=True, size=13)
    _text(ws, 1, 9, "広報神石高原　平成30年9月号", align="right")
    _text(ws, 2, 9, "神石高原町", align="right")
    intro = (
        "神石高原町総合戦略策定委員会が8月22日に開催され，座長に神石高原商工会会長が選任されました。"
        "委員会では，平成27年10月に策定した「神石高原町まち・ひと・しごと創生総合戦略」により平成29年度に実施した，"
        "重点施策43事業について，事業効果を検証されました。主な事業の検証結果は，次のとおりです。"
    )
    cell = _text(ws, 3, 1, intro)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=9)
    ws.row_dimensions[3].height = 30
    _text(
        ws,
        4,
        1,
        "*KPIとは，重要業績評価指標。組織や事業，業務の目標の達成度合いを計る定量的な指標のこと。",
        size=8,
    )
    _text(ws, 6, 1, "■主な事業の検証結果", bold=True, size=10)

    # Two header rows.
    for c, word in ((1, "施策名"), (2, "指　標"), (3, "目標値（H31）"), (4, "実績値（H29）")):
        _put(ws, 7, c, word, header=True)
        _put(ws, 8, c, None, header=True)
        _merge(ws, 7, c, 8, c)
    _put(ws, 7, 5, "事業実施後の評価・効果検証\n【1次評価】内部での評価", header=True)
    _put(ws, 7, 6, None, header=True)
    _merge(ws, 7, 5, 7, 6)
    _put(ws, 7, 7, "策定委員会の評価【2次評価】", header=True)
    _put(ws, 7, 8, None, header=True)
    _put(ws, 7, 9, None, header=True)
    _merge(ws, 7, 7, 7, 9)
    _put(ws, 8, 5, "評価", header=True)
    _put(ws, 8, 6, "評価の理由", header=True)
    _put(ws, 8, 7, "KPI達成に有効であったと評価した委員数", header=True, size=8)
    _put(ws, 8, 8, "KPI達成に有効とは言えなかったと評価した委員数", header=True, size=8)
    _put(ws, 8, 9, "意　見", header=True)
    ws.row_dimensions[7].height = 30
    ws.row_dimensions[8].height = 48

    r = 9
    for name, kpi, target, actual, grade, reason, yes, no, opinion in JINSEKI_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, kpi)
        _put(ws, r, 3, target)
        _put(ws, r, 4, actual, align="right")
        _put(ws, r, 5, grade, align="center")
        _put(ws, r, 6, reason)
        _put(ws, r, 7, yes, fmt="0", align="center")
        _put(ws, r, 8, no, fmt="0", align="center")
        _put(ws, r, 9, opinion)
        ws.row_dimensions[r].height = 40
        r += 1
    notes = [
        "※1次評価　A：目標を上回って推移している　B：概ね順調に推移している　C：やや遅れている　D：遅れている",
        "※2次評価は，策定委員9人がKPI達成に有効であったか否かを評価したものです。",
        "※観光交流人口の実績値は，観光施設の入込客数の合計を概数で示しています。",
        "【お問い合わせ先】政策企画課 ☎89-3351",
        "【お問い合わせ先】福祉課 ☎89-3335",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "jinsekikogen_senryaku_kensho_h29.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 阿久比町 (愛知県): 事務事業評価シート — 上段に「目標値」「実績値」、下段に年度の二段見出し
# --------------------------------------------------------------------------------------------

# (区分, [(指標名, 単位, [目標値 R4–R6], [実績値 R4–R6], 達成率)]). All made up.
AGUI_BLOCKS = [
    (
        "活動\n指標",
        [
            ("子育て支援センターの開所日数", "日", [290, 290, 290], [288, 291, 289], 0.997),
            ("子育て講座の開催回数", "回", ["―", 24, 24], [18, 22, 25], 1.042),
        ],
    ),
    (
        "成果\n指標",
        [
            (
                "子育て支援センターの利用者数",
                "人",
                ["延べ12,000", "延べ12,500", "延べ13,000"],
                ["延べ11,482", "延べ12,806", "延べ12,950"],
                0.996,
            ),
            (
                "子育てに不安を感じる保護者の割合の減少",
                "％",
                [30.0, 28.0, 26.0],
                [31.2, 27.5, 25.4],
                1.024,
            ),
            ("一時預かり事業の利用者数", "人", ["―", 600, 650], ["―", 512, "集計中"], "―"),
        ],
    ),
]

AGUI_MONEY = [
    ("事業費", [38412, 39876, 41250, 42800]),
    ("うち国県支出金", [25608, 26584, 27500, 28532]),
    ("うち一般財源", [12804, 13292, 13750, 14268]),
    ("人件費", [8300, 8450, 8520, 8600]),
    ("トータルコスト", [46712, 48326, 49770, 51400]),
]


def _kv(ws, row, label, value, c1, c2):
    _put(ws, row, c1, label, header=True)
    _put(ws, row, c1 + 1, value)
    for c in range(c1 + 2, c2 + 1):
        _put(ws, row, c, None)
    if c2 > c1 + 1:
        _merge(ws, row, c1 + 1, row, c2)


def agui() -> Path:
    wb, ws = _sheet("事務事業評価シート", [12, 27, 6, 9, 9, 9, 9, 9, 9, 10])
    _text(ws, 1, 1, "事務事業評価シート（令和6年度分）", bold=True, size=13)
    _text(ws, 1, 10, "阿久比町", align="right")
    _text(ws, 2, 10, "作成日　令和7年7月31日", align="right")

    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    _kv(ws, 4, "事務事業名", "地域子育て支援拠点事業", 1, 6)
    _put(ws, 4, 7, "事業番号", header=True)
    _put(ws, 4, 8, "0305", align="center")
    _put(ws, 4, 9, None)
    _put(ws, 4, 10, None)
    _merge(ws, 4, 8, 4, 10)
    _kv(ws, 5, "担当課", "子育て支援課", 1, 6)
    _put(ws, 5, 7, "担当係", header=True)
    _put(ws, 5, 8, "子育て支援係")
    _put(ws, 5, 9, None)
    _put(ws, 5, 10, None)
    _merge(ws, 5, 8, 5, 10)
    _kv(
        ws,
        6,
        "総合計画の位置付け",
        "基本目標2　子どもが健やかに育つまち　／　施策2-1　子育て支援の充実",
        1,
        10,
    )
    _kv(ws, 7, "事業期間", "平成18年度～（継続）", 1, 6)
    _put(ws, 7, 7, "根拠法令等", header=True)
    _put(ws, 7, 8, "児童福祉法")
    _put(ws, 7, 9, None)
    _put(ws, 7, 10, None)
    _merge(ws, 7, 8, 7, 10)
    _kv(
        ws,
        8,
        "事業の目的",
        "対象：町内に住む就学前の児童とその保護者\n意図：子育ての不安や負担を和らげ、安心して子育てができるようにする。",
        1,
        10,
    )
    ws.row_dimensions[8].height = 30
    _kv(
        ws,
        9,
        "事業の内容",
        "子育て支援センター（町内2か所）を開所し、親子の交流の場の提供、子育て相談、子育て講座の開催及び一時預かりを行う。",
        1,
        10,
    )
    ws.row_dimensions[9].height = 30

    _text(ws, 11, 1, "２　指標の推移", bold=True, size=10)
    for c, word in ((1, "区分"), (2, "指標名"), (3, "単位"), (10, "達成率\n（R6）")):
        _put(ws, 12, c, word, header=True)
        _put(ws, 13, c, None, header=True)
        _merge(ws, 12, c, 13, c)
    for c1, word in ((4, "目標値"), (7, "実績値")):
        _put(ws, 12, c1, word, header=True)
        _put(ws, 12, c1 + 1, None, header=True)
        _put(ws, 12, c1 + 2, None, header=True)
        _merge(ws, 12, c1, 12, c1 + 2)
        for i, year in enumerate(("R4", "R5", "R6")):
            _put(ws, 13, c1 + i, year, header=True)
    r = 14
    for kind, rows in AGUI_BLOCKS:
        first = r
        for name, unit, targets, actuals, rate in rows:
            _put(ws, r, 1, kind if r == first else None, header=True)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for i, v in enumerate(targets + actuals):
                if isinstance(v, str):
                    _put(ws, r, 4 + i, v, align="right")
                else:
                    _put(ws, r, 4 + i, v)
            if isinstance(rate, str):
                _put(ws, r, 10, rate, align="center")
            else:
                _put(ws, r, 10, rate, fmt="0.0%")
            ws.row_dimensions[r].height = 24
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※達成率は、令和6年度の実績値÷目標値です（割合の減少を目指す指標は、目標値÷実績値）。",
        "※一時預かり事業は令和5年度に開始したため、令和4年度は「―」としています。令和6年度の利用者数は集計中です。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    r += len(notes) + 1

    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "区分", header=True)
    _put(ws, r, 2, None, header=True)
    _put(ws, r, 3, None, header=True)
    _merge(ws, r, 1, r, 3)
    for c, word in ((4, "R4決算"), (6, "R5決算"), (8, "R6決算")):
        _put(ws, r, c, word, header=True)
        _put(ws, r, c + 1, None, header=True)
        _merge(ws, r, c, r, c + 1)
    _put(ws, r, 10, "R7予算", header=True)
    r += 1
    for label, amounts in AGUI_MONEY:
        _put(ws, r, 1, label)
        _put(ws, r, 2, None)
        _put(ws, r, 3, None)
        _merge(ws, r, 1, r, 3)
        for c, v in zip((4, 6, 8), amounts[:3], strict=True):
            _put(ws, r, c, v)
            _put(ws, r, c + 1, None)
            _merge(ws, r, c, r, c + 1)
        _put(ws, r, 10, amounts[3])
        r += 1
    r += 1

    _text(ws, r, 1, "４　評価", bold=True, size=10)
    r += 1
    for c, word in ((1, "必要性"), (4, "有効性"), (7, "効率性")):
        _put(ws, r, c, word, header=True)
    _put(ws, r, 2, "A", align="center")
    _put(ws, r, 3, None)
    _merge(ws, r, 2, r, 3)
    _put(ws, r, 5, "B", align="center")
    _put(ws, r, 6, None)
    _merge(ws, r, 5, r, 6)
    _put(ws, r, 8, "B", align="center")
    _put(ws, r, 9, None)
    _put(ws, r, 10, None)
    _merge(ws, r, 8, r, 10)
    r += 1
    _kv(ws, r, "今後の方向性", "現状維持", 1, 10)
    r += 1
    _kv(
        ws,
        r,
        "評価の理由",
        "センターの利用者数は前年度比1.1％増となり、子育て講座は25回開催した。子育てに不安を感じる保護者の割合は目標を達成したことから、現在の体制を維持し、事業を継続する。",
        1,
        10,
    )
    ws.row_dimensions[r].height = 30
    _page(ws, "portrait")
    out = SOURCE / "agui_jimujigyo_hyoka_r6.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 長野市: 施策評価シート — 指標の定義・目標値のねらいの文章列、H28実績の（　）内に達成率
# --------------------------------------------------------------------------------------------

# (整理№, 施策指標, 単位, 指標の定義, 目標値のねらい, H22（基準値）, H26, H27, H28実績, 達成率,
#  目標値（H28）, 達成（進捗）状況). Row 1's definition, rationale, base 717 and target 739 are the
# city's; everything else is made up.
NAGANO_ROWS = [
    (
        1,
        "路線バス等の利用者数",
        "万人",
        "長電バス㈱・アルピコ交通㈱長野支社の、市内を運行する路線バスの利用者及び市営バス等の利用者\n※市が関与するバス等　コミュニティバス、乗合タクシー、中山間地域輸送",
        "平成22年度の実績値717万人の3％増（717×1.03＝738.5→739万人）",
        717,
        706,
        712,
        701,
        "94.9%",
        739,
        "概ね順調",
    ),
    (
        2,
        "公共交通の便利さに対する市民満足度",
        "％",
        "市民アンケートで公共交通の便利さに「満足」「やや満足」と回答した市民の割合",
        "平成22年度の実績値から毎年1ポイントの上昇を目指す（21.5＋1×6＝27.5％）",
        21.5,
        23.8,
        24.6,
        25.1,
        "91.3%",
        27.5,
        "概ね順調",
    ),
    (
        3,
        "乗合タクシー・中山間地域輸送の利用者数",
        "人",
        "市が運行を委託する乗合タクシー及び中山間地域輸送システムの年間延べ利用者数",
        "運行地域の拡大により、平成22年度の実績値の2割増を目指す（48,200×1.2＝57,840→58,000人）",
        48200,
        55310,
        57020,
        58460,
        "100.8%",
        58000,
        "順調",
    ),
    (
        4,
        "バリアフリー化した駅・バス停の数",
        "箇所",
        "段差解消、上屋・ベンチ設置等を行った鉄道駅及びバス停の数（累計）",
        "平成22年度の18箇所から毎年3箇所の整備を目指す（18＋3×6＝36箇所）",
        18,
        28,
        31,
        33,
        "91.7%",
        36,
        "概ね順調",
    ),
]

NAGANO_PROJECTS = [
    (
        "バス路線維持対策事業\n（交通政策課）",
        "生活交通として必要なバス路線を維持するため、運行事業者に対し運行経費の赤字額の一部を補助する。",
        "・補助対象42路線の運行を維持した。\n・バスの乗り方教室は、目標20回に対し14回の開催であった。",
        [412531, 428806, 436120, 451000],
        "A／A／B／B",
        "継続",
    ),
    (
        "中山間地域輸送システム運行事業\n（交通政策課）",
        "公共交通空白地域において、地区の住民自治協議会と連携し、予約型の乗合交通を運行する。",
        "・運行地区を2地区拡大し、12地区とした。\n・利用者アンケートの満足度は、目標80%に対し84%であった。",
        [61254, 66830, 72418, 75600],
        "A／A／A／B",
        "拡充",
    ),
]


def nagano() -> Path:
    wb, ws = _sheet("施策評価シート", [6, 20, 6, 30, 30, 9, 8, 8, 12, 12, 11])
    _text(ws, 1, 1, "平成29年度　施策評価シート　（評価対象：H28年度）", bold=True, size=13)
    _text(ws, 1, 11, "長野市行政改革推進審議会　資料3-3", align="right")
    _text(ws, 2, 11, "H29.7.26", align="right")

    def label(row, c1, c2, word):
        _put(ws, row, c1, word, header=True)
        for c in range(c1 + 1, c2 + 1):
            _put(ws, row, c, None, header=True)
        if c2 > c1:
            _merge(ws, row, c1, row, c2)

    def value(row, c1, c2, word):
        _put(ws, row, c1, word)
        for c in range(c1 + 1, c2 + 1):
            _put(ws, row, c, None)
        if c2 > c1:
            _merge(ws, row, c1, row, c2)

    label(3, 1, 2, "【1.施策名】")
    value(3, 3, 5, "公共交通機関の整備")
    label(3, 6, 7, "施策コード")
    value(3, 8, 11, "621-01")
    label(4, 1, 2, "基本施策")
    value(4, 3, 5, "交通体系の整備")
    label(4, 6, 7, "主担当課")
    value(4, 8, 9, "交通政策課")
    label(4, 10, 10, "関係部局課")
    value(4, 11, 11, "都市政策課")
    label(5, 1, 2, "施策の目標")
    value(
        5,
        3,
        11,
        "路線バス等の公共交通の維持・確保と利用促進を図り、誰もが移動しやすい交通環境をつくる。",
    )
    label(6, 1, 2, "【2.施策に取り組む理由】")
    value(
        6,
        3,
        11,
        "公共交通は、あらゆる人々が社会的・個人的に活動を展開するための“インフラ”として、その確保・充実が求められているが、近年は利用が低迷し、路線の廃止・縮小が進んでいる。"
        "民間事業者の経営努力だけで公共交通を維持・存続を図っていくことは困難な状況となっており、市を始めとする関係機関が連携して公共交通の整備と利用促進を図る必要がある。",
    )
    ws.row_dimensions[6].height = 36

    _text(ws, 8, 1, "【3.施策指標】", bold=True, size=10)
    heads = [
        "整理№",
        "施策指標",
        "単位",
        "指標の定義",
        "目標値のねらい（設定根拠・算定方法）",
        "H22\n（基準値）",
        "H26",
        "H27",
        "H28実績\n（達成率）",
        "目標値\n（H28）",
        "達成（進捗）\n状況",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for no, name, unit, definition, aim, base, h26, h27, h28, rate, target, state in NAGANO_ROWS:
        _put(ws, r, 1, no, fmt="0", align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, definition, size=8)
        _put(ws, r, 5, aim, size=8)
        for c, v in ((6, base), (7, h26), (8, h27), (10, target)):
            _put(ws, r, c, v)
        text = f"{h28:,}" if isinstance(h28, int) else f"{h28:.1f}"
        _put(ws, r, 9, f"{text}（{rate}）", align="right")
        _put(ws, r, 11, state, align="center")
        ws.row_dimensions[r].height = 48
        r += 1
    notes = [
        "※H28実績欄の（　）内は、目標値（H28）に対する達成率です。",
        "※達成（進捗）状況は、指標の推移と事務事業の実績を踏まえた主担当課の評価です（順調／概ね順調／一部に努力を要する）。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    r += len(notes) + 1

    _text(ws, r, 1, "【4.事務事業の状況】", bold=True, size=10)
    r += 1
    top = r

    def block(c1, c2, word, size=9):
        for rr in (top, top + 1):
            for c in range(c1, c2 + 1):
                _put(ws, rr, c, word if (rr, c) == (top, c1) else None, header=True, size=size)
        _merge(ws, top, c1, top + 1, c2)

    block(1, 2, "事務事業名（所管課）")
    block(3, 4, "事務事業の概要")
    block(5, 5, "事業の取組実績・成果")
    block(10, 10, "事業の分析結果\n（必要性／妥当性／\n有効性／効率性）", size=7)
    block(11, 11, "今後の方針")
    label(top, 6, 9, "年度別事業費（千円）（H29は予算額）")
    for c, year in zip(range(6, 10), ("H26", "H27", "H28", "H29"), strict=True):
        _put(ws, top + 1, c, year, header=True)
    ws.row_dimensions[top].height = 22
    ws.row_dimensions[top + 1].height = 34
    r = top + 2
    for name, outline, result, money, grades, policy in NAGANO_PROJECTS:
        value(r, 1, 2, name)
        value(r, 3, 4, outline)
        _put(ws, r, 5, result, size=8)
        for c, v in zip(range(6, 10), money, strict=True):
            _put(ws, r, c, v)
        _put(ws, r, 10, grades, align="center")
        _put(ws, r, 11, policy, align="center")
        ws.row_dimensions[r].height = 44
        r += 1
    _page(ws, "landscape")
    out = SOURCE / "nagano_shisaku_hyoka_h29.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 西川町 (山形県): 第7次総合計画 KPIの進捗状況 — 基本目標ごとの表（caption）、上期実績、目標値の上方修正
# --------------------------------------------------------------------------------------------

# (caption, [(No., KPI, 単位, 基準値（R4）, R6目標, R6実績, R7上期実績, 目標値（R12）, 進捗状況,
#  担当課)]); a revised 目標値 is written "old→new" and printed with the old value in <del>.
# The 基本目標 words, the 95 KPIs and the 72.1% are the town's; the rows are made up.
NISHIKAWA_TABLES = [
    (
        "基本目標1　稼ぐ",
        [
            (
                1,
                "観光入込客数",
                "千人",
                "1,058",
                "1,150",
                "1,203",
                "702",
                "1,300→1,500",
                "想定を超えて進捗",
                "商工観光課",
            ),
            (
                2,
                "町内の新規創業・事業承継件数",
                "件",
                "2",
                "4",
                "3",
                "2",
                "5",
                "順調",
                "商工観光課",
            ),
            (
                3,
                "ふるさと納税寄附額",
                "百万円",
                "312",
                "600",
                "1,045",
                "488",
                "800→1,200",
                "想定を超えて進捗",
                "企画課",
            ),
            (
                4,
                "月山志津温泉の宿泊者数",
                "人",
                "18,420",
                "20,000",
                "19,130",
                "測定不能",
                "24,000",
                "測定不能",
                "商工観光課",
            ),
        ],
    ),
    (
        "基本目標2　つながる",
        [
            (
                5,
                "西川ファン（関係人口）の登録者数",
                "人",
                "新規",
                "3,000",
                "4,812",
                "6,355",
                "5,000→10,000",
                "想定を超えて進捗",
                "企画課",
            ),
            (6, "移住者数", "人", "12", "20", "17", "9", "30", "やや遅れ", "企画課"),
            (7, "生産年齢人口の社会増減数", "人", "△46", "0", "△31", "△8", "0", "遅れ", "企画課"),
        ],
    ),
]


def _target_cell(text: str) -> str:
    if "→" in text:
        old, new = text.split("→")
        return f"<del>{old}</del><br>{new}"
    return text


def nishikawa_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第7次西川町総合計画 KPIの進捗状況（令和7年度上期）｜西川町</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 1em; }",
        "caption { text-align: left; font-weight: bold; padding: 4px 0; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; }",
        "del { color: #888; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>第7次西川町総合計画　KPIの進捗状況（令和7年度上期）</h1>",
        "<p>令和8年2月10日　令和7年度第2回西川町総合政策審議会　資料2</p>",
        "<p>第7次西川町総合計画（計画期間：令和5年度～令和12年度）では、5つの基本目標（稼ぐ・つながる・育む・支え合う・維持する）を掲げ、その中に95項目のKPIを設定しています。"
        "令和7年度上期について、測定不能の項目を除くと、想定を超えて進捗、または順調に進捗している項目が72.1％となっており、全体としておおむね順調に進捗しています。</p>",
        "<p>※令和7年5月の改訂に伴い、KPI項目を一部修正変更しています。目標値を上方修正したKPIは、修正前の目標値を取り消し線で示しています。</p>",
        "<h2>主なKPIの進捗状況</h2>",
    ]
    for caption, rows in NISHIKAWA_TABLES:
        parts.append("<table>")
        parts.append(f"<caption>{caption}</caption>")
        parts.append("<thead>")
        parts.append(
            '<tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th>'
            '<th rowspan="2">基準値<br>（R4）</th><th colspan="2">令和6年度</th>'
            '<th rowspan="2">令和7年度<br>上期実績</th><th rowspan="2">目標値<br>（R12）</th>'
            '<th rowspan="2">進捗状況</th><th rowspan="2">担当課</th></tr>'
        )
        parts.append("<tr><th>目標</th><th>実績</th></tr>")
        parts.append("</thead>")
        parts.append("<tbody>")
        for no, name, unit, base, t6, a6, half, target, state, dept in rows:
            cells = [
                f"<td>{no}</td>",
                f"<td>{name}</td>",
                f"<td>{unit}</td>",
                f'<td class="num">{base}</td>',
                f'<td class="num">{t6}</td>',
                f'<td class="num">{a6}</td>',
                f'<td class="num">{half}</td>',
                f'<td class="num">{_target_cell(target)}</td>',
                f"<td>{state}</td>",
                f"<td>{dept}</td>",
            ]
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</tbody>")
        parts.append("</table>")
    parts += [
        "<p>※上期実績は、令和7年4月から9月までの実績です（登録者数は9月末現在）。</p>",
        "<p>※月山志津温泉の宿泊者数は、年度末に施設からの報告を取りまとめるため、上期は測定不能としています。</p>",
        "<p>※進捗状況は、上期実績を令和7年度の年間目標の2分の1と比べて判定しています。</p>",
        "<p>このページに関するお問い合わせ：西川町役場 総務課</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def nishikawa() -> Path:
    out = HERE / "nishikawa_kpi_shinchoku_r7.html"
    out.write_text(nishikawa_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (jinsekikogen, agui, nagano):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nishikawa().name}")


if __name__ == "__main__":
    main()
