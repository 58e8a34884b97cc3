"""The app as a library: mounted in someone else's FastAPI app; staff pages only with an
account, and the app says so at start-up."""

from __future__ import annotations

import httpx
from conftest import REPORT, make_settings
from fastapi import FastAPI
from fastapi.testclient import TestClient
from webapp import AppServer

from ingest.pipeline import ingest_paths


def test_mount_in_an_existing_fastapi_app(report_env):
    import app as jiaoti_app

    settings, _ = report_env
    host = FastAPI()

    @host.get("/ping")
    def ping():
        return {"ok": True}

    mounted, services = jiaoti_app.mount(host, settings)
    with TestClient(mounted) as client:
        assert client.get("/ping").json() == {"ok": True}
        assert client.get("/").status_code == 200
        body = client.post("/api/ask", json={"question": "体彩卖了多少钱？"}).json()
        assert "3.9亿元" in body["answer"]
        assert client.get("/staff/").status_code == 404            # no account, no staff pages
    assert not services.temp.path.exists()                        # removed at shutdown


def test_no_staff_password_means_no_staff_pages(tmp_path):
    data = tmp_path / "var"
    assert ingest_paths([REPORT], make_settings(data)).ok
    with AppServer(data) as server:
        assert httpx.get(server.url + "/").status_code == 200
        assert httpx.get(server.url + "/staff/config").status_code == 404
        assert httpx.post(server.url + "/staff/login",
                          data={"username": "staff", "password": ""}).status_code in (404, 405)
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    assert "没有工作人员账号（python -m webui.accounts add 姓名，或设置 JIAOTI_STAFF_PASSWORD）" in log
