"""Whether a figure counts the noun a question counts: '城关小学等城区学校2所' counts
城区学校, not 小学; '专任幼儿教师984人' counts 教师, not 幼儿."""

from __future__ import annotations

import re

from assistant.brackets import open_bracket
from assistant.listing import INCLUDED as _INCLUDED
from assistant.owned import place_of_name, unlabelled
from assistant.intent import HEAD_END, PUPILS, STAGE_GROUPS, STAGES, enrolling, noun_unit
from assistant.query import QueryPlan
from assistant.scopes import people_stage, schools_of, secondary_asked
from assistant.terms import PUPIL_FORMS
from assistant.weighting import GROWN
from jiaoti import text as tx
from jiaoti.lexicon import stopwords
from jiaoti.terms import astride

_ETC = re.compile(r"(?<![一二三四五六七八九十特平高中初同均对])等(?![奖级次])")   # not 一等奖, 中等
_NAMES = re.compile(r"[(（][^()（）\d]*、[^()（）\d]*[)）]")   # a bracket of names


def included_at(text: str, at: int) -> bool:
    """Is the figure at ``at`` inside an aside of what a figure includes ('小学322所(含187个
    教学点)')?"""
    start = open_bracket(text, at)
    return start >= 0 and text.startswith(("含", "包括", "包含"), start + 1)


def left_out(plan, text: str, at: int) -> bool:
    """The figure at ``at`` sits in an aside of what a figure leaves out ('…共81所(不含中职
    其他机构3所)') and the question leaves that out too ('(不含中职其他机构)共有多少所'): it
    asks the figure outside, never this one."""
    start = open_bracket(text, at)
    return start >= 0 and text.startswith(_LEFT_OUT, start + 1) and \
        any(w in plan.question for w in _LEFT_OUT)


_LEFT_OUT = ("不含", "不包括", "未含", "不计", "除")


def counts_asked(plan: QueryPlan, local: str, aside: bool = False) -> bool:
    """The counted noun is what the figure counts: '城关小学等城区学校2所' counts 城区学校
    (the names before 等 are examples), not 小学."""
    if not plan.counted:
        return True
    local = _NAMES.sub(" ", local)      # '7所县直学校(紫阳中学、…、县幼儿园)' counts 县直学校
    if not aside:                       # '幼儿25113人(含小学附设幼儿班)' counts no 幼儿班
        local = _INCLUDED.sub(" ", local)
    # '幼儿园' asked beside '小朋友' (幼儿): an occurrence of 幼儿园 is not one of 幼儿
    for t in plan.terms:
        if plan.counted[0] in t.alternatives:
            for longer in t.shadows:
                local = local.replace(longer, "\x00")
    tails = [_ETC.split(piece)[-1] for piece in local.split()]
    if any(tx.contains_term(tail, a) and not _modifies_person(tail, a)
           for a in plan.counted for tail in tails) or plan.counted[0] == PUPILS and any(
            PUPIL_FORMS.search(tail) and not GROWN.search(tail) for tail in tails):
        return True     # '招收一年级新生8600人' counts 学生; '安置公费师范毕业生283人' does not
    # '研学等活动12次' still counts 研学 among its 活动; '…等城区学校2所' counts 学校
    named = [w for tail in tails for w in tx.words(tail) if len(w) >= 2 and w[-1] in HEAD_END]
    return not named and any(a in local for a in plan.counted)


def kind_named(plan: QueryPlan, own: list[float]) -> bool:
    """'十二年一贯制学校多少所' counts the schools of a kind the question names: a figure whose
    own words say that kind ('十二年一贯制4所') counts them, though it leaves out 学校."""
    if not plan.counted or plan.asked_unit != "所":
        return False
    for t, mine in zip(plan.terms, own):
        end = plan.focus_text.find(t.word) + len(t.word)
        kind = t.word in STAGES or t.word.endswith("一贯制")     # not '公办' of '公办学校'
        if kind and t.focus and t.known and mine >= 1.0 and \
                end >= len(t.word) and plan.focus_text.startswith(plan.counted[0], end):
            return True
    return False


def _modifies_person(text: str, noun: str) -> bool:
    """'专任幼儿教师984人' counts 教师: every 幼儿 in it says whose teachers they are (or
    is the head of a school's name: '幼儿园专任教师')."""
    if noun_unit(noun) != "人":
        return False
    at = text.find(noun)
    while at >= 0:
        after = tx.words(text[at + len(noun):at + len(noun) + 4])
        if not after or noun_unit(after[0]) != "人" and after[0][:1] not in "园校院":
            return False
        at = text.find(noun, at + 1)
    return True


def verb_object_said(plan: QueryPlan, own: str) -> bool:
    """'招了多少学生' is said by '招生184人', '毕业了多少学生' by '毕业生2158人': the question's
    verb (or its first character) and the last character of its counted noun written as
    one word of the figure's own."""
    if plan.predicate < 0 or not plan.counted:
        return False
    verb = plan.terms[plan.predicate].word.rstrip("了过着")     # '毕业了多少学生': 毕业生
    heads = {v + c[-1] for c in plan.counted if len(c) >= 2 for v in (verb[:1], verb)}
    return bool(heads) and any(w in heads for w in tx.words(own))


def other_stage(plan: QueryPlan, own: str) -> str:
    """A stage the fact's own words name when the question asks another, or ''."""
    asked = {k for k, g in enumerate(STAGE_GROUPS) for t in plan.terms if t.focus
             for a in stage_words(t) if a in g} | secondary_asked(plan)
    own = own.replace("高中阶段", "")    # 普高 and 中职 together: no one stage
    named = {k: w for k, g in enumerate(STAGE_GROUPS) for w in g if tx.contains_term(own, w)}
    if asked and not named and "义务教育" in own and not asked & _COMPULSORY and \
            not any("义务教育" in t.word for t in plan.terms):
        return "义务教育"       # '普通高中学位' is not '新增义务教育学位1080个'
    return next(iter(named.values())) if asked and named and not asked & set(named) else ""


_COMPULSORY = {k for k, g in enumerate(STAGE_GROUPS) if "小学" in g or "初中" in g}


def heading_part(plan: QueryPlan, heading: str) -> str:
    """'――小学。…专任教师4.21万人' under a report's 义务教育 part: a figure under a stage's
    run-in heading counts that stage only, and a question naming no stage asks the whole.
    The heading, or ''."""
    if heading not in STAGES:
        return ""
    named = any(w in a for t in plan.terms for a in t.alternatives for w in STAGES)
    return "" if named else heading       # ('小学生师比' names 小学)


def stage_words(term) -> tuple[str, ...]:
    """The stages a question term names: a word for people names only the stage it opens
    with ('小学生' 小学; '孩子' none, though 幼儿 is one of its other words); '小学学校' 小学."""
    if noun_unit(term.word) == "人":        # '在园幼儿' opens with its stage after 在园
        word = re.sub(r"^在[园校读册]", "", term.word)
        return tuple(w for w in STAGES if word.startswith(w))
    return term.alternatives + tuple(w for w in STAGES if term.word.startswith(w) and
                                     term.word[len(w):] in ("学校", "校", "阶段", "段", "部"))


_YEAR_BEFORE = re.compile(r"(?:比|较|与|同)(?:上年|去年|上一年|前一年|上学年)(?:相比|同期)?")


def unasked_part(plan: QueryPlan, own: str, frame: str) -> str:
    """'在校学生50702人,其中一年级招生8564人,毕业班学生8254人': an item of a breakdown
    counts a part, and a question that names nothing setting it apart (毕业班; 民办 of
    '民办小学') asks the whole. The item's word that neither the frame nor the question
    says, or ''."""
    from assistant.guards import UNMARKED
    from assistant.intent import COUNT_NOUNS
    from jiaoti.places import AREA_WORDS

    if not frame:
        return ""
    stop, extra, bound = stopwords(), [], _BOUND_ASKED.search(plan.focus_text)
    own = _YEAR_BEFORE.sub("", own)      # '比上年减少 招生,…': the change's words set no part
    own = _INCLUDED.sub("", own)         # nor what it takes in ('在园幼儿(含托班)')
    own = unlabelled(plan.words, own)    # nor a label of the school the question names
    for w in tx.words(re.split(r"\d", own, maxsplit=1)[0]):    # what comes before its figure
        if len(w) < 2 or not tx.is_cjk(w[0]) or w in stop or w in AREA_WORDS or \
                tx.is_verb(w) or bound and _BOUND_SAID.match(w) or w in COUNT_NOUNS or \
                plan.complement and "非" + plan.complement[:2] in w or \
                _kindergarten_staff(plan, w, own) or astride(own, w, plan.words) or \
                people_stage(plan, w) or schools_of(plan, w, own) or \
                place_of_name(plan.words, w, own):     # ('学前教育幼儿' are all the 幼儿
            #   there are; '义务教育阶段学校专任教师' those of 义务教育阶段; 昆明 of 昆明行知中学)
            continue    # a noun sets a part apart, not a measure ('人数'); 小学 not in 中小学校
        rest = "" if any(tx.contains_term(a, w) or a == w + "学校" and w.endswith("教育")  # 特殊教育
                         for a in plan.words) or tx.contains_term(plan.focus_text, w) else w
        for a in sorted((a for a in plan.words if a in w), key=len, reverse=True):
            rest = rest.replace(a, "")
        if len(rest) < 2 or rest in UNMARKED:           # all of it asked ('普通初中8所')
            continue
        if rest == PUPILS and enrolling(plan.question):  # '在校的有多少人': '在校学生'
            continue
        if not tx.contains_term(frame, w) and not tx.contains_term(frame, rest):
            extra.append(rest)
    return extra[0] if extra else ""


def _kindergarten_staff(plan, word: str, own: str) -> bool:
    """'民办幼儿教师' for '民办幼儿园的老师': 幼儿 before a staff word names the school."""
    return word.startswith("幼儿") and bool(re.search("幼儿" + tx.CHILD_STAFF_WORD, own)) and \
        any(a.endswith("幼儿园") for a in plan.words)


def part_frame(at, fact) -> str:
    """What an item's part is a part of: its bracket's whole, its list's frame or its
    paragraph's topic — for a rate only its bracket's whole, unless the rate is the change
    of a count ('…在校生中,在小学就读的随迁子女6.38万人,…,增加2.84%')."""
    from assistant.lenders import CHANGE_CLAUSE

    if fact.unit == "%" and not CHANGE_CLAUSE.match(fact.clause):
        return at.whole
    return at.whole or at.frame or at.topic


def part_asked(plan: QueryPlan, item: str, at: int, own: str, rest: str = "",
               before: str = "") -> str:
    """'高中阶段在校生5571人(其中普高…4233人、职高…1338人)': a question naming one part in the
    bracket after a figure (普高), or one part of the '其中' list right after it (in ``rest``:
    '占地面积…,其中小学…,初中…'; ``before``: its clause before it), asks that part. Or ''."""
    from assistant.lenders import asides

    after = next((tx.fold(item[s:e]) for s, e in asides(item) if s >= at), "")
    tail = _FIGURE_HEAD.sub("", item[at:])      # (a list may follow it inside a bracket)
    listed = None if after else _LIST_AFTER.match(tail) or _LIST_AFTER.match(rest)
    if listed:          # (the item's own words, not what its subject gathered from the list;
        own = tx.fold(before + item.replace(listed.group(0), " "))   # a part opens an item)
        parts = [p for p in re.split(r"[,，、:：;；]", tx.fold(listed.group(1)))
                 if any(p.startswith(t.word) for t in plan.terms)]
        named = {t.word for p in parts for t in plan.terms if p.startswith(t.word)}
        after = " ".join(parts) if len(named) == 1 else ""   # (naming several asks them all)
    return next((t.word for t in plan.terms if t.focus and after   # (the whole named by
                 and tx.contains_term(after, t.word) and not any(      # another of its words,
                     tx.contains_term(own, a) for a in t.alternatives)), "")   # 高级中学, is asked)


_FIGURE_HEAD = re.compile(r"^[\d.]+\s*(?:万|亿)?(?:余|多)?[^\d\s,，;；。()（）]{0,4}")
_LIST_AFTER = re.compile(r"\s*[,，]\s*其中[:：,，]?([^。()（）]*)")


# a count above or below a bound: '人数过百的', '超过2000人的学校', '不到30人的教学点'
_BOUND_ASKED = re.compile(r"(?<![考赶])(?:过|上)([百千万])|(?:超过|多于|高于|不到|不足|少于|低于)(\d+)|"
                          r"(\d+)\s*[人名所个]?(以上|以下|以内)")
_BOUND_SAID = re.compile(r"以上|以下|以内|超过|不到|不足|少于|多于|低于|高于|过[百千万]")
_UP = re.compile(r"以上|超过|多于|高于|过[百千万]|上[百千万]")
_NUMBER_BOUND = re.compile(r"\d+\s*[人名所个班岁]及?(?:以上|以下|以内)|(?:不到|不足|少于|超过|多于)\d+")
_ROUND = {"百": "100", "千": "1000", "万": "10000"}


def bound_unsaid(plan: QueryPlan, own: str, item: str = "") -> bool:
    """A question counting things above or below a bound ('人数过百的教学点有几个') is not
    answered by a count that states no bound ('含12个教学点'), another bound or the other
    side of it ('30人以下的教学点有9个'); nor is a question counting schools with no bound
    answered by a count of those of a size ('100人以下的小学48所' for '小学数量', ``item``:
    the words before it); a bound that defines the thing ('56人以上大班额…0个') or scopes a
    rate ('30人以上的…机构100%建立…') is left to the answer, which says it."""
    m = _BOUND_ASKED.search(plan.focus_text)
    if not m:       # ('小学数量' is not '100人以下的小学48所': schools within a size)
        return plan.asked_unit == "所" and bool(_NUMBER_BOUND.search(item)) and \
            not _BOUND_SAID.search(plan.focus_text)
    said = ([None] + list(_BOUND_SAID.finditer(item + own)))[-1]     # (the nearest)
    if not said:
        return True
    number = next(g for g in m.groups() if g and g not in ("以上", "以下", "以内"))
    up = bool(_UP.search(m.group(0)))
    return bool(_UP.match(said.group(0))) != up or _ROUND.get(number, number) not in item + own


# '比上年增长了多少', '比去年多了几所', '增加了百分之几': the question asks a change
_ASKS_CHANGE = re.compile(r"(?:增长|增加|减少|下降|提高|降低|上升|提升|多|少|差|增|减|涨|降|变化|变)了?"
                          r"(?:多少|几|百分之几)|有没有变化|变了没有|有变化吗|变化大吗|"
                          r"(?:升|增|涨|多|增加|上升|提高)了?还是(?:降|减|跌|少|减少|下降|降低)")


_AGAINST = re.compile(r"(?:比|较|同比|与|和|跟)(?:上年|去年|上一年|前一年|上学年)")


def other_change(plan, changed: bool, clause: str) -> bool:
    """A figure whose change the next clause states ('比例为99.73%,比上年增长2个百分点')
    does not answer a question asking the change, that change ('比上年减少90人') does not
    answer one asking the figure ('招了多少'), and a figure whose clause says no change does
    not answer one asking the change from the year before."""
    from assistant.lenders import CHANGE_CLAUSE

    asked = asks_change(plan)
    if asked and _AGAINST.search(plan.focus_text) and not CHANGE_CLAUSE.match(clause) and \
            not _CHANGED.search(clause):
        return True     # '在校生比去年少了多少' is no '小学生师比为13.3:1'
    return (changed and asked) or (not asked and bool(CHANGE_CLAUSE.match(clause)))


_CHANGED = re.compile(r"增加|减少|增长|下降|提高|降低|上升|提升|增幅|降幅|持平|多|少|新增|[比较][增减]\d")


def asks_change(plan, rate: str = "") -> bool:
    """Does the question ask a change? With ``rate``: a change of a rate, or one against
    the year before ('比上年增加了多少'), which only a figure stating that change answers."""
    from assistant.either import asks_which_way

    m = _ASKS_CHANGE.search(plan.focus_text)
    if not rate:
        return bool(m or _AGAINST.search(plan.focus_text) or asks_which_way(plan.focus_text))
    return plan.asked_unit == rate or bool(m and _AGAINST.search(plan.focus_text[:m.end()]))


def names_counted(plan, term) -> bool:
    """Does ``term`` name what the question counts ('读小学的孩子': 孩子, or 学生 for it)?
    Not a term merely sharing one of its other names ('幼儿园', whose 幼儿 also names
    children)."""
    return bool(plan.counted) and (term.word in plan.counted or plan.counted[0] in term.alternatives)


_CHANGE_WORDS = {"多", "少", "增", "减", "增加", "减少", "增长", "下降", "提高", "降低", "上升", "提升",
                 "增多", "减少", "变化", "差", "多出", "少了"}


def unsaid_of_change(plan, at, clause: str) -> tuple[str, ...]:
    """A change from the year before ('比去年增加2757人') answers only for the very thing
    asked: all the question (or the one it follows) names said by the figure or what lends it
    its subject, not a clause after it, and its people not by its section alone ('高中在校生…
    比去年多了多少' is not '高中招生人数…,比去年增加2757人;在校生人数…' in '学生情况')."""
    from assistant.guards import GENERIC, is_verb_term
    from assistant.lenders import CHANGE_CLAUSE
    from assistant.query import CONTEXT_WEIGHT
    from assistant.weighting import PUPIL_RATE, YOUNG

    if not CHANGE_CLAUSE.match(clause):
        return ()
    mine = " ".join([at.own, at.clause, at.lender, at.heading, at.frame, at.topic, at.shared,
                     at.parent or "", *(piece for piece, _ in at.leads)])
    young = PUPIL_RATE.search(mine)         # '入园率…,比上年提高…' is the children's
    return tuple(t.word for t in plan.terms if t.known and not is_verb_term(t)
                 and not (young and t.word in YOUNG)
                 and (noun_unit(t.word) == "人" or    # the people counted, and things less
                      t.weight / (1 if t.focus else CONTEXT_WEIGHT) >= GENERIC)  # common than 学校
                 and t.word.rstrip("了") not in _CHANGE_WORDS and not any(
        tx.contains_term(mine if noun_unit(t.word) == "人" else f"{mine} {at.context}", a)
        for a in t.alternatives))


def names_piece(pieces: str, word: str) -> bool:
    """Does a piece of a bracketed list say ``word`` as a word of its own — not as the head
    of a longer one ('娃娃' is 幼儿 in general Chinese, and '(其中幼儿园8551人,小学…)' names
    no 幼儿: its piece is 幼儿园)?"""
    if not tx.contains_term(pieces, word):
        return False
    freq = tx.tokenizer().FREQ
    return any(not freq.get(pieces[at:at + len(word) + 1]) for at in _finds(pieces, word))


def _finds(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_PER = re.compile(r"每([\u4e00-\u9fff]{1,7}?)(?:中|里|内)?(?=拥有|负担|有|配备|\s*\d)")
_PER_ASKED = re.compile(r"每|平均|人均|一个|一名|一位|一所|单个")


def other_base(plan: QueryPlan, own: str) -> str:
    """'每万人中拥有小学生884人' is a rate per 万人: it answers a question asking per 万人,
    not '小学生比初中生多多少' nor '每个专任教师负担学生多少人'. The base of the fact's own
    rate when the question does not ask per it, or ''."""
    m = _PER.search(own)
    if not m:
        return ""
    base = m.group(1)
    key = base[0] if base[0] in "十百千万" else re.sub(r"^[个名位所]", "", base)
    asked = _PER_ASKED.search(plan.question)
    return "" if asked and key and key in plan.question else "每" + base


_NEXT_CLAUSE = re.compile(r"\s*[,，;；]\s*([^,，;；。！？!?\n]+)")


def with_change(plan, evidence):
    """A question asking the change from the year before ('合格率比上年有没有变化') is answered
    by the clause that states it ('…达到100% ,与上年持平'), and one asking whether all of
    them did ('是不是所有学校都实施了') by the share that says how many ('…,占比99.66%'): a
    quote stopping at the figure takes that clause along."""
    from dataclasses import replace

    from assistant.lenders import CHANGE_CLAUSE

    change, every = asks_change(plan), bool(_EVERY.search(plan.focus_text))
    if not change and not every:
        return evidence
    chunk = evidence.chunk
    m = _NEXT_CLAUSE.match(chunk.text, evidence.end - chunk.start)
    if m is None or m.group(1) in evidence.statement or not (
            change and CHANGE_CLAUSE.match(m.group(1)) or every and _SHARE.match(tx.fold(m.group(1)))):
        return evidence
    end = chunk.start + m.end(1)
    return replace(evidence, end=end, quote=chunk.text[evidence.start - chunk.start:m.end(1)],
                   statement=evidence.statement.rstrip("。,，;； ") + "，" + m.group(1).strip())


_EVERY = re.compile(r"所有|全部|全都|每一?[所个家位]")
_SHARE = re.compile(r"\s*(?:占比|占|比例[为达]?|覆盖率[为达]?)\s*(?:约|近)?\d[\d.]*\s*[%％]")


def counts_named(plan, fact) -> bool:
    """A figure in 个 standing for the asked unit ('几套周转宿舍') counts what the words right
    by it name ('…周转宿舍建设项目50个' counts 项目); with no noun counted, anything."""
    at, end = fact.start - fact.clause_start, fact.end - fact.clause_start
    before = re.sub(r"[共有达为计约近]+$", "", fact.clause[:at])
    return not plan.counted or any(before.endswith(a) or fact.clause[end:].startswith(a)
                                   for a in plan.counted)


def enumerates(before: str, value) -> bool:
    """Do the names before a figure list exactly what it counts ('其中:正谊、嵯峨、马额、独李、
    新兴5所中学'): then they name its items, no part of them."""
    names = re.split(r"[:：,，]", before)[-1].split("、")
    return len(names) >= 2 and all(1 <= len(n) <= 8 for n in names) and \
        str(len(names)) == str(value).split(".")[0]
