"""Goals written as text lines under a heading that names them, outside any table.

北塩原 lists its 最上位目標 as ``総人口：2,289人（令和12年時点）を維持すること`` and
``住民満足度：80%以上（令和11年度）`` under the heading ``最上位目標（人口と満足度）``: each
line names an indicator, then its goal, a value with its period or a target statement. Only
lines right under such a heading, one after another, are read; any other line ends the run.
"""

from __future__ import annotations

import regex

from jpkpi.primitives.target import parse_target_statement
from jpkpi.primitives.text import normalize_text
from jpkpi.tables.model import TextLine
from jpkpi.understanding.cells import CellClass, classify, value_and_period
from jpkpi.understanding.doubts import not_a_name
from jpkpi.understanding.drafts import Draft, ValueCell
from jpkpi.understanding.vocabulary import Kind, Vocabulary, header_kind

#: A line that names an indicator, then its goal after a colon.
_GOAL_LINE = regex.compile(r"(?P<name>[^：:※＊*。、]{2,30}?)\s*[：:]\s*(?P<goal>\S.{0,80})")
#: A goal's text starts with its figure, maybe after a word that qualifies it (約, 年間, 延べ).
_FIGURE_FIRST = regex.compile(r"(?:約|概ね|年間|毎年度?|延べ|累計)?\s*[0-9]")
#: The least weight of a heading's vote for goals or indicators (目標 3, 内容 1).
_MIN_VOTE = 2.0
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
    if not_a_name(name, vocabulary) is not None:
        return None
    where = line.provenance
    # (no record line: where the line stands is its cell, {"line": n} in the source)
    d = Draft(None, kind, list(section), indicator=name, indicator_where=where)
    dated = value_and_period(goal)
    if dated is not None:
        d.targets.append(ValueCell(dated[0], dated[1], section[-1] if section else "", where=where))
    elif classify(goal) is CellClass.QUANTITY:
        d.targets.append(ValueCell(goal, None, section[-1] if section else "", where=where))
    elif parse_target_statement(goal) is not None:
        d.target_texts.append(goal)
    else:
        return None
    d.page = line.provenance.page
    return d
