"""The CLI contract: python -m assistant ask ... (exit codes, JSON keys, batch, errors)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, cli_env, make_settings

KEYS = {"question", "standalone_question", "answer", "answerable", "mode", "citations",
        "latency_ms"}
CITE_KEYS = {"n", "chunk_id", "source", "title", "section", "quote", "start", "end", "location",
             "ocr"}


def run(args, settings, **kw):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, env=cli_env(settings), cwd=ROOT, timeout=300, **kw)


def test_ask_json(report_env):
    settings, _ = report_env
    proc = run(["ask", "去年新招了多少老师？", "--json"], settings)
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert set(obj) == KEYS
    assert obj["answerable"] is True and obj["mode"] == "extractive"
    assert obj["answer"].startswith("2023年，") and "477人" in obj["answer"]
    assert set(obj["citations"][0]) == CITE_KEYS
    assert "477人" in obj["citations"][0]["quote"]


def test_ask_with_history_and_for_people(report_env):
    settings, _ = report_env
    proc = run(["ask", "改扩建的呢？", "--history", "2023年新建了几所公办幼儿园？", "--json"], settings)
    obj = json.loads(proc.stdout)
    assert obj["standalone_question"] != obj["question"] and "4所" in obj["answer"]
    proc = run(["ask", "体彩卖了多少钱？"], settings)
    assert proc.returncode == 0
    assert "3.9亿元" in proc.stdout and "来源：" in proc.stdout and "[1]" in proc.stdout


def test_batch_in_order_one_process(report_env, tmp_path):
    settings, _ = report_env
    batch = tmp_path / "q.jsonl"
    lines = [{"question": "去年新招了多少老师？"},
             {"question": "那银牌呢？", "history": ["在2023年特定点跳伞世界杯赛上我市拿了几枚金牌？"]},
             {"question": "2022年新聘教师多少人？"},
             {"question": ""}]
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    proc = run(["ask", "--batch", str(batch), "--json"], settings)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 4
    assert "477人" in out[0]["answer"] and "3银" in out[1]["answer"]
    assert out[2]["answerable"] is False and out[2]["citations"] == []
    assert out[3]["answerable"] is False and out[3]["answer"] == "请输入您要咨询的问题。"


def test_bad_batch_line_is_named(report_env, tmp_path):
    settings, _ = report_env
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"question": "去年新招了多少老师？"}\n{not json}\n', encoding="utf-8")
    proc = run(["ask", "--batch", str(batch), "--json"], settings)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f'错误：{batch} 第 2 行不是有效的 {{"question": "...", "history": [...]}} JSON'


def test_no_index_is_a_one_line_error(tmp_path):
    settings = make_settings(tmp_path / "empty")
    proc = run(["ask", "去年新招了多少老师？"], settings)
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("错误：还没有为当前的嵌入模型和切分设置建立索引：请先运行 "
                                   "python -m ingest data/reports（或 make run）。")
    assert "Traceback" not in proc.stderr


def test_llm_mode_without_endpoint_falls_back(report_env):
    settings, _ = report_env
    proc = run(["ask", "去年新招了多少老师？", "--mode", "llm", "--json"], settings)
    assert proc.returncode == 0
    obj = json.loads(proc.stdout)
    # no endpoint configured: the extractive answer, labelled as such
    assert obj["answerable"] and "477人" in obj["answer"] and obj["mode"] == "extractive"
