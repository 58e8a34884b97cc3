"""A citizen's own situation before the question ('孩子明年上幼儿园，去年新建了几所…'): it
says why they ask, not what they ask about — unless the question after it names nothing
('上幼儿园的孩子和小学生，哪个多？'), when the leading clause is what it asks about."""

from __future__ import annotations

import re

from jiaoti import text as tx

_PERSONAL = re.compile(r"我(?![市县区省局校镇乡们])|我们(?![市县区省局镇乡这])|咱家|俺|孩子|小孩|娃|"
                       r"女儿|儿子|闺女|家里|老人")
_NOT_PERSONAL = re.compile(r"(?:19|20)\d{2}\s*年|我市|我县|我区|全市|全县|全区|本市|本县|"
                           r"(?:孩子|小孩|娃娃?)们")     # ('娃娃们吃营养餐': all of them)
# '跟着打工父母来的娃娃里，…': the things the question counts among, not the asker's story
_SCOPE = re.compile(r"(?:(?<![村城县乡镇市区家屋])里|里面|当中|之中|的[\u4e00-\u9fff]{1,4}中)[，,；;。！!]?$")
# ('我们家住村里，…' is where the asker lives: 村里 is a place, not 'among')
_HEARSAY = re.compile(r"\s*(?:听说|据说|听人说|听别人说|看新闻说|新闻上说|看到新闻)")
_ASKS = re.compile(r"多少|几|什么|啥|哪|吗|呢|怎么|咋|如何|是否|有没有|没有|有无|[?？]")


def preamble_end(text: str) -> int:
    """Where the question proper starts after leading clauses that tell the asker's own
    situation and ask nothing, or 0."""
    end = 0
    for m in re.finditer(r"[^，,；;。！!]+[，,；;。！!]?", text):
        clause = m.group(0)
        if _ASKS.search(clause) or _HEARSAY.match(clause):
            break           # ('我是…老师，听说去年…办了机关党校，…': what was heard is asked)
        if not _PERSONAL.search(clause) or _NOT_PERSONAL.search(clause) or _SCOPE.search(clause):
            return 0
        end = m.end()
    return end if end < len(text.rstrip()) and _has_topic(text[end:]) else 0


_ASKING = {"哪个", "哪边", "哪一个", "哪类", "哪种", "哪项", "还是", "多少", "分别", "一共", "总共",
           "有没有", "是不是", "多多少"}


def _has_topic(rest: str) -> bool:
    """Does the question after a leading clause name anything ('…，哪个多？' and '…，驻马店有
    吗？有几所？' do not: the leading clause is what they ask about)?"""
    from jiaoti.places import gazetteer

    return any(len(w) >= 2 and tx.is_cjk(w[0]) and w not in _ASKING and w[0] != "几" and
               not gazetteer().forms.get(w) for w in tx.words(rest))    # ('几所')


_STORY_SCHOOL = re.compile(r"(?:在|上|读|进|念)([\u4e00-\u9fff]{2,6}?(?:小学|中学|幼儿园|学校|[一二三四五六七八九]中))")
_NO_NAME = re.compile(r"^(?:公办|民办|城区|农村|附近|这个|那个|这所|那所|县里|市里|镇上|村里|本地|当地|"
                      r"家门口|普通|重点|私立|公立)")


def named_school(preamble: str, rest: str) -> tuple[int, int] | None:
    """The span of the school the asker's story names ('我家孩子在奥信小学读书，…学校扩建了')
    when the question after it names none: what '学校' there means; else None."""
    m = _STORY_SCHOOL.search(preamble)
    if m is None or _NO_NAME.match(m.group(1)) or any(
            re.search(r"..(?:小学|中学|幼儿园|学校)$|[一二三四五六七八九][中小幼]$", w)
            and not _NO_NAME.match(w) for w in tx.words(rest)):
        return None
    return m.start(1), m.end(1)
