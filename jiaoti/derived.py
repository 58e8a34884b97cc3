"""Tables derived from shipped word lists, kept between runs.

Reading the thesaurus tree or jieba's 350,000-line dictionary takes a few tenths of a
second per process — most of a command-line answer's start. The derived table is written
once (marshal, in the user's cache folder) and read back in milliseconds; it is rebuilt
when a source file changes (path, size, modification time) or the builder's version does.
A cache that cannot be read or written is simply rebuilt; nothing depends on it."""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(os.environ.get("JIAOTI_CACHE_DIR") or os.path.join(base, "jiaoti"))


def _ours(folder: Path) -> bool:
    """Only a folder this user owns and nobody else may write is read from."""
    try:
        st = folder.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _stamp(name: str, version: int, sources: list[Path]) -> str:
    h = hashlib.sha256(f"{name}:{version}".encode())
    for p in sources:
        try:
            st = p.stat()
            h.update(f"{p.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"{p}:missing".encode())
    return h.hexdigest()[:20]


def derived(name: str, version: int, sources: list[Path], build: Callable[[], object]):
    """``build()``'s result (marshal-able), from the cache when its sources are unchanged."""
    folder = cache_dir()
    path = folder / f"{name}-{_stamp(name, version, sources)}.marshal"
    if _ours(folder):
        try:
            with open(path, "rb") as fh:
                return marshal.load(fh)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _ours(folder):
            return value
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            marshal.dump(value, fh)
        os.replace(tmp, path)
        for old in folder.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:
        log.debug("derived table %s not cached: %s", name, exc)
    return value
