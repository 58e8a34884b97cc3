"""An overview's lines read as written: '㎡' is a square metre; '…541218.48 校舍…' lost a
comma; a title that lost its '》' ends at the full stop; a paragraph opened by a span of
years ('2018—2020年,…') dates its later sentences by the span's last year and the programme
it launches is their setting; '包括:' opens a breakdown like '其中'; '(含村办)' is no verb;
an earlier item's bracket ('…(已停止招生)、特殊教育学校1所') and a verb inside a name
('校外培训机构') make no count a flow; '另辖' narrows nothing; children '在幼儿园' are its
pupils, never its staff; '孩子上学的学位' asks 学位; two parts only their lists tell apart
are not guessed; a plan the text names is not the document, whose title holds the word.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.intent import asked_unit
from jiaoti.figures import figures_at
from jiaoti.text import clauses, sentence_spans
from tests.conftest import deployed

TEXT = """某县教育规划落实情况报告

发布日期: 2024年03月01日

2018—2020年,县城启动实施义务教育三年行动计划,三年累计完成投资5.2亿元。新增学校建设用地310.5亩。累计新增学位8200个。

2023年,全县中小学40所,其中普通高中3所、民办学校1所(今年已停止招生)、特殊教育学校1所。另辖民办中小学6所。辖校外培训机构85家。全县在校学生21000人;教职工2100人,其中:小学900人,初中700人,幼儿园500人;专任教师1800人,包括:小学800人,初中600人,幼儿园400人。义务教育学校占地面积652100.5㎡。

2023年,全县幼儿园60所,在园幼儿5300人。民办幼儿园20所,在园幼儿1800人。其它部门办园(含村办)10所,在园幼儿900人。

2023年,运动场面积52000㎡,其中小学面积30000㎡;校舍面积91000㎡,其中小学面积60000㎡。

2022年5月,县教育局印发了《某县教育事业“十四五”发展规划》。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-gaikuang-2024.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2024)


def test_a_square_metre_sign_is_a_unit():
    fig = figures_at("义务教育学校占地面积652100.5㎡,其中")[0]
    assert fig.unit == "平方米" and fig.raw == "652100.5㎡"


def test_a_title_that_lost_its_closing_mark_ends_at_the_full_stop():
    text = "达到《自治区办学标准要求。学校建设达到标准。占地面积100㎡。"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "达到《自治区办学标准要求。", "学校建设达到标准。", "占地面积100㎡。"]
    quoted = "他说：“今年完成。明年再建。”然后离开。"
    assert len(sentence_spans(quoted)) == 1


def test_a_measure_that_lost_its_unit_and_comma_ends_its_clause():
    text = "其中小学占地面积611942.62㎡,初中占地面积541218.48 校舍建筑面702862.84㎡"
    assert [text[c.start:c.end] for c in clauses(text, 0, len(text))] == [
        "其中小学占地面积611942.62㎡", "初中占地面积541218.48", "校舍建筑面702862.84㎡"]
    for text in ("新建校舍 2100平方米,总投资 5.2 亿元", "投资1234.56 万元,建成校舍12所"):
        assert len(clauses(text, 0, len(text))) == 2


def test_the_head_of_a_compound_noun_is_its_last_word():
    assert asked_unit("新增了多少义务教育学校建设用地？") == ("", "")    # not 所 of 学校
    assert asked_unit("有多少学校建设了操场？") == ("所", "学校")


def test_an_area_written_with_its_sign_answers(county):
    answer = county.ask("义务教育学校占地面积是多少？")
    assert answer.answerable and "652100.5㎡" in answer.answer


def test_children_in_kindergarten_are_its_pupils_not_its_staff(county):
    for question in ("县里上幼儿园的孩子有多少？", "在幼儿园的孩子有多少人？"):
        answer = county.ask(question)
        assert answer.answerable and "5300人" in answer.answer, question
        assert "500人" not in answer.answer.replace("5300人", "")
    answer = county.ask("全县幼儿园的孩子有多少人？")
    assert "500人" not in answer.answer.replace("5300人", "")
    answer = county.ask("县里的幼儿园里现在一共有多少小朋友在上？")    # not the 900 of a kind
    assert answer.answerable and "5300人" in answer.answer and "900人" not in answer.answer


def test_an_earlier_items_bracket_and_an_institutions_name_are_no_flow(county):
    answer = county.ask("县里有特殊教育学校吗？有几所？")
    assert answer.answerable and "特殊教育学校1所" in answer.answer
    answer = county.ask("县里有多少家校外培训机构？")
    assert answer.answerable and "85家" in answer.answer


def test_another_set_of_schools_is_not_a_narrower_kind(county):
    answer = county.ask("全县有几所民办的中小学？")
    assert answer.answerable and "6所" in answer.answer


def test_a_list_opened_by_baokuo_breaks_down_its_whole(county):
    answer = county.ask("小学的专任教师有多少人？")
    assert answer.answerable and "800人" in answer.answer


def test_a_part_only_its_list_tells_apart_is_not_guessed(county):
    answer = county.ask("小学面积是多少？")      # both found, neither stated
    assert not answer.answerable and answer.reason == "ambiguous"
    assert "30000" not in answer.answer and "60000" not in answer.answer


def test_a_paragraphs_opening_programme_is_the_setting_of_its_later_sentences(county):
    answer = county.ask("三年行动计划新增了多少学校建设用地？")
    assert answer.answerable and "310.5亩" in answer.answer


def test_places_for_children_need_not_name_the_children(county):
    answer = county.ask("县城这三年孩子上学的学位一共多了多少个？")
    assert answer.answerable and "8200个" in answer.answer


def test_a_span_of_years_dates_its_paragraph(county):
    answer = county.ask("2020年新增了多少学校建设用地？")
    assert answer.answerable and "310.5亩" in answer.answer
    answer = county.ask("2024年新增了多少学校建设用地？")
    assert not answer.answerable


def test_a_plan_named_in_the_text_is_not_the_document(county):
    answer = county.ask("“十四五”规划是什么时候出的？")
    assert "2024年03月01日" not in answer.answer
    answer = county.ask("这份报告是什么时候发布的？")
    assert answer.answerable and "2024年03月01日" in answer.answer
