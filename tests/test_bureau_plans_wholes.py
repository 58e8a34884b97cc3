"""The bureau's short names are not topics ('区教育和体育局牵头成立了多少个专班' in a report
of 某区教育和体育局 asks about the report's 专班); parts after ；of a sentence that opens with a
plan ('计划至2026年全区撤并完小2所;教学点5个;…') are the plan too, unless they say something is
done; a question naming every stage of a whole ('读小学初中的孩子') is answered by the whole's
figure when its sentence names the whole ('义务教育学校56所,…;在校生30120人'), though the
answer's own words do not. Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti.lexicon import bureau_words
from tests.conftest import deployed

TEXT = """某区教育和体育局2025年义务教育均衡发展工作总结

一、疫情防控
全局上下开展疫情防控,牵头成立12个专班,下沉干部80余名。

二、布局调整
计划至2026年全区撤并完小2所;撤销教学点5个;新建九年一贯制学校1所。
2025年,撤并村小3所;已撤销教学点4个。

三、基本情况
全区现有公办义务教育学校56所,其中初级中学11所,小学45所;在校生30120人,其中小学21000人、初中9120人。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "moqu-2025.txt", TEXT, bureau_name="某区教育和体育局",
                    home_places=["某区"], current_year=2025)


def test_short_forms_of_a_bureau_name():
    words = bureau_words("某市某区教育和体育局")
    assert {"区教育和体育局", "教育和体育局", "教育局", "区教体局"} <= set(words)
    assert "某区" not in words and "体育局" not in words
    assert {"市教委", "教育委员会"} <= set(bureau_words("某市教育委员会"))
    assert bureau_words("某区公共服务局") == ["某区公共服务局"]    # no education word: kept whole


def test_the_bureaus_short_name_is_no_topic(district):
    answer = district.ask("区教育和体育局为疫情防控牵头成立了多少个专班？").answer
    assert "12个" in answer


def test_parts_after_a_semicolon_keep_the_sentences_plan(district):
    answer = district.ask("计划撤销多少个教学点？").answer
    assert "5个" in answer and "4个" not in answer


def test_a_part_that_says_done_is_no_plan(district):
    answer = district.ask("2025年已经撤销了多少个教学点？").answer
    assert "4个" in answer and "5个" not in answer


def test_every_stage_named_is_answered_by_the_wholes_sentence(district):
    reply = district.ask("读小学初中的孩子一共有多少人？")
    assert reply.answerable and "30120人" in reply.answer


def test_one_stage_alone_is_still_its_own(district):
    answer = district.ask("读小学的孩子有多少人？").answer
    assert "21000人" in answer and "30120" not in answer
