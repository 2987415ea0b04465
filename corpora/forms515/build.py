"""Build forms515: four KPI documents of 長生村, 立科町, 笠間市 and 深谷市.

Writes `chosei_hitotsumatsu_jimujigyo_r6.xlsx` (the workbook is the document), `tateshina_sogo5_koki_seika_r5.html`
and the XLSX sources `source/kasama_tougei_kofukin_kensho_r5.xlsx` and `source/fukaya_shibusawa_shuyo_seika_r6.xlsx`,
which LibreOffice turns into the PDFs of the same names.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = (2025, 7, 18, 9, 0, 0)
STAMP_ISO = b"2025-07-18T09:00:00Z"
PDFS = ["kasama_tougei_kofukin_kensho_r5", "fukaya_shibusawa_shuyo_seika_r6"]


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
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms515"
    wb.properties.lastModifiedBy = "forms515"
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


def page(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def form_rows(ws, r, rows, key_rng, val_rng, tall, tall_height):
    """Key-value rows: key in columns key_rng (e.g. "A:C"), value in val_rng (e.g. "D:O")."""
    k0, k1 = key_rng.split(":")
    v0, v1 = val_rng.split(":")
    for key, val in rows:
        if k0 == k1:
            put(ws, f"{k0}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{k0}{r}:{k1}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{v0}{r}:{v1}{r}", val, box=True)
        ws.row_dimensions[r].height = tall_height if key == tall else 18
        r += 1
    return r


def value_cell(ws, ref, v, shade=None):
    plain = isinstance(v, (int, float)) or (
        isinstance(v, str) and (v.startswith("累計") or "（速報値）" in v)
    )
    put(ws, ref, v, box=True, h="right" if plain else "center", shade=shade)


# ---------------------------------------------------------------- 長生村 (XLSX document)
# Two grids side by side: 活動指標 in A–G, 成果指標 in I–O; heads with era-less years.
CHOSEI_HEAD = ["No.", "指標名", "単位", "5年度実績", "6年度目標", "6年度実績", "7年度目標"]
CHOSEI_ACTIVITY = [
    (1, "ライフセーバーの配置日数", "日", 38, 40, 40, 40),
    (2, "観光地曳き網の実施回数", "回", 8, 10, 7, 10),
]
CHOSEI_OUTCOME = [
    (3, "一松海水浴場の入込客数", "千人", 42.6, 45.0, 38.9, 48.0),
    (4, "観光地曳き網の参加者数", "人", 1240, 1300, 1085, 1400),
    (5, "海岸清掃・ハマヒルガオ群生地保全活動の参加者数", "人", "―", 350, 372, 400),
]


def chosei_grid(ws, r, cols, title, rows, nrows):
    merge(ws, f"{cols[0]}{r}:{cols[-1]}{r}", title, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip(cols, CHOSEI_HEAD, strict=True):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=LIGHT, h="center")
    for i in range(nrows):
        rr = r + 2 + i
        if i < len(rows):
            no, name, unit, *vals = rows[i]
            put(ws, f"{cols[0]}{rr}", no, box=True, h="center")
            put(ws, f"{cols[1]}{rr}", name, box=True)
            put(ws, f"{cols[2]}{rr}", unit, box=True, h="center")
            for col, v in zip(cols[3:], vals, strict=True):
                value_cell(ws, f"{col}{rr}", v)
        else:
            for col in cols:
                put(ws, f"{col}{rr}", None, box=True)


def build_chosei():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 4.5,
            "B": 22,
            "C": 5,
            "D": 8.5,
            "E": 8.5,
            "F": 8.5,
            "G": 8.5,
            "H": 1.5,
            "I": 4.5,
            "J": 24,
            "K": 5,
            "L": 8.5,
            "M": 8.5,
            "N": 8.5,
            "O": 8.5,
        },
    )
    merge(
        ws,
        "A1:O1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "作成日　令和7年7月18日　長生村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "一松海水浴場運営・海岸にぎわい創出事業"),
        ("担当課", "産業課　商工観光係"),
        ("関連計画", "長生村総合計画　後期基本計画（施策：観光・交流の振興）"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（6年度決算）", "7,240千円（うち一般財源　5,830千円）"),
        (
            "事業の概要",
            "九十九里浜の南端部に位置する一松海岸に、約200mにわたり整備された一松海水浴場を開設し、ライフセーバーを配置して遊泳者の安全を確保するとともに、"
            "開設期間中は観光地曳き網を無料で実施する。あわせて、村の花ハマヒルガオの群生地の保全と海岸清掃を行う。"
            "本村は昭和28年（1953年）11月3日に高根村・一松村・八積村の3村が合併して誕生した千葉県唯一の村で、面積は28.25km²、人口は13,078人（2024年10月1日推計）。"
            "千葉市から約30km、都心から60～70km圏にある。",
        ),
    ]
    r = form_rows(ws, 5, rows, "A:C", "D:O", "事業の概要", 46)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    chosei_grid(ws, r, "ABCDEFG", "活動指標", CHOSEI_ACTIVITY, 3)
    chosei_grid(ws, r, "IJKLMNO", "成果指標", CHOSEI_OUTCOME, 3)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 20
    for i in range(3):
        ws.row_dimensions[r + 2 + i].height = 30
    r += 5
    notes = [
        "※1　No.2の6年度実績は、8月の台風接近に伴う高波のため3回を中止した。",
        "※2　No.3は海水浴場の開設期間中の入込客数（監視所による推計）。",
        "※3　No.5は6年度から実施しているため、5年度実績は「―」としている。",
    ]
    for text in notes:
        merge(ws, f"A{r}:O{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    rows = [
        ("有効性", "B（概ね効果があった）"),
        (
            "今後の方向性",
            "継続（監視体制を維持しつつ、ハマヒルガオの開花期に合わせた海岸清掃への参加を呼びかけ、参加者の拡大を図る。）",
        ),
    ]
    form_rows(ws, r, rows, "A:C", "D:O", "今後の方向性", 30)
    page(ws, landscape=True)
    save(wb, HERE / "chosei_hitotsumatsu_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 笠間市 (XLSX source of the PDF)
# Two 交付対象事業 panels side by side: 事業1 in A–G, 事業2 in I–O.
KASAMA_HEAD = ["KPI", "単位", "事業開始前（R3.3末）", "R4実績", "R5目標", "R5実績", "達成状況"]
KASAMA_1 = [
    ("①　笠間焼のオンライン販売額", "千円", 8420, 14860, 18000, 21350, "達成"),
    ("②　笠間焼の新規就業者数", "人", "―", "累計6", "累計10", "累計11", "達成"),
    ("③　陶芸体験の参加者数", "人", 18240, 24510, 30000, 28760, "未達成"),
]
KASAMA_2 = [
    ("④　笠間の陶炎祭の来場者数", "千人", "中止", 386.0, 500.0, 452.3, "未達成"),
    ("⑤　市内周遊スタンプラリーの参加者数", "人", 1860, 3240, 3500, 3910, "達成"),
]


def kasama_panel(ws, r, cols, band, rows, nrows):
    merge(ws, f"{cols[0]}{r}:{cols[-1]}{r}", band, bold=True, box=True, shade=SHADE)
    for col, text in zip(cols, KASAMA_HEAD, strict=True):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=LIGHT, h="center")
    for i in range(nrows):
        rr = r + 2 + i
        if i < len(rows):
            name, unit, *vals, status = rows[i]
            put(ws, f"{cols[0]}{rr}", name, box=True)
            put(ws, f"{cols[1]}{rr}", unit, box=True, h="center")
            for col, v in zip(cols[2:6], vals, strict=True):
                value_cell(ws, f"{col}{rr}", v, shade=LIGHT if col == cols[4] else None)
            put(ws, f"{cols[6]}{rr}", status, box=True, h="center")
        else:
            for col in cols:
                put(ws, f"{col}{rr}", None, box=True)


def build_kasama():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {
            "A": 25,
            "B": 5.5,
            "C": 10,
            "D": 8,
            "E": 8,
            "F": 8,
            "G": 7,
            "H": 1.5,
            "I": 25,
            "J": 5.5,
            "K": 10,
            "L": 8,
            "M": 8,
            "N": 8,
            "O": 7,
        },
    )
    merge(
        ws,
        "A1:O1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "令和6年8月　笠間市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("地域再生計画の名称", "「陶芸と芸術のまち笠間」観光交流推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        (
            "交付対象事業費（R5）",
            "22,400千円（事業1：12,600千円／事業2：9,800千円）　うち交付金　11,200千円",
        ),
        ("担当課", "産業経済部　観光課"),
        (
            "市の概要",
            "茨城県の中央部に位置し、平成18年（2006年）3月19日に笠間市・友部町・岩間町の1市2町が新設合併して誕生した。面積は240.40km²、"
            "人口は72,668人（2021年9月1日現在）。日本三大稲荷に数えられる笠間稲荷神社の門前町、笠間城の城下町として栄え、江戸時代中期に始まる笠間焼の産地には"
            "約300人の陶芸家が暮らす。昭和57年（1982年）に始まった「笠間の陶炎祭（ひまつり）」には、例年約50万人が訪れる。",
        ),
    ]
    r = form_rows(ws, 5, rows, "A:A", "B:O", "市の概要", 44)
    r += 1
    put(
        ws, f"A{r}", "２　交付対象事業ごとの重要業績評価指標（KPI）", size=11, bold=True, wrap=False
    )
    r += 1
    kasama_panel(ws, r, "ABCDEFG", "事業1　「笠間焼」産地ブランド発信事業", KASAMA_1, 3)
    kasama_panel(ws, r, "IJKLMNO", "事業2　「笠間の陶炎祭」を核とした周遊観光推進事業", KASAMA_2, 3)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 28
    for i in range(3):
        ws.row_dimensions[r + 2 + i].height = 22
    r += 5
    notes = [
        "※1　事業開始前（R3.3末）は、令和3年3月末時点で把握していた令和2年度の値。",
        "※2　④の事業開始前は、令和2年の第39回笠間の陶炎祭が新型コロナウイルス感染症の影響により中止となったため「中止」とした。"
        "R4実績は、入場料を初めて徴収した令和4年の来場者数。",
        "※3　②は令和3年度からの累計（事業開始前は制度がなかったため「―」）。",
        "※4　達成状況は、R5目標とR5実績を比較したもの。",
    ]
    for text in notes:
        merge(ws, f"A{r}:O{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:O{r}",
        "地方創生に相当程度効果があった。オンライン販売と周遊スタンプラリーは目標を上回った一方、陶炎祭の来場者数は入場料の導入後、"
        "コロナ禍前の水準（約50万人）に届いていない。交付金終了後も窯元・作家と連携し、陶芸体験の受入れ体制を強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 32
    page(ws, landscape=True)
    save(wb, SRC / "kasama_tougei_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 深谷市 (XLSX source of the PDF)
FUKAYA_INDICATORS = [
    # (No., 成果指標, 単位, 基準値（R元）, R4実績, R5実績, R6目標, R6実績, 前年度比, 目標値（R9）)
    (1, "渋沢栄一記念館の入館者数", "人", 48210, 62380, 70150, 80000, 96420, "137.4%", 90000),
    (2, "旧渋沢邸「中の家」の来館者数", "人", 62540, 88460, "休館", 120000, 158730, "―", 130000),
    (
        3,
        "市内の観光入込客数",
        "万人",
        312.6,
        298.4,
        341.7,
        360.0,
        "372.5（速報値）",
        "109.0%",
        380.0,
    ),
    (
        4,
        "観光客アンケートで「満足」と答えた人の割合",
        "％",
        78.4,
        80.2,
        81.5,
        85.0,
        84.1,
        "+2.6pt",
        88.0,
    ),
]


def build_fukaya():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    widths(
        ws,
        {"A": 5, "B": 30, "C": 6, "D": 9.5, "E": 9, "F": 9, "G": 9, "H": 12, "I": 8, "J": 9.5},
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和7年9月　深谷市", h="right")
    rows = [
        ("事業名", "渋沢栄一翁ゆかりの地観光推進事業"),
        ("所管課", "産業振興部　観光振興課"),
        ("関連計画", "第2次深谷市総合計画　後期基本計画（令和5年度～令和9年度）"),
        ("決算額", "令和6年度　86,420千円（うち一般財源　61,300千円）"),
        (
            "事業の内容",
            "天保11年（1840年）に血洗島で生まれた渋沢栄一翁のゆかりの地として、渋沢栄一記念館や、栄一翁が23歳まで過ごした旧渋沢邸「中の家」"
            "（主屋は明治28年（1895年）上棟）を活用し、観光案内所の運営と周遊観光の情報発信を行った。令和6年（2024年）7月3日には栄一翁を肖像とする"
            "新一万円札が発行され、記念事業を実施した。本市は平成18年（2006年）1月1日に深谷市・岡部町・川本町・花園町が合併して誕生し、面積は138.37km²。"
            "深谷ねぎの産地で、東京駅を模した深谷駅舎（平成8年竣工）が市の玄関口となっている。",
        ),
    ]
    r = form_rows(ws, 4, rows, "A:C", "D:J", "事業の内容", 76)
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    top, sub = r, r + 1
    for col, text in zip(
        "ABCDEF", ["No.", "成果指標", "単位", "基準値（R元）", "R4実績", "R5実績"], strict=True
    ):
        merge(ws, f"{col}{top}:{col}{sub}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"G{top}:I{top}", "R6年度", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("GHI", ["目標", "実績", "前年度比"], strict=True):
        put(ws, f"{col}{sub}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"J{top}:J{sub}", "目標値（R9）", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[sub].height = 18
    r = sub + 1
    for no, name, unit, *vals in FUKAYA_INDICATORS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            value_cell(ws, f"{col}{r}", v, shade=LIGHT if col == "I" else None)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　No.2の令和5年度は、主屋の改修工事のため休館した。",
        "※2　No.3の令和6年度実績は速報値（埼玉県観光入込客統計調査の確定前の値）。",
        "※3　前年度比は、令和6年度実績を令和5年度実績で割ったもの。割合の指標（No.4）は差（ポイント）を示す。",
    ]
    for text in notes:
        merge(ws, f"A{r}:J{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "■今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "新一万円札の発行を機に高まった関心を持続させるため、ふかや花園プレミアム・アウトレット（2022年度開業）などの集客施設と連携し、"
        "記念館と「中の家」を結ぶ周遊観光を進める。来訪者の満足度向上に向け、案内表示と休憩施設の充実を図る。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "fukaya_shibusawa_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 立科町 (HTML document)
TATESHINA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次立科町総合計画　後期基本計画　成果指標の達成状況（令和５年度） | 立科町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyoseijoho/">行政情報</a></li>
<li><a href="/gyoseijoho/seisaku_keikaku/">政策・計画</a></li>
<li>第5次立科町総合計画　後期基本計画　成果指標の達成状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第5次立科町総合計画　後期基本計画　成果指標の達成状況（令和５年度）</h1>
<p class="date">更新日：2024年10月11日　担当：企画課</p>
<p>立科町は長野県の東部、北佐久郡の西端に位置し、東西9.9km、南北26.4km、面積66.87km²の南北に細長い町です。最も狭い所の幅はわずか53.3mで、その「くびれ」を境に、北部の里エリアでは稲作を中心にりんご・野菜・蓼科牛などの農業が営まれ、南部の高原エリアには蓼科山（標高2,531m）の北西に女神湖・白樺湖・蓼科牧場が広がります。</p>
<p>昭和30年（1955年）に芦田・横鳥・三都和の3村が合併して立科村となり、昭和33年（1958年）に町制を施行しました。中山道の芦田宿の本陣や笠取峠の松並木が残り、人口は6,197人（2024年10月1日推計）です。</p>
<dl>
<dt>計画の名称</dt><dd>第5次立科町総合計画　後期基本計画</dd>
<dt>将来像</dt><dd>人と自然が輝く町</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
</dl>
<p>後期基本計画では、成果指標ごとに中間目標（令和4年度）と最終年度の目標値（令和6年度）を定めています。令和5年度の実績は、令和6年9月末までに確定した値です。</p>
<h2>基本目標2　自然と資源を生かし、にぎわいと活力を生むまち</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（H30年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">中間目標<br>（令和4年度）</th><th scope="col" rowspan="2">目標値<br>（令和6年度）</th><th scope="col" rowspan="2">担当課</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">2-1　農業の振興</th><td>1</td><td>りんごの栽培面積</td><td>ha</td><td>148.0</td><td>145.2</td><td>143.6</td><td>141.9</td><td>150.0</td><td>150.0</td><td>農林課</td></tr>
<tr><td>2</td><td>新規就農者数（累計）</td><td>人</td><td>3</td><td>5</td><td>8</td><td>10</td><td>8</td><td>12</td><td>農林課</td></tr>
<tr><th scope="rowgroup" rowspan="2">2-2　観光の振興</th><td>3</td><td>白樺高原エリアの観光地利用者数</td><td>万人</td><td>118.4</td><td>86.2</td><td>104.7</td><td>112.3</td><td>110.0</td><td>125.0</td><td>商工観光課</td></tr>
<tr><td>4</td><td>町内宿泊施設の延べ宿泊者数</td><td>千人</td><td>212.5</td><td>148.3</td><td>176.9</td><td>190.4</td><td>180.0</td><td>220.0</td><td>商工観光課</td></tr>
<tr><th scope="rowgroup">2-3　移住・定住の促進</th><td>5</td><td>空き家バンクの登録物件数</td><td>件</td><td>12</td><td>18</td><td>21</td><td>15</td><td>20</td><td>25</td><td>企画課</td></tr>
</tbody>
</table>
<p class="note">※1　基準値は、後期基本計画の策定時に把握していた平成30年度の値です。</p>
<p class="note">※2　No.5は、各年度4月1日現在の登録物件数です（基準値・中間目標・目標値も同じ）。</p>
<h2>今後の取組</h2>
<p>後期基本計画は令和6年度で終了し、令和7年度からは第6次立科町総合計画（令和7年度～16年度）の前期基本計画に引き継ぎます。りんごの担い手確保と、白樺高原エリアの通年型観光の推進を引き続き重点とします。</p>
</main>
<footer><p>立科町役場　企画課</p></footer>
</body>
</html>
"""


def build_tateshina():
    (HERE / "tateshina_sogo5_koki_seika_r5.html").write_text(TATESHINA, encoding="utf-8")


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
    build_chosei()
    build_kasama()
    build_fukaya()
    build_tateshina()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
