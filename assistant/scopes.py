"""What a figure's frame or scope words say of the things it counts: a list's frame
counts its items ('专任教师2799人,其中:…幼儿园442人' are teachers), and a whole named after
another whole restates the scope ('义务教育阶段中小学专任教师')."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.brackets import open_bracket
from assistant.intent import STAGES
from assistant.query import QueryPlan
from jiaoti import text as tx
from jiaoti.lexicon import general_parts


def frame_alike(frame: str, unit: str) -> str:
    """``frame`` when it counts in the fact's measure ('专任教师2799人,其中:…幼儿园442人'); ''
    for one counting other things ('城区:新建两所小学,其中青松小学…办学人数1080人')."""
    from assistant.extract import unit_family
    from jiaoti.figures import counts_at

    figs = counts_at(frame)
    return frame if not figs or not unit or unit in unit_family(figs[0].unit) else ""


def framed_other(plan: QueryPlan, own: str, frame: str, people: bool = False) -> str:
    """'专任教师2799人,其中:…幼儿园442人': the 442 are teachers, whatever 幼儿园 holds. For
    a question counting a noun (幼儿) that the list's frame does not name and the item names
    only inside a longer word, what the frame counts (专任教师); else ''. With ``people``,
    only a frame counting people answers ('基础教育42666人' counts no kind of people)."""
    from assistant.intent import noun_unit
    from jiaoti.figures import counts_at
    from jiaoti.lexicon import stopwords

    counted = [*plan.counted, *(a + "生" for a in plan.counted)]   # '住校的' are 住校生
    if not plan.counted or not frame or any(tx.contains_term(frame, a) for a in counted):
        return ""
    tokens = [w for w in tx.words(own) if tx.is_cjk(w[0])]
    if any(w.endswith(a) for a in counted for w in tokens):
        return ""
    figs = counts_at(frame)
    words = [w for w in tx.words(frame[:figs[0].start] if figs else frame)   # (not '…子女共')
             if tx.is_cjk(w[0]) and not tx.is_verb(w) and w not in stopwords()]
    if not words or _same_kind(words[-1], counted) or people and noun_unit(words[-1]) != "人" \
            or any(words[-1] in t.word for t in plan.terms):     # ('…随迁子女中,…就读的')
        return ""
    return words[-1]


def _same_kind(word: str, counted: list[str]) -> bool:
    """Does ``word`` (a frame's noun: '在校学生') name the kind of thing counted ('幼儿'):
    one synonym group holds it and a word of the group the counted word is in?"""
    return word in kin(tuple(counted))


@lru_cache(maxsize=4096)
def kin(alternatives: tuple[str, ...]) -> frozenset[str]:
    """The words of every synonym group sharing a word with a group that holds one of
    ``alternatives``: '小朋友' (幼儿, 孩子…) reaches '在校学生' through 孩子 — the same kind
    of people, said of a whole ('在校学生…,其中:幼儿园4033人'), not a synonym."""
    from jiaoti.lexicon import general_groups

    near = _near(alternatives)
    return frozenset(w for g in general_groups() if near & set(g) for w in g if len(w) > 1)


@lru_cache(maxsize=4096)
def kind_stage(alternatives: tuple[str, ...]) -> frozenset[str]:
    """The words of the stage whose people ``alternatives`` name ('小朋友' → 幼儿 → 幼儿园,
    学前, 幼儿), or nothing when they name people of no one stage ('学生')."""
    from assistant.intent import STAGE_GROUPS

    near = _near(alternatives)
    return frozenset(w for g in STAGE_GROUPS if near & set(g) for w in g)


def people_stage(plan, word: str) -> bool:
    """Is ``word`` the stage whose people the question counts and names ('学前教育' of
    '在园的小朋友')? It sets no part of them apart. ('上学的孩子' names no stage.)"""
    from assistant.intent import STAGE_GROUPS

    stage = re.sub(r"(?:教育)?(?:阶段)?$", "", tx.fold(word))
    group = next((g for g in STAGE_GROUPS if stage in g), ())
    said = any(w in plan.question for w in group + _STAGE_SAID.get(stage, ()))
    return bool(plan.counted) and said and stage in kind_stage(plan.counted)


_STAGE_SAID = {"学前": ("在园", "入园")}      # a kindergarten's pupils said without its name


def _near(alternatives: tuple[str, ...]) -> set[str]:
    from jiaoti.lexicon import general_groups

    return {*alternatives, *(w for g in general_groups() if any(a in g for a in alternatives)
                             for w in g)}


def restated_scope(plan: QueryPlan, word: str) -> bool:
    """Is ``word`` a whole of schooling ('中小学') after another whole the question names
    ('义务教育阶段中小学专任教师' asked as '义务教育阶段的专任教师'): the scope said again,
    no narrower kind?"""
    wholes = general_parts()
    return word in wholes and any(w != word and w in plan.focus_text for w in wholes)


def declared_part(text: str, at: int, unit: str, lender: str) -> bool:
    """'中小学校203所,在校生271224人(其中…中等职业技术学校12所…)': a figure in a 其中 aside
    that counts in the unit of the clause lending it its things is one kind of them,
    named by itself, and so are the figures of its record — the lender's modifier (中小)
    says nothing of them."""
    from jiaoti.figures import counts_at

    start = open_bracket(text, at)
    figs = counts_at(lender)
    if not (start >= 0 and text.startswith("其中", start + 1) and figs):
        return False
    # or a figure of a ';'-record opened by such a kind ('…;初中53所,在校生57643人;…')
    record = max(start, text.rfind(";", start, at), text.rfind("；", start, at)) + 1
    return unit == figs[-1].unit or any(f.unit == figs[-1].unit for f in counts_at(text[record:at]))


def bounds_noun(text: str, end: int, question: str = "") -> bool:
    """'56人以上大班额由上年的23个减少到0个': a figure with 以上/以下 right before a noun
    ('56人以上' of 大班额, '60岁以上老人') says which things are counted; it counts nothing
    — unless the question asks that bound ('是指一个班多少人以上'). ``end``: where the figure
    ends in ``text`` (with or without its 以上)."""
    if re.search(r"以上|以下|超过多少|不超过", question):
        return False
    at = end - 2 if text[end - 2:end] in ("以上", "以下") else end
    m = _BOUND_NOUN.match(text, at)
    word = (tx.words(text[m.end() - 1:m.end() + 3]) or [""])[0] if m else ""
    return bool(word) and not tx.is_verb(word)


_BOUND_NOUN = re.compile(r"(?:以上|以下)的?[\u4e00-\u9fff]")


def exceeds_its_whole(text: str, at: int, value: str, unit: str) -> bool:
    """'教职工28259人,其中专任教师21424万人': a part (the first figure after 其中) larger than
    every figure in its unit before 其中 in the same sentence (outside brackets) is the
    document's slip — not a figure to state."""
    from decimal import Decimal

    from jiaoti.figures import counts_at

    start = max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1
    before = text[start:at]
    k = before.rfind("其中")
    if k < 0 or unit in ("%", "") or counts_at(before[k:]):
        return False
    outside = re.sub(r"[(（][^()（）]*[)）]", lambda m: " " * len(m.group(0)), before[:k])
    wholes = [f for f in counts_at(outside) if f.unit == unit]     # not '(含随迁子女…人)'
    return bool(wholes) and Decimal(value) > max(Decimal(f.value) for f in wholes)


# a paragraph opening on a count of one half of the schools ('全地区有15所民办学校,其中…')
_HALF_KIND = re.compile(r"^[^\d,，;；。]*?有(?:\d+\s*所(公办|民办)|(公办|民办)(?:学校|中小学|幼儿园)\s*"
                        r"\d+\s*所)")       # its first figure counts what there is of them
_YEAR_LEAD = re.compile(r"^\s*(?:19|20)\d{2}\s*年(?:底|末)?[，,]?")
_ANY_HALF = re.compile(r"公办|民办|私立|公立|^\s*全[县市区旗州盟镇乡]")    # ('全县教职工…': all)


def paragraph_half(plan: QueryPlan, text: str, at: int) -> str:
    """'2010年,全地区有15所民办学校,…。在校生10246人,其中…初中2555人': a paragraph that
    opens on private (or public) schools goes on about them — a later sentence naming no
    such kind of its own counts their pupils, not all of them. The kind, unless the
    question names it; else ''."""
    start = text.rfind("\n", 0, at) + 1
    spans = [(s, e) for s, e in tx.sentence_spans(text) if s >= start]
    if not spans or spans[0][1] > at:
        return ""                           # the figure is in the opening sentence itself
    m = _HALF_KIND.search(_YEAR_LEAD.sub("", text[spans[0][0]:spans[0][1]]))
    mine = next(((s, e) for s, e in spans if s <= at < e), None)
    if m is None or mine is None or _ANY_HALF.search(text[slice(*mine)]):
        return ""
    kind = m.group(1) or m.group(2)
    if any(kind in a or a in ("私立", "公立") for t in plan.terms for a in t.alternatives):
        return ""
    return kind


def topic_stage(plan: QueryPlan, topic: str, text: str, at: int) -> str:
    """'小学141所,…。毕业生9587人,…在校生58449人': a paragraph of statistics opening on one
    stage of schooling counts that stage in its later sentences (up to offset ``at`` of
    ``text`` no other stage named), and a question naming no stage asks the whole. The
    stage, or ''."""
    from assistant.counted import stage_words
    from assistant.intent import STAGE_GROUPS

    stage = next((w for g in STAGE_GROUPS for w in g if topic.startswith(w)), "") or \
        ("义务教育" if topic.startswith("义务教育") else "")     # ('中小学…': no one stage)
    before = text[text.rfind("\n", 0, at) + 1:at]
    if not stage or any(w in before for g in STAGE_GROUPS if stage not in g for w in g):
        return ""           # '幼儿专任教师…;小学专任教师…': a list of stages, about none
    record = before[max(before.rfind(c) for c in ";；。") + 1:]
    opening = re.split(r"[,，]", record, maxsplit=1)
    if len(opening) == 2 and topic in opening[0]:
        record = opening[1]     # '特殊教育学校招生人数173人,在校生人数…': the opener is the topic
    if any(w in record for g in STAGE_GROUPS if stage in g for w in g):
        return ""           # '入园幼儿8383人,比上年增加2069人' says its stage itself
    named = any(w in a for t in plan.terms for a in stage_words(t)
                for g in STAGE_GROUPS for w in g) or \
        any(w in t.word for t in plan.terms for w in ("义务教育", "中小学", "学前"))
    return "" if named else stage


def stage_of_people(plan: QueryPlan, narrowing: str) -> str:
    """'学校里的教职工多少人' asks everyone's staff: a count of people whose own words put a
    stage before them ('幼儿园教职工2802人') counts that stage's only, unless the question
    names a stage. The stage, or ''."""
    from assistant.intent import STAGES

    from assistant.stages import stage_named

    if plan.asked_unit not in ("人", "名") or not narrowing:
        return ""
    from assistant.guards import ALL_KINDS

    if narrowing.endswith(("中学", "小学", "学校")) and narrowing not in ALL_KINDS and \
            narrowing != "学校" and not stage_named(narrowing) and \
            not _SCHOOLING.search(plan.focus_text):     # '中学专任教师10305人': 中学's only
        return narrowing
    narrowing = narrowing if narrowing in STAGES else stage_named(narrowing)  # '普通初级中学…'
    return narrowing in STAGES and topic_stage(plan, narrowing, "", 0) and narrowing


_SCHOOLING = re.compile(r"学校|小学|中学|初中|高中|幼儿|[园校]|职高|中职|职校|大学|高校|学前|义务教育|特教")


def modified_stage(plan: QueryPlan, own: str) -> str:
    """'小学有多少学生在读' is not '城区小学26000人': a count of people whose stage carries
    a modifier the question does not say counts that part only. The modifier, or ''."""
    from assistant.guards import ALL_KINDS, UNMARKED
    from assistant.intent import STAGES, noun_unit
    from jiaoti.lexicon import stopwords
    from jiaoti.places import AREA_WORDS, gazetteer

    if plan.asked_unit not in ("人", "名"):
        return ""
    for t in plan.terms:
        at = own.find(t.word) if t.focus and t.word in STAGES else -1
        words = tx.words(own[:at]) if at > 0 else []
        mod = words[-1] if words else ""
        if len(mod) >= 2 and tx.is_cjk(mod[0]) and mod not in ALL_KINDS and mod not in UNMARKED \
                and mod not in AREA_WORDS and mod not in STAGES and mod not in stopwords() \
                and not gazetteer().forms.get(mod) and not tx.is_verb(mod) \
                and noun_unit(mod) != "人" and mod.rstrip("性") not in plan.focus_text \
                and not any(tx.contains_term(a, mod) or mod in a for u in plan.terms
                            for a in u.alternatives):   # ('专任教师小学…': whose; '普惠性')
            return mod
    return ""


def of_schools(plan: QueryPlan) -> bool:
    """Does the question ask about schools at large, naming no stage ('学校的教职工' is no
    '全区有幼儿园107所,教职工2017名')?"""
    return any(t.word == "学校" for t in plan.terms if t.focus) and not any(
        s in w for w in plan.words for s in STAGES)


def acted_by(words: list[str]) -> bool:
    """Do the words before a counted noun end in a verb with its doer ('各党组织设置宣传专栏
    238个': 党组织 设置)? Then the verb says what was done, not which kind is counted. A level
    or kind before it is no doer ('市级示范幼儿园5所': 示范 names the kind)."""
    from assistant.guards import GENERIC_WORDS        # ('中等职业教育学校': 教育 names it)
    from jiaoti.lexicon import stopwords
    from jiaoti.places import AREA_WORDS, gazetteer
    from jiaoti.wordclass import is_qualifier

    return len(words) >= 2 and tx.is_verb(words[-1]) and words[-1] not in GENERIC_WORDS and \
        len(words[-2]) >= 2 and \
        not tx.is_verb(words[-2]) and not is_qualifier(words[-2]) and words[-2][-1] != "级" and \
        words[-2] not in AREA_WORDS and \
        not gazetteer().forms.get(words[-2]) and words[-2] not in stopwords()


def unit_names_counted(plan, unit: str) -> bool:
    """Does a figure's unit name what is counted ('16个班' counts 班级)?"""
    from assistant.intent import SHORT_NOUNS

    return len(unit) == 2 and unit[0] == "个" and SHORT_NOUNS.get(unit[1], unit[1]) in plan.counted


def schools_of(plan, word: str, own: str) -> bool:
    """Is ``word`` the schools of a stage the question names ('义务教育阶段|学校')?"""
    folded = tx.fold(own)
    return tx.fold(word) in ("学校", "阶段", "学段") and \
        any(len(a) >= 2 and a + tx.fold(word) in folded for a in plan.words)


_SECONDARY = re.compile(r"(?<![业级])中学")


def secondary_asked(plan: QueryPlan) -> set[int]:
    """'中学' asked (not 中小学, 职业中学, 高级中学): the 初中 and 高中 stages together, so a
    figure its own words give to 小学 or 幼儿园 answers nothing about it. Their indices in
    STAGE_GROUPS, or an empty set."""
    from assistant.intent import STAGE_GROUPS

    if not any(t.focus and _SECONDARY.search(t.word) for t in plan.terms):
        return set()
    return {k for k, g in enumerate(STAGE_GROUPS) if "初中" in g or "高中" in g}


_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def broken_down(at) -> str:
    """The sentence a '其中…' figure breaks down, without its bracketed asides ('小学教职工
    9524人(…计入中学)。其中专任教师…': of 小学 alone), or ''."""
    return _ASIDE.sub("", at.parent or "") if "其中" in at.own else ""
