"""Real files made on the spot, for the benchmark and the tests: a scanned page (text drawn
with a Chinese font into an image, saved as an image-only PDF) and an enrolment
spreadsheet of any length."""

from __future__ import annotations

from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")   # Debian: fonts-wqy-microhei
SCAN_LINES = ["鹤壁市教育体育局关于2025年智慧校园建设情况的通报", "一、建设成效",
              "2025年，全市新建智慧操场12个，改造录播教室45间。",
              "全年投入资金3860万元，惠及学生2.3万余人。"]
ENROLMENT = [["学校", "招生人数（人）", "班数"], ["鹤壁市第一小学", 450, 10],
             ["鹤壁市第二小学", 360, 8], ["淇滨小学", 540, 12]]


def scan_page(lines: list[str]):
    """A 150 dpi A4 page image with the lines drawn in a Chinese font."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 36)
    image = Image.new("L", (1240, 1754), 255)
    draw, y = ImageDraw.Draw(image), 120
    for line in lines:
        draw.text((100, y), line, font=font, fill=0)
        y += 80
    return image


def write_scanned_pdf(path: Path, lines: list[str], pages: int = 1) -> Path:
    """An image-only PDF (no text layer), as a scanner would save it."""
    images = [scan_page(lines) for _ in range(pages)]
    images[0].save(path, "PDF", resolution=150, save_all=True, append_images=images[1:])
    return path


def write_enrolment_xlsx(path: Path, title: str = "2025年城区小学招生计划",
                         rows: int = 0) -> Path:
    """The small enrolment table, or (``rows`` > 0) that many generated school rows."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("招生计划")
    sheet.append([title])
    sheet.append(ENROLMENT[0])
    body = ENROLMENT[1:] if not rows else (
        [f"第{i}小学", 300 + i % 400, 6 + i % 20] for i in range(1, rows + 1))
    for row in body:
        sheet.append(row)
    book.save(str(path))
    return path
