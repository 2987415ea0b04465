"""Morphological analysis with SudachiPy: the dictionary loads lazily, once per process.

Sudachi tokenizers are not thread-safe, so each thread gets its own tokenizer over the one shared
dictionary. Nothing loads at import time: programs that never read prose pay nothing.
"""

from __future__ import annotations

import functools
import threading
from typing import Any, NamedTuple

import regex

#: Sudachi refuses inputs above about 49 KB of UTF-8; prose is cut into pieces below this.
MAX_CHUNK_CHARS = 4000
_SURROGATES = regex.compile(r"[\ud800-\udfff]")
_per_thread = threading.local()


class Token(NamedTuple):
    """One morpheme: surface, part of speech (top two levels), normalized form, offsets, and
    the dictionary's synonym groups (現状 and 現況 share one)."""

    surface: str
    pos: tuple[str, str]
    normalized: str
    begin: int
    end: int
    synonym_groups: tuple[int, ...] = ()


@functools.lru_cache(maxsize=1)
def dictionary() -> Any:
    """The process's Sudachi core dictionary, loaded on first use."""
    from sudachipy import Dictionary

    return Dictionary(dict="core")


def tokenizer(mode: str = "C") -> Any:
    """This thread's Sudachi tokenizer for a split mode (A finest, C longest), made on first use."""
    attribute = f"tokenizer_{mode}"
    tok = getattr(_per_thread, attribute, None)
    if tok is None:
        from sudachipy import SplitMode

        split = {"A": SplitMode.A, "B": SplitMode.B, "C": SplitMode.C}[mode]
        d = dictionary()
        make = getattr(d, "tokenizer", None)
        tok = make(mode=split) if make else d.create(split)
        setattr(_per_thread, attribute, tok)
    return tok


def tokenize(text: str, mode: str = "C") -> list[Token]:
    """Tokenize ``text`` into morphemes with offsets into ``text`` (split mode A, B or C)."""
    text = _SURROGATES.sub("\ufffd", text)
    tokens: list[Token] = []
    tok = tokenizer(mode)
    for start in range(0, len(text), MAX_CHUNK_CHARS):
        chunk = text[start : start + MAX_CHUNK_CHARS]
        for m in tok.tokenize(chunk):
            pos = m.part_of_speech()
            tokens.append(
                Token(
                    m.surface(),
                    (pos[0], pos[1]),
                    m.normalized_form(),
                    start + m.begin(),
                    start + m.end(),
                    tuple(m.synonym_group_ids()),
                )
            )
    return tokens
