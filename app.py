"""The web chat (placeholder until the web-chat issue lands): python app.py."""

from __future__ import annotations


def build_app(settings=None):
    import gradio as gr

    from assistant.engine import Assistant
    from assistant.settings import Settings

    settings = settings or Settings()
    assistant = Assistant.from_settings(settings)

    def respond(message, history):
        ans = assistant.ask(message, history=[m["content"] for m in history if m["role"] == "user"])
        return ans.answer

    return gr.ChatInterface(respond, title="教体问答")


if __name__ == "__main__":
    from assistant.settings import Settings

    s = Settings()
    build_app(s).launch(server_name=s.web_host(), server_port=s.web_port())
