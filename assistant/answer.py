"""Extractive answers, by kind of question: quantities from the fact table (one fact, several
parts, or a comparison), states ("建好了没有") from what the documents say, everything else
(definitions, dates, ranks, lists) from the best verbatim span. A figure is never stated unless
it is in the text the answer cites; a refusal says what the documents do cover nearby."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from assistant import average, compose, direction, earlier, pick, shared_sentence, superlative
from assistant.counted import with_change
from assistant.extract import find_evidence
from assistant.first_answer import from_first_answer
from assistant.fits import answers_kind, dated
from assistant.fromto import from_to, start_of
from assistant.grounding import citation, citations, unsupported_figures
from assistant.guards import missing_nouns
from assistant.joint import covers_all, joint
from assistant.lenders import CHANGE_CLAUSE, change_amount
from assistant.match import FactMatch, match_facts
from assistant.owned import referent
from assistant.notes import cover_note, one_side_note, part_words, which_note
from assistant.parts import split
from assistant.partition import halves
from assistant.pick import AMBIGUOUS, comparable, part_of, said_as_asked, tied, whole_of
from assistant.query import QueryPlan, plan_question
from assistant.rivals import crossed
from assistant.status import ASKS_DONE, choose, find_states, of_asked_part, unknown_event
from assistant.subsets import with_core
from assistant.paragraphs import paragraph_topic, quoted_context, sentence_of
from assistant.stages import around
from assistant.table_answer import from_table
from assistant.tally import tally, tally_text
from assistant.unasked import other_kind, other_part_of_year
from assistant.whether import as_count, as_share
from assistant.whole_place import the_whole
from jiaoti.numbers import states_change_after
from jiaoti.places import Home
from jiaoti.types import Answer, Hit
from prompts import cannot_answer

log = logging.getLogger(__name__)

ONLY_PLAN = "（报告中只有这项计划，没有说明是否已经完成）"
PLAN_NOTE = "（报告中只写了这项计划，没有说明是否已经完成。）"


@dataclass
class Context:
    settings: object
    retriever: object
    snap: object
    timings: dict
    leg: str = "hybrid"
    core: str = ""          # what a follow-up names anew ('先进校' in '先进校呢？')

    @property
    def current_year(self) -> int | None:
        return self.settings.current_year or self.snap.current_year

    @property
    def home(self) -> str:
        return Home(self.settings.home_places).label()


# '…比重比上年提高0.7个百分点', '比上年增加12人': the change stated, right before its figure
_STATED = re.compile(r"(?:比|较)(?:上年|去年|上一年|前一年)(?:同期)?(?:增加|减少|增长|下降|提高|降低|"
                     r"上升)了?(?:约|近)?\d")


def refusal(ctx: Context, base: Answer, reason: str, note: str = "") -> Answer:
    text = cannot_answer(ctx.settings.bureau_name, ctx.settings.hotline)
    return replace(base, answer=text + note, answerable=False, citations=(), reason=reason)


def answer(ctx: Context, base: Answer, plan: QueryPlan) -> tuple[Answer, list[Hit]]:
    got, hits = direction.answered(ctx, base, plan) or _answer(ctx, base, plan)   # ('涨了没有')
    if not got.answerable:          # '平均一所学校有多少学生' where no 校均规模 is said
        got, hits = averaged(ctx, base, plan, hits) or (got, hits)
    if got.answerable and superlative.unsaid(plan.question, got.answer):
        return refusal(ctx, base, "no-extreme"), hits    # ('1.南关小学,投入资金50万元' is
    return got, hits                                     # no answer to '哪所…最多')


def averaged(ctx: Context, base: Answer, plan: QueryPlan, hits=()) -> tuple[Answer, list] | None:
    """An average per unit no passage found states, computed from two totals (在校生 ÷ 学校);
    None when the question asks none or the report lacks either total."""
    per = average.asked(base.standalone_question)
    got = _parts(ctx, base, plan, per) if per is not None and not average.stated(per, hits) \
        else None
    return got if got and got[0].answerable and not average.stated(per, got[1]) else None


def _answer(ctx: Context, base: Answer, plan: QueryPlan) -> tuple[Answer, list[Hit]]:
    plan = with_core(plan, ctx.core)
    most = superlative.answered(ctx, base, plan)     # '哪个学校投的钱最少'
    if most is not None:
        return most
    parts = split(base.standalone_question) if plan.kind == "quantity" or plan.compare else None
    hits, qvec = ctx.retriever.search_with_vector(ctx.snap, plan, ctx.timings, ctx.leg)
    if parts is not None and not parts.whole_first and (parts.compare not in ("", "sum") or not joint(
            _best(ctx, plan, hits, qvec)[0], parts, base.standalone_question)):
        return _parts(ctx, base, plan, parts)   # (not '3所学校获评A、B' asked of A、B, nor a sum)
    if plan.kind == "quantity":
        table = from_table(ctx, base, plan, hits)
        if table is not None:
            return table, hits
    if parts is not None:
        best, _ = _best(ctx, plan, hits, qvec)
        less = _parts(ctx, base, plan, parts) if parts.compare == "less" else None
        if less is not None and (less[0].answerable or best is None):
            return less     # (the whole and its part; else a remainder said outright)
        if best is None or not (covers_all(best, parts) or joint(best, parts, base.standalone_question) or
                                parts.compare == "less" or
                                parts.stated and (CHANGE_CLAUSE.match(best.fact.clause) or
                                                  _STATED.search(best.fact.clause))):
            return _parts(ctx, base, plan, parts)    # (a change the documents state answers)
    if plan.kind == "quantity" and not plan.plural:
        return _facts(ctx, base, plan, hits, qvec), hits
    counted = as_count(base.standalone_question) if plan.kind in ("general", "status") else ""
    state = _status(ctx, base, plan, hits) if plan.kind == "status" else None
    if state is not None and (state.answerable or not counted):
        return state, hits
    for asked in filter(None, [counted, counted and as_share(base.standalone_question)]):
        sub = _sub_plan(ctx, plan, asked)       # '县里有没有专门学校': how many there are says
        sub_hits, sub_vec = ctx.retriever.search_with_vector(ctx.snap, sub, ctx.timings, ctx.leg)
        got = _facts(ctx, base, sub, sub_hits, sub_vec)     # it; '…都达标了吗': its 达标率, or
        if got.answerable:                                  # the share of schools meeting it
            return got, sub_hits
    return (state, hits) if state is not None else (_passage(ctx, base, plan, hits), hits)


def _best(ctx: Context, plan: QueryPlan, hits, qvec) -> tuple[FactMatch | None, list]:
    found, near = match_facts(plan, hits, ctx.snap, qvec, ctx.settings.min_coverage)
    return (found[0] if found else None), near


def _facts(ctx: Context, base: Answer, plan: QueryPlan, hits, qvec) -> Answer:
    found, near = match_facts(plan, hits, ctx.snap, qvec, ctx.settings.min_coverage)
    best = found[0] if found else None
    counted = tally(plan, found + near) if best is None or tied(found) else None
    if counted:                 # '一共拿了几块奖牌' over '荣获2金3银2铜'
        text, stmts, total = tally_text(plan, counted, lambda ms: compose.several(ms, ctx.home))
        return _grounded(ctx, base, text, counted, stmts, "tally", total)
    if best is None:
        pair = halves(near) if plan.stock else None
        if pair is not None:        # '幼儿园总共有几所' over '公办幼儿园10所、民办幼儿园8所'
            text, stmts, total = compose.total(pair, ctx.home)
            return _grounded(ctx, base, text, pair, stmts, "halves", total)
        prior = earlier.year_before(plan, hits, ctx.snap, qvec, ctx.settings.min_coverage)
        if prior is not None:       # '2021年…' from '(2022年)…507所,比上年增加14所'
            text, stmts, value = earlier.said(*prior, min(plan.years), ctx.home)
            return _grounded(ctx, base, text, prior[:1], stmts, "year-before", value)
        rival = crossed(plan, near[0], near[1:]) if near else None  # (each lacks what the other says)
        why = ("ambiguous", which_note(near[0], rival)) if rival else ("no-fact", cover_note(plan, near))
        return refusal(ctx, base, *why)
    narrowed = pick.context_part(plan, found) or pick.the_total(plan, found) or \
        the_whole(plan, found)      # ('全县…' by '全县…84.4万平方米', not '在县城新建…高中…')
    rival = crossed(plan, best, near) if narrowed is None else None
    if rival is not None:       # '财政预算…' of '国家财政性…' and '一般公共预算…'
        return refusal(ctx, base, "ambiguous", which_note(best, rival))
    if narrowed is not None:    # '那教职工有多少？' after '义务教育阶段有多少学生'
        best = narrowed
    elif tied(found):           # a whole whose breakdown holds the others is asked
        best = _settled(plan, found)
        if best is None:
            rival = next(m for m in found[1:] if m.fact.value != found[0].fact.value)
            return refusal(ctx, base, "ambiguous", which_note(found[0], rival))
    start = start_of(plan, best, ctx.snap)
    if start is not None:       # '提高了多少元' of '小学由650元提高到720元'
        return _grounded(ctx, base, *from_to(best, start, ctx.home))
    text, stmts = compose.single(best, ctx.home)
    return _grounded(ctx, base, text, [best], stmts, f"fact:{best.coverage:.2f}")


def _settled(plan: QueryPlan, found: list[FactMatch]) -> FactMatch | None:
    """The one of figures that fit alike that the question asks, or None."""
    return whole_of(found) or said_as_asked(plan, found) or pick.unmodified(plan, found) or \
        pick.to_date(plan, found) or pick.plainest(plan, found) or pick.fullest_own(plan, found)


def _grounded(ctx, base, text, matches, stmts, reason, computed: str = "") -> Answer:
    """``text`` checked against its sources: every figure must be in a cited chunk, except
    the one ``computed`` here from two of them (a comparison's difference)."""
    chunks = [m.chunk for m in matches]
    said = "".join(text.rpartition(computed)[::2]) if computed else text   # (the verdict
    if unsupported_figures(said, chunks):                                    # is said last)
        log.error("composed answer has a figure outside its sources: %s", text)
        return refusal(ctx, base, "unsupported-figure")
    cites = citations([(m.chunk, s.start, s.end) for m, s in zip(matches, stmts)])
    return replace(base, answer=text, answerable=True, citations=cites, reason=reason)


_AIMS = re.compile(r"目标|任务|计划|规划|指标|预计")
_WHOLE = re.compile(r"全[省市县区旗州盟]")


def _sub_plan(ctx: Context, plan: QueryPlan, question: str, against_aim: bool = False
              ) -> QueryPlan:
    """The plan of one part; ``against_aim``: another part of a comparison asks a target
    ('争取到的上级资金比年度目标多了多少'), so this one asks the result."""
    sub = plan_question(question, ctx.snap, ctx.current_year, tuple(ctx.settings.home_places))
    aims = _AIMS.search(question)      # ('…实际完成额比年度目标任务…': not the 实际 of the other)
    period = sub.period or ("" if aims else "untargeted" if against_aim else plan.period)
    return replace(sub, years=sub.years or plan.years, period=period,    # (the home place
                   named_places=sub.named_places or plan.named_places,   # the question names
                   home_level=sub.home_level or ("" if _WHOLE.search(question)  # is every
                                                 else plan.home_level))   # part's, not '全市…')


def _parts(ctx: Context, base: Answer, plan: QueryPlan, parts) -> tuple[Answer, list[Hit]]:
    options: list[list[FactMatch]] = []
    hits_all: list[Hit] = []
    aims = [bool(_AIMS.search(q)) for q in parts.questions] if parts.compare else []
    nears, plans = [], []
    for q in parts.questions:
        sub = _sub_plan(ctx, plan, q, any(aims))
        plans.append(sub)
        hits, qvec = ctx.retriever.search_with_vector(ctx.snap, sub, ctx.timings, ctx.leg)
        hits_all += [h for h in hits if h.chunk.id not in {x.chunk.id for x in hits_all}]
        found, near = match_facts(sub, hits, ctx.snap, qvec, ctx.settings.min_coverage)
        nears.append(near)
        found = found or _table_cell(ctx, q, sub, hits)
        before = earlier.stated_before(sub, hits, ctx.snap, qvec, ctx.settings.min_coverage) \
            if parts.compare and not found else None
        found = [before] if before is not None else found   # '…比上年17049.52元' for 2021年
        settled = _settled(sub, found) if found and tied(found) and not parts.compare else None
        found = [settled] if settled is not None else found
        options.append([] if parts.compare == "sum" and tied(found) else found)
    found = pick.choose(options, bool(parts.compare))
    found = found if parts.compare else pick.refilled(options, pick.untied(options, found))
    found = shared_sentence.filled(found, nears, plans, parts.questions)
    got = [m for m in found if m is not None]
    if not got:
        return refusal(ctx, base, "no-fact"), hits_all
    computed = ""
    if parts.compare == "sum":
        return _total(ctx, base, parts, found), hits_all
    if parts.compare == "less" and pick.left_out_already(found[0], *parts.questions[1::-1]):
        found = got = found[:1]             # (the whole's figure leaves the part out already)
        parts = replace(parts, questions=parts.questions[:1], compare="")
    if parts.compare and len(got) < len(parts.questions):   # say which side the report has
        have = next(m for m in found if m is not None)
        lacking = next(q for q, m in zip(parts.questions, found) if m is None)
        return refusal(ctx, base, "compare-one-side", one_side_note(have, lacking)), hits_all
    if parts.stated and len(got) == 2 and got[0].chunk.id == got[1].chunk.id and \
            states_change_after(got[1].fact.clause, got[1].fact.raw):  # '…比上年111436.86万元
        return refusal(ctx, base, "stated-change"), hits_all   # 减少1930.74万元': stated, not ours
    if parts.compare not in ("", "per") and len(got) == 2 and not comparable(*got):
        return refusal(ctx, base, "compare-units"), hits_all    # 所 against 元: no answer
    if parts.compare == "per" and not average.fits(*got):
        return refusal(ctx, base, "per-unfit"), hits_all        # (two years, 元 over 所)
    if parts.compare == "less" and not part_of(*got):
        return refusal(ctx, base, "less-not-part"), hits_all
    if parts.compare and len(got) == 2 and len(found) == 2 and (
            parts.compare == "per" or comparable(*got)) and \
            change_amount(got[0]) == change_amount(got[1]):  # (no level against '比…提高6个百分点')
        text, stmts, computed = compose.compare(got[0], got[1], parts, ctx.home)
    else:
        text, stmts = compose.several(got, ctx.home)
        missing = [part_words(q) for q, m in zip(parts.questions, found) if m is None]
        if missing:
            text += f"报告中没有找到{'、'.join(missing)}的数字。"
    return _grounded(ctx, base, text, got, stmts, "parts", computed), hits_all


def _table_cell(ctx: Context, q: str, plan: QueryPlan, hits) -> list[FactMatch]:
    """A part no figure of running text answers, from a table's cell ('小学和初中各有多少所'
    over a table of schools by stage)."""
    from assistant.table_answer import table_choice

    cells = table_choice(ctx, q, plan, hits, whole=False)
    return [FactMatch(f, ctx.snap.chunks[f.chunk_id], 0, 1.0, 1.0) for f in cells]


def _total(ctx: Context, base: Answer, parts, found: list[FactMatch | None]) -> Answer:
    """'A和B加起来一共多少': every part's figure and their sum, computed here — or a
    refusal saying which part the report lacks."""
    got = [m for m in found if m is not None]
    if len(got) < len(found):
        lacking = next(q for q, m in zip(parts.questions, found) if m is None)
        return refusal(ctx, base, "sum-one-side", one_side_note(got[0], lacking, "合计"))
    if any(not comparable(got[0], m) for m in got[1:]):
        return refusal(ctx, base, "compare-units")
    text, stmts, total = compose.total(got, ctx.home)
    return _grounded(ctx, base, text, got, stmts, "parts", total)


def _status(ctx: Context, base: Answer, plan: QueryPlan, hits) -> Answer:
    if unknown_event(plan):             # '通过验收了吧' where no document says 验收
        return refusal(ctx, base, "no-state")
    states = [st for st in find_states(plan, hits, ctx.snap)
              if not missing_nouns(plan, sentence_of(st.chunk, st.start) + st.restated,
                                   around(st.chunk), verbs=True)
              and not other_part_of_year(plan.question, sentence_of(st.chunk, st.start))]
    states = [n for n in map(lambda st: of_asked_part(plan, st), choose(states)) if n]  # (rest)
    if not states:
        return refusal(ctx, base, "no-state")
    if all(st.state == "plan" for st in states) and ASKS_DONE.search(plan.focus_text):
        return refusal(ctx, base, "only-plan", PLAN_NOTE)    # '已经建成了吗': a plan says no
    pieces = []
    for st in states:
        said = st.words or st.chunk.text[st.start:st.end]
        words = compose.clean(compose.speak(said, ctx.home))
        if st.state == "plan":
            year = f"{st.year}年" if st.year else ""
            pieces.append(f"根据{year}工作安排，{words}")
        else:
            pieces.append(f"{st.year}年，{words}" if st.year and str(st.year) not in words
                          else words)
    text = "；".join(pieces)
    if all(st.state == "plan" for st in states):
        text += ONLY_PLAN
    text += "。"
    if unsupported_figures(text, [st.chunk for st in states]):
        return refusal(ctx, base, "unsupported-figure")
    cites = citations([(st.chunk, st.chunk.start + st.start, st.chunk.start + st.end)
                        for st in states])
    return replace(base, answer=text, answerable=True, citations=cites,
                   reason=f"status:{states[0].state}")


_FIGURE = re.compile(r"\d[\d.]*\s*[万亿千]?")


def _unambiguous(evidence: list, pool: list):
    """The best evidence, unless a passage as good says the same words with another figure
    ('新增学位4万个' and '新增学位14万个' for '新增学位数会怎样'): then one as good from
    ``pool`` that states none ('新增学位数再创历史新高'), or None."""
    from jiaoti.figures import counts_at

    def counted(e) -> set:
        return {(f.value, f.unit) for f in counts_at(e.statement)}

    best = evidence[0]
    close = [e for e in evidence[1:] if e.coverage > best.coverage - AMBIGUOUS]
    words = _FIGURE.sub("#", best.statement)
    if not best.has_figure or not any(_FIGURE.sub("#", e.statement) == words and
                                      counted(e) != counted(best) for e in close):
        return best
    return next((e for e in pool if not e.has_figure and e.coverage > best.coverage - AMBIGUOUS), None)


def _passage(ctx: Context, base: Answer, plan: QueryPlan, hits) -> Answer:
    ranked = find_evidence(plan, hits, limit=12)
    pool = [e for e in ranked if answers_kind(plan, e.statement)
            and dated(plan, sentence_of(e.chunk, e.start - e.chunk.start))]
    evidence = [e for e in pool if e in ranked[:5]]
    if not evidence:
        return refusal(ctx, base, "no-evidence")
    best = evidence[0] if plan.kind == "quantity" else _unambiguous(evidence, pool)
    if best is None:
        return refusal(ctx, base, "ambiguous")
    if best.coverage < ctx.settings.min_coverage:
        return refusal(ctx, base, f"low-coverage:{best.coverage:.2f}")
    # a date belongs to an event: '施工图审查哪天通过' is not dated by '签订施工合同'
    sentence = sentence_of(best.chunk, best.start - best.chunk.start)
    sentence = referent(best.chunk.text, best.start - best.chunk.start) + sentence   # ('该项目…')
    missing = missing_nouns(plan, sentence, " ".join((around(best.chunk), paragraph_topic(
        best.chunk.text, best.start - best.chunk.start), quoted_context(ctx.snap, plan.quoted))),
                            verbs=plan.kind == "when")
    missing = missing or other_kind(plan, sentence) or tuple(
        w for w in [other_part_of_year(plan.question, sentence)] if w)
    if missing:
        return refusal(ctx, base, "missing:" + ",".join(missing))
    if plan.kind == "quantity":
        best = from_first_answer(ctx, plan, hits, best)
        if best is None:
            return refusal(ctx, base, "passage-figures")
    best = with_change(plan, best)
    text = compose.speak(best.statement.rstrip("。,，;；"), ctx.home) + "。"
    if unsupported_figures(text, [best.chunk]):
        log.error("extractive answer has a figure outside its source: %s", text)
        return refusal(ctx, base, "unsupported-figure")
    cite = citation(1, best.chunk, best.start, best.end)
    return replace(base, answer=text, answerable=True, citations=(cite,),
                   reason=f"coverage:{best.coverage:.2f}")
