"""Paragraphs around a fact: the run-in heading a paragraph opens with ('——小学。'), the one
thing a paragraph of statistics counts, and the setting its first sentence gives the
sentences after it ('2018—2020年,市区启动实施…三年行动计划,…。新增学位…')."""

from __future__ import annotations

import re

from assistant.listing import listed_item
from jiaoti import text as tx
from jiaoti.figures import counts_at
from jiaoti.headings import last_heading
from jiaoti.types import SECTION_SEP

CONTEXT_CHARS = 12    # a quoted name's own words on either side ('明确“123851”工作布局')

# '——小学。校数17所;…', '（二）初中：…', '一是…': a short heading the paragraph opens with
_RUN_IN = re.compile(r"^\s*(?:——|—|――|―|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.])?"
                     r"\s*([\u4e00-\u9fff]{1,12})[。：:]")


def run_in_heading(text: str, at: int) -> str:
    """The run-in heading that opens ``text`` before offset ``at``, or '' — or, on a page
    flattened to one line, the last one before ``at`` ('…。 ——小学。校数129所')."""
    m = _RUN_IN.match(text) or _DASH_LEAD.match(text)
    if m and m.end() <= at and not counts_at(m.group(1)) and \
            not m.group(1).endswith(("有", "为", "是", "包括")):  # ('内设科室有:办公室、…')
        return m.group(1)
    m = _TITLED.match(text, text.rfind("\n", 0, at) + 1)     # '2.学生情况2016年秋季,…'
    return m.group(1) if m and m.end() <= at else last_heading(text, 0, at)


# a numbered line that opens on a short title of what it reports, run into its text
_TITLED = re.compile(r"\s*(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}[、.．])\s*"
                     r"([\u4e00-\u9fff]{2,8}?(?:基本情况|情况|概况))(?=\d|[\u4e00-\u9fff])")


# '——初中全区共有10所,…': a dash-led paragraph names its thing before the words of place
_DASH_LEAD = re.compile(r"^\s*(?:——|――)\s*([\u4e00-\u9fff]{1,6}?)(?=全区|全县|全市|全旗|全镇|共有|现有)")


def paragraph_topic(text: str, at: int) -> str:
    """What a paragraph of statistics is about, for its later sentences: the thing its
    first clause counts ('中等职业教育学校1所;毕业生582人;…。校舍总面积11.36万平方米' →
    中等职业教育学校), or the stage it opens with when it does more than count, or ''."""
    line = text.rfind("\n", 0, at) + 1       # a numbered record line ('4、高中…') is its own
    record = bool(_NUMBERED.match(text, line))                   # paragraph
    spans = tx.sentence_spans(text, line if record else 0)
    if not spans or "\n" in text[spans[0][1]:at]:
        return ""
    first = tx.clauses(text, *spans[0])
    part = _NUMBERED.sub("", text[first[0].start:first[0].end]) if first else ""   # '4、'…
    figs = counts_at(part)
    if at < spans[0][1]:        # '7、特殊教育学校招生人数173人,在校生人数1130人': a later
        return _stage_opening(part[:figs[0].start]) if figs and at >= first[0].end and \
            record and not listed_item(part) else ""   # clause of a record takes its stage
    if not figs:        # '义务教育阶段学校校均办学规模,小学为1402人,…;初中为909人': a bare
        return _bare_topic(text, first, part)      # name its items all measure
    if figs[0].unit.endswith("元"):
        return ""       # '投资1亿元,新建…;…可容纳84个教学班': money names no thing counted
    noun = _HAS.sub("", part[:figs[0].start]).strip(" ,，、:：")   # '殷都区共有义务教育…学校'
    if re.search(r"[和与及、]", noun) or "其中" in text[spans[0][0]:spans[0][1]]:
        return ""       # '全县共有中小学和幼儿园38所,其中,…': an overview, about no one thing
    if not listed_item(part):       # '高中招生人数40458人,…;在校生人数…': only its stage
        return _stage_opening(noun) if record else ""
    return noun if 2 <= len(noun) <= 12 and all(tx.is_cjk(c) for c in noun) else ""


def _bare_topic(text: str, first, part: str) -> str:
    """The first clause of a paragraph, when it names a thing and nothing else (no figure,
    no verb) and the clause after it is a list item ('小学为1402人'); else ''."""
    noun = part.strip(" ,，、:：")
    if len(first) < 2 or not 4 <= len(noun) <= 16 or not all(tx.is_cjk(c) for c in noun) or \
            any(tx.is_verb(w) for w in tx.words(noun)):
        return ""
    return noun if listed_item(text[first[1].start:first[1].end]) else ""


def _stage_opening(noun: str) -> str:
    from assistant.intent import STAGES

    return max((w for w in STAGES if noun.startswith(w)), key=len, default="")


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．]\s*")
_HAS = re.compile(r"^[^\d,，;；。]{0,8}?(?:共有|现有)")

_PROGRAMME = re.compile(r"(?:启动|实施|开展|推进|推行)[^，,;；]{0,24}(?:计划|工程|行动|项目|规划|方案)")


def paragraph_opener(text: str, at: int, total: bool = False) -> str:
    """The programme the paragraph holding offset ``at`` opens by launching, when the figure
    is in a later sentence of it: what the paragraph reports on ('2018—2020年,市区启动实施
    …三年行动计划,三年累计完成投资…。新增学位34090个' → '市区启动实施…三年行动计划'),
    or '' — a first sentence that only does one thing ('举办…文化节,实施…联赛') sets nothing.
    A ``total`` ('…;拨付教师工资358万元,共计拨付875万元') sums what the paragraph lists: any
    opening words without a figure ('健全职业教育保障机制') say what it is of."""
    start = text.rfind("\n", 0, at) + 1
    spans = tx.sentence_spans(text, start, at)
    if len(spans) < 2 or at < spans[0][1]:
        return ""
    planned = _plan_of_progress(text, spans, at)
    if planned:
        return planned
    opening = []
    for c in tx.clauses(text, *spans[0]):
        if counts_at(text[c.start:c.end]):
            break
        opening.append(text[c.start:c.end])
    return "，".join(p for p in opening if total or _PROGRAMME.search(p) or _SPAN.fullmatch(p.strip()))


# a span of time a paragraph opens with ('“十四五”以来,我县…'): what all its figures cover
_SPAN = re.compile(r"[^，,。；;]{0,12}?(?:以来|年来|期间)|(?:近|过去)[\d一二三四五六七八九十]+年(?:来|间)?")


def quoted_context(snap, quoted: tuple[str, ...]) -> str:
    """The words the documents say around a name the question quotes, where they first
    say it: '“123851”工作布局' for a question about the '“5”' of “123851”, answered by a
    later sentence that explains the 5 alone. Names of two characters or more."""
    out = []
    for name in (q for q in quoted if len(q) >= 2):
        for chunk_id in snap.containing(tx.fold(name), 1):
            text = snap.chunks[chunk_id].text
            at = text.find(name)
            if at >= 0:
                out.append(text[max(0, at - CONTEXT_CHARS):at + len(name) + CONTEXT_CHARS])
    return " ".join(out)


_OF_PLAN = re.compile(r"占(?:年度)?(?:规划|计划)")


def progress_plan(text: str, at: int) -> str:
    """What the plan sentence before a progress sentence at ``at`` names, or ''."""
    start = text.rfind("\n", 0, at) + 1
    return _plan_of_progress(text, tx.sentence_spans(text, start, at), at)


def _plan_of_progress(text: str, spans, at: int) -> str:
    """'规划新改扩建幼儿园75所,…。截至2月28日,已开工13所,占规划量的17.33%;开工建设面积
    1.94万平方米,…': progress measured against the plan is of what the plan sentence before
    it names — its words before its first figure ('规划新改扩建幼儿园'), or ''."""
    full = text.find("。", at)
    full = len(text) if full < 0 else full
    head = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1   # its full sentence
    if not _OF_PLAN.search(text[head:full]):
        return ""
    when = next((text[c.start:c.end] for c in tx.clauses(text, head, full)[:1]
                 if not counts_at(text[c.start:c.end])), "")     # ('截至2月28日' of them all)
    for s, e in reversed([sp for sp in spans if sp[1] <= head]):
        figs = counts_at(text[s:e])
        if figs and re.search("规划|计划", text[s:s + figs[0].start]):
            return "，".join(x for x in (text[s:s + figs[0].start], when) if x)
    return ""


def opening(text: str, lay) -> str:
    """The sentence's first clause up to its figure: the subject of clauses naming none."""
    first = min(((a, b) for a, b, *_ in lay.others if a < lay.clause[0]), default=None)
    figs = counts_at(text[first[0]:first[1]]) if first else []
    return text[first[0]:first[0] + figs[0].start] if figs else ""


def intro_of(section: str) -> str:
    """The lead a numbered item's section path ends with ('…生均一般公共预算教育经费增长情况
    为:' for '(1)全市幼儿园为2431.76元'; headings never end on a colon), or ''."""
    last = section.split(SECTION_SEP)[-1]
    return last if last.endswith((":", "：")) else ""


def sentence_of(chunk, at: int) -> str:
    """The sentence of ``chunk`` holding offset ``at`` (the whole chunk if none does)."""
    for s, e in tx.sentence_spans(chunk.text):
        if s <= at < e:
            return chunk.text[s:e]
    return chunk.text
