"""The field catalogue of one database: built-in fields plus its custom fields."""

from __future__ import annotations

from sqlalchemy.orm import Session

from segdesk.domain.fields import Catalogue, CustomFieldSpec, FieldType
from segdesk.store.contact_records import custom_field_specs
from segdesk.store.database import Store


def catalogue_for_session(session: Session) -> Catalogue:
    specs = tuple(
        CustomFieldSpec(key, FieldType(value_type), label)
        for key, value_type, label in custom_field_specs(session)
    )
    return Catalogue(specs)


def load_catalogue(store: Store) -> Catalogue:
    with store.sessions() as session:
        return catalogue_for_session(session)
