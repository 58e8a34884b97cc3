"""Whose things a bare figure counts: '全市高中阶段共有学校8所。招生8057人' — the 8057 are
the pupils of those schools. The clause a figure borrows its owner from (its lender), and
the asides a clause's own words leave out."""

from __future__ import annotations

import re

from assistant.listing import DETAIL, bare, listed_item
from jiaoti import text as tx
from jiaoti.figures import counts_at

BRACKETED = re.compile(r"[(（][^()（）]*[)）]?")
_RATE = re.compile(r"^(?:平均)?每|^[\u4e00-\u9fff]{0,4}(?:平均|均)")


def lender_of(text: str, sentences, k: int, clauses, ci: int, unit: str
              ) -> tuple[tuple[int, int] | None, bool]:
    """(the lender's span or None, whether the fact's clause stops being a list item).
    '普通高中学校2所,学生人数5000人': an item in another measure speaks of the things the
    item before counts (their pupils) — unless that one ends a list of its own ('…普通高中
    4所,特教学校1所,在校中小学生74345人' counts them all); when it names nothing but what
    it counts ('公办幼儿园52所,幼儿6590人'), it counts those of that kind only."""
    c = clauses[ci]
    before = text[clauses[ci - 1].start:clauses[ci - 1].end] if ci else ""
    plain = without_asides(text[c.start:c.end])
    figs = counts_at(plain)
    if figs and _PEER.search(plain[:figs[0].start]) or re.match(r"\s*全[省市县区旗州盟]", plain):
        return None, False      # ('…小学23所,直属单位7个': units beside schools, not theirs;
        #                          '全区幼教职工4292人': a whole of its own)
    if ci and listed_item(before) and listed_item(plain) and \
            _other_measure(before, plain) and not (ci > 1 and _same_list(
                text[clauses[ci - 2].start:clauses[ci - 2].end], before)):
        own = bare(plain, where=True) and not DETAIL.match(plain)
        return ((clauses[ci - 1].start, clauses[ci - 1].end) if own else None), True
    # a bare item, a plain one ('校均规模407.15人') or a rate ('每个专任教师负担学生19.08人')
    if unit in ("所", "家") or DETAIL.match(plain) or not (bare(plain, where=True) or (
            (listed_item(plain) or _RATE.search(plain)) and not _names_school(plain)
            and unit != "%")):
        return None, False      # ('小学在校生22472人' names its own schools; '覆盖率为97.48%'
        #                          after '民办幼儿园31所,…' is the county's)
    s = sentences[k][0]
    if head := _head_count(text, clauses, ci):
        return head, False
    if not k or any(DETAIL.match(text[d.start:d.end]) for d in clauses[:ci]) or not all(
            _bare_other(text[d.start:d.end]) for d in clauses[:ci]):
        return None, False
    return _head_sentence(text, sentences[k - 1][:2], s, bare(plain, where=True)) or \
        _head_piece(text, sentences, k, clauses[:ci + 1]), False


def _head_piece(text: str, sentences, k: int, mine) -> tuple[int, int] | None:
    """'…共有小学755所,招生92298人,比上年增加7650人;在校生497971人': a ;-piece counting
    schools, then their bare counts, lends the schools to the bare items after the ; — and
    a piece of bare counts only passes on what lends to it ('——小学全区共有21所。招生2534人,
    比上年减少50人;在校生16410人')."""
    s, e = sentences[k - 1][:2]
    theirs = tx.clauses(text, s, e)
    if text[s:sentences[k][0]].rstrip()[-1:] not in ";；" or any(
            DETAIL.match(text[d.start:d.end]) for d in theirs):
        return None         # ('…学校216所,其中:…幼儿园98所;': the parts of a breakdown)
    both = theirs + list(mine)
    if len(theirs) >= 2 and (head := _head_count(text, both, len(both) - 1)):
        return head     # (a piece of one clause is a ;-list's own item)
    if k < 2 or not all(_bare_other(text[d.start:d.end]) or CHANGE_CLAUSE.match(
            text[d.start:d.end]) for d in theirs):
        return None
    return _head_sentence(text, sentences[k - 2][:2], s) or _head_piece(text, sentences, k - 1,
                                                                        theirs[:1])


def _head_count(text: str, clauses, ci: int) -> tuple[int, int] | None:
    """'全市共有义务教育阶段学校77所,招生24636人,在校生84036人,专任教师7879人': the clause
    counting the schools whose pupils and teachers the bare items after it count — the
    nearest earlier one, when only bare items in other measures come between, and it does
    not end a list of schools of its own ('…普通高中4所,特教学校1所,在校中小学生…')."""
    for p in range(ci - 1, -1, -1):
        piece = text[clauses[p].start:clauses[p].end]
        if _counts_schools(piece):
            first = p == 0 or not _same_list(text[clauses[p - 1].start:clauses[p - 1].end],
                                                 piece)
            return (clauses[p].start, clauses[p].end) if first else None
        if _OWNER.match(piece) and not any(counts_at(text[d.start:d.end]) for d in clauses[:p]):
            return clauses[p].start, clauses[p].end  # '幼儿园共有教职工1405人,专任教师1029人'
        if p == ci - 1 and _staff_of_school(piece) and _STAFF_ONLY.match(   # '普通中等职业
                text[clauses[ci].start:clauses[ci].end]):   # 学校教职工1.15万人,专任教师0.80万
            return clauses[p].start, clauses[p].end    # 人': that school's teachers too
        if CHANGE_CLAUSE.match(piece):      # '比上年增加7650人' is the item before it's
            continue
        plain = without_asides(piece)       # items between: '入园儿童3354人' is theirs too
        if not (counts_at(piece) and (bare(plain, where=True) or listed_item(plain))):
            return None
    return None


# a clause stating only the change of the figure before it, from the year before
# ('…20.58万人,比上年增加12386人,增加6.40%', '校舍总面积456.21万平方米,增长10.93%',
# '合格率95.69%,比增0.16%')
CHANGE_CLAUSE = re.compile(r"^\s*(?:(?:比|较|与|同)(?:上年|去年|上一年|前一年|上学年|上年度|年初|"
                           r"(?:19|20)\d{2}\s*年(?:底|末|初)?)?"
                           r"(?:相比|同期)?(?:的?\s*[\d.]+\s*[万亿]?[元人所个]?[,，]?)?"   # (its base said)
                           r"(?:净)?(?:增加|减少|增长|下降|提高|降低|上升|多|少|持平|[增减](?=\s*\d))|"
                           r"(?:增加|减少|增长|下降|提高|降低|上升)了?(?:约|近)?\d|"
                           r"(?:比|较)(?:上年|去年|上一年|前一年)的?\s*[\d.]+\s*[万亿]?[元人所个]?\s*$)"
                           )   # (the base alone: '…20018.65元,比上年17937.20元,增长11.6%')
_OWNER = re.compile(r"[^,，;；:：]{2,}?(?:共有|现有|拥有)[^\d,，;；]{2,}\d")


def _head_sentence(text: str, span: tuple[int, int], nxt: int, kinds: bool = True
                   ) -> tuple[int, int] | None:
    """'2023年,全市高中阶段共有学校8所。招生8057人,在校生29396人': a sentence whose one figure
    (or whose first, broken down into ``kinds``) counts schools lends them to the bare items
    of the sentence after it, in its paragraph."""
    s, e = span
    figs = counts_at(without_asides(text[s:e]))     # ('中学41所(完中11所、…)': one)
    before = text[:s].rstrip(" \t　")
    clauses = tx.clauses(text, s, e)
    while len(clauses) > 1 and not counts_at(text[clauses[0].start:clauses[0].end]):
        clauses = clauses[1:]       # ('2015年,通州区小学84所(…),教学班1689个。': a date first)
    # '——初中全区共有10所,其中独立初中8所,九年一贯制学校2所。': the schools and their kinds
    broken_down = kinds and len(clauses) > 1 and DETAIL.match(text[clauses[1].start:clauses[1].end]) \
        and all(f.unit in ("所", "家") for f in figs)
    # '普通高中 35 所,招生 5.45 万人,在校生 15.98 万人。校均规模…': the schools and their counts
    counted = len(clauses) > 1 and _counts_schools(text[clauses[0].start:clauses[0].end]) and \
        all(_bare_other(text[d.start:d.end]) or CHANGE_CLAUSE.match(text[d.start:d.end])
            for d in clauses[1:])       # ('…中小学214所,比上年减少2所。校舍总面积…')
    broken_down = broken_down or counted
    if (len(figs) != 1 and not broken_down) or "\n" in text[e:nxt] or \
            text[s:nxt].rstrip()[-1:] not in "。！？!?" or (before and before[-1] not in "\n。！？!?"):
        return None     # a ;-piece of a list, or a sentence of another paragraph
    last = clauses[0] if broken_down else clauses[-1]
    piece = text[last.start:last.end]
    return (last.start, last.end) if _counts_schools(piece) else None


def _names_school(piece: str) -> bool:
    from assistant.intent import STAGES

    return any(w in STAGES or w.endswith(("学校", "小学", "中学", "幼儿园", "高中", "初中"))
               for w in tx.words(tx.stage_pupils(piece)))


_STAFF = r"(?:教职工|教职员工|专任教师|教师|老师|职工)"
_STAFF_ONLY = re.compile(rf"^\s*{_STAFF}(?:数|人数)?(?:为|有|共)?\s*\d[\d.]*\s*万?[人名]")


def _staff_of_school(piece: str) -> bool:
    """'普通中等职业学校教职工1.15万人', '基础教育教职工4428人': one count of the staff of a
    kind of school, or of a sector of schooling, it names."""
    figs = counts_at(without_asides(piece))
    if len(figs) != 1 or figs[0].unit not in ("人", "名") or not listed_item(piece):
        return False
    staff = re.search(rf"{_STAFF}(?:数|人数)?(?:为|有|共)?\s*$", piece[:figs[0].start])
    owner = piece[:staff.start()] if staff else ""     # a kind of school, or a sector
    return bool(owner) and (_names_school(owner) or owner.endswith("教育"))   # ('基础教育')


def _bare_other(piece: str) -> bool:
    """A clause counting nothing, or only its bare thing in a measure other than schools'."""
    figs, plain = counts_at(piece), without_asides(piece)
    return not figs or (figs[-1].unit not in ("所", "家") and (bare(plain, True) or (
        listed_item(plain) and not _names_school(plain))))     # ('校均规模 4565.06人')


def _counts_schools(piece: str) -> bool:
    piece = without_asides(piece)       # '中等职业教育学校35所(含教师进修学校10所)'
    figs = counts_at(piece)
    return len(figs) == 1 and figs[0].unit in ("所", "家") and listed_item(piece)


def _same_list(a: str, b: str) -> bool:
    """Two clauses whose last figures count in one measure ('初中27所', '普通高中4所')."""
    from assistant.extract import unit_family

    fa, fb = counts_at(a), counts_at(b)
    return bool(fa and fb) and fb[-1].unit in unit_family(fa[-1].unit)


def without_asides(clause: str) -> str:
    """'在园幼儿4722人(普惠性幼儿园25所,…)' → '在园幼儿4722人': asides holding figures of
    their own speak of them; one saying what is left out ('(不含民办幼儿园教师)') names
    nothing the figure counts."""
    for s, e in reversed(asides(clause)):
        clause = clause[:s] + clause[e:]
    return EXCLUDED.sub("", clause)


EXCLUDED = re.compile(r"[(（](?:不含|不包括|未含|不计|除)[^()（）]*[)）]")


_PEER = re.compile(r"(?:单位|机构|中心|教学点|站|基地|协会|学会|集团|学区|联盟)\W*$")


def _other_measure(before: str, clause: str) -> bool:
    """Does ``before`` count schools or projects and ``clause`` something else, their people
    or their floor space ('公办幼儿园52所', '幼儿6590人'; '标准化学校项目26个', '建设校舍10.77
    万平方米')? (Not '…机构有25个', '在编干部职工96人'.)"""
    from assistant.extract import unit_family

    fa, fb = counts_at(before), counts_at(clause)
    if not (fa and fb) or fb[0].unit in unit_family(fa[-1].unit):
        return False
    return fa[-1].unit in ("所", "家") or re.search(r"(?:[校园院]|项目|工程)\W*$",
                                                   before[:fa[-1].start])



_MASKED = re.compile(r"\*{2,}|×{2,}")      # a figure a copy masks ('(**教学点)')


def asides(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed asides in ``text`` that hold figures ('(民办园3所)'); an aside
    the text cuts off runs to its end."""
    starts = [f.start for f in counts_at(text)] + [m.start() for m in _MASKED.finditer(text)]
    return [(a, b) for a, b in _outer_brackets(text) if any(a <= at < b for at in starts)]


def _outer_brackets(text: str) -> list[tuple[int, int]]:
    """Spans of the outermost brackets ('(其中…,村小(教学点)27个)' is one), an unclosed one
    running to the end."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（":
            start, depth = (i if depth == 0 else start), depth + 1
        elif ch in ")）" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out + [(start, len(text))] if depth else out


_AMOUNT_AFTER = re.compile(r"(?:增加|减少|增长|下降|提高|降低|上升|[增减多少])了?(?:约|近|超)?\s*$")


def change_amount(m) -> bool:
    """Is the figure of the match ``m`` the amount of a change its clause states ('比2010年
    提高6个百分点'), not a level ('比上年的282255万元增加…' states the base, a level)?"""
    before = m.chunk.text[m.fact.clause_start - m.chunk.start:m.fact.start - m.chunk.start]
    return bool(CHANGE_CLAUSE.match(m.fact.clause) and _AMOUNT_AFTER.search(before))
