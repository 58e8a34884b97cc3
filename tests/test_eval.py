"""The evaluation: the scorer on hand-made cases, dataset validation, thresholds and exit
codes, and the regression gate on the bundled set."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, cli_env

from eval.dataset import DatasetError, Item, load
from eval.score import group_hits, judge, states_figure
from prompts import cannot_answer


@pytest.mark.parametrize("answer,groups,ok", [
    ("2023年，新聘教师477人。", [["477人", "477名"]], True),
    ("2023年，新聘教师477名。", [["477人", "477名"]], True),
    ("2023年，新聘教师４７７人。", [["477人"]], True),                 # full width
    ("发放资助资金7300万元。", [["0.73亿元"]], True),                  # 万/亿
    ("发放资助资金0.73亿元。", [["7300万元"]], True),
    ("参加学生1万多人。", [["1万余人"]], True),                        # 余/多
    ("改扩建公办幼儿园四所。", [["4所"]], True),                       # Chinese numerals
    ("打造五型队伍。", [["5型队伍"]], True),
    ("新聘教师477 人。", [["477人"]], True),                          # spaces
    ("荣获2金3银2铜。", [["2金"], ["3银"], ["2铜"]], True),            # every group
    ("荣获2金3银。", [["2金"], ["3银"], ["2铜"]], False),
    ("新聘教师47人。", [["477人"]], False),
    ("销量3.9亿元。", [["3.90亿元"]], True),
    ("发放4.51亿元。", [["4.5亿元"]], False),
])
def test_group_matching(answer, groups, ok):
    assert all(group_hits(answer, groups)) is ok


def test_refusals_with_and_without_a_figure():
    item = Item("u1", "2022年新聘教师多少人？", unanswerable=True)
    assert judge(item, cannot_answer(), False, None).passed          # its hotline number is fine
    v = judge(item, "报告没有2022年的数据，2023年为477人。", False, None)
    assert not v.passed and v.false_answer and v.why == "refused but stated a figure"
    v = judge(item, "2023年新聘教师477人。", True, "新聘教师477人")
    assert not v.passed and v.false_answer
    assert not states_figure(cannot_answer()) and states_figure("约七所")
    ans = Item("a1", "去年新招了多少老师？", answers=(("477人",),))
    assert judge(ans, cannot_answer(), False, None).why == "refused an answerable question"
    good = judge(ans, "2023年，新聘教师477人。", True, "新聘教师477人")
    assert good.passed and good.citation_ok
    assert judge(ans, "2023年，新聘教师477人。", True, "表彰优秀教师120名").citation_ok is False


@pytest.mark.parametrize("line,message", [
    ('{"question": "x"', "第 2 行：不是有效的 JSON"),
    ('["not", "an", "object"]', "第 2 行：不是 JSON 对象"),
    ('{"answers": [["1人"]]}', "第 2 行：缺少 question"),
    ('{"question": "x", "answers": "477人"}', "第 2 行：answers 必须是非空的字符串列表的列表"),
    ('{"question": "x", "unanswerable": "yes"}', "第 2 行：unanswerable 必须是 true 或 false"),
    ('{"question": "x", "unanswerable": true, "answers": [["1人"]]}', "第 2 行：unanswerable 的题目不应有 answers"),
    ('{"question": "x", "answers": [["1人"]], "history": "q"}', "第 2 行：history 必须是字符串列表"),
    ('{"id": "a", "question": "y", "answers": [["1人"]]}', "第 2 行：重复的 id 'a'"),
])
def test_malformed_lines_are_named(tmp_path, line, message):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "question": "q", "answers": [["1人"]]}\n' + line + "\n",
                    encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        load(path)
    assert message in str(err.value)


def test_extra_keys_are_kept(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "a", "question": "q", "answers": [["1人"]],
                                "source_url": "u", "difficulty": 3}) + "\n", encoding="utf-8")
    assert load(path)[0].extra == {"source_url": "u", "difficulty": 3}


def run_eval(settings, *args):
    return subprocess.run([sys.executable, "-m", "eval", "run", "-q", *args], capture_output=True,
                          text=True, env=cli_env(settings), cwd=ROOT, timeout=900)


def test_thresholds_set_the_exit_code(report_env, tmp_path):
    settings, _ = report_env
    data = tmp_path / "small.jsonl"
    rows = [{"id": "t1", "question": "去年新招了多少老师？", "answers": [["477人"]],
             "section": "坚持德能并重,推进教师队伍优质提升", "tags": ["citizen-wording"], "owner": "x"},
            {"id": "t2", "question": "体彩卖了多少钱？", "answers": [["999亿元"]]},
            {"id": "t3", "question": "2022年新聘教师多少人？", "unanswerable": True}]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    ok = run_eval(settings, "--dataset", str(data), "--out", str(out), "--min-accuracy", "0.5",
                  "--min-refusal", "1", "--max-false-answers", "0")
    assert ok.returncode == 0, ok.stderr
    assert "answer accuracy" in ok.stdout
    results = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert [r["passed"] for r in results] == [True, False, True]
    assert results[0]["extra"] == {"owner": "x"} and results[0]["hit_rank"] >= 1
    assert results[1]["why"] == "missing: 999亿元"
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "settings hash" in report and "dataset hash" in report and "| t2 |" in report
    assert (out / "metrics_by_tag.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    low = run_eval(settings, "--dataset", str(data), "--out", str(out), "--min-accuracy", "0.9")
    assert low.returncode == 1 and "answer accuracy 0.500 < 0.9" in low.stderr


def test_unusable_input_exits_2(report_env, tmp_path):
    settings, _ = report_env
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "q", "answers": [["1人"]]}\n{oops\n', encoding="utf-8")
    proc = run_eval(settings, "--dataset", str(bad), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2 and f"{bad}: 第 2 行" in proc.stderr
    proc = run_eval(settings, "--mode", "llm", "--out", str(tmp_path / "o"))
    assert proc.returncode == 2 and "JIAOTI_LLM_BASE_URL" in proc.stderr


def test_bundled_dataset_shape():
    items = load(ROOT / "eval" / "datasets" / "report_2023_2024.jsonl")
    assert len(items) >= 100
    citizen = sum("citizen-wording" in i.tags for i in items)
    assert citizen / len(items) >= 0.4
    assert sum(i.unanswerable for i in items) >= 15
    assert sum(bool(i.history) for i in items) >= 10


def test_every_report_figure_is_asked_about():
    """Every number in the report is the expected answer of some question."""
    from jiaoti import numbers as num

    text = (ROOT / "data" / "reports" / "hebi-jiaoti-work-report-2023-2024.txt").read_text("utf-8")
    items = load(ROOT / "eval" / "datasets" / "report_2023_2024.jsonl")
    expected = set()
    for it in items:
        for group in it.answers:
            for s in group:
                expected |= num.figure_values(s)
    body = text.split("2个教育")[0] + text.split("2个教育")[1]   # the truncated sentence aside
    missing = set()
    for f in num.find_figures(num.prepare_numbers(body)):
        if f.unit in ("年", "") and 1900 <= f.value <= 2100:
            continue                      # years ('2023年', '2023鹤壁马拉松赛') are context
        if f.value.normalize() not in expected:
            missing.add(f.raw)
    assert not missing, missing


def test_regression_gate(report_env, tmp_path):
    """make test's gate: the bundled set in extractive mode."""
    settings, _ = report_env
    proc = run_eval(settings, "--out", str(tmp_path / "gate"), "--min-accuracy", "0.95",
                    "--min-refusal", "1.0", "--max-false-answers", "0")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr
