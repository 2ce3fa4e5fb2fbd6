"""The plain machine form of field values (DESIGN.md, ``--columns`` exports).

ISO dates, ``.`` decimals, sets joined by ``;`` (sorted, so output is stable),
booleans ``true``/``false``, and the empty string for empty.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from segdesk.domain.fields import FieldType


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


def _money(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def _boolean(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _members(value: Set[str] | None) -> str:
    return ";".join(sorted(value)) if value else ""


def machine_formatter(field_type: FieldType) -> Callable[[Any], str] | None:
    """What gives :func:`machine_value` for every value a field of ``field_type`` holds, column-wise.

    None when a value's own ``str()`` already is its machine form (text, whole numbers,
    dates), which a CSV writer applies itself, writing None as empty.
    """
    formatters: dict[FieldType, Callable[[Any], str]] = {
        FieldType.MONEY: _money,
        FieldType.BOOLEAN: _boolean,
        FieldType.SET: _members,
    }
    return formatters.get(field_type)
