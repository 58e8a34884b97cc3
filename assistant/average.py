"""Averages a report does not state, computed from two figures it does.

'平均一所学校有多少学生' asks for pupils per school. Reports often state it (校均规模, and the
everyday phrase is read as that word first); where no passage does, two totals the report
states answer it: the pupils (在校生) and the schools, divided here and said as computed. So
for pupils per teacher (生师比: 在校生 ÷ 专任教师), per class (平均班额: 在校生 ÷ 教学班) and any
'平均每X…多少Y' ('培训示范班平均每期培训多少人': 人 ÷ 期; '平均每资助一人次多少钱': 元 ÷ 人次);
'按A和B算' names the two totals.
An average is never computed where the passages found state one of its kind, from figures
of two years or of a plan and a result, or as money over anything but people."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from assistant.parts import Parts
from jiaoti import text as tx
from jiaoti.figures import plain

_CJK = r"[\u4e00-\u9fff]"
# the averages statistics name (as the everyday reading writes them): what is counted, over
# what, in which measure, and the words that state such an average outright
_NAMED = {
    "校均规模": ("在校学生", "学校", "所", r"校均|所均|平均每所|平均规模"),
    "生师比": ("在校学生", "专任教师", "名", r"生师比|师生比|负担学生|平均每[名个位]?(?:专任)?(?:教师|老师)|"
               r"(?:学生|生)[与和同](?:专任)?(?:教师|老师)之?比"),     # ('学生与专任教师比')
    "平均班额": ("在校学生", "教学班", "个", r"班额|班均|平均每个?班"),
}
_NAMED_AT = re.compile(r"^(?P<scope>[^，,。？?]*?)(?:平均(?:下来|算下来|来看)?[,，]?)?"
                       r"(?P<stat>校均规模|生师比|平均班额)(?:是|有|为)?(?:多少|几)[?？。]?$")
_MEASURE = r"人次|所|个|名|位|期|批|班|场|家|间|届|次|人"
_PER = re.compile(rf"^(?P<scope>[^，,。？?]*?)(?P<pre>平均(?:下来|算下来|来看)?[,，]?)?(?:每|一)"
                  rf"(?P<m>{_MEASURE})(?P<x>{_CJK}{{0,6}}?)(?P<post>平均)?"
                  r"(?:大概|大约|一般|差不多)?(?:能|要|得|可以)?"
                  r"(?P<verb>有|是|教|带|对应|培训|招收|招|收|容纳|装|配备|配|分到|摊到)?了?(?:多少|几)"
                  rf"(?P<u>人次|个|名|位|人|元|所|间|台|本|册|班)?(?P<y>{_CJK}{{0,6}}?)[?？。]?$")
# '平均每资助一人次多少钱': what was done, per one time it was done
_PER_ACT = re.compile(rf"^(?P<scope>[^，,。？?]*?)平均(?:下来|算下来|来看)?[,，]?每(?P<act>{_CJK}{{1,3}}?)一"
                      rf"(?P<m>{_MEASURE})(?:大概|大约|一般|差不多)?(?:是|要|花|用|有)?了?(?:多少|几)"
                      rf"(?P<u>钱|元|万元|个|名|人)?(?P<y>{_CJK}{{0,6}}?)[?？。]?$")
# '按全县在校生和教职工人数算，…': the two totals the question means
_BY = re.compile(rf"^按(?:照)?(?P<a>{_CJK}{{2,12}}?)(?:和|与|跟|、|除以)(?P<b>{_CJK}{{2,12}}?)"
                 r"(?:的)?(?:人数|数量|数字|总数|数)?(?:来|去)?(?:算|计算|估算)(?:的话)?[,，]?")
_PEOPLE = re.compile(r"生|师|员|工|人|孩子|幼儿|儿童|校长|干部")
_KINDS = re.compile(r"(?:学|园|校|中|院)$")
_ACTS = ("培训", "招收", "招", "收", "配备", "配")      # (有/是/教/装: what there is)
_EVENTS = ("期", "批", "次", "场", "届")
_COUNTS = ("所", "个", "名", "人", "位", "期", "批", "班", "场", "家", "间", "届", "次", "人次")


def _overlap(a: str, b: str) -> int:
    return len(set(a) & set(b))


def _by(question: str) -> tuple[str, str, str]:
    """The rest of the question and the two totals '按A和B算' names ('', '' without)."""
    m = _BY.match(question)
    return (question[m.end():], m.group("a"), m.group("b")) if m else (question, "", "")


def _measure(noun: str, m: str) -> str:
    return "人" if _PEOPLE.search(noun[-2:]) else m


def asked(question: str) -> Parts | None:
    """The two totals an average per unit is computed from, as a 'per' comparison: (what is
    counted, what it is counted over), ``per`` the unit said ('每所学校'); None when the
    question asks no average per unit."""
    rest, a, b = _by(question.strip())
    named, got = _NAMED_AT.match(rest), _PER.match(rest)
    if named:
        counted, over, m, _ = _NAMED[named.group("stat")]
        scope, asks = named.group("scope"), f"有多少{_measure(counted, m)}"
        per = "每个班" if over == "教学班" else f"每{m}{over}"
    elif got is not None and (got.group("pre") or got.group("post")):
        scope, m, over, y = got.group("scope"), got.group("m"), got.group("x"), got.group("y")
        verb = got.group("verb") if got.group("verb") in _ACTS else "有"
        asks = f"{verb}多少{got.group('u') or ''}{y}"
        per = f"每{m}{over}"
        counted = over if _KINDS.search(over) and not (over == "学校" and _KINDS.search(scope)) \
            else ""                         # ('全县小学平均每所学校…': 全县小学 counts them)
        if not (scope or counted or a) or not (y or got.group("u")):
            return None
    elif (act := _PER_ACT.match(rest)) is not None and (act.group("u") or act.group("y")):
        scope, verb, m = act.group("scope"), act.group("act"), act.group("m")    # '平均每资助
        return Parts((f"{scope}{verb}了多少{act.group('u') or ''}{act.group('y')}",  # 一人次…'
                      f"{scope}{verb}了多少{m}"), "per", per=f"每{m}")
    else:
        return None
    if a:                                   # the totals named, in the order the average asks
        if _overlap(a, over) > _overlap(b, over) or _overlap(b, asks) > _overlap(a, asks):
            a, b = b, a
        counted, over, asks, per = a, b, f"有多少{_measure(a, '个')}", f"每{m}{b}"
    scope = scope.removesuffix("的")         # ('小学的校均规模')
    kind = re.search(r"(?:小学|初中|高中|中学|幼儿园)$", scope) if over == "学校" else None
    per = per.replace("学校", kind.group(0)) if kind else per      # ('小学校均规模': 每所小学)
    over = "" if over == "学校" and _KINDS.search(scope) else over
    held = "一共" if m in _EVENTS else "有"        # ('培训班有多少期' asks no 举办…8期)
    return Parts((f"{scope}{counted}{asks}", f"{scope}{over}{held}多少{_measure(over, m)}"), "per",
                 per=per)


def stated(parts: Parts, hits) -> bool:
    """Whether a passage found states an average of the kind asked ('校均规模783人'), which
    no figure computed here may stand in for."""
    m = parts.per[1:2]
    kinds = [w for over, mm, w in (v[1:] for v in _NAMED.values())
             if mm == m or over[-1] in parts.per or over == "专任教师" and _PEOPLE.search(parts.per)]
    words = "|".join(kinds + [f"平均每{m}", f"{m}均"])
    return any(re.search(words, tx.fold(h.chunk.text)) for h in hits)


def fits(a, b) -> bool:
    """Whether ``a`` over ``b`` is an average: counts (or money over people), one year, one
    period, a unit to divide by."""
    fa, fb = a.fact, b.fact
    money = fa.unit.endswith("元")
    return fa.id != fb.id and Decimal(fb.value) > 0 and fb.unit in _COUNTS and \
        fa.unit not in ("%", "‰", "比", "") and (not money or fb.unit in ("人", "名", "人次")) and \
        (fa.year == fb.year or None in (fa.year, fb.year)) and fa.period == fb.period


def verdict(a, b, per: str) -> tuple[str, str]:
    """'按上述数字计算，平均每所学校约481人' and the average as written."""
    value = Decimal(a.fact.value) / Decimal(b.fact.value)
    places = 0 if value >= 100 else 1 if value >= 10 else 2
    shown = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    unit = re.sub(r"^[万亿]", "", a.fact.unit)
    about = "" if shown == value and not (a.fact.approx or b.fact.approx) else "约"
    figure = f"{plain(shown)}{unit}"
    return f"按上述数字计算，平均{per}{about}{figure}", figure
