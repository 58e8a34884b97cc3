"""The web app's edges: input messages, rate limit (with Retry-After) and X-Forwarded-For,
a closed citizen surface (no upload, no file route), body limits (413 before parsing),
errors that never echo the request, CORS, and plain answers for programs."""

from __future__ import annotations

import sqlite3

import httpx
import pytest
from conftest import REPORT, make_settings, wait_until
from webapp import AppServer

from ingest.pipeline import ingest_paths
from webui.ratelimit import TokenBucket, client_address

PASSWORD = "pw-security-tests"


@pytest.fixture(scope="module")
def report_data(tmp_path_factory):
    data = tmp_path_factory.mktemp("websec") / "var"
    assert ingest_paths([REPORT], make_settings(data)).ok
    return data


@pytest.fixture(scope="module")
def app(report_data):
    tmp = report_data.parent / "tmp"
    tmp.mkdir(exist_ok=True)
    with AppServer(report_data, JIAOTI_STAFF_PASSWORD=PASSWORD, JIAOTI_MAX_FILE_MB="0.01",
                   JIAOTI_RATE_PER_MINUTE="6000", JIAOTI_RATE_BURST="1000",
                   JIAOTI_TEMP_DIR=str(tmp)) as server:
        yield server


def ask(url: str, question, history=(), headers=None):
    return httpx.post(url + "/api/ask", json={"question": question, "history": list(history)},
                      headers=headers or {}, timeout=60)


@pytest.mark.parametrize("question,message", [
    ("", "请输入您要咨询的问题。"),
    ("   \n\t", "请输入您要咨询的问题。"),
    ("问" * 5_000, "问题太长了（超过 500 个字），请简要描述您想了解的事项。"),
    ("\x00\x07\x1b[31m\x7f", "请输入您要咨询的问题。"),
    ("🏫📚🤔", "没有识别到文字内容，请用文字描述您的问题。"),
    ("<img src=x onerror=alert(1)>", "没有识别到文字内容，请用文字描述您的问题。"),
])
def test_bad_input_gets_a_clear_chinese_message(app, question, message):
    r = ask(app.url, question)
    assert r.status_code == 200
    body = r.json()
    assert body["answerable"] is False and body["answer"] == message and body["citations"] == []


def test_mixed_script_question_is_answered(app):
    r = ask(app.url, "2023年 new teachers 新聘教师 how many 多少人？")
    assert r.status_code == 200 and "477人" in r.json()["answer"]


def test_gradio_file_routes_refuse_system_files(app):
    for path in ["/gradio_api/file=/etc/passwd", "/gradio_api/file=%2Fetc%2Fpasswd",
                 "/gradio_api/file=/tmp/gradio/../../etc/passwd",
                 "/gradio_api/file=../../../../etc/passwd", "/gradio_api/file=app.py",
                 f"/gradio_api/file={report_path()}", "/staff/gradio_api/file=/etc/passwd"]:
        r = httpx.get(app.url + path, timeout=30)
        assert r.status_code in (401, 403, 404), (path, r.status_code)
        assert "root:" not in r.text


def report_path():
    return str(REPORT)


def test_upload_over_the_limit_is_refused(app):
    with httpx.Client(base_url=app.url, timeout=30) as c:
        assert c.post("/staff/login", data={"username": "staff", "password": "wrong"}).status_code == 400
        r = c.post("/staff/gradio_api/upload", files={"files": ("big.txt", b"x" * 20_000)})
        assert r.status_code == 401                                     # not logged in
        assert c.post("/staff/login", data={"username": "staff",
                                             "password": PASSWORD}).status_code == 303
        r = c.post("/staff/gradio_api/upload", files={"files": ("big.txt", b"x" * 20_000)})
        assert r.status_code == 413 and r.json() == {"error": "文件太大，超过了允许的大小，已拒绝。"}
        r = c.post("/staff/gradio_api/upload", files={"files": ("small.txt", "全市新建足球场12个。".encode())})
        assert r.status_code == 200


def test_the_citizen_app_takes_no_uploads_and_serves_no_files(app, report_data):
    folder = next(report_data.parent.glob("tmp/jiaoti-staff-*"))
    before = sorted(folder.rglob("*"))
    for _ in range(20):
        r = httpx.post(app.url + "/gradio_api/upload", timeout=30,
                       files={"files": ("x.txt", b"x" * 100_000)})
        assert r.status_code == 403 and r.json() == {"error": "本页面不接受上传文件。"}
    assert sorted(folder.rglob("*")) == before                      # nothing was stored
    for path in ["/gradio_api/file=" + str(folder), "/gradio_api/file/x",
                 "/gradio_api/proxy=https://example.com/x", "/gradio_api/upload_progress",
                 "/gradio_api/deep_link", "/gradio_api/process_recording"]:
        r = httpx.request("POST" if "recording" in path else "GET", app.url + path, timeout=30)
        assert r.status_code in (403, 404), (path, r.status_code)


def big_body(n: int):
    yield b'{"question": "'
    sent = 0
    while sent < n:
        yield b"a" * 65536
        sent += 65536
    yield b'"}'


def test_bodies_over_the_limit_get_413_before_parsing(app):
    body = b'{"question": "' + b"a" * 2_000_000 + b'"}'
    r = httpx.post(app.url + "/api/ask", content=body, timeout=60,
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and len(r.content) < 200
    assert r.json() == {"error": "请求内容太大（超过 256 KB），已拒绝。"}
    chunked = httpx.post(app.url + "/api/ask", content=big_body(2_000_000), timeout=60,
                         headers={"content-type": "application/json"})      # no Content-Length
    assert chunked.status_code == 413 and len(chunked.content) < 200
    for path in ("/gradio_api/queue/join", "/staff/login"):
        assert httpx.post(app.url + path, content=body, timeout=60).status_code == 413
    assert ask(app.url, "体彩卖了多少钱？").status_code == 200           # the server is fine


def test_error_responses_never_echo_the_request(app):
    marker = "ECHO-" + "x" * 50_000
    for body in ({"question": ["not", "text", marker]}, {"history": marker},
                 {"question": "体彩", "history": [marker] * 3 + [{"x": 1}]}):
        r = httpx.post(app.url + "/api/ask", json=body, timeout=30)
        assert r.status_code == 422 and "ECHO" not in r.text and len(r.content) < 200
        assert r.json() == {"error": "请求格式不正确，请检查后重试。"}
    r = httpx.post(app.url + "/gradio_api/queue/join", json={"data": marker}, timeout=30)
    assert r.status_code == 422 and "ECHO" not in r.text


def test_programs_get_plain_text_and_structured_citations(app):
    from gradio_client import Client

    client = Client(app.url + "/", verbose=False)
    out = client.predict("去年新招了多少老师？", [], api_name="/ask")
    assert out["answer"] == "2023年，新聘教师477人。" and out["answerable"] is True
    assert "\\" not in out["answer"]
    [cite] = out["citations"]
    assert cite["quote"] == "新聘教师477人" and cite["section"].endswith("推进教师队伍优质提升")
    assert out == {**ask(app.url, "去年新招了多少老师？").json(), "latency_ms": out["latency_ms"]}
    follow = client.predict("改扩建的呢？", ["2023年新建了几所公办幼儿园？"], api_name="/ask")
    assert "4所" in follow["answer"]


def test_staff_pages_need_a_login(app):
    assert httpx.get(app.url + "/staff/config", timeout=30).status_code == 401
    r = httpx.post(app.url + "/staff/gradio_api/call/draft", json={"data": ["x"]}, timeout=30)
    assert r.status_code == 401


@pytest.mark.parametrize("host", ["127.0.0.1", "jiaoti.example.gov.cn"])
def test_foreign_origins_are_not_echoed(app, host):
    evil = {"Origin": "https://evil.example", "Host": host}
    for method, path in [("GET", "/config"), ("GET", "/api/health"), ("POST", "/api/ask")]:
        r = httpx.request(method, app.url + path, headers=evil, timeout=30,
                          json={"question": "体彩卖了多少钱？"} if method == "POST" else None)
        assert r.headers.get("access-control-allow-origin") not in ("https://evil.example", "*")
    pre = httpx.options(app.url + "/api/ask", timeout=30, headers={
        **evil, "Access-Control-Request-Method": "POST"})
    assert pre.headers.get("access-control-allow-origin") != "https://evil.example"


def test_token_bucket():
    bucket = TokenBucket(per_minute=60, burst=2)
    assert [bucket.allow("a", now=0.0) for _ in range(3)] == [True, True, False]
    assert bucket.allow("b", now=0.0)
    assert bucket.retry_after("a", now=0.0) == 1 and bucket.retry_after("b", now=0.0) == 0
    assert bucket.allow("a", now=1.01)                      # one token per second comes back
    assert client_address("10.0.0.5", "1.2.3.4", trusted=[]) == "10.0.0.5"
    assert client_address("10.0.0.5", "1.2.3.4, 10.0.0.5", trusted=["10.0.0.5"]) == "1.2.3.4"


@pytest.mark.parametrize("trusted,spoof_gets_through", [("[]", False), ('["127.0.0.1"]', True)])
def test_rate_limit_and_forwarded_for(report_data, trusted, spoof_gets_through):
    with AppServer(report_data, JIAOTI_RATE_PER_MINUTE="1", JIAOTI_RATE_BURST="3",
                   JIAOTI_TRUSTED_PROXIES=trusted) as server:
        xff = {"X-Forwarded-For": "203.0.113.7"}
        codes = [ask(server.url, "体彩卖了多少钱？", headers=xff).status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        limited = ask(server.url, "体彩卖了多少钱？", headers=xff)
        assert limited.json()["error"] == "您提问太频繁了，请稍等片刻再试。"
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        other = ask(server.url, "体彩卖了多少钱？", headers={"X-Forwarded-For": "198.51.100.9"})
        assert (other.status_code == 200) is spoof_gets_through


def test_questions_are_logged_redacted(app, report_data):
    ask(app.url, "我的手机是13800138000，去年新招了多少老师？")

    def logged():       # the log is written in the background, just after the answer
        rows = sqlite3.connect(report_data / "querylog.sqlite").execute(
            "SELECT question, outcome, chunk_ids FROM queries").fetchall()
        return rows if any("去年新招了多少老师" in q and o == "answered"
                           for q, o, _ in rows) else None
    rows = wait_until(logged, "the question in the query log")
    assert "13800138000" not in repr(rows)
    assert "13800138000" not in app.log_path.read_text(encoding="utf-8", errors="replace")
