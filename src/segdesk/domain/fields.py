"""The field catalogue: every field a rule, a column choice or an export can name.

Field ids are a public contract (DESIGN.md): rule files, ``--columns`` and
exports use them, so they are never renamed. Labels are English source text,
translated at display time with :func:`segdesk.domain.i18n.translate` in the
``Fields`` context.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from segdesk.domain.i18n import QT_TRANSLATE_NOOP, translate


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    CHOICE = "choice"
    SET = "set"
    BOOLEAN = "boolean"
    SEGMENT = "segment"


class Category(StrEnum):
    WHO = "who"
    WHERE = "where"
    COMPANY = "company"
    RELATIONSHIP = "relationship"
    ACTIVITY = "activity"
    PURCHASES = "purchases"
    VALUE = "value"
    CONSENT = "consent"
    CUSTOM = "custom"


class ValueSource(StrEnum):
    """Where the editor finds the values a user can pick for a field."""

    NONE = "none"
    DISTINCT = "distinct"  # distinct values already stored in that field
    OPTIONS = "options"  # the fixed list in Field.options
    COUNTRIES = "countries"
    LANGUAGES = "languages"
    TAGS = "tags"
    NEEDS = "needs"
    PRODUCTS = "products"
    TEAM_MEMBERS = "team_members"
    SEGMENTS = "segments"


OPERATORS: dict[FieldType, tuple[str, ...]] = {
    FieldType.TEXT: (
        "eq",
        "neq",
        "contains",
        "not_contains",
        "starts_with",
        "ends_with",
        "in",
        "not_in",
        "is_empty",
        "is_not_empty",
    ),
    FieldType.NUMBER: ("eq", "neq", "lt", "lte", "gt", "gte", "between", "is_empty", "is_not_empty"),
    FieldType.MONEY: ("eq", "neq", "lt", "lte", "gt", "gte", "between", "is_empty", "is_not_empty"),
    FieldType.DATE: (
        "on",
        "before",
        "after",
        "between",
        "within_last",
        "older_than",
        "within_next",
        "in_period",
        "anniversary_within_next",
        "is_empty",
        "is_not_empty",
    ),
    FieldType.CHOICE: ("in", "not_in", "is_empty", "is_not_empty"),
    FieldType.SET: ("includes_any", "includes_all", "excludes_any", "is_empty", "is_not_empty"),
    FieldType.BOOLEAN: ("is_true", "is_false"),
    FieldType.SEGMENT: ("in_segment", "not_in_segment"),
}

# Each negative operator and the positive one it is the exact complement of (DESIGN.md).
NEGATIONS: dict[str, str] = {
    "neq": "eq",
    "not_contains": "contains",
    "not_in": "in",
    "excludes_any": "includes_any",
    "is_not_empty": "is_empty",
    "is_false": "is_true",
    "not_in_segment": "in_segment",
}

PERIODS: tuple[str, ...] = (
    "this_week",
    "last_week",
    "this_month",
    "last_month",
    "this_quarter",
    "last_quarter",
    "this_year",
    "last_year",
)
UNITS: tuple[str, ...] = ("days", "weeks", "months", "years")

KINDS = ("person", "company")
STAGES = ("lead", "prospect", "new", "loyal", "ambassador", "lapsed")
CHANNELS = ("online", "in_store")
GENDERS = ("female", "male", "other")
EDUCATION_LEVELS = ("primary", "secondary", "bachelor", "master", "doctorate")
INCOME_BANDS = ("low", "lower_middle", "middle", "upper_middle", "high")
INTERACTION_CHANNELS = ("call", "email", "meeting", "visit", "note")


@dataclass(frozen=True, slots=True)
class Field:
    id: str
    type: FieldType
    label: str
    category: Category
    values_from: ValueSource = ValueSource.NONE
    options: tuple[str, ...] = ()
    accepts_window: bool = False
    derived: bool = False  # computed by segdesk, not typed in by the user

    @property
    def operators(self) -> tuple[str, ...]:
        return OPERATORS[self.type]

    def translated_label(self) -> str:
        if self.category is Category.CUSTOM:
            return self.label
        return translate("Fields", self.label)


def _f(
    field_id: str,
    field_type: FieldType,
    label: str,
    category: Category,
    values_from: ValueSource = ValueSource.NONE,
    options: tuple[str, ...] = (),
    *,
    window: bool = False,
    derived: bool = False,
) -> Field:
    if options and values_from is ValueSource.NONE:
        values_from = ValueSource.OPTIONS
    return Field(field_id, field_type, label, category, values_from, options, window, derived)


T, N, M, D, C, S, B = (
    FieldType.TEXT,
    FieldType.NUMBER,
    FieldType.MONEY,
    FieldType.DATE,
    FieldType.CHOICE,
    FieldType.SET,
    FieldType.BOOLEAN,
)
WHO, WHERE, COMPANY, REL, ACT, PUR, VAL, CONS = (
    Category.WHO,
    Category.WHERE,
    Category.COMPANY,
    Category.RELATIONSHIP,
    Category.ACTIVITY,
    Category.PURCHASES,
    Category.VALUE,
    Category.CONSENT,
)
DIST = ValueSource.DISTINCT

BUILTIN_FIELDS: tuple[Field, ...] = (
    _f("id", N, QT_TRANSLATE_NOOP("Fields", "Contact number"), WHO, derived=True),
    _f("kind", C, QT_TRANSLATE_NOOP("Fields", "Person or company"), WHO, options=KINDS),
    _f("first_name", T, QT_TRANSLATE_NOOP("Fields", "First name"), WHO, DIST),
    _f("last_name", T, QT_TRANSLATE_NOOP("Fields", "Last name"), WHO, DIST),
    _f("full_name", T, QT_TRANSLATE_NOOP("Fields", "Name"), WHO, derived=True),
    _f("company", T, QT_TRANSLATE_NOOP("Fields", "Company"), COMPANY, DIST),
    _f("job_title", T, QT_TRANSLATE_NOOP("Fields", "Job title"), WHO, DIST),
    _f("email", T, QT_TRANSLATE_NOOP("Fields", "Email"), WHO),
    _f("phone", T, QT_TRANSLATE_NOOP("Fields", "Phone"), WHO),
    _f("mobile", T, QT_TRANSLATE_NOOP("Fields", "Mobile"), WHO),
    _f("website", T, QT_TRANSLATE_NOOP("Fields", "Website"), WHO),
    _f("street", T, QT_TRANSLATE_NOOP("Fields", "Street"), WHERE),
    _f("postal_code", T, QT_TRANSLATE_NOOP("Fields", "Postal code"), WHERE, DIST),
    _f("city", T, QT_TRANSLATE_NOOP("Fields", "City"), WHERE, DIST),
    _f("region", T, QT_TRANSLATE_NOOP("Fields", "Region"), WHERE, DIST),
    _f("country", C, QT_TRANSLATE_NOOP("Fields", "Country"), WHERE, ValueSource.COUNTRIES),
    _f("language", C, QT_TRANSLATE_NOOP("Fields", "Language"), WHO, ValueSource.LANGUAGES),
    _f("birth_date", D, QT_TRANSLATE_NOOP("Fields", "Birth date"), WHO),
    _f("age", N, QT_TRANSLATE_NOOP("Fields", "Age"), WHO, derived=True),
    _f("gender", C, QT_TRANSLATE_NOOP("Fields", "Gender"), WHO, options=GENDERS),
    _f("education", C, QT_TRANSLATE_NOOP("Fields", "Education"), WHO, options=EDUCATION_LEVELS),
    _f("income_band", C, QT_TRANSLATE_NOOP("Fields", "Income band"), WHO, options=INCOME_BANDS),
    _f("industry", C, QT_TRANSLATE_NOOP("Fields", "Industry"), COMPANY, DIST),
    _f("legal_form", C, QT_TRANSLATE_NOOP("Fields", "Legal form"), COMPANY, DIST),
    _f("employees", N, QT_TRANSLATE_NOOP("Fields", "Employees"), COMPANY),
    _f("annual_revenue", M, QT_TRANSLATE_NOOP("Fields", "Annual revenue"), COMPANY),
    _f("stage", C, QT_TRANSLATE_NOOP("Fields", "Relationship stage"), REL, options=STAGES),
    _f("source", C, QT_TRANSLATE_NOOP("Fields", "Source"), REL, DIST),
    _f("owner", C, QT_TRANSLATE_NOOP("Fields", "Owner"), REL, ValueSource.TEAM_MEMBERS),
    _f("created_at", D, QT_TRANSLATE_NOOP("Fields", "Created on"), REL, derived=True),
    _f("tags", S, QT_TRANSLATE_NOOP("Fields", "Tags"), REL, ValueSource.TAGS),
    _f("needs", S, QT_TRANSLATE_NOOP("Fields", "Needs"), REL, ValueSource.NEEDS),
    _f("last_contact_at", D, QT_TRANSLATE_NOOP("Fields", "Last contact"), ACT, derived=True),
    _f(
        "interaction_count",
        N,
        QT_TRANSLATE_NOOP("Fields", "Number of contacts"),
        ACT,
        window=True,
        derived=True,
    ),
    _f("cadence_days", N, QT_TRANSLATE_NOOP("Fields", "Follow-up every (days)"), ACT, derived=True),
    _f("next_followup_at", D, QT_TRANSLATE_NOOP("Fields", "Next follow-up"), ACT, derived=True),
    _f("first_purchase_at", D, QT_TRANSLATE_NOOP("Fields", "First purchase"), PUR, derived=True),
    _f("last_purchase_at", D, QT_TRANSLATE_NOOP("Fields", "Last purchase"), PUR, derived=True),
    _f("purchase_count", N, QT_TRANSLATE_NOOP("Fields", "Number of orders"), PUR, window=True, derived=True),
    _f("total_spent", M, QT_TRANSLATE_NOOP("Fields", "Total spent"), VAL, window=True, derived=True),
    _f(
        "avg_order_value",
        M,
        QT_TRANSLATE_NOOP("Fields", "Average order value"),
        VAL,
        window=True,
        derived=True,
    ),
    _f(
        "products",
        S,
        QT_TRANSLATE_NOOP("Fields", "Products bought"),
        PUR,
        ValueSource.PRODUCTS,
        window=True,
        derived=True,
    ),
    _f(
        "preferred_channel",
        C,
        QT_TRANSLATE_NOOP("Fields", "Preferred channel"),
        PUR,
        options=CHANNELS,
        derived=True,
    ),
    _f("rfm_recency", N, QT_TRANSLATE_NOOP("Fields", "Recency score (1-5)"), VAL, derived=True),
    _f("rfm_frequency", N, QT_TRANSLATE_NOOP("Fields", "Frequency score (1-5)"), VAL, derived=True),
    _f("rfm_monetary", N, QT_TRANSLATE_NOOP("Fields", "Monetary score (1-5)"), VAL, derived=True),
    _f("email_ok", B, QT_TRANSLATE_NOOP("Fields", "Email allowed"), CONS),
    _f("phone_ok", B, QT_TRANSLATE_NOOP("Fields", "Phone calls allowed"), CONS),
    _f("mail_ok", B, QT_TRANSLATE_NOOP("Fields", "Post allowed"), CONS),
    _f(
        "segment",
        FieldType.SEGMENT,
        QT_TRANSLATE_NOOP("Fields", "Segment"),
        REL,
        ValueSource.SEGMENTS,
        derived=True,
    ),
)

CUSTOM_PREFIX = "custom."
CUSTOM_TYPES = (FieldType.TEXT, FieldType.NUMBER, FieldType.DATE)

CATEGORY_LABELS: dict[Category, str] = {
    Category.WHO: QT_TRANSLATE_NOOP("Fields", "Who"),
    Category.WHERE: QT_TRANSLATE_NOOP("Fields", "Where"),
    Category.COMPANY: QT_TRANSLATE_NOOP("Fields", "Company"),
    Category.RELATIONSHIP: QT_TRANSLATE_NOOP("Fields", "Relationship"),
    Category.ACTIVITY: QT_TRANSLATE_NOOP("Fields", "Activity"),
    Category.PURCHASES: QT_TRANSLATE_NOOP("Fields", "Purchases"),
    Category.VALUE: QT_TRANSLATE_NOOP("Fields", "Value"),
    Category.CONSENT: QT_TRANSLATE_NOOP("Fields", "Consent"),
    Category.CUSTOM: QT_TRANSLATE_NOOP("Fields", "Custom fields"),
}


@dataclass(frozen=True, slots=True)
class CustomFieldSpec:
    """A user-defined field as stored in the database (``custom.KEY``)."""

    key: str
    type: FieldType
    label: str


class Catalogue:
    """The built-in fields plus the database's custom fields, looked up by id."""

    def __init__(self, custom: tuple[CustomFieldSpec, ...] = ()) -> None:
        fields = list(BUILTIN_FIELDS)
        for spec in custom:
            if spec.type not in CUSTOM_TYPES:
                raise ValueError(f"custom field {spec.key!r}: unsupported type {spec.type}")
            fields.append(Field(CUSTOM_PREFIX + spec.key, spec.type, spec.label or spec.key, Category.CUSTOM))
        self._fields = tuple(fields)
        self._by_id = {f.id: f for f in fields}

    def __iter__(self) -> Iterator[Field]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __contains__(self, field_id: object) -> bool:
        return field_id in self._by_id

    def get(self, field_id: str) -> Field | None:
        return self._by_id.get(field_id)

    def __getitem__(self, field_id: str) -> Field:
        return self._by_id[field_id]

    @property
    def fields(self) -> tuple[Field, ...]:
        return self._fields

    def by_category(self) -> dict[Category, list[Field]]:
        grouped: dict[Category, list[Field]] = {c: [] for c in Category}
        for f in self._fields:
            grouped[f.category].append(f)
        return {c: fs for c, fs in grouped.items() if fs}


DEFAULT_CATALOGUE = Catalogue()
