"""Build the documents of forms387/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hokuto_saisei_jisshi_r5.xlsx``, a 地域再生計画 実施状況 (KPI) sheet in the manner of 北杜市
  (山梨県): form fields over a grid in long form, **each KPI's No., name, 単位 and 事業開始前 merged down
  over three year rows ``R3年度 | R4年度 | R5年度``, each with its 目標値, 実績値 and a ○/× 達成状況**; and
  the PDF;
* ``source/hokota_jimujigyo_shuno_r5.xlsx``, a 事務事業評価シート in the manner of 鉾田市 (茨城県): each
  indicator on three rows ``目標 | 実績 | 達成率``, **its unit on a second line of the name cell,
  ``（単位：回）``**; and the PDF;
* ``source/kanna_kaso_seika_r5.xlsx``, a 過疎地域持続的発展計画 成果目標 sheet in the manner of 神流町
  (群馬県), landscape: a one-row header whose **R5 column is dated by a month end, ``R5実績（R6.3末現在）``**,
  a ``万円`` row with decimals, **a target ``現状維持``**, a survey held once (``―`` before it); and the PDF;
* ``sakaki_senryaku_kpi_r5.html``, a 第2期総合戦略 KPI page in the manner of 坂城町 (長野県): two tables
  under ``<h2>`` 基本目標, Western year headers, **a ★ 評価 column read through a legend**, ``累計`` cells,
  ``―（中止）`` and a ``（速報値）`` actual.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
XLSX and HTML are byte-stable (fixed document dates, zip members rewritten with a fixed timestamp).
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
GREY = PatternFill("solid", fgColor="BFBFBF")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms387/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms387/build.py"
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
    align=None,
    size=9,
    bold=False,
    fill=None,
    border=True,
    wrap=True,
):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=size, bold=bold or header)
    if align is None:
        align = "center" if header else "left"
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        c.border = BORDER
    if fill is not None:
        c.fill = fill
    elif header:
        c.fill = SHADE
    return c


def _merge(ws, r1: int, c1: int, r2: int, c2: int, border: bool = True) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if border:
                ws.cell(row=r, column=c).border = BORDER
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _box(ws, r1, c1, r2, c2, value, **kw):
    _put(ws, r1, c1, value, **kw)
    _merge(ws, r1, c1, r2, c2, border=kw.get("border", True))


def _text(ws, row, col, value, bold=False, size=9, align="left"):
    _put(ws, row, col, value, bold=bold, size=size, align=align, border=False, wrap=False)


def _field(ws, row, label, value, last_col, height=None):
    _box(ws, row, 1, row, 2, label, header=True)
    _box(ws, row, 3, row, last_col, value)
    if height:
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


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
    """Convert one workbook to a PDF next to build.py with LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="forms387_soffice_") as tmp:
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
        shutil.copyfile(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


# ---------------------------------------------------------------- 北杜市

HOKUTO_KPI = [
    # No., name, unit, baseline, [(year, target, actual, mark)]
    (
        "１",
        "移住相談窓口を通じた移住者数",
        "人",
        "52",
        [("R3年度", "60", "58", "×"), ("R4年度", "70", "74", "○"), ("R5年度", "80", "91", "○")],
    ),
    (
        "２",
        "空き家バンクの成約件数",
        "件",
        "18",
        [("R3年度", "22", "25", "○"), ("R4年度", "26", "21", "×"), ("R5年度", "30", "33", "○")],
    ),
    (
        "３",
        "市内主要観光施設の入込客数",
        "千人",
        "1,850.5",
        [
            ("R3年度", "1,900.0", "1,612.3", "×"),
            ("R4年度", "2,000.0", "1,954.8", "×"),
            ("R5年度", "2,100.0", "２，１３６．４", "○"),
        ],
    ),
    (
        "４",
        "新規就農者数",
        "人",
        "9",
        [
            ("R3年度", "10", "12", "○"),
            ("R4年度", "10", "8", "×"),
            ("R5年度", "10", "集計中※2", "―"),
        ],
    ),
    (
        "５",
        "サテライトオフィス利用企業数",
        "社",
        "―",
        [("R3年度", "―※1", "―※1", "―"), ("R4年度", "5", "3", "×"), ("R5年度", "8", "9", "○")],
    ),
]


def hokuto() -> Path:
    wb, ws = _sheet("実施状況", [5, 8, 30, 7, 17, 10, 11, 11, 10])
    last = 9
    _box(
        ws,
        1,
        1,
        1,
        last,
        "令和５年度　地域再生計画の実施状況（重要業績評価指標）",
        size=13,
        bold=True,
        align="center",
        border=False,
    )
    ws.row_dimensions[1].height = 26
    _text(ws, 2, last, "令和6年7月　北杜市", align="right")
    _text(ws, 3, 1, "１　計画の概要", bold=True, size=10)
    _field(ws, 4, "地域再生計画の名称", "北杜市まち・ひと・しごと創生推進計画", last)
    _field(ws, 5, "計画期間", "令和3年4月1日～令和8年3月31日", last)
    _field(ws, 6, "担当課", "政策秘書課", last)
    _field(
        ws,
        7,
        "市の概況",
        "本市は平成16年11月1日に7町村が合併して誕生し、平成18年3月15日に小淵沢町を編入した。人口は昭和22年の70,348人をピークに減少に転じ、"
        "平成27年の国勢調査では45,111人、令和2年の住民基本台帳では46,635人となっている。日照時間日本一の地であり、国蝶オオムラサキの生息地としても知られる。",
        last,
        height=52,
    )
    ws.row_dimensions[4].height = 18
    _text(ws, 9, 1, "２　重要業績評価指標（ＫＰＩ）の年度別状況", bold=True, size=10)
    heads = [
        "No.",
        "重要業績評価指標（ＫＰＩ）",
        None,
        "単位",
        "事業開始前（R3.3末）",
        "年度",
        "目標値",
        "実績値",
        "達成状況",
    ]
    r = 10
    for c, h in enumerate(heads, start=1):
        if h is not None:
            _put(ws, r, c, h, header=True)
    _merge(ws, r, 2, r, 3)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, base, years in HOKUTO_KPI:
        top = r
        for year, tgt, act, mark in years:
            _put(ws, r, 6, year, align="center")
            _put(ws, r, 7, tgt, align="right")
            _put(ws, r, 8, act, align="right")
            _put(ws, r, 9, mark, align="center")
            ws.row_dimensions[r].height = 16
            r += 1
        _box(ws, top, 1, r - 1, 1, no, align="center")
        _box(ws, top, 2, r - 1, 3, name)
        _box(ws, top, 4, r - 1, 4, unit, align="center")
        _box(ws, top, 5, r - 1, 5, base, align="right")
    r += 1
    notes = [
        "※1　KPI５は令和4年度の計画変更で追加した指標のため、令和3年度の目標値・実績値はない。",
        "※2　KPI４の令和5年度実績は、県の新規就農者調査の公表（令和6年9月予定）後に確定する。",
        "達成状況：○＝実績値が目標値以上　×＝実績値が目標値未満　―＝判定できない（各年度の目標値と実績値を比較）",
        "事業開始前の値は令和3年3月末現在。KPI３の単位は千人（小数点以下第1位まで）。",
    ]
    for line in notes:
        _box(ws, r, 1, r, last, line, border=False, size=8)
        r += 1
    _page(ws, "portrait")
    out = SOURCE / "hokuto_saisei_jisshi_r5.xlsx"
    _save(wb, out)
    return out


# ---------------------------------------------------------------- 鉾田市

HOKOTA_IND = [
    (
        "活動指標",
        "ア　就農相談会の開催回数\n（単位：回）",
        ["6", "6", "8", "8", "8"],
        ["6", "5", "8", "9", None],
        ["100%", "83%", "100%", "113%", None],
    ),
    (
        "活動指標",
        "イ　研修受入れ農家数\n（単位：戸）",
        ["10", "12", "14", "16", "18"],
        ["11", "12", "13", "16", None],
        ["110%", "100%", "93%", "100%", None],
    ),
    (
        "成果指標",
        "ウ　新規就農者数\n（単位：人）",
        ["20", "20", "22", "22", "25"],
        ["17", "23", "19", "２１", None],
        ["85%", "115%", "86%", "95%", None],
    ),
    (
        "成果指標",
        "エ　新規就農者の定着率（就農5年後）\n（単位：％）",
        ["80.0", "80.0", "85.0", "85.0", "90.0"],
        ["78.6", "―※", "83.3", "86.4", None],
        ["98%", "―", "98%", "102%", None],
    ),
]


def hokota() -> Path:
    wb, ws = _sheet("評価シート", [9, 30, 7, 9, 9, 9, 9, 9])
    last = 8
    _box(
        ws,
        1,
        1,
        1,
        last,
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        align="center",
        border=False,
    )
    ws.row_dimensions[1].height = 26
    _text(ws, 2, last, "作成日　令和6年6月28日", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    _field(ws, 4, "事務事業名", "新規就農者確保・育成支援事業", last)
    _field(ws, 5, "担当課", "農業振興課", last)
    _field(
        ws,
        6,
        "総合計画上の位置付け",
        "第2次鉾田市総合計画　後期基本計画　施策2-1　農業の振興",
        last,
    )
    _field(ws, 7, "事業期間", "令和2年度～令和6年度", last)
    _field(
        ws,
        8,
        "市の概況",
        "本市は平成17年10月11日に旭村、鉾田町、大洋村の3町村が合併して誕生した。面積は207.60km²、人口は44,543人（令和6年10月1日推計）。"
        "メロンの産出額は全国第1位を誇り、東は鹿島灘に沿って約16kmの海岸線が続く。",
        last,
        height=42,
    )
    _field(
        ws,
        9,
        "事業の内容",
        "就農相談会の開催、先進農家での研修受入れ、就農準備資金（1人当たり年間150万円、最長2年）の交付を行う。",
        last,
        height=30,
    )
    _field(ws, 10, "事業費（R5決算）", "18,460千円（うち一般財源　6,150千円）", last)
    for rr in (4, 5, 6, 7, 10):
        ws.row_dimensions[rr].height = 18
    _text(ws, 12, 1, "２　指標の推移", bold=True, size=10)
    r = 13
    for c, h in enumerate(["指標区分", "指標名", "区分", "R2", "R3", "R4", "R5", "R6"], start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 18
    r += 1
    groups: dict[str, int] = {}
    for kind, name, tgt, act, rate in HOKOTA_IND:
        top = r
        groups.setdefault(kind, top)
        for label, vals in (("目標", tgt), ("実績", act), ("達成率", rate)):
            _put(ws, r, 3, label, align="center")
            for i, v in enumerate(vals):
                fill = GREY if v is None else None
                _put(ws, r, 4 + i, v, align="right", fill=fill)
            ws.row_dimensions[r].height = 15
            r += 1
        _box(ws, top, 2, r - 1, 2, name)
    for kind, top in groups.items():
        bottom = top + 6 - 1
        _box(ws, top, 1, bottom, 1, kind, align="center")
    r += 0
    notes = [
        "※　エのR3実績は、対象者への定着状況調査を実施しなかったため数値がない。",
        "達成率＝実績÷目標（％、小数点以下四捨五入）。R6の実績は令和7年度の評価で記入する。",
    ]
    for line in notes:
        _box(ws, r, 1, r, last, line, border=False, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    r += 1
    _field(ws, r, "評価", "B（概ね順調）", last)
    r += 1
    _field(
        ws,
        r,
        "評価の理由",
        "令和5年度末までの新規就農者は延べ80人となり、うち約7割がメロン・いちご等の施設園芸で就農した。相談会は9回開催し、参加者は延べ132人であった。",
        last,
        height=42,
    )
    _page(ws, "portrait")
    out = SOURCE / "hokota_jimujigyo_shuno_r5.xlsx"
    _save(wb, out)
    return out


# ---------------------------------------------------------------- 神流町

KANNA_ROWS = [
    (
        "１",
        "移住・定住の促進",
        "町の支援による移住者数",
        "人",
        "3",
        "4",
        "6",
        "5",
        "5",
        "",
        "毎年度の人数",
    ),
    (
        "２",
        "移住・定住の促進",
        "町営住宅・定住促進住宅の入居率",
        "％",
        "82.4",
        "85.0",
        "88.2",
        "90.2",
        "90.0",
        "",
        "",
    ),
    (
        "３",
        "産業の振興",
        "農産物直売所の販売額",
        "万円",
        "1,250.5",
        "1,302.8",
        "1,288.0",
        "1,365.2",
        "1,400.0",
        "",
        "２か所の合計",
    ),
    (
        "４",
        "観光・交流",
        "神流町恐竜センターの入館者数",
        "人",
        "14,860",
        "18,420",
        "21,035",
        "22,870",
        "25,000",
        "",
        "R2は臨時休館（4月～5月）あり",
    ),
    (
        "５",
        "地域づくり",
        "地域の祭り・行事が維持されていると感じる町民の割合",
        "％",
        "71.5",
        "―",
        "―",
        "70.8",
        "現状維持",
        "",
        "町民アンケート（R2・R5実施）",
    ),
]


def kanna() -> Path:
    wb, ws = _sheet("成果目標", [5, 17, 38, 7, 13, 11, 11, 15, 13, 8, 26])
    last = 11
    _box(
        ws,
        1,
        1,
        1,
        last,
        "神流町過疎地域持続的発展計画　成果目標の進捗状況（令和５年度）",
        size=13,
        bold=True,
        align="center",
        border=False,
    )
    ws.row_dimensions[1].height = 26
    _text(ws, 2, last, "令和6年8月　神流町総務課", align="right")
    _field(ws, 3, "計画の名称", "神流町過疎地域持続的発展計画", last)
    _field(ws, 4, "計画期間", "令和3年4月1日～令和8年3月31日（5年間）", last)
    _field(
        ws,
        5,
        "町の概況",
        "本町は平成15年4月1日に万場町と中里村が合併して誕生した。面積114.60km²の約87%を森林が占める。人口は昭和25年の9,881人をピークに減少を続け、"
        "令和2年の住民基本台帳では1,735人、平成27年の高齢化率は56.1%に達している。",
        last,
        height=32,
    )
    _text(ws, 7, 1, "■成果目標の進捗状況", bold=True, size=10)
    heads = [
        "No.",
        "区分",
        "成果目標項目",
        "単位",
        "計画策定時（R2）",
        "R3実績",
        "R4実績",
        "R5実績（R6.3末現在）",
        "目標値（R7）",
        "進捗",
        "備考",
    ]
    r = 8
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    marks = ["○", "○", "△", "△", "―"]
    r += 1
    for row, mark in zip(KANNA_ROWS, marks):
        no, kubun, name, unit, base, r3, r4, r5, tgt, _, note = row
        vals = [no, kubun, name, unit, base, r3, r4, r5, tgt, mark, note]
        for c, v in enumerate(vals, start=1):
            align = "right" if 5 <= c <= 9 else ("center" if c in (1, 4, 10) else "left")
            if c == 9 and v == "現状維持":
                align = "center"
            _put(ws, r, c, v, align=align)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "進捗：○＝R5実績が目標値（R7）に達している　△＝R5実績が目標値（R7）に達していない　―＝判定できない",
        "R5実績は令和6年3月末現在の数値。No.3の単位は万円（小数点以下第1位まで）。No.5は町民アンケート（R2・R5実施）のため、R3・R4の値はない。",
    ]
    for line in notes:
        _box(ws, r, 1, r, last, line, border=False, size=8)
        r += 1
    r += 1
    _field(
        ws,
        r,
        "総括",
        "5項目のうち2項目が順調に推移している。恐竜センターは令和5年度に企画展を3回開催し、入館者は令和2年度の約1.5倍となった。神流マウンテンラン＆ウォークには約1,200人が参加した。",
        last,
        height=30,
    )
    _page(ws, "landscape")
    out = SOURCE / "kanna_kaso_seika_r5.xlsx"
    _save(wb, out)
    return out


# ---------------------------------------------------------------- 坂城町

SAKAKI_TABLES = [
    (
        "基本目標１　ものづくりの技を活かし、安定した雇用を生み出す",
        [
            (
                "1",
                "町内製造業の従業者数",
                "人",
                "6,812",
                ["6,745", "6,790", "6,702"],
                "6,900",
                "★★",
            ),
            ("2", "創業支援による創業件数", "件", "―", ["累計4", "累計9", "累計15"], "累計20", "★"),
        ],
    ),
    (
        "基本目標２　ばらの香るまちに人を呼び込む",
        [
            (
                "3",
                "さかき千曲川バラ公園の来園者数",
                "人",
                "85,000",
                ["―（中止）", "62,400", "91,350"],
                "90,000",
                "★★★",
            ),
            ("4", "移住相談件数", "件", "24", ["31", "42", "38"], "40", "★★"),
            (
                "5",
                "ふるさと納税の寄附件数",
                "件",
                "1,205",
                ["3,480", "5,126", "6,044<br>（速報値）"],
                "5,000",
                "★★★",
            ),
        ],
    ),
]


def sakaki_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第2期坂城町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）｜坂城町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/gyosei/">町政情報</a></li>',
        '<li><a href="/gyosei/keikaku/">計画・施策</a></li>',
        "<li>第2期坂城町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>第2期坂城町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>",
        '<p class="date">更新日：2024年10月4日　担当：企画政策課</p>',
        "<p>坂城町は面積53.64km²、人口13,149人（2024年10月1日推計）の町で、機械・金属加工を中心に約200社の製造業が集まる「ものづくりの町」です。"
        "さかき千曲川バラ公園には約330品種・2,300株のばらが植えられています。</p>",
        "<p>第2期総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）の令和5年度までの実績を、坂城町総合戦略推進会議（委員12名）で検証しました。"
        "評価欄は、最終目標値（2024年度）に対する2023年度実績の達成度を次の★の数で表しています。</p>",
        '<p class="legend">★★★：最終目標値を達成　★★：最終目標値の80%以上　★：最終目標値の80%未満</p>',
    ]
    for heading, rows in SAKAKI_TABLES:
        out.append(f"<h2>{heading}</h2>")
        out.append('<table border="1">')
        out.append("<thead>")
        out.append("<tr>")
        out.append('<th scope="col">No.</th><th scope="col">KPI</th><th scope="col">単位</th>')
        out.append('<th scope="col">基準値<br>（2019年度）</th>')
        out.append(
            '<th scope="col">2021年度<br>（R3）</th><th scope="col">2022年度<br>（R4）</th><th scope="col">2023年度<br>（R5）</th>'
        )
        out.append('<th scope="col">最終目標値<br>（2024年度）</th><th scope="col">評価</th>')
        out.append("</tr>")
        out.append("</thead>")
        out.append("<tbody>")
        for no, name, unit, base, acts, tgt, stars in rows:
            cells = "".join(f"<td>{a}</td>" for a in acts)
            out.append(
                f"<tr><td>{no}</td><td>{name}</td><td>{unit}</td><td>{base}</td>{cells}<td>{tgt}</td><td>{stars}</td></tr>"
            )
        out.append("</tbody>")
        out.append("</table>")
    out += [
        '<p class="note">※2021年度は、新型コロナウイルス感染症の影響により「ばら祭り」を中止し、バラ公園の来園者数を計測していません。<br>'
        "※創業件数は2020年度からの累計です（基準値の欄は第2期から設けた指標のため「―」）。<br>"
        "※寄附件数の2023年度は速報値（2024年4月30日集計）です。</p>",
        "</main>",
        "<footer><p>坂城町役場　企画政策課</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def sakaki() -> Path:
    path = HERE / "sakaki_senryaku_kpi_r5.html"
    path.write_text(sakaki_html(), encoding="utf-8")
    return path


def main() -> None:
    books = [hokuto(), hokota(), kanna()]
    sakaki()
    if "--no-pdf" not in sys.argv:
        for book in books:
            to_pdf(book)


if __name__ == "__main__":
    main()
