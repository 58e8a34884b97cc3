"""Which figure of a clause a noun belongs to.

A clause may hold several figures, each counting its own noun: in "建成12个创新实验室并聘请
45名高校教授担任顾问", 教授 are counted by 45名, not by 12个. A noun written right after a
figure (no break between) belongs to that figure; a noun with nothing after it but a figure
("新增学前学位860个") belongs to the figure that follows it. Breaks are punctuation and the
words that join two phrases (并, 和, 及, 与, 或, 其中)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.extract import unit_family
from assistant.guards import GENERIC, is_verb_term
from assistant.query import QueryPlan
from jiaoti import text as tx
from jiaoti.types import Chunk, Fact

_BREAK = re.compile(r"[，,；;。：:、！!？?（）()\s]|并|和|及|与|或|其中")

Span = tuple[int, int]          # a figure's [start, end) in the clause


def owner(clause: str, figures: list[Span], at: int, length: int) -> int | None:
    """Index in ``figures`` (sorted by start) of the figure the noun at ``clause[at:at +
    length]`` belongs to, or None: the figure it is part of ('4金'), the one it directly
    follows ('12个创新实验室') or directly precedes ('在园幼儿3万人'), else the nearest
    before it, else after it, with no break between."""
    end = at + length
    inside = next((i for i, (start, stop) in enumerate(figures) if start <= at < stop), None)
    if inside is not None:
        return inside
    before = max((i for i, (_, stop) in enumerate(figures) if stop <= at), default=None)
    after = next((i for i, (start, _) in enumerate(figures) if start >= end), None)
    gap_before = clause[figures[before][1]:at] if before is not None else None
    gap_after = clause[end:figures[after][0]] if after is not None else None
    for gap, i in ((gap_before, before), (gap_after, after)):
        if gap == "":
            return i
    for gap, i in ((gap_before, before), (gap_after, after)):
        if gap is not None and not _BREAK.search(gap):
            return i
    return None


def owned_by_others(clause: str, figures: list[Span], mine: int, nouns: tuple[str, ...]
                    ) -> bool:
    """True when the clause writes one of ``nouns`` only where another figure than
    ``figures[mine]`` counts it."""
    owners = [owner(clause, figures, m.start(), len(noun))
              for noun in nouns if noun for m in re.finditer(re.escape(noun), clause)]
    owned = [o for o in owners if o is not None]
    for o in list(owned):       # '负责人2家2人': the figures right after it share the noun
        while o + 1 < len(figures) and figures[o + 1][0] == figures[o][1]:
            o += 1
            owned.append(o)
    return bool(owned) and mine not in owned


def phrase_of(clause: str, figures: list[Span], mine: int) -> str:
    """What figure ``mine`` counts as written: the words after it up to a break, or, when
    none follow (or they run into the next figure, whose own they are), the words before
    it back to a break or the figure before."""
    start, end = figures[mine]
    stop = _BREAK.search(clause, end)
    after = clause[end:stop.start() if stop else len(clause)]
    if mine + 1 < len(figures) and figures[mine + 1][0] < end + len(after):
        after = ""
    if after:
        return after
    floor = figures[mine - 1][1] if mine else 0
    breaks = [m.end() for m in _BREAK.finditer(clause, floor, start)]
    return clause[max([floor, *breaks]):start]


def names_the_complement(plan: QueryPlan, clause: str) -> bool:
    """The clause speaks of X itself where the question asks about 非X."""
    x = plan.complement
    clause = tx.stage_pupils(tx.fold(clause))      # read as the question is ('公办园')
    # ('不是普惠价的': the documents' 普惠性 is what it is not)
    return bool(x) and any(x[:k] in clause.replace("非" + x[:k], "") for k in range(len(x), 1, -1))


def clause_figures(fact: Fact, facts: tuple[Fact, ...]) -> tuple[str, list, int]:
    """(the fact's clause, the spans of its figures in it, the fact's own index)."""
    same = sorted((f for f in facts if f.clause_start == fact.clause_start and not f.table
                   and f.id != fact.id), key=lambda f: f.start)
    spans = sorted([(f.start - fact.clause_start, f.end - fact.clause_start, f.id)
                    for f in (*same, fact)])
    mine = next(i for i, s in enumerate(spans) if s[2] == fact.id)
    return fact.clause, [(a, b) for a, b, _ in spans], mine


_PLACES_OF = {"所": "校园院所站馆", "家": "校园院所站馆构位业司店"}   # what 所/家 count


def generic_for_other(plan: QueryPlan, fact: Fact, facts: tuple[Fact, ...]) -> bool:
    """'有几所…' is not answered by a figure in 个 that counts something else
    ('新增学前学位860个'): 个 stands in for 所 or 家 only where it counts institutions,
    and for other measure words only where it counts a thing the question names."""
    if fact.unit != "个" or plan.asked_unit in ("", "个"):
        return False
    counted = phrase_of(*clause_figures(fact, facts)).strip()
    if not counted:
        return False
    heads = _PLACES_OF.get(plan.asked_unit)
    if heads is not None:
        return counted[-1] not in heads
    return not any(tx.contains_term(counted, a) for t in plan.terms
                   if t.focus and t.known and not is_verb_term(t) for a in t.alternatives)


def counts_another(plan: QueryPlan, fact: Fact, facts: tuple[Fact, ...]) -> bool:
    """The question's counted noun (as asked, or a longer form of it: a thesaurus
    neighbour may be anywhere) belongs, in the fact's clause, to other figures only, and
    the fact's own phrase names nothing the question counts."""
    if not plan.counted:
        return False
    clause, spans, mine = clause_figures(fact, facts)
    own = tx.stage_pupils(phrase_of(clause, spans, mine))    # '初中生18607人' counts 学生
    if any(a in own for a in plan.counted):
        return False
    return owned_by_others(clause, spans, mine,
                           tuple(a for a in plan.counted if plan.counted[0] in a))


def asked_of_sibling(plan: QueryPlan, fact: Fact, chunk: Chunk, facts: tuple[Fact, ...],
                     lender: str = "") -> str:
    """The thing or act the question asks about that a sibling figure counts, or ''."""
    return _noun_of_sibling(plan, fact, chunk, facts, lender) or act_of_sibling(plan, fact, chunk,
                                                                               facts)


def _noun_of_sibling(plan: QueryPlan, fact: Fact, chunk: Chunk, facts: tuple[Fact, ...],
                     lender: str = "") -> str:
    """The thing the question asks about (its last noun) is written in the fact's sentence
    only where a sibling figure in the same measure counts it, never in the fact's own
    clause: '…优秀党务工作者1人,荣成级优秀党员12人' — 12人 are not 党务工作者 (``lender``:
    the clause whose things a bare item counts, which names them for it). A figure
    as large as this one may be the whole it is part of ('教职工4303人,包括:…小学2146人'):
    that, like a clause naming the noun's head, is left to the other checks. Returns that
    noun, or ''."""
    nouns = [t for t in plan.terms if t.focus and t.known and not is_verb_term(t)]
    if not nouns or nouns[-1].weight < GENERIC or set(plan.counted) & set(nouns[-1].alternatives):
        return ""           # '学生': the pupils a clause counts need not be named
    asked = nouns[-1]
    if any(a in fact.clause or a[-1] in fact.clause or a in lender for a in asked.alternatives
           if a):       # named, or its head is: '幼儿园' asked, '…,民办园136所' found; or
        return ""       # the clause whose things a bare item counts names it ('普通高中170所,招生…')
    at = fact.start - chunk.start
    s, e = next(((s, e) for s, e in tx.sentence_spans(chunk.text) if s <= at < e), (0, 0))
    family = unit_family(fact.unit)
    kin = sorted({f for f in facts if not f.table and s <= f.start - chunk.start < e
                  and f.unit in family}, key=lambda f: f.start)
    mine = next((i for i, f in enumerate(kin) if f.start == fact.start), None)
    if mine is None:
        return ""
    sentence, spans = chunk.text[s:e], [(f.start - chunk.start - s, f.end - chunk.start - s)
                                        for f in kin]
    owners = {owner(sentence, spans, m.start(), len(a)) for a in asked.alternatives if a
              for m in re.finditer(re.escape(a), sentence)} - {None}
    if not owners or mine in owners or any(float(kin[o].value) >= float(fact.value) for o in owners):
        return ""
    return asked.word


def act_of_sibling(plan: QueryPlan, fact: Fact, chunk: Chunk, facts: tuple[Fact, ...]) -> str:
    """'县城改扩建的普通高中几所' is not '在县城新建4所普通高中、改扩建2所普通高中' 4所: an act
    the question names that its sentence writes only where a sibling figure counts it, when
    the fact's own item names another act done to buildings (新建) — not a lead all items
    share ('新建A校5所、B校3所', '开展…排查38次、安全教育培训18场次'). Returns that act, or ''."""
    acts = [t for t in plan.terms if t.focus and t.known and _BUILD.fullmatch(t.word)]
    at = fact.start - chunk.start
    s, e = next(((s, e) for s, e in tx.sentence_spans(chunk.text) if s <= at < e), (0, 0))
    item = chunk.text[max([s] + [m.end() for m in _ITEM_BREAK.finditer(chunk.text, s, at)]):at]
    if not acts or not _BUILD.search(item):
        return ""
    family = unit_family(fact.unit)
    kin = sorted({f for f in facts if not f.table and s <= f.start - chunk.start < e
                  and f.unit in family}, key=lambda f: f.start)
    mine = next((i for i, f in enumerate(kin) if f.start == fact.start), None)
    sentence, spans = chunk.text[s:e], [(f.start - chunk.start - s, f.end - chunk.start - s)
                                        for f in kin]
    for t in acts:
        if mine is None or any(a in item for a in t.alternatives if a):
            continue
        places = [m for a in t.alternatives if a for m in re.finditer(re.escape(a), sentence)]
        owners = {owner(sentence, spans, m.start(), len(m.group(0))) for m in places}
        if places and None not in owners and mine not in owners:
            return t.word
    return ""


_ITEM_BREAK = re.compile(r"[，,；;、：:]")
# what is done to buildings: each act is another count ('新建4所、改扩建2所')
_BUILD = re.compile(r"新改扩建|改扩建|新建|改建|扩建|迁建|重建|续建|维修|加固")


_KINDS = ("幼儿园", "小学", "中学", "初中", "高中", "学校")
# 'A、B、C等义务教育学校': the items of a list that ends in 等 are things of that kind
_NAMED = re.compile(r"((?:[\u4e00-\u9fff]{3,12}、)+[\u4e00-\u9fff]{3,12})等")
_SCHOOL_NAME = re.compile(r"(?:幼儿园|小学|中学|学校|[一二三四五六七八九十][小中])$")


def one_named(plan: QueryPlan, own: str, text: str) -> str:
    """'小学新增班级多少个' asks of the kind: a figure whose own words name one school ('奥信
    小学新增班级24个', where '奥信小学、嘉定镇中心小学…等义务教育学校' names the schools) and
    say the asked kind nowhere else counts that school. Returns the name, or '' (also when
    the question names it)."""
    asked = [k for k in _KINDS if any(k in t.word for t in plan.terms if t.focus)]
    if not asked:
        return ""
    for name in _names_in(text):
        if name not in own or _asked_name(name, plan.question):
            continue
        if not any(k in own.replace(name, " ") for k in asked):
            return name
    return ""


def _asked_name(name: str, question: str) -> bool:
    """Does the question name the school, whole or by its place and its kind ('西牛那边的
    中心小学' names 西牛镇中心小学)?"""
    parts = re.split(r"(?<=^[\u4e00-\u9fff]{2})[镇乡村]", name, maxsplit=1)
    at = 0
    for p in parts:
        at = question.find(p, at)
        if at < 0:
            return False
        at += len(p)
    return True


@lru_cache(maxsize=1024)
def _names_in(text: str) -> tuple[str, ...]:
    names = [item for m in _NAMED.finditer(tx.fold(text)) for item in m.group(1).split("、")
             if _SCHOOL_NAME.search(item)]
    return tuple(sorted(set(names), key=len, reverse=True))
