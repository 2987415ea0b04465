"""jpkpi: clean, structured KPI records from Japanese local-government documents.

The public names are those of the API contract (docs/api.md); everything here is importable from
the top-level package.
"""

from jpkpi import adapters
from jpkpi._version import __version__
from jpkpi.batch import BatchSettings, FileResult, parse_files
from jpkpi.budget import Limits
from jpkpi.document import Document, parse
from jpkpi.errors import (
    AdapterError,
    DamagedDocumentError,
    DocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    InternalError,
    JpkpiError,
    LimitExceededError,
    MisnamedDocumentError,
    MissingDependencyError,
    NoTextError,
    OutOfMemoryError,
    OutputError,
    ParseError,
    ParseTimeoutError,
    UnsupportedDocumentError,
    WorkerCrashedError,
    WrongPasswordError,
)
from jpkpi.primitives.period import Period, find_period, parse_period
from jpkpi.primitives.quantity import Part, Quantity, parse_quantity
from jpkpi.primitives.target import Amount, TargetStatement, parse_target_statement
from jpkpi.primitives.text import Labelled, normalize_text, split_label
from jpkpi.understanding.interpretation import TableInterpretation, interpret_table
from jpkpi.understanding.vocabulary import Vocabulary

__all__ = [
    "AdapterError",
    "Amount",
    "BatchSettings",
    "DamagedDocumentError",
    "Document",
    "DocumentError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "FileResult",
    "InternalError",
    "JpkpiError",
    "Labelled",
    "LimitExceededError",
    "Limits",
    "MisnamedDocumentError",
    "MissingDependencyError",
    "NoTextError",
    "OutOfMemoryError",
    "OutputError",
    "ParseError",
    "ParseTimeoutError",
    "Part",
    "Period",
    "Quantity",
    "TableInterpretation",
    "TargetStatement",
    "UnsupportedDocumentError",
    "Vocabulary",
    "WorkerCrashedError",
    "WrongPasswordError",
    "__version__",
    "adapters",
    "find_period",
    "interpret_table",
    "normalize_text",
    "parse",
    "parse_files",
    "parse_period",
    "parse_quantity",
    "parse_target_statement",
    "split_label",
]
