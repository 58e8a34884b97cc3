"""「知识库管理」: documents with chunk counts, upload (files leave the temporary folder as
soon as they are imported), delete and rebuild, each confirmed before it runs, each in the
audit log under the person who did it."""


import logging
import re
from pathlib import Path

from ingest.loaders import FORMAT_NAMES
from jiaoti.errors import IndexBusy, IngestError
from webui.render import safe

log = logging.getLogger(__name__)

DOC_HEADERS = ["文件名", "标题", "片段数", "页数", "扫描页", "表格", "数据项", "导入时间"]


def clean_name(name: str) -> str:
    """A safe document name from an uploaded file's name."""
    base = Path(name).name.strip().replace("\x00", "")
    return re.sub(r"[\\/:*?\"<>|\r\n\t]", "_", base)[:120] or "upload.txt"


class KnowledgeBase:
    def __init__(self, services, who):
        self.services = services
        self.who = who
        self.settings = services.settings

    # -- handlers ---------------------------------------------------------------------------
    def documents(self, request=None):
        import gradio as gr

        if request is not None:
            self.who(request)
        snap = self.services.assistant.index.snapshot(force=True)
        rows = [[d.source, d.title, d.chunks, d.pages, d.ocr_pages, d.tables,
                 d.facts, d.ingested_at.replace("T", " ")[:19]]
                for d in sorted(snap.documents.values(), key=lambda d: d.source)]
        return rows, gr.update(choices=[r[0] for r in rows], value=None)

    def uploaded(self, payload) -> tuple[list[Path], dict[Path, str], list[str]]:
        """The uploaded files (Gradio's file data, not preprocessed: Gradio's own step
        leaks an empty temporary file per upload) — only files in our temporary folder."""
        paths, names, refused = [], {}, []
        for item in payload or []:
            item = item if isinstance(item, dict) else {"path": str(item)}
            path = Path(str(item.get("path") or ""))
            name = clean_name(str(item.get("orig_name") or path.name))
            if self.services.temp.contains(path) and path.is_file():
                paths.append(path)
                names[path] = name
            else:
                refused.append(f"⚠️ 找不到上传的文件 {safe(name)}，请重新上传。")
        return paths, names, refused

    def upload(self, payload, request, progress):
        from ingest.pipeline import ingest_paths

        user = self.who(request)
        paths, names, refused = self.uploaded(payload)
        if not paths:
            return "\n\n".join(refused) or "请先选择要上传的文件。", *self.documents(), None

        def on_file(name: str, i: int, n: int):
            progress((i - 1, n), desc=f"正在导入 {name}")
            return lambda done, total: progress((i - 1 + done / max(total, 1), n),
                                                desc=f"正在导入 {name}（{done}/{total} 段）")
        try:
            with self.services.write_lock:
                report = ingest_paths(paths, self.settings, self.services.assistant.index,
                                      on_file=on_file, names=names)
        except IndexBusy as exc:
            return f"⚠️ {safe(str(exc))}", *self.documents(), None
        finally:
            for p in paths:                 # imported (or refused): the upload is not needed
                self.services.temp.discard(p)
        self.services.audit.record(user, "upload", "、".join(names.values()) + "：" + (
            f"导入 {len(report.added)}，未变 {len(report.unchanged)}，失败 {len(report.failed)}"),
            self.services.client(request))
        return "\n\n".join([self._report(report), *refused]), *self.documents(), None

    @staticmethod
    def _report(report) -> str:
        lines = []
        if report.added:
            lines.append("已导入：" + "、".join(safe(s) for s in report.added)
                         + f"（{report.chunks_added} 个片段）")
        if report.unchanged:
            lines.append("内容未变化，无需重复导入：" + "、".join(safe(s) for s in report.unchanged))
        lines += [f"⚠️ 导入失败：{safe(reason)}" for _, reason in report.failed]
        lines += [f"⚠️ {safe(note)}" for note in report.warnings]
        return "\n\n".join(lines) or "没有导入任何文件。"

    def ask_delete(self, source: str | None, request):
        import gradio as gr

        self.who(request)
        if not source:
            return gr.update(visible=False), "", "请先选择要删除的文件。"
        return (gr.update(visible=True),
                f"确定要从知识库删除 **{safe(source)}** 吗？删除后市民将查不到其中的内容，"
                "保存的原文件也一并删除。", "")

    def delete(self, source: str | None, request):
        import gradio as gr

        from ingest.pipeline import delete_documents

        user = self.who(request)
        hide = gr.update(visible=False)
        if not source:
            return "请先选择要删除的文件。", *self.documents(), hide
        try:
            with self.services.write_lock:
                n = delete_documents([source], self.settings, self.services.assistant.index)[source]
        except IndexBusy as exc:
            return f"⚠️ {safe(str(exc))}", *self.documents(), hide
        self.services.audit.record(user, "delete", f"{source}（{n} 个片段）",
                                   self.services.client(request))
        msg = f"已删除 {safe(source)}（{n} 个片段）。" if n else f"{safe(source)} 不在知识库中。"
        return msg, *self.documents(), hide

    def rebuild(self, request, progress):
        import gradio as gr

        from ingest.pipeline import ingest_paths

        user = self.who(request)
        hide = gr.update(visible=False)

        def on_file(name: str, i: int, n: int):
            progress((i - 1, n), desc=f"正在重建：{name}")
        try:
            with self.services.write_lock:
                report = ingest_paths([], self.settings, self.services.assistant.index,
                                      rebuild=True, on_file=on_file)
        except (IndexBusy, IngestError) as exc:
            return f"⚠️ {safe(str(exc))}", *self.documents(), hide
        self.services.audit.record(user, "rebuild", f"{len(report.added)} 个文件，"
                                   f"{report.chunks_added} 个片段", self.services.client(request))
        return (f"重建完成：{len(report.added)} 个文件，{report.chunks_added} 个片段，"
                f"用时 {report.seconds:.1f} 秒。", *self.documents(), hide)

    # -- layout -----------------------------------------------------------------------------
    def build(self, gr, formats: list[str]) -> None:
        s = self.settings
        self.docs = gr.Dataframe(headers=DOC_HEADERS, interactive=False, elem_id="docs",
                                 label="已收录的文件")
        files = gr.File(label=f"上传文件（{FORMAT_NAMES}，单个不超过 "
                              f"{s.max_file_mb:g} MB）", file_count="multiple",
                        file_types=formats, elem_id="upload")
        ingest_btn = gr.Button("导入上传的文件", variant="primary", elem_id="ingest-btn")
        status = gr.Markdown(elem_id="kb-status")
        with gr.Row():
            self.victim = gr.Dropdown(label="选择要删除的文件", choices=[], allow_custom_value=True,
                                      elem_id="delete-choice")
            del_btn = gr.Button("删除…", variant="stop", elem_id="delete-btn")
        with gr.Row(visible=False, elem_id="delete-confirm") as del_row:
            del_text = gr.Markdown()
            del_yes = gr.Button("确认删除", variant="stop", elem_id="delete-yes")
            del_no = gr.Button("取消", elem_id="delete-no")
        with gr.Row():
            rebuild_btn = gr.Button("重建索引…", elem_id="rebuild-btn")
            refresh_btn = gr.Button("刷新", elem_id="refresh-btn")
        with gr.Row(visible=False, elem_id="rebuild-confirm") as rebuild_row:
            gr.Markdown("确定要重建索引吗？重建期间仍可提问，完成后切换到新索引。")
            rebuild_yes = gr.Button("确认重建", variant="stop", elem_id="rebuild-yes")
            rebuild_no = gr.Button("取消", elem_id="rebuild-no")
        table = [status, self.docs, self.victim]
        write = dict(concurrency_limit=1, concurrency_id="write")

        def upload(f, request: gr.Request, progress=gr.Progress()):
            return self.upload(f, request, progress)

        def ask_delete(source, request: gr.Request):
            return self.ask_delete(source, request)

        def delete(source, request: gr.Request):
            return self.delete(source, request)

        def ask_rebuild(request: gr.Request):
            self.who(request)
            return gr.update(visible=True)

        def rebuild(request: gr.Request, progress=gr.Progress()):
            return self.rebuild(request, progress)

        def documents(request: gr.Request):
            return self.documents(request)

        hide = lambda: gr.update(visible=False)  # noqa: E731
        ingest_btn.click(upload, [files], [*table, files], api_name="upload", preprocess=False,
                         **write)
        del_btn.click(ask_delete, [self.victim], [del_row, del_text, status],
                      api_visibility="private")
        del_yes.click(delete, [self.victim], [*table, del_row], api_name="delete", **write)
        del_no.click(hide, None, [del_row], api_visibility="private")
        rebuild_btn.click(ask_rebuild, None, [rebuild_row], api_visibility="private")
        rebuild_yes.click(rebuild, None, [*table, rebuild_row], api_name="rebuild", **write)
        rebuild_no.click(hide, None, [rebuild_row], api_visibility="private")
        refresh_btn.click(documents, None, [self.docs, self.victim], api_visibility="private")
        self._documents = documents

    def on_load(self, demo) -> None:
        demo.load(self._documents, None, [self.docs, self.victim], api_visibility="private")
