"""Status questions ("建好了没有？", "签下来没有？", "现在到哪一步了？"): what the documents
say about the state of the thing asked about, with the year — done (建成, 投入使用,
签约…), under way (推进, 筹备, 在建…) or only planned (将, 计划, 确保…) — and plainly that it
is only a plan when nothing more is reported."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.extract import credits as term_credits
from assistant.guards import said_as_money
from assistant.owned import referent
from assistant.paragraphs import progress_plan
from assistant.query import QueryPlan
from assistant.status_rows import remark_rows
from jiaoti import text as tx
from jiaoti.figures import counts_at
from jiaoti.headings import plan_section as heads_plans
from jiaoti.numbers import find_figures, prepare_numbers, years_in
from jiaoti.places import is_province
from jiaoti.types import Chunk, Hit
from jiaoti.wordclass import is_verb

DONE = re.compile(r"建成|投入使用|投用|启用|竣工|完工|落成|交付|签约|签订|签署|成立|挂牌|开办|"
                  r"开园|开学|开通|上线|完成|实现|获批|通过|落地|建立|全面落实|落实到位|落到实处|"
                  r"举办|举行|召开|圆满|(?:发放|拨付|下达|支付|资金)到位|已(?:全部|全额)?(?:发放|拨付)|"
                  r"已(?:经)?停止|停办|创成|成功创建")
ONGOING = re.compile(r"推进|筹备|在建|正在|有序|开工|动工|启动|建设中|实施|进行|开展|申报|落实")
PLAN = re.compile(r"将(?!近)|计划|拟|确保|力争|加快|预计|争取|谋划|推动|按期|[可有]望")
ORDER = {"done": 0, "ongoing": 1, "plan": 2}
# a question asking whether it was done by now ('已经建成了吗', '后来通过了吗')
# a question asking whether it got done, or naming the plan as known ('计划新建的那3所小学
# 现在建好了吗'): a plan alone tells it nothing
ASKS_DONE = re.compile(r"已经|后来|最终|最后|(?:计划|打算|准备)[^，,。？?的]{1,6}的")
MIN_COVERAGE = 0.6
_PROGRESS = re.compile(r"进展|进度|进程|情况|状况|现状")    # a question's word asking how far
RESTATED = 0.5        # what the sentence before says of a thing this one counts again


@dataclass(frozen=True)
class State:
    chunk: Chunk
    start: int           # chunk offsets of the statement
    end: int
    state: str           # done | ongoing | plan
    year: int | None
    coverage: float
    rank: int
    restated: str = ""   # the sentence before, when this one counts the same thing again
    words: str = ""      # what to say, when not the span itself (a table row's name and state)


# from an intention or a requirement to the end of its clause: '计划年内全部竣工',
# '要求10月底全部主体完工' say what is to be done, not what is ('计划实施的项目已于8月底
# 全部竣工' says what was)
INTENDED = re.compile(r"(?:(?<![已均并])将(?!近)|计划|拟|确保|力争|预计|要求|目标|争取|[可有]望)[^,，;；。已]*")


# an aim named as a purpose or an attribute: '2024年是实现“十四五”规划目标任务的关键一年',
# '为实现…而…' say nothing of whether it was done
PURPOSE = re.compile(r"(?:为了?|以期?|是|助力|朝着)(?:实现|完成)[^,，;；。]*?(?:的|而)")


def unknown_event(plan: QueryPlan) -> str:
    """'…实验区已经通过验收了吧': the state asked is an event (验收) no document names at
    all, so no statement about the thing says whether it happened. The event, or ''."""
    focus = [t for t in plan.terms if t.focus]
    if len(focus) < 2:
        return ""
    last = max(focus, key=lambda t: t.at)
    return "" if last.known or _asks_state(last.word) else last.word


def _asks_state(word: str) -> bool:
    """Does a question's word ask a state ('建好了', '开园', '用上了', '进展')?"""
    from assistant.guards import STATE_VERBS, STATE_WORDS

    word = word.rstrip("了过着")
    return word in STATE_VERBS or bool(STATE_WORDS.match(word) or DONE.search(word) or
                                       ONGOING.search(word) or PLAN.search(word))


def _state(text: str, plan_section: bool) -> str | None:
    if plan_section:
        return "plan"
    text = tx.fold(text)                # ('順利通過國家驗收' is 通过)
    said = INTENDED.sub("", PURPOSE.sub("", text))
    if PLAN.search(text) and not DONE.search(said):     # ('项目已于…开工,…,力争9月投入使用')
        return "ongoing" if _UNDERWAY.search(said) else "plan"
    if DONE.search(said):
        return "done"
    if ONGOING.search(text):
        return "ongoing"
    return None


_UNDERWAY = re.compile(r"已(?:于[^,，;；。]{0,12})?(?:开工|动工|启动)|正在|在建|建设中")
_SINCE = re.compile(r"((?:19|20)\d{2})\s*年(?:以来|来|起|至今|开始)")


def _year(chunk: Chunk, sentence: str, span: str = "") -> int | None:
    for source in (span, sentence, chunk.text[:12], chunk.section, chunk.title):
        ys = years_in(source) - {int(y) for y in _SINCE.findall(source)}  # ('2014年以来…')
        if len(ys) == 1:
            return next(iter(ys))
    return None


def _sentence_before(chunk: Chunk, spans, k: int, snap) -> str:
    """The sentence before sentence ``k``: in the chunk, or the last of the chunk before."""
    if k:
        return chunk.text[spans[k - 1][0]:spans[k - 1][1]]
    before = snap.previous(chunk.id) if snap is not None else None
    if before is None:
        return ""
    last = tx.sentence_spans(before.text)
    return before.text[last[-1][0]:last[-1][1]] if last else ""


def restates(sentence: str, before: str) -> bool:
    """Does ``sentence`` count something ``before`` counts, the same figure in the same
    unit ('计划实施的5个项目…' after '…学校项目5个'), or its progress against the plan
    ``before`` states ('已开工13所,占规划量的17.33%' after '规划新改扩建幼儿园75所')?"""
    mine = {(f.value, f.unit) for f in counts_at(sentence) if f.unit}
    return any((f.value, f.unit) in mine or re.search(r"占(?:年度)?(?:规划|计划)", sentence)
               and f.unit in {u for _, u in mine} for f in counts_at(before))


def _progress_plan(chunk: Chunk, s: int, snap) -> str:
    """The plan a progress sentence measures against, read on into the chunk before."""
    prev = snap.previous(chunk.id) if snap is not None and not chunk.text[:s].strip() else None
    joined = (prev.text + "\n" * (prev.paragraph != chunk.paragraph)) if prev else ""
    return progress_plan(joined + chunk.text, len(joined) + s)


def find_states(plan: QueryPlan, hits: list[Hit], snap=None) -> list[State]:
    """Statements about the asked thing's state, best first within each state."""
    out = []
    # how far the thing has got ('进展到哪一步', '进度如何') is the state found, not its topic
    asked = [i for i, t in enumerate(plan.terms) if t.focus and not _PROGRESS.fullmatch(t.word)] \
        or [i for i, t in enumerate(plan.terms) if t.focus]
    focus_total = sum(plan.terms[i].weight for i in asked) or 1.0
    for rank, hit in enumerate(hits, 1):
        chunk = hit.chunk
        where = tx.fold(chunk.text + chunk.section + chunk.title)
        if not all(p in where or (is_province(p) and "全省" in where)
                   for p in plan.named_places):
            continue
        plan_section = heads_plans(chunk.section_parts())
        spans = tx.sentence_spans(chunk.text)
        for k, (s, e) in enumerate(spans):
            clauses = tx.clauses(chunk.text, s, e)
            # ('东湖中学新校区…。项目已于…开工': the school the sentence refers to is said)
            ref = referent(chunk.text, s)
            got = term_credits(plan, tx.fold(ref + chunk.text[s:e]))
            before = _sentence_before(chunk, spans, k, snap)
            restated = before if before and restates(chunk.text[s:e], before) else ""
            restated += _progress_plan(chunk, s, snap)    # '…占规划量的12.26%' of that plan
            if restated:
                # '计划实施的5个项目已于8月底全部竣工' is about the sentence before's 5 项目
                more = term_credits(plan, tx.fold(restated))
                got = {i: max(got.get(i, 0), RESTATED * more.get(i, 0)) for i in {*got, *more}}
            money = [i for i, t in enumerate(plan.terms) if said_as_money(t, chunk.text[s:e])]
            got.update({i: 1.0 for i in money})     # '钱' asked, '筹措940万元…' said
            cov = sum(plan.terms[i].weight * got.get(i, 0) for i in asked) / focus_total
            if cov < MIN_COVERAGE:
                continue
            a, b = _span(plan, chunk.text, clauses)
            state = _state(_stated(plan, chunk.text, clauses, a, b), plan_section)
            if state is None:
                continue
            year = _year(chunk, chunk.text[s:e], chunk.text[a:b])   # '…2021年建立了…,并已拨付2022年…'
            if plan.years and year not in plan.years and state != "plan":
                continue
            out.append(State(chunk, a, b, state, year, cov, rank, restated + ref))
        out += _row_states(plan, chunk, rank, plan_section, asked, focus_total)
    out.sort(key=lambda st: (ORDER[st.state], -st.coverage, st.rank))
    return out


def _row_states(plan: QueryPlan, chunk: Chunk, rank: int, plan_section: bool,
                asked: list[int], focus_total: float) -> list[State]:
    """States a table's remark column gives the thing its row names."""
    out = []
    for start, name, name_end, remark, _, end in remark_rows(chunk.text):
        got = term_credits(plan, name)
        cov = sum(plan.terms[i].weight * got.get(i, 0) for i in asked) / focus_total
        state = _state(remark, plan_section) if cov >= MIN_COVERAGE else None
        if state is not None:
            words = f"{chunk.text[start:name_end].strip()}：{remark}"
            out.append(State(chunk, start, end, state, _year(chunk, ""), cov, rank,
                             words=words))
    return out


def _span(plan: QueryPlan, text: str, clauses) -> tuple[int, int]:
    """From the first clause naming the asked thing through the last clause saying its
    state (at most three clauses)."""
    credits = [term_credits(plan, tx.fold(text[c.start:c.end])) for c in clauses]
    state = {i for i, t in enumerate(plan.terms) if _asks_state(t.word)}

    def weight(with_state: bool) -> list[float]:
        return [sum(plan.terms[i].weight * c for i, c in got.items()
                    if plan.terms[i].focus and (with_state or i not in state)) for got in credits]
    weight, thing = weight(True), weight(False)
    best = max(weight, default=0.0)
    # the clause naming most of the asked thing ('…，全面完成各项目标任务' for '目标任务
    # 完成了没有'), the first of equals — or one saying a state that names all of the
    # thing when that one names only some ('…北坡幼儿园投入使用,改扩建城东幼儿园预计…' for
    # '城东幼儿园投入使用了吗')
    first = weight.index(best) if best > 0 else 0
    whole = sum(t.weight for t in plan.terms if t.focus and not _asks_state(t.word))
    named = [j for j, c in enumerate(clauses) if 0 < thing[first] < thing[j] >= whole * 0.999 and
             _says_state(text[c.start:c.end])]
    first = named[0] if named else first
    first = _referred_on(text, clauses, first)
    last = first
    for j in range(first, min(first + 3, len(clauses))):
        clause = text[clauses[j].start:clauses[j].end]
        if _says_state(clause) and (j == first or not _of_another(plan, clause)):
            last = j
    # a count broken down by state goes on to its last state ('37个问题,已完成整改13个,
    # 已完成并长期坚持21个,取得阶段性进展并继续推进3个')
    while last + 1 < len(clauses) and last > first and \
            _counted_in(text[clauses[last + 1].start:clauses[last + 1].end]) == \
            _counted_in(text[clauses[last].start:clauses[last].end]) != "" and \
            _says_state(text[clauses[last + 1].start:clauses[last + 1].end]):
        last += 1
    return clauses[first].start, clauses[last].end


def _referred_on(text: str, clauses, first: int) -> int:
    """The clause that goes on about the thing by pointing back at it ('我们来看看裴石镇中心
    幼儿园,该幼儿园位于…,…,目前,该幼儿园正在进行工程后期扫尾工作') and says a state, when
    no clause of the three from the one naming it does; else ``first``."""
    if any(_says_state(text[c.start:c.end]) for c in clauses[first:first + 3]):
        return first
    return next((j for j in range(first + 1, len(clauses))
                 if _POINTS_BACK.match(text[clauses[j].start:clauses[j].end].strip())
                 and _says_state(text[clauses[j].start:clauses[j].end])), first)


_POINTS_BACK = re.compile(r"(?:该|此|这所|这个|这座)(?:所|座)?(?:幼儿园|学校|小学|中学|高中|初中|"
                          r"项目|工程|校区|校|园)")


def _stated(plan: QueryPlan, text: str, clauses, a: int, b: int) -> str:
    """The span's words that speak of the asked thing: of a first clause listing things
    each led by its own verb ('推进教育现代化、建设教育强市、办好…' for '教育强市建成了吗'),
    only the item naming it — another item's verb (推进) is not said of it."""
    own = _attributive(plan, text[a:b])
    if own:
        return own
    first = next((c for c in clauses if c.start == a), None)
    if first is None or len(first.items) < 2:
        return text[a:b]
    credit = [sum(plan.terms[i].weight * c for i, c in
                  term_credits(plan, tx.fold(text[s:e])).items() if plan.terms[i].focus)
              for s, e in first.items]
    heads = [next((w for w in tx.words(text[s:e]) if w.strip()), "") for s, e in first.items]
    if not max(credit) or not all(is_verb(h) for h in heads):
        return text[a:b]
    s, e = first.items[credit.index(max(credit))]
    return text[s:e] + text[first.end:b]


_BOUNDARY = re.compile(r"[和与及、，,;；]|对|把|将(?=[^来])|为")


def _attributive(plan: QueryPlan, span: str) -> str:
    """'对即将投入使用的…第四初中和正在建设的第二高中…进行了检查' for 第二高中: the state said
    right before the asked thing's name, joined to it by 的 ('正在建设的第二高中'); ''."""
    folded = tx.fold(span)
    for t in plan.terms:
        for alt in (a for a in t.alternatives if t.focus and t.known and len(a) >= 2):
            at = folded.find(alt)
            de = folded.rfind("的", 0, at) if at > 0 else -1
            if de < 0 or not re.fullmatch(r"[\u4e00-\u9fff]{0,6}", folded[de + 1:at]):
                continue
            start = max((m.end() for m in _BOUNDARY.finditer(folded, 0, de)), default=0)
            after = folded[at + len(alt):]      # (not '计划实施的5个项目已于8月底全部竣工')
            if _says_state(folded[start:de]) and not (DONE.search(after) or "已" in after):
                return span[start:at + len(alt)]
    return ""


def _of_another(plan: QueryPlan, clause: str) -> bool:
    """A later clause whose state verb has a named object of its own ('…建设教育强市…,
    实现“十四五”良好开局' for '教育强市建成了吗') says the state of that, not of the asked
    thing ('…,已于8月底全部竣工' has none)."""
    m = None
    for m in _STATE_VERB.finditer(tx.fold(clause)):
        pass
    return bool(m) and bool(_NAMED_OBJECT.match(clause[m.end():])) or _names_another(plan, clause)


def _names_another(plan: QueryPlan, clause: str) -> bool:
    """A later clause naming, before its state, a thing the question does not ('…幼儿园投入
    使用,改扩建城南幼儿园预计今年9月交工' for 庞家会幼儿园) says the state of that."""
    m = _STATE_VERB.search(tx.fold(clause))
    head = tx.fold(clause)[:m.start()] if m else ""
    named = _INSTITUTION.search(head)      # (a school by its name, not '各项筹备工作')
    return bool(named) and not any(plan.terms[i].focus and c > 0
                                   for i, c in term_credits(plan, head).items())


_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{2,}(?:幼儿园|学校|小学|中学|高中|初中|大学|学院)")


_STATE_VERB = re.compile(DONE.pattern + "|" + ONGOING.pattern + "|" + PLAN.pattern)
_NAMED_OBJECT = re.compile(r"[了]?(?:“[^”]+”|\"[^\"]+\"|《[^》]+》)")


def _says_state(clause: str) -> bool:
    clause = tx.fold(clause)
    return bool(DONE.search(clause) or ONGOING.search(clause) or PLAN.search(clause))


def _counted_in(clause: str) -> str:
    """The unit of the clause's one figure, '' unless it has exactly one."""
    figures = find_figures(prepare_numbers(re.sub(r"(?<=\d)\s+(?=[^\s\d])", "", clause)))
    return figures[0].unit if len(figures) == 1 else ""


def choose(states: list[State]) -> list[State]:
    """The best statement of each state, newest first among results; a plan only with
    the newest result (or alone)."""
    best: dict[str, State] = {}
    for st in states:
        cur = best.get(st.state)
        if cur is None or (st.coverage, st.year or 0) > (cur.coverage, cur.year or 0):
            best[st.state] = st
    chosen = [best[k] for k in ("done", "ongoing") if k in best]
    if chosen and len(chosen) == 2 and (chosen[0].year or 0) >= (chosen[1].year or 0):
        chosen = chosen[:1]
    if "plan" in best:
        chosen.append(best["plan"])
    return chosen


# the unfinished rest asked ('没办完的那几件', '剩下的几件呢'): only what is said of the rest
_REST_ASKED = re.compile(r"(?:没(?:有)?(?:办|做|建|修|干)?完(?:成|工)?|未完成)的|剩下|剩余|其余")
_OF_REST = re.compile(r"(?:^|[,，;；])\s*((?:其余|剩下|剩余|尚未|还有)[^,，。;；]*)")


def of_asked_part(plan, st: State) -> State | None:
    """The statement narrowed to the part the question asks: a question about the unfinished
    rest is answered by what the documents say of the rest ('…已完成7件,其余3件已全面铺开'
    → 其余3件已全面铺开), never by the finished count; None when they say nothing of it."""
    if not _REST_ASKED.search(plan.focus_text):
        return st
    stop = st.chunk.text.find("。", st.end)          # (its sentence, read on to the 。)
    m = _OF_REST.search(st.chunk.text, st.start, stop + 1 if stop >= 0 else len(st.chunk.text))
    return replace(st, start=m.start(1), end=m.end(1)) if m else None
