"""The items a question lists ('小学、初中和高中…'), each with what the list shares:
'金银铜牌' read as three, a bare stage or modifier given the words after the last item."""

from __future__ import annotations

import re

from assistant import intent
from jiaoti import text as tx

# a figure against its own target ('…比年初定的目标多了多少'): the target, said without when
# it was set, of the thing without the words of its result ('实际完成额')
DONE = re.compile(r"实际(?:完成|到位|争取)?(?:额|数|量)?|完成(?:额|数|量)")
SET_AT = re.compile(r"^(?:年初|当初|原来|原先|原定|原)?(?:定的|制定的|确定的)?")
TARGET = re.compile(SET_AT.pattern[1:] + r"(?:年度|全年)?(?:目标任务|目标|任务|计划数?|预算|规划)")
THAN_TARGET = re.compile(rf"^比({TARGET.pattern})(?:多|少|高|低|超)(?:了|出)?(?:多少|几)")
# examples a question names as one batch: '一幼搬迁、老三中改造那一批工程', '中考、高考这些考试',
# '一幼整体搬迁等工程' (not '一等奖', '中等职业', '平等') — one thing asked, not each
BATCH = re.compile(r"[、和及与][^，,。？?、]{1,12}?(?:那|这)一?(?:批|些|类)|"
                   r"(?<![一二三四五六七八九十高中初同平对均])等(?![奖级次于待到同额比候])"
                   r"(?:这|那)?一?(?:批|些|类)?[\u4e00-\u9fff]")
_EACH_OR_COMPARED = re.compile(r"各(?!类|种|级|地|项|个|校|县|区|市|界|方)|分别|哪|比|相比")


def one_batch(q: str) -> bool:
    """Does ``q`` ask about examples as one batch, neither each of them nor compared?"""
    return BATCH.search(q) is not None and not _EACH_OR_COMPARED.search(q)


QW = re.compile(r"多少|(?<![这那近前头后])几|百分之|比例|多大|多高|占比|覆盖率")
_LEANS = re.compile(r"^\s*(?:比|那|这|其中|它|他们|其|里面|当中|分别|各|和|跟|与|同比|较)|"
                    r"又|也|还|再|这些|那些|这个|那个|该|它|其中")
_COMPRESSED = re.compile(r"([金银铜]{2,3})(?:牌)|([一二三四五]{2,5})等奖")


def expand(q: str) -> str:
    """'金银铜牌' → '金牌、银牌、铜牌'; '一二三等奖' → '一等奖、二等奖、三等奖'; 'A、B、C三所
    幼儿园' → 'A幼儿园、B幼儿园、C幼儿园'."""
    def repl(m: re.Match) -> str:
        if m.group(1):
            return "、".join(c + "牌" for c in m.group(1))
        return "、".join(c + "等奖" for c in m.group(2))
    return _counted_names(_COMPRESSED.sub(repl, q))


# names listed, then how many they are and their kind: 'A、B、C三所幼儿园', '一中和二中两所学校'
_COUNTED_NAMES = re.compile(r"(?P<names>(?:[\u4e00-\u9fff]{2,12}?(?:、|和|与|及))+[\u4e00-\u9fff]{2,8}?)"
                            r"(?:这|那)?(?P<n>[两二三四五六七八九十]|\d{1,2})(?:所|个|家|座|项|处|支)")
_SCHOOLISH = "中小学校园所"


def _counted_names(q: str) -> str:
    """Each name takes the kind ('白彦花幼儿园'), unless it ends as one already ('一中');
    only when the count is the number of names."""
    m = _COUNTED_NAMES.search(q)
    if not m:
        return q
    head = (tx.words(q[m.end():]) or [""])[0]
    names = items(m.group("names"))
    n = m.group("n")
    count = int(n) if n.isdigit() else "一两三四五六七八九十".find(n) + 1 or 2
    if len(head) < 2 or not all(map(tx.is_cjk, head)) or len(names) != count:
        return q
    kept = [x if x.endswith(head) or x[-1] in _SCHOOLISH and head[-1] in _SCHOOLISH else x + head
            for x in names]
    return q[:m.start()] + "、".join(kept) + q[m.end() + len(head):]


def items(text: str) -> list[str]:
    return [x for x in re.split(r"、|以及|和|与|及|跟|还是|(?:再)?加上|(?<=的)加(?=[\u4e00-\u9fff]{1,4}的)",
                                text) if x.strip(" ，,")]


def with_tail(items: list[str]) -> list[str]:
    """'省、市示范幼儿园', '城区和农村学校', '小学和初中在校生里少数民族的占比': a bare
    modifier takes all that follows the last item's first word; '幼儿园和小学的生均经费' →
    both items get '的生均经费'."""
    last = tx.words(items[-1])

    def own(x: str) -> list[str]:       # '在小学和初中就读的': 在 is no modifier
        return [w for w in tx.words(x) if w != "在"]
    if len(last) > 1 and len(last[1]) >= 2 and items[-1][len(last[0]):][:1] not in "(（" and all(
            len((own(x) or [""])[-1]) == len(last[0]) and not x.endswith("的") and (
            len(own(x)) == 1 or len(last[0]) == 1) for x in items[:-1]):
        return [x + items[-1][len(last[0]):] for x in items[:-1]] + items[-1:]
    stage = next((w for w in sorted(intent.STAGES, key=len, reverse=True)
                  if items[-1].startswith(w)), "")    # '初中和普通高中专任教师…': a stage
    if stage and len(items[-1]) > len(stage) + 1 and all(x in intent.STAGES for x in items[:-1]):
        return [x + items[-1][len(stage):] for x in items[:-1]] + items[-1:]
    if "的" in items[-1] and not any("的" in x for x in items[:-1]):
        tail = items[-1][items[-1].rfind("的"):]
        return [x + tail for x in items[:-1]] + items[-1:]
    return items


def each_of(pieces: list[str]) -> bool:
    """'A的比例，以及B的占比，分别是多少': a last piece that only asks each figure of the
    pieces before it, which ask nothing themselves."""
    return len(pieces) >= 3 and bool(re.match(r"^(?:分别|各自|各)(?:是|为|有)?(?:多少|几)[个人所项]?"
                                              r"[?？。]?$", pieces[-1].strip())) and not any(
        re.search("多少|几|哪|谁|什么|吗|呢|还是|[多少高低大小]$", p) for p in pieces[:-1])


def whole_questions(q: str) -> tuple[str, ...]:
    """'一本上线人数比去年多了多少？二本上线率比去年提高了多少？': questions each whole in
    itself, every later one naming its own subject (not '…？比去年多了多少？', '…？花了多少钱？',
    which lean on the one before); () otherwise."""
    asked = [x.strip() for x in re.findall(r"[^？?]+[？?]", q) if x.strip(" ，,")]
    if len(asked) < 2 or not QW.search(asked[0]):
        return ()
    for x in asked[1:]:
        m = QW.search(x)
        if not m or _LEANS.search(x[:m.start()]) or len(re.sub(r"[^\u4e00-\u9fff]", "", x[:m.start()])) < 6:
            return ()
    return tuple(asked)
