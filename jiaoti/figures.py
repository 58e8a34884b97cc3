"""Figures as a document writes them, with offsets into the original text: the value
(万/亿 expanded, Chinese numerals read), the unit, the marker that makes it approximate,
and what kind of number it is — only ``count`` figures quantify something; years, dates,
ordinals (第十三届, 全省第一), list numbers ("1." at a line's start) and numbers inside short
quoted names (“123851”, 教育信息化2.0) are context, never facts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from jiaoti.numbers import (
    CN_NUM_CHARS, LEVELS, MULTIPLIERS, cn_to_int, join_grouped, magnitude_first,
)
from jiaoti.numbers import (
    plain as plain,  # one definition; facts and compose import it here
)
from jiaoti.text import fold

# longest first; 百分点 before 个 so that "13个百分点" reads as percentage points
UNITS = sorted(["个百分点", "百分点", "人次", "场次", "平方千米", "平方公里", "平方米", "平米", "㎡",
                "万平米", "公里", "课时", "学时", "小时", "个班", "元", "人", "名", "所", "个",
                "项", "次", "门", "本",
                "件", "套", "期", "家", "金", "银", "铜", "类", "届", "枚", "%", "位", "场", "批",
                "种", "份", "篇", "部", "条", "块", "型", "天", "月", "日", "年", "台", "辆", "间",
                "座", "亩", "米", "册", "节", "班", "支", "队", "户", "岁", "倍", "分", "周",
                "处", "张", "株", "箱", "吨", "千米", "千瓦", "起"], key=len, reverse=True)
# "12个班" counts classes in 个班; "1911个班级" counts 班级 in 个 (班级, 班子, 班主任 are words)
_UNIT_ALT = "|".join(re.escape(u) + ("(?![级子主额车])" if u == "个班" else "") for u in UNITS)
_APPROX_BEFORE = ("将近", "超过", "近", "超", "逾", "约", "大约")
_APPROX_AFTER = ("余", "多", "以上", "左右", "余万")
_ARABIC = re.compile(rf"(?<!\d)(?<!(?<!%)\.)(?:(\d+(?:\.\d+)?)\s?(?:至|到|-|~|～)\s?)?"
                     rf"(\d+(?:\.\d+)?)\s?(万|亿|千)?(余|多)?\s?({_UNIT_ALT})?(以上|左右)?")
_CN_CLASSIFIER = "个所名位人项次门本件套期类场届枚块条家批部篇种份型座台辆间只支队户元"
_CHINESE = re.compile(rf"(?<![\d.{CN_NUM_CHARS}])([一二两三四五六七八九十百千万亿]"
                      rf"[{CN_NUM_CHARS}]*)(大)?([{_CN_CLASSIFIER}])")
_PERCENT_CN = re.compile(rf"百分之([{CN_NUM_CHARS}]+|\d+(?:\.\d+)?)")
# "1." "2、" "（3）" at a line's or a cell's start: list numbers, not figures
_LIST_NUMBER = re.compile(r"(?:^|(?<=[\n|;；:：\s]))(\d{1,2})[.、．](?=\D|(?:19|20)\d\d)")
# '市委十届七次全会', '二十届三中全会', '一届二次理事会议': numbered sessions, not counts;
# '学院一期', '中学二部': parts of names
_CN_NAME = re.compile(r"[一二三四五六七八九十]*[次中届]?(?:全会|全体|会议|代表大会|理事会|常委会)")
_CN_NAME_UNITS = ("届", "期", "部")
_TIER = re.compile(r"(?:上线|达线|线|院校|批次|录取|高校|大学)")   # '一本上线': a tier of 本科
_QUOTED = re.compile(r"“[^”]{0,10}”|《[^》]{0,60}》")
# '师生比为1:25.5', '生师比13.5∶1': a ratio right after the word naming it is one figure
_RATIO = re.compile(r"(?<=比)(?:为|是|达到|达|约为|约)?\s?(\d+(?:\.\d+)?)\s?[:：∶]\s?"
                    r"(\d+(?:\.\d+)?)(?![\d:：∶])")
# '生机比初中达4.83:1,小学达6.85:1': a ratio of the sentence's '…比', its rows named between
# (a row on its own, '小学达6.85:1', when one side is 1)
_RATIO_ROW = re.compile(r"(?:为|是|达到|达|约为|约)\s?(\d+(?:\.\d+)?)\s?[:：∶]\s?(\d+(?:\.\d+)?)"
                        r"(?![\d:：∶])")
# '小学生师比为18.25': a student-teacher ratio written as one number (students per teacher)
_BARE_RATIO = re.compile(r"(?<=[师生]比)(?:为|是|达到|达|约为|约)?\s?(\d+(?:\.\d+)?)"
                         r"(?![\d.:：∶%％万亿千百])(?!\s?[个人名所元项])")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: Decimal
    unit: str
    approx: str          # "", or 余 多 近 超 逾 约 以上 左右 …
    raw: str             # the text[start:end] as written
    kind: str            # count | year | date | ordinal | name


def _value(digits: str, mult: str | None) -> Decimal | None:
    try:
        v = Decimal(digits)
    except InvalidOperation:
        return None
    return v * MULTIPLIERS[mult] if mult else v


def _mask(text: str) -> str:
    """``text`` with list numbers blanked (same length), so '1.2024年' is not 1.2024."""
    return _LIST_NUMBER.sub(lambda m: " " * len(m.group(0)), text)


def _approx_before(text: str, start: int) -> tuple[str, int]:
    for word in _APPROX_BEFORE:
        if text.endswith(word, 0, start):
            return word, start - len(word)
    return "", start


def _kind(text: str, start: int, end: int, value: Decimal, unit: str) -> str:
    before = text[max(0, start - 1):start]
    if before == "第" or text[max(0, start - 1):start] == "前" and unit in ("", "名"):
        return "ordinal"
    if unit == "年" and 1900 <= value <= 2100:
        return "year"
    if not unit and 1900 <= value <= 2100 and value == int(value):
        return "year"
    if unit in ("月", "日") and value <= 31:
        return "date"
    if unit == "年" and (text[start:start + 1] == "近" or re.match(r"来|里|间|以来", text[end:end + 2])
                        or before and before in "这去"):     # '近3年来': a span of time
        return "name"
    if not unit or text[end:end + 1] == "性":     # ('学考一次性全科合格率': a kind of pass)
        return "name"
    return "count"


def _inside_quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


_NUM = r"\d+(?:\.\d+)?"
_COMPOUND = re.compile(rf"(?<![\d.])(?:(?P<yi>{_NUM})\s?亿\s?(?P<rest>{_NUM})\s?(?P<mag>千万|万)|"
                       rf"(?P<wan>{_NUM})\s?万\s?(?P<qian>{_NUM})\s?千(?!万))"
                       rf"(?P<approx>余|多)?\s?(?P<unit>{_UNIT_ALT})?")
# '总投资1亿2700万': an amount of money that leaves out its 元
_MONEY_BEFORE = re.compile(r"(?:投资|资金|经费|投入|拨付|拨款|金额|预算|造价|补助|奖补)"
                           r"(?:了|为|达|约|近|共|总计|合计)?\s?$")


# '全县在园幼儿11312,': a whole number written right after a noun that counts people,
# schools or classes, with no unit, counts in that noun's measure word
_NOUN_BEFORE = re.compile(r"[\u4e00-\u9fff](?:(?P<people>[儿生师工员童]|人数)|(?P<school>学校|[校园])|"
                          r"(?P<cls>班))数?$")
_NOUN_AFTER = re.compile(r"\s?(?:[,，;；。、)）]|$)")


def _noun_unit(folded: str, start: int, end: int) -> str:
    m = _NOUN_BEFORE.search(folded, max(0, start - 4), start)
    if not m or not _NOUN_AFTER.match(folded, end):
        return ""
    return "人" if m.group("people") else "所" if m.group("school") else "个"


_MAJOR = re.compile(r"大(?=[\u4e00-\u9fff])(?!学(?![区校园]))(?!于|约|幅|力|规模|批|型)")


def _compound_value(m: re.Match) -> Decimal:
    if m.group("yi"):
        rest = Decimal(m.group("rest")) * (10_000_000 if m.group("mag") == "千万" else 10_000)
        return Decimal(m.group("yi")) * 100_000_000 + rest
    return Decimal(m.group("wan")) * 10_000 + Decimal(m.group("qian")) * 1_000


def figures_at(text: str) -> list[Figure]:
    """Every figure of ``text`` in order, with its offsets in ``text``."""
    folded = magnitude_first(_mask(fold(join_grouped(text, pad=True))))
    quoted = _inside_quotes(folded)
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    rows = [m for m in _RATIO_ROW.finditer(folded)     # (a row alone: one side is 1)
            if "比" in re.split(r"[。；;!?！？]", folded[:m.start()])[-1] or "1" in m.group(1, 2)]
    for m in [*_RATIO.finditer(folded), *rows]:
        if not any(a <= m.start(1) < b for a, b in taken):
            a, b = Decimal(m.group(1)), Decimal(m.group(2))
            out.append(_make(text, folded, m.start(1), m.end(2), b if a == 1 else a, "比", "",
                             quoted))
            taken.append((m.start(1), m.end(2)))
    for m in _BARE_RATIO.finditer(folded):
        if not any(a <= m.start(1) < b for a, b in taken):
            out.append(_make(text, folded, m.start(1), m.end(1), Decimal(m.group(1)), "比", "",
                             quoted))
            taken.append((m.start(1), m.end(1)))
    for m in _COMPOUND.finditer(folded):         # '1亿2700万': one figure, 127000000
        value = _compound_value(m)
        unit = m.group("unit") or ""
        approx, start = _approx_before(folded, m.start())
        unit = unit or ("元" if _MONEY_BEFORE.search(folded, 0, start) else "")
        out.append(_make(text, folded, start, m.end(), value, unit,
                         approx or m.group("approx") or "", quoted))
        taken.append((m.start(), m.end()))
    for m in _ARABIC.finditer(folded):
        value = _value(m.group(2), m.group(3))
        if value is None or any(a <= m.start() < b for a, b in taken):
            continue
        unit = m.group(5) or ""
        end = m.end() if (unit or m.group(4) or m.group(6)) else m.end(3) if m.group(3) \
            else m.end(2)
        approx, start = _approx_before(folded, m.start())
        approx = "至" if m.group(1) else (approx or m.group(4) or m.group(6) or "")
        if not unit and m.group(3) in ("万", "亿") and _MONEY_BEFORE.search(folded, 0, start):
            unit = "元"                             # '总投资2700万。'
        if not unit and not m.group(3) and _MAJOR.match(folded, end):   # '6大学区': six (major)
            kind = folded[end + 1:end + 2] in "类项门"     # districts; '10大类': ten (major) kinds
            unit, end = (folded[end + 1], end + 2) if kind else ("个", end + 1)
        if not (unit or m.group(1) or m.group(3) or m.group(4) or m.group(6)) and \
                "." not in m.group(2):
            unit = _noun_unit(folded, start, end)
        out.append(_make(text, folded, start, end, value, unit, approx, quoted))
        taken.append((m.start(), end))
    for m in _PERCENT_CN.finditer(folded):
        n = m.group(1)
        value = Decimal(n) if n[0].isdigit() else Decimal(cn_to_int(n) or 0)
        out.append(_make(text, folded, m.start(), m.end(), value, "%", "", quoted))
        taken.append((m.start(), m.end()))
    for m in _CHINESE.finditer(folded):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = cn_to_int(m.group(1))
        if not value or m.group(1) in ("一", ) and m.group(3) in ("个", "批", "支"):
            continue      # '一个', '一批': an article, not a count; '万元' alone: no number
        approx, start = _approx_before(folded, m.start())
        fig = _make(text, folded, start, m.end(), Decimal(value), m.group(3), approx, quoted)
        if _CN_NAME.match(folded, m.end()) or m.group(3) in _CN_NAME_UNITS or \
                m.group(3) == "本" and _TIER.match(folded, m.end()) or \
                m.group(3) == "类" and folded[start - 1:start] in LEVELS and start:  # 省二类
            fig = Figure(fig.start, fig.end, fig.value, fig.unit, fig.approx, fig.raw, "name")
        out.append(fig)
    out.sort(key=lambda f: f.start)
    return _elided_units(folded, out)


_ASIDE = re.compile(r"[(（][^()（）]+[)）]")


def _elided_units(folded: str, figs: list[Figure]) -> list[Figure]:
    """'43.2万平方米(学前5.4万、小学14.1万)': a breakdown in brackets right after a figure
    writes its parts without the unit ('(公办143679人、民办34660)': some of them); they
    count in that unit."""
    for m in _ASIDE.finditer(folded):
        before = next((f for f in figs if f.end == m.start()), None)
        inside = [i for i, f in enumerate(figs) if m.start() < f.start < m.end()]
        if before is None or not before.unit or before.kind != "count" or not inside or \
                any(figs[i].unit not in ("", before.unit) for i in inside):
            continue
        for i in (i for i in inside if not figs[i].unit):
            f = figs[i]
            figs[i] = Figure(f.start, f.end, f.value, before.unit, f.approx, f.raw, "count")
    return _shared_with_next(folded, figs)


_SIBLING = re.compile(r"[,，、](?:其中)?[^\W\d有是为达共计_]{1,6}$")     # two items, each a noun


def _shared_with_next(folded: str, figs: list[Figure]) -> list[Figure]:
    """'其中在职3311,离退休1175人': a bare whole number after a noun, whose next item is a
    noun and a figure in a unit, counts in that unit too."""
    for i, (f, nxt) in enumerate(zip(figs, figs[1:])):
        if f.unit or f.kind != "name" or "." in f.raw or not f.raw.isdigit() or \
                not _SIBLING.search("," + folded[:f.start]) or \
                not nxt.unit or nxt.kind != "count" or \
                not _SIBLING.search(folded[f.end:nxt.start]) or \
                not re.match(r"\s*(?:[,，;；。、)）]|$)", folded[nxt.end:]):
            continue
        figs[i] = Figure(f.start, f.end, f.value, nxt.unit, f.approx, f.raw, "count")
    return figs


_SAME_UNIT = {"个百分点": "百分点", "㎡": "平方米"}     # the raw text keeps its own sign


def _make(text, folded, start, end, value, unit, approx, quoted) -> Figure:
    kind = _kind(folded, start, end, value, unit)
    if kind == "count" and any(a < start and end < b for a, b in quoted):
        kind = "name"
    unit = _SAME_UNIT.get(unit, unit)
    return Figure(start, end, Decimal(plain(value)), unit, approx, text[start:end], kind)


def counts_at(text: str) -> list[Figure]:
    """The figures of ``text`` that quantify something."""
    return [f for f in figures_at(text) if f.kind == "count"]


_NAMING = re.compile(r"[\u4e00-\u9fff]{2,8}")     # a noun between two figures, no list mark


def other_spans(item: str, at: int) -> list[tuple[int, int]]:
    """The spans of ``item`` that belong to its figures other than the one starting at
    ``at``: those figures, and in an item of pairs ending in a figure ('信丰七小新增班级48个
    学位2160个') the words between two figures, which name the later one (学位 is 2160's,
    not 48's; the words before the first are all of theirs). Last first."""
    figs = sorted(counts_at(item), key=lambda f: f.start)
    if len(figs) > 1 and not item[:figs[0].start].strip(" ,，、;；:："):
        return _figure_first(item, figs, at)
    paired = len(figs) > 1 and not item[figs[-1].end:].strip(" ,，。;；") and all(
        _NAMING.fullmatch(item[p.end:f.start]) for p, f in zip(figs, figs[1:])) and \
        not _verb_led(item[:figs[0].start])     # '新建5所城区学校增学位6030个': 5所's noun after it
    spans = [_segment(item, f, at) for f in figs if f.start != at]
    if paired:
        spans += [(p.end, f.start) for p, f in zip(figs, figs[1:]) if f.start != at]
    return sorted(spans, reverse=True)


def _figure_first(item: str, figs: list[Figure], at: int) -> list[tuple[int, int]]:
    """'八个专业1628名学生配备教师82人': an item that opens with a figure says each thing
    after its count — the nouns right after a figure are its own, the rest up to the next
    figure the next one's (专业 is 八个's, 学生 1628名's, 配备教师 82人's; '5个项目总投资
    1.2亿元' leaves 总投资 to 1.2亿元); what follows the last one's nouns is said of them
    all ('10所职业院校与35家企业共同打造…'). Last first."""
    heads = [_nouns_after(item, p.end, f.start, _bare_end(item, f, n))
             for p, f, n in zip(figs, figs[1:], [*figs[2:], None])]
    heads.append(_nouns_after(item, figs[-1].end, len(item), False))
    starts = [0] + [p.end + h for p, h in zip(figs, heads)]
    spans = [(starts[k], f.end + heads[k]) for k, f in enumerate(figs) if f.start != at]
    return sorted(spans, reverse=True)


def _bare_end(item: str, fig: Figure, nxt: Figure | None) -> bool:
    """Does ``fig`` name nothing after it (so the words before it are its own)?"""
    return not any("\u4e00" <= c <= "\u9fff" for c in item[fig.end:nxt.start if nxt else None])


def _nouns_after(item: str, a: int, b: int, leave_one: bool) -> int:
    """How many characters of nouns follow a figure at ``a`` (up to a verb, a joining word,
    的 or the next figure at ``b``), keeping the last word for the next figure when
    ``leave_one`` and nothing else stands before it."""
    from jiaoti.text import is_verb, words

    got, pos = [], a
    for w in words(item[a:b]):
        if not w or not all("\u4e00" <= c <= "\u9fff" for c in w) or is_verb(w) or \
                w in _NOT_NOUNS or not item.startswith(w, pos):
            break
        got.append(w)
        pos += len(w)
    if leave_one and got and pos == b:
        got.pop()
    return sum(map(len, got))


_NOT_NOUNS = {"与", "和", "及", "以及", "的", "共", "共计", "合计", "总计", "总", "等", "各", "均", "达",
              "为", "是", "有", "其中", "并", "同时", "另", "共同", "一起", "分别", "已", "全部", "都"}


def _segment(item: str, fig: Figure, at: int) -> tuple[int, int]:
    """The span of another figure: the figure, or, when a comma parts it from the one at
    ``at`` inside quotes ('“开工40所,推动完工50所”'), its whole part ('推动完工50所')."""
    a = max(item.rfind(c, 0, fig.start) for c in "，,“") + 1
    ends = [e for e in (item.find(c, fig.end) for c in "，,”") if e >= 0]
    b = min(ends) if ends else len(item)
    quoted = "“" in item[:a] and "”" in item[b:]
    if quoted and not a <= at < b:
        return a, b
    noun = PAIRED_NOUN.match(item, fig.end)        # '有600名学生和24名教师': 教师 is 24名's
    joined = noun and (JOINED.search(item[max(0, fig.start - 2):fig.start]) or
                       re.match(r"以及|[和及与、]", item[noun.end():]))
    return (fig.start, noun.end()) if joined else (fig.start, fig.end)


PAIRED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?=以及|[和及与、，,。；;”]|$)")


def _verb_led(before: str) -> bool:
    """Does a verb lead the first figure ('建5所学校'), so the noun after it is its own?"""
    from jiaoti.text import is_verb, words

    got = [w for w in words(before[-6:]) if w.strip()]
    return bool(got) and is_verb(got[-1])


JOINED = re.compile(r"以及|[和及与]")


def without_others(item: str, at: int) -> tuple[str, int]:
    """``item`` without the spans of its other figures (``other_spans``), and where the
    figure starting at ``at`` now starts. A figure joined to a later one ('专职保安140名和
    校医56名') leaves a space, so 56名's words read '专职保安 和校医' — two things, each
    with its own figure, not one '专职保安和校医' counted together."""
    for s, e in other_spans(item, at):
        gap = " " if e <= at and JOINED.match(item, e) else ""
        item = item[:s] + gap + item[e:]
        at -= (e - s - len(gap)) if e <= at else 0
    return item, at


_SHARE_OF = re.compile(r"占(?![地用有据])(?=[^占，,;；。]{2,24}$)")
_SHARE_AFTER = re.compile(r"\s*的?(?:比例|比重)")
_NAMELY = re.compile(r"(?<![立随旋])即(?![将使可时便])")


def namely_part(item: str, at: int) -> tuple[str, int]:
    """``item`` around its figure at ``at`` without a figure's breakdown after '即'
    ('新增学位8160个即奥信小学新增…学位1080个,…': the parts are not 8160's, nor is the whole
    1080's), and where the figure now starts."""
    base = _share_base(item, at)    # '…经费占一般公共预算支出1814597万元的比例15.68%':
    if base:                        # the figure is the whole's the share is taken of
        return item[base:], at - base
    for namely in _NAMELY.finditer(item):
        if namely.start() >= at and counts_at(item[namely.end():]):
            return item[:namely.start()], at
        if namely.end() <= at and counts_at(item[:namely.start()]):
            return namely_part(item[namely.end():], at - namely.end())
    return item, at


def _share_base(item: str, at: int) -> int:
    """Where the whole starts that the figure at ``at`` measures, when the item takes a share
    of it ('A占B 1814597万元的比例'), or 0."""
    base = _SHARE_OF.search(item[:at])
    own = counts_at(item[at:])
    if not base or not own or own[0].start:
        return 0
    return base.end() if _SHARE_AFTER.match(item, at + own[0].end) else 0
