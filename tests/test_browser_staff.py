"""The staff desk in headless Chromium: login, a draft that restates the question, an edit
typed through an input method (composition events), a paste and deletions, and exports
that equal the box; a session ended elsewhere asks to log in again and keeps the draft;
confirmation before delete; Gradio's own messages in Chinese; follow-ups in 未解答问题."""

from __future__ import annotations

import httpx
import pytest
from browserkit import ARTIFACTS, browser, new_context, open_page, regex  # noqa: F401
from conftest import report_with_accounts
from files import write_docx
from webapp import AppServer

pytestmark = pytest.mark.browser
PASSWORDS = {"alice": "alice-browser-pw", "bob": "bob-browser-pw-2"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    data = report_with_accounts(tmp_path_factory.mktemp("browser-staff"), PASSWORDS)
    with AppServer(data, JIAOTI_MAX_FILE_MB="1") as server:
        yield server


@pytest.fixture()
def context(browser, app):  # noqa: F811
    context = new_context(browser)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url)
    yield context
    context.close()


def log_in(page, app, user: str) -> None:
    page.goto(app.url + "/staff/")
    page.locator("#username").fill(user)                 # the page redirected to the login
    page.locator("#password").fill(PASSWORDS[user])
    page.locator("#login-button").click()
    page.get_by_role("tab", name="热线答复").wait_for()


def make_draft(page, question: str) -> str:
    from playwright.sync_api import expect

    page.locator("#staff-q textarea").fill(question)
    page.locator("#draft-btn").click()
    expect(page.locator("#draft textarea")).to_have_value(regex("感谢您的来电"))
    return page.locator("#draft textarea").input_value()


def type_with_ime(page, composing: list[str], committed: str) -> None:
    """Type like a Chinese input method: composition updates with pinyin, then the commit."""
    cdp = page.context.new_cdp_session(page)
    for text in composing:
        cdp.send("Input.imeSetComposition",
                 {"text": text, "selectionStart": len(text), "selectionEnd": len(text)})
    cdp.send("Input.insertText", {"text": committed})
    cdp.detach()


def export(page, fmt: str, tmp_path):
    with page.expect_download() as dl:
        page.locator(f"#export-{fmt}").click()
    path = tmp_path / f"reply.{fmt}"
    dl.value.save_as(path)
    return path


def docx_draft(path) -> str:
    """The draft part of an exported .docx: the paragraphs between the two headings."""
    import docx

    paras = docx.Document(str(path)).paragraphs
    assert paras[0].text == "热线答复"
    end = next(i for i, p in enumerate(paras)
               if p.text == "来源" and p.style.name.startswith("Heading"))
    return "\n".join(p.text for p in paras[1:end])


def test_login_draft_and_an_ime_edit_exported_exactly(context, app, tmp_path):
    from playwright.sync_api import expect

    page = open_page(context, app.url)
    log_in(page, app, "alice")
    draft = make_draft(page, "我想问下去年新招了多少老师?我电话13800138000")
    assert draft.startswith("您好！关于您咨询的“去年新招了多少老师”，根据《")
    assert "13800138000" not in draft and "我想问下" not in draft and "477人" in draft
    assert "新聘教师477人" in page.locator("#draft-sources").inner_text()
    box = page.locator("#draft textarea")
    box.click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("\n（")
    type_with_ime(page, ["j", "jing", "jingban", "jingbanren"], "经办人")
    page.keyboard.insert_text("：")
    page.evaluate("text => navigator.clipboard.writeText(text)", "王小明（电话待补）")
    page.keyboard.press("Control+V")                                 # a real paste
    for _ in range(len("（电话待补）")):
        page.keyboard.press("Backspace")
    page.keyboard.type("）")
    expected = draft + "\n（经办人：王小明）"
    txt = export(page, "txt", tmp_path)                              # at once, no waiting
    on_screen = box.input_value()
    assert on_screen == expected and "jing" not in on_screen
    text = txt.read_text(encoding="utf-8")
    body, _, sources = text.partition("\n\n来源：\n")
    assert body == on_screen and sources.startswith("[1] 《") and "新聘教师477人" in sources
    box.focus()                                                      # one more edit, then .docx
    page.keyboard.press("Control+End")
    page.keyboard.press("Backspace")
    on_screen = box.input_value()
    assert on_screen == expected[:-1]
    assert docx_draft(export(page, "docx", tmp_path)) == on_screen
    expect(page.locator("#export-status")).to_contain_text("已导出 热线答复.docx")
    page.screenshot(path=str(ARTIFACTS / "staff-reply.png"), full_page=True)
    assert page.foreign == []


def test_an_ended_session_asks_to_log_in_again_and_keeps_the_draft(context, app, tmp_path):
    from playwright.sync_api import expect

    page = open_page(context, app.url)
    log_in(page, app, "bob")
    make_draft(page, "体彩卖了多少钱？")
    box = page.locator("#draft textarea")
    box.click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("\n（已核对）")
    kept = box.input_value()
    other = open_page(context, app.url)                  # bob logs out in another tab
    other.goto(app.url + "/staff/logout")
    other.locator("#login-message").wait_for()
    expect(other.locator("#login-message")).to_have_text("已退出登录。")
    page.locator("#export-txt").click()
    expect(page.locator("#export-status")).to_contain_text("请重新登录")
    page.locator("#draft-btn").click()
    toast = page.locator("[data-testid='toast-body']").last
    expect(toast).to_contain_text("请重新登录")
    expect(box).to_have_value(kept)                      # nothing on the page was lost
    page.screenshot(path=str(ARTIFACTS / "staff-relogin.png"), full_page=True)
    other.locator("#username").fill("bob")               # log in again in the other tab …
    other.locator("#password").fill(PASSWORDS["bob"])
    other.locator("#login-button").click()
    other.get_by_role("tab", name="热线答复").wait_for()
    path = export(page, "txt", tmp_path)                 # … and the first tab works again
    assert path.read_text(encoding="utf-8").partition("\n\n来源：\n")[0] == kept


def test_knowledge_base_upload_confirmed_delete_and_chinese_messages(context, app, tmp_path):
    from playwright.sync_api import expect

    page = open_page(context, app.url)
    log_in(page, app, "alice")
    page.get_by_role("tab", name="知识库管理").click()
    docs = page.locator("#docs")
    expect(docs).to_contain_text("hebi-jiaoti")
    upload = page.locator("#upload input[type=file]")
    wrong = tmp_path / "setup.exe"
    wrong.write_bytes(b"MZ")
    upload.set_input_files(str(wrong))
    toast = page.locator("[data-testid='toast-body']").last
    expect(toast).to_contain_text("不支持的文件类型：setup.exe")
    big = tmp_path / "big.txt"
    big.write_bytes("很大的文件。".encode() * 120_000)                # over JIAOTI_MAX_FILE_MB=1
    upload.set_input_files(str(big))
    expect(page.locator("[data-testid='toast-body']", has_text="文件太大")).to_have_count(1)
    for t in page.locator("[data-testid='toast-body']").all():
        text = t.inner_text()
        english = ("Error", "Warning", "Invalid", "exceed", "allowed")
        assert not any(w in text for w in english), text
    new = write_docx(tmp_path / "校园足球通报.docx", "校园足球工作通报",
                     ["2024年,全市新建校园足球场12个,组建校园足球队86支。"])
    upload.set_input_files(str(new))
    # uploaded: the file's link to its copy on the server is there (the shown name may be
    # laid out as "校园足球通报 .docx", so the name's text is not what to wait for)
    expect(page.locator("#upload a[href*='gradio_api/file=']")).to_have_count(1)
    page.locator("#ingest-btn").click()
    expect(page.locator("#kb-status")).to_contain_text("已导入")
    expect(docs).to_contain_text("校园足球通报.docx")
    page.screenshot(path=str(ARTIFACTS / "staff-knowledge-base.png"), full_page=True)
    answer = httpx.post(app.url + "/api/ask", json={"question": "2024年新建了多少个校园足球场？"},
                        timeout=60).json()
    assert "12个" in answer["answer"] and answer["citations"][0]["source"] == "校园足球通报.docx"

    choice = page.locator("#delete-choice input")
    choice.click()
    page.get_by_role("option", name="校园足球通报.docx").click()
    page.locator("#delete-btn").click()
    confirm = page.locator("#delete-confirm")
    expect(confirm).to_be_visible()
    expect(confirm).to_contain_text("确定要从知识库删除")
    page.locator("#delete-no").click()                   # cancelled: nothing happens
    expect(confirm).to_be_hidden()
    expect(docs).to_contain_text("校园足球通报.docx")
    page.locator("#delete-btn").click()
    page.locator("#delete-yes").click()
    expect(page.locator("#kb-status")).to_contain_text("已删除 校园足球通报.docx")
    expect(docs).not_to_contain_text("校园足球通报.docx")
    assert not (app.data_dir / "library" / "校园足球通报.docx").exists()
    page.locator("#rebuild-btn").click()
    expect(page.locator("#rebuild-confirm")).to_be_visible()
    page.locator("#rebuild-no").click()
    expect(page.locator("#rebuild-confirm")).to_be_hidden()
    assert page.foreign == []


def test_unanswered_follow_ups_show_the_question_they_followed(context, app):
    from playwright.sync_api import expect

    history = ["2023年新建了几所公办幼儿园？"]
    r = httpx.post(app.url + "/api/ask", json={"question": "那2024年呢？", "history": history},
                   timeout=60)
    assert r.json()["answerable"] is False
    page = open_page(context, app.url)
    log_in(page, app, "alice")
    page.get_by_role("tab", name="未解答问题").click()
    page.locator("#refresh-unanswered").click()
    row = page.locator("#unanswered tr", has_text="那2024年呢")
    expect(row).to_contain_text("2023年新建了几所公办幼儿园")
    page.screenshot(path=str(ARTIFACTS / "staff-unanswered.png"), full_page=True)
