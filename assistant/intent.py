"""What a question asks for, read from its words: the kind of answer (a quantity, a
definition, a date, a rank, a state), the unit it counts in and the noun it counts, whether
it wants results or plans, and whether it compares two things or asks for several."""

from __future__ import annotations

import itertools
import re

from assistant.setaside import LEFT_OUT  # noqa: F401 (read as intent.LEFT_OUT)
from jiaoti import numbers as num, places, text as tx
from jiaoti.lexicon import stopwords
from jiaoti.wordclass import without_plan_names

DEFINITION = re.compile(r"指什么|指的是|是什么意思|什么意思|含义|是指|代表什么|代表的是|包括哪些|"
                        r"包括啥|有哪些|哪些|哪两|哪三|哪四|哪五|哪六|哪七|哪八|哪几|什么内容|"
                        r"内容是|是什么|叫什么|叫啥|啥名字|是啥|都有啥|包括什么|哪一[项型个类]|哪个|哪项|"
                        r"哪所|哪家")
# '主要是为了照顾哪些孩子', '基金会是干什么用的': what a thing is done for, said in a clause of its own
PURPOSE_ASKED = re.compile(r"为了.{0,8}(?:什么|哪些|谁)|为什么|目的|干什么用|做什么用|干嘛用|"
                           r"派什么用|用来干|用来做|有什么用|用途|作用是")
PURPOSE_SAID = re.compile(r"^(?:为了?(?!期|止|主|准)|帮助|用于|以便|旨在|保障|让|使)")
ACTUAL = re.compile(r"实际|最终|结果如何|到底|最后(?!一个|那个|一项|这个|的)|做到了没|完成得|已经|"
                    r"(?:建成|建好|盖好|完成|办成|实现|落成|投用|建起)了|"
                    r"(?:现在|目前|如今).{0,8}(?:了没有|了吗|了没|没有)")
PLAN = re.compile(r"计划|打算|准备|将要|要(?:建|新建|创建|培育|建成|完成|实现|达到|办|开展|新增|增加|招)|目标|"
                  r"预计|(?<!怎么)(?<!如何)安排(?![了的])|任务是|明年|下一步|今后")  # ('是怎么安排的')
FIRST = re.compile(r"第一个|头一个|首个|开头的|前一个")
LAST = re.compile(r"最后(?:一个|那个|的|一项)|末尾|最末")
RANK = re.compile(r"第几|排第几|排名|名次|位列|排在第?几|第多少")
QUANTITY = re.compile(r"多少|几|多大|多高|多长|数量|金额|比例|百分之|规模|增幅|总数|数目|成绩|名次|"
                      r"几成|占比|覆盖率|完成率|"     # '是多了还是少了': the change, with its figure
                      r"(?:多|少|增加|减少|增长|下降|上升|提高|降低)了?还是")
WHEN_DAY = re.compile(r"哪天|哪一天|几号|几月|日期|哪月")
WHEN = re.compile(r"什么时候|何时|哪年|哪一年|哪[两几三四五]年|哪些年|啥时候|多会儿|哪个时候|什么时间")
STATUS = re.compile(r"(?:建|盖|修|弄|搞|做|办|完|签|用|开|发放|发下|发到|发了|拨付|拨下|拨了|到位|交付|安装|搬迁|落实|启用|投用|投入使用|开工|动工|完工|竣工|"
                    r"成立|运行|实施|推进|开展|设立|挂牌|通过|验收|审批|批准|达标|启动)[^，,。？?]{0,6}(?:了没|没有|了吗|吗|了吧|没|不)\s*[?？]?$|"
                    r"进展|进度|到哪一步|哪一步了|什么程度|什么阶段|怎么样了|咋样了|情况如何|"
                    r"啥情况|进行得|开始(?:建|了|用|实施)|建成了没|能不能(?:建成|用上|完成)|"
                    r"(?:建成|建好|用上|完成|投用)[^，,]{0,4}(?:不|没)\s*[?？]?$|创成[^，,。？?]{0,16}了(?:吗|没)")
COMPARE_WHICH = re.compile(r"哪个(?:更)?(?:多|少|高|低|大|小)|谁(?:更)?(?:多|少|高|低)|哪一个(?:更)?(?:多|少)|"
                           r"哪个.{0,8}(?:多|少|高|低|大|小)|多还是少|([多少高低大])还是[^，,。？?]{2,}?\1(?:一些|一点|些)?[呢啊呀]?(?:[?？。]|$)|哪边(?:多|少)|是否超过|有没有超过|"
                           r"哪项(?:更)?(?:多|少)|哪类(?:更)?(?:多|少)|哪种(?:更)?(?:多|少)(?=一些|一点|[?？。，,]|$)")
COMPARE_DIFF = re.compile(r"(?:多|少|高|低|大|小|差|超|超出|超过|增加|减少)(?:了)?多少|相差|差距|差了?几|多几|少几|"
                          r"比[^，,。？?]+?[多少](?:新增|新建|招收|招聘|投入|建成|培训|发放)了?(?:多少|几)|"
                          r"多出(?:了)?多少|高出(?:了)?多少")
SUM = re.compile(r"加起来|加在一起|合起来|加在一块|加一块|合计|总计|共计|总和|"   # named parts' total
                 r"的加[\u4e00-\u9fff]{1,4}的[^。？?]*?(?:一共|总共)|"      # '省里的加市里的一共'
                 r"[\u4e00-\u9fff]{2}(?:和|与|及)[\u4e00-\u9fff]{2,6}(?:的[\u4e00-\u9fff]{1,4})?"
                 r"(?:一共|总共)(?:是|有)?(?:[\u4e00-\u9fff]{1,2}了?)?(?:多少|几)|"  # '…的娃娃一共有多少'
                 r"[\u4e00-\u9fff]{2}(?:和|与|及|、)[^，,。？?]{2,24}[，,]\s*(?:一共|总共)(?:是|有)?"
                 r"(?:多少|几)")                 # '改造的…工程和更新建设的…路径，一共多少套'

UNIT_CHARS = "所人名个项次门本件套期家类场届枚块元位批种条间台座辆册级分天周"
ASKED_UNIT = re.compile(rf"^(?:几|多少)(?:个|名|位|大)?([{UNIT_CHARS}])$")
PERCENT = re.compile(r"百分之|百分比|比例|完成率|占比|增幅|涨幅|增长率|几成|覆盖率|入学率|巩固率|普及率|"
                     r"达标率|合格率|上线率|升学率|的占(?:了)?多少(?![人个所名位元次项平亩间台])|"
                     r"占(?![地用])[\u4e00-\u9fff]{2,10}?的?(?:多少|几)(?![人个所名位元次项平亩间台地])|"
                     # any rate asked ('辍学率是多少'), not a frequency, efficiency, exchange rate
                     r"(?<=[\u4e00-\u9fff])(?<![频效汇])率(?:是|为|有|能|达到|达|大概|大约|一般)*(?:多少|几)")
# '师生比是多少' (not 占比, 对比, 百分比: shares and comparisons)
RATIO = re.compile(r"[^占对相分类好无正反排评攀\W\d]比(?:为|是|达到|有)(?:多少|几)")
PLURAL = re.compile(r"哪些|分别|各是|各有|都有|都包括|包括哪|有啥|哪几|哪两|哪三|哪四|哪五|哪六|哪八")
MONEY = re.compile(r"多少钱|金额|多少元|销售额|(?:资金|贷款|经费|款|销量|钱|投资|投入).{0,10}(?:多少|几)|"
                   r"(?:多少|几).{0,4}(?:资金|贷款|经费|钱)|花了多少|花多少")
# '那两位校长叫什么名字', '是谁': a person, not a brand's name ('党建品牌叫什么名字')
WHO = re.compile(r"[位人师长](?:的)?(?:叫什么|名字|姓名)|是谁|哪位|哪几位|哪[两二三四五]位")
# '建设面积是多少', '盖了多大', '多少平方米': an area; land ('占了多少地', '那块地有多大'): 占地
AREA = re.compile(r"面积|平方米|平米|(?:盖|建|修)(?:了|得|成)?多大|多少亩|亩数")
LAND = re.compile(r"占(?:了|着|用)?(?:多少|多大)(?:的)?地(?![区方域])|地(?:皮)?(?:有|是)?多大")
# question words with their measure words carry no topic: "几块", "多少项", "哪四廉"
QWORDS = re.compile(r"(?:排|排名|排在|位列|居)第(?:几|多少)(?:位|名)?|"     # a rank asked, no topic
                    r"百分之|百分比|比例|比率|多少钱|多少元|次数|人数|个数|数量|数目|总数|金额|件数|"
                    r"多大|多高|多长|多远|多重|多久|加在一块儿?|加一块儿?|"      # ('加在一块儿': a sum)
                    r"[多高大够全齐好]不[多高大够全齐好]|"        # '多不多', '够不够': asking too
                    r"人次数|场次数|(?:几|多少)大?[个所名位人项次门本件套期家类场届枚块元批种条]?|"
                    r"哪一?[天年月]|几月几[日号]|几号|什么时候|啥时候|何时|"     # ('哪天开的': no 天开)
                    r"哪[一二三四五六七八九十两几]?[个项所类种位型家廉些]?")
COUNT_NOUNS = {"次数": "次", "人数": "人", "个数": "个", "件数": "件", "人次数": "人次",
               "场次数": "场次", "金额": "元"}     # '次数多' asks for a count in 次
TYPE_MARKERS = {"什么", "啥", "哪些", "哪个", "哪种", "哪类", "哪", "哪家", "哪所", "何种", "哪项",
                "哪一项", "哪位", "什么样", "哪方面"}
_PUNCT = re.compile(r"^[\W_]+$")
RELATIVE = (("前年", -2), ("去年", -1), ("上一年", -1), ("前一年", -1), ("上年", -1), ("今年", 0),
            ("本年度", 0), ("明年", 1))


# the stages of schooling: kinds that exclude each other, each with its other names
STAGE_GROUPS = (("托育",), ("幼儿园", "学前", "幼儿"), ("小学",), ("初中",),
                ("高中", "普高", "普通高中", "高级中学"),
                ("中职", "职高", "中专", "技校", "中等职业", "职业高中", "职业学校", "职校"),
                ("大学", "高校"), ("特教", "特殊教育"))
STAGES = frozenset(w for g in STAGE_GROUPS for w in g)

def resolve_years(q: str, current_year: int | None) -> set[int]:
    """Explicit years, plus 今年/去年/前年/明年 read against the documents' current year."""
    starts = num.school_years(q)           # '2023-2024学年' is 2023's, not 2024's
    years = set(num.years_in(q)) - {y + 1 for y in starts} | set(starts)
    prepared = num.prepare_numbers(q)       # '(2021年)比2020年增长了多少': 2020 is the base
    bases = [int(m.group(1)) for m in _BASE_EXPLICIT.finditer(prepared)]
    named = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", prepared)]
    years -= {b for b in bases if named.count(b) <= bases.count(b)}
    if current_year:
        for word, delta in RELATIVE:
            if any(delta >= 0 or not (_BASE_YEAR.match(q, m.start() - 1) or _WITH_YEAR.match(
                    q, m.start() - 1) and _THAN.match(q, m.end()))
                   for m in re.finditer(f"(?<!学){word}", q)):
                years.add(current_year + delta)
    return years


# '比上年增加了多少': the year a change is measured from is not the year asked about
_BASE_YEAR, _YES_NO = re.compile(r"[比较]"), re.compile(r"(?:[了过着]?(?:吗|没|没有))\s*[?？]?$")
_BASE_EXPLICIT = re.compile(r"(?:[比较]|[跟和与同](?=(?:19|20)\d{2}\s*年(?:相)?比))((?:19|20)\d{2})\s*年")
_WITH_YEAR, _THAN = re.compile(r"[跟和与同]"), re.compile(r"(?:相)?比")  # '跟去年比


def strip_years(q: str) -> str:
    return num.RELATIVE_YEAR.sub(" ", re.sub(r"(?:19|20)\d{2}\s*年(?:度)?", " ", q))


def asks_done(text: str) -> bool:
    """A yes-or-no question ending with its verb ('它现在还招生吗', '通过验收了吗')."""
    m = _YES_NO.search(text)
    last = tx.words(text[:m.start()])[-1:] if m else []
    return bool(last) and last[0] not in ("有", "是", "在") and tx.is_verb(last[0], nominal=False)


_POINTING = re.compile(r"[这那近前](?:几|两|[二三四五六七八九十]{1,2})(?=[所个位名家项门本件支年天])")


def kind_of(text: str, quoted: tuple[str, ...]) -> tuple[str, str, str]:
    """(kind of answer, the unit asked, the noun counted)."""
    # '这几所学校叫啥名字': 这几/那几 point at things already counted, they ask no count
    text = _POINTING.sub(lambda m: " " * len(m.group(0)), text)
    no_list = text.replace("哪几", "")
    if WHO.search(text) and "多少" not in text:
        no_list = re.sub(r"[那这哪]?[几两二三四五六七八九十]位", "", no_list)   # '那几位…叫什么'
    if STATUS.search(text) and not QUANTITY.search(no_list):
        kind = "status"
    elif WHEN_DAY.search(text) or WHEN.search(text):
        kind = "when"
    elif RANK.search(text):
        kind = "rank"
    elif QUANTITY.search(no_list) or COMPARE_WHICH.search(text):
        kind = "quantity"
    elif DEFINITION.search(text) or quoted:
        kind = "definition"
    else:
        kind = "general"
    unit, noun = asked_unit(text)
    if not unit:
        unit = next((u for w, u in COUNT_NOUNS.items() if w in text), "")
    asked = "比" if RATIO.search(text) else "%" if PERCENT.search(text) else unit or (
        "元" if MONEY.search(text) else "") or \
        ("平方米" if AREA.search(text) else "")
    return (kind, "平方米", "占地") if LAND.search(text) else (kind, asked, noun if asked == unit else "")


# what a noun is counted in, by its last character ('学生' → 人, '学校' → 所, '经费' → 元)
_PEOPLE = ("学子", "党员", "干部", "家长", "校长", "书记", "代表", "群众")
_NOUN_UNIT = {**dict.fromkeys("生师员者人才童友娃孩儿工", "人"), **dict.fromkeys("校园院", "所"),
              **dict.fromkeys("钱费款", "元")}


def person_next(text: str) -> bool:
    """Does ``text`` open with a word for people ('小朋友总共…', '孩子有多少')?"""
    words = [w for w in tx.tokenizer().lcut(text[:8]) if w.strip()]
    return bool(words) and noun_unit(words[0]) == "人"


_BOOKS = {"书", "图书", "藏书", "书籍", "书本"}      # '小学里的书一共有多少' counts 册


def noun_unit(noun: str) -> str:
    """'小朋友', '孩子们' → 人, '学校' → 所: what a noun is counted in, or ''."""
    noun = noun[:-1] if noun.endswith("们") else noun
    noun = noun[:-1] if noun.endswith("孩子") else noun
    if noun in _BOOKS:
        return "册"
    if len(noun) == 2 and noun[0] == "在":          # '在园', '在校': being there, no school
        return ""
    if noun.endswith(_PEOPLE):                      # '贫困学子', '党员', '家长'
        return "人"
    return _NOUN_UNIT.get(noun[-1], "") if len(noun) >= 2 or noun in ("孩", "娃") else ""


# being enrolled: what any count of pupils or children counts ('在公办园上学的孩子有多少',
# '读普高的有多少人'); a document that never says it still answers such a question
ENROLLED = {"上学", "读书", "念书", "就读", "在读", "读", "上", "念", "就学", "求学", "待", "在"}
_ENROLMENT = re.compile(r"入学|入园|就读|在读|在校|在园|就学|招生")


def enrolling(own: str) -> bool:
    """Does a figure's own wording count schooling ('残疾儿童少年入学率', '在校生')? Then a
    question's '上学' is implied by it."""
    return _ENROLMENT.search(own) is not None


PUPILS = "学生"    # what '读普高的有多少人' counts when it names no noun
# '那11个幼儿园项目，现在建好几个了': 几个 counts the noun the question's own figure counts
_OWN_COUNT = r"(?:\d+|[一二两三四五六七八九十百]+)\s?{unit}([\u4e00-\u9fff]{{2,10}})"


def elided_noun(question: str) -> str:
    """The noun after the question's own figure in its last 几/多少's unit, when that names none."""
    end = re.search(r"(?:几|多少)([个所项家名位条座])(?:了|呢|啊|呀)?\s*[？?]?\s*$", question)
    if not end:
        return ""
    m = re.search(_OWN_COUNT.format(unit=end.group(1)), question[:end.start()])
    if not m:
        return ""
    nouns = []
    for w in tx.words(m.group(1)):      # '那11个项目建成了几个': 项目, not 项目建成了
        if tx.is_verb(w, nominal=False) or w in ("了", "的", "都", "有", "已", "已经", "现在"):
            break
        nouns.append(w)
    return "".join(nouns) if len("".join(nouns)) >= 2 else ""
ATTENDING = re.compile(r"(?:就读|在读|读书|念书|(?<!以)上学(?!历)|读|念)[\u4e00-\u9fff]{0,8}的")  # (not 以上学历)
_FILLERS = {"有", "是", "一共有", "共有", "一共", "总共", "共", "一共是", "总共有", "加起来", "合起来",
            "一块儿", "一块", "一起", "加在", "加"}     # ('…和幼儿园加在一块儿一共有多少所')
_AMOUNT = {"总数", "数量", "数目", "总量", "数", "总计", "合计", "总和", "人数", "总人数"}


def asked_unit(text: str) -> tuple[str, str]:
    """(the measure word the question counts in, the noun it counts): '几所学校' →
    ('所', '学校'), '多少人' → ('人', ''), '学生有多少' → ('人', '学生')."""
    words = [p for w in tx.tokenizer().lcut(re.sub(r"(几|多少)大(?=[类项门])", r"\1", text))  # ('多少大类')
             if w.strip() for p in tx.unglued(w)]     # ('幼儿数是多少': jieba cuts 数是 together)
    for i, w in enumerate(words):
        if w in ("多少", "几") and (i + 1 == len(words) or _PUNCT.match(words[i + 1])):
            j = i - 1       # over '有', '一共', '全旗', '现在': '…的小朋友全旗一共多少'
            while j > 0 and (words[j] in _FILLERS or tx.is_adverbial(words[j])
                             or (len(words[j]) == 2 and words[j][0] == "全")):
                j -= 1
            noun = words[j] if j >= 0 else ""
            if noun in ("人数", "总人数"):          # '在园人数是多少' counts people
                return "人", (words[j - 1] if j > 0 and noun_unit(words[j - 1]) == "人" else "")
            if noun in _AMOUNT and j > 0:           # '在园幼儿总数是多少': what is counted
                thing = words[j - 2] if words[j - 1] == "的" and j > 1 else words[j - 1]
                if noun in ("数量", "数目") and thing in STAGES and thing[-1] in "学中":
                    return "所", thing              # ('小学(的)数量': how many primary schools)
                noun = words[j - 1]
            if noun_unit(noun):      # '学生有多少', '娃有多少' ('花钱多少': 元, no noun)
                return noun_unit(noun), "" if noun[-1] == "钱" and tx.is_verb(noun[:-1]) else noun
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w in ("几", "多少") and len(nxt) == 2 and nxt[0] in "本个" and tx.is_cjk(nxt[1]):
            if nxt == "个人":
                return "人", ""                 # '多少个人'
            return nxt[0], nxt[1]               # '多少本书' (本书: 'this book'), '多少个班'
    for i, w in enumerate(words):
        m = ASKED_UNIT.match(w)
        if m:               # '几个班' counts 班级
            return m.group(1), _noun_after(words, i + 1) or SHORT_NOUNS.get(
                words[i + 1] if i + 1 < len(words) else "", "")
        if w in ("几", "多少") and i + 1 < len(words) and (
                len(words[i + 1].lstrip("万亿")) == 1 and words[i + 1].lstrip("万亿") in UNIT_CHARS
                or words[i + 1] in ("人次", "场次")):      # ('多少万元': 元)
            noun = _noun_after(words, i + 2) or _noun_before(words, i)
            person = noun_unit(noun or _word_before(words, i))
            if words[i + 1] == "个" and person == "人":
                return "人", noun            # '娃有多少个' counts people
            return words[i + 1].lstrip("万亿"), noun
        if w == "多少" and i + 1 < len(words):            # '多少老师' counts people
            noun = _noun_after(words, i + 1) or words[i + 1]
            if noun and noun_unit(noun):
                return noun_unit(noun), noun
            pair = "".join(words[i + 1:i + 3])      # '多少贫困学子': jieba's 贫困 | 学子
            if pair.endswith(_PEOPLE):
                return "人", pair
            if i + 3 < len(words) and words[i + 2] == "的" and noun_unit(words[i + 3]):
                return noun_unit(words[i + 3]), words[i + 3]    # '多少小学的学生在读'
    for i, w in enumerate(words[1:], 1):     # '幼儿园数量比上年…': the schools are counted
        if w in _AMOUNT and noun_unit(words[i - 1]) == "所":
            return "所", words[i - 1]
    return "", ""


# '…(不含中职其他机构)', '(特殊学校不算)', '除了老师，…': what it leaves out is no topic; nor
# '幼儿园、中小学、特殊学校都算上': the kinds named are taken in, not the only ones asked
TAKES_IN = re.compile(r"(?:都|也)(?:算上|算进去|算在内|包括在内|包括进去)")
SHORT_NOUNS = {"班": "班级", "校": "学校", "月": "月", "小时": "小时", "星期": "星期"}  # nouns after a measure word

# last characters of nouns that name what is counted ('公办小学' → 小学 is the head)
HEAD_END = set("学校园生师人员者才点项所班赛课材程路器队馆场会院站室组家户儿童金费款位")


def _word_before(words: list[str], i: int) -> str:
    j = i - 1
    while j >= 0 and (words[j] in _FILLERS or words[j] == "了"):
        j -= 1
    return words[j] if j >= 0 else ""


_WHOLE_PLACE = re.compile(r"^(?:全[国省市县区旗盟州]|[省市县区旗盟]里)$")


def _noun_before(words: list[str], i: int) -> str:
    """'小学有多少所' counts 小学: the noun just before the question word (over 有/是)."""
    j = i - 1       # (over a scope, too: '上幼儿园的小朋友全县有多少个' counts 小朋友)
    while j >= 0 and (words[j] in _FILLERS or words[j] == "了" or _WHOLE_PLACE.match(words[j])):
        j -= 1
    noun = words[j] if j >= 0 else ""
    head = noun[-1:] in HEAD_END or noun_unit(noun) == "人"     # '孩子有多少人', '娃娃…多少个'
    return noun if len(noun) >= 2 and head and not tx.is_verb(noun) else ""


def _noun_after(words: list[str], i: int) -> str:
    """The noun a count is about: the word after the measure word, or the next one when
    that names the thing and the first only qualifies it ('几所公办小学' → 小学)."""
    def content(j: int) -> bool:
        return j < len(words) and len(words[j]) >= 2 and words[j] not in stopwords() \
            and not _PUNCT.match(words[j]) and not tx.is_pointer(words[j])     # ('这类')

    run = []        # the noun phrase ends after its head: '多少资金落实乡村教师…' counts 资金
    while content(i + len(run)) and len(run) < 4 and not (
            run and run[-1][-1] in HEAD_END and words[i + len(run)][-1] not in HEAD_END):
        run.append(words[i + len(run)])
    heads = [w for w in run if w[-1] in HEAD_END and not (len(w) == 2 and w[0] == "在")]
    if not heads and words[i + len(run):i + len(run) + 1] == ["的"] and content(i + len(run) + 1) \
            and not tx.is_verb(words[i + len(run) + 1]):
        return _noun_after(words, i + len(run) + 1)     # '多少家没证的幼儿园': after 的
    rest = list(itertools.takewhile(lambda j: not _PUNCT.match(words[j]),
                                    range(i + len(run), len(words))))
    if heads and 0 < len(rest) <= 2 and all(content(j) and not tx.is_verb(
            words[j], nominal=False) for j in rest):
        return words[rest[-1]]  # '多少义务教育学校建设用地': a compound's head is its last noun
    return heads[-1] if heads else (run[0] if run else "")


def type_words(text: str) -> set[str]:
    """Words right after 什么/哪些/哪所…: they name the kind of answer wanted."""
    words = [w for w in tx.tokenizer().lcut(text) if w.strip()]
    out = set()
    for prev, w in zip(words, words[1:]):
        if prev in TYPE_MARKERS or (prev.startswith("哪") and len(prev) == 2):
            out.add(w)
    for w, nxt, then in zip(words, words[1:], words[2:]):
        # '…的文件叫什么名字', '那个方案的名称是什么': the word whose name is asked
        if nxt in ("叫", "叫做", "名叫") and then in ("什么", "啥") or \
                nxt == "的" and then in ("名字", "名称", "全称"):
            out.add(w)
    return out


_NOW = re.compile(r"现在|目前|如今|眼下|当前")


def period_of(text: str) -> str:
    """'actual' (results asked), 'plan' (plans asked) or '' (either)."""
    text = without_plan_names(text)     # ('营养改善计划的受益学生有多少')
    asking = re.search(r"多少|几", text)           # '原计划招生多少人？计划完成了吗？' asks
    head = text[:asking.end()] if asking else ""   # the plan's figure first
    if head and PLAN.search(head) and not ACTUAL.search(head):
        return "plan"
    if ACTUAL.search(text):
        return "actual"
    if PLAN.search(text):
        return "plan"
    if _NOW.search(text):
        return "actual"         # '现在…比例有多高' asks what is, not what a plan aims at
    return ""


# '…是多少？比上年增加了多少？': a change the documents state, not two things compared
_AGAINST_LAST = re.compile(r"(?:^|[，,。？?；;])那?(?:[比较]|[跟和与同](?=[^，,]{2,8}比))(?:上年|去年|上一年|前一年|上学年|(?:19|20)\d\d年)")


def comparison_of(text: str) -> str:
    """'diff' (by how much), 'which' (which is more), 'sum' (how many together) or ''."""
    if COMPARE_DIFF.search(text) and ("比" in text or "和" in text or "与" in text
                                      or "跟" in text or "相比" in text or "目标" in text) \
            and not _AGAINST_LAST.search(text):
        return "diff"
    if COMPARE_WHICH.search(text):
        return "which"
    if SUM.search(text):
        return "sum"
    return ""


def question_word_at(text: str) -> int:
    """Where the question word (多少, 几, 百分之…) is, or -1."""
    m = re.search(r"多少|几|百分之|多大|多高|多长|比例|哪", text)
    return m.start() if m else -1


_STOCK = re.compile(r"(?:一共|总共|共|现在|目前)?有(?:多少|几)|总数(?:是|为|有)?(?:多少|几)")
_NEWLY = re.compile(r"新入|新进|刚进|刚入|新招|新生")


def stock(text: str) -> bool:
    """'一共有多少所职业院校' asks what there is: 有多少 with no other verb."""
    if not _STOCK.search(text) or _NEWLY.search(text):     # '新入园的有多少' asks an intake
        return False
    return not any(tx.is_verb(w, nominal=False) for w in tx.words(text)
                   if w not in ("有", "是", "共有", "一共", "总共", "现有")
                   and not places.gazetteer().forms.get(w))         # 遵义 is a place here
