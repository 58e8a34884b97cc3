"""Items that pair several nouns with their figures ('乙镇中学新增班级20个学位1000个'):
the words between two figures name the later one, so 学位 is 1000's and 班级 20's; after
figures side by side ('中小学40所46个监测点') the last words name the last figure, a school a
'…、…等' list names answers for itself and not for its kind ('甲乡小学' is no 小学), and a
comparison takes no figure that fits a part clearly worse than its best; two
figures of one clause outside brackets that fit a part alike leave it unanswered; and a
word carried from the last question takes none of the new one's words. Sentences
invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县2021义务教育学校建设情况

某县大力推进义务教育项目建设,甲乡小学、乙镇中学、丙村小学等改扩建项目于2021年秋季投入使用,全县义务教育新增班级60个(其中小学40个、初中20个),新增学位2700个(其中小学1200个、初中1500个)即甲乡小学新增班级12个学位540个,乙镇中学新增班级20个学位1000个,丙村小学新增班级8个学位360个。
全县义务教育阶段法人单位中小学40所46个监测点(含教学点),其中小学29所。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-xuewei.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2021)


def test_the_words_between_two_figures_name_the_later_one(county):
    places = county.ask("乙镇中学新增了多少个学位？")
    assert places.answerable and "1000个" in places.answer and "20个" not in places.answer
    classes = county.ask("丙村小学新增了几个班级？")
    assert "360" not in classes.answer
    assert not classes.answerable or "8个" in classes.answer


def test_a_one_character_noun_is_counted(county):
    answer = county.ask("丙村小学多开了几个班？")
    assert answer.answerable and "8个" in answer.answer and "360" not in answer.answer


def test_the_answer_stops_at_its_own_figure(county):
    answer = county.ask("乙镇中学新增了多少个班级？")
    assert answer.answerable and "乙镇中学新增班级20个。" in answer.answer


def test_a_part_two_figures_of_its_clause_fit_alike_is_not_guessed(county):
    answer = county.ask("甲乡小学和乙镇中学分别新增了多少个学位？")
    assert "1000个" in answer.answer
    assert "2700" not in answer.answer and "12个" not in answer.answer


def test_a_carried_word_takes_no_word_of_the_new_question(county):
    answer = county.ask("学位多了多少？", history=["乙镇中学新增了几个班？"])
    assert answer.answerable and "1000个" in answer.answer


def test_after_figures_side_by_side_the_last_words_name_the_last(county):
    points = county.ask("义务教育阶段监测点有几个？")
    assert points.answerable and "46个" in points.answer and "40所" not in points.answer
    schools = county.ask("全县义务教育阶段法人单位中小学有多少所？")
    assert schools.answerable and "40所" in schools.answer


def test_a_comparison_takes_no_figure_that_fits_a_part_clearly_worse(county):
    answer = county.ask("义务教育阶段监测点比法人单位中小学多几个？")
    assert "11" not in answer.answer and "29所" not in answer.answer


def test_a_schools_own_figure_is_no_answer_for_its_kind(county):
    answer = county.ask("全县义务教育新增班级中，小学新增班级多少个？")
    assert "12个" not in answer.answer and "8个" not in answer.answer
    assert not answer.answerable or "40个" in answer.answer
    named = county.ask("甲乡小学新增了几个班级？")
    assert named.answerable and "12个" in named.answer
