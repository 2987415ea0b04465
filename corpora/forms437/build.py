"""Build the documents of forms437/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/asakura_senryaku_saishu_kensho_r6.xlsx``, a 総合戦略 KPI 最終検証シート in the manner of
  朝倉市 (福岡県): **indented ``（内訳）`` rows by district under one KPI, which are no KPIs**, and
  **a revised target written with its old value, ``150（当初100）``**; and the landscape PDF;
* ``source/mine_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 美祢市 (山口県):
  **two grids with different columns under one heading (``（１）活動指標`` with 計画/実績,
  ``（２）成果指標`` with an era-less ``基準値（元年度）`` and a 達成率 column)**, a cell
  ``41（うち県外12）``; and the portrait PDF;
* ``ozu_seika_shihyo_r5.html``, a 総合計画 後期基本計画 成果指標 page in the manner of 大洲市 (愛媛県):
  the unit only in the ``<caption>``, **a note row inside the ``<tbody>`` that turns the two rows
  under it into calendar years**;
* ``kimotsuki_kaso_mokuhyo_r5.xlsx``, a workbook left as it is: 過疎地域持続的発展計画 目標 in the
  manner of 肝付町 (鹿児島県): **a second table (``（参考）過疎対策事業債の充当額``, money) to the right
  of the indicator table on the same sheet**, ``年度末`` heads, 区分 merged down, a cell
  ``48（うちオンライン19）``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms437/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms437/build.py"
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


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms437_soffice_") as tmp:
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


def _slash(ws, row, col):
    """An empty cell struck through with a diagonal line (斜線): no value applies."""
    cell = ws.cell(row=row, column=col, value=None)
    cell.border = SLASH
    return cell


# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# 朝倉市 (福岡県): 第2期朝倉市総合戦略 重要業績評価指標（KPI）最終検証シート（令和６年度実績）
# --------------------------------------------------------------------------------------------

# Real (city.asakura.lg.jp 1585536042353, furukamu.com asakura, inakagurashiweb.com 40863): the strategy
# 第2期朝倉市総合戦略 and its period (令和2年度～令和6年度), 約50,000人 (令和2年10月国勢調査) and 約28,000人
# (令和42年, 人口ビジョン), 三連水車, 秋月, 原鶴温泉, なし・かき. Made up: the 課, the sheet, the KPIs and
# every figure.
AS_ROWS = [
    # No., name, unit, base R元, R4, R5, R6, target R6, status; sub-rows follow a KPI
    (1, "観光入込客数", "千人", 2452, 2105, 2380, 2511, 2600, "未達成"),
    ("", "（内訳）原鶴温泉地区", "", 1030, 905, 1002, 1048, "", ""),
    ("", "（内訳）秋月地区", "", 812, 690, 788, 842, "", ""),
    ("", "（内訳）その他の地区", "", 610, 510, 590, 621, "", ""),
    (2, "移住相談件数", "件", 45, 88, 102, 131, "150（当初100）", "未達成"),
    (3, "空き家バンク成約件数（累計）", "件", 12, 41, 55, 70, 60, "達成"),
    (4, "市外からの転入者数", "人", 1684, 1702, 1655, 1731, 1800, "未達成"),
    (5, "ふるさと納税寄附件数", "件", 8210, 25402, 31877, 33506, 30000, "達成"),
]


def asakura() -> Path:
    wb, ws = _sheet("KPI最終検証", [7, 34, 7, 13, 11, 11, 11, 15, 11])
    last = 9
    _text(
        ws,
        1,
        1,
        "第2期朝倉市総合戦略　重要業績評価指標（KPI）最終検証シート（令和６年度実績）",
        bold=True,
        size=14,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和7年8月　企画政策課", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("戦略の名称", "第2期朝倉市総合戦略", 18),
            ("計画期間", "令和2年度～令和6年度（5年間）", 18),
            ("担当課", "企画政策課", 18),
            (
                "市の現状",
                "令和2年10月の国勢調査による人口は約50,000人。人口ビジョンでは、対策を講じない場合、令和42年には約28,000人まで減少すると推計している。三連水車、秋月の城下町、原鶴温泉などの観光資源と、なし・かきなどの果樹を生かし、新しいひとの流れをつくる。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■基本目標２　朝倉への新しいひとの流れをつくる", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for c, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（R元）"),
        (8, "目標値（R6）"),
        (9, "達成状況"),
    ):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for c, word in zip(range(5, 8), ("R4", "R5", "R6")):
        _put(ws, h2, c, word, header=True)
    r = h2 + 1
    for row in AS_ROWS:
        sub = row[0] == ""
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 3, 9) else ("right" if c == 8 else None)
            cell = _put(ws, r, c, v, align=align, fill=LIGHT if sub else None, size=8 if sub else 9)
            if sub and c == 2:
                cell.alignment = Alignment(horizontal="left", vertical="center", indent=2)
        ws.row_dimensions[r].height = 16 if sub else 20
        r += 1
    r += 1
    notes = [
        "※1　No.1の（内訳）は地区別の入込客数を参考として示したもので、KPIではありません（内訳の合計がNo.1の値です）。",
        "※2　No.2の目標値は、令和4年度の中間検証で100件から150件に上方修正しました（括弧内は当初の目標値）。",
        "※3　達成状況は、R6実績と目標値（R6）を比較したものです。",
    ]
    for note in notes:
        _text(ws, r, 1, note)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "asakura_senryaku_saishu_kensho_r6.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 美祢市 (山口県): 令和６年度 事務事業評価シート（令和５年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (zenkan.jp mineshi, furu-po.com mine, city.mine.lg.jp comment 11840): the merger of 美祢市, 美東町
# and 秋芳町 (平成20年3月21日), 472.71㎢, 秋吉台 (日本最大のカルスト台地), 秋芳洞 (東洋最大規模の鍾乳洞),
# 第二次美祢市総合計画. Made up: the 事業, its period and money, the 課, the indicators and every figure.
MI_ACT = [
    ("ア", "旅行会社等へのプロモーション実施回数", "回", 18, 22, 24, 26),
    ("イ", "教育旅行の受入校数", "校", 31, 38, 45, "41（うち県外12）"),
]
MI_OUT = [
    ("ウ", "秋芳洞の入洞者数", "千人", 512.6, 480.0, 455.2, "94.8%", 520.0),
    ("エ", "観光客満足度（「満足」「やや満足」の割合）", "％", 78.5, 85.0, 86.1, "101.3%", 90.0),
]


def mine() -> Path:
    wb, ws = _sheet("事務事業評価シート", [6, 34, 6, 13, 10, 10, 17, 13])
    last = 8
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和6年7月作成", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(
        ws,
        4,
        last,
        [
            ("事務事業名", "秋吉台・秋芳洞誘客促進事業", 18),
            ("担当課", "観光振興課", 18),
            (
                "総合計画の位置付け",
                "第二次美祢市総合計画　基本目標２　活力ある産業と交流のまち",
                18,
            ),
            ("事業期間", "令和元年度～令和7年度", 18),
            (
                "事業の概要",
                "本市は平成20年3月21日に美祢市・美東町・秋芳町の1市2町が合併して誕生した（面積472.71㎢）。日本最大のカルスト台地「秋吉台」と東洋最大規模の鍾乳洞「秋芳洞」への誘客を図るため、旅行会社等へのプロモーション（年24回程度）と教育旅行の誘致を行う。R5事業費　12,400千円",
                58,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　指標の状況", bold=True, size=11)
    r += 1
    _text(ws, r, 1, "（１）活動指標", bold=True)
    r += 1
    for c, word in enumerate(
        ("記号", "指標名", "単位", "R3実績", "R4実績", "R5計画", "R5実績"), start=1
    ):
        _put(ws, r, c, word, header=True)
    r += 1
    for row in MI_ACT:
        for c, v in enumerate(row, start=1):
            _put(ws, r, c, v, align="center" if c in (1, 3) else ("right" if c == 7 else None))
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "（２）成果指標", bold=True)
    r += 1
    for c, word in enumerate(
        (
            "記号",
            "指標名",
            "単位",
            "基準値（元年度）",
            "R5目標",
            "R5実績",
            "達成率",
            "R7目標（最終）",
        ),
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    r += 1
    for row in MI_OUT:
        for c, v in enumerate(row, start=1):
            _put(
                ws,
                r,
                c,
                v,
                fmt="#,##0.0" if isinstance(v, float) else None,
                align="center" if c in (1, 3) else ("right" if c == 7 else None),
            )
        ws.row_dimensions[r].height = 26
        r += 1
    r += 1
    notes = [
        "※　達成率は、R5実績÷R5目標×100（%）です。",
        "※　エは秋芳洞・秋吉台で実施した来訪者アンケート（回答数 1,035人）によります。",
    ]
    for note in notes:
        _text(ws, r, 1, note)
        r += 1
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    r = _fields(
        ws,
        r,
        last,
        [
            ("総合評価", "Ｂ（概ね順調）", 18),
            ("今後の方向性", "教育旅行は県外校の誘致を強化し、入洞者数の回復を図る。", 30),
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mine_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 大洲市 (愛媛県): 第2次大洲市総合計画 後期基本計画 成果指標の進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (city.ozu.ehime.jp kikakujoho 1148, ja.wikipedia 大洲市, iyoirc.jp 20050301): the plan and its
# 後期基本計画, 将来像, the merger of 1市2町1村 (2005-01-11), 432.12km², 38,164人 (2024-03-01), 大洲城,
# 臥龍山荘, 肱川の鵜飼, 企画情報課 (the URL's kikakujoho). Made up: the page, the indicators and every figure.
OZ_HEAD = ["成果指標", "基準値<br>（R2）", "R4実績", "R5目標", "R5実績", "目標値<br>（R8）"]
OZ_ROWS = [
    ["①大洲城の入場者数", "31,240", "58,430", "60,000", "62,105", "70,000"],
    ["②臥龍山荘の入場者数", "18,905", "30,112", "32,000", "33,480", "40,000"],
    None,
    ["③肱川の鵜飼の乗船者数", "4,210", "7,985", "9,500", "9,102", "12,000"],
    ["④市内宿泊施設の延べ宿泊者数", "98,400", "142,300", "150,000", "155,870", "180,000"],
    ["⑤観光客の再訪意向率（％）", "62.4", "66.0", "68.0", "68.7", "75.0"],
]
OZ_NOTE = "※以下の③・④は暦年（1月～12月）の値です（例：R5実績＝令和5年1月～12月）。基準値・目標値も同じです。"


def ozu_html() -> str:
    head = "".join(f'<th scope="col">{h}</th>' for h in OZ_HEAD)
    body = []
    for row in OZ_ROWS:
        if row is None:
            body.append(f'        <tr class="note"><td colspan="6">{OZ_NOTE}</td></tr>')
            continue
        tds = "".join(f"<td>{c}</td>" for c in row[1:])
        body.append(f'        <tr><th scope="row">{row[0]}</th>{tds}</tr>')
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>後期基本計画 成果指標の進捗状況（令和５年度）｜大洲市</title>
</head>
<body>
<header><p class="site">大洲市</p></header>
<nav aria-label="パンくずリスト">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/soshiki/">組織でさがす</a></li>
    <li><a href="/soshiki/kikakujoho/">企画情報課</a></li>
    <li>後期基本計画 成果指標の進捗状況（令和５年度）</li>
  </ol>
</nav>
<main>
  <h1>第2次大洲市総合計画後期基本計画　成果指標の進捗状況（令和５年度）</h1>
  <p class="date">更新日：2024年9月30日　担当：企画情報課</p>
  <p>大洲市は、2005年（平成17年）1月11日に旧大洲市・長浜町・肱川町・河辺村の1市2町1村が合併して誕生しました。面積は432.12km²、人口は38,164人（2024年3月1日推計）です。肱川の流域にある大洲城を中心に発展した城下町で、「伊予の小京都」と呼ばれています。</p>
  <p>第2次大洲市総合計画（平成29年度～令和8年度）の後期基本計画では、将来像「きらめくおおず～みんな輝く肱川流域のまち～」の実現に向けて施策ごとに成果指標を設定しています。このページでは、観光分野の成果指標を掲載しています。</p>
  <h2>施策３－２　城下町の魅力を生かした観光の振興</h2>
  <table border="1">
    <caption>表　観光の振興に関する成果指標（単位：人）</caption>
    <thead>
        <tr>{head}</tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>※⑤は観光客アンケート（毎年10月実施）で「また来たい」と答えた人の割合です。</p>
  <p>※鵜飼は毎年6月1日から9月20日まで行われます。</p>
  <div class="contact">
    <p>このページに関するお問い合わせ　企画情報課　電話：0893-24-1715</p>
  </div>
</main>
</body>
</html>
"""


def ozu() -> Path:
    path = HERE / "ozu_seika_shihyo_r5.html"
    path.write_text(ozu_html(), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 肝付町 (鹿児島県肝属郡): 肝付町過疎地域持続的発展計画 目標の達成状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 肝付町): 308.04km², 13,165人 (2024-03-01 推計), 内之浦宇宙空間観測所, 旧高山町・旧内之浦町,
# 国見山, 志布志湾・内之浦湾. Assumed: the plan's name and period (the 過疎法 plans of 令和3年度～令和7年度).
# Made up: the 課, the sheet, the indicators and every figure.
KM_ROWS = [
    # 区分 (merged down over its rows), name, unit, base, R4, R5, target
    ("産業の振興", "新規就農者数（累計）", "人", 3, 8, 12, 15),
    ("産業の振興", "内之浦宇宙空間観測所の見学者数", "人", 12480, 18920, 21305, 25000),
    ("交通施設の整備", "町営バスの年間利用者数", "人", 28410, 26950, 27320, 30000),
    ("子育て環境の確保", "出生数", "人", 72, 65, 61, 80),
    ("移住・定住", "移住相談件数", "件", 24, 41, "48（うちオンライン19）", 60),
]
KM_MONEY = [("R3", 412300), ("R4", 388650), ("R5", 405120)]


def kimotsuki() -> Path:
    wb, ws = _sheet("過疎計画目標（R5）", [16, 32, 6, 14, 10, 10, 14, 3, 10, 14])
    ws.title = "過疎計画目標（R5）"
    last = 7
    _text(
        ws, 1, 1, "肝付町過疎地域持続的発展計画　目標の達成状況（令和５年度）", bold=True, size=14
    )
    _text(ws, 2, last, "令和6年9月　企画調整課", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "肝付町過疎地域持続的発展計画", 18),
            ("計画期間", "令和3年度～令和7年度（5年間）", 18),
            ("担当課", "企画調整課", 18),
            (
                "町の概要",
                "大隅半島の東部に位置し、面積308.04km²、人口13,165人（2024年3月1日推計）。旧高山町と旧内之浦町は国見山で隔てられ、北東は志布志湾、東は内之浦湾に面する。内之浦宇宙空間観測所ではロケットの打上げが行われる。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■計画に定める目標（指標）の状況", bold=True, size=11)
    _text(ws, r, 9, "（参考）過疎対策事業債の充当額", bold=True)
    r += 1
    top = r
    for c, word in enumerate(
        (
            "区分",
            "目標（指標）",
            "単位",
            "現状値（R2年度末）",
            "R4実績",
            "R5実績",
            "目標値（R7年度末）",
        ),
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    _put(ws, r, 9, "年度", header=True)
    _put(ws, r, 10, "充当額（千円）", header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    for row in KM_ROWS:
        for c, v in enumerate(row, start=1):
            _put(ws, r, c, v, align="center" if c == 3 else ("right" if c == 6 else None))
        ws.row_dimensions[r].height = 20
        r += 1
    # 区分 merged down over equal neighbours
    start = first
    for i in range(1, len(KM_ROWS) + 1):
        if i == len(KM_ROWS) or KM_ROWS[i][0] != KM_ROWS[i - 1][0]:
            end = first + i - 1
            if end > start:
                _merge(ws, start, 1, end, 1)
            start = end + 1
    for i, (year, money) in enumerate(KM_MONEY, start=1):
        _put(ws, top + i, 9, year, align="center")
        _put(ws, top + i, 10, money)
    r += 1
    notes = [
        "※　現状値は令和2年度末（令和3年3月31日）、目標値は令和7年度末（令和8年3月31日）の値です。",
        "※　右の表は過疎対策事業債（ソフト分を含む）の充当額で、目標（指標）ではありません。",
    ]
    for note in notes:
        _text(ws, r, 1, note)
        r += 1
    _page(ws, "landscape")
    path = HERE / "kimotsuki_kaso_mokuhyo_r5.xlsx"
    _save(wb, path)
    print(f"wrote {path.name}")
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    ozu()
    kimotsuki()
    for xlsx in (asakura(), mine()):
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
