"""Where a fact sits in its chunk, worked out once per fact and kept.

A fact's item, clause, the clauses around it and their folded text depend on the chunk and
the fact only, never on the question, so each question reuses them: matching costs the same
per candidate whatever the corpus size, and a fact seen by many questions is laid out once.
Kept by the fact's id and the chunk's text, so a re-ingested chunk is laid out afresh."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from decimal import Decimal

from assistant.lenders import (BRACKETED, CHANGE_CLAUSE, EXCLUDED, asides, lender_of,
                               without_asides as _without_asides)
from assistant.listing import (DETAIL, INCLUDED as _INCLUDED, bare, exceeds, list_prefix,
                               listed_aside, listed_item, listed_pair, listed_with_breakdown,
                               ratio_name, scope_before, shared_first, shared_modifier)
from assistant.brackets import aside_list, aside_piece
from assistant.paragraphs import intro_of, paragraph_opener, paragraph_topic, run_in_heading
from assistant.parents import parent_text
from assistant.stages import around
from assistant.respective import respective_words
from assistant.stage_runs import run_header
from jiaoti import text as tx
from jiaoti.figures import counts_at, namely_part, without_others
from jiaoti.types import Chunk, Fact

_SETTING = re.compile(r"^(?:在|于|从|自|通过|围绕|按照|根据|经过|随着|对|为了|截至|截止|其中)|"
                      r"(?:上|中|期间|以来|方面|之际|时|里)$")
MAX_SITES = 20_000          # ~2 KB each


@dataclass
class Layout:
    """Where a fact sits in its chunk: its item, clause, the clauses before it."""

    item: tuple[int, int]
    clause: tuple[int, int]
    leads: list[tuple[int, int, bool]]       # (start, end, is a setting)
    others: list[tuple[int, int, bool, bool]]  # (start, end, just before, counted further)
    parent: tuple[int, int] | None = None    # the sentence a '其中…' sentence details
    frame: tuple[int, int] | None = None     # '在校生41905名,其中:…': what a list's items count
    lender: tuple[int, int] | None = None    # '公办幼儿园52所,幼儿6590人': whose 幼儿 they are
    details: tuple[tuple[int, int], ...] = ()  # '…47478人。其中:…小学21333人': its breakdown
    shared: tuple[int, int] | None = None    # '其中,城区小学4所,初中3所': whose modifier 初中 shares
    paid: tuple[int, int] | None = None      # '投资1亿元,新建白龙小学二校区': what a sum paid for


def layout(chunk: Chunk, fact: Fact) -> Layout:
    text, at = tx.fold(chunk.text), fact.start - chunk.start    # (a traditional copy too)
    sentences = tx.sentence_parents(text)
    for k, (s, e, parent) in enumerate(sentences):
        if not s <= at < e:
            continue
        up = sentences[parent][:2] if parent >= 0 else \
            _restated(text, sentences[k - 1][:2], fact) if k else None
        clauses = tx.clauses(text, s, e)
        for ci, c in enumerate(clauses):
            if not c.start <= at < c.end + 1:
                continue
            lent, own = (clauses, ci), (c.start, c.end)
            if ci and CHANGE_CLAUSE.match(text[c.start:c.end]):    # '在校生497971人,比上年
                b = ci - 1                                         # 增加12274人': one item
                while b and CHANGE_CLAUSE.match(text[clauses[b].start:clauses[b].end]):
                    b -= 1                                         # (',增加6.40%' after it)
                p = clauses[b]
                own = (p.start, p.end)      # (whose list the changed item is in)
                c = tx.Clause(p.start, c.end, ((p.items[-1][0], c.end),))
                lent = (clauses, b)
                clauses, ci = clauses[:b] + [c] + clauses[ci + 1:], b
            item = next(((a, b) for a, b in c.items if a <= at < b), (c.start, c.end))
            leads = [(d.start, d.end, bool(_SETTING.search(text[d.start:d.end])))
                     for d in clauses[:ci] if not counts_at(text[d.start:d.end])]
            leads[:0] = [(*h, False) for h in [run_header(text, sentences, k)] if h]
            counted = [bool(counts_at(text[d.start:d.end])) for d in clauses]
            # an earlier clause's things frame a bare item ('新建幼儿园3所，…，增加学位1000个'),
            # not one that names its own ('…城区学校4所，…，幼儿园学位3150个')
            # — and one counting institutions ('幼儿园13所') names them
            unnamed = bare(text[item[0]:item[1]]) and fact.unit not in ("所", "家")
            # '…,小学18050人,在园幼儿8352人': items of one list name their own things —
            # the one before lends nothing to the next (unlike '开展研学活动1400余场次，
            # 参加学生1万余人', where the second clause acts on the first's thing)
            listed = ci > 0 and listed_pair(text[clauses[ci - 1].start:clauses[ci - 1].end],
                                            text[c.start:c.end])
            # '普通高中学校2所,学生人数5000人': whose pupils a bare item counts
            lender, unlisted = lender_of(text, sentences, k, *lent, fact.unit)
            listed = listed and not unlisted
            # '投资1亿元,新建白龙小学二校区,…': the clause after a bare sum is what it paid for
            paid = ci + 1 if fact.unit.endswith("元") and bare(text[c.start:c.end]) and \
                ci + 1 < len(clauses) and not any(f.unit.endswith("元") for f in counts_at(
                    text[clauses[ci + 1].start:clauses[ci + 1].end])) else -1   # (no sum of its own)
            others = [(d.start, d.end, j == ci - 1 and not listed or j == paid,
                       counted[j] and (j > ci or (j < ci - 1 and not unnamed) or listed))
                      for j, d in enumerate(clauses) if j != ci and (j > ci or counted[j])]
            # '在校生41905名,其中:…小学18050人': 在校生 is what the items count
            measure = next((f.unit for f in counts_at(text[slice(*own)])), fact.unit)
            frame = _frame(text, clauses, ci) or (_carried_frame(text, sentences, k, measure)
                                                  if listed_item(text[slice(*own)]) else None)
            # '全县共有义务教育阶段学校5所,…,教职工433人,其中专任教师257人': the schools
            # whose staff the frame counts are the breakdown's too
            if lender is None and frame is not None and frame[0] >= s and any(
                    f.unit == fact.unit for f in counts_at(text[slice(*frame)])):
                fi = next(j for j, d in enumerate(clauses) if d.start == frame[0])
                lender = lender_of(text, sentences, k, clauses, fi, fact.unit)[0]
            # the sentences that break this one down ('其中:…'), when it holds one figure
            details = tuple((s2, e2) for s2, e2, p2 in sentences if p2 == k) \
                if len(counts_at(text[s:e])) == 1 else ()
            return Layout(item, (c.start, c.end), leads, others, up, frame, lender, details,
                          shared_first(text, clauses, ci),
                          (clauses[paid].start, clauses[paid].end) if paid > 0 else None)
    a, b = fact.clause_start - chunk.start, fact.clause_end - chunk.start
    return Layout((a, b), (a, b), [], [])


def _frame(text: str, clauses, ci: int) -> tuple[int, int] | None:
    """'在校生41905名,其中:…小学18050人': the clause whose count a '其中' list breaks down —
    the nearest before the '其中' that counts in another measure than a rate ('现有幼儿25113人,
    学前三年毛入园率为83.1%,其中公办园10301人': 幼儿, not the rate between)."""
    for p in range(ci, 0, -1):      # '…在校生60039人:高中5118人,…': a colon opens one too
        if DETAIL.match(text[clauses[p].start:clauses[p].end]) or \
                text[clauses[p - 1].end:clauses[p].start].strip() in (":", "："):
            over = False            # ('招生共计909人,其中…,高中阶段共招生2305人': no part)
            for q in range(p - 1, -1, -1):   # (not '比上年减少84人': the change of the one before)
                figs = counts_at(text[clauses[q].start:clauses[q].end])
                ex = exceeds(figs, text[clauses[ci].start:clauses[ci].end])
                over = over or ex
                if CHANGE_CLAUSE.match(text[clauses[q].start:clauses[q].end]) and q or ex:
                    continue
                if any(f.unit != "%" for f in figs) or (q == p - 1 and not figs):
                    return clauses[q].start, clauses[q].end
            return None if over else (clauses[p - 1].start, clauses[p - 1].end)
    return None


def _carried_frame(text: str, sentences, k: int, unit: str) -> tuple[int, int] | None:
    """'共有在校学生213.1万人,其中:幼儿园56.01万人,…;小学89.28万人,…': a '其中' list goes on
    after a semicolon, and what it counts (in the item's measure) frames its later items."""
    while k and text[sentences[k - 1][1] - 1:sentences[k - 1][1]] in (";", "；"):
        k -= 1
        clauses = tx.clauses(text, *sentences[k][:2])
        frame = _frame(text, clauses, len(clauses) - 1) if clauses else None
        if frame is not None:
            same = any(f.unit == unit for f in counts_at(text[slice(*frame)]))
            return frame if same else None
    return None


def _restated(text: str, before: tuple[int, int], fact: Fact) -> tuple[int, int] | None:
    """The sentence before, when it counts the same thing the same way: '计划实施的5个项目
    已于8月底全部竣工' restates '…义务教育学校项目5个' of the sentence before it."""
    s, e = before
    value = Decimal(fact.value)
    if fact.unit and any(f.value == value and f.unit == fact.unit for f in counts_at(text[s:e])):
        return s, e
    return None


_STATES = {"为", "是", "达", "达到", "有", "共有", "现有", "拥有", "其中", "共计", "合计", "总计",
           "含", "包括", "包含", "含有"}


def acts(words: str, asked: frozenset[str] = frozenset()) -> str:
    """The first verb of ``words`` that is an action, not a copula, a state or one the
    question ``asked`` itself ('创建' in '7所幼儿园成功创建省二级幼儿园'; none in '小学876所',
    '共有学校6所', '在校生22250人', '初中(含九年一贯校)226所')."""
    for w in tx.words(words):
        if w not in _STATES and not any(w in a for a in asked) and \
                not (len(w) == 2 and w[0] == "在") and \
                tx.is_cjk(w[0]) and tx.is_verb(w, nominal=False):
            return w
    return ""


def _piece_whole(text: str, lay: Layout, at: int) -> str:
    """What a bracket of clauses breaks down: the words before it and those of the clause
    lending them their things, without figures ('小学152所,在校学生36701人(公办小学…)' →
    '小学 在校学生')."""
    a = lay.item[0]
    start = next(s for s, e in asides(text[a:lay.item[1]]) if s < at - a < e)
    parts = [text[slice(*lay.lender)] if lay.lender else "", text[a:a + start]]
    return " ".join(p for p in (_without_figures(x) for x in parts) if p)


def _without_figures(text: str) -> str:
    for f in sorted(counts_at(text), key=lambda f: -f.start):
        text = text[:f.start] + text[f.end:]
    return text.strip(" ,，")


def own_words(chunk: Chunk, fact: Fact, lay: Layout) -> str:
    """The fact's subject and its item, without the item's other figures ('荣获4金9银1铜'
    for 9银 → '荣获银'; the 4金 and 1铜 are other facts), with the list's verb when the
    item has none of its own ('表彰优秀教师120名、优秀教育工作者150名' → 表彰). An aside
    in brackets that holds figures of its own speaks of them, not of the fact outside it
    ('幼儿园57所(民办园3所)': 57 counts 幼儿园, 3 counts 民办园)."""
    row = respective_words(chunk.text, fact.start - chunk.start)
    if row is not None:                 # '小学、初中分别达到4.5…、5.8…': 5.8 is 初中's
        return tx.fold(row)
    (a, b), subject = lay.item, fact.subject
    item, at = chunk.text[a:b], fact.start - chunk.start - a
    listed = aside_list(item, at)
    if listed is not None:       # '基础教育3222人(其中幼儿园458人,小学1414人…)': 1414 is 小学's
        return tx.fold(shared_verb(chunk.text, lay) + listed[1] +  # (基础教育: its clause)
                       _attended(listed[0], listed[1]))
    piece = aside_piece(item, at)
    if piece:                    # '(公办初中29所,在校学生13879人;民办初中8所,…)'
        return tx.fold(piece)
    if not any(s <= at < e for s, e in asides(item)):
        for s, e in reversed(asides(item)):
            if e == at and not counts_at(item[s:e]):
                continue        # '村小(教学点)27个': a gloss of the name before the figure
            item = item[:s] + item[e:]
            at -= (e - s) if e <= at else 0
        subject = BRACKETED.sub("", subject)
    item, at = without_others(*namely_part(item, at))
    shared = shared_verb(chunk.text, lay) or prefix_of(chunk.text, lay) or \
        scope_before(chunk.text, lay.clause, [(a, b) for a, b, *_ in lay.others])
    shared += ratio_name(chunk.text[:a], item) if fact.unit == "比" else ""
    return tx.fold(EXCLUDED.sub("", shared + subject + " " + item))


_SCHOOL_KINDS = {"公办", "民办", "公立", "私立", "城区", "农村", "城镇", "乡村", "普惠性"}


def _attended(whole: str, piece: str) -> str:
    """'在园幼儿1934人(公办1040人、民办894人)': children in 公办 kindergartens — a bare kind
    of a school under those attending them names that school (' 公办园')."""
    m = re.match(r"(?:全[县市区])?在([园校])", whole)
    if m is None or piece not in _SCHOOL_KINDS:
        return ""
    return f" {piece}{'园' if m.group(1) == '园' else '学校'}"


def prefix_of(text: str, lay: Layout) -> str:
    """What a later 、-item counts, said by the first item only ('其中专任教师幼儿园259人、
    小学901人' → 专任教师 for 901), or ''."""
    c0, (a, b) = lay.clause[0], lay.item
    first_end = text.find("、", c0, a)
    return list_prefix(text[c0:first_end], text[a:b]) if a > c0 and first_end > 0 else ""




# '(其中幼儿园458人,小学1414人,…)': names, each followed by its figure and nothing else
def shared_verb(text: str, lay: Layout) -> str:
    """The verb a list's first item opens with, for a later item that has none."""
    c0, c1 = lay.clause
    a, b = lay.item
    if a == c0:
        return ""
    first_end = text.find("、", c0, c1)
    first = text[c0:first_end if first_end > 0 else c1]
    verb = (tx.words(first) or [""])[0]
    own = (tx.words(text[a:b]) or [""])[0]
    if tx.is_verb(verb) and not tx.is_verb(own) and verb not in text[a:b]:
        return verb
    return ""


@dataclass(frozen=True)
class Site:
    """A fact's layout and the folded text of the places around it."""

    lay: Layout
    own: str                                  # own_words, folded
    clause: str                               # the fact's clause, folded
    leads: tuple[tuple[str, bool], ...]       # (folded clause, is a setting)
    others: tuple[tuple[str, bool, bool], ...]  # (folded clause, just before, counted)
    parent: str | None
    frame: str                                # what a '其中' list's items count, or ''
    context: str                              # section and title, folded
    chunk: str                                # the whole chunk, folded
    listed: bool = False                      # its clause only names a thing and its figure
    heading: str = ""                         # the paragraph's run-in heading ('——小学。')
    topic: str = ""                           # what a paragraph of statistics counts
    lender: str = ""                          # Layout.lender, folded
    siblings: str = ""                        # the other pieces of its bracketed list
    listed_with: tuple[str, ...] = ()         # its clause's 、-items, its own first
    details: str = ""                         # the sentences that break it down, folded
    whole: str = ""                           # what its bracketed list breaks down
    shared: str = ""                          # the modifier a '其中' list's first item lends
    prefix: str = ""                          # what a 、-list's first item says they all count
    changed: bool = False                     # the next clause states its change ('比上年增加…')
    opener: str = ""                          # the setting its paragraph opens with, folded
    intro: str = ""                           # the lead its numbered item goes back to, folded


_SITES: dict[tuple, Site] = {}
_LOCK = threading.Lock()


def site(chunk: Chunk, fact: Fact) -> Site:
    key = (fact.id, fact.start, chunk.id, chunk.text)
    got = _SITES.get(key)
    if got is None:
        got = _make(chunk, fact)
        with _LOCK:
            while len(_SITES) >= MAX_SITES:
                del _SITES[next(iter(_SITES))]     # the oldest
            _SITES[key] = got
    return got


def _make(chunk: Chunk, fact: Fact) -> Site:
    text = chunk.text

    def fold(piece: str) -> str:        # read as questions are: '初中生' is 初中的学生
        return tx.stage_pupils(tx.fold(piece))

    lay = layout(chunk, fact)
    c0, c1 = lay.clause
    clause, at = text[c0:c1], fact.start - chunk.start - c0
    if not any(s <= at < e for s, e in asides(clause)):
        clause = _without_asides(clause)
    piece = aside_piece(clause, at)    # '在校学生36701人(公办小学147所,…。其中,成建制69所…)':
    if piece:                          # the words before the bracket, then its own clause
        bracket = next(s for s, e in asides(clause) if s < at < e)
        clause = _without_figures(clause[:bracket]) + " " + piece
    whole, siblings = _siblings(text, lay, fact.start - chunk.start)
    if not whole and aside_piece(text[slice(*lay.item)], fact.start - chunk.start - lay.item[0]):
        whole = _piece_whole(text, lay, fact.start - chunk.start)
    return Site(lay, tx.stage_pupils(own_words(chunk, fact, lay)), fold(clause),
                tuple((fold(text[a:b]), setting) for a, b, setting in lay.leads),
                tuple((fold(_without_asides(text[a:b])), just, counted)    # an aside's
                      for a, b, just, counted in lay.others),          # words are its own
                parent_text(text, lay.parent, fact.unit),
                fold(_without_asides(text[lay.frame[0]:lay.frame[1]])) if lay.frame else "",
                fold(around(chunk)), fold(text),
                listed_item(text[c0:c1]) or len(counts_at(clause)) > 1 and listed_item(
                    text[slice(*lay.item)]) or listed_with_breakdown(text[c0:c1], at) or
                bool(whole) and listed_aside(text[c0:c1]),     # its bracket's items too
                fold(run_in_heading(text, fact.start - chunk.start)),
                fold(paragraph_topic(text, fact.start - chunk.start)),
                fold(_INCLUDED.sub("", _without_asides(text[slice(*lay.lender)])))
                if lay.lender else "",
                fold(siblings),
                _listed_with(text, lay, fact.start - chunk.start),
                " ".join(fold(text[a:b]) for a, b in lay.details),
                fold(whole), shared_modifier(fold(text[slice(*lay.shared)]), fold(
                    text[slice(*lay.item)])) if lay.shared else "", fold(prefix_of(text, lay)),
                bool(CHANGE_CLAUSE.match(re.sub(r"^[，,]", "", text[c1:c1 + 20])))
                and not CHANGE_CLAUSE.match(fact.clause),
                fold(paragraph_opener(text, fact.start - chunk.start,
                                      fact.clause.startswith(("共计", "合计", "总计")))),
                fold(intro_of(chunk.section)))


def _siblings(text: str, lay: Layout, at: int) -> tuple[str, str]:
    """(the words before the bracketed list the figure is one of, the list's other things)
    without figures ('专任教师2802人(学前350人,小学981人)' for 981 → '专任教师', '学前'), or
    ('', '')."""
    listed = aside_list(text[lay.item[0]:lay.item[1]], at - lay.item[0])
    return (listed[0], listed[2]) if listed else ("", "")


def _listed_with(text: str, lay: Layout, at: int) -> tuple[str, ...]:
    """The 、-items of the figure's clause when each has a figure ('其中小学67424人、初中
    25564人'): its own item first, then the others, each without its figures and leading
    其中 ('小学', '初中'); () otherwise."""
    c0, c1 = lay.clause
    items = [(m.start() + c0, m.end() + c0) for m in _ITEM.finditer(text[c0:c1])]
    if len(items) < 2 or not all(counts_at(text[a:b]) for a, b in items):
        return ()
    mine, others = "", []
    prefix = list_prefix(text[items[0][0]:items[0][1]], text[items[1][0]:items[1][1]])
    for a, b in items:
        piece = text[a:b]
        if prefix and a == items[0][0]:        # '其中专任教师幼儿园259人、小学901人': 幼儿园
            piece = piece.replace(prefix, "", 1)
        for f in sorted(counts_at(piece), key=lambda f: -f.start):
            piece = piece[:f.start] + piece[f.end:]
        piece = tx.fold(DETAIL.sub("", piece).strip(" ,，:："))
        if a <= at < b:
            mine = piece
        else:
            others.append(piece)
    return (mine, *others) if mine else ()


_ITEM = re.compile(r"(?:[^、(（]|[(（][^)）]*[)）]?)+")    # 、-items, brackets kept whole


def among(at: Site) -> list[str]:
    """Settings that say whom a list counts ('专任教师中,高中364人,…小学1194人')."""
    return [piece for piece, setting in at.leads
            if setting and piece.rstrip(" ,，:：").endswith("中")]


def said_up_to(at: Site) -> list[str]:
    """What is said of a fact up to it: its own words, its clause and leads, what frames it;
    not the clauses after it ('在园幼儿29222人,比上年增加220人': the increase is not its)."""
    return [at.own, at.clause, *(piece for piece, _ in at.leads),
            *(piece for piece, just, _ in at.others if just), at.parent or "", at.frame,
            at.lender, at.shared, at.heading, at.topic, at.opener]

