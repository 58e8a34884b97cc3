"""Structure-aware splitting of the bundled report (no index needed)."""

import re

import pytest
from conftest import REPORT

from ingest.htmldoc import load_html
from ingest.loaders import load_md, load_txt
from ingest.split import split_document
from jiaoti import numbers as num


@pytest.fixture(scope="module")
def split():
    data = REPORT.read_bytes()
    doc = load_txt(data, REPORT)
    title, chunks = split_document(doc, REPORT.name, "v1", 300, "fallback")
    return doc.text, title, chunks


def test_every_chunk_is_a_verbatim_span(split):
    text, _, chunks = split
    assert chunks
    for c in chunks:
        assert text[c.start:c.end] == c.text
        assert len(c.id) == 24


def test_title_and_captions(split):
    _, title, chunks = split
    assert title == "聚力质量跃升 书写教体华章——市教育体育局2023年、2024年工作解读"
    captions = [c.text for c in chunks if c.kind == "caption"]
    assert captions == ["市委书记赵宏宇(左一)看望慰问少年儿童并调研基础教育工作",
                        "市委副书记、代市长李可(右一)到鹤壁市高中开展思想政治教育调研并召开座谈会",
                        "副市长李小莉(后排右四)为2023年市“新时代好少年”颁奖"]


def test_section_paths(split):
    _, _, chunks = split
    teachers = next(c for c in chunks if "新聘教师477人" in c.text)
    assert teachers.section == "2023年工作情况 › 坚持德能并重,推进教师队伍优质提升"
    assert teachers.paragraph > 0
    runin = next(c for c in chunks if c.text.startswith("一是实施党建创新引领行动"))
    assert runin.section.endswith("› 一是实施党建创新引领行动")
    assert "8 “8”即实施" in runin.section
    five = next(c for c in chunks if c.text.startswith("5 “5”即"))
    assert five.kind == "heading" and five.section.startswith("2024年总体思路和重点工作 › 总体思路")


def test_no_chunk_crosses_a_section(split):
    text, _, chunks = split
    headings = [(c.start, c.end) for c in chunks if c.kind == "heading"]
    for c in chunks:
        if c.kind != "heading":
            assert not any(c.start < hs < c.end for hs, _ in headings), c.text[:30]
            assert "\n" not in c.text or c.kind == "title"


def test_every_number_lands_whole_with_its_unit(split):
    text, _, chunks = split
    for m in re.finditer(num.FIGURE_RE, text):
        assert any(c.start <= m.start() and m.end() <= c.end for c in chunks), m.group(0)
    # the truncated sentence is kept as it is
    assert any(c.text.endswith("深化教育集团办学改革,2个教育") for c in chunks)


def test_long_paragraphs_split_between_sentences_only(split):
    text, _, chunks = split
    intro = [c for c in chunks if c.paragraph == chunks[1].paragraph]
    assert len(intro) == 2                      # the 348-character intro paragraph
    assert intro[0].text.endswith("。")
    assert all(len(c.text) <= 300 for c in intro)
    short = split_document(load_txt(REPORT.read_bytes(), REPORT), "r", "v", 60, "t")[1]
    for c in short:
        if c.kind == "paragraph" and not c.text.endswith(("。", "!", "?", "；", ";")):
            assert c.text == text[c.start:c.end]
            assert text[c.end:c.end + 1] in ("\n", "") or c.text.endswith("2个教育")


def test_markdown_and_html_headings(tmp_path):
    md = "# 体育工作通知\n\n## 一、赛事安排\n\n全市举办足球联赛3届。\n"
    doc = load_md(md.encode(), tmp_path / "a.md")
    title, chunks = split_document(doc, "a.md", "v", 300, "a")
    assert title == "体育工作通知"
    para = next(c for c in chunks if c.kind == "paragraph")
    assert para.section == "一、赛事安排"          # the title line is the title, not a section
    assert chunks[0].kind == "title"
    assert md[para.start:para.end] == para.text
    html = ("<html><head><title>通知</title></head><body><h2>二、招生</h2><p>招生计划"
            "<b>480</b>人。</p><p style='display:none'>隐藏文字</p><script>x()</script></body></html>")
    doc = load_html(html.encode(), tmp_path / "b.html")
    title, chunks = split_document(doc, "b.html", "v", 300, "b")
    assert title == "通知"
    texts = [c.text for c in chunks]
    assert "招生计划480人。" in texts and not any("隐藏" in t or "x()" in t for t in texts)
    assert chunks[-1].section == "二、招生"


def test_gb18030_text_is_decoded(tmp_path):
    data = "2023年工作情况\n\n全市新聘教师477人。\n".encode("gb18030")
    doc = load_txt(data, tmp_path / "g.txt")
    assert "新聘教师477人" in doc.text


def test_a_page_flattened_to_one_line_keeps_its_dash_headings(tmp_path):
    line = ("某市教育事业统计公报。 义务教育 全市中小学40所,比上年减少2所。 ——小学。校数25所,与上年持平;"
            "招生3000人,比上年增加200人;在校生18000人,比上年增加600人。校舍总面积50万平方米,增长3%。"
            " ——初中。校数15所,比上年减少1所;招生2500人,比上年增加100人;在校生7000人,比上年增加300人。")
    doc = load_txt(("标题\n\n" + line + "\n").encode("utf-8"), tmp_path / "f.txt")
    chunks = split_document(doc, "f.txt", "v", 60, "f")[1]
    pieces = [c for c in chunks if c.kind == "paragraph"]
    assert len(pieces) >= 3
    for c in pieces:
        before = doc.text[:c.start + 5]            # (a piece may open with its heading)
        last = max(("小学", "初中"), key=lambda h: before.rfind(f"——{h}。"))
        if f"——{last}。" in before:
            assert c.section.endswith(last), (c.text, c.section)
    assert any(c.section.endswith("初中") and "7000人" in c.text for c in pieces)
