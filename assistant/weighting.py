"""How much each word of a question weighs against one fact: words the fact's measure or
kind already says weigh nothing when the fact does not say them again ('在公办园上学的孩子'
counted in 人 need not say 上学; '多少资金' is said by 元; '盖了多大' by the area; '孩子上学的
学位' by 学位; '小学一年级新招' by 小学's intake)."""

from __future__ import annotations

import re

from assistant.extract import term_weights
from assistant.guards import MONEY_WORDS
from assistant.intent import ENROLLED, STAGES, enrolling, noun_unit
from assistant.query import QueryPlan
from assistant.terms import INTAKE

CHANGES = {"增长", "增加", "减少", "下降", "提高", "提升", "降低", "上升", "增幅", "降幅"}
MEASURES = ("平方米",)     # an area names what was done (built); money needs its verb
PLACES = ("学位",)
SCHOOLS = {"学校", "学校里", "各校", "各学校"}   # where the people a report counts are         # school places are places for children to attend
FIRST_GRADES = {"一年级", "初一", "七年级", "初中一年级", "高一", "高中一年级"}


def implied_weights(plan: QueryPlan, own: str, credit: list[float]) -> list[float]:
    """The question's term weights for a fact whose own words are ``own`` and which gives
    each term the credit in ``credit``: a term it does not say weighs nothing when what is
    asked already implies it."""
    weights = term_weights(plan)
    terms = plan.terms
    if plan.asked_unit in ("人", "名", "所") or enrolling(own):  # '在公办园上学的孩子',
        #                     '入学率', '给残疾孩子上学的学校': a school is where one attends
        weights = [0.0 if (not t.known or not c) and t.word.rstrip("了过着") in ENROLLED else w
                   for t, w, c in zip(terms, weights, credit)]
    if plan.asked_unit in ("人", "名", "所"):   # '区里学校一共有多少老师': people counted are
        heads = {t.at for t in terms if t.word in SCHOOLS and any(    # the schools' people;
            u.at + len(u.word) == t.at for u in terms)}               # 所 counts schools (not
        weights = [0.0 if c <= 0.5 and t.word in SCHOOLS and t.at not in heads else w  # the
                   for t, w, c in zip(terms, weights, credit)]   # head of '中职学校')
    if plan.asked_unit == "元":              # '多少资金' of '安排9000多万元支持…': 元 says it
        weights = [0.0 if not c and t.word in MONEY_WORDS else w
                   for t, w, c in zip(terms, weights, credit)]
    if plan.asked_unit in MEASURES:     # '盖了多大': the area says what was done (the verb
        weights = [0.0 if i == plan.predicate and not c and   # need not be the report's),
                   terms[i].word.rstrip("了") not in CHANGES else w    # a change must
                   for i, (w, c) in enumerate(zip(weights, credit))]  # ('增长了多少')
    if any(t.word in PLACES and c for t, c in zip(terms, credit)):   # '孩子上学的学位'
        weights = [0.0 if not c and (t.word in ENROLLED or noun_unit(t.word) == "人") else w
                   for t, w, c in zip(terms, weights, credit)]
    if INTAKE.search(plan.focus_text) and any(t.word in STAGES for t in terms):
        weights = [0.0 if not c and t.word in FIRST_GRADES else w    # '小学一年级新招了多少':
                   for t, w, c in zip(terms, weights, credit)]        # the intake is grade one
    if PUPIL_RATE.search(own) or _pupil_count(own, plan):  # '初中毕业的孩子有多少比例继续
        weights = [0.0 if not c and t.word in YOUNG else w   # 升学', '今年小学毕业的娃有多少'
                   for t, w, c in zip(terms, weights, credit)]   # (毕业4008人): pupils, said
    if plan.asked_unit == "%" and OF_TARGET.search(own):     # '为年度目标任务2.7亿元的167%'
        weights = [0.0 if not c and t.word.startswith("完成") else w    # is how much of the
                   for t, w, c in zip(terms, weights, credit)]         # target was done
    return weights


# a share of a target: the part of it done ('争取上级资金4.51亿元,为年度目标任务2.7亿元的167%')
OF_TARGET = re.compile(r"(?:目标|任务)[^，,；;。]*的\s*(?:[\d.]+\s*[%％])?\s*$")


def pupils_counted(plan: QueryPlan, own: str) -> bool:
    """A question counting children or pupils ('小学毕业的娃有多少') and a figure that counts
    them by what they do ('毕业4008人')."""
    return bool(plan.counted) and plan.counted[0] in YOUNG and _pupil_count(own, plan)


def _pupil_count(own: str, plan: QueryPlan) -> bool:
    """Does a figure counted in people say they are pupils by what they do, as the question
    does ('毕业4008人' for '小学毕业的娃'; not '招生93084人' for '读初中的孩子'), with no
    grown-up named ('公费师范毕业生', '教职工')?"""
    act = _PUPIL_ACT.search(own)
    return plan.asked_unit in ("人", "名") and act is not None and (
        act.group(0) in plan.question or act.group(0) in _ATTENDING and _ATTENDS.search(
            plan.question) is not None) and _GROWN.search(own) is None     # ('上小学的孩子':
    #                                                                        '小学在校56465人')


_PUPIL_ACT = re.compile(r"毕业|招生|招收|入学|入园|就读|在校|在园|在读")
_ATTENDING = ("在校", "在园", "在读", "就读")
_ATTENDS = re.compile(r"(?:[上读念]|在读|就读)(?:小学|初中|高中|中学|幼儿园|大学|中职|职高|技校|普高|学前)")
GROWN = _GROWN = re.compile(r"教师|老师|教职|师范|教练|干部|职工|校长|家长|人员|员")
PUPIL_RATE = re.compile(r"入学率|升学率|巩固率|入园率|辍学率|普及率")
YOUNG = {"孩子", "孩子们", "学生", "学生们", "儿童", "娃", "娃娃", "小孩", "小朋友", "学生娃", "适龄孩子"}


def own_question_coverage(plan: QueryPlan, weights: list[float], got, near: float) -> float:
    """Coverage by the question's own words alone, when it carries words of another part
    ('安全教育培训又办了多少场（接上一问：孩子安全最要紧，去年…搞了…）'): its verb and its
    noun are its own question, whose nouns are all said; 0 otherwise. (A bare follow-up,
    '那高中呢？', has no verb of its own: the words it carries say what it asks.)"""
    from assistant.guards import is_verb_term

    focus = [i for i, t in enumerate(plan.terms) if t.focus]
    if len(focus) == len(plan.terms) or not any(is_verb_term(plan.terms[i]) for i in focus):
        return 0.0
    nouns = [i for i in focus if not is_verb_term(plan.terms[i])]
    if not nouns or any(got[i][0] < near for i in nouns):
        return 0.0
    total = sum(weights[i] for i in focus)
    return sum(weights[i] * got[i][0] for i in focus) / total if total else 0.0
