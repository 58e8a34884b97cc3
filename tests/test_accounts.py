"""Staff accounts (hashed, managed by the CLI), sessions with idle expiry, and lock-out
after failed logins. Clocks are injected: nothing here waits."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from conftest import ROOT, cli_env

from webui.accounts import AccountError, AccountStore
from webui.sessions import LoginGuard, SessionStore


def run_cli(settings, *args, stdin: str = ""):
    return subprocess.run([sys.executable, "-m", "webui.accounts", *args], cwd=ROOT,
                          env=cli_env(settings), input=stdin, capture_output=True, text=True,
                          timeout=120)


def test_cli_adds_lists_and_removes_accounts_stored_hashed(settings):
    added = run_cli(settings, "add", "张敏", stdin="correct horse battery\n")
    assert added.returncode == 0 and added.stdout.strip() == "已添加账号 张敏。"
    assert run_cli(settings, "add", "li.wei", stdin="another long password\n").returncode == 0
    listed = run_cli(settings, "list")
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["li.wei", "张敏"]
    db = (settings.data_dir / "accounts.sqlite").read_bytes()
    assert b"correct horse battery" not in db and b"$argon2id$" in db
    store = AccountStore(settings)
    assert store.verify("张敏", "correct horse battery")
    assert not store.verify("张敏", "correct horse batterY") and not store.verify("nobody", "x")
    removed = run_cli(settings, "remove", "张敏")
    assert removed.returncode == 0 and not store.exists("张敏") and store.exists("li.wei")
    audit = run_cli(settings, "audit")
    assert [line.split("\t")[2] for line in audit.stdout.splitlines()] == [
        "account-add", "account-add", "account-remove"]
    assert "correct horse" not in audit.stdout


@pytest.mark.parametrize("args,stdin,message", [
    (("add", "wang"), "short\n", "错误：密码太短：至少 10 个字符。"),
    (("add", "has space"), "long enough password\n", "错误：账号名只能用 1–64 个字母、数字、汉字或 . _ @ -。"),
    (("remove", "ghost"), "", "错误：没有账号 ghost。"),
    (("passwd", "ghost"), "long enough password\n", "错误：没有账号 ghost。"),
])
def test_cli_errors_are_one_line(settings, args, stdin, message):
    r = run_cli(settings, *args, stdin=stdin)
    assert r.returncode == 1 and r.stderr.strip() == message


def test_duplicate_add_and_passwd(settings):
    store = AccountStore(settings)
    store.add("wang", "first password!")
    with pytest.raises(AccountError, match="已存在"):
        store.add("wang", "second password")
    r = run_cli(settings, "passwd", "wang", stdin="second password\n")
    assert r.returncode == 0
    assert store.verify("wang", "second password") and not store.verify("wang", "first password!")


def test_the_environment_password_is_one_more_account(tmp_path):
    from conftest import make_settings

    settings = make_settings(tmp_path / "var", staff_password="env-password", staff_user="duty")
    store = AccountStore(settings)
    assert store.any() and store.exists("duty")
    assert store.verify("duty", "env-password") and not store.verify("duty", "env-passwor")
    assert [(a.name, a.source) for a in store.accounts()] == [("duty", "JIAOTI_STAFF_PASSWORD")]
    with pytest.raises(AccountError, match="JIAOTI_STAFF_PASSWORD"):
        store.remove("duty")
    assert not AccountStore(make_settings(tmp_path / "other")).any()


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_sessions_expire_when_idle_and_end_one_at_a_time():
    clock = Clock()
    store = SessionStore(idle_seconds=600, clock=clock)
    a1, a2, b = store.start("alice"), store.start("alice"), store.start("bob")
    assert len({a1, a2, b}) == 3
    clock.now += 599
    assert store.user(a1) == "alice"                 # activity keeps a1 alive…
    clock.now += 599
    assert store.user(a1) == "alice" and store.user(b) is None and store.user(a2) is None
    assert store.user(a1, touch=False) == "alice"    # …looking without touching does not
    clock.now += 601
    assert store.user(a1, touch=False) is None
    c1, c2 = store.start("carol"), store.start("dan")
    assert store.end(c1) == "carol" and store.user(c1) is None and store.user(c2) == "dan"
    store.start("dan")
    assert store.end_user("dan") == 2 and store.count() == 0
    assert store.user(None) is None and store.user("forged") is None


def test_login_guard_locks_accounts_and_clients_until_the_window_passes():
    clock = Clock()
    guard = LoginGuard(per_account=3, per_client=5, window_seconds=900, clock=clock)
    for _ in range(3):
        assert guard.retry_after("alice", "10.0.0.1") == 0
        guard.failed("alice", "10.0.0.1")
    assert guard.retry_after("alice", "10.0.0.9") == 900     # the account, from anywhere
    assert guard.retry_after("ALICE", "10.0.0.9") == 900
    assert guard.retry_after("bob", "10.0.0.1") == 0          # the client may try others…
    guard.failed("bob", "10.0.0.1")
    guard.failed("carol", "10.0.0.1")
    assert guard.retry_after("dave", "10.0.0.1") == 900      # …up to its own limit
    clock.now += 600
    assert guard.retry_after("alice", "10.0.0.9") == 300
    clock.now += 301
    assert guard.retry_after("alice", "10.0.0.9") == 0
    guard.failed("erin", "10.0.0.2")
    guard.succeeded("erin")
    assert guard.retry_after("erin", "10.0.0.3") == 0


def test_account_database_holds_no_plain_password(settings):
    store = AccountStore(settings)
    store.add("zhao", "plain text never stored")
    rows = sqlite3.connect(settings.data_dir / "accounts.sqlite").execute(
        "SELECT * FROM accounts").fetchall()
    assert "plain text never stored" not in repr(rows)


def test_cli_makes_lists_and_revokes_api_keys_stored_hashed(settings):
    made = run_cli(settings, "key-add", "hotline-platform")
    key = made.stdout.strip()
    assert made.returncode == 0 and key.startswith("jt-") and len(key) > 40
    assert "只显示这一次" in made.stderr
    store = AccountStore(settings)
    assert store.key_owner(key) == "hotline-platform" and store.key_owner(key + "x") is None
    assert key.encode() not in (settings.data_dir / "accounts.sqlite").read_bytes()
    again = run_cli(settings, "key-add", "hotline-platform")
    assert again.returncode == 1 and "已存在" in again.stderr
    listed = run_cli(settings, "key-list")
    assert listed.stdout.split("\t")[0] == "hotline-platform" and key not in listed.stdout
    assert run_cli(settings, "key-revoke", "hotline-platform").returncode == 0
    assert store.key_owner(key) is None and not store.any_key()
    gone = run_cli(settings, "key-revoke", "hotline-platform")
    assert gone.returncode == 1 and gone.stderr.strip() == "错误：没有密钥 hotline-platform。"


def test_keys_from_settings(tmp_path):
    from conftest import make_settings

    store = AccountStore(make_settings(tmp_path / "var", api_keys=["k-one", "k-two"]))
    assert store.any_key() and store.key_owner("k-two") == "JIAOTI_API_KEYS[1]"
    assert store.key_owner("k-three") is None
