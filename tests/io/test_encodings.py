"""Bytes to text: BOMs, strict UTF-8, the caller's choice, and the legacy code page of the user's language."""

from __future__ import annotations

import pytest

from segdesk.io.encodings import decode
from segdesk.io.errors import SourceError

POLISH = "Imię;Miasto\nŁucja;Łódź, Gdańsk, Żółć\n"
FRENCH = "Prénom,Ville\nFrançois,Besançon — 2,50 €\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + FRENCH.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), "utf-16"),
        (FRENCH.encode("utf-32"), "utf-32"),
    ],
)
def test_a_byte_order_mark_decides(data: bytes, encoding: str) -> None:
    decoded = decode(data, "cp1250", language="pl")
    assert (decoded.text, decoded.encoding, decoded.guessed) == (FRENCH, encoding, False)


def test_valid_utf8_is_utf8_whatever_the_language() -> None:
    decoded = decode(POLISH.encode("utf-8"), language="pl")
    assert (decoded.text, decoded.encoding, decoded.guessed) == (POLISH, "utf-8", False)


def test_outlook_cp1252_reads_without_being_told_and_says_so() -> None:
    decoded = decode(FRENCH.encode("cp1252"), language="en")
    assert (decoded.text, decoded.encoding, decoded.guessed) == (FRENCH, "cp1252", True)


def test_polish_users_get_cp1250_for_legacy_files() -> None:
    decoded = decode(POLISH.encode("cp1250"), language="pl")
    assert (decoded.text, decoded.encoding, decoded.guessed) == (POLISH, "cp1250", True)


def test_the_callers_choice_wins_over_the_language_fallback() -> None:
    decoded = decode(POLISH.encode("iso-8859-2"), "ISO-8859-2", language="it")
    assert (decoded.text, decoded.encoding, decoded.guessed) == (POLISH, "iso8859-2", False)


def test_utf16_without_a_bom_is_recognised() -> None:
    decoded = decode(FRENCH.encode("utf-16-le"))
    assert decoded.text == FRENCH


def test_a_wrong_explicit_encoding_is_refused_clearly() -> None:
    with pytest.raises(SourceError, match="not readable as ascii"):
        decode(POLISH.encode("cp1250"), "ascii")


def test_unknown_encoding_names_are_refused() -> None:
    with pytest.raises(SourceError, match="not a known text encoding"):
        decode(b"a,b\n", "klingon-8")


def test_binary_data_is_refused() -> None:
    with pytest.raises(SourceError, match="not a text file"):
        decode(b"PK\x03\x04\x00\x00\x00" + bytes(range(256)))
