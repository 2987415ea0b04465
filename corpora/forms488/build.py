"""Build the forms488 corpus: four KPI documents re-typed in the manner of four municipalities.

* ``kakegawa_cha_jimujigyo_r5.xlsx`` — 掛川市 事務事業評価シート (an XLSX workbook, kept as it is);
* ``inuyama_iine_senryaku_kpi_r5.html`` — 犬山市 総合戦略 KPIの進捗状況 (an HTML page);
* ``yura_senryaku2_suchi_saishu_r6.pdf`` — 由良町 第2期総合戦略 数値目標の最終検証 (landscape PDF from ``source/*.xlsx``);
* ``nantan_sogo2_seika_chukan_r4.pdf`` — 南丹市 総合振興計画 成果指標の中間検証 (portrait PDF from ``source/*.xlsx``).

Run ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501, B905

from __future__ import annotations

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
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FIXED = datetime(2026, 1, 5, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms488"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(
    ws, row, col, value, *, bold=False, size=9, fill=None, align="center", border=True, fmt=None
):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if border:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


def _span(ws, r1, c1, r2, c2, value, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            _put(ws, r, c, None, **{k: v for k, v in kw.items() if k in ("border", "fill")})
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return _put(ws, r1, c1, value, **kw)


def _line(ws, row, c1, c2, value, *, bold=False, size=9, align="left", height=None):
    _span(ws, row, c1, row, c2, value, bold=bold, size=size, align=align, border=False)
    if height:
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, last_row: int, last_col: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"


def _save(wb, path: Path) -> None:
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            if name == "docProps/core.xml":
                # openpyxl writes the save time into dcterms:modified; pin it.
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-01-05T09:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms488_soffice_") as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.move(
            str(Path(tmp) / xlsx.with_suffix(".pdf").name),
            str(HERE / xlsx.with_suffix(".pdf").name),
        )


def _row(ws, r, c0, vals, fmts=None, fill=None):
    for i, v in enumerate(vals):
        fmt = (fmts or {}).get(i)
        if fmt is None and isinstance(v, int):
            fmt = "#,##0"
        _put(
            ws,
            r,
            c0 + i,
            v,
            fmt=fmt,
            fill=fill,
            align="left" if isinstance(v, str) and len(v) > 4 else "center",
        )


# ---------------------------------------------------------------- 由良町 (PDF, landscape)
YURA_ROWS = [
    (
        "基本目標１\n安定した雇用を確保する",
        "新規就農者・就漁者・起業者数",
        "人",
        2,
        [2, 4, 3, 1, 3],
        13,
        "15（5年間累計）",
        "未達成",
    ),
    (
        "基本目標２\n新しいひとの流れをつくる",
        "SNS由良町公式アカウントのフォロワー数",
        "件",
        "―",
        [320, 540, 710, 880, 1040],
        "―",
        "1,000（R7.3末）",
        "達成",
    ),
    (
        "基本目標３\n結婚・出産・子育ての\n希望をかなえる",
        "出生数",
        "人",
        27,
        [24, 22, 19, 21, 18],
        104,
        "125（5年間累計）",
        "未達成",
    ),
    (
        "基本目標４\n住みやすいまちをつくる",
        "住民交流活動への参加者数",
        "人",
        15200,
        [4100, 6800, 11900, 14300, 14600],
        51700,
        "70,000（5年間累計）",
        "未達成",
    ),
    (None, "転出超過数の抑制", "人", 62, [58, 71, 49, 55, 60], "―", 40, "未達成"),
]


def yura() -> Path:
    wb, ws = _sheet("数値目標検証", [22, 30, 6, 10, 8, 8, 8, 8, 8, 11, 17, 8])
    _line(
        ws,
        1,
        1,
        12,
        "第２期由良町総合戦略　数値目標の最終検証（令和６年度）",
        bold=True,
        size=14,
        height=24,
    )
    _line(ws, 2, 1, 12, "令和7年7月　由良町", align="right")
    _put(ws, 4, 1, "計画の名称", fill=SHADE)
    _span(ws, 4, 2, 4, 6, "第2期由良町総合戦略", align="left")
    _span(ws, 4, 7, 4, 8, "担当課", fill=SHADE)
    _span(ws, 4, 9, 4, 12, "企画政策課", align="left")
    _put(ws, 5, 1, "計画期間", fill=SHADE)
    _span(ws, 5, 2, 5, 6, "令和2年度～令和6年度（5年間）", align="left")
    _span(ws, 5, 7, 5, 8, "評価時点", fill=SHADE)
    _span(ws, 5, 9, 5, 12, "令和7年3月31日", align="left")
    _put(ws, 6, 1, "町の概要", fill=SHADE)
    _span(
        ws,
        6,
        2,
        6,
        12,
        "由良町は和歌山県のほぼ中央部、紀伊水道に面した面積30.93km²の町で、人口は4,875人（令和6年10月1日推計）です。"
        "万葉集に詠まれた白崎海岸、金山寺みそ・醤油発祥の地とされる興国寺があり、極早生みかん「ゆら早生」の発祥地です。"
        "人口ビジョンでは、2060年の目標人口を4,700人としています。",
        align="left",
    )
    ws.row_dimensions[6].height = 40
    _line(ws, 8, 1, 12, "■基本目標ごとの数値目標の達成状況", bold=True, size=11)
    for c, h in (
        (1, "基本目標"),
        (2, "数値目標"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (10, "5年間の\n累計"),
        (11, "目標値（R6）"),
        (12, "判定"),
    ):
        _span(ws, 9, c, 10, c, h, fill=SHADE, bold=True)
    _span(ws, 9, 5, 9, 9, "実績値", fill=SHADE, bold=True)
    for i, y in enumerate(["R2", "R3", "R4", "R5", "R6"]):
        _put(ws, 10, 5 + i, y, fill=SHADE, bold=True)
    r = 11
    for goal, name, unit, base, acts, total, target, mark in YURA_ROWS:
        if goal is not None:
            span = 2 if goal.startswith("基本目標４") else 1
            _span(ws, r, 1, r + span - 1, 1, goal, align="left")
        _put(ws, r, 2, name, align="left")
        _put(ws, r, 3, unit)
        for c, v in zip(range(4, 13), [base, *acts, total, target, mark]):
            _put(
                ws,
                r,
                c,
                v,
                fmt="#,##0" if isinstance(v, int) else None,
                align="right" if c < 12 else "center",
                fill=LIGHT if c == 10 else None,
            )
        ws.row_dimensions[r].height = 40
        r += 1
    notes = [
        "※1 目標値欄に「（5年間累計）」とある目標は、令和2年度から令和6年度までの5年間の合計で達成を判定します。R2～R6の各欄は、その年度1年間の実績です。",
        "※2 「5年間の累計」欄はR2～R6の実績の合計です。フォロワー数・転出超過数は年度末の水準を示す指標のため、累計していません（「―」）。",
        "※3 SNS公式アカウントは令和2年6月に開設したため、基準値はありません（「―」）。目標値はR7.3末（令和7年3月末）時点のフォロワー数です。",
        "判定：達成＝目標値以上（転出超過数は目標値以下）、未達成＝目標値に届かなかったもの",
    ]
    for i, n in enumerate(notes):
        _line(ws, r + 1 + i, 1, 12, n, size=8)
    _page(ws, "landscape", r + len(notes), 12)
    path = SOURCE / "yura_senryaku2_suchi_saishu_r6.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 南丹市 (PDF, portrait)
NANTAN_ROWS = [
    # 施策 (rowspan), No., name, area, unit, baseline, actuals H30..R3, mid target, final target
    (
        ("2-1\n観光の振興", 6),
        "1",
        "観光入込客数",
        "園部",
        "千人",
        402,
        [415, 428, 251, 288],
        None,
        None,
    ),
    (None, None, None, "八木", "千人", 318, [322, 331, 190, 214], None, None),
    (None, None, None, "日吉", "千人", 395, [410, 421, 236, 271], None, None),
    (None, None, None, "美山", "千人", 721, [755, 778, 427, 514], None, None),
    (None, None, None, "計", "千人", 1836, [1902, 1958, 1104, 1287], 2000, 2200),
    (
        None,
        "2",
        "外国人観光客数（美山地域）",
        None,
        "人",
        6300,
        [9800, 11200, "―", 420],
        12000,
        15000,
    ),
    (
        ("3-2\n移住・定住の促進", 2),
        "3",
        "空き家バンクを通じた移住世帯数",
        None,
        "世帯",
        8,
        [11, 14, 12, 17],
        15,
        20,
    ),
    (None, "4", "移住相談件数", None, "件", 96, [124, 141, 188, 203], 150, 200),
    (
        ("4-1\n子育て支援の充実", 1),
        "5",
        "合計特殊出生率",
        None,
        "―",
        1.38,
        [1.41, 1.35, 1.29, 1.31],
        1.50,
        1.60,
    ),
]


def nantan() -> Path:
    wb, ws = _sheet("成果指標", [13, 4, 22, 6, 6, 9, 8, 9, 8, 8, 9, 9])
    _line(
        ws,
        1,
        1,
        12,
        "第２次南丹市総合振興計画　前期基本計画　成果指標の中間検証",
        bold=True,
        size=13,
        height=22,
    )
    _line(ws, 2, 1, 12, "令和4年9月　南丹市", align="right")
    _span(ws, 4, 1, 4, 2, "計画の名称", fill=SHADE)
    _span(ws, 4, 3, 4, 12, "第2次南丹市総合振興計画（前期基本計画）", align="left")
    _span(ws, 5, 1, 5, 2, "計画期間", fill=SHADE)
    _span(ws, 5, 3, 5, 7, "平成30年度～令和9年度（前期：平成30年度～令和4年度）", align="left")
    _span(ws, 5, 8, 5, 9, "担当課", fill=SHADE)
    _span(ws, 5, 10, 5, 12, "企画財政部　企画政策課", align="left")
    _span(ws, 6, 1, 6, 2, "市の概要", fill=SHADE)
    _span(
        ws,
        6,
        3,
        6,
        12,
        "南丹市は、平成18年1月1日に園部町・八木町・日吉町・美山町の4町が合併して誕生しました。面積は616.31km²で、"
        "京都府で2番目に広い市です。合併直後の人口は36,176人（平成18年4月1日現在）でした。美山町北集落の「かやぶきの里」は"
        "重要伝統的建造物群保存地区に選定され、慶安3年（1650年）建築とされる石田家住宅が残ります。",
        align="left",
    )
    ws.row_dimensions[6].height = 52
    _line(ws, 8, 1, 12, "２　施策の成果指標", bold=True, size=11)
    for c, h in ((1, "施策"), (2, "No."), (5, "単位"), (6, "策定時\n（H28）")):
        _span(ws, 9, c, 10, c, h, fill=SHADE, bold=True)
    _span(ws, 9, 3, 10, 4, "成果指標", fill=SHADE, bold=True)
    _span(ws, 9, 7, 9, 10, "実績値", fill=SHADE, bold=True)
    _span(ws, 9, 11, 9, 12, "目標値", fill=SHADE, bold=True)
    for i, y in enumerate(["H30", "H31（R元）", "R2", "R3", "中間\n（R4）", "最終\n（R9）"]):
        _put(ws, 10, 7 + i, y, fill=SHADE, bold=True)
    ws.row_dimensions[10].height = 26
    r = 11
    for shisaku, no, name, area, unit, base, acts, mid, final in NANTAN_ROWS:
        if shisaku is not None:
            _span(ws, r, 1, r + shisaku[1] - 1, 1, shisaku[0], align="left")
        if name is not None:
            if area is not None:
                _span(ws, r, 2, r + 4, 2, no)
                _span(ws, r, 3, r + 4, 3, name, align="left")
            else:
                _put(ws, r, 2, no)
                _span(ws, r, 3, r, 4, name, align="left")
        total = area == "計"
        fill = LIGHT if area not in (None, "計") else None
        if area is not None:
            _put(ws, r, 4, area, bold=total, fill=fill)
        _put(ws, r, 5, unit, fill=fill)
        for c, v in zip(range(6, 13), [base, *acts, mid, final]):
            if isinstance(v, float):
                fmt = "0.00"
            elif isinstance(v, int):
                fmt = "#,##0"
            else:
                fmt = None
            _put(ws, r, c, v, fmt=fmt, align="right", bold=total, fill=fill)
        ws.row_dimensions[r].height = 20 if area is not None else 28
        r += 1
    notes = [
        "※1 No.1は地域別の内訳（網掛け）と市全体の「計」を示しています。成果指標の値は「計」の行で、目標値は「計」にのみ設定しています。地域別の値は参考です。",
        "※2 No.2の令和2年度は、新型コロナウイルス感染症の影響により調査を実施していません（「―」）。",
        "※3 「H31（R元）」は平成31年度（令和元年度）です。実績値は各年度末時点の集計です。",
    ]
    for i, n in enumerate(notes):
        _line(ws, r + 1 + i, 1, 12, n, size=8, height=24)
    _page(ws, "portrait", r + len(notes), 12)
    path = SOURCE / "nantan_sogo2_seika_chukan_r4.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 掛川市 (XLSX, kept as it is)
KAKEGAWA_COLS = [
    # (head, plan by year, actual by year, rate by year)
    (
        "①茶園の改植・製茶機械導入への補助件数（件）",
        [20, 20, 25, 25],
        [18, 22, 21],
        [0.9, 1.1, 0.84],
    ),
    ("②掛川茶PRイベント・商談会の開催回数（回）", [12, 12, 12, 12], [3, 6, 11], [0.25, 0.5, 0.917]),
    ("③荒茶生産量（t）", [5200, 5200, 5000, 5000], [4860, 4710, 4390], [0.935, 0.906, 0.878]),
    (
        "④掛川茶の輸出額（千円）",
        [40000, 50000, 60000, 70000],
        ["―", 46300, 63800],
        ["―", 0.926, 1.063],
    ),
]
KAKEGAWA_NOTES = [
    "②はコロナ禍により中止・縮小　④は輸出実績の集計なし（―）",
    "②はコロナ禍により縮小",
    "",
    "実績は令和6年度の評価で記入（網掛け）",
]


def kakegawa() -> Path:
    wb, ws = _sheet("事務事業評価", [12, 7, 17, 17, 17, 17, 9, 9, 9, 14])
    _line(
        ws,
        1,
        1,
        10,
        "令和５年度　事務事業評価シート（令和４年度実施事業）",
        bold=True,
        size=13,
        height=22,
    )
    _line(ws, 2, 1, 10, "作成日：令和5年7月14日", align="right")
    fields = [
        ("事務事業名", "掛川茶ブランド推進事業", "事業番号", "05-02-03"),
        ("担当課", "お茶振興課　茶業振興係", "事業期間", "平成28年度～（継続）"),
        (
            "総合計画上の位置付け",
            "第2次掛川市総合計画（改定版　令和2年度～令和7年度）　政策5　施策5-2　茶業の振興",
            None,
            None,
        ),
        (
            "関連計画",
            "掛川市茶振興計画（平成28年度策定、令和4年度中間見直し「掛川茶未来創造プロジェクト」）",
            None,
            None,
        ),
    ]
    r = 4
    for k1, v1, k2, v2 in fields:
        _span(ws, r, 1, r, 2, k1, fill=SHADE)
        if k2 is None:
            _span(ws, r, 3, r, 10, v1, align="left")
        else:
            _span(ws, r, 3, r, 5, v1, align="left")
            _span(ws, r, 6, r, 7, k2, fill=SHADE)
            _span(ws, r, 8, r, 10, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, r, 2, "事業の概要", fill=SHADE)
    _span(
        ws,
        r,
        3,
        r,
        10,
        "面積265.69km²の市域の北部から南部に茶園が広がる、日本一の深蒸し茶産地としての地位を守るため、茶園の改植や製茶機械の導入を支援し、"
        "首都圏での商談会や海外向けの販路開拓を行う。令和4年度は改植支援の補助率を3分の1から2分の1に引き上げた。",
        align="left",
    )
    ws.row_dimensions[r].height = 40
    r += 2
    _line(ws, r, 1, 10, "１　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, r, 5, "区分", fill=SHADE, bold=True)
    for c, h in zip(range(6, 10), ["令和２年度決算", "３年度決算", "４年度決算", "５年度予算"]):
        _put(ws, r, c, h, fill=SHADE, bold=True)
    _put(ws, r, 10, "備考", fill=SHADE, bold=True)
    ws.row_dimensions[r].height = 26
    for label, vals, note in (
        ("事業費", [38620, 41250, 52480, 55000], "R4補助率引上げ"),
        ("うち一般財源", [30120, 32800, 39960, 41500], ""),
    ):
        r += 1
        _span(ws, r, 1, r, 5, label, align="left")
        for c, v in zip(range(6, 10), vals):
            _put(ws, r, c, v, fmt="#,##0", align="right")
        _put(ws, r, 10, note, align="left")
    r += 2
    _line(ws, r, 1, 10, "２　指標の推移", bold=True, size=11)
    r += 1
    _span(ws, r, 1, r + 1, 1, "年度", fill=SHADE, bold=True)
    _span(ws, r, 2, r + 1, 2, "項目", fill=SHADE, bold=True)
    _span(ws, r, 3, r, 4, "活動指標", fill=SHADE, bold=True)
    _span(ws, r, 5, r, 6, "成果指標", fill=SHADE, bold=True)
    _span(ws, r, 7, r + 1, 10, "備考", fill=SHADE, bold=True)
    for i, (head, *_) in enumerate(KAKEGAWA_COLS):
        _put(ws, r + 1, 3 + i, head, fill=SHADE, bold=True)
    ws.row_dimensions[r + 1].height = 40
    r += 2
    for y, (year, note) in enumerate(
        zip(["令和２年度", "３年度", "４年度", "５年度"], KAKEGAWA_NOTES)
    ):
        items = ["計画", "実績", "達成率"]
        _span(ws, r, 1, r + 2, 1, year)
        _span(ws, r, 7, r + 2, 10, note, align="left")
        for i, item in enumerate(items):
            last = y == 3 and item != "計画"
            fill = LIGHT if item == "達成率" or last else None
            _put(ws, r + i, 2, item, fill=fill)
            for j, (_, plan, act, rate) in enumerate(KAKEGAWA_COLS):
                vals = {"計画": plan, "実績": act, "達成率": rate}[item]
                v = vals[y] if y < len(vals) else None
                fmt = (
                    "0.0%"
                    if item == "達成率" and isinstance(v, float)
                    else ("#,##0" if isinstance(v, int) else None)
                )
                _put(ws, r + i, 3 + j, v, fmt=fmt, align="right", fill=fill)
        r += 3
    r += 1
    _line(ws, r, 1, 10, "※ 達成率＝実績÷計画。指標名の括弧内は単位です。", size=8)
    r += 2
    _line(ws, r, 1, 10, "３　評価", bold=True, size=11)
    r += 1
    for k, v in (
        ("有効性", "B（概ね目標どおり成果が上がっている）"),
        ("今後の方向性", "拡充（輸出向け有機栽培への転換支援を追加）"),
    ):
        _span(ws, r, 1, r, 2, k, fill=SHADE)
        _span(ws, r, 3, r, 10, v, align="left")
        r += 1
    _page(ws, "portrait", r - 1, 10)
    path = HERE / "kakegawa_cha_jimujigyo_r5.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 犬山市 (HTML)
INUYAMA_TABLES = [
    (
        "基本目標１　「いいね！」が集まる観光・交流のまち",
        [
            (
                "1",
                "城下町エリアの休日歩行者通行量",
                "<del>9,000</del><br>12,000",
                "8,400",
                "3,900",
                "7,600",
                "11,300",
                "人/日",
            ),
            ("2", "観光案内所での外国語対応件数", "2,500", "1,180", "40", "610", "2,240", "件"),
            ("3", "木曽川うかいの乗船者数", "28,000", "24,600", "9,800", "17,500", "22,900", "人"),
        ],
    ),
    (
        "基本目標２　「いいね！」と住み続けられるまち",
        [
            ("4", "転入超過数（社会増減）", "100", "△212", "△85", "46", "131", "人"),
            (
                "5",
                "子育て支援センターの利用者数",
                "<del>32,000</del><br>36,000",
                "29,500",
                "21,300",
                "30,800",
                "34,900",
                "人",
            ),
        ],
    ),
]


def inuyama_html() -> str:
    parts = []
    for heading, rows in INUYAMA_TABLES:
        body = "\n".join(
            f'        <tr><td>{no}</td><th scope="row">{name}</th>'
            + "".join(f"<td>{v}</td>" for v in vals)
            + "</tr>"
            for no, name, *vals in rows
        )
        parts.append(
            f"""<h2>{heading}</h2>
<table border="1">
  <thead>
    <tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">単位</th></tr>
    <tr><th>R3</th><th>R4</th><th>R5</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>いいね！いぬやま総合戦略 重要業績評価指標（KPI）の進捗状況（令和５年度実績） | 犬山市</title>
</head>
<body>
<header><p class="site">愛知県犬山市</p></header>
<nav class="breadcrumb"><ol>
  <li><a href="/">ホーム</a></li>
  <li><a href="/shisei/">市政情報</a></li>
  <li><a href="/shisei/keikaku/">計画・構想</a></li>
  <li>いいね！いぬやま総合戦略 KPIの進捗状況（令和５年度実績）</li>
</ol></nav>
<main>
<h1>いいね！いぬやま総合戦略 重要業績評価指標（KPI）の進捗状況（令和５年度実績）</h1>
<p class="date">ページ番号 1011042　更新日：2024年10月18日　担当：経営企画課</p>
<p>犬山市は愛知県の最北端、濃尾平野の扇頂部に位置し、国宝の犬山城天守と茶室「如庵」の二つの国宝建築物があります。博物館明治村や入鹿池など観光資源にも恵まれる一方、市の人口は2009年をピークに減少に転じています。</p>
<p>令和6年8月に開催した犬山市まち・ひと・しごと創生推進会議（委員12名）で、令和5年度の実績を報告しました。</p>
<dl>
  <dt>計画の名称</dt><dd>いいね！いぬやま総合戦略（第2期犬山市まち・ひと・しごと創生総合戦略）</dd>
  <dt>計画期間</dt><dd>令和2年度～令和6年度</dd>
  <dt>担当課</dt><dd>経営企画課</dd>
</dl>
{tables}
<p>※ 目標値欄の取り消し線の数値は当初の目標値です。令和4年度の中間見直しで上方修正し、修正後の目標値をその下に記載しています。</p>
<p>※ 「△」はマイナス（転出超過）を示します。単位は各表の右端の欄のとおりです。</p>
</main>
<footer><p>犬山市役所　経営企画課</p></footer>
</body>
</html>
"""


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    kakegawa()
    (HERE / "inuyama_iine_senryaku_kpi_r5.html").write_text(inuyama_html(), encoding="utf-8")
    for xlsx in (yura(), nantan()):
        if pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
