"""A bare number whose next item has a unit counts in it ('其中在职1800,离退休600人'); a
list of names after a colon is counted as the thing before the colon ('内设科室有:办公室、
…等9个'), a verb inside one of the names ('学生资助中心') is no flow; units are counted in
个, not in their staff's 人; a state said in traditional characters is a state; two questions each whole
in itself are two parts; '…改善计划工作共实施…' is no plan; '娃娃们…' is no asker's own
story; '是哪个学校的学生？' asks of the last question's thing; a figure that lacks a word
of the question another figure says ('财政预算' over '国家财政性…' and '一般公共预算…') is
not given, the answer asks which; a bracket after a figure whose own figure a copy masks
('59所(**教学点)') does not count what it names; a paragraph opening on 公办学校 goes on
about all of them where a later sentence opens on 全县; '由200元提高到300元' is 300元 now
and 200元 before; '解放那年' is the year the documents date 解放 by; a stage no document
names is not counted by a whole it may be part of ('中学19所' for 高中); a byline
('来源:某某新闻网') is no title. Text invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import FOLLOWUP_MARK, standalone
from assistant.parts import split
from assistant.preamble import preamble_end
from jiaoti import text as tx
from jiaoti.figures import figures_at
from tests.conftest import deployed

REPORT = """某县教育局概况
局内设科室有:办公室、财务科、人事科、监察科、安全科等9个,另有直属单位:教研室、学生资助管理中心、招生办、电教馆等5个。现有干部职工86人,其中机关科室46人,直属单位40人。
全县现有公办学校80所,其中小学59所(**教学点),初级中学13所。全县教职工2400人,其中在职1800,离退休600人。校安工程全面啟動,教育装备工程已啟動。
2019年全县高考一本上线人数120人,比上年多12人,二本上线率45.5%,比上年提高8.2个百分点,其中县一中王某某同学考上清华大学。
2019年,全县农村义务教育阶段学生营养改善计划工作共实施专项经费2560.5万元,受益学生3万多人。
2019年,寄宿生生活补助由200元提高到300元。
2019年,全县国家财政性教育经费总收入52000万元,比上年48000万元增加4000万元。
2019年,全县一般公共预算教育经费41000万元,比上年38000万元增加3000万元。
"""


HISTORY = """某县教育概况
某县1949年9月解放。1949年全县仅有初级中学1所,小学57所,教师120人。
1993年,全县有中学19所、小学417所、幼儿园25所,教职工总数3558人。
"""


@pytest.fixture(scope="module")
def old_county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-lishi.txt", HISTORY, bureau_name="某县教育局",
                    home_places=["某县"], current_year=1993)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-gaikuang.txt", REPORT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2019)


def test_a_bare_number_counts_in_its_next_items_unit():
    figs = figures_at("全县教职工2400人,其中在职1800,离退休600人。")
    assert [(f.raw, f.unit, f.kind) for f in figs][1] == ("1800", "人", "count")
    assert [f.unit for f in figures_at("编号3311,共有学生1175人。")][0] == ""


def test_in_service_staff_said_without_a_unit(county):
    assert "1800" in county.ask("在职的教职工有多少人？").answer
    answer = county.ask("在岗的教职工比离退休的多多少人？").answer
    assert "1800" in answer and "600人" in answer and "1200人" in answer


def test_names_after_a_colon_are_counted_as_the_thing_before_it(county):
    assert "9个" in county.ask("内设科室有多少个？").answer
    units = county.ask("另有几个直属单位？")
    assert units.answerable and "5个" in units.answer and "40人" not in units.answer


def test_units_are_counted_in_ge_not_in_their_staff(county):
    answer = county.ask("内设科室和直属单位各有几个？").answer
    assert "9个" in answer and "5个" in answer and "40人" not in answer
    answer = county.ask("直属单位有几个？").answer
    assert "5个" in answer and "40人" not in answer


def test_a_state_in_traditional_characters(county):
    answer = county.ask("校安工程启动了没有？")
    assert answer.answerable and "啟動" in answer.answer


def test_two_questions_each_whole_are_two_parts(county):
    assert split("一本上线人数比上年多了多少？二本上线率比上年提高了多少？").questions == (
        "一本上线人数比上年多了多少？", "二本上线率比上年提高了多少？")
    assert FOLLOWUP_MARK in split("新建了多少所学校？花了多少钱？").questions[1]
    several = split("一中和二中的投资各是多少？一中的投资是二中的几倍？").questions
    assert "一中和二中的投资各是多少？" not in several      # (a part asks two things itself)
    answer = county.ask("一本上线人数比上年多了多少？二本上线率比上年提高了多少？").answer
    assert "12人" in answer and "8.2个百分点" in answer


def test_a_plans_name_is_no_plan(county):
    answer = county.ask("2019年娃娃们吃营养餐，县里花了多少钱？").answer
    assert "2560.5万元" in answer and "计划2019" not in answer and "工作安排" not in answer


def test_all_the_children_are_no_askers_story():
    assert preamble_end("今年娃娃们吃营养餐，县里花了多少钱？") == 0
    assert preamble_end("我家孩子明年上小学，县里有几所小学？") > 0


def test_which_school_asks_of_the_last_questions_thing(county):
    assert standalone("是哪个学校的学生？", ["今年有人考上清华没有？"]) == \
        f"是哪个学校的学生{FOLLOWUP_MARK}今年有人考上清华没有）？"
    answer = county.ask("是哪个学校的学生？", ["2019年有人考上清华大学了吗？"]).answer
    assert "县一中" in answer and "人次" not in answer


def test_tiers_are_words():
    assert "二本" in tx.words("二本能上线的比例") and "一本" in tx.words("一本上线人数")


def test_a_figure_lacking_a_word_another_says_is_not_given(county):
    for q in ("2019年财政预算给教育的钱是多少？", "2018年财政预算给教育的钱是多少？"):
        answer = county.ask(q)
        assert not answer.answerable and "万元" not in answer.answer
    assert "哪个" in county.ask("2019年财政预算给教育的钱是多少？").answer
    assert "41000万元" in county.ask("2019年一般公共预算教育经费是多少？").answer
    assert "52000万元" in county.ask("2019年国家财政性教育经费总收入是多少？").answer


def test_a_masked_figure_in_a_bracket_counts_nothing_asked(county):
    assert "59所" in county.ask("全县有多少所小学？").answer
    answer = county.ask("那教学点有多少个？", ["全县有多少所小学？"])
    assert not answer.answerable and "59" not in answer.answer


def test_a_change_from_one_figure_to_another(county):
    now = county.ask("孩子住校的生活补助现在给多少？").answer
    assert "300元" in now and "200" not in now and "由提高" not in now
    before = county.ask("寄宿生生活补助以前是多少？").answer
    assert "200元" in before and "300" not in before


def test_a_year_named_by_an_event(old_county):
    answer = old_county.ask("刚解放那年全县有几所小学？").answer
    assert "57所" in answer and "417" not in answer
    assert "417所" in old_county.ask("全县有几所小学？").answer


def test_a_stage_no_document_names_is_no_part_of_a_whole(old_county):
    answer = old_county.ask("其中高中有几所？", ["1993年全县有多少所中学？"])
    assert not answer.answerable and "19所" not in answer.answer


def test_a_byline_is_no_title(tmp_path_factory):
    from ingest.split import is_caption

    assert is_caption("來源:昭通新聞網") and not is_caption("某县教育概况")
    news = deployed(tmp_path_factory, "mouxian-xinwen.txt", "来源:某市新闻网\n2023年,全县中考"
                    "优良率40.29%,名列全市第二。\n", bureau_name="某县教育局", home_places=["某县"],
                    current_year=2023)
    assert all("来源" not in c.title for c in news.index.snapshot().chunks.values())
