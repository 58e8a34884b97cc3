"""The accounts CLI (``python -m webui.accounts …``): thin, one line per result or error."""

from __future__ import annotations

import argparse
import getpass
import sys

from jiaoti.errors import JiaotiError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m webui.accounts",
                                description="教体问答：工作人员账号与操作记录。")
    sub = p.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add a staff account; the password is read from stdin")
    add.add_argument("name")
    pw = sub.add_parser("passwd", help="set a new password (read from stdin)")
    pw.add_argument("name")
    sub.add_parser("list", help="list the staff accounts")
    rm = sub.add_parser("remove", help="remove a staff account (its sessions end)")
    rm.add_argument("name")
    key = sub.add_parser("key-add", help="make an API key for /v1 (printed once)")
    key.add_argument("name", help="who uses it, e.g. hotline-platform")
    sub.add_parser("key-list", help="list the API keys (names only)")
    revoke = sub.add_parser("key-revoke", help="revoke an API key")
    revoke.add_argument("name")
    audit = sub.add_parser("audit", help="show the newest entries of the audit log")
    audit.add_argument("--limit", type=int, default=50)
    return p


def read_password() -> str:
    """From a terminal: asked twice, not echoed. Otherwise: the first line of stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass("密码：")
        if getpass.getpass("再输入一次：") != first:
            raise ValueError("两次输入的密码不一致。")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _listing(items) -> int:
    for item in items:
        print(f"{item.name}\t{item.created or '-'}\t{item.source}")
    return 0


def _changed(audit, action: str, name: str, message: str) -> int:
    audit.record("cli", action, name, "local")
    print(message)
    return 0


def _run(args, store, audit) -> int:
    command, name = args.command, getattr(args, "name", "")
    if command in ("list", "key-list"):
        return _listing(store.accounts() if command == "list" else store.keys())
    if command == "remove":
        store.remove(name)
        return _changed(audit, "account-remove", name, f"已删除账号 {name}。")
    if command == "key-revoke":
        store.revoke_key(name)
        return _changed(audit, "key-revoke", name, f"已吊销密钥 {name}。")
    if command == "key-add":
        key = store.add_key(name)
        print(f"已创建密钥 {name}（只显示这一次，请妥善保存）：", file=sys.stderr)
        return _changed(audit, "key-add", name, key)
    store.add(name, read_password(), replace=command == "passwd")
    done = "已添加账号" if command == "add" else "已修改密码：账号"
    return _changed(audit, f"account-{command}", name, f"{done} {name}。")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from jiaoti.logging_setup import configure_logging
    from jiaoti.settings import Settings
    from vectorstore.client import ensure_data_dir
    from webui.accounts import AccountStore
    from webui.audit import AuditLog

    settings = Settings()
    configure_logging(settings.log_level, quiet=True)
    try:
        root = ensure_data_dir(settings)
        audit = AuditLog(root / "audit.sqlite", settings.log_retention_days)
        if args.command == "audit":
            for e in reversed(audit.entries(args.limit)):
                print(f"{e.ts}\t{e.user}\t{e.action}\t{e.client}\t{e.detail}")
            return 0
        return _run(args, AccountStore(settings), audit)
    except (JiaotiError, ValueError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
