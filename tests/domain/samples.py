"""Rule documents shared by the domain tests."""

from __future__ import annotations

from typing import Any

DESIGN_EXAMPLE: dict[str, Any] = {"version": 1, "match": "all", "rules": [
    {"field": "city", "op": "in", "value": ["Milano", "Torino"]},
    {"field": "last_contact_at", "op": "older_than", "value": {"amount": 90, "unit": "days"}},
    {"field": "total_spent", "op": "gte", "value": 500, "window": {"amount": 12, "unit": "months"}},
    {"match": "any", "rules": [
        {"field": "products", "op": "includes_any", "value": ["ESPRESSO-1"]},
        {"field": "tags", "op": "includes_all", "value": ["vip", "newsletter"]},
    ]},
]}

