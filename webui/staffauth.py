"""Staff login and logout (our own, not Gradio's): per-person accounts, a session cookie per
login, lock-out after repeated failures, every attempt in the log and the audit log."""


import html
import logging
from string import Template

from webui import asset
from webui.audit import printable
from webui.gate import COOKIE, STAFF, cookie_value, staff_user_of

log = logging.getLogger(__name__)

MSG_WRONG = "账号或密码不正确。"
MSG_LOCKED = "登录失败次数过多，请 {minutes} 分钟后再试。"
MSG_BYE = "已退出登录。"


def login_page(services, message: str = "", user: str = "", status: int = 200,
               headers: dict | None = None):
    from fastapi.responses import HTMLResponse

    body = Template(asset("login.html")).substitute(message=html.escape(message), user=html.escape(user, quote=True),
                           idle=f"{services.settings.staff_idle_minutes:g}")
    return HTMLResponse(body, status_code=status,
                        headers={"Cache-Control": "no-store", **(headers or {})})


def add_staff_auth(app, services) -> None:
    from fastapi import Form, Request
    from fastapi.responses import RedirectResponse

    settings = services.settings

    @app.get(STAFF, include_in_schema=False)
    def staff_slash():
        return RedirectResponse(f"{STAFF}/", status_code=303)

    @app.get(f"{STAFF}/login", include_in_schema=False)
    def login_form(request: Request, bye: str | None = None):
        if services.staff_user(cookie_value(request.scope), touch=False):
            return RedirectResponse(f"{STAFF}/", status_code=303)
        return login_page(services, MSG_BYE if bye is not None else "")

    @app.post(f"{STAFF}/login", include_in_schema=False)
    def login(request: Request, username: str = Form("", max_length=200),
              password: str = Form("", max_length=1000)):
        client = services.client(request)
        user = username.strip()
        wait = services.guard.retry_after(user, client)
        if wait:
            log.warning("工作人员登录被拒（失败次数过多，%d 秒后可再试）：账号 %s，来自 %s",
                        wait, printable(user, 64), client)
            services.audit.record(user, "login-locked", f"{wait} 秒后可再试", client)
            return _locked(services, user, wait)
        if not services.accounts.verify(user, password):
            services.guard.failed(user, client)
            log.warning("工作人员登录失败：账号 %s，来自 %s", printable(user, 64), client)
            services.audit.record(user, "login-failed", "", client)
            return login_page(services, MSG_WRONG, user, status=400)
        services.guard.succeeded(user)
        token = services.sessions.start(user)
        log.info("工作人员登录：%s，来自 %s", user, client)
        services.audit.record(user, "login", "", client)
        response = RedirectResponse(f"{STAFF}/", status_code=303)
        response.set_cookie(COOKIE, token, path=STAFF, httponly=True, samesite="strict",
                            secure=settings.cookie_secure)
        return response

    @app.get(f"{STAFF}/logout", include_in_schema=False)
    def logout(request: Request):
        user = services.sessions.end(cookie_value(request.scope))
        if user:
            services.audit.record(user, "logout", "", services.client(request))
        response = RedirectResponse(f"{STAFF}/login?bye", status_code=303)
        response.delete_cookie(COOKIE, path=STAFF)
        return response

    @app.get(f"{STAFF}/session", include_in_schema=False)
    def session(request: Request):
        """Who is logged in (the gate answers 401 when no one is); not an activity."""
        return {"user": staff_user_of(request.headers),
                "idle_minutes": settings.staff_idle_minutes}


def _locked(services, user: str, wait: int):
    minutes = max(1, -(-wait // 60))
    return login_page(services, MSG_LOCKED.format(minutes=minutes), user, status=429,
                      headers={"Retry-After": str(wait)})
