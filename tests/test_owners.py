"""Each figure of a clause counts its own noun: a question about one of them is never
answered with the figure beside it, a figure in the generic 个 does not answer '几所'
unless it counts institutions, 非X is not X, and a comparison takes the figures one
sentence states together. Sentences invented for the test."""

from __future__ import annotations

import re

import pytest

from assistant.owners import owned_by_others, owner, phrase_of
from tests.conftest import deployed


def _spans(clause: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\d+(?:\.\d+)?万?[个名所人项家]", clause)]


def test_a_noun_after_a_figure_is_that_figures():
    clause = "建成12个创新实验室并聘请45名高校教授担任顾问"
    spans = _spans(clause)
    assert owned_by_others(clause, spans, 0, ("教授",))
    assert not owned_by_others(clause, spans, 1, ("教授",))
    assert phrase_of(clause, spans, 0) == "创新实验室"
    assert phrase_of(clause, spans, 1) == "高校教授担任顾问"


def test_a_noun_just_before_a_figure_is_that_figures():
    clause = "全县中小学46所在校学生3.2万人"
    spans = _spans(clause)
    at = clause.index("学生")
    assert owner(clause, spans, at, 2) == 1
    assert not owned_by_others(clause, spans, 1, ("学生",))
    assert phrase_of(clause, spans, 0) == "全县中小学"
    assert phrase_of("新增学前学位860个", _spans("新增学前学位860个"), 0) == "新增学前学位"


def test_a_noun_across_a_break_belongs_to_no_figure():
    clause = "培训教师300人，涉及学校"
    assert owner(clause, _spans(clause), clause.index("学校"), 2) is None
    assert not owned_by_others(clause, _spans(clause), 0, ("学校",))


TEXT = """某县教育局2024年工作总结

一、队伍建设
2024年，全县建成12个创新实验室并聘请45名高校教授担任顾问。

二、学前教育
2024年，全县新增学前学位860个，普惠性幼儿园覆盖率达到92%。

四、校外培训
2024年，全县32家学科类培训机构全部依法注销，另聘用非在编教师120人。

五、开学督查
2024年，改扩建公办幼儿园3所,新增公办学位900个;集合8个科室,组建了12个开学督查小分队,覆盖全县42所中小学,17所幼儿园。

三、民办教育
2024年，完成6所幼儿园等级评定和3所社区配套幼儿园普惠性认定，新增普惠性学位500个。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-2024.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


def test_the_figure_that_counts_the_asked_noun_answers(county):
    answer = county.ask("2024年聘请了多少个高校教授担任顾问？")
    assert answer.answerable and "45名" in answer.answer
    assert "12个" not in answer.answer


def test_a_count_in_ge_of_places_is_not_a_count_of_kindergartens(county):
    answer = county.ask("社区配套幼儿园里有几所被认定成普惠园了？")
    assert "500" not in answer.answer and "860" not in answer.answer


def test_what_a_question_excludes_is_not_its_answer(county):
    answer = county.ask("2024年注销了几家非学科类的培训机构？")
    assert not answer.answerable and "32" not in answer.answer
    assert county.ask("2024年聘用的非在编教师有多少人？").answer.count("120人") >= 1


def test_a_comparison_compares_the_figures_a_sentence_states_together(county):
    answer = county.ask("开学督查覆盖的中小学比幼儿园多几所？")
    assert answer.answerable and "25所" in answer.answer


def test_a_pair_stated_together_outranks_a_slightly_better_scattered_one():
    from assistant.pick import choose as _choose
    from assistant.match import FactMatch
    from jiaoti.types import Chunk, Fact

    text = "改扩建公办幼儿园3所。督查覆盖全县42所中小学,17所幼儿园。"
    chunk = Chunk("c1", text, "d.txt", "d", "", 1, 100, 100 + len(text))

    def match(raw: str, score: float) -> FactMatch:
        at = 100 + text.index(raw)
        fact = Fact(raw, raw[:-1], "所", raw, "", 2024, "actual", "", text, "c1", "d.txt", "",
                    at, at + len(raw), 100, 100 + len(text))
        return FactMatch(fact, chunk, 1, 0.8, score)

    schools, scattered, together = match("42所", 1.0), match("3所", 0.9), match("17所", 0.85)
    assert _choose([[schools], [scattered, together]], True) == [schools, together]
