"""A paragraph's opening span ('“十三五”以来,…') covers its later figures and is said with
them; items that only name a thing and its figure share the verb of the clause they follow
('创成…1所,…7所,…3所'); '创成…了吗' asks a state, and 创成 says it is done; a question that
names a whole by its figure ('150名教师里') is answered by a part of it alone; '那块' adds
nothing to a follow-up. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from tests.conftest import deployed

FIVE_YEARS = """“十三五”以来,某县坚持教育优先发展,各项工作成效明显。甲小学、乙中学先后建成并投入使用。创成省级学前教育示范县,新增学位480个、托位60个。义务教育阶段新增学位1250个,民办学校学生占比稳定。
德育工作全面推进,创成全国中小学劳动教育示范学校1所,国家级、省级艺术特色学校7所,全国书法教育特色学校3所,省青少年科技教育基地1个。
教师队伍建设持续加强,公开招聘教师150人,定向培养乡村教师12人,引进高层次人才20人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-wunian.txt", FIVE_YEARS, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2020)


def test_a_paragraphs_opening_span_covers_its_figures(county):
    answer = county.ask("“十三五”以来，某县义务教育阶段新增学位多少个？")
    assert "1250个" in answer.answer and "十三五" in answer.answer


def test_bare_items_share_the_verb_they_follow(county):
    assert "3所" in county.ask("某县创成全国书法教育特色学校几所？").answer


def test_chuangcheng_is_a_state_and_it_is_done(county):
    answer = county.ask("某县创成省级学前教育示范县了吗？")
    assert answer.answerable and "创成" in answer.answer and "计划" not in answer.answer


def test_a_whole_named_by_its_figure_is_answered_by_its_parts_alone(county):
    answer = county.ask("公开招聘的150名教师里有多少人分到了农村学校？")
    assert not answer.answerable and "12人" not in answer.answer


def test_nakuai_adds_nothing_to_a_follow_up():
    asked = standalone("那幼儿园那块呢？", ["“十三五”以来某县义务教育阶段新增了多少学位？"])
    assert asked.startswith("幼儿园（") and "那块" not in asked
