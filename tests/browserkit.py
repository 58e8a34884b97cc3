"""Headless Chromium (Debian's, driven by Playwright) for the browser tests. Every wait is
for a state of the page (Playwright's expect / wait_for), never a fixed sleep."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, wait_until  # noqa: F401 (used by the browser tests)

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: make test installs it "
                    "(apt-get install chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


def open_page(context, base_url: str):
    """A page that records dialogs and every request leaving the app."""
    page = context.new_page()
    page.foreign, page.dialogs = [], []
    page.on("request", lambda r: page.foreign.append(r.url)
            if not r.url.startswith((base_url, "data:", "blob:")) else None)
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.set_default_timeout(TIMEOUT_MS)
    return page


def new_context(browser, **kw):
    return browser.new_context(locale="zh-CN", accept_downloads=True,
                               viewport={"width": 1280, "height": 900}, **kw)


def ask(page, question: str) -> None:
    """Send a question in the citizens' chat and wait until its answer has arrived."""
    from playwright.sync_api import expect

    rows = page.locator("#chat .message-row")
    before = rows.count()
    box = page.locator("#question textarea")
    box.fill(question)
    expect(box).to_have_value(question)
    page.locator("#send").click()
    expect(box).to_have_value("")                      # the answer clears the box …
    page.wait_for_function(                           # … and adds the user's and bot's rows
        "n => document.querySelectorAll('#chat .message-row.bot-row').length > 0 && "
        "document.querySelectorAll('#chat .message-row').length >= n + 2", arg=before)


def chat_contains(page, text: str) -> None:
    from playwright.sync_api import expect

    expect(page.locator("#chat")).to_contain_text(text)


def regex(text: str):
    return re.compile(re.escape(text))
