"""End-to-end tests of the citizens' chat in headless Chromium (Debian's, driven by
Playwright) against the real app on a free loopback port. The staff desk's browser tests
are in test_browser_staff.py."""

from __future__ import annotations

import sqlite3

import pytest
from browserkit import (ARTIFACTS, ask, browser, chat_contains, new_context,  # noqa: F401
                        open_page, wait_until)
from conftest import REPORT, make_settings
from webapp import AppServer

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from ingest.pipeline import ingest_paths

    data = tmp_path_factory.mktemp("browser") / "var"
    assert ingest_paths([REPORT], make_settings(data)).ok
    with AppServer(data, JIAOTI_STAFF_PASSWORD="staff-pw-for-tests",
                   JIAOTI_EXAMPLE_QUESTIONS='["体彩卖了多少钱？", "给困难学生发了多少钱？"]') as server:
        yield server


@pytest.fixture()
def page(browser, app):  # noqa: F811
    context = new_context(browser)
    page = open_page(context, app.url)
    yield page
    assert page.foreign == [], page.foreign        # nothing but the app is ever contacted
    context.close()


def test_citizen_chat_figure_sources_and_followup(page, app):
    from playwright.sync_api import expect

    page.goto(app.url + "/")
    page.get_by_text("教体问答 · 政策咨询").wait_for()
    ask(page, "去年新招了多少老师？")
    chat_contains(page, "477人")
    title = page.locator("#chat .thought-group .title", has_text="来源（1 条）").last
    title.wait_for()
    assert "新聘教师477人" not in page.locator("#chat .thought-group").last.inner_text()
    title.click()                                   # the collapsed sources open on a click
    page.wait_for_function(
        "() => [...document.querySelectorAll('#chat .thought-group')].some("
        "g => g.innerText.includes('坚持德能并重') && g.innerText.includes('新聘教师477人'))")
    page.screenshot(path=str(ARTIFACTS / "citizen-chat.png"), full_page=True)
    page.locator("#chat button[aria-label='赞']").first.click()        # feedback is stored

    def liked():
        rows = sqlite3.connect(app.data_dir / "querylog.sqlite").execute(
            "SELECT question, liked FROM feedback").fetchall()
        return any("去年新招了多少老师" in q and like == 1 for q, like in rows)
    wait_until(liked, "the like in the feedback table")
    ask(page, "2023年新建了几所公办幼儿园？")
    chat_contains(page, "7所")
    ask(page, "改扩建的呢？")
    expect(page.locator("#chat .message-row.bot-row").last).to_contain_text("4所")
    ask(page, "2022年新聘教师多少人？")
    chat_contains(page, "12345")
    page.screenshot(path=str(ARTIFACTS / "citizen-followup.png"), full_page=True)
    page.locator("#clear").click()
    expect(page.locator("#chat .message-row")).to_have_count(0)
    page.locator("button.gallery-item").filter(
        has_text="体彩卖了多少钱？").first.click()                     # an example question
    expect(page.locator("#question textarea")).to_have_value("体彩卖了多少钱？")


def test_html_in_a_question_is_shown_as_text(page, app):
    page.goto(app.url + "/")
    page.get_by_text("教体问答 · 政策咨询").wait_for()
    payload = "<img src=x onerror=alert(1)>"
    ask(page, payload)
    chat_contains(page, payload)
    assert page.locator("#chat img[src='x']").count() == 0
    ask(page, "<script>alert(2)</script>体彩卖了多少钱？")
    chat_contains(page, "3.9亿元")                  # the page has rendered both since
    assert page.locator("#chat img[src='x'], #chat script").count() == 0
    assert page.dialogs == []


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


def test_markup_in_documents_and_model_replies_is_inert(browser, llm_app):  # noqa: F811
    context = new_context(browser)
    page = open_page(context, llm_app.url)
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    dialogs = page.dialogs
    page.goto(llm_app.url + "/")
    page.get_by_text("教体问答 · 政策咨询").wait_for()
    ask(page, "2024年开展防溺水教育活动多少场？")
    chat_contains(page, "20场")
    page.locator("#chat .thought-group .title").last.click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('#chat .thought-group')].some("
        "g => g.innerText.includes('onerror=alert(3)'))")       # the document's markup, as text
    chat = page.locator("#chat")
    assert chat.locator("img[src='x'], script").count() == 0
    assert chat.locator("a[href^='javascript']").count() == 0
    text = chat.inner_text()
    assert "alert(5)" not in text and "alert(6)" not in text and "pixel.png" not in text
    assert dialogs == []
    assert not any("pixel.png" in u for u in requests)
    page.screenshot(path=str(ARTIFACTS / "xss-inert.png"), full_page=True)
    context.close()
