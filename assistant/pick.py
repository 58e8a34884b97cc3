"""Which figures answer: a best figure another fits as well is not guessed, and a
comparison takes the pair that fits best, counted alike (see answer.py)."""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.match import FactMatch
from assistant.owned import sentence_up_to
from jiaoti import text as tx

AMBIGUOUS = 0.03         # two different figures this close: ask which one is meant


def tied(found: list[FactMatch]) -> bool:
    """Does a different figure score as well as the best one (a part nobody can pick)?"""
    if not found:
        return False
    best = found[0]
    rival = next((m for m in found[1:] if m.fact.value != best.fact.value), None)
    return rival is not None and (rival.score > best.score - AMBIGUOUS or twins(best, rival))


def whole_of(found: list[FactMatch]) -> FactMatch | None:
    """Among figures that fit alike, the one whose breakdown holds every other ('在校生184万人。
    其中,…小学876所,在校生61.4万人;…'): a question that names none of the parts asks the
    whole. None when there is no such figure."""
    best = found[0]
    band = _band(found)
    for w in band:
        if w.coverage >= best.coverage and all(
                m.fact.value == w.fact.value or _detailing(m, w) for m in band):
            return w
    return None


def _detailing(m: FactMatch, w: FactMatch) -> bool:
    """Does m's sentence break w's down, or is m in the bracket right after w ('2所(完中1所,
    高中1所)')?"""
    from assistant.sites import site

    if m.chunk.id != w.chunk.id:
        return _details_last(m, w)
    up = site(m.chunk, m.fact).lay.parent
    end, at = w.fact.end - w.chunk.start, m.fact.start - m.chunk.start
    return up is not None and up[0] <= w.fact.start - w.chunk.start < up[1] or \
        m.chunk.text[end:end + 1] in "(（" and end < at and \
        not re.search(r"[)）]", m.chunk.text[end:at]) or \
        end < at and re.match(r"[,，]\s*其中[^。；;！？]*$", m.chunk.text[end:at]) is not None
    #   ('高中生5832人,其中:一高中2779人,二高中689人': a breakdown in the same sentence)


def _details_last(m: FactMatch, w: FactMatch) -> bool:
    """A breakdown cut off into the next chunk: ``m``'s chunk goes on right where ``w``'s
    chunk ends, ``w`` in its last sentence, and ``m``'s sentence details that one."""
    a, b = m.chunk, w.chunk
    if a.source != b.source or a.version != b.version or a.start - b.end not in (0, 1):
        return False
    ls, le = tx.sentence_spans(b.text)[-1]
    if not ls <= w.fact.start - b.start < le:
        return False
    joined = b.text[ls:le] + a.text           # its last sentence, then the next chunk
    at = le - ls + m.fact.start - a.start
    parents = tx.sentence_parents(joined)
    mine = next((k for k, (s, e, _) in enumerate(parents) if s <= at < e), 0)
    return mine > 0 and parents[mine][2] == 0


def context_part(plan, found: list[FactMatch]) -> FactMatch | None:
    """A follow-up keeps what the question before narrowed ('那教职工有多少？' after
    '义务教育阶段有多少在校学生'): of a total and an item of its breakdown, the item whose
    own words say the earlier question's word is asked. None otherwise."""
    from assistant.followup import FOLLOWUP_MARK
    from assistant.sites import site

    context = [t for t in plan.terms if not t.focus and t.known]
    if not found or not context or tx.fold(FOLLOWUP_MARK) not in tx.fold(plan.question):
        return None

    def says(m: FactMatch) -> bool:     # in the earlier question's own word (or a
        own = tx.fold(site(m.chunk, m.fact).own)       # shorter form of it: 义务教育阶段 →
        return any(tx.contains_term(own, tx.fold(a)) for t in context    # 义务教育)
                   for a in t.alternatives if a == t.word or a in t.word)

    if says(found[0]):
        return None
    def item_of(m: FactMatch, w: FactMatch) -> bool:     # '共有教职工69237人,其中…义务教育
        frame = site(m.chunk, m.fact).lay.frame             # 35757人'
        return m.chunk.id == w.chunk.id and frame is not None and \
            frame[0] <= w.fact.start - w.chunk.start < frame[1] or _detailing(m, w)

    parts = [m for m in found[1:] if says(m) and item_of(m, found[0])]
    return parts[0] if len({m.fact.value for m in parts}) == 1 else None


def said_as_asked(plan, found: list[FactMatch]) -> FactMatch | None:
    """Among figures that fit alike, the only one whose own sentence says every word the
    question asks about in the question's own words, where the others say one only by
    another word of its group ('小学的教职工' of '教职工3777人,…(其中…小学1428人…)' and not
    of '专任教师3273人,…(其中…小学1414人…)'). None when no single one does."""
    from assistant.sites import site

    words = [t.word for t in plan.terms if t.focus and t.known and len(t.word) >= 2]
    if not words:
        return None

    def literal(m: FactMatch) -> bool:
        s = site(m.chunk, m.fact)
        text = " ".join((s.own, s.clause, s.parent or "", s.frame, s.whole, s.lender, s.shared,
                         *(piece for piece, _ in s.leads)))   # '县春晖路小学,…,投资2800万元'
        return all(tx.contains_term(text, tx.fold(w)) for w in words)

    band = _band(found)
    said = {m.fact.value for m in band if literal(m)}
    if len(said) > 1:       # '(城区6所、乡镇15所、乡村25所)': the item saying the word itself
        mine = [m for m in band if literal(m) and any(
            tx.contains_term(site(m.chunk, m.fact).own, tx.fold(w)) for w in words)]
        said = {m.fact.value for m in mine}
        return mine[0] if len(said) == 1 and len(mine) < len(band) else None
    if len(said) != 1:
        return None
    return next(m for m in band if literal(m))


def unmodified(plan, found: list[FactMatch]) -> FactMatch | None:
    """Among figures that fit alike, the only one whose own words say what the question
    asks with no word written onto its front ('高级教师370人' and not '正高级教师1人' for
    '高级教师有多少人'). None when no single one does."""
    from assistant.sites import site

    band = _band(found)
    sites = [site(m.chunk, m.fact) for m in band]   # (a word each of their sentences says
    openings = [sentence_up_to(s.chunk, s.lay.clause) for s in sites]   # before them, as
    words = [w for w in (tx.fold(t.word) for t in plan.terms    # '三峡高中…,…本科线率98.32%,
                         if t.focus and t.known and len(t.word) >= 2)   # 历史类本科线率…', is no
             if not all(w in o and w not in s.own for o, s in zip(openings, sites))]   # test)

    def bare(m: FactMatch) -> bool:
        own = site(m.chunk, m.fact).own
        return bool(words) and all(w in own and not re.search(
            r"[\u4e00-\u9fff]$", own[:own.find(w)]) for w in words)

    said = {m.fact.value for m in band if bare(m)}
    return next(m for m in band if bare(m)) if len(said) == 1 else None


_TO_DATE = re.compile(r"到现在|到目前|至今|迄今|截至目前|截止目前|目前为止|累计|已经")


def to_date(plan, found: list[FactMatch]) -> FactMatch | None:
    """Among figures that fit alike, the one counted up to now ('累计投入资金2600万元') for a
    question asking how much so far ('到现在已经投进去多少钱了'), not the sum set aside
    ('投资2800万元'). None when the question does not ask so, or no single one is."""
    if not _TO_DATE.search(plan.question):
        return None
    band = _band(found)
    so_far = {m.fact.value for m in band if m.fact.period == "cumulative"}
    if len(so_far) != 1:
        return None
    return next(m for m in band if m.fact.period == "cumulative")


def _band(found: list[FactMatch]) -> list[FactMatch]:
    """The figures tied() sees as rivals of the best: as good, or told apart by their
    section only."""
    return [m for m in found if m.score > found[0].score - AMBIGUOUS or twins(found[0], m)]


def twins(a: FactMatch, b: FactMatch) -> bool:
    """Two figures of one subject, year and period in different sections or lists, both
    said in full ('教职工134人' under 学前教育 and '教职工63人' under 普通高中; '小学占地面积…'
    after '运动用地面积…,其中' and after '校舍建筑面积…,其中'): only their place tells them
    apart, and the question names neither."""
    from assistant.sites import site

    return b.coverage >= a.coverage and a.fact.subject == b.fact.subject and \
        (a.fact.year, a.fact.period) == (b.fact.year, b.fact.period) and (
            a.chunk.section != b.chunk.section or a.fact.unit == b.fact.unit and
            site(a.chunk, a.fact).frame != site(b.chunk, b.fact).frame)


def untied(options: list[list[FactMatch]], found: list[FactMatch | None]
            ) -> list[FactMatch | None]:
    """A part that a figure of another clause fits as well, which no other part takes, is
    not answered ('九年一贯制学校有几所，其中民办几所' where 11 in all and 4 in town read
    alike; a whole and its bracketed part, '初中生42956人(民办5078人)', are one clause and
    no rivals, but two figures of one clause outside brackets that fit alike are)."""
    taken = {m.fact.id for m in found if m is not None}

    def rivals(r: FactMatch, m: FactMatch) -> bool:
        apart = (r.fact.chunk_id, r.fact.clause_start) != (m.fact.chunk_id, m.fact.clause_start)
        return r.fact.value != m.fact.value and r.score > m.score - AMBIGUOUS and \
            r.fact.id not in taken and (apart or not (_bracketed(r) or _bracketed(m)))

    return [None if m is not None and any(rivals(r, m) for r in opts if r is not m) else m
            for opts, m in zip(options, found)]


def refilled(options: list[list[FactMatch]], found: list[FactMatch | None]
             ) -> list[FactMatch | None]:
    """A part left without a figure because another part took its clear best, which that
    part then gave up as ambiguous ('上幼儿园的比例高不高？学前三年毛入园率是多少？'), gets it."""
    used = {m.fact.id for m in found if m is not None}
    out = list(found)
    for k, opts in enumerate(options):
        clear = opts and (len(opts) == 1 or opts[1].score <= opts[0].score - AMBIGUOUS)
        if out[k] is None and clear and opts[0].fact.id not in used:
            out[k] = opts[0]
            used.add(opts[0].fact.id)
    return out


def _bracketed(m: FactMatch) -> bool:
    """Is the figure inside brackets of its clause (a part beside its whole)?"""
    before = m.chunk.text[m.fact.clause_start - m.chunk.start:m.fact.start - m.chunk.start]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def choose(options: list[list[FactMatch]], compare: bool) -> list[FactMatch | None]:
    """The best fact per part, all different; for a comparison, the best pair counted in
    one unit family ('助学贷款和资助资金哪个发得多' compares 亿元 with 亿元)."""
    if compare and len(options) == 2 and options[0] and options[1]:
        # a figure that fits a part clearly worse than its best is no answer to it, however
        # well it pairs ('监测点' is the 46个, not the 40所 beside it)
        pairs = [(a.score + b.score + TOGETHER * _together(a, b) + LIKE * _alike(a, b), a, b)
                 for a in _close(options[0]) for b in _close(options[1])
                 if a.fact.id != b.fact.id and comparable(a, b)]
        if pairs:
            pairs.sort(key=lambda p: -p[0])
            top, a, b = pairs[0]
            values = (a.fact.value, b.fact.value)
            # a pair as good whose figure only its section tells apart from this one's
            # (unless this pair is stated together and that one is not): which is meant?
            if any(s > top - TOGETHER / 2 and (
                    x.fact.value != a.fact.value and twins(a, x) or
                    y.fact.value != b.fact.value and twins(b, y))
                   for s, x, y in pairs[1:] if (x.fact.value, y.fact.value) != values):
                return [None, None]
            return [a, b]
    out, used = [], set()
    for opts in options:
        pick = next((m for m in opts if m.fact.id not in used), None)
        if pick is not None:
            used.add(pick.fact.id)
        out.append(pick)
    return out


TOGETHER = 0.2     # two figures a sentence states side by side are what a comparison compares


def _close(options: list[FactMatch]) -> list[FactMatch]:
    """The first three that fit nearly as well as the best (within TOGETHER)."""
    return [m for m in options[:3] if m.score >= options[0].score - TOGETHER]


LIKE = 0.1         # and two figures of the same list, or both of none, count the same kind


def _alike(a: FactMatch, b: FactMatch) -> bool:
    """'读普高的比读中职的多多少人': 学生人数5500 and 在校学生3812, not an item of the list
    of teachers ('专任教师…其中:高中326人') against pupils."""
    from assistant.sites import site

    return site(a.chunk, a.fact).frame == site(b.chunk, b.fact).frame


def _together(a: FactMatch, b: FactMatch) -> bool:
    """Both figures in one sentence ('覆盖全区86所中小学,57所幼儿园')."""
    if a.chunk.id != b.chunk.id:
        return False
    lo, hi = sorted((a.fact.start, b.fact.start))
    return not re.search(r"[。！？!?\n]", a.chunk.text[lo - a.chunk.start:hi - a.chunk.start])


def comparable(a: FactMatch, b: FactMatch) -> bool:
    from assistant.extract import unit_family

    ua, ub = a.fact.unit, b.fact.unit
    if {ua, ub} in ({"个", "所"}, {"个", "家"}):
        return False        # '62所' against '新增学位4.35万个': 个 counts no institutions here
    if _change_of(a, b) or _change_of(b, a):
        return False        # '仪器设备值8909.45万元,比上年增加190.36万元': no two things
    return ua == ub or ub in unit_family(ua) or (ua in ("%", "百分点") and ub in ("%", "百分点"))


def part_of(whole: FactMatch, part: FactMatch) -> bool:
    """Can ``part`` be taken out of ``whole`` ('教职工…人' less '专任教师…人')? A smaller
    figure of the same year (or of none said) in the same document, neither a change nor a
    rate."""
    w, p = whole.fact, part.fact
    return (w.year == p.year or None in (w.year, p.year)) and \
        whole.chunk.source == part.chunk.source and \
        Decimal(p.value) < Decimal(w.value) and "%" not in (w.unit, p.unit) and \
        w.start != p.start


def _change_of(base: FactMatch, change: FactMatch) -> bool:
    """Is ``change`` the change from the year before the clause after ``base`` states?"""
    from assistant.lenders import CHANGE_CLAUSE

    if base.chunk.id != change.chunk.id or not 0 <= change.fact.start - base.fact.end <= 16:
        return False
    between = base.chunk.text[base.fact.end - base.chunk.start:change.fact.start - base.chunk.start]
    return bool(CHANGE_CLAUSE.match(between.lstrip(" ,，"))) and \
        not re.search(r"[\d;；。]", between)     # ('…比上年减少115人;招生4105人': another)


def plainest(plan, found: list[FactMatch]) -> FactMatch | None:
    """Among figures that fit alike, the only one whose list names nothing the question does
    not, where the others' lists add a word of their own ('幼儿园876所' of '全市现有各级各类
    学校及幼儿园1442所,其中…', not '幼儿园420所' of '…中有民办学校及幼儿园447所,其中…', for
    '有多少家幼儿园'). None when no single one is plainer."""
    from assistant.sites import site

    band = _band(found)
    frames = [site(m.chunk, m.fact).frame for m in band]
    subjects = not any(frames) and len({m.fact.unit for m in band}) == 1   # '在校生(初中、
    if subjects:        # 高中)' over '在校生中北京市户籍学生(…)'; a bracket's note is no qualifier
        frames = [_BRACKET.sub("", m.fact.subject) for m in band]
    if len(band) < 2 or not all(frames):
        return None
    asked = tx.fold(plan.question)
    plain = [m for m, frame in zip(band, frames)         # every word of its frame is in
             if all(w in other for w in _own_words(frame, asked) for other in frames)  # the
             and (not subjects or _own_words(frame, asked))]     # others ('初中为' names none)
    if not plain or len(plain) == len(band) or len({m.fact.value for m in plain}) != 1:
        return None
    return plain[0]


_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def fullest_own(plan, found: list[FactMatch]) -> FactMatch | None:
    """Of figures of one clause that fit alike, the one whose own item says more of the
    question's words, where the others leave one to the clause ('新增班级12个学位540个' for
    学位: 540). None when none says more."""
    from assistant.sites import site

    band = _band(found)
    if len(band) < 2 or len({(m.chunk.id, m.fact.clause_start) for m in band}) != 1:
        return None
    said = [sum(any(tx.contains_term(site(m.chunk, m.fact).own, a) for a in t.alternatives)
                for t in plan.terms) for m in band]
    best = [m for m, n in zip(band, said) if n == max(said)]
    return best[0] if len({m.fact.value for m in best}) == 1 else None


def _own_words(frame: str, asked: str) -> set[str]:
    """The words of a list's frame that say what its items are, beyond the question."""
    from assistant.guards import ALL_KINDS
    from jiaoti.lexicon import stopwords
    from jiaoti.places import HOME_WORDS, gazetteer

    return {w for w in tx.words(frame) if len(w) >= 2 and all(tx.is_cjk(c) for c in w)
            and w not in asked and w not in ALL_KINDS and w not in HOME_WORDS
            and w not in stopwords() and not gazetteer().forms.get(w)}


def left_out_already(m: FactMatch | None, part: str, whole: str) -> bool:
    """'不算民办园的话，幼儿园老师有多少' and '学前31人(不含民办幼儿园教师)': the whole's figure
    already leaves the part out, so it is the answer itself."""
    from assistant.lenders import EXCLUDED

    if m is None:
        return False
    asides = "".join(EXCLUDED.findall(m.fact.clause))
    extra = [w for w in tx.words(part) if len(w) >= 2 and w not in whole]
    return bool(asides) and any(w in asides for w in extra)


_TOTAL_ASKED = re.compile(r"共计|合计|总计|一共|总共|加起来")
_TOTAL_SAID = re.compile(r"(?:共计|合计|总计)[\u4e00-\u9fff]{0,4}$")


def the_total(plan, found: list[FactMatch]) -> FactMatch | None:
    """A total asked ('共计拨付了多少钱') where the best figure is one item of a paragraph that
    sums its items later ('实际拨付288万元;…;拨付教师工资358万元,共计拨付875万元'): the sum."""
    if len(found) < 2 or not _TOTAL_ASKED.search(plan.question):
        return None
    best = found[0]
    text, at = best.chunk.text, best.fact.start - best.chunk.start
    end = text.find("\n", at)
    end = len(text) if end < 0 else end

    def sums(m: FactMatch) -> bool:
        m_at = m.fact.start - m.chunk.start
        return m.chunk.id == best.chunk.id and at < m_at < end and m.fact.unit == \
            best.fact.unit and bool(_TOTAL_SAID.search(text[max(0, m_at - 8):m_at]))

    totals = [m for m in found[1:] if sums(m)]
    return totals[0] if len({m.fact.value for m in totals}) == 1 else None
