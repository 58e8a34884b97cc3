"""Figures computed from verified ones: a difference, a ratio, a sum written the way its
parts are."""

from __future__ import annotations

import re
from decimal import Decimal

from jiaoti import text as tx
from jiaoti.figures import plain


_MULT = (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))


def ratio(a, b) -> str:
    """a ÷ b to two decimals ('2.7万个' ÷ '1.2万个' → '2.25倍')."""
    return f"{plain((Decimal(a.value) / Decimal(b.value)).quantize(Decimal('0.01')))}倍"


_FELL = re.compile(r"(?:下降|减少|降低|下滑|回落)了?(?:约|近)?\s*$")


def signed(fact) -> Decimal:
    """A figure's value, negative when its clause states it as a fall ('下降22.29%')."""
    fell = _FELL.search(fact.clause[:fact.start - fact.clause_start])
    return -Decimal(fact.value) if fell else Decimal(fact.value)


def difference(a, b) -> str:
    """|a − b| written the way the two figures are ('4.51亿元' − '2.7亿元' → '1.81亿元';
    two rates → '个百分点'; a fall counts below zero)."""
    d = abs(signed(a) - signed(b))
    if (a.unit or b.unit) == "%":
        return f"{plain(d)}个百分点"
    return written(d, [a, b])


def written(value: Decimal, facts) -> str:
    """``value`` in the facts' unit, with 万/亿 when all of them use it."""
    units = list(dict.fromkeys(f.unit for f in facts if f.unit))
    unit = units[0] if units else ""
    if len(units) > 1:                  # '4金' + '9银' → 13枚: the family's measure word
        from assistant.extract import unit_family

        unit = unit_family(unit)[0]
    for word, mult in _MULT:
        if all(word in tx.fold(f.raw) for f in facts):      # (萬元 in a traditional copy)
            return f"{plain(value / mult)}{word}{unit}"
    return f"{plain(value)}{unit}"
