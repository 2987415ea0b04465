"""Build the HTML corpus: the seed tables as municipal web pages, and their expected records.

Run from the repository root::

    python corpora/html/build.py

Every cell, heading and paragraph text is read from the seed texts in ``corpora/seeds/`` by
its line and column (the tables below say which), and the build fails unless every non-empty
cell of the lines laid out is used exactly once. A space that the text extraction put where
the original cell broke its line is a ``<br>`` here. The merges (``rowspan``/``colspan``)
are those of the original layouts, as ``corpora/pdf/build.py`` lays them out in Excel.

``expected/NAME.html.jsonl`` holds the hand-written records of
``tests/fixtures/records/<seed>.jsonl`` for the rows laid out, with ``document`` the HTML
file name, ``line`` and ``page`` null and everything else unchanged (``nested_and_messy``
adds a ``_note``). The pages and expected records come out byte-identical on every run; the
build checks that each page parses with ``html.parser`` into properly nested elements whose
tables fill rectangular grids. Nothing here uses jpkpi.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEEDS = REPO / "corpora" / "seeds"
EXPECTED = HERE / "expected"

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # corpora/: shared fixture helpers
from fixture_records import fixture_path, fixture_records, missing_keys, write_jsonl  # noqa: E402

SEED_000 = "000_fb57e009c395afac.txt"
SEED_002 = "002_c12787e90c7802a2.txt"
SEED_004 = "004_1502a6051a063bcd.txt"

STYLE = (
    "table { border-collapse: collapse; margin: 0.5em 0 1.5em; } "
    "th, td { border: 1px solid #333; padding: 2px 6px; vertical-align: top; } "
    "th { background: #d9d9d9; font-weight: normal; } td.num { text-align: right; }"
)


class BuildError(RuntimeError):
    """A page does not lay out the seed the way this script says it does."""


# --------------------------------------------------------------------------------------
# Seed cells and HTML pieces
# --------------------------------------------------------------------------------------


class Seed:
    """The TAB-separated lines of one seed text, remembering which cells were laid out."""

    def __init__(self, name: str) -> None:
        """Read the seed `name` from corpora/seeds."""
        text = (SEEDS / name).read_text(encoding="utf-8")
        self.name = name
        self.rows = [line.split("\t") for line in text.split("\n")]
        self.taken: set[tuple[int, int]] = set()

    def cell(self, line: int, col: int) -> str:
        """The text of a cell (1-based line, 0-based column; '' past the end of the line)."""
        row = self.rows[line - 1]
        return row[col] if col < len(row) else ""

    def take(self, line: int, col: int) -> str:
        """The text of a cell that is laid out (each non-empty cell at most once)."""
        text = self.cell(line, col)
        if text:
            if (line, col) in self.taken:
                raise BuildError(f"{self.name}:{line}:{col} laid out twice")
            self.taken.add((line, col))
        return text

    def check_all_taken(self, lines: Iterable[int]) -> None:
        """Fail unless every non-empty cell of these lines was laid out."""
        for line in lines:
            for col, text in enumerate(self.rows[line - 1]):
                if text and (line, col) not in self.taken:
                    raise BuildError(f"{self.name}:{line}:{col} not laid out: {text[:30]}")


def broken(text: str) -> str:
    """A cell whose every space stands for a line break of the original cell."""
    return text.replace(" ", "\n")


def markup(text: str) -> str:
    """Escaped HTML of a text, with `<br>` for its line breaks."""
    return "<br>".join(html.escape(part, quote=False) for part in text.split("\n"))


@dataclass(frozen=True)
class Cell:
    """One table cell: text ('\\n' for a line break), header or data, spans, class."""

    text: str
    head: bool = False
    rows: int = 1
    cols: int = 1
    cls: str = ""

    def html(self) -> str:
        """The cell as one `<th>`/`<td>` element."""
        tag = "th" if self.head else "td"
        attrs = ""
        if self.rows > 1:
            attrs += f' rowspan="{self.rows}"'
        if self.cols > 1:
            attrs += f' colspan="{self.cols}"'
        if self.cls:
            attrs += f' class="{self.cls}"'
        return f"<{tag}{attrs}>{markup(self.text)}</{tag}>"


def th(text: str, rows: int = 1, cols: int = 1) -> Cell:
    """A header cell."""
    return Cell(text, True, rows, cols)


def td(text: str, rows: int = 1, cols: int = 1, cls: str = "") -> Cell:
    """A data cell."""
    return Cell(text, False, rows, cols, cls)


def num(text: str) -> Cell:
    """A data cell holding a number (right-aligned)."""
    return Cell(text, cls="num")


Row = list[Cell]


def table(cls: str, head: Sequence[Row], body: Sequence[Row]) -> list[str]:
    """A `<table>` with a `<thead>` (when `head` is not empty) and a `<tbody>`."""
    out = [f'<table class="{cls}">']
    for tag, rows in (("thead", head), ("tbody", body)):
        if not rows:
            continue
        out.append(f"  <{tag}>")
        for row in rows:
            out.append("    <tr>")
            out.extend(f"      {cell.html()}" for cell in row)
            out.append("    </tr>")
        out.append(f"  </{tag}>")
    out.append("</table>")
    return out


def element(tag: str, text: str) -> str:
    """One element on its own line, such as `<h2>…</h2>` or `<p>…</p>`."""
    return f"<{tag}>{markup(text)}</{tag}>"


def page(title: str, body: Iterable[str]) -> str:
    """A whole UTF-8 HTML page."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{markup(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Seed 000 (Kushiro): kushiro_kpi.html and nested_and_messy.html
# --------------------------------------------------------------------------------------

KUSHIRO_TITLE_LINE = 3


@dataclass(frozen=True)
class KushiroProgram:
    """A 交付対象事業: the line of its name and 概要 cells, its first and last KPI lines."""

    at: int
    first: int
    last: int


# (heading line, first of the three header lines, programs). The last two programs follow
# the fixture: KPI rows 25-28 and 29-33, their merged name cells (vertically centred in the
# original, hence printed on lines 26 and 31) spanning those rows.
KUSHIRO_TABLES = (
    (5, 7, (KushiroProgram(10, 10, 11),)),
    (
        13,
        15,
        (
            KushiroProgram(18, 18, 20),
            KushiroProgram(21, 21, 24),
            KushiroProgram(26, 25, 28),
            KushiroProgram(31, 29, 33),
        ),
    ),
)


def kushiro_head(seed: Seed, line: int) -> list[Row]:
    """The three header rows: KPI over 7 columns, 指標値 and 実績値 over 3 each."""
    return [
        [
            th(broken(seed.take(line, 0)), rows=3),
            th(seed.take(line, 1), rows=3),
            th(seed.take(line, 2), cols=7),
        ],
        [
            th(seed.take(line + 1, 2), rows=2),
            th(seed.take(line + 1, 3), cols=3),
            th(seed.take(line + 1, 6), cols=3),
        ],
        [th(seed.take(line + 2, col)) for col in range(3, 9)],
    ]


def kushiro_summary(text: str) -> str:
    """An 事業の概要 cell: the space after a full stop is a line break (new paragraph)."""
    return text.replace("。 ", "。\n")


def kushiro_kpi(seed: Seed, line: int) -> Row:
    """The KPI cells of one row: 指標, 指標値, 単位 (`社・<br>団体`), 年月, R4-R6."""
    return [
        td(seed.take(line, 2)),
        num(seed.take(line, 3)),
        td(broken(seed.take(line, 4))),
        td(seed.take(line, 5)),
        *(num(seed.take(line, col)) for col in (6, 7, 8)),
    ]


def kushiro_body(seed: Seed, programs: Sequence[KushiroProgram]) -> list[Row]:
    """The KPI rows, each program's name and 概要 merged down over its rows."""
    rows: list[Row] = []
    for program in programs:
        span = program.last - program.first + 1
        for line in range(program.first, program.last + 1):
            row: Row = []
            if line == program.first:
                row.append(td(seed.take(program.at, 0), rows=span))
                row.append(td(kushiro_summary(seed.take(program.at, 1)), rows=span))
            rows.append(row + kushiro_kpi(seed, line))
    return rows


def build_kushiro() -> str:
    """Seed 000: <h1> title, each 【…対象事業】 heading as <h2> over its table."""
    seed = Seed(SEED_000)
    title = seed.take(KUSHIRO_TITLE_LINE, 0)
    body = [element("h1", title)]
    for heading, head, programs in KUSHIRO_TABLES:
        body.append(element("h2", seed.take(heading, 0)))
        body.extend(table("kpi", kushiro_head(seed, head), kushiro_body(seed, programs)))
    seed.check_all_taken(range(1, len(seed.rows) + 1))
    return page(title, body)


NESTED_NOTE = (
    "nested_and_messy.html: the two KPI rows of seed 000 lines 10-11 in a table nested in a "
    "cell of a layout table. Section from the KPI table's <caption> "
    "(【デジタル田園都市国家構想交付金（地方創生推進タイプ）対象事業】, normalized, 【】 removed); "
    "the <h1> is the page title, not a section. The targets are written 3&nbsp; and 133&nbsp;; "
    "the name 移住者数 stands between line breaks and indentation in the source."
)


def nested_kpi(seed: Seed, line: int, name: Sequence[str]) -> list[str]:
    """The KPI cells of one row of the nested table, the name written as the `name` lines."""
    indicator, target, unit, when, *actuals = (seed.take(line, col) for col in range(2, 9))
    return [
        *(part.format(markup(indicator)) for part in name),
        f'<td align="right">{markup(target)}&nbsp;</td>',
        f'<td align="center">{markup(broken(unit))}</td>',
        f'<td align="center">{markup(when)}</td>',
        *(f'<td align="right">{markup(actual)}</td>' for actual in actuals),
    ]


def build_nested() -> str:
    """A layout table whose main cell holds the KPI table of seed 000 lines 7-11."""
    seed = Seed(SEED_000)
    title = seed.take(KUSHIRO_TITLE_LINE, 0)
    caption = seed.take(5, 0)
    h1, h2, h3 = 7, 8, 9
    program = markup(seed.take(10, 0))
    summary = markup(seed.take(10, 1))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{markup(title)}</title>",
        "</head>",
        '<body bgcolor="#ffffff">',
        '<table class="layout" width="100%" border="0" cellpadding="0" cellspacing="0">',
        "<tr>",
        '<td colspan="3" class="breadcrumb"><a href="/">トップページ</a>&nbsp;&gt;&nbsp;'
        '<a href="/shisei/">市政情報</a>&nbsp;&gt;&nbsp;地方創生</td>',
        "</tr>",
        "<tr>",
        '<td class="menu" width="160" valign="top">',
        "<p><b>メニュー</b></p>",
        '<p><a href="/kurashi/">くらし&amp;手続き</a><br>',
        '<a href="/kosodate/">子育て・教育</a><br>',
        '<a href="/kanko/">観光&amp;移住</a></p>',
        "</td>",
        '<td width="12">&nbsp;</td>',
        '<td class="main" valign="top">',
        f"<h1>{markup(title)}</h1>",
        "<p>各事業の重要業績評価指標の実績をお知らせします。</p>",
        '<table class="kpi" border="1" cellspacing="0" cellpadding="3" width="100%">',
        f"<caption>{markup(caption)}</caption>",
        "<tr>",
        f'<th rowspan="3">{markup(broken(seed.take(h1, 0)))}</th>',
        f'<th rowspan="3">{markup(seed.take(h1, 1))}</th>',
        f'<th colspan="7">{markup(seed.take(h1, 2))}</th>',
        "</tr>",
        "<tr>",
        f'<th rowspan="2">{markup(seed.take(h2, 2))}</th>',
        f'<th colspan="3">{markup(seed.take(h2, 3))}</th>',
        f'<th colspan="3">{markup(seed.take(h2, 6))}</th>',
        "</tr>",
        "<tr>",
        *(f"<th>{markup(seed.take(h3, col))}</th>" for col in range(3, 9)),
        "</tr>",
        "<tr>",
        f'<td rowspan="2" valign="middle"><p>{program}</p></td>',
        f'<td rowspan="2"><p><font size="2">{summary}</font></p></td>',
        *nested_kpi(seed, 10, ("<td><p>{}</p></td>",)),
        "</tr>",
        "<tr>",
        *nested_kpi(seed, 11, ("<td>", "  {}", "</td>")),
        "</tr>",
        "</table>",
        "<p>このページに関するお問い合わせ&nbsp;&nbsp;"
        '<a href="/contact/">問い合わせフォーム</a></p>',
        "</td>",
        "</tr>",
        "<tr>",
        '<td colspan="3" class="footer"><p><a href="#top">このページの先頭へ</a>&nbsp;|&nbsp;'
        '<a href="/">トップページへ戻る</a></p></td>',
        "</tr>",
        "</table>",
        "</body>",
        "</html>",
    ]
    seed.check_all_taken([*range(3, 6), *range(7, 12)])
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Seed 002 (Hanamaki): hanamaki_report.html
# --------------------------------------------------------------------------------------

HANAMAKI_TITLE_LINE = 3
HANAMAKI_INTRO_LINES = (5, 7, 8)
HANAMAKI_SUMMARY_HEADING_LINE = 10
HANAMAKI_SUMMARY_HEAD_LINE = 12
HANAMAKI_SUMMARY_LINES = range(14, 19)
HANAMAKI_TOTAL_LINE = 19
# Each program's 事業実施報告書 excerpt: its first and last line.
HANAMAKI_PROGRAMS = ((21, 93), (95, 156), (158, 208), (210, 271), (273, 345))
KPI_LABEL = re.compile(r"KPI[①-⑩]")
CHARS = re.compile(r"\d+字")


def hanamaki_summary(seed: Seed) -> list[str]:
    """The 活用状況 table: five header cells over two rows, R6 over 事業費/交付金充当額."""
    line = HANAMAKI_SUMMARY_HEAD_LINE
    head = [
        [*(th(seed.take(line, col), rows=2) for col in range(5)), th(seed.take(line, 5), cols=2)],
        [th(seed.take(line + 1, 5)), th(seed.take(line + 1, 6))],
    ]
    body: list[Row] = []
    for line in HANAMAKI_SUMMARY_LINES:
        if " " in seed.cell(line, 2):
            raise BuildError(f"{seed.name}:{line}: a space in 事業概要")
        body.append(
            [
                td(seed.take(line, 0)),
                td(seed.take(line, 1)),
                td(seed.take(line, 2)),
                td(broken(seed.take(line, 3))),
                td(broken(seed.take(line, 4))),
                num(seed.take(line, 5)),
                num(seed.take(line, 6)),
            ]
        )
    total = HANAMAKI_TOTAL_LINE
    body.append(
        [td(seed.take(total, 0), cols=5), num(seed.take(total, 5)), num(seed.take(total, 6))]
    )
    return table("summary", head, body)


def hanamaki_note(seed: Seed, line: int) -> tuple[str, str, str]:
    """A 記述欄 row (label, text, 字数) wherever the extraction put its cells."""
    label = seed.take(line, 0)
    if not label.startswith("【KPI"):
        raise BuildError(f"{seed.name}:{line}: not a 記述欄 row")
    filled = [col for col in range(1, len(seed.rows[line - 1])) if seed.cell(line, col)]
    if not filled or not CHARS.fullmatch(seed.cell(line, filled[-1])) or len(filled) > 2:
        raise BuildError(f"{seed.name}:{line}: unexpected 記述欄 cells")
    text = seed.take(line, filled[0]) if len(filled) == 2 else ""
    return broken(label), text, seed.take(line, filled[-1])


def hanamaki_block(seed: Seed, start: int) -> tuple[list[str], int]:
    """One KPI block of the national form as its own table; also the line after it."""
    name_line = start + 1
    head = [
        [
            th(seed.take(start, 0), cols=2),
            *(th(seed.take(start, col)) for col in range(2, 6)),
            th(""),
        ]
    ]
    # Program (3) prints no 基準年度/基準値: its name line carries the 2024 headers.
    if seed.cell(name_line, 4).endswith("目標値"):
        base_year, base = "", ""
    else:
        base_year, base = seed.take(name_line, 4), seed.take(name_line, 5)
    body: list[Row] = [
        [
            td(seed.take(name_line, 0), rows=7, cols=2),
            td(seed.take(name_line, 2), rows=7),
            td(seed.take(name_line, 3), rows=7),
            td(base_year),
            td(base),
            td(""),
        ]
    ]
    line = name_line
    for _year in range(3):
        while not any(cell.endswith("目標値") for cell in seed.rows[line - 1]):
            line += 1
        first = next(c for c, cell in enumerate(seed.rows[line - 1]) if cell.endswith("目標値"))
        body.append([th(seed.take(line, col)) for col in range(first, first + 3)])
        line += 1
        # The values in order (target, actual, status), wherever the extraction put them.
        values = [seed.take(line, c) for c, cell in enumerate(seed.rows[line - 1]) if cell]
        if not 1 <= len(values) <= 3:
            raise BuildError(f"{seed.name}:{line}: unexpected value row")
        values += [""] * (3 - len(values))
        body.append([num(values[0]), num(values[1]), td(values[2])])
        line += 1
    while not seed.cell(line, 0):
        line += 1
    for note_line in (line, line + 1):
        label, text, chars = hanamaki_note(seed, note_line)
        body.append([th(label, cols=2), td(text, cols=4), td(chars)])
    return table("kpi-block", head, body), line + 2


def hanamaki_program(seed: Seed, first: int, last: int) -> list[str]:
    """A program's heading (<h2>), 3. 事業のKPI (<h3>), instructions, 記入例 and KPI blocks."""
    out = [element("h2", seed.take(first, 0))]
    examples: list[Row] = []
    line = first + 1
    while line <= last:
        row = seed.rows[line - 1]
        if KPI_LABEL.fullmatch(row[0]):
            block, line = hanamaki_block(seed, line)
            out.extend(block)
            continue
        if "記入例" in row[0]:
            examples.append(
                [th(broken(seed.take(line, 0))), td(seed.take(line, 1)), td(seed.take(line, 2))]
            )
        elif examples:
            out.extend(table("example", [], examples))
            examples = []
        if len(row) == 1 and row[0]:
            text = seed.take(line, 0)
            out.append(element("h3" if text == "3. 事業のKPI" else "p", text))
        line += 1
    if examples:
        raise BuildError(f"{seed.name}:{last}: 記入例 at the end of a program")
    return out


def build_hanamaki() -> str:
    """Seed 002: the 活用状況 summary and every program's KPI blocks."""
    seed = Seed(SEED_002)
    title = seed.take(HANAMAKI_TITLE_LINE, 0)
    body = [element("h1", title)]
    body.extend(element("p", seed.take(line, 0)) for line in HANAMAKI_INTRO_LINES)
    body.append(element("h2", seed.take(HANAMAKI_SUMMARY_HEADING_LINE, 0)))
    body.extend(hanamaki_summary(seed))
    for first, last in HANAMAKI_PROGRAMS:
        body.extend(hanamaki_program(seed, first, last))
    seed.check_all_taken(range(1, len(seed.rows) + 1))
    return page(title, body)


# --------------------------------------------------------------------------------------
# Seed 004 (Kamiichi): kamiichi_goals.html
# --------------------------------------------------------------------------------------

KAMIICHI_TITLE_LINE = 3
KAMIICHI_LABEL_LINE = 5
KAMIICHI_HEAD_LINE = 7
# 基本目標 (with its 数値目標): first and last line of its rows.
KAMIICHI_GOALS = ((9, 18), (19, 34), (35, 42))
# 重点施策: the line and column of its name, and its last KPI line.
KAMIICHI_POLICIES = (
    (9, 4, 11),
    (12, 4, 13),
    (14, 4, 16),
    (17, 4, 18),
    (19, 4, 21),
    (22, 4, 25),
    (26, 1, 28),
    (29, 4, 34),
    (35, 4, 36),
    (37, 4, 39),
    (40, 4, 41),
    (42, 4, 42),
)
KPI_COLUMN = 5
# Rows the extraction shifted left: the column of their KPI (具体的な事業 follow 3 later).
KAMIICHI_SHIFTED = {13: 4, 23: 1, 24: 1, 25: 1, 26: 2, 27: 2, 28: 2}
# 具体的な事業 cells merged across columns (the spans of the four columns).
KAMIICHI_PROJECT_SPANS = {14: (3, 1), 41: (2, 1, 1)}


def kamiichi_head(seed: Seed) -> list[Row]:
    """Two header rows: 数値目標 and 重要業績評価指標 (KPI) each over three columns."""
    line = KAMIICHI_HEAD_LINE
    return [
        [
            th(seed.take(line, 0), rows=2),
            th(seed.take(line, 1), cols=3),
            th(seed.take(line, 4), rows=2),
            th(seed.take(line, 5), cols=3),
            th(seed.take(line, 8), rows=2, cols=4),
        ],
        [
            th(seed.take(line + 1, 1)),
            th(broken(seed.take(line + 1, 2))),
            th(broken(seed.take(line + 1, 3))),
            th(""),
            th(broken(seed.take(line + 1, 7))),
            th(broken(seed.take(line + 1, 8))),
        ],
    ]


def kamiichi_projects(seed: Seed, line: int, first: int) -> Row:
    """The 具体的な事業 cells of a row, merged where the original merges them."""
    cells: Row = []
    col = first
    for span in KAMIICHI_PROJECT_SPANS.get(line, (1, 1, 1, 1)):
        if any(seed.cell(line, c) for c in range(col + 1, col + span)):
            raise BuildError(f"{seed.name}:{line}: text under a merged 具体的な事業 cell")
        cells.append(td(seed.take(line, col), cols=span))
        col += span
    return cells


def kamiichi_body(seed: Seed) -> list[Row]:
    """The rows: 基本目標 and 数値目標 merged over their rows, 重点施策 over its KPIs."""
    goals = {first: last for first, last in KAMIICHI_GOALS}
    policies = {line: (col, last) for line, col, last in KAMIICHI_POLICIES}
    rows: list[Row] = []
    for line in range(KAMIICHI_GOALS[0][0], KAMIICHI_GOALS[-1][1] + 1):
        row: Row = []
        if line in goals:
            span = goals[line] - line + 1
            row.extend(td(broken(seed.take(line, col)), rows=span) for col in range(4))
        if line in policies:
            col, last = policies[line]
            name = seed.take(line, col)
            if not re.match(r"[ア-エ] ", name):
                raise BuildError(f"{seed.name}:{line}: not a 重点施策: {name[:20]}")
            row.append(td(name, rows=last - line + 1))
        kpi_col = KAMIICHI_SHIFTED.get(line, KPI_COLUMN)
        kpi = seed.take(line, kpi_col)
        if not kpi.startswith("・"):
            raise BuildError(f"{seed.name}:{line}: not a KPI: {kpi[:20]}")
        row.extend([td(kpi), num(""), num("")])
        row.extend(kamiichi_projects(seed, line, kpi_col + 3))
        rows.append(row)
    return rows


def build_kamiichi() -> str:
    """Seed 004: <h1> title, the 資料4 label, one table with every KPI in its column."""
    seed = Seed(SEED_004)
    title = seed.take(KAMIICHI_TITLE_LINE, 0)
    body = [element("h1", title), element("p", seed.take(KAMIICHI_LABEL_LINE, 0))]
    body.extend(table("kpi", kamiichi_head(seed), kamiichi_body(seed)))
    seed.check_all_taken(range(1, len(seed.rows) + 1))
    return page(title, body)


# --------------------------------------------------------------------------------------
# Checks and expected records
# --------------------------------------------------------------------------------------

VOID = frozenset({"br", "meta", "img", "hr", "input", "link", "wbr"})


class Grid:
    """The slots one table's cells cover, row group by row group."""

    def __init__(self) -> None:
        """An empty table."""
        self.slots: set[tuple[int, int]] = set()
        self.row = -1
        self.col = 0
        self.reach = -1
        self.errors: list[str] = []

    def group(self) -> None:
        """A `<thead>`/`<tbody>`/`<tfoot>` ends: no rowspan may run past it."""
        if self.reach > self.row:
            self.errors.append(f"a rowspan runs past its row group at row {self.row}")

    def tr(self) -> None:
        """A new row."""
        self.row += 1
        self.col = 0

    def cell(self, rows: int, cols: int) -> None:
        """A cell, placed in the first free slot of the row."""
        while (self.row, self.col) in self.slots:
            self.col += 1
        for r in range(self.row, self.row + rows):
            for c in range(self.col, self.col + cols):
                if (r, c) in self.slots:
                    self.errors.append(f"cells overlap at row {r}, column {c}")
                self.slots.add((r, c))
        self.col += cols
        self.reach = max(self.reach, self.row + rows - 1)

    def finish(self) -> int:
        """Check the grid is rectangular; its width."""
        self.group()
        widths = {sum(1 for r, _ in self.slots if r == row) for row in range(self.row + 1)}
        width = max(widths, default=0)
        if widths != {width} or any(c >= width for _, c in self.slots):
            self.errors.append(f"rows of unequal width: {sorted(widths)}")
        return width


class Checker(HTMLParser):
    """Parse a page, failing on misnested or unclosed elements and non-rectangular tables."""

    def __init__(self) -> None:
        """A checker with no input yet."""
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.grids: list[Grid] = []
        self.errors: list[str] = []
        self.tables: list[int] = []
        self.nested = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element; place table cells."""
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "table":
            self.nested += bool(self.grids)
            self.grids.append(Grid())
        elif tag == "tr":
            self.grids[-1].tr()
        elif tag in ("td", "th"):
            span = dict(attrs)
            self.grids[-1].cell(int(span.get("rowspan") or 1), int(span.get("colspan") or 1))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed element: only void elements may be written so."""
        if tag not in VOID:
            self.errors.append(f"self-closed <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        """Close an element, which must be the innermost open one."""
        if tag in VOID:
            self.errors.append(f"end tag of void element </{tag}>")
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag in ("thead", "tbody", "tfoot"):
            self.grids[-1].group()
        elif tag == "table":
            grid = self.grids.pop()
            self.tables.append(grid.finish())
            self.errors.extend(grid.errors)


def check_page(name: str, text: str) -> str:
    """Parse a page with html.parser; fail on any structural error; describe its tables."""
    checker = Checker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        checker.errors.append(f"unclosed {checker.stack}")
    if checker.errors:
        raise BuildError(f"{name}: {checker.errors[:5]}")
    if '<meta charset="utf-8">' not in text:
        raise BuildError(f"{name}: no charset")
    nested = f", {checker.nested} nested" if checker.nested else ""
    return f"{len(checker.tables)} tables{nested}, widths {sorted(set(checker.tables))}"


def expected_records(seed: str, document: str, lines: Sequence[int] = ()) -> list[dict]:
    """The fixture's records (of these seed lines, or all) placed in the HTML document."""
    fixture = fixture_path(seed)
    out = []
    for record in fixture_records(seed):
        if lines and record["line"] not in lines:
            continue
        missing = missing_keys(record)
        if missing:
            raise BuildError(f"{fixture.name}: record of line {record['line']} lacks {missing}")
        record["document"] = document
        record["page"] = None
        record["line"] = None
        out.append(record)
    return out


def with_note(records: list[dict], note: str) -> list[dict]:
    """The records with a `_note` (appended to any the fixture has)."""
    for record in records:
        record["_note"] = f"{record['_note']} {note}" if record.get("_note") else note
    return records


def check_jsonl(path: Path) -> int:
    """Read an expected file back: every line a JSON object with every record key."""
    count = 0
    for number, text in enumerate(path.read_text(encoding="utf-8").split("\n")[:-1], 1):
        record = json.loads(text)
        missing = missing_keys(record)
        if missing or record["document"] != path.name[: -len(".jsonl")]:
            raise BuildError(f"{path.name}:{number}: missing {missing} or wrong document")
        count += 1
    return count


@dataclass(frozen=True)
class Target:
    """One page of the corpus: how to build it and which records it carries."""

    name: str
    build: Callable[[], str]
    records: Callable[[str], list[dict]]


TARGETS = (
    Target("kushiro_kpi.html", build_kushiro, lambda d: expected_records(SEED_000, d)),
    Target("hanamaki_report.html", build_hanamaki, lambda d: expected_records(SEED_002, d)),
    Target("kamiichi_goals.html", build_kamiichi, lambda d: expected_records(SEED_004, d)),
    Target(
        "nested_and_messy.html",
        build_nested,
        lambda d: with_note(expected_records(SEED_000, d, (10, 11)), NESTED_NOTE),
    ),
)


def main(argv: Sequence[str]) -> int:
    """Build the named pages (all when none are named) and their expected records."""
    wanted = set(argv)
    EXPECTED.mkdir(exist_ok=True)
    for target in TARGETS:
        if wanted and target.name not in wanted:
            continue
        text = target.build()
        tables = check_page(target.name, text)
        (HERE / target.name).write_text(text, encoding="utf-8")
        path = EXPECTED / f"{target.name}.jsonl"
        write_jsonl(path, target.records(target.name))
        print(f"{target.name}: {tables}; {check_jsonl(path)} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
