"""Everyday descriptions read as reports write them: averages per unit and school kinds.

A citizen says '平均一个老师要带几个学生', '每个学生的仪器设备值', '一个班平均多少个孩子',
'平均一所学校有多少学生', '平均每年涨多少'; statistics write 生师比, 生均仪器设备值, 平均班额,
校均规模, 年均增长. Chinese builds these words one way — a one-character unit and 均 ('生均':
per pupil, '校均': per school, '年均': per year) or a ratio of two counts (生师比: pupils per
teacher, 生机比: pupils per computer). A school described by the years it covers ('小学初中
连着读的那种学校') is a 九年一贯制学校. The everyday phrase is rewritten into the report's word
before the question is read. Questions only (jiaoti.text.normalize_question)."""

from __future__ import annotations

import re

_HOW_MANY = r"(?:多少|几)(?:个|名|位)?"
_PUPILS = r"(?:学生|孩子|娃娃?|小朋友|幼儿|小孩)"
_ABOUT = r"(?:平均|大概|大约|一般|差不多)?"

_RATES = (
    # '一个老师平均要带多少个学生' → 生师比: pupils per teacher
    (re.compile(rf"(?:平均)?(?:每|一)(?:个|名|位)?(?:老师|教师){_ABOUT}(?:要|得|需要|能)?"
                rf"(?:带|教|负担|管)了?{_HOW_MANY}{_PUPILS}"), "生师比是多少"),
    # '平均几个学生用一台电脑' → 生机比: pupils per computer
    (re.compile(rf"{_ABOUT}{_HOW_MANY}(?:学生|孩子|人)(?:用|共用|合用|有)(?:一|每)台(?:电脑|计算机)"),
     "生机比是多少"),
    # '平均一所学校有多少学生' → 校均规模: pupils per school
    # ('一所小学平均装多少个学生' → 小学校均规模: the kind stays)
    (re.compile(rf"{_ABOUT}(?:每|一)(?:所|个)(?:学校|(小学|中学|初中|高中)(?:学校)?){_ABOUT}"
                rf"(?:有|能有|装)?了?{_HOW_MANY}(?:学生|人)"),
     lambda m: f"{m.group(1)}的校均规模是多少" if m.group(1) else "校均规模是多少"),
    # '一个班平均有多少个学生' → 平均班额: pupils per class
    (re.compile(rf"{_ABOUT}(?:每|一)个?班(?:级)?{_ABOUT}(?:有|坐|挤|装|是)?了?{_HOW_MANY}"
                rf"(?:{_PUPILS}|人)"), "平均班额是多少"),
    # '小学的学生平均每人的…', '每个学生的…', '平均到每个学生' → 生均…: per pupil
    (re.compile(rf"(?:的)?学生(?:平均)?(?:每人|人均)的?|(?:平均)?(?:到)?每(?:个|名|位)?{_PUPILS}"
                rf"(?:平均)?(?:一年)?的?(?=[^，,。？?]{{0,10}}?(?:多少|几|钱|费|支出|投入|花|值))"),
     "生均"),      # ('每个小朋友一年…花多少钱'; not '每个孩子都有书包吗')
    # '校园有多大', '…的校园比…大多少亩': how big a campus is, its area (校园面积)
    (re.compile(r"校园(?!面积|里|内|中|网)(?=[^，,。？?]{0,12}?(?:多大|多少亩|几亩|多少平方米|多少公顷))"),
     "校园面积"),
    # '建好以后能收多少学生': what a school holds once built is its places, not a building
    (re.compile(r"(?:建好|建成|盖好|建完|盖完|修好|完工|投用|投入使用)了?(?:以后|之后|后)[,，]?"
                r"(?=(?:大概|大约|一共|总共)?(?:能|可以|可)(?:收|招|容纳|装|坐|上|提供))"), ""),
    # '…比…能多收多少学生' → 多多少个学位: by how many places one school holds more
    (re.compile(rf"(?:能|可以|可)([多少])(?:收|招|容纳|装|坐)(?:下)?{_HOW_MANY}{_PUPILS}"), r"\1多少个学位"),
    # '能收多少个学生', '建好以后能招多少孩子' → 学位: the places a school holds
    (re.compile(rf"(?:能|可以|可)(?:收|招|容纳|装|坐|上)(?:下)?{_HOW_MANY}{_PUPILS}"), "能提供多少个学位"),
    # '每人平均有多少体育场地' → 人均: per head
    (re.compile(r"(?:平均)?每(?:个)?人(?:平均)?(?=(?:有|能有|占有|拥有|摊到?)?(?:多少|几))"), "人均"),
    # '平均每年涨多少' → 年均: per year
    (re.compile(r"平均每年|每年平均"), "年均"),
    # '今年要招多少老师' → 招聘: teachers are hired (招 alone is no word a report uses)
    (re.compile(r"(?<![新招])招(?![聘录生收商标])(?=(?:多少|几)(?:个|名|位)?(?:新)?(?:老师|教师))"),
     "招聘"),
)


# a school described by the years it takes a child through: '小学初中连着读的那种学校' is
# what reports call 九年一贯制学校, '从小学一直能念到高中的学校' a 十二年一贯制学校
_THROUGH = (
    (re.compile(r"(?:从)?小学(?:和|跟|、)?(?:(?:连着|一直)初中(?:一起)?|初中(?:一起|连着|一直)+)"
                r"(?:能)?(?:读|念|上)的?(?:那种|这种|那类|这类)?"), "九年一贯制"),
    (re.compile(r"(?:从)?小学(?:一直|连着)+(?:能)?(?:读|念|上)到高中的?(?:那种|这种)?"), "十二年一贯制"),
)


# a kindergarten or place whose fees are low is what reports call 普惠(性): '收费便宜点的幼儿园',
# '实惠的幼儿园学位'; beside the word itself ('收费便宜的普惠性幼儿园') the gloss says nothing more
_CHEAP = re.compile(r"(?:收费|价格|费用|学费)?(?:便宜|实惠|不贵|低廉|较低|低)(?:一?点|一些|些)?的"
                    r"(?=(普惠)?[\u4e00-\u9fff]{0,4}?(?:幼儿园|学位|园))")


# the children who start a stage this year are its intake: '上小学一年级的孩子有多少' asks
# what reports write as 小学招生, '初一新生' 初中招生
_FIRST_YEAR = re.compile(rf"(?:上|读|念|进)?(?:(小学|初中|高中)一年级|(初|高)一)的?(?:(?:新生|{_PUPILS})"
                         rf"(?=(?:一共|总共|共)?(?:有|是)?{_HOW_MANY})|(?:新生)?(?=人数))")
_STAGE_OF = {"初": "初中", "高": "高中"}


def _intake(m: re.Match) -> str:
    return (m.group(1) or _STAGE_OF[m.group(2)]) + "招生"


# the asker's own gloss of a relative year names the year meant (after NFKC: ASCII brackets)
_GLOSSED_YEAR = re.compile(r"(?:今年|去年|前年|明年|后年|上年|本年|当年)\s*\(\s*((?:19|20)\d{2})\s*年?\s*\)")


# the last few years said in words: '这三年', '过去五年里' are what reports write '近三年(来)'
_RECENT_YEARS = re.compile(r"(?:这|最近|过去)的?([两二三四五六七八九十]|\d{1,2})年(?:来|里|间|中|以来)?"
                           r"(?![级制度])")


# a year said by its last two digits where a time is said ('93年那会儿…', '21年洛宁…'): the
# year of the century it reads as (50–99: 1900s), not a count of years ('建校93年', '10年来')
_SHORT_YEAR = re.compile(r"(^[在于]?|[，,、；;。？?！!\s])(\d{2})年(?![来间内前后多代级制]|以来|左右|了)")


def _full_year(m: re.Match) -> str:
    yy = int(m.group(2))
    return f"{m.group(1)}{1900 + yy if yy >= 50 else 2000 + yy}年"


# the people of a kind of school are that kind's people: '公办学校的在校生', '民办学校里的老师'
# ask what reports write '在校生178339人(公办143679人、民办…)' or '民办学校在校生…' — the kind
# is what is asked, 学校 only says where the people are
_KINDS = r"(公办|民办|农村|乡村|城区|城镇|乡镇)学校(?:里|中)?的?"
_KIND_PEOPLE = re.compile(_KINDS + r"(?=在校生|在校学生|学生|老师|教师|教职工|孩子|娃)")
_KIND_SCHOOL = re.compile(_KINDS + r"(?!(?:有)?(?:多少|几)所)")    # (the other side of a
#                                                     comparison: '公办学校的学生比民办学校多…')


# '由2014年的多少增加到了多少' asks where a change started and ended: the change, which the
# answer states with both values ('…增加到6.78平方米（原为4.62平方米），增加了2.16平方米')
_FROM_TO_ASKED = re.compile(r"[由从]((?:19|20)\d{2}年)?的?(?:多少|几)[\u4e00-\u9fff]{0,4}?"
                            r"(增加|提高|提升|增长|上升|扩大|涨|下降|减少|降低|降|减)(?:到|至)了?"
                            r"(?:多少|几)")


# '从幼儿园到大学' spans every stage of schooling: it names no part, so it is no word to match
_EVERY_STAGE = re.compile(r"[,，]?(?:从|由)?(?:幼儿园|学前|托儿所|托育)(?:一直)?(?:到|至)(?:大学|高校|高等院校|"
                          r"高等教育)(?:的)?(?:各个?(?:阶段|学段))?[,，]?")


def _from_to(m: re.Match) -> str:
    return ("比" + m.group(1) if m.group(1) else "") + m.group(2) + "了多少"


def as_reported(question: str) -> str:
    """``question`` with its everyday averages per unit and school kinds described by the
    years they cover in the words reports use, and a relative year glossed with the year
    meant ('去年（2022年）') as that year."""
    question = _SHORT_YEAR.sub(_full_year, _GLOSSED_YEAR.sub(r"\1年", question))
    for pattern, word in _RATES:
        question = pattern.sub(word, question)
    question = _FIRST_YEAR.sub(_intake, question)
    question = _CHEAP.sub(lambda m: "" if m.group(1) else "普惠性", question)
    question = _RECENT_YEARS.sub(r"近\1年", question)
    question = _FROM_TO_ASKED.sub(_from_to, question)
    question = _EVERY_STAGE.sub(lambda m: "，" if m.group(0)[:1] in ",，" and m.group(0)[-1:] in ",，"
                                else "", question)
    if _KIND_PEOPLE.search(question):
        question = _KIND_SCHOOL.sub(r"\1", question)
    for pattern, word in _THROUGH:
        m = pattern.search(question)
        if m:
            said = "一贯制" in question[m.end():m.end() + 8]     # ('…的那种九年一贯制学校')
            question = question[:m.start()] + ("" if said else word) + question[m.end():]
    return question
