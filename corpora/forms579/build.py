"""Build forms579: four KPI documents of 牛久市, 鎌倉市, 川口市 and 立川市.

Writes `ushiku_chateau_jimujigyo_r6.xlsx` (the workbook is the document), `kamakura_kasokuka_kensho_h28.html`
and the XLSX sources `source/kawaguchi_angyo_shuyo_seika_r5.xlsx` and `source/tachikawa_choki5_seika_shihyo_r7.xlsx`,
which LibreOffice turns into `kawaguchi_angyo_shuyo_seika_r5.pdf` and `tachikawa_choki5_seika_shihyo_r7.pdf`.
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
    wb.properties.creator = "forms579"
    wb.properties.lastModifiedBy = "forms579"
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
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


def value_fmt(v):
    if isinstance(v, float):
        return "#,##0.0"
    return None


# ---------------------------------------------------------------- 牛久市 (XLSX document, portrait)
# (区分 or None, No., name, unit, 基準値（R元）, R4実績, R5実績, R6目標, R6実績（速報値）, 達成率, R8目標)
USHIKU_ROWS = (
    ("活動指標", 1, "神谷傳兵衛記念館の公開日数", "日", 298, 245, 301, 300, 306, "102.0%", 310),
    (None, 2, "ブドウ畑の収穫・醸造体験の開催回数", "回", "4（H30）", 6, 8, 10, 9, "90.0%", 12),
    (
        "成果指標",
        3,
        "牛久シャトーの来場者数",
        "千人",
        412.6,
        236.8,
        301.5,
        330.0,
        342.7,
        "103.8%",
        400.0,
    ),
    (None, 4, "市の観光入込客数", "千人", 598.4, 455.1, 540.3, 620.0, 586.9, "94.7%", 650.0),
    (
        None,
        5,
        "牛久シャトーのワイン・クラフトビールの販売本数",
        "本",
        "―",
        18420,
        24650,
        28000,
        29315,
        "104.7%",
        35000,
    ),
)


def build_ushiku():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJK", (9, 5, 25, 6, 9, 9, 9, 9, 9, 8, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月29日　　牛久市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "牛久シャトー保存活用・にぎわい創出事業"),
        ("担当課", "未来創造課"),
        ("関連計画", "第2期牛久市まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和3年度～令和8年度（6年間）"),
        ("事業費（R6決算）", "18,640千円（うち国庫補助金　4,500千円）"),
        (
            "事業の概要",
            "本市は茨城県の南部、首都東京から50kmの距離に位置し、面積58.92km²、人口83,826人（2024年1月1日推計）の市である。"
            "牛久シャトーは、実業家神谷傳兵衛が1903年（明治36年）に創設した日本初の本格的ワイン醸造場の建物群で、2008年（平成20年）6月に国の重要文化財に指定され、"
            "2020年（令和2年）6月には山梨県甲州市とともに日本遺産「日本ワイン140年史」に認定された。同年1月に設立された第三セクター「牛久シャトー株式会社」が、"
            "レストラン等の営業とワイン・クラフトビールの醸造を再開している。本事業では、建物群の保存と公開、約5千平方メートルのブドウ畑を生かした体験事業、"
            "高さ120mの牛久大仏や観光アヤメ園（昭和61年開園）など市内の観光地との周遊の促進に取り組む。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), {"事業の概要": 86})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCDE", ("区分", "No.", "指標名", "単位", "基準値\n（R元）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    put(ws, f"F{h1}", "令和4年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"G{h1}", "令和5年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:J{h1}", "令和6年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"K{h1}", "令和8年度", bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "FGHIJK", ("実績", "実績", "目標", "実績\n（速報値）", "達成率", "目標\n（最終）")
    ):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 28
    r = h2 + 1
    first = r
    for kind, no, name, unit, *vals in USHIKU_ROWS:
        if kind:
            span = 2 if no == 1 else 3
            merge(ws, f"A{r}:A{r + span - 1}", kind, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 30
        r += 1
    boxed(ws, f"A{first}:A{r - 1}")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.2の基準値は、令和元年度に台風の影響で体験を中止したため、平成30年度の値を記載している。",
            "※2　令和6年度の実績は速報値であり、確定値は令和7年9月に公表する予定である（No.4は茨城県の観光客動態調査による）。",
            "※3　達成率は、令和6年度の実績（速報値）を目標で除したものである。",
            "※4　No.5の基準値は、令和元年度にシャトーの飲食・物販事業が撤退し醸造を休止していたため「―」としている。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "シャトーの来場者数と醸造品の販売本数は目標を上回り、記念館の公開日数も確保できた。ブドウ畑の体験は天候不良で1回を中止し、市全体の観光入込客数は目標に届かなかった。令和7年度は、日本遺産の構成文化財をめぐる周遊企画と、牛久大仏を結ぶ周遊バスの実証運行に取り組む。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "ushiku_chateau_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 鎌倉市 (HTML)
# (No., 事業名, 交付金額（千円）, 事業の評価, KPIs: (name with label, unit, 事業開始前, 目標値, 目標年月, 実績値))
KAMAKURA_PROGRAMS = (
    (
        "1",
        "空き家・空き店舗等の不動産を活用した企業活動の拠点整備（鎌倉ローカル・クリエイティブ・シティー・プロジェクト）",
        "24,000",
        "地方創生に相当程度効果があった",
        (
            ("①　拠点施設を利用した起業・創業件数", "件", "0", "5", "平成29年3月", "6"),
            ("②　拠点施設の利用者数（延べ）", "人", "―", "3,000", "平成29年3月", "約3,400"),
            ("③　市内へのIT関連企業の立地件数（累計）", "社", "0", "10", "平成31年3月", "4"),
        ),
    ),
    (
        "2",
        "三浦半島魅力最大化プロジェクト推進事業",
        "16,420",
        "地方創生に効果があった",
        (
            ("④　海辺の観光イベントの来場者数", "千人", "18.5", "30.0", "平成29年3月", "27.4"),
            ("⑤　外国人観光案内所の利用者数", "人", "8,200", "12,000", "平成30年3月", "10,650"),
        ),
    ),
)


def kamakura_rows():
    out = []
    for no, name, money, verdict, kpis in KAMAKURA_PROGRAMS:
        n = len(kpis)
        for i, (kpi, unit, base, target, month, actual) in enumerate(kpis):
            head = ""
            if i == 0:
                head = (
                    f'<td class="c" rowspan="{n}">{no}</td>'
                    f'<td class="prog" rowspan="{n}">{name}</td>'
                    f'<td rowspan="{n}">{money}</td>'
                )
            tail = f'<td class="prog" rowspan="{n}">{verdict}</td>' if i == 0 else ""
            out.append(
                f'<tr>{head}<td class="name">{kpi}</td><td class="c">{unit}</td><td>{base}</td>'
                f'<td>{target}</td><td class="c">{month}</td><td>{actual}</td>{tail}</tr>\n'
            )
    return "".join(out)


KAMAKURA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>地方創生加速化交付金事業の効果検証結果（平成28年度実施事業） - 鎌倉市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name, td.prog { text-align: left; }
td.c { text-align: center; }
th { background: #eef1f6; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">施策・計画</a></li>
<li>地方創生加速化交付金事業の効果検証結果（平成28年度実施事業）</li>
</ol></nav>
<main>
<h1>地方創生加速化交付金事業の効果検証結果（平成28年度実施事業）</h1>
<p class="update">更新日：2018年3月30日</p>
<p>鎌倉市は、昭和14年（1939年）11月3日に市制を施行し、面積は39.53km²、人口は171,977人（平成30年3月1日現在）です。古都保存法などに基づく指定を受けた緑地が市域の3分の1を占め、年間約2,000万人以上の観光客が訪れています。</p>
<p>本市では、平成27年度の国の補正予算で創設された地方創生加速化交付金を活用して平成28年度に実施した事業について、鎌倉市まち・ひと・しごと創生総合戦略に位置付けた重要業績評価指標（KPI）の実績をもとに、外部有識者の意見を聴いて効果を検証しました。交付対象となった3事業のうち、2事業の結果を掲載します。</p>
<dl>
<dt>総合戦略の名称</dt><dd>鎌倉市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>平成27年度～平成31年度（5年間）</dd>
<dt>担当課</dt><dd>経営企画部　経営企画課</dd>
</dl>
<h2>交付対象事業と重要業績評価指標（KPI）の実績</h2>
<p>目標値は、KPIごとに定めた目標年月における値です。実績値は、平成29年3月末時点の値です。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">交付対象事業の名称</th><th scope="col" rowspan="2">交付金額<br>（千円）</th><th scope="colgroup" colspan="6">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">事業の評価</th></tr>
<tr><th scope="col">指標</th><th scope="col">単位</th><th scope="col">事業開始前<br>（平成28年3月末）</th><th scope="col">目標値</th><th scope="col">目標年月</th><th scope="col">実績値<br>（平成29年3月末）</th></tr>
</thead>
<tbody>
"""
    + kamakura_rows()
    + """</tbody>
</table>
<p>※　②は、拠点施設の開所日（平成28年6月）からの延べ利用者数で、事業開始前の値はありません。実績値は、利用者名簿から推計した概数です。</p>
<p>※　③は、平成28年度から平成30年度までの3年間で10社の立地を目指すものです。</p>
<p>※　④は、三浦半島の4市町と神奈川県が連携して実施したイベントのうち、本市会場の来場者数です。</p>
<h2>今後の方針</h2>
<p>いずれの事業も、交付金の終了後は市の単独事業として継続します。拠点施設は平成30年度から民間事業者による自主運営に移行し、三浦半島の広域連携事業は県及び関係市町と引き続き取り組みます。</p>
</main>
<footer><p>鎌倉市役所　経営企画部　経営企画課</p></footer>
</body>
</html>
"""
)


def build_kamakura():
    (HERE / "kamakura_kasokuka_kensho_h28.html").write_text(KAMAKURA, encoding="utf-8")


# ---------------------------------------------------------------- 川口市 (PDF, portrait)
KAWAGUCHI_ACT = (("ア", "植木・花きの展示即売会への出展支援回数", "回", 6, 8),)
# (No., name, unit, 基準値（R3.3末）, R5.3末目標, R5.3末実績, R6.3末目標, R6.3末実績, 達成状況)
KAWAGUCHI_OUT = (
    (1, "安行地区の植木・花き生産者数", "戸", 312, 305, 301, 300, 296, "未達成"),
    (2, "市内の生産緑地地区の面積", "ha", 128.4, 125.0, 124.1, 121.5, 121.9, "達成"),
    (3, "「安行」ブランド認定品目数（累計）", "品目", 12, 16, 17, 20, "―", "―"),
    (4, "植木・花きの出荷本数", "千本", 1842, 1900, 1876, 1950, 1968, "達成"),
)


def build_kawaguchi():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果報告書"
    for col, w in zip("ABCDEFGHI", (5, 26, 6, 10, 8, 8, 8, 8, 10)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和５年度　主要施策の成果報告書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和6年9月　川口市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "都市農業の振興"),
        ("事業名", "安行植木・花き産業振興事業"),
        ("所管課", "経済部　農政課"),
        ("会計区分", "一般会計　6款 農林水産業費　1項 農業費　3目 農業振興費"),
        ("決算額", "令和5年度　23,780千円（うち県補助金　3,000千円）"),
        ("関連計画", "川口市農業基本計画"),
        (
            "事業の内容",
            "本市は埼玉県の南端に位置し、荒川を隔てて東京都に接する面積61.95km²、人口607,373人（2021年1月1日）の市で、2011年（平成23年）10月に鳩ヶ谷市を編入し、2018年（平成30年）に中核市へ移行した。"
            "北東部の安行地区は江戸時代から続く植木の産地で、昭和31年（1956年）に旧安行村が本市に編入された。平成8年（1996年）に開館した川口緑化センター「樹里安」には道の駅「川口・あんぎょう」が併設され、毎年秋には「安行花植木まつり」が開かれている。"
            "一方、市内の農家戸数は平成12年の1,065戸から令和2年の640戸へ減少しており、本事業では、植木・花き生産者の販路開拓と後継者の育成、生産緑地の保全を支援する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 84})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R4年度\n実績", "R5年度\n実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for row in KAWAGUCHI_ACT:
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
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("No.", "成果指標", "単位", "基準値\n（R3.3末）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:F{h1}", "R5.3末", bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{h1}:H{h1}", "R6.3末", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{h1}:I{h2}", "達成状況\n（R6.3末）", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", ("目標", "実績", "目標", "実績")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for row in KAWAGUCHI_OUT:
        for col, v in zip("ABCDEFGHI", row):
            h = (
                "left"
                if col == "B"
                else ("center" if col in "ACI" or isinstance(v, str) else "right")
            )
            put(ws, f"{col}{r}", v, box=True, h=h, fmt=value_fmt(v))
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　成果指標の値は、各年3月末（年度末）現在の値である（No.4を除く）。",
            "※2　No.3の令和6年3月末の実績は、ブランド認定審査会を令和6年5月に延期したため「―」としており、達成状況は令和6年度に判定する。",
            "※3　No.4は、各年度（4月～翌年3月）の出荷本数であり、「R3.3末」「R5.3末」「R6.3末」の欄には、それぞれその3月に終わる年度の値を記載している。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=10, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "展示即売会への出展支援により出荷本数は目標を上回り、生産緑地の面積も目標の水準を維持した。生産者数は高齢化による廃業が続き目標を下回ったため、"
        "令和6年度は後継者向けの研修を拡充するとともに、10年に1度オランダで開催される国際園芸博覧会「フロリアード」への出展経験を生かした海外向けの販路開拓を支援する。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "kawaguchi_angyo_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 立川市 (PDF, landscape)
# (施策, rows: (No., name, unit, R4年度, R5年度, R6年度見込, R9年度見込, R11年度))
TACHIKAWA_GROUPS = (
    (
        "9-1　商業・観光の振興",
        (
            (
                "①",
                "立川駅周辺の歩行者通行量（休日1日あたり）",
                "千人",
                412.5,
                436.8,
                445.0,
                450.0,
                470.0,
            ),
            ("②", "市内の観光入込客数", "千人", 5820.4, 6215.7, 6400.0, 6600.0, 7000.0),
            ("③", "創業支援事業による創業者数", "人", 68, 74, "―", 80, 90),
        ),
    ),
    (
        "9-2　都市農業の振興",
        (
            ("④", "立川産ウドの出荷量", "t", 38.6, 36.2, 37.0, 38.0, 40.0),
            ("⑤", "農産物直売所の売上額", "百万円", 512, 548, 560, 580, 600),
        ),
    ),
)


def build_tachikawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標一覧"
    for col, w in zip("ABCDEFGHI", (20, 5, 40, 8, 12, 12, 12, 12, 12)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "立川市第5次長期総合計画　前期基本計画　成果指標一覧（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和7年3月　立川市　企画政策課", h="right")
    fields = [
        ("計画の名称", "立川市第5次長期総合計画"),
        ("将来像", "魅力咲きほこり　つどい華やぐまち　立川　～新風を吹き込み　美風を守る～"),
        ("計画期間", "前期基本計画　令和7年度～令和11年度（5年間）"),
        ("掲載の範囲", "政策分野「産業まちづくり」のうち2施策"),
        (
            "市の概要",
            "本市は東京都のほぼ中央、多摩地域の中心部に位置し、面積24.36km²、人口約18万5千人（令和5年4月1日現在）の市である。東京駅から立川駅までは37.5km、JR中央線の特別快速で40分で結ばれる。"
            "大正11年（1922年）に陸軍立川飛行場が置かれ、その跡地には昭和58年（1983年）10月26日に総面積180haの国営昭和記念公園が開園した。市の北部には畑が多く、ウドは市の特産品である。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "A"), ("B", "I"), {"市の概要": 44})
    r += 1
    put(ws, f"A{r}", "■成果指標と目標値", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "実績値は第4次長期総合計画後期基本計画で把握してきた値、目標値は本計画で定める値である。中間年度（令和9年度）の目標値は見込みとして示している。",
        size=8,
    )
    ws.row_dimensions[r].height = 15
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("施策", "No.", "成果指標", "単位")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:G{h1}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:I{h1}", "目標値", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHI", ("R4年度", "R5年度", "R6年度見込", "R9年度見込", "R11年度")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for field, rows in TACHIKAWA_GROUPS:
        merge(ws, f"A{r}:A{r + len(rows) - 1}", field, box=True)
        for label, name, unit, *vals in rows:
            put(ws, f"B{r}", label, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            for col, v in zip("EFGHI", vals):
                put(
                    ws,
                    f"{col}{r}",
                    v,
                    box=True,
                    h="center" if isinstance(v, str) else "right",
                    fmt=value_fmt(v),
                )
            ws.row_dimensions[r].height = 22
            r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　①は、立川駅の南北の定点9か所で、毎年秋の休日に実施する歩行者通行量調査の結果である。",
            "※2　④は、暦年（1月～12月）の出荷量である。",
            "※3　③の令和6年度見込は、創業支援等事業計画の変更認定の手続中で集計ができないため「―」としている。",
            "※4　⑤は、市内の農産物直売所（JA直売所2か所を含む）の年間売上額の合計である。",
        ],
        "I",
    )
    page(ws, landscape=True)
    save(wb, SRC / "tachikawa_choki5_seika_shihyo_r7.xlsx")


def to_pdf():
    for name in ("kawaguchi_angyo_shuyo_seika_r5", "tachikawa_choki5_seika_shihyo_r7"):
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
    build_ushiku()
    build_kamakura()
    build_kawaguchi()
    build_tachikawa()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
