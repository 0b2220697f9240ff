"""One way to write a number, for every view: the inspector, the softmax table,
the matrices, the graph. A learner comparing two views must see the same digits.

``fmt`` gives four significant digits in plain notation where that is readable
(0.0001 … 99 999) and scientific notation otherwise; ``fmt_signed`` keeps a
sign in sums (``+ 0.231``); minus signs are the typographic "−".
"""

from __future__ import annotations

import math

#: Significant digits shown everywhere.
DIGITS = 4


def fmt(value: float, digits: int = DIGITS) -> str:
    """``0.2315``, ``-12.5`` → ``−12.5``, ``1.2e-07``, ``∞``, ``NaN``."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == 0:
        return "0"
    magnitude = abs(value)
    if 1e-4 <= magnitude < 1e5:
        text = f"{value:.{digits}g}"
        if "e" in text:  # .4g still picks exponents for e.g. 12345.6
            text = f"{value:.0f}"
    else:
        mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", "−")


def factor(value: float) -> str:
    """A number as a factor of a product: negatives in parentheses, ``× (−0.2)``."""
    text = fmt(value)
    return f"({text})" if text.startswith("−") else text


def fill(text: str, *values) -> str:
    """A translated ``text`` with ``%1``, ``%2`` … replaced (highest first, so %1
    never eats %10): Qt's placeholders, which translations may reorder."""
    for k in range(len(values), 0, -1):
        text = text.replace(f"%{k}", str(values[k - 1]))
    return text


def fmt_signed(value: float, digits: int = DIGITS) -> str:
    """A term of a sum: ``+ 0.231`` or ``− 0.231``."""
    text = fmt(abs(value), digits)
    return ("− " if value < 0 or (value == 0 and math.copysign(1, value) < 0) else "+ ") + text


def fmt_percent(fraction: float) -> str:
    """A probability as a percentage with one decimal: ``73.1 %``."""
    if not math.isfinite(fraction):
        return "—"
    return f"{100.0 * fraction:.1f} %"


def parse_number(text: str) -> float | None:
    """What a learner typed as a number (decimal comma and "−" accepted), or None."""
    cleaned = text.strip().replace("−", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
