"""Ready-made segments: rule documents with a translatable name, a purpose and parameters.

A template's rules may hold ``$name`` placeholders: a string that is exactly ``$name``
becomes the parameter's value (a list, a number...), and ``$name`` inside a longer
string (``custom.$field``) is replaced by its text. :meth:`Template.rules` fills them
from the defaults and the caller's values.

Value segments lean on the RFM scores (:func:`segdesk.store.derived.refresh_rfm`): each
is a quintile from 1 to 5, so ``rfm_monetary = 5`` is the top 20% of buyers by total
spent (ties can make the band a little larger or smaller).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from segdesk.domain import i18n
from segdesk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["TEMPLATES", "Template", "TemplateParam", "template"]


@dataclass(frozen=True)
class TemplateParam:
    name: str
    label: str  # source text, context "Templates"
    kind: str  # "number", "text", "list" (of text), "field_key" (a custom field key)
    default: Any


@dataclass(frozen=True)
class Template:
    id: str
    name: str  # source text, context "Templates"
    description: str
    category: str
    body: Mapping[str, Any]
    params: tuple[TemplateParam, ...] = field(default=())

    def translated_name(self) -> str:
        return i18n.translate("Templates", self.name)

    def translated_description(self) -> str:
        return i18n.translate("Templates", self.description)

    def rules(self, **values: Any) -> dict[str, Any]:
        """The version-1 rule document with parameters filled in (unknown names: ``KeyError``)."""
        known = {p.name: p.default for p in self.params}
        for key in values:
            if key not in known:
                raise KeyError(f"template {self.id!r} has no parameter {key!r}")
        known.update(values)
        return {"version": 1, **_fill(copy.deepcopy(dict(self.body)), known)}


def _fill(value: Any, params: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        if value.startswith("$") and value[1:] in params:
            return copy.deepcopy(params[value[1:]])
        for name, param in params.items():
            value = value.replace(f"${name}", str(param))
        return value
    if isinstance(value, list):
        return [_fill(v, params) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, params) for k, v in value.items()}
    return value


def _all(*rules: dict[str, Any]) -> dict[str, Any]:
    return {"match": "all", "rules": list(rules)}


def _c(field_id: str, op: str, value: Any = None, window: tuple[int, str] | None = None) -> dict[str, Any]:
    rule: dict[str, Any] = {"field": field_id, "op": op}
    if value is not None:
        rule["value"] = value
    if window is not None:
        rule["window"] = {"amount": window[0], "unit": window[1]}
    return rule


def _ago(amount: int, unit: str) -> dict[str, Any]:
    return {"amount": amount, "unit": unit}


def _p(name: str, label: str, kind: str, default: Any) -> TemplateParam:
    return TemplateParam(name, label, kind, default)


_BOUGHT = _c("purchase_count", "gte", 1)

TEMPLATES: tuple[Template, ...] = (
    Template(
        "industry",
        QT_TRANSLATE_NOOP("Templates", "Industry"),
        QT_TRANSLATE_NOOP("Templates", "Companies in chosen industries, and the people who work for them."),
        "firmographic",
        _all(_c("industry", "in", "$industries")),
        (_p("industries", QT_TRANSLATE_NOOP("Templates", "Industries"), "list", ["cafe", "bakery"]),),
    ),
    Template(
        "company_size",
        QT_TRANSLATE_NOOP("Templates", "Company size"),
        QT_TRANSLATE_NOOP("Templates", "Companies by number of employees (small businesses: 10 to 49)."),
        "firmographic",
        _all(_c("kind", "in", ["company"]), _c("employees", "between", ["$min", "$max"])),
        (
            _p("min", QT_TRANSLATE_NOOP("Templates", "From (employees)"), "number", 10),
            _p("max", QT_TRANSLATE_NOOP("Templates", "To (employees)"), "number", 49),
        ),
    ),
    Template(
        "age_band",
        QT_TRANSLATE_NOOP("Templates", "Age band"),
        QT_TRANSLATE_NOOP("Templates", "People of a given age, for offers that suit a stage of life."),
        "a_priori",
        _all(_c("kind", "in", ["person"]), _c("age", "between", ["$min", "$max"])),
        (
            _p("min", QT_TRANSLATE_NOOP("Templates", "From (age)"), "number", 25),
            _p("max", QT_TRANSLATE_NOOP("Templates", "To (age)"), "number", 34),
        ),
    ),
    Template(
        "region",
        QT_TRANSLATE_NOOP("Templates", "Region"),
        QT_TRANSLATE_NOOP("Templates", "Contacts living or based in chosen regions."),
        "a_priori",
        _all(_c("region", "in", "$regions")),
        (_p("regions", QT_TRANSLATE_NOOP("Templates", "Regions"), "list", ["Lombardia"]),),
    ),
    Template(
        "needs",
        QT_TRANSLATE_NOOP("Templates", "Stated needs"),
        QT_TRANSLATE_NOOP("Templates", "Contacts who told you they need something you offer."),
        "needs",
        _all(_c("needs", "includes_any", "$needs")),
        (_p("needs", QT_TRANSLATE_NOOP("Templates", "Needs"), "list", ["financing"]),),
    ),
    Template(
        "top_spenders",
        QT_TRANSLATE_NOOP("Templates", "Top 20% by spending"),
        QT_TRANSLATE_NOOP("Templates", "The fifth of buyers who spent the most (monetary score 5)."),
        "value",
        _all(_c("rfm_monetary", "gte", 5)),
    ),
    Template(
        "rfm_champions",
        QT_TRANSLATE_NOOP("Templates", "Champions"),
        QT_TRANSLATE_NOOP(
            "Templates", "Bought recently, often and much (recency, frequency and monetary scores 4 or 5)."
        ),
        "value",
        _all(_c("rfm_recency", "gte", 4), _c("rfm_frequency", "gte", 4), _c("rfm_monetary", "gte", 4)),
    ),
    Template(
        "at_risk",
        QT_TRANSLATE_NOOP("Templates", "At risk"),
        QT_TRANSLATE_NOOP("Templates", "Good customers who have not bought for a while: win them back."),
        "value",
        _all(_c("rfm_recency", "lte", 2), _c("rfm_frequency", "gte", 3), _c("rfm_monetary", "gte", 3)),
    ),
    Template(
        "frequent_buyers",
        QT_TRANSLATE_NOOP("Templates", "Frequent buyers"),
        QT_TRANSLATE_NOOP("Templates", "Contacts with many orders in the last 12 months."),
        "behaviour",
        _all(_c("purchase_count", "gte", "$orders", (12, "months"))),
        (_p("orders", QT_TRANSLATE_NOOP("Templates", "At least (orders)"), "number", 5),),
    ),
    Template(
        "online_buyers",
        QT_TRANSLATE_NOOP("Templates", "Buy online"),
        QT_TRANSLATE_NOOP("Templates", "Contacts who order online more often than in store."),
        "behaviour",
        _all(_c("preferred_channel", "in", ["online"])),
    ),
    Template(
        "in_store_buyers",
        QT_TRANSLATE_NOOP("Templates", "Buy in store"),
        QT_TRANSLATE_NOOP("Templates", "Contacts who buy in store more often than online."),
        "behaviour",
        _all(_c("preferred_channel", "in", ["in_store"])),
    ),
    Template(
        "active_customers",
        QT_TRANSLATE_NOOP("Templates", "Active customers"),
        QT_TRANSLATE_NOOP("Templates", "Bought in the last 6 months."),
        "usage",
        _all(_c("last_purchase_at", "within_last", _ago(6, "months"))),
    ),
    Template(
        "inactive_customers",
        QT_TRANSLATE_NOOP("Templates", "Inactive customers"),
        QT_TRANSLATE_NOOP("Templates", "Bought before, but not in the last 6 months."),
        "usage",
        _all(_BOUGHT, _c("last_purchase_at", "older_than", _ago(6, "months"))),
    ),
    Template(
        "stage",
        QT_TRANSLATE_NOOP("Templates", "Relationship stage"),
        QT_TRANSLATE_NOOP("Templates", "Contacts at a chosen stage: new, loyal, ambassador..."),
        "stage",
        _all(_c("stage", "in", "$stages")),
        (_p("stages", QT_TRANSLATE_NOOP("Templates", "Stages"), "list", ["loyal"]),),
    ),
    Template(
        "lapsed",
        QT_TRANSLATE_NOOP("Templates", "Lapsed"),
        QT_TRANSLATE_NOOP("Templates", "Bought before, but not in the last 12 months."),
        "stage",
        _all(_BOUGHT, _c("last_purchase_at", "older_than", _ago(12, "months"))),
    ),
    Template(
        "contacted_last_month",
        QT_TRANSLATE_NOOP("Templates", "Contacted last month"),
        QT_TRANSLATE_NOOP("Templates", "Contacts whose latest contact was in the previous calendar month."),
        "activity",
        _all(_c("last_contact_at", "in_period", "last_month")),
    ),
    Template(
        "not_contacted_90_days",
        QT_TRANSLATE_NOOP("Templates", "Not contacted in 90 days"),
        QT_TRANSLATE_NOOP("Templates", "Never contacted, or last contacted more than 90 days ago."),
        "activity",
        {
            "match": "any",
            "rules": [
                _c("last_contact_at", "older_than", _ago(90, "days")),
                _c("last_contact_at", "is_empty"),
            ],
        },
    ),
    Template(
        "upsell",
        QT_TRANSLATE_NOOP("Templates", "Upsell"),
        QT_TRANSLATE_NOOP("Templates", "Bought one product but not its natural companion."),
        "usage",
        _all(_c("products", "includes_any", ["$bought"]), _c("products", "excludes_any", ["$not_bought"])),
        (
            _p("bought", QT_TRANSLATE_NOOP("Templates", "Bought"), "text", "ESPRESSO-1"),
            _p("not_bought", QT_TRANSLATE_NOOP("Templates", "Not bought"), "text", "GRINDER-1"),
        ),
    ),
    Template(
        "compelling_event",
        QT_TRANSLATE_NOOP("Templates", "Coming event"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A date that matters to the contact (renewal, anniversary) falls in the next 30 days.",
        ),
        "activity",
        _all(_c("custom.$field", "within_next", _ago(30, "days"))),
        (_p("field", QT_TRANSLATE_NOOP("Templates", "Date field"), "field_key", "contract_renewal"),),
    ),
)

_BY_ID = {t.id: t for t in TEMPLATES}


def template(template_id: str) -> Template:
    """The template with ``template_id``; ``KeyError`` if there is none."""
    return _BY_ID[template_id]
