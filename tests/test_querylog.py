"""The query log is written in the background: recording never waits for the database,
and nothing recorded is lost on a clean shutdown (close, or the app stopping)."""

from __future__ import annotations

import sqlite3
import threading

import httpx
from conftest import REPORT, make_settings
from fastapi import FastAPI
from fastapi.testclient import TestClient
from webapp import AppServer

from assistant.querylog import QueryLog
from ingest.pipeline import ingest_paths
from jiaoti.types import Answer


def count(path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM queries").fetchone()[0]


def test_recording_does_not_wait_for_the_database_and_close_loses_nothing(tmp_path):
    path = tmp_path / "q.sqlite"
    log = QueryLog(path)
    with log._lock:             # the database is busy: no entry can be written meanwhile
        def record(k: int) -> None:
            for i in range(100):
                log.record(Answer(f"问题{k}-{i}", "", "", False, "extractive"))
        threads = [threading.Thread(target=record, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()            # every record() returned while the database was held
        assert count(path) == 0
    log.close()                 # flushes what is queued
    assert count(path) == 800
    reopened = QueryLog(path)
    assert len(reopened.rows()) == 800 and len(reopened.unanswered(limit=1000)) == 800
    reopened.close()


def test_readers_see_every_earlier_entry(tmp_path):
    log = QueryLog(tmp_path / "q.sqlite")
    for i in range(50):
        log.record(Answer(f"问题{i}", "", "", False, "extractive"))
        assert len(log.rows()) == i + 1
    log.close()
    log.close()                 # closing twice is harmless


def test_the_app_flushes_the_log_when_it_shuts_down(report_env):
    import app as jiaoti_app

    settings, _ = report_env
    mounted, services = jiaoti_app.mount(FastAPI(), settings)
    path = services.querylog.path
    before = count(path)
    with TestClient(mounted) as client:
        with services.querylog._lock:            # the writer is held back until shutdown
            for _ in range(5):
                body = client.post("/api/ask", json={"question": "体彩卖了多少钱？"}).json()
                assert "3.9亿元" in body["answer"]
            assert count(path) == before
    assert count(path) == before + 5


def test_a_stopped_app_process_has_logged_every_answer(tmp_path):
    data = tmp_path / "var"
    assert ingest_paths([REPORT], make_settings(data)).ok
    with AppServer(data) as server:
        for q in ("体彩卖了多少钱？", "去年新招了多少老师？", "中考分数线是多少？"):
            assert httpx.post(server.url + "/api/ask", json={"question": q}).is_success
    assert server.proc.returncode is not None
    assert count(data / "querylog.sqlite") == 3
