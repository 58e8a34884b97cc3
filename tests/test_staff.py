"""Staff desk over HTTP against the real app: per-person accounts and sessions, logout of
one session only, lock-out with Retry-After, failed logins in the log, idle expiry, the
audit log, and staff files that live only as long as they are needed."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from conftest import report_with_accounts
from webapp import AppServer

from eval.appproc import gradio_call

PASSWORDS = {"alice": "alice-password-1", "bob": "bob-password-22", "carol": "carol-password-3"}
ENV_PASSWORD = "duty-password-env"


def staff_data(root):
    return report_with_accounts(root, PASSWORDS)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    data = staff_data(tmp_path_factory.mktemp("staff"))
    with AppServer(data, JIAOTI_STAFF_PASSWORD=ENV_PASSWORD, JIAOTI_STAFF_USER="duty",
                   JIAOTI_TRUSTED_PROXIES='["127.0.0.1"]', JIAOTI_LOGIN_MAX_FAILURES="5",
                   JIAOTI_LOGIN_MAX_FAILURES_PER_CLIENT="10") as server:
        yield server


def client_for(app, address: str) -> httpx.Client:
    """A client that the app sees as ``address`` (the app trusts 127.0.0.1 as a proxy)."""
    return httpx.Client(base_url=app.url, timeout=60, headers={"X-Forwarded-For": address})


def login(c: httpx.Client, user: str, password: str) -> httpx.Response:
    return c.post("/staff/login", data={"username": user, "password": password})


def test_two_people_at_once_and_one_logs_out(app):
    with client_for(app, "192.0.2.1") as a, client_for(app, "192.0.2.2") as b, \
            client_for(app, "192.0.2.3") as d:
        for c, user in ((a, "alice"), (b, "bob")):
            r = login(c, user, PASSWORDS[user])
            assert r.status_code == 303 and r.headers["location"] == "/staff/"
            assert "httponly" in r.headers["set-cookie"].lower()
            assert "samesite=strict" in r.headers["set-cookie"].lower()
        assert login(d, "duty", ENV_PASSWORD).status_code == 303     # JIAOTI_STAFF_PASSWORD
        users = [c.get("/staff/session").json()["user"] for c in (a, b, d)]
        assert users == ["alice", "bob", "duty"]
        draft = gradio_call(b, app.url + "/staff", "draft", ["去年新招了多少老师？"])[0]
        assert "477人" in draft
        r = a.get("/staff/logout")
        assert r.status_code == 303 and r.headers["location"] == "/staff/login?bye"
        gone = a.get("/staff/session")
        assert gone.status_code == 401 and "请重新登录" in gone.json()["error"]
        assert a.get("/staff/").headers.get("location") == "/staff/login"
        assert b.get("/staff/session").json()["user"] == "bob"        # the other stays in
        assert "477人" in gradio_call(b, app.url + "/staff", "draft", ["去年新招了多少老师？"])[0]
        assert d.get("/staff/config").status_code == 200


def test_a_forged_identity_header_is_ignored(app):
    with client_for(app, "192.0.2.9") as c:
        r = c.get("/staff/session", headers={"x-jiaoti-staff": "alice"})
        assert r.status_code == 401


def test_wrong_passwords_lock_the_account_with_retry_after(app):
    with client_for(app, "198.51.100.1") as c, client_for(app, "198.51.100.99") as other:
        codes = []
        for i in range(20):
            r = login(c, "carol", f"guess-{i}")
            codes.append(r.status_code)
            if r.status_code == 429:
                break
        assert codes == [400] * 5 + [429]                       # well before the 20th
        assert 0 < int(r.headers["retry-after"]) <= 900
        assert "登录失败次数过多" in r.text
        locked = login(other, "carol", PASSWORDS["carol"])     # even the right password waits
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    log = app.log_path.read_text(encoding="utf-8", errors="replace")
    assert "工作人员登录失败：账号 carol，来自 198.51.100.1" in log
    assert "guess-" not in log and PASSWORDS["carol"] not in log
    rows = sqlite3.connect(app.data_dir / "audit.sqlite").execute(
        "SELECT user, action, client, detail FROM audit WHERE user = 'carol'").fetchall()
    assert rows.count(("carol", "login-failed", "198.51.100.1", "")) == 5
    assert any(a == "login-locked" for _, a, _, _ in rows)
    assert "guess-" not in repr(rows)


def test_one_client_guessing_many_accounts_is_locked(app):
    with client_for(app, "198.51.100.2") as c, client_for(app, "198.51.100.3") as elsewhere:
        codes = [login(c, f"user{i}", "wrong").status_code for i in range(20)]
        first = codes.index(429)
        assert first == 10 and set(codes[first:]) == {429}
        assert login(c, "alice", PASSWORDS["alice"]).status_code == 429
        assert login(elsewhere, "alice", PASSWORDS["alice"]).status_code == 303


def test_the_login_page_is_chinese_and_escapes_what_it_repeats(app):
    with client_for(app, "192.0.2.20") as c:
        page = c.get("/staff/login")
        assert page.status_code == 200 and "工作人员登录" in page.text
        r = login(c, "<script>x</script>", "wrong")
        assert r.status_code == 400 and "账号或密码不正确" in r.text
        assert "<script>x</script>" not in r.text and "&lt;script&gt;" in r.text


def test_an_idle_session_expires(tmp_path):
    data = staff_data(tmp_path)
    with AppServer(data, JIAOTI_STAFF_IDLE_MINUTES="0.05") as server, \
            httpx.Client(base_url=server.url, timeout=60) as c:
        assert login(c, "alice", PASSWORDS["alice"]).status_code == 303
        deadline = time.monotonic() + 120
        while (r := c.get("/staff/session")).status_code == 200:   # looking is no activity
            assert time.monotonic() < deadline, "the session never expired"
            time.sleep(0.2)
        assert r.status_code == 401 and "请重新登录" in r.json()["error"]
        assert c.get("/staff/config").status_code == 401
        assert login(c, "alice", PASSWORDS["alice"]).status_code == 303
        assert c.get("/staff/config").status_code == 200


def test_staff_files_live_only_as_long_as_needed_and_actions_are_audited(tmp_path):
    data, tmp = staff_data(tmp_path), tmp_path / "tmp"
    tmp.mkdir()
    doc = tmp_path / "游泳培训通报.txt"
    doc.write_text("全市青少年游泳培训工作通报\n\n2024年,全市开展青少年免费游泳培训,共培训学生6800人次。\n",
                   encoding="utf-8")
    with AppServer(data, TMPDIR=str(tmp)) as server, \
            httpx.Client(base_url=server.url, timeout=120) as c:
        [folder] = tmp.glob("jiaoti-staff-*")
        files_before = sorted(p for p in folder.rglob("*") if p.is_file())
        assert login(c, "alice", PASSWORDS["alice"]).status_code == 303
        up = c.post("/staff/gradio_api/upload", files={"files": (doc.name, doc.read_bytes())})
        assert up.status_code == 200
        [path] = up.json()
        assert folder in Path(path).parents
        assert c.get(f"/staff/gradio_api/file={path}").status_code == 200     # logged in
        assert httpx.get(f"{server.url}/staff/gradio_api/file={path}").status_code == 401
        assert httpx.get(f"{server.url}/gradio_api/file={path}").status_code == 404
        status = gradio_call(c, server.url + "/staff", "upload", [[{
            "path": path, "orig_name": doc.name, "meta": {"_type": "gradio.FileData"}}]])[0]
        assert "已导入" in status
        assert sorted(p for p in folder.rglob("*") if p.is_file()) == files_before == []
        exported = c.post("/staff/export", json={"text": "草稿", "format": "docx"})
        assert exported.status_code == 200 and exported.content[:2] == b"PK"
        assert gradio_call(c, server.url + "/staff", "draft", ["去年新招了多少老师？"])
        library = data / "library" / doc.name
        assert library.exists()
        status = gradio_call(c, server.url + "/staff", "delete", [doc.name])[0]
        assert "已删除" in status and not library.exists()
        status = gradio_call(c, server.url + "/staff", "rebuild", [])[0]
        assert "重建完成" in status
        assert [p for p in folder.rglob("*") if p.is_file()] == []
    assert not list(tmp.glob("jiaoti-staff-*"))                   # removed at shutdown
    left = sorted(p.name for p in tmp.rglob("*") if p.is_file())
    assert left in ([], ["jieba.cache"]), left                    # jieba's dictionary cache
    rows = sqlite3.connect(data / "audit.sqlite").execute(
        "SELECT user, action, detail FROM audit ORDER BY id").fetchall()
    actions = [(u, a) for u, a, _ in rows]
    for action in ("login", "upload", "export", "draft", "delete", "rebuild"):
        assert ("alice", action) in actions, action
    assert any(a == "draft" and d == "去年新招了多少老师" for _, a, d in rows)
