"""Redaction of personal numbers before anything is written or analysed: mainland ID
numbers (18 and 15 digits) and mainland mobile numbers, in the ways people write them —
with spaces or dashes between groups, in full-width digits, with a +86 prefix. An ID
number with a wrong check digit is still an ID number (a caller's typo is still personal);
a plausible birth date in the middle is what tells it from an ordinary long figure."""

from __future__ import annotations

import re

# one separator a person may put between digit groups (after full-width folding)
_SEP = r"[ \-]?"
_AFTER = rf"(?!{_SEP}[0-9A-Za-z])"
_BEFORE = r"(?<![0-9A-Za-z+])(?<![0-9A-Za-z][ \-])"
_ID18 = re.compile(rf"{_BEFORE}\d(?:{_SEP}\d){{16}}{_SEP}[\dXx]{_AFTER}")
_ID15 = re.compile(rf"{_BEFORE}\d(?:{_SEP}\d){{14}}{_AFTER}")
_MOBILE = re.compile(rf"{_BEFORE}(?:(?:\+|00)?86{_SEP})?1[3-9]\d(?:{_SEP}\d){{8}}{_AFTER}")
# full-width digits and separators → ASCII, one character for one (offsets are kept)
_FOLD = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "Ｘ": "X", "ｘ": "x",
                       "\u3000": " ", "\u00a0": " ", "－": "-", "—": "-", "–": "-",
                       "‐": "-", "‑": "-", "＋": "+"})
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"

ID_MARK = "[身份证号已隐去]"
PHONE_MARK = "[手机号已隐去]"


def valid_id_number(s: str) -> bool:
    """GB 11643 check digit of an 18-character ID number."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(s[:17], _WEIGHTS))
    return _CHECK[total % 11] == s[17].upper()


def _plausible_date(year: int, month: str, day: str) -> bool:
    return 1880 <= year <= 2099 and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def looks_like_id_number(written: str) -> bool:
    """18 or 15 digits (spaces, dashes and full-width digits allowed) with a region code
    and a plausible birth date where an ID number has them; the check digit is not
    required to be right."""
    d = re.sub(r"[^0-9Xx]", "", written.translate(_FOLD))
    if len(d) == 18 and d[:17].isdigit():
        return d[0] != "0" and _plausible_date(int(d[6:10]), d[10:12], d[12:14])
    if len(d) == 15 and d.isdigit():
        return d[0] != "0" and _plausible_date(1900 + int(d[6:8]), d[8:10], d[10:12])
    return False


def _replace(text: str, id_repl: str, phone_repl: str) -> str:
    folded = text.translate(_FOLD)
    spans: list[tuple[int, int, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in spans)

    for pattern in (_ID18, _ID15):
        for m in pattern.finditer(folded):
            if free(m.start(), m.end()) and looks_like_id_number(m.group()):
                spans.append((m.start(), m.end(), id_repl))
    for m in _MOBILE.finditer(folded):
        if free(m.start(), m.end()):
            spans.append((m.start(), m.end(), phone_repl))
    for s, e, repl in sorted(spans, reverse=True):
        text = text[:s] + repl + text[e:]
    return text


def redact(text: str) -> str:
    """``text`` with ID numbers and mobile numbers replaced by a mark."""
    if not text:
        return text
    return _replace(text, ID_MARK, PHONE_MARK)


def strip_personal(text: str) -> str:
    """``text`` with ID and mobile numbers removed (for answering: they are never topics)."""
    if not text:
        return text
    return _replace(text, " ", " ")
