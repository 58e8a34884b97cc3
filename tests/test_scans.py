"""Scans: an image-only PDF rendered from text with a Chinese font, and a png, are read by
the bundled OCR model in the sandbox, page by page with progress; the answer cites the scan
with the mark （扫描件识别）, and a figure read below the confidence threshold carries the
mark in the answer itself."""

from __future__ import annotations

import difflib
from dataclasses import replace

import pytest
from conftest import make_settings
from files import scan_page, write_scanned_pdf

from eval.documents import SCAN_LINES

from assistant.engine import Assistant
from assistant.grounding import OCR_MARK, mark_unsure_scans
from assistant.reply import sources_text
from ingest.pipeline import ingest_paths, prepare
from jiaoti.errors import IngestError
from jiaoti.types import Answer, Chunk, Citation
from webui.render import sources_markdown

LINES = SCAN_LINES


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """(settings, index, path) with a two-page scan ingested once, and the pages seen."""
    from vectorstore.index import Index

    folder = tmp_path_factory.mktemp("scan")
    settings = make_settings(folder / "var")
    pdf = write_scanned_pdf(folder / "智慧校园通报.pdf", LINES, pages=2)
    seen: list = []

    def on_file(name, i, n):
        seen.append(name)
        return lambda done, total: seen.append((done, total))
    index = Index(settings)
    report = ingest_paths([pdf], settings, index, on_file=on_file)
    assert report.ok, report.failed
    return settings, index, pdf, seen


def test_scanned_pdf_is_read_by_ocr_page_by_page(scanned):
    settings, index, pdf, seen = scanned
    assert seen[0] == "智慧校园通报.pdf（扫描件识别，共 2 页）"
    assert seen[1:3] == [(1, 2), (2, 2)]
    doc = prepare(pdf, settings)
    assert (doc.pages, doc.ocr_pages) == (2, 2)
    assert all(c.ocr_confidence is not None and 0.5 < c.ocr_confidence <= 1 for c in doc.chunks)
    page = "".join(c.text for c in doc.chunks)[: len("".join(LINES))]
    accuracy = difflib.SequenceMatcher(None, page, "".join(LINES)).ratio()
    assert accuracy >= 0.95, page
    assert any("全市新建智慧操场12个" in c.text for c in doc.chunks)
    info = index.snapshot(force=True).documents["智慧校园通报.pdf"]
    assert (info.pages, info.ocr_pages) == (2, 2)


def test_an_answer_from_a_scan_says_so(scanned):
    settings, index, _, _ = scanned
    answer = Assistant(settings, index=index).ask("2025年新建了多少个智慧操场？")
    assert answer.answerable and "12个" in answer.answer
    cite = answer.citations[0]
    assert cite.ocr and "12个" in cite.quote
    assert OCR_MARK in sources_markdown(answer) and OCR_MARK in sources_text(answer)
    assert answer.to_dict()["citations"][0]["ocr"] is True


def test_below_the_threshold_the_answer_itself_carries_the_mark(scanned):
    settings, index, _, _ = scanned
    question = "2025年新建了多少个智慧操场？"
    strict = Assistant(make_settings(settings.data_dir, ocr_min_confidence=1.0), index=index)
    lenient = Assistant(make_settings(settings.data_dir, ocr_min_confidence=0.0), index=index)
    assert strict.ask(question).answer == "2025年，全市新建智慧操场12个" + OCR_MARK + "。"
    assert OCR_MARK not in lenient.ask(question).answer


def test_mark_unsure_scans_only_touches_answers_citing_an_unsure_scan():
    chunk = Chunk("c1", "新建智慧操场12个", "s.pdf", "t", "", 1, 0, 9, ocr_confidence=0.7)
    cite = Citation(1, "c1", "s.pdf", "t", "", "新建智慧操场12个", 0, 9, ocr=True)
    answer = Answer("q", "q", "新建智慧操场12个。", True, "extractive", citations=(cite,))
    assert mark_unsure_scans(answer, {"c1": chunk}, 0.9).answer == "新建智慧操场12个（扫描件识别）。"
    assert mark_unsure_scans(answer, {"c1": chunk}, 0.6).answer == "新建智慧操场12个。"
    assert mark_unsure_scans(answer, {"c1": replace(chunk, ocr_confidence=None)}, 0.9) is answer
    refused = replace(answer, answerable=False)
    assert mark_unsure_scans(refused, {"c1": chunk}, 0.9) is refused


def test_png_upload_is_read_by_ocr(settings, tmp_path):
    png = tmp_path / "通报照片.png"
    scan_page(LINES).save(png)
    doc = prepare(png, settings)
    assert (doc.pages, doc.ocr_pages) == (1, 1)
    assert doc.title == LINES[0]
    assert any("改造录播教室45间" in c.text and c.ocr_confidence for c in doc.chunks)


def test_scans_are_refused_in_one_line_when_ocr_cannot_read_them(settings, tmp_path):
    pdf = write_scanned_pdf(tmp_path / "扫描.pdf", LINES, pages=2)
    off = make_settings(settings.data_dir, ocr_enabled=False)
    with pytest.raises(IngestError) as err:
        prepare(pdf, off)
    assert str(err.value) == "扫描.pdf：没有可提取的文字（扫描件文字识别已关闭）"
    few = make_settings(settings.data_dir, ocr_max_pages=1)
    with pytest.raises(IngestError) as err:
        prepare(pdf, few)
    assert str(err.value).startswith("扫描.pdf：扫描页过多（2 页，上限 1 页）")
    tight = make_settings(settings.data_dir, ocr_memory_mb=512)
    with pytest.raises(IngestError) as err:
        prepare(pdf, tight)
    assert "内存" in str(err.value) and "\n" not in str(err.value)
