"""Answers composed from verified facts. The first sentence states what was asked and
nothing else: one fact's words with its figure (other figures of its list cut away), the
year it belongs to, "计划" when it is a plan; several parts joined in one sentence;
comparisons state both figures and the comparison, computed here from the two facts.
The documents' 我市 becomes the city's name; the quotes stay verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant import average
from assistant.arith import difference, ratio, signed, written
from assistant.intent import STAGES
from assistant.listing import ratio_name
from assistant.match import FactMatch
from assistant.respective import respective_words
from assistant.paragraphs import run_in_heading
from assistant.sites import aside_list, aside_piece, asides, layout, prefix_of, shared_verb
from assistant.stage_runs import run_stage
from jiaoti import text as tx
from jiaoti.figures import JOINED, PAIRED_NOUN, counts_at, namely_part, other_spans
from jiaoti.lexicon import stopwords
from assistant.spans import span_opening as _span_opening, without_own_verb
from jiaoti.numbers import PRIOR_FIGURE, years_in

HOME_WORDS = ("我市", "全市", "本市", "我县", "全县", "本县", "我区", "全区", "本区")
_SELF = re.compile("|".join(HOME_WORDS))
_LEAD_NUMBER = re.compile(r"^(?:\d{1,2}\s+|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]+[、.．]|"
                          r"[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]是(?=[^，,。]{2})|"
                          r"其中[,，:：]?(?=[^，,。\d]{2}))")


@dataclass(frozen=True)
class Statement:
    text: str            # without the year and without the final 。
    year: int | None
    plan: bool
    start: int           # document offsets of the verbatim quote
    end: int
    target: bool = False  # a goal figure ('年度目标任务2.7亿元'): said as the document says it


_HAS = re.compile(r"^(?:全[市县区旗州盟])?(?:共有|现有|拥有|共计)")

def clean(text: str) -> str:
    """A verbatim span made a sentence part: no list number in front ('2.洞山中学…'), no
    punctuation at the ends."""
    return _LEAD_NUMBER.sub("", text.strip()).strip(" ,，;；:：。|")


def speak(text: str, home_label: str) -> str:
    """我市 → 鹤壁市 in what the answer says (only 我/本市 forms; 全市 stays as written), a
    character the copy lost as □ ('天湖?御林湾')."""
    text = tx.mark_lost(text)
    return re.sub(r"我市|本市|我县|本县|我区|本区", home_label, text) if home_label else text


def fact_statement(m: FactMatch, home_label: str = "") -> Statement:
    """The words that state ``m``'s fact: the setting clauses it needs, its list head, its
    own item up to the figure (other figures of the item cut away)."""
    chunk, fact = m.chunk, m.fact
    if fact.table and fact.row and fact.column:     # a table's cell: its row and column
        from assistant.tables import cell_words

        return Statement(cell_words(fact), fact.year, fact.period == "plan", fact.start,
                         fact.end)
    text = chunk.text
    lay = layout(chunk, fact)
    a, b = lay.item
    clause_a = lay.clause[0]
    if a > clause_a and not counts_at(text[clause_a:a]):
        a = clause_a                  # '幼儿园、中小学校178所': the items it shares
    at = fact.start - chunk.start
    end = fact.end - chunk.start
    a = at - namely_part(text[a:b], at - a)[1]     # '…8160个…即奥信小学…1080个': from 即 on
    body = _without_other_figures(text, a, b, at, end)
    head = _head(text, lay, a)
    listed = aside_list(text[a:b], at - a)
    if listed is not None:      # '…专任教师3273人,…基础教育3222人(其中幼儿园458人,…)' →
        #                         '基础教育中的幼儿园专任教师458人' ('中的': '…中小学' misreads)
        whole, piece = listed[0].strip(" ,，").rstrip("共计有"), listed[1].strip("<>〈〉 ")
        whole, piece = _HAS.sub("", whole), re.sub(r"^(?:含|包括|包含)", "", piece)  # (what
        noun = _counted(text[lay.frame[0]:lay.frame[1]]) if lay.frame else ""  # the list counts)
        noun = "" if noun in whole + piece or tx.fold(whole + piece)[-1:] in "师生员工童儿园校" \
            or noun.endswith("学校") and tx.fold(piece).endswith("学") \
            or whole and whole[-1] in "师生员工童儿" else noun     # '专任教师中小学177人'
        unit = fact.unit if fact.unit and not fact.raw.endswith(fact.unit) else ""
        among = whole + "中的" if whole else ""
        head, body, a = "", f"{among}{piece}{noun}{fact.raw}{unit}", lay.item[0]  # (its
        #                 unit when the list leaves it to the whole: '43.2万平方米(学前5.4万')
    piece = aside_piece(text[a:b], at - a) if listed is None else ""
    if piece:                   # '(公办初中29所,在校学生13879人;…)' → '公办初中在校学生13879人'
        head, body = "", piece
    row = respective_words(text, at)
    if row is not None and listed is None:  # '小学、初中分别达到4.5…、5.8…' → '…初中5.8…'
        head, body, a = "", f"{row}{fact.raw}", clause_a
    if lay.frame and listed is None and row is None and fact.unit in ("人", "名"):
        body = _named_count(re.sub(r"^其中[:：]?", "", body), fact.raw,
                            _counted(text[slice(*lay.frame)]))
    owner = _owner(text[slice(*lay.lender)]) if lay.lender and listed is None and row is None else ""
    if owner and owner not in head + body:   # '其中普通高中6所,招生5735人' → '普通高中招生5735人'
        head = owner + head if not any(s in owner and ((head + body).startswith(s) or any(  # not
            t in body and t not in s and s not in t for t in STAGES)) for s in STAGES) else head
        #       '普通初中初中招生', nor '小学初中辍学率' (the body's own stage is another)
    ratio = ratio_name(text[:a], head + body) if fact.unit == "比" and row is None else ""
    head = ratio + head             # '生机比初中达4.83:1,小学达6.85:1' → '生机比小学达6.85:1'
    leads = [text[s:e] for s, e in m.lead]      # ('秀石路小学' is in '秀石路小学位于…')
    leads = [w for w in leads if not any(w in o and w != o for o in leads)]
    before = _said_before(text, lay, head + body) if not leads else None
    if before:                  # '其中在公办学校就读人数24.20万人,占84.53%' for 84.53%
        head, a = before[0] + head, min(a, before[1])
    paid = [text[slice(*lay.paid)]] if lay.paid and listed is None and row is None else []
    words = "，".join(p for p in [*leads, head + body, *paid] if p)   # '投资1亿元，新建…'
    prior = PRIOR_FIGURE.search(words)
    if prior and prior.start() and words.startswith(fact.raw, prior.end()):
        said = re.sub(r"(?:19|20)\d{2}\s*年[,，]?", "", words[:prior.start()]).rstrip("，, ")
        words = _COPULA_END.sub("", said) + "为" + fact.raw    # '全市…总投入为387859万元,比上年
        #                   的387878万元减少…' → '全市…总投入为387878万元' (the year before's)
    stage = run_stage(text, at)     # '专任教师学历…;普通高中…,研究生占7.4%' for 7.4%
    words = stage + words if stage and stage not in words else words

    words = words.strip()       # (a list number, not the figure itself: '31 个党组织、…')
    words = (words if words.startswith(fact.raw) else _LEAD_NUMBER.sub("", words)).strip(
        " ,，;；:：—―")         # ('——初中全区共有10所')
    words = re.sub(r"(?:共计|合计|总计)$", "", words)   # ('…建设工程共计113个项目' cut before 113)
    words = _BARE_COPULA.sub("，", _EMPTIED.sub("", words))  # '比例为99.73%,比上年增长…' and
    #                               '…,比上年增加12386人,增加6.40%' without the other figure
    heading = run_in_heading(text, at)
    if heading and heading not in words:
        words = f"{heading}：{words}"          # '——小学。校数17所' → '小学：校数17所'

    span = _span_opening(text, clause_a) if fact.year is None else None
    if span and span[1] not in words:       # '近3年來,累計…,新增學位16410個': over 3 years
        words = f"{span[1]}，{words}"
    said_first = head and head == prefix_of(text, lay)   # '其中专任教师幼儿园…、中职学校108人'
    quote_start = chunk.start + min([a, *(s for s, _ in m.lead),
                                     *([lay.lender[0]] if owner else []),
                                     *([text.rfind(ratio, 0, a)] if ratio else []),
                                     *([clause_a] if said_first else []),
                                     *([span[0]] if span else [])])
    quote_end = chunk.start + (lay.paid[1] if paid else b)
    return Statement(speak(words, home_label), fact.year, fact.period == "plan",
                     quote_start, quote_end, fact.period == "target")


_BARE_COPULA = re.compile(r"(?:为|达到|达|是)?\s*[,，](?=(?:比|较|与|同)(?:上年|去年|上一年|(?:19|20)\d\d年))")
_EMPTIED = re.compile(r"[,，]\s*(?:比|较)(?:上年|去年|上一年)[^\d,，;；。]{0,4}(?=[,，])|"
                      r"[由从](?=(?:提高|增加|提升|调整|上调|下调|降低|减少)(?:到|至))")   # ('由|提高到300元')
_NOT_OWNER = {"其中", "共有", "现有", "拥有", "有", "共", "全部", "各级各类", "校数", "学校数"}


def _owner(lender: str) -> str:
    """The schools a lender counts, without its figure and its setting words ('2023年,全市
    高中阶段共有学校8所' → '高中阶段学校'), or ''."""
    from jiaoti.places import HOME_WORDS as HOME, gazetteer

    def named(text: str) -> str:     # (not its own verb: '第四初中投资2亿元,占地116亩')
        return without_own_verb("".join(w for w in tx.words(text) if tx.is_cjk(w[0]) and w not in
                                        _NOT_OWNER and w not in HOME and not years_in(w) and w[-1] != "年"))

    lender = tx.fold(lender)        # ('專任教師' of a traditional copy is the 专任教师 words)
    figs = counts_at(lender)
    before = lender[:figs[0].start] if figs else ""
    for m in reversed(gazetteer().find(before)):        # '昆明市共有小学755所' → 小学
        before = before[:m.start] + before[m.end:]
    having = re.search("共有|现有|拥有", before)     # '幼儿园共有教职工1405人' → 幼儿园
    people = figs and figs[0].unit in ("人", "名") and _counted(lender)
    if people and before.rstrip().endswith(people):  # '普通中等职业学校教职工1.15万人' →
        before = before.rstrip()[:-len(people)]      # 普通中等职业学校 (not its 教职工)
    return (named(before[:having.start()]) if having else "") or named(before)


def _counted(frame: str) -> str:
    """What a list's frame counts: its last word before its figure ('…学校教职工3777人' →
    教职工), or ''."""
    from jiaoti import text as tx

    figs = counts_at(frame)
    words = [w for w in tx.words(frame[:figs[0].start] if figs else "") if tx.is_cjk(w[0])]
    return words[-1] if words else ""


def _named_count(body: str, raw: str, noun: str) -> str:
    """A '其中' item says what its frame counts: '公办园10301人' after '现有幼儿25113人' →
    '公办园幼儿10301人'."""
    from assistant.intent import noun_unit

    from jiaoti import text as tx

    at = body.rfind(raw)
    if noun_unit(noun) != "人" or at <= 0 or noun in body or any(
            noun_unit(w) == "人" for w in tx.words(body[:at])):    # '专任教师幼儿园259人'
        return body
    return body[:at] + noun + body[at:]


def _head(text: str, lay, a: int) -> str:
    """An item that starts with its figure ('8个二等奖') borrows the first item's words
    before its figure ('社会组荣获'); one without a verb borrows the first item's verb
    ('表彰优秀教师120名、优秀教育工作者150名' → 表彰)."""
    c0, c1 = lay.clause
    if a == c0:
        return ""
    first_end = text.find("、", c0, c1)
    first = text[c0:first_end if first_end > 0 else c1]
    own = counts_at(text[a:lay.item[1]])
    if own and not text[a:a + own[0].start].strip():    # (not '九年一贯制学校6所')
        figs = counts_at(first)
        return first[:figs[0].start] if figs else ""
    return shared_verb(text, lay) or prefix_of(text, lay)


_NUMBERED_ASIDE = re.compile(r"[(（][^()（）]*\d[^()（）]*[)）]")


_RANGE_END = re.compile(r"\d\s*[—\-~～至到－]+\s*$")


def _without_other_figures(text: str, a: int, b: int, at: int, end: int) -> str:
    """The item ``text[a:b]`` up to the next figure after the one at ``at`` and without
    the figures before it: '荣获4金9银1铜' for 9银 → '荣获9银', '2所学校入选…' whole. When
    the item's verb comes after the next figure ('10所职业院校与35家企业共同打造…'), the
    item stays whole: cutting it would lose what the figure is about."""
    later = [f for f in counts_at(text[end:b])]
    stop = end + later[0].start if later else b
    aside = next((s for s, e in asides(text[end:b]) if later and s <= later[0].start < e), None)
    if aside is not None:
        stop = end + aside          # '幼儿园57所(民办园3所)' for 57: the aside is another fact
    elif not later:                 # '43.2万平方米(学前5.4万、…)': a breakdown, not asked
        stop = next((end + m.start() for m in _NUMBERED_ASIDE.finditer(text[end:b])), stop)
    noun = PAIRED_NOUN.match(text, end + later[0].end) if later else None
    if noun and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:以及|[和及与、])", text[end:end + later[0].start]) \
            and text[noun.end():noun.end() + 1] in "。；;”，,":
        stop = end + later[0].start     # '有600名学生和24名教师' for 600: not 和教师
    elif later and len(text[end + later[-1].end:b].strip()) >= 4:
        stop = b
    elif later and (end - a, end - a + later[0].start) in other_spans(text[a:b], at - a):
        stop = end                  # '新增班级12个学位540个': 学位 is 540's
    span = re.sub(r"[。！？]”$", "", text[a:stop]).rstrip(" 与和及、,，的")
    for f in sorted(counts_at(span), key=lambda f: -f.start):
        # kept: bounds ('45岁以下…', '30人以上的机构'), a range's end ('3—6岁'), a pair's half ('保安140名和校医56名')
        if a + f.start != at and not (_BOUND.match(span, f.end) or _BOUND.fullmatch(f.approx) and
                                      span[f.end:f.end + 1] == "的") and not (
                a + f.start < at and JOINED.match(span, f.end)) and not \
                _RANGE_END.search(span, 0, f.start):
            noun = PAIRED_NOUN.match(span, f.end)     # '有600名学生和24名教师' for 24: its
            joiner = re.match(r"以及|[和及与、]", span[noun.end():]) if noun and a + f.start < at else None
            base = _FROM_BASE.search(span, 0, f.start) if a + f.start < at else None   # ('由上年的
            span = span[:base.start() if base else f.start] + \
                span[joiner.end() + noun.end() if joiner else f.end:]  # 23个减少到0个': 减少到0个)
    return span


def _said_before(text: str, lay, words: str) -> tuple[str, int] | None:
    """For an item that names nothing ('占84.53%'), the clause just before it without its
    figures (what it is a share of), and where that clause starts; else None (a sum,
    '共计拨付875万元', is no share of the item before it)."""
    if words.startswith(("共计", "合计", "总计")) or any(tx.is_cjk(w[0]) and not tx.is_verb(w) and w not in stopwords()
           for w in tx.words(_strip_figures(words))):
        return None
    prev = [(s, e) for s, e, just, _ in lay.others if just and e <= lay.clause[0]]
    if not prev:
        return None
    s, e = prev[-1]
    said = without_own_verb(_OPENER.sub("", _strip_figures(text[s:e])).strip(" ,，、"))
    return (said, s) if said and counts_at(text[s:e]) else None


def _strip_figures(text: str) -> str:
    for f in sorted(counts_at(text), key=lambda f: -f.start):
        text = text[:f.start] + text[f.end:]
    return text


_FROM_BASE = re.compile(r"[由从](?:上年|去年|上一年|(?:19|20)\d{2}\s*年)?(?:底|末)?的?\s*$")
_PLANNED = re.compile(r"计划|(?<![即必])将(?!近)|拟|预计|力争")
_COPULA_END = re.compile(r"(?:为|是|达到|达)$")
_OPENER = re.compile(r"^(?:其中|另外|此外|同时)[,，:：]?")
_BOUND = re.compile(r"(?:及)?(?:以下|以上|以内|以外|左右)")


def with_year(s: Statement) -> str:
    """The statement opened by the year it belongs to (and 计划 for a plan)."""
    text = s.text
    if s.target:
        return f"{s.year}年，{_drop_year(text, s.year)}" if s.year and \
            s.year not in years_in(text) else text
    if s.plan:
        body = _drop_year(text, s.year) if s.year else text
        said = "" if _PLANNED.search(re.split(r"\d", body, maxsplit=1)[0]) else "计划"  # (once)
        return f"根据{s.year or ''}{'年' if s.year else ''}工作安排，{said}{body}"
    if s.year and s.year not in years_in(text):
        return f"{s.year}年，{text}"
    return text


def _heading_once(texts: list[str]) -> list[str]:
    """'教育基本情况：小学生…；教育基本情况：初中生…' says its heading once."""
    head = texts[0][:texts[0].find("：") + 1] if 0 < texts[0].find("：") < 16 else ""
    if head and all(t.startswith(head) for t in texts[1:]):
        return texts[:1] + [t[len(head):] for t in texts[1:]]
    return texts


def _drop_year(text: str, year: int) -> str:
    return re.sub(rf"^{year}年[,，]?", "", text)


def single(m: FactMatch, home_label: str = "") -> tuple[str, list[Statement]]:
    s = fact_statement(m, home_label)
    return with_year(s) + "。", [s]


def several(matches: list[FactMatch], home_label: str = "") -> tuple[str, list[Statement]]:
    """Several parts in one sentence: '2023年，A；B。' (the year said once when shared)."""
    stmts = [fact_statement(m, home_label) for m in matches]
    years = {s.year for s in stmts}
    if len(years) == 1 and not any(s.plan for s in stmts):
        year = next(iter(years))
        body = "；".join(_heading_once([_drop_year(s.text, year) if year else s.text
                                       for s in stmts]))
        text = f"{year}年，{body}" if year and year not in years_in(body) else body
    else:
        text = "；".join(with_year(s) for s in stmts)
    return text + "。", stmts


def compare(a: FactMatch, b: FactMatch, parts,
            home_label: str = "") -> tuple[str, list[Statement], str]:
    """Both figures and the comparison ``parts.compare`` asks ('diff': by how much, 'ratio':
    how many times, 'less': what the first has besides the second, 'per': the first per one
    of the second, else which is more), computed from the two facts: (text, statements, the
    computed figure as written)."""
    text, stmts = several([a, b], home_label)
    said, computed = average.verdict(a, b, parts.per) if parts.compare == "per" else \
        _verdict(a.fact, b.fact, parts.compare)
    return f"{text.rstrip('。')}；{said}。", stmts, computed


def _verdict(a, b, asked: str) -> tuple[str, str]:
    va, vb = signed(a), signed(b)       # ('下降22.29%' is −22.29 against a rise)
    about = "约" if a.approx or b.approx else ""
    if asked == "ratio" and vb:
        return f"前者是后者的{about}{(times := ratio(a, b))}", times
    if asked == "less":                 # the whole, then the part of it left out
        return f"除去后者，还有{about}{(rest := difference(a, b))}", rest
    if va == vb:
        return "两者相同", ""
    more, less = ("前者", "后者") if va > vb else ("后者", "前者")
    if asked == "diff":
        return f"{more}比{less}{about}多{(by := difference(a, b))}", by
    return f"{more}多于{less}", ""


def total(matches: list[FactMatch], home_label: str = "") -> tuple[str, list[Statement], str]:
    """Every part's figure and their sum, computed from the facts: (text, statements, the
    sum as written)."""
    text, stmts = several(matches, home_label)
    facts = [m.fact for m in matches]
    approx = any(f.approx for f in facts)
    summed = written(sum(Decimal(f.value) for f in facts), facts)
    return f"{text.rstrip('。')}；合计{'约' if approx else ''}{summed}。", stmts, summed
