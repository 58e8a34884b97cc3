"""The fact table: figures typed at ingest (value, unit, approximation, year, period,
subject, place) and the pieces they are built from — figure spotting, the gazetteer, the
lexicon — tested on their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPORT

from ingest.facts import extract_facts
from ingest.loaders import load_txt
from ingest.split import split_document
from jiaoti.figures import counts_at, figures_at
from jiaoti.lexicon import Lexicon
from jiaoti.places import Home, gazetteer


def facts_of(text: str, home=("鹤壁市", "鹤壁")):
    doc = load_txt(text.encode("utf-8"), Path("t.txt"))
    title, chunks = split_document(doc, "t.txt", "v", 300, "t")
    return extract_facts(chunks, title, home)


@pytest.mark.parametrize("text,expected", [
    ("完成技能培训2.3万余人", [("2.3万余人", "23000", "人", "余")]),
    ("发放贷款约2.22亿元", [("约2.22亿元", "222000000", "元", "约")]),
    ("荣获4金9银1铜", [("4金", "4", "金", ""), ("9银", "9", "银", ""), ("1铜", "1", "铜", "")]),
    ("开展了四大类24项教师培训", [("四大类", "4", "类", ""), ("24项", "24", "项", "")]),
    ("秋季将新开办中小学校、幼儿园共 93 所", [("93 所", "93", "所", "")]),
    ("创建1至2所省级示范园", [("1至2所", "2", "所", "至")]),
    ("举办少儿艺术活动100场次以上", [("100场次以上", "100", "场次", "以上")]),
    ("普通高中入学率提升约13个百分点", [("约13个百分点", "13", "百分点", "约")]),
])
def test_counting_figures_with_value_unit_and_approximation(text, expected):
    got = [(f.raw, str(f.value), f.unit, f.approx) for f in counts_at(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "第十三届河南省轮滑锦标赛", "市委十届七次全会", "二十届三中全会", "明确“123851”工作布局",
    "教育信息化2.0示范创建", "2023鹤壁马拉松赛", "6月28日完成电子版图纸", "河南信息科技学院一期建成",
    "1.2024年2月在区政府大礼堂举办", "省二类幼儿园", "市一类学校",      # grades, not kinds
])
def test_years_dates_ordinals_names_and_list_numbers_are_not_facts(text):
    assert counts_at(text) == []
    assert figures_at(text) or "1.2024" in text      # seen, but as context


def test_a_grade_is_no_count_but_kinds_are():
    from jiaoti.numbers import prepare_numbers

    assert [f.raw for f in counts_at("省一类幼儿园14所,省二类幼儿园44所,分为三类")] == \
        ["14所", "44所", "三类"]
    assert prepare_numbers("省二类幼儿园44所,全省三所") == "省二类幼儿园44所,全省3所"
    # a five-year plan's name is no count: '十二五期间' is not 15期
    assert prepare_numbers("比十二五期间增长25%,十五所") == "比十二五期间增长25%,15所"
    assert [f.raw for f in counts_at("十三五期间新建学校十二所")] == ["十二所"]


def test_report_facts_have_year_period_and_subject():
    facts = facts_of(REPORT.read_text(encoding="utf-8"))
    by_raw = {f.raw: f for f in facts}
    assert by_raw["477人"].year == 2023 and by_raw["477人"].period == "actual"
    assert "新聘教师" in by_raw["477人"].subject
    assert by_raw["2.7亿元"].period == "target"          # 年度目标任务2.7亿元
    assert by_raw["167%"].period == "actual"              # a rate of the target is a result
    assert by_raw["6所"].year == 2024 and by_raw["6所"].period == "plan"
    assert by_raw["7个"].subject.startswith("社会组荣获")   # 7个一等奖 borrows the list head
    two = [f for f in facts if f.raw == "2名"][0]
    assert two.period == "actual"                        # “双名计划” is a name, not a plan


def test_details_inherit_the_period_of_the_sentence_they_detail():
    facts = facts_of("2022年学位建设情况\n全年将新改扩建幼儿园、中小学校178所,新增学位20万个。"
                     "其中,新建公办普高18所,新增学位4万个;新改扩建幼儿园50所,新增学位2万个。")
    periods = {f.raw: f.period for f in facts}
    assert periods == {"178所": "plan", "20万个": "plan", "18所": "plan", "4万个": "plan",
                       "50所": "plan", "2万个": "plan"}
    assert [f for f in facts if f.raw == "178所"][0].subject == "全年将新改扩建幼儿园、中小学校"


@pytest.mark.parametrize("text,period", [
    ("2018年，第三期学前教育行动计划顺利推进，新改扩建公办幼儿园56所。", "actual"),  # a name
    ("2018年，计划新改扩建公办幼儿园56所。", "plan"),
    ("2018年，计划年内建成公办幼儿园56所。", "plan"),
    ("2018年，计划于9月建成公办幼儿园56所。", "plan"),
    ("2018年，计划实施的56所公办幼儿园已全部建成。", "actual"),   # the planned ones
])
def test_plan_as_a_noun_is_no_plan(text, period):
    assert [f.period for f in facts_of("工作总结\n" + text) if f.raw == "56所"] == [period]


def test_a_title_with_a_review_year_and_a_plan_year_dates_its_parts():
    facts = facts_of("某县教育局2025年工作总结及2026年工作打算\n一、基本情况\n"
                     "全县高中阶段毛入学率97.95%。\n二、下一步工作打算\n新建幼儿园2所。\n")
    by_raw = {f.raw: f for f in facts}
    assert by_raw["97.95%"].year == 2025 and by_raw["2所"].year == 2026
    assert by_raw["2所"].period == "plan"


def test_a_date_line_is_not_a_year_and_places_are_tagged():
    facts = facts_of("工作总结\n2023年，淇县新建幼儿园3所，新乡医学院与我市签约项目2个。\n")
    by_raw = {f.raw: f for f in facts}
    assert by_raw["3所"].places == ("淇县",)
    assert by_raw["2个"].places == ()        # 新乡 inside an institution's name is no locus


def test_gazetteer_finds_whole_words_only():
    found = [m.form for m in gazetteer().find("濉溪上高中现在是按什么方式招生的")]
    assert found == ["濉溪"]                  # no 上高 (a county) inside 上/高中
    assert [m.form for m in gazetteer().find("安全隐患排查整治多少次")] == []
    assert [m.form for m in gazetteer().find("株洲去年新增公办幼儿园几所")] == ["株洲"]
    # a full name never starts inside a word, and 城区 is the town, not a district's name
    assert [m.form for m in gazetteer().find("新增城区中小学学位9630个")] == []
    assert [m.form for m in gazetteer().find("鹤壁市山城区、淇县教育局")] == ["鹤壁市", "山城区", "淇县"]
    beds = facts_of("2023年，新增城区中小学学位9630个、农村寄宿制学校学生床位1066个。\n")
    assert all(f.places == () for f in beds)
    home = Home(["鹤壁市", "鹤壁"])
    qixian = gazetteer().find("淇县")[0]
    henan = gazetteer().find("河南省")[0]
    assert home.inside(qixian) and home.is_parent(henan) and home.label() == "鹤壁市"


def test_lexicon_groups_are_symmetric_and_the_thesaurus_counts_less(tmp_path):
    lex = Lexicon()
    alts = dict(lex.alternatives("老师"))
    assert alts["教师"] == 1.0
    assert "老师" in dict(lex.alternatives("教师"))       # both ways
    assert 0 < dict(lex.alternatives("招聘")).get("选聘", 0) < 1.0   # 词林
    corpus = tmp_path / "lexicon.txt"
    corpus.write_text("# a corpus's own words\n源地 生源地\n鹤壁教体铁军\n", encoding="utf-8")
    with_corpus = Lexicon([corpus], ("鹤壁市",), "鹤壁市教育体育局")
    assert dict(with_corpus.alternatives("生源地")).get("源地") == 1.0
    assert "源地" not in dict(lex.alternatives("生源地"))
    assert "鹤壁市教育体育局" in with_corpus.stop and "鹤壁市" in with_corpus.stop
