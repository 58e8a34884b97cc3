"""A document in traditional characters (a copy of a bureau's page) answers questions in
simplified ones, and its quote stays as the document writes it. Sentences invented for the
test."""

from __future__ import annotations

import pytest

from assistant.intent import asked_unit
from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某旗中小學幼兒園布局規劃

一、基本情況
截至2024年春季學期,全旗共有中小學校33所。全旗小學在校生16801人;初中在校生7211人。
全旗現(xiàn)有幼兒園80所,在園幼兒12058名。其中高中4所(高級(jí)中學(xué)2所,完全中學(xué)1所,十二年一貫制學(xué)校1所)。
"""


@pytest.fixture(scope="module")
def banner(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqi-buju.txt", TEXT, bureau_name="某旗教育局",
                    home_places=["某旗"], current_year=2024)


def test_folding_reads_traditional_characters_one_for_one():
    text = "全旗小學在校生16801人,幼兒園80所"
    assert tx.fold(text) == "全旗小学在校生16801人,幼儿园80所"
    assert len(tx.fold(text)) == len(text)
    assert tx.tokens("小學在校生") == tx.tokens("小学在校生")


def test_pinyin_reading_aids_are_no_part_of_the_text():
    assert tx.without_reading_aids("全旗現(xiàn)有幼兒園80所") == "全旗現有幼兒園80所"
    assert tx.without_reading_aids("人工智能(AI)课程(ai)") == "人工智能(AI)课程(ai)"


def test_a_school_kind_inside_a_bracket_of_reading_aids_is_found(banner):
    answer = banner.ask("某旗的完全中学有几所？")
    assert answer.answerable and "1所" in answer.answer and "4所" not in answer.answer
    assert "完全中學1所" in answer.citations[0].quote


def test_a_traditional_document_answers_a_simplified_question(banner):
    answer = banner.ask("某旗小学在校生有多少人？")
    assert answer.answerable and "16801人" in answer.answer
    assert "小學在校生16801人" in answer.citations[0].quote


def test_children_asked_without_a_measure_word_are_counted_in_people(banner):
    assert asked_unit("上幼儿园的小朋友全旗一共多少？") == ("人", "小朋友")
    answer = banner.ask("上幼儿园的小朋友全旗一共多少？")
    assert "80所" not in answer.answer
    assert answer.answerable and "12058名" in answer.answer


def test_the_whole_banner_is_the_home_place_not_a_topic(banner):
    answer = banner.ask("全旗初中在校生总数是多少？")
    assert answer.answerable and "7211人" in answer.answer
