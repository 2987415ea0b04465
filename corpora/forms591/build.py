"""Build forms591: four KPI documents of 八千代市, 片品村, 長瀞町 and 小布施町.

Writes `yachiyo_fureai_jimujigyo_r5.xlsx` (the workbook is the document), `katashina_kaso_mokuhyo_r5.html`,
`obuse_kofukin_kensho_r5.csv` and the XLSX source `source/nagatoro_iwadatami_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `nagatoro_iwadatami_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501, B905

import datetime
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
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


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
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=False):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms591"
    wb.properties.lastModifiedBy = "forms591"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                stamp = STAMP_TEXT.encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 1, 9, 0, 0))
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


def fields_block(ws, r, fields, key_cols, val_cols, tall):
    """Key | value rows; key_cols and val_cols are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 八千代市 (XLSX document, portrait)
YEARS_Y = ("令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度")
# (No., name, unit, {項目: five cells}); the 対象指標 has its 実績値 row only.
YACHIYO_TARGET = (1, "市内の販売農家数", "戸", (438, 431, 425, None, None))
YACHIYO_ROWS = (
    (
        "活動指標",
        2,
        "農業体験イベントの開催回数",
        "回",
        (24, 24, 26, 26, 28),
        (18, 25, 27, None, None),
        ("75.0%", "104.2%", "103.8%", None, None),
    ),
    (
        "成果指標",
        3,
        "道の駅やちよの年間利用者数",
        "千人",
        (1050.0, 1080.0, 1100.0, 1120.0, 1150.0),
        (1012.4, 1096.8, "1,083.5※1", None, None),
        ("96.4%", "101.6%", "98.5%", None, None),
    ),
    (
        "成果指標",
        4,
        "農産物直売所の販売額",
        "百万円",
        (520, 530, 540, 550, 560),
        (548, 561, 533, None, None),
        ("105.4%", "105.8%", "98.7%", None, None),
    ),
    (
        "成果指標",
        5,
        "農業体験イベントの参加者数",
        "人",
        (600, 650, 700, 750, 800),
        (412, 688, 745, None, None),
        ("68.7%", "105.8%", "106.4%", None, None),
    ),
)


def build_yachiyo():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価表"
    for col, w in zip("ABCDEFGHIJ", (8, 4, 24, 6, 7, 9, 9, 9, 9, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価表（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年7月31日　　八千代市", h="right")
    put(ws, "A4", "１．事務事業の概要（ＰＬＡＮ）", size=11, bold=True, wrap=False)
    fields = [
        ("予算区分", "一般会計　6款 農林水産業費　1項 農業費　3目 農業振興費"),
        ("事務事業名", "ふれあい農業の郷推進事業"),
        ("区分", "自治事務"),
        ("所属", "経済環境部　農政課"),
        ("総合計画上の位置付け", "第5次八千代市総合計画　前期基本計画（令和3年度～令和6年度）"),
        ("事業開始年度", "平成9年度"),
        (
            "目的・概要",
            "本市は千葉県北西部の下総台地に位置し、面積は51.39km²、人口は205,748人（2023年12月31日現在）である。昭和42年（1967年）に市制を施行し、市の中央を新川が南北に流れる。"
            "平成5年（1993年）に策定した「やちよふれあい農業の郷」構想に基づき、平成9年（1997年）7月20日に県内3番目の道の駅として「道の駅やちよ（八千代ふるさとステーション）」が開業し、"
            "平成27年（2015年）2月にはやちよ農業交流センターとふれあい農業の郷歩道橋が道の駅の施設に加わった。"
            "本事業では、両施設を拠点として地元農産物の直売と農業体験を行い、市民と農業者の交流を通じて都市近郊農業の振興を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "J"), {"目的・概要": 84})
    r += 1
    put(ws, f"A{r}", "２．事務事業の実績（ＤＯ）", size=11, bold=True, wrap=False)
    r += 1
    heads = ("区分", "No.", "指標名", "単位", "項目", *YEARS_Y)
    for col, text in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    # 対象指標: one 実績値 row
    no, name, unit, vals = YACHIYO_TARGET
    put(ws, f"A{r}", "対象指標", box=True, h="center")
    put(ws, f"B{r}", no, box=True, h="center")
    put(ws, f"C{r}", name, box=True)
    put(ws, f"D{r}", unit, box=True, h="center")
    put(ws, f"E{r}", "実績値", box=True, h="center")
    for col, v in zip("FGHIJ", vals):
        put(ws, f"{col}{r}", v, box=True, h="right")
    ws.row_dimensions[r].height = 18
    r += 1
    merge(ws, f"A{r}:A{r + 2}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 3}:A{r + 11}", "成果指標", box=True, h="center")
    for _kind, no, name, unit, plan, done, rate in YACHIYO_ROWS:
        merge(ws, f"B{r}:B{r + 2}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 2}", name, box=True)
        merge(ws, f"D{r}:D{r + 2}", unit, box=True, h="center")
        for k, (item, vals) in enumerate((("目標値", plan), ("実績値", done), ("達成率", rate))):
            put(ws, f"E{r + k}", item, box=True, h="center")
            for col, v in zip("FGHIJ", vals):
                put(ws, f"{col}{r + k}", v, box=True, h="right")
            ws.row_dimensions[r + k].height = 16
        r += 3
    r = notes_block(
        ws,
        r,
        [
            "※1　No.3の令和5年度の実績値は、令和6年6月末時点の速報値である。",
            "※2　対象指標は事業の対象の規模を示すもので、目標値は設定していない。達成率は、実績値÷目標値×100で算出している。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "（参考）事業費・人件費（単位：千円）", bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:E{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("FGH", ("令和3年度", "令和4年度", "令和5年度")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, nums in (
        ("事業費", (31240, 32860, 33415)),
        ("人件費", (12600, 12750, 13020)),
        ("合計（トータルコスト）", (43840, 45610, 46435)),
    ):
        merge(ws, f"A{r}:E{r}", label, box=True)
        for col, v in zip("FGH", nums):
            put(ws, f"{col}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "３．事務事業の評価（ＳＥＥ）", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("[1] 目的が上位の施策に結び付いているか", "はい"),
        ("[2] すでに所期目的を達成しているか", "いいえ"),
        ("[5] 有効性・効率性を向上させる余地はあるか", "ある"),
        ("今後の方向性", "現状維持"),
        (
            "所属長コメント",
            "道の駅やちよの利用者数と直売所の販売額は目標をわずかに下回ったが、農業体験イベントは27回開催し、参加者数も目標を上回った。"
            "令和6年度は、やちよ農業交流センターでの体験メニューを増やし、新川沿いの散策と組み合わせた誘客を進める。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "E"), ("F", "J"), {"所属長コメント": 44})
    page(ws, landscape=False)
    save(wb, HERE / "yachiyo_fureai_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 片品村 (HTML)
# (分野, [(name, unit, 基準値, 令和3年度, 令和4年度, 令和5年度（速報値）, 目標値（令和7年度）)])
KATASHINA_GROUPS = (
    (
        "1　移住・定住・地域間交流の促進、人材育成",
        (
            ("移住者数", "人", "4", "6", "12※1", "9", "5年間で延べ30人"),
            ("社会増減数（転入者数－転出者数）", "人", "△38", "△25", "△12", "△19", "△10"),
        ),
    ),
    (
        "2　産業の振興",
        (
            ("観光入込客数", "千人", "1,248.6", "1,312.0", "1,527.4", "1,603.9", "1,800.0"),
            ("農産物直売所の販売額", "百万円", "182", "205", "219", "231", "250"),
        ),
    ),
    (
        "3　子育て環境の確保、高齢者等の保健および福祉の向上および推進",
        (("特定健康診査の受診率", "％", "48.2", "51.0", "52.6", "54.3", "60.0"),),
    ),
)


def katashina_rows():
    out = []
    for group, rows in KATASHINA_GROUPS:
        for k, (name, unit, *vals) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{group}</th>' if k == 0 else ""
            cells = "".join(f"<td>{v}</td>" for v in vals)
            out.append(
                f'<tr>{head}<th scope="row" class="name">{name}</th><td class="c">{unit}</td>{cells}</tr>\n'
            )
    return "".join(out)


KATASHINA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>片品村過疎地域持続的発展計画　目標の達成状況（令和５年度） - 片品村</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
th { background: #eef3ea; }
th.name { background: none; font-weight: normal; text-align: left; }
dt { font-weight: bold; }
</style>
</head>
<body>
<header><p class="site-name">片品村役場</p></header>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップ</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/keikaku/">計画・施策</a></li>
<li>片品村過疎地域持続的発展計画　目標の達成状況（令和５年度）</li>
</ol></nav>
<main>
<h1>片品村過疎地域持続的発展計画　目標の達成状況（令和５年度）</h1>
<p class="update">更新日：2024年11月29日　担当：むらづくり観光課</p>
<p>片品村は群馬県の北東端に位置し、総面積391.76km²は県内35市町村中第5位の広さで、その92%を森林が占めています。尾瀬は平成17年にラムサール条約湿地に登録され、平成19年には全国で29番目の国立公園として「尾瀬国立公園」が誕生しました。関東で唯一、特別豪雪地帯に指定されている村で、冬は村内5か所のスキー場が多くの人でにぎわいます。</p>
<p>村では、令和3年度から令和7年度までの5年間を計画期間とする「片品村過疎地域持続的発展計画」に基づき、持続可能な地域社会の形成に取り組んでいます。計画に掲げた目標指標について、令和5年度までの実績を取りまとめましたので公表します。</p>
<dl>
<dt>計画の名称</dt><dd>片品村過疎地域持続的発展計画</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>むらづくり観光課</dd>
</dl>
<h2>目標指標の達成状況</h2>
<p>令和5年度の数値は速報値です。確定値がまとまり次第、更新します。※印は表の下の注記をご覧ください。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">分野</th><th scope="col" rowspan="2">目標指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和2年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（令和7年度）</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度<br>（速報値）</th></tr>
</thead>
<tbody>
"""
    + katashina_rows()
    + """</tbody>
</table>
<p>※1　令和4年度の移住者数は、前回公表時の10人から、転入届の再確認により12人に修正しました。</p>
<p>※2　移住者数の目標値は、計画期間（令和3年度～令和7年度）の5年間の合計です。</p>
<p>※3　社会増減数の「△」は、転出者数が転入者数を上回ったこと（社会減）を表します。</p>
<p>※4　観光入込客数は、尾瀬、スキー場、温泉施設など村内の観光地点の入込客数の合計です。</p>
</main>
<footer><p>片品村役場　むらづくり観光課　〒378-0498 群馬県利根郡片品村大字鎌田3967番地3</p></footer>
</body>
</html>
"""
)


def build_katashina():
    (HERE / "katashina_kaso_mokuhyo_r5.html").write_text(KATASHINA, encoding="utf-8")


# ---------------------------------------------------------------- 長瀞町 (PDF, portrait)
# (No., name, 2019年度（基準）, 2021年度, 2022年度, 2023年度目標, 2023年度実績, 評価)
NAGATORO_ROWS = (
    (1, "観光入込客数", 3102.4, 1846.9, 2515.3, 2800.0, 2936.7, "◎"),
    (2, "長瀞ライン下りの乗船客数", 312.6, 158.2, 241.8, 270.0, 258.4, "○"),
    (3, "長瀞船玉まつりの来場者数", 42.0, "中止", 35.5, 40.0, 38.2, "○"),
    (4, "観光案内所利用者の満足度（％）", "―", 82.4, 85.1, 88.0, 84.6, "△"),
    (5, "岩畳周辺の美化活動の参加者数（人）", 120, 95, 148, 180, 206, "◎"),
)


def build_nagatoro():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    for col, w in zip("ABCDEFGHI", (5, 12, 22, 11, 9, 9, 10, 10, 6)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　長瀞町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "岩畳・長瀞渓谷観光振興事業"),
        ("所管課", "産業観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　2目 観光費"),
        ("決算額", "令和5年度　18,640千円（うち県補助金　2,000千円）"),
        ("関連計画", "第5期長瀞町総合振興計画後期基本計画"),
        (
            "事業の内容",
            "本町は埼玉県の北西部、荒川の上流に位置し、面積は30.43km²、人口は6,474人（2024年）である。昭和18年（1943年）9月に野上町・樋口村・白鳥村が合併して野上町となり、昭和47年（1972年）11月に長瀞町へ改称した。"
            "荒川の西岸に幅約50m、長さ約600mにわたって広がる岩畳は国指定の名勝・天然記念物で、「日本地質学発祥の地」とも呼ばれる。"
            "大正4年（1915年）に始まった舟下りや、毎年8月15日に約1,000基の灯ろうを荒川に流す長瀞船玉まつりには、町内外から多くの人が訪れる。"
            "本事業では、観光案内所の運営、岩畳周辺の美化活動及び長瀞船玉まつりの開催支援を行った。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 84})
    r += 1
    merge(ws, f"A{r}:E{r}", "２　成果指標の推移", size=11, bold=True, wrap=False)
    merge(ws, f"F{r}:I{r}", "（単位：千人）", h="right")
    r += 1
    merge(ws, f"B{r}:C{r}", "成果指標", bold=True, box=True, shade=True, h="center")
    for col, text in (
        ("A", "No."),
        ("D", "2019年度\n（基準）"),
        ("E", "2021年度"),
        ("F", "2022年度"),
        ("G", "2023年度\n目標"),
        ("H", "2023年度\n実績"),
        ("I", "評価"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, *vals, mark in NAGATORO_ROWS:
        put(ws, f"A{r}", no, box=True, h="center")
        merge(ws, f"B{r}:C{r}", name, box=True)
        for col, v in zip("DEFGH", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        put(ws, f"I{r}", mark, box=True, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "評価　◎：目標を達成　○：目標は未達成だが前年度を上回った　△：目標未達成かつ前年度を下回った",
            "※1　No.4・No.5の数値は、指標名の括弧内の単位による。",
            "※2　No.3の2021年度は、新型コロナウイルス感染症の影響により長瀞船玉まつりを中止した。",
            "※3　No.4の来訪者アンケートは2021年度に開始したため、基準値はない。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方針", "継続"),
        (
            "評価の理由",
            "観光入込客数は2019年度の水準に近づき、目標を上回った。ライン下りの乗船客数と船玉まつりの来場者数は前年度を上回ったが目標には届かず、観光案内所の満足度は前年度を下回った。"
            "令和6年度は、案内所での多言語対応と岩畳周辺の案内表示の改善に取り組む。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 44})
    page(ws, landscape=False)
    save(wb, SRC / "nagatoro_iwadatami_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 小布施町 (CSV, open data)
OBUSE_LINES = (
    ("タイトル", "地方創生推進交付金事業の効果検証（令和5年度）"),
    ("公表日", "令和6年8月30日"),
    ("交付対象事業の名称", "栗と北斎のまち周遊・滞在型観光推進事業"),
    (
        "交付金の種類",
        "地方創生推進交付金（令和4年度からデジタル田園都市国家構想交付金（地方創生推進タイプ））",
    ),
    ("事業期間", "令和3年度～令和5年度（3か年）"),
    ("担当課", "産業振興課"),
    (
        "町の概要",
        "本町は長野県の北東部に位置し、面積は19.12km²で県内の市町村で最も小さい。人口は約1万1千人。"
        "江戸時代後期、葛飾北斎は80歳を超えてから4回小布施を訪れ、多くの肉筆画を残した。昭和51年（1976年）に北斎館が開館し、町内には9軒の栗菓子店が軒を連ねる。年間120万人近くの観光客が訪れる。",
    ),
    (
        "注記",
        "表の見出しは2行で、上の行が年度、下の行が目標値・実績値の別を表す。単位欄の「千人」は千人単位の数値である。No.5は、事業開始からの累計である。",
    ),
    (),
    ("■重要業績評価指標（KPI）の達成状況",),
    (
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "事業開始前",
        "令和3年度",
        "",
        "令和4年度",
        "",
        "令和5年度",
        "",
        "達成状況",
    ),
    (
        "",
        "",
        "",
        "（R3.3末）",
        "目標値",
        "実績値",
        "目標値",
        "実績値",
        "目標値",
        "実績値",
        "（令和5年度）",
    ),
    (
        "1",
        "観光入込客数",
        "千人",
        "742.5",
        "800.0",
        "812.3",
        "900.0",
        "936.8",
        "1,000.0",
        "1,048.2",
        "達成",
    ),
    (
        "2",
        "北斎館の入館者数",
        "千人",
        "98.4",
        "110.0",
        "104.7",
        "130.0",
        "141.2",
        "150.0",
        "146.3",
        "未達成",
    ),
    (
        "3",
        "町内の宿泊者数",
        "人泊",
        "8,420",
        "9,000",
        "9,315",
        "10,000",
        "10,870",
        "11,000",
        "11,520",
        "達成",
    ),
    (
        "4",
        "観光客アンケートの満足度",
        "％",
        "82.0",
        "85.0",
        "84.1",
        "85.0",
        "86.9",
        "90～95",
        "91.3",
        "達成",
    ),
    (
        "5",
        "周遊マップアプリのダウンロード数",
        "件",
        "―",
        "累計1,500",
        "累計1,820",
        "累計3,000",
        "累計3,460",
        "累計4,500",
        "累計4,390",
        "未達成",
    ),
    (
        "注記",
        "No.4の令和5年度の目標値は、90％以上95％以下の範囲とした。No.5のアプリは令和3年度に配信を開始したため、事業開始前の値はない。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_obuse():
    width = 11
    lines = []
    for row in OBUSE_LINES:
        if not row:
            lines.append("")
            continue
        cells = list(row) + [""] * (width - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "obuse_kofukin_kensho_r5.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("nagatoro_iwadatami_shuyo_seika_r5",):
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
            shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    build_yachiyo()
    build_katashina()
    build_nagatoro()
    build_obuse()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
