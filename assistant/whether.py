"""Questions whether something is so that a figure answers: '县里有没有专门学校？' asks how
many there are, '入学率达到100%了吗？' the rate itself."""

from __future__ import annotations

import re

from assistant.intent import noun_unit


def as_count(question: str) -> str:
    """The question asked for its figure, or '' when a figure does not answer it."""
    return _existence_count(question) or _measured(question)


_EXISTS = re.compile(r"^(.*?)有没有([\u4e00-\u9fff]{2,12}?)[呢啊]?[?？]?$|"
                     r"^(.*?)有([\u4e00-\u9fff]{2,12}?)吗[?？]?$")


def _existence_count(question: str) -> str:
    """'县里有没有专门学校？' → '县里有几所专门学校？': a question whether there are schools
    (things counted in 所) asks their count; '' for any other question."""
    m = _EXISTS.match(question)
    if m is None:
        return ""
    before, thing = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    return f"{before}有几所{thing}？" if noun_unit(thing) == "所" else ""


_RATE_YES_NO = re.compile(r"^(?P<subject>[^，,。？?]+?(?:率|比例|占比|比重))(?:都|已经|已|是不是|有没有)?"
                          r"(?:达到|超过|过|到|达|高于|低于)?[^，,。？?率]*?(?:了吗|了没有|了没|吗)[?？]?$")
_UP_TO_MARK = re.compile(r"^(?P<subject>[^，,。？?]+?)(?:都|全部|全都|是不是都|是不是)?"
                         r"(?P<mark>达标|合格)了?(?:吗|没有|没)[?？]?$")


_EVERY_MARK = re.compile(r"^(?P<subject>[^，,。？?]+?)(?:是不是|是否)(?:所有|全部)?的?(?P<who>[^，,。？?]{0,8}?)"
                         r"都(?P<mark>达标|合格)了?(?:吗|没有|没)?[?？]?$")
_SEVERAL = re.compile(r"[、和与及]|目标|规划|要求|标准|平均")


def _marked(question: str) -> str:
    """'学历都达标了吗' → '学历达标', '数学实验仪器是不是所有小学都达标了' → '小学数学实验
    仪器达标': the one thing said to meet a mark, with the mark; '' for any other question."""
    m = _EVERY_MARK.match(question)
    if m:
        return f"{m.group('who')}{m.group('subject')}{m.group('mark')}"
    m = _UP_TO_MARK.match(question)
    return f"{m.group('subject')}{m.group('mark')}" if m else ""


def as_share(question: str) -> str:
    """'体育运动场面积都达标了吗', '数学实验仪器是不是所有小学都达标了' where the documents
    give the share of schools that meet the mark ('…达标学校比例82.61%') rather than a
    rate: the question asked for that share; '' for any other."""
    marked = "" if _SEVERAL.search(question) else _marked(question)
    return f"{marked}学校比例是多少？" if marked else ""


def _measured(question: str) -> str:
    """'入学率达到100%了吗' → '入学率是多少？', '学历都达标了吗' → '学历达标率是多少？': a
    yes-or-no question about one measured thing asks its figure; '' for any other (several
    things, '小学、初中、高中的老师学历都合格吗'; a mark of its own, '达到规划的目标了吗')."""
    if _SEVERAL.search(question):
        return ""
    m = _RATE_YES_NO.match(question)
    if m:
        return f"{m.group('subject')}是多少？"
    marked = _marked(question)
    return f"{marked}率是多少？" if marked else ""
