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
