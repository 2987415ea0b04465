"""Build the built documents of forms142/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsugaru_senkogata_kensho_h28.xlsx``, a 地方創生先行型 効果検証結果 in the manner of つがる市 (青森県):
  one row per KPI with the 交付対象事業 and 交付額（千円） merged down, **a 目標年月 per row (H28.3 or H29.3)
  beside two dated actual columns (実績値（H28.3末） | 実績値（H29.3末））**, and a 事業の効果 word merged down; and the PDF;
* ``source/yahaba_pfs_seika_r5.xlsx``, a PFS (成果連動型民間委託契約方式) 成果評価 in the manner of 矢巾町 (岩手県):
  a form block (事業名, 担当課, 契約金額（上限）, 固定支払額), **a 成果指標 grid with 改善幅, 支払条件 sentences full of
  numbers and a 成果連動支払額（千円） column**; and the PDF;
* ``source/kakuda_itsutsu_no_me_r2.xlsx``, 成果指標の推移 in the manner of 角田市 (宮城県): **a one-kanji め column
  (米・豆・梅・夢・姫) before each indicator**, 千円 and ha in 単位, 実績値 H30年度 | R元年度 | R2年度 and 目標値（R2年度）;
  and the PDF;
* ``higashinaruse_keikaku_shihyo_h27.html``, 目標指標の達成状況 in the manner of 東成瀬村 (秋田県): a prose 村の概要 full
  of census figures, a 計画策定時 | 平成27年度 (目標 | 実績) | 最終目標 table with **程度 and 以上 in the final targets**.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms142/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms142/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms142_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# つがる市 (青森県): 地方創生先行型 効果検証結果 (平成27年度事業, 平成29年6月)
# --------------------------------------------------------------------------------------------

# Real: つがる市地域活力創生総合戦略 and the fact that the city published the 効果検証 of its 平成27年度
# 地方創生先行型 事業; the 4-level 事業の効果 words of the national form. Made up: 事業, KPIs, figures, money.
TSUGARU = [
    (
        1,
        "つがるブランド発信事業",
        12400,
        "地方創生に非常に効果的であった",
        [
            ("ふるさと納税の寄附件数", "件", 3000, "H28.3", 3412, 5120),
            ("首都圏フェアの来場者数", "人", 2000, "H28.3", 1850, "―"),
        ],
    ),
    (
        2,
        "移住・定住促進事業",
        8750,
        "地方創生に相当程度効果があった",
        [
            ("移住相談の件数", "件", 30, "H29.3", 12, 34),
        ],
    ),
    (
        3,
        "子育て応援事業",
        5300,
        "地方創生に効果があった",
        [
            ("子育て支援アプリの登録者数", "人", 800, "H29.3", 410, 760),
            ("一時預かり事業の利用者数", "人", 1200, "H28.3", 1236, 1302),
        ],
    ),
]


def tsugaru() -> Path:
    wb, ws = _sheet("効果検証", [5, 22, 11, 28, 6, 10, 9, 12, 12, 22])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）事業の効果検証結果",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "平成29年6月　つがる市", align="right")
    _text(ws, 3, 1, "つがる市地域活力創生総合戦略（平成27年度～平成31年度）", size=9)
    h = 5
    heads = [
        "No.",
        "交付対象事業の名称",
        "交付額（千円）",
        "重要業績評価指標（KPI）",
        "単位",
        "目標値",
        "目標年月",
        "実績値（H28.3末）",
        "実績値（H29.3末）",
        "事業の効果",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, money, effect, kpis in TSUGARU:
        first = r
        for kpi, unit, target, month, a1, a2 in kpis:
            _put(ws, r, 4, kpi)
            _put(ws, r, 5, unit, align="center")
            _put(ws, r, 6, target)
            _put(ws, r, 7, month, align="center")
            _vals(ws, r, 8, [a1, a2])
            ws.row_dimensions[r].height = 24
            r += 1
        last = r - 1
        _put(ws, first, 1, no, align="center", fmt="0")
        _put(ws, first, 2, name)
        _put(ws, first, 3, money)
        _put(ws, first, 10, effect)
        for c in (1, 2, 3, 10):
            for rr in range(first + 1, last + 1):
                _put(ws, rr, c, None)
            if last > first:
                _merge(ws, first, c, last, c)
    _notes(
        ws,
        r,
        [
            "※交付額は平成27年度からの繰越分を含む実績額。首都圏フェアは平成28年度は開催していない。",
            "※事業の効果：地方創生に非常に効果的であった／相当程度効果があった／効果があった／効果がなかった の4区分。",
            "※平成29年5月のつがる市地域活力創生総合戦略推進会議の意見を踏まえて作成。",
        ],
    )
    path = SOURCE / "tsugaru_senkogata_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 矢巾町 (岩手県): PFS による事業の成果評価 (令和5年度)
# --------------------------------------------------------------------------------------------

# Real: 第7次矢巾町総合計画, its 7つのまちづくりの方針 and (1) 健やかな生活を守るまちづくり, 健康チャレンジ事業,
# PFS (行動経済学) for 国保特定健診・大腸がん検診 受診率, 特定保健指導. Made up: the sheet, 課, figures, money.
YAHABA = [
    # name, unit, baseline R4, target R5, actual R5, 改善幅, 支払条件, 支払額
    (
        "特定健康診査の受診率",
        "％",
        44.8,
        47.0,
        46.3,
        "+1.5",
        "改善幅1ポイントにつき300千円（上限900千円）",
        450,
    ),
    (
        "大腸がん検診の受診率",
        "％",
        21.6,
        24.0,
        24.9,
        "+3.3",
        "改善幅1ポイントにつき300千円（上限900千円）",
        900,
    ),
    ("特定保健指導の実施率", "％", 58.2, 60.0, "―", "―", "目標値の達成で180千円", "―"),
    ("健康チャレンジ事業の参加者数", "人", 512, 700, 688, "+176", "支払対象外", "―"),
]


def yahaba() -> Path:
    wb, ws = _sheet("成果評価", [30, 6, 11, 11, 11, 11, 30, 13])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "成果連動型民間委託契約方式（PFS）による事業の成果評価（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "矢巾町", align="right")
    _text(ws, 3, 1, "第7次矢巾町総合計画　7つのまちづくりの方針", size=9)
    _text(ws, 4, 1, "(1)健やかな生活を守るまちづくり", bold=True, size=11)
    r = 6
    _put(ws, r, 1, "事業名", header=True)
    _span(ws, r, 2, 8, "国保特定健診・大腸がん検診受診率向上事業")
    _put(ws, r + 1, 1, "担当課", header=True)
    _span(ws, r + 1, 2, 4, "健康長寿課")
    _span(ws, r + 1, 5, 6, "委託期間", header=True)
    _span(ws, r + 1, 7, 8, "令和5年4月～令和6年3月")
    _put(ws, r + 2, 1, "契約金額（上限）", header=True)
    _span(ws, r + 2, 2, 4, "3,300千円")
    _span(ws, r + 2, 5, 6, "固定支払額", header=True)
    _span(ws, r + 2, 7, 8, "1,320千円")
    h = r + 4
    heads = [
        "成果指標",
        "単位",
        "基準値（R4）",
        "目標値（R5）",
        "実績値（R5）",
        "改善幅",
        "支払条件",
        "成果連動支払額（千円）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    for i, (name, unit, *vals, step, cond, pay) in enumerate(YAHABA):
        rr = h + 1 + i
        _put(ws, rr, 1, name)
        _put(ws, rr, 2, unit, align="center")
        _vals(ws, rr, 3, vals)
        _put(ws, rr, 6, step, align="center" if step == "―" else "right")
        _put(ws, rr, 7, cond)
        _put(ws, rr, 8, pay, align="center" if pay == "―" else "right")
        ws.row_dimensions[rr].height = 24
    n = h + 1 + len(YAHABA)
    _notes(
        ws,
        n,
        [
            "※改善幅は基準値（R4）からの増減。特定保健指導の実施率のR5実績は令和6年11月の法定報告で確定するため記載していない。",
            "※成果連動支払額の合計は1,350千円（固定支払額と合わせて2,670千円）。健康チャレンジ事業は町の直営事業であり参考として掲載。",
        ],
    )
    path = SOURCE / "yahaba_pfs_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 角田市 (宮城県): 角田の5つの“め” 成果指標の推移 (令和2年度)
# --------------------------------------------------------------------------------------------

# Real: 角田の5つの“め” (米・豆・梅・夢・姫), 道の駅かくだ (平成31年4月オープン), 角田宇宙センター, 牟宇姫,
# 令和元年台風第19号, 企画財政課, 人口約2万9千人. Made up: the sheet, the 基本目標 line, every indicator and figure.
KAKUDA = [
    ("米", "道の駅かくだの農産物直売所販売額", "千円", ["―", 182400, 201350], 190000),
    ("豆", "大豆の作付面積", "ha", [1120, 1135, 1098], 1150),
    ("梅", "梅を使った新商品の開発数", "品", [2, 3, 3], 3),
    ("夢", "角田宇宙センター一般公開の来場者数", "人", [3850, "―", "―"], 4000),
    ("姫", "牟宇姫ゆかりの企画展の入館者数", "人", [1420, 2015, 1380], 2000),
]


def kakuda() -> Path:
    wb, ws = _sheet("成果指標", [6, 34, 7, 12, 12, 12, 14])
    _page(ws, "portrait")
    _text(
        ws, 1, 1, "角田の5つの“め”推進プロジェクト　成果指標の推移（令和2年度）", bold=True, size=12
    )
    _text(ws, 2, 7, "角田市 総務部 企画財政課", align="right")
    _para(
        ws,
        4,
        1,
        7,
        "本市の地域資源である「米・豆・梅・夢・姫」を「角田の5つの“め”」と名付け、点を線で繋ぐまちづくりを進めています。"
        "平成31年4月には「道の駅かくだ」がオープンし、人口約2万9千人のまちに年間50万人を超える方が訪れています。",
        44,
    )
    _text(ws, 6, 1, "基本目標2　角田の魅力で人を呼び込む", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [(1, "め"), (2, "指標"), (3, "単位"), (7, "目標値（R2年度）")],
        [(4, 6, "実績値", ["H30年度", "R元年度", "R2年度"])],
    )
    for i, (me, name, unit, vals, target) in enumerate(KAKUDA):
        rr = h + 2 + i
        _put(ws, rr, 1, me, align="center", size=12, bold=True)
        _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center")
        _vals(ws, rr, 4, vals)
        _put(ws, rr, 7, target)
        ws.row_dimensions[rr].height = 22
    n = h + 2 + len(KAKUDA)
    _notes(
        ws,
        n,
        [
            "※道の駅かくだは平成31年4月の開業のため、平成30年度の販売額はない。",
            "※角田宇宙センター一般公開は、R元年度は令和元年台風第19号の影響により、R2年度は新型コロナウイルス感染症の影響により中止。",
        ],
    )
    path = SOURCE / "kakuda_itsutsu_no_me_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東成瀬村 (秋田県雄勝郡): 総合計画 目標指標の達成状況 (平成27年度)
# --------------------------------------------------------------------------------------------

# Real: 東成瀬村総合計画 (平成23年度～平成32年度, 平成24年3月), the 村の概要 census figures (H22: 2,872人,
# 873世帯, 15歳未満 330人 11.5%, 65歳以上 960人 33.4%), 「日本で最も美しい村」連合, the 基本目標 wording
# 生きがいを持ち地域で支え合う. Made up: the page, its date and 課, the table and all its other figures.
HIGASHINARUSE_ROWS = """<tr><td>1</td><td>総人口</td><td>人</td><td class="num">2,872</td><td class="num">2,700</td><td class="num">2,612</td><td class="num">2,500程度</td></tr>
<tr><td>2</td><td>年少人口（15歳未満）の割合</td><td>％</td><td class="num">11.5</td><td class="num">11.5</td><td class="num">10.8</td><td class="num">12.0</td></tr>
<tr><td>3</td><td>村内宿泊施設の宿泊者数</td><td>人</td><td class="num">9,840</td><td class="num">11,000</td><td class="num">10,276</td><td class="num">12,000</td></tr>
<tr><td>4</td><td>「日本で最も美しい村」連合関連行事の参加者数</td><td>人</td><td class="num">―</td><td class="num">800</td><td class="num">1,045</td><td class="num">1,000以上</td></tr>
<tr><td>5</td><td>高齢者サロンの開設箇所数</td><td>カ所</td><td class="num">6</td><td class="num">10</td><td class="num">10</td><td class="num">12</td></tr>"""


def higashinaruse_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合計画 目標指標の達成状況（平成27年度）｜東成瀬村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップ &gt; 村政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>東成瀬村総合計画　目標指標の達成状況（平成27年度）</h1>
<p>更新日：平成28年9月30日　企画課</p>
<p>東成瀬村総合計画（平成23年度～平成32年度）の前期基本計画が平成27年度で終了したことから、目標指標の達成状況をまとめました。</p>
<p>本村の人口は2,872人、世帯数は873世帯（平成22年国勢調査）で、15歳未満人口は330人（11.5%）、65歳以上人口は960人（33.4%）となっています。本村は「日本で最も美しい村」連合に加盟し、栗駒山麓の景観と文化を守る取組を進めています。</p>
<h2>基本目標3　生きがいを持ち地域で支え合う村づくり</h2>
<table border="1">
<tr><th rowspan="2">No.</th><th rowspan="2">目標指標</th><th rowspan="2">単位</th><th rowspan="2">計画策定時（平成22年度）</th><th colspan="2">平成27年度</th><th rowspan="2">最終目標（平成32年度）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
{HIGASHINARUSE_ROWS}
</table>
<p>※総人口は各年10月1日現在（平成22年度は国勢調査、平成27年度は国勢調査速報値）。</p>
<p>※「日本で最も美しい村」連合関連行事は平成23年度から実施しているため、計画策定時の値はありません。</p>
<p>お問い合わせ：東成瀬村役場 企画課</p>
</body>
</html>
"""


def higashinaruse() -> Path:
    path = HERE / "higashinaruse_keikaku_shihyo_h27.html"
    path.write_bytes(higashinaruse_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsugaru, yahaba, kakuda):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {higashinaruse().name}")


if __name__ == "__main__":
    main()
