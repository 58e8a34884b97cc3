"""Question analysis: the key terms a piece of evidence must contain (each with its
everyday-word alternatives and a weight), the years and places the question names, and
what kind of answer it wants."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from jiaoti import lexicon as lex
from jiaoti import numbers as num
from jiaoti import text as tx

_DEFINITION = re.compile(r"指什么|指的是|是什么意思|什么意思|含义|是指|代表什么|代表的是|包括哪些|"
                         r"包括啥|有哪些|哪些|哪两|哪三|哪四|哪五|哪六|哪七|哪八|哪几|什么内容|"
                         r"内容是|是什么|叫什么|是啥|都有啥|包括什么|哪一[项型个类]|哪个|哪项|哪所|哪家")
_ACTUAL = re.compile(r"实际|最终|结果如何|到底|最后(?!一个|那个|一项|这个|的)|做到了没|完成得|"
                     r"(?:现在|目前|如今).{0,8}(?:了没有|了吗|了没|没有)")
_FIRST = re.compile(r"第一个|头一个|首个|开头的|前一个")
_LAST = re.compile(r"最后(?:一个|那个|的|一项)|末尾|最末")
_RANK = re.compile(r"第几|排第几|排名|名次|位列|排在第?几|第多少")
_QUANTITY = re.compile(r"多少|几|多大|多高|多长|数量|金额|比例|百分之|规模|增幅|总数|"
                       r"数目|成绩|名次")
_WHEN_DAY = re.compile(r"哪天|哪一天|几号|几月|日期|哪月")
_WHEN = re.compile(r"什么时候|何时|哪年|哪一年|啥时候|多会儿")
# "几所/多少人/多少钱" → the unit the question asks for
_UNIT_CHARS = "所人名个项次门本件套期家类场届枚块元位批种"
_ASKED_UNIT = re.compile(rf"^(?:几|多少)(?:个|名|位|大)?([{_UNIT_CHARS}])$")
# the word after these names the kind of answer ("什么文件", "哪所学院"), not a topic
_TYPE_MARKERS = {"什么", "啥", "哪些", "哪个", "哪种", "哪类", "哪", "哪家", "哪所", "何种", "哪项",
                 "哪一项", "哪位", "什么样", "哪方面"}
TYPE_WEIGHT = 0.6
FOREIGN_WEIGHT = 0.1     # a Latin word in a Chinese question: noise, not a missing topic
_PERCENT = re.compile(r"百分之|百分比|比例|完成率|占比|增幅|增长率|几成")
_PLURAL = re.compile(r"哪些|分别|各是|各有|都有|都包括|包括哪|有啥|哪几|哪两|哪三|哪四|哪五|哪六|哪八")
_ORDINAL = re.compile(r"第([一二三四五六七八九十])(?:个|项|条|位|名)?")
_MONEY = re.compile(r"多少钱|金额|多少元|销售额|(?:资金|贷款|经费|款|销量|钱).{0,10}(?:多少|几)|"
                    r"(?:多少|几).{0,4}(?:资金|贷款|经费|钱)")
# question words with their measure words carry no topic: "几块", "多少项", "哪四廉"
_QWORDS = re.compile(r"百分之|百分比|比例|比率|多少钱|多少元|(?:几|多少)[个所名位人项次门本件套期家类场届枚块元批种条]?|"
                     r"哪[一二三四五六七八九十两几]?[个项所类种位型家廉些]?")
from assistant.followup import FOLLOWUP_MARK  # noqa: E402  (one definition)

CONTEXT_WEIGHT = 0.5     # terms carried over from the previous question
OOV_WEIGHT = 1.2         # a word no document contains says the documents do not cover it
CONTRAST_WEIGHT = 3.0    # '二期' when the documents only know '一期': another thing entirely
_NUMERALS = "一二三四五六七八九十0123456789"


@dataclass(frozen=True)
class Term:
    word: str                      # as the question says it
    alternatives: tuple[str, ...]  # the word and the report's words for it
    weight: float
    known: bool                    # some alternative occurs in the indexed text
    focus: bool = True             # False: carried over from an earlier question
    heads: tuple[str, ...] = ()    # rare last words of compound alternatives ('贷款')
    shadows: tuple[str, ...] = ()  # other terms' longer words that contain this one


@dataclass(frozen=True)
class QueryPlan:
    question: str                  # normalised standalone question
    terms: tuple[Term, ...]
    years: frozenset[int]
    places: tuple[str, ...]        # named places no indexed document mentions
    kind: str                      # "quantity" | "definition" | "when" | "general"
    asked_unit: str                # "所", "人", "元" … or ""
    quoted: tuple[str, ...]        # “…” terms the question asks about
    keywords: tuple[str, ...]      # BM25 query tokens
    keyword_weights: dict
    day_precision: bool = False    # a "when" question that wants a day, not a year
    plural: bool = False           # wants a list or several figures, not one item
    actual: bool = False           # asks what actually happened (plans cannot answer it)
    position: str = ""             # "first" / "last" item of an enumeration
    counted: tuple[str, ...] = ()  # '几所学校': the counted noun must sit by the figure
    named_places: tuple[str, ...] = ()  # other places the evidence itself must name

    @property
    def total_weight(self) -> float:
        return sum(t.weight for t in self.terms)

    def weak(self, snap) -> bool:
        """No term is specific enough to stand alone (every known one is common)."""
        return not any(t.known and t.focus and min(
            (snap.bm25.df(a) or snap.blob.count(a) for a in t.alternatives if a in snap.blob),
            default=99) <= 2 for t in self.terms)


COMMON, SPECIFIC = 7.5, 13.0     # -log relative frequency of a word in general Chinese


def _weight(word: str) -> float:
    """A term's weight in [1, 2] from how rare the word is in general Chinese (jieba's
    dictionary): '学校' is common (1.1), '新聘' or '体育彩票' specific (2.0). It does not
    depend on the indexed documents, so adding documents never changes how a question is
    read."""
    tk = tx.tokenizer()
    freq = tk.FREQ.get(word, 0)
    if freq <= 1:                      # not a dictionary word, or a domain word we added
        return 2.0
    rarity = math.log(tk.total / (freq + 1))
    return 1.0 + min(max(rarity - COMMON, 0.0) / (SPECIFIC - COMMON), 1.0)


def resolve_years(q: str, current_year: int | None) -> set[int]:
    """Explicit years, plus 今年/去年/前年/明年 read against the documents' current year."""
    years = set(num.years_in(q))
    if current_year:
        for word, delta in (("前年", -2), ("去年", -1), ("上一年", -1), ("上年", -1),
                            ("今年", 0), ("本年度", 0), ("明年", 1)):
            if word in q:
                years.add(current_year + delta)
    return years


def _strip_years(q: str) -> str:
    q = re.sub(r"(?:19|20)\d{2}\s*年(?:度)?", " ", q)
    for rel in num.RELATIVE_YEARS:
        q = q.replace(rel, " ")
    return q


def _candidate_words(text: str, blob: str) -> list[str]:
    """jieba words; a word jieba guessed (not in its dictionary, not in the documents) is
    cut again without guessing ('组拿' → '组', '拿')."""
    tk = tx.tokenizer()
    out = []
    for w in tx.words(text):
        if len(w) > 1 and not tk.FREQ.get(w) and w not in blob and not w.isascii():
            out.extend(p for p in (x.strip() for x in tk.lcut(w, HMM=False)) if p)
        else:
            out.append(w)
    return out


def corpus_length_at(text: str, i: int, snap) -> int:
    """Length of the longest substring of ``text`` starting at ``i`` (2+ characters)
    that the documents contain; 0 if none."""
    n = len(text)
    j = i + 1
    while j < n and text[j - 1:j + 1] in snap.bigrams:
        j += 1
    for length in range(min(j - i, 24), 1, -1):
        if text[i:i + length] in snap.blob:
            return length
    return 0


def corpus_spans(text: str, snap) -> list[tuple[int, int]]:
    """Longest substrings (2+ characters) of ``text`` that the documents contain, left to
    right: the documents' own phrases, however jieba would have cut the question
    ('提名校一共创建了' → '提名校', '创建')."""
    spans, i, n = [], 0, len(text)
    while i < n - 1:
        found = corpus_length_at(text, i, snap)
        if found:
            spans.append((i, i + found))
            i += found
        else:
            i += 1
    return spans


def _trim(phrase: str, stop: frozenset[str]) -> list[str]:
    """A corpus phrase cut at punctuation, without question filler at the edges of each
    piece ('的公办' → '公办')."""
    out = []
    for piece in re.split(r"[\W_]+", phrase):
        words = [w for w in tx.tokenizer().lcut(piece) if w.strip()]
        while words and words[0] in stop:
            words.pop(0)
        while words and words[-1] in stop:
            words.pop()
        if words:
            out.append("".join(words))
    return out


def _question_words(text: str, snap, stop: frozenset[str]) -> list[str]:
    """The documents' phrases found in ``text``, then jieba words for the rest."""
    out, pos = [], 0
    for a, b in corpus_spans(text, snap):
        if a > pos:
            out.extend(_candidate_words(text[pos:a], snap.blob))
        out.extend(p for p in _trim(text[a:b], stop) if len(p) >= 2 or p.isdigit())
        pos = b
    if pos < len(text):
        out.extend(_candidate_words(text[pos:], snap.blob))
    return out


def _kind(text: str, quoted: tuple[str, ...]) -> tuple[str, str, str]:
    """(what kind of answer, which unit, the noun counted) the question asks for."""
    no_list = text.replace("哪几", "")
    kind = ("when" if _WHEN_DAY.search(text) or _WHEN.search(text)
            else "rank" if _RANK.search(text)
            else "quantity" if _QUANTITY.search(no_list)
            else "definition" if _DEFINITION.search(text) or quoted
            else "general")
    unit, noun = _asked_unit(text)
    asked = "%" if _PERCENT.search(text) else unit or ("元" if _MONEY.search(text) else "")
    return kind, asked, noun if asked == unit else ""


def _asked_unit(text: str) -> tuple[str, str]:
    """(the measure word the question counts in, the noun it counts): '几所学校' →
    ('所', '学校'), '多少人' → ('人', '')."""
    words = [w for w in tx.tokenizer().lcut(text) if w.strip()]
    for i, w in enumerate(words):
        m = _ASKED_UNIT.match(w)
        if m:
            return m.group(1), _noun_after(words, i + 1)
        if w in ("几", "多少") and i + 1 < len(words) and len(words[i + 1]) == 1 \
                and words[i + 1] in _UNIT_CHARS:
            return words[i + 1], _noun_after(words, i + 2)
    return "", ""


_PUNCT = re.compile(r"^[\W_]+$")


def _noun_after(words: list[str], i: int) -> str:
    if i < len(words) and len(words[i]) >= 2 and words[i] not in lex.stopwords() \
            and not _PUNCT.match(words[i]):
        return words[i]
    return ""


def type_words(text: str) -> set[str]:
    """Words right after 什么/哪些/哪所…: they name the kind of answer wanted."""
    words = [w for w in tx.tokenizer().lcut(text) if w.strip()]
    out = set()
    for prev, w in zip(words, words[1:]):
        if prev in _TYPE_MARKERS or (prev.startswith("哪") and len(prev) == 2):
            out.add(w)
    return out


def _shadowed(terms: list[Term]) -> list[Term]:
    """'幼儿' next to '幼儿园' in one question: an occurrence of 幼儿园 is not one of 幼儿."""
    out = []
    for t in terms:
        longer = tuple(a for u in terms if u is not t for a in u.alternatives
                       if any(b in a and b != a for b in t.alternatives))
        out.append(replace(t, shadows=longer) if longer else t)
    return out


def _boundaries(text: str) -> set[int]:
    """Offsets where jieba starts or ends a word."""
    out, pos = {0}, 0
    for w in tx.tokenizer().lcut(text):
        pos += len(w)
        out.add(pos)
    return out


def _contrast(word: str, blob: str) -> bool:
    """Is ``word`` a sibling of something the documents name ('二期' vs '一期')?"""
    for i, ch in enumerate(word):
        if ch in _NUMERALS:
            for other in _NUMERALS:
                if other != ch and word[:i] + other + word[i + 1:] in blob:
                    return True
    return False


def plan_question(question: str, snap, current_year: int | None = None,
                  home_places: tuple[str, ...] = ()) -> QueryPlan:
    """Analyse a normalised, standalone question against the current index snapshot."""
    q = tx.fold(question)
    focus_part, _, context_part = q.partition(tx.fold(FOLLOWUP_MARK))
    years = frozenset(resolve_years(focus_part, current_year)
                      or resolve_years(context_part, current_year))
    blob = snap.blob
    n = max(len(snap.chunks), 1)
    named = [p for p in lex.places_in(q) if p not in home_places]
    unknown_places = tuple(p for p in named if p not in blob)
    named_places = tuple(p for p in named if p in blob)
    quoted = tuple(re.findall(r"[“\"‘']([^”\"’']{1,20})[”\"’']", focus_part))

    stop, syn = lex.stopwords(), lex.synonyms()
    answer_types = type_words(focus_part)
    terms: list[Term] = []
    seen: set[str] = set()

    def df_of(word: str) -> int:
        df = snap.bm25.df(word)
        return df if df else min(blob.count(word), n)

    def add(word: str, alternatives: list[str], focus: bool) -> None:
        # '组织了' also matches '组织': aspect particles are not part of the word
        alternatives = [*alternatives, *(a[:-1] for a in alternatives
                                         if len(a) > 2 and a[-1] in "了过着的")]
        alts = tuple(dict.fromkeys(a for a in alternatives if a))
        if not alts or word in seen:
            return
        seen.add(word)
        present = [d for d in (df_of(a) for a in alts) if d > 0]
        # a citizen's phrase weighs what the report's word for it weighs ('得了' → 获得)
        weight = min(_weight(a) for a in alts)
        if not present:
            weight = 2.0 * (CONTRAST_WEIGHT if _contrast(word, blob) else OOV_WEIGHT)
        if not focus:
            weight *= CONTEXT_WEIGHT
        if word in answer_types and present:
            weight *= TYPE_WEIGHT
        if word.isascii() and word.isalpha() and not present:
            weight *= FOREIGN_WEIGHT
        heads = tuple(a[-2:] for a in alts if len(a) >= 4 and not a.isdigit()
                      and 0 < df_of(a[-2:]) <= max(2, n // 10))
        terms.append(Term(word, alts, weight, bool(present), focus, heads))

    phrases = lex.phrase_synonyms()
    for part, focus in ((focus_part, True), (context_part, False)):
        cleaned = _QWORDS.sub(" ", _strip_years(part))
        for m in _ORDINAL.finditer(cleaned):        # 第四 ↔ 四是 (an enumeration)
            add(m.group(0), [f"{m.group(1)}是", f"其{m.group(1)}"], focus)
        cleaned = _ORDINAL.sub(" ", cleaned)
        bounds = _boundaries(cleaned)
        for variant, targets in phrases:            # '签了约', '家里困难的学生'
            at = cleaned.find(variant)
            aligned = (at in bounds) + (at + len(variant) in bounds)
            if at >= 0 and (aligned == 2 or (aligned == 1 and len(variant) >= 3)) \
                    and corpus_length_at(cleaned, at, snap) < len(variant):
                add(variant, [variant, *targets], focus)
                cleaned = cleaned[:at] + " " * len(variant) + cleaned[at + len(variant):]
        for w in _question_words(cleaned, snap, stop):
            if w in stop or w in unknown_places:
                continue
            if w.isdigit():
                add(w, [w], focus)
                continue
            if len(w) == 1 and w not in syn:
                continue
            alts = [w, *syn.get(w, ())]
            if not any(a in blob for a in alts) and len(w) > 2:
                # an unknown compound: try its parts ("公立幼儿园" → 公立 → 公办, 幼儿园)
                parts = [p for p in tx.tokenizer().cut_for_search(w) if len(p) >= 2 and p != w]
                if parts:
                    for p in parts:
                        if p not in stop:
                            add(p, [p, *syn.get(p, ())], focus)
                    continue
            add(w, alts, focus)

    keywords, kw_weights = [], {}
    for t in terms:
        for i, alt in enumerate(t.alternatives):
            for tok in tx.tokens(alt):
                if tok not in stop and tok not in kw_weights:
                    keywords.append(tok)
                    kw_weights[tok] = (1.0 if i == 0 else 0.8) * (1.0 if t.focus else 0.5)
    kind, asked, noun = _kind(focus_part, quoted)
    if kind == "general" and context_part:      # "那助学贷款呢？" asks what the last one did
        kind, asked, noun = _kind(context_part, ())
    counted: tuple[str, ...] = ()
    if noun:
        term = next((t for t in terms if noun in t.alternatives or noun == t.word
                     or noun in t.word), None)
        counted = tuple(dict.fromkeys((noun, *syn.get(noun, ()),
                                       *(term.alternatives if term else ()))))
    terms = _shadowed(terms)
    no_list = focus_part.replace("哪几", "")
    plural = bool(_PLURAL.search(focus_part)) or len(re.findall(r"几|多少", no_list)) >= 2
    return QueryPlan(question, tuple(terms), years, unknown_places, kind, asked, quoted,
                     tuple(keywords), kw_weights,
                     day_precision=bool(_WHEN_DAY.search(focus_part)), plural=plural,
                     named_places=named_places, actual=bool(_ACTUAL.search(focus_part)),
                     position="first" if _FIRST.search(focus_part)
                     else "last" if _LAST.search(focus_part) else "", counted=counted)
