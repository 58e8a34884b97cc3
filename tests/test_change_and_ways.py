"""A question asking the change from the year before is answered with the clause that
states it ('合格率达到100% ,与上年持平'), and a question asking the ways something is done
('从哪几个方面帮扶') by a statement naming several, not by a count beside it. Sentences
invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某市2023年教育事业发展情况

——初中。校数40所,与上年持平。初中专任教师学历合格率达到100% ,与上年持平。初中高学历教师比例达到97.5% ,比上年增加0.3个百分点。
三是推动优质资源共享。组建教育集团4个,结对帮扶学校18所,持续开展强校带弱校行动,从课堂教学、教师研修、课程开发等维度进行帮扶。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-change-2023.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2023)


def test_a_change_question_gets_the_change_clause(city):
    answer = city.ask("初中专任教师学历合格率比上年有没有变化？")
    assert answer.answerable and "与上年持平" in answer.answer
    quote = answer.citations[0].quote
    assert quote.endswith("与上年持平") and quote in TEXT


def test_a_plain_question_keeps_the_figure_alone(city):
    answer = city.ask("初中专任教师学历合格率是多少？")
    assert answer.answerable and "100%" in answer.answer and "持平" not in answer.answer


def test_ways_are_named_not_counted(city):
    answer = city.ask("强校带弱校行动从哪几个方面去帮扶学校？")
    assert answer.answerable and "课堂教学" in answer.answer and "教师研修" in answer.answer
