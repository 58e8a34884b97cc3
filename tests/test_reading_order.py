"""Ties fall to the documents' reading order, never to chunk ids (hashes that change with
every new version of a document), and a figure of the year before is computed from the
statement of the next year's figure that gives its change, wherever the same figure was
said first without it. Text invented for the test."""

from __future__ import annotations

import pytest

from assistant.retrieve import rrf
from jiaoti.types import Chunk
from tests.conftest import deployed, first_sentence

REPORT = """某县2023年教育工作总结
一、基本情况
全县现有幼儿园40所,其中公办幼儿园22所。在园幼儿9200人,其中公办幼儿园在园幼儿5100人。
二、学校建设
新建城北小学,投入使用。
三、发展变化
2023年全县幼儿园40所,减少2所;在园幼儿9200人,比上年增加300人。
"""


def _chunk(cid: str, source: str, start: int) -> Chunk:
    return Chunk(id=cid, text="某", source=source, title="", section="", paragraph=1,
                 start=start, end=start + 1)


def test_equal_fused_scores_fall_to_reading_order():
    late, early, other = _chunk("a1", "x.txt", 90), _chunk("f9", "x.txt", 10), \
        _chunk("00", "y.txt", 0)
    fused = rrf([(1.0, [late, early]), (1.0, [early, late])], k=60)
    assert [h.chunk.id for h in fused] == ["f9", "a1"]
    fused = rrf([(1.0, [other, early]), (1.0, [early, other])], k=60)
    assert [h.chunk.id for h in fused] == ["f9", "00"]


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-order.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_the_year_before_from_the_statement_giving_the_change(county):
    answer = county.ask("去年某县在园幼儿有多少人？")
    assert answer.answerable and "8900人" in first_sentence(answer)
    answer = county.ask("2022年某县在园幼儿有多少人？")
    assert answer.answerable and "8900人" in first_sentence(answer)
