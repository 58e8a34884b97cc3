"""A statistics bulletin's shapes: a lead ending on a colon ('…生均…经费增长情况为:') and the
numbered items after it ('(1)全市幼儿园为3120.45元,…') — the items are what the lead
speaks of, and an item without a full stop is no heading; a figure said right after
'比上年(的)' is the year before's; a figure after '占' is the whole a share is taken of,
not the part ('A占B 1520000万元的比例'); named examples before '等12所中小学幼儿园' are
instances of what is asked, not a narrower scope, and a place in an example's name
('滑县中学、…等9所') is no place of the figure; a question's '上小学的孩子' counts
'小学在校…人'; a year said by two digits where a time is said ('23年…') is that year; a
project's count lends its thing to the floor space after it; a verb's direction ('贷出去')
is no thing asked; an unknown word that sets apart a part of a noun the question said
('…经费里农村学校的') must be said; last year's figure that lacks a word of the question
('财政预算…') is not given; what a question asks within ('新增的学位里，…哪个多') is what
it counts, not the schools; a rise asked of '由1000元提高到1250元' is both and their difference.
Text invented for the test."""

from __future__ import annotations

import pytest

from jiaoti.figures import namely_part
from jiaoti.text import normalize_question
from tests.conftest import deployed

BULLETIN = """某市2023年教育经费执行情况公告
一、全市教育经费总投入情况
2023年,全市教育经费总投入为125430万元,比上年的118760万元增长5.62%。其中,国家财政性教育经费为80000万元,比上年75000万元增长6.67%。
二、各级教育生均一般公共预算教育经费情况
2023年全市幼儿园、普通小学、普通初中生均一般公共预算教育经费增长情况为:
(1)全市幼儿园为3120.45元,比上年2987.10元增长4.46%。
(2)全市普通小学为10250.30元,比上年10012.80元增长2.37%
(3)全市普通初中为15620.75元,比上年15870.20元下降1.57%。
三、一般公共预算教育经费占一般公共预算支出比例情况
2023年,全市一般公共预算教育经费为98000万元。全市一般公共预算教育经费占一般公共预算支出1520000万元的比例6.45%,比上年的6.80%下降0.35个百分点。
四、学校建设和学生
2023年,城东小学、南湖中学、滨江实验学校等12所中小学幼儿园开工,新增学位6300个。全市小学在校56210人,初中在校25110人。
五、项目和安全
“十四五”以来,全市实施校舍安全工程12个,建设校舍8.5万平方米;标准化学校项目6个,建设校舍2.4万平方米;
2023年,召开安全工作会议3次,开展各类安全教育15次。实施了滑县中学、淇县高级中学等9所义务教育阶段学校改造工作。全市优质园占比由去年的55%提升至65%。为800余名大学新生办理助学贷款,发放贷款520.5万元。
2023年,寄宿生生活补助由1000元提高到1250元。2023年秋季新增学位4.8万个。其中城南高中园、城北高中园等6所公办普高,新增学位1.2万个,公办义务教育学校20所,新增学位3.6万个。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-jingfei-2023.txt", BULLETIN,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2023)


def test_numbered_items_speak_of_their_lead(city):
    answer = city.ask("2023年某市幼儿园生均一般公共预算教育经费是多少？")
    assert answer.answerable and "3120.45元" in answer.answer
    answer = city.ask("2023年某市普通初中生均一般公共预算教育经费是多少？")
    assert answer.answerable and "15620.75元" in answer.answer


def test_an_item_without_a_full_stop_is_no_heading(city):
    snap = city.index.snapshot()
    items = [c for c in snap.chunks.values() if c.text.startswith("(")]
    assert len(items) == 3 and all(c.kind == "paragraph" for c in items)
    assert all(c.section.endswith("增长情况为:") for c in items)
    answer = city.ask("2023年某市普通小学生均一般公共预算教育经费是多少？")
    assert answer.answerable and "10250.30元" in answer.answer


def test_a_figure_right_after_last_year_is_last_years(city):
    answer = city.ask("2022年某市教育经费总投入是多少？")
    assert answer.answerable and "118760万元" in answer.answer
    assert answer.answer.startswith("2022年") and "125430" not in answer.answer.split("。")[0]
    answer = city.ask("2023年某市教育经费总投入是多少？")
    assert answer.answerable and "125430万元" in answer.answer


def test_the_whole_a_share_is_taken_of_is_the_figures_subject(city):
    text = "全市一般公共预算教育经费占一般公共预算支出1520000万元的比例6.45%"
    part, at = namely_part(text, text.index("1520000"))
    assert part.startswith("一般公共预算支出") and part[at:].startswith("1520000")
    answer = city.ask("2023年某市一般公共预算教育经费是多少？")
    assert answer.answerable and "98000万元" in answer.answer
    assert "1520000" not in answer.answer.split("。")[0]


def test_named_examples_are_instances_of_what_is_asked(city):
    answer = city.ask("2023年某市有多少所中小学幼儿园开工？")
    assert answer.answerable and "12所" in answer.answer


def test_attending_a_stage_counts_its_pupils_in_school(city):
    answer = city.ask("某市上小学的孩子有多少？")
    assert answer.answerable and "56210人" in answer.answer


def test_a_two_digit_year_where_a_time_is_said():
    assert normalize_question("93年那会儿有几所幼儿园？").startswith("1993年")
    assert normalize_question("21年洛宁过本科线的有多少？").startswith("2021年")
    assert normalize_question("在05年，学生多少").startswith("在2005年")
    assert "93年" in normalize_question("建校93年了，有多少学生？")
    assert normalize_question("10年来新建多少所学校？").startswith("10年来")


def test_a_projects_count_lends_its_thing_to_the_area_after_it(city):
    answer = city.ask("标准化学校项目建设校舍多少万平方米？")
    assert answer.answerable and "2.4万平方米" in answer.answer


def test_a_place_in_an_examples_name_is_no_scope(city):
    answer = city.ask("2023年实施改造的义务教育阶段学校有多少所？")
    assert answer.answerable and "9所" in answer.answer


def test_last_years_figure_said_as_last_years(city):
    answer = city.ask("2022年全市优质园占比是多少？")
    assert answer.answerable and "55%" in answer.answer and "65%" not in answer.answer


def test_a_verbs_direction_is_no_thing(city):
    answer = city.ask("助学贷款一共贷出去多少钱？")
    assert answer.answerable and "520.5万元" in answer.answer


def test_a_part_set_apart_by_an_unknown_word_is_not_the_whole(city):
    answer = city.ask("其中农村学校的是多少？", ["2023年某市普通初中生均一般公共预算教育经费是多少？"])
    assert not answer.answerable and "15620.75" not in answer.answer


def test_last_years_figure_lacking_a_word_asked_is_not_given(city):
    answer = city.ask("2022年财政预算给某市教育的钱是多少？")
    assert "75000" not in answer.answer


def test_what_is_asked_within_is_what_is_counted(city):
    answer = city.ask("2023年秋季新增的学位里，公办义务教育学校和公办普高哪个多？")
    assert "6所" not in answer.answer and "20所" not in answer.answer


def test_a_rise_from_one_value_to_another(city):
    answer = city.ask("寄宿生生活补助提高了多少钱？")
    assert answer.answerable and "1250元" in answer.answer and "1000元" in answer.answer
    assert "提高了250元" in answer.answer
    answer = city.ask("寄宿生生活补助现在是多少？")
    assert answer.answerable and "1250元" in answer.answer and "250元" not in answer.answer.replace("1250元", "")
