"""Display names and accent-blind sort keys."""

from __future__ import annotations

import pytest

from segdesk.domain.names import full_name_for, sort_key, sort_name_for


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Łukasz", "lukasz"),
        ("Émile", "emile"),
        ("Żaneta", "zaneta"),
        ("Zoë Núñez", "zoe nunez"),
        ("Weiß", "weiss"),
        ("Søren Ærø", "soren aero"),
        ("Đorđe", "dorde"),
        ("  Anna   Maria ", "anna maria"),
        ("", ""),
        (None, ""),
    ],
)
def test_sort_key_folds_case_and_accents(text: str | None, key: str) -> None:
    assert sort_key(text) == key


def test_accented_names_sort_with_their_base_letter() -> None:
    names = ["Zorro", "Émile", "Łukasz", "Eva", "Żaneta", "Lara", "Fabien"]
    assert sorted(names, key=sort_key) == ["Émile", "Eva", "Fabien", "Lara", "Łukasz", "Żaneta", "Zorro"]


def test_full_and_sort_names() -> None:
    assert full_name_for("person", "Łukasz", "Wójcik", "Acme") == "Łukasz Wójcik"
    assert sort_name_for("person", "Łukasz", "Wójcik", "Acme") == "wojcik lukasz"
    assert full_name_for("person", None, None, "Acme GmbH") == "Acme GmbH"
    assert full_name_for("company", None, None, "Brûlerie Dupont SARL") == "Brûlerie Dupont SARL"
    assert sort_name_for("company", None, None, "Brûlerie Dupont SARL") == "brulerie dupont sarl"
    assert full_name_for("company", "Jan", None, None) == "Jan"
    assert full_name_for("person", None, None, None) == ""
