"""A question that names every stage of a whole ('小学和初中', '小学初中') is answered with
the whole's figure when the documents count only that, and the answer names the whole; a
question for each stage is not, nor is '中小学' (many reports count 高中 among them). '义务教育阶段' is 义务教育 where
the documents say 义务教育段, and '(特殊学校不算)' leaves 特殊学校 out of the question.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2022年某县教育事业发展主要情况

全县义务教育段学校25所,在校学生18000人,专任教师1500人。
全县高中阶段学校3所,在校生4100人。
"""

BREAKDOWN = """2022年某区教育事业发展主要情况

义务教育阶段在校学生9000人(小学5000人、初中3900人、特殊学校100人)。小学专任教师400人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-jieduan-2022.txt", TEXT,
                    bureau_name="某县教育和体育局", home_places=["某县"], current_year=2022)


@pytest.mark.parametrize("question, figure", [
    ("上小学和初中的孩子一共有多少？", "18000人"),
    ("读小学初中这个阶段，全县一共有多少专任老师？", "1500人"),
])
def test_every_stage_asks_the_whole(county, question, figure):
    answer = county.ask(question)
    assert answer.answerable and figure in answer.answer and "义务教育" in answer.answer


@pytest.mark.parametrize("question", ["小学和初中各有多少学生？", "县里中小学的老师一共有多少？"])
def test_not_every_stage_is_the_whole(county, question):
    answer = county.ask(question)
    assert "18000" not in answer.answer and "1500" not in answer.answer


def test_stage_said_again_is_the_stage(county):
    answer = county.ask("义务教育阶段专任教师有多少人？")
    assert answer.answerable and "1500人" in answer.answer


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-jieduan-2022.txt", BREAKDOWN,
                    bureau_name="某区教育和体育局", home_places=["某区"], current_year=2022)


def test_what_a_question_leaves_out_is_no_topic(district):
    answer = district.ask("小学、初中的娃加起来一共多少人（特殊学校不算）？")
    assert answer.answerable and "8900人" in answer.answer and "100人" not in answer.answer


def test_one_stage_does_not_answer_every_stage(district):
    answer = district.ask("读小学初中这个阶段，全区一共有多少专任老师？")
    assert not answer.answerable and "400" not in answer.answer
