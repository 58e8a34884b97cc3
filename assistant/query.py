"""Question analysis: a standalone question → ``QueryPlan``: the terms evidence must contain
(each with the documents' words for it and a weight), the years and places it names, the kind
of answer, results or plans, and its predicate term ("新招了多少" → 新招)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import intent, since
from assistant.either import changed_thing, either_way
from assistant.eventyear import event_years
from assistant.setaside import blanked_aside
from assistant.followup import FOLLOWUP_MARK
from assistant.negation import complement, negated
from assistant.preamble import named_school, preamble_end
from assistant.subsets import subset_words
from assistant.compounds import (GRADE, abbreviation, described, implied_acts, plan_verbs_said,
                                 implied_by_bound, inner_parts, rate_of, spelled_out, spoken_forms)
from assistant.terms import (Term, boundaries, contrast, corpus_length_at,
                             parts_named, question_words, shadowed, sibling_compound,
                             replaced_stages, stage_by_pupils, weight_of)
from jiaoti import text as tx, unsought
from jiaoti.lexicon import general_parts
from jiaoti.places import Home, gazetteer

TYPE_WEIGHT = 0.6
FOREIGN_WEIGHT = 0.1     # a Latin word in a Chinese question: noise, not a missing topic
CONTEXT_WEIGHT = 0.5     # terms carried over from the previous question
ROOT_CREDIT = 0.7        # a one-character verb root inside the documents' word
STAGE_CREDIT = 0.8       # another name of the same stage of schooling (幼儿园: 学前)
OOV_WEIGHT = 1.2         # a word no document contains says the documents do not cover it
CONTRAST_WEIGHT = 3.0    # '二期' when the documents only know '一期': another thing entirely
# '第四个是什么' asks for an enumeration's item; '第一实验小学' is a name
_ORDINAL = re.compile(r"第([一二三四五六七八九十])(?:个|项|条|位|名|点|方面)?"
                      r"(?=个|项|条|位|名|点|方面|是|呢|指|的|[?？,，]|$)")
_CHANGE_VERBS = {"增长", "增加", "减少", "下降", "提高", "提升", "降低", "上升"}
_CHANGE_ASKED = re.compile(r"(?:增长|增加|提高|提升|下降|减少|降低)了?(?:多少|几)(?![个所名人元万亿千百平亩项次倍])")
_BETWEEN = re.compile(r"^(?:一共|总共|共|都|大概|大约|累计|共计|总计|\s)*$")
_ASPECT = re.compile(r"^(?:了|过)" + _BETWEEN.pattern[1:])


@dataclass(frozen=True)
class QueryPlan:
    question: str                  # normalised standalone question
    terms: tuple[Term, ...]
    years: frozenset[int]
    places: tuple[str, ...]        # named places no indexed document mentions
    kind: str                      # quantity | definition | when | rank | status | general
    asked_unit: str                # "所", "人", "元" … or ""
    quoted: tuple[str, ...]        # “…” terms the question asks about
    keywords: tuple[str, ...]      # BM25 query tokens
    keyword_weights: dict
    day_precision: bool = False    # a "when" question that wants a day, not a year
    plural: bool = False           # wants a list or several figures, not one item
    actual: bool = False           # asks what actually happened (plans cannot answer it)
    position: str = ""             # "first" / "last" item of an enumeration
    counted: tuple[str, ...] = ()  # '几所学校': the counted noun must sit by the figure
    named_places: tuple[str, ...] = ()  # other places the evidence itself must name
    home_level: str = ""               # '洞口县…': the level of the home place it names (县)
    period: str = ""               # "actual", "plan", "untargeted" (no target) or "" (any)
    compare: str = ""              # "diff", "which" or ""
    predicate: int = -1            # index of the term the question word hangs on
    focus_text: str = ""
    stock: bool = False            # '有多少所…' asks what there is, not what happened
    must: tuple[str, ...] = ()     # words a follow-up names anew: the fact itself must say them
    negated: str = ""              # '没在招生': the verb the question negates
    complement: str = ""           # '非在编教师': what the asked things are not (在编)
    carried_unit: str = ""         # a follow-up's previous measure word, a preference only
    now: int | None = None         # the year 今年 stands for

    @property
    def words(self) -> frozenset[str]:
        """Every word the question's terms stand for."""
        return frozenset(a for t in self.terms for a in t.alternatives)

    @property
    def asks_now(self) -> bool:
        """Does it ask about the present year only (今年, or that year by number)?"""
        return bool(self.years) and self.years == {self.now}

    @property
    def total_weight(self) -> float:
        return sum(t.weight for t in self.terms)

    def weak(self, snap) -> bool:
        """No term is specific enough to stand alone (every known one is common)."""
        return not any(t.known and t.focus and min(
            (snap.df(a) for a in t.alternatives if snap.knows(a)), default=99) <= 2
            for t in self.terms)


def _places(q: str, snap, home_places) -> tuple[tuple[str, ...], tuple[str, ...], str, str]:
    """(places no document names, places the evidence must name, ``q`` with the home
    places named with their level blanked: '焉耆县小学' is 焉耆县 and 小学, not 县小学;
    '荣成级' stays a word; the level of a home place the question names, or '')."""
    home = Home(home_places)
    unknown, named, level = [], [], ""
    for m in gazetteer().find(q):
        if m.form in home_places or home.is_home(m):
            level = level or next((p.name[-1] for p in m.places if p.name[-1] in "省市县区旗州盟"
                                   and m.form.endswith(p.name[-1])), "")     # ('惠州' is a 市)
            if m.form[-1] in "省市县区旗州":      # ('焉耆县直幼儿园': its 县 is 县直's)
                n = len(m.form) - (q[m.end:m.end + 1] == "直")
                q = q[:m.start] + " " * n + q[m.start + n:]
            continue
        if snap.knows(m.form) or home.is_parent(m) and snap.knows("全省"):
            named.append(m.form)
        else:
            unknown.append(m.form)
    return tuple(dict.fromkeys(unknown)), tuple(dict.fromkeys(named)), q, level


_MEASURE_NOUNS = {"平方米": ("面积", "大小"), "元": ("金额", "钱数"), "人": ("人数",), "名": ("人数",)}


class _Terms:
    """Collects the terms of one question."""

    def __init__(self, snap, answer_types: set[str]):
        self.snap, self.lexicon = snap, snap.lexicon
        self.answer_types = answer_types
        self.terms: list[Term] = []
        self.seen: set[str] = set()
        self.n = max(len(snap.chunks), 1)

    def add(self, word: str, alts: list[tuple[str, float]], focus: bool, at: int = -1) -> None:
        # '组织了' also matches '组织': aspect particles are not part of the word
        alts = alts + [(a[:-1], c) for a, c in alts if len(a) > 2 and a[-1] in "了过着的"]
        # '招了' (多少新生) is said by '招生': a one-character verb counts, a little less
        alts = alts + [(word[0], ROOT_CREDIT) for a, c in alts[:1] if len(word) == 2
                       and word[1] in "了过" and tx.is_verb(word[0])]
        # '示范校' ↔ '示范学校', '示范幼儿园' ↔ '示范园'
        alts = alts + [(a[:-1] + "学校", c) for a, c in alts if len(a) >= 3 and a[-1] == "校"
                       and a[-2] != "学"]
        alts = alts + [(a[:-2] + "校", c) for a, c in alts if len(a) >= 4 and a.endswith("学校")
                       and a[-3] != "中"]
        alts = alts + [(a[:-3] + "园", c) for a, c in alts if len(a) >= 5
                       and a.endswith("幼儿园")]
        # '幼儿园的老师' where the documents write '学前专任教师': the stage's other names
        #   (not its people, '幼儿', nor a broader name inside it, '高中' of '普通高中')
        alts = alts + [(s, STAGE_CREDIT) for g in intent.STAGE_GROUPS if word in g for s in g
                       if intent.noun_unit(s) != "人" and (s == word or s not in word)]
        merged: dict[str, float] = {}
        for a, c in alts:
            if a and c > merged.get(a, 0.0):
                merged[a] = c
        if not merged or word in self.seen:
            return
        self.seen.add(word)
        present = [a for a in merged if self.snap.knows(a)]
        other = False
        weight = min(weight_of(a) for a in merged if merged[a] >= 1.0 or a == word)
        if word in self.answer_types:
            # '什么文件', '什么称号': the kind of answer, which the documents name their
            # own way (《…方案》, 示范市) — never a missing topic
            weight *= TYPE_WEIGHT
        elif not present and not tx.is_verb(word.rstrip("了过")):
            # a noun no document contains: the documents do not cover it (a verb the
            # documents do not use is only another way of saying what they say)
            other = contrast(word, self.snap.blob)
            weight = 2.0 * (CONTRAST_WEIGHT if other else OOV_WEIGHT)
        if not focus:
            weight *= CONTEXT_WEIGHT
        if word.isascii() and word.isalpha() and not present:
            weight *= FOREIGN_WEIGHT
        # a contrast ('净入学率' beside '毛入学率') is not said by its head
        heads = () if other else tuple(
            a[-2:] for a in merged if len(a) >= 4 and not a.isdigit()
            and 0 < self.snap.df(a[-2:]) <= max(2, self.n // 10))
        parts = parts_named(word, tuple(merged), self.snap.blob) if present else ()
        parts += tuple(a for a in merged if a in general_parts().get(word, ()) and a not in parts)
        self.terms.append(Term(word, tuple(merged), weight, bool(present), focus, heads,
                               credits=tuple(merged.values()), at=at, parts=parts))

    def word(self, w: str, focus: bool, at: int, unknown_places) -> None:
        lex = self.lexicon
        if w in lex.stop or w in unknown_places or \
                len(w) > 3 and w[0] in "市县区旗" and w[1:] in lex.stop:     # '区教育系统'
            return
        if w.isdigit():
            self.add(w, [(w, 1.0)], focus, at)
            return
        alts = lex.alternatives(w)
        if len(w) == 1 and len(alts) == 1:
            return
        inner = inner_parts(w, [a for a, _ in alts], self.snap, lex.stop)
        for p in inner:             # written only inside a longer word: its words, one by one
            self.add(p, lex.alternatives(p), focus, at + w.find(p))
        if inner:
            return
        alts += abbreviation(w, [a for a, _ in alts], self.snap) + spelled_out(   # '残儿'
            w, [a for a, _ in alts], self.snap) + spoken_forms(w, self.snap)  # 残疾儿童; 职中; 没证
        if not any(self.snap.knows(a) for a, _ in alts) and len(w) > 2 and not GRADE.match(w):
            # an unknown compound: try its parts ("公立幼儿园" → 公立 → 公办, 幼儿园) — not a
            # noun whose parts no document knows either ('研究生')
            parts = tx.word_parts(w)
            if parts and (not tx.tokenizer().FREQ.get(w) or w[-1] not in intent.HEAD_END or any(
                    self.snap.knows(a) for p in parts for a, _ in lex.alternatives(p))):
                for p in parts:
                    if p not in lex.stop:
                        self.add(p, lex.alternatives(p), focus, at + w.find(p))
                return
        self.add(w, alts, focus, at)

    def part(self, text: str, focus: bool, unknown_places) -> None:
        cleaned = intent.QWORDS.sub(lambda m: " " * len(m.group(0)), unsought.blank_unsought(text))
        for m in _ORDINAL.finditer(cleaned):        # 第四 ↔ 四是 (an enumeration)
            self.add(m.group(0), [(f"{m.group(1)}是", 1.0), (f"其{m.group(1)}", 1.0)], focus,
                     m.start())
        cleaned = _ORDINAL.sub(lambda m: " " * len(m.group(0)), cleaned)
        bounds = boundaries(cleaned)
        for variant, targets in self.lexicon.phrases():      # '签了约', '家里困难的学生'
            if (at := cleaned.find(variant)) < 0:
                continue
            aligned = (at in bounds) + (at + len(variant) in bounds)
            if (aligned == 2 or (aligned == 1 and len(variant) >= 3)) \
                    and corpus_length_at(cleaned, at, self.snap) < len(variant):
                alts = self.lexicon.alternatives(variant)     # ('职中': 职业中学 too)
                alts += spelled_out(variant, [a for a, _ in alts], self.snap)
                if not described(cleaned, at + len(variant), variant, self.snap) and not (
                        (tx.is_pointer(variant) or "单独" in dict(alts))    # ('区下面管着…',
                        and not any(self.snap.knows(a) for a, _ in alts)):  # '单独办的小学':
                    self.add(variant, alts, focus, at)      # no 下辖 or 单办 said: nothing asked
                cleaned = cleaned[:at] + " " * len(variant) + cleaned[at + len(variant):]
        words = question_words(cleaned, self.snap, self.lexicon.stop)
        skip = -1
        for k, (w, at) in enumerate(words):
            nxt = words[k + 1] if k + 1 < len(words) else None
            if k == skip:
                continue
            j = k + 2 if nxt and nxt[0] == "的" else k + 1      # ('附设的幼儿园')
            head = words[j] if j < len(words) else None
            if head and cleaned[at + len(w):head[1]] in ("", "的") and \
                    _short_form(w, head[0], self.snap.blob):
                # '省级示范' + '幼儿园' where the documents say '省级示范园'
                self.add(w + head[0], self.lexicon.alternatives(w + head[0]), focus, at)
                skip = j
                continue
            if nxt and nxt[1] == at + 1 and \
                    sibling_compound(w, nxt[0], self.snap.blob, self.lexicon.stop):
                # '净入学率' where the documents say only '毛入学率': another figure
                self.add(w + nxt[0], [(w + nxt[0], 1.0)], focus, at)
            if len(w) >= 2 and cleaned[at + len(w):at + len(w) + 1] == "率" and tx.is_cjk(w[-1]) \
                    and w not in _CHANGE_VERBS:     # ('增长率': '增长1.01%' says it)
                lead, rate = rate_of(w, self.snap)  # '辍学率' names a rate (辍学 alone: a verb,
                for p in lead:                      # dropped); '本科上线率': 本科, 上线率
                    self.word(p, focus, at + w.find(p), unknown_places)
                self.add(rate, self.lexicon.alternatives(rate), focus, at + len(w) + 1 - len(rate))
                continue
            if tx.is_pointer(w, cleaned[at - 1:at]) and cleaned[at - 1:at] != "的" and \
                    not self.snap.knows(w) or described(cleaned, at + len(w), w, self.snap):
                continue    # ('教育局下面有几个…', '那种不是普惠价的…', '乡下那种教学点'; not
                #             '连着读的那种学校')
            if len(w) == 2 and w[0] == "各" and tx.is_adverbial(w):
                continue    # '各种资助一共发了多少': every kind of it, no kind named
            self.word(w, focus, at, unknown_places)


def _short_form(word: str, head: str, blob: str) -> bool:
    """Do the documents write ``word`` + ``head`` only in its short form ('示范园', '示范校')?"""
    short = {"幼儿园": "园", "学校": "校"}.get(head)
    return bool(short) and len(word) >= 2 and word + short in blob and word + head not in blob


def predicate_of(terms: list[Term], focus: str) -> int:
    """The verb the question word hangs on: the word right before 多少/几 when 了/过 marks
    it as a verb or it is one ('新招了多少', '培训了多少', '聘请多少'), else a verb ending
    the question ('多少学生参加')."""
    at = intent.question_word_at(focus)
    if at < 0:
        return -1
    before = [(i, t) for i, t in enumerate(terms) if t.focus and 0 <= t.at < at]
    if before:
        i, t = max(before, key=lambda it: it[1].at)
        between = focus[t.at + len(t.word):at]
        verb = tx.is_verb(t.word.rstrip("了过"))
        aspect = t.word[-1] in "了过" and len(t.word) > 1
        if _ASPECT.match(between) or ((verb or aspect) and _BETWEEN.match(between)):
            return i
    after = sorted(((i, t) for i, t in enumerate(terms) if t.focus and t.at > at),
                   key=lambda it: it[1].at)
    if len(after) >= 2 and tx.is_verb(after[-1][1].word.rstrip("了过")):
        return after[-1][0]
    return -1


def plan_question(question: str, snap, current_year: int | None = None,
                  home_places: tuple[str, ...] = ()) -> QueryPlan:
    """Analyse a normalised, standalone question against the current index snapshot."""
    q = tx.fold(question)
    focus_part, _, context_part = q.partition(tx.fold(FOLLOWUP_MARK))
    # the asker's own situation in the earlier question sets nothing either
    context_part = context_part[preamble_end(context_part):]
    cut = preamble_end(focus_part)
    preamble = focus_part[:cut]                  # kept in place: term offsets stay valid
    school = named_school(preamble, focus_part[cut:])   # '孩子在奥信小学读书，…学校…'
    focus_part = " " * cut + focus_part[cut:]
    if school:
        focus_part = focus_part[:school[0]] + preamble[slice(*school)] + focus_part[school[1]:]
    years = frozenset(intent.resolve_years(since.without_start(focus_part), current_year) or event_years(
        focus_part, snap) or intent.resolve_years(since.without_start(context_part), current_year))
    unknown, named, unplaced, home_level = _places(q, snap, home_places)
    focus_part = focus_part[:cut] + unplaced[cut:len(focus_part)]
    context_part = unplaced[len(unplaced) - len(context_part):] if context_part else ""
    quoted = tuple(tx.QUOTED.findall(focus_part))
    collector = _Terms(snap, intent.type_words(focus_part))
    # what the question leaves out or only takes in is no topic of its own
    collector.part(intent.LEFT_OUT.sub(lambda m: blanked_aside(m, snap), since.topics_of(
        focus_part)), True, unknown)        # (nor the start of a span or its date's words)
    attending = _ATTENDING.search(focus_part)
    if attending and not intent.person_next(focus_part[attending.end():]):  # '上小学的有多少人':
        who = "幼儿" if "幼儿园" in attending.group(0) else "学生"   # pupils, not staff
        collector.add(who, snap.lexicon.alternatives(who), True)
    if _INTAKE.search(focus_part):      # '新上幼儿园的', '进小学的孩子': this year's intake
        collector.add(INTAKE, snap.lexicon.alternatives(INTAKE) + [("入园", 1.0), ("入学", 1.0)],
                      True)
    if context_part:
        collector.part(context_part, False, unknown)
    terms = since.without_span_marks(either_way(collector.terms, focus_part), focus_part)
    kind, asked, noun = intent.kind_of(focus_part, quoted)
    carried_unit = ""
    if kind == "general" and context_part and not intent.asks_done(focus_part):
        # "那助学贷款呢？" asks what the last one did; '它现在还招生吗' asks no count
        kind, asked, noun = intent.kind_of(context_part, ())
        carried_unit = asked    # new words, own measure; the last one's likelier ('那初中呢？')
        carried_unit = "" if _CHANGE_ASKED.search(context_part) else carried_unit  # (a rate
        #                                   or a count: '学位同比增长了多少' names neither)
        asked, noun = (asked if asked in ("元", "%") else ""), ""
    elif kind == "quantity" and not asked and context_part and _BARE_ASK.search(focus_part):
        _, asked, noun = intent.kind_of(context_part, ())   # '…在民办园的有多少': as the last
    # '多大面积' where the documents write '新建校舍39000平方米': the measure is the unit
    terms = [t for t in implied_by_bound(implied_acts(terms, focus_part), q)
             if t.known or t.word not in _MEASURE_NOUNS.get(asked, ())]
    counted, noun = (), "" if noun in intent.ENROLLED else noun  # ('在初中读书的有多少')
    if not noun and asked in ("人", "名") and intent.ATTENDING.search(focus_part):
        noun = intent.PUPILS        # '读普高的有多少人' counts pupils
    noun = noun or intent.elided_noun(focus_part) or (changed_thing(terms, focus_part) if not asked else "")
    if noun:
        term = next((t for t in terms if noun in t.alternatives or noun == t.word
                     or noun in t.word), None) or \
            next((t for t in terms if len(t.word) >= 2 and noun.endswith(t.word)), None)
        #   '小学老师': the head term (老师, 教师…) says what is counted, 小学 is a term of its own
        counted = tuple(dict.fromkeys((noun, *(a for a, _ in snap.lexicon.alternatives(noun)),
                                       *(term.alternatives if term else ()))))
    predicate = predicate_of(terms, focus_part)
    terms = shadowed(replaced_stages(stage_by_pupils(terms, counted, focus_part)))
    keywords, weights = _keywords(terms, snap.lexicon.stop)
    no_list = re.sub(r"哪几|[这那近前头后]几", "", focus_part)     # '这几年' asks nothing
    plural = bool(intent.PLURAL.search(focus_part)) or len(re.findall(r"几|多少", no_list)) >= 2
    names = [t.word for t in terms if t.known and len(t.word) >= 4
             and re.search(r"计划|目标|安排", t.word)] + plan_verbs_said(focus_part, snap.blob)
    period = intent.period_of(_unnamed(focus_part, names)) or \
        intent.period_of(_unnamed(context_part, names))
    return QueryPlan(question, tuple(terms), years, unknown, kind, asked, quoted,
                     tuple(keywords), weights,
                     day_precision=bool(intent.WHEN_DAY.search(focus_part)), plural=plural,
                     named_places=named, home_level=home_level, actual=period == "actual",
                     position="first" if intent.FIRST.search(focus_part)
                     else "last" if intent.LAST.search(focus_part) else "",
                     counted=counted, period=period, compare=intent.comparison_of(focus_part),
                     predicate=predicate, focus_text=focus_part.strip(),
                     stock=intent.stock(focus_part) or bool(carried_unit) and intent.stock(
                         context_part),
                     negated=negated(focus_part, terms),
                     complement=complement(focus_part), carried_unit=carried_unit,
                     must=subset_words(focus_part, terms, asked),
                     now=current_year)


# '上小学的', '读职校的': the people who attend it, pupils
# '新上幼儿园的', '刚进小学的', '今年进幼儿园的孩子': who entered this year, not all who attend
_SCHOOLS = r"(?:小学|初中|高中|中学|幼儿园|大学|职高|中职|职校|技校|职业学校|特教学校|学校)"
_INTAKE = re.compile(rf"(?:新|刚|才)(?:上|进|入|读)了?{_SCHOOLS}|(?<![推促引前先改增])进了?{_SCHOOLS}的")
INTAKE = "招生"
_ATTENDING = re.compile(r"(?:上|读|念)(?:小学|初中|高中|中学|幼儿园|大学|职高|中职|职校|技校|"
                        r"职业学校|特教学校)的")


_BARE_ASK = re.compile(r"的(?:有|是)?(?:多少|几)[?？]?$")


def _unnamed(text: str, names: list[str]) -> str:
    """``text`` without quoted names and the documents' names that hold a plan word."""
    for name in names:      # (first: a name may hold a quote, '安排“第一议题')
        text = text.replace(name, "")
    return re.sub(r"“[^”]*”|《[^》]*》|\"[^\"]*\"", "", text)


def _keywords(terms: list[Term], stop) -> tuple[list[str], dict]:
    keywords, weights = [], {}
    for t in terms:
        for i, alt in enumerate(t.alternatives):
            for tok in tx.tokens(alt):
                if tok not in stop and tok not in weights:
                    keywords.append(tok)
                    weights[tok] = (1.0 if i == 0 else 0.8 * t.credit(alt)) * \
                        (1.0 if t.focus else 0.5)
    return keywords, weights
