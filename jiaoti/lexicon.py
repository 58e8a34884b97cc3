"""Word lists shipped with the code (general Chinese only): stopwords, synonym groups,
place names, and the jieba user dictionary. Corpus-specific vocabulary lives in an optional
lexicon file next to that corpus (see ``Lexicon``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jiaoti.text import fold

DATA = Path(__file__).resolve().parent / "data"

def read_lines(name: str) -> list[str]:
    path = DATA / name
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(read_lines("stopwords.txt"))


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """Everyday word → the report's words (jiaoti/data/synonyms.txt: 'report|every,day')."""
    table: dict[str, list[str]] = {}
    for line in read_lines("synonyms.txt"):
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
    return tuple(sorted(set(read_lines("places.txt")), key=len, reverse=True))


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



CORPUS_LEXICON = "lexicon.txt"


def corpus_lexicon_paths(documents) -> list[Path]:
    """The corpus lexicon files next to ``documents`` (one ``lexicon.txt`` per folder)."""
    folders = dict.fromkeys(Path(d).resolve().parent for d in documents)
    return [f / CORPUS_LEXICON for f in folders if (f / CORPUS_LEXICON).is_file()]
