"""A snapshot of the index: what one question is answered from, never changed once built.
It is the typed corpus view the answer engine reads: words
and phrases of the documents, chunks, the fact table, the documents' own point of view in
time — never Chroma or BM25 internals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jiaoti.numbers import heading_years, own_years
from jiaoti.substrings import CorpusText
from jiaoti.text import fold, has_word
from jiaoti.types import Chunk, DocumentInfo, Fact
from vectorstore.bm25 import BM25


_WORDS_KEPT = 20_000


def _apart(chunk: Chunk, stage: str, word: str, part: re.Pattern) -> bool:
    text = fold(chunk.text)
    at = [i for i in range(len(text)) if text.startswith(word, i)
          and not text.endswith(stage, 0, i)]
    return bool(at) and (stage in chunk.section or any(part.match(text, i + len(word))
                                                       or _subject_of(text, i, stage)
                                                       for i in at))


def _subject_of(text: str, i: int, stage: str) -> bool:
    """The sentence opens on the stage and the word is one of its later items ('全市共有初中
    学校475所,招生15.63万人,…,毕业生13.68万人')."""
    start = max(text.rfind("。", 0, i), text.rfind("\n", 0, i), text.rfind(";", 0, i),
                text.rfind("；", 0, i)) + 1
    first = re.split(r"[,，]", text[start:i], maxsplit=1)
    return len(first) == 2 and stage in first[0]


@dataclass
class Snapshot:
    physical: str
    generation: int
    documents: dict[str, DocumentInfo]
    chunks: dict[str, Chunk]
    bm25: BM25
    vectors: object                # the Chroma collection (dense search)
    blob: CorpusText = field(repr=False)  # all chunk texts, folded: "is this word anywhere"
    current_year: int | None = None  # the main reports' own "this year"
    units: dict = field(default_factory=dict)  # unit of a figure → BM25 positions (array)
    order: list = field(default_factory=list)   # chunk ids in blob order
    facts: dict = field(default_factory=dict)   # chunk id → its facts
    fact_vectors: object = None                 # FactVectors
    lexicon: object = None                      # jiaoti.lexicon.Lexicon
    _positions: dict | None = field(default=None, repr=False)
    _undated: dict | None = field(default=None, repr=False)   # document → the years it names
    _words: dict = field(default_factory=dict, repr=False)     # knows_word's answers, bounded
    _tables: dict | None = field(default=None, repr=False)     # (document, table) → cells
    _by_source: dict | None = field(default=None, repr=False)  # document → its chunks
    _now: dict = field(default_factory=dict, repr=False)       # year → now_sources(year)

    # -- the corpus view --------------------------------------------------------------------
    def containing(self, phrase: str, limit: int = 200) -> list[str]:
        """Ids of chunks whose (folded) text contains ``phrase``, at most ``limit``."""
        return [self.order[k] for k in self.blob.containing(phrase, limit)]

    def verbatim(self, phrases: list[str]):
        """Chunks whose text holds one of ``phrases`` verbatim, in corpus order."""
        every = len(self.order)
        for k in sorted({k for p in phrases for k in self.blob.containing(fold(p), every)}):
            chunk = self.chunks[self.order[k]]
            if any(p in chunk.text for p in phrases):
                yield chunk

    def knows(self, word: str) -> bool:
        return word in self.blob

    def knows_word(self, word: str, limit: int = 50) -> bool:
        """``word`` occurs other than as the tail of a longer dictionary word: '小学专任教师'
        written only inside '中小学专任教师' is not a word of the documents."""
        known = self._words.get((word, limit))
        if known is None:
            known = word in self.blob and any(has_word(fold(self.chunks[c].text), word)
                                              for c in self.containing(word, limit))
            if len(self._words) >= _WORDS_KEPT:     # questions are open-ended: stay bounded
                self._words.clear()
            self._words[(word, limit)] = known
        return known

    def stage_apart(self, stage: str, word: str, limit: int = 50) -> bool:
        """Is ``word`` written without ``stage`` before it, in a section the stage heads
        ('——小学。…专任教师11280人') or with the stage as its part right after it
        ('新增班级174个(其中小学108个…)')?"""
        key = ("§" + stage, word, limit)
        known = self._words.get(key)
        if known is None:
            part = re.compile(rf"[^。；;]{{0,8}}?(?:其中|[(（])[^。；;)）]{{0,8}}?{re.escape(stage)}")
            known = any(_apart(self.chunks[c], stage, word, part)
                        for c in self.containing(word, limit))
            if len(self._words) >= _WORDS_KEPT:
                self._words.clear()
            self._words[key] = known
        return known

    def df(self, word: str) -> int:
        """How many chunks hold ``word`` (BM25's count, else a bounded text count)."""
        return self.bm25.df(word) or min(self.blob.count(word), max(len(self.chunks), 1))

    def undated_sources(self) -> frozenset[str]:
        """Documents that name no year anywhere (a statistics page in the present tense):
        their figures are the present, what a question about 今年 asks."""
        return frozenset(s for s, years in self._source_years().items() if not years)

    def now_sources(self, year: int | None) -> frozenset[str]:
        """Documents whose present can be ``year``: they name no year, or they say 今年 and
        name only years before it ('2015年,…新建成5所。今年,…计划新建19所' — written in
        2016): their undated figures are that year's."""
        if year is None:
            return self.undated_sources()
        if year not in self._now:
            said = {c.source for c in self.chunks.values() if "今年" in c.text}
            self._now[year] = frozenset(s for s, ys in self._source_years().items()
                                        if not ys or s in said and max(ys) < year)
        return self._now[year]

    def only_year(self, source: str) -> int | None:
        """The year a document names, when it names one and no other: its undated figures
        are that year's ('2024年是…关键一年。…在校学生2524人')."""
        years = self._source_years().get(source, ())
        return next(iter(years)) if len(years) == 1 else None

    def _source_years(self) -> dict[str, frozenset[int]]:
        if self._undated is None:
            found: dict[str, set[int]] = {}
            for c in self.chunks.values():
                found.setdefault(c.source, set()).update(own_years(c.text + "\n" + c.title))
            self._undated = {s: frozenset(y) for s, y in found.items()}
        return self._undated

    def previous(self, chunk_id: str):
        """The chunk just before ``chunk_id`` in the same document, or None."""
        if self._positions is None:
            self._positions = {cid: i for i, cid in enumerate(self.order)}
        i = self._positions.get(chunk_id, 0)
        if i <= 0:
            return None
        before, chunk = self.chunks.get(self.order[i - 1]), self.chunks.get(chunk_id)
        return before if before is not None and chunk is not None and \
            before.source == chunk.source else None

    def chunks_of(self, source: str) -> tuple[Chunk, ...]:
        """The chunks of one document in reading order."""
        if self._by_source is None:
            found: dict[str, list[Chunk]] = {}
            for c in self.chunks.values():
                found.setdefault(c.source, []).append(c)
            self._by_source = {s: tuple(sorted(v, key=lambda c: c.start))
                               for s, v in found.items()}
        return self._by_source.get(source, ())

    def facts_of(self, chunk_id: str) -> tuple[Fact, ...]:
        return self.facts.get(chunk_id, ())

    def table_cells(self, source: str, table: str) -> tuple[Fact, ...]:
        """Every cell fact of one table of a document, whichever chunks hold them."""
        if self._tables is None:
            found: dict = {}
            for fs in self.facts.values():
                for f in fs:
                    if f.table and f.row and f.column:
                        found.setdefault((f.source, f.table), []).append(f)
            self._tables = {k: tuple(v) for k, v in found.items()}
        return self._tables.get((source, table), ())

    def vectors_of(self, fact_ids: list[str]) -> dict:
        return self.fact_vectors.get(fact_ids) if self.fact_vectors is not None else {}

    @property
    def fact_count(self) -> int:
        return sum(len(v) for v in self.facts.values())

    def __len__(self) -> int:
        return len(self.chunks)


def point_of_view(documents: dict[str, DocumentInfo], chunks: dict[str, Chunk]) -> int | None:
    """The year the main reports call 今年: the latest year in the title and headings of
    the document with the most text. A short notice about a later year never moves it."""
    size: dict[str, int] = {}
    years: dict[str, set[int]] = {}
    for c in chunks.values():
        size[c.source] = size.get(c.source, 0) + len(c.text)
        if c.kind in ("heading", "title"):
            years.setdefault(c.source, set()).update(heading_years(c.text))
    for d in documents.values():
        years.setdefault(d.source, set()).update(heading_years(d.title))
    ranked = sorted(size, key=lambda s: (-size[s], s))
    for source in ranked:
        if years.get(source):
            return max(years[source])
    return None


def _units(bm25: BM25, facts: dict[str, tuple[Fact, ...]]) -> dict:
    """Which chunks (BM25 positions, a sorted array) hold a fact counted in each unit."""
    import numpy as np

    out: dict[str, list[int]] = {}
    for i, cid in enumerate(bm25.ids):
        for unit in dict.fromkeys(f.unit for f in facts.get(cid, ()) if f.unit):
            out.setdefault(unit, []).append(i)
    return {u: np.asarray(v, dtype=np.intc) for u, v in out.items()}


def build_snapshot(physical, generation, documents, chunks, bm25, vectors, facts,
                   fact_vectors, lexicon) -> Snapshot:
    order = list(chunks)
    blob = CorpusText([fold(chunks[cid].text) for cid in order])
    return Snapshot(physical, generation, documents, chunks, bm25, vectors, blob,
                    point_of_view(documents, chunks), _units(bm25, facts), order,
                    facts, fact_vectors, lexicon)
