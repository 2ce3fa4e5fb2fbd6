"""vCard output: escaped and folded per RFC 6350, and read back the same by vobject."""

from __future__ import annotations

from datetime import date

import vobject

from segdesk.io.vcard import vcard_text

PERSON = {
    "kind": "person", "first_name": "Zoë; Anne", "last_name": "Brzęczyszczykiewicz",
    "company": "Bar, Café & Co",
    "job_title": "Chef", "email": "zoe@example.fr", "phone": "+390212345678", "mobile": "+393331234567",
    "street": "Via Roma 1\nScala B", "city": "Milano", "region": "MI", "postal_code": "20121",
    "country": "IT",
    "website": "https://example.it", "birth_date": date(1990, 2, 28), "tags": frozenset({"vip",
    "news,letter"}),
}  # fmt: skip


def test_every_line_is_at_most_75_octets_and_folds_between_characters() -> None:
    record = {**PERSON, "job_title": "Żółć " * 40}
    text = vcard_text(record)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert text.endswith("END:VCARD\r\n")


def test_vcard_30_reads_back_with_vobject() -> None:
    card = vobject.readOne(vcard_text({**PERSON, "job_title": "Ö" * 100}))
    assert card.version.value == "3.0"
    assert (card.n.value.given, card.n.value.family) == ("Zoë; Anne", "Brzęczyszczykiewicz")
    assert card.org.value == ["Bar, Café & Co"]
    assert card.title.value == "Ö" * 100
    assert card.email.value == "zoe@example.fr"
    assert sorted(t.value for t in card.contents["tel"]) == ["+390212345678", "+393331234567"]
    assert card.adr.value.street == "Via Roma 1\nScala B" and card.adr.value.city == "Milano"
    assert sorted(card.categories.value) == ["news,letter", "vip"]
    assert card.bday.value == "1990-02-28"


def test_vcard_40_uses_tel_uris_and_kind_org() -> None:
    text = vcard_text(
        {"kind": "company", "company": "Ottica Bellavista", "phone": "+390212345678"}, version="4.0"
    )
    assert "KIND:org\r\n" in text and 'TEL;VALUE=uri;TYPE="work,voice":tel:+390212345678' in text
    card = vobject.readOne(text)
    assert card.fn.value == "Ottica Bellavista"
