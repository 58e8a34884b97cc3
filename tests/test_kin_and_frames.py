"""A breakdown's stage item counts what its whole counts: '在校学生…其中:幼儿园N人' answers a
question about the little ones in kindergarten ('小朋友' is a kind of 学生, of the 幼儿园
stage), while '专任教师…(其中,幼儿园N人…)' does not answer '在园幼儿' (those are teachers),
and a whole that counts no kind of people ('基础教育N人(其中小学…)') takes nothing from its
items. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2022年某县教育事业统计公报

全县共有各级各类学校86所,在校学生31250人,其中:幼儿园4120人,小学15380人,初中7210人。
全县共有专任教师2650人(其中,幼儿园310人,小学1290人,初中720人)。
基础教育在校生29870人(其中幼儿园4120人,小学15380人,初中10370人)。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-kin-2022.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2022)


def test_a_stage_item_of_pupils_answers_for_the_little_ones(county):
    answer = county.ask("全县上幼儿园的小朋友有多少？")
    assert answer.answerable and "4120人" in answer.answer and "310" not in answer.answer


def test_teachers_of_a_stage_are_no_pupils(county):
    answer = county.ask("全县在园幼儿有多少人？")
    assert "310" not in answer.answer


def test_a_whole_of_no_people_leaves_its_items_alone(county):
    answer = county.ask("全县上小学的娃娃一共有多少个？")
    assert answer.answerable and "15380人" in answer.answer
