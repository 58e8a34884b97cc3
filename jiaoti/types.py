"""Typed objects that cross folder boundaries. All frozen."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

SECTION_SEP = " › "

ChunkKind = Literal["title", "heading", "paragraph", "caption", "table"]
# actual: a result reported as done; plan: something intended; target: a goal figure;
# cumulative: a running total ("累计", "截至目前")
Period = Literal["actual", "plan", "target", "cumulative"]


@dataclass(frozen=True)
class Chunk:
    """A verbatim span of one document: ``original_text[start:end] == text``."""

    id: str
    text: str
    source: str            # file name the document was ingested from
    title: str             # document title
    section: str           # section path, parts joined by SECTION_SEP
    paragraph: int         # 1-based number of the paragraph (non-empty line) in the document
    start: int
    end: int
    kind: ChunkKind = "paragraph"
    version: str = ""      # sha256 of the source file this chunk was cut from
    ocr_confidence: float | None = None   # set when the text was read from a scan

    def section_parts(self) -> list[str]:
        return [p for p in self.section.split(SECTION_SEP) if p]


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the rank it had in each leg (0 = absent)."""

    chunk: Chunk
    score: float
    dense_rank: int = 0
    bm25_rank: int = 0


@dataclass(frozen=True)
class Citation:
    """A verbatim quote: ``chunk.text`` contains ``quote`` at ``start - chunk.start``."""

    n: int
    chunk_id: str
    source: str
    title: str
    section: str
    quote: str
    start: int
    end: int
    location: str = ""     # a table cell ("表2 第3行 招生计划") or page, when there is one
    ocr: bool = False      # the quote was read from a scan (shown as "（扫描件识别）")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Fact:
    """One figure of a document, typed at ingest: what it counts (subject), in which unit,
    for which year and place, and whether it is a result or a plan. ``document text
    [start:end]`` is the figure as written; ``[clause_start:clause_end]`` its clause."""

    id: str
    value: str             # the number with 万/亿 expanded, as a decimal string ("23000")
    unit: str              # measure word as written ("人", "所", "元", "%", "金"); "" if none
    raw: str               # the figure as written ("2.3万余人")
    approx: str            # "", or the marker that makes it approximate (余 多 近 超 约 逾)
    year: int | None
    period: Period
    subject: str           # the phrase the figure quantifies ("完成技能培训")
    clause: str            # the clause it sits in, verbatim
    chunk_id: str
    source: str
    section: str
    start: int
    end: int
    clause_start: int
    clause_end: int
    places: tuple[str, ...] = ()   # places the clause names as its scope
    table: str = ""        # table or sheet name, for a figure from a table
    row: str = ""          # row label
    column: str = ""       # column header
    cell: str = ""         # cell reference ("C3")
    ocr_confidence: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def location(self) -> str:
        """Where a table fact sits, for its citation ("2025年招生计划 第3行 班数"); "" for a
        figure of running text."""
        if not self.table:
            return ""
        digits = "".join(ch for ch in reversed(self.cell) if ch.isdigit())[::-1]
        row = f" 第{digits}行" if digits and self.cell.endswith(digits) else ""
        return f"{self.table}{row} {self.column}".strip()


@dataclass(frozen=True)
class Answer:
    question: str
    standalone_question: str
    answer: str
    answerable: bool
    mode: str
    citations: tuple[Citation, ...] = ()
    latency_ms: float = 0.0
    hits: tuple[Hit, ...] = field(default=(), repr=False)
    notice: str = ""             # e.g. "vector index unavailable, keyword search only"
    reason: str = ""             # why the answer was refused or replaced (for logs and eval)
    settings_hash: str = ""
    timings: dict = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        """The CLI's JSON contract."""
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "answer": self.answer,
            "answerable": self.answerable,
            "mode": self.mode,
            "citations": [c.to_dict() for c in self.citations],
            "latency_ms": round(self.latency_ms, 2),
        }


@dataclass(frozen=True)
class DocumentInfo:
    """One document in the index, as the catalog records it."""

    source: str
    title: str
    version: str
    chunks: int
    ingested_at: str
    facts: int = 0
    pages: int = 0
    ocr_pages: int = 0
    tables: int = 0


@dataclass(frozen=True)
class PreparedDocument:
    """A document cut into chunks, with the facts found in it, ready to index."""

    source: str
    title: str
    version: str
    chunks: tuple[Chunk, ...]
    facts: tuple[Fact, ...] = ()
    pages: int = 0
    ocr_pages: int = 0
    tables: int = 0


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did, per file."""

    added: tuple[str, ...] = ()        # sources newly indexed or replaced
    unchanged: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()   # (file, one-line reason)
    chunks_added: int = 0
    chunks_deleted: int = 0
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()             # one-line notes on files that did go in

    @property
    def ok(self) -> bool:
        return not self.failed
