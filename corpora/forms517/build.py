"""Build forms517: four KPI documents of 球磨村, 飯南町, 小松島市 and 門川町.

Writes `kuma_kyusendo_jimujigyo_r5.xlsx` (the workbook is the document), `iinan_nogyo_shuyo_seika_r5.html` and the XLSX
sources `source/komatsushima_koki_seika_shihyo_r5.xlsx` and `source/kadogawa_suisan_shuyo_seika_r5.xlsx`, which
LibreOffice turns into the PDFs of the same names.
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
STAMP = (2024, 10, 31, 9, 0, 0)
STAMP_ISO = b"2024-10-31T09:00:00Z"
PDFS = ["komatsushima_koki_seika_shihyo_r5", "kadogawa_suisan_shuyo_seika_r5"]
COLS = "ABCDEFGHIJKLMNOP"


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
    wb.properties.creator = "forms517"
    wb.properties.lastModifiedBy = "forms517"
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


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span):
    for text in texts:
        merge(ws, f"A{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 球磨村 (XLSX document)
KUMA_INDICATORS = [
    # (区分, No., 指標名, 単位, 基準値（R元）, R4実績, R5目標, R5実績, 達成率（R5）, R7目標)
    ("活動指標", 1, "観光PRイベント・旅行商談会への出展回数", "回", 3, 5, 8, 9, "112.5%", 10),
    ("活動指標", 2, "球磨川・山里体験プログラムの実施回数", "回", 4, 7, 12, 10, "83.3%", 20),
    ("成果指標", 3, "球泉洞の入洞者数", "千人", 52.4, 24.6, 35.0, 38.2, "109.1%", 50.0),
    ("成果指標", 4, "体験プログラムの参加者数", "人", 126, 214, 300, 276, "92.0%", 450),
    (
        "成果指標",
        5,
        "球泉洞特産品店・カフェの売上額",
        "千円",
        "―",
        18420,
        22000,
        24960,
        "113.5%",
        30000,
    ),
]


def build_kuma():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 8, "B": 5, "C": 30, "D": 6, "E": 9, "F": 8, "G": 8, "H": 8, "I": 8, "J": 9})
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月30日　球磨村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "球泉洞・一勝地周辺観光交流再生事業"),
        ("担当課", "産業振興課　商工観光係"),
        ("関連計画", "球磨村復興まちづくり計画"),
        ("事業期間", "令和4年度～令和7年度"),
        ("事業費（R5決算）", "12,640千円（うち一般財源　4,210千円）"),
        (
            "事業の概要",
            "本村は昭和29年（1954年）4月に渡村・一勝地村・神瀬村の3村が合併して誕生した。面積207.58km²の約9割を山林が占め、"
            "村の中央を球磨川が東西に流れる。昭和50年（1975年）に開洞した球泉洞は総延長4.8kmの九州最大の鍾乳洞で、年間約5万～6万人が"
            "訪れていたが、令和2年（2020年）7月豪雨で裏山が崩れて休業し、令和4年（2022年）4月10日に約1年9か月ぶりに営業を再開した。"
            "村の人口は2020年国勢調査で2,438人となり、5年前から34.07%減少した。本事業では、球泉洞と一勝地駅周辺を核に体験型観光の造成と"
            "情報発信を行い、交流人口の回復を図る。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "J"), {"事業の概要": 80})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成率（R5）",
        "R7目標",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    groups = {}
    for kubun, no, name, unit, *vals in KUMA_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals, strict=True):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="center" if v == "―" else "right",
                shade=LIGHT if col == "I" else None,
            )
        ws.row_dimensions[r].height = 28
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　達成率は、R5実績をR5目標で除したもの。",
            "※2　No.4の基準値は、体験プログラムの受付窓口を一元化した令和3年度の値（令和元年度は集計していない）。",
            "※3　No.3のR4実績は、令和4年4月10日の営業再開から令和5年3月末までの入洞者数。",
            "※4　No.5の基準値「―」は、特産品店・カフェが営業再開に合わせて新設されたため、該当する値がないもの。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "B（一定の効果があった）"),
            (
                "今後の方向性",
                "継続（入洞者数は回復基調にあるが、体験プログラムの担い手を確保し、実施回数と参加者数の増加を図る。）",
            ),
        ],
        ("A", "C"),
        ("D", "J"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "kuma_kyusendo_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 小松島市 (XLSX source of the PDF)
KOMATSUSHIMA_GRIDS = [
    (
        "基本目標１　子育てしやすいまちづくり",
        [
            # (No., 成果指標, 単位, 基準値（R2）, R4実績, R5目標, R5実績, 達成状況, 目標値（R8）, 担当課)
            (
                1,
                "子育て世代の転入者数（25～44歳）",
                "人",
                812,
                846,
                860,
                871,
                "達成",
                900,
                "子育て支援課",
            ),
            (
                2,
                "「子育てしやすいまち」と感じる保護者の割合",
                "％",
                52.8,
                55.1,
                60.0,
                58.4,
                "未達成",
                "65～70",
                "子育て支援課",
            ),
            (
                3,
                "乳幼児健康診査の受診率",
                "％",
                95.2,
                96.8,
                97.0,
                97.4,
                "達成",
                98.0,
                "保健センター",
            ),
        ],
    ),
    (
        "基本目標３　活力ある産業のまちづくり",
        [
            (
                4,
                "一人当たり市町村民所得",
                "千円",
                "2,486（H30）",
                "2,431（R2）",
                "2,550",
                "2,502（R3）",
                "―",
                "2,650",
                "商工政策課",
            ),
            (5, "市内での新規創業件数", "件", 18, 21, 22, 24, "達成", 25, "商工政策課"),
        ],
    ),
]


def build_komatsushima():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(
        ws, {"A": 5, "B": 40, "C": 6, "D": 13, "E": 12, "F": 10, "G": 12, "H": 10, "I": 13, "J": 13}
    )
    merge(
        ws,
        "A1:J1",
        "第6次小松島市総合計画 後期基本計画　成果指標の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和7年1月　小松島市　企画政策課", h="right")
    rows = [
        ("計画の名称", "第6次小松島市総合計画　後期基本計画（令和4年3月策定）"),
        ("計画期間", "令和4年度～令和8年度（5年間）"),
        (
            "市の概要",
            "徳島県の東部中央、紀伊水道の沿岸に位置し、面積は45.37km²、人口は33,779人（2024年12月1日推計）。人口は昭和60年（1985年）の"
            "43,998人をピークに減少が続いている。屋島の平氏を討つため源義経が上陸したという伝説が残り、旗山には騎馬像として日本最大の"
            "義経像が立つ。阿波狸合戦の金長狸の民話でも知られる。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "J"), {"市の概要": 34})
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R2）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況",
        "目標値（R8）",
        "担当課",
    ]
    for title, items in KOMATSUSHIMA_GRIDS:
        put(ws, f"A{r}", title, size=11, bold=True, wrap=False)
        r += 1
        for i, text in enumerate(head):
            put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, *vals, dept in items:
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEFGHI", vals, strict=True):
                word = isinstance(v, str) and not v[0].isdigit()
                put(ws, f"{col}{r}", v, box=True, h="center" if word else "right")
            put(ws, f"J{r}", dept, box=True, h="center")
            ws.row_dimensions[r].height = 20
            r += 1
        r += 1
    notes(
        ws,
        r,
        [
            "※1　各欄の値は、欄の見出しの年度の値。ただし、No.4は徳島県「市町村民所得推計」の公表時期の関係で、各欄に公表済みの直近の値を掲げ、括弧内にその値の年度を示した。",
            "※2　No.2の目標値は、令和8年度に65％から70％の範囲に達することを目指すもの。",
            "※3　達成状況は、R5実績とR5目標を比較したもの。「―」は、R5目標と比較できる実績がないもの。",
        ],
        "J",
    )
    page(ws, landscape=True)
    save(wb, SRC / "komatsushima_koki_seika_shihyo_r5.xlsx")


# ---------------------------------------------------------------- 門川町 (XLSX source of the PDF)
KADOGAWA_HEAD = [
    "年度",
    "①門川金鱧の出荷量（t）",
    "②海遊物産館うみすずめの来館者数（千人）",
    "③水産加工品の新商品開発数（件）",
    "④新規漁業就業者数（人）",
]
KADOGAWA_ROWS = [
    ("基準値（R2）", [18.4, 96.2, 2, 3], None),
    ("R3", [19.1, 88.5, 3, 2], None),
    ("R4", [21.6, 104.3, 4, 4], None),
    ("R5（速報）", [23.2, 112.8, 3, 5], None),
    ("3か年計（R3～R5）", [63.9, 305.6, 10, 11], LIGHT),
    ("目標値（R5）", [22.0, 110.0, 4, 4], SHADE),
    ("目標値（R7）", [25.0, 120.0, 4, 5], SHADE),
]


def build_kadogawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 18, "B": 17, "C": 17, "D": 17, "E": 17})
    merge(
        ws,
        "A1:E1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:E2", "令和6年9月　門川町", h="right")
    rows = [
        ("事業名", "「魚のまち」かどがわ水産振興事業"),
        ("所管課", "農林水産課　水産係"),
        ("会計区分", "一般会計　農林水産業費"),
        ("決算額", "令和5年度　23,870千円（うち一般財源　9,640千円）"),
        (
            "事業の内容",
            "本町は宮崎県の北部、延岡市中心部の南約15km、宮崎市の北東約70kmに位置し、面積は120.40km²。東側は日向灘に面し、海岸は日豊海岸国定公園に"
            "指定されている。門川漁港の沖は黒潮分支流と豊後水道流の合流海域で、小型まき網、船曳網、小型底曳網、一本釣、定置網などが営まれ、湾内では"
            "タイ、カンパチ、アジの養殖が行われている。宮崎県水産物ブランド品「門川金鱧」は、400g以上1kg以下のハモを紫外線殺菌した海水で4日間以上"
            "蓄養したものである。本事業では、金鱧のブランド化、門川漁協直営の海遊物産館うみすずめを拠点とした販路拡大、水産加工品の開発支援と"
            "漁業の担い手確保に取り組んだ。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "A"), ("B", "E"), {"事業の内容": 92})
    r += 1
    put(ws, f"A{r}", "■成果指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for i, text in enumerate(KADOGAWA_HEAD):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 44
    r += 1
    for label, vals, fill in KADOGAWA_ROWS:
        put(ws, f"A{r}", label, box=True, h="center", shade=fill, bold=fill is SHADE)
        for col, v in zip("BCDE", vals, strict=True):
            fmt = "#,##0.0" if col in "BC" else "#,##0"
            put(ws, f"{col}{r}", v, box=True, h="right", shade=fill, fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    notes(
        ws,
        r,
        [
            "※1　R5は、令和6年8月末時点の速報値。",
            "※2　3か年計は、令和3年度から令和5年度までの実績の合計（参考）。",
            "※3　④は、各年度に門川・庵川の両漁協に新たに加入した漁業就業者の数。",
        ],
        "E",
    )
    page(ws, landscape=False)
    save(wb, SRC / "kadogawa_suisan_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 飯南町 (HTML document)
IINAN = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果（農業の振興） | 飯南町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/zaisei/">財政・決算</a></li>
<li>令和５年度　主要な施策の成果（農業の振興）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（農業の振興）</h1>
<p class="date">更新日：2024年10月10日　担当：産業振興課</p>
<p>飯南町は島根県の中南部、広島県との県境にある中国山地の脊梁部に位置し、平成17年（2005年）1月1日に頓原町と赤来町が合併して誕生しました。面積は242.88km²で、町内の約9割を山林・原野が占め、平坦地の標高は約450mと県内でも代表的な高原地帯です。人口は4,502人（2023年8月1日推計）です。</p>
<p>高原の冷涼な気候を生かした米作や高冷地野菜、メロン、シイタケの栽培が盛んで、島根県一の栽培面積を誇る赤名観光ぼたん園もあります。担い手不足に対応するため、飯南町農業担い手支援センターを中心に担い手の育成を進めています。</p>
<h2>1　施策の概要</h2>
<dl>
<dt>施策名</dt><dd>農業の振興</dd>
<dt>関連計画</dt><dd>飯南町総合振興計画（平成28年度～令和6年度）</dd>
<dt>決算額</dt><dd>令和5年度　86,340千円（うち一般財源　31,280千円）</dd>
<dt>担当課</dt><dd>産業振興課</dd>
</dl>
<h2>2　成果指標の状況</h2>
<p>基準値の欄の括弧内は、その値の年度です。目標値は、総合振興計画の最終年度（令和6年度）の値です。</p>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（令和6年度）</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><td>①</td><td>認定農業者数</td><td>経営体</td><td>42<br>（平成27年度）</td><td>45</td><td>47</td><td>46</td><td>50</td></tr>
<tr><td>②</td><td>新規就農者数</td><td>人</td><td>2<br>（令和元年度）</td><td>3</td><td>4</td><td>2</td><td>5</td></tr>
<tr><td>③</td><td>町内農産物直売所の販売額</td><td>百万円</td><td>186.4<br>（平成30年度）</td><td>201.2</td><td>214.7※</td><td>222.5</td><td>240.0</td></tr>
<tr><td>④</td><td>遊休農地の解消面積</td><td>ha</td><td>3.2<br>（令和2年度）</td><td>4.1</td><td>3.8</td><td>集計中</td><td>6.0</td></tr>
<tr><td>⑤</td><td>学校給食における町内産食材の使用割合</td><td>％</td><td>38.5<br>（令和2年度）</td><td>41.2</td><td>43.0</td><td>45.6</td><td>50.0</td></tr>
</tbody>
</table>
<p class="note">※　③の令和4年度の値は、集計に誤りがあったため訂正しました（訂正前：241.7）。</p>
<p class="note">④の令和5年度は、農地利用状況調査の結果を集計中です（令和6年12月に公表予定）。</p>
<h2>3　成果と今後の方向性</h2>
<p>令和5年度は、新規就農者が2人にとどまりました。令和6年度は、農業担い手支援センターによる研修の受入枠を2人分拡大し、就農から定着までの支援を強化します。</p>
</main>
<footer><p>飯南町役場　産業振興課</p></footer>
</body>
</html>
"""


def build_iinan():
    (HERE / "iinan_nogyo_shuyo_seika_r5.html").write_text(IINAN, encoding="utf-8")


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
    build_kuma()
    build_komatsushima()
    build_kadogawa()
    build_iinan()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
