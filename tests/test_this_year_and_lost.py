"""A news item's own year and a copy's lost characters. A sentence opening on 今年 after a
paragraph that opened on an earlier year ('2019年,…。今年,…计划新建中小学校8所;…') speaks of
the item's own year, and so do the ;-pieces after it: they answer a question about 今年, and
the answer never carries the paragraph's year. A date inside the ;-piece before
('…已于2019年12月开工建设;红杉小学…') is not the year of the next piece. An ASCII '?' between
two Han characters ('和平路?锦绣小区') stands for a lost character, not for a question's end. A
school named after a building verb ('迁建柳江师院附中新校区,…') is what the sentences after it
speak of, and a question may leave out the place its name starts with ('师院附中新校区').
A sentence opening on a measure ('规划校园面积16亩') goes on about the school the last ;-piece
before it opens on. '…多还是少？差多少？' asks both figures and the difference; '建好以后能装
多少学生' asks the places a school will have, and '比…能多收多少学生' by how many places one
school holds more; '校园有多大' asks a campus's area; one school in place of another
('…的校园比柏树小学小多少亩') keeps what is asked of it; '筹了多少钱' asks the money raised
(筹措, 筹集). A clause pointing back at a school ('…槐树路小学,这个学校共设置了30个班级,目前
已经开设12个班,…旁边就是第八中学') speaks of the school named before it, not of one named after. '…是哪两年' asks years: a
plan's name that counts its years ('两年行动计划') is no answer. An undated item saying what is
being built ('城区:新建三所小学') answers what is planned this year; one saying it is built
('新建成幼儿园4所') does not.
Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence as _first

NEWS = """2019年,某市筹措资金6.5亿元,新建成城东小学等3所中小学校,完成改扩建项目21个。今年,在新一轮城区学校建设中,全市计划筹措资金约4.2亿元,新建中小学校8所;筹集资金约0.9亿元,新建乡镇中心幼儿园6所。
市直:迁建柳江师院附中新校区,新校区位于滨河路北面,项目投资0.8亿元,规划办学规模为36个教学班、办学人数1800人。规划校园面积60亩,目前已完成立项等前期工作。
2019年中考、高考组考工作零失误,服务考生21416人。
城区:新建三所小学,其中松林小学位于松林路,总投资2100万元,规划办学规模为18个教学班、办学人数810人,校园面积12亩;柏树小学位于柏树路,总投资3300万元,规划办学规模为24个教学班、办学人数1080人,校园面积26亩。以上两所小学已于2019年12月开工建设,目前正在建主体;红杉小学位于滨江路,规划办学规模为20个教学班、办学人数900人。规划校园面积16亩。青松小学位于和平路?锦绣小区内,规划办学规模为30个教学班、办学人数1350人。规划校园面积18亩,目前正在推进前期工作。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-news.txt", NEWS,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2020)


def test_a_sentence_opening_on_this_year_is_not_the_paragraphs_year(city):
    answer = city.ask("今年计划新建几所中小学校？")
    assert answer.answerable and "8所" in _first(answer) and "2019" not in _first(answer)
    money = city.ask("今年全市计划筹措多少资金？")
    assert money.answerable and "4.2亿元" in _first(money) and "2019" not in _first(money)
    before = city.ask("2019年新建成了几所中小学校？")
    assert before.answerable and "3所" in _first(before) and "8所" not in _first(before)


def test_the_pieces_after_this_years_sentence_are_this_years_plans(city):
    answer = city.ask("今年新建乡镇中心幼儿园几所？")
    assert answer.answerable and "6所" in _first(answer) and "计划" in _first(answer)
    assert "2019" not in _first(answer)


def test_money_raised_in_everyday_words(city):
    answer = city.ask("2019年某市一共筹了多少钱？")
    assert answer.answerable and "6.5亿元" in _first(answer)


def test_more_or_less_and_by_how_much_is_a_difference(city):
    answer = city.ask("今年计划筹措的资金比2019年筹措的资金多还是少？差多少？")
    first = _first(answer)
    assert answer.answerable and "4.2亿元" in first and "6.5亿元" in first and "2.3亿元" in first


def test_a_lost_character_ends_no_sentence(city):
    answer = city.ask("青松小学规划多少个教学班？")
    assert answer.answerable and "30个" in _first(answer)
    assert "和平路□锦绣小区" in answer.answer and "?" not in answer.answer     # (shown as □)
    assert "和平路?锦绣小区" in answer.citations[0].quote                       # (quoted as is)


def test_a_date_in_the_piece_before_is_not_the_next_pieces_year(city):
    answer = city.ask("红杉小学规划多少个教学班？")
    assert answer.answerable and "20个" in _first(answer) and "2019" not in _first(answer)


def test_what_a_school_takes_once_built_is_its_places(city):
    answer = city.ask("青松小学建好以后能装多少学生？")
    assert answer.answerable and "1350人" in _first(answer)


def test_a_school_named_after_its_building_verb_owns_the_next_sentence(city):
    answer = city.ask("师院附中新校区规划校园面积多少？")
    assert answer.answerable and "60亩" in _first(answer) and "18亩" not in _first(answer)


def test_each_part_of_a_school_question_is_answered(city):
    answer = city.ask("柏树小学规划几个教学班、办学人数多少、校园面积多少亩？")
    first = _first(answer)
    assert answer.answerable and all(x in first for x in ("24个", "1080人", "26亩"))
    assert "12亩" not in first


def test_a_measure_sentence_speaks_of_the_school_of_the_last_piece_before(city):
    answer = city.ask("红杉小学校园有多大？")
    assert answer.answerable and "16亩" in _first(answer) and "18亩" not in _first(answer)


def test_a_count_shared_by_two_exams_answers_neither_alone(city):
    assert not city.ask("2019年中考考生有多少人？").answerable     # (their sum, not 中考's)
    both = city.ask("2019年中考、高考服务考生多少人？")
    assert both.answerable and "21416人" in _first(both)


def test_two_schools_compared_by_area_and_by_places(city):
    area = city.ask("松林小学的校园比柏树小学小多少亩？")
    first = _first(area)
    assert area.answerable and all(x in first for x in ("12亩", "26亩", "14亩"))
    places = city.ask("柏树小学比松林小学能多收多少学生？")
    first = _first(places)
    assert places.answerable and all(x in first for x in ("1080人", "810人", "270人"))


TRANSCRIPT = """记者:我这里就是今年刚刚投入使用的槐树路小学,这个学校共设置了30个班级,目前已经开设12个班,400多名学生在这里上学,在我右手边就是某区第八中学,两所学校的投入使用满足了周边小区子女就近入学的需求。
全区新建成幼儿园4所。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-transcript.txt", TRANSCRIPT,
                    bureau_name="某区教育局", home_places=["某区"], current_year=2020)


def test_a_clause_pointing_back_speaks_of_the_school_named_before(district):
    own = district.ask("槐树路小学共设置了多少个班级？")
    assert own.answerable and "30个" in _first(own)
    opened = district.ask("槐树路小学已经开设了多少个班？")
    assert opened.answerable and "12个" in _first(opened)
    for q in ("某区第八中学设置了多少个班级？", "第八中学已经开设了几个班？"):
        assert not district.ask(q).answerable


PLANS = """某县2021年教育工作总结
2019年至2021年,全县实施学前教育三年行动计划,新建幼儿园12所。宝山新城校舍建设两年行动计划顺利推进。
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-plans.txt", PLANS,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2021)


def test_which_years_asks_years(plans):
    answer = plans.ask("学前教育三年行动计划是哪几年？")
    assert answer.answerable and "2019年至2021年" in _first(answer)
    assert not plans.ask("宝山新城校舍建设两年行动计划具体是哪两年？").answerable


def test_an_undated_build_is_this_years_plan_but_a_finished_one_is_not(city, district):
    answer = city.ask("城区今年要新建几所小学？")
    assert answer.answerable and "三所" in _first(answer)
    assert not district.ask("今年计划新建几所幼儿园？").answerable
    done = district.ask("新建成了几所幼儿园？")
    assert done.answerable and "4所" in _first(done)
