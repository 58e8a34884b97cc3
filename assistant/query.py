"""Question analysis: the key terms a piece of evidence must contain (each with its
everyday-word alternatives and a weight), the years and places the question names, and
what kind of answer it wants."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant import text as tx

_DEFINITION = re.compile(r"指什么|指的是|是什么意思|什么意思|含义|是指|代表什么|代表的是|包括哪些|"
                         r"包括啥|有哪些|哪些|哪两|哪三|哪四|哪五|哪六|哪七|哪八|哪几|什么内容|"
                         r"内容是|是什么|叫什么|是啥|都有啥|包括什么|哪一[项型个类]|哪个|哪项|哪所|哪家")
_QUANTITY = re.compile(r"多少|几|多大|多高|多长|数量|金额|比例|百分之|排名|第几|规模|增幅|总数|"
                       r"数目|成绩|名次")
_WHEN_DAY = re.compile(r"哪天|哪一天|几号|几月|日期|哪月")
_WHEN = re.compile(r"什么时候|何时|哪年|哪一年|啥时候|多会儿")
# "几所/多少人/多少钱" → the unit the question asks for
_ASKED_UNIT = re.compile(r"(?:几|多少)(?:个|名|位)?([所人名个项次门本件套期家类场届枚块元位批种])")
_PERCENT = re.compile(r"百分之|百分比|比例|完成率|占比|增幅|增长率|几成")
_PLURAL = re.compile(r"哪些|分别|各是|各有|都有|都包括|包括哪|有啥|哪几|哪两|哪三|哪四|哪五|哪六|哪八")
_ORDINAL = re.compile(r"第([一二三四五六七八九十])(?:个|项|条|位|名)?")
_MONEY = re.compile(r"多少钱|金额|多少元|销售额")
# question words with their measure words carry no topic: "几块", "多少项", "哪四廉"
_QWORDS = re.compile(r"(?:几|多少)[个所名位人项次门本件套期家类场届枚块元批种条]?|"
                     r"哪[一二三四五六七八九十两几]?[个项所类种位型家廉些]?")
from assistant.followup import FOLLOWUP_MARK  # noqa: E402  (one definition)
CONTEXT_WEIGHT = 0.5     # terms carried over from the previous question
OOV_WEIGHT = 1.5         # a word no document contains says the documents do not cover it


@dataclass(frozen=True)
class Term:
    word: str                      # as the question says it
    alternatives: tuple[str, ...]  # the word and the report's words for it
    weight: float
    known: bool                    # some alternative occurs in the indexed text
    focus: bool = True             # False: carried over from an earlier question


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
    named_places: tuple[str, ...] = ()  # other places the evidence itself must name

    @property
    def total_weight(self) -> float:
        return sum(t.weight for t in self.terms)

    def weak(self, snap) -> bool:
        """No term is specific enough to stand alone (every known one is common)."""
        return not any(t.known and t.focus and min(
            (snap.bm25.df(a) or snap.blob.count(a) for a in t.alternatives if a in snap.blob),
            default=99) <= 2 for t in self.terms)


def _idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def resolve_years(q: str, current_year: int | None) -> set[int]:
    """Explicit years, plus 今年/去年/前年/明年 read against the documents' current year."""
    years = set(tx.years_in(q))
    if current_year:
        for word, delta in (("前年", -2), ("去年", -1), ("上一年", -1), ("上年", -1),
                            ("今年", 0), ("本年度", 0), ("明年", 1)):
            if word in q:
                years.add(current_year + delta)
    return years


def _strip_years(q: str) -> str:
    q = re.sub(r"(?:19|20)\d{2}\s*年(?:度)?", " ", q)
    for rel in tx.RELATIVE_YEARS:
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


def _merge_phrases(words: list[str], blob: str) -> list[str]:
    """Adjacent words that the documents contain as one phrase become one term
    ('河南' '信息' '科技' '学院' → '河南信息科技学院')."""
    out, i = [], 0
    while i < len(words):
        best = i + 1
        for j in range(min(len(words), i + 6), i + 1, -1):
            phrase = "".join(words[i:j])
            if len(phrase) >= 4 and phrase in blob:
                best = j
                break
        out.append("".join(words[i:best]))
        i = best
    return out


def plan_question(question: str, snap, current_year: int | None = None,
                  home_places: tuple[str, ...] = ()) -> QueryPlan:
    """Analyse a normalised, standalone question against the current index snapshot."""
    q = tx.fold(question)
    focus_part, _, context_part = q.partition(tx.fold(FOLLOWUP_MARK))
    years = frozenset(resolve_years(focus_part, current_year)
                      or resolve_years(context_part, current_year))
    blob = snap.blob
    n = max(len(snap.chunks), 1)
    named = [p for p in tx.places_in(q) if p not in home_places]
    unknown_places = tuple(p for p in named if p not in blob)
    named_places = tuple(p for p in named if p in blob)
    quoted = tuple(re.findall(r"[“\"‘']([^”\"’']{1,20})[”\"’']", focus_part))

    stop, syn = tx.stopwords(), tx.synonyms()
    terms: list[Term] = []
    seen: set[str] = set()

    def df_of(word: str) -> int:
        df = snap.bm25.df(word)
        return df if df else min(blob.count(word), n)

    def add(word: str, alternatives: list[str], focus: bool) -> None:
        alts = tuple(dict.fromkeys(a for a in alternatives if a))
        if not alts or word in seen:
            return
        seen.add(word)
        present = [d for d in (df_of(a) for a in alts) if d > 0]
        weight = max(_idf(n, d) for d in present) if present else OOV_WEIGHT * _idf(n, 0)
        if not focus:
            weight *= CONTEXT_WEIGHT
        terms.append(Term(word, alts, weight, bool(present), focus))

    phrases = tx.phrase_synonyms()
    for part, focus in ((focus_part, True), (context_part, False)):
        cleaned = _QWORDS.sub(" ", _strip_years(part))
        for m in _ORDINAL.finditer(cleaned):        # 第四 ↔ 四是 (an enumeration)
            add(m.group(0), [f"{m.group(1)}是", m.group(0)], focus)
        cleaned = _ORDINAL.sub(" ", cleaned)
        for variant, targets in phrases:            # '签了约', '家里困难的学生'
            if variant in cleaned:
                add(variant, [variant, *targets], focus)
                cleaned = cleaned.replace(variant, " ")
        for w in _merge_phrases(_candidate_words(cleaned, blob), blob):
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
    no_list = focus_part.replace("哪几", "")
    kind = ("when" if _WHEN_DAY.search(focus_part) or _WHEN.search(focus_part)
            else "quantity" if _QUANTITY.search(no_list)
            else "definition" if _DEFINITION.search(focus_part) or quoted
            else "general")
    m = _ASKED_UNIT.search(focus_part)
    asked = ("%" if _PERCENT.search(focus_part) else m.group(1) if m
             else "元" if _MONEY.search(focus_part) else "")
    plural = bool(_PLURAL.search(focus_part)) or len(re.findall(r"几|多少", no_list)) >= 2
    return QueryPlan(question, tuple(terms), years, unknown_places, kind, asked, quoted,
                     tuple(keywords), kw_weights, bool(_WHEN_DAY.search(focus_part)), plural,
                     named_places)
