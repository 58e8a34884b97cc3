"""Does a fact count what was made, given or done in the year (a flow), rather than what
there is (a stock)? A question asking what there is ('有几所中小学') is not answered by a
flow ('新建中小学17所'), but a flow verb inside the name asked ('成人技术培训学校434所')
or after a figure that is every one of a place's ('对全县31所中小学开展…') says no flow of
that figure."""

from __future__ import annotations

import re

from assistant.guards import FLOW, flow_in
from assistant.listing import ASIDE
from assistant.sites import acts
from jiaoti import text as tx

_ALL_OF = re.compile(r"[对向给]\s*全[县市区旗州盟]")
_CEASED = re.compile(r"(?:停止|暂停|不再|未|没有?)$")    # '民办学校1所(今年已停止招生)'
# '另有二级事业单位:教研室、…、学生资助管理中心等': after the colon, the names the figure
# counts — a verb inside a name (资助) is no flow of theirs
_NAMES_LISTED = re.compile(r"[:：][^:：,，;；。\s]*、[^:：,，;；。]*?(?:等|$)")


def flow_of(plan, own: str, lead: str):
    """The flow verb of a fact's own item (``own``) or of its list's ``lead``, or None."""
    named = [t.word for t in plan.terms if t.focus and len(t.word) > 2]
    if named:
        own = re.sub("|".join(map(re.escape, named)), " ", own)
    every = _ALL_OF.search(own)
    if every:
        own = own[:every.start()]
    # '幼儿园50所(其中新建3所)': a remark, not the figure's
    own = _NAMES_LISTED.sub(" ", ASIDE.sub(" ", own))
    live = (m for m in FLOW.finditer(own) if not _CEASED.search(own[:m.start()]))
    under_way = None if _UNDER_WAY.search(plan.question) else _UNDER_WAY.search(own)
    return next(live, None) or under_way or flow_in(_NAMES_LISTED.sub(" ", lead))


# ('在建特色智慧校园26处' are not yet there: no answer to '现在有多少个智慧校园')
_UNDER_WAY = re.compile(r"在建|正在建设|建设中|施工中|正在施工")


def acting(plan, own: str) -> str:
    """For '有多少所…', the action the counted things themselves take in the fact ('7所幼儿园
    成功创建省二级幼儿园': those that did it, not all of them), or ''. An action that names
    them ('评选家庭教育先进校20所') counts them all; a question with a verb of its own
    ('…落实了…') asks about an action anyway."""
    if not plan.stock or "了" in plan.focus_text or any(
            tx.is_verb(t.word.rstrip("了过")) for t in plan.terms):
        return ""
    item = _NAMES_LISTED.sub(" ", own.rsplit(" ", 1)[-1])     # the fact's own item, without
    #                                           its subject (nor the names it counts)
    at = min((item.find(a) for a in plan.counted if a in item), default=-1)
    if at < 0 or _ALL_OF.search(item[:at]):     # ('对全县31所中小学开展…': done to them)
        return ""
    return acts(ASIDE.sub(" ", item[at + 1:]), plan.words)
