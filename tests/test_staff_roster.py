"""A county's roster of pupils and staff, in a traditional-characters copy: a total asked
'(含离退休)' is the whole, not the part it takes in; '除了老师，职工有多少' asks the 职工; a
bare item after a kind of school's teachers ('…義務教育階段學校專任教師2500人,職工210人')
counts that kind's staff; kindergarten children asked '在园的小朋友' are the '學前教育幼兒'
of the pupils; '是不是所有学校都…' is answered with the share said after the count; a change
said against the end of a year ('較2022年底提高25%') is the change of the figure before it;
'九年一贯制' names a kind of school (no 9年), and a bracket taking in one kind of school of a
long name ('(含九年一貫制學校6所)') is that kind's count; '义务教育阶段的专任老师' are the
'義務教育階段學校專任教師' (学校 after a stage the question names sets no part apart). A
verb of the documents' own with a quoted object ('共安排“第一议题”学习60个') asks no plan.
'…都达标了吗' is answered by the share of schools meeting the mark when the documents give
that share ('…达标学校比例85.50%') and no rate. The
second part of a comparison after a place takes the first part's stage ('安平义务教育阶段
农村学生比城内学生…'). Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence as _first

ROSTER = """某縣教育概況
全縣現有各級各類學校120所,其中小學60所,初中20所(含九年一貫制學校6所)。在校學生52000人,其中學前教育幼兒8300人,小學生25000人,初中生12000人,高中生6700人。全縣有教職工5200人,其中離退休教職工1300人,在職教職工3900人。在職教職工中,專任教師3600人,職工300人,其中高中階段學校專任教師800人,職工60人;義務教育階段學校專任教師2500人,職工210人。另外,公辦學校、幼兒園有代課教師260人,在崗特崗生30人。
2023年,穩步推進黨組織領導的校長負責制改革,410所學校已實施黨組織領導的校長負責制,佔比98.5%。推動民辦幼兒園、培訓機構黨組織覆蓋率逐步提升,全縣民辦幼兒園黨組織覆蓋率達約70%,較2022年底提高25%。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-jiaoyu.txt", ROSTER,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_a_total_taking_in_a_part_is_the_whole(county):
    answer = county.ask("某县全县有教职工多少人（含离退休）？")
    assert answer.answerable and "5200人" in _first(answer) and "1300" not in _first(answer)


def test_what_is_set_aside_by_chu_le_is_not_asked(county):
    answer = county.ask("某县义务教育阶段学校里除了老师，职工有多少？")
    assert answer.answerable and "210人" in _first(answer) and "2500" not in _first(answer)


def test_a_bare_staff_item_counts_the_kind_of_school_before_it(county):
    answer = county.ask("某县义务教育阶段学校的职工有多少？")
    assert answer.answerable and "210人" in _first(answer)
    assert _first(answer).startswith("义务教育阶段学校")


def test_a_part_asked_within_a_whole(county):
    answer = county.ask("某县的专任教师里，高中阶段学校的有多少？")
    assert answer.answerable and "800人" in _first(answer)


def test_kindergarten_children_are_the_preschool_pupils(county):
    answer = county.ask("某县在园的小朋友有多少？")
    assert answer.answerable and "8300人" in _first(answer)


def test_whether_all_did_is_answered_with_the_share(county):
    answer = county.ask("党组织领导的校长负责制是不是所有学校都实施了？")
    assert answer.answerable and "410所" in _first(answer) and "98.5%" in _first(answer)


def test_a_change_against_a_years_end_belongs_to_the_figure_before(county):
    answer = county.ask("某县民办幼儿园党组织覆盖率较2022年底提高了多少？")
    assert answer.answerable and "25%" in _first(answer) and "70%" not in _first(answer)


def test_a_kind_of_school_taken_in_by_a_bracket():
    from jiaoti.numbers import prepare_numbers

    assert prepare_numbers("含九年一贯制学校6所,九年义务教育,三年行动") == \
        "含九年一贯制学校6所,九年义务教育,3年行动"


def test_a_kind_taken_in_is_counted_by_its_bracket(county):
    answer = county.ask("某县有几所九年一贯制学校？")
    assert answer.answerable and "6所" in _first(answer) and "20所" not in _first(answer)


PARTY = """某县教育局2023年工作总结
2023年,局党委会共安排“第一议题”学习60个,召开中心组学习扩大会议40次。
"""


def test_a_documents_verb_with_a_quoted_object_asks_no_plan(tmp_path_factory):
    county = deployed(tmp_path_factory, "mouxian-dangjian.txt", PARTY,
                      bureau_name="某县教育局", home_places=["某县"], current_year=2023)
    answer = county.ask("2023年局党委会共安排“第一议题”学习多少个？")
    assert answer.answerable and "60个" in _first(answer)



def test_the_schools_of_a_stage_asked_are_that_stage(county):
    answer = county.ask("某县义务教育阶段的专任老师比高中阶段多多少？")
    assert answer.answerable and "2500人" in answer.answer and "800人" in answer.answer
    assert "1700人" in answer.answer


EQUIPMENT = """某县2023年教育事业统计公报
普通小学校舍建筑面积120000平方米。设施设备配备达标的学校比例情况分别为:体育运动场(馆)面积达标学校比例80.00%,音乐器械配备达标学校比例90.50%,数学自然实验仪器达标学校比例85.50%。
"""


def test_whether_all_meet_a_mark_is_the_share_of_schools_meeting_it(tmp_path_factory):
    from assistant.whether import as_share

    assert as_share("数学自然实验仪器是不是所有小学都达标了？") == "小学数学自然实验仪器达标学校比例是多少？"
    assert as_share("新校区建好了吗？") == ""
    county = deployed(tmp_path_factory, "mouxian-gongbao.txt", EQUIPMENT,
                      bureau_name="某县教育局", home_places=["某县"], current_year=2023)
    answer = county.ask("数学自然实验仪器是不是所有小学都达标了？")
    assert answer.answerable and "85.50%" in _first(answer)
    answer = county.ask("体育运动场(馆)面积都达标了吗？")
    assert answer.answerable and "80.00%" in _first(answer)


CAMPUS = """安平县教育概况
全县在校生30000人,其中:义务教育阶段学生24000人(城内8000人、农村16000人),初中生8000人(城内3000人、农村5000人)。建成智慧校园150处,在建特色智慧校园20处。
"""


@pytest.fixture(scope="module")
def campus(tmp_path_factory):
    return deployed(tmp_path_factory, "anping-xiaoyuan.txt", CAMPUS, bureau_name="安平县教育局",
                    home_places=["河北省衡水市安平县", "安平"], current_year=2023)



def test_a_comparisons_second_part_takes_the_stage_after_a_place(campus):
    answer = campus.ask("安平义务教育阶段农村学生比城内学生多多少人？")
    assert answer.answerable and "16000人" in answer.answer and "8000人" in answer.answer
    assert "3000" not in answer.answer
