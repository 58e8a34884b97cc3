"""Rows a clause leaves to the clause before it, years a detail leaves to the sentence it
details, and schools a sentence leaves to the one before. A '分别' clause naming only its
measure ('…,巩固率分别达100%和99.6%') counts the things the clause before it named in a row;
a row of two things joined by 和 ('小学入学率和辍学率分别为…') is a row; a '其中…' sentence
naming no year ('其中,录取清华3人、北大2人') belongs to the year of the sentence it details. A
sentence opening on '该项目' speaks of the school the sentence before opens on, a campus
('…中学新校区') is the school a sentence opens on, '规划24个教学班' is the school's classes
(no kind of them), '可容纳学生1800人' is its places, and '甲和乙一共投资多少钱' is a sum. A
state said of '项目' ('项目已于…开工,目前正在…施工,力争…投入使用') is under way, not a plan.
A stage's teachers ('小学老师') are the teachers a bare item counts after the stage's schools
('小学38所,在校生21567人,专任教师1320人;初中…'), and a comparison's second side naming its
own stage keeps it. A rate after a count ('本科上线2316人,上线率达68.5%') is the rate of the
thing counted ('本科上线率'), and a change against 去年 stated after it answers '比去年高了多少'.
'每人平均有多少' asks a figure per head (人均). A figure with 以上 before a noun ('56人以上大班额')
counts nothing, and the year before's base of a change ('由上年的23个减少到0个') is no answer to
a question naming no time. Two words apart by '各类…' ('上级各类教育资金') say the word they make
(上级资金), and '占财政支出多少' asks a share. Everyday words of a plan: '今年要招多少老师' asks the teachers to be hired (招聘), never the
staff there are; '专任教师比去年多了多少' asks this year's change, whatever year 今年 is.
A school named after 其中 or a ; owns the clauses after it ('其中青松小学…,总投资2800万元…;白桦路
小学…,总投资4200万元'), a sentence opening on a school's measure ('规划校园面积20亩') goes on about
the school the sentence before opens on, '办学人数' is the places a school will have, a
follow-up naming another school of the same kind ('那白桦路小学呢') asks of it, and 'A和B两所
加起来' adds A and B.
Text invented for the test."""

from __future__ import annotations

import pytest

from assistant.respective import respective_words
from tests.conftest import deployed, first_sentence as _first

REPORT = """某市2023年教育工作总结
一、基本情况
全市小学、初中入学率达100%,巩固率分别达99.8%和98.6%。
小学毕业率和升学率分别为99.1%和97.4%。
小学38所,在校生21567人,专任教师1320人;初中12所,在校生10234人,专任教师890人。
城区大班额全部消除,56人以上大班额由上年的23个减少到0个。
二、高中教育
高中教育成绩斐然。2022年,全市普通高考报考人数为6100人,共录取各类高校5020人。其中,录取清华4人、北大3人。
2021年,全市共录取各类高校4800人。
三、学校建设
东湖中学新校区位于城东新区。该项目总投资1.6亿元,规划办学规模为36个教学班,可容纳学生1800人,占地面积95亩。
北湖中学新校区总投资1.2亿元,规划48个教学班,可容纳学生2400人。
青山小学总投资3200万元,规划24个教学班;河西小学总投资4500万元,规划30个教学班。
南湖幼儿园。该项目总投资2100万元。项目已于2022年10月开工,目前正在进行主体施工,力争明年9月投入使用。
城区:新建两所小学,其中青松小学位于青松路,总投资2800万元,规划办学规模为24个教学班、办学人数1080人;白桦路小学位于白桦路,总投资4200万元,规划办学规模为30个教学班、办学人数1350人。
翠柏小学规划校园面积15亩。红枫小学位于红枫路。规划校园面积20亩,目前正在推进前期工作。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-rows.txt", REPORT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2023)


def test_a_respective_clause_naming_only_its_measure_borrows_the_row_before():
    text = "全市小学、初中入学率达100%,巩固率分别达99.8%和98.6%。"
    assert respective_words(text, text.index("98.6")) == "全市初中巩固率"
    assert respective_words(text, text.index("99.8")) == "全市小学巩固率"
    lone = "全市入学率达100%,巩固率分别达99.8%和98.6%。"
    assert respective_words(lone, lone.index("98.6")) != "全市初中巩固率"


def test_two_things_joined_by_he_are_a_row():
    text = "小学毕业率和升学率分别为99.1%和97.4%。"
    assert respective_words(text, text.index("97.4")) == "小学升学率"


def test_each_stage_of_a_borrowed_row_is_answered(city):
    answer = city.ask("初中的巩固率是多少？")
    assert answer.answerable and "98.6%" in _first(answer) and "99.8%" not in _first(answer)
    both = city.ask("小学和初中的巩固率分别是多少？")
    assert both.answerable and "99.8%" in _first(both) and "98.6%" in _first(both)


def test_a_rate_joined_by_he_is_answered_alone(city):
    answer = city.ask("小学升学率是多少？")
    assert answer.answerable and "97.4%" in _first(answer)


def test_a_detail_sentence_has_the_year_of_the_sentence_it_details(city):
    answer = city.ask("2022年考上清华的有几个人？")
    assert answer.answerable and "4人" in _first(answer)
    both = city.ask("2022年清华、北大各录取了几个人？")
    assert both.answerable and "4人" in _first(both) and "3人" in _first(both)
    for year in ("2021", "2023"):
        assert not city.ask(f"{year}年清华录取了几个人？").answerable


def test_a_sentence_on_the_project_speaks_of_the_school_named_before(city):
    answer = city.ask("东湖中学新校区投资多少钱？")
    assert answer.answerable and "1.6亿元" in _first(answer)
    places = city.ask("东湖中学新校区能收多少学生？")
    assert places.answerable and "1800人" in _first(places)


def test_a_campus_is_the_school_its_sentence_opens_on(city):
    answer = city.ask("北湖中学新校区能容纳多少学生？")
    assert answer.answerable and "2400人" in _first(answer) and "1800" not in _first(answer)


def test_classes_a_school_is_planned_for_are_its_classes(city):
    answer = city.ask("北湖中学新校区有几个教学班？")
    assert answer.answerable and "48个" in _first(answer)


def test_two_schools_invested_in_together_are_a_sum(city):
    answer = city.ask("青山小学和河西小学一共投资多少钱？")
    assert answer.answerable and "7700万元" in _first(answer)


def test_a_state_said_of_the_project_is_the_state_of_the_school_named_before(city):
    answer = city.ask("南湖幼儿园建好了吗？")
    assert answer.answerable and "正在进行主体施工" in _first(answer)
    assert answer.reason == "status:ongoing"


def test_a_time_said_of_the_project_answers_when_and_keeps_its_own_year(city):
    answer = city.ask("南湖幼儿园什么时候能用上？")
    assert answer.answerable and "明年9月" in _first(answer)
    assert "2022年，" not in _first(answer)


INTERVIEW = """区长访谈:今年新增学位4200个

2025年,我区将持续扩大教育资源供给,年内建成并投入使用学校4所,新增学位4200个。其中,光华道小学新增学位540个;第二幼儿园新增学位360个。

在师资方面,今年计划招聘教师300名。全区现有专任教师6200人,比上年增加210人。

今年高考,全区本科上线2316人,上线率达68.5%,比去年提高3.2个百分点。

全区经常参加体育锻炼人数比例达到42.3%,人均体育场地面积2.85平方米。

全年争取上级各类教育资金2.86亿元。全区教育支出15.6亿元,占一般公共预算支出的21.3%。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "moqu-fangtan.txt", INTERVIEW,
                    bureau_name="某区教育局", home_places=["某区"])


def test_teachers_to_be_hired_are_never_the_staff_there_are(district):
    for question in ("今年要招多少老师？", "今年招多少老师？"):
        answer = district.ask(question)
        assert answer.answerable and "300名" in _first(answer) and "6200" not in _first(answer)
        assert _first(answer).count("计划") == 1


def test_a_change_against_last_year_is_this_years(district):
    answer = district.ask("专任教师比去年多了多少？")
    assert answer.answerable and "210人" in _first(answer)


def test_a_sum_of_two_named_places_of_any_length(district):
    answer = district.ask("光华道小学和第二幼儿园一共新增多少学位？")
    assert answer.answerable and "900个" in _first(answer)


def test_a_stages_teachers_are_the_bare_item_after_its_schools(city):
    answer = city.ask("小学老师有多少？")
    assert answer.answerable and "1320人" in _first(answer) and "890" not in _first(answer)
    compared = city.ask("初中老师比小学老师少多少？")
    assert compared.answerable and "430人" in _first(compared)


def test_a_rate_after_a_count_is_the_rate_of_the_thing_counted(district):
    answer = district.ask("本科上线率是多少？")
    assert answer.answerable and "68.5%" in _first(answer)
    changed = district.ask("上线率比去年高了多少？")
    assert changed.answerable and "3.2个百分点" in _first(changed)


def test_each_persons_average_is_per_head(district):
    answer = district.ask("每人平均有多少体育场地？")
    assert answer.answerable and "2.85平方米" in _first(answer)


def test_a_bound_and_a_base_are_no_answer_to_how_many_now(city):
    answer = city.ask("大班额还有多少个？")
    assert answer.answerable and "0个" in _first(answer)
    assert "56人" not in _first(answer) and "23个" not in _first(answer)


def test_words_apart_by_a_kind_and_a_share_of_spending(district):
    answer = district.ask("今年争取了多少上级资金？")
    assert answer.answerable and "2.86亿元" in _first(answer)
    share = district.ask("教育支出占财政支出多少？")
    assert share.answerable and "21.3%" in _first(share) and "15.6" not in _first(share)


def test_a_school_named_after_qizhong_or_a_semicolon_owns_its_clauses(city):
    answer = city.ask("白桦路小学总投资多少？")
    assert answer.answerable and "4200万元" in _first(answer) and "2800" not in _first(answer)
    places = city.ask("青松小学能收多少个孩子？")
    assert places.answerable and "1080人" in _first(places)
    other = city.ask("那白桦路小学呢？", ["青松小学总投资多少？"])
    assert other.answerable and "4200万元" in _first(other)
    both = city.ask("青松小学和白桦路小学两所加起来总投资多少？")
    assert both.answerable and "7000万元" in _first(both)


def test_a_sentence_opening_on_a_measure_goes_on_about_the_school_before(city):
    answer = city.ask("红枫小学校园面积多少亩？")
    assert answer.answerable and "20亩" in _first(answer) and "15亩" not in _first(answer)
    other = city.ask("翠柏小学校园面积多少亩？")
    assert other.answerable and "15亩" in _first(other) and "20亩" not in _first(other)
