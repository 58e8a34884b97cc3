"""Reports: a rich table for the terminal, report.md, and a bar chart by tag."""

from __future__ import annotations

from pathlib import Path


def _fmt(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def summary_rows(report) -> list[tuple[str, str]]:
    m = report.metrics
    return [
        ("answer accuracy", _fmt(m.accuracy) + f"  ({m.answerable} items)"),
        ("refusal accuracy", _fmt(m.refusal) + f"  ({m.unanswerable} items)"),
        ("false answers", _fmt(m.false_answers)),
        ("citation support", _fmt(m.citation_support)),
        ("retrieval hit@1", _fmt(m.hit_at_1)),
        ("retrieval hit@3", _fmt(m.hit_at_3)),
        ("latency p50 (ms)", f"{m.p50_ms:.1f}"),
        ("latency p95 (ms)", f"{m.p95_ms:.1f}"),
    ]


def print_table(report, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"评测 / Evaluation — mode {report.mode}, settings {report.settings_hash}, "
                        f"dataset {report.dataset_hash}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for k, v in summary_rows(report):
        table.add_row(k, v)
    console.print(table)
    failed = [r for r in report.results if not r.passed]
    if failed:
        t = Table(title=f"failed items ({len(failed)})")
        for col in ("id", "question", "answer", "why"):
            t.add_column(col, overflow="fold")
        for r in failed[:40]:
            t.add_row(r.id, r.question, r.answer[:80], r.why)
        console.print(t)


def markdown(report) -> str:
    m = report.metrics
    lines = [
        "# 评测报告 / Evaluation report", "",
        f"- started: {report.started} ({report.seconds:.1f} s)",
        f"- mode: `{report.mode}`",
        f"- settings hash: `{report.settings_hash}`",
        f"- dataset hash: `{report.dataset_hash}` ({', '.join(report.datasets)})", "",
        "| metric | value |", "|---|---|",
    ]
    lines += [f"| {k} | {v} |" for k, v in summary_rows(report)]
    lines += ["", "## By tag", "", "| tag | items | pass rate |", "|---|---|---|"]
    lines += [f"| {t} | {d['n']} | {d['pass']:.3f} |" for t, d in m.by_tag.items()]
    failed = [r for r in report.results if not r.passed]
    lines += ["", f"## Failed items ({len(failed)})", ""]
    if failed:
        lines += ["| id | question | answer | why |", "|---|---|---|---|"]
        for r in failed:
            q = r.question.replace("|", "\\|")
            a = r.answer.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {r.id} | {q} | {a} | {r.why} |")
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"


def bar_chart(report, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    m = report.metrics
    tags = list(m.by_tag)
    values = [m.by_tag[t]["pass"] for t in tags]
    fig, ax = plt.subplots(figsize=(max(6, 0.6 * len(tags) + 3), 4))
    ax.bar(range(len(tags)), values, color="#3b6ea5")
    ax.set_xticks(range(len(tags)))
    ax.set_xticklabels(tags, rotation=45, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("pass rate")
    ax.set_title(f"pass rate by tag (accuracy {m.accuracy:.3f}, refusal {m.refusal:.3f}, "
                 f"false answers {m.false_answers})", fontsize=9)
    for i, v in enumerate(values):
        ax.text(i, v + 0.01, f"{v:.2f}", ha="center", fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
