"""The jieba tokenizer with the domain dictionary, and the words a deployment adds to it
(its corpus words and home places). One process may load deployments one after another
(the evaluation does; tests do): each set of words replaces the one before, so a
deployment cuts its questions the same whether or not another was loaded first. Ingest
reads documents with the general dictionary alone (``general_words``), in its own thread,
so a document's facts never depend on what was loaded before it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from contextlib import contextmanager

_tokenizer = None
_general = None
_local = threading.local()
_tok_lock = threading.Lock()
_MISSING = object()


class _Words:
    """The deployment words in force: their key, and how to take them out again."""
    key: object = None
    saved: dict[str, object] = {}
    total: int = 0
    generation: int = 0


_in_force = _Words()


def tokenizer():
    """The jieba tokenizer with the domain dictionary (built on first use), with the
    deployment words in force — or without them, within ``general_words`` in this thread."""
    own = getattr(_local, "tokenizer", None)
    return own if own is not None else _shared()


def _shared():
    global _tokenizer
    if _tokenizer is None:
        with _tok_lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tk = jieba.Tokenizer()
                tk.FREQ, tk.total = _prefix_dict(tk)
                tk.initialized = True
                from jiaoti.lexicon import read_lines

                for line in read_lines("userdict.txt"):     # 'word' or 'word frequency'
                    word, *freq = line.split()
                    tk.add_word(word, freq=int(freq[0]) if freq else None)
                _tokenizer = tk
    return _tokenizer


def generation() -> int:
    """Changes whenever the tokenizer's words change: caches of cuts key on it (-1: the
    general dictionary alone)."""
    return -1 if getattr(_local, "tokenizer", None) is not None else _in_force.generation


@contextmanager
def general_words():
    """Within, this thread cuts with the general dictionary alone (no deployment's words)."""
    global _general
    if _general is None:
        tk = _shared()
        with _tok_lock:
            if _general is None:
                import jieba

                general = jieba.Tokenizer()
                general.FREQ = dict(tk.FREQ)
                for word, before in _in_force.saved.items():     # (those in force now out)
                    if before is _MISSING:
                        general.FREQ.pop(word, None)
                    else:
                        general.FREQ[word] = before
                general.total = _in_force.total if _in_force.saved else tk.total
                general.initialized = True
                _general = general
    outer = getattr(_local, "tokenizer", None)
    _local.tokenizer = _general
    try:
        yield
    finally:
        _local.tokenizer = outer


def use_words(key: object, words: Iterable[tuple[str, int | None]]) -> None:
    """Make ``words`` — (word, count), None for the count jieba suggests — the deployment
    words of the tokenizer, in place of those in force (a no-op when ``key`` is theirs).
    Words the dictionary already has are not added again."""
    if key is _in_force.key:
        return
    if key == _in_force.key:
        _in_force.key = key         # (the same words again: later calls compare by identity)
        return
    tk = _shared()
    with _tok_lock:
        _take_out(tk)
        saved, total = {}, tk.total
        for word, freq in words:
            if len(word) < 2 or tk.FREQ.get(word, 0) >= (freq or 1):
                continue
            for i in range(1, len(word) + 1):
                saved.setdefault(word[:i], tk.FREQ.get(word[:i], _MISSING))
            tk.add_word(word, freq=freq)
        _in_force.key, _in_force.saved, _in_force.total = key, saved, total
        _in_force.generation += 1


def _take_out(tk) -> None:
    for word, before in _in_force.saved.items():
        if before is _MISSING:
            tk.FREQ.pop(word, None)
        else:
            tk.FREQ[word] = before
    if _in_force.saved:
        tk.total = _in_force.total
    _in_force.key, _in_force.saved = None, {}


def _prefix_dict(tk) -> tuple[dict[str, int], int]:
    """jieba's dictionary with every word's prefixes, as its ``initialize`` builds it, but
    kept as one string of words and one array of counts: read back 4× faster than jieba's
    own cache of the dict (0.15 s against 0.6 s, most of a command-line answer's start)."""
    import array
    import os
    from pathlib import Path

    import jieba

    from jiaoti.derived import derived

    def build():
        freq, total = tk.gen_pfdict(tk.get_dict_file())
        return "\n".join(freq), array.array("q", freq.values()).tobytes(), total

    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    words, counts, total = derived("jieba-prefix-dict", 1, [path], build)
    values = array.array("q")
    values.frombytes(counts)
    return dict(zip(words.split("\n"), values.tolist())), total
