"""An average per unit no document states ('平均一所学校有多少学生') is computed from two
totals it does state and said as computed; a stated average is never replaced by one
computed here; totals of two years, or a plan and a result, are never divided. Text
invented for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant import average
from jiaoti import text as tx
from tests.conftest import deployed, first_sentence

REPORT = """某县2023年教育工作总结
一、基本情况
2023年,全县共有各级各类学校125所,在校学生61250人,教职工5120人,其中专任教师4375人。全县小学64所,小学在校学生30720人,小学专任教师1920人。
二、教师培训
全年分批举办骨干教师培训班8期,培训教师1000人。
三、学生资助
全年发放各类资助金3000万元,共资助学生2万人次。
四、明年计划
2024年计划新建幼儿园6所,新增学位2700个。
"""

STATED = """某区2023年教育概况
2023年,全区共有中小学40所,在校学生32000人,校均规模812人,专任教师2400人。
全区初中12所,初中在校学生9000人,初中校均规模750人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-average.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"])


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-average.txt", STATED,
                    bureau_name="某区教育局", home_places=["某区"])


def _asked(question: str):
    return average.asked(tx.normalize_question(question))


def test_an_average_per_unit_names_its_two_totals():
    parts = _asked("全县平均一所学校有多少学生？")
    assert parts.compare == "per" and parts.per == "每所学校"
    assert "在校学生" in parts.questions[0] and parts.questions[1].endswith("所")
    parts = _asked("按在校生和教职工人数算，平均一个教职工对应多少名学生？")
    assert "在校学生" in parts.questions[0] and "教职工" in parts.questions[1]
    assert _asked("全县有多少所学校？") is None
    assert _asked("平均每年增长多少？") is None


def test_pupils_per_school_are_computed_from_the_totals(county):
    answer = county.ask("平均下来一所学校有多少个学生？")
    said = first_sentence(answer)
    assert answer.answerable and "61250人" in said and "125所" in said
    assert "平均每所学校490人" in said and "计算" in said
    assert len(answer.citations) == 2


def test_the_totals_a_question_names_are_the_ones_divided(county):
    answer = county.ask("按全县在校生和教职工人数算，平均一个教职工对应多少名学生？")
    said = first_sentence(answer)
    assert answer.answerable and "5120人" in said and "约12人" in said
    answer = county.ask("全县小学平均一个老师教几个学生？")
    assert answer.answerable and "平均每名专任教师16人" in first_sentence(answer)


def test_any_unit_counted_over_another(county):
    answer = county.ask("骨干教师培训班平均每期培训多少人？")
    said = first_sentence(answer)
    assert answer.answerable and "1000人" in said and "8期" in said and "125人" in said


def test_what_was_done_per_time_it_was_done(county):
    answer = county.ask("平均下来每资助一人次大概多少钱？")
    said = first_sentence(answer)
    assert answer.answerable and "3000万元" in said and "2万人次" in said
    assert "平均每人次1500元" in said


def test_a_stated_average_is_never_replaced(district):
    answer = district.ask("平均一所学校有多少学生？")
    assert "800人" not in answer.answer
    assert not answer.answerable or "812人" in first_sentence(answer)


def test_a_kind_of_school_asked_per_school_keeps_its_kind(district):
    answer = district.ask("全区一所初中平均有多少个学生？")
    assert answer.answerable and "750人" in first_sentence(answer)
    assert "812" not in first_sentence(answer)


def _match(value: str, unit: str, year=2023, period="actual", fid="a"):
    fact = SimpleNamespace(id=fid, value=value, unit=unit, year=year, period=period, approx="")
    return SimpleNamespace(fact=fact)


def test_only_counts_of_one_year_and_period_are_divided():
    pupils, schools = _match("61250", "人"), _match("125", "所", fid="b")
    assert average.fits(pupils, schools)
    assert not average.fits(pupils, _match("125", "所", year=2022, fid="b"))
    assert not average.fits(pupils, _match("6", "所", period="plan", fid="b"))
    assert not average.fits(_match("3000000", "元"), schools)       # money per school: no
    assert average.fits(_match("3000000", "元"), _match("1000", "人次", fid="b"))
    assert not average.fits(_match("95.5", "%"), schools)
    assert not average.fits(pupils, _match("0", "所", fid="b"))
    said, figure = average.verdict(pupils, _match("5120", "人", fid="b"), "每个教职工")
    assert figure == "12人" and said.endswith("平均每个教职工约12人")
