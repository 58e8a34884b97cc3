"""The second side of a comparison, from the first: '小学的专任老师比初中多…' → 初中的专任老师,
'2022年…比上年少了多少' → 2021年…."""

from __future__ import annotations

import re

from assistant import intent
from assistant.owned import swap_school
from jiaoti import text as tx


def swap(a: str, b: str) -> str:
    """'小学的专任老师比初中多…': a bare stage after 比 takes the place of the first part's
    stage ('初中的专任老师'), a bare kind of school that of its kind ('在民办园上学的孩子比
    公办园多…' → '在公办园上学的孩子'), a word ending alike that word ('大班的孩子比小班…' →
    '小班的孩子'), a phrase ending in a word of the first its place; or ''."""
    school = swap_school(a, b)      # '古定小学天湖校区的校园比金港小学…': 金港小学的校园
    if school:
        return school
    wb = tx.words(b)        # '高中助学金资助的学生比学前教育助学金…': 学前教育助学金资助的学生
    at = a.find(wb[-1]) if len(wb) >= 2 and len(wb[-1]) >= 2 else -1     # (not '…,…和…')
    tail = a[at + len(wb[-1]):] if at > 0 else ""
    if re.fullmatch(r"的?[^\W\d和与及]{1,8}", tail) and wb[-1] not in b[:-len(wb[-1])]:
        return b + tail
    if len(wb) != 1 and not (len(b) <= 6 and b[-1:] in "园校"):
        return ""

    def same_kind(w: str) -> bool:      # 小学 ~ 初中; 民办园 ~ 公办园, 大班 ~ 小班, 初中生 ~
        return w != b and (w in intent.STAGES and b in intent.STAGES or   # 小学生 (another
                           len(w) == len(b) and w[-1] == b[-1] and       # of its kind)
                           (b[-1] in "园校" or len(b) in (2, 3) and tx.is_cjk(b[-1]) or
                            len(b) == 4 and w[-2:] == b[-2:]))   # 学前教育 ~ 义务教育
    words = tx.words(a)[:-1]            # not the thing counted ('…的孩子')
    pairs = [x + y for x, y in zip(words, words[1:]) if len(x + y) == len(b)]
    stage = next((w for w in words + pairs if same_kind(w)), "")
    return a.replace(stage, b, 1) if stage else ""


_TIME = re.compile(r"(?:19|20)\d{2}年(?:度)?|今年|本年度?|去年|前年|上一?年|前一年|明年")
_BACK = {"上年": 1, "上一年": 1, "前一年": 1}      # the year before the one asked
_NOW = ("去年", "前年")                             # counted from now


def at_time(a: str, b: str) -> str:
    """'2022年…生均支出比上年少了多少', '1993年大田县的小学比1949年多了多少所': a second
    side naming only a time asks the first side's thing at that time ('2021年…生均支出',
    '1949年大田县的小学'); or ''."""
    if not (b in _BACK or b in _NOW or re.fullmatch(r"(?:19|20)\d{2}年", b)):
        return ""
    year = re.search(r"((?:19|20)\d{2})年", a)
    when = f"{int(year.group(1)) - _BACK[b]}年" if year and b in _BACK else b
    return when + _TIME.sub("", a)
