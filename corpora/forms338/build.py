"""Build the documents of forms338/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hiratsuka_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 平塚市
  (神奈川県): a two-row header whose **year cells are plan years only** (``2年目 | 3年目 | 4年目（見込）``
  under 実績値, ``4年目 | 最終年度`` under 目標値), dated by the 計画期間 field and a note; ``▲`` values
  and ``0.00以上`` targets; a ``―`` forecast; and the PDF (landscape);
* ``akishima_seika_shihyo_r5.html``, a 総合基本計画 成果指標 page in the manner of 昭島市 (東京都): a
  two-row ``<thead>`` with Western fiscal years each over ``目標 | 実績``, a 単位 column with ``千人``,
  and **one final-target cell that prints its own unit (``900,000人``) in a ``千人`` row**;
* ``source/kitamoto_shisaku_hyoka_r5.xlsx``, a 総合振興計画 施策評価シート in the manner of 北本市
  (埼玉県): full-width era years ``Ｒ３ | Ｒ４ | Ｒ５`` with no 実績 word, and **a ``目標値`` header with no
  year, dated by a note to the plan's last year**; ``百万円`` and ``千人``; and the PDF (portrait);
* ``source/shiroi_juten_senryaku_r5.xlsx``, a 総合計画 重点戦略 進捗シート in the manner of 白井市
  (千葉県): **two rows per indicator (区分 ``目標`` over ``実績``) under one row of years**, name, unit and
  baseline merged down over both, and **actuals in parentheses ``(1.21)`` that a note calls 速報値**;
  and the PDF (portrait).

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
FONT = "Noto Sans CJK JP"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def new_sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms338/build.py"
    wb.properties.lastModifiedBy = "forms338/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def cell(ws, row, col, value, header=False, align=None, size=9, bold=False, fill=None):
    """A bordered text cell (values are typed as they are printed)."""
    c = ws.cell(row=row, column=col, value=None if value in ("", None) else value)
    c.border = BORDER
    c.font = Font(name=FONT, size=size, bold=bold)
    if header:
        c.fill = SHADE
        c.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    else:
        c.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        c.fill = fill
    return c


def merge(ws, r1, c1, r2, c2, value, header=False, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell(ws, r, c, value if (r, c) == (r1, c1) else None, header=header, **kw)
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def text(ws, row, col, value, bold=False, size=9, align=None):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align or "left", vertical="center")
    return c


def fields(ws, r, items, last_col, tall=()):
    """Form fields: the label over columns 1-2, the value over the rest."""
    for label, value in items:
        merge(ws, r, 1, r, 2, label, header=True)
        merge(ws, r, 3, r, last_col, value)
        ws.row_dimensions[r].height = 44 if label in tall else 18
        r += 1
    return r


def values(ws, r, c0, vals, size=9, fill=None):
    for j, v in enumerate(vals):
        cell(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right", size=size, fill=fill)


def page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.45
    ws.page_margins.top = ws.page_margins.bottom = 0.55
    ws.page_margins.header = ws.page_margins.footer = 0.25


def save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    print(f"wrote {path.relative_to(HERE)}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms338_soffice_") as tmp:
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


# ---------------------------------------------------------------------------------------------
# 平塚市 (神奈川県): 平塚市まち・ひと・しごと創生推進計画 KPI効果検証シート（令和6年度）
# ---------------------------------------------------------------------------------------------

# Real: the plan's name (a 地域再生計画), the 課 that runs the 総合計画 (企画政策課), the population
# figures of the 現状 (2010: 260,863人, 2015: 258,227人, 2045: 208,822人), 67.88km² and 相模湾.
# Made up: the plan period, every KPI and value, the notes.
HIRATSUKA_ROWS = [
    # label, name, unit, 策定時, 2年目, 3年目, 4年目（見込）, 目標 4年目, 目標 最終年度
    ("①", "市内企業への新規雇用者数", "人", "412", "438", "465", "470", "480", "500"),
    ("②", "観光入込客数", "千人", "1,520.0", "1,286.4", "1,498.2", "1,560.0", "1,550.0", "1,600.0"),
    (
        "③",
        "社会増減率（転入－転出）",
        "％",
        "▲0.12",
        "0.05",
        "0.08",
        "▲0.03",
        "0.00以上",
        "0.00以上",
    ),
    ("④", "合計特殊出生率", "―", "1.21", "1.18", "1.15", "―　※4", "1.25", "1.30"),
    ("⑤", "空き家バンクの成約件数", "件", "3", "5", "7", "8", "8", "10"),
]


def hiratsuka() -> Path:
    widths = [5, 30, 7, 12, 11, 11, 13, 11, 11]
    wb, ws = new_sheet("KPI効果検証", widths)
    last = len(widths)
    merge(
        ws,
        1,
        1,
        1,
        last,
        "平塚市まち・ひと・しごと創生推進計画（地域再生計画）",
        size=14,
        bold=True,
        align="center",
    )
    ws.cell(row=1, column=1).border = Border()
    merge(
        ws,
        2,
        1,
        2,
        last,
        "重要業績評価指標（KPI）効果検証シート（令和６年度）",
        size=12,
        bold=True,
        align="center",
    )
    for r in (1, 2):
        for c in range(1, last + 1):
            ws.cell(row=r, column=c).border = Border()
    text(ws, 3, last, "令和7年1月　平塚市 企画政策課", align="right")
    r = fields(
        ws,
        5,
        [
            ("地域再生計画の名称", "平塚市まち・ひと・しごと創生推進計画"),
            ("計画期間", "令和3年4月1日～令和8年3月31日（5年間）"),
            ("担当課", "企画政策課"),
            (
                "市の現状",
                "本市の人口は2010年の260,863人をピークに減少に転じ、2015年には258,227人となった。国立社会保障・人口問題研究所の推計では、"
                "2045年には208,822人まで減少するとされている。市域は67.88km²で、南は相模湾に面し、東京と富士山のほぼ中間に位置する。",
            ),
        ],
        last,
        tall=("市の現状",),
    )
    r += 1
    text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    merge(ws, h1, 1, h2, 2, "KPI", header=True)
    merge(ws, h1, 3, h2, 3, "単位", header=True)
    merge(ws, h1, 4, h2, 4, "策定時\n（R2）", header=True)
    merge(ws, h1, 5, h1, 7, "実績値　※1", header=True)
    merge(ws, h1, 8, h1, 9, "目標値　※1", header=True)
    for c, word in zip(range(5, 10), ["2年目", "3年目", "4年目\n（見込）※2", "4年目", "最終年度"]):
        cell(ws, h2, c, word, header=True)
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    for label, name, unit, *vals in HIRATSUKA_ROWS:
        cell(ws, r, 1, label, align="center")
        cell(ws, r, 2, name)
        cell(ws, r, 3, unit, align="center")
        values(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　「○年目」は計画期間の何年目かを示す（1年目＝令和3年度、最終年度＝5年目＝令和7年度）。",
        "※2　4年目（見込）は、令和6年12月末までの実績をもとに推計した値である。",
        "※3　KPI③の「▲」はマイナス（転出超過）を示す。",
        "※4　KPI④は国の人口動態統計（確定数）の公表後に算出するため、見込値は出していない。",
    ]
    for i, line in enumerate(notes):
        text(ws, r + 1 + i, 1, line, size=8)
    page(ws, "landscape")
    path = SOURCE / "hiratsuka_kpi_kensho_r6.xlsx"
    save(wb, path)
    return path


# ---------------------------------------------------------------------------------------------
# 昭島市 (東京都): 昭島市総合基本計画 施策の成果指標の状況（令和5年度）, HTML
# ---------------------------------------------------------------------------------------------

# Real: the merger (昭和29年5月1日, 昭和町と拝島村), 17.34km², 115,951人 (2024年12月1日),
# the 基本構想 (令和4年度～令和13年度), its 将来都市像, 企画政策課, アキシマクジラ (1961年).
# Made up: the 前期基本計画 period, the 基本目標 wording, every indicator and value, the notes.
AKISHIMA_ROWS = [
    # No., name, unit, 策定時, 2022 目標, 2022 実績, 2023 目標, 2023 実績, 目標値（2026年度）
    ("1", "市内公園の年間利用者数", "千人", "842", "860", "815", "880", "871", "900,000人"),
    ("2", "緑化協定の締結件数", "件", "12", "14", "14", "16", "17", "20"),
    ("3", "水辺の環境に満足している市民の割合", "％", "61.4", "63.0", "―", "64.0", "62.8", "66.0"),
    ("4", "ごみの資源化率", "％", "24.1", "25.0", "24.6", "25.5", "25.8", "27.0"),
    (
        "5",
        "市民との協働による清掃活動の参加者数",
        "人",
        "3,210",
        "3,300",
        "2,980",
        "3,400",
        "3,455",
        "3,600",
    ),
]


def akishima_html() -> str:
    rows = []
    for no, name, unit, *vals in AKISHIMA_ROWS:
        tds = "".join(f"<td>{v}</td>" for v in vals)
        rows.append(
            f'      <tr>\n        <td>{no}</td>\n        <th scope="row">{name}</th>\n        <td>{unit}</td>\n        {tds}\n      </tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>施策の成果指標の状況（令和5年度）｜昭島市</title>
</head>
<body>
<header><p class="site-name">昭島市</p></header>
<nav class="breadcrumb" aria-label="現在位置">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/keikaku/">総合基本計画・各種計画</a></li>
    <li>施策の成果指標の状況（令和5年度）</li>
  </ol>
</nav>
<main>
<h1>施策の成果指標の状況（令和5年度）</h1>
<p class="update">ページ番号1009338　更新日 2025年1月20日　担当：企画部 企画政策課</p>
<p>昭島市は、昭和29年（1954年）5月1日に昭和町と拝島村が合併して誕生しました。面積は17.34km²、人口は115,951人（2024年12月1日現在）です。1961年（昭和36年）には、多摩川の河原でアキシマクジラの化石が見つかりました。</p>
<p>昭島市総合基本計画の基本構想（令和4年度～令和13年度）は、将来都市像を「水と緑が育む ふるさと昭島」と定めています。前期基本計画（令和4年度～令和8年度）では、施策ごとに成果指標と目標値を定め、毎年度その状況を公表しています。</p>
<h2>基本目標4　水と緑を守り育てるまち</h2>
<table class="seika">
  <thead>
    <tr>
      <th rowspan="2">No.</th>
      <th rowspan="2">成果指標</th>
      <th rowspan="2">単位</th>
      <th rowspan="2">計画策定時<br>（2020年度）</th>
      <th colspan="2">2022年度</th>
      <th colspan="2">2023年度</th>
      <th rowspan="2">目標値<br>（2026年度）</th>
    </tr>
    <tr>
      <th>目標</th>
      <th>実績</th>
      <th>目標</th>
      <th>実績</th>
    </tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p class="note">※No.3は市民意識調査によるもので、調査は奇数年度に実施しています（2022年度は調査を実施していません）。</p>
<p class="note">※No.4は、ごみ総排出量に占める資源化量の割合です。</p>
<p class="contact">このページに関するお問い合わせ：企画部 企画政策課 企画政策係　電話番号：042-544-5111</p>
</main>
</body>
</html>
"""


def akishima() -> Path:
    path = HERE / "akishima_seika_shihyo_r5.html"
    path.write_bytes(akishima_html().encode("utf-8"))
    print(f"wrote {path.name}")
    return path


# ---------------------------------------------------------------------------------------------
# 北本市 (埼玉県): 第五次北本市総合振興計画 後期基本計画 施策評価シート（令和5年度実績）
# ---------------------------------------------------------------------------------------------

# Real: the plan (第五次北本市総合振興計画, 平成28年度からの10年計画), its 将来都市像, the 政策推進課,
# トマト (大正14年, 1925年), 石戸蒲ザクラ (大正11年 国指定天然記念物), 19.82km², 66,668人 (2019年1月).
# Made up: the 施策 and its number, 農政課, every indicator and value, the notes.
KITAMOTO_ROWS = [
    # No., name, unit, 基準値（H30）, Ｒ３, Ｒ４, Ｒ５, 目標値
    ("1", "トマトの出荷量", "t", "1,180", "1,152", "1,096", "1,134", "1,250"),
    ("2", "農産物直売所の年間販売額", "百万円", "486", "512", "538", "561", "600"),
    ("3", "観光入込客数", "千人", "642.3", "488.1", "571.6", "618.9", "700.0"),
    ("4", "新規就農者数", "人", "２", "３", "１", "４", "５"),
    ("5", "市民農園の利用区画数", "区画", "214", "226", "231", "238", "250"),
]


def kitamoto() -> Path:
    widths = [5, 30, 9, 12, 10, 10, 10, 11]
    wb, ws = new_sheet("施策評価シート", widths)
    last = len(widths)
    merge(
        ws,
        1,
        1,
        1,
        last,
        "第五次北本市総合振興計画　後期基本計画",
        size=13,
        bold=True,
        align="center",
    )
    merge(ws, 2, 1, 2, last, "施策評価シート（令和５年度実績）", size=13, bold=True, align="center")
    for rr in (1, 2):
        for c in range(1, last + 1):
            ws.cell(row=rr, column=c).border = Border()
    text(ws, 3, last, "令和6年8月　北本市政策推進部政策推進課", align="right")
    r = fields(
        ws,
        5,
        [
            ("将来都市像", "緑にかこまれた健康な文化都市～市民一人ひとりが輝くまち北本～"),
            (
                "計画期間",
                "基本構想 平成28年度～令和7年度（10年間）／後期基本計画 令和3年度～令和7年度（5年間）",
            ),
            ("施策", "4-2　観光・農業の振興"),
            ("主管課", "農政課"),
            (
                "施策の現状",
                "本市のトマト栽培は大正14年（1925年）に始まり、「石戸トマト」の名で知られてきた。市域は19.82km²、人口は66,668人（2019年1月）で、"
                "東光寺の石戸蒲ザクラは大正11年に国の天然記念物に指定されている。市域の約6割に緑地が残る。",
            ),
        ],
        last,
        tall=("施策の現状",),
    )
    r += 1
    text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    r += 1
    head = ["No.", "成果指標", "単位", "基準値\n（H30）", "Ｒ３", "Ｒ４", "Ｒ５", "目標値\n※1"]
    for c, word in enumerate(head, start=1):
        cell(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, *vals in KITAMOTO_ROWS:
        cell(ws, r, 1, no, align="center")
        cell(ws, r, 2, name)
        cell(ws, r, 3, unit, align="center")
        values(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　目標値は、後期基本計画の最終年度（令和７年度）の値である。",
        "※2　Ｒ３～Ｒ５は各年度の実績値。No.3のＲ３は、北本さくらまつりの中止（2年連続）により例年の約7割にとどまった。",
        "※3　No.2は市内3か所の農産物直売所の合計額（4月～翌年3月）。",
    ]
    for i, line in enumerate(notes):
        text(ws, r + 1 + i, 1, line, size=8)
    r += len(notes) + 2
    merge(ws, r, 1, r, 2, "施策の評価", header=True)
    merge(ws, r, 3, r, last, "B　おおむね順調に推移している")
    merge(ws, r + 1, 1, r + 1, 2, "今後の方向性", header=True)
    merge(
        ws, r + 1, 3, r + 1, last, "トマト100周年（令和7年）を契機に、直売所と観光の連携を強める。"
    )
    page(ws, "portrait")
    path = SOURCE / "kitamoto_shisaku_hyoka_r5.xlsx"
    save(wb, path)
    return path


# ---------------------------------------------------------------------------------------------
# 白井市 (千葉県): 白井市第5次総合計画 後期基本計画 重点戦略の進捗状況（令和5年度）
# ---------------------------------------------------------------------------------------------

# Real: the plan (第5次総合計画, 後期基本計画 令和3年度～令和7年度), the 将来像, the three 重点戦略
# (若い世代定住プロジェクト …), 企画政策課, 昭和39年町制 (8,321人), 平成13年市制, the peak 63,793人
# (平成30年), 梨. Made up: every indicator and value, the notes.
SHIROI_ROWS = [
    # No., name, unit, 基準値（R2）, targets R3..R7, actuals R3..R7
    (
        "1",
        "20～39歳の転入超過数",
        "人",
        "85",
        ["90", "100", "110", "120", "130"],
        ["72", "118", "104", "", ""],
    ),
    (
        "2",
        "合計特殊出生率",
        "―",
        "1.18",
        ["1.20", "1.22", "1.24", "1.26", "1.28"],
        ["1.15", "1.19", "(1.21)", "", ""],
    ),
    (
        "3",
        "子育て支援センターの利用者数",
        "人",
        "6,420",
        ["6,500", "6,800", "7,000", "7,200", "7,500"],
        ["5,980", "6,910", "7,240", "", ""],
    ),
    (
        "4",
        "白井市に住み続けたいと思う20～30歳代の割合",
        "％",
        "68.2",
        ["69.0", "70.0", "71.0", "72.0", "73.0"],
        ["66.4", "70.3", "71.8", "", ""],
    ),
    (
        "5",
        "新築住宅の着工戸数",
        "戸",
        "310",
        ["320", "330", "340", "350", "360"],
        ["298", "336", "(352)", "", ""],
    ),
]


def shiroi() -> Path:
    widths = [5, 27, 6, 6, 10, 9, 9, 9, 9, 9]
    wb, ws = new_sheet("重点戦略", widths)
    last = len(widths)
    merge(
        ws, 1, 1, 1, last, "白井市第5次総合計画　後期基本計画", size=13, bold=True, align="center"
    )
    merge(ws, 2, 1, 2, last, "重点戦略の進捗状況（令和５年度）", size=13, bold=True, align="center")
    for rr in (1, 2):
        for c in range(1, last + 1):
            ws.cell(row=rr, column=c).border = Border()
    text(ws, 3, last, "令和6年9月　白井市企画政策課", align="right")
    r = fields(
        ws,
        5,
        [
            (
                "計画の名称",
                "白井市第5次総合計画　後期基本計画（将来像：ときめきと みどりあふれる 快活都市）",
            ),
            ("計画期間", "令和３年度～令和７年度（５年間）"),
            ("重点戦略", "若い世代定住プロジェクト"),
            ("担当課", "企画政策課"),
            (
                "市の概要",
                "昭和39年に町制を施行（当時の人口8,321人）、千葉ニュータウンの入居開始とともに人口が増え、平成13年に市制を施行した。"
                "人口は平成30年の63,793人をピークに減少している。日本有数の梨の産地である。",
            ),
        ],
        last,
        tall=("市の概要",),
    )
    r += 1
    text(ws, r, 1, "■重点戦略の指標の状況", bold=True, size=11)
    r += 1
    text(ws, r, last, "（各指標とも上段：目標値、下段：実績値）", size=8, align="right")
    r += 1
    head = ["No.", "指標", "単位", "区分", "基準値\n（R2）", "R3", "R4", "R5", "R6", "R7"]
    for c, word in enumerate(head, start=1):
        cell(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, base, targets, actuals in SHIROI_ROWS:
        merge(ws, r, 1, r + 1, 1, no, align="center")
        merge(ws, r, 2, r + 1, 2, name)
        merge(ws, r, 3, r + 1, 3, unit, align="center")
        cell(ws, r, 4, "目標", align="center", fill=LIGHT)
        cell(ws, r + 1, 4, "実績", align="center")
        merge(ws, r, 5, r + 1, 5, base, align="right")
        values(ws, r, 6, targets, fill=LIGHT)
        values(ws, r + 1, 6, actuals)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    notes = [
        "※1　（　）内の数値は速報値であり、確定値は令和6年度中に公表する。",
        "※2　No.4は市民意識調査（毎年度実施、20～30歳代の回答者約400人）による。",
        "※3　R6・R7の実績値は、各年度の終了後に記入する。",
    ]
    for i, line in enumerate(notes):
        text(ws, r + 1 + i, 1, line, size=8)
    page(ws, "portrait")
    path = SOURCE / "shiroi_juten_senryaku_r5.xlsx"
    save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for build in (hiratsuka, kitamoto, shiroi):
        xlsx = build()
        if pdf:
            to_pdf(xlsx)
    akishima()


if __name__ == "__main__":
    main()
