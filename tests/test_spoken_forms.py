"""How people write what the documents write another way: an autonomous county by its
short name and 县 ('乐东县' for 乐东黎族自治县); a two-character word jieba splits into a
filler and a character ('大班'); money asked as 资金 of a sum in 元; an allocation made
('安排了') is no plan. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.intent import period_of
from jiaoti.places import Home, spoken_forms
from tests.conftest import deployed

TEXT = """乐东黎族自治县教育局2013年工作总结

一、2013年主要工作
今年安排800多万元支持县第一中学2014年创建省一级学校。全县现有幼儿园20所。在园幼儿3000人,其中小班900人,中班1000人,大班1100人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "zizhixian-2013.txt", TEXT, bureau_name="乐东黎族自治县教育局",
                    home_places=["海南省乐东黎族自治县", "乐东"], current_year=2013)


def test_an_autonomous_area_is_written_by_its_short_name_and_level():
    assert spoken_forms("乐东黎族自治县") == ("乐东", "乐东县")
    assert spoken_forms("湘西土家族苗族自治州") == ("湘西", "湘西州")
    assert spoken_forms("鹤壁市") == ()
    assert "乐东县" in Home(["海南省乐东黎族自治县", "乐东"]).forms()


def test_the_home_county_said_the_short_way_is_home(county):
    answer = county.ask("乐东县现有幼儿园多少所？")
    assert answer.answerable and "20所" in answer.answer


def test_a_two_character_word_of_the_documents_is_kept_whole(county):
    answer = county.ask("县里大班的孩子现在有多少人？")
    assert answer.answerable and "1100人" in answer.answer and "3000" not in answer.answer
    answer = county.ask("县里读中班的小孩有多少个？")
    assert answer.answerable and "1000人" in answer.answer


def test_money_asked_as_funds_is_said_by_a_sum_in_yuan(county):
    assert period_of("安排了多少资金") == "" and period_of("明年安排多少资金") == "plan"
    answer = county.ask("乐东县安排了多少资金支持县第一中学创建省一级学校？")
    assert answer.answerable and "800多万元" in answer.answer


def test_a_home_place_written_with_its_province_and_prefecture_is_home_by_its_spoken_form():
    """'焉耆' is a word of its own (an ancient kingdom), so only the settings' full name
    leads to the county: its spoken form '焉耆县' is then home, a neighbour is not."""
    from jiaoti.places import gazetteer

    home = Home(["新疆维吾尔自治区巴音郭楞蒙古自治州焉耆回族自治县", "焉耆"])
    (said,) = gazetteer().find("焉耆县的学校有多少所")
    (other,) = gazetteer().find("和静县的学校有多少所")
    assert home.is_home(said) and not home.is_home(other)
    assert home.label() == "焉耆回族自治县"          # what an answer calls 我县
