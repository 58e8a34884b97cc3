"""Server mode: the same code against a real `chroma run` on a free loopback port."""

from __future__ import annotations

from chroma_server import ChromaServer
from conftest import REPORT, make_settings

from assistant.engine import Assistant
from ingest.pipeline import ingest_paths
from vectorstore.index import Index


def test_ingest_and_ask_against_a_chroma_server(tmp_path):
    with ChromaServer(tmp_path / "chroma-data") as server:
        settings = make_settings(tmp_path / "var", chroma_host="127.0.0.1",
                                 chroma_port=server.port)
        report = ingest_paths([REPORT], settings)
        assert report.ok and report.chunks_added > 0
        again = ingest_paths([REPORT], settings)
        assert again.chunks_added == 0
        ans = Assistant(settings).ask("去年新招了多少老师？")
        assert ans.answerable and "477人" in ans.answer
        # a second process-like reader (its own client) sees the same index
        other = make_settings(tmp_path / "var2", chroma_host="127.0.0.1", chroma_port=server.port)
        snap = Index(other).snapshot(force=True)
        assert REPORT.name in snap.documents
        assert not (tmp_path / "var" / "chroma").exists()     # nothing embedded on disk
    assert server.proc.poll() is not None                       # stopped by its PID
