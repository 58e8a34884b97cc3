"""Whose figures a county's summary gives: a stage the clause before names as its scope
('义务教育段教职工1300人,专任教师1000人'; '县属中小学…,中小学专任教师…'), a part named
after 其中 in place of its whole ('其中专任教师' after '…教职工'), the home county said the short way right
before another word ('焉耆县小学', '焉耆县直幼儿园'), a list whose first item is a school
type with a numeral in its name ('九年一贯制学校'), and a quota of posts, which is no
count of people. Figures invented for the test; the place is real so that its spoken
form is known."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """一、基本情况
全县现有各级各类学校30所,其中:义务教育段学校14所;幼儿园16所(县直幼儿园7所、乡镇幼儿园9所)。义务教育段在校生13000人,其中:初中5000人,小学8000人。义务教育段教职工1300人,专任教师1000人。
二、学校布局
全县有高中学校3所,义务教育段九年一贯制学校4所、初中学校5所、小学6所。
三、编制
全县学校教职工编制总量为2900名。县属中小学教职工1250人,中小学专任教师980人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "yanqi-2025.txt", TEXT,
                    bureau_name="焉耆回族自治县教育和科学技术局",
                    home_places=["新疆维吾尔自治区巴音郭楞蒙古自治州焉耆回族自治县", "焉耆"],
                    current_year=2025)


def test_a_stage_named_as_scope_is_shared_by_the_next_clause(county):
    answer = county.ask("焉耆县义务教育段专任教师有多少人？")
    assert answer.answerable and "1000人" in answer.answer and "1300" not in answer.answer


def test_the_home_county_said_short_before_a_word_is_not_part_of_it(county):
    pupils = county.ask("焉耆县小学在校生有多少人？")
    assert pupils.answerable and "8000人" in pupils.answer
    later = county.ask("那初中呢？", history=["焉耆县小学在校生有多少人？"])
    assert later.answerable and "5000人" in later.answer
    kept = county.ask("焉耆县直幼儿园有几所？")         # 县 is 县直's here
    assert kept.answerable and "7所" in kept.answer and "9所" not in kept.answer


def test_a_numeral_in_a_school_type_does_not_make_a_shared_modifier(county):
    answer = county.ask("焉耆县有多少所小学？")
    assert answer.answerable and "6所" in answer.answer and "九年小学" not in answer.answer


def test_a_quota_of_posts_is_no_count_of_people(county):
    assert "2900" not in county.ask("全县学校教职工实际一共有多少人？").answer
    quota = county.ask("全县学校教职工编制总量是多少？")
    assert quota.answerable and "2900名" in quota.answer


def test_a_part_named_after_among_takes_its_wholes_place(county):
    answer = county.ask("其中专任教师有多少？", history=["义务教育段教职工有多少人？"])
    assert answer.answerable and "1000人" in answer.answer and "1300" not in answer.answer
    answer = county.ask("这里面真正上课的专任老师有几个？",
                        history=["义务教育段的老师和职工加起来一共多少人？"])
    assert answer.answerable and "1000人" in answer.answer and "1300" not in answer.answer


def test_an_owners_scope_is_shared_by_the_next_clause_that_repeats_its_schools(county):
    answer = county.ask("其中专任教师呢？", history=["县属中小学教职工有多少人？"])
    assert answer.answerable and "980人" in answer.answer and "1250" not in answer.answer
