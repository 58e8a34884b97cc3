"""A statistics bulletin about 2023 published in 2024 ('昆明市某区2023年教育事业发展统计公报'
over a line '(2024年6月)'): the date line is no year heading, so its figures are 2023's. A
question asking a plan's figure first ('原计划招生多少人？计划完成了吗？') asks the plan. A
noun no document knows, nor any part of it ('研究生'), is not dropped for its parts.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.intent import period_of
from jiaoti import numbers as num
from jiaoti.numbers import heading_years
from tests.conftest import deployed

TEXT = """某区2023年教育事业发展统计公报

某区教育体育局

2024年6月)

一、小学

全区共有小学20所。招生7000人,比上年增加1000人;在校生30000人。

小学共有专任教师1800人。专任教师学历合格率100%;专任教师中本科及以上学历的比例为90.5%。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-gongbao-2023.txt", TEXT, bureau_name="某区教育体育局",
                    home_places=["某区"])


def test_a_date_line_names_no_year_of_its_own():
    assert heading_years("某区教育体育局 › 2024年6月) › 一、小学") == set()
    assert heading_years("(2024年6月20日)") == set()
    assert heading_years("2024年4月-6月某区教育体育局重点工作进展情况") == {2024}
    assert heading_years("某区2023年教育事业发展统计公报") == {2023}


def test_the_bulletins_figures_are_its_years(district):
    answer = district.ask("2023年某区的小学一共招了多少新生？")
    assert answer.answerable and "7000人" in answer.answer and "2023年" in answer.answer
    answer = district.ask("2024年某区的小学招了多少新生？")
    assert not answer.answerable and "7000" not in answer.answer
    answer = district.ask("今年小学招了多少新生？")        # 今年: the bulletin's own year
    assert answer.answerable and "7000人" in answer.answer


def test_a_plans_figure_asked_first_is_a_plan_question(district):
    assert period_of("原计划2023年小学招生多少人？计划完成了吗？") == "plan"
    assert period_of("实际完成了多少，计划是多少") == "actual"
    answer = district.ask("某区原计划2023年小学招生多少人？计划完成了吗？")
    assert "7000" not in answer.answer


def test_a_noun_nobody_writes_is_not_answered_by_its_neighbours(district):
    answer = district.ask("小学专任教师里研究生学历的占多少？")
    assert not answer.answerable and not num.figure_values(answer.answer) - {12345, 2023}
