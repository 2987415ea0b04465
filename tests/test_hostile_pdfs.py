"""Issue 14's hostile PDFs and the parse budget: every case ends as a document or a documented
error, in bounded time and memory, and ``Limits`` stops code that has no checks of its own.

The cases are built small by ``tests/hostile_pdfs.py``; ``benchmarks/hostile_campaign.py`` runs
them with the default limits and prints the figures docs/limits.md gives. Here the two cases
that only the time budget ends run under a 3 s budget instead of the default 30 s.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import jpkpi
from jpkpi import budget
from jpkpi.budget import Limits, spending
from jpkpi.errors import OutOfMemoryError, ParseTimeoutError
from tests.hostile_pdfs import CASES
from tests.test_robustness import Bound, parse_bounded

#: What each case ends in, read from how it is built: ``document`` (with the warning part
#: given, where the reader says what it left out) or an error kind.
EXPECTED: dict[str, tuple[str, str]] = {
    "cmap_huge_bfrange": ("document", "ToUnicode map maps more than 1,000,000 codes"),
    "cmap_huge_cidrange": ("document", ""),  # an encoding CMap pdfminer does not expand
    "cid_widths_huge_range": ("document", "widths go past CID 65,535"),
    "cid_widths_many_ranges": ("document", "widths go past CID 65,535"),
    "font_huge_descent": ("damaged", "OverflowError"),
    "type1_huge_widths": ("document", ""),
    "xref_prev_cycle": ("damaged", ""),
    "xref_prev_chain": ("damaged", ""),
    "xref_stream_wild_index": ("document", ""),
    "reference_cycle": ("damaged", "chain of references that cycles"),
    "length_reference_cycle": ("no_text", ""),  # its only content stream cannot be read
    "page_tree_cycle": ("document", ""),
    "page_tree_dag": ("document", ""),
    "page_labels_dag": ("document", ""),
    "form_dag": ("too_large", "draws more than 50,000 objects"),
    "form_chain_deep": ("too_large", "draws forms inside forms more than 100 deep"),
    "form_draws_itself": ("document", ""),
    "many_state_operators": ("timeout", "3 s time limit (by page 1)"),
    "double_flate_content": ("too_large", "inflates to more than 67,108,864 bytes"),
    "run_length_content": ("too_large", "inflates to more than 67,108,864 bytes"),
    "double_flate_object_stream": ("document", ""),
    "many_form_draws": ("too_large", "draws more than 50,000 objects"),
    "pages_share_giant_content": ("timeout", "3 s time limit (by page"),
    "disguised_double_flate_content": ("too_large", "inflates to more than 67,108,864 bytes"),
    "form_dag_disguised": ("too_large", "draws more than 50,000 objects"),
    "form_dag_nul_separated": ("document", ""),  # a chain to pdfminer: N\0Do names nothing
    "forms_draw_each_other": ("document", ""),
    "type3_glyph_draws_forms": ("document", ""),  # pdfminer does not run Type3 glyphs
    "disguised_object_stream": ("document", ""),
    "font_file_bomb": ("document", ""),  # pdfminer does not load a TrueType font's file
    "huge_length": ("damaged", "OverflowError"),
    "huge_media_box": ("damaged", "OverflowError"),
    "infinite_media_box": ("damaged", "media box is not a number"),
    "huge_cm": ("document", ""),
    "infinite_cm": ("no_text", ""),  # every glyph lands at infinity: none is kept
    "huge_line_width": ("document", ""),
    "infinite_char_spacing": ("document", ""),
    "huge_form_matrix": ("damaged", "OverflowError"),
    "infinite_text_matrix": ("document", ""),
    "huge_font_size": ("document", ""),
}
#: Where PDFium, the default reader, ends otherwise. It repairs what pdfminer calls damaged
#: (it rebuilds a broken xref by scanning the file, reads a stream up to ``endstream`` when its
#: length cannot be had, clamps numbers past its range), and its C++ parser gets through 4
#: million operators inside the 3 s budget. The bombs end as they do with pdfminer, measured
#: before PDFium loads the page (jpkpi/sources/pdf_preflight.py).
PDFIUM_DIFFERS: dict[str, tuple[str, str]] = {
    "cmap_huge_bfrange": ("document", ""),  # PDFium bounds the map itself
    "cid_widths_huge_range": ("document", ""),
    "cid_widths_many_ranges": ("document", ""),
    "font_huge_descent": ("document", ""),
    "length_reference_cycle": ("document", ""),
    "page_tree_dag": ("document", "read with pdfminer.six"),  # PDFium refuses to open it
    "many_state_operators": ("document", ""),
    "double_flate_object_stream": ("document", "an object stream decodes past 67,108,864 bytes"),
    "infinite_media_box": ("document", ""),
    "huge_cm": ("no_text", ""),  # every glyph lands far off the page
    "huge_form_matrix": ("document", ""),
}
#: Cases the preflight keeps from PDFium, with the doubt it names. The pdfminer reader reads
#: them (as its own run of the case does, for several seconds): for PDFium the verdict is checked.
KEPT_FROM_PDFIUM = {
    "form_dag": "page 1 may draw more than 50,000 objects",
    "form_dag_disguised": "page 1 may draw more than 50,000 objects",
    "many_form_draws": "page 1 may draw more than 50,000 objects",
}
#: Cases only the time budget ends (each page under its own limits): run with a short one.
BUDGETED = {"many_state_operators", "pages_share_giant_content"}


def test_every_case_has_an_expectation() -> None:
    assert set(EXPECTED) == set(CASES)
    assert set(PDFIUM_DIFFERS) <= set(CASES)


@pytest.mark.parametrize("reader", ["pdfminer", "pdfium"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_pdf_ends_as_expected_within_bounds(
    case: str, reader: str, tmp_path: Path
) -> None:
    if reader == "pdfium" and case in KEPT_FROM_PDFIUM:
        from jpkpi.sources.pdf import PdfSettings
        from jpkpi.sources.pdf_preflight import measure

        assert measure(CASES[case](), PdfSettings()).doubt == KEPT_FROM_PDFIUM[case]
        return
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(CASES[case]())
    options: dict[str, object] = {"pdf_reader": reader}
    if case in BUDGETED:
        options["limits"] = Limits(seconds=3)
    outcome = parse_bounded(path, Bound(seconds=30, mib=2048), **options)
    kind, detail = (PDFIUM_DIFFERS if reader == "pdfium" else EXPECTED).get(case, EXPECTED[case])
    assert outcome.kind == kind, outcome.message
    assert outcome.seconds < (10 if case in BUDGETED else 25)
    assert outcome.peak_mib < 1024
    if kind == "document":
        assert outcome.records == 0  # the page says one line, "KPI 123": no table
        assert detail in " ".join(outcome.warnings), outcome.warnings
    else:
        assert outcome.message.startswith(f"{path}: "), outcome.message
        assert detail in outcome.message


def test_a_readable_page_beside_a_hostile_font_is_still_read() -> None:
    """The huge ToUnicode range is left out; the page's Helvetica line still reads."""
    from jpkpi.sources.pdf import PdfSettings, read_pdf

    pages, warnings = read_pdf(
        CASES["cmap_huge_bfrange"](), "x.pdf", PdfSettings(pdf_reader="pdfminer")
    )
    assert "".join(c.text for c in pages[0].chars).startswith("KPI123")  # F1, Helvetica
    assert warnings == [
        "font Hostile: its ToUnicode map maps more than 1,000,000 codes; it was not read"
    ]


# --- the budget itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [0, -1, float("nan"), float("inf"), True, "30"],
    ids=["0", "-1", "nan", "inf", "bool", "str"],
)
def test_limits_refuse_values_that_bound_nothing(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        Limits(seconds=bad)  # type: ignore[arg-type]
    with pytest.raises((ValueError, TypeError)):
        Limits(memory_mb=bad)  # type: ignore[arg-type]


def test_the_watchdog_stops_code_that_has_no_checks(monkeypatch) -> None:
    """A reader stuck in a loop of its own (as pdfminer's CMap parser was) is interrupted a
    moment after the deadline and ends as a timeout naming the file."""

    def spin(*args: object, **kwargs: object) -> None:
        while True:
            pass

    monkeypatch.setattr(jpkpi.document, "decode_text", spin)
    started = time.monotonic()
    with pytest.raises(ParseTimeoutError) as caught:
        jpkpi.parse(b"a\tb\n", name="spin.txt", limits=Limits(seconds=0.5))
    assert time.monotonic() - started < 0.5 + budget.GRACE_SECONDS + 1.5
    assert str(caught.value).startswith("spin.txt: took longer than the 0.5 s time limit")
    assert caught.value.kind == "timeout"


def test_memory_past_the_limit_ends_as_a_memory_error(monkeypatch) -> None:
    def hoard(*args: object, **kwargs: object) -> None:
        kept = []
        while True:
            kept.append(bytearray(1 << 20))

    monkeypatch.setattr(jpkpi.document, "decode_text", hoard)
    with pytest.raises(OutOfMemoryError) as caught:
        jpkpi.parse(b"a\tb\n", name="hoard.txt", limits=Limits(memory_mb=64))
    assert caught.value.kind == "memory"
    assert "the 64 MiB memory limit" in str(caught.value)


def test_a_check_names_where_the_budget_ran_out() -> None:
    """The checks come before the watchdog: a TSV past its budget stops at a line."""
    rows = "".join(f"指標{i}\t人\t{i}\t{i + 1}\n" for i in range(30_000))
    text = ("指標\t単位\t基準値\t目標値\n" + rows).encode()
    with pytest.raises(ParseTimeoutError) as caught:
        jpkpi.parse(text, name="long.txt", limits=Limits(seconds=0.2))
    assert regex_search(r"\(by (line [0-9,]+|the table at line 1)\)", str(caught.value))


def regex_search(pattern: str, text: str) -> bool:
    import regex

    return regex.search(pattern, text) is not None


def test_a_parse_within_its_budget_leaves_nothing_behind() -> None:
    """No watchdog thread outlives a parse, and no interruption arrives after one."""
    before = threading.active_count()
    for _ in range(20):
        doc = jpkpi.parse(b"\xe6\x8c\x87\xe6\xa8\x99\ta\n", name="t.txt", limits=Limits(seconds=5))
        assert doc.warnings
    time.sleep(0.1)
    assert threading.active_count() == before
    assert budget._CURRENT.get() is None


def test_a_nested_parse_keeps_the_outer_budget() -> None:
    with (
        spending(Limits(seconds=5), "outer.pdf") as outer,
        spending(Limits(seconds=60), "inner.pdf") as inner,
    ):
        assert inner is outer
    with spending(None, "free.pdf") as none:
        assert none is None
