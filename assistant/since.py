"""A question about the years from a start up to now ('去年以来投入了多少', '2019年以来招进来
的特岗老师'): the start is no year asked, and only a figure said of such a span answers it
(a sentence or paragraph opening '去年来,…' or '2019年以来…', a total so far), never one
year's figure."""

from __future__ import annotations

import re

from jiaoti import text as tx

# a past year the question counts from: '去年以来', '2019年以来', '前年至今', '去年来，…'
# (not '今年以来', which asks this year's; not '去年来了多少老师', where 来 is a verb)
_SINCE = re.compile(r"(?:(?:19|20)\d{2}\s*年(?:度)?|去年|前年|上年|上一年)\s*"
                    r"(以来|来(?=[，,])|至今|到现在)")
# what a figure said of such a span stands in: its sentence, or its paragraph's opening
_SPAN_SAID = re.compile(r"以来|年来|(?:去年|前年|上年)来|累计|至今|期间|(?:近|过去)[\d一二两三四五六七八九十]+年")
# a figure said as the year before's base of a change, and a question naming a time
_PRIOR_BASE = re.compile(r"(?:[比较由从](?:上年|去年|上一年)(?:同期)?的?|(?:上年|去年)的)\s*$")
_TIME_ASKED = re.compile(r"(?:19|20)\d{2}\s*年|去年|上年|上一年|前年|前一年|原来|以前|之前|过去|当时|那时")
_PARAGRAPH_OPENING = 30     # characters of its paragraph's start a span is read in


def spans_from(question: str) -> bool:
    """Does the question ask about the years since a past start ('2019年以来', '五年来')?"""
    return bool(_SINCE.search(question) or _YEARS_BACK.search(question))


# a span of years counted back from now ('五年来', '近三年来'), and the length of one said
_YEARS_BACK = re.compile(r"(?:近|这|过去)?([一二两三四五六七八九十几多]|\d{1,2})年(?:以来|来)")
_LENGTH_SAID = re.compile(r"(?:近|过去)([一二两三四五六七八九十]|\d{1,2})年|([一二两三四五六七八九十]|\d{1,2})年(?:以来|来)")


def _years(n: str) -> int | None:
    return int(n) if n.isdigit() else {"两": 2}.get(n, "一二三四五六七八九十".find(n) + 1 or None)


def _other_length(question: str, said: str) -> bool:
    """'五年来…' asked, and only '三年来'/'近3年' said: a span of another length."""
    m = _YEARS_BACK.search(question)
    asked = _years(m.group(1)) if m else None
    lengths = {_years(a or b) for a, b in _LENGTH_SAID.findall(said)}
    return asked is not None and bool(lengths) and asked not in lengths


# the words of a date a figure is counted up to ('截至2013年末', '到2月底', '…的统计中'): when
# it is counted, no topic of its own (its year is read as any year is)
_UP_TO = re.compile(r"(?:截[止至]到?|到)(?=\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|今年|去年|目前))|"
                    r"(?<=[\d一二三四五六七八九十年]月)(?:底|末)|(?<=年)(?:底|末)|(?:的)?统计(?:中|里|上|显示)|据统计")


def without_start(question: str) -> str:
    """The question without the span's start and its 以来, offsets kept: what it asks of
    years ('夷陵区去年以来教育投入…' asks no year)."""
    return _SINCE.sub(lambda m: " " * len(m.group(0)), question)


def topics_of(question: str) -> str:
    """The question without the span's start and the words of the date it counts up to,
    offsets kept: where its topics are ('…去年以来教育投入…' has no topic 以来, '截止2013年末
    的统计中…' none of 截止 or 统计)."""
    return _UP_TO.sub(lambda m: " " * len(m.group(0)), without_start(question))


def other_time(question: str, now: int | None, before: str, period: str) -> bool:
    """Is the figure of another time than asked? ``before``: the chunk up to the figure.
    With no year known for 今年, another relative year than the one asked; for a span
    since a past start, a figure its sentence or paragraph does not say of a span; for one
    year, a figure said of a span since an earlier start ('2014年以来…')."""
    from assistant.periods import other_relative_year   # (periods reads QueryPlan)

    if now is None and other_relative_year(question, before):
        return True
    if _PRIOR_BASE.search(before) and not _TIME_ASKED.search(question):
        return True     # '…由上年的23个减少到0个': 23 is the year before's, not asked
    paragraph = tx.fold(before[before.rfind("\n") + 1:])     # (a traditional copy too)
    sentence = paragraph[max(paragraph.rfind(c) for c in "。！？!?") + 1:]
    if not spans_from(question):    # '今年…考上清华北大' is not '2014年以来有25名…'
        since = _SINCE_START.search(sentence) or (not _ONE_YEAR.search(sentence) and
                                                  _SINCE_START.search(paragraph[:_PARAGRAPH_OPENING]))
        asked = _ONE_YEAR.search(question)
        start, year = (_year_of(m.group(0), now) if m else None for m in (since, asked))
        return start is not None and (start < year if year is not None else asked is not None)
    if period == "cumulative":
        return False
    opening = paragraph[:_PARAGRAPH_OPENING]
    return not (_SPAN_SAID.search(sentence) or _SPAN_SAID.search(opening)) or \
        _other_length(question, f"{sentence} {opening}")


def _year_of(said: str, now: int | None) -> int | None:
    """The year '2014年', '今年' or '去年…' names (relative ones from ``now``), or None."""
    m = re.match(r"(?:19|20)\d{2}", said)
    if m:
        return int(m.group(0))
    back = next((k for w, k in (("今", 0), ("本", 0), ("当", 0), ("去", 1), ("前", 2)) if
                 said.startswith(w)), None)
    return now - back if now is not None and back is not None else None


# one year asked, and a span said from a start before it
_ONE_YEAR = re.compile(r"今年|去年|前年|本年|当年|(?:19|20)\d{2}\s*年(?!以来|来|至今)")
_SINCE_START = re.compile(r"(?:(?:19|20)\d{2}\s*年|去年|前年)(?:以来|来(?=[，,])|至今)")



def without_span_marks(terms: list, text: str) -> list:
    """'五年来新建…', '近三年来…': a span of years counted back (or the 来 after one) is no
    word a figure must say: the figure must be said of such a span (``other_time``), as
    '新建、改扩建幼儿园416所' is, a sentence after its paragraph's '五年来,…'."""
    return [t for t in terms if not (t.word in ("来", "以来") and 0 < t.at <= len(text) and
                                     text[t.at - 1] == "年" and _SPAN_BEFORE.search(text[:t.at])
                                     or _YEARS_BACK.fullmatch(t.word))]


_SPAN_BEFORE = re.compile(r"(?:[一二两三四五六七八九十几多]|\d{1,2})年$")
