"""Whose things a bare figure counts. A statistics page writes '全市高中阶段共有学校8所。招生
8057人,在校生29396人,专任教师2287人': the 2287 teachers are those of the 高中阶段 schools,
not all the city's teachers; '幼儿园共有教职工1405人,专任教师1029人': 1029 are the
kindergartens' teachers. A '、' list whose first item names what they all count ('其中专任
教师幼儿园259人、小学901人、中职学校108人') lends it to the later items. A paragraph opening
with 其中 goes on in the year of the paragraph before, and a 学年 title names the year it
starts in. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from assistant.listing import list_prefix
from ingest.facts import _title_years
from tests.conftest import deployed

TEXT = """【统计数据】2021-2022学年度某市教育事业统计数据

根据统计,2021-2022学年全市共有各级各类学校120所,在校生90000人,专任教师8000人。
一、学前教育
2021年,全市共有幼儿园50所,在园幼儿12000人。幼儿园共有教职工1300人,专任教师950人。
二、义务教育
2021年,全市共有义务教育阶段学校60所,招生15000人,在校生60000人,专任教师5500人。
其中普通小学40所,招生10000人,在校生42000人。小学共有教职工3400人,专任教师3300人。
三、高中阶段教育
2021年,全市高中阶段共有学校7所。招生6100人,在校生18000人,专任教师1550人。
其中普通高中5所,招生4300人,在校生13000人。
四、教师
教职工9100人,其中专任教师幼儿园950人、小学3300人、初中2200人、中职学校 260 人、职业技术学院88人。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-tongji.txt", TEXT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2021)


def test_teachers_of_a_kind_of_school_do_not_answer_for_all(city):
    answer = city.ask("2021年全市专任教师共有多少人？")
    assert answer.answerable and "8000人" in answer.answer
    assert "1550" not in answer.answer and "5500" not in answer.answer


def test_a_sentence_counting_schools_lends_them_to_the_bare_items_after_it(city):
    answer = city.ask("全市高中阶段在校生有多少人？")
    assert answer.answerable and "18000人" in answer.answer and "高中阶段" in answer.answer
    assert "高中阶段共有学校7所" in answer.citations[0].quote


def test_the_owner_of_a_sentence_owns_its_bare_items(city):
    answer = city.ask("幼儿园专任教师有多少人？")
    assert answer.answerable and "950人" in answer.answer and "幼儿园" in answer.answer
    answer = city.ask("义务教育阶段专任教师有多少人？")
    assert answer.answerable and "5500人" in answer.answer


def test_a_qizhong_paragraph_keeps_the_year_of_the_one_before(city):
    answer = city.ask("2021年普通高中招生多少人？")
    assert answer.answerable and "4300人" in answer.answer and "6100" not in answer.answer


def test_a_school_year_title_names_the_year_it_starts_in():
    assert _title_years("2023-2024学年度教育事业统计数据") == (2023, 2023)
    assert _title_years("2025年工作总结及2026年工作打算") == (2025, 2026)


def test_the_first_item_of_a_list_says_what_the_later_ones_count(city):
    assert list_prefix("其中专任教师幼儿园259人", "中职学校 108 人") == "专任教师"
    assert list_prefix("其中城区小学4所", "初中3所") == "城区"
    assert list_prefix("新建小学3所", "初中2所") == ""       # a verb: shared otherwise
    answer = city.ask("中职学校专任教师有多少人？")
    assert answer.answerable and "260" in answer.answer and "950" not in answer.answer
    answer = city.ask("职业技术学院有多少专任教师？")
    assert answer.answerable and "88人" in answer.answer


def test_a_part_never_answers_for_the_whole_staff(city):
    answer = city.ask("中职学校教职工有多少人？")
    assert "260" not in answer.answer


def test_a_follow_up_saying_the_last_noun_in_other_words_swaps_the_stage():
    assert standalone("那初中老师呢？", ["某市小学有多少专任教师？"]) == "某市初中有多少专任教师？"


def test_the_follow_up_is_answered_with_the_last_questions_noun(city):
    answer = city.ask("那初中老师呢？", history=["某市小学有多少专任教师？"])
    assert answer.answerable and "2200人" in answer.answer


def test_items_between_a_lender_and_a_figure_do_not_stop_it(tmp_path_factory):
    from assistant.listing import bare

    assert bare("在园幼儿17193 人", where=True)        # a space before the unit names nothing
    town = deployed(tmp_path_factory, "moushi-2023.txt",
                    "某市教育统计\n2023年,全市共有幼儿园81所,入园儿童3354人,在园幼儿17193 人。\n"
                    "其中民办幼儿园30所,在园幼儿6000人。\n",
                    bureau_name="某市教育局", home_places=["某市"], current_year=2023)
    answer = town.ask("某市上幼儿园的小朋友总共有多少？")
    assert answer.answerable and "17193" in answer.answer and "6000" not in answer.answer


def test_a_counted_noun_phrase_ends_after_its_head():
    from assistant.intent import asked_unit, kind_of

    assert kind_of("县里筹措了多少资金落实乡村教师各种补贴？", ())[1] == "元"
    assert asked_unit("几所公办小学") == ("所", "小学")
    assert asked_unit("有多少名幼儿园教师获评优秀") == ("名", "教师")


def test_an_enumeration_marker_is_not_said_in_the_answer(tmp_path_factory):
    county = deployed(tmp_path_factory, "mouxian-shuzhi.txt",
                      "某县教育局局长述职报告\n(二)精准扶贫惠民生。一是共为17445名学生发放资助资金1387.4万元。"
                      "六是筹措940万元落实乡村教师各种补贴,目前,已全部发放到位。\n",
                      bureau_name="某县教育局", home_places=["某县"], current_year=2019)
    answer = county.ask("某县筹措了多少资金落实乡村教师各种补贴？")
    assert answer.answerable and "940万元" in answer.answer and "六是" not in answer.answer


YEARBOOK = """某市教育综述
2013年,全市共有各级各类学校(机构)3485所,在校生187.06万人。其中:高等学校、中等职业学校、普通中小学、特殊教育学校 2333 所,在校学生 139.08 万人;幼儿园 718 所,在园幼儿 28.25 万人。中等职业教育学校 35 所(含教师进修学校 10 所,另有附设中职班 1 所),招生 2.11 万人,在校生 6.7 万人。
"""


def test_a_figure_of_several_kinds_of_school_is_no_one_kinds(tmp_path_factory):
    from jiaoti.numbers import figure_values

    assert 67000 in figure_values("在校生 6.7 万人")       # a space does not part 6.7 and 万
    city = deployed(tmp_path_factory, "moushi-2013.txt", YEARBOOK, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2013)
    answer = city.ask("中职学校里一共有多少学生在读？")
    assert answer.answerable and "6.7 万人" in answer.answer and "139.08" not in answer.answer
    assert "中等职业教育学校" in answer.citations[0].quote
