"""Figures of something the question does not ask, though their words are near: a part
of the bureau ('局机关新发展党员8人'), a quota of posts ('教职工编制总量'), another lettered
grade ('省颁B级')."""

from __future__ import annotations

import re

_QUOTA = re.compile(r"编制")
# '局机关新发展党员8人' counts the bureau's own office, not '全县教育系统' nor the county
_ORGAN_PART = re.compile(r"局机关|局本级|机关|局属|直属|[市县区]直")
_ORGAN_ASKED = re.compile(r"局|机关|直属|[市县区]直")


def organ_part(plan, own: str) -> tuple[str, ...]:
    """A figure of one part of the bureau (its office, the units under it) answers only a
    question that names that part or the bureau."""
    m = _ORGAN_PART.search(own)
    return ("⊂" + m.group(0),) if m and not _ORGAN_ASKED.search(plan.question) else ()


def quota_unasked(plan, own: str) -> tuple[str, ...]:
    """A quota of posts ('教职工编制总量为2918名') is no count of people: it answers only a
    question that names the quota ('实际一共有多少人' is not it)."""
    m = _QUOTA.search(own)
    return ("⊂" + m.group(0),) if m and not _QUOTA.search(plan.question) else ()


_GRADE = re.compile(r"(?<![a-z0-9])([a-z]{1,4})([级类等星])", re.I)


def other_grade(question: str, own: str) -> str:
    """'达到省颁A级标准的有几所' is not '达到省颁B级标准的职业中学6所': a figure whose own words
    name another lettered grade of the same kind answers nothing about this one."""
    asked = {(g.lower(), k) for g, k in _GRADE.findall(question)}
    kinds = {k for _, k in asked}
    return next((g + k for g, k in _GRADE.findall(own)
                 if k in kinds and (g.lower(), k) not in asked), "")


# parts of a year a report may speak of separately: one of them is not another
_YEAR_PARTS = (("上半年", "下半年"), ("春季", "夏季", "秋季", "冬季"),
               ("一季度", "二季度", "三季度", "四季度"), ("寒假", "暑假"))


def other_part_of_year(question: str, text: str) -> str:
    """'下半年的经费拨了没有' is not answered by '已拨付…上半年…经费': the part of the year
    the question names when ``text`` names only other parts of the same kind, or ''."""
    for family in _YEAR_PARTS:
        asked = [p for p in family if p in question]
        said = [p for p in family if p in text]
        if asked and said and not any(p in said for p in asked):
            return asked[0]
    return ""
