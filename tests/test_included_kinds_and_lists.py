"""Readings found on round 46's documents: a whole that takes in two kinds in a bracket
('高中阶段教育(包括普通高中、中等职业学校)…') answers neither kind alone; a 、-list of figures
after '其中' counts what the sentence before counts; a bracketed list opened by '其中,'; a
paragraph opening on private schools goes on about them; a later clause with an object of
its own says nothing of the asked thing's state; a part excluded in a bracket ('(不算园长)');
'比赛' is no comparison. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from tests.conftest import deployed

TEXT = """某市2021年教育事业发展统计公报

2021年,全市推进教育现代化、建设教育强市,实现“十四五”良好开局。

一、学前教育

全市共有幼儿园900所,在园幼儿20.50万人。幼儿园园长和专任教师共1.80万人。

二、义务教育

全市共有初中学校120所,招生3.20万人,在校生9.40万人,毕业生2.90万人。初中毕业生升学率97.50%。

全市在校学生12000人。其中:小学6000人、初中4000人、高中2000人。

共有专任教师900人(其中,小学500人、初中260人、工读学校40人)。

2021年,全市有8所民办学校,其中小学5所、初中3所。在校生3000人,其中小学1800人、初中1200人。

三、高中阶段教育

全市高中阶段教育(包括普通高中、中等职业学校)共有学校60所,招生2.10万人。

全市普通高中40所,招生1.30万人。全市中等职业学校20所;招生0.80万人。

四、其他

科技比赛获国家冠军3个,国家奖项11个、省级一等奖6个。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-gongbao-2021.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2021)


def test_a_bracket_taking_in_two_kinds_answers_neither_alone(city):
    answer = city.ask("中职学校有几所？")
    assert answer.answerable and "20所" in answer.answer and "60所" not in answer.answer
    answer = city.ask("高中阶段的学校一共有几所？")
    assert answer.answerable and "60所" in answer.answer
    answer = city.ask("普高新生有多少？")
    assert answer.answerable and "1.30万" in answer.answer and "2.10万" not in answer.answer


def test_a_list_after_qizhong_counts_what_the_sentence_before_counts(city):
    answer = city.ask("高中有多少在校学生？")
    assert answer.answerable and "2000人" in answer.answer
    answer = city.ask("工读学校专任教师有多少人？")
    assert answer.answerable and "40人" in answer.answer


def test_a_paragraph_on_private_schools_is_not_about_all_pupils(city):
    answer = city.ask("全市初中在校生有多少人？")
    assert "1200" not in answer.answer


def test_a_union_is_no_answer_for_one_kind_left_out_in_a_bracket(city):
    parts = split("幼儿园的专任教师(不算园长)有多少人?")
    assert parts is not None and parts.compare == "less"
    answer = city.ask("幼儿园的专任教师（不算园长）有多少人？")
    assert not answer.answerable and "1.80" not in answer.answer


def test_another_things_state_is_not_the_asked_things(city):
    answer = city.ask("教育强市已经建成了吗？")
    assert "十四五" not in answer.answer


def test_a_graduates_stage_said_by_the_sentence_subject(city):
    answer = city.ask("全市初中毕业生有多少人？")
    assert answer.answerable and "2.90万" in answer.answer
    answer = city.ask("初中毕业的孩子有多少比例继续升学了？")
    assert answer.answerable and "97.50%" in answer.answer


def test_bisai_is_no_comparison():
    parts = split("科技比赛获得的国家奖项比省级一等奖多几个？")
    assert parts is not None and parts.compare == "diff"
    assert parts.questions[0].startswith("科技比赛获得的国家奖项")


def test_a_comparison_over_a_list_sharing_its_verb(city):
    answer = city.ask("科技比赛获得的国家奖项比省级一等奖多几个？")
    assert answer.answerable and "11个" in answer.answer and "5个" in answer.answer


def test_parts_carry_the_right_modifier():
    assert split("小学学校和初级中学各有多少所？").questions == ("小学学校多少所", "初级中学多少所")
    assert split("青少年竞技组金、银、铜牌各拿了几块？").questions[2] == "青少年竞技组铜牌拿了几块"
    assert split("随迁子女中,在小学和初中就读的分别有多少?").questions == (
        "随迁子女中,在小学就读的多少", "随迁子女中,初中就读的多少")


def test_one_item_of_a_list_names_no_ways():
    from assistant.fits import _OWN_ORDINAL, _SEVERAL
    assert _SEVERAL.search("三是广泛宣传,全面加强政策解读引导")
    assert not _SEVERAL.search(_OWN_ORDINAL.sub("", "2025年，三是广泛宣传,全面加强政策解读引导"))
