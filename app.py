"""教体问答 web app: `python app.py` serves it (127.0.0.1:7860 by default).

`build_app(settings)` returns a FastAPI app with the citizens' chat at / and, when a staff
password is configured, the staff pages at /staff/ (behind a login). `mount(app, settings)`
adds the same to an existing FastAPI app. Nothing heavy happens at import."""

from __future__ import annotations

import hmac
import logging
import os

log = logging.getLogger("jiaoti.app")

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def mount(app, settings, services=None):
    """Mount the pages (and the JSON API) on ``app``; returns (app, services)."""
    import gradio as gr
    from fastapi.responses import RedirectResponse

    from webui.api import add_api
    from webui.citizen import build_citizen
    from webui.services import Services
    from webui.staff import build_staff

    services = services or Services.create(settings)
    staff_enabled = bool(settings.staff_password)
    common = dict(show_error=False, enable_monitoring=False, footer_links=[])
    add_api(app, services)
    if staff_enabled:
        def check(user: str, password: str) -> bool:
            return (hmac.compare_digest(user.encode(), settings.staff_user.encode())
                    & hmac.compare_digest(password.encode(), settings.staff_password.encode()))

        staff = build_staff(services)
        staff.queue(default_concurrency_limit=2, max_size=settings.queue_max_size, api_open=False)

        @app.get("/staff", include_in_schema=False)
        def _staff_slash():
            return RedirectResponse("/staff/")

        app = gr.mount_gradio_app(app, staff, path="/staff", auth=check,
                                  auth_message="教体问答 · 工作人员登录",
                                  max_file_size=int(settings.max_file_mb * 1024 * 1024), **common)
    else:
        log.warning("未设置 JIAOTI_STAFF_PASSWORD：工作人员页面（热线答复、知识库管理、未解答问题）"
                    "未启用，只提供市民咨询页面。")
    citizen = build_citizen(services, staff_enabled)
    citizen.queue(default_concurrency_limit=settings.concurrency_limit,
                  max_size=settings.queue_max_size, api_open=False)
    app = gr.mount_gradio_app(app, citizen, path="/", max_file_size="1mb", **common)
    return app, services


def build_app(settings=None):
    """The whole web app as a FastAPI application."""
    from fastapi import FastAPI
    from fastapi.middleware.cors import CORSMiddleware

    from jiaoti.settings import Settings

    settings = settings or Settings()
    app = FastAPI(title="教体问答", docs_url=None, redoc_url=None, openapi_url=None)
    # our own CORS policy: no foreign origin is ever echoed (Gradio then adds none)
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.allowed_origins),
                       allow_methods=["GET", "POST"], allow_credentials=False)
    app, services = mount(app, settings)
    app.state.services = services
    return app


def main() -> int:
    import sys

    import uvicorn

    from jiaoti.errors import JiaotiError
    from jiaoti.logging_setup import configure_logging
    from jiaoti.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level)
    try:
        app = build_app(settings)
        app.state.services.warm_up()
    except JiaotiError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    host, port = settings.web_host(), settings.web_port()
    log.info("教体问答已启动：http://%s:%d/", host, port)
    # proxy_headers off: X-Forwarded-For is judged by our own trusted_proxies setting
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5,
                proxy_headers=False, server_header=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
