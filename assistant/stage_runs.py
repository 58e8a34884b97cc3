"""The header that a run of sentences by stage shares: '专任教师学历小学合格率100%,…;初中合格率
100%,…;普通高中合格率100%,研究生占7.4%' — 普通高中's figures are of 专任教师学历 too, said once
before the first stage of the run."""

from __future__ import annotations

from jiaoti.figures import counts_at


def _stage_at(text: str, at: int) -> str:
    from assistant.intent import STAGES

    return max((s for s in STAGES if len(s) >= 2 and text.startswith(s, at)), key=len, default="")


def run_header(text: str, sentences: list[tuple[int, int, int]], k: int) -> tuple[int, int] | None:
    """The span of the words before the first stage of the first sentence of the run of
    sentences joined by ；that sentence ``k`` ends, when ``k`` starts with another stage;
    None otherwise."""
    s, _, _ = sentences[k]
    mine = _stage_at(text, s)
    if not k or not mine:
        return None
    j = k
    while j and text[sentences[j - 1][1] - 1] in ";；" and _stage_at(text, sentences[j - 1][0]):
        j -= 1
    if not j or text[sentences[j - 1][1] - 1] not in ";；":
        return None
    a, e, _ = sentences[j - 1]
    first = min(((text.find(st, a, e), st) for st in _stages_in(text[a:e])), default=(-1, ""))
    if first[0] <= a or first[1] == mine or counts_at(text[a:first[0]]) or \
            first[0] - a > 12 or any(ch in text[a:first[0]] for ch in ",，:：、") or \
            text.count(first[1], a, e) > 1:     # ('公办幼儿园9所,民办幼儿园136所': a kind)
        return None
    return a, first[0]


def _stages_in(sentence: str) -> list[str]:
    from assistant.intent import STAGES

    return [s for s in STAGES if len(s) >= 2 and s in sentence]


def run_stage(text: str, at: int) -> str:
    """The stage that opens the sentence holding ``at`` when that sentence is one of a run
    sharing a header ('…;普通高中合格率100%,研究生占7.4%' → 普通高中); else ''."""
    from jiaoti import text as tx

    sentences = tx.sentence_parents(text)
    k = next((i for i, (s, e, _) in enumerate(sentences) if s <= at < e), None)
    if k is None:
        return ""
    if run_header(text, sentences, k) is not None:
        return _stage_at(text, sentences[k][0])
    head = run_header(text, sentences, k + 1) if k + 1 < len(sentences) else None
    if head is None or not sentences[k][0] <= head[0] < sentences[k][1]:
        return ""
    return text[head[0]:head[1]] + _stage_at(text, head[1]) + "，"   # the run's first
