"""Chinese text handling, in one tested place: width folding, question normalisation,
sentence and clause splitting, figures (numbers with units, 万/亿, 余/多, Chinese numerals)
and jieba tokens with the domain dictionary."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"

SENTENCE_END = "。!?;！？；"
CLAUSE_SEP = ",，;；"
ITEM_SEP = "、"
_OPEN = "“‘《(（【[「"
_CLOSE = "”’》)）】]」"

# ---------------------------------------------------------------- width and normalisation


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    norm = unicodedata.normalize("NFKC", ch)
    return norm.lower() if len(norm) == 1 else ch


def fold(text: str) -> str:
    """Full width → half width and ASCII lower case, one character for one character, so
    offsets into the folded text are offsets into the original."""
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
_SPACES = re.compile(r"\s+")
_TAG = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>|<\s*/?\s*[a-zA-Z][^<>]{0,300}>",
                  re.I | re.S)


def normalize_question(text: str) -> str:
    """What every question goes through before anything else: NFKC (full/half width),
    control characters and HTML tags dropped, traditional → simplified, whitespace
    collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text)
    text = _TAG.sub(" ", text)              # markup pasted into a question is not a question
    text = to_simplified(text)
    return _SPACES.sub(" ", text).strip()


def visible(text: str) -> str:
    """``text`` without control characters and surrounding whitespace."""
    return _CONTROL.sub("", text).strip()


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"

# ---------------------------------------------------------------- splitting


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end), each ending after its 。！？；
    (or at a line break). Quotes and brackets never end a sentence early."""
    end = len(text) if end is None else end
    spans, s, depth = [], start, 0
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch in SENTENCE_END and depth == 0):
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


def _split_outside_quotes(text: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
    spans, s, depth = [], start, 0
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
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


@dataclass(frozen=True)
class Clause:
    """A clause (between ，；) and its list items (between 、), as offsets."""

    start: int
    end: int
    items: tuple[tuple[int, int], ...]


def clauses(text: str, start: int, end: int) -> list[Clause]:
    """Clauses of one sentence, split on ，；outside quotes, each with its 、-items."""
    out = []
    for a, b in _split_outside_quotes(text, start, end, CLAUSE_SEP):
        items = tuple(_split_outside_quotes(text, a, b, ITEM_SEP))
        out.append(Clause(a, b, items or ((a, b),)))
    return out

# ---------------------------------------------------------------- numbers


_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10 ** 4, "亿": 10 ** 8}
CN_NUM_CHARS = "".join(_CN_DIGIT) + "".join(_CN_SMALL) + "".join(_CN_BIG)
# Measure words after which a Chinese numeral is a count ("三个重点", "八项行动", "五型队伍").
CLASSIFIERS = "个所名位人项次门本件套期类场届枚块条家批部篇种份年月日天周岁元型座台辆间只"
UNITS = sorted(["人次", "场次", "元", "人", "名", "所", "个", "项", "次", "门", "本", "件",
                "套", "期", "家", "金", "银", "铜", "类", "届", "枚", "年", "%", "位", "场",
                "批", "种", "份", "篇", "部", "条", "块", "型", "天", "月", "日"],
               key=len, reverse=True)
MULTIPLIERS = {"万": Decimal(10 ** 4), "亿": Decimal(10 ** 8), "千": Decimal(1000)}


def cn_to_int(s: str) -> int | None:
    """'二十三' → 23, '一千四百' → 1400, '二〇二三' → 2023, '两' → 2; None if not a numeral."""
    if not s or any(c not in CN_NUM_CHARS for c in s):
        return None
    if all(c in _CN_DIGIT for c in s) and len(s) > 1:      # digit by digit: 二〇二三
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _CN_DIGIT:
            digit = _CN_DIGIT[c]
        elif c in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[c]
            digit = None
        else:  # 万 / 亿
            section += digit or 0
            total = (total + section) * _CN_BIG[c]
            section, digit = 0, None
    return total + section + (digit or 0)


_CN_START = "零〇○一二两三四五六七八九十"
_CN_COUNT = re.compile(
    rf"(?<![\d.{CN_NUM_CHARS}])([{_CN_START}][{CN_NUM_CHARS}]*)"
    rf"(?=大?[{CLASSIFIERS}]|[至到][{CN_NUM_CHARS}]+大?[{CLASSIFIERS}])")
_CN_YEAR = re.compile(r"([零〇○一二三四五六七八九]{4})(?=年)")
_PERCENT_CN = re.compile(rf"百分之([{CN_NUM_CHARS}]+|\d+(?:\.\d+)?)")


def cn_numerals_to_arabic(text: str) -> str:
    """Chinese numerals that count something become Arabic figures: '三个重点' → '3个重点',
    '二〇二三年' → '2023年', '百分之十五' → '15%'. Other uses ('一是', '二十大') stay."""
    text = _CN_YEAR.sub(lambda m: str(cn_to_int(m.group(1))), text)
    text = _PERCENT_CN.sub(lambda m: f"{cn_to_int(m.group(1)) if not m.group(1)[0].isdigit() else m.group(1)}%", text)

    def repl(m: re.Match) -> str:
        value = cn_to_int(m.group(1))
        return m.group(1) if value is None else str(value)

    return _CN_COUNT.sub(repl, text)


_UNIT_ALT = "|".join(re.escape(u) for u in UNITS)
FIGURE_RE = re.compile(
    rf"(?<![\d.])(\d+(?:\.\d+)?)(万|亿|千)?(余|多)?({_UNIT_ALT})?")


@dataclass(frozen=True)
class Figure:
    """A number in a text: ``value`` in plain units (万/亿 expanded), with its unit."""

    start: int
    end: int
    value: Decimal
    unit: str
    approx: bool
    raw: str


def find_figures(text: str) -> list[Figure]:
    """Arabic figures of ``text`` (call on ``prepare_numbers`` output to include Chinese
    numerals and full-width digits)."""
    out = []
    for m in FIGURE_RE.finditer(text):
        try:
            value = Decimal(m.group(1))
        except InvalidOperation:  # pragma: no cover - regex guarantees digits
            continue
        if m.group(2):
            value *= MULTIPLIERS[m.group(2)]
        unit = m.group(4) or ""
        out.append(Figure(m.start(), m.end(), value, unit, bool(m.group(3)), m.group(0)))
    return out


def prepare_numbers(text: str) -> str:
    """Fold widths and turn counting Chinese numerals into Arabic ones."""
    return cn_numerals_to_arabic(fold(text))


def figure_values(text: str) -> set[Decimal]:
    """Every figure value in ``text``, normalised (万/亿 expanded; Chinese numerals, full
    width)."""
    return {f.value.normalize() for f in find_figures(prepare_numbers(text))}


def _plain(d: Decimal) -> str:
    return format(d.normalize(), "f")


def canonical(text: str) -> str:
    """The comparison form used by the evaluation: widths folded, spaces removed, Chinese
    counting numerals → Arabic, 万/亿 expanded, 多 → 余 after a figure. So '0.73亿元' and
    '7300万元', '四所' and '4所', '40多项' and '40余项' compare equal."""
    text = _SPACES.sub("", prepare_numbers(text))

    def repl(m: re.Match) -> str:
        value = Decimal(m.group(1))
        if m.group(2):
            value *= MULTIPLIERS[m.group(2)]
        return _plain(value) + ("余" if m.group(3) else "")

    return re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)(万|亿|千)?(余|多)?", repl, text)


YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)")
RELATIVE_YEARS = ("去年", "今年", "明年", "前年", "本年度", "上一年", "上年")


def years_in(text: str) -> set[int]:
    """Explicit years ('2023年', '二〇二三年') mentioned in ``text``."""
    return {int(y) for y in YEAR_RE.findall(prepare_numbers(text))}

# ---------------------------------------------------------------- tokens


def _read_lines(name: str) -> list[str]:
    path = DATA / name
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


_tokenizer = None
_tok_lock = threading.Lock()


def tokenizer():
    """The jieba tokenizer with the domain dictionary (built on first use)."""
    global _tokenizer
    if _tokenizer is None:
        with _tok_lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tk = jieba.Tokenizer()
                tk.initialize()
                for word in _read_lines("userdict.txt"):
                    tk.add_word(word.split()[0], freq=None)
                _tokenizer = tk
    return _tokenizer


_PUNCT_TOKEN = re.compile(r"^[\W_]+$")


def tokens(text: str) -> list[str]:
    """Search tokens (jieba's search mode: words and their in-dictionary parts), folded,
    without punctuation or spaces."""
    out = []
    for tok in tokenizer().cut_for_search(fold(text)):
        tok = tok.strip()
        if tok and not _PUNCT_TOKEN.match(tok):
            out.append(tok)
    return out


def words(text: str) -> list[str]:
    """Plain jieba words (no sub-words), folded, without punctuation."""
    return [t for t in (w.strip() for w in tokenizer().lcut(fold(text)))
            if t and not _PUNCT_TOKEN.match(t)]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(_read_lines("stopwords.txt"))


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """Everyday word → the report's words (assistant/data/synonyms.txt: 'report|every,day')."""
    table: dict[str, list[str]] = {}
    for line in _read_lines("synonyms.txt"):
        target, _, variants = line.partition("|")
        for v in variants.split(","):
            v = v.strip()
            if v:
                table.setdefault(fold(v), []).append(fold(target.strip()))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def phrase_synonyms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Everyday phrases (2+ characters), longest first, to find in a question before it
    is cut into words ('签了约' would otherwise fall apart)."""
    table = synonyms()
    return tuple(sorted(((k, v) for k, v in table.items() if len(k) >= 2),
                        key=lambda kv: (-len(kv[0]), kv[0])))


@lru_cache(maxsize=1)
def places() -> tuple[str, ...]:
    """Place names (provinces, cities, counties) for the other-place check, longest first."""
    return tuple(sorted(set(_read_lines("places.txt")), key=len, reverse=True))


PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
             "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南",
             "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
             "宁夏", "新疆")


def is_province(name: str) -> bool:
    """A province: text saying 全省 speaks of it."""
    return name.removesuffix("省") in PROVINCES and name not in ("北京", "天津", "上海", "重庆")


def places_in(text: str) -> list[str]:
    found, taken = [], [False] * len(text)
    for name in places():
        for m in re.finditer(re.escape(name), text):
            if not any(taken[m.start():m.end()]):
                found.append(name)
                for i in range(m.start(), m.end()):
                    taken[i] = True
    return found


def contains_term(text: str, term: str) -> bool:
    """``term`` occurs in ``text``; a numeric term must not be part of a longer number."""
    if term.isdigit():
        return re.search(rf"(?<![\d.]){re.escape(term)}(?![\d.])", text) is not None
    return term in text
