"""Render docs/citizen-chat.png: the citizen chat with an answer and its sources open.

    python scripts/screenshot.py      (needs an index: make index)
"""
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.appproc import AppProcess  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    from jiaoti.settings import Settings

    with AppProcess(Path(Settings().data_dir)) as app, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(locale="zh-CN", viewport={"width": 1100, "height": 860})
        page.goto(app.url + "/")
        page.get_by_text("教体问答 · 政策咨询").wait_for()
        for q in ("去年新招了多少老师？", "2023年新建了几所公办幼儿园？", "改扩建的呢？"):
            page.locator("#question textarea").fill(q)
            page.locator("#send").click()
            page.wait_for_timeout(1500)
        for title in page.locator("#chat .thought-group .title").all():
            title.click()
        time.sleep(0.5)
        out = ROOT / "docs" / "citizen-chat.png"
        page.screenshot(path=str(out), full_page=True)
        browser.close()
        print(out)


if __name__ == "__main__":
    main()
