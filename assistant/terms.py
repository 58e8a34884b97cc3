"""The words of a question, as terms: the documents' own phrases the question uses,
jieba words for the rest, each with the words that may stand for it in the documents (our
synonym groups, the corpus lexicon, the 词林 thesaurus) and a weight from how rare the
word is in general Chinese."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from jiaoti import text as tx
from jiaoti.substrings import CorpusText

COMMON, SPECIFIC = 7.5, 13.0     # -log relative frequency of a word in general Chinese
_NUMERALS = "一二三四五六七八九十0123456789"
APART = 0.85            # '研学等活动'
KIND_OF_SCHOOL = 0.8    # '职业教育在校生' for 职业学校的学生
HEAD_ONLY = 0.4         # '项目' alone does not say '新建学前教育项目': below what a match needs
SCHOOL_UNITS = ("所", "个", "家", "座", "处")    # what counts schools themselves
# '义务教育阶段' where the documents say 义务教育(段): 阶段 names the stage again (not 高中阶段)
_STAGE = re.compile(r"(?:教育|小学|初中|学前)$")
_NOT_SCHOOL = r"(?!幼|园|小学|中学|初中|高中|学校|大学|学院|中专|职高|完中)"
PUPIL_FORMS = _PUPILS = re.compile(r"(?:毕业|在校|在读|初中|小学|高中|中职|中专|职高|大学|寄宿|随迁|留守|贫困|"
                     r"困难|应届|往届|新)生(?![产活效态命长日儿])|学子")
_ENROLLED = re.compile(r"(?<!纳)[入在]园(?![长区所])")


@dataclass(frozen=True)
class Term:
    word: str                      # as the question says it
    alternatives: tuple[str, ...]  # the word and the documents' words for it
    weight: float
    known: bool                    # some alternative occurs in the indexed text
    focus: bool = True             # False: carried over from an earlier question
    heads: tuple[str, ...] = ()    # rare last words of compound alternatives ('贷款')
    shadows: tuple[str, ...] = ()  # other terms' longer words that contain this one
    credits: tuple[float, ...] = ()  # how much each alternative counts (词林: less)
    at: int = -1                   # where the word starts in the question (focus part)
    parts: tuple[str, ...] = ()    # alternatives the documents count as a part of the word

    def said_in(self, text: str, in_schools: bool = False) -> float:
        """How well ``text`` says this term: an alternative (at its credit), its two words
        apart ('研学等活动' says 研学活动), or, when what is counted is held by schools, the
        kind a '…学校' word names ('职业教育在校生' are 职业学校's pupils, '公办教职工' 公办学校's
        staff); a rare head alone says little."""
        got = max((self.credit(a) for a in self.alternatives if tx.contains_term(text, a)),
                  default=0.0)
        if got:
            return got
        if any(_split_apart(text, a) for a in self.alternatives):
            return APART
        if in_schools and any(p.search(text) for p in _school_kinds(self.alternatives)):
            return KIND_OF_SCHOOL
        # '(民办)幼儿专任教师' are a kindergarten's teachers, '入园率' its rate, and
        # '公办幼儿' the children of 公办幼儿园
        if any(a.endswith("幼儿园") and (a == "幼儿园" and (
                tx.CHILD_STAFF.search(text) or _ENROLLED.search(text)) or re.search(
                a[:-1] + (tx.CHILD_STAFF_WORD if a == "幼儿园" else "(?!园)"), text))
               for a in self.alternatives):
            return KIND_OF_SCHOOL
        if "学生" in self.alternatives and _PUPILS.search(text):
            return KIND_OF_SCHOOL       # '初中毕业生', '贫困学子' are pupils of a kind
        return HEAD_ONLY if any(h in text for h in self.heads) else 0.0

    def names(self, word: str, before: str = "") -> bool:
        """Does the term name ``word`` (one holds the other), or the kind of school that
        ``before`` + word is ('职业|教育' for 职业学校)?"""
        return any(word in a or a in word for a in self.alternatives) or word == "教育" and \
            any(before.endswith(k + word) for k in school_kinds(self.alternatives))

    def credit(self, alternative: str) -> float:
        i = self.alternatives.index(alternative) if alternative in self.alternatives else -1
        return self.credits[i] if self.credits and i >= 0 else 1.0


def _split_apart(text: str, word: str) -> bool:    # ('上级各类教育资金' says 上级资金)
    pattern = _apart_pattern(word, tx.generation())
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=4096)
def _apart_pattern(word: str, _words_of: int) -> re.Pattern | None:
    parts = tx.words(word)
    parts = [word[:2], word[2:]] if len(parts) == 1 and len(word) == 4 else parts   # 建设|项目
    if len(parts) != 2 or min(map(len, parts)) < 2:
        return None     # ('建设大小项目': a word taking in all of them between)
    return re.compile(re.escape(parts[0]) + r"(?:等|和|及|与|、|大小|(?:各类|各项|各种)[\u4e00-\u9fff]{0,2}?)" + re.escape(parts[1]))


@lru_cache(maxsize=4096)
def school_kinds(alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds '…学校' words name: '职业学校' → 职业."""
    return tuple(sorted({a[:-2] for a in alternatives if a.endswith("学校") and len(a) >= 4}))


@lru_cache(maxsize=4096)
def _school_kinds(alternatives: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """A kind not followed by another kind of school ('公办幼儿园' is not 公办学校)."""
    return tuple(re.compile(re.escape(s) + _NOT_SCHOOL) for s in school_kinds(alternatives))


def weight_of(word: str) -> float:
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


def question_words(text: str, snap, stop) -> list[tuple[str, int]]:
    """(word, where it starts): the documents' phrases found in ``text``, then jieba words
    for the rest."""
    out, pos = [], 0
    for a, b in corpus_spans(text, snap):
        if a > pos:
            out.extend(_located(text, pos, _candidate_words(text, pos, a, snap.blob)))
        out.extend(_located(text, a, [p for p in _trim(text[a:b], stop)
                                       if len(p) >= 2 or p.isdigit()]))
        pos = b
    if pos < len(text):
        out.extend(_located(text, pos, _candidate_words(text, pos, len(text), snap.blob)))
    return [(w, at) for k, (w, at) in enumerate(out) if not (w == "阶段" and _staged(text, at))]


def _staged(text: str, at: int) -> bool:
    """Is the 阶段 at ``at`` the stage said just before ('义务教育阶段', '小学初中这个阶段')?"""
    return _STAGE.search(re.sub(r"(?:这个|这一|那个|这|那)$", "", text[:at])) is not None


def _located(text: str, start: int, words: list[str]) -> list[tuple[str, int]]:
    out, at = [], start
    for w in words:
        i = text.find(w, at)
        out.append((w, i if i >= 0 else at))
        if i >= 0:
            at = i + len(w)
    return out


def _candidate_words(question: str, start: int, end: int, blob: str) -> list[str]:
    """jieba words of ``question[start:end]``; a word jieba guessed (not in its
    dictionary, not in the documents) is cut again without guessing ('组拿了' → '组',
    '拿'; '2023年省运会' → '年', '省'), unless it is a word of its own that no document
    uses ('保教费', '特岗教师'): what the question asks about, which the documents do not
    cover."""
    tk = tx.tokenizer()
    text = question[start:end]
    words, out, pos = tx.words(text), [], 0
    for k, w in enumerate(words):
        at = text.find(w, pos)
        at = at if at >= 0 else pos
        pos = at + len(w)
        if len(w) > 1 and not tk.FREQ.get(w) and w not in blob and not w.isascii():
            pieces = [p for p in (x.strip() for x in tk.lcut(w, HMM=False)) if p]
            nxt = words[k + 1] if k + 1 < len(words) else \
                (tx.words(question[end:end + 8]) or [""])[0]
            before = question[start + at - 1:start + at] if start + at else ""
            if any(len(p) > 1 for p in pieces) or not _own_word(w, before, nxt):
                out.extend(pieces)
                continue
        out.append(w)
    return out


# what cannot sit in a noun of its own: particles, demonstratives, question words, modal
# and comparison words, and what follows a verb (aspect markers, result complements)
_NOT_IN_NOUN = frozenset("了过着的得地之在被把将要能会可更比最很太也都还又就才是有这那哪几"
                         "多啥谁各每某该此其与和及或跟同给向从到往让使叫好完成上下里不没"
                         "我你他她它们想或并而且")
_CLASSIFIERS = "所个名位项次件条座家枚块期批届"


def _own_word(word: str, before: str, nxt: str) -> bool:
    """A guessed word that is a word of its own: no particle in it, not glued to a number
    before it ('477名新教师' → 名新), and either three characters long ('保教费') or a
    modifier of the dictionary noun after it ('特岗' + '教师')."""
    tk = tx.tokenizer()
    if any(c in _NOT_IN_NOUN for c in word) or (before and before in _NUMERALS + "两零百千万"):
        return False
    if word[0] in _CLASSIFIERS:
        return False
    if len(word) >= 3:
        return True
    if nxt[:1] in _NOT_IN_NOUN:
        return False
    if len(word) == 2 and any(tx.is_verb(c, nominal=False) for c in word):
        return False        # '校建好', '进省队': a verb glued to a noun
    return len(nxt) >= 2 and tk.FREQ.get(nxt, 0) > 0 and not tx.is_verb(nxt)


def corpus_length_at(text: str, i: int, snap, bounds: set[int] | None = None) -> int:
    """Length of the longest substring of ``text`` starting at ``i`` (2+ characters)
    that the documents contain; 0 if none. With ``bounds`` (where jieba starts or ends a
    word), a substring ending at a word boundary is preferred ('表彰优秀教育工作者': not
    '表彰优秀教' but '表彰优秀')."""
    n = len(text)
    j = i + 1
    while j < n and snap.blob.pair_known(text[j - 1:j + 1]):
        j += 1
    first = 0
    for length in range(min(j - i, 24), 1, -1):
        if text[i:i + length] in snap.blob:
            if bounds is None or i + length in bounds:
                return length
            first = first or length
    return first


def corpus_spans(text: str, snap) -> list[tuple[int, int]]:
    """The documents' own phrases in ``text``: spans (2+ characters) the documents contain,
    chosen so that longer phrases win ('表彰优秀教育工作者' → 表彰 + 优秀教育工作者, not
    表彰优秀 + 教育工作者) — a segmentation at jieba's word boundaries (or the documents'
    own, '提名校') maximising the sum of squared span lengths."""
    n = len(text)
    cuts = sorted(boundaries(text) | {n} | {i for i in range(2, n) if text[i] in "有是" and   # '…职专
                                           text[i + 1:i + 2] in _ASKED_NEXT})            # 有几所'

    best = {0: (0, [])}                      # position → (score, spans)
    for i in cuts:
        if i not in best:
            continue
        score, spans = best[i]
        for j in cuts:
            if 2 <= j - i <= 24 and text[i:j] in snap.blob:
                cand = (score + (j - i) ** 2, spans + [(i, j)])
                if j not in best or cand[0] > best[j][0]:
                    best[j] = cand
        nxt = next((j for j in cuts if j > i), None)
        if nxt is not None and (nxt not in best or score > best[nxt][0]):
            best[nxt] = (score, spans)
    return best.get(n, (0, []))[1]


_ASKED_NEXT = set("几多什哪 ?？") | {""}     # (question words blanked)
_FUNCTION = set("的了地得着过是有在和与及或也都就还把被")


_WHOLE_OF = {"地区", "市", "县", "区", "省", "旗", "盟", "州", "国", "镇", "乡"}


def _trim(phrase: str, stop: frozenset[str]) -> list[str]:
    """A corpus phrase cut at punctuation, without question filler at the edges of each
    piece ('的公办' → '公办')."""
    out = []
    for piece in re.split(r"[”」』][末初底]|[\W_]+|(?<!目)的(?!确)", phrase):  # ('读的随迁子女', '”末')
        words = [w for w in tx.tokenizer().lcut(piece) if w.strip()]
        whole = list(words)
        while words and words[0] in stop and words[1:2] != ["级"]:     # '荣成级' is a level
            words.pop(0)
        if len(words) > 2 and words[0] == "全" and words[1] in _WHOLE_OF:
            words = words[2:]       # '全地区初中': the whole place, then what is asked of it
        while words and words[-1] in stop:
            words.pop()
        if len("".join(words)) < 2 and len(piece) == 2 and len(whole) == 2 and \
                not _FUNCTION.intersection(piece):
            words = whole           # '大班' (大, 班) is the documents' word, not 大 and 班
        if words:
            out.append("".join(words))
    return out


def shadowed(terms: list[Term]) -> list[Term]:
    """'幼儿' next to '幼儿园' in one question: an occurrence of 幼儿园 is not one of 幼儿.
    A longer word made of the shorter one and another word ('研学活动' = 研学 + 活动,
    '公办幼儿园' = 公办 + 幼儿园) does say the shorter one. A word carried from the last
    question takes none from the new one ('学位多了多少' after '…七小新增了几个班': 新增
    stays said in '信丰七小新增班级…')."""
    out = []
    for t in terms:
        longer = tuple(a for u in terms if u is not t and (u.focus or not t.focus)
                       for a in u.alternatives
                       if a not in t.alternatives       # its own word too ('在园幼儿')
                       and any(b in a and b != a and len(b) >= 2 and not _composed(a, b)
                              and not a.endswith(b)         # '幼儿园专任教师' is 教师 too
                              and _rest(a, b) not in u.alternatives   # 中等职业教育 + 学校
                              for b in t.alternatives))   # a verb root is meant to be inside
        out.append(replace(t, shadows=longer) if longer else t)
    return out


def stage_by_pupils(terms: list[Term], counted: tuple[str, ...], question: str = ""
                    ) -> list[Term]:
    """'多少小朋友在上幼儿园': the children counted are the kindergarten's, so a figure of
    幼儿 says the stage term 幼儿园 too — a stage is said by a counted word of its group,
    and, unless the question asks an intake ('招了多少'), by one holding it ('在园幼儿')."""
    from assistant.intent import STAGE_GROUPS, noun_unit

    holding = not INTAKE.search(question)
    out = []
    for t in terms:
        group = next((g for g in STAGE_GROUPS if t.word in g), ())
        said = tuple(a for a in counted if (a in group or holding and any(g in a for g in group))
                     and a not in t.alternatives and noun_unit(a) == "人")
        out.append(replace(t, alternatives=t.alternatives + said,
                           credits=(t.credits or (1.0,) * len(t.alternatives)) +
                           (1.0,) * len(said)) if said else t)
    return out


INTAKE = re.compile(r"招|新生|入学|入园")


def replaced_stages(terms: list[Term]) -> list[Term]:
    """'那初中呢？' after '今年小学招了多少新生': the stage asked now replaces the one
    carried over, which no longer counts for or against a figure."""
    from assistant.intent import STAGE_GROUPS

    def group(t: Term) -> int:
        return next((k for k, g in enumerate(STAGE_GROUPS) if t.word in g), -1)

    asked = {group(t) for t in terms if t.focus} - {-1}
    return [t for t in terms if t.focus or not asked or group(t) in asked | {-1}]


def _rest(longer: str, part: str) -> str:
    return longer[len(part):] if longer.startswith(part) else \
        longer[:-len(part)] if longer.endswith(part) else ""


def _composed(longer: str, part: str) -> bool:     # (or a word of a phrase: '…寄宿制学校和…')
    rest, words = _rest(longer, part), tx.tokenizer().lcut(longer, HMM=False)
    return len(rest) >= 2 and tx.tokenizer().FREQ.get(rest, 0) > 0 or len(words) >= 3 and part in words


def boundaries(text: str) -> set[int]:
    """Offsets where jieba starts or ends a dictionary word (no HMM guessing, which would
    glue '楼建' together in '实训楼建好了吗')."""
    out, pos = {0}, 0
    for w in tx.tokenizer().lcut(text, HMM=False):
        pos += len(w)
        out.add(pos)
    return out


def contrast(word: str, blob: str) -> bool:
    """Is ``word`` a sibling of something the documents name ('二期'/'一期', '净入学率')?"""
    from jiaoti.lexicon import stopwords

    if len(word) >= 3 and sibling_compound(word[0], word[1:], blob, stopwords()):
        return True
    for i, ch in enumerate(word):
        if ch in _NUMERALS:
            for other in _NUMERALS:
                if other != ch and word[:i] + other + word[i + 1:] in blob:
                    return True
    return False


def sibling_compound(mod: str, head: str, blob: str, stop) -> bool:
    """Does a one-character modifier make ``head`` another thing than the documents'
    ('净' + '入学率' where the documents only have '毛入学率')? The documents must name
    the head with another one-character modifier, and never with this one."""
    if len(mod) != 1 or not tx.is_cjk(mod) or mod in _NUMERALS + "两" or mod in stop or \
            mod in _NOT_IN_NOUN or mod == "新" or \
            tx.is_verb(mod) or len(head) < 2 or tx.is_verb(head) or \
            tx.is_verb((tx.words(head) or [""])[0]) or head not in blob or \
            mod + head in blob:
        return False
    seen = 0
    for text, at in CorpusText.of(blob).occurrences(head, 10_000):
        other = text[at - 1:at] if at else ""
        if not tx.is_cjk(other):                 # a modifier is a Chinese character
            continue
        pair = text[at - 2:at] if at >= 2 else ""
        if other not in stop and other not in _NUMERALS and not tx.is_verb(other) and \
                not tx.tokenizer().FREQ.get(pair, 0) and not _MEASURED.search(text, 0, at):
            return True         # (not the unit of a figure: '5000平方米教学楼')
        seen += 1
        if seen > 50:
            break
    return False


_MEASURED = re.compile(r"\d\s*[\u4e00-\u9fff]{1,3}$")
PART_SCAN = 200          # occurrences of a question word looked at (bounded: corpus size free)
_PART_AFTER = re.compile(r"[^。;；]{0,12}?\d[\d.]*[万]?[人名位个所]?[,，;；(（]?\s*其中[:：]?"
                         r"([\u4e00-\u9fff]{2,8}?)(?=[\d(（:：])")


def parts_named(word: str, alternatives: tuple[str, ...], blob) -> tuple[str, ...]:
    """The alternatives of ``word`` the documents count as a part of it: '教职工3093人,
    其中专任教师2802人' makes 教师 a part of 教职工, so a figure of teachers never answers
    a question about 教职工 (a synonym group lumps them together)."""
    others = [a for a in alternatives if a != word and len(a) >= 2]
    if not others or len(word) < 2:
        return ()
    found = set()
    for text, at in CorpusText.of(blob).occurrences(word, PART_SCAN):
        m = _PART_AFTER.match(text, at + len(word))
        if m:
            found.update(a for a in others if a in m.group(1))
    return tuple(sorted(found))
