"""Questions about a document itself: when it was published or dated, and who issued it
('这份工作总结是哪天发布的？', '这份统计公报由哪个单位发布？'). They are answered from what
the document says of itself, and only from that: the fields a government page prints above
the text (发布时间、成文日期、信息来源、发布机构), a date in brackets or an office on a line
of its own under the title, and the signature and date at its end (落款). The answer quotes
that line; a document that says none of these, or a question that may mean another
document, gets no answer here."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.followup import FOLLOWUP_MARK
from assistant.grounding import citation, unsupported_figures
from jiaoti import text as tx
from jiaoti.types import Answer, Chunk

HEAD_CHARS = 400          # the fields and the lines under the title are in the first characters
HEAD_LINES = 6            # a bare date or office line counts only this near the top
TITLE_MAX = 40
TAIL_LINES = 3            # … or this near the end (the signature)

_DATE = (r"(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|-\d{1,2}-\d{1,2}"
         r"|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_SEP = r"\s*[:|]\s*(?:\|\s*)?"
_DATE_FIELD = re.compile(r"(?P<key>发布时间|发布日期|公开日期|发文日期|印发日期|成文日期|日期|时间)"
                         rf"{_SEP}(?P<value>{_DATE})")
_ORG_FIELD = re.compile(r"(?P<key>发布机构|发布单位|发文机关|发文单位|信息来源|公开责任部门|来源)"
                        rf"{_SEP}(?P<value>[^\s|:,;，；。]{{2,30}})")
_ORG = r"[\u4e00-\u9fff][\u4e00-\u9fff()]{1,29}(?:局|委员会|教委|政府|办公室|厅|中心|办)"
_DATE_LINE = re.compile(rf"\s*\(?\s*(?P<value>{_DATE})\s*\)?\s*")
_ORG_LINE = re.compile(rf"\s*(?P<value>{_ORG})\s*")
_PUBLISHED = ("发布时间", "发布日期", "公开日期", "发文日期", "印发日期")

# the question
_NOUN = r"(?:总结|报告|公报|文件|稿子|文章|材料|规划|通知|方案|通报|简报|答复|回复|公告|通告|新闻稿|情况)"
_SELF = re.compile(rf"(?:这|该|本|此)(?:份|篇|个|则|期|一)?[^,?!。，？！]{{0,24}}?{_NOUN}")
_NAMED = re.compile(rf"[\u4e00-\u9fff\d]{{0,12}}{_NOUN}")
_QUOTED = re.compile(r"《([^》]{2,40})》")
_INSIDE = re.compile(rf"{_NOUN}(?:里|中|上|内|提到|所说|说的|写的|讲的)")
_WHEN = re.compile(r"哪天|哪一天|哪日|几号|几月几|什么时候|何时|日期|哪年哪月|什么时间|时间")
_WHO = re.compile(r"哪个(?:单位|部门|机关|机构)|哪家|什么(?:单位|部门|机关|机构)|谁|来源|出处")
_ISSUED = re.compile(r"发布(?!会)|发出|发表|印发|出的|发的|挂|公开|成文|落款|出台|推出|写的|"
                     r"写成|作的|签发|公布|上网|刊发|登|定的|出来|来源|出处")


@dataclass(frozen=True)
class Said:
    """A line where the document says something of itself: ``value`` inside ``chunk`` at
    document offsets [start, end), the whole line quoted from [quote_start, quote_end)."""

    label: str
    value: str
    chunk: Chunk
    quote_start: int
    quote_end: int


def asked(question: str) -> tuple[bool, bool, bool, str] | None:
    """(asks the date, asks the issuer, asks the issuer first, the document's name in the
    question or '' for '这份…') of a question about the document itself, else None."""
    q = tx.fold(question)
    if not _ISSUED.search(q) or _INSIDE.search(q):
        return None
    own = q.split(tx.fold(FOLLOWUP_MARK))[0]        # a follow-up asks in its own words
    when, who = _WHEN.search(own), _WHO.search(own)
    quoted = _QUOTED.search(q)
    itself = _SELF.search(q)
    named = _NAMED.search(q)
    if not (when or who) or (named is None and quoted is None):
        return None
    who_first = bool(who and when and who.start() < when.start())
    name = quoted.group(1) if quoted else "" if itself else named.group(0)
    return bool(when), bool(who), who_first, name


def about_document(snap, base: Answer) -> Answer | None:
    """The answer to a question about the document itself, or None (not such a question,
    no single document it can mean, or the document does not say)."""
    ask = asked(base.standalone_question)
    if ask is None:
        return _addressed(snap, base)
    when, who, who_first, phrase = ask
    source = _the_document(snap, phrase)
    if source is None:
        return None
    chunks = snap.chunks_of(source)
    dates = _best(_dates(chunks), base.standalone_question) if when else []
    issuer = next(iter(_issuers(chunks)), None) if who else None
    if (when and not dates) or (who and issuer is None):
        return None
    said = [*dates, *([issuer] if issuer is not None else [])]
    if who_first:
        said.reverse()
    title = _title(snap, source)
    text = _sentence(title, said)
    cited = [s.chunk for s in said]
    if title and unsupported_figures(text, cited + list(chunks[:1])):
        text = _sentence("", said)
    if unsupported_figures(text, cited + list(chunks[:1])):
        return None
    cites = tuple(citation(i, s.chunk, s.quote_start, s.quote_end)
                  for i, s in enumerate(said, 1))
    return replace(base, answer=text, answerable=True, citations=cites, reason="document")


_TO = re.compile(r"交给|报给|报送|呈报|上报|递交|提交|送给|写给|报告给|主送|发给|呈送")
_TO_LINE = re.compile(rf"\s*(?P<value>{_ORG})\s*[:：]\s*")


def _addressed(snap, base: Answer) -> Answer | None:
    """'这份自评报告是交给哪个部门的？': the office a report is addressed to, on a line of
    its own under the title ('哈尔滨市教育局:'), or None."""
    q = tx.fold(base.standalone_question)
    named = _QUOTED.search(q) or _SELF.search(q) or _NAMED.search(q)
    if not (_TO.search(q) and _WHO.search(q) and named) or _INSIDE.search(q):
        return None
    source = _the_document(snap, "" if _SELF.search(q) else named.group(
        1 if named.re is _QUOTED else 0))
    if source is None:
        return None
    to = next((s for s in _lines(snap.chunks_of(source), _TO_LINE, "主送单位", "")
               if s.label), None)
    if to is None:
        return None
    cites = (citation(1, to.chunk, to.quote_start, to.quote_end),)
    return replace(base, answer=f"这份文件报送的单位为{to.value}。", answerable=True,
                   citations=cites, reason="document")


def _title(snap, source: str) -> str:
    """The document's own title; '' when ingest could only name it by its file."""
    info = snap.documents.get(source)
    if info is None or info.title in (source, source.rsplit(".", 1)[0]) or \
            len(info.title) > TITLE_MAX or re.search(r"[:：|｜]", info.title):
        return ""       # a file name, or a page's index fields taken for a title
    return info.title


def _sentence(title: str, said: list[Said]) -> str:
    whose = f"《{title}》的" if title else "这份文件的"
    return whose + "，".join(f"{s.label}为{s.value}" for s in said) + "。"


def _the_document(snap, phrase: str) -> str | None:
    """The one document the question can mean: the only one, or the only one whose title
    says the question's name for it ('2019年工作总结', '《2021年教育基本情况》')."""
    sources = list(snap.documents)
    if not phrase:
        return sources[0] if len(sources) == 1 else None
    titles = {s: tx.fold(snap.documents[s].title) for s in sources}
    noun = re.search(rf"{_NOUN}$", phrase)
    shortest = len(noun.group(0)) if noun else len(phrase)
    for k in range(len(phrase), shortest - 1, -1):
        fits = [s for s in sources if phrase[-k:] in titles[s] and _kind_of(titles[s]) in (
            "", noun and noun.group(0))]      # '“十四五”规划' is not '…规划落实情况工作报告'
        if len(fits) == 1:
            return fits[0]
        if len(fits) > 1:
            return None
    return None


def _kind_of(title: str) -> str:
    """What a title names the document as: its last kind noun ('…规划落实情况工作报告' is a
    报告), or ''."""
    kinds = re.findall(_NOUN, title)
    return kinds[-1] if kinds else ""


def _best(dates: list[Said], question: str) -> list[Said]:
    """The dates the question asks: the signature's for 落款, the written date for 成文,
    the publication date for 发布 or when it names none of them (each, when it asks
    several: '哪天成文、哪天发布的'), else any date the document gives itself."""
    q = tx.fold(question)
    kinds = [k for k, said in ((("落款",), "落款" in q), (("成文日期",), "成文" in q),
                               (_PUBLISHED, bool(_PUBLISHING.search(q)))) if said]
    out = []
    for wanted in kinds or [_PUBLISHED]:
        found = next((d for d in dates if d.label in wanted or any(w in d.label for w in wanted)),
                     None)
        if found is not None and found not in out:
            out.append(found)
    return out or dates[:1]


_PUBLISHING = re.compile(r"发布|公开|印发|发出|发表|推出|出台")


def _dates(chunks: tuple[Chunk, ...]) -> list[Said]:
    found = list(_fields(chunks, _DATE_FIELD))
    found += [s for s in _lines(chunks, _DATE_LINE, "标注日期", "落款日期")]
    return found


def _issuers(chunks: tuple[Chunk, ...]) -> list[Said]:
    order = ("发布机构", "发布单位", "发文机关", "发文单位", "公开责任部门", "信息来源", "来源")
    fields = sorted(_fields(chunks, _ORG_FIELD), key=lambda s: order.index(s.label))
    return [s for s in fields if re.fullmatch(_ORG, s.value)] + \
        [s for s in _lines(chunks, _ORG_LINE, "署名单位", "落款单位")] + \
        [s for s in fields if not re.fullmatch(_ORG, s.value)]


def _fields(chunks: tuple[Chunk, ...], pattern: re.Pattern):
    for chunk in chunks:
        if chunk.start >= HEAD_CHARS:
            break
        folded = tx.fold(chunk.text)
        for m in pattern.finditer(folded, 0, HEAD_CHARS - chunk.start):
            a, b = m.span("value")
            yield Said(m.group("key"), chunk.text[a:b], chunk, chunk.start + m.start(),
                       chunk.start + b)


def _lines(chunks: tuple[Chunk, ...], pattern: re.Pattern, head: str, tail: str):
    """Lines that are wholly a date (or an office) among the first and the last lines."""
    lines = [(c, a, b) for c in chunks for a, b in _line_spans(c.text)]
    ends = [(head, lines[:HEAD_LINES]), (tail, lines[-TAIL_LINES:])]
    for label, part in ends:
        for chunk, a, b in part:
            m = pattern.fullmatch(tx.fold(chunk.text[a:b]))
            if m:
                va, vb = m.span("value")
                yield Said(label, chunk.text[a + va:a + vb], chunk, chunk.start + a,
                           chunk.start + b)


def _line_spans(text: str):
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            yield at + lead, at + len(line.rstrip())
        at += len(line) + 1
