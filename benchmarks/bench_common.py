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
