"""How a compound word of a question is cut into the words it is matched by: the words of a
word the documents write only inside longer ones, and a stage apart from its noun."""

from __future__ import annotations

import functools
import re

from assistant.intent import STAGES
from jiaoti import text as tx


ABBREVIATED = 0.9       # the documents' short form of a word ('残儿' for 残疾儿童)
GRADE = re.compile(r"(?:[一二三四五六七八九]年级|[初高][一二三])$")    # a word of its own, never split


def inner_parts(word: str, alternatives: list[str], snap, stop) -> list[str]:
    """The words of ``word`` when the documents write it, in every form, only inside a
    longer word ('小学专任教师' only in '中小学专任教师': 小学, 专任教师), or a stage the
    documents write apart from its noun; else []."""
    staged = _stage_apart(word, snap)
    if staged:
        return staged
    if _two_words(word, alternatives, snap):
        return list(word)       # '花钱' where the documents say 投资 and 资金: 花, 钱
    if len(word) <= 2 or not any(snap.knows(a) for a in alternatives) or \
            any(snap.knows_word(a) for a in alternatives):
        return []
    parts = [p for p in tx.words(word) if p != word and p not in stop]
    return parts if len(parts) > 1 else []


def _two_words(word: str, alternatives: list[str], snap) -> bool:
    """Is ``word`` two one-character words the documents say only in other words ('花钱':
    a verb and its object), the word itself in none of its forms?"""
    others = [[a for a, _ in snap.lexicon.alternatives(c) if a != c] for c in word]
    return len(word) == 2 and all(map(tx.is_cjk, word)) and all(others) and \
        not any(map(snap.knows, [word, *alternatives])) and \
        any(snap.knows(a) for forms in others for a in forms)


def _stage_apart(word: str, snap) -> list[str]:
    """A stage before a noun ('小学专任教师') whose documents also write the noun apart from
    it, under the stage's heading ('——小学。…专任教师11280人') or with the stage as its part
    ('新增班级174个(其中小学108个…)'): the stage and the noun, apart."""
    stage = next((s for s in sorted(STAGES, key=len, reverse=True) if word.startswith(s)), "")
    rest = word[len(stage):]
    if not stage or len(rest) < 2 or rest in STAGES or not snap.stage_apart(stage, rest):
        return []
    return [stage, rest]



def implied_acts(terms: list, question: str) -> list:
    """'招进来的新生': a word right before the noun it describes, when the noun's own other
    names already hold one of its own ('新招学生' holds 新招), says nothing the noun does
    not — it is dropped, so a report's '招生4000人' is not missing it."""
    out = []
    for t in terms:
        end = t.at + len(t.word) if t.at >= 0 else -1
        nxt = next((u for u in terms if u is not t and end >= 0 and u.at == end + 1
                    and question[end:u.at] == "的"), None)
        if nxt is not None and (tx.is_verb(t.word) or tx.is_verb(t.word[:2])) and not any(
                t.word in b for b in nxt.alternatives) and any(     # ('在校的学生' says 在校)
                len(a) >= 2 and a != b and a in b for a in t.alternatives for b in nxt.alternatives):
            continue
        out.append(t)
    return out


_YOUNG = {"年轻", "年青", "青年"}
_AGE_BELOW = re.compile(r"\d+\s*周?岁(?:及)?(?:以下|以内)|不满\s*\d+\s*周?岁")


def implied_by_bound(terms: list, question: str) -> list:
    """'30岁以下的年轻老师': an upper age bound says who is young — the report writes the
    bound ('30岁以下教师242人'), not the word."""
    if not _AGE_BELOW.search(question):
        return terms
    return [t for t in terms if t.word.rstrip("的") not in _YOUNG]


def abbreviation(word: str, alternatives: list[str], snap) -> list[tuple[str, float]]:
    """The documents' short form of a two-word compound they write in none of its
    ``alternatives``: the first character of each word ('残疾儿童' → 残儿, '清华北大' →
    清北), when the short form is no word of general Chinese (a common word there is another
    word: 中小|学生 is no 中学), with its credit; [] for any other word."""
    if len(word) != 4 or not all(tx.is_cjk(c) for c in word) or \
            tx.word_parts(word) != [word[:2], word[2:]] or any(map(snap.knows, alternatives)):
        return []
    short = word[0] + word[2]
    return [(short, ABBREVIATED)] if not tx.tokenizer().FREQ.get(short) and snap.knows(short) \
        else []


SPELLED_OUT = 50      # occurrences of a first word read for a short word's long form
SHORT_FORM_FREQ = 100   # a short form is rare in general Chinese (职校 52, 师专 70; 金牌 943)


def spelled_out(word: str, alternatives: list[str], snap) -> list[tuple[str, float]]:
    """The documents' long form of a short word the asker uses and they never write: a
    general word opening with its first character, then a word holding its second first or
    last ('职中' → 职业|中学, '职专' → 职业|中专); [] when the documents write the word or
    it is a common word of its own (金牌 is no 金字|招牌)."""
    if len(word) != 2 or not all(map(tx.is_cjk, word)) or snap.knows(word) or \
            tx.tokenizer().FREQ.get(word, 0) > SHORT_FORM_FREQ:
        return []
    found = set()
    for first in _openers(word[0], tx.generation()):
        for text, at in snap.blob.occurrences(first, SPELLED_OUT) if first in snap.blob else ():
            second = text[at + 2:at + 4]
            if len(second) == 2 and word[1] in second and all(map(tx.is_cjk, second)) and \
                    tx.word_parts(first + second) == [first, second]:
                found.add(first + second)
    return [(w, ABBREVIATED) for w in sorted(found) if w not in alternatives]


_SAID_NOT = re.compile(r"^(?:没有|没)(?=[\u4e00-\u9fff])")


_YEARS_SPAN = re.compile(r"(近)?([一两二三四五六七八九十]|\d{1,2})(年(?:来|以来)?)")
_NUMERALS = "零一二三四五六七八九十"


def spoken_forms(word: str, snap) -> list[tuple[str, float]]:
    """A spoken word as documents may write it: 'not having' ('没证' → 无证: 没 and 无 both
    say 'has none', when the documents write it) and a span of years in the other numerals
    ('近三年' → 近3年, '5年' → 五年)."""
    rest = _SAID_NOT.sub("", word)
    out = [(w, 1.0) for w in ("无" + rest,) if rest != word and snap.knows(w)]
    m = _YEARS_SPAN.fullmatch(word)
    if m:
        n = m.group(2)
        other = str(_NUMERALS.index(n) if n in _NUMERALS else 2 if n == "两" else "") \
            if not n.isdigit() else _NUMERALS[int(n)] if int(n) <= 10 else ""
        out += [(f"{m.group(1) or ''}{other}{m.group(3)}", 1.0)] if other else []
    return out


def _openers(char: str, words_of: int) -> tuple[str, ...]:
    """General two-character words opening with ``char``."""
    return _two_char_words(words_of).get(char, ())


def prepare() -> None:
    """Read the tokenizer's two-character words now (the app's warm-up), not while a
    citizen waits."""
    _two_char_words(tx.generation())


@functools.lru_cache(maxsize=2)
def _two_char_words(_words_of: int) -> dict[str, tuple[str, ...]]:
    """The tokenizer's two-character words by first character, read in one pass (a pass
    per character cost a first-time question ~30 ms)."""
    by_first: dict[str, list[str]] = {}
    for w, f in tx.tokenizer().FREQ.items():
        if f and len(w) == 2:
            by_first.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in by_first.items()}


_DESCRIBED = re.compile(r"的?(?:那种|这种|那类|这类|那样的|这样的)(?![有是的吗呢])[\u4e00-\u9fff]")


def described(text: str, end: int, word: str, snap) -> bool:
    """Is ``word``, ending at ``end``, what a kind named next is like, in words no document
    uses ('乡下那种教学点': teaching points, as they are)? Not a kind the documents tell apart
    ('营利性的那种')."""
    return bool(_DESCRIBED.match(text, end)) and not any(
        snap.knows(a) for a, _ in snap.lexicon.alternatives(word))


def plan_verbs_said(text: str, blob: str) -> list[str]:
    """'安排补助资金' in a question that the documents say too: their verb (allocate), not a
    plan the question asks for ('今年有什么安排')."""
    out = []
    for m in re.finditer("安排", text):        # (its object quoted: '安排“第一议题”学习')
        end = m.end() + (text[m.end():m.end() + 1] in "“‘\"'「")
        said = [text[m.start():end + k] for k in (4, 3, 2) if tx.is_cjk(text[end:end + 1])
                and text[m.start():end + k] in blob]
        out += said[:1]
    return out


def rate_of(word: str, snap) -> tuple[list[str], str]:
    """The words before a rate and the rate, for ``word`` + 率 asked: '辍学' → ([], '辍学率');
    '本科上线' → (['本科'], '上线率') when the documents write only '上线率'."""
    rate = word + "率"
    parts = [] if snap.knows(rate) else tx.word_parts(word)
    if len(parts) < 2 or not word.endswith(parts[-1]) or not snap.knows(parts[-1] + "率"):
        return [], rate
    return parts[:-1], parts[-1] + "率"
