"""Everyday words for the kinds the documents name their own way: '上幼儿园的比例' is the
入园率 and '上公办幼儿园的小孩' the 公办幼儿; '孩子' who finished 初中 are its 毕业生; a
two-word compound the documents write short ('残疾儿童' as 残儿) is found, while a common
word is no short form ('中小学生' is no 中学); '…的文件叫什么名字' asks the name of a
《…方案》; a ；-clause shares its sentence with the part asked beside it; what a kind is
like in words no document uses ('乡下那种教学点') asks the kind; '多不多' asks, it names
nothing; '附设的幼儿园' is the documents' '附设园'; a kind's modifier in a list is no header
of the stages that follow ('公办幼儿园…;小学…'); '城里' is the documents' 城镇; a range's
end stays in the answer ('3—6岁'); '谈成了没有' asks whether it was signed; a quoted code's
words ('“246”工作思路') are said for the sentence explaining one of its digits ('“4”即…');
'哪所…最少' over a numbered list is its line with the smallest figure, never a list with a
line that does not say it. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.compounds import abbreviation
from tests.conftest import deployed

TEXT = """某区教育工作情况

2023年,全区3—6岁儿童入园率达到91.5%,公办幼儿占比52%。
2023年,对全区388名适龄残儿进行了摸排,制定“一人一案”。
2023年,制定并出台《某区中小学劳动教育实施方案》。
2023年,义务教育学校占地面积52万平方米,其中小学占地面积30万平方米;运动用地面积18万平方米,其中小学运动用地面积10万平方米。
2023年,全区有教学点26个。
2023年,全区初中毕业生升入高中阶段比例为63%。
2023年,全区计算机人机比达7.2:1。
2023年,全区共有学校150所,其中公办幼儿园20所,民办幼儿园48所,学校附设园6所;小学40所,初中16所。
2023年,新建、改扩建城镇中小学5所。
2023年,红枫职业学院与我区成功签约。

2024年,明确“246”工作思路,推动教育高质量发展。

“2”即抓好“师资、校舍”两个保障。

“4”即落实“四个一”行动,每名学生掌握一项运动技能。

2023年实施校舍改造项目3个,具体如下:
1.红星小学,改造面积1200平方米,投入资金300万元。
2.青山中学,改造面积2500平方米,投入资金820万元。
3.东湖小学,改造面积900平方米,投入资金180万元。
2023年新建运动场3个,具体如下:
1.南关小学,投入资金50万元。
2.北关小学,正在建设。
3.西关小学,投入资金70万元。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-kinds.txt", TEXT, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2023)


def test_going_to_kindergarten_is_its_enrolment_rate(district):
    answer = district.ask("3到6岁的孩子上幼儿园的比例有多高？").answer
    assert "91.5%" in answer
    assert "3—6岁" in answer            # the range whole, not '3—儿童'
    assert "52%" in district.ask("上公办幼儿园的小孩占多大比例？").answer


def test_children_who_finished_a_stage_are_its_graduates(district):
    assert "63%" in district.ask("初中毕业以后，有百分之多少的孩子能升入高中阶段？").answer


def test_a_compound_written_short(district):
    assert "388名" in district.ask("全区摸排了多少名适龄残疾儿童？").answer


def test_a_common_word_is_no_short_form():
    class Knows:
        def knows(self, word: str) -> bool:
            return True

    assert abbreviation("中小学生", [], Knows()) == []
    assert abbreviation("残疾儿童", [], Knows()) == [("残儿", 0.9)]
    assert abbreviation("残疾儿童", ["残疾儿童"], Knows()) == []


def test_the_name_of_a_document_asked(district):
    answer = district.ask("区里出台的劳动教育的文件叫什么名字？").answer
    assert "《某区中小学劳动教育实施方案》" in answer


def test_a_semicolon_clause_shares_the_sentence(district):
    answer = district.ask("义务教育学校的占地面积和运动用地面积分别是多少？").answer
    assert "52万平方米" in answer and "18万平方米" in answer


def test_what_a_kind_is_like_asks_the_kind(district):
    assert "26个" in district.ask("乡下那种教学点，区里还有多少个？").answer


def test_more_or_not_asks(district):
    assert "7.2:1" in district.ask("学校里电脑多不多，计算机人机比是多少？").answer


def test_an_attached_kindergarten_is_the_documents_short_name(district):
    answer = district.ask("学校附设的幼儿园有几所？").answer
    assert "6所" in answer and "公办" not in answer


def test_a_kinds_modifier_is_no_header_of_stages(district):
    answer = district.ask("民办幼儿园有几所？").answer
    assert "48所" in answer and "公办" not in answer


def test_the_town_is_where_the_city_is(district):
    assert "5所" in district.ask("城里这几年新盖和扩建了几所中小学？").answer


def test_talks_that_succeeded_are_signed(district):
    assert "签约" in district.ask("红枫职业学院那边谈成了没有？").answer


def test_a_digit_of_a_quoted_code(district):
    answer = district.ask("“246”工作思路中的“4”指的是什么？").answer
    assert "四个一" in answer and "两个保障" not in answer


def test_which_has_the_least_or_the_most(district):
    answer = district.ask("哪所学校的改造项目投入资金最少？").answer
    assert "东湖小学" in answer and "180万元" in answer
    answer = district.ask("改造面积最大的是哪所学校？").answer
    assert "青山中学" in answer and "2500平方米" in answer


def test_a_list_with_a_line_silent_is_no_ranking(district):
    assert "最多：" not in district.ask("新建运动场的学校里，哪所投入资金最多？").answer
    assert "最多：" not in district.ask("哪所学校投入资金最多？").answer   # (two lists)
