"""A question that names some of a list's examples as one batch ('城南小学搬迁、老二中改造那一批
工程', '城南小学整体搬迁等工程') asks the figure of the whole list, not of each example; a
question about one example alone still gets no figure that counts the others too.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县教育工作总结
2021年,投资8600万元,实施城南小学整体搬迁、老二中改造及一中体育馆建设等工程5个,新建校舍21000平方米。
2021年,投资900万元实施乡镇学校维修等项目12个。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "moux-2021.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2021)


@pytest.mark.parametrize("question", [
    "2021年投了多少钱搞城南小学搬迁、老二中改造那一批工程？",
    "2021年城南小学整体搬迁等工程投资了多少？"])
def test_examples_named_as_a_batch_ask_the_whole_list(county, question):
    answer = county.ask(question)
    assert answer.answerable and "8600万元" in answer.answer
    assert answer.citations[0].quote in TEXT


def test_a_follow_up_counts_the_batch(county):
    first = "2021年投了多少钱搞城南小学搬迁、老二中改造那一批工程？"
    answer = county.ask("那批工程一共有几个？", history=[first])
    assert answer.answerable and "5个" in answer.answer and "8600" not in answer.answer


def test_one_example_alone_gets_no_figure_of_the_list(county):
    answer = county.ask("2021年老二中改造投资了多少？")
    assert "8600" not in answer.answer
