"""Build forms575: four KPI documents of 座間市, 勝浦市, 稲敷市 and 戸田市.

Writes `zama_himawari_jimujigyo_r6.xlsx` (the workbook is the document),
`inashiki_kofukin_kensho_r5.html` and the XLSX sources `source/katsuura_hinamatsuri_shuyo_seika_r6.xlsx`
and `source/toda_sousei_kpi_shinchoku_h30.xlsx`, which LibreOffice turns into
`katsuura_hinamatsuri_shuyo_seika_r6.pdf` and `toda_sousei_kpi_shinchoku_h30.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"
TRIANGLE = '#,##0;"△"#,##0'


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=False,
    shade=None,
    h="left",
    wrap=True,
    fmt=None,
    indent=0,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap, indent=indent)
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
    wb.properties.creator = "forms575"
    wb.properties.lastModifiedBy = "forms575"
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
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, first_col, last_col, height=15):
    for note in notes:
        merge(ws, f"{first_col}{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 座間市 (XLSX document, portrait)
ZAMA_HEAD = (
    "区分",
    "No.",
    "指標名",
    "単位",
    "2022年度\n実績",
    "2023年度\n実績",
    "2024年度\n目標",
    "2024年度\n実績",
    "2026年度\n目標（最終）",
)
# (No., name, unit, values for E..I, number format, sub-row?)
ZAMA_ACT = (
    (
        1,
        "ひまわりまつり会場への直行バスの運行便数",
        "便",
        (296, 320, 330, 342, 350),
        "#,##0",
        False,
    ),
    (2, "市外でのひまわりまつりPRの実施回数", "回", (6, 8, 8, 9, 10), "#,##0", False),
)
ZAMA_OUT = (
    (3, "ひまわりまつりの来場者数", "千人", (96.5, 118.2, 125.0, 121.4, 135.0), "#,##0.0", False),
    (None, "うち座間会場", "千人", (None, None, None, 84.9, None), "#,##0.0", True),
    (None, "うち四ツ谷会場", "千人", (None, None, None, 36.5, None), "#,##0.0", True),
    (4, "ひまわりの切り花・農産物の販売額", "千円", (2460, 3105, 3300, 3412, 4000), "#,##0", False),
    (5, "市外からの来場者の割合", "%", ("―", 58.4, 60.0, 61.7, 65.0), "0.0", False),
)


def build_zama():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHI", (7, 4, 30, 6, 9, 9, 9, 9, 10)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和7年7月22日　　座間市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "ひまわりのまち観光振興事業"),
        ("担当課", "商工観光課"),
        ("関連計画", "第五次座間市総合計画（令和5年度～令和12年度）"),
        ("事業期間", "令和5年度～令和8年度（4年間）"),
        ("事業費（R6決算）", "7,480千円（うち県補助金　1,500千円）"),
        (
            "事業の概要",
            "本市は面積17.57km²、人口131,893人（2024年12月1日推計）のまちで、昭和44年（1969年）にひまわりを市の花に定めた。"
            "平成5年に遊休農地の荒廃対策として始まったひまわりの景観植栽は、平成6年（1994年）に「かながわの花の名所100選」に選ばれ、"
            "現在は総面積5.5haを超える畑に約55万本が咲く。2024年からは栗原会場を休止し、座間会場と四ツ谷会場の2会場でひまわりまつりを開いている。"
            "本事業では、ひまわりまつり実行委員会への支援、相武台前駅からの直行バスの運行、市外でのPRを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の概要": 78})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip("ABCDEFGHI", ZAMA_HEAD):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    for kind, rows in (("活動指標", ZAMA_ACT), ("成果指標", ZAMA_OUT)):
        first = r
        for no, name, unit, vals, fmt, sub in rows:
            if sub:
                put(ws, f"B{r}", None, box=True, shade=LIGHT)
                put(ws, f"C{r}", name, size=8, box=True, shade=LIGHT, indent=2)
                put(ws, f"D{r}", unit, size=8, box=True, shade=LIGHT, h="center")
            else:
                put(ws, f"B{r}", no, box=True, h="center")
                put(ws, f"C{r}", name, box=True)
                put(ws, f"D{r}", unit, box=True, h="center")
            for col, v in zip("EFGHI", vals):
                if isinstance(v, str):
                    put(ws, f"{col}{r}", v, box=True, h="center", shade=LIGHT if sub else None)
                else:
                    put(
                        ws,
                        f"{col}{r}",
                        v,
                        size=8 if sub else 9,
                        box=True,
                        h="right",
                        fmt=fmt,
                        shade=LIGHT if sub else None,
                    )
            ws.row_dimensions[r].height = 18 if sub else 26
            r += 1
        merge(ws, f"A{first}:A{r - 1}", kind, box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.3の下の「うち」の2行は、2024年度の来場者数を会場別に分けた内訳であり、指標ではない（2024年度から栗原会場を休止し、2会場で開催）。",
            "※2　No.4は、暦年（1月～12月）の販売額である。各年度の欄には、その年の1月～12月の額を記載している。",
            "※3　No.5は、まつり会場での来場者アンケートによる。2022年度はアンケートを実施していない。",
        ],
        "A",
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "直行バスの増便と市外でのPRにより、切り花・農産物の販売額と市外からの来場者の割合は目標を上回った。"
            "来場者数は、栗原会場を休止して会場を2か所にしたこともあり、目標に届かなかった。"
            "2025年度は四ツ谷会場の駐車場を拡げ、相模川沿いの散策と組み合わせた案内に取り組む。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 44})
    page(ws, landscape=False)
    save(wb, HERE / "zama_himawari_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 勝浦市 (PDF, portrait)
KATSUURA_ACT = (("ア", "ひな人形の展示会場数", "か所", 14, 16),)
KATSUURA_OUT = (
    (1, "かつうらビッグひな祭りの来場者数", 112400, "中止", 58300, 86400, 95000, 101200, "達成"),
    (2, "勝浦朝市の来訪者数（千人）", 312.5, 198.0, 236.4, 270.8, 280.0, 284.6, "達成"),
    (3, "朝市の1日あたり平均出店数（店）", 38, 27, 29, 31, 35, 32, "未達成"),
    (4, "観光案内所の利用者数", 8420, 4105, 6230, 7315, 8000, 7840, "未達成"),
)


def build_katsuura():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHI", (5, 30, 9, 8, 8, 8, 8, 8, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和7年9月　勝浦市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "かつうらビッグひな祭り・朝市にぎわい創出事業"),
        ("所管課", "観光商工課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　11,860千円（うち県補助金　2,500千円）"),
        ("関連計画", "勝浦市総合計画（令和5年度～令和16年度）"),
        (
            "事業の内容",
            "本市は昭和33年（1958年）に市制を施行した、面積93.96km²、人口15,542人（2024年3月1日推計）のまちである。"
            "勝浦漁港は銚子漁港に次ぐ県内第2位の漁獲量を誇り、天正年間から400年以上続く勝浦朝市は日本三大朝市の一つに数えられる。"
            "また、観測開始以来100年以上にわたり猛暑日を記録していない。"
            "平成13年（2001年）に全国勝浦ネットワークの縁で徳島県勝浦町から約7,000体のひな人形を譲り受けて始まったかつうらビッグひな祭りでは、"
            "市内各所に約30,000体のひな人形を飾り、遠見岬神社の60段の石段には約1,800体が並ぶ。"
            "本事業では、ビッグひな祭り実行委員会への補助、朝市の出店者支援と誘客PR、観光案内所の運営を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 92})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for row in KATSUURA_ACT:
        for col, v in zip("ABCDE", row):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="left" if col == "B" else ("center" if col in "AC" else "right"),
            )
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    put(ws, f"I{r}", "（単位：人）", size=8, h="right", wrap=False)
    r += 1
    head = (
        "No.",
        "成果指標",
        "基準値\n（H30）",
        "R3実績",
        "R4実績",
        "R5実績",
        "R6計画",
        "R6実績",
        "達成状況",
    )
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, *vals, status in KATSUURA_OUT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        for col, v in zip("CDEFGH", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        put(ws, f"I{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 26
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　表中の数値の単位は人である。ただし、成果指標名の末尾の（　）内に単位を示したものは、その単位による。",
            "※2　No.1は、毎年2月下旬から3月上旬に開くビッグひな祭りの来場者数であり、各年度の欄にはその年度の2月～3月の開催分を記載している。",
            "　　 R3は、新型コロナウイルス感染症の影響によりビッグひな祭りを中止した。",
            "※3　基準値は、新型コロナウイルス感染症の影響を受ける前の平成30年度の値である。",
        ],
        "A",
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "ビッグひな祭りは令和4年度に4年ぶりに開催して以降、来場者が戻りつつあり、朝市の来訪者数とともに計画を上回った。"
            "一方、朝市の出店数は出店者の高齢化により計画に届かず、観光案内所の利用者数も平成30年度の水準に戻っていない。"
            "令和7年度は朝市の新規出店者の募集とタンタンメン店をめぐる周遊企画に取り組む。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 44})
    page(ws, landscape=False)
    save(wb, SRC / "katsuura_hinamatsuri_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 稲敷市 (HTML)
INASHIKI_KPI = (
    ("KPI①", "大杉神社周辺の観光入込客数", "千人"),
    ("KPI②", "霞ヶ浦の水辺体験プログラムの参加者数", "人"),
    ("KPI③", "体験プログラムを旅行商品化した件数（累計）", "件"),
    ("KPI④", "市内の観光消費額", "百万円"),
)
INASHIKI_BASE = ("412.5", "―", "0", "186")
INASHIKI_YEARS = (
    ("令和3年度", ("420.0", "300", "2", "190"), ("398.2", "126", "2", "172")),
    ("令和4年度", ("430.0", "450", "5", "200"), ("436.8", "488", "4", "205")),
    ("令和5年度", ("440.0", "600", "8", "210"), ("451.3", "562", "8（速報値）", "214")),
)
INASHIKI_STATUS = ("達成", "未達成", "達成", "達成")


def inashiki_table():
    out = ["<table>\n<thead>\n"]
    heads = "".join(f'<th scope="col">{label}<br>{name}</th>' for label, name, _ in INASHIKI_KPI)
    out.append(f'<tr><th scope="col" colspan="2">年度・区分</th>{heads}</tr>\n')
    units = "".join(f"<th>{unit}</th>" for _, _, unit in INASHIKI_KPI)
    out.append(f'<tr><th scope="row" colspan="2">単位</th>{units}</tr>\n')
    out.append("</thead>\n<tbody>\n")
    cells = "".join(f"<td>{v}</td>" for v in INASHIKI_BASE)
    out.append(f'<tr><th scope="row" colspan="2">事業開始前<br>（令和3年3月末）</th>{cells}</tr>\n')
    for year, targets, actuals in INASHIKI_YEARS:
        cells = "".join(f"<td>{v}</td>" for v in targets)
        out.append(
            f'<tr><th scope="rowgroup" rowspan="2">{year}</th><th scope="row">目標</th>{cells}</tr>\n'
        )
        cells = "".join(f"<td>{v}</td>" for v in actuals)
        out.append(f'<tr><th scope="row">実績</th>{cells}</tr>\n')
    cells = "".join(f'<td class="c">{v}</td>' for v in INASHIKI_STATUS)
    out.append(f'<tr><th scope="row" colspan="2">達成状況<br>（令和5年度）</th>{cells}</tr>\n')
    out.append("</tbody>\n</table>\n")
    return "".join(out)


INASHIKI = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>地方創生推進交付金事業の効果検証（令和５年度） - 稲敷市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
thead th { background: #e8eef6; }
tbody th { background: #f4f4f4; text-align: center; }
td { text-align: right; }
td.c { text-align: center; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihousousei/">地方創生</a></li>
<li>地方創生推進交付金事業の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>地方創生推進交付金事業の効果検証（令和５年度）</h1>
<p class="update">更新日：2024年10月18日　担当：政策企画課</p>
<p>稲敷市は茨城県の南部、東京都心から約60kmに位置し、北東に霞ヶ浦、南東に利根川が流れる水と緑のまちです。平成17年（2005年）3月22日に江戸崎町・新利根町・桜川村・東町の4町村が合併して誕生し、面積は205.81km²、人口は36,316人（2024年9月1日推計）です。令和4年4月1日には市の全域が過疎地域に指定されました。</p>
<p>市内阿波の大杉神社は神護景雲元年（767年）の創建と伝わり、「あんばさま」の名で親しまれています。本市では、地方創生推進交付金を活用して、大杉神社と霞ヶ浦の水辺をめぐる交流人口の拡大に取り組みました。事業の最終年度となる令和5年度の重要業績評価指標（KPI）の実績と、効果検証の結果をお知らせします。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>あんばさまと霞ヶ浦の水辺をめぐる交流人口拡大事業</dd>
<dt>交付金の種類</dt><dd>地方創生推進交付金</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　36,900千円（うち交付金　18,450千円）</dd>
<dt>担当課</dt><dd>政策企画課</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標値と実績値</h2>
<p>表は、KPIを横に、年度を縦に並べています。各年度の上の行が目標値、下の行が実績値です。</p>
"""
    + inashiki_table()
    + """<p>※1　KPI②の体験プログラムは令和3年度に始めたため、事業開始前の値はありません。</p>
<p>※2　KPI③は、令和3年度からの累計件数です。令和5年度の実績は速報値です。</p>
<p>※3　KPI④は、茨城県の観光客動態調査をもとに市が推計した額です。</p>
<h2>効果検証の結果と今後の方針</h2>
<p>4つのKPIのうち3つで目標を達成し、稲敷市まち・ひと・しごと創生推進会議から「地方創生に効果があった」との評価をいただきました。体験プログラムの参加者数は、令和5年度に2回の荒天中止があったため目標に届きませんでした。交付金事業の終了後も、旅行会社と連携した商品の販売を続け、霞ヶ浦の水辺と大杉神社をめぐる周遊を広げていきます。</p>
</main>
<footer><p>稲敷市役所　政策企画課</p></footer>
</body>
</html>
"""
)


def build_inashiki():
    (HERE / "inashiki_kofukin_kensho_r5.html").write_text(INASHIKI, encoding="utf-8")


# ---------------------------------------------------------------- 戸田市 (PDF, landscape, two grids side by side)
TODA_HEAD = (
    "No.",
    "重要業績評価指標（KPI）",
    "単位",
    "基準値\n（H26）",
    "H28\n実績",
    "H29\n実績",
    "H30\n実績",
    "目標値\n（H31）",
)
TODA_LEFT = (
    (1, "子育て世代（30・40歳代）の転入超過数", "人", (-125, -98, -64, 32, 100), TRIANGLE),
    (
        2,
        "戸田ボートコース周辺で開くイベントの来場者数",
        "千人",
        (185.2, 201.4, 214.0, 226.7, 250.0),
        "#,##0.0",
    ),
    (
        3,
        "住み替え支援制度を利用した転入世帯数",
        "世帯",
        (12, 18, 22, 25, "5年間で延べ120世帯以上"),
        "#,##0",
    ),
)
TODA_RIGHT = (
    (1, "保育所等の待機児童数", "人", (98, 62, 45, 21, 0), "#,##0"),
    (2, "【再掲】子育て世代（30・40歳代）の転入超過数", "人", (-125, -98, -64, 32, 100), TRIANGLE),
)


def toda_grid(ws, cols, top, heading, rows):
    put(ws, f"{cols[0]}{top}", heading, size=10, bold=True, wrap=False)
    head = top + 1
    for col, text in zip(cols, TODA_HEAD):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=SHADE, h="center")
    for i, (no, name, unit, vals, fmt) in enumerate(rows):
        r = head + 1 + i
        put(ws, f"{cols[0]}{r}", no, box=True, h="center")
        put(ws, f"{cols[1]}{r}", name, box=True)
        put(ws, f"{cols[2]}{r}", unit, box=True, h="center")
        for col, v in zip(cols[3:], vals):
            if isinstance(v, str):
                put(ws, f"{col}{r}", v, size=8, box=True, h="center")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)


def build_toda():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    left, right = "ABCDEFGH", "JKLMNOPQ"
    widths = (4, 24, 5, 7, 7, 7, 7, 10)
    for cols in (left, right):
        for col, w in zip(cols, widths):
            ws.column_dimensions[col].width = w
    ws.column_dimensions["I"].width = 2
    merge(
        ws,
        "A1:Q1",
        "戸田市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（平成30年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:Q2", "令和元年9月　戸田市　政策秘書室", h="right")
    fields = [
        ("計画の名称", "戸田市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "平成27年度～平成31年度（5年間）"),
        ("担当", "政策秘書室"),
        (
            "総合戦略の基本目標",
            "１　新しい人の流れをつくる　　２　若い世代の出産・子育ての希望をかなえる　　３　安定した雇用を創出する　　"
            "４　時代に合った地域をつくり、安心なくらしを守るとともに地域と地域を連携する（本表は基本目標１・２の抜粋）",
        ),
        (
            "市の概要",
            "本市は昭和41年（1966年）に市制を施行した、面積18.19km²のまちで、荒川を挟んで東京都と接している。"
            "昭和60年（1985年）の埼京線開通以降に人口が大きく増え、人口は139,616人（2019年1月）、市民の平均年齢は40.1歳（2016年1月1日現在）と県内で最も若い。"
            "昭和15年（1940年）に完成した戸田ボートコースは、昭和39年（1964年）の東京オリンピックで漕艇競技の会場となった。",
        ),
    ]
    r = fields_block(
        ws, 4, fields, ("A", "B"), ("C", "Q"), {"総合戦略の基本目標": 28, "市の概要": 40}
    )
    r += 1
    toda_grid(ws, left, r, "基本目標１　新しい人の流れをつくる", TODA_LEFT)
    toda_grid(ws, right, r, "基本目標２　若い世代の出産・子育ての希望をかなえる", TODA_RIGHT)
    ws.row_dimensions[r + 1].height = 30
    for i in range(len(TODA_LEFT)):
        ws.row_dimensions[r + 2 + i].height = 30
    r = r + 2 + len(TODA_LEFT)
    r = notes_block(
        ws,
        r,
        [
            "※1　「△」はマイナス（転出超過）を示す。",
            "※2　基本目標２のNo.2は、基本目標１のNo.1の再掲である。",
            "※3　目標値（H31）は、総合戦略の最終年度である平成31年度（令和元年度）の値である。基準値は、総合戦略の策定時に把握していた平成26年度の値である。",
        ],
        "A",
        "Q",
    )
    page(ws, landscape=True)
    save(wb, SRC / "toda_sousei_kpi_shinchoku_h30.xlsx")


def to_pdf():
    for name in ("katsuura_hinamatsuri_shuyo_seika_r6", "toda_sousei_kpi_shinchoku_h30"):
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
    build_zama()
    build_katsuura()
    build_inashiki()
    build_toda()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
