"""Progress measured against a plan ('截至3月31日,已开工10所,占规划量的25%;开工建设面积2万
平方米,…') is of what the plan sentence before it names (规划新改扩建幼儿园), for figures and for
status questions; a figure in 个 stands for an asked 套 only when it counts the asked thing
('…周转宿舍建设项目20个' counts 项目, not 宿舍). Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某市2024年学校重点建设项目进展情况通报

全市2024年规划新改扩建幼儿园40所,规划新增校舍面积8万平方米,计划投资2亿元。截至3月31日,已开工10所,占规划量的25%;开工建设面积2万平方米,占规划量的25%;累计完成投资3000万元,占计划量的15%。

另外,2024年全市计划完成乡村教师周转宿舍建设项目20个,800套,计划投资5000万元。截至3月31日,开工乡村教师周转宿舍300套,占规划量的37.5%;开工建设面积1.5万平方米,占规划量的30%;完成投资900万元,占规划量的18%。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-progress.txt", TEXT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2024)


def test_progress_is_of_the_plans_thing(city):
    answer = city.ask("截至3月31日，规划新改扩建幼儿园的开工建设面积是多少？").answer
    assert "2万平方米" in answer and "1.5万" not in answer and "8万" not in answer


def test_money_spent_so_far_is_of_the_plans_thing(city):
    answer = city.ask("截至3月31日，幼儿园累计完成投资多少？").answer
    assert "3000万元" in answer and "900万元" not in answer


def test_a_count_in_ge_is_no_count_of_another_thing(city):
    answer = city.ask("今年计划给乡村老师建几套周转宿舍？").answer
    assert "20个" not in answer


def test_a_status_of_investment_gives_the_progress(city):
    answer = city.ask("乡村教师周转宿舍的投资完成了吗？").answer
    assert "900万元" in answer.split("；")[0]


def test_a_status_of_starting_gives_the_count_started(city):
    answer = city.ask("今年规划的幼儿园都开工了吗？").answer
    assert "10所" in answer.split("；")[0]
