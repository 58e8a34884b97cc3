"""Money paid out is a state: '发下去了没有', '发到位了吗' ask whether it was, and '已全部发放
到位', '已拨付…' say it was. The state's year is the one its own clause names; a sum in 元
says the money a question calls 钱; a follow-up asking a state keeps its 吗. Sentences
invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from assistant.intent import kind_of
from tests.conftest import deployed

TEXT = """某县教育局局长述职报告
(二)精准扶贫惠民生。六是筹措940万元落实乡村教师各种补贴,目前,已全部发放到位。
(三)学前教育。2021年建立了公办幼儿园生均财政拨款制度,并已拨付2022年上半年学前生均经费。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-shuzhi-2022.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2022)


def test_paying_out_is_asked_as_a_state_and_developing_is_not():
    assert kind_of("乡村老师的补贴发下去了没有？", ())[0] == "status"
    assert kind_of("学前生均经费拨付了吗？", ())[0] == "status"
    assert kind_of("某区评上全国义务教育优质均衡发展区了吗？", ())[0] != "status"


def test_money_paid_in_full_is_done(county):
    answer = county.ask("乡村老师的补贴发下去了没有？")
    assert answer.answerable and "已全部发放到位" in answer.answer


def test_a_follow_up_asking_a_state_keeps_its_question(county):
    assert standalone("那钱都发到位了吗？", ["某县落实乡村教师补贴筹了多少钱？"]).startswith(
        "钱都发到位了吗")
    answer = county.ask("那钱都发到位了吗？", history=["某县落实乡村教师补贴筹了多少钱？"])
    assert answer.answerable and "发放到位" in answer.answer


def test_a_state_takes_the_year_its_own_clause_names(county):
    answer = county.ask("2022年上半年的学前生均经费发下去没有？")
    assert answer.answerable and "已拨付" in answer.answer
