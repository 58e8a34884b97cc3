"""A part is not the whole: a figure in a breakdown answers only the part it counts.
'公办幼儿园40所,幼儿5000人' counts the children of 公办 kindergartens; an item of the list
'专任教师…其中:幼儿园500人' counts teachers; a sum is computed from every part; a half
year is not the other half; '2019年以来' is no year of the figure. Sentences invented for
the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县教育概况（2022年）

一、师资队伍情况:全县现有专任教师3000人(含2019年以来招聘特岗教师229人),其中:高中300人,职校90人,初中700人,小学1200人,幼儿园500人。
二、学前教育情况:全县有幼儿园60所(公办40所,民办20所),全县在园幼儿9000,其中公办幼儿园40所,幼儿5000人;民办幼儿园20所,在园幼儿4000人。2021年建立了公办幼儿园生均拨款制度,并已拨付2022年上半年学前生均经费。
三、义务教育情况:小学在校生20000人,初中在校生9000人。
四、全县普通高中学校2所,学生人数5000人。
五、中等职业学校1所,在校学生3000人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-gaikuang.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2022)


def test_a_part_of_a_breakdown_does_not_answer_the_whole(county):
    answer = county.ask("全县在园幼儿总数是多少？")      # '在园幼儿9000,' counts children
    assert answer.answerable and "9000" in answer.answer
    assert "5000" not in answer.answer and "4000" not in answer.answer


def test_the_part_answers_a_question_naming_it_and_a_follow_up_swaps_its_kind(county):
    first = "在公办幼儿园上学的小朋友有多少？"
    assert "5000人" in county.ask(first).answer
    answer = county.ask("民办的呢？", history=[first])
    assert answer.answerable and "4000人" in answer.answer and "20所" not in answer.answer


def test_an_item_of_a_list_of_teachers_counts_teachers(county):
    answer = county.ask("幼儿园有多少小朋友？")
    assert "500人" not in answer.answer
    diff = county.ask("小学老师比初中老师多多少人？")
    assert diff.answerable and "500人" in diff.answer


def test_pupils_are_compared_with_pupils(county):
    answer = county.ask("读普高的比读中职的多多少人？")
    assert answer.answerable and "2000人" in answer.answer
    assert "300人" not in answer.answer


def test_a_sum_adds_every_part(county):
    answer = county.ask("小学和初中加起来一共有多少在校生？")
    assert answer.answerable and "29000人" in answer.answer


def test_one_half_of_a_year_is_not_the_other(county):
    assert not county.ask("2022年下半年的学前生均经费拨了没有？").answerable
    assert "上半年" in county.ask("2022年上半年的学前生均经费拨了没有？").answer


def test_a_starting_year_is_not_the_year_of_the_figure(county):
    snap = county.index.snapshot()
    facts = [f for c in snap.chunks.values() for f in snap.facts_of(c.id)]
    teachers = next(f for f in facts if f.value == "3000" and f.unit == "人")
    since = next(f for f in facts if f.value == "229")
    assert teachers.year == 2022
    assert since.period == "cumulative"


def test_guards_on_their_own():
    from assistant.unasked import other_part_of_year

    assert other_part_of_year("下半年拨了没有", "已拨付上半年经费") == "下半年"
    assert other_part_of_year("上半年拨了没有", "已拨付上半年经费") == ""
    assert other_part_of_year("秋季招了多少", "春季、秋季各招一次") == ""
    assert other_part_of_year("招了多少", "春季招生") == ""


BULLETIN = """某区2023年教育事业发展统计公报

一、基本情况
全区现有各级各类学校共80所,其中基础教育78所(其中幼儿园50所,小学20所<教学点10所不计校数>,普通初中8所)。
全区义务教育在校生30000人,其中小学20000人、初中10000人。
全区有各级各类学校教职工3000人,其中中等职业学校60人,基础教育2940人(其中幼儿园800人,小学1500人,普通初中640人)。
全区有各级各类学校专任教师2600人,其中中等职业学校50人,基础教育2550人(其中幼儿园400人,小学1450人,普通初中700人)。
全区公办在职教职工2000人(专任教师1900人)。
二、办学条件
小学图书50000册,占地面积30000平方米。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-2023.txt", BULLETIN, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2023)


def test_an_item_of_a_bracketed_list_is_its_own_and_a_comparison_carries_the_kind(district):
    answer = district.ask("幼儿园的教职工比专任教师多多少人？")
    assert answer.answerable and "400人" in answer.answer
    assert "1450" not in answer.answer and "2600" not in answer.answer
    both = district.ask("中等职业学校的教职工和专任教师各有多少？")
    assert "60人" in both.answer and "50人" in both.answer and "2600" not in both.answer


def test_what_a_question_leaves_out_or_picks_out_is_not_answered_by_the_whole(district):
    left = district.ask("公办在职教职工里，不是专任教师的有多少人？")   # computed, never
    assert left.answerable and "还有100人" in left.answer                 # the whole alone
    assert not district.ask("50所幼儿园里公办的有几所？").answerable


def test_books_are_counted_in_books(district):
    answer = district.ask("小学里一共有多少本书？")
    assert "20所" not in answer.answer
    assert not answer.answerable or "50000册" in answer.answer


def test_lists_with_notes_plain_kinds_more_than_and_pairs_asked_together(district):
    assert "8所" in district.ask("娃明年上初中了，全区一共有几所初中？").answer   # 普通初中
    assert "50所" in district.ask("全区一共有几所幼儿园？").answer        # past the <…> note
    assert "400人" in district.ask("幼儿园的教职工比专任教师多出多少人？").answer
    both = district.ask("区里读小学初中的娃娃一共有多少人？")
    assert not both.answerable or "30000人" in both.answer


def test_a_follow_up_swaps_every_mention():
    from assistant.followup import standalone

    assert standalone("那高中呢？", ["娃明年上初中了，一共有几所初中？"]) == \
        "娃明年上高中了，一共有几所高中？"


STATS = """某县2021年教育基本情况

3.学生情况:现有在校学生40000人。其中:学前8000人,小学20000人,初中12000人。
4.教师情况:现有教职工3000人,其中专任教师2800人(学前350人,小学1000人,初中1450人)。
"""


@pytest.fixture(scope="module")
def stats(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-2021.txt", STATS, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2021)


def test_a_breakdown_in_the_next_sentence_answers_its_parts_not_the_whole(stats):
    answer = stats.ask("读小学的孩子有多少？")
    assert answer.answerable and "20000人" in answer.answer and "40000" not in answer.answer
    assert "8000人" in stats.ask("学前教育在校学生多少人？").answer


def test_a_bracketed_list_counts_what_its_head_counts(stats):
    answer = stats.ask("初中专任教师有多少？")
    assert answer.answerable and "1450人" in answer.answer
