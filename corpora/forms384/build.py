"""Build forms384: four KPI documents of 箕輪町, 東員町, 湯浅町 and 松崎町.

Writes source/minowa_jimujigyo_hyoka_r5.xlsx, source/yuasa_koki_seika_h28.xlsx and
source/matsuzaki_kofukin_kensho_r6.xlsx (openpyxl) and turns them into one-page A4 PDFs with
LibreOffice; writes toin_kouka_kensho_h28.html directly. XLSX and HTML are byte-stable.
Run: /work/venv/bin/python build.py [--no-pdf]
"""
# ruff: noqa: E501, B905

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FIXED = datetime(2024, 11, 1, 9, 0, 0)
STAMP = (2024, 11, 1, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
PALE = PatternFill("solid", fgColor="F2F2F2")


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    fill=None,
    h="left",
    v="center",
    wrap=True,
    border=True,
    fmt=None,
):
    """Write one cell with font, alignment, optional fill, border and number format."""
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill is not None:
        c.fill = fill
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt


def box(ws, rng, value, **kw):
    """Merge a range, write its first cell and border (and fill) every cell of it."""
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], value, **kw)
    for row in ws[rng]:
        for c in row:
            if kw.get("border", True):
                c.border = BOX
            if kw.get("fill") is not None:
                c.fill = kw["fill"]


def num(ws, ref, value, fill=None):
    """A value cell: numbers right-aligned with a thousands separator, text centred."""
    if isinstance(value, (int, float)):
        fmt = "#,##0" if isinstance(value, int) else "0.0"
        put(ws, ref, value, h="right", fill=fill, fmt=fmt)
    else:
        put(ws, ref, value, h="center", fill=fill)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def page_setup(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save_stable(wb, path):
    """Save a workbook with fixed timestamps so that two builds give the same bytes."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms384"
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            if name == "docProps/core.xml":
                for tag in (rb"modified", rb"created"):
                    data = re.sub(
                        rb"<dcterms:" + tag + rb"([^>]*)>[^<]*<",
                        rb"<dcterms:" + tag + rb"\1>2024-11-01T09:00:00Z<",
                        data,
                    )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


def form_rows(ws, start, fields, label_rng, value_rng):
    """Key-value form fields, one a row: label merged over label_rng columns, value over value_rng."""
    r = start
    for label, value, height in fields:
        box(ws, f"{label_rng[0]}{r}:{label_rng[1]}{r}", label, fill=PALE, bold=True)
        box(ws, f"{value_rng[0]}{r}:{value_rng[1]}{r}", value)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 箕輪町 (PDF, portrait)


def build_minowa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 7, "B": 30, "C": 6, "D": 6, "E": 10, "F": 13, "G": 10, "H": 10, "I": 11})
    box(ws, "A1:I1", "令和５年度　事務事業評価シート", size=14, bold=True, h="center", border=False)
    ws.row_dimensions[1].height = 26
    box(ws, "F2:I2", "令和6年11月　箕輪町", h="right", border=False)
    put(ws, "A4", "１　事業の概要", size=11, bold=True, border=False, wrap=False)
    fields = [
        ("事務事業名", "みのわテラス活用推進事業", 18),
        ("担当課", "産業振興課", 18),
        (
            "上位計画",
            "箕輪町第5次振興計画（平成28年度～令和7年度）　基本目標３　産業の未来を考える",
            18,
        ),
        ("事業期間", "令和3年度～令和7年度", 18),
        (
            "事業の概要",
            "旧「にこりこ」一帯の施設を住民会議での検討を経て改修し、令和3年4月に「みのわテラス」としてオープンした。"
            "町（面積85.91km²、人口24,481人：令和6年10月1日推計）の農業と観光の拠点として、直売所への出荷農家を増やし、"
            "赤そばの里など町内の観光地と結ぶ周遊を進める。",
            44,
        ),
        ("事業費（R5決算）", "6,240千円（うち一般財源 3,120千円）", 18),
    ]
    r = form_rows(ws, 5, fields, ("A", "B"), ("C", "I"))
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, border=False, wrap=False)
    r += 1
    head = ["指標区分", "指標名", "単位", "区分", "R3", "R4", "R5", "R6", "R7（最終）"]
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}{r}", text, bold=True, fill=GREY, h="center")
    ws.row_dimensions[r].height = 20
    rows = [
        (
            "活動指標",
            "ア　マルシェ・体験イベント開催回数",
            "回",
            [12, 12, 15, 15, 18],
            [9, "14（うち屋内開催3回）", 16],
        ),
        ("活動指標", "イ　直売所への出荷登録農家数", "戸", ["―", 45, 50, 55, 60], [38, 47, 49]),
        ("成果指標", "ウ　みのわテラス来場者数", "千人", [80, 90, 100, 110, 120], [62, 95, 97]),
        (
            "成果指標",
            "エ　直売所の農産物販売額",
            "千円",
            [60000, 65000, 70000, 75000, 80000],
            [41200, 63800, 71350],
        ),
    ]
    top = r + 1
    for i, (kind, name, unit, targets, actuals) in enumerate(rows):
        a = top + 2 * i
        b = a + 1
        if i % 2 == 0:
            box(ws, f"A{a}:A{a + 3}", kind, h="center", bold=True)
        box(ws, f"B{a}:B{b}", name)
        box(ws, f"C{a}:C{b}", unit, h="center")
        put(ws, f"D{a}", "目標", h="center")
        put(ws, f"D{b}", "実績", h="center")
        for col, value in zip("EFGHI", targets):
            num(ws, f"{col}{a}", value)
        for j, col in enumerate("EFGHI"):
            if j < len(actuals):
                num(ws, f"{col}{b}", actuals[j])
            else:
                put(ws, f"{col}{b}", None, fill=GREY)
        ws.row_dimensions[a].height = 18
        long_text = any(isinstance(x, str) and len(x) > 4 for x in actuals)
        ws.row_dimensions[b].height = 30 if long_text else 18
    r = top + 8
    notes = [
        "※網掛けの欄は評価時点で到来していない年度（実績なし）。R7（最終）は振興計画の最終年度の目標。",
        "※アのR4実績の（　）内は14回のうち屋内で開催した回数（内数）。イはR4から目標を設定した（R3は目標なし）。",
    ]
    for note in notes:
        box(ws, f"A{r}:I{r}", note, border=False, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, border=False, wrap=False)
    r += 1
    box(ws, f"A{r}:B{r}", "担当課の評価", fill=PALE, bold=True)
    box(
        ws,
        f"C{r}:I{r}",
        "B　おおむね順調（来場者数は目標に届かなかったが、販売額は目標を上回った）",
    )
    ws.row_dimensions[r].height = 18
    r += 1
    box(ws, f"A{r}:B{r}", "今後の方向性", fill=PALE, bold=True)
    box(ws, f"C{r}:I{r}", "現状維持（出荷農家の確保と冬期の誘客に重点を置く）")
    ws.row_dimensions[r].height = 18
    page_setup(ws, landscape=False)
    path = SRC / "minowa_jimujigyo_hyoka_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 湯浅町 (PDF, portrait)


def build_yuasa():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(ws, {"A": 5, "B": 13, "C": 30, "D": 7, "E": 11, "F": 11, "G": 11, "H": 22})
    box(
        ws,
        "A1:H1",
        "第３次湯浅町長期総合計画（後期計画）　成果指標の状況（平成２８年度）",
        size=13,
        bold=True,
        h="center",
        border=False,
    )
    ws.row_dimensions[1].height = 26
    box(ws, "E2:H2", "平成29年7月　湯浅町 企画課", h="right", border=False)
    fields = [
        ("計画の名称", "第3次湯浅町長期総合計画（後期計画）", 18),
        ("計画期間", "平成25年度～平成29年度（5年間）", 18),
        ("担当課", "企画課", 18),
        (
            "町の概要",
            "本町は面積20.80km²、紀伊半島西部の湯浅湾の奥に位置する。醤油発祥の地とされ、醸造業で栄えた北町・鍛冶町・中町・濱町一帯の"
            "古い町並みは重要伝統的建造物群保存地区に選定されている。有田みかんの産地でもあり、田村地区の「田村みかん」が知られる。",
            44,
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "H"))
    r += 1
    put(ws, f"A{r}", "１　成果指標と目標値", size=11, bold=True, border=False, wrap=False)
    r += 1
    head = [
        "No.",
        "施策",
        "成果指標",
        "単位",
        "基準値（H23）",
        "中間目標（H27）",
        "目標値（H29）",
        "備考",
    ]
    for col, text in zip("ABCDEFGH", head):
        put(ws, f"{col}{r}", text, bold=True, fill=GREY, h="center")
    ws.row_dimensions[r].height = 20
    t1 = [
        (1, "観光の振興", "観光入込客数", "千人", 285, 310, 330, "暦年（1月～12月）で集計"),
        (2, "観光の振興", "伝建地区内の空き家を活用した店舗数", "店舗", 4, 8, 12, None),
        (3, "農業の振興", "柑橘類の出荷量（田村みかん等）", "t", 8400, 8600, 8800, None),
        (4, "子育て支援の充実", "放課後児童クラブの登録児童数", "人", 62, 80, 90, None),
        (5, "防災・減災の推進", "自主防災組織の組織率", "％", 78.5, 85.0, 100.0, None),
    ]
    top = r + 1
    for i, (no, shisaku, name, unit, base, mid, goal, note) in enumerate(t1):
        rr = top + i
        put(ws, f"A{rr}", no, h="center")
        if no == 1:
            box(ws, f"B{rr}:B{rr + 1}", shisaku)
        elif no != 2:
            put(ws, f"B{rr}", shisaku)
        put(ws, f"C{rr}", name)
        put(ws, f"D{rr}", unit, h="center")
        num(ws, f"E{rr}", base)
        num(ws, f"F{rr}", mid)
        num(ws, f"G{rr}", goal)
        put(ws, f"H{rr}", note, size=8)
        ws.row_dimensions[rr].height = 18
    r = top + len(t1) + 1
    put(ws, f"A{r}", "２　成果指標の実績（年度別）", size=11, bold=True, border=False, wrap=False)
    r += 1
    box(ws, f"A{r}:H{r}", "※成果指標の名称・単位は表１の同じNo.による。", border=False, size=8)
    r += 1
    put(ws, f"A{r}", "No.", bold=True, fill=GREY, h="center")
    put(ws, f"B{r}", "H25", bold=True, fill=GREY, h="center")
    put(ws, f"C{r}", "H26", bold=True, fill=GREY, h="center")
    box(ws, f"D{r}:E{r}", "H27", bold=True, fill=GREY, h="center")
    put(ws, f"F{r}", "H28", bold=True, fill=GREY, h="center")
    box(ws, f"G{r}:H{r}", "備考", bold=True, fill=GREY, h="center")
    ws.row_dimensions[r].height = 20
    t2 = [
        (1, 298, 305, 312, 324, None),
        (2, 5, 7, 8, 10, None),
        (3, 8120, 8560, 7940, None, "H28は県の統計の公表（H29.10）後に記入"),
        (4, 70, 78, 85, 93, None),
        (5, 80.2, 84.6, 88.1, 91.7, None),
    ]
    for i, (no, h25, h26, h27, h28, note) in enumerate(t2):
        rr = r + 1 + i
        put(ws, f"A{rr}", no, h="center")
        num(ws, f"B{rr}", h25)
        num(ws, f"C{rr}", h26)
        ws.merge_cells(f"D{rr}:E{rr}")
        num(ws, f"D{rr}", h27)
        ws[f"E{rr}"].border = BOX
        if h28 is None:
            put(ws, f"F{rr}", None)
        else:
            num(ws, f"F{rr}", h28)
        box(ws, f"G{rr}:H{rr}", note, size=8)
        ws.row_dimensions[rr].height = 18
    page_setup(ws, landscape=False)
    path = SRC / "yuasa_koki_seika_h28.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 松崎町 (PDF, landscape)


def build_matsuzaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {
            "A": 7,
            "B": 30,
            "C": 6,
            "D": 12,
            "E": 9,
            "F": 9,
            "G": 9,
            "H": 9,
            "I": 9,
            "J": 9,
            "K": 6,
            "L": 26,
        },
    )
    box(
        ws,
        "A1:L1",
        "令和６年度　デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート",
        size=13,
        bold=True,
        h="center",
        border=False,
    )
    ws.row_dimensions[1].height = 26
    box(ws, "H2:L2", "令和7年3月　松崎町 企画観光課", h="right", border=False)
    fields = [
        ("地域再生計画の名称", "「花とロマンの里」桜葉と棚田を活かした交流人口拡大計画", 18),
        ("事業実施期間", "令和4年4月1日～令和7年3月31日（3か年）", 18),
        ("担当課", "企画観光課", 18),
        (
            "町の概要",
            "伊豆半島の南西部に位置し、面積85.11km²、人口5,422人（2024年5月1日推計）。桜餅に使われる塩漬けの桜葉は全国の約7割を生産し、"
            "駿河湾越しに富士山を望む石部の棚田となまこ壁の町並みとともに、2013年に「日本で最も美しい村」連合への加盟が認められた。",
            32,
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "L"))
    r += 1
    put(
        ws,
        f"A{r}",
        "■重要業績評価指標（KPI）の達成状況",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    box(
        ws,
        f"G{r}:L{r}",
        "評価　○：目標値を達成　×：目標値に届かず（令和6年度の目標値と実績値で判定）",
        border=False,
        size=8,
        h="right",
    )
    r += 1
    a, b = r, r + 1
    box(ws, f"A{a}:B{b}", "ＫＰＩ", bold=True, fill=GREY, h="center")
    box(ws, f"C{a}:C{b}", "単位", bold=True, fill=GREY, h="center")
    box(ws, f"D{a}:D{b}", "事業開始前\n（R4.3末）", bold=True, fill=GREY, h="center")
    for cols, year in (("EF", "令和4年度"), ("GH", "令和5年度"), ("IJ", "令和6年度")):
        box(ws, f"{cols[0]}{a}:{cols[1]}{a}", year, bold=True, fill=GREY, h="center")
        put(ws, f"{cols[0]}{b}", "目標", bold=True, fill=GREY, h="center")
        put(ws, f"{cols[1]}{b}", "実績", bold=True, fill=GREY, h="center")
    box(ws, f"K{a}:K{b}", "評価", bold=True, fill=GREY, h="center")
    box(ws, f"L{a}:L{b}", "備考", bold=True, fill=GREY, h="center")
    ws.row_dimensions[b].height = 18
    rows = [
        (
            "KPI①",
            "石部の棚田オーナー制度の参加組数",
            "組",
            120,
            [130, 134, 140, 142, 150, 151],
            "○",
            None,
        ),
        (
            "KPI②",
            "桜葉加工品の町外向け販売額",
            "千円",
            18500,
            [20000, 19240, 22000, 23610, 24000, 25480],
            "○",
            "R6実績は令和7年2月末時点の見込値",
        ),
        (
            "KPI③",
            "観光交流拠点の年間利用者数",
            "人",
            8200,
            [9000, 9350, 10000, 10120, 11000, 10640],
            "×",
            None,
        ),
        (
            "KPI④",
            "移住相談窓口を経た移住者数",
            "人",
            0,
            [5, 4, 5, 6, 5, 7],
            "○",
            "各年度の単年度の人数",
        ),
        (
            "KPI⑤",
            "体験型観光プログラムの参加者数",
            "人",
            1050,
            [1200, "―", 1300, 1260, 1400, 1380],
            "×",
            "R4は台風による施設被災のためプログラムを休止",
        ),
    ]
    for i, (label, name, unit, base, vals, mark, note) in enumerate(rows):
        rr = b + 1 + i
        put(ws, f"A{rr}", label, h="center")
        put(ws, f"B{rr}", name)
        put(ws, f"C{rr}", unit, h="center")
        num(ws, f"D{rr}", base)
        for col, value in zip("EFGHIJ", vals):
            num(ws, f"{col}{rr}", value)
        put(ws, f"K{rr}", mark, h="center")
        put(ws, f"L{rr}", note, size=8)
        ws.row_dimensions[rr].height = 24
    r = b + len(rows) + 2
    box(
        ws,
        f"A{r}:L{r}",
        "※交付対象事業費（3か年計）42,600千円のうち交付金 21,300千円。外部有識者会議（令和7年2月20日、委員7名）で検証した。",
        border=False,
        size=8,
    )
    page_setup(ws, landscape=True)
    path = SRC / "matsuzaki_kofukin_kensho_r6.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 東員町 (HTML)

TOIN_ROWS = [
    (
        "1-1",
        "未婚・晩婚化対策",
        [
            ("婚姻届出数（年間）", "106件（26年度）", "110", "98", "120件", "町民課"),
            ("出会いの場イベント参加者数", "24人（27年度）", "40", "52", "100人", "政策課"),
        ],
    ),
    (
        "1-2",
        "出産子育て不安の解消",
        [
            ("マタニティ教室の参加率", "21.2%（27年度）", "25.0", "23.6", "30%", "健康づくり課"),
            ("子育て総合支援相談所の相談件数", "―", "150", "188", "300件", "子ども家庭課"),
        ],
    ),
    (
        "1-3",
        "子育て支援の充実",
        [
            (
                "子育て支援に満足している保護者の割合",
                "55.3%（26年度）",
                "60.0",
                "57.9（県平均54.0）",
                "65%",
                "子ども家庭課",
            ),
        ],
    ),
]


def build_toin():
    body = []
    for no, name, kpis in TOIN_ROWS:
        for j, (kpi, base, target, actual, goal, ka) in enumerate(kpis):
            cells = []
            if j == 0:
                span = f' rowspan="{len(kpis)}"' if len(kpis) > 1 else ""
                cells.append(f'<th scope="row"{span}>{no}　{name}</th>')
            cells += [
                f"<td>{kpi}</td>",
                f"<td>{base}</td>",
                f"<td>{target}</td>",
                f"<td>{actual}</td>",
                f"<td>{goal}</td>",
                f"<td>{ka}</td>",
            ]
            body.append("        <tr>" + "".join(cells) + "</tr>")
    rows = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>東員町まち・ひと・しごと創生総合戦略 効果検証シート（平成28年度実績） - 東員町</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; margin: 2em; }}
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #666; padding: 4px 8px; }}
  thead th {{ background: #e8e8e8; }}
  td {{ text-align: right; }}
  td:first-child, td:last-child {{ text-align: left; }}
  .note {{ font-size: 90%; }}
</style>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/chosei/">町政情報</a> &gt; <a href="/chosei/keikaku/">計画・施策</a> &gt; 東員町まち・ひと・しごと創生総合戦略 効果検証シート（平成28年度実績）</nav>
<main>
<h1>東員町まち・ひと・しごと創生総合戦略 効果検証シート（平成28年度実績）</h1>
<p class="date">更新日：2017年9月29日　担当：政策課</p>
<p>本町（面積22.68km²、人口25,377人：2017年5月1日推計）では、平成27年度から平成31年度までの5年間を期間とする「東員町まち・ひと・しごと創生総合戦略」を推進しています。
基本目標１の数値目標である出生数は、策定時の179人（平成25年度）から、合計特殊出生率は1.28（平成25年度）から、それぞれの向上を目指しています。
このページでは、基本目標１の重要業績評価指標（KPI）について、平成28年度の実績を公表します。</p>
<h2>基本目標１　東員町の若い世代の結婚・出産・子育ての希望をかなえる</h2>
<table>
  <thead>
    <tr><th rowspan="2">施策</th><th rowspan="2">KPI</th><th rowspan="2">初期値</th><th colspan="2">2016年度（平成28年度）</th><th rowspan="2">目標値<br>（2019年度）</th><th rowspan="2">担当課</th></tr>
    <tr><th>目標</th><th>実績</th></tr>
  </thead>
  <tbody>
{rows}
  </tbody>
</table>
<p class="note">※初期値の（　）内は、その値を把握した年度です。</p>
<p class="note">※子育て総合支援相談所は平成28年度に開設したため、初期値はありません。</p>
</main>
</body>
</html>
"""
    (HERE / "toin_kouka_kensho_h28.html").write_text(html, encoding="utf-8")


def to_pdf(xlsx):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


def main():
    SRC.mkdir(exist_ok=True)
    books = [build_minowa(), build_yuasa(), build_matsuzaki()]
    build_toin()
    if "--no-pdf" not in sys.argv:
        for book in books:
            to_pdf(book)


if __name__ == "__main__":
    main()
