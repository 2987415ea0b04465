"""Build forms551: four KPI documents of 龍ケ崎市, 飯田市, 飯能市 and 君津市.

Writes `ryugasaki_tsukumai_jimujigyo_r6.xlsx` (the workbook is the document), `iida_ningyogeki_kpi_jisseki_2023.html`
and the XLSX sources `source/hanno_sousei2_kpi_shinchoku_r5.xlsx` (landscape) and
`source/kimitsu_kururi_shuyo_seika_r5.xlsx` (portrait), which LibreOffice turns into the PDFs of the same names
(one A4 page each). Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 8, 18, 9, 0, 0)
STAMP_ISO = b"2025-08-18T09:00:00Z"
PDFS = ["hanno_sousei2_kpi_shinchoku_r5", "kimitsu_kururi_shuyo_seika_r5"]


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
    v="center",
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
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
    wb.properties.creator = "forms551"
    wb.properties.lastModifiedBy = "forms551"
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
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A", size=8, wide=90):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=size)
        ws.row_dimensions[r].height = 14 if len(text) < wide else 24
        r += 1
    return r


def value_cell(ws, ref, v, fmt=None, shade=None):
    """A value cell: numbers (and text that starts with a digit) right, dashes and words centred."""
    if v is None:
        return put(ws, ref, None, box=True, shade=shade)
    if isinstance(v, str) and not v[0].isdigit():
        return put(ws, ref, v, box=True, h="center", shade=shade)
    return put(ws, ref, v, box=True, h="right", fmt=fmt, shade=shade)


# ---------------------------------------------------------------- 龍ケ崎市 (XLSX document, 事務事業評価シート)
# (区分, No., 指標名, 単位, 基準値（R元）, R3実績, R4実績, R5実績, R6目標, R6実績（速報値）, R8目標（最終）)
# No.4 is kept in yen and shown in thousands through the number format #,##0, (the 単位 cell says 千円).
RYUGASAKI_ROWS = [
    ("活動指標", 1, "撞舞保存会の練習会・公開実演の回数", "回", 6, 2, 8, 10, 10, 9, 12),
    ("活動指標", 2, "舞男後継者育成講座の受講者数", "人", "―", "―", 3, 4, 5, 5, 6),
    ("成果指標", 3, "撞舞の見物客数", "千人", 32.0, "中止", 24.5, 31.2, 34.0, 36.8, "38～42"),
    (
        "成果指標",
        4,
        "祇園祭期間中の撞舞関連商品（まいりゅうグッズ等）の販売額",
        "千円",
        1820000,
        "中止",
        1353000,
        2015000,
        2200000,
        2486000,
        2600000,
    ),
    (
        "成果指標",
        5,
        "見物客アンケートで「また見に来たい」と答えた人の割合",
        "％",
        82.4,
        "―",
        85.1,
        86.0,
        88.0,
        87.2,
        90.0,
    ),
]


def build_ryugasaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 7.5,
            "B": 4.5,
            "C": 28,
            "D": 5.5,
            "E": 8,
            "F": 7,
            "G": 7,
            "H": 7,
            "I": 7,
            "J": 9,
            "K": 8.5,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月23日　龍ケ崎市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "撞舞保存継承・祇園祭観光交流推進事業"),
        ("担当課", "商工観光課　観光物産グループ"),
        ("関連計画", "ふるさと龍ケ崎戦略プラン"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "7,420千円（うち一般財源　5,420千円）"),
        (
            "事業の概要",
            "本市は茨城県の南部、都心から約45kmに位置し、面積は78.59km²、人口は74,832人（2024年11月1日推計）。昭和29年（1954年）に市制を施行した。"
            "撞舞（つくまい）は、天正5年（1577年）に現在地に移った八坂神社の祇園祭の最終日（毎年7月下旬）に、根町の撞舞通りで行われる神事である。"
            "雨蛙の面をかぶった舞男が高さ14mの撞柱に登り、頂上の円座で東西南北に矢を放ち、逆立ちなどの妙技を披露する。平成11年（1999年）に国の選択無形民俗文化財に選ばれ、"
            "平成22年（2010年）に県の無形民俗文化財に指定された。平成20年度からは2人の舞男が舞を務めている。令和2年・3年は新型コロナウイルス感染症の影響で中止となり、"
            "令和4年に3年ぶりに開催した。本事業では、龍ケ崎市撞舞保存会の活動と舞男の後継者育成を支援し、祇園祭にあわせた誘客と物産の販売を進める。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "K"), {"事業の概要": 86})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績\n（速報値）",
        "R8目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJK", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    first = {}
    for kubun, no, name, unit, *vals in RYUGASAKI_ROWS:
        first.setdefault(kubun, r)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            if unit == "千円" and isinstance(v, int):
                value_cell(ws, f"{col}{r}", v, fmt="#,##0,")
            else:
                value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 30 if len(name) > 17 else 22
        r += 1
    ends = {"活動指標": first["成果指標"] - 1, "成果指標": r - 1}
    for kubun, start in first.items():
        merge(ws, f"A{start}:A{ends[kubun]}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.2の後継者育成講座は令和4年度に開始したため、基準値及び令和3年度は「―」とした。",
            "※2　令和3年度は、新型コロナウイルス感染症の影響により撞舞が中止となったため、No.3・No.4は「中止」とし、No.5の調査は実施していない（「―」）。",
            "※3　令和6年度の実績は、令和7年6月末時点の速報値である。確定値は、次年度の評価シートで報告する。",
            "※4　No.3の最終目標は、38千人から42千人までの幅で設定している。",
            "※5　No.4は、龍ケ崎市観光物産協会による祇園祭期間中（3日間）の販売実績である。",
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
            ("総合評価", "A（順調）"),
            ("今後の方向性", "継続"),
            (
                "評価の理由",
                "令和6年度の見物客数は速報値で前年度を5千人余り上回り、撞舞関連商品の販売額も2年続けて増えた。公開実演は雨天のため1回を取りやめた。"
                "アンケートの「また見に来たい」の割合は目標に届かなかったため、令和7年度は撞舞通りの観覧スペースを2か所増やし、開始時刻の案内を充実させる。",
            ),
        ],
        ("A", "C"),
        ("D", "K"),
        {"評価の理由": 36},
    )
    page(ws, landscape=False)
    save(wb, HERE / "ryugasaki_tsukumai_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 飯田市 (HTML, 地域再生計画の KPI 実績)
# (KPI with label, 単位, 事業開始前, 目標 (2022, 2023, 2024, 累計), 実績 (2022, 2023, 2024, 累計)); "" = blank cell.
IIDA_KPIS = [
    (
        "①　いいだ人形劇フェスタの観劇者数",
        "千人",
        "32.6",
        ["8.0", "5.0", "5.0", "18.0"],
        ["11.2", "▲2.4", "", "8.8"],
    ),
    (
        "②　飯田市川本喜八郎人形美術館の入館者数",
        "人",
        "14,820",
        ["1,000", "1,000", "1,500", "3,500"],
        ["1,460", "1,180", "", "2,640"],
    ),
    (
        "③　飯田駅と天龍峡を結ぶ土日祝日周遊バスの利用者数",
        "人",
        "―",
        ["2,000", "500", "500", "3,000"],
        ["1,864", "421", "", "2,285"],
    ),
    (
        "④　「人形劇のまち」市民ガイドの登録者数",
        "人",
        "12",
        ["5", "5", "5", "15"],
        ["8", "4", "", "12"],
    ),
]


def build_iida():
    title = "地域再生計画「人形劇のまち飯田」交流拠点づくり事業計画の重要業績評価指標（KPI）の実績（2023年度）"
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{title} | 飯田市</title>",
        "<style>",
        "table { border-collapse: collapse; margin: 0.5em 0 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "thead th { background: #e6e6e6; }",
        "td { text-align: right; }",
        "td.kubun { text-align: center; }",
        "dl { display: grid; grid-template-columns: 8em 1fr; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav aria-label="現在地"><ol>',
        '<li><a href="/">トップページ</a></li>',
        '<li><a href="/shisei/">市政情報</a></li>',
        '<li><a href="/shisei/keikaku/">計画・施策</a></li>',
        f"<li>{title}</li>",
        "</ol></nav>",
        "<main>",
        f"<h1>{title}</h1>",
        '<p class="date">更新日：2024年9月27日　ページ番号：3184</p>',
        "<p>飯田市は長野県の最南端に位置し、東に南アルプス、西に中央アルプスがそびえ、南北に天竜川が流れる谷あいの都市です。"
        "昭和12年（1937年）4月1日に飯田町と上飯田町が合併して市制を施行し、平成17年（2005年）10月1日に上村と南信濃村を編入しました。"
        "面積は658.66平方キロメートル、人口は98,014人（2020年1月1日）です。りんご並木と人形劇のまちとして知られ、水引は全国の生産の約7割を占めます。</p>",
        "<p>昭和54年（1979年）8月に始まった「人形劇カーニバル飯田」は、第1回に60の劇団が参加し、昭和63年（1988年）の第10回には世界人形劇フェスティバルを併せて開き、"
        "フランスのシャルルビル・メジェール市と友好都市を結びました。平成11年（1999年）に「いいだ人形劇フェスタ」と改称し、毎年8月に市内の大小およそ140の会場で開かれ、"
        "1枚のワッペンでほとんどの公演を見ることができます。平成19年（2007年）3月には、りんご並木の隣に飯田市川本喜八郎人形美術館が開館しました。</p>",
        "<dl>",
        "<dt>計画の名称</dt><dd>「人形劇のまち飯田」交流拠点づくり事業計画</dd>",
        "<dt>計画期間</dt><dd>2022年度～2024年度（3か年）</dd>",
        "<dt>担当課</dt><dd>企画課</dd>",
        "</dl>",
        "<h2>重要業績評価指標（KPI）の目標値と実績値</h2>",
        "<p>地域再生計画の様式にあわせ、各年度の欄には、その年度の<strong>増加分</strong>（前年度からの増減）を掲げています。"
        "「▲」は減少を表します。「KPI増加分の累計」は、3か年の増加分の合計です。2024年度の実績値は、2025年度に公表します。</p>",
        "<table>",
        "<thead>",
        '<tr><th scope="col">KPI</th><th scope="col">単位</th><th scope="col">事業開始前<br>（2021年度）</th><th scope="col">区分</th>'
        '<th scope="col">2022年度増加分<br>（1年目）</th><th scope="col">2023年度増加分<br>（2年目）</th>'
        '<th scope="col">2024年度増加分<br>（3年目）</th><th scope="col">KPI増加分<br>の累計</th></tr>',
        "</thead>",
        "<tbody>",
    ]
    for name, unit, base, targets, actuals in IIDA_KPIS:
        out.append(
            f'<tr><th scope="row" rowspan="2">{name}</th><td class="kubun" rowspan="2">{unit}</td><td rowspan="2">{base}</td>'
            '<td class="kubun">目標</td>' + "".join(f"<td>{v}</td>" for v in targets) + "</tr>"
        )
        out.append(
            '<tr><td class="kubun">実績</td>' + "".join(f"<td>{v}</td>" for v in actuals) + "</tr>"
        )
    out.extend(
        [
            "</tbody>",
            "</table>",
            "<p>※①は、フェスタの期間中に各会場で数えた観劇者の延べ人数です。2023年度は、主会場の一部が改修のため使えず、公演数を減らしたことから、前年度を下回りました。</p>",
            "<p>※③のバスは2022年度に運行を始めたため、事業開始前の値はありません（「―」）。</p>",
            "<h2>検証の結果</h2>",
            "<p>2023年度は、4つのKPIのうち1つで年度の目標値（増加分）を達成しました。人形美術館は企画展の入館者が好調で、"
            "入館者数は2年続けて目標を上回りました。一方、フェスタの来場者数は公演数を減らした影響で減少し、周遊バスとガイドの登録者数も目標に届きませんでした。"
            "2024年8月に開いた飯田市地域再生計画推進会議（委員12名）の意見を踏まえ、2024年度はガイドの養成講座を年2回に増やします。</p>",
            "<p>お問い合わせ：企画課</p>",
            "</main>",
            "</body>",
            "</html>",
        ]
    )
    (HERE / "iida_ningyogeki_kpi_jisseki_2023.html").write_text(
        "\n".join(out) + "\n", encoding="utf-8"
    )


# ---------------------------------------------------------------- 飯能市 (PDF landscape, 総合戦略 KPI の進捗)
# (No., KPI, 単位, 基準値 (its own year in brackets), R3, R4, R5, 目標値（R6）, 進捗, 担当課); No. None = the 内訳 row.
HANNO_ROWS = [
    (
        1,
        "観光入込客数",
        "千人",
        "3,120（R元）",
        "2,256",
        "2,842",
        "3,315",
        "3,400",
        "順調",
        "観光振興課",
    ),
    (
        None,
        "うちメッツァ（メッツァビレッジ・ムーミンバレーパーク）の来場者数",
        "千人",
        "1,210（R元）",
        "620",
        "890",
        "1,020",
        "―",
        "",
        "",
    ),
    (
        2,
        "飯能駅の定期外乗降客数（1日平均）",
        "人",
        "9,850（R元）",
        "7,020",
        "8,310",
        "9,120※2",
        "10,000",
        "概ね順調",
        "企画課",
    ),
    (
        3,
        "西川材の市内出荷量",
        "㎥",
        "6,800（H30）",
        "7,120",
        "7,350",
        "7,610",
        "8,000",
        "順調",
        "森林づくり課",
    ),
    (
        4,
        "飯能新緑ツーデーマーチの参加者数",
        "人",
        "約23,000（R元）",
        "中止",
        "12,480",
        "18,920",
        "25,000",
        "遅れ",
        "スポーツ課",
    ),
    (
        5,
        "移住相談窓口を通じた移住者数",
        "人",
        "18（R元）",
        "26",
        "31",
        "38",
        "40",
        "順調",
        "企画課",
    ),
]


def build_hanno():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths(
        ws, {"A": 4.5, "B": 40, "C": 6, "D": 13, "E": 9, "F": 9, "G": 9, "H": 10, "I": 9, "J": 13}
    )
    merge(
        ws,
        "A1:J1",
        "第2期飯能市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年10月　飯能市 企画総務部 企画課", h="right")
    rows = [
        ("戦略の名称", "第2期飯能市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "企画総務部　企画課"),
        (
            "市の概要",
            "本市は埼玉県の南西部、都心から約50km圏に位置する。昭和29年（1954年）1月1日に県内9番目の市として市制を施行し、平成17年（2005年）1月1日に名栗村を編入して、"
            "面積193.05km²と県内3番目の広さとなった（森林が約7割）。人口は79,187人（2024年10月1日推計）。江戸時代には筏で江戸へ運ばれた「西川材」の産地として栄え、"
            "平成17年（2005年）4月1日に「森林文化都市」を宣言した。宮沢湖畔には、平成30年（2018年）11月にメッツァビレッジが、平成31年（2019年）3月16日にムーミンバレーパーク（約7.3ha）が開業した。"
            "国内最大の2日間のウオーキング大会「飯能新緑ツーデーマーチ」は毎年5月に開かれる。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "J"), {"市の概要": 50})
    r += 1
    put(
        ws,
        f"A{r}",
        "■基本目標２　森林文化都市はんのうの魅力を生かし、新しいひとの流れをつくる",
        size=11,
        bold=True,
        wrap=False,
    )
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "進捗　順調：R5実績が目標値（R6）の95%以上　概ね順調：80%以上95%未満　遅れ：80%未満",
        size=8,
    )
    r += 1
    top, low = r, r + 1
    for col, text in zip("ABCD", ["No.", "重要業績評価指標（KPI）", "単位", "基準値"], strict=True):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"E{top}:G{top}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFG", ["R3", "R4", "R5"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("HIJ", ["目標値\n（R6）", "進捗", "担当課"], strict=True):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 16
    ws.row_dimensions[low].height = 16
    r = low + 1
    for no, name, unit, base, a3, a4, a5, target, prog, ka in HANNO_ROWS:
        shade = LIGHT if no is None else None
        put(ws, f"A{r}", no, box=True, h="center", shade=shade)
        put(ws, f"B{r}", ("　" + name) if no is None else name, box=True, shade=shade)
        put(ws, f"C{r}", unit, box=True, h="center", shade=shade)
        for col, v in zip("DEFGH", [base, a3, a4, a5, target], strict=True):
            value_cell(ws, f"{col}{r}", v, shade=shade)
        put(ws, f"I{r}", prog or None, box=True, h="center", shade=shade)
        put(ws, f"J{r}", ka or None, box=True, h="center", shade=shade)
        ws.row_dimensions[r].height = 22
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　基準値の（　）内は、基準とした年度である。",
            "※2　No.2のR5は、鉄道事業者の公表前のため見込値である。",
            "※3　「うち」の行は、No.1の内数を参考として掲げたもので、KPIではない。",
            "※4　No.4のR3は、新型コロナウイルス感染症の影響により大会が中止となった。",
        ],
        "J",
        wide=120,
    )
    r += 1
    put(ws, f"A{r}", "■進捗の状況", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "観光入込客数は、メッツァの来場者の回復もあり、令和5年度は基準値を上回った。ツーデーマーチは令和4年度に3年ぶりに開催したが、参加者数は基準値の約8割にとどまった。"
        "令和4年3月に登録DMOとなった奥むさし飯能観光協会と連携し、令和6年度は駅からメッツァ・天覧山を結ぶ周遊コースのPRを強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 36
    page(ws, landscape=True)
    save(wb, SRC / "hanno_sousei2_kpi_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- 君津市 (PDF portrait, 主要な施策の成果に関する説明書)
KIMITSU_JISSEKI = [
    ("ア", "観光マップの配布部数", "千部", 42.0, 48.5, 55.0),
    ("イ", "観光案内所の利用者数（久留里駅前）", "人", 8420, 9870, 10650),
    ("ウ", "観光案内所の利用者数（亀山湖畔）", "人", 5130, 6240, 6980),
    (None, "計（イ＋ウ）", "人", 13550, 16110, 17630),
]
# (No., 成果指標, 単位, 基準値（R元）, R4実績, R5目標, R5実績, 達成状況（R5）, 目標値（R7）)
KIMITSU_SEIKA = [
    ("①", "久留里地区の観光入込客数", "千人", 412.6, 365.1, 400.0, 418.3, "達成", 450.0),
    (
        "②",
        "亀岩の洞窟（濃溝の滝）の来訪者数",
        "人",
        186200,
        "142,800※1",
        170000,
        163450,
        "未達成",
        190000,
    ),
    ("③", "亀山湖周辺の不法投棄物回収量の削減", "t", 5.8, 4.1, "4.0以下", 3.6, "達成", "3.0以下"),
]


def build_kimitsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws, {"A": 4.5, "B": 30, "C": 6, "D": 9.5, "E": 9.5, "F": 9.5, "G": 9.5, "H": 8.5, "I": 9.5}
    )
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　君津市 経済部 商工観光課", h="right")
    rows = [
        ("事業名", "名水の里久留里・亀山湖周辺観光振興事業"),
        ("所管課", "経済部　商工観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和5年度　16,840千円（うち県補助金　3,000千円）"),
        ("関連計画", "君津市総合計画（将来都市像「ひとが輝き、幸せつなぐきみつ」）"),
        (
            "事業の内容",
            "本市は房総半島のほぼ中央に位置し、面積は318.78平方キロメートルで県内2番目の広さ、人口は81,447人である。東京湾アクアラインを使うと都心から約60分で結ばれる。"
            "久留里地区の自噴井戸は、本市が発祥の地とされる「上総掘り」により地下400～600mから掘られたもので、平成20年（2008年）6月に県内で唯一「平成の名水百選」に選ばれた（1日の湧水量43トン）。"
            "笹川上流の亀岩の洞窟（濃溝の滝）は江戸時代に水田をつくるための「川廻し」で掘られた洞窟で、3月と9月の彼岸の頃の早朝に水面に映るハート形の光が話題となった。"
            "昭和56年（1981年）に完成した亀山ダムの亀山湖は紅葉の名所である。本事業では、観光マップの作成、観光案内所の運営、上総掘りの実演、湖畔清掃への支援を行った。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "I"), {"事業の内容": 98})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEF", ["No.", "項目", "単位", "R3実績", "R4実績", "R5実績"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in KIMITSU_JISSEKI:
        shade = LIGHT if no is None else None
        put(ws, f"A{r}", no, box=True, h="center", shade=shade)
        put(ws, f"B{r}", name, box=True, h="right" if no is None else "left", shade=shade)
        put(ws, f"C{r}", unit, box=True, h="center", shade=shade)
        for col, v in zip("DEF", vals, strict=True):
            value_cell(ws, f"{col}{r}", v, shade=shade)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況\n（R5）",
        "目標値\n（R7）",
    ]
    for col, text in zip("ABCDEFGHI", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals, status, final in KIMITSU_SEIKA:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFG", vals, strict=True):
            value_cell(ws, f"{col}{r}", v)
        put(ws, f"H{r}", status, box=True, h="center")
        value_cell(ws, f"I{r}", final)
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　②の令和4年度の実績値は、前年度の説明書に「142,080」と掲載したが、集計に誤りがあったため修正した。",
            "※2　①は、千葉県観光入込調査による久留里城址資料館・久留里の井戸めぐり等の観光入込客数の合計である。",
            "※3　③は、湖畔清掃活動（年4回）で回収した不法投棄物の重量であり、少ないほど良い指標である。",
            "※4　（１）の「計」欄は、イとウの合計である。",
        ],
        "I",
        wide=70,
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "久留里地区の観光入込客数は令和5年度の目標を上回り、基準値の水準に戻った。亀岩の洞窟の来訪者数は、駐車場の混雑対策として第3駐車場までの誘導を行ったが、"
        "目標を約6,500人下回った。令和6年度は、君津市デマンドタクシーと連携した周遊プランをつくり、久留里駅から洞窟・亀山湖を結ぶ二次交通を充実させる。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "kimitsu_kururi_shuyo_seika_r5.xlsx")


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
    build_ryugasaki()
    build_iida()
    build_hanno()
    build_kimitsu()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
