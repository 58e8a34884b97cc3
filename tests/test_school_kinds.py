"""A '…学校' word names a kind of school; a count of what schools hold (pupils, staff) that
names the kind without the word answers it ('职业教育在校生' for 职业学校的学生, '公办教职工'
for 公办学校的老师和职工). A count of schools must still say the word, and another kind
of school ('公办幼儿园') is never it. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2022年某县教育事业发展主要情况

全县有各级各类学校40所,其中公办学校31所。全县现有在职公办教职工6100人。职业教育在校生3200人。特殊教育在校生75人。
全县有公办幼儿园12所,公办幼儿园教职工410人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-xuexiao-2022.txt", TEXT,
                    bureau_name="某县教育和体育局", home_places=["某县"], current_year=2022)


@pytest.mark.parametrize("question, figure", [
    ("上职业学校的学生有多少人？", "3200人"),
    ("在特殊教育学校读书的孩子有多少？", "75人"),
    ("县里公办学校的老师和职工加起来有多少人？", "6100人"),
])
def test_the_kind_answers_for_its_schools(county, question, figure):
    answer = county.ask(question)
    assert answer.answerable and figure in answer.answer


def test_a_count_of_schools_must_name_them(county):
    answer = county.ask("全县有几所公办学校？")
    assert answer.answerable and "31所" in answer.answer and "12所" not in answer.answer


def test_another_kind_of_school_is_not_it(county):
    answer = county.ask("公办中学的教职工有多少人？")
    assert "410" not in answer.answer
