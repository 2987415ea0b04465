"""Build forms531: four KPI documents of 下妻市, 稲城市, 逗子市 and 鎌ケ谷市.

Writes `shimotsuma_nashi_jimujigyo_r5.xlsx` (the workbook is the document), `zushi_chuki_seika_shihyo_2023.html` and the
XLSX sources `source/inagi_sousei_kpi_chukan_h28.xlsx` (two landscape pages) and
`source/kamagaya_fighters_shuyo_seika_r5.xlsx`, which LibreOffice turns into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 3, 24, 9, 0, 0)
STAMP_ISO = b"2025-03-24T09:00:00Z"
PDFS = ["inagi_sousei_kpi_chukan_h28", "kamagaya_fighters_shuyo_seika_r5"]
YEN_THOUSANDS = "#,##0,"  # yen stored, shown in thousands (the 単位 cell says 千円)


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade is not None:
                cell.fill = shade


def merge(ws, rng, value, **kw):
    first, last = rng.split(":")
    put(ws, first, value, **kw)
    if first != last:
        ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms531"
    wb.properties.lastModifiedBy = "forms531"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def page(ws, landscape, pages_high=1):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = pages_high
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A", size=8):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=size)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 下妻市 (XLSX document, 事務事業評価シート)
# (区分, No., 指標名, 単位, 基準値（R元）, R3実績, R4実績, R5目標, R5実績, R6目標, R7目標（最終）)
# No.4 stores yen and shows thousands through YEN_THOUSANDS; its R4実績 is text typed over the cell.
# No.3's R4実績 is a rich-text cell: the old value struck through, the corrected one on the next line.
STRUCK = "STRUCK"
SHIMOTSUMA_ROWS = [
    ("活動指標", 1, "国内外での「下妻の梨」プロモーションの実施回数", "回", 5, 2, 6, 6, 8, 8, 8),
    (
        "活動指標",
        2,
        "梨の新規就農研修生（地域おこし協力隊）の受入人数",
        "人",
        "―",
        "―",
        "―",
        2,
        2,
        2,
        2,
    ),
    ("成果指標", 3, "梨の輸出量", "t", 96.8, 58.4, STRUCK, 90.0, 86.5, 95.0, 100.0),
    (
        "成果指標",
        4,
        "ふるさと納税（梨の返礼品）の寄附額",
        "千円",
        18639700,
        24310400,
        "26,905",
        30000000,
        31481500,
        32000000,
        35000000,
    ),
    ("成果指標", 5, "「下妻甘熟梨」の出荷箱数", "箱", 1820, 2040, 2215, 2400, 2386, 2500, 2600),
]
SHIMOTSUMA_HEAD = [
    "区分",
    "No.",
    "指標名",
    "単位",
    "基準値（R元）",
    "R3実績",
    "R4実績",
    "R5目標",
    "R5実績",
    "R6目標",
    "R7目標（最終）",
]


def build_shimotsuma():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 8,
            "B": 4.5,
            "C": 30,
            "D": 6,
            "E": 9.5,
            "F": 9,
            "G": 9,
            "H": 9,
            "I": 9,
            "J": 9,
            "K": 10,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月24日　下妻市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "「下妻の梨」ブランド力向上・輸出促進事業"),
        ("担当課", "農政課　農政係"),
        ("関連計画", "下妻市総合計画　施策「魅力ある農業の振興」"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "9,860千円（うち一般財源　4,930千円）"),
        (
            "事業の概要",
            "本市は茨城県の西部に位置し、面積は80.88km²。昭和29年（1954年）6月1日に市制を施行し、平成18年（2006年）1月1日に結城郡千代川村を編入した。"
            "梨の栽培は江戸時代末期に始まったといわれ、本市は県の青果物銘柄産地に指定されている。平成25年（2013年）からは海外への輸出を始め、"
            "生産者の若手有志が開発した「下妻甘熟梨」は8月下旬の約10日間だけ出荷される。令和5年度（2023年度）からは、梨での新規就農を目指す人材を"
            "地域おこし協力隊として受け入れている。本事業では、国内外でのプロモーション、輸出先の開拓、ふるさと納税の返礼品を通じた発信により、"
            "「下妻の梨」のブランド力向上と販路の拡大を図る。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "K"), {"事業の概要": 64})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEFGHIJK", SHIMOTSUMA_HEAD, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    for _kubun, no, name, unit, *vals in SHIMOTSUMA_ROWS:
        put(ws, f"B{r}", no, box=True, h="center", fmt="0")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            if v == STRUCK:
                cell = ws[f"{col}{r}"]
                cell.value = CellRichText(
                    TextBlock(InlineFont(rFont=FONT, sz=9, strike=True), "71.8"),
                    TextBlock(InlineFont(rFont=FONT, sz=9), "\n73.4"),
                )
                cell.font = font()
                cell.alignment = Alignment(horizontal="right", vertical="center", wrap_text=True)
                cell.border = BOX
            elif unit == "千円" and isinstance(v, int):
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=YEN_THOUSANDS)
            elif unit == "千円":
                put(ws, f"{col}{r}", v, box=True, h="right", fmt="@")
            else:
                put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 30 if no == 3 else 24
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", bold=True, box=True, shade=LIGHT, h="center")
    merge(
        ws, f"A{first + 2}:A{first + 4}", "成果指標", bold=True, box=True, shade=LIGHT, h="center"
    )
    r = notes(
        ws,
        r,
        [
            "※1　No.2は、令和5年度に受入れを始めたため、令和4年度までの値はない。",
            "※2　No.3のR4実績は、輸出実績の確定に伴い修正した（修正前の値を取消線で示す）。",
            "※3　No.4は、梨を返礼品とする寄附の各年度の受付額。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "A（効果があった）"),
            (
                "今後の方向性",
                "継続（寄附額と研修生の受入れは目標を達成したが、輸出量は円安のもとでも目標の90.0tに届かなかった。"
                "ベトナム・マレーシア向けの出荷時期の前倒しと、甘熟梨の贈答需要の掘り起こしを進める。）",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "shimotsuma_nashi_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 稲城市 (XLSX source of a two-page landscape PDF)
# Rows of the grid: ("band", text) or (No., KPI, 単位, 策定時（H26年度）, H27年度末, H28年度末, 目標値（H31年度末）, 備考)
INAGI_GRID = [
    ("band", "基本目標1　稲城の魅力を生かした、しごとと活力をつくる"),
    (
        1,
        "創業支援事業による創業者数",
        "人",
        "―",
        "延べ14",
        "延べ31",
        "5年間で延べ100人",
        "平成27年度からの延べ人数",
    ),
    (2, "梨・ぶどうを返礼品とするふるさと納税の寄附件数", "件", 1120, 1486, 2013, 2500, ""),
    ("band", "基本目標2　稲城に人を呼び込み、交流を広げる"),
    (3, "市内の観光入込客数", "千人", 4512, 4688, 4921, 5000, "よみうりランド、梨の直売所等を含む"),
    ("break", ""),
    (4, "観光ボランティアガイドによる案内者数", "人", 2380, 2612, 3105, 3500, ""),
    ("band", "基本目標3　若い世代の結婚・出産・子育ての希望をかなえる"),
    (
        5,
        "婚活イベントによるカップル成立数",
        "組",
        8,
        11,
        14,
        15,
        "平成25年度から市内の飲食店等と連携して開催",
    ),
]


def build_inagi():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths(
        ws,
        {"A": 5, "B": 38, "C": 6.5, "D": 12, "E": 11, "F": 11, "G": 17, "H": 30},
    )
    merge(
        ws,
        "A1:H1",
        "稲城市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（中間検証）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "平成30年3月　稲城市", h="right")
    rows = [
        ("戦略の名称", "稲城市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "平成27年10月～平成32年3月"),
        ("検証の時点", "平成28年度末（計画期間の中間年度である平成29年度に検証）"),
        (
            "検証委員会",
            "稲城市まち・ひと・しごと創生総合戦略検証委員会　第1回 平成29年7月4日／第2回 平成29年8月21日／第3回 平成30年3月23日",
        ),
        ("担当課", "企画部　企画政策課"),
        (
            "検証の方法",
            "総合戦略に掲げた重要業績評価指標（KPI）について、策定時の値と平成27年度末・平成28年度末の実績値を比べ、目標値に向けた進捗を検証委員会で評価した。"
            "検証委員会は、総合戦略策定委員会と同じ構成員（産業界・大学・金融機関・労働団体・公募市民等）で組織している。",
        ),
        (
            "市の概要",
            "本市は東京都心から南西に約25km、多摩川の右岸に位置し、面積は17.97km²。明治22年（1889年）に6ヵ村が合併して稲城村が誕生し、"
            "昭和46年（1971年）11月に市制を施行した。多摩ニュータウンの開発や土地区画整理事業により人口は増え続け、平成27年3月末の人口は86,950人。"
            "江戸時代から続く都内有数の梨の産地であり、平成28年（2016年）には市出身のメカニックデザイナー大河原邦男氏にちなみ、"
            "稲城長沼駅前に高さ約3.6mのモニュメントを設置した。",
        ),
    ]
    r = form_rows(
        ws, 4, rows, ("A", "B"), ("C", "H"), {"市の概要": 50, "検証委員会": 22, "検証の方法": 34}
    )
    r += 1
    put(
        ws,
        f"A{r}",
        "■基本目標ごとの重要業績評価指標（KPI）の進捗状況",
        size=11,
        bold=True,
        wrap=False,
    )
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "策定時（H26年度）"),
        ("G", "目標値（H31年度末）"),
        ("H", "備考"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"E{top}:F{top}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    put(ws, f"E{low}", "H27年度末", bold=True, box=True, shade=SHADE, h="center")
    put(ws, f"F{low}", "H28年度末", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    ws.print_title_rows = f"{top}:{low}"
    r = low + 1
    for row in INAGI_GRID:
        if row[0] == "band":
            merge(ws, f"A{r}:H{r}", row[1], bold=True, box=True, shade=LIGHT)
            ws.row_dimensions[r].height = 24
            r += 1
            continue
        if row[0] == "break":
            ws.row_breaks.append(Break(id=r - 1))
            continue
        no, name, unit, *vals, biko = row
        put(ws, f"A{r}", no, box=True, h="center", fmt="0")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFG", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
        put(ws, f"H{r}", biko, box=True, size=8)
        ws.row_dimensions[r].height = 46
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　実績値は各年度末時点の値。No.1は、平成27年度からの延べ人数で、目標値も計画期間5年間の延べ人数である。",
            "※2　No.3は、市内の主な観光施設・イベントの入込客数の合計（千人未満四捨五入）。",
            "※3　目標値は、計画期間の最終年度（平成31年度）末の値。",
        ],
        "H",
        size=9,
    )
    r += 1
    put(ws, f"A{r}", "■検証委員会の主な意見", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "創業者数は2年間で延べ31人となり、5年間で延べ100人の目標に向けて取組の強化が必要である。観光入込客数は平成28年度末で約492万人と"
        "順調に推移しており、梨の収穫期やモニュメントを生かした周遊の促進が期待される。婚活イベントは平成25年度から継続して開催され、"
        "カップル成立数も増加している。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=True, pages_high=0)
    save(wb, SRC / "inagi_sousei_kpi_chukan_h28.xlsx")


# ---------------------------------------------------------------- 逗子市 (HTML document)
ZUSHI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>逗子市総合計画 中期実施計画 成果指標の状況（2023年度） | 逗子市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li><a href="/shisei/keikaku/sogo/">逗子市総合計画</a></li>
<li>中期実施計画 成果指標の状況（2023年度）</li>
</ol></nav>
<main>
<h1>逗子市総合計画　中期実施計画　成果指標の状況（2023年度）</h1>
<p class="date">ページ番号1008531　更新日 2024年9月30日　担当：企画課</p>
<p>逗子市は三浦半島の付け根に位置し、1950年（昭和25年）に横須賀市から分離して逗子町となり、1954年（昭和29年）4月15日に市制を施行しました。面積は17.34km²で、一方を相模湾に開き、三方を緑の丘陵に囲まれた住宅都市です。</p>
<p>逗子市総合計画は2015年（平成27年）1月29日に策定し、24年間の基本構想と、毎年度の事業を定める実施計画で構成しています。2023年度からは7年間の中期実施計画が始まりました。現在の人口は約56,000人で、2040年には1万人減少すると推計されています。2015年1月31日に開園した池子の森自然公園の活用や、2015年10月1日に始めた家庭ごみの有料化（ごみ減量20%が目標）などを進めてきました。</p>
<dl>
<dt>計画の名称</dt><dd>逗子市総合計画　中期実施計画</dd>
<dt>計画期間</dt><dd>2023年度～2029年度（7年間）</dd>
<dt>担当課</dt><dd>経営企画部　企画課</dd>
</dl>
<p>このページでは、分野4に属する二つの施策の成果指標について、中期実施計画の初年度である2023年度の状況をお知らせします。中間目標は2026年度、目標は計画の最終年度である2029年度の値です。</p>
<h2>分野4　自然・環境（海と緑を守り、生かすまち）</h2>
<h3>施策4-1　海と緑を生かした観光の振興</h3>
<p class="tanto">主担当課：経済観光課</p>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（2021年度）</th><th scope="col" rowspan="2">2022年度<br>実績</th><th scope="colgroup" colspan="2">2023年度</th><th scope="col" rowspan="2">中間目標<br>（2026年度）</th><th scope="col" rowspan="2">目標<br>（2029年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
<tr><th scope="row">①逗子海水浴場の来場者数</th><td>万人</td><td>38.6<br>（2019年度）<sup>※1</sup></td><td>29.4</td><td>35.0</td><td>36.8</td><td>40.0</td><td>42.0</td></tr>
<tr><th scope="row">②池子の森自然公園の利用者数</th><td>人</td><td>112,460</td><td>118,905</td><td>120,000</td><td>123,400（見込）<sup>※2</sup></td><td>125,000</td><td>130,000</td></tr>
<tr><th scope="row">③「逗子の海や緑を誇りに思う」市民の割合</th><td>％</td><td>72.4</td><td>―<sup>※3</sup></td><td>75～80</td><td>76.2</td><td>80.0</td><td>85.0</td></tr>
</tbody>
</table>
<p class="note">※1　①の2021年度は感染症対策のため海水浴場の開設期間と利用方法を制限したことから、基準値には2019年度の来場者数を用いています。</p>
<p class="note">※2　②の2023年度の値は、2024年2月末までの利用者数に3月分の見込みを加えたものです。</p>
<p class="note">※3　③は隔年で実施する市民意識調査によるため、2022年度の値はありません。2023年度の目標は、75％以上80％以下の範囲としています。</p>
<h3>施策4-2　ごみの減量化・資源化の推進</h3>
<p class="tanto">主担当課：資源循環課</p>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（2021年度）</th><th scope="col" rowspan="2">2022年度<br>実績</th><th scope="colgroup" colspan="2">2023年度</th><th scope="col" rowspan="2">中間目標<br>（2026年度）</th><th scope="col" rowspan="2">目標<br>（2029年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
<tr><th scope="row">④ごみの資源化率</th><td>％</td><td>35.2</td><td>36.0</td><td>38.0</td><td>36.9</td><td>40.0</td><td>42.0</td></tr>
<tr><th scope="row">⑤生ごみ処理機等購入費助成の件数（累計）</th><td>件</td><td>1,204</td><td>1,287</td><td>1,350</td><td>1,341</td><td>1,550</td><td>1,800</td></tr>
</tbody>
</table>
<h2>2023年度の振り返り</h2>
<p>海水浴場の来場者数は36.8万人となり、2019年度の水準に近づきました。池子の森自然公園は運動施設の利用が伸び、2023年度の目標を上回る見込みです。ごみの資源化率は前年度から0.9ポイント上昇しましたが、目標には届いていません。生ごみ処理機等の購入費助成は年間54件で、累計は1,341件となりました。</p>
</main>
<footer><p>逗子市役所　経営企画部　企画課</p></footer>
</body>
</html>
"""


def build_zushi():
    (HERE / "zushi_chuki_seika_shihyo_2023.html").write_text(ZUSHI, encoding="utf-8")


# ---------------------------------------------------------------- 鎌ケ谷市 (XLSX source of the PDF, portrait)
# (label, 項目, 単位, 3年度, 4年度, 5年度)
KAMAGAYA_JISSEKI = [
    ("ア", "ファイターズ鎌ケ谷スタジアムでの市民招待デーの開催回数", "回", "中止", 4, 6),
    ("イ", "球団と連携した市内周遊スタンプラリーの参加者数", "人", 812, 1406, 2135),
]
# (label, 指標名, 単位, 基準値（元年度）, 4年度実績, 5年度目標, 5年度実績, 7年度目標（最終）)
KAMAGAYA_SEIKA = [
    ("①", "ファイターズ鎌ケ谷スタジアムの入場者数", "千人", 86.4, 61.2, 75.0, 78.9, 90.0),
    ("②", "鎌ケ谷市民まつりの来場者数", "千人", 128.0, 104.5, "前年度実績以上", 121.3, 130.0),
    ("③", "スタンプラリー参加者に占める市外在住者の割合", "％", "―", 38.2, 40.0, 43.5, 45.0),
]


def build_kamagaya():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    widths(ws, {"A": 4.5, "B": 33, "C": 6, "D": 10, "E": 9.5, "F": 11, "G": 9.5, "H": 11})
    merge(
        ws,
        "A1:H1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年9月　鎌ケ谷市", h="right")
    rows = [
        ("事業名", "「ファイターズタウン鎌ケ谷」連携によるまちのにぎわい創出事業"),
        ("所管課", "市民生活部　商工振興課"),
        ("会計区分", "一般会計　商工費"),
        ("決算額", "令和5年度　6,420千円（うち一般財源　6,420千円）"),
        ("関連計画", "鎌ケ谷市総合基本計画　前期基本計画"),
        (
            "事業の内容",
            "本市は千葉県の北西部に位置し、面積は21.08km²。昭和46年（1971年）9月1日に市制を施行した。市内を鉄道4路線が通り、江戸末期から続く梨の産地としても知られる。"
            "平成9年（1997年）に開設されたファイターズ鎌ケ谷スタジアムは北海道日本ハムファイターズのファーム本拠地で、2,400人収容の観客席を備え、"
            "イースタン・リーグ公式戦など年間約70試合が開催される。本事業では、球団と連携して市民招待デーを開催するほか、安永5年（1776年）に造られた"
            "高さ1.8mの鎌ケ谷大仏や梨の直売所を巡るスタンプラリーを実施し、毎年10月の鎌ケ谷市民まつりでも球団と共同でPRを行う。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "H"), {"事業の内容": 92})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (("A", "No."), ("B", "項目"), ("C", "単位")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"D{r}:E{r}", "3年度", bold=True, box=True, shade=SHADE, h="center")
    put(ws, f"F{r}", "4年度", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"G{r}:H{r}", "5年度", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for label, name, unit, v3, v4, v5 in KAMAGAYA_JISSEKI:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        merge(ws, f"D{r}:E{r}", v3, box=True, h="center" if isinstance(v3, str) else "right")
        put(ws, f"F{r}", v4, box=True, h="right")
        merge(ws, f"G{r}:H{r}", v5, box=True, h="right")
        ws.row_dimensions[r].height = 26
        r += 1
    r = notes(
        ws,
        r,
        [
            "※　アの令和3年度は、新型コロナウイルス感染症の感染拡大防止のため、市民招待デーを中止した。"
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFGH",
        [
            "No.",
            "指標名",
            "単位",
            "基準値\n（元年度）",
            "4年度実績",
            "5年度目標",
            "5年度実績",
            "7年度目標\n（最終）",
        ],
        strict=True,
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for label, name, unit, *vals in KAMAGAYA_SEIKA:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGH", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 28
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　①は、イースタン・リーグのシーズンごとの値のため、暦年（1月～12月）で集計している。",
            "※2　②の5年度目標は、3年ぶりに通常開催した前年度の来場者数を上回ることとした。",
            "※3　③は令和4年度から参加者の住所を集計しているため、基準値はない。",
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "（３）決算の内訳（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    money = [
        ("区分", "報償費", "委託料", "負担金", "合計"),
        ("令和5年度", 480, 3860, 2080, 6420),
    ]
    for i, line in enumerate(money):
        kw = {"bold": i == 0, "box": True, "shade": SHADE if i == 0 else None}
        merge(ws, f"A{r}:B{r}", line[0], h="center", **kw)
        for rng, v in zip(
            ("C{r}:D{r}", "E{r}:F{r}", "G{r}:G{r}", "H{r}:H{r}"), line[1:], strict=True
        ):
            merge(ws, rng.format(r=r), v, h="center" if i == 0 else "right", **kw)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（４）評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            (
                "今後の方向性",
                "拡充（スタジアムの入場者数は5年度目標を上回り、スタンプラリーの参加者も2,135人に増えた。6年度は梨の収穫期に合わせた周遊企画を加える。）",
            ),
        ],
        ("A", "B"),
        ("C", "H"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, SRC / "kamagaya_fighters_shuyo_seika_r5.xlsx")


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(SRC / f"{name}.xlsx"),
                ],
                check=True,
                capture_output=True,
            )
            shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    build_shimotsuma()
    build_inagi()
    build_zushi()
    build_kamagaya()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
