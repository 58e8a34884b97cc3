"""A statistics bulletin's stage paragraphs opened by '――小学。' (U+2015, not '——'): the
stage heads its paragraph, a figure under it counts that stage only, and '校数' is no owner of
the next item; '生师比' is one word; the part left out said first ('不算民办的，…'); '下面'
for 下辖; a state the documents never name ('通过验收了吧') is not answered by another one.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from tests.conftest import deployed

TEXT = """2022年某市教育事业统计公告

义务教育

全市义务教育段中小学300所,较上年增加5所。专任教师2.1万人,增长1.5%。

――小学。校数200所,比上年增加3所;招生3.1万人,比上年减少0.1万人。专任教师1.3万人,生师比为16.5:1。

――初中。校数100所,比上年增加2所;招生2.2万人,比上年增加0.2万人。专任教师0.8万人,生师比11.2:1。

其他情况

市教育局下辖5个直属单位。全市小学中民办学校3所。全市深入推进“省级教学改革实验区”建设。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-gonggao-2022.txt", TEXT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2022)


def test_a_bar_dash_heads_its_stage_paragraph(city):
    answer = city.ask("全市有多少所小学？")
    assert answer.answerable and "200所" in answer.answer and "300所" not in answer.answer
    answer = city.ask("小学招生多少人？")
    assert answer.answerable and "3.1万人" in answer.answer and "校数" not in answer.answer


def test_a_figure_under_a_stage_heading_is_no_answer_for_the_whole(city):
    answer = city.ask("义务教育阶段一共有多少专任老师？")
    assert answer.answerable and "2.1万人" in answer.answer
    assert "1.3万人" not in answer.answer and "0.8万人" not in answer.answer


def test_the_ratio_of_pupils_to_teachers_is_one_word(city):
    answer = city.ask("初中生师比是多少？")
    assert answer.answerable and "11.2:1" in answer.answer


def test_the_part_left_out_said_first():
    parts = split("不算民办的，全县小学有多少所？")
    assert parts is not None and parts.compare == "less"
    assert parts.questions == ("全县小学多少所", "全县小学里民办的多少所")


def test_below_the_bureau_is_what_it_runs(city):
    answer = city.ask("市教育局下面管着多少个直属单位？")
    assert answer.answerable and "5个" in answer.answer


def test_a_state_no_document_names_is_not_answered_by_another(city):
    answer = city.ask("省级教学改革实验区已经通过验收了吧？")
    assert not answer.answerable and "推进" not in answer.answer
    answer = city.ask("省级教学改革实验区建设在推进吗？")
    assert answer.answerable and "推进" in answer.answer
