"""A run of sentences by stage shares the header said before the first stage ('专任教师学历
小学…;初中…;普通高中…,研究生占6.2%'); a breakdown after '即' ('新增学位5000个…即红星小学…
学位900个,…') is neither the total's words nor the parts' whole; a stopped flow in a remark
('民办学校2所(今年已停止招生)') and a flow in a remark after the figure count no flow; a
documents' phrase holding '的' is two words ('读的随迁子女'); a share that names nothing
('…,占80.5%') is stated with the clause it is a share of; a rare word overlapping a common
one is no part of a compound ('业生' of 毕业生); two four-character words ending alike are
of one kind ('学前教育' takes the place of 义务教育); a bracket inside a bracket closes the
inner one only, and a bracket right before a figure glosses its name ('村小(教学点)7个'); a
list's frame '…共5200人' names its things, not '共'; a total after a list of schools is not
one school's, and a school named by its place and kind ('青山那边的中心小学') is asked; the
school of the asker's story ('孩子在红旗小学读书，…学校…') is what '学校' means; every
modifier of the things lending a count must be asked ('民办普惠性幼儿园…,在园幼儿…' is no
answer for 私立幼儿园); 'A多还是B多？多多少？' asks the difference, and '…在小学多还是在初中多'
keeps its subject for both; '…多少？Y呢？' asks the same of Y, and '那咱新乡呢' after a question
about 安阳 asks it of 新乡 (a city said without its 市); '…比年度目标多了多少' compares a
figure with its own target; '新建和改扩建的公办幼儿园一共多少所' adds what each act counts;
'…比…多出来多少' asks a difference; a stage no document names ('中职') is still asked;
'…是怎么安排的' asks what was done, not a plan; a documents' phrase ends before '有几…'
('…重点职专有几所': not 专有); a word ending a longer one of the question is said by it
('幼儿园专任教师' says 老师); '那它们…' after a question is about its things; a word no
document says right before a word of the question ('市级骨干教师') sets a part apart, and a
stage of another group ('基础教育' for 中职, not 职业教育 for 职业学校) is no answer; '几个
负责人' counts people ('…负责人3家4人': 4人; the noun before two figures is both's).
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from assistant.parts import split
from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某县教育工作总结

2022年,全县教职工1880人。专任教师学历小学合格率100%,大专以上占96%;初中合格率99%,本科占81.5%;普通高中合格率100%,研究生占6.2%。
2022年,全县义务教育新增班级90个,新增学位5000个(其中小学3000个、初中2000个)即红星小学新增班级20个学位900个,东方中学新增班级30个学位1500个,西湖小学新增班级40个学位2600个。
2022年,全县中小学41所,其中普通高中3所、初中12所、小学24所、民办学校2所(今年已停止招生)。
2022年,全县幼儿园56所(其中新建幼儿园4所)。
2022年,义务教育阶段随迁子女在校生4.1万人,其中在公办学校就读的随迁子女3.3万人,占80.5%。
2022年,学前教育累计投入资金2100万元;义务教育学校建设累计投入资金9300万元。
2022年,全区共辖公办学校40所(其中农村学校5所,城区学校28所,村小(教学点)7个)。
2022年,农村留守儿童共5200人,其中,在小学就读3600人,在初中就读1600人。
2022年,红旗小学、青山镇中心小学、东湖小学等学校改扩建项目投入使用,新增校舍面积3万平方米,其中红旗小学新增校舍8000平方米,青山镇中心小学新增校舍6000平方米。
2022年,民办幼儿园30所,在园幼儿5100人。民办普惠性幼儿园25所,在园幼儿4600人。
2022年,在小学就读的残疾儿童420人,在初中就读的残疾儿童180人。
2022年,加大争取力度,争取上级资金3.6亿元,为年度目标任务3亿元的120%。
2022年,新建公办幼儿园5所、改扩建公办幼儿园3所。
2022年,发放助学贷款1.8亿元,发放各类资助资金0.5亿元。
2022年,全县有国家级重点职专1所,省级重点职专2所。
2022年,幼儿园专任教师900人(民办350人)。
2022年,县级及以上骨干教师260人。职业教育累计投入资金900万元。
2022年,开展校外培训督查10次,约谈培训机构负责人3家4人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-xueli.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2023)


def test_a_run_of_stages_shares_its_header(county):
    answer = county.ask("高中老师里研究生学历的比例有多少？")
    assert "6.2%" in answer.answer
    assert "普通高中专任教师学历" in answer.answer
    answer = county.ask("初中老师本科学历占多少")
    assert "81.5%" in answer.answer and "初中" in answer.answer


def test_the_first_sentence_of_a_run_is_stated_with_its_stage(county):
    answer = county.ask("小学老师大专以上学历占多少")
    assert "96%" in answer.answer and "小学" in answer.answer


def test_a_breakdown_after_ji_belongs_to_its_parts(county):
    answer = county.ask("红星小学新增了多少个学位？")
    assert "900个" in answer.answer and "5000" not in answer.answer
    assert answer.answer.startswith("2022年，红星小学")
    answer = county.ask("红星小学和东方中学分别新增了多少个学位？")
    assert "900个" in answer.answer and "1500个" in answer.answer




def test_a_share_is_stated_with_what_it_is_a_share_of(county):
    answer = county.ask("在公办学校读的随迁子女占多大比例？")
    assert "80.5%" in answer.answer
    assert "公办学校就读的随迁子女占80.5%" in answer.answer


def test_a_phrase_with_de_is_two_words():
    from assistant.terms import _trim

    assert _trim("读的随迁子女", frozenset()) == ["读", "随迁子女"]


def test_a_rare_overlapping_piece_is_no_part_of_a_compound():
    assert tx.word_parts("毕业生") == ["毕业"]
    assert tx.word_parts("占地面积") == ["占地", "面积"]


def test_four_character_words_ending_alike_are_of_one_kind():
    parts = split("义务教育学校建设的投入比学前教育多多少？")
    assert parts is not None
    assert parts.questions[1].startswith("学前教育")


def test_a_bracket_inside_a_bracket(county):
    answer = county.ask("区里农村的公办学校有几所？村小教学点又有多少个？")
    assert "5所" in answer.answer and "7个" in answer.answer
    assert "40所" in county.ask("全区公办学校有几所").answer






def test_which_is_more_and_by_how_much():
    parts = split("残疾儿童在小学多还是在初中多？多多少？")
    assert parts is not None and parts.compare == "diff"
    assert parts.questions[1].startswith("残疾儿童在初中")



def test_a_second_question_of_another_thing_with_ne(county):
    parts = split("红旗小学新增了多少平方米校舍？青山镇中心小学呢？")
    assert parts is not None and len(parts.questions) == 2
    answer = county.ask("红旗小学新增了多少平方米校舍？青山镇中心小学呢？")
    assert "8000平方米" in answer.answer and "6000平方米" in answer.answer


def test_our_city_said_bare_in_a_follow_up():
    assert standalone("那咱新乡呢", ["安阳去年新建了几所幼儿园"]) == "新乡去年新建了几所幼儿园？"
    assert standalone("那鹤壁呢？", ["安阳去年新建了几所幼儿园？"]) == "鹤壁去年新建了几所幼儿园？"


def test_a_figure_against_its_own_target(county):
    for q in ("去年争取到的上级资金比年度目标多了多少？",
              "去年争取到上级资金多少？比年初定的目标多了多少？"):
        answer = county.ask(q)
        assert "3.6亿元" in answer.answer and "3亿元" in answer.answer, q
        assert "0.6亿元" in answer.answer, q


def test_a_sum_over_acts_on_one_thing(county):
    parts = split("新建、改扩建再加上回收的公办幼儿园，一共涉及多少所？")
    assert parts is not None and parts.compare == "sum" and len(parts.questions) == 3
    assert parts.questions[0].startswith("新建公办幼儿园")
    answer = county.ask("去年新建和改扩建的公办幼儿园一共有多少所？")
    assert "8所" in answer.answer



def test_a_stage_no_document_names_is_asked_anyway(county):
    answer = county.ask("全县新增了多少个中职学位？")
    assert not answer.answerable and "5000" not in answer.answer


def test_how_it_was_arranged_is_no_plan():
    from assistant.intent import PLAN

    assert PLAN.search("2023年教师培训是怎么安排的，几大类") is None
    assert PLAN.search("明年的工作安排是什么") is not None
    assert PLAN.search("今年安排新建几所学校") is not None




def test_they_in_a_follow_up_are_the_last_questions_things():
    assert standalone("那它们今年招了多少新生？", ["全县特殊教育学校有几所？"]) == \
        "全县特殊教育学校今年招了多少新生？"


@pytest.mark.parametrize("question,history,said,unsaid", [
    ("全县中小学里有几所民办学校？", [], ["2所"], []),                    # a stopped flow
    ("全县一共有多少所幼儿园？", [], ["56所"], []),                       # a remark's flow
    ("农村留守儿童中，在小学和在初中就读的分别是多少人？", [], ["3600人", "1600人"], []),
    ("青山那边的中心小学新增了多少平方米校舍？", [], ["6000平方米"], ["3万"]),
    ("我家孩子在红旗小学读书，听说学校扩建了，新增了多少平方米校舍？", [], ["8000平方米"],
     ["3万"]),
    ("上私立幼儿园的小孩有多少？", [], ["5100人"], ["4600"]),
    ("残疾儿童在小学多还是在初中多？多多少？", [], ["420人", "180人", "240人"], []),
    ("助学贷款比那些资助资金多出来多少钱？", [], ["1.3亿元"], []),
    ("国家级重点职专有几所？", [], ["1所"], []),
    ("其中民办的老师有多少？", ["幼儿园专任教师有多少人？"], ["350人"], []),
    ("职业学校那边一共投了多少钱？", [], ["900万元"], []),
    ("约谈了几家培训机构、几个负责人？", [], ["3家", "4人"], []),
    ("约谈了几个培训机构负责人？", [], ["4人"], ["3家"]),
])
def test_figures_stated(county, question, history, said, unsaid):
    answer = county.ask(question, history=history)
    assert all(f in answer.answer for f in said), answer.answer
    assert not any(f in answer.answer for f in unsaid), answer.answer


def test_a_part_set_apart_by_a_word_no_document_says(county):
    answer = county.ask("县级及以上骨干教师里市级骨干教师有多少人？")
    assert not answer.answerable and "260" not in answer.answer
    assert "260人" in county.ask("县级及以上骨干教师有多少人？").answer
