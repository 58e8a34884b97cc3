"""A news headline's figures are facts, of the plan its title heads ('…2025年工作重点来了');
a verb before a figure makes the noun after it the figure's own ('新建4所城区学校增学位
3600个'); a rise of money asked without a unit is answered by its rate, never by last year's
sum the sentence compares with; '具体是哪三项' is not answered by a sentence that counts three
and lists none; '优质均衡' is not the '基本均衡' a sentence names; a follow-up's own words pick
a table's column (and row) before the carried ones; a table of plan and result
answers the result when no plan is asked; a short home name that is also a county's
('邵阳': 邵阳市 and 邵阳县) means the place the full name pins down. Sentences invented for the
test. Also: '一次性' is no count of 次; '“十三五”末' keeps its 末; '多少所学校' is said inside
'…寄宿制学校和小规模学校提质工程'; '局长陈伟平介绍' names 陈伟平; '民办学位' is not the
'公办学位' a figure's own words say; figures in a quoted task ('“开工15所,推动完工18所”市办实事
任务') are targets, each with its own part, and answer no question that asks no target;
'A比例和B率达到93%' gives each rate; '安排补助资金' in the documents' own words asks no plan."""

from __future__ import annotations

import pytest

from jiaoti.places import Home, gazetteer
from tests.conftest import deployed

TEXT = """新建4所城区学校增学位3600个、落实三项举措实施精准帮扶……2025年某市教育工作重点来了!

2024年:教育经费投入较上年增长11.6%

2024年,某市教育经费投入12.5亿元,较上年11.2亿元增长11.6%。

2024年,完成新建学校6所,新增学位5000个。

2020年我市高标准通过国家义务教育基本均衡县认定。

“十三五”末全市义务教育阶段适龄人口入学率达到100%,小学六年巩固率达到94%,义务教育阶段毕业率达到99%。

2024年,启用新建公办园9所,民办园转公办园12所,增加公办学位3000个。

2024年,东湖小学等20所学校完工,超额完成“开工15所,推动完工18所”市办实事任务。

2024年,西湖小学、南山中学、北塘幼儿园等25所中小学幼儿园开工,公办义务教育在校生比例和学前教育普惠率达到93%。

2024年,实施美丽乡村学校建设项目,安排补助资金800万元。

2024年,完成9所公办幼儿园建设、30所农村集镇寄宿制学校和小规模学校提质工程。

附件:2024年各镇新增学位完成情况
类别 |
计划任务数 |
累计完成数 |
全市 |
4000 |
5000 |
甲镇 |
1200 |
1500 |
乙镇 |
900 |
1100 |
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-headline.txt", TEXT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2024)


def test_a_headline_states_the_plan_of_its_year(city):
    answer = city.ask("2025年计划新建几所城区学校？").answer
    assert "4所" in answer and "计划" in answer


def test_a_follow_up_keeps_the_headlines_plan(city):
    answer = city.ask("能增加多少学位？", ["2025年计划新建几所城区学校？"]).answer
    assert "3600个" in answer
    assert "5000" not in answer         # the 2024 result is another year


def test_a_rise_in_money_is_answered_by_its_rate(city):
    answer = city.ask("2024年教育经费投入比上年增长了多少？").answer
    assert "11.6%" in answer
    assert "11.2亿元" not in answer.split("。")[0]


def test_a_sum_asked_in_money_is_no_rate(city):
    answer = city.ask("2024年教育经费比上年多了多少钱？").answer
    assert "11.6%" not in answer


def test_which_three_is_not_answered_by_a_count(city):
    reply = city.ask("三项举措具体是哪三项？")
    assert not reply.answerable
    assert "4所" not in reply.answer and "3600" not in reply.answer


def test_another_kind_before_the_same_noun_is_refused(city):
    assert not city.ask("我市通过国家义务教育优质均衡县认定了吗？").answerable
    assert "2020年" in city.ask("我市通过国家义务教育基本均衡县认定了吗？").answer


def test_a_follow_up_names_its_own_column(city):
    answer = city.ask("实际完成了多少？", ["甲镇的计划任务数是多少？"]).answer
    assert "1500" in answer and "1200" not in answer


def test_a_short_home_name_means_the_place_the_full_name_pins():
    home = Home(["湖南省邵阳市", "邵阳"])
    county = next(m for m in gazetteer().find("邵阳县的学位") if m.form == "邵阳县")
    assert not home.is_home(county)
    assert home.inside(county)
    assert "邵阳县" not in home.forms()
    assert "邵阳市" in home.forms()


def test_a_table_of_plan_and_result_answers_the_result_when_no_plan_is_asked(city):
    assert "1500" in city.ask("甲镇新增了多少学位？").answer
    assert "1200" in city.ask("甲镇原来计划新增多少学位？").answer
    answer = city.ask("那乙镇呢？", ["甲镇新增了多少学位？"]).answer
    assert "1100" in answer and "1500" not in answer
    assert not city.ask("甲镇有多少所学校？").answerable


def test_one_off_is_no_count():
    from jiaoti.figures import counts_at

    assert counts_at("高一学考一次性全科合格率99.81%")[0].raw == "99.81%"
    assert [f.raw for f in counts_at("培训3次")] == ["3次"]


def test_a_period_in_quotes_keeps_its_end(city):
    # '“十三五”末全市…': 末 ends the quoted period, it starts no phrase of its own
    from assistant.query import plan_question

    plan = plan_question("“十三五”末全市义务教育阶段毕业率是多少？", city.index.snapshot(), 2024,
                         ("某市",))
    assert "毕业率" in [t.word for t in plan.terms]
    assert not [t.word for t in plan.terms if t.word.startswith("末")]


def test_the_counted_noun_is_said_inside_a_longer_phrase(city):
    # '…寄宿制学校和小规模学校提质工程涉及多少所学校': 学校 is a word of that phrase
    answer = city.ask("2024年完成的农村集镇寄宿制学校和小规模学校提质工程涉及多少所学校？").answer
    assert "30所" in answer



def test_a_name_before_what_the_person_said():
    from jiaoti.names import person_names

    assert person_names("市教育局党委书记、局长陈伟平介绍,2021年…") == ["陈伟平"]
    assert person_names("副局长李明出席会议") == ["李明"]
    assert person_names("全市校长介绍经验") == []


def test_a_kind_beside_the_asked_one_is_not_it(city):
    assert "3000个" in city.ask("2024年增加了多少个公办学位？").answer
    assert not city.ask("2024年增加了多少个民办学位？").answerable


def test_a_quoted_task_is_a_target_with_its_own_parts(city):
    answer = city.ask("2024年完工了多少所学校？").answer
    assert "20所" in answer and "18所" not in answer
    assert "18所" in city.ask("市办实事任务要求完工多少所？").answer
    assert "2所" in city.ask("2024年完工的学校比市办实事任务要求的完工数多了多少所？").answer


def test_two_rates_of_one_figure(city):
    # '…在校生比例和学前教育普惠率达到93%': each rate is 93%
    assert "93%" in city.ask("学前教育普惠率达到多少？").answer


def test_the_documents_own_verb_asks_no_plan(city):
    # '安排补助资金' is what the report did (allocated), not a plan the question asks for
    assert "800万元" in city.ask("美丽乡村学校建设项目安排补助资金多少？").answer

