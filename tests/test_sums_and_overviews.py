"""Sums and comparisons in everyday wording ('A加上B，一共多少', '比…多搞了几次'), cases
counted in 起, and an overview paragraph whose opening counts several kinds: it is no topic
for the figures after it. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from jiaoti.figures import counts_at
from tests.conftest import deployed

TEXT = """某县教育概况

全县共有中小学和幼儿园40所,其中,小学15所、九年一贯制学校4所、幼儿园20所、特殊教育学校1所。全县在校生20000人,其中,初中5000人、小学11000人、幼儿4000人。全县中小学在编教师1500人,特岗教师80人。幼儿园在职教师300人。
上半年召开安全工作会议3次,开展各类安全教育15次。深入开展行风专项整治,立案调查3起6人次,批评教育9人次。
投资500万元实施乡镇标准化寄宿制学校建设项目10个,新建校舍20000平方米。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-gaikuang2.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


def test_a_plus_b_then_a_total_is_a_sum_computed_in_code():
    parts = split("在编老师加上特岗老师，全县一共有多少老师？")
    assert parts is not None and parts.compare == "sum" and len(parts.questions) == 2
    # a list of three before 再加上 stays one list of three
    three = split("新建的、改扩建的再加上回收的幼儿园，一共多少所？")
    assert three is None or len(three.questions) != 2


def test_more_by_how_many_with_a_verb_after_more(county):
    parts = split("安全教育比安全工作会议多搞了几次？")
    assert parts is not None and parts.compare == "diff"
    answer = county.ask("上半年安全教育比安全工作会议多搞了几次？")
    assert answer.answerable and "12次" in answer.answer


def test_cases_are_counted_in_qi_and_each_part_is_answered(county):
    assert [f.raw for f in counts_at("立案调查3起6人次")] == ["3起", "6人次"]
    answer = county.ask("行风专项整治中立案调查和批评教育各涉及多少人次？")
    assert answer.answerable and "6人次" in answer.answer and "9人次" in answer.answer


def test_an_overview_opening_lends_no_kind_to_the_figures_after_it(county):
    answer = county.ask("县里上幼儿园的娃总共有多少？")
    assert "20000" not in answer.answer


def test_an_area_asked_as_how_big_is_read_from_its_unit(county):
    answer = county.ask("今年新盖的校舍有多大面积？")
    assert answer.answerable and "20000平方米" in answer.answer


def test_everyday_words_for_rural_and_serving_teachers(county):
    answer = county.ask("乡下寄宿制学校那一块花了多少钱？")
    assert answer.answerable and "500万元" in answer.answer
    answer = county.ask("幼儿园里的老师有多少？")
    assert answer.answerable and "300人" in answer.answer


def test_a_sum_with_a_part_nobody_can_pick_is_refused(county):
    # '学校' alone fits 九年一贯制学校4所 and 特殊教育学校1所 equally: no sum of either
    answer = county.ask("某县的学校和幼儿园加在一块儿一共有多少所？")
    assert not answer.answerable or "40所" in answer.answer


STAFF = """某县教育基本情况

2018年秋季学期,全县初中在校生9000人,其中在县城4所初中就读6000人。全县现有在校学生30000人,其中,小学生15000人,高中生6000人。全县教职工共2000人(专任教师1900人,大专以上学历1500人),其中高中教师300人,初中600人,小学900人,学前20人(不含民办幼儿园教师)。推荐评选市级优秀党员3人、优秀党务工作者1人,某县级优秀党员12人。3所普通高中创建了2处省级、1处市级特色高中,3处省级、5处市级学科基地。
"""


@pytest.fixture(scope="module")
def staff(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-jiaozhigong.txt", STAFF, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2018)


def test_what_a_figure_leaves_out_is_not_what_it_counts(staff):
    answer = staff.ask("民办幼儿园的老师有多少人？")
    assert not answer.answerable and "20人" not in answer.answer


def test_those_not_somewhere_or_without_something_are_not_answered_by_the_others(staff):
    answer = staff.ask("读初中的娃里，不在县城那4所初中读的有多少人？")
    assert "6000" not in answer.answer
    answer = staff.ask("专任老师里没有大专以上学历的有多少？")
    assert not answer.answerable and "300人" not in answer.answer and "1500人" not in answer.answer


def test_a_when_question_is_not_answered_with_a_count(staff):
    answer = staff.ask("这些学生的数字是哪个时候统计的？")
    assert "9000" not in answer.answer and "6000" not in answer.answer


def test_a_level_named_after_the_home_place_is_asked_for(staff):
    answer = staff.ask("某县级的优秀党员评了几个？")
    assert answer.answerable and "12人" in answer.answer and "3人" not in answer.answer


def test_the_scope_before_a_pair_goes_with_both(staff):
    answer = staff.ask("特色高中里省级的和市级的各有几处？")
    assert answer.answerable and "2处" in answer.answer and "1处" in answer.answer
    assert "5处" not in answer.answer
    parts = split("学科基地省级的加市级的一共有几处？")
    assert parts is not None and parts.compare == "sum"


def test_a_stage_pupil_in_the_documents_is_read_as_in_questions(staff):
    answer = staff.ask("高中生有多少人？")
    assert answer.answerable and "6000人" in answer.answer and "30000" not in answer.answer
    diff = staff.ask("小学生比高中生多多少人？")
    assert diff.answerable and "9000人" in diff.answer


@pytest.mark.parametrize("clause, figure, words", [
    ("生均教学及辅助用房面积小学、初中分别达到4.5平方米/生、5.8平方米/生以上", "5.8",
     "生均教学及辅助用房面积初中"),
    ("学前公办、普惠学额覆盖率分别达60.48%、94.66%", "60.48", "学前公办学额覆盖率"),
    ("省、市示范幼儿园分别达6所、55所", "55", "市级示范幼儿园"),   # a bare level: its 级
    ("小学、初中分别达到4.5平方米、5.8平方米、6.1平方米", "5.8", ""),     # counts differ
    ("小学、初中、高中教师学历合格率分别达到88.9%.77.6%,44.9%", "44.9", "高中教师学历合格率"),
    ("小学、初中、高中教师学历合格率分别达到88.9%.77.6%", "88.9", "教师学历合格率"),
    ("小学、初中分别达到4.5平方米,比上年增加0.3平方米", "0.3", None),
    ("中职招生数、在校生数分别占高中阶段招生、在校生总数的比例为27.91%、29.56%", "29.56", "中职在校生数"),
])
def test_things_named_in_a_row_then_respectively_take_their_figures_in_order(
        clause, figure, words):
    from assistant.respective import respective_words

    assert respective_words(clause, clause.find(figure)) == words


def test_the_second_of_a_respective_row_answers_for_the_second_thing(tmp_path_factory):
    text = "某区义务教育情况\n\n生均教学及辅助用房面积小学、初中分别达到4.5平方米/生、5.8平方米/生以上。\n"
    district = deployed(tmp_path_factory, "mouqu-shengjun.txt", text, bureau_name="某区教育局",
                        home_places=["某区"], current_year=2025)
    answer = district.ask("初中生均教学及辅助用房面积达到多少？")
    assert answer.answerable and "5.8" in answer.answer and "4.5" not in answer.answer


def test_a_bare_word_after_bi_takes_the_place_of_the_word_ending_alike():
    assert split("大班的孩子比小班多多少人？").questions == ("大班的孩子多少人", "小班的孩子多少人")
    assert split("中学的在编老师比小学多多少人？").questions[1] == "小学的在编老师多少人"
    assert split("初中生人均运动场地比小学生多出多少平方米？").questions[1] == \
        "小学生人均运动场地多少平方米"
