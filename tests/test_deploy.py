"""A deployment is settings and documents: another bureau's report answered with its own
name and places, relative years that a short later notice does not move, composed answers
(several parts, comparisons, states) checked against their sources."""

from __future__ import annotations

import pytest
from conftest import REPORT, deployed, make_settings

from assistant.engine import Assistant
from ingest.pipeline import ingest_paths
from jiaoti import numbers as num
from vectorstore.index import Index

NOTICE = ("关于举办2025年校园足球联赛的通知\n"
          "各学校：为推进校园足球发展，定于2025年5月举办全市校园足球联赛，共设小学组、初中组两个组别。\n")

OTHER_CITY = ("安平县教育局2024年工作总结\n"
              "一、2024年工作情况\n"
              "2024年，我县新建公办幼儿园5所，新增普惠性幼儿园8所，新招聘教师210名，"
              "发放学生资助资金1800万元。普惠性幼儿园在园幼儿占比达90%。"
              "全县小学毛入学率达99.5%。\n"
              "全县有各级各类学校60所，其中幼儿园30所(民办园4所)、小学20所、初中8所。县级示范幼儿园6所。\n"
              "2所学校入选省清廉学校建设示范校。\n"
              "全县在校生9000名，其中:小学5100人，初中3900人；教职工800人，其中:小学450人，初中350人。"
              "全县学前三年毛入园率达到98%,高中阶段毛入学率96%。\n"
              "2024年规划新建义务教育学校项目4个，计划年内全部竣工。\n"
              "计划实施的4个项目已于9月底全部竣工。\n"
              "我县在全市中小学生运动会上获得金牌6枚、银牌4枚，老年组获得一等奖3个。\n"
              "县第一实验小学新校区建成并投入使用。县第二实验小学于2024年9月1日签订施工合同。\n"
              "2024年投资1.2亿元，新建改扩建城关小学等城区学校2所，城东中学等农村学校3所。\n"
              "县实验中学，建设面积5600平方米，投入资金400万元。\n"
              "2024年，完成技能培训2000人，争取上级资金5000万元，为年度目标任务4000万元的125%。"
              "3名教师获评省级骨干教师，开展研学等活动12次。\n"
              "“3”即打造“书香校园、平安校园、智慧校园”三类校园品牌。\n"
              "二、2025年工作计划\n"
              "2025年，计划新建公办幼儿园3所，力争年底前建成县职教中心实训楼。\n")


@pytest.fixture(scope="module")
def with_notice(tmp_path_factory):
    d = tmp_path_factory.mktemp("notice")
    notice = d / "notice-2025.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    settings = make_settings(d / "var")
    index = Index(settings)
    assert ingest_paths([REPORT, notice], settings, index).ok
    return Assistant(settings, index=index)


@pytest.fixture(scope="module")
def other_city(tmp_path_factory):
    return deployed(tmp_path_factory, "anping-2024.txt", OTHER_CITY, bureau_name="安平县教育局",
                    home_places=["安平县", "安平"], current_year=2025)


def test_a_later_short_notice_does_not_move_last_year(with_notice):
    ans = with_notice.ask("去年新招了多少老师？")
    assert ans.answerable and "477" in ans.answer and ans.answer.startswith("2023年")
    assert with_notice.index.snapshot().current_year == 2024


def test_another_bureau_is_answered_in_its_own_name(other_city):
    ans = other_city.ask("去年新招了多少老师？")
    assert ans.answerable and "210名" in ans.answer and "2024年" in ans.answer
    refusal = other_city.ask("去年新建了几所公办小学？")
    assert not refusal.answerable
    assert "安平县教育局" in refusal.answer and "鹤壁" not in refusal.answer
    spoken = other_city.ask("去年拿了几枚金牌？")
    assert "6枚" in spoken.answer and "安平县" in spoken.answer and "我县" not in spoken.answer
    assert "我县" in spoken.citations[0].quote            # the quote stays verbatim


def test_a_neighbouring_city_and_a_plan_asked_as_a_result_are_refused(other_city):
    assert not other_city.ask("饶阳县去年新建了几所公办幼儿园？").answerable
    assert not other_city.ask("2025年实际建成了几所公办幼儿园？").answerable
    plan = other_city.ask("2025年计划新建几所公办幼儿园？")
    assert plan.answerable and "3所" in plan.answer and "计划" in plan.answer


def test_several_parts_and_a_comparison_are_composed_from_checked_facts(other_city):
    both = other_city.ask("去年金牌银牌各拿了几枚？")
    first = both.answer.split("。")[0]
    assert "6枚" in first and "4枚" in first and len(both.citations) >= 1
    cmp = other_city.ask("去年金牌比银牌多几枚？")
    assert "6枚" in cmp.answer and "4枚" in cmp.answer and "多2枚" in cmp.answer
    for ans in (both, cmp):
        cited = "".join(c.quote for c in ans.citations)
        stated = num.figure_values(ans.answer.replace("多2枚", ""))
        assert stated <= num.figure_values(cited) | {2024}


def test_a_figure_about_a_sibling_of_the_asked_thing_is_not_given(other_city):
    # the same head with another modifier: 普惠性幼儿园 is not 公办幼儿园, 老年组's prizes
    # are not the students' medals
    assert "90%" in other_city.ask("普惠性幼儿园在园幼儿占比是多少？").answer
    for q in ("公办幼儿园在园幼儿占比是多少？", "老年组拿了几枚金牌？",
              "普惠性幼儿园的数量占多大比例？",        # a share of children, not of schools
              "去年新建的学校里，小学有多少所？",        # 小学 counted, not 公办幼儿园
              "去年教师培训培训了多少人？"):             # 技能培训 is another training
        ans = other_city.ask(q)
        assert not ans.answerable and not num.figure_values(ans.answer) - {12345, 2024}, q
    over = other_city.ask("去年争取上级资金超出年度目标任务多少？")
    assert "5000万元" in over.answer and "4000万元" in over.answer and "多1000万元" in over.answer
    # a word no document uses is what the question asks about: not covered
    assert "99.5%" in other_city.ask("小学毛入学率是多少？").answer
    for q in ("公办幼儿园一个月保教费要交多少？", "去年新招的教师里有多少是特岗教师？",
              "小学净入学率是多少？"):
        ans = other_city.ask(q)
        stated = {v for v in num.figure_values(ans.answer) if not 2000 <= v <= 2100} - {12345}
        assert not ans.answerable and not stated, q
    # a bracketed aside with its own figure speaks of itself
    assert "30所" in other_city.ask("全县有多少所幼儿园？").answer
    private = other_city.ask("全县有几所民办幼儿园？").answer
    assert "4所" in private and "30所" not in private
    assert not other_city.ask("那4所民办幼儿园一共收了多少小朋友？").answerable
    # what there is, not what a list's verb says was built, nor a kind of them
    assert "60所" in other_city.ask("全县一共有多少所学校？").answer
    assert "20所" in other_city.ask("孩子明年上小学，全县有几所小学？").answer
    assert "30所" in other_city.ask("安平一共有多少所幼儿园？").answer
    study = other_city.ask("去年搞了几次研学活动？")        # '研学等活动' says 研学活动
    assert study.answerable and "12次" in study.answer
    both = other_city.ask("去年新建的公办幼儿园和新增的普惠性幼儿园加起来一共多少所？").answer
    assert "5所" in both and "8所" in both and "合计13所" in both
    assert "合计10枚" in other_city.ask("运动会金牌和银牌加起来多少枚？").answer
    half = other_city.ask("去年新建的公办幼儿园和民办幼儿园加起来一共多少所？")
    assert not half.answerable and "合计1" not in half.answer     # one side is missing
    which = other_city.ask("去年新建的公办幼儿园和新增的普惠性幼儿园，哪种多？多几所？")
    assert "5所" in which.answer and "8所" in which.answer and "多3所" in which.answer


def test_a_statement_of_another_kind_does_not_answer(other_city):
    # an intention is no date of completion, a school without an address is no place,
    # a list of names that mentions the words is no explanation of them
    for q in ("职教中心实训楼实际什么时候建成的？", "第一实验小学新校区建在哪里？",
              "平安校园要求做到什么？", "第二实验小学的施工图审查是哪天通过的？",
              "去年新建的公办幼儿园是哪几所？",                 # names asked, a count given
              "获评省级骨干教师的那几位教师叫什么名字？"):
        assert not other_city.ask(q).answerable, q
    # '这两所' points at the schools just counted: their names are asked, and 清廉学校 is
    # the question's own word, no name
    names = other_city.ask("那这两所学校分别叫啥名字？", history=["有几所学校入选省清廉学校建设示范校？"])
    assert not names.answerable
    assert "第一实验小学" in other_city.ask("哪所学校的新校区建成并投入使用了？").answer
    area = other_city.ask("县实验中学盖了多大？")        # an area, whatever the verb
    assert area.answerable and "5600平方米" in area.answer and "400万元" not in area.answer
    built = other_city.ask("城东中学有没有搞建设？")     # the verb of the clause before
    assert built.answerable and "新建改扩建城东中学" in built.answer
    signed = other_city.ask("第二实验小学哪天签订的施工合同？")
    assert signed.answerable and "9月1日" in signed.answer
    named = other_city.ask("“3”指的是什么？")
    assert named.answerable and "书香校园" in named.answer


def test_items_of_a_list_count_what_their_list_counts(other_city):
    # '在校生…，其中:小学5100人' counts pupils, '教职工…，其中:小学450人' staff; the items of
    # one list lend each other nothing
    assert "5100人" in other_city.ask("全县上小学的娃有多少个？").answer
    diff = other_city.ask("上小学的比上初中的多多少人？").answer
    assert "5100人" in diff and "3900人" in diff and "多1200人" in diff
    # a bare item of a list shares the list's verb: '…达到98%,高中阶段毛入学率96%'
    rate = other_city.ask("高中阶段毛入学率达到多少？").answer
    assert "96%" in rate and "98%" not in rate
    # the asker's situation in the earlier question sets no year; its measure word is
    # the likelier for '那初中呢？' (8所, not 3900人 or 350人)
    middle = other_city.ask("那初中呢？", history=["孩子明年上小学，全县有几所小学？"]).answer
    assert "8所" in middle and "3900" not in middle
    # a passage for several figures starts where it names what is asked, not with another
    # group's medals
    elder = other_city.ask("去年运动会上老年组拿了哪些奖，各几个？").answer
    assert "3个" in elder and "6枚" not in elder
    # the asker's own situation names no topic: 太极拳 is not carried into the question
    medals = other_city.ask("我爸爱打太极拳，想问问去年中小学生运动会上拿了几枚金牌？").answer
    assert "6枚" in medals
    staff = other_city.ask("小学有多少教职工？").answer
    assert "450人" in staff and "5100" not in staff


def test_a_later_paragraph_that_counts_the_same_things_reports_their_state(other_city):
    # '计划实施的4个项目' restates the 4 学校项目 of the paragraph before: done, not planned
    done = other_city.ask("那4个学校项目完工了没有？")
    assert done.answerable and "已于9月底全部竣工" in done.answer


def test_status_says_what_is_done_and_what_is_only_planned(other_city):
    done = other_city.ask("第一实验小学新校区建好了没有？")
    assert done.answerable and "建成并投入使用" in done.answer
    usable = other_city.ask("第一实验小学新校区建好了吗？能用了没？")   # 能用 is the state
    assert usable.answerable and "投入使用" in usable.answer
    planned = other_city.ask("职教中心实训楼建好了吗？")
    assert planned.answerable and "计划" in planned.answer or "力争" in planned.answer
    assert "只有" in planned.answer or "计划" in planned.answer



def test_the_bureau_and_its_city_are_settings_not_code():
    """No string in the answer engine, prompts, web pages, index or ingest names the
    bundled report's bureau or city: only settings defaults, tests, docs and comments do."""
    import ast

    from conftest import ROOT

    found = []
    for folder in ("assistant", "prompts", "webui", "vectorstore", "ingest"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".md", ".txt") and "鹤壁" in path.read_text(encoding="utf-8"):
                found.append(str(path))
            if path.suffix != ".py":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docs = {id(n.body[0].value) for n in ast.walk(tree)
                    if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                      ast.AsyncFunctionDef))
                    and n.body and isinstance(n.body[0], ast.Expr)
                    and isinstance(n.body[0].value, ast.Constant)}
            found += [f"{path}:{n.lineno}" for n in ast.walk(tree)
                      if isinstance(n, ast.Constant) and isinstance(n.value, str)
                      and "鹤壁" in n.value and id(n) not in docs]
    assert not found, found
