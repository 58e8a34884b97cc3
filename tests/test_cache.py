"""The answer cache: a repeated question is served from memory, and an answer from an
older index generation is never served again (upload, change, delete)."""

from conftest import make_settings

from assistant.engine import Assistant
from ingest.pipeline import delete_documents, ingest_paths
from vectorstore.index import Index

NOTICE = "{year}年工作总结\n\n{year}年，全市新聘教师{n}人，新建幼儿园7所。"


def write(path, n: int) -> None:
    path.write_text(NOTICE.format(year=2024, n=n), encoding="utf-8")


def test_a_repeated_question_is_served_from_the_cache_until_the_index_changes(tmp_path):
    settings = make_settings(tmp_path / "var", current_year=2025)
    doc = tmp_path / "notice.txt"
    write(doc, 477)
    assert ingest_paths([doc], settings).ok
    index = Index(settings)
    assistant = Assistant(settings, index=index)
    q = "去年新招了多少老师？"

    first = assistant.ask(q)
    again = assistant.ask(q)
    assert first.answerable and "477" in first.answer
    assert again.answer == first.answer and again.citations == first.citations
    assert "cache_hit" in again.timings and "cache_hit" not in first.timings
    assert assistant.cache.stats().hits == 1

    write(doc, 480)                                       # the same document, changed
    assert ingest_paths([doc], settings, index).added == ("notice.txt",)
    changed = assistant.ask(q)
    assert "cache_hit" not in changed.timings
    assert "480" in changed.answer and "477" not in changed.answer
    assert "480" in changed.citations[0].quote

    delete_documents(["notice.txt"], settings, index)    # and gone
    gone = assistant.ask(q)
    assert not gone.answerable and "480" not in gone.answer


def test_a_follow_up_is_cached_with_the_question_it_follows(tmp_path):
    settings = make_settings(tmp_path / "var", current_year=2025)
    doc = tmp_path / "notice.txt"
    doc.write_text("2024年工作总结\n\n2024年，全市新聘教师477人，新建幼儿园7所。\n\n"
                   "2023年，全市新聘教师350人，新建幼儿园5所。", encoding="utf-8")
    assert ingest_paths([doc], settings).ok
    assistant = Assistant(settings)
    teachers = assistant.ask("那2023年呢？", history=["2024年新聘教师多少人？"])
    schools = assistant.ask("那2023年呢？", history=["2024年新建幼儿园几所？"])
    assert "350" in teachers.answer
    assert "5所" in schools.answer and "350" not in schools.answer


def test_a_cache_of_size_zero_keeps_nothing(tmp_path):
    settings = make_settings(tmp_path / "var", current_year=2025, answer_cache_size=0)
    doc = tmp_path / "notice.txt"
    write(doc, 477)
    assert ingest_paths([doc], settings).ok
    assistant = Assistant(settings)
    for _ in range(2):
        assert "cache_hit" not in assistant.ask("去年新招了多少老师？").timings
    assert assistant.cache.stats().size == 0


def test_a_repeated_question_does_not_queue_for_an_answer_slot(tmp_path):
    """The APIs' gate bounds answers being computed; one from the cache is served while
    every slot is taken, and is recorded in the query log like any other."""
    import threading
    import time

    from webui.services import Services

    settings = make_settings(tmp_path / "var", current_year=2025, concurrency_limit=1,
                             queue_max_size=1)
    doc = tmp_path / "notice.txt"
    write(doc, 477)
    assert ingest_paths([doc], settings).ok
    services = Services.create(settings)

    def wait_for(state, seconds=60):
        deadline = time.monotonic() + seconds
        while not state() and time.monotonic() < deadline:
            time.sleep(0.01)
        return state()

    try:
        q = "去年新招了多少老师？"
        assert services.assistant.cached(q, []) is None       # nothing computed yet
        first = services.ask_gated(q, [])
        assert first is not None and "477" in first.answer
        assert services.gate.acquire()                        # every slot taken
        try:
            got = []
            t = threading.Thread(target=lambda: got.append(services.ask_gated(q, [])))
            t.start()
            t.join(60)
            assert got and got[0].answer == first.answer and "cache_hit" in got[0].timings
            new = []
            t = threading.Thread(target=lambda: new.append(services.ask_gated("新建幼儿园几所？", [])))
            t.start()
            assert wait_for(lambda: services.gate.waiting == 1)   # a new question waits
            assert not new
        finally:
            services.gate.release()
        t.join(60)
        assert new and new[0] is not None and "7所" in new[0].answer
        assert services.querylog.flush()
        assert len(services.querylog.rows()) == 3
    finally:
        services.close()


def test_the_same_question_asked_at_once_is_computed_once(tmp_path):
    """Two people asking the same thing together: the second waits for the first's answer
    instead of computing it again (one question embedding, one miss, one hit)."""
    import threading
    import time

    from vectorstore.embeddings import shared_embedder

    settings = make_settings(tmp_path / "var", current_year=2025)
    doc = tmp_path / "notice.txt"
    write(doc, 477)
    assert ingest_paths([doc], settings).ok

    class HeldEmbedder:
        def __init__(self, inner):
            self.inner, self.calls = inner, 0
            self.entered, self.go = threading.Event(), threading.Event()

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def embed_query(self, text):
            self.calls += 1
            self.entered.set()
            assert self.go.wait(60)
            return self.inner.embed_query(text)

    held = HeldEmbedder(shared_embedder(settings.embedding))
    assistant = Assistant(settings, index=Index(settings, embedder=held))
    assistant.index.snapshot()
    q, answers = "去年新招了多少老师？", []
    first = threading.Thread(target=lambda: answers.append(assistant.ask(q)))
    first.start()
    assert held.entered.wait(60)                     # the first is computing
    second = threading.Thread(target=lambda: answers.append(assistant.ask(q)))
    second.start()
    deadline = time.monotonic() + 60
    while assistant.cache.waiting < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert assistant.cache.waiting == 1              # the second waits for it
    peeked = []                                      # so does a look into the cache
    third = threading.Thread(target=lambda: peeked.append(assistant.cached(q)))
    third.start()
    while assistant.cache.waiting < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert assistant.cache.waiting == 2 and not peeked
    held.go.set()
    first.join(60)
    second.join(60)
    third.join(60)
    assert len(answers) == 2 and all("477" in a.answer for a in answers)
    assert peeked and peeked[0] is not None and peeked[0].answer == answers[0].answer
    assert answers[0].answer == answers[1].answer
    assert held.calls == 1
    stats = assistant.cache.stats()
    assert (stats.hits, stats.misses) == (2, 1)
