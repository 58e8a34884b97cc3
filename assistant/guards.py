"""What makes a figure not the answer even when its words match: a subject coordinated
with something the question does not name ('中考、高考…31416人' for 中考), a figure of what
happened when the question asks what there is ('有多少所职业院校' vs '10所职业院校与…共同打造'),
and question nouns the documents know that are missing around the figure or statement."""

from __future__ import annotations

import re

from assistant.coordinated import GENERIC_WORDS, named_ones, other_side, tail
from assistant.followup import FOLLOWUP_MARK
from assistant.listing import ASIDE as _ASIDE
from assistant.part_items import BATCH
from assistant.intent import ENROLLED, STAGES, TAKES_IN, noun_unit
from assistant.query import QueryPlan
from assistant.scopes import acted_by, of_schools, people_stage, restated_scope
from jiaoti import text as tx
from jiaoti.lexicon import general_parts, stopwords
from jiaoti.places import AREA_WORDS, gazetteer
from jiaoti.terms import astride

GENERIC = 1.2          # nouns this common (学校, 学生) are implied by the documents' topic


def is_verb_term(t) -> bool:
    return tx.is_verb(t.word.rstrip("了过"))


# (a title earned — 创建…示范校, 评为, 入选 — is no flow; nor a verb naming an institution: '招生办')
FLOW = re.compile(r"(?:新建|新增|新聘|新招|新入|新开|改扩建|改建|扩建|建成|增加|招聘|招录|招生|招收|开办|设立|举办|"
                  r"开展|安装|改造|更新|发放|资助|争取|签约|打造|培训|回收|组建|参加|参与|服务|共同)"
                  r"(?!机构|中心|基地|站|办|局)")


def flow_in(lead: str):
    """The flow verb of a list's lead, brackets of its earlier items aside ('民办学校1所
    (今年已停止招生)、特殊教育学校1所': the second item is not a count of 招生)."""
    return FLOW.search(_ASIDE.sub("", lead))


_COORD = re.compile(r"([\u4e00-\u9fff]{2,8})[、和及]([\u4e00-\u9fff]{2,8})")
_RATE = re.compile(r"(?:率|比例|占比|比重)$")
_SUBSET = re.compile(r"[那这]?(?:其中|里面|这里面|当中|只|光|单)")
_BOTH_RATES = re.compile(r"[^，,。；;]*?(?:率|比例|占比|比重)(?:达到|达|为|是)?\s*[\d.]+%")
_EACH = re.compile(r"各(?:有|为|是|建|新建)?\s*[\d一两二三四五六七八九十]|"   # '…各1所', and
                   r"(?:均|都)(?:为|是|达到?|保持在?)(?=\s*[\d一两二三四五六七八九十]|\s*$)")  # 'A、B均为100%'


def scope(plan: QueryPlan, texts: list[str], only: list[int] | None = None,
          quoted_names: bool = False) -> tuple[str, ...]:
    """'中考、高考…服务考生31416人' is about both: a question about one of them is not
    answered by it. The words coordinated with a matched word that the question does not
    name, if any (``only``: look at these terms alone; ``quoted_names``: the texts lead up
    to the figure's clause, where a quoted task or title is one name, not two subjects)."""
    terms = plan.terms if only is None else [plan.terms[i] for i in only]
    own = plan.question.split(FOLLOWUP_MARK)[0]     # '那其中上北大的有几个（接上一问：…北大清华）'
    terms = [t for t in terms if t.at < len(own)] if _SUBSET.match(own) else terms  # asks one
    # '学校' names no one of '高等学校、中等职业学校': a generic word picks no side
    words = [a for t in terms if t.word not in GENERIC_WORDS for a in t.alternatives
             if len(a) >= 2]
    if not words or TAKES_IN.search(plan.question) or BATCH.search(plan.question):
        return ()       # '…都算上', '一幼搬迁、老三中改造那一批工程': not the only ones asked
    schools_asked = any(t.word == "学校" and t.focus for t in plan.terms)
    for text in texts:
        if _EACH.search(text):          # '中等职业学校、…、特殊教育学校各1所': one each
            continue
        for m in _COORD.finditer(text):
            if re.search(r"\d\s*$", text[:m.start(1)]) and m.group(1)[0] not in "年月日号届期":
                continue    # ('…为30个教学班、办学人数1350人': a count of its own, no scope)
            if quoted_names and tx.inside_quote(text, m.end(1)) or \
                    _RATE.search(m.group(1)) and _BOTH_RATES.match(text, m.start(2)):
                continue    # ('…比例和…普惠率达到95%': each rate is 95%)
            left, right = tail(m.group(1)), _head(m.group(2))
            if named_ones(m, text, left, words):
                continue        # ('化垭曹庄小学、索池安塄小学' asked as 小学: named ones of it)
            other = other_side(m, left, right, words, schools_asked)
            if other and not _a_place(other):
                return (other,)
    return ()


_TAKEN = re.compile(r"([^，,。？?]{2,24}?)(?:都|也)(?:算上|算进去|算在内|包括在内|包括进去)")


def taken_in_part(plan: QueryPlan, own: str) -> str:
    """'把中职的专任教师也算上，全县专任教师一共多少' asks a whole with 中职 in it: a figure
    of the kind taken in ('中等职业教育专任教师183人') is a part. The kind, or ''."""
    m = _TAKEN.search(plan.question)
    own = re.sub(r"[(（][^()（）]*[)）]", "", own)      # ('学校(幼儿园):480所' takes it in)
    if not m or re.search(r"[、和及与]|含|包括", own):   # ('各级各类学校及幼儿园…所': the whole)
        return ""
    rest = plan.question[m.end():]
    kinds = [w for w in tx.words(m.group(1)) if len(w) >= 2 and w not in rest and (
        w in STAGES or w.endswith(("学校", "园", "小学", "中学")))]
    return next((w for t in plan.terms for w in kinds if w in t.alternatives
                 and any(tx.contains_term(own, a) for a in t.alternatives)), "") or \
        next((w for w in kinds if tx.contains_term(own, w)), "")


def _a_place(word: str) -> bool:
    """Places have checks of their own; a place is no coordinated subject."""
    found = gazetteer().find(word)
    return bool(found) and found[0].start == 0


def _head(text: str) -> str:      # '普通中小学' is 中小学 (a parent does not say 普通)
    ws = [w for w in tx.words(text) if w not in UNMARKED] or tx.words(text)
    return ws[0] if ws else text


# verbs a status question uses for the state itself; any other verb ('通过验收') is what
# it asks about and must be in the answer
STATE_VERBS = {"建", "建好", "建成", "建完", "盖", "盖好", "修", "修好", "完成", "完工", "开始",
               "用上", "投入使用", "投用", "开办", "开工", "动工", "启用", "签约", "签", "成立",
               "推进", "进行", "开展", "落实", "实施", "办", "弄", "搞", "做", "能用", "可以用",
               "使用", "用", "办成", "办好", "搞好", "弄好", "落实好"}
STATE_WORDS = re.compile(r"^(?:建好|建成|建完|盖好|完成|完工|开始|用上|能用|可以用|投入使用|开办|开工|动工|"
                         r"进展|进度|情况|程度|阶段|一步)")


def missing_nouns(plan: QueryPlan, near: str, around: str = "",
                  verbs: bool = False) -> tuple[str, ...]:
    """The question's nouns the documents know that neither ``near`` (the sentence an
    answer comes from) nor ``around`` (its section) contains: an answer about something
    else ('龙湖中学…签订施工合同了吗' next to '洞山中学二部…签订施工合同')."""
    near, around = tx.fold(near), tx.fold(around)
    out = []
    for t in plan.terms:
        if not t.focus or STATE_WORDS.match(t.word) or (is_verb_term(t) and not verbs) or \
                (not is_verb_term(t) and (not t.known or t.weight < GENERIC)) or \
                any(c.isdigit() for c in t.word) or t.word.startswith("第") or \
                gazetteer().forms.get(t.word):
            continue      # numbers, ordinals and places have their own checks
        if is_verb_term(t) and (any(a in STATE_VERBS for a in t.alternatives) or
                                not t.known and re.search(re.escape(t.word) + "的[\u4e00-\u9fff]", plan.question)):
            continue    # ('新建的芙蓉学校' no document says 新建: which school, not its state)
        if not any(tx.contains_term(near, a) or tx.contains_term(around, a)
                   for a in t.alternatives) and not said_as_money(t, near):
            out.append(t.word)
    return tuple(out)


MONEY_WORDS = {"钱", "资金", "经费", "款", "款项"}
_MONEY = re.compile(r"\d[\d.,]*\s*[万亿]?元")


def said_as_money(t, text: str) -> bool:
    """'钱' asked, '筹措940万元…' said: a sum in 元 names the money."""
    return t.word in MONEY_WORDS and bool(_MONEY.search(text))


_SHARE_OF = re.compile(r"([\u4e00-\u9fff]{2,})(?:占比|比例|比重)")
_COUNT_WORDS = {"人数", "数量", "数", "总数", "人次"}


def share_of_other(plan: QueryPlan, own: str) -> str:
    """A share is a share of something: '公办幼儿园在园幼儿占比56.13%' measures children,
    not kindergartens ('公办幼儿园数量占…的比例'). The measured word when no question word
    names it, or ''."""
    m = _SHARE_OF.search(own)
    if not m or any(re.search("率|比例|占比", a) and a in own[m.end():]         # ('…比例和
                    for t in plan.terms for a in t.alternatives):             # 普惠率达到95%')
        return ""
    measured = m.group(1).rsplit("占", 1)[0] if "占" in m.group(1)[1:] else m.group(1)  # A占B的
    if not (words := [w for w in tx.words(measured) if not tx.is_verb(w) and w not in stopwords()]):
        return ""
    head = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:人数|数量|总数|人次)$", "", words[-1])  # ('招生人数':
    head = words[-2] if head in _COUNT_WORDS and len(words) > 1 else head      # 招生)
    if head in tx.words(plan.question) or any(
            a == head or tx.words(a)[-1:] == [head] or len(a) >= 2 and head.endswith(a)
            for t in plan.terms for a in t.alternatives):       # ('教育经费' of 钱: 经费)
        return ""
    return head


_ALL_KINDS = {"各级各类", "各类", "各级", "所有", "全部", "现有", "共有", "拥有", "另有", "共辖", "下辖",
              "另辖", "所辖", "管辖", "公办民办", "城乡"}
ALL_KINDS = tuple(sorted(_ALL_KINDS, key=len, reverse=True))   # words that name every kind
UNMARKED = {"普通", "全日制", "在职", "在岗", "专任",  # '普通初中' is what a parent calls 初中,
            "总数", "总量", "总计", "合计", "总和", "总人数", "阶段"}  # 专任教师 what a parent calls
#                           老师: no narrower kind; '教职工总数' is all of them


_ENROLLED_AS = {"在校", "在读", "在园", "在籍", "在册"}


def _names_people_only(plan: QueryPlan) -> bool:
    """The question asks all of them and (with what it carries over) names only the people
    it counts ('一共有多少学生在上学'), no kind of school or stage."""
    things = [t for t in plan.terms if not is_verb_term(t)]
    return bool(things) and bool(_ALL_ASKED.search(plan.question)) and all(noun_unit(t.word) == "人" or t.word.rstrip("了过着") in ENROLLED
                                or _ENROLLED_AS & set(t.alternatives) for t in things)


_INCLUDED = re.compile(r"[(（](?:含|包括|包含|不含)[^()（）]*[)）]?")
_ALL_ASKED = re.compile(r"一共|总共|共有|总计|合计|全部|所有|加起来|总数|全[市县区旗州盟]")


def narrower_kind(plan: QueryPlan, own: str) -> str:
    """'一共有多少所幼儿园' asks all of them: a fact counting a kind of them the question does
    not name ('省、市示范幼儿园6所') counts a part. Returns the narrowing word, or ''.
    Without a counted noun ('完小有多少所'), the things the question names stand in."""
    things = [t for t in plan.terms if t.focus and t.known and not is_verb_term(t)]
    nouns = plan.counted or (tuple(a for a in things[0].alternatives if len(a) >= 2)
                             if len(things) == 1 and (plan.asked_unit or plan.carried_unit) == "所"
                             else ())   # ('那初中呢？' after '一共有几所小学')
    own = _INCLUDED.sub("", own)      # '公办园(含中心幼儿园…)': what it takes in narrows nothing
    for noun in nouns:
        at, last = own.find(noun), own.rfind(noun)     # '…学校及幼儿园中有民办学校…': the
        at = last if re.search(r"(?:中|里)(?:有|的)", own[at:last]) else at   # one among them
        among = _AMONG.match(own, at + len(noun)) if at >= 0 else None
        if among and among.group(1) not in stopwords() and \
                not any(t.names(among.group(1), own) for t in plan.terms):
            return among.group(1)       # '全市小学中民办学校3所' counts 民办学校 among them
        if at <= 0:
            continue
        if own[at - 1] in "、,，;；和及与":
            return ""                   # '…资源中心、特殊教育学校各1所': a list, no modifier
        words = tx.words(own[:at])
        if words and words[-1] in _ENROLLED_AS and _names_people_only(plan):
            words.pop()             # '一共有多少学生' is not '义务教育阶段在校学生889253人'
            words = words[:-1] if words and words[-1] in ("阶段", "段") else words
            if words and words[-1] == "学校":
                return ""           # '各级各类学校在校学生' are all of them
        named = [any(t.names(w, own[:at]) for t in plan.terms) for w in words[-2:-1]] + [
            any(words[-1] in t.alternatives for t in plan.terms)] if words else []
        if named == [False, True] and words[-1] not in _ENROLLED_AS and \
                words[-2] not in GENERIC_WORDS and not tx.is_verb(words[-2]):
            words.pop()             # '普惠性民办园101所' for '私立幼儿园': 普惠性 narrows
        word = words[-1] if words else ""
        if acted_by(words):
            return ""               # '各党组织设置宣传专栏238个': what they did, no kind
        if len(word) < 2 or not all(tx.is_cjk(c) for c in word) or word in _ALL_KINDS or \
                word in ("其中", "包括", "包含") or word in AREA_WORDS or word in UNMARKED or \
                word in stopwords() or gazetteer().forms.get(word) or \
                any(t.names(word, own[:at]) for t in plan.terms) or restated_scope(plan, word) \
                or astride(own[:at], word, plan.words) or people_stage(plan, word) or \
                _DESIGNED.fullmatch(word):  # ('规划24个教学班': a plan's, no kind of them; no 山镇
            return ""                                   # in '青山镇…'; '学前教育幼儿': all 幼儿)
        return word
    return ""


_DESIGNED = re.compile(r"规划|计划|设计|预计|拟")
_AMONG = re.compile(r"(?:中(?![心学专职考层期段小等级])|里|当中|之中)的?([\u4e00-\u9fff]{2,8}?)"
                    r"(?=\s|\d|[一二三四五六七八九十两]|共|有|为|达)")


FOREIGN_MARGIN = 0.1    # coverage without the verbs no document uses must clear this more


# a verb's complement of direction or result says nothing of what was done
_COMPLEMENTS = set("出进入上下来去到开起回过好完成给住掉")


def without_foreign_verbs(plan: QueryPlan, weights: list[float], got, min_coverage: float,
                           own: str) -> float:
    """Coverage with the question's verbs that no document uses left out ('关掉、合并了多少所'
    where the report says 撤并), when one of them shares a character with the fact's own
    words (合并 ~ 撤并; never 关掉 for 新建) and the rest of the question covers the fact
    by a margin; 0 otherwise."""
    foreign = [i for i, t in enumerate(plan.terms) if not t.known and is_verb_term(t)]
    chars = {c for i in foreign for c in plan.terms[i].word.rstrip("了过着") if tx.is_cjk(c)
             and c not in _COMPLEMENTS}       # '支出' shares nothing with '评出'
    if not foreign or len(foreign) == len(weights) or not any(c in own for c in chars):
        return 0.0
    keep = [0.0 if i in foreign else w for i, w in enumerate(weights)]
    got_keep = sum(w * c for w, (c, _) in zip(keep, got)) / (sum(keep) or 1.0)
    return got_keep if got_keep >= min_coverage + FOREIGN_MARGIN else 0.0


# among which, or within the place ('辖区内有学校66所'): no modifier
_SCOPE = re.compile(r"^在[^，,；;。]{1,12}?(?:之中|当中|中)|(?:辖区|境)内")
_TIME = re.compile(r"[年月日季]|以下|以上")    # '2023-2024学年(…)全市共有…学校': no kind


def lender_kind(plan: QueryPlan, lender: str) -> str:
    """'民办幼儿园31所,在园幼儿4722人': the 4722 are children of 民办 kindergartens. The
    modifier of the clause that lends the figure its things, when the question names none
    of its modifiers (a question about all children is not answered by a part), or ''."""
    words, thing = modifiers(_SCOPE.sub("", _ASIDE.sub("", lender)))  # '在各级各类学校中…'
    if (_names_people_only(plan) or of_schools(plan)) and any(s in thing for s in STAGES):
        return thing    # '有多少学生' is no '全市共有小学75所,…,在校生49797人'
    mods = [w for w in words if not _TIME.search(w) and w not in UNMARKED]
    unnamed = [w for w in mods if not any(w in a or a in w for a in plan.words)]
    if unnamed and any(w in plan.words for w in mods):  # '民办普惠性幼儿园172所,在园幼儿…'
        return unnamed[0]                               # for '私立幼儿园的': 普惠性
    if len(unnamed) < len(mods):
        return ""
    if any(whole in lender and mods[0] in whole and any(tx.contains_term(a, p) for p in parts
                                                        for a in plan.words)
           for whole, parts in general_parts().items() if mods):    # ('小学专任教师' too)
        return ""       # '小学的老师' of '义务教育阶段学校5所,…,专任教师257人(小学177人…)'
    return mods[0] if mods else ""


def modifiers(clause: str, split: bool = True) -> tuple[list[str], str]:
    """('城区小学4所' →) (['城区'], '小学'): the words qualifying what a clause counts, and
    the thing itself (``split``: a lexicon word such as '公办幼儿园' is a modifier and a
    thing too)."""
    from jiaoti.figures import counts_at

    figs = counts_at(clause)
    words = [p for w in tx.words(clause[:figs[0].start] if figs else clause)
             if tx.is_cjk(w[0]) and w not in ("其中", "含", "包括")
             for p in (_split_compound(w) if split else [w])]
    return [w for w in words[:-1] if len(w) >= 2 and w not in _ALL_KINDS and w not in
            stopwords() and w not in AREA_WORDS and not tx.is_verb(w)
            and not gazetteer().forms.get(w)], \
        (words[-1] if words else "")


def shared_kind(plan: QueryPlan, shared: str) -> str:
    """'其中,城区小学4所,初中3所': 初中3所 are 城区's — a question about all 初中 is not
    answered by it. The shared modifier when the question does not name it, or ''."""
    return "" if any(shared in a or a in shared for a in plan.words) else shared


def _split_compound(word: str) -> list[str]:
    """'公办幼儿园' (one word of the lexicon) → ['公办', '幼儿园']: a modifier and a head
    the tokenizer also knows; the word itself when it has no such split."""
    if len(word) < 4:
        return [word]
    for p in tx.tokenizer().cut_for_search(word):
        if 2 <= len(p) < len(word) - 1 and word.startswith(p) and \
                word[len(p):] in tx.tokenizer().cut_for_search(word):
            return [p, word[len(p):]]
    return [word]


_MEASURED = ("面积", "总面积", "人数", "总数", "数量")     # what of a thing an item measures


def coordinated(plan: QueryPlan, items: tuple[str, ...]) -> list:
    """'读小学初中的娃娃' or '小学和初中…' asked of '其中小学67424人、初中25564人' (``items``:
    the clause's 、-items, the figure's own first): the asked things that are whole other
    items, when another asked thing is the figure's own item — that figure is one part."""
    def names(item: str, t) -> bool:      # the item is that thing and nothing more
        return any(item == a or item.startswith(a) and item[len(a):] in _PUPILS + _MEASURED
                   for a in t.alternatives if len(a) >= 2)    # '小学生', '运动场面积'

    def together(t, u) -> bool:     # side by side in the question, or joined by 和/与/及/、
        a, b = re.escape(t.word), re.escape(u.word)
        return re.search(f"{a}[和与及、]?{b}|{b}[和与及、]?{a}", plan.question) is not None

    own, others = items[0], items[1:]
    asked = [t for t in plan.terms if t.focus and t.known and not is_verb_term(t)]
    mine = [t for t in asked if names(own, t)]
    # '九年制学校有几所' of '…、九年制学校3所、十二年制学校1所': 九年制学校 is another item's
    # whole name and nowhere in this one's
    alone = sum(1 for t in asked if any(tx.contains_term(o, a) for o in items
                                        for a in t.alternatives)) == 1   # one item asked
    return [t for t in asked if t not in mine and any(names(o, t) for o in others)
            and (any(together(t, u) for u in mine)
                 or alone and not any(tx.contains_term(own, a) for a in t.alternatives))]


_PUPILS = ("生", "学生", "在校生")
_JOINED = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:和|与|及|以及)([\u4e00-\u9fff]{2,12})")


def joint_with(plan: QueryPlan, own: str) -> str:
    """'普惠性幼儿园覆盖率(公办园和普惠性民办园在园幼儿占比)为71.4%': the aside defining a
    figure counts two kinds together; asked of one alone ('民办园在园幼儿占比'), the other
    kind the question does not name, or ''."""
    asked = [t for t in plan.terms if t.focus and t.known and not is_verb_term(t)]
    inside = " ".join(m.group(0) for m in re.finditer(r"[(（][^()（）]+[)）]", own))
    for m in _JOINED.finditer(inside):
        a, b = m.group(1), m.group(2)
        said = [t for t in asked if any(x in a or x in b for x in t.alternatives if len(x) >= 2)]
        for one, other in ((a, b), (b, a)):
            if any(x in one for t in said for x in t.alternatives if len(x) >= 2) and not any(
                    x in other for t in said for x in t.alternatives if len(x) >= 2):
                return other
    return ""


def part_for_whole(plan: QueryPlan, counts: str, whole: str = "") -> str:
    """'初中有多少教职工' is not '专任教师…初中1070人' when the documents say '教职工3093人,
    其中专任教师2802人', nor '几所小学' '小学230所(其中完全小学174所…)' 174 (``whole``:
    what the fact's bracket is a part of): the part a fact counts instead of the asked
    whole, or ''."""
    for t in plan.terms:
        if t.focus and t.parts and (not tx.contains_term(counts, t.word) or
                                    whole and tx.contains_term(whole, t.word)):
            part = next((p for p in t.parts if tx.contains_term(counts, p)
                         and not (plan.counted and p in plan.counted[0])
                         and not any(p in u.alternatives for u in plan.terms if u is not t)), "")
            if part:
                return part
    return ""


def other_noun(plan: QueryPlan, fact, chunk) -> bool:
    """'几所公办幼儿园' is not '360个学位的…公办幼儿园': a 个 with a noun right after it
    counts that noun, not schools."""
    after = chunk.text[fact.end - chunk.start:fact.end - chunk.start + 3]
    return plan.asked_unit in ("所", "家") and fact.unit == "个" and bool(after) and \
        tx.is_cjk(after[0]) and not re.match(r"学校|校|园|幼儿园|院|教学点|点|中心", after)
