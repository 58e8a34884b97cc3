"""A question about the whole home place ('全县…') is answered by the figure a sentence gives
for the whole, not by one given for a stage or a part of the place (县城, 普通高中), when both
fit its words; a question naming the part still gets the part's. Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence

REPORT = """某县教育发展纪实
2019年以来,全县实施各类学校建设项目512个,新增校舍面积61.2万平方米,新建、改扩建幼儿园20所。在县城新建3所普通高中,新增校舍18.4万平方米,高中办学条件明显改善。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-whole.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"])


def test_the_whole_place_asked_gets_the_wholes_figure(county):
    answer = county.ask("这几年全县学校新盖的房子，一共多出来多少平方米？")
    assert answer.answerable and "61.2万平方米" in first_sentence(answer)
    assert "18.4" not in first_sentence(answer)


def test_a_part_asked_gets_the_parts_figure(county):
    answer = county.ask("在县城新建的普通高中新增了多少校舍？")
    assert answer.answerable and "18.4万平方米" in first_sentence(answer)
