"""The school a sentence opens on ('三峡高中上特殊线497人,特殊线率69.51%,…;上本科线703人,
本科线率98.32%'): what its later clauses count, up to a clause that opens on a whole ('全区…')
or on another school. Not a kind of school ('普通高中…', '公办小学…', '各学校…') nor one of
several ('甲中学、乙中学…')."""

from __future__ import annotations

import re

from jiaoti import text as tx
from jiaoti.wordclass import is_name, is_qualifier

_NAME = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:高级中学|高中|中学|小学|附中|附小|幼儿园|学校)|"
                   r"[\u4e00-\u9fff]{1,4}[一二三四五六七八九][中小])"
                   r"(?:[\u4e00-\u9fff]{0,2}?校区|分校|分园)?")    # ('…中学新校区', '…天湖校区')
_KIND = re.compile(r"^(?:公办|民办|城区|城市|农村|乡村|乡镇|城镇|县直|市直|区直|普通|重点|示范|完全|"
                   r"寄宿制|义务教育|各级各类|中心|全[区县市省国]|各|所有|部分|多所|一批|新建|该|本|这|那|"
                   r"其中|全部|中小学|中等|职业|特殊教育|民族|在|对|从|把|按|由|给)|中小学$|^.?[小中]学$")
_OTHER_OWNER = re.compile(r"(?:^|[,，;；])\s*(?:全[区县市省国镇乡]|[\u4e00-\u9fff]{2,4}"
                          r"(?:高中|中学|小学|幼儿园|学校)|[\u4e00-\u9fff]{1,4}[一二三四五六七八九][中小])")
# a school built: '迁建玉林师院附中新校区,…' opens on the school ('新建三所小学' on none)
_BUILT = re.compile(r"^(?:新建|迁建|改扩建|扩建|改建|续建)(?=[\u4e00-\u9fff]{2})")
_COUNTED = re.compile(r"^(?:以上|上述|前述|这|那)?[\d一二两三四五六七八九十几多]+[所个座]")
_YEAR_LEAD = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年(?:度)?|今年|去年|前年)\s*[,，]?")


# a sentence opening on the project or school the sentence before named ('东湖中学新校区位于…。
# 该项目总投资1.6亿元,…')
_REFERS = re.compile(r"\s*(?:(?:该|此|这个|这所|本)(?:项目|工程|学校|校区|校|幼儿园|园)|"
                     r"项目(?=已|于|目前|现|将|计划|预计|正在|总投资)|"
                     r"(?=(?:规划|设计)?(?:校园|占地|建筑)面积|(?:规划|设计)?办学规模|总投资))")  # (its own)
_TOPIC_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}[:：]")      # '市直:东湖中学新校区。'


def _sentence_start(text: str, at: int) -> int:
    return tx.sentence_start(text, at)


def sentence_up_to(text: str, clause: tuple[int, int]) -> str:
    """The sentence (to the last 。) holding ``clause`` of ``text``, up to the clause's end —
    from its last ;-piece or 其中 on when that opens on a school ('…,其中金港小学位于…,总投资
    2718万元…;秀石路小学位于…,总投资4130万元'); one opening on '该项目', '该校'… opens
    instead on the school the sentence before opens on."""
    start = _sentence_start(text, clause[0])
    for m in reversed(list(_PIECE.finditer(text, start, clause[0]))):
        if owner_of(text[m.end():clause[1]]):
            return text[m.end():clause[1]]
    name = _referred(text, start)
    return name + text[_REFERS.match(text, start).end():clause[1]] if name else text[start:clause[1]]


_PIECE = re.compile(r"[;；]\s*|(?<=[,，:：])\s*其中[,，:：]?\s*")


def name_start(text: str, clause: tuple[int, int], name: str) -> int:
    """Where ``name``, the school the sentence holding ``clause`` opens on, stands in
    ``text``: in that sentence, or in the one before when the sentence refers to it."""
    start = _sentence_start(text, clause[0])
    at = text.find(name, start, clause[1])
    return at if at >= 0 else text.find(name, _sentence_start(text, start - 1), start)


def _referred(text: str, start: int, depth: int = 2) -> str:
    """The school the sentence before opens on (or refers to in turn), when the sentence at
    ``start`` refers to it ('该项目…', '项目已于…开工'), or ''."""
    if start == 0 or not _REFERS.match(text, start):
        return ""
    before = _sentence_start(text, start - 1)
    for m in reversed(list(_PIECE.finditer(text, before, start))):   # ('…;古定小学天湖校区
        name = owner_of(text[m.end():start])                          # 位于…。规划校园面积…')
        if name:
            return name
    return owner_of(_TOPIC_LABEL.sub("", text[before:start])) or (
        _referred(text, before, depth - 1) if depth else "")


def referent(text: str, at: int) -> str:
    """The school the sentence holding offset ``at`` of ``text`` refers to by '该项目', or ''."""
    return _referred(text, _sentence_start(text, at))


def owner_of(opening: str) -> str:
    """The school ``opening`` (a sentence up to a fact) opens on and still speaks of, or ''."""
    lead = _BUILT.sub("", _YEAR_LEAD.sub("", opening).lstrip())
    m = _NAME.match(lead)
    if m is None or _KIND.search(m.group(0)) or _COUNTED.match(m.group(0)):
        return ""
    rest = lead[m.end():]
    return "" if re.match(r"[、和与及等]", rest) or _OTHER_OWNER.search(rest) else m.group(0)


def swap_school(a: str, b: str) -> str:
    """``a`` opening on a school ('古定小学天湖校区的校园') with ``b``, another school named in
    full ('金港小学'), in its place ('金港小学的校园'), or ''."""
    m = _NAME.match(a)
    if not _NAME.fullmatch(b) or _KIND.search(b) or m is None or _KIND.search(m.group(0)) \
            or m.group(0) == b:
        return ""
    return b + a[m.end():]


def opens_on(opening: str, alternatives, question: str) -> bool:
    """Does the sentence open on the school one of ``alternatives`` names, or that the
    question names with it ('三峡高中历史类…' read 三峡|高中|历史类)?"""
    from jiaoti.places import gazetteer

    name = owner_of(opening)
    return len(name) >= 3 and (name in alternatives or name in question and any(
        len(a) >= 2 and a in name for a in alternatives) or any(   # ('师院附中新校区' of
        len(a) >= 3 and name.endswith(a) and name[:-len(a)] in gazetteer().forms  # '玉林师院…')
        for a in alternatives))


_SUFFIX = re.compile(r"(?:高级中学|高中|中学|小学|附中|附小|幼儿园|学校|[一二三四五六七八九][中小])$")
_ADDRESS = ("路", "街", "巷", "村", "镇", "乡")


def proper_owner(opening: str) -> str:
    """The school ``opening`` opens on when its name is a proper name ('三峡高中', '城北
    幼儿园', '县春晖路小学'), not words that say which schools ('通州区小学', '全旗小学',
    '中职学校', '目前学校'), or ''."""
    from jiaoti.places import gazetteer

    name = owner_of(opening)
    words = [w for w in tx.words(_SUFFIX.sub("", name)) if w.strip()]
    words = words[1:] if words[:1] in (["县"], ["市"], ["区"]) else words
    if not words or any(tx.is_verb(w) or tx.is_adverbial(w) or is_qualifier(w) or
                        re.fullmatch(r"[\d一二三四五六七八九十两]+是?|第.*", w) for w in words) \
            or re.match(r"阶段|教育|学段|部|段|生", opening[opening.find(name) + len(name):]):
        return ""
    last = words[-1]
    named = is_name(last) or last.endswith(_ADDRESS)
    return name if named and last not in gazetteer().forms else ""


def place_of_name(asked, word: str, own: str) -> bool:
    """A place word right before a school the question names (``asked``: its words; '昆明'
    of '昆明行知中学' for 行知中学) is part of the school's name, not a part of what it counts."""
    from jiaoti.places import gazetteer

    at = own.find(word) + len(word)
    return word in gazetteer().forms and any(len(a) >= 3 and own.startswith(a, at)
                                             for a in asked)


_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}\s*[-－—]+\s*(?=[\u4e00-\u9fff])")


def unlabelled(asked, own: str) -> str:
    """``own`` without a label before the school the question names ('高中-昆明行知中学
    2328人' for 行知中学: 高中 says what kind of school it is, not which part it counts)."""
    label = _LABEL.search(own)
    if label and any(len(a) >= 3 and a in own[label.end():] for a in asked):
        return own[label.end():]
    return own


# a clause pointing back at a school ('…广阳路小学,这个学校共设置了36个班级')
_POINTER = re.compile(r"(?:这个|这所|该|本)(?:学校|校)")


def pointed_elsewhere(plan, text: str, at: int) -> bool:
    """Does the sentence point back at a school ('这个学校…') before offset ``at``, with no
    school named after the pointer, while the question names another school than the last one
    named before the pointer?"""
    start = tx.sentence_start(text, at)
    pointers = list(_POINTER.finditer(text, start, at))
    if not pointers:
        return False
    p = pointers[-1].start()
    named = [m for m in _NAME.finditer(text, start, at) if not _POINTER.search(m.group(0))]
    if any(m.start() >= p for m in named) or not named:
        return False
    asked = [t for t in plan.terms if t.focus and len(t.word) >= 4 and _SUFFIX.search(t.word)]
    return bool(asked) and not any(a in named[-1].group(0) or named[-1].group(0).endswith(a)
                                   for t in asked for a in t.alternatives)
