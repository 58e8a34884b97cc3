"""A whole named by another of the question's words ('高中' for 公办高级中学2所(完中1所,高中
1所)) is asked, not the part of its bracket that shares the word; kinds a question takes in
('幼儿园、中小学、特殊学校都算上') do not narrow it, and '普通中小学' is 中小学; '比上年是多了还是
少了' asks the change, with its figure; a '其中:' list goes on after a semicolon. Sentences
invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2022年某县教育事业发展统计公报

全县公办高级中学2所(完中1所,高中1所)。二是公办中职教育3所。
全县共有幼儿园、普通中小学、特殊教育学校及工读学校300所,其中:幼儿园150所,比上年增加3所;小学80所,比上年减少4所。共有在校学生9万人,其中:幼儿园2.1万人,比上年减少2%;小学4.5万人,比上年增加3%;普通高中1.2万人,比上年增加4%。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-zongshu-2022.txt", TEXT,
                    bureau_name="某县教育体育局", home_places=["某县"], current_year=2022)


def test_the_whole_another_word_names_is_asked(county):
    answer = county.ask("县里公办的高中有几所？")
    assert answer.answerable and "2所" in answer.answer and "1所" not in answer.answer


def test_an_enumerator_is_no_kind(county):
    answer = county.ask("县里公办中职教育有几所？")
    assert answer.answerable and "3所" in answer.answer


def test_kinds_taken_in_do_not_narrow(county):
    answer = county.ask("全县总共有多少所学校？幼儿园、中小学、特殊学校都算上。")
    assert answer.answerable and "300所" in answer.answer


def test_a_list_goes_on_after_a_semicolon(county):
    answer = county.ask("普通高中在校生有多少人？")
    assert answer.answerable and "1.2万人" in answer.answer


def test_more_or_less_asks_the_change(county):
    answer = county.ask("比上年是多了还是少了？", history=["上幼儿园的孩子有多少？"])
    assert answer.answerable and "减少2%" in answer.answer and "3所" not in answer.answer
