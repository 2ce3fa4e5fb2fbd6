"""The plain machine form of field values (DESIGN.md, ``--columns`` exports).

ISO dates, ``.`` decimals, sets joined by ``;`` (sorted, so output is stable),
booleans ``true``/``false``, and the empty string for empty.
"""

from __future__ import annotations

from collections.abc import Set
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def machine_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, Set):
        return ";".join(sorted(str(v) for v in value))
    return str(value)
