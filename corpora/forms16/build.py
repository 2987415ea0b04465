"""Build the built documents of forms16/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/oumu_jimujigyo_hyoka_h25.xlsx``, a sheet in the manner of 雄武町 (北海道紋別郡)
  「第5期 雄武町総合計画 後期実施計画書 兼 事務事業評価調書」 (key-value fields, a year-by-year
  block of 事業内容 lines and 事業費 with its 財源, and an 評価・実績 grid whose 事業指標 carry a
  target for the whole 事業期間, a target for the year and two 達成率, but no 実績 column), and
  from it ``oumu_jimujigyo_hyoka_h25.pdf``;
* ``source/toyooka_kensho_sokatsu_h29.xlsx``, a sheet in the manner of 豊岡市 (兵庫県)
  「H29年度 豊岡市地方創生事業実施効果検証報告 総括表」 (headers dated ``2014年（度）``, a
  ``手段`` column with codes, and a ``2017年度事業`` column of projects marked ● and ※), and
  from it ``toyooka_kensho_sokatsu_h29.pdf``;
* ``source/mashiko_kpi_shinchoku_r1.xlsx``, a sheet in the manner of 益子町 (栃木県芳賀郡)
  「新ましこ未来計画」 KPI progress with the 令和元年 PDCA review (two final-target columns,
  ``当初（H32）`` and ``見直し後（R2）``, for the same fiscal year), and from it
  ``mashiko_kpi_shinchoku_r1.pdf``;
* ``kama_shisaku_mokuhyo_h27.html``, a page in the manner of 嘉麻市 (福岡県)
  「第1次嘉麻市総合計画（後期基本計画）における施策目標指標の進捗状況等について」 (one row per
  基本施策, the 目標指標 optional and ``-`` where there is none, 基準値/現状値/目標値 of three
  different years, two A–D legends).

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
    wb.properties.creator = "forms16/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms16/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms16_soffice_") as tmp:
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
# 雄武町 (北海道紋別郡): 後期実施計画書 兼 事務事業評価調書 — 事業指標に実績の列がなく、達成率だけ
# --------------------------------------------------------------------------------------------

# Key-value rows: (label, value) spanning the sheet, or (label, value, label, value).
# The 政策目標 / 基本施策 / 単位施策 names, the 事業, its code, 課, period, 事務分類, 事業区分,
# 法令, 個別計画, 目的 and 全体計画 are the town's sheet's; 優先度 and 住民参加 are made up.
OUMU_FIELDS = [
    ("政策目標", "4　うるおい・雄武～生活環境・生活基盤の充実～"),
    ("基本施策", "20　防犯・交通安全の推進"),
    ("単位施策", "2　交通安全対策の推進"),
    ("事業名", "交通安全対策特別交付金事業", "事業コード", "04030080"),
    ("担当課", "建設水道課", "関係課", "住民生活課"),
    ("事業期間", "平成25年度～平成29年度", "事業主体", "町"),
    ("事務分類", "単独自治事務（個別計画）", "事業区分", "ハード事業"),
    ("関係例規・法令名", "交通安全対策特別交付金等に関する政令"),
    ("関係個別計画名", "雄武町交通安全計画"),
    (
        "事業の目的",
        "交通安全対策特別交付金により、道路環境の整備を図ることを目的とし、車両通行により視認しにくくなった区画線の塗装や、スノーポール、標識、カーブミラー等の交通安全施設の整備を行う。",
    ),
    (
        "全体計画事業内容",
        "町道の区画線塗装、交通安全資機材の購入\n区画線塗装53,500m、スノーポール等購入500本",
    ),
    ("優先度", "B", "住民参加・住民協働", "無"),
]

OUMU_YEARS = ["平成25年度（実績）", "平成26年度（計画）", "平成27年度（計画）"]

# 事業内容 per year (lines), then the money rows in 千円. The 平成26年度 lines and the 6,713 /
# 5,000 / 1,713 and 3,587 / 2,703 / 884 amounts are the town's; the rest is made up.
OUMU_CONTENT = [
    "区画線塗装9,500m\nスノーポール等購入170本\nカーブミラー更新3基\n道路標識更新6基",
    "区画線塗装9,000m　※全体18,500m\nスノーポール等購入100本　※全体270本\nカーブミラー更新5基",
    "区画線塗装10,000m　※全体28,500m\nスノーポール等購入100本　※全体370本\n道路標識更新8基",
]
OUMU_MONEY = [
    ("事業費（千円）", [6713, 3587, 5000]),
    ("国庫支出金", [5000, 2703, 3800]),
    ("道支出金", [0, 0, 0]),
    ("地方債", [0, 0, 0]),
    ("その他", [0, 0, 0]),
    ("一般財源", [1713, 884, 1200]),
]

OUMU_HEADS = [
    "No.",
    "事業指標",
    "単位",
    "事業目標\n（全体）",
    "年度目標値\n（H25）",
    "年度達成率\n（H25）",
    "全体達成率\n（H25末）",
    "備考欄",
]

# (No., 事業指標, 単位, 事業目標（全体）, 年度目標値, 年度達成率, 全体達成率, 備考). The 53,500m and
# 500本 are the town's 全体計画; everything else is made up. The rates are stored as fractions.
OUMU_ROWS = [
    (1, "区画線塗装延長", "m", 53500, 9500, 1.0, 9500 / 53500, ""),
    (2, "スノーポール等購入数", "本", 500, 170, 1.0, 170 / 500, ""),
    (3, "カーブミラー更新基数", "基", 20, 4, 0.75, 3 / 20, "1基は用地調整のため平成26年度へ繰越"),
    (4, "道路標識更新基数", "基", 30, 6, 1.0, 6 / 30, ""),
]


def oumu() -> Path:
    wb, ws = _sheet("事務事業評価調書", [5, 20, 7, 13, 13, 12, 12, 26])
    last = 8
    _text(ws, 1, 1, "様式1", size=9)
    _text(ws, 1, last, "№　602", align="right", size=10)
    _text(
        ws,
        2,
        1,
        "第5期 雄武町総合計画 後期実施計画書 兼 事務事業評価調書",
        bold=True,
        size=13,
    )
    _text(ws, 3, last, "雄武町", align="right")
    r = 4
    for field in OUMU_FIELDS:
        _put(ws, r, 1, field[0], header=True)
        _put(ws, r, 2, None, header=True)
        _merge(ws, r, 1, r, 2)
        if len(field) == 2:
            _put(ws, r, 3, field[1])
            for c in range(4, last + 1):
                _put(ws, r, c, None)
            _merge(ws, r, 3, r, last)
            lines = field[1].count("\n") + 1
            long = len(field[1]) > 60
            ws.row_dimensions[r].height = 26 if (lines > 1 or long) else 16
        else:
            _put(ws, r, 3, field[1])
            _put(ws, r, 4, None)
            _put(ws, r, 5, None)
            _merge(ws, r, 3, r, 5)
            _put(ws, r, 6, field[2], header=True)
            _put(ws, r, 7, field[3])
            _put(ws, r, 8, None)
            _merge(ws, r, 7, r, 8)
            ws.row_dimensions[r].height = 16
        r += 1

    r += 1
    _text(ws, r, 1, "１　年度別事業内容・事業費", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "区分", header=True)
    _put(ws, r, 2, None, header=True)
    _merge(ws, r, 1, r, 2)
    for i, year in enumerate(OUMU_YEARS):
        c = 3 + 2 * i
        _put(ws, r, c, year, header=True)
        _put(ws, r, c + 1, None, header=True)
        _merge(ws, r, c, r, c + 1)
    r += 1
    _put(ws, r, 1, "事業内容", header=True)
    _put(ws, r, 2, None, header=True)
    _merge(ws, r, 1, r, 2)
    for i, lines in enumerate(OUMU_CONTENT):
        c = 3 + 2 * i
        _put(ws, r, c, lines, valign="top")
        _put(ws, r, c + 1, None)
        _merge(ws, r, c, r, c + 1)
    ws.row_dimensions[r].height = 56
    r += 1
    for label, amounts in OUMU_MONEY:
        _put(ws, r, 1, label, header=True, align="left" if label != "事業費（千円）" else "center")
        _put(ws, r, 2, None, header=True)
        _merge(ws, r, 1, r, 2)
        for i, amount in enumerate(amounts):
            c = 3 + 2 * i
            _put(ws, r, c, amount)
            _put(ws, r, c + 1, None)
            _merge(ws, r, c, r, c + 1)
        ws.row_dimensions[r].height = 15
        r += 1
    _put(ws, r, 1, "特定財源の名称", header=True)
    _put(ws, r, 2, None, header=True)
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 3, "交通安全対策特別交付金")
    for c in range(4, last + 1):
        _put(ws, r, c, None)
    _merge(ws, r, 3, r, last)
    r += 2

    _text(ws, r, 1, "２　評価・実績", bold=True, size=10)
    r += 1
    for c, word in enumerate(OUMU_HEADS, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, whole, target, rate, whole_rate, note in OUMU_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, whole)
        _put(ws, r, 5, target)
        _put(ws, r, 6, rate, fmt="0.0%")
        _put(ws, r, 7, whole_rate, fmt="0.0%")
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(
        ws,
        r,
        1,
        "※年度達成率＝年度実績÷年度目標値、全体達成率＝事業開始からの累計実績÷事業目標（全体）",
        size=8,
    )
    r += 2

    _text(ws, r, 1, "３　評価", bold=True, size=10)
    r += 1
    evaluation = [
        ("関連事項", "前期計画からの継続（継続有り）　第6期計画への継続（継続有り）"),
        ("一次評価", "B　（概ね計画どおり）"),
        ("今後の方向性", "継続"),
        (
            "評価・課題",
            "区画線塗装及びスノーポール等の購入は計画どおり実施した。カーブミラー1基は用地の調整が整わず、平成26年度に実施する。",
        ),
    ]
    for label, value in evaluation:
        _put(ws, r, 1, label, header=True)
        _put(ws, r, 2, None, header=True)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, value)
        for c in range(4, last + 1):
            _put(ws, r, c, None)
        _merge(ws, r, 3, r, last)
        ws.row_dimensions[r].height = 26 if len(value) > 50 else 16
        r += 1
    _page(ws, "portrait")
    out = SOURCE / "oumu_jimujigyo_hyoka_h25.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 豊岡市 (兵庫県): 地方創生事業実施効果検証報告 総括表 — 「年（度）」の見出しと、事業の列
# --------------------------------------------------------------------------------------------

TOYOOKA_GOAL_HEADS = [
    "戦略目的",
    "数値目標",
    "基準値\n（2014年（度））",
    "目標値\n（2019年（度））",
]
# The △313人 / △281人 pair and its header words are the city's; the 数値目標 name is made up.
TOYOOKA_GOAL = (
    "A　暮らすなら豊岡と考え、定住する若者が増えている",
    "人口の社会増減（転入－転出）",
    "△313人",
    "△281人",
)

TOYOOKA_HEADS = [
    "手段（目指す状態）",
    "重要業績評価指標（KPI）",
    "基準値\n（2014年（度））",
    "目標値\n（2017年（度））",
    "実績値\n（2017年（度））",
    "目標値\n（2019年（度））",
    "2017年度事業",
]

# (手段, [(KPI, 基準値, 目標値2017, 実績値2017, 目標値2019)], 事業 lines). 01-01 and its first
# three KPIs with every figure, and the fourth KPI's first three figures, are the city's; the
# fourth KPI's 2019 target and the whole 03-01 group are made up.
TOYOOKA_MEASURES = [
    (
        "01-01　様々なメディア等で豊岡が取り上げられている",
        [
            (
                "○豊岡に関する情報がテレビ、雑誌、WEBマガジン等に取り上げられた回数",
                "45件",
                "72件",
                "86件",
                "90件",
                "○豊岡エキシビション\n○メディア・旅行エージェント招聘（※）",
            ),
            (
                "○Facebook「大好き豊岡応援隊」いいね済数",
                "2,839件",
                "4,072件",
                "3,682件",
                "4,894件",
                "○移住定住促進プロモーション戦略\n（ポータルサイト内容更新、Facebook広告等）",
            ),
            (
                "○豊岡市移住定住ポータルサイト　閲覧数",
                "18,000件\n（2015年度）",
                "27,000件",
                "86,393件",
                "36,000件",
                "○Uターン就職情報発信\n（ジョブナビ豊岡、成人式を起点とした情報発信等）",
            ),
            (
                "○城崎国際アートセンター（KIAC）アーティスト・イン・レジデンス滞在者数（累積）",
                "501人",
                "1,096人",
                "1,250人",
                "1,600人",
                "●城崎国際アートセンター運営体制の充実\n（プログラムディレクター等の配置）",
            ),
        ],
    ),
    (
        "03-01　外国人観光客が豊岡に滞在し、魅力を体感している",
        [
            (
                "○市内の外国人延べ宿泊者数",
                "25,000人",
                "45,000人",
                "51,345人",
                "60,000人",
                "○外国人観光客プロモーション事業（※）\n○多言語観光案内の充実（案内所3か所）\n●城崎国際アートセンター運営体制の充実",
            ),
            (
                "○外国人観光客の再訪意向の割合",
                "―",
                "60.0%",
                "57.3%",
                "65.0%",
                "○外国人観光客動向分析・PR事業",
            ),
        ],
    ),
]


def toyooka() -> Path:
    wb, ws = _sheet("総括表", [24, 40, 13, 12, 12, 12, 44])
    last = 7
    _text(
        ws,
        1,
        1,
        "■H29年度 豊岡市地方創生事業実施効果検証報告 総括表",
        bold=True,
        size=13,
    )
    _text(ws, 1, last, "資料3", align="right", size=11)
    _text(ws, 2, last, "2018年9月　豊岡市", align="right")
    _text(ws, 3, 1, "戦略A　移住・定住促進に係る戦略", bold=True, size=11)

    r = 5
    for c, word in enumerate(TOYOOKA_GOAL_HEADS, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for c, value in enumerate(TOYOOKA_GOAL, start=1):
        _put(ws, r, c, value, align="right" if c > 2 else None)
    ws.row_dimensions[r].height = 28

    r += 2
    _text(ws, r, last, "（●は重複する事業、※は市以外の団体の主催事業）", align="right", size=8)
    r += 1
    for c, word in enumerate(TOYOOKA_HEADS, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for measure, rows in TOYOOKA_MEASURES:
        first = r
        for name, base, target, actual, final, projects in rows:
            _put(ws, r, 1, measure if r == first else None, valign="top")
            _put(ws, r, 2, name)
            for c, v in ((3, base), (4, target), (5, actual), (6, final)):
                _put(ws, r, c, v, align="right")
            _put(ws, r, 7, projects, size=8)
            lines = max(projects.count("\n") + 1, base.count("\n") + 1, 2)
            ws.row_dimensions[r].height = 13 * lines + 4
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※基準値・目標値・実績値は、指標により暦年（年）又は年度（年度）の数値です。",
        "※豊岡市移住定住ポータルサイト閲覧数の基準値は、サイトを開設した2015年度の数値です。",
        "※外国人観光客の再訪意向の割合は2016年度から調査を開始したため、基準値はありません。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "toyooka_kensho_sokatsu_h29.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 益子町 (栃木県): 新ましこ未来計画 KPIの進捗状況と見直し — 「当初（H32）」と「見直し後（R2）」
# --------------------------------------------------------------------------------------------

MASHIKO_SPANS = [
    (1, 1, "No."),
    (2, 2, "具体的行動"),
    (3, 3, "重要業績評価指標（KPI）"),
    (4, 4, "単位"),
    (5, 5, "基準値\n（H26）"),
    (6, 7, "H29年度"),
    (8, 9, "H30年度"),
    (10, 11, "最終目標値"),
    (12, 12, "見直しの理由"),
    (13, 13, "把握方法"),
]
MASHIKO_SUB = {6: "目標", 7: "実績", 8: "目標", 9: "実績", 10: "当初（H32）", 11: "見直し後（R2）"}

# (heading, rows); a row: (No., 具体的行動, KPI, 単位, 基準値, H29目標, H29実績, H30目標, H30実績,
# 当初, 見直し後, 理由, 把握方法). The plan, its period, the five 分野 and their 基本目標 are the
# town's; every row and figure is made up.
MASHIKO_GROUPS = [
    (
        "１　幸せを感じる暮らしをつくる（暮らし）",
        [
            (
                1,
                "結婚・妊娠・出産の希望を叶える",
                "婚姻件数",
                "件",
                96,
                100,
                88,
                100,
                91,
                110,
                "変更なし",
                "―",
                "人口動態統計（暦年）",
            ),
            (
                2,
                "若者や子育て世代の移住・定住を支援する",
                "移住定住支援制度を利用した転入者数（累計）",
                "人",
                0,
                40,
                74,
                60,
                132,
                100,
                200,
                "H30実績で当初の目標値を上回ったため、上方修正",
                "総合政策課調べ",
            ),
            (
                3,
                "個別に応じた健康づくりを推進する",
                "特定健康診査の受診率",
                "％",
                42.1,
                48.0,
                45.3,
                50.0,
                47.0,
                60.0,
                55.0,
                "受診率の伸びが鈍化しているため、実現可能な水準に修正",
                "法定報告",
            ),
            (
                4,
                "町の魅力を町民と共有する",
                "益子町に住み続けたいと思う町民の割合",
                "％",
                78.5,
                81.0,
                80.2,
                82.0,
                79.4,
                85.0,
                "変更なし",
                "―",
                "町民アンケート※1",
            ),
        ],
    ),
    (
        "２　風土に根ざした産業をつくる（産業）",
        [
            (
                5,
                "益子焼と陶器市の魅力を高める",
                "陶器市の来場者数",
                "万人",
                59,
                61,
                60,
                62,
                55,
                65,
                "変更なし",
                "―",
                "観光協会調べ（春・秋の合計）",
            ),
            (
                6,
                "起業・創業を支援する",
                "創業支援による創業件数",
                "件",
                3,
                5,
                7,
                6,
                "―",
                10,
                "変更なし",
                "―",
                "商工会調べ※3",
            ),
            (
                7,
                "農業の担い手を確保する",
                "新規就農者数",
                "人",
                5,
                7,
                6,
                7,
                4,
                8,
                6,
                "就農相談件数の減少を踏まえ、下方修正",
                "農業委員会調べ",
            ),
        ],
    ),
]


def mashiko() -> Path:
    widths = [5, 22, 30, 6, 9, 7, 7, 7, 7, 9, 10, 34, 22]
    wb, ws = _sheet("KPIの進捗状況と見直し", widths)
    last = len(widths)
    _text(
        ws,
        1,
        1,
        "新ましこ未来計画　重要業績評価指標（KPI）の進捗状況と見直し（令和元年）",
        bold=True,
        size=13,
    )
    _text(ws, 1, last, "令和元年8月", align="right")
    _text(ws, 2, last, "益子町", align="right")
    _text(
        ws,
        2,
        1,
        "計画期間：平成28年度～平成32年度（5年間）　※令和元年のPDCAによる見直しを反映しています。",
    )
    r = 4
    for heading, rows in MASHIKO_GROUPS:
        _text(ws, r, 1, heading, bold=True, size=10)
        r += 1
        top, sub = r, r + 1
        for c1, c2, word in MASHIKO_SPANS:
            _put(ws, top, c1, word, header=True)
            for c in range(c1 + 1, c2 + 1):
                _put(ws, top, c, None, header=True)
            if c1 == c2:
                _put(ws, sub, c1, None, header=True)
                _merge(ws, top, c1, sub, c1)
            else:
                _merge(ws, top, c1, top, c2)
        for c, word in MASHIKO_SUB.items():
            _put(ws, sub, c, word, header=True)
        ws.row_dimensions[top].height = 18
        ws.row_dimensions[sub].height = 18
        r = sub + 1
        for row in rows:
            no, action, name, unit = row[:4]
            values = row[4:11]
            reason, method = row[11], row[12]
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, action)
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for i, v in enumerate(values):
                c = 5 + i
                if isinstance(v, str):
                    _put(ws, r, c, v, align="center")
                elif isinstance(v, float):
                    _put(ws, r, c, v, fmt="0.0")
                else:
                    _put(ws, r, c, v)
            _put(ws, r, 12, reason, size=8)
            _put(ws, r, 13, method, size=8)
            ws.row_dimensions[r].height = 26
            r += 1
        r += 1
    notes = [
        "※1　町民アンケートの値は、調査を実施した年の前年度の実績として記載しています（令和元年5月調査の値をH30実績に記載）。",
        "※2　見直し後（R2）は、令和元年のPDCAによる見直しで改定した目標値です。「変更なし」は、当初の目標値を据え置いたものです。",
        "※3　創業件数のH30実績は集計中のため「―」としています。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "mashiko_kpi_shinchoku_r1.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 嘉麻市 (福岡県): 施策目標指標の進捗状況等 — 基本施策ごとの行、指標のない行は「-」
# --------------------------------------------------------------------------------------------

KAMA_HEADS = [
    "基本施策",
    "目標指標",
    "基準値<br>（H22）",
    "現状値<br>（H27）",
    "目標値<br>（H28）",
    "進捗状況<br>（成果と積み残し）",
    "達成度",
    "今後の展望",
    "方向性",
]

# (基本施策, 目標指標, 基準値, 現状値, 目標値, 進捗状況, 達成度, 今後の展望, 方向性). Rows 1–5 are
# the city's (figures, the 組織数 name, the texts and letters; row 5's 展望 is completed after the
# copy's cut); the 基本施策 names, the 認定農業者数 name and rows 6–8 are made up.
KAMA_ROWS = [
    (
        "1　農地の保全と活用",
        "農地・水・環境保全向上対策事業に取り組む組織数",
        "14箇所",
        "33箇所",
        "20箇所",
        "補助事業については、一定程度の成果あり。積み残しはないものの、抜本的に考え方を改める必要がある。",
        "B",
        "国の輸出戦略、6次産業化の方針に沿って、新たな分野にチャレンジできる環境づくりを目指す。",
        "A",
    ),
    (
        "2　耕作放棄地対策の推進",
        "-",
        "-",
        "-",
        "-",
        "中間管理事業の展開や耕作放棄再生利用交付金の交付による農地再生に成果あり。",
        "B",
        "耕作放棄地の解消と同時に、山間地の農地のあり方について、考え方を検討する。",
        "A",
    ),
    (
        "3　農業の担い手の育成",
        "認定農業者数",
        "83人",
        "94人",
        "85人",
        "24年度から現在まで、新規専業就農者14名以上を確保した。",
        "B",
        "個人（若者や定年退職者等）や企業を取り込み、農業経営体の規模に幅を持たせて、担い手の育成を展開させる。",
        "A",
    ),
    (
        "4　農業生産基盤の整備",
        "-",
        "-",
        "-",
        "-",
        "年々整備要望箇所が増加傾向にあるため、優先順位をつけ実施している。",
        "B",
        "施設整備の新たな補助事業メニューの活用を検討する。",
        "B",
    ),
    (
        "5　都市と農村の交流の促進",
        "-",
        "-",
        "-",
        "-",
        "都市と農村の交流事業により、農作業体験等の取り組みを行い、一定の成果を得た。",
        "B",
        "他の市町村との差別化を図るため、事業の見直しを行い、交流人口の拡大につなげる。",
        "B",
    ),
    (
        "6　商工業の振興",
        "創業塾の受講者数",
        "12人",
        "25人",
        "20人",
        "商工会と連携して創業塾を毎年開催し、受講者のうち5名が市内で創業した。",
        "A",
        "空き店舗の活用と組み合わせ、創業後の支援を強化する。",
        "A",
    ),
    (
        "7　観光の振興",
        "観光入込客数",
        "148万人",
        "132万人<br>（H26）",
        "160万人",
        "観光施設の老朽化等により入込客数は減少した。H27の数値は県の統計の公表後に確定する。",
        "C",
        "道の駅等を拠点とした周遊観光の仕組みづくりを進める。",
        "A",
    ),
    (
        "8　企業誘致の推進",
        "企業誘致件数（累計）",
        "2件",
        "5件",
        "6件",
        "工業団地への立地が進み、新たに3社が操業を開始した。",
        "B",
        "残る区画への誘致活動を継続する。",
        "A",
    ),
]


def kama_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第1次嘉麻市総合計画（後期基本計画）における施策目標指標の進捗状況等について｜嘉麻市</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 0.8em; }",
        "th, td { border: 1px solid #666; padding: 4px 6px; vertical-align: top; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; }",
        "td.mark { text-align: center; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>第1次嘉麻市総合計画（後期基本計画）における施策目標指標の進捗状況等について</h1>",
        "<p>企画財政課　企画調整係</p>",
        "<p>【達成度】　A:取り組みが十分に達成できている　B:取り組みがまあまあ達成できている　C:取り組みがあまり達成できていない　D:取り組みがほとんど達成できていない</p>",
        "<p>【方向性】　A:拡充・発展　B:現状維持　C:縮小　D:廃止・見直し</p>",
        "<h2>第1章　活力ある産業振興によるまちづくり</h2>",
        "<table>",
        "<thead>",
        "<tr>" + "".join(f"<th>{h}</th>" for h in KAMA_HEADS) + "</tr>",
        "</thead>",
        "<tbody>",
    ]
    for row in KAMA_ROWS:
        measure, name, base, now, target, progress, grade, outlook, direction = row
        cells = [f"<td>{measure}</td>", f"<td>{name}</td>"]
        cells += [f'<td class="num">{v}</td>' for v in (base, now, target)]
        cells += [
            f"<td>{progress}</td>",
            f'<td class="mark">{grade}</td>',
            f"<td>{outlook}</td>",
            f'<td class="mark">{direction}</td>',
        ]
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts += [
        "</tbody>",
        "</table>",
        "<p>※目標指標を設定していない基本施策は「-」としています。</p>",
        "<p>※観光入込客数の現状値は、福岡県観光入込客推計調査の公表済みの直近値（H26）です。</p>",
        "<p>このページに関するお問い合わせ：嘉麻市 企画財政課 企画調整係</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def kama() -> Path:
    out = HERE / "kama_shisaku_mokuhyo_h27.html"
    out.write_text(kama_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (oumu, toyooka, mashiko):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kama().name}")


if __name__ == "__main__":
    main()
