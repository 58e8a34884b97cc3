"""How questions and statements are read, piece by piece: preambles, comparisons, parts,
kinds of answer, people's names, places inside words, plans and results. Each case has its
counter-case: the pattern must not reach ordinary questions."""

from __future__ import annotations

import pytest

from assistant import intent
from assistant.preamble import preamble_end
from assistant.extract import unit_family
from assistant.parts import split
from assistant.status import _state
from jiaoti import text as tx
from jiaoti.places import gazetteer
from jiaoti.names import person_names


@pytest.mark.parametrize("question,cut", [
    ("孩子明年上幼儿园，去年咱市新建了几所公办幼儿园？", 9),
    ("我家孩子练体育的，去年咱市在省运会上拿了几块金牌？", 9),
    ("我县在2023年，新建了几所公办幼儿园？", 0),          # 我县 is the place, not the asker
    ("我想了解一下2023年，全县新建了多少所幼儿园？", 0),    # a year: part of the question
    ("家长学校建设方面，今年建成了多少所？", 0),
    ("听说新乡医学院三全学院要来鹤壁，谈成了没有？", 0),    # the topic, not the asker
    ("去年新招了多少老师？", 0),
])
def test_a_preamble_is_the_askers_situation_only(question, cut):
    assert preamble_end(question) == cut


@pytest.mark.parametrize("question,parts,compare", [
    ("2023年争取上级资金超出年度目标任务多少？", ("2023年争取上级资金多少", "2023年年度目标任务多少"),
     "diff"),
    ("幼儿园和小学的生均经费差多少", ("幼儿园的生均经费多少", "小学的生均经费多少"), "diff"),
    ("助学贷款和各类资助资金，哪个发得多？", ("助学贷款发得多少", "各类资助资金发得多少"), "which"),
    ("金牌和银牌各几枚", ("金牌几枚", "银牌几枚"), ""),
    ("去年表彰的优秀教师和优秀教育工作者加起来有多少人？",
     ("去年表彰的优秀教师多少人", "去年表彰的优秀教育工作者多少人"), "sum"),
    ("新建的、改扩建的再加上回收的幼儿园，合起来一共多少所？",
     ("新建的多少所", "改扩建的多少所", "回收的幼儿园多少所"), "sum"),
    ("某市的省、市示范幼儿园各有多少所？", ("某市的省示范幼儿园多少所", "某市的市示范幼儿园多少所"), ""),
    ("城区和农村学校各有几所", ("城区学校几所", "农村学校几所"), ""),
    ("系统内新入党的和入党积极分子各是多少人", ("系统内新入党的多少人", "入党积极分子多少人"), ""),
    ("小学的专任老师比初中多多少人", ("小学的专任老师多少人", "初中的专任老师多少人"), "diff"),
])
def test_comparisons_and_parts(question, parts, compare):
    got = split(question)
    assert got is not None and got.questions == parts and got.compare == compare


@pytest.mark.parametrize("question", ["规模超过2000人的学校有多少所", "报考人数超过去年多少人",
                                      "去年新招了多少老师？", "全县一共有多少所学校？"])
def test_a_threshold_or_a_year_is_not_a_second_thing(question):
    assert split(question) is None


def test_a_plural_followup_asks_the_last_question_of_each():
    got = split("银牌和铜牌呢（接上一问：去年省运会拿了几块金牌）？")
    assert got is not None and [q.split("（")[0] for q in got.questions] == ["银牌呢", "铜牌呢"]
    assert all("接上一问" in q for q in got.questions)


@pytest.mark.parametrize("question,unit", [
    ("丰宁凤山中学盖了多大？", "平方米"), ("建设面积是多少？", "平方米"),
    ("修缮投入有多大？", ""), ("建设力度多大？", ""),
])
def test_an_area_is_asked_only_when_the_question_asks_one(question, unit):
    assert intent.kind_of(question, ())[1] == unit


def test_area_and_land_are_not_one_unit():
    assert "亩" not in unit_family("平方米")


@pytest.mark.parametrize("question,who", [
    ("那两位校长叫什么名字？", True), ("获评骨干教师的那几位教师叫什么名字？", True),
    ("家长学校叫什么名字？", False), ("党建品牌叫什么名字？", False), ("关工委员会叫什么名字？", False),
])
def test_a_persons_name_is_asked(question, who):
    assert bool(intent.WHO.search(question)) is who


@pytest.mark.parametrize("text,names", [
    ("首先请姜小博副书记通报", ["姜小博"]), ("淇滨区实验小学校长张伟。", ["张伟"]),
    ("| 牛拓 | 体育办 |", ["牛拓"]),
    ("2名校长入选名校长工作室", []), ("全市校长培训", []), ("高中校长论坛", []),
    ("| 体育办 | 宣教科 |", []),
])
def test_people_are_named(text, names):
    assert person_names(text) == names


def test_which_kind_is_no_comparison():
    assert intent.kind_of("学校配备了哪种多媒体设备", ())[0] != "quantity"
    assert intent.comparison_of("公办幼儿园和普惠性幼儿园，哪种多？") == "which"


def test_a_place_name_inside_a_word_and_across_words():
    g = gazetteer()
    assert [m.form for m in g.find("上海浦东新区今年新建了几所学校")] == ["浦东新区"]
    assert [m.form for m in g.find("新增城区中小学学位9630个")] == []


@pytest.mark.parametrize("statement,state", [
    ("已将城关幼儿园改造完成并投入使用", "done"),        # 将 marks the object here
    ("计划实施的5个项目已于8月底全部竣工", "done"),
    ("计划年内全部竣工(要求10月底全部主体完工)", "plan"),
    ("将于年底建成投用", "plan"),
    ("“双减”政策全面落实", "done"),
    ("认真落实立德树人根本任务", "ongoing"),
])
def test_plans_and_results(statement, state):
    assert _state(statement, False) == state


def test_a_refusal_note_names_subjects_without_figures():
    from assistant.notes import no_figures as _no_figures
    from eval.score import states_figure

    for subject in ("新建三所“示范”幼儿园7所", "2023年规划新建、改扩建义务教育学校项目5个"):
        note = f"（报告中有“{_no_figures(subject)}”的数字。）"
        assert not states_figure(note), note
    assert _no_figures("一是加强党建") == "一是加强党建"


@pytest.mark.parametrize("question,fragment,kept", [
    ("公办幼儿园一个月保教费要交多少？", "保教费", True),     # a word of its own, in no document
    ("新招的老师里有多少是特岗教师？", "特岗", True),           # a modifier of the noun after it
    ("社会组拿了几枚金牌？", "组拿", False),                   # a noun glued to a verb
    ("2023年省运会拿了几枚金牌？", "年省", False),             # a year glued to a word
    ("实训楼建好了吗？", "楼建", False),
])
def test_a_guessed_word_is_kept_only_when_it_is_a_word(question, fragment, kept):
    from assistant.terms import _candidate_words

    assert (fragment in _candidate_words(question, 0, len(question), "")) is kept


@pytest.mark.parametrize("mod,head,sibling", [
    ("净", "入学率", True),      # the documents only know 毛入学率
    ("毛", "入学率", False),     # this one they know
    ("或", "校区", False),       # a conjunction, no modifier
    ("门", "被评", False),       # a verb is no head
    ("天", "签订施工合同", False),  # 哪天 + a verb phrase
])
def test_a_one_character_modifier_names_another_figure(mod, head, sibling):
    from assistant.terms import sibling_compound

    blob = ("初中毛入学率达99.72%，小学毛入学率达99.9%。建成两个校区。课程被评为省级优秀课程。"
            "项目于5月21日签订施工合同。")
    assert sibling_compound(mod, head, blob, frozenset({"的", "了"})) is sibling


@pytest.mark.parametrize("question,unit", [
    ("一共收了多少小朋友？", "人"), ("有多少孩子在读初中", "人"), ("去年新招了多少老师？", "人"),
    ("几所学校", "所"), ("多少钱", ""),
    ("普惠性民办幼儿园在园人数是多少？", "人"),       # 在园 is being there, no kindergarten
    ("幼儿园数量是多少？", "所"),
    ("县里幼儿园现在有多少孩子在园？", "人"),
])
def test_people_are_counted_in_people(question, unit):
    assert intent.asked_unit(question)[0] == unit


@pytest.mark.parametrize("word,head,short", [
    ("省级示范", "幼儿园", True),     # the documents say 省级示范园
    ("省级示范", "学校", False),       # they never say 省级示范校
    ("公办", "幼儿园", False),         # they say 公办幼儿园 in full
])
def test_a_school_asked_in_full_finds_its_short_form(word, head, short):
    from assistant.query import _short_form

    blob = "创建1至2所省级示范园，新建公办幼儿园7所，公办园占比。"
    assert _short_form(word, head, blob) is short


@pytest.mark.parametrize("question,negated", [
    ("普高里有几所没在招生？", "招生"), ("有多少学校未开展课后服务？", "开展"),
    ("实训楼有没有建成？", ""), ("是不是开工了？", ""), ("去年招生多少人？", ""),
])
def test_a_negated_verb_is_read(question, negated):
    from assistant.negation import negated as read_negated
    from assistant.terms import Term

    terms = [Term(w, (w,), 1.0, True, at=question.find(w)) for w in ("招生", "开展", "建成", "开工")
             if w in question]
    assert read_negated(question, terms) == negated


@pytest.mark.parametrize("question,period", [
    ("现在幼儿园的入园率有多高？", "actual"),     # what is, not what a plan aims at
    ("现在计划建几所幼儿园？", "plan"),
    ("幼儿园入园率是多少？", ""),
])
def test_now_asks_what_is(question, period):
    assert intent.period_of(question) == period


@pytest.mark.parametrize("question", ["这几年在教育上花的钱，平均每年涨多少？",
                                      "十三五这几年新建了多少所幼儿园？"])
def test_these_few_years_ask_no_count(question):
    assert split(question) is None


def test_a_rank_asked_is_no_topic_word():
    assert "排第" not in intent.QWORDS.sub(" ", "销量增幅在全省排第几？")
    assert "销量增幅" in intent.QWORDS.sub(" ", "销量增幅在全省排第几？")


def test_a_part_led_by_其中_names_its_own_thing():
    got = split("全县在校生一共多少，其中在园幼儿有多少？")     # …and what it is a part of
    assert got is not None and got.questions[1] == "全县在校生里在园幼儿有多少"
    got = split("全旗九年一贯制学校有几所，其中民办几所？")
    assert got is not None and got.questions[1] == "全旗九年一贯制学校里民办几所"
