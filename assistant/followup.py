"""Rule-based rewriting of elliptical follow-ups ("改扩建的呢？", "那银牌呢？", "2024年呢？")
into standalone questions, using the previous questions of the conversation."""

from __future__ import annotations

import re

from assistant.intent import STAGES, STATUS, noun_unit     # they stand in for each other ('读小学的…' → '那念高中的呢？')
from assistant.preamble import preamble_end
from assistant.sides import at_time
from jiaoti import text as tx

FOLLOWUP_MARK = "（接上一问："

_LEAD = re.compile(r"^(?:那么|那|还有|另外|而|再问一下|请问|那请问)[,，\s]*")
_TAIL = re.compile(r"(?:的情况|的数据|的|那块|那一块|这块|方面|那边)?(?:呢|吗|嘞|咧)?\s*[?？。!！]*\s*$")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?|去年|今年|明年|前年|现在|如今|目前")
_SAME_YEAR = re.compile(r"(?:[那这同]一?|当)年(?![级度])|同年")
MAX_CORE = 12
_TIME_ONLY = re.compile(r"^(?:那么?|那)?[，,\s]*(上一年|上年|前一年|去年|前年|(?:19|20)\d{2}年)的?"
                        r"(?:呢|是多少|有多少|多少|情况呢)?\s*[?？。]*\s*$")


def core_of(question: str) -> str | None:
    """The new part of an elliptical follow-up, or None if the question stands alone."""
    q = question.strip()
    elliptical = bool(re.search(r"呢\s*[?？]*\s*$", q)) or bool(_LEAD.match(q))
    core = _TAIL.sub("", _LEAD.sub("", q)).strip()
    if not elliptical or not core or len(core) > MAX_CORE:
        return None
    return core


_AMONG = re.compile(r"^(?:其中|里面|当中|这里面|这当中|这其中)[，,:：]?")
ASKING = re.compile(r"(?:加起来|合起来|加在一起|合计|总计)?(?:一共|总共|共|现在|目前)?(?:有|是)?"
                    r"(?:几|多少)[所个人名位项次家种]?")


def within(earlier: str, question: str) -> str:
    """'其中民办几所' or '里面民办的有几所' after '…九年一贯制学校有几所' asks within that
    thing: '…九年一贯制学校里民办几所'; '' when the question does not open so."""
    among = _AMONG.match(question.strip())
    if not among or FOLLOWUP_MARK in earlier:
        return ""
    earlier = re.sub(r"[?？。!！\s]+$", "", earlier)
    thing = ASKING.sub("", earlier).strip(" ?？，,")
    rest = question.strip()[among.end():]
    asking = ASKING.search(earlier)
    if asking and not re.search(r"几|多少", rest):    # '其中民办的呢' asks as the last did
        rest = _TAIL.sub("", rest) + asking.group(0) + "？"
    if not thing:
        return ""
    return _part_for_head(thing, rest) or f"{thing}里{rest}"


def _part_for_head(thing: str, rest: str) -> str:
    """'其中专任教师有多少' after '区属中小学教职工有多少人': the part takes its whole's place
    ('区属中小学专任教师有多少'), which the documents write so; '' when ``thing`` ends in no
    whole of general Chinese whose part ``rest`` names."""
    from jiaoti.lexicon import general_parts

    named = re.split(r"有|是|几|多少", rest)[0]     # '真正上课的专任老师' names 老师 too
    for whole, parts in general_parts().items():
        if thing.endswith(whole) and len(thing) > len(whole):
            part = next((p for p in sorted(parts, key=len, reverse=True) if p in named), None)
            if part:
                return thing[:-len(whole)] + rest
    return ""


_COPULA = re.compile(r"^(?:那么?|那)?[，,\s]*(?:都|又|分别)?是(?:哪|谁|什么|啥)")   # no subject
_NO_SUBJECT = re.compile(r"^(?:那么?|那)?[，,\s]*(?:占|比(?!例|较|如|方))")


# '这些学校一共有多少学生' after '…成建制小学有多少所', '这个比例比上年增长了多少' after
# '…的比例是多少': those are the last question's thing
_THESE = re.compile(r"^(?:那么?|那)?[，,\s]*(?:(?:这些|那些|这几所|那几所|这批|那批)"
                    r"(?:学校|幼儿园|园所|园|校|项目|工程)|它们|他们|她们|(?:这个|这一|那个|该)(?:比例|比率|"
                    r"占比|数字|数据|数量|人数|金额|指标|数))(?=[^、和]*$)")


# '具体是哪几所学校？' after '…计划建成几所…实验学校': the names of the last one's things
_NAMES = re.compile(r"^(?:那么?|那)?[，,\s]*((?:具体|分别|都|各)(?:是|有|叫)?哪(?:几|些))")


def _subject_of(earlier: str, question: str) -> str:
    """'占全县在园幼儿的比例是多少' or '比初中多几所' after '…公办园在园幼儿有多少人' says
    nothing of what it is about, and '这些学校…' points back to it: the earlier question's
    thing is its subject."""
    q = question.strip()
    m, these, names = _NO_SUBJECT.match(q), _THESE.match(q), _NAMES.match(q)
    if not (m or these or names) or FOLLOWUP_MARK in earlier:
        return ""
    thing = ASKING.sub("", re.sub(r"[?？。!！\s]+$", "", earlier)).strip(" ?？，,")
    rest = q[these.end():] if these else q[names.start(1):] if names else q[m.end() - 1:]
    return f"{thing}{rest}" if thing else ""


def new_words(core: str, prev: str) -> str:
    """The words of a follow-up's core the previous question does not say ('初中的学生呢'
    after '…小学的学生' names 初中 anew, not 学生)."""
    return "".join(w for w in tx.words(core) if len(w) < 2 or w not in prev)


def standalone(question: str, history: list[str] | None, stages: bool = True) -> str:
    """``question`` rewritten to stand alone, given the earlier questions (oldest first);
    ``stages``: '那初中呢' may swap the last question's stage without a '的'."""
    history = [h for h in (history or []) if h and h.strip()]
    if not history:
        return question
    prev = standalone(history[-1], history[:-1], stages)
    same, said = _SAME_YEAR.search(question), _YEAR.search(prev)
    if same and said:           # '那同一年…' after '2019年…': that year, said
        question = question[:same.start()] + said.group(0) + question[same.end():]
    when = _TIME_ONLY.match(question)   # '上一年是多少？' after '2022年…总收入多少': 2021年's
    moved = at_time(re.sub(r"[?？。!！\s]+$", "", prev), when.group(1)) if when else ""
    if moved:
        return moved + "？"
    among = within(prev, question) or _subject_of(prev, question)
    if among:
        return among
    if _COPULA.match(question):       # '是哪个学校的学生？' after '…有人考上北大没有？'
        return f"{question.strip().rstrip('?？')}{FOLLOWUP_MARK}{re.sub(r'[?？。!！]+$', '', prev)}）？"
    core = core_of(question)
    if core is None:
        return question
    if STATUS.search(question) and not STATUS.search(core):
        core += "吗"          # '那钱都发到位了吗？' asks a state: it keeps its 吗
    prev_body = re.sub(r"[?？。!！\s]+$", "", prev)
    year = _YEAR.search(core)     # (not '那现在实际开了几个班', a question of its own then)
    year = None if year and year.group(0) in ("现在", "如今", "目前") and re.search(
        r"几|多少", core) else year
    if year:                      # "那2024年的比赛呢" moves the previous question in time
        replaced, n = _YEAR.subn(year.group(0), prev_body, count=1)
        prev_body = replaced if n else year.group(0) + prev_body
        core = _TAIL.sub("", (core[:year.start()] + core[year.end():]).strip(" 的"))
        if not core:
            return prev_body + "？"
    # '民办的呢？' names a kind of the last thing: a modifier of it may stand in (in a last
    # question itself left unresolved, only one its own new part names)
    placed = _swap_place(prev_body, core)
    if placed:
        return placed + "？"
    kind_of = re.search(r"的[呢吗]?[？?。\s]*$", question)
    swapped = _swap_sibling(prev_body, core, kind_of, stages or bool(kind_of)) or \
        _swap_named(prev_body, core)
    if swapped:
        return swapped + "？"
    return f"{core}{FOLLOWUP_MARK}{prev_body}）？"


_QUOTED = re.compile(r"[“\"]([^”\"]{1,20})[”\"]")


def _swap_sibling(prev: str, core: str, kind_of: bool = False, stages: bool = True
                  ) -> str | None:
    """Replace the word of ``prev`` that ``core`` stands in for: the one sharing its last
    character ('新建'↔'改扩建', '金牌'↔'银牌', '青少年竞技组'↔'社会组', '一等奖'↔'二等奖'),
    or the last quoted term ('“8”' → '“5”')."""
    q_core, q_prev = _QUOTED.findall(core), list(_QUOTED.finditer(prev))
    if q_core and q_prev:
        last = q_prev[-1]
        return prev[:last.start(1)] + q_core[-1] + prev[last.end(1):]
    core_words = [p for w in tx.words(core) if len(w) >= 2 for p in _halves(w, prev)] or [core]
    # '初中的学生呢' after '…小学的学生'; '那初中老师呢' after '…小学有多少专任教师' (老师
    # said there as 教师, one word of its group, inside 专任教师)
    shared = [w for w in core_words if w in prev or _said_as(w, prev)]
    if shared and len(core_words) - len(shared) == 1:
        core_words, kind_of = [w for w in core_words if w not in shared], True
    if len(core_words) > 1:
        return None           # several new words: not one sibling standing in for another
    # for '…的呢', a compound's modifier stands in too: '民办的呢' after '在公办幼儿园上学
    # 的…' (公办 of the lexicon's one word 公办幼儿园)
    own_part = prev.split(FOLLOWUP_MARK)[0]
    own_part = own_part[preamble_end(own_part):]    # (not the asker's '娃明年要上初中了，')
    prev_words = [p for w in tx.words(prev) for p in (w, *(_modifier_of(w) if kind_of or stages
                                                           and core_words[-1] in STAGES else ()))]
    for cw in reversed(core_words):
        for pw in prev_words:
            if pw != cw and len(pw) >= 2 and (pw[-1] == cw[-1] or (stages or kind_of) and {pw, cw} <= STAGES
                                              or tx.school_forms(pw) and tx.school_forms(cw)) \
                    and pw not in cw and cw not in pw and pw in tx.fold(own_part):   # (四中 → 二高)
                # every mention: '娃明年上初中了，…几所初中' → '…上高中了，…几所高中'
                folded, out, at = tx.fold(prev), [], 0
                for m in re.finditer(re.escape(pw), folded):
                    out += [prev[at:m.start()], cw]
                    at = m.end()
                return _named_whole("".join(out) + prev[at:], cw, shared)
    return None


def _swap_named(prev: str, core: str) -> str | None:
    """'那开封小学二校区呢' after '白龙小学二校区投资了多少钱': a name ending as one the last
    question names, with another name of up to four characters before that ending, stands
    in for it ('开封小学二校区投资了多少钱')."""
    own = prev.split(FOLLOWUP_MARK)[0]
    if re.search(r"几|多少|哪|什么|[的了是有在]", core):
        return None
    for k in range(len(core) - 1, 2, -1):       # the longest ending both say (3 or more)
        tail, head = core[-k:], core[:-k]
        at = own.find(tail)
        if at < 0 or not 1 <= len(head) <= 4 or at < len(head):
            continue
        other = own[at - len(head):at]
        if other != head and all(tx.is_cjk(c) for c in other) and not re.search(r"[的了是有在和与]", other):
            return prev[:at - len(head)] + core + prev[at + k:]
        return None
    return _swap_school(prev, own, core)


_SCHOOL_SAID = re.compile(r"([\u4e00-\u9fff]{2,4}?)(小学|中学|高中|学校)$")


def _swap_school(prev: str, own: str, core: str) -> str | None:
    """'那秀石路小学呢' after '金港小学总投资多少': a school named by its own name and its kind
    stands in for the one of that kind the last question names ('秀石路小学总投资多少')."""
    mine = _SCHOOL_SAID.fullmatch(core)
    if mine is None:
        return None
    theirs = [m for m in re.finditer(rf"([^\W\d的了是有在和与那这年月日全县市区省多少几所个各]{{2,4}}){mine.group(2)}", own)
              if m.group(1) != mine.group(1)]
    if len(theirs) != 1:
        return None
    return prev[:theirs[0].start()] + core + prev[theirs[0].end():]


_ASKS_ONLY = re.compile(r"^的?(?:一共|总共|共)?(?:有|是)?(?:几|多少)?[个所名人位项]?$")
_AREA = re.compile(r"全(?:市|县|区|省|旗|州|盟)|[市县区]里")
_OURS = re.compile(r"^(?:咱们|咱|我们|俺们|俺|我)(?=[\u4e00-\u9fff]{2})")


def _swap_place(prev: str, core: str) -> str | None:
    """'那洞口县有几个？' after '…全市670分以上有多少人': a place said alone stands in for
    the last question's place or area ('全市')."""
    from jiaoti.places import gazetteer

    def city(m) -> bool:         # '安阳', '鹤壁': a city said without its 市
        return m.full or any(p.level == "city" for p in m.places)
    core = _OURS.sub("", core)      # '那咱鹤壁呢'
    found = [m for m in gazetteer().find(core) if city(m)]
    if len(found) != 1 or not _ASKS_ONLY.match(core[:found[0].start] + core[found[0].end:]):
        return None
    place = core[found[0].start:found[0].end]
    spots = [(m.start, m.end) for m in gazetteer().find(prev) if city(m)] + \
        [(m.start(), m.end()) for m in _AREA.finditer(prev)]
    if place in prev or not spots:
        return None
    a, b = min(spots)
    return prev[:a] + place + prev[b:]


def _halves(word: str, prev: str) -> list[str]:
    """'小学老师' (one word to the tokenizer) after '幼儿园老师有多少个': its two known halves,
    when the last question says the second; else the word."""
    parts = set(tx.tokenizer().cut_for_search(word)) if len(word) >= 4 and word not in prev \
        else ()
    for k in range(2, len(word) - 1):
        head, rest = word[:k], word[k:]
        if head in parts and rest in parts and (rest in prev or _said_as(rest, prev)):
            return [head, rest]
    return [word]


def _named_whole(swapped: str, word: str, heads: list[str]) -> str:
    """'那民办幼儿教师呢' after '…公办编制幼儿教师有多少人' names its thing whole: the
    modifiers the last one had between its swapped word and the thing go ('…民办幼儿教师…')."""
    for head in (h for h in heads if not re.search(r"多少|几|是|有", h) and not tx.is_verb(h)):
        swapped = re.sub(re.escape(word) + r"([\u4e00-\u9fff]{1,4}?)" + re.escape(head),
                         lambda m: m.group(0) if re.search(r"[的有是几多少和与及]", m.group(1))
                         else word + head, swapped)
    return swapped


def _said_as(word: str, prev: str) -> bool:
    """Does ``prev`` say ``word`` by another word of its synonym group?"""
    from jiaoti.lexicon import general_groups

    return any(len(a) >= 2 and a != word and a in prev
               for g in general_groups() if word in g for a in g)


def _modifier_of(word: str) -> tuple[str, ...]:
    """The two-character modifier a compound of the lexicon opens with, when the tokenizer
    knows both it and the rest ('公办幼儿园' → ('公办',)); else ()."""
    if len(word) < 4:
        return ()
    parts = set(tx.tokenizer().cut_for_search(word))
    head = word[:2]
    return (head,) if head in parts and word[2:] in parts else ()


def of_schools(rest: str, first: str) -> str:
    """'特殊教育学校有几所？在校学生多少人？', '中职学校今年招生多少人？在校生又有多少？':
    people asked after a question about a kind of school, naming no school of their own,
    are that kind's ('特殊教育学校的在校学生多少人'); '' otherwise."""
    from jiaoti.places import gazetteer

    kind = ""
    for m in (p.search(first) for p in _SCHOOLS_ASKED):     # '…有几所', '几所…', '中职学校…'
        named = m.group(1) if m else ""
        for place in reversed(gazetteer().find(named)):     # '乳山普通高中' → 普通高中
            named = named[:place.start] + named[place.end:]
        kind = kind or (named if _school_word(named) else "")
    rest = re.sub(r"^在(?:这)?里(?:面|头)?", f"在{kind}", rest)
    words = tx.words(rest)
    if rest.startswith(f"在{kind}"):        # '在里面读书的孩子': 在特殊教育学校读书的孩子
        return rest if kind else ""
    if not kind or re.match(r"^[\u4e00-\u9fff]{1,6}的", rest) or any(   # ('城区的…': a part
            _school_word(w) for w in words) or not (
            any(noun_unit(w) == "人" for w in words) or re.search(r"多少人|几个人", rest)):
        return ""
    return f"{kind}{'的' if words and noun_unit(words[0]) == '人' else ''}{rest}"


_SCHOOLS_ASKED = (re.compile(r"([\u4e00-\u9fff]{2,14}?)(?:一共|总共|共|现在|目前)?有(?:几|多少)所"),
                  re.compile(r"(?:几|多少)所([\u4e00-\u9fff]{2,14})"),
                  re.compile(r"^([\u4e00-\u9fff]{0,8}(?:学校|小学|中学|幼儿园|高中|初中|中职|职高))"))


def _school_word(word: str) -> bool:
    return word in STAGES or word.endswith(("学校", "小学", "中学", "幼儿园", "园", "校"))
