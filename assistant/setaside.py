"""What a question sets aside: '教职工多少人（含离退休）' asks the total, '(不含民办)' leaves
民办 out and '除了老师，职工有多少' counts no 老师 — none of them is a topic of the count."""

from __future__ import annotations

import re

from jiaoti import text as tx

# '(含离退休)', '除了老师，': what a question leaves out or takes in
LEFT_OUT = re.compile(r"[(（](?:(?:不含|不包括|未含|不计|不算|除去|扣除|含|包括|包含)[^()（）]*|[^()（）]*(?:不算|除外|不计|不含|在内))[)）]|除了[^，,。？?()（）]{1,12}(?<!的)[，,]"
                      # '…有几所？不算九年一贯制那种。', '…完全中学不算的话。', '不算高中和职校,…'
                      r"|(?<=[，,。？?])\s*(?:不算|不包括|不含)[^，,。？?！!]{1,14}[。？?！!]?$"
                      r"|(?<=[，,。？?])[^，,。？?！!]{1,12}(?:不算|除外)(?:的话|在内)?[。？?！!]?$"
                      r"|^(?:不算|不包括|不含)[^，,。？?！!]{1,12}[，,]")
_TAKEN_IN = re.compile(r"^[(（](?:含|包括|包含)|在内[)）]$")


def blanked_aside(m: re.Match, snap) -> str:
    """A question's aside (``intent.LEFT_OUT``) as blanks — what it leaves out, and what it
    takes in when the documents say it ('(含离退休)': the total is asked); an aside taking
    in what they never say ('(包括行政后勤人员)') stays, a condition no figure meets."""
    aside = m.group(0)
    if _TAKEN_IN.search(aside) or aside.startswith("除了"):
        inner = re.sub(r"^[(（]?(?:含|包括|包含|除了)|(?:在内)?[)），,]$", "", aside)
        if not all(any(a in snap.blob for a in (w, *(a for a, _ in snap.lexicon.alternatives(w))))
                   for w in tx.words(inner) if len(w) >= 2 and tx.is_cjk(w[0])):
            return aside        # ('老师' is said as 教师)
    return " " * len(aside)
