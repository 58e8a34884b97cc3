"""Lists and yes-or-no questions: '专任教师中,高中364人,…小学1194人' counts teachers (and is no answer to '不只是专任教师'); a
bracket's names that share one figure ('…、九年一贯制学校、十二年一贯制学校14所)') keep the
bracket a list, and the whole's name ('中学里完中…') is no sibling; '县里有没有专门学校'
is answered by how many there are; '去年…比今年多还是少' asks two figures, one per year.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from tests.conftest import deployed

TEXT = """某县教育基本情况

2022年,全县共有各级各类学校120所,其中幼儿园60所,小学45所,中职学校1所,专门学校1所。共有在校学生52000人(其中,学前教育9000人、小学26000人、专门学校30人)。

全县在职专任教师3100人。专任教师中,高中420人,初中860人,小学1520人,幼儿园300人。学历结构方面,研究生学历52人,本科学历2300人。

2022年,中学20所(完中5所、高级中学2所、初中8所、九年一贯制学校、十二年一贯制学校5所)。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-jiben-2022.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2022)


def test_a_setting_among_people_says_whom_a_list_counts(county):
    answer = county.ask("教小学的专任老师有多少？")
    assert answer.answerable and "1520人" in answer.answer and "52人" not in answer.answer


def test_not_only_the_named_people_is_not_answered_by_them(county):
    answer = county.ask("幼儿园一共有多少教职工（不只是专任教师）？")
    assert "300人" not in answer.answer


def test_whether_there_are_schools_is_answered_by_their_count(county):
    for question in ("县里有没有专门学校？", "县里有专门学校吗？"):
        answer = county.ask(question)
        assert answer.answerable and "专门学校1所" in answer.answer, question
        assert "30人" not in answer.answer and "52000人" not in answer.answer
    answer = county.ask("县里有没有大学？")
    assert not answer.answerable


def test_names_sharing_one_figure_keep_a_bracket_a_list(county):
    answer = county.ask("中学里完中有多少所？")
    assert answer.answerable and "完中5所" in answer.answer
    answer = county.ask("中学里初中有几所？")
    assert answer.answerable and "8所" in answer.answer and "20所" not in answer.answer
    answer = county.ask("九年一贯制学校有几所？")     # 5 counts two kinds together
    assert not answer.answerable


def test_more_or_less_than_another_year_asks_both_years():
    parts = split("去年在园幼儿比今年多还是少？")
    assert parts is not None and parts.compare == "which"
    assert parts.questions == ("去年在园幼儿有多少", "今年在园幼儿有多少")
    parts = split("公办园比民办园多还是少？")
    assert parts is not None and parts.questions == ("公办园有多少", "民办园有多少")


def test_a_year_the_documents_do_not_report_is_not_compared(county):
    answer = county.ask("去年在校学生比今年多还是少？")
    assert not answer.answerable and "52000人" not in answer.answer
