"""Faults: the vector store going away and coming back, kill -9 in the middle of an ingest
and of a rebuild, an unusable data folder at start-up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from chroma_server import ChromaServer
from conftest import REPORT, ROOT, cli_env, make_settings

from assistant.engine import NOTICE_KEYWORDS_ONLY, Assistant
from ingest.pipeline import ingest_paths
from vectorstore.index import Index


def test_answers_continue_from_keywords_while_chroma_is_down(tmp_path):
    server = ChromaServer(tmp_path / "chroma-data").start()
    try:
        settings = make_settings(tmp_path / "var", chroma_host="127.0.0.1",
                                 chroma_port=server.port)
        assert ingest_paths([REPORT], settings).ok
        assistant = Assistant(settings)
        up = assistant.ask("去年新招了多少老师？")
        assert up.answerable and up.notice == "" and up.hits[0].dense_rank > 0
        server.stop()
        down = assistant.ask("去年新招了多少老师？")
        assert down.answerable and "477人" in down.answer
        assert down.notice == NOTICE_KEYWORDS_ONLY
        assert all(h.dense_rank == 0 for h in down.hits)
        server = ChromaServer(tmp_path / "chroma-data", port=server.port).start()
        back = assistant.ask("体彩卖了多少钱？")
        assert back.answerable and back.notice == "" and any(h.dense_rank for h in back.hits)
    finally:
        server.stop()


def big_document(path, paragraphs: int = 2500):
    lines = ["体育设施建设情况汇编"]
    for i in range(paragraphs):
        lines.append(f"第{i + 1}号场地位于城区第{i % 40 + 1}街道，建有标准篮球场{i % 7 + 2}片、"
                     f"健身步道{i % 5 + 1}公里，年接待群众{1000 + i}人次。")
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return path


def start_and_kill(args, settings, tmp_path, wait_for_chunks: int) -> None:
    """Start an ingest CLI, wait until it is writing, then kill -9 it."""
    proc = subprocess.Popen([sys.executable, "-m", "ingest", *args, "-q"], cwd=ROOT,
                            env=cli_env(settings, JIAOTI_EMBED_BATCH_SIZE="16"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lock = settings.data_dir / "write.lock"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            break
        time.sleep(0.05)
    time.sleep(wait_for_chunks / 30)          # mid-way through embedding and writing
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)


def serves_the_report(settings) -> Index:
    index = Index(settings)
    snap = index.snapshot(force=True)
    assert set(snap.documents) == {REPORT.name}
    ans = Assistant(settings, index=index).ask("去年新招了多少老师？")
    assert ans.answerable and "477人" in ans.answer
    return index


def test_kill_9_during_ingest_keeps_the_previous_index(tmp_path):
    settings = make_settings(tmp_path / "var")
    assert ingest_paths([REPORT], settings).ok
    before = Index(settings).snapshot(force=True)
    big = big_document(tmp_path / "facilities.txt", 1200)
    start_and_kill([str(big)], settings, tmp_path, wait_for_chunks=120)
    index = serves_the_report(settings)
    assert set(index.snapshot(force=True).chunks) == set(before.chunks)
    report = ingest_paths([big], settings)              # re-running completes
    assert report.ok and report.added == ("facilities.txt",)
    snap = Index(settings).snapshot(force=True)
    assert set(snap.documents) == {REPORT.name, "facilities.txt"}
    col = Index(settings).client.get_collection(snap.physical)
    assert col.count() == len(snap.chunks)              # the killed run's leftovers are gone


def test_kill_9_during_rebuild_keeps_the_previous_index(tmp_path):
    settings = make_settings(tmp_path / "var")
    big = big_document(tmp_path / "facilities.txt", 800)
    assert ingest_paths([REPORT, big], settings).ok
    before = Index(settings).snapshot(force=True)
    start_and_kill(["--rebuild"], settings, tmp_path, wait_for_chunks=150)
    after = Index(settings).snapshot(force=True)
    assert after.physical == before.physical and set(after.chunks) == set(before.chunks)
    ans = Assistant(settings).ask("去年新招了多少老师？")
    assert ans.answerable and "477人" in ans.answer
    proc = subprocess.run([sys.executable, "-m", "ingest", "--rebuild", "-q"], cwd=ROOT,
                          env=cli_env(settings), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    rebuilt = Index(settings)
    snap = rebuilt.snapshot(force=True)
    assert snap.physical != before.physical and len(snap.chunks) == len(before.chunks)
    names = [getattr(c, "name", c) for c in rebuilt.client.list_collections()]
    # one live collection (and its fact vectors): the interrupted rebuild left nothing
    assert sum(n.startswith(settings.index_name()) and not n.endswith("-facts")
               for n in names) == 1
    assert sum(n.endswith("-facts") for n in names) == 1


def test_app_refuses_to_start_on_an_unusable_data_dir(tmp_path):
    blocker = tmp_path / "var"
    blocker.write_text("not a folder")
    env = cli_env(make_settings(blocker), GRADIO_SERVER_PORT="1")
    proc = subprocess.run([sys.executable, "app.py"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith("错误：数据目录")
    assert blocker.read_text() == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["var"]      # nothing half-written


def test_a_folder_ingest_killed_mid_way_continues_where_it_stopped(tmp_path):
    """kill -9 after a few of 30 files: a rerun parses and embeds only the files not yet
    committed, and every file ends up indexed exactly once."""
    from eval.synthetic import generate
    from ingest.pipeline import library_dir

    settings = make_settings(tmp_path / "var")
    folder = tmp_path / "notices"
    files = generate(30, folder)
    proc = subprocess.Popen([sys.executable, "-m", "ingest", str(folder), "-q"], cwd=ROOT,
                            env=cli_env(settings), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    kept = library_dir(settings)           # a file's copy is kept once it is committed

    def committed() -> int:
        return len(list(kept.glob("notice-*.txt"))) if kept.exists() else 0
    deadline = time.monotonic() + 300
    while committed() < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None and committed() < len(files), "finished before the kill"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    done_before = committed()

    report = ingest_paths([folder], settings)
    assert report.ok
    assert len(report.unchanged) >= done_before >= 3          # not parsed or embedded again
    assert len(report.added) + len(report.unchanged) == len(files)
    assert not set(report.added) & set(report.unchanged)
    snap = Index(settings).snapshot(force=True)
    assert set(snap.documents) == {f.name for f in files}
    col = Index(settings).client.get_collection(snap.physical)
    assert col.count() == len(snap.chunks) == sum(d.chunks for d in snap.documents.values())
    again = ingest_paths([folder], settings)                    # a third run adds nothing
    assert again.added == () and len(again.unchanged) == len(files)
