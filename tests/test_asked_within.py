"""Questions asked within a whole and questions whether: '其中在初中读书的有多少' after
'…随迁子女有多少' reads the list's whole as said (读书 is 就读, no noun counted);
'那民办幼儿教师呢' after '…公办编制幼儿教师…' names its thing whole; '入学率达到100%了吗'
and '…都达标了吗' ask the figure; '城里' is 城区; '2.学生情况…' is its line's heading;
'不在城区上小学的' and '城区以外的' are the whole less the part. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from assistant.whether import as_count
from tests.conftest import deployed
from tests.test_year_on_year import _says

TEXT = """某区2022年教育工作总结

全区义务教育阶段在校生中,进城务工人员随迁子女共15600人,其中,在小学就读11500人,在初中就读4100人。
全区小学学龄儿童入学率、巩固率分别为100%、99.5%。
全区专任教师学历合格率100%。体育运动场(馆)面积达标学校比例为78.26%。
全区现有公办编制幼儿教师680人,民办幼儿教师720人。
全区共有小学30所,其中,城区小学8所,初中3所。
2.学生情况2022年秋季,全区共有在校小学生39000人,初中学生16000人。城区小学26000人,占全区66.7%,城区初中12000人。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-zongjie-2022.txt", TEXT,
                    bureau_name="某区教育局", home_places=["某区"], current_year=2022)


def test_a_part_asked_within_its_whole(district):
    _says(district.ask("其中在初中读书的有多少？", history=["在某区上学的进城务工人员随迁子女有多少？"]),
          "4100人", "15600", "11500")


def test_a_follow_up_names_its_thing_whole():
    assert standalone("那民办幼儿教师呢？", ["某区公办编制幼儿教师有多少人？"]) == \
        "某区民办幼儿教师有多少人？"
    assert standalone("那初中老师呢", ["小学有多少专任教师"]) == "初中有多少专任教师？"
    assert standalone("那中职呢，招了多少？", ["普通高中今年招生多少人？"]) == \
        "中职今年招生多少人？"        # (a question word is no thing named)


def test_the_other_kind_asked_as_a_follow_up(district):
    _says(district.ask("那民办幼儿教师呢？", history=["某区公办编制幼儿教师有多少人？"]),
          "720人", "680")


def test_whether_a_rate_reached_a_mark_asks_the_rate(district):
    assert as_count("小学学龄儿童入学率达到100%了吗？") == "小学学龄儿童入学率是多少？"
    assert as_count("学历都达标了吗？") == "学历达标率是多少？"
    assert as_count("新校区建好了吗？") == ""
    assert as_count("学前毛入园率达到自治区规划的目标了吗？") == ""   # a mark of its own
    assert as_count("小学、初中、高中的老师学历都合格吗？") == ""     # several things
    _says(district.ask("小学学龄儿童入学率达到100%了吗？"), "100%", "99.5")
    _says(district.ask("专任教师的学历都合格了吗？"), "100%", "78.26")


def test_in_town_is_the_urban_district(district):
    _says(district.ask("某区城里有几所小学？"), "8所", "30所")


def test_a_numbered_line_opening_on_its_title(district):
    _says(district.ask("某区城区初中在校生有多少人？"), "12000人", "16000")


def test_outside_a_place_is_the_whole_less_the_part(district):
    _says(district.ask("不在城区上小学的孩子有多少？"), "13000人")
    _says(district.ask("城区以外的初中生有多少人？"), "4000人")


def test_a_sum_of_stages_named_with_their_whole(district):
    from assistant.parts import split

    assert split("职高和普高加起来，高中阶段在校生一共多少人？").questions == \
        ("职高在校生一共多少人", "普高在校生一共多少人")
    _says(district.ask("小学加初中，义务教育阶段一共有多少学生在读？"), "55000人")


def test_a_verb_with_jia_is_no_sum():
    from assistant.parts import split

    parts = split("娃去年参加了研学，想问问全市去年研学活动一共办了多少场、多少人次参加？")
    assert parts is None or parts.compare != "sum"


def test_the_share_of_the_part_left_out_is_not_the_parts(district):
    answer = district.ask("不在城区读小学的孩子占全区小学生几成？")
    assert "66.7%" not in answer.answer, answer.answer
