"""Word classes from jieba's dictionary tags: which words are verbs (v, vn) and which say
how or which (adverbs, pronouns, time words, states). Derived once and kept
(jiaoti/derived.py). Reached through ``jiaoti.text`` (tx.is_verb, tx.is_adverbial)."""

from __future__ import annotations

import logging
import re
import threading

log = logging.getLogger(__name__)
_lock = threading.Lock()
_verbs: dict | None = None


def is_verb(word: str, nominal: bool = True) -> bool:
    """Is ``word`` a verb in jieba's dictionary (tag v; with ``nominal`` also vn: '开学',
    '培训'), or a verb with a prefix jieba does not list ('新招', '新建', '改建')?"""
    global _verbs
    if _verbs is None:
        with _lock:
            if _verbs is None:
                _verbs = _read_verbs()
    tag = _verbs.get(word) if word not in _NOT_VERBS else None
    if tag:
        return nominal or tag == "v"
    return 2 <= len(word) <= 3 and word[0] in "新改扩再已共" and _verbs.get(word[-1]) == "v"


# jieba tags these as verbs; in education reports they name a stage ('学前8234人')
_NOT_VERBS = frozenset({"学前"})
_sets: dict[str, frozenset[str]] = {}


def _word_set(name: str, read) -> frozenset[str]:
    """A word set derived from jieba's dictionary, read once (``read`` makes it)."""
    got = _sets.get(name)
    if got is None:
        with _lock:
            got = _sets.get(name)
            if got is None:
                got = _sets[name] = read()
    return got


def is_adverbial(word: str) -> bool:
    """Is ``word`` an adverb, pronoun, time word or descriptive state in jieba's dictionary
    (单独, 其他, 现在, 大大小小)? Such words say how or which, they name no thing."""
    return word in _word_set("adverbials", _read_adverbials)


def is_qualifier(word: str) -> bool:
    """Is ``word`` a distinguishing word in jieba's dictionary (省级, 公立: tag b)? It says
    which kind, it does nothing."""
    return word in _word_set("qualifiers", _read_qualifiers)


def _read_qualifiers() -> frozenset[str]:
    import os
    from pathlib import Path

    import jieba

    from jiaoti.derived import derived

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    return frozenset(derived("qualifiers", 1, [Path(path)],
                             lambda: sorted(_tagged(path, ("b",)))))


def is_pointer(word: str, before: str = "") -> bool:
    """Is ``word`` a place word of position (下面, 里面, 底下: jieba's f, not a time such as
    以后), a pronoun pointing at a kind (那种, 这类) or at one thing by its measure word
    (那栋, 这所)? Such words point at something said beside them; they name nothing of their
    own. ``before``: the character before it ('那' of '那|一批')."""
    if word[:1] == "一" and before in ("这", "那"):
        word = before + word
    return word in _word_set("pointers", _read_pointers) or _ONE_OF.fullmatch(word) is not None


_ONE_OF = re.compile(r"[这那哪]一?[个栋幢座所家位名间条批处块]|[这那]些")   # (not 这项|工作,
#                                                                             这笔|奖补)


def _read_pointers() -> frozenset[str]:
    import os
    from pathlib import Path

    import jieba

    from jiaoti.derived import derived

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    return frozenset(derived("pointers", 2, [Path(path)], lambda: sorted(
        w for w in _tagged(path, ("f",)) if not set(w) & set("前后来时先初末")) + sorted(
        w for w in _tagged(path, ("r",)) if w[0] in "那这" and w[-1] in "种类")))


def is_name(word: str) -> bool:
    """Is ``word`` a proper name or a place word in jieba's dictionary (三峡, 城北: tags
    ns, nr, nz, s)?"""
    return word in _word_set("names", _read_names)


def _read_names() -> frozenset[str]:
    import os
    from pathlib import Path

    import jieba

    from jiaoti.derived import derived

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    return frozenset(derived("names", 1, [Path(path)],
                             lambda: sorted(_tagged(path, ("ns", "nr", "nz", "s")))))


def _read_adverbials() -> frozenset[str]:
    import os
    from pathlib import Path

    import jieba

    from jiaoti.derived import derived

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    return frozenset(derived("adverbials", 1, [Path(path)],
                             lambda: sorted(_tagged(path, ("d", "r", "t", "z")))))


def _tagged(path: str, tags: tuple[str, ...]) -> set[str]:
    out = set()
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 3 and parts[2] in tags:
                    out.add(parts[0])
    except OSError as exc:
        log.warning("jieba's dictionary is unreadable (%s): no word classes", exc)
    return out


def _read_verbs() -> dict:
    import os
    from pathlib import Path

    import jieba

    from jiaoti.derived import derived

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    return derived("verbs", 1, [Path(path)], lambda: _verbs_of(path))


def _verbs_of(path: str) -> dict:
    out = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 3 and parts[2] in ("v", "vn"):
                    out[parts[0]] = parts[2]
    except OSError as exc:
        log.warning("jieba's dictionary is unreadable (%s): no verb tags", exc)
    return out




# the verbs that name a programme with 计划 after them ('营养改善计划', '教师素质提升计划',
# '普及攻坚计划'); '招生计划', '培训计划', '投资计划' are plans of a quantity
_PROGRAMME = {"改善", "提升", "攻坚", "振兴", "支持", "促进", "培养", "行动", "扶持", "提高",
              "强基", "领航", "育苗"}


def plan_names(text: str) -> list[tuple[int, int]]:
    """Where 计划 ends the name of a programme, not a plan ('计划新建', '招生计划')."""
    from jiaoti.text import words

    out = []
    for m in re.finditer("计划", text):
        prev = words(text[max(0, m.start() - 6):m.start()])[-1:]
        if prev and prev[0] in _PROGRAMME:
            out.append((m.start(), m.end()))
    return out


def without_plan_names(text: str) -> str:
    """``text`` with each programme name's 计划 blanked (same length)."""
    for a, b in plan_names(text):
        text = text[:a] + "　" * (b - a) + text[b:]
    return text
