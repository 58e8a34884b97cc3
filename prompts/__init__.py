"""Every text sent to a language model lives in this folder, as a file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8").strip()


def cannot_answer() -> str:
    """The one polite "the report does not cover this" message (prompt, chain and
    evaluation all use it)."""
    return load("cannot_answer.txt")
