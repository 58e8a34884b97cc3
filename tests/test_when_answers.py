"""A 'when' question is answered by a time the statement's own sentence gives — its leading
'2021年7月,' quoted with it — never by the year of the document around a sentence that
gives none. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2021年某旗教育工作总结

一、主要工作
2021年7月,联合某师范大学成功举办首届教育创新大会。推动全旗第一所特教学校招生开学,推进某师范大学附属学校项目建设,附属学校一期工程总进度约完成 82%。
"""


@pytest.fixture(scope="module")
def banner(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqi-when-2021.txt", TEXT,
                    bureau_name="某旗教育体育局", home_places=["某旗"], current_year=2021)


def test_the_leading_time_is_quoted(banner):
    answer = banner.ask("教育创新大会是什么时候办的？")
    assert answer.answerable and "2021年7月" in answer.answer
    assert answer.citations[0].quote.startswith("2021年7月")


def test_no_time_in_the_sentence_is_no_answer(banner):
    answer = banner.ask("某师范大学附属学校什么时候开始招生？")
    assert not answer.answerable and "82" not in answer.answer
