"""Does a statement answer the kind of question asked, whatever its words share with it?
A question about what actually happened is not answered by an intention ('计划年内全部
竣工'), a 'when' question by a statement without a time finer than the year it names, a
'where' question by one without a place, a 'which schools' question by one that only
counts them, and no question by a list of names that merely
mentions its words ('“5”即打造“政治忠诚型、…、务实清廉型”五型队伍' for '务实清廉型要求
做到什么')."""

from __future__ import annotations

import re

from assistant.intent import WHO
from assistant.query import QueryPlan
from assistant.status import INTENDED
from jiaoti import text as tx
from jiaoti.figures import counts_at
from jiaoti.places import gazetteer
from jiaoti.names import person_names

FINER_TIME = re.compile(r"\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|\d{1,2}\s*日|[上下]半年|"
                        r"年[底初内]|季度|春季|秋季|暑期|寒假|暑假")
ANY_TIME = re.compile(FINER_TIME.pattern + r"|(?:19|20)\d{2}\s*年")
WHERE = re.compile(r"什么位置|哪个位置|在哪里|在哪儿|在哪(?!些|个方面|方面)|建在哪|什么地方|哪个地方|地址|"
                   r"选址")
PLACE_WORDS = re.compile(r"位于|坐落|选址|路|街|大道|镇|乡|村|社区|园区|片区|新区|开发区|"
                         r"[东西南北]侧|[东西南北]部|附近|以[东西南北]")
# '具体是哪几所学校' wants names; '建成6所市级…实验学校' gives a count
NAMES_ASKED = re.compile(r"哪几所|哪所|哪几家|哪家|哪(?:几|些)个?(?:学校|小学|中学|幼儿园|单位|企业|高校)|"
                         r"(?:学校|小学|中学|幼儿园|单位|企业|高校)(?:分别|都)?(?:叫|是)(?:什么|啥)"
                         r"(?:名字|名称)?")
_INSTITUTION = r"(?:小学|中学|学校|幼儿园|学院|大学|中心|高中|集团|基地)"
_COUNTED = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十几多]+)(?:至\d+)?\s*[所个家名项批]"
                      rf"[^,，;；。、]*?{_INSTITUTION}")
_COUNT_AFTER = re.compile(rf"[^,，;；。、等]*?{_INSTITUTION}\s*(?:\d+|[一二两三四五六七八九十]+)\s*"
                          r"[所个家处]")
_NAMED = re.compile(rf"[\u4e00-\u9fff]{{2,}}?{_INSTITUTION}")
# '从哪几个方面帮扶', '有哪些措施': the answer names several, a statement naming none
# ('帮扶学校32所,持续开展名校引领行动') does not answer it
WAYS_ASKED = re.compile(r"哪(?:几|些|两|三|四|五)个?(?:方面|维度|领域|举措|措施|途径|渠道|平台|载体|环节|形式|"
                        r"方式)")
# '三是广泛宣传': one item of a list, which names one thing, not several
_OWN_ORDINAL = re.compile(r"^\s*(?:(?:19|20)\d{2}年[，,]?)?[一二三四五六七八九十]是")
_SEVERAL = re.compile(r"[、;；]|[一二三四五六七八九十]是|[和及与以及][^,，。]{1,12}(?:等|方面|领域|维度)")
# '具体是哪四项': the items; '落实四项指标实施精准“双减”' counts them and lists none
_KINDS_OF = "(个|项|类|种|条|大|方面|件|所|家|批)"
_WHICH_N = re.compile(rf"哪(?:几|[二两三四五六七八九十]{{1,2}}|\d+){_KINDS_OF}|"
                      rf"(?:\d+|[一二两三四五六七八九十]+){_KINDS_OF}[\u4e00-\u9fff]{{1,8}}?"
                      r"(?:分别|具体|都|各)(?:是|有|包括|叫)(?:什么|哪些|哪几)")   # '那八个专业分别是什么'
_COUNT_OF = re.compile(rf"(?:\d+|[一二两三四五六七八九十]+){_KINDS_OF}")
_LISTS = re.compile(r"[、；;（(]|[：:](?!\d)|即|包括|分别|一是|有[^，,。]{0,6}[和及与]")  # (not 1:19)


def _lists_not(plan: QueryPlan, statement: str) -> bool:
    """'四项指标具体是哪四项': a statement naming no 四项指标 lists nothing of them either."""
    counted = [a for t in plan.terms if t.focus and _COUNT_OF.search(t.word) for a in t.alternatives]
    return bool(counted) and not any(a in statement for a in counted) and \
        not _SEVERAL.search(_OWN_ORDINAL.sub("", statement))


def _thing_unsaid(plan: QueryPlan, which: re.Match, statement: str) -> bool:
    """'去了哪几个镇': a statement that counts something else ('全县465名少年儿童…'), lists
    nothing and names no 镇 (nor any word of its term) names none."""
    thing = next((w for w in tx.words(plan.focus_text[which.end():]) if w.strip()), "")
    term = next((t for t in plan.terms if thing and thing in t.word), None)
    if not thing or not tx.is_cjk(thing[0]) or any(
            a in statement for a in (term.alternatives if term else (thing,))):
        return False
    if thing in _PLACE_KINDS:       # places it lists ('鹿城、龙湾…'), not people ('单亲、孤儿…')
        return len(gazetteer().find(statement)) < 2
    return "、" not in statement and any(f.kind == "count" for f in counts_at(statement))


_PLACE_KINDS = {"镇", "乡", "乡镇", "村", "县", "区", "市", "县区", "县市区", "街道", "地方", "省"}


def counts_unlisted(statement: str, unit: str) -> bool:
    """Does the statement count things in ``unit`` ('四项指标') and list nothing, neither
    after the count nor right before it ('一中、警予、圣达3个教育集团', '“做优…,做强…”三个重点')?"""
    return any(m.group(1) == unit and not _LISTS.search(statement, m.end())
               and not _listed_before(statement[:m.start()])
               for m in _COUNT_OF.finditer(statement))


def _listed_before(before: str) -> bool:
    quote = re.search(r"“([^“”]*)”$", before)
    if quote:
        return bool(re.search(r"[、,，]", quote.group(1)))
    # names listed after the part's last figure: '投资860万元改建甲村小学、…和丁村小学等4所',
    # '牛埠中心幼儿园和状元府邸两所' (not '…6030个、落实四项指标': items of another kind)
    part = re.split(r"[,，。;；:：]", before)[-1]
    figs = counts_at(part)
    tail = part[figs[-1].end:] if figs else part
    return re.search(r"[\u4e00-\u9fff]{2}[、和及与][\u4e00-\u9fff]{2}", tail) is not None


# '那两位校长叫什么名字' wants who: a statement that names no person ('2名校长入选…')
# does not answer it
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》")


def answers_kind(plan: QueryPlan, statement: str) -> bool:
    if (plan.actual or plan.period == "actual") and INTENDED.search(statement):
        return False
    if plan.kind == "when":
        return bool((FINER_TIME if plan.years else ANY_TIME).search(statement))
    if WHERE.search(plan.focus_text) and not (PLACE_WORDS.search(statement)
                                            or gazetteer().find(statement)):
        return False
    if WHO.search(plan.focus_text) and not person_names(statement):
        return False
    if NAMES_ASKED.search(plan.focus_text) and not _NAMED.search(
            _COUNT_AFTER.sub("，", _COUNTED.sub("，", _without_asked(plan, statement)))):
        return False
    if WAYS_ASKED.search(plan.focus_text) and not _SEVERAL.search(_OWN_ORDINAL.sub("", statement)):
        return False
    which = _WHICH_N.search(plan.focus_text)
    if which and (counts_unlisted(statement, which.group(1) or which.group(2))
                  or _lists_not(plan, statement) or _thing_unsaid(plan, which, statement)):
        return False
    return not names_only(plan, statement)


def dated(plan: QueryPlan, sentence: str) -> bool:
    """A 'when' question is answered by a time the statement's own sentence gives, not by
    the year of the document around it."""
    return plan.kind != "when" or bool((FINER_TIME if plan.years else ANY_TIME).search(sentence))


def _without_asked(plan: QueryPlan, statement: str) -> str:
    """The statement without the question's own institution-like words: '清廉学校' asked
    about is no name of one of them ('学院' alone stays: '新乡医学院三全学院' names one)."""
    own = {a for t in plan.terms for a in t.alternatives
           if _NAMED.search(a) and not re.fullmatch(rf"{_INSTITUTION}", a)}
    for a in sorted(own, key=len, reverse=True):
        statement = statement.replace(a, "，")
    return statement


def _says(quote: re.Match, names: set[str]) -> bool:
    """A quote is the asked thing when it is its name, or a kind of it standing as a noun of
    its own ('设立27个乡镇“教育基金会”和…' says 基金会; '“清廉学校”建设' names a campaign)."""
    inner = quote.group(0)[1:-1]
    alone = _NOUN_ENDS.match(quote.string, quote.end())
    return inner in names or bool(alone) and any(len(a) >= 2 and inner.endswith(a) for a in names)


_NOUN_ENDS = re.compile(r"$|[和及与、等,，。;；)）]")


def names_only(plan: QueryPlan, statement: str) -> bool:
    """The question's words occur in the statement only inside quoted names of other
    things (a quote that is the asked name itself, '实施“四廉工程”', counts as saying it)."""
    folded = tx.fold(statement)
    focus = [t for t in plan.terms if t.focus]
    names = {a for t in focus for a in t.alternatives}
    outside = _QUOTED.sub(lambda m: m.group(0) if _says(m, names) else " ", folded)
    inside = any(tx.contains_term(folded, a) for t in focus for a in t.alternatives)
    return inside and not any(tx.contains_term(outside, a) for t in focus
                              for a in t.alternatives)
