"""Hostile files: compression bombs, entity bombs and million-row spreadsheets are refused
in a sandboxed parser (time and memory limits), with a one-line error, and the index is
left untouched."""

from __future__ import annotations

import pytest
from conftest import REPORT
from files import (corrupt_xlsx, docx_entity_bomb, docx_zip_bomb, html_entity_bomb,
                   pdf_flate_bomb, xlsx_with_rows, xlsx_zip_bomb)

from ingest.pipeline import ingest_paths, prepare
from jiaoti.errors import IngestError
from vectorstore.index import Index


@pytest.mark.parametrize("make,reason", [
    (lambda d: pdf_flate_bomb(d / "bomb.pdf"), ("压缩炸弹",)),
    (lambda d: docx_zip_bomb(d / "bomb.docx"), ("压缩炸弹",)),
    (lambda d: html_entity_bomb(d / "bomb.html"), ("实体炸弹",)),
    (lambda d: docx_entity_bomb(d / "entities.docx"), ("实体炸弹", "压缩炸弹")),
    (lambda d: xlsx_zip_bomb(d / "炸弹.xlsx"), ("压缩炸弹",)),
    (lambda d: xlsx_with_rows(d / "百万行.xlsx", 1_000_000), ("100000 行的上限",)),
    (lambda d: corrupt_xlsx(d / "损坏.xlsx"), ("不是有效的 zip 包",)),
])
def test_bombs_are_refused_and_the_index_is_untouched(settings, tmp_path, make, reason):
    index = Index(settings)
    ingest_paths([REPORT], settings, index)
    before = index.snapshot(force=True)
    bomb = make(tmp_path)
    with pytest.raises(IngestError) as err:
        prepare(bomb, make_limits(settings))
    message = str(err.value)
    assert message.startswith(bomb.name + "：") and "\n" not in message
    assert any(r in message for r in reason), message
    report = ingest_paths([bomb], make_limits(settings), index)
    assert report.failed and not report.added
    after = index.snapshot(force=True)
    assert after.physical == before.physical and set(after.chunks) == set(before.chunks)
    assert set(after.documents) == set(before.documents)


def make_limits(settings):
    from conftest import make_settings

    return make_settings(settings.data_dir, parse_timeout_seconds=60, parse_memory_mb=512)


def test_the_parser_sandbox_enforces_its_memory_limit(settings, tmp_path):
    from conftest import make_settings

    big = tmp_path / "huge.html"
    row = "<p>" + "教育" * 500 + "</p>\n"
    big.write_text("<html><body>" + row * 60_000 + "</body></html>", encoding="utf-8")
    tight = make_settings(settings.data_dir, parse_memory_mb=160, max_file_mb=200)
    with pytest.raises(IngestError) as err:
        prepare(big, tight)
    assert str(err.value).startswith("huge.html：") and "内存" in str(err.value)
