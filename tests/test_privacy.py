"""Privacy and audit: ID and mobile numbers, in every common written form, never reach the
query log; every entry has its request id, time, redacted question, chunk ids, mode,
latency and outcome; retention."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.querylog import QueryLog
from jiaoti.privacy import ID_MARK, PHONE_MARK, redact, strip_personal, valid_id_number

VALID_ID = "11010519491231002X"          # the standard's own example; its check digit is X
OTHER_ID = "440524188001010014"


def test_check_digit():
    assert valid_id_number(VALID_ID) and valid_id_number(OTHER_ID)
    assert not valid_id_number("110105194912310021")           # wrong check digit
    assert not valid_id_number("11010519491231002")


@pytest.mark.parametrize("text,expected", [
    (f"我的身份证号是{VALID_ID}，请查询", f"我的身份证号是{ID_MARK}，请查询"),
    (f"身份证{VALID_ID.lower()}", f"身份证{ID_MARK}"),
    ("手机13912345678能收到吗", f"手机{PHONE_MARK}能收到吗"),
    ("电话 +86 139-1234-5678", f"电话 {PHONE_MARK}"),
    ("打 139 1234 5678 找我", f"打 {PHONE_MARK} 找我"),
    ("新聘教师477人", "新聘教师477人"),                               # figures stay
    ("销量390000000元", "销量390000000元"),
    # every common written form of an ID number, a wrong check digit included
    ("410602 19900101 1231", ID_MARK),
    ("身份证：410602-1990-0101-1231。", f"身份证：{ID_MARK}。"),
    ("4106 0219 9001 0112 31", ID_MARK),
    ("４１０６０２１９９００１０１１２３１号", f"{ID_MARK}号"),
    ("证号110105194912310021错了一位", f"证号{ID_MARK}错了一位"),    # wrong check digit
    ("11010519491231002x", ID_MARK),
    ("旧身份证410602900101123", f"旧身份证{ID_MARK}"),                # 15 digits
    ("410602　900101　123", ID_MARK),                                # full-width spaces
    # mobile numbers
    ("１３９１２３４５６７８", PHONE_MARK),
    ("0086 13912345678", PHONE_MARK),
    ("139－1234－5678", PHONE_MARK),
    # long figures that are not personal numbers stay
    ("2019 2020 2021 2022年", "2019 2020 2021 2022年"),
    ("合计123456789012345678元", "合计123456789012345678元"),       # no birth date in it
    ("2023年12月31日", "2023年12月31日"),
    ("编号12345678901", "编号12345678901"),                          # not a mobile prefix
])
def test_redaction(text, expected):
    assert redact(text) == expected


def test_strip_personal_leaves_the_question():
    assert strip_personal("我身份证410602 19900101 1231，去年新招了多少老师").replace(" ", "") \
        == "我身份证，去年新招了多少老师"


def test_log_entries_are_complete_and_redacted(assistant, tmp_path):
    log = QueryLog(tmp_path / "q.sqlite")
    a = assistant.ask(f"我身份证{VALID_ID}，手机13912345678，去年新招了多少老师？")
    r = assistant.ask("中考分数线是多少？")
    e = assistant.ask("")
    ids = [log.record(x, channel="test") for x in (a, r, e)]
    rows = log.rows()
    assert [row[1] for row in rows] == ids
    text = json.dumps(rows, ensure_ascii=False)
    assert VALID_ID not in text and "13912345678" not in text
    (_, rid, ts, question, standalone, mode, outcome, reason, chunk_ids, latency, channel,
     followed) = rows[0]
    assert VALID_ID not in question and "13912345678" not in question and mode == "extractive"
    assert outcome == "answered" and json.loads(chunk_ids) == [a.citations[0].chunk_id]
    assert latency > 0 and dt.datetime.fromisoformat(ts) and channel == "test" and rid
    assert followed == ""
    assert [row[6] for row in rows] == ["answered", "refused", "rejected"]
    assert [u.question for u in log.unanswered()] == ["中考分数线是多少?"]
    log.feedback(f"问题{VALID_ID}", "回答", liked=False)
    assert VALID_ID not in json.dumps(log.rows("feedback"), ensure_ascii=False)


def test_retention(assistant, tmp_path):
    log = QueryLog(tmp_path / "q.sqlite", retention_days=30)
    log.record(assistant.ask("体彩卖了多少钱？"))
    assert log.flush()
    old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=31)).isoformat(timespec="seconds")
    log._db.execute("UPDATE queries SET ts = ?", (old,))
    log._db.commit()
    log.record(assistant.ask("去年新招了多少老师？"))
    assert log.prune() == 1 and len(log.rows()) == 1


def test_spaced_id_number_is_answered_and_logged_redacted(assistant, tmp_path):
    """An ID number written in groups is neither a topic nor a log entry."""
    log = QueryLog(tmp_path / "q.sqlite")
    a = assistant.ask("我身份证410602 19900101 1231，去年新招了多少老师")
    assert a.answerable and "477人" in a.answer
    log.record(a, followed="上一个问题，电话 139 1234 5678")
    text = json.dumps(log.rows(), ensure_ascii=False)
    assert "19900101" not in text and "1234 5678" not in text and PHONE_MARK in text


def test_follow_ups_are_listed_with_the_question_they_followed(assistant, tmp_path):
    log = QueryLog(tmp_path / "q.sqlite")
    follow = assistant.ask("那2024年呢？", history=["2023年新建了几所公办幼儿园？"])
    assert not follow.answerable
    log.record(follow, followed="2023年新建了几所公办幼儿园？")
    log.record(assistant.ask("中考分数线是多少？"))
    rows = {u.question: u.followed for u in log.unanswered()}
    assert rows == {"那2024年呢?": "2023年新建了几所公办幼儿园？", "中考分数线是多少?": ""}


def test_old_query_logs_gain_the_followed_column(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE queries (id INTEGER PRIMARY KEY, request_id TEXT NOT NULL, "
                     "ts TEXT NOT NULL, question TEXT NOT NULL, standalone TEXT NOT NULL, "
                     "mode TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL, "
                     "chunk_ids TEXT NOT NULL, latency_ms REAL NOT NULL, channel TEXT NOT NULL);")
    db.close()
    log = QueryLog(path)
    assert "followed" in {r[1] for r in log._db.execute("PRAGMA table_info(queries)")}
