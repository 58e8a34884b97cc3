"""Office files as bureaus keep them: spreadsheets (.xlsx read-only with openpyxl, .csv)
whose sheets become tables, and old or WPS formats (.doc .wps → .docx, .xls .et → .xlsx)
converted by LibreOffice headless. Runs inside the parse sandbox (csv excepted), so a
hostile file costs bounded time and memory."""

from __future__ import annotations

import csv
import io
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from ingest.loaders import (CONVERTED_FORMATS, Block, ParsedDocument, decode, fail,
                            from_blocks, table_blocks)

log = logging.getLogger(__name__)

MAX_COLUMNS = 200            # cells right of this are not read


def missing_converter(path: Path, command: str) -> str | None:
    """A one-line reason when the converter a format needs is not installed."""
    if path.suffix.lower() in CONVERTED_FORMATS and shutil.which(command) is None:
        return (f"无法读取 {path.suffix.lower()} 文件：本机未安装 LibreOffice（{command}）；"
                "请安装 Debian 软件包 libreoffice-writer-nogui 和 libreoffice-calc-nogui，"
                "或另存为 docx/xlsx 后上传")
    return None


def convert(path: Path, command: str, timeout: float) -> Path:
    """The file converted to .docx/.xlsx by LibreOffice headless, in a fresh folder with
    its own LibreOffice profile (so conversions never share state)."""
    target = CONVERTED_FORMATS[path.suffix.lower()].lstrip(".")
    work = Path(tempfile.mkdtemp(prefix="jiaoti-convert-"))
    src = work / ("input" + path.suffix.lower())
    shutil.copyfile(path, src)
    args = [command, "--headless", "--norestore", "--nologo", "--nolockcheck",
            f"-env:UserInstallation=file://{work / 'profile'}", "--convert-to", target,
            "--outdir", str(work / "out"), str(src)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env={**os.environ, "HOME": str(work)})
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise fail(path, f"LibreOffice 转换超时（超过 {timeout:.0f} 秒），文件可能有问题，已拒绝") from None
    out = work / "out" / f"input.{target}"
    if not out.exists():
        log.warning("soffice could not convert %s: %s", path, err.decode("utf-8", "replace")[-500:])
        raise fail(path, "LibreOffice 无法打开该文件，文件可能已损坏或不是它声称的格式")
    return out


def _cell_text(cell) -> str:
    """A spreadsheet cell as a person sees it (percent formats as 98.5%)."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        number = Decimal(str(value))
        if "%" in (getattr(cell, "number_format", "") or ""):
            return format((number * 100).normalize(), "f") + "%"
        return format(number.normalize(), "f")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RowBudget:
    """Counts table rows over a whole file; past the limit the file is refused."""

    def __init__(self, path: Path, limit: int):
        self.path, self.limit, self.used = path, limit, 0

    def take(self) -> None:
        self.used += 1
        if self.used > self.limit:
            raise fail(self.path, f"表格超过 {self.limit} 行的上限，已拒绝（请拆分后再上传）")


def load_xlsx(path: Path, max_rows: int) -> ParsedDocument:
    import openpyxl

    budget = RowBudget(path, max_rows)
    try:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise fail(path, f"Excel 文件已损坏或不是 .xlsx 格式（{type(exc).__name__}）") from exc
    try:
        blocks: list[Block] = []
        sheets = book.worksheets
        for ws in sheets:
            grid = []
            for row in ws.iter_rows():
                budget.take()
                cells = [_cell_text(c) for c in row[:MAX_COLUMNS]]
                while cells and not cells[-1]:
                    cells.pop()
                grid.append(cells)
            sheet = ws.title if len(sheets) > 1 else ""
            blocks.extend(table_blocks(grid, ws.title, sheet=sheet))
        title = book.properties.title or None
    finally:
        book.close()
    return from_blocks(blocks, title, "xlsx")


def load_csv(data: bytes, path: Path, max_rows: int) -> ParsedDocument:
    """A .csv file as one table named after the file."""
    budget = RowBudget(path, max_rows)
    text = decode(data, path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t，")
    except csv.Error:
        dialect = csv.excel
    grid = []
    for row in csv.reader(io.StringIO(text), dialect):
        budget.take()
        grid.append(row[:MAX_COLUMNS])
    return from_blocks(table_blocks(grid, path.stem), None, "csv")
