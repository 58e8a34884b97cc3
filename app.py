"""教体问答 web app: `python app.py` serves it (127.0.0.1:7860 by default).

`build_app(settings)` returns a FastAPI app with the citizens' chat at / and, when a staff
account exists (`python -m webui.accounts add NAME`, or JIAOTI_STAFF_PASSWORD), the staff
pages at /staff/ (behind a login). `mount(app, settings)` adds the same to an existing
FastAPI app. Nothing heavy happens at import."""

from __future__ import annotations

import logging
import os

log = logging.getLogger("jiaoti.app")

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def mount(app, settings, services=None):
    """Mount the pages (and the programs' APIs) on ``app``; returns (app, services).

    Gradio's temporary files go to the app's own folder (GRADIO_TEMP_DIR is set to it for
    this process), which is removed when the app shuts down."""
    from webui.services import Services

    services = services or Services.create(settings)
    os.environ["GRADIO_TEMP_DIR"] = str(services.temp.path)     # before Gradio is imported
    from webui import asset
    from webui.api import add_api
    from webui.gate import SurfaceGate
    from webui.limits import BodyLimit
    from webui.openai_api import add_openai_api

    services.temp.start_sweeper()
    _on_shutdown(app, services.close)
    staff_enabled = services.accounts.any()
    common = dict(show_error=False, enable_monitoring=False, footer_links=[],
                  js=asset("toasts.js"))
    add_api(app, services)
    add_openai_api(app, services)
    if staff_enabled:
        app = _mount_staff(app, services, common)
    else:
        log.warning("没有工作人员账号（python -m webui.accounts add 姓名，或设置 "
                    "JIAOTI_STAFF_PASSWORD）：工作人员页面（热线答复、知识库管理、未解答问题）"
                    "未启用，只提供市民咨询页面。")
    app = _mount_citizen(app, services, staff_enabled, common)
    app.add_middleware(SurfaceGate, services=services, staff_enabled=staff_enabled)
    app.add_middleware(BodyLimit, limit_for=lambda path: _body_limit(settings, path))
    return app, services


def _mount_staff(app, services, common: dict):
    """The login, the export route and the staff pages at /staff/."""
    import gradio as gr

    from webui.exports import add_export_route
    from webui.gate import staff_user_of
    from webui.staff import build_staff
    from webui.staffauth import add_staff_auth

    settings = services.settings
    add_staff_auth(app, services)
    add_export_route(app, services, lambda request: staff_user_of(request.headers))
    staff = build_staff(services)
    staff.queue(default_concurrency_limit=2, max_size=settings.queue_max_size, api_open=False)
    return gr.mount_gradio_app(app, staff, path="/staff",
                               max_file_size=int(settings.max_file_mb * 2**20), **common)


def _mount_citizen(app, services, staff_enabled: bool, common: dict):
    import gradio as gr

    from webui.citizen import build_citizen

    settings = services.settings
    citizen = build_citizen(services, staff_enabled)
    citizen.queue(default_concurrency_limit=settings.concurrency_limit,
                  max_size=settings.queue_max_size, api_open=False)
    return gr.mount_gradio_app(app, citizen, path="/", max_file_size="1mb", **common)


def _body_limit(settings, path: str) -> int:
    """Bytes a request body may have: staff uploads up to max_upload_mb, the rest
    max_body_kb."""
    if path.startswith("/staff/gradio_api/upload"):
        return int(settings.max_upload_mb * 2**20)
    return settings.max_body_kb * 1024


def _on_shutdown(app, fn) -> None:
    """Run ``fn`` when the app's lifespan ends (after Gradio's own shutdown)."""
    import contextlib

    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a):
        try:
            async with inner(a) as state:
                yield state
        finally:
            fn()

    app.router.lifespan_context = lifespan


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
