"""Redaction of personal numbers before anything is written: 18-digit mainland ID
numbers (with a valid check digit) and mainland mobile numbers."""

from __future__ import annotations

import re

_ID18 = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?(1[3-9]\d[-\s]?\d{4}[-\s]?\d{4})(?!\d)")
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


def redact(text: str) -> str:
    """``text`` with ID numbers and mobile numbers replaced by a mark."""
    if not text:
        return text
    text = _ID18.sub(lambda m: ID_MARK if valid_id_number(m.group(1)) else m.group(1), text)
    return _MOBILE.sub(PHONE_MARK, text)


def strip_personal(text: str) -> str:
    """``text`` with ID and mobile numbers removed (for answering: they are never topics)."""
    text = _ID18.sub(lambda m: " " if valid_id_number(m.group(1)) else m.group(1), text)
    return _MOBILE.sub(" ", text)
