"""Every form of a home place is home when ingest marks other places' figures ('河南省洛阳市
洛宁县' and '洛宁' make 洛宁县 home), and changing the home places re-reads the documents.
A text invented for the test."""

from __future__ import annotations

from assistant.engine import Assistant
from ingest.pipeline import ingest_paths
from tests.conftest import make_settings
from vectorstore.index import Index

TEXT = "洛宁县教育概况\n洛宁县现有各级各类学校300所,学生80000人。\n"


def test_home_forms_and_a_change_of_home(tmp_path):
    doc = tmp_path / "luoning.txt"
    doc.write_text(TEXT, encoding="utf-8")
    data = tmp_path / "var"
    home = make_settings(data, bureau_name="洛宁县教育体育局",
                         home_places=["河南省洛阳市洛宁县", "洛宁"])
    index = Index(home)
    assert ingest_paths([doc], home, index).added == ("luoning.txt",)
    answer = Assistant(home, index=index).ask("洛宁县现有各级各类学校多少所？")
    assert answer.answerable and "300所" in answer.answer
    assert ingest_paths([doc], home, index).unchanged == ("luoning.txt",)
    elsewhere = make_settings(data, bureau_name="洛阳市教育局", home_places=["洛阳市", "洛阳"])
    index = Index(elsewhere)
    assert ingest_paths([doc], elsewhere, index).added == ("luoning.txt",)   # read again
    answer = Assistant(elsewhere, index=index).ask("现有各级各类学校多少所？")
    assert "300" not in answer.answer          # now 洛宁县's figure, not the home's
