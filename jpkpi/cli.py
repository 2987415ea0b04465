"""The ``jpkpi`` command line."""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TextIO

from jpkpi import __version__
from jpkpi.errors import JpkpiError, ParseError
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.records.output import FORMATS, WRITERS
from jpkpi.sources.detect import SUPPORTED_SUFFIXES
from jpkpi.sources.text import decode_text
from jpkpi.tables.model import Table


def _read_text(path: str) -> str:
    """Read a text extraction, with a clear error for what is not one."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise JpkpiError(f"{path}: cannot be read ({e.strerror or e})") from None
    return decode_text(data, path)


def cell_quantities(path: str) -> Iterator[dict[str, Any]]:
    """Every TAB-separated cell of a text extraction that reads as a quantity, as dicts."""
    name = os.path.basename(path)
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
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        except JpkpiError as e:
            print(f"jpkpi: {e}", file=sys.stderr)
            status = 1
    return status


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Files named, and every supported file below each directory named, in a stable order."""
    paths: list[str] = []
    for item in inputs:
        if os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs.sort()
                found.extend(
                    os.path.join(root, f)
                    for f in sorted(files)
                    if f.lower().endswith(SUPPORTED_SUFFIXES) and not f.startswith(".")
                )
            paths.extend(found)
        else:
            paths.append(item)
    return paths


def parse_one(
    path: str, adapter: str | None = None
) -> tuple[str, list[dict[str, Any]], list[str], str | None]:
    """Parse one input for the command line: (path, records, warnings, error or None)."""
    from jpkpi.document import parse

    try:
        doc = parse(path, adapter=adapter)
    except JpkpiError as e:
        return path, [], [], str(e)
    except Exception as e:  # a bug of ours must not cost the other inputs their records
        return path, [], [], f"{path}: unexpected error ({type(e).__name__}: {e}); please report it"
    return path, [r.to_dict() for r in doc.records], list(doc.warnings), None


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    if args.adapter is not None:
        from jpkpi import adapters

        try:
            adapters.get(args.adapter)
        except JpkpiError as e:
            print(f"jpkpi: {e}", file=sys.stderr)
            return 2
    paths = expand_inputs(args.inputs)
    if not paths:
        print("jpkpi: no input files found", file=sys.stderr)
        return 1
    jobs = max(1, args.jobs or 1)
    if jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(parse_one, paths, [args.adapter] * len(paths)))
    else:
        results = [parse_one(p, args.adapter) for p in paths]
    status = 0
    records: list[dict[str, Any]] = []
    for path, recs, warnings, error in results:
        if error is not None:
            print(f"jpkpi: {error}", file=sys.stderr)
            status = 1
            continue
        for warning in warnings:
            print(f"jpkpi: {path}: warning: {warning}", file=sys.stderr)
        records.extend(recs)
    buffer = io.StringIO()
    WRITERS[args.format](records, buffer)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                f.write(buffer.getvalue())
        except OSError as e:
            print(f"jpkpi: {args.output}: cannot be written ({e.strerror or e})", file=sys.stderr)
            return 1
    else:
        out.write(buffer.getvalue())
    return status


def render_table(table: Table, number: int) -> str:
    """A recovered table as text: where it is, then each cell with its place and spans."""
    where = table.provenance
    if where.page is not None:
        place = f"page {where.page}"
    elif where.line is not None:
        place = f"line {where.line}"
    else:
        place = " ".join(p for p in (where.sheet, where.address) if p) or "?"
    lines = [f"table {number} ({place}): {table.n_rows} rows x {table.n_cols} columns"]
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
    return "\n".join(lines)


def _cmd_tables(args: argparse.Namespace, out: TextIO) -> int:
    from jpkpi.document import parse

    status = 0
    for path in expand_inputs(args.inputs):
        try:
            doc = parse(path)
        except JpkpiError as e:
            print(f"jpkpi: {e}", file=sys.stderr)
            status = 1
            continue
        out.write(f"# {path}\n")
        for number, table in enumerate(doc.tables, start=1):
            out.write(render_table(table, number) + "\n")
        for warning in doc.warnings:
            print(f"jpkpi: {path}: warning: {warning}", file=sys.stderr)
    return status


def _cmd_adapters(args: argparse.Namespace, out: TextIO) -> int:
    from jpkpi import adapters

    try:
        known = adapters.registry()
    except JpkpiError as e:
        print(f"jpkpi: {e}", file=sys.stderr)
        return 1
    for name, info in sorted(known.items()):
        out.write(f"{name}\t{info.adapter.description}\t({info.origin})\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``jpkpi`` and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="jpkpi",
        description="Turn Japanese local-government KPI tables into structured KPI records.",
    )
    parser.add_argument("--version", action="version", version=f"jpkpi {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        help="parse documents into jpkpi.kpi/1 records (JSON Lines by default)",
        description="Parse documents into jpkpi.kpi/1 records. Exit status 0 when every input "
        "parsed, 1 when any failed (the others' records are still written), 2 for bad usage.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or directories to search")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    p.add_argument("--adapter", metavar="NAME", help="force a layout adapter (default: detect)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="parse N files at once")
    p.set_defaults(func=_cmd_parse)
    a = sub.add_parser("adapters", help="list the layout adapters: name, description, origin")
    a.set_defaults(func=_cmd_adapters)
    t = sub.add_parser(
        "tables",
        help="print the tables recovered from documents, cell by cell with spans (for debugging)",
    )
    t.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or directories to search")
    t.set_defaults(func=_cmd_tables)
    q = sub.add_parser(
        "quantities",
        help="print every cell of a tab-separated extraction that reads as a quantity",
    )
    q.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="text file(s), cells separated by TAB"
    )
    q.set_defaults(func=_cmd_quantities)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 an input failed, 2 bad usage)."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its notes on damaged files are noise
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on bad usage, 0 for --help/--version
        return int(e.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    out = sys.stdout
    try:
        return args.func(args, out)
    except BrokenPipeError:  # `jpkpi … | head` is normal use
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("jpkpi: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
