"""A clause listing things each led by its own verb ('推进教育现代化、建设教育强县、办好…')
says each verb of its own item only: '教育强县建成了吗' is not answered with 推进 (said of
教育现代化), while an item's own state verb still answers for it. What a status question asks of the
thing ('进展到哪一步了', '建好了没有') is the state to find, not a topic the statement must
name ('…宿舍楼项目,主体已完工,预计11月份竣工' answers '…项目进展到哪一步了'). Sentences
invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2022年某县教育工作总结

2022年,全县教育系统坚持立德树人,推进教育现代化、建设教育强县、办好人民满意的教育。
全年完成县第一实验小学改扩建、推进县第二中学迁建,县第三幼儿园已建成投入使用。
城东中学学生宿舍楼、城西中学学生宿舍楼项目,主体已完工,预计11月份竣工。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-status-2022.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2022)


def test_another_items_verb_is_no_state(county):
    answer = county.ask("某县的教育强县已经建成了吗？")
    assert not answer.answerable and "推进" not in answer.answer


@pytest.mark.parametrize("question, state", [
    ("第一实验小学改扩建完成了没有？", "完成"),
    ("第二中学迁建到哪一步了？", "推进"),
    ("第三幼儿园建好了没有？", "建成"),
    ("城西中学学生宿舍楼项目进展到哪一步了？", "主体已完工"),
])
def test_an_items_own_verb_is_its_state(county, question, state):
    answer = county.ask(question)
    assert answer.answerable and state in answer.answer
