"""Questions about a document itself ('这份工作总结是哪天发布的？', '是哪个单位发的？') are
answered from what the document says of itself — a page's fields above the text, a date or an
office on a line of its own, the signature at its end — quoted verbatim; never from a date in
its body, and never when the question may mean another document. Texts invented for the
test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.docinfo import _the_document, asked
from jiaoti.types import DocumentInfo
from tests.conftest import deployed

PAGE = """某县教育局2023年工作总结
来源: 某县教育局 发布时间: 2024-01-10 09:30
2023年,全县新建幼儿园3所,新增学位900个。
《某县学前教育提升方案》于2023年5月8日印发。
"""

SIGNED = """某区2022年教育工作报告
2022年,全区有中小学45所,在校学生32000人。
某区教育和体育局
2023年2月16日
"""

UNDATED = """某镇2021年教育工作情况
2021年,全镇有小学6所,在校学生2100人。
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-page-2023.txt", PAGE,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-signed-2022.txt", SIGNED,
                    bureau_name="某区教育和体育局", home_places=["某区"], current_year=2022)


def test_the_page_fields_answer(page):
    answer = page.ask("这份工作总结是哪天发布的？")
    assert answer.answerable and "2024-01-10" in answer.answer
    assert answer.citations[0].quote == "发布时间: 2024-01-10 09:30"
    who = page.ask("是哪个单位发的？", history=["这份工作总结是哪天发布的？"])
    assert who.answerable and "某县教育局" in who.answer and "2024" not in who.answer


def test_both_asked_in_the_order_asked(page):
    answer = page.ask("这份总结由哪个单位发布？是什么时候发布的？")
    assert answer.answerable
    assert answer.answer.index("某县教育局") < answer.answer.index("2024-01-10")
    assert len(answer.citations) == 2


def test_a_date_in_the_body_is_not_the_documents(page):
    answer = page.ask("这份总结里提到的学前教育提升方案是哪天印发的？")
    assert "2024-01-10" not in answer.answer


def test_the_signature_answers(signed):
    answer = signed.ask("这份报告落款是哪一天？")
    assert answer.answerable and "2023年2月16日" in answer.answer
    who = signed.ask("这份报告是哪个部门出的？")
    assert who.answerable and "某区教育和体育局" in who.answer


def test_a_document_that_does_not_say_is_not_guessed(tmp_path_factory):
    town = deployed(tmp_path_factory, "mouzhen-2021.txt", UNDATED,
                    bureau_name="某镇中心学校", home_places=["某镇"], current_year=2021)
    answer = town.ask("这份工作情况是哪天发布的？")
    assert not answer.answerable


@pytest.mark.parametrize("question, wanted", [
    ("这份统计公报是哪天发布的？", (True, False, False, "")),
    ("柳城县教育局2019年工作总结是哪天发布的？", (True, False, False, "城县教育局2019年工作总结")),
    ("这份文件由哪个单位发布？什么时候发布的？", (True, True, True, "")),
    ("谁在新闻发布会上通报的进展？", None),
    ("新校区是什么时候投入使用的？", None),
    ("这份报告里说的方案是哪天印发的？", None),
    ("这份《2021年教育基本情况》是哪天成文的？", (True, False, False, "2021年教育基本情况")),
])
def test_what_is_a_question_about_the_document(question, wanted):
    assert asked(question) == wanted


def test_a_name_said_by_two_titles_means_neither():
    docs = {s: DocumentInfo(s, t, "v", 1, "") for s, t in [
        ("a.txt", "某县2023年教育工作总结"), ("b.txt", "某县2024年教育工作总结"),
        ("c.txt", "某县2024年足球联赛通知")]}
    snap = SimpleNamespace(documents=docs)
    assert _the_document(snap, "2024年教育工作总结") == "b.txt"
    assert _the_document(snap, "教育工作总结") is None
    assert _the_document(snap, "") is None
    assert _the_document(snap, "2024年足球联赛通知") == "c.txt"


REPORTED = """关于2023年教育工作自评的报告
成文日期: 2023-12-20 发布日期: 2023-12-28
某市教育局:
根据要求,某县对照评价要素开展自评,自评得分96分。
"""


@pytest.fixture(scope="module")
def reported(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-reported-2023.txt", REPORTED,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_each_date_asked_is_said(reported):
    answer = reported.ask("这份报告是哪天成文、哪天发布的？")
    assert answer.answerable and "2023-12-20" in answer.answer and "2023-12-28" in answer.answer
    answer = reported.ask("这份报告是哪天成文的？")
    assert answer.answerable and "2023-12-20" in answer.answer and "2023-12-28" not in answer.answer


def test_the_office_a_report_is_addressed_to(reported):
    answer = reported.ask("这份自评报告是交给哪个部门的？")
    assert answer.answerable and "某市教育局" in answer.answer
    assert answer.citations[0].quote.startswith("某市教育局")
    answer = reported.ask("这份报告里自评得了多少分？")
    assert "某市教育局" not in answer.answer
