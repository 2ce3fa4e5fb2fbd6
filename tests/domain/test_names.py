"""Display names and accent-blind sort keys."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from segdesk.domain.names import _FOLD, full_name_for, sort_key, sort_name_for


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


def _sort_key_reference(text: str | None) -> str:
    """The sort key by its definition, without the shortcut for ASCII."""
    folded = unicodedata.normalize("NFKD", " ".join((text or "").split()).casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).translate(_FOLD)


_names = st.one_of(
    st.none(), st.text(), st.text(alphabet=string.printable), st.sampled_from(["", "  ", "Ł Ż"])
)


@given(_names)
def test_sort_key_shortcut_agrees_with_the_definition(text: str | None) -> None:
    assert sort_key(text) == _sort_key_reference(text)


@given(st.sampled_from(["person", "company"]), _names, _names, _names)
def test_sort_name_is_last_then_first_else_the_company(
    kind: str, first: str | None, last: str | None, company: str | None
) -> None:
    def clean(text: str | None) -> str:
        return " ".join((text or "").split())

    if kind == "company":
        expected = _sort_key_reference(full_name_for(kind, first, last, company))
    else:
        person = " ".join(p for p in (clean(last), clean(first)) if p)
        expected = _sort_key_reference(person or clean(company))
    assert sort_name_for(kind, first, last, company) == expected
