"""Every dataset against its own documents: datasets that name the same documents and
deployment settings share one fresh temporary index; each set is answered with the
settings its header names (bureau, home places, current year) and nothing else."""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from eval.dataset import Dataset, file_hash
from eval.run import Result, evaluate

log = logging.getLogger(__name__)


@dataclass
class Report:
    results: list[Result]
    datasets: list[Dataset]
    settings_hash: str
    dataset_hash: str
    mode: str
    started: str
    seconds: float
    ablation: dict = field(default_factory=dict)   # dataset name → results without lexicon
    notes: list = field(default_factory=list)

    def of(self, name: str) -> list[Result]:
        return [r for r in self.results if r.dataset == name]


def environment_key(ds: Dataset) -> str:
    return json.dumps([list(ds.meta.documents), ds.meta.settings], sort_keys=True,
                      ensure_ascii=False)


def deployment(base, ds: Dataset, data_dir: Path, **extra):
    """``base`` settings with the dataset's deployment settings and a data folder."""
    update = {"data_dir": data_dir, **ds.meta.settings, **extra}
    return base.model_copy(update=update)


def _index_for(settings, ds: Dataset):
    from ingest.pipeline import ingest_paths
    from vectorstore.index import Index

    index = Index(settings)
    report = ingest_paths(ds.meta.document_paths(), settings, index)
    if not report.ok:
        raise RuntimeError("; ".join(reason for _, reason in report.failed))
    return index


def run_suite(datasets: list[Dataset], base, mode: str | None = None, progress=None,
              ablate: bool = False, index=None) -> Report:
    """Answer every item of ``datasets``. With ``index``, every set is answered from that
    index with ``base`` settings (the benchmark's scale runs); otherwise each environment
    gets a fresh temporary index. With ``ablate``, sets whose documents carry a corpus
    lexicon are answered a second time with the general lexicon only."""
    from jiaoti.lexicon import corpus_lexicon_paths

    t0, started = time.perf_counter(), time.strftime("%Y-%m-%d %H:%M:%S")
    groups: dict[str, list[Dataset]] = {}
    for ds in datasets:
        groups.setdefault(environment_key(ds), []).append(ds)
    total = sum(len(ds.items) for ds in datasets)
    done = [0]

    def tick(_d, _t):
        done[0] += 1
        if progress:
            progress(done[0], total)

    results, ablation = [], {}
    for group in groups.values():
        with tempfile.TemporaryDirectory(prefix="jiaoti-eval-") as tmp:
            settings = deployment(base, group[0], Path(tmp)) if index is None else base
            results += _answer(group, settings, mode, tick, index)
            if ablate and index is None and corpus_lexicon_paths(group[0].meta.document_paths()):
                plain = deployment(base, group[0], Path(tmp), corpus_lexicon=False)
                for ds, rs in zip(group, _per_set(group, _answer(group, plain, mode, None))):
                    ablation[ds.name] = rs
    return Report(results, datasets, base.settings_hash(),
                  file_hash([ds.path for ds in datasets]), mode or base.mode, started,
                  time.perf_counter() - t0, ablation)


def _per_set(group: list[Dataset], results: list[Result]) -> list[list[Result]]:
    return [[r for r in results if r.dataset == ds.path.name] for ds in group]


def _answer(group: list[Dataset], settings, mode, tick, index=None) -> list[Result]:
    from assistant.engine import Assistant

    index = index or _index_for(settings, group[0])
    assistant = Assistant(settings, index=index)
    out = []
    for ds in group:
        out += evaluate(list(ds.items), assistant, mode, tick, ds.meta.documents,
                        ds.meta.blind)
    return out


def suite_hash(datasets: list[Dataset]) -> str:
    h = hashlib.sha256()
    for ds in datasets:
        h.update(ds.path.read_bytes())
        for p in ds.meta.document_paths():
            h.update(p.read_bytes())
    return h.hexdigest()[:12]
