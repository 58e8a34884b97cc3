"""A page whose figures stand apart from their units ('2020 年', '66 所', as many
government pages print them) is read like any other, and a question that says 大大小小
asks all of them; an area in 平方千米 is an area. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """教 育【概况】 2020 年,全区有学校 66 所,教职工 5636 人,在校生总数 68622 人。全区有幼儿园 107 所, 教职工 2017 名, 在园幼儿 20249 名。
全区行政区域总面积569.2平方千米。
【学前教育】 年内,公办幼儿园 60 所,普惠性民办幼儿园 33所。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-2020.txt", TEXT, bureau_name="某区教育和体育局",
                    home_places=["某区"], current_year=2020)


def test_a_year_written_apart_from_its_character_is_the_documents_year(district):
    answer = district.ask("2020年全区有多少所幼儿园？")
    assert answer.answerable and "107 所" in answer.answer
    assert answer.citations[0].quote in TEXT
    assert not district.ask("2019年全区有多少所幼儿园？").answerable


def test_a_reduplicated_word_asks_all_of_them(district):
    answer = district.ask("全区大大小小的幼儿园一共有多少所？")
    assert answer.answerable and "107 所" in answer.answer
    whole = district.ask("连幼儿园在内，全区一共有多少所学校？")     # what the whole includes
    assert whole.answerable and "66 所" in whole.answer and "107" not in whole.answer


def test_an_area_in_square_kilometres_answers_an_area_question(district):
    answer = district.ask("全区行政区域总面积是多少？")
    assert answer.answerable and "569.2平方千米" in answer.answer
