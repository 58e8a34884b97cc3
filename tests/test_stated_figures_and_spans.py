"""A figure the question itself states is no answer to it ('总投资52.6亿元里，市财政出了
多少'); a span counted back ('五年来') is answered by a figure its paragraph says of such a
span, of that length. Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence

REPORT = """某市教育事业发展概况
数据显示,五年来,某市共新建、改扩建中小学120所,其中小学80所、初中40所,总投资52.6亿元,新增3100个教学班、14.2万个学位。新建、改扩建幼儿园230所,总投资18.4亿元,新增2100个教学班、6.3万个学位。
今年,全市公办在园幼儿比例突破50%。全市中小学幼儿园建设任务为新建幼儿园30所。加快推进历年项目建设,竣工并投入使用中小学20所、幼儿园28所。截至本月,全市有25所幼儿园投入使用,完成年初28所目标任务的89.29%,预计年底还有4个项目投入使用。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-spans.txt", REPORT,
                    bureau_name="某市教育局", home_places=["某市"])


def test_a_figure_the_question_states_is_no_answer(city):
    answer = city.ask("五年中小学总投资52.6亿元里，市财政出了多少？")
    assert not answer.answerable and "52.6" not in answer.answer.split("（")[0]


def test_the_total_itself_is_still_answered(city):
    answer = city.ask("五年来中小学总投资多少？")
    assert answer.answerable and "52.6亿元" in first_sentence(answer)


def test_a_span_counted_back_takes_a_figure_said_of_it(city):
    answer = city.ask("五年来新建、改扩建了多少所幼儿园？")
    assert answer.answerable and "230所" in first_sentence(answer)
    assert "230" not in city.ask("三年来新建、改扩建了多少所幼儿园？").answer


def test_a_figure_a_yes_no_question_names_is_confirmed(city):
    answer = city.ask("今年公办在园幼儿比例突破50%了吗？")
    assert answer.answerable and "50%" in first_sentence(answer)
