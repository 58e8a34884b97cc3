"""Figures → typed facts, at ingest. Every counting figure of a paragraph becomes a
``Fact``: its value and unit, whether it is approximate, the year it belongs to, whether it
is a result, a plan, a target or a running total, the phrase it quantifies, the clause it
sits in, the places the clause is about, and its offsets in the document.

The year is the nearest year the sentence names before the figure, else the year the
paragraph opens with, else the year of the nearest heading above it, else the title's one
year. The period comes from the headings (思路, 计划, 安排, 要点…) and from the words before
the figure in its clause (将, 计划, 力争, 确保, 预计 → plan; 目标, 任务 → target; 累计, 截至 →
cumulative)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from jiaoti import text as tx
from jiaoti.figures import Figure, counts_at, namely_part, plain, without_others
from jiaoti.headings import PLAN_HEADING, REVIEW, plan_section as heads_plans
from jiaoti.numbers import PRIOR_FIGURE, heading_years, school_year_spans, school_years
from jiaoti.places import gazetteer
from jiaoti.types import Chunk, Fact
from jiaoti.wordclass import plan_names

# 将 as a modal ("将新建", "将于"), not as 把 ("将学校安全纳入考核")
_PLAN_WORDS = re.compile(r"将(?=新|进一步|继续|全面|加快|大力|持续|力争|逐步|按|于|在|实现|建成|完成|"
                         r"开办|新增|新建|投入|启动|开展|举办|推进|建设|达到|提升|扩大|增加|再)|"
                         r"规划(?=新|改扩建|扩建|建设|增加|投入)|拟|力争|(?<![为以])确保|预计|争创|力求|(?<![主重只必紧纲])要(?!求|点|闻|素)|准备|谋划|(?<!大)力推|[可有]望")   # (not 大力推进)
_TARGET_WORDS = re.compile(r"目标|任务|指标")
_DONE = re.compile(r"完成|完工|达成")
_SAME_YEAR = re.compile(r"全年|当年|同年")
_CUMULATIVE = re.compile(r"累计|截至|截止|共计|总计|历年|累积|以来")
_LEAD_YEAR = re.compile(r"^\s*(?:在|于)?(?:(?:19|20)\d{2}\s*[—–\-~～至到]+\s*)?((?:19|20)\d{2})\s*年"
                        r"(?!以来|来|起|至今|开始)")     # ('2014年以来,…' is no year of its figures)
# '2019年以来招聘…', '2021年起…': a starting point, not the year the figure belongs to
# '较2024年增加1017人': the base of a change is not the year the figure belongs to
_YEAR_AT = re.compile(r"(?<![较比与同])((?:19|20)\d{2})\s*年(?!以来|来|起|至今|开始)")
_BASE_AT = re.compile(r"(?<=[较比与同])((?:19|20)\d{2})\s*年")
_CONNECTIVE = re.compile(r"^(?:其中|同时|并|累计|此外|另外|以及|和|及|为)+")
_NOISE = re.compile(r"[(（]\s*[)）]|(?:^|(?<=\s))\d{1,2}[.、．](?!\d)|\|")
TARGET_GAP = 8        # 目标/任务 this close before a figure make it a target
# a title with figures is a news headline ('新建5所学校增学位6030个…2022年工作重点来了')
FACT_KINDS = ("paragraph", "caption", "table", "heading", "title")


@dataclass(frozen=True)
class DocYears:
    """A document's own years: its title's, and the latest its headings name."""

    title: frozenset[int]


def fact_id(chunk: Chunk, fig: Figure) -> str:
    key = f"{chunk.id}\x1f{fig.start}\x1f{fig.raw}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def extract_facts(chunks: list[Chunk], title: str, home_places=()) -> list[Fact]:
    """The facts of a document's chunks, in document order."""
    title_years = _title_years(title)
    out: list[Fact] = []
    last: tuple[str, int | None] = ("", None)     # (section, year) of the paragraph before
    said: dict[str, int] = {}       # section → the last year its chunks so far named
    for chunk in chunks:
        if chunk.kind in FACT_KINDS:
            m = _LEAD_YEAR.match(chunk.text)
            # '其中普通高中6所,…' goes on with the paragraph before it: its year too
            carried = last[1] if last[0] == chunk.section and _GOES_ON.match(chunk.text) \
                else None
            out.extend(_chunk_facts(chunk, title_years, set(home_places), carried,
                                    said.get(chunk.section)))
            last = (chunk.section, int(m.group(1)) if m else carried)
            said.update({chunk.section: y for _, y in _years_at(tx.fold(chunk.text), 0,
                                                                 len(chunk.text))[-1:]})
    return out


_GOES_ON = re.compile(r"\s*(?:其中|另有|此外|另外)")




def _title_years(title: str) -> tuple[int | None, int | None]:
    """(the year of the results, the year of the plans) a title names: '2025年工作总结及
    2026年工作打算' → (2025, 2026); one year → (that year, that year); else (None, None)."""
    years = sorted(heading_years(title))
    school_year = school_years(title)
    if school_year:            # '2023-2024学年度…统计': the year it starts in, as statistics say
        return school_year[0], school_year[0]
    if len(years) == 1:
        return years[0], years[0]
    if len(years) == 2 and REVIEW.search(title) and PLAN_HEADING.search(title):
        return years[0], years[1]
    return None, None


def _chunk_facts(chunk: Chunk, title_years: tuple[int | None, int | None],
                 home: set[str], carried: int | None = None,
                 earlier: int | None = None) -> list[Fact]:
    text = chunk.text
    m = _LEAD_YEAR.match(text)
    lead = next((y for a, _, y in school_year_spans(tx.fold(text), 0, 40)
                 if not text[:a].strip(" \t\n在于")), None)     # '2016—2017学年度,…'
    lead_year = lead or (int(m.group(1)) if m else carried)
    heading_year = _heading_year(chunk.section)
    plan_section = heads_plans(chunk.section_parts() + ([text] if chunk.kind == "title" else []))
    fallback = lead_year or heading_year or title_years[1 if plan_section else 0]
    out = []
    sentences = tx.sentence_parents(text)
    said: list[tuple[int, int]] = []        # the years of the sentence before
    now: set[int] = set()         # the sentences of the document's own year ('今年,…')
    for i, (s, e, parent) in enumerate(sentences):
        # '其中…' details the sentence before it: the same period
        inherited = text[sentences[parent][0]:sentences[parent][1]] if parent >= 0 else ""
        inherited = _plan_opening(text, sentences, s) + inherited
        years = _years_at(tx.fold(text), s, e)
        if not years and (_NOW_OPENING.match(text, s) or parent in now or i - 1 in now and
                          text[:s].rstrip()[-1:] in ";；"):   # '2015年,…。今年,…计划筹措
            said = []                           # 资金约11.45亿元;…': not the paragraph's year
            now.add(i)
            own = heading_year or title_years[1 if plan_section else 0]
            for clause in tx.clauses(text, s, e):
                _clause_facts(out, chunk, s, e, clause, years, own, plan_section, home,
                              inherited)
            continue
        if not years and said and text[:s].rstrip()[-1:] in ";；":     # '2017年…毕业生12人;
            years = [(s, said[-1][1])]                  # 招聘引进…教师9人': one sentence, one year
        if not years and parent >= 0:       # '2011年,…共录取各类高校4192人。其中,录取清华3人'
            years = [(s, y) for _, y in _years_at(tx.fold(text), *sentences[parent][:2])[-1:]]
        # ('…已于2015年12月开工建设;古定小学…': a date inside the piece before is not its year)
        said = years if years and not text[s:years[0][0]].strip(" \t在于") else []
        # no year but a change from one ('市本级支出…,比2020年增长5.8%'): the year after it
        base = _BASE_AT.search(tx.fold(text), s, e) if not years and fallback is None else None
        later = [y for y in [earlier or 0] + [y for _, y in _years_at(tx.fold(text), 0, s)]
                 if base and y > int(base.group(1))]
        own_fallback = later[-1] if later else int(base.group(1)) + 1 if base else fallback
        # (a later year said before in the chunk is the one it speaks of: '截至2015年,…。目前,
        # 全县普通高中有40个班,较2010年增8个班' is 2015, not 2011)
        if not years and _SAME_YEAR.search(text[s:e]):    # '…2025年新增初中学位3000个。…,全年
            said = _years_at(tx.fold(text), 0, s)           # 新增优质学位超8000个': that year
            own_fallback = said[-1][1] if said else own_fallback
        for clause in tx.clauses(text, s, e):
            _clause_facts(out, chunk, s, e, clause, years, own_fallback, plan_section, home,
                          inherited)
    return out


# a sentence opening on 今年 speaks of the document's own year, whatever year its paragraph
# opened with
_NOW_OPENING = re.compile(r"\s*(?:在|于)?(?:今年|本年度?)(?![以来])")


def _clause_facts(out, chunk, s, e, clause, years, fallback, plan_section, home, inherited):
    text = chunk.text
    pending = ""          # '幼儿园、中小学校178所': figure-less items share the figure
    for k, (ia, ib) in enumerate(clause.items):
        figs = counts_at(text[ia:ib]) or [    # ('其中在职3311,离退休1175人': 人)
            f for f in counts_at(text[ia:e]) if f.end <= ib - ia]
        if not figs:
            pending += text[ia:ib] + "、"
            continue
        head = _list_head(text, clause, k) or pending
        pending = ""
        for fig in figs:
            out.append(_fact(chunk, s, clause, ia, ib, fig, head, years, fallback,
                             plan_section, home, inherited))


def _years_at(folded: str, s: int, e: int) -> list[tuple[int, int]]:
    """(where, year) of the years a sentence names; a school year ('2016—2017学年度') is
    the year it starts in, as statistics name it."""
    spans = school_year_spans(folded, s, e)
    years = [(m.start(), int(m.group(1))) for m in _YEAR_AT.finditer(folded, s, e)
             if not any(a <= m.start() < b for a, b, _ in spans)]
    return sorted(years + [(a, y) for a, _, y in spans])


def _heading_year(section: str) -> int | None:
    """The year of the nearest heading above (the last part of the path naming one)."""
    for part in reversed(section.split(" › ")):
        ys = heading_years(part)
        if len(ys) == 1:
            return next(iter(ys))
    return None


def _list_head(text: str, clause: tx.Clause, k: int) -> str:
    """'社会组荣获7个一等奖、8个二等奖': an item that starts with its figure borrows the
    words before the first item's figure ('社会组荣获')."""
    if k == 0:
        return ""
    ia, ib = clause.items[k]
    own = counts_at(text[ia:ib])        # ('九年一贯制学校6所' starts with its name)
    if not own or text[ia:ia + own[0].start].strip():
        return ""
    a0, b0 = clause.items[0]
    figs = counts_at(text[a0:b0])
    return text[a0:a0 + figs[0].start] if figs else ""


def _fact(chunk, sentence_start, clause, ia, ib, fig, head, years, fallback, plan_section,
          home, inherited: str = "") -> Fact:
    text = chunk.text
    at = ia + fig.start
    before = [(pos, y) for pos, y in years if pos < at]
    now = bool(before) and _NOW.search(text, before[-1][0], at) is not None  # '2012年,…仅有
    # ('由2014年的4.62平方米增加到6.78平方米': 6.78 is not 2014's)
    now = now or bool(before) and _reached_after(text, before[-1][0], at)
    year = before[-1][1] if before and not now else fallback     # 296名学生,如今…有600名…'
    if year is None and not now:    # (a year a change starts from is not the sentence's)
        year = next((y for pos, y in years if not _FROM.search(text[max(0, pos - 2):pos])), None)
    prior = PRIOR_FIGURE.search(text, clause.start, at + 1)
    if year is not None and prior and prior.end() == at:
        year -= 1       # '比上年的387878万元减少19万元': the figure said right after is last year's
    period = _period(text[clause.start:at], inherited + text[sentence_start:at], fig.unit,
                     plan_section)
    if _quoted_task(text, clause, at):      # '超额完成“开工40所,推动完工50所”市办实事任务'
        period = "target"
    item = text[ia:ib]
    subject = _subject(item, fig, head)
    return Fact(
        id=fact_id(chunk, Figure(at, ia + fig.end, fig.value, fig.unit, fig.approx, fig.raw,
                                 fig.kind)),
        value=plain(fig.value), unit=fig.unit, raw=fig.raw, approx=fig.approx, year=year,
        period=period, subject=subject, clause=text[clause.start:clause.end],
        chunk_id=chunk.id, source=chunk.source, section=chunk.section,
        start=chunk.start + at, end=chunk.start + ia + fig.end,
        clause_start=chunk.start + clause.start, clause_end=chunk.start + clause.end,
        places=_places(text[clause.start:clause.end], home),
        ocr_confidence=chunk.ocr_confidence)


_FROM = re.compile(r"[由从]\s*$")
_REACHED = re.compile(r"(?:增加|提高|提升|增长|上升|扩大|下降|减少|降低|缩小|增|降|减)(?:到|至)\s*$")


def _reached_after(text: str, year_at: int, at: int) -> bool:
    """Is the figure at ``at`` the value a '由<year>的A…增加到B' reached, after the year's
    value A? Then the year is where it started, not the year of B."""
    if not _FROM.search(text[max(0, year_at - 2):year_at]):
        return False
    figs = [f for f in counts_at(text[year_at:at]) if f.unit != "年"]
    return bool(figs) and bool(_REACHED.search(text[year_at + figs[-1].end:at]))


def _quoted_task(text: str, clause, at: int) -> bool:
    """Is the figure inside quotes that name a task or target (‘“…50所”市办实事任务’)?"""
    opened, closed = text.rfind("“", clause.start, at), text.find("”", at, clause.end)
    return opened >= 0 and closed >= 0 and "”" not in text[opened:at] and bool(
        re.match(r"[^，,。；;]{0,6}?(?:任务|目标)", text[closed + 1:clause.end]))


def _period(clause_before: str, sentence_before: str, unit: str, plan_section: bool) -> str:
    """target: 目标/任务 just before the figure (a rate of a target, '完成目标任务100%', is a
    result); plan: a plan heading or a modal word earlier in the sentence; cumulative:
    累计/截至 earlier in the clause."""
    clause_before, sentence_before = (_unquoted(tx.fold(clause_before)),     # ('累計': a
                                      _unquoted(tx.fold(sentence_before)))    # traditional copy)
    target = _TARGET_WORDS.search(clause_before[-TARGET_GAP:])
    at = max(0, len(clause_before) - TARGET_GAP) + target.start() if target else 0
    done = target and _DONE.search(clause_before[max(0, at - TARGET_GAP):at])
    if unit != "%" and target and not done:    # '完成项目建设任务的有11个' is a result
        return "target"
    if plan_section or _PLAN_WORDS.search(sentence_before) or _plans(sentence_before):
        return "plan"
    if _CUMULATIVE.search(sentence_before):
        return "cumulative"
    return "actual"


def _plan_opening(text: str, sentences, s: int) -> str:
    """'计划至2015年全县撤销1所…;撤并完小2所,教学点5个;…。': parts after ；that open no plan
    of their own belong to the plan their sentence opens with (its opening words), unless
    they say something is done."""
    if _RESULT.search(text[s:s + 12]):
        return ""
    start = s
    while start > 0 and text[start - 1] in ";；":
        before = next((a for a, b, _ in sentences if b == start), None)
        if before is None:
            break
        start = before
    figs = counts_at(text[start:start + 40])     # (up to its first figure: '今年,在新一轮的
    opening = text[start:start + (figs[0].start if figs else 12)]   # …大会战中,全市计划筹措…')
    return opening if start < s and (_PLAN_WORDS.search(opening) or _plans(opening)) else ""


_RESULT = re.compile(r"已|完成|建成|竣工|投入使用")
_EXAMPLE_SCHOOL = re.compile(r"(?:第[一二三四五六七八九十\d]+|[\u4e00-\u9fff]{0,4}?)"
                             r"(?:中学|小学|幼儿园|学校|完小|初中|高中|中心校)")
_EXAMPLES_COUNTED = re.compile(r"[^，,；;。]*?等\s*\d")
_NOW = re.compile(r"如今|至今")     # the present set against a year said earlier ('目前' goes on in it)


def _plans(text: str) -> bool:
    """计划 as a modal ('计划新建', '计划年内竣工'), not as a noun ('第三期学前教育行动计划顺利
    推进' reports progress)."""
    for m in re.finditer("计划", text):
        if _ATTRIBUTIVE.match(text[m.end():]):
            continue                    # '计划实施的5个项目已于8月底全部竣工': the planned ones
        if (m.start(), m.end()) in plan_names(text):
            continue                    # '营养改善计划工作…', '行动计划': a plan's name
        nxt = tx.words(text[m.end():m.end() + 6])[:2]
        if nxt and nxt[0] in _PLAN_NEXT:
            return True
        if len(nxt) == 2 and len(nxt[0]) == 1 and tx.is_cjk(nxt[0]):
            nxt = nxt[1:]                                    # '新' + '改扩建'
        if not nxt or nxt[0] in _PLAN_NEXT or tx.is_verb(nxt[0]):
            return True
    return False


_ATTRIBUTIVE = re.compile(r"[\u4e00-\u9fff]{1,4}的")
_PLAN_NEXT = {"于", "在", "到", "至", "年内", "年底", "今年", "明年", "全年", "将", "再", "每年", "用"}


def _unquoted(text: str) -> str:
    """Names in quotes ('“双名计划”', '《…计划》') and asides ('(主要包括…预算安排的…)') say
    nothing about the period."""
    return re.sub(r"“[^”]*”|《[^》]*》|[(（][^()（）]*[)）]", "", text)


def _subject(item: str, fig: Figure, head: str) -> str:
    """The words the figure quantifies: the item without its figures (the unit stays when
    it names the thing, as 金/银/铜 do), after the list head if the item borrows one."""
    cut, at = without_others(*namely_part(item, fig.start))     # ('…班级48个
    # 学位2160个': 学位 is 2160's; '…8160个即奥信小学…1080个': not 8160's)
    noun = fig.unit if fig.unit in ("金", "银", "铜") else ""
    after = cut[at + len(fig.raw):]
    # '运动场2万平方米和艺术楼': the figure closes the first of two things, not both ('评定
    # 和4所…认定' stays joined: which of the two it counts is not sure)
    words = cut[:at] + noun + (" " if after[:1] in ("和", "及", "与", "、") else "") + after
    words = _CONNECTIVE.sub("", _NOISE.sub(" ", words).strip(" ,，、;；:：。"))
    return " ".join((_NOISE.sub(" ", head) + words).split())


def _places(clause: str, home: set[str]) -> tuple[str, ...]:
    """Places a clause is about: names written with their suffix (淇县, 山城区, 新乡市),
    neither the home places nor provinces (a province names an award or a contest)."""
    out = []
    for m in gazetteer().find(clause):
        if not m.full or m.form in home or _EXAMPLE_SCHOOL.match(clause, m.end) and \
                _EXAMPLES_COUNTED.match(clause, m.end):
            continue        # ('滑县中学、淇县高级中学等9所…学校': names of examples)
        if all(p.level in ("province", "other") for p in m.places):
            continue
        out.append(m.form)
    return tuple(dict.fromkeys(out))
