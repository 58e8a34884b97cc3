"""Staff pages (behind the login): 「热线答复」, 「知识库管理」, 「未解答问题」.

Every handler first asks ``who(request)``: the person the gate found for this click, or a
「请重新登录」 message that leaves the page (and the draft) as it is."""


import logging

from assistant.reply import draft_reply, restate
from ingest.loaders import FORMATS
from jiaoti.errors import JiaotiError
from webui import asset
from webui.gate import MSG_RELOGIN, staff_user_of
from webui.render import sources_markdown
from webui.services import MSG_BUSY, Services
from webui.staff_kb import KnowledgeBase

log = logging.getLogger(__name__)

UNANSWERED_HEADERS = ["问题（已隐去个人信息）", "接在哪个问题之后", "次数", "最近提问时间"]


def export_js(fmt: str) -> str:
    return asset("export.js").replace("__FORMAT__", fmt)


def who(request) -> str:
    """The logged-in person behind this click; otherwise 「请重新登录」 (nothing changes)."""
    import gradio as gr

    user = staff_user_of(getattr(request, "headers", None))
    if not user:
        raise gr.Error(MSG_RELOGIN, duration=None, title="请重新登录", print_exception=False)
    return user


def build_staff(services: Services):
    import gradio as gr

    settings = services.settings
    kb = KnowledgeBase(services, who)

    def make_draft(question: str, request: gr.Request):
        user = who(request)
        try:
            answer = services.ask(question or "", [], request, channel="staff")
        except JiaotiError as exc:
            log.warning("draft failed: %s", exc)
            raise gr.Error(MSG_BUSY) from None
        if answer.reason == "rejected":
            draft = answer.answer
        else:
            draft = draft_reply(answer, settings.bureau_name, settings.hotline)
        sources = sources_markdown(answer) if answer.citations else "（无引用来源）"
        services.audit.record(user, "draft", restate(answer), services.client(request))
        return draft, sources, services.drafts.put(answer), ""

    def unanswered_table(request: gr.Request):
        who(request)
        return [[u.question, u.followed, u.count, u.last_asked.replace("T", " ")[:19]]
                for u in services.querylog.unanswered()]

    with gr.Blocks(title="教体问答 · 工作人员", analytics_enabled=False) as demo:
        gr.Markdown("## 教体问答 · 工作人员")
        with gr.Tab("热线答复", elem_id="tab-reply"):
            question = gr.Textbox(label="来电问题（可直接粘贴市民原话）", lines=2, elem_id="staff-q")
            draft_btn = gr.Button("生成答复草稿", variant="primary", elem_id="draft-btn")
            draft = gr.Textbox(label="答复草稿（可修改；导出的就是框中此刻的文字）", lines=8,
                               interactive=True, buttons=["copy"], elem_id="draft")
            gr.Markdown("**引用来源**")
            sources = gr.Markdown(elem_id="draft-sources")
            draft_id = gr.Textbox(visible="hidden", elem_id="draft-id")
            with gr.Row():
                txt_btn = gr.Button("导出 .txt", elem_id="export-txt")
                docx_btn = gr.Button("导出 .docx", elem_id="export-docx")
            export_status = gr.Markdown(elem_id="export-status")
            outputs = [draft, sources, draft_id, export_status]
            draft_btn.click(make_draft, [question], outputs, api_name="draft")
            question.submit(make_draft, [question], outputs, api_visibility="private")
            for btn, fmt in ((txt_btn, "txt"), (docx_btn, "docx")):
                btn.click(None, [draft_id], [export_status], js=export_js(fmt),
                          api_visibility="private")
        with gr.Tab("知识库管理", elem_id="tab-kb"):
            kb.build(gr, sorted(FORMATS))
        with gr.Tab("未解答问题", elem_id="tab-unanswered"):
            gr.Markdown("市民提问中报告未能回答的问题（手机号、身份证号已隐去），可据此补充资料。"
                        "追问（如“那2024年呢？”）同时列出它所接的上一个问题。")
            unanswered = gr.Dataframe(headers=UNANSWERED_HEADERS, interactive=False,
                                      elem_id="unanswered")
            refresh_u = gr.Button("刷新", elem_id="refresh-unanswered")
            refresh_u.click(unanswered_table, None, [unanswered], api_name="unanswered")
        gr.Button("退出登录", link="/staff/logout", size="sm", elem_id="logout")
        kb.on_load(demo)
        demo.load(unanswered_table, None, [unanswered], api_visibility="private")
    return demo
