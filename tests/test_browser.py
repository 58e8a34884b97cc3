"""End-to-end tests in headless Chromium (Debian's, driven by Playwright) against the real
app on a free loopback port."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPORT, ROOT, make_settings
from files import write_docx
from webapp import AppServer

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
PASSWORD = "staff-pw-for-tests"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from ingest.pipeline import ingest_paths

    data = tmp_path_factory.mktemp("browser") / "var"
    assert ingest_paths([REPORT], make_settings(data)).ok
    with AppServer(data, JIAOTI_STAFF_PASSWORD=PASSWORD) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: make test installs it (apt-get install chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, app):
    context = browser.new_context(locale="zh-CN", accept_downloads=True,
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.foreign = []
    page.on("request", lambda r: page.foreign.append(r.url)
            if not r.url.startswith((app.url, "data:", "blob:")) else None)
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.set_default_timeout(30_000)
    yield page
    assert page.foreign == [], page.foreign        # nothing but the app is ever contacted
    context.close()


def ask(page, question: str) -> None:
    before = page.locator("#chat .message-row").count() if page.locator("#chat .message-row").count() else 0
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#send").click()
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .message-row').length > n", arg=before)
    page.wait_for_timeout(300)


def last_bot_text(page) -> str:
    return page.locator("#chat .message-row.bot-row").last.inner_text()


def test_citizen_chat_figure_sources_and_followup(page, app):
    page.goto(app.url + "/")
    page.get_by_text("教体问答 · 政策咨询").wait_for()
    ask(page, "去年新招了多少老师？")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('477人')")
    title = page.locator("#chat .thought-group .title", has_text="来源（1 条）").last
    title.wait_for()
    assert "新聘教师477人" not in page.locator("#chat .thought-group").last.inner_text()
    title.click()                                   # the collapsed sources open on a click
    page.wait_for_function(
        "() => [...document.querySelectorAll('#chat .thought-group')].some("
        "g => g.innerText.includes('坚持德能并重') && g.innerText.includes('新聘教师477人'))")
    page.screenshot(path=str(ARTIFACTS / "citizen-chat.png"), full_page=True)
    page.locator("#chat button[aria-label='赞']").first.click()        # feedback is stored
    page.wait_for_timeout(800)
    import sqlite3

    rows = sqlite3.connect(app.data_dir / "querylog.sqlite").execute(
        "SELECT question, liked FROM feedback").fetchall()
    assert any("去年新招了多少老师" in q and liked == 1 for q, liked in rows)
    ask(page, "2023年新建了几所公办幼儿园？")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('7所')")
    ask(page, "改扩建的呢？")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('4所')")
    assert "4所" in last_bot_text(page)
    ask(page, "2022年新聘教师多少人？")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('12345')")
    page.screenshot(path=str(ARTIFACTS / "citizen-followup.png"), full_page=True)
    page.locator("#clear").click()
    page.wait_for_function("() => document.querySelectorAll('#chat .message-row').length === 0")
    page.locator("button.gallery-item").filter(
        has_text="体彩卖了多少钱？").first.click()                     # an example question
    assert page.locator("#question textarea").input_value() == "体彩卖了多少钱？"


def test_html_in_a_question_is_shown_as_text(page, app):
    page.goto(app.url + "/")
    page.get_by_text("教体问答 · 政策咨询").wait_for()
    payload = "<img src=x onerror=alert(1)>"
    ask(page, payload)
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('onerror')")
    assert payload in page.locator("#chat").inner_text()
    assert page.locator("#chat img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []
    ask(page, "<script>alert(2)</script>体彩卖了多少钱？")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('3.9亿元')")
    assert page.dialogs == []


def test_staff_login_draft_export_and_upload(page, app, tmp_path):
    page.goto(app.url + "/staff/")
    page.get_by_role("button", name="登录").or_(page.get_by_role("button", name="Login")).wait_for()
    assert page.locator("#tab-reply").count() == 0       # locked without a login
    page.screenshot(path=str(ARTIFACTS / "staff-login.png"))
    page.locator("input[type=text]").first.fill("staff")
    page.locator("input[type=password]").fill(PASSWORD)
    page.get_by_role("button", name="登录").or_(page.get_by_role("button", name="Login")).click()
    page.get_by_role("tab", name="热线答复").wait_for()

    page.locator("#staff-q textarea").fill("我想问下去年新招了多少老师")
    page.locator("#draft-btn").click()
    page.wait_for_function("() => document.querySelector('#draft textarea').value.includes('477人')")
    draft = page.locator("#draft textarea").input_value()
    assert draft.startswith("您好！关于您咨询的") and "感谢您的来电" in draft
    assert "新聘教师477人" in page.locator("#draft-sources").inner_text()
    page.screenshot(path=str(ARTIFACTS / "staff-reply.png"), full_page=True)
    with page.expect_download() as dl:
        page.locator("#export-docx").click()
    path = tmp_path / dl.value.suggested_filename
    dl.value.save_as(path)
    import docx

    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "477人" in text and "来源" in text and "新聘教师477人" in text
    with page.expect_download() as dl:
        page.locator("#export-txt").click()
    txt = tmp_path / "reply.txt"
    dl.value.save_as(txt)
    assert "[1]" in txt.read_text(encoding="utf-8")

    page.get_by_role("tab", name="知识库管理").click()
    page.locator("#docs").wait_for()
    page.wait_for_function("() => document.querySelector('#docs').innerText.includes('hebi-jiaoti')")
    new = write_docx(tmp_path / "校园足球通报.docx", "校园足球工作通报",
                     ["2024年,全市新建校园足球场12个,组建校园足球队86支。"])
    page.locator("#upload input[type=file]").set_input_files(str(new))
    page.wait_for_timeout(1000)
    page.locator("#ingest-btn").click()
    page.wait_for_function("() => document.querySelector('#kb-status').innerText.includes('已导入')")
    page.wait_for_function("() => document.querySelector('#docs').innerText.includes('校园足球通报.docx')")
    page.screenshot(path=str(ARTIFACTS / "staff-knowledge-base.png"), full_page=True)

    page.get_by_role("tab", name="未解答问题").click()
    page.locator("#refresh-unanswered").click()
    page.wait_for_function("() => document.querySelector('#unanswered').innerText.includes('2022年新聘教师多少人')")
    page.screenshot(path=str(ARTIFACTS / "staff-unanswered.png"), full_page=True)

    page.goto(app.url + "/")
    page.get_by_text("教体问答 · 政策咨询").wait_for()
    ask(page, "2024年新建了多少个校园足球场？")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('12个')")
    page.locator("#chat .thought-group .title").last.click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('#chat .thought-group')].some("
        "g => g.innerText.includes('校园足球通报.docx'))")


XSS_DOC = ("安全教育通报\n\n2024年,全市开展防溺水教育<img src=x onerror=alert(3)>活动20场,"
           "覆盖学生<script>alert(4)</script>3万人次。\n")


@pytest.fixture(scope="module")
def llm_app(tmp_path_factory):
    """The app in llm mode against a local fake model that replies with markup."""
    from fake_llm import FakeLLMServer, key_of

    from ingest.pipeline import ingest_paths

    root = tmp_path_factory.mktemp("xss")
    doc = root / "safety.txt"
    doc.write_text(XSS_DOC, encoding="utf-8")
    data = root / "var"
    assert ingest_paths([REPORT, doc], make_settings(data)).ok

    def reply(prompt):
        if "防溺水" in prompt:
            k = key_of(prompt, "防溺水")
            return (f"2024年开展防溺水教育活动20场[{k}]。<img src=x onerror=alert(5)>"
                    f"![track](http://127.0.0.1:9/pixel.png)<script>alert(6)</script>"
                    f"[详情](javascript:alert(7))")
        return "抱歉"

    with FakeLLMServer(reply) as fake, AppServer(
            data, JIAOTI_MODE="llm", JIAOTI_LLM_BASE_URL=fake.base_url + "/v1",
            JIAOTI_LLM_MODEL="fake", JIAOTI_LLM_TIMEOUT_SECONDS="10") as server:
        yield server


def test_markup_in_documents_and_model_replies_is_inert(browser, llm_app):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    dialogs, requests = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.set_default_timeout(30_000)
    page.goto(llm_app.url + "/")
    page.get_by_text("教体问答 · 政策咨询").wait_for()
    ask(page, "2024年开展防溺水教育活动多少场？")
    page.wait_for_function("() => document.querySelector('#chat').innerText.includes('20场')")
    page.locator("#chat .thought-group .title").last.click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('#chat .thought-group')].some("
        "g => g.innerText.includes('onerror=alert(3)'))")       # the document's markup, as text
    page.wait_for_timeout(500)
    chat = page.locator("#chat")
    assert chat.locator("img[src='x'], script").count() == 0
    assert chat.locator("a[href^='javascript']").count() == 0
    text = chat.inner_text()
    assert "alert(5)" not in text and "alert(6)" not in text and "pixel.png" not in text
    assert dialogs == []
    assert not any("pixel.png" in u for u in requests)
    page.screenshot(path=str(ARTIFACTS / "xss-inert.png"), full_page=True)
    context.close()
