"""What a sum paid for, intakes against what there is, and rows of changes: '投资1亿元,新建…'
— the clause after a bare sum is what it paid for, and the answer says it; a figure followed
by '和…' counts the thing before it only; a question about newcomers ('新进', '新入园',
'招了') is never answered by how many there are, nor by a stock whose change follows it;
'新增A 1.2万个、B 2.7万个,同比增长33.33%、80%' pairs the changes with the things in order;
'A是B的几倍' is computed, and which grew more against last year; 国家 is no higher level of
its own (not 省级); '几级' asks a level, not a sum; an event held ('举办') is done; 放学后 is
课后; a refusal's note names no figure of the question. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.respective import respective_words
from ingest.facts import _subject
from jiaoti.figures import figures_at
from tests.conftest import deployed

TEXT = """某区教育工作总结

2023年,全区现有幼儿园40所,在园幼儿9800人,其中新入园幼儿3100人。

2023年我区在园幼儿9800人,比上年增加150人。

投资1.5亿元,新建实验小学二校区,总建筑面积3.6万平方米,可容纳36个教学班;投资4.2亿元,新建成育才学校,校舍面积6.1万平方米,可容纳72个教学班。投资5000万元,维修改造第一中学运动场1.8万平方米和图书馆、学生宿舍。筹措资金18.5万元,为300多名学生发放助学金95余万元。

新增幼儿园学位1.5万个、中小学学位3.0万个,同比增长25%、60%。区级课题成果被国家、省级媒体报道45篇。

投资2亿元,新建东区小学,可容纳42个教学班;投资3亿元,新建西区小学,可容纳44个教学班。

投资3000万元,规划修建第二中学图书馆,成功创建为省二级示范高中。2023年首次举办教师节庆祝大会。义务教育学校实现课后服务“5+2”模式全覆盖。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-zongjie-2023.txt", TEXT,
                    bureau_name="某区教育局", home_places=["某区"], current_year=2023)


def test_the_clause_after_a_bare_sum_is_what_it_paid_for(district):
    answer = district.ask("育才学校投了多少钱？")
    assert answer.answerable and "4.2亿元" in answer.answer
    assert "新建成育才学校" in answer.answer        # the answer says what it paid for
    answer = district.ask("第一中学维修改造运动场、图书馆和学生宿舍投资多少？")
    assert answer.answerable and "5000万元" in answer.answer


def test_a_clause_with_a_sum_of_its_own_is_not_what_another_paid_for(district):
    answer = district.ask("发放助学金的学生有多少名？")
    assert "18.5万元" not in answer.answer


def test_a_figure_followed_by_he_counts_the_thing_before_it():
    text = "维修改造第一中学运动场1.8万平方米和图书馆"
    fig = figures_at(text)[0]
    assert _subject(text, fig, "") == "维修改造第一中学运动场 和图书馆"
    text = "完成幼儿园等级评定和4所小区配套幼儿园认定"     # which of the two: not sure
    fig = figures_at(text)[0]
    assert _subject(text, fig, "") == "完成幼儿园等级评定和小区配套幼儿园认定"


def test_one_of_two_things_a_figure_closes_is_answered(district):
    answer = district.ask("第一中学维修改造的运动场有多大？")
    assert answer.answerable and "1.8万平方米" in answer.answer


def test_money_opening_a_paragraph_is_no_topic_of_its_rooms(district):
    answer = district.ask("它能容纳多少个班？", ["育才学校是新建的吗？投了多少钱？"])
    assert answer.answerable and "72个" in answer.answer and "36个" not in answer.answer


def test_newcomers_are_not_answered_by_how_many_there_are(district):
    for question in ("今年新进幼儿园的小朋友有多少个？", "今年刚进幼儿园的小朋友有多少？",
                     "今年幼儿园招了多少小朋友？"):
        answer = district.ask(question)
        assert "9800人" not in answer.answer, question
    answer = district.ask("今年新入园的小朋友有多少个？")
    assert answer.answerable and "3100人" in answer.answer
    answer = district.ask("现在幼儿园里有多少小朋友？")
    assert answer.answerable and "9800人" in answer.answer


def test_a_row_of_changes_pairs_with_the_things_in_order():
    text = "新增幼儿园学位1.5万个、中小学学位3.0万个,同比增长25%、60%。"
    assert respective_words(text, text.find("60%")) == "新增中小学学位同比增长"
    assert respective_words(text, text.find("25%")) == "新增幼儿园学位同比增长"
    assert respective_words(text, text.find("3.0万个")) is None
    answer_text = "新增学位1.5万个,同比增长25%。"      # one thing, one change: no row
    assert respective_words(answer_text, answer_text.find("25%")) is None


def test_how_many_times_is_computed(district):
    answer = district.ask("新增的中小学学位数是幼儿园学位数的几倍？")
    assert answer.answerable and "3.0万个" in answer.answer and "1.5万个" in answer.answer
    assert "前者是后者的2倍" in answer.answer


def test_national_media_are_not_national_and_provincial_together(district):
    answer = district.ask("区级课题成果被国家级媒体报道了多少篇？")
    assert not answer.answerable and "45篇" not in answer.answer


def test_a_refusal_note_names_no_figure_of_the_question(district):
    answer = district.ask("筹措的18.5万元，到现在实际已经花出去多少？")
    assert not answer.answerable
    assert "18" not in answer.answer and "“5" not in answer.answer


def test_each_things_change_against_last_year_is_compared(district):
    answer = district.ask("新增的幼儿园学位和中小学学位，跟上一年比哪个涨幅更大？")
    assert answer.answerable and "25%" in answer.answer and "60%" in answer.answer
    assert "后者多于前者" in answer.answer


def test_a_level_asked_is_no_sum(district):
    answer = district.ask("第二中学现在是几级示范高中？")
    assert "3000万元" not in answer.answer


def test_an_event_held_is_done(district):
    answer = district.ask("2023年教师节庆祝大会办了没有？")
    assert answer.answerable and "举办" in answer.answer


def test_after_school_is_said_either_way(district):
    answer = district.ask("孩子放学后的课后服务是啥模式？")
    assert answer.answerable and "5+2" in answer.answer



def test_a_follow_up_naming_only_a_thing_asks_the_same_change(district):
    answer = district.ask("那中小学学位呢？", ["新增幼儿园学位同比增长了多少？"])
    assert answer.answerable and "60%" in answer.answer and "3.0万个" not in answer.answer
    answer = district.ask("那中小学学位呢？", ["新增幼儿园学位多少个？"])
    assert answer.answerable and "3.0万个" in answer.answer


def test_a_difference_inside_a_stated_figure_is_no_unsupported_figure(district):
    answer = district.ask("东区小学和西区小学，哪个能装的班多？各能容纳多少个班？")
    assert answer.answerable and "42个" in answer.answer and "44个" in answer.answer
    answer = district.ask("西区小学比东区小学多几个教学班？")
    assert answer.answerable and "多2个" in answer.answer

