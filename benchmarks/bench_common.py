"""What every benchmark prints first: the machine and the installed versions it ran with."""

from __future__ import annotations

import datetime
import os
import platform
from importlib import metadata


def version(dist: str) -> str:
    """Installed version of ``dist``, or 'not installed'."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def print_machine(title: str) -> None:
    """The benchmark's title, the date, and the machine it ran on."""
    print(title)
    print(f"date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}")
    print(
        f"python {platform.python_version()} on {platform.system()} {platform.machine()},"
        f" {os.cpu_count()} CPUs"
    )


def print_table(header: list[str], body: list[list[str]], numeric: set[int]) -> None:
    """A plain-text table, columns padded to their widest cell."""
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        """One table line."""
        return " | ".join(
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    print(line(header))
    print("-+-".join("-" * w for w in widths))
    for cells in body:
        print(line(cells))
