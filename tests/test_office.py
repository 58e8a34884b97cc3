"""Office files as bureaus publish them: a .doc (made from a .docx by LibreOffice, as a
person would) and its table answer from the right cell; .wps/.xls/.et are converted too;
a missing converter or a corrupt file is refused in one line (hostile spreadsheets:
test_hostile_files.py)."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import make_settings
from files import libreoffice_convert, write_enrolment_docx, write_enrolment_xlsx

from assistant.grounding import citation
from ingest.pipeline import ingest_paths, prepare
from assistant.tables import cell_lookup, question_words
from ingest.tables import cell_location
from jiaoti.errors import IngestError
from vectorstore.index import Index

needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed (make test installs it as root)")


@pytest.fixture(scope="module")
def legacy(tmp_path_factory):
    """A .doc and an .xls converted by LibreOffice from real .docx/.xlsx files, and the
    same bytes under the WPS names .wps and .et (WPS saves Word/Excel binary formats)."""
    folder = tmp_path_factory.mktemp("legacy")
    doc = libreoffice_convert(write_enrolment_docx(folder / "招生通知.docx"), "doc", folder)
    xls = libreoffice_convert(write_enrolment_xlsx(folder / "招生计划.xlsx"), "xls", folder)
    shutil.copyfile(doc, folder / "招生通知.wps")
    shutil.copyfile(xls, folder / "招生计划.et")
    return folder


@needs_office
@pytest.mark.parametrize("name,row_number", [("招生通知.doc", 3), ("招生通知.wps", 3),
                                             ("招生计划.xls", 4), ("招生计划.et", 4)])
def test_legacy_files_answer_from_the_right_cell(legacy, settings, name, row_number):
    index = Index(settings)
    report = ingest_paths([legacy / name], settings, index)
    assert report.ok, report.failed
    snap = index.snapshot(force=True)
    assert snap.documents[name].tables == 1 and snap.documents[name].facts == 6
    facts = list(prepare(legacy / name, settings).facts)
    rows, columns = question_words("鹤壁市第二小学今年招几个班？", facts)
    fact = cell_lookup(facts, rows, columns)
    assert (fact.row, fact.column, fact.value, fact.unit, fact.year) == \
        ("鹤壁市第二小学", "班数", "8", "个", 2025)
    cite = citation(1, snap.chunks[fact.chunk_id], fact.start, fact.end, cell_location(fact))
    assert cite.quote == "8" and cite.location.endswith(f"第{row_number}行 班数")
    pupils = cell_lookup(facts, *question_words("鹤壁市第二小学今年招多少人？", facts))
    assert (pupils.column, pupils.value) == ("招生人数（人）", "360")


def test_a_missing_converter_is_named_in_one_line(settings, tmp_path):
    doc = tmp_path / "旧通知.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    without = make_settings(settings.data_dir, office_command="no-such-soffice")
    with pytest.raises(IngestError) as err:
        prepare(doc, without)
    message = str(err.value)
    assert message.startswith("旧通知.doc：无法读取 .doc 文件：本机未安装 LibreOffice")
    assert "libreoffice-writer-nogui" in message and "\n" not in message


@needs_office
def test_a_corrupt_doc_is_refused_in_one_line(settings, tmp_path):
    doc = tmp_path / "坏文件.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))
    with pytest.raises(IngestError) as err:
        prepare(doc, settings)
    assert str(err.value).startswith("坏文件.doc：") and "\n" not in str(err.value)


def test_a_csv_past_the_row_limit_is_refused(settings, tmp_path):
    big = tmp_path / "名单.csv"
    big.write_text("学校,人数\n" + "".join(f"学校{i},{i}\n" for i in range(200)), encoding="utf-8")
    with pytest.raises(IngestError) as err:
        prepare(big, make_settings(settings.data_dir, table_max_rows=100))
    assert str(err.value) == "名单.csv：表格超过 100 行的上限，已拒绝（请拆分后再上传）"
