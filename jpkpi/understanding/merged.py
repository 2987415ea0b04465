"""Rows under a merged program cell: which program do the unmarked rows between two belong to?

An extraction prints a merged cell's text on one of the rows it spans: often the first, but a
vertically centred cell lands on a middle row. Rows between two printed programs are split where
the rows agree best, in the pattern of values they print (a program started later has ``-`` for
the early years) and in the words they share with each program's name and description. Where
nothing tells, they stay with the program above (the text on the first row).
"""

from __future__ import annotations

import functools
import itertools

from jpkpi.primitives.morphology import tokenize
from jpkpi.primitives.text import normalize_text
from jpkpi.understanding.drafts import Draft
from jpkpi.understanding.programs import Program

_CONTENT_POS = {("名詞", "普通名詞"), ("名詞", "固有名詞")}


@functools.lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The nouns of a text (Sudachi, finest split), two characters or more."""
    return frozenset(
        t.normalized
        for t in tokenize(normalize_text(text), mode="A")
        if t.pos in _CONTENT_POS and len(t.surface) >= 2
    )


def value_pattern(draft: Draft) -> tuple[tuple[int | None, bool], ...]:
    """Which periods a row prints a number for (``-`` and blanks count as none)."""
    cells = draft.actuals + draft.targets
    return tuple(
        sorted(
            (c.period.fiscal_year if c.period else 0, c.text.strip() not in ("", "-", "—", "－"))
            for c in cells
        )
    )


def _program_words(program: Program) -> frozenset[str]:
    return content_words(" ".join(t for t in (program.name, program.summary) if t))


def _affinity(row: Draft, anchor: Draft) -> float:
    """How much a row looks like the row that printed a program: same value pattern, shared
    words with the program."""
    assert anchor.program is not None
    same_pattern = 1.0 if value_pattern(row) == value_pattern(anchor) else 0.0
    shared = len(content_words(row.indicator or "") & _program_words(anchor.program))
    return same_pattern + 0.5 * shared


def best_boundary(rows: list[Draft], above: Draft, below: Draft) -> int:
    """How many of ``rows`` (between two printed programs) stay with the program above."""
    best_k, best_score = len(rows), float("-inf")
    for k in range(len(rows), -1, -1):  # ties keep rows with the program above
        score = sum(_affinity(r, above) for r in rows[:k]) + sum(
            _affinity(r, below) for r in rows[k:]
        )
        if score > best_score:
            best_k, best_score = k, score
    return best_k


def reassign_merged_programs(drafts: list[Draft]) -> None:
    """Move unmarked rows to the program below where the rows agree with it better."""
    anchors = [i for i, d in enumerate(drafts) if d.program_printed and d.program is not None]
    for a, b in itertools.pairwise(anchors):
        between = drafts[a + 1 : b]
        if not between or any(d.program is not drafts[a].program for d in between):
            continue
        # rows under the program cell as the source draws it are its own (市川三郷's ruled
        # (2) cell over 健康寿命 and 特定健康診査の受診率); only the rest are weighed
        between = between[
            max((i + 1 for i, d in enumerate(between) if d.program_spanned), default=0) :
        ]
        if not between:
            continue
        k = best_boundary(between, drafts[a], drafts[b])
        for d in between[k:]:
            d.program = drafts[b].program
            d.warnings.append(
                "program assigned by content: the row sits under a merged cell between two "
                "programs, and its values and words agree with the one below"
            )
