"""Shared fixtures: real Chroma in temporary folders, the real bundled embedder."""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "reports" / "hebi-jiaoti-work-report-2023-2024.txt"
sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
for key in list(os.environ):
    if key.startswith("JIAOTI_"):
        del os.environ[key]          # tests never read a developer's settings


def make_settings(data_dir: Path, **kw):
    from jiaoti.settings import Settings

    return Settings(data_dir=data_dir, refresh_seconds=0, _env_file=None, **kw)


def deployed(tmp_path_factory, file_name: str, text: str, **settings):
    """An assistant deployed on one document written by the test, with its own settings."""
    from assistant.engine import Assistant
    from ingest.pipeline import ingest_paths
    from vectorstore.index import Index

    d = tmp_path_factory.mktemp(Path(file_name).stem)
    doc = d / file_name
    doc.write_text(text, encoding="utf-8")
    config = make_settings(d / "var", **settings)
    index = Index(config)
    assert ingest_paths([doc], config, index).ok
    return Assistant(config, index=index)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def report_env(tmp_path_factory):
    """(settings, index) with the bundled report ingested once per test session."""
    from ingest.pipeline import ingest_paths
    from vectorstore.index import Index

    settings = make_settings(tmp_path_factory.mktemp("report-index"))
    index = Index(settings)
    report = ingest_paths([REPORT], settings, index)
    assert report.ok and report.chunks_added > 0
    return settings, index


@pytest.fixture(scope="session")
def assistant(report_env):
    from assistant.engine import Assistant

    settings, index = report_env
    return Assistant(settings, index=index)


@pytest.fixture()
def settings(tmp_path):
    return make_settings(tmp_path / "var")


def report_with_accounts(root: Path, passwords: dict[str, str]) -> Path:
    """A data folder under ``root`` with the bundled report ingested and staff accounts."""
    from ingest.pipeline import ingest_paths
    from webui.accounts import AccountStore

    data = root / "var"
    settings = make_settings(data)
    assert ingest_paths([REPORT], settings).ok
    store = AccountStore(settings)
    for name, pw in passwords.items():
        store.add(name, pw)
    store.close()
    return data


def cli_env(settings, **extra) -> dict:
    """Environment for a CLI subprocess that uses ``settings``' data dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIAOTI_")}
    env.update({"JIAOTI_DATA_DIR": str(settings.data_dir), "JIAOTI_REFRESH_SECONDS": "0",
                "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"})
    env.update(extra)
    return env


def wait_until(check, what: str, timeout: float = 60.0, every: float = 0.1):
    """Poll a state outside the page (a database row) until it holds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(every)


def first_sentence(answer) -> str:
    """The answer's first sentence: where the strict evaluation looks for the figure."""
    return answer.answer.split("。")[0]
