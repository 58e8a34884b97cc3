"""A question of two clauses ('中等职业学校有几所？在校生多少人？') asks the second of the
first one's thing (and of the part the first asks: '…里城区的有几所、收了多少孩子'), and a breakdown's item counts what its list counts ('学生…,其中中等职业
学校1500人'); '毕业了多少学生' is said by '毕业生', and '初中生18000人' counts 学生 ('读初中的'). Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2023年某区教育事业发展统计公报

全区现有各级各类学校共60所,其中中等职业学校2所,基础教育58所。
全区有各级各类学校学生30000人,其中中等职业学校1500人,基础教育28500人。
普通高中学校3所;毕业生2100人;招生2300人;在校生6700人。
全区义务教育阶段在校学生66000人,其中小学生48000人、初中生18000人。
民办幼儿园31所,在园幼儿4722人(普惠性幼儿园25所,在园人数为4437人,其中城区13所2576人,乡镇12所1861人)。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-tongji-2023.txt", TEXT,
                    bureau_name="某区教育体育局", home_places=["某区"], current_year=2023)


def test_the_second_clause_asks_of_the_first_ones_thing(district):
    answer = district.ask("某区的中等职业学校有几所？在校生多少人？")
    assert answer.answerable and "2所" in answer.answer and "1500人" in answer.answer
    assert "30000" not in answer.answer


def test_a_part_the_first_clause_asks_is_asked_by_the_second(district):
    answer = district.ask("普惠性幼儿园里城区的有几所、收了多少孩子？")
    assert "4722" not in answer.answer and "4437" not in answer.answer


def test_a_stage_pupil_word_counts_pupils(district):
    answer = district.ask("读小学的孩子比读初中的多多少人？")
    assert answer.answerable and "30000人" in answer.answer


def test_a_verb_and_its_noun_as_one_word(district):
    answer = district.ask("普通高中今年毕业了多少学生？")
    assert answer.answerable and "2100人" in answer.answer
