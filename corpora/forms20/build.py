"""Build the built documents of forms20/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/obihiro_shisaku_hyoka_h27.xlsx``, a sheet in the manner of 帯広市 (北海道) 「まちづくり通信」
  政策・施策評価表 (one 施策: its 成果指標 with an 当初値, three years of actuals under a spanning
  ``実績値`` and the final target, then the 市民実感度 letters, the 施策 grade and the money of its
  main 事業), and from it ``obihiro_shisaku_hyoka_h27.pdf``;
* ``source/ooshika_jimujigyo_h27.xlsx``, a sheet in the manner of 大鹿村 (長野県下伊那郡) 平成27年度
  事務事業評価 (key-value fields, 事業費 in 千円, 活動指標 and 成果指標 with era-less years and a 達成率
  column, and the 目標達成状況 choice A/B/C), and from it ``ooshika_jimujigyo_h27.pdf``;
* ``source/chiba_seika_mokuhyo_h24.xlsx``, a sheet in the manner of 千葉市 「平成24年度地域自主戦略交付金に
  係る成果目標」 (別紙様式: each 成果目標 a sentence holding its baseline and target with their years,
  a 達成予定年度 and a 中間評価年度 column, the 対応事業 and 参照情報), and from it
  ``chiba_seika_mokuhyo_h24.pdf``;
* ``echizen_tasseido_h26.html``, a page in the manner of 越前市 (福井県) 「越前市総合計画達成度評価票」
  (units with scale words in brackets after the names, a 達成率 column and two grade columns).

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
    wb.properties.creator = "forms20/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms20/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms20_soffice_") as tmp:
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
# 帯広市 (北海道): まちづくり通信 政策・施策評価表 — 成果指標の状況, 市民実感度, 施策の評価, 主な事業
# --------------------------------------------------------------------------------------------

# (成果指標, 単位, 当初値（H20）, H25, H26, H27, 目標値（H31）, 指標の説明). All figures made up.
OBIHIRO_ROWS = [
    (
        "刑法犯認知件数",
        "件",
        2836,
        1980,
        1874,
        1702,
        1800,
        "市内で発生した刑法犯の認知件数（暦年）。北海道警察の統計による。",
    ),
    (
        "防犯灯のLED化率",
        "％",
        0.0,
        38.5,
        52.1,
        64.3,
        100.0,
        "市が補助する町内会防犯灯約14,000灯のうちLED灯の割合。",
    ),
    ("地域安全マップを作成した町内会数", "町内会", 12, 41, 48, 55, 80, "累計。全町内会数は約780。"),
    (
        "「防犯に対して不安を感じない」市民の割合",
        "％",
        41.2,
        45.8,
        "―",
        47.9,
        55.0,
        "市民アンケート（H26は調査を実施せず）。",
    ),
]


def obihiro() -> Path:
    wb, ws = _sheet("政策・施策評価表", [30, 8, 11, 9, 9, 9, 11, 40])
    _text(ws, 1, 1, "まちづくり通信2016　政策・施策評価表（平成27年度）", bold=True, size=12)
    _text(ws, 1, 8, "帯広市", align="right")

    r = 3
    _put(ws, r, 1, "施策", header=True)
    _span(ws, r, 2, 4, "1-2-3　防犯の推進", bold=True)
    _span(ws, r, 5, 6, "担当課", header=True)
    _span(ws, r, 7, 8, "市民活動部　市民活動課")
    r = 4
    _put(ws, r, 1, "施策の目的", header=True)
    _span(ws, r, 2, 8, "市民が犯罪に巻き込まれることなく、安心して暮らすことができる。")

    _text(ws, 6, 1, "■成果指標の状況", bold=True, size=10)
    r = 7
    for c, word in (
        (1, "成果指標"),
        (2, "単位"),
        (3, "当初値\n（H20）"),
        (7, "目標値\n（H31）"),
        (8, "指標の説明"),
    ):
        _put(ws, r, c, word, header=True)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _span(ws, r, 4, 6, "実績値", header=True)
    for c, word in ((4, "H25"), (5, "H26"), (6, "H27")):
        _put(ws, r + 1, c, word, header=True)
    ws.row_dimensions[r].height = 16
    ws.row_dimensions[r + 1].height = 16
    r = 9
    for name, unit, base, a25, a26, a27, goal, note in OBIHIRO_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in ((3, base), (4, a25), (5, a26), (6, a27), (7, goal)):
            _put(ws, r, c, v, align="center" if isinstance(v, str) else None)
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 28
        r += 1

    r += 1
    _text(ws, r, 1, "■市民実感度", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "設問", header=True)
    for c, word in ((2, "H25"), (3, "H26"), (4, "H27")):
        _put(ws, r, c, word, header=True)
    _span(ws, r, 5, 8, "判定の基準", header=True)
    r += 1
    _put(ws, r, 1, "犯罪の少ない安全なまちだと思う")
    for c in (2, 3, 4):
        _put(ws, r, c, "b", align="center")
    _span(ws, r, 5, 8, "a：実感度60%以上　b：45%以上60%未満　c：30%以上45%未満　d：30%未満", size=8)

    r += 2
    _text(ws, r, 1, "■施策の評価", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "評価", header=True)
    _put(ws, r, 2, "A", align="center", bold=True)
    _put(ws, r, 3, "評価の理由", header=True)
    _para(
        ws,
        r,
        4,
        8,
        "刑法犯認知件数は前年より172件減少し、目標値を下回る水準で推移している。市民実感度はbにとどまるが、"
        "客観データを考慮して評価をAとした。",
        30,
        border=True,
    )

    r += 2
    _text(ws, r, 1, "■主な事業", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "事業名", header=True)
    _span(ws, r, 2, 3, "H27決算額（千円）", header=True)
    _span(ws, r, 4, 8, "内容", header=True)
    for name, money, text in (
        ("防犯灯整備費補助事業", 84312, "町内会防犯灯のLED化・新設への補助（1,650灯）"),
        ("地域安全活動推進事業", 3250, "防犯協会への補助、地域安全マップ作成の支援"),
    ):
        r += 1
        _put(ws, r, 1, name)
        _span(ws, r, 2, 3, money)
        _span(ws, r, 4, 8, text)

    _page(ws, "landscape")
    out = SOURCE / "obihiro_shisaku_hyoka_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 大鹿村 (長野県下伊那郡): 平成27年度 事務事業評価シート — 活動指標と成果指標, 目標達成状況 A/B/C
# --------------------------------------------------------------------------------------------

# (区分, 指標名, 単位, 26年度実績, 27年度目標, 27年度実績, 達成率). All figures made up.
OOSHIKA_ROWS = [
    ("活動指標", "空き家バンク登録物件数", "件", 6, 8, 9, "112.5%"),
    ("活動指標", "移住相談会への出展回数", "回", 3, 4, 4, "100.0%"),
    ("成果指標", "空き家バンクを通じた移住世帯数", "世帯", 2, 3, 2, "66.7%"),
    ("成果指標", "移住者数", "人", 5, 8, 7, "87.5%"),
]


def ooshika() -> Path:
    wb, ws = _sheet("事務事業評価シート", [11, 30, 8, 11, 11, 11, 10])
    _text(ws, 1, 1, "平成27年度　事務事業評価シート", bold=True, size=12)
    _text(ws, 1, 7, "大鹿村", align="right")

    r = 3
    _put(ws, r, 1, "No.", header=True)
    _put(ws, r, 2, "14", align="center")
    _put(ws, r, 3, "担当課", header=True)
    _span(ws, r, 4, 5, "総務課")
    _put(ws, r, 6, "評価者", header=True)
    _put(ws, r, 7, "課長")
    r = 4
    _put(ws, r, 1, "事務事業名", header=True)
    _span(ws, r, 2, 7, "移住定住促進事業", bold=True)
    r = 5
    _put(ws, r, 1, "施策", header=True)
    _span(ws, r, 2, 7, "2-1　定住対策の推進（第5次大鹿村総合振興計画）")
    r = 6
    _put(ws, r, 1, "目的", header=True)
    _span(ws, r, 2, 7, "村外からの移住者を受け入れ、人口減少に歯止めをかけ、集落を維持する。")

    _text(ws, 8, 1, "■事業費", bold=True, size=10)
    r = 9
    _put(ws, r, 1, "区分", header=True)
    _put(ws, r, 2, "", header=True)
    _span(ws, r, 3, 4, "26年度決算", header=True)
    _span(ws, r, 5, 6, "27年度決算", header=True)
    _put(ws, r, 7, "単位", header=True)
    for label, a, b in (("事業費", 4820, 6115), ("うち一般財源", 2410, 3058)):
        r += 1
        _span(ws, r, 1, 2, label)
        _span(ws, r, 3, 4, a)
        _span(ws, r, 5, 6, b)
        _put(ws, r, 7, "千円", align="center")

    _text(ws, 13, 1, "■指標の状況", bold=True, size=10)
    r = 14
    for c, word in enumerate(
        ("区分", "指標名", "単位", "26年度実績", "27年度目標", "27年度実績", "達成率"), start=1
    ):
        _put(ws, r, c, word, header=True)
    first = r + 1
    for kind, name, unit, a26, t27, a27, rate in OOSHIKA_ROWS:
        r += 1
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, a26)
        _put(ws, r, 5, t27)
        _put(ws, r, 6, a27)
        _put(ws, r, 7, rate, align="right")
        ws.row_dimensions[r].height = 18
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 3, 1)
    r += 1
    _text(
        ws,
        r,
        1,
        "※達成率＝27年度実績÷27年度目標。移住者数は4月1日から翌年3月31日までの転入者のうち、移住相談を経た者。",
        size=8,
    )

    r += 2
    _text(ws, r, 1, "■目標達成状況", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "選択", header=True)
    _put(ws, r, 2, "B", align="center", bold=True)
    _span(
        ws,
        r,
        3,
        7,
        "A（平成27年度の目標をすでに達成した）\nB（平成27年度の目標の達成に向けて順調に推移している）\nC（平成27年度の目標の達成は困難である）",
        size=8,
    )
    ws.row_dimensions[r].height = 40
    r += 1
    _put(ws, r, 1, "今後の方向性", header=True)
    _put(ws, r, 2, "現状維持", align="center")
    _put(ws, r, 3, "理由", header=True)
    _span(ws, r, 4, 7, "相談は延べ32件あり、空き家の掘り起こしを続ける。", size=8)
    ws.row_dimensions[r].height = 28

    _page(ws, "portrait")
    out = SOURCE / "ooshika_jimujigyo_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 千葉市: 平成24年度地域自主戦略交付金に係る成果目標 (別紙様式) — the targets are sentences
# --------------------------------------------------------------------------------------------

# (番号, 成果目標, 達成予定年度, 中間評価年度, 対応事業, 参照情報). Rows 4-6 and 8 are the city's wording.
CHIBA_ROWS = [
    (
        "3",
        "多発する局地的集中豪雨から市民の生命・財産を守るため、河川の安全度を向上させる。\n千葉市の河川整備率　45.2%(H23)→74.0%(H26)",
        "H26",
        "-",
        "",
        "GのNo.50～52",
    ),
    (
        "4",
        "合流式下水道改善率4.1%(H22当初)から100%(H25末)を達成する。",
        "H25",
        "-",
        "社会資本総合整備計画書(水の安全・安心基盤整備/千葉県)に記載した事業と一体となって目標を達成する。",
        "GのNo.53～55",
    ),
    (
        "5",
        "良好な水環境創出のための高度処理人口普及率を43%(H22当初)から52.9%(H26末)に増加させる。",
        "H26",
        "-",
        "",
        "GのNo.53～55",
    ),
    (
        "6",
        "JR外房線誉田駅から徒歩5分の圏域を17.8ha(H21)から19.7ha(H26)に拡大する。",
        "H26",
        "-",
        "",
        "GのNo.56\nGのNo.58",
    ),
    (
        "8",
        "誉田駅周辺地区において、居住環境に対する住民の満足度を43.1%(H21)から50.0%(H26)に上げる。",
        "H26",
        "-",
        "",
        "GのNo.56～58\nGのNo.87",
    ),
]


def chiba() -> Path:
    wb, ws = _sheet("成果目標", [7, 62, 11, 11, 40, 14])
    _text(ws, 1, 1, "別紙様式")
    _text(ws, 2, 1, "平成24年度地域自主戦略交付金に係る成果目標", bold=True, size=12)
    _text(ws, 2, 6, "（地方公共団体名：千葉市）", align="right")
    r = 4
    for c, word in enumerate(
        ("番号", "成果目標", "達成予定\n年度", "中間評価\n年度", "対応事業", "参照情報"), start=1
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    for no, goal, due, mid, link, ref in CHIBA_ROWS:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, goal)
        _put(ws, r, 3, due, align="center")
        _put(ws, r, 4, mid, align="center")
        _put(ws, r, 5, link or None, size=8)
        _put(ws, r, 6, ref, size=8)
        ws.row_dimensions[r].height = 40
    r += 2
    _text(ws, r, 1, "※番号1・2・7の成果目標は別葉に記載。", size=8)
    _text(ws, r + 1, 1, "※参照情報の「G」は交付金対象事業一覧表の区分を示す。", size=8)
    _page(ws, "landscape")
    out = SOURCE / "chiba_seika_mokuhyo_h24.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 越前市 (福井県): 総合計画達成度評価票 (平成26年度) — HTML
# --------------------------------------------------------------------------------------------

# (指標名（単位）, 基準値（H21）, H26目標値, H26実績値, 達成率, H28目標値, 内部評価, 委員会評価). Made up.
ECHIZEN_ROWS = [
    ("市内観光客入込数（万人）", "185.2", "200.0", "193.6", "96.8%", "210.0", "B", "B"),
    (
        "越前打刃物・越前和紙・越前箪笥の出荷額（億円）",
        "52.3",
        "55.0",
        "55.8",
        "101.5%",
        "57.0",
        "A",
        "A",
    ),
    ("新規就農者数（人）", "4", "6", "―", "―", "8", "－", "－"),
    ("耕作放棄地の解消面積（ha）", "2.1", "10.0", "11.4", "114.0%", "15.0", "A", "B"),
]


def echizen_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>平成26年度 越前市総合計画達成度評価票</title>",
        "<style>",
        "table { border-collapse: collapse; }",
        "th, td { border: 1px solid #000; padding: 2px 6px; }",
        "th { background: #e6e6e6; }",
        "</style>",
        "</head>",
        "<body>",
        "<p>平成27年5月26日　越前市総合計画達成度評価委員会</p>",
        "<h1>平成26年度　越前市総合計画達成度評価票</h1>",
        "<h2>政策5　ものづくりと農業が元気なまち</h2>",
        "<table>",
        "<tr><th>政策の目標</th><td>伝統産業と農業の担い手を育て、ものづくりのまちの活力を高める。</td></tr>",
        "<tr><th>担当部</th><td>産業環境部</td></tr>",
        "</table>",
        "<h3>（1）成果指標の達成状況</h3>",
        "<table>",
        "<thead><tr><th>指標名（単位）</th><th>基準値<br>（H21）</th><th>H26目標値</th><th>H26実績値</th>"
        "<th>達成率</th><th>H28目標値</th><th>内部評価</th><th>委員会評価</th></tr></thead>",
        "<tbody>",
    ]
    for row in ECHIZEN_ROWS:
        parts.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    parts += [
        "</tbody>",
        "</table>",
        "<p>※達成率＝H26実績値÷H26目標値。評価　A：達成　B：概ね達成（80%以上）　C：未達成　－：評価不能</p>",
        "<p>※新規就農者数のH26実績は、県の調査結果（平成27年8月公表予定）により確定します。</p>",
        "<h3>（2）委員会の意見</h3>",
        "<p>観光客入込数は北陸新幹線金沢開業を控え193.6万人となったが、目標には届かなかった。"
        "伝統工芸品の出荷額は3年連続で増加しており、引き続き販路開拓を支援されたい。</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def echizen() -> Path:
    out = HERE / "echizen_tasseido_h26.html"
    out.write_text(echizen_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (obihiro, ooshika, chiba):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {echizen().name}")


if __name__ == "__main__":
    main()
