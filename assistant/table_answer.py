"""Answers from table facts: one cell named by a row and a column ("第一小学招几个班？"),
or one column over the rows ("各小学招几个班？") — and never a cell that answers something
else: a row the question leaves out, a ratio asked of a total, the year's intake asked of
what there is, or a kind the row, column and table do not name."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import intent
from assistant.grounding import citation, unsupported_figures
from assistant.query import QueryPlan
from jiaoti.types import Answer


def from_table(ctx, base: Answer, plan: QueryPlan, hits) -> Answer | None:
    """A question that names a table's row and column is answered from that cell; one
    over a table's rows ('各小学招几个班？') with a short list. None when no table fits."""
    from assistant import tables

    chosen = table_choice(ctx, base.standalone_question, plan, hits)
    if not chosen:
        return None
    first = chosen[0]
    lead = f"{first.year}年，" if first.year else ""
    if len(chosen) == 1:
        text = f"{lead}{tables.cell_words(first)}。"
    else:
        text = f"{lead}{first.table}：{tables.listing_text(chosen)}。"
    chunks = [ctx.snap.chunks[f.chunk_id] for f in chosen]
    if unsupported_figures(text, chunks):
        return None
    cites = tuple(citation(i, chunk, f.start, f.end, f.location())
                  for i, (f, chunk) in enumerate(zip(chosen[:5], chunks), 1))
    return replace(base, answer=text, answerable=True, citations=cites, reason="table")


def table_choice(ctx, q: str, plan: QueryPlan, hits, whole: bool = True) -> list:
    """The table facts that answer ``q``: one cell, or with ``whole`` one column over the
    rows or the total row's cell; [] when no table fits. (A part of a question that names no
    row has lost its subject: no total answers it.)"""
    from assistant import tables

    facts = [f for h in hits for f in ctx.snap.facts_of(h.chunk.id) if f.table and f.row
             and f.column]
    if not facts or len(plan.years) > 1:
        return []
    rows, columns = tables.question_words(q, facts)
    # '那隆回县呢？' after '武冈…': the follow-up's own row replaces the carried one
    own_rows = tables.question_words(plan.focus_text, facts)[0] if plan.focus_text != q else []
    rows = own_rows or rows
    # a row may be named in other words ('中职' for the row 中等职业学校)
    labels = {tables.fold(f.row) for f in facts}
    named = (lambda a: (a,)) if intent.SUM.search(q) else (lambda a: (a, a + "教育"))
    rows += [label for t in plan.terms if t.focus for a in t.alternatives  # ('学前' for 学前
             for label in named(a) if label in labels and label not in rows]  # 教育; not in a sum)
    if not rows and whole:    # naming no row, it may ask a table's total row, wherever it is
        facts += [f for key in {(f.source, f.table) for f in facts}
                  for f in ctx.snap.table_cells(*key) if f not in facts]
    # a column may be named in the citizen's words ('孩子' for 在校生), when the question's
    # own words name none ('教职工数' is not 专任教师数 through 教师, an other name of 教职工)
    others = columns + [a for t in plan.terms if t.focus and not any(r in t.word for r in rows)
                        for a in t.alternatives[1:] if len(a) >= 2] + \
        [a for a in plan.counted if len(a) >= 2]    # ('读高中的有多少人': 学生, by 读…的)
    year = next(iter(plan.years), None)
    # a follow-up's own words name the column before the carried ones ('实际完成了多少' after
    # '邵阳县的计划任务数是多少': 累计完成数, not 计划任务数 again)
    own = tables.question_words(plan.focus_text, facts)[1] if plan.focus_text != q else []
    chosen: list = []
    for words in ([own] if own and own != columns else []) + [columns, others]:
        chosen = chosen or (tables.table_listing(facts, words, rows, year)
                            if whole and tables.is_listing(q) else [])
        cell = None if chosen or not (rows or whole) else \
            tables.cell_lookup(facts, rows, words, year, plan.asked_unit)
        chosen = chosen or ([cell] if cell is not None else [])
    if not chosen and rows:
        chosen = [c for c in [_result_cell(plan, facts, rows, year)] if c is not None]
    return [] if not chosen or _outside_table(plan, chosen[0]) else chosen


_PLAN_COLUMN = re.compile(r"计划|任务|目标|预计")
_RESULT_COLUMN = re.compile(r"完成|实际|实现")
_PLAN_ASKED = re.compile(r"计划|任务|目标|原来|原本|原定|打算|预计")


def _result_cell(plan: QueryPlan, facts: list, rows: list[str], year):
    """'武冈今年新增了多少个公办义务教育学位' over a table titled '…增加公办义务教育学位完成
    情况统计' with a plan and a result column: the named row's result, when the question
    asks no plan and its things are the table's own words."""
    from assistant import tables
    from assistant.guards import is_verb_term
    from jiaoti import text as tx
    from jiaoti.places import gazetteer

    if _PLAN_ASKED.search(plan.focus_text) or plan.period == "plan":
        return None
    titles = {tx.fold(f.table) for f in facts}
    things = [t for t in plan.terms if t.known and not is_verb_term(t)    # (a follow-up's
              and not any(r in t.word or t.word in r for r in rows)     # too: '那隆回县呢？')
              and not gazetteer().forms.get(t.word)]
    if len(titles) != 1 or not things or not all(
            any(tx.fold(a) in next(iter(titles)) for a in t.alternatives) for t in things):
        return None
    columns = {f.column for f in facts}
    done = [c for c in columns if _RESULT_COLUMN.search(c) and not _PLAN_COLUMN.search(c)]
    if len(done) != 1 or not any(_PLAN_COLUMN.search(c) for c in columns):
        return None
    return tables.cell_lookup(facts, rows, [done[0]], year)


_PER = re.compile(r"每(?:个|所|名|位|班|人|生|年|天|间)")
_PER_COLUMN = re.compile(r"每|平均|生均|人均|班额|均")
_INTAKE = re.compile(r"新(?:建|增|聘|招|开|设|入|进|录|生)|招聘|招录|招生|入学人数|入园人数")


def _outside_table(plan: QueryPlan, cell) -> bool:
    """Does the question name what the cell is not ('除了那所高校…' for the 高校 row), ask
    per thing where the column counts all of them, or name a word of the lexicon that
    neither its row, its column nor its table says ('44所幼儿园里公办的有几所' for
    幼儿园·学校数)?"""
    from assistant.guards import ALL_KINDS, GENERIC_WORDS, is_verb_term
    from jiaoti import text as tx
    from jiaoti.places import gazetteer

    said = tx.fold(f"{cell.row} {cell.column} {cell.table} {cell.row}{cell.column}")
    if plan.complement and plan.complement in said:
        return True
    if _PER.search(plan.question) and not _PER_COLUMN.search(cell.column):
        return True         # '每个班多少人' asks a ratio, not the 招生人数 column
    if _INTAKE.search(plan.focus_text) and not _INTAKE.search(said.replace("增加", "新增")):
        return True         # '新入园了多少孩子' asks the year's intake, not 在校生
    left_out = plan.complement or "\x00"
    return any(t.focus and (len(t.alternatives) > 1 or t.known) and len(t.word) >= 2 and
               left_out not in t.word and
               not is_verb_term(t) and not tx.is_adverbial(t.word) and
               t.word not in GENERIC_WORDS and not t.word.startswith(ALL_KINDS) and
               not gazetteer().forms.get(t.word) and
               not any(a in said for a in t.alternatives) for t in plan.terms)
