"""主要施策成果シート: one sheet per program, read from layout text whose order is scrambled.

Each sheet opens with ``１　事業名等``. Within it, pdfminer's layout text puts the program's
name (``事業名 …＜当初＞``), its 所管課, 根拠となる計画, the evaluations (``令和５年度実施事業
評価結果 評価 継続維持``), the budget table (``事業費 総額 (千円） 3,035 2,398 3,050``) and the
results (``◎…``) in an order that does not follow the page. The adapter reads what it can place
with certainty: a budget line with its three values (令和5・6年度 決算, 令和7年度 予算) in
column order; an evaluation printed on its year's line, or the one evaluation word left over
for the one year whose line is empty (with a warning). Lines it cannot place are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypedDict

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.period import Period, find_period
from jpkpi.primitives.quantity import COUNTERS, Quantity, parse_quantity
from jpkpi.primitives.text import normalize_text
from jpkpi.records.model import KpiRecord, Observation
from jpkpi.tables.model import Block, Provenance, TextLine
from jpkpi.tables.packed import text_lines
from jpkpi.understanding.cells import department_of

_SHEET_START = regex.compile(r"^\s*1\s*事業名等")
_PROGRAM = regex.compile(r"^事業名\s*(?P<name>.+?)\s*(?P<tags>(?:[<＜][^>＞]+[>＞])*)\s*$")
_TAG = regex.compile(r"[<＜]([^>＞]+)[>＞]")
_DEPARTMENT = regex.compile(
    r"^[\p{Han}\p{Katakana}ー・]{2,14}(?:部[\p{Han}\p{Katakana}ー・]{1,14})?(?:課|室|センター)$"
)
_EVALUATION_LINE = regex.compile(
    r"^(?P<year>令和\S+?年度)実施事業評価結果\s*評価\s*(?P<value>\S*)$"
)
#: Evaluation words a sheet prints.
EVALUATIONS = ("継続維持", "拡充", "縮小", "終了", "廃止", "統合", "見直し", "改善", "休止", "完了")
_BUDGET = regex.compile(
    r"^(?P<name>事業費\s*総額|一般財源|国道支出金|地方債|使用料・手数料|その他特定財源|職員人件費|職員数|"
    r"市民一人あたりの費用)\s*\((?P<unit>千円|人|円)[)）]\s*(?P<values>.*)$"
)
_FIRST_NUMBER = regex.compile(r"(?:約|延べ)?[0-9][0-9,.]*\s*[^\s0-9,.、。()（）:：%％]{0,3}[%％]?")
#: The budget table's columns: 令和5・6年度 決算 (actuals), 令和7年度 予算 (the ``budgets`` list).
BUDGET_COLUMNS = (("令和5年度", "actual"), ("令和6年度", "actual"), ("令和7年度", "target"))


class _Common(TypedDict):
    """The fields every record of one sheet shares (passed to KpiRecord as keywords)."""

    document: str
    program: str | None
    department: str | None
    adapter: str


class _Where(TypedDict):
    """Where a budget line stands (passed to KpiRecord as keywords)."""

    line: int | None
    page: int | None


def _sheets(blocks: Sequence[Block]) -> list[list[TextLine]]:
    """The document's text lines, cut into sheets at each ``１　事業名等``."""
    sheets: list[list[TextLine]] = []
    for block in text_lines(blocks):
        if _SHEET_START.match(normalize_text(block.text)):
            sheets.append([])
        if sheets:
            sheets[-1].append(block)
    return sheets


class SeikaSheetAdapter:
    """Reads 主要施策成果シート: program, department, evaluation, budget lines, ◎ results."""

    name = "seika_sheet"
    description = "主要施策成果シート (layout text, one sheet per program): budget as cost records"

    def detect(self, blocks: Sequence[Block]) -> float:
        """Sure when the text holds several sheets that name themselves 主要施策成果シート."""
        texts = [normalize_text(b.text) for b in text_lines(blocks)]
        titled = sum("主要施策成果シート" in t for t in texts)
        starts = sum(bool(_SHEET_START.match(t)) for t in texts)
        return 0.9 if titled and starts else 0.0

    def read(self, blocks: Sequence[Block], document: str) -> list[KpiRecord]:
        """One ``cost`` record per budget line placed with certainty, for every sheet."""
        records: list[KpiRecord] = []
        for lines in _sheets(blocks):
            records.extend(self._sheet(lines, document))
        return records

    def _sheet(self, lines: list[TextLine], document: str) -> list[KpiRecord]:
        texts = [normalize_text(line.text) for line in lines]
        program = tags = department = plan = None
        evaluations: list[dict[str, object]] = []
        loose_evaluations: list[str] = []
        results = [
            (t.lstrip("◎").strip(), line.provenance)
            for t, line in zip(texts, lines, strict=True)
            if t.startswith("◎")
        ]
        budget: list[tuple[str, str, list[str], TextLine]] = []
        warnings: list[str] = []
        empty_years: list[Period] = []
        for k, text in enumerate(texts):
            m = _PROGRAM.match(text)
            if m and program is None:
                program = m.group("name")
                tags = _TAG.findall(m.group("tags"))
                continue
            if (
                department is None
                and "所管" not in text
                and (_DEPARTMENT.match(text.replace(" ", "")) or department_of(text))
            ):
                department = department_of(text) or text.replace(" ", "")
                continue
            if text == "根拠となる計画" and k + 1 < len(texts):
                plan = texts[k + 1] or None
            m = _EVALUATION_LINE.match(text.replace(" ", ""))
            if m:
                period = find_period(m.group("year"))
                if m.group("value") in EVALUATIONS and period is not None:
                    evaluations.append(
                        {"fiscal_year": period.fiscal_year, "value": m.group("value")}
                    )
                elif period is not None:
                    empty_years.append(period)
                continue
            if text in EVALUATIONS:
                loose_evaluations.append(text)
            b = _BUDGET.match(text)
            if b:
                budget.append(
                    (
                        b.group("name").replace(" ", ""),
                        b.group("unit"),
                        b.group("values").split(),
                        lines[k],
                    )
                )
        if len(loose_evaluations) == 1 and len(empty_years) == 1:
            evaluations.append(
                {"fiscal_year": empty_years[0].fiscal_year, "value": loose_evaluations[0]}
            )
            warnings.append(
                "the evaluation was printed apart from its year; placed on the year left empty"
            )
        evaluations.sort(key=lambda e: e["fiscal_year"])  # type: ignore[arg-type, return-value]
        sheet_year = next((find_period(t) for t in texts if "主要施策成果シート" in t), None)
        extra = {"budget_tags": tags or [], "evaluation": evaluations, "plan": plan}
        common: _Common = {
            "document": document,
            "program": program,
            "department": department,
            "adapter": self.name,
        }
        records = []
        budget_warnings: list[str] = []
        for name, unit, values, line in budget:
            where: _Where = {"line": line.provenance.line, "page": line.provenance.page}
            try:
                quantities = [parse_quantity(v, default_unit=unit) for v in values]
            except ParseError:
                quantities = []
            if not quantities or len(quantities) != len(BUDGET_COLUMNS):
                if quantities:
                    budget_warnings.append(
                        f"{name}: {len(quantities)} values for {len(BUDGET_COLUMNS)} years; "
                        "which years they are cannot be told, so they are left out"
                    )
                continue
            actuals: list[Observation] = []
            budgets: list[Observation] = []
            for q, (year, role) in zip(quantities, BUDGET_COLUMNS, strict=True):
                obs = Observation(q, find_period(year), line.provenance)
                (actuals if role == "actual" else budgets).append(obs)
            records.append(
                KpiRecord(
                    indicator=name,
                    kind="cost",
                    unit=quantities[0].unit,
                    actuals=tuple(actuals),
                    indicator_cell=line.provenance,
                    extra={**extra, "budgets": [o.to_dict() for o in budgets]},
                    **common,
                    **where,
                )
            )
        if not records and program:
            # No budget line could be placed: one record still carries the sheet's program.
            records.append(
                KpiRecord(
                    indicator="事業費総額",
                    kind="cost",
                    line=lines[0].provenance.line,
                    extra={**extra, "budgets": []},
                    **common,
                )
            )
        # What could not be placed is said on the sheet's cost records; the evaluation's
        # placement on every record of the sheet.
        costs = [replace(r, warnings=(*warnings, *budget_warnings)) for r in records]
        return costs + [
            replace(r, warnings=tuple(warnings)) for r in _results(results, sheet_year, common)
        ]


def _results(
    results: list[tuple[str, Provenance]], year: Period | None, common: _Common
) -> list[KpiRecord]:
    """The ◎ results of a sheet as activity records of its program, in the sheet's year (each
    with the line it was printed on)."""
    out = []
    for text, where in results:
        label, sep, rest = text.partition(":")  # normalized text: ： is :
        name = label.strip() if sep else text
        q = _first_quantity(rest if sep else text)
        actuals = (Observation(q, year, where),) if q is not None else ()
        out.append(
            KpiRecord(
                indicator=name,
                kind="activity",
                unit=q.unit if q is not None else None,
                actuals=actuals,
                indicator_cell=where,
                extra={"result": text},
                **common,
            )
        )
    return out


def _first_quantity(text: str) -> Quantity | None:
    """The first count of a result sentence: a number with a known counter, never a date."""
    for m in _FIRST_NUMBER.finditer(text):
        raw = m.group()
        for end in range(len(raw), 0, -1):  # 17事業のうち: the longest head with a known counter
            try:
                q = parse_quantity(raw[:end])
            except ParseError:
                continue
            if q.value is not None and q.unit in COUNTERS and q.unit not in _DATE_UNITS:
                return q
    return None


#: Counters that make a number part of a date, not a result (令和6年度末で).
_DATE_UNITS = frozenset({"年", "月", "日"})
