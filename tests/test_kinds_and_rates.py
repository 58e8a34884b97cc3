"""Short forms and rates. '民办园' is a 民办幼儿园 and '(公民办)' names both kinds, in a
question and in a document; '每万人中拥有小学生884人' is a rate per 万人 that answers only a
question asking per 万人; '几所' is not answered by '360个学位'. Sentences invented for the
test."""

from __future__ import annotations

import pytest

from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某县教育统计
全县共有学校(幼儿园):480所。其中,幼儿园187所(公民办);小学230所。
幼儿园情况:187所。其中,公办幼儿园51所,民办园136所;普惠园119所。
小学 1946 所, 在校生 79.23 万人,校均规模 407.15人,平均每班39.06人,每个专任教师负担学生 19.08 人,每万人中拥有小学生 884 人。初中 303 所, 在校生33.52 万人,每万人中拥有初中生 374人。
某县清北幼儿园建设项目,设计规模为12个幼儿班360个学位的标准化公办幼儿园。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-tongji-2025.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2025)


def test_short_forms_are_read_whole():
    assert tx.stage_pupils("民办园136所") == "民办幼儿园136所"
    assert tx.stage_pupils("幼儿园187所(公民办)") == "幼儿园187所(公办、民办)"
    assert tx.stage_pupils("为公民办理") == "为公民办理"
    assert tx.stage_pupils("园区") == "园区"


def test_a_kind_of_kindergarten_is_not_answered_by_all_of_them(county):
    answer = county.ask("私立幼儿园某县有多少家？")
    assert answer.answerable and "136所" in answer.answer and "187" not in answer.answer
    answer = county.ask("某县民办幼儿园比公办幼儿园多几所？")
    assert answer.answerable and "85所" in answer.answer


def test_a_rate_answers_only_a_question_asking_per_its_base(county):
    answer = county.ask("小学每个专任教师负担学生多少人？")
    assert answer.answerable and "19.08" in answer.answer and "884" not in answer.answer
    answer = county.ask("小学在校生比初中在校生多多少？")
    assert answer.answerable and "45.71万" in answer.answer and "884" not in answer.answer
    assert "884" in county.ask("每万人中拥有小学生多少人？").answer


def test_places_for_pupils_do_not_count_kindergartens(county):
    answer = county.ask("某县清北幼儿园这种公办幼儿园有几所？")
    assert "360" not in answer.answer and "12个" not in answer.answer


def test_every_form_of_a_home_place_is_the_documents_own():
    from jiaoti.places import Home

    assert "山丹县" in Home(["甘肃省张掖市山丹县", "山丹"]).forms()
    assert Home(["某县"]).forms() == {"某县"}


def test_an_item_of_a_list_does_not_answer_for_another_items_name(tmp_path_factory):
    county = deployed(tmp_path_factory, "shandan-like.txt",
                      "某县教育概况\n年内,全县各级各类学校65所,其中幼儿园38所(公办园20所、民办园18所)、"
                      "小学18所(另有教学点2个)、独立初中2所、九年制学校3所、高级中学1所、十二年制学校1所。\n",
                      bureau_name="某县教育局", home_places=["甘肃省张掖市某县", "某县"],
                      current_year=2021)
    answer = county.ask("某县九年制学校有几所？")
    assert "1所" not in answer.answer
    both = county.ask("某县幼儿园中公办园和民办园各有多少所？")
    assert both.answerable and "20所" in both.answer and "18所" in both.answer
