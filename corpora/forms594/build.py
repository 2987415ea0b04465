"""Build forms594: four KPI documents of 大蔵村, えりも町, 本宮市 and 八峰町.

Writes `erimo_kazenoyakata_kofukin_kensho_r5.xlsx` (the workbook is the document),
`motomiya_sesaku_hyoka_r5.html`, `happo_shuyo_seika_r5.csv` and the XLSX source
`source/okura_hijiori_jimujigyo_r5.xlsx`, which LibreOffice turns into `okura_hijiori_jimujigyo_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, CSV and HTML are byte-stable.
"""
# ruff: noqa: E501

import datetime
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
GREY = PatternFill("solid", fgColor="BFBFBF")
STAMP = datetime.datetime(2024, 12, 20, 9, 0, 0)


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fmt:
        cell.number_format = fmt
    return cell


def boxed(ws, rng, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, SHADE if kw.get("shade") else None)


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms594"
    wb.properties.lastModifiedBy = "forms594"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                for tag in (rb"dcterms:modified", rb"dcterms:created"):
                    data = re.sub(
                        rb"(<" + tag + rb"[^>]*>)[^<]*", rb"\g<1>2024-12-20T09:00:00Z", data
                    )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 20, 9, 0, 0))
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


def fmt_of(v):
    """Number format that shows the value as written in the build data."""
    if isinstance(v, tuple):  # (number, format)
        return v
    if isinstance(v, int):
        return v, "#,##0"
    return v, None


# ---------------------------------------------------------------- 大蔵村 (PDF source, portrait)
def build_okura():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価シート"
    ws.column_dimensions["A"].width = 15
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 9.5
    merge(
        ws,
        "A1:I1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和6年8月30日　　大蔵村", h="right")
    put(ws, "A4", "１　事務事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "ひじおりの灯開催支援事業"),
        ("担当課", "産業振興課"),
        ("根拠法令等", "なし（大蔵村観光振興事業補助金交付要綱）"),
        ("事業期間", "平成19年度～（継続）"),
        ("対象", "肘折温泉街の旅館・商店、来訪者"),
        (
            "事業の概要",
            "本村は山形県北部、最上地方の南部に位置し、総面積211.63km²の85%を山林が占める。月山（1,984m）と葉山（1,462m）の麓にある肘折温泉郷は"
            "大同2年の開湯と伝えられ、開湯1200年を迎えた平成19年（2007年）の夏から、肘折地区と東北芸術工科大学が共同で灯籠絵の展示「ひじおりの灯」を開催している。"
            "学生・卒業生が温泉街に滞在して八角形の灯籠に絵を描き、毎年7月13日の開湯前夜祭から8月末まで旅館や商店の軒先に灯す。"
            "本事業は、灯籠の制作・設置と作家の滞在制作に要する経費の一部を実行委員会に補助するものである。",
        ),
    ]
    r = 5
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 78 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1 = r
    merge(ws, f"A{h1}:A{h1 + 2}", "年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{h1}:E{h1}", "活動指標", bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{h1}:I{h1}", "成果指標", bold=True, box=True, shade=True, h="center")
    names = [
        ("B", "C", "ア　灯籠の展示基数（基）"),
        ("D", "E", "イ　滞在制作に参加した作家数（人）"),
        ("F", "G", "ウ　開催期間中の肘折温泉宿泊者数（千人）"),
        ("H", "I", "エ　開催期間中の1日平均来訪者数（人/日）"),
    ]
    for a, b, name in names:
        merge(ws, f"{a}{h1 + 1}:{b}{h1 + 1}", name, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1 + 1].height = 36
    for col in "BDFH":
        put(ws, f"{col}{h1 + 2}", "目標", bold=True, box=True, shade=True, h="center")
    for col in "CEGI":
        put(ws, f"{col}{h1 + 2}", "実績", bold=True, box=True, shade=True, h="center")
    r = h1 + 3
    # baseline row: one value merged over each 目標|実績 pair
    put(ws, f"A{r}", "元年度（基準）", box=True, h="center")
    for (a, b, _), v in zip(names, (34, 8, (6.2, "0.0"), 185), strict=True):
        val, nf = fmt_of(v)
        merge(ws, f"{a}{r}:{b}{r}", val, box=True, h="center", fmt=nf)
    ws.row_dimensions[r].height = 18
    r += 1
    years = [
        ("２年度", [36, "中止", 10, "中止", (6.5, "0.0"), "中止", 190, "中止"]),
        ("３年度", [36, 30, 10, 6, (6.5, "0.0"), (4.1, "0.0"), 190, 121]),
        ("４年度", [38, 36, 10, 9, (6.8, "0.0"), (5.6, "0.0"), 200, 168]),
        ("５年度", [40, 41, 12, 11, (7.0, "0.0"), (7.3, "0.0"), 210, "集計中"]),
        ("６年度", [42, None, 12, None, (7.2, "0.0"), None, 220, None]),
    ]
    for label, vals in years:
        put(ws, f"A{r}", label, box=True, h="center")
        for col, v in zip("BCDEFGHI", vals, strict=True):
            if v is None:
                c = put(ws, f"{col}{r}", None, box=True)
                c.fill = GREY
                continue
            val, nf = fmt_of(v)
            put(
                ws,
                f"{col}{r}",
                val,
                box=True,
                h="center" if isinstance(val, str) else "right",
                fmt=nf,
            )
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※1 ２年度は、新型コロナウイルス感染症の拡大防止のため「ひじおりの灯」の開催を中止した。",
        "※2 エの５年度実績は、肘折温泉観光案内所による来訪者数の集計が終わっていないため「集計中」としている。",
        "※3 ６年度の実績欄（網掛け）は、令和6年度の事業終了後に記入する。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    heads = ["区分", "２年度", "３年度", "４年度", "５年度", "６年度（予算）"]
    put(ws, f"A{r}", heads[0], bold=True, box=True, shade=True, h="center")
    spans = [("B", "C"), ("D", "E"), ("F", "G"), ("H", "H"), ("I", "I")]
    for (a, b), text in zip(spans, heads[1:], strict=True):
        if a == b:
            put(ws, f"{a}{r}", text, bold=True, box=True, shade=True, h="center")
        else:
            merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    for label, vals in (
        ("事業費", [420, 1850, 2140, 2380, 2400]),
        ("うち一般財源", [420, 925, 1070, 1190, 1200]),
    ):
        put(ws, f"A{r}", label, box=True)
        for (a, b), v in zip(spans, vals, strict=True):
            if a == b:
                put(ws, f"{a}{r}", v, box=True, h="right", fmt="#,##0")
            else:
                merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right", fmt="#,##0")
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val, height in (
        ("総合評価", "B（概ね順調）", 18),
        ("今後の方向性", "継続", 18),
        (
            "評価の理由",
            "灯籠の展示基数は５年度に41基となり目標を上回った。宿泊者数も感染症の影響を受ける前の水準を上回ったが、滞在制作に参加する作家の確保が課題である。",
            36,
        ),
    ):
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = height
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "okura_hijiori_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- えりも町 (XLSX document, landscape)
def build_erimo():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths = {"A": 16, "B": 14, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 13}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:H1",
        "令和５年度　デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年12月　えりも町", h="right")
    put(ws, "A4", "１　交付対象事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "風の館を核とした通年型観光推進事業", 18),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）", 18),
        ("地域再生計画の名称", "「風極の地えりも」通年観光による交流人口拡大計画", 18),
        ("事業期間", "令和4年度～令和6年度（3か年）", 18),
        ("総事業費", "3か年計　24,600千円（うち交付金　12,300千円）", 18),
        ("担当課", "産業振興課", 18),
        (
            "町の概要",
            "本町は北海道の東南端に位置し、日高山脈が太平洋に没する襟裳岬を擁する。面積は284.00km²、人口は4,070人（2024年11月30日現在、住民基本台帳）。"
            "風速10m/s以上の風が年間260日以上吹く「風極の地」で、襟裳岬の「風の館」では風速25m/sの風を体験できる。昭和28年（1953年）に始まった緑化事業で岬の森がよみがえり、"
            "日高昆布の主産地としても知られる。昭和45年（1970年）に幌泉町から現在の町名に改めた。",
            54,
        ),
        (
            "事業の概要",
            "観光客が夏季に集中し、襟裳岬が「通過型」の観光地となっている課題に対し、風の館を拠点とした冬季の体験型観光プログラム（強風体験、ゼニガタアザラシの観察、昆布干し体験等）を造成し、"
            "豊似湖や黄金道路を巡る周遊ルートの情報発信を行う。",
            36,
        ),
    ]
    r = 5
    for key, val, height in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:H{r}", val, box=True)
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "No.", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:B{r + 1}", "事業開始前", bold=True, box=True, shade=True, h="center")
    merge(ws, f"C{r}:D{r}", "令和4年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{r}:F{r}", "令和5年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"G{r}", "令和6年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{r}:H{r + 1}", "達成状況\n（R5）", bold=True, box=True, shade=True, h="center")
    for col, text in zip("CDEFG", ("目標値", "実績値", "目標値", "実績値", "目標値"), strict=True):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    r += 2
    kpis = [
        (
            "KPI1",
            "襟裳岬の観光入込客数（千人）",
            [
                "286.4（R3）",
                (300.0, "0.0"),
                (291.2, "0.0"),
                (320.0, "0.0"),
                (334.5, "0.0"),
                (340.0, "0.0"),
                "達成",
            ],
        ),
        (
            "KPI2",
            "風の館の冬季（11月～3月）入館者数（人）",
            ["1,120（R3）", 1500, 1384, 2000, 2046, 2500, "達成"],
        ),
        (
            "KPI3",
            "体験型観光プログラムの参加者数（人）",
            ["―", 300, 286, "450～500", 468, 600, "未達成"],
        ),
        (
            "KPI4",
            "町内の観光消費額（億円）",
            [
                "9.84（R3）",
                (10.20, "0.00"),
                (10.05, "0.00"),
                (10.60, "0.00"),
                (10.31, "0.00"),
                (11.00, "0.00"),
                "未達成",
            ],
        ),
    ]
    for label, name, vals in kpis:
        merge(ws, f"A{r}:A{r + 1}", label, box=True, h="center")
        merge(ws, f"B{r}:H{r}", name, box=True)
        ws.row_dimensions[r].height = 18
        for col, v in zip("BCDEFGH", vals, strict=True):
            val, nf = fmt_of(v)
            put(
                ws,
                f"{col}{r + 1}",
                val,
                box=True,
                h="center" if isinstance(val, str) else "right",
                fmt=nf,
            )
        ws.row_dimensions[r + 1].height = 18
        r += 2
    notes = [
        "※1 事業開始前の値は、括弧内の年度の実績値である。",
        "※2 KPI3の体験型観光プログラムは本事業により令和4年度に新設したため、事業開始前の値はない。",
        "※3 KPI3の令和5年度目標値は幅をもって設定しており、達成状況は上限値（500人）に対して判定している。",
    ]
    for note in notes:
        merge(ws, f"A{r}:H{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("外部有識者の評価", "地方創生に効果があった"),
        ("今後の方針", "事業の継続"),
    ):
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:H{r}", val, box=True)
        r += 1
    page(ws, landscape=True)
    save(wb, HERE / "erimo_kazenoyakata_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 本宮市 (HTML)
YEARS = ("2019年度", "2020年度", "2021年度", "2022年度", "2023年度")


def hyoka_table(rows):
    """rows: (shisaku, [(no, name, unit, base, [actual per YEARS], target, progress, grade), ...])."""
    body = []
    for shisaku, inds in rows:
        for i, (no, name, unit, base, acts, target, progress, grade) in enumerate(inds):
            cells = []
            if i == 0:
                span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
                cells.append(f'<th scope="rowgroup"{span}>{shisaku}</th>')
            cells.append(f"<td>{no}</td>")
            cells.append(f'<th scope="row">{name}</th>')
            cells.append(f"<td>{unit}</td>")
            cells.append(f"<td>{base}</td>")
            cells.extend(f"<td>{a}</td>" for a in acts)
            cells.append(f"<td>{target}</td>")
            cells.append(f"<td>{progress}</td>")
            cells.append(f"<td>{grade}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
    years = "".join(f'<th scope="col">{y}</th>' for y in YEARS)
    return (
        '<table class="hyoka">\n<thead>\n'
        '<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th>'
        '<th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">近況値<br>（2017年度）</th>'
        f'<th scope="colgroup" colspan="{len(YEARS)}">実績値</th><th scope="col" rowspan="2">目標値<br>（2023年度）</th>'
        '<th scope="col" rowspan="2">進捗率</th><th scope="col" rowspan="2">評価</th></tr>\n'
        f"<tr>{years}</tr>\n"
        "</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>\n"
    )


def build_motomiya():
    bunya3 = hyoka_table(
        [
            (
                "3-2　商工業",
                [
                    (
                        "1",
                        "創業支援による創業件数（累計）",
                        "件",
                        "3",
                        ["5", "9", "14", "18", "23"],
                        "25",
                        "92.0%",
                        "C",
                    )
                ],
            ),
            (
                "3-4　観光・交流",
                [
                    (
                        "2",
                        "観光入込客数",
                        "万人",
                        "62.4",
                        ["64.1", "38.7", "41.9", "55.3", "58.1（見込）"],
                        "70.0",
                        "▲56.6%",
                        "E",
                    ),
                    (
                        "3",
                        "市内宿泊施設の宿泊者数",
                        "人",
                        "48,210",
                        ["49,870", "－", "31,540", "44,980", "50,360"],
                        "52,000",
                        "56.7%",
                        "E",
                    ),
                ],
            ),
        ]
    )
    bunya5 = hyoka_table(
        [
            (
                "5-1　市民活動",
                [
                    (
                        "1",
                        "町内会加入率",
                        "％",
                        "78.5",
                        ["78.1", "77.6", "77.2", "76.9", "76.4"],
                        "80.0",
                        "▲140.0%",
                        "E",
                    )
                ],
            ),
            (
                "5-3　都市交流・国際交流・多文化共生",
                [
                    (
                        "2",
                        "国際交流事業への参加者数",
                        "人",
                        "212",
                        ["236", "－", "－", "148", "305"],
                        "300",
                        "105.7%",
                        "A",
                    )
                ],
            ),
            (
                "5-7　行政活動",
                [
                    (
                        "3",
                        "オンラインで申請できる手続の数",
                        "件",
                        "4",
                        ["6", "11", "23", "41", "58"],
                        "40",
                        "150.0%",
                        "A",
                    )
                ],
            ),
        ]
    )
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和6年度 施策評価（令和5年度事業分）の結果 - 本宮市</title>
</head>
<body>
<div id="pankuzu">現在地 <a href="/">トップページ</a> &gt; <a href="/soshiki/">組織でさがす</a> &gt; <a href="/soshiki/46/">政策推進課</a> &gt; 施策評価について</div>
<div id="main">
<h1>施策評価について</h1>
<p class="update">掲載日：2024年10月1日更新</p>
<p>本市では、2019年度より「本宮市第2次総合計画」がスタートし、総合計画で掲げる将来像「『笑顔』あふれる『人』と『地域』が輝くまち もとみや」を目指し、持続可能な社会づくりに取り組んでいます。
総合計画では、各施策に施策別目標（将来の姿）を掲げ数値目標（成果指標）を設定しているため、これらの指標を活用し、前期基本計画の最終年度である令和5年度（2023年度）までの施策の進捗を評価しました。</p>
<h2>評価の方法</h2>
<p>本宮市第2次総合計画前期基本計画の全27施策には79の指標を設定しており、次の計算方法でそれぞれの進捗率を算出した後、評価区分に従い評価を行いました。</p>
<h3>（1）進捗率の計算方法</h3>
<p>前期基本計画が5か年の計画のため、単年度の達成率ではなく、5か年の進捗率を採用しています。</p>
<p>（2023実績値－2017近況値）／（2023目標値－2017近況値）</p>
<p>※成果指標の目標値が累計の場合は、目標値に対しての割合で進捗率を算出しています。</p>
<h3>（2）評価区分について</h3>
<p>5か年の前期基本計画が終了したため、進捗率100%をA評価として、以下5%刻みで5段階評価としています。</p>
<ul>
<li>A：100%以上</li>
<li>B：95%以上100%未満</li>
<li>C：90%以上95%未満</li>
<li>D：85%以上90%未満</li>
<li>E：85%未満</li>
</ul>
<p>進捗率の「▲」は、実績値が近況値を下回っていることを示します。実績値の「－」は、新型コロナウイルス感染症の影響により事業・調査を実施しなかった年度です。
2023年度の観光入込客数は、福島県の観光客入込状況調査の確定前のため見込値です。</p>
<h2>【分野3】経済・産業・仕事</h2>
{bunya3}<h2>【分野5】市民・行政活動</h2>
{bunya5}<p>※全27施策・79指標の評価結果は、PDFファイルでご覧いただけます。</p>
</div>
<div id="contact">
<h2>このページに関するお問い合わせ</h2>
<p>政策推進課<br>〒969-1192 福島県本宮市本宮字万世212番地<br>電話番号：0243-33-1111</p>
</div>
</body>
</html>
"""
    (HERE / "motomiya_sesaku_hyoka_r5.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 八峰町 (CSV)
def csv_field(v):
    s = str(v)
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def build_happo():
    width = 10
    rows = [
        ["タイトル", "令和5年度 主要施策の成果に関する説明書（成果指標一覧）"],
        ["公表日", "令和6年9月13日"],
        ["会計", "一般会計"],
        ["取りまとめ", "企画政策課"],
        [
            "町の概要",
            "平成18年3月27日に八森町と峰浜村が合併して誕生した。面積は234.14km²で、その約8割を森林が占め、町内全域が八峰白神ジオパーク（平成24年9月認定）となっている。"
            "ハタハタ漁、菌床しいたけ、閉校した校舎を活用したアワビの陸上養殖が盛んで、道の駅みねはまの産直施設「おらほの館」には多くの買い物客が訪れる。",
        ],
        [
            "注記",
            "成果指標の値は単位を付けて記載しています。決算額は事業全体の額（単位：千円）です。【再掲】は、他の施策に掲げた事業を再び掲げたものです。",
        ],
        [],
        ["■事業別の成果指標（決算額の単位：千円）"],
        [
            "No.",
            "施策",
            "事業名",
            "担当課",
            "決算額（千円）",
            "成果指標",
            "R4実績",
            "R5目標",
            "R5実績",
            "備考",
        ],
        [
            "1",
            "1 観光・交流の推進",
            "道の駅みねはま活性化事業",
            "商工観光課",
            "6,240",
            "おらほの館の入館者数",
            "20.8万人",
            "22万人",
            "21.4万人",
            "",
        ],
        [
            "2",
            "1 観光・交流の推進",
            "道の駅みねはま活性化事業",
            "商工観光課",
            "6,240",
            "おらほの館の産直販売額",
            "318,400千円",
            "330,000千円",
            "334,900千円",
            "",
        ],
        [
            "3",
            "1 観光・交流の推進",
            "八峰白神ジオパーク推進事業",
            "商工観光課",
            "5,310",
            "ジオパーク講座の開催回数",
            "１２回",
            "１５回",
            "１４回",
            "",
        ],
        [
            "4",
            "2 農林水産業の振興",
            "白神アワビ生産拡大支援事業",
            "農林振興課",
            "8,420",
            "白神アワビの出荷個数",
            "28.6万個",
            "30万個",
            "31.2万個",
            "",
        ],
        [
            "5",
            "2 農林水産業の振興",
            "菌床しいたけ産地強化事業",
            "農林振興課",
            "12,960",
            "菌床しいたけの販売額",
            "412,500千円",
            "430,000千円",
            "418,300千円",
            "",
        ],
        [
            "6",
            "2 農林水産業の振興",
            "【再掲】道の駅みねはま活性化事業",
            "商工観光課",
            "―",
            "おらほの館の産直販売額",
            "318,400千円",
            "330,000千円",
            "334,900千円",
            "施策1の再掲",
        ],
        [
            "7",
            "3 移住・定住の促進",
            "空き家活用移住促進事業",
            "企画政策課",
            "3,600",
            "空き家バンクを通じた移住者数",
            "―",
            "８人",
            "１１人",
            "令和5年度新規事業",
        ],
        ["注記", "R4実績の「―」は、令和5年度に開始した事業のため実績がないことを示します。"],
    ]
    lines = []
    for cells in rows:
        cells = cells + [""] * (width - len(cells))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "happo_shuyo_seika_r5.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    name = "okura_hijiori_jimujigyo_r5"
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
                str(SRC / f"{name}.xlsx"),
            ],
            check=True,
            capture_output=True,
        )
        data = (Path(tmp) / f"{name}.pdf").read_bytes()
    (HERE / f"{name}.pdf").write_bytes(fix_pdf(data))


def fix_pdf(data):
    """Pin LibreOffice's creation date, document ID and checksum (same lengths, so the xref stays valid)."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", rb"/CreationDate(D:20240830090000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    return re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)


def main():
    SRC.mkdir(exist_ok=True)
    build_okura()
    build_erimo()
    build_motomiya()
    build_happo()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
