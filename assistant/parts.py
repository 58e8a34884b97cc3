"""Questions that ask for several figures ("金牌银牌各几枚", "发了多少钱，帮了多少人") or
compare two ("A和B哪个多", "A比B多多少") become sub-questions, one per figure; each is
answered like any quantity question and the answers are composed together."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant import intent
from assistant.clause_parts import YEAR_LEAD as _YEAR_LEAD, of_subject as _of_subject, pieces_of
from assistant.direction import asked as way_asked
from assistant.followup import ASKING, FOLLOWUP_MARK, of_schools, standalone, within
from assistant.part_items import DONE as _DONE, one_batch, QW as _QW, SET_AT as _SET_AT, \
    TARGET as _TARGET, THAN_TARGET as _THAN_TARGET, each_of, expand as _expand, \
    items as _items, whole_questions, with_tail as _with_tail
from assistant.sides import at_time, swap
from assistant.stages import without_whole
from jiaoti import text as tx
from jiaoti.places import AREA_WORDS, gazetteer

_CONJ = "和|与|跟|同|及|以及|还是"
_ASK_AHEAD = r"(?=(?:[\u4e00-\u9fff]{1,2}了?)?(?:多少|几))"   # ('…一共投资多少钱')
_SUM_AT = re.compile(r"(?:一共|总共)?(?:加起来|加在一起|合起来|加在一块儿?|加一块儿?|合计|总计|共计)(?:一共|总共)?"
                     r"(?:是|有)?|(?<=的)(?:一共|总共)(?:是|有)?|"    # '省里的加市里的一共有'
                     r"(?:一共|总共)(?:是|有)?" + _ASK_AHEAD)     # '小学和初中的娃娃一共有多少'
_LEAD_WORD = re.compile(r"^(?:其中|那么|那|另外|还有|以及|并且|又)")
_TAIL_MORE = re.compile(r"(?:更)?(?:多|少|高|低|大|小)(?:一些|一点)?\s*[?？。]?$")


@dataclass(frozen=True)
class Parts:
    questions: tuple[str, ...]
    compare: str = ""          # "diff", "which", "sum", "ratio", "less", "per" or ""
    whole_first: bool = False  # the question may ask for one figure of them all
    stated: bool = False       # '比上年减少了多少': a change the documents may state outright
    per: str = ""              # 'per' (an average computed from two totals): '每所学校'


def _asking(rest: str) -> str:
    """The question phrase the parts share: '哪个拿的金牌多' → '拿的金牌多少', '各多少套、相差多少套' → '多少套'."""
    rest = re.sub(r"^[，,\s]*(?:相比|比较)?[，,\s]*", "", rest)
    against = re.match(_AGAINST_YEAR, rest)     # '跟上一年比哪个涨幅更大' → '同比涨幅多少'
    rest = ("同比" if against.group(0) else "") + rest[against.end():]
    rest = re.sub(r"^(同比)?(?:哪个|谁|哪一个|哪项|哪类|哪种|哪样|哪边|各自|各|分别|都|一共)"
                  r"(?:是|有)?", r"\1", rest)
    rest = re.split(r"[、，,；;？?]", rest)[0]
    rest = re.sub(r"(?:涨|增长|增加|长|升|提高)得?更?(?:快|猛)$", "增长了百分之几", rest.rstrip("?？。 "))
    if not _QW.search(rest):                    # ('哪个涨得快': the rate each rose by)
        rest = _TAIL_MORE.sub("", rest) + "多少"
    return rest


_KIND = re.compile(r"中学|学校|教育|[园校]")     # a kind of school of its own ('初级中学')
_OWNERS = ("学校", "小学", "中学", "幼儿园")   # whose people a second bare noun counts too
_WITHIN_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:里面|里头|里|当中|之中))(?=[\u4e00-\u9fff])")


def _carry(a: str, b: str, modifier: bool = True) -> str:
    """What the second part inherits from the first: its year, its modifier before 的
    when the second has none ('去年表彰的优秀教师和优秀教育工作者'), and the words before
    a sibling ('社会组一等奖、二等奖')."""
    prefix, year = "", _YEAR_LEAD.match(a)
    if year and not _YEAR_LEAD.match(b):
        prefix = year.group(0)
    m = re.match(r"^(.+?[里中])([\u4e00-\u9fff]{1,4}的)$", a)
    if m and re.match(r"^[\u4e00-\u9fff]{1,4}的$", b):   # '特色高中里省级的和市级的'
        return m.group(1) if m.group(1).startswith(prefix) else prefix + m.group(1)
    wa, wb = tx.words(a), tx.words(b)
    if wa and len(wb) == 1 and len(wa) > 1 and "的" in a and wb[0][-1:] == wa[-1][-1:]:
        mod = a[: a.rfind("的") + 1]        # '洛宁的民办幼儿园比公办园…': a kind beside it
        return mod if mod.startswith(prefix) else prefix + mod
    if wa and len(wb) == 1 and len(wa) > 1 and "的" in a and wb[0] not in a:
        # '中职学校教职工和专任教师各…', '幼儿园的教职工比专任教师多…': a bare second
        # thing is the first one's kind (中职学校的专任教师) — a one-character last word ends
        # a longer name, cut after 的 ('初中的仪器设备值和图书': 初中的图书)
        mod = a[: a.rfind("的") + 1] if len(wa[-1]) == 1 else a[: a.rfind(wa[-1])]
        return mod if mod.startswith(prefix) else prefix + mod
    if len(wa) > 1 and len(wb) == 1 and wb[0] not in a and not any(   # ('小学老师': its own)
            w in b for w in intent.STAGES) and \
            intent.noun_unit(wb[0]) == intent.noun_unit(wa[-1]) == "人" and \
            (wa[-2] in intent.STAGES or wa[-2] in AREA_WORDS or wa[-2].endswith(_OWNERS)):
        mod = a[: a.rfind(wa[-1])]          # '普通中等职业学校教职工和专任教师': that
        return mod if mod.startswith(prefix) else prefix + mod     # school's 专任教师 too
    rest = a[year.end():] if year else a        # '小学招生人数比毕业生人数…': 小学毕业生
    within = _WITHIN_LEAD.match(rest)           # '民办学校里小学生比初中生…': 民办学校里初中生
    if within and not _WITHIN_LEAD.match(b):
        return prefix + within.group(1)
    stages = sorted([*intent.STAGES, "义务教育阶段", "义务教育"], key=len, reverse=True)
    lead = next((m.end for m in gazetteer().find(rest) if m.start == 0), 0)   # ('彰武义务…')
    stage = next((w for w in stages if rest[lead:].startswith(w)), "")
    if stage and not any(w in b for w in stages) and not _KIND.search(b) and "的" not in b \
            and any(intent.noun_unit(w) == "人" for w in tx.words(b)):     # its people
        return prefix + stage
    if not modifier:
        return prefix
    if "的" in a and "的" not in b and not a.endswith("的"):    # '新入党的和入党积极分子'
        mod = a[: a.rfind("的") + 1]
        return mod if mod.startswith(prefix) else prefix + mod
    if wa and wb and len(wb) == 1 and len(wa) > 1 and not wb[0].endswith(wa[-1]) and (
            len(wb[0]) == len(wa[-1]) or wb[0][-1] == wa[-1][-1] or     # '社会组一等奖、二等奖'
            len(wa[-1]) == 1):      # (not '小学学校和初级中学'; '金、银、铜牌'; '公办学校和民办学校')
        mod = a[: a.rfind(wa[-1])]
        return mod if mod.startswith(prefix) else prefix + mod
    return prefix


def _siblings(q: str) -> list[str] | None:
    """'金牌银牌各几枚', '一等奖、二等奖分别多少个': adjacent words ending alike."""
    m = re.search(rf"({_EACH}|分别)", q)
    if not m:
        return None
    words = tx.words(q[: m.start()])
    run: list[str] = []
    for w in reversed(words):
        if w in "、和与及" or w in ("以及",):
            continue
        if not run or (len(w) >= 2 and w[-1] == run[0][-1]):
            run.insert(0, w)
        else:
            break
    return run if len(run) >= 2 else None


_AFTER_QW = re.compile(r"^(?P<pre>.*?)(?P<qw>(?:多少|几)[个所名位人项次门本件套期家类场届枚块元批种条]?)"
                       r"(?P<list>[^，,。？?]+?(?:、|和|与|及)[^，,。？?]+?)[?？。]?$")
_EACH = "各(?!类|种|级|地|项|个|校|县|区|市|界|方)"     # 'each', not '各类资助资金'


def split(question: str) -> Parts | None:
    """Sub-questions, or None for a question that asks one thing. A follow-up's context
    ('银牌和铜牌又各有几块？' after a question about 省运会青少年竞技组) goes with every part."""
    core, mark, context = question.partition(FOLLOWUP_MARK)
    parts = None if one_batch(core) else _split(_expand(core.strip()))
    if parts is None and mark:
        parts = _several_followup(_expand(core.strip()))
    if parts is None or not mark:
        return parts
    return replace(parts, questions=tuple(
        q if FOLLOWUP_MARK in q else f"{q.rstrip('?？。 ')}{mark}{context}"
        for q in parts.questions))


# '超过2000人的学校', '超过去年': a threshold or a year, not a second thing to compare
_THRESHOLD = re.compile(r"[\d一二两三四五六七八九十百千万]|去年|今年|前年|上年|(?:19|20)\d\d")
_YEAR_BASE = re.compile(r"^(上年|去年|上一年|前一年|上学年|同期)(?:增|减|下|提|降|增加|减少)?$")
_MORE_BY = re.compile(r"^(?:[^？?]*[？?])?(?P<a>[^？?]+?)(?<!占)比(?![例率重较如赛武拼])(?P<b>[^，,。？?]+?)"
                      r"(?:多|少|高|低|大|小|超)(?:了|出来了?|出了?|[\u4e00-\u9fff]了)?(?P<verb>)"
                      r"(?P<rest>(?:多少|几).*)$")
# '…比…多新增了多少个学位': the act, said once, goes with each part
_MORE_BY_ACT = re.compile(_MORE_BY.pattern.replace(
    r"(?:了|出来了?|出了?|[\u4e00-\u9fff]了)?(?P<verb>)", r"(?P<verb>(?:(?!的)[\u4e00-\u9fff]){2,3}?)了"))


def _several_followup(q: str) -> Parts | None:
    """'银牌和铜牌呢？' after '…拿了几块金牌？': the last question asked again of each."""
    m = re.match(r"^(?:那么?)?(?P<items>[^，,。？?]+?)(?:呢|又如何|怎么样)?[?？。]?$", q)
    if not m or _QW.search(q) or way_asked(q):     # ('涨了还是降了': one figure's way)
        return None
    items = _items(m.group("items"))
    if len(items) < 2 or any(len(x.strip()) < 2 for x in items):
        return None
    return Parts(tuple(f"{x.strip()}呢" for x in items))


_PLUS = re.compile(r"^(?P<a>[^，,。？?、和]{2,}?)(?:再)?(?:加上|算上|连同|"
                   r"(?<![参增追添更施附强外累])加(?![强快大入以工油班盟速深宽紧重])(?=[^，,。？?]{2,6}[，,]))"
                   r"(?P<b>[^，,。？?]{2,}?)[，,]"
                   r"(?P<lead>[^，,。？?]*?)(?:一共|总共|合计|总计)(?P<rest>[^。？?]*[?？]?)$")


_EITHER = re.compile(r"^(?P<a>[^，,。？?]{2,}?)(?P<w>[多少高低大])还是(?P<b>[^，,。？?]{2,}?)(?P=w)"
                     r"(?:一些|一点|些)?[呢啊呀]?[?？。]?"
                     r"(?P<by>[，,\s]*(?:多|高|大|少)?(?:了|出)?(?:多少|几)[个人所]?[?？。]?)?$")


_MORE_OR_LESS = re.compile(r"^(?P<a>[^，,。？?]+?)比(?![例率重较如赛武拼])(?P<b>[^，,。？?]+?)"
                           r"(?:多|高|大)还是(?:少|低|小)"
                           r"[了些]?[呢啊呀]?[?？。]?(?P<by>[，,\s]*(?:相差|差了?|多了?|少了?)(?:多少|几)[个人所元]?[?？。]?)?$")
_YEAR_WORD = re.compile(r"^(?:今年|去年|前年|上年|本年|明年|\d{4}年)")
# '…，跟上一年比哪个涨幅更大': each against its own last year
_AGAINST_YEAR = r"(?:(?:跟|和|与|同|较)?(?:上一年|上年|去年|前一年|往年)比[，,\s]*)?"
_TIMES = re.compile(r"^(?P<a>[^，,。？?]+?)是(?P<b>[^，,。？?]+?)的(?:几|多少)倍")


# '教职工里不是专任教师的有多少人', '幼儿园里除掉民办的，还剩几所': the whole less a part
_LESS = re.compile(r"^(?P<whole>[^，,。？?]{2,}?)(?:(?:里面|当中|之中|里|中)[，,]?)?"    # ('…经费
                   r"(?:不是|不属于|除了|除去|除掉|扣除|去掉|减去|不算|不含|不包括)(?P<part>[^，,。？?]{1,12}?)"
                   r"(?:的话|以外|之外|以?后|之后)?的?[，,]?(?:还|另外|其余|其他|剩下)?的?"  # 扣除…后还有多少')
                   r"(?:(?<=[，,])[^，,。？?多几]{1,6}的)?(?:还)?(?:有|剩|剩下|是)?(?P<rest>(?:多少|几)[^，,。]*)$")


_NOT_IN = re.compile(r"^(?P<pre>[^，,。？?]*?)(?:不在|没在|没有在)(?P<where>[\u4e00-\u9fff]{2,4}?)"
                     r"(?P<thing>(?:上|读|念|就读)[\u4e00-\u9fff]{1,8}?的[\u4e00-\u9fff]{1,6}?)"
                     r"(?:一共|总共|共)?(?:有|是)?(?P<rest>(?:多少|几)[^，,。]*)$")
_OUTSIDE = re.compile(r"^(?P<pre>[^，,。？?]*?)(?P<where>[\u4e00-\u9fff]{2,4}?)(?:以外|之外)的"
                      r"(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:一共|总共|共)?(?:有|是)?"
                      r"(?P<rest>(?:多少|几)[^，,。]*)$")


def _left_out(whole: str, part: str) -> str:
    """The part a whole leaves out, asked on its own: a thing counted alike takes the
    whole's place ('初中教职工', '专任教师' → '初中专任教师'), a kind of it is asked within it
    ('幼儿园', '民办' → '幼儿园里民办的')."""
    words = tx.words(whole)
    head = words[-1] if words else ""
    if intent.noun_unit(head) and tx.words(part) and \
            intent.noun_unit(head) == intent.noun_unit(tx.words(part)[-1]):
        return whole[: len(whole) - len(head)] + part
    return f"{whole}里{part}的"


# '不算民办的，全县小学有多少所': the part left out said first
# '幼儿园的专任教师(不算园长)有多少人': the part left out said in a bracket
_LESS_ASIDE = re.compile(r"^(?P<whole>[^，,。？?()（）]{2,}?)[(（](?:不算|不含|不包括|除去|除了|扣除)"
                         r"(?P<part>[^，,。？?()（）]{1,12}?)(?:在内)?[)）](?:还|一共|总共|共)?(?:有|是)?"
                         r"(?P<rest>(?:多少|几)[^，,。]*)$")
_LESS_FIRST = re.compile(r"^(?:不算|除了|除去|除掉|扣除|去掉|不含|不包括)(?P<part>[^，,。？?]{1,12}?)"
                         r"(?:的话|以外|之外|在内)?的?[，,](?:其余|其他|剩下)?的?"
                         r"(?P<whole>[^，,。？?]{2,}?)(?:加起来|一共|总共|共)?还?(?:有|是)?"
                         r"(?P<rest>(?:多少|几)[个人名位所]?[?？]?)$")


def _split(q: str) -> Parts | None:
    if (asked := whole_questions(q)) and not any((p := _split(x)) and not p.stated for x in asked):
        return Parts(asked)         # ('…多了多少？二本上线率…提高了多少？': each one thing)
    compare = intent.comparison_of(q)
    m = _LESS.match(q) or _LESS_FIRST.match(q) or _LESS_ASIDE.match(q)
    if m:                                   # the whole, then the part of it left out
        whole, ask = m.group("whole"), _asking(m.group("rest"))
        return Parts((whole + ask, _left_out(whole, m.group("part")) + ask), "less",
                     whole_first=True)        # (a figure said outright comes first)
    m = _NOT_IN.match(q) or _OUTSIDE.match(q)
    if m:                                   # '不在城区上小学的孩子', '城区以外的初中生': all
        thing, ask = m.group("pre") + m.group("thing"), _asking(m.group("rest"))   # but there
        part = m.group("pre") + (f"在{m.group('where')}" if m.re is _NOT_IN else m.group("where"))
        return Parts((thing + ask, part + m.group("thing") + ask), "less", whole_first=True)
    m = _TIMES.search(q)
    if m:                                   # '中小学学位数是幼儿园学位数的几倍'
        a, b = m.group("a"), m.group("b")
        return Parts((a + "是多少", (swap(a, b) or _carry(a, b, modifier=False) + b) + "是多少"), "ratio")
    m = _MORE_BY.search(q) or _MORE_BY_ACT.search(q)      # '…比…多(出)了几次', '…多搞了几次'
    if m:                                   # ('…比…多新增了多少个学位': each 新增)
        a, b = m.group("a").rstrip("，, "), m.group("b")      # ('…公办幼儿园，比…': no lead)
        ask = (m.group("verb") or "") + _asking(m.group("rest"))
        lead = re.match(r"^(.*[，,])", a)       # '公办义务教育学校，全年计划数比秋季开办数…'
        shared = lead.group(1) if lead else _carry(a, b, modifier=False)
        year = _YEAR_BASE.match(b)              # '在校生比上年减少了多少': maybe stated
        b = year.group(1) if year else b
        ask = ask if year else re.sub(r"(?:多少|几)个?百分点", "多少", ask)   # (each side a rate)
        if _TARGET.fullmatch(b):            # '争取到的上级资金比年度目标多了多少': its target
            return Parts((a + ask, f"{_DONE.sub('', a)}的{_SET_AT.sub('', b)}{ask}"), "diff")
        return Parts((a + ask, (swap(a, b) or at_time(a, b) or shared + b) + ask), "diff",
                     bool(year), bool(year))
    m = re.search(r"^(?P<a>[^，,。？?]+?)(?:超出|超过|高出|低于)了?(?P<b>[^，,。？?]{2,}?)"
                  r"(?P<rest>(?:多少|几).*)$", q)
    if m and not _THRESHOLD.match(m.group("b")) and not re.search(r"的|有", m.group("b")):
        a, b = m.group("a"), m.group("b")            # '争取上级资金超出年度目标任务多少'
        ask = _asking(m.group("rest"))
        return Parts((a + ask, _carry(a, b, modifier=False) + b + ask), "diff")
    m = _MORE_OR_LESS.match(q)
    if m:                                   # '去年在园幼儿比今年多还是少(？差多少)'
        a, b = m.group("a"), m.group("b")
        ya, yb = _YEAR_WORD.match(a), _YEAR_WORD.match(b)
        b = b + a[ya.end():] if ya and yb and yb.end() == len(b) else \
            _carry(a, b, modifier=False) + b
        return Parts((a + "有多少", b + "有多少"), "diff" if m.group("by") else "which")
    m = _EITHER.match(q)
    if m:                                           # '上公办园的孩子多还是上民办园的孩子多'
        a, b = m.group("a"), m.group("b")
        at = a.find("在")                           # '随迁子女在小学多还是在初中多': 随迁子女
        lead = a[:at] if at > 0 and b.startswith("在") else _carry(a, b, modifier=False)
        return Parts((a + "有多少", lead + b + "有多少"), "diff" if m.group("by") else "which")
    acts = _ACTS_OF.match(q)
    verbs = re.split(_ACT_SEP, acts.group("verbs")) if acts else []
    first = next((verbs[0][k:] for k in range(len(verbs[0]) - 1) if tx.is_verb(verbs[0][k:])),
                 "") if verbs else ""
    if first and all(tx.is_verb(v) for v in verbs[1:]):     # '新建、改扩建再加上回收的公办
        pre = acts.group("pre") + verbs[0][:-len(first)]    # 幼儿园，一共多少所'
        ask = _asking(_SUM_AT.sub("", acts.group("rest")))
        return Parts(tuple(f"{pre}{v}{acts.group('noun')}{ask}" for v in [first, *verbs[1:]]),
                     "sum", whole_first=True)
    m = _PLUS.search(q)
    if m and _QW.search(m.group("rest")):          # '在编老师加上特岗老师，全县一共有多少老师'
        a, b = m.group("a"), m.group("b")
        ask, lead = _asking(m.group("rest")), without_whole(m.group("lead"), [a, b])
        return Parts((lead + a + ask, lead + _carry(a, b) + b + ask), "sum", whole_first=True)
    total = _SUM_AT.search(q) if compare == "sum" else None
    head = _HOW_MANY_ITEMS.sub("", q[:total.start()].rstrip("，, ")) if total else ""  # ('A和B两所…')
    if total and _QW.search(q[total.end():]) and len(_items(head)) >= 2:
        items = _with_tail(_items(head))      # 'A和B加起来一共多少'
        ask = without_whole(_asking(q[total.end():]), items)
        first = items[0]
        return Parts(tuple([first + ask] + [_carry(first, x) + x + ask for x in items[1:]]),
                     "sum", whole_first=True)
    m = re.search(r"^(?P<items>[^，,。？?]+?)(?:之间)?(?:相差|差距|差了?)(?P<rest>(?:多少|几|多大).*)$", q)
    if m and len(_items(m.group("items"))) == 2:    # 'A和B差多少'
        a, b = _with_tail(_items(m.group("items")))
        ask = _asking(m.group("rest").replace("多大", "多少"))
        return Parts((a + ask, _carry(a, b) + b + ask), "diff")
    # '校园占地里，幼儿园和职教中心各占多少': the clause before goes with every part
    rest = (r"(?P<items>[^，,。？?]+?)(?P<rest>[，,\s]*"
            rf"{_AGAINST_YEAR}(?:相比|比较)?[，,\s]*(?:哪个|谁|哪一个|哪项|哪类|哪种|哪样|哪边|各自|{_EACH}|"
            r"分别).*)$")
    m = re.search(r"^(?P<lead>(?:[^，,。？?]+[，,])?)" + rest, q)
    if m and len(_items(m.group("items"))) < 2:     # '…学位，跟上一年比哪个…': no lead
        m = re.search(r"^(?P<lead>)" + rest, q)
    if m and len(_items(m.group("items"))) >= 2:
        items = _with_tail(_items(m.group("items")))
        ask = _asking(m.group("rest"))
        which = "which" if re.match(r"[，,\s]*(?:相比|比较)?[，,\s]*(?:哪|谁)", m.group("rest")) \
            else ""
        first, lead = items[0], m.group("lead")
        return Parts(tuple([lead + first + ask] + [lead + _carry(first, x) + x + ask
                                                   for x in items[1:]]), compare or which)
    m = _AFTER_QW.match(q)
    if m and len(_items(m.group("list"))) >= 2 and not _QW.search(m.group("list")):
        pre, qw = m.group("pre"), m.group("qw")
        # '多少所幼儿园和中小学校' may ask one total: the whole is tried first
        return Parts(tuple(pre + qw + x for x in _items(m.group("list"))), compare,
                     whole_first=True)
    run = _siblings(q)
    if run:
        joined = q.find(run[0])
        end = q.find(run[-1], joined) + len(run[-1])
        ask = _asking(q[end:])
        return Parts(tuple(q[:joined] + w + ask for w in run), compare)
    return _clauses(q, compare)


def _clauses(q: str, compare: str) -> Parts | None:
    """'发了多少资助金，帮了多少人次学生？' → one sub-question per clause with a question
    word; the later ones keep the first as context."""
    pieces = pieces_of(q)
    if each_of(pieces):         # 'A的比例，以及B的占比，分别是多少'
        return Parts(tuple(p.strip() + "是多少" for p in pieces[:-1]), compare)
    asking = [i for i, p in enumerate(pieces) if _QW.search(p)]
    asking += [i for i, p in enumerate(pieces) if asking and i > asking[0] and i not in asking
               and _ALSO.search(p)]      # '…评上了多少所？先进校呢？': the same of another
    asking.sort()
    if len(asking) < 2:
        return None
    lead = "，".join(pieces[: asking[0]])
    first = (lead + "，" if lead else "") + pieces[asking[0]]
    each = _RESPECTIVE.match(pieces[asking[-1]].strip(" ?？"))
    if len(asking) == 2 and each and len(_items(each.group("list"))) >= 2:
        # '每百名学生有几间，小学和初中各是多少': the first question, for each of the list
        return Parts(tuple((lead + "，" if lead else "") + x + pieces[asking[0]]
                           for x in _items(each.group("list"))), compare)
    context = _QW.sub("", ASKING.sub("", first)).strip(" ?？，")     # not '…学校有所'
    than = _THAN_TARGET.match(pieces[asking[-1]].strip()) if len(asking) == 2 else None
    if than:                    # '争取到上级资金多少？比年初定的目标多了多少？'
        return Parts((first, f"{_DONE.sub('', context)}的{_SET_AT.sub('', than.group(1))}多少"),
                     "diff")
    subset = _SUBSET.search(first)      # '…里城区的有几所、收了多少孩子': 城区的 too
    if subset:
        pieces = [p if k not in asking[1:] or subset.group(1) in p or _OWN_PART.match(p)
                  else subset.group(1) + "的" + p.strip() for k, p in enumerate(pieces)]
    # '…多少，其中在园幼儿有多少': 其中 leads the part, it names nothing; what it is a part
    # of is the first part's thing ('九年一贯制学校有几所，其中民办几所' → '九年一贯制学校里民办几所')
    out = [first] + [standalone(pieces[i], [first]) if _ALSO.search(pieces[i]) else
                     _part_of(pieces[i].strip(' ?？'), first, context) for i in asking[1:]]
    return Parts(tuple(out), compare)


_ACT_SEP = r"、|和|与|以及|及|再加上|加上|还有"
_ACTS_OF = re.compile(rf"^(?P<pre>[^，,。？?]*?)(?P<verbs>(?:[\u4e00-\u9fff]{{1,3}}(?:{_ACT_SEP}))+"
                      r"[\u4e00-\u9fff]{1,3})的(?P<noun>[^，,。？?的]{2,10}?)[，,\s]*(?P<rest>"
                      + _SUM_AT.pattern.replace(_ASK_AHEAD, "") + r".*)$")
_ALSO = re.compile(r"^[^多几]{2,12}呢\s*$")
_OWN_PART = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}的")      # '…、民办的几所': a part of its own
_SUBSET = re.compile(r"(?:里|中|其中|当中|里面)(?:的)?([\u4e00-\u9fff]{2,6})的(?:有|是)?(?:几|多少)")
# a later clause asking the first one's figure of each of a list, with no measure of its own
_RESPECTIVE = re.compile(r"^(?P<list>[^，,]{2,20}?)(?:各|分别)(?:是|有|为)?(?:多少|几)$")


def _part_of(piece: str, first: str, context: str) -> str:
    piece = re.sub(r"又(?=有|是|办|招|发|开|搞|新|增)", "", piece)     # '在校生又有多少'
    return within(first, piece) or of_schools(_LEAD_WORD.sub('', piece).strip(), first) or \
        _of_subject(piece.strip(), first) or f"{_LEAD_WORD.sub('', piece)}{FOLLOWUP_MARK}{context}）"


_HOW_MANY_ITEMS = re.compile(r"(?:这)?[两二三四五六七八九十]{1,2}(?:所|个|家|项|者|校|所学校)$")
