"""Every text sent to a language model lives in this folder, as a file. ``{bureau}`` and
``{hotline}`` placeholders are filled from settings, so a deployment is settings only."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _default(field: str) -> str:
    """The settings default, for callers that have no settings at hand."""
    from jiaoti.settings import Settings

    return Settings.model_fields[field].default


@lru_cache(maxsize=None)
def load(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8").strip()


def fill(text: str, bureau: str | None = None, hotline: str | None = None) -> str:
    """``text`` with the deployment's bureau and hotline (only those placeholders: other
    braces, as in prompt templates, are left alone)."""
    return text.replace("{bureau}", bureau or _default("bureau_name")).replace(
        "{hotline}", hotline or _default("hotline"))


def cannot_answer(bureau: str | None = None, hotline: str | None = None) -> str:
    """The one polite "the report does not cover this" message (prompt, chain and
    evaluation all use it)."""
    return fill(load("cannot_answer.txt"), bureau, hotline)


def refusal_pattern() -> re.Pattern:
    """The refusal message for any bureau and hotline (the evaluation strips it before
    looking for figures)."""
    parts = re.split(r"\{bureau\}|\{hotline\}", load("cannot_answer.txt"))
    return re.compile(".{1,40}?".join(re.escape(p) for p in parts))
