"""A verb right before the counted noun says which of them are asked ('退休教职工'): a
figure that does not say it ('在职公办教职工9000人') is no answer, though a verb elsewhere
in a question may go unsaid. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2022年某区教育事业发展主要情况

全区现有在职公办教职工9000人,其中:中小学教职工7000人,幼儿园教职工2000人。全区现有民办中小学教职工3000人。区委教育工委下辖1个退休教师党委。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-jiaozhigong-2022.txt", TEXT,
                    bureau_name="某区教育和体育局", home_places=["某区"], current_year=2022)


def test_a_qualifying_verb_must_be_said(district):
    answer = district.ask("某区公办退休教职工有多少人？")
    assert not answer.answerable and "9000" not in answer.answer


def test_without_it_the_figure_answers(district):
    answer = district.ask("某区公办教职工有多少人？")
    assert answer.answerable and "9000人" in answer.answer
