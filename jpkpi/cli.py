"""The ``jpkpi`` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from jpkpi import __version__
from jpkpi.errors import JpkpiError, ParseError
from jpkpi.primitives.quantity import parse_quantity


def _read_text(path: str) -> str:
    """Read a text extraction as UTF-8, with a clear error for what is not one."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise JpkpiError(f"{path}: cannot be read ({e.strerror or e})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise JpkpiError(f"{path}: is not UTF-8 text (byte {e.start})") from None


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
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        except JpkpiError as e:
            print(f"jpkpi: {e}", file=sys.stderr)
            status = 1
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``jpkpi`` and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="jpkpi",
        description="Turn Japanese local-government KPI tables into structured KPI records.",
    )
    parser.add_argument("--version", action="version", version=f"jpkpi {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    q = sub.add_parser(
        "quantities",
        help="print every cell of a tab-separated extraction that reads as a quantity (JSON Lines)",
    )
    q.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="text file(s), cells separated by TAB"
    )
    q.set_defaults(func=_cmd_quantities)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 an input failed, 2 bad usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
