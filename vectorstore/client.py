"""Opening Chroma: embedded (PersistentClient under the data dir) or a server
(`chroma run`) when JIAOTI_CHROMA_HOST is set. Telemetry is always off."""

from __future__ import annotations

import logging
from pathlib import Path

from jiaoti.errors import DataDirError, StoreUnavailable
from jiaoti.settings import Settings

log = logging.getLogger(__name__)


def ensure_data_dir(settings: Settings) -> Path:
    """The data folder, created and proven writable; otherwise one clear error."""
    path = Path(settings.data_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(f"数据目录 {path} 无法使用（{exc.strerror or exc}）：请把 "
                           "JIAOTI_DATA_DIR 设为一个可写的文件夹。") from exc
    return path


def open_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                       settings=chroma_settings)
        except Exception as exc:
            raise StoreUnavailable(f"连接不上 Chroma 服务 {settings.chroma_host}:"
                                   f"{settings.chroma_port}（{type(exc).__name__}）：请确认服务已"
                                   "启动，或去掉 JIAOTI_CHROMA_HOST 改用内嵌模式。") from exc
    root = ensure_data_dir(settings)
    return chromadb.PersistentClient(path=str(root / "chroma"), settings=chroma_settings)


PAGE = 5000      # records per read: one read of everything fails past SQLite's 32,766 variables


def get_all(col, include: list[str], where: dict | None = None) -> dict:
    """Every record of ``col`` (matching ``where``), read page by page; the same shape as
    ``col.get`` (ids and the included fields)."""
    out: dict = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while True:
        res = col.get(where=where, include=include, limit=PAGE, offset=offset)
        for k in out:
            out[k].extend(res[k] or [])
        if len(res["ids"]) < PAGE:
            return out
        offset += PAGE


def delete_ids(col, ids: list[str]) -> None:
    for i in range(0, len(ids), PAGE):
        col.delete(ids=ids[i:i + PAGE])
