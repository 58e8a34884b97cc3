"""「政策咨询」: the citizens' chat."""


import html
import logging

from jiaoti.errors import JiaotiError
from webui.render import answer_messages, plain_payload, safe, user_message
from webui.services import MSG_BUSY, MSG_RATE, Services

log = logging.getLogger(__name__)

INTRO = ("您好！我可以根据{bureau}发布的工作报告回答您的问题，并给出原文出处。"
         "报告没有涉及的内容，我会如实告诉您。")
FOOTER = "回答仅依据已收录的报告原文；如需办理具体事项，请咨询{bureau}或拨打{hotline}。"
HISTORY_TURNS = 4


def build_citizen(services: Services, staff_enabled: bool):
    import gradio as gr

    def respond(message: str, history: list, questions: list, request: gr.Request):
        message = (message or "")[: services.settings.max_question_chars * 4]
        history = list(history or [])
        questions = list(questions or [])
        if not services.limiter.allow(services.client(request)):
            history += [user_message(message), {"role": "assistant", "content": MSG_RATE}]
            return "", history, questions
        try:
            answer = services.ask(message, questions[-HISTORY_TURNS:], request)
        except JiaotiError as exc:
            log.warning("question failed: %s", exc)
            raise gr.Error(MSG_BUSY) from None
        except Exception:
            log.exception("question failed")
            raise gr.Error(MSG_BUSY) from None
        history += [user_message(message), *answer_messages(answer)]
        if answer.reason != "rejected":
            questions.append(message)
        return "", history, questions

    def ask(question: str, history: list[str] | None = None,
            request: gr.Request = None) -> dict:
        """For programs (gradio_client): the answer as plain text with structured
        citations, exactly as POST /api/ask returns it."""
        if not services.limiter.allow(services.client(request)):
            raise gr.Error(MSG_RATE)
        turns = [h for h in (history or []) if isinstance(h, str)][-HISTORY_TURNS:]
        try:
            answer = services.ask(question if isinstance(question, str) else "", turns,
                                  request, channel="gradio-api")
        except Exception:
            log.exception("question failed")
            raise gr.Error(MSG_BUSY) from None
        return plain_payload(answer)

    def on_like(data: gr.LikeData, history: list):
        try:
            idx = data.index if isinstance(data.index, int) else data.index[0]
            question = ""
            for m in reversed(history[:idx]):
                if m.get("role") == "user":
                    question = _text(m.get("content"))
                    break
            answer = _text(history[idx].get("content")) if idx < len(history) else ""
            services.querylog.feedback(html.unescape(question), html.unescape(answer),
                                       data.liked is True)
        except Exception:
            log.exception("feedback not stored")

    names = dict(bureau=services.settings.bureau_name, hotline=services.settings.hotline)
    with gr.Blocks(title="教体问答 · 政策咨询", analytics_enabled=False) as demo:
        gr.Markdown("## 教体问答 · 政策咨询\n" + safe(INTRO.format(**names)))
        chatbot = gr.Chatbot(elem_id="chat", label="对话", height=520, latex_delimiters=[],
                             sanitize_html=True, buttons=["copy"], placeholder="请在下方输入您的问题")
        questions = gr.State([])
        with gr.Row():
            box = gr.Textbox(elem_id="question", show_label=False, scale=8, max_lines=4,
                             placeholder="请输入您的问题，例如：去年新招了多少老师？")
            send = gr.Button("发送", variant="primary", scale=1, elem_id="send")
        with gr.Row():
            clear = gr.Button("清空对话", elem_id="clear", size="sm")
        if services.settings.example_questions:
            gr.Examples(list(services.settings.example_questions), inputs=[box], label="示例问题")
        gr.Markdown(f"<small>{safe(FOOTER.format(**names))}</small>"
                    + ("  <small>[工作人员入口](/staff/)</small>" if staff_enabled else ""))
        send.click(respond, [box, chatbot, questions], [box, chatbot, questions],
                   api_visibility="private", concurrency_id="answer")
        gr.api(ask, api_name="ask", concurrency_id="answer")
        box.submit(respond, [box, chatbot, questions], [box, chatbot, questions],
                   api_visibility="private", concurrency_id="answer")
        clear.click(lambda: ([], [], ""), None, [chatbot, questions, box], api_visibility="private")
        chatbot.clear(lambda: [], None, [questions], api_visibility="private")
        chatbot.like(on_like, [chatbot], None, api_visibility="private")
    return demo


def _text(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    if isinstance(content, dict):
        return str(content.get("text", ""))
    return ""
