"""Staff pages (behind a login): 「热线答复」, 「知识库管理」, 「未解答问题」."""


import logging
import re
import tempfile
from pathlib import Path

from assistant.reply import draft_reply, export_docx, export_txt
from ingest.loaders import FORMAT_NAMES, FORMATS
from jiaoti.errors import IndexBusy, IngestError, JiaotiError
from webui.render import safe, sources_markdown
from webui.services import MSG_BUSY, Services

log = logging.getLogger(__name__)

DOC_HEADERS = ["文件名", "标题", "片段数", "页数", "扫描页", "表格", "数据项", "导入时间"]
UNANSWERED_HEADERS = ["问题（已隐去个人信息）", "次数", "最近提问时间"]


def _clean_name(name: str) -> str:
    """A safe document name from an uploaded file's name."""
    base = Path(name).name.strip().replace("\x00", "")
    return re.sub(r"[\\/:*?\"<>|\r\n\t]", "_", base)[:120] or "upload.txt"


def build_staff(services: Services):
    import gradio as gr

    settings = services.settings
    exports = Path(tempfile.mkdtemp(prefix="jiaoti-exports-"))

    # -- 热线答复 --------------------------------------------------------------------------
    def make_draft(question: str):
        try:
            answer = services.ask(question or "", [], channel="staff")
        except JiaotiError as exc:
            log.warning("draft failed: %s", exc)
            raise gr.Error(MSG_BUSY) from None
        draft = draft_reply(answer) if answer.reason != "rejected" else answer.answer
        sources = sources_markdown(answer) if answer.citations else "（无引用来源）"
        return (draft, sources, answer, *_export(draft, answer))

    def _export(draft: str, answer):
        folder = Path(tempfile.mkdtemp(dir=exports))
        txt = export_txt(draft or "", answer, folder / "热线答复.txt")
        docx = export_docx(draft or "", answer, folder / "热线答复.docx")
        return str(txt), str(docx)

    def re_export(draft: str, answer):
        return _export(draft, answer)

    # -- 知识库管理 ---------------------------------------------------------------------
    def documents_table():
        snap = services.assistant.index.snapshot(force=True)
        rows = [[d.source, d.title, d.chunks, d.pages, d.ocr_pages, d.tables,
                 d.facts, d.ingested_at.replace("T", " ")[:19]]
                for d in sorted(snap.documents.values(), key=lambda d: d.source)]
        return rows, gr.update(choices=[r[0] for r in rows], value=None)

    def upload(files, progress=gr.Progress()):
        from ingest.pipeline import ingest_paths

        paths = [Path(str(f)) for f in (files or [])]
        if not paths:
            return "请先选择要上传的文件。", *documents_table()
        names = {p: _clean_name(getattr(f, "orig_name", None) or p.name)
                 for p, f in zip(paths, files)}

        def on_file(name: str, i: int, n: int):
            progress((i - 1, n), desc=f"正在导入 {name}")
            return lambda done, total: progress((i - 1 + done / max(total, 1), n),
                                                desc=f"正在导入 {name}（{done}/{total} 段）")
        try:
            with services.write_lock:
                report = ingest_paths(paths, settings, services.assistant.index,
                                      on_file=on_file, names=names)
        except IndexBusy as exc:
            return f"⚠️ {safe(str(exc))}", *documents_table()
        lines = []
        if report.added:
            lines.append("已导入：" + "、".join(safe(s) for s in report.added)
                         + f"（{report.chunks_added} 个片段）")
        if report.unchanged:
            lines.append("内容未变化，无需重复导入：" + "、".join(safe(s) for s in report.unchanged))
        for _, reason in report.failed:
            lines.append(f"⚠️ 导入失败：{safe(reason)}")
        for note in report.warnings:
            lines.append(f"⚠️ {safe(note)}")
        return "\n\n".join(lines) or "没有导入任何文件。", *documents_table()

    def delete(source: str | None):
        from ingest.pipeline import delete_documents

        if not source:
            return "请先选择要删除的文件。", *documents_table()
        try:
            with services.write_lock:
                n = delete_documents([source], settings, services.assistant.index)[source]
        except IndexBusy as exc:
            return f"⚠️ {safe(str(exc))}", *documents_table()
        msg = f"已删除 {safe(source)}（{n} 个片段）。" if n else f"{safe(source)} 不在知识库中。"
        return msg, *documents_table()

    def rebuild(progress=gr.Progress()):
        from ingest.pipeline import ingest_paths

        def on_file(name: str, i: int, n: int):
            progress((i - 1, n), desc=f"正在重建：{name}")
            return None
        try:
            with services.write_lock:
                report = ingest_paths([], settings, services.assistant.index, rebuild=True,
                                      on_file=on_file)
        except (IndexBusy, IngestError) as exc:
            return f"⚠️ {safe(str(exc))}", *documents_table()
        return (f"重建完成：{len(report.added)} 个文件，{report.chunks_added} 个片段，"
                f"用时 {report.seconds:.1f} 秒。", *documents_table())

    # -- 未解答问题 -------------------------------------------------------------------------
    def unanswered_table():
        return [[u.question, u.count, u.last_asked.replace("T", " ")[:19]]
                for u in services.querylog.unanswered()]

    with gr.Blocks(title="教体问答 · 工作人员", analytics_enabled=False) as demo:
        gr.Markdown("## 教体问答 · 工作人员")
        with gr.Tab("热线答复", elem_id="tab-reply"):
            question = gr.Textbox(label="来电问题（可直接粘贴市民原话）", lines=2, elem_id="staff-q")
            draft_btn = gr.Button("生成答复草稿", variant="primary", elem_id="draft-btn")
            draft = gr.Textbox(label="答复草稿（可修改）", lines=8, interactive=True,
                               buttons=["copy"], elem_id="draft")
            gr.Markdown("**引用来源**")
            sources = gr.Markdown(elem_id="draft-sources")
            answer_state = gr.State(None)
            with gr.Row():
                txt_btn = gr.DownloadButton("导出 .txt", elem_id="export-txt")
                docx_btn = gr.DownloadButton("导出 .docx", elem_id="export-docx")
            draft_btn.click(make_draft, [question], [draft, sources, answer_state, txt_btn, docx_btn],
                            api_name="draft")
            question.submit(make_draft, [question],
                            [draft, sources, answer_state, txt_btn, docx_btn],
                            api_visibility="private")
            draft.input(re_export, [draft, answer_state], [txt_btn, docx_btn],
                        api_visibility="private", trigger_mode="always_last")
        with gr.Tab("知识库管理", elem_id="tab-kb"):
            docs = gr.Dataframe(headers=DOC_HEADERS, interactive=False, elem_id="docs",
                                label="已收录的文件")
            files = gr.File(label=f"上传文件（{FORMAT_NAMES}，单个不超过 "
                                  f"{settings.max_file_mb:g} MB）", file_count="multiple",
                            file_types=sorted(FORMATS), elem_id="upload")
            ingest_btn = gr.Button("导入上传的文件", variant="primary", elem_id="ingest-btn")
            status = gr.Markdown(elem_id="kb-status")
            with gr.Row():
                victim = gr.Dropdown(label="选择要删除的文件", choices=[], elem_id="delete-choice")
                del_btn = gr.Button("删除", variant="stop", elem_id="delete-btn")
            with gr.Row():
                rebuild_btn = gr.Button("重建索引", elem_id="rebuild-btn")
                refresh_btn = gr.Button("刷新", elem_id="refresh-btn")
            ingest_btn.click(upload, [files], [status, docs, victim], api_name="upload",
                             concurrency_limit=1, concurrency_id="write")
            del_btn.click(delete, [victim], [status, docs, victim], api_name="delete",
                          concurrency_limit=1, concurrency_id="write")
            rebuild_btn.click(rebuild, None, [status, docs, victim], api_name="rebuild",
                              concurrency_limit=1, concurrency_id="write")
            refresh_btn.click(documents_table, None, [docs, victim], api_visibility="private")
        with gr.Tab("未解答问题", elem_id="tab-unanswered"):
            gr.Markdown("市民提问中报告未能回答的问题（手机号、身份证号已隐去），可据此补充资料。")
            unanswered = gr.Dataframe(headers=UNANSWERED_HEADERS, interactive=False,
                                      elem_id="unanswered")
            refresh_u = gr.Button("刷新", elem_id="refresh-unanswered")
            refresh_u.click(unanswered_table, None, [unanswered], api_name="unanswered")
        gr.Button("退出登录", link="/staff/logout", size="sm")
        demo.load(documents_table, None, [docs, victim], api_visibility="private")
        demo.load(unanswered_table, None, [unanswered], api_visibility="private")
    return demo
