"""A stage written as an inline heading ('——小学。…专任教师11280人') lends itself to the nouns
under it, so '小学专任教师有多少人' is answered there even though the documents write
'小学专任教师' only in front of another word, and a stage written as the part of a noun
('新增班级74个(其中小学48个…)') does the same; a compound whose noun is never written under
the stage's heading stays whole. A heading between spaces in a flattened page
('。 义务教育 全市…') heads its piece too; '生师比为18.25' is a ratio; '那12个幼儿园项目，现在
建好几个了' counts 项目, never the 学位 beside them. Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti.figures import counts_at
from jiaoti.headings import inline_headings
from tests.conftest import deployed

TEXT = """某市2023年教育事业统计公报

义务教育 全市义务教育中小学60所,比上年减少1所。校舍总面积45.6万平方米,增长10.9%;仪器设备值1.3亿元,增长7.6%;图书118.3万册,增长8.4%。专任教师6960人,增加2.1%。 ——小学。校数36所,与上年持平;招生1.2万人,在校生7.1万人。专任教师4310人,比上年增加120人,小学生师比为16.48。小学专任教师学历合格率达到100%。 ——初中。校数24所,比上年减少1所;在校生3.3万人。初中专任教师2650人,比上年增加35人。
学前教育 全市共有幼儿园80所,其中城区幼儿园项目12个,要求9月份建成投入使用,有近900个学位。
奥山小学、西岭中心小学等义务教育学校改扩建项目秋季投入使用,全市义务教育新增班级74个(其中小学48个、初中26个),新增学位3300个,即奥山小学新增班级12个。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-stages-2023.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2023)


def test_the_heading_lends_its_stage(city):
    answer = city.ask("小学专任教师有多少人？")
    assert answer.answerable and "4310人" in answer.answer
    assert "120人" in city.ask("小学专任教师比上年增加了多少人？").answer


def test_a_part_in_brackets_lends_its_stage(city):
    answer = city.ask("小学新增班级多少个？")
    assert answer.answerable and "48个" in answer.answer and "74个" not in answer.answer


def test_the_other_stage_keeps_its_own_figure(city):
    answer = city.ask("初中专任教师有多少人？")
    assert answer.answerable and "2650人" in answer.answer and "4310" not in answer.answer


def test_a_heading_between_spaces_heads_its_piece(city):
    answer = city.ask("义务教育的专任老师一共有多少？")
    assert answer.answerable and "6960人" in answer.answer and "4310" not in answer.answer


def test_a_ratio_written_as_one_number(city):
    assert [(f.raw, str(f.value), f.unit) for f in counts_at("小学生师比为18.25。")] == \
        [("18.25", "18.25", "比")]
    answer = city.ask("小学生师比是多少？")
    assert answer.answerable and "16.48" in answer.answer


def test_an_elided_noun_is_the_one_the_question_counted(city):
    answer = city.ask("那12个幼儿园项目，现在建好几个了？")
    assert "900" not in answer.answer


def test_a_stage_never_heading_the_noun_stays_one_word(city, tmp_path):
    snap = city.index.snapshot()
    assert snap.stage_apart("小学", "专任教师")
    assert not snap.stage_apart("幼儿园", "项目")


@pytest.mark.parametrize("text, found", [
    ("发展态势良好。 义务教育 全市义务教育中小学214所。 ——小学。校数129所", ["义务教育", "小学"]),
    ("义务教育 全市中小学214所,比上年减少2所。", ["义务教育"]),
    ("全市中小学214所,比上年减少2所。", []),
    ("鹤壁市 2023年工作总结", []),
    ("城西小学和城西 幼儿园建设项目 | 项目位于城西村,规划总投资7500万元。", []),
])
def test_inline_headings(text, found):
    assert [h for _, h in inline_headings(text)] == found
