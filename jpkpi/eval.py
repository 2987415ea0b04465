"""Score records against hand-written expectations, field by field.

``python -m jpkpi.eval corpora/seeds tests/fixtures/records`` parses every document that has an
expectations file (``<document name>.jsonl``) and prints precision, recall and F1 of the fields
per document, with the mismatches. Accuracy is a number to watch, not a feeling.

``--trust`` adds what matters on a document nobody has seen (issue 11): of the expected records,
how many came out right, wrong, or not at all, and whether a warning said so; of the records
nobody expected, how many came with a warning. A wrong or extra record without a warning is a
confident wrong record, the one outcome a reader must never give.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jpkpi.errors import JpkpiError
from jpkpi.primitives.text import normalize_text
from jpkpi.records.output import dumps

if TYPE_CHECKING:
    from jpkpi.document import Document

#: The fields compared; each counts once per record.
FIELDS = (
    "section", "program", "program_no", "department", "reposted", "kind", "indicator_type",
    "label", "indicator", "unit", "baseline", "targets", "actuals", "target_statement", "status",
)  # fmt: skip


def _number(v: Any) -> str | None:
    return None if v is None else format(Decimal(str(v)).normalize(), "f")


def _observation(o: dict[str, Any] | None) -> tuple[object, ...] | None:
    if o is None:
        return None
    p = o.get("period")
    period = None if p is None else (p.get("fiscal_year"), p.get("year"), p.get("month"))
    parts = tuple((x["label"], _number(x["value"]), x["unit"]) for x in o.get("parts") or [])
    return (
        _number(o.get("value")),
        o.get("unit"),
        period,
        tuple(sorted(o.get("flags") or [])),
        parts,
    )


def _amount(a: dict[str, Any] | None) -> tuple[object, ...] | None:
    return None if a is None else (_number(a.get("value")), a.get("unit"))


def canonical(record: dict[str, Any], name: str) -> Any:
    """A field's value in the form compared: raw texts dropped, numbers exact, text normalized."""
    v = record.get(name)
    if name == "baseline":
        return _observation(v)
    if name in ("targets", "actuals"):
        return tuple(_observation(o) for o in v or [])
    if name == "target_statement":
        if v is None:
            return None
        return (
            normalize_text(v.get("text") or ""),
            v.get("horizon_years"),
            v.get("direction"),
            _amount(v.get("goal")),
            _amount(v.get("change")),
            bool(v.get("cumulative")),
        )
    if name == "status":
        return None if v is None else (v.get("value"), v.get("computed"))
    if name == "section":
        return tuple(normalize_text(s) for s in v or [])
    if isinstance(v, str):
        return normalize_text(v)
    return v


@dataclass
class Score:
    """Counts for one document."""

    expected: int = 0
    produced: int = 0
    matched: int = 0
    correct_fields: int = 0
    mismatches: list[tuple[int | None, str, Any, Any]] = field(default_factory=list)
    by_field: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        """Correct fields over fields produced."""
        total = self.produced * len(FIELDS)
        return self.correct_fields / total if total else 1.0

    @property
    def recall(self) -> float:
        """Correct fields over fields expected."""
        total = self.expected * len(FIELDS)
        return self.correct_fields / total if total else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match_records(
    expected: list[dict[str, Any]], produced: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pair expected and produced records: same line, then same indicator, then in order. The
    records of the same indicator are paired first, so that an expected record no produced one
    names does not take, in order, the one that names another expected record."""
    by_line: dict[Any, list[dict[str, Any]]] = {}
    for rec in produced:
        by_line.setdefault(rec.get("line") or rec.get("page"), []).append(rec)
    chosen: dict[int, dict[str, Any]] = {}
    for k, exp in enumerate(expected):
        candidates = by_line.get(exp.get("line") or exp.get("page"), [])
        want = canonical(exp, "indicator")
        same = next((c for c in candidates if canonical(c, "indicator") == want), None)
        if same is not None:
            candidates.remove(same)
            chosen[k] = same
    for k, exp in enumerate(expected):
        candidates = by_line.get(exp.get("line") or exp.get("page"), [])
        if k not in chosen and candidates:
            chosen[k] = candidates.pop(0)
    return [(exp, chosen[k]) for k, exp in enumerate(expected) if k in chosen]


#: Kinds of indicator records: a produced one always counts, so a record of the wrong kind is
#: scored as its wrong ``kind`` field, not left out.
_INDICATOR_KINDS = frozenset({"goal", "kpi", "activity"})


def score(expected: list[dict[str, Any]], produced: list[dict[str, Any]]) -> Score:
    """Field-level counts of one document.

    Produced records of other kinds than indicators count only where the expectations cover
    that kind (expectations written for indicators say nothing of, say, ``cost`` records an
    adapter adds).
    """
    kinds = {r.get("kind") for r in expected} | _INDICATOR_KINDS
    produced = [r for r in produced if r.get("kind") in kinds]
    s = Score(expected=len(expected), produced=len(produced))
    for exp, got in match_records(expected, produced):
        s.matched += 1
        for name in FIELDS:
            if canonical(exp, name) == canonical(got, name):
                s.correct_fields += 1
            else:
                s.by_field[name] += 1
                s.mismatches.append((exp.get("line"), name, exp.get(name), got.get(name)))
    return s


#: The fields that make a record's reading of its indicator: wrong here, the record says a
#: wrong thing about the world (the other fields place it: section, program, label ...).
VALUE_FIELDS = ("kind", "indicator", "unit", "baseline", "targets", "actuals")

#: The outcomes --trust counts, in the order printed.
TRUST_OUTCOMES = (
    "right", "wrong, warned", "wrong, silent", "missed, warned", "missed, silent",
    "extra, warned", "extra, silent", "right, warned",
)  # fmt: skip


def trust(
    expected: list[dict[str, Any]], produced: list[dict[str, Any]], warnings: list[str]
) -> Counter[str]:
    """How far a reader of these records could trust them, record by record.

    An expected record is *right* when its value fields (VALUE_FIELDS) all match, *wrong* when
    it was matched with a record that reads one of them otherwise, *missed* when nothing matched
    it; a produced record nobody expected is *extra*. A wrong or extra record is *warned* when it
    carries a warning; a missed one when a document warning names its page (a record without a
    page: when there is any document warning). *right, warned* counts the right records that
    carry a warning all the same (they are also counted as *right*): the cost of the warnings.
    """
    kinds = {r.get("kind") for r in expected} | _INDICATOR_KINDS
    produced = [r for r in produced if r.get("kind") in kinds]
    out: Counter[str] = Counter({k: 0 for k in TRUST_OUTCOMES})
    pairs = match_records(expected, produced)
    matched_ids = {id(exp) for exp, _ in pairs} | {id(got) for _, got in pairs}
    for exp, got in pairs:
        if all(canonical(exp, n) == canonical(got, n) for n in VALUE_FIELDS):
            out["right"] += 1
            if got.get("warnings"):
                out["right, warned"] += 1
        else:
            out["wrong, warned" if got.get("warnings") else "wrong, silent"] += 1
    for exp in expected:
        if id(exp) not in matched_ids:
            page = exp.get("page")
            named = any(f"page {page}" in w for w in warnings) if page else bool(warnings)
            out["missed, warned" if named else "missed, silent"] += 1
    for got in produced:
        if id(got) not in matched_ids:
            out["extra, warned" if got.get("warnings") else "extra, silent"] += 1
    return out


def load_expectations(path: Path) -> tuple[list[dict[str, Any]], tuple[int, int] | None]:
    """An expectations file's records, and the line range it covers where its first line says
    ``{"scope": {"lines": [first, last]}}`` (expectations for part of a large workbook).
    Numbers with a fraction are read as Decimals: a value of 17 digits is compared digit for
    digit, not as the float nearest it (records print every digit, ``records.output``)."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line, parse_float=Decimal) for line in f if line.strip()]
    scope = None
    if rows and "scope" in rows[0]:
        first, last = rows.pop(0)["scope"]["lines"]
        scope = (int(first), int(last))
    return rows, scope


def score_corpus(
    documents: Path,
    expectations: Path,
    parse: Callable[[Path], Document] | None = None,
    trusts: dict[str, Counter[str]] | None = None,
) -> dict[str, Score]:
    """Parse each document that has expectations and score it (within its scope, if any);
    ``parse`` replaces ``jpkpi.parse`` (a test session's cache of parsed documents). Each
    document's :func:`trust` counts go into ``trusts`` when it is given."""
    from jpkpi.document import parse as parse_document

    read = parse if parse is not None else parse_document
    out = {}
    for exp_path in sorted(expectations.glob("*.jsonl")):
        name = exp_path.name[: -len(".jsonl")]
        doc = read(documents / name)
        expected, scope = load_expectations(exp_path)
        produced = [r.to_dict() for r in doc.records]
        if scope is not None:
            produced = [r for r in produced if scope[0] <= (r.get("line") or 0) <= scope[1]]
        out[name] = score(expected, produced)
        if trusts is not None:
            trusts[name] = trust(expected, produced, doc.warnings)
    return out


def report(scores: dict[str, Score], show: int = 0) -> Iterable[str]:
    """Printable lines: one per document, then up to ``show`` mismatches each."""
    columns = ("expected", "produced", "matched")
    yield (
        f"{'document':32} " + " ".join(f"{c:>8}" for c in columns) + f" {'P':>6} {'R':>6} {'F1':>6}"
    )
    for name, s in scores.items():
        yield (
            f"{name:32} {s.expected:8d} {s.produced:8d} {s.matched:8d} "
            f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        )
    if len(scores) > 1:
        total = Score()
        for s in scores.values():
            total.expected += s.expected
            total.produced += s.produced
            total.matched += s.matched
            total.correct_fields += s.correct_fields
        yield (
            f"{'all':32} {total.expected:8d} {total.produced:8d} {total.matched:8d} "
            f"{total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f}"
        )
    for name, s in scores.items():
        if show and s.mismatches:
            yield f"\n{name}: wrong fields {dict(s.by_field.most_common())}"
            for line, fname, exp, got in s.mismatches[:show]:
                yield f"  line {line} {fname}: expected {dumps(exp)}"
                yield f"  line {line} {fname}: got      {dumps(got)}"


def trust_report(trusts: dict[str, Counter[str]]) -> Iterable[str]:
    """Printable lines: each document's trust counts, then their sum."""
    heads = ("right", "wrong!w", "wrong!s", "miss!w", "miss!s", "extra!w", "extra!s", "right!w")
    yield f"{'trust':32} " + " ".join(f"{h:>8}" for h in heads)
    total: Counter[str] = Counter()
    for name, t in trusts.items():
        total.update(t)
        yield f"{name:32} " + " ".join(f"{t[k]:8d}" for k in TRUST_OUTCOMES)
    if len(trusts) > 1:
        yield f"{'all':32} " + " ".join(f"{total[k]:8d}" for k in TRUST_OUTCOMES)
    yield (
        "(!w: with a warning, !s: silent; wrong!s + extra!s are confident wrong records;"
        " right!w: right records that carry a warning all the same)"
    )


def main(argv: list[str] | None = None) -> int:
    """Score a corpus directory against an expectations directory; print the table."""
    parser = argparse.ArgumentParser(prog="python -m jpkpi.eval", description=__doc__)
    parser.add_argument("documents", type=Path)
    parser.add_argument("expectations", type=Path)
    parser.add_argument("--show", type=int, default=0, help="mismatches to print per document")
    parser.add_argument(
        "--trust", action="store_true", help="count right, wrong, missed and extra records"
    )
    args = parser.parse_args(argv)
    for folder in (args.documents, args.expectations):
        if not folder.is_dir():
            parser.error(
                f"{folder}: not a directory (give the corpus folder, then the folder of its "
                "expectations)"
            )
    trusts: dict[str, Counter[str]] | None = {} if args.trust else None
    try:
        scores = score_corpus(args.documents, args.expectations, trusts=trusts)
    except JpkpiError as e:
        print(f"python -m jpkpi.eval: {e}", file=sys.stderr)
        return 1
    for line in report(scores, args.show):
        print(line)
    if trusts is not None:
        print()
        for line in trust_report(trusts):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
