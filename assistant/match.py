"""Fact matching: a quantity question → the facts that answer it, best first.

Facts are the candidates of the chunks retrieval found (a bounded number, whatever the
corpus size). A fact is never an answer unless its year, unit, period (result or plan)
and place agree with the question. The rest ranks them: how much of the question's
weighted words the fact's own words, its clause, the setting before it ("在2023年省运会上")
and its section contain, and how close the question's meaning is to the fact's clause
(embeddings computed once at ingest). A fact whose own words lack the question's
predicate while another clause of the same sentence holds it ("建立教师补充、培训、表彰
机制，表彰优秀教师120名" for "培训了多少老师") answers something else and is dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.extract import unit_fits
from assistant.rates import rate_for_count
from assistant.flows import acting, flow_of
from assistant.guards import (FLOW, GENERIC, coordinated, is_verb_term, joint_with, lender_kind,
                              narrower_kind, other_noun, part_for_whole, scope, share_of_other,
                              shared_kind, taken_in_part, without_foreign_verbs)
from assistant.cited import outside_cited
from assistant.elided import people_lent, people_of_paragraph
from assistant.closeness import adjacent as _adjacent, with_similarity as _with_similarity
from assistant.counted import (asks_change, bound_unsaid, counts_asked, counts_named, enumerates,
                              heading_part, included_at, kind_named, left_out, names_counted,
                              names_piece, other_change, other_stage, part_asked,
                              part_frame, unasked_part, unsaid_of_change,
                              verb_object_said)
from assistant.intent import ENROLLED, STAGES, noun_unit
from assistant.lenders import CHANGE_CLAUSE
from assistant.qualifiers import qualifying
from assistant.unasked import (one_of_a_list, said_apart, other_grade, other_kind, other_part_of_year, other_measure,
                               other_school_kind, quota_unasked, replaced_value, sets_apart,
                               taken_in_only)
from assistant.parents import frame_kind
from assistant.periods import (CHANGE, RESULT_PERIODS, opposite_way, then_not_now, own_clause,
                               period_ok)
from assistant.owners import (asked_of_sibling, counts_another, generic_for_other,
                             names_the_complement, one_named)
from assistant.predicate import continues, verb_noun_beside
from assistant.siblings import sibling
from assistant.since import other_time
from assistant.owned import owner_of, pointed_elsewhere, sentence_up_to
from assistant.unions import included_other, union_counted
from assistant.weighting import CHANGES, implied_weights, own_question_coverage, pupils_counted
from assistant.query import QueryPlan
from assistant.credits import (CLAUSE, LOCAL, NEAR, Credits as _Credits, elsewhere,
                               implied_by_longer, leads_needed, unsaid_whole)
from assistant.listing import INCLUDED
from assistant.stages import other_stage_named, section_stage_words
from assistant.scopes import (bounds_noun, declared_part, exceeds_its_whole, frame_alike, framed_other,
                              paragraph_half, modified_stage, stage_of_people, topic_stage, broken_down, unit_names_counted)
from assistant.paragraphs import opening
from assistant.sites import Site, among, said_up_to, site
from jiaoti import text as tx
from jiaoti.places import is_province, named_as_scope
from jiaoti.types import Chunk, Fact, Hit


@dataclass(frozen=True)
class FactMatch:
    fact: Fact
    chunk: Chunk
    rank: int
    coverage: float
    score: float
    lead: tuple[tuple[int, int], ...] = ()   # chunk offsets of setting clauses the answer uses
    missing: tuple[str, ...] = field(default=(), compare=False)  # for near misses


def _place_ok(plan: QueryPlan, fact: Fact, chunk: Chunk, sentence: str) -> bool:
    wider = re.search(r"全([省市县区旗州盟])", fact.clause)
    if plan.home_level and wider and wider.group(1) != plan.home_level:
        return False        # '洞口县…' asked, '物理类全市…21人,洞口县7人' (21 is the city's)
    if plan.named_places:
        where = sentence + chunk.section + chunk.title
        return all(named_as_scope(p, where) or (is_province(p) and "全省" in where)
                   for p in plan.named_places)
    return not fact.places


_NEGATIVE = re.compile(r"没|未|不|无|尚")
# a total so far the fact is ('累计引进…130名,招聘…900余名': both): said by its period
_SO_FAR = re.compile(r"累计|累积|总计|共计|合计|一共|总共")
_MEASURE = re.compile(r"[万亿千]?(?:平方米|平方公里|平方千米|亩|公顷|元|人次|米|吨)")
_NEW = re.compile(r"新建|新增|新聘|新招|新开|改扩建|扩建|新设|招聘|招录|新收|新进|招收|招了|新入|刚进|刚入")
_ORGANS = re.compile(r"(?:单位|机构|部门|股室|科室|处室|中心|组织|团体)[各都]?(?:共?有)?(?:几|多少)个")
_GROWTH = re.compile(r"(?:增长|增加|提高|提升|上涨|上升|下降|减少)了?(?:多少|几)(?![钱元万亿千百平])")


def _unit_ok(plan: QueryPlan, fact: Fact) -> bool:
    if plan.asked_unit in ("元", "平方米") and fact.unit == "%" and _GROWTH.search(plan.focus_text):
        return True     # '经费较上年增长了多少': the rate '增长12%' answers (not '…多少钱')
    if plan.asked_unit == "%":
        # '入学率是多少' asks a level; '提升约13个百分点' is a change
        return fact.unit == "%" or (fact.unit == "百分点" and bool(CHANGE.search(
            plan.focus_text)))
    if not plan.asked_unit:     # '那初中呢？' after '…孩子有多少': a stage swapped, the measure kept
        return (not (plan.carried_unit and _stage_only(plan)) or unit_fits(plan.carried_unit, [
            _Fig(fact.unit)])) and not rate_for_count(plan, fact.unit)
    if plan.asked_unit == "个" and _ORGANS.search(plan.focus_text) and fact.unit in "人名位":
        return False    # '二级事业单位有几个' is no '二级事业单位42人' (their staff)
    after = re.search(r"(?:几|多少)个([\u4e00-\u9fff]{1,8})", plan.question)
    if plan.asked_unit == "个" and after and any(
            c in after.group(1) and noun_unit(c) == "人" for c in plan.counted):
        return unit_fits("人", [_Fig(fact.unit)])   # '几个负责人' is no '…负责人2家2人''s 2家
    return unit_fits(plan.asked_unit, [_Fig(fact.unit)]) and (   # ('几套周转宿舍' is not
        plan.asked_unit == fact.unit or fact.unit != "个" or counts_named(plan, fact))  # …项目50个)


def _stage_only(plan: QueryPlan) -> bool:
    """Does the question (a follow-up) name nothing new but stages?"""
    from assistant.intent import STAGES

    focus = [t for t in plan.terms if t.focus]
    return bool(focus) and all(STAGES & set(t.alternatives) for t in focus)


@dataclass(frozen=True)
class _Fig:                 # what unit_fits reads
    unit: str


def match_facts(plan: QueryPlan, hits: list[Hit], snap, qvec=None,
                min_coverage: float = 0.6) -> tuple[list[FactMatch], list[FactMatch]]:
    """(answers, near misses), each best first."""
    found, near, seen = [], [], set()
    undated = snap.now_sources(plan.now) if plan.asks_now else frozenset()
    for rank, hit in enumerate(hits, 1):
        # an undated page speaks of the present, and a page naming one year of that year
        present = hit.chunk.source in undated or (
            plan.asks_now and snap.only_year(hit.chunk.source) in plan.years)
        for fact in snap.facts_of(hit.chunk.id):
            if fact.id in seen or fact.table:     # table cells: the table path answers
                continue
            seen.add(fact.id)
            m = _judge(plan, fact, hit.chunk, rank, min_coverage, present,
                       snap.facts_of(hit.chunk.id))
            if m is None:
                continue
            (found if not m.missing else near).append(m)
    found = _with_similarity(found, snap, qvec)
    found.sort(key=lambda m: (-m.score, m.rank, m.fact.start))
    near.sort(key=lambda m: (-m.coverage, m.rank))
    return found, near


def _judge(plan: QueryPlan, fact: Fact, chunk: Chunk, rank: int,
           min_coverage: float, present: bool = False, facts: tuple[Fact, ...] = ()
           ) -> FactMatch | None:
    if plan.years and fact.year not in plan.years and not (present and fact.year is None) or \
            other_time(plan.question, plan.now, chunk.text[:fact.start - chunk.start], fact.period):
        return None
    number = re.match(r"[\d.]+", tx.fold(fact.raw))
    if any(tx.fold(fact.raw) in t.word or number and t.word == number.group(0)
           for t in plan.terms):
        return None     # a figure the question states ('670分以上有多少人') is no answer
    if outside_cited(plan.focus_text, fact, chunk, facts) or \
            then_not_now(plan.focus_text, chunk.text, fact.end - chunk.start):
        return None     # '176名教师里…' is answered by a part of the 176 alone
    if not (_unit_ok(plan, fact) and period_ok(plan, fact)) or other_noun(plan, fact, chunk) \
            or opposite_way(plan.focus_text, fact) or bounds_noun(chunk.text, fact.end - chunk.start,
                                                                   plan.focus_text) \
            or exceeds_its_whole(chunk.text, fact.start - chunk.start, fact.value, fact.unit):
        return None
    at = site(chunk, fact)
    lay = at.lay
    if not _place_ok(plan, fact, chunk, at.chunk) or other_change(plan, at.changed, own_clause(fact)) \
            or left_out(plan, chunk.text, fact.start - chunk.start) or \
            pointed_elsewhere(plan, chunk.text, fact.start - chunk.start):     # ('这个学校…')
        return None
    aside = included_at(chunk.text, fact.start - chunk.start)
    counted_ok = counts_asked(plan, at.own, aside) or verb_object_said(plan, at.own) or any(
        piece and counts_asked(plan, piece, aside)
        for piece in (at.frame, at.heading, "" if at.frame else at.topic, at.intro,
                      at.parent if at.listed else "",    # '其中:…小学21333人' counts pupils
                      at.whole, *among(at)))            # '专任教师2802人(…高中346人…)'
    if counted_ok and not at.whole and not at.prefix and "分别" not in fact.clause and \
            counts_another(plan, fact, facts):      # (not '省、市示范幼儿园分别达6所、55所')
        counted_ok = False      # '…12个实验室并聘请45名…教授': 教授 are the 45名
    credits = _Credits(plan, at)
    got = implied_by_longer(plan, [credits.of(i) for i in range(len(plan.terms))])
    counted_ok = counted_ok or credits.kin or kind_named(plan, [own for _, own in got]) or \
        pupils_counted(plan, at.own) or unit_names_counted(plan, fact.unit)   # ('16个班')
    if verb_object_said(plan, at.own):      # '招了多少学生': '招生184人' says 学生
        got = [(max(c, 1.0), max(o, 1.0)) if names_counted(plan, t) else
               (c, o) for t, (c, o) in zip(plan.terms, got)]
    if plan.predicate >= 0:
        best, own = got[plan.predicate]
        if own < CLAUSE * 0.79 and (not at.listed or at.changed or verb_noun_beside(plan, at)) and \
                elsewhere(plan, plan.predicate, credits):
            return None     # the question's verb belongs to another clause here (a bare
            #                 item of a list shares the verb: '…达到98.86%,…毛入学率97.95%')
    lent = people_lent(plan, at, fact)      # '参加高考学生3085人,本科上线1551人'
    got = [(max(c, CLAUSE), max(o, CLAUSE)) if t.word in lent else (c, o)
           for t, (c, o) in zip(plan.terms, got)]
    counted_ok = counted_ok or any(w in plan.counted for w in lent)
    told = people_of_paragraph(plan, at, fact) - lent      # '…教师…。完成师德考核9136人'
    heads = {u.at for u in plan.terms if u.word in told}
    if not any(o >= CLAUSE for t, (_, o) in zip(plan.terms, got) if t.focus and t.word not in told
               and t.at + len(t.word) not in heads):    # (nor what kind they are: 专任 of 教师)
        told = frozenset()      # what they did must be its own: not '评出师德标兵100人' for 教师
    got = [(max(c, NEAR), o) if t.word in told else (c, o) for t, (c, o) in zip(plan.terms, got)]
    counted_ok = counted_ok or any(w in plan.counted for w in told)
    weights = implied_weights(plan, at.own, [c for c, _ in got])
    coverage = sum(w * c for w, (c, _) in zip(weights, got)) / (sum(weights) or 1.0)
    if coverage < min_coverage:
        coverage = max(coverage, without_foreign_verbs(plan, weights, got, min_coverage,
                                                        credits.pieces[0][0]),
                       min(min_coverage, own_question_coverage(plan, weights, got, NEAR)))
        # (the question's own words alone pass, below any fact that also says what the
        #  conversation was about: '新增了多少学位' after '近3年新建投用了几所')
    said = any(c >= NEAR for t, (c, _) in zip(plan.terms, got) if names_counted(plan, t))
    missing = tuple(t.word for t, (c, _), w in zip(plan.terms, got, weights)
                    if t.focus and (t.known or is_verb_term(t) and qualifying(plan, t))  # (占地
                    and c < NEAR and w and (                    # of 占地面积, no document's)
                        (not is_verb_term(t) or qualifying(plan, t)) and t.weight >= GENERIC or
                        t.word.rstrip("了") in CHANGES and asks_change(plan, "%"))   # a change
                    and not (said and names_counted(plan, t))
                    and not (said and t.word.rstrip("了过着") in ENROLLED)    # '上学的孩子'
                    and not (fact.period == "cumulative" and _SO_FAR.fullmatch(t.word)))
    if not missing:     # '中职学位' (no document says 中职) is not '新增基础教育学位20万个' (nor
        near = " ".join([credits.pieces[0][0], at.lender] + [p for p, just, _ in at.others if just])
        missing = tuple(t.word for t, (c, _) in zip(plan.terms, got) if t.focus and not t.known and (
            t.word in STAGES and (other_stage_named(t.word, near) or c < NEAR and    # its lender's),
                                  f"里{t.word}" in plan.question) or   # ('中学19所' for '中学里高中')
            sets_apart(plan, t)))[:1]   # nor '…骨干教师里市级骨干教师' the whole's
    if not missing and plan.predicate < 0:  # '那中小学学位呢？' after '…同比增长了多少'
        missing = tuple(t.word for t, (c, _) in zip(plan.terms, got) if not t.focus and c < NEAR
                        and (t.word.rstrip("了") in CHANGES or CHANGES & set(t.heads)))
    if not missing and any(t.focus and _MEASURE.fullmatch(t.word) for t in plan.terms) and not any(
            t.focus and t.known and not is_verb_term(t) and not _MEASURE.fullmatch(t.word)
            for t in plan.terms):    # '建设了多少平方米（接上一问：藏区项目）':
        missing = tuple(t.word for t, (c, _) in zip(plan.terms, got)   # what it measures is
                        if not t.focus and t.known and not is_verb_term(t) and c < NEAR)   # the context's
    if not missing and at.siblings:     # '(其中幼儿园458人,小学1414人)': 幼儿园 is 458's
        missing = tuple(t.word for t in plan.terms
                        if t.focus and t.known and not is_verb_term(t)
                        and any(names_piece(at.siblings, a) for a in t.alternatives)
                        and not any(tx.contains_term(at.own, a) or a == at.whole    # '中学里
                                    for a in t.alternatives))                       # 完中…'
    if not missing and at.siblings and not credits.kin and not any(  # '专任教师有多少' is
            tx.names_kind(at.own, a) for t in plan.terms if t.focus     # no '(小学1598人,…)'
            for a in t.alternatives):
        missing = ("⊂" + at.own.strip(),)
    if not missing:                     # '初中…' is not '高中生6000人', nor '普通小学…,在校生…'
        missing = tuple("≠" + w for w in [other_stage(plan, at.own) or other_stage(  # (a lender's,
            plan, at.whole or "") or not at.whole and not any(tx.contains_term(at.own, s) for s in STAGES) and  # for
            other_stage(plan, f"{at.lender} {broken_down(at)}")] if w) or \
            tuple("⊂" + w for w in [heading_part(plan, at.heading) or topic_stage(  # an unstaged item)
                plan, at.topic, chunk.text, fact.start - chunk.start)] if w)
    missing = missing or other_kind(plan, at.own, known=True) or other_school_kind(  # '民办学位'
        plan, at.own, " ".join((at.whole, at.lender, at.frame, at.parent or ""))) or \
        taken_in_only(plan, chunk.text[slice(*lay.clause)])    # is not '公办学位…'
    if not missing and at.details:      # '读小学的孩子' is not '在校学生47478人。其中:…小学…'
        missing = tuple(t.word for t in plan.terms
                        if t.focus and t.known and not is_verb_term(t)
                        and any(tx.contains_term(at.details, a) for a in t.alternatives)
                        and not any(tx.contains_term(at.clause, a) for a in t.alternatives))
    if not missing and at.listed_with:  # '读小学初中的娃娃' is not '其中小学67424人、初中…'
        missing = tuple(t.word for t in coordinated(plan, at.listed_with))
    if not counted_ok:            # '几所公办小学' next to '新建公办幼儿园7所'
        missing = missing or (plan.counted[0],)
    if not missing:             # '初中教职工' is not '专任教师…初中1070人'
        missing = tuple("⊂" + w for w in [part_for_whole(plan, at.own, at.whole) or part_for_whole(
            plan, " ".join((at.own, at.whole or at.frame)))] if w)
    if not missing:             # '民办园…占比' is not '(公办园和普惠性民办园…占比)'
        missing = tuple("&" + w for w in [joint_with(plan, at.own)] if w)
    if not missing and not at.whole and not at.frame:   # '…党务工作者1人,…党员12人'
        lender = at.lender or (at.own if CHANGE_CLAUSE.match(fact.clause) else "")   # (a
        missing = tuple(w for w in [asked_of_sibling(plan, fact, chunk, facts, lender)] if w)
        #  change's thing is the item before: '其他…1331万元,比上年5251万元减少3920万元')
    missing = missing or unsaid_of_change(plan, at, fact.clause) or quota_unasked(
        plan, at.own) or said_apart(plan, at.own, fact)
    if not missing and generic_for_other(plan, fact, facts):
        missing = ("#" + plan.asked_unit,)  # '几所…' beside '新增学前学位860个'
    missing = missing or tuple("+" + w for w in scope(plan, [credits.pieces[0][0]]))
    unmatched = [i for i, (_, own) in enumerate(got) if not own]
    missing = missing or tuple("+" + w for w in scope(plan, [
        piece for piece, _ in at.leads] + [piece for piece, just, _ in at.others if just],
        unmatched, quoted_names=True))
    if not missing:
        missing = tuple(w for w in [sibling(plan, got, credits.pieces[0][0], weights,
                                            f"{at.frame} {at.whole}".strip())] if w)
    missing = missing or tuple(w for w in [other_measure(plan, at.own) or
                                           unsaid_whole(plan, at.own, fact.unit)] if w) or \
        tuple("⊂" + w for w in [taken_in_part(plan, f"{at.own} {at.lender}")] if w)
    if not missing and fact.unit == "%":
        missing = tuple("%" + w for w in [share_of_other(plan, credits.pieces[0][0])] if w)
    # '有几所小学' asks what there is, not what '全市新改扩建公办幼儿园33所、中小学17所' built
    flow = flow_of(plan, credits.pieces[0][0], chunk.text[lay.clause[0]:lay.item[0]])
    if not missing and plan.stock and flow:
        missing = ("~" + flow.group(0),)
    new = _NEW.search(plan.focus_text)
    if not missing and new and not any(FLOW.search(piece) for piece in said_up_to(at) if piece):
        missing = (new.group(0),)   # '新建的学校里小学有多少所' is not '全县有…小学20所'
    if not missing and plan.negated and not _NEGATIVE.search(credits.pieces[0][0]):
        missing = ("没" + plan.negated,)    # '几所没在招生' is not '实际招生93所'
    if not missing and (at.frame or at.whole):  # '专任教师…其中:幼儿园442人' for '在园幼儿'
        missing = tuple("=" + w for w in [framed_other(plan, at.own + " " + at.whole, frame_alike(
            at.frame, fact.unit)) or framed_other(plan, at.own, at.whole, True)] if w)
    if not missing:     # '…在校生5571人(其中普高…4233人…)' for 普高: the part is asked
        missing = tuple("⊃" + w for w in [part_asked(plan, chunk.text[slice(*lay.item)],
                                                     fact.start - chunk.start - lay.item[0],
                                                     " ".join((at.own, at.lender)),
                                                     chunk.text[lay.item[1]:],
                                                     chunk.text[lay.clause[0]:lay.item[0]])] if w)
    if not missing and bound_unsaid(plan, at.own, chunk.text[lay.item[0]:fact.start - chunk.start]):
        missing = ("≷",)        # '人数过百的…有几个' is not '含12个教学点'
    if not missing and (at.frame or at.whole or at.topic) and not enumerates(  # '…毕业班学生
            chunk.text[lay.clause[0]:fact.start - chunk.start], fact.value):    # 8254人'
        missing = tuple("⊂" + w for w in [unasked_part(plan, credits.unstaged(at.own),
                                                       part_frame(at, fact))] if w)
    if not missing and at.lender and not declared_part(   # '在园幼儿' of '民办幼儿园31所,在园
            chunk.text, fact.start - chunk.start, fact.unit, at.lender):    # 幼儿4722人'
        missing = tuple("⊂" + w for w in [lender_kind(plan, at.lender)] if w and not (
            w in STAGES and other_stage_named(w, at.own)))  # ('小学…率0.87%,初中…率1.34%')
    if not missing and at.frame and at.listed and lay.frame and not re.search(  # '全地区有15所
            r"[。;；]", chunk.text[lay.frame[1]:fact.start - chunk.start]):  # 民办学校,其中…小学3所'
        missing = tuple("⊂" + w for w in [frame_kind(plan, at.frame, fact.unit)] if w)
    if not missing and at.shared:       # '几所初中' asked, '其中,城区小学4所,初中3所'
        missing = tuple("⊂" + w for w in [shared_kind(plan, at.shared)] if w)
    if not missing:           # '下半年…' is not '…上半年…'
        missing = tuple(w for w in [other_part_of_year(plan.question, " ".join(
            [at.clause] + [piece for piece, _ in at.leads])) or replaced_value(
            plan.question, chunk.text, fact.start - chunk.start)] if w)     # ('由200元提高到…')
    if not missing:
        missing = tuple("≠" + g for g in [other_grade(plan.question, at.own)] if g)
    if not missing and names_the_complement(plan, " ".join([fact.clause, *among(at), *(
            p for p, just, _ in at.others if just and fact.unit == "%")])):   # ('城区…,占…%')
        missing = ("非" + plan.complement,)  # '非在编教师' is not '在编教师'
    action = acting(plan, at.own)
    if not missing and action:
        missing = ("~" + action,)   # '一共有多少所幼儿园' is not '7所幼儿园成功创建…'
    if not missing:     # '一共有多少所幼儿园' is no '省、市示范幼儿园6所'; 小学 no '奥信小学…'
        narrower = plan.stock and narrower_kind(plan, credits.pieces[0][0]) or \
            stage_of_people(plan, narrower_kind(plan, credits.pieces[0][0])) or \
            one_named(plan, at.own, chunk.text) or credits.unasked_owner() or \
            modified_stage(plan, credits.pieces[0][0])     # '教职工多少人' is no '幼儿园教职工…'
        missing = ("⊂" + narrower,) if narrower else ()
    if not missing:     # '民办学校及幼儿园447所' counts more than '私立幼儿园'
        missing = tuple("∪" + w for w in [union_counted(plan, fact.subject)] if w)
    if not missing:     # '全地区有15所民办学校,…。在校生10246人,其中…' for all pupils
        missing = tuple("⊂" + w for w in [paragraph_half(plan, chunk.text,
                                                         fact.start - chunk.start)] if w)
    if not missing:     # '高中阶段教育(包括普通高中、中等职业学校)…257所,招生…' for '中职学校'
        before = chunk.text[lay.clause[0]:fact.start - chunk.start]
        lent = chunk.text[slice(*lay.lender)] if lay.lender else ""
        missing = tuple("+" + w for w in [included_other(plan, before) or
                                          included_other(plan, lent)] if w)
    if not missing:
        mine = " ".join((credits.pieces[0][0], at.lender, at.shared, at.whole))   # its own
        mine = mine if aside else INCLUDED.sub("", mine)    # (not what it takes in),
        verbal = verb_object_said(plan, at.own)     # '招了多少学生': '初中招生7528人'
        # a bare item of a list shares the verb of the list ('…获国家冠军4个,国家奖项15个')
        verb_of_list = " ".join(p for p, just, _ in at.others if just) if at.listed else ""
        scoped = f"{at.frame} {at.topic} {section_stage_words(chunk.section)} {opening(chunk.text, lay)}" \
            f" {owner_of(sentence_up_to(chunk.text, lay.clause))}"     # (the school it goes on about)
        missing = tuple(w for w in plan.must if not tx.contains_term(scoped, w)
                        and not any(
            tx.contains_term(mine, a) or verbal and names_counted(plan, t)    # or its list's
            or is_verb_term(t) and tx.contains_term(verb_of_list, a)         # frame or its
            for t in plan.terms if t.word == w for a in t.alternatives))     # paragraph's or
    #                                                                   section's stage
    if not missing:         # '奥信小学、嘉定镇…等…,新增学位8160个' for 奥信小学 alone
        missing = tuple("+" + w for w in [one_of_a_list(plan, got, [p for p, _ in at.leads])] if w)
    if not continues(plan, got):
        return None
    if any(not t.focus for t in plan.terms) and any(
            t.focus and t.known and own < LOCAL and not is_verb_term(t) and not any(
                tx.contains_term(f"{at.whole} {at.frame} {at.lender} {at.topic} {_of_share(at, fact)}",
                                 a)                                                # '幼儿(民办…)',
                for a in t.alternatives)      # '学生…,其中中职1239人', '初中学校199所,招生…'
            for t, (_, own) in zip(plan.terms, got)):
        return None         # '先进校呢？' asks about the thing it names, not the last one
    if coverage < min_coverage and not missing:
        missing = tuple(t.word for t, (c, _) in zip(plan.terms, got) if t.focus and c < NEAR)
        if not missing or coverage < min_coverage * 0.6:
            return None
    score = coverage + 0.02 / rank + _adjacent(plan, chunk, fact)
    if plan.asked_unit and fact.unit == plan.asked_unit:
        score += 0.15       # '几大类' is answered by 四大类, not by 24项 beside it
    elif plan.carried_unit and unit_fits(plan.carried_unit, [_Fig(fact.unit)]):
        score += 0.1        # '那初中呢？' after '几所小学': 初中2所 before 初中5440人
    if not plan.period and fact.period in RESULT_PERIODS:
        score += 0.03
    return FactMatch(fact, chunk, rank, coverage, score, leads_needed(plan, lay, at, got), missing)


def _of_share(at: Site, fact: Fact) -> str:
    """What a bare share is of: the clause just before '占84.53%' ('其中在公办学校就读人数
    24.20万人,占84.53%')."""
    if fact.unit != "%" or not fact.clause.lstrip().startswith("占"):
        return ""
    before = [(b, piece) for (piece, _, _), (_, b, *_) in zip(at.others, at.lay.others)
              if b <= at.lay.clause[0]]
    return max(before)[1] if before else ""
