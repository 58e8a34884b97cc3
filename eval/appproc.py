"""The real app in its own process on a free loopback port, stopped by its PID (used by
the benchmarks, the soak and the browser tests)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class ServerProcess:
    """A child server stopped by its PID (TERM, then KILL), usable as a context manager."""

    proc: subprocess.Popen | None = None
    log = None

    def start(self):  # pragma: no cover - defined by subclasses
        raise NotImplementedError

    def stop(self, grace: float = 15) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(grace)
        if self.log is not None:
            self.log.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppProcess(ServerProcess):
    def __init__(self, data_dir: Path, port: int | None = None, **env):
        self.data_dir, self.port = Path(data_dir), port or free_port()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("JIAOTI_")}
        self.env.update({"JIAOTI_DATA_DIR": str(self.data_dir), "GRADIO_SERVER_PORT": str(self.port),
                         "JIAOTI_REFRESH_SECONDS": "0", "PYTHONPATH": str(ROOT),
                         "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"})
        self.env.update({k: str(v) for k, v in env.items()})
        self.proc: subprocess.Popen | None = None
        self.ready_seconds = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120) -> "AppProcess":
        import httpx

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir / f"app-{self.port}.log"
        self.log = open(self.log_path, "ab")
        started = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=self.env,
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("app exited: "
                                   + self.log_path.read_text(errors="replace")[-2000:])
            try:
                if httpx.get(self.url + "/api/health", timeout=2).is_success:
                    self.ready_seconds = time.perf_counter() - started
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("app did not start")


def gradio_call(client, base: str, api: str, data: list):
    """Call a Gradio endpoint over its HTTP protocol (``client``: an httpx.Client holding
    any cookies); returns the outputs, raises RuntimeError with Gradio's error."""
    import json

    r = client.post(f"{base}/gradio_api/call/{api}", json={"data": data})
    r.raise_for_status()
    event = None
    with client.stream("GET", f"{base}/gradio_api/call/{api}/{r.json()['event_id']}") as s:
        for line in s.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                payload = json.loads(line[5:].strip())
                if event == "error":
                    raise RuntimeError(payload)
                return payload
    raise RuntimeError("no result")
