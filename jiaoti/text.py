"""Chinese text handling, in one tested place: width folding, question normalisation,
sentence and clause splitting, and jieba tokens with the user dictionary. Figures live in
``jiaoti.numbers``, word lists in ``jiaoti.lexicon``."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from jiaoti.everyday import as_reported
from jiaoti.listitems import join_shared_tail
from jiaoti.quotes import opens_speech
from jiaoti.tokenizer import generation, tokenizer  # noqa: F401  (tx.tokenizer…)
from jiaoti.wordclass import is_adverbial, is_pointer, is_verb  # noqa: F401  (tx.is_verb…)

log = logging.getLogger(__name__)

SENTENCE_END = "。!?;！？；"
CLAUSE_SEP = ",，;；"
ITEM_SEP = "、"
_OPEN = "“‘《(（【[「"
# '12 958人', '1,911个班', '20 583 万元': digits in groups of three with a space or an ASCII
# comma between them, right before a measure word or a magnitude, are one number (a
# full-width '，' ends a clause: '小学12，初中345人' stays two; jiaoti.numbers reads them)
GROUPED = re.compile(r"(?<![\d.,，])(\d{1,3})((?:[, \u00a0\u2009]\d{3})+)(?![\d.,])"
                     r"(?=\s?[万亿千余多%人名所个元项次门本件套期家位场批种份篇部条块天台辆间座亩米"
                     r"册节班支队户处张株吨平])")
_CLOSE = "”’》)）】]」"

# ---------------------------------------------------------------- width and normalisation


@lru_cache(maxsize=None)          # one entry per distinct character
def _fold_char(ch: str) -> str:
    norm = unicodedata.normalize("NFKC", ch)
    if len(norm) != 1:
        return ch
    if is_cjk(norm):                # '學' reads as '学' (a traditional copy of a document)
        simple = to_simplified(norm)
        return simple if len(simple) == 1 else norm
    return norm.lower()


@lru_cache(maxsize=1 << 16)         # the same clauses are folded for every question
def fold(text: str) -> str:
    """Full width → half width, traditional → simplified characters and ASCII lower case,
    one character for one character, so offsets into the folded text are offsets into the
    original."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


_converter = None
_converter_lock = threading.Lock()


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese (OpenCC tables)."""
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc  # light; loaded on first use

                _converter = opencc.OpenCC("t2s")
    return _converter.convert(text)


_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|"      # terminal escape sequences
                      r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
SPACES = re.compile(r"\s+")
# a word a question puts in quotes ('几个“优先”'): a name of its own
QUOTED = re.compile(r"[“\"‘']([^”\"’']{1,20})[”\"’']")
_TAG = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>|<\s*/?\s*[a-zA-Z][^<>]{0,300}>",
                  re.I | re.S)


# '發(fā)布', '學(xué)校': a reading aid in pinyin with tone marks after a character, which some
# copies of a page carry; it is no part of the text (an aside such as '(AI)' stays)
_READING_AID = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[\u00e0-\u00fc\u0101-\u01dc])"
                          r"[a-z\u00e0-\u00fc\u0101-\u01dc]{1,7}\)")


def without_reading_aids(text: str) -> str:
    """A document's text without pinyin reading aids ('學(xué)校' → '學校')."""
    return _READING_AID.sub("", text) if "(" in text else text


def normalize_question(text: str) -> str:
    """What every question goes through before anything else: NFKC (full/half width),
    control characters and HTML tags dropped, traditional → simplified, a dialect's
    'how many' at the end (好多, 几多) → 多少, 高中生 → 高中的学生, '老师和职工' → 教职工 (the
    word says just that), whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text)
    text = _TAG.sub(" ", text)              # markup pasted into a question is not a question
    text = _STAFF.sub("教职工", to_simplified(text))
    text = _MORE_DONE.sub(r"\1\2了", text)     # '比前一年多招了多少' → '比前一年多了多少'
    text = as_reported(stage_pupils(_DIALECT_HOW_MANY.sub(r"多少\1", text)))  # '每个学生的' → 生均
    return _paused(SPACES.sub(" ", text).strip())


# a space typed between two questions is a pause: '排查搞了几次 培训几场' (not '…多少个奖 一二三等奖加起来')
_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_ASKS = re.compile(r"多少|几|什么|哪|吗|呢|怎么|咋")


def _paused(text: str) -> str:
    pieces = _PAUSE.split(text)
    out = pieces[0]
    for before, after in zip(pieces, pieces[1:]):
        out += ("，" if _ASKS.search(before) and _ASKS.search(after) else " ") + after
    return out


# a comparison's verb after 多/少 repeats what is compared: '比上年多招了几个' is '多了几个'
_MORE_DONE = re.compile(r"(比[^，,。；;？?]{1,12}?)(?<![能可])(?<!可以)(多|少)([招建收发投花办开盖聘录培修])了?(?=多少|几)")


_STAFF = re.compile(r"(?:老师|教师)们?(?:和|与|及|跟|加上|还有|以及|、)(?:学校(?:里)?的?)?(?:其他的?)?"
                    r"(?:职工|工作人员|员工|教辅人员)")


def stage_pupils(text: str) -> str:
    """Short forms read whole, in questions and documents alike: '高中生' → '高中的学生',
    '民办园' → '民办幼儿园', '(公民办)' → '(公办、民办)', '在校生' → '在校学生'. For
    matching only: offsets move."""
    text = _KIND_GARDEN.sub(r"\1幼儿园", _STAGE_PUPIL.sub(r"\1的学生", text))
    text = _ENROLLED_PUPIL.sub(r"\1学生", text)         # '在校生' → '在校学生'
    return _BOTH_KINDS.sub("公办、民办", text)


_KIND_GARDEN = re.compile(r"(公办|民办|普惠性?|省级示范|市级示范|县级示范|示范|中心|乡镇|村级|"
                          r"城区|农村|一级|二级|三级)园(?![区长所内外舍地])")
_BOTH_KINDS = re.compile(r"公民办(?![理事证])")
# the staff of children are a kindergarten's: '幼儿教师', '幼儿专任教师'
CHILD_STAFF_WORD = r"(?=(?:专任)?(?:教师|老师|教职工|保育员))"
CHILD_STAFF = re.compile(r"(?<![在入离])(?<!在园)幼儿" + CHILD_STAFF_WORD)
_NOT_PUPIL = r"(?![活源态产命日长成均育]|[师机]比)"        # '生源', '小学生师比' (小学 + 生师比)
_ENROLLED_PUPIL = re.compile(rf"(在校|在读|在籍|在册)生{_NOT_PUPIL}")
# '其中小学生' is 其中 + 小学的学生; '中小学生' and '职中学生' are no 小学生 or 中学生
_STAGE_PUPIL = re.compile(rf"(?<![大职])(?<!(?<![其当])中)(小学|初中|高中|中学|中职|职中|职高|中专|技校|特教)生{_NOT_PUPIL}")


# '一共有好多人？' (西南官话), '有几多间？' (粤语, 客家话): 多少 in a question's last words
_DIALECT_HOW_MANY = re.compile(r"(?<=[有是共计了])(?:好多|几多)([个所名位人项次门本件套期家类场届枚块元批种条间台]?)"
                               r"(?=[？?呢啊呀嘛哦]|$)")


def visible(text: str) -> str:
    """``text`` without control characters and surrounding whitespace."""
    return _CONTROL.sub("", text).strip()


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"

# ---------------------------------------------------------------- splitting


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    s = e - len(text[s:e].lstrip())
    e = s + len(text[s:e].rstrip())
    return s, e


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end), ending after 。！？； or a line break, never in quotes."""
    end = len(text) if end is None else end
    spans, s, depth, title = [], start, 0, -1
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
            title = depth if ch == "《" and title < 0 else title
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
            title = -1 if depth < title else title
        elif ch == "\n" or ch in SENTENCE_END and depth in (0, title) and not lost(text, i):
            depth, title = 0, -1        # a title never holds a full stop: its 》 was lost
            j = i if ch == "\n" else i + 1
            # keep a closing quote that follows the full stop with the sentence
            while j < end and text[j] in "”’" and ch != "\n":
                j += 1
            a, b = _strip_span(text, s, j)
            if b > a:
                spans.append((a, b))
            s = j
    a, b = _strip_span(text, s, end)
    if b > a:
        spans.append((a, b))
    return spans


def inside_quote(text: str, at: int) -> bool:
    """Is position ``at`` of ``text`` inside a quotation or a title (“…”, 《…》)?"""
    depth = 0
    for ch in text[:at]:
        depth = depth + 1 if ch in "“‘《「" else max(0, depth - 1) if ch in "”’》」" else depth
    return depth > 0


# '在校生60039人:高中5118人,…': a colon right after a count opens its breakdown
_COUNT_BEFORE = re.compile(r"\d[\u4e00-\u9fff]?$")
# '初中占地面积541218.48 校舍建筑面…': a measure that lost its unit and its comma
_LOST_MARK = re.compile(r"(?<![\d.])\d{3,}\.\d+$")
_NOT_UNIT = re.compile(r"[\u4e00-\u9fff](?<![万亿千元人名所个项次平米亩吨台册套间])")  # '1234.56 万元'


def _split_outside_quotes(text: str, start: int, end: int, seps: str,
                          counted_colon: bool = False) -> list[tuple[int, int]]:
    spans, s, depth = [], start, 0
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN and not opens_speech(text, i, end):     # ('“…,如今…”': clauses)
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in seps and not _grouping(text, i) or counted_colon and ch in "。！？" and text[i + 1:i + 2] == "”" or  # a speech
                             counted_colon and ch in ":：" and
                             _COUNT_BEFORE.search(text, max(s, i - 2), i) and
                             not text[i + 1:i + 2].isdigit() or    # not '1:25.5'
                             counted_colon and ch in " \u3000" and _LOST_MARK.search(
                                 text, max(s, i - 16), i) and _NOT_UNIT.match(text, i + 1)):
            a, b = _strip_span(text, s, i)
            if b > a:
                spans.append((a, b))
            s = i + 1
    a, b = _strip_span(text, s, end)
    # a trailing sentence terminator is not part of the last clause
    while b > a and text[b - 1] in SENTENCE_END:
        b -= 1
    if b > a:
        spans.append((a, b))
    return spans


def _grouping(text: str, i: int) -> bool:
    """Is the ',' at ``i`` inside a number written in groups of three ('3,250万元')?"""
    return text[i] == "," and text[i - 1:i].isdigit() and any(
        m.start() < i < m.end() for m in GROUPED.finditer(text, max(0, i - 16), i + 24))


@dataclass(frozen=True)
class Clause:
    """A clause (between ，；) and its list items (between 、), as offsets."""

    start: int
    end: int
    items: tuple[tuple[int, int], ...]


def clauses(text: str, start: int, end: int) -> list[Clause]:
    """Clauses of one sentence, split on ，；outside quotes and on a colon right after a
    count, each with its 、-items."""
    out = []
    for a, b in _split_outside_quotes(text, start, end, CLAUSE_SEP, counted_colon=True):
        items = tuple(join_shared_tail(text, _split_outside_quotes(text, a, b, ITEM_SEP)))
        out.append(Clause(a, b, items or ((a, b),)))
    return out

# ---------------------------------------------------------------- tokens
# (the jieba tokenizer, a deployment's words in it and their generation: jiaoti.tokenizer)

_PUNCT_TOKEN = re.compile(r"^[\W_]+$")


# Cuts of the same text are asked for again and again (a document's clauses, for every
# question); kept by the tokenizer's words they were cut with (its ``generation``) until
# the table is full.
_cuts: dict[tuple[int, str, str], tuple[str, ...]] = {}
_CUTS_MAX = 1 << 16


def _cut(kind: str, text: str) -> tuple[str, ...]:
    key = (generation(), kind, text)
    got = _cuts.get(key)
    if got is None:
        tk = tokenizer()
        raw = tk.cut_for_search(fold(text)) if kind == "search" else tk.cut(fold(text))
        got = tuple(t for t in (w.strip() for w in raw) if t and not _PUNCT_TOKEN.match(t))
        if len(_cuts) >= _CUTS_MAX:
            _cuts.clear()
        _cuts[key] = got
    return got


def unglued(word: str) -> tuple[str, ...]:
    """A word jieba guessed from a noun and a verb ('几门课进了' → 课进, '幼儿数是多少' → 数是)
    as its two words; any other word as it is."""
    glued = len(word) == 2 and (word[0] == "数" and word[1] in "是有为" or not tokenizer(
        ).FREQ.get(word) and is_verb(word[1], nominal=False) and not is_verb(word[0]))
    return (word[0], word[1]) if glued else (word,)


def tokens(text: str) -> list[str]:
    """Search tokens (jieba's search mode: words and their in-dictionary parts), folded,
    without punctuation or spaces."""
    return list(_cut("search", text))


def words(text: str) -> list[str]:
    """Plain jieba words (no sub-words), folded, without punctuation."""
    return list(_cut("plain", text))


from jiaoti.sentences import sentence_parents  # noqa: E402,F401  (re-exported)
from jiaoti.lost import lost, mark_lost, sentence_start  # noqa: E402,F401  (re-exported)
from jiaoti.terms import contains_term, has_word, names_kind  # noqa: E402,F401  (re-exported)


def word_parts(word: str) -> list[str]:
    """The dictionary words inside a compound, two characters or more ('占地面积' → 占地,
    面积) — not a piece that straddles two others ('地面' of 占地|面积) or that overlaps a
    far more common one ('业生' of 毕业生)."""
    freq, parts = tokenizer().FREQ, [p for p in tokenizer().cut_for_search(word) if len(p) >= 2
                                     and p != word]
    spans = [(word.find(p), word.find(p) + len(p), freq.get(p, 0)) for p in parts]

    def kept(a: int, b: int, f: int) -> bool:
        over = [(s, e) for s, e, g in spans if s < b and a < e and g > 50 * f]
        return not over and not (any(s < a < e for s, e, _ in spans) and any(
            s < b < e for s, e, _ in spans))
    return [p for p, span in zip(parts, spans) if kept(*span)]


_SHORT_SCHOOL = re.compile(r"^(.*?)([一二三四五六七八九十]{1,3})([中小幼高])$")
_LONG_SCHOOL = re.compile(r"^(.*?)第([一二三四五六七八九十]{1,3})(中学|小学|幼儿园|初中|高中|高级中学)$")
_LONG_OF = {"中": ("中学", "初中"), "小": ("小学",), "幼": ("幼儿园",), "高": ("高中", "高级中学")}


def school_forms(word: str) -> list[str]:
    """The other form of an ordinal school name: '二中' ↔ '第二中学'/'第二初中', '信丰七小' ↔ '信丰第七小学'."""
    short = _SHORT_SCHOOL.match(word)
    if short:
        head, n, kind = short.groups()
        return [f"{head}第{n}{long}" for long in _LONG_OF[kind]]
    long = _LONG_SCHOOL.match(word)
    if long:
        head, n, kind = long.groups()
        return [f"{head}{n}{ {'初': '中'}.get(kind[0], kind[0]) }"]
    return []
