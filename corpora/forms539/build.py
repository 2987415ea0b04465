"""Build forms539: four KPI documents of 常総市, 越谷市, 流山市 and 昭島市.

Writes `joso_mytimeline_jimujigyo_r5.xlsx` (the workbook is the document), `koshigaya_zenki_seika_shihyo_r5.html`
and the XLSX sources `source/nagareyama_sogei_hoiku_shuyo_seika_r5.xlsx` (portrait) and
`source/akishima_kujira_kofukin_kensho_r5.xlsx` (landscape), which LibreOffice turns into the PDFs of the same names
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
STAMP = (2025, 4, 14, 9, 0, 0)
STAMP_ISO = b"2025-04-14T09:00:00Z"
PDFS = ["nagareyama_sogei_hoiku_shuyo_seika_r5", "akishima_kujira_kofukin_kensho_r5"]


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
    wb.properties.creator = "forms539"
    wb.properties.lastModifiedBy = "forms539"
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


def notes(ws, r, texts, span, first="A", size=8):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=size)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


def value_cell(ws, ref, v, fmt=None, shade=None):
    """A value cell: numbers (and text that reads as a number) right, dashes and words centred."""
    if isinstance(v, str) and not (v[0].isdigit() or v[0] in "０１２３４５６７８９"):
        return put(ws, ref, v, box=True, h="center", shade=shade)
    return put(ws, ref, v, box=True, h="right", fmt=fmt, shade=shade)


# ---------------------------------------------------------------- 常総市 (XLSX document, 事務事業評価シート)
# (区分, No., 指標名, 単位, 基準値（R2）, R3実績, R4実績, R5目標, R5実績, R6見込, R7目標（最終）)
# No.4 is typed as text in full-width digits; No.2's R5実績 holds a breakdown on a second line.
JOSO_ROWS = [
    (
        "活動指標",
        1,
        "マイ・タイムライン作成講座・勉強会の開催回数",
        "回",
        14,
        21,
        28,
        30,
        33,
        35,
        40,
    ),
    (
        "活動指標",
        2,
        "講座・勉強会の参加者数",
        "人",
        486,
        742,
        1035,
        1100,
        "1,218\n（うち外国人96）",
        1250,
        1500,
    ),
    (
        "成果指標",
        3,
        "マイ・タイムライン作成者数（累計）",
        "人",
        4120,
        5010,
        6240,
        7500,
        7385,
        8600,
        10000,
    ),
    (
        "成果指標",
        4,
        "常総市防災アプリの登録者数",
        "人",
        "８，９５２",
        "１０，４１５",
        "１１，８６０",
        "１３，０００",
        "１３，２７４",
        "１４，２００",
        "１６，０００",
    ),
    (
        "成果指標",
        5,
        "市民意識調査で「避難する時機を決めている」と答えた市民の割合",
        "％",
        31.6,
        "―",
        38.2,
        42.0,
        44.5,
        "―",
        50.0,
    ),
]


def build_joso():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 7,
            "B": 4.5,
            "C": 30,
            "D": 5,
            "E": 8.5,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 11,
            "J": 8.5,
            "K": 9.5,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月19日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "マイ・タイムライン作成支援事業"),
        ("担当課", "市長公室　防災危機管理課"),
        ("関連計画", "常総市地域防災計画"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "3,860千円（うち一般財源　3,860千円）"),
        (
            "事業の概要",
            "本市は茨城県の南西部に位置し、面積は123.64km²、人口は59,083人（2024年4月1日推計）。平成18年（2006年）1月1日に水海道市が石下町を"
            "編入して誕生した。平成27年（2015年）9月10日、関東・東北豪雨により鬼怒川の堤防が決壊し、市域の約3分の1が浸水した。この教訓を踏まえ、"
            "平成28年（2016年）10月から、市民一人ひとりが水害時にとる防災行動をあらかじめ時系列で整理する「マイ・タイムライン」の作成を支援している。"
            "令和3年（2021年）11月からはスマホアプリを使ったデジタル・マイ・タイムラインの勉強会を、令和4年（2022年）7月からは英語・ポルトガル語による"
            "外国人向けの勉強会を実施している。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "K"), {"事業の概要": 76})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（R2）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6見込",
        "R7目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJK", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    first = {}
    for kubun, no, name, unit, *vals in JOSO_ROWS:
        first.setdefault(kubun, r)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            fmt = "0.0" if isinstance(v, float) else None
            value_cell(ws, f"{col}{r}", v, fmt=fmt, shade=LIGHT if col == "J" else None)
        ws.row_dimensions[r].height = 30 if no in (2, 5) else 22
        r += 1
    ends = {"活動指標": first["成果指標"] - 1, "成果指標": r - 1}
    for kubun, start in first.items():
        merge(ws, f"A{start}:A{ends[kubun]}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.2のR5実績の（　）内は、英語・ポルトガル語による外国人向け勉強会の参加者数（内数）である。",
            "※2　R6見込は、令和6年6月末までの実績をもとにした見込値である。",
            "※3　No.5の市民意識調査は、令和3年度は新型コロナウイルス感染症の影響により実施していない。令和6年度の調査結果は未公表のため、R6見込は「―」とした。",
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
            ("総合評価", "A（順調に進んでいる）"),
            (
                "今後の方向性",
                "拡充（作成者数の目標には届かなかったが、外国人向け勉強会を年4回から6回に増やし、自主防災組織と連携した地区単位の作成会を進める。）",
            ),
        ],
        ("A", "C"),
        ("D", "K"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "joso_mytimeline_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 越谷市 (HTML, 総合振興計画 成果指標)
# (label, name, unit, 基準値（令和元年度）, 令和3年度, 令和4年度, 令和5年度, 目標値（令和7年度）) — cells as printed (HTML)
KOSHIGAYA_TABLES = [
    (
        "施策3-4　観光・魅力の発信",
        "観光課",
        [
            ("①", "観光入込客数", "千人", "5,412.6", "3,986.0", "4,620.3", "5,208.9", "5,600.0"),
            (
                "②",
                "観光農園・農産物直売所の利用者数",
                "千人",
                "286.4",
                "301.2",
                "318.7",
                "327.5",
                "350.0",
            ),
            (
                "③",
                "「越谷市に愛着を感じる」と答えた市民の割合",
                "％",
                "72.4",
                "74.1",
                "73.6",
                "未集計<sup>※1</sup>",
                "80以上",
            ),
        ],
    ),
    (
        "施策3-5　都市農業の振興",
        "農業振興課",
        [
            (
                "①",
                "市内農産物直売所の販売額",
                "百万円",
                "412",
                "436",
                "458",
                "471",
                "500<sup>※2</sup>",
            ),
            (
                "②",
                "観光農園・農産物直売所の利用者数（再掲）",
                "千人",
                "286.4",
                "301.2",
                "318.7",
                "327.5",
                "350.0",
            ),
        ],
    ),
]


def build_koshigaya():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第5次越谷市総合振興計画　前期基本計画　施策の成果指標の進捗状況（令和５年度）｜越谷市</title>",
        "<style>",
        "body { font-family: 'Noto Sans CJK JP', sans-serif; max-width: 960px; margin: 0 auto; }",
        "table { border-collapse: collapse; margin: 0.5em 0 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "thead th { background: #e8eef5; }",
        "tbody th { background: #f5f5f5; text-align: left; font-weight: normal; }",
        "td { text-align: right; }",
        "td.c { text-align: center; }",
        ".notes { font-size: 0.9em; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav aria-label="パンくずリスト"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/kurashi_shisei/">暮らし・市政</a></li>',
        '<li><a href="/kurashi_shisei/shisei/sougoushinkoukeikaku/">総合振興計画</a></li>',
        "<li>施策の成果指標の進捗状況（令和５年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>第5次越谷市総合振興計画　前期基本計画　施策の成果指標の進捗状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年11月15日　担当：政策課</p>',
        "<p>越谷市は埼玉県の南東部、東京都心から約25km圏に位置し、面積は60.24km²、人口は約34万人です。昭和33年（1958年）11月3日に市制を施行し、"
        "平成27年（2015年）に中核市へ移行しました。</p>",
        "<p>平成20年（2008年）には武蔵野線の越谷レイクタウン駅が開業し、駅前に大型の商業施設が開業しました。毎年8月の南越谷阿波踊りは日本三大阿波踊りの一つに"
        "数えられ、越谷だるまや小松菜などの特産品でも知られています。</p>",
        "<dl>",
        "<dt>計画の名称</dt><dd>第5次越谷市総合振興計画　前期基本計画</dd>",
        "<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）（基本構想は令和3年度～令和12年度の10年間）</dd>",
        "<dt>将来像</dt><dd>水と緑と太陽に恵まれた　みんなが活躍する　安全・安心・共生都市</dd>",
        "</dl>",
        "<p>前期基本計画の施策ごとに設定した成果指標について、令和5年度までの実績をまとめました。目標値は前期基本計画の最終年度（令和7年度）の値です。"
        "このページでは、基本目標3の施策のうち2施策を掲載しています。</p>",
        "<h2>基本目標3　にぎわいと活力のあるまち</h2>",
    ]
    for h3, dept, rows in KOSHIGAYA_TABLES:
        out.append(f"<h3>{h3}</h3>")
        out.append(f"<p>主担当課：{dept}</p>")
        out.append("<table>")
        out.append("<thead>")
        out.append(
            '<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和元年度）</th>'
            '<th colspan="3">実績値</th><th rowspan="2">目標値<br>（令和7年度）</th></tr>'
        )
        out.append(
            "<tr><th>令和3年度<br>（2021年度）</th><th>令和4年度<br>（2022年度）</th><th>令和5年度<br>（2023年度）</th></tr>"
        )
        out.append("</thead>")
        out.append("<tbody>")
        for label, name, unit, *vals in rows:
            cells = "".join(
                f'<td class="c">{v}</td>' if v.startswith("未集計") else f"<td>{v}</td>"
                for v in vals
            )
            out.append(
                f'<tr><th scope="row">{label}{name}</th><td class="c">{unit}</td>{cells}</tr>'
            )
        out.append("</tbody>")
        out.append("</table>")
    out += [
        '<div class="notes">',
        "<p>※1　令和5年度の市民意識調査は集計中のため「未集計」としています（令和7年3月に公表予定）。</p>",
        "<p>※2　令和5年度に、当初の目標値（480百万円）を上方修正しました。</p>",
        "<p>施策3-5の②は、施策3-4の②を再掲したものです。</p>",
        "</div>",
        "<h2>成果と課題</h2>",
        "<p>令和5年度の観光入込客数は約521万人となり、令和元年度の96％まで回復しました。観光農園・農産物直売所の利用者数は3年連続で増加しており、"
        "直売所の販売額も令和元年度から約1.1倍となったことから、目標値を上方修正しました。今後は、いちご狩りなどの観光農園と市内の飲食店を結ぶ周遊企画を"
        "年2回実施します。</p>",
        "</main>",
        "</body>",
        "</html>",
    ]
    (HERE / "koshigaya_zenki_seika_shihyo_r5.html").write_text(
        "\n".join(out) + "\n", encoding="utf-8"
    )


# ---------------------------------------------------------------- 流山市 (XLSX source of a portrait PDF, 主要施策の成果)
# (No., 項目, 単位, R3実績, R4実績, R5実績); the 計 row has no No.
NAGAREYAMA_JISSEKI = [
    ("ア", "流山おおたかの森送迎保育ステーションの登録児童数", "人", 312, 338, 356),
    ("イ", "南流山送迎保育ステーションの登録児童数", "人", 96, 104, 117),
]
# (No., 成果指標, 単位, 基準値（R元）, R4実績, R5目標, R5実績, R7目標（最終）)
NAGAREYAMA_SEIKA = [
    ("①", "送迎保育ステーションの1日平均利用児童数", "人/日", 118.4, 126.2, 135.0, 131.7, 150.0),
    ("②", "保育所等待機児童数（各年4月1日現在）", "人", 17, 0, 0, 0, "0人を維持"),
    ("③", "「子育てしやすいまち」と感じる市民の割合", "％", 68.2, 71.5, 73.0, 72.4, 75.0),
]


def build_nagareyama():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 5, "B": 36, "C": 7, "D": 9.5, "E": 9.5, "F": 9.5, "G": 9.5, "H": 10.5})
    merge(
        ws,
        "A1:H1",
        "令和５年度　主要な施策の成果に関する報告書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年9月　流山市", h="right")
    rows = [
        ("事業名", "送迎保育ステーション運営事業"),
        ("所管課", "子ども家庭部　保育課"),
        ("会計区分", "一般会計　3款 民生費　2項 児童福祉費"),
        ("決算額", "令和5年度　68,420千円（うち国・県支出金　22,800千円）"),
        ("関連計画", "流山市子ども・子育て支援事業計画（第2期）"),
        (
            "事業の内容",
            "本市は千葉県の北西部、都心から約25kmに位置し、面積は35.32km²、人口は209,099人（2023年1月1日）。平成17年（2005年）8月のつくばエクスプレス"
            "開業以降人口が増え続け、人口増加率は全国の市で6年連続1位となっている。「母になるなら、流山市。」を掲げ、流山おおたかの森駅と南流山駅の"
            "駅前に送迎保育ステーションを設け、朝7時から夜9時まで1歳以上の児童を預かり、市内の保育所（園）へバスで送迎している。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "H"), {"事業の内容": 64})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEF", ["No.", "項目", "単位", "R3実績", "R4実績", "R5実績"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    totals = [0, 0, 0]
    for label, name, unit, *vals in NAGAREYAMA_JISSEKI:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for i, (col, v) in enumerate(zip("DEF", vals, strict=True)):
            value_cell(ws, f"{col}{r}", v)
            totals[i] += v
        ws.row_dimensions[r].height = 22
        r += 1
    put(ws, f"A{r}", None, box=True, shade=LIGHT)
    put(ws, f"B{r}", "計", box=True, shade=LIGHT, h="right")
    put(ws, f"C{r}", "人", box=True, shade=LIGHT, h="center")
    for col, v in zip("DEF", totals, strict=True):
        value_cell(ws, f"{col}{r}", v, shade=LIGHT)
    ws.row_dimensions[r].height = 20
    r += 1
    r = notes(ws, r, ["※1　計は、ア・イの合計（参考）である。"], "H")
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
        "R7目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGH", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for label, name, unit, *vals in NAGAREYAMA_SEIKA:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGH", vals, strict=True):
            fmt = "0.0" if isinstance(v, float) else None
            value_cell(ws, f"{col}{r}", v, fmt=fmt)
        ws.row_dimensions[r].height = 26
        r += 1
    r = notes(
        ws,
        r,
        [
            "※2　①は、2か所のステーションの年間延べ利用児童数を開所日数で割った値である。",
            "※3　③は、市民意識調査（毎年度6月実施、回答数は約2,000件）による。",
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "両ステーションの登録児童数は前年度から31人増え、令和6年4月1日現在も待機児童数0人を4年連続で維持した。一方、1日平均利用児童数は、南流山駅前の"
        "ステーションの送迎バスを1便増やしたものの、目標の135人/日を下回った。令和6年度は、送迎ルートを見直して1便あたりの所要時間を約10分短縮する。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "nagareyama_sogei_hoiku_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 昭島市 (XLSX source of a landscape PDF, 交付金 効果検証シート)
# (No., KPI, 単位, 事業開始前（R3）, 目標値 R4, R5, R6, 実績値 R4, R5, 達成状況（R5）)
AKISHIMA_KPI = [
    ("①", "昭島観光案内所の利用者数", "人", 18240, 20000, 22000, 24000, 19615, 23108, "達成"),
    (
        "②",
        "市内で開催する観光イベントの来場者数",
        "千人",
        142.0,
        150.0,
        200.0,
        210.0,
        "176.4※3",
        312.8,
        "達成",
    ),
    (
        "③",
        "「アキシマクジラ」関連ツアー・講座の参加者数",
        "人",
        286,
        400,
        500,
        "3年間で累計1,500人",
        412,
        538,
        "達成",
    ),
    ("④", "観光関連のふるさと納税寄附額", "千円", 4820, 6000, 8000, 10000, 7146, 7930, "未達成"),
]


def build_akishima():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths(ws, {"A": 5, "B": 38, "C": 7, "D": 11, "E": 9, "F": 9, "G": 13, "H": 9, "I": 9, "J": 10})
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年8月　昭島市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("交付対象事業の名称", "「アキシマクジラ」と水と緑を活かした観光まちづくり推進事業"),
        ("地域再生計画の名称", "昭島市観光まちづくり推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：16,800千円（うち交付金　8,400千円）"),
        ("担当課", "市民部　産業活性課"),
        (
            "市の概要",
            "本市は東京都のほぼ中央、都心から約35km西の多摩川左岸に位置し、面積は17.34km²、人口は約11万人。昭和29年（1954年）5月1日に昭和町と拝島村が"
            "合併して誕生した。昭和36年（1961年）8月に多摩川の河川敷でクジラの化石（アキシマクジラ）が発見され、これにちなむ昭島市民くじら祭は昭和48年"
            "（1973年）から毎年8月に2日間開催されている（令和2年度～4年度は中止）。水道水は深層地下水100％である。平成23年（2011年）2月1日に昭島観光"
            "まちづくり協会が設立され、同年4月1日に昭島駅北口に観光案内所を開設した。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "J"), {"市の概要": 58})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前\n（R3）"),
        ("J", "達成状況\n（R5）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"E{top}:G{top}", "目標値", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"H{top}:I{top}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFGHI", ["R4", "R5", "R6", "R4", "R5"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for label, name, unit, *vals, status in AKISHIMA_KPI:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            fmt = "#,##0.0" if isinstance(v, float) else None
            value_cell(ws, f"{col}{r}", v, fmt=fmt)
        put(ws, f"J{r}", status, box=True, h="center", shade=LIGHT)
        ws.row_dimensions[r].height = 26
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　事業開始前（R3）は令和3年度の実績である。②の令和3年度は、昭島市民くじら祭の中止により、くじら祭の来場者を含まない。",
            "※2　②のR5実績は、50周年を迎えた昭島市民くじら祭を4年ぶりに開催したことによる増である。",
            "※3　②のR4実績は、集計誤りがあったため修正した（修正前168.9千人）。",
            "※4　③のR6目標は、令和4年度から令和6年度までの3年間の参加者数の累計である。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("事業の効果", "地方創生に相当程度効果があった"),
            (
                "評価の理由",
                "4指標のうち3指標でR5目標を達成した。観光イベントの来場者数は事業開始前の約2.2倍となった。ふるさと納税寄附額は目標の99％にとどまったため、"
                "令和6年度は地下水で仕込んだ地酒や「くじらグッズ」を返礼品に加え、市外向けの発信を強化する。",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
        {"評価の理由": 30},
    )
    page(ws, landscape=True)
    save(wb, SRC / "akishima_kujira_kofukin_kensho_r5.xlsx")


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
    build_joso()
    build_koshigaya()
    build_nagareyama()
    build_akishima()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
