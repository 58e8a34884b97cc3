"""A '其中' list whose first item carries a modifier ('其中,城区小学4所,初中3所') shares it
with the bare items after it: 初中3所 are the town's 初中, not all of them. And '多少个班'
counts classes, never pupils. Sentences invented for the test."""

from __future__ import annotations

import re

import pytest

from assistant.followup import standalone
from assistant.intent import asked_unit
from assistant.query import plan_question
from tests.conftest import deployed

TEXT = """某县教育事业发展规划

一、发展现状
1.学校情况:2016年秋季,全县共有小学30所,九年一贯制学校11所(其中民办2所),普通高中3所。其中,城区小学4所,初中3所,九年一贯制学校4所(其中民办1所),农村小学26所。
2.学生情况:2016年秋季,全县共有幼儿园12所,其中公办园5所,在园幼儿1200人;民办园7所,在园幼儿2100人。城区初中学生11994人。
3.教师情况:全县教职工4025人,其中普高教师436人,中职104人,初中1131人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-guihua.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2016)


def test_a_bare_item_of_a_list_shares_the_first_items_modifier(county):
    answer = county.ask("娃明年上初中，某县有几所初中？")
    assert not answer.answerable and "3所" not in answer.answer
    assert "3所" in county.ask("某县城区有几所初中？").answer
    assert "4所" in county.ask("某县城区的九年一贯制学校有几所？").answer


def test_an_item_with_its_own_modifier_of_the_same_thing_keeps_it(county):
    answer = county.ask("某县农村小学有几所？")
    assert answer.answerable and "26所" in answer.answer
    assert "30所" in county.ask("某县一共有多少所小学？").answer


def test_a_stage_beside_a_stage_shares_nothing(county):
    answer = county.ask("某县中职教师有多少人？")
    assert answer.answerable and "104人" in answer.answer


def test_a_semicolon_ends_what_a_list_shares(county):
    answer = county.ask("某县民办园的在园幼儿有多少？")
    assert answer.answerable and "2100人" in answer.answer and "1200" not in answer.answer


def test_classes_are_not_counted_in_pupils(county):
    assert asked_unit("城区初中一共有多少个班？") == ("个", "班")
    assert asked_unit("一共有多少个人参加？") == ("人", "")
    answer = county.ask("某县城区初中一共有多少个班？")
    assert not answer.answerable and "11994" not in answer.answer


def test_a_later_part_led_by_qizhong_is_a_part_of_the_first_parts_thing(county):
    answer = county.ask("某县一共有几所小学，其中农村的几所？")
    assert answer.answerable and "30所" in answer.answer and "26所" in answer.answer


def test_a_part_is_not_answered_with_the_towns_figure(county):
    answer = county.ask("某县九年一贯制学校有几所，其中民办几所？")    # 11 in all, 4 in town
    assert not re.search(r"(?<![0-9])[41]所", answer.answer)        # ('11所' is not '1所')
    assert not answer.answerable or ("11所" in answer.answer and "2所" in answer.answer)


def test_a_follow_up_opening_with_zhelimian_asks_within_the_last_thing(county):
    answer = county.ask("这里面农村的有几所？", history=["某县一共有几所小学？"])
    assert answer.answerable and "26所" in answer.answer and "30所" not in answer.answer
    assert standalone("其中民办的呢？", ["全县有多少所幼儿园？"]) == "全县幼儿园里民办有多少所？"


TOWN = """某市教育规划

一、学校情况
2016年秋季,全市共有教学点123个,完28所,初12所。其中,城区小学4所,初中3所。
"""


def test_a_narrower_kind_does_not_answer_a_question_without_a_counted_noun(tmp_path_factory):
    town = deployed(tmp_path_factory, "moushi-guihua.txt", TOWN, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2016)
    answer = town.ask("某市的完小有多少所？")          # 完小 reads as 小学 in the thesaurus
    assert not answer.answerable and "4所" not in answer.answer
    assert "4所" in town.ask("某市城区小学有多少所？").answer


def test_a_follow_up_counting_without_a_noun_counts_what_the_last_one_did(county):
    answer = county.ask("那里面在民办园的有多少？", history=["某县上幼儿园的小朋友有多少？"])
    assert "7所" not in answer.answer and (not answer.answerable or "2100人" in answer.answer)
    plan = plan_question("里面在民办园的有多少（接上一问：某县上幼儿园的小朋友有多少）？",
                         county.index.snapshot(), 2016, ("某县",))
    assert plan.asked_unit == "人" and "小朋友" in plan.counted
