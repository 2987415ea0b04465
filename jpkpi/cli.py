"""The ``jpkpi`` command line."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import os
import signal
import sys
import threading
import traceback
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from jpkpi import __version__
from jpkpi.batch import (
    DEFAULT_MEMORY_LIMIT_MB,
    DEFAULT_TIMEOUT,
    BatchSettings,
    InputFile,
    display_name,
    find_inputs,
    find_named_inputs,
    parse_files,
)
from jpkpi.errors import JpkpiError, OutputError, ParseError
from jpkpi.primitives.period import Period
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.progress import Progress
from jpkpi.records.output import FORMATS, SUFFIXES, record_line
from jpkpi.records.sinks import STDOUT, STDOUT_NAME, Sink, utf8_stdout, writing
from jpkpi.sources.detect import STDIN, STDIN_NAME, read_bytes
from jpkpi.sources.text import decode_text
from jpkpi.tables.model import Table
from jpkpi.understanding.interpretation import TableInterpretation

if TYPE_CHECKING:
    from jpkpi.document import Document


def _read_text(path: str) -> str:
    """Read a text extraction (``-``: standard input), with a clear error for what is not one
    (bounded as ``jpkpi.parse`` reads: MAX_INPUT_BYTES, no device, no pipe waited on forever)."""
    if path == STDIN:
        _, data = read_bytes(sys.stdin.buffer, STDIN_NAME)
    else:
        _, data = read_bytes(path)
    return decode_text(data, display_name(path))


def cell_quantities(path: str) -> Iterator[dict[str, Any]]:
    """Every TAB-separated cell of a text extraction that reads as a quantity, as dicts."""
    name = STDIN_NAME if path == STDIN else os.path.basename(path)
    for line_no, line in enumerate(_read_text(path).splitlines(), start=1):
        for col, cell in enumerate(line.split("\t")):
            if not cell.strip():
                continue
            try:
                q = parse_quantity(cell)
            except ParseError:
                continue
            yield {"document": name, "line": line_no, "column": col, **q.to_dict()}


def _cmd_quantities(args: argparse.Namespace, out: TextIO) -> int:
    status = 0
    for path in args.inputs:
        try:
            for row in cell_quantities(path):
                out.write(record_line(row) + "\n")  # values of any length, exactly
        except JpkpiError as e:
            print(f"jpkpi: {e}", file=sys.stderr)
            status = 1
    return status


def _split_target(out_dir: str, name: str, fmt: str) -> str:
    """Where ``--split`` writes one input's records: its name under OUT_DIR plus the suffix."""
    return os.path.join(out_dir, name + SUFFIXES[fmt])


def _sink(args: argparse.Namespace, target: str | None, out: TextIO | None = None) -> Sink:
    """The output of parse's records with its options (formula escaping, Excel's BOM); ``out``
    is standard output's UTF-8 writer, for when ``target`` is None or ``-``."""
    return Sink(args.format, target, out, escape_formulas=not args.no_csv_escape, bom=args.excel)


def _write_split(args: argparse.Namespace, name: str, records: list[dict[str, Any]]) -> None:
    """Write one input's records to its own output (folders made as needed)."""
    target = _split_target(args.output, name, args.format)
    with writing(target):
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    one = _sink(args, target)
    one.write(records)
    one.close()


def _check_parse_usage(args: argparse.Namespace, named: list[InputFile]) -> str | None:
    """What is wrong with the parse command's options, if anything (a usage error)."""
    if args.split and args.output == STDOUT:
        return "--split writes files into a folder: -o DIR, not standard output"
    if args.excel and args.format not in ("csv", "csv-long"):
        return "--excel is for --format csv or csv-long (it starts the CSV with a BOM)"
    if [found.path for found in named].count(STDIN) > 1 or (
        args.files_from == STDIN and STDIN in args.inputs
    ):
        return "standard input (-) can be read only once"
    if args.skip_existing and not args.split:
        return "--skip-existing needs --split (it skips inputs whose own output exists)"
    if args.split and not args.output:
        return "--split needs -o DIR (the folder the outputs go to)"
    if args.split and os.path.exists(args.output) and not os.path.isdir(args.output):
        return f"{args.output}: is a file; --split writes into a folder"
    if not args.split and args.output and os.path.isdir(args.output):
        return f"{args.output}: is a folder; give a file name, or --split to write one per input"
    if args.format == "parquet" and args.output in (None, STDOUT):
        return "--format parquet writes a file: give -o FILE (or -o DIR --split)"
    if args.jobs is not None and args.jobs < 1:
        return "--jobs must be at least 1"
    if args.memory_limit is not None and args.memory_limit < 0:
        return "--memory-limit must be a number of MiB, or 0 for no limit"
    if args.timeout is not None and not (math.isfinite(args.timeout) and args.timeout > 0):
        # inf reached the worker pool's wait() as an OverflowError; nan compared false with
        # every elapsed time, so no file was ever stopped
        return f"--timeout must be a positive number of seconds, not {args.timeout:g}"
    if args.split:
        seen: dict[str, str] = {}
        for path, name, _ in named:
            if name in seen:
                return f"{seen[name]} and {path} would both be written to {name}; parse them apart"
            seen[name] = path
    return None


def _bad_pages(spec: str | None) -> bool:
    """Whether ``--pages`` is given and is not a page list (said on standard error): a usage
    error before any work."""
    if spec is None:
        return False
    from jpkpi.sources.pdf import PageSelection

    try:
        PageSelection.parse(spec)
    except ValueError as e:
        print(f"jpkpi: --pages {spec}: {e}", file=sys.stderr)
        return True
    return False


def _password(args: argparse.Namespace) -> str | None:
    """The PDF password of ``--password``, or the first line of ``--password-file``."""
    if args.password_file is not None:
        return _read_password(args.password_file)
    return str(args.password) if args.password is not None else None


def _read_option_file(path: str, what: str) -> str:
    """A UTF-8 text file given to an option (standard input for '-'); a clear error naming it
    and ``what`` it was to be read as."""
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise JpkpiError(f"{path}: cannot be read as {what} ({reason})") from None


def _read_password(path: str) -> str:
    """The first line of a password file (without its line break)."""
    text = _read_option_file(path, "a password file")
    return text.splitlines()[0] if text else ""


def _read_list(path: str) -> list[str]:
    """The paths listed in a file (or standard input for '-'), one a line, blank lines skipped."""
    return [
        line for line in _read_option_file(path, "a list of paths").splitlines() if line.strip()
    ]


def _shared_sources(named: list[InputFile]) -> list[str]:
    """Warnings for inputs whose records would carry the same ``source``, so the same record
    ids: the same file named twice, or two folders holding the same relative paths."""
    first: dict[str, str] = {}
    warnings = []
    for path, _, source in named:
        if source in first:
            warnings.append(
                f"{first[source]} and {path} are both {source}: their records have the same "
                "source and record ids (name the folders' parent instead, or parse them apart)"
            )
        else:
            first[source] = path
    return warnings


def _open_errors_file(path: str | None) -> TextIO | None:
    """The ``--errors`` file, opened for writing (it is written as failures happen)."""
    if not path:
        return None
    with writing(path):
        return open(path, "w", encoding="utf-8")


def _adapter_warnings(quiet: bool, asked: str | None = None) -> None:
    """Load the adapters now, printing one warning per installed adapter that cannot be loaded
    (it is skipped; the run goes on with the others). The one ``--adapter`` asks for is left
    to its usage error."""
    from jpkpi import adapters

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", adapters.AdapterLoadWarning)  # printed below, our way
        broken = adapters.registry().broken
    for name, why in broken.items():
        if not quiet and name != asked:
            print(f"jpkpi: warning: {why}; skipped", file=sys.stderr)


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    _adapter_warnings(args.quiet, args.adapter)
    if args.adapter is not None:
        from jpkpi import adapters

        try:
            adapters.get(args.adapter)  # an unknown name is a usage error before any work
        except JpkpiError as e:
            print(f"jpkpi: {e}", file=sys.stderr)
            return 2
    if _bad_pages(args.pages):
        return 2
    password = _password(args)
    inputs = list(args.inputs)
    if args.files_from:
        inputs.extend(_read_list(args.files_from))
    if not args.inputs and not args.files_from:
        print("jpkpi: parse needs INPUT files or folders, or --files-from LIST", file=sys.stderr)
        return 2
    named = find_named_inputs(inputs)
    if not named:
        print("jpkpi: no input files found", file=sys.stderr)
        return 1
    problem = _check_parse_usage(args, named)
    if problem:
        print(f"jpkpi: {problem}", file=sys.stderr)
        return 2
    if not args.split and not args.quiet:
        for warning in _shared_sources([found for found in named if found.path != STDIN]):
            print(f"jpkpi: warning: {warning}", file=sys.stderr)
    todo = named
    skipped = 0
    if args.split:
        try:
            os.makedirs(args.output, exist_ok=True)
        except OSError as e:
            raise JpkpiError(f"{args.output}: cannot be made ({e.strerror or e})") from None
        if args.skip_existing:
            todo = [
                found
                for found in named
                if not os.path.exists(_split_target(args.output, found.name, args.format))
            ]
            skipped = len(named) - len(todo)
    settings = BatchSettings(
        jobs=args.jobs or os.cpu_count() or 1,
        timeout=args.timeout,
        memory_limit_mb=args.memory_limit or None,
        adapter=args.adapter,
        pages=args.pages,
        password=password,
        pdf_reader=args.pdf_reader,
    )
    progress = Progress(len(todo), sys.stderr, enabled=sys.stderr.isatty() and not args.quiet)
    errors_file = _open_errors_file(args.errors)
    sink = None if args.split else _sink(args, args.output, out)
    names = {found.path: found.name for found in todo}
    failed = 0
    errors_lost = False  # the --errors file could not be written
    try:
        paths = [found.path for found in todo]
        sources = [found.source for found in todo]
        heartbeat = progress.tick if progress.enabled else None
        results = contextlib.closing(parse_files(paths, settings, sources, heartbeat))
        with results as each:  # closing stops the workers at once on an error or Ctrl-C
            for result in each:
                if result.error is not None:
                    failed += 1
                    progress.note(f"jpkpi: {result.error.message}")
                    if args.debug and result.error.traceback:
                        progress.note(result.error.traceback.rstrip())
                    if errors_file:
                        try:
                            with writing(args.errors):
                                line = record_line(result.error.to_dict(result.path))
                                errors_file.write(line + "\n")
                                errors_file.flush()
                        except OutputError as e:  # the records still matter: go on without it
                            progress.note(f"jpkpi: {e}; failures are no longer listed there")
                            with contextlib.suppress(OSError):
                                errors_file.close()
                            errors_file, errors_lost = None, True
                else:
                    if not args.quiet:
                        where = display_name(result.path)
                        for warning in result.warnings:
                            progress.note(f"jpkpi: {where}: warning: {warning}")
                    if sink is not None:
                        sink.write(result.records)
                    else:
                        _write_split(args, names[result.path], result.records)
                progress.update(len(result.records), result.error is not None)
    except BaseException:
        if sink is not None:
            sink.abort()
        raise
    finally:
        progress.finish()
        if errors_file:
            with contextlib.suppress(OSError):  # a failed write was reported already
                errors_file.close()
    if sink is not None:
        sink.close()
    if progress.enabled or args.verbose:
        done = (
            f"jpkpi: {len(todo)} files: {len(todo) - failed} parsed, {failed} failed; "
            f"{progress.records:,} records"
        )
        if skipped:
            done += f", {skipped} skipped (their output exists)"
        print(done, file=sys.stderr)
    return 1 if failed or errors_lost else 0


def render_table(table: Table, number: int) -> str:
    """A recovered table as text: where it is, then each cell with its place and spans."""
    lines = [f"table {number} ({table.place}): {table.n_rows} rows x {table.n_cols} columns"]
    for r, row in enumerate(table.rows()):
        cells = []
        for cell in row:
            if cell.empty:
                continue
            span = ""
            if cell.rowspan > 1 or cell.colspan > 1:
                span = f" {cell.rowspan}x{cell.colspan}"
            text = " ".join(cell.text.split())
            cells.append(f"[{cell.col}{span}] {text[:60]}{'…' if len(text) > 60 else ''}")
        lines.append(f"  row {r}: " + " | ".join(cells))
        for cell in row:
            if len(cell.line_texts()) < 2:
                continue
            lines.append(f"      [{cell.col}] lines:")
            for ln in cell.lines:
                if ln.text.strip():
                    at = f"  (y {ln.y:g})" if ln.y is not None else ""
                    lines.append(f"        {ln.text[:60]}{'…' if len(ln.text) > 60 else ''}{at}")
    from jpkpi.understanding.bands import split_bands

    for band in split_bands(table).bands:
        if band.unread:
            lines.append(f"  row {band.row}: a band of several rows left unread")
        else:
            lines.append(f"  row {band.row}: a band of {band.count} rows, read one row each")
        lines.extend(f"    ! {w}" for w in band.warnings)
    return "\n".join(lines)


def _documents(inputs: list[str]) -> Iterator[tuple[str, Document | None]]:
    """Each input parsed, or None after its error is printed (for tables and explain);
    ``-`` is standard input."""
    from jpkpi.document import parse

    _adapter_warnings(quiet=False)
    for path in find_inputs(inputs):
        try:
            if path == STDIN:
                yield STDIN_NAME, parse(sys.stdin.buffer, name=STDIN_NAME)
            else:
                yield path, parse(path)
        except JpkpiError as e:
            print(f"jpkpi: {e}", file=sys.stderr)
            yield display_name(path), None


def _cmd_tables(args: argparse.Namespace, out: TextIO) -> int:
    status = 0
    for path, doc in _documents(args.inputs):
        if doc is None:
            status = 1
            continue
        out.write(f"# {path}\n")
        for number, table in enumerate(doc.tables, start=1):
            out.write(render_table(table, number) + "\n")
        for warning in doc.warnings:
            print(f"jpkpi: {path}: warning: {warning}", file=sys.stderr)
    return status


def _period_text(period: Period) -> str:
    """A period in a few characters for explain's text form (FY2024, 2013, 2025-03)."""
    if period.fiscal_year is not None:
        return f"FY{period.fiscal_year}"
    if period.year is not None:
        return f"{period.year}" + (f"-{period.month:02d}" if period.month else "")
    return period.raw or ""


def render_interpretation(reading: TableInterpretation) -> str:
    """A table's interpretation as text: row roles, then each region's layout and columns."""
    where = f" (page {reading.page})" if reading.page is not None else ""
    lines = [f"table {reading.table + 1}{where}: {reading.n_rows} rows x {reading.n_cols} columns"]
    if reading.turned:
        lines.append(
            "  read turned: its first column is its header (one indicator a column); rows and "
            "columns below are the turned table's"
        )
    lines.append("  rows: " + " ".join(f"{i}:{r}" for i, r in enumerate(reading.row_roles)))
    for region in reading.regions:
        lines.append(
            f"  columns {region.first_col}-{region.end_col - 1}: {region.layout.value}"
            f" (confidence {region.confidence:.2f}"
            + (f", kind {region.kind.split('.')[-1]}" if region.kind else "")
            + f"); header rows {list(region.header_rows)}, body rows {list(region.body_rows)}"
        )
        for why in region.reasons:
            lines.append(f"    because {why}")
        for col in region.columns:
            if col.role == "ignore" and not col.header:
                continue
            runner = (
                f"; runner-up {col.runner_up} {col.runner_up_score:.1f}" if col.runner_up else ""
            )
            period = f" [{_period_text(col.period)}]" if col.period else ""
            flags = f" {{{', '.join(sorted(col.flags))}}}" if col.flags else ""
            lines.append(
                f"    [{col.index}] {col.role} {col.score:.1f}{period}{flags}{runner}"
                f" — {col.header or '(no header)'}"
            )
            for why in col.reasons:
                lines.append(f"        {why}")
        if region.rows:
            lines.append(f"    periods: {region.period_axis}")
        for row in region.rows:
            period = f" {_period_text(row.period)}" if row.period else ""
            flags = f" {{{', '.join(sorted(row.flags))}}}" if row.flags else ""
            what = f"{row.list}{period}{flags}" if row.role == "values" else row.role
            lines.append(f"    row {row.index}: {what} — {row.label or '(no label)'}")
    for warning in reading.warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


def _cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    status = 0
    for path, doc in _documents(args.inputs):
        if doc is None:
            status = 1
            continue
        readings = doc.interpretations()
        if args.format == "json":
            payload = {
                "document": path,
                "adapter": doc.adapter,
                "records": len(doc.records),
                "tables": [r.to_dict() for r in readings],
                "warnings": doc.warnings,
            }
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")
            continue
        out.write(f"# {path}: {len(readings)} tables, {len(doc.records)} records ({doc.adapter})\n")
        for reading in readings:
            out.write(render_interpretation(reading) + "\n")
        for warning in doc.warnings:
            out.write(f"warning: {warning}\n")
    return status


def _audit_one(
    path: str, name: str, source: str, args: argparse.Namespace, password: str | None
) -> None:
    """Parse one input and write its audit page to ``DIR/<name>.html`` (replaced when done)."""
    from jpkpi.document import parse
    from jpkpi.records.sinks import Output

    doc = parse(
        sys.stdin.buffer if path == STDIN else path,
        name=STDIN_NAME if path == STDIN else None,
        pages=args.pages,
        password=password,
        pdf_reader=args.pdf_reader,
        source_name=None if path == STDIN else source,
    )
    page = doc.audit_html().encode("utf-8")
    target = os.path.join(args.output, name + ".html")
    with writing(target):
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    output = Output(target)
    try:
        output.write(page)
        output.commit()
    except BaseException:
        output.discard()
        raise
    if not args.quiet:
        where = display_name(path)
        for warning in doc.warnings:
            print(f"jpkpi: {where}: warning: {warning}", file=sys.stderr)


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    _adapter_warnings(args.quiet)
    if _bad_pages(args.pages):
        return 2
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        print(f"jpkpi: {args.output}: is a file; audit writes into a folder", file=sys.stderr)
        return 2
    named = find_named_inputs(args.inputs)
    if not named:
        print("jpkpi: no input files found", file=sys.stderr)
        return 1
    if [found.path for found in named].count(STDIN) > 1:
        print("jpkpi: standard input (-) can be read only once", file=sys.stderr)
        return 2
    seen: dict[str, str] = {}
    for path, name, _ in named:
        if name in seen:
            print(
                f"jpkpi: {seen[name]} and {path} would both be written to {name}.html; "
                "audit them apart",
                file=sys.stderr,
            )
            return 2
        seen[name] = path
    password = _password(args)
    try:
        os.makedirs(args.output, exist_ok=True)
    except OSError as e:
        raise JpkpiError(f"{args.output}: cannot be made ({e.strerror or e})") from None
    status = 0
    for path, name, source in named:
        try:
            _audit_one(path, name, source, args, password)
        except OutputError:
            raise  # the folder cannot be written: the next page would fail the same way
        except JpkpiError as e:
            message = str(e)
            where = display_name(path)
            if not message.startswith(where):
                message = f"{where}: {message}"
            print(f"jpkpi: {message}", file=sys.stderr)
            status = 1
    return status


def _cmd_adapters(args: argparse.Namespace, out: TextIO) -> int:
    from jpkpi import adapters

    _adapter_warnings(quiet=False)
    for name, info in sorted(adapters.registry().items()):
        out.write(f"{name}\t{info.adapter.description}\t({info.origin})\n")
    return 0


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from jpkpi.records.schema import schema_text

    out.write(schema_text())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``jpkpi`` and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="jpkpi",
        description="Turn Japanese local-government KPI tables into structured KPI records.",
    )
    parser.add_argument("--version", action="version", version=f"jpkpi {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug", action="store_true", help="show tracebacks of failures (for reporting bugs)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        parents=[common],
        help="parse documents into jpkpi.kpi/1 records (JSON Lines by default)",
        description="Parse documents into jpkpi.kpi/1 records. Exit status 0 when every input "
        "parsed, 1 when any failed (the others' records are still written), 2 for bad usage.",
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="files, or directories to search; '-' reads one document from standard input",
    )
    p.add_argument(
        "--files-from",
        metavar="LIST",
        help="also read input paths from LIST, one a line ('-': standard input); for runs too "
        "large for a command line",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of standard output ('-': standard output; a folder with "
        "--split); a FIFO or device is written in place, a file replaced when complete",
    )
    p.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)"
    )
    p.add_argument(
        "--excel",
        action="store_true",
        help="with --format csv or csv-long: start with a UTF-8 BOM, so Excel reads the "
        "Japanese text right",
    )
    p.add_argument(
        "--no-csv-escape",
        action="store_true",
        help="in CSV, write text that starts with = + - @ TAB or CR as is (by default it gets "
        "a leading ' so a spreadsheet does not run it as a formula)",
    )
    p.add_argument("--adapter", metavar="NAME", help="force a layout adapter (default: detect)")
    p.add_argument(
        "--pages",
        metavar="SPEC",
        help="read only these pages of each PDF: 1,3-5,10- (records keep the real page numbers)",
    )
    p.add_argument(
        "--pdf-reader",
        choices=("pdfminer", "pdfium"),
        default=None,
        help="the engine that reads PDF pages: PDFium (the default) or pdfminer.six (pure "
        "Python, about three times slower; the same records on the bundled PDFs)",
    )
    secret = p.add_mutually_exclusive_group()
    secret.add_argument(
        "--password",
        metavar="PASSWORD",
        help="the user password of encrypted PDFs (PDFs that only forbid printing or copying "
        "need none); other users of this machine can see it in the process list, so prefer "
        "--password-file",
    )
    secret.add_argument(
        "--password-file",
        metavar="FILE",
        help="read the PDF password from the first line of FILE",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="parse N files at once in worker processes (default: the number of cores)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"stop a file that takes longer than this (default: {DEFAULT_TIMEOUT:g})",
    )
    p.add_argument(
        "--memory-limit",
        type=int,
        default=DEFAULT_MEMORY_LIMIT_MB,
        metavar="MB",
        help=f"memory one worker may use, MiB; 0 for no limit (default: {DEFAULT_MEMORY_LIMIT_MB})",
    )
    p.add_argument(
        "--errors",
        metavar="FILE",
        help="write one JSON line per failed file here: file, kind, message",
    )
    p.add_argument(
        "--split", action="store_true", help="write one output per input into the folder -o names"
    )
    p.add_argument(
        "--skip-existing",
        action="store_true",
        help="with --split: skip inputs whose output exists (resume an interrupted run)",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no warnings on stderr"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="print a summary line at the end")
    p.set_defaults(func=_cmd_parse)
    au = sub.add_parser(
        "audit",
        parents=[common],
        help="write an HTML page per input showing where each record was read (for checking)",
        description="Write DIR/<input>.html for each input: its pages or tables with the cells "
        "tinted by column role, every value that became a record marked and linked to it, and "
        "the warnings. Exit status 0 when every input was written, 1 when any failed (the others "
        "are still written), 2 for bad usage.",
    )
    au.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, or directories to search; '-' reads one document from standard input",
    )
    au.add_argument(
        "-o", "--output", required=True, metavar="DIR", help="the folder the pages go to"
    )
    au.add_argument("--pages", metavar="SPEC", help="read only these pages of each PDF: 1,3-5,10-")
    au.add_argument(
        "--pdf-reader",
        choices=("pdfminer", "pdfium"),
        default=None,
        help="the engine that reads PDF pages, as for parse (the pages are drawn by PDFium)",
    )
    au_secret = au.add_mutually_exclusive_group()
    au_secret.add_argument(
        "--password", metavar="PASSWORD", help="the user password of encrypted PDFs"
    )
    au_secret.add_argument(
        "--password-file", metavar="FILE", help="read the PDF password from the first line of FILE"
    )
    au.add_argument("-q", "--quiet", action="store_true", help="no warnings on stderr")
    au.set_defaults(func=_cmd_audit)
    a = sub.add_parser(
        "adapters", parents=[common], help="list the layout adapters: name, description, origin"
    )
    a.set_defaults(func=_cmd_adapters)
    s = sub.add_parser(
        "schema",
        parents=[common],
        help="print the JSON Schema of the jpkpi.kpi/1 record (to validate records elsewhere)",
    )
    s.set_defaults(func=_cmd_schema)
    t = sub.add_parser(
        "tables",
        parents=[common],
        help="print the tables recovered from documents, cell by cell with spans (for debugging)",
    )
    t.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or directories to search")
    t.set_defaults(func=_cmd_tables)
    e = sub.add_parser(
        "explain",
        parents=[common],
        help="print how each table was read: row roles, layout, column roles with their reasons",
    )
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or directories to search")
    e.add_argument("--format", choices=("text", "json"), default="text")
    e.set_defaults(func=_cmd_explain)
    q = sub.add_parser(
        "quantities",
        parents=[common],
        help="print every cell of a tab-separated extraction that reads as a quantity",
    )
    q.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="text file(s), cells separated by TAB"
    )
    q.set_defaults(func=_cmd_quantities)
    return parser


def _drop_stdout() -> None:
    """Point standard output at the null device: what is still buffered for it is dropped,
    rather than failing again (or raising at exit) after the failure was reported."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no real file descriptor
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


#: Signals that end a run as Ctrl-C does (workers stopped, unfinished outputs removed), with the
#: shell's status for them (128 + the signal's number): what ``timeout``, systemd and Kubernetes
#: send (SIGTERM), and what a closed terminal or SSH session sends (SIGHUP).
STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


class Stopped(KeyboardInterrupt):
    """A stop signal, raised where the program is so that it unwinds as after Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum: int, frame: object) -> None:
    for other in STOP_SIGNALS:  # a second signal must not cut short the clean-up of the first
        signal.signal(other, signal.SIG_IGN)
    raise Stopped(signum)


@contextlib.contextmanager
def _stop_signals_interrupt() -> Iterator[None]:
    """While inside, STOP_SIGNALS raise Stopped (in the main thread only: Python runs handlers
    there, and only there can they be set); the previous handlers come back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
    try:
        for signum in STOP_SIGNALS:
            signal.signal(signum, _raise_stopped)
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)


def _interrupted_status(e: KeyboardInterrupt) -> int:
    """Say why the run stopped; the exit status for it (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP)."""
    signum = e.signum if isinstance(e, Stopped) else signal.SIGINT
    if signum == signal.SIGINT:
        print("jpkpi: interrupted", file=sys.stderr)
    else:
        print(f"jpkpi: stopped by {signal.Signals(signum).name}", file=sys.stderr)
    return 128 + signum


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 an input failed, 2 bad usage,
    128 + the signal's number when stopped by Ctrl-C, SIGTERM or SIGHUP)."""
    try:
        with _stop_signals_interrupt():
            return _main(argv)
    except Stopped as e:  # a signal just outside _main's own handling
        return _interrupted_status(e)


def _main(argv: Sequence[str] | None) -> int:
    """main() with the stop signals raising Stopped."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its notes on damaged files are noise
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on bad usage, 0 for --help/--version
        return int(e.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    debug = getattr(args, "debug", False)
    try:
        out, stdout = utf8_stdout()  # UTF-8 whatever the locale (cp932 on Windows)
        status: int = args.func(args, out)  # each subcommand returns its exit status
        out.flush()
        if stdout is not None:
            stdout.commit()
        return status
    except JpkpiError as e:  # bad input or options: the message says what; no traceback
        if debug:
            traceback.print_exc()
        print(f"jpkpi: {e}", file=sys.stderr)
        if isinstance(e, OutputError) and e.target == STDOUT_NAME:
            _drop_stdout()  # what could not be written must not fail again at exit
        return 1
    except BrokenPipeError:  # `jpkpi … | head` is normal use
        _drop_stdout()
        return 0
    except KeyboardInterrupt as e:  # Ctrl-C, or a stop signal (Stopped)
        return _interrupted_status(e)
    except Exception as e:  # a bug of ours: say so plainly; --debug shows where
        if debug:
            traceback.print_exc()
        hint = "" if debug else " (--debug shows the traceback)"
        print(
            f"jpkpi: internal error ({type(e).__name__}: {e}); please report it{hint}",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
