"""Evaluation datasets: JSONL, one item per line.

    {"id": "q001", "question": "...", "answers": [["477人", "477名"]], "history": ["..."],
     "unanswerable": false, "section": "...", "tags": ["citizen-wording"]}

`answers` is a list of groups: correct when every group has at least one of its strings
in the answer (after normalisation). `unanswerable: true` items have no `answers`; they
are correct when the assistant refuses and states no figure. Other keys are kept and
carried into the results."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

KNOWN = {"id", "question", "answers", "history", "unanswerable", "section", "tags"}


class DatasetError(ValueError):
    """An unusable dataset; the message names the file and line."""


@dataclass(frozen=True)
class Item:
    id: str
    question: str
    answers: tuple[tuple[str, ...], ...] = ()
    history: tuple[str, ...] = ()
    unanswerable: bool = False
    section: str | None = None
    tags: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)
    dataset: str = ""


def _fail(path: Path, no: int, why: str) -> DatasetError:
    return DatasetError(f"{path}: 第 {no} 行：{why}")


def parse_line(obj: object, path: Path, no: int) -> Item:
    if not isinstance(obj, dict):
        raise _fail(path, no, "不是 JSON 对象")
    q = obj.get("question")
    if not isinstance(q, str) or not q.strip():
        raise _fail(path, no, "缺少 question（非空字符串）")
    unanswerable = obj.get("unanswerable", False)
    if not isinstance(unanswerable, bool):
        raise _fail(path, no, "unanswerable 必须是 true 或 false")
    answers = obj.get("answers")
    if unanswerable:
        if answers:
            raise _fail(path, no, "unanswerable 的题目不应有 answers")
        groups: tuple = ()
    else:
        if (not isinstance(answers, list) or not answers
                or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip()
                                                             for s in g) for g in answers)):
            raise _fail(path, no, 'answers 必须是非空的字符串列表的列表，例如 [["477人", "477名"]]')
        groups = tuple(tuple(g) for g in answers)
    history = obj.get("history") or []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        raise _fail(path, no, "history 必须是字符串列表")
    tags = obj.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _fail(path, no, "tags 必须是字符串列表")
    section = obj.get("section")
    if section is not None and not isinstance(section, str):
        raise _fail(path, no, "section 必须是字符串")
    item_id = obj.get("id", f"{path.stem}:{no}")
    return Item(str(item_id), q, groups, tuple(history), unanswerable, section, tuple(tags),
                {k: v for k, v in obj.items() if k not in KNOWN}, path.name)


def load(path: Path | str) -> list[Item]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(f"{path}: 文件不存在") from None
    except UnicodeDecodeError:
        raise DatasetError(f"{path}: 不是 UTF-8 文本") from None
    items, ids = [], set()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(path, no, f"不是有效的 JSON（{exc.msg}）") from None
        item = parse_line(obj, path, no)
        if item.id in ids:
            raise _fail(path, no, f"重复的 id {item.id!r}")
        ids.add(item.id)
        items.append(item)
    if not items:
        raise DatasetError(f"{path}: 没有题目")
    return items


def file_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:12]
