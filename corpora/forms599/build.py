"""Build forms599: four KPI documents of 那須烏山市, 御蔵島村, 安曇野市 and 伊奈町.

Writes `nasukarasuyama_yamaage_jimujigyo_r5.html`, `mikurajima_ecotour_kofukin_kensho_r6.csv`,
`ina_senryaku_kpi_kensho_r1.xlsx` (the workbook is the document) and the XLSX source
`source/azumino_shuyo_seika_r6.xlsx`, which LibreOffice turns into `azumino_shuyo_seika_r6.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). Every file is byte-stable.
"""
# ruff: noqa: E501, B905

import datetime
import hashlib
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
FONT = "Noto Sans CJK JP"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
BAND = PatternFill("solid", fgColor="EDEDED")
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
    v="center",
    wrap=True,
    fmt=None,
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
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms599"
    wb.properties.lastModifiedBy = "forms599"
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


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 那須烏山市 (HTML 事務事業評価シート)
# The 指標 table: (区分 cell, [(記号, 指標名, 単位, 算出方法, 基準値, R3実績, R4実績, R5実績, R5目標, R7目標)])
NASU_GROUPS = (
    (
        "活動指標<br>（アウトプット）",
        (
            (
                "ア",
                "山あげ行事の上演回数",
                "回",
                "祭礼3日間に各上演場所で行う奉納余興（山あげ）の延べ上演回数",
                "21",
                "6",
                "18",
                "21",
                "21",
                "21",
            ),
            (
                "イ",
                "後継者育成講習会の開催回数",
                "回",
                "常磐津・囃子・山返しの技術講習会（1回2時間）の開催回数",
                "12",
                "中止",
                "8",
                "14",
                "12",
                "15",
            ),
        ),
    ),
    (
        "成果指標<br>（アウトカム）",
        (
            (
                "ア",
                "山あげ祭の観覧者数",
                "千人",
                "祭礼3日間の延べ観覧者数（山あげ祭実行委員会の発表による）",
                "175",
                "―",
                "98",
                "162",
                "170",
                "180",
            ),
            (
                "イ",
                "山あげ保存会の若衆の登録者数",
                "人",
                "当番町6町の保存会に登録する18～40歳の若衆の数（各年度4月1日現在）",
                "248",
                "236",
                "229",
                "231",
                "240～250",
                "250",
            ),
            (
                "ウ",
                "山あげ会館の年間入館者数",
                "人",
                "山あげ会館（金井2丁目）の有料入館者数",
                "12,480",
                "5,120",
                "8,960",
                "11,305※",
                "11,000",
                "13,000",
            ),
        ),
    ),
)


def nasu_indicator_table():
    out = [
        '<table class="shihyo">\n<thead>\n',
        '<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">記号</th><th scope="col" rowspan="2">指標名</th>'
        '<th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">指標の説明（算出方法）</th>'
        '<th scope="col" rowspan="2">基準値<br>（令和元年度）</th><th scope="colgroup" colspan="3">実績</th>'
        '<th scope="colgroup" colspan="2">目標</th></tr>\n',
        '<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th>'
        '<th scope="col">令和5年度</th><th scope="col">令和7年度（最終）</th></tr>\n',
        "</thead>\n<tbody>\n",
    ]
    for group, rows in NASU_GROUPS:
        for k, (mark, name, unit, how, *vals) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{group}</th>' if k == 0 else ""
            cells = "".join(
                f'<td class="c">{v}</td>' if v in ("―", "中止") else f"<td>{v}</td>" for v in vals
            )
            out.append(
                f'<tr>{head}<td class="c">{mark}</td><td class="name">{name}</td><td class="c">{unit}</td>'
                f'<td class="how">{how}</td>{cells}</tr>\n'
            )
    out.append("</tbody>\n</table>\n")
    return "".join(out)


NASU = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>山あげ行事保存伝承支援事業（令和６年度 事務事業評価シート） - 那須烏山市</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.6em; }
th, td { border: 1px solid #444; padding: 2px 6px; }
th { background: #e8eef4; }
td { text-align: right; }
td.c { text-align: center; }
td.name, td.how, table.sheet td { text-align: left; }
td.how { font-size: 90%; }
th[scope="rowgroup"] { font-weight: normal; }
p.unit { text-align: right; margin: 0; }
dt { font-weight: bold; }
</style>
</head>
<body>
<header><p class="site-name">那須烏山市</p></header>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/city-administration/">市政情報</a></li>
<li><a href="/city-administration/evaluation/">行政評価</a></li>
<li>令和６年度 事務事業評価シート</li>
</ol></nav>
<main>
<h1>令和６年度　事務事業評価シート（令和５年度実施事業）</h1>
<p class="update">【更新日】2024年10月1日　【担当】総合政策課　秘書政策グループ</p>
<p>那須烏山市は栃木県の東部、那珂川の中流域に位置し、宇都宮市から北東へ約30～35kmの距離にあります。平成17年（2005年）10月1日に烏山町と南那須町が合併して誕生し、面積は174.35km²です。このページでは、令和5年度に実施した事務事業のうち、山あげ行事の保存と伝承に関する事業の評価シートを掲載しています。</p>
<h2>１　事業の概要</h2>
<table class="sheet">
<tr><th scope="row">事務事業名</th><td colspan="3">山あげ行事保存伝承支援事業</td></tr>
<tr><th scope="row">事業番号</th><td>2-4-03</td><th scope="row">所管課</th><td>生涯学習課　文化振興グループ</td></tr>
<tr><th scope="row">総合計画の位置付け</th><td colspan="3">那須烏山市第3次総合計画（令和5年度～令和9年度）　施策「歴史と文化を守り伝える」</td></tr>
<tr><th scope="row">根拠法令等</th><td colspan="3">文化財保護法、那須烏山市文化財保護条例</td></tr>
<tr><th scope="row">事業期間</th><td>平成18年度～（継続）</td><th scope="row">会計区分</th><td>一般会計</td></tr>
<tr><th scope="row">対象</th><td colspan="3">烏山の山あげ行事を担う山あげ保存会、当番町の若衆（18～40歳）及び来訪者</td></tr>
<tr><th scope="row">事業の目的</th><td colspan="3">ユネスコ無形文化遺産「烏山の山あげ行事」を次の世代に確実に引き継ぐとともに、山あげ祭を通じて交流人口の拡大を図る。</td></tr>
<tr><th scope="row">事業の内容</th><td colspan="3">山あげ祭は、永禄3年（1560年）に烏山城主那須資胤が八雲神社を祀ったことに始まるとされる約460年の歴史を持つ祭礼で、昭和54年（1979年）2月に国の重要無形民俗文化財に指定され、平成28年（2016年）11月30日に「山・鉾・屋台行事」の一つとしてユネスコ無形文化遺産に登録された。毎年7月の第4土曜日を含む金・土・日曜日の3日間、烏山和紙を張った高さ10mを超える大山などを道路上約100mにわたって据え、野外で歌舞伎舞踊を演じる。本事業では、山あげ保存会が行う上演と後継者の育成に補助するほか、山あげ会館（平成3年（1991年）開館、平成30年（2018年）4月1日に改修して再開）の展示を充実させる。</td></tr>
</table>
<h2>２　事業費の推移</h2>
<p class="unit">（単位：千円）</p>
<table class="money">
<thead><tr><th scope="col">区分</th><th scope="col">令和3年度<br>（決算）</th><th scope="col">令和4年度<br>（決算）</th><th scope="col">令和5年度<br>（決算）</th><th scope="col">令和6年度<br>（予算）</th></tr></thead>
<tbody>
<tr><th scope="row">事業費</th><td>3,120</td><td>6,840</td><td>7,260</td><td>7,500</td></tr>
<tr><th scope="row">うち国・県支出金</th><td>800</td><td>1,500</td><td>1,500</td><td>1,500</td></tr>
<tr><th scope="row">うち一般財源</th><td>2,320</td><td>5,340</td><td>5,760</td><td>6,000</td></tr>
</tbody>
</table>
<h2>３　指標の推移</h2>
"""
    + nasu_indicator_table()
    + """<p>※1　令和3年度の山あげ祭は、新型コロナウイルス感染症の感染拡大を防ぐため無観客で開催したため、観覧者数を計上していない（「―」）。</p>
<p>※2　活動指標イの令和3年度は、講習会を中止した。</p>
<p>※3　成果指標イの令和5年度の目標は、240人から250人までの範囲とした。</p>
<p>※4　成果指標ウの令和5年度の実績（※）は、令和6年4月末時点の速報値である。</p>
<h2>４　評価</h2>
<dl>
<dt>達成度</dt><dd>B（概ね順調）</dd>
<dt>今後の方向性</dt><dd>継続</dd>
<dt>評価の理由</dt><dd>令和4年度に3年ぶりに桟敷席を設けて開催し、令和5年度は上演回数がコロナ禍前の21回に戻った。観覧者数は基準値の約9割にとどまるが、若衆の登録者数は下げ止まりつつある。引き続き保存会と連携して後継者の育成に取り組む。</dd>
</dl>
</main>
<footer><p>那須烏山市役所　〒321-0692 栃木県那須烏山市中央1丁目1番1号</p></footer>
</body>
</html>
"""
)


def build_nasu():
    (HERE / "nasukarasuyama_yamaage_jimujigyo_r5.html").write_text(NASU, encoding="utf-8")


# ---------------------------------------------------------------- 御蔵島村 (CSV 交付金 効果検証, open data)
MIKURA_WIDTH = 14
MIKURA_LINES = (
    ("デジタル田園都市国家構想交付金（地方創生推進タイプ）効果検証シート（令和６年度）",),
    ("作成", "令和7年8月"),
    ("自治体名", "東京都御蔵島村"),
    (
        "交付対象事業の名称",
        "御蔵島エコツーリズム推進事業～イルカと巨樹の島の持続可能な観光づくり～",
    ),
    (
        "交付金の種類",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）（令和4年度は地方創生推進交付金）",
    ),
    ("事業期間", "令和4年度～令和6年度（3か年）"),
    ("総事業費", "3か年計　18,600千円（うち交付金　9,300千円）"),
    ("担当課", "総務課"),
    (
        "村の概要",
        "御蔵島村は、東京都心の南約200km、三宅島の南南東約19kmの太平洋上にある、周囲16.4km、面積20.55km²のほぼ円形の島で、人口は313人（2024年8月1日）である。中央に標高851mの御山がそびえ、島の周りは高さ約480mの黒崎高尾をはじめとする断崖に囲まれている。\r\n"
        "島はスダジイなどの巨樹の森に覆われ、オオミズナギドリの世界最大の繁殖地として知られ、周辺の海には野生のミナミハンドウイルカが暮らす。大正12年（1923年）10月1日に島嶼町村制が施行されて御蔵島村が置かれ、昭和39年（1964年）7月7日から島全体が富士箱根伊豆国立公園に含まれる。",
    ),
    (
        "事業の概要",
        "御蔵島村自然保護条例（平成14年）と平成17年に定めた利用のルールに基づき、東京都自然ガイドの認定を受けて村に登録したガイドの同行による山域の利用と、観光協会が許可旗を渡すイルカウォッチング船の運航を続けながら、ガイドの育成、巨樹の森ツアーの造成、島の暮らしを伝える移住・交流の取組を一体的に進める。",
    ),
    (
        "注記",
        "基準値の時点の欄は、基準値をとった年度又は日付である。最終年度の達成状況は、R6実績をR6目標と比べたものである。増減は、R6実績から基準値を引いた値で、△はマイナスを表す。",
    ),
    (),
    ("■重要業績評価指標（KPI）",),
    (
        "No.",
        "KPI",
        "単位",
        "基準値",
        "基準値の時点",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6目標",
        "R6実績",
        "最終年度の達成状況",
        "増減（R6実績－基準値）",
        "備考",
    ),
    (
        "1",
        "イルカウォッチング参加者数",
        "人",
        "6120",
        "R3年度",
        "6500",
        "6840",
        "7000",
        "7310",
        "7500",
        "7180",
        "未達成",
        "1060",
        "ドルフィンスイムを含む。観光協会が渡した許可旗の記録による",
    ),
    (
        "2",
        "村に登録した自然ガイドの人数",
        "人",
        "21",
        "R3.4.1",
        "22",
        "23",
        "23",
        "17",
        "24",
        "18",
        "未達成",
        "△3",
        "令和5年度からガイドの登録を毎年更新する制度とし、\r\n更新しなかった6人を除いている",
    ),
    (
        "3",
        "観光客の島内消費額",
        "万円",
        "4850",
        "R3年度",
        "5000",
        "5320",
        "5500",
        "5910",
        "6000",
        "6230",
        "達成",
        "1380",
        "宿泊施設・飲食店・ガイド事業者への聞き取りによる推計",
    ),
    (
        "4",
        "巨樹の森ガイドツアーの参加者数",
        "人",
        "―",
        "―",
        "250",
        "268",
        "300",
        "休止",
        "350",
        "342",
        "未達成",
        "―",
        "令和4年度に開始（※1）",
    ),
    (
        "5",
        "島外からの移住者数",
        "人",
        "3",
        "R3年度",
        "",
        "4",
        "",
        "6",
        "3か年で延べ15人",
        "7",
        "達成",
        "4",
        "R4～R6の累計は17人（※2）",
    ),
    (),
    ("※1", "KPI4の令和5年度は、台風による登山道の崩落のため、巨樹の森ガイドツアーを休止した。"),
    ("※2", "KPI5の目標は3か年の累計で定めており、R4・R5の年度ごとの目標は定めていない。"),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_mikura():
    lines = []
    for row in MIKURA_LINES:
        if not row:
            lines.append("")
            continue
        cells = list(row) + [""] * (MIKURA_WIDTH - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\r\n".join(lines) + "\r\n"
    (HERE / "mikurajima_ecotour_kofukin_kensho_r6.csv").write_bytes(
        b"\xef\xbb\xbf" + text.encode("utf-8")
    )


# ---------------------------------------------------------------- 安曇野市 (PDF 主要な施策の成果説明書, portrait)
# (No., 事業名, 担当課, money line, 成果 prose, [(label, 成果指標, 単位, R4実績, R5実績, R6目標, R6実績, 達成度)])
AZUMINO_BLOCKS = (
    (
        "(1)",
        "安曇野暮らし移住定住促進事業",
        "政策経営課",
        "決算額　9,860千円　（財源内訳）国庫支出金　4,930千円　一般財源　4,930千円",
        "首都圏等で移住相談会を12回開き、三郷小倉地区の元教員住宅を改装したお試し住宅（2戸）を延べ41組が利用した。安曇野暮らし支援協議会と連携し、移住後の相談にも応じた。",
        (
            ("①", "移住相談件数", "件", 412, 468, 500, 521, "◎"),
            ("②", "移住支援制度を利用した移住者数", "人", 86, 94, "100～120", 91, "○"),
        ),
    ),
    (
        "(2)",
        "安曇野わさびブランド推進事業【新規】",
        "農政課",
        "決算額　5,240千円　（財源内訳）一般財源　5,240千円",
        "北アルプスの湧水で育つ安曇野のわさびを発信するため、首都圏の百貨店で販売会を3回開き、わさび田の見学・収穫体験を新たに始めた。",
        (
            ("①", "市内産わさびの出荷額", "億円", 11.8, 12.6, 13.0, 13.4, "◎"),
            ("②", "わさび田見学・収穫体験の参加者数", "人", "―", "―", 1500, 1086, "△"),
        ),
    ),
    (
        "(3)",
        "北アルプス・安曇野観光誘客推進事業",
        "観光交流促進課",
        "決算額　32,780千円　（財源内訳）国庫支出金　12,000千円　一般財源　20,780千円",
        "常念岳や燕岳を望む山麓の周遊ルートを多言語で案内し、海外の旅行会社を招いた視察を4回行った。",
        (
            ("①", "観光案内所の利用者数", "千人", 38.2, 45.6, 50.0, "集計中", "―"),
            ("②", "外国人延べ宿泊者数", "人泊", 8420, 21360, 25000, 27915, "◎"),
        ),
    ),
)


def build_azumino():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    for col, w in zip("ABCDEFGH", (6, 40, 7, 9, 9, 10, 9, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:H1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:H2", "令和7年9月　安曇野市", h="right")
    merge(
        ws,
        "A3:H3",
        "安曇野市は、平成17年（2005年）10月1日に豊科町・穂高町・三郷村・堀金村・明科町の5町村が合併して誕生した、面積331.78km²、人口93,542人（2022年10月1日）の市である。"
        "西部には燕岳、大天井岳、常念岳など海抜3,000m級の北アルプスの山々がそびえ、東部には海抜500mから700mの複合扇状地が広がる。扇状地の湧水を生かしたわさびの栽培が盛んで、日本最大規模のわさび園である大王わさび農場がある。"
        "将来ビジョンは「自然、文化、産業が織りなす 共生の街 安曇野」である。",
        size=8,
        v="top",
    )
    ws.row_dimensions[3].height = 52
    r = 5
    merge(ws, f"A{r}:H{r}", "３　産業・交流分野の主要事業", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "達成度　◎：目標を達成　○：目標の8割以上を達成　△：目標の8割未満　―：実績集計中のため評価なし",
        size=8,
        h="right",
    )
    r += 1
    for no, name, dept, money, result, rows in AZUMINO_BLOCKS:
        put(ws, f"A{r}", no, bold=True, box=True, shade=SHADE, h="center")
        merge(ws, f"B{r}:E{r}", name, bold=True, box=True, shade=SHADE)
        put(ws, f"F{r}", "担当課", bold=True, box=True, shade=SHADE, h="center")
        merge(ws, f"G{r}:H{r}", dept, box=True, h="center")
        ws.row_dimensions[r].height = 18
        r += 1
        merge(ws, f"A{r}:H{r}", money, size=8, box=True)
        ws.row_dimensions[r].height = 15
        r += 1
        merge(ws, f"A{r}:H{r}", "事業の成果：" + result, size=8, box=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for col, text in zip(
            "ABCDEFGH",
            ("No.", "成果指標", "単位", "R4実績", "R5実績", "R6目標", "R6実績", "達成度"),
        ):
            put(ws, f"{col}{r}", text, bold=True, box=True, shade=BAND, h="center")
        ws.row_dimensions[r].height = 16
        r += 1
        for label, indicator, unit, *vals, mark in rows:
            put(ws, f"A{r}", label, box=True, h="center")
            put(ws, f"B{r}", indicator, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEFG", vals):
                put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            put(ws, f"H{r}", mark, box=True, h="center")
            ws.row_dimensions[r].height = 18
            r += 1
        r += 1
    notes_block(
        ws,
        r,
        [
            "※1　達成度は、R6実績をR6目標と比べたものである。",
            "※2　(1)②のR6目標は、100人から120人までの範囲とした。",
            "※3　(2)は令和6年度からの新規事業で、わさび田見学・収穫体験は令和5年度まで市として実施していないため、R4・R5の実績はない（「―」）。",
            "※4　(3)①のR6実績は、市内3か所の観光案内所のうち1か所の集計が終わっていないため集計中である。",
        ],
        "H",
    )
    page(ws, landscape=False)
    save(wb, SRC / "azumino_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 伊奈町 (XLSX 総合戦略 KPI, the workbook itself)
# Goals: (基本目標 text, [(区分, 施策, No., 指標名, 単位, 基準値, H27, H28, H29, H30, R元見込, 目標値, 担当課, 進捗)])
INA_GOALS = (
    (
        "基本目標１\n町内に安定した「しごと」をつくる",
        (
            (
                "数値目標",
                None,
                None,
                "町内の法人事業所数",
                "事業所",
                1012,
                1020,
                1031,
                1046,
                1052,
                1060,
                1080,
                "税務課",
                "B",
            ),
            (
                "KPI",
                "（１）農業の振興と担い手の確保",
                "1-1",
                "新規就農者数",
                "人",
                2,
                3,
                1,
                4,
                2,
                3,
                5,
                "アグリ推進課",
                "C",
            ),
            (
                "KPI",
                "（１）農業の振興と担い手の確保",
                "1-2",
                "農産物直売所の年間販売額",
                "千円",
                352400,
                348900,
                361200,
                372050,
                380400,
                385000,
                400000,
                "アグリ推進課",
                "B",
            ),
            (
                "KPI",
                "（２）商工業の振興と創業の支援",
                "1-3",
                "創業支援事業による創業件数",
                "件",
                "4（H27）",
                4,
                6,
                5,
                7,
                6,
                8,
                "元気まちづくり課",
                "B",
            ),
        ),
    ),
    (
        "基本目標２\n町内への安定した「ひと」の流れをつくる",
        (
            (
                "数値目標",
                None,
                None,
                "社会増減数（転入者数－転出者数）",
                "人",
                186,
                212,
                -35,
                158,
                97,
                120,
                200,
                "企画課",
                "C",
            ),
            (
                "KPI",
                "（１）観光・イベントによる交流人口の拡大",
                "2-1",
                "バラまつりの来場者数",
                "千人",
                52.0,
                55.3,
                58.1,
                61.0,
                57.4,
                63.0,
                60.0,
                "元気まちづくり課",
                "A",
            ),
            (
                "KPI",
                "（１）観光・イベントによる交流人口の拡大",
                "2-2",
                "地域ポータルサイト「いなナビ」の年間アクセス件数",
                "件",
                "―",
                "―",
                48200,
                96540,
                121300,
                135000,
                120000,
                "企画課",
                "A",
            ),
        ),
    ),
)


def build_ina():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    widths = (15, 7, 24, 5, 38, 7, 9, 8, 8, 8, 8, 8, 9, 14, 5)
    cols = "ABCDEFGHIJKLMNO"
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:O1",
        "伊奈町まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の検証シート（令和元年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "令和元年11月　伊奈町", h="right")
    fields = [
        ("計画の名称", "伊奈町まち・ひと・しごと創生総合戦略（平成28年3月策定）"),
        ("計画期間", "平成27年度～平成31年度（5年間）"),
        ("検証の時点", "令和元年10月末（令和元年度の実績は見込値）"),
        ("担当課", "企画課"),
        (
            "町の概要",
            "本町は埼玉県の中東部、都心から約40kmに位置する、東西2.5km、南北7.5km、面積14.79km²の平坦な町で、人口は44,844人（2018年4月1日推計）である。"
            "町名は、天正18年（1590年）に小室・鴻巣に領地を与えられ、関東郡代として治水に尽くした伊奈備前守忠次にちなむ。昭和18年（1943年）7月15日に小室村と小針村が合併して伊奈村となり、昭和45年（1970年）11月1日に町制を施行した。"
            "昭和58年（1983年）に埼玉新都市交通伊奈線（ニューシャトル）が開通し、住宅地として人口が増えた。町の花はバラで、町制施行記念公園には約300種・4,800株のバラが咲く。本戦略は4つの基本目標を掲げており、この表はそのうち基本目標１・２の数値目標とKPIを抜粋したものである。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"C{r}:O{r}", val, box=True)
        ws.row_dimensions[r].height = 60 if key == "町の概要" else 16
        r += 1
    r += 1
    merge(
        ws, f"A{r}:F{r}", "■数値目標・重要業績評価指標（KPI）の状況", size=11, bold=True, wrap=False
    )
    merge(
        ws,
        f"G{r}:O{r}",
        "進捗　A：目標を上回るペースで推移　B：おおむね目標どおりに推移　C：目標を下回るペースで推移",
        size=8,
        h="right",
    )
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "基本目標"),
        ("B", "区分"),
        ("C", "具体的な施策"),
        ("D", "No."),
        ("E", "指標名"),
        ("F", "単位"),
        ("G", "基準値\n（H26）"),
        ("M", "目標値\n（H31）"),
        ("N", "担当課"),
        ("O", "進捗"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"H{h1}:L{h1}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("HIJKL", ("H27", "H28", "H29", "H30", "R元見込")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    for goal, rows in INA_GOALS:
        goal_first = r
        kind_first = {}
        measure_first = {}
        for kind, measure, no, name, unit, *vals, dept, mark in rows:
            kind_first.setdefault(kind, [r, r])[1] = r
            if measure is not None:
                measure_first.setdefault(measure, [r, r])[1] = r
            else:
                put(ws, f"C{r}", None, box=True)
            put(ws, f"D{r}", no, box=True, h="center")
            put(ws, f"E{r}", name, box=True)
            put(ws, f"F{r}", unit, box=True, h="center")
            for col, v in zip("GHIJKLM", vals):
                if isinstance(v, str):
                    put(ws, f"{col}{r}", v, box=True, h="right")
                elif isinstance(v, float):
                    put(ws, f"{col}{r}", v, box=True, h="right", fmt="#,##0.0")
                else:
                    put(ws, f"{col}{r}", v, box=True, h="right", fmt=TRIANGLE)
            put(ws, f"N{r}", dept, box=True, h="center")
            put(ws, f"O{r}", mark, box=True, h="center")
            ws.row_dimensions[r].height = 24
            r += 1
        for kind, (a, b) in kind_first.items():
            if b > a:
                merge(ws, f"B{a}:B{b}", kind, box=True, h="center")
            else:
                put(ws, f"B{a}", kind, box=True, h="center")
        for measure, (a, b) in measure_first.items():
            if b > a:
                merge(ws, f"C{a}:C{b}", measure, box=True)
            else:
                put(ws, f"C{a}", measure, box=True)
        merge(ws, f"A{goal_first}:A{r - 1}", goal, box=True, v="center")
    notes_block(
        ws,
        r,
        [
            "※1　基準値は平成26年度（H26）の値である。ただし、No.1-3は事業を始めた平成27年度の値であり、括弧内にその年度を示した。",
            "※2　△はマイナスを表す。R元見込は令和元年10月末時点の見込値であり、目標値（H31）は平成31年度（令和元年度）の目標である。",
            "※3　No.2-2の「いなナビ」は平成28年度に官民協働で開設したため、基準値及びH27の実績はない（「―」）。",
        ],
        "O",
    )
    page(ws, landscape=True)
    save(wb, HERE / "ina_senryaku_kpi_kensho_r1.xlsx")


def to_pdf():
    for name in ("azumino_shuyo_seika_r6",):
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
        fix_pdf(HERE / f"{name}.pdf")


def fix_pdf(path):
    """Pin the dates, the file ID and the checksum that LibreOffice writes, keeping every byte offset."""
    data = path.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250901090000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20250901090000", data)
    blank = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    blank = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, blank)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, data)
    data = re.sub(
        rb"(/ID \[ )<[0-9A-F]{32}>(\s*)<[0-9A-F]{32}>",
        rb"\g<1><" + digest + rb">\g<2><" + digest + rb">",
        data,
    )
    path.write_bytes(data)


def main():
    SRC.mkdir(exist_ok=True)
    build_nasu()
    build_mikura()
    build_azumino()
    build_ina()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
