"""Lists of things and their figures inside one sentence: which clause only names a thing
and its figure, which names nothing but what it counts, and which modifier a '其中' list
shares among its items. Read from the chunk's text alone, once per fact (assistant/sites.py)."""

from __future__ import annotations

import re

from jiaoti import text as tx
from jiaoti.figures import counts_at

DETAIL = re.compile(r"^\s*(?:其中|包括[:：])")     # '…,其中…', '教职工4303人,包括:中学1710人'
ASIDE = re.compile(r"[(（][^()（）]*[)）]")           # any closed bracket
INCLUDED = re.compile(r"[(（](?:主要)?(?:含|包括|包含)[^()（）]*[)）]")   # what a figure takes in
_COPULA = {"为", "是", "达", "达到", "有", "共有", "其中"}


def listed_with_breakdown(part: str, at: int) -> bool:
    """A clause naming a thing, its figure and its breakdown in brackets ('义务教育30所(初中
    21所,小学9所)'), the figure at ``at`` outside the brackets: listed as the bare item is."""
    if not any(s <= at < e for s, e in ((m.start(), m.end()) for m in ASIDE.finditer(part))):
        return listed_item(ASIDE.sub("", part))
    return False


def listed_pair(before: str, clause: str) -> bool:
    """Two items of one list, each naming its own thing — not a rate of the thing the one
    before counts ('本科上线2316人,上线率达68.5%': the rate of 本科上线)."""
    rate = _RATE_OF.search(clause)
    return listed_item(before) and listed_item(clause) and not (rate and rate.group(1) in before) \
        and not _measures_before(before, clause)


def _measures_before(before: str, clause: str) -> bool:
    """A bare sum or area after a count measures the things counted ('各类建设项目共48个,
    总投资金额5455.6万元'), unlike '小学18050人,在园幼儿8352人'."""
    figs, counts = counts_at(clause), counts_at(before)
    return bool(figs and counts) and bool(_MEASURE_ONLY.fullmatch(clause[:figs[0].start].strip())) \
        and (figs[0].unit.endswith("元") or "米" in figs[0].unit or figs[0].unit == "亩") \
        and counts[0].unit in _COUNTS


_MEASURE_ONLY = re.compile(r"(?:共|合计|累计)?(?:总|计划)?(?:投资|投入|金额|资金|造价|建筑面积|"
                           r"占地面积|占地|面积)+(?:共|达到|达|为|约|计|近|超过)?")
_COUNTS = {"个", "所", "项", "处", "栋", "座", "家", "批"}


_RATE_OF = re.compile(r"([\u4e00-\u9fff]{2})率")


def listed_item(part: str) -> bool:
    """A clause that only names a thing and its figure ('小学18050人', '九年义务教育巩固率
    为97.01%'): no verb beside the copulas, at most one figure ('(含村办)' says what it
    takes in, not what it does)."""
    part = _TAKES_IN.sub("", part)      # an aside without figures only
    figs = counts_at(part)
    if len(figs) != 1:
        return False
    words = [w for w in tx.words(part[:figs[0].start] + " " + part[figs[0].end:])
             if tx.is_cjk(w[0])]
    return bool(words) and "了" not in words and not any(
        tx.is_verb(w, nominal=False) or (len(w) >= 4 and tx.is_verb(w[:2], nominal=False)
                                         and not _INSTITUTION.search(w))   # '开放大学'
        for w in words if w not in _COPULA and not (len(w) == 2 and w[0] == "在"))   # 在校


_INSTITUTION = re.compile(r"(?:大学|学院)$")


def listed_aside(clause: str) -> bool:
    """A listed item naming schools, not people, whose bracket names some of them
    ('公办高级中学4195人(完中-一中1867人,高中-行知中学2328人)'): the bracket's items are
    items of the same list (not '幼儿园专任教师1235人(民办1064人)': its own people)."""
    from assistant.intent import noun_unit

    base = ASIDE.sub("", clause)
    return listed_item(base) and not any(noun_unit(w) == "人" for w in tx.words(base))


_TAKES_IN = re.compile(r"[(（](?:含|包括|包含)[^()（）\d]*[)）]")
_TIGHT = re.compile(r"(\d)\s+(?=[^\d\s,，;；。、])")


def bare(item: str, where: bool = False) -> bool:
    """An item that names nothing but what it counts ('增加学位1000个'); ``where``: a word
    saying where they are (在园, 在校) names nothing either ('在园幼儿4722人')."""
    from jiaoti.lexicon import stopwords

    item = _TIGHT.sub(r"\1", item)        # '在园幼儿17193 人': the unit is the figure's
    for f in sorted(counts_at(item), key=lambda f: -f.start):
        item = item[:f.start] + " " + item[f.end:]     # '6.7万人': 万人 is the figure's too
    words = [w for w in tx.words(item) if tx.is_cjk(w[0]) and not tx.is_verb(w)
             and w not in stopwords() and not counts_at(w)
             and not (where and len(w) == 2 and w[0] == "在")]
    return len(words) <= 1


def shared_first(text: str, clauses: list, ci: int) -> tuple[int, int] | None:
    """'其中,城区小学4所,初中3所,九年一贯制学校4所': in a '其中' list of things and their
    figures, the first item, whose modifier (城区) the later items share — for the item at
    ``ci`` when it comes later in the same ;-group; else None."""
    start = next((p for p in range(ci, -1, -1)
                  if DETAIL.match(text[clauses[p].start:clauses[p].end])), None)
    if start is None:
        return None
    first = start if counts_at(text[clauses[start].start:clauses[start].end]) else start + 1
    if first >= ci or re.search(r"[;；]", text[clauses[first].end:clauses[ci].start]):
        return None
    if not all(listed_item(text[clauses[j].start:clauses[j].end]) for j in range(first, ci + 1)):
        return None
    return clauses[first].start, clauses[first].end


def shared_modifier(first: str, own: str) -> str:
    """The modifier of a list's first item ('城区小学4所' → 城区) that a later item
    ('初中3所') shares: the first item names two words, a modifier and a thing, and the
    later one names neither it nor a modifier of its own of the same thing ('…城区小学4所,
    农村小学26所'); '' otherwise. A word the lexicon knows whole ('初级中学', '公办幼儿园')
    is one thing, not a modifier and a thing."""
    from assistant.guards import modifiers

    from assistant.intent import STAGES

    mods, head = modifiers(first, split=False)
    if len(mods) != 1 or len(_named(first)) != 2 or tx.contains_term(own, mods[0]):
        return ""
    own_mods, own_head = modifiers(own)
    if own_mods and own_head == head:
        return ""
    # '城区小学4所,初中3所': 初中 stands beside 小学 and shares 城区; '普高教师436人,中职104人':
    # 中职 stands beside 普高, a stage itself, and shares nothing
    # — a kind of school spanning stages ('九年制学校23所,小学4所') is no modifier a stage shares
    return mods[0] if mods[0] not in STAGES and not _SPANS.search(mods[0]) and _school(head) \
        and _school(own_head) else ""


_SPANS = re.compile(r"(?:年制|一贯制?|完全)$")


def _school(word: str) -> bool:
    from assistant.intent import STAGES

    return word in STAGES or word.endswith(("学校", "小学", "中学", "幼儿园"))


def _named(clause: str) -> list[str]:
    """The words a clause names before its figure, without 其中 and the like."""
    from jiaoti.lexicon import stopwords

    figs = counts_at(clause)
    return [w for w in tx.words(clause[:figs[0].start] if figs else clause)
            if tx.is_cjk(w[0]) and w not in ("其中", "含", "包括") and w not in stopwords()]


def list_prefix(first: str, own: str) -> str:
    """'其中专任教师幼儿园259人、小学901人、中职学校108人': the words the first 、-item names
    before its thing (专任教师), which the later items, each naming a school or a stage
    and nothing else, count too; '' otherwise."""
    def named(item: str) -> list[str]:
        figs = counts_at(item)
        return [w for w in tx.words(DETAIL.sub("", item[:figs[0].start] if figs else item))
                if tx.is_cjk(w[0]) and w not in ("其中", "含", "包括", "分别")]

    head = named(first)
    if not _a_school("".join(named(own))) or any(tx.is_verb(w) for w in head):
        return ""
    for k in range(len(head) - 1, 0, -1):          # the shortest thing at the end
        if _a_school("".join(head[k:])) and not _NUMERAL_END.search(head[k - 1]):
            prefix = "".join(head[:k])
            return prefix if len(prefix) >= 2 and not _a_school(prefix) else ""
    return ""


# '九年一贯制学校': a word ending in a numeral and its measure opens the name after it
_NUMERAL_END = re.compile(r"[\d一二三四五六七八九十两]+[年级期届]?$")


def _a_school(name: str) -> bool:
    """One school or stage named whole ('小学', '中职学校', '职业技术学院'), not '学校'."""
    from assistant.intent import STAGES

    return name in STAGES or len(name) >= 3 and (_school(name) or name.endswith("学院"))


_STAGE_SCOPE = re.compile(r"^(?:全[县市区旗])?((?:义务教育|学前教育|基础教育|职业教育|高中|初中|小学|"
                          r"中职)(?:阶段|段))")
# a sentence (or ;-piece) opening with schools or a stage and a measure of theirs:
# '中小学占地总面积…平方米,…,图书2999105册', '小学教学班8256个,平均班额42.3人'
_OPENER_SCOPE = re.compile(r"^(?:全[县市区旗])?(中小学校?|义务教育学校|(?:普通)?(?:小学|初中|高中)|幼儿)"
                           r"(?=[\u4e00-\u9fff]{2,8}\s*\d)")


_RATIO_WORD = re.compile(r"[\u4e00-\u9fff]{2}比(?![上去前同增减较])")


def ratio_name(before: str, item: str) -> str:
    """'生机比初中达4.83:1,小学达6.85:1': the ratio a later row of a sentence gives, named
    before its first row only (生机比); ``before``: the sentence up to the row. Or ''."""
    names = _RATIO_WORD.findall(re.split(r"[。；;!?！？]", before)[-1])
    return names[-1] if names and "比" not in item else ""


def scope_before(text: str, clause: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """The stage the clauses right before ``clause`` name as their scope ('义务教育段教职工
    1293人,专任教师1033人' → 义务教育段 for 1033; over a run of items naming a thing and its
    figure: '中小学占地总面积…,总建筑面积…,图书2999105册' → 中小学 for 2999105), or ''."""
    from assistant.intent import STAGES

    (c0, c1), start = clause, clause[0]
    for a, b in sorted(((a, b) for a, b in others if b <= c0), reverse=True):
        if text[b:start].strip(" ,，"):
            return ""
        opens = not text[:a].rstrip(" ,，:：")[-1:].strip("。；;!?！？\n") or \
            bool(DETAIL.match(text[a:b]))           # (the sentence's or ;-piece's first)
        got = stage_scope(text[a:b], text[c0:c1], opens)
        if got or not listed_item(text[a:b]) or any(s in text[a:b] for s in STAGES):
            return got
        start = a
    return ""


def stage_scope(before: str, own: str, opens: bool = False) -> str:
    """'义务教育段教职工1293人,专任教师1033人': the stage the clause just before names as
    its scope (义务教育段), which the next clause shares when it names no stage of its
    own; '' otherwise ('…,其中:初中5787人': 初中 is its own). So is an owner's scope
    ('区属中小学…,中小学专任教师…') when the next clause repeats the schools it owns, and
    (``opens``: ``before`` opens its sentence) the schools or stage it opens with."""
    from assistant.intent import STAGES

    before = DETAIL.sub("", before).strip()
    owned = _OWNED.match(before)      # '区属中小学教职工3211人,中小学专任教师2994人': 区属's
    if owned and own.strip().startswith(owned.group(2)):
        return owned.group(1)
    m = _STAGE_SCOPE.match(before) or (_OPENER_SCOPE.match(before) if opens else None)
    if m is None or "段" in own or any(s in own for s in STAGES):
        return ""
    return m.group(1)


_OWNED = re.compile(r"^(?:全[县市区旗])?([县市区旗][属直])((?:中小学|幼儿园|学校|中学|小学)+)")


def exceeds(whole_figures, item: str) -> bool:
    """Is an item's figure larger than every figure of its would-be whole in the same unit
    ('招生共计909人,其中本县招生623人,…,高中阶段共招生2305人'): then it is no part of it."""
    for f in counts_at(item):
        alike = [w for w in whole_figures if w.unit == f.unit and w.unit != "%"]
        if alike and all(f.value > w.value for w in alike):
            return True
    return False
