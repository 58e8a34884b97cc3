"""A total asked ('共计拨付了多少钱') is the paragraph's sum ('…;拨付教师工资300万元,共计拨付
700万元'), said as a sum and not as its last item; a school's ordinal abbreviation does not
say a word it runs into ('设某县一中考点1个' says no 中考); '那六个专业分别是什么' wants the
six named, which a sentence counting them does not; 'A的比例，以及B的占比，分别是多少' asks
A and B; '招生人数占…比例' is a share of 招生; in '六个专业2000名学生配备教师90人' each
thing follows its count; '去了哪几个镇' is not answered by a sentence naming no 镇; '东岭、西岭、南岭3所中学' names
the three, no part of them. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from jiaoti.terms import contains_term
from tests.conftest import deployed

TEXT = """某县2023年教育工作自评报告

(一)2023年全县普通高中报考人数1500人,设某县一中考点1个,考场50个。

(二)健全职业教育保障机制,2023年预算200万元,实际拨付200万元;拨付实训楼建设工程款100万元;拨付教师工资300万元,共计拨付600万元,生均经费为4000元。

(三)2023年,职业中专招生800人,职业中专招生人数占高中阶段招生人数比例为40.5%;职业中专在校生2000人,职业中专在校生占高中阶段在校学生比例为35.2%。六个专业2000名学生配备教师90人,师生比为1:22.2。

(四)“六一”节前,赴东湖、西山、南岭3个镇,开展送温暖活动;全县300名少年儿童受到关爱和资助。

(五)今年全县各类建设项目共30个,其中:东岭、西岭、南岭3所中学的学生宿舍楼项目,北山中学、中山中学2所学校的改造项目都已开工建设。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-2023.txt", TEXT, bureau_name="某县教育体育局",
                    home_places=["某县"], current_year=2023)


def test_a_total_asked_is_the_paragraphs_sum(county):
    answer = county.ask("2023年职业教育共计拨付了多少钱？").answer
    assert "600万元" in answer and "200万元" not in answer
    assert "教师工资" not in answer         # the sum, not its last item


def test_an_item_asked_is_still_the_item(county):
    answer = county.ask("2023年职业教育实际拨付了多少钱？").answer
    assert "200万元" in answer and "600万元" not in answer


def test_an_ordinal_abbreviation_says_no_word_it_runs_into():
    assert not contains_term("设某县一中考点1个", "中考")
    assert contains_term("第二中学", "中学") and contains_term("二中学生", "中学")


def test_a_word_no_document_says_is_refused(county):
    reply = county.ask("某县中考设了多少个考场？")
    assert not reply.answerable and "50个" not in reply.answer


def test_the_names_of_counted_things_are_not_their_count(county):
    reply = county.ask("职业中专那六个专业分别是什么？")
    assert not reply.answerable and "2000" not in reply.answer


def test_each_of_two_measures_asked_after_them():
    parts = split("职业中专招生占高中阶段招生的比例，以及职业中专在校生占比，分别是多少？")
    assert parts is not None and len(parts.questions) == 2
    assert not any("分别" in q for q in parts.questions)


def test_each_of_two_measures_is_answered(county):
    answer = county.ask("职业中专招生人数占高中阶段招生的比例，以及职业中专在校生占比，分别是多少？").answer
    assert "40.5%" in answer and "35.2%" in answer


def test_a_share_of_a_head_count_is_a_share_of_its_noun(county):
    answer = county.ask("职业中专招生占高中阶段招生的比例是多少？").answer
    assert "40.5%" in answer        # '招生人数占…比例' measures 招生


def test_an_item_opening_with_a_figure_says_each_thing_after_its_count():
    from jiaoti.figures import counts_at, without_others

    item = "六个专业2000名学生配备教师90人"
    own = {f.raw: without_others(item, f.start)[0] for f in counts_at(item)}
    assert own == {"六个": "六个专业", "2000名": "2000名学生", "90人": "配备教师90人"}
    assert without_others("3所幼儿园新增学位900个", 0)[0] == "3所幼儿园"
    assert without_others("16个其他学校建设工程共计113个项目", 0)[0] == "16个其他学校建设工程"
    assert without_others("5个项目总投资1.2亿元", 7)[0] == "总投资1.2亿元"   # its measure


def test_a_count_before_its_noun_answers(county):
    assert "六个" in county.ask("有几个专业？").answer
    answer = county.ask("六个专业配备了多少名教师？").answer
    assert "90人" in answer and "2000" not in answer


def test_which_towns_needs_the_towns(county):
    first = "六一节前全县有多少名少年儿童受到关爱和资助？"
    reply = county.ask("去了哪几个镇？", [first])
    assert "东湖" in reply.answer or not reply.answerable
    assert "东湖" in county.ask("“六一”送温暖活动去了哪几个镇？").answer


def test_names_listed_before_their_count_are_its_items(county):
    answer = county.ask("今年有几所中学实施了学生宿舍楼项目？").answer
    assert "3所" in answer
