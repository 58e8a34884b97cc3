"""A bulletin that names its year once and is signed with a later date is of that year; a
stated base ('比上年151万元减少6万元') answers the year before; which way a figure went
('涨了没有', '是增加了还是减少了') is the change stated after it; '多少万元' asks money; a
citizen's short form ('职中') reaches the documents' long one (职业中学); '花钱' is a verb
and its object; named schools of one kind ('甲村小学、乙村小学') are that kind; '那栋' points,
it names nothing; a figure's unit before a noun ('3000平方米教学楼') makes no kind of it;
a change after its base ('…元,比上年…元,增长7.03%') is the item's; '每个小朋友一年' is
per pupil; '哪个涨得快' compares the rates, a fall below zero. Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti import text as tx
from tests.conftest import deployed

BULLETIN = """根据《关于做好教育经费统计工作的通知》(教财【2018】9号),现将本区教育经费执行情况公告如下:
一、全区教育经费情况
2022年,全区地方教育经费总收入151000.50万元,比上年160020.25万元减少9019.75万元,下降5.64%。
(一)2022年全区财政性教育经费总收入120300.10万元,比上年118200.00万元增加2100.10万元,增长1.78%。
(二)事业收入28700.40万元,比上年30100.60万元减少1400.20万元,下降4.65%。
二、生均经费情况
1.幼儿园生均支出12100.50元,比上年13300.70元,下降9.02%。
2.普通小学生均支出19800.30元,比上年18500.10元,增长7.03%。
某区教育局
2023年11月20日
"""

PROJECTS = """今年以来,某县投入3900万元办好8件教育实事。一是投资420万元新建甲镇职业中学教学楼一幢,面积2800平方米。
二是投资860万元改建扩建甲村小学、乙村小学、丙村小学和丁村小学等4所村级小学。三是投资260万元新建城关一小分校3000平方米教学楼一幢。
四是投资180万元迁建丙镇初中。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-jingfei.txt", BULLETIN, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2022)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-shishi.txt", PROJECTS, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


def test_a_signature_and_a_cited_paper_give_no_year(district):
    answer = district.ask("2022年全区事业收入是多少？").answer
    assert "28700.40万元" in answer


def test_a_stated_base_answers_the_year_before(district):
    answer = district.ask("2021年全区地方教育经费总收入是多少？").answer
    assert "160020.25万元" in answer and "2021年" in answer


def test_a_base_is_never_this_years_figure(district):
    answer = district.ask("2022年全区地方教育经费总收入是多少？").answer
    assert "151000.50万元" in answer


@pytest.mark.parametrize("question, way, size", [
    ("2022年全区地方教育经费总收入是增加了还是减少了？", "减少", "9019.75万元"),
    ("全区财政性教育经费2022年涨了没有？", "增加", "2100.10万元"),
    ("幼儿园生均支出2022年比上年是涨了还是跌了？", "下降", "9.02%"),
    ("普通小学生均支出2022年是不是增长了？", "增长", "7.03%"),
])
def test_the_way_a_figure_went_is_the_change_stated(district, question, way, size):
    reply = district.ask(question)
    assert reply.answerable and way in reply.answer and size in reply.answer
    assert size in reply.citations[0].quote


def test_the_way_asked_in_a_follow_up_is_one_question(district):
    reply = district.ask("跟上年比是涨了还是降了？", ["2022年普通小学生均支出是多少？"])
    assert "增长" in reply.answer and "7.03%" in reply.answer


def test_ten_thousand_yuan_asks_money(county):
    answer = county.ask("某县今年投入多少万元办教育实事？").answer
    assert "3900万元" in answer and "8件" not in answer


def test_a_short_form_reaches_the_long_one(county):
    answer = county.ask("甲镇职中新建的教学楼投资了多少？").answer
    assert "420万元" in answer


def test_spending_money_is_a_verb_and_its_object(county):
    answer = county.ask("迁建丙镇初中花钱多少？").answer
    assert "180万元" in answer


def test_named_schools_of_a_kind_are_that_kind(county):
    answer = county.ask("今年改建扩建了几所村级小学？").answer
    assert "4所" in answer


def test_a_pointer_and_a_new_building(county):
    answer = county.ask("城关一小分校那栋新教学楼花了多少钱？").answer
    assert "260万元" in answer
    assert "3000平方米" in county.ask("城关一小分校的新教学楼有多大面积？").answer


def test_a_change_after_its_stated_base_is_of_the_item_before(district):
    assert "4.65%" in district.ask("2022年事业收入比上年下降了百分之几？").answer
    assert "1400.20万元" in district.ask("2022年事业收入比上年减少了多少万元？").answer


def test_each_child_of_a_kindergarten_is_per_pupil(district):
    assert "12100.50元" in district.ask("2022年幼儿园每个小朋友一年花多少钱？").answer
    assert "生均" not in tx.normalize_question("每个孩子都有书包吗？")


def test_a_rate_after_a_bare_base_is_of_the_item_before(district):
    assert "7.03%" in district.ask("2022年普通小学生均支出增长了百分之几？").answer


def test_which_rose_faster_counts_a_fall_below_zero():
    from assistant.arith import difference
    from jiaoti.types import Fact

    def rate(clause: str, raw: str) -> Fact:
        at = clause.index(raw)
        return Fact("f", raw.rstrip("%"), "%", raw, "", 2022, "actual", "", clause, "c", "s",
                    "", 100 + at, 100 + at + len(raw), 100, 100 + len(clause))

    fell, rose = rate("下降9.02%", "9.02%"), rate("增长7.03%", "7.03%")
    assert difference(rose, fell) == "16.05个百分点"
    assert difference(rate("增长9.02%", "9.02%"), rose) == "1.99个百分点"


def test_which_rose_faster_asks_the_rates():
    from assistant.parts import split

    parts = split("小学和初中的生均支出，哪个涨得快？相差几个百分点？")
    assert parts is not None and all("增长了百分之几" in q for q in parts.questions)


def test_a_change_the_other_way_is_no_answer(district):
    reply = district.ask("2022年全区事业收入比上年多了多少？")
    assert "1400.20" not in reply.answer


def test_names_joined_before_their_count_list_them(county):
    answer = county.ask("改建扩建的是哪几所村级小学？").answer
    assert "甲村小学" in answer and "丁村小学" in answer


@pytest.fixture(scope="module")
def undated(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-undated.txt", PROJECTS, bureau_name="某县教育局",
                    home_places=["某县"], current_year=None)


def test_last_year_is_not_this_years_figure_when_no_year_is_known(undated):
    assert "3900万元" in undated.ask("某县今年投入多少万元办教育实事？").answer
    assert "3900万元" not in undated.ask("某县去年投入多少钱办教育实事？").answer


STATES = """今年以来,某镇投入资金办好6件民生实事。截止目前,这6件实事已完成4件,其余2件正在建设中。"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    return deployed(tmp_path_factory, "mouzhen-shishi.txt", STATES, bureau_name="某镇教育办",
                    home_places=["某镇"], current_year=2024)


def test_the_unfinished_rest_is_not_the_finished_count(town):
    reply = town.ask("没办完的那几件实事现在怎么样了？")
    assert "其余2件正在建设中" in reply.answer and "已完成4件" not in reply.answer
    assert "已完成4件" in town.ask("这6件实事都办完了吗？").answer
