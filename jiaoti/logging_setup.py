"""Logging for entry points only (libraries just call logging.getLogger(__name__))."""

from __future__ import annotations

import logging
import sys


def configure_logging(level: str = "INFO", quiet: bool = False) -> None:
    """Human-readable logs on stderr. ``quiet`` keeps library chatter at WARNING."""
    root = logging.getLogger()
    if any(getattr(h, "_jiaoti", False) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._jiaoti = True
    root.addHandler(handler)
    root.setLevel(logging.WARNING if quiet else getattr(logging, level.upper(), logging.INFO))
    for noisy in ("httpx", "chromadb", "urllib3", "jieba", "gradio", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
