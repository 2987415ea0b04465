"""Goals written as text lines under a heading that names them, outside any table.

北塩原 lists its 最上位目標 as ``総人口：2,289人（令和12年時点）を維持すること`` and
``住民満足度：80%以上（令和11年度）`` under the heading ``最上位目標（人口と満足度）``: each
line names an indicator, then its goal, a value with its period or a target statement. Only
lines right under such a heading, one after another, are read; any other line ends the run.
"""

from __future__ import annotations

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.primitives.target import parse_target_statement
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import TextLine
from jpkpi.understanding.cells import CellClass, classify, unit_word, value_and_period
from jpkpi.understanding.doubts import not_a_name
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.vocabulary import Kind, Vocabulary, header_kind

#: A line that names an indicator, then its goal after a colon.
_GOAL_LINE = regex.compile(r"(?P<name>[^：:※＊*。、]{2,30}?)\s*[：:]\s*(?P<goal>\S.{0,80})")
#: A goal's text starts with its figure, maybe after a word that qualifies it (約, 年間, 延べ).
_FIGURE_FIRST = regex.compile(r"(?:約|概ね|年間|毎年度?|延べ|累計)?\s*[0-9]")
#: The least weight of a heading's vote for goals or indicators (目標 3, 内容 1).
_MIN_VOTE = 2.0
#: A second ``name：`` inside a goal: two lines the page joined (``<br>``), read as none.
_OTHER_FIELD = regex.compile(r"[^\s0-9：:]{2,}[：:]")
#: Names of a form's fields that hold figures and are no goal.
_NOT_A_GOAL = regex.compile(r"定員|費|料|電話|FAX|ファクス|番号|期間|日時|会場|出典|資料|更新")


def _counted(text: str) -> bool:
    """Whether a value's unit is one a count or a measure is given in (人, 件, %, 万人, ha),
    not a word after a number (5年間, 3階会議室, 100年先も輝く)."""
    try:
        q = parse_quantity(text)
    except ParseError:
        return False
    return q.value is not None and (q.unit is None or _counted_unit(q.unit))


def _states_a_level(text: str) -> bool:
    """Whether a goal is a target statement with a level or a change in a counted unit
    (``2,289人（…）を維持すること``, ``5年間で300人増``)."""
    said = parse_target_statement(text)
    if said is None:
        return False
    amount = said.goal or said.change
    return amount is not None and amount.unit is not None and _counted_unit(amount.unit)


def _counted_unit(unit: str) -> bool:
    """Whether a unit is one a count or a measure is given in (a counter, maybe scaled, or a
    unit of measure), not the word after a number."""
    return unit_word(unit) or unit in _MEASURES


#: Units of measure a goal may be given in besides counters (ha, t, km…).
_MEASURES = frozenset({"ha", "t", "km", "kg", "m", "㎡", "ポイント"})
#: Roles a heading's words vote for that make the lines under it goals or indicators.
_GOAL_ROLES = frozenset({"target", "indicator", "kind.goal", "kind.kpi"})


def goal_heading(text: str, vocabulary: Vocabulary) -> Kind | None:
    """The kind of the lines a heading heads where its words name goals or indicators
    (``最上位目標`` → goal, ``成果指標（KPI）`` → kpi); None for any other heading."""
    norm = normalize_text(text)
    votes = vocabulary.votes(norm)
    if max((votes[r][0] for r in _GOAL_ROLES & set(votes)), default=0.0) < _MIN_VOTE:
        return None  # (内容 votes for an indicator weakly: 事務事業の内容 heads no goals)
    named = header_kind(norm)
    if named is not None:
        return named
    return Kind.GOAL if {"target", "kind.goal"} & set(votes) else Kind.KPI


def goal_line_draft(
    line: TextLine, kind: Kind, section: list[str], vocabulary: Vocabulary
) -> Draft | None:
    """The draft of a line ``name：goal`` under a goal heading: the goal a dated value (a target
    of that period) or a target statement; None where the line is no such pair."""
    m = _GOAL_LINE.fullmatch(normalize_text(line.text))
    if m is None or not _FIGURE_FIRST.match(m.group("goal")):
        return None  # a goal starts with its figure (a form's 対象：条件の不利な1ha以上の… is none)
    name, goal = m.group("name").strip(), m.group("goal").strip()
    if not_a_name(name, vocabulary) is not None or _OTHER_FIELD.search(goal):
        return None  # (a second name：… in the goal: lines the page joined, not one goal)
    if "money" in vocabulary.votes(name) or _NOT_A_GOAL.search(name):
        return None  # 総事業費：1億2千万円, 定員：30人, 電話番号：…: a form's fields, no goal
    where = line.provenance
    heading = section[-1] if section else ""
    # (no record line: where the line stands is its cell, {"line": n} in the source)
    d = Draft(None, kind, list(section), indicator=name, indicator_where=where)
    dated = value_and_period(goal)
    if dated is not None and _counted(dated[0]):
        d.targets.append(ValueCell(dated[0], dated[1], heading, where=where))
    elif dated is None and classify(goal) is CellClass.QUANTITY and _counted(goal):
        d.targets.append(ValueCell(goal, None, heading, where=where))
    elif dated is None and _states_a_level(goal):
        d.target_texts.append(goal)
    else:
        return None  # 5年間, 3階会議室, 100年先も…, 10月1日: no counted level
    d.page = line.provenance.page
    return d
