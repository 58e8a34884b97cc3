"""Files → PreparedDocument → index. The CLI and the web app's knowledge-base tab both
call `ingest_paths`; a bad file is reported by name and reason while the others ingest."""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.facts import extract_facts
from ingest.loaders import FORMAT_NAMES, FORMATS, TEXT_FORMATS, fail, load_md, load_txt
from ingest.sandbox import Progress, parse_sandboxed
from ingest.split import split_document
from ingest.tables import table_facts
from jiaoti.errors import IngestError
from jiaoti.guard import looks_like_injection
from jiaoti.settings import Settings
from jiaoti.tokenizer import general_words
from jiaoti.types import IngestReport, PreparedDocument

log = logging.getLogger(__name__)

# (file name, index of the file, number of files) → a chunk progress callback or None
FileProgress = Callable[[str, int, int], Callable[[int, int], None] | None]


def expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files named, and supported files inside folders named (sorted)."""
    from jiaoti.lexicon import CORPUS_LEXICON

    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()
                              and f.suffix.lower() in FORMATS and f.name != CORPUS_LEXICON))
        elif p.name != CORPUS_LEXICON:      # a corpus lexicon is words, not a document
            out.append(p)
    return out


def prepare(path: Path, settings: Settings, source: str | None = None,
            progress: Progress | None = None) -> PreparedDocument:
    """Read, parse and split one file, and type the figures of its tables; IngestError
    (one line, naming the file) if it cannot be used. ``progress(page, pages)`` follows
    the reading of scanned pages."""
    source = source or path.name
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise fail(source, f"不支持的文件格式 {suffix or '（无扩展名）'}（支持 {FORMAT_NAMES}）")
    try:
        size = path.stat().st_size
        if size > settings.max_file_mb * 1024 * 1024:
            raise fail(source, f"文件过大（{size / 1048576:.1f} MB，上限 {settings.max_file_mb:g} MB）")
        data = path.read_bytes()
    except IsADirectoryError:
        raise fail(source, "这是一个文件夹，不是文件") from None
    except FileNotFoundError:
        raise fail(source, "文件不存在") from None
    except OSError as exc:
        raise fail(source, f"无法读取（{exc.strerror or exc}）") from exc
    if not data.strip():
        raise fail(source, "文件为空")
    doc = _parse(path, data, settings, progress)
    if not doc.text.strip():
        raise fail(source, "没有可提取的文字" + ("（扫描件文字识别已关闭）" if doc.ocr_needed else ""))
    version = _digest(data, settings)
    title, chunks = split_document(doc, source, version, settings.chunk_max_chars,
                                   fallback_title=Path(source).stem)
    if not chunks:
        raise fail(source, "没有可提取的文字")
    facts = extract_facts(chunks, title, _home_forms(settings)) + \
        table_facts(doc.tables, chunks, title, version, doc.text)
    return PreparedDocument(source, title, version, tuple(chunks), tuple(facts), doc.pages,
                            doc.ocr_pages, len(doc.tables))


def _parse(path: Path, data: bytes, settings: Settings, progress: Progress | None):
    from ingest.office import load_csv

    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return load_md(data, path)
    if suffix == ".csv":
        return load_csv(data, path, settings.table_max_rows)
    if suffix in TEXT_FORMATS:
        return load_txt(data, path)
    return parse_sandboxed(path, settings, progress)


def library_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "library"


def ingest_paths(paths: Iterable[Path | str], settings: Settings, index=None,
                 rebuild: bool = False, on_file: FileProgress | None = None,
                 names: dict[Path, str] | None = None) -> IngestReport:
    """Ingest files (and folders) into the index. Unchanged files add nothing (they are not
    even parsed again); changed files replace their chunks. Files go in one at a time, each
    committed on its own, so an ingest stopped at any point (even kill -9) continues where
    it stopped when run again. With ``rebuild``, every indexed document plus the given
    files go into a fresh collection that goes live only if all of them could be read."""
    from vectorstore.index import Index

    started = time.perf_counter()
    files = expand(paths)
    index = index or Index(settings)
    t = _Tally()
    with general_words():       # a document reads alike whatever was loaded before it
        if rebuild:
            _rebuild(files, settings, index, on_file, names or {}, t)
        else:
            _add(files, settings, index, on_file, names or {}, t)
    return IngestReport(tuple(t.added), tuple(t.unchanged), tuple(t.failed), t.chunks_added,
                        t.chunks_deleted, time.perf_counter() - started, tuple(t.warnings))


@dataclass
class _Tally:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    chunks_added: int = 0
    chunks_deleted: int = 0


def _prepare(path: Path, settings: Settings, name: str | None, on_file: FileProgress | None,
             n: int, total: int, t: _Tally) -> PreparedDocument | None:
    """One file read and split, or None (its failure noted)."""
    try:
        doc = prepare(path, settings, name, _scan_progress(on_file, name or path.name, n, total))
    except IngestError as exc:
        log.warning("%s", exc)
        t.failed.append((str(path), str(exc)))
        return None
    flagged = sum(looks_like_injection(c.text) for c in doc.chunks)
    if flagged:
        t.warnings.append(f"{doc.source}：有 {flagged} 段文字像是写给模型的指令，已隔离，不会用于回答")
        log.warning("%s", t.warnings[-1])
    return doc


# Bumped whenever what ingest reads out of a text changes (its facts: '师生比为1:25.5' became
# one in revision 2; a date line is no year heading in 3; a colon after a count ends its
# clause in 4; a piece of a flattened page cut after a '——小学。' heading is under it in 5;
# areas in 平方千米/平方公里 have their unit in 6; a flattened table's '650 |' lines and '/'
# cells are read in 7; a 班级数 column has no unit of its own again in 8; '省二类幼儿园' is
# a grade, not 2 类, and home places are never cut across by the tokenizer in 10),
# so an index built by an older engine is rebuilt document by document. (Ingest reading
# with the general dictionary alone changed nothing for an index built in a fresh process.)
EXTRACTION = b"facts-12"


def _home_forms(settings: Settings) -> tuple[str, ...]:
    """Every way the home places are written ('河南省洛阳市洛宁县' and '洛宁' → also 洛宁县):
    a figure about them is the documents' own, not another place's."""
    from jiaoti.places import Home

    return tuple(sorted(Home(settings.home_places).forms()))


def _digest(data: bytes, settings: Settings) -> str:
    """What was read out of a file depends on the file, this engine's extraction and the
    home places (other places' figures are marked as theirs)."""
    home = "\0".join(_home_forms(settings)).encode()
    return hashlib.sha256(data + EXTRACTION + b"\0" + home).hexdigest()


def _version_of(path: Path, settings: Settings) -> str | None:
    try:
        return _digest(path.read_bytes(), settings)
    except OSError:
        return None             # prepare() says why


def _add(files: list[Path], settings: Settings, index, on_file: FileProgress | None,
         names: dict[Path, str], t: _Tally) -> None:
    lib = library_dir(settings)
    keep_lexicons(files, settings)
    with index.writer() as writer:
        committed = writer.documents()
        for n, path in enumerate(files, 1):
            source = names.get(path) or path.name
            known = committed.get(source)
            if known is not None and known.version == _version_of(path, settings):
                t.unchanged.append(source)
                if not (lib / source).exists():
                    _keep_copy(path, source, lib)
                continue
            doc = _prepare(path, settings, names.get(path), on_file, n, len(files), t)
            if doc is None:
                continue
            a, d = writer.upsert(doc, on_file(doc.source, n, len(files)) if on_file else None)
            if a or d:
                t.added.append(doc.source)
                t.chunks_added, t.chunks_deleted = t.chunks_added + a, t.chunks_deleted + d
                _keep_copy(path, doc.source, lib)
            else:
                t.unchanged.append(doc.source)
                if not (lib / doc.source).exists():
                    _keep_copy(path, doc.source, lib)


def _rebuild(files: list[Path], settings: Settings, index, on_file: FileProgress | None,
             names: dict[Path, str], t: _Tally) -> None:
    prepared = [(path, doc) for n, path in enumerate(files, 1)
                if (doc := _prepare(path, settings, names.get(path), on_file, n, len(files), t))]
    keep_lexicons([p for p, _ in prepared], settings)
    with index.writer() as writer:
        if t.failed:
            raise IngestError("重建已取消，原索引保持不变：" + "；".join(r for _, r in t.failed))
        docs = _rebuild_set(prepared, writer.documents(), settings)
        total = len(docs)

        def per_doc(doc, _count=iter(range(1, total + 1))):
            return on_file(doc.source, next(_count), total) if on_file else None

        t.chunks_added = writer.rebuild((d for _, d in docs), per_doc)
        t.added = [d.source for _, d in docs]
        for path, doc in docs:
            _keep_copy(path, doc.source, library_dir(settings))


def _scan_progress(on_file: FileProgress | None, name: str, i: int, n: int
                   ) -> Progress | None:
    """Progress of the scanned pages of a file, through the same per-file callback as
    the chunks (opened on the first page only, so files without scans show nothing)."""
    if on_file is None:
        return None
    opened: list = []

    def page(done: int, total: int) -> None:
        if not opened:
            opened.append(on_file(f"{name}（扫描件识别，共 {total} 页）", i, n))
        if opened[0]:
            opened[0](done, total)
    return page


def _rebuild_set(prepared, indexed, settings) -> list[tuple[Path, PreparedDocument]]:
    """The given files, plus every indexed document not among them (from its kept copy)."""
    docs = {doc.source: (path, doc) for path, doc in prepared}
    lib = library_dir(settings)
    for source in indexed:
        if source in docs:
            continue
        copy = lib / source
        if not copy.exists():
            raise IngestError(f"重建已取消，原索引保持不变：找不到 {source} 的存档副本，"
                              "请在命令中给出它的路径")
        docs[source] = (copy, prepare(copy, settings, source))
    return list(docs.values())


def keep_lexicons(paths: list[Path], settings: Settings) -> list[Path]:
    """Copy the corpus lexicons (``lexicon.txt`` next to ingested files) into the data
    folder, where every reader of the index finds them."""
    from jiaoti.lexicon import corpus_lexicon_paths

    out = []
    for src in corpus_lexicon_paths(paths):
        target = Path(settings.data_dir) / "lexicon" / f"{src.parent.name}.txt"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
            out.append(target)
        except OSError as exc:
            log.warning("could not keep the lexicon %s: %s", src, exc)
    return out


def _keep_copy(path: Path, source: str, lib: Path) -> None:
    """Keep the ingested file under the data dir (for rebuilds and downloads)."""
    target = lib / source
    try:
        lib.mkdir(parents=True, exist_ok=True)
        if path.resolve() != target.resolve():
            tmp = target.with_name(target.name + ".tmp")
            shutil.copyfile(path, tmp)
            tmp.replace(target)
    except OSError as exc:
        log.warning("could not keep a copy of %s: %s", source, exc)


def delete_documents(sources: Iterable[str], settings: Settings, index=None) -> dict[str, int]:
    """Remove documents by name; {name: chunks removed} (0 = it was not indexed)."""
    from vectorstore.index import Index

    index = index or Index(settings)
    out = {}
    with index.writer() as writer:
        for source in sources:
            out[source] = writer.delete(source)
            (library_dir(settings) / source).unlink(missing_ok=True)
    return out
