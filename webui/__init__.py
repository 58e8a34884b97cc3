"""The web chat's pages (Gradio): rendering only; the work happens in assistant/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)
def asset(name: str) -> str:
    """A file shipped in webui/assets (page scripts, the login page)."""
    return (Path(__file__).resolve().parent / "assets" / name).read_text(encoding="utf-8")
