"""Columns to fields: synonyms in six languages, the layouts of known exports, saved mappings."""

from __future__ import annotations

import json

import pytest

from segdesk.io.errors import SourceError
from segdesk.io.mapping import ColumnMapping, mapping_from_json, propose_mapping


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Nome", "Cognome", "Città", "CAP", "Provincia", "Paese", "Cellulare", "Ragione sociale"],
         ["first_name", "last_name", "city", "postal_code", "region", "country", "mobile", "company"]),
        (["Prénom", "Nom", "Ville", "Code postal", "Pays", "Courriel", "Téléphone portable", "Société"],
         ["first_name", "last_name", "city", "postal_code", "country", "email", "mobile", "company"]),
        (["Imię", "Nazwisko", "Miasto", "Kod pocztowy", "Kraj", "Telefon", "Firma", "Data urodzenia"],
         ["first_name", "last_name", "city", "postal_code", "country", "phone", "company", "birth_date"]),
        (["Vorname", "Nachname", "Ort", "PLZ", "Land", "E-Mail", "Handy", "Geburtsdatum"],
         ["first_name", "last_name", "city", "postal_code", "country", "email", "mobile", "birth_date"]),
        (["Nombre", "Apellidos", "Ciudad", "Código postal", "País", "Correo electrónico", "Móvil",
         "Etiquetas"],
         ["first_name", "last_name", "city", "postal_code", "country", "email", "mobile", "tags"]),
        (["First Name", "Last Name", "E-mail Address", "ZIP", "State", "Web Page", "Shoe size"],
         ["first_name", "last_name", "email", "postal_code", "region", "website", None]),
    ],
)  # fmt: skip
def test_headers_in_six_languages(headers: list[str], expected: list[str | None]) -> None:
    assert propose_mapping(headers) == expected


def test_layouts_map_their_own_columns() -> None:
    mailchimp = ["Email Address", "Address", "Phone Number", "CC", "REGION", "CONFIRM_TIME", "TAGS"]
    assert propose_mapping(mailchimp, layout="mailchimp") == [
        "email", "address", "phone", None, None, "consent_at", "tags",
    ]  # fmt: skip
    outlook = ["Title", "Job Title", "Business Street", "Home Street", "Categories", "Gender"]
    assert propose_mapping(outlook, layout="outlook") == [
        None,
        "job_title",
        "street",
        "street",
        "tags",
        "gender",
    ]


def test_field_ids_labels_and_custom_fields_map_themselves() -> None:
    targets = propose_mapping(
        ["email", "Relationship stage", "Loyalty card", "custom.card", "shoe"],
        field_labels={"stage": "Relationship stage"},
        custom_labels={"card": "Loyalty card"},
    )
    assert targets == ["email", "stage", "custom.card", "custom.card", None]


def test_a_saved_mapping_round_trips_and_fills_unnamed_columns() -> None:
    headers = ["Nome", "Codice cliente", "Note interne"]
    mapping = ColumnMapping(["first_name", "custom.codice", None], {"codice": ("number", "Codice cliente")})
    saved = json.loads(mapping.dumps(headers))
    assert saved["columns"] == {"Nome": "first_name", "Codice cliente": "custom.codice", "Note interne": None}
    loaded = mapping_from_json(saved, [*headers, "Città"], [None, None, None, "city"], existing_custom={})
    assert loaded.targets == ["first_name", "custom.codice", None, "city"]
    assert loaded.custom_fields == {"codice": ("number", "Codice cliente")}


def test_an_existing_custom_field_is_not_created_again() -> None:
    loaded = mapping_from_json(
        {"columns": {"A": "custom.card"}}, ["A"], [None], existing_custom={"card": "number"}
    )
    assert loaded.custom_fields == {}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"columns": {"A": "shoe_size"}}, "unknown field “shoe_size”"),
        ({"columns": {"A": "custom.bad key!"}}, "unknown field"),
        (
            {"columns": {"A": "custom.x"}, "custom_fields": {"x": {"type": "colour"}}},
            "unknown custom field type",
        ),
        (["not", "a", "mapping"], "not a segdesk mapping"),
    ],
)
def test_bad_mappings_are_refused(data: object, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        mapping_from_json(data, ["A"], [None], existing_custom={})
