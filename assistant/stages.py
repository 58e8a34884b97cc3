"""A question naming every stage of a whole ('小学和初中', '小学初中', '普高加中职') asks
for the whole when nothing answers the stages themselves: it is
asked again in the whole's words ('上义务教育的孩子一共有多少'). The wholes and their stages
are general Chinese (jiaoti/data/stages.txt); a whole the documents never name is never
asked, and a question for each stage ('各', '分别'), comparing them, or leaving something
out ('特殊学校不算') is left alone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jiaoti.lexicon import read_lines

# each stage asked, stages compared, or something left out: not the whole
_NOT_WHOLE = re.compile(r"各|分别|哪个|哪一|比|还是|谁|不算|不含|不包括|不计|除|以外|之外")
_JOIN = r"(?:和|与|及|以及|、|加上|加|跟|还有|或)?"


@dataclass(frozen=True)
class Stages:
    whole: str
    groups: tuple[tuple[str, ...], ...]     # each stage's words
    pattern: re.Pattern      # every stage side by side, in any order


@dataclass(frozen=True)
class AsWhole:
    question: str            # asked in the whole's words
    whole: str
    stages: tuple[tuple[str, ...], ...]   # each stage's words

    def names_every_stage(self, text: str) -> bool:
        return all(any(w in text for w in words) for words in self.stages)

    def answered_by(self, text: str, cited: str = "") -> bool:
        """Does an answer give the whole's figure: naming it (or its cited sentence does:
        '义务教育学校191所…;在校生92988人'), and no stage alone?"""
        named = sum(any(w in text for w in words) for words in self.stages)
        return self.whole in text + cited and named in (0, len(self.stages))


@lru_cache(maxsize=1)
def stages() -> tuple[Stages, ...]:
    out = []
    for line in read_lines("stages.txt"):
        whole, _, rest = line.partition(":")
        groups = tuple(tuple(g.split("/")) for g in rest.split())
        if len(groups) != 2 or not whole.strip():
            continue
        a, b = (_alternation(g) for g in groups)
        pattern = re.compile(f"(?:{a}{_JOIN}{b}|{b}{_JOIN}{a})")
        out.append(Stages(whole.strip(), groups, pattern))
    return tuple(out)


def stage_named(word: str) -> str:
    """The stage a word of stages.txt names by another of its forms ('初级中学' → 初中), or ''."""
    return next((words[0] for st in stages() for words in st.groups if word in words), "")


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def as_whole(question: str, blob: str) -> AsWhole | None:
    """The question asked in the words of the whole its stages make up, or None."""
    if _NOT_WHOLE.search(question):
        return None
    for st in stages():
        if st.whole not in blob:
            continue
        m = st.pattern.search(question)
        if m:
            pupils = "学生" if m.group(0).endswith("生") else ""
            return AsWhole(question[:m.start()] + st.whole + pupils + question[m.end():],
                           st.whole, st.groups)
    return None


def section_stage_words(section: str) -> str:
    """The other words of the stage a section's own heading names ('二、学前教育' → 幼儿园
    幼儿): a figure under it counts that stage, whichever of the stage's words it uses."""
    from assistant.intent import STAGE_GROUPS, noun_unit
    from jiaoti.types import SECTION_SEP

    last = re.sub(r"高中阶?段", "", section.rsplit(SECTION_SEP.strip(), 1)[-1])  # 普高+中职
    named = [g for g in STAGE_GROUPS if any(x in last for x in g)]
    return " ".join(w for w in named[0] if noun_unit(w) != "人") \
        if len(named) == 1 else ""      # one stage (not its people: 幼儿), or none


def around(chunk) -> str:
    """What a chunk's place in its document says of all its figures: the section path,
    the title, and the other words of a stage its section names."""
    return f"{chunk.section} {chunk.title} {section_stage_words(chunk.section)}"


def without_whole(text: str, items: list[str]) -> str:
    """'职高和普高加起来，高中阶段在校生一共多少人': the whole they make up is their sum."""
    for st in stages():
        at = text.find(st.whole)
        if at >= 0 and all(any(w in x for g in st.groups for w in g) for x in items):
            end = at + len(st.whole) + 2 * text.startswith("阶段", at + len(st.whole))
            return text[:at] + text[end + text.startswith("的", end):]
    return text



@lru_cache(maxsize=1)
def _stage_named() -> re.Pattern:
    from assistant.intent import STAGES

    return re.compile("|".join(sorted(STAGES, key=len, reverse=True)) +
                      "|基础教育|义务教育|学前教育|高等教育|职业教育")


def other_stage_named(word: str, own: str) -> bool:
    """Does ``own`` name a stage other than ``word``'s ('基础教育' for 中职; not 职业教育)?"""
    from assistant.intent import STAGE_GROUPS

    return any(not (w[:2] == word[:2] or any(word in g and w in g for g in STAGE_GROUPS))
               for w in _stage_named().findall(own))


def cited_sentences(answer, snap) -> str:
    """The full sentences (to 。, across ；) an answer's quotes stand in."""
    out = []
    for c in answer.citations:
        chunk = snap.chunks.get(c.chunk_id)
        if chunk is None:
            continue
        at = c.start - chunk.start
        s = max(chunk.text.rfind(x, 0, max(at, 0)) for x in "。\n") + 1
        ends = [e for e in (chunk.text.find(x, at) for x in "。\n") if e >= 0]
        out.append(chunk.text[s:min(ends, default=len(chunk.text))])
    return " ".join(out)
