"""Columns from header rows: each column's role, kind, period and group, read down its path.

A column's path is the header cells above it, outermost first (``KPI（重要業績評価指標）`` ›
``実績値`` › ``R4年度``). The lowest cell that names a role gives the role; a period anywhere on
the path gives the period; the outermost cell that announces a kind (数値目標, KPI, 事業量) gives
the kind and, with its span, the group of columns that make one record.
"""

from __future__ import annotations

from dataclasses import dataclass

from jpkpi.primitives.period import Period, find_period, months_end_under, without_periods
from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.vocabulary import (
    KIND_WORDS,
    Kind,
    Role,
    added_role,
    header_kind,
    header_role,
    reference_figures,
    remarks,
    voted_list,
)


@dataclass(frozen=True)
class Column:
    """What one column of a table holds."""

    index: int
    role: Role | None
    kind: Kind | None = None
    period: Period | None = None
    group: int | None = None
    header: str = ""
    label: str | None = None
    #: Flags the column gives its values (``estimate`` under a 見込 heading).
    flags: frozenset[str] = frozenset()


#: A header cell that is a list's word alone: a column's list, which a kind word (目標 is one
#: where it labels a row) does not mean here.
_LIST_WORDS = frozenset({"目標", "目標値"})


def path_to_column(index: int, path: list[tuple[int, str]], first_column: bool) -> Column:
    """One column from its header path: (group id, text) pairs, outermost first."""
    texts = [t for _, t in path if t.strip()]
    header = " › ".join(normalize_text(t) for t in texts)
    if first_column and texts and normalize_text(texts[0]).replace(" ", "") in KIND_WORDS:
        named = KIND_WORDS[normalize_text(texts[0]).replace(" ", "")]
        return Column(index, Role.KIND, named, None, None, header)
    role: Role | None = None
    period: Period | None = None
    inner: list[str] = []
    for text in reversed(texts):
        if period is None:
            found = find_period(text)
            if found is None:
                inner.append(text)
            elif found.month is None and inner:
                period = months_end_under(text, inner) or found
            else:
                period = found
        if role is None:
            role = added_role(text) or header_role(text)
    if role is None and period is not None:
        # a period with a list's word the header rules do not know (令和6年度予定: target), else
        # a bare period heading (R4年度), which lists actual values
        words = [without_periods(t) for t in reversed(texts)]
        role = next(filter(None, map(voted_list, filter(None, words))), None) or Role.ACTUAL
        if any(remarks(t) for t in texts):
            role = Role.IGNORE  # 参考：社人研推計（2025年）: a reference beside, no list of values
    if any(reference_figures(t) for t in texts):
        # （参考）香川県の目標値（R7）: another body's target, no list of this indicator's values
        role = Role.IGNORE
    kind: Kind | None = None
    group = None
    for group_id, text in path:
        k = header_kind(text)
        if k is not None and header_role(text) not in (Role.PROGRAM, Role.SECTION, Role.KIND):
            # (令和5年度 › 目標 | 実績, 壬生: 目標 groups the column as before, and is the column's
            # list, no kind of indicator)
            listed = normalize_text(text).replace(" ", "") in _LIST_WORDS
            kind, group = (None if listed else k), group_id
            break
    label = None
    if role is Role.INDICATOR and texts:
        last = normalize_text(texts[-1]).replace(" ", "")
        if last.upper().startswith("KPI") and any(
            ch.isdigit() or "\u2460" <= ch <= "\u2473" for ch in last
        ):
            label = last
    if role in (Role.PROGRAM, Role.SUMMARY, Role.SECTION):
        group = None
    return Column(index, role, kind, period, group, header, label)
