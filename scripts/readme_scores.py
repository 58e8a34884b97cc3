"""Copy the strict scores of an evaluation run into README.md (the table between the
markers), so the README's accuracy claims are that run's figures.

    python scripts/readme_scores.py eval/out/report.md
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- scores:start -->", "<!-- scores:end -->"


def main() -> None:
    report = Path(sys.argv[1]).read_text(encoding="utf-8")
    table = report.split("## Per dataset", 1)[1].split("## Provenance", 1)[0].strip()
    rows = [r for r in table.splitlines() if r.startswith("|")]
    ablation = ""
    if "## Lexicon ablation" in report:
        block = report.split("## Lexicon ablation", 1)[1].split("## Per document", 1)[0]
        ablation = "\n".join(r for r in block.splitlines() if r.startswith("|"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    body = "\n".join(rows) + ("\n\nLexicon ablation (general lexicon only, "
                               "`corpus_lexicon=False`, against the corpus lexicon):\n\n"
                               + ablation if ablation else "")
    new = re.sub(re.escape(START) + ".*?" + re.escape(END), f"{START}\n{body}\n{END}", readme,
                 flags=re.S)
    (ROOT / "README.md").write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
