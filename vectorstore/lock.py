"""One writer at a time: an exclusive, non-blocking lock file (released by the kernel if
the writer dies, even by kill -9)."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from jiaoti.errors import IndexBusy


class WriteLock:
    def __init__(self, path: Path, timeout: float = 0.0):
        self.path = Path(path)
        self.timeout = timeout
        self._fh = None

    def acquire(self) -> "WriteLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "?"
                    fh.close()
                    raise IndexBusy(f"索引正在被另一个进程（PID {holder}）更新，请等它结束后再试"
                                    f"（锁文件 {self.path}）。") from None
                time.sleep(0.1)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        return self

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> "WriteLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
