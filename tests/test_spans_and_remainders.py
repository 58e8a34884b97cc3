"""A heading may name its year without 年 ('01回顾2021,…'); items that share what follows
them ('被复旦、交大录取') are one; '一本上线' is a tier, no figure; a status question that
names the plan as known ('计划新建的那2所…建好了吗') is not answered by the plan; '那一年'
is the year of the question before; '这三年' is what reports write 近3年, and a total so
far says it; a fact that also says what the conversation was about outranks one that says
the question's words alone; '扣除…后还有多少' is a whole less its part; '大力推进' opens no
plan; '没证的' is 无证, and the thing counted comes after 的. Sentences invented for the test."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from jiaoti import text as tx
from jiaoti.numbers import heading_years
from tests.conftest import deployed

MEETING = """某县召开2022年教育体育工作会议
01回顾2021,稳步推进教育强县建设
2021年,全县投资2.3亿元,新建续建中小学4所,新增中小学学位6200个;
新建城南幼儿园等3所公办幼儿园;建成教师周转宿舍260间。
大力推进无证幼儿园专项治理,共排查出无证幼儿园40所,取得办园许可证6所,其他全部关停。
2021年高考,全县本科一本上线人数820人,上线率达到24%,其中5名学生被复旦、交大录取。
02展望2022,奋力开创新局面
2022年,将新建2所小学,拟招录300名教师。
"""

DIGEST = """關鍵詞:教育優先
2018年,全區財政投入經費120000萬元,其中項目建設資金45000萬元。
全年實施新建學校4所,投用學校2所,全部建成投用後,新增學位9000個。
近3年來,累計新建投用中小學6所,新增學位5400個。
近3年來,累計引進高水平人才50名,招聘優秀大學生300余名。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-huiyi.txt", MEETING, bureau_name="某县教育体育局",
                    home_places=["某县"], current_year=2022)


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-shushuo.txt", DIGEST, bureau_name="某区教育委员会",
                    home_places=["某区"], current_year=2018)


def test_a_heading_names_its_year_without_nian():
    assert heading_years("01回顾2021,稳步推进教育强县建设") == {2021}
    assert heading_years("02展望2022:") == {2022}
    assert heading_years("第2021,") == set()


def test_a_paragraph_under_a_year_heading_is_of_that_year(county):
    answer = county.ask("去年新建了几所公办幼儿园？")
    assert answer.answerable and "3所" in answer.answer


def test_that_year_is_the_year_asked_before(county):
    answer = county.ask("那一年建成教师周转宿舍多少间？", ["2021年新建了几所公办幼儿园？"])
    assert "260间" in answer.answer


def test_items_sharing_what_follows_are_one():
    text = "其中5名学生被复旦、交大录取"
    clause = tx.clauses(text, 0, len(text))[0]
    assert [text[a:b] for a, b in clause.items] == [text]
    text = "新建社区场地2个、活动中心1个"
    assert len(tx.clauses(text, 0, len(text))[0].items) == 2


def test_one_of_two_named_together_is_not_their_count(county):
    both = county.ask("2021年高考有几个学生考上复旦交大？")
    assert "5名" in both.answer and "交大" in both.citations[0].quote
    one = county.ask("那其中考上复旦的有几个？", ["2021年高考有几个学生考上复旦交大？"])
    assert not one.answerable and "5名" not in one.answer


def test_yiben_is_a_tier_not_a_figure(county):
    answer = county.ask("2021年一本上线多少人？")
    assert "一本上线人数820人" in answer.answer


def test_a_plan_named_as_known_is_no_state(county):
    answer = county.ask("今年计划新建的那2所小学建好了吗？")
    assert not answer.answerable and "计划" in answer.answer


def test_a_spoken_not_having_and_the_noun_after_de(county):
    answer = county.ask("去年查出来多少家没证的幼儿园？")
    assert "40所" in answer.answer and "计划" not in answer.answer    # (大力推进: no plan)


def test_a_remainder_named_by_what_became_of_it(county):
    answer = county.ask("2021年排查出的无证幼儿园里，除了取得办园许可证的，被关停的有多少所？")
    assert "34所" in answer.answer


def test_these_three_years_are_the_recent_three(district):
    assert tx.normalize_question("这三年新增了多少学位") == "近三年新增了多少学位"
    answer = district.ask("這三年一共新增了多少個學位?")
    assert "5400" in answer.answer and "近3年" in answer.answer


def test_a_total_so_far_says_the_words_of_its_sentence(district):
    answer = district.ask("近3年來累計招聘優秀大學生多少名?")
    assert "300余名" in answer.answer


def test_the_conversations_words_rank_a_fact_higher(district):
    answer = district.ask("那新增了多少學位?", ["某區近三年新建投用了幾所中小學?"])
    assert "5400" in answer.answer and "9000" not in answer.answer


def test_a_whole_less_its_part_after_kouchu(district):
    answer = district.ask("2018年全區財政投入經費扣除項目建設資金後還有多少?")
    assert "75000万元" in answer.answer


def test_a_difference_keeps_wan_in_a_traditional_copy():
    from assistant.arith import written

    facts = [SimpleNamespace(unit="元", raw="120000萬元"), SimpleNamespace(unit="元", raw="45000萬元")]
    assert written(Decimal("750000000"), facts) == "75000万元"


CHECK = """2019年9月2日,某市教育局检查某县城区学校建设。
某县第三初中投资1.5亿元,占地90亩,建筑面积3.2万余平方米,可提供1800个学位,目前已做好开学准备。
某县第一高中投资3亿元,占地210亩,建筑面积6.1万余平方米,提供学位4200个,2020年9月投入使用。
2019年某县从师范院校招聘本科以上学历毕业生15人,其中研究生4人;招聘引进在职优秀教师7人。
"""


@pytest.fixture(scope="module")
def schools(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-jiancha.txt", CHECK, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2019)


def test_ordinal_schools_as_people_say_them():
    assert tx.school_forms("二高") == ["第二高中", "第二高级中学"]
    assert "第四初中" in tx.school_forms("四中") and tx.school_forms("第四初中") == ["四中"]
    assert "二高" in tx.words("二高能提供多少个学位")


def test_land_is_an_area_and_the_thing_not_its_verb(schools):
    answer = schools.ask("某县三中占了多少地？").answer
    assert "90亩" in answer and "投资" not in answer and "亿元" not in answer


def test_how_many_pupils_a_school_holds_is_its_places(schools):
    assert "4200个" in schools.ask("一高能收多少个学生？").answer


def test_a_school_stands_in_for_another_and_the_sentence_names_it(schools):
    answer = schools.ask("一高呢？", ["某县三中能提供多少个学位？"])
    assert "4200个" in answer.answer


def test_a_sentence_after_a_semicolon_keeps_its_year(schools):
    assert "7人" in schools.ask("2019年某县招聘引进在职优秀教师多少人？").answer


def test_when_words_are_no_topic(schools):
    answer = schools.ask("某市教育局哪天检查的某县城区学校建设？")
    assert answer.answerable and "9月2日" in answer.answer
