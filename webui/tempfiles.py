"""The app's own temporary folder for staff files (uploads on their way into the index).

One folder per app process, named after its PID: files are deleted as soon as they have
been imported, anything left behind is swept after a maximum age, the folder is removed at
shutdown, and a folder left by a process that no longer runs (killed) is removed at the
next start."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "jiaoti-staff-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class TempFolder:
    def __init__(self, parent: Path | None, max_age_seconds: float):
        self.parent = Path(parent or tempfile.gettempdir())
        self.parent.mkdir(parents=True, exist_ok=True)
        self.max_age = max_age_seconds
        self._remove_orphans()
        self.path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=self.parent))
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None

    def _remove_orphans(self) -> None:
        for old in self.parent.glob(f"{PREFIX}*"):
            try:
                pid = int(old.name[len(PREFIX):].split("-", 1)[0])
            except ValueError:
                continue
            if pid != os.getpid() and not _alive(pid):
                shutil.rmtree(old, ignore_errors=True)
                log.info("removed the temporary folder of a stopped app: %s", old)

    def contains(self, path: Path | str) -> bool:
        try:
            return Path(path).resolve().is_relative_to(self.path.resolve())
        except OSError:
            return False

    def discard(self, path: Path | str) -> None:
        """Delete one file of ours and the folders it leaves empty."""
        path = Path(path)
        if not self.contains(path):
            return
        path.unlink(missing_ok=True)
        parent = path.parent
        while parent != self.path and self.contains(parent):
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent

    def sweep(self, now: float | None = None) -> int:
        """Delete files older than the maximum age; returns how many."""
        now = time.time() if now is None else now
        n = 0
        for f in [p for p in self.path.rglob("*") if p.is_file()]:
            try:
                if now - f.stat().st_mtime > self.max_age:
                    self.discard(f)
                    n += 1
            except OSError:
                continue
        return n

    def files(self) -> list[Path]:
        return sorted(p for p in self.path.rglob("*") if p.is_file())

    def start_sweeper(self) -> None:
        every = max(10.0, min(self.max_age / 4, 300.0))

        def loop():
            while not self._stop.wait(every):
                try:
                    self.sweep()
                except Exception:
                    log.exception("temporary files not swept")
        self._sweeper = threading.Thread(target=loop, name="jiaoti-temp-sweeper", daemon=True)
        self._sweeper.start()

    def remove(self) -> None:
        self._stop.set()
        shutil.rmtree(self.path, ignore_errors=True)
