"""Totals of a tally, results against targets, and words that name nothing. '荣获2金3银2铜'
answers '一共拿了几块奖牌' with each figure and their sum; '争取资金4.51亿元,为年度目标任务
2.7亿元的167%' answers '实际比目标多了多少' with the result against the target, never the
target twice; the asker's own '我们小区…' sets nothing; a word of position no document
uses ('局里下面') is no term; '不是普惠价的' asks what is not 普惠性. Sentences invented for
the test."""

from __future__ import annotations

import pytest

from assistant.preamble import preamble_end
from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某市体育工作总结

2023年,我市运动员在全国跳水锦标赛上荣获2金3银2铜。在省武术大赛上,我市荣获5个一等奖、12个二等奖、23个三等奖。
2023年,争取上级资金3.2亿元,为年度目标任务2.5亿元的128%。全年安装健身器材1250件、改造提升社区健身广场12套、更新建设健身步道8套。
2023年,全市有幼儿园90所,其中公办幼儿园50所,普惠性民办幼儿园28所,非普惠性民办幼儿园12所。
市体育局有直属单位6个,其中事业单位4个。
2023年,体育中学新增学位1500个,体育小学新增学位800个。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-tiyu.txt", TEXT, bureau_name="某市体育局",
                    home_places=["某市"], current_year=2024)


def test_a_tally_asked_as_one_total_is_summed(city):
    answer = city.ask("跳水锦标赛我市一共拿了几块奖牌？")
    assert answer.answerable and "合计7块" in answer.answer
    assert all(x in answer.answer for x in ("2金", "3银", "2铜"))
    answer = city.ask("省武术大赛我市一共拿了多少个奖？")
    assert answer.answerable and "合计40个" in answer.answer
    answer = city.ask("跳水锦标赛我市拿了多少奖牌？")          # the kinds, named or not
    assert answer.answerable and "合计7枚" in answer.answer
    answer = city.ask("跳水锦标赛我市拿了什么成绩？")          # the tally, no sum asked
    assert answer.answerable and "2金、3银、2铜" in answer.answer and "合计" not in answer.answer
    answer = city.ask("省武术大赛我市拿了几个一等奖？")        # one kind is no total
    assert answer.answerable and "5个" in answer.answer and "合计" not in answer.answer


def test_two_named_things_then_a_total_are_summed(city):
    answer = city.ask("去年改造的社区健身广场和更新建设的健身步道，一共多少套？")
    assert answer.answerable and "12套" in answer.answer and "8套" in answer.answer
    assert "合计20套" in answer.answer


def test_more_of_an_act_compares_that_act(city):
    answer = city.ask("体育中学比体育小学多新增了多少个学位？")
    assert answer.answerable and "700个" in answer.answer


def test_a_result_is_compared_with_its_target(city):
    answer = city.ask("2023年争取上级资金实际完成额比年度目标任务多了多少？")
    assert answer.answerable and "3.2亿元" in answer.answer and "2.5亿元" in answer.answer
    assert "0.7亿元" in answer.answer


def test_the_askers_own_situation_sets_nothing():
    q = "我们小区老年人想要健身器材，去年市里一共装了多少件健身器材？"
    assert q[preamble_end(q):].startswith("去年")
    assert preamble_end("我们市有多少所小学？") == 0


def test_the_askers_neighbourhood_does_not_block_the_answer(city):
    answer = city.ask("我们小区老年人想要健身器材，去年市里一共装了多少件健身器材？")
    assert answer.answerable and "1250件" in answer.answer


def test_a_word_of_position_is_no_term(city):
    assert tx.is_pointer("下面") and tx.is_pointer("那种") and not tx.is_pointer("以后")
    answer = city.ask("市体育局下面有几个直属单位？")
    assert answer.answerable and "6个" in answer.answer


def test_not_the_kind_asked_in_other_words(city):
    answer = city.ask("那种不是普惠价的民办幼儿园有几所？")
    assert answer.answerable and "12所" in answer.answer and "28" not in answer.answer
