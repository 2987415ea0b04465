"""Build the built documents of forms15/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shimanto_senkogata_kensho_h27.xlsx``, a sheet in the manner of 四万十市 (高知県)
  「地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）の検証結果について」 (a wide text
  grid; the KPIs are ``◆`` lines inside two cells per 事業: the 交付金事業's ``目標：`` /
  ``実績：`` lines, and the 総合戦略's ``H26：0.9ha　→H31：12ha`` with ``（H27到達点：…）``),
  and from it ``shimanto_senkogata_kensho_h27.pdf``;
* ``source/tono_machizukuri_shihyo_r3.xlsx``, a sheet in the manner of 遠野市 (岩手県)
  「まちづくり指標の実績」 (columns named by relative years, ``前年度実績`` / ``当該年度目標`` /
  ``当該年度実績``, a signed ``前年度比`` column and a three-way 判定 with ``概ね達成``), and from
  it ``tono_machizukuri_shihyo_r3.pdf``;
* ``source/hakuba_seika_shihyo_r2.xlsx``, a sheet in the manner of 白馬村 (長野県)
  「白馬村第5次総合計画 前期基本計画 成果指標」 (section rows across the whole grid, and every
  value followed by a column holding its own year), and from it ``hakuba_seika_shihyo_r2.pdf``;
* ``nankan_kofukin_kensho_h29.html``, a page in the manner of 南関町 (熊本県)
  「平成29年度地方創生関係交付金事業効果検証報告」 (years down the side, each KPI a column pair
  ``目標値 | 実績値`` under a header that holds its name and unit, a ``累計`` row at the foot).

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
    wb.properties.creator = "forms15/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms15/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms15_soffice_") as tmp:
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
# 四万十市 (高知県): 地方創生先行型交付金の検証結果 — KPIは◆の行、交付金事業と総合戦略の二欄
# --------------------------------------------------------------------------------------------

SHIMANTO_HEADS = [
    "基本目標",
    "基本的方向\n（※基本目標1のみ設定）",
    "施策",
    "具体的な施策",
    "主な事業・取り組み",
    "主な事業主体",
    "H27年度の取り組み実績\n〈数量的に見える形で具体的に記載〉",
    "交付金事業のKPI\n（H27目標とH27実績）",
    "参考：総合戦略のKPI\n（目標（H31）とH27到達点）",
]

# One row per 事業. 事業 1 (ぶしゅかん) is the city's own row, word for word where the copy shows
# it (its 【団体等へ補助】 line is cut off in the copy and completed here); 事業 2 is made up.
SHIMANTO_ROWS = [
    (
        "1　地産外商により安定した雇用を創出する",
        "（１）地産を強化する",
        "１）農業の振興",
        "①戦略品目の生産拡大",
        "ぶしゅかんの産地化推進事業【基礎交付分】\n"
        "地域特産のぶしゅかんを産地形成し、農家の持続した農業経営の支援と、生産された農産物の加工のしくみを確立し雇用を創出する。\n"
        "ぶしゅかんの販路拡大のために、首都圏の百貨店等でブランディングキャンペーンを実施する。",
        "四万十市農林水産課",
        "○ぶしゅかん販売促進の取組\n"
        "◆首都圏での青玉キャンペーン（8月）\n"
        "◆枚方友好・交流都市物産展（11月）\n"
        "◆岡山県スーパーでの四万十まるごと幡多フェア（11月）\n"
        "○産地化に向けた取組\n"
        "【個人補助】\n"
        "◆ぶしゅかん新規定植用苗木購入代補助（補助率1/2以内）\n"
        "　補助実績　19件　1,069本　214a（ほ場20箇所）\n"
        "◆新規定植ほ場有害鳥獣防止柵資材購入代補助（補助率1/2以内）\n"
        "　補助実績　2件　防止柵296m（ほ場2箇所）\n"
        "【団体等へ補助】\n"
        "◆ぶしゅかん搾汁機の導入支援　1団体",
        "【交付金事業のKPI】\n◆H27新植面積\n　目標：2ha\n　実績：2.14ha",
        "【総合戦略のKPI】\n"
        "◆ぶしゅかん新植面積\n　H26：0.9ha　→H31：12ha\n　（H27到達点：3.04ha）\n"
        "◆ぶしゅかん生産量\n　H26：13t　→H31：54t\n　（H27到達点：19t）",
    ),
    (
        "2　新しい人の流れをつくる",
        "―",
        "１）観光の振興",
        "①体験・滞在型観光の推進",
        "四万十川体験観光推進事業【上乗せ交付分（タイプⅡ）】\n"
        "四万十川の川漁やカヌー等の体験プログラムを造成し、外国人観光客の受入環境を整えることで、滞在時間の延長と観光消費の拡大を図る。",
        "（一社）四万十市観光協会",
        "○体験プログラムの造成\n"
        "◆川漁・カヌー・沈下橋めぐり等の新規プログラム　8本\n"
        "◆モニターツアーの実施　3回（参加者延べ64人）\n"
        "○外国人観光客の受入環境整備\n"
        "◆観光案内所への多言語タブレットの配置　3台\n"
        "◆英語版観光パンフレットの作成　5,000部",
        "【交付金事業のKPI】\n"
        "◆体験型観光プログラムの参加者数\n　目標：1,200人\n　実績：1,315人\n"
        "◆観光案内所の外国人利用者数\n　目標：500人\n　実績：462人",
        "【総合戦略のKPI】\n"
        "◆観光入込客数\n　H26：約98万人　→H31：110万人\n　（H27到達点：101.2万人）\n"
        "◆外国人観光客宿泊者数\n　H26：3,120人　→H31：6,000人\n　（H27到達点：集計中）",
    ),
]


def shimanto() -> Path:
    wb, ws = _sheet("検証結果", [13, 12, 10, 12, 30, 12, 42, 22, 24])
    _text(
        ws,
        1,
        1,
        "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）の検証結果について",
        bold=True,
        size=13,
    )
    _text(ws, 1, 9, "平成28年9月", align="right")
    _text(ws, 2, 9, "高知県四万十市", align="right")
    _text(
        ws,
        2,
        1,
        "基礎交付分：11事業（総合戦略は、外部有識者会議等を経て予定どおり策定されたため除く）"
        "　上乗せ交付分（タイプⅠ）：1事業　上乗せ交付分（タイプⅡ）：2事業",
    )
    for c, word in enumerate(SHIMANTO_HEADS, start=1):
        _put(ws, 4, c, word, header=True)
    ws.row_dimensions[4].height = 40
    r = 5
    for row in SHIMANTO_ROWS:
        for c, text in enumerate(row, start=1):
            _put(ws, r, c, text, valign="top", size=9)
        ws.row_dimensions[r].height = 165
        r += 1
    notes = [
        "※本表は、交付対象事業のうち2事業を抜粋して掲載しています。",
        "※H27到達点は、平成28年3月末時点の数値です。外国人観光客宿泊者数のH27到達点は、県の観光客動態調査の公表後に確定します。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "shimanto_senkogata_kensho_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 遠野市 (岩手県): まちづくり指標の実績 — 「前年度」「当該年度」の列と「概ね達成」の判定
# --------------------------------------------------------------------------------------------

TONO_HEADS = [
    "No.",
    "施策",
    "まちづくり指標",
    "単位",
    "基準値\n（R元）",
    "前年度\n実績",
    "当該年度\n目標",
    "当該年度\n実績",
    "前年度比",
    "達成率",
    "判定",
    "目標値\n（R7）",
    "担当課",
]

# 施策 (merged down its rows) and its rows:
# (No., まちづくり指標, 単位, 基準値, 前年度実績, 当該年度目標, 当該年度実績, 前年度比, 達成率,
#  判定, 目標値（R7）, 担当課). 移住者世帯数's 当該年度目標 10 and 実績 17 are from the city's
# 審議会 (令和4年8月); everything else is made up.
TONO_MEASURES = [
    (
        "1-1　農業の振興",
        [
            (1, "新規就農者数", "人", 9, 7, 10, 10, 3, 1.0, "達成", 12, "農業振興課"),
            (
                2,
                "耕作放棄地面積の削減",
                "ha",
                312,
                305,
                300,
                298,
                -7,
                1.007,
                "達成",
                280,
                "農業振興課",
            ),
        ],
    ),
    (
        "1-3　観光の振興",
        [
            (
                3,
                "観光客入込数",
                "千人",
                1796,
                962,
                1300,
                1085,
                123,
                0.835,
                "未達成",
                1850,
                "観光交流課",
            ),
            (
                4,
                "市内産直施設の販売額",
                "百万円",
                512,
                488,
                520,
                497,
                9,
                0.956,
                "概ね達成",
                560,
                "観光交流課",
            ),
        ],
    ),
    (
        "2-1　移住・定住の促進",
        [
            (5, "移住者世帯数", "世帯", 8, 12, 10, 17, 5, 1.7, "達成", 15, "まちづくり推進課"),
            (
                6,
                "地域づくり活動に参加している市民の割合",
                "％",
                41.2,
                38.5,
                43.0,
                "―",
                "―",
                "―",
                "―",
                50.0,
                "まちづくり推進課",
            ),
        ],
    ),
]

DIFF = '+#,##0;"△"#,##0;"±"0'


def tono() -> Path:
    wb, ws = _sheet("まちづくり指標の実績", [5, 15, 30, 7, 9, 9, 9, 9, 8, 8, 9, 9, 14])
    _text(
        ws,
        1,
        1,
        "第2次遠野市総合計画 後期基本計画　まちづくり指標の実績（令和3年度）",
        bold=True,
        size=13,
    )
    _text(ws, 1, 13, "令和4年8月", align="right")
    _text(ws, 2, 13, "遠野市", align="right")
    _text(
        ws,
        2,
        1,
        "後期基本計画の計画期間：令和3年度～令和7年度　　遠野市総合計画審議会（令和4年8月8日）報告資料",
    )

    _text(ws, 4, 1, "１　まちづくり指標の達成状況（総括）", bold=True, size=10)
    _put(ws, 5, 1, "判定", header=True)
    _put(ws, 5, 2, None, header=True)
    _merge(ws, 5, 1, 5, 2)
    _put(ws, 5, 3, "判定の基準", header=True)
    _put(ws, 5, 4, "指標数", header=True)
    _put(ws, 5, 5, None, header=True)
    _merge(ws, 5, 4, 5, 5)
    summary = [
        ("達成", "当該年度実績が当該年度目標以上", 49),
        ("概ね達成", "当該年度実績が当該年度目標の90％以上", 32),
        ("未達成", "当該年度実績が当該年度目標の90％未満", 35),
        ("合計", "", 116),
    ]
    r = 6
    for word, rule, count in summary:
        _put(ws, r, 1, word, align="center")
        _put(ws, r, 2, None)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, rule)
        _put(ws, r, 4, count)
        _put(ws, r, 5, None)
        _merge(ws, r, 4, r, 5)
        r += 1

    r += 1
    _text(ws, r, 1, "２　主なまちづくり指標の実績", bold=True, size=10)
    r += 1
    for c, word in enumerate(TONO_HEADS, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for measure, rows in TONO_MEASURES:
        first = r
        for no, name, unit, base, prev, target, actual, diff, rate, mark, final, dept in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, measure if r == first else None)
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in ((5, base), (6, prev), (7, target), (8, actual), (12, final)):
                if isinstance(v, str):
                    _put(ws, r, c, v, align="center")
                else:
                    _put(ws, r, c, v)
            if isinstance(diff, str):
                _put(ws, r, 9, diff, align="center")
            else:
                _put(ws, r, 9, diff, fmt=DIFF)
            if isinstance(rate, str):
                _put(ws, r, 10, rate, align="center")
            else:
                _put(ws, r, 10, rate, fmt="0.0%")
            _put(ws, r, 11, mark, align="center")
            _put(ws, r, 13, dept, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 2, r - 1, 2)
    notes = [
        "※達成率は当該年度実績÷当該年度目標。耕作放棄地面積は少ないほど良い指標のため、当該年度目標÷当該年度実績で算出しています。",
        "※前年度比は、当該年度実績と前年度実績の差です（△は減少）。",
        "※地域づくり活動に参加している市民の割合は隔年の市民アンケートによるため、当該年度は調査を行っていません（判定「―」）。",
        "※観光客入込数は、新型コロナウイルス感染症の影響により前年度から回復したものの、目標を下回りました。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "tono_machizukuri_shihyo_r3.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 白馬村 (長野県): 第5次総合計画 前期基本計画 成果指標 — 区分行と、値ごとの「年度」列
# --------------------------------------------------------------------------------------------

HAKUBA_HEADS = [
    "施策",
    "成果指標",
    "単位",
    "方向",
    "基準値",
    "基準年度",
    "実績値",
    "実績年度",
    "目標値",
    "目標年度",
    "担当課",
]

# (基本目標 row, [(中分類 row, [(施策, [rows])])]); a row:
# (成果指標, 単位, 方向, 基準値, 基準年度, 実績値, 実績年度, 目標値, 目標年度, 担当課).
# 大分類, 中分類 and 施策 names are the village's (体系図 of the plan); the indicators and all
# figures are made up.
HAKUBA_TREE = [
    (
        "暮らし_安心してみんなが暮らせる村",
        [
            (
                "支え合う福祉と健康の村づくり",
                [
                    (
                        "子育て支援",
                        [
                            (
                                "子育て支援センターの年間利用者数",
                                "人",
                                "増加",
                                6240,
                                "H26",
                                5318,
                                "R2",
                                7500,
                                "R2",
                                "健康福祉課",
                            ),
                        ],
                    ),
                    (
                        "健康づくりと地域医療の充実",
                        [
                            (
                                "特定健康診査受診率",
                                "％",
                                "増加",
                                48.2,
                                "H26",
                                55.4,
                                "R元",
                                60.0,
                                "R2",
                                "健康福祉課",
                            ),
                            (
                                "要介護認定率",
                                "％",
                                "維持",
                                15.8,
                                "H26",
                                16.1,
                                "R2",
                                "現状維持",
                                "R2",
                                "健康福祉課",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    ),
    (
        "産業_新しい仕事をつくりだす村",
        [
            (
                "「世界水準」を意識した観光の村づくり",
                [
                    (
                        "競争力と持続可能性を高める観光地経営",
                        [
                            (
                                "観光地利用者数",
                                "万人",
                                "増加",
                                270.4,
                                "H26年",
                                218.6,
                                "R2年",
                                300.0,
                                "R2",
                                "観光課",
                            ),
                            (
                                "外国人延べ宿泊者数",
                                "人泊",
                                "増加",
                                124300,
                                "H26",
                                356800,
                                "R元",
                                300000,
                                "R2",
                                "観光課",
                            ),
                        ],
                    ),
                ],
            ),
            (
                "農地と森を守り地産を活かす村づくり",
                [
                    (
                        "優良農地の保全",
                        [
                            (
                                "遊休農地面積の削減",
                                "ha",
                                "減少",
                                42.5,
                                "H26",
                                36.8,
                                "R2",
                                35.0,
                                "R2",
                                "農政課",
                            ),
                        ],
                    ),
                    (
                        "農産物のブランド化と特産品の生産・販売の推進",
                        [
                            (
                                "村内農産物直売所の売上額",
                                "千円",
                                "増加",
                                86500,
                                "H26",
                                101240,
                                "R2",
                                100000,
                                "R2",
                                "農政課",
                            ),
                        ],
                    ),
                ],
            ),
            (
                "商工業の振興により雇用を生みだす村づくり",
                [
                    (
                        "商工振興・創業支援",
                        [
                            (
                                "【再掲】外国人延べ宿泊者数",
                                "人泊",
                                "増加",
                                124300,
                                "H26",
                                356800,
                                "R元",
                                300000,
                                "R2",
                                "観光課",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    ),
]


def hakuba() -> Path:
    wb, ws = _sheet("成果指標の進捗状況", [22, 32, 7, 7, 10, 8, 10, 8, 10, 8, 11])
    _text(
        ws,
        1,
        1,
        "白馬村第5次総合計画 前期基本計画　成果指標の進捗状況（前期総括）",
        bold=True,
        size=13,
    )
    _text(ws, 1, 11, "令和3年9月", align="right")
    _text(ws, 2, 11, "白馬村総務課", align="right")
    _text(
        ws,
        2,
        1,
        "前期基本計画の計画期間：平成28年度～令和2年度（基準年度は計画策定時に把握した直近の年度）",
    )

    _text(ws, 4, 1, "１　基本目標別の成果指標", bold=True, size=10)
    r = 5
    for c, word in enumerate(HAKUBA_HEADS, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    last = len(HAKUBA_HEADS)
    for goal, groups in HAKUBA_TREE:
        _put(ws, r, 1, goal, bold=True, size=10)
        ws.cell(row=r, column=1).fill = SHADE
        for c in range(2, last + 1):
            _put(ws, r, c, None)
        _merge(ws, r, 1, r, last)
        ws.row_dimensions[r].height = 18
        r += 1
        for group, measures in groups:
            _put(ws, r, 1, group, bold=True)
            ws.cell(row=r, column=1).fill = LIGHT
            for c in range(2, last + 1):
                _put(ws, r, c, None)
            _merge(ws, r, 1, r, last)
            ws.row_dimensions[r].height = 16
            r += 1
            for measure, rows in measures:
                first = r
                for name, unit, way, base, base_y, actual, actual_y, target, target_y, dept in rows:
                    _put(ws, r, 1, measure if r == first else None)
                    _put(ws, r, 2, name)
                    _put(ws, r, 3, unit, align="center")
                    _put(ws, r, 4, way, align="center")
                    for c, v in ((5, base), (7, actual), (9, target)):
                        if isinstance(v, str):
                            _put(ws, r, c, v, align="center")
                        else:
                            _put(ws, r, c, v)
                    _put(ws, r, 6, base_y, align="center")
                    _put(ws, r, 8, actual_y, align="center")
                    _put(ws, r, 10, target_y, align="center")
                    _put(ws, r, 11, dept, align="center")
                    ws.row_dimensions[r].height = 20
                    r += 1
                _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※方向　増加：数値が大きいほど良い指標　減少：数値が小さいほど良い指標　維持：現状の水準を保つ指標",
        "※観光地利用者数は暦年（1月～12月）の数値です（「H26年」「R2年」）。その他の年度は会計年度（4月～翌年3月）です。",
        "※実績年度が「R元」のものは、令和2年度の数値が未公表のため、把握できる直近の数値を記載しています。",
        "※【再掲】は、他の施策の成果指標を再び掲載したものです。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "hakuba_seika_shihyo_r2.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 南関町 (熊本県): 地方創生関係交付金事業効果検証報告 — 年度を縦に、KPIごとに目標値・実績値の二列
# --------------------------------------------------------------------------------------------

# Each 事業: key-value rows, the KPI names with their units (header), the year rows
# (label, [(目標値, 実績値) per KPI], 交付対象事業費 or None) and the 累計 row.
NANKAN_PROJECTS = [
    {
        "heading": "1　地方創生拠点整備交付金事業",
        "fields": [
            ("事業名", "南関町農産物利活用プロジェクト"),
            ("事業区分", "南関町単独事業"),
            (
                "事業概要",
                "加工品開発センターを建設し、新しい商品開発等を行い、町オリジナルブランド商品として積極的に販売促進を行うことにより、農業所得の向上及び新規就農者育成等を行います。",
            ),
            ("事業期間", "平成29年度～平成33年度"),
            ("総事業費", "86,400千円（うち交付金 43,200千円）"),
            ("担当課", "経済課"),
        ],
        "kpis": [
            "KPI①　加工品の販売額（千円）",
            "KPI②　加工品開発センターの利用者数（人）",
            "KPI③　新規就農者数（人）",
        ],
        "money": None,
        "before": ("事業開始前（H29.3）", ["0", "―", "2"]),
        "years": [
            ("平成29年度", [("3,000", "2,460"), ("1,200", "1,384"), ("3", "3")]),
            (
                "平成30年度",
                [("6,000", "5,100（見込）"), ("2,400", "2,650（見込）"), ("3", "2（見込）")],
            ),
            ("平成31年度", [("9,000", ""), ("3,000", ""), ("4", "")]),
            ("平成32年度", [("12,000", ""), ("3,500", ""), ("4", "")]),
            ("平成33年度", [("15,000", ""), ("4,000", ""), ("5", "")]),
        ],
        "total": [("45,000", "7,560"), ("14,100", "4,034"), ("19", "5")],
        "notes": [
            "※平成30年度の実績値は、平成30年10月末までの実績をもとにした見込みです。",
            "※累計は、各年度の値の合計です。",
        ],
        "opinion": "加工品の販売額は初年度目標の8割を超え、センターの利用者も目標を上回った。新規就農者の確保に向け、加工部門と連携した研修の受入れを検討されたい。",
    },
    {
        "heading": "2　地方創生推進交付金事業",
        "fields": [
            ("事業名", "中山間地域における仕事創生・好循環プロジェクト"),
            ("事業区分", "広域連携事業（熊本県及び県内8市町村）"),
            (
                "事業概要",
                "農地・山竹林など地域特有の資源を活用し、平坦地と同程度の所得を確保する持続可能な中山間地域の実現を目指します。南関町は、竹の総合利活用による産業創出のため、熊本県と連携し、竹材等未利用資源の総合利活用に取り組みます。",
            ),
            ("事業期間", "平成28年度～平成32年度"),
            ("担当課", "経済課"),
        ],
        "kpis": [
            "KPI①　竹材の搬出量（t）",
            "KPI②　竹を活用した新商品の開発数（件）",
        ],
        "money": "交付対象事業費（千円）",
        "before": ("事業開始前（H28.3）", ["120", "0"]),
        "years": [
            ("平成28年度", [("150", "138"), ("1", "1")], "4,860"),
            ("平成29年度", [("200", "214"), ("2", "3")], "5,120"),
            ("平成30年度", [("250", ""), ("2", "")], "5,400"),
            ("平成31年度", [("300", ""), ("3", "")], "5,400"),
            ("平成32年度", [("350", ""), ("3", "")], "5,400"),
        ],
        "total": [("1,250", "352"), ("11", "4")],
        "total_money": "26,180",
        "notes": [
            "※交付対象事業費は、南関町分の事業費です。",
        ],
        "opinion": "竹材の搬出量は平成29年度目標を上回った。搬出体制の維持に向け、竹林所有者との協定の拡大を図られたい。",
    },
]


def nankan_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>平成29年度地方創生関係交付金事業効果検証報告｜南関町</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 0.8em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>平成29年度地方創生関係交付金事業効果検証報告</h1>",
        "<p>2018年12月7日　南関町</p>",
        "<p>本町では、平成28年2月に「南関町まち・ひと・しごと創生総合戦略」を策定し、活力ある持続可能なまちづくりの推進に向けて様々な事業に取り組んでいます。"
        "外部有識者等で構成する「南関町まち・ひと・しごと創生総合戦略検証委員会」を平成30年11月26日に開催し、平成29年度における地方創生関係交付金事業の効果検証を実施しましたので、その結果を公表します。</p>",
    ]
    for project in NANKAN_PROJECTS:
        parts.append(f"<h2>{project['heading']}</h2>")
        parts.append('<table class="kv">')
        for key, value in project["fields"]:
            parts.append(f"<tr><th>{key}</th><td>{value}</td></tr>")
        parts.append("</table>")
        parts.append("<p><strong>重要業績評価指標（KPI）の推移</strong></p>")
        parts.append("<table>")
        head1 = ['<th rowspan="2">年度</th>']
        head1 += [f'<th colspan="2">{k}</th>' for k in project["kpis"]]
        if project["money"]:
            head1.append(f'<th rowspan="2">{project["money"]}</th>')
        head2 = ["<th>目標値</th><th>実績値</th>" for _ in project["kpis"]]
        parts.append("<thead>")
        parts.append("<tr>" + "".join(head1) + "</tr>")
        parts.append("<tr>" + "".join(head2) + "</tr>")
        parts.append("</thead>")
        parts.append("<tbody>")
        label, values = project["before"]
        cells = [f"<th>{label}</th>"]
        cells += [f'<td class="num" colspan="2">{v}</td>' for v in values]
        if project["money"]:
            cells.append('<td class="num">―</td>')
        parts.append("<tr>" + "".join(cells) + "</tr>")
        for year in project["years"]:
            label, pairs = year[0], year[1]
            cells = [f"<th>{label}</th>"]
            for target, actual in pairs:
                cells.append(f'<td class="num">{target}</td><td class="num">{actual}</td>')
            if project["money"]:
                cells.append(f'<td class="num">{year[2]}</td>')
            parts.append("<tr>" + "".join(cells) + "</tr>")
        cells = ["<th>累計</th>"]
        for target, actual in project["total"]:
            cells.append(f'<td class="num">{target}</td><td class="num">{actual}</td>')
        if project["money"]:
            cells.append(f'<td class="num">{project["total_money"]}</td>')
        parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</tbody>")
        parts.append("</table>")
        for note in project["notes"]:
            parts.append(f"<p>{note}</p>")
        parts.append(f"<p><strong>検証委員会の意見</strong>　{project['opinion']}</p>")
    parts += [
        "<p>このページに関するお問い合わせ：南関町役場 経済課</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def nankan() -> Path:
    out = HERE / "nankan_kofukin_kensho_h29.html"
    out.write_text(nankan_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shimanto, tono, hakuba):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nankan().name}")


if __name__ == "__main__":
    main()
