"""A quoted speech is split into clauses like any text, its last at '。”'; a figure set
against 如今 in its sentence is the past ('2018年,…仅有180名学生,如今…有420名学生'), and
'如今' is no year of the one before; '有420名学生和18名教师' pairs each figure with its
noun; '那现在呢' moves the last question to now; '10大类' counts kinds; one of the things
the sentence above lists does not name a breakdown's other items; a question with no noun
of its own ('建设了多少平方米') measures the thing it was asked after. Sentences invented
for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from jiaoti import text as tx
from jiaoti.figures import figures_at, without_others
from tests.conftest import deployed

STORY = """“2018年,某村寄宿制小学仅有180名学生,如今这所学校已经发展到有420名学生和18名教师。”曾在这所学校任教的李老师说。
“十三五”以来,某州投资8.2亿元实施了校安工程、标准化学校、薄弱学校改造、中小学食堂改造、牧区项目等6大类教育建设项目。其中校舍安全工程30个,建设校舍12.4万平方米;标准化学校项目20个,建设校舍8.8万平方米;薄弱学校改造项目3个,建设校舍5200平方米;中小学食堂改造项目8个,建设校舍3900平方米;
"""


@pytest.fixture(scope="module")
def prefecture(tmp_path_factory):
    return deployed(tmp_path_factory, "mouzhou-gushi.txt", STORY, bureau_name="某州教育局",
                    home_places=["某州"], current_year=2020)


def test_a_speech_in_quotes_is_clauses_and_ends_at_its_close():
    text = STORY.splitlines()[0]
    clauses = [text[c.start:c.end] for c in tx.clauses(text, 0, len(text))]
    assert clauses[2].endswith("18名教师") and "老师说" in clauses[3]


def test_each_figure_of_a_pair_has_its_own_noun():
    item = "如今这所学校已经发展到有420名学生和18名教师"
    assert "教师" not in without_others(item, item.find("420"))[0]
    assert [f.raw for f in figures_at("等6大类教育建设项目")] == ["6大类"]


def test_now_is_not_the_year_said_before(prefecture):
    answer = prefecture.ask("某村寄宿制小学现在有多少学生？").answer
    assert "420名学生" in answer and "180" not in answer and "教师" not in answer
    later = prefecture.ask("那现在呢？", ["2018年某村寄宿制小学有多少学生？"]).answer
    assert "420名" in later


def test_a_listed_thing_does_not_name_the_other_items(prefecture):
    answer = prefecture.ask("中小学食堂改造和薄弱学校改造，哪个建设的校舍多？差多少平方米？").answer
    assert "3900平方米" in answer and "5200平方米" in answer and "1300平方米" in answer


def test_a_part_with_no_noun_measures_what_it_was_asked_after(prefecture):
    answer = prefecture.ask("牧区项目有多少个？建设了多少平方米？")
    assert not answer.answerable and "平方米" not in answer.answer


def test_that_now_moves_the_last_question():
    assert standalone("那现在呢？", ["2018年某村小学有多少学生？"]) == "现在某村小学有多少学生？"
