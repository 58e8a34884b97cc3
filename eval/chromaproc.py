"""A real `chroma run` server on a free loopback port, stopped by its PID."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from eval.appproc import ServerProcess, free_port


class ChromaProcess(ServerProcess):
    def __init__(self, path: Path, port: int | None = None):
        self.path, self.port = Path(path), port or free_port()
        self.proc: subprocess.Popen | None = None

    def start(self) -> "ChromaProcess":
        import httpx

        chroma = Path(sys.executable).parent / "chroma"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.log = open(self.path.parent / f"chroma-{self.port}.log", "ab")
        self.proc = subprocess.Popen([str(chroma), "run", "--host", "127.0.0.1", "--port",
                                      str(self.port), "--path", str(self.path)],
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
                                     start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/api/v2/heartbeat",
                             timeout=1).is_success:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"chroma server did not start on port {self.port}")
