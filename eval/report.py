"""Reports: one terminal table (blind and tuned sets side by side), report.md with the
outcomes per dataset, tag and document, the worst items verbatim, the lexicon ablation, and
two charts (pass rate by tag; outcomes per dataset)."""

from __future__ import annotations

from pathlib import Path

from eval.run import Metrics, by_key, metrics, worst

COLUMNS = ("set", "blind", "items", "accuracy", "refusal", "false", "incomplete",
           "refused wrongly", "verbose", "p50 ms")


def _set_name(r) -> str:
    return Path(r.dataset).stem


def row(name: str, blind: str, m: Metrics) -> list[str]:
    return [name, blind, f"{m.answerable}+{m.unanswerable}", f"{m.accuracy:.3f}",
            f"{m.refusal:.3f}" if m.unanswerable else "—", str(m.false_answers),
            str(m.incomplete), str(m.refused_wrongly), f"{m.verbose} ({m.verbose_rate:.0%})",
            f"{m.p50_ms:.1f}"]


def dataset_rows(report) -> list[list[str]]:
    rows = []
    for ds in sorted(report.datasets, key=lambda d: (not d.meta.blind, d.name)):
        rs = report.of(ds.path.name)
        rows.append(row(ds.name, "blind" if ds.meta.blind else "tuned", metrics(rs)))
    rows.append(row("all", "", metrics(report.results)))
    return rows


def print_table(report, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"评测 / Evaluation — mode {report.mode}, settings "
                        f"{report.settings_hash}, datasets {report.dataset_hash}")
    for col in COLUMNS:
        table.add_column(col, justify="left" if col in ("set", "blind") else "right")
    for r in dataset_rows(report):
        table.add_row(*r)
    console.print(table)
    bad = worst(report.results, 10)
    if bad:
        t = Table(title="worst items")
        for col in ("set", "id", "outcome", "question", "answer"):
            t.add_column(col, overflow="fold")
        for r in bad:
            t.add_row(_set_name(r), r.id, r.outcome, _q(r), r.answer[:90])
        console.print(t)


def _q(r) -> str:
    return (" → ".join([*r.history, r.question]))


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def markdown(report) -> str:
    lines = ["# 评测报告 / Evaluation report", "",
             f"- started: {report.started} ({report.seconds:.1f} s), mode `{report.mode}`",
             f"- settings hash: `{report.settings_hash}`; datasets hash: `{report.dataset_hash}`",
             "- scoring: strict — right = every expected figure in the answer's first sentence; "
             "false = a stated figure that is not an expected one (or an unanswerable item "
             "answered); verbose = a right answer whose first sentence recites unasked figures.",
             "", "## Per dataset", "", _table(COLUMNS, dataset_rows(report))]
    lines += ["", "## Provenance", "", "| set | blind | documents | written | tuned |",
              "|---|---|---|---|---|"]
    for ds in report.datasets:
        lines.append(f"| {ds.name} | {ds.meta.blind} | {', '.join(ds.meta.documents)} | "
                     f"{ds.meta.written} | {_cell(ds.meta.tuned or '—')} |")
    if report.ablation:
        lines += ["", "## Lexicon ablation", "",
                  "Accuracy with the general lexicon only, against the same set with its "
                  "corpus lexicon.", ""]
        rows = []
        for name, rs in report.ablation.items():
            full = metrics([r for r in report.results if r.dataset == name])
            rows.append(row(Path(name).stem + " (general only)", "", metrics(rs)))
            rows.append(row(Path(name).stem + " (with corpus lexicon)", "", full))
        lines.append(_table(COLUMNS, rows))
    lines += ["", "## Per document", "",
              _table(COLUMNS, [row(k, "", m) for k, m in
                               by_key(report.results, lambda r: list(r.documents)).items()])]
    lines += ["", "## Per tag", "", _table(COLUMNS, [row(k, "", m) for k, m in
                                                     by_key(report.results,
                                                            lambda r: list(r.tags)).items()])]
    lines += ["", "## Worst items", ""]
    bad = worst(report.results, 10)
    if bad:
        lines.append(_table(("set", "id", "outcome", "question", "answer", "why"),
                            [[_set_name(r), r.id, r.outcome, _q(r), r.answer, r.why]
                             for r in bad]))
    else:
        lines.append("None.")
    failed = [r for r in report.results if not r.passed or r.verbose]
    lines += ["", f"## Every item not right, or verbose ({len(failed)})", ""]
    if failed:
        lines.append(_table(("set", "id", "outcome", "verbose", "question", "answer", "why"),
                            [[_set_name(r), r.id, r.outcome, str(r.verbose), _q(r), r.answer,
                              r.why] for r in failed]))
    return "\n".join(lines) + "\n"


def _table(cols, rows) -> str:
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(_cell(str(c)) for c in r) + " |" for r in rows]
    return "\n".join(out)


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def bar_chart(report, path: Path) -> None:
    """Pass rate by tag."""
    plt = _plt()
    tags = by_key(report.results, lambda r: list(r.tags))
    names = list(tags)
    values = [_pass(m) for m in tags.values()]
    m = metrics(report.results)
    fig, ax = plt.subplots(figsize=(max(6, 0.45 * len(names) + 3), 4))
    ax.bar(range(len(names)), values, color="#3b6ea5")
    ax.set_xticks(range(len(names)))
    ax.set_xticklabels(names, rotation=60, ha="right", fontsize=7)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("pass rate")
    ax.set_title(f"pass rate by tag (accuracy {m.accuracy:.3f}, refusal {m.refusal:.3f}, "
                 f"false answers {m.false_answers})", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _pass(m: Metrics) -> float:
    n = m.items or 1
    return (m.outcomes.get("right", 0) + m.outcomes.get("refusal", 0)) / n


OUTCOME_COLOURS = (("right", "#2e7d32"), ("refusal", "#81c784"), ("incomplete", "#f9a825"),
                   ("refused", "#90a4ae"), ("wrong", "#8d6e63"), ("false", "#c62828"))


def confusion_chart(report, path: Path) -> None:
    """Outcomes per dataset as stacked shares: right, correct refusal, incomplete, refused
    wrongly, wrong words, false figure."""
    plt = _plt()
    sets = sorted(report.datasets, key=lambda d: (not d.meta.blind, d.name))
    ms = [metrics(report.of(ds.path.name)) for ds in sets]
    fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(sets) + 3), 4))
    bottom = [0.0] * len(sets)
    for outcome, colour in OUTCOME_COLOURS:
        vals = [m.outcomes.get(outcome, 0) / (m.items or 1) for m in ms]
        ax.bar(range(len(sets)), vals, bottom=bottom, color=colour, label=outcome)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_xticks(range(len(sets)))
    ax.set_xticklabels([f"{d.name}\n({'blind' if d.meta.blind else 'tuned'})" for d in sets],
                       rotation=30, ha="right", fontsize=7)
    ax.set_ylim(0, 1.0)
    ax.set_ylabel("share of items")
    ax.legend(fontsize=7, loc="lower right")
    ax.set_title("outcomes per dataset (strict scoring)", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
