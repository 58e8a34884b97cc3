"""The answer engine on the bundled report: right figure in the first sentence, a
verbatim citation that holds it, honest refusals, follow-ups."""

from __future__ import annotations

import re

import pytest
from conftest import REPORT

from jiaoti import numbers as num
from prompts import cannot_answer

ORIGINAL = REPORT.read_text(encoding="utf-8")

# (question, expected figure) — "c" = citizen wording, "r" = the report's wording
ANSWERABLE = [
    ("c", "去年新招了多少老师？", "477人"),
    ("c", "去年给学生发了多少资助的钱？", "0.73亿元"),
    ("c", "体彩卖了多少钱？", "3.9亿元"),
    ("c", "改扩建的公办幼儿园有几所？", "4所"),
    ("c", "去年新盖了几所公立幼儿园？", "7所"),
    ("c", "去年一共装了多少件健身器材？", "1422件"),
    ("c", "去年表扬了多少个优秀老师？", "120名"),
    ("c", "优秀教育工作者表彰了多少名？", "150名"),
    ("c", "老师培训搞了多少项？", "24项"),
    ("c", "去年多了多少个公办学位？", "3330个"),
    ("c", "去年办了多少场研学活动？", "1400余场次"),
    ("c", "参加研学的学生有多少？", "9.8万人次"),
    ("c", "去年办了多少次体育比赛？", "150余次"),
    ("c", "跳伞世界杯上咱们市拿了几块金牌？", "2金"),
    ("c", "省运会上青少年组拿了几块金牌？", "4金"),
    ("c", "太极拳比赛拿了几个一等奖？", "5个一等奖"),
    ("c", "有几所学校评上了省数字校园标杆校？", "55所"),
    ("c", "校外培训请了多少个社会监督员？", "23人"),
    ("c", "去年从上面争取了多少钱？", "4.51亿元"),
    ("c", "上级资金完成了年度目标的百分之多少？", "167%"),
    ("c", "去年帮多少个困难学生办了助学贷款？", "2.1万名"),
    ("c", "助学贷款一共放了多少钱？", "2.22亿元"),
    ("c", "去年搞了多少次安全隐患排查？", "38次"),
    ("c", "安全教育培训办了几场？", "18场次"),
    ("c", "权力清单一共有多少项？", "41项"),
    ("r", "2023年新聘教师多少人？", "477人"),
    ("r", "2023年发放各类资助资金多少？", "0.73亿元"),
    ("r", "2023年我市体育彩票年度销量是多少？", "3.9亿元"),
    ("r", "2023年创建省级家庭教育示范校多少所？", "40所"),
    ("r", "家庭教育先进校有多少所？", "20所"),
    ("r", "2023年完成技能培训多少人？", "2.3万余人"),
    ("r", "认定技能人才多少人？", "1.3万余人"),
    ("r", "多少所职业院校参与打造鹤壁创新城产教联合体？", "10所"),
    ("r", "产教联合体有多少家企业参与？", "35家"),
    ("r", "多少门课程被评为省级优秀课程资源？", "16门"),
    ("r", "改造提升农民体育健身工程多少套？", "40套"),
    ("r", "更新建设全民健身路径多少套？", "35套"),
    ("r", "2023年省运会社会组获得几个三等奖？", "20个三等奖"),
    ("r", "2023年省太极拳健身大赛上获得几个二等奖？", "12个二等奖"),
    ("r", "2024年计划建成几所市级教育装备标准化实验学校？", "6所"),
    ("r", "2024年计划创建几所省标准化示范校、特色校？", "3至5所"),
    ("r", "“国防+专题”教育综合实践活动有多少学生参加？", "1万余人"),
    ("r", "2023年开展“红色地标打卡”研学等活动多少次？", "27次"),
]

UNANSWERABLE = [
    "2022年新聘教师多少人？",            # another year
    "2021年体育彩票销量多少？",
    "郑州市去年新招了多少老师？",          # another city
    "洛阳市发放了多少资助资金？",
    "今年中考分数线是多少？",              # not in the report
    "鹤壁高考本科上线率是多少？",
    "张伟是谁？",                          # a person it does not name
    "鹤壁市第一中学的招生电话是多少？",
    "老师平均工资是多少？",
    "今年新聘了多少老师？",                # 2024 has plans, not this figure
    "2024年体育彩票实际卖了多少钱？",
    "淇滨区有多少所小学？",
]

FOLLOWUPS = [
    (["2023年新建了几所公办幼儿园？"], "改扩建的呢？", "4所"),
    (["在2023年特定点跳伞世界杯赛上我市拿了几枚金牌？"], "那银牌呢？", "3银"),
    (["2023年省运会上青少年竞技组拿了几枚金牌？"], "铜牌呢？", "1铜"),
    (["2023年省运会社会组获得几个一等奖？"], "二等奖呢？", "8个二等奖"),
    (["“123851”里的“8”指什么？"], "那“5”呢？", "五型队伍"),
    (["去年学生资助一共发了多少钱？"], "那助学贷款呢？", "2.22亿元"),
    (["2023年完成技能培训多少人？"], "认定技能人才呢？", "1.3万余人"),
]
FOLLOWUPS_REFUSED = [
    (["2023年新聘教师多少人？"], "2022年呢？"),
    (["去年体彩卖了多少钱？"], "那郑州呢？"),
]


def first_sentence(answer: str) -> str:
    return re.split(r"[。！？!?\n]", answer, maxsplit=1)[0]


def check_answer(ans, figure: str) -> None:
    assert ans.answerable, (ans.question, ans.reason)
    first = first_sentence(ans.answer)
    assert num.canonical(figure) in num.canonical(first), (ans.question, ans.answer)
    assert len(first) <= 80, ans.answer
    cite = ans.citations[0]
    assert num.canonical(figure) in num.canonical(cite.quote), (ans.question, cite.quote)
    assert ORIGINAL[cite.start:cite.end] == cite.quote          # verbatim, with offsets
    assert cite.source == REPORT.name and cite.title.startswith("聚力质量跃升")
    assert cite.section and cite.chunk_id and cite.n == 1
    assert len(cite.quote) <= 120                               # readable at a glance


def test_question_sets_are_big_enough():
    assert len(ANSWERABLE) >= 40
    assert sum(1 for kind, *_ in ANSWERABLE if kind == "c") * 2 >= len(ANSWERABLE)
    assert len(UNANSWERABLE) >= 10
    assert len(FOLLOWUPS) >= 5


@pytest.mark.parametrize("kind,question,figure", ANSWERABLE)
def test_answers_state_the_figure_with_a_supporting_citation(assistant, kind, question, figure):
    check_answer(assistant.ask(question), figure)


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_refuses_what_the_report_does_not_say(assistant, question):
    ans = assistant.ask(question)
    assert not ans.answerable, (question, ans.answer)
    assert ans.answer.startswith(cannot_answer())
    assert "12345" in ans.answer and not ans.citations


@pytest.mark.parametrize("history,question,figure", FOLLOWUPS)
def test_followups_use_the_conversation(assistant, history, question, figure):
    ans = assistant.ask(question, history=history)
    check_answer(ans, figure)
    assert ans.standalone_question != ans.question


def test_a_several_part_followup_keeps_the_conversation(assistant):
    # each part carries the previous question's competition and group
    ans = assistant.ask("那银牌、铜牌各几枚？", history=["去年省运会青少年竞技组金牌有几枚？"])
    first = ans.answer.split("。")[0]
    assert "9银" in first and "1铜" in first, ans.answer
    both = assistant.ask("银牌、铜牌呢？", history=["去年省运会青少年竞技组金牌有几枚？"])
    assert "9银" in both.answer.split("。")[0] and "1铜" in both.answer.split("。")[0]


@pytest.mark.parametrize("history,question", FOLLOWUPS_REFUSED)
def test_followups_about_other_years_and_places_are_refused(assistant, history, question):
    ans = assistant.ask(question, history=history)
    assert not ans.answerable and ans.answer.startswith(cannot_answer())


def test_list_item_and_definition(assistant):
    ans = assistant.ask("改扩建的公办幼儿园有几所？")
    assert "新建" not in first_sentence(ans.answer) and "4所" in ans.answer
    ans = assistant.ask("“123851”里的“5”指什么？")
    assert ans.answerable and "五型队伍" in first_sentence(ans.answer)
    assert ans.citations[0].quote.startswith("“5”即")


def test_traditional_and_full_width_questions(assistant):
    ans = assistant.ask("去年新招了多少老師？")
    assert ans.answerable and "477人" in ans.answer
    ans = assistant.ask("２０２３年新聘教师多少人？")
    assert ans.answerable and "477人" in ans.answer


@pytest.mark.parametrize("question,message", [
    ("", "请输入您要咨询的问题。"),
    ("   \t\n ", "请输入您要咨询的问题。"),
    ("问" * 501, "问题太长了（超过 500 个字），请简要描述您想了解的事项。"),
    ("😀😀😀", "没有识别到文字内容，请用文字描述您的问题。"),
    ("\x00\x01\x02", "请输入您要咨询的问题。"),
])
def test_bad_questions_are_refused_before_any_embedding(assistant, question, message):
    calls = []
    embedder = assistant.index.embedder
    original = embedder.embed_query
    embedder.embed_query = lambda text: calls.append(text) or original(text)
    try:
        ans = assistant.ask(question)
    finally:
        embedder.embed_query = original
    assert not ans.answerable and ans.answer == message and ans.reason == "rejected"
    assert calls == []


def test_answer_is_stamped_and_timed(assistant):
    assistant.cache.clear()
    ans = assistant.ask("去年新招了多少老师？")
    assert ans.settings_hash == assistant.settings.settings_hash()
    assert ans.latency_ms > 0 and "embed_ms" in ans.timings
    again = assistant.ask("去年新招了多少老师？")              # the same answer, from the cache
    assert again.latency_ms > 0 and "cache_hit" in again.timings and "embed_ms" not in again.timings
    assert again.answer == ans.answer and again.settings_hash == ans.settings_hash
    assert set(ans.to_dict()) == {"question", "standalone_question", "answer", "answerable",
                                  "mode", "citations", "latency_ms"}
