"""A bounded soak in the default run (the full one is `make soak`): 16 clients, mixed good,
bad and follow-up questions — no server errors, every answer logged, memory flat."""

from __future__ import annotations

from conftest import REPORT, make_settings
from webapp import AppServer

from eval.soak import checks, run
from ingest.pipeline import ingest_paths


def test_soak(tmp_path):
    data = tmp_path / "var"
    assert ingest_paths([REPORT], make_settings(data)).ok
    with AppServer(data, JIAOTI_RATE_PER_MINUTE="1000000", JIAOTI_RATE_BURST="100000",
                   JIAOTI_QUEUE_MAX_SIZE="1000") as app:
        result = run(app.url, 400, 16, app.proc.pid, data / "querylog.sqlite")
    assert result.status.get(200, 0) == 400, result.status
    assert result.server_errors == 0
    assert result.logged == 400
    assert checks(result) == []
