"""Parts of a count: a figure counting two kinds together ('民办学校及幼儿园90所') does not
answer a question about one of them; '新增的学位里，幼儿园学位有多少个' asks a part the whole
does not say; a follow-up keeps what the question before narrowed ('那教职工有多少？' after
'义务教育阶段有多少在校学生？'); a status question about a count broken down by state hears
every state. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2023年某市教育工作总结

全市现有学校及幼儿园300所,其中幼儿园120所、小学100所。现有民办学校及幼儿园90所,其中幼儿园80所、小学6所。
共有教职工20000人,其中学前教育3000人、义务教育12000人。共有在校学生200000人,其中幼儿园40000人、义务教育130000人。
新改扩建 15 所公办幼儿园、14 所中小学,新增学位 16975 个。
落实巡察反馈意见整改,巡察反馈的 37 个问题,已完成整改 13 个,已完成并长期坚持 21 个,取得阶段性进展并继续推进 3 个。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-parts-2023.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2023)


def test_a_count_of_two_kinds_is_not_one_of_them(city):
    answer = city.ask("私立幼儿园有多少家？")
    assert "90所" not in answer.answer
    assert not answer.answerable or "80所" in answer.answer


def test_a_count_of_two_kinds_answers_both(city):
    answer = city.ask("学校和幼儿园一共有多少所？")
    assert answer.answerable and "300所" in answer.answer


def test_a_follow_up_keeps_what_was_narrowed(city):
    answer = city.ask("那教职工有多少？", history=["义务教育阶段有多少在校学生？"])
    assert answer.answerable and "12000人" in answer.answer and "20000" not in answer.answer
    whole = city.ask("全市有多少教职工？")
    assert whole.answerable and "20000人" in whole.answer


def test_a_part_after_a_comma_is_asked(city):
    answer = city.ask("今年新增的学位里，幼儿园学位有多少个？")
    assert "16975" not in answer.answer


def test_every_state_of_a_count(city):
    answer = city.ask("巡察反馈的问题都整改完了吗？")
    assert answer.answerable and "13 个" in answer.answer and "继续推进 3 个" in answer.answer


def test_a_list_that_adds_a_kind_is_not_asked(city):
    answer = city.ask("全市有多少所小学？")
    assert answer.answerable and "100所" in answer.answer and "6所" not in answer.answer
