"""Build the documents of forms375/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tokai_koki_seika_r1.xlsx``, a 総合計画 後期基本計画 成果指標の進捗状況 in the manner of 東海村
  (茨城県): a two-row header ``基準値（H26） | 実績値 (H28 | H29 | H30 | R元) | 目標値（H32） | 備考``, **a
  target dated ``H32``, a 平成 year that never came (FY2020), beside a ``R元`` actual**, ``千人`` in 単位 and
  **a value cell with a breakdown in brackets (``66（うち法人9）``)**; and the PDF (landscape);
* ``shinto_jimujigyo_ijyu_r5.xlsx``, a 事務事業評価シート in the manner of 榛東村 (群馬県), a workbook left
  as it is: two grids on one sheet (``３　活動指標``, ``４　成果指標``) under the same one-row header
  ``R3実績 | R4実績 | R5計画 | R5実績 | R6計画``, **a shaded ``合計（ア＋イ）`` row between the activity rows**
  and a ``中止`` cell;
* ``source/kamo_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 加茂市 (新潟県): a
  two-row header ``策定時（R2） | 実績値 (R3 | R4 | R5) | 目標値 (R5 | R7)``, ``百万円`` in 単位 and **a shaded
  note row inside the grid, between No.2 and No.3, saying the two rows below it are calendar-year
  figures**; and the PDF (portrait);
* ``oiso_senryaku_kpi_2019.html``, a 総合戦略 KPI実績 page in the manner of 大磯町 (神奈川県): breadcrumb,
  ``<h1>``, date line, three ``<h2>基本目標N　…</h2>`` tables with Western fiscal years and a 和暦 baseline,
  **target cells that carry their own year (``10（2019年度）``, ``60,000（2020年度）``) after the strategy's
  one-year extension**, and **``＊`` marks on two 2019 cells that a note calls 速報値**.

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms375/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms375/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, key, value, c2, height=18):
    """A form field: a shaded key cell in columns 1-2, the value merged over 3..c2."""
    _span(ws, row, 1, 2, key, header=True)
    _span(ws, row, 3, c2, value)
    ws.row_dimensions[row].height = height


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for c, w in zip(range(c1, c2 + 1), lower):
            _put(ws, h + 1, c, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


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
    print(f"wrote {path.relative_to(HERE)}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms375_soffice_") as tmp:
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
# 東海村 (茨城県那珂郡): 東海村第5次総合計画 後期基本計画 成果指標の進捗状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name and period (平成28年度～32年度), the 分野別将来像 5, the 1955 merger of 村松村 and
# 石神村, 37.48k㎡, 37,546人 (平成30年4月1日), 原子力 since 昭和32年. Made up: 施策 5-1, 課, every KPI and figure.
TK_ROWS = [
    (1, "村内事業所の従業者数", "人", 17850, 18020, 18110, 18240, 18300, 18500, ""),
    (
        2,
        "観光入込客数",
        "千人",
        612,
        640,
        655,
        671,
        598,
        700,
        "R元は令和元年東日本台風（台風第19号）の影響により減少",
    ),
    (
        3,
        "創業支援事業による創業件数",
        "件",
        3,
        5,
        8,
        6,
        9,
        10,
        "創業支援事業計画に基づく特定創業支援等事業の利用者",
    ),
    (4, "認定農業者数", "経営体", 62, 64, 63, 65, "66（うち法人9）", 70, "各年度末現在"),
]


def tokai() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 8, 11, 10, 10, 10, 14, 11, 40])
    _text(
        ws,
        1,
        1,
        "東海村第５次総合計画 後期基本計画　成果指標の進捗状況（令和元年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和2年8月　企画経営課", align="right")
    _text(ws, 3, 1, "１　計画の概要", bold=True, size=11)
    _field(ws, 4, "計画の名称", "東海村第5次総合計画「後期基本計画」", 10)
    _field(ws, 5, "計画期間", "平成28年度～平成32年度（5年間）", 10)
    _field(ws, 6, "分野別将来像", "5　みんながいきいきと働くまち（産業振興分野）", 10)
    _field(ws, 7, "施策", "5-1　地域産業の振興と雇用の創出", 10)
    _field(ws, 8, "担当課", "企画経営課", 10)
    _field(
        ws,
        9,
        "村の概要",
        "本村は昭和30年に村松村と石神村が合併して誕生した。総面積は37.48k㎡、人口は37,546人（平成30年4月1日現在）で、"
        "昭和32年に原子力の火が灯って以来、多くの原子力関連施設が立地する科学のむらとして発展してきた。",
        10,
        height=36,
    )
    _text(ws, 11, 1, "２　成果指標の進捗状況", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値（H26）"),
            (9, "目標値（H32）"),
            (10, "備考"),
        ],
        [(5, 8, "実績値", ["H28", "H29", "H30", "R元"])],
    )
    r = 14
    for no, name, unit, *vals, note in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _text(ws, r + 1, 1, "※実績値は各年度の値。目標値は後期基本計画の最終年度の値。", size=8)
    _page(ws, "landscape")
    path = SOURCE / "tokai_koki_seika_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 榛東村 (群馬県北群馬郡): 令和5年度 事務事業評価シート 移住定住促進事業
# --------------------------------------------------------------------------------------------

# Real: 27.92km², 1959年8月1日 (the village's name), 相馬原駐屯地, 前橋・高崎・渋川 next to it.
# Made up: the sheet, the 事業, the 課, every indicator and figure.
SH_HEAD = ["No.", "指標名", "単位", "R3実績", "R4実績", "R5計画", "R5実績", "R6計画"]
SH_ACT = [
    ("ア", "移住相談件数（窓口）", "件", 14, 19, 20, 17, 20),
    ("イ", "移住相談件数（オンライン）", "件", 9, 12, 15, 21, 20),
    ("", "合計（ア＋イ）", "件", 23, 31, 35, 38, 40),
    ("ウ", "移住体験ツアー参加者数", "人", "中止", 8, 10, 12, 12),
]
SH_OUT = [
    ("①", "移住支援制度を利用した転入者数", "人", 9, 11, 12, 12, 15),
    ("②", "空き家バンク成約件数", "件", 3, 5, 5, 4, 6),
]


def _shinto_grid(ws, r: int, rows) -> int:
    for c, word in enumerate(SH_HEAD, start=1):
        _put(ws, r, c, word, header=True)
    r += 1
    for row in rows:
        total = row[0] == ""
        fill = LIGHT if total else None
        for c, v in enumerate(row, start=1):
            _put(
                ws,
                r,
                c,
                v,
                align="center" if c in (1, 3) or v == "中止" else None,
                fill=fill,
                bold=total and c == 2,
            )
        r += 1
    return r


def shinto() -> Path:
    wb, ws = _sheet("事務事業評価", [6, 34, 7, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和５年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年7月作成", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=10)
    _field(ws, 5, "事務事業名", "移住定住促進事業", 8)
    _field(ws, 6, "担当課", "企画戦略課", 8)
    _field(ws, 7, "根拠計画", "榛東村まち・ひと・しごと創生総合戦略", 8)
    _field(ws, 8, "事業期間", "平成28年度～（継続）", 8)
    _field(
        ws,
        9,
        "事業の目的・内容",
        "本村（面積27.92km²、昭和34年8月1日に現村名）は前橋市・高崎市・渋川市に接し、村内に陸上自衛隊相馬原駐屯地を擁する。"
        "転勤に伴う転出入が年間約300人あるため、村外からの移住相談に窓口とオンラインで応じ、定住につなげる。",
        8,
        height=40,
    )
    _text(ws, 11, 1, "２　事業費", bold=True, size=10)
    _field(ws, 12, "R5決算額", "2,840千円（うち国庫補助1,420千円）", 8)
    _text(ws, 14, 1, "３　活動指標", bold=True, size=10)
    r = _shinto_grid(ws, 15, SH_ACT)
    _text(ws, r + 1, 1, "４　成果指標", bold=True, size=10)
    r = _shinto_grid(ws, r + 2, SH_OUT)
    _text(ws, r + 1, 1, "５　評価", bold=True, size=10)
    _field(ws, r + 2, "今後の方向性", "現状維持（オンライン相談の周知を強化する）", 8)
    _page(ws, "portrait")
    path = HERE / "shinto_jimujigyo_ijyu_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 加茂市 (新潟県): 加茂市総合計画 前期基本計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 前期 period (令和3年度から5年), 将来像, 基本目標5's words, 加茂桐箪笥 (1976, 約7割),
# 133.72km², 24,436人 (2022年7月1日). Made up: 施策 5-2, 課, every indicator and figure.
KM_ROWS = [
    (1, "加茂桐箪笥の出荷額", "百万円", 412, 398, 405, 421, 430, 450),
    (2, "市内製造業の従業者数", "人", 3870, 3812, 3795, 3760, 3850, 3900),
    None,
    (3, "観光入込客数", "人", 186000, 214500, 251300, 268900, 260000, 300000),
    (4, "伝統工芸品展示販売会の来場者数", "人", 3200, 4100, 5350, 5820, 5500, 6500),
]


def kamo() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 8, 11, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和５年度　施策評価シート（令和５年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年8月", align="right")
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=11)
    _field(ws, 4, "総合計画", "加茂市総合計画　前期基本計画（令和3年度～令和7年度）", 9)
    _field(ws, 5, "将来像", "笑顔あふれるまち 加茂", 9)
    _field(ws, 6, "基本目標", "5　都市の魅力創造、産業・雇用", 9)
    _field(ws, 7, "施策", "5-2　地場産業・伝統工芸の振興", 9)
    _field(ws, 8, "担当課", "商工観光課", 9)
    _field(
        ws,
        9,
        "施策の現状",
        "加茂桐箪笥は昭和51年（1976年）に国の伝統的工芸品に指定され、全国生産量の約7割を占める。"
        "市の面積は133.72km²、人口は24,436人（2022年7月1日現在）で、担い手の高齢化が課題となっている。",
        9,
        height=40,
    )
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        12,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時（R2）")],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5", "R7"])],
    )
    r = 14
    for row in KM_ROWS:
        if row is None:
            _span(
                ws,
                r,
                1,
                9,
                "※以下の指標（No.3・No.4）は暦年（1月～12月）の値です。",
                fill=LIGHT,
                size=8,
            )
            r += 1
            continue
        no, name, unit, *vals = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, r + 1, 1, "※No.1は加茂箪笥協同組合の組合員への聞き取りによる。", size=8)
    _text(ws, r + 3, 1, "３　施策の評価", bold=True, size=11)
    _field(ws, r + 4, "評価", "B　概ね順調", 9)
    _field(ws, r + 5, "今後の方向性", "後継者育成と販路開拓を重点的に進める。", 9)
    _page(ws, "portrait")
    path = SOURCE / "kamo_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大磯町 (神奈川県中郡): 大磯町人口ビジョン・総合戦略 KPIの実績（2019年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name (2015-2020, 令和2年3月改定), 33,032人 (2010 peak), 17.18km², 明治記念大磯邸園
# (2018年10月23日, 2か月で2万人超), 政策課. Made up: the page, its goals' wording, every KPI and figure.
OI_GOALS = [
    (
        "基本目標1　大磯の魅力を活かしたしごとをつくる",
        [
            ("①", "町内での創業件数", "件", "4", "6", "7", "9", "10（2019年度）"),
            (
                "②",
                "明治記念大磯邸園の来園者数",
                "人",
                "―",
                "―",
                "20,400",
                "58,200＊",
                "60,000（2020年度）",
            ),
        ],
    ),
    (
        "基本目標2　若い世代の希望をかなえる",
        [
            ("③", "合計特殊出生率", "―", "1.13", "1.10", "1.18", "1.15＊", "1.30（2020年度）"),
            ("④", "転入者数", "人", "1,160", "1,205", "1,188", "1,240", "1,300（2019年度）"),
        ],
    ),
    (
        "基本目標3　住み続けたいまちをつくる",
        [
            (
                "⑤",
                "町の住みやすさに満足している町民の割合",
                "％",
                "72.3",
                "―",
                "74.0",
                "―",
                "80.0（2020年度）",
            ),
        ],
    ),
]


def oiso_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        "<title>総合戦略の重要業績評価指標（KPI）の実績（2019年度） - 大磯町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/soshiki/seisaku/">町政情報</a> &gt; <a href="/soshiki/seisaku/senryaku/">総合戦略</a> &gt; 総合戦略の重要業績評価指標（KPI）の実績（2019年度）</nav>',
        "<main>",
        "<h1>総合戦略の重要業績評価指標（KPI）の実績（2019年度）</h1>",
        '<p class="date">更新日：2020年9月30日　担当：政策課</p>',
        "<p>本町の人口は2010年の33,032人をピークに減少に転じています。町では「大磯町人口ビジョン・総合戦略 2015-2020」を策定し、令和2年3月の改定で計画期間を2020年度まで1年延長しました。"
        "このため、一部の指標は目標年度を2020年度としています。2018年10月23日に一部公開された明治記念大磯邸園には、公開から2か月間で2万人を超える方が訪れました。町の面積は17.18km²です。</p>",
    ]
    for heading, rows in OI_GOALS:
        out += [
            f"<h2>{heading}</h2>",
            '<table border="1">',
            "<thead>",
            "<tr><th>No.</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値<br>（H26）</th><th>2017年度<br>実績</th><th>2018年度<br>実績</th><th>2019年度<br>実績</th><th>目標値<br>（目標年度）</th></tr>",
            "</thead>",
            "<tbody>",
        ]
        for no, name, unit, *vals in rows:
            cells = "".join(f"<td>{v}</td>" for v in vals)
            out.append(f"<tr><td>{no}</td><td>{name}</td><td>{unit}</td>{cells}</tr>")
        out += ["</tbody>", "</table>"]
    out += [
        "<p>※2019年度実績のうち「＊」を付した値は速報値です（確定値は翌年度に公表します）。</p>",
        "<p>※明治記念大磯邸園は2018年10月に一部公開したため、基準値及び2017年度実績はありません。</p>",
        "<p>※町民意識調査は隔年（偶数年度）で実施しています。</p>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def oiso() -> Path:
    path = HERE / "oiso_senryaku_kpi_2019.html"
    path.write_text(oiso_html(), encoding="utf-8")
    print(f"wrote {path.name}")
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    sources = [tokai(), kamo()]
    shinto()
    oiso()
    if not no_pdf:
        for xlsx in sources:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
