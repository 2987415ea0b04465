"""Build forms547: four KPI documents of 朝霞市, 伊勢崎市, 日立市 and 我孫子市.

Writes `asaka_saikasai_keizoku_hyoka_r5.xlsx` (the workbook is the document), `isesaki_sousei_kpi_kensho_r1.html`
and the XLSX sources `source/hitachi_kofukin_jisseki_r1.xlsx` (landscape) and
`source/abiko_sousei_kpi_shinchoku_h29.xlsx` (portrait), which LibreOffice turns into the PDFs of the same names
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
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 8, 4, 9, 0, 0)
STAMP_ISO = b"2025-08-04T09:00:00Z"
PDFS = ["hitachi_kofukin_jisseki_r1", "abiko_sousei_kpi_shinchoku_h29"]


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
    wb.properties.creator = "forms547"
    wb.properties.lastModifiedBy = "forms547"
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


# ---------------------------------------------------------------- 朝霞市 (XLSX document, 継続事業評価シート)
# (区分, No., 指標名, 単位, R3実績, R4実績, R5目標, R5実績, R6目標, R7目標（最終）)
# "STRUCK" marks a target cell struck through with a diagonal line (no target is set for the 対象指標).
# No.5 is stored as fractions and shown through the number format 0.0%.
ASAKA_ROWS = [
    (
        "対象指標",
        1,
        "朝霞市コミュニティ協議会の加盟団体数",
        "団体",
        30,
        30,
        "STRUCK",
        30,
        "STRUCK",
        "STRUCK",
    ),
    ("活動指標", 2, "実行委員会・専門部会の開催回数", "回", 8, 16, 18, 18, 18, 18),
    ("活動指標", 3, "関八州よさこいフェスタの参加チーム数", "チーム", "中止", 74, 95, 93, 98, 100),
    ("成果指標", 4, "彩夏祭の来場者数（3日間）", "千人", "中止", 480, 600, 620, 620, 650),
    (
        "成果指標",
        5,
        "来場者アンケートで「また来たい」と回答した人の割合",
        "％",
        "―",
        0.861,
        0.9,
        0.884,
        0.9,
        0.92,
    ),
]


def build_asaka():
    wb = Workbook()
    ws = wb.active
    ws.title = "継続事業評価"
    widths(
        ws,
        {
            "A": 7.5,
            "B": 4.5,
            "C": 30,
            "D": 6,
            "E": 8.5,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 8.5,
            "J": 9.5,
        },
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　継続事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年7月19日　朝霞市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "朝霞市民まつり（彩夏祭）開催支援事業"),
        ("担当課", "地域づくり支援課"),
        (
            "総合計画上の位置付け",
            "第5次朝霞市総合計画　後期基本計画（政策分野：環境・コミュニティ）",
        ),
        ("事業開始年度", "昭和59年度（1984年度）"),
        ("事業費（R5決算）", "18,600千円（うち一般財源　18,600千円）"),
        (
            "事業の概要",
            "本市は面積18.34km²、都心から約20kmに位置する。朝霞市民まつり「彩夏祭」は、昭和59年（1984年）に市民の手で始まり、毎年8月初旬の3日間、"
            "朝霞会場と北朝霞会場で開かれる。平成6年（1994年）に始まった「関八州よさこいフェスタ」は本州最古のよさこい鳴子踊りの祭典で、約6,000人の踊り子が"
            "参加し、約9,000発の打上げ花火とあわせて例年60万人以上が訪れる。令和2年・3年は新型コロナウイルス感染症の影響で中止となり、令和4年は3年ぶりに"
            "開催した（打上げ花火は中止）。主催は朝霞市コミュニティ協議会（加盟30団体）で、市は実行委員会の事務局として運営を支援している。",
        ),
    ]
    r = form_rows(
        ws, 5, rows, ("A", "C"), ("D", "J"), {"事業の概要": 80, "総合計画上の位置付け": 20}
    )
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6目標",
        "R7目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJ", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    first = {}
    for kubun, no, name, unit, *vals in ASAKA_ROWS:
        first.setdefault(kubun, r)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals, strict=True):
            if v == "STRUCK":
                cell = put(ws, f"{col}{r}", None)
                cell.border = STRUCK
            elif isinstance(v, float) and unit == "％":
                value_cell(ws, f"{col}{r}", v, fmt="0.0%")
            else:
                value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 30 if len(name) > 18 else 22
        r += 1
    ends = {"対象指標": first["活動指標"] - 1, "活動指標": first["成果指標"] - 1, "成果指標": r - 1}
    for kubun, start in first.items():
        merge(ws, f"A{start}:A{ends[kubun]}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　対象指標は、事業の対象の規模を示す指標であり、目標値は設定しない（斜線の欄）。",
            "※2　令和3年度は、新型コロナウイルス感染症の影響により彩夏祭が中止となったため、No.3・No.4は「中止」とした。",
            "※3　No.4は、主催者（朝霞市コミュニティ協議会）発表による前夜祭を含む3日間の来場者数である。",
            "※4　No.5は、会場で実施する来場者アンケートによる。令和3年度は開催中止のため調査を実施していない（「―」）。",
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
            ("総合評価", "A（順調）"),
            ("今後の方向性", "継続"),
            (
                "評価の理由",
                "令和5年度は来場者数が目標を上回った一方、「また来たい」の割合は目標に届かなかった。アンケートでは暑さへの不満が多かったため、"
                "令和6年度は休憩所を2か所から4か所に増やし、給水所を設ける。",
            ),
        ],
        ("A", "C"),
        ("D", "J"),
        {"評価の理由": 36},
    )
    page(ws, landscape=False)
    save(wb, HERE / "asaka_saikasai_keizoku_hyoka_r5.xlsx")


# ---------------------------------------------------------------- 伊勢崎市 (HTML, 総合戦略 最終年度の検証)
# (区分, 指標, 基準値（H26）, H29実績, H30実績, R元実績, 目標値（H31）, 達成状況); the unit stands only in each caption
# (a scale word in the second), except the row whose name ends in its own unit.
ISESAKI_TABLES = [
    (
        "基本目標1　産業の力を伸ばし、安定した雇用を創出する",
        "（単位：人）",
        [
            (
                "数値目標",
                "社会増減数（転入者数－転出者数）",
                "412",
                "1,120",
                "1,386",
                "1,502",
                "500",
                "達成",
            ),
            ("KPI", "①　企業誘致による新規雇用者数", "85", "132", "148", "121", "150", "未達成"),
        ],
    ),
    (
        "基本目標2　伊勢崎の魅力を発信し、新しいひとの流れをつくる",
        "（単位：千人）",
        [
            (
                "数値目標",
                "観光入込客数",
                "4,180.2",
                "4,402.6",
                "4,455.1",
                "4,318.7",
                "4,500.0",
                "未達成",
            ),
            (
                "KPI",
                "①　華蔵寺公園遊園地の入園者数",
                "482.0",
                "506.3",
                "521.8",
                "498.4",
                "520.0",
                "未達成",
            ),
            ("KPI", "②　田島弥平旧宅の見学者数", "60.5", "24.8", "21.3", "19.6", "30.0", "未達成"),
            (
                "KPI",
                "③　観光ボランティアガイドの案内に「満足」と答えた人の割合（％）",
                "88.1",
                "90.4",
                "91.2",
                "92.6",
                "90.0",
                "達成",
            ),
        ],
    ),
]


def build_isesaki():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="UTF-8">',
        "<title>伊勢崎市まち・ひと・しごと創生総合戦略の検証結果（令和元年度） | 伊勢崎市</title>",
        "<style>",
        "table { border-collapse: collapse; margin: 0.5em 0 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "thead th { background: #e6e6e6; }",
        "td { text-align: right; }",
        "td.word { text-align: center; }",
        "caption { text-align: right; font-size: 0.9em; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav aria-label="パンくずリスト"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/gyoseijoho/">行政情報</a></li>',
        '<li><a href="/gyoseijoho/seisaku_keikaku/">政策・計画</a></li>',
        "<li>伊勢崎市まち・ひと・しごと創生総合戦略の検証結果（令和元年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>伊勢崎市まち・ひと・しごと創生総合戦略の検証結果（令和元年度）</h1>",
        '<p class="date">更新日：2020年10月16日</p>',
        "<p>本市は、平成17年（2005年）1月1日に伊勢崎市・赤堀町・東村・境町の1市2町1村が合併して誕生しました。面積は139.44平方キロメートル、"
        "合併時の人口は207,776人（うち外国人12,055人）です。古くから養蚕と絹織物「伊勢崎銘仙」で栄え、境島村の田島弥平旧宅は、平成26年（2014年）6月21日に"
        "「富岡製糸場と絹産業遺産群」の構成資産として世界遺産に登録されました。製造品出荷額等は1兆円を超え、県内第2位です。</p>",
        "<p>平成28年3月に策定した総合戦略は、第2次伊勢崎市総合計画と共通の将来像「夢ふくらみ 安心して暮らせる 元気都市 いせさき」を掲げ、"
        "平成27年度から令和元年度までの5年間、雇用の創出、子育て支援、観光振興による交流人口の増加などに取り組んできました。計画期間の最終年度である"
        "令和元年度の実績がまとまりましたので、令和2年9月に開いた伊勢崎市総合戦略推進会議（委員12名）での検証の結果を公表します。</p>",
        "<dl>",
        "<dt>計画の名称</dt><dd>伊勢崎市まち・ひと・しごと創生総合戦略</dd>",
        "<dt>計画期間</dt><dd>平成27年度～令和元年度（5年間）</dd>",
        "<dt>担当課</dt><dd>企画部　企画調整課</dd>",
        "</dl>",
        "<p>表の「目標値（H31）」は、策定時の表記のまま掲載しています（平成31年度は令和元年度にあたります）。"
        "「達成状況」は、令和元年度の実績値を目標値と比べたものです。</p>",
    ]
    for heading, caption, rows in ISESAKI_TABLES:
        out.append(f"<h2>{heading}</h2>")
        out.append("<table>")
        out.append(f"<caption>{caption}</caption>")
        out.append("<thead>")
        out.append(
            '<tr><th scope="col">区分</th><th scope="col">指標</th><th scope="col">基準値<br>（H26）</th>'
            '<th scope="col">H29実績</th><th scope="col">H30実績</th><th scope="col">R元実績</th>'
            '<th scope="col">目標値<br>（H31）</th><th scope="col">達成状況</th></tr>'
        )
        out.append("</thead>")
        out.append("<tbody>")
        kpis = sum(1 for row in rows if row[0] == "KPI")
        seen_kpi = False
        for kubun, name, *vals, status in rows:
            cells = []
            if kubun == "数値目標":
                cells.append('<th scope="row">数値目標</th>')
            elif not seen_kpi:
                span = f' rowspan="{kpis}"' if kpis > 1 else ""
                cells.append(f'<th scope="rowgroup"{span}>KPI</th>')
                seen_kpi = True
            cells.append(f'<th scope="row">{name}</th>')
            cells.extend(f"<td>{v}</td>" for v in vals)
            cells.append(f'<td class="word">{status}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
        out.append("</table>")
        if caption.endswith("（単位：千人）"):
            out.append("<p>※基本目標2の③は割合のため、単位は％です。</p>")
            out.append("<p>※観光入込客数は、群馬県観光入込客統計調査によります。</p>")
        else:
            out.append(
                "<p>※社会増減数は、住民基本台帳による各年度の転入者数から転出者数を差し引いた数です（外国人住民を含む）。</p>"
            )
    out.extend(
        [
            "<h2>検証の結果</h2>",
            "<p>6つの指標のうち2つが目標値を達成しました。社会増減数は5年連続で転入超過となり、令和元年度は1,502人と目標の約3倍でした。"
            "一方、観光入込客数は前年度を下回り、田島弥平旧宅の見学者数は世界遺産登録直後の水準を大きく下回っています。"
            "推進会議からは、世界遺産と華蔵寺公園を結ぶ周遊の仕組みづくりを求める意見が出されました。</p>",
            "<p>これらの結果は、今後の地方創生の取組に生かしていきます。</p>",
            "</main>",
            "</body>",
            "</html>",
        ]
    )
    (HERE / "isesaki_sousei_kpi_kensho_r1.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 日立市 (PDF landscape, 交付金事業の実施結果)
# (No., 事業名, 担当課, 交付金, 事業費, 評価会議の評価, KPIs); KPI = (name with label, 単位, 事業開始前,
#  目標 H30, 目標 R元, 実績 H30, 実績 R元, 達成状況)
HITACHI_PROGRAMS = [
    (
        1,
        "「さくらのまち日立」観光交流推進事業",
        "観光物産課",
        "地方創生推進交付金",
        "H30：18,920\nR元：21,480",
        "②地方創生に相当程度効果があった",
        [
            (
                "①　日立さくらまつり期間中の観光入込客数",
                "千人",
                412.0,
                430.0,
                450.0,
                438.6,
                462.3,
                "○",
            ),
            ("②　観光案内所の外国人利用者数", "人", 1820, 2100, 2400, 2260, 2185, "×"),
        ],
    ),
    (
        2,
        "「ひたち」移住・シティプロモーション推進事業",
        "シティプロモーション推進課",
        "地方創生推進交付金",
        "H30：12,640\nR元：14,310",
        "③地方創生に効果があった",
        [
            ("①　移住相談件数", "件", 96, 120, 140, 131, 152, "○"),
            ("②　移住支援制度を利用した転入者数（UIJターン）", "人", 18, 25, 30, 27, 30, "○"),
            ("③　市公式SNSのフォロワー数", "人", 5210, 7000, 9000, 7480, 8620, "×"),
        ],
    ),
]


def build_hitachi():
    wb = Workbook()
    ws = wb.active
    ws.title = "事業実施結果"
    widths(
        ws,
        {
            "A": 4.5,
            "B": 24,
            "C": 10,
            "D": 11,
            "E": 38,
            "F": 6,
            "G": 9,
            "H": 8.5,
            "I": 8.5,
            "J": 8.5,
            "K": 8.5,
            "L": 7,
            "M": 16,
        },
    )
    merge(ws, "L1:M1", "資料２", size=11, bold=True, h="right")
    merge(
        ws,
        "A2:M2",
        "令和元年度　地方創生関連交付金に係る事業実施結果",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A3:M3", "令和2年8月　日立市 企画部 政策企画課", h="right")
    rows = [
        ("総合戦略の名称", "日立市まち・ひと・しごと創生総合戦略（平成27年12月策定）"),
        ("計画期間", "平成27年度～令和元年度（5か年）"),
        ("外部検証機関", "日立市地域創生事業評価会議（令和2年8月21日開催）"),
        (
            "市の概要",
            "本市は茨城県の北東部に位置し、面積は225.73km²、人口は176,069人（令和元年10月1日現在）。昭和14年（1939年）9月1日に市制を施行し、"
            "平成16年（2004年）11月1日に十王町を編入した。平和通りの約1kmの桜のトンネルとかみね公園の約1,000本の桜は「日本さくら名所100選」に選ばれ、"
            "春の日立さくらまつりでは、平成21年（2009年）にユネスコ無形文化遺産に記載された日立風流物が公開される。令和元年7月1日には観光局とさくら課を新設した。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "M"), {"市の概要": 44})
    r += 1
    put(
        ws,
        f"A{r}",
        "■交付金事業の実施結果と重要業績評価指標（KPI）",
        size=11,
        bold=True,
        wrap=False,
    )
    r += 1
    merge(
        ws,
        f"A{r}:M{r}",
        "達成状況　○：令和元年度の目標値を達成　×：令和元年度の目標値に未達成",
        size=8,
    )
    r += 1
    top, low = r, r + 1
    for col, text in zip(
        "ABCDEFG",
        [
            "No.",
            "事業名（担当課）",
            "交付金",
            "事業費\n（千円）",
            "重要業績評価指標（KPI）",
            "単位",
            "事業開始前",
        ],
        strict=True,
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"H{top}:I{top}", "目標値", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"J{top}:K{top}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("HIJK", ["H30年度", "R元年度", "H30年度", "R元年度"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"L{top}:L{low}", "達成\n状況", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"M{top}:M{low}", "評価会議の評価", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for no, name, ka, grant, cost, hyoka, kpis in HITACHI_PROGRAMS:
        start, end = r, r + len(kpis) - 1
        merge(ws, f"A{start}:A{end}", no, box=True, h="center")
        merge(ws, f"B{start}:B{end}", f"{name}\n（{ka}）", box=True)
        merge(ws, f"C{start}:C{end}", grant, box=True, h="center")
        merge(ws, f"D{start}:D{end}", cost, box=True, h="right")
        merge(ws, f"M{start}:M{end}", hyoka, box=True)
        for kname, unit, base, t30, t01, a30, a01, mark in kpis:
            put(ws, f"E{r}", kname, box=True)
            put(ws, f"F{r}", unit, box=True, h="center")
            for col, v in zip("GHIJK", [base, t30, t01, a30, a01], strict=True):
                value_cell(ws, f"{col}{r}", v, fmt="#,##0.0" if isinstance(v, float) else None)
            put(ws, f"L{r}", mark, box=True, h="center", size=11)
            ws.row_dimensions[r].height = 30 if len(kname) > 16 else 24
            r += 1
    r = notes(
        ws,
        r,
        [
            "※1　事業費は、交付対象事業費の決算額（千円）である。",
            "※2　評価会議の評価は、①地方創生に非常に効果的であった　②地方創生に相当程度効果があった　③地方創生に効果があった　④地方創生に対して効果がなかった　の4段階。",
            "※3　事業1の①は、日立さくらまつりの期間中（4月1日～14日）に平和通り・かみね公園・十王パノラマ公園を訪れた観光入込客数である。",
        ],
        "M",
        wide=120,
    )
    r += 1
    put(ws, f"A{r}", "■評価会議の主な意見", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:M{r}",
        "2事業の5指標のうち3指標で令和元年度の目標値を達成した。さくらまつりの入込客数は2年続けて増えており、風流物の公開日に合わせた誘客が効果を上げている。"
        "外国人利用者数は目標の約9割にとどまったため、案内表示の多言語化を進めるべきである。移住相談件数は前年度から21件増えた。",
        box=True,
    )
    ws.row_dimensions[r].height = 34
    page(ws, landscape=True)
    save(wb, SRC / "hitachi_kofukin_jisseki_r1.xlsx")


# ---------------------------------------------------------------- 我孫子市 (PDF portrait, 総合戦略 KPI の進捗)
# (No., KPI, 単位, 基準値 (with its own year), 目標 H27..H31, 実績 H27..H31); None = blank cell.
ABIKO_ROWS = [
    (
        1,
        "鳥の博物館の入館者数",
        "人",
        "36,412（H26）",
        [37000, 38000, 39000, 40000, 41000],
        [37820, 39105, 38640, None, None],
    ),
    (
        2,
        "ジャパンバードフェスティバルの来場者数",
        "千人",
        "38.0（H26）",
        [40.0, 41.0, 42.0, 43.0, 45.0],
        [41.2, 39.5, 43.1, None, None],
    ),
    (
        3,
        "市内観光地点の観光入込客数",
        "千人",
        "1,185（H26）",
        [1200, 1230, 1260, 1290, 1320],
        [1214, 1248, "未集計", None, None],
    ),
    (
        4,
        "手賀沼親水広場（水の館）の入館者数",
        "人",
        "58,200（H26）",
        [59000, 60000, 61000, 62000, 63000],
        [57430, 60210, 60980, None, None],
    ),
]


def build_abiko():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths(
        ws,
        {
            "A": 4.5,
            "B": 26,
            "C": 6,
            "D": 12,
            "E": 6,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 8.5,
            "J": 8.5,
        },
    )
    merge(ws, "A1:J1", "我孫子市まち・ひと・しごと創生総合戦略", size=13, bold=True, h="center")
    merge(
        ws,
        "A2:J2",
        "重要業績評価指標（KPI）の進捗状況（平成29年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A3:J3", "平成30年8月　我孫子市 企画総務部 企画課", h="right")
    rows = [
        ("戦略の名称", "我孫子市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "平成27年度～平成31年度（5年間）"),
        ("担当課", "企画総務部　企画課"),
        (
            "市の概要",
            "本市は、昭和30年（1955年）4月に我孫子町・布佐町・湖北村が合併して我孫子町となり、昭和45年（1970年）7月1日に市制を施行した（全国で565番目、"
            "県内で22番目）。面積は43.15km²で、都心から約30km圏、常磐線で35分の住宅都市として発展してきたが、人口は平成23年を境に減少している。"
            "市の南に広がる手賀沼（面積6.5km²、周囲38km）のほとりには、平成2年（1990年）に開館した鳥類専門の「我孫子市鳥の博物館」や山階鳥類研究所があり、"
            "毎年11月には、平成13年（2001年）から続く日本最大級の鳥の祭典「ジャパンバードフェスティバル」が開かれる。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "J"), {"市の概要": 66})
    r += 1
    put(
        ws,
        f"A{r}",
        "基本目標２　手賀沼と鳥のまちの魅力を高め、新しいひとの流れをつくる",
        size=11,
        bold=True,
        wrap=False,
    )
    r += 1
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値",
        "区分",
        "H27",
        "H28",
        "H29",
        "H30",
        "H31",
    ]
    for col, text in zip("ABCDEFGHIJ", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    for no, name, unit, base, targets, actuals in ABIKO_ROWS:
        merge(ws, f"A{r}:A{r + 1}", no, box=True, h="center")
        merge(ws, f"B{r}:B{r + 1}", name, box=True)
        merge(ws, f"C{r}:C{r + 1}", unit, box=True, h="center")
        merge(ws, f"D{r}:D{r + 1}", base, box=True, h="right")
        put(ws, f"E{r}", "目標", box=True, h="center", shade=LIGHT)
        put(ws, f"E{r + 1}", "実績", box=True, h="center")
        for col, t, a in zip("FGHIJ", targets, actuals, strict=True):
            value_cell(
                ws, f"{col}{r}", t, fmt="#,##0.0" if isinstance(t, float) else None, shade=LIGHT
            )
            value_cell(ws, f"{col}{r + 1}", a, fmt="#,##0.0" if isinstance(a, float) else None)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    r = notes(
        ws,
        r,
        [
            "※1　基準値の（　）内は、基準とした年度である。",
            "※2　H29の実績値は、平成30年6月末時点の集計による。H30・H31の実績値は、今後記入する。",
            "※3　No.2は、毎年11月に開かれるジャパンバードフェスティバル（2日間）の来場者数である。",
            "※4　No.3は、千葉県観光入込調査の結果の公表後に確定するため、H29は「未集計」とした。",
        ],
        "J",
        wide=70,
    )
    r += 1
    put(ws, f"A{r}", "■進捗の状況", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "平成29年度は、集計を終えた3指標のうち1指標が目標値を上回った。鳥の博物館の入館者数は前年度を465人下回ったが、企画展の会期を延ばしたH28に次ぐ水準を保った。"
        "水の館の入館者数は目標値に20人届かなかった。平成30年度は、博物館と水の館を結ぶ散策マップを作り、手賀沼周辺の回遊を促す。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "abiko_sousei_kpi_shinchoku_h29.xlsx")


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
    build_asaka()
    build_isesaki()
    build_hitachi()
    build_abiko()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
