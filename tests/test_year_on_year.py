"""A statistics bulletin that states each figure's change on the year before ('在校生
16410人,比上年减少236人'): the change is the figure's own, its subject the clause before it;
a question asking the change is answered with it and never with the figure itself, and a
question asking the figure never with its change. A ;-piece of a school count lends the
schools to the bare counts after the ; (and a piece of bare counts passes on what lends to
it), a heading sentence counting schools and their kinds lends them too. Also: a sibling
figure's noun is not this figure's ('优秀党务工作者1人,荣成级优秀党员12人'), a later clause
asking the first one's figure 'for each' of a list, '这个比例' and '具体是哪几所' point back,
'几间' asks in 间, and a 'which' question is answered by the clause naming them, without
the figures of the clauses beside it. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县2023年教育事业统计公报
一、义务教育
全县共有小学12所,招生2100人,比上年增加150人;在校生13800人,比上年减少120人。全县共有初中学校5所,招生1900人,比上年减少60人;在校生5400人,比上年增加30人。
——幼儿园全县共有20所,其中公办园14所,民办园6所。招生1500人,比上年减少90人;在园幼儿4300人,比上年减少210人。
4、高中招生人数3000人,比去年增加200人;在校生人数9000人,比去年增加500人。
二、办学条件
普通高中学校共有校舍建筑面积21.5万平方米,比上年增加1.2万平方米。中职学校1所;校舍总面积4.6万平方米。小学专任教师接受过专业教育的比例为98.5%,比上年提高1.5个百分点。
每百名学生拥有网络多媒体教室数小学、初中分别达到2.6间、2.9间以上。
三、表彰
推荐评选市级优秀班主任4人、优秀德育工作者2人,县级优秀班主任15人。全年建成3所标准化实验学校。
开展游戏课程培训活动120多场、2600多人次,县第一、第二实验幼儿园创建为省级游戏活动实验园。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-gongbao-2023.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def _says(answer, figure: str, *absent: str) -> None:
    assert answer.answerable, answer.answer
    assert figure in answer.answer, answer.answer
    for other in absent:
        assert other not in answer.answer, answer.answer


def test_a_change_from_the_year_before_is_the_figure_before_its(county):
    _says(county.ask("小学在校生比上年减少了多少人？"), "120人", "13800", "150")
    _says(county.ask("初中招生比去年少了多少？"), "60人", "1900", "2100")
    _says(county.ask("普通高中的校舍建筑面积比上年增加了多少？"), "1.2万平方米", "21.5")
    _says(county.ask("那比前一年多了多少？", history=["初中在校生有多少人？"]), "30人", "5400")


def test_the_figure_itself_is_not_its_change(county):
    _says(county.ask("小学现在有多少在校生？"), "13800人", "120人")
    _says(county.ask("全县初中在校生有多少人？"), "5400人", "30人")


def test_a_change_nobody_states_is_refused(county):
    answer = county.ask("中职学校的校舍面积比上年增加了多少？")
    assert not answer.answerable and "4.6" not in answer.answer


def test_a_level_and_its_change_are_two_parts_not_a_comparison(county):
    answer = county.ask("普通高中的校舍建筑面积是多少？比上年增加了多少？")
    _says(answer, "21.5万平方米", "前者", "20.3")
    assert "1.2万平方米" in answer.answer


def test_the_schools_a_heading_sentence_counts_lend_to_the_next(county):
    _says(county.ask("幼儿园今年招了多少孩子？"), "1500人", "2100", "1900")
    _says(county.ask("在园幼儿比上年减少了多少？"), "210人", "90人")


def test_this_rate_points_back_to_the_last_question(county):
    history = ["小学专任教师接受过专业教育的比例是多少？"]
    _says(county.ask("小学专任教师接受过专业教育的比例是多少？"), "98.5%")
    _says(county.ask("这个比例比上年提高了多少？", history=history), "1.5个百分点", "98.5")


def test_each_of_a_list_asks_the_first_clauses_figure(county):
    answer = county.ask("学校的多媒体教室够不够？每百名学生有几间，小学和初中各是多少？")
    _says(answer, "2.6间")
    assert "2.9间" in answer.answer


def test_which_ones_after_a_count_points_back(county):
    answer = county.ask("具体是哪几所学校？", history=["全年建成了几所标准化实验学校？"])
    assert not answer.answerable, answer.answer


def test_a_sibling_figures_noun_is_not_asked_of_this_one(county):
    answer = county.ask("县级的优秀德育工作者评了几个？")
    assert not answer.answerable and "15" not in answer.answer, answer.answer
    _says(county.ask("县级优秀班主任评了几个？"), "15人", "4人")


def test_a_which_question_is_answered_by_the_clause_naming_them(county):
    answer = county.ask("哪两所幼儿园被评成了省级游戏活动实验园？")
    _says(answer, "第一、第二实验幼儿园", "120", "2600")


def test_a_follow_up_change_is_of_the_thing_asked_before(county):
    answer = county.ask("比去年多了多少？", history=["高中在校生现在有多少？"])
    assert "200人" not in answer.answer, answer.answer


OVERVIEW = """某县教育概况
全县共有各级各类学校60所,其中:小学30所、教学点6个,幼儿园24所;在校生20000名,其中:小学12000人,初中6000人,在园幼儿2000人;教职工1800人,其中:小学900人,初中500人,幼儿园400人。
"""


def test_the_parts_of_a_breakdown_lend_nothing_after_the_semicolon(tmp_path_factory):
    county = deployed(tmp_path_factory, "mouxian-gaikuang.txt", OVERVIEW,
                      bureau_name="某县教育局", home_places=["某县"], current_year=2023)
    _says(county.ask("幼儿园里的老师和工作人员一共多少人？"), "400人", "1800")
    _says(county.ask("全县教职工一共有多少人？"), "1800人", "400人")


DISTRICT = """某区2022学年教育事业统计公报
义务教育
全区义务教育普通中小学20所,全区在校生20000人,比上年减少500人。
——小学全区共有12所。招生2000人,比上年减少40人;在校生11000人,比上年减少200人。校舍总面积15万平方米,仪器设备值5000万元,图书60万册。专任教师1200人。小学生师比为13.3:1。45岁以下的专任教师占66.5%,30岁以下的占14.42%。
——初中全区共有8所,其中独立初中6所,九年一贯制学校2所。招生1800人,比上年减少30人;在校生5200人,比上年减少100人。校舍总面积10万平方米,仪器设备值3000万元,图书35万册。初中教师本科及以上学历教师比例占94.84%,比上年下降0.03%。
职业教育
全区中等职业学校共3所(不含其他职业培训机构7所),在校生2600人。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-gongbao-2022.txt", DISTRICT,
                    bureau_name="某区教育局", home_places=["某区"], current_year=2022)


def test_a_dash_led_paragraph_names_its_schools(district):
    _says(district.ask("某区小学里的书一共有多少？"), "60万册", "35万", "12所")
    _says(district.ask("初中的在校生有多少？"), "5200人", "11000", "100人")
    _says(district.ask("初中在校生比上年减少了多少？"), "100人", "5200", "200人")


def test_a_follow_up_keeps_asking_what_there_is(district):
    answer = district.ask("那初中呢？", history=["某区现在一共有几所小学？"])
    _says(answer, "8所", "6所", "——")


def test_a_second_thing_takes_the_first_ones_kind(district):
    answer = district.ask("初中的仪器设备值和图书各是多少？")
    _says(answer, "3000万元", "5000万", "60万")
    assert "35万册" in answer.answer, answer.answer


def test_what_the_question_leaves_out_is_never_the_answer(district):
    _says(district.ask("中等职业学校(不含其他职业培训机构)共有多少所？"), "3所", "7所")


def test_up_or_down_asks_the_change(district):
    answer = district.ask("初中老师本科及以上学历的比例今年是升了还是降了？")
    _says(answer, "下降0.03%", "94.84")


def test_a_share_asked_keeps_the_bound_it_is_of(district):
    answer = district.ask("其中45岁以下的占多少？", history=["小学的专任教师有多少？"])
    _says(answer, "66.5%", "14.42")
    assert "45岁以下" in answer.answer, answer.answer


def test_how_many_pupils_of_a_stage_counts_people(district):
    _says(district.ask("现在一共有多少小学生在读？"), "11000人", "12所")


def test_a_change_from_last_year_is_answered_by_a_change_only(district):
    answer = district.ask("比去年少了多少？", history=["某区小学在校生有多少？"])
    _says(answer, "200人", "13.3", "11000")


KINDERGARTENS = """某县2024年教育事业统计公报
学前教育
全县幼儿园30所,比上年减少10所。毕业3500人;招生2200人;在园幼儿8500人(含托班),比上年减少1300人。
"""


def test_what_a_count_takes_in_sets_no_part_of_it(tmp_path_factory):
    county = deployed(tmp_path_factory, "mouxian-youer.txt", KINDERGARTENS,
                      bureau_name="某县教育局", home_places=["某县"], current_year=2024)
    _says(county.ask("在园幼儿人数比上年减少了多少？"), "1300人", "8500")


def test_a_change_asked_with_its_verb_is_the_change(county):
    answer = county.ask("比前一年多招了多少？", history=["全县小学一共招了多少新生？"])
    assert answer.answerable and "150人" in answer.answer and "2100" not in answer.answer


BULLETIN = """某市2021年教育统计公报
2021年,全市共有学校300所。共有在校学生20.5万人,其中:幼儿园5.2万人,比上年减少2%;小学8.3万人,比上年增加3.5%;普通高中1.7万人,比上年增加4.8%。
"""


def test_the_change_of_a_listed_item_counts_what_the_list_counts(tmp_path_factory):
    city = deployed(tmp_path_factory, "moushi-gongbao-2021.txt", BULLETIN,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2021)
    _says(city.ask("普通高中在校学生比上年增长了百分之几？"), "4.8%", "3.5%", "1.7万")
    _says(city.ask("那小学呢？", history=["普通高中在校学生比上年增长了百分之几？"]), "3.5%", "4.8%")
