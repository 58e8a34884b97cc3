"""Derived word tables kept between runs: rebuilt when a source changes, when the cache
is damaged, and never read from a folder others may write."""

import os

from jiaoti.derived import derived


def test_a_derived_table_is_rebuilt_only_when_needed(tmp_path, monkeypatch):
    monkeypatch.setenv("JIAOTI_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("招生 新生\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        return {w: len(w) for w in source.read_text(encoding="utf-8").split()}

    assert derived("words", 1, [source], build) == {"招生": 2, "新生": 2}
    assert derived("words", 1, [source], build) == {"招生": 2, "新生": 2}
    assert len(builds) == 1                                  # the second came from the cache

    source.write_text("在校生\n", encoding="utf-8")          # a changed source
    os.utime(source, ns=(1, 1))
    assert derived("words", 1, [source], build) == {"在校生": 3}
    assert derived("words", 2, [source], build) == {"在校生": 3}   # a new builder version
    assert len(builds) == 3
    assert len(list((tmp_path / "cache").glob("words-*.marshal"))) == 1   # old ones pruned

    for f in (tmp_path / "cache").glob("words-*.marshal"):  # a damaged cache
        f.write_bytes(b"\x00garbage")
    assert derived("words", 2, [source], build) == {"在校生": 3}
    assert len(builds) == 4


def test_a_folder_others_may_write_is_not_trusted(tmp_path, monkeypatch):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setenv("JIAOTI_CACHE_DIR", str(folder))
    source = tmp_path / "words.txt"
    source.write_text("招生\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        return ["招生"]

    assert derived("words", 1, [source], build) == ["招生"]
    assert derived("words", 1, [source], build) == ["招生"]
    assert len(builds) == 2 and not list(folder.iterdir())
