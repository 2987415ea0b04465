"""Build the CSV corpus: the seed texts saved as CSV the way Excel writes it, and their records.

Run from the repository root::

    python corpora/csv/build.py

Each seed line of ``corpora/seeds/`` becomes one CSV record with the same cells (its TABs
become the delimiter; python's csv module quotes the cells that need it, such as
``"18,000"``), with CRLF line ends as Excel writes them. An empty seed line is an empty
record (a bare CRLF), so record N is seed line N, and no cell holds a line break (the build
fails if one does). Rows are not padded to a common width. The CP932 files encode every
character of their seeds (no replacement was needed; the build fails rather than replace).

``expected/NAME.jsonl`` holds the hand-written records of
``tests/fixtures/records/<seed>.jsonl`` with only ``document`` changed (the CSV keeps the
seed's line numbers). The files come out byte-identical on every run; the build reads each
back with its encoding and delimiter and checks it gives the seed's cells, line for line.
Nothing here uses jpkpi.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEEDS = REPO / "corpora" / "seeds"
EXPECTED = HERE / "expected"

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # corpora/: shared fixture helpers
from fixture_records import fixture_path, fixture_records, missing_keys, write_jsonl  # noqa: E402

SEED_000 = "000_fb57e009c395afac.txt"
SEED_002 = "002_c12787e90c7802a2.txt"
SEED_004 = "004_1502a6051a063bcd.txt"


class BuildError(RuntimeError):
    """A CSV file does not carry its seed as this script says it does."""


@dataclass(frozen=True)
class Target:
    """One CSV file: its seed, encoding (as Python names it) and delimiter."""

    name: str
    seed: str
    encoding: str
    delimiter: str


TARGETS = (
    Target("kushiro_kpi_cp932.csv", SEED_000, "cp932", ","),
    Target("hanamaki_report_cp932.csv", SEED_002, "cp932", ","),
    Target("kamiichi_goals_cp932.csv", SEED_004, "cp932", ","),
    Target("kushiro_kpi_utf8bom.csv", SEED_000, "utf-8-sig", ","),
    Target("kamiichi_goals_semicolon.csv", SEED_004, "utf-8", ";"),
)


def seed_rows(seed: str) -> list[list[str]]:
    """The cells of each seed line (an empty line has none)."""
    text = (SEEDS / seed).read_text(encoding="utf-8")
    rows = [line.split("\t") if line else [] for line in text.split("\n")]
    for number, row in enumerate(rows, 1):
        if any("\r" in cell or "\n" in cell for cell in row):
            raise BuildError(f"{seed}:{number}: a cell holds a line break")
    return rows


def to_csv(rows: Iterable[Sequence[str]], delimiter: str) -> str:
    """The rows as CSV text with CRLF line ends (Excel's dialect, this delimiter)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def encode(text: str, encoding: str, name: str) -> bytes:
    """The text in this encoding; fail, naming them, on characters it cannot hold."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        bad = sorted({ch for ch in text if not ch.encode(encoding, errors="ignore")})
        raise BuildError(f"{name}: {encoding} cannot encode {bad}") from None
    if data.decode(encoding) != text:
        raise BuildError(f"{name}: {encoding} does not give the text back")
    return data


def read_back(path: Path, target: Target, rows: Sequence[Sequence[str]]) -> None:
    """Decode the file as named, sniff its delimiter and check record N is seed line N."""
    text = path.read_bytes().decode(target.encoding)
    if target.encoding.startswith("utf-8") and text.startswith("\ufeff"):
        raise BuildError(f"{path.name}: a BOM left after decoding as {target.encoding}")
    if "\n" in text.replace("\r\n", ""):
        raise BuildError(f"{path.name}: a line end other than CRLF")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=target.delimiter))
    if records != [list(row) for row in rows] or len(text.split("\r\n")) != len(rows) + 1:
        raise BuildError(f"{path.name}: records do not give the seed's lines back")


def expected_records(seed: str, document: str) -> list[dict]:
    """The fixture's records with `document` set to the CSV file name."""
    fixture = fixture_path(seed)
    out = []
    for record in fixture_records(seed):
        missing = missing_keys(record)
        if missing:
            raise BuildError(f"{fixture.name}: record of line {record['line']} lacks {missing}")
        record["document"] = document
        out.append(record)
    return out


def check_jsonl(path: Path, rows: Sequence[Sequence[str]]) -> int:
    """Read an expected file back: JSON objects with every key, each line's name in its row."""
    count = 0
    for number, text in enumerate(path.read_text(encoding="utf-8").split("\n")[:-1], 1):
        record = json.loads(text)
        missing = missing_keys(record)
        if missing or record["document"] != path.name[: -len(".jsonl")]:
            raise BuildError(f"{path.name}:{number}: missing {missing} or wrong document")
        if not 1 <= record["line"] <= len(rows) or not rows[record["line"] - 1]:
            raise BuildError(f"{path.name}:{number}: line {record['line']} is an empty record")
        count += 1
    return count


def main(argv: Sequence[str]) -> int:
    """Build the named CSV files (all when none are named) and their expected records."""
    wanted = set(argv)
    EXPECTED.mkdir(exist_ok=True)
    for target in TARGETS:
        if wanted and target.name not in wanted:
            continue
        rows = seed_rows(target.seed)
        path = HERE / target.name
        path.write_bytes(encode(to_csv(rows, target.delimiter), target.encoding, target.name))
        read_back(path, target, rows)
        expected = EXPECTED / f"{target.name}.jsonl"
        write_jsonl(expected, expected_records(target.seed, target.name))
        count = check_jsonl(expected, rows)
        print(f"{target.name}: {len(rows)} records, {path.stat().st_size} bytes; {count} expected")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
