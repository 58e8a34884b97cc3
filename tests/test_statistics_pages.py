"""A statistics page as bureaus publish them: no year anywhere, run-in headings ('——小学。'),
paragraphs whose first item says what the rest count, parallel lists of pupils and staff.
Written here in the style of real county bulletins; every figure asked is checked."""

from __future__ import annotations

import pytest
from conftest import deployed

from jiaoti import numbers as num

PAGE = ("全县教育事业统计\n"
        "义务教育\n"
        "全县义务教育中小学25所。专任教师2100人,较上年减少40人。\n"
        "——小学。校数15所;招生3100人;在校生19800人,比上年减少300人。\n"
        "——初中。校数10所;招生3500人;在校生10200人,比上年增加250人。\n"
        "高中段教育\n"
        "中等职业教育学校2所;毕业生600人;招生700人。校舍总面积10.5万平方米;图书12.1万册。\n"
        "学前教育\n"
        "全县5所幼儿园成功创建省二级幼儿园。评选家庭教育示范校12所。\n")


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "tongji.txt", PAGE, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


def _figures(text: str) -> set:
    return {v for v in num.figure_values(text) if not 2000 <= v <= 2100} - {12345}


@pytest.mark.parametrize("question,figure", [
    ("全县有几所小学？", "15所"),                        # the run-in heading names them
    ("今年初中招了多少新生？", "3500人"),                # an undated page is the present
    ("小学在校生有多少人？", "19800人"),
    ("中职学校的校舍总面积有多大？", "10.5万平方米"),     # the paragraph's first item
    ("家庭教育示范校有多少所？", "12所"),                 # an action that names them all
])
def test_a_statistics_page_is_read_by_its_headings(county, question, figure):
    ans = county.ask(question)
    assert ans.answerable and figure in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "小学的专任教师有多少人？",        # 2100 are the 中小学' teachers, not the 小学's
    "去年初中招了多少新生？",          # an undated page says nothing of last year
    "全县一共有多少所幼儿园？",        # 5 were upgraded this year: not how many there are
])
def test_what_the_page_does_not_say_is_refused(county, question):
    ans = county.ask(question)
    assert not ans.answerable and not _figures(ans.answer), ans.answer
