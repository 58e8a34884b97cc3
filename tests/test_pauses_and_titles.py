"""A space typed between two questions is a pause; a part carrying words of another part is
judged by its own words; a verb said in a later clause without figures belongs there only
with a noun of the question; a name holding a verb ('成人技术培训学校') and a figure done to
every school of a place ('对全县31所中小学开展…') count what there is; 'A、B均为100%' is each
one's figure; a stage listed bare shares the words after the last stage ('初中和普通高中专任
教师…'), and a row of stages gives the last one its own words; a share of a target is how
much of it was done ('为年度目标任务的167%'); a kind among all ('…中有民办学校…') or a
modifier before a word the question names ('普惠性民办园') narrows what is counted; what
the asker heard ('我是…老师，听说…办了机关党校，…') is part of the question, not their story.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某县教育工作总结

2021年,开展安全隐患排查整治42次、安全教育培训16场次。
2021年,成立家庭教育指导中心,创建省级家庭教育示范校30所、家庭教育先进校12所,我县被评为家庭教育工作示范县。
2021年,成人技术培训学校215所,注册8.6万人。
2021年,组织第二届德育干部培训活动,对全县47所中小学开展德育工作评估。
2021年,小学适龄儿童入学率、初中入学率均为100%,初中三年巩固率为98.06%。
2021年,小学、初中、普通高中专任教师学历达标率分别为100%、99.82%、98.75%。
2021年,争取上级资金3.2亿元,为年度目标任务2亿元的160%。
2021年,全县现有各级各类学校及幼儿园320所。现有各级各类学校及幼儿园中有民办学校及幼儿园96所。
2021年,全县有幼儿园90所,其中公办园30所,民办园60所;全县普惠性民办园45所。
2021年,成立教体机关党校,组织学习贯彻党的二十大精神专题示范班4期。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-zongjie.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2022)


def test_a_space_between_two_questions_is_a_pause():
    assert tx.normalize_question("排查整治搞了几次 安全培训几场") == "排查整治搞了几次，安全培训几场"
    assert tx.normalize_question("目标是多少 完成了百分之几") == "目标是多少，完成了百分之几"
    # the second half says what the first counts: no pause
    assert " " in tx.normalize_question("一共拿了多少个奖 一二三等奖加起来")
    assert tx.normalize_question("去年 新招了多少老师") == "去年 新招了多少老师"


def test_two_questions_typed_with_a_space_get_both_figures(county):
    answer = county.ask("去年安全隐患排查整治搞了几次 安全培训几场")
    assert "42次" in answer.answer and "16场次" in answer.answer


def test_a_part_is_judged_by_its_own_words(county):
    answer = county.ask("孩子安全最要紧，去年搞了多少次安全隐患排查整治？安全教育培训又办了多少场？")
    assert "42次" in answer.answer and "16场次" in answer.answer
    assert "没有找到" not in answer.answer


def test_a_later_clause_without_the_noun_is_no_home_of_the_verb(county):
    answer = county.ask("省级家庭教育示范校评上了多少所？")
    assert answer.answerable and "30所" in answer.answer
    assert "12所" not in answer.answer


def test_a_name_holding_a_verb_counts_what_there_is(county):
    answer = county.ask("成人技术培训学校有多少所？")
    assert "215所" in answer.answer


def test_schools_of_the_whole_county_worked_on_are_all_of_them(county):
    answer = county.ask("全县有几所中小学？")
    assert answer.answerable and "47所" in answer.answer


def test_each_of_a_list_is_the_figure_said_of_all():
    from types import SimpleNamespace

    from assistant.guards import scope

    term = SimpleNamespace(word="小学适龄儿童入学率", alternatives=("小学适龄儿童入学率",),
                           focus=True)
    plan = SimpleNamespace(terms=[term], question="小学适龄儿童入学率是多少")
    assert scope(plan, ["小学适龄儿童入学率、初中入学率均为"]) == ()
    assert scope(plan, ["小学适龄儿童入学率、初中入学率"]) == ("初中",)


def test_each_of_a_list_answers_one_of_them(county):
    answer = county.ask("小学适龄儿童的入学率是多少？")
    assert answer.answerable and "100%" in answer.answer


def test_a_bare_stage_shares_the_words_after_the_last_one():
    parts = split("初中和普通高中专任教师学历达标率分别是多少？")
    assert parts.questions == ("初中专任教师学历达标率多少", "普通高中专任教师学历达标率多少")
    assert split("小学和普通高中分别有多少所").questions == ("小学多少所", "普通高中多少所")


def test_stages_listed_get_their_own_figures(county):
    answer = county.ask("初中和普通高中专任教师学历达标率分别是多少？")
    assert "99.82%" in answer.answer and "98.75%" in answer.answer


def test_a_share_of_the_target_is_how_much_was_done(county):
    answer = county.ask("去年争取上级资金完成了百分之多少？")
    assert answer.answerable and "160%" in answer.answer
    answer = county.ask("争取上级资金实际多少、目标多少、完成比例多少？")
    assert all(f in answer.answer for f in ("3.2亿元", "2亿元", "160%"))


def test_a_row_of_stages_gives_each_its_words():
    from assistant.respective import respective_words

    row = "小学、初中、普通高中专任教师学历达标率分别为100%、99.91%、99.43%。"
    assert respective_words(row, row.find("99.91")) == "初中专任教师学历达标率"
    assert respective_words(row, row.find("99.43")) == "普通高中专任教师学历达标率"


def test_a_kind_among_all_is_a_part(county):
    answer = county.ask("全县一共有多少所学校和幼儿园？")
    assert answer.answerable and "320所" in answer.answer and "96所" not in answer.answer


def test_a_modifier_before_the_asked_word_narrows(county):
    answer = county.ask("私立幼儿园有多少家？")
    assert answer.answerable and "60所" in answer.answer and "45所" not in answer.answer


def test_what_the_asker_heard_is_asked():
    from assistant.preamble import preamble_end

    q = "我是学校的党员老师，听说去年教体局办了机关党校，专题示范班一共办了几期？"
    assert q[preamble_end(q):].startswith("听说")
    assert preamble_end("孩子明年上幼儿园，去年新建了几所幼儿园？") == 9


def test_a_question_after_the_askers_story_and_hearsay(county):
    answer = county.ask("我是学校的党员老师，听说去年教体局办了机关党校，学习二十大精神的专题示范班"
                        "一共办了几期？")
    assert answer.answerable and "4期" in answer.answer
