"""A statistics table copied from a web page as one cell per line with its separator
('650 |'), a blank cell written '/', a school year for a title ('2024-2025年') and a 总计
row; and a whole stated before its '其中' breakdown. Figures invented for the test."""

from __future__ import annotations

import pytest

from ingest.flat_tables import flat_tables
from tests.conftest import deployed

ROWS = [("学前教育", "600", "4000", "120000", "18000", "9000"),
        ("小学", "300", "8000", "370000", "17000", "19000"),
        ("中等职业教育", "15", "/", "35000", "2000", "1800"),
        ("总计", "915", "12000", "525000", "37000", "29800")]
TABLE = "2024-2025年全市基础教育情况表\n" + "".join(
    f"{c} |\n" for c in ("类别", "学校数", "班级数", "在校学生数", "教职工数", "专任教师数")) + \
    "".join(f"{c} |\n" for row in ROWS for c in row) + "备注:\n1、数据来源于教育事业综合统计调查。\n"

PROSE = """全市现有各级各类学校100所,在校生5万人,教职工4000人。其中,幼儿园40所,在园幼儿1万人;小学30所,在校生2万人;初中20所,在校生1.5万人。
"""


def test_cells_with_their_separator_and_blank_cells_are_read():
    (table,) = flat_tables(TABLE)
    rows = {r.label: r for r in table.rows}
    assert [c.text for c in rows["小学"].cells] == ["300", "8000", "370000", "17000", "19000"]
    assert [c.column for c in rows["中等职业教育"].cells] == \
        ["学校数", "在校学生数", "教职工数", "专任教师数"]           # '/' holds no figure


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-2024.txt", TABLE, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2024)


def test_a_column_is_named_by_the_questions_own_words_first(city):
    staff = city.ask("全市教职工数总计是多少？")     # not 专任教师数 through 教师
    assert staff.answerable and "37000" in staff.answer and "29800" not in staff.answer
    schools = city.ask("全市小学学校数是多少？")        # 学校 names a column, not a row
    assert schools.answerable and "300" in schools.answer


def test_a_school_year_is_the_year_it_starts_in(city):
    assert "19000" in city.ask("2024-2025学年小学专任教师有多少人？").answer
    for other in ("2023-2024学年全市在校学生总数是多少？", "2025-2026学年小学专任教师有多少人？"):
        answer = city.ask(other)
        assert not answer.answerable and "525000" not in answer.answer and \
            "19000" not in answer.answer


@pytest.fixture(scope="module")
def prose(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-gaikuang.txt", PROSE, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2024)


def test_a_whole_is_asked_when_no_part_is_named(prose):
    answer = prose.ask("全市现在上学的学生一共有多少人？")
    assert answer.answerable and "5万人" in answer.answer and "2万" not in answer.answer
    part = prose.ask("全市小学在校生有多少人？")
    assert part.answerable and "2万人" in part.answer


def test_parts_and_comparisons_are_answered_from_cells(city):
    both = city.ask("小学和中等职业教育各有多少所学校？")
    assert both.answerable and "300所" in both.answer and "15所" in both.answer
    more = city.ask("小学生比中等职业教育的学生多多少人？")
    assert more.answerable and "335000" in more.answer            # 370000 - 35000, computed
    assert [c.quote for c in more.citations] == ["370000", "35000"]
    # a part that lost its subject is never answered from the total row
    assert "12000" not in city.ask("初中有多少所学校、多少个班级？").answer
