"""A question about the years since a past start ('去年以来投入了多少', '2019年以来招聘的
特岗教师') asks no single year: a figure said of such a span answers it ('去年来,…投入达到…',
'2019年以来招聘…'), one year's figure does not; '去年来了多少老师' is no span. A school a
sentence opens on ('某某高中上本科线300人,本科线率90.5%;…') is what its later clauses count:
its figures answer questions that name it, with its name, and not questions about the whole
county (when its name is a proper name); a figure whose own words add a
qualifier ('历史类本科线率') is not the plain one asked. A place named only as the home's
address ('洛阳市栾川县教育局') is not what the documents speak of; the words of a date a
figure is counted up to ('截止2023年末的统计中') are no topic; a day asked is answered by a
sentence that gives the day but no year. Text invented for the test."""

from __future__ import annotations

import pytest

from assistant import since
from assistant.owned import owner_of, proper_owner
from tests.conftest import deployed

REPORT = """某县教育局2022年工作总结
去年来,县委、县政府坚持教育优先发展,教育综合投入达到8.6亿元,同比增长5.2%。
2022年,全县新招聘教师120人。现有专任教师3200人(含2019年以来招聘未接转特岗教师85人)。
2022年,全县高考本科线率达到76.5%,高于全市水平4个百分点。枫林高中上本科线300人,本科线率90.5%,居全市第一名;上特控线120人,特控线率36.2%,历史类本科线率92.3%。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-2022.txt", REPORT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2022)


def test_a_span_from_a_past_start_asks_no_year():
    assert since.spans_from("某县去年以来教育综合投入达到多少？")
    assert since.spans_from("2019年以来招了多少特岗教师？")
    assert not since.spans_from("去年来了多少新老师？")          # 来 is the verb
    assert not since.spans_from("今年以来招了多少老师？")         # this year's
    assert since.without_start("去年以来投入多少").strip() == "投入多少"


def test_a_figure_said_of_the_span_answers_it(county):
    answer = county.ask("某县去年以来教育综合投入达到多少？")
    assert answer.answerable and "8.6亿元" in answer.answer
    answer = county.ask("2019年以来招进来还没接转的特岗老师有多少？")
    assert answer.answerable and "85人" in answer.answer


def test_one_years_figure_does_not_answer_a_span(county):
    answer = county.ask("2020年以来全县一共新招聘了多少教师？")
    assert not answer.answerable and "120人" not in answer.answer


def test_a_school_a_sentence_opens_on_owns_its_clauses():
    assert owner_of("枫林高中上本科线300人,本科线率90.5%") == "枫林高中"
    assert owner_of("2022年,枫林高中上本科线300人") == "枫林高中"
    assert owner_of("普通高中上本科线300人,本科线率90.5%") == ""       # a kind of school
    assert owner_of("枫林高中、绿水中学上本科线300人") == ""           # one of several
    assert owner_of("枫林高中上本科线300人,全县本科线率76.5%") == ""   # a whole after it


def test_a_schools_figures_answer_questions_naming_it(county):
    answer = county.ask("枫林高中本科线率是多少？")
    assert answer.answerable and "90.5%" in answer.answer and "枫林高中" in answer.answer
    assert "92.3" not in answer.answer           # (历史类本科线率 adds a word: not the one asked)
    answer = county.ask("枫林高中特控线率是多少？")
    assert answer.answerable and "36.2%" in answer.answer


def test_a_schools_figures_do_not_answer_the_county(county):
    answer = county.ask("某县高考本科线率是多少？").answer
    assert "76.5%" in answer and "90.5" not in answer
    answer = county.ask("全县上特控线的有多少人？")
    assert not answer.answerable and "120人" not in answer.answer
    assert proper_owner("通州区小学84所,在校生5万人") == ""      # the schools of a place
    assert proper_owner("中职学校3所,在校生2000人") == ""        # a kind
    assert proper_owner("枫林高中上本科线300人,本科线率90.5%") == "枫林高中"


TITLED = """洛阳市栾川县教育局基本情况
全县现有中小学56所,专任教师3100人。
9月10日,县教育局召开全县教育工作会议,部署新学期工作。
"""


@pytest.fixture(scope="module")
def titled(tmp_path_factory):
    return deployed(tmp_path_factory, "luanchuan.txt", TITLED, bureau_name="栾川县教育局",
                    home_places=["河南省洛阳市栾川县", "栾川"], current_year=2023)


def test_a_place_named_only_as_the_homes_address_is_not_its_scope(titled):
    answer = titled.ask("洛阳全市的专任教师有多少？")
    assert not answer.answerable and "3100" not in answer.answer
    assert "3100人" in titled.ask("栾川县的专任教师有多少？").answer


def test_the_words_of_a_date_counted_up_to_are_no_topic(titled):
    assert since.topics_of("截止2023年末的统计中，专任教师有多少？").split() == [
        "2023年", "，专任教师有多少？"]
    answer = titled.ask("截止2023年末的统计中，栾川县专任教师有多少？")
    assert answer.answerable and "3100人" in answer.answer


def test_a_day_asked_is_answered_by_the_day_without_a_year(titled):
    answer = titled.ask("全县教育工作会议是哪天召开的？")
    assert answer.answerable and "9月10日" in answer.answer
