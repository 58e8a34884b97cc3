"""The plain kind of school and what a sum measures. '光是初级中学有几所', '单独办的小学',
'单设的高中' ask the plain kind a list names beside the schools that span stages
('九年制学校12所,小学6所,初中4所'): where no document says 单设 or 单办 the adverb names
nothing to look for (where one does, '其中单设的初中' is its '单设初中7所'), and a kind of
school spanning stages is no modifier the later items share (as '城区' is in '城区小学4所,
初中3所'). What a question leaves out without brackets ('…有几所？不算九年一贯制那种。',
'…完全中学不算的话。', '不算高中,…') is set aside as a bracketed aside is. A bare sum or
area after a count measures the things counted ('各类建设项目共36个,总投资金额4120.5万元'),
unlike a list's items, each naming its own thing. A follow-up naming what the question
before set aside ('那完全中学呢？' after '娃要上初中了，光是初中（不算完全中学）有几所？')
swaps the asked thing, not the asker's own '上初中'. An answer keeps a bound that says which
things its figure is about ('从业人员30人以上的校外培训机构100%建立党组织'). A five-year plan glossed by its length
('“十二五”这五年', '十三五那五年') asks the plan's years: the gloss names nothing to find.
A kindergarten whose fees are low ('收费便宜点的幼儿园', '实惠的幼儿园') is what reports call
普惠(性); beside that word the gloss adds nothing. Where the asker lives ('我们家住村里，…')
is their own situation, not what they count among ('…的娃娃里，…'). '下面' points at what is
under a body ('区下面管着多少个镇街', '教育局下面有几个直属单位'): where the documents say no
下辖 or 下属 it names nothing to find. Children '在上学' at a kindergarten are 在园. '教育系统的
教职工' asks about the whole system: the system names nothing to find.
Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence as _first

COUNTY = """一、基本情况
某县辖14个乡镇,县教育局直属单位5个。全县在园幼儿3200人,全县教职工2400人。目前,我县共有各级各类学校86所,其中:九年制学校12所,小学6所,初中4所,高中3所,完全中学1所,幼儿园52所。城区学校有7所,其中,城区小学5所,初中2所。
二、项目建设
“十二五”期间,全县投入教育基础设施建设资金近4亿元。今年全县各类建设项目共36个,总投资金额4120.5万元,其中新建学生宿舍楼5栋。全县新建教学楼4栋,建筑面积1.2万平方米。从业人员30人以上的校外培训机构100%建立党组织。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-basics.txt", COUNTY,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2021)


@pytest.mark.parametrize("question, figure", [
    ("某县单独的小学有几所？", "6所"),
    ("除了九年制学校，单独办的初中有几所？", "4所"),
    ("光是初中有几所？", "4所"),
    ("单设的高中有几所？完全中学不算的话。", "3所"),
    ("娃要上小学了，县里单独办的小学有几所？不算九年制那种。", "6所"),
])
def test_the_plain_kind_beside_schools_spanning_stages(county, question, figure):
    answer = county.ask(question)
    assert answer.answerable, answer.answer
    assert figure in _first(answer) and "12所" not in _first(answer)


def test_a_place_modifier_is_still_shared_by_the_items_after_it(county):
    answer = county.ask("城区有几所初中？")
    assert answer.answerable and "2所" in _first(answer)


def test_a_bare_sum_after_a_count_measures_the_things_counted(county):
    answer = county.ask("今年各类建设项目的总投资金额是多少？")
    assert answer.answerable and "4120.5万元" in _first(answer)


def test_a_sum_of_other_things_is_still_refused(county):
    answer = county.ask("今年新建学生宿舍楼的总投资金额是多少？")
    assert not answer.answerable or "4120.5万元" not in _first(answer)


def test_a_five_year_plans_gloss_names_nothing_to_find(county):
    from jiaoti.unsought import blank_unsought

    assert blank_unsought("“十二五”这五年,投了多少钱").replace(" ", "") == "“十二五”,投了多少钱"
    assert blank_unsought("十三五那五年里花了多少").replace(" ", "") == "十三五花了多少"
    assert "五年" in blank_unsought("近五年新建了几所")      # no plan named: a span of years
    answer = county.ask("“十二五”这五年,县里在学校基础设施建设上一共投了多少钱？")
    assert answer.answerable and "近4亿元" in _first(answer)


@pytest.mark.parametrize("question, reported", [
    ("收费便宜点的普惠性幼儿园县里有几所？", "普惠性幼儿园县里有几所？"),
    ("孩子上收费实惠的幼儿园的比例有多高？", "孩子上普惠性幼儿园的比例有多高？"),
    ("便宜的学位新增了多少个？", "普惠性学位新增了多少个？"),
    ("便宜的校服多少钱？", "便宜的校服多少钱？"),         # no kindergarten, no place: as asked
])
def test_everyday_glosses_read_as_reports_write(question, reported):
    from jiaoti.everyday import as_reported

    assert as_reported(question) == reported


def test_where_the_asker_lives_is_their_situation():
    from assistant.preamble import preamble_end

    q = "我们家住村里，县里的村小加教学点一共有多少所？"
    assert q[preamble_end(q):] == "县里的村小加教学点一共有多少所？"
    among = "跟着打工父母来的娃娃里，上初中的有多少？"
    assert preamble_end(among) == 0


@pytest.mark.parametrize("question, figure", [
    ("某县下面管着多少个乡镇？", "14个"),
    ("县教育局下面有几个直属单位？", "5个"),
    ("县里幼儿园现在有多少小朋友在上学？", "3200人"),
    ("某县教育系统的教职工一共多少人？", "2400人"),
])
def test_under_and_at_school_in_everyday_words(county, question, figure):
    answer = county.ask(question)
    assert answer.answerable and figure in _first(answer), answer.answer


def test_a_follow_up_swaps_the_asked_thing_not_the_askers_story(county):
    answer = county.ask("那完全中学呢？", ["娃明年要上初中了，县里光是初中（不算完全中学）有几所？"])
    assert answer.answerable and "1所" in _first(answer) and "4所" not in _first(answer)


def test_a_school_alone_where_the_documents_say_so(tmp_path_factory):
    city = deployed(tmp_path_factory, "moushi-schools.txt",
                    "全市共有中学20所,其中完全中学4所,单设初中9所,单设高中7所。\n",
                    bureau_name="某市教育局", home_places=["某市"], current_year=2021)
    answer = city.ask("其中单设的初中有几所？", ["全市有多少所中学？"])
    assert answer.answerable and "9所" in _first(answer) and "20所" not in _first(answer)
    alone = city.ask("某市单独办的高中有几所？")
    assert alone.answerable and "7所" in _first(alone)


def test_an_answer_keeps_the_bound_saying_which_things(county):
    answer = county.ask("校外培训机构建立党组织的比例是多少？")
    assert answer.answerable and "100%" in _first(answer) and "30人以上的" in _first(answer)
