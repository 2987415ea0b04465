"""Reading a source: what kind of file it is (from its content), and its text or tables."""

from jpkpi.sources.detect import SourceKind, detect_kind, read_bytes
from jpkpi.sources.text import decode_text

__all__ = ["SourceKind", "decode_text", "detect_kind", "read_bytes"]
