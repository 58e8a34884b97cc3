"""What each of a question's terms is credited with at a fact: the best weight of the
places around the fact (its own item, its clause, the setting before it, a list's whole,
the section) that say the term."""

from __future__ import annotations

import re

from assistant.qualifiers import qualifying
from assistant.intent import ENROLLED, noun_unit
from assistant.query import QueryPlan
from assistant.scopes import kin, kind_stage
from assistant.sites import Layout, Site
from assistant.owned import name_start, opens_on, owner_of, proper_owner, sentence_up_to
from assistant.terms import SCHOOL_UNITS
from jiaoti import text as tx

LOCAL, CLAUSE, SETTING, LEAD, EARLIER, LATER, CONTEXT = 1.0, 0.85, 0.95, 0.7, 0.8, 0.5, 0.5
LATER_COUNTED = 0.3     # a clause further away with figures of its own speaks of its own
PARENT = 0.5
NEAR = 0.5              # every focus word the documents know must be found this near

# '…随迁子女里在初中读书的…': a question asking within a whole (not '城里', '县里', '哪里')
_WITHIN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![城县市区家村这那哪省乡镇])(?:里面|当中|之中|里)"
                     r"(?=[\u4e00-\u9fff])")


class Credits:
    """Per term, the best credit any place around the fact gives it."""

    def __init__(self, plan: QueryPlan, at: Site):
        self.pieces = [(at.own, LOCAL), (at.clause, CLAUSE)]
        self.pieces += [(piece, SETTING if setting else LEAD) for piece, setting in at.leads]
        # the clause just before ('新建公办普高18所，新增学位4万个') says what a bare
        # '新增学位…' is about; clauses further away say less
        # (what a bare sum paid for, '投资1亿元,新建…', is said as a lead is)
        self.pieces += [(piece, LEAD if (a, b) == at.lay.paid else EARLIER if just_before
                         else LATER_COUNTED if counted else LATER)
                        for (piece, just_before, counted), (a, b, *_) in zip(at.others,
                                                                             at.lay.others)]
        if at.parent is not None:           # '其中…': what the sentence above is about
            self.pieces.append((at.parent, PARENT))
        self.parent = at.parent
        self.sentence = " ".join([at.own] + [p for p, _, _ in at.others])
        if at.frame:                        # '在校生…，其中:小学18050人': what they count
            self.pieces.append((at.frame, PARENT))
        if at.lender:                       # '全市高中阶段共有学校8所。招生8057人': theirs
            self.pieces.append((at.lender, EARLIER))
        if at.shared:                       # '其中,城区小学4所,初中3所': 初中 of 城区
            self.pieces.append((at.shared, PARENT))
        if at.heading:                      # '——小学。校数17所;…': the paragraph's subject
            self.pieces.append((at.heading, EARLIER))
        if at.topic:                        # '中等职业教育学校1所;…。校舍总面积…', and
            self.pieces.append((at.topic, PARENT))   # a '教职工800人,其中:' list of theirs
        if at.opener:                       # '…启动实施…三年行动计划,…。新增学位…'
            self.pieces.append((at.opener, PARENT))
        if at.intro:                        # '…生均…经费增长情况为:' '(1)全市幼儿园为2431.76元'
            self.pieces.append((at.intro, EARLIER))
        self.intro = at.intro
        self.pieces.append((at.context, CONTEXT))
        # another figure's clause ('占地24亩,建筑面积8800平方米'): the word that says which of
        # a noun is asked (占地 of 占地面积) is that figure's there, not this one's
        self.theirs = {piece for piece, _, _ in at.others if re.search(r"\d", piece)} - {
            at.parent, at.frame, at.lender, at.shared, at.heading, at.topic, at.opener}
        self.plan = plan
        self.listed = at.listed
        self.run_lead = _run_lead(at)
        self.opening = sentence_up_to(at.chunk, at.lay.clause)
        # a stage's item in a breakdown counts what the whole counts, of that stage
        self.wholes, self.item, self.kin = [w for w in (at.parent, at.frame, at.whole) if w], \
            at.own, False
        self.in_schools = plan.asked_unit not in SCHOOL_UNITS   # counted: what schools hold
        within = _WITHIN.search(plan.focus_text)    # '随迁子女里在初中读书的': the whole
        part = [t for t in plan.terms if within and t.focus and t.at > within.start() and
                t.word not in ENROLLED and t.word not in plan.counted]
        self.whole_end = within.start() if part and all(t.known for t in part) else -1
        #   its frame names counts as said, when a part is named and the documents know it
        #   (not '研究生'; not '中职学校里一共有多少学生': where they are, no part of them)

    def of(self, i: int) -> tuple[float, float]:
        """(best credit, best credit from the fact's own item or clause)."""
        t = self.plan.terms[i]
        best = own = 0.0
        # what a breakdown's items count is what its whole counts ('在校学生47478人。其中:
        # …小学21333人' counts pupils): the counted noun said there is said nearly as well
        named = bool(set(self.plan.counted) & set(t.alternatives))
        counted = self.listed and named
        of_whole = 0 <= t.at and t.at + len(t.word) <= self.whole_end
        for piece, where in self.pieces:
            where = CLAUSE if (counted or of_whole) and where == PARENT else where
            text = piece
            for longer in t.shadows:
                text = text.replace(longer, "\x00")
            got = t.said_in(text, self.in_schools)
            said = [a for a in t.alternatives if a in text] if got and piece in (
                self.parent, self.intro) else []
            if said and all(_listed_apart(text, a, self.sentence) for a in said):
                where = min(where, LATER_COUNTED)   # one of the things the sentence above lists
            if got and piece in self.theirs and tx.is_verb(t.word) and qualifying(self.plan, t):
                where = min(where, LATER_COUNTED)
            best = max(best, got * where)
            if where in (LOCAL, CLAUSE):
                own = max(own, got * where)
        if named and best < CLAUSE and self.wholes and any(
                s in self.item for s in kind_stage(t.alternatives)) and any(
                tx.contains_term(w, k) for w in self.wholes for k in kin(t.alternatives)):
            best, self.kin = CLAUSE, True   # '在校学生…其中:幼儿园4033人' for 小朋友
            self.stage = next(s for s in kind_stage(t.alternatives) if s in self.item)
        rate = next((j for j, u in enumerate(self.plan.terms) if u.word.endswith("率") and
                     t.word in u.word[:-1] and len(t.word) >= 2), -1)
        if best < NEAR and rate >= 0:       # '都能毕业吗？毕业率多少': the rate of it says it
            best, own = self.of(rate)
        if best < EARLIER and opens_on(self.opening, t.alternatives,
                                                         self.plan.question):
            best = EARLIER      # '三峡高中上特殊线497人,特殊线率69.51%,…;上本科线703人,…'
        if best < EARLIER and self.run_lead in t.alternatives:
            best = EARLIER      # '创成…示范学校1所,…体育特色学校9所,…特色学校2所': 创成 all
        if best < CLAUSE and _one_way(t.word, self.pieces[1][0]) and _AGAINST.search(
                self.plan.focus_text):      # '比前一年多了百分之几' of '比2020年增长4.65%'
            best = own = CLAUSE
        return best, own

    def unasked_owner(self) -> str:
        """The school the fact's sentence opens on by its proper name ('三峡高中上特殊线
        497人,特殊线率69.51%'), when the question asks about the home place ('夷陵区…',
        '全区…') and names it not: its figures are that school's, not the district's; or ''.
        (A part of a question that names neither, '…比目前累计投入的多多少', asks on.)"""
        name = proper_owner(self.opening)   # ('县春晖路小学' is named by '春晖路小学')
        home = self.plan.home_level or _WHOLE.search(self.plan.question)
        return "" if not name or not home or name in self.plan.question or any(
            len(a) >= 3 and a in name for a in self.plan.words) else name

    def unstaged(self, own: str) -> str:
        """``own`` without the stage a kind of people implied ('学前教育' for 在园幼儿)."""
        return re.sub(self.stage + "(?:教育)?", "", own) if self.kin else own


def unsaid_whole(plan: QueryPlan, own: str, unit: str) -> str:
    """'新增的学位里，公办普高多少' (no measure word asked) counts the whole it asks within: a
    figure counting schools ('…等18所公办普高') whose own words do not say that whole, when
    it is no school itself ('学位'; not '中职学校里'), counts something else. Its word, or ''."""
    within = _WITHIN_PAUSED.search(plan.focus_text)
    if within is None or unit not in ("所", "家") or _MEASURE_ASKED.search(
            plan.focus_text, within.end()):
        return ""
    whole = next((t for t in reversed(plan.terms) if t.focus and t.known and 0 <= t.at and
                  t.at + len(t.word) <= within.start()), None)
    if whole is None or noun_unit(whole.word) or tx.is_verb(whole.word) or re.search(
            r"[校园院所学]$|教育$", whole.word):
        return ""
    return "" if whole.said_in(own) else whole.word


_WHOLE = re.compile(r"[全我本][区县市旗州盟]")
_MEASURE_ASKED = re.compile(r"(?:多少|几)[个所名位人家项次元座间]|百分之|比例|率")
_WITHIN_PAUSED = re.compile(_WITHIN.pattern.replace(r"(?=[\u4e00-\u9fff])", r"(?=[，,]?[\u4e00-\u9fff])"))
# a change asked against an earlier time is said by any verb of its way: '比前一年多了' is
# the report's '比2020年增长', '比上年少了' its '较上年下降'
_WAYS = ({"多", "增加", "增长", "增多", "多出", "提高", "上升", "提升", "涨", "增"},
         {"少", "减少", "下降", "降低", "减", "降", "少于"})
_AGAINST = re.compile(r"[比较](?:上年|去年|前一年|上一年|上学年|往年|(?:19|20)\d{2}年)")
_STATED_CHANGE = re.compile(r"[比较](?:上年|去年|前一年|上一年|上学年|同期|(?:19|20)\d{2}\s*年)?"
                            r"(?:相比|同期)?(?:净)?([\u4e00-\u9fff]{1,2}?)(?:了)?\s*(?:约|近)?\d")


def _run_lead(at: Site) -> str:
    """The first word of the clause a run of items that name a thing and its figure
    ('国家级、省级体育特色学校9所,全国法治实践教育特色学校2所') goes back to, the first of
    its sentence or the one after a clause without a figure ('创成全国…示范学校1所'): what
    they all are said with; '' when the fact's own clause opens with a verb of its own."""
    if _verb_led(at.clause):
        return ""
    head = ""
    for piece, (a, *_) in reversed(list(zip([p for p, _, _ in at.others], at.lay.others))):
        if a >= at.lay.clause[0]:
            continue
        if not re.search(r"\d", piece) or _verb_led(piece):
            break
        head = piece
    ws = [w for w in tx.words(head) if w.strip()]
    return ws[0] if ws else ""


def _listed_apart(text: str, word: str, sentence: str) -> bool:
    """Is ``word`` one bare name of a 、-list in ``text`` ('…、中小学食堂改造、特殊教育…等10大类'),
    not an item with its own figure ('职业学校2所、小学23所', whose breakdown may follow)?"""
    at = text.find(word)
    end = at + len(word)
    after = re.split(r"[、,，;；。]", text[end:])[0] if at >= 0 else ""
    return at >= 0 and "、" in (text[at - 1:at] + text[end:end + 1]) and not re.search(r"\d", after)


def _verb_led(clause: str) -> bool:
    ws = [w for w in tx.words(clause) if w.strip()]
    return bool(ws) and tx.is_verb(ws[0])


def _one_way(word: str, clause: str) -> bool:
    """Does ``clause`` state a change from an earlier time the way ``word`` asks?"""
    word = word.rstrip("了")
    m = _STATED_CHANGE.search(clause)
    return bool(m) and any(word in way and m.group(1) in way for way in _WAYS)


def implied_by_longer(plan: QueryPlan, got: list) -> list:
    """A term whose word ends a longer focus term credited at the fact ('老师' beside
    '幼儿园专任教师') is said by it: it takes that term's credit (not '幼儿' of '幼儿园')."""
    out = list(got)
    for i, t in enumerate(plan.terms):
        if got[i][0] >= NEAR:
            continue
        for j, u in enumerate(plan.terms):
            if j != i and u.focus and got[j][0] >= NEAR and any(
                    len(a) >= 2 and a != u.word and u.word.endswith(a) for a in t.alternatives):
                out[i] = (max(got[i][0], got[j][0]), max(got[i][1], got[j][1]))
                break
    return out


def elsewhere(plan: QueryPlan, i: int, credits: Credits) -> bool:
    """The question's verb is said in another clause of the sentence; a later clause
    without figures holds it only with a noun of the question ('…示范校40所,…,我市被评为
    …示范市' is no home of 评上 for a question on 示范校)."""
    from assistant.guards import is_verb_term

    t = plan.terms[i]

    def says(piece: str, u) -> bool:
        return any(tx.contains_term(piece, a) for a in u.alternatives)
    nouns = [u for u in plan.terms if u.focus and u.known and not is_verb_term(u)]
    return any(says(piece, t) for piece, where in credits.pieces
               if where in (LEAD, EARLIER, LATER_COUNTED) or
               where == LATER and any(says(piece, u) for u in nouns))


def leads_needed(plan: QueryPlan, lay: Layout, at: Site, got) -> tuple[tuple[int, int], ...]:
    """Setting clauses the answer needs: those naming a question word its own clause
    lacks ('在2023年省运会上' for a question about 省运会); and the school its sentence opens
    on, when the question names it ('三峡高中' of '三峡高中上特殊线497人,特殊线率69.51%')."""
    out = []
    for (a, b, _), (folded, _) in zip(lay.leads, at.leads):
        if any(own < CLAUSE * 0.99 and any(tx.contains_term(folded, x) for x in t.alternatives)
               for t, (_, own) in zip(plan.terms, got) if t.focus):
            out.append((a, b))
    opening = sentence_up_to(at.chunk, lay.clause)
    name = owner_of(opening)
    if name and name not in at.clause and any(       # (or the conversation names it)
            opens_on(opening, t.alternatives, plan.question) for t in plan.terms):
        start = name_start(at.chunk, lay.clause, name)
        out.insert(0, (start, start + len(name)))
    return tuple(out)
