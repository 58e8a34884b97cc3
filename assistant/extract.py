"""The extractive answerer: find the clause (or list item) of the retrieved chunks that
best matches the question's key terms and state it in one short sentence, with the
verbatim span it comes from. No model, no network.

Evidence is scored by weighted key-term coverage — terms in the span count fully, terms
elsewhere in the same sentence or only in the section path count partly — plus small
bonuses (a figure for "how many" questions, the asked unit, a defining sentence for
"what does X mean", the retrieval rank). A question about a year is only answered from
text about that year; a "how many 所" question only from a figure counted in 所 (or a
compatible unit)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.intent import PURPOSE_ASKED, PURPOSE_SAID
from assistant.owned import referent
from assistant.query import QueryPlan
from assistant.stages import around
from jiaoti import numbers as num
from jiaoti import text as tx
from jiaoti.places import is_province
from jiaoti.types import Chunk, Hit

LOCAL, SENTENCE, CONTEXT = 1.0, 0.7, 0.5
HEAD_CREDIT = 0.5          # '贷款' for '助学贷款': the head of a compound term
MAX_PREFIX_CHARS = 30
_LEAD_NUMBER = re.compile(r"^(?:\d{1,2}\s+|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])")
_PLAN_SECTION = re.compile(r"思路|计划|打算|安排|目标|重点工作|要点")
_LEAD_YEAR = re.compile(r"^\s*((?:19|20)\d{2})年")
_ORDINAL_FIGURE = re.compile(r"第[一二三四五六七八九十百\d]+|前[一二三四五六七八九十\d]+|首位|榜首|名列")
_DAY = re.compile(r"\d{1,2}月|\d{1,2}[日号]|[一二三四五六七八九十]+月")
# measure words that count the same kind of thing
_UNIT_FAMILIES = (("人", "名", "位", "人次"), ("所", "家"), ("项", "类", "种"),
                  ("次", "场", "场次"), ("门",), ("本", "册"), ("件", "起"), ("套",), ("期",), ("元",),
                  ("枚", "块", "金", "银", "铜"), ("届",), ("批",), ("%",),
                  ("平方米", "平米", "㎡", "平方千米", "平方公里"))


@dataclass(frozen=True)
class Evidence:
    chunk: Chunk
    rank: int               # 1-based position among the hits
    start: int              # quote offsets in the document
    end: int
    quote: str
    statement: str          # the answer's first sentence, without the final 。
    coverage: float
    score: float
    has_figure: bool


def credits(plan: QueryPlan, folded: str) -> dict[int, float]:
    """Term index → how well ``folded`` contains the term (1, or 0.5 for its head)."""
    out = {}
    for i, t in enumerate(plan.terms):
        text = folded
        for longer in t.shadows:
            text = text.replace(longer, "\x00")
        best = max((t.credit(a) for a in t.alternatives if tx.contains_term(text, a)),
                   default=0.0)
        if best:
            out[i] = best
        elif any(h in text for h in t.heads):
            out[i] = HEAD_CREDIT
    return out


VERB_SHARE = 0.5      # a verb is often paraphrased (得了 ↔ 被评为): it counts less


def term_weights(plan: QueryPlan) -> list[float]:
    return [t.weight * (VERB_SHARE if i != plan.predicate and tx.is_verb(t.word.rstrip("了过"))
                        else 1.0) for i, t in enumerate(plan.terms)]


def coverage(plan: QueryPlan, local: dict, sentence: dict, context: dict) -> float:
    weights = term_weights(plan)
    got = 0.0
    for i, w in enumerate(weights):
        got += w * max(LOCAL * local.get(i, 0), SENTENCE * sentence.get(i, 0),
                       CONTEXT * context.get(i, 0))
    return got / (sum(weights) or 1.0)


def counts(span: str) -> list[num.Figure]:
    """Figures of ``span`` that are not just years."""
    return [f for f in num.find_figures(num.prepare_numbers(span))
            if not (f.unit == "年" and 1900 <= f.value <= 2100)]


_COUNTS_THINGS = set("所家项类种门本件套期场届批个")   # units '个' may stand in for


def unit_family(asked: str) -> tuple[str, ...]:
    """The units that count what ``asked`` counts ('人' → 人, 名, 位, 人次)."""
    family = next((f for f in _UNIT_FAMILIES if asked in f), (asked,))
    return family + ("个",) if asked in _COUNTS_THINGS else family


def _counts_the_noun(plan: QueryPlan, span: str) -> bool:
    """'几所学校': a clause holds both a figure in the asked unit and the counted noun
    ('55所学校获评…', '增加公办学位供给3330个')."""
    if not plan.counted:
        return True
    for clause in re.split(r"[,，;；。]", num.prepare_numbers(span)):
        if any(a in clause for a in plan.counted) and any(
                unit_fits(plan.asked_unit, [f]) for f in num.find_figures(clause)):
            return True
    return False


_NOT_COUNTS = {"元", "%", "年", "月", "日", "天", "次", "场次", "人次"}


def unit_fits(asked: str, figures: list[num.Figure]) -> bool:
    if not asked:
        return True
    if asked == "个":              # '多少个老师', '几个专业': any count, not money or times
        return any(f.unit and f.unit not in _NOT_COUNTS for f in figures)
    family = unit_family(asked)
    land = _LAND if "平方米" in family else ()   # '占地面积' is asked in 平方米, said in 亩
    return any(f.unit and (f.unit in family or f.unit in land) for f in figures)


_LAND = ("亩", "公顷")      # areas, though no 平方米: no sum or difference across them


def _counted_head(clause: str) -> str:
    """The two characters before a clause's last figure ('城区学校4所' → 学校)."""
    figs = counts(clause)
    if not figs:
        return ""
    at = num.prepare_numbers(clause)[:figs[-1].start]
    return at[-2:] if len(at) >= 2 and all(tx.is_cjk(c) for c in at[-2:]) else ""


def _year_context(chunk: Chunk, sentence: str, lead_years: set[int]) -> set[int]:
    years = num.years_in(sentence)
    return years or lead_years or num.heading_years(chunk.section) or \
        num.heading_years(chunk.title)


class _Scorer:
    """Scores the spans of one chunk against one plan."""

    def __init__(self, plan: QueryPlan, chunk: Chunk, rank: int):
        self.plan, self.chunk, self.rank = plan, chunk, rank
        self.text = chunk.text
        self.folded = tx.fold(chunk.text)
        self.context = credits(plan, tx.fold(around(chunk)))
        m = _LEAD_YEAR.match(self.text)
        self.lead_years = {int(m.group(1))} if m else set()
        self.plural = plan.plural
        self.focus_weight = sum(t.weight for t in plan.terms if t.focus)
        where = self.folded + tx.fold(chunk.section + chunk.title)
        self.places_ok = all(p in where or (is_province(p) and "全省" in where)
                             for p in plan.named_places)

    def candidates(self):
        if not self.places_ok:      # the question names a place this chunk does not
            return
        if self.plan.actual and _PLAN_SECTION.search(self.chunk.section):
            return                  # a plan says what is intended, not what happened
        context = self.context
        for s, e in tx.sentence_spans(self.text):
            years = _year_context(self.chunk, self.folded[s:e], self.lead_years)
            if self.plan.years and not (self.plan.years & years):
                continue
            clauses = tx.clauses(self.text, s, e)
            sent = credits(self.plan, tx.fold(referent(self.text, s)) + self.folded[s:e])
            widest = len(clauses) if self.plural else min(3, len(clauses))
            for i in range(len(clauses)):
                for j in range(i, min(i + widest, len(clauses))):
                    a = self._strip_number(clauses[i].start, clauses[j].end)
                    ev = self._span(clauses, i, a, clauses[j].end, self.text[a:clauses[j].end],
                                    sent, context, years, j - i)
                    if ev:
                        yield ev
                if len(clauses[i].items) > 1 and not self.plural \
                        and self.plan.kind == "quantity":
                    for k in range(len(clauses[i].items)):
                        ev = self._item(clauses, i, k, sent, context, years)
                        if ev:
                            yield ev

    def _strip_number(self, a: int, b: int) -> int:
        m = _LEAD_NUMBER.match(self.text[a:b])
        return a + m.end() if m and m.end() < b - a else a

    def _prefix(self, clauses, i, local: dict) -> tuple[list[str], dict, int | None]:
        """Earlier short clauses of the sentence naming terms the span lacks
        ('在2023年省运会上')."""
        texts, got, first = [], {}, None
        for c in clauses[:i]:
            cc = credits(self.plan, self.folded[c.start:c.end])
            new = {k: v for k, v in cc.items() if v > max(local.get(k, 0), got.get(k, 0))}
            if new and c.end - c.start <= MAX_PREFIX_CHARS or self.plan.kind == "when" and \
                    c is clauses[i - 1] and _time_only(self.text[c.start:c.end]):
                texts.append(self.text[c.start:c.end])     # (or '2021年7月,' for 'when')
                got.update(new)
                first = c.start if first is None else first
        return texts, got, first

    def _span(self, clauses, i, a, b, statement, sent, context, years, extra):
        local = credits(self.plan, self.folded[a:b])
        if not local:
            return None
        texts, got, first = self._prefix(clauses, i, local)
        local = {k: max(local.get(k, 0), got.get(k, 0)) for k in set(local) | set(got)}
        if not texts:
            statement = self._shared_verb(clauses, i) + statement
        statement = "，".join([*texts, statement])
        cores = [(c.start, c.end) for c in clauses[i:extra + i + 1]]
        return self._make(first if first is not None else a, b, statement, local, sent,
                          context, years, extra + len(texts), cores)

    def _shared_verb(self, clauses, i) -> str:
        """'新建改扩建贵阳路中学…城区学校4所,何楼…等农村学校5所': a clause without a verb
        of its own, after one that opens with a verb and also ends in a count, shares it."""
        if i == 0:
            return ""
        prev = self.text[clauses[i - 1].start:clauses[i - 1].end]
        own = self.text[clauses[i].start:clauses[i].end]
        lead = []
        for w in tx.words(prev):            # '新建改扩建': every verb it opens with
            if not tx.is_verb(w, nominal=False):
                break
            lead.append(w)
        verb = "".join(lead)
        first = (tx.words(own) or [""])[0]
        if verb and not tx.is_verb(first) and not own.startswith("其中") and \
                _counted_head(prev) and _counted_head(prev) == _counted_head(own):
            return verb         # the same kind of thing counted: '…城区学校4所,…农村学校5所'
        return ""

    def _item(self, clauses, i, k, sent, context, years):
        """One list item ('改扩建公办幼儿园4所'); an item that starts with its figure
        ('8个二等奖') borrows the list's head ('社会组荣获')."""
        clause = clauses[i]
        ia, ib = clause.items[k]
        item = self.text[ia:ib]
        local = credits(self.plan, self.folded[ia:ib])
        if not local:
            return None
        start, statement = ia, item
        if k > 0 and (item[0].isdigit() or item[0] in num.CN_NUM_CHARS):
            first_item = self.text[clause.items[0][0]:clause.items[0][1]]
            m = re.search(r"\d|[一二三四五六七八九十]", first_item)
            head = first_item[: m.start()] if m else ""
            if head:
                statement = head + item
                hc = credits(self.plan, tx.fold(head))
                local = {x: max(local.get(x, 0), hc.get(x, 0)) for x in set(local) | set(hc)}
                start = clause.start
        texts, got, first = self._prefix(clauses, i, local)
        local = {x: max(local.get(x, 0), got.get(x, 0)) for x in set(local) | set(got)}
        statement = "，".join([*texts, statement])
        ev = self._make(first if first is not None else start, ib, statement, local, sent,
                        context, years, len(texts), [(ia, ib)])
        if ev is None:
            return None
        # a list item answers more precisely than its whole clause
        return Evidence(ev.chunk, ev.rank, ev.start, ev.end, ev.quote, ev.statement,
                        ev.coverage, ev.score + 0.02, ev.has_figure)

    def _core(self, cores: list[tuple[int, int]]) -> float:
        """How well the clause that holds the figure matches by itself (a figure next to
        the question's words beats one a clause away)."""
        best = 0.0
        for a, b in cores:
            seg = self.folded[a:b]
            if self.plan.kind == "quantity" and not unit_fits(self.plan.asked_unit, counts(seg)):
                continue
            cc = credits(self.plan, seg)
            got = sum(t.weight * cc.get(i, 0) for i, t in enumerate(self.plan.terms) if t.focus)
            best = max(best, got / (self.focus_weight or 1.0))
        return best

    def _continues(self, local: dict, sent: dict, context: dict) -> bool:
        carried = [(i, t) for i, t in enumerate(self.plan.terms) if not t.focus]
        if not carried:
            return True
        got = sum(t.weight * max(local.get(i, 0), sent.get(i, 0), context.get(i, 0))
                  for i, t in carried)
        return got > 0.6 * sum(t.weight for _, t in carried)

    def _focus_novel(self, cores: list[tuple[int, int]]) -> bool:
        """Do the clauses that name the question's focus say something beyond it?"""
        focus = [(a, b) for a, b in cores
                 if any(self.plan.terms[i].focus for i in credits(self.plan, self.folded[a:b]))]
        if not focus:
            return True
        return _novelty(self.plan, "".join(self.folded[a:b] for a, b in focus),
                        words_only=True) >= 2

    def _make(self, a, b, statement, local, sent, context, years, extra, cores):
        plan = self.plan
        span = tx.fold(statement)
        figures = counts(span)
        if plan.kind == "quantity" and (not figures or not unit_fits(plan.asked_unit, figures)
                                        or not _counts_the_noun(plan, span)):
            return None
        if plan.position == "first" and "最后" in span:
            return None
        if plan.kind == "rank" and not _ORDINAL_FIGURE.search(span):
            return None
        if plan.kind == "when":
            if plan.day_precision and not _DAY.search(span):
                return None
            if not years and not num.years_in(span) and not plan.day_precision:
                return None         # (a day asked is answered by the day: '9月7日,…召开…')
        if not self._continues(local, sent, context):
            return None             # a follow-up must stay on the previous question's topic
        cov = coverage(plan, local, sent, context)
        bonus = 0.05 / self.rank - 0.04 * extra + 0.1 * self._core(cores)
        if plan.kind in ("definition", "general"):
            if _novelty(plan, span, words_only=True) < 2 or not self._focus_novel(cores):
                return None         # restates the question; names nothing new
        if plan.plural:     # figures of clauses naming nothing asked add nothing ('哪两所…')
            named = [f for a, b in cores if credits(plan, self.folded[a:b])
                     for f in counts(self.folded[a:b])]
            bonus += 0.05 * min(3, len([f for f in named if unit_fits(plan.asked_unit, [f])]))
        if plan.kind == "quantity":
            bonus += 0.1 + (0.08 if plan.asked_unit and plan.asked_unit in span else 0.0)
        if plan.kind in ("definition", "general") and PURPOSE_ASKED.search(plan.question) and \
                any(PURPOSE_SAID.match(self.text[c0:c1]) for c0, c1 in cores[1:]):
            bonus += 0.15           # the clause saying what it is for
        if plan.kind == "definition" and self._defines(span):
            bonus += 0.3
            if plan.quoted:
                cov = max(cov, 1.0)
        statement = _with_year(statement, self.chunk, years, plan)
        return Evidence(self.chunk, self.rank, self.chunk.start + a, self.chunk.start + b,
                        self.text[a:b], statement, cov, cov + bonus, bool(figures))

    def _defines(self, span: str) -> bool:
        """Is ``span`` the sentence that defines what the question asks about?"""
        if self.plan.quoted:
            focus = re.escape(tx.fold(self.plan.quoted[-1]))
            return bool(re.search(rf"[“\"]?{focus}[”\"]?(?:即|是指|指)", span))
        for t in self.plan.terms:
            for a in t.alternatives:
                if re.search(rf"{re.escape(a)}[”\"]?(?:即|是指|指的是|包括|分别是)", span):
                    return True
        return False


def _novelty(plan: QueryPlan, span: str, words_only: bool = False) -> int:
    """CJK characters (and digits, unless ``words_only``) of ``span`` that are not the
    question's own words."""
    rest = span
    for a in sorted((a for t in plan.terms for a in t.alternatives), key=len, reverse=True):
        rest = rest.replace(a, "")
    rest = _LEAD_NUMBER.sub("", rest)
    rest = re.sub(r"^[一二三四五六七八九十]+是|实施|推进|开展|坚持", "", rest)
    if words_only:                  # a count ('6所') does not name anything
        rest = re.sub(rf"[\d.]+[{num.CLASSIFIERS}]?", "", rest)
        return sum(1 for ch in rest if tx.is_cjk(ch))
    return sum(1 for ch in rest if tx.is_cjk(ch) or ch.isdigit())


def find_evidence(plan: QueryPlan, hits: list[Hit], limit: int = 5) -> list[Evidence]:
    """Candidate evidence, best first."""
    out: list[Evidence] = []
    for rank, hit in enumerate(hits, 1):
        out.extend(_Scorer(plan, hit.chunk, rank).candidates())
    out.sort(key=lambda e: (-e.score, e.rank, e.start, -e.end))
    return out[:limit]


_TIME_CLAUSE = re.compile(r"\s*(?:(?:(?:19|20)\d{2}\s*[—–\-~～至到]+\s*)?(?:19|20)\d{2}\s*年(?:期间|间)?)?"  # '2018—2020年'
                          r"\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[上下]半年|年[底初])?(?:[上中下]旬)?\s*")


def _time_only(clause: str) -> bool:
    return bool(_TIME_CLAUSE.fullmatch(clause)) and bool(re.search(r"\d|半年|年[底初]", clause))


def _with_year(statement: str, chunk: Chunk, years: set[int], plan: QueryPlan) -> str:
    """Say which year the fact is about when the span itself does not."""
    if num.YEAR_RE.search(num.prepare_numbers(statement)) or num.RELATIVE_YEAR.search(statement):
        return statement        # ('力争今年9月投入使用' says its own year, another than 2024)
    chosen = (plan.years & years) or years
    if len(chosen) != 1:
        return statement
    year = next(iter(chosen))
    if num.heading_years(chunk.section) == {year} and _PLAN_SECTION.search(chunk.section):
        return f"根据{year}年工作安排，{statement}"
    return f"{year}年，{statement}"
