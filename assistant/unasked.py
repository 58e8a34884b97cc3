"""Figures of something the question does not ask, though their words are near: a part
of the bureau ('局机关新发展党员8人'), a quota of posts ('教职工编制总量'), another lettered
grade ('省颁B级')."""

from __future__ import annotations

import re

_QUOTA = re.compile(r"编制")
# '局机关新发展党员8人' counts the bureau's own office, not '全县教育系统' nor the county
_ORGAN_PART = re.compile(r"局机关|局本级|机关|局属|直属|[市县区]直")
_ORGAN_ASKED = re.compile(r"局|机关|直属|[市县区]直")


def organ_part(plan, own: str) -> tuple[str, ...]:
    """A figure of one part of the bureau (its office, the units under it) answers only a
    question that names that part or the bureau."""
    m = _ORGAN_PART.search(own)
    return ("⊂" + m.group(0),) if m and not _ORGAN_ASKED.search(plan.question) else ()


def said_apart(plan, own: str, fact) -> tuple[str, ...]:
    """What the figure's own words set apart and the question does not ask: a part of the
    bureau, another level (国家 for 省), an act not done ('…未被录取')."""
    from assistant.levels import other_level
    from assistant.negation import negation_unasked

    return organ_part(plan, own) or other_level(plan.question, own) or negation_unasked(plan, fact)


def quota_unasked(plan, own: str) -> tuple[str, ...]:
    """A quota of posts ('教职工编制总量为2918名') is no count of people: it answers only a
    question that names the quota ('实际一共有多少人' is not it)."""
    m = _QUOTA.search(own)
    return ("⊂" + m.group(0),) if m and not _QUOTA.search(plan.question) else ()


_GRADE = re.compile(r"(?<![a-z0-9])([a-z]{1,4})([级类等星])", re.I)


def other_grade(question: str, own: str) -> str:
    """'达到省颁A级标准的有几所' is not '达到省颁B级标准的职业中学6所': a figure whose own words
    name another lettered grade of the same kind answers nothing about this one."""
    asked = {(g.lower(), k) for g, k in _GRADE.findall(question)}
    kinds = {k for _, k in asked}
    return next((g + k for g, k in _GRADE.findall(own)
                 if k in kinds and (g.lower(), k) not in asked), "")


# parts of a year a report may speak of separately: one of them is not another
_YEAR_PARTS = (("上半年", "下半年"), ("春季", "夏季", "秋季", "冬季"),
               ("一季度", "二季度", "三季度", "四季度"), ("寒假", "暑假"))


def other_part_of_year(question: str, text: str) -> str:
    """'下半年的经费拨了没有' is not answered by '已拨付…上半年…经费': the part of the year
    the question names when ``text`` names only other parts of the same kind, or ''."""
    for family in _YEAR_PARTS:
        asked = [p for p in family if p in question]
        said = [p for p in family if p in text]
        if asked and said and not any(p in said for p in asked):
            return asked[0]
    return ""


def one_of_a_list(plan, got, leads: list[str]) -> str:
    """'奥信小学、嘉定镇中心小学、…等义务教育学校改扩建项目…,新增学位8160个' counts all the
    schools listed before it: a question naming one of them (by a word found only in a lead,
    inside one item of a 、-list of three or more, not as its kind) does not ask that total —
    that item, or ''."""
    from jiaoti import text as tx

    for t, (_, own) in zip(plan.terms, got):
        if not t.focus or not t.known or own >= 0.5:
            continue
        for lead in leads:
            items = lead.split("、")
            items[-1] = items[-1].split("等")[0] if "等" in items[-1] else ""    # ('…七中等…')
            held = [i for i in items if any(tx.contains_term(i, a) and (
                i.strip() == a or not i.strip().endswith(a)) for a in t.alternatives)]
            if len(items) >= 3 and len(held) == 1:     # (not 学校 of '小江镇希望学校')
                return held[0].strip()
    return ""


def sets_apart(plan, t) -> bool:
    """Is ``t`` (a word no document says) right before a noun of the question that ends
    another of its words too, or that the question says before it ('区级及以上骨干教师里市级
    骨干教师', '中等职业学校生均…经费里农村学校的': 市级, 农村 set a part apart)?"""
    return any(u.focus and u.known and u.at == t.at + len(t.word) >= 0 and (any(
        v is not u and v.focus and len(v.word) > len(u.word) and v.word.endswith(u.word)
        for v in plan.terms) or 0 <= plan.question.find(u.word) < t.at) for u in plan.terms)


def other_kind(plan, sentence: str, known: bool = False) -> tuple[str, ...]:
    """A word no document says right before a known noun of the question ('优质均衡'), where
    the sentence has that noun only after another word of its own ('基本均衡县认定'): the
    sentence speaks of another kind of it. The unknown word, or (). With ``known``, only words
    the documents say too, each against its sibling there ('民办学位' is not the '增加公办学位2.7万个' a
    figure's own words say: 民办 and 公办 differ in their first character only)."""
    from assistant.guards import is_verb_term
    from jiaoti import text as tx

    s = tx.fold(sentence)
    for t in plan.terms:
        if not t.focus or t.known != known or len(t.word) < 2 or t.at < 0 or is_verb_term(t) or \
                tx.is_adverbial(t.word) or t.word[0] in "这那该此本每各哪其某":
            continue        # ('一起打造' is '共同打造'; '这份白皮书' points, it names no kind)
        u = next((u for u in plan.terms if u.focus and u.known and u.at == t.at + len(t.word)
                  and not is_verb_term(u)), None)
        spots = [m.start() for a in (u.alternatives if u else ()) for m in
                 re.finditer(re.escape(tx.fold(a)), s)]
        sibling = t.alternatives if t.known else ()   # a known word: only its sibling ('公办'
        if spots and all(_own_modifier(s[max(0, i - 4):i], plan.question, sibling)  # of 民办)
                         for i in spots):
            return (t.word,)
    return ()


def _own_modifier(before: str, question: str, sibling: tuple[str, ...] = ()) -> bool:
    from jiaoti import text as tx

    words = [w for w in tx.words(before) if w.strip()]
    w = words[-1] if words else ""
    return len(w) >= 2 and all(tx.is_cjk(c) for c in w) and w not in question and \
        not tx.is_verb(w) and (not sibling or len(w) == len(sibling[0]) == 2 and
                               w[1] == sibling[0][1] and w not in sibling)   # (not 教师 of 老师)


_KINDS = ("公办", "民办", "普惠", "公立", "私立", "国办", "政府办", "非营利性", "营利性")


def other_school_kind(plan, own: str, around: str = "") -> tuple[str, ...]:
    """A kind of school the question names ('公办幼儿园…占比'), none of whose words the
    figure's own words (nor the whole they are a part of, ``around``) say, where they say
    another kind ('学前教育普惠园在园幼儿占比'): a figure of another kind (普惠 takes in
    more than 公办). The asked word, or ()."""
    for t in plan.terms:
        if t.focus and any(k in t.word for k in _KINDS) and not any(
                a in own + around for a in t.alternatives):
            said = [k for k in _KINDS if k in own and not any(k in a or a in k
                                                              for a in t.alternatives)]
            if said:
                return (t.word,)
    return ()


_INCLUSION_ASKED = re.compile(r"含|包括|包含|也算|算上|连同|在内|加上")


def taken_in_only(plan, clause: str) -> tuple[str, ...]:
    """A word of the question said only in an aside listing what the figure takes in
    ('国家财政性教育经费(主要包括…,政府性基金预算安排的教育经费等)为299023万元' for
    '…中政府性基金预算安排了多少'): a part, which the whole's figure does not give — unless
    the question asks the whole with it ('（含教学点）', '托班也算'). The word, or ()."""
    from assistant.guards import is_verb_term
    from assistant.listing import INCLUDED
    from jiaoti.figures import counts_at

    asides = [a for a in INCLUDED.findall(clause) if not counts_at(a) and re.match(
        r"[(（](?:主要)?包括", a) and re.search(r"[、,，]", a)]    # a list of its parts
    if not asides or _INCLUSION_ASKED.search(plan.question):
        return ()
    rest = INCLUDED.sub("", clause)
    for t in plan.terms:
        if t.focus and not is_verb_term(t) and any(a in x for a in t.alternatives
                                                    for x in asides) and not any(
                a in rest for a in t.alternatives):
            return (t.word,)
    return ()


# '寄宿生生活补助由200元提高到300元': 200元 is what it was, 300元 what it is
_FROM_TO = re.compile(r"[\d.]+\s*(?:万|亿)?[^\d，,。;；]{0,3}?(?:提高|增加|提升|调整|上调|下调|降低|"
                      r"减少|增长|扩大|调|增|降)(?:到|至|为)\s*[\d.一二三四五六七八九十]")
_BEFORE_ASKED = re.compile(r"原来|原先|以前|之前|过去|由多少|从多少|调整前|提高前|上调前")


_TO_AT = re.compile(r"[由从]\s*[\d.]+[^\d，,。;；]{0,6}?(?:提高|增加|提升|调整|上调|下调|降低|减少|增长|"
                    r"扩大|调|增|降)(?:到|至|为)\s*$")


def replaced_value(question: str, text: str, at: int) -> str:
    """'孩子住校的生活补助现在给多少' is not '…由200元' (the figure a change starts from,
    at offset ``at`` of ``text``), and '…原来是多少' is not '…提高到300元': '调整前' or
    '调整后' for the figure the question does not ask; or ''."""
    before = _BEFORE_ASKED.search(question) is not None
    if text[max(0, at - 1):at] in ("由", "从") and _FROM_TO.match(text, at):
        return "" if before else "调整前"
    return "调整后" if before and _TO_AT.search(text[max(0, at - 30):at]) else ""


def other_rate(plan, own: str) -> str:
    """'初中辍学率是多少' is not '初中阶段学龄人口毛入学率达101.65%': the fact's own words name a
    rate and not the one the question asks — that other rate, or ''."""
    from jiaoti import text as tx

    asked = [a for t in plan.terms if t.focus and t.word.endswith("率") and len(t.word) >= 3
             for a in t.alternatives]           # (its last word: '6岁儿童入园率' → 入园率)
    if not asked or any(tx.contains_term(own, w) for a in asked for w in [a, *tx.words(a)[-1:]]):
        return ""
    return next((w for w in tx.words(own) if len(w) >= 3 and w.endswith("率")), "")


_PER_HEAD = re.compile(r"生均|人均")
_PER_ASKED = re.compile(r"均|每|摊|人头")
_TOTAL_ASKED = re.compile(r"一共|总共|合计|总|新增|增加了|新建|投入|建了|建成")


def other_measure(plan, own: str) -> str:
    """A figure of another measure than the one asked, or '': a rate per some base
    ('每万人中拥有小学生884人'), another rate, or a per-head figure ('高中生均校舍面积…8.16平方米')
    for a question asking a total or what was added, per head nowhere ('高中新增了多少校舍面积')."""
    from assistant.counted import other_base

    per = _PER_HEAD.search(own)
    return other_base(plan, own) or other_rate(plan, own) or (
        per.group(0) if per and _TOTAL_ASKED.search(plan.question) and
        not _PER_ASKED.search(plan.question) else "")
