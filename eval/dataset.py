"""Evaluation datasets: JSONL. The first line may be a header naming the documents the
set is about, the deployment settings to answer them with, and whether the set is blind:

    {"meta": {"name": "...", "documents": ["data/reports/x.txt"], "blind": true,
              "settings": {"bureau_name": "...", "home_places": ["..."], "current_year": null},
              "written": "2026-11-29", "tuned": null, "notes": "..."}}

A set is blind until a change is made because of one of its items; then ``blind`` is false
and ``tuned`` says since when and why. Without a header a set is about the bundled report,
with default settings, and counts as tuned. Every other line is one item:

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
ROOT = Path(__file__).resolve().parent.parent
BUNDLED_REPORT = "data/reports/hebi-jiaoti-work-report-2023-2024.txt"
SETTING_KEYS = {"bureau_name", "home_places", "current_year", "hotline"}


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


@dataclass(frozen=True)
class Meta:
    name: str
    documents: tuple[str, ...]          # paths relative to the repository root
    settings: dict                      # deployment settings the set is answered with
    blind: bool
    written: str = ""
    tuned: str | None = None            # since when (and why) the set is no longer blind
    notes: str = ""

    def document_paths(self) -> list[Path]:
        return [ROOT / d for d in self.documents]


@dataclass(frozen=True)
class Dataset:
    path: Path
    meta: Meta
    items: tuple[Item, ...]

    @property
    def name(self) -> str:
        return self.meta.name


def parse_meta(obj: dict, path: Path) -> Meta:
    meta = obj.get("meta")
    if not isinstance(meta, dict):
        raise _fail(path, 1, "meta 必须是 JSON 对象")
    docs = meta.get("documents") or [BUNDLED_REPORT]
    if not isinstance(docs, list) or not all(isinstance(d, str) for d in docs):
        raise _fail(path, 1, "meta.documents 必须是字符串列表")
    for d in docs:
        if not (ROOT / d).is_file():
            raise _fail(path, 1, f"meta.documents 中的文件不存在：{d}")
    settings = meta.get("settings") or {}
    if not isinstance(settings, dict) or set(settings) - SETTING_KEYS:
        raise _fail(path, 1, f"meta.settings 只能包含 {sorted(SETTING_KEYS)}")
    blind = meta.get("blind", False)
    if not isinstance(blind, bool):
        raise _fail(path, 1, "meta.blind 必须是 true 或 false")
    return Meta(str(meta.get("name") or path.stem), tuple(docs), settings, blind,
                str(meta.get("written", "")), meta.get("tuned"), str(meta.get("notes", "")))


def default_meta(path: Path) -> Meta:
    return Meta(path.stem, (BUNDLED_REPORT,), {}, False)


def load(path: Path | str) -> list[Item]:
    return list(load_dataset(path).items)


def load_dataset(path: Path | str) -> Dataset:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(f"{path}: 文件不存在") from None
    except UnicodeDecodeError:
        raise DatasetError(f"{path}: 不是 UTF-8 文本") from None
    items, ids, meta = [], set(), None
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(path, no, f"不是有效的 JSON（{exc.msg}）") from None
        if isinstance(obj, dict) and "meta" in obj:
            if items or meta is not None:
                raise _fail(path, no, "meta 只能出现在第一行")
            meta = parse_meta(obj, path)
            continue
        item = parse_line(obj, path, no)
        if item.id in ids:
            raise _fail(path, no, f"重复的 id {item.id!r}")
        ids.add(item.id)
        items.append(item)
    if not items:
        raise DatasetError(f"{path}: 没有题目")
    return Dataset(path, meta or default_meta(path), tuple(items))


def bundled() -> list[Path]:
    """Every dataset shipped in eval/datasets, sorted by name."""
    return sorted((ROOT / "eval" / "datasets").glob("*.jsonl"))


def file_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:12]
